"""Time periods as people write them ("2020/21 to 2023/24", "last 12 months") turned into dates.

A request that names exact dates is easier to answer and harder to refuse, so askfoi turns what
the person typed into a start and end day and shows it back in plain words. The kinds of year
(calendar, financial, academic, tax) and their start days are data in knowledge/vocab/period_kinds.yaml.
Relative periods count whole months or whole years, so the request means the same on the day it
arrives as on the day it is answered.
"""

from __future__ import annotations

import calendar
import contextlib
import contextvars
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel

from askfoi.knowledge import load_vocab


# lead49: lower-case "may" is a month after these words ("since may", "last may", "from may", "until may")
_MAY_BEFORE = frozenset("since from until till til untill during last this next early late mid between".split())
# ... and after "in" / "before" / "after" / "by" / "of" only at a clause's end ("in may", "in may and june", "the end of may,")
_MAY_AFTER = frozenset({"", ",", ".", "?", "!", ";", ":", "and", "or", "to", "till", "until", "when", "while", "this",
                        "last", "next", "-", "\u2013"})


class Period(BaseModel):
    start: date
    end: date
    label: str  # "1 April 2020 to 31 March 2024"
    name: str | None = None  # additive: what a chooser shows, e.g. "Last financial year"
    snapshot: bool = False  # nx79: the latest figures held, no range ("the most recent date for which you hold figures")

    @property
    def said(self) -> str:
        """nf94 (nc94 #10): the label as said to the person: a snapshot's names the organisation that holds the figures
        ("you" in the letter's label is the body it goes to)."""
        return said_label(self.label)


def said_label(label: str) -> str:
    """nf94: LABEL as said to the person (knowledge/vocab/period_words.yaml snapshots' said); LABEL when it has none."""
    data, _ = load_vocab("period_words")
    for entry in (data or {}).get("snapshots") or []:
        if str(entry.get("label")) == label and entry.get("said"):
            return str(entry["said"])
    return label


class PeriodKind(BaseModel):
    label: str
    start_month: int
    start_day: int = 1
    split_default: bool = False
    words: list[str]
    # fr10c: a bare split year ("2024/25") in a sentence about these (and no money) is this kind ("school exclusions")
    subject_words: list[str] = []
    # org17: a bare split year in a sentence with one of these AND one of context_words is this kind ("attendance at
    # schools in 2024/25"; "a&e attendances in 2024/25" stays a financial year)
    context_subject_words: list[str] = []
    context_words: list[str] = []
    # ck21: a kind of year kept by a kind of body (a university's academic year): a bare split year, or the academic
    # year, in a sentence that names such a body is this kind
    body_words: list[str] = []
    # lead46 (nc53 #2): a body word followed by one of these names a body of another kind ("University Hospitals
    # Birmingham NHS Foundation Trust", "Cardiff and Vale University Health Board": NHS bodies, April to March)
    body_words_not_before: list[str] = []


Span = tuple[date, date]
_MONEY = re.compile(r"(?i)[£$€]|\b(?:spen[dt]\w*|budget\w*|costs?|paid|pay|funding|funded|income|expenditure|grants?|money)\b")

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
RELATIVE_WORDS = ("last", "past", "previous", "preceding")
# fr26: words that may follow "last winter" when it names the period ("last winter and ...", "last summer when ..."),
# unlike a noun it describes ("the last summer fete")
_AFTER_SEASON = frozenset("and or in at on for when while because so but was were is are did do to by from with "
                          "during after before compared than please thanks".split())
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


_YEAR_EDGES = {"starting": "start", "beginning": "start", "commencing": "start", "ending": "end", "ended": "end"}


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


def _unhedged(text: str) -> str:
    """ny79 (nc79 #12): TEXT, a period typed as an answer, without the loose words around it ("the last year i
    suppose", "2024 please", "i think the last 2 years, thanks"; period_words.yaml typed_hedges); TEXT as it is
    when it has none."""
    words = _hedge_words(period_words().typed_hedges)
    if not words:
        return text
    t, before = (text or "").strip(), None
    while t != before:
        before = t
        t = re.sub(rf"(?i)^(?:{words})\b[\s,.;:!-]*", "", t).strip()
        t = re.sub(rf"(?i)[\s,;:(-]*\b(?:{words})[\s.!)]*$", "", t).strip()
    return t or text


def _span_typed(text: str, today: date) -> Span | None:
    span = _grammar_span(text or "", today) or _parse(text or "", today)
    if span is None and (bare := _unhedged(text)) != (text or "").strip():
        span = _grammar_span(bare, today) or _parse(bare, today)
    return span


@functools.lru_cache(maxsize=1)
def _snapshots() -> tuple[tuple[str, str, re.Pattern], ...]:
    data, _ = load_vocab("period_words")
    out = []
    for entry in (data or {}).get("snapshots") or []:
        words = sorted({str(w).lower() for w in entry.get("words") or []} | {str(entry["label"]).lower()}, key=len, reverse=True)
        out.append((str(entry["label"]), str(entry.get("name") or entry["label"]),
                    re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])")))
    return tuple(out)


def snapshot_period(text: str, today: date | None = None) -> Period | None:
    """nx79 (nc76 #15): TEXT asks for no range but the latest figures held ("just the latest figures really, whatever
    they have now", "the most recent year available"): that snapshot as a Period whose label the letter says ("for the
    most recent date for which you hold figures"); None when TEXT names a date (a digit) or no snapshot. The most
    specific wins: "the latest full year" is a year, never the latest date."""
    if not text or re.search(r"\d", text) or len(text) > 160:
        return None
    today = today or date.today()
    hits = [(len(m.group(0)), label, name) for label, name, rx in _snapshots() for m in [rx.search(text)] if m]
    if not hits:
        return None
    covered = {i for _, _, rx in _snapshots() for m in rx.finditer(text) for i in range(*m.span())}
    rest = "".join(" " if i in covered else c for i, c in enumerate(text))
    fill = set(period_words().snapshot_fill)
    if [w for w in re.findall(r"[a-z']+", rest.lower()) if w not in fill]:
        return None  # a sentence that says more ("how many are currently waiting") is no answer of a period
    _, label, name = max(hits)
    return Period(start=today, end=today, label=label, name=name, snapshot=True)


def snapshot_choice(today: date | None = None) -> Period | None:
    """The snapshot offered beside the ready-made ranges (the first in the data)."""
    entries = _snapshots()
    today = today or date.today()
    return Period(start=today, end=today, label=entries[0][0], name=entries[0][1], snapshot=True) if entries else None


def parse_period(text: str, today: date | None = None) -> Period | None:
    """TEXT as a Period, or None when it is not a period or lies wholly in the future / runs backwards."""
    today = today or date.today()
    if (snap := snapshot_period(text or "", today)) is not None:
        return snap
    span = _span_typed(text, today)
    if span is None:
        return None
    start, end = span
    if start > end or start > today:
        return None
    return Period(start=start, end=end, label=label_for(start, end))


def _quoted(text: str, most: int = 80) -> str:
    """TEXT on one line for an error message, cut at a word with "..." when longer than MOST (never mid-word)."""
    said = " ".join((text or "").split())
    if len(said) <= most:
        return said
    return said[:most].rsplit(" ", 1)[0].rstrip(" ,;:") + " ..."


def explain_period_error(text: str, today: date | None = None) -> str | None:
    """Why parse_period gave None, in plain words; None when the period is fine."""
    today = today or date.today()
    if not (text or "").strip():
        return "no time period given"
    span = _span_typed(text, today)
    if span is None and undated_since(bare := _unhedged(text), today):
        # ny79 (nc79 #12): "since they brought in the licensing": a start askfoi has no date for is asked back
        return (f"askfoi has no date for \"{_quoted(bare)}\": type the month or year it began, for example "
                "'since October 2022', or pick one of the choices")
    if span is None:
        return (
            f"askfoi could not read \"{_quoted(text)}\" as a time period; try '2023', '2020/21 to 2023/24', "
            "'last 12 months' or '1 January 2023 to 31 December 2023'"
        )
    start, end = span
    if start > end:
        return f"the period {text.strip()[:60]!r} ends before it starts"
    if start > today:
        return f"the period {text.strip()[:60]!r} is in the future: an authority can only give information it already holds"
    return None


def period_choices(today: date | None = None, *, school: bool = False) -> list[Period]:
    """Sensible ready-made periods relative to TODAY, most common first. SCHOOL (lead49, nc61 #10): the body keeps
    its figures by school year, so the school years come first ("This school year so far" included)."""
    today = today or date.today()
    kinds = _kinds()
    choices: list[tuple[str, Span]] = []
    academic = kinds.get("academic") if school else None
    if academic:
        current = _current_kind_year_start(academic, today)
        choices.append(("Last school year", _kind_year(academic, current - 1)))
        choices.append(("This school year so far", (_kind_year(academic, current)[0], today)))
        choices.append(("Last 3 school years", (_kind_year(academic, current - 3)[0], _kind_year(academic, current - 1)[1])))
    choices.append(("Last calendar year", (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))))
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
    if academic:  # five at most: the school years, then the calendar year and the last 12 months
        choices = [c for c in choices if "financial" not in c[0]]
    out = [Period(start=s, end=e, label=label_for(s, e), name=name) for name, (s, e) in choices]
    # nx79 (nc76 #15): the latest figures held, for who wants no range at all (a waiting list now, not a year's flow)
    snap = snapshot_choice(today) if not academic else None  # (a school's five stay five; typed, it is still read)
    return out + ([snap] if snap is not None else [])


# --- finding the periods a text states ---------------------------------------------------------------------
#
# A date grammar over tokens: points (a day, a month, a quarter, a year, a split year, a kind's year), joined
# into ranges ("between 1 Jan 2015 and 31 Dec 2015", "April 2018 to March 2021", "2020/21-2024/25"), lists
# ("the financial years 2017/18, 2018/19 and 2019/20"), open ends ("since 2017", "from 2015 onwards",
# "2010 to the present day") and relative periods ("the last three financial years", "each of the last 5
# years"). Each span found is then given a role from what stands around it: a period of what is asked, the
# year in a law's name ("Data Protection Act 2018"), a date of an event or letter in the person's story, or
# a count ("over 2000 people"). The words read around a date are data: knowledge/vocab/period_words.yaml.


class PeriodWords(BaseModel):
    range_words: list[str]
    now_words: list[str]
    onward_words: list[str]
    lead_words: dict[str, list[str]]
    snapshot_fill: list[str] = []  # nx79: the words around a snapshot typed as the period ("just the latest figures really")
    relative_words: list[str]
    relative_fill: list[str]
    relative_units: list[str]
    number_words: dict[str, int]
    seasons: dict[str, tuple[int, int]] = {}
    name_words: list[str]
    document_words: list[str]
    dated_words: list[str]
    document_verbs: list[str]
    quantity_words: list[str]
    reference_words: list[str]
    determiners: list[str]
    period_nouns: list[str]
    story_pronouns: list[str]
    request_cues: list[str]
    hedge_before: list[str] = []
    hedge_after: list[str] = []
    typed_hedges: list[str] = []
    event_leads: list[str] = []
    event_links: list[str] = []


class DateMention(BaseModel):
    """A date or period found in a text, with what it is there for."""

    start: date
    end: date
    label: str
    written: str  # as written, without a leading "in"/"during"/"for"
    span: tuple[int, int]  # character offsets in the text, the leading word included
    role: Literal["period", "name", "event", "count"] = "period"


_WORDS_CACHE: list[PeriodWords] = []
_ASCII_NUMBER = re.compile(r"[0-9]+")


def _isnum(text: str) -> bool:
    """Only 0-9: str.isdigit() also takes '\u00b2', which int() refuses."""
    return _ASCII_NUMBER.fullmatch(text) is not None


def period_words() -> PeriodWords:
    if not _WORDS_CACHE:
        data, _problems = load_vocab("period_words")
        _WORDS_CACHE.append(PeriodWords.model_validate(data))
    return _WORDS_CACHE[0]


