"""lf58 (rv55's note, issue 10.3): a school's or academy's FOI reply is due in 20 school days, never more than 60
working days (FOIA s10 with the Freedom of Information (Time for Compliance with Request) Regulations). askfoi does
not know a school's days without sessions, so after the 20th working day the reply is late only perhaps, and for certain
after the 60th: the next steps say so and how the days are counted, never one wrong date."""

from __future__ import annotations

from datetime import date

from askfoi.deadlines import add_working_days, due_date, long_date
from askfoi.models import Outcome, Regime
from askfoi.next_steps import next_steps
from askfoi.reply_explain import explain_reply

SENT = date(2026, 9, 28)
TWENTIETH = due_date(SENT, Regime.FOIA)
SIXTIETH = add_working_days(SENT, 60)
REPLY = ("Dear Ms Patel,\n\nFreedom of Information request\n\nThank you for your request. We do not hold the information "
         "you asked for: the academy does not record exclusions by ethnicity.\n\nYours sincerely,\nOakwood Academy")


def _late_step(received: date, authority: str):
    explained = explain_reply(REPLY, authority=authority, sent=SENT, received=received, today=received)
    return [s for s in explained.next_steps if "late" in s.title.lower()]


def test_a_school_reply_between_the_20th_and_60th_working_day_is_late_only_perhaps():
    received = date(2026, 11, 10)
    assert TWENTIETH < received < SIXTIETH
    steps = _late_step(received, "Oakwood Academy")
    assert steps and "may have" in steps[0].title.lower(), [s.title for s in steps]
    said = steps[0].explanation
    assert "20 school days" in said and long_date(SIXTIETH) in said and "had until" not in said
    # the same reply from a council is late, from its 20th working day
    council = _late_step(received, "Leeds City Council")
    assert council and council[0].title == "The reply came late" and long_date(TWENTIETH) in council[0].explanation


def test_a_school_reply_after_the_60th_working_day_is_late_counted_from_it():
    received = add_working_days(SIXTIETH, 5)
    steps = _late_step(received, "Park View Primary School")
    assert steps and steps[0].title == "The reply came late" and steps[0].by == SIXTIETH
    assert "20 school days" in steps[0].explanation


def test_waiting_for_a_school_names_the_latest_day_and_how_it_is_counted():
    waiting = next_steps(Outcome.pending, Regime.FOIA, sent=SENT, today=date(2026, 10, 20), school=True)
    assert "school" in waiting[0].title and long_date(SIXTIETH) in waiting[0].title
    overdue = next_steps(Outcome.pending, Regime.FOIA, sent=SENT, today=date(2026, 11, 10), school=True)
    assert overdue[0].kind == "chase" and "unless the school was closed" in overdue[0].explanation
    assert len(overdue) == 1  # no ICO complaint offered before the 60th working day
