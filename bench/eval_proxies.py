"""Automatic proxies for how framed parts read, over message files kept OUTSIDE the repository.

Usage: [ASKFOI_REPO=/other/checkout] .venv/bin/python bench/eval_proxies.py [--show] [--today=YYYY-MM-DD] FILE.jsonl [FILE.jsonl ...]
Each line of a file is {"id", "text", ...}. The texts are read where they are and never copied.

Counted per part (every part askfoi frames):
  - text_problems: the rendered text fails askfoi.framing.text_problems(text, source)
  - dangling: the part points at text that is not on the letter ("the above", "the following years",
    "for the years" with no years, "said X", "question 3", "as mentioned")
  - why kept: a part that still asks "why" / "what do you think" / "explain" / "justify" as written
  - period dropped: a year stated in the part's own question is neither in the part nor inside the letter's period
Counted per letter:
  - period contradicts: the letter's period shares no year with the years the questions state, or misses a year a
    question states, or starts after a "since YEAR" / "from YEAR" the text states, or is one year where the text
    asks for "the last N years"
The years are read by a plain pattern here (not askfoi's period finder), so the proxy does not grade itself.
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

_YEAR = re.compile(r"(?<![\d/£$.,])((?:19[89]|20[0-3])\d)(?:\s*[/-]\s*(\d{2,4}))?(?![\d,])")
_LAW = re.compile(r"(?i)\b(?:act|regulations?|order|rules|ripa|ripsa|foia|foisa|dpa|gdpr|pace)\s*(?:\(\w+\)\s*)?,?\s*$")
_DANGLING = re.compile(
    r"(?i)\b(?:the\s+above(?!\s+(?:the|average|\d))|(?:as|is|are)\s+(?:stated|mentioned|listed|set\s+out|detailed)\s+(?:above|below|earlier)"
    r"|the\s+following(?!\s*:)(?:\s+\w+){0,2}\s*[.?]?$|each\s+of\s+the\s+following|for\s+the\s+(?:years|dates|periods)\s*[.?,]"
    r"|\bsaid\s+(?:department|departments|document|documents|report|reports|policy|contract|contracts|incidents?|vehicles?|cameras?)\b"
    r"|\b(?:question|point|item)s?\s+\d+\b|\bthe\s+aforementioned\b|\bsee\s+(?:above|below)\b)")
_WHY = re.compile(r"(?i)^(?:\W*\w+\W+){0,6}?(?:why|how\s+come)\b|\bwhat\s+(?:do|does|did)\s+\w+(?:\s+\w+)?\s+think\b|\b(?:explain|justify)\b"
                  r"|\b(?:do|does|did)\s+(?:you|the\s+council|they)\s+(?:think|believe|feel|agree)\b")
_SINCE = re.compile(r"(?i)\b(?:since|from|after)\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?:january|april|the\s+year)\s+)?((?:19[89]|20[0-3])\d)\b"
                    r"(?!\s*(?:to|until|till|and|-|\u2013|/)\s*(?:\d|[a-z]+\s+\d))")
_LAST_N = re.compile(r"(?i)\b(?:last|past|previous)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:whole\s+|full\s+|complete\s+|calendar\s+|financial\s+|fiscal\s+)*years?\b")
_MONTHS = "january february march april may june july august september october november december".split()


def years(text: str) -> set[int]:
    """The years a text states (a financial year 2019/20 gives both), not the year of a law's title."""
    out: set[int] = set()
    for m in _YEAR.finditer(text or ""):
        if _LAW.search(text[: m.start()]):
            continue
        y = int(m.group(1))
        out.add(y)
        if m.group(2):
            z = m.group(2)
            out.add(int(z) if len(z) == 4 else 2000 + int(z) if y >= 2000 else 1900 + int(z))
    return out


