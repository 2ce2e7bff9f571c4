"""Loading the knowledge pack: past responses, authorities, exemptions and vocabularies.

The pack is plain data in knowledge/ (shipped inside the wheel as askfoi/knowledge), plus an
optional overlay in the user's data directory that `askfoi kb import` writes to when the shipped
pack is not writable. A broken record never stops the rest from loading: it becomes a Problem
naming the file and line, and the caller warns once.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from askfoi.models import Authority, Exemption, PublishedResponse, Regime
from askfoi.paths import resource_dir, user_data_dir  # noqa: F401  (re-exported: part of this module's contract)

M = TypeVar("M", bound=BaseModel)


def shipped_knowledge_dir() -> Path:
    return resource_dir("knowledge")


def user_cache_dir() -> Path:
    override = os.environ.get("ASKFOI_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("askfoi", appauthor=False))


def user_knowledge_dir() -> Path:
    return user_data_dir() / "knowledge"


def knowledge_dirs() -> list[Path]:
    """The shipped pack first, then the user's own additions (if any)."""
    dirs = [shipped_knowledge_dir()]
    extra = user_knowledge_dir()
    if extra.is_dir() and extra.resolve() != dirs[0].resolve():
        dirs.append(extra)
    return dirs


def default_import_target() -> Path:
    """Where `askfoi kb import` appends when no --into is given.

    In a source checkout the shipped pack is writable and is the project's data, so imports go there;
    in an installed wheel they go to the user's own knowledge folder, which is loaded on top.
    """
    shipped = shipped_knowledge_dir()
    in_site_packages = any(part in ("site-packages", "dist-packages") for part in shipped.parts)
    if not in_site_packages and os.access(shipped / "responses", os.W_OK):
        return shipped / "responses" / "imported.jsonl"
    return user_knowledge_dir() / "responses" / "imported.jsonl"


@dataclass(frozen=True)
class Problem:
    """Something wrong in a knowledge file, with where it is."""

    path: Path
    line: int | None
    message: str
    kept: bool = False  # the record still loaded (cleaned), e.g. it carried an escape sequence

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


def describe_validation_error(err: ValidationError) -> str:
    parts = []
    for e in err.errors(include_url=False):
        loc = ".".join(str(x) for x in e["loc"]) or "record"
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)


MAX_KNOWLEDGE_FILE_BYTES = 256 * 1024 * 1024
# Escapes that could stand for a control character inside a JSON string, or raw C1/bidi characters:
# only lines holding one of these take the slower path that cleans every string.
_MAYBE_UNSAFE = ("\\u00", "\\u202", "\\u206", "\\u2028", "\\u2029", "\\b", "\\f", "\\r", "\x1b", "\x7f")
_RAW_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


MAX_KNOWLEDGE_LINE_BYTES = 4 * 1024 * 1024  # far longer than any record; a longer line is skipped and named


def load_jsonl(path: Path, model: type[M]) -> tuple[list[M], list[Problem]]:
    """Read one JSON-lines file; each bad line is a Problem naming FILE:LINE and the rest still load."""
    records: list[M] = []
    problems: list[Problem] = []
    for item in iter_jsonl(path, model):
        (problems if isinstance(item, Problem) else records).append(item)
    return records, problems


def iter_jsonl(path: Path, model: type[M]) -> Iterator[M | Problem]:
    """One JSON-lines file, a record (or a Problem) at a time, without holding the file's records.

    Only a regular file is read (a FIFO or a device is a Problem, never waited on); lines are decoded one
    by one (one bad byte costs one line), a line is bounded in length, nesting is limited before parsing,
    and a record whose text carries control or escape sequences is loaded cleaned and flagged."""
    from askfoi.safe_input import InputError, open_regular

    try:
        fd = open_regular(path)
    except InputError as exc:
        yield Problem(path, None, f"cannot read: {exc}")
        return
    with os.fdopen(fd, "rb") as fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline(MAX_KNOWLEDGE_LINE_BYTES + 1)
            except OSError as exc:
                yield Problem(path, lineno + 1, f"cannot read: {exc.strerror or exc}")
                return
            if not raw:
                return
            lineno += 1
            if len(raw) > MAX_KNOWLEDGE_LINE_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                    raw = fh.readline(MAX_KNOWLEDGE_LINE_BYTES)
                yield Problem(path, lineno, "line too long to be a record")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Problem(path, lineno, f"not UTF-8 text ({exc.reason} at byte {exc.start} of the line)")
                continue
            yield from _parse_line(path, lineno, line, model)


