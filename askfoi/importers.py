"""Importing published FOI responses into the knowledge pack from the shapes they are published in.

Four input formats: disclosure-log text pages (the Essex Police layout), WhatDoTheyKnow CSV exports,
Alaveteli request JSON, and JSON lines (the shared collection's layout or the pack's own). Every
record keeps the public address it came from. Parsing never raises: a file that cannot be read or
recognised becomes one error line, a bad row becomes a rejected Problem with its line number, and
the rest still import. Appending writes a temporary file and renames it, so a pack is never left
half-written.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ValidationError

from askfoi.safe_input import InputError, loads_json, read_file_bytes
from askfoi.safe_text import clean_data
from askfoi.knowledge import (
    Problem,
    describe_validation_error,
    knowledge_dirs,
    knowledge_files,
    load_jsonl,
    ncnd_provisions,
    default_import_target,
    topic_tags,
    load_vocab,
    user_knowledge_dir,
)
from askfoi.models import (
    Authority,
    AuthorityType,
    Exemption,
    Nation,
    Outcome,
    PartOutcome,
    PublishedResponse,
    Regime,
    SourceType,
)

FORMATS = ("disclosure-log", "wdtk-csv", "alaveteli-json", "jsonl")
MAX_FILE_BYTES = 64 * 1024 * 1024
WDTK_CSV_COLUMNS = {"Status", "Request Date", "Authority Name", "Request Title", "Request URL"}
_WDTK_REQUEST = re.compile(
    r"^https?://(?:www\.)?whatdotheyknow\.com/(?:[a-z]{2}(?:_[A-Z]{2})?/)?request/([^/?#]+)", re.I
)
_LONG_DATE = re.compile(r"^\d{1,2} [A-Za-z]+ \d{4}$")
_URL_LINE = re.compile(r"^https?://\S+$")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


class ParseResult(BaseModel):
    """What one input file gave: the records, the rows that were rejected, or why the file was unusable."""

    path: Path
    format: str | None = None
    records: list[PublishedResponse] = []
    rejected: list[Any] = []  # knowledge.Problem (file, line, why)
    flagged: list[Any] = []  # knowledge.Problem: records kept, cleaned of control/escape sequences
    error: str | None = None  # "FILE: why" when the whole file could not be used


class FileReport(BaseModel):
    path: str
    format: str | None
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    error: str | None = None


class ImportReport(BaseModel):
    """Counts for `askfoi kb import`; `errors` has one line per file that could not be used."""

    target: Path
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[str] = []
    rejected_rows: list[str] = []  # "FILE:LINE: why" for every rejected row
    flagged_rows: list[str] = []  # "FILE:LINE: why" for records that carried control/escape sequences
    files: list[FileReport] = []
    ids: list[str] = []  # ids of the records added


class ImportTargetError(ValueError):
    """The file to append to cannot be used (not JSON lines, not writable)."""


class _FileError(Exception):
    """A whole input file is unusable; the message says why in plain words."""


# ---------------------------------------------------------------------------
# Vocabularies (knowledge/vocab) and authority facts (knowledge/authorities)
# ---------------------------------------------------------------------------


class _NameRule(BaseModel):
    match: str
    type: AuthorityType | None = None
    nation: Nation | None = None

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.match, re.I)


class _DisclosureLog(BaseModel):
    authority: str
    id_line: str
    id_prefix: str
    reference_prefix: str
    search_url: str


@functools.lru_cache(maxsize=1)
def _name_rules() -> list[_NameRule]:
    rules, _ = load_vocab("authority_name_rules", _NameRule)
    return [r for r in rules if _compiles(r.match)]


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, Any]:
    data, _ = load_vocab("import_aliases", dict[str, str] | list[str])
    return data if isinstance(data, dict) else {}


@functools.lru_cache(maxsize=1)
def _alaveteli_states() -> dict[str, Outcome]:
    data, _ = load_vocab("alaveteli_states", Outcome)
    return data if isinstance(data, dict) else {}


@functools.lru_cache(maxsize=1)
def _disclosure_logs() -> list[_DisclosureLog]:
    data, _ = load_vocab("disclosure_logs", _DisclosureLog)
    logs = data.values() if isinstance(data, dict) else data
    return [log for log in logs if _compiles(log.id_line)]


@functools.lru_cache(maxsize=1)
def _known_authorities() -> dict[str, Authority]:
    """Authorities by lower-cased name and alias, for exact resolution only."""
    known: dict[str, Authority] = {}
    for path in knowledge_files("authorities"):
        for auth in load_jsonl(path, Authority)[0]:
            for name in [auth.name, *auth.aliases]:
                known.setdefault(name.strip().lower(), auth)
    return known


@dataclass(frozen=True)
class _AuthorityFacts:
    name: str
    type: AuthorityType
    regime: Regime


MERGE_SCORE = 89.5  # a variant of a body's name is merged into it only when the resolver is at least this sure


@functools.lru_cache(maxsize=4096)
def _variant_of(name: str) -> Authority | None:
    """The listed body a variant of its name means ("Police Service of Scotland", "Lothian Health Board",
    "Ministry of Defence (Army Secretariat)"), through the authority resolver: only a clear, close match
    (the name, or the name without a trailing bracket), so one body's records are counted together.
    A legacy body with its own entry ("Strathclyde Police") matches itself and stays apart."""
    from askfoi.authorities import resolve_authority

    for candidate in dict.fromkeys((name, re.sub(r"\s*\([^()]*\)\s*$", "", name))):
        resolved = resolve_authority(candidate) if candidate.strip() else None
        if resolved is not None and resolved.known and resolved.score >= MERGE_SCORE:
            return _known_authorities().get(resolved.name.strip().lower())
    return None


def authority_facts(name: str, given_type: str | None = None) -> _AuthorityFacts:
    """Type and usual law of an authority: knowledge/authorities when the name matches exactly (or is a
    clear variant of a listed name, by the authority resolver), else name rules."""
    known = _known_authorities().get(name.strip().lower()) or _variant_of(" ".join(name.split()))
    if known:
        return _AuthorityFacts(known.name, known.type, known.regime)
    a_type = _enum(AuthorityType, given_type) or _first_rule(name, "type") or AuthorityType.other
    nation = _first_rule(name, "nation") or Nation.england
    return _AuthorityFacts(name.strip(), a_type, Regime.FOISA if nation == Nation.scotland else Regime.FOIA)


def _first_rule(name: str, attr: str) -> Any:
    for rule in _name_rules():
        value = getattr(rule, attr)
        if value is not None and rule.pattern.search(name):
            return value
    return None


def _enum(kind: Any, value: Any) -> Any:
    try:
        return kind(value) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Ids, addresses, dates
# ---------------------------------------------------------------------------


def normalise_url(url: str) -> str:
    """The key two addresses are the same page by: no #fragment, no trailing slash, http = https, host case."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        scheme = "https"
    return urlunsplit((scheme, parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def _slug(text: str, limit: int = 40) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-") or "authority"


def record_id(authority: str, url: str) -> str:
    """A stable readable id: 'wdtk-<url_title>' for WhatDoTheyKnow requests, else authority slug + URL hash."""
    wdtk = _WDTK_REQUEST.match(url.strip())
    if wdtk:
        return "wdtk-" + re.sub(r"[^a-z0-9._-]+", "-", wdtk.group(1).lower())[:100]
    digest = hashlib.sha1(normalise_url(url).encode("utf-8")).hexdigest()[:8]
    return f"{_slug(authority)}-{digest}"


def _clean_url(url: str) -> str:
    """Addresses as stored: without a #fragment (it points inside the page, not to another page)."""
    return url.strip().split("#", 1)[0]


def _long_date(text: str) -> str | None:
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _dmy_date(text: str) -> str | None:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date().isoformat()
    except ValueError:
        return None


def _iso_date(value: Any) -> str | None:
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    return match.group(1) if match else None


# ---------------------------------------------------------------------------
# Reading files and telling formats apart
# ---------------------------------------------------------------------------


def read_input(path: Path) -> str:
    """A file's text, or _FileError saying in plain words why it cannot be used (a FIFO, a device or
    a file over MAX_FILE_BYTES is refused, never read without end)."""
    from askfoi.safe_input import InputError, read_file_bytes

    try:
        data = read_file_bytes(path, MAX_FILE_BYTES)
    except InputError as exc:
        raise _FileError(str(exc)) from None
    return _decode(data)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise _FileError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheet exports saved as Windows text


def detect_format(path: Path, text: str) -> str | None:
    """Which of FORMATS a text is in, judged by its content (names lie), or None."""
    head = text.lstrip()[:4096]
    if head.startswith(("{", "[")):
        return _detect_json(text)
    first_line = head.split("\n", 1)[0]
    if WDTK_CSV_COLUMNS <= {c.strip() for c in _csv_header(first_line)}:
        return "wdtk-csv"
    if _find_log_layout(text.splitlines()[:200]) is not None:
        return "disclosure-log"
    return None


def _csv_header(line: str) -> list[str]:
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return []


def _detect_json(text: str) -> str | None:
    sample = _first_json_object(text)
    if not isinstance(sample, dict):
        return None
    if "url_title" in sample or "described_state" in sample:
        return "alaveteli-json"
    if ("outcome_class" in sample or "outcome" in sample) and ("url" in sample or "source_url" in sample):
        return "jsonl"
    return None


def _first_json_object(text: str) -> Any:
    stripped = text.strip()
    try:
        whole = loads_json(stripped)
    except InputError:
        whole = None
        first = stripped.split("\n", 1)[0].strip()
        try:
            whole = loads_json(first)
        except InputError:
            return None
    if isinstance(whole, list):
        return next((x for x in whole if isinstance(x, dict)), None)
    return whole


# ---------------------------------------------------------------------------
# Parsers: text in, records and rejected rows out. None of them raises on any text.
# ---------------------------------------------------------------------------


@dataclass
class _Options:
    source_url: str | None = None
    authority: str | None = None


@dataclass
class _Rows:
    records: list[PublishedResponse] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    flagged: list[Problem] = field(default_factory=list)


def _make(rows: _Rows, path: Path, line: int | None, build: Callable[[], PublishedResponse | None]) -> None:
    """Build one record; a row that does not make a valid record is rejected with why, not raised."""
    try:
        record = build()
    except ValidationError as exc:
        rows.rejected.append(Problem(path, line, describe_validation_error(exc)))
        return
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        rows.rejected.append(Problem(path, line, str(exc) or type(exc).__name__))
        return
    if record is None:
        return
    cleaned, reason = clean_data(record.model_dump(mode="json"))
    if reason:  # kept, but shown and stored without the sequence, and named in the report
        record = PublishedResponse.model_validate(cleaned)
        rows.flagged.append(Problem(path, line, f"carries {reason} (imported without it)"))
    rows.records.append(record)


def _find_log_layout(lines: list[str]) -> tuple[_DisclosureLog, int, str] | None:
    for i, line in enumerate(lines):
        for log in _disclosure_logs():
            match = re.match(log.id_line, line.strip())
            if match:
                return log, i, match.group(1)
    return None


def parse_disclosure_log(text: str, path: Path, opts: _Options | None = None) -> _Rows:
    """One disclosure-log page: keywords, PUB number, reference, title, request, outcome, dates, links, response."""
    opts = opts or _Options()
    rows = _Rows()
    lines = [ln.strip() for ln in text.splitlines()]
    found = _find_log_layout(lines)
    if found is None:
        rows.rejected.append(Problem(path, None, "no publication number line (e.g. 'PUB 1234') found"))
        return rows
    log, at, number = found
    _make(rows, path, at + 1, lambda: _log_record(lines, at, log, number, opts))
    return rows


def _log_record(lines: list[str], at: int, log: _DisclosureLog, number: str, opts: _Options) -> PublishedResponse:
    keywords = [k.strip(" .") for k in lines[at - 1].split(",")] if at > 0 and "," in lines[at - 1] else []
    rest = lines[at + 1 :]
    pos = 0
    reference = None
    if pos < len(rest) and rest[pos].isdigit():
        reference = rest[pos]
        pos += 1
    title = rest[pos] if pos < len(rest) else ""
    pos += 1
    if pos < len(rest) and rest[pos].upper() == "N/A":
        pos += 1
    dates_at = next(
        (i for i in range(pos + 1, len(rest) - 1) if _long_date(rest[i]) and _long_date(rest[i + 1])), None
    )
    if dates_at is None:
        raise ValueError("no request and response dates (e.g. '19 July 2021') after the outcome line")
    request_lines = [ln for ln in rest[pos : dates_at - 1] if ln]
    outcome_line = rest[dates_at - 1]
    links_at = dates_at + 2
    links = []
    while links_at < len(rest) and _URL_LINE.match(rest[links_at]):
        links.append(rest[links_at])
        links_at += 1
    response_text = "\n".join(ln for ln in rest[links_at:] if ln)
    reading = _read_log_outcome(outcome_line, response_text)
    authority = authority_facts(opts.authority or log.authority)
    regime = reading.regime if reading.regime != Regime.FOIA else authority.regime
    note = None
    url = opts.source_url
    if not url:
        url = log.search_url.format(number=number)
        note = (
            f"Source address is the {log.authority} disclosure-log search for {log.reference_prefix} {number}; "
            "the page's own address was not in the imported text."
        )
    ref = f"{log.reference_prefix} {number}" + (f" / {reference}" if reference else "")
    return PublishedResponse(
        id=f"{log.id_prefix}-{number}",
        authority=authority.name,
        authority_type=authority.type,
        title=title,
        reference=ref,
        request_text="\n".join(request_lines) or None,
        request_date=_long_date(rest[dates_at]),
        response_date=_long_date(rest[dates_at + 1]),
        outcome=reading.outcome,
        outcome_label=outcome_line,
        ncnd=reading.ncnd,
        sections=list(reading.sections),
        keywords=[k for k in keywords if k],
        related_links=links,
        regime=regime,
        source_url=url,
        source_type=SourceType.disclosure_log,
        note=note,
    )


def _read_log_outcome(label: str, response_text: str) -> Any:
    """The outcome line is the publisher's classification; the response text says it precisely.

    askfoi.reader.combine merges the two ("Full Refusal Section 17" + "does not hold" -> not held; the
    text's "23(5)" refines the line's "Section 23"; NCND in either counts).
    """
    from askfoi.reader import combine, read_outcome_label, read_reply

    by_label = read_outcome_label(label)
    if not response_text.strip():
        return by_label
    return combine(by_label, read_reply(response_text))


def parse_wdtk_csv(text: str, path: Path, opts: _Options | None = None) -> _Rows:
    """A WhatDoTheyKnow CSV export: one request a row; Status is the site's display label."""
    rows = _Rows()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = {c.strip() for c in (reader.fieldnames or [])}
    except csv.Error as exc:
        rows.rejected.append(Problem(path, 1, f"not a readable CSV header ({exc})"))
        return rows
    missing = WDTK_CSV_COLUMNS - header
    if missing:
        rows.rejected.append(Problem(path, 1, f"missing columns: {', '.join(sorted(missing))}"))
        return rows
    line = 1
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows.rejected.append(Problem(path, start, f"not a readable CSV row ({exc})"))
            break
        line = reader.line_num
        row = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in row.items()}
        if not any(row.values()):
            continue
        _make(rows, path, start, lambda: _wdtk_record(row, opts))
    return rows


def _wdtk_record(row: dict[str, str], opts: _Options | None) -> PublishedResponse:
    from askfoi.reader import read_outcome_label

    url = row["Request URL"]
    if not _URL_LINE.match(url):
        raise ValueError(f"Request URL {url!r} is not a web address")
    name = row["Authority Name"] or (opts.authority if opts else None) or ""
    if not name:
        raise ValueError("no Authority Name")
    status = row["Status"]
    if not status:
        raise ValueError("no Status")
    reading = read_outcome_label(status)
    authority = authority_facts(name)
    is_wdtk = bool(_WDTK_REQUEST.match(url))
    term = row.get("Search Term", "")
    return PublishedResponse(
        id=record_id(authority.name, url),
        authority=authority.name,
        authority_type=authority.type,
        title=row["Request Title"],
        request_date=_dmy_date(row["Request Date"]),
        outcome=reading.outcome,
        outcome_label=status,
        # a status line shows the outcome, not the whole answer: NCND and sections are unknown unless it names them
        ncnd=True if reading.ncnd else None,
        sections=list(reading.sections),
        sections_known=bool(reading.sections),
        keywords=[term] if term else [],
        regime=authority.regime,
        source_url=_clean_url(url),
        source_type=SourceType.whatdotheyknow if is_wdtk else SourceType.disclosure_log,
        note=("Outcome = WhatDoTheyKnow request status, set by the requester." if is_wdtk else None),
    )


def parse_alaveteli_json(text: str, path: Path, opts: _Options | None = None) -> _Rows:
    """Alaveteli /request/NAME.json objects: one object, a JSON list, or one object a line."""
    rows = _Rows()
    for line, item in _json_items(text, path, rows):
        _make(rows, path, line, lambda: _alaveteli_record(item))
    return rows


def _json_items(text: str, path: Path, rows: _Rows) -> Iterable[tuple[int | None, Any]]:
    """(line, object) pairs from a JSON document or JSON lines; unreadable lines are rejected."""
    try:
        whole = loads_json(text)
    except InputError:
        whole = None
    else:
        if isinstance(whole, list):
            yield from ((None, item) for item in whole)
            return
        yield 1, whole
        return
    for lineno, raw in enumerate(text.splitlines(), start=1):
        raw = raw.strip()
        if not raw or raw.startswith("//"):
            continue
        try:
            item = loads_json(raw)
        except InputError as exc:
            rows.rejected.append(Problem(path, lineno, str(exc)))
            continue
        yield lineno, item


def _alaveteli_record(item: Any) -> PublishedResponse:
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object for a request")
    url_title = item.get("url_title")
    if not isinstance(url_title, str) or not re.fullmatch(r"[A-Za-z0-9_-]+", url_title):
        raise ValueError("no url_title (the request's name in its address)")
    body = item.get("public_body") if isinstance(item.get("public_body"), dict) else {}
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("no public_body.name")
    state = item.get("described_state")
    outcome = _alaveteli_states().get(state) if isinstance(state, str) else None
    label = item.get("display_status") if isinstance(item.get("display_status"), str) else None
    ncnd, sections = False, []
    if outcome is None:
        if not label:
            raise ValueError(f"unknown described_state {state!r} and no display_status")
        from askfoi.reader import read_outcome_label

        reading = read_outcome_label(label)
        outcome, ncnd, sections = reading.outcome, reading.ncnd, list(reading.sections)
    authority = authority_facts(name)
    regime = Regime.EIR if str(item.get("law_used", "")).lower() == "eir" else authority.regime
    url = f"https://www.whatdotheyknow.com/request/{url_title}"
    return PublishedResponse(
        id=record_id(authority.name, url),
        authority=authority.name,
        authority_type=authority.type,
        title=str(item.get("title") or "").strip(),
        request_date=_iso_date(item.get("created_at")),
        response_date=_last_response_date(item.get("info_request_events")),
        outcome=outcome,
        outcome_label=label,
        ncnd=ncnd,
        sections=sections,
        regime=regime,
        source_url=url,
        source_type=SourceType.whatdotheyknow,
        note="Outcome = WhatDoTheyKnow request status, set by the requester.",
    )


def _last_response_date(events: Any) -> str | None:
    if not isinstance(events, list):
        return None
    dates = [
        _iso_date(e.get("created_at"))
        for e in events
        if isinstance(e, dict) and e.get("event_type") == "response"
    ]
    dates = [d for d in dates if d]
    return max(dates) if dates else None


def parse_jsonl(text: str, path: Path, opts: _Options | None = None) -> _Rows:
    """JSON lines: the shared collection's layout (outcome_class, url) or the pack's own records."""
    rows = _Rows()
    for line, item in _json_items(text, path, rows):
        _make(rows, path, line, lambda: _jsonl_record(item))
    return rows


def _jsonl_record(item: Any) -> PublishedResponse:
    """One JSON object: the pack's own layout, or the harvest layout (/work/harvest/FORMAT.md: outcome_class,
    url, ncnd true/false/null, sections list/null, parts, topics). A key the object leaves out keeps the old
    collection's meaning: NCND read from the outcome and sections, except for a bare WhatDoTheyKnow status."""
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    if "id" in item and "source_url" in item:
        return PublishedResponse.model_validate(item)
    aliases = _aliases()
    outcome_class = item.get("outcome_class")
    if not isinstance(outcome_class, str):
        raise ValueError("no outcome_class")
    outcome = aliases.get("outcome", {}).get(outcome_class, outcome_class)
    url = item.get("url")
    if not isinstance(url, str) or not _URL_LINE.match(url.strip()):
        raise ValueError("no url (the public page the record comes from)")
    name = item.get("authority")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("no authority")
    raw_sections = item.get("sections")
    if raw_sections is not None and not isinstance(raw_sections, list):
        raise ValueError("sections is not a list")
    sections = [str(s).strip() for s in raw_sections or []]
    parts = _jsonl_parts(item.get("parts"))
    authority = authority_facts(name, item.get("authority_type"))
    source_type = item.get("source_type")
    source_type = aliases.get("source_type", {}).get(source_type, source_type)
    status_only = source_type == SourceType.whatdotheyknow.value and not sections
    shown = (
        outcome == Outcome.ncnd.value
        or any(s in ncnd_provisions() for s in sections)
        or any(p.ncnd for p in parts)
    )
    if "ncnd" in item:
        given = item["ncnd"]
        if given is not None and not isinstance(given, bool):
            raise ValueError("ncnd is not true, false or null")
        ncnd = True if shown else _given_ncnd(given, outcome, raw_sections, sections)
    else:
        ncnd = True if shown else (None if status_only else False)
    # null: not visible. The old collection (no "ncnd" key) wrote [] or nothing for a WhatDoTheyKnow status.
    sections_known = raw_sections is not None and not ("ncnd" not in item and status_only)
    if "sections" in item and raw_sections is None:
        sections_known = False
    scope = item.get("ncnd_scope")
    if scope not in _NCND_SCOPES:
        raise ValueError(f"ncnd_scope is not one of {sorted(s for s in _NCND_SCOPES if s)} or null")
    note = item.get("note") or None
    date_is_request = bool(note) and any(p in note.lower() for p in aliases.get("request_date_notes", []))
    return PublishedResponse(
        id=record_id(authority.name, url),
        authority=authority.name,
        authority_type=_enum(AuthorityType, item.get("authority_type")) or authority.type,
        title=item.get("title"),
        reference=_text_or_none(item.get("reference")),
        asked=item.get("asked") or "",
        request_date=item.get("date") if date_is_request else None,
        response_date=None if date_is_request else item.get("date"),
        outcome=outcome,
        outcome_label=outcome_class if outcome_class != outcome else None,
        ncnd=ncnd,
        ncnd_scope=scope if ncnd is True else None,  # a cost refusal read as not NCND keeps no scope
        sections=sections,
        sections_known=sections_known,
        topics=_known_topics(item.get("topics")),
        parts=parts,
        regime=_regime_from_sections(sections) or authority.regime,
        source_url=url.strip(),
        source_type=source_type,
        note=note,
        harvest=item.get("harvest") if isinstance(item.get("harvest"), str) else None,
    )


# fm82: what an NCND covered (PublishedResponse.ncnd_scope), as a source record may state it; absent or null: unknown
_NCND_SCOPES = frozenset({None, "the question", "other information"})

# Refusals on cost (FOIA s12, FOISA s12, EIR 12(4)(b)): "we cannot confirm whether it is held within the limit"
# (s12(2)) is a cost refusal, not the exemption-based "neither confirm nor deny" (/work/shared/domain.md)
# (compared without spaces)
_COST_SECTIONS = frozenset({"12", "12(1)", "12(2)", "FOISA12", "FOISA12(1)", "EIR12(4)(b)"})
# Outcomes that withhold something: with the sections not visible, whether the withheld part was neither confirmed
# nor denied cannot be told
_WITHHOLDING = frozenset({Outcome.part_disclosed.value, Outcome.refused.value})


def _given_ncnd(given: bool | None, outcome: str, raw_sections: Any, sections: list[str]) -> bool | None:
    """A harvester's ncnd true/false/null, checked against what the record shows (fc28, issue 9 item 2).
    true with visible sections that are all cost refusals (s12(2) alone): false, a cost refusal is not NCND.
    false for an answer that withheld something whose sections were not visible: null, unknown stays unknown."""
    if given is True and sections and all(s.replace(" ", "") in _COST_SECTIONS for s in sections):
        return False
    if given is False and raw_sections is None and outcome in _WITHHOLDING:
        return None
    return given



def _text_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else (str(value) if isinstance(value, int) else None)


def _jsonl_parts(raw: Any) -> list[PartOutcome]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError("parts is not a list")
    aliases = _aliases().get("outcome", {})
    parts = []
    for p in raw:
        if not isinstance(p, dict):
            raise ValueError("a part is not an object")
        outcome = p.get("outcome")
        outcome = aliases.get(outcome, outcome)
        sections = p.get("sections")
        ncnd = p.get("ncnd")
        if outcome == Outcome.ncnd.value or any(str(s).strip() in ncnd_provisions() for s in sections or []):
            ncnd = True
        parts.append(PartOutcome(asked=p.get("asked") or "", outcome=outcome, ncnd=ncnd, sections=sections))
    return parts


def _known_topics(raw: Any) -> list[str]:
    """The topic tags that are in knowledge/vocab/topics.yaml (an unknown tag is dropped, not guessed)."""
    if not isinstance(raw, list):
        return []
    known = topic_tags()
    return list(dict.fromkeys(t.strip() for t in raw if isinstance(t, str) and t.strip() in known))


def _regime_from_sections(sections: list[Any]) -> Regime | None:
    prefixes = _aliases().get("section_prefix_regime", {})
    for s in sections:
        prefix = str(s).strip().split(" ", 1)[0]
        if prefix in prefixes:
            return _enum(Regime, prefixes[prefix])
    return None


_PARSERS: dict[str, Callable[[str, Path, _Options | None], _Rows]] = {
    "disclosure-log": parse_disclosure_log,
    "wdtk-csv": parse_wdtk_csv,
    "alaveteli-json": parse_alaveteli_json,
    "jsonl": parse_jsonl,
}


def parse_text(
    text: str,
    fmt: str = "auto",
    path: Path = Path("<text>"),
    *,
    source_url: str | None = None,
    authority: str | None = None,
) -> ParseResult:
    """Parse already-read text; never raises. fmt 'auto' detects the format from the content."""
    if fmt == "auto":
        detected = detect_format(path, text)
        if detected is None:
            return ParseResult(path=path, error=f"{path}: not a format askfoi can import ({', '.join(FORMATS)})")
        fmt = detected
    if fmt not in _PARSERS:
        return ParseResult(path=path, error=f"{path}: unknown format {fmt!r}")
    rows = _PARSERS[fmt](text, path, _Options(source_url=source_url, authority=authority))
    return ParseResult(path=path, format=fmt, records=rows.records, rejected=rows.rejected, flagged=rows.flagged)


def parse_file(
    path: Path, fmt: str = "auto", *, source_url: str | None = None, authority: str | None = None
) -> ParseResult:
    """Parse one file; a file that cannot be read or recognised gives ParseResult.error, never an exception."""
    path = Path(path)
    try:
        text = read_input(path)
    except _FileError as exc:
        return ParseResult(path=path, error=f"{path}: {exc}")
    if not text.strip():
        return ParseResult(path=path, error=f"{path}: the file is empty")
    return parse_text(text, fmt, path, source_url=source_url, authority=authority)


# ---------------------------------------------------------------------------
# Appending to a pack without duplicates, atomically
# ---------------------------------------------------------------------------


@dataclass
class _Seen:
    urls: set[str] = field(default_factory=set)
    refs: set[tuple[str, str]] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    def add(self, url: str, authority: str, reference: str | None, rid: str) -> None:
        self.urls.add(normalise_url(url))
        if reference:
            self.refs.add((authority.strip().lower(), reference.strip().lower()))
        self.ids.add(rid)

    def has(self, rec: PublishedResponse) -> bool:
        if normalise_url(rec.source_url) in self.urls:
            return True
        return bool(rec.reference) and (rec.authority.lower(), rec.reference.lower()) in self.refs


def _scan_existing(path: Path, seen: _Seen) -> None:
    """Record the addresses, references and ids already in a JSON-lines file (bad lines are skipped)."""
    try:
        text = read_file_bytes(path, 1 << 30).decode("utf-8", errors="replace")
    except InputError:
        return
    for raw in text.splitlines():
        try:
            item = loads_json(raw)
        except InputError:
            continue
        if isinstance(item, dict) and isinstance(item.get("source_url"), str):
            seen.add(item["source_url"], str(item.get("authority", "")), item.get("reference"), str(item.get("id")))


def _pack_files(target: Path) -> list[Path]:
    """The files to check for duplicates: the target, and the whole pack when the target is in it."""
    response_dirs = [d / "responses" for d in knowledge_dirs()]
    own = [default_import_target().parent, user_knowledge_dir() / "responses"]  # may not exist yet
    pack_dirs = {d.resolve() for d in [*response_dirs, *own]}
    files = [target]
    if target.resolve().parent in pack_dirs:
        for d in response_dirs:
            if d.is_dir():
                files.extend(p for p in sorted(d.glob("*.jsonl")) if p.resolve() != target.resolve())
    return files


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise ImportTargetError(f"{target}: is a folder; give a .jsonl file to append to")
    if target.is_symlink() and not target.exists():
        raise ImportTargetError(f"{target}: is a link to nothing; give a .jsonl file to append to")
    if target.exists():
        try:
            head = read_file_bytes(target, 1 << 30)[:8192]
        except InputError as exc:
            raise ImportTargetError(f"{target}: {exc}") from None
        if b"\x00" in head:
            raise ImportTargetError(f"{target}: is a binary file, not JSON lines; will not append to it")


def append_records(target: Path, records: list[PublishedResponse]) -> None:
    """Append JSON lines by writing a complete new file beside the target and renaming it over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    existing = read_file_bytes(target, 1 << 30) if target.exists() else b""
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"
    lines = "".join(
        r.model_dump_json(exclude_defaults=True, exclude_none=True) + "\n" for r in records
    ).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(existing + lines)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def import_paths(
    paths: Iterable[Path | str],
    fmt: str = "auto",
    into: Path | None = None,
    *,
    source_url: str | None = None,
    authority: str | None = None,
) -> ImportReport:
    """Parse every file and append the new records to `into` (default: the pack's import file).

    Duplicates (same normalised address, or same authority and reference) of records already in the
    target or the pack, or earlier in this import, are counted and skipped. New records are written
    sorted by id so rebuilding from the same inputs gives the same file.
    """
    target = Path(into) if into else default_import_target()
    _check_target(target)
    report = ImportReport(target=target)
    parsed: list[tuple[FileReport, list[PublishedResponse]]] = []
    for raw in paths:  # parsing needs no lock; reading the target and appending to it do
        path = Path(raw)
        result = parse_file(path, fmt, source_url=source_url, authority=authority)
        file_report = FileReport(path=str(path), format=result.format, error=result.error)
        report.files.append(file_report)
        if result.error:
            report.errors.append(result.error)
            continue
        file_report.rejected = len(result.rejected)
        report.rejected_rows.extend(str(p) for p in result.rejected)
        report.flagged_rows.extend(str(p) for p in result.flagged)
        parsed.append((file_report, result.records))
    new: list[PublishedResponse] = []
    if any(records for _, records in parsed):
        with _import_lock(target):
            seen = _Seen()
            for existing in _pack_files(target):
                if existing.is_file():
                    _scan_existing(existing, seen)
            for file_report, records in parsed:
                for rec in records:
                    if seen.has(rec):
                        file_report.duplicates += 1
                        continue
                    rec = _unique_id(rec, seen.ids)
                    seen.add(rec.source_url, rec.authority, rec.reference, rec.id)
                    new.append(rec)
                    file_report.imported += 1
            new.sort(key=lambda r: r.id)
            if new:
                append_records(target, new)
    report.imported = sum(f.imported for f in report.files)
    report.duplicates = sum(f.duplicates for f in report.files)
    report.rejected = sum(f.rejected for f in report.files)
    report.ids = [r.id for r in new]
    return report


@contextlib.contextmanager
def _import_lock(target: Path):
    """Serialise imports into one file: an exclusive flock on ".NAME.lock" beside TARGET, held while the
    target is read for duplicates and appended to, so two `kb import` runs at once lose nothing. The
    holder removes the lock file when done; a waiter that then holds a removed file's lock tries again."""
    try:
        import fcntl
    except ModuleNotFoundError:  # pragma: no cover - not POSIX: no lock, as before
        yield
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.parent / f".{target.name}.lock"
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(lock_path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)  # the file was removed by the previous holder: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)  # closing releases the lock


def _unique_id(rec: PublishedResponse, ids: set[str]) -> PublishedResponse:
    """A different page that would get a taken id (e.g. two requests with one url_title) gets '-2', '-3'..."""
    if rec.id not in ids:
        return rec
    n = 2
    while f"{rec.id}-{n}" in ids:
        n += 1
    return rec.model_copy(update={"id": f"{rec.id}-{n}"})
