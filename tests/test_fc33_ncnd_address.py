"""fc33 (issue 9: a named person or incident as s40(5)): what the police did at one numbered address (a raid, a search,
officers called to it, attendances there) is about the people who live there, who are identifiable: the request is
warned of NCND as one about a named person is (ICO: whether a particular property was searched or watched is neither
confirmed nor denied). A street without a house number, or a count of calls, names nobody."""

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import topics_in

AT_ADDRESS = [  # none touched a topic on main, and none was warned
    "I would like any information about the police raid on 12 Station Road, Truro on 4 June 2023, including why it "
    "took place and who was arrested.",
    "Why were officers called to 4 Elm Close on Saturday night? There were three police cars outside.",
    "How many times have police attended 27 Hill Road in the last year?",
    "Please send me the search warrant executed at flat 3, 18 Queen Street last month.",
]
NOBODY = [
    "How many burglaries were there on Station Road in 2023?",
    "Please provide the number of officers who attended 999 calls in 2023.",
    "How many incidents were recorded on the A30 in 2023?",
]


@pytest.mark.parametrize("text", AT_ADDRESS)
def test_police_action_at_a_numbered_address_is_warned(text):
    assert "named_person" in topics_in(text)
    f = get_matcher().match(text, "Devon and Cornwall Police").forecast
    assert f.ncnd_likely
    assert all(p.ncnd_likely for p in f.parts)  # "who was arrested" is read with the raid it asks about


@pytest.mark.parametrize("text", NOBODY)
def test_streets_and_counts_name_nobody(text):
    assert "named_person" not in topics_in(text)
    assert not get_matcher().match(text, "Devon and Cornwall Police").forecast.ncnd_likely
