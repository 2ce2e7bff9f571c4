"""Why / opinion questions in informal messages (issue 8, ifm1), over message files kept OUTSIDE the repository.
The texts are read where they are and never copied.

Usage: [ASKFOI_REPO=/other/checkout] .venv/bin/python bench/eval_informal_reasons.py [--show] FILE.jsonl [...]
Only lines with "kind": "informal" are read. Counted (patterns of this file's own, not askfoi's):
  - asks_as_written: a part that still asks why / how can / justify / what someone thinks in the person's words
    (its text is not a request for records: it does not start "Any ..." / "Please ...")
  - reasons_cut: a reasons part (its text sets out reasons / considers / assesses) that leaves out a content word
    of the why clause it was read from (a length, a noun or a verb of the clause; the period of the records, the
    body's name and the auxiliaries may go)
  - whole_no_finding: a part that quotes the person's question as the reasons asked about with no
    not-recorded-information finding on the letter
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(os.environ.get("ASKFOI_REPO") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(REPO))

from askfoi.framing import frame_message  # noqa: E402

_ASKS = re.compile(r"(?i)\bwhy\b|\bhow\s+come\b|\bjustif|\bhow\s+(?:can|could)\s+(?!i\b|we\b|you\b)\w+|"
                   r"\b(?:do|does|did|must|would|will)\s+(?:\w+\s+){1,4}?(?:think|feel|believe)\b|\byour\s+(?:opinion|view)")
_RECORDS = re.compile(r"(?i)^\s*(?:any|please|all|copies|a\s+copy|the\s+number|a\s+list|details)\b")
_REASONS = re.compile(r"(?i)\b(?:set\s+out|consider|record\s+an\s+assessment)\b")
_SKIP = frozenset("why how come did do does is are was were has have had can could will would should not the a an to "
                  "of and it they you we that this please explain why's can't cannot won't don't doesn't didn't isn't "
                  "aren't wasn't weren't haven't hasn't council authority so in on at for".split())
_CAL = re.compile(r"(?i)\b(?:19|20)\d\d\b|\b(?:last|past|this\s+year|since|january|february|march|april|june|july|august|september|"
                  r"october|november|december)\b")


def _stem(w: str) -> str:
    from lemminflect import getAllLemmas

    lemmas = sorted({x for v in getAllLemmas(w.lower()).values() for x in v})
    return (lemmas[0] if lemmas else re.sub(r"(?:ing|ed|es|s|'s)$", "", w.lower()))[:5]


def judge(text: str) -> tuple[dict, list[str]]:
    f = frame_message(text, today=date(2026, 11, 30))
    c = dict(parts=len(f.parts), asks_as_written=0, reasons_cut=0, whole_no_finding=0)
    notes = []
    nr = any(getattr(x, "code", "") == "not-recorded-information" for x in f.findings)
    for k, p in enumerate(f.parts, 1):
        t = p.text
        if _ASKS.search(t) and not _RECORDS.match(t):
            c["asks_as_written"] += 1
            notes.append(f"P{k} asks as written: {t[:140]}")
        if _REASONS.search(t) and "this question:" not in t:
            src = p.source or ""
            at = re.search(r"(?i)\bwhy\b|\bjustif\w*|\bthink\b|\bopinion\b", src)
            clause = re.split(r"[?.!]", src[at.end():] if at else src)[0]
            clause = re.sub(r"(?i)\b(?:in|during|for|over)?\s*(?:the\s+)?(?:(?:last|past)\s+\w+\s+\w+|this\s+year|\d{4}(?:[/-]\d{2,4})?)", " ", clause) \
                if _CAL.search(clause) else clause
            have = {_stem(w) for w in re.findall(r"[\w£'-]+", t)}
            lost = [w for w in re.findall(r"[\w£'-]+", clause) if w.lower() not in _SKIP and len(w) > 2
                    and _stem(w) not in have and not (f.authority and w.lower() in (f.authority.from_text or "").lower())]
            if lost:
                c["reasons_cut"] += 1
                notes.append(f"P{k} reasons cut {lost[:4]}: {t[:140]}")
        if "this question:" in t and not nr:
            c["whole_no_finding"] += 1
            notes.append(f"P{k} whole, no finding")
    return c, notes


def main(argv: list[str]) -> int:
    show = "--show" in argv
    for name in [a for a in argv if not a.startswith("--")]:
        total: dict[str, int] = {}
        letters = 0
        for line in open(name, encoding="utf-8"):
            m = json.loads(line)
            if m.get("kind") != "informal":
                continue
            letters += 1
            c, notes = judge(m["text"])
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
            if show and notes:
                print(m.get("id"), *notes, sep="\n  ")
        print(name, f"letters={letters}", " ".join(f"{k}={v}" for k, v in total.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
