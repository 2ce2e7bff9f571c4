"""A learnt combiner of the reply reader's decisions (askfoi.reader.reply_features), trained on the tuning splits
only (tune, tune2 of tests/data/replies/labelled.jsonl) and measured by grouped cross-validation (folds by
authority) against the hand-ordered rules on the same folds. Report and fresh are read only by --final, which
prints counts, never records.

  python bench/train_combiner.py            # the CV table (make combiner-cv)
  python bench/train_combiner.py --final    # and then, once, the CV-best combiner on report and fresh (counts only)

Multinomial logistic regression, full-batch gradient descent from zero weights: deterministic. The rules'
outcome counts as right only when it is not unclear, as in bench/eval_replies.py; so does the combiner's."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.reader import reply_features  # noqa: E402

LABELLED = REPO / "tests" / "data" / "replies" / "labelled.jsonl"
TUNING = ("tune", "tune2")
FOLDS = 5
THRESHOLDS = (0.0, 0.3, 0.4)
GATES = (0.7, 0.8, 0.9)
VARIANTS = {"decisions only": lambda name: not name.startswith("rule"), "decisions + rules' outcome": lambda name: True}
STEPS, RATE = 3000, 0.5
LAMBDAS = (0.0003, 0.001, 0.003, 0.01, 0.03)


def tuning_records() -> list[dict]:
    out = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get("split") in TUNING:
                out.append(r)
    return out


def folds(records: list[dict]) -> list[int]:
    """Fold of each record: authorities (largest first, then by name) go to the fold with fewest records."""
    sizes = Counter(r.get("authority") or r["url"] for r in records)
    load = [0] * FOLDS
    fold_of = {}
    for name, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        k = min(range(FOLDS), key=lambda i: (load[i], i))
        fold_of[name] = k
        load[k] += n
    return [fold_of[r.get("authority") or r["url"]] for r in records]


def fit(x: np.ndarray, y: np.ndarray, n_classes: int, lam: float) -> tuple[np.ndarray, np.ndarray]:
    n, d = x.shape
    w = np.zeros((n_classes, d))
    b = np.zeros(n_classes)
    onehot = np.eye(n_classes)[y]
    for _ in range(STEPS):
        s = x @ w.T + b
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        w -= RATE * (g.T @ x + lam * w)
        b -= RATE * g.sum(axis=0)
    return w, b


def predict(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    s = x @ w.T + b
    s -= s.max(axis=1, keepdims=True)
    p = np.exp(s)
    return p / p.sum(axis=1, keepdims=True)


def _matrix(rows: list, names: list[str], keep) -> tuple[np.ndarray, list[str]]:
    cols = [n for n in names if keep(n)]
    return np.array([[f[n] for n in cols] for f, _, _ in rows]), cols


def main(final: bool) -> int:
    records = tuning_records()
    rows = [reply_features(r["excerpt"]) for r in records]
    names = sorted(rows[0][0])
    classes = sorted({r["outcome"] for r in records})
    y = np.array([classes.index(r["outcome"]) for r in records])
    fold = np.array(folds(records))
    rule_top = np.array([classes.index(o.value) if o.value in classes else -1 for _, o, _ in rows])
    rule_ok = (rule_top == y) & ~np.array([u for _, _, u in rows])
    per_fold = lambda ok: " ".join(f"{ok[fold == k].mean():.3f}" for k in range(FOLDS))  # noqa: E731
    print(f"{len(records)} tuning replies ({', '.join(f'{k} {v}' for k, v in Counter(r['split'] for r in records).items())}), "
          f"{len(set(r.get('authority') for r in records))} authorities, {FOLDS} folds by authority "
          f"(sizes {', '.join(str(int((fold == k).sum())) for k in range(FOLDS))}); {len(names)} features")
    print(f"  hand-ordered rules on the same folds (tuned on all of them, no refit): {rule_ok.mean():.3f}  per fold {per_fold(rule_ok)}")
    results = {}
    for variant, keep in VARIANTS.items():
        x, _ = _matrix(rows, names, keep)
        for lam in LAMBDAS:
            probs = np.zeros((len(records), len(classes)))
            for k in range(FOLDS):
                tr, te = fold != k, fold == k
                w, b = fit(x[tr], y[tr], len(classes), lam)
                probs[te] = predict(x[te], w, b)
            top, p = probs.argmax(axis=1), probs.max(axis=1)
            for th in THRESHOLDS:
                ok = (top == y) & (p >= th)
                results[(variant, lam, th)] = ok.mean()
                print(f"  {variant:<27} lambda {lam:<6} unclear below {th:.1f}: {ok.mean():.3f}  per fold {per_fold(ok)}  unclear {int((p < th).sum())}")
            gated = []
            for gate in GATES:  # the rules decide unless the combiner is at least this sure
                ok = np.where(p >= gate, top == y, rule_ok)
                gated.append(f"{gate}: {ok.mean():.3f} ({int(((p >= gate) & (top != rule_top)).sum())} overrides)")
            print(f"  {'':<27} {'':<13} rules unless the combiner is sure, at " + ", ".join(gated))
    (variant, lam, th), best = max(results.items(), key=lambda kv: (kv[1], kv[0][2]))
    print(f"best by CV: {variant}, lambda {lam}, unclear below {th}: {best:.3f}; the rules on the same folds {rule_ok.mean():.3f}")
    if final:
        _judge(rows, names, classes, y, variant, lam, th)
    return 0


def _judge(rows: list, names: list[str], classes: list[str], y: np.ndarray, variant: str, lam: float, th: float) -> None:
    """The CV-best combiner, trained on all tuning replies, and the rules on the judged splits: counts only."""
    x, cols = _matrix(rows, names, VARIANTS[variant])
    w, b = fit(x, y, len(classes), lam)
    judged = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in ("report", "fresh"):
        rs = [r for r in judged if r.get("split") == name]
        feats = [reply_features(r["excerpt"]) for r in rs]
        rules = sum(o.value == r["outcome"] and not u for (_, o, u), r in zip(feats, rs))
        xj = np.array([[f.get(n, 0.0) for n in cols] for f, _, _ in feats])
        probs = predict(xj, w, b)
        top, p = probs.argmax(axis=1), probs.max(axis=1)
        got = [classes[i] for i in top]
        ok = sum(g == r["outcome"] and q >= th for g, q, r in zip(got, p, rs))
        wrong = Counter((r["outcome"], g + ("?" if q < th else "")) for g, q, r in zip(got, p, rs) if not (g == r["outcome"] and q >= th))
        print(f"  {name}: {len(rs)} replies  rules {rules / len(rs):.3f}  combiner {ok / len(rs):.3f}")
        print("    combiner wrong (label -> read): " + ", ".join(f"{a}->{g} {n}" for (a, g), n in wrong.most_common()))


if __name__ == "__main__":
    sys.exit(main(final="--final" in sys.argv))
