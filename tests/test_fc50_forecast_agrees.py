"""fc50 (issues 9.3, 9.4; nc51 #7): the chat's per-part forecast, `askfoi match` and the ncnd-risk check read one
decision for each part (askfoi/ncnd_topics.py `asks_covert_use`, what `technology_covert_use` reads), from what the
person asked when the part's frame is known; what the forecast says is in plain words, and its sections are those of
the law of the body asked. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.forecast_parts import read_with_frames
from askfoi.framing import frame_message
from askfoi.ncnd_topics import evidence_for

ASKED = "do you use facial recognition cameras in preston town centre"
FORCE = "Lancashire Constabulary"


@pytest.fixture(scope="module")
def matcher():
    from askfoi.matching import get_matcher

    return get_matcher()


def test_a_part_the_frame_warned_is_read_with_what_the_person_asked():
    frames = frame_message(ASKED, FORCE).parts
    (part,) = frames
    assert part.warning, "the frame warns: whether the force uses it counts as covert"
    [(shown, read)] = read_with_frames([part.text], frames, ASKED)
    assert shown == part.text and "do you use facial recognition" in read


def test_an_overt_part_offered_instead_is_read_as_it_stands():
    frames = frame_message(ASKED, FORCE).parts
    offered = [r for r in frames[0].replacements]
    assert offered and all(r.source for r in offered), "an offer keeps the covert question as its source"
    parts = [r.text for r in offered]
    assert read_with_frames(parts, frames + offered, ASKED) == [(p, p) for p in parts]


def test_a_part_typed_by_the_person_is_read_as_it_stands():
    frames = frame_message(ASKED, FORCE).parts
    typed = "The number of overt deployments of facial recognition vans in 2024."
    assert read_with_frames([typed], frames, ASKED) == [(typed, typed)]


def test_the_forecast_reads_a_part_given_with_the_words_it_was_made_from(matcher):
    shown = frame_message(ASKED, FORCE).parts[0].text
    alone = matcher.match(shown, FORCE, 5, parts=[shown]).forecast.parts[0]
    read = matcher.match(shown, FORCE, 5, parts=[(shown, ASKED)]).forecast.parts[0]
    assert read.text == " ".join(shown.split())
    assert read.ncnd_likely and not alone.ncnd_likely


def test_the_chat_forecast_warns_the_part_its_check_warns(matcher):
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 12, 1), matcher=matcher)
    conv.reply(ASKED)
    conv.reply(FORCE)
    assert conv.session.parts
    assert any(f.warning for f in conv._frames() if f.text in conv.session.parts)
    assert any(f.code == "ncnd-risk" for f in conv._findings())
    forecast = conv.insight().forecast
    assert forecast is not None and forecast.ncnd_likely
    assert forecast.summary.startswith("Facial recognition:")


@pytest.mark.parametrize("text, covert", [
    # what a technology cost asks about buying equipment, as the check reads it
    ("what has the county council spent on the palantir data platform since 2023", False),
    ("what did the force spend on drones in 2024", False),
    # the clause asking whether it is deployed is read on its own, as the check reads it
    ("Please confirm whether the force holds any information about the deployment of IMSI catchers in the county "
     "since 2021, and if so provide the total spent on them", True),
])
def test_the_forecast_reads_a_technology_part_as_the_check_does(text, covert):
    tech = [e for e in evidence_for(text, "police") if e.topic in ("surveillance_technology", "imsi_catchers")]
    assert tech and all(e.covert is covert for e in tech)


BAD_WORDS = ("ncnd-risk", "this forecast counts", "Overt ", "Covert ")


@pytest.mark.parametrize("text, body", [
    ("does the met fly drones over protests", "Metropolitan Police Service"),
    ("Was PC Smith ever suspended, how many complaints has the force had about excessive force in 2025, and does the "
     "force fly drones over council estates in Salford?", "Greater Manchester Police"),
    ("how much did the force spend on drones in 2024", "Kent Police"),
])
def test_what_the_forecast_says_is_in_plain_words(matcher, text, body):
    forecast = matcher.match(text, body, 5).forecast
    lines = [forecast.summary] + [e for p in forecast.parts for e in p.evidence]
    assert not [line for line in lines if any(w in line for w in BAD_WORDS)]


def test_the_summary_names_the_topic_as_the_person_would(matcher):
    forecast = matcher.match("does the met fly drones over protests", "Metropolitan Police Service", 5).forecast
    assert forecast.ncnd_likely
    assert forecast.summary.startswith("Drones:")


def test_an_english_force_is_not_given_scotlands_sections(matcher):
    text = ("Was PC Smith ever suspended, how many complaints has the force had about excessive force in 2025, and does "
            "the force fly drones over council estates in Salford?")
    forecast = matcher.match(text, "Greater Manchester Police", 5).forecast
    assert forecast.ncnd_likely
    cited = [e for p in forecast.parts for e in p.evidence if "usually cite" in e or "citing" in e]
    assert cited and not [e for e in cited if "FOISA" in e]
