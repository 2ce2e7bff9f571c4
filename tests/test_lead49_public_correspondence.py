"""lead49 (nc61 #16): a part asking for what members of the public wrote (residents' emails, objections, consultation
responses) gets a low finding: their names and contact details will be taken out (s40(2); EIR reg 13), and the letter
can say so; correspondence between officials, or counts, get none."""

import pytest

from askfoi.checks import check_request


@pytest.mark.parametrize("text, authority, law", [
    ("Any correspondence between TfL and local residents about the new cycle lane on Kennington Lane.",
     "Transport for London", "regulation 13"),
    ("The consultation responses from residents about the low traffic neighbourhood.", "Oxfordshire County Council",
     "regulation 13"),
    ("Copies of the letters from objectors to the planning application for the care home.", "Leeds City Council",
     "regulation 13"),
])
def test_what_the_public_wrote_is_flagged(text, authority, law):
    found = [f for f in check_request(text, authority).findings if f.code == "public-correspondence"]
    assert len(found) == 1 and found[0].severity == "low" and law in found[0].message
    assert "removed" in found[0].suggestion


@pytest.mark.parametrize("text", [
    "Emails between the council's chief executive and the leader about the budget in 2025.",
    "The number of complaints from residents about bins in 2024.",
])
def test_officials_and_counts_are_not_flagged(text):
    assert not [f for f in check_request(text, "Leeds City Council").findings if f.code == "public-correspondence"]