_TOKEN = re.compile(
    r"(?P<iso>(?<![\d/.])\d{4}-\d{1,2}-\d{1,2}(?![\d/]|\.\d))"
    r"|(?P<numdate>(?<![\d/.])\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?![\d/]|\.\d))"
    r"|(?P<split>(?<![\d/.])\d{4}(?:\s?[/\-\u2013]\s?(?:\d{4}|\d{2})|/\d)(?![\d/%A-Za-z]|\.\d|\s*(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
    r"|(?P<monthnum>(?<![\d/.])\d{1,2}/\d{4}(?![\d/]))"
    r"|(?P<decade>(?<!\d)\d{3}0['\u2019]?s\b)"
    r"|(?P<ord>\d{1,2}(?:st|nd|rd|th)\b)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[A-Za-z]+(?:['\u2019][A-Za-z]+)?)"
    r"|(?P<punct>\S)",
    re.ASCII,
)


@dataclass(frozen=True)
class _Tok:
    kind: str
    low: str
    start: int
    end: int


@dataclass
class _Point:
    """One end of a period: a span, or a month/day still waiting for its year (YEAR None)."""

    j: int  # the token after it
    start: date | None
    end: date | None
    grain: str  # day, month, quarter, year, split, kind, decade, range
    month: int | None = None
    day: int | None = None

    def in_year(self, year: int) -> Span | None:
        if self.start is not None:
            return self.start, self.end
        if self.month is None or not MIN_YEAR <= year <= MAX_YEAR:
            return None
        if self.day is None:
            return _month_span(year, self.month)
        try:
            one = date(year, self.month, self.day)
        except ValueError:
            return None
        return one, one


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.lastgroup if m.lastgroup != "sep" else "numdate", m.group().lower(), m.start(), m.end())
            for m in _TOKEN.finditer(text)]


# fx48: the message a question was cut from, while its periods are read (`told`): a word for schools in its story
_TOLD: contextvars.ContextVar[str] = contextvars.ContextVar("told", default="")


@contextlib.contextmanager
def told(message: str):
    """Periods read inside this block know MESSAGE (the whole message a question came from): "how many kids were
    excluded in 2023/24" after "my son goes to an academy" is a school's academic year."""
    token = _TOLD.set(message or "")
    try:
        yield
    finally:
        _TOLD.reset(token)


class BodyYear(BaseModel):
    """(ad51) The year the body a letter goes to keeps (knowledge/vocab/body_years.yaml): a period kind's name, the
    kinds named outright that mean the same year there, and whether money keeps the financial year."""

    kind: str
    said: str = ""
    types: list[str] = []
    name_words: list[str] = []
    body_kinds: list[str] = []
    except_bodies: list[str] = []
    same_years: list[str] = []
    not_money: bool = False


@functools.lru_cache(maxsize=1)
def _body_year_rules() -> tuple[BodyYear, ...]:
    data, _ = load_vocab("body_years")
    rules = (data or {}).get("rules") if isinstance(data, dict) else None
    return tuple(BodyYear.model_validate(r) for r in rules or [])


def body_year_of(name: str | None, type_: str | None = None, body_kind: str | None = None) -> BodyYear | None:
    """(ad51, nc49 #10) The year the body NAME (of authority type TYPE_, or found by name as BODY_KIND: "school")
    keeps its figures by, when it is not the April-to-March default: a university's 1 August, an academy trust's
    1 September, a school's school year; None for any other body."""
    low = (name or "").lower()
    for rule in _body_year_rules():
        if name and name in rule.except_bodies or rule.kind not in _kinds():
            continue
        typed = type_ is not None and type_ in rule.types or body_kind is not None and body_kind in rule.body_kinds
        if typed and any(re.search(rf"\b{re.escape(w)}\b", low) for w in rule.name_words) \
                or body_kind is not None and body_kind in rule.body_kinds:
            return rule
    return None


# ad51: the year of the body the message is being framed for (set by askfoi.framing once it has found the body)
_BODY_YEAR: contextvars.ContextVar[BodyYear | None] = contextvars.ContextVar("body_year", default=None)


@contextlib.contextmanager
def body_year(year: BodyYear | None):
    """Periods read inside this block follow YEAR, the year of the body the letter goes to: "2024/25" asked of Cardiff
    University is 1 August 2024 to 31 July 2025 wherever in the message it is said."""
    token = _BODY_YEAR.set(year)
    try:
        yield
    finally:
        _BODY_YEAR.reset(token)


def current_body_year() -> BodyYear | None:
    return _BODY_YEAR.get()


# sp63: the framing reads the same few texts' dates many times over (each sentence, part and check: 1,615 scans of 273
# texts for 60 messages). A reading is kept per process, keyed by the text, the day and what the reading depends on
# beyond them (the body's year and the story told, set by askfoi.framing); each caller gets its own list (and its
# own DateMention copies). forget_periods() empties it (askfoi.framing.forget_framings, once per test).
_READ: dict[tuple, list] = {}
_READ_MOST = 4096


def forget_periods() -> None:
    _READ.clear()


def _kept_reading(fn):
    @functools.wraps(fn)
    def read(text: str, today: date | None = None):
        today = today or date.today()
        held = _BODY_YEAR.get()
        key = (fn.__name__, text, today, None if held is None else repr(held), _TOLD.get())
        try:
            found = _READ[key]
        except KeyError:
            found = fn(text, today)
            if len(_READ) >= _READ_MOST:
                _READ.clear()
            _READ[key] = found
        except TypeError:  # text of the wrong type: read (and refused there) as before, never kept
            return fn(text, today)
        return [x.model_copy() if isinstance(x, BaseModel) else x for x in found]
    read.unkept = fn
    return read


