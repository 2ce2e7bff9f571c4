"""lead46: are the similar responses askfoi lists about what was asked?

The forecast is scored by `make eval`; the list of similar published responses shown beside it (the evidence a person
reads) is not. This measures it on the same date split as `make eval` (bench/train_model.py `split_by_date`): each
harvested record with a specific topic tag (knowledge/vocab/topics: the tags below that name a subject, not a kind of
record) is asked as a new request (its title and summary; then its title alone, as short as people name a
subject; its own authority), the matcher built without the held-out
records; a listed response is RELEVANT when it shares a specific topic tag with the record asked (a listed record with no
tags is left out of the counts). Reported per half:
records with anything listed, precision of the listed (all and first), and records with no relevant one listed.
Tuning: a fixed sample of the tuning half (leave-one-out); report: the held-out half once.

    PYTHONPATH=. .venv/bin/python bench/listing_relevance.py [--tuning N] [--held-only]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from askfoi.knowledge import load_knowledge  # noqa: E402
from askfoi.matching import matcher_for  # noqa: E402
from train_model import harvested, query_text, split_by_date  # noqa: E402

# tags that say what kind of record or matter, not what it is about: sharing one is no sign of the same subject
BROAD = {"spending_budgets", "correspondence_meetings", "policy_procedure", "named_person", "other",
         "foi_administration", "government_policy", "contracts_suppliers", "legal_costs", "ongoing_investigation",
         "equality_diversity", "it_systems_software", "staff_pay_hr", "misconduct_complaints"}


def specific(topics) -> set[str]:
    return {t for t in (topics or []) if t not in BROAD}


def measure(matcher, records, by_id, loo: bool, top: int = 5, short: bool = False) -> dict:
    n = listed = judged = first_ok = none_ok = 0
    shown = relevant = 0
    for r in records:
        tags = specific(r.topics)
        if not tags:
            continue
        n += 1
        sims = matcher.match(r.title if short else query_text(r), r.authority, top=top, exclude=[r.id] if loo else ()).similar
        sims = [s for s in sims if s.id != r.id]
        if not sims:
            continue
        listed += 1
        # a listed record with no tags at all cannot be judged: left out of the counts
        ok = [bool(specific(by_id[s.id].topics) & tags) for s in sims if s.id in by_id and by_id[s.id].topics]
        if not ok:
            continue
        judged += 1
        shown += len(ok)
        relevant += sum(ok)
        first_ok += ok[0]
        none_ok += not any(ok)
    return {"asked": n, "listed": listed, "judged": judged, "shown": shown, "relevant": relevant, "first_ok": first_ok,
            "none_ok": none_ok}


def line(name: str, m: dict) -> str:
    p = m["relevant"] / max(1, m["shown"])
    return (f"  {name:<8} asked {m['asked']:>4}; something listed {m['listed']:>4} ({m['listed'] / max(1, m['asked']):.0%}); "
            f"listed on the topic {m['relevant']}/{m['shown']} ({p:.0%}); first on the topic "
            f"{m['first_ok']}/{m['judged']} ({m['first_ok'] / max(1, m['judged']):.0%}); "
            f"none on the topic {m['none_ok']}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tuning", type=int, default=400, help="records sampled from the tuning half (fixed seed)")
    ap.add_argument("--held-only", action="store_true")
    ap.add_argument("--tuning-only", action="store_true")
    args = ap.parse_args(argv)
    kb = load_knowledge()
    by_id = {r.id: r for r in kb.responses}
    tuning, held = split_by_date(harvested(kb))
    held_ids = {r.id for r in held}
    seen = [r for r in kb.responses if r.id not in held_ids]
    sample = sorted(tuning, key=lambda r: r.id)
    random.Random(46).shuffle(sample)
    sample = sample[:args.tuning]
    print("similar responses listed on the asked record's topic (lead46; tags shared, broad tags aside)")
    with tempfile.TemporaryDirectory() as cache:
        matcher = matcher_for(seen, list(kb.files) + [Path(cache) / "held-out-removed"], Path(cache))
        for short in (False, True):
            print("asked as its title alone (short, as people name a subject)" if short else "asked as its title and summary")
            if not args.held_only:
                print(line("tuning", measure(matcher, sample, by_id, loo=True, short=short)))
            if not args.tuning_only:
                print(line("held-out", measure(matcher, held, by_id, loo=False, short=short)))
        matcher.con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
