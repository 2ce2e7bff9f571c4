"""Kept parts and their words (fr14b, issue 8): is every part kept in the person's words a contiguous run of the
words they typed?

A part of kind "kept" must be the person's question as typed: only capitals and the end mark may change, a leading
"can you find out / i want to know / please tell me" may come off, and a fixed lead-in of the letter's own ("Please
confirm whether", "Please tell me", "Please") may stand before it. The words must never be reordered ("how many
evictions the association did" -> "How many evictions did the association") nor a word inside the clause deleted.

Runs `framing.frame_message` (today = 2026-12-01) over tests/data/first_messages.jsonl and
tests/data/informal_messages.jsonl and prints, per corpus: messages, parts, parts per message, zero-part messages,
kept parts, and kept parts that fail the contiguity check. `kept_is_run` is the check (the property test
tests/test_fr14b_counts.py uses it); it is written here, apart from askfoi, so old and new code are measured alike.

Usage: [ASKFOI_REPO=/other/checkout] python bench/kept_audit.py [--show] [--json FILE]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(os.environ.get("ASKFOI_REPO") or Path(__file__).resolve().parent.parent)
HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CORPORA = [HERE / "tests" / "data" / "first_messages.jsonl", HERE / "tests" / "data" / "informal_messages.jsonl"]
TODAY = date(2026, 12, 1)

# fixed lead-ins a letter may put before the person's words (none of them is the person's)
_LEAD_INS = ("please confirm whether", "please tell me", "please provide", "please", "the number of")
_PRONOUNS = frozenset("they them their theirs it its you your he she his her".split())
_WORD = re.compile(r"[a-z0-9\u00a3]+(?:'[a-z]+)?")


def _words(text: str) -> list[str]:
    text = (text or "").lower().replace("\u2019", "'")
    return _WORD.findall(text)


def _informal() -> dict[str, list[str]]:
    try:
        import yaml

        data = yaml.safe_load((REPO / "knowledge" / "vocab" / "kept_questions.yaml").read_text()) or {}
    except Exception:  # pragma: no cover - the check still runs without the table
        return {}
    return {str(k).lower(): _words(str(v)) for k, v in (data.get("informal") or {}).items()}


def _normal(words: list[str], table: dict[str, list[str]]) -> list[str]:
    """WORDS with informal spellings written out ("dont" -> "don't", "u" -> "you") and contractions split, so the
    person's words and the part's compare alike."""
    out: list[str] = []
    for w in words:
        for x in table.get(w, [w]):
            if x.endswith("n't") and len(x) > 3:
                out.extend([x[:-3], "not"])
            elif x.endswith("'s") and w != x:
                out.extend([x[:-2], "is"])  # "whats" -> "what is"
            elif x.endswith("'s"):
                out.append(x[:-2])  # a possessive: "the council's" as "the councils" typed
            else:
                out.append(x)
    return ["not" if w == "no" else w for w in out]


# sentences a letter adds after a kept question (prompts/frames/reasons_after.j2): not the person's words
_TEMPLATE_SENTENCES = re.compile(r"(?i)^\W*please\s+also\s+provide\s+any\s+minutes,\s+reports\s+or\s+decision\s+records\b"
                                r"|^\W*please\s+break\s+these\s+figures\s+down\s+(?:by|into)\b")  # fr17b: prompts/frames/breakdown_note.j2
_JOINERS = frozenset("and also so but or then plus".split())
_REFERS = frozenset("they them their it its this that these those there one ones he she his her".split())
# fr27a: the words of a pointer to another item of the person's list (askfoi/item_references.py)
_ITEM_POINTER = frozenset("such referred to in at described named listed identified mentioned above point points question "
                          "questions item items part parts q".split())
_POINTING = frozenset("such referred described named listed identified mentioned".split())


def kept_is_run(part: str, message: str, names: list[str] | None = None) -> bool:
    """Each sentence of PART is one contiguous run of MESSAGE's words, in the order typed (case, punctuation and
    informal spellings aside), after a fixed lead-in of the letter's own comes off. Allowed beside the typed words:
    the body's name (any of NAMES) or short name where a pronoun or the typed name stood; what a pronoun or an
    elliptical "how many were ..." points at, written out from words of the same message; a joining word ("and")
    between two questions the part holds as two sentences. A typed word missing inside the run, or typed words in
    another order, fail."""
    sentences = [x for x in re.split(r"(?<=[.?!])\s+(?=[A-Z])", (part or "").strip()) if x.strip()]
    return all(_sentence_is_run(x, message, names) or _with_stem_topic(x, message, names)
               for x in sentences if not _TEMPLATE_SENTENCES.match(x))


def _with_stem_topic(sentence: str, message: str, names: list[str] | None) -> bool:
    """fr21a: "<item> relating to <topic>" (prompts/frames/kept_about.j2): a list item kept in the person's words and what
    the list's stem says it is about, each a run of the message's words, joined by the template's "relating to"."""
    item, sep, topic = sentence.rpartition(" relating to ")
    return bool(sep) and _sentence_is_run(item, message, names) and _sentence_is_run(topic, message, names)


