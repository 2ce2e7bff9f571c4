"""What a cost refusal itself advises about narrowing the request (ck20, issue 10).

A reply that refuses on cost (FOIA s12, FOISA s12, EIR reg 12(4)(b)) must give advice and assistance (FOIA s16,
FOISA s15, EIR reg 9), and often says how the request could be answered: "if you were to reduce the period to 12
months and limit it to one police station", "a single financial year, for example 2023/24". The review letter's
narrower request follows that advice (askfoi.followup): the period the reply suggested and the one thing it suggested
limiting the request to, rendered from the original request's parts. The words are data in
knowledge/vocab/narrowing_advice.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from askfoi import sentence_ends
from askfoi.knowledge import load_vocab

_NUMBERS = {"a": 1, "single": 1, "a single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9,
            "twelve": 12, "eighteen": 18, "twenty four": 24, "twenty-four": 24}
MAX_REPLY_CHARS = 20_000


@dataclass(frozen=True)
class NarrowingAdvice:
    """The narrowing a reply advises: a period length in MONTHS (12 for "a single year"), a named YEAR (its first and
    last days), FINANCIAL (True: a financial year was named; None: not said), UNIT (the one thing to limit the request
    to, singular: "police station"), and SAID (the reply's sentence)."""

    months: int | None
    year: tuple[date, date] | None
    financial: bool | None
    unit: str | None
    said: str
    scope: str | None = None  # ck23b: the records the reply suggests limiting the request to, as it words them
    academic: bool = False  # nx73 (nc67 #7): "a single academic year": 1 September to 31 August
    unit_name: str | None = None  # nx73: the one UNIT the reply names as its example ("one department, for example Planning")
    held_as: tuple[str, str] | None = None  # nx73: the records and how they came in ("complaints", "received through ...")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict[str, tuple[re.Pattern, ...]]:
    data, _ = load_vocab("narrowing_advice")
    data = data if isinstance(data, dict) else {}
    out = {}
    for key in ("advice", "months", "unit", "suggests", "not_suggests", "scope", "scope_end", "assisted", "aggregated",
                "earlier", "held_as", "held_as_part"):
        compiled = []
        for item in data.get(key) or []:
            try:
                compiled.append(re.compile(str(item), re.IGNORECASE))
            except re.error:
                continue
        out[key] = tuple(compiled)
    return out


def _sentences(reply: str) -> list[str]:
    """REPLY's sentences: a line break inside a paragraph is a wrapped line, not a sentence's end (ck23b: "limit your
    request to correspondence between the Environmental / Protection team" was cut at the wrap); a blank line, a
    line that ends a sentence, or one that starts a list item ends one."""
    text = reply[:MAX_REPLY_CHARS]
    return [x for x in sentence_ends.split(r"(?<=[.!?:])\s+|\n\s*\n|\n(?=\s*(?:\d{1,2}[.)]|[-*\u2022])\s)", text) if x.strip()]


def _singular(word: str) -> str:
    word = " ".join(word.lower().split())
    for plural, one in (("libraries", "library"), ("categories", "category"), ("surgeries", "surgery")):
        if word.endswith(plural):
            return word[: -len(plural)] + one
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def narrowing_advice(reply: str | None, today: date | None = None) -> NarrowingAdvice | None:
    """The narrowing REPLY advises, or None when it advises none (no sentence of advice names a period length, a year
    or one thing to limit the request to)."""
    if not reply:
        return None
    from askfoi.periods import find_periods, parse_period

    vocab = _vocab()
    for sentence in _sentences(reply):
        if not any(p.search(sentence) for p in vocab["advice"]):
            continue
        months, financial, year, unit, academic, unit_name = None, None, None, None, False, None
        for p in vocab["months"]:
            m = p.search(sentence)
            if m is None:
                continue
            n = m.group("n").lower()
            count = int(n) if n.isdigit() else _NUMBERS.get(" ".join(n.split()).replace("-", " "), None)
            if count:
                months = count * (12 if m.group("unit").lower().startswith("year") else 1)
            kind = m.groupdict().get("kind")
            academic = bool(kind) and kind.lower() in ("academic", "school")
            if kind and not academic:
                financial = kind.lower() in ("financial", "fiscal")
            break
        if months is not None or re.search(r"(?i)\b(?:period|year|months?|timeframe|time\s+frame|date\s+range)\b", sentence):
            for label, _, _ in find_periods(sentence, today=today):
                period = parse_period(label, today=today)
                if period is not None:
                    year = (period.start, period.end)
                    break
        for p in vocab["unit"]:
            m = p.search(sentence)
            if m is not None:
                unit = _singular(m.group("unit"))
                named = re.search(r"^,?\s*(?:(?i:for\s+example|such\s+as|e\.g\.?|say|like)),?\s+(?:(?i:the)\s+)?"
                                  r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|&)){0,3})", sentence[m.end():])
                unit_name = named.group("name").rstrip(" ,") if named else None
                unit_name = re.sub(r"\s+(?:and|of|&)$", "", unit_name) if unit_name else None
                break
        held = None
        for p in vocab["held_as"]:
            m = p.search(" ".join(sentence.split()))
            if m is not None:
                how = re.sub(r"(?i)\bour\b", "your", re.sub(r"(?i)\bus\b", "you", m.group("how"))).strip(" ,.")
                held = (m.group("records").lower(), how)
                break
        scope = None
        if unit is None and months is None and held is None:
            scope = _scope(sentence)
            if scope is not None:
                year = None  # the scope's own dates belong to the records it names, not to every part
        if months is None and year is None and unit is None and scope is None and held is None:
            continue
        return NarrowingAdvice(months=months, year=year, financial=financial, unit=unit, said=" ".join(sentence.split()),
                               scope=scope, academic=academic, unit_name=unit_name, held_as=held)
    return None


