"""The framing section of `make eval`: how well first messages become parts, over tests/data/first_messages.jsonl.

Each message carries its expectations, written with it: the organisation named (or null), the route,
the finding codes it should raise, and where clear the number and kinds of parts. The corpus is split
by its fixed "split" field (tune / test, alternate messages, chosen before any tuning; holdout2,
100 messages written before the second round of work and not looked at until its end). For BOTH halves:
  - parts well formed: rendered from a frame with a complete subject, no question word, pronoun,
    dangling word, authority name or repeated word in the subject, a sentence with a capital and a full stop
  - messages needing no rewording: every part well formed and the part count as expected (or not given)
  - findings expected vs raised: precision and recall per code
  - organisation found when named, and organisation proposed when none was named
Run alone: .venv/bin/python bench/eval_framing.py [--show-bad] [--split=tune] (tune, test, holdout2; default all)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.framing import frame_message, part_problems  # noqa: E402
from askfoi.spelling import apply as apply_spelling  # noqa: E402

CORPUS = REPO / "tests" / "data" / "first_messages.jsonl"
TODAY = date(2026, 6, 1)  # periods like "last year" read against a fixed day
CODES = ("ncnd-risk", "own-personal-data", "not-recorded-information", "too-vague",
         "third-party-personal-data", "environmental-information", "scottish-authority", "no-time-period")


def load(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: list[dict], show_bad: bool = False, spelling: bool = False) -> dict:
    """SPELLING: frame each message as the person gets it after saying yes to the proposed spellings."""
    parts = good = clean_msgs = kept = 0
    counts_ok = counts_n = kinds_ok = kinds_n = 0
    named = named_found = unnamed = unnamed_proposed = route_ok = 0
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    bad: list[str] = []
    for row in rows:
        framing = frame_message(row["text"], today=TODAY)
        if spelling and framing.spelling:
            framing = frame_message(apply_spelling(row["text"], framing.spelling), today=TODAY)
        auth = framing.authority.name if framing.authority else None
        ok_msg = True
        for p in framing.parts:
            parts += 1
            kept += p.kept_words
            problems = part_problems(p, auth)
            if problems:
                ok_msg = False
                bad.append(f"{row['id']}: {p.text}  <- {', '.join(problems)}")
            else:
                good += 1
        if row.get("parts") is not None:
            counts_n += 1
            if len(framing.parts) == row["parts"]:
                counts_ok += 1
            else:
                ok_msg = False
                bad.append(f"{row['id']}: {len(framing.parts)} parts, expected {row['parts']}: {row['text'][:70]}")
        if row.get("kinds"):
            kinds_n += 1
            kinds_ok += [p.kind for p in framing.parts] == row["kinds"]
        clean_msgs += ok_msg
        if row["authority"]:
            named += 1
            named_found += auth == row["authority"]
        else:
            unnamed += 1
            unnamed_proposed += auth is not None
        route_ok += framing.route == row.get("route", "foi")
        raised = {getattr(f, "code", "") for f in framing.findings} & set(CODES)
        expected = set(row["findings"])
        for code in CODES:
            if code in raised and code in expected:
                tp[code] += 1
            elif code in raised:
                fp[code] += 1
            elif code in expected:
                fn[code] += 1
    if show_bad:
        for line in bad:
            print("   ", line)
    return {
        "messages": len(rows), "parts": parts, "good": good, "kept": kept, "clean": clean_msgs,
        "counts": (counts_ok, counts_n), "kinds": (kinds_ok, kinds_n),
        "named": (named_found, named), "unnamed": (unnamed_proposed, unnamed), "route": route_ok,
        "tp": tp, "fp": fp, "fn": fn,
    }


def _pct(a: int, b: int) -> str:
    return f"{a / b:.1%} ({a}/{b})" if b else "n/a"


HALVES = ("tune", "test", "holdout2", "holdout3", "holdout4", "dev5")  # holdout2: 100 messages written before polish8 changed code;
# holdout3: 40 written after holdout2 was read (polish8 then tuned on holdout2), before the changes that followed
# holdout4: 60 written by branch fr before it changed code
# dev5: 69 written by branch fr3 (chat messages and formal request bodies: lists, preambles, openers), worked on


def _halves(rows: list[dict], halves: tuple[str, ...]):
    """(half, its rows) for each half named that has rows, by the fixed 'split' field."""
    for half in halves:
        chosen = [r for r in rows if r.get("split") == half]
        if chosen:
            yield half, chosen


def report(show_bad: bool = False, halves: tuple[str, ...] = HALVES) -> None:
    rows = load()
    print(f"\nframing of first messages ({CORPUS.relative_to(REPO)}): {len(rows)} messages, split by the fixed 'split' field")
    for half, chosen in _halves(rows, halves):
        s = score(chosen, show_bad)
        print(f"\n  {half}: {s['messages']} messages, {s['parts']} parts")
        print(f"    parts well formed ................ {_pct(s['good'], s['parts'])}")
        print(f"    messages needing no rewording .... {_pct(s['clean'], s['messages'])}")
        print(f"    parts kept whole (a detail would be lost) {_pct(s['kept'], s['parts'])}")
        fixed = score(chosen, spelling=True)
        print(f"    with the proposed spellings accepted: parts well formed {_pct(fixed['good'], fixed['parts'])}, "
              f"messages needing no rewording {_pct(fixed['clean'], fixed['messages'])}")
        print(f"    part count as expected ........... {_pct(*s['counts'])}")
        print(f"    kinds of record as expected ...... {_pct(*s['kinds'])}")
        print(f"    organisation found when named .... {_pct(*s['named'])}")
        print(f"    organisation proposed, none named  {_pct(*s['unnamed'])}")
        print(f"    route (FOI / subject access) ..... {_pct(s['route'], s['messages'])}")
        print("    findings           code                       precision        recall")
        for code in CODES:
            tp, fp, fn = s["tp"][code], s["fp"][code], s["fn"][code]
            print(f"                       {code:<26} {_pct(tp, tp + fp):<16} {_pct(tp, tp + fn)}")




# --- framing details (branch fr6): tests/data/frame_details.jsonl ----------------------------------------

DETAILS = REPO / "tests" / "data" / "frame_details.jsonl"
_REFERS = __import__("re").compile(
    r"(?i)\b(?:these|those|them|they|the\s+above|that\s+(?:year|money|period|time)|of\s+(?:that|it))\b")
_DANGLING = __import__("re").compile(r"(?i)\b(?:each|every|of\s+that|of\s+them|of\s+those|of\s+it)\s*[,.?]")


def _has_word(word: str, texts: str) -> bool:
    from askfoi.framing import _lemmas

    said: set[str] = set()
    for w in __import__("re").findall(r"[a-z0-9&]+", texts.lower()):
        said |= _lemmas(w)
    return bool(_lemmas(word.lower()) & said)


def score_details(rows: list[dict], show_bad: bool = False) -> dict:
    """Each message's parts against what a good part must keep (labels written before askfoi ran on them)."""
    import re

    checks = ("grammar", "kept", "breakdowns", "invented", "antecedent", "dangling", "own_years", "count")
    ok = {c: 0 for c in checks}
    n = {c: 0 for c in checks}
    clean = 0
    bad: list[str] = []
    for row in rows:
        framing = frame_message(row["text"], today=TODAY)
        auth = framing.authority.name if framing.authority else None
        texts = [p.text for p in framing.parts]
        joined = " ".join(texts)
        result = {
            "grammar": all(not part_problems(p, auth) for p in framing.parts) and bool(texts),
            "kept": all(_has_word(w, joined) for w in row["keep"]),
            "dangling": not any(_DANGLING.search(t) for t in texts),
            "count": len(texts) == row["parts"],
        }
        if row["breakdowns"]:
            def asked(unit: str) -> bool:
                stem = unit.split()[-1][:-1]
                return any(unit in (p.qualifiers.breakdown or "") for p in framing.parts) or bool(
                    re.search(rf"(?i)\b(?:by|each|every|per)\s+(?:[a-z]+\s+){{0,2}}{stem}", joined))
            result["breakdowns"] = all(asked(u) for u in row["breakdowns"])
        else:
            result["invented"] = not any("broken down by" in t and " by " not in p.source
                                         for t, p in zip(texts, framing.parts))
        if row.get("antecedent"):
            result["antecedent"] = all(_has_word(row["antecedent"], t) for t in texts if _REFERS.search(t))
        if row.get("own_years"):
            result["own_years"] = all(y in joined + " " + (framing.period or "") for y in row["own_years"])
        for c, v in result.items():
            n[c] += 1
            ok[c] += bool(v)
        if all(result.values()):
            clean += 1
        elif show_bad:
            bad.append(f"{row['id']}: {[c for c, v in result.items() if not v]}: " + " | ".join(texts))
    for line in bad:
        print("   ", line)
    return {"messages": len(rows), "clean": clean, "ok": ok, "n": n}


