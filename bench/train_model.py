"""`make model`: learn the outcome forecast (knowledge/forecast_model.json) from the pack.

The harvested records (knowledge/responses/harvest_*.jsonl) with a final outcome are split by date as
`make eval` splits them: the newest HOLD_OUT share is held out and never read here beyond its ids (the
matcher's index and the NCND topic counts are built without it). Each tuning record's features are
taken leave-one-out (the record is excluded from the index statistics, its neighbours and the topic
counts), through `Matcher.features`, the same function `askfoi match` uses for each part.

Everything is chosen by cross-validation on the tuning records, in folds grouped by authority (a body's
near-duplicate answers never sit on both sides): the L2 strength of the outcome model and of the NCND
model (by mean log-loss), and the NCND decision threshold (recall >= 0.85 with false alarms <= 0.15 when
some threshold reaches both on the out-of-fold forecasts; else the most recall with false alarms at most
0.15). The final weights are fitted on all tuning records. Deterministic: the same pack gives the same
file, which lists the records that trained it.

The shipped model does not use the record's source type (a new request has none); `make eval` also
trains one that does (`source_given=True`), to report both.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import askfoi.ncnd_topics as ncnd_topics  # noqa: E402
from askfoi.forecast_model import (  # noqa: E402
    ForecastModel,
    choose_features,
    fit_binary,
    fit_softmax,
    predict_binary,
    predict_softmax,
    vectorise,
    write_model,
)
from askfoi.models import FINAL_OUTCOMES, PublishedResponse  # noqa: E402

HOLD_OUT = 0.2
FOLDS = 5
L2S = (1e-3, 3e-3, 1e-2, 3e-2)  # L2 strengths tried (outcome model and NCND model alike)
MIN_COUNT = 3  # a feature must appear in this many training records of the fold
ITERS = 300
RECALL_GOAL, FALSE_ALARM_GOAL = 0.85, 0.15
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 50))
CLASSES = [o.value for o in FINAL_OUTCOMES]


def query_text(r: PublishedResponse) -> str:
    return " ".join(p for p in (r.title, r.asked, r.request_text or "") if p)


def harvested(kb, final_only: bool = True) -> list[PublishedResponse]:
    """The harvested records with a final outcome (the records `make eval` and `make model` split);
    FINAL_ONLY=False: all of them."""
    from askfoi.knowledge import load_jsonl

    ids = set()
    for f in kb.files:
        if f.name.startswith("harvest_"):
            ids.update(r.id for r in load_jsonl(f, PublishedResponse)[0])
    return [r for r in kb.responses if r.id in ids and (r.outcome.is_final or not final_only)]


def split_by_date(new: list[PublishedResponse]) -> tuple[list, list]:
    """(tuning, held out): dated records by date (id breaks ties), the newest HOLD_OUT share held out;
    undated records can only be tuned on."""
    dated = sorted((r for r in new if r.date), key=lambda r: (r.date, r.id))
    cut = len(dated) - round(HOLD_OUT * len(dated))
    return [r for r in new if not r.date] + dated[:cut], dated[cut:]


def subtract(counted: dict, minus: dict) -> dict:
    """Topic counts without one record's contribution (leave-one-out)."""
    out = {}
    for name, row in counted.items():
        out[name] = dict(row)
        for key in ("counted", "counted_overt"):
            rows = {k: list(v) for k, v in row[key].items()}
            for k, (n, m) in minus.get(name, {}).get(key, {}).items():
                if k in rows:
                    rows[k] = [rows[k][0] - n, rows[k][1] - m]
            out[name][key] = rows
    return out


def feature_rows(matcher, records, counts, *, source_given: bool, loo: bool = True) -> list[dict[str, float]]:
    """Each record's features, as `askfoi match` computes them for a part (leave-one-out when LOO)."""
    rows = []
    for r in records:
        matcher.ncnd_counts = subtract(counts, ncnd_topics.count_pack([r])) if loo else counts
        rows.append(matcher.features(query_text(r), r.authority, exclude=[r.id] if loo else (),
                                     source_type=r.source_type.value if source_given else None))
    matcher.ncnd_counts = counts
    return rows