def advice_said(reply: str | None) -> str | None:
    """fu21: the reply's own sentence advising what the person could ask for instead or how to narrow the request ("You
    may wish to consider narrowing your request, for example to a single month", "we suggest you could ask for the
    figure for a single ward", "You may wish to ask for the total number overturned, which we could provide"), with
    whitespace collapsed; None when no sentence suggests anything (the review and complaint rights are no advice).
    The letters quote it rather than saying the reply gave no advice (FOIA s16, FOISA s15, EIR reg 9)."""
    if not reply:
        return None
    vocab = _vocab()
    for sentence in _sentences(reply):
        if any(p.search(sentence) for p in vocab["suggests"]) and not any(p.search(sentence) for p in vocab["not_suggests"]) \
                and not _bare(sentence):
            return " ".join(sentence.split())
    return None


def assisted(reply: str | None) -> bool:
    """rv51: REPLY helped in another way than saying how to narrow ("in order to assist ..., we have conducted a search of
    our incident database", "the following may be of use"): advice and assistance of a kind, so a letter never says none
    was given (knowledge/vocab/narrowing_advice.yaml assisted)."""
    if not reply:
        return False
    flat = " ".join(reply[:MAX_REPLY_CHARS].split())
    return any(p.search(flat) for p in _vocab()["assisted"])


@functools.lru_cache(maxsize=1)
def _bare_words() -> frozenset[str]:
    data, _ = load_vocab("narrowing_advice")
    words = (data or {}).get("bare_words") if isinstance(data, dict) else None
    return frozenset(str(w).lower() for w in words or [])


