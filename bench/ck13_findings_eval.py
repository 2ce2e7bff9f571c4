"""Expected vs raised findings on invented messages typed the way people type (ck13, issue 8).

tests/data/ck13_findings.jsonl: one message a line, written lower case, with typos, stories and volunteers writing for
clients, each with the finding kinds an FOI officer would raise on the letter askfoi makes from it ("expect") and
whether it asks a why or a view ("why"). Kinds judged:

- period: "no-time-period";
- opinion: "not-recorded-information" as a warning (high or medium). It is due on a message that asks a why or a view
  when the letter keeps it as written or leaves it out (no part of the letter is a frame framing rendered as records);
  once it is asked as records, only a quiet note (low) is right;
- vague: "too-vague" or "vague-scope";
- housing: "housing-association".

Prints true positives, false positives and misses per kind for each half ("tune": tuned on; "report": not).
Usage: python bench/ck13_findings_eval.py [--root DIR] [--data FILE] [--show]
(--root: another checkout's askfoi, to measure the code before a change on the same data.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["period", "opinion", "vague", "housing"]


def raised_kinds(framing) -> set[str]:
    out = set()
    for f in framing.findings:
        code, severity = getattr(f, "code", ""), getattr(f, "severity", "")
        if code == "no-time-period":
            out.add("period")
        elif code == "not-recorded-information" and severity in ("high", "medium"):
            out.add("opinion")
        elif code in ("too-vague", "vague-scope"):
            out.add("vague")
        elif code == "housing-association":
            out.add("housing")
    return out


def expected_kinds(row: dict, framing) -> set[str]:
    want = set(row.get("expect") or [])
    if row.get("why") and not any(not p.kept_words for p in framing.parts):
        want.add("opinion")  # the why or view is on the letter as written (or left out): the warning is due
    return want


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(ROOT))
    ap.add_argument("--data", default=str(ROOT / "tests" / "data" / "ck13_findings.jsonl"))
    ap.add_argument("--show", action="store_true", help="print each message's expected and raised kinds")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.root)
    from askfoi.framing import frame_message

    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    for split in ("tune", "report"):
        tp, fp, miss = Counter(), Counter(), Counter()
        for row in (r for r in rows if r.get("split") == split):
            framing = frame_message(row["text"], today=date(2026, 12, 1))
            want, got = expected_kinds(row, framing), raised_kinds(framing)
            for k in KINDS:
                tp[k] += k in want and k in got
                fp[k] += k in got and k not in want
                miss[k] += k in want and k not in got
            if args.show and want != got:
                print(f"  {row['id']}: expected {sorted(want)} raised {sorted(got)} | {row['text'][:80]}")
        n = sum(1 for r in rows if r.get("split") == split)
        print(f"{split} half ({n} messages): kind  true-pos  false-pos  misses")
        for k in KINDS:
            print(f"  {k:<8} {tp[k]:>8} {fp[k]:>10} {miss[k]:>7}")
        print(f"  {'all':<8} {sum(tp.values()):>8} {sum(fp.values()):>10} {sum(miss.values()):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
