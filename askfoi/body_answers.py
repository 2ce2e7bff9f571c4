"""What an answer at the organisation step is, when it is not a body askfoi knows.

The chatbot addresses the letter to whatever body the person names, known or not (askfoi cannot list every
parish council). But people answer the organisation question with other things: a number, "skip", their own
name typed a step early, "the council", or a place ("norfolk"). Each of those is asked about, never taken as an
organisation's name. Words: knowledge/vocab/body_answers.yaml; kinds of body: authority_names.yaml type_words.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from pydantic import BaseModel, Field

from askfoi.email_address import is_email

Kind = Literal["body", "skip", "not_a_name", "generic", "place", "unsure", "period", "sentence", "service", "question"]
MAX_PICKS = 6


# an answer that asks something (a question word first): more for the letter, never an organisation's name
_ASKS_SOMETHING = re.compile(r"(?i)^\W*(?:(?:and|also|plus)\s+)?(?:which|what|how|who|when|where|why|whether)\b(?!\s+(?:ever|one)\b)")


class BodyAnswer(BaseModel):
    """kind: body (take it as the organisation), skip ("skip" or "no": a letter needs one), not_a_name (a
    number, an email address, no letters), generic ("the council": which one?), place ("norfolk": these are
    the bodies there, in PICKS), unsure (a short name with no word for a kind of body: perhaps the person's own
    name; asked once, "ok" keeps it), period ("last 3 financial years": a time period typed a step early),
    sentence (a sentence with no word for a kind of body: "its the one that does the buses"), service ("the
    ambulance service", with the place the first message named: the body that runs it there, in PICKS), question
    ("which agencies they used": more to ask, typed at the organisation step)."""

    kind: Kind
    picks: list[str] = Field(default_factory=list)
    generic: str | None = None  # the kind of body a generic answer names ("council")


@functools.lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("body_answers", list[str])
    return frozenset(w.lower() for w in (data.get("fillers") or []))


def read_body_answer(text: str, *, skip: bool = False, context: str = "") -> BodyAnswer:
    """What TEXT, typed at the organisation step and not a body askfoi knows, is (see BodyAnswer). CONTEXT: the
    person's first message, for the places it names."""
    from askfoi.authorities import _rules, default_index, normalise, suggest_authorities

    if skip:
        return BodyAnswer(kind="skip")
    if context:
        from askfoi.site_bodies import service_body

        served = list(dict.fromkeys(b for b in (service_body(text, p) for p in places_named(context)) if b))
        if served:  # "the ambulance service", after a message about cornwall
            return BodyAnswer(kind="service", picks=served[:MAX_PICKS])
    if not re.search(r"[^\W\d_]", text) or is_email(text.strip()):
        return BodyAnswer(kind="not_a_name")
    if _ASKS_SOMETHING.match(text):  # nu22: "which agencies they used", typed where the organisation was asked
        return BodyAnswer(kind="question")
    key = normalise(text)
    words = key.split()
    kinds = _rules().type_words
    named = [w for w in words if w not in _fillers()]
    if not named:  # "my local one"
        return BodyAnswer(kind="generic")
    if all(w in kinds for w in named):  # "the council", "my local council", "the police"
        return BodyAnswer(kind="generic", generic=named[-1])
    rest = [w for w in named if w not in kinds]
    index = default_index()
    if all(w in index.places for w in rest):  # "norfolk", "leeds council" (no such exact name)
        asked = set(named) & set(kinds)  # "leeds council": only councils
        found = [a for a in suggest_authorities(" ".join(rest), limit=MAX_PICKS * 3)
                 if all(w in normalise(a.name).split() for w in rest)
                 and (not asked or asked & set(normalise(a.name).split()))]
        order = {"council": 0, "police": 1, "fire": 2}  # the bodies people mean by a place, first
        picks = [a.name for a in sorted(found, key=lambda a: order.get(a.type.value, 3))]
        from askfoi.site_bodies import police_force_for

        force = police_force_for(" ".join(rest))  # "leeds" -> West Yorkshire Police (no place in its name)
        if force and force not in picks and (not asked or "police" in asked):
            picks.insert(min(len([p for p in found if p.type.value == "council"]), len(picks)), force)
        if len(picks) >= 1:
            return BodyAnswer(kind="place", picks=picks[:MAX_PICKS])
    from askfoi.periods import parse_period

    if set(words) & set(kinds) and parse_period(text) is not None:
        return BodyAnswer(kind="period")  # cl55 (nc55 #3): "last 3 school years" ("school" is a kind of body)
    if not set(words) & set(kinds):
        if re.search(r"\d|\b(?:year|years|month|months|week|weeks|since|last|this|financial|calendar)\b", key) \
                and parse_period(text) is not None:
            return BodyAnswer(kind="period")  # "last 3 financial years", "2024": a period, typed a step early
        if len(words) <= 3:
            return BodyAnswer(kind="unsure")
    if len(words) > 4 and re.search(r"\b(?:its|it's|is|are|was|were|does|do|did|i|im|i'm|think|reckon|dunno|know|"
                                     r"guess|maybe|probably)\b", key):
        return BodyAnswer(kind="sentence")  # "its the one that does the buses round here i think"
    return BodyAnswer(kind="body")


_NAME_JOINS = frozenset({"of", "and", "the", "for", "&", "in", "on", "upon", "de", "la", "le", "du", "von", "van", "st"})


def looks_like_a_name(text: str) -> bool:
    """(ck32) TEXT is written as an organisation's name: a word for a kind of body in it ("little snoring parish
    council", "Acme Housing Ltd"), or every word with a capital apart from the small joining words ("Wirral
    Partnership", "Ofwat"). Never a question, a figure ("ward 20") or a sentence in lower case."""
    from askfoi.authorities import _rules, normalise

    said = (text or "").strip()
    if not said or "?" in said or re.search(r"\d", said) or len(said.split()) > 12:
        return False
    if set(normalise(said).split()) & set(_rules().type_words) | _KIND_EXTRA & set(normalise(said).split()):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019.&-]*", said)]
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in words) \
        and any(w[:1].isupper() for w in words)


