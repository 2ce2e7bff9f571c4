"""Automatic proxies for the wording of parts, the body found and the findings, over message files kept OUTSIDE
the repository (issue 8, fr8b). The texts are read where they are and never copied.

Usage: [ASKFOI_REPO=/other/checkout] .venv/bin/python bench/eval_wording_proxies.py [--show[=KEY]] FILE.jsonl [...]
Each line of a file is {"id", "text", "authority"?}: "authority" is the body the text was sent to (the page's
owner), used only to tell a body returned right from a body returned wrong.

Counted per part:
  - text_problems: the part fails askfoi.framing.text_problems(text, source)
  - lowered_name: a word written with a capital inside the person's sentence (a name or an acronym) is lower-cased
    in the part
  - raised_word: a word the person wrote in lower case (not a name askfoi capitalises on purpose: the word is
    common English) has a capital inside the part, not at a sentence's start ("and If yes", "The Scottish
    Government" mid-sentence)
  - punctuation: a part that asks with a question word ends with "." where the person's question ended "?", or an
    imperative ("please provide ...", "the number of ...") ends with "?"
  - label: a leftover list label ("3)", "1.a.", "[2]", "Request 1", "Question 4", "PART (2)")
  - why_kept: a part that still asks "why" / "what do you think" as written (not a reasons frame)
  - doubled (fr10c): a word written twice in a row that the person did not write twice ("operations operations")
  - stranded_prep (fr10c): a preposition straight before a comma or the end that the person did not write there
    ("received in, broken down by year")
  - confirm_not_yes_no (fr10c): "Please confirm whether" before a sentence that has a main clause of its own
    ("... what were the reasons", "... then surely ...", "... please state ...", "... I would be grateful ...")
Counted per letter:
  - body_no_name: a body returned when the page's owner is not it and the text does not name the owner either
    (the text names no body asked) -- or when the file has no owner
  - body_wrong: a body returned that is not the page's owner while the text names the owner
  - body_missed: no body returned while the text names the page's owner (its full name, as typed)
  - period_finding_spurious: "no-time-period" raised on a text that states a year, a month and year, or a
    relative period ("last 12 months", "2019/20", "this year")
  - vague_on_measure: "vague-scope" raised where every part is a count, a total or a figure with a subject
  - why_missed: a question of the text that starts "why" / asks "do you think" / "what do you think" and no
    not-recorded-information finding is raised
  - period_one_day (fr10c): the letter's period is a single day while the letter has more than one part (a meeting's
    or a deadline's date, rarely the period of every part)
The patterns here are this file's own, not askfoi's, so a proxy does not grade itself.
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

from askfoi.framing import frame_message, text_problems  # noqa: E402

_WORD = re.compile(r"[A-Za-z][\w'&-]*")
_LABEL = re.compile(r"(?i)(?:^|\s)(?:\d+(?:\.\d+)+\.?|\d+\)|\(\d+\)|\[\d+\]|\d+\]|\d+\.[a-z]\.|\d+\s*-\s(?=[A-Z])"
                    r"|(?:request|question|part)\s+(?:\(\d+\)|\d+)\s*[:.)?-]?)(?=\s|$)")
_QWORD = re.compile(r"(?i)^\W*(?:how|what|which|who|when|where|whether|is|are|was|were|do|does|did|can|could|has|have|"
                    r"will|would)\b")
_IMPERATIVE = re.compile(r"(?i)^\W*(?:please|the\s+(?:number|total|amount|names?|list|cost)|a\s+(?:list|copy)|any|all|"
                         r"details|copies|copy|information)\b")
_WHY = re.compile(r"(?i)^(?:\W*\w+\W+){0,6}?(?:why|how\s+come)\b|\bwhat\s+(?:do|does|did)\s+\w+(?:\s+\w+)?\s+think\b"
                  r"|\b(?:do|does|did)\s+(?:you|the\s+council|they)\s+(?:think|believe|feel|agree)\b")
_WHY_Q = re.compile(r"(?i)(?:^|[.?!]\s+|\n)\s*(?:and\s+|so\s+|but\s+)?(?:why\b[^.?!\n]*\?|(?:what|do|does)\s+(?:you|the\s+\w+)"
                    r"\s+think\b[^.?!\n]*\?)")
_PERIOD = re.compile(r"(?i)(?<!act )(?<!act, )(?<!regulations )(?<!\()\b(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|"
                     r"(?:last|past|previous|this|current)\s+(?:\w+\s+){0,2}(?:years?|months?|weeks?|quarters?)|"
                     r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})\b(?!\s+act\b)")
_SMALL = frozenset("if and or but the a an in on at of for to by with from when where whether what which who how why "
                   "given this that these those it they we there as so".split())
_MEASURE_KINDS = {"count", "statistics", "total_spend", "figure", "income"}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", (name or "").lower().replace("&", " and ")).split().__str__()


def _names(text: str, name: str) -> bool:
    """True when TEXT writes the body's NAME (its words in order, case and punctuation aside)."""
    if not name:
        return False
    words = re.sub(r"[^a-z0-9 ]+", " ", name.lower().replace("&", " and ")).split()
    words = [w for w in words if w not in {"the"}]
    flat = " ".join(re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("&", " and ")).split())
    return bool(words) and " ".join(words) in flat