class _Grammar:
    """Date points, ranges, lists and relative periods over the tokens of one text."""

    def __init__(self, text: str, today: date):
        self.text = text
        self.toks = _tokens(text)
        self.today = today
        self.words = period_words()
        self.kinds = _kinds()
        self.raw_shape: dict[int, str] = {}  # first token -> the shape of the date itself, before "since" etc.
        self._kind_memo: dict[int, tuple[PeriodKind, int] | None] = {}
        self._sentence_kinds: dict[str, PeriodKind | None] = {}

    def sentence_kind(self, i: int) -> PeriodKind | None:
        """The one kind of split year (financial, academic, tax) the sentence around token I names, if it names
        exactly one: "the 2023-24, 2022-23 and 2021-22 academic years", "each of the past three academic years
        (2014/15, 2015/16)" are academic years, wherever in the sentence the kind is said."""
        at = self.toks[i].start
        start = max(self.text.rfind(c, 0, at) for c in ".?!\n;") + 1
        ends = [e for e in (self.text.find(c, at) for c in ".?!\n;") if e >= 0]
        sentence = self.text[start:min(ends) if ends else len(self.text)].lower()
        if sentence not in self._sentence_kinds:
            named = {name for name, kind in self.kinds.items() if kind.start_month != 1 and any(
                re.search(rf"\b{re.escape(w)}\b", sentence) for w in kind.words if len(w) > 2)}
            if not named and not _MONEY.search(sentence):
                # fr10c: no kind named: the kind the subject is counted in ("school exclusions in 2024/25": academic)
                # fx48 (nc47 #7): the word for schools may be in the story before the question ("my son goes to an
                # academy in leeds and they excluded him. how many kids were excluded in 2023/24"): the same school
                told = (self.text[:start] + " " + _TOLD.get()).lower()
                named = {name for name, kind in self.kinds.items() if kind.start_month != 1 and (any(
                    re.search(rf"\b{re.escape(w)}\b", sentence) for w in kind.subject_words) or (any(
                        re.search(rf"\b{re.escape(w)}\b", sentence) for w in kind.context_subject_words) and any(
                        re.search(rf"\b{re.escape(w)}\b", sentence) or re.search(rf"\b{re.escape(w)}\b", told)
                        for w in kind.context_words)))}
            body = self._body_kind(sentence)
            same = {"academic"}
            held = _BODY_YEAR.get()
            if body is None and held is not None and not (held.not_money and _MONEY.search(sentence)) \
                    and not (named and all(self.kinds[n].start_month == self.kinds[held.kind].start_month for n in named)):
                # ad51 (nc49 #10): the body the letter goes to keeps its own year ("cardiff uni - how much did the vice
                # chancellor get paid in 2024/25": its 1 August year), said in its question or not
                body, same = held.kind, set(held.same_years) | {"academic"} if held.kind != "academic" else set()
            if body is not None and named <= same | {body}:
                named = {body}  # ck21: "complaints to the university of bristol in 2023/24": its academic year
            self._sentence_kinds[sentence] = self.kinds[named.pop()] if len(named) == 1 else None
        return self._sentence_kinds[sentence]

    def _body_kind(self, sentence: str) -> str | None:
        """(ck21) The kind of year a body named in SENTENCE keeps (a university's academic year), else None."""
        for name, kind in self.kinds.items():
            other = "|".join(re.escape(w) for w in kind.body_words_not_before)
            tail = rf"(?!\s+(?:{other})\b)" if other else ""
            if any(re.search(rf"\b{re.escape(w)}\b{tail}", sentence) for w in kind.body_words):
                return name
        return None

    def _sentence_at(self, i: int) -> str:
        at = self.toks[i].start if i < len(self.toks) else len(self.text)
        start = max(self.text.rfind(c, 0, at) for c in ".?!\n;") + 1
        ends = [e for e in (self.text.find(c, at) for c in ".?!\n;") if e >= 0]
        return self.text[start:min(ends) if ends else len(self.text)].lower()

    # -- helpers
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def phrase(self, i: int, phrases) -> int | None:
        """The token after the longest of PHRASES written at token I, else None."""
        best = None
        for parts in _by_first_token(tuple(phrases)).get(self.low(i), ()):
            if all(self.low(i + k) == w for k, w in enumerate(parts)):
                if self._tight(i, i + len(parts)) and (best is None or i + len(parts) > best):
                    best = i + len(parts)
        return best

    def _tight(self, i: int, j: int) -> bool:
        """Tokens I..J-1 are separated only by spaces (no line break in a phrase)."""
        return all("\n" not in self.text[self.toks[k].end:self.toks[k + 1].start] for k in range(i, j - 1))

    def glued(self, i: int) -> bool:
        """A number joined to letters, or to another number that is no date ("pre-1980", "166/2018",
        "FOI-2023-0456"); "2020/21-2024/25" and "Feb-2024" are dates joined to dates."""
        tok = self.toks[i]
        before = self.text[max(0, tok.start - 2):tok.start]
        after = self.text[tok.end:tok.end + 2]
        if before and before[-1].isalnum():
            return True
        if len(before) == 2 and before[-1] in "/." and before[0].isalnum():
            return True
        joined = self._whole_date if len(tok.low) == 4 else self._date_token  # "5-10 June": a day after a day
        if len(before) == 2 and before[-1] == "-" and _isnum(before[0]) and not joined(i - 2):
            return True  # "(77-2023)" is a reference; "2020/21-2024/25" joins two dates
        if len(before) == 2 and before[-1] == "-" and before[0].isalpha() and self.month(i - 2) is None:
            return True
        if after and after[0].isalnum() and not (self.text[tok.end:tok.end + 2].lower() == "s" or tok.kind == "ord"):
            return True
        if len(after) == 2 and after[0] == "/" and after[1].isalnum():
            return True
        if len(after) == 2 and after[0] == "-" and after[1].isalnum() and not self._date_token(i + 2) \
                and self.month(i + 2) is None and self.is_now(i + 2) is None:
            return True  # "FOI-2023-0456"; but "2016-present" and "Jan-2020" are dates
        return False

    def _whole_date(self, i: int) -> bool:
        """Token I is a date by itself: a split year, an ISO or numeric date, mm/yyyy or a four-digit year."""
        if not 0 <= i < len(self.toks):
            return False
        tok = self.toks[i]
        return tok.kind in ("split", "iso", "numdate", "monthnum") or (
            tok.kind == "num" and len(tok.low) == 4 and _isnum(tok.low))

    def _date_token(self, i: int) -> bool:
        if not 0 <= i < len(self.toks):
            return False
        tok = self.toks[i]
        return tok.kind in ("split", "iso", "numdate", "monthnum") or (
            tok.kind == "num" and len(tok.low) == 4 and _isnum(tok.low)) or tok.kind == "ord" or (
            tok.kind == "num" and _isnum(tok.low) and len(tok.low) <= 2)

    def year(self, i: int) -> int | None:
        tok = self.toks[i] if i < len(self.toks) else None
        if tok is None or tok.kind != "num" or len(tok.low) != 4 or not _isnum(tok.low):
            return None
        value = int(tok.low)
        return value if MIN_YEAR <= value <= MAX_YEAR else None

    def month(self, i: int) -> tuple[int, int] | None:
        """(month, token after) for a month name at I, with its abbreviation's dot."""
        low = self.low(i)
        if i >= len(self.toks) or self.toks[i].kind != "word" or low not in MONTHS:
            return None
        if low == "march" and self.low(i - 1) in ("the", "a", "an") and not (
                self.year(i + 1) or self.day_number(i - 2) or self.day_number(i + 1)):
            return None  # org17: "went on the march", "a march through london": a protest, not the month
        if low == "may" and not self.text[self.toks[i].start].isupper():
            # "may" is a verb far more often than a month: lower case only right beside a day or a year
            if not (self.year(i + 1) or self.day_number(i - 1) or self.day_number(i + 1)
                    or self.low(i - 1) in _MAY_BEFORE
                    or self.low(i - 1) in ("in", "before", "after", "by", "of") and self.low(i + 1) in _MAY_AFTER):
                return None  # lead49: "since may", "from may to july", "in may, ...": a time word before it
        j = i + 1
        if self.low(j) == "." and self.toks[j].start == self.toks[i].end:
            j += 1
        return MONTHS[low], j

    def day_number(self, i: int) -> int | None:
        if not 0 <= i < len(self.toks):
            return None
        tok = self.toks[i]
        if tok.kind == "ord" or (tok.kind == "num" and _isnum(tok.low) and len(tok.low) <= 2):
            value = int(re.match(r"\d+", tok.low).group())
            return value if 1 <= value <= 31 else None
        return None

    def kind_at(self, i: int) -> tuple[PeriodKind, int] | None:
        """A kind of year named at I ("financial year", "FY", "academic years")."""
        if i in self._kind_memo:
            return self._kind_memo[i]
        found = self._kind_at(i)
        if found is not None and found[0] is self.kinds.get("academic"):
            body = self._body_kind(self._sentence_at(i))  # ck21: "the 2023/24 academic year" at a university
            if body is not None:
                found = (self.kinds[body], found[1])
        self._kind_memo[i] = found
        return self._kind_memo[i]

    def _kind_at(self, i: int) -> tuple[PeriodKind, int] | None:
        best = None
        for kind in self.kinds.values():
            j = self.phrase(i, kind.words)
            if j is not None and (best is None or j > best[1]):
                best = (kind, j)
        return best

    # -- points
    def point(self, i: int, kind: PeriodKind | None = None) -> _Point | None:
        if i >= len(self.toks):
            return None
        tok = self.toks[i]
        if tok.kind == "iso":
            y, m, d = (int(x) for x in tok.low.split("-"))
            return self._day(i + 1, y, m, d)
        if tok.kind == "numdate":
            a, b, c = (int(x) for x in re.split(r"[/.-]", tok.low))
            y = c + (2000 if c < 100 else 0)
            if b > 12 and a <= 12:
                a, b = b, a  # written month first (US)
            return self._day(i + 1, y, b, a)
        if tok.kind == "monthnum":
            m, y = (int(x) for x in tok.low.split("/"))
            if 1 <= m <= 12 and MIN_YEAR <= y <= MAX_YEAR:
                s, e = _month_span(y, m)
                return _Point(i + 1, s, e, "month")
            return None
        if tok.kind == "decade":
            y = int(tok.low[:4])
            if MIN_YEAR <= y <= MAX_YEAR - 9:
                return _Point(i + 1, date(y, 1, 1), date(y + 9, 12, 31), "decade")
            return None
        if tok.kind == "split" or (tok.kind == "num" and kind is None and self.year(i) is not None):
            # a kind of year named after it: "the 2022/23 financial year", "the 2020/21 academic year"
            suffix = self.kind_at(i + 1) if kind is None else None
            if suffix is not None and not self.low(suffix[1] - 1).endswith("s"):
                found = self._split(i, suffix[0]) if tok.kind == "split" else self.point(i, suffix[0])
                if found is not None:
                    found.j = suffix[1]
                    return found
        if tok.kind == "split":
            return self._split(i, kind)
        k = self.kind_at(i)
        if k is not None and kind is None and k[0].start_month != 1 and self.low(k[1]) in _YEAR_EDGES:
            # fx98: "the school years starting 2019", "the financial year ending 2024": a kind of year by the calendar
            # year it starts or ends in (never the calendar year itself, nor "from 2019 to today")
            j = k[1] + 1 + (self.low(k[1] + 1) == "in")
            if (y := self.year(j)) is not None and not self.glued(j):
                s, e = _kind_year(k[0], y - 1 if _YEAR_EDGES[self.low(k[1])] == "end" else y)
                return _Point(j + 1, s, e, "kind")
        if k is not None and kind is None:
            found = self.point(k[1], k[0]) or self._short_split(k[1], k[0])
            if found is not None and found.grain in ("year", "split", "kind"):
                return found
            if self.low(k[1]) == "to" and self.low(k[1] + 1) == "date" and k[0].start_month != 1:
                # "the financial year to date": from the start of the current one
                start = _kind_year(k[0], _current_kind_year_start(k[0], self.today))[0]
                return _Point(k[1] + 2, start, self.today, "kind")
        if self.low(i) == "year" and kind is None and (y := self.year(i + 1)) is not None and not self.glued(i + 1):
            return _Point(i + 2, date(y, 1, 1), date(y, 12, 31), "year")  # "the year 2018"
        if self.low(i) == "year" and kind is None and i + 1 < len(self.toks) and self.toks[i + 1].kind == "split":
            return self._split(i + 1, None)  # "the year 2019/20"
        after = k[1] if k is not None else i + 1 if self.low(i) in ("year", "years") else None
        if after is not None and self.low(after) in ("ending", "ended", "to") and (
                (end := self.point(after + 1)) is not None and end.start is not None and end.grain in ("day", "month")):
            start = _shift_months(end.end + timedelta(days=1), -12)  # "the year ending 31 March 2020"
            return _Point(end.j, start, end.end, "kind")
        if self.low(i) in ("end", "start", "beginning", "close") and self.low(i + 1) == "of" and kind is None:
            j = i + 2 + (self.low(i + 2) == "the")
            inner = self.point(j)  # "the end of March 2024" is its last day, "the start of 2020" its first
            if inner is not None and inner.start is not None:
                one = inner.start if self.low(i) in ("start", "beginning") else inner.end
                return _Point(inner.j, one, one, "day")
        if (season := self.words.seasons.get(self.low(i))) is not None and kind is None:
            # "summer 2023", "the spring of 2022", "winter 2022/23" (December to February)
            j = i + 1 + (self.low(i + 1) == "of")
            first_month, last_month = season
            if j < len(self.toks) and self.toks[j].kind == "split" and last_month < first_month:
                y = int(self.toks[j].low[:4])
                if not self.glued(j) and MIN_YEAR <= y < MAX_YEAR:
                    return _Point(j + 1, date(y, first_month, 1), _month_span(y + 1, last_month)[1], "season")
            elif (y := self.year(j)) is not None and last_month >= first_month and not self.glued(j):
                return _Point(j + 1, date(y, first_month, 1), _month_span(y, last_month)[1], "season")
        if (q := self._quarter_number(i)) is not None:
            j, last = i + 2, q
            sep = self.range_sep(j, with_and=True)
            if sep is not None and (q2 := self._quarter_number(sep)) is not None and q2 > q:
                j, last = sep + 2, q2  # "Q1 and Q2 of 2024/25", "Q1-Q3 2023"
            j += self.low(j) in ("of", "in")
            first = self._quarter(j, q)
            if first is None or last == q:
                return first
            end = self._quarter(j, last)
            return _Point(end.j, first.start, end.end, "quarter") if end else None
        if (q := {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}.get(self.low(i))) \
                and self.low(i + 1) == "quarter" and self.low(i + 2) in ("of", "in"):
            j = i + 3 + (self.low(i + 3) == "the")
            return self._quarter(j, q, need=True)
        if (y := self.year(i)) is not None:
            if self.glued(i) and not self._fy_glue(i):
                return None
            if kind is not None:
                if kind.start_month == 1:
                    s, e = date(y, 1, 1), date(y, 12, 31)
                    return _Point(i + 1, s, e, "kind")
                s, e = _kind_year(kind, y)
                return _Point(i + 1, s, e, "kind")
            return _Point(i + 1, date(y, 1, 1), date(y, 12, 31), "year")
        if kind is not None:
            return None
        if (d := self.day_number(i)) is not None and not self.glued(i):
            j = i + 1 + (self.low(i + 1) == "of")
            if (m := self.month(j)) is not None:
                month, j = m
                j2 = j + (self.low(j) == ",")
                if (y := self.year(j2)) is not None and not self.glued(j2):
                    return self._day(j2 + 1, y, month, d)
                return _Point(j, None, None, "day", month=month, day=d)
            return None
        if (m := self.month(i)) is not None:
            month, j = m
            if (d := self.day_number(j)) is not None:
                j2 = j + 1 + (self.low(j + 1) == ",")
                if (y := self.year(j2)) is not None:
                    return self._day(j2 + 1, y, month, d)
            j2 = j + (self.low(j) in (",", "of") or (self.low(j) == "-" and j + 1 < len(self.toks)
                                                     and self.toks[j].end == self.toks[j + 1].start))
            if (y := self.year(j2)) is not None and not self.glued(j2):
                s, e = _month_span(y, month)
                return _Point(j2 + 1, s, e, "month")
            if self.low(j) in ("this", "last") and self.low(j + 1) == "year":
                # lead48 (nc58 #11): "march this year", "june last year": the month of the year said relatively
                s, e = _month_span(self.today.year - (self.low(j) == "last"), month)
                return _Point(j + 2, s, e, "month")
            # "Apr '23" and, written tight, "Apr-23": a month and a two-digit year
            tight = j2 > j and self.low(j) == "-" and self.toks[j2 - 1].end == self.toks[j2].start
            if self.low(j2) == "'" or tight:
                k = j2 + (self.low(j2) == "'")
                if k < len(self.toks) and self.toks[k].kind == "num" and len(self.toks[k].low) == 2 and \
                        self.toks[k].start == self.toks[k - 1].end and not self.glued(k) and \
                        not (self.low(k + 1) in ("-", "/") and self.year(k + 2) is not None) and \
                        (self.low(j2) == "'" or not self.text[self.toks[k].end:self.toks[k].end + 1].isalnum()):
                    s, e = _month_span(2000 + int(self.toks[k].low), month)
                    return _Point(k + 1, s, e, "month")
            return _Point(j, None, None, "month", month=month)
        return None

    def _quarter_number(self, i: int) -> int | None:
        if self.low(i) == "q" and i + 1 < len(self.toks) and self.toks[i + 1].start == self.toks[i].end:
            q = self.day_number(i + 1)
            return q if q is not None and 1 <= q <= 4 else None
        return None

    def _fy_glue(self, i: int) -> bool:
        before = self.text[max(0, self.toks[i].start - 2):self.toks[i].start].lower()
        return before == "fy"

    def _day(self, j: int, y: int, m: int, d: int) -> _Point | None:
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        try:
            one = date(y, m, d)
        except ValueError:
            return None
        return _Point(j, one, one, "day")

    def _split(self, i: int, kind: PeriodKind | None) -> _Point | None:
        tok = self.toks[i]
        if self.glued(i) and not self._fy_glue(i):
            return None
        m = re.match(r"(\d{4})\s?([/\-\u2013])\s?(\d{4}|\d{2}|\d)$", tok.low)
        first, sep, second = int(m[1]), m[2], m[3]
        if not MIN_YEAR <= first <= MAX_YEAR:
            return None
        if len(second) == 1:  # "2022/3": the next year's last digit, or no date
            if int(second) != (first + 1) % 10:
                return None
            second = str(first + 1)[2:]
        last = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
        if len(second) == 2 and last < first:
            last += 100
        if len(second) == 2 and last - first > 30:
            return None  # "2009-98" is a reference number, not seven decades
        if last == first + 1 and (sep == "/" or len(second) == 2 or kind is not None):
            split_kind = kind or self.sentence_kind(i) or _default_split_kind()
            if split_kind is None or split_kind.start_month == 1:
                if kind is not None and kind.start_month == 1:
                    return None  # "calendar year 2023/24" names no one year
                return None
            s, e = _kind_year(split_kind, first)
            return _Point(i + 1, s, e, "split")
        if sep != "/" and first < last <= MAX_YEAR:
            return _Point(i + 1, date(first, 1, 1), date(last, 12, 31), "range")
        return None

    def _short_split(self, i: int, kind: PeriodKind) -> _Point | None:
        """After a kind of year, two two-digit years: "FY19/20", "financial year 19-20"."""
        if kind.start_month == 1 or i + 2 >= len(self.toks):
            return None
        a, sep, b = self.toks[i], self.toks[i + 1], self.toks[i + 2]
        if not (a.kind == b.kind == "num" and len(a.low) == len(b.low) == 2 and sep.low in ("/", "-")
                and a.end == sep.start and sep.end == b.start and _isnum(a.low) and _isnum(b.low)):
            return None
        first = 2000 + int(a.low)
        if (int(a.low) + 1) % 100 != int(b.low):
            return None
        if i + 3 < len(self.toks) and self.toks[i + 3].start == b.end and self.toks[i + 3].low in ("/", "-"):
            return None  # "19/20/21" is no year
        s, e = _kind_year(kind, first)
        return _Point(i + 3, s, e, "split")

    def _quarter(self, j: int, q: int, need: bool = False) -> _Point | None:
        if j < len(self.toks) and self.toks[j].kind == "split":
            fy = self._split(j, None)
            if fy is None or fy.grain != "split":
                return None
            s = _shift_months(fy.start, 3 * (q - 1))
            return _Point(fy.j, s, _shift_months(s, 3) - timedelta(days=1), "quarter")
        y = self.year(j)
        if y is None:
            return None
        s = date(y, 3 * (q - 1) + 1, 1)
        return _Point(j + 1, s, _shift_months(s, 3) - timedelta(days=1), "quarter")

    # -- ranges, lists, open ends
    def is_now(self, i: int) -> int | None:
        return self.phrase(i, self.words.now_words)

    def range_sep(self, i: int, with_and: bool) -> int | None:
        if self.low(i) in ("-", "\u2013", "\u2014") :
            return i + 1
        j = self.phrase(i, self.words.range_words)
        if j is None and with_and and self.low(i) in ("and", "&"):
            j = i + 1
        return j

    def ranged(self, i: int, lead: str) -> tuple[int, Span, str] | None:
        """A point, then maybe a separator and a second point (or now). Returns (end, span, shape)."""
        kind_here = self.kind_at(i)
        start_pt = self.point(i) or self._bare_day(i)
        if start_pt is None:
            return None
        kind = kind_here[0] if kind_here and start_pt.grain in ("kind", "split") else None
        j = start_pt.j
        sep = self.range_sep(j, with_and=lead == "between")
        if sep is not None:
            if (k := self.is_now(sep)) is not None and start_pt.start is not None:
                return k, (start_pt.start, self.today), "open"
            sep += self.low(sep) == "the" and self.low(sep + 1) in ("end", "start", "beginning", "close")
            end_pt = (self.point(sep, kind) if kind is not None else None) or self.point(sep)
            bare = start_pt.month is None and start_pt.start is None
            if end_pt is not None and bare:
                month = end_pt.month or (end_pt.start.month if end_pt.start and end_pt.grain == "day" else None)
                day = end_pt.day or (end_pt.start.day if end_pt.start and end_pt.grain == "day" else None)
                if month is None or day is None or day <= (start_pt.day or 32):
                    return None  # "1-8 November": the first day takes the month of the second
                start_pt.month = month
            if end_pt is not None:
                span = self._join(start_pt, end_pt)
                if span is None and start_pt.start is None and end_pt.start is None and (lead or bare):
                    span = self._most_recent(start_pt, end_pt)
                if span is not None:
                    return end_pt.j, span, "range"
        if start_pt.month is None and start_pt.start is None:
            return None
        if (k := self.phrase(j, self.words.onward_words)) is not None and start_pt.start is not None:
            return k, (start_pt.start, self.today), "open"
        if start_pt.start is None:
            # "in November", "on 5 November": no year anywhere, so the most recent one that has begun
            recent = self._most_recent(start_pt, start_pt) if lead or self.low(i - 1) == "on" else None
            return (j, recent, start_pt.grain) if recent else None
        return j, (start_pt.start, start_pt.end), start_pt.grain

    def _bare_day(self, i: int) -> _Point | None:
        """A day number with no month of its own, which only a range can give it ("1-8 November")."""
        d = self.day_number(i)
        if d is None or self.toks[i].kind != "num" and self.toks[i].kind != "ord":
            return None
        if i > 0 and self.toks[i - 1].low in ("-", "/", ".") and self.toks[i - 1].end == self.toks[i].start:
            return None
        return _Point(i + 1, None, None, "day", month=None, day=d)

    def _most_recent(self, a: _Point, b: _Point) -> Span | None:
        """Months or days named with no year: the most recent such span that has begun by today."""
        for year in (self.today.year, self.today.year - 1):
            end = b.in_year(year)
            begin = a.in_year(year)
            if end is None or begin is None:
                return None
            if begin[0] > end[1]:
                begin = a.in_year(year - 1)
            if begin is not None and begin[0] <= self.today:
                return begin[0], end[1]
        return None

    def _join(self, a: _Point, b: _Point) -> Span | None:
        if b.start is None and a.start is not None:
            end = b.in_year(a.start.year)
            if end is not None and end[1] < a.start:
                end = b.in_year(a.start.year + 1)
            return (a.start, end[1]) if end else None
        if b.start is None:
            return None
        if a.start is None:
            begin = a.in_year(b.start.year)
            if begin is None:
                return None
            if begin[0] > b.end:
                begin = a.in_year(b.start.year - 1) or begin
            return begin[0], b.end
        return a.start, b.end

    def listed(self, i: int) -> tuple[int, Span, str] | None:
        """Two or more years (or split years) joined by commas and 'and'/'&': the span that covers them."""
        kind_here = self.kind_at(i)
        first = self.point(i)
        if first is not None and first.start is None and first.grain == "month" and first.day is None:
            return self._month_list(first)
        if first is None or first.grain not in ("year", "split", "kind", "range", "quarter"):
            return None
        kind = kind_here[0] if kind_here else None
        # fx98: "the financial years ending 2023 and 2024": each year listed ends in its calendar year, as the first
        ending = kind is not None and kind.start_month != 1 and _YEAR_EDGES.get(self.low(kind_here[1])) == "end"
        pts, j = [first], first.j
        while True:
            k = j
            if self.low(k) == ",":
                k += 1
            closing = self.low(k) in ("and", "&")
            if closing:
                k += 1 + (self.low(k + 1) == "also")  # "the school years starting 2019 and also 2018"
            nxt = (self.point(k, kind) if kind is not None else None) or self.point(k)
            if ending and nxt is not None and nxt.grain == "kind" and nxt.start is not None:
                nxt = _Point(nxt.j, *_kind_year(kind, nxt.start.year - 1), "kind")
            if nxt is None or nxt.grain not in ("year", "split", "kind", "range", "quarter"):
                break
            if k == j and not (nxt.grain == first.grain and first.grain in ("year", "split")):
                break  # only years follow each other with no comma: "2019 2020 and 2021"
            pts.append(nxt)
            j = nxt.j
            if closing:
                break
        if len(pts) < 2:
            return None
        return j, (min(p.start for p in pts), max(p.end for p in pts)), "list"

    def _month_list(self, first: _Point) -> tuple[int, Span, str] | None:
        """"Nov & Dec 2018", "April, May and June 2024": months named, the year once, at the end."""
        months, j = [first], first.j
        while True:
            k = j + (self.low(j) == ",")
            closing = self.low(k) in ("and", "&")
            k += closing
            nxt = self.point(k) if k != j else None
            if nxt is None or nxt.grain != "month" or nxt.day is not None:
                return None
            months.append(nxt)
            j = nxt.j
            if nxt.start is not None:
                break
            if closing:
                return None
        begin = months[0].in_year(nxt.start.year)
        if begin is not None and begin[0] > nxt.start:
            begin = months[0].in_year(nxt.start.year - 1)
        return (j, (begin[0], nxt.end), "list") if begin else None

    def _count_to(self, j: int) -> tuple[int, Span, str] | None:
        """"the 12 months to 31 October 2024", "the three years ending March 2024"."""
        low = self.low(j)
        count = int(low) if _isnum(low) and len(low) <= 3 else self.words.number_words.get(low)
        unit = self.low(j + 1)
        if not count or low == "a" or unit not in ("months", "years", "weeks", "month", "year", "week"):
            return None
        k = self.phrase(j + 2, ["to", "ending", "ended", "up to", "until"])
        end = self.point(k) if k is not None else None
        if end is None or end.start is None or end.grain not in ("day", "month"):
            return None
        after = end.end + timedelta(days=1)
        if unit.startswith("week"):
            start = after - timedelta(days=7 * count)
        else:
            start = _shift_months(after, -count * (12 if unit.startswith("year") else 1))
        return end.j, (start, end.end), "relative"

    def relative(self, i: int, over: bool = False) -> tuple[int, Span, str] | None:
        w = self.words
        j = i
        if self.low(j) == "each" and self.low(j + 1) == "of":
            j += 2
        the = self.low(j) == "the"
        j += the
        if self.low(j) in ("this", "current") or (the and self.low(j) == "current"):
            k = j + 1
            kind = self.kind_at(k)
            if kind is not None:
                start = _kind_year(kind[0], _current_kind_year_start(kind[0], self.today))[0]
                return kind[1], (start, self.today), "relative"
            if self.low(k) == "year":
                return k + 1, (date(self.today.year, 1, 1), self.today), "relative"
            if self.low(k) == "month":
                return k + 1, (date(self.today.year, self.today.month, 1), self.today), "relative"
            return None
        if self.low(j) == "year" and self.low(j + 1) == "to" and self.low(j + 2) == "date":
            return j + 3, (date(self.today.year, 1, 1), self.today), "relative"
        if (to_date := self._count_to(j)) is not None:
            return to_date
        counted = _isnum(self.low(j)) or (self.low(j) in w.number_words and self.low(j) != "a")
        if self.low(j) not in w.relative_words and not (over and counted):
            return None
        word, k = self.low(j), j + (self.low(j) in w.relative_words)
        if word in ("last", "past", "previous") and (m := self.month(k)) is not None and self.year(m[1]) is None \
                and self.day_number(m[1]) is None:
            # "last March": the most recent whole March before this month
            year = self.today.year if m[0] < self.today.month else self.today.year - 1
            return m[1], _month_span(year, m[0]), "month"
        season = self.words.seasons.get(self.low(k)) if word in ("last", "past", "previous") else None
        ends = k + 1 >= len(self.toks) or not self.low(k + 1).isalpha() or self.low(k + 1) in _AFTER_SEASON
        if season is not None and ends and self.year(k + 1) is None and not (k + 1 < len(self.toks) and self.toks[k + 1].kind == "split"):
            # fr26: "last winter", "last summer": the most recent whole season that ended before today
            first_month, last_month = season
            for y in (self.today.year, self.today.year - 1, self.today.year - 2):
                start = date(y - 1 if last_month < first_month else y, first_month, 1)
                end = _month_span(y, last_month)[1]
                if end < self.today:
                    return k + 1, (start, end), "relative"
        count = None
        if _isnum(self.low(k)) and len(self.low(k)) <= 3:
            count = int(self.low(k))
            k += 1
        elif self.low(k) in w.number_words and self.low(k) != "a":
            count = w.number_words[self.low(k)]
            k += 1
        if count is not None and not 1 <= count <= 100:
            return None  # "the last 0 months" names no period
        kind, fills = None, []
        while k < len(self.toks):
            if (kind := self.kind_at(k)) is not None:
                k = kind[1]
                break
            if self.low(k) not in w.relative_fill:
                break
            fills.append(self.low(k))
            k += 1
        if kind is not None:
            plural = self.low(k - 1).endswith("s")
            if count is None and plural:
                return None  # "the last financial years" names no number
            text = f"last {count or 1} {kind[0].words[0]}"
            unit = "kind"
        else:
            unit = self.low(k)
            if unit not in w.relative_units:
                return None
            k += 1
            if unit.startswith("decade"):
                unit, count = "years", 10 * (count or 1)
            if unit.startswith("quarter"):  # whole calendar quarters before the one today is in
                this_quarter = date(self.today.year, 3 * ((self.today.month - 1) // 3) + 1, 1)
                return k, (_shift_months(this_quarter, -3 * (count or 1)), this_quarter - timedelta(days=1)), "relative"
            if count is None and unit.endswith("s"):
                return None  # "the last years" names no number
            if count is None and unit == "year" and (the or word == "past"):
                unit, count = "months", 12  # "in the past year": the last twelve months
            held = _BODY_YEAR.get()
            if count is None and unit == "year" and word == "last" and held is not None \
                    and not (held.not_money and _MONEY.search(self._sentence_at(i))):
                # ad51 (nc49 #10): "last year" asked of a school, an academy trust or a university: its last whole year
                kind = self.kinds[held.kind]
                return k, _kind_year(kind, _current_kind_year_start(kind, self.today) - 1), "relative"
            text = f"last {count} {unit}" if count else f"last {unit}"
        if "calendar" in fills and unit in ("years", "year") and count:
            first = self.today.year - count
            return k, (date(first, 1, 1), date(self.today.year - 1, 12, 31)), "relative"
        span = _relative(text, self.today)
        return (k, span, "relative") if span else None

    def at(self, i: int) -> tuple[int, Span, str, int] | None:
        """The longest period starting at token I: (end token, span, shape, token where the date itself starts)."""
        w = self.words
        lead, body = "", i
        for name, group in (("keep", w.lead_words["keep"]), ("strip", w.lead_words["strip"])):
            k = self.phrase(i, group)
            if k is not None:
                lead, body = self.low(i) if name == "keep" else "strip", k
                if lead == "as" and self.low(i + 1) == "far":
                    lead = "since"  # "as far back as 1990": from then to the day the request is read
                break
        if not lead and i and self.low(i - 1) in ("before", "until", "till", "til", "pre") \
                or not lead and i > 1 and self.low(i - 1) == "to" and self.low(i - 2) in ("prior", "up"):
            return None  # lead42: "issued before 2020", "up to 2020": the time before that year, never the year itself
        if not lead and self.low(i) == "the":
            lead = "the"  # "the year 2018", "the 1990s": written with its article
        skipped = body
        if lead:
            while self.low(skipped) in ("the", "period", "of", "time"):
                skipped += 1
        found = None
        over = self.low(i) == "over"  # "over five financial years": the last five
        for cand in (self.relative(body, over), self.relative(skipped, over), self.listed(skipped),
                     self.ranged(skipped, lead)):
            if cand is not None and (found is None or cand[0] > found[0]):
                found = cand
        if found is None:
            return None
        end, span, shape = found
        self.raw_shape[i] = shape
        if lead in ("since", "starting", "beginning", "commencing") and shape not in ("range", "open", "relative", "list"):
            span, shape = (span[0], self.today), "open"
        elif lead == "from" and shape not in ("range", "open", "relative", "list"):
            span, shape = (span[0], self.today), "open"
        elif lead == "after" and shape not in ("range", "open", "relative", "list"):
            span, shape = (span[1] + timedelta(days=1), self.today), "open"
        elif lead == "between" and shape not in ("range", "list", "open"):
            return None
        if lead in ("as", "as at", "as of") and shape not in ("day",):
            return None
        if shape == "list" and (k := self.phrase(end, self.words.onward_words)) is not None:
            end, span = k, (span[0], self.today)  # "2010, 2011 and 2012 to date"
        return end, span, shape, body if lead == "strip" else i, skipped

    def scan(self) -> list[tuple[int, int, Span, str, int, int]]:
        """(first token, end token, span, shape, where the written period starts, where the date itself
        starts) of each period, left to right, longest first."""
        out, i = [], 0
        while i < len(self.toks):
            found = self.at(i)
            if found is not None:
                end, span, shape, body, own = found
                out.append((i, end, span, shape, body, own))
                i = end
            else:
                i += 1
        return out


@functools.lru_cache(maxsize=512)
def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in _tokens(phrase))


@functools.lru_cache(maxsize=64)
def _by_first_token(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """PHRASES as token tuples, found by their first token (the grammar asks at every token)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        parts = _phrase_tokens(p)
        if parts:
            index.setdefault(parts[0], []).append(parts)
    return index


_DATELINE_REST = re.compile(
    r"(?i)(?:(?:date|dated|sent|received|on|written)\s*:?\s*)?(?:mon|tue|wed|thu|fri|sat|sun)?[a-z]*,?\s*"
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\.?"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# a month's short form that takes a dot ("Jan. 2020"); a full name before a dot ends the sentence ("in april.")
_MONTH_ABBREVIATIONS = frozenset(k for k in MONTHS if k not in {n.lower() for n in calendar.month_name if n})
_QUOTES = re.compile(r"[\"\u201c\u201d]")
QUOTED_LETTER_CHARS = 80  # a quotation at least this long is someone else's text (a letter), not the request


def _ends_with(toks: list[_Tok], i: int, phrases) -> bool:
    """Tokens just before I spell one of PHRASES."""
    lows = [t.low for t in toks[max(0, i - 4):i]]
    for p in phrases:
        parts = list(_phrase_tokens(p))
        if parts and lows[-len(parts):] == parts:
            return True
    return False


def _has(words: str, phrases) -> bool:
    return any(re.search(rf"(?<![\w']){re.escape(p)}(?![\w'])", words) for p in phrases)


class _Roles:
    """Which dates in a text are periods of what is asked, and which are names, events or counts."""

    def __init__(self, g: _Grammar):
        self.g, self.w, self.text = g, g.words, g.text
        self.sentences = self._sentences()

    def _sentences(self) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in _SENTENCE_END.finditer(self.text):
            word = re.search(r"([A-Za-z]+)$", self.text[max(0, m.start() - 10):m.start()])
            if m.group() == "." and word and word.group(1).lower() in _MONTH_ABBREVIATIONS:
                continue  # "Jan. 2020": an abbreviation's dot, not a full stop ("he died in april. how many ...": one)
            out.append((start, m.end()))
            start = m.end()
        out.append((start, len(self.text)))
        return out

    def sentence(self, pos: int) -> str:
        for s, e in self.sentences:
            if s <= pos < e:
                return self.text[s:e]
        return ""

    def is_request(self, sentence: str) -> bool:
        low = sentence.lower()
        return "?" in low or _has(low, self.w.request_cues)

    def is_story(self, sentence: str) -> bool:
        low = sentence.lower().replace("\u2019", "'")
        if self.is_request(sentence):
            return False
        return _has(low, self.w.story_pronouns)

    def _cited(self, first: int, end: int) -> bool:
        """A year in square brackets: a law report's citation ("[2023] UKFTT 446")."""
        toks = self.g.toks
        return first > 0 and toks[first - 1].low == "[" and end < len(toks) and toks[end].low == "]"

    def _name_follows(self, end: int) -> bool:
        """Capitalised words after the date that end in a law's word: "1958 Adoption Act"."""
        toks = self.g.toks
        for k in range(end, min(end + 4, len(toks))):
            if toks[k].low in ("act", "regulations", "order", "rules", "bill", "measure", "code"):
                return True
            if toks[k].kind != "word" or not self.text[toks[k].start].isupper():
                return False
        return False

    def _one_document(self, first: int) -> bool:
        """A date right after one letter, request or meeting: "my request of 1 June", "a letter sent on
        3 May", "a complaint made in October 2021" (one thing: a singular noun; "in" needs a determiner)."""
        toks, w = self.g.toks, self.w
        k = first
        if toks[k].low not in ("of", "on", "dated", "in", "from"):
            if k > 0 and toks[k - 1].low in ("of", "on", "dated"):
                k -= 1
            else:
                return False
        connector = toks[k].low
        if k > 0 and toks[k - 1].low in w.document_verbs:
            k -= 1
        word = toks[k - 1].low if k > 0 else ""
        if word not in w.document_words or word.endswith("s"):
            return False
        return connector != "in" or k < first  # "in" only after a verb of doing: "a request made in October 2021"

    def _date_of_one_thing(self, first: int) -> bool:
        """The day at token FIRST is the date of one thing: the clause before it names "the date of ..." and ends
        "as" ("the date of your receipt of this request as"), or it follows "on" in a clause whose verb is a past
        participle after "as" ("as referred to by X at Holyrood on", "as announced on"); never "received on 15 March 2024"
        (the records of that day)."""
        toks = self.g.toks
        clause = []
        for k in range(first - 1, max(-1, first - 13), -1):
            if toks[k].low in (",", ";", ":", ".", "?", "(", ")", "and", "or", "since", "from", "between", "for", "during"):
                break
            clause.append(toks[k].low)
        clause.reverse()
        if not clause:
            return False
        if clause[-1] == "as" and "date" in clause:
            return True
        return clause[-1] == "on" and any(a == "as" and (len(x) > 4 and x.endswith("ed") or x in self.w.document_verbs)
                                          for a, x in zip(clause, clause[1:-1]))  # "as referred to ... on", "as announced on"

    def _due(self, first: int) -> bool:
        """The date at token FIRST is when a thing was due: "due in 2018", "due to be published in the second quarter"
        (never "due for renewal in 2023": the things due in a period)."""
        toks = self.g.toks
        for j in range(first - 1, max(-1, first - 7), -1):
            if toks[j].low == "due":
                between = [t.low for t in toks[j + 1:first + 1]]
                return all(x in ("to", "be", "in", "on", "by", "the", "'", "\u2018", '"', "\u201c") or
                           (len(x) > 4 and x.endswith("ed")) for x in between)
        return False

    def _done_on(self, first: int) -> bool:
        """The clause before token FIRST says a thing was done ("was submitted to the board", "were held"): "was" or
        "were" and a verb of doing (document_verbs) or a past participle, with no stop between."""
        toks = self.g.toks
        clause = []
        for k in range(first - 1, max(-1, first - 10), -1):
            if toks[k].low in (".", "?", ";", "(", ")", "since", "from", "between", "for", "during"):
                break
            clause.append(toks[k].low)
        clause.reverse()
        return any(a in ("was", "were") and (b in self.w.document_verbs or (len(b) > 4 and b.endswith("ed")))
                   for a, b in zip(clause, clause[1:]))

    def dateline(self, start: int, stop: int) -> bool:
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", stop)
        rest = self.text[line_start:start] + " " + self.text[stop:line_end if line_end >= 0 else len(self.text)]
        if _DATELINE_REST.fullmatch(rest.strip()) is None:
            return False
        # a letter's date heads the letter, or stands after "Date:" / "Sent:"
        heads = not self.text[:line_start].strip() and line_end >= 0 and bool(self.text[line_end:].strip())
        return heads or bool(re.match(r"(?i)\s*(?:date|dated|sent|received|written)\b",
                                                                    self.text[line_start:start]))

    def quoted(self, pos: int) -> bool:
        line_start = self.text.rfind("\n", 0, pos) + 1
        if self.text[line_start:pos].lstrip().startswith(">"):
            return True
        para = max(self.text.rfind("\n\n", 0, pos), -1) + 1
        marks = [m.start() for m in _QUOTES.finditer(self.text, para)]
        before = [p for p in marks if p < pos]
        after = [p for p in marks if p >= pos]
        if len(before) % 2 == 1 and after:
            return after[0] - before[-1] >= QUOTED_LETTER_CHARS
        return False

    def role(self, first: int, end: int, shape: str, body: int, own: int) -> str:
        toks, w = self.g.toks, self.w
        lead = first != body or toks[first].low in ("since", "from", "between", "after", "starting", "as")
        bare = shape in ("year", "split", "range", "kind", "decade")
        nxt = toks[end].low if end < len(toks) else ""
        if bare and not lead and (_ends_with(toks, body, w.name_words) or self._name_follows(end)):
            return "name"  # "Equality Act 2010", "the 2018 Order", "the 1958 Adoption Act"
        if bare and not lead and (self._cited(first, end) or _ends_with(toks, body, w.reference_words) or (
                shape == "year" and end < len(toks) and toks[end].kind == "num" and toks[end].start - toks[end - 1].end <= 1
                and self.g.month(end + 1) is None and self.g.year(end) is None)):
            return "name"  # "[2023] UKFTT 446", "SFO Reference 2009-98", "NFRS 2024 03": citations and references
        if shape == "year" and _ends_with(toks, body, w.quantity_words) and end < len(toks) and \
                toks[end].kind == "word" and nxt not in w.period_nouns and nxt not in _JOINING:
            return "count"  # "over 2000 people"
        if shape == "year" and not lead and toks[body].start > 0 and self.text[toks[body].start - 1] in "£$€#":
            return "count"
        if shape == "year" and not lead and first > 1 and toks[first - 1].low == "(" and toks[first - 2].kind == "word" \
                and self.text[toks[first - 2].start:toks[first - 2].start + 1].isupper() and end < len(toks) \
                and toks[end].low == ")":
            return "name"  # "the Freedom of Information (2000)", "the Act (2000)": a title's year in brackets
        if shape in ("day", "month") and not lead and self.g.raw_shape.get(first, shape) in ("day", "month"):
            k = first - 1 - (first > 1 and toks[first - 1].low == "the")
            if k >= 0 and toks[k].low in ("by", "before"):
                return "event"  # a deadline: "ending the waits by March 2026", "before the July 20": a date to meet, not a period
        if shape == "year" and not lead and first > 0 and toks[first - 1].low == "by" and self.g.raw_shape.get(first, shape) == "year":
            return "event"  # fr9c: a target year, "3,500 new teachers in schools by 2026": a date to meet, not a period
        if shape == "day" and not lead and self._date_of_one_thing(first):
            return "event"  # fr9c: "take the date of your receipt of this request as 30th January 2014", "as referred
            # to by the minister at Holyrood on 15 December 2022": the day one thing happened, not the records' period
        if _ends_with(toks, first, w.dated_words):
            return "event"
        if shape in ("day", "month", "year") and self._one_document(first):
            return "event"  # "your letter of 3 May 2024", "a request made in October 2021"
        if shape == "day" and first == own and own > 0 and toks[own - 1].low in w.document_verbs:
            return "event"  # "request made 13 July 2022"
        if toks[first].low not in ("since", "from", "between") and self._due(first):
            return "event"  # fr10c: "the assessment which was due to be published in the second quarter of 2018": a due date
        if shape == "day" and not lead and self._done_on(first) and not self.is_request(self.sentence(toks[first].start)):
            return "event"  # fr10c: "the document that was submitted to the Group - Tuesday 26 June 2007 there is ...": the day
            # one thing was done, told in a sentence that asks nothing
        if self.g.raw_shape.get(first, shape) in ("day", "month", "year", "decade") and own > 0 and end < len(toks):
            before = toks[own - 1].low.replace("\u2019", "'")
            if (before in w.determiners or before.endswith("'s")) and toks[end].kind == "word" and \
                    nxt not in w.period_nouns and nxt not in _JOINING and nxt not in w.onward_words:
                return "event"  # "the 2016 Notting Hill Carnival", "after the 2023 fire": the date of one thing
        pos = toks[first].start
        if shape == "day" and self.dateline(pos, toks[end - 1].end):
            return "event"  # "12 March 2024" or "Sent: 12 March 2024 10:32" on its own line: the letter's date
        if self.quoted(pos) or self.is_story(self.sentence(pos)):
            return "event"
        if toks[first].low not in ("since", "from", "between", "starting") and self._clause_tells(pos):
            return "event"  # org17: "my nan died in april, how many ... since 2025": the story's clause, not the ask
        return "period"

    def _clause_tells(self, pos: int) -> bool:
        """The clause of a sentence that asks, around POS, tells what happened to someone ("my nan died in april",
        "he was sectioned in may", "i went on the march in october"): a person, then a verb in the past, and no
        request cue in the clause. The clause runs between commas, semicolons and joining words."""
        sentence_start = next((s for s, e in self.sentences if s <= pos < e), 0)
        text = self.text
        left = max([sentence_start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, pos))])
        right = _CLAUSE_BREAK.search(text, pos)
        end = next((e for s, e in self.sentences if s <= pos < e), len(text))
        clause = text[left:min(right.start(), end) if right else end].lower().replace("\u2019", "'")
        if _has(clause, self.w.request_cues):
            return False
        return bool(_TOLD_CLAUSE.search(text[left:pos].lower()))


