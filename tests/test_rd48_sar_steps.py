"""rd48 (issue 10): what comes after a subject access request, wherever askfoi says it.

domain.md: a subject access request (UK GDPR Art. 15) is not FOI; it is answered within one calendar month (Art. 12(3)),
extendable by two; there is no statutory internal review, so after a reply the next step is to tell the organisation
what is missing and then complain to the Information Commissioner's Office - never "ask for an internal review within
40 working days", a section 10 deadline or a section 50 complaint. Checked: the next steps (askfoi.next_steps), the
calendar event of a SAR tracked as replied, and the tracked list and `track replied` line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from askfoi.models import Outcome, Regime
from askfoi.next_steps import next_steps
from askfoi.tracking import TrackingRefused, TrackStore, ics, statuses

ROOT = Path(__file__).resolve().parent.parent
FOI_WORDS = ("internal review", "section 10", "section 50", "working days", "Freedom of Information")


def _said(steps) -> str:
    # "no statutory internal review" says that there is none: the FOI words are looked for in the rest
    return " ".join(f"{s.title} {s.explanation}" for s in steps).replace("no statutory internal review", "NO-REVIEW")


@pytest.mark.parametrize("outcome", [Outcome.part_disclosed, Outcome.refused, Outcome.not_held])
def test_after_a_sar_reply_no_foi_step_and_the_ico_is_next(outcome):
    steps = next_steps(outcome, Regime.SAR, sent=date(2026, 9, 1), received=date(2026, 9, 25),
                       today=date(2026, 9, 28))
    said = _said(steps)
    assert not [w for w in FOI_WORDS if w in said], said
    assert not [s for s in steps if s.kind == "review" or s.letter == "review"]
    assert any(s.kind == "commissioner" for s in steps) and "Information Commissioner" in said
    assert "NO-REVIEW" in said


def test_a_late_sar_reply_is_counted_in_a_calendar_month():
    # sent 1 September: due Thursday 1 October 2026 (one calendar month), answered 20 October
    steps = next_steps(Outcome.disclosed, Regime.SAR, sent=date(2026, 9, 1), received=date(2026, 10, 20),
                       today=date(2026, 10, 21))
    said = _said(steps)
    assert "Thursday 1 October 2026" in said and "one calendar month" in said
    assert not [w for w in FOI_WORDS if w in said], said


def test_no_sar_reply_yet_waits_a_month_then_a_reminder_and_the_ico():
    waiting = next_steps(Outcome.pending, Regime.SAR, sent=date(2026, 9, 1), today=date(2026, 9, 10))
    assert [s.kind for s in waiting] == ["wait"] and waiting[0].by == date(2026, 10, 1)
    late = next_steps(Outcome.pending, Regime.SAR, sent=date(2026, 9, 1), today=date(2026, 10, 12))
    said = _said(late)
    assert [s.kind for s in late] == ["chase", "commissioner"]
    assert not [w for w in FOI_WORDS if w in said], said
    assert "data protection officer" in said


def test_a_sar_tracked_as_replied_has_no_review_day(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    r = store.add("Kent Police", date(2026, 9, 1), regime=Regime.SAR)
    r = store.replied(r.id, date(2026, 9, 25))
    row = statuses([r], today=date(2026, 9, 28))[0]
    assert row.offer == "none"
    with pytest.raises(TrackingRefused) as refused:
        ics(r)
    assert "no internal review" in str(refused.value) and "ICO" in str(refused.value)
    # an FOI request tracked as replied keeps its review day
    foi = store.replied(store.add("Kent Police", date(2026, 9, 1), title="b").id, date(2026, 9, 25))
    assert "Last day to ask for a review" in ics(foi)


def test_the_cli_says_no_review_for_a_sar_replied(tmp_path):
    env = dict(os.environ, ASKFOI_DATA_DIR=str(tmp_path))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "askfoi.cli", *args], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=120)

    added = cli("track", "add", "Kent Police", "--sent", "1/9/2026", "--regime", "SAR")
    assert added.returncode == 0, added.stderr
    ident = added.stdout.split()[1].rstrip(":")
    replied = cli("track", "replied", ident, "--on", "25/9/2026")
    assert replied.returncode == 0, replied.stderr
    assert "review" not in replied.stdout.replace("no internal review", "") and "ICO" in replied.stdout
    listed = cli("track", "list")
    assert "ask for a review" not in listed.stdout and "askfoi review" not in listed.stdout


def test_eir_and_eisr_steps_use_their_own_words():
    # EIR: "reconsideration" (regulation 11), never "a review"; EISR: section 47 as applied by regulation 17
    eir = _said(next_steps(Outcome.cost_limit, Regime.EIR, sections=["EIR 12(4)(b)"], received=date(2026, 10, 20),
                           today=date(2026, 10, 21)))
    assert "reconsider" in eir and "for a review" not in eir and "regulation 9 of the EIR" in eir
    eisr = _said(next_steps(Outcome.pending, Regime.EIR, scotland=True, sent=date(2026, 9, 1), today=date(2026, 10, 5)))
    assert "as applied by regulation 17 of the EISR" in eisr and "Scottish Information Commissioner" in eisr