def _sentence_starts(text: str) -> set[int]:
    starts = {0}
    for m in re.finditer(r"(?:[.?!:;]\s+|\n\s*|\(\s*|[\"\u201c\u2018]\s*|-\s+)", text):
        starts.add(m.end())
    return starts


def part_faults(text: str, source: str, kind: str, message: str | None = None) -> list[str]:
    """The faults of one part; MESSAGE (the whole text as typed) is what doubled/stranded_prep compare with, since a
    part's source may already hold askfoi's own rewriting."""
    faults = []
    typed = message if message is not None else source
    found = text_problems(text, source)
    if found:
        faults.append("text_problems")
    src_words = {m.group(): m.start() for m in _WORD.finditer(source or "")}
    src_starts = _sentence_starts(source or "")
    src_lower = {w.lower() for w, at in src_words.items() if w[:1].islower()}
    src_caps = {w for w, at in src_words.items() if w[:1].isupper() and at not in src_starts}
    part_words = [(m.group(), m.start()) for m in _WORD.finditer(text)]
    starts = _sentence_starts(text)
    lowered = [w for w, _ in part_words if w[:1].islower() and w not in _SMALL and any(c.lower() == w for c in src_caps)
               and not any(c == w for c in src_words)]
    if lowered:
        faults.append("lowered_name")
    from askfoi.framing import _frequency

    raised = [w for w, at in part_words if at not in starts and w[:1].isupper() and not w.isupper()
              and w.lower() in src_lower and w not in src_words and _frequency(w.lower()) >= 20000]
    if raised:
        faults.append("raised_word")
    end_src = (source or "").rstrip()[-1:]
    end = text.rstrip()[-1:]
    if kind == "kept" and ((end == "." and end_src == "?" and _QWORD.match(text)) or
                           (end == "?" and _IMPERATIVE.match(text) and not _QWORD.match(text))):
        faults.append("punctuation")
    if _LABEL.search(text):
        faults.append("label")
    if _WHY.search(text) and kind != "reasons":
        faults.append("why_kept")
    for m in _DOUBLE.finditer(text):
        if m.group(1).lower() not in ("that", "had") and not re.search(
                rf"(?i)\b{re.escape(m.group(1))}\s+{re.escape(m.group(1))}\b", typed or ""):
            faults.append("doubled")
            break
    for m in _STRANDED.finditer(text):
        if not re.search(rf"(?i)\b{re.escape(m.group(1))}\s*(?:[,.?]|$)", typed or ""):
            faults.append("stranded_prep")
            break
    if _CONFIRM.match(text) and _MAIN_CLAUSE.search(text[len("please confirm whether"):]):
        faults.append("confirm_not_yes_no")
    return faults


