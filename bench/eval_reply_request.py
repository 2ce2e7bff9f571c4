"""How often askfoi.reply_request finds the request a reply answers (its date, what it asked, its reference) in the
labelled reply excerpts (tests/data/replies/labelled.jsonl), on the tuned splits only (never report, fresh7,
fresh8): the half the reader of the request was built on (tune, tune2, tune3, fresh, fresh3) and the half it was
not (fresh2, fresh4, fresh5, fresh6). `--sample N --seed S` prints N random excerpts of the second half with what
was found, to be judged by eye.

  .venv/bin/python bench/eval_reply_request.py [--sample 40 --seed 12]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUILT_ON = ("tune", "tune2", "tune3", "fresh", "fresh3")
NOT_BUILT_ON = ("fresh2", "fresh4", "fresh5", "fresh6")


def _records() -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / "labelled.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _row(name: str, found: list) -> str:
    n = len(found) or 1
    count = {k: sum(1 for f in found if getattr(f, k)) for k in ("made", "received", "topic", "question", "reference")}
    dated = sum(1 for f in found if f.made or f.received)
    anything = sum(1 for f in found if f.found)
    return (f"{name:<32} n={len(found):>4}  date {dated:>3} ({dated / n:.0%}; made {count['made']}, received "
            f"{count['received']})  topic {count['topic']:>3} ({count['topic'] / n:.0%})  question {count['question']:>3} "
            f"({count['question'] / n:.0%})  reference {count['reference']:>3} ({count['reference'] / n:.0%})  any {anything / n:.0%}")


def main(argv: list[str] | None = None) -> int:
    from askfoi.reply_request import request_in_reply

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--built-on", action="store_true", help="sample from the half it was built on instead")
    args = ap.parse_args(argv)
    records = [r for r in _records() if r.get("split") in BUILT_ON + NOT_BUILT_ON]
    found = {id(r): request_in_reply(r.get("excerpt") or "") for r in records}
    for name, splits in (("built on (tune..fresh3)", BUILT_ON), ("not built on (fresh2,4,5,6)", NOT_BUILT_ON)):
        print(_row(name, [found[id(r)] for r in records if r["split"] in splits]))
    if args.sample:
        pool = [r for r in records if r["split"] in (BUILT_ON if args.built_on else NOT_BUILT_ON)]
        for r in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
            f = found[id(r)]
            print(f"\n--- {r['split']} {r['url']}\n{' '.join(r['excerpt'].split())[:700]}")
            print("  =>", json.dumps(f.model_dump(mode="json", exclude={"sentence", "source"}, exclude_defaults=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
