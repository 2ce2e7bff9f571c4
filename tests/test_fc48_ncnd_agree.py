"""fc48 (issue 9 item 3): one NCND decision per part, shared by the ncnd-risk check and the forecast.

The NCND topic must be what the part asks about: not a word in an inquiry's name, not what some requests were about in a
part asking about requests, not the story of a request already sent. A watching verb aimed at people asks about covert
use whatever the preposition. The check's warning and the forecast's `ncnd_likely` agree, or the forecast's evidence says
why they do not."""

from __future__ import annotations

import json

import pytest

from askfoi.checks import check_request, ncnd_risk_words
from askfoi.ncnd_topics import asked_text, everyday_patterns, EverydayWords, not_asked_spans, topics_in, watching_people


def _warned(text: str, authority: str | None = None) -> bool:
    return any(f.code == "ncnd-risk" for f in check_request(text, authority).findings)


# --- not what the part asks about -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, authority", [
    ("i sent a foi to police scotland on 1 october about drones and nothing yet", "Police Scotland"),
    ("we submitted a request about informants to kent police in march and they have not replied", "Kent Police"),
    ("my foi about covert surveillance to the met is overdue, what can i do", "Metropolitan Police Service"),
    ("how many requests for the undercover policing inquiry did the home office refuse in 2024", "Home Office"),
    ("how many freedom of information requests about imsi catchers did essex police receive in 2023", "Essex Police"),
    ("how much has the home office spent on the undercover policing inquiry", "Home Office"),
])
def test_a_topic_named_but_not_asked_is_not_warned(text, authority):
    assert not _warned(text, authority)
    assert not ncnd_risk_words(text, None)


@pytest.mark.parametrize("text, authority", [
    ("does kent police use informants in climate groups", "Kent Police"),
    ("how many informants gave evidence to the inquiry", "Metropolitan Police Service"),
    ("did the met share information with the undercover policing inquiry about informants", "Metropolitan Police Service"),
    ("I sent an FOI to Kent Police about drones last year and they refused, so now I want to ask how many IMSI catchers "
     "they have", "Kent Police"),
    ("is there an inquiry into undercover policing of protest groups by the met", "Metropolitan Police Service"),
])
def test_a_topic_asked_after_or_beside_a_name_or_story_is_still_warned(text, authority):
    assert _warned(text, authority)


def test_asked_text_keeps_positions_and_blanks_only_the_spans():
    text = "i sent a foi to police scotland about drones. Does the force use IMSI catchers?"
    masked = asked_text(text)
    assert len(masked) == len(text)
    assert "drones" not in masked and "IMSI catchers" in masked
    assert masked[masked.index("Does"):] == text[text.index("Does"):]
    assert not_asked_spans("does the force use drones to watch protesters") == []


# --- a watching verb aimed at people ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "does north wales police use drones to watch protesters",
    "do the police use drones to keep an eye on protesters at the climate march",
    "has kent police flown drones over protests to film the people there",
    "does merseyside police use drones for watching protesters",
    "do hampshire police monitor the social media accounts of activists",
    "did the police watch me at the protest last saturday",
])
def test_a_watching_verb_aimed_at_people_is_warned_whatever_the_preposition(text):
    assert _warned(text, "Kent Police")


@pytest.mark.parametrize("text", [
    # fc49: "does police scotland fly drones over protests" is warned now (the lead's decision, session 44:
    # tests/test_fc49_covert_use.py)
    "how many drones does kent police own",
    "what is the track record of journalists reporting on policing",
    "how much has Brighton council spent on CCTV cameras and who monitors them",
])
def test_no_watching_of_people_no_warning(text):
    assert not _warned(text, "Police Scotland")


def test_watching_people_reads_the_verb_and_the_people():
    assert watching_people("use drones for monitoring journalists")
    assert watching_people("keep an eye on the protesters")
    assert not watching_people("who monitors them")
    assert not watching_people("the track record of journalists")


# --- the everyday words, in the grammar's order -----------------------------------------------------------------------

def test_everyday_words_need_a_verb_before_or_a_passive_after():
    import re

    rx = re.compile("|".join(everyday_patterns([EverydayWords(acts=["follow(?:s|ed|ing)?", "tap(?:s|ped|ping)?"],
                                                              things=["me", "phones?"])])), re.I)
    assert rx.search("are the police following me")
    assert rx.search("has my phone been tapped")
    assert rx.search("phone tapping")
    assert not rx.search("please send me the following")
    assert not rx.search("provide the following about me")
    assert not rx.search("my phone records, which are as follows")


