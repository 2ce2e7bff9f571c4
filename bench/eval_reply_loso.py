"""Leave one set of real replies out: the figure that predicts how the reply reader does on a set nobody tuned on.

    .venv/bin/python bench/eval_reply_loso.py            # the table (what `make eval` prints)
    .venv/bin/python bench/eval_reply_loso.py --misses   # and each left-out miss as (id, label, read)

Sets: the repo's tuned reply splits (tests/data/replies/labelled.jsonl: tune ... fresh6; the judged splits report,
fresh7 and fresh8 are never read here) and the real labelled replies /work/fresh10 ... /work/fresh15 (all.jsonl;
FRESH_DIR overrides /work; a set that is absent is skipped and said so). For each fresh set in turn the learnt
reply outcome (askfoi/reply_model.py's gate over `reply_model_features`) is fitted on the repo's tuned splits plus
the other fresh sets, its setting (L2, the weight of a fresh reply against a repo reply, which outcomes it may
give) and override threshold are chosen by leaving each of those other fresh sets out in turn (nested: the left-out
set chooses nothing), and the left-out set is scored: rules alone vs rules + model.

Honest by construction: the rules were tuned on fresh10 ... fresh14 reply by reply, so this checkout's rules ("now")
are in-sample there. Each fresh set is therefore read (features and the rules' outcome) by the reader main had
before any round tuned on it (bench/data/reply_pretune.json, bench/build_reply_pretune.py): "rules" is what the
rules did on the set as a new set, and the model learns from, and is judged on, readings of replies their reader had
never seen - the situation of the next set. The repo's tuned splits are read by this checkout.

A reply is right when its outcome equals the label and the reading is not unclear (bench/eval_replies.py). A
"confident miss" is a wrong reading that says nothing of doubt (not unclear, and the model gives its outcome at
least the doubt threshold): the miss a person would rely on.
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

from askfoi.reply_model import decide  # noqa: E402
from bench.softmax_fit import adam_softmax_dense  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "replies" / "labelled.jsonl"
REPO_SPLITS = ("tune", "tune2", "tune3", "fresh", "fresh3", "fresh2", "fresh4", "fresh5", "fresh6")
FRESH = ("fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15")
L2S = (0.01,)
FRESH_WEIGHTS = (4.0,)
SCOPES = ("all", "whole")
# the outcomes a "whole"-scoped model may give: the whole-request kinds the rules misread on new sets (holding
# letters, not held, whole refusals) - it never turns a reply into a partial or full disclosure
WHOLE = ("pending", "not_held", "refused", "cost_limit", "ncnd", "vexatious", "withdrawn", "published")
THRESHOLDS = tuple(float(x) for x in os.environ.get("REPLY_LOSO_THRESHOLDS", "0.6,0.7,0.8,0.85,0.9,0.95,1.01").split(","))
MIN_COUNT = 3
WORDS_MIN = 8  # a word of the decision sentences is a feature only when this many training replies have it
STEPS, RATE = 300, 0.05
DOUBT = 0.5
PRETUNE = ROOT / "bench" / "data" / "reply_pretune.json"
CACHE = ROOT / ".cache" / "reply_loso_features.json"


def fresh_dir() -> Path:
    return Path(os.environ.get("FRESH_DIR", "/work"))


def load() -> list[dict]:
    """Every record: {set, id, text, y}. The repo's judged splits are left out."""
    out = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get("split") in REPO_SPLITS:
                out.append({"set": r["split"], "id": r.get("url") or r.get("id") or "", "text": r["excerpt"],
                            "y": r["outcome"]})
    for name in FRESH:
        path = fresh_dir() / name / "all.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append({"set": name, "id": r["id"], "text": r["text"], "y": r["outcome"]})
    assert not any(r["set"] in ("report", "fresh7", "fresh8") for r in out)
    return out


def _fingerprint() -> str:
    """The reader's code and vocabulary: the cache of features is valid only for the same reader."""
    h = hashlib.sha256()
    files = sorted([*(ROOT / "askfoi").glob("*.py"), *(ROOT / "knowledge" / "vocab").glob("*.yaml"),
                    *(ROOT / "knowledge").glob("exemptions.jsonl")])
    for p in files:
        if p.name != "reply_model.py":
            h.update(p.name.encode()); h.update(p.read_bytes())
    return h.hexdigest()[:16]