def bare_suggestion(text: str, start: int, end: int) -> bool:
    """ck30: whether the sentence of TEXT around START..END (a match of advice) names no way to narrow (`_bare`)."""
    left = max((text.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return _bare(text[left:min(rights) if rights else len(text)])


def _bare(sentence: str) -> bool:
    """ck30 (nu32): SENTENCE suggests narrowing but names no way to ("You may wish to submit a refined request"): no
    word is left once the words of any such suggestion are taken out (narrowing_advice.yaml bare_words)."""
    words = re.findall(r"[a-z][a-z'-]*|\d+", sentence.lower().replace("\u2019", "'"))
    return not [w for w in words if w not in _bare_words()]


def limit_to_one(text: str, unit: str, example: str | None = None) -> str:
    """TEXT (a part of the request) limited to one UNIT ("police station"): "at each police station" becomes "at one
    police station ([NAME THE POLICE STATION])"; a part that names no such breakdown has the limit added. nx73: EXAMPLE,
    the one the reply itself named ("one department, for example Planning"), is that one: "the Planning, Housing and
    Transport departments" becomes "the Planning department"."""
    plural = re.escape(unit).replace(r"\ ", r"\s+") + r"(?:e?s)?"
    if example:
        listed = re.compile(rf"\b(?:(?i:the)\s+)?(?:[A-Z][\w&'-]*(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){{1,8}}(?i:{plural})\b")
        for m in listed.finditer(text):
            if re.search(rf"(?i)\b{re.escape(example)}\b", m.group(0)):
                return text[:m.start()] + f"the {example} {unit}" + text[m.end():]
        name = f"the {example} {unit}"
    else:
        name = f"one {unit} ([NAME THE {unit.upper()}])"
    words = re.compile(rf"(?i)\b(?:(?:each|every|any)\s+(?:of\s+(?:the|your)\s+)?|all\s+(?:of\s+)?(?:the\s+|your\s+)?|the\s+individual\s+)"
                       rf"(?:[\w-]+\s+){{0,2}}?{plural}\b")
    if words.search(text):
        return words.sub(name, text, count=1)
    return f"{text.rstrip('?. ')}, for {name} only"


def _scope(sentence: str) -> str | None:
    """(ck23b) The records SENTENCE suggests limiting the request to ("correspondence between the Environmental
    Protection team and Thames Water between June and September 2025"), or None."""
    vocab = _vocab()
    for p in vocab["scope"]:
        m = p.search(" ".join(sentence.split()))
        if m is None:
            continue
        scope = m.group("scope")
        for end in vocab["scope_end"]:
            scope = end.sub("", scope)
        scope = scope.strip(" ,.")
        if len(scope.split()) >= 2 and not re.fullmatch(r"(?i)(?:one|a|an|the|a\s+single)\s+\w+(?:\s+\w+)?", scope):
            return scope
    return None


@functools.lru_cache(maxsize=1)
def _record_kinds() -> dict[str, re.Pattern]:
    data, _ = load_vocab("narrowing_advice")
    kinds = (data or {}).get("record_kinds") if isinstance(data, dict) else None
    from askfoi.knowledge import compile_any

    out = {}
    for name, words in (kinds or {}).items():
        pattern = compile_any(rf"\b{w}\b" for w in words or [])
        if pattern is not None:
            out[str(name)] = pattern
    return out


def scope_part(scope: str, parts: list[str]) -> int | None:
    """(ck23b) Which of PARTS (the request's parts, in order) the reply's suggested SCOPE narrows: the one asking for the
    same kind of record (knowledge/vocab/narrowing_advice.yaml record_kinds) and sharing the most words with it
    ("correspondence ... Thames Water" narrows "Any emails or letters from Thames Water ...", not "Any records of
    Thames Water having done any air quality monitoring"); None when no part does, or two do equally."""
    from askfoi.forecast_parts import content_words

    kinds = _record_kinds()
    scope_kinds = {k for k, p in kinds.items() if p.search(scope)}
    kind_words = re.compile("|".join(p.pattern for p in kinds.values()), re.I) if kinds else None
    said = {w.lower() for w in content_words(scope) if not (kind_words and kind_words.fullmatch(w))}
    scores = []
    for part in parts:
        own = {k for k, p in kinds.items() if p.search(part)}
        words = {w.lower() for w in content_words(part) if not (kind_words and kind_words.fullmatch(w))}
        scores.append(2 * bool(scope_kinds & own) + len(said & words))
    best = max(scores, default=0)
    if best < 3 or scores.count(best) > 1:
        return None
    return scores.index(best)


@dataclass(frozen=True)
class Aggregation:
    """nx73 (nc67 #7): what a cost refusal said about adding requests (or the parts of one) together: SAID (its
    sentence), EARLIER (the date of the earlier request it was added to, where it names one)."""

    said: str
    earlier: date | None = None


def aggregation_said(reply: str | None) -> Aggregation | None:
    """nx73 (nc67 #7, issue 10.4): the reply's sentence saying it added the cost of requests, or of the parts of one,
    together (FOIA s12(4) with the Fees Regulations' regulation 5; knowledge/vocab/narrowing_advice.yaml aggregated),
    with the earlier request's date where it gives one; None when it says nothing of the kind."""
    if not reply:
        return None
    vocab = _vocab()
    said, earlier = None, None
    for sentence in _sentences(reply):
        flat = " ".join(sentence.split())
        if said is None and any(p.search(flat) for p in vocab["aggregated"]) and not any(
                p.search(flat) for p in vocab["not_suggests"]):
            said = flat
        for p in vocab["earlier"]:
            m = p.search(flat)
            if m is not None and earlier is None:
                earlier = _day(m.group("date"))
    return Aggregation(said=said, earlier=earlier) if said else None


def _day(text: str) -> date | None:
    """"2 October 2026" (or "2nd October 2026") as a date; None when it is not one."""
    from datetime import datetime

    try:
        return datetime.strptime(re.sub(r"(?i)(?<=\d)(?:st|nd|rd|th)\b", "", " ".join(text.split())), "%d %B %Y").date()
    except ValueError:
        return None


def held_as(text: str, records: str, how: str) -> str:
    """nx73 (nc67 #7): TEXT (a part) narrowed to the records the reply suggested by how they came in or who holds them
    (RECORDS "complaints", HOW "received through your online reporting system"): the part's own words for that
    ("handled by the council") replaced by the reply's; a part that says none has them added. A part about other
    records is returned as it is."""
    stem = records.rstrip("s")
    if not re.search(rf"(?i)\b{re.escape(stem)}", text):
        return text
    for p in _vocab()["held_as_part"]:
        m = p.search(text)
        if m is not None:
            return text[:m.start()] + how + text[m.end():]
    bracket = re.search(r"(?i)\s*\(for\s+the\s+period\s+[^()]*\)\s*$", text)  # the narrowed period stays last
    head, tail = (text[:bracket.start()], text[bracket.start():]) if bracket else (text, "")
    return f"{head.rstrip('?. ')}, counting only {records} {how}{tail}"
