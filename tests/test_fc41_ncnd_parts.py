"""fc41 (issue 9): parts of real police requests that forces answer with "neither confirm nor deny" and the forecast
did not warn: the largest or individual payments to informants (an amount that could point at one source), whether a
named person was investigated or arrested (written without Mr or Mrs), an investigation into one death, and the IT weaknesses (unsupported operating
systems) forces do not confirm. The ordinary questions next to them stay unwarned."""

from __future__ import annotations

import pytest

from askfoi.ncnd_topics import asks_specific, topics_in


@pytest.fixture(scope="module")
def matcher():
    from askfoi.matching import get_matcher

    return get_matcher()


# --- the words: an amount or detail that points at one source or target ---------------------------------------------


@pytest.mark.parametrize("text", [
    "what was the largest single payment to an informant each year",
    "the highest amount paid to one informant",
    "how much each individual informant was paid",
    "payments to informants broken down per informant",
    "how much was spent on informants in relation to Black Lives Matter groups",
])
def test_a_part_asking_for_one_sources_amount_or_a_target_is_specific(text):
    assert asks_specific(text)


@pytest.mark.parametrize("text", [
    "What was the total amount paid to informants by the force in 2023?",
    "the total paid to informants in each of the last five years",
    "How much did the force spend on overtime?",
])
def test_a_yearly_total_is_not_specific(text):
    assert not asks_specific(text)


# --- topics ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Please tell me whether Kent Police investigated John Smith of Maidstone for fraud in 2021.",
    "Did your officers arrest Paul Jones at the protest last week?",
    "Has Sarah Connor been interviewed under caution by your force?",
    "Was Peter Brown charged after the incident?",
])
def test_a_person_named_without_a_title_in_a_police_action_is_a_named_person(text):
    assert "named_person" in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many people did Kent Police arrest in 2021?",
    "How many Extinction Rebellion protesters were arrested in London?",
    "How many officers investigated by Professional Standards were dismissed?",
    "Did officers arrest anyone at the Just Stop Oil protest on the M25?",
    "How many times have police searched Wormwood Scrubs prison?",
    "How many officers searched Heathrow Terminal 5 last year?",
    "Has Network Rail been prosecuted by BTP?",
    "How many people were arrested at Glastonbury Festival in 2023?",
])
def test_groups_counts_and_bodies_are_not_named_people(text):
    assert "named_person" not in topics_in(text)


def test_investigating_one_death_is_a_particular_investigation():
    assert "ongoing_investigation" in topics_in("Is the force investigating the death of Jane Doe in Luton?")
    assert "ongoing_investigation" not in topics_in("How many deaths did the force investigate in 2022?")


@pytest.mark.parametrize("text", [
    "How many of the force's computers still run Windows XP?",
    "Which operating system and antivirus software do your computers use?",
])
def test_unsupported_systems_and_security_software_are_it_security_questions(text):
    assert "cyber_security" in topics_in(text)


# --- the forecast ---------------------------------------------------------------------------------------------------


def test_the_largest_payment_to_an_informant_is_warned_and_the_yearly_total_is_not(matcher):
    text = "How much did you pay informants in each of the last five years, and what was the largest single payment?"
    f = matcher.match(text, authority="Essex Police").forecast
    assert f.ncnd_likely
    warned = [p.text for p in f.parts if p.ncnd_likely]
    assert warned and all("largest" in p for p in warned)
    total = matcher.match("What was the total amount paid to informants by the force in 2023?",
                          authority="Essex Police").forecast
    assert not total.ncnd_likely


def test_a_named_person_investigated_is_warned(matcher):
    f = matcher.match("Please tell me whether Kent Police investigated John Smith of Maidstone for fraud in 2021.",
                      authority="Kent Police").forecast
    assert f.ncnd_likely and "40(5B)" in (f.parts[0].why or "")


@pytest.mark.parametrize("text, topic", [
    # s40(5A): the requester's own records are for a subject access request, and FOI neither confirms nor denies them
    ("Please send me copies of all the information your force holds about me, including any intelligence reports.",
     "named_person"),
    ("What surveillance was carried out on Extinction Rebellion activists in 2020?", "covert_surveillance"),
    ("Has the force made any arrests in connection with the fire at the Grand Hotel in Brighton on 3 May?",
     "ongoing_investigation"),
])
def test_own_records_surveillance_of_a_group_and_one_incident_reach_their_topics(text, topic):
    assert topic in topics_in(text)


@pytest.mark.parametrize("text", [
    "What information do you publish about me and other residents?",
    "How many arrests were made in connection with the riots in 2024?",
    "What is the force's policy on surveillance cameras in town centres?",
])
def test_general_questions_near_them_are_not(text):
    found = topics_in(text)
    assert "named_person" not in found and "ongoing_investigation" not in found and "covert_surveillance" not in found


@pytest.mark.parametrize("text, topic", [
    ("How many referrals to Channel did the force make last year?", "counter_terrorism"),
    ("How many slavery cases you are investigating, and have investigated, in the last 3 years", "ongoing_investigation"),
])
def test_channel_referrals_and_the_cases_being_investigated_now_reach_their_topics(text, topic):
    assert topic in topics_in(text)
    assert "ongoing_investigation" not in topics_in("How many cases were investigated in 2019?")


def test_a_role_named_as_a_rank_is_a_class_of_people_not_an_office_holder():
    from askfoi.office_holders import office_sentences

    # fresh41r (tuning half): "the conduct of 14 serving and retired officers from the rank of Constable up to Chief
    # Constable" was read as the chief constable personally, and the request for internal memos warned of s40(5B)
    assert office_sentences("The inquiry looked at the conduct of 9 officers from the rank of Constable up to Chief "
                            "Constable.") == ()
    assert office_sentences("How many officers above the rank of Chief Inspector were disciplined?") == ()
    assert office_sentences("Was the chief constable investigated for misconduct?")[0][1]
