"""Discourse marks in front of a question taken off before a message is read (issue 8, fr26b).

People telling a story before their question move on from it with a word that asks nothing ("... which is rubbish.
anyway how many noise complaints ...", "long story short, how many ...", "btw how many ...") or announce the question
("my question is how many ..."). Left in place, the mark hides the question's own start: the reader takes the
sentence for more story (a remark, the question lost) or keeps it word for word ("Btw how many ..."). The marks are
data (knowledge/vocab/discourse_marks.yaml); one is taken off only at the start of a sentence and only when what
follows it starts asking, so story that opens with "well" or "anyway" is left as typed.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

# "can i have the emails between ...?": a request put politely as a question; what follows the verb is the records
_POLITE_ASK = re.compile(r"(?im)(?:^|(?<=[.!?])[ \t]+|^[ \t]+)(?:please[ \t]+)?(?:can|could|may)[ \t]+i[ \t]+(?:please[ \t]+)?"
                         r"(?:also[ \t]+)?(?:have|see|get|obtain|request|receive|read|view)[ \t]+(?:a[ \t]+copy[ \t]+of[ \t]+|"
                         r"copies[ \t]+of[ \t]+)?(?:the|a|an|any|all|your|their|its|copies|details)\b[^?.!\n]*(?P<mark>\?)")
# "id like any reports ...": "I'd" typed without its apostrophe, only before the verb of wishing that follows it
_ID_LIKE = re.compile(r"(?i)\b(i)d(?=[ \t]+(?:really[ \t]+|also[ \t]+)?(?:like|love|want|be[ \t]+grateful)\b)")


def _alternation(words) -> str:
    items = sorted({" ".join(str(w).lower().split()) for w in words or [] if str(w).strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in item.split()) for item in items)


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}
    marks, announces, starts = (_alternation(data.get(k)) for k in ("marks", "announces", "asking_starts"))
    if not (marks or announces) or not starts:
        return None
    one = rf"(?:{marks})\b[ \t]*[,:\-\u2013]?[ \t]*" if marks else ""
    said = rf"(?:{announces})\b[ \t]*[,:\-\u2013]?[ \t]*" if announces else ""
    lead = "|".join(x for x in (one, said) if x)
    # a sentence start: the text's start, a line's start, or after a full stop, "!" or "?"
    return re.compile(rf"(?im)(^|(?<=[.!?])[ \t]+|^[ \t]+)((?:{lead})+)(?=(?:{starts})\b)")


def without_marks(text: str) -> str:
    """TEXT with the discourse marks taken off the front of each sentence that asks after them."""
    pattern = _pattern()
    if pattern is None or not text:
        return text or ""

    def drop(m: re.Match[str]) -> str:
        marks = m.group(2)
        if not marks.strip() or "\n" in marks:
            return m.group(0)
        rest_at = m.end()
        word = text[rest_at:rest_at + 1]
        first_upper = marks.lstrip()[:1].isupper()
        if first_upper and word.islower():
            return m.group(1) + "\u0000"  # capitalised below: the sentence's first word takes the capital
        return m.group(1)

    out = pattern.sub(drop, text)
    return re.sub("\u0000(.)", lambda m: m.group(1).upper(), out)


def polite_asks(text: str) -> str:
    """TEXT with a request put as a question about the writer ("can i have the emails between the school and the
    supplier?", "could i see a copy of the report?") ended as the request it is, and "id like" read as "I'd like":
    the records named after the verb are what is asked, never a yes/no question to be asked back about."""
    out = _POLITE_ASK.sub(lambda m: re.sub(r"(?i)\bmay(?=[ \t]+i\b)", lambda w: "Can" if w.group()[0].isupper() else "can",
                                           m.group()[:m.start("mark") - m.start()], count=1) + ".", text or "")
    return _ID_LIKE.sub(lambda m: m.group(1) + "'d", out)


# cx36: the words that start an embedded question (what is to be known) and the records' determiners (what is to be seen)
_WH = re.compile(r"(?i)^(?:how|what|whats|what's|who|whom|whose|which|when|where|why|whether|if)\b")
_RECORD_START = re.compile(r"(?i)^(?:the|a|an|any|all|their|its|his|her|copies|details|minutes|records?|figures|"
                           r"information|data)\b")


@functools.lru_cache(maxsize=1)
def _found_out() -> re.Pattern[str] | None:
    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}
    hows, finders, leads, verbs = (_alternation(data.get(k)) for k in ("how_asks", "finders", "forum_leads", "find_verbs"))
    if not (hows and finders and verbs):
        return None
    # "how do i find out", "does anyone know how i can find out", "does anyone know how to find out", "is there a way
    # to find out", "any idea where i can see"
    person = rf"(?:{hows})\s+(?:{finders})(?:\s+(?:go\s+about|actually|possibly|even|best))?\s+"
    to = rf"(?:how|where)\s+(?:(?:{finders})\s+(?:can|could|would|should|might|do|does)\s+|to\s+)|to\s+|of\s+"
    lead = rf"(?:(?:{leads})\s*,?\s*(?:{to})(?:(?:actually|possibly|even|best)\s+)?)" if leads else "(?!)"
    return re.compile(rf"(?im)(?P<start>^|(?<=[.!?])[ \t]+|^[ \t]+)(?P<join>(?:and|so|but|also|then)[ \t]+)?"
                      rf"(?:{lead}|{person})(?:{verbs})(?:ing)?\s+(?:about\s+|on\s+)?(?P<what>[^?.!\n]+)(?P<end>[?.!]|$)")


def found_out_asks(text: str) -> str:
    """TEXT with each question about how to find something out ("how do i find out what they spend it on and who
    decided it?") put as the want it is ("I want to know what they spend it on and who decided it."), so what it
    asks is read like any question to the body; a record named ("how can i get the minutes?") is asked to be seen."""
    pattern = _found_out()
    if pattern is None or not text:
        return text or ""

    def put(m: re.Match[str]) -> str:
        what = m.group("what").strip()
        if _WH.match(what):
            what = re.sub(r"(?i)^if\b", "whether", what)
            return f"{m.group('start')}I want to know {what}."
        if _RECORD_START.match(what):
            return f"{m.group('start')}I want to see {what}."
        return m.group(0)  # "how can i find out more?": no object of its own: left as typed

    return _may_i_see(_forum_wh(pattern.sub(put, text)))


# lead35: what a forum lead asks about when a question word follows it, unless it is the writer's own next step ("how
# i can appeal", "what should we do", "where do i stand"): advice, left as typed
_OWN_STEP = re.compile(r"(?i)^(?:how|what|where|who|whether|if)\s+(?:to\b|(?:i|we|you|one)\b|(?:can|could|should|do|would)\s+(?:i|we|you)\b)")


@functools.lru_cache(maxsize=1)
def _forum_wh_pattern() -> re.Pattern[str] | None:
    data, _ = load_vocab("discourse_marks")
    leads = _alternation((data if isinstance(data, dict) else {}).get("forum_leads"))
    if not leads:
        return None
    return re.compile(rf"(?im)(?P<start>^|(?<=[.!?])[ \t]+|^[ \t]+)(?:(?:and|so|but|also|then|hi|hello)[ \t,]+)?"
                      rf"(?:{leads})\s*,?\s+(?P<what>(?:how|what|whats|what's|who|which|when|where|why|whether|if)\b"
                      rf"[^?.!\n]+)(?P<end>[?.!]|$)")


def _forum_wh(text: str) -> str:
    """lead35: "does anyone know why the library shut", "any idea how much the new bridge cost", "i was wondering how
    many fines they issued": a question put to the forum about what the body did is the want it is ("I want to know
    why the library shut."); the writer's own next step ("anyone know how i can appeal?") is left as typed."""
    pattern = _forum_wh_pattern()
    if pattern is None or not text:
        return text or ""

    def put(m: re.Match[str]) -> str:
        what = m.group("what").strip()
        if _OWN_STEP.match(what):
            return m.group(0)
        what = re.sub(r"(?i)^if\b", "whether", what)
        return f"{m.group('start')}I want to know {what}."

    return pattern.sub(put, text)


@functools.lru_cache(maxsize=1)
def _permission() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}
    asks, verbs, nouns = (_alternation(data.get(k)) for k in ("permission_asks", "permission_verbs", "record_nouns"))
    if not (asks and verbs and nouns):
        return None
    pattern = re.compile(rf"(?im)(?P<start>^|(?<=[.!?])[ \t]+|^[ \t]+)(?:(?:and|so|but|also)[ \t]+)?(?:{asks})\s+(?:please\s+)?"
                         rf"(?:{verbs})\s+(?P<what>[^?.!\n]+)\?")
    return pattern, re.compile(rf"(?i)\b(?:{nouns})\b")


def _may_i_see(text: str) -> str:
    """cx36: "Am I able to see a copy of the minutes of that meeting?": the record asked to be seen, when the words
    after the verb name one; "can I appeal?", "can I get them to fix it?" are left as typed."""
    found = _permission()
    if found is None:
        return text
    pattern, nouns = found

    def put(m: re.Match[str]) -> str:
        what = m.group("what").strip()
        if _RECORD_START.match(what) and nouns.search(what) and not re.search(r"(?i)\bto\s+\w+", what.split(" of ")[0]):
            return f"{m.group('start')}I want to see {what}."
        return m.group(0)

    return pattern.sub(put, text)


@functools.lru_cache(maxsize=1)
def _wants_told() -> re.Pattern[str] | None:
    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}
    leads = _alternation(data.get("want_leads"))
    if not leads:
        return None
    most = int(data.get("want_lead_words") or 8)
    # the sentence's own start, up to MOST words (none a full stop) before the lead, then a question word
    return re.compile(rf"(?im)(?P<start>^|(?<=[.!?])[ \t]+|^[ \t]+)(?P<before>(?:[^\s.?!]+[ \t]+){{0,{most}}}?)"
                      rf"(?:{leads})\s*,?\s+(?:about\s+)?(?P<what>(?:how|what|who|whom|whose|which|when|where|why|"
                      rf"whether|if)\b[^?.!\n]+)(?P<end>[?.!]|$)")


