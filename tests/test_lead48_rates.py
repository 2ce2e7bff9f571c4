"""lead48 (nc58 #3b): "how much the council pays per bed per week" became "The cost per bed, broken down by week": a
price asked as a rate (a "per" unit that is not time beside it, or what a body pays / charges / costs asked in the
present) keeps its time unit as the rate's unit, never a week-by-week breakdown; spend over time asked per month or
year is still broken down."""

from datetime import date

import pytest

from askfoi.framing import frame_message


def part(text):
    parts = frame_message(text, today=date(2026, 12, 5)).parts
    assert len(parts) == 1
    return parts[0]


@pytest.mark.parametrize("text", [
    "how much does Kent County Council pay per bed per week at Rosewood Court care home",
    "how much does the council pay per bed per week",
    "how much does the council pay care homes per week for each resident",
    "how much does the council pay care homes per week",
])
def test_a_rate_keeps_its_unit(text):
    p = part(text)
    assert "per week" in p.text and "broken down by week" not in p.text
    assert p.qualifiers.breakdown is None


@pytest.mark.parametrize("text,unit", [
    ("how much was spent on agency staff per month", "month"),
    ("how many fines were issued per month", "month"),
    ("how much did the council spend on taxis per year since 2020", "year"),
])
def test_spend_over_time_is_still_broken_down(text, unit):
    assert part(text).qualifiers.breakdown == unit
