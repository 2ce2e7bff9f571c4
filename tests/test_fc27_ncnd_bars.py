"""fc27: each kind's NCND bar carries a factor chosen after the rules that follow the learnt forecast, on the tuning
split's out-of-fold forecasts replayed through `Matcher.match` (bench/ncnd_why.py); the parts of one request share one
kind of body."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from askfoi.forecast_model import ForecastModel
from askfoi.knowledge import load_knowledge, shipped_knowledge_dir
from askfoi.matching import matcher_for

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import ncnd_why  # noqa: E402


def _model(meta: dict, thresholds: dict | None = None) -> ForecastModel:
    return ForecastModel(["ncnd", "disclosed"], {}, [0.0, 0.0], {}, 0.0, 0.06, meta, thresholds or {"police": 0.16})


def test_a_kinds_factor_is_its_own_or_the_shared_one_and_never_raises_the_bar():
    m = _model({"ncnd_bar_scale": {"police": 0.85, "*": 0.5}})
    assert m.ncnd_bar_scale("police") == 0.85
    assert m.ncnd_bar_scale("council") == 0.5  # no threshold of its own: the shared group's
    assert m.ncnd_bar_scale(None) == 0.5
    assert _model({"ncnd_bar_scale": {"police": 3.0}}).ncnd_bar_scale("police") == 1.0
    assert _model({"ncnd_bar_scale": {"police": "x"}}).ncnd_bar_scale("police") == 1.0
    assert _model({"ncnd_bar_scale": {"police": 0.0}}).ncnd_bar_scale("police") == 0.1
    assert _model({}).ncnd_bar_scale("police") == 1.0  # a model file without factors: the bars as chosen


def _part(p, bar, ruled=False, **would):
    verdicts = {"support": True, "routine": True, "open": True, "overt": True, "ranked": True, **would}
    return {"p": p, "bar": bar, "ruled": ruled, "would": verdicts, "scale": 1.0}


def test_replay_lowers_the_bar_and_keeps_each_rules_verdict():
    row = {"warned": False, "parts": [_part(0.12, 0.16)]}
    assert not ncnd_why.replay(row, 1.0) and ncnd_why.replay(row, 0.75)
    vetoed = {"warned": False, "parts": [_part(0.12, 0.16, routine=False)]}
    assert not ncnd_why.replay(vetoed, 0.5)  # a routine count stays unwarned whatever the bar
    ruled = {"warned": True, "parts": [_part(0.01, 0.16, ruled=True)]}
    assert ncnd_why.replay(ruled, 1.0)  # the topic rule warns whatever the bar
    several = {"warned": False, "parts": [_part(0.02, 0.16), _part(0.15, 0.16)]}
    assert ncnd_why.replay(several, 0.9)  # any part's warning warns the request


def test_choose_takes_the_most_recall_within_the_false_alarm_limits():
    def rec(i, ncnd, p, direct=True):
        return {"id": str(i), "kind": "council", "ncnd": ncnd, "direct": direct, "warned": p >= 0.1,
                "parts": [_part(p, 0.1)]}

    # 4 NCND answers at p 0.12, 0.08, 0.052, 0.03; 20 without: 0.07, 0.07, 0.055, 0.04 and sixteen at 0.01
    neg = [0.07, 0.07, 0.055, 0.04] + [0.01] * 16
    rows = [rec(i, True, p) for i, p in enumerate([0.12, 0.08, 0.052, 0.03])]
    rows += [rec(10 + i, False, p) for i, p in enumerate(neg)]
    scales, figures = ncnd_why.choose(rows, own=("police",), log=lambda *_: None)
    # x0.6 (bar 0.06): 2 of 4 caught, 2 of 20 false alarms; x0.5: 3 of 4 for 3 of 20 (0.15, the limit); x0.4: 3 of 4
    # for 4 of 20: the most recall within 0.15 is x0.5
    assert scales == {"*": 0.5}
    assert figures["*"]["all_before"] == [0.25, 0.0] and figures["*"]["all_after"] == [0.75, 0.15]
    # the answers like a new request's are held to the goal as well: when only ten answers without NCND are
    # such, among them the 0.07 and the 0.055, x0.5 gives them 2 of 10 false alarms; x0.6 to x0.75 catch the same 2 of
    # 4, and the largest factor is taken on a tie
    direct = {"0", "1", "2", "3", "10", "12"} | {str(i) for i in range(14, 22)}
    rows = [dict(r, direct=r["id"] in direct) for r in rows]
    assert ncnd_why.choose(rows, own=("police",), log=lambda *_: None)[0] == {"*": 0.75}
    # a kind with its own threshold is its own group, with its own limit (police: train_model's 0.25)
    police = [dict(r, kind="police") for r in rows]
    assert set(ncnd_why.choose(police, own=("police",), log=lambda *_: None)[0]) == {"police"}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    kb = load_knowledge([shipped_knowledge_dir()])
    if not kb.responses:
        pytest.skip("the knowledge pack has not been imported")
    m = matcher_for(kb.responses, kb.files, tmp_path_factory.mktemp("fc27-cache"))
    if m.model is None:
        pytest.skip("no learnt model shipped")
    return m


def test_a_part_between_the_factored_bar_and_the_bar_is_warned_only_with_the_factor(matcher):
    body, part = "Essex Police", "does the force use imsi catchers, and who supplies them?"
    model = matcher.model
    p = model.ncnd_probability(matcher.features(part, body))
    saved_meta, saved_thresholds = dict(model.meta), dict(model.ncnd_thresholds)
    try:
        model.meta.pop("ncnd_topic_share", None)  # the learnt forecast's bar alone (no topic rule)
        model.ncnd_thresholds["police"] = p / 0.95  # the bar just above this part's forecast
        model.meta["ncnd_bar_scale"] = {"police": 1.0}
        assert not matcher.match(part, body, parts=[part]).forecast.ncnd_likely
        model.meta["ncnd_bar_scale"] = {"police": 0.9}  # the bar x 0.9: just below it
        assert matcher.match(part, body, parts=[part]).forecast.ncnd_likely
        model.meta["ncnd_bar_scale"] = {"police": 1.0, "*": 0.5}  # another group's factor plays no part
        assert not matcher.match(part, body, parts=[part]).forecast.ncnd_likely
    finally:
        model.meta.clear()
        model.meta.update(saved_meta)
        model.ncnd_thresholds.clear()
        model.ncnd_thresholds.update(saved_thresholds)


@pytest.mark.parametrize("text", [
    # no body named: each part's own neighbours pointed to councils, a fire service and the police by turns
    "1. What is your procedure for deciding when to seize a phone from a suspect? 2. Does the answer depend on a "
    "priority system? 3. What is your policy for determining priority?",
    "how many custody deaths were there in 2022. what is the policy for reviewing them. who decides the order in "
    "which they are reviewed",
    "I would like the number of stop and search encounters in 2023 by ethnicity. Also, what are the current time "
    "frames for handling complaints? Does the answer depend on the type of complaint?",
    "How many drones does the force own? what are the current time frames for replacing them? does the answer to "
    "question 2 depend on the budget?",
])
def test_the_parts_of_one_request_share_one_kind_of_body(matcher, text):
    matcher.ncnd_trace = []
    try:
        result = matcher.match(text)
        kinds = {p["atype"] for p in matcher.ncnd_trace}
    finally:
        matcher.ncnd_trace = None
    assert len(result.forecast.parts) >= 2
    assert len(kinds) == 1
