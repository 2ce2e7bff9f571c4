"""Train askfoi's unit-role model (askfoi/unit_roles.py) on hand-labelled units of real request texts.

The texts are real public texts (WhatDoTheyKnow pages, disclosure logs, public posts) and stay outside the
repository: ASKFOI_UNIT_TEXTS names a folder with hN.jsonl (each text as the rules cut it: {"id", "text", "units":
[{"n", "unit", "now", "kind"}]}) and labels/*.jsonl (the hand labels: {"id", "labels": [{"n", "label"}]}). The
repository keeps the labels without the texts (tests/data/unit_roles/labels.jsonl: id, unit number, label and a
hash of the unit's words) and the trained weights (knowledge/unit_roles_model.json).

Split: texts of holdouts 5-11 tune (the weights' strength and the thresholds are chosen by cross-validation on
them); holdouts 12-13 are held out and only reported. The shipped weights are then fitted on all the labelled
texts with the settings chosen on the tuning half.

    ASKFOI_UNIT_TEXTS=/work/units .venv/bin/python bench/train_unit_roles.py [--no-write]
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from askfoi.framing import _vague  # noqa: E402
from askfoi.sentence_acts import formal_request  # noqa: E402
from askfoi.unit_roles import LABELS, MODEL_NAME, decide, features, make_unit, Model  # noqa: E402
from bench.softmax_fit import adam_softmax  # noqa: E402

HELD = ("h12-", "h13-")
# what a wrong move costs against a right one: a question removed (demote) is worse than a remark made a part
# (promote), which is worse than a question glued to the one before it (merge: nothing is lost)
COSTS = {"demote": 2.0, "promote": 1.5, "unframed": 1.5, "merge": 1.0}
LABELS_OUT = ROOT / "tests" / "data" / "unit_roles" / "labels.jsonl"


def unit_hash(words: str) -> str:
    return hashlib.sha1(" ".join(words.split()).encode()).hexdigest()[:12]


def load(folder: Path):
    texts = {}
    for path in sorted(folder.glob("h*.jsonl")):
        for line in path.open():
            row = json.loads(line)
            texts[row["id"]] = row
    labels: dict[tuple[str, int], str] = {}
    second: dict[tuple[str, int], str] = {}
    for path in sorted((folder / "labels").glob("*.jsonl")):
        for line in path.open():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            for lab in row.get("labels", []):
                key = (row["id"], int(lab["n"]))
                value = {"dup": "not"}.get(lab.get("label"), lab.get("label"))
                if value not in LABELS:
                    continue
                (second if key in labels else labels)[key] = value
    return texts, labels, second


def samples(texts, labels):
    """Per labelled text: its units (askfoi.unit_roles.Unit), features, labels and the rules' decisions."""
    out = []
    for tid, row in texts.items():
        units_rows = row["units"]
        if not units_rows or not all((tid, u["n"]) in labels for u in units_rows):
            continue  # only texts labelled whole
        units = [make_unit(row["text"], u["unit"], u["now"], u.get("kind") or "") for u in units_rows]
        for u in units:  # as askfoi.framing.gate_units marks them (the body named is not known here)
            u.vague = u.now == "unframed" and _vague(u.text)
        formal = formal_request(row["text"])
        feats = [features(units, i, formal=formal) for i in range(len(units))]
        ys = [labels[(tid, u["n"])] for u in units_rows]
        out.append({"id": tid, "units": units, "feats": feats, "ys": ys, "rows": units_rows})
    return out


