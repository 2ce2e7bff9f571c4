"""nx88 (nc85 #7, issue 8): a part that lost the subject the person named.

People ask about one thing, then go on in short questions that lean on the first: "how many damp and mould complaints
have cardiff council had in council homes, how much did they spend on repairs, who is the contractor". The officer
reads each numbered part alone: "The total amount spent on repairs." is every repair the council paid for. Which
repairs were meant is the person's to say (all repairs may be what they want), so nothing is rewritten here; the
review says it, so it never reports "nothing an FOI officer would push back on" for such a letter.

`lost_subjects(framing)`: a part whose subject is one bare word (no word before it, no place, no clause, nothing it is
about), asked after a part whose subject is narrowed (words before its head, or a place or clause after it), gets one
finding naming the narrowed part and an example of the bare word said with its narrowing. Parts with the same bare
subject share one finding.
"""

from __future__ import annotations

import re

from askfoi.templates import render

_KINDS = frozenset("count total_spend follow_on reasons contracts statistics".split())
_ARTICLE = re.compile(r"(?i)^(?:the|a|an|any|all)\s+")
_LEAD = re.compile(r"(?i)^the\s+(?:total\s+)?number\s+of\s+(?=[^.,;]+\.?$)")
_PREP = re.compile(r"(?i)^(?:in|at|on|for|of|by|across|within)\s+")


def _words(subject: str | None) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'-]*", _ARTICLE.sub("", subject or ""))


def _bare(part) -> str | None:
    """PART's subject when it is one bare word, said in the part as it stands (not narrowed by what follows it)."""
    if part.kind not in _KINDS or part.kept_words or getattr(part, "clause", None):
        return None
    q = part.qualifiers
    if q.place or q.about or q.on or q.breakdown or q.fields:
        return None
    words = _words(part.subject)
    if len(words) != 1 or not words[0].islower():
        return None
    said = re.search(rf"(?i)\b{re.escape(words[0])}\b(.*)$", part.text or "")
    if said is None or re.match(r"\s+(?:in|at|on|for|of|by|from|about|to|under|with|who|that|which)\b", said.group(1)):
        return None
    return words[0]


def _narrowing(part) -> tuple[str, str] | None:
    """(the part's topic as the part says it, the narrowing that could be carried) when PART's subject is narrowed."""
    if part.kind not in _KINDS | {"policy"} or part.kept_words:
        return None
    words = _words(part.subject)
    if not words:
        return None
    clause = (getattr(part, "clause", None) or "").strip()
    place = part.qualifiers.place
    before = " ".join(words[:-1])
    after = clause if _PREP.match(clause) else (f"{part.qualifiers.place_prep} {place}" if place else "")
    if not before and not after:
        return None
    topic = _LEAD.sub("", (part.text or "").strip()).rstrip(".") if _LEAD.match(part.text or "") else \
        " ".join(x for x in (part.subject, clause if clause else after) if x)
    narrowing = " ".join(x for x in (before or part.subject, after) if x)
    return topic, narrowing


def lost_subjects(framing) -> int:
    """Add the lost-subject finding to FRAMING (see the module's doc); the number of findings added."""
    from askfoi.checks import Finding

    parts = list(framing.parts)
    if len(parts) < 2:
        return 0
    found: dict[str, tuple[list[int], tuple[str, str]]] = {}
    narrowed: tuple[int, tuple[str, str]] | None = None
    for k, part in enumerate(parts, 1):
        bare = _bare(part)
        if bare and narrowed is not None and bare.lower() not in narrowed[1][0].lower():
            found.setdefault(bare.lower(), ([], narrowed[1]))[0].append(k)
            continue
        if narrowed is None and (n := _narrowing(part)) is not None:
            narrowed = (k, n)
    for bare, (numbers, (topic, narrowing)) in found.items():
        framing.findings.append(Finding(
            code="lost-subject", severity="medium", evidence=bare, part=numbers[0],
            message=render("frames/lost_subject.j2", parts=numbers, word=bare, first=narrowed[0], topic=topic).strip(),
            suggestion=render("frames/lost_subject_fix.j2", word=bare, narrowing=narrowing).strip()))
    return len(found)