# where a clause ends inside a sentence: "my nan died in april, how many ...", "... and he died in may"
_CLAUSE_BREAK = re.compile(r"(?i)[,;:()]|\s(?:and|but|so|because|cos|coz|as|then|when|whereas|while)\s")
# a person and then a verb in the past, at the clause's start: "my nan died", "he was sectioned", "we went", "i got"
_TOLD_CLAUSE = re.compile(
    r"(?i)^\W*(?:(?:and|but|so|then|when|after|since|because)\s+)?(?:i|we|he|she|they|(?:my|our|his|her|their)\s+[\w'-]+"
    r"(?:\s+[\w'-]+)?)\s+(?:(?:had|has|have|was|were|got|just|finally|eventually|also|only|then|never)\s+)?"
    r"(?:\w+ed|died|went|was|were|had|got|came|left|fell|took|made|gave|saw|told|said|began|broke|lost|paid|sent|"
    r"put|rang|wrote|drove|rode|ran|sat|stood|met|moved|won|found|heard|bought|sold|kept|spent|hit|hurt|"
    r"born|taken|given|seen|told|sectioned|arrested|excluded|evicted|admitted|discharged)\b"
    # ck24a: a statement reported ("it was indicated that in 2013 the cost ... was over £15 million"): told, not asked
    r"|^\W*(?:(?:and|but|so|then)\s+)?(?:it|this)\s+(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?(?:indicated|said|"
    r"reported|stated|claimed|announced|suggested|shown|revealed|noted|mentioned|quoted|published|estimated)\s+that\b")

