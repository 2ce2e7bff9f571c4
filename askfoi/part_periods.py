"""Which period each part of a request is read under, said once (fr13b, issue 8).

A period belongs to the part that states it, or to the whole letter when it is stated once for all (a lead-in, a
sentence of its own, or every part alike). `settle_periods` gives each part its own period as its frame's
qualifier (rendered by the template), keeps the letter's period for what the parts share, and takes a period's
words out of a part kept whole, so no part shows both its own words and the period it is read under. Relative
words ("last year", "last term") are resolved from the letter's date by askfoi.periods.

`period_step` says what the period step does with what the message stated: propose it (with the other reading
first offered beside the person's words when they are ambiguous: a calendar or a financial year?), keep the
parts' own periods when only parts state one (the others then cover all the records held unless a period is
typed), or ask when nothing was stated. `step_choices` is the list the step
offers, the kinds of year the person's words imply (financial for money, academic for schooling) first.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from askfoi.periods import (
    Period,
    _kinds,
    find_periods,
    label_span,
    parse_period,
    period_choices,
    stated_periods,
)

# Words that say what a year is counted in: money (a financial year), schooling (an academic year)
_MONEY = re.compile(r"(?i)[£$€]|\b(?:spen[dt]\w*|budget\w*|costs?|cost\w+|paid|pay(?:ments?)?|funding|funded|income|"
                    r"expenditure|grants?|money|revenue|invoices?|fees?|fines?\s+income|contracts?\s+value|salar\w+|overtime)\b")
_AMBIGUOUS_YEAR = re.compile(r"(?i)^(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<rel>last|past|previous|this|current)\s+"
                             r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?P<unit>years?)$")
_PREP = re.compile(r"(?i)(?:\b(?:in|during|for|over|within|throughout|across|covering|from|since|between)\s+)?"
                   r"(?:(?:each|all)\s+of\s+)?(?:the\s+)?(?:(?:(?:calendar|financial|fiscal|academic|school|tax)\s+)?"
                   r"(?:years?|months?|quarters?|periods?|time\s+periods?)\s+(?:of\s+)?|(?:calendar|financial|fiscal|academic|tax)\s+)?$")

_EACH = re.compile(r"(?i)\b(?:each|every)\b.*?\b(?P<unit>(?:(?:calendar|financial|fiscal|academic|school|tax)\s+)?"
                   r"(?:years?|months?|quarters?|weeks?|terms?))\b")
_FUNCTION_WORDS = frozenset("""and or but to for in on at by with from of that which who whom whose where when were was is are
has have had be been please broken split including inclusive if as so than then respectively only also each per
across within during since until till through between regarding concerning about into onto what how why did do does
can could would will should may might shall not no nor yes""".split())
_EACH_BEFORE = re.compile(r"(?i)\b(?:each|every|per)\s+(?:(?:calendar|financial|fiscal|academic|school|tax)\s+)?"
                          r"(?:(?:years?|months?|quarters?|weeks?|terms?)\s+)?$")
_FOLLOWING = re.compile(r"(?i)\s*,?\s*(?:(?:for|in|during|covering)\s+)?(?:(?:each|all)\s+of\s+)?the\s+following\s+"
                        r"(?:(?:calendar|financial|fiscal|academic|school|tax)\s+)?(?:years?|periods?|months?|quarters?|dates?)"
                        r"\s*:?\s*(?=[.?!]|$)")
_TO_DATE = re.compile(r"(?i)\s*\(?\s*(?:to\s+date|so\s+far|year[\s-]to[\s-]date)\s*\)?(?=\W|$)")


class PeriodStep(BaseModel):
    """What the period step does: propose the period stated, pass over it (every part says its own), ask, or
    nothing (a subject access request)."""

    action: Literal["propose", "parts", "ask", "none"]
    proposed: str | None = None  # the label proposed
    stated: str | None = None  # as the message said it
    choices: list[Period] = Field(default_factory=list)
    own: list[str] = Field(default_factory=list)  # "part 2: <label>" for each part with its own period (action "parts")
    every: bool = False  # every part has its own period


def _year_kind_implied(text: str) -> str | None:
    """The kind of year the message's subject is counted in: "academic" for schooling, "financial" for money."""
    kinds = _kinds()
    academic = kinds.get("academic")
    if academic is not None and any(re.search(rf"(?i)\b{re.escape(w)}\b", text or "") for w in academic.subject_words):
        return "academic"
    if _MONEY.search(text or ""):
        return "financial"
    return None


