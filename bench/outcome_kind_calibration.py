"""Can calibrating the outcome forecast per kind of body move top-2 toward the goal? (fc47, issue 9) TUNING split only.

The outcome model's out-of-fold forecasts as `make model` fits them (the shipped settings: L2, publication marks,
recency half-life and the calibrated prior's weight; 5 folds grouped by authority), then corrections chosen on the
OTHER folds' out-of-fold forecasts and applied to each fold:
  - a bias per kind of body added to the log-probabilities (fitted by log-loss with an L2 pull to zero);
  - the kind's outcome mix in the other folds blended in;
  - a temperature (it cannot change the order, so not top-1 or top-2; shown for log-loss).
Printed per group: top-1 / top-2 / log-loss.

    PYTHONPATH=. .venv/bin/python bench/outcome_kind_calibration.py --rows /tmp/rows.pkl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

MIN_RECORDS = 30  # a kind needs this many records in the other folds for a bias of its own


def _softmax_rows(L):
    import numpy as np

    L = L - L.max(axis=1, keepdims=True)
    E = np.exp(L)
    return E / E.sum(axis=1, keepdims=True)


def fit_bias(logp, truth, l2: float, iters: int = 300):
    """A vector b added to each row of LOGP (log-probabilities) that lowers the mean log-loss of TRUTH, with an L2 pull
    of L2 / n to zero (a kind with few records keeps its forecast). Gradient descent with a step under 1 / (the
    curvature's bound: 1/2 for the log-loss, 2 L2 / n for the pull), so a strong pull cannot make it swing."""
    import numpy as np

    b = np.zeros(logp.shape[1])
    Y = np.zeros_like(logp)
    Y[np.arange(len(truth)), truth] = 1.0
    pull = 2.0 * l2 / max(len(truth), 1)
    step = 1.0 / (0.5 + pull)
    for _ in range(iters):
        P = _softmax_rows(logp + b)
        b -= step * ((P - Y).mean(axis=0) + pull * b)
    return b


def per_kind(oof, y, kinds, folds, n_folds: int, correct):
    """OOF with each fold's rows of each kind replaced by CORRECT(train mask, test mask) (None: left as they are)."""
    out = oof.copy()
    for f in range(n_folds):
        te = folds == f
        for k in sorted(set(kinds[te])):
            tr = (folds != f) & (kinds == k)
            rows = te & (kinds == k)
            fixed = correct(tr, rows)
            if fixed is not None:
                out[rows] = fixed
    return out


def figures(P, y, sel) -> tuple[float, float, float]:
    import numpy as np

    ranked = np.argsort(-P[sel], axis=1, kind="stable")
    t = y[sel]
    top1 = ranked[:, 0] == t
    return (float(top1.mean()), float((top1 | (ranked[:, 1] == t)).mean()),
            float(-np.log(np.clip(P[sel][np.arange(int(sel.sum())), t], 1e-12, None)).mean()))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="cache of the tuning records' features (pickle)")
    args = ap.parse_args(argv)
    import numpy as np
    import train_model as tm
    from askfoi.forecast_model import load_model
    from forecast_diagnose import tuning_rows

    tuning, rows = tuning_rows(args.rows)
    meta = load_model().meta
    y = np.array([tm.CLASSES.index(r.outcome.value) for r in tuning])
    folds = tm.folds_by_authority(tuning)
    everyone = np.ones(len(tuning), dtype=bool)
    marked = tm.population_rows(tuning, rows, targeted=bool(meta["ncnd_targeted_marked"])) if meta["publication_marked"] else rows
    oof = tm._out_of_fold(rows, y, folds, everyone, meta["l2"], False, tm.recency_weights(tuning, meta["half_life_years"]),
                          train_rows=marked)
    prior = np.array([tm.prior_probs(row) for row in rows])
    oof = (1 - meta["prior_weight"]) * oof + meta["prior_weight"] * prior
    kinds = np.array([r.authority_type.value for r in tuning])
    groups = [("all", everyone), ("answered directly", tm.population_of(tuning))] + [
        (k, kinds == k) for k in ("police", "council", "nhs", "central_government")]
    logp = np.log(np.clip(oof, 1e-9, None))

    def show(name, P):
        cells = [f"{label} {'/'.join(f'{v:.3f}' for v in figures(P, y, sel))}" for label, sel in groups]
        print(f"{name:28} " + "  ".join(cells), flush=True)

    print("top-1 / top-2 / log-loss, tuning split out of fold")
    show("shipped settings", oof)
    for l2 in (0.3, 3.0, 30.0):
        show(f"bias per kind, l2={l2:g}", per_kind(oof, y, kinds, folds, tm.FOLDS, lambda tr, rs: None if tr.sum() < MIN_RECORDS
                                                   else _softmax_rows(logp[rs] + fit_bias(logp[tr], y[tr], l2))))

    def mix(tr, rs):
        counts = np.bincount(y[tr], minlength=len(tm.CLASSES)).astype(float)
        return np.tile(counts / max(counts.sum(), 1.0), (int(rs.sum()), 1))

    kind_mix = per_kind(oof, y, kinds, folds, tm.FOLDS, mix)
    for a in (0.2, 0.4):
        show(f"kind's mix blended {a:g}", (1 - a) * oof + a * kind_mix)
    for T in (0.8, 1.25):
        show(f"temperature {T:g}", _softmax_rows(logp / T))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
