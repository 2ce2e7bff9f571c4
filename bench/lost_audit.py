"""Questions lost (fr13c, issue 8): which questions a person asked end up in no part of the letter.

Runs `framing.frame_message` over the real texts that may be tuned on (holdouts 5-14, field "text"; the "tune"
half of tests/data/informal_messages.jsonl), cuts each text into question-like clauses (a clause with a question
mark, a question word, an asking verb or an asking noun: "the number of", "a copy of") and asks where each went:

- held: some part holds most of its content words, and its ask (a count for "how many", an amount for "how much",
  the reasons for "why", dates for "when") is in that part, or the part is the clause's own;
- lost to remarks: no part holds it, a remark (set aside: story, condition, note) does;
- lost asked back: no part holds it, a question asked back or a pending frame does;
- lost inside another part: the part holding its words is another clause's part and its ask is not there
  ("and why" glued to a count as "the reason recorded for each");
- cut off: nowhere in the output.

Also counts parts with no content of their own ("How many?": nothing but a question word). Figures are per 100
question-like clauses. The lost clauses (with the text id and the parts) go to a file outside the repository to
judge by eye (default /tmp/lost_audit.txt). A clause of a few words only ("and why", "how many") counts: these
are the questions most often lost.

Usage: python bench/lost_audit.py [--workers N] [--out FILE] [--by-holdout]
"""

from __future__ import annotations

import argparse
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUNE = [Path(f"/work/holdout{i}/messages.jsonl") for i in range(5, 15)]
LOCAL = [ROOT / "tests" / "data" / "informal_messages.jsonl"]
TODAY = date(2026, 12, 1)

_STOP = frozenset(
    "a an the and or but of to in on at by for from with about into over under as is are was were be been being "
    "has have had do does did will would can could should may might must shall this that these those it its they "
    "them their there here i me my we us our you your u he she his her him who whom whose what whats which when "
    "where why how many much whether if any all each every some no not please also so than then such per "
    "provide give send tell know let like want request requesting information details copy copies confirm "
    "state advise list number total amount record records recorded dear regards thanks thank yours sincerely "
    "faithfully just get got".split())

# what each question word asks, and the words a part uses to ask it
_ASKS = (
    (re.compile(r"(?i)\bhow\s+many\b|\bnumber\s+of\b|\bcount\b"), {"number", "many", "count", "counts", "total", "totals", "figures", "statistics", "numbers"}),
    (re.compile(r"(?i)\bhow\s+much\b|\bcost\b|\bspen[dt]\b"), {"much", "cost", "costs", "spent", "spend", "spending", "total", "amount", "amounts", "paid", "sum", "value", "expenditure"}),
    (re.compile(r"(?i)\bwhy\b"), {"why", "reason", "reasons", "rationale", "decision", "decided", "justification", "minutes", "reports"}),
    (re.compile(r"(?i)\bwhen\b"), {"when", "date", "dates", "dated", "time", "times", "period"}),
    (re.compile(r"(?i)\bwho\b"), {"who", "name", "names", "role", "roles", "job", "titles", "officer", "officers", "body", "person", "team", "decision", "decided", "supplier", "suppliers", "companies", "company", "contractor", "contractors"}),
)
_QUESTION_WORD = re.compile(r"(?i)\b(?:how\s+(?:many|much|long|often|far|old)|what|whats|which|whether|why|when|where|who|whom|whose|is\s+there|are\s+there)\b")
_ASKING = re.compile(r"(?i)\b(?:please\s+(?:provide|send|supply|confirm|tell|disclose|give|list|state|advise|share|let)|"
                     r"(?:could|can|would)\s+(?:you|u)\b|i\s+(?:would|'d|d)\s+like|i\s+(?:want|request|am\s+requesting)|"
                     r"(?:the\s+)?number\s+of|copy\s+of|copies\s+of|details\s+of|list\s+of|amount\s+of|total\s+(?:cost|spend|amount))\b")
_LINE_CUT = re.compile(r"\n+|(?<=[.?!])\s+(?=[\"'(\w])")
_SIGN = re.compile(r"(?i)^\W*(?:dear|yours|kind\s+regards|regards|many\s+thanks|thanks|thank\s+you|best\s+wishes)\b")


def _stem(word: str) -> str:
    return word[:5]


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and (len(w) > 2 or w.isdigit())]


def asks_of(clause: str) -> list[set[str]]:
    return [words for pattern, words in _ASKS if pattern.search(clause)]


def question_like(clause: str) -> bool:
    if _SIGN.match(clause):
        return False
    return "?" in clause or bool(_QUESTION_WORD.search(clause)) or bool(_ASKING.search(clause))


def clauses_of(text: str) -> list[str]:
    """The question-like clauses of TEXT: sentences and lines, each cut where a new question starts
    (askfoi.questions.question_clauses); "and why" after a full stop is a clause of its own."""
    from askfoi.questions import question_clauses

    out = []
    for sentence in _LINE_CUT.split(text):
        sentence = sentence.strip()
        if not sentence or len(sentence) > 600:
            continue
        for clause in question_clauses(sentence):
            if question_like(clause):
                out.append(clause.strip())
    return out


def _share(clause_words: list[str], holder: set[str]) -> float:
    if not clause_words:
        return 0.0
    return sum(_stem(w) in holder for w in clause_words) / len(clause_words)


def empty_part(part: str) -> bool:
    """A part with no content of its own: nothing but a question word and filler ("How many?", "And why?")."""
    return not content_words(re.sub(r"(?i)\b(?:how|many|much|why|when|where|who|which|what)\b", " ", part))


