"""Which reply reader generalises to replies from a source it has never seen (rd31, issue 10).

    .venv/bin/python bench/eval_reply_source_out.py

The repo's labelled replies (tests/data/replies/labelled.jsonl) are grouped by source (the address's host, "www."
dropped: one disclosure log, one blog, one WhatDoTheyKnow) and the tuned splits are cut into FOLDS folds with no
source in two folds. Each fold is scored by readers fitted on the other folds only:

  rules        the hand-written reader (askfoi/reader.py) alone. NOT honest: the rules were tuned on these very
               replies over eight rounds, so this is an upper bound on what the rules do on new text.
  model        a regularised softmax over the reader's sentence-level features with the rules' own verdict
               removed (no "rule:", "conf:", "rule_unclear", "boundary:" features): a learned reader, honest.
  model+rules  the same softmax with the rules' verdict as features (what knowledge/reply_model.json is).
  gate/<scope> the rules, overridden by model+rules where it is at least T sure (T chosen on the other folds'
               out-of-fold predictions); scope "whole" lets the model give only a whole-request outcome (what ships).

"second opinion" rows: the rules' reading kept, but marked unclear where the learned reader without the rules'
verdict disagrees on whether the reply gave anything at all, at least TAU sure and moved at least MARGIN (log-odds)
from its no-feature prior by the reply's own features (rd31 tried shipping this; see docs/notes/rd31.md).

A reply is right when the outcome equals the label and the reading is not unclear (bench/eval_replies.py); a
model reading is unclear when its top probability is under ABSTAIN. Then each reader is fitted on every tuned split
and scored on the judged splits (report, fresh7, fresh8) - never tuned on by the model; the rules' caveat holds.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_reply_loso import Fit, features  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "replies" / "labelled.jsonl"
TUNED = ("tune", "tune2", "tune3", "fresh", "fresh3", "fresh2", "fresh4", "fresh5", "fresh6")
JUDGED = ("report", "fresh7", "fresh8")
FOLDS = 10
L2 = 0.01
ABSTAIN = 0.5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)
WHOLE = ("pending", "not_held", "refused", "cost_limit", "ncnd", "vexatious", "withdrawn", "published")
RULE_FEATS = ("rule:", "conf:", "rule_unclear", "boundary:")


def source(url: str) -> str:
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host or "?"


def fold_of(src: str) -> int:
    return int(hashlib.sha256(src.encode()).hexdigest(), 16) % FOLDS


def load() -> list[dict]:
    out = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append({"set": r["split"], "id": r.get("url") or "", "text": r["excerpt"], "y": r["outcome"],
                        "src": source(r.get("url") or "")})
    return out


def strip_rules(rows: list[dict]) -> list[dict]:
    return [dict(d, feats={k: v for k, v in d["feats"].items() if not k.startswith(RULE_FEATS)}) for d in rows]


def model_right(d: dict, p: dict) -> bool:
    best = max(p, key=p.get)
    return best == d["y"] and p[best] >= ABSTAIN


def gate(d: dict, p: dict, th: float, scope: str) -> tuple[str, bool]:
    best = max(p, key=lambda k: (p[k], k == d["rules"]))
    if p[best] >= th and (best != d["rules"] or d["unclear"]) and (scope == "all" or best in WHOLE):
        return best, False
    return d["rules"], d["unclear"]


def gate_right(d: dict, p: dict, th: float, scope: str) -> bool:
    o, unclear = gate(d, p, th, scope)
    return o == d["y"] and not unclear


def confident_miss_gate(d: dict, p: dict, th: float, scope: str) -> bool:
    o, unclear = gate(d, p, th, scope)
    return o != d["y"] and not unclear


TAUS = (0.6, 0.7)
MARGINS = (0.0, 1.0, 2.0, 3.0)
GAVE = ("disclosed", "part_disclosed")


def disagrees(rules_outcome: str, probs: dict, tau: float, prior: dict | None = None, margin: float = 0.0):
    """The second opinion's outcome where it is at least TAU sure, it and the rules disagree on whether the reply
    gave anything (disclosed / part_disclosed against any other outcome), and the reply's own features moved it at
    least MARGIN (log-odds of its outcome against the rules') from its no-feature PRIOR; None otherwise."""
    best = max(probs, key=probs.get)
    if probs[best] < tau or (best in GAVE) == (rules_outcome in GAVE):
        return None
    if prior:
        tiny = 1e-12
        moved = (math.log(probs[best] + tiny) - math.log(probs.get(rules_outcome, 0.0) + tiny)
                 - math.log(prior.get(best, 0.0) + tiny) + math.log(prior.get(rules_outcome, 0.0) + tiny))
        if moved < margin:
            return None
    return best


def policy(d: dict, p: dict, tau: float, kind: str, prior: dict | None = None, margin: float = 0.0) -> str:
    """The rules' reading checked by the second opinion (the learned reader without the rules' verdict): "doubt"
    marks it unclear, "override" puts the second opinion's outcome in its place. Returns right | unclear | miss."""
    outcome, unclear = d["rules"], d["unclear"]
    best = None if unclear else disagrees(outcome, p, tau, prior, margin)
    if best is not None:
        if kind == "doubt":
            unclear = True
        else:
            outcome = best
    if unclear:
        return "unclear"
    return "right" if outcome == d["y"] else "miss"


def main(argv: list[str]) -> int:
    records = features(load())
    labels = sorted({r["y"] for r in records} | {r["rules"] for r in records})
    tuned = [r for r in records if r["set"] in TUNED]
    judged = [r for r in records if r["set"] in JUDGED]
    for r in tuned:
        r["fold"] = fold_of(r["src"])
    print(f"\nleave-sources-out ({FOLDS} folds, {len({r['src'] for r in tuned})} sources, {len(tuned)} tuned replies)")
    oof_full: dict[int, dict] = {}
    prior_of: dict[int, dict] = {}
    oof_bare: dict[int, dict] = {}
    for k in range(FOLDS):
        train = [r for r in tuned if r["fold"] != k]
        test = [r for r in tuned if r["fold"] == k]
        if not test:
            continue
        full = Fit(train, labels, L2, 1.0)
        bare_train = strip_rules(train)
        bare = Fit(bare_train, labels, L2, 1.0)
        prior_of[k] = bare.probs([{"feats": {}}])[0]
        for d, p, q in zip(test, full.probs(test), bare.probs(strip_rules(test))):
            oof_full[id(d)] = p
            oof_bare[id(d)] = q
    res = defaultdict(Counter)
    chosen = defaultdict(list)
    for k in range(FOLDS):
        test = [r for r in tuned if r["fold"] == k]
        other = [r for r in tuned if r["fold"] != k]
        if not test:
            continue
        for d in test:
            res["rules"]["right"] += d["rules"] == d["y"] and not d["unclear"]
            res["rules"]["cmiss"] += d["rules"] != d["y"] and not d["unclear"]
            for name, oof in (("model", oof_bare), ("model+rules", oof_full)):
                p = oof[id(d)]
                res[name]["right"] += model_right(d, p)
                best = max(p, key=p.get)
                res[name]["cmiss"] += best != d["y"] and p[best] >= ABSTAIN
        for scope in ("all", "whole"):
            th = max(THRESHOLDS, key=lambda t: (sum(gate_right(d, oof_full[id(d)], t, scope) for d in other), t))
            chosen[scope].append(th)
            for d in test:
                res[f"gate/{scope}"]["right"] += gate_right(d, oof_full[id(d)], th, scope)
                res[f"gate/{scope}"]["cmiss"] += confident_miss_gate(d, oof_full[id(d)], th, scope)
    n = len(tuned)
    print(f"  {'reader':14} {'right':>12} {'confident misses':>17}")
    for name in ("rules", "model", "model+rules", "gate/all", "gate/whole"):
        c = res[name]
        extra = f"  thresholds {Counter(chosen[name.split('/')[1]])}" if name.startswith("gate") else ""
        print(f"  {name:14} {c['right']:>5}/{n} {c['right'] / n:.3f} {c['cmiss']:>10}{extra}")
    print("  (rules: in-sample - tuned on these replies; the others: fitted without the left-out sources)")

    # per outcome, the out-of-fold confusion of the two learned readers and the rules on "gave nothing" replies
    nothing = [r for r in tuned if r["y"] in WHOLE]
    print(f"\n  replies that gave nothing ({len(nothing)}): read as part_disclosed/disclosed by")
    for name, fn in (("rules", lambda d: d["rules"]),
                     ("model", lambda d: max(oof_bare[id(d)], key=oof_bare[id(d)].get)),
                     ("model+rules", lambda d: max(oof_full[id(d)], key=oof_full[id(d)].get))):
        print(f"    {name:12} {sum(fn(d) in ('part_disclosed', 'disclosed') for d in nothing)}")

    print("\n  second opinion (the model without the rules' verdict) where it and the rules disagree on whether the "
          "reply gave anything, at least TAU sure:")
    print(f"  {'policy':22} {'right':>9} {'unclear':>8} {'conf.miss':>10}")
    for tau in TAUS:
        for mg in MARGINS:
            c = Counter(policy(d, oof_bare[id(d)], tau, "doubt", prior_of[d["fold"]], mg) for d in tuned)
            print(f"  {'doubt ' + str(tau) + ' margin ' + str(mg):22} {c['right']:>9} {c['unclear']:>8} {c['miss']:>10}")

    # by split: fitted on every tuned split, scored on the judged splits
    full = Fit(tuned, labels, L2, 1.0)
    bare = Fit(strip_rules(tuned), labels, L2, 1.0)
    pf, pb = full.probs(judged), bare.probs(strip_rules(judged))
    th_all = max(THRESHOLDS, key=lambda t: (sum(gate_right(d, oof_full[id(d)], t, "all") for d in tuned), t))
    th_whole = max(THRESHOLDS, key=lambda t: (sum(gate_right(d, oof_full[id(d)], t, "whole") for d in tuned), t))
    m = len(judged)
    print(f"\nby split: fitted on the tuned splits, scored on {'+'.join(JUDGED)} ({m} replies)")
    print(f"  rules        {sum(d['rules'] == d['y'] and not d['unclear'] for d in judged):>4}/{m}")
    print(f"  model        {sum(model_right(d, p) for d, p in zip(judged, pb)):>4}/{m}")
    print(f"  model+rules  {sum(model_right(d, p) for d, p in zip(judged, pf)):>4}/{m}")
    print(f"  gate/all     {sum(gate_right(d, p, th_all, 'all') for d, p in zip(judged, pf)):>4}/{m}  (T {th_all})")
    print(f"  gate/whole   {sum(gate_right(d, p, th_whole, 'whole') for d, p in zip(judged, pf)):>4}/{m}  (T {th_whole})")
    prior = bare.probs([{"feats": {}}])[0]
    for tau in TAUS:
        for mg in MARGINS:
            c = Counter(policy(d, p, tau, "doubt", prior, mg) for d, p in zip(judged, pb))
            print(f"  second opinion doubt {tau} margin {mg}: right {c['right']}/{m}, unclear {c['unclear']}, "
                  f"confident misses {c['miss']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
