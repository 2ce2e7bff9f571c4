"""af99 (nc97 j6, #9): a number typed for the question the person expected next never applies a fix at the check
step ("Press a number to fix that point") that was not yet on their screen; a number typed once the check is on
screen still applies its fix (guards). And Ctrl+N (/next) says at once that the next letter is being written, with
the header's moving dots, for the seconds it takes. The messages are my own words."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation, Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)
# a request whose check step has a finding with a fix ("all information" is too wide)
ASK = "i want all information the council holds about the closure of the ashfield road library"


def _at_review() -> Conversation:
    conv = Conversation()
    conv.today = lambda: TODAY
    for answer in (ASK, "Nottingham City Council", "2025", "ok"):
        conv.reply(answer)
        if conv.session.step == Step.review:
            break
    for _ in range(3):
        if conv.session.step == Step.review:
            break
        conv.reply("ok")
    assert conv.session.step == Step.review, conv.session.step
    assert conv._findings()
    return conv


def test_a_number_typed_at_another_step_is_not_applied_at_the_check():
    conv = _at_review()
    before = (conv.session.step, list(conv.session.parts), conv.session.authority)
    said = " ".join(m.text for m in conv.reply("1", typed_at=Step.parts).messages)
    assert (conv.session.step, list(conv.session.parts), conv.session.authority) == before
    assert 'You typed "1" before this check was on the screen' in said


def test_guard_a_number_typed_with_no_step_known_applies_its_fix():
    conv = _at_review()
    said = " ".join(m.text for m in conv.reply("1").messages)
    assert "before this check" not in said
    assert "Let's fix that" in said or "I've made that change" in said


def test_a_number_typed_at_the_check_applies_its_fix_as_before():
    conv, plain = _at_review(), _at_review()
    said = " ".join(m.text for m in conv.reply("1", typed_at=Step.review).messages)
    assert said == " ".join(m.text for m in plain.reply("1").messages)


async def test_at_80x24_the_digit_key_waits_for_the_check_to_be_on_screen(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, ASK, "Nottingham City Council", "2025")
        while app.conversation.session.step != Step.review:
            await say(pilot, "ok")
        # the engine has moved to the check, but the screen still shows the question before it: the digit is typed
        # for that question, so it is no fix (it goes into the box)
        app._shown_step = Step.parts
        assert app.check_action("quick_fix", (1,)) is False
        # guard: once the check is on screen, the digit applies its fix
        app._shown_step = Step.review
        assert app.check_action("quick_fix", (1,)) is True
        await pilot.press("1")
        await settle(pilot)
        assert "Apply fix 1" in " ".join(str(b.render()) for b in app.query("Bubble"))


MIXED = ("my client rents from the council in haringey and the damp has ruined her things. she wants her own repair "
         "history, and how many disrepair claims the council paid out on in 2025")


async def test_at_80x24_ctrl_n_says_at_once_that_the_next_letter_is_being_written(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, MIXED)
        for said in ("ok", "ok", "ok", "ok", "ok", "ok", "Jane Smith", "skip", "skip"):
            if app.conversation.session.step == Step.done:
                break
            await say(pilot, said)
        assert app.conversation.session.step == Step.done and app._next_ready
        await pilot.press("ctrl+n")
        # before the engine has answered: the line and the working header are on screen
        assert "Writing the next letter" in bot_text(app)
        await settle(pilot)
        assert app._answering == 0
        assert app.conversation.session.step != Step.done
