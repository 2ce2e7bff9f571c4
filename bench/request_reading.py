"""How askfoi reads whole request bodies (fr7a): per text, the parts and the sentences asked back, and four
automatic proxies of the faults a reader finds, counted over a messages.jsonl of real request texts kept outside
the repository (the texts are people's own words; nothing of them is written here).

    .venv/bin/python bench/request_reading.py /work/holdout5/messages.jsonl [...] [--show] [--out FILE]

Proxies (each detected by rules of its own here, not by askfoi/questions.py, so the counts cannot be made good by
changing what they measure):
  - asked_back_not_question: a sentence asked back for clarification that has no question shape (no "?", no
    question word or inverted auxiliary first, no verb of asking for records);
  - furniture_parts: a part whose source is letter furniture (salutation, statutory preamble, "please provide the
    following", thanks, sign-off, "any queries", cost-limit/format/contact remarks, fallbacks "if this exceeds ...");
  - glued_parts: a part holding two question heads joined ("how many X and what was Y", "..., how much ...");
  - dropped: question-shaped units of the text (list items, "?" sentences, "please provide ..." sentences) whose
    content words are found in no part, no sentence asked back and no remark.
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(os.environ.get("ASKFOI_ROOT") or Path(__file__).resolve().parent.parent)  # another checkout: before/after
sys.path.insert(0, str(REPO))

from askfoi.framing import frame_message  # noqa: E402

TODAY = date(2026, 11, 30)

_QW = r"(?:how\s+(?:many|much|long|often|old|far|is|are|was|were|do|does|did)|what|which|whether|why|when|where|who|whom|whose)"
_AUX = r"(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would)"
_ASK_VERB = (r"(?:provide|send|supply|disclose|confirm|state|list|give|tell|advise|share|detail|explain|"
             r"know|request|see|receive|obtain|copy|copies)")
_QUESTION_SHAPE = re.compile(
    rf"(?i)\?\s*$|^\W*(?:(?:and|also|so|but|or)\s+)*(?:{_QW}\b|{_AUX}\s+\w+|(?:please|kindly)\b|i\s+(?:would|'d|wish|want|need)\b.*\b{_ASK_VERB}|"
    rf"(?:could|can|would)\s+you\b|(?:the\s+)?(?:total\s+)?(?:number|numbers|amount|cost|copy|copies|details|list|names?|"
    rf"breakdown|figures?|data|records?|information)\s+(?:of|on|for|about|relating|regarding|held|showing)\b|any\s+\w+|all\s+\w+)"
    rf"|\b(?:please\s+(?:also\s+)?{_ASK_VERB}|(?:can|could|would)\s+you\s+(?:please\s+)?{_ASK_VERB})\b")
_FURNITURE = re.compile(
    r"(?i)^\W*(?:dear\b|hi\b|hello\b|good\s+(?:morning|afternoon|evening)\b|to\s+whom\b|yours\b|kind\s+regards|"
    r"best\s+(?:wishes|regards)|regards\b|many\s+thanks|thanks?\b|thank\s+you|cheers\b|"
    r"(?:i\s+am\s+)?(?:writing|write)\s+to\s+(?:make|submit)|this\s+is\s+a\s+(?:freedom|foi)|"
    r"under\s+the\s+(?:terms\s+of\s+the\s+)?(?:freedom|environmental|foi)[^.?]*(?:act|regulations)\W*(?:\d{4})?\W*$|"
    r"(?:i\s+would\s+like\s+to\s+(?:request|make)|please\s+(?:can\s+you\s+)?provide(?:\s+me\s+with)?)\s+the\s+following\b[^.?]{0,60}$|"
    r"(?:any|if\s+you\s+have\s+any)\s+(?:queries|questions)|if\s+(?:you\s+)?(?:need|require|have)\s+any|"
    r"if\s+(?:this|my|the)\s+(?:request|information)\b|if\s+(?:this|it)\s+(?:would\s+)?(?:exceeds?|is\s+likely)|"
    r"if\s+(?:limited|possible|not\b|held\b|you\s+(?:are\s+unable|cannot|can't|do\s+not|don't))|"
    r"i\s+look\s+forward|please\s+(?:reply|respond|send\s+(?:the|your)\s+(?:reply|response)|acknowledge)|"
    r"i\s+(?:would\s+)?prefer|(?:please\s+)?(?:provide|send)\s+(?:the\s+)?(?:data|information|it)\s+in\s+(?:an?\s+)?"
    r"(?:excel|spreadsheet|electronic|csv)|i\s+am\s+(?:a|an)\s+(?:student|journalist|researcher|resident))")
_HEADS = re.compile(rf"(?i)(?:^|[,;]\s*|\band\s+|\balso\s+)(?:{_QW}\b|(?:did|does|do|is|are|was|were|has|have)\s+(?:the|your|you|it|they|there|any)\b)")
_STOP = frozenset("""how many much long often what whats which who whom why when where whether is are was were be been
do does did done have has had the a an of in on at to for by from with and or any all that this these those it its
they them their you your we our i my me there per each can could would will please tell know provide send supply
number total amount information following details copy copies list data figures records held year years month months
""".split())


def _content(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _STOP}


def _units(text: str) -> list[str]:
    """The question-shaped units of TEXT: list items (numbered, lettered, bulleted) and sentences that ask."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        m = re.match(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(.*)$|^[-*\u2022]\s+(.*)$", line, re.I)
        if m:
            out.append((m.group(1) or m.group(2)).strip())
            continue
        for sentence in re.split(r"(?<=[?.!])\s+(?=[A-Z0-9])", line):
            s = sentence.strip()
            if s and _QUESTION_SHAPE.search(s) and not _FURNITURE.search(s) and len(_content(s)) >= 2:
                out.append(s)
    return out


