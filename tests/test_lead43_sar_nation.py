"""lead43 (nc47 #9, #15): a subject access request's month ends by the bank holidays of the body's own part of the UK,
wherever the body is known (the chaser, the letter, a tracked request, `askfoi deadline --authority`); a day written in
words with its year ("31 january 2027") is a date, even in the future."""
from datetime import date

import pytest

from askfoi.commands._io import UserError
from askfoi.commands.deadline import parse_date
from askfoi.deadlines import due_date
from askfoi.models import Regime
from askfoi.tracking import TrackedRequest


def test_northern_ireland_holiday_moves_a_sar_month():
    # 12 July 2026 is a Sunday: Northern Ireland's holiday falls on Monday 13 July, so the month runs to Tuesday 14 July
    assert due_date(date(2026, 6, 12), Regime.SAR, authority="Police Service of Northern Ireland") == date(2026, 7, 14)
    assert due_date(date(2026, 6, 12), Regime.SAR, authority="Essex Police") == date(2026, 7, 13)
    assert due_date(date(2026, 6, 12), Regime.SAR) == date(2026, 7, 13)


def test_st_andrews_day_moves_a_scottish_sar_month():
    assert due_date(date(2026, 10, 30), Regime.SAR, authority="Glasgow City Council") == date(2026, 12, 1)
    assert due_date(date(2026, 10, 30), Regime.SAR, authority="Leeds City Council") == date(2026, 11, 30)


def test_foi_working_days_unchanged_by_authority():
    # FOIA counts a bank holiday anywhere in the UK for every body (s10(6)): the body's nation changes nothing
    assert due_date(date(2026, 11, 5), Regime.FOIA, authority="Police Service of Northern Ireland") == \
        due_date(date(2026, 11, 5), Regime.FOIA)


def test_tracked_sar_and_chaser_use_the_bodys_holidays():
    tracked = TrackedRequest(id="x", authority="Police Service of Northern Ireland", sent=date(2026, 6, 12),
                             regime=Regime.SAR)
    assert tracked.due == date(2026, 7, 14)
    from askfoi.followup import _sar_chase_letter

    letter = _sar_chase_letter(date(2026, 6, 12), authority="Police Service of Northern Ireland", name="Jo Bloggs",
                               reference=None, today=date(2026, 12, 5), to=None, reply_to=None, topic=None,
                               scotland=False)
    assert "Tuesday 14 July 2026" in letter.body


@pytest.mark.parametrize("typed, expected", [
    ("31 january 2027", date(2027, 1, 31)), ("31st Jan 2027", date(2027, 1, 31)),
    ("January 31, 2027", date(2027, 1, 31)), ("2026-03-31", date(2026, 3, 31)),
])
def test_dates_in_words(typed, expected):
    assert parse_date(typed, date(2026, 12, 5)) == expected


@pytest.mark.parametrize("typed", ["31 foo 2027", "30 february 2027"])
def test_not_dates(typed):
    with pytest.raises(UserError):
        parse_date(typed, date(2026, 12, 5))
