"""`make eval`: leave-one-out quality of the outcome forecast over the knowledge pack.

Every record with a final outcome is held out in turn: its title, summary and request text (and
its authority) are the query, and the matcher is told to leave it out entirely (candidates, term
statistics, outcome rates, same-title groups and the peer authorities' agreement), so it cannot
see its own answer. Printed beside two baselines: the majority outcome, and the outcome of the
nearest title by rapidfuzz (WRatio).

askfoi's line is the rule `askfoi match` uses: the most probable outcome of its forecast. Then
the forecast's two free weights (the peers' weight and a prior correction alpha) are
chosen on one half of the children's social care records (split by same-title group, so a
round-robin request never sits in both halves) and scored on the other half, both ways round.
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
        parts = {r.id: matcher.experts(query_text(r), r.authority, exclude=[r.id]) for r in final}
        matcher.con.close()
    match_s = time.perf_counter() - start - build_s
    rates = Counter(r.outcome.value for r in final)
    askfoi = {i: decide(combine(e)) for i, e in parts.items()}
    no_peers = {i: decide(combine(e, 0.0, 0.0)) for i, e in parts.items()}
    nn = nearest_title_outcomes(final, final)
    wdtk_ids = csv_ids(kb.files)
    csc = [r for r in final if r.id in wdtk_ids]
    subsets = [("all records with a final outcome", final)]
    if csc:
        subsets.append(("children's social care CSV (WhatDoTheyKnow requests + Hastings log rows)", csc))
        wdtk = [r for r in csc if r.source_type.value == "whatdotheyknow"]
        subsets.append(("  of which WhatDoTheyKnow requests only", wdtk))
    rule = f"askfoi match (peers x{PEER_WEIGHT:g}, alpha {PRIOR_CORRECTION:g})"
    for name, rs in subsets:
        table(name, rs, [
            ("majority outcome", {r.id: _loo_majority(rates, r) for r in rs}),
            ("nearest title (rapidfuzz WRatio)", nn),
            ("askfoi without peer votes", no_peers),
            (rule, askfoi),
        ])
    if csc:
        print("\nweights chosen on one half of the CSV records, scored on the other (split by title group):")
        for i, (fit, test) in enumerate((halves(csc), halves(csc)[::-1])):
            maj = max(Counter(r.outcome.value for r in fit).values()) / len(fit)
            w, a = tune(fit, parts, maj)
            test_maj = max(Counter(r.outcome.value for r in test).values()) / len(test)
            for label, rs, m in (("tuned on", fit, maj), ("scored on", test, test_maj)):
                acc, bal = scores([(r.outcome.value, decide(combine(parts[r.id], w, a))) for r in rs])
                print(f"  half {'AB'[i]} -> peers x{w:g}, alpha {a:g}: {label} {len(rs)} records "
                      f"top-1 {acc:.1%} (majority {m:.1%}), balanced {bal:.3f}")
    print(f"\n(index {build_s:.1f} s, {len(final)} leave-one-out queries {match_s:.1f} s)")
    from eval_framing import report as framing_report  # the framing of first messages (issue 8)

    framing_report()

    from bench.eval_replies import report as reply_report

    reply_report()
    return 0


def _loo_majority(rates: Counter, held_out: PublishedResponse) -> str:
    loo = rates.copy()
    loo[held_out.outcome.value] -= 1
    return loo.most_common(1)[0][0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
