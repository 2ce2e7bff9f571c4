"""Which full stops end a sentence, and which only shorten a word ("C. difficile", "Cllr. Smith", "e.g. bins").

One decision for every place that cuts a message into sentences. The words written short are data in
knowledge/vocab/abbreviations.yaml; each list there says what may follow the dot. `protect` swaps the dots that
shorten a word for a stand-in of the same length, so any cut made on "." after it leaves them alone, and
`restore` puts them back.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from askfoi.knowledge import load_vocab

_STAND_IN = "\u02d1"  # one character for one dot (a modifier letter, so a word goes on through it): spans stay the same
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'\u2019]*)$")


@functools.lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data, _ = load_vocab("abbreviations", list[str])
    data = data if isinstance(data, dict) else {}
    return {k: frozenset(str(w).lower().rstrip(".") for w in (v or [])) for k, v in data.items()}


def _next_word(text: str, at: int) -> str:
    m = re.match(r"\s+([\"'(\u2018\u201c]?)([\w&]+)", text[at + 1:])
    return m.group(2) if m else ""


def shortens(text: str, at: int) -> bool:
    """Whether the full stop at AT of TEXT shortens a word and the sentence goes on after it."""
    if at >= len(text) or text[at] != ".":
        return False
    m = _WORD_BEFORE.search(text[:at])
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".'\u2019")
    nxt = _next_word(text, at)
    if not nxt:
        return False
    lists = _lists()
    if word in lists.get("always", ()):
        return True
    if nxt[:1].isdigit():
        return word in lists.get("before_number", ())
    if nxt[:1].isupper() and word in lists.get("before_name", ()):
        return True
    if nxt[:1].islower() and word in lists.get("before_lower", ()):
        return True
    if len(m.group(1)) == 1 and m.group(1).isupper():  # "C. difficile", "E. coli", "C. Diff"
        start = m.start(1)
        first = not text[:start].strip() or text[:start].rstrip()[-1:] in ".?!:\n"
        if nxt.lower() in lists.get("after_initial", ()):
            return True
        return not first and nxt[:1].islower() and len(nxt) > 2
    return False


def protect(text: str) -> str:
    """TEXT with each dot that only shortens a word swapped for a stand-in of the same length."""
    if "." not in (text or ""):
        return text or ""
    spots = [k for k, ch in enumerate(text) if ch == "." and shortens(text, k)]
    if not spots:
        return text
    chars = list(text)
    for k in spots:
        chars[k] = _STAND_IN
    return "".join(chars)


def restore(text: str) -> str:
    return (text or "").replace(_STAND_IN, ".")


def split(pattern: str | re.Pattern[str], text: str, maxsplit: int = 0) -> list[str]:
    """re.split(PATTERN, TEXT) that never cuts at a dot that shortens a word; the pieces keep their dots."""
    return [restore(x) if isinstance(x, str) else x for x in re.split(pattern, protect(text), maxsplit=maxsplit)]


def keeping(cut: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    """A sentence cutter CUT made to leave the dots that shorten words alone."""
    def wrapped(text: str) -> list[str]:
        return [restore(x) for x in cut(protect(text))]
    return wrapped
