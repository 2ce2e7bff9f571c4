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


_COUNT_ASKED = re.compile(r"(?i)\bhow\s+(?:many|much)\b")


def _asks_for_itself(text: str) -> bool:
    """TEXT is a request written to an organisation, not its reply: it asks for information in the writer's
    own words ("Please provide ...", "I would like to request ...") and never speaks of the reader's request
    ("your request", "you asked", "we received"), as nearly every reply does."""
    return bool(_ASKS_ITSELF.search(text)) and not _ABOUT_THEIR_REQUEST.search(text)


# nr97 (nc97 #1): a published response, or an email that quotes the request above its answer, is laid out as a
# "Request" block then a "Response" block (a disclosure log entry: "Request: Please could you provide ... 1. ...
# Response: 1. ..."). The headings stand on their own lines, or, in a text whose lines were joined, end in a colon.
_REQUEST_HEAD = (r"(?:(?:your|the|original|foi)\s+)?(?:request(?:\s+details)?|information\s+requested|"
                 r"questions?\s+asked|you\s+asked)")
_RESPONSE_HEAD = r"(?:(?:our|the|council'?s|foi)\s+)?(?:response|reply|answers?|decision|outcome)"
_HEADED_LINES = re.compile(rf"(?im)^[ \t]*{_REQUEST_HEAD}[ \t]*:?[ \t]*(?:\n|$|(?<=:)).*?^[ \t]*{_RESPONSE_HEAD}[ \t]*:?[ \t]*(?:\n|$|(?<=:))",
                           re.S)
_HEADED_INLINE = re.compile(rf"(?i)\b{_REQUEST_HEAD}\s*:\s.*?\b{_RESPONSE_HEAD}\s*:\s", re.S)


def quoted_request(text: str) -> re.Match[str] | None:
    """The "Request ... Response" span of TEXT when it is laid out as a reply that quotes the request above the
    answer (the request block, then the response heading), or None."""
    text = (text or "")[:MAX_JUDGED]
    return _HEADED_LINES.search(text) or _HEADED_INLINE.search(text)


def reads_as_reply(text: str) -> bool:
    """TEXT reads as a reply from an organisation (see the module's note); a person telling what a reply said
    ("essex police sent me a letter saying they neither confirm nor deny") is not one. A text laid out as a quoted
    request and the answer under it (`quoted_request`) is judged on what is not quoted, and its layout is a sign."""
    quoted = quoted_request(text)
    if quoted is not None:
        text = (text or "")[:quoted.start()] + " " + (text or "")[quoted.end():]
    text = " ".join((text or "")[:MAX_JUDGED].split())
    if len(text) < MIN_CHARS and quoted is None:
        return False
    if _asks_for_itself(text):
        return False
    if quoted is None and not _ABOUT_THEIR_REQUEST.search(text) and _reported_sentences(text):
        return False
    signs = sum(bool(g.search(text)) for g in _groups()) + (quoted is not None)
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


@functools.lru_cache(maxsize=1)
def _reported_signs() -> tuple[re.Pattern[str] | None, ...]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("waiting_signs", list[str])
    data = data if isinstance(data, dict) else {}
    return tuple(compile_any(data.get(k) or []) for k in ("reported_verb", "reported_me", "reported_anchor"))


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")


def _reported_sentences(text: str) -> list[str]:
    """The sentences of TEXT that tell, in the person's words, what a body answered or decided about their request
    (knowledge/vocab/waiting_signs.yaml reported_*): each has the body's answering verb, the person ("me", "my")
    and the request or a decision only a reply makes. "how many requests did the police refuse under section 12"
    has no "me" or "my": a question for records, not a told reply."""
    verb, me, anchor = _reported_signs()
    if verb is None or me is None or anchor is None:
        return []
    return [s for s in _SENTENCE_END.split(text or "") if verb.search(s) and me.search(s) and anchor.search(s)]


def _told_reply(text: str) -> bool:
    """TEXT tells of a reply (a reported sentence) and asks what to do, or names a decision a reply makes."""
    told = _reported_sentences(text)
    if not told:
        return False
    _, what_now = _had_reply_signs()
    _, _, anchor = _reported_signs()
    decision = anchor is not None and any(
        m for m in anchor.finditer(text) if not m.group(0).lower().startswith("my"))
    return bool((what_now is not None and what_now.search(text)) or decision)


