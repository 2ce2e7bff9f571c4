"""ck27 (nu29 D13): in the reply box, Enter after a pasted reply reads it instead of adding "ok" lines to it, the key is
named beside the box, and the wait for past responses counts the clock's seconds and says what it waits for."""

from __future__ import annotations

from textual.widgets import Button, TextArea

from tests.test_reply_tui import MIXED, make_app, open_reply, settle, text_of


async def _enter_at_the_end(pilot, text: str):
    """Open the reply path, put TEXT in the box and press Enter at its very end."""
    await settle(pilot)
    screen = await open_reply(pilot)
    box = screen.query_one("#reply-text", TextArea)
    box.text = text
    box.focus()
    box.move_cursor(box.document.end)
    await pilot.press("enter")
    await settle(pilot)
    return screen, box


async def test_enter_on_an_empty_last_line_reads_the_reply_and_adds_nothing(tmp_path):
    async with make_app(tmp_path).run_test(size=(80, 24)) as pilot:
        screen, box = await _enter_at_the_end(pilot, MIXED + "\n")
        assert "partly given" in text_of(screen, "#reply-body")
        assert box.text == MIXED + "\n"  # no line was added to the reply


async def test_enter_inside_a_reply_still_adds_a_line(tmp_path):
    async with make_app(tmp_path).run_test(size=(80, 24)) as pilot:
        screen, box = await _enter_at_the_end(pilot, "Dear Ms Example,")
        assert box.text == "Dear Ms Example,\n" and not text_of(screen, "#reply-body")
        # and an empty box is never read by Enter
        box.text = ""
        await pilot.press("enter")
        await settle(pilot)
        assert box.text == "\n"


async def test_the_key_that_reads_it_is_named_beside_the_box_at_80x24(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        box = screen.query_one("#reply-text", TextArea)
        assert "Ctrl+R" in str(box.border_title) and "Enter" in str(box.border_title)
        assert "Ctrl+R" in str(screen.query_one("#reply-read", Button).label)


def test_the_wait_counts_the_clocks_seconds_when_the_machine_is_busy(monkeypatch):
    import threading
    from types import SimpleNamespace

    import askfoi.tui.reply as reply_screen

    clock = iter([0.0, 4.2, 9.6, 31.0, 40.0])
    monkeypatch.setattr(reply_screen.time, "monotonic", lambda: next(clock))

    class Late(threading.Event):
        def wait(self, timeout=None):  # a busy machine: each one-second wait returns seconds late
            return False

    fake = SimpleNamespace(flow=SimpleNamespace(matcher=None), app=SimpleNamespace(matcher_ready=Late()))
    seen: list[int] = []
    reply_screen.ReplyScreen._use_apps_matcher(fake, seen.append)
    assert seen == [] and fake.flow.matcher is not None  # nz85 (nc85 #9): no wait at all, however busy the machine
