"""cl53 (rv51's note): a subject access extension letter that came after the first month, now passed, is answered in
the chat with the SAR chaser one key away (the CLI's `askfoi chase --regime SAR`): the reply screen offers "Write a
chaser", the letter says the extension came too late to extend anything, and a lawful extension offers nothing."""

from __future__ import annotations

from datetime import date

from textual.widgets import Button, Input, TextArea

from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.tui.app import AskFOIApp
from tests.test_rv51_sar_extension import IN_TIME, LATE_AND_LONG

TOLD = date(2026, 10, 20)  # the extension letter came after the month that ended on 7 October 2026
TODAY = date(2026, 10, 21)


def test_a_late_extension_offers_the_sar_chaser_and_the_chaser_says_why():
    flow = ReplyFlow(today=lambda: TODAY, sar=True, name="Amina Ahmed")
    flow.read(LATE_AND_LONG)
    view = flow.set_received(TOLD)
    assert view.offers == ["chase"]
    assert "Write a chaser (Ctrl+E)" in view.message
    assert "It came too late to do that" in view.body  # rv51's check, shown in the chat's body, before the rest
    assert "askfoi chase --regime SAR" not in view.body  # the chat names its own button, not the CLI
    letter = flow.write("chase")
    assert letter.letter_kind == "chase" and "Article 12(3)" in letter.body
    assert "On Monday 7 September 2026 I made a subject access request" in letter.body  # the day the reply gives
    assert "extending the time came after that month had ended" in letter.body
    assert "or any notice of an extension" not in letter.body  # it did give notice, too late
    assert "Amina Ahmed" in letter.body and "(reference DSAR-0912)" in letter.body


def test_a_lawful_extension_and_an_unknown_day_offer_no_chaser():
    flow = ReplyFlow(today=lambda: date(2026, 9, 28), sar=True)
    flow.read(IN_TIME)
    assert flow.set_received(date(2026, 9, 25)).offers == []
    early = ReplyFlow(today=lambda: TODAY, sar=True)
    view = early.read(LATE_AND_LONG)
    assert view.offers == []  # the day it came not known yet: nothing claimed late, and the day is asked for
    assert view.ask_date and view.message.startswith("When did this letter come?")
    assert "as said below" in view.message  # the extension's steps are in the body below the buttons


async def test_the_reply_screen_shows_the_sar_chaser_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("f9")
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        screen.query_one("#reply-text", TextArea).text = LATE_AND_LONG
        await pilot.press("ctrl+r")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.flow.step == ReplyStep.result
        screen.query_one("#reply-received", Input).value = "20/10/2026"
        screen.query_one("#reply-received", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = [b for b in screen.query(Button) if b.display and "chaser" in str(b.label).lower()]
        assert shown, [str(b.label) for b in screen.query(Button) if b.display]
        await pilot.press("ctrl+e")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.flow.step == ReplyStep.letter and screen.flow.letter_kind == "chase"
        assert "came after that month had ended" in screen.flow.letter_text()