@functools.lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[re.Pattern, str], ...]:
    """The spellings a subject is written with (knowledge/vocab/record_kinds.yaml `spellings`: "body worn" ->
    "body-worn", "bodycams" -> "body-worn cameras"): a kept part written with them is still the person's words."""
    try:
        import yaml

        data = yaml.safe_load((REPO / "knowledge" / "vocab" / "record_kinds.yaml").read_text()) or {}
    except Exception:  # pragma: no cover
        return ()
    pairs = sorted(((str(k), str(v)) for k, v in (data.get("spellings") or {}).items()), key=lambda kv: -len(kv[0]))
    return tuple((re.compile(rf"(?i)\b{re.escape(k)}\b"), v) for k, v in pairs)


def _respell(text: str) -> str:
    for pattern, fixed in _spellings():
        text = pattern.sub(fixed, text)
    return text


def _sentence_is_run(part: str, message: str, names: list[str] | None) -> bool:
    table = _informal()
    said = _normal(_words(_respell(message)), table)
    mine = _normal(_words(part), table)
    tries = [mine]
    for lead in _LEAD_INS:
        lw = lead.split()
        if mine[: len(lw)] == lw:
            rest = mine[len(lw):]
            tries.append(["how", "many", *rest] if lead == "the number of" else rest)
    return any(_one_run(t, said, names) for t in tries)


def _one_run(mine: list[str], said: list[str], names: list[str] | None) -> bool:
    import difflib

    if not mine:
        return True
    bodies = sorted({tuple(_words(n)) for n in (names or []) if n and _words(n)}, key=len, reverse=True)
    bodies += [("the", w) for w in ("council", "force", "trust", "authority", "board", "department", "service")]
    bodies += [("the", *b) for b in bodies if b[0] != "the"]
    bodies = sorted(set(bodies), key=len, reverse=True)  # lf64: "the department for transport" whole, before "the department"
    mine = _collapse(mine, bodies)
    said = _collapse(said, bodies)
    # the window of the message the part comes from: anchored on the part's first typed word
    for s in range(len(said)):
        if not _same_word(said[s], mine[0]) and not (said[s] in _YOU_AUX and mine[0] in _YOU_AUX):
            continue  # (lf64: "does camden council use" -> "do you use")
        for e in range(s + 1, min(len(said), s + len(mine) + 12) + 1):
            if _aligned(said[s:e], mine, said, difflib):
                return True
    return False


def _same_word(a: str, b: str) -> bool:
    return a == b or _same(a, b) or (a.endswith("s") and a[:-1] == b)  # "councils policy" -> "council's policy"


_YOU_AUX = frozenset("has have is are was were does do".split())
_FILL = frozenset("of the those these that who which were was are is".split())
_PREPS = frozenset("for in on at of from by with about to during".split())


def _run_of(said: list[str], words: list[str]) -> bool:
    """WORDS (a determiner in front aside) stand together somewhere in SAID: a referent copied from the message."""
    core = words[1:] if words and words[0] in ("the", "those", "these", "of") else words
    if core and core[0] in ("the", "those", "these"):
        core = core[1:]
    if not core:
        return True
    core = [w for w in core if w not in ("that", "who", "which", "were", "was", "are", "is")] if len(core) > 2 else core
    return _contains(said, core[:2], loose=True)


