"""lead47 (nc55 #3): a typed name that says what kind of place of learning it is ("Oakwood Academy", "Harrow School")
is never resolved to a body whose name says another kind (Oakwood Park Grammar School, Harrow College): another
institution, not a spelling of it, so the person is asked instead of the letter going to the wrong body."""

import pytest

from askfoi.authorities import resolve_authority


@pytest.mark.parametrize("typed, not_this", [
    ("Oakwood Academy", "Oakwood Park Grammar School"),
    ("Harrow School", "Harrow College"),
])
def test_another_kind_of_institution_is_not_resolved(typed, not_this):
    found = resolve_authority(typed)
    assert found is not None and found.name != not_this and not found.known


@pytest.mark.parametrize("typed, body", [
    ("leeds uni", "University of Leeds"),
    ("Harris Academy Peckham", "Harris Academy at Peckham"),
    ("Oakwood Park Grammar", "Oakwood Park Grammar School"),
    ("Imperial College", "Imperial College London"),
    ("kings college hospital", "King’s College Hospital NHS Foundation Trust"),
])
def test_the_same_kind_still_resolves(typed, body):
    found = resolve_authority(typed)
    assert found is not None and found.known and found.name == body
