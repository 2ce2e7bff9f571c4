"""A yes/no question that asks the authority to judge something, put as the records that would show it (lf61, nc58 #5).

"is the cladding on the tower safe?", "was the decision to close the library fair?", "was the investigation into my
complaint done properly?", "whether the cladding is acm or unsafe": no authority has to give a judgement under FOI,
but it holds the records that would show one (the fire risk assessment, the inspection report, the decision record).
The clause is read by its grammar: a copula ("is/are/was/were"), the subject noun phrase and a judgement predicate
of a class in knowledge/vocab/judgement_asks.yaml (safety, fairness, quality), inverted as a question or in
statement order after "whether"/"if". The part is rendered from a frame (kind "shown_by", prompts/frames/shown_by.j2):
the class's records for the subject, chosen by the words of the subject alone; the sentence is never edited. A
clause no shape fits, or whose subject is only a pointer ("is it safe") or the body itself, is left to the other
readings.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from askfoi.knowledge import load_vocab

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Frame

_POINTERS = frozenset("it this that they them these those there he she him her here".split())
_BE = r"(?P<be>is|are|was|were|isn't|aren't|wasn't|weren't|isnt|arent|wasnt|werent)"
_ADV = r"(?:(?:really|actually|still|now|even|currently|honestly|definitely|truly|genuinely|totally|completely|fully)\s+)?"
# what may follow the predicate: "to live in", "enough", "now", "after the fire", "for residents"
_TAIL = (r"(?P<tail>(?:\s+(?:to\s+\w+(?:\s+(?:in|on|at|with|near))?|enough|now|anymore|any\s+more|at\s+all|"
         r"(?:after|since|following)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}|for\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}))*)")
_END = r"\s*[?.!]*\s*$"


@dataclass
class Judged:
    subject: str  # the thing judged, in the person's words ("the cladding on our block")
    be: str  # the copula as asked ("is", "was")
    judged: str  # the judgement as typed ("safe to live in", "done properly")
    cls: str  # safety | fairness | quality
    head: str  # the records, before the subject
    clause: str  # a second record after the subject ("and any record of how it was carried out"), or ""


@functools.lru_cache(maxsize=1)
def _classes() -> tuple[tuple[str, re.Pattern, tuple[tuple[frozenset, str, str], ...]], ...]:
    data, _ = load_vocab("judgement_asks")
    out = []
    for name, spec in ((data or {}).get("classes") or {}).items():
        preds = sorted((str(p).lower() for p in spec.get("predicates") or []), key=len, reverse=True)
        if not preds:
            continue
        alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in preds)
        records = tuple((frozenset(str(w).lower() for w in r.get("words") or []), str(r.get("head") or ""),
                         str(r.get("clause") or "")) for r in spec.get("records") or [])
        out.append((str(name), re.compile(rf"(?i)(?P<pred>(?:[\w'-]+\s+or\s+)?(?:{alt}))\b"), records))
    return tuple(out)


def _records(subject: str, records: tuple[tuple[frozenset, str, str], ...]) -> tuple[str, str] | None:
    low = " " + re.sub(r"[^\w'-]+", " ", subject.lower()) + " "
    for words, head, clause in records:
        if not words or any(f" {w} " in low for w in words):
            return (head, clause) if head else None
    return None


def _subject_ok(np: str, body: str | None) -> bool:
    from askfoi.view_acts import _is_body

    words = [w.lower().strip(".,'") for w in np.split()]
    if not words or all(w in _POINTERS for w in words) or words[0] in _POINTERS | {"you", "we", "i", "u"}:
        return False
    if len(words) > 14 or re.search(r"(?i)\b(?:and|but|because|so|if|when|how|what|why|who)\b", np) and len(words) > 8:
        return False
    return not _is_body(np, body)


def judged(clause: str, body: str | None = None) -> Judged | None:
    """CLAUSE (one question, as typed) read as a judgement asked of the authority, or None."""
    from askfoi.view_acts import _EMBED, _clean

    c = _clean(clause or "")
    embedded = False
    m = _EMBED.match(c.lower())
    if m:
        c, embedded = c[m.end():], True
    w = re.match(r"(?i)(?:i\s+(?:want|would\s+like|'d\s+like|need)\s+to\s+(?:know|ask)(?:\s+\w+){0,5}?\s+|(?:and\s+)?)"
                 r"(?:whether|if)\s+", c)
    if w:
        c, embedded = c[w.end():], True
    for name, pred, records in _classes():
        shapes = [rf"(?i)^{_BE}\s+(?P<np>.+?)\s+{_ADV}{pred.pattern[4:]}{_TAIL}{_END}"]
        if embedded:
            shapes.append(rf"(?i)^(?P<np>.+?)\s+{_BE}\s+{_ADV}{pred.pattern[4:]}{_TAIL}{_END}")
        for shape in shapes:
            m = re.match(shape, c)
            if m is None:
                continue
            np = m.group("np").strip(" ,")
            if not _subject_ok(np, body):
                continue
            got = _records(np, records)
            if got is None:
                continue
            be = m.group("be").lower().replace("n't", "").replace("nt", "") if m.group("be").lower().endswith(("n't", "nt")) \
                else m.group("be").lower()
            judged_words = (m.group("pred") + (m.group("tail") or "")).strip()
            return Judged(subject=np, be=be, judged=judged_words, cls=name, head=got[0], clause=got[1])
    return None


def judged_frame(clause: str, body: str | None = None, source: str | None = None) -> "Frame | None":
    """The part that asks for the records that would show the judgement CLAUSE asks for, rendered from its frame
    (why "judged:<subject>"), or None when CLAUSE asks none."""
    from askfoi.framing import Frame, capitalise_names, render_frame

    j = judged(clause, body)
    if j is None:
        return None
    subject = capitalise_names(j.subject) or j.subject
    frame = Frame(kind="shown_by", head=j.head, subject=subject, clause=j.clause, source=source or clause,
                  why=f"judged:{subject}")
    frame.text = render_frame(frame)
    return frame if frame.text else None


def judgement_findings(parts: list["Frame"], findings: list) -> list:
    """A low finding (prompts/frames/judgement_asked.j2) for each part made from a judgement asked, naming the part
    and the records it asks instead, unless FINDINGS already hold one for it."""
    from askfoi.checks import Finding
    from askfoi.templates import render

    have = {(getattr(f, "code", ""), getattr(f, "part", None)) for f in findings}
    said = " ".join(str(getattr(f, "evidence", "") or "") + " " + str(getattr(f, "message", "") or "") for f in findings
                    if getattr(f, "code", "") == "not-recorded-information").lower()
    out = []
    for n, part in enumerate(parts, 1):
        mode = (part.why or "").split(":", 1)[0]
        if mode not in ("judged", "position") or ("judgement-asked", n) in have or part.kept_words:
            continue
        # the person's words, without the lead askfoi put on an embedded yes/no ("please confirm whether ...")
        question = re.sub(r"(?i)^please\s+confirm\s+(?=whether\b)", "", " ".join((part.source or "").split()))[:160]
        if not question or question.lower() in said:
            continue  # already said by the not-recorded-information finding on the same question
        j = judged(part.source or "") if mode == "judged" else None
        if mode == "judged" and j is None:
            continue
        message, _, suggestion = render("frames/judgement_asked.j2", question=question, view=mode == "position",
                                        subject=part.subject or (j.subject if j else ""), be=j.be if j else "",
                                        judged=j.judged if j else "", part=n,
                                        record=part.text).partition("\n---\n")
        out.append(Finding(code="judgement-asked", severity="low", evidence=(part.source or "").strip()[:160],
                           message=" ".join(message.split()), suggestion=" ".join(suggestion.split()), part=n))
    return out
