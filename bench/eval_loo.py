"""`make eval-loo`: leave-one-out quality of the shipped forecast on the records `make eval` does not score.

`make eval` scores the harvested records (held out by date). This scores the rest of the pack: the
children's social care requests (WhatDoTheyKnow round-robins) and the other non-harvested records, none
of which trained the learnt model (knowledge/forecast_model.json is fitted on harvested tuning records
only; a record that trained it is skipped here). Every record is held out in turn: its title, summary
and request text (and its authority) are the query, and `Matcher.match` (the path `askfoi match` and
the chatbot use) is told to leave it out entirely (candidates, term statistics, outcome rates,
same-title groups and the peer authorities' agreement), so it cannot see its own answer. The forecast's
first outcome is scored beside two baselines: the majority outcome (of the other records) and the
outcome of the nearest title by rapidfuzz (WRatio); the old expert mix is shown for comparison.

Then the expert mix's two free weights (the peers' weight and a prior correction alpha; the shipped
forecast still uses the expert mix for round-robin requests) are chosen on one half of the children's
social care records (split by same-title group, so a round-robin request never sits in both halves) and
scored on the other half, both ways round, beside the fitting half's majority outcome.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.knowledge import load_jsonl, load_knowledge  # noqa: E402
from askfoi.match_index import title_key  # noqa: E402
from askfoi.match_text import text_vocab  # noqa: E402
from askfoi.matching import FINAL, PEER_WEIGHT, PRIOR_CORRECTION, combine, matcher_for  # noqa: E402
from askfoi.models import PublishedResponse  # noqa: E402

PEER_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)
ALPHAS = (0.0, 0.1, 0.2, 0.3, 0.4)


def query_text(r: PublishedResponse) -> str:
    """The record's words as `make model` and `make eval` read them (fm79: its answer's clauses dropped)."""
    from train_model import query_text as model_text

    return model_text(r)


def scores(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """(top-1 accuracy, balanced accuracy = mean recall over the true outcomes present)."""
    if not pairs:
        return 0.0, 0.0
    acc = sum(t == p for t, p in pairs) / len(pairs)
    by_true: dict[str, list[bool]] = {}
    for t, p in pairs:
        by_true.setdefault(t, []).append(t == p)
    return acc, sum(sum(v) / len(v) for v in by_true.values()) / len(by_true)


def csv_ids(files: list[Path]) -> set[str]:
    """Ids of the records imported from the children's social care CSV (its knowledge file): the
    WhatDoTheyKnow requests and the Hastings disclosure-log rows the same CSV carries."""
    out: set[str] = set()
    for f in files:
        if "wdtk" in f.name:
            records, _ = load_jsonl(f, PublishedResponse)
            out.update(r.id for r in records)
    return out


def nearest_title_outcomes(targets, pool) -> dict[str, str]:
    """Baseline: the outcome of the most similar other title (rapidfuzz WRatio), self excluded."""
    from rapidfuzz import fuzz, process, utils

    titles = [utils.default_process(r.title) for r in pool]
    out = {}
    for r in targets:
        for _, _, i in process.extract(utils.default_process(r.title), titles, scorer=fuzz.WRatio, limit=3):
            if pool[i].id != r.id:
                out[r.id] = pool[i].outcome.value
                break
    return out


def decide(probs: dict[str, float]) -> str:
    """The forecast's first outcome, ties broken as the forecast orders them."""
    return min(probs, key=lambda o: (-probs[o], FINAL.index(o)))


def table(name: str, rs, methods) -> None:
    counts = Counter(r.outcome.value for r in rs)
    print(f"\n{name}: {len(rs)} records; outcomes " + ", ".join(f"{o} {n}" for o, n in counts.most_common()))
    width = max(len(label) for label, _ in methods)
    print(f"  {'method'.ljust(width)}  top-1   balanced")
    for label, pred in methods:
        acc, bal = scores([(r.outcome.value, pred.get(r.id, "")) for r in rs])
        print(f"  {label.ljust(width)}  {acc:6.1%}  {bal:8.3f}")


def tune(rs, parts, majority: float) -> tuple[float, float]:
    """(peer weight, alpha) with the best balanced accuracy among those at least 10 points above
    the majority baseline on `rs` (the best top-1 if none is)."""
    best = None
    for w in PEER_WEIGHTS:
        for a in ALPHAS:
            acc, bal = scores([(r.outcome.value, decide(combine(parts[r.id], w, a))) for r in rs])
            key = (acc >= majority + 0.10, bal if acc >= majority + 0.10 else acc)
            if best is None or key > best[0]:
                best = (key, (w, a))
    return best[1]


