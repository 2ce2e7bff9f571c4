"""SVG snapshots of the main screens at 80x24 and 160x48 (pytest-textual-snapshot).

Regenerate after a deliberate change with `pytest tests/test_snapshots.py --snapshot-update` and
look at the SVGs before committing them. The date is fixed and the cursor does not blink, so the
same code and knowledge pack always draw the same screens.
"""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import loaded, say, settle

TODAY = date(2026, 1, 5)
SIZES = [(80, 24), (160, 48)]


def make_app() -> AskFOIApp:
    # lead47: the finished letter names the folder /save writes to (cl55): a fixed one, so the screens are the same in
    # every checkout (nothing is saved in these tests)
    from pathlib import Path

    return AskFOIApp(today=lambda: TODAY, store=MemoryStore(), save_folder=Path("/home/you/letters"))


async def to_letter(pilot) -> None:
    await settle(pilot)
    await say(pilot, "Why did you start using facial recognition vans?", "Essex Police", "2023", "ok")
    while pilot.app.conversation.session.step == Step.review:
        await say(pilot, "ok")
    await say(pilot, "1", "Jo Bloggs", "skip")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_greeting(snap_compare, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=settle)


def test_first_answer_with_insight(snap_compare):
    async def run_before(pilot):
        await loaded(pilot)  # sp61: the similar requests are shown once the past responses are loaded
        await say(pilot, "Do you use facial recognition cameras? How much did they cost?")

    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_finished_letter(snap_compare, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=to_letter)


def test_letter_panel_on_a_small_screen(snap_compare):
    async def run_before(pilot):
        await to_letter(pilot)
        await pilot.press("f2")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_saving_choice_at_the_first_start(snap_compare, monkeypatch):
    # nz88: the first start asks what askfoi keeps (a fixed data folder named: nothing is written before the choice)
    monkeypatch.setenv("ASKFOI_DATA_DIR", "/home/you/.local/share/askfoi")
    from pathlib import Path

    app = AskFOIApp(today=lambda: TODAY, save_folder=Path("/home/you/letters"), load_matcher=False, ask_saving=True)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