def wants_told(text: str) -> str:
    """cx37: TEXT with each want told inside the story ("I'm sure I'm not alone wondering if the recycling ends up
    being recycled", "all ratepayers would like to know why this payment was approved and by whom") put as the want
    it is ("I want to know whether the recycling ends up being recycled."), so what it asks is read like any question
    to the body. A lead with no question word after it ("I wonder at the logic", "I'd like to know more") stays."""
    pattern = _wants_told()
    if pattern is None or not text:
        return text or ""

    def put(m: re.Match[str]) -> str:
        before = m.group("before").strip().lower()
        if re.search(r"(?i)\b(?:not|never|don't|dont|didn't|didnt|no\s+longer|wouldn't|wouldnt)$", before):
            return m.group(0)  # "I'm not interested to know why": no want
        what = re.sub(r"(?i)^if\b", "whether", m.group("what").strip().rstrip(" ,;:-"))
        # read as the question it is ("how an unmanned camera enables ..." is no sentence of story)
        return f"{m.group('start')}I want to know {what}?"

    return pattern.sub(put, text)


@functools.lru_cache(maxsize=1)
def _money_what() -> re.Pattern[str] | None:
    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}
    verbs, auxes = (_alternation(data.get(k)) for k in ("money_verbs", "money_auxes"))
    if not (verbs and auxes):
        return None
    # "what is being paid to maintain them", "what was spent on ...", "and what they paid for it" (no "what" of a
    # thing: "what was paid for" asks what, so a preposition or "to"/"for"/"on" must follow the verb)
    return re.compile(rf"(?i)\bwhat(?P<mid>\s+(?:{auxes})\s+(?:{verbs}))(?=\s+(?:to|for|on|in|by|out|each|every|per|a|an)\s+\w)")


