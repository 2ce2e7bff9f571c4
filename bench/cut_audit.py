"""How the cutting of real request letters fails (fr12, issue 8): structural faults of the parts framing makes.

Runs `framing.frame_message` over every real request text that may be tuned on (holdouts 5-11, field "text", and
the real sentences of tests/data/periods_real.jsonl) and over the held-out texts (holdouts 12 and 13: only totals
are printed, never a text or a part). Counts, per 100 parts:

- label: a list label or bullet left anywhere inside a part ("3.)", "- 3i -", "1a.", "(ii)", an inline bullet);
- two items: a part holding two or more items of the letter's list (most words of each of two sibling items);
- bad start: a part starting with a lower-case word, a conjunction or a relative pronoun ("who", "which", "and",
  "or", "but", "also", "that"; "whether" is fine);
- unbalanced: brackets or double quotes left open or closed twice;
- stray punct: doubled or stray punctuation ("?,", ".,", "\u2014.", ", ?", "..");
- ends ":": a part ending with a colon;
- contains part: a part holding another whole part;
- lost items: list items of the text (3+ content words in their first sentence) with no part holding most of
  those words (a question framed but for its kind of record, asked back, counts as held); per 100 parts, and as a
  share of the items.

Usage: python bench/cut_audit.py [--workers N] [--show KIND] (--show prints the tuning parts that fail one check).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUNE = [Path(f"/work/holdout{i}/messages.jsonl") for i in range(5, 12)]
HELD = [Path(f"/work/holdout{i}/messages.jsonl") for i in (12, 13)]
LOCAL = [ROOT / "tests" / "data" / "periods_real.jsonl"]
TODAY = date(2026, 12, 1)

# a list label or a bullet inside a part: "3.)" "1a." "(ii)" "b)" "- 3i -" "\u2022"; a figure is never one
# ("2 officers", "1.5 million", "2019/20", "section 40(2)", "11.30am")
LABEL_INSIDE = re.compile(
    r"(?:^|(?<=[\s:;,]))(?:"
    r"\(?\d{1,2}[a-z]?\s?[.)]\)?(?=\s+[A-Za-z\"'(])"  # "3." "3.)" "1a." "2)" "(4)"
    r"|\(\d{1,2}[a-z]?\)(?=\s)"  # "(2) "
    r"|\((?:[a-h]|[ivx]{1,4})\)(?=\s)"  # "(a)" "(ii)"
    r"|(?:[a-h]|[ivx]{1,4})\)(?=\s)"  # "b)" "iii)"
    r"|[-\u2013]\s?\d{1,2}[a-z]{0,3}\s?[-\u2013](?=\s)"  # "- 3i -"
    r"|(?:question|q)\s?\d{1,2}[a-z]?\s?[:.)]"  # "Q3:" "Question 2."
    r")"
    r"|[\u2022\u00b7\u25aa\u25cf\u27a2\uf0b7]"  # a bullet glyph anywhere
)
_NOT_LABEL_BEFORE = re.compile(r"(?i)(?:\b(?:section|s|para|paragraph|article|schedule|regulation|reg|rule|part|"
                               r"chapter|page|pages|p|pp|item|no|number|appendix|annex|clause|figure|table|step|"
                               r"stage|level|band|tier|grade|key|category|phase|option|class|form|q\d|question)\.?|"
                               r"£|\$|€|at|by|from|to|until|and|or|of|on|in|between)\s*$")
_BAD_START = frozenset("who which whom whose and or but also that therefore so then because nor plus thus hence".split())
_STRAY = re.compile(
    r"\?\s*[,;.]|\.\s*[,;]|[\u2014\u2013-]\s*[.?]\s*$|,\s*[?.!;:]"
    r"|;\s*[.?,]|:\s*[.?,;]|(?<!\.)\.\.(?!\.)|\?\s*\?|\s[,;](?!\S)|\(\s*\)")
_STOP = frozenset(
    "the and for with that this from have has had are was were been being any all each per into onto over under "
    "about your you our their its which what who whom whose how when where why whether please provide could would "
    "can will may might also such than then there these those them they not nor but only other more most some "
    "information following request requests copy copies details number numbers total".split())


def _words(text: str) -> list[str]:
    return [w.rstrip("s") for w in re.findall(r"[a-z]{3,}", (text or "").lower()) if w not in _STOP]


def labels_inside(text: str) -> list[str]:
    """The list labels and bullets left inside TEXT (a part), not counting figures and references."""
    out = []
    for m in LABEL_INSIDE.finditer(text or ""):
        before = text[: m.start()]
        if _NOT_LABEL_BEFORE.search(before) or re.search(r"\d[\s,./-]*$", before):
            continue  # "part 1 (a)", "section 2.", "under (1)": a reference, not a label
        if m.group(0)[:1].isdigit() or m.group(0)[:1] == "(" and m.group(0)[1:2].isdigit():
            if re.match(r"\d{1,2}\.\s+(?:[A-Z][a-z]+\s+)?(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b", text[m.start():]):
                continue
        out.append(m.group(0))
    return out


def bad_start(text: str) -> bool:
    first = re.match(r"[^\w]*([\w'\u2019]+)", text or "")
    if not first:
        return False
    word = first.group(1)
    if word.lower() in ("who", "which", "whom", "whose") and (text or "").rstrip(" )\"'\u201d").endswith("?"):
        return False  # "Which contractor was appointed?": a question word, not a relative pronoun
    return word[:1].islower() or word.lower() in _BAD_START


def unbalanced(text: str) -> bool:
    t = text or ""
    if t.count("(") != t.count(")") or t.count("[") != t.count("]") or t.count("\u201c") != t.count("\u201d"):
        return True
    return t.count('"') % 2 == 1


_ABBREV_END = re.compile(r"(?i)(?:\b(?:e\.g|i\.e|etc|approx|no|vs|inc|ltd|co|st)|\b[A-Z](?:\.[A-Z])*)$")


def stray_punct(text: str) -> bool:
    for m in _STRAY.finditer(text or ""):
        if m.group(0)[:1] == "." and _ABBREV_END.search(text[: m.start()]):
            continue  # "e.g., ", "etc.;", "U.K.,": an abbreviation's point
        return True
    return False


_SIGN_OFF = re.compile(r"(?i)^\W*(?:yours\s+(?:faithfully|sincerely|truly)|kind\s+regards|best\s+regards|regards|many\s+thanks)\b")


def list_items(text: str) -> list[list[str]]:
    """The items of TEXT's lists (outline.outline over its lines), leaves only, as sibling groups: each group the
    texts of the items under one parent (or at the top). An item runs on over the lines straight after it; a blank
    line, a sign-off or a line of prose after a blank line ends it (the audit's own reading, so that a signature or a
    closing paragraph never counts as an item)."""
    from askfoi.outline import label_of, outline

    lines: list[str] = []
    in_item = False
    for line in (text or "").splitlines():
        if _SIGN_OFF.match(line):
            break
        if label_of(line):
            in_item = True
            lines.append(line)
        elif line.strip() and in_item:
            lines.append(line)
        else:
            in_item = False
    groups: list[list[str]] = []

    def walk(items) -> None:
        leaves = []
        for item in items:
            if item.children:
                walk(item.children)
            else:
                leaves.append(item.text)
        if leaves:
            groups.append(leaves)

    walk(outline(lines))
    return groups


def first_sentence(item: str) -> str:
    """The first sentence of ITEM: what the item asks (what follows is often a note on it)."""
    return re.split(r"(?<=[.?!])\s+(?=[A-Z])", item.strip(), maxsplit=1)[0]


def _holds(part_words: set[str], item_words: list[str]) -> bool:
    item = set(item_words)
    return bool(item) and len(item & part_words) / len(item) > 0.5


def _holds_two(part_words: set[str], group: list[str]) -> bool:
    """PART_WORDS hold two items of GROUP (siblings), each by the words that set it apart from the other."""
    sets = [set(_words(i)) for i in group]
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            own_a, own_b = sets[a] - sets[b], sets[b] - sets[a]
            if len(own_a) >= 2 and len(own_b) >= 2 and len(own_a & part_words) / len(own_a) > 0.6 \
                    and len(own_b & part_words) / len(own_b) > 0.6 and _holds(part_words, list(sets[a])) \
                    and _holds(part_words, list(sets[b])):
                return True
    return False


def audit_text(text: str) -> dict:
    from askfoi.framing import frame_message

    try:
        framing = frame_message(text, today=TODAY)
    except Exception as exc:  # a crash is a finding of its own
        return {"error": repr(exc)[:200], "parts": [], "faults": [], "items": 0, "lost": 0}
    parts = [p.text for p in framing.parts if p.text]
    faults: list[list[str]] = []
    groups = [[i for i in g if len(set(_words(first_sentence(i)))) >= 3] for g in list_items(text)]
    words_of = [set(_words(p)) for p in parts]
    norm = [" ".join(re.findall(r"[a-z0-9]+", p.lower())) for p in parts]
    for k, part in enumerate(parts):
        kinds = []
        if labels_inside(part):
            kinds.append("label")
        if any(_holds_two(words_of[k], g) for g in groups if len(g) >= 2):
            kinds.append("two items")
        if bad_start(part):
            kinds.append("bad start")
        if unbalanced(part):
            kinds.append("unbalanced")
        if stray_punct(part):
            kinds.append("stray punct")
        if part.rstrip().endswith(":"):
            kinds.append("ends ':'")
        if any(j != k and len(norm[j].split()) >= 3 and norm[j] != norm[k] and f" {norm[j]} " in f" {norm[k]} "
               for j in range(len(parts))):
            kinds.append("contains part")
        faults.append(kinds)
    items = [i for g in groups for i in g]
    # a question framed but for the kind of record (asked back: the person picks it) is no lost item
    held = words_of + [set(_words(p.source or "")) for p in framing.pending]
    lost = [i for i in items if not any(_holds(w, _words(first_sentence(i))) for w in held)]
    return {"parts": parts, "faults": faults, "items": len(items), "lost": len(lost), "lost_items": lost}


KINDS = ("label", "two items", "bad start", "unbalanced", "stray punct", "ends ':'", "contains part")


def _texts(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str) and row.get("split", "tune") == "tune":
                out.append((str(row.get("id") or f"{path.parent.name}-{n}"), row["text"]))
    return out


def summarise(results: list[dict]) -> dict:
    parts = sum(len(r["parts"]) for r in results)
    counts = {k: sum(1 for r in results for f in r["faults"] if k in f) for k in KINDS}
    items = sum(r["items"] for r in results)
    lost = sum(r["lost"] for r in results)
    faulty = sum(1 for r in results for f in r["faults"] if f)
    return {"texts": len(results), "parts": parts, "counts": counts, "items": items, "lost": lost, "faulty": faulty,
            "errors": sum(1 for r in results if r.get("error"))}


def _per100(n: int, parts: int) -> str:
    return f"{100 * n / parts:5.1f}" if parts else "   - "


def table(tune: dict, held: dict) -> str:
    rows = [f"{'cut audit (per 100 parts)':<28}{'tune':>8}{'held-out':>10}",
            f"{'texts':<28}{tune['texts']:>8}{held['texts']:>10}",
            f"{'parts':<28}{tune['parts']:>8}{held['parts']:>10}"]
    for k in KINDS:
        rows.append(f"{k:<28}{_per100(tune['counts'][k], tune['parts']):>8}{_per100(held['counts'][k], held['parts']):>10}")
    rows.append(f"{'parts with any fault':<28}{_per100(tune['faulty'], tune['parts']):>8}"
                f"{_per100(held['faulty'], held['parts']):>10}")
    rows.append(f"{'lost items':<28}{_per100(tune['lost'], tune['parts']):>8}{_per100(held['lost'], held['parts']):>10}")
    share = lambda s: f"{s['lost']}/{s['items']}"  # noqa: E731
    rows.append(f"{'lost items / list items':<28}{share(tune):>8}{share(held):>10}")
    if tune["errors"] or held["errors"]:
        rows.append(f"{'errors (texts)':<28}{tune['errors']:>8}{held['errors']:>10}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--show", default=None, help="print the tuning parts failing this check (or 'lost')")
    ap.add_argument("--tune-only", action="store_true")
    ap.add_argument("--json", default=None, help="write the tuning results to this file")
    args = ap.parse_args(argv)
    tune_texts = _texts(TUNE) + _texts(LOCAL)
    held_texts = [] if args.tune_only else _texts(HELD)
    with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
        tune = list(pool.map(audit_text, [t for _, t in tune_texts], chunksize=4))
        held = list(pool.map(audit_text, [t for _, t in held_texts], chunksize=4))
    print(table(summarise(tune), summarise(held)))
    if args.json:
        Path(args.json).write_text(json.dumps([{"id": i, **r} for (i, _), r in zip(tune_texts, tune)], indent=1))
    if args.show:  # tuning texts only: the held-out texts are never printed
        for (ident, _), r in zip(tune_texts, tune):
            if args.show == "lost":
                for item in r.get("lost_items", []):
                    print(f"{ident}\tLOST\t{item[:160]}")
                continue
            for part, f in zip(r["parts"], r["faults"]):
                if args.show in f:
                    print(f"{ident}\t{part[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