_DOUBLE = re.compile(r"(?i)\b([a-z][a-z'-]{2,})\s+\1\b")
_STRANDED = re.compile(r"(?i)\b(in|during|for|of|from|with|at|to|on|by|between|within|the|a|an)\s*(?:,|[.?]$)")
_CONFIRM = re.compile(r"(?i)^please\s+confirm\s+whether\b")
_MAIN_CLAUSE = re.compile(r"(?i)\b(?:what|why|how|which|who|when|where)\s+(?:was|were|is|are|did|does|do|has|have|had|can|"
                          r"could|will|would)\b|\bthen\b|\bplease\b|\bi\s+(?:would|will|can)\b|\bwould\s+(?:this|that|it)\b")


def letter_faults(row: dict, framing) -> list[str]:
    faults = []
    text = row["text"]
    owner = row.get("authority") or ""
    got = framing.authority.name if framing.authority else None
    named = _names(text, owner)
    if got:
        if not owner or (got != owner and not named):
            if not (owner and _names(owner, got) or _names(got, owner)):
                faults.append("body_no_name")
        elif got != owner and named and not (_names(owner, got) or _names(got, owner)):
            faults.append("body_wrong")
    elif named:
        faults.append("body_missed")
    codes = [f.code for f in framing.findings]
    if "no-time-period" in codes and _PERIOD.search(text):
        faults.append("period_finding_spurious")
    if "vague-scope" in codes and framing.parts and all(p.kind in _MEASURE_KINDS and p.subject for p in framing.parts):
        faults.append("vague_on_measure")
    if _WHY_Q.search(text) and "not-recorded-information" not in codes:
        faults.append("why_missed")
    if framing.period and " to " not in framing.period and len(framing.parts) > 1:
        faults.append("period_one_day")
    return faults


PART_KEYS = ("text_problems", "lowered_name", "raised_word", "punctuation", "label", "why_kept", "doubled", "stranded_prep",
             "confirm_not_yes_no")
LETTER_KEYS = ("body_no_name", "body_wrong", "body_missed", "period_finding_spurious", "vague_on_measure", "why_missed",
               "period_one_day")


def run(paths: list[str], today: date, show: str | None = None) -> dict:
    c = dict(letters=0, parts=0, kept=0, **{k: 0 for k in PART_KEYS}, parts_clean=0,
             **{k: 0 for k in LETTER_KEYS}, letters_clean=0)
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            framing = frame_message(row["text"], today=today)
            c["letters"] += 1
            clean = True
            for p in framing.parts:
                c["parts"] += 1
                c["kept"] += p.kept_words
                faults = part_faults(p.text, p.source or "", "kept" if p.kept_words else p.kind, row["text"])
                for f in faults:
                    c[f] += 1
                c["parts_clean"] += not faults
                clean = clean and not faults
                if show is not None and faults and (show == "" or show in faults):
                    print(f"  {row['id']} [{','.join(faults)}] {p.text[:200]}")
            faults = letter_faults(row, framing)
            for f in faults:
                c[f] += 1
            if show is not None and faults and (show == "" or show in faults):
                print(f"  {row['id']} LETTER [{','.join(faults)}] body={framing.authority.name if framing.authority else None}"
                      f" owner={row.get('authority')} period={framing.period}")
            c["letters_clean"] += clean and not faults
    return c


def main(argv: list[str]) -> None:
    show = None
    for a in argv:
        if a.startswith("--show"):
            show = a.split("=", 1)[1] if "=" in a else ""
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__)
        raise SystemExit(2)
    c = run(paths, date(2026, 11, 30), show)
    print(" ".join(f"{k}={v}" for k, v in c.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
