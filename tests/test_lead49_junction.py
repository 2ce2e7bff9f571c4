"""lead49 (nc61 #4): a junction named by its two roads in the story ("at kennington lane and harleyford road") is one
place that "there" can point at, offered whole with its roads' capitals; a common word before a road noun ("a new
cycle lane") is no name."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.story_parts import story_places

STORY = ("tfl put in a new cycle lane and changed the junction at kennington lane and harleyford road last year and i "
         "got knocked off there in september. i want the road safety audit, how much the scheme cost and how many "
         "collisions there have been there since 2020")


def test_the_junction_is_one_place_with_both_roads():
    framing = frame_message(STORY, today=date(2026, 12, 5))
    asked = " ".join(framing.questions)
    assert "at Kennington Lane and Harleyford Road" in asked, asked
    assert "Cycle Lane" not in asked


@pytest.mark.parametrize("message, asked, place", [
    ("the lights at gloucester road and cromwell road keep failing. how many accidents happened there in 2024",
     "how many accidents happened there in 2024", "at gloucester road and cromwell road"),
])
def test_two_roads_joined_by_and_stay_one_place(message, asked, place):
    places = [p.lower() for p in story_places(message, asked)]
    assert any(place in p for p in places), places
