"""The whole outcome of an authority's reply, learnt from labelled real replies over the reader's own signals.

askfoi/reader.py decides a reply by hand-ordered rules; this module weighs the same reading again with a
multinomial logistic regression over named features of it (`askfoi.reader.reply_model_features`: decision
sentences by kind, where the first and last stand, cues set aside as negated or hypothetical, per-part decisions
and their mix, the boundary key of reply_boundaries.yaml, the rules' own outcome and confidence, and the words of
the decision sentences). The weights are knowledge (knowledge/reply_model.json, written by `make reply-model`:
bench/train_reply_model.py chooses the regularisation and the override threshold by leaving one tuned split out at
a time). Scoring is a sparse sum, no numpy, no training at run time; without the file the rules decide alone.

The model overrides the rules only where it is at least `threshold` sure of another outcome; where the rules found
nothing to stand behind (unclear) and the model is that sure, its outcome stands; otherwise the rules' outcome is
kept, and where the model gives it less than `doubt` (it finds another outcome likelier), the reading's confidence is
"low": the person is told to check the reply itself.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from askfoi.unit_roles import Model  # the sparse softmax scoring, shared

MODEL_NAME = "reply_model.json"


@dataclass
class ReplyModel(Model):
    """The weights over named reply features (askfoi.unit_roles.Model: labels, weights, bias, `probabilities`), with
    the gate's two settings."""

    threshold: float = 1.01  # the model overrides the rules only at or above this probability
    doubt: float = 0.5  # below this probability of the outcome kept, the reading is marked as one to check
    may_give: tuple[str, ...] = ()  # the outcomes the model may put in place of the rules' (empty: any)


@functools.cache
def model() -> ReplyModel | None:
    """The shipped weights (knowledge/reply_model.json), loaded once on first use; None when the file is missing or
    unreadable (the rules then decide alone)."""
    from askfoi.paths import resource_dir

    try:
        data = json.loads((resource_dir("knowledge") / MODEL_NAME).read_text(encoding="utf-8"))
        labels = [str(x) for x in data["labels"]]
        weights = {str(k): [float(x) for x in v] for k, v in data["weights"].items()}
        bias = [float(x) for x in data["bias"]]
        if len(bias) != len(labels) or any(len(v) != len(labels) for v in weights.values()):
            return None
        return ReplyModel(labels=labels, weights=weights, bias=bias, threshold=float(data.get("threshold", 1.01)),
                          doubt=float(data.get("doubt", 0.5)), may_give=tuple(str(x) for x in data.get("may_give") or ()),
                          meta=dict(data.get("meta") or {}))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


@dataclass
class Decision:
    """The outcome the gate settles on: `outcome` (an Outcome value), `p` the model's probability of it (None
    without a model), `by` "rules" or "model", and `unclear` when neither the rules nor the model is sure."""

    outcome: str
    p: float | None
    by: str
    unclear: bool


def decide(rules_outcome: str, rules_unclear: bool, probs: dict[str, float], threshold: float,
           may_give: tuple[str, ...] = ()) -> Decision:
    """The gate: the model's outcome replaces the rules' only where its probability is at least THRESHOLD (and,
    where the rules were unclear, settles the reply) and, when MAY_GIVE names outcomes, only where it is one of
    them (rd24: the whole-request kinds - holding letter, not held, refused, cost - where the rules misread new
    replies); otherwise the rules' outcome stands, with the model's probability of it."""
    if not probs:
        return Decision(rules_outcome, None, "rules", rules_unclear)
    best = max(probs, key=lambda k: (probs[k], k == rules_outcome))
    if probs[best] >= threshold and (best != rules_outcome or rules_unclear) and (not may_give or best in may_give):
        return Decision(best, probs[best], "model", False)
    return Decision(rules_outcome, probs.get(rules_outcome, 0.0), "rules", rules_unclear)
