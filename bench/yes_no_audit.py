"""Yes/no questions about a practice left as kept parts (fr15c, issue 8): before (the hook off) and after.

Runs `framing.frame_message` (today = 2026-12-01) over a JSONL file of messages ({"id", "text"}) twice, once with
`askfoi.yes_no_asks.reframe_yes_no` switched off, and prints per run: parts, questions asked back, kept parts that
open as a yes/no question (does/do/did/has/have/is/are/was/were, "please confirm whether"); with --show, the parts
that differ.

Usage: python bench/yes_no_audit.py FILE [FILE ...] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import askfoi.framing as F  # noqa: E402

TODAY = date(2026, 12, 1)
_YES_NO = re.compile(r"(?i)^\W*(?:\d+\s*[.)]\s*)?(?:does|do|did|has|have|is|are|was|were|please\s+confirm\s+whether|"
                     r"can\s+you\s+confirm)\b")


def run(rows: list[dict], on: bool) -> tuple[dict, list[list[str]]]:
    hook = F.reframe_yes_no
    if not on:
        F.reframe_yes_no = lambda *a, **k: None
    try:
        out, shown = {"parts": 0, "asked_back": 0, "kept_yes_no": 0}, []
        for row in rows:
            f = F.frame_message(row["text"], today=TODAY)
            out["parts"] += len(f.parts)
            out["asked_back"] += len(f.unframed)
            out["kept_yes_no"] += sum(1 for p in f.parts if p.kept_words and _YES_NO.match(p.text))
            shown.append([f"[{p.kind}] {p.text}" for p in f.parts])
        return out, shown
    finally:
        F.reframe_yes_no = hook


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    for name in args.files:
        rows = [json.loads(line) for line in Path(name).read_text().splitlines() if line.strip()]
        before, b_parts = run(rows, False)
        after, a_parts = run(rows, True)
        print(f"{name}: {len(rows)} messages; " + "; ".join(f"{k} {before[k]} -> {after[k]}" for k in before))
        if args.show:
            for row, b, a in zip(rows, b_parts, a_parts):
                if b != a:
                    print(f"## {row.get('id')}")
                    for x in b:
                        if x not in a:
                            print(f"  - {x}")
                    for x in a:
                        if x not in b:
                            print(f"  + {x}")


if __name__ == "__main__":
    main()