def _parse_line(path: Path, lineno: int, line: str, model: type[M]) -> Iterator[M | Problem]:
    from askfoi.safe_input import MAX_DEPTH, InputError, check_depth, loads_json
    from askfoi.safe_text import clean_data

    stripped = line.strip()
    if not stripped or stripped.startswith("//"):
        return
    try:
        if _RAW_UNSAFE.search(stripped) or any(m in stripped for m in _MAYBE_UNSAFE):
            data, reason = clean_data(loads_json(stripped))
            record = model.model_validate(data)
            if reason:
                yield Problem(path, lineno, f"carries {reason} (shown without it)", kept=True)
        else:
            if stripped.count("[") + stripped.count("{") > MAX_DEPTH:
                check_depth(stripped)
            record = model.model_validate_json(stripped)
        yield record
    except InputError as exc:
        yield Problem(path, lineno, str(exc))
    except ValidationError as exc:
        if any(e["type"] == "json_invalid" for e in exc.errors()):
            try:
                loads_json(stripped)
                msg = describe_validation_error(exc)
            except InputError as jexc:
                msg = str(jexc)
        else:
            msg = describe_validation_error(exc)
        yield Problem(path, lineno, msg)


def _jsonl_files(dirs: Iterable[Path], sub: str) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        target = d / sub
        if target.is_dir():
            files.extend(sorted(target.glob("*.jsonl")))
        elif (d / f"{sub}.jsonl").is_file():
            files.append(d / f"{sub}.jsonl")
        if not target.is_dir():
            # generated companions (e.g. authorities_publicbodies.jsonl) load after the curated file
            files.extend(sorted(d.glob(f"{sub}_*.jsonl")))
    return files


def knowledge_files(sub: str) -> list[Path]:
    """The JSON-lines files of one kind ("responses", "authorities", "exemptions"), shipped pack first."""
    return _jsonl_files(knowledge_dirs(), sub)


@functools.lru_cache(maxsize=1)
def ncnd_provisions() -> frozenset[str]:
    """The "neither confirm nor deny" provisions as records cite them ('23(5)', 'FOISA 18', 'EIR 12(6)'),
    read from the exemptions' ncnd_subsection: the one place that legal fact is kept.
    A combined entry such as '40(5A)/(5B)' stands for each of its parts."""
    keys: set[str] = set()
    for path in knowledge_files("exemptions"):
        for ex in load_jsonl(path, Exemption)[0]:
            if not ex.ncnd_subsection:
                continue
            first, *more = ex.ncnd_subsection.split("/")
            base = first[: first.find("(")] if "(" in first else first
            for sub in [first, *(base + m for m in more)]:
                keys.add(sub if ex.regime == Regime.FOIA else f"{ex.regime.value} {sub}")
    return frozenset(keys)


@functools.lru_cache(maxsize=1)
def topic_tags() -> frozenset[str]:
    """The controlled topic tags (knowledge/vocab/topics.yaml) a past response may carry."""
    data, _ = load_vocab("topics", str)
    return frozenset(data) if isinstance(data, dict) else frozenset()


@dataclass
class Knowledge:
    responses: list[PublishedResponse] = field(default_factory=list)
    authorities: list[Authority] = field(default_factory=list)
    exemptions: list[Exemption] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @functools.cached_property
    def by_id(self) -> dict[str, PublishedResponse]:
        return {r.id: r for r in self.responses}

    @functools.cached_property
    def exemptions_by_key(self) -> dict[str, Exemption]:
        return {e.key: e for e in self.exemptions}

    def response(self, record_id: str) -> PublishedResponse | None:
        return self.by_id.get(record_id)

    def exemption(self, section: str) -> Exemption | None:
        """The exemption a cited section belongs to: '31(1)(a)' finds '31(1)(a)', else '31(1)', else '31'."""
        key = section.strip()
        while key:
            found = self.exemptions_by_key.get(key)
            if found:
                return found
            if not key.endswith(")"):
                return None
            key = key[: key.rfind("(")]
        return None


