"""Parts made of text that asks nothing (un14, issue 8), on tests/data/unit_acts.jsonl: invented messages whose
units (sentences, lines) were labelled by hand before any code read them: "ask" or what else the unit does
(story, opinion, preamble, condition, context).

Each part of `framing.frame_message`'s output is matched to the labelled unit its words come from (the unit that
holds the largest share of the part's content words; of its source's when none holds a third). Counted:
- parts from a unit that asks nothing (the fault);
- asks lost: labelled asks whose content words no part, no question asked back and no pending frame holds (half
  of them or more).
Ids are split odd (tuned on) and even (reported).

Usage: python bench/unit_acts_eval.py [--split odd|even|all] [--first N] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "unit_acts.jsonl"
TODAY = date(2026, 12, 1)
_STOP = frozenset("a an the and or but of to in on at by for from with about is are was were be been has have had do "
                  "does did will would can could should may i me my we our you your it its they them their this that "
                  "these those please provide send tell know like want number copy copies how many much what which "
                  "who when where why whether if any all so also there".split())


def words(text: str) -> set[str]:
    return {w.lower()[:6] for w in re.findall(r"[A-Za-z0-9&£']+", text or "") if w.lower() not in _STOP}


def source_unit(part_words: set[str], units: list[dict]) -> dict | None:
    best, score = None, 0.0
    for u in units:
        uw = words(u["text"])
        if part_words and uw:
            s = len(part_words & uw) / len(part_words)
            if s > score:
                best, score = u, s
    return best if score >= 0.3 else None


def read(row: dict) -> dict:
    from askfoi.framing import frame_message

    f = frame_message(row["text"], today=TODAY)
    units = row["units"]
    parts = [(p.source or p.text, p.text) for p in f.parts]
    bad = []
    for source, text in parts:
        u = source_unit(words(text), units) or source_unit(words(source), units)
        if u is not None and not u["ask"]:
            bad.append((f"{text}  <- {source}", u["act"]))
    held = [words(s) | words(t) for s, t in parts] + [words(q) for q in f.unframed] \
        + [words(p.source or p.text) for p in f.pending]
    sourced = [source_unit(words(t), units) or source_unit(words(s), units) for s, t in parts]
    lost = []
    for u in units:
        if u["ask"]:
            want = words(u["text"])
            if want and not any(len(want & h) * 2 >= len(want) for h in held) and not any(x is u for x in sourced):
                lost.append(u["text"])
    return {"id": row["id"], "parts": [t for _, t in parts], "bad": bad, "lost": lost, "remarks": f.remarks}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=("odd", "even", "all"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--first", type=int, default=1, help="only ids from this number on (a later batch)")
    args = ap.parse_args(argv)
    rows = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if int(r["id"][1:]) >= args.first]
    if args.split != "all":
        rows = [r for r in rows if (int(r["id"][1:]) % 2 == 1) == (args.split == "odd")]
    out = [read(r) for r in rows]
    asks = sum(u["ask"] for r in rows for u in r["units"])
    print(f"{args.split}: {len(rows)} messages, {asks} labelled asks, {sum(len(o['parts']) for o in out)} parts")
    print(f"  parts from a unit that asks nothing: {sum(len(o['bad']) for o in out)} "
          f"(in {sum(1 for o in out if o['bad'])} messages)")
    print(f"  asks lost (in no part, not asked back): {sum(len(o['lost']) for o in out)}")
    if args.show:
        for o in out:
            if o["bad"] or o["lost"]:
                print(f"== {o['id']}")
                for t, act in o["bad"]:
                    print(f"  NOT-ASK PART [{act}] {t}")
                for t in o["lost"]:
                    print(f"  LOST {t}")
                for p in o["parts"]:
                    print(f"    part: {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
