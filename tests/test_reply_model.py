"""The learnt reply outcome (askfoi/reply_model.py, rd12): it loads from knowledge/, overrides the rules only at or
above its threshold, leaves a reply with one clear decision as the rules read it, keeps issue 10's examples right,
and reads hostile text harmlessly."""

from __future__ import annotations

import json

import pytest

from askfoi import reply_model
from askfoi.models import Outcome
from askfoi.reader import read_reply, reply_model_features
from askfoi.reply_model import Decision, ReplyModel, decide

ISSUE_10 = [
    # a whole NCND whose harm and public interest tests "are set out below" is not information given
    ("In accordance with the Act, this letter acts as a Refusal Notice. Suffolk Constabulary can neither confirm nor "
     "deny that it holds any information relevant to your request by virtue of Section 23(5) and Section 24(2). "
     "The harm and public interest test are set out below.", "ncnd"),
    # held, and the figures attached in other words
    ("I can confirm that the Council holds the information you requested. The figures for each year are contained "
     "in the spreadsheet that accompanies this letter.", "disclosed"),
    # already published, with a link
    ("The information you requested is already published on our website at https://example.gov.uk/data, so under "
     "section 21 we are not required to provide it again.", "published"),
    # a search that took less than the limit is no cost refusal; "answered in full" is an answer
    ("The search took less than the 18 hours allowed. Please find the figures attached.", "disclosed"),
    ("Your request has been answered in full: 42 officers.", "disclosed"),
    # some given, the rest refused
    ("Please find attached the figures for 2022 and 2023. The names of the officers are withheld under section "
     "40(2) as they are personal data.", "part_disclosed"),
]

ONE_CLEAR_DECISION = [
    ("We do not hold the information you requested.", Outcome.not_held),
    ("The information you requested is exempt under section 31(1)(a) and is withheld.", Outcome.refused),
    ("To locate and extract the information would exceed the appropriate limit of 18 hours, so section 12 applies "
     "and your request is refused.", Outcome.cost_limit),
    ("Please find the information you requested attached.", Outcome.disclosed),
]


def test_the_shipped_model_loads_once_from_knowledge():
    m = reply_model.model()
    assert m is not None
    assert set(m.labels) <= {o.value for o in Outcome}
    assert {"part_disclosed", "disclosed", "refused", "cost_limit", "not_held", "ncnd"} <= set(m.labels)
    assert reply_model.model() is m  # loaded lazily, once
    assert all(len(w) == len(m.labels) for w in m.weights.values())
    probs = m.probabilities({})
    assert abs(sum(probs.values()) - 1.0) < 1e-9


def test_the_model_overrides_only_at_or_above_its_threshold():
    probs = {"refused": 0.79, "part_disclosed": 0.21}
    kept = decide("part_disclosed", False, probs, 0.8)
    assert kept == Decision("part_disclosed", 0.21, "rules", False)
    moved = decide("part_disclosed", False, {"refused": 0.85, "part_disclosed": 0.15}, 0.8)
    assert (moved.outcome, moved.by) == ("refused", "model")
    # agreeing with the rules is no override, however sure
    same = decide("refused", False, {"refused": 0.99, "part_disclosed": 0.01}, 0.5)
    assert same.by == "rules" and same.outcome == "refused"
    # no probabilities (no model): the rules stand, unclear or not
    assert decide("pending", True, {}, 0.5) == Decision("pending", None, "rules", True)


def test_an_unclear_reading_is_settled_only_when_the_model_is_sure():
    assert decide("pending", True, {"disclosed": 0.6, "pending": 0.4}, 0.9).unclear
    settled = decide("pending", True, {"disclosed": 0.95, "pending": 0.05}, 0.9)
    assert (settled.outcome, settled.unclear, settled.by) == ("disclosed", False, "model")


def _forced(monkeypatch, threshold: float) -> ReplyModel:
    shipped = reply_model.model()
    assert shipped is not None
    forced = ReplyModel(labels=shipped.labels, weights=shipped.weights, bias=shipped.bias, threshold=threshold)
    monkeypatch.setattr(reply_model, "model", lambda: forced)
    return forced


