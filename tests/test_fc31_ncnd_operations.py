"""fc31: an operation the requester names by its codename is a known operation (police answered 9 of 10 such tuning
requests openly): its cost, hours or minutes are not warned of NCND; asking whether the force is investigating
something now still is (s30(3))."""

from __future__ import annotations

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import topics_in

NAMED_OPERATIONS = [  # each warned on main
    "How much has Operation Grange cost so far, including overseas travel?",
    "please send me the minutes and agendas of the Operation Drayfurn meetings",
]


@pytest.mark.parametrize("text", NAMED_OPERATIONS)
def test_a_named_operations_resources_not_warned(text):
    assert not get_matcher().match(text, "Metropolitan Police Service").forecast.ncnd_likely


@pytest.mark.parametrize("text", ["Operation Grange", "the cost of Operation Snap"])
def test_a_codename_alone_is_no_particular_investigation(text):
    assert "ongoing_investigation" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "Are you currently conducting an investigation into the councillor's expenses?",  # not warned on main
    "Is the police currently looking into the break-in at 4 Acre Road?",  # not warned on main
    "is the force still investigating the assault on my son at the park?",
])
def test_whether_the_force_is_investigating_now_is_warned(text):
    assert "ongoing_investigation" in topics_in(text)
    assert get_matcher().match(text, "Metropolitan Police Service").forecast.ncnd_likely