def load_knowledge(dirs: Iterable[Path] | None = None) -> Knowledge:
    """Load every knowledge file. Duplicate response ids keep the first and are reported."""
    dirs = list(dirs) if dirs is not None else knowledge_dirs()
    kb = Knowledge()
    kb.files.extend(_jsonl_files(dirs, "responses"))
    kb.responses.extend(iter_responses(dirs, kb.problems))
    ref = load_reference(dirs)
    kb.authorities, kb.exemptions = ref.authorities, ref.exemptions
    kb.files.extend(ref.files)
    kb.problems.extend(ref.problems)
    return kb


def iter_responses(dirs: Iterable[Path] | None = None, problems: list[Problem] | None = None) -> Iterator[PublishedResponse]:
    """Every past response, file by file, one at a time (a million records never sit in memory at once).
    Bad lines and duplicate ids (the first is kept) are appended to `problems`."""
    dirs = list(dirs) if dirs is not None else knowledge_dirs()
    problems = problems if problems is not None else []
    seen: dict[str, str] = {}
    for path in _jsonl_files(dirs, "responses"):
        for item in iter_jsonl(path, PublishedResponse):
            if isinstance(item, Problem):
                problems.append(item)
            elif item.id in seen:
                problems.append(Problem(path, None, f"duplicate id {item.id!r} (first in {seen[item.id]})"))
            else:
                seen[item.id] = path.name
                yield item


def response_files(dirs: Iterable[Path] | None = None) -> list[Path]:
    return _jsonl_files(list(dirs) if dirs is not None else knowledge_dirs(), "responses")


def load_reference(dirs: Iterable[Path] | None = None) -> Knowledge:
    """The authorities and exemptions only: what resolving a name or explaining a section needs,
    without reading the past responses."""
    dirs = list(dirs) if dirs is not None else knowledge_dirs()
    kb = Knowledge()
    for sub, model, target in (("authorities", Authority, kb.authorities), ("exemptions", Exemption, kb.exemptions)):
        for path in _jsonl_files(dirs, sub):
            kb.files.append(path)
            records, problems = load_jsonl(path, model)
            target.extend(records)
            kb.problems.extend(problems)
    return kb


@functools.lru_cache(maxsize=1)
def get_reference() -> Knowledge:
    """Authorities and exemptions (no past responses), loaded once per process."""
    return load_reference()


_warned = False


def warn_problems_once(problems: list[Problem], stream=None) -> None:
    """Tell the user, once per process, that some knowledge records were skipped."""
    global _warned
    if _warned or not problems:
        return
    _warned = True
    stream = stream or sys.stderr
    first = problems[0]
    more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
    print(
        f"askfoi: warning: {'cleaned' if first.kept else 'skipped'} a knowledge record ({first}){more}; "
        f"the rest loaded. Run 'askfoi kb validate' for the list.",
        file=stream,
    )


@functools.lru_cache(maxsize=1)
def get_knowledge() -> Knowledge:
    """The knowledge pack, loaded once per process."""
    return load_knowledge()


# ---------------------------------------------------------------------------
# Vocabularies: YAML files in knowledge/vocab/, validated entry by entry.
# ---------------------------------------------------------------------------