def halves(rs) -> tuple[list, list]:
    """Split by same-title group (a round-robin request stays in one half)."""
    vocab = text_vocab()
    out: tuple[list, list] = ([], [])
    for r in rs:
        h = hashlib.sha1(title_key(set(vocab.terms(r.title))).encode()).digest()[0]
        out[h % 2].append(r)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pack", type=Path, action="append", help="knowledge folder(s); default: the shipped pack")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N records of each subset (quick look)")
    args = ap.parse_args(argv)
    from askfoi.forecast_model import load_model

    kb = load_knowledge(args.pack) if args.pack else load_knowledge()
    model = load_model()
    trained = set(model.meta.get("trained_on", ())) if model is not None else set()
    harvested = set()
    for f in kb.files:
        if f.name.startswith("harvest_"):
            harvested.update(r.id for r in load_jsonl(f, PublishedResponse)[0])
    pool = [r for r in kb.responses if r.outcome.is_final]
    final = [r for r in pool if r.id not in trained and r.id not in harvested]
    if not final:
        print("eval: the knowledge pack has no records with a final outcome outside make eval's harvested records")
        return 1
    if args.limit:
        final = final[: args.limit]
    print(f"{len(final)} records with a final outcome outside the harvested records (scored by make eval); "
          f"{len(trained)} records trained the shipped model and are not scored here")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as cache:  # a fresh index: nothing carried over between runs
        matcher = matcher_for(kb.responses, kb.files, Path(cache))
        build_s = time.perf_counter() - start
        shipped = {}
        for r in final:
            f = matcher.match(query_text(r), r.authority, exclude=[r.id]).forecast
            shipped[r.id] = f.outcomes[0].outcome.value if f.outcomes else ""
        parts = {r.id: matcher.experts(query_text(r), r.authority, exclude=[r.id]) for r in final}
        matcher.con.close()
    match_s = time.perf_counter() - start - build_s
    rates = Counter(r.outcome.value for r in pool)
    experts = {i: decide(combine(e)) for i, e in parts.items()}
    nn = nearest_title_outcomes(final, pool)
    wdtk_ids = csv_ids(kb.files)
    csc = [r for r in final if r.id in wdtk_ids]
    subsets = [("records outside the harvests, final outcome", final)]
    if csc:
        subsets.append(("children's social care CSV (WhatDoTheyKnow requests + Hastings log rows)", csc))
        wdtk = [r for r in csc if r.source_type.value == "whatdotheyknow"]
        subsets.append(("  of which WhatDoTheyKnow requests only", wdtk))
        rest = [r for r in final if r.id not in wdtk_ids]
        if rest:
            subsets.append(("other records (not the CSV, not harvested)", rest))
    for name, rs in subsets:
        table(name, rs, [
            ("majority outcome (of the other records)", {r.id: _loo_majority(rates, r) for r in rs}),
            ("nearest title (rapidfuzz WRatio)", nn),
            (f"expert mix (peers x{PEER_WEIGHT:g}, alpha {PRIOR_CORRECTION:g})", experts),
            ("askfoi match: the shipped forecast", shipped),
        ])
    if csc:
        print("\nexpert-mix weights chosen on one half of the CSV records, scored on the other (split by title group;"
              " majority = the fitting half's majority outcome):")
        for i, (fit, test) in enumerate((halves(csc), halves(csc)[::-1])):
            top = Counter(r.outcome.value for r in fit).most_common(1)[0][0]
            maj = sum(r.outcome.value == top for r in fit) / len(fit)
            w, a = tune(fit, parts, maj)
            test_maj = sum(r.outcome.value == top for r in test) / len(test)
            for label, rs, m in (("tuned on", fit, maj), ("scored on", test, test_maj)):
                acc, bal = scores([(r.outcome.value, decide(combine(parts[r.id], w, a))) for r in rs])
                print(f"  half {'AB'[i]} -> peers x{w:g}, alpha {a:g}: {label} {len(rs)} records "
                      f"top-1 {acc:.1%} (majority {m:.1%}), balanced {bal:.3f}")
    print(f"\n(index {build_s:.1f} s, {len(final)} leave-one-out queries {match_s:.1f} s)")
    return 0


def _loo_majority(rates: Counter, held_out: PublishedResponse) -> str:
    loo = rates.copy()
    loo[held_out.outcome.value] -= 1
    return loo.most_common(1)[0][0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
