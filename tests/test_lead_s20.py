"""Lead fixes of session 20, each from a newcomer's session (nu22) or from trying the product."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static

from askfoi.reply_flow import ReplyFlow
from askfoi.tracking import TrackStore
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen


async def _settle(pilot, n: int = 6) -> None:
    for _ in range(n):
        await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_date_typed_after_the_filled_in_organisation_is_not_glued_to_its_name(tmp_path, monkeypatch):
    """nu22: the tracking box held "Sheffield City Council" and the person typed "12 september": the box read
    "Sheffield City Council12 september" and nothing was tracked. The first line asks for the day they sent it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    app = AskFOIApp(today=lambda: date(2026, 11, 30), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        app.query_one("#prompt", Input).value = "sheffield city council still havent answered my foi request"
        await pilot.press("enter")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        first = str(screen.query_one("#reply-message", Static).render())
        assert "day you sent" in first and not first.startswith("Paste the reply")
        assert screen.focused is screen.query_one("#reply-sent", Input)
        await pilot.press(*"12", "space", *"september")
        assert screen.query_one("#reply-sent", Input).value == "Sheffield City Council 12 september"
        await pilot.press("enter")
        await _settle(pilot)
        assert screen.flow.sent == date(2026, 9, 12)
        assert screen.flow.authority == "Sheffield City Council"


def test_ok_typed_after_the_filled_in_date_confirms_it(tmp_path):
    for typed in ("Kent Police 02/10/2026ok", "Kent Police 02/10/2026 ok", "Kent Police 02/10/2026 yes.",
                  "Kent Police 02/10/2026 OKAY"):
        flow = ReplyFlow(today=lambda: date(2026, 11, 30), tracker=TrackStore(path=tmp_path / f"t{len(typed)}.json"))
        flow.track(typed)
        assert flow.sent == date(2026, 10, 2), typed
        assert flow.authority == "Kent Police", typed


def test_a_tracked_subject_access_request_is_chased_under_the_uk_gdpr(tmp_path, monkeypatch, capsys):
    """nu22: `track list` suggested an FOI chaser (no --regime) for a tracked SAR; `track add --regime SAR` was
    refused. A Scottish EIR request is chased as one (--scotland: EISR)."""
    from askfoi.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["track", "add", "Kent County Council", "--sent", "2026-10-15", "--regime", "sar"]) == 0
    assert main(["track", "add", "Highland Council", "--sent", "2026-09-01", "--regime", "EIR"]) == 0
    capsys.readouterr()
    assert main(["track", "list"]) == 0
    out = capsys.readouterr().out
    assert '--authority "Kent County Council" --regime SAR)' in out
    assert '--authority "Highland Council" --regime EIR --scotland)' in out
