"""Why the learnt forecast does what it does, from the TUNING records only (the held-out split is not read).

Out-of-fold forecasts (5 folds grouped by authority, as `make model` fits them) of the outcome model with the
shipped settings, reported per kind of authority, per source type (how the record was published) and per
date fifth beside the majority outcome of the other folds (per kind); a reliability table; and the
top-1 / log-loss with each feature family left out. `--rows FILE` caches the tuning records' features (they
take about a minute to compute). Nothing here is written to knowledge/.

    .venv/bin/python bench/forecast_diagnose.py [--rows /tmp/rows.pkl] [--marked | --forward]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_model  # noqa: E402
from train_model import CLASSES, FOLDS  # noqa: E402

FAMILIES = {
    "words (w:)": ("w:",),
    "neighbours (nn*, sim:)": ("nn", "sim:"),
    "the body's own record (own:, own_n)": ("own:", "own_n"),
    "kind and law (atype:, regime:, base:)": ("atype:", "regime:", "base:"),
    "question shapes (shape:, length)": ("shape:", "length"),
    "NCND topics and framing": ("ncnd_topic", "topic_", "tech_", "covert", "overt"),
    "peers (peers:)": ("peers:",),
}
BINS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)
DIRECT = ("disclosure_log", "whatdotheyknow")


def tuning_rows(cache: Path | None):
    """(tuning records, their leave-one-out features) as `make model` computes them."""
    if cache and cache.exists():
        data = pickle.loads(cache.read_bytes())
        if "tuning" in data and "rows" in data:
            return data["tuning"], data["rows"]
    from askfoi.matching import matcher_for

    kb, tuning, held, seen, counts = prepared = train_model.prepare()
    with tempfile.TemporaryDirectory() as tmp:
        matcher = matcher_for(seen, list(kb.files) + [Path(tmp) / "held-out-removed"], Path(tmp))
        matcher.model = None
        rows = train_model.feature_rows(matcher, tuning, counts, source_given=False)
        matcher.con.close()
    del prepared
    if cache:
        cache.write_bytes(pickle.dumps({"tuning": tuning, "rows": rows}))
    return tuning, rows


def forward_check(records, rows, cache: Path | None) -> None:
    """The forward check of `make model` (the newest FORWARD share of the dated tuning records forecast from
    the older ones, features from an index without them), with and without the publication marked, per
    half-life: top-1 and log-loss on all of them and on the directly answered ones, beside the older records'
    majority per kind, and how often "refused" is forecast against how often it happened."""
    from askfoi.forecast_model import choose_features, fit_softmax, predict_softmax, vectorise

    data = pickle.loads(cache.read_bytes()) if cache and cache.exists() else {}
    fwd = data.get("fwd")
    if fwd is None:
        fwd = train_model.forward_feature_rows(train_model.prepare(), False)
        if cache:
            cache.write_bytes(pickle.dumps({**data, "fwd": fwd}))
    y = np.array([CLASSES.index(r.outcome.value) for r in records])
    older, newest = train_model.forward_split(records)
    yn = y[newest]
    direct = np.array([records[i].source_type.value in DIRECT for i in newest])
    kinds = [records[i].authority_type.value for i in newest]
    mix = {k: Counter(y[i] for i in older if records[i].authority_type.value == k) for k in set(kinds)}
    maj = np.array([mix[k].most_common(1)[0][0] if mix[k] else Counter(y[older]).most_common(1)[0][0] for k in kinds])
    refused = CLASSES.index("refused")
    print(f"\nforward check: {len(newest)} newest tuning records ({int(direct.sum())} answered directly) forecast "
          f"from {len(older)} older; the older records' majority per kind: all {np.mean(maj == yn):.1%}, "
          f"direct {np.mean(maj[direct] == yn[direct]):.1%}; refused happened {int((yn == refused).sum())} times")
    for marked in (False, True):
        train = train_model.population_rows(records, rows) if marked else rows
        for hl in train_model.HALF_LIVES:
            w = train_model.recency_weights([records[i] for i in older], hl)
            feats = choose_features([train[i] for i in older], train_model.MIN_COUNT)
            W, b = fit_softmax(vectorise([train[i] for i in older], feats), y[older], len(CLASSES), 3e-3, w,
                               iters=train_model.ITERS)
            P = predict_softmax(vectorise(fwd, feats), W, b)

            def ll(sel):
                return float(-np.mean(np.log(np.clip(P[sel][np.arange(int(sel.sum())), yn[sel]], 1e-12, None))))
            everyone = np.ones(len(yn), dtype=bool)
            print(f"  {'marked' if marked else 'unmarked':<8} half-life {str(hl):<4}: all top-1 "
                  f"{np.mean(P.argmax(1) == yn):.1%} log-loss {ll(everyone):.3f}; direct top-1 "
                  f"{np.mean(P[direct].argmax(1) == yn[direct]):.1%} log-loss {ll(direct):.3f}; "
                  f"refused forecast {int((P.argmax(1) == refused).sum())} times")


def oof_majority(records, folds) -> list[str]:
    """Each record's baseline: the commonest outcome for its kind of body in the OTHER folds."""
    out = []
    for r, f in zip(records, folds):
        c = Counter(x.outcome.value for x, g in zip(records, folds) if g != f and x.authority_type == r.authority_type)
        if not c:
            c = Counter(x.outcome.value for x, g in zip(records, folds) if g != f)
        out.append(c.most_common(1)[0][0])
    return out


