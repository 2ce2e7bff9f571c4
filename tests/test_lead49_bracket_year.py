"""lead49 (fx61's Hambleton request): a year in brackets straight after a month ("1 January [2014]", an editor's
insertion in a quoted request; "since 1 January (2014)") is that month's year, and the period's words take the closing
bracket; a title's year in brackets ("the Act (2000)") is still no period."""

from datetime import date

import pytest

from askfoi.periods import find_periods

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text, label, written", [
    ("please provide the figures from 1 January [2014] to 31 December [2014]", "1 January 2014 to 31 December 2014",
     "from 1 January [2014] to 31 December [2014]"),
    ("the complaints received since 1 January (2014)", "1 January 2014 to 5 December 2026", "since 1 January (2014)"),
])
def test_a_bracketed_year_is_the_months(text, label, written):
    assert find_periods(text, TODAY) == [(label, written, (text.index(written), text.index(written) + len(written)))]


def test_a_titles_year_in_brackets_is_no_period():
    assert [f[0] for f in find_periods("under the Act (2000), how many requests since 2020", TODAY)] == \
        ["1 January 2020 to 5 December 2026"]
