"""The period audit (fr13b, issue 8): on real first messages, is the period of each letter right and said once?

Every message is framed (askfoi.framing.frame_message, the letter's date fixed at TODAY) and its letter read:
the letter's period (said once above the parts) and each part's own period (its frame's qualifier). A period
phrase is found in words by a reader written here, apart from askfoi's own (years, split years, "last year",
"last term", "this academic year", "since 2019", "between ... and ...", "to date", months), so an old checkout
and a new one are measured alike. Per 100 messages:

  doubled     parts whose words still hold a period beside the letter's period or their own rendered one
              (the rendered qualifier itself is taken out first): two periods that may contradict
  clash       of those, the words' period read by askfoi differs from the period the part is read under
  unused      messages that state a period in a sentence that asks, where the letter has no period, no part
              has its own and no part's words hold one (the period was dropped)
  asked       messages whose period step asks for a period from scratch although the message states one
  own         parts with a period of their own (rendered on the part, not the letter's)

Tuning half: holdouts 5-9, units_extra, informal_messages split "tune"; held-out half: holdouts 10-14,
units_extra2 and 3, informal split "test" (the real texts sit outside the repository; missing files are skipped).

    .venv/bin/python bench/period_audit.py [--half tune|report|both] [--sample N] [--repo PATH] [--jobs N]

--repo scores another checkout's askfoi (the before figures); --sample prints N letters' periods for a
by-eye check (message opening, letter period, parts).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from datetime import date
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 1)
WORK = Path(os.environ.get("ASKFOI_WORK", "/work"))
TUNE = [WORK / f"holdout{k}" / "messages.jsonl" for k in range(5, 10)] + [WORK / "units_extra" / "messages.jsonl"]
REPORT = [WORK / f"holdout{k}" / "messages.jsonl" for k in range(10, 15)] + [
    WORK / "units_extra2" / "messages.jsonl", WORK / "units_extra3" / "messages.jsonl"]
INFORMAL = REPO / "tests" / "data" / "informal_messages.jsonl"

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|few|couple\s+of)"
_KIND = r"(?:(?:calendar|financial|fiscal|academic|school|tax|full|whole|complete)\s+)?"
_UNIT = r"(?:years?|terms?|months?|quarters?|weeks?|decades?|semesters?|sessions?)"
_YEAR = r"(?:19|20)\d\d"
_SPLIT = rf"{_YEAR}\s?[/\-\u2013]\s?(?:\d{{4}}|\d\d)\b"
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
PERIOD_WORDS = re.compile(
    rf"(?i)\b(?:(?:in|over|during|for|within)\s+)?(?:(?:each\s+of\s+)?the\s+)?(?:last|past|previous|preceding|this|current)\s+"
    rf"(?:{_NUM}\s+)?{_KIND}{_UNIT}\b"
    rf"|\b(?:since|from|between|after)\s+(?:the\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\s+)?{_YEAR}(?:\s?[/\-]\s?\d\d(?:\d\d)?)?"
    rf"(?:\s+(?:and|to|until|till)\s+(?:the\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\s+)?(?:{_YEAR}(?:\s?[/\-]\s?\d\d(?:\d\d)?)?|date|now|the\s+present(?:\s+day)?))?"
    rf"|\b{_SPLIT}"
    rf"|\b(?:in|during|for|over|throughout)\s+(?:the\s+)?(?:(?:calendar|financial|academic|school)\s+years?\s+)?(?:{_MONTHS}\s+)?{_YEAR}\b(?!\s*(?:act|regulations))"
    rf"|\b(?:year|financial\s+year|academic\s+year)\s+to\s+date\b|\bto\s+date\b|\bso\s+far\s+this\s+year\b"
    rf"|\b(?:this|last|next)\s+(?:autumn|spring|summer)\s+term\b|\b(?:autumn|spring|summer)\s+term(?:\s+{_YEAR})?\b")
_STORY = re.compile(r"(?i)\b(?:i|my|we|our|me)\b")
_ASKS = re.compile(r"(?i)\?|\b(?:please|provide|how\s+many|how\s+much|number\s+of|copy|copies|list|details|"
                   r"what|which|whether|i\s+would\s+like|request|figures|data|statistics|total)\b")

# What the letter's templates write for a period (taken out of a part before its words are read)
_RENDERED = re.compile(
    r"(?i),?\s*\b(?:for\s+the\s+period|for\s+each\s+(?:financial|academic|calendar|tax)\s+year\s+from|for\s+the\s+(?:financial|"
    r"academic|calendar|tax)\s+years?|for\s+the\s+(?:autumn|spring|summer)\s+term|for|on|in|from|since)\s+"
    r"(?:(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{4}/\d{2}|[A-Z][a-z]+\s+\d{4}|\d{4})"
    r"(?:\s+(?:to|and)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{4}/\d{2}|[A-Z][a-z]+\s+\d{4}|\d{4}|date))?)"
    r"(?:\s*\(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+to\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\))?")


def _load(half: str) -> list[dict]:
    paths = TUNE if half == "tune" else REPORT
    rows = []
    for path in paths:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    rows.append({"id": r["id"], "text": r["text"]})
    if INFORMAL.exists():
        for line in INFORMAL.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if (r.get("split") == "tune") == (half == "tune"):
                    rows.append({"id": r["id"], "text": r["text"]})
    return rows


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+|\n+", text) if s.strip()]


def stated_in_asking(text: str) -> list[str]:
    """Period phrases in sentences that ask (not the person's story told in the first person with no question)."""
    out = []
    for s in _sentences(text):
        if not _ASKS.search(s):
            continue
        if _STORY.search(s) and "?" not in s and not re.search(r"(?i)\b(?:please|provide|like|request)\b", s):
            continue
        out += [m.group() for m in PERIOD_WORDS.finditer(s)]
    return out


def words_periods(part_text: str) -> list[str]:
    return [m.group() for m in PERIOD_WORDS.finditer(_RENDERED.sub("", part_text or ""))]


def _frame_one(row: dict) -> dict:
    from askfoi.framing import frame_message
    from askfoi.periods import parse_period

    try:
        f = frame_message(row["text"], today=TODAY)
    except Exception as e:  # an audit never stops on one message
        return {"id": row["id"], "error": repr(e)[:200]}
    try:
        from askfoi.part_periods import period_step  # fr13b; an older checkout asks whenever the letter has none
        step = period_step(f, today=TODAY).action
    except ImportError:
        step = "ask" if (f.period is None and f.route != "sar") else "propose"
    parts = [{"text": p.text, "kind": p.kind, "own": p.qualifiers.period} for p in f.parts]
    return {"id": row["id"], "route": f.route, "period": f.period, "period_text": f.period_text, "parts": parts,
            "stated": stated_in_asking(row["text"]), "step": step, "opening": row["text"][:400]}


def score(results: list[dict]) -> list[dict]:
    """Each part's words read for periods beside the one it is read under (its own, else the letter's)."""
    from askfoi.periods import parse_period

    for r in results:
        for p in r.get("parts", []):
            under = p["own"] or r["period"]
            words = p["text"]
            for label in {p["own"], r["period"]} - {None}:  # the period said as askfoi resolved it is no words of the person's
                words = words.replace(label, " ")
            held = words_periods(words)
            read = [parse_period(w, today=TODAY) for w in held]
            p["held"], p["doubled"] = held, bool(held) and bool(under)
            p["clash"] = bool(under) and any(x is None or x.label != under for x in read)
    return results


def audit(rows: list[dict], jobs: int) -> list[dict]:
    if jobs > 1:
        with Pool(jobs) as pool:
            return score(pool.map(_frame_one, rows, chunksize=4))
    return score([_frame_one(r) for r in rows])


def totals(results: list[dict]) -> dict:
    n = len(results)
    ok = [r for r in results if "error" not in r]
    with_parts = [r for r in ok if r["parts"]]
    doubled = sum(p["doubled"] for r in ok for p in r["parts"])
    clash = sum(p["clash"] for r in ok for p in r["parts"])
    unused = sum(1 for r in with_parts if r["stated"] and r["route"] != "sar" and not r["period"]
                 and not any(p["own"] or p["held"] for p in r["parts"]))
    asked = sum(1 for r in with_parts if r["stated"] and r["step"] == "ask")
    own = sum(1 for r in ok for p in r["parts"] if p["own"])
    per = lambda k: round(100 * k / max(1, n), 1)  # noqa: E731
    return {"messages": n, "letters": len(with_parts), "parts": sum(len(r["parts"]) for r in ok),
            "errors": n - len(ok), "doubled": per(doubled), "clash": per(clash), "unused": per(unused),
            "asked": per(asked), "own": per(own)}


def compare(before_path: str, after_path: str, n: int, half: str) -> int:
    """N letters (the same ones) before and after, for a by-eye check of their periods."""
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    halves = ["tune", "report"] if half == "both" else [half]
    pool = []
    for h in halves:
        old = {r["id"]: r for r in before.get(h, []) if "error" not in r}
        for r in after.get(h, []):
            o = old.get(r["id"])
            if o and "error" not in r and r["parts"] and (r["stated"] or r["period"] or o["period"]):
                pool.append((o, r))
    random.Random(13).shuffle(pool)
    for o, r in sorted(pool[:n], key=lambda x: x[1]["id"]):
        print(f"=== {r['id']}: " + re.sub(r"\s+", " ", r["opening"])[:260])
        for tag, x in (("before", o), ("after", r)):
            print(f"  {tag}: letter period {x['period']}  (step: {x['step']})")
            for p in x["parts"]:
                print(f"     - [{p['own'] or ''}] {p['text'][:160]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["tune", "report", "both"], default="both")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--repo", default=None, help="score the askfoi of another checkout")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--json", default=None, help="write every letter's result here")
    ap.add_argument("--rescore", default=None, help="score the letters kept by --json again (no framing)")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), default=None,
                    help="two --json files: print --sample letters' periods before and after, side by side")
    ap.add_argument("--show", action="store_true", help="print each doubled, unused or asked letter (tuning half only)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(args.repo).resolve() if args.repo else REPO))
    if args.compare:
        return compare(*args.compare, n=args.sample or 40, half=args.half)
    halves = ["tune", "report"] if args.half == "both" else [args.half]
    print(f"period audit (per 100 messages; letter date {TODAY}):")
    everything = {}
    for half in halves:
        if args.rescore:
            kept = json.loads(Path(args.rescore).read_text(encoding="utf-8"))
            if half not in kept:
                continue
            results = score(kept[half])
        else:
            rows = _load(half)
            if not rows:
                print(f"  {half}: no texts")
                continue
            results = audit(rows, args.jobs)
        everything[half] = results
        t = totals(results)
        print(f"  {half:6} messages {t['messages']:4}  letters {t['letters']:4}  parts {t['parts']:4}  "
              f"doubled {t['doubled']:5}  clash {t['clash']:5}  unused {t['unused']:5}  asked {t['asked']:5}  "
              f"own {t['own']:5}  errors {t['errors']}")
        if args.show and half == "tune":
            for r in results:
                if "error" in r:
                    continue
                bad = [p for p in r["parts"] if p["doubled"]]
                unused = r["stated"] and r["parts"] and not r["period"] and not any(p["own"] or p["held"] for p in r["parts"])
                if bad or unused or (r["stated"] and r["parts"] and r["step"] == "ask"):
                    print(f"--- {r['id']} period={r['period']!r} step={r['step']} stated={r['stated']}")
                    for p in r["parts"]:
                        print(f"    [{p['own'] or '-'}] {p['text'][:200]}  held={p['held']}")
    if args.sample:
        pool = [r for half in everything for r in everything[half] if "error" not in r and r["parts"]
                and (r["stated"] or r["period"])]
        random.Random(13).shuffle(pool)
        for r in sorted(pool[: args.sample], key=lambda r: r["id"]):
            print(f"=== {r['id']}  letter period: {r['period']}  step: {r['step']}")
            print("    " + re.sub(r"\s+", " ", r["opening"])[:300])
            for p in r["parts"]:
                print(f"    - [{p['own'] or ''}] {p['text'][:220]}")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
