"""A part about one named office-holder keeps that person (fx98, nc97 j5, issue 8).

"councillor john smith on wakefield council is always jetting off ... i want his expenses claims for the last 2 years,
the receipts, and his declaration of interests" asks for one councillor's own records. Read as the story's subject
it became "The total amount spent on councillors' allowances and expenses": a total for all councillors, which the
person did not ask. Here:

1. `named_holder` is the one office-holder the message names: a role word with the person's name after it
   ("councillor john smith", "Cllr Jane Doe"), or a role only one person holds ("the leader of Bristol City Council").
   Two different holders and none is sure.
2. `asked_records` are the records a request sentence of the message asks for by pointing at that holder ("his
   expenses claims", "her declaration of interests", "Cllr Doe's allowances"), and a record listed after such an item
   ("the receipts"). The records and the frames they get are data (knowledge/vocab/holder_records.yaml).
3. `holder_parts` frames each as a part naming the holder ("A copy of the expense claims made by Councillor John
   Smith.") in place of a story frame about the same records of everyone. The person's sentence is never edited: the
   parts are frames with the holder as their subject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

_SENTENCES = re.compile(r"(?<=[.?!;])\s+|\n+")
_ITEMS = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


@dataclass(frozen=True)
class _Record:
    words: re.Pattern[str]
    kind: str
    subject: str


@dataclass(frozen=True)
class _Words:
    named: re.Pattern[str] | None
    roles: tuple[re.Pattern[str], ...]
    not_name: frozenset[str]
    titles: dict[str, str]
    asks: re.Pattern[str] | None
    records: tuple[_Record, ...]


def _compile(pattern) -> re.Pattern[str] | None:
    from askfoi.office_holders import _compile as compiled

    return compiled(pattern.strip() if isinstance(pattern, str) else "")


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("holder_records")
    data = data if isinstance(data, dict) else {}
    holders = data.get("holders") or {}
    records = []
    for r in data.get("records") or []:
        words = _compile(r.get("words")) if isinstance(r, dict) else None
        if words is not None and r.get("kind") and r.get("subject"):
            records.append(_Record(words=words, kind=str(r["kind"]), subject=str(r["subject"])))
    return _Words(named=_compile(holders.get("named")),
                  roles=tuple(p for p in (_compile(x) for x in holders.get("roles") or []) if p is not None),
                  not_name=frozenset(str(w).lower() for w in data.get("not_name") or []),
                  titles={str(k).lower(): str(v) for k, v in (data.get("titles") or {}).items()},
                  asks=_compile(data.get("asks")), records=tuple(records))


def _holders(text: str) -> list[tuple[str, str]]:
    """Each office-holder TEXT names: (the holder as a part names them, the name words as written)."""
    w = _words()
    found: list[tuple[str, str]] = []
    if w.named is not None:
        for m in w.named.finditer(text):
            name = []
            for word in m.group("name").split():
                bare = word.lower().rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
                if bare in w.not_name:
                    break
                name.append(word)
                if word.lower() != bare:  # "john smith's": the name ends at its possessive
                    break
            if not name:
                continue
            bare_name = [re.sub(r"(?i)['\u2019]s?$", "", x) for x in name]
            title = w.titles.get(m.group("role").lower(), m.group("role").capitalize())
            found.append((f"{title} {' '.join(x[:1].upper() + x[1:] for x in bare_name)}", " ".join(bare_name)))
    for role in w.roles:
        for m in role.finditer(text):
            said = re.sub(r"^The\b", "the", " ".join(m.group(0).split()))  # "The leader of ..." opening a sentence
            found.append((said, said))
    return found


def named_holder(text: str) -> tuple[str, str] | None:
    """The one office-holder TEXT names (see the module's doc), or None when it names none or two."""
    found = _holders(text or "")
    distinct = {h.lower() for h, _ in found}
    return found[0] if len(distinct) == 1 else None


def asked_records(text: str, written: str) -> list[tuple[_Record, str]]:
    """The records TEXT's request sentences ask for by pointing at the holder whose name is WRITTEN so (each with the
    sentence it is asked in), in order, each once."""
    w = _words()
    if w.asks is None:
        return []
    owner = re.compile(rf"(?i)^(?:his|her|their|(?:(?:councillor|cllr\.?|the)\s+)?{re.escape(written)}['\u2019]s?)\s+")
    out: list[tuple[_Record, str]] = []
    for sentence in _SENTENCES.split(text or ""):
        ask = w.asks.search(sentence)
        if ask is None:
            continue
        pointed = False
        for item in _ITEMS.split(sentence[ask.end():]):
            item = item.strip(" .?!;:'\"")
            lead = owner.match(item)
            if lead is not None:
                pointed, rest = True, item[lead.end():]
            elif pointed:  # "his claims, the receipts" / "his claims and hotel receipts": his receipts
                rest = re.sub(r"(?i)^(?:the|all\s+the|any)\s+", "", item)
            else:
                pointed = False
                continue
            record = next((r for r in w.records if re.match(rf"(?i)(?:{r.words.pattern})\b", rest)), None)
            if record is not None and all(r is not record for r, _ in out):
                out.append((record, sentence.strip()))
    return out


_ABOUT_WORDS = frozenset(("story-reference", "read-from-story", "too-vague"))
_POINTER = re.compile(r"(?i)^\W*(?:his|her|their)\s+")


def _flat(x: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", (x or "").lower()))


def holder_parts(framing, text: str, used=()) -> None:
    """FRAMING with a part naming the holder for each record asked of the one office-holder TEXT names, in place of the
    story frames (USED, from askfoi.informal_subjects) about the same records of everyone."""
    from askfoi.framing import Frame, Qualifiers, render_frame

    if getattr(framing, "route", "foi") != "foi":
        return
    holder = named_holder(text or "")
    if holder is None:
        return
    shown, written = holder
    asked = asked_records(text, written)
    if not asked:
        return
    name = re.compile(rf"(?i)\b{re.escape(written)}\b")
    if any(p.kept_words and name.search(p.text or "") for p in framing.parts):
        return  # the person's own part names the holder already ("The register of interests for Councillor Khan")
    frames = []
    for record, sentence in asked:
        frame = Frame(kind=record.kind, subject=record.subject.replace("{holder}", shown), qualifiers=Qualifiers(),
                      source=sentence)
        frame.text = render_frame(frame)
        if frame.text:
            frames.append(frame)
    if not frames:
        return
    story = [u.frame for u in used or () if any(r.words.search(u.frame.text or "") for r, _ in asked)]
    said = {_flat(s) for _, s in asked}
    # the person's own item pointing at the holder ("His travel expense claims and hotel receipts for the trip."),
    # kept from the same sentence: the holder's parts say what "his" stands for
    story += [p for p in framing.parts if p.kept_words and _POINTER.match(p.text or "")
              and any(_flat(p.text) in s for s in said)]
    old = list(framing.parts)
    kept = [p for p in old if all(p is not s for s in story)]
    was_empty = not old
    framing.parts = frames + kept
    renumber = {n: framing.parts.index(p) + 1 for n, p in enumerate(old, 1) if p in kept}
    findings = []
    for f in framing.findings:
        n = getattr(f, "part", None)
        if n is not None and n not in renumber:
            if getattr(f, "code", "") in _ABOUT_WORDS:
                continue  # about the words of a part no longer there
            f, n = f.model_copy(update={"part": None}), None  # the letter's ("no-time-period"), whatever its parts
        if was_empty and n is None and getattr(f, "code", "") in ("too-vague", "story-reference"):
            continue  # the whole message asked back: the holder's parts answer it
        findings.append(f.model_copy(update={"part": renumber[n]}) if n is not None and renumber[n] != n else f)
    framing.findings = findings
    if was_empty:
        # what was asked back was the message as a whole: its story sentences are remarks now
        framing.remarks += [u for u in framing.unframed if _words().asks and not _words().asks.search(u)]
        framing.unframed, framing.pending = [], []
        framing.questions = [q for q in framing.questions if getattr(framing, "authority", None) is None]
