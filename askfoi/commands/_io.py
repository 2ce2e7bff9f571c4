"""Small helpers the subcommands share: reading user files safely, printing JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MAX_INPUT_BYTES = 5 * 1024 * 1024


class UserError(Exception):
    """Bad input from the user: printed as one plain line, exit status 2, never a traceback."""


def read_text(source: str, *, what: str = "file") -> str:
    """Text from a path or '-' (standard input). Undecodable bytes are replaced, not fatal."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise UserError(f"{source}: no such {what}")
        if path.is_dir():
            raise UserError(f"{source}: is a folder, not a {what}")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise UserError(f"{source}: cannot read ({exc.strerror or exc})") from None
        name = source
    if len(data) > MAX_INPUT_BYTES:
        raise UserError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; give a smaller {what}")
    if b"\x00" in data[:8192]:
        raise UserError(f"{name}: looks like a binary file, not text")
    return data.decode("utf-8", errors="replace")


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"askfoi: {message}", file=sys.stderr)
    return 2
