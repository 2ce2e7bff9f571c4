"""Does a police force's own NCND habit help the NCND forecast? (fc46, issue 9) TUNING split only.

fc45 found that about 25 of the 60 police NCND misses on the tuning split are a force's standing paragraph ("neither
confirm nor deny that any other information is held") on an otherwise answered request. This measures whether a
force-level signal helps: each force's share of its past answers in the pack (known NCND status only; unknown stays
unknown) that carried NCND, shrunk towards the all-police share with K pseudo-answers, taken either over every answer
or over the answered ones (disclosed or part disclosed: the standing paragraph). Two ways of using it:

  --trace RUN.jsonl   replay on an out-of-fold trace (bench/ncnd_why.py --oof --out RUN.jsonl): the share as a prior
                      (a shift of each part's learnt log-odds by BETA x the force's log-odds above the all-police
                      share, optionally waiving the subject-support gate when it is positive), or as a route of its
                      own (warn every request to a force whose share is at least T). The force share leaves the
                      record out ("loo") or uses only answers dated before it ("past").
  --fit               the share as a feature of the learnt NCND model, refitted out of fold (5 folds grouped by
                      authority, as `make model`), record level: police AUC, log-loss and recall at false alarms 0.15.
  --forces RUN.jsonl  each force's shares and its misses and false alarms in the trace.

    PYTHONPATH=. .venv/bin/python bench/ncnd_force_prior.py --trace /tmp/why.jsonl
    PYTHONPATH=. .venv/bin/python bench/ncnd_force_prior.py --fit --rows /tmp/rows.pkl [--past]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

ANSWERED = ("disclosed", "part_disclosed")


def logit(x: float) -> float:
    x = min(max(x, 1e-4), 1 - 1e-4)
    return math.log(x / (1 - x))


class ForceShares:
    """Each force's share of past answers (known NCND status, police, the pack less the held-out split) that used NCND,
    the record asked about left out, shrunk towards the all-police share."""

    def __init__(self, seen):
        self.pol = [r for r in seen if r.authority_type.value == "police" and r.ncnd is not None]
        self.by_force = defaultdict(list)
        for r in self.pol:
            self.by_force[r.authority].append(r)

    def share(self, r, k: float, answered: bool = False, past: bool = False) -> tuple[float, float]:
        """(the force's shrunk share, the all-police share) for record R."""
        def ok(d):
            return (d.id != r.id and (not answered or d.outcome.value in ANSWERED)
                    and (not past or bool(d.date and r.date and d.date < r.date)))
        same = [d for d in self.by_force[r.authority] if ok(d)]
        every = [d for d in self.pol if ok(d)]
        p0 = sum(bool(d.ncnd) for d in every) / max(1, len(every))
        return (sum(bool(d.ncnd) for d in same) + k * p0) / (len(same) + k), p0


def replay(row: dict, shift: float, waive_support: bool) -> bool:
    """Whether the record would be warned with each part's learnt log-odds moved by SHIFT (bench/ncnd_why.py replay)."""
    for p in row["parts"] or []:
        would = p.get("would")
        if would is None:
            return bool(row["warned"])
        prob = 1 / (1 + math.exp(-(logit(p["p"]) + shift))) if shift else p["p"]
        gates = dict(would, support=True) if waive_support else would
        if p["ruled"] or p.get("case") or (prob >= p["bar"] * p["scale"] and all(gates.values())):
            return True
    return False


def _rates(rows: list[dict], warned) -> str:
    pos = [r for r in rows if r["ncnd"]]
    neg = [r for r in rows if r["ncnd"] is False]
    dpos, dneg = [r for r in pos if r.get("direct")], [r for r in neg if r.get("direct")]
    tp, fp = sum(map(warned, pos)), sum(map(warned, neg))
    dtp, dfp = sum(map(warned, dpos)), sum(map(warned, dneg))
    return (f"recall {tp}/{len(pos)} = {tp / max(1, len(pos)):.3f}  false alarms {fp}/{len(neg)} = "
            f"{fp / max(1, len(neg)):.3f}  | answered directly: recall {dtp}/{len(dpos)}, false alarms {dfp}/{len(dneg)} "
            f"= {dfp / max(1, len(dneg)):.3f}")


def trace_replay(path: Path) -> None:
    from ncnd_tuning import scored_tuning

    _, tuning, seen, _, _ = scored_tuning()
    by_id = {r.id: r for r in tuning}
    shares = ForceShares(seen)
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["kind"] == "police" and r["id"] in by_id]
    print(f"{len(rows)} police tuning records; as traced: {_rates(rows, lambda r: r['warned'])}")
    print(f"  replayed with no prior: {_rates(rows, lambda r: replay(r, 0.0, False))}")
    for answered in (False, True):
        for past in (False, True):
            for k in (10, 30, 100):
                s = {r["id"]: shares.share(by_id[r["id"]], k, answered, past) for r in rows}
                tag = f"{'answered' if answered else 'every'} {'past' if past else 'loo'} K={k}"
                for beta in (0.5, 1.0, 2.0, 3.0):
                    for waive in (False, True):
                        def warned(r, beta=beta, waive=waive):
                            shift = beta * (logit(s[r["id"]][0]) - logit(s[r["id"]][1]))
                            return replay(r, shift, waive and shift > 0)
                        print(f"  {tag} prior beta={beta}{' waive support' if waive else ''}: {_rates(rows, warned)}")
                for t in (0.25, 0.3, 0.35, 0.4):
                    print(f"  {tag} route share>={t}: {_rates(rows, lambda r, t=t: r['warned'] or s[r['id']][0] >= t)}")


