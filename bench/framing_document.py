"""A request body read as a document (fr8): per text, the parts, the remarks and the questions asked back, and
automatic proxies of the structural faults a reader finds, over messages.jsonl files of real request texts kept
OUTSIDE the repository (people's own words: nothing of them is written here).

    [ASKFOI_ROOT=/other/checkout] .venv/bin/python bench/framing_document.py /work/holdout5/messages.jsonl [...]
        [--show] [--only ID,ID] [--out FILE]

Proxies per part (rules of their own here, not askfoi's, so they cannot be made good by changing what they measure):
  - no_head: the part has no question or record head: it opens on a preposition, a conjunction, a pronoun or a
    bare period ("In 2020.", "If so please provide details.", "Again by each year"), or has under three content
    words;
  - modifier: the part only modifies another question: a breakdown, a period, "for each of these", "the same for
    2020", "this data for three periods", with no measure or record of its own;
  - two_heads: two question heads in one part ("how many X and what was Y", "...? What ...");
  - label: a list label or heading left in the part ("2-", "1.3.", "[1]", "Request 2", "PART (2)", "Q3:") or a
    part that ends on ":";
  - imperative_q: an imperative ("Please provide ...", "Provide ...") that ends with "?";
  - lost: a question-shaped unit of the text (list item, "?" sentence, "please provide ...") whose content words
    are in no part, no remark and no question asked back (bench/request_reading.py's proxy);
  - procedural (fr9a): a part about the request itself, not records: "this request", clarification, the date of
    receipt, exemptions and their reasons, "respond accordingly", the purpose of the request;
  - field_alone (fr9a): a part that is one bare field of a list ("Date and length of exclusion.", "The dates of
    those communications.") - a short noun phrase with no measure and no record head of its own.
Per run it also counts question units in (bench/request_reading.py's units) against parts + remarks + asked back
out, and, with --kind formal|informal, reads only texts of that kind.
fr10a: the notes each letter carries (`letter_notes`, shown "N"), and the remarks that still ask (`asked_remark`,
judged by the checkout running this script) with how many of them are on no letter.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from askfoi.framing import frame_message  # noqa: E402
from askfoi.questions import letter_notes  # noqa: E402

try:  # fr10a: a question left in the remarks, and whether the letter shows it (another checkout may not have it)
    from askfoi.questions import asked_remark  # noqa: E402
except ImportError:  # pragma: no cover - an older checkout
    asked_remark = None
from request_reading import _content, _units, dropped_units, glued  # noqa: E402  (the same unit and gluing proxies as fr7a's)

TODAY = date(2026, 11, 30)

_OPEN_BAD = re.compile(
    r"(?i)^\W*(?:if|for|in|on|by|per|from|during|between|since|over|within|again|also|and|or|but|so|then|this|these|"
    r"those|that|it|they|them|same|e\.?g|i\.?e|etc|such|as|with|broken|split|separated|including|excluding|"
    r"(?:19|20)\d\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\b")
_RECORD_OPEN = re.compile(
    r"(?i)^\W*(?:for\s+each\s+(?:of\s+the\s+)?(?:last|past)|in\s+(?:each|the\s+(?:last|past))\b[^,]{0,40},\s*(?:how|what|please|the|a)|"
    r"for\s+(?:each|every)\s+\w+\s*,\s*(?:how|what|which|please|the|a|its|their)\b|if\s+so,?\s+(?:how|what|which|who|when|where|please\s+provide\s+(?:a|the|copies|any)\s+\w+\s+\w+))")
_MODIFIER = re.compile(
    r"(?i)^\W*(?:(?:please|can\s+you|could\s+you|can|could|would\s+you)\s+)*(?:(?:also|and)\s+)?"
    r"(?:(?:break|split|separate|disaggregate|itemi[sz]e)\b|(?:provide|give|send|supply|repeat)\s+(?:me\s+)?(?:with\s+)?"
    r"(?:this|these|it|the\s+same|the\s+above|this\s+(?:data|information)|the\s+(?:data|figures|information|numbers)\b(?!\s+(?:on|of|about|for\s+the\s+number)))"
    r"|(?:a\s+)?breakdown\s+(?:by|of\s+(?:this|these|the\s+above))|broken\s+down|split\s+by|by\s+(?:year|month|financial|calendar|quarter|ward|age|gender)"
    r"|(?:the\s+)?same\s+(?:for|figures|information|data|questions?)|for\s+each\s+of\s+(?:these|those|the\s+above)"
    r"|(?:this|the)\s+(?:data|information|figures)\s+(?:for|by|broken|split)|(?:for|in)\s+(?:the\s+)?(?:years?|periods?|financial\s+years?)\b[^.?]{0,40}$"
    r"|(?:again\s+)?by\s+each\s+year)")
_BARE_PERIOD = re.compile(r"(?i)^\W*(?:(?:from|between|in|for|during)\s+)?(?:\d{1,2}\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
                          r"(?:\s*(?:to|-|\u2013|and|until)\s*(?:\d{1,2}\s+)?(?:[a-z]+\s+)?(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|date|now))?\W*$")
_LABEL = re.compile(r"(?i)(?:^\W*(?:\d{1,2}\s*[-\u2013)\]]|\d{1,2}\.\d{1,2}\.?\s|\[\d{1,2}\]|(?:request|question|q|part|item)\s*\(?\d{1,2}\)?\s*[:.)-]?\s)"
                    r"|\b\d\.\d\.\s|\bpart\s*\(\d\)|\b\d{1,2}\)\s*(?=[A-Z])|:\s*$)")
_IMPERATIVE = re.compile(r"(?i)^\W*(?:please\s+|kindly\s+)?(?:provide|send|supply|give|list|confirm|state|detail|attach|share|disclose)\b")


_PROCEDURAL = re.compile(
    r"(?i)\b(?:(?:this|my|the)\s+(?:foi\s+|freedom\s+of\s+information\s+)?request\b(?!s)|clarification|date\s+of\s+(?:your\s+)?receipt|"
    r"exemptions?\b[^.]{0,40}\breason|accordingly|purpose\s+of\s+(?:this|my)|working\s+days|promptly)")
_FIELD = re.compile(r"(?i)^\W*(?:the\s+)?(?:dates?|age|names?|reasons?|length|sum|description|location|type|outcome)\b"
                    r"(?:\s+(?:and|or)\s+\w+)?(?:\s+(?:of|that|the|those|these|it|was|were)\b[^.?]{0,60})?[.?]?$")


def procedural(text: str) -> bool:
    return bool(_PROCEDURAL.search(text)) and not re.match(r"(?i)\W*(?:how\s+many|the\s+number|a\s+copy|copies)", text)


def field_alone(text: str) -> bool:
    return bool(_FIELD.match(text)) and len(_content(text)) <= 7


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", text)


def no_head(text: str) -> bool:
    if _RECORD_OPEN.match(text):
        return False
    return bool(_OPEN_BAD.match(text)) or len(_content(text)) < 3


def modifier(text: str) -> bool:
    if _BARE_PERIOD.match(text):
        return True
    core = re.sub(r"(?i)^\W*(?:any\s+recorded\s+information\s+(?:showing|that\s+answers\s+this\s+question:?)\s*)", "", text).strip(" \"'")
    return bool(_MODIFIER.match(core)) and len(_content(core)) <= 6


def label(text: str) -> bool:
    return bool(_LABEL.search(text))


def imperative_q(text: str) -> bool:
    return text.rstrip().endswith("?") and bool(_IMPERATIVE.match(text))


def read_one(row: dict) -> dict:
    framing = frame_message(row["text"], today=TODAY)
    parts = [p.text for p in framing.parts]
    remarks = list(getattr(framing, "remarks", []) or [])
    asked = list(framing.unframed)
    lost = dropped_units(row["text"], [f"{p.source or ''} {p.text}" for p in framing.parts] + asked + remarks)
    try:
        notes = letter_notes(remarks, row["text"])
    except TypeError:  # an older checkout: letter_notes(remarks)
        notes = letter_notes(remarks)
    shown = " ".join(notes).lower()
    asking = [r for r in remarks if asked_remark is not None and asked_remark(r)]
    return {
        "id": row.get("id"), "kind": row.get("kind"), "parts": parts, "remarks": remarks, "asked_back": asked,
        "no_head": [t for t in parts if no_head(t)],
        "modifier": [t for t in parts if modifier(t)],
        "two_heads": [t for t in parts if glued(t)],
        "label": [t for t in parts if label(t)],
        "imperative_q": [t for t in parts if imperative_q(t)],
        "procedural": [t for t in parts if procedural(t)],
        "field_alone": [t for t in parts if field_alone(t)],
        "lost": lost,
        "units_in": len(_units(row["text"])),
        "notes": notes,
        "asked_remarks": asking,
        "asked_off_letter": [r for r in asking if r.strip().rstrip(".?").lower()[:60] not in shown],
    }


PROXIES = ("no_head", "modifier", "two_heads", "label", "imperative_q", "procedural", "field_alone", "lost")


def main(argv: list[str]) -> int:
    show = "--show" in argv
    out_path = Path(argv[argv.index("--out") + 1]) if "--out" in argv else None
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    kind = argv[argv.index("--kind") + 1] if "--kind" in argv else None
    skip = {argv[i + 1] for i, a in enumerate(argv) if a in ("--out", "--only", "--kind")}
    files = [a for a in argv if not a.startswith("--") and a not in skip]
    rows = [json.loads(line) for path in files for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if only:
        rows = [r for r in rows if r.get("id") in only]
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    results = [read_one(r) for r in rows]
    if out_path:
        out_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n", encoding="utf-8")
    for r in results if show else []:
        print(f"== {r['id']} ({r['kind']})")
        for t in r["parts"]:
            flags = [k for k in PROXIES[:-1] if t in r[k]]
            print("  P", f"[{','.join(flags)}]" if flags else "", t)
        for q in r["asked_back"]:
            print("  ?", q)
        for q in r["remarks"]:
            print("  R", q)
        for q in r["notes"]:
            print("  N", q)
        for q in r["lost"]:
            print("  LOST", q)
    totals = {k: sum(len(r[k]) for r in results) for k in ("parts", "remarks", "asked_back") + PROXIES}
    print(f"texts {len(results)}: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"texts with any proxy fault: {sum(1 for r in results if any(r[k] for k in PROXIES))}")
    print(f"remarks that still ask (asked_remark) {sum(len(r['asked_remarks']) for r in results)}, of them off the letter "
          f"{sum(len(r['asked_off_letter']) for r in results)}; notes on the letters {sum(len(r['notes']) for r in results)}")
    print(f"question units in {sum(r['units_in'] for r in results)}; out: parts {totals['parts']} + remarks "
          f"{totals['remarks']} + asked back {totals['asked_back']}; units lost (proxy) {totals['lost']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