def had_reply(text: str) -> bool:
    """TEXT says the answer has come, without pasting it, and asks what to do ("ive got a reply from lancashire
    county council refusing my parking request, what do i do now"): the reply path, to paste or load it
    (knowledge/vocab/waiting_signs.yaml had_reply and what_now). A message that asks for records itself is a request."""
    text = " ".join((text or "")[:MAX_JUDGED].split())
    had, what_now = _had_reply_signs()
    if _ASKS_ITSELF.search(text):
        return False
    if had is not None and what_now is not None and had.search(text) and what_now.search(text):
        return True
    # lead46 (nc53): "i got a reply from fife council about the quarry, they said some of it was manifestly
    # unreasonable": the reply has come AND a decision only a reply makes is named: told, not asked (a count or sum
    # asked beside it, "... but how many potholes were there", is a new request: left to the rules below)
    anchor = _reported_signs()[2]
    if had is not None and anchor is not None and had.search(text) and not _COUNT_ASKED.search(text) and any(
            not m.group(0).lower().startswith("my") for m in anchor.finditer(text)):
        return True
    return _told_reply(text) or _told_answer(text)


# ap99 (nc99 #1): a question for records of its own beside the story ("i asked before but they said no, so this time
# how many parking fines ...", "... i want to ask again: what is ..."): a clause that opens with it, never the question
# the told request asked ("I asked Kent Police how many officers ...")
_NEW_ASK = re.compile(
    r"(?i)(?:^|[.?!;:,]\s*|\b(?:so|but|and|now|instead|this\s+time|then)\s+)(?:(?:can\s+you\s+(?:tell\s+me\s+)?|please\s+)?"
    r"how\s+(?:many|much)\b|what\s+(?:is|are|was|were)\s+the\b|i\s+(?:want|need|would\s+like|'d\s+like|wanna)\s+"
    r"(?:the\b|to\s+(?:know|ask|find\s+out|request)\b|a\s+copy\b|copies\b|a\s+list\b|details\b))"
    r"|\b(?:ask|request|try)\s+(?:it\s+|them\s+)?again\b|\b(?:new|fresh|another)\s+(?:foi\s+)?request\b")


def _told_answer(text: str) -> bool:
    """ap99 (nc99 #1): TEXT tells of a request already made and the body's answer in the person's words ("i asked
    devon county council for the emails ... and they said no because it costs too much. can i challenge that?"; "asked
    hackney council for the contract, they only gave me half of it. can i appeal"), and asks what to do
    (knowledge/vocab/waiting_signs.yaml sent, answered, what_now); a message that also asks a question of its own for
    records (`_NEW_ASK`) is a new request."""
    sent, _ = _waiting_signs()
    _, what_now = _had_reply_signs()
    answered = _answered_signs()
    if sent is None or what_now is None or answered is None:
        return False
    if not (answered.search(text) and what_now.search(text)) or _NEW_ASK.search(text) or narrower_ask(text):
        return False
    # lt100: "they refused, what now": the answer told with nothing else beside it (no request named, no story, no
    # subject) is a reply had, with or without a request said to be made
    return bool(sent.search(text)) or _bare_told(text, answered, what_now)


_WORD = re.compile(r"[a-z']+")
_BARE_WORDS = {"they", "them", "it", "the", "council", "police", "force", "authority", "again", "just", "and", "so",
               "but", "now", "me", "us", "my", "our", "request", "foi", "have", "has", "already", "ok", "well", "hi"}


def _bare_told(text: str, answered: re.Pattern[str], what_now: re.Pattern[str]) -> bool:
    """lt100: TEXT is only an answer told and a question of what to do ("they refused, what now", "the council said
    no. what can i do?", "got refused again, what next"): with the two signs taken out, nothing is left but pronouns,
    the body's kind and joining words, so no subject of a request (nor "planning permission for my extension": a
    refusal of something else) is there to frame."""
    rest = what_now.sub(" ", answered.sub(" ", text.lower()))
    return all(w in _BARE_WORDS for w in _WORD.findall(rest))


