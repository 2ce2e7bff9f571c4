"""rv58 (nc58 #7): a check's warning about words that are no longer in the letter is not shown as if the letter asked
them, and no fix is offered that would change nothing and come back (the loop: "Apply fix 1" -> Parts -> the same
warning). Conversations written for this test."""

from __future__ import annotations

import pytest

from askfoi.conversation import Conversation, Step
from tests.test_ck21 import _chat as _talk  # a conversation, and what the bot said to each message


SAR_STORIES = [
    "west yorkshire police keep coming round because my neighbour has made complaints about my dog. i want to see "
    "everything they have on me, and have they had reports from my neighbour? also how many officers work in there "
    "covert surveillance unit?",
    "my neighbour phoned social services about my kids. i want to see my social care file from kent county council",
]

# the story is a part of the subject access letter at first; the person removes it
SAR_REMOVED = [
    "the police came to my house after my neighbour complained about my car. can i see all the records thames valley "
    "police have on me",
    "the council sent an officer round because my neighbour reported me for fly tipping. i want a copy of all the "
    "records bristol city council holds about me",
]


@pytest.mark.parametrize("story", SAR_STORIES)
def test_a_subject_access_letter_without_the_neighbour_gets_no_warning_about_him(story: str) -> None:
    conv, said = _talk(story, "ok", "ok")
    if conv.session.step == Step.parts:
        said += _talk_more(conv, "ok")
    assert conv.session.parts and all("neighbour" not in p.lower() and "next door" not in p.lower()
                                      for p in conv.session.parts)
    review = "\n".join(said[2:])
    assert "neighbour" not in review.lower() and "next door" not in review.lower()
    more = _talk_more(conv, "ok")
    assert "still asks about other people" not in "\n".join(more)


def _talk_more(conv: Conversation, *said: str) -> list[str]:
    return ["\n".join(m.text for m in conv.reply(text).messages) for text in said]


def test_a_warning_from_the_message_left_out_of_the_letter_offers_no_looping_fix() -> None:
    conv, said = _talk("has my neighbour been prosecuted for fly tipping? how many fly tipping prosecutions did leeds "
                       "city council bring in 2024?", "ok", "ok", "remove 1", "ok")
    assert conv.session.step == Step.review
    assert all("neighbour" not in p for p in conv.session.parts)
    assert 'Press 1 to go back to "Parts"' not in said[-1]
    after = _talk_more(conv, "ok")
    assert "still asks about other people" not in after[0]
    assert conv.session.step != Step.review  # on to the next step, not round again
    # where the letter still asks about him, the warning and its question stay
    conv, said = _talk("has my neighbour been prosecuted for fly tipping? how many fly tipping prosecutions did leeds "
                       "city council bring in 2024?", "ok", "ok", "ok")
    assert conv.session.step == Step.review and "my neighbour" in said[-1]
    assert "still asks about other people" in _talk_more(conv, "ok")[0]



@pytest.mark.parametrize("story", SAR_REMOVED)
def test_the_neighbour_removed_from_a_subject_access_letter_takes_his_warning_with_him(story: str) -> None:
    conv, said = _talk(story, "ok", "remove 2", "ok")
    assert len(conv.session.parts) == 1 and "neighbour" not in conv.session.parts[0].lower()
    assert "neighbour" not in said[-1].lower()
    assert "still asks about other people" not in "\n".join(_talk_more(conv, "ok", "ok"))
