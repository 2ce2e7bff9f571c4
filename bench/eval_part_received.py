"""rd30 (issue 10): the reader's steps on labelled replies, each measured alone.

Step 1, the requested parts: how many replies are read as numbered / restated parts, and how many as one part.
Step 2, what the parts received: for each reply that holds something back (a refusal, cost, not held or NCND is
said in it) and whose label says either "partly given" or a refusal, whether `information` is among what the whole
received (askfoi.reader._received) agrees with the label: part_disclosed -> information received; refused,
cost_limit, not_held, ncnd -> none received. Step 3, the outcome: accuracy of read_reply on the same replies.

usage: .venv/bin/python bench/eval_part_received.py [DIR ...]   (DIR: a folder with labels.jsonl and replies/ID.txt;
       with no DIR, tests/data/replies/labelled.jsonl)"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi import reader as R  # noqa: E402

HOLDS = {"refused", "cost_limit", "not_held", "ncnd"}


def records(dirs: list[str]) -> list[tuple[str, str, str]]:
    if not dirs:
        path = REPO / "tests" / "data" / "replies" / "labelled.jsonl"
        return [(str(i), r["outcome"], r["excerpt"]) for i, r in
                enumerate(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())]
    out = []
    for d in map(Path, dirs):
        for line in (d / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append((r["id"], r["outcome"], (d / "replies" / f"{r['id']}.txt").read_text(encoding="utf-8")))
    return out


def main(dirs: list[str]) -> int:
    shapes: Counter = Counter()
    step2 = Counter()
    step3 = Counter()
    wrong = []
    for rid, label, text in records(dirs):
        ev = R._events(text)
        spans = R._parts(ev)
        shapes["parts" if spans else "one part"] += 1
        held_back = R._received(ev, 0, len(ev.t.original)) & set(R._HOLDS)
        if not held_back or label not in HOLDS | {"part_disclosed"}:
            continue
        info = "information" in R._received(ev, 0, len(ev.t.original))
        right = info == (label == "part_disclosed")
        step2[right] += 1
        if not right:
            wrong.append((rid, label, "information" if info else "nothing"))
        step3[R.read_reply(text).outcome.value == label] += 1
    n2 = sum(step2.values())
    print(f"step 1: {shapes['parts']} replies read as parts, {shapes['one part']} as one part")
    print(f"step 2: information received agrees with the label on {step2[True]}/{n2} = {step2[True] / max(n2, 1):.3f} "
          "(replies that hold something back, labelled partly given or refused/cost/not held/NCND)")
    print(f"step 3: outcome right on the same replies {step3[True]}/{n2} = {step3[True] / max(n2, 1):.3f}")
    for w in wrong[:40]:
        print("   step 2 miss", *w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
