"""ck28 (nu30 item 13): words typed on the reply screen after "Read it", where a letter button has the focus, are never
lost silently and never fire a letter: they are shown, Enter presses nothing, and Escape takes them to the chat's box."""

from __future__ import annotations

from textual.widgets import Button, Input, TextArea

from tests.test_reply_tui import MIXED, make_app, open_reply, settle, text_of


async def _read(pilot):
    await settle(pilot)
    screen = await open_reply(pilot)
    box = screen.query_one("#reply-text", TextArea)
    box.text = "Date of response: 3 March 2025\n" + MIXED  # (lead40: a dated reply; an undated one asks for its date)
    await pilot.press("ctrl+r")
    await settle(pilot)
    return screen


async def test_a_question_typed_after_read_it_is_kept_and_enter_writes_no_letter(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _read(pilot)
        assert isinstance(screen.focused, Button)  # a letter button, as after every reading
        for typed in ("what should i do about the readings", "WHAT NOW?"):
            await pilot.press(*[c if c != " " else "space" for c in typed])
            await pilot.press("enter")
            await settle(pilot)
            assert screen.flow.letter is None  # no review was written
            said = text_of(screen, "#reply-message")
            assert "Nothing was written" in said and typed[:20] in said and "Escape" in said
            while screen.typed:
                await pilot.press("backspace")
        await pilot.press("w", "h", "y")
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one("#prompt", Input).value == "why"  # in the chat's box, not sent


async def test_with_nothing_typed_enter_still_presses_the_button(tmp_path):
    async with make_app(tmp_path).run_test(size=(80, 24)) as pilot:
        screen = await _read(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.flow.letter is not None
