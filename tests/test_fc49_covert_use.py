"""fc49 (the lead's decision, issues 8.3 and 9.3): "does the force use X" about a surveillance technology asks about covert
use unless limited to overt use, and the ncnd-risk check, the framing and the forecast read that one decision
(askfoi/ncnd_topics.py); the offers name an act by a noun phrase built from its verb and object. Invented sentences."""

from __future__ import annotations

import pytest

from askfoi.checks import ncnd_risk_words
from askfoi.framing import frame_message
from askfoi.ncnd_topics import act_as_noun, act_as_noun_in, asks_covert, asks_covert_use, load_topics, topics_in


@pytest.fixture(scope="module")
def matcher():
    from askfoi.matching import get_matcher

    return get_matcher()


def _frame_warns(text):
    f = frame_message(text)
    return any(x.code == "ncnd-risk" for x in f.findings) or any(p.warning for p in f.parts)


# "does the force use / fly / deploy X", at an event or over a protest: not limited to overt use
USE_ASKED = [
    "does police scotland fly drones over protests",
    "Does Kent Police use drones at football matches?",
    "do avon and somerset police fly drones over the festival",
    "are drones used by northumbria police at protests",
    "has west yorkshire police flown drones over the city centre",
    "does the met use live facial recognition",
    "does west yorkshire police track phones covertly",
    "does lancashire police track mobile phones",
]

# limited to overt use, in so many words or by what the pack shows forces answer openly
OVERT_LIMITED = [
    "how many drones does kent police own",
    "what drones do lancashire police own",
    "how many overt drone flights did police scotland make in 2024",
    "how many drone flights did north wales police make in 2024",
    "does police scotland fly drones overtly at protests",
    "how many times did the met deploy live facial recognition vans in 2025",
    "how many drone deployments did police scotland make at protests in 2024",
]


@pytest.mark.parametrize("text", USE_ASKED)
def test_asking_whether_a_force_uses_a_technology_is_warned_by_the_check_and_the_frame(text):
    assert ncnd_risk_words(text, "police"), text
    assert _frame_warns(text), text


@pytest.mark.parametrize("text", OVERT_LIMITED)
def test_a_use_limited_to_overt_use_is_warned_by_neither(text):
    assert not ncnd_risk_words(text, "police"), text
    assert not _frame_warns(text), text


@pytest.mark.parametrize("text", USE_ASKED + OVERT_LIMITED)
def test_one_decision_the_pack_counts_the_check_and_the_forecast_read_alike(text):
    topics = load_topics()[0]
    for name in topics_in(text):
        if topics[name].technology:
            assert asks_covert(topics[name], text) == asks_covert_use(topics[name], text), (name, text)


def test_the_check_keeps_no_overt_reading_of_its_own():
    # ck27's and ck31's check-only lists are gone: a topic has no field the forecast does not read
    assert not any(hasattr(t, "overt_in_check") for t in load_topics()[0].values())


def test_drones_over_protests_check_and_forecast_agree_and_the_fix_offers_overt_frames(matcher):
    text = "does police scotland fly drones over protests"
    forecast = matcher.match(text, None, 5).forecast
    assert forecast.ncnd_likely
    for part in forecast.parts:
        assert not [e for e in part.evidence if "ncnd-risk check" in e], part.evidence
    f = frame_message(text)
    offers = [r.text for p in f.parts for r in p.replacements]
    assert any("overt deployments of drones" in o for o in offers)
    assert any("overt use of drones" in o for o in offers)


def test_the_evidence_says_covert_use_is_ncnd_and_overt_use_answered(matcher):
    forecast = matcher.match("does police scotland fly drones over protests", "Police Scotland", 5).forecast
    lines = [e for p in forecast.parts for e in p.evidence]
    said = [e for e in lines if "asked about overt use only" in e]
    assert len(said) == 1 and "neither confirmed nor denied" in said[0] and "covert use" in said[0]


def test_live_facial_recognition_use_is_warned_with_overt_frames_not_offered_a_limit():
    f = frame_message("does the met use live facial recognition")
    codes = [x.code for x in f.findings]
    assert "ncnd-risk" in codes and "overt-limit" not in codes
    assert any("overt deployments of live facial recognition" in r.text for p in f.parts for r in p.replacements)


@pytest.mark.parametrize("text", [
    "i sent a foi to police scotland on 1 october about drones and nothing yet",
    "how many foi requests about drones did west midlands police receive in 2023",
    "how many foi requests about facial recognition did the met refuse in 2024",
    "how much has the home office spent on the undercover policing inquiry",
])
def test_requests_sent_request_counts_and_inquiry_names_stay_unwarned(matcher, text):
    assert not ncnd_risk_words(text, "police")
    assert not matcher.match(text, None, 5).forecast.ncnd_likely


# --- the act named as a noun phrase, by its structure (verb + object -> noun) --------------------------------------

@pytest.mark.parametrize("words,noun", [
    ("track phones", "phone tracking"),
    ("tracking mobile phones", "mobile phone tracking"),
    ("phones being tracked", "phone tracking"),
    ("tap phones", "phone tapping"),
    ("monitor social media", "social media monitoring"),
    ("monitors facebook", "facebook monitoring"),
    ("track my car", "the tracking of my car"),
    ("listen in to calls", "listening in to calls"),
])
def test_an_act_and_its_thing_become_a_noun_phrase(words, noun):
    assert act_as_noun(words) == noun


@pytest.mark.parametrize("words", ["drones", "facial recognition", "the following", "body worn video"])
def test_no_act_no_noun_phrase(words):
    assert act_as_noun(words) is None


def test_the_thing_is_read_to_the_end_of_its_noun_phrase():
    assert act_as_noun_in("Does Lancashire Police track mobile phones?", "track mobile") == "mobile phone tracking"
    assert act_as_noun_in("Does West Yorkshire Police track phones covertly?", "track phones") == "phone tracking"


@pytest.mark.parametrize("text,noun", [
    ("does west yorkshire police track phones covertly", "phone tracking"),
    ("does lancashire police track mobile phones", "mobile phone tracking"),
    ("does thames valley police monitor social media", "social media monitoring"),
])
def test_the_overt_frames_offered_name_the_act_as_a_noun(text, noun):
    offers = [r.text for p in frame_message(text).parts for r in p.replacements]
    assert offers and all(noun in o for o in offers), offers
    assert not any(" of track" in o or "Police monitoring" in o or "force tracking" in o for o in offers), offers


def test_no_overt_sentence_for_a_tactic_with_no_overt_use(matcher):
    # IMSI catchers named beside "track mobile phones" (surveillance technology): there is no overt use to speak of
    forecast = matcher.match("Does Essex Police use IMSI catchers to track mobile phones", "Essex Police", 5).forecast
    assert not [e for p in forecast.parts for e in p.evidence if "asked about overt use only" in e]


@pytest.mark.parametrize("text,subject", [
    ("does police scotland fly drones over protests", "drones"),
    ("does west yorkshire police track phones covertly", "phone tracking"),
])
def test_the_warning_says_covert_use_is_ncnd_and_overt_use_answered(text, subject):
    warned = [p for p in frame_message(text).parts if p.warning]
    assert warned and f"uses {subject}" in warned[0].warning
    assert "covert use" in warned[0].warning and "overt use" in warned[0].warning and "usually answered" in warned[0].warning
