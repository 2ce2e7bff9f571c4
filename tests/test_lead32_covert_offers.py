"""Lead fix, session 32: the answerable frames offered for a covert part are made from the part's final subject;
none is a cut-down subject ("The total amount spent on IMSI.") that slips past the NCND check."""

import re

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message


@pytest.mark.parametrize("message", [
    "do west yorkshire police use imsi catchers to track phones at protests in leeds? how many times in 2024 and what "
    "did they cost",
    "does greater manchester police use stingrays to follow mobile phones at football matches",
])
def test_no_offer_is_a_cut_down_subject_that_the_check_would_flag_whole(message):
    for part in frame_message(message).parts:
        for offer in part.replacements:
            assert not re.search(r"(?i)\b(?:on|for)\s+IMSI\s*[.,]", offer.text), offer.text
            assert not [f for f in check_request(offer.text).findings if f.code == "ncnd-risk"]


def test_offers_keep_the_whole_subject():
    part = frame_message("does essex police use facial recognition on body worn cameras, including covertly, and "
                         "which companies supply it?").parts[0]
    assert part.replacements
    assert all("body-worn cameras" in r.text for r in part.replacements)


def test_a_whole_noun_before_a_purpose_keeps_its_offers():
    part = frame_message("does kent police use drones to watch protesters").parts[0]
    assert part.warning and part.replacements
    assert all("drones" in r.text for r in part.replacements)