def features(records: list[dict], model_free: bool = True) -> list[dict]:
    """Each record's (features, rules' outcome, unclear) from the reader in this checkout, cached by the reader's
    fingerprint. The rules are read with the shipped model switched off (its threshold would not move them anyway,
    but its doubt must not feed back)."""
    from askfoi import reply_model
    from askfoi.reader import reply_model_features

    key = _fingerprint()
    cache: dict = {}
    if CACHE.exists():
        try:
            cache = json.loads(CACHE.read_text(encoding="utf-8"))
        except ValueError:
            cache = {}
    if cache.get("key") != key:
        cache = {"key": key, "rows": {}}
    rows = cache["rows"]
    if model_free:
        reply_model.model.cache_clear()
        saved = reply_model.model
        reply_model.model = lambda: None  # type: ignore[assignment]
    try:
        for r in records:
            k = hashlib.sha256(r["text"].encode()).hexdigest()[:20]
            if k not in rows:
                f, outcome, unclear = reply_model_features(r["text"])
                rows[k] = [f, outcome.value, bool(unclear)]
            r["feats"], r["rules"], r["unclear"] = rows[k]
    finally:
        if model_free:
            reply_model.model = saved  # type: ignore[assignment]
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(cache), encoding="utf-8")
    return records


class Fit:
    """One fitted model over the training rows: probabilities for any row."""

    def __init__(self, train: list[dict], labels: list[str], l2: float, fresh_weight: float):
        counts = Counter(n for d in train for n, v in d["feats"].items() if v)
        self.vocab = sorted(n for n, c in counts.items() if c >= (WORDS_MIN if n.startswith("w=") else MIN_COUNT))
        self.index = {n: k for k, n in enumerate(self.vocab)}
        self.labels = labels
        X = self.matrix(train)
        Y = np.zeros((len(train), len(labels)))
        for r, d in enumerate(train):
            Y[r, labels.index(d["y"])] = 1.0
        w = np.array([fresh_weight if d["set"] in FRESH else 1.0 for d in train])
        self.W, self.b = adam_softmax_dense(X, Y, l2, STEPS, RATE, w)

    def matrix(self, rows: list[dict]) -> np.ndarray:
        X = np.zeros((len(rows), len(self.vocab)))
        for r, d in enumerate(rows):
            for n, v in d["feats"].items():
                k = self.index.get(n)
                if k is not None and v:
                    X[r, k] = v
        return X

    def probs(self, rows: list[dict]) -> list[dict]:
        Z = self.matrix(rows) @ self.W + self.b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z); P /= P.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, map(float, p))) for p in P]


def gated(d: dict, probs: dict, threshold: float, scope: str):
    """The gate of askfoi/reply_model.py, with the scope: a "whole" model may only give a whole-request outcome."""
    return decide(d["rules"], d["unclear"], probs, threshold, WHOLE if scope == "whole" else ())


def right(d: dict, g) -> bool:
    return g.outcome == d["y"] and not g.unclear


def choose(train: list[dict], labels: list[str]) -> tuple:
    """The setting and threshold with the most right on the training fresh sets, each scored by the model fitted
    without it (ties: fewer overrides, i.e. the higher threshold, then the first setting)."""
    inner = [s for s in FRESH if any(d["set"] == s for d in train)]
    best = None
    for l2 in L2S:
        for fw in FRESH_WEIGHTS:
            scored = []
            for s in inner:
                fit = Fit([d for d in train if d["set"] != s], labels, l2, fw)
                rows = [d for d in train if d["set"] == s]
                scored += list(zip(rows, fit.probs(rows)))
            for scope in SCOPES:
                for th in THRESHOLDS:
                    n = sum(right(d, gated(d, p, th, scope)) for d, p in scored)
                    key = (n, th, scope == "whole")
                    if best is None or key > best[0]:
                        best = (key, l2, fw, scope, th)
    return best[1:]


def doubt_line(records: list[dict], have: list[str], doubted: Counter) -> None:
    """How well "not sure, check the reply" (the model gives the rules' outcome less than DOUBT, or the rules are
    unclear) marks the rules' misses on the left-out sets: the fitted-without model against the shipped one."""
    from askfoi import reply_model

    shipped = Counter()
    m = reply_model.model()
    for d in records:
        if d["set"] in have and m is not None:
            flag = m.probabilities(d["feats"]).get(d["rules"], 0.0) < m.doubt or d["unclear"]
            shipped["wrong" if d["rules"] != d["y"] or d["unclear"] else "right", flag] += 1

    def say(c: Counter) -> str:
        w, r = c["wrong", True] + c["wrong", False], c["right", True] + c["right", False]
        return f"{c['wrong', True]}/{w} of the rules' misses, {c['right', True]}/{r} of their right readings"

    print(f"  'not sure' flag on the left-out sets: fitted without the set {say(doubted)}"
          + (f"; shipped model {say(shipped)} (in sample for 10-14 if it was fitted on them)" if shipped else ""))


