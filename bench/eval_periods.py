"""The periods section of `make eval`: does askfoi find the period a request states, exactly?

Three sets, each scored on exact spans (the start and end days both right):
  - tests/data/periods.jsonl, phrases alone: each period phrase (several per form: days, months, years,
    split and financial years, ranges, lists, open ends, relative periods, quarters), read with "today"
    fixed; "text exact" also needs the period as written to be the whole phrase (no date cut in two).
  - the same file, sentences: each phrase inside a request beside dates that are NOT periods (a law's year,
    the date of a letter or of an event in the person's story); the first period found must be the
    phrase's, and no other period may be found. Rows marked not-a-period must give no period at all.
  - tests/data/period_requests.jsonl: whole request bodies in the WhatDoTheyKnow style (greeting, the Act
    cited, a story, a quoted reply, numbered questions, a deadline, a sign-off), written for the eval: the
    first period and every period of what is asked, in order.
  - tests/data/periods_real.jsonl: real request summaries from the harvested responses
    (knowledge/responses), labelled by hand with the period they ask about (or none; a few accept either
    of two readings). "tune" rows were looked at while building; "test" rows are a later random sample
    labelled from the text alone before askfoi was run on them (their failures were then looked at);
    "test2" rows are a third random sample, mostly disclosure-log titles full of reference numbers and
    decision citations, labelled the same way after the last change that test rows informed; "test3" rows
    a fourth sample labelled blind after the last change that test2 rows informed.
find_periods is imported from askfoi.framing, where it has always been importable, so the same script
scores an older checkout for the before/after figures.
Run alone: .venv/bin/python bench/eval_periods.py [--show-bad]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.framing import find_periods  # noqa: E402

PHRASES = REPO / "tests" / "data" / "periods.jsonl"
REAL = REPO / "tests" / "data" / "periods_real.jsonl"
BODIES = REPO / "tests" / "data" / "period_requests.jsonl"
_LEAD = re.compile(r"^(?:in|during|for|over|throughout|within|covering)\s+", re.I)


def _load(path: Path) -> tuple[dict, list[dict]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    head = rows[0] if rows and "today" in rows[0] and "id" not in rows[0] else {}
    return head, [r for r in rows if "id" in r]


def _dates(label: str) -> tuple[str, str]:
    from datetime import datetime

    ends = [datetime.strptime(p.strip(), "%d %B %Y").date().isoformat() for p in label.split(" to ")]
    return ends[0], ends[-1]


def _same_text(written: str, phrase: str) -> bool:
    norm = lambda t: _LEAD.sub("", re.sub(r"\s+", " ", t.strip(" .,;:?"))).lower()  # noqa: E731
    return norm(written) == norm(phrase)


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "  n/a"


def score_phrases(rows: list[dict], today: date, show_bad: bool = False) -> dict:
    by_form: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    tot = {"phrases": 0, "dates": 0, "text": 0, "sentences": 0, "sent_exact": 0, "sent_clean": 0,
           "neg": 0, "neg_clean": 0}
    bad = []
    for r in rows:
        if r["phrase"] is None:
            for s in r["sentences"]:
                tot["neg"] += 1
                found = find_periods(s, today=today)
                tot["neg_clean"] += not found
                if found:
                    bad.append(f"  {r['id']} {r['form']}: {s!r} -> {[(f[0], f[1]) for f in found]}")
            continue
        want = (r["start"], r["end"])
        found = find_periods(r["phrase"], today=today)
        ok_dates = bool(found) and _dates(found[0][0]) == want
        ok_text = ok_dates and _same_text(found[0][1], r["phrase"])
        tot["phrases"] += 1
        tot["dates"] += ok_dates
        tot["text"] += ok_text
        row = by_form[r["form"]]
        row[0] += 1
        row[1] += ok_dates
        row[2] += ok_text
        if not ok_text:
            bad.append(f"  {r['id']} {r['form']}: {r['phrase']!r} want {want} -> {[(f[0], f[1]) for f in found]}")
        for s in r["sentences"]:
            found = find_periods(s, today=today)
            tot["sentences"] += 1
            exact = bool(found) and _dates(found[0][0]) == want and _same_text(found[0][1], r["phrase"])
            clean = exact and all(_dates(f[0]) == want for f in found)
            tot["sent_exact"] += exact
            tot["sent_clean"] += clean
            if not clean:
                bad.append(f"  {r['id']} sentence: {s!r} want {want} -> {[(f[0], f[1]) for f in found]}")
    print(f"  phrases alone ({len({r['form'] for r in rows if r['phrase']})} forms), today {today}:")
    print(f"    dates exact ...................... {_pct(tot['dates'], tot['phrases'])}")
    print(f"    dates and text exact ............. {_pct(tot['text'], tot['phrases'])}")
    print("    by form (dates exact, text exact):")
    for form, (n, d, t) in sorted(by_form.items()):
        print(f"      {form:<14} {_pct(d, n):>16} {_pct(t, n):>16}")
    print("  phrases inside requests (law names, letters, story dates beside them):")
    print(f"    first period exact ............... {_pct(tot['sent_exact'], tot['sentences'])}")
    print(f"    ...and no other period found ..... {_pct(tot['sent_clean'], tot['sentences'])}")
    print(f"    sentences with no period: none found {_pct(tot['neg_clean'], tot['neg'])}")
    if show_bad and bad:
        print("\n".join(bad))
    return tot


def score_real(rows: list[dict], show_bad: bool = False) -> dict:
    out = {}
    for split in ("tune", "test", "test2", "test3"):
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        right = with_period = with_period_right = none_right = none_n = 0
        bad = []
        for r in part:
            found = find_periods(r["text"], today=date.fromisoformat(r["today"]))
            got = list(_dates(found[0][0])) if found else None
            ok = got in r["expect"]
            right += ok
            if any(e is not None for e in r["expect"]) and None not in r["expect"]:
                with_period += 1
                with_period_right += ok
            if r["expect"] == [None]:
                none_n += 1
                none_right += ok
            if not ok:
                bad.append(f"  {r['id']}: {r['text'][:120]!r} want {r['expect']} -> {got}")
        print(f"  real requests, {split} ({len(part)} texts):")
        print(f"    first period right ............... {_pct(right, len(part))}")
        print(f"      where a period is stated ....... {_pct(with_period_right, with_period)}")
        print(f"      where none is (dates of events, names) {_pct(none_right, none_n)}")
        if show_bad and bad:
            print("\n".join(bad))
        out[split] = (right, len(part))
    # the same labelled texts split by the date of their response instead: older half, newer half
    dated = sorted(rows, key=lambda r: (r["today"], r["id"]))
    half = len(dated) // 2
    for name, part in (("older half by date", dated[:half]), ("newer half by date", dated[half:])):
        right = sum(
            (list(_dates(f[0][0])) if (f := find_periods(r["text"], today=date.fromisoformat(r["today"]))) else None)
            in r["expect"] for r in part)
        print(f"  real requests, {name} ({part[0]['today'][:4]}-{part[-1]['today'][:4]}): first period right "
              f"{_pct(right, len(part))}")
    return out


def score_bodies(rows: list[dict], today: date, show_bad: bool = False) -> tuple[int, int, int]:
    first = every = 0
    bad = []
    for r in rows:
        found = [list(_dates(f[0])) for f in find_periods(r["text"], today=today)]
        want = r["expect"]
        ok_first = (found[:1] == want[:1])
        first += ok_first
        every += found == want
        if found != want:
            bad.append(f"  {r['id']}: {r['text'][:90]!r}... want {want} -> {found}")
    print(f"  request bodies ({len(rows)}), today {today}:")
    print(f"    first period right (the letter's) {_pct(first, len(rows))}")
    print(f"    every period right, in order ..... {_pct(every, len(rows))}")
    if show_bad and bad:
        print("\n".join(bad))
    return first, every, len(rows)


def report(show_bad: bool = False) -> None:
    print("Periods (issue 8, 'any period it states'): exact spans")
    head, rows = _load(PHRASES)
    score_phrases(rows, date.fromisoformat(head.get("today", "2026-11-21")), show_bad)
    if BODIES.exists():
        head, bodies = _load(BODIES)
        score_bodies(bodies, date.fromisoformat(head.get("today", "2024-11-15")), show_bad)
    if REAL.exists():
        _, real = _load(REAL)
        score_real(real, show_bad)


if __name__ == "__main__":
    report(show_bad="--show-bad" in sys.argv[1:])
