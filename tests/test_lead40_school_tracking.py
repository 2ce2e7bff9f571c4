"""lead40: a tracked request to a school is not shown overdue once 20 working days pass: its 20 days are school days
(term dates are unknown), so it is late for certain only after its 60th working day; in between the list says so and
still offers the chaser. A council's request is overdue after 20 working days as before."""

from datetime import date

from askfoi.templates import render
from askfoi.tracking import TrackedRequest, status_row, statuses
from askfoi.deadlines import add_working_days
from askfoi.models import Regime


def _req(authority: str, sent: date) -> TrackedRequest:
    return TrackedRequest(id=authority[:6].lower(), authority=authority, sent=sent, due=add_working_days(sent, 20),
                          regime=Regime.FOIA)


def test_a_school_between_its_20th_and_60th_working_day_is_not_overdue():
    today = date(2026, 12, 4)
    rows = {s.request.authority: s for s in statuses([_req("Hamstead Hall Academy", date(2026, 10, 20)),
                                                      _req("Leeds City Council", date(2026, 10, 20))], today)}
    school, council = rows["Hamstead Hall Academy"], rows["Leeds City Council"]
    assert council.overdue and not council.school_maybe_late
    assert not school.overdue and school.school_maybe_late and school.offer == "chase"
    text = render("tracking/list.txt.j2", rows=[status_row(s) for s in rows.values()])
    school_lines = text.split("Hamstead Hall Academy (sent", 1)[1]
    assert "OVERDUE" not in school_lines.split("\n\n")[0]
    assert "closed" in school_lines and "chase" in school_lines


def test_a_school_after_its_60th_working_day_is_overdue():
    sent = date(2026, 6, 1)
    (school,) = statuses([_req("Hamstead Hall Academy", sent)], date(2026, 12, 4))
    assert school.overdue and not school.school_maybe_late
