"""Text from strangers made safe to show: no terminal control or escape sequences, no bidi tricks.

askfoi shows text it did not write: authorities' replies, imported records, session files, file
names, command arguments. A terminal obeys what such text carries: an OSC 52 sequence writes the
clipboard, OSC 0/2 sets the window title, CSI moves the cursor or recolours, a DCS or APC string is
swallowed by the terminal, and a carriage return or backspaces overwrite what was printed before.
Every such text passes `clean_text` (or `clean_line` for one-line fields) before it is shown; the
CLI also writes through `SafeStream`, so nothing printed can carry a sequence whatever its source.

What is removed: whole escape sequences (7-bit ESC forms and the 8-bit C1 forms, including the
payload of OSC/DCS/SOS/PM/APC strings up to BEL or ST), every other C0 and C1 control character
except newline and tab, and the Unicode bidi overrides and isolates (U+202A-U+202E,
U+2066-U+2069) that reorder what is shown. A lone carriage return becomes a newline, so text it
would have hidden by overwriting stays visible.
"""

from __future__ import annotations

import io
import re
from typing import Any

# A string sequence (OSC, DCS, SOS, PM, APC) runs to its terminator (BEL, ESC \ or the 8-bit ST);
# an unterminated one is cut at the end of the line rather than swallowing the rest of the text.
_STRING_SEQ = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
_CSI = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
_OTHER_ESC = r"\x1b[ -/]*[0-~]?"
ESCAPE_SEQUENCE = re.compile(f"{_STRING_SEQ}|{_CSI}|{_OTHER_ESC}")
# C0 controls except tab and newline, DEL, C1 controls; bidi embeddings/overrides/isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSAFE_HINT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """TEXT without escape sequences or control characters; newlines and tabs are kept."""
    if not isinstance(text, str):
        text = str(text)
    if not _UNSAFE_HINT.search(text):
        return text  # the common case: nothing to do, no copy
    text = _LINE_BREAKS.sub("\n", text)
    text = ESCAPE_SEQUENCE.sub("", text)
    return CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """One-line text (a title, a name, a file name): also newlines and tabs become spaces."""
    return clean_text(text).replace("\n", " ").replace("\t", " ")


def unsafe_reason(text: str) -> str | None:
    """Why TEXT is not safe to show as it is ('an escape sequence', ...), or None when it is."""
    if not isinstance(text, str) or not _UNSAFE_HINT.search(text):
        return None
    if ESCAPE_SEQUENCE.search(_LINE_BREAKS.sub("\n", text)):
        return "a terminal escape sequence"
    if re.search(r"[\u202a-\u202e\u2066-\u2069]", text):
        return "a bidi override"
    if CONTROL.search(_LINE_BREAKS.sub("\n", text)):
        return "a control character"
    if re.search("\r(?!\n)", text):
        return "a carriage return (it overwrites the line)"
    return None  # only CRLF or Unicode line separators: ordinary line ends


def clean_data(value: Any) -> tuple[Any, str | None]:
    """A parsed JSON/YAML value with every string (keys too) cleaned, and the first reason found."""
    reason: str | None = None

    def walk(v: Any) -> Any:
        nonlocal reason
        if isinstance(v, str):
            why = unsafe_reason(v)
            if why:
                reason = reason or why
                return clean_text(v)
            return v
        if isinstance(v, dict):
            return {walk(k): walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    return walk(value), reason


class SafeStream(io.TextIOBase):
    """A text stream that cleans everything written through it (the CLI's stdout and stderr)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        # rd47 (nc45 #5): a CRLF is an ordinary line end (unsafe_reason), kept as written: a calendar file printed to
        # stdout needs it (RFC 5545); only a lone carriage return, which overwrites the line, becomes a newline
        text = "\r\n".join(clean_text(part) for part in s.split("\r\n"))
        if _SURROGATE.search(text):  # undecodable bytes from argv or a file name: shown as U+FFFD
            text = _SURROGATE.sub("\ufffd", text)
        self._stream.write(text)
        return len(s)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
