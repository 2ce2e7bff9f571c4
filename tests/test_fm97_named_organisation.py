"""fm97 (issue 9): whether a named business was investigated or acted against is neither confirmed nor denied
(knowledge/ncnd_topics.yaml named_organisation: s30(3), s31(3), s43(3)). The bracketed forms ("[a named bank]") read
banks, hotels, pubs, shops and the like; the plain forms read only companies, firms, clubs, operators and a few more,
so "complaints against a named bank" (the dev split's FCA tribunal case, EA/2023/0389) touched no NCND topic.
The texts are fm97's own words."""

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import asked_text, topics_in


@pytest.mark.parametrize("text", [
    "Whether the FCA investigated complaints against a named bank in 2022.",
    "Did the council take enforcement action against a named hotel?",
    "Has the Commission investigated a named shop for selling to children?",
    "Any investigation into a specified restaurant since 2021.",
    "Have you prosecuted a named farm for pollution?",
])
def test_a_named_business_of_any_kind_is_read_as_a_named_organisation(text):
    assert "named_organisation" in topics_in(asked_text(text))


@pytest.mark.parametrize("text", [
    "How many enforcement notices did the council serve on hotels in 2023?",
    "How many banks did the FCA fine in 2023, and the total of the fines?",
    "The number of complaints about pubs received in 2023.",
    "complaints against a named company",  # guard: read before and after
])
def test_guard_counts_of_a_kind_of_business_are_not_a_named_one(text):
    topics = topics_in(asked_text(text))
    assert ("named_organisation" in topics) == ("named company" in text), topics


def test_a_councils_enforcement_against_a_named_hotel_is_warned():
    forecast = get_matcher().match("Did the council take enforcement action against a named hotel in 2023?",
                                   "Leeds City Council").forecast
    assert forecast.ncnd_likely and "named organisation" in " ".join(forecast.parts[0].evidence)


def test_guard_a_count_of_notices_is_not_warned():
    forecast = get_matcher().match("How many enforcement notices did the council serve on hotels in 2023?",
                                   "Leeds City Council").forecast
    assert not forecast.ncnd_likely
