"""lead38: a terminal without bracketed paste sends a pasted reply as keys, its blank lines as Enter on an empty line.
Keys that arrive in a burst are a paste: an Enter among them adds the line and never reads a reply cut at its first
blank line (newcomer trial, fault 11). An Enter typed after the paste still reads it."""

from __future__ import annotations

from textual.widgets import TextArea

from tests.test_reply_tui import make_app, open_reply, settle, text_of


async def test_an_enter_inside_a_burst_of_keys_adds_the_line(tmp_path, monkeypatch):
    from askfoi.tui.reply import ReplyBox

    clock = {"now": 100.0}
    monkeypatch.setattr(ReplyBox, "clock", staticmethod(lambda: clock["now"]))
    async with make_app(tmp_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        box = screen.query_one("#reply-text", TextArea)
        box.focus()
        for key in ["D", "e", "a", "r", "enter", "enter", "W", "e"]:  # all within a millisecond: a paste
            clock["now"] += 0.001
            await pilot.press(key)
        await settle(pilot)
        assert box.text == "Dear\n\nWe" and not text_of(screen, "#reply-body")
        box.text = "We can neither confirm nor deny whether we hold the information, under section 23(5).\n"
        box.move_cursor(box.document.end)
        clock["now"] += 2.0  # a person presses Enter after the paste: it reads
        await pilot.press("enter")
        await settle(pilot)
        assert text_of(screen, "#reply-body")
