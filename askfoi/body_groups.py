"""A message whose questions are put to different bodies ("how much did Bristol City Council spend on consultants?
also ... and separately do Avon and Somerset Police use drones"): each question with the body it is put to.

A request goes to one body, and no body is asked for another's information: the first body's questions make this
request; each other body's questions are a separate request (kept as a note, offered next). A question that names
no body goes with the body named before it ("also how many potholes were reported on Gloucester Road")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# where a clause that puts a new question starts ("..., and separately do ...", "... and how many burglaries did")
_NEW_QUESTION = re.compile(
    r"(?i)(?:[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+|\s+(?=(?:separately|also|secondly|plus)\b))"
    r"(?:(?:separately|also|secondly|another\s+thing|plus|then)\s*,?\s+)?"
    r"(?=(?:how|what|which|who|do|does|did|is|are|has|have|can|could|will|when|where|why|whether)\b)")


@dataclass
class BodyGroup:
    authority: str  # the body's name as askfoi knows it
    named: str  # as the message named it
    questions: list[str] = field(default_factory=list)


def _clauses(question: str) -> list[str]:
    """QUESTION cut where a new question starts inside it (only used to find which body each one is put to)."""
    cuts = [m.start() for m in _NEW_QUESTION.finditer(question) if m.start() > 0]
    out, start = [], 0
    for at in cuts:
        out.append(question[start:at])
        start = at
    out.append(question[start:])
    return [c.strip(" ,;") for c in out if re.search(r"[^\W\d_]{3,}", c)]


_ASKS = re.compile(r"(?i)^\W*(?:(?:and|but|also|separately|secondly|plus|then)\b[\s,]*)*(?:how|what|which|who|do|does|did|is|"
                   r"are|was|were|has|have|can|could|will|would|when|where|why|whether|please|send|provide|give|i\s+(?:would|"
                   r"want|need|wish)|i'd)\b")
_POINTS_BACK = re.compile(r"(?i)\b(?:them|they|it|its|their|theirs|those|these|that\s+one)\b")


def _asks_on_its_own(clause: str) -> bool:
    """CLAUSE asks something (not "using figures from Public Health Scotland", "my cousin in the PSNI says ...") and
    does not point back to the question before it ("and is the Environment Agency prosecuting them": a question
    about the first body's doings, said of that request by askfoi.framing's another-body finding)."""
    return bool(_ASKS.match(clause)) and not _POINTS_BACK.search(clause)


def _place_only(clause: str, named: str) -> bool:
    """Lead (session 31): NAMED, the words CLAUSE names its body by, are a bare place said after a preposition ("how
    many potholes in leeds and how many in york"): the place the figures are for, which the framing keeps as a
    place, not a body the question is put to ("how much did bristol spend" still names Bristol's council)."""
    from askfoi.authorities import _kinds_named, normalise

    if not named or _kinds_named(normalise(named)):
        return False
    return bool(re.search(r"(?i)\b(?:in|at|around|near|across|within|for|from)\s+(?:the\s+)?" + re.escape(named) + r"\b",
                          clause))


def body_groups(text: str) -> list[BodyGroup]:
    """The bodies TEXT's questions are put to, in order, each with its questions; [] when they go to one body (or to
    none named)."""
    from askfoi.framing import _request_preface, find_authority
    from askfoi.questions import split_questions

    groups: list[BodyGroup] = []
    current: BodyGroup | None = None
    loose: list[str] = []  # questions before any body is named
    from askfoi.complaint_acts import views_apart

    for question in views_apart(split_questions(text or "")):  # ck50: a view asked names no body the request is put to
        if _request_preface(question):
            continue  # fx100: "Please find attached a request for X and a separate request to Y": hands the letter over
        for clause in _clauses(question):
            found, _ = find_authority(clause, None) if _asks_on_its_own(clause) else (None, None)
            if found is not None and _place_only(clause, found.from_text or ""):
                found = None  # "and how many in york": a place the figures are for, not a body asked
            if found is not None and (current is None or found.name != current.authority):
                current = next((g for g in groups if g.authority == found.name), None)
                if current is None:
                    current = BodyGroup(authority=found.name, named=found.from_text)
                    groups.append(current)
            if current is None:
                loose.append(clause)
            else:
                current.questions.append(clause)
    if len(groups) < 2:
        return []
    groups[0].questions[:0] = loose
    return groups


def without_joiner(question: str) -> str:
    """QUESTION without the joining words it was cut from ("and separately do ..." -> "Do ..."), with a capital."""
    q = re.sub(r"(?i)^\W*(?:(?:and|but|also|separately|secondly|plus|then)\b[\s,]*)+", "", question).strip()
    return q[:1].upper() + q[1:] if q else question.strip()
