"""Parts that contain no asking unit (un14, issue 8), over message files with a "text" field (default
tests/data/informal_messages.jsonl and tests/data/first_messages.jsonl): each part's source cut into its units
(askfoi.unit_acts.units_of) and each unit read (askfoi.unit_acts.unit_act); a part none of whose units asks or is
unsure is counted and printed with what its units do. Also prints every part's text to --out (outside the
repository) so two runs can be compared part by part.

Usage: python bench/no_ask_parts.py [FILE ...] [--out FILE] [--workers N]
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FILES = [ROOT / "tests" / "data" / "informal_messages.jsonl", ROOT / "tests" / "data" / "first_messages.jsonl"]
NOT_ASKING = {"story", "opinion", "preamble", "condition", "context"}


def read(text: str) -> dict:
    from askfoi.framing import frame_message
    from askfoi.unit_acts import unit_act, units_of

    f = frame_message(text, today=date(2026, 12, 1))
    parts, bad = [], []
    for p in f.parts:
        acts = [(unit_act(u), u) for u in units_of(p.source or p.text)]
        parts.append(p.text)
        if acts and all(a in NOT_ASKING for a, _ in acts):
            bad.append((p.text, acts))
    return {"parts": parts, "bad": bad, "remarks": list(f.remarks), "unframed": list(f.unframed)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--out", default="/tmp/no_ask_parts.txt")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    rows = []
    for name in args.files or FILES:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row["id"], row["text"]))
    with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
        out = list(pool.map(read, [t for _, t in rows], chunksize=8))
    n_parts = sum(len(o["parts"]) for o in out)
    n_bad = sum(len(o["bad"]) for o in out)
    print(f"{len(rows)} texts, {n_parts} parts, parts with no asking unit: {n_bad} "
          f"(in {sum(1 for o in out if o['bad'])} texts)")
    for (tid, _), o in zip(rows, out):
        for text, acts in o["bad"]:
            print(f"  {tid}: {text}  <- " + " | ".join(f"[{a}] {u}" for a, u in acts))
    with open(args.out, "w", encoding="utf-8") as fh:
        for (tid, _), o in zip(rows, out):
            fh.write(f"== {tid}\n" + "".join(f"  part: {p}\n" for p in o["parts"])
                     + "".join(f"  remark: {r}\n" for r in o["remarks"]) + "".join(f"  back: {q}\n" for q in o["unframed"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