@pytest.mark.parametrize("text, warned", [
    ("do cumbria police tap phones", True),
    ("has my phone been tapped by the police", True),
    ("please send me the following figures for the police", False),
])
def test_the_check_reads_the_everyday_words_as_the_forecast_does(text, warned):
    assert bool(ncnd_risk_words(text, "police")) is warned
    assert bool(topics_in(asked_text(text))) is warned


@pytest.mark.parametrize("text, topic", [
    ("does sussex police have fake phone masts", "imsi_catchers"),
    ("does the police listen to peoples phone calls", "communications_data"),
])
def test_the_checks_own_words_for_a_tactic_are_in_the_topic_file(text, topic):
    # the check warned on these words (knowledge/vocab/checks.yaml) while the forecast counted no past answers for them
    assert ncnd_risk_words(text, "police")
    assert topic in topics_in(text)


def test_an_owners_tracker_on_a_stolen_car_is_no_covert_capability():
    text = ("How many vehicles that were stolen were fitted with an insurance backed tracking device and how many were "
            "recovered")
    assert not ncnd_risk_words(text, "police")
    assert ncnd_risk_words("was my car fitted with a tracking device by the police", "police")


# --- the forecast: the same decision, and why when it differs ---------------------------------------------------------

@pytest.fixture(scope="module")
def matcher():
    from askfoi.matching import get_matcher

    return get_matcher()


@pytest.mark.parametrize("text", [
    "i sent a foi to police scotland on 1 october about drones and nothing yet",
    "how many requests for the undercover policing inquiry did the home office refuse in 2024",
])
def test_the_forecast_does_not_warn_on_a_topic_not_asked(matcher, text):
    assert not matcher.match(text, None, 5).forecast.ncnd_likely


def test_check_and_forecast_agree_or_the_evidence_says_why(matcher):
    for text in ("does north wales police use drones to watch protesters",
                 "does police scotland fly drones over protests",
                 "how many informants were paid by west midlands police in 2023",
                 "how many complaints about police officers were made in 2023",
                 "does sussex police have fake phone masts"):
        for part in matcher.match(text, None, 5).forecast.parts:
            warned = bool(ncnd_risk_words(part.text, "police"))
            said = [e for e in part.evidence if "check of your wording" in e]
            if warned == part.ncnd_likely:
                assert not said, (text, part.evidence)
            else:
                assert len(said) == 1, (text, part.evidence)
                assert ("gives this part no warning" in said[0]) is part.ncnd_likely


def test_the_labelled_set_is_well_formed():
    from pathlib import Path

    rows = [json.loads(x) for x in (Path(__file__).parent / "data" / "fc48_ncnd_parts.jsonl").read_text().splitlines()]
    assert len(rows) >= 60
    assert all(isinstance(r["warn"], bool) and r.get("source") for r in rows)
    # texts from stored pages stay outside the repo: a row from /work/heldout carries its id only
    assert all("text" not in r for r in rows if r["source"].startswith("/work/heldout"))


def test_bench_rates_count_recall_and_false_alarms():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("ncnd_agree", Path(__file__).parent.parent / "bench" / "ncnd_agree.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = [{"warn": True, "frame": True}, {"warn": True, "frame": False}, {"warn": False, "frame": True},
            {"warn": False, "frame": False}, {"warn": False, "frame": False}]
    assert mod.rates(rows, "frame") == {"recall": 1, "pos": 2, "false": 1, "neg": 3}


def test_a_tribunal_claim_is_no_inquiry_name():
    # "the employment tribunal claim" of one person is itself an NCND topic, not the name of an inquiry
    assert "employment_case" in topics_in(asked_text("Any correspondence about the employment tribunal claim brought by "
                                                     "the former chief executive."))


def test_officers_in_plain_clothes_watching_a_protest_are_overt_policing():
    assert not ncnd_risk_words("did the met have plain clothes officers watching the protesters at parliament square",
                               "police")
    assert ncnd_risk_words("did the met have undercover officers watching the protesters at parliament square", "police")
