"""lead51 (nc67 #10): when the last day to ask for a review (or EIR reconsideration) is today or tomorrow, the step
says so, so nobody reads a date and misses it."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.deadlines import review_request_by
from askfoi.models import Outcome, Regime
from askfoi.next_steps import next_steps

TODAY = date(2026, 12, 7)  # a Monday


def _review(received: date, regime=Regime.FOIA):
    return next(s for s in next_steps(Outcome.refused, regime, received=received, today=TODAY) if s.kind == "review")


@pytest.mark.parametrize("left, word", [(0, "today"), (1, "tomorrow")])
def test_the_last_days_are_said(left, word):
    received = next(d for d in (date(2026, 10, 1).fromordinal(date(2026, 10, 1).toordinal() + k) for k in range(90))
                    if review_request_by(d) == date.fromordinal(TODAY.toordinal() + left))
    step = _review(received, Regime.EIR)
    assert f"({word})" in step.title and "send it today" in step.explanation


def test_a_date_weeks_away_is_not_pressed():  # guard: unchanged from main
    step = _review(date(2026, 11, 30))
    assert "(today)" not in step.title and "(tomorrow)" not in step.title and "send it today" not in step.explanation
