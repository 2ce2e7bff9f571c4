"""ck25a: answers typed ahead while askfoi was busy and run together in the input box ("okskip", "ok skip", "Bristol City
Council 03/10/2026 ok"): read as the words they are, never as an organisation, a name or a part.

A reply that is nothing but known reply words (knowledge/vocab/conversation.yaml accept and skip, single words of two
letters or more) glued or spaced is those words in turn; the same word repeated is that word once (ck23a: "okok" is one
"ok"). An answer with a confirmation typed on its end ("Leeds City Council ok") is the answer, then the confirmation.
"""

from __future__ import annotations

import functools
import re

# the words a typed-ahead answer ends with that are never the end of a name, a body or a date
_TAIL_WORDS = ("okay", "ok", "yes", "yep", "skip")


@functools.lru_cache(maxsize=1)
def _reply_words() -> tuple[str, ...]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("conversation", list[str])
    words = {w.lower() for key in ("accept", "skip") for w in (data.get(key) or []) if isinstance(w, str)}
    return tuple(sorted((w for w in words if re.fullmatch(r"[a-z]{2,}", w)), key=len, reverse=True))


def _run(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


def reply_words(text: str) -> list[str] | None:
    """The reply words TEXT is made of, in order, when it is nothing else and holds two different ones ("okskip" ->
    ["ok", "skip"], "ok, skip" -> ["ok", "skip"], "okokskip" -> ["ok", "skip"]); None otherwise (one word, a word
    repeated, or anything else typed)."""
    said = re.sub(r"\s+", " ", (text or "").strip().lower()).rstrip(".!")
    words = _reply_words()
    if not words or len(said) > 60:
        return None
    alt = _run(words)
    if not re.fullmatch(rf"(?:(?:{alt})[\s,.!;]*){{2,8}}", said):
        return None
    found = re.findall(rf"{alt}", said)
    out = [w for i, w in enumerate(found) if i == 0 or w != found[i - 1]]
    return out if len(out) > 1 else None


_TAIL = re.compile(rf"(?i)^(?P<answer>.*?[^\s,;.:-])(?:[\s,;.:-]+|(?<=\d))(?P<tail>(?:(?:{_run(_TAIL_WORDS)})[\s,.!;]*)+)$")


def split_tail(text: str) -> tuple[str, list[str]]:
    """TEXT without the confirmation or skip typed on its end ("Leeds City Council ok" -> ("Leeds City Council",
    ["ok"]); "Bristol City Council 03/10/2026okok" -> (..., ["ok"])); (TEXT, []) when it ends with none, or when
    nothing of two letters is left before it."""
    m = _TAIL.match((text or "").strip())
    if not m or not re.search(r"[A-Za-z0-9]{2}", m.group("answer")):
        return (text or "").strip(), []
    found = re.findall(rf"(?i){_run(_TAIL_WORDS)}", m.group("tail"))
    found = [w.lower() for w in found]
    return m.group("answer").strip(), [w for i, w in enumerate(found) if i == 0 or w != found[i - 1]]
