"""lead38: a school or academy has 20 school days, never more than 60 working days, to answer an FOI request (FOI (Time
for Compliance with Request) Regulations 2004, 2009, 2010); other bodies, and Scotland, keep 20 working days. Found in a
school's FOI page while building a held-out set (cx41); domain.md gives only 20 working days."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.deadlines import add_working_days, deadline, is_school
from askfoi.letter import draft_letter
from askfoi.models import Regime

SENT = date(2026, 7, 10)  # the summer holidays follow: the case the rule is for


@pytest.mark.parametrize("name", ["Park View Primary School", "Harris Academy Peckham", "Ark Schools",
                                  "St Mary's Catholic Primary School, Bolton", "Oakwood Academy Trust"])
def test_schools_and_academies_are_schools(name):
    assert is_school(name)


@pytest.mark.parametrize("name", ["University of Leeds", "Leeds City College", "London School of Economics",
                                  "Leeds City Council", "Essex Police", "College of Policing", "Department for Education"])
def test_other_bodies_are_not(name):
    assert not is_school(name)


def test_a_school_letter_gives_the_sixty_working_day_limit():
    letter = draft_letter(Answers(authority="Park View Primary School", parts=["The number of pupils excluded."]),
                          today=SENT)
    latest = add_working_days(SENT, 60)
    assert "school days" in letter.deadline_explanation
    assert f"{latest.day} {latest:%B %Y}" in letter.deadline_explanation


def test_a_council_letter_says_nothing_of_school_days():
    letter = draft_letter(Answers(authority="Leeds City Council", parts=["The number of pupils excluded."]), today=SENT)
    assert "school days" not in letter.deadline_explanation


def test_scotland_has_no_school_day_rule():
    assert deadline(SENT, Regime.FOISA, scotland=True, school=True).school_latest is None
    assert deadline(SENT, Regime.FOIA, school=True).school_latest == add_working_days(SENT, 60)


def test_a_chaser_to_a_school_counts_school_days_and_the_sixty_day_limit():
    from askfoi.followup import chase_letter

    early = chase_letter(date(2026, 11, 2), authority="Park View Primary School", today=date(2026, 12, 4)).body
    assert "20 school days" in early and "60 working days" in early and "20 working days" not in early
    assert "unless the school was closed" in early  # past 20 working days, not yet past 60: not late for certain
    late = chase_letter(date(2026, 7, 1), authority="Park View Primary School", today=date(2026, 12, 4)).body
    assert "unless the school was closed" not in late and "I have not yet received a reply." in late
    council = chase_letter(date(2026, 11, 2), authority="Leeds City Council", today=date(2026, 12, 4)).body
    assert "school days" not in council and "20 working days" in council


def test_the_tracked_list_gives_a_schools_latest_date():
    from askfoi.tracking import TrackedRequest, status_row, statuses
    from askfoi.templates import render

    school = TrackedRequest(id="a1", authority="Park View Primary School", sent=date(2026, 11, 20))
    council = TrackedRequest(id="b2", authority="Leeds City Council", sent=date(2026, 11, 20))
    rows = {s.request.id: s for s in statuses([school, council], today=date(2026, 12, 4))}
    assert rows["a1"].school_latest == add_working_days(date(2026, 11, 20), 60)
    assert rows["b2"].school_latest is None
    for template in ("tracking/list.txt.j2", "tracking/screen.txt.j2"):
        said = render(template, rows=[status_row(rows["a1"]), status_row(rows["b2"])])
        assert said.count("20 school days") == 1
