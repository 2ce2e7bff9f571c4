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
    # lw53 (nc53 #1): the nouns the part names of its own (knowledge/vocab/own_subject_words.yaml), and whether it points
    # back at another part's subject ("those notices", "them"): a part that is not environmental and names a noun no
    # environmental part names asks about a subject of its own ("the number of people in council tax arrears")
    nouns: frozenset[str] = frozenset()
    refers_back: bool = False


@dataclass(frozen=True)
class _Focus:
    name: str
    bodies: frozenset[str]
    pattern: re.Pattern
    measure_of: re.Pattern | None = None  # ck26: subjects for which the focus is itself a measure affecting them
    measure_not_bodies: frozenset[str] = frozenset()
    only_of: re.Pattern | None = None  # ck26: the focus decides only for these subjects
    bare_follows: bool = False  # ck26: a part naming no subject ("those notices") follows the letter's other parts

    def decides(self, subject: str | None, authority_type: str | None) -> bool:
        """Whether this focus takes a part about SUBJECT (the environmental words, None: none) off the EIR."""
        if self.only_of is not None and not (subject and self.only_of.search(subject)):
            return False
        if self.measure_of is not None and (authority_type or "") not in self.measure_not_bodies \
                and (self._measure_head(subject) if subject else self.bare_follows):
            # "fines for fly-tipping" from a council: enforcing the law on waste is a measure on it; "the number of
            # those notices that were paid" names no subject of its own and follows the letter's other parts
            return False
        return True

    def _measure_head(self, subject: str) -> bool:
        """Whether SUBJECT is, or ends in, a subject the focus is a measure on: "pollution", and also "water
        pollution", "river pollution", "sewage spills" (the head of the noun phrase decides what is enforced)."""
        words = subject.split()
        return any(self.measure_of.fullmatch(" ".join(words[i:])) for i in range(len(words)))


def _pattern(spec: dict, key: str) -> re.Pattern | None:
    value = spec.get(key)
    return re.compile(rf"(?i)(?:{value})") if isinstance(value, str) and value.strip() else None


@functools.lru_cache(maxsize=1)
def _focus_groups() -> tuple[_Focus, ...]:
    data, _ = load_vocab("environmental_focus")
    groups = []
    for name, spec in (data or {}).items():
        if not isinstance(spec, dict):
            continue
        terms = [t for t in spec.get("terms") or [] if isinstance(t, str) and t.strip()]
        if not terms:
            continue
        body = "|".join(f"(?:{t})" for t in terms)
        groups.append(_Focus(name, frozenset(str(b) for b in spec.get("bodies") or []),
                             re.compile(rf"(?i)\b(?:{body})\b"), _pattern(spec, "measure_of"),
                             frozenset(str(b) for b in spec.get("measure_not_bodies") or []), _pattern(spec, "only_of"),
                             bool(spec.get("bare_follows"))))
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
    if not found and re.search(r"[a-z]{4,}", asked):
        # lead40 (nc43 #11b): "polution complaints": a slip never decides the law; the words as the spelling check would
        # correct them are read when the typed ones name no environmental subject
        from askfoi.spelling import apply, suggest

        fixes = suggest(asked)
        corrected = apply(asked, fixes) if fixes else asked
        if corrected != asked and environmental_matches(corrected):
            asked, found = corrected, environmental_matches(corrected)
    first = found[0] if found else None
    for focus in _focus_groups():
        if focus.bodies and (authority_type or "") not in focus.bodies:
            continue
        for m in focus.pattern.finditer(asked):
            if _VIEW_CLAUSE.search(asked[:m.start()]):
                break  # "a briefing on whether this is a waste of money, fuel and wages": what a view is about
            headed = next((f for f in found if m.start() >= f.end() and _HEAD_GAP.match(asked[f.end():m.start()])), None)
            if first is None or (m.start() < first.start() and not _inside(m, found)) or headed is not None:
                subject = _phrase(asked, headed or first, found) if (headed or first) else None
                if not focus.decides(subject, authority_type):
                    continue
                return PartLaw(False, first.group(0) if first else None, focus.name, m.group(0))
    nouns, back = _own_nouns(asked)
    return PartLaw(first is not None, first.group(0) if first else None, nouns=nouns, refers_back=back)


