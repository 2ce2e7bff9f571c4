"""A letter that tells the authority about the writer or their family ("my nan waited 6 hours after a fall") is
flagged: replies are published with the request. Polite openers ("I was wondering") and a subject access request
(the writer's own data) are not."""

from __future__ import annotations

import pytest

from askfoi.checks import check_request


def codes(text: str) -> set[str]:
    return {f.code for f in check_request(text).findings}


@pytest.mark.parametrize("text", [
    "1. How long do ambulances take to get to people in Cornwall, my nan waited 6 hours after a fall?",
    "1. The number of households on the housing waiting list in Glasgow, my sister has been waiting 4 years.",
    "1. The number of school places offered in 2025. Her son didn't get a place at any of the three schools.",
    "1. How many appeals succeeded in 2025? I waited nine months for mine.",
])
def test_personal_story_in_the_letter_is_flagged(text):
    assert "personal-details" in codes(text)


@pytest.mark.parametrize("text", [
    "I was wondering if you could give me the number of collisions involving police vehicles in 2024.",
    "I was hoping you could answer the following: 1. Does the Trust provide TMS?",
    "1. How many children were excluded from my son's school in 2024?",
    "1. The number of fixed penalty notices issued in 2024.",
])
def test_no_story_no_flag(text):
    assert "personal-details" not in codes(text)


def test_framing_judges_the_letter_not_the_story():
    from datetime import date

    from askfoi.framing import frame_message

    kept = frame_message("how long do ambulances take to get to people in cornwall, my nan waited 6 hours after a fall",
                         today=date(2026, 11, 30))
    # the story is inside a part only if the part keeps the person's words; then it is flagged (lead 28: fr28b frames
    # the question from its subject, ambulance response times, and the nan's story stays out of the letter)
    story_in_part = any("nan" in p.text.lower() for p in kept.parts)
    assert story_in_part == ("personal-details" in {f.code for f in kept.findings})
    assert kept.parts and not story_in_part
    told = frame_message("my nan waited 6 hours for an ambulance after a fall last week. how long do ambulances take "
                         "in cornwall on average?", today=date(2026, 11, 30))
    assert "personal-details" not in {f.code for f in told.findings}  # the story stays out of the letter
