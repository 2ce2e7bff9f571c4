"""rv58 (nc58 #15): the chaser says how late in working days (the unit FOI's deadline is counted in); a review written
with the original request is signed with the name the request is signed with; `explain` and `review` treat a reply
dated in the future the same way, with one line saying so."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from askfoi.deadlines import due_date, working_days_after
from askfoi.followup import chase_letter, review_letter
from tests.test_rv58_published_where import KENT_REQUEST, NAMED_WHERE

REPO = Path(__file__).resolve().parent.parent


def test_the_chaser_counts_working_days_late() -> None:
    sent, today = date(2026, 10, 1), date(2026, 12, 5)
    letter = chase_letter(sent, authority="Midland Heart", today=today, name="Jo Bloggs")
    late = working_days_after(due_date(sent), today)
    assert f"{late} working days after that date" in letter.body
    assert f"{(today - due_date(sent)).days} days after" not in letter.body


def test_a_review_with_the_request_is_signed_as_the_request_was() -> None:
    body = review_letter(NAMED_WHERE[0], request=KENT_REQUEST).body
    assert body.rstrip().endswith("Helen Marsh") and "[YOUR NAME]" not in body
    # a first name alone is not signed with (FOIA s8 needs the real name)
    body = review_letter(NAMED_WHERE[0], request=KENT_REQUEST.replace("Helen Marsh", "Helen")).body
    assert "[YOUR NAME]" in body


def _run(*args: str, text: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "askfoi.cli", *args], input=text, capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_explain_and_review_say_the_same_of_a_reply_dated_ahead() -> None:
    ahead = date.today() + timedelta(days=32)
    reply = NAMED_WHERE[0].replace("Dear Ms Marsh", f"Date: {ahead.day} {ahead:%B %Y}\n\nDear Ms Marsh")
    explained = _run("explain", "-", text=reply)
    reviewed = _run("review", "-", text=reply)
    assert explained.returncode == 0 and reviewed.returncode == 0
    note = f"is dated {ahead:%A} {ahead.day} {ahead:%B %Y}, which is in the future"
    assert note in " ".join(explained.stdout.split())
    assert note in " ".join(reviewed.stderr.split())
    assert "could not find the date" not in explained.stdout
    assert f"response of {ahead:%A} {ahead.day}" not in reviewed.stdout