_JOINING = frozenset("and or to until till through but with by for in on at of from as than then - , .".split())


_LISTED_TO_DATE = re.compile(r"(?i)(?:19|20)\d\d(?:/\d{2,4})?\s*(?:,|and|&)\s*(?:(?:19|20)\d\d(?:/\d{2,4})?\s*(?:,|and|&)\s*)*"
                             r"(?P<last>(?:19|20)\d\d)\s+(?:to\s+date|so\s+far)\s*$")


@_kept_reading
def scan_dates(text: str, today: date | None = None) -> list[DateMention]:
    """Every date and period TEXT states, in order, each with its role: a period of what is asked, part
    of a name ("Equality Act 2010"), an event or letter in the story, or a count."""
    today = today or date.today()
    text = (text or "")[:20000]
    g = _Grammar(_blank_asides(text, today), today)
    roles = _Roles(g)
    out = []
    for first, end, (start, stop), shape, body, own in g.scan():
        if start > stop:
            continue
        written_from = g.toks[body].start
        span = (g.toks[first].start, g.toks[end - 1].end)
        listed = _LISTED_TO_DATE.search(text[written_from:span[1]])
        if listed and int(listed.group("last")) < today.year:
            # fr10c: "2019, 2020 and 2021 to date": the last year listed so far when the request was written; a past
            # year is the whole of it, never a span running on to today
            stop = min(stop, date(int(listed.group("last")), 12, 31))
        out.append(DateMention(
            start=start, end=stop, label=label_for(start, stop), written=text[written_from:span[1]],
            span=span, role=roles.role(first, end, shape, body, own)))
    return out