def _node_line(node: Any, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through a composed YAML node tree to a 1-based line."""
    import yaml

    line = node.start_mark.line + 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    node = v
                    line = k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


# sp60: a file read once per process while it is unchanged (the framing reads the same vocab files for every message:
# about 100 YAML parses a message before); keyed by the file's path, modification time and size, so a file written
# again (a test's temporary knowledge folder, `kb validate` after an edit) is read again
_YAML_CACHE: dict[tuple, tuple[dict[str, Any] | list[Any], list[Problem]]] = {}


def load_yaml_entries(path: Path, entry_model: type[M] | Any) -> tuple[dict[str, Any] | list[Any], list[Problem]]:
    """Load a YAML file whose top level is a mapping (key -> entry) or a list of entries.

    Each entry is validated by `entry_model` (a pydantic model or any type TypeAdapter accepts);
    a bad entry becomes a Problem with its line, and the other entries still load. The result is cached while the
    file is unchanged; each caller gets its own top-level mapping or list (the entries themselves are shared).
    """
    try:
        st = os.stat(path)
        key = (os.path.abspath(path), st.st_mtime_ns, st.st_size, entry_model)  # sp61: abspath (resolve was slow)
        hash(key)
    except (OSError, TypeError):
        return _load_yaml_entries(path, entry_model)
    if key not in _YAML_CACHE:
        _YAML_CACHE[key] = _load_yaml_entries(path, entry_model)
    data, problems = _YAML_CACHE[key]
    return (dict(data) if isinstance(data, dict) else list(data)), list(problems)


def _load_yaml_entries(path: Path, entry_model: type[M] | Any) -> tuple[dict[str, Any] | list[Any], list[Problem]]:
    import yaml

    from askfoi.safe_input import InputError, check_depth, read_file_bytes

    problems: list[Problem] = []
    try:
        text = read_file_bytes(path, MAX_KNOWLEDGE_FILE_BYTES).decode("utf-8")
    except (InputError, UnicodeDecodeError) as exc:
        return {}, [Problem(path, None, f"cannot read: {exc}")]
    try:
        check_depth(text)
        # libyaml's parser when PyYAML has it (about ten times faster); the node tree, only for the
        # line numbers of bad entries, is composed when there is one
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (InputError, RecursionError, ValueError) as exc:
        return {}, [Problem(path, None, f"cannot read: {exc or 'nested too deeply'}")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        return {}, [Problem(path, line, f"not valid YAML: {getattr(exc, 'problem', None) or exc}")]
    adapter = TypeAdapter(entry_model)
    if data is None:
        return {}, []

    tree: list[Any] = []

    def line_of(loc: tuple) -> int | None:
        if not tree:
            tree.append(yaml.compose(text, Loader=yaml.SafeLoader))
        return _node_line(tree[0], loc)

    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            try:
                out[str(key)] = adapter.validate_python(value)
            except ValidationError as exc:
                loc = (str(key),) + tuple(exc.errors()[0]["loc"])
                problems.append(Problem(path, line_of(loc), f"{key}: {describe_validation_error(exc)}"))
        return out, problems
    if isinstance(data, list):
        items: list[Any] = []
        for i, value in enumerate(data):
            try:
                items.append(adapter.validate_python(value))
            except ValidationError as exc:
                loc = (i,) + tuple(exc.errors()[0]["loc"])
                problems.append(Problem(path, line_of(loc), f"entry {i + 1}: {describe_validation_error(exc)}"))
        return items, problems
    return {}, [Problem(path, 1, "expected a mapping or a list at the top level")]


def compile_any(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One regular expression matching any of PATTERNS (from a vocab file); a broken pattern is skipped
    (`kb validate` reports vocab files), and None when none is usable."""
    good = []
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error:
            continue
        good.append(f"(?:{pattern})")
    return re.compile("|".join(good), flags) if good else None


_VOCAB_PATHS: dict[tuple[Path, str], Path] = {}


def vocab_path(name: str) -> Path:
    # st102: the path made once per vocabulary (thousands of look-ups per message each joined it again)
    root = shipped_knowledge_dir()
    found = _VOCAB_PATHS.get((root, name))
    if found is None:
        found = _VOCAB_PATHS[(root, name)] = root / "vocab" / f"{name}.yaml"
    return found


@functools.lru_cache(maxsize=None)
def named_patterns(name: str) -> dict[str, re.Pattern[str]]:
    """knowledge/vocab/NAME.yaml read as {entry name: a list of patterns}: each entry's patterns as one expression
    (question shapes, request size signals); an entry with no usable pattern is left out."""
    data, _ = load_vocab(name, list[str])
    out = {}
    for key, patterns in (data or {}).items() if isinstance(data, dict) else ():
        rx = compile_any(patterns)
        if rx is not None:
            out[key] = rx
    return out


def load_vocab(name: str, entry_model: Any = Any) -> tuple[Any, tuple[Problem, ...]]:
    """knowledge/vocab/NAME.yaml, validated entry by entry, cached per process."""
    data, problems = load_yaml_entries(vocab_path(name), entry_model)
    return data, tuple(problems)


def vocab_files() -> list[Path]:
    d = shipped_knowledge_dir() / "vocab"
    return sorted(d.glob("*.yaml")) if d.is_dir() else []
