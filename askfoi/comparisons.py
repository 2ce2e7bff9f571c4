"""A part that compares two things or two times (lead35, issue 8): "spends on agency social workers compared to
permanent ones", "fines for littering versus dog fouling", "overtime now compared to 5 years ago".

An FOI officer gives figures, not comparisons: the comparison is the person's to make. So a part whose subject or
clause holds a comparison is read as what it compares:
- two things of one kind ("agency social workers compared to permanent ones"): two parts of the same frame, the
  second with "ones" written as the first's noun ("permanent social workers");
- two times ("compared with 2019", "now compared to 5 years ago", a comparison whose time the period finder took):
  one part, its figure for each year from the earlier time to the latest complete year.
Nothing of the person's sentence is spliced: the frame's subject or clause is cut at the comparison word, and the
frame's template writes the part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_COMPARE = re.compile(r"(?i)\s*,?\s*\b(?:(?:when\s+|as\s+)?compared(?:\s+(?:to|with)|\s*$)|in\s+comparison\s+(?:to|with)|versus|vs\.?"
                      r"|as\s+opposed\s+to)\b\s*(?P<rest>.*)$")
_TIME = re.compile(r"(?i)^(?:(?:the\s+)?(?:same\s+)?(?:period|time|figures?|numbers?|amount|spend|total)\s+)?(?:in\s+|for\s+|of\s+)?"
                   r"(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|(?:\w+|\d+)\s+years?\s+ago|last\s+year|the\s+year\s+before|"
                   r"previous\s+years?|before|previously|pre[- ]covid|before\s+covid|then|\u00a7\w+\u00a7)?\W*$")
_NOW = re.compile(r"(?i)\s+(?:now|currently|nowadays|these\s+days|today|this\s+year)$")
_OWN_YEAR = re.compile(r"(?i)\s*,?\s*\b(?:in|for|during|over)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?((?:19|20)\d\d)"
                       r"(?:\s*[/-]\s*\d{2,4})?\s*$")
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


@dataclass
class Comparison:
    first: str  # the words before the comparison ("agency social workers")
    second: str | None  # the other thing, written out ("permanent social workers"); None for a comparison of times
    years_ago: int | None = None  # "5 years ago": how far back the earlier time is
    year: int | None = None  # "compared with 2019": the earlier year
    other_year: int | None = None  # lead43: "in 2024/25 compared to 2023/24": the year the first side names itself


def read(words: str) -> Comparison | None:
    """The comparison in WORDS (a frame's subject or clause), or None when WORDS compare nothing."""
    m = _COMPARE.search(words or "")
    if not m or not m.start():
        return None
    first = _NOW.sub("", words[:m.start()].strip(" ,"))
    rest = m.group("rest").strip(" ,.?")
    if not first:
        return None
    if _TIME.match(rest):
        # lead43: the first side's own year ("spend on agency staff in 2024/25 compared to 2023/24"): the two years are
        # the span, and the first side is what is counted in each, without its year
        own = _OWN_YEAR.search(first)
        other_year = int(own.group(1)) if own else None
        first = first[: own.start()].strip(" ,") if own and own.start() else first
        ago = re.search(r"(?i)\b(\w+|\d+)\s+years?\s+ago\b", rest)
        years_ago = None
        if ago:
            n = ago.group(1).lower()
            years_ago = int(n) if n.isdigit() else _NUMBERS.get(n)
        year = re.search(r"\b((?:19|20)\d\d)\b", rest)
        return Comparison(first, None, years_ago=years_ago, year=int(year.group(1)) if year else None,
                          other_year=other_year)
    if len(rest.split()) > 5 or re.search(r"(?i)\b(?:the\s+)?(?:national|england|average|other)\b", rest):
        return None  # "against the national average", "compared to other councils": not a thing this body holds
    second = rest
    # "agency social workers compared to permanent ones": "ones" is what the first names without its first word (the
    # word the comparison is about): "social workers"
    head = " ".join(first.split()[1:]) if len(first.split()) > 1 else first
    if re.search(r"(?i)\bone\b", second):
        head = " ".join(head.split()[:-1] + [_singular(head.split()[-1])])
    second = re.sub(r"(?i)\bones?\b", head, second)
    return Comparison(first, second)


def _singular(noun: str) -> str:
    from lemminflect import getAllLemmas

    forms = getAllLemmas(noun.lower()).get("NOUN", ())
    return forms[0] if forms else noun


def subject_side(subject: str | None, comparison: Comparison) -> tuple[str, str] | None:
    """When a clause compared ("searched compared to white people who found nothing") sets against the part's SUBJECT
    ("black people") another group of the same kind: (the other group, the clause both share: "white people",
    "searched who found nothing"); None when the second side is not such a group ("issued for dog fouling")."""
    if not subject or comparison.second is None:
        return None
    head = subject.split()[-1].lower()
    words = comparison.second.split()
    at = next((k for k, w in enumerate(words[:4]) if w.lower() == head), None)
    if at is None or at == 0 or any(w.lower() in ("for", "of", "on", "to", "in", "at", "by", "from", "with") for w in words[:at]):
        return None
    rest = " ".join(words[at + 1:])
    return " ".join(words[:at + 1]), f"{comparison.first} {rest}".strip()


def second_clause(first: str, second: str) -> str:
    """The clause of the second thing compared, with the first clause's verb and preposition: "issued for littering"
    and "dog fouling" -> "issued for dog fouling"."""
    m = re.match(r"(?i)^(.*\b(?:for|of|on|to|in|at|about|by|from|with)\s+)", first)
    return f"{m.group(1)}{second}" if m and not re.match(r"(?i)(?:for|of|on|to|in|at|about|by|from|with)\b", second) else second


def years_span(comparison: Comparison, today: date, period: tuple[date, date] | None) -> tuple[date, date] | None:
    """The period a comparison of times asks about: from the earlier time's year to the latest complete year (a
    calendar year, or a financial year when PERIOD, the period the message stated, starts in April)."""
    april = period is not None and period[0].month == 4 and period[0].day == 1
    if april:
        last_end = date(today.year if today >= date(today.year, 4, 1) else today.year - 1, 3, 31)
        last_start_year = last_end.year - 1
    else:
        last_end = date(today.year - 1, 12, 31)
        last_start_year = last_end.year
    if comparison.year and comparison.other_year and comparison.other_year != comparison.year:
        # lead43: two years named ("in 2024/25 compared to 2023/24"): from the earlier to the later, nothing after
        lo, hi = sorted((comparison.year, comparison.other_year))
        return (date(lo, 4, 1), date(hi + 1, 3, 31)) if april else (date(lo, 1, 1), date(hi, 12, 31))
    if comparison.year:
        first_year = comparison.year
    elif comparison.years_ago:
        first_year = last_start_year - comparison.years_ago
    elif period is not None:
        first_year = period[0].year
    else:
        return None
    if first_year >= last_start_year:
        return None
    return (date(first_year, 4, 1) if april else date(first_year, 1, 1)), last_end