# Words inside a period that do not change it, blanked (same length, so spans stay put) before the date grammar
# reads: "since at least 2000" is "since 2000"; "2010 (calendar year) to the current date" is "2010 to ...".
# fr9c: "issued on, and since, 4th May 2012" is "since 4th May 2012" (an open period to the request date, not one day).
_ASIDES = re.compile(r"(?i)\b(?:since|from)\s(?P<a>\s*at\s+(?:least|the\s+latest))\b|\bbetween\s(?P<c>\s*the\s+dates\s+of)\b"
                     # fx85: "2010 through to 2018 (Year to Date)": "year to date" in brackets after a year says the
                     # written year was not over when the request was sent, an aside on it, never a period of its own
                     r"|\d(?P<b>\s*\((?:(?:calendar|financial|fiscal|academic|school|tax)\s+years?|year\s+to\s+date|ytd)\))"
                     r"|(?P<d>\b(?:on|in|at)\s*,?\s+(?:and|or)\s+)(?=since\b)|\bsince(?P<e>\s*,)(?=\s*\d)"
                     r"|\b(?:since|from)(?P<f>\s*,?\s*and\s+including\s*,?)(?=\s)"  # fr10c: "since and including 2011"
                     # fx43: "2008 - 9 years ago - for the entire year": how long ago the year was, an aside, never "2008-9"
                     r"|\b(?:19|20)\d\d(?P<g>\s*[-\u2013\u2014,(]\s*(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?"
                     r"\d{1,2}\s+(?:years?|months?)\s+ago\s*[-\u2013\u2014,)]?)")


# lead49 (fx61): a year in square or round brackets straight after a month ("1 January [2014]", an editor's insertion
# in a quoted request; "March (2023)"): the brackets are blanked, so the year is the month's (same length, spans kept)
_BRACKETED_YEAR = re.compile(r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                             r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*(?P<open>[\[(])(?:19|20)\d\d(?P<close>[\])])")


def _blank_asides(text: str, today: date | None = None) -> str:
    def blank(m: re.Match[str]) -> str:
        g = next(k for k in ("a", "b", "c", "d", "e", "f", "g") if m.group(k) is not None)
        if g == "b" and re.search(r"(?i)date|ytd", m.group(g)) and today is not None \
                and (year := re.search(r"(?:19|20)\d\d(?=\D*$)", text[:m.start(g)])) and int(year.group()) >= today.year:
            return m.group()  # this year "(year to date)" runs to today: the grammar reads it so
        return m.group()[: m.start(g) - m.start()] + " " * len(m.group(g))

    def unbracket(m: re.Match[str]) -> str:
        out = list(m.group())
        for g in ("open", "close"):
            out[m.start(g) - m.start()] = " "
        return "".join(out)

    return _ASIDES.sub(blank, _BRACKETED_YEAR.sub(unbracket, text))


def cover_period(labels: list[str]) -> str | None:
    """The one period that covers every period labelled in LABELS (as label_for writes them): the first
    start to the last end; None when LABELS is empty or a label does not read."""
    spans = []
    for label in labels:
        ends = [_label_date(x) for x in label.split(" to ")]
        if not ends or None in ends or len(ends) > 2:
            return None
        spans.append((ends[0], ends[-1]))
    if not spans:
        return None
    return label_for(min(s for s, _ in spans), max(e for _, e in spans))


def _label_date(text: str) -> date | None:
    m = re.fullmatch(r"\s*(\d{1,2}) ([A-Za-z]+) (\d{4})\s*", text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), [calendar.month_name[k] for k in range(13)].index(m.group(2).title()), int(m.group(1)))
    except ValueError:
        return None