def other_reading(stated: str | None, text: str, today: date) -> Period | None:
    """The other reading of words that name a year without its kind ("last year", "this year", "the last 3 years")
    when the message's subject is counted in financial or academic years; None when the words are not ambiguous."""
    m = _AMBIGUOUS_YEAR.match((stated or "").strip())
    implied = _year_kind_implied(text)
    bare = re.fullmatch(r"(?i)(?:(?:in|during|for)\s+)?(?:the\s+year\s+)?((?:19|20)\d\d)", (stated or "").strip())
    if bare and implied == "financial":  # "spent in 2024": the calendar year, or the financial year 2024/25?
        y = int(bare.group(1))
        found = parse_period(f"financial year {y}/{str(y + 1)[-2:]}", today=today)
        return found.model_copy(update={"name": f"Financial year {y}/{str(y + 1)[-2:]}"}) if found else None
    if m is None or implied is None:
        return None
    kind = _kinds()[implied]
    words = kind.label + ("s" if m["unit"].endswith("s") else "")
    rel = "last" if m["rel"] in ("past", "previous") else m["rel"]
    typed = f"{rel} {m['n'] + ' ' if m['n'] else ''}{words}"
    found = parse_period(typed, today=today)
    if found is None:
        return None
    return found.model_copy(update={"name": typed[:1].upper() + typed[1:]})


def step_choices(today: date, stated: str | None = None, text: str = "", label: str | None = None) -> list[Period]:
    """The periods the period step offers: the person's own words read first (STATED, as LABEL), then the other
    reading of them when they are ambiguous, then the usual ones, the kind of year the message implies first."""
    out: list[Period] = []
    if stated and label and (span := label_span(label)):
        out.append(Period(start=span[0], end=span[1], label=label, name=f'Your words, "{stated.strip()}"'))
        other = other_reading(stated, text, today)
        if other is not None and other.label != label:
            out.append(other)
    implied = _year_kind_implied(text)
    usual = period_choices(today)
    if implied == "academic":
        extra = [p for p in (parse_period(t, today=today) for t in ("last academic year", "last 3 academic years")) if p]
        extra = [p.model_copy(update={"name": n}) for p, n in zip(extra, ("Last academic year", "Last 3 academic years"))]
        usual = extra + [p for p in usual if "financial" not in (p.name or "").lower()]
    elif implied == "financial":
        usual = sorted(usual, key=lambda p: "financial" not in (p.name or "").lower())
    for p in usual:
        if all(p.label != q.label for q in out):
            out.append(p)
    return out


def period_step(framing: Any, today: date | None = None, *, text: str = "") -> PeriodStep:
    """What the period step does with FRAMING (askfoi.framing.Framing, or anything with route, period,
    period_text and parts): never asks for a period the message already stated."""
    today = today or date.today()
    if getattr(framing, "route", "foi") == "sar":
        return PeriodStep(action="none")
    if framing.period:
        return PeriodStep(action="propose", proposed=framing.period, stated=framing.period_text,
                          choices=step_choices(today, framing.period_text, text, framing.period))
    own = [f"part {k}: {p.qualifiers.period}" for k, p in enumerate(framing.parts, 1) if p.qualifiers.period]
    if own:  # the parts that state a period keep it; the others ask for all the records held unless one is typed
        return PeriodStep(action="parts", own=own, every=len(own) == len(framing.parts),
                          choices=step_choices(today, None, text))
    return PeriodStep(action="ask", choices=step_choices(today, None, text))


def session_period_step(period: str | None, stated: str | None, frames: list, text: str, today: date, *,
                        sar: bool = False) -> PeriodStep:
    """period_step for a conversation's answers so far: the period, as the message stated it, and the parts' frames."""
    from types import SimpleNamespace

    return period_step(SimpleNamespace(route="sar" if sar else "foi", period=period, period_text=stated, parts=frames),
                       today, text=text)


