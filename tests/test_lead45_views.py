"""Session 45 (lead): a question asking the body's view of a state of affairs is no thing a later "it" points at,
and a sentence telling what a body does is never kept as a part."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("message", [
    "do u think its fair that the council charges £50 for a bulky waste collection in sheffield, how much did they "
    "make from it last year",
    "do you think it's fair that the council charges £50 for a bulky waste collection in sheffield? how much did they "
    "make from it last year",
])
def test_it_after_a_view_question_is_the_thing_the_view_is_about(message):
    framing = frame_message(message, today=TODAY)
    texts = [p.text for p in framing.parts]
    assert any(p.kind == "income" and "bulky waste collection" in p.text for p in framing.parts), texts
    assert not any("missed bin" in t for t in texts), texts  # nothing in the story says a collection was missed
    assert not any("how much did they make" in q for q in framing.questions), framing.questions


def test_a_body_doing_something_told_is_asked_back_never_kept_as_a_part():
    framing = frame_message("the council charges £50 for a bulky waste collection in sheffield, its a rip off", today=TODAY)
    assert not framing.parts, [p.text for p in framing.parts]
    assert framing.questions


def test_a_missed_collection_story_still_gets_the_missed_collections():
    framing = frame_message("our bins have been missed three weeks running on Elm Road and nobody at the council "
                            "seems to care. is this normal?", today=TODAY)
    assert any("missed bin collections" in p.text for p in framing.parts)
