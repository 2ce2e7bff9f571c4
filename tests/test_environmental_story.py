"""The environmental-information finding (and the EIR route) follows what the request asks about, not a word in the
writer's story: "i was walking under the trees when i fell" does not make a trip-claims request environmental."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "i was walking under the trees when i fell on a broken paving slab. how many trip claims did the council pay out in 2024",
    "we had a flood in our street last winter. how many staff work in the council's housing repairs team?",
    "My son was sick from the fumes on the school bus. How many school buses does the council contract?",
])
def test_an_environmental_word_in_the_story_does_not_make_the_request_environmental(text):
    framing = frame_message(text, today=TODAY)
    assert framing.regime == "FOIA"
    assert not any(f.code == "environmental-information" for f in framing.findings)


@pytest.mark.parametrize("text", [
    "The number of fly-tipping reports in 2024.",
    "I would like to know the number of noise complaints made to the council in 2024",
    "how many trees did the council cut down in 2024",
    "1. The tonnage of household waste sent to landfill in 2024.\n2. The cost of it.",
])
def test_what_is_asked_about_still_is(text):
    framing = frame_message(text, today=TODAY)
    assert framing.regime == "EIR"
    assert any(f.code == "environmental-information" for f in framing.findings)
