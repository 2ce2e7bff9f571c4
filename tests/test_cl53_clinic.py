"""cl53 (nc51 #4, #10): a clinic volunteer's morning at 80x24.

#4: a message mixing subject access with FOI questions: when the subject access letter is done, one key (Ctrl+N, or
/next) writes the FOI letter for the same client with the questions set aside, the same organisation and the period
the message gave; the line says so, and F8 (New client) in that state says it would wipe them.
#10: "New client?" opens with the focus on Cancel, so an Enter never wipes a client by accident, and words typed while
it is open are kept: in the new client's answer box with New client, back in this client's box with Cancel."""

from __future__ import annotations

from datetime import date

from textual.widgets import Button, Input

from askfoi.conversation import Conversation, Step
from askfoi.tui.app import AskFOIApp
from askfoi.tui.screens import NewClientScreen

TODAY = date(2026, 12, 5)
MIXED = ("my client lives in a council flat in haringey, black mould for 2 years, repairs keep getting cancelled. she "
         "wants to know how many damp and mould repair reports the council got in 2025, and how much they spent on "
         "disrepair compensation. also can she get her own repair history?")


def _done_sar(conv: Conversation) -> Conversation:
    conv.reply(MIXED)
    for said in ("ok", "ok", "ok", "ok", "ok", "ok", "Jane Smith", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(said)
    assert conv.session.step == Step.done and conv._is_sar()
    return conv


def test_the_sar_letter_done_offers_the_foi_letter_for_the_same_client():
    conv = Conversation(today=lambda: TODAY)
    conv.clinic = True
    seen = " ".join(m.text for m in conv.reply(MIXED).messages)
    # the set-aside line no longer sends the volunteer to F8 (New client in a clinic), it says the letter will be offered
    assert "press F8 to start again" not in seen
    assert "Ctrl+N" in seen and "same client" in seen
    _done = _done_sar(conv)
    done = " ".join(m.text for m in conv.session.history[-3:] if m.role == "bot")
    assert "Ctrl+N" in done and "damp and mould repair reports" in done
    assert "F8 would wipe this client's FOI questions" in done  # F8's wording in this state warns, never invites
    assert conv.next_letter_ready()
    said = " ".join(m.text for m in conv.reply("/next").messages)
    s = conv.session
    assert not conv._is_sar() and s.authority == "Haringey Borough Council" and Step.authority in s.confirmed
    assert s.requester_name == "Jane Smith"  # the same client: nothing retyped
    assert any("damp and mould repair reports" in p for p in s.parts)
    assert any("disrepair compensation" in p for p in s.parts)
    assert not any("repair history" in p for p in s.parts)
    assert s.period == "1 January 2025 to 31 December 2025"  # the period the message gave, proposed at its step
    assert s.step == Step.period
    assert "signed by Jane Smith" in said and "London Borough of Haringey" in said
    assert any(m.kind == "letter" and "subject access" in m.text.lower() for m in s.history)  # still in the chat
    assert not conv.next_letter_ready()


def test_next_with_nothing_set_aside_says_so():
    conv = Conversation(today=lambda: TODAY)
    said = " ".join(m.text for m in conv.reply("/next").messages)
    assert "no next letter waiting" in said and conv.session.about == ""


def _app(tmp_path) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def say(pilot, text: str) -> None:
    pilot.app.query_one("#prompt", Input).value = text
    await pilot.press("enter")
    await settle(pilot)


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)
    await pilot.pause()


def _footer_keys(app) -> set[str]:
    return {b.action for (_, b, enabled, _) in app.active_bindings.values() if b.show and enabled}


async def test_ctrl_n_after_the_sar_letter_writes_the_foi_letter_at_80x24(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, MIXED)
        assert "next_letter" not in _footer_keys(app)
        for said in ("ok", "ok", "ok", "ok", "ok", "ok", "Jane Smith", "skip", "skip"):
            if app.conversation.session.step == Step.done:
                break
            await say(pilot, said)
        assert app.conversation.session.step == Step.done
        assert "next_letter" in _footer_keys(app)  # shown in the footer only now
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, NewClientScreen)
        assert "set aside for this client's next letter" in str(app.screen.question)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        s = app.conversation.session
        assert s.step == Step.period and s.authority == "Haringey Borough Council"
        assert any("disrepair compensation" in p for p in s.parts)
        assert "next_letter" not in _footer_keys(app)


async def _finished(pilot):
    await settle(pilot)
    for said in ("How many speed cameras did Essex Police operate in 2023?", "ok", "ok", "ok"):
        await say(pilot, said)
    while pilot.app.conversation.session.step == Step.review:
        await say(pilot, "ok")
    for said in ("1", "Jo Bloggs", "skip"):
        if pilot.app.conversation.session.step == Step.done:
            break
        await say(pilot, said)
    assert pilot.app.conversation.session.step == Step.done


async def test_new_client_focus_is_on_cancel_and_enter_never_wipes(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _finished(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, NewClientScreen)
        assert isinstance(app.screen.focused, Button) and app.screen.focused.id == "no"
        await type_text(pilot, "client wants to know")
        assert isinstance(app.screen, NewClientScreen)  # typing answers nothing
        assert 'Typed: "client wants to know"' in str(app.screen.query_one("#typed").render())
        await pilot.press("enter")  # Enter meant for the message: Cancel, never New client
        await settle(pilot)
        assert app.conversation.session.step == Step.done and "speed cameras" in app.conversation.session.about
        assert app.query_one("#prompt", Input).value == "client wants to know"  # kept, not sent


async def test_words_typed_in_new_client_go_to_the_new_client(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _finished(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await type_text(pilot, "client wants drones")
        await pilot.press("backspace")
        await pilot.click("#yes")
        await settle(pilot)
        assert app.conversation.session.about == ""  # wiped
        assert app.query_one("#prompt", Input).value == "client wants drone"  # the next client's words, unsent
        # F8 again after a finished letter: words already in the box are shown as kept for the next client
        await _finished(pilot)
        app.query_one("#prompt", Input).value = "next one"
        await pilot.press("f8")
        await settle(pilot)
        assert 'Typed: "next one"' in str(app.screen.query_one("#typed").render())
        await pilot.click("#yes")
        await settle(pilot)
        assert app.query_one("#prompt", Input).value == "next one"
