"""A body a message names only by its kind: "the housing association", "my gp", "the hospital", "st marys
primary". askfoi cannot tell which one is meant, so the chatbot asks which, naming the kind (issue 8, org14).

Data: knowledge/vocab/unnamed_bodies.yaml (each kind's words, how the question names it, an example name);
the question: prompts/frames/which_body.j2.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class UnnamedBody:
    kind: str  # the kind's key in unnamed_bodies.yaml ("gp")
    label: str  # how the question names it ("GP surgery")
    typed: str  # as the message named it ("my gp", "st marys primary")
    example: str  # a body of that kind, for the question
    not_council: bool = False  # a place's council is never a body of this kind ("my gp in leeds")
    service: str = ""  # ck35: what the message asks that only this kind of body records ("speed camera van")


# what stands before a kind named without a name: "the", "my", "our local", "my son's", "the kids'"
_BEFORE = (r"(?:the|my|our|their|his|her|your|this|that|local|nearest|my\s+local|our\s+local|the\s+local|"
           r"my\s+(?:son|daughter|child|children|kids|mum|mother|dad|father|nan|gran|husband|wife|partner)(?:['\u2019]s?|s)?|"
           r"the\s+(?:kids|children)['\u2019]?)")
# ck25b: "whether a local council or another NHS trust contributed": a kind after an indefinite word names no body
_INDEFINITE = r"(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?<!\bother\s)(?<!\banother\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bsome\s)(?<!\bno\s)"
# the kind as the first word of a compound that names something else: "the school bus", "a gp appointment", "the
# council tax", "a police station", "the hospital car park"
_NOT_MODIFIER = (r"(?!\s+(?:bus|buses|run|runs|car|cars|tax|house|houses|estate|estates|appointment|appointments|meals?|"
                 r"places?|transport|holidays?|uniforms?|trips?|leavers?|year|years|term|terms|catchment|admissions?|"
                 r"station|stations|officers?|cells?|tenants?|flats?|rent|rents|waiting|beds?|parking)\b)")
# a school named by its saint, as people type it: "st marys primary", "St. John's C of E school"
_SAINT = re.compile(r"(?i)\b(?:st\.?|saint)\s+[a-z]+(?:['\u2019]?s)?\s+(?:(?:c\s*of\s*e|rc|catholic|church\s+of\s+england|"
                    r"ce|infants?|juniors?|primary|secondary|high|grammar)\s+)*(?:primary|secondary|school|academy|"
                    r"infants|juniors|high\s+school|college)\b")


@functools.lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, str, str, re.Pattern[str], bool], ...]:
    data, _ = load_vocab("unnamed_bodies")
    kinds = (data or {}).get("kinds") if isinstance(data, dict) else None
    out = []
    for key, spec in (kinds or {}).items():
        if not isinstance(spec, dict):
            continue
        words = sorted({str(w).lower() for w in spec.get("words") or []}, key=len, reverse=True)
        if not words:
            continue
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        pattern = re.compile(rf"(?i){_INDEFINITE}\b{_BEFORE}\s+(?P<kind>{alternation})(?:['\u2019]s?)?(?![\w&'-]){_NOT_MODIFIER}")
        out.append((str(key), str(spec.get("label") or key), str(spec.get("example") or ""), pattern,
                    bool(spec.get("not_council"))))
    return tuple(out)


def unnamed_body(text: str, questions: list[str] | None = None) -> UnnamedBody | None:
    """ck35: the body TEXT names only by its kind (`_unnamed_body`), except that a question about what only the police
    record (a safety camera site, speeding tickets, arrests: knowledge/vocab/service_areas.yaml `police`) asks the
    police force, whatever other body the story names beside it ("a speed camera near the school gates")."""
    found = _unnamed_body(text, questions)
    if found is not None and found.kind == "police":
        return found
    from askfoi.site_bodies import _police_words, police_asked

    asked = " ".join(questions or []) or (text or "")
    # the police service told in the story ("there is a speed camera near the school gates ... how many were caught
    # there?") counts unless the other body is the one a question names
    in_questions = found is not None and found.typed.lower() in asked.lower() and bool(questions)
    if not police_asked(asked) and not (not in_questions and police_asked(text or "")):
        return found
    words, _ = _police_words()
    said = words.search(asked) or words.search(text or "") if words is not None else None
    police = next(((k, label, ex) for k, label, ex, _, _ in _kinds() if k == "police"), None)
    if police is None or said is None or re.fullmatch(r"(?i)police|the\s+met", said.group().strip()):
        return found
    return UnnamedBody(police[0], police[1], found.typed if found is not None else "", police[2], True,
                       service=said.group().strip())


def _unnamed_body(text: str, questions: list[str] | None = None) -> UnnamedBody | None:
    """The body TEXT names only by its kind, looked for first in QUESTIONS (the sentences that ask), then in the
    whole text; the earliest named; None when it names none. Call it only when no body was found by name.
    cx36: a body the message says will not hand the records over ("the local authority has no plans to share the
    investigation report", "the school wont give me the statements") holds them, and is the one asked."""
    for refusal in _REFUSES.finditer(text or ""):
        head = (text or "")[max(0, refusal.start() - 60):refusal.start()]
        for key, label, example, pattern, not_council in _kinds():
            m = [x for x in pattern.finditer(head) if re.match(r"\s*(?:[\w-]+\s+){0,1}$", head[x.end():])]
            if m:
                return UnnamedBody(key, label, m[-1].group().strip(), example, not_council)
    for recipients, asides in ((False, False), (False, True), (True, True)):
        # ff29: a body things are passed to is looked for only when no other is named; cx35: so is one named only in
        # a bracketed aside about the writer ("(I am not on the Parish Council, I'm asking as an individual)")
        for source in [*(questions or []), text or ""]:
            best: tuple[int, UnnamedBody] | None = None
            saint = _SAINT.search(source)
            if saint:
                school = next(((k, label, ex) for k, label, ex, _, _ in _kinds() if k == "school"), None)
                if school:
                    best = (saint.start(), UnnamedBody(school[0], school[1], saint.group().strip(), school[2]))
            for key, label, example, pattern, not_council in _kinds():
                m = next((x for x in pattern.finditer(source)
                          if (recipients or not _RECIPIENT.search(source[max(0, x.start() - 60):x.start()]))
                          and (asides or not _in_aside(source, x.start()))), None)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), UnnamedBody(key, label, m.group().strip(), example, not_council))
            if best is not None:
                return _bare_word_kind(best[1], text or "")
    return None


