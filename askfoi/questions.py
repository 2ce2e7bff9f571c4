"""Split a person's message into the separate questions it asks, in their own words.

One splitter for every job that needs the parts of a request: framing (what each part asks for),
matching (a forecast per part) and the letter. Nothing here rewords anything; it only cuts.
"""

from __future__ import annotations

from askfoi.drafting import _CONTROL, _WORDY, _one_line, _pieces, _rules

MAX_QUESTIONS = 30


def split_questions(text: str) -> list[str]:
    """The separate things TEXT asks, each in the person's words: list items when it is a list, else
    sentences, then joining phrases ("and also"); greetings and sign-offs dropped; no duplicates."""
    rules = _rules()
    out: list[str] = []
    seen: set[str] = set()
    for piece in _pieces(_CONTROL.sub(" ", text or "")[:20000]):
        chunks = rules.split_on.split(piece) if rules.split_on else [piece]
        for chunk in chunks:
            chunk = _one_line(chunk or "")
            if not _WORDY.search(chunk) or any(p.search(chunk) for p in rules.drop + rules.stop):
                continue
            key = chunk.lower().rstrip(" ?.!")
            if key not in seen:
                seen.add(key)
                out.append(chunk)
    return out[:MAX_QUESTIONS]