def report_details(show_bad: bool = False, halves: tuple[str, ...] = ("fr6test",)) -> None:
    rows = load(DETAILS)
    print(f"\nframing details ({DETAILS.relative_to(REPO)}): {len(rows)} messages labelled before running; "
          "fr6tune was tuned on, fr6test is reported")
    for half, chosen in _halves(rows, halves):
        s = score_details(chosen, show_bad)
        print(f"\n  {half}: {s['messages']} messages; every check passed: {_pct(s['clean'], s['messages'])}")
        names = {"grammar": "parts well formed (part_problems)", "kept": "words asked for kept",
                 "breakdowns": "breakdowns asked for kept", "invented": "no breakdown invented",
                 "antecedent": "back-references name what they point to", "dangling": "no dangling each / of that",
                 "own_years": "a question's own period kept", "count": "part count as expected"}
        for c, label in names.items():
            print(f"    {label:<42} {_pct(s['ok'][c], s['n'][c])}")


if __name__ == "__main__":
    chosen = tuple(a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--split="))
    if not chosen or any(not c.startswith("fr6") for c in chosen):
        report(show_bad="--show-bad" in sys.argv, halves=tuple(c for c in chosen if not c.startswith("fr6")) or HALVES)
    report_details(show_bad="--show-bad" in sys.argv,
                   halves=tuple(c for c in chosen if c.startswith("fr6")) or ("fr6test",))
