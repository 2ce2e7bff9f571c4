"""Reading input from outside safely: bounded files and bounded JSON/YAML.

Every file askfoi reads (knowledge files, answers files, replies, imports, the session) may be
anything: /dev/zero, a pipe, a FIFO nobody writes to, a huge file, a line nested a thousand deep or
a number with five thousand digits. `read_file_bytes` opens without blocking, refuses what is not a
regular file and never reads more than a limit; `loads_json` refuses deep nesting before the
parser recurses and turns every parser failure into `InputError` (a ValueError) with a plain reason.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

MAX_DEPTH = 64  # deeper than any record, answers file or session askfoi writes
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


class InputError(ValueError):
    """Input askfoi will not read, with the reason in plain words."""


def read_file_bytes(path: Path | str, limit: int) -> bytes:
    """At most LIMIT bytes of a regular file; InputError for anything else (a folder, a FIFO, a device),
    for a missing file and for a file larger than LIMIT. Never blocks on a FIFO."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("is not a regular file (a pipe, a device or a socket); give a file")
        if info.st_size > limit:
            raise InputError(f"larger than {_size(limit)}")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(f"larger than {_size(limit)}")
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_stream_bytes(stream: Any, limit: int) -> bytes:
    """At most LIMIT bytes from an open binary stream (standard input); InputError when there is more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"larger than {_size(limit)}")
    return data


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"


def json_depth(text: str) -> int:
    """How deeply TEXT's brackets nest (outside strings); cheap when there are few brackets."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return text.count("[") + text.count("{")  # an upper bound that is already small enough
    depth = deepest = 0
    for ch in _NOT_BRACKETS.sub("", _STRINGS.sub("", text)):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return deepest


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    if json_depth(text) > max_depth:
        raise InputError(f"nested more than {max_depth} levels deep")


def loads_json(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads that refuses deep nesting and huge numbers with InputError instead of crashing."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text (byte {exc.start})") from None
    check_depth(text, max_depth)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise InputError(f"not valid JSON: {_plain(exc)}") from None


def yaml_depth(text: str) -> int:
    """An upper bound on how deeply YAML text nests: flow brackets plus indentation levels."""
    flow = text.count("[") + text.count("{")
    indents = {len(line) - len(line.lstrip(" -")) for line in text.splitlines() if line.strip()}
    return flow + len(indents)


def loads_yaml(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """yaml.safe_load that refuses deep nesting and huge numbers with InputError instead of crashing."""
    import yaml

    if yaml_depth(text) > max_depth:
        check_depth(text, max_depth)  # brackets only count when they really nest
        indents = {len(line) - len(line.lstrip(" -")) for line in text.splitlines() if line.strip()}
        if len(indents) > max_depth:
            raise InputError(f"nested more than {max_depth} levels deep")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        raise
    except RecursionError:
        raise InputError("nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputError(_plain(exc)) from None


def _plain(exc: BaseException) -> str:
    if "digits" in str(exc) and "conversion" in str(exc):
        return "a number too long to read (more than 4,300 digits)"
    return _first_line(exc)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