def place(clause: str, parts: list[str], remarks: list[str], asked: list[str], others: list[str]) -> tuple[str, int]:
    """Where CLAUSE went: ("held"|"remark"|"asked back"|"inside"|"cut off", index of the part or -1)."""
    words = content_words(clause)
    asks = asks_of(clause)
    part_stems = [{_stem(w) for w in re.findall(r"[a-z0-9]+", p.lower())} for p in parts]
    need = 0.6 if len(words) >= 2 else 1.0

    def asked_in(k: int) -> bool:
        low = set(re.findall(r"[a-z]+", parts[k].lower()))
        return all(low & a for a in asks)

    if not words:  # an elliptical question ("how many", "and why"): held if a part asks it of a subject
        return ("held", -1) if any(asked_in(k) and not empty_part(parts[k]) for k in range(len(parts))) else ("inside", -1)
    scores = [_share(words, s) for s in part_stems]
    best = max(range(len(parts)), key=lambda k: scores[k], default=-1)
    if best >= 0 and scores[best] >= need:
        if asked_in(best):
            return "held", best
        # the part is another clause's when another clause of the text is held better by it
        if any(_share(content_words(o), part_stems[best]) > scores[best] + 0.05 for o in others if o != clause):
            return "inside", best
        return "held", best
    for kind, holders in (("remark", remarks), ("asked back", asked)):
        if any(_share(words, {_stem(w) for w in re.findall(r"[a-z0-9]+", h.lower())}) >= need for h in holders):
            return kind, -1
    return "cut off", -1


def audit_text(text: str) -> dict:
    from askfoi.framing import frame_message

    try:
        framing = frame_message(text, today=TODAY)
    except Exception as exc:  # a crash is a finding of its own
        return {"error": repr(exc)[:200], "clauses": 0, "where": {}, "lost": [], "parts": [], "empty": 0}
    parts = [p.text for p in framing.parts if p.text]
    remarks = list(framing.remarks) + list(framing.foi_aside) + list(framing.others_records)
    asked = list(framing.questions) + list(framing.unframed) + [p.source or p.text or "" for p in framing.pending]
    clauses = clauses_of(text)
    where: dict[str, int] = {}
    lost = []
    for clause in clauses:
        kind, _ = place(clause, parts, remarks, asked, clauses)
        where[kind] = where.get(kind, 0) + 1
        if kind != "held":
            lost.append((kind, clause))
    return {"clauses": len(clauses), "where": where, "lost": lost, "parts": parts,
            "empty": sum(empty_part(p) for p in parts)}


def texts() -> list[tuple[str, str]]:
    from bench.cut_audit import _texts  # the same reading of the texts (split "tune" only)

    return _texts(TUNE + LOCAL)


KINDS = ("remark", "asked back", "inside", "cut off")
LABELS = {"remark": "lost to remarks", "asked back": "lost asked back", "inside": "lost inside another part",
          "cut off": "cut off (nowhere)"}


def summarise(results: list[dict]) -> dict:
    clauses = sum(r["clauses"] for r in results)
    counts = {k: sum(r["where"].get(k, 0) for r in results) for k in KINDS}
    return {"texts": len(results), "clauses": clauses, "counts": counts,
            "empty": sum(r["empty"] for r in results), "parts": sum(len(r["parts"]) for r in results),
            "errors": sum("error" in r for r in results)}


def table(s: dict) -> str:
    per = (lambda n: f"{100 * n / s['clauses']:6.1f}") if s["clauses"] else (lambda n: "     -")
    lost = sum(s["counts"].values())
    rows = [f"questions lost audit (tuning texts: {s['texts']} texts, {s['clauses']} question-like clauses)",
            f"  {'per 100 questions':<34}{'':>6}"]
    for k in KINDS:
        rows.append(f"  {LABELS[k]:<34}{per(s['counts'][k])}")
    rows.append(f"  {'all lost':<34}{per(lost)}")
    rows.append(f"  {'parts with no content (How many?)':<34}{per(s['empty'])}   ({s['empty']} of {s['parts']} parts)")
    if s["errors"]:
        rows.append(f"  crashes: {s['errors']}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--out", default="/tmp/lost_audit.txt", help="where the lost clauses go (outside the repository)")
    ap.add_argument("--by-holdout", action="store_true", help="one line per source as well")
    args = ap.parse_args(argv)
    rows = texts()
    with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
        results = list(pool.map(audit_text, [t for _, t in rows], chunksize=4))
    print(table(summarise(results)))
    if args.by_holdout:
        groups: dict[str, list[dict]] = {}
        for (tid, _), r in zip(rows, results):
            groups.setdefault(tid.split("-")[0] if "-" in tid else "informal", []).append(r)
        for g, rs in groups.items():
            s = summarise(rs)
            print(f"  {g:<8} clauses {s['clauses']:4}  lost {sum(s['counts'].values()):4}  " +
                  "  ".join(f"{k} {v}" for k, v in s["counts"].items()))
    out = Path(args.out)
    if ROOT in out.resolve().parents:
        print("the lost clauses are real texts: write them outside the repository", file=sys.stderr)
        return 2
    with out.open("w", encoding="utf-8") as fh:
        for (tid, _), r in zip(rows, results):
            if r["lost"]:
                fh.write(f"== {tid}\n")
                for kind, clause in r["lost"]:
                    fh.write(f"  [{kind}] {clause}\n")
                for p in r["parts"]:
                    fh.write(f"    part: {p}\n")
    print(f"  lost clauses written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