def narrower_ask(text: str) -> str | None:
    """lt100 (ap99's left-out, session 62 open): after a refusal told in the person's words, the something else they
    ask whether they may ask for in its place ("they said no, can i ask for the list of schools instead?" -> "the list
    of schools"): a new, narrower request, framed from those words (knowledge/vocab/waiting_signs.yaml narrower_ask,
    narrower_tail, narrower_not). None when no answer is told before it, or what they would ask for is a review, an
    appeal or advice."""
    flat = " ".join((text or "")[:MAX_JUDGED].split())
    answered = _answered_signs()
    asks, tail, nots = _narrower_signs()
    if answered is None or not asks:
        return None
    for m in (m for pattern in asks for m in pattern.finditer(flat)):
        if not answered.search(flat[:m.start()]):
            continue
        ask = flat[m.start("ask"):]
        ask = re.split(r"[?!]", ask, maxsplit=1)[0]
        while tail is not None and tail.search(ask):
            ask = tail.sub("", ask)
        ask = re.sub(r"(?i)^(?:just|only)\s+", "", ask.strip(" ,.;:"))
        if len(ask) >= 3 and not (nots is not None and nots.search(ask.lower())):
            return _of_refused(ask, flat[:m.start()])
    return None


def _of_refused(ask: str, before: str) -> str:
    """nx101 (lt100's left-out): ASK that names a measure of nothing ("the total cost", "a summary", "the total value
    each year") is a measure of what the refused request asked for, told BEFORE it ("my request for the contract"):
    "the total cost of the contract". Any other ask, or no refused thing told, is ASK as typed
    (knowledge/vocab/waiting_signs.yaml narrower_measure, refused_thing)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("waiting_signs", list[str])
    data = data if isinstance(data, dict) else {}
    measure = next((m for p in data.get("narrower_measure") or [] if (m := re.match(str(p), ask, re.I))), None)
    if measure is None:
        return ask
    thing = None
    for p in data.get("refused_thing") or []:
        found = list(re.finditer(str(p), before, re.I))
        if found:
            thing = found[-1].group("thing")
            break
    if not thing:
        return ask
    thing = re.sub(r"(?i)^(?:their|your|its)\s+", "the ", thing.strip(" ,.;:"))
    return f"{ask[: measure.end()]} of {thing}{ask[measure.end():]}"


@functools.lru_cache(maxsize=1)
def _narrower_signs() -> tuple[list[re.Pattern[str]], re.Pattern[str] | None, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("waiting_signs", list[str])
    data = data if isinstance(data, dict) else {}
    asks = []
    for p in data.get("narrower_ask") or []:  # each on its own: every one names its group `ask`
        try:
            asks.append(re.compile(str(p), re.IGNORECASE))
        except re.error:
            continue
    return asks, compile_any(data.get("narrower_tail") or []), compile_any(data.get("narrower_not") or [])


@functools.lru_cache(maxsize=1)
def _answered_signs() -> re.Pattern[str] | None:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("waiting_signs", list[str])
    return compile_any((data if isinstance(data, dict) else {}).get("answered") or [])


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


# (lead40, nc43 #15: "30 working days ago", "20 business days ago": counted back in working days)
_AGO = re.compile(r"(?i)\b(\d{1,3}|a|an|[a-z]+)\s+((?:working\s+|business\s+)?day|week|month)s?\s+ago\b")


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
    if unit.endswith(" day"):  # working days back: the count's working days before TODAY
        from askfoi.deadlines import is_working_day

        day, left = today, count
        while left:
            day -= timedelta(days=1)
            if is_working_day(day):
                left -= 1
        return day
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


def typed_day(text: str, today) -> "date | None":
    """rd47 (nc45 #3): the one reader of a day typed as the day a request was sent or a reply came, wherever it is
    typed (the chat's "sent ...", the reply's date box, the tracking box, the commands' --sent / --received /
    --review-asked / --on): "28/11/2026", "2026-11-28", "2 october", "today", "yesterday", "last friday", "3 days
    ago"; None for anything else, or for a day after TODAY."""
    return sent_day(text or "", today, weekdays=True)


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


_TOPIC_VERB = re.compile(r"(?i)\b(?:asked|emailed|wrote\s+to|contacted|sent|made|submitted|put\s+in|requested)\b"
                         r"|\bmy\s+(?:foi|sar|request|freedom\s+of\s+information\s+request)(?=\s+(?:about|for|on|regarding|asking)\b)")
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


def asked_topic(text: str, framed: bool = True) -> str | None:
    """What a waiting person says their request asked ("i asked hampshire police for the number of burglaries in
    winchester on 3 october and they still havent replied" -> "for the number of burglaries in Winchester"; "about
    ...", "how many ..."), worded to follow "It asked", for the tracked request's title and the chaser; None when the
    message does not say. A date, "and they ...", "6 weeks
    ago" or the question of what to do next ends it. FRAMED false (ap99): the words as typed, story removed, never
    rendered from frames."""
    text = " ".join((text or "")[:MAX_JUDGED].split())
    verb = _TOPIC_VERB.search(text)
    starts = [m.start() for m in re.finditer(r"(?i)\b(?:asking|for|about|regarding|on)\b", text)] if verb else []
    for start in (x for x in starts if verb.end() <= x <= verb.end() + 80):
        m = _TOPIC.match(text, start)
        if not m:
            continue
        what = _TOPIC_END.split(m.group("what"), maxsplit=1)[0].strip(" -:")
        what = re.sub(r"(?i)^(?:(?:an?|my)\s+)?(?:foi|freedom\s+of\s+information|request)\s+(?:request\s+)?(?:for|about|on)\s+",
                      "", what)
        if len(what.split()) < 2 or re.match(
                r"(?i)(?:the\s+)?(?:\d|it\b|them\b|this\b|that\b|my\s+(?:foi|request)\b)"
                r"|(?:an?\s+)?(?:internal\s+)?review\b", what):  # nr94: the review asked for is not what was asked
            continue
        from askfoi.framing import capitalise_names

        how = m.group("how").lower()
        what = _without_story(what)
        rendered = _framed_topic(what) if framed else None  # ap99: FRAMED false: the person's words, never widened
        if rendered:
            return rendered  # ck23b: what was asked, rendered from its frames, never the story around it
        if (how.startswith("asking") or how == "for") and re.match(r"(?i)(?:how|what|which|who|whether|when|where|why)\b", what):
            return capitalise_names(what)  # "asking how many ..." -> "how many ..."; nu22: "for how many" too
        return capitalise_names(("about " if how in ("about", "asking about", "regarding", "on") else "for ") + what)
    if verb:  # "i asked the home office in september how many asylum seekers are in hotels in kent"
        m = _TOPIC_QUESTION.search(text, verb.end(), min(len(text), verb.end() + 80))
        _, what_now = _had_reply_signs()
        if m and what_now is not None and what_now.match(text, m.start()):
            m = None  # ap99: "what can i do" is their question to askfoi, never what the request asked
        if m:
            what = _TOPIC_END.split(text[m.start():m.start() + 200], maxsplit=1)[0]
            what = _without_story(re.split(r"[.?!;]", what, maxsplit=1)[0].strip(" ,-:"))
            if len(what.split()) >= 3:
                from askfoi.framing import capitalise_names

                return (_framed_topic(what) if framed else None) or capitalise_names(what)
    return None


_TOPIC_QUESTION = re.compile(r"(?i)\b(?:how\s+(?:many|much|long|often)|whether|what|which|who)\b")


# ck23b: a reply pasted into a one-line box arrives with its lines joined ("... complain to the Information
# Commissioner. Nottinghamshire Police Information Management"): where a line must have ended, it ends again
_SALUTATION = re.compile(r"(?<=\S)\s+(?=Dear\s+[A-Z][\w.' -]{0,40}?,)")
_SIGN_OFF = re.compile(r"(?i)(?<=[.!?])\s+(yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|"
                       r"many\s+thanks|thank\s+you)\s*,?\s+(?=[A-Z])")
_DEAR_END = re.compile(r"(?m)^(Dear\s+[A-Z][\w.' -]{0,40}?,)\s+")
_NOT_AN_END = re.compile(r"(?i)\b(?:mr|mrs|ms|dr|no|nos|st|e\.g|i\.e|s|ss|reg|para|cf|etc|vol|ref|approx|inc|ltd|co)\.$")
_SENTENCE_GAP = re.compile(r"(?<=[.?!:])\s+(?=[A-Z0-9\"\u201c(\u2022-])")


def relined(text: str) -> str:
    """(ck23b) TEXT with its lines back when a reply was pasted into a one-line box (fewer than two line breaks in
    more than 200 characters): the salutation ("Dear Ms Lee,"), each sentence, numbered item and heading ("You
    asked:"), and the sign-off and the name under it each on a line of their own, so the reader and the sender
    see the letter's shape. A text that has its lines is returned as it is."""
    if not text or text.count("\n") >= 2 or len(text) < 200:
        return text
    out = _SALUTATION.sub("\n", text)
    out = _DEAR_END.sub(lambda m: m.group(1) + "\n", out)
    out = _SIGN_OFF.sub(lambda m: "\n\n" + m.group(1) + "\n", out)
    pieces, last = [], 0
    for m in _SENTENCE_GAP.finditer(out):
        if _NOT_AN_END.search(out[max(0, m.start() - 8):m.start()]):
            continue
        pieces.append(out[last:m.start()])
        last = m.end()
    pieces.append(out[last:])
    # the sign-off's team and body, joined ("Freedom of Information Team Bristol City Council"): a line each
    if pieces and not re.search(r"[.?!:]\s*$", pieces[-1]) and len(pieces[-1]) <= 160:
        pieces[-1] = _TEAM_END.sub(lambda m: m.group(1) + "\n", pieces[-1])
    return "\n".join(p.strip(" ") for p in pieces if p.strip())


_TEAM_END = re.compile(r"\b((?:Team|Unit|Office|Officer|Department|Service|Services|Governance|Management|Health|Centre|"
                       r"Section|Division|Directorate|Compliance|Disclosure|Requests),?)\s+(?=(?:The\s+)?[A-Z])")


# ck23b: the clauses a topic is cut into: the story ("and ive heard nothing", ", still no answer") is a clause too
_CLAUSE_JOIN = re.compile(r"(?i)\s*,\s*(?:and\s+|but\s+|so\s+)?|\s+(?:and|but|so)\s+")
MAX_FRAMED_PARTS = 3


def _without_story(what: str) -> str:
    """(ck23b) WHAT (what a waiting person says they asked) without the story that trails it: the clauses at its end
    that the sentence reader takes as background ("... in 2025 and ive heard nothing", "..., still no answer"),
    whatever their words; the questions are kept as typed."""
    from askfoi.questions import sentence_role

    # ap99: the "and" of "between A and B" joins the two parties, never two clauses
    pieces = [(m.start(), m.end()) for m in _CLAUSE_JOIN.finditer(what)
              if not re.search(r"(?i)\bbetween\s+(?:(?!\band\b)[^,])*$", what[:m.start()])]
    end = len(what)
    for start, stop in reversed(pieces):
        clause = what[stop:end].strip(" ,.")
        if not clause or sentence_role(clause) != "background":
            break
        end = start
    return what[:end].strip(" ,.") or what


def _framed_topic(what: str) -> str | None:
    """(ck23b) What a waiting person says they asked, as the chaser says it: rendered from its frames (askfoi.framing)
    as "for the number of fly tipping reports received (1 January 2025 to 31 December 2025)", so the story and the
    person's pronouns never reach the letter. None when a part cannot be rendered from a frame (kept in the
    person's words), there are too many, or framing fails: the caller keeps the words, story removed."""
    if not what or len(what.split()) < 3:
        return None
    try:
        from askfoi.framing import frame_message

        framing = frame_message(what)
    except Exception:  # noqa: BLE001 - the person's words stand
        return None
    parts = [p for p in framing.parts if p.kind != "personal_data"]
    if not parts or len(parts) > MAX_FRAMED_PARTS or any(p.kept_words or not p.complete for p in parts):
        return None
    texts = [p.text.strip().rstrip(".") for p in parts]
    texts = [t[:1].lower() + t[1:] if t[:4] in ("The ", "Any ", "A li", "A co", "Copi", "Deta") else t for t in texts]
    joined = texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
    from askfoi.periods import find_periods

    period = f" ({framing.period})" if framing.period and not find_periods(joined) else ""  # said once
    return f"for {joined}{period}"