def money_whats(text: str) -> str:
    """cx37: TEXT with "what" asking a sum read as "how much" ("what is being paid to maintain them" -> "how much is
    being paid to maintain them"), so the spend frame takes it instead of a kept question; "what was paid for"
    without a sum's preposition after it is left as typed."""
    text = _PAID_OUT.sub(lambda m: m.group("verb"), text or "")  # fx52: "how much did the council pay out": the sum paid
    pattern = _money_what()
    if pattern is None or not text:
        return text or ""
    return pattern.sub(lambda m: ("How" if m.group(0)[0].isupper() else "how") + " much" + m.group("mid"), text)


# fx52 (nc51 #8): "how much did the council pay out", "how much was paid out in 2025": "out" is the verb's particle,
# never the thing paid for; it goes where it ends the clause (punctuation, "and", a period after it), so the sum is read
# as "how much did the council pay" (what was paid for then comes from the question before, as for "pay")
_PAID_OUT = re.compile(r"(?i)\b(?P<verb>pay|pays|paid|paying|spend|spent|shell|shelled|fork|forked)\s+out\b"
                       r"(?=\s*(?:[,.?!;)]|$|\s+(?:and|or|also|in\s+(?:\d|the\s+(?:last|past)|total)|during|since|over\s+the|"
                       r"last|this|so\s+far)\b))")