@functools.lru_cache(maxsize=1)
def _own_subject_words() -> tuple[frozenset[str], frozenset[str]]:
    data, _ = load_vocab("own_subject_words")
    data = data if isinstance(data, dict) else {}
    return (frozenset(str(w).lower() for w in data.get("back_references") or []),
            frozenset(str(w).lower() for w in [*(data.get("generic") or []), *(data.get("function") or [])]))


_WORD = re.compile(r"(?<![\w&])([A-Za-z][A-Za-z&'-]*)")


def _own_nouns(text: str) -> tuple[frozenset[str], bool]:
    """The nouns TEXT names (lower case, in their singular form), leaving out the generic words, the words of the body
    asked and the names (a capitalised word past the first: places and titles qualify what is asked), and whether it
    points back at another part ("those", "them")."""
    from lemminflect import getAllLemmas

    back_words, generic = _own_subject_words()
    nouns: set[str] = set()
    back = False
    for k, m in enumerate(_WORD.finditer(text or "")):
        word = m.group(1).strip("'-")
        low = word.lower()
        if low in back_words:
            back = True
            continue
        if len(low) < 3 or low in generic or (k and word[0].isupper()):
            continue
        lemmas = getAllLemmas(low)
        if "NOUN" not in lemmas or "ADJ" in lemmas or "ADV" in lemmas:
            continue  # a word the tables do not know, or one that may be an adjective ("temporary", "first"), names nothing
        noun = lemmas["NOUN"][0]
        if noun not in generic:
            nouns.add(noun)
    return frozenset(nouns), back


def _phrase(text: str, m: re.Match, found: list[re.Match]) -> str:
    """The environmental words of M with the ones that follow it in the same noun phrase: "river" + "pollution" in
    "fines for river pollution" reads "river pollution", whose head (pollution) is what is enforced."""
    end = m.end()
    for f in found:
        if f.start() >= end and re.fullmatch(r"[\s-]*", text[end:f.start()]):
            end = f.end()
    return text[m.start():end]


def _inside(m: re.Match, found: list[re.Match]) -> bool:
    return any(f.start() <= m.start() < f.end() for f in found)


def letter_law(laws: list[PartLaw], topic_environmental: bool = False) -> str:
    """The letter's law from its parts' PartLaw: "FOIA" when no part is environmental (FOIA standing for the body's
    own Act, FOISA in Scotland); "EIR" when some are and none has a focus of its own that is not (a part that names
    neither, "who made the decision", asks about the letter's environmental subject); "mixed" otherwise.
    TOPIC_ENVIRONMENTAL (lw53): the message names an environmental subject outside its environmental parts, so a part
    naming other nouns still asks about that subject (own_subject is not read)."""
    if not any(law.environmental for law in laws):
        return "FOIA"
    if topic_environmental:
        # lw53: a message whose own words outside its environmental parts name an environmental subject ("the ULEZ
        # cameras on my road ...") asks about that subject throughout: only a part's own focus takes it off the EIR
        return "mixed" if any(law.focus for law in laws) else "EIR"
    return "mixed" if any(own_subject(law, laws) for law in laws) else "EIR"


def own_subject(law: PartLaw, laws: list[PartLaw]) -> bool:
    """Whether the part whose PartLaw is LAW, in a letter of LAWS, goes under the Act on its own account: it is not
    environmental and has a focus of its own ("litter enforcement officers"), or names nouns of which no environmental
    part of the letter names any, and points back at none ("the total spent on agency nurses" beside "whether the
    incinerator is polluting the air"); lw53 (nc53 #1). "The number of tonnes removed", "who decided it" and "the number
    of complaints that led to action" beside "noise complaints" follow the environmental parts."""
    if law.environmental:
        return False
    if law.focus:
        return True
    if law.refers_back or not law.nouns:
        return False
    named = frozenset().union(*(other.nouns for other in laws if other.environmental))
    return not law.nouns & named  # a noun shared with an environmental part ("roads", "funding"): the same subject


def topic_environmental(text: str, environmental_sources: list[str]) -> bool:
    """lw53: whether TEXT (a first message) names an environmental subject outside the sentences its environmental parts
    were framed from (ENVIRONMENTAL_SOURCES): then the message as a whole is about that subject. A source not found in
    TEXT as written leaves the message whole (then the subject is found, and the letter stays under the EIR)."""
    from askfoi.checks import environmental_matches

    rest = text or ""
    for source in environmental_sources:
        said = re.escape((source or "").strip().rstrip(".?!").strip())
        if said:
            rest = re.sub(rf"(?i){said}", " ", rest, count=1)
    return bool(environmental_matches(asked_text(rest)))
