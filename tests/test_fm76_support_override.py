"""fm76: a part on no NCND topic that the learnt forecast rates at least SUPPORT_OVERRIDE times its bar is warned even
when no close past NCND answer shares a word of its subject (fc20's gate); below that, the gate stands. Chosen on the
tuning split's out-of-fold trace (bench/ncnd_why.py --override; docs/notes/fm76.md)."""

import sys
from pathlib import Path

import pytest

from askfoi.matching import SUPPORT_OVERRIDE, get_matcher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


@pytest.mark.parametrize("text, authority", [
    ("Does the force check people against the World-Check screening database?", "Essex Police"),
    ("Did the force pass information about activists to any private company?", "Metropolitan Police Service"),
])
def test_strong_learnt_evidence_warns_without_a_shared_subject_word(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]


@pytest.mark.parametrize("text, authority", [
    ("How many stop and searches were carried out in 2023?", "Kent Police"),
    ("How much was spent on overtime in 2023?", "Kent Police"),
    ("How many police officers were dismissed for misconduct in 2023?", "Kent Police"),
    ("How many reports of crimes on board aircraft landing at Gatwick were recorded in 2023?", "Sussex Police"),
])
def test_guard_ordinary_police_counts_stay_unwarned(text, authority):
    # guard: passes before and after the change
    forecast = get_matcher().match(text, authority).forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts if p.ncnd_likely]


def _row(p: float, support: bool) -> dict:
    part = {"p": p, "bar": 0.1, "scale": 1.0, "ruled": False, "case": False, "group": "police",
            "would": {"support": support, "routine": True, "open": True, "overt": True, "ranked": True}}
    return {"ncnd": True, "warned": False, "kind": "police", "parts": [part]}


def test_the_trace_replay_reads_the_override():
    from ncnd_why import replay

    strong = _row(0.1 * SUPPORT_OVERRIDE + 0.01, support=False)
    weak = _row(0.1 * SUPPORT_OVERRIDE - 0.01, support=False)
    assert replay(strong, 1.0)
    assert not replay(weak, 1.0)
    assert not replay(strong, 1.0, float("inf"))
    assert replay(weak, 1.0, float("inf")) is False and replay(_row(0.11, support=True), 1.0)
