"""Informal first messages cut into the questions they ask (fr5), for `make eval`'s framing section.

tests/data/informal_messages.jsonl holds chat-style messages written with the questions an FOI officer would
accept ("expected"), labelled before any code ran on them, split by id (odd ids "tune", even ids "test"). For
each half (and for tests/data/first_messages.jsonl's halves, the parts well formed there):
  - messages cut into the right questions: as many parts as expected questions, and each expected question
    matched to its own part (most of its content words, by a five-letter stem, are in the part; the words of
    the organisation's name, years, months and question words aside)
  - expected questions found, parts that match an expected question
  - kept parts (kind "kept") that pass the well-formedness check (askfoi/kept_questions.py `kept_problems`)
Run alone: .venv/bin/python bench/eval_informal.py [--show] [--split=tune|test]
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.framing import frame_message  # noqa: E402
from askfoi.kept_questions import kept_problems  # noqa: E402

CORPUS = REPO / "tests" / "data" / "informal_messages.jsonl"
FIRST = REPO / "tests" / "data" / "first_messages.jsonl"
TODAY = date(2026, 6, 1)
_STOP = frozenset("""how many much long often what whats which who whom why when where whether is are was were be been
do does did done have has had the a an of in on at to for by from with and or any all that this these those it its
they them their you your we our i my me there thats per each did can could would will please tell know get got
council councils number total amount many much was being than into out over up last past previous year years
month months week weeks since between""".split())
_MONTHS = frozenset("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
THRESHOLD = 0.5


def load(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _stems(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    words = re.findall(r"[a-z0-9&]+", text.lower().replace("'", ""))
    return {w[:5] for w in words if w not in _STOP and w not in _MONTHS and w not in ignore
            and not w.isdigit() and not re.fullmatch(r"(?:19|20)\d\d(?:\d\d)?", w)}


def match(expected: list[str], parts: list[str], ignore: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Pairs (expected index, part index), one part per expected question: best scores first, each at least
    THRESHOLD of the expected question's content stems found in the part."""
    scored = []
    part_stems = [_stems(p) for p in parts]
    for i, e in enumerate(expected):
        want = _stems(e, ignore)
        for j, have in enumerate(part_stems):
            if want:
                s = len(want & have) / len(want)
                if s >= THRESHOLD:
                    scored.append((s, -abs(i - j), i, j))
    used_e: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, _, i, j in sorted(scored, reverse=True):
        if i not in used_e and j not in used_p:
            used_e.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def score(rows: list[dict], show: bool = False) -> dict:
    right = found = expected_n = parts_n = matched_parts = kept = kept_ok = 0
    for row in rows:
        framing = frame_message(row["text"], today=TODAY)
        auth = framing.authority
        ignore = frozenset(re.findall(r"[a-z]+", f"{auth.name} {auth.from_text}".lower())) if auth else frozenset()
        texts = [p.text for p in framing.parts]
        pairs = match(row["expected"], texts, ignore)
        expected_n += len(row["expected"])
        parts_n += len(texts)
        found += len(pairs)
        matched_parts += len(pairs)
        ok = len(pairs) == len(row["expected"]) == len(texts)
        right += ok
        bad_kept = []
        for p in framing.parts:
            if p.kind == "kept":
                kept += 1
                problems = kept_problems(p.text)
                kept_ok += not problems
                if problems:
                    bad_kept.append(f"{p.text}  <- {', '.join(problems)}")
        if show and (not ok or bad_kept):
            print(f"  {row['id']}{'' if ok else ' CUT WRONG'}: {row['text'][:100]}")
            for t in texts:
                print(f"      part: {t}")
            if not ok:
                for e in row["expected"]:
                    print(f"      want: {e}")
            for b in bad_kept:
                print(f"      kept, not well formed: {b}")
    return {"messages": len(rows), "right": right, "found": found, "expected": expected_n, "parts": parts_n,
            "matched_parts": matched_parts, "kept": kept, "kept_ok": kept_ok}


def _pct(a: int, b: int) -> str:
    return f"{a / b:.1%} ({a}/{b})" if b else "n/a"


def kept_on_first_messages(halves: tuple[str, ...] = ("tune", "test")) -> None:
    rows = load(FIRST)
    for half in halves:
        kept = ok = 0
        for row in (r for r in rows if r.get("split") == half):
            for p in frame_message(row["text"], today=TODAY).parts:
                if p.kind == "kept":
                    kept += 1
                    ok += not kept_problems(p.text)
        print(f"    {FIRST.relative_to(REPO)} {half}: kept parts well formed {_pct(ok, kept)}")


def report(show: bool = False, halves: tuple[str, ...] = ("tune", "test")) -> None:
    rows = load()
    print(f"\ninformal first messages cut into their questions ({CORPUS.relative_to(REPO)}): {len(rows)} messages, "
          "split by id (odd: tune, even: test)")
    for half in halves:
        s = score([r for r in rows if r["split"] == half], show)
        print(f"  {half}: {s['messages']} messages, {s['expected']} questions expected, {s['parts']} parts given")
        print(f"    messages cut into the right questions .... {_pct(s['right'], s['messages'])}")
        print(f"    expected questions found ................. {_pct(s['found'], s['expected'])}")
        print(f"    parts that are an expected question ...... {_pct(s['matched_parts'], s['parts'])}")
        print(f"    kept parts well formed ................... {_pct(s['kept_ok'], s['kept'])}")
    kept_on_first_messages()


if __name__ == "__main__":
    chosen = tuple(a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--split="))
    report(show="--show" in sys.argv, halves=chosen or ("tune", "test"))
