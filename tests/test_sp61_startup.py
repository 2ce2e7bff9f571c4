"""sp61: while askfoi cannot answer yet, the screen says so and keeps moving (a person, or a script that types once
the screen has stopped changing, never types into a start-up that looks finished); the framing's data is loaded
before it says it is ready; similar requests promised while the past responses loaded come at the next answer,
never on their own after a question."""

from __future__ import annotations

import time
from datetime import date

import pytest

from askfoi import framing
from askfoi.conversation import Conversation
from askfoi.tui import app as app_module
from askfoi.tui.app import STARTING, AskFOIApp
from test_tui import make_app, settle

TODAY = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def _own_site_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ASKFOI_SITE_DIR", str(tmp_path / "site"))
    monkeypatch.delenv("ASKFOI_CLINIC", raising=False)


async def test_the_header_keeps_moving_until_askfoi_can_answer(tmp_path, monkeypatch):
    slow = AskFOIApp._boot_work

    def slowly(self):
        time.sleep(1.2)  # a loaded machine: the engine takes its time
        return slow(self)

    monkeypatch.setattr(AskFOIApp, "_boot_work", slowly)
    app = make_app(tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        seen = []
        for _ in range(6):
            await pilot.pause(0.15)
            if not app._booted:
                seen.append(app.sub_title)
        assert len(seen) >= 4
        assert all(t.startswith(STARTING.rstrip(".")) for t in seen)
        assert len(set(seen)) >= 2  # the dots move: the screen is never still while askfoi cannot answer
        await pilot.pause(1.5)
        await settle(pilot)
        assert app._booted and not app.sub_title.startswith(STARTING.rstrip("."))
        assert app._starting_timer is None  # stopped once started: an idle screen stays still


async def test_the_framing_is_ready_before_askfoi_says_it_is(tmp_path, monkeypatch):
    warmed = []
    monkeypatch.setattr(app_module, "_warm_framing", lambda: warmed.append(True))
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert warmed == [True] and app._booted


def test_the_dots_never_show_the_same_screen_to_two_looks_0_4_s_apart():
    """Four states, one every DOTS_EVERY seconds: two screens 0.4 s apart are 2 or 3 states apart, never 0 or 4."""
    step = app_module.DOTS_EVERY
    for k in range(200):
        t = k * 0.013
        assert (int((t + 0.4) / step) - int(t / step)) % 4 != 0


def test_similar_requests_promised_while_loading_come_first_at_the_next_answer():
    from askfoi.matching import get_matcher

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    first = " ".join(m.text for m in conv.reply("how many potholes did leeds city council fill in 2025").messages)
    assert "still loading past responses" in first
    conv.matcher = get_matcher()
    nxt = conv.reply("ok").messages
    assert nxt[0].text.startswith("The past responses have loaded")
    assert len(nxt) > 1  # and then the answer to "ok"
    again = conv.reply("ok").messages
    assert not any(m.text.startswith("The past responses have loaded") for m in again)  # said once


async def test_lines_typed_during_the_start_up_are_answered_in_turn(tmp_path, monkeypatch):
    """A message sent in pieces, or a script typing its journey into a start-up: each line is sent once the answer
    before it is shown, as if typed then; none is given back or joined to another."""
    from askfoi.conversation import Step

    slow = AskFOIApp._boot_work

    def slowly(self):
        time.sleep(8)  # session 64: 3 s was once too short for three lines typed under a loaded CI (the premise failed)
        return slow(self)

    monkeypatch.setattr(AskFOIApp, "_boot_work", slowly)
    app = make_app(tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for line in ("how many potholes did leeds city council fill in 2025", "ok", "ok"):
            await pilot.pause(0.05)
            app.query_one("#prompt").value = line
            await pilot.press("enter")
        assert not app._booted
        for _ in range(8):
            await pilot.pause(0.5)
            await settle(pilot)
        said = [b.message.text for b in app.query("Bubble") if b.message.role == "you"]
        assert said == ["how many potholes did leeds city council fill in 2025", "ok", "ok"]
        s = app.conversation.session
        assert s.authority == "Leeds City Council" and Step.authority in s.confirmed
        assert s.step not in (Step.about, Step.authority, Step.period)
        assert app.query_one("#prompt").value == ""  # nothing given back
