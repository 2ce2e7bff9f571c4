"""env17: whether a part asks for environmental information, decided from what it asks for, and the letter's law
from its parts.

The EIR apply to information ON the elements of the environment, the factors affecting them and the measures
affecting them (EIR reg 2(1)(a)-(f)). An environmental word anywhere in a message does not make it so: "wildlife
crime" asked of a police force is about policing, "fixed penalty notices for littering" about enforcement, "litter
enforcement officers" about staff, "claims for pothole damage" about claims (while the cost of an environmental
measure is information on that measure). A part is environmental when it names
an environmental subject (knowledge/vocab/environmental_subjects.yaml and the environmental-information check's
rules) outside its examples, and what it counts or asks for is not one of the focuses of
knowledge/vocab/environmental_focus.yaml that comes before that subject or heads its noun phrase. A letter is under
the EIR when all its parts are; when only some are, it is under FOIA (FOISA) and those parts may be handled under
the EIR (EISR), which is what authorities do.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

# an example or a list of categories inside a part: "(e.g. ...)", "such as ...", "i.e. ...": what is asked is its head
_EXAMPLE = re.compile(
    r"(?i)\((?:e\.?g\.?|i\.?e\.?|for\s+example|for\s+instance|such\s+as|including)\W[^)]*\)?"
    r"|\b(?:e\.g|i\.e)\b\.?[^?!;\n]*|\b(?:for\s+example|for\s+instance|such\s+as|including)\b[^.?!;\n]*")
# words between an environmental subject and a focus that make the focus the subject's own head ("wildlife crime",
# "flood defence budget", "litter enforcement officers"): up to two plain words, no verb, preposition or comma
_HEAD_GAP = re.compile(r"(?i)^[\s-]*(?:(?!(?:of|on|in|for|to|from|by|with|and|or|at|about|was|were|is|are|has|have|had|did|"
                       r"been|be|the|a|an)\b)[a-z'-]+\s+){0,2}$")


# a clause that says what a view or a reason is about, never what is counted ("whether ...", "why ...")
_VIEW_CLAUSE = re.compile(r"(?i)\b(?:whether|why)\b")


@dataclass(frozen=True)
class PartLaw:
    """What one part asks for, as far as the law goes: `environmental` (its subject is environmental information),
    `subject` (the environmental words found, if any) and `focus` (the focus group of what it asks for when that is
    not environmental: "policing", "enforcement", "staffing", "claims", "people_by_cause"; None when it names none).
    A part with neither a subject nor a focus ("who made the decision") follows the letter's other parts."""
    environmental: bool
    subject: str | None = None
    focus: str | None = None
    focus_words: str | None = None


@functools.lru_cache(maxsize=1)
def _focus_groups() -> tuple[tuple[str, frozenset[str], re.Pattern], ...]:
    data, _ = load_vocab("environmental_focus")
    groups = []
    for name, spec in (data or {}).items():
        if not isinstance(spec, dict):
            continue
        terms = [t for t in spec.get("terms") or [] if isinstance(t, str) and t.strip()]
        if not terms:
            continue
        body = "|".join(f"(?:{t})" for t in terms)
        groups.append((name, frozenset(str(b) for b in spec.get("bodies") or []), re.compile(rf"(?i)\b(?:{body})\b")))
    return tuple(groups)


def asked_text(text: str) -> str:
    """TEXT with its examples and categories left out ("such as fly tipping", "i.e. reports of noise nuisance")."""
    return _EXAMPLE.sub(" ", text or "")


def part_law(text: str, authority_type: str | None = None) -> PartLaw:
    """Whether the part TEXT (a question or a rendered part) asks for environmental information when asked of a body of
    AUTHORITY_TYPE (an askfoi.models.AuthorityType value, e.g. "police", "council"; None when unknown)."""
    from askfoi.checks import environmental_matches

    asked = asked_text(text)
    found = environmental_matches(asked)
    first = found[0] if found else None
    for name, bodies, pattern in _focus_groups():
        if bodies and (authority_type or "") not in bodies:
            continue
        for m in pattern.finditer(asked):
            if _VIEW_CLAUSE.search(asked[:m.start()]):
                break  # "a briefing on whether this is a waste of money, fuel and wages": what a view is about
            if first is None or (m.start() < first.start() and not _inside(m, found)) \
                    or any(m.start() >= f.end() and _HEAD_GAP.match(asked[f.end():m.start()]) for f in found):
                return PartLaw(False, first.group(0) if first else None, name, m.group(0))
    return PartLaw(first is not None, first.group(0) if first else None)


def _inside(m: re.Match, found: list[re.Match]) -> bool:
    return any(f.start() <= m.start() < f.end() for f in found)


def letter_law(laws: list[PartLaw]) -> str:
    """The letter's law from its parts' PartLaw: "FOIA" when no part is environmental (FOIA standing for the body's
    own Act, FOISA in Scotland); "EIR" when some are and none has a focus of its own that is not (a part that names
    neither, "who made the decision", asks about the letter's environmental subject); "mixed" otherwise."""
    if not any(law.environmental for law in laws):
        return "FOIA"
    return "mixed" if any(law.focus for law in laws) else "EIR"
