"""nr94 (nc94 #8): a chat command typed into the reply box (the reply path opened by F9 before the person typed
"/reply") is carried out, never left in the box as if it were the reply. Pilot at 80x24."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static, TextArea

from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

TODAY = date(2026, 12, 7)


def make_app(tmp_path) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def typed_in_the_reply_box(pilot, words: str) -> ReplyScreen:
    await settle(pilot)
    await pilot.press("f9")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReplyScreen)
    for key in words:
        await pilot.press("space" if key == " " else key)
    await pilot.press("enter")
    await settle(pilot)
    return screen


async def test_slash_reply_typed_in_the_open_reply_box_leaves_it_empty(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed_in_the_reply_box(pilot, "/reply")
        assert app.screen is screen
        assert screen.query_one("#reply-text", TextArea).text == ""
        assert "paste the reply" in str(screen.query_one("#reply-message", Static).render()).lower()


async def test_slash_chase_typed_in_the_reply_box_fills_the_tracking_box(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed_in_the_reply_box(pilot, "/chase Home Office 14/10/2026")
        assert screen.query_one("#reply-text", TextArea).text == ""
        assert screen.query_one("#reply-sent", Input).value == "Home Office 14/10/2026"


async def test_a_reply_that_mentions_a_slash_is_still_a_reply(tmp_path):
    # guard: a real reply (several lines, or a line that only starts like a command) stays in the box
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed_in_the_reply_box(pilot, "/replying to your request we hold 14 officers")
        assert screen.query_one("#reply-text", TextArea).text.startswith("/replying to your request")
