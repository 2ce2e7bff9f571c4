"""lead38: a person who scrolled up to read the advice and then answers sees the bot's reply: sending a message
brings the chat back to its newest lines (found trying the chatbot at 80x24)."""

from __future__ import annotations

from tests.test_tui import make_app, say, settle
from askfoi.tui.chat import Messages


async def test_answering_after_scrolling_up_shows_the_newest_lines(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many speed cameras does essex police have and how much did they make in fines")
        messages = app.query_one(Messages)
        assert messages.max_scroll_y > 0
        for _ in range(3):
            await pilot.press("pageup")
        await settle(pilot)
        assert messages.scroll_y < messages.max_scroll_y
        await say(pilot, "ok")
        await pilot.pause(0.3)
        assert messages.scroll_y == messages.max_scroll_y
