"""lead25 (nu28 item 1): once a message asks for records FOI will not give (a dead parent's medical notes, a neighbour's
social-care file), an answer that is no request of its own ("1", "ok", a name, "keep my words") never turns that
message into an FOI request; a real question about something else still starts one. Invented sentences only."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation

TODAY = date(2026, 12, 2)


def conv() -> Conversation:
    c = Conversation(today=lambda: TODAY)
    c.start()
    return c


def said(turn) -> str:
    return " ".join(" ".join(m.text.split()) for m in turn.messages)


def test_a_dead_parents_records_are_never_kept_as_an_foi_part():
    c = conv()
    c.reply("my gran passed away in may at the royal stoke, im her executor and want her hospital notes")
    c.reply("ok")
    assert "Access to Health Records Act 1990" in c.letter_text()
    for answer in ("1", "ok", "ok", "keep my words"):
        assert "The letter is above" in said(c.reply(answer)), answer
        assert c.session.parts == []
    assert "signed the letter with your name" in said(c.reply("Jo Bloggs"))  # ck26: a name typed signs it
    assert c.session.parts == [] and "Jo Bloggs" in c.letter_text()
    turn = said(c.reply("how many complaints about discharge did the hospital trust get in 2025"))
    assert c.session.parts and "complaints" in c.session.parts[0].lower(), turn


def test_a_neighbours_file_is_never_kept_as_an_foi_part():
    c = conv()
    c.reply("the family next door keep getting visits from social services, can i find out why")
    for answer in ("2", "ok", "ok", "keep my words"):
        assert "There is no FOI letter for those records" in said(c.reply(answer)), answer
        assert c.session.parts == []
