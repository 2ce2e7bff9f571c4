"""Time periods as people write them, turned into exact dates and plain-English labels."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askfoi.periods import explain_period_error, parse_period, period_choices

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("calendar year 2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("2023/24", date(2023, 4, 1), date(2024, 3, 31)),
        ("2023-24", date(2023, 4, 1), date(2024, 3, 31)),
        ("financial year 2022/23", date(2022, 4, 1), date(2023, 3, 31)),
        ("2022/23 financial year", date(2022, 4, 1), date(2023, 3, 31)),
        ("2020/21 to 2023/24", date(2020, 4, 1), date(2024, 3, 31)),
        ("academic year 2022/23", date(2022, 9, 1), date(2023, 8, 31)),
        ("school years 2020/21 to 2022/23", date(2020, 9, 1), date(2023, 8, 31)),
        ("tax year 2023/24", date(2023, 4, 6), date(2024, 4, 5)),
        ("1 Jan 2023 to 31 Dec 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("1st April 2020 until 31st March 2024", date(2020, 4, 1), date(2024, 3, 31)),
        ("01/01/2023 - 31/12/2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-01-01 to 2023-06-30", date(2023, 1, 1), date(2023, 6, 30)),
        ("January to March 2024", date(2024, 1, 1), date(2024, 3, 31)),
        ("November to February 2024", date(2023, 11, 1), date(2024, 2, 29)),
        ("Jan 2021 \u2013 Dec 2022", date(2021, 1, 1), date(2022, 12, 31)),
        ("March 2024", date(2024, 3, 1), date(2024, 3, 31)),
        ("2019-2022", date(2019, 1, 1), date(2022, 12, 31)),
        ("between 2020 and 2022", date(2020, 1, 1), date(2022, 12, 31)),
        ("from 2020 to 2022", date(2020, 1, 1), date(2022, 12, 31)),
        ("for the period 1 April 2020 to 31 March 2024", date(2020, 4, 1), date(2024, 3, 31)),
        # Relative periods count whole months / whole years, up to the end of last month.
        ("last 12 months", date(2025, 11, 1), date(2026, 10, 31)),
        ("the last 3 years", date(2023, 11, 1), date(2026, 10, 31)),
        ("past two years", date(2024, 11, 1), date(2026, 10, 31)),
        ("last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("last year", date(2025, 1, 1), date(2025, 12, 31)),
        ("last financial year", date(2025, 4, 1), date(2026, 3, 31)),
        ("the last 3 financial years", date(2023, 4, 1), date(2026, 3, 31)),
        ("this financial year", date(2026, 4, 1), TODAY),
        ("since January 2022", date(2022, 1, 1), TODAY),
        ("from 2020", date(2020, 1, 1), TODAY),
    ],
)
def test_parse_period(text, start, end):
    period = parse_period(text, today=TODAY)
    assert period is not None, text
    assert (period.start, period.end) == (start, end)


def test_label_is_plain_english():
    assert parse_period("2020/21 to 2023/24", today=TODAY).label == "1 April 2020 to 31 March 2024"
    assert parse_period("1/3/2024", today=TODAY).label == "1 March 2024"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "banana", "soon", "2023/25", "calendar year 2023/24", "31/02/2023 - 01/03/2023", "last 0 months",
     "financial year 9999", "since the pandemic", "{{ 7*7 }}"],
)
def test_nonsense_is_none_with_a_reason(text):
    assert parse_period(text, today=TODAY) is None
    assert explain_period_error(text, today=TODAY)


def test_future_and_inverted_periods_are_rejected_with_the_reason():
    assert parse_period("2030", today=TODAY) is None
    assert "future" in explain_period_error("2030", today=TODAY)
    assert parse_period("2024 to 2020", today=TODAY) is None
    assert "ends before it starts" in explain_period_error("2024 to 2020", today=TODAY)
    # Running into the future is fine as long as it has started.
    assert parse_period("2026", today=TODAY) is not None
    assert explain_period_error("2023", today=TODAY) is None


def test_period_choices_are_relative_to_today():
    choices = period_choices(TODAY)
    spans = {(p.name, p.start, p.end) for p in choices}
    assert ("Last calendar year", date(2025, 1, 1), date(2025, 12, 31)) in spans
    assert ("Last financial year", date(2025, 4, 1), date(2026, 3, 31)) in spans
    assert ("Last 12 months", date(2025, 11, 1), date(2026, 10, 31)) in spans
    assert ("Last 3 financial years", date(2023, 4, 1), date(2026, 3, 31)) in spans
    # Before 1 April, the last whole financial year is the one before.
    early = {p.name: p for p in period_choices(date(2026, 2, 10))}
    assert (early["Last financial year"].start, early["Last financial year"].end) == (date(2024, 4, 1), date(2025, 3, 31))
    # Every choice reads back as the same period.
    for p in choices:
        again = parse_period(p.label, today=TODAY)
        assert (again.start, again.end) == (p.start, p.end)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_period_or_none_never_an_error(text):
    period = parse_period(text, today=TODAY)
    assert period is None or period.start <= period.end
