"""ny102 (nc102 #10): "how do i complain to the commissioner about glasgow city council", typed in the chat (after a
chaser written on the reply screen, or after a finished letter) is a question about the next step, answered with the
right Commissioner and whether a review comes first (Scotland: the review of the failure to reply, FOISA s20, then the
Scottish Information Commissioner), never framed as a new FOI request. nc102's message and messages of my own words;
guards: a commissioner of another kind, and a request for figures about complaints, stay as they were."""
from datetime import date

import pytest

from askfoi.conversation import Conversation, Step

NC102 = ("its now way past the deadline and they ignored my reminder, how do i complain to the commissioner about glasgow "
         "city council")


def _chat() -> Conversation:
    conv = Conversation(today=lambda: date(2026, 12, 7))
    conv.clinic = True
    conv.start()
    return conv


@pytest.mark.parametrize("text, body", [
    (NC102, "Glasgow City Council"),
    ("they still havent answered after 2 months and i chased them, how do i complain to the commissioner about fife "
     "council", "Fife Council"),
    ("no answer from the city of edinburgh council since september, where do i go to the scottish information "
     "commissioner", None),
])
def test_a_scottish_complaint_question_is_answered_with_the_review_first(text, body):
    conv = _chat()
    said = "\n".join(m.text for m in conv.reply(text).messages)
    assert conv.session.step == Step.about and not conv.session.parts
    assert "Here is what I'd ask for" not in said
    assert "Scottish Information Commissioner" in said and "section 20" in said, said
    if body:
        assert body in said


def test_an_english_complaint_question_names_the_ico():
    conv = _chat()
    said = "\n".join(m.text for m in conv.reply(
        "no reply from kent police for 8 weeks even after my reminder, how do i complain to the commissioner").messages)
    assert not conv.session.parts
    assert "Information Commissioner (ICO)" in said and "Scottish" not in said


def test_after_a_finished_letter_the_question_is_answered_not_a_new_story():
    conv = _chat()
    for said in ("how many fixed penalty notices for littering did glasgow city council issue in 2025", "ok", "ok", "ok",
                 "ok", "skip", "Ann Smith", "skip"):
        conv.reply(said)
        if conv.session.step == Step.done:
            break
    assert conv.session.step == Step.done
    parts = list(conv.session.parts)
    said = "\n".join(m.text for m in conv.reply(NC102).messages)
    assert "Scottish Information Commissioner" in said
    assert conv.session.parts == parts and not conv.session.new_story


@pytest.mark.parametrize("text", [
    "how do i complain to the police and crime commissioner about kent police",
    "how many complaints did the scottish information commissioner get about glasgow city council in 2025",
])
def test_other_commissioners_and_requests_about_complaints_are_not_this_question(text):
    conv = _chat()
    said = "\n".join(m.text for m in conv.reply(text).messages)
    assert "takes an application only after a review" not in said
    assert "takes a complaint about a request that got no reply" not in said
