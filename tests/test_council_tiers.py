"""Two-tier local government: a district council's job asked of a county council (and the reverse) is caught
before it comes back "not held"; unitary councils, which run both, never are."""

from __future__ import annotations

import pytest

from askfoi.checks import check_request
from askfoi.council_tiers import council_tier


def codes(text: str, authority: str) -> set[str]:
    return {f.code for f in check_request(text, authority).findings}


@pytest.mark.parametrize("text", [
    "How many families were placed in bed and breakfast accommodation in 2025?",
    "how many people are on the housing waiting list",
    "How many missed bin collections were reported in 2024?",
    "the number of taxi licences issued last year",
])
def test_a_district_job_asked_of_a_county_council(text):
    assert "county-not-district" in codes(text, "Essex County Council")


@pytest.mark.parametrize("text", [
    "How many potholes were reported in 2025?",
    "How many pupils were excluded from schools in 2024/25?",
    "what are the library opening hours for each library since 2023",
])
def test_a_county_job_asked_of_a_district_council(text):
    assert "district-not-county" in codes(text, "Tandridge District Council")


def test_unitary_and_the_right_tier_raise_nothing():
    for text, body in [("How many households were in temporary accommodation in 2025?", "Leeds City Council"),
                       ("How many potholes were reported in 2025?", "Durham County Council"),
                       ("How many potholes were reported in 2025?", "Kent County Council"),
                       ("How many housing benefit claims were made in 2025?", "Tandridge District Council"),
                       ("How much did the county spend on housing for care leavers in 2025?", "Kent County Council")]:
        assert not codes(text, body) & {"county-not-district", "district-not-county"}, (text, body)


def test_tiers_are_english_councils_only():
    assert council_tier("Kent County Council", "england", "council") == "county"
    assert council_tier("Mid Suffolk District Council", "england", "council") == "district"
    assert council_tier("Durham County Council", "england", "council") is None
    assert council_tier("Kent Police", "england", "police") is None
    assert council_tier("Fife Council", "scotland", "council") is None

