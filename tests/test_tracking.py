"""Tracked requests: stored only when asked, 0600, surviving a restart, overdue first, .ics export,
nothing in clinic mode."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timezone

import pytest

from askfoi.cli import main
from askfoi.models import Regime
from askfoi.tracking import TrackingRefused, TrackStore, ics, statuses

TODAY = date(2025, 3, 10)


def test_tracked_list_survives_a_restart(tmp_path):
    path = tmp_path / "tracked.json"
    first = TrackStore(path)
    a = first.add("Kent County Council", date(2025, 1, 6), title="Pothole claims")
    b = first.add("Police Scotland", date(2025, 3, 3), regime=Regime.FOISA)
    again = TrackStore(path)  # a new process reading the same file
    assert [r.id for r in again.load()] == [a.id, b.id]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_overdue_first_with_days_left_and_offers(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    later = store.add("Police Scotland", date(2025, 3, 3), regime=Regime.FOISA)
    late = store.add("Kent County Council", date(2025, 1, 6))
    rows = statuses(store.load(), TODAY)
    assert [r.request.id for r in rows] == [late.id, later.id]
    assert rows[0].overdue and rows[0].offer == "chase" and rows[0].due == date(2025, 2, 3)
    assert rows[0].days_left == (date(2025, 2, 3) - TODAY).days
    assert not rows[1].overdue and rows[1].offer == "wait" and rows[1].days_left > 0


def test_a_reply_moves_the_date_to_the_review(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    r = store.add("Kent County Council", date(2025, 1, 6))
    store.replied(r.id, date(2025, 3, 3))
    [row] = statuses(store.load(), TODAY)
    assert row.offer == "review" and row.due == date(2025, 4, 30)  # lead55: without NI's 17 March, the safe side
    store.done(r.id)
    assert statuses(store.load(), TODAY) == []


def test_clinic_mode_stores_nothing(tmp_path):
    store = TrackStore(tmp_path / "t.json", clinic=True)
    with pytest.raises(TrackingRefused):
        store.add("Kent County Council", date(2025, 1, 6))
    assert store.load() == [] and not (tmp_path / "t.json").exists()


def test_damaged_file_is_an_empty_list(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("{not json", encoding="utf-8")
    assert TrackStore(path).load() == []


def test_ics_is_an_all_day_event_with_escaped_text(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    r = store.add("Council; of, the \x1b[31mIsles", date(2025, 1, 6), title="A" * 150)
    text = ics(r, now=datetime(2025, 1, 6, tzinfo=timezone.utc))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20250203" in text
    assert "\x1b" not in text and "Council\\; of\\, the" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_track_cli(capsys):
    assert main(["track", "add", "Kent County Council", "--sent", "2025-01-06", "--title", "Potholes"]) == 0
    capsys.readouterr()
    assert main(["track", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["overdue"] and row["offer"] == "chase"
    assert main(["track", "list"]) == 0
    assert "OVERDUE" in capsys.readouterr().out
    assert main(["track", "ics", row["id"]]) == 0
    assert "BEGIN:VEVENT" in capsys.readouterr().out
    assert main(["track", "done", "nope"]) == 2
    assert main(["--clinic", "track", "add", "X", "--sent", "2025-01-06"]) == 2


def test_a_request_sent_outside_askfoi_is_tracked_from_the_organisation_and_the_day_typed_together(tmp_path):
    from datetime import date

    from askfoi.reply_flow import ReplyFlow, day_and_body
    from askfoi.tracking import TrackStore

    assert day_and_body("I sent it to Leeds City Council on 3 Nov 2026") == (date(2026, 11, 3), "Leeds City Council")
    assert day_and_body("sometime last month")[0] is None
    flow = ReplyFlow(today=lambda: date(2026, 11, 30), tracker=TrackStore(tmp_path / "tracked.json"))
    flow.start()
    flow.track("Home Office 14/10/2026")
    assert flow.authority == "Home Office" and flow.sent == date(2026, 10, 14)
    letter = flow.write("chase")
    assert "Home Office" in letter.message + (flow.letter.body if flow.letter else "")
    assert flow.letter is not None and "Section 10" in flow.letter.body


def test_the_same_request_tracked_twice_is_kept_once(tmp_path):
    store = TrackStore(tmp_path / "tracked.json")
    first = store.add("Welsh Government", date(2026, 10, 15), title="rural bus subsidies")
    again = store.add("welsh government", date(2026, 10, 15), title="rural bus subsidies")
    assert again.id == first.id and len(store.load()) == 1
    other = store.add("Welsh Government", date(2026, 10, 16), title="rural bus subsidies")
    assert other.id != first.id and len(store.load()) == 2
