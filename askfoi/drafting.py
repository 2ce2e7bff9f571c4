"""The request letter: from a person's answers to a letter an FOI officer can act on.

The letter cites the right law for the regime, lists the parts with the time period applied, states
the preferred format, says which parts to answer first if the cost limit bites, and asks for advice
and assistance. It carries only the requester's name, because responses are published. The wording
lives in prompts/letters/; the phrase lists in knowledge/vocab/. User text only ever reaches the
templates as values, so "{{ 7*7 }}" in an answer appears as typed.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
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
from askfoi.knowledge import load_vocab
from askfoi.models import Nation, Regime
from askfoi.periods import explain_period_error, parse_period
from askfoi.templates import render

MAX_ANSWERS_BYTES = 1024 * 1024
MAX_PARTS = 30
MAX_PART_CHARS = 2000
SUBJECT_TOPIC_CHARS = 60
NAME_REQUIRED = (Regime.FOIA, Regime.FOISA, Regime.SAR)  # FOIA s8, FOISA s8; a SAR must say who you are
NAME_PLACEHOLDER = "[your full name]"
EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


class AnswersError(ValueError):
    """An answers file (or answers) that cannot make a letter: one plain line naming the field."""


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", value)).strip()


class Answers(BaseModel):
    """What the person told askfoi: who to ask, what for, for when, in what form, and who they are."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    authority: str = Field(min_length=1, max_length=200)
    requester_name: str | None = Field(None, max_length=120, validation_alias=AliasChoices("requester_name", "name"))
    email: str | None = None
    parts: list[str] = Field(min_length=1, max_length=MAX_PARTS)
    period: str | None = None
    preferred_format: str | None = Field(None, max_length=200)
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
        if not EMAIL_RE.match(v) or len(v) > 254:
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
    return "; ".join(messages)


def parse_answers(text: str, source: str = "answers", *, json_hint: bool | None = None) -> Answers:
    """Answers from JSON or YAML text (JSON when it looks like it or JSON_HINT says so)."""
    import yaml

    stripped = text.lstrip("\ufeff").strip()
    if not stripped:
        raise AnswersError(f"{source}: is empty; it should hold the answers (authority, requester_name, parts ...)")
    as_json = json_hint if json_hint is not None else stripped.startswith(("{", "["))
    try:
        if as_json:
            data = json.loads(stripped)
        else:
            data = yaml.safe_load(stripped)
    except json.JSONDecodeError as exc:
        raise AnswersError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise AnswersError(f"{source}: not valid YAML ({getattr(exc, 'problem', None) or 'unreadable'}{where})") from None
    if not isinstance(data, dict):
        raise AnswersError(f"{source}: should be a set of named answers (authority: ..., parts: ...), not a {type(data).__name__}")
    try:
        return Answers.model_validate(data)
    except ValidationError as exc:
        raise AnswersError(f"{source}: {describe_answers_error(exc)}") from None


def load_answers(path: Path) -> Answers:
    """Read an answers file (JSON or YAML, by extension or content); AnswersError names the problem."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_ANSWERS_BYTES + 1)
    except FileNotFoundError:
        raise AnswersError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AnswersError(f"{path}: is a folder, not an answers file") from None
    except OSError as exc:
        raise AnswersError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise AnswersError(f"{path}: too large for an answers file (over 1 MB)")
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


def _topic(parts: list[str]) -> str:
    first = parts[0].rstrip(" .?!")
    if len(first) <= SUBJECT_TOPIC_CHARS:
        return first
    cut = first[:SUBJECT_TOPIC_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "..."


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
    period = None
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
    subject = render("letters/subject.txt.j2", regime=regime.value, topic=_topic(answers.parts)).strip()
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
    splitters = [p for p in words.get("split_on") or [] if compiled(p)]
    return _Rules(
        rewrites=tuple(rules),
        drop=tuple(p for p in (compiled(x) for x in words.get("drop") or []) if p),
        prefixes=tuple(p for p in (compiled(x, anchored=True) for x in words.get("strip_prefixes") or []) if p),
        split_on=re.compile("|".join(f"(?:{p})" for p in splitters), re.I) if splitters else None,
        fallback=(words.get("question_fallback") or ['Any recorded information that answers this question: "{original}"'])[0],
        verbs={
            k.lower(): (v[0], v[1], v[2] if len(v) > 2 else None)
            for k, v in (words.get("irregular_verbs") or {}).items()
            if len(v) in (2, 3)
        },
        stop=tuple(p for p in (compiled(x) for x in words.get("stop") or []) if p),
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
            return _capitalise(_fill(template, m, original.rstrip(" .")))
    if is_question:
        return _capitalise(_fill(rules.fallback, re.match("", ""), original))
    return _capitalise(core)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


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
    preamble; rephrases questions by the rules in knowledge/vocab. Deterministic: same text, same parts.
    """
    rules = _rules()
    parts: list[str] = []
    seen: set[str] = set()
    for piece in _pieces(_CONTROL.sub(" ", text or "")[:20000]):
        chunks = rules.split_on.split(piece) if rules.split_on else [piece]
        for chunk in chunks:
            chunk = _one_line(chunk or "")
            if not _WORDY.search(chunk) or any(p.search(chunk) for p in rules.drop + rules.stop):
                continue  # junk (no real word), a greeting or a sign-off
            part = rephrase_part(chunk)
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
        msg["To"] = Address(addr_spec=letter.to)
    if letter.reply_to:
        sender = Address(display_name=letter.requester_name or "", addr_spec=letter.reply_to)
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