def glued(text: str) -> bool:
    heads = [m for m in _HEADS.finditer(text) if not re.match(r"(?i)\W*(?:and\s+)?(?:why|when|where|who)\W*$", text[m.start():])]
    second = re.search(rf"(?i)\?\s+(?:[-\u2013]\s*)?(?:{_QW}\b|(?:did|does|do|is|are|was|were|has|have|can|could)\s+\w+\s+\w+)", text)
    return len(heads) >= 2 or bool(second)


def dropped_units(text: str, kept: list[str]) -> list[str]:
    """The question-shaped units of TEXT whose content words are half or more missing from every string in KEPT."""
    out_stems = [_content(k) for k in kept]
    return [unit for unit in _units(text)
            if (want := _content(unit)) and not any(len(want & have) / len(want) >= 0.5 for have in out_stems)]


def read_one(row: dict) -> dict:
    framing = frame_message(row["text"], today=TODAY)
    parts = [(p.source or p.text, p.text) for p in framing.parts]
    remarks = list(getattr(framing, "remarks", []) or [])
    asked = list(framing.unframed)
    dropped = dropped_units(row["text"], [s + " " + t for s, t in parts] + asked + remarks)
    return {
        "id": row.get("id"), "kind": row.get("kind"),
        "parts": [t for _, t in parts], "asked_back": asked, "remarks": remarks,
        "asked_back_not_question": [q for q in asked if not _QUESTION_SHAPE.search(q.strip())],
        "furniture_parts": [s for s, _ in parts if _FURNITURE.search(s.strip())],
        "glued_parts": [t for _, t in parts if glued(t)],
        "dropped": dropped,
    }


def main(argv: list[str]) -> int:
    show = "--show" in argv
    out_path = None
    if "--out" in argv:
        out_path = Path(argv[argv.index("--out") + 1])
        argv = [a for i, a in enumerate(argv) if a != "--out" and (i == 0 or argv[i - 1] != "--out")]
    files = [a for a in argv if not a.startswith("--")]
    rows = []
    for path in files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    results = [read_one(r) for r in rows]
    if out_path:
        out_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n", encoding="utf-8")
    totals = {k: 0 for k in ("parts", "asked_back", "remarks", "asked_back_not_question", "furniture_parts",
                              "glued_parts", "dropped")}
    for r in results:
        for k in totals:
            totals[k] += len(r[k])
        if show:
            print(f"== {r['id']} ({r['kind']})")
            for t in r["parts"]:
                print("  P", "[GLUED]" if t in r["glued_parts"] else "", t)
            for q in r["asked_back"]:
                print("  ?", "[NOT-Q]" if q in r["asked_back_not_question"] else "", q)
            for q in r["remarks"]:
                print("  R", q)
            for q in r["dropped"]:
                print("  DROPPED", q)
            for q in r["furniture_parts"]:
                print("  FURNITURE", q)
    print(f"texts {len(results)}: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"texts with any proxy fault: {sum(1 for r in results if r['asked_back_not_question'] or r['furniture_parts'] or r['glued_parts'] or r['dropped'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