def folds_by_authority(records, k: int = FOLDS) -> np.ndarray:
    """A fold per record, whole authorities at a time: the biggest bodies first, each to the emptiest fold
    (ties by a hash of the name, so the split is stable)."""
    sizes = Counter(r.authority for r in records)
    order = sorted(sizes, key=lambda a: (-sizes[a], hashlib.sha1(a.encode()).hexdigest()))
    load = [0] * k
    fold_of = {}
    for a in order:
        f = min(range(k), key=lambda i: (load[i], i))
        fold_of[a] = f
        load[f] += sizes[a]
    return np.array([fold_of[r.authority] for r in records])


def _fit(rows, target, l2, binary: bool):
    """(features, weights, bias) fitted on ROWS; features seen in MIN_COUNT of them."""
    feats = choose_features(rows, MIN_COUNT)
    X = vectorise(rows, feats)
    if binary:
        return (feats, *fit_binary(X, target, l2, iters=ITERS))
    return (feats, *fit_softmax(X, target, len(CLASSES), l2, iters=ITERS))


def _out_of_fold(rows, target, folds, usable, l2, binary: bool) -> np.ndarray:
    """Each record's forecast from a model fitted on the other folds' usable records."""
    out = np.zeros(len(rows) if binary else (len(rows), len(CLASSES)))
    predict = predict_binary if binary else predict_softmax
    for f in range(FOLDS):
        tr = np.flatnonzero((folds != f) & usable)
        te = np.flatnonzero(folds == f)
        feats, w, b = _fit([rows[i] for i in tr], target[tr], l2, binary)
        out[te] = predict(vectorise([rows[i] for i in te], feats), w, b)
    return out


def _choose_l2(rows, target, folds, usable, binary: bool, log) -> tuple[float, float, np.ndarray]:
    """(L2, its mean out-of-fold log-loss, its out-of-fold forecasts): the L2 of L2S with the least log-loss."""
    best = None
    for l2 in L2S:
        oof = _out_of_fold(rows, target, folds, usable, l2, binary)
        if binary:
            p, t = np.clip(oof[usable], 1e-12, 1 - 1e-12), target[usable]
            loss = float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))
            log(f"    {l2:g}: {loss:.3f}")
        else:
            loss = float(-np.mean(np.log(np.clip(oof[np.arange(len(target)), target], 1e-12, None))))
            log(f"    {l2:g}: {loss:.3f}, {float(np.mean(oof.argmax(axis=1) == target)):.1%}")
        if best is None or loss < best[1] - 1e-9:
            best = (l2, loss, oof)
    return best


def _rates(p: np.ndarray, z: np.ndarray, t: float) -> tuple[float, float]:
    said = p >= t
    pos, neg = z == 1, z == 0
    return (float(said[pos].mean()) if pos.any() else float("nan"),
            float(said[neg].mean()) if neg.any() else float("nan"))


def choose_threshold(p: np.ndarray, z: np.ndarray) -> tuple[float, bool]:
    """(threshold, both goals reached): among thresholds reaching recall >= RECALL_GOAL with false
    alarms <= FALSE_ALARM_GOAL, the one with the most recall minus false alarms (the lower on a tie);
    when none reaches both, the most recall with false alarms at most the goal."""
    rates = [(t, *_rates(p, z, t)) for t in THRESHOLDS]
    both = [(rec - fa, -t) for t, rec, fa in rates if rec >= RECALL_GOAL and fa <= FALSE_ALARM_GOAL]
    if both:
        return -max(both)[1], True
    ok = [(rec, -fa, -t) for t, rec, fa in rates if fa <= FALSE_ALARM_GOAL]
    return (-max(ok)[2] if ok else THRESHOLDS[-1]), False


