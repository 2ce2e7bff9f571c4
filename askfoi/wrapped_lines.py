"""fx79 (issue 8): a sentence broken by a line break is read as one sentence.

Pasted and hard-wrapped messages break sentences at the end of a line: "... at either the Eskmeals VJ Battery" /
"Firing Butt in Cumbria or the Dundrennan Range ...", "... where the Improper Mooring Process has" / "been enforced?".
Read line by line, the first half was a question cut short and the second half was lost. Here a line is joined to the
next when it cannot end there (sentence level, never by the words of one message): it ends on a word that opens what
follows ("the", "of", "at", "either", "has" ...), it leaves a bracket open ("(eg"), the next line goes on in lower
case, or a long prose line ends on a capitalised word and the next starts with one that opens no new item (a name
broken in two). A line that ends a sentence (".", "?", "!", ":", ";"), a greeting or sign-off, and a next line that
starts a list item (a label or bullet) are never joined. Words are data (knowledge/vocab/wrapped_lines.yaml)."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_ENDED = re.compile(r"[.?!:;,\u2026]['\"\u2019\u201d)\]]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-\u2013\u2014*\u2022\u00b7\u25cf\u25aa>]|\d+\s*[.)/:]|\(?[a-z]{1,3}\)|\(?[ivx]+[.)])\s*", re.I)
_SALUTE = re.compile(r"(?i)^\W*(?:dear|hi|hello|good\s+(?:morning|afternoon|evening)|to\s+whom|yours|kind\s+regards|"
                     r"best\s+(?:wishes|regards)|regards|many\s+thanks|thanks|thank\s+you|sincerely|cheers)\b")
_WORD = re.compile(r"[A-Za-z][\w'.&-]*")


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], int]:
    data, _ = load_vocab("wrapped_lines")
    data = data if isinstance(data, dict) else {}
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return low("open_ends"), low("item_starts"), int(data.get("long_line_words") or 8)


def _label(line: str) -> bool:
    from askfoi.outline import LABEL

    return bool(_BULLET.match(line) or LABEL.match(line.strip()))


def _runs_on(line: str, after: str) -> bool:
    """LINE cannot end where it does: the words of AFTER, the next line, are the rest of its sentence."""
    opens, starts, long_words = _words()
    line, after = line.rstrip(), after.strip()
    if not line.strip() or not after or _ENDED.search(line) or _SALUTE.match(line) or _SALUTE.match(after):
        return False
    if _label(after) or (after[:1] in "\"'\u201c\u2018([" and not after[:1].isalpha()):
        return False
    words = _WORD.findall(line)
    first = _WORD.match(after)
    if not words or not first:
        return False
    last = line.split()[-1].strip("'\"()[],\u2019").lower()  # the line's last word as typed ("2024" opens nothing)
    if last in opens or line.count("(") > line.count(")") or line.count("[") > line.count("]"):
        return True
    if after[:1].islower() and len(words) >= 4:
        return True  # "... obligation to purchase land" / "and property": the sentence goes on in lower case
    # a name broken in two: a long prose line ends on a capitalised word ("... the Eskmeals VJ Battery") and the next
    # starts with a capitalised word that opens no new item ("Firing Butt in Cumbria ...")
    return (len(words) >= long_words and re.search(r"[A-Za-z]$", line) is not None and words[-1][:1].isupper() and first.group()[:1].isupper()
            and first.group().lower() not in starts and not _label(line)
            and sum(1 for w in words if w[:1].isupper()) < len(words) - 2)


def _value_block(lines: list[str], k: int) -> bool:
    """fx98 (fx94 Hastings pier): LINES from K on are a block of two or more bare names on lines of their own
    ("Planning Department", "Licensing Team", ...) up to a blank line or a line that is none: the values of the lead
    above them (askfoi/value_lists.py joins them into it), never the rest of its sentence."""
    from askfoi.value_lists import value_line

    count = 0
    for line in lines[k:]:
        if not line.strip() or not value_line(line):
            break
        count += 1
    return count >= 2


def joined_wrapped_lines(text: str) -> str:
    """TEXT with each line that runs on into the next (`_runs_on`) joined to it by a space."""
    if not text or "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for k, line in enumerate(lines[1:], 1):
        if _runs_on(out[-1], line) and not _value_block(lines, k):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)
