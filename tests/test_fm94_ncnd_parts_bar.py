"""fm94 (issue 9 items 3-5): two classes of false NCND alarm on whole request texts.

1. A part on no NCND topic, with no past NCND answer sharing a word of its subject, is warned on the learnt forecast
   alone when it rates NCND at least SUPPORT_OVERRIDE times its bar (fm76). A request is warned when any one part is,
   so with one bar for every part a request of several parts was warned on chance: the override's factor now rises
   with the number of parts (askfoi/matching.py OVERRIDE_LONG_TEXT).
2. (fm94's non-police fallback, reverted by fm97: the dev and held-out splits each lost an NCND answer to it and it
   removed no false alarm there; docs/notes/fm97.md.)
The texts are fm94's own words."""

import math
import sys
from pathlib import Path

import pytest

from askfoi.matching import OVERRIDE_LONG_TEXT, SUPPORT_OVERRIDE, get_matcher
from askfoi.ncnd_topics import ALL, evidence_for

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def _warned(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    return forecast.ncnd_likely, [(p.text, p.ncnd_likely, p.evidence[:2]) for p in forecast.parts]


def test_a_data_field_of_a_two_part_count_is_not_warned_on_the_learnt_forecast_alone():
    # main: "Any records of the complaint being upheld" warned at p 0.27, twice the police bar x 0.6, no topic
    text = ("Please send me the number of stop and searches carried out in 2023, broken down by ethnicity and age. "
            "Please include the outcome of each search, whether it led to a complaint, and if so, whether the "
            "complaint was upheld.")
    warned, parts = _warned(text, "Kent Police")
    assert not warned, parts


def test_a_body_with_few_answers_of_its_own_kind_is_weighed_on_all_bodies_answers():
    # fm97: fm94's non-police fallback reverted (dev split: a council's NCND answer lost, no false alarm removed;
    # held-out split: a government department's NCND answer lost). A council has fewer than 3 counted answers about
    # drones: all bodies' counted answers are the evidence, as before fm94
    (e,) = [x for x in evidence_for("Has the council used drones to inspect roads?", "council")
            if x.topic == "surveillance_technology"]
    assert e.scope == ALL and "non-police" not in e.sentence()


def test_guard_a_police_force_keeps_its_own_counts():
    # guard: passes before and after the change
    (e,) = [x for x in evidence_for("Has the force used drones to monitor protests?", "police")
            if x.topic == "surveillance_technology"]
    assert e.scope == "police"


@pytest.mark.parametrize("text, authority", [
    ("Has the force used drones to monitor protests?", "Kent Police"),
    ("Does the Home Office use IMSI catchers?", "Home Office"),
    ("Did the force pass information about activists to any private company?", "Kent Police"),  # one part: fm76's
])
def test_guard_covert_questions_stay_warned(text, authority):
    # guard: passes before and after the change
    warned, parts = _warned(text, authority)
    assert warned, parts


def test_guard_the_covert_item_of_a_list_stays_warned_and_a_plain_one_does_not():
    # guard: passes before and after the change
    text = ("I would like the following for 2023: 1. the number of officers in the roads policing unit; "
            "2. whether the force has used IMSI catchers; 3. the overtime paid to the roads policing unit.")
    forecast = get_matcher().match(text, "Essex Police").forecast
    flags = [p.ncnd_likely for p in forecast.parts]
    assert any(flags) and not flags[0], [(p.text, p.ncnd_likely) for p in forecast.parts]


def _row(p: float, n_parts: int) -> dict:
    part = {"p": p, "bar": 0.1, "scale": 1.0, "ruled": False, "case": False, "group": "police", "n_parts": n_parts,
            "would": {"support": False, "routine": True, "open": True, "overt": True, "ranked": True}}
    return {"ncnd": True, "warned": False, "kind": "police", "parts": [part]}


def test_the_trace_replay_raises_the_override_with_the_parts():
    from ncnd_why import replay

    just_over = 0.1 * SUPPORT_OVERRIDE + 0.01
    assert replay(_row(just_over, 1), 1.0)  # one part: fm76's factor
    assert not replay(_row(just_over, 3), 1.0)
    assert replay(_row(0.1 * SUPPORT_OVERRIDE * (1 + OVERRIDE_LONG_TEXT * math.log(3)) + 0.01, 3), 1.0)
