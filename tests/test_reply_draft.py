"""Escape from the reply path keeps what was pasted (in memory only): F9 opens it with the reply again (nc6 b09)."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, TextArea

from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

REPLY = "Dear requester, we hold the information. 42 officers were trained in 2024."


async def test_a_pasted_reply_is_there_again_after_escape_and_f9(tmp_path):
    app = AskFOIApp(today=lambda: date(2025, 3, 5), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-text", TextArea).text = REPLY
        screen.query_one("#reply-sent", Input).value = "Essex Police 14/02/2025"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReplyScreen)
        await pilot.press("f9")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, ReplyScreen) and again is not screen
        assert again.query_one("#reply-text", TextArea).text == REPLY
        assert again.query_one("#reply-sent", Input).value == "Essex Police 14/02/2025"


async def test_a_new_client_forgets_the_reply(tmp_path):
    app = AskFOIApp(today=lambda: date(2025, 3, 5), save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        app.screen.query_one("#reply-text", TextArea).text = REPLY
        await pilot.press("escape")
        await pilot.pause()
        app._wipe(True)
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert app.screen.query_one("#reply-text", TextArea).text == ""


async def test_someone_waiting_sees_the_reply_path_titled_as_waiting(tmp_path):
    app = AskFOIApp(today=lambda: date(2025, 3, 5), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.action_reply(track="Essex Police 14/02/2025")
        await pilot.pause()
        assert app.screen.query_one("#reply-scroll").border_title.startswith("Waiting for a reply")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert app.screen.query_one("#reply-scroll").border_title.startswith("I've had a reply")
