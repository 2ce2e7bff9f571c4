"""Questions that ask for a view, a plan, a legality, a justification or advice (issue 8, op14), scored against the
treatment written per question before askfoi ran (tests/data/view_questions.jsonl).

Usage: [ASKFOI_REPO=/other/checkout] .venv/bin/python bench/eval_view_questions.py [--show] [--split tune|test] [FILE]
Treatments (read from the letter by this file's own patterns, not askfoi's):
  plans        a part asking for plans, proposals, reports or minutes about the subject
  policy       a part asking for a policy, position statement or briefing on the subject
  legal_basis  a part asking for the policy and the legal basis the body relies on
  reasons      a part asking for records that set out reasons
  records      any other part that asks for records (counts, lists, who is responsible ...); any records part
               (reasons, policy, plans too) is right for a question labelled records
  set_aside    the question is in no part, and a finding or note says why FOI cannot answer it
Also counted: kept (a part that still asks the view / plan / advice in the person's words), silent (in no part and
no note names it).
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

_ASKS_VIEW = re.compile(r"(?i)\b(?:do|does|did)\s+(?:you|they|the\s+\w+)\s+(?:think|believe|agree|feel)\b|\bshould\b|"
                        r"\bis\s+it\s+(?:legal|lawful|right|fair|ok|true|acceptable)\b|\bwill\s+(?:you|the|they|it|patients)\b|"
                        r"\bgoing\s+to\b|\bwhat\s+happens\b|\bwould\b|\bcan\s+(?:they|i|the\s+council|you)\b|"
                        r"\b(?:your|council'?s?|police'?s?)\s+(?:view|position|stance|opinion)\b|\bjustify\b|\bplans?\b|"
                        r"\bintend|\bintentions?\b|\bproposals?\b|\bdoing\s+about\b|\ballowed\b|\blegally\b|\bvalue\s+for\s+money\b")
_RECORDS = re.compile(r"(?i)^\s*(?:any|please|all|copies|a\s+copy|the\s+number|a\s+list|details|the\s+total)\b")


def _norm(text: str) -> str:
    return re.sub(r"[^\w£%]+", " ", re.sub(r"['\u2019]", "", (text or "").lower())).strip()


def treatment(text: str) -> str:
    low = text.lower()
    if not _RECORDS.match(text):
        if re.match(r"(?i)what\s+is\s+(?:the|your|its)\s+(?:\w+\s+)?polic(?:y|ies)\b", text):
            return "policy"  # "What is your policy on X?": the policy asked for in the person's words
        return "kept" if _ASKS_VIEW.search(text) else "records"
    if "legal basis" in low or "legal power" in low:
        return "legal_basis"
    if re.search(r"\bplans\b|\bproposals\b", low):
        return "plans"
    if re.search(r"\bpolicy\b|\bposition\b|\bbriefings?\b", low) and "reasons" not in low:
        return "policy"
    if re.search(r"\breasons?\b|\bset\s+out\s+why\b|\bset\s+out\s+the\s+reasons\b", low):
        return "reasons"
    return "records"


def judge(row: dict) -> list[tuple[str, str, str, str]]:
    f = frame_message(row["text"], row.get("authority"), today=date(2026, 12, 1))
    notes = " ".join(_norm(getattr(x, "evidence", "") or "") + " " + _norm(getattr(x, "message", "") or "")
                     for x in f.findings)
    notes += " " + " ".join(_norm(n) for n in getattr(f, "set_aside", []) or [])
    out = []
    for e in row["expected"]:
        q = _norm(e["q"])
        got, shown = None, ""
        for p in sorted(f.parts, key=lambda p: len(p.source or p.text)):  # the part cut most narrowly round it
            if q in _norm(p.source) or q in _norm(p.text):
                got, shown = treatment(p.text), p.text
                break
        if got is None:
            if q in notes:
                got = "set_aside"
            elif any(q in _norm(x) for x in f.questions + f.unframed):
                got = "asked_back"
            else:
                got = "silent"
        out.append((e["q"], e["treatment"], got, shown))
    return out


def kept_views(name: str, show: bool = False) -> tuple[int, int, int]:
    """Over a message file (rows with "text"): (messages, parts, parts kept in the person's words that still ask a
    view, a plan, a legality or advice by this file's pattern)."""
    rows = [json.loads(line) for line in open(name, encoding="utf-8")]
    parts = kept = 0
    for r in rows:
        f = frame_message(r["text"], r.get("authority"), today=date(2026, 12, 1))
        parts += len(f.parts)
        for p in f.parts:
            if treatment(p.text) == "kept":
                kept += 1
                if show:
                    print(f"{r['id']} kept: {p.text[:150]}")
    return len(rows), parts, kept


def main(argv: list[str]) -> int:
    show = "--show" in argv
    if "--kept" in argv:
        for name in [a for a in argv if a.endswith(".jsonl")]:
            n, parts, kept = kept_views(name, show)
            print(f"{name}: messages {n}, parts {parts}, kept parts asking a view/plan/advice {kept}")
        return 0
    split = argv[argv.index("--split") + 1] if "--split" in argv else None
    files = [a for a in argv if a.endswith(".jsonl")] or [str(REPO / "tests/data/view_questions.jsonl")]
    for name in files:
        rows = [json.loads(line) for line in open(name, encoding="utf-8")]
        rows = [r for r in rows if split is None or r["split"] == split]
        total = right = kept = 0
        for r in rows:
            for q, want, got, shown in judge(r):
                total += 1
                ok = got == want or (want == "records" and got in ("records", "reasons", "policy", "plans", "legal_basis"))
                right += ok
                kept += got == "kept" and want != "records"
                if show and not ok or "--all" in argv:
                    print(f"{r['id']} {'ok ' if ok else 'BAD'} want={want:11} got={got:11} {q!r}: {shown[:150]}")
        print(f"{name} split={split or 'all'}: questions {total}, correct treatment {right} ({100 * right / max(total, 1):.1f}%), "
              f"view/plan/advice kept as written {kept}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
