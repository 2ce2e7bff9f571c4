"""fc64 (issue 9.3 / 9.4): the classes fc61's set (tuning from session 50) was missed on, and the PimEyes decision. The
cases below are written for this test in the shapes the real ones take, not copied from them:
- a face search engine has no overt use: a count of visits to it or of searches on it asks about covert use;
- claims made about or against someone are allegations (the person-case route's words);
- the writer's own record of an action a body took against them (a fixed penalty notice they were issued, their arrest)
  is their own personal data, a named person's matter.
Guards: counts of overt deployments and explicit limits to overt use stay overt; counts of penalties, arrests or claims
over many people name nobody."""

from __future__ import annotations

import pytest

from askfoi.ncnd_topics import asks_about_case, asks_covert, evidence_for, load_topics, topic_words


def _facial():
    return load_topics()[0]["facial_recognition"]


# --- a face search engine has no overt use --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "How many times have staff at the force searched PimEyes in the last two years?",
    "The number of visits from your force's network to facecheck.id since January 2023.",
    "How many searches did officers run on Clearview AI during 2022, by month?",
    "How much has the force spent on PimEyes subscriptions?",
])
def test_a_count_on_a_face_search_engine_asks_about_covert_use(text):
    assert asks_covert(_facial(), text)
    ev = [e for e in evidence_for(text, "police") if e.topic == "facial_recognition"]
    assert ev and ev[0].covert


@pytest.mark.parametrize("text", [
    "How many live facial recognition van deployments did the force carry out in 2023?",  # a form in public view
    "How many overt searches of PimEyes did the force make?",  # limited to overt use in so many words
    "How many facial recognition deployments were publicly announced last year?",
])
def test_overt_deployments_and_explicit_limits_stay_overt(text):
    assert not asks_covert(_facial(), text)


# --- claims made about or against someone ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please send any claims of harassment my sister made against me to your housing team.",
    "Were any claims of theft made against my brother by the shop reported to you?",
    "Any claims about my neighbour passed to the council's antisocial behaviour team in 2022.",
])
def test_claims_about_a_person_are_a_personal_matter(text):
    assert "named_person" in topic_words(text)
    assert asks_about_case("named_person", text)


@pytest.mark.parametrize("text", [
    "How many insurance claims against the council for pothole damage were paid in 2023?",
    "How many claims of discrimination did the trust receive from staff each year?",
])
def test_counts_of_claims_name_no_person(text):
    assert "named_person" not in topic_words(text)


# --- the writer's own record of an action taken against them --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please send everything you hold about the penalty charge notice (PCN) I was issued on 3 May outside the station.",
    "All records connected with the speeding ticket which I was given on the A1 last March.",
    "I was issued with a caution in 2019: please send the notes the officers made about it.",
    "The records of my arrest in Leeds city centre in June 2021.",
    "What body-worn video footage do you hold from when I was arrested outside the club?",
])
def test_the_writers_own_penalty_or_arrest_is_a_named_persons_matter(text):
    assert "named_person" in topic_words(text)


@pytest.mark.parametrize("text", [
    "How many fixed penalty notices did the force issue for speeding in 2023?",
    "How many people were arrested at the protest on 4 July?",
    "What is the policy on issuing cautions to children?",
    "How many penalty charge notices were issued on Station Road last year?",
])
def test_counts_of_penalties_and_arrests_name_no_person(text):
    assert "named_person" not in topic_words(text)
