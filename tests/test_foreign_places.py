"""A UK place inside the name of a place abroad ("New York", "New South Wales") names no UK body."""

from __future__ import annotations

import pytest

from askfoi.framing import find_authority


@pytest.mark.parametrize("text, body", [
    ("i read that New York police use drones. does Kent Police?", "Kent Police"),
    ("the police in new york use facial recognition on their body cams, does essex police?", "Essex Police"),
    ("how many officers does york police have", "North Yorkshire Police"),
    ("how much did the new Kent Police HQ cost", "Kent Police"),
])
def test_a_place_abroad_is_not_the_uk_place(text, body):
    found, _ = find_authority(text)
    assert found is not None and found.name == body
