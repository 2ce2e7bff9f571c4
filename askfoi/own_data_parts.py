"""ny70 (nc70 #5): the parts a reply would neither confirm nor deny because they would be the requester's own personal
data ("5. ... neither confirm nor deny ... by virtue of Section 40(5) ... Any information about you would be your own
personal data; you may request it by making a subject access request"). Such a part is its own decision: not grouped
with the covert parts' s23/s24/s31, not argued in a review, and the person is told the route is subject access (a
police force's law-enforcement records: section 45 of the Data Protection Act 2018). The words are data:
knowledge/vocab/own_data_parts.yaml. Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import compile_any, load_vocab


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    data = _data()
    police = data.get("police")
    return (frozenset(str(s) for s in data.get("ncnd") or []), compile_any(str(p) for p in data.get("said") or []),
            re.compile(str(police)) if police else None)


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    data, _ = load_vocab("own_data_parts")
    return data if isinstance(data, dict) else {}


@functools.lru_cache(maxsize=1)
def _passed() -> re.Pattern[str] | None:
    return compile_any(str(p) for p in _data().get("passed") or [])


def part_text(reply: str | None, number: str) -> str:
    """nz73 (nc73 #7): the reply's own answer to part NUMBER, as written: from the line that opens with its number
    ("4. My occupational health file.", "Part 4:", "Q4)") to the next line that opens with another number ("" when no
    line opens with it). The reader keeps only a part's decision sentences; what it does next ("We will instead treat
    this part as a subject access request") is often in the sentence after."""
    if not reply:
        return ""
    label = re.compile(r"^\s*(?:(?:part|question|q|request)\s*)?(\d{1,2})\s*[.):]", re.IGNORECASE)
    out: list[str] = []
    inside = False
    for line in reply.splitlines():
        m = label.match(line)
        if m:
            if inside:
                break
            inside = m.group(1) == number
        if inside:
            out.append(line.strip())
    return " ".join(x for x in out if x)


def passed_as_sar(reading, answers: dict[str, str] | None = None, reply: str | None = None) -> list[str]:
    """ny70 (nc70 #11): the numbers of READING's parts not given that the reply passed to its data protection team to be
    dealt with as a subject access request: a separate reply is due within one calendar month, not a refusal to argue.
    REPLY (nz73): the reply's text, whose own answer to a part is read when ANSWERS has none for it."""
    passed = _passed()
    out = []
    for p in getattr(reading, "parts", None) or []:
        if getattr(p.outcome, "value", "") in ("disclosed", "published"):
            continue
        text = (answers or {}).get(p.number) or part_text(reply, p.number) or " ".join(p.evidence)
        if passed is not None and passed.search(" ".join((text or "").split())):
            out.append(p.number)
    return out


def own_data_parts(reading, answers: dict[str, str] | None = None) -> list[str]:
    """The numbers of READING's parts refused under an own-data provision alone (nz82: s40(1), vocab `refused`), and
    those answered NCND under an own-data provision only, whose own answer (ANSWERS: number
    -> the answer's text, else the part's evidence) says it would be the requester's own data or points to subject
    access."""
    provisions, said, _ = _vocab()
    refused = frozenset(str(s) for s in _data().get("refused") or [])
    out = []
    for p in getattr(reading, "parts", None) or []:
        if not p.ncnd and getattr(p.outcome, "value", "") == "refused" and p.sections and all(
                s in refused for s in p.sections):
            out.append(p.number)  # nz82 (nc82 #1): refused as the requester's own data (s40(1)): subject access
            continue
        if not (p.ncnd or getattr(p.outcome, "value", "") == "ncnd") or not p.sections:
            continue
        if not all(s in provisions for s in p.sections):
            continue
        text = (answers or {}).get(p.number) or " ".join(p.evidence)
        if said is not None and said.search(text or ""):
            out.append(p.number)
    return out


def relatives_data_parts(reading, reply: str | None) -> list[tuple[str, str, str, str]]:
    """ny91 (nc88 #12): the parts READING's reply refused as other people's personal data (FOIA 40(2), FOISA 38(1)(b),
    EIR 13, EISR 11(2): a personal-data provision that is not an own-data one) whose own answer in REPLY says they are
    about the requester's relative ("the records relating to your mother"): (number, relation as written, kind
    "child"/"parent"/..., pronoun "he"/"she"/"they"). That person has the right to them by subject access, which the
    requester can make for them (a neighbour or a landlord is no one the requester acts for: never listed)."""
    from askfoi.reader import _PERSONAL_FAMILIES
    from askfoi.whose_records import _vocab as _whose

    kinds = _whose()["kinds"]
    words = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in kinds), key=len, reverse=True))
    if not words:
        return []
    yours = re.compile(rf"(?i)\byour\s+(?P<rel>{words})(?:'s)?\b")
    own = frozenset(str(s) for s in _data().get("refused") or [])
    families = tuple(f.replace(" ", "") for f in _PERSONAL_FAMILIES)
    out = []
    for p in getattr(reading, "parts", None) or []:
        if getattr(p.outcome, "value", "") not in ("refused", "part_disclosed", "ncnd") or not p.sections:
            continue
        if not any(s.replace(" ", "").startswith(families) and s not in own for s in p.sections):
            continue
        m = yours.search(" ".join((part_text(reply, p.number) or " ".join(p.evidence)).split()))
        kind, pronoun = kinds.get(" ".join(m.group("rel").lower().split()), ("other", "they")) if m else ("other", "they")
        if m and kind != "other":
            out.append((p.number, " ".join(m.group("rel").lower().split()), kind, pronoun))
    return out