def shipped_floor() -> float | None:
    """The shipped model's override threshold (bench/train_reply_model.py raises the one chosen here until the repo's
    labelled replies lose nothing): the lowest this table may choose, so that it measures what ships."""
    try:
        return float(json.loads((ROOT / "knowledge" / "reply_model.json").read_text(encoding="utf-8"))["threshold"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pretune() -> dict:
    """bench/data/reply_pretune.json (bench/build_reply_pretune.py): each fresh set's features as main's reader read
    it before any round tuned on that set; {} when absent."""
    try:
        return json.loads(PRETUNE.read_text(encoding="utf-8"))["sets"]
    except (OSError, ValueError, KeyError):
        return {}


def main(argv: list[str]) -> int:
    records = features(load())
    pre = pretune()
    for r in records:
        r["now"] = r["rules"] == r["y"] and not r["unclear"]
        row = pre.get(r["set"], {}).get(r["id"])
        if row is not None:  # the fresh set as the reader read it before anyone tuned on it
            r["feats"], r["rules"], r["unclear"] = row["feats"], row["rules"], row["unclear"]
    have = [s for s in FRESH if any(r["set"] == s for r in records)]
    if not have:
        print(f"\nleave-one-set-out (replies): no fresh sets under {fresh_dir()}; nothing to score")
        return 0
    labels = sorted({r["y"] for r in records} | {r["rules"] for r in records})
    global THRESHOLDS
    floor = shipped_floor()
    if floor and "REPLY_LOSO_THRESHOLDS" not in os.environ:
        THRESHOLDS = tuple(t for t in THRESHOLDS if t >= floor) or (1.01,)
        print(f"\n(thresholds from {floor}, the shipped model's: below it the repo's labelled replies lose a reply; "
              "REPLY_LOSO_THRESHOLDS=0.6,0.7,... to see lower ones)")
    print(f"\nleave-one-set-out (replies): each fresh set scored by the model fitted on the repo's tuned splits "
          f"({sum(r['set'] in REPO_SPLITS for r in records)} replies) and the other fresh sets; setting and "
          "threshold chosen on those other sets (nested)")
    print(f"  {'set':8} {'n':>3} {'now':>8} {'rules':>13} {'rules+model':>13} {'overrides(right)':>16} "
          f"{'conf.miss r/m':>13}  chosen")
    tot = Counter()
    misses = []
    means = {"pre": [], "rules": [], "model": []}
    doubted = Counter()
    for s in have:
        train = [r for r in records if r["set"] != s]
        test = [r for r in records if r["set"] == s]
        l2, fw, scope, th = choose(train, labels)
        fit = Fit(train, labels, l2, fw)
        probs = fit.probs(test)
        n = len(test)
        rules = sum(d["rules"] == d["y"] and not d["unclear"] for d in test)
        gs = [gated(d, p, th, scope) for d, p in zip(test, probs)]
        model = sum(right(d, g) for d, g in zip(test, gs))
        over = [(d, g) for d, g in zip(test, gs) if g.by == "model"]
        conf_rules = sum(not (d["rules"] == d["y"]) and not d["unclear"] for d in test)
        conf_model = sum(not right(d, g) and not g.unclear and (g.p is None or g.p >= DOUBT) for d, g in zip(test, gs))
        now = sum(d["now"] for d in test)
        means["pre"].append(now / n)
        means["rules"].append(rules / n)
        means["model"].append(model / n)
        for k, v in (("n", n), ("rules", rules), ("model", model), ("over", len(over)),
                     ("over_ok", sum(g.outcome == d["y"] for d, g in over)), ("cr", conf_rules), ("cm", conf_model)):
            tot[k] += v
        print(f"  {s:8} {n:>3} {now / n:>8.3f} {rules:>5} ({rules / n:.3f}) {model:>5} "
              f"({model / n:.3f}) {len(over):>9} ({sum(g.outcome == d['y'] for d, g in over)}) "
              f"{conf_rules:>7}/{conf_model:<5}  l2 {l2} fresh x{fw:g} {scope} th {th}")
        for d, g, p in zip(test, gs, probs):
            flag = p.get(d["rules"], 0.0) < DOUBT or d["unclear"]
            doubted["wrong" if d["rules"] != d["y"] or d["unclear"] else "right", flag] += 1
        for d, g in zip(test, gs):
            if not right(d, g):
                misses.append((s, d["id"], d["y"], d["rules"] + ("?" if d["unclear"] else ""),
                               g.outcome + ("?" if g.unclear else ""), g.p))
    print(f"  {'mean':8} {tot['n']:>3} {np.mean(means['pre']):>8.3f} {'':>5} ({np.mean(means['rules']):.3f}) {'':>5} "
          f"({np.mean(means['model']):.3f}) {tot['over']:>9} ({tot['over_ok']}) {tot['cr']:>7}/{tot['cm']:<5}")
    print("  (now = this checkout's rules, in-sample on every set a round tuned on; rules = the reader main had before "
          "any round tuned on the set (bench/data/reply_pretune.json): the honest figure; rules+model = that reading "
          "weighed by the model fitted without the set)")
    doubt_line(records, have, doubted)
    if "--misses" in argv:
        for s, i, y, r, m, p in misses:
            print(f"  - {s} {i}: label {y} | rules {r} | rules+model {m} (p {p if p is None else round(p, 2)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