def fit(feats: list[dict], ys: list[str], l2: float, vocab: list[str] | None = None, steps: int = 400):
    if vocab is None:
        counts = Counter(name for f in feats for name in f)
        vocab = sorted(n for n, c in counts.items() if c >= 2)
    index = {n: k for k, n in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, f in enumerate(feats):
        for name, v in f.items():
            if name in index:
                rows.append(r); cols.append(index[name]); vals.append(v)
    Y = np.zeros((len(ys), len(LABELS)))
    for r, y in enumerate(ys):
        Y[r, LABELS.index(y)] = 1.0
    W, b = adam_softmax(rows, cols, vals, Y, len(vocab), l2, steps)
    return Model(labels=list(LABELS), weights={name: [float(x) for x in W[k]] for k, name in enumerate(vocab)
                                               if np.abs(W[k]).max() > 1e-6},
                 bias=[float(x) for x in b])


def predict(model: Model, texts: list[dict]) -> list[list[dict]]:
    return [[model.probabilities(f) for f in t["feats"]] for t in texts]


def cross_val(texts: list[dict], l2: float, folds: int = 5) -> list[list[dict]]:
    out: list[list[dict] | None] = [None] * len(texts)
    for k in range(folds):
        train = [t for j, t in enumerate(texts) if j % folds != k]
        model = fit([f for t in train for f in t["feats"]], [y for t in train for y in t["ys"]], l2)
        for j, t in enumerate(texts):
            if j % folds == k:
                out[j] = [model.probabilities(f) for f in t["feats"]]
    return out  # type: ignore[return-value]


def log_loss(texts, probs) -> float:
    total, n = 0.0, 0
    for t, ps in zip(texts, probs):
        for y, p in zip(t["ys"], ps):
            total -= np.log(max(1e-9, p[y])); n += 1
    return total / max(1, n)


def move_counts(texts, probs, thresholds) -> Counter:
    """Right and wrong moves at THRESHOLDS: demote (right when the unit asks nothing), promote (right when it
    asks), merge (right when it is a breakdown)."""
    c: Counter = Counter()
    for t, ps in zip(texts, probs):
        for move in decide(t["units"], ps, thresholds):
            y = t["ys"][t["units"].index(move.unit)]
            right = {"demote": y == "not", "promote": y == "ask", "unframed": y == "ask",
                     "merge": y == "breakdown"}[move.action]
            c[f"{move.action} {'right' if right else 'wrong'}"] += 1
    return c


def rules_agreement(texts, probs=None, thresholds=None) -> tuple[int, int]:
    """Units whose part / not-a-part decision matches the label (a breakdown is rightly no part of its own)."""
    right = total = 0
    for j, t in enumerate(texts):
        state = [u.now == "part" for u in t["units"]]
        if probs is not None:
            for move in decide(t["units"], probs[j], thresholds):
                state[t["units"].index(move.unit)] = move.action in ("promote", "unframed")
        for y, is_part in zip(t["ys"], state):
            total += 1
            right += (y == "ask") == is_part
    return right, total


def choose_thresholds(texts, probs) -> dict[str, float]:
    grid = [x / 100 for x in range(30, 100, 2)]
    chosen = {}
    for action in ("demote", "promote", "unframed", "merge"):
        best, best_gain = 1.01, 0.0
        for th in grid:
            c = move_counts(texts, probs, {action: th})
            gain = c[f"{action} right"] - COSTS[action] * c[f"{action} wrong"]
            if gain > best_gain:
                best, best_gain = th, gain
        chosen[action] = best
    return chosen


def main() -> int:
    folder = Path(os.environ.get("ASKFOI_UNIT_TEXTS", "/nonexistent"))
    if not folder.is_dir():
        shipped = json.loads((ROOT / "knowledge" / MODEL_NAME).read_text(encoding="utf-8"))["meta"]
        (r0, r1), (h0, h1) = ((shipped["tune_cv"]["rules"], shipped["tune_cv"]["model"]),
                              (shipped["held_out"]["rules"], shipped["held_out"]["model"]))
        print(f"\nunit roles (shipped model; the labelled texts are not here: set ASKFOI_UNIT_TEXTS to measure again): "
              f"{shipped['texts']} texts, {shipped['units']} units; part or not right: tune (cross-validated) rules "
              f"{r0[0]}/{r0[1]} -> model {r1[0]}/{r1[1]}; held out (holdouts 12-13) rules {h0[0]}/{h0[1]} -> model "
              f"{h1[0]}/{h1[1]}")
        return 0
    if "--report" in sys.argv:
        sys.argv.append("--no-write")
    texts, labels, second = load(folder)
    agree = sum(labels[k] == v for k, v in second.items() if k in labels)
    data = samples(texts, labels)
    tune = [t for t in data if not t["id"].startswith(HELD)]
    held = [t for t in data if t["id"].startswith(HELD)]
    print(f"unit roles: {len(data)} texts labelled whole ({sum(len(t['ys']) for t in data)} units); tune {len(tune)}, "
          f"held out {len(held)}; labels {dict(Counter(y for t in data for y in t['ys']))}; "
          f"two labellers agree on {agree}/{len(second)} units")
    best = None
    for l2 in (0.001, 0.003, 0.01, 0.03):
        probs = cross_val(tune, l2)
        loss = log_loss(tune, probs)
        print(f"  l2 {l2}: cross-validated log loss {loss:.3f}")
        if best is None or loss < best[1]:
            best = (l2, loss, probs)
    l2, _, cv = best
    thresholds = choose_thresholds(tune, cv)
    print(f"  chosen l2 {l2}; thresholds {thresholds}")
    r0 = rules_agreement(tune)
    r1 = rules_agreement(tune, cv, thresholds)
    print(f"  tune (cross-validated): part or not right, rules {r0[0]}/{r0[1]} -> with the model {r1[0]}/{r1[1]}; "
          f"moves {dict(move_counts(tune, cv, thresholds))}")
    model = fit([f for t in tune for f in t["feats"]], [y for t in tune for y in t["ys"]], l2)
    hp = predict(model, held)
    h0 = rules_agreement(held)
    h1 = rules_agreement(held, hp, thresholds)
    held_moves = dict(move_counts(held, hp, thresholds))
    print(f"  held out (holdouts 12-13, never tuned on): part or not right, rules {h0[0]}/{h0[1]} -> with the model "
          f"{h1[0]}/{h1[1]}; moves {held_moves}; log loss {log_loss(held, hp):.3f}")
    if "--no-write" in sys.argv:
        return 0
    final = fit([f for t in data for f in t["feats"]], [y for t in data for y in t["ys"]], l2)
    out = {"labels": final.labels, "bias": final.bias, "thresholds": thresholds,
           "meta": {"l2": l2, "costs": COSTS, "texts": len(data), "units": sum(len(t["ys"]) for t in data),
                    "tune_cv": {"rules": r0, "model": r1}, "held_out": {"rules": h0, "model": h1, "moves": held_moves},
                    "trained_on": sorted(t["id"] for t in data)},
           "weights": {k: [round(x, 4) for x in v] for k, v in sorted(final.weights.items())
                       if max(abs(x) for x in v) >= 1e-3}}
    (ROOT / "knowledge" / MODEL_NAME).write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    LABELS_OUT.parent.mkdir(parents=True, exist_ok=True)
    with LABELS_OUT.open("w", encoding="utf-8") as fh:
        for t in data:
            for u, y in zip(t["rows"], t["ys"]):
                fh.write(json.dumps({"id": t["id"], "n": u["n"], "label": y, "unit": unit_hash(u["unit"])}) + "\n")
    print(f"  wrote knowledge/{MODEL_NAME} ({len(out['weights'])} features) and {LABELS_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
