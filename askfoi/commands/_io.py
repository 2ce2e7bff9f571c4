"""Small helpers the subcommands share: reading user files safely, printing JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

MAX_INPUT_BYTES = 5 * 1024 * 1024


class UserError(Exception):
    """Bad input from the user: printed as one plain line, exit status 2, never a traceback."""


def read_text(source: str, *, what: str = "file") -> str:
    """Text from a path or '-' (standard input), at most MAX_INPUT_BYTES; a FIFO, a device or a folder
    is refused rather than read. Undecodable bytes are replaced, not fatal; control and escape
    sequences are removed (askfoi.safe_text), so no reply or request carries one any further."""
    from askfoi.safe_input import InputError, read_file_bytes, read_stream_bytes
    from askfoi.safe_text import clean_line, clean_text

    name = "standard input" if source == "-" else clean_line(source)
    try:
        if source == "-":
            data = read_stream_bytes(sys.stdin.buffer, MAX_INPUT_BYTES)
        else:
            data = read_file_bytes(source, MAX_INPUT_BYTES)
    except InputError as exc:
        reason = str(exc)
        if reason.startswith("larger than"):
            reason += f"; give a smaller {what}"
        elif reason.startswith("no such file"):
            reason = f"no such {what}"
        elif reason.startswith("is a folder"):
            reason = f"is a folder, not a {what}"
        elif reason.startswith("is not a regular file"):
            reason += " (use '-' to read standard input)"
        raise UserError(f"{name}: {reason}") from None
    if b"\x00" in data[:8192]:
        raise UserError(f"{name}: looks like a binary file, not text")
    return clean_text(data.decode("utf-8", errors="replace"))  # a reply or request from anywhere


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"askfoi: {message}", file=sys.stderr)
    return 2
