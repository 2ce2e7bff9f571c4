"""nz88 (issue 10.6, the developers' brief: "personal details stored only where the user chose; clinic mode stores
nothing"): the first start asks whether askfoi keeps the person's work on this computer or keeps nothing; the choice
is a setting holding no personal detail, changed with /saving (or `askfoi saving`), and nothing is written before it.
And (nc85 #9) a message sent while askfoi is starting is sent once it has started, never lost."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from askfoi import saving
from askfoi.cli import main
from askfoi.paths import user_data_dir
from askfoi.tracking import TrackStore
from askfoi.tui.app import AskFOIApp
from askfoi.tui.screens import SavingScreen
from test_tui import make_app, say, settle


@pytest.fixture(autouse=True)
def _own_site_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ASKFOI_SITE_DIR", str(tmp_path / "site"))
    monkeypatch.delenv("ASKFOI_CLINIC", raising=False)


def _said(app) -> str:
    return " ".join(b.message.text for b in app.query("Bubble"))


async def test_the_first_start_asks_before_anything_is_kept(tmp_path):
    app = make_app(tmp_path, load_matcher=False, ask_saving=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SavingScreen)
        question = app.screen.question
        assert "Clinic mode" in question and str(user_data_dir()) in question and "/saving" in question
        assert not user_data_dir().exists() or not any(user_data_dir().iterdir())  # nothing written yet
        await pilot.click("#yes")
        await settle(pilot)
        assert not app.clinic and saving.chosen() == ("save", "you")
        await say(pilot, "how many potholes did Northshire Council fill in 2025?")
        assert (user_data_dir() / "session.json").is_file()
    settings = json.loads((user_data_dir() / "settings.json").read_text())
    assert settings == {"saving": "save"}  # the setting holds nothing personal


async def test_clinic_mode_chosen_at_the_start_keeps_nothing_and_is_remembered(tmp_path):
    app = make_app(tmp_path, load_matcher=False, ask_saving=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the focus starts on clinic mode, the choice that writes nothing
        await settle(pilot)
        assert app.clinic and "clinic" in app.sub_title
        await say(pilot, "how many potholes did Northshire Council fill in 2025?")
        assert not (user_data_dir() / "session.json").exists()
    assert sorted(p.name for p in user_data_dir().iterdir()) == ["settings.json"]
    assert saving.chosen() == ("clinic", "you")


async def test_letters_typed_over_the_choice_wait_in_the_box(tmp_path):
    app = make_app(tmp_path, load_matcher=False, ask_saving=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"how many ")
        await settle(pilot)
        assert isinstance(app.screen, SavingScreen)  # a space typed did not press a button
        await pilot.click("#no")
        await settle(pilot)
        assert app.query_one("#prompt").value == "how many "


async def test_escape_keeps_nothing_and_asks_again_next_time(tmp_path):
    app = make_app(tmp_path, load_matcher=False, ask_saving=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.clinic and saving.chosen() == (None, "")


async def test_slash_saving_switches_to_clinic_mode_and_deletes_the_autosave(tmp_path):
    TrackStore().add("Northshire Council", date(2026, 10, 1))
    app = make_app(tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many potholes did Northshire Council fill in 2025?")
        assert (user_data_dir() / "session.json").is_file()
        await say(pilot, "/saving")
        assert isinstance(app.screen, SavingScreen) and "is saving your work" in app.screen.question
        await pilot.click("#no")
        await settle(pilot)
        assert app.clinic and not (user_data_dir() / "session.json").exists()
        assert app.conversation.session.about  # still on the screen
        said = _said(app)
        assert "Clinic mode is on" in said and "1 request you were tracking is still kept" in said
        await say(pilot, "Northshire Council")
        assert not (user_data_dir() / "session.json").exists()
        await say(pilot, "/forget")  # in clinic mode, what was kept before goes too
        await pilot.click("#yes")
        await settle(pilot)
        assert TrackStore().load() == []
    assert saving.chosen() == ("clinic", "you")


async def test_slash_saving_switches_saving_on(tmp_path):
    app = make_app(tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many potholes did Northshire Council fill in 2025?")
        await say(pilot, "/saving")
        await pilot.click("#yes")
        await settle(pilot)
        assert not app.clinic and (user_data_dir() / "session.json").is_file()
        assert "Saving is on" in _said(app)


async def test_clinic_mode_set_for_everyone_is_not_undone_by_one_person(tmp_path, capsys):
    assert main(["saving", "clinic", "--everyone"]) == 0
    assert saving.chosen() == ("clinic", "everyone")
    app = make_app(tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "/saving")
        assert not isinstance(app.screen, SavingScreen)
        assert "set for everyone on this computer" in _said(app)


def test_the_cli_sets_and_shows_the_choice(capsys):
    assert main(["saving"]) == 0 and "not chosen" in capsys.readouterr().out
    assert main(["saving", "save"]) == 0 and saving.chosen() == ("save", "you")
    assert main(["saving", "ask"]) == 0 and saving.chosen() == (None, "")


def test_run_app_asks_only_when_nobody_chose(monkeypatch):
    made = []
    monkeypatch.setattr(AskFOIApp, "run", lambda self: made.append((self.clinic, self.ask_saving)))
    from askfoi.tui.app import run_app

    run_app()
    saving.choose("clinic")
    run_app()
    saving.choose("save")
    run_app()
    assert made == [(False, True), (True, False), (False, False)]


# nc85 #9: Enter pressed while "Starting askfoi, one moment..." shows


async def test_a_message_sent_while_starting_is_sent_once_started(tmp_path, monkeypatch):
    slow = AskFOIApp._early_greeting

    def slowly(self):
        time.sleep(0.8)  # a loaded machine: the greeting is not drawn yet
        return slow(self)

    monkeypatch.setattr(AskFOIApp, "_early_greeting", slowly)
    app = make_app(tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.05)
        app.query_one("#prompt").value = "how many potholes did Northshire Council fill in 2025?"
        await pilot.press("enter")
        await pilot.pause(0.05)
        assert app.query_one("#prompt").value == ""
        await pilot.pause(1.5)
        await settle(pilot)
        assert "potholes" in app.conversation.session.about
        roles = [b.message.role for b in app.query("Bubble")]
        assert roles[0] == "bot" and "you" in roles  # the greeting first, then the message, then its answer


async def test_nothing_starts_under_the_choice(tmp_path):
    app = make_app(tmp_path, load_matcher=False, ask_saving=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")  # the reply path would open over a chat that has not started
        await settle(pilot)
        assert isinstance(app.screen, SavingScreen)


async def test_enter_after_typing_sends_the_first_message_and_keeps_nothing(tmp_path):
    """lead58: a person (or a script driving the chat) types the first message and presses Enter over the question:
    that sends the message (never held behind the question, which the trial tool met as a dead end), keeps nothing
    this time and asks again next time (as Escape)."""
    app = make_app(tmp_path, load_matcher=False, ask_saving=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"how many potholes did Northshire Council fill in 2025")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SavingScreen)
        await pilot.pause(1.0)
        await settle(pilot)
        assert "potholes" in app.conversation.session.about
        assert app.clinic and saving.chosen() == (None, "")
        assert not any(user_data_dir().iterdir()) if user_data_dir().exists() else True