_KIND_EXTRA = frozenset({"ltd", "limited", "plc", "llp", "cic", "association", "society", "foundation", "charity",
                         "institute", "agency", "commission", "office", "service", "services", "partnership",
                         "academy", "school", "college", "university", "trust", "board", "company", "group",
                         "federation", "alliance"})  # nx88 (nc85 #5): academy trusts named "... Learning Federation"


def places_named(text: str) -> list[str]:
    """The places a message names that bodies are named after ("norfolk", "leeds"): a word of a council's or a
    force's name that is rare in general English (so not "street", "much" or "centre"), or typed with a capital
    inside a sentence ("from Kent")."""
    from askfoi.authorities import default_index, normalise
    from askfoi.spelling import name_words

    places, rare = default_index().places, name_words()
    # "from Kent": a common word typed with a capital inside a sentence, standing alone ("Brixton Hill" is a
    # street or district named by the whole run, not the place "Hill")
    runs = re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b", text)
    capitalised = {m.group().lower() for m in runs if " " not in m.group() and len(m.group()) >= 4}
    dated = _months_as_dates(text)  # lead43: "closed the library in March": the month, never the town of March
    return list(dict.fromkeys(w for w in normalise(text).split() if w in places and (w in rare or w in capitalised)
                              and w not in dated))


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_AS_DATE = re.compile(
    rf"(?i)\b(?:in|since|until|till|by|from|last|this|next|early|late|mid|before|after|during|(?:end|start|beginning|middle)"
    rf"\s+of)\s+({_MONTHS})\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTHS})\b|\b({_MONTHS})\s+\d{{1,4}}\b")


def _months_as_dates(text: str) -> set[str]:
    """The month names TEXT uses as a time ("in March", "3 march", "march 2024"), every use of the word being one."""
    dated = {next(g for g in m.groups() if g).lower() for m in _MONTH_AS_DATE.finditer(text or "")}
    return {w for w in dated
            if len(re.findall(rf"(?i)\b{w}\b", text)) == sum(1 for m in _MONTH_AS_DATE.finditer(text)
                                                              if next(g for g in m.groups() if g).lower() == w)}


def bodies_in_places(text: str, limit: int = MAX_PICKS) -> tuple[list[str], list[str]]:
    """(places, bodies): the places TEXT names and the bodies there, councils and the police first, to offer by
    number when the message names no body itself."""
    places = places_named(text)
    picks: list[str] = []
    for place in places:
        picks.extend(p for p in read_body_answer(place).picks if p not in picks)
    return places, picks[:limit]


# ck23a: a correction typed at the organisation step ("no its the council not thames water, south oxfordshire", "no,
# it's Leeds City Council", "the ambulance service not the council"): the words that say it is wrong come off the front,
# every "not X" comes out wherever it sits (X runs to a comma, "but", "it's" or the end), and what is left names the body
_CORRECTION_LEAD = re.compile(r"(?i)^\s*(?:(?:no|nope|not\s+that(?:\s+one)?|wrong(?:\s+one)?|sorry|oops)\b[\s,.!-]*)+"
                              r"(?:(?:it'?s|it\s+is|its|i\s+mean|i\s+meant|should\s+be|meant)\s+)?(?:(?:to|for)\s+)?")
