"""lead54 (nc76 #4): "what chemicals do they use" asks which things are used - "what" is the determiner of its own
noun, whose doer follows the auxiliary. It is never rewritten as a count of the things the story names ("The number of
plots used by chemicals do they."). An object-less "what does the force use" still counts the story's things."""

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _parts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message", [
    "my allotment paths were sprayed with weedkiller. what chemicals do they use",
    "the verges on our lane were cut back in may. what machines does the council use",
    "our school fields were treated last spring. what products did the contractor use",
])
def test_what_with_its_own_noun_is_never_a_count_of_the_story_things(message):
    parts = _parts(message)
    assert parts, message
    assert not any(p.startswith("The number of") for p in parts), parts
    assert not any(" used by " in p for p in parts), parts


def test_guard_an_object_less_what_still_counts_the_story_things():
    # guard (passes on main too)
    parts = _parts("i saw drones and camera vans at the march. what does the force use and how much did they cost")
    assert any(p.startswith("The number of drones and camera vans") for p in parts), parts
