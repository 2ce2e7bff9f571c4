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


_AGO = re.compile(r"(?i)\b(\d{1,3}|a|an|[a-z]+)\s+(day|week|month)s?\s+ago\b")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(r"(?i)\b(?:(today)|(yesterday)|(?:(last|on)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def _weekday_back(text: str, today) -> "date | None":
    """"today", "yesterday", "friday", "last friday", "on monday": the latest such day not after TODAY ("last friday"
    said on a Friday is a week back; "friday" said on a Friday is today) (nu19: the reply's date box refused them)."""
    from datetime import timedelta

    m = _RELATIVE_DAY.search(text)
    if not m or re.search(r"(?i)\b(?:next|coming|tomorrow)\b", text):
        return None  # "next tuesday", "this coming friday": ahead, never the day a reply came or a request went
    if m.group(1):
        return today
    if m.group(2):
        return today - timedelta(days=1)
    wanted = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(m.group(4).lower()))
    back = (today.weekday() - wanted) % 7
    if back == 0 and (m.group(3) or "").lower() == "last":
        back = 7
    return today - timedelta(days=back)


def _days_ago(text: str, today) -> "date | None":
    """"six weeks ago", "a month ago", "10 days ago": that day counted back from TODAY (a month back is the same day
    of the month, or the month's last day)."""
    from datetime import timedelta

    from askfoi.periods import period_words

    m = _AGO.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    count = 1 if word in ("a", "an") else int(word) if word.isdigit() else period_words().number_words.get(word)
    if not count:
        return None
    unit = m.group(2).lower()
    if unit != "month":
        return today - timedelta(days=count * (7 if unit == "week" else 1))
    month = today.month - count
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for day in range(today.day, 0, -1):
        try:
            return today.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return None


def sent_day(text: str, today, *, weekdays: bool = False) -> "date | None":
    """The day a waiting person says they sent their request ("i sent it on 2 october"; "14/10/2026"): a day
    without a year is the latest such day not after TODAY; None when the message gives none."""
    from datetime import date

    from askfoi.reply_flow import day_and_body

    day, _ = day_and_body(text or "")
    if day is not None:
        return day if day <= today else None
    m = _SENT_DAY.search(text or "")
    if not m:  # WEEKDAYS: a date box, where "friday" or "yesterday" can only be the day asked for
        return _days_ago(text or "", today) or (_weekday_back(text or "", today) if weekdays else None)
    month = next((i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(m.group(2).lower()[:3])), None)
    try:
        day = date(int(m.group(3)) if m.group(3) else today.year, month, int(m.group(1)))
    except (TypeError, ValueError):
        return None
    if day > today and not m.group(3):
        day = day.replace(year=day.year - 1)
    return day if day <= today else None


_MONTH_ALONE = re.compile(r"(?i)(?<!\bthe\s)\b(" + "|".join(_MONTH_NAMES) + r"|sept)\b")


def month_without_day(text: str, today) -> str | None:
    """org17: the month a waiting person names without its day ("heard nothing since september", "they said in
    march they'd send it"), capitalised, when the message gives no day it was sent; None otherwise. The day sets
    the deadline, so the chatbot asks for it."""
    if sent_day(text or "", today) is not None:
        return None
    m = _MONTH_ALONE.search(text or "")
    if not m:
        return None
    word = m.group(1).lower()
    return "September" if word == "sept" else word.title()


_TOPIC_VERB = re.compile(r"(?i)\b(?:asked|emailed|wrote\s+to|contacted|sent|made|submitted|put\s+in)\b")
_TOPIC = re.compile(r"(?i)\b(?P<how>asking\s+for|asking\s+about|asking|for|about|regarding|on)\s+(?P<what>[^.?!,;]{6,160})")
_TOPIC_END = re.compile(
    r"(?i)\s+(?:(?:and|but|so)\s+(?:they|it|i|still|no|nothing|have|havent|haven't|has|hasnt|hasn't|its|it's|now)\b"
    r"|(?:on|in)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|on\s+\d|(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|few)\s+(?:days?|weeks?|months?)\s+ago\b|back\s+(?:in|on|at)\b|last\s+(?:week|month)\b|"
    r"(?:what|how)\s+(?:do|can|should|now|next)\b|whats?\b|what's\b"
    # fu21: the story goes on in a clause of its own: ", i sent it on ...", "and heard nothing back", "we emailed ..."
    r"|(?:and|but|so|then)\s+(?:heard|got|received|had|never|waited|chased|emailed|sent)\b"
    r"|(?:i|we)\s+(?:sent|emailed|submitted|asked|made|put|wrote|have|haven't|havent|still|heard|got|did|didnt|didn't|never|"
    r"chased|rang|phoned|called|waited|posted|was\s+told|were\s+told)\b)"
    r"|\s*,\s*(?:(?:and|but|so|then)\s+)?(?:i|we|they|it|its|it's|i've|ive|i'm|im|sent|heard|still|no|nothing|never|got)\b")


def asked_topic(text: str) -> str | None:
    """What a waiting person says their request asked ("i asked hampshire police for the number of burglaries in
    winchester on 3 october and they still havent replied" -> "for the number of burglaries in Winchester"; "about
    ...", "how many ..."), worded to follow "It asked", for the tracked request's title and the chaser; None when the
    message does not say. A date, "and they ...", "6 weeks
    ago" or the question of what to do next ends it."""
    text = " ".join((text or "")[:MAX_JUDGED].split())
    verb = _TOPIC_VERB.search(text)
    starts = [m.start() for m in re.finditer(r"(?i)\b(?:asking|for|about|regarding|on)\b", text)] if verb else []
    for start in (x for x in starts if verb.end() <= x <= verb.end() + 80):
        m = _TOPIC.match(text, start)
        if not m:
            continue
        what = _TOPIC_END.split(m.group("what"), maxsplit=1)[0].strip(" -:")
        what = re.sub(r"(?i)^(?:an?\s+)?(?:foi|freedom\s+of\s+information|request)\s+(?:request\s+)?(?:for|about|on)\s+",
                      "", what)
        if len(what.split()) < 2 or re.match(
                r"(?i)(?:the\s+)?(?:\d|it\b|them\b|this\b|that\b|my\s+(?:foi|request)\b)", what):
            continue
        from askfoi.framing import capitalise_names

        how = m.group("how").lower()
        if (how.startswith("asking") or how == "for") and re.match(r"(?i)(?:how|what|which|who|whether|when|where|why)\b", what):
            return capitalise_names(what)  # "asking how many ..." -> "how many ..."; nu22: "for how many" too
        return capitalise_names(("about " if how in ("about", "asking about", "regarding", "on") else "for ") + what)
    if verb:  # "i asked the home office in september how many asylum seekers are in hotels in kent"
        m = _TOPIC_QUESTION.search(text, verb.end(), min(len(text), verb.end() + 80))
        if m:
            what = _TOPIC_END.split(text[m.start():m.start() + 200], maxsplit=1)[0]
            what = re.split(r"[.?!;]", what, maxsplit=1)[0].strip(" ,-:")
            if len(what.split()) >= 3:
                from askfoi.framing import capitalise_names

                return capitalise_names(what)
    return None


_TOPIC_QUESTION = re.compile(r"(?i)\b(?:how\s+(?:many|much|long|often)|whether|what|which|who)\b")
