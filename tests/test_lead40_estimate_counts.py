"""lead40 (nc43 #9): a cost refusal's estimate counts whatever the body would go through ("approximately 9,800
searches", "about 30,000 tenancies", "over 400 monitors"): the review quotes the count it gave and never asks for it."""

import pytest

from askfoi.followup import estimate_facts


@pytest.mark.parametrize("reply, count", [
    ("There were approximately 9,800 searches in the period. Even at one minute per record this would take over 160 "
     "hours.", "approximately 9,800 searches"),
    ("We would need to check about 30,000 tenancies, at 5 minutes each.", "about 30,000 tenancies"),
    ("Compiling the data would require extraction from over 400 monitors, taking in excess of 300 hours.",
     "over 400 monitors"),
])
def test_the_count_the_reply_gave_is_read(reply, count):
    assert estimate_facts(reply).get("count") == count
