"""nx82 (session 56, nc79 #14): an answer that arrives while the person has scrolled up comes into view."""

from __future__ import annotations

from askfoi.conversation import Message
from askfoi.tui.chat import Messages
from tests.test_tui import make_app, settle

LONG = "\n".join(f"line {k} of an answer long enough to scroll the chat at 80x24" for k in range(30))


async def test_an_answer_arriving_after_scrolling_up_is_brought_into_view(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        messages = app.query_one(Messages)
        messages.add(Message(role="bot", text=LONG))
        messages.add(Message(role="you", text="how many potholes were filled in leeds in 2024"))
        await pilot.pause(0.3)
        for _ in range(3):
            await pilot.press("pageup")
        await pilot.pause(0.6)
        assert messages.scroll_y < messages.max_scroll_y
        messages.add(Message(role="bot", text="Here is what I'd ask for:\n1. The number of potholes filled."))
        await pilot.pause(0.6)
        assert messages.scroll_y == messages.max_scroll_y


async def test_guard_a_notice_with_no_message_before_it_leaves_the_reader_where_they_are(tmp_path):
    # guard: passes on main too
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        messages = app.query_one(Messages)
        messages.add(Message(role="bot", text=LONG))
        await pilot.pause(0.3)
        for _ in range(3):
            await pilot.press("pageup")
        await pilot.pause(0.6)
        where = messages.scroll_y
        assert where < messages.max_scroll_y
        messages.add(Message(role="bot", text="I'm still loading past responses."))
        await pilot.pause(0.6)
        assert messages.scroll_y == where
