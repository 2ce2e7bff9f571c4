"""ui51 (nc50 #12): a late reply is counted the way its deadline is (working days, with the calendar days beside them;
calendar days for a subject access request), the same in `askfoi track list` and the chat's tracker; `askfoi chase
--request` takes the request's words as well as a file, and the chaser names what was asked."""
from datetime import date

from askfoi.cli import main
from askfoi.deadlines import working_days_after
from askfoi.models import Regime
from askfoi.templates import render
from askfoi.tracking import TrackStore, status_row, statuses

TODAY = date(2026, 12, 5)  # a Saturday


def test_working_days_after_counts_the_days_the_deadline_counts():
    # 18 November to 5 December 2026: 13 working days in England (Monday 30 November counts), 12 in Scotland (St
    # Andrew's Day, a Scottish bank holiday, does not) -- FOIA leaves out a bank holiday in any part of the UK
    assert working_days_after(date(2026, 11, 17), TODAY, scotland=True) == 12
    assert working_days_after(date(2026, 11, 17), TODAY) == 12  # the UK-wide calendar FOIA uses
    assert working_days_after(date(2026, 11, 20), date(2026, 11, 23)) == 1
    assert working_days_after(TODAY, TODAY) == 0


def test_the_list_and_the_chats_tracker_say_working_days(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    store.add("Thames Water", date(2026, 10, 20), regime=Regime.EIR)
    store.add("Leeds City Council", date(2026, 9, 20), regime=Regime.SAR)
    rows = [status_row(s) for s in statuses(store.load(), TODAY)]
    for name in ("tracking/list.txt.j2", "tracking/screen.txt.j2"):
        text = render(name, rows=rows)
        assert "12 working days late (18 calendar days; it was due 17 November 2026)" in text, text
        assert "46 days late (it was due 20 October 2026)" in text  # a month's deadline: calendar days
        assert "OVERDUE by" not in text


def test_chase_takes_the_requests_words(capsys, tmp_path):
    assert main(["chase", "--sent", "2026-10-01", "--authority", "Kent County Council",
                 "--request", "how many potholes did you repair in 2025"]) == 0
    assert "how many potholes did you repair in 2025" in capsys.readouterr().out
    path = tmp_path / "request.txt"
    path.write_text("1. The number of potholes repaired in 2025.\n2. The cost of the repairs.\n", encoding="utf-8")
    assert main(["chase", "--sent", "2026-10-01", "--authority", "Kent County Council", "--request", str(path)]) == 0
    out = capsys.readouterr().out
    assert "The cost of the repairs" in out
    assert main(["chase", "--sent", "2026-10-01", "--authority", "Kent County Council", "--request", "nofile.txt"]) == 2
