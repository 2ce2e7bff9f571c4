"""Lead fixes of session 21 (nu24's review of b188a8c). Wordings written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.periods import stated_periods

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, label", [
    ("how much did sheffield city council spend on agency staff between march and june this year",
     "1 March 2026 to 30 June 2026"),
    ("how many fines from april to june last year", "1 April 2025 to 30 June 2025"),
    ("how many complaints since march last year", "1 March 2025 to 1 December 2026"),
    ("how many complaints in march this year", "1 March 2026 to 31 March 2026"),
    ("how many complaints between march and june 2025", "1 March 2025 to 30 June 2025"),
])
def test_months_said_with_this_or_last_year_are_one_period(text, label):
    """nu24: "between march and june this year" gave the whole of this year as the period."""
    assert [p[0] for p in stated_periods(text, TODAY)] == [label]


def test_a_year_said_apart_from_the_months_stays_its_own_period():
    assert len(stated_periods("how many fines in march and also this year", TODAY)) == 2
