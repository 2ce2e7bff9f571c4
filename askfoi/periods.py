"""Time periods as people write them ("2020/21 to 2023/24", "last 12 months") turned into dates.

A request that names exact dates is easier to answer and harder to refuse, so askfoi turns what
the person typed into a start and end day and shows it back in plain words. The kinds of year
(calendar, financial, academic, tax) and their start days are data in knowledge/vocab/period_kinds.yaml.
Relative periods count whole months or whole years, so the request means the same on the day it
arrives as on the day it is answered.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pydantic import BaseModel

from askfoi.knowledge import load_vocab


class Period(BaseModel):
    start: date
    end: date
    label: str  # "1 April 2020 to 31 March 2024"
    name: str | None = None  # additive: what a chooser shows, e.g. "Last financial year"


class PeriodKind(BaseModel):
    label: str
    start_month: int
    start_day: int = 1
    split_default: bool = False
    words: list[str]


Span = tuple[date, date]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
RELATIVE_WORDS = ("last", "past", "previous", "preceding")
MIN_YEAR, MAX_YEAR = 1900, 2199

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$")
_DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})(?: (\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})$")
_MONTH_YEAR = re.compile(rf"^({_MONTH})(?: (\d{{4}}))?$")
_SPLIT_YEAR = re.compile(r"^(\d{4})(?:/(\d{2}|\d{4})|-(\d{2}))$")
_YEAR = re.compile(r"^(\d{4})$")
_SEPARATOR = re.compile(r"\s+(?:to|until|till|through|and)\s+|\s*-\s*")
_RELATIVE = re.compile(rf"^(?:{'|'.join(RELATIVE_WORDS)})(?: (\d+|{'|'.join(NUMBER_WORDS)}))? (.+?)$")
_FILLER = re.compile(r"^(?:for|during|over|covering|in|within)\s+|^(?:the\s+)?(?:time\s+)?period(?:\s+of)?\s+|^the\s+")


def _kinds() -> dict[str, PeriodKind]:
    data, _problems = load_vocab("period_kinds", PeriodKind)
    return data if isinstance(data, dict) else {}


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def label_for(start: date, end: date) -> str:
    """Plain English, both ends written out: '1 April 2020 to 31 March 2024'."""
    if start == end:
        return long_date(start)
    return f"{long_date(start)} to {long_date(end)}"


def _month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _kind_year(kind: PeriodKind, first_year: int) -> Span:
    """The kind's year that starts in FIRST_YEAR (for a calendar year, the year itself)."""
    start = date(first_year, kind.start_month, kind.start_day)
    return start, _shift_months(start, 12) - timedelta(days=1)


def _current_kind_year_start(kind: PeriodKind, today: date) -> int:
    start_this_year = date(today.year, kind.start_month, kind.start_day)
    return today.year if today >= start_this_year else today.year - 1


def _kind_from_words(text: str) -> tuple[str, PeriodKind | None]:
    """Take a kind phrase off the front or back of TEXT ('academic year 2022/23', '2022/23 financial year')."""
    phrases = sorted(((w, k) for k in _kinds().values() for w in k.words), key=lambda p: len(p[0]), reverse=True)
    for phrase, kind in phrases:
        for pattern in (rf"^{re.escape(phrase)}\s+(.+)$", rf"^(.+?)\s+{re.escape(phrase)}$"):
            if m := re.match(pattern, text):
                return m.group(1), kind
    return text, None


def _kind_named(phrase: str) -> PeriodKind | None:
    return next((k for k in _kinds().values() if phrase in k.words), None)


def _default_split_kind() -> PeriodKind | None:
    return next((k for k in _kinds().values() if k.split_default), None)


def _endpoint(text: str, kind: PeriodKind | None, year_hint: int | None) -> tuple[Span, bool] | None:
    """One end of a range. Returns the span it covers and whether it named its own year."""
    text = text.strip(" ,.")
    if any(not MIN_YEAR <= int(y) <= MAX_YEAR for y in re.findall(r"\d{4}", text)):
        return None  # no FOI period lies outside these years, and date arithmetic stays in range
    if m := _ISO.match(text):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _day(year, int(m[2]), int(m[1]))
    if m := _DAY_MONTH.match(text):
        year = int(m[3]) if m[3] else year_hint
        if year is None:
            return None
        found = _day(year, MONTHS[m[2]], int(m[1]))
        return (found[0], bool(m[3])) if found else None
    if m := _MONTH_DAY.match(text):
        return _day(int(m[3]), MONTHS[m[1]], int(m[2]))
    if m := _MONTH_YEAR.match(text):
        year = int(m[2]) if m[2] else year_hint
        if year is None:
            return None
        return _month_span(year, MONTHS[m[1]]), bool(m[2])
    if m := _SPLIT_YEAR.match(text):
        first = int(m[1])
        second = m[2] or m[3]
        expected = str(first + 1)
        if second not in (expected, expected[-2:]):
            return None
        if kind is not None and kind.start_month == 1:  # "calendar year 2023/24" names no one year
            return None
        split_kind = kind or _default_split_kind()
        if split_kind is None:
            return None
        return _kind_year(split_kind, first), True
    if m := _YEAR.match(text):
        year = int(m[1])
        return (_kind_year(kind, year) if kind else (date(year, 1, 1), date(year, 12, 31))), True
    return None


