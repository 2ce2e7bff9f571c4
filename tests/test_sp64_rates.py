"""sp64 (nc101 #7): a rate paid for each hour, shift, night or room is warned as commercially sensitive with a fix that
fits it (totals with the amount bought, or the highest and average rate across suppliers), never one contract's value
and dates; a wage, or a count "per day", is not warned."""
from __future__ import annotations

import pytest

from askfoi.checks import check_request


def _commercial(text: str, authority: str):
    found = check_request(text, authority=authority)
    found = found[0] if isinstance(found, tuple) else found
    return [f for f in getattr(found, "findings", found) if f.code == "commercial-sensitivity"]


@pytest.mark.parametrize("text, authority, law", [
    # nc101 j5 (not warned on main) and j2 (warned with a contract's value and dates as the fix)
    ("1. The nightly rate per room the Home Office pays the Riverside Hotel.", "Home Office", "section 43(2)"),
    ("1. What is the most NHS Lothian paid per hour for one agency nurse shift in 2025?", "NHS Lothian",
     "section 33(1)(b)"),
    # my own words
    ("1. How much do you pay the agency per hour for each agency social worker?", "Kent County Council",
     "section 43(2)"),
    ("1. The weekly rate the council pays the care home for each resident.", "Leeds City Council", "section 43(2)"),
])
def test_a_rate_for_each_unit_is_warned_with_a_fix_that_fits(text, authority, law):
    found = _commercial(text, authority)
    assert found, text
    said = " ".join((found[0].message + " " + (found[0].suggestion or "")).split())
    assert law in said, said
    assert "highest and the average rate" in said and "start and end dates" not in said, said


@pytest.mark.parametrize("text", [
    "1. The average hourly rate paid to bank workers.",
    "1. How many hours per day are the cameras monitored?",
    "1. How many beds per night were available in the shelter?",
])
def test_a_wage_or_a_count_per_day_is_not_warned(text):
    assert not _commercial(text, "Leeds City Council")
