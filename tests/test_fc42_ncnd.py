"""fc42 (issue 9): what police forces answer with "neither confirm nor deny" that the forecast missed on the tuning split
of the pack, fixed by structure: the investigations a force is running now, asked with their kind between the words
("ongoing fraud investigations"), the cases still under investigation, and one investigation of an allegation
(s30(3)). The people released under investigation (a bail status) and yearly counts of investigations stay unwarned."""

from __future__ import annotations

import pytest

from askfoi.ncnd_topics import topics_in


@pytest.fixture(scope="module")
def matcher():
    from askfoi.matching import get_matcher

    return get_matcher()


@pytest.mark.parametrize("text", [
    "How many ongoing fraud investigations does the force have?",
    "Are there any current FGM investigations in your area?",
    "How many slavery cases have been investigated and are under investigation in the last three years?",
    "How many hate crime reports are currently under investigation?",
    "What information do you hold about the police investigation of alleged arms dealing at the arms fair?",
])
def test_investigations_running_now_and_one_allegation_reach_the_particular_investigation_topic(text):
    assert "ongoing_investigation" in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many people were released under investigation in 2022?",
    "How many suspects reoffended while under investigation?",
    "How many fraud investigations did the force open in 2021?",
    "How many investigations were opened in the current financial year?",
    "How many investigations into alleged hate crimes were there last year?",
])
def test_bail_status_and_counts_of_past_investigations_are_not(text):
    assert "ongoing_investigation" not in topics_in(text)


def test_the_part_asking_about_cases_under_investigation_is_warned_and_the_count_beside_it_is_not(matcher):
    f = matcher.match("How many slavery cases have you investigated in the last three years, and how many cases are "
                      "still under investigation?", authority="Northumbria Police").forecast
    assert f.ncnd_likely
    warned = [p.text for p in f.parts if p.ncnd_likely]
    assert warned and all("under investigation" in p for p in warned)


def test_ongoing_investigations_of_a_kind_are_warned_and_a_yearly_count_is_not(matcher):
    assert matcher.match("How many ongoing fraud investigations does the force have?",
                         authority="Essex Police").forecast.ncnd_likely
    assert not matcher.match("How many fraud investigations did the force open in 2021?",
                             authority="Essex Police").forecast.ncnd_likely
    assert not matcher.match("How many people were released under investigation in 2022?",
                             authority="Kent Police").forecast.ncnd_likely


@pytest.mark.parametrize("text", [
    "Please provide details of a specific report I made to Northumbria Police in March.",
    "Who made a particular call to police about my house on 3 June?",
])
def test_one_report_or_call_the_writer_points_at_reaches_the_particular_investigation_topic(text):
    assert "ongoing_investigation" in topics_in(text)


@pytest.mark.parametrize("text", [
    "What is the council's policy on a particular matter such as parking?",
    "Please send me all correspondence about a particular complaint I made to the trust.",
])
def test_a_particular_matter_of_policy_or_ones_own_complaint_is_not(text):
    assert "ongoing_investigation" not in topics_in(text)


def test_a_specific_report_to_the_police_is_warned(matcher):
    assert matcher.match("Please provide details of a specific report I made to Northumbria Police in March.",
                         authority="Northumbria Police").forecast.ncnd_likely


# --- investigations of officers: now, not the yearly count the warning itself says to ask for -----------------------


@pytest.mark.parametrize("text", [
    "How many officers are currently under investigation for sexual misconduct?",
    "How many officers who are under investigation are still on duty?",
    "Which officers are still being investigated over the leak?",
])
def test_officers_under_investigation_now_are_investigations_of_officers(text):
    assert "officer_investigations" in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many officers were investigated for misuse of social media since 2017?",
    "How many officers have been suspended on full pay in each of the last three years?",
    "Please list the officers investigated for inappropriate use of social media since 2017, with rank and outcome.",
    "The number of officers suspended on full pay, by length of suspension, rank and sex.",
])
def test_yearly_counts_of_officers_investigated_or_suspended_are_not(text):
    assert "officer_investigations" not in topics_in(text)


def test_officers_investigated_in_past_years_are_not_warned(matcher):
    for text in ("Please list the officers investigated for inappropriate use of social media such as WhatsApp since "
                 "2017, with the nature of the misuse, their rank and the outcome.",
                 "The number of officers suspended on full pay, by length of suspension, rank and sex."):
        assert not matcher.match(text, authority="Metropolitan Police Service").forecast.ncnd_likely, text


# --- drones as the object of a crime are others' drones, not the force's surveillance tool --------------------------


@pytest.mark.parametrize("text", [
    "Please provide records of drones reported stolen since 2015 and what details of the stolen devices you capture.",
    "How many arrests for drone use at Aintree racecourse were made, and what money was seized?",
    "A list of incidents investigated over the last two years that involved drones, with the outcome of each.",
])
def test_drones_stolen_seized_or_flown_by_offenders_are_not_the_forces_surveillance_technology(text):
    assert "surveillance_technology" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "Does the force use drones?",
    "Has the force used drones to watch protesters?",
    "How many drones has the force bought, and have any been lost or stolen?",
])
def test_the_forces_own_drones_stay_surveillance_technology(text):
    assert "surveillance_technology" in topics_in(text)


def test_a_request_about_stolen_drones_is_not_warned(matcher):
    f = matcher.match("Please provide records of drones reported stolen since 2015, how such thefts are recorded and what "
                      "details of the stolen devices are captured.", authority="Staffordshire Police").forecast
    assert not f.ncnd_likely
