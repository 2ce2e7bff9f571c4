"""NCND warnings on the TUNING split only, leave-one-out through `Matcher.match` (fc26): the quick loop for checking
each NCND rule's effect before keeping it. The held-out split (`make eval`'s newest 20%) is read for its ids only.

Scored: every tuning record with a known NCND status to a police force, and every other tuning record with a known
status that used NCND or touches an NCND topic (a record on no topic that did not use NCND is not changed by a topic
rule). Each record is left out of the index, its neighbours and the topic counts, as `make eval` does for the tuning
half; the learnt model's weights were fitted on these records (in-sample), so the figures flatter it: compare two
runs, not one with the held-out split.

    .venv/bin/python bench/ncnd_tuning.py --out /tmp/after.jsonl [--compare /tmp/before.jsonl]

With --compare: both runs' recall and false alarms (police, other bodies, all) and each record whose warning changed
(GAIN: now right; LOSS: now wrong), with its title (tuning records only).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def scored_tuning(everything: bool = False):
    """(the pack, its tuning records, the records the matcher may see, their NCND topic counts, the tuning records
    scored): those with a known NCND status to a police force, and the others with a known status that used NCND or
    touch an NCND topic (EVERYTHING: every one with a known status). The held-out split is read for its ids only."""
    import askfoi.ncnd_topics as ncnd_topics
    from askfoi.knowledge import load_knowledge
    from train_model import harvested, query_text, split_by_date

    kb = load_knowledge()
    tuning, held = split_by_date(harvested(kb))
    held_ids = {r.id for r in held}
    seen = [r for r in kb.responses if r.id not in held_ids]
    records = [r for r in tuning if r.ncnd is not None and (
        everything or r.authority_type.value == "police" or r.ncnd
        or ncnd_topics.evidence_for(query_text(r), r.authority_type.value))]
    return kb, tuning, seen, ncnd_topics.count_pack(seen), records


def run(out: Path) -> None:
    import askfoi.ncnd_topics as ncnd_topics
    from askfoi.forecast_model import load_model
    from askfoi.matching import matcher_for
    from train_model import query_text, subtract

    kb, _, seen, counts, records = scored_tuning()
    with tempfile.TemporaryDirectory() as cache, out.open("w", encoding="utf-8") as fh:
        matcher = matcher_for(seen, list(kb.files) + [Path(cache) / "held-out-removed"], Path(cache))
        matcher.model = load_model()
        for r in records:
            matcher.ncnd_counts = subtract(counts, ncnd_topics.count_pack([r]))
            f = matcher.match(query_text(r), r.authority, exclude=[r.id]).forecast
            fh.write(json.dumps({"id": r.id, "kind": r.authority_type.value, "ncnd": r.ncnd, "warned": f.ncnd_likely,
                                 "title": (r.title or "")[:160]}) + "\n")
    print(f"{len(records)} tuning records scored -> {out}")


def _load(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def rates(rows: dict[str, dict]) -> dict[str, str]:
    table = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows.values():
        for key in ("police" if r["kind"] == "police" else "other", "all"):
            t = table[key]
            if r["ncnd"]:
                t[0] += 1
                t[1] += r["warned"]
            else:
                t[2] += 1
                t[3] += r["warned"]
    return {k: f"recall {v[1]}/{v[0]}, false alarms {v[3]}/{v[2]}" for k, v in sorted(table.items())}


def compare(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    out = []
    for i, b in after.items():
        a = before.get(i)
        if a is not None and a["warned"] != b["warned"]:
            verdict = "GAIN" if b["warned"] == bool(b["ncnd"]) else "LOSS"
            out.append(f"{verdict} {b['kind']} ncnd={b['ncnd']} | {b['title']}")
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--compare", type=Path, help="an earlier run's --out file")
    args = ap.parse_args(argv)
    run(args.out)
    after = _load(args.out)
    if args.compare:
        before = _load(args.compare)
        print("before", rates(before))
    print("after " if args.compare else "", rates(after))
    if args.compare:
        print("\n".join(compare(before, after)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