def _aligned(window: list[str], mine: list[str], said: list[str], difflib) -> bool:
    ops = difflib.SequenceMatcher(a=window, b=mine, autojunk=False).get_opcodes()
    if ops and ops[-1][0] == "delete":
        return False  # the window runs past the part: a longer window than the part's own
    for tag, i1, i2, j1, j2 in ops:
        gone, added = window[i1:i2], mine[j1:j2]
        if tag == "equal":
            continue
        if tag == "insert" and j1 and mine[j1 - 1] in ("many", "much") and j2 < len(mine) \
                and all(w in said or w in _FILL for w in added):
            continue  # "how many [of those charge points] are out of order": the elliptical count written out
        if tag == "insert" and j2 == len(mine) and added[0] in _PREPS and _contains(said, added, loose=True):
            continue  # "what was the longest wait [for a hip replacement]": a detail from the question before
        if tag == "insert" and j1 and _run_near(said, mine[j1 - 1:j2]):
            continue  # fr25a: "the closure [of the Hartcliffe library]": a pointer's head with its phrase from the message
        if tag == "insert" and j2 < len(mine) and _run_near(said, mine[j1:j2 + 1]):
            continue  # fr25a: "each [electric] bus": the same, the words the message put before the head
        if tag == "insert" and added == ["and"] and 0 < j1 < len(mine) - 1:
            continue  # lead 27: "... Priory and St Johns": the lines of a list joined as one, in English (fr27a)
        if tag == "delete" and all(w in _JOINERS for w in gone):
            continue  # "and" between two questions written as two sentences
        if tag == "replace" and any(w in ("you", "your") for w in added) \
                and all(w in _REFERS or w in ("\u00a7auth", "the") or w in _YOU_AUX for w in gone) \
                and all(w in ("you", "your") or w in _YOU_AUX for w in added):
            continue  # lf64: the body (named, or "they") spoken to as "you" ("has the council paid" -> "have you paid")
        if tag == "replace" and all(w in _REFERS or w in _JOINERS or w == "\u00a7auth" for w in gone) \
                and _run_of(said, added):
            continue  # "they" written as what it means
        if tag == "replace" and len(gone) == len(added) and all(_same_word(a, b) for a, b in zip(gone, added)):
            continue
        if tag == "replace" and gone and all(w in _ITEM_POINTER or w.isdigit() for w in gone) \
                and set(gone) & _POINTING and (_run_near(said, added) or _run_of(said, added)):
            continue  # fr27a: "such notices", "the meters referred to in point 3" written out from another item
        return False
    return True


def _collapse(words: list[str], bodies: list[tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(words):
        for b in bodies:
            if tuple(words[k: k + len(b)]) == b:
                out.append("\u00a7auth")
                k += len(b)
                break
        else:
            out.append(words[k])
            k += 1
    return out


def _run_near(said: list[str], mine: list[str]) -> bool:
    """fr25a: MINE (two words or more) stands together in SAID, a noun's plural aside ("electric buses" for
    "electric bus")."""
    def same(a: str, b: str) -> bool:
        return a == b or a.rstrip("s") == b.rstrip("s") or a.endswith("es") and a[:-2] == b

    n = len(mine)
    return n >= 2 and any(all(same(a, b) for a, b in zip(said[s: s + n], mine)) for s in range(len(said) - n + 1))


def _contains(said: list[str], mine: list[str], loose: bool = False) -> bool:
    n = len(mine)
    for s in range(len(said) - n + 1):
        if all(a == b or (loose and _same(a, b)) for a, b in zip(said[s: s + n], mine)):
            return True
    return False


def _same(said: str, mine: str) -> bool:
    if mine == "\u00a7auth" and (said in _PRONOUNS or said == "\u00a7auth"):
        return True
    return said == "\u00a7auth" and mine in _PRONOUNS


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def audit(show: bool = False) -> dict:
    from askfoi.framing import frame_message

    result: dict = {}
    for path in CORPORA:
        rows = _rows(path)
        stats = {"messages": 0, "parts": 0, "zero": 0, "kept": 0, "kept_broken": 0}
        parts_out: dict[str, list[list[str]]] = {}
        for row in rows:
            framing = frame_message(row["text"], today=TODAY)
            stats["messages"] += 1
            stats["parts"] += len(framing.parts)
            stats["zero"] += not framing.parts
            names = [framing.authority.name, framing.authority.from_text] if framing.authority else []
            parts_out[row["id"]] = [[p.kind, p.text or ""] for p in framing.parts]
            for p in framing.parts:
                if p.kind != "kept":
                    continue
                stats["kept"] += 1
                if not kept_is_run(p.text or "", row["text"], names):
                    stats["kept_broken"] += 1
                    if show:
                        print(f"  {row['id']}: {p.text}\n      typed: {row['text'][:300]}")
        result[path.stem] = {"stats": stats, "parts": parts_out}
    return result


def table(result: dict) -> str:
    lines = ["| corpus | messages | parts | parts per message | zero-part messages | kept parts | kept not a run |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in result.items():
        s = r["stats"]
        lines.append(f"| {name} | {s['messages']} | {s['parts']} | {s['parts'] / max(1, s['messages']):.2f} | "
                     f"{s['zero']} | {s['kept']} | {s['kept_broken']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print each kept part that is not a run of the typed words")
    ap.add_argument("--json", help="write every part (kind, text) per message id to this file")
    args = ap.parse_args(argv)
    result = audit(show=args.show)
    print("Kept parts that are not a run of the person's words (fr14b; bench/kept_audit.py)")
    print(table(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