def label_span(label: str | None) -> tuple[date, date] | None:
    """(start, end) of a label written by label_for, else None."""
    if not label:
        return None
    ends = [_label_date(x) for x in label.split(" to ")]
    if not ends or None in ends or len(ends) > 2:
        return None
    return ends[0], ends[-1]


_DATED = re.compile(r"(?:19|20)\d\d|\b\d{1,2}[/.-]\d{1,2}\b")  # a date written, not "the past 5 years"
_RESTATES = re.compile(r"(?i)^\s*(?:[(\[,:\u2013-]\s*)*(?:(?:i\.?\s?e\.?|that\s+is|namely|being|viz\.?)\s*,?\s*)?$")


# Before a number of months or years that is a length, not a period: "empty for over six months", "more
# than 12 months", "within 24 months" (a band of a count, never the span of the records).
_DURATION = re.compile(r"(?i)\b(?:over|more\s+than|less\s+than|fewer\s+than|longer\s+than|shorter\s+than|under|at\s+least|"
                       r"up\s+to|within|in\s+excess\s+of|exceeding|for\s+over|for\s+more\s+than)\s*$")


def is_length(text: str, written: str, span: tuple[int, int]) -> bool:
    """fr24a: the period WRITTEN at SPAN of TEXT is a length, not the span of the records: a band word before it
    ("waiting over 2 years", "empty for more than six months", "within 24 months") and no "the last/past" ("over the
    last five years" is the period). Such words stay in the question's text (a condition of what is counted)."""
    at = span[0] + max(0, text[span[0]: span[1]].find(written))
    return not re.match(r"(?i)(?:each\s+of\s+)?the\s+(?:last|past|previous|preceding|prior)\b", written) \
        and not re.search(r"\d{4}", written) and bool(_DURATION.search(text[:at]))


def restated_periods(text: str, today: date | None = None) -> dict[str, tuple[str, str]]:
    """{label of a relative period: (label, as written) of the dates that restate it straight after it}:
    "the last five years (i.e. 2014, 2015 ... 2019)" -> the years said."""
    found = find_periods(text, today)
    kept = {(label, written) for label, written, _ in stated_periods(text, today)}
    out: dict[str, tuple[str, str]] = {}
    for k, (label, written, _) in enumerate(found[:-1]):
        if (label, written) not in kept and not _DATED.search(written):
            said = next(((lb, w) for lb, w, sp in stated_periods(text, today) if sp[0] >= found[k + 1][2][0]), None)
            if said:
                out[label] = said
    return out


@_kept_reading
def stated_periods(text: str, today: date | None = None) -> list[tuple[str, str, tuple[int, int]]]:
    """find_periods without a relative period the text restates in dates straight after it ("the last five
    years (i.e. 2014, 2015 ... 2019)", "the last financial year, 2023/24"): the dates said are the period."""
    found = [x for x in find_periods(text, today) if re.search(r"\d{4}", x[1])
             or re.match(r"(?i)(?:each\s+of\s+)?the\s+(?:last|past|previous|preceding|prior)\b", x[1])  # fr17b: "over the last five years"
             or not _DURATION.search(text[: x[2][0] + max(0, text[x[2][0]: x[2][1]].find(x[1]))])]
    out = []
    for k, (label, written, span) in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and not _DATED.search(written) and _DATED.search(nxt[1]) \
                and _RESTATES.match(text[span[1]: nxt[2][0]]):
            said, meant = label_span(nxt[0]), label_span(label)
            if said and meant and _months_between(*meant) == 12 and meant[0].month != 1 and said[0] == date(said[0].year, 1, 1) \
                    and said[1] == date(said[0].year + 1, 12, 31):
                # "the last financial year (2020-2021)": the two years name one year of the kind the words say
                found[k + 1] = (label_for(date(said[0].year, meant[0].month, meant[0].day),
                                          date(said[1].year, meant[1].month, meant[1].day)), nxt[1], nxt[2])
            continue
        out.append((label, written, span))
    return _restated_elsewhere(out)


