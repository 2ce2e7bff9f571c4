"""nz70 (nc70 #14): the spelling check never "corrects" a place askfoi knows by name (knowledge/town_councils.jsonl):
"walkden" is a Salford district, not "walden"; likewise other places one slip from a word ("nawton", "wilpshire")."""
import pytest

from askfoi.spelling import suggest


@pytest.mark.parametrize("place", ["walkden", "nawton", "wilpshire", "exford", "oulton", "yealand redmayne"])
def test_a_known_place_is_never_corrected(place):
    fixes = suggest(f"how often did they fly the drone over {place} last year")
    assert not [typed for typed, _ in fixes if typed in place.split()], fixes
    assert suggest(f"how many complaints did they recieve about {place}")  # a real slip is still offered
