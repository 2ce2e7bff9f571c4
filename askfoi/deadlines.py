"""When an authority's reply is due, counted the way the law counts it.

FOIA and EIR count working days that exclude weekends, Christmas Day, Good Friday and the bank
holidays of every part of the UK (so a Scottish holiday delays an English council's deadline);
FOISA (and the Scottish EIR) count Scottish holidays only; a subject access request runs for one
calendar month. Day 1 is the first working day after the request is received.
"""

from __future__ import annotations

import calendar
import functools
from datetime import date, timedelta

from pydantic import BaseModel

from askfoi.models import Regime
from askfoi.templates import render

WORKING_DAYS = 20  # FOIA s10, FOISA s10, EIR reg 5(2)
# A school (maintained school or nursery school, academy, a Northern Ireland school or pupil referral unit): the FOI
# (Time for Compliance with Request) Regulations 2004, 2009 and 2010 count 20 school days, never more than 60 working days
SCHOOL_MAX_WORKING_DAYS = 60
EXTENDED_WORKING_DAYS = 40  # EIR reg 7: complex and voluminous requests; FOIA review at most
REVIEW_ASK_WITHIN = 40  # working days after the response to ask for an internal review
REVIEW_REPLY = {Regime.FOIA: 20, Regime.FOISA: 20, Regime.EIR: 40}  # EIR reg 11; EISR reg 16: 20
UK_SUBDIVISIONS = ("ENG", "SCT", "NIR")  # Wales shares England's bank holidays


class Deadline(BaseModel):
    regime: Regime
    received: date
    due: date
    working_days: int | None  # None for SAR (calendar month)
    review_request_by: date | None  # None for SAR: no statutory internal review
    review_reply_due: date | None
    explanation: str
    # Additive fields (not in the first contract):
    extended_due: date | None = None  # EIR reg 7 (40 working days); SAR: two more months
    # lead38: a school under FOIA: the 60th working day, the latest its reply can be due (20 school days, or this)
    school_latest: date | None = None
    scotland: bool = False  # counted with Scottish holidays (FOISA, Scottish EIR)


@functools.lru_cache(maxsize=256)
def _holidays(year: int, scotland: bool, own_part: bool = False) -> frozenset[date]:
    """Non-working days (other than weekends) of one year for the chosen calendar: Scotland's; every part of the UK's
    (FOIA s10(6), EIR reg 2(1)); or, OWN_PART, England and Wales's alone (a date the person must meet, counted on the
    safe side: never later than any part of the UK would count it)."""
    import holidays
    from dateutil.easter import easter

    subdivisions = ("SCT",) if scotland else (("ENG",) if own_part else UK_SUBDIVISIONS)
    days: set[date] = set()
    for subdiv in subdivisions:
        days.update(holidays.UK(subdiv=subdiv, years=year).keys())
    # Named in FOIA s10(6) and FOISA s73 apart from the bank holidays: always excluded.
    days.add(date(year, 12, 25))
    days.add(easter(year) - timedelta(days=2))
    return frozenset(days)


def is_working_day(day: date, *, scotland: bool = False, own_part: bool = False) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year, scotland, own_part and not scotland)


def add_working_days(start: date, count: int, *, scotland: bool = False, own_part: bool = False) -> date:
    """The COUNT-th working day after START (START itself never counts)."""
    day = start
    counted = 0
    while counted < count:
        day += timedelta(days=1)
        if is_working_day(day, scotland=scotland, own_part=own_part):
            counted += 1
    return day


def working_days_after(start: date, end: date, *, scotland: bool = False) -> int:
    """ui51 (nc50 #12): the working days after START up to and including END (0 when END is not after START): how
    late a reply is, counted the way its deadline is."""
    day, counted = start, 0
    while day < end:
        day += timedelta(days=1)
        counted += is_working_day(day, scotland=scotland)
    return counted


def review_request_by(replied: date, *, scotland: bool = False, latest: bool = False) -> date:
    """rv55 (nc55 #5): the last day to ask for an internal review (FOIA, under the s45 Code), a FOISA/EISR review or
    EIR reconsideration: 40 working days after the day of the reply (its own date, not the day it was read). The one computation every
    place that shows it uses (the reply screen, the tracked list, the start screen, the review letter), so they cannot
    disagree; the reply's own shorter window, when it states one, is applied by next_steps on top of it.

    lead55 (nc79 #10): it is a date the person must meet, so outside Scotland it is counted with England and Wales's
    bank holidays alone - the earliest way the authority could count it - never with every part of the UK's, which can
    make it a working day later (Scotland's 2 January, St Andrew's Day). LATEST: the statutory count (every part of
    the UK's holidays), for deciding that a review was asked for too late, where the person gets the benefit."""
    return add_working_days(replied, REVIEW_ASK_WITHIN, scotland=scotland, own_part=not latest)