@pytest.mark.parametrize("text,outcome", ONE_CLEAR_DECISION)
def test_a_reply_with_one_clear_decision_keeps_it(monkeypatch, text, outcome):
    assert read_reply(text).outcome == outcome
    # even with the shipped weights made to override at 0.6, the one decision the reply states stands
    _forced(monkeypatch, 0.6)
    reading = read_reply(text)
    assert reading.outcome == outcome
    assert reading.decided_by == "rules"
    assert reading.outcome_p is not None and reading.outcome_p > 0.5


@pytest.mark.parametrize("text,outcome", ISSUE_10)
def test_the_examples_of_issue_10_stay_right(text, outcome):
    reading = read_reply(text)
    assert reading.outcome.value == outcome
    assert not reading.unclear


def test_a_model_that_overrides_moves_the_reading_and_says_so(monkeypatch):
    text = "We do not hold the information you requested."
    feats, rules, _ = reply_model_features(text)
    assert rules == Outcome.not_held
    # a model (invented weights) sure that this reply is published overrides the rules and is named as the decider
    m = ReplyModel(labels=["not_held", "published"], weights={"rule:not_held": [0.0, 5.0]}, bias=[0.0, 0.0],
                   threshold=0.9)
    monkeypatch.setattr(reply_model, "model", lambda: m)
    reading = read_reply(text)
    assert reading.outcome == Outcome.published and reading.decided_by == "model"
    assert reading.outcome_p is not None and reading.outcome_p >= 0.9
    # the same model at a threshold it does not reach leaves the rules' outcome
    m.threshold = 0.999
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held and reading.decided_by == "rules"


def test_without_a_model_the_rules_read_alone(monkeypatch):
    monkeypatch.setattr(reply_model, "model", lambda: None)
    reading = read_reply("We do not hold the information you requested.")
    assert reading.outcome == Outcome.not_held
    assert reading.outcome_p is None and reading.decided_by == "rules"


def test_a_broken_model_file_is_no_model(monkeypatch, tmp_path):
    (tmp_path / reply_model.MODEL_NAME).write_text(json.dumps({"labels": ["a", "b"], "bias": [0.0], "weights": {}}))
    monkeypatch.setattr("askfoi.paths.resource_dir", lambda name: tmp_path)
    reply_model.model.cache_clear()
    try:
        assert reply_model.model() is None
        (tmp_path / reply_model.MODEL_NAME).write_text("{not json")
        reply_model.model.cache_clear()
        assert reply_model.model() is None
    finally:
        reply_model.model.cache_clear()


HOSTILE = [
    "\x1b[31mWe do not hold\x1b[0m [bold]the information[/bold] {{ config }} {% for x in y %}",
    "section 12 " * 3000,
    "1. 2. 3. 4. 5. " * 400,
    "",
    "\x00\x07\u202e exempt under section 40(2) \ud800".encode("utf-8", "replace").decode("utf-8", "replace"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_harmless(text):
    feats, _, _ = reply_model_features(text)
    # the words the model reads are plain lower-case letters; nothing of the text's markup or escapes survives
    assert all(k[2:].isalpha() and k[2:].islower() for k in feats if k.startswith("w="))
    reading = read_reply(text)
    assert reading.outcome in Outcome
    assert reading.outcome_p is None or 0.0 <= reading.outcome_p <= 1.0
    assert "\x1b" not in reading.explanation


def test_explain_json_carries_the_models_probability_and_who_decided(tmp_path, capsys):
    from askfoi.cli import main

    path = tmp_path / "reply.txt"
    path.write_text("We do not hold the information you requested.", encoding="utf-8")
    assert main(["explain", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "not_held" and data["decided_by"] == "rules"
    assert 0.5 < data["outcome_p"] <= 1.0


def test_a_reading_the_model_doubts_tells_the_person_to_check(monkeypatch):
    from askfoi.reply_explain import explain_reply, explanation_text

    text = "We do not hold the information you requested."
    sure = explanation_text(explain_reply(text))
    # a model (invented weights) that finds "published" likelier, below its threshold: the outcome stays, flagged
    m = ReplyModel(labels=["not_held", "published"], weights={"rule:not_held": [0.0, 2.0]}, bias=[0.0, 0.0],
                   threshold=0.99)
    monkeypatch.setattr(reply_model, "model", lambda: m)
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held and reading.confidence == "low" and not reading.unclear
    doubted = explanation_text(explain_reply(text))
    assert "not sure" in doubted and "not sure" not in sure
