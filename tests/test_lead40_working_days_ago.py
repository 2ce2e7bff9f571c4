"""lead40 (nc43 #15): "i asked sefton council ... 30 working days ago" fills the day it was sent, counted back in
working days, as "six weeks ago" does in weeks."""

from datetime import date

from askfoi.deadlines import add_working_days
from askfoi.pasted_reply import sent_day

TODAY = date(2026, 12, 4)


def test_working_days_ago_counts_back_working_days():
    day = sent_day("i asked sefton council for the number of potholes repaired 30 working days ago and havent heard "
                   "anything", TODAY)
    assert day is not None and add_working_days(day, 30) == TODAY


def test_plain_days_and_weeks_are_unchanged():
    assert sent_day("10 days ago", TODAY) == date(2026, 11, 24)
    assert sent_day("six weeks ago", TODAY) == date(2026, 10, 23)
