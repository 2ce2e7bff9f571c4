"""fm101 (issue 9): one matter the writer points at, with a word or two between the pointing word and the matter ("a
specific speeding incident", "an alleged offence", "a specified matter", "a particular shoplifting incident",
"specified incidents"), is the ongoing_investigation topic's: the tuning pack's police answers so worded used NCND 9 of
11 times (FOISA s18 with s34; s30(3)). A plural count, a policy on how such matters are handled and a council's
complaint are not it (guards)."""

import pytest

from askfoi.ncnd_topics import asked_text, topics_in


@pytest.mark.parametrize("text", [
    "Please send me the vehicle logs and speed readings for a specific speeding incident on the A1 on 3 March 2024.",
    "Any information you hold about an alleged offence at the flats on Mill Road in May 2024.",
    "All information about a specified matter I raised with your officers last year.",
    "Details of a particular shoplifting incident at the Tesco on High Street last week.",
    "Copies of the police reports on specified incidents at the park in 2023.",
    "Has anyone been charged over the alleged theft of the mayor's car?",
])
def test_one_matter_pointed_at_is_the_investigation_topic(text):
    assert "ongoing_investigation" in topics_in(asked_text(text)), text


@pytest.mark.parametrize("text", [
    "How many alleged offences of fraud were recorded in 2023?",
    "Please send the policy on how a particular complaint is handled.",
    "The council's policy or strategy on a particular matter.",
    "Please send all emails about a specific planning complaint about the car park on Mill Lane.",
    "The number of reports of specific crime types in each ward.",
])
def test_guard_counts_policies_and_complaints_are_not(text):
    assert "ongoing_investigation" not in topics_in(asked_text(text)), text


def test_guard_a_council_s_planning_complaint_is_not_warned():
    from askfoi.matching import get_matcher

    forecast = get_matcher().match("Please send all emails about a specific planning complaint about the car park on "
                                   "Mill Lane.", "Leeds City Council").forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]


def test_a_police_part_on_one_alleged_offence_is_warned():
    from askfoi.matching import get_matcher

    forecast = get_matcher().match("Any information you hold about an alleged offence at the flats on Mill Road in May "
                                   "2024.", "Kent Police").forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]
