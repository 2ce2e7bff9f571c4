"""A service one kind of body runs, asked about in a place named bare, goes to the body that runs it there (the
ambulance trust, not the council); a prison goes to the body that runs its nation's prisons."""

from __future__ import annotations

import pytest

from askfoi.framing import find_authority
from askfoi.site_bodies import prison_body, service_body


def body(text: str) -> str | None:
    found, _ = find_authority(text)
    return found.name if found else None


@pytest.mark.parametrize("text, expected", [
    ("how long do ambulances take to get to people in cornwall, my nan waited 6 hours",
     "South Western Ambulance Service NHS Foundation Trust"),
    ("average ambulance response times in leeds for category 2 calls in 2025", "Yorkshire Ambulance Service NHS Trust"),
    ("how many prisoners have escaped from hmp wandsworth since 2020", "Ministry of Justice"),
    ("how many assaults on staff were there at barlinnie prison in 2024", "Scottish Prison Service"),
])
def test_the_body_that_runs_it(text, expected):
    assert body(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("how many potholes in cornwall were fixed last year", "Cornwall Council"),
    ("how many ambulances did cornwall council pay for in 2025", "Cornwall Council"),
])
def test_a_council_named_or_a_council_service_stays_the_council(text, expected):
    assert body(text) == expected


def test_prison_as_a_word_is_not_a_prison():
    for text in ("How many have received prison sentences for fraud?", "how many people were sent to prison in 2024",
                 "how many people died in prison custody"):
        assert prison_body(text) is None, text
    assert service_body("how many potholes were there", "cornwall") is None