def period_years(label: str | None) -> tuple[int, int] | None:
    """(first year, last year) of a period label such as "1 April 2020 to 31 March 2024"."""
    if not label:
        return None
    ys = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", label)]
    if not ys:
        return None
    return min(ys), max(ys)


def letter_period_faults(text: str, framing) -> list[str]:
    span = period_years(framing.period)
    if span is None:
        return []
    faults = []
    stated = set().union(*(years(p.source) for p in framing.parts)) if framing.parts else set()
    lo, hi = span
    if stated and not any(lo <= y <= hi for y in stated):
        faults.append(f"no year in common: {framing.period} vs {sorted(stated)}")
    elif stated and any(not lo <= y <= hi for y in stated) and not any(p.qualifiers.period for p in framing.parts):
        faults.append(f"misses a stated year: {framing.period} vs {sorted(stated)}")
    since = [int(m.group(1)) for m in _SINCE.finditer(text)]
    if since and lo > min(since) and min(since) in stated:
        faults.append(f"starts after 'since {min(since)}': {framing.period}")
    if since and hi < TODAY[0].year - 1 and min(since) in stated and not any(p.qualifiers.period for p in framing.parts):
        faults.append(f"ends before today for 'since {min(since)}': {framing.period}")
    last = _LAST_N.search(text)
    if last and hi == lo and not stated and "financial" not in (framing.period or "").lower():
        faults.append(f"one year for '{last.group(0)}': {framing.period}")
    elif last and re.search(r"(?i)financial", last.group(0)) and re.match(r"1 April \d{4} to 31 March \d{4}$", framing.period or "") \
            and hi - lo == 1:
        faults.append(f"one financial year for '{last.group(0)}': {framing.period}")
    return faults


TODAY = [date(2026, 11, 30)]


def run(paths: list[str], today: date, show: bool = False) -> dict:
    TODAY[0] = today
    c = dict(letters=0, parts=0, kept=0, text_problems=0, dangling=0, why_kept=0, period_dropped=0,
             period_contradicts=0, asked_back=0, letters_clean=0)
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            framing = frame_message(row["text"], today=today)
            c["letters"] += 1
            c["asked_back"] += len(framing.questions)
            span = period_years(framing.period)
            clean = True
            for p in framing.parts:
                c["parts"] += 1
                c["kept"] += p.kept_words
                notes = []
                found = [x for x in text_problems(p.text, p.source) if not x.startswith("a reference to text")]
                if found:  # (a dangling reference is counted on its own below, by a pattern of this file)
                    c["text_problems"] += 1
                    notes.append("text_problems: " + ", ".join(found))
                if _DANGLING.search(p.text):
                    c["dangling"] += 1
                    notes.append("dangling")
                if _WHY.search(p.text) and p.kind != "reasons":  # a reasons part asks for records, whatever it quotes
                    c["why_kept"] += 1
                    notes.append("why kept")
                own = years(p.source)
                said = years(p.text) | years(p.qualifiers.period or "") | years(p.qualifiers.on or "")
                lost = {y for y in own - said if not (span and span[0] <= y <= span[1])}
                if lost:
                    c["period_dropped"] += 1
                    notes.append(f"period dropped: {sorted(lost)}")
                if notes:
                    clean = False
                    if show:
                        print(f"  {row['id']}: {p.text[:160]}\n      <- {'; '.join(notes)}")
            faults = letter_period_faults(row["text"], framing)
            if faults:
                c["period_contradicts"] += 1
                clean = False
                if show:
                    print(f"  {row['id']}: LETTER period {'; '.join(faults)}")
            c["letters_clean"] += clean
    return c


def main(argv: list[str]) -> None:
    show = "--show" in argv
    today = date(2026, 11, 30)
    for a in argv:
        if a.startswith("--today="):
            today = date.fromisoformat(a.split("=", 1)[1])
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__)
        raise SystemExit(2)
    c = run(paths, today, show)
    print(" ".join(f"{k}={v}" for k, v in c.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