def add_months(start: date, months: int) -> date:
    """The corresponding date MONTHS later; the month's last day when it has no such date."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@functools.lru_cache(maxsize=256)
def _own_holidays(year: int, subdiv: str) -> frozenset[date]:
    """The bank holidays of one part of the UK (a subject access request counts only the organisation's own)."""
    import holidays

    return frozenset(holidays.UK(subdiv=subdiv, years=year).keys())


def _next_working_day(day: date, *, scotland: bool = False, northern_ireland: bool = False) -> date:
    """The ICO's rule for a subject access request: a month that ends on a weekend or bank holiday of the
    organisation's own part of the UK (St Andrew's Day only in Scotland, 12 July only in Northern Ireland;
    England's calendar when the part is not known) runs on to the next working day."""
    subdiv = "SCT" if scotland else ("NIR" if northern_ireland else "ENG")
    while day.weekday() >= 5 or day in _own_holidays(day.year, subdiv):
        day += timedelta(days=1)
    return day


def _uses_scottish_days(regime: Regime, scotland: bool) -> bool:
    return regime == Regime.FOISA or (regime == Regime.EIR and scotland)


def _review_days(regime: Regime, scottish_days: bool) -> int:
    """Working days the authority has to answer an internal review (EISR reg 16: 20)."""
    return 20 if scottish_days else REVIEW_REPLY[regime]


def sar_nation(authority: str | None) -> tuple[bool, bool]:
    """lead43 (nc47 #9): (in Scotland, in Northern Ireland) for AUTHORITY, whose own bank holidays end a subject
    access request's month; (False, False) when it does not resolve (England's calendar)."""
    if not authority:
        return False, False
    from askfoi.authorities import resolve_authority
    from askfoi.models import Nation

    found = resolve_authority(authority)
    if found is None or not found.known:
        return False, False
    return found.nation == Nation.scotland, found.nation == Nation.northern_ireland


def due_date(received: date, regime: Regime = Regime.FOIA, *, scotland: bool = False,
             northern_ireland: bool = False, authority: str | None = None) -> date:
    """The last day for the reply. scotland=True: a Scottish authority (the EISR; a subject access request
    counts Scotland's holidays); northern_ireland=True: a subject access request to a body there. AUTHORITY: the
    body's name, from which a subject access request's part of the UK is read when it resolves."""
    regime = Regime(regime)
    if regime == Regime.SAR and authority:
        in_scotland, northern_ireland = sar_nation(authority)
        scotland = scotland or in_scotland
    if regime == Regime.SAR:
        return _next_working_day(add_months(received, 1), scotland=scotland, northern_ireland=northern_ireland)
    return add_working_days(received, WORKING_DAYS, scotland=_uses_scottish_days(regime, scotland))


def long_date(day: date) -> str:
    """'Tuesday 17 August 2021': how people write dates in a UK letter."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def plain_date(day: date) -> str:
    """(ck23b) '2 November 2026': a date as a person reads it in a list, without the weekday."""
    return f"{day.day} {day:%B %Y}"


@functools.lru_cache(maxsize=1)
def _school_words():
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("school_bodies")
    data = data if isinstance(data, dict) else {}
    import re

    def pattern(key: str):
        words = [str(w) for w in data.get(key) or []]
        return re.compile(r"(?i)\b(?:" + "|".join(words) + r")\b") if words else None
    return pattern("school"), pattern("not_school")


def is_school(name: str | None) -> bool:
    """lead38: whether the body NAME is a school or academy (knowledge/vocab/school_bodies.yaml), whose FOI reply is
    due in 20 school days, never more than 60 working days; a university, a college or a police academy is not."""
    school, not_school = _school_words()
    text = " ".join((name or "").split())
    return bool(school and school.search(text)) and not (not_school and not_school.search(text))


def deadline(received: date, regime: Regime = Regime.FOIA, *, scotland: bool = False,
             northern_ireland: bool = False, dpa_part3: bool = False, school: bool = False,
             authority: str | None = None) -> Deadline:
    """The reply date plus what follows it (extension, internal review), explained in plain words.

    The review dates assume the reply arrives on its due date: ask for a review by
    review_request_by; if asked on that last day, the review answer is due by review_reply_due.
    """
    regime = Regime(regime)
    if regime == Regime.SAR and authority:
        in_scotland, northern_ireland = sar_nation(authority)
        scotland = scotland or in_scotland
    scottish_days = _uses_scottish_days(regime, scotland)
    due = due_date(received, regime, scotland=scotland, northern_ireland=northern_ireland)
    if regime == Regime.SAR:  # two further months, ending by the same rule (UK GDPR Art 12(3)); under DPA 2018 Part 3
        # (a police force's law-enforcement records) the month is fixed: s54 lets no controller extend it
        extended = None if dpa_part3 else _next_working_day(add_months(received, 3), scotland=scotland,
                                                              northern_ireland=northern_ireland)
        review_by = review_due = None
        working_days = None
    else:
        working_days = WORKING_DAYS
        extended = (
            add_working_days(received, EXTENDED_WORKING_DAYS, scotland=scottish_days)
            if regime == Regime.EIR
            else None
        )
        review_by = review_request_by(due, scotland=scottish_days)
        # the review's answer is the authority's to give: counted by the law's calendar, from the latest day to ask
        review_due = add_working_days(review_request_by(due, scotland=scottish_days, latest=True),
                                      _review_days(regime, scottish_days), scotland=scottish_days)
    # lead38: a school's 20 days are school days (FOIA only: Scotland has no such rule, and the EIR none)
    school_latest = add_working_days(received, SCHOOL_MAX_WORKING_DAYS) if school and regime == Regime.FOIA \
        and not scottish_days else None
    text = render(
        "deadlines/explanation.txt.j2",
        regime=regime.value,
        school_latest=long_date(school_latest) if school_latest else None,
        dpa_part3=dpa_part3,
        month_end=regime == Regime.SAR and add_months(received, 1).day != received.day,
        rolled=regime == Regime.SAR and due != add_months(received, 1),
        scotland=scottish_days,
        received=long_date(received),
        due=long_date(due),
        working_days=working_days,
        extended=long_date(extended) if extended else None,
        review_by=long_date(review_by) if review_by else None,
        review_due=long_date(review_due) if review_due else None,
        review_days=None if regime == Regime.SAR else _review_days(regime, scottish_days),
    )
    return Deadline(
        regime=regime,
        received=received,
        due=due,
        working_days=working_days,
        review_request_by=review_by,
        review_reply_due=review_due,
        explanation=text.strip(),
        extended_due=extended,
        scotland=scottish_days,
        school_latest=school_latest,
    )
