"""Informal messages sentence by sentence (issue 8, fr9b), over message files kept OUTSIDE the repository.
The texts are read where they are and never copied.

Usage: [ASKFOI_REPO=/other/checkout] .venv/bin/python bench/bench_informal_acts.py [--show] FILE.jsonl [...]
Only lines with "kind": "informal" are read. Printed per text (with --show): the parts, the remarks, the findings and
the questions sent back; then totals. The proxies are this file's own patterns, not askfoi's:
  - not_records: a part that is not a request for records as written: it keeps the writer's first person, an
    exclamation, a negative or speculative question ("are they not", "could it be"), a suggestion ("maybe",
    "perhaps there", "should"), or still asks why / how can / justify in the person's words
  - reasons_not_np: a reasons part whose subject is not a noun phrase: a question quoted whole, or "reasons for
    (decisions about)" followed by a contraction, "why" or a bare verb-like word
  - story_pointing: a part that points at something only the story says ("the figures", "these", "this", "they",
    "it" with no noun of its own before it in the part) with no story-reference finding on the letter
  - empty_letters: a text with no part and no question sent back
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

REPO = Path(os.environ.get("ASKFOI_REPO") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(REPO))

from askfoi.framing import frame_message  # noqa: E402

_NOT_RECORDS = re.compile(
    r"(?i)(?:^|\s)(?:i|i'm|i’m|my|we|we're|our)\s|!|\bnot\s+a\b|\bcould\s+it\s+be\b|^\W*(?:maybe|perhaps|surely)\b|"
    r"\bshould\b|\b(?:is|are|was|were|would|could|does|do|did)\s+(?:\w+\s+){0,3}not\b|n['’]t\s+(?:it|they|we|that)\b|"
    r"^\W*(?:why|how\s+(?:can|could|come))\b|\bjustif")
_QUOTED = re.compile(r"(?i)asked about in this question")
_BAD_SUBJECT = re.compile(r"(?i)\breasons\s+(?:for|why)\s+(?:decisions\s+about\s+)?(?:\S*n['’]t\b|why\b|simply\b|then\b)|"
                          r"\bdecisions\s+about\s+(?:\S*n['’]t|why|simply|can|could|is|are|was|were)\b")
_POINTS = re.compile(r"(?i)\b(?:the\s+figures|the\s+facilities|these|those|this(?!\s+(?:year|month|week|period|financial))|"
                     r"they|them|it)\b")


def _request(text: str) -> bool:
    return bool(re.match(r"(?i)\W*(?:any|please|all|copies|a\s+copy|the\s+number|a\s+list|details|a\s+breakdown|the\s+total|"
                         r"the\s+amount|the\s+cost|records?)\b", text))


def run(paths: list[str], show: bool) -> dict:
    totals = dict(texts=0, parts=0, remarks=0, reasons=0, not_records=0, reasons_not_np=0, story_pointing=0,
                  empty_letters=0, with_questions_back=0, not_recorded_findings=0, story_reference_findings=0)
    for path in paths:
        for line in open(path, encoding="utf-8"):
            m = json.loads(line)
            if m.get("kind") != "informal":
                continue
            f = frame_message(m["text"])
            codes = [getattr(x, "code", "") for x in f.findings]
            totals["texts"] += 1
            totals["parts"] += len(f.parts)
            totals["remarks"] += len(f.remarks)
            totals["not_recorded_findings"] += codes.count("not-recorded-information")
            totals["story_reference_findings"] += codes.count("story-reference")
            totals["empty_letters"] += not f.parts and not f.questions
            totals["with_questions_back"] += bool(f.questions)
            faults = []
            for k, p in enumerate(f.parts, 1):
                text = p.text or ""
                if p.kind == "reasons":
                    totals["reasons"] += 1
                if not _request(text) and _NOT_RECORDS.search(text) or (_request(text) is False and p.kind == "kept"
                                                                       and not text.rstrip().endswith("?")):
                    totals["not_records"] += 1
                    faults.append(f"P{k} not_records")
                if p.kind == "reasons" and (_QUOTED.search(text) or _BAD_SUBJECT.search(text)):
                    totals["reasons_not_np"] += 1
                    faults.append(f"P{k} reasons_not_np")
                if _POINTS.search(text) and "story-reference" not in codes and not _QUOTED.search(text):
                    totals["story_pointing"] += 1
                    faults.append(f"P{k} story_pointing")
            if show:
                print(f"===== {m['id']}  {' '.join(faults)}")
                for k, p in enumerate(f.parts, 1):
                    print(f"  P{k} [{p.kind}] {p.text}")
                for r in f.remarks:
                    print(f"  R {r[:140]}")
                for q in f.questions:
                    print(f"  Q {q[:140]}")
                for x in f.findings:
                    print(f"  F {getattr(x, 'code', '')}: {(getattr(x, 'evidence', '') or '')[:90]}")
    return totals


def main(argv: list[str]) -> int:
    show = "--show" in argv
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        print("usage: bench_informal_acts.py [--show] FILE.jsonl [...]", file=sys.stderr)
        return 2
    totals = run(paths, show)
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
