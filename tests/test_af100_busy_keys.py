"""af100: af99's two reverted behaviours (nc97 j6, #9) redone so that tr3/tr5's answers typed while askfoi is busy still
hold. The engine is held busy here exactly as tr5 holds it (a stand-in reply(text) of one argument in place of the
real one), so the step on screen reaches the engine without changing what reply() is called with.
- A "1" begun while the check was being worked out (the screen still showed the parts) and sent once the check is on
  screen is no fix: nothing changes and the bot says why. Guard: a "1" sent while busy is held and given back
  (tr5), and Enter on it then, with the check on screen and the bot's note saying so, applies the fix.
- Ctrl+N says at once that the next letter is being written and the header's dots move, while the engine works.
The messages are my own words."""

from __future__ import annotations

import threading
from datetime import date

from textual.widgets import Input

from askfoi.conversation import Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)
# a request whose check has a point with a fix ("every document" is too wide): my own words
WIDE = "can i have every document the county council holds about shutting the mill lane swimming pool"


def _hold_engine(app) -> threading.Event:
    """As tr5: the engine answers only once the returned event is set (a slow machine, on demand)."""
    gate = threading.Event()
    real = app.conversation.reply
    app.conversation.reply = lambda text: (gate.wait(10), real(text))[1]
    return gate


async def _at_parts(pilot):
    await settle(pilot)
    await say(pilot, WIDE, "Derbyshire County Council", "2024")
    app = pilot.app
    assert app.conversation.session.step == Step.parts
    return app, list(app.conversation.session.parts)


async def test_a_number_begun_before_the_check_was_shown_changes_nothing(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        app, parts = await _at_parts(pilot)
        gate = _hold_engine(app)
        prompt = app.query_one("#prompt", Input)
        prompt.value = "ok"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("1")  # typed for the question the person expects next, while the check is worked out
        await pilot.pause()
        assert prompt.value == "1"  # in the box, not a key that applies a fix
        gate.set()
        await settle(pilot)
        assert app.conversation.session.step == Step.review and prompt.value == "1"
        await pilot.press("enter")  # sent once the check is on screen, but begun before it was
        await settle(pilot)
        s = app.conversation.session
        assert s.step == Step.review and list(s.parts) == parts
        assert 'You typed "1" before this check was on the screen' in bot_text(app)


async def test_guard_a_number_held_while_busy_is_given_back_and_then_applies(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        app, parts = await _at_parts(pilot)
        gate = _hold_engine(app)
        prompt = app.query_one("#prompt", Input)
        prompt.value = "ok"
        await pilot.press("enter")
        await pilot.pause()
        prompt.value = "1"
        await pilot.press("enter")  # sent while busy: held, never lost (tr5)
        await pilot.pause()
        assert prompt.value == ""
        gate.set()
        await settle(pilot)
        assert app.conversation.session.step == Step.review and list(app.conversation.session.parts) == parts
        assert prompt.value == "1" and "is back in the answer box" in bot_text(app)
        await pilot.press("enter")  # the check and the note are on screen: Enter sends it as the answer to the check
        await settle(pilot)
        assert "before this check was on the screen" not in bot_text(app)
        assert app.conversation.session.parts != parts or app.conversation.session.step != Step.review


MIXED = ("im helping a tenant of lambeth council. she wants a copy of her own repair records, and also how many "
         "damp and mould complaints the council got from its tenants in 2025")


async def test_ctrl_n_says_at_once_that_it_is_writing_while_the_engine_works(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, MIXED)
        for _ in range(12):
            step = app.conversation.session.step
            if step == Step.done:
                break
            await say(pilot, "Amina Begum" if step == Step.name else "skip" if step == Step.email else "ok")
        assert app.conversation.session.step == Step.done and app._next_ready
        gate = _hold_engine(app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Writing the next letter, with the question kept for it" in bot_text(app)
        seen = set()
        for _ in range(6):
            await pilot.pause(0.15)
            seen.add(app.sub_title)
        assert len(seen) > 1 and not any(t.startswith("Step") for t in seen)  # the moving dots, not a still step
        gate.set()
        await settle(pilot)
        assert app._answering == 0 and app.conversation.session.step != Step.done
        assert app.sub_title.startswith("Step")


async def test_ctrl_n_pressed_twice_while_the_letter_is_written_writes_it_once(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, MIXED)
        for _ in range(12):
            step = app.conversation.session.step
            if step == Step.done:
                break
            await say(pilot, "Amina Begum" if step == Step.name else "skip" if step == Step.email else "ok")
        gate = _hold_engine(app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("ctrl+n")  # impatient: nothing seemed to happen
        await pilot.pause()
        gate.set()
        await settle(pilot)
        text = bot_text(app)
        assert text.count("Writing the next letter") == 1 and "There is no next letter waiting" not in text
        assert sum(b.message.role == "you" and b.message.text == "/next" for b in app.query("Bubble")) == 1