@functools.lru_cache(maxsize=1)
def _bare_kinds() -> tuple[tuple[str, str, str, str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """lead45: the kinds a bare word ("trust") means when the message is about them (unnamed_bodies.yaml `bare`,
    `context`, `unless`): (bare word, key, label, example, context, unless)."""
    data, _ = load_vocab("unnamed_bodies")
    kinds = (data or {}).get("kinds") if isinstance(data, dict) else None
    out = []
    for key, spec in (kinds or {}).items():
        if isinstance(spec, dict) and spec.get("bare") and spec.get("context"):
            out.append((str(spec["bare"]).lower(), str(key), str(spec.get("label") or key), str(spec.get("example") or ""),
                        re.compile(f"(?i){spec['context']}"),
                        re.compile(f"(?i){spec['unless']}") if spec.get("unless") else None))
    return tuple(out)


def _bare_word_kind(found: UnnamedBody, text: str) -> UnnamedBody:
    """FOUND, or the kind its bare word means in TEXT ("the trust" in a message about a school: the academy trust)."""
    word = re.sub(r"(?i)^\W*(?:\w+['\u2019]?s?\s+)*?", "", found.typed).lower().split()[-1:] or [""]
    for bare, key, label, example, context, unless in _bare_kinds():
        if word[0] == bare and context.search(text) and not (unless is not None and unless.search(text)):
            return UnnamedBody(key, label, found.typed, example, True)
    return found


# cx36: a refusal to hand over what the writer asked for, told of the body just before it
_REFUSES = re.compile(r"(?i)\b(?:(?:has|have|had)\s+)?(?:no\s+plans?\s+to|refused\s+to|refuses\s+to|declined\s+to|won'?t|wont|will\s+not|"
                      r"would\s+not|wouldn'?t|isn'?t\s+going\s+to|are\s+not\s+going\s+to|aren'?t\s+going\s+to|can'?t|cannot)\s+"
                      r"(?:let\s+(?:me|us)\s+(?:see|have)|share|give|provide|release|show|send|hand|disclose)\b")


def _in_aside(text: str, at: int) -> bool:
    """cx35: AT in TEXT falls inside brackets that are still open there ("(I am not on the Parish Council ...)")."""
    before = text[:at]
    return before.count("(") > before.count(")")


# ff29: the body something is handed to ("how many students' details have you passed on to the police", "records
# shared with the council"): a third party of the letter, not its reader, when the letter names another by its kind
# ("has the University required a court order")
_RECIPIENT = re.compile(r"(?i)\b(?:pass(?:ed|es|ing)?(?:\s+on)?|hand(?:ed|s|ing)?(?:\s+over)?|releas(?:ed|es|ing|e)|disclos(?:ed|es|ing|e)|"
                        r"shar(?:ed|es|ing|e)|giv(?:en|es|ing|e)|gave|sen[dt]|sending|forward(?:ed|s|ing)?|supplied|provided|referred)"
                        r"\s+(?:[\w'-]+\s+){0,4}?(?:to|with)\s+$")


def kind_spec(key: str) -> UnnamedBody | None:
    """org17: the kind KEY of unnamed_bodies.yaml ("school") as an UnnamedBody with no typed words, for a question
    about an institution named by a name askfoi does not know; None when there is no such kind."""
    for k, label, example, _, not_council in _kinds():
        if k == key:
            return UnnamedBody(k, label, "", example, not_council)
    return None


@functools.lru_cache(maxsize=1)
def _short_words() -> dict[str, str]:
    """fx54: each kind's words typed short (unnamed_bodies.yaml `short`: "uni"), with the word a letter uses."""
    data, _ = load_vocab("unnamed_bodies")
    out: dict[str, str] = {}
    for spec in ((data or {}).get("kinds") or {}).values():
        for short, full in ((spec or {}).get("short") or {}).items():
            out[str(short).lower()] = str(full)
    return out


def kind_words_written(text: str) -> str:
    """fx54 (nc51 #12): TEXT (one part) with a body's kind typed short after a determiner ("the uni", "your uni")
    written as a letter says it ("the university")."""
    short = _short_words()
    if not short or not text:
        return text
    pattern = re.compile(r"(?i)\b(the|your|this|that|each|every|a|my|our|their)\s+(" + "|".join(map(re.escape, short)) + r")\b(?![\w'-])")
    return pattern.sub(lambda m: f"{m.group(1)} {short[m.group(2).lower()]}" if m.group(2).islower() else m.group(), text)
