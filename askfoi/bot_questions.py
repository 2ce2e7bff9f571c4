"""A short question put to the chatbot about its own question ("what do you mean?", "which one is best?", "why do
you need my name?"): which kind it is, so the bot answers it and asks again, never taking it as an organisation, a
period or a part of the letter. The wordings are data in knowledge/vocab/bot_questions.yaml."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_LEAD = re.compile(r"(?i)^\W*(?:(?:sorry|ok|okay|hi|um+|er+|hmm+|but|and|so|wait)\b[\s,.!]*)*")


@functools.lru_cache(maxsize=1)
def _data() -> tuple[int, tuple[tuple[str, re.Pattern[str]], ...]]:
    data, _ = load_vocab("bot_questions")
    data = data if isinstance(data, dict) else {}
    found = []
    for kind, patterns in (data.get("kinds") or {}).items():
        for p in patterns or []:
            try:
                found.append((str(kind), re.compile(rf"(?i)^(?:{p})")))
            except re.error:
                continue  # `kb validate` reports vocab files
    return int(data.get("max_words") or 9), tuple(found)


def bot_question(text: str) -> str | None:
    """The kind of question TEXT puts to the bot ("meaning", "best", "why", "must", "right"), or None."""
    said = re.sub(r"\s+", " ", (text or "").strip())
    if not said or len(said.split()) > _data()[0] or "\n" in (text or "").strip():
        return None
    said = _LEAD.sub("", said).replace("\u2019", "'")
    if not said and (text or "").strip().endswith("?"):
        return "meaning"  # "?" or "sorry?" alone
    for kind, pattern in _data()[1]:
        if pattern.match(said):
            return kind
    return None


_TOPICS = (("name", r"\b(?:my\s+)?(?:full\s+|real\s+|sur)?names?\b|\bsurname\b"), ("email", r"\be-?mail|\baddress\b"),
           ("period", r"\bperiod\b|\bdates?\b|\byears?\b"), ("authority", r"\borgani[sz]ation|\bbody\b"),
           ("format", r"\bformat\b|\bspreadsheet\b"))


def asked_about(text: str) -> str | None:
    """The step a question to the bot names ("why do you need my name?" -> "name"), or None."""
    for step, pattern in _TOPICS:
        if re.search(pattern, text or "", re.I):
            return step
    return None
