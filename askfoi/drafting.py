"""The request letter: from a person's answers to a letter an FOI officer can act on.

The letter cites the right law for the regime, lists the parts with the time period applied, states
the preferred format, says which parts to answer first if the cost limit bites, and asks for advice
and assistance. It carries only the requester's name, because responses are published. The wording
lives in prompts/letters/; the phrase lists in knowledge/vocab/. User text only ever reaches the
templates as values, so "{{ 7*7 }}" in an answer appears as typed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import localtime, make_msgid
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from askfoi.deadlines import deadline
from askfoi.email_address import header_address, is_email
from askfoi.knowledge import load_vocab
from askfoi.models import Nation, Regime
from askfoi.periods import Period, PeriodKind, explain_period_error, parse_period
from askfoi.templates import render

MAX_ANSWERS_BYTES = 1024 * 1024
MAX_PARTS = 30
MAX_PART_CHARS = 2000
MAX_AUTHORITY_CHARS = 200  # also the longest preferred format
SUBJECT_MAX_CHARS = 70  # a subject line a mail client shows whole
TOPIC_MAX_WORDS = 7  # longer than this, a "topic" is a clause, not a noun phrase
NAME_REQUIRED = (Regime.FOIA, Regime.FOISA, Regime.SAR)  # FOIA s8, FOISA s8; a SAR must say who you are
NAME_PLACEHOLDER = "[your full name]"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


class AnswersError(ValueError):
    """An answers file (or answers) that cannot make a letter: one plain line naming the field."""


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", value)).strip()


class Answers(BaseModel):
    """What the person told askfoi: who to ask, what for, for when, in what form, and who they are."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    authority: str = Field(min_length=1, max_length=MAX_AUTHORITY_CHARS)
    requester_name: str | None = Field(None, max_length=120, validation_alias=AliasChoices("requester_name", "name"))
    email: str | None = None
    parts: list[str] = Field(min_length=1, max_length=MAX_PARTS)
    period: str | None = None
    preferred_format: str | None = Field(None, max_length=MAX_AUTHORITY_CHARS)
    priority: list[int] | None = None  # 1-based part numbers to answer first under the cost limit
    regime: Regime | None = None  # override; otherwise from the authority / the text
    to: str | None = None  # additive: the authority's email address, for the eml To header

    @field_validator("authority", "requester_name", "preferred_format", mode="after")
    @classmethod
    def _single_line(cls, v: str | None) -> str | None:
        if v is None:
            return None
        return _one_line(v) or None

    @field_validator("authority", mode="after")
    @classmethod
    def _authority_given(cls, v: str | None) -> str:
        if not v:
            raise ValueError("'authority' is empty: give the name of the public authority")
        return v

    @field_validator("email", "to", mode="after")
    @classmethod
    def _email(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None or not v.strip():
            return None
        v = v.strip()
        if not is_email(v):
            raise ValueError(f"'{info.field_name}': {v[:60]!r} is not an email address")
        return v

    @field_validator("period", mode="before")
    @classmethod
    def _period_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else v  # YAML reads 2023 as a number

    @field_validator("regime", mode="before")
    @classmethod
    def _regime_case(cls, v: Any) -> Any:
        return v.strip().upper() if isinstance(v, str) else v

    @field_validator("parts", mode="after")
    @classmethod
    def _parts(cls, v: list[str]) -> list[str]:
        cleaned = []
        for i, part in enumerate(v, start=1):
            text = _one_line(part)
            if not text:
                raise ValueError(f"'parts': part {i} is empty")
            if len(text) > MAX_PART_CHARS:
                raise ValueError(f"'parts': part {i} is longer than {MAX_PART_CHARS} characters; split it into shorter parts")
            cleaned.append(text)
        return cleaned

    @model_validator(mode="after")
    def _priority_in_range(self) -> "Answers":
        if self.priority:
            for n in self.priority:
                if not 1 <= n <= len(self.parts):
                    count = f"{len(self.parts)} part" + ("s" if len(self.parts) != 1 else "")
                    raise ValueError(f"'priority': there is no part {n} (there are {count})")
            if len(set(self.priority)) != len(self.priority):
                raise ValueError("'priority': a part number appears twice")
        return self


class Letter(BaseModel):
    regime: Regime
    authority: str
    to: str | None
    subject: str
    body: str
    due: date | None
    # Additive fields (not in the first contract):
    law: str = ""  # the law the letter cites, in words
    requester_name: str | None = None
    reply_to: str | None = None  # the requester's email: headers only, never the body
    parts: list[str] = Field(default_factory=list)
    deadline_explanation: str | None = None
    missing: list[str] = Field(default_factory=list)  # answers still needed before sending


# --- reading an answers file ---------------------------------------------------------------------------

_PLAIN_ERRORS = {
    "missing": "is missing",
    "string_type": "should be text",
    "list_type": "should be a list",
    "int_type": "should be a whole number",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "enum": "should be one of FOIA, FOISA, EIR or SAR",
    "too_short": "is empty",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    words = []
    for i, key in enumerate(loc):
        if isinstance(key, int):
            words.append(f"{'part' if loc[:i] == ('parts',) else 'item'} {key + 1}")
        else:
            words.append(str(key))
    return " ".join(words) if words else "the answers"


def describe_answers_error(err: ValidationError) -> str:
    """Pydantic's errors in plain words, each naming the field."""
    messages = []
    for e in err.errors(include_url=False):
        field = _field_name(tuple(e["loc"]))
        kind = e["type"]
        if kind == "extra_forbidden":
            known = ", ".join(Answers.model_fields)
            messages.append(f"'{field}' is not a field askfoi knows (the fields are: {known})")
        elif kind == "too_long":
            messages.append(f"'{field}' is too long")
        elif kind == "value_error":
            messages.append(str(e.get("ctx", {}).get("error", e["msg"])))  # our validators name the field
        else:
            messages.append(f"'{field}' {_PLAIN_ERRORS.get(kind, e['msg'].lower())}")
    from askfoi.safe_text import clean_line

    return clean_line("; ".join(messages))  # field names come from the file: one line, nothing hidden


def parse_answers(text: str, source: str = "answers", *, json_hint: bool | None = None) -> Answers:
    """Answers from JSON or YAML text (JSON when it looks like it or JSON_HINT says so)."""
    import yaml

    stripped = text.lstrip("\ufeff").strip()
    if not stripped:
        raise AnswersError(f"{source}: is empty; it should hold the answers (authority, requester_name, parts ...)")
    as_json = json_hint if json_hint is not None else stripped.startswith(("{", "["))
    from askfoi.safe_input import InputError, loads_json, loads_yaml

    try:
        if as_json:
            data = loads_json(stripped)
        else:
            data = loads_yaml(stripped)
    except InputError as exc:
        raise AnswersError(f"{source}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise AnswersError(f"{source}: not valid YAML ({getattr(exc, 'problem', None) or 'unreadable'}{where})") from None
    from askfoi.safe_text import clean_data

    data, _ = clean_data(data)  # an answers file may come from anywhere: no escape sequence reaches a letter
    if not isinstance(data, dict):
        raise AnswersError(f"{source}: should be a set of named answers (authority: ..., parts: ...), not a {type(data).__name__}")
    try:
        return Answers.model_validate(data)
    except ValidationError as exc:
        raise AnswersError(f"{source}: {describe_answers_error(exc)}") from None


def load_answers(path: Path) -> Answers:
    """Read an answers file (JSON or YAML, by extension or content); AnswersError names the problem."""
    from askfoi.safe_input import InputError, read_file_bytes

    path = Path(path)
    try:
        raw = read_file_bytes(path, MAX_ANSWERS_BYTES)
    except InputError as exc:
        reason = str(exc)
        if reason.startswith("is a folder"):
            reason = "is a folder, not an answers file"
        elif reason.startswith("larger than"):
            reason = "too large for an answers file (over 1 MB)"
        raise AnswersError(f"{path}: {reason}") from None
    if b"\x00" in raw[:8192]:
        raise AnswersError(f"{path}: looks like a binary file, not JSON or YAML answers")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise AnswersError(f"{path}: is not UTF-8 text; save it as UTF-8 JSON or YAML") from None
    suffix = path.suffix.lower()
    hint = True if suffix == ".json" else False if suffix in (".yaml", ".yml") else None
    return parse_answers(text, str(path), json_hint=hint)


# --- the letter ------------------------------------------------------------------------------------------


class _Format(BaseModel):
    words: list[str]
    phrase: str


def _format_phrase(preferred: str | None) -> tuple[str | None, str | None]:
    """(set phrase, None) when a known format is named, else (None, the person's own words)."""
    if not preferred:
        return None, None
    formats, _ = load_vocab("letter_formats", _Format)
    lowered = preferred.lower()
    for entry in (formats.values() if isinstance(formats, dict) else []):
        if any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", lowered) for w in entry.words):
            return entry.phrase, None
    return None, preferred


def _resolve(name: str):
    """The authority as askfoi knows it, or None when the resolver is not available."""
    try:
        from askfoi.authorities import resolve_authority
    except ModuleNotFoundError as exc:
        if exc.name != "askfoi.authorities":
            raise
        return None
    return resolve_authority(name)


def _regime_for(answers: Answers, resolved) -> Regime:
    if answers.regime is not None:
        return answers.regime
    try:
        from askfoi.checks import check_request
    except ModuleNotFoundError as exc:
        if exc.name != "askfoi.checks":
            raise
        return resolved.regime if resolved is not None else Regime.FOIA
    return Regime(check_request("", answers.authority, period=answers.period, parts=answers.parts).regime)


def _short_period(period: Period) -> str:
    """The period as a subject line shows it: "2023", "2020/21 to 2023/24", "May 2024", "3 May 2024 to 4 Jun 2024"."""
    start, after = period.start, period.end + timedelta(days=1)
    kinds, _ = load_vocab("period_kinds", PeriodKind)
    for kind in kinds.values() if isinstance(kinds, dict) else []:
        first_day = (kind.start_month, kind.start_day)
        if (start.month, start.day) == first_day == (after.month, after.day) and after.year > start.year:
            if first_day == (1, 1):
                years = [str(start.year), str(after.year - 1)]
            else:
                years = [f"{y}/{(y + 1) % 100:02d}" for y in (start.year, after.year - 1)]
            return years[0] if years[0] == years[1] else " to ".join(years)
    if start.day == 1 and after.day == 1:
        ends = [f"{start:%b %Y}", f"{period.end:%b %Y}"]
    else:
        ends = [f"{start.day} {start:%b %Y}", f"{period.end.day} {period.end:%b %Y}"]
    return ends[0] if ends[0] == ends[1] else " to ".join(ends)


def _subject(regime: Regime, parts: list[str], period: Period | None) -> str:
    """A short subject line: the topic of the parts and the period, in whole words, at most SUBJECT_MAX_CHARS.
    A topic too long keeps its head ("noise complaints about the airport" -> "noise complaints"); with no
    topic to be found, as much of the first part as fits."""
    rules = _rules()
    topic = next((t for t in (part_topic(p, for_subject=True) for p in parts) if t), None)
    quoted = re.search(r'"([^"]+)"', parts[0])  # a question kept in the person's words
    words = (topic or (quoted.group(1) if quoted else parts[0])).rstrip(" .?!").split()
    head = next((words[:i] for i, w in enumerate(words) if i and w.lower() in rules.topic_links), words)
    when = _short_period(period) if period else None
    tries = [(words, when), (head, when), (words, None), (head, None)] if topic else []
    tries += [(words[:n], None) for n in range(len(words) - (1 if topic else 0), 0, -1)]
    text = ""
    for shown, with_period in tries:
        shown = list(shown)
        while len(shown) > 1 and (shown[-1].lower() in rules.topic_links or (
                rules.topic_ends is not None and rules.topic_ends.fullmatch(shown[-1].lower()))):
            shown.pop()  # never end on "about the"
        label = " ".join(shown).rstrip(",;:")
        if topic is None and len(shown) < len(words):
            label += "..."
        text = render("letters/subject.txt.j2", regime=regime.value, topic=label, period=with_period).strip()
        if len(text) <= SUBJECT_MAX_CHARS:
            return text
    return text


def _tidy(text: str) -> str:
    """One blank line between paragraphs, no trailing spaces: templates need not count newlines."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


_LAW_NAMES = {
    Regime.FOIA: "Freedom of Information Act 2000",
    Regime.FOISA: "Freedom of Information (Scotland) Act 2002",
    Regime.EIR: "Environmental Information Regulations 2004",
    Regime.SAR: "UK GDPR Article 15 (subject access)",
}


def draft_letter(answers: Answers, today: date | None = None) -> Letter:
    """The letter for ANSWERS. A missing name where the law needs one leaves a placeholder and is
    listed in Letter.missing (so a preview still shows); a period that cannot be read raises AnswersError."""
    today = today or date.today()
    resolved = _resolve(answers.authority)
    known = resolved is not None and resolved.known
    authority = resolved.name if known else answers.authority
    regime = _regime_for(answers, resolved)
    scotland = regime == Regime.FOISA or (
        known and (resolved.nation == Nation.scotland or resolved.regime == Regime.FOISA)
    )
    period = found = None
    if answers.period and answers.period.strip():
        found = parse_period(answers.period, today=today)
        if found is None:
            raise AnswersError(f"'period': {explain_period_error(answers.period, today=today)}")
        period = found.label
    format_phrase, format_text = _format_phrase(answers.preferred_format)
    missing = []
    name = answers.requester_name
    if not name and regime in NAME_REQUIRED:
        missing.append("requester_name")
        name = NAME_PLACEHOLDER
    body = render(
        f"letters/{regime.value.lower()}.txt.j2",
        authority=authority,
        requester=name,
        parts=answers.parts,
        period=period,
        format_phrase=format_phrase,
        format_text=format_text,
        priority=answers.priority,
        scotland=scotland,
    )
    subject = _subject(regime, answers.parts, found)
    when = deadline(today, regime, scotland=scotland)
    law = _LAW_NAMES[regime]
    if regime == Regime.EIR and scotland:
        law = "Environmental Information (Scotland) Regulations 2004"
    return Letter(
        regime=regime,
        authority=authority,
        to=answers.to,
        subject=subject,
        body=_tidy(body),
        due=when.due,
        law=law,
        requester_name=answers.requester_name,
        reply_to=answers.email,
        parts=list(answers.parts),
        deadline_explanation=when.explanation,
        missing=missing,
    )


# --- free text to numbered parts -------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.):]|\(?[a-z][.)]|[-*\u2022\u00b7\u2013])\s+(.*)$", re.I)
_SENTENCE_END = re.compile(r"(?<=\?)\s+|(?<=[.!])\s+(?=[A-Z\d\"'(])")
_WORDY = re.compile(r"[^\W\d_]{2,}")  # a part needs at least one real word
_TEMPLATE_FIELD = re.compile(r"\{(\w+)(?:\|(gerund|past|third|lower))?\}")


class _Rewrite(BaseModel):
    match: str
    to: str


@dataclass(frozen=True)
class _Rules:
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    drop: tuple[re.Pattern[str], ...]
    prefixes: tuple[re.Pattern[str], ...]
    split_on: re.Pattern[str] | None
    fallback: str
    verbs: dict[str, tuple[str, str, str | None]]  # verb -> (gerund, past, he/she/it form or None)
    stop: tuple[re.Pattern[str], ...]
    reject: tuple[re.Pattern[str], ...]  # a rewrite that reads like this is not used
    topic_from: tuple[re.Pattern[str], ...]
    topic_ends: re.Pattern[str] | None  # a whole word where a topic's noun phrase ends
    topic_not_first: re.Pattern[str] | None  # a whole word no noun phrase begins with
    topic_links: frozenset[str]
    topic_leading: tuple[re.Pattern[str], ...]
    indefinite: frozenset[str]
    plural_words: frozenset[str]
    singular_s_words: frozenset[str]
    references: tuple[re.Pattern[str], ...]  # a pronoun (group "pronoun") standing for an earlier topic


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    """The phrase lists in knowledge/vocab/request_words.yaml and request_rewrites.yaml, compiled once."""
    words, _ = load_vocab("request_words", list[str] | dict[str, list[str]])
    words = words if isinstance(words, dict) else {}
    subject = "(?:" + "|".join(words.get("subject") or ["you"]) + ")"
    rewrites, _ = load_vocab("request_rewrites", _Rewrite)

    def compiled(pattern: str, anchored: bool = False) -> re.Pattern[str] | None:
        try:
            return re.compile(("^(?:" + pattern + ")") if anchored else pattern, re.I)
        except re.error:
            return None  # a broken pattern in the data is skipped; `kb validate` reports vocab files

    rules = []
    for rule in rewrites if isinstance(rewrites, list) else []:
        pattern = compiled(rule.match.replace("{SUBJECT}", subject))
        if pattern is not None:
            rules.append((pattern, rule.to))

    def alternation(key: str) -> re.Pattern[str] | None:
        found = [p for p in words.get(key) or [] if compiled(p)]
        return re.compile("|".join(f"(?:{p})" for p in found), re.I) if found else None

    def patterns(key: str, anchored: bool = False) -> tuple[re.Pattern[str], ...]:
        return tuple(p for p in (compiled(x, anchored) for x in words.get(key) or []) if p)

    def lowered(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in words.get(key) or [])

    return _Rules(
        rewrites=tuple(rules),
        drop=tuple(p for p in (compiled(x) for x in words.get("drop") or []) if p),
        prefixes=tuple(p for p in (compiled(x, anchored=True) for x in words.get("strip_prefixes") or []) if p),
        split_on=alternation("split_on"),
        fallback=(words.get("question_fallback") or ['Any recorded information that answers this question: "{original}"'])[0],
        verbs={
            k.lower(): (v[0], v[1], v[2] if len(v) > 2 else None)
            for k, v in (words.get("irregular_verbs") or {}).items()
            if len(v) in (2, 3)
        },
        stop=tuple(p for p in (compiled(x) for x in words.get("stop") or []) if p),
        reject=patterns("reject_rewrites"),
        topic_from=patterns("topic_from", anchored=True),
        topic_ends=alternation("topic_ends"),
        topic_not_first=alternation("topic_not_first"),
        topic_links=lowered("topic_links"),
        topic_leading=patterns("topic_leading", anchored=True),
        indefinite=lowered("topic_indefinite"),
        plural_words=lowered("plural_words"),
        singular_s_words=lowered("singular_s_words"),
        references=tuple(p for p in patterns("references") if "pronoun" in p.groupindex),
    )


def _one_syllable_cvc(word: str) -> bool:
    """'stop', 'ban', 'cancel': words that double their last letter before -ing / -ed (British spelling)."""
    if re.search(r"[^aeiou][aeiou]l$", word):
        return True
    return len(re.findall(r"[aeiouy]+", word)) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", word) is not None


def _inflect(phrase: str, form: str) -> str:
    """Change PHRASE's first word to its -ing form, past tense or 'he/she/it' form (spelling rules + exceptions)."""
    if not phrase:
        return phrase
    word, _, rest = phrase.partition(" ")
    lower = word.lower()
    irregular = _rules().verbs.get(lower)
    if form == "third":
        if irregular and irregular[2]:
            new = irregular[2]
        elif re.search(r"(?:s|sh|ch|x|z|o)$", lower):
            new = lower + "es"
        elif re.search(r"[^aeiou]y$", lower):
            new = lower[:-1] + "ies"
        else:
            new = lower + "s"
    elif irregular:
        new = irregular[0] if form == "gerund" else irregular[1]
    elif form == "gerund":
        if lower.endswith("ie"):
            new = lower[:-2] + "ying"
        elif lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")):
            new = lower[:-1] + "ing"
        elif _one_syllable_cvc(lower):
            new = lower + lower[-1] + "ing"
        else:
            new = lower + "ing"
    elif lower.endswith("ed"):
        new = lower
    elif lower.endswith("e"):
        new = lower + "d"
    elif re.search(r"[^aeiou]y$", lower):
        new = lower[:-1] + "ied"
    elif _one_syllable_cvc(lower):
        new = lower + lower[-1] + "ed"
    else:
        new = lower + "ed"
    return f"{new} {rest}".strip()


def _fill(template: str, match: re.Match[str], original: str) -> str:
    def value(m: re.Match[str]) -> str:
        name, form = m.group(1), m.group(2)
        if name == "original":
            return original
        text = match.groupdict().get(name) or ""
        if form == "lower":
            return text.lower()
        return _inflect(text.strip(), form) if form else text

    return re.sub(r"\s+", " ", _TEMPLATE_FIELD.sub(value, template)).strip()


def rephrase_part(text: str) -> str:
    """One part as a request for recorded information ("Why did you close X?" -> "... reasons for closing X")."""
    return _rephrase(text)[0]


def _rephrase(text: str) -> tuple[str, bool]:
    """(the part, False when it is only the person's question quoted because no rule could reword it)."""
    rules = _rules()
    original = _one_line(text)
    core = original
    changed = True
    while changed:  # "Could you please tell me ..." / "Also, ..." can stack
        changed = False
        for prefix in rules.prefixes:
            stripped = prefix.sub("", core, count=1)
            if stripped != core and stripped.strip():
                core, changed = stripped.strip(), True
    is_question = core.endswith("?")
    core = core.rstrip(" ?.!;:,")
    for pattern, template in rules.rewrites:
        m = pattern.fullmatch(core)
        if m:
            out = _capitalise(_fill(template, m, original.rstrip(" .")))
            if not any(r.search(out) for r in rules.reject):
                return out, True
    if is_question:
        return _capitalise(_fill(rules.fallback, re.match("", ""), original)), False
    return _capitalise(core), True


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _noun_phrase(text: str) -> str | None:
    """The noun phrase TEXT begins with ("CCTV cameras the council operates" -> "CCTV cameras"), or
    None when TEXT does not begin with one ("Is the park ...") or it runs on too long to be one."""
    rules = _rules()
    words = text.split()
    if not words or rules.topic_ends is None or any(c in text for c in "\"{}<>[]"):
        return None
    if rules.topic_not_first and rules.topic_not_first.fullmatch(words[0].lower()):
        return None  # a question or clause ("Is ...", "How ..."), not a thing
    kept: list[str] = []
    for word in words:
        bare = word.rstrip(",;:.?!")
        if kept and rules.topic_ends.fullmatch(bare.lower()) and kept[-1].lower() not in rules.topic_links:
            break
        kept.append(bare)
        if bare != word:
            break  # punctuation ends the phrase
    if len(kept) > TOPIC_MAX_WORDS:  # keep the longest whole phrase that fits: up to a link word
        links = [i for i, w in enumerate(kept[: TOPIC_MAX_WORDS + 1]) if i and w.lower() in rules.topic_links]
        kept = kept[: links[-1]] if links else kept
    while kept and kept[-1].lower() in rules.topic_links:
        kept.pop()
    if not kept or len(kept) > TOPIC_MAX_WORDS or not _WORDY.search(" ".join(kept)):
        return None
    return " ".join(kept)


def part_topic(part: str, *, for_subject: bool = False) -> str | None:
    """What PART asks about, as a short noun phrase ("The number of CCTV cameras the council operates"
    -> "CCTV cameras"), by the topic patterns in knowledge/vocab/request_words.yaml; None when it names none.
    FOR_SUBJECT leaves out leading words ("the council's") and a capital that only starts the sentence."""
    rules = _rules()
    text = _one_line(part).rstrip(" .?!")
    for pattern in rules.topic_from:
        m = pattern.match(text)
        if not m:
            continue
        if "topic" not in pattern.groupindex or m.group("topic") is None:
            return None
        topic = _noun_phrase(m.group("topic"))
        if topic is None or not for_subject:
            return topic
        stripped = topic
        changed = True
        while changed:
            changed = False
            for lead in rules.topic_leading:
                rest = lead.sub("", stripped, count=1)
                if rest != stripped and rest.strip():
                    stripped, changed = rest, True
        first = stripped.split()[0]
        if stripped == topic and m.start("topic") == 0 and first[1:].islower():
            stripped = stripped[:1].lower() + stripped[1:]  # "Air quality readings": capital only starts the part
        return stripped
    return None


def _is_plural(topic: str) -> bool:
    """Whether a topic is several things ("cameras", "people") or one ("the library", "CCTV maintenance")."""
    rules = _rules()
    words = topic.lower().split()
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in rules.topic_links), words[-1])
    head = re.sub(r"[^\w-]", "", head)
    if head in rules.plural_words:
        return True
    if head in rules.singular_s_words or re.search(r"(?:ss|us|is)$", head):
        return False
    return head.endswith("s")


def _carried(topic: str) -> str:
    """TOPIC as it reads in place of a pronoun: "any policy on drones" -> "the policy on drones"."""
    first, _, rest = topic.partition(" ")
    if rest and first.lower() in _rules().indefinite:
        return rest if _is_plural(rest) else f"the {rest}"
    if rest and first in ("The", "These", "Those", "This", "That"):
        return f"{first.lower()} {rest}"  # the capital only started the earlier part
    return topic


def _with_topic(chunk: str, topic: str | None) -> tuple[str, bool]:
    """(CHUNK as a part, whether TOPIC took the place of its pronoun). The topic is carried only when
    the chunk has exactly one pronoun standing for a thing, of the same number as the topic, and the
    result can be reworded; otherwise the person's own words stay."""
    if topic:
        core = chunk.rstrip(" ?.!;:,")
        spans = {m.span("pronoun") for p in _rules().references for m in p.finditer(core)}
        if len(spans) == 1:
            start, end = spans.pop()
            if (core[start:end].lower() != "it") == _is_plural(topic):
                part, reworded = _rephrase(chunk[:start] + _carried(topic) + chunk[end:])
                if reworded:
                    return part, True
    return rephrase_part(chunk), False


def _pieces(text: str) -> list[str]:
    """The separate things asked for: list items when the text is a list, else sentences."""
    lines = []
    for line in text.splitlines():
        if any(p.search(line.strip()) for p in _rules().stop):
            break  # a sign-off: what follows is the signature
        lines.append(line.strip())
    items: list[str] = []
    listed = sum(1 for line in lines if _LIST_ITEM.match(line))
    if listed >= 2:
        current: list[str] | None = None
        for line in lines:
            m = _LIST_ITEM.match(line)
            if m:
                if current:
                    items.append(" ".join(current))
                current = [m.group(1)]
            elif current is not None and line:
                current.append(line)
            elif not line:  # a blank line ends a list item
                if current:
                    items.append(" ".join(current))
                current = None
            elif not line.endswith(":"):
                items.extend(_SENTENCE_END.split(line))
        if current:
            items.append(" ".join(current))
        return items
    joined = " ".join(line for line in lines if line)
    return [s for s in _SENTENCE_END.split(joined) if s]


def propose_parts(text: str) -> list[str]:
    """Free text -> numbered parts a person can accept or edit, each asking for recorded information.

    Splits on list items, then sentences, then joining phrases ("and also"); drops greetings and
    preamble; rephrases questions by the rules in knowledge/vocab. A part that refers to an earlier
    part's topic only by a pronoun ("... because of them") gets the topic in its place, so each part
    reads on its own in the letter. Deterministic: same text, same parts.
    """
    rules = _rules()
    parts: list[str] = []
    seen: set[str] = set()
    topic = None  # the latest topic a part named in the person's own words
    for piece in _pieces(_CONTROL.sub(" ", text or "")[:20000]):
        chunks = rules.split_on.split(piece) if rules.split_on else [piece]
        for chunk in chunks:
            chunk = _one_line(chunk or "")
            if not _WORDY.search(chunk) or any(p.search(chunk) for p in rules.drop + rules.stop):
                continue  # junk (no real word), a greeting or a sign-off
            part, carried = _with_topic(chunk, topic)
            if not carried:
                topic = part_topic(part) or topic
            key = part.lower()
            if part and key not in seen:
                seen.add(key)
                parts.append(part[:MAX_PART_CHARS])
    return parts[:MAX_PARTS]


# --- output formats ---------------------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)(#|>|[-+*](?=\s|$)|\d+(?=[.)](?:\s|$))|=+\s*$|-+\s*$)")


def escape_markdown(line: str) -> str:
    """LINE as Markdown that shows exactly LINE: characters that would format or link are escaped."""
    escaped = _MD_INLINE.sub(r"\\\1", line)
    escaped = re.sub(r"&(?=#?\w+;)", r"\\&", escaped)
    m = _MD_LINE_START.match(escaped)
    if m:
        lead, marker = m.group(1), m.group(2)
        if marker[0].isdigit():
            pos = len(lead) + len(marker)
            escaped = escaped[:pos] + "\\" + escaped[pos:]
        else:
            escaped = f"{lead}\\{escaped[len(lead):]}"
    return escaped


def _markdown(letter: Letter) -> str:
    items = {f"{i}. {part}": i for i, part in enumerate(letter.parts, 1)}
    out = [f"**Subject:** {escape_markdown(letter.subject)}", ""]
    for line in letter.body.splitlines():
        if line in items:  # the numbered parts stay a Markdown list; only the part's text is escaped
            n = items[line]
            out.append(f"{n}. {escape_markdown(letter.parts[n - 1])}")
        else:
            out.append(escape_markdown(line))
    return "\n".join(out) + "\n"


def _eml(letter: Letter) -> str:
    msg = EmailMessage()
    msg["Subject"] = letter.subject
    if letter.to:
        msg["To"] = header_address(letter.to)
    if letter.reply_to:
        sender = header_address(letter.reply_to, letter.requester_name)
        msg["From"] = sender
        msg["Reply-To"] = sender
    msg["Date"] = localtime()
    msg["Message-ID"] = make_msgid(domain="askfoi.invalid")
    msg["MIME-Version"] = "1.0"
    body = letter.body + "\n"
    plain = body.isascii() and all(len(line) <= 998 for line in body.splitlines())  # RFC 5322 line limit
    cte = "7bit" if plain else "quoted-printable"  # 7bit stays readable in a mail client's source view
    msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    return msg.as_string()


def render_letter(letter: Letter, fmt: Literal["text", "markdown", "eml"] = "text") -> str:
    """The letter as plain text (subject line first), Markdown, or an RFC 5322 email message."""
    if fmt == "text":
        return f"Subject: {letter.subject}\n\n{letter.body}\n"
    if fmt == "markdown":
        return _markdown(letter)
    if fmt == "eml":
        return _eml(letter)
    raise ValueError(f"unknown letter format {fmt!r}")
