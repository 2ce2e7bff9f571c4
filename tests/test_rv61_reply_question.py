"""rv61 (nc61 #14): after the letter, a question ABOUT a reply's decision gets an answer (what "neither confirm nor deny"
means and does not mean, and what can be done), never "reads as a new request". Messages written for this test the
way people type them after reading a reply."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Session, Step

TODAY = date(2026, 12, 5)


def _done() -> Conversation:
    conv = Conversation(today=lambda: TODAY)
    conv.session = Session(about="facial recognition at carnival", step=Step.done, authority="Metropolitan Police Service",
                           parts=["The number of times live facial recognition was used at Notting Hill Carnival."],
                           period="2026", requester_name="Leila Haddad")
    return conv


def _said(conv: Conversation, text: str) -> str:
    return " ".join(" ".join(m.text for m in conv.reply(text).messages).split())


@pytest.mark.parametrize("typed", [
    "so does neither confirm nor deny mean they ARE doing it secretly? and is it worth asking for a review of that bit",
    "what does NCND mean",
    "they said they neither confirm nor deny, does that mean yes?",
    "does 'can neither confirm nor deny' mean they have the info",
])
def test_a_question_about_ncnd_is_answered(typed: str) -> None:
    said = _said(_done(), typed)
    assert "reads as a new request" not in said
    assert "says nothing either way" in said
    assert "Section 23(5) (the security bodies) is absolute" in said


def test_a_question_about_another_decision_is_pointed_at_the_reply_panel() -> None:
    said = _said(_done(), "what does section 40 mean in their letter?")
    assert "reads as a new request" not in said and "question about the reply" in said
    # a new story typed after the letter is still offered as a new request
    said = _said(_done(), "how many potholes did kent county council fix in 2024")
    assert "reads as a new request" in said
