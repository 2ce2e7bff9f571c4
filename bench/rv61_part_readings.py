"""rv61: the reader's part-by-part readings of the labelled real replies (tests/data/replies/labelled.jsonl), one JSON
line per record (split, number of range headings, parts as number/outcome/ncnd/sections), to compare two branches:
    python bench/rv61_part_readings.py > A.jsonl   (in each worktree), then
    python bench/rv61_part_readings.py --compare A.jsonl B.jsonl
The comparison prints, per split group (tuning / report), how many records' part readings changed and how many have a
range heading; record by record only for the tuning splits."""

from __future__ import annotations

import json
import sys
from pathlib import Path

TUNING = {"tune", "tune2", "tune3", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"}


def readings() -> None:
    from askfoi import reader

    for line in Path("tests/data/replies/labelled.jsonl").read_text().splitlines():
        d = json.loads(line)
        text = d.get("excerpt") or ""
        ranges = len(reader._range_headings(reader._events(text))) if hasattr(reader, "_range_headings") else 0
        parts = [[p.number, p.outcome.value, p.ncnd, list(p.sections)] for p in reader.read_reply(text).parts]
        print(json.dumps({"url": d["url"], "split": d.get("split"), "ranges": ranges, "parts": parts}))


def compare(a: str, b: str) -> None:
    old = {json.loads(x)["url"]: json.loads(x) for x in Path(a).read_text().splitlines()}
    new = [json.loads(x) for x in Path(b).read_text().splitlines()]
    for group, test in (("tuning", lambda s: s in TUNING), ("report", lambda s: s not in TUNING)):
        rows = [r for r in new if test(r["split"])]
        changed = [r for r in rows if r["parts"] != old[r["url"]]["parts"]]
        print(f"{group}: {len(rows)} replies, range headings in {sum(1 for r in rows if r['ranges'])}, "
              f"part readings changed in {len(changed)}")
        if group == "tuning":
            for r in changed:
                print("  ", r["url"], "\n     before", old[r["url"]]["parts"], "\n     after ", r["parts"])


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        compare(sys.argv[2], sys.argv[3])
    else:
        readings()
