"""af100 (nc99 j5): /next (Ctrl+N) keeps the name and email of the letter before and never asks them again; the new
letter now says so in one plain line when it is finished ("I didn't ask for the name and email again: this letter
is signed ..., as in the last letter"), with how to change them. Said once; never on a letter whose name was asked
in it (guards). The messages and names are my own."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation, Step

TODAY = date(2026, 12, 7)
KEPT = "I didn't ask for"
# a subject access message with an FOI question set aside (cl53), in my words
MIXED = ("im helping a tenant of lambeth council. she wants a copy of her own repair records, and also how many "
         "damp and mould complaints the council got from its tenants in 2025")
# a message that puts a question to a second organisation (cl55), in my words
TWO = ("how many potholes did leeds city council fill in 2025, and how many burglaries did west yorkshire police "
       "record in leeds in 2025")


def _finish(conv: Conversation, name: str = "Amina Begum", email: str = "skip") -> str:
    said = []
    for _ in range(14):
        step = conv.session.step
        if step == Step.done:
            break
        turn = conv.reply(name if step == Step.name else email if step == Step.email else "ok")
        said.extend(m.text for m in turn.messages)
    assert conv.session.step == Step.done, conv.session.step
    return " ".join(said)


def _conversation(first: str, clinic: bool = False) -> Conversation:
    conv = Conversation(today=lambda: TODAY)
    conv.clinic = clinic
    conv.start()
    conv.reply(first)
    return conv


def test_the_foi_letter_after_a_subject_access_letter_says_the_name_was_kept():
    conv = _conversation(MIXED, clinic=True)
    _finish(conv)
    assert conv.next_letter_ready()
    conv.reply("/next")
    said = _finish(conv, name="SHOULD NOT BE ASKED", email="nor@this.example")
    assert ("I didn't ask for the name and email again: this letter is signed Amina Begum, with no email address, "
            "as in the last letter") in said
    assert '"/back name"' in said
    assert "SHOULD NOT BE ASKED" not in conv.letter_text()


def test_an_email_kept_is_named_too():
    conv = _conversation(MIXED, clinic=True)
    _finish(conv, email="amina.b@example.org")
    conv.reply("/next")
    said = _finish(conv)
    assert "signed Amina Begum, with amina.b@example.org under the name, as in the last letter" in said


def test_the_request_to_the_second_organisation_says_it_too():
    conv = _conversation(TWO)
    _finish(conv, name="Tom Reilly")
    assert conv.next_letter_ready()
    conv.reply("/next")
    said = _finish(conv)
    assert "this letter is signed Tom Reilly" in said and KEPT in said


def test_it_is_said_once():
    conv = _conversation(MIXED, clinic=True)
    _finish(conv)
    conv.reply("/next")
    _finish(conv)
    again = " ".join(m.text for m in conv.reply("/back format").messages)
    again += " ".join(m.text for m in conv.reply("1").messages)
    assert conv.session.step == Step.done and KEPT not in again


def test_guard_a_first_letter_never_says_it():
    conv = _conversation(TWO)
    assert KEPT not in _finish(conv, name="Tom Reilly")


def test_guard_a_name_asked_again_with_back_is_not_called_kept():
    conv = _conversation(MIXED, clinic=True)
    _finish(conv)
    conv.reply("/next")
    for _ in range(6):
        if conv.session.step in (Step.format, Step.done):
            break
        conv.reply("ok")
    conv.reply("/back name")
    assert conv.session.step == Step.name
    said = _finish(conv, name="Amina K Begum")
    assert "I didn't ask for the name and" not in said and "the name again" not in said
    if KEPT in said:  # the email alone was kept, and is said as that
        assert "I didn't ask for an email address again" in said
