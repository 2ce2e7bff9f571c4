"""fm99: a regulator's part on no NCND topic, with no past NCND answer sharing a word of its subject, is not warned on
the learnt forecast alone (fm76's override; askfoi/matching.py NO_OVERRIDE_KINDS). On the dev split the override warned
5 regulator answers and none was NCND (docs/notes/fm99.md). A regulator's warning on a topic, on a person case or on a
supporting past answer, and the police override, are unchanged."""

import sys
from pathlib import Path

import pytest

from askfoi.matching import SUPPORT_OVERRIDE, get_matcher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


@pytest.mark.parametrize("text, authority", [
    ("Please send all correspondence between the Commission and the ICO in 2022.", "Gambling Commission"),
    ("Please send the correspondence between the Gambling Commission and the Department for Culture, Media and Sport "
     "in 2022.", "Gambling Commission"),
])
def test_a_regulator_is_not_warned_on_the_learnt_forecast_alone(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts if p.ncnd_likely]


@pytest.mark.parametrize("text, authority", [
    # guards: a topic rule, a person case and a communications-data topic still warn a regulator
    ("Did the FCA investigate complaints against a named bank in 2023?", "Financial Conduct Authority"),
    ("Is the GMC investigating Dr John Smith?", "General Medical Council"),
    ("Did the Gambling Commission obtain communications data from phone companies in 2022?", "Gambling Commission"),
])
def test_guard_a_regulator_on_an_ncnd_topic_is_still_warned(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]


@pytest.mark.parametrize("text, authority", [
    # guards: the police keep fm76's override (these are warned on it alone)
    ("Does the force check people against the World-Check screening database?", "Essex Police"),
    ("Did the force pass information about activists to any private company?", "Metropolitan Police Service"),
])
def test_guard_the_police_keep_the_override(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]


def _row(atype: str, p: float) -> dict:
    part = {"p": p, "bar": 0.1, "scale": 1.0, "ruled": False, "case": False, "group": "*", "atype": atype,
            "would": {"support": False, "routine": True, "open": True, "overt": True, "ranked": True}}
    return {"ncnd": False, "warned": True, "kind": atype, "parts": [part]}


def test_the_trace_replay_reads_no_override_for_a_regulator():
    from ncnd_why import replay

    strong = 0.1 * SUPPORT_OVERRIDE + 0.05
    assert not replay(_row("regulator", strong), 1.0)
    assert replay(_row("police", strong), 1.0)  # guard
    assert replay(_row("central_government", strong), 1.0)  # guard
