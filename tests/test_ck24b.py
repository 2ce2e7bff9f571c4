"""ck24b: the chat, step by step, for what newcomers do (nu26 items 1, 7, 8, 10, 11; issues 8 and 10).
Invented sentences only."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation, Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 2)
EMAILS = ("i want all the emails between councillor patel and the highways team at leeds city council about the "
          "new cycle lane on otley road in 2025")


def conv() -> Conversation:
    c = Conversation(today=lambda: TODAY)
    c.start()
    return c


def make_app(tmp_path) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())


def test_a_few_words_naming_a_kind_answer_the_question_not_replace_it():
    c = conv()
    c.reply(EMAILS)
    if c.session.parts:  # the first message framed already (a framing change): nothing to answer
        return
    c.reply("the emails")
    assert c.session.parts and c.session.parts[0].startswith("Any correspondence between councillor patel and the highways team")
    assert "cycle lane" in c.session.parts[0]
    assert c.session.about == EMAILS


def test_keep_my_words_keeps_the_question_not_the_answer():
    c = conv()
    c.reply(EMAILS)
    if c.session.parts:
        return
    c.reply("the spreadsheet")  # names no kind the message asks for: the question is asked again
    c.reply("keep my words")
    assert len(c.session.parts) == 1
    assert "cycle lane on otley road" in c.session.parts[0].lower() and "spreadsheet" not in c.session.parts[0]


def test_the_kinds_menu_offers_correspondence():
    c = conv()
    c.reply("the stuff about the library")
    if c.session.parts:
        return
    menu = " ".join(m.text for m in c.session.history if m.role == "bot")
    assert "emails or letters (correspondence)" in menu


async def test_chat_emails_answer_at_80x24(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, EMAILS)
        s = app.conversation.session
        if not s.parts:
            await say(pilot, "the emails")
        assert s.parts and ("correspondence" in s.parts[0].lower() or "emails" in s.parts[0].lower())
        assert "councillor patel" in s.parts[0].lower()
        assert s.step != Step.about
