"""SVG snapshots of the "I've had a reply" screen at 80x24 (pytest-textual-snapshot); regenerate with
`pytest tests/test_reply_snapshots.py --snapshot-update` after a deliberate change and look at the SVGs."""

from __future__ import annotations

from datetime import date

from textual.widgets import TextArea

from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import settle

TODAY = date(2026, 1, 5)
MIXED = "Q1. 14 officers.\nQ2. We do not hold this information.\nQ3. The names are exempt under section 40(2)."


def make_app() -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, store=MemoryStore(), load_matcher=False, clinic=True)


async def _read(pilot) -> None:
    await settle(pilot)
    await pilot.press("f9")
    await settle(pilot)
    pilot.app.screen.query_one("#reply-text", TextArea).text = MIXED
    await pilot.click("#reply-read")
    await settle(pilot)


def test_reply_read_part_by_part(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_read)
