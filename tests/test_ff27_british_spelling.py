"""ff27: a correct British spelling is never "corrected" to the American one (h26: "behavioural" -> "behavioral")."""

import pytest

from askfoi.spelling import american_of, suggest


@pytest.mark.parametrize("text", [
    "Can this include all analysis undertaken about behavioural change?",
    "was the outcome favourable to the residents",
    "how many honourable mentions and colourful banners",
    "any sceptical comments about the aluminium cladding",
    "complaints about draught and kerb damage",
    "organisational charts of the highways team",
])
def test_british_spellings_are_left_alone(text):
    assert suggest(text) == []


def test_real_slips_are_still_offered():
    offered = dict(suggest("how much polution near the behavioural unit, and the councl replies"))
    assert offered.get("polution") == "pollution"
    assert "behavioural" not in offered


def test_american_of():
    assert american_of("behavioural", "behavioral")
    assert american_of("sceptical", "skeptical")
    assert not american_of("polution", "pollution")
