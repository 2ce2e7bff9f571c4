"""fx98 (fx94 Thurrock school buses, issue 8): "the school years starting 2019 and also 2018" names two school years by
the calendar year each starts in, and "the financial years ending 2023 and 2024" two financial years by the year each
ends in (askfoi/periods.py). Read before as "starting 2019" (2019 to today) and a calendar 2018, and the part kept
"in the school years" with its years lost."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.periods import find_periods

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text, period", [
    # the fx94 message's sentence, then my own words of the same shape
    ("I'd also like to know how many were used in the school years starting 2019 and also 2018.",
     "1 September 2018 to 31 August 2020"),
    ("How many pupils were excluded in the academic years beginning 2021 and 2022?", "1 September 2021 to 31 August 2023"),
    ("How many library books were lent in the financial years ending 2023 and 2024?", "1 April 2022 to 31 March 2024"),
    ("What did the council spend on agency staff in the financial year ending 2024?", "1 April 2023 to 31 March 2024"),
])
def test_a_kind_of_year_named_by_the_year_it_starts_or_ends_in(text, period):
    assert [p[0] for p in find_periods(text, today=TODAY)] == [period]


def test_the_part_keeps_its_years():
    framing = frame_message("How many pupils were excluded in the school years starting 2021 and 2022?", today=TODAY)
    assert framing.period == "1 September 2021 to 31 August 2023"
    assert not any(p.text.rstrip(".").endswith("in the school years") for p in framing.parts)


# guards: what must not change
@pytest.mark.parametrize("text, period", [
    ("in the financial year ending 31 March 2020", "1 April 2019 to 31 March 2020"),
    ("the school years 2019 and 2018", "1 September 2018 to 31 August 2020"),
    ("in the 2022/23 financial year", "1 April 2022 to 31 March 2023"),
    ("in 2019 and 2021", "1 January 2019 to 31 December 2021"),
])
def test_other_kind_years_read_as_before(text, period):
    assert [p[0] for p in find_periods(text, today=TODAY)] == [period]
