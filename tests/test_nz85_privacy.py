"""nz85 (nc85, privacy on a shared computer): the next person to start askfoi is not shown the last person's request,
and "/forget" deletes what askfoi keeps on this computer (the autosave and the tracked list), after asking."""

from __future__ import annotations

from datetime import date

from askfoi.paths import user_data_dir
from askfoi.tracking import TrackStore
from askfoi.tui.screens import ConfirmScreen
from test_tui import make_app, say, settle


async def test_the_resume_offer_does_not_show_the_saved_request(tmp_path):
    first = make_app(tmp_path, load_matcher=False)
    async with first.run_test() as pilot:
        await settle(pilot)
        await say(pilot, "how many pupils were excluded from Westbrook Academy for racist incidents?")
    second = make_app(tmp_path, load_matcher=False)
    async with second.run_test() as pilot:
        await settle(pilot)
        assert isinstance(second.screen, ConfirmScreen)
        offer = second.screen.question
        assert "excluded" not in offer and "Westbrook" not in offer
        assert "Start again deletes it" in offer and "/forget" in offer and "--clinic" in offer


async def _asked_to_forget(pilot) -> None:
    """A request begun and one tracked, then "/forget" typed: its question is open."""
    await settle(pilot)
    await say(pilot, "how many potholes did Northshire Council fill in 2025?")
    assert (user_data_dir() / "session.json").is_file()
    await say(pilot, "/forget")


async def test_forget_deletes_the_autosave_and_the_tracked_list(tmp_path):
    TrackStore().add("Northshire Council", date(2026, 10, 1))
    app = make_app(tmp_path, load_matcher=False)
    async with app.run_test() as pilot:
        await _asked_to_forget(pilot)
        assert isinstance(app.screen, ConfirmScreen) and "1 request you are tracking" in app.screen.question
        await pilot.click("#yes")
        await settle(pilot)
        assert not (user_data_dir() / "tracked.json").exists() and TrackStore().load() == []
        assert app.conversation.session.about == ""
        said = " ".join(b.message.text for b in app.query("Bubble"))
        assert "potholes" not in said and "Deleted" in said
    again = make_app(tmp_path, load_matcher=False)
    async with again.run_test() as pilot:
        await settle(pilot)
        assert not isinstance(again.screen, ConfirmScreen)  # nothing left to offer


async def test_forget_answered_no_keeps_everything(tmp_path):
    # guard (passes on main too, where "/forget" is no command): answering no deletes nothing
    TrackStore().add("Northshire Council", date(2026, 10, 1))
    app = make_app(tmp_path, load_matcher=False)
    async with app.run_test() as pilot:
        await _asked_to_forget(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert len(TrackStore().load()) == 1 and app.conversation.session.about


# nz85 (nc85 #8): a name typed on the letter view signs the letter, never "[YOUR NAME]" left with the name refused
async def test_a_name_typed_on_the_letter_signs_it(tmp_path):
    from tests.test_ck28_reply_typed import _read
    from tests.test_reply_tui import make_app as make_reply_app, text_of

    app = make_reply_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _read(pilot)
        await pilot.press("enter")  # the focused letter button writes its letter
        await settle(pilot)
        assert screen.flow.letter is not None and "[YOUR NAME]" in screen.flow.letter_text()
        await pilot.press(*[c if c != " " else "space" for c in "Rhian Price"])
        await pilot.press("enter")
        await settle(pilot)
        letter = screen.flow.letter_text()
        assert "[YOUR NAME]" not in letter and "Rhian Price" in letter
        assert "Signed Rhian Price" in text_of(screen, "#reply-message")


def test_only_a_name_signs():
    from askfoi.reply_flow import typed_name

    assert typed_name("Rhian Price") == "Rhian Price"
    for typed in ("write the review", "Thank You", "Powys County Council", "25 November", "ok"):
        assert typed_name(typed) is None, typed


# nz85 (nc85 #8): the day the reply came, typed while it is still being read, is used: the dates count from it
async def test_a_day_typed_while_the_reply_is_read_sets_when_it_came(tmp_path):
    import threading

    from textual.widgets import TextArea

    from tests.test_reply_tui import MIXED, make_app as make_reply_app, open_reply

    app = make_reply_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        screen.query_one("#reply-text", TextArea).text = MIXED
        go = threading.Event()
        screen._in_background(lambda: (go.wait(10), screen.flow.read(MIXED))[1])  # a reading that takes a while
        await pilot.pause()
        await pilot.press(*[c if c != " " else "space" for c in "it came on 25 november"], "enter")
        go.set()
        await settle(pilot)
        await settle(pilot)
        assert screen.flow.received == date(2024, 11, 25)  # (the test app's today is 5 March 2025)


# nz85 (nc85 #9): the reply is read while the past responses are still loading; they only add similar requests later
async def test_the_reply_is_read_while_past_responses_still_load(tmp_path):
    from textual.widgets import TextArea

    from tests.test_reply_tui import MIXED, make_app as make_reply_app, open_reply

    app = make_reply_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.matcher_ready.clear()  # the index is still loading
        screen = await open_reply(pilot)
        screen.query_one("#reply-text", TextArea).text = MIXED
        await pilot.press("ctrl+r")
        for _ in range(100):  # (a bound, not a timing: before this change the reading waited for the index)
            await pilot.pause(0.1)
            if screen.flow.explained is not None:
                break
        assert screen.flow.explained is not None and not app.matcher_ready.is_set()
        first = screen.flow.explained

        class Loaded:  # the index, once loaded (here it finds nothing)
            def match(self, *args, **kwargs):
                raise LookupError("none")

        app._matcher = Loaded()
        app.matcher_ready.set()
        await settle(pilot)
        # the reading on screen was done again with the loaded index, to add its similar requests
        assert screen.flow.matcher is app._matcher and screen.flow.explained is not first