_NOT_BODY = re.compile(r"(?i)(?:^|[\s,;(-]+)(?:and\s+|but\s+)?not\s+(?!only\b|just\b|sure\b)(?:the\s+|a\s+|an\s+)?[\w'&.-]+"
                       r"(?:\s+(?!but\b|it'?s\b|its\b|it\s+is\b)[\w'&.-]+){0,5}?\s*(?=$|[,;.!)]|\s+(?:but|it'?s|its|it\s+is)\b)")


def corrected_body(text: str) -> str:
    """The body TEXT, typed at the organisation step, names once what it says is wrong is taken out: "no its the
    council not thames water, south oxfordshire" -> "the council, south oxfordshire"; "the ambulance service not the
    council" -> "the ambulance service". TEXT itself when nothing would be left."""
    said = _CORRECTION_LEAD.sub("", text or "").strip()
    said = _NOT_BODY.sub(" ", said)
    said = re.sub(r"\s*,(?:\s*,)*\s*", ", ", re.sub(r"\s+", " ", said)).strip(" ,;.!-")
    said = re.sub(r"(?i)^(?:but|it'?s|its|it\s+is)\s+", "", said).strip(" ,;.!-")
    return said or (text or "").strip()


# (cl55) words of a sentence that never belong to a body's name typed inside it
_SENTENCE_WORDS = frozenset({"its", "it's", "it", "is", "are", "was", "were", "i", "im", "i'm", "think", "reckon",
                             "guess", "maybe", "probably", "dunno", "know", "part", "of", "a", "an", "the", "and",
                             "run", "by", "under", "in", "at", "with", "one", "called", "that", "which", "they",
                             "thats", "that's", "like", "or", "but", "not", "no", "yes", "yeah", "ok", "so", "then",
                             "does", "do", "did", "has", "have", "round", "here", "there", "for", "to", "from"})


@functools.lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("body_answers", list[str])
    return frozenset(w.lower() for w in (data.get("sentence_words") or []))


def bodies_in_sentence(text: str) -> list[str]:
    """(cl55, nc55 #3) The organisations' names a sentence typed at the organisation step holds, in order, each a few
    words ending in a word for a kind of body: "its oakwood academy, part of the northern star trust i think" ->
    ["Oakwood Academy", "Northern Star Trust"]. Empty unless TEXT reads as such a sentence (read_body_answer)."""
    from askfoi.authorities import normalise

    if read_body_answer(text).kind != "sentence":
        return []
    kinds = _KIND_EXTRA | {"council", "police", "constabulary", "authority", "hospital"}
    words = normalise(text).split()
    names: list[str] = []
    for at, word in enumerate(words):
        if word not in kinds:
            continue
        start = at
        stop = _SENTENCE_WORDS | kinds | _sentence_words()  # nx64: never "Both Them Elderpark Housing Association"
        while start > 0 and at - start < 4 and words[start - 1] not in stop:
            start -= 1
        if start < at:  # a name, never the kind word alone ("the trust")
            names.append(" ".join(w.capitalize() for w in words[start:at + 1]))
    return names


# ny76 (nc76 #2): the joins between bodies named in one answer ("cardiff council, and south wales police as well")
_LIST_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and|&|plus)?|;|\s(?:and|&|plus)(?:\s+(?:also|then))?)\s+")
_LIST_TAIL = re.compile(r"(?i)(?:\s+|^)(?:as\s+well|too|also|please|both|the\s+pair\s+of\s+them)\s*[.!]*\s*$")
_LIST_HEAD = re.compile(r"(?i)^\s*(?:both|also|and|ask|send\s+it\s+to|to)\s+")


def bodies_listed(text: str) -> list[str]:
    """(ny76, nc76 #2) The bodies an answer at the organisation step lists side by side, each one askfoi knows:
    "cardiff council, and south wales police as well" -> ["Cardiff Council", "South Wales Police"]. Empty when the
    whole answer is one body's name ("Brighton and Hove City Council"), or any item of the list is not a known body."""
    from askfoi.authorities import resolve_authority

    said = corrected_body(text)
    whole = resolve_authority(said)
    if whole is not None and whole.known and whole.score >= 95:
        return []
    said = _LIST_HEAD.sub("", _LIST_TAIL.sub("", said)).strip(" ,;.!")
    items = [i.strip(" ,;.!") for i in _LIST_JOIN.split(said) if i.strip(" ,;.!")]
    if len(items) < 2:
        return []
    names: list[str] = []
    for item in items:
        item = _LIST_TAIL.sub("", _LIST_HEAD.sub("", item)).strip(" ,;.!")
        found = resolve_authority(item)
        if found is None or not found.known or found.score < 90 or read_body_answer(item).kind == "generic":
            return []
        if found.name not in names:
            names.append(found.name)
    return names if len(names) > 1 else []
