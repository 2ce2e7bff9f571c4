"""How well can any NCND decision do with the model's information? Out-of-fold on the TUNING split only (fc27).

The NCND model of `make model` (askfoi/forecast_model.py) is fitted fold by fold (5 folds grouped by authority, the
shipped L2 and publication marks, whole records only) on variants of its features, and scored on the known tuning
records like a new request's answer (answered directly, not from an NCND-targeted harvest): the area under the ROC
curve per kind of body, the false alarms a bar catching 85% of NCND answers costs, and the recall a bar with at most
15% false alarms reaches. Every decision rule over the same forecast (a bar, a veto, a topic rule) moves along that
curve; only new information moves the curve. The held-out split is not read. `--rows` caches the tuning records'
features (bench/forecast_diagnose.py computes them, about a minute and a half).

    .venv/bin/python bench/ncnd_ceiling.py --rows /tmp/rows.pkl
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_model as tm  # noqa: E402
from forecast_diagnose import tuning_rows  # noqa: E402


def auc(p: np.ndarray, y: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    ranks = np.argsort(np.argsort(np.concatenate([pos, neg]))) + 1
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def false_alarms_at_recall(p: np.ndarray, y: np.ndarray, goal: float = tm.RECALL_GOAL) -> float:
    for t in np.sort(np.unique(p))[::-1]:
        if (p[y == 1] >= t).mean() >= goal:
            return float((p[y == 0] >= t).mean())
    return 1.0


def recall_at_false_alarms(p: np.ndarray, y: np.ndarray, limit: float = tm.FALSE_ALARM_GOAL) -> float:
    ok = [float((p[y == 1] >= t).mean()) for t in np.unique(p) if (p[y == 0] >= t).mean() <= limit]
    return max(ok, default=0.0)


def reliability(p: np.ndarray, y: np.ndarray, bins=(0.0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 1.01)) -> None:
    """When the out-of-fold NCND probability says p, how often NCND was used (and the Brier score)."""
    print(f"    reliability (Brier {float(np.mean((p - y) ** 2)):.4f}): forecast p -> NCND used")
    for lo, hi in zip(bins, bins[1:]):
        s = (p >= lo) & (p < hi)
        if s.any():
            print(f"      {lo:.2f}-{min(hi, 1.0):.2f}: n {int(s.sum()):4}  mean p {float(p[s].mean()):.3f}  "
                  f"NCND {float(y[s].mean()):.3f}")


def variants(records, rows):
    """{name: (feature transform (index, row) -> row, L2)}: the shipped features and the tries of fc27."""
    texts = [tm.query_text(r).lower() for r in records]
    own = defaultdict(lambda: [0, 0])
    kind = defaultdict(lambda: [0, 0])
    for r in records:
        if r.ncnd is not None:
            own[r.authority][0] += bool(r.ncnd)
            own[r.authority][1] += 1
            kind[r.authority_type.value][0] += bool(r.ncnd)
            kind[r.authority_type.value][1] += 1

    def bigrams(i, row):
        ws = re.findall(r"[a-z]+", texts[i])[:80]
        grams = {f"b:{a}_{b}" for a, b in zip(ws, ws[1:])}
        return {**row, **{g: 1.0 / math.sqrt(max(1, len(grams))) for g in grams}}

    def own_share(i, row, k=5.0):
        r = records[i]
        a, n = own[r.authority]
        if r.ncnd is not None:
            a, n = a - bool(r.ncnd), n - 1
        ka, kn = kind[r.authority_type.value]
        base = (ka + 1) / (kn + 2)
        share = (a + k * base) / (n + k)
        return {**row, "own_ncnd_logit": math.log(share / (1 - share)) - math.log(base / (1 - base)),
                "own_ncnd_n": min(math.log1p(n) / 5, 1.5)}

    def police_cross(i, row):
        if "atype:police" not in row:
            return row
        return {**row, **{"police*" + k: v for k, v in row.items() if k.startswith(("w:", "ncnd_topic", "shape:"))}}

    return {
        "shipped (L2 0.01)": (lambda i, row: row, 0.01),
        "shipped, L2 0.003": (lambda i, row: row, 0.003),
        "shipped, L2 0.03": (lambda i, row: row, 0.03),
        "words and kind only": (lambda i, row: {k: v for k, v in row.items() if k.startswith(("w:", "atype:"))}, 0.01),
        "without words": (lambda i, row: {k: v for k, v in row.items() if not k.startswith("w:")}, 0.01),
        "+ word pairs": (bigrams, 0.01),
        "+ the body's own NCND share": (own_share, 0.01),
        "+ police x words, topics, shapes": (police_cross, 0.01),
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, help="cache of the tuning records' features (pickle)")
    ap.add_argument("--only", help="run only the variants whose name contains this")
    args = ap.parse_args(argv)
    records, rows = tuning_rows(args.rows)
    known = np.array([r.ncnd is not None for r in records])
    z = np.array([1 if r.ncnd else 0 for r in records])
    kinds = np.array([r.authority_type.value for r in records])
    folds = tm.folds_by_authority(records)
    scored = known & tm.population_of(records)
    plain = tm.ncnd_rows(rows)
    marked = tm.ncnd_rows(tm.population_rows(records, rows))
    groups = (("police", kinds == "police"), ("other kinds", kinds != "police"), ("all", np.ones(len(kinds), bool)))
    print(f"{int(scored.sum())} known tuning records like a new request's answer, {int(z[scored].sum())} with NCND; "
          "per group: AUC, false alarms at recall 0.85, recall at false alarms 0.15")
    for name, (f, l2) in variants(records, rows).items():
        if args.only and args.only not in name:
            continue
        p = tm._out_of_fold([f(i, r) for i, r in enumerate(plain)], z, folds, known, l2, True,
                            train_rows=[f(i, r) for i, r in enumerate(marked)])
        cells = []
        for g, sel in groups:
            s = scored & sel
            cells.append(f"{g} {auc(p[s], z[s]):.3f} {false_alarms_at_recall(p[s], z[s]):.2f} "
                         f"{recall_at_false_alarms(p[s], z[s]):.2f}")
        print(f"  {name:34} " + " | ".join(cells), flush=True)
        if name.startswith("shipped (") and not args.only:
            reliability(p[scored], z[scored])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