def forces(path: Path) -> None:
    from ncnd_tuning import scored_tuning

    _, tuning, _, _, _ = scored_tuning()
    by_id = {r.id: r for r in tuning}
    c = defaultdict(Counter)
    for row in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()):
        if row["kind"] != "police" or row["id"] not in by_id:
            continue
        r = by_id[row["id"]]
        for f in (r.authority, "ALL police"):
            c[f]["n"] += 1
            c[f]["ncnd"] += bool(r.ncnd)
            c[f]["answered"] += r.outcome.value in ANSWERED
            c[f]["answered_ncnd"] += bool(r.ncnd) and r.outcome.value in ANSWERED
            c[f]["miss"] += bool(r.ncnd) and not row["warned"]
            c[f]["miss_answered"] += bool(r.ncnd) and not row["warned"] and r.outcome.value in ANSWERED
            c[f]["false_alarm"] += r.ncnd is False and row["warned"]
    print(f"{'force':44} NCND/known   NCND on answered   misses (answered)  false alarms")
    for f in sorted(c, key=lambda f: -c[f]["n"])[:16]:
        x = c[f]
        print(f"{f:44} {x['ncnd']:3}/{x['n']:3} = {x['ncnd'] / x['n']:.2f}  {x['answered_ncnd']:3}/{x['answered']:3} = "
              f"{x['answered_ncnd'] / max(1, x['answered']):.2f}   {x['miss']:3} ({x['miss_answered']})  {x['false_alarm']:4}")


def fit(rows_cache: Path | None, past: bool) -> None:
    import numpy as np
    import train_model as tm
    from askfoi.forecast_model import load_model
    from forecast_diagnose import tuning_rows

    tuning, rows = tuning_rows(rows_cache)
    _, tun2, _, seen, _ = tm.prepare()
    if [r.id for r in tun2] != [r.id for r in tuning]:
        raise SystemExit("the cached rows are of another tuning split: delete the cache")
    shares = ForceShares(seen)
    l2 = float(load_model().meta.get("ncnd_l2", 0.01))
    folds = tm.folds_by_authority(tuning)
    known = np.array([r.ncnd is not None for r in tuning])
    z = np.array([1 if r.ncnd else 0 for r in tuning])
    base = tm.ncnd_rows(tm.population_rows(tuning, rows))
    rw = tm.repeat_weights(tuning)
    police = np.array([r.authority_type.value == "police" for r in tuning]) & known

    def oof(marked):
        p, weights = np.full(len(tuning), np.nan), []
        for f in range(tm.FOLDS):
            tr, te = np.flatnonzero((folds != f) & known), np.flatnonzero((folds == f) & known)
            feats, w, b = tm._fit([marked[i] for i in tr], z[tr], l2, True, rw[tr])
            p[te] = 1 / (1 + np.exp(-(tm.vectorise([marked[i] for i in te], feats) @ w + b)))
            if "force_ncnd" in feats:
                weights.append(round(float(w[feats["force_ncnd"]]), 3))
        return p, weights

    def show(name, p, weights):
        pp, yy = p[police], z[police]
        order = np.argsort(pp)
        ranks = np.empty(len(pp))
        ranks[order] = np.arange(1, len(pp) + 1)
        n1, n0 = yy.sum(), len(yy) - yy.sum()
        auc = (ranks[yy == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)
        loss = -np.mean(yy * np.log(np.clip(pp, 1e-6, 1)) + (1 - yy) * np.log(np.clip(1 - pp, 1e-6, 1)))
        bar = np.sort(pp[yy == 0])[::-1][int(0.15 * n0)]
        hit = int((pp[yy == 1] > bar).sum())
        print(f"  {name:40} AUC {auc:.4f}  log-loss {loss:.4f}  recall at false alarms 0.15: {hit}/{n1} = {hit / n1:.3f}"
              + (f"  feature weight per fold {weights}" if weights else ""))

    print(f"police tuning records with a known NCND status: {int(police.sum())}")
    show("without (as shipped)", *oof(base))
    for answered in (False, True):
        for k in (10, 30, 100):
            marked = []
            for r, row in zip(tuning, base):
                row = dict(row)
                if r.authority_type.value == "police":
                    s, p0 = shares.share(r, k, answered, past)
                    row["force_ncnd"] = logit(s) - logit(p0)
                marked.append(row)
            show(f"with the force share ({'answered' if answered else 'every'}, K={k})", *oof(marked))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trace", type=Path)
    ap.add_argument("--forces", type=Path)
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--rows", type=Path, help="cache of the tuning records' features (pickle, as ncnd_why --rows)")
    ap.add_argument("--past", action="store_true", help="--fit: the share from answers dated before the record only")
    args = ap.parse_args(argv)
    if args.forces:
        forces(args.forces)
    if args.trace:
        trace_replay(args.trace)
    if args.fit:
        fit(args.rows, args.past)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
