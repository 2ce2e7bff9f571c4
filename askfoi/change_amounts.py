"""How much something has been cut (or raised), put as the amounts year by year (issue 8, nc79 #7; nx82).

"how much school funding has been cut over the last 3 years" was framed "The amount of school funding cut.": a
characterisation, not a record (a body records what it spent or allocated, not "the cut"). What shows a cut is the
amount in each year, so the part asks "The amount of school funding, broken down by year." The same for a question
kept in the person's words ("how much has the bus subsidy been cut since 2022", "how much has the council cut the
youth service budget by"). The verbs of change are in knowledge/vocab/count_words.yaml (`change_verbs`).
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _verbs() -> str:
    data, _ = load_vocab("count_words")
    words = [str(w) for w in ((data or {}).get("change_verbs") or []) if str(w).strip()] if isinstance(data, dict) else []
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) or "cut"


def _kept_change(question: str) -> str | None:
    """The thing whose amount changed, when QUESTION (kept whole) asks how much it was cut or raised."""
    verbs = _verbs()
    text = " ".join((question or "").split())
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+)?how\s+much\s+(?:has|have|had|did)\s+(?:they|you|it|the\s+[a-z]+|(?-i:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}))\s+"
                     r"(?:" + verbs + r")\s+(?:the\s+(?P<the>))?(?P<thing>[a-z][\w' -]*?)(?:\s+by)?(?=\s+(?:since|over|in|during|from|between|for|this|last)\b|\s*[?.!]|\s*$)", text)
    if m is None:  # (the doer first: "how much has the council cut the youth budget by")
        m = re.match(r"(?i)^\W*(?:and\s+|also\s+)?how\s+much\s+(?:has|have|had|was|were|did)\s+(?:the\s+(?P<the>))?(?P<thing>[a-z][\w' -]*?)\s+"
                     r"(?:been\s+|gone\s+|got\s+)?(?:" + verbs + r")\b(?:\s+by)?(?=\s|[?.!]|$)", text)
    if m is None:
        return None
    thing = m.group("thing").strip()
    if len(thing.split()) > 6 or re.match(r"(?i)(?:since|over|in|during|from|between|for|this|last)\b", thing) or re.match(r"(?i)(?:it|they|this|that|them)$", thing):
        return None
    return ("the " if m.group("the") is not None else "") + thing


def reframe_change_amounts(framing) -> int:
    """FRAMING's parts asking how much something was cut or raised, as the amount year by year. Returns how many."""
    from askfoi.framing import Frame, render_frame

    verbs = re.compile(r"(?i)^(?:been\s+)?(?:" + _verbs() + r")(?:\s+by)?$")
    changed = 0
    for k, part in enumerate(framing.parts):
        if part.warning or part.qualifiers.breakdown:
            continue
        if part.kind == "figure" and not part.kept_words and part.head.strip() == "amount of" and part.subject \
                and verbs.match((part.clause or "").strip()):
            part.clause = ""
            part.qualifiers.breakdown = "year"
            part.text = render_frame(part)
            changed += 1
            continue
        thing = _kept_change(part.source or part.text) if part.kept_words else None
        if thing:
            the = thing.lower().startswith("the ")
            frame = Frame(kind="figure", head="amount of the " if the else "amount of ",
                          subject=re.sub(r"(?i)^the\s+", "", thing), article=the, source=part.source)
            frame.qualifiers.breakdown = "year"
            frame.text = render_frame(frame)
            if frame.text:
                framing.parts[k] = frame
                changed += 1
    return changed