def _day(year: int, month: int, day: int) -> tuple[Span, bool] | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return (found, found), True


def _range(text: str, kind: PeriodKind | None, *, single: bool = True) -> Span | None:
    """A single endpoint (when SINGLE), or two joined by 'to', 'until', 'and' or a dash."""
    one = _endpoint(text, kind, None) if single else None
    if one:
        return one[0]
    for sep in _SEPARATOR.finditer(text):
        left_text, right_text = text[: sep.start()], text[sep.end() :]
        right = _endpoint(right_text, kind, None)
        if not right:
            continue
        right_span, _ = right
        left = _endpoint(left_text, kind, right_span[0].year)
        if not left:
            continue
        (start, _left_end), left_has_year = left
        if not left_has_year and start > right_span[1]:
            shifted = _endpoint(left_text, kind, right_span[0].year - 1)
            start = shifted[0][0] if shifted else start
        return start, right_span[1]
    return None


def _count(word: str | None) -> int:
    if word is None:
        return 1
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _relative(text: str, today: date) -> Span | None:
    """'last 12 months', 'the past 3 financial years', 'last year', 'this financial year'."""
    this_month = date(today.year, today.month, 1)
    if text == "year to date":
        return date(today.year, 1, 1), today
    if m := re.match(r"^(?:this|current) (.+)$", text):
        if m[1] == "month":
            return this_month, today
        kind = _kinds().get("calendar") if m[1] == "year" else _kind_named(m[1])
        return (_kind_year(kind, _current_kind_year_start(kind, today))[0], today) if kind else None
    m = _RELATIVE.match(text)
    if not m:
        return None
    count, unit = _count(m[1]), m[2]
    if not 1 <= count <= 100:
        return None
    if unit in ("day", "days"):
        return today - timedelta(days=count - 1), today
    if unit in ("week", "weeks"):
        return today - timedelta(days=7 * count - 1), today
    if unit in ("month", "months"):
        return _shift_months(this_month, -count), this_month - timedelta(days=1)
    if unit in ("year", "years"):
        if m[1] is None:  # "last year": the last whole calendar year
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return _shift_months(this_month, -12 * count), this_month - timedelta(days=1)
    kind = _kind_named(unit)
    if kind is None:
        return None
    first = _current_kind_year_start(kind, today) - count
    return _kind_year(kind, first)[0], _kind_year(kind, first + count - 1)[1]


def _open_ended(text: str, today: date) -> Span | None:
    """'since January 2022': from the start of what is named up to today."""
    rest, kind = _kind_from_words(text)
    start = _endpoint(rest, kind, None)
    return (start[0][0], today) if start else None


def _parse(text: str, today: date) -> Span | None:
    t = re.sub(r"[\u2013\u2014\u2212]", "-", text.lower())
    t = re.sub(r"\s+", " ", t).strip(" .,;:")
    if not t or len(t) > 120:
        return None
    while (stripped := _FILLER.sub("", t, count=1)) != t:
        t = stripped
    if found := _relative(t, today):
        return found
    if m := re.match(r"^(?:since|starting(?: from)?) (.+)$", t):
        return _open_ended(m[1], today)
    if m := re.match(r"^(?:between|from) (.+)$", t):
        rest, kind = _kind_from_words(m[1])
        return _range(rest, kind, single=False) or (_open_ended(m[1], today) if t.startswith("from") else None)
    rest, kind = _kind_from_words(t)
    return _range(rest, kind)


def parse_period(text: str, today: date | None = None) -> Period | None:
    """TEXT as a Period, or None when it is not a period or lies wholly in the future / runs backwards."""
    today = today or date.today()
    span = _parse(text or "", today)
    if span is None:
        return None
    start, end = span
    if start > end or start > today:
        return None
    return Period(start=start, end=end, label=label_for(start, end))


def explain_period_error(text: str, today: date | None = None) -> str | None:
    """Why parse_period gave None, in plain words; None when the period is fine."""
    today = today or date.today()
    if not (text or "").strip():
        return "no time period given"
    span = _parse(text, today)
    if span is None:
        return (
            f"askfoi could not read {text.strip()[:60]!r} as a time period; try '2023', '2020/21 to 2023/24', "
            "'last 12 months' or '1 January 2023 to 31 December 2023'"
        )
    start, end = span
    if start > end:
        return f"the period {text.strip()[:60]!r} ends before it starts"
    if start > today:
        return f"the period {text.strip()[:60]!r} is in the future: an authority can only give information it already holds"
    return None


def period_choices(today: date | None = None) -> list[Period]:
    """Sensible ready-made periods relative to TODAY, most common first."""
    today = today or date.today()
    kinds = _kinds()
    choices: list[tuple[str, Span]] = [
        ("Last calendar year", (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)))
    ]
    financial = kinds.get("financial")
    if financial:
        current = _current_kind_year_start(financial, today)
        choices.append(("Last financial year", _kind_year(financial, current - 1)))
    this_month = date(today.year, today.month, 1)
    choices.append(("Last 12 months", (_shift_months(this_month, -12), this_month - timedelta(days=1))))
    if financial:
        choices.append(
            ("Last 3 financial years", (_kind_year(financial, current - 3)[0], _kind_year(financial, current - 1)[1]))
        )
    return [Period(start=s, end=e, label=label_for(s, e), name=name) for name, (s, e) in choices]