def table(title, records, P, y, base, key) -> None:
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        groups.setdefault(key(r), []).append(i)
    print(f"\n{title}\n  {'group':<22} {'n':>5} {'top-1':>6} {'top-2':>6} {'major.':>6} {'log-loss':>8}")
    order = sorted(groups, key=lambda g: -len(groups[g]))
    for g in ["all"] + order:
        idx = np.arange(len(records)) if g == "all" else np.array(groups[g])
        if len(idx) < 8 and g != "all":
            continue
        top = np.argsort(-P[idx], axis=1)
        t1 = float(np.mean(top[:, 0] == y[idx]))
        t2 = float(np.mean((top[:, 0] == y[idx]) | (top[:, 1] == y[idx])))
        maj = float(np.mean([base[i] == CLASSES[y[i]] for i in idx]))
        ll = float(-np.mean(np.log(np.clip(P[idx, y[idx]], 1e-12, None))))
        print(f"  {g:<22} {len(idx):>5} {t1:>6.1%} {t2:>6.1%} {maj:>6.1%} {ll:>8.3f}")


def reliability(P, y) -> None:
    best = P.max(axis=1)
    right = P.argmax(axis=1) == y
    print("\nreliability (first outcome's probability -> how often it was right), out-of-fold:")
    for lo, hi in zip(BINS, BINS[1:]):
        sel = (best >= lo) & (best < hi)
        if sel.any():
            print(f"  {lo:.1f}-{min(hi, 1.0):.1f}: {int(sel.sum()):>5} forecasts, said {best[sel].mean():.0%}, "
                  f"right {right[sel].mean():.0%}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, help="cache file for the tuning records' features")
    ap.add_argument("--forward", action="store_true", help="only the forward check, marked and unmarked")
    ap.add_argument("--marked", action="store_true",
                    help="train with the publication marked (train_model.population_rows), as `make model` may")
    args = ap.parse_args(argv)
    records, rows = tuning_rows(args.rows)
    if args.forward:
        forward_check(records, rows, args.rows)
        return 0
    y = np.array([CLASSES.index(r.outcome.value) for r in records])
    folds = train_model.folds_by_authority(records)
    base = oof_majority(records, folds)
    model_l2 = 3e-3
    sw = train_model.recency_weights(records, 5.0)
    everyone = np.ones(len(records), dtype=bool)
    train_rows = train_model.population_rows(records, rows) if args.marked else None
    P = train_model._out_of_fold(rows, y, folds, everyone, model_l2, False, sw, train_rows=train_rows)
    table("per kind of body (out-of-fold; major. = the other folds' commonest outcome for the kind)", records, P, y,
          base, lambda r: r.authority_type.value)
    table("per source type (how the record was published)", records, P, y, base, lambda r: r.source_type.value)
    years = sorted(r.date[:4] for r in records if r.date)
    cuts = [years[len(years) * k // 5] for k in range(1, 5)]
    table("per date fifth (undated apart)", records, P, y, base,
          lambda r: "undated" if not r.date else f"from {max([c for c in cuts if c <= r.date[:4]] or [years[0]])}")
    reliability(P, y)
    print("\nfeature families left out (out-of-fold top-1 / log-loss; all features first):")
    for name, prefixes in [("none", ())] + list(FAMILIES.items()):
        kept = [{k: v for k, v in row.items() if not k.startswith(prefixes)} if prefixes else row for row in rows]
        Q = train_model._out_of_fold(kept, y, folds, everyone, model_l2, False, sw,
                                     train_rows=train_model.population_rows(records, kept) if args.marked else None)
        ll = float(-np.mean(np.log(np.clip(Q[np.arange(len(y)), y], 1e-12, None))))
        direct = np.array([r.source_type.value in DIRECT for r in records])
        print(f"  {name:<40} {float(np.mean(Q.argmax(axis=1) == y)):.1%} / {ll:.3f}   direct-source records "
              f"{float(np.mean(Q[direct].argmax(axis=1) == y[direct])):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
