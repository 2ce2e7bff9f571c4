"""sp61: a framing is kept per process (the insight panel framed the same parts six times an answer); each caller
gets its own copy, and anything the framing depends on (the day, the arguments, the user's data folder) is part
of what it is kept by."""

from __future__ import annotations

from datetime import date

from askfoi import framing
from askfoi.framing import frame_message

TEXT = "how many fly tipping reports did leeds city council get last year and how much did clearing them cost"


def test_a_caller_changing_its_framing_never_changes_the_next_one():
    first = frame_message(TEXT, today=date(2026, 3, 1))
    parts = [p.text for p in first.parts]
    assert parts
    first.parts.clear()
    first.findings.append(first.findings[0] if first.findings else None)
    again = frame_message(TEXT, today=date(2026, 3, 1))
    assert [p.text for p in again.parts] == parts
    assert again is not first


def test_kept_framing_is_the_framing_made_afresh():
    kept = frame_message(TEXT, today=date(2026, 3, 1))
    framing.forget_framings()
    fresh = framing._frame_whole(TEXT, today=date(2026, 3, 1))
    assert kept.model_dump() == fresh.model_dump()


def test_the_day_is_part_of_what_a_framing_is_kept_by():
    """"last year" is 2025 on a day in 2026 and 2026 on a day in 2027: never the first day's reading."""
    early = frame_message(TEXT, today=date(2026, 3, 1))
    late = frame_message(TEXT, today=date(2027, 3, 1))
    assert early.period != late.period
    assert "2025" in str(early.period) and "2026" in str(late.period)


def test_a_framing_is_kept_by_its_arguments():
    told = frame_message("how many potholes were reported", "Leeds City Council")
    bare = frame_message("how many potholes were reported")
    assert told.authority is not None and "Leeds" in told.authority.name
    assert bare.authority is None or "Leeds" not in bare.authority.name


def test_the_user_data_folder_is_part_of_what_a_framing_is_kept_by(monkeypatch, tmp_path):
    frame_message(TEXT)
    before = len(framing._FRAMED)
    monkeypatch.setenv("ASKFOI_DATA_DIR", str(tmp_path / "other"))
    frame_message(TEXT)
    assert len(framing._FRAMED) == before + 1  # another person's own authorities may frame it differently
