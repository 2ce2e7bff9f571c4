"""Whether a message typed into the chatbot is a reply the person got (pasted), not a request to write.

People paste the organisation's answer where askfoi asks what they want to find out, or at a later step. Such
a text is passed to the reply path instead of being framed as a new request or added as a part. A text reads
as a reply when it shows two signs (knowledge/vocab/reply_signs.yaml): it speaks to the requester about their
request, says whether the information is held, applies an exemption or limit, or has a sentence the reply
reader (askfoi.reader.read_sentences) takes as a decision.
"""

from __future__ import annotations

import functools
import re

MIN_CHARS = 80  # a line or two of a reply at least; "is it held?" is a question, not a reply
MAX_JUDGED = 20_000


@functools.lru_cache(maxsize=1)
def _groups() -> tuple[re.Pattern[str], ...]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("reply_signs", list[str])
    out = []
    for patterns in (data if isinstance(data, dict) else {}).values():
        good = []
        for p in patterns or []:
            try:
                re.compile(str(p))
                good.append(str(p))
            except re.error:
                continue
        if good:
            out.append(re.compile("|".join(f"(?:{p})" for p in good), re.I))
    return tuple(out)


_ABOUT_THEIR_REQUEST = re.compile(
    r"(?i)\byour\s+(?:recent\s+)?(?:request|e-?mail|letter|enquiry|application|correspondence|questions?)\b"
    r"|\byou\s+(?:have\s+)?(?:asked|requested|wrote|sought)\b|\b(?:we|i)\s+(?:have\s+)?received\b")
_ASKS_ITSELF = re.compile(
    r"(?i)\b(?:please\s+(?:can\s+you\s+)?(?:provide|send|supply|disclose|tell\s+me)|i\s+(?:would|'d)\s+like\s+(?:to\s+(?:request|know|ask)|"
    r"a\s+copy|copies|the\s+following)|i\s+am\s+writing\s+to\s+(?:request|ask)|i\s+(?:wish\s+to\s+)?request)\b")


def _asks_for_itself(text: str) -> bool:
    """TEXT is a request written to an organisation, not its reply: it asks for information in the writer's
    own words ("Please provide ...", "I would like to request ...") and never speaks of the reader's request
    ("your request", "you asked", "we received"), as nearly every reply does."""
    return bool(_ASKS_ITSELF.search(text)) and not _ABOUT_THEIR_REQUEST.search(text)


def reads_as_reply(text: str) -> bool:
    """TEXT reads as a reply from an organisation (see the module's note)."""
    text = " ".join((text or "")[:MAX_JUDGED].split())
    if len(text) < MIN_CHARS:
        return False
    if _asks_for_itself(text):
        return False
    signs = sum(bool(g.search(text)) for g in _groups())
    if signs >= 2:
        return True
    if signs == 0:
        return False
    from askfoi.reader import read_sentences

    return any(s.role == "decision" for s in read_sentences(text))


@functools.lru_cache(maxsize=1)
def _waiting_signs() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("waiting_signs", list[str])
    data = data if isinstance(data, dict) else {}
    return compile_any(data.get("sent") or []), compile_any(data.get("waiting") or [])


@functools.lru_cache(maxsize=1)
def _had_reply_signs() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("waiting_signs", list[str])
    data = data if isinstance(data, dict) else {}
    return compile_any(data.get("had_reply") or []), compile_any(data.get("what_now") or [])


def had_reply(text: str) -> bool:
    """TEXT says the answer has come, without pasting it, and asks what to do ("ive got a reply from lancashire
    county council refusing my parking request, what do i do now"): the reply path, to paste or load it
    (knowledge/vocab/waiting_signs.yaml had_reply and what_now). A message that asks for records itself is a request."""
    text = " ".join((text or "")[:MAX_JUDGED].split())
    had, what_now = _had_reply_signs()
    if had is None or what_now is None or not (had.search(text) and what_now.search(text)):
        return False
    return not _ASKS_ITSELF.search(text)


def waiting_for_reply(text: str) -> bool:
    """TEXT says a request was already sent and no answer has come ("I sent an FOI to the Home Office on 14
    October and they still havent replied, what can I do?"): the reply path, not a new request to write
    (knowledge/vocab/waiting_signs.yaml). A message that also asks for records in its own words is a request."""
    text = " ".join((text or "")[:MAX_JUDGED].split())
    sent, waiting = _waiting_signs()
    if sent is None or waiting is None or not (sent.search(text) and waiting.search(text)):
        return False
    return not _ASKS_ITSELF.search(text)


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_SENT_DAY = re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(m[:3] + r"[a-z]*" for m in _MONTH_NAMES)
                       + r")\b\.?(?:,?\s+(\d{4}))?")


def sent_day(text: str, today) -> "date | None":
    """The day a waiting person says they sent their request ("i sent it on 2 october"; "14/10/2026"): a day
    without a year is the latest such day not after TODAY; None when the message gives none."""
    from datetime import date

    from askfoi.reply_flow import day_and_body

    day, _ = day_and_body(text or "")
    if day is not None:
        return day if day <= today else None
    m = _SENT_DAY.search(text or "")
    if not m:
        return None
    month = next((i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(m.group(2).lower()[:3])), None)
    try:
        day = date(int(m.group(3)) if m.group(3) else today.year, month, int(m.group(1)))
    except (TypeError, ValueError):
        return None
    if day > today and not m.group(3):
        day = day.replace(year=day.year - 1)
    return day if day <= today else None
