"""lead43: a figure for one year compared with another ("spend ... in 2024/25 compared to 2023/24") asks for the
figure in each year from the earlier to the later, and no further (never "in 2024/25, broken down by financial
year" over a period that runs on to the latest year)."""
from datetime import date

from askfoi import comparisons
from askfoi.framing import frame_message


def test_two_financial_years():
    f = frame_message("how much did nottingham city council spend on agency social workers in 2024/25 compared to 2023/24",
                      today=date(2026, 12, 5))
    assert f.period == "1 April 2023 to 31 March 2025"
    assert [p.text for p in f.parts] == ["The total amount spent on agency social workers, broken down by financial year."]


def test_one_year_named_runs_to_the_latest():
    f = frame_message("how much did kent county council spend on agency staff compared to 2019", today=date(2026, 12, 5))
    assert f.period == "1 January 2019 to 31 December 2025"


def test_read_keeps_the_first_sides_year():
    c = comparisons.read("agency social workers in 2024/25 compared to 2023/24")
    assert c.first == "agency social workers" and c.year == 2023 and c.other_year == 2024
    span = comparisons.years_span(c, date(2026, 12, 5), (date(2024, 4, 1), date(2025, 3, 31)))
    assert span == (date(2023, 4, 1), date(2025, 3, 31))