def drop_period_words(words: str, today: date | None = None) -> str:
    """WORDS (a part kept whole) without the periods they state and the preposition before each ("How many pupils
    were excluded last term?" -> "How many pupils were excluded?"); the period is said once, by the letter or the
    part's own qualifier."""
    found = find_periods(words, today=today)
    if not found:
        return words
    out, at = [], 0
    for _, _, (start, end) in found:
        after = re.match(r"\s*([A-Za-z]+)", words[end:])
        if after and after.group(1).lower() not in _FUNCTION_WORDS or _EACH_BEFORE.search(words[:start]) \
                or re.match(r"\s*\d", words[end:]) or words[start:end].count("(") != words[start:end].count(")") \
                or re.search(r"(?i)\b(?:around|about|approximately|circa|roughly)\s*$", words[:start]):
            continue  # "the 2024/25 assumption", "for each financial year 2019-2024 how many": the date qualifies a
            # word or a breakdown, a day follows ("July 9"), a bracket would be cut in two, or the date is approximate
            # ("in or around February 2012": a meeting's date): the words stay as written
        lead = _PREP.search(words[:start]) if start else None
        if lead and lead.group() and not re.match(r"(?i)(?:in|during|for|over|within|throughout|across|covering|from|since|"
                                                  r"between|each|all)\b", lead.group()):
            lead = None  # "broken down by calendar year in 2017": the breakdown stays, only "in 2017" goes
        cut = lead.start() if lead and lead.start() >= at else start
        if (tail := _TO_DATE.match(words, end)) is not None:
            end = tail.end()  # "2017, 2018 and 2019 (to date)": the words that end the period go with it
        if re.match(r"(?i)\s*(?:each|every|per)\s*$", words[max(at, cut - 6):cut]):
            cut = max(at, cut - len(re.search(r"(?i)(?:each|every|per)\s*$", words[:cut]).group()))
        out.append(words[at:cut])
        each = _EACH.search(words[cut:end])
        if each:  # "in each of the last four academic years": the breakdown by year stays ("in each academic year")
            out.append(f" in each {each.group('unit').lower().rstrip('s')} ")
        at = end
    out.append(words[at:])
    text = "".join(out)
    text = _FOLLOWING.sub("", text)  # "for the following calendar years:" with its list gone
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s+([?.,;:!])", r"\1", text)
    text = re.sub(r",\s*([?.!])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if len(re.findall(r"[A-Za-z]+", text)) < 3 or re.search(r"\(\s*(?:[-\u2013,;:]|to\b|and\b)", text) \
            or re.match(r"[^\w\"\u201c']", text):
        return words  # nothing left to ask, or a bracket or the start cut in two: the words stay as written
    return text


def _with_period(words: str, phrase: str) -> str:
    """A part kept whole with its own period said after it: "How many pupils were excluded, for the period ...?"."""
    from askfoi.templates import render

    body = words.rstrip()
    end = body[-1] if body and body[-1] in "?.!" else "."
    return re.sub(r"\s+", " ", render("frames/kept_period.j2", words=body.rstrip("?.! "), said=phrase, end=end)).strip()


def settle_periods(framing: Any, text: str, today: date | None = None) -> None:
    """Each part of FRAMING read under one period, said once: its own period (stated in its words) as its frame's
    qualifier, the letter's period (FRAMING.period) for the period stated once for all or shared by every part
    that states one; a part kept whole loses the period's words. TEXT is the whole message (for a lead-in)."""
    from askfoi.framing import render_frame
    from askfoi.periods import period_phrase

    today = today or date.today()
    parts = framing.parts
    if getattr(framing, "route", "foi") == "sar" or not parts:
        return
    own: list[str | None] = []
    for p in parts:
        said = _own_label(p.source or "", today) or (_own_label(p.text, today) if p.kept_words else None)
        own.append(said or p.qualifiers.period)
    labels = [o for o in own if o]
    letter = framing.period
    lead = _lead_in(text, parts, today)
    if lead and lead != letter and any(o is None for o in own):
        # "For the last three financial years, please provide: ... 2. the cost in 2023/24": the lead-in is the
        # letter's, and the part that says its own keeps it
        letter = lead
    elif not lead and len(set(labels)) > 1:
        # parts state periods of their own that differ: the letter keeps the period most parts share (a part that
        # states none is read under it) and each other part keeps its own; when no two agree, the letter has none
        counts = Counter(labels)
        best, n = counts.most_common(1)[0]
        letter = None if n == 1 and all(own) else best
    if letter != framing.period:
        framing.period = letter
        framing.period_text = next((w for lb, w, _ in stated_periods(text or "", today=today) if lb == letter),
                                   letter) if letter else None
    for p, o in zip(parts, own):
        p.qualifiers.period = o if o and o != letter else None
        if p.kept_words:
            words = drop_period_words(p.text, today) if (o or letter) else p.text
            if p.qualifiers.period and words != p.text:
                words = _with_period(words, period_phrase(p.qualifiers.period) or p.qualifiers.period)
            p.text = words
        else:
            rendered = render_frame(p)
            if rendered:
                p.text = rendered


def _own_label(words: str, today: date) -> str | None:
    from askfoi.framing import part_period

    return part_period(words, today=today) if words else None


def _lead_in(text: str, parts: list, today: date) -> str | None:
    """The one period TEXT states outside every part, in a sentence that asks or only notes it (a lead-in, a sentence
    of its own): the whole letter's period; None when there is none or several."""
    from askfoi.framing import _outside_period

    label, _ = _outside_period(text or "", [p.source for p in parts if p.source], today)
    return label
