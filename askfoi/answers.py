"""What the person told askfoi, as the letter needs it: `Answers`, and reading them from a JSON or YAML file.

Every field is validated with a message that names it, so a bad answers file gives one plain line
(`AnswersError`), never a traceback.
"""

from __future__ import annotations

import re
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

from askfoi.email_address import is_email
from askfoi.models import Regime

MAX_ANSWERS_BYTES = 1024 * 1024
MAX_PARTS = 30
MAX_PART_CHARS = 2000
MAX_NOTES = 5  # the person's own conditions kept below the parts
MAX_AUTHORITY_CHARS = 200  # also the longest preferred format
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


def tidy_name(text: str) -> str | None:
    """A requester's name as typed, ready for the letter, or None when it cannot be a name (no letters, an
    email address, a number, more than one line). A name typed all in lower case gets capitals ("jane
    smith" -> "Jane Smith"); any other casing is kept as typed (McDonald, de Souza)."""
    name = _without_lead_in(_one_line(text or ""))
    former = _FORMER.match(name)
    if former:  # "sarah jones, i was sarah brown back then": the name the old records are under, kept beside it
        now, then = tidy_name(former.group("now")), tidy_name(former.group("then"))
        if now and then and now.lower() != then.lower():
            return f"{now} (formerly {then})"
    letters = sum(ch.isalpha() for ch in name)
    if "\n" in (text or "").strip() or len(name) > 120 or letters < 2 or "@" in name:
        return None
    if sum(ch.isdigit() for ch in name) > 0 or not_a_name(name):
        return None
    if name == name.lower() and re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['. \-])*", name):
        name = re.sub(r"(^|[\s'\-])(\w)", lambda m: m.group(1) + m.group(2).upper(), name)
        # ny76 (nc76 #17): "callum mcbride" -> "Callum McBride": a Mc name has its second capital ("Mac" is left: Mack,
        # Macey and Machin are names of their own)
        name = re.sub(r"\bMc([a-z])(?=[a-z])", lambda m: "Mc" + m.group(1).upper(), name)
    return name


_FORMER = re.compile(
    r"(?i)^(?P<now>[^,;()]+?)\s*[,;(]?\s*(?:formerly|previously|n[ée]e|maiden\s+name|birth\s+name|born|was\s+known\s+as|"
    r"known\s+as|i\s+was|she\s+was|he\s+was|they\s+were|used\s+to\s+be)\s*:?\s+(?P<then>[^,;()]+?)"
    r"(?:\s+(?:back\s+then|then|before|at\s+the\s+time|as\s+a\s+child))?\s*\)?\.?$")


def _not_names() -> dict[str, Any]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("not_names")
    return data if isinstance(data, dict) else {}


def _name_words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_](?:[^\W\d_]|['/\-])*", name.lower())


def _without_lead_in(name: str) -> str:
    """'my name is jane smith' -> 'jane smith', 'Regards, Jane' -> 'Jane' (knowledge/vocab/not_names.yaml)."""
    for lead in sorted((str(w) for w in _not_names().get("lead_ins") or []), key=len, reverse=True):
        m = re.match(rf"(?i){re.escape(lead)}\b[\s:,-]*(?=\S)", name)
        if m and len(_name_words(name[m.end():])) >= 1:
            return name[m.end():].strip(" .,")
    return name


def _name_like(word: str, typed: str) -> bool:
    """WORD (lower case) reads as a name: typed with a capital, or rare or unknown in general English."""
    from askfoi.spelling import could_be_name, rare

    return bool(re.search(rf"(?<![\w'])(?-i:[A-Z]){re.escape(word[1:])}\b", typed)) or rare(word) or could_be_name(word)


def not_a_name(name: str) -> bool:
    """NAME cannot be a person's name: it starts with an article or a pronoun ("a spreadsheet", "the council"),
    holds a word that names a body, a format or a thing ("Essex Police", "pdf"), or is a sentence."""
    vocab = _not_names()
    words = _name_words(name)
    if not words:
        return True
    initial = re.match(r"\s*[A-Z](?:\.|\s|$)", name)  # "A. Patel", "A Patel", "I Khan": an initial, not "a"/"I"
    if words[0] in {str(w) for w in vocab.get("openers") or []} and not initial and not any(
            _name_like(w, name) for w in words[1:]):
        return True  # "a spreadsheet", "the council"; but "An Nguyen", "an nguyen" are names
    if any(w in {str(x) for x in vocab.get("words") or []} for w in words):
        return True
    return len(words) > int(vocab.get("max_words") or 6)


class AnswersError(ValueError):
    """An answers file (or answers) that cannot make a letter: one plain line naming the field."""


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", value)).strip()


class OnBehalf(BaseModel):
    """sar15: a subject access request made for someone else (a parent for a child; an adult child, with authority,
    for a parent): whom the records are about, named by placeholders the person asking fills in."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["child", "parent", "partner", "relative", "client"] = "child"
    relation: str = Field("child", max_length=40)  # "son", "mum", "client": "my son"
    name: str = Field("[NAME]", max_length=40)  # "[CHILD'S NAME]"
    pronoun: Literal["he", "she", "they"] = "they"
    # ck23a: the authority the person asking holds ("an attorney under a lasting power of attorney for health and
    # welfare") and the document to enclose; None when the message named none (the letter leaves the choice blank)
    acting: str | None = Field(None, max_length=120)
    acting_document: str | None = Field(None, max_length=80)
    consent: str | None = Field(None, max_length=80)  # ck24b: "signed written consent": enclosed with the letter
    acting_lapsed: bool = False  # nx73: an ordinary power of attorney, and the person can no longer decide (whose_records)


class Answers(BaseModel):
    """What the person told askfoi: who to ask, what for, for when, in what form, and who they are."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    authority: str = Field(min_length=1, max_length=MAX_AUTHORITY_CHARS)
    requester_name: str | None = Field(None, max_length=120, validation_alias=AliasChoices("requester_name", "name"))
    email: str | None = None
    parts: list[str] = Field(min_length=1, max_length=MAX_PARTS)
    notes: list[str] = Field(default_factory=list, max_length=MAX_NOTES)  # additive: the person's conditions on how to answer
    period: str | None = None
    preferred_format: str | None = Field(None, max_length=MAX_AUTHORITY_CHARS)
    priority: list[int] | None = None  # 1-based part numbers to answer first under the cost limit
    regime: Regime | None = None  # override; otherwise from the authority / the text
    to: str | None = None  # additive: the authority's email address, for the eml To header
    topic: str | None = Field(None, max_length=200)  # additive: what the request is about, for the subject line
    dpa_part3: bool = False  # additive: a police force's law-enforcement records about the person (DPA 2018 s45)
    on_behalf: OnBehalf | None = None  # additive (sar15): a subject access request made for the person the records are about
    by_post: bool = False  # additive (fu29): a subject access request for someone who does not use email: reply by post
    adviser: bool = False  # additive (ck33): the person's own subject access request, sent by an adviser with their written authority
    # additive (nx70, nc67 #13): the person's own message, read only for the service a subject access letter's
    # reference blank names (a school transport application, a tenancy); never written into the letter
    service_told: str | None = Field(None, max_length=4000)

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

    @field_validator("requester_name", mode="after")
    @classmethod
    def _a_name(cls, v: str | None) -> str | None:
        """The name the letter is signed with: a bare number or an email address is refused, not signed."""
        if v is None:
            return None
        if not any(ch.isalpha() for ch in v) or "@" in v:
            raise ValueError(f"'requester_name': {v[:60]!r} does not look like a name")
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
