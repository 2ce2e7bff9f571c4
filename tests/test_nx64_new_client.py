"""nx64 (nc64 #7): in clinic mode "New client?" (F8) is answered by what the volunteer types, the way people type an
answer: "yes" or the command they know (/restart, /new) starts the next client; "no" / "cancel" stays. An answer word
never goes back into the answer box after the dialog closes (the loop of "Cancelled" lines), and the question sits by
the answer box, where the volunteer is looking, and says how to answer."""
import datetime as dt

import pytest
from textual.widgets import Input

from askfoi.conversation import Step
from askfoi.tui.screens import NewClientScreen
from tests.test_cl53_clinic import _app, _finished, settle, type_text

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize("typed", ["yes", "Yes please", "/restart", "/new", "new client", "y"])
async def test_typed_yes_or_the_command_starts_the_next_client(tmp_path, typed):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _finished(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, NewClientScreen)
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, NewClientScreen)
        assert app.conversation.session.about == ""  # wiped for the next client
        assert app.query_one("#prompt", Input).value == ""  # the answer is not left in the box


@pytest.mark.parametrize("typed", ["no", "cancel", "No thanks"])
async def test_typed_no_stays_and_leaves_an_empty_box(tmp_path, typed):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _finished(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        assert app.conversation.session.step == Step.done and "speed cameras" in app.conversation.session.about
        assert app.query_one("#prompt", Input).value == ""


async def test_the_question_sits_by_the_answer_box_and_says_how_to_answer(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 40)) as pilot:
        await _finished(pilot)
        await pilot.press("f8")
        await settle(pilot)
        dialog = app.screen.query_one(".dialog")
        assert dialog.region.bottom >= 40 - 4  # at the foot of the screen, over the answer box, not mid-scrollback
        assert '"yes"' in str(app.screen.question)