def whole_reply_own(reading) -> bool:
    """nr88 (nc88 #7): a reply with no numbered parts whose personal-data provisions are all own-data ones (vocab
    `refused`: FOIA s40(1), FOISA s38(1)(a), ...; "Whether your vehicle has been recorded: ... Section 40(1) applies"):
    what it held back as personal data is the requester's own, not other people's."""
    if getattr(reading, "parts", None):
        return False
    refused = frozenset(str(s) for s in _data().get("refused") or [])
    sections = [str(s) for s in getattr(reading, "sections", None) or []]
    own = [s for s in sections if s in refused]
    from askfoi.reader import _PERSONAL_FAMILIES

    families = tuple(f.replace(" ", "") for f in _PERSONAL_FAMILIES)
    others = [s for s in sections if s not in refused and s.replace(" ", "").startswith(families)]
    return bool(own) and not others


def without_parts(reading, numbers: list[str]):
    """READING without the parts NUMBERS, and without the sections only they cited."""
    if not numbers:
        return reading
    keep = [p for p in reading.parts if p.number not in numbers]
    cited = {s for p in keep for s in p.sections}
    gone = {s for p in reading.parts if p.number in numbers for s in p.sections} - cited
    return reading.model_copy(update={"parts": keep, "sections": [s for s in reading.sections if s not in gone]})


def police_body(authority: str | None, text: str | None = None) -> bool:
    """Whether the body is a police force (its law-enforcement records: DPA 2018 s45): the body named, else the body
    the reply says wrote it. nz82 (nc82 #1): never a force the reply only mentions ("recorded by ... Police")."""
    _, _, police = _vocab()
    if not authority and text:
        from askfoi.reply_sender import reply_sender

        authority = reply_sender(text) or ""
    return bool(police and police.search(authority or ""))


def footage_kept(reading, numbers: list[str], reply: str | None = None) -> tuple[bool, str]:
    """nz82 (nc82 #1): whether the own-data parts NUMBERS are about recordings (CCTV, body-worn video, call
    recordings), and how long the reply says it keeps them ("31 days"; '' when it does not say)."""
    data = _data()
    footage = re.compile(str(data["footage"])) if data.get("footage") else None
    kept = re.compile(str(data["kept"])) if data.get("kept") else None
    texts = [" ".join(p.evidence) + " " + part_text(reply, p.number) for p in getattr(reading, "parts", None) or []
             if p.number in numbers]
    found = bool(footage and any(footage.search(t) for t in texts))
    said = next((m.group(1) for t in texts for m in [kept.search(" ".join(t.split())) if kept else None] if m), "")
    return found, said