def train(records, rows, log=print) -> tuple[ForecastModel, dict]:
    """Choose by grouped cross-validation, fit on all RECORDS. Returns the model and the out-of-fold
    forecasts {id: {"probs": {...}, "p_ncnd": p}} (the tuning figures)."""
    y = np.array([CLASSES.index(r.outcome.value) for r in records])
    folds = folds_by_authority(records)
    known = np.array([r.ncnd is not None for r in records])
    z = np.array([1 if r.ncnd else 0 for r in records])
    everyone = np.ones(len(records), dtype=bool)
    log("  outcome model, L2 by grouped cross-validation (mean log-loss, top-1):")
    l2, loss, oof = _choose_l2(rows, y, folds, everyone, False, log)
    log(f"    chosen {l2:g}")
    log("  NCND model (records with a known NCND status), L2 by grouped cross-validation (log-loss):")
    ki = np.flatnonzero(known)
    nl2, _, p_ncnd = _choose_l2(rows, z, folds, known, True, log)
    threshold, both = choose_threshold(p_ncnd[ki], z[ki])
    rec, fa = _rates(p_ncnd[ki], z[ki], threshold)
    log(f"    chosen {nl2:g}; NCND threshold {threshold:.2f} (out-of-fold recall {rec:.2f}, false alarms {fa:.2f}"
        f"{'' if both else '; no threshold reaches both goals on the tuning split'})")
    feats, W, b = _fit(rows, y, l2, False)
    nfeats, w, nb = _fit([rows[i] for i in ki], z[ki], nl2, True)
    oof_out = {r.id: {"probs": dict(zip(CLASSES, map(float, oof[i]))), "p_ncnd": float(p_ncnd[i])}
               for i, r in enumerate(records)}
    meta = {
        "trained_by": "bench/train_model.py (make model)",
        "l2": l2, "ncnd_l2": nl2, "min_count": MIN_COUNT, "folds": FOLDS, "iterations": ITERS,
        "ncnd_goals_reached_in_cv": both,
        "cv": {"log_loss": round(loss, 4), "top1": round(float(np.mean(oof.argmax(axis=1) == y)), 4),
               "ncnd_recall": round(rec, 4), "ncnd_false_alarms": round(fa, 4)},
        "n_trained": len(records), "n_ncnd_trained": int(known.sum()),
        "trained_on": sorted(r.id for r in records),
    }
    model = ForecastModel.from_arrays(CLASSES, feats, W, b, nfeats, w, nb, threshold, meta)
    return model, oof_out


def prepare(kb=None):
    """(kb, tuning, held out, records the matcher may see, NCND topic counts without the held-out)."""
    from askfoi.knowledge import load_knowledge

    kb = kb or load_knowledge()
    tuning, held = split_by_date(harvested(kb))
    held_ids = {r.id for r in held}
    seen = [r for r in kb.responses if r.id not in held_ids]
    return kb, tuning, held, seen, ncnd_topics.count_pack(seen)


def build(source_given: bool = False, log=print, prepared=None, matcher=None):
    """Features of the tuning records and the trained model (and its out-of-fold forecasts)."""
    kb, tuning, held, seen, counts = prepared or prepare()
    rows = feature_rows(matcher, tuning, counts, source_given=source_given)
    model, oof = train(tuning, rows, log=log)
    model.meta["source_type_feature"] = source_given
    model.meta["split"] = {"held_out": len(held), "tuning_dated_up_to": max((r.date for r in tuning if r.date), default=None),
                           "held_out_from": held[0].date if held else None}
    return model, oof


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="where to write the model (default knowledge/forecast_model.json)")
    args = ap.parse_args(argv)
    from askfoi.matching import matcher_for

    start = time.perf_counter()
    prepared = prepare()
    kb, tuning, held, seen, counts = prepared
    print(f"{len(tuning) + len(held)} harvested records: training on the tuning {len(tuning)}, "
          f"{len(held)} newest held out (not read)")
    with tempfile.TemporaryDirectory() as cache:
        matcher = matcher_for(seen, list(kb.files) + [Path(cache) / "held-out-removed"], Path(cache))
        matcher.model = None
        model, _ = build(False, prepared=prepared, matcher=matcher)
        matcher.con.close()
    path = write_model(model, args.out)
    print(f"wrote {path} ({len(model.features)} features, {math.ceil(path.stat().st_size / 1024)} KB) "
          f"in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
