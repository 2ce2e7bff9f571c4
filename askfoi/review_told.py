"""af99 (nc97 #2, j8): when the person says, in their own words, they asked for an internal review, and the other
days an ICO complaint gives (the request's, the reply's), typed on the complaint's view.

The Commissioner asks for the dates of the request, the authority's response and the request for a review
(askfoi.followup.complaint_letter encloses each "of" its day). A review outcome rarely says the day the review was
asked for, and "our response to your request of 14 August" is the request's day, never the review's (nr97). So the
day, or only the month, the person told ("i asked for a review in september", "requested an internal review on 3
september") is what the complaint can use; a month is said as a month, never made into a day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from askfoi.pasted_reply import _MONTH_NAMES, sent_day, typed_day

_MONTH = r"(?:" + "|".join(m[:3] + r"[a-z]*" for m in _MONTH_NAMES) + r")"
_ASKED = r"(?:asked|requested|put\s+in|sent|applied|appealed|went)"
_REVIEW = r"(?:an?\s+|the\s+|their\s+)?(?:internal\s+)?review\b"
# "i asked for a review in september", "requested an internal review on 3 sept", "asked them to review it on ...",
# "put in for an internal review of the decision on 2 october": the words after the review, up to the next clause
_AFTER = re.compile(rf"(?i)\b{_ASKED}\s+(?:in\s+)?(?:for\s+|them\s+(?:for\s+|to\s+)|it\s+to\s+)?(?:{_REVIEW}|review\s+(?:it|that|this|the\s+decision)\b)"
                    r"(?P<tail>[^.?!;]{0,60})")
# "on 3 september i asked for a review", "in september we requested a review"
_BEFORE = re.compile(rf"(?i)\b(?P<head>(?:on|in)\s+[^.?!;,]{{1,25}}?),?\s+(?:i|we)\s+{_ASKED}\s+(?:for\s+)?{_REVIEW}")
# the review's own clause ends where another begins: "... in september and they upheld it on 20 november"
_CLAUSE_END = re.compile(r"(?i),|\b(?:and|but|then|so|which|who|they|it\s+was|upheld|replied|answered)\b")
_MONTH_ONLY = re.compile(rf"(?i)\b(?:in|during|early|late|mid|around|back\s+in|at\s+the\s+(?:start|end)\s+of)\s+(?:-?\s*)"
                         rf"(?P<month>{_MONTH}|sept)\b(?:\s+(?P<year>\d{{4}}))?")


@dataclass(frozen=True)
class Told:
    """A day (DAY) or only a month (MONTH, "September 2026") the person said they asked for the review."""

    day: date | None = None
    month: str | None = None


def _month_of(word: str, year: str | None, today: date) -> str | None:
    number = next((i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(word.lower()[:3])), None)
    if number is None:
        return None
    y = int(year) if year else (today.year if number <= today.month else today.year - 1)
    if date(y, number, 1) > today:
        return None
    return f"{_MONTH_NAMES[number - 1].title()} {y}"


def _when(words: str, today: date) -> Told | None:
    day = sent_day(words, today)
    if day is not None:
        return Told(day=day)
    m = _MONTH_ONLY.search(words)
    if m:
        month = _month_of(m.group("month"), m.group("year"), today)
        return Told(month=month) if month else None
    return None


def review_asked_told(text: str | None, today: date) -> Told | None:
    """The day or month TEXT says the person asked for an internal review; None when it says neither (a day ahead
    of TODAY is a misreading)."""
    for m in _AFTER.finditer(text or ""):
        tail = m.group("tail")
        end = _CLAUSE_END.search(tail)
        found = _when(tail[:end.start()] if end else tail, today)
        if found:
            return found
    for m in _BEFORE.finditer(text or ""):
        found = _when(m.group("head"), today)
        if found:
            return found
    return None


# typed on the complaint's view: "review asked 14/09/2026", "request sent 14 august", "replied 2 september"
_TYPED = (
    ("review_asked", re.compile(r"(?i)^\s*(?:i\s+)?(?:asked\s+for\s+(?:the\s+|an?\s+)?(?:internal\s+)?review|"
                                r"(?:internal\s+)?review(?:\s+request(?:ed)?|\s+asked(?:\s+for)?|\s+sent)?)\s*(?:on|:)?\s+(?P<day>.+)$")),
    ("sent", re.compile(r"(?i)^\s*(?:i\s+)?(?:(?:my\s+)?request(?:\s+(?:sent|made|dated))?|sent(?:\s+(?:it|my\s+request))?)"
                        r"\s*(?:on|:)?\s+(?P<day>.+)$")),
    ("replied", re.compile(r"(?i)^\s*(?:they\s+)?(?:replied|answered|(?:first\s+)?(?:reply|response)(?:\s+(?:came|received|dated))?)"
                           r"\s*(?:on|:)?\s+(?P<day>.+)$")),
)


def typed_dates(typed: str, today: date) -> dict[str, date]:
    """{"review_asked" | "sent" | "replied": day} for each "WHAT DAY" typed on the complaint's view, several joined by
    "," or ";" or " and " ("request 14/08/2026, review asked 14/09/2026"); {} when any piece is not one (a name typed
    there signs the letter instead)."""
    out: dict[str, date] = {}
    pieces = [p for p in re.split(r"(?i)\s*[,;]\s*|\s+and\s+", typed or "") if p.strip()]
    for piece in pieces:
        for key, pattern in _TYPED:
            m = pattern.match(piece)
            if m:
                day = typed_day(m.group("day").strip().rstrip("."), today)
                if day is None:
                    return {}
                out[key] = day
                break
        else:
            return {}
    return out