def _restated_elsewhere(found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """FOUND less a relative period ("the last 5 financial years") that the text writes out elsewhere in dates of
    the same length ("2013/14, 2014/15, 2015/16, 2016/17, 2017/18"): the dates are what was meant when the
    request was written; read from today the relative one would name other years."""
    dated = [label_span(label) for label, written, _ in found if _DATED.search(written)]
    out = []
    for label, written, span in found:
        meant = label_span(label)
        if not _DATED.search(written) and meant and any(
                d and abs(_months_between(*d) - _months_between(*meant)) <= 1 and _months_between(*d) >= 24
                and d[1] < meant[0] for d in dated):  # (several years: "the last 12 months and 2023" are two periods)
            continue
        out.append((label, written, span))
    return out


def _closed_bracket(text: str, found: tuple[str, str, tuple[int, int]]) -> tuple[str, str, tuple[int, int]]:
    label, written, (start, end) = found
    if text[end:end + 1] in ("]", ")") and written.count("[") + written.count("(") > written.count("]") + written.count(")"):
        return label, text[start:end + 1], (start, end + 1)
    return found


def _hedge_words(words: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(words, key=len, reverse=True))


def hedged_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """nx76 (nc73 #14): SPAN, a period found in TEXT, widened over the loose words a person puts around a period they
    choose roughly ("say jan 2023 to now", "roughly 2020 onwards", "the last 2 years or so", "(say 2023 to now)"): the
    hedge (period_words.yaml hedge_before / hedge_after), a word that opens the period ("say from ...", "say in the
    last 3 years") and the comma or bracket around them. A span with no hedge is returned as it is."""
    start, end = span
    w = period_words()
    before, after = _hedge_words(w.hedge_before), _hedge_words(w.hedge_after)
    leads = _hedge_words(w.lead_words.get("strip", []) + w.lead_words.get("keep", []))
    m = re.search(rf"(?i)(?:^|(?<=[\s,(;:-]))(?:{before})\s*,?\s+(?:(?:{leads})\s+)?$", text[:start]) if before else None
    if m:
        start = m.start()
    m2 = re.match(rf"(?i)\s*,?\s*-?(?:{after})\b", text[end:]) if after else None
    if m2:
        end += m2.end()
    if not (m or m2):
        return span
    opened = re.search(r"\(\s*$", text[:start])
    if opened and re.match(r"\s*\)", text[end:]):  # "(say 2023 to now)": the brackets go with it
        start, end = opened.start(), end + re.match(r"\s*\)", text[end:]).end()
    return start, end


@_kept_reading
def find_periods(text: str, today: date | None = None) -> list[tuple[str, str, tuple[int, int]]]:
    """Each period of what is asked that TEXT states: (label, as written, character span), in order.
    Dates that are not periods (a law's year, an event in the story, a quoted letter's date, a count)
    and periods wholly in the future are left out; a span never cuts a date in two. ck20: "since grenfell" is the
    period from the day of a well-known event (event_periods)."""
    today = today or date.today()
    found = [(m.label, m.written, m.span) for m in scan_dates(text, today)
             if m.role == "period" and m.start <= today and not _point_in_time(m)]
    found = [_closed_bracket(text, f) for f in found]  # lead49: "1 January [2014]": the span takes its closing bracket
    found = _dated_event_starts(text, found, today)
    found = _months_of_year(text, found, today)
    days = day_periods(text, today)
    # lf58: "christmas day 2024" is the day, never the year typed after its name
    found = [f for f in found if not any(d[2][0] <= f[2][0] and f[2][1] <= d[2][1] for d in days)]
    events = [e for e in event_periods(text, today) + days
              if not any(e[2][0] < f[2][1] and f[2][0] < e[2][1] for f in found)]
    return sorted(found + events, key=lambda x: x[2][0]) if events else found


@functools.lru_cache(maxsize=1)
def _event_start_pattern() -> re.Pattern | None:
    """period_words.yaml event_leads / event_links: "since <the event's words>[,(] <link> " right before a date."""
    w = period_words()
    if not w.event_leads or not w.event_links:
        return None
    leads, links = _hedge_words(w.event_leads), _hedge_words(w.event_links)
    return re.compile(rf"(?i)\b(?:{leads})\s+(?!when\b)(?P<event>(?:(?!\b(?:how|what|whether|which|who|and|but|or)\b)[^\d.?!;:,()\n]){{1,80}}?)"
                      rf"(?P<joint>\s*[,(\u2013\u2014-]\s*|\s+)(?P<link>(?:(?:{links})\s+)*)$")


def _dated_event_starts(text: str, found: list[tuple[str, str, tuple[int, int]]],
                        today: date) -> list[tuple[str, str, tuple[int, int]]]:
    """ny82 (nc82 #2): FOUND with a date that dates the event a period starts from ("since they first proposed it,
    about march 2023", "records since the scheme started in 2021") read as that start up to TODAY: the words
    from "since" on are the period as written. A period already open or a range is kept as it is; so is a date
    with another period between it and the lead."""
    rx = _event_start_pattern()
    if rx is None:
        return found
    out, last_end = [], 0
    for label, written, span in found:
        got = label_span(label)
        before = text[max(last_end, span[0] - 120): span[0]]
        m = rx.search(before) if got and got[1] < today else None
        joined = m and (m["link"] or m["joint"].strip() or re.match(r"(?i)(?:in|during|on)\s", text[span[0]: span[1]]))
        if joined and len(m["event"].split()) <= 10 and not re.search(r"\b(?:to|until|till|and)\s*$", before):
            start, end = span[0] - len(before) + m.start(), span[1]
            end += 1 if "(" in m["joint"] and text[end: end + 1] == ")" else 0  # "since the consultation (may 2023)"
            out.append((label_for(got[0], today), text[start: end], (start, end)))
        else:
            out.append((label, written, span))
        last_end = span[1]
    return out


_MONTH_WORD = re.compile(r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_YEAR_WORDS = re.compile(r"(?i)^(?:this|last|the\s+last|previous|the\s+previous|the\s+current|current)\s+(?:calendar\s+)?year$")


def _months_of_year(text: str, found: list[tuple[str, str, tuple[int, int]]],
                    today: date) -> list[tuple[str, str, tuple[int, int]]]:
    """FOUND with months named without a year and the year said straight after them read as one period: "between
    march and june this year" is March to June of this year, "since april last year" runs from April last year; never
    the months of the current year beside the whole of "this year" or "last year" as a second period."""
    out: list[tuple[str, str, tuple[int, int]]] = []
    k = 0
    while k < len(found):
        label, written, span = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and _MONTH_WORD.search(written) and not re.search(r"\d{4}", written) \
                and _YEAR_WORDS.match(nxt[1].strip()) and re.fullmatch(r"(?i)[\s,]*(?:of|in|during)?\s*", text[span[1]: nxt[2][0]]):
            year = label_span(nxt[0])
            again = [m for m in scan_dates(f"{written} {year[0].year}", today) if m.role == "period"] if year else []
            if len(again) == 1 and again[0].start <= today:
                out.append((again[0].label, text[span[0]: nxt[2][1]], (span[0], nxt[2][1])))
                k += 2
                continue
        out.append((label, written, span))
        k += 1
    return out


@functools.lru_cache(maxsize=1)
def _public_events() -> tuple[tuple[re.Pattern, date, str], ...]:
    """knowledge/vocab/public_events.yaml: (the words after "since", the day, the event's name) per event."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("public_events")
    out = []
    for entry in (data or {}).values() if isinstance(data, dict) else []:
        try:
            day = date.fromisoformat(str(entry["date"]))
            words = "|".join(f"(?:{w})" for w in entry["words"])
            # "since" only: "died from covid", "after covid vaccination" name a cause or a kind, not when
            pattern = re.compile(rf"(?i)\b(?:ever\s+)?since\s+(?:{words})\b")
        except (KeyError, TypeError, ValueError, re.error):
            continue
        out.append((pattern, day, str(entry.get("name") or "")))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _event_mentions() -> re.Pattern | None:
    """au58: knowledge/vocab/public_events.yaml `mentions`: how a story names a disaster or an attack at a place."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("public_events")
    alts = []
    for entry in (data or {}).values() if isinstance(data, dict) else []:
        for w in (entry.get("mentions") or []) if isinstance(entry, dict) else []:
            try:
                re.compile(str(w))
            except re.error:
                continue
            alts.append(f"(?:{w})")
    return re.compile(rf"(?i)(?<![\w'-])(?:{'|'.join(alts)})(?![\w'-])") if alts else None


def event_mentions(text: str) -> list[tuple[int, int]]:
    """au58 (nc58 #1): the spans where TEXT names a disaster or an attack at a place ("after grenfell", "the
    southport attack"): what happened, never which body is asked."""
    rx = _event_mentions()
    return [m.span() for m in rx.finditer(text or "")] if rx is not None else []


def without_event_mentions(text: str) -> str:
    """TEXT with each event mention (event_mentions) blanked to spaces of the same length (spans keep their place)."""
    out = text or ""
    for a, b in event_mentions(out):
        out = out[:a] + " " * (b - a) + out[b:]
    return out


@functools.lru_cache(maxsize=1)
def _day_words() -> tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]:
    data, _ = load_vocab("period_words")
    data = data if isinstance(data, dict) else {}
    named = tuple((str(k).lower(), int(v[0]), int(v[1])) for k, v in (data.get("named_days") or {}).items())
    return tuple(str(w).lower() for w in data.get("weekdays") or ()), named


@_kept_reading
def day_periods(text: str, today: date | None = None) -> list[tuple[str, str, tuple[int, int]]]:
    """lf58: each day TEXT names from today ("last saturday", "saturday just gone", "last weekend") or by the day's
    name ("on bonfire night", "new year's eve 2024"): (label, as written without "on", character span), the latest such day
    before TODAY (a named day: not after it), or the weekend's two days; "since" before one runs to TODAY.
    knowledge/vocab/period_words.yaml weekdays, named_days."""
    today = today or date.today()
    text = (text or "")[:20000]
    weekdays, named = _day_words()
    out: list[tuple[str, str, tuple[int, int]]] = []
    if weekdays:
        days = "|".join(weekdays)
        for m in re.finditer(rf"(?i)\b(?:(?P<since>since|from)\s+)?(?:last|this\s+past)\s+(?P<day>{days}|weekend)\b"
                             rf"|\b(?:(?P<since2>since|from)\s+)?(?P<day2>{days})\s+just\s+gone\b", text):
            name = (m.group("day") or m.group("day2")).lower()
            if name == "weekend":
                saturday = today - timedelta(days=(today.weekday() - 5) % 7 or 7)
                if saturday + timedelta(days=1) >= today:
                    saturday -= timedelta(days=7)
                start, end = saturday, saturday + timedelta(days=1)
            else:
                start = end = today - timedelta(days=(today.weekday() - weekdays.index(name)) % 7 or 7)
            if m.group("since") or m.group("since2"):
                end = today
            out.append((label_for(start, end), m.group(0), m.span()))
    for name, month, day in named:
        words = r"\s+".join(re.escape(w).replace("'", "['\u2019]?") for w in name.split())
        for m in re.finditer(rf"(?i)\b(?:(?P<since>since|from)\s+)?{words}(?:\s+(?P<year>(?:19|20)\d\d))?\b", text):
            year = int(m.group("year")) if m.group("year") else today.year
            try:
                start = date(year, month, day)
            except ValueError:
                continue
            if not m.group("year") and start > today:
                start = date(year - 1, month, day)
            if start > today:
                continue
            if not any(m.start() < b and a < m.end() for _, _, (a, b) in out):  # "new year's eve" / "new years eve"
                out.append((label_for(start, today if m.group("since") else start), m.group(0), m.span()))
    return sorted(out, key=lambda x: x[2][0])


def event_periods(text: str, today: date | None = None) -> list[tuple[str, str, tuple[int, int]]]:
    """ck20: each period TEXT dates by a well-known public event ("since grenfell", "since covid"):
    (label from the event's day to TODAY, as written, character span), in order; events still to come are left out.
    An event askfoi does not know gives nothing here (undated_since says it needs a date)."""
    today = today or date.today()
    out = []
    for pattern, day, _ in _public_events():
        if day > today:
            continue
        for m in pattern.finditer((text or "")[:20000]):
            out.append((label_for(day, today), m.group(0), m.span()))
    return sorted(out, key=lambda x: x[2][0])


# "since the new chief constable started", "since the merger": a period dated by an event askfoi has no date for
# (askfoi asks "since when?"). The start of the very thing asked about ("since the scheme was introduced", "since it
# opened", "since its introduction") bounds the records it holds and is a period; "since it is a public body" gives
# a reason, not a time.
_SUBJECT_ITSELF = (r"(?:it|they|this|that|these|those|its|their|the\s+(?:[\w-]+\s+)?(?:scheme|policy|service|programme|"
                   r"program|project|zone|charge|cameras?|law|act|rules?|system|contract|initiative|pilot|trial|ban|fund|"
                   r"order|pspo|lez|ulez|caz|restrictions?|app|website|register|unit|team|centre|office|library|school|"
                   r"hospital|station|route|road|lane|bridge|building))\b")
_UNDATED_SINCE = re.compile(
    r"(?i)\b(?:ever\s+)?since\s+"
    rf"(?!{_SUBJECT_ITSELF}\s+(?:[\w-]+\s+){{0,1}}?(?:was|were|has|have|had|is|are|got|came|started|began|opened|launched|went)\b)"
    r"(?!(?:you|we|i|he|she|there)\s+(?:is|are|was|were|am|has|have|had|do|does|did|can|could|will|would|must|should)\b)"
    r"(?:(?:(?:the|a|an|his|her|their|our|my|your|they|he|she|we|i|you|new|last|current|previous)\s+)*"
    r"(?:[\w'-]+\s+){0,4}?(?:started|start|began|begun|took\s+over|came\s+in|brought\s+in|brought\s+it\s+in|"
    r"set\s+up|rolled\s+out|took\s+(?:office|charge|up\s+(?:post|office))|"
    r"(?:was|were|got)\s+(?:appointed|elected|sacked|made\s+\w+)|moved(?:\s+in)?|arrived|changed|happened|merged|joined)"
    r"|(?:the|that|this|last)\s+(?:[\w'-]+\s+){0,2}?(?:fire|floods?|flooding|merger|restructure|restructuring|"
    r"reorganisation|re-organisation|election|takeover|riots?|storm|attack|inquiry|scandal|incident|inspection))\b")


def undated_since(text: str, today: date | None = None) -> str | None:
    """ck20: the words of a period TEXT dates only by an event askfoi cannot date ("since the new chief constable
    started"), or None: such a period is asked back ("since when?"), never dropped silently."""
    for m in _UNDATED_SINCE.finditer((text or "")[:20000]):
        if not any(m.start() < e[2][1] and e[2][0] < m.end() for e in event_periods(text, today)) \
                and not re.search(r"(?:19|20)\d\d", text[m.end(): m.end() + 12]):
            return m.group(0)
    return None


_AS_AT = re.compile(r"(?i)^as\s+(?:at|of)\s")


def point_in_time_days(text: str, today: date | None = None) -> list[tuple[str, str, tuple[int, int]]]:
    """(ck21) The single days TEXT takes its figures on ("as at 31 March 2025"), as find_periods gives periods:
    they stay in the part's words, and where the text states no other period the one day is its period."""
    today = today or date.today()
    return [(m.label, m.written, m.span) for m in scan_dates(text, today)
            if m.role == "period" and m.start <= today and _point_in_time(m)]


def _point_in_time(mention: DateMention) -> bool:
    """A single day the figures are taken on ("as at 31 March 2025") qualifies the part and stays in its
    words; it is not the period the request covers."""
    return mention.start == mention.end and bool(_AS_AT.match(mention.written))


# ck21: a single day typed as the period ("on 31 march 2026", "as at 31/03/2026", "just the one day, 1 may") is a
# period of one day: the words around it say only that it is one day
_TYPED_FILLER = re.compile(r"(?i)^(?:(?:for|in|during|over|covering|the|time|period|of|please|a|an|on|at|as|day|date|"
                           r"just|only|one|single|snapshot)\s+)*$")


def _grammar_span(text: str, today: date) -> Span | None:
    """A typed period the simple reader above does not know ("FY 2019/2020", "Q1 2023", "the financial
    years 2017/18, 2018/19 and 2019/20"): the one period the date grammar finds, when nothing else is typed."""
    t = text.strip(" .,;:")
    if not t or len(t) > 200:
        return None
    found = [m for m in scan_dates(t, today) if m.role == "period"]
    if len(found) != 1:
        return None
    rest = (t[: found[0].span[0]] + " " + t[found[0].span[1]:]).strip(" .,;:")
    if rest and not _TYPED_FILLER.match(rest + " "):
        return None
    return found[0].start, found[0].end


_LIST_ANCHOR = re.compile(
    r"(?i)\b(?:(?P<prep>for|in|on|during|covering)\s+)?(?:(?P<each>each|all)\s+of\s+)?the\s+following\s+"
    r"(?P<unit>(?:(?:financial|calendar|academic|school|tax)\s+)?years?|(?:time\s+)?periods?|dates?|months?|quarters?)"
    r"(?:\s*\([^()\n]{1,40}\))?"  # fr27a: "the following financial years (April to March):", "calendar years (1 January to 31 December)"
    r"\s*(?::\s*-?|-|\u2013)?")
_LIST_GAP = re.compile(
    r"(?i)^[\s,;:.\-\u2013\u2022*]*(?:(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]|\((?:[a-h]|[ivx]{1,4}|\d{1,2})\))\s*)?"
    r"[\s,;:\-\u2013\u2022*]*(?:and\s+)?$")


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def inline_period_lists(text: str, today: date | None = None) -> str:
    """TEXT with a list of periods that follows "for each of the following years:" (one per line or lettered)
    written into the sentence that introduces it, so no part points at a list the letter no longer shows:
    periods that follow on from each other become "in each year from 1 April 2015 to 31 March 2018"
    (the last may be shorter: the latest months), others "in 2014, 2016 and 2019" as written."""
    today = today or date.today()
    out, at = [], 0
    for anchor in _LIST_ANCHOR.finditer(text or ""):
        if anchor.start() < at:
            continue
        rest = text[anchor.end():]
        items, pos = [], 0
        for label, written, (s, e) in find_periods(rest, today):
            if not _LIST_GAP.match(rest[pos:s]):
                break
            span = label_span(label)
            if span is None:
                break
            items.append((written, span))
            pos = e
        if len(items) < 2:
            continue
        tail = re.match(r"[^\n;]*", rest[pos:]).group()
        if re.search(r"[A-Za-z0-9]", re.sub(r"(?i)^[\s,.;:)\]]*(?:inclusive|respectively)?", "", tail)):
            continue  # fr9c: an item goes on past its dates ("1 October 2016 to the most recent statistics for
            # September 2017"): the list stays as written rather than be merged into a span it does not say
        spans = [sp for _, sp in items]
        unit = anchor.group("unit").lower()
        months = [_months_between(a, b) for a, b in spans]
        follow = all(spans[k + 1][0] == spans[k][1] + timedelta(days=1) for k in range(len(spans) - 1)) \
            and len(set(months[:-1])) == 1 and months[-1] <= months[0] and spans[0][0].day == 1
        if follow and months[0] in (1, 3, 12) and not unit.startswith("date"):
            name = {1: "month", 3: "quarter"}.get(months[0]) or (
                unit.rstrip("s") if "year" in unit and unit.split()[0] != "year" else
                "financial year" if spans[0][0].month == 4 else "year")
            said = f"in each {name} from {long_date(spans[0][0])} to {long_date(spans[-1][1])}"
        else:
            prep = "on" if unit.startswith("date") or all(a == b for a, b in spans) else "in"
            words = [w.strip() for w, _ in items]
            said = f"{prep} {', '.join(words[:-1])} and {words[-1]}"
        out.append(text[at:anchor.start()])
        out.append(said)
        at = anchor.end() + pos
    out.append(text[at:])
    return "".join(out)
