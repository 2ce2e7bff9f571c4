"""`make eval`: leave-one-out quality of the outcome forecast over the knowledge pack.

Every record with a final outcome is held out in turn: its title, summary and request text (and
its authority) are the query, and the matcher is told to leave it out entirely (candidates, term
statistics and outcome rates), so it cannot see its own answer. Printed beside two baselines:
the majority outcome, and the outcome of the nearest title by rapidfuzz (WRatio).

Two decision rules are shown for askfoi: the most probable outcome, and a prior-corrected pick
(probability divided by the outcome's overall rate to the power ALPHA), which trades a little
top-1 accuracy for recall on the rarer outcomes (balanced accuracy).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.knowledge import load_jsonl, load_knowledge  # noqa: E402
from askfoi.matching import matcher_for  # noqa: E402
from askfoi.models import PublishedResponse  # noqa: E402

ALPHA = 0.4  # strength of the prior correction (chosen on this pack; shown beside the plain rule)


def query_text(r: PublishedResponse) -> str:
    return " ".join(p for p in (r.title, r.asked, r.request_text or "") if p)


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
    """Ids of the records imported from the WhatDoTheyKnow children's social care CSV."""
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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pack", type=Path, action="append", help="knowledge folder(s); default: the shipped pack")
    ap.add_argument("--alpha", type=float, default=ALPHA)
    args = ap.parse_args(argv)
    kb = load_knowledge(args.pack) if args.pack else load_knowledge()
    final = [r for r in kb.responses if r.outcome.is_final]
    if not final:
        print("eval: the knowledge pack has no records with a final outcome")
        return 1
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as cache:  # a fresh index: nothing carried over between runs
        matcher = matcher_for(kb.responses, kb.files, Path(cache))
        build_s = time.perf_counter() - start
        rates = Counter(r.outcome.value for r in final)
        plain: dict[str, str] = {}
        corrected: dict[str, str] = {}
        for r in final:
            res = matcher.match(query_text(r), r.authority, top=5, exclude=[r.id])
            probs = {o.outcome.value: o.probability for o in res.forecast.outcomes}
            plain[r.id] = res.forecast.outcomes[0].outcome.value
            loo = rates.copy()
            loo[r.outcome.value] -= 1
            total = sum(loo.values())
            corrected[r.id] = max(
                probs, key=lambda o: probs[o] / (max(loo[o], 1) / total) ** args.alpha
            )
        matcher.con.close()
    match_s = time.perf_counter() - start - build_s
    nn = nearest_title_outcomes(final, final)
    wdtk_ids = csv_ids(kb.files)
    subsets = [("all records with a final outcome", final)]
    csc = [r for r in final if r.id in wdtk_ids and r.source_type.value == "whatdotheyknow"]
    if csc:
        subsets.append(("WhatDoTheyKnow children's social care (CSV)", csc))
    for name, rs in subsets:
        counts = Counter(r.outcome.value for r in rs)
        print(f"\n{name}: {len(rs)} records; outcomes " + ", ".join(f"{o} {n}" for o, n in counts.most_common()))
        rows = []
        for label, pred in (
            ("majority outcome", {r.id: _loo_majority(rates, r) for r in rs}),
            ("nearest title (rapidfuzz WRatio)", nn),
            ("askfoi, most probable", plain),
            (f"askfoi, prior-corrected (alpha {args.alpha:g})", corrected),
        ):
            acc, bal = scores([(r.outcome.value, pred.get(r.id, "")) for r in rs])
            rows.append((label, acc, bal))
        width = max(len(r[0]) for r in rows)
        print(f"  {'method'.ljust(width)}  top-1   balanced")
        for label, acc, bal in rows:
            print(f"  {label.ljust(width)}  {acc:6.1%}  {bal:8.3f}")
    print(f"\n(index {build_s:.1f} s, {len(final)} leave-one-out queries {match_s:.1f} s)")
    return 0


def _loo_majority(rates: Counter, held_out: PublishedResponse) -> str:
    loo = rates.copy()
    loo[held_out.outcome.value] -= 1
    return loo.most_common(1)[0][0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
