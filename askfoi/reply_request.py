"""The request a reply is answering, as the reply itself states it: when the request was made or received, what it
asked, and the authority's reference.

Read sentence by sentence, from three places a reply names its request:
- the sentence that acknowledges it ("Thank you for your request for information received on 3 October 2026
  regarding the cost of agency staff", "I refer to your email of 3/10/2026 about ...", "We received your request on
  ..."): a date is kept by the word that governs it: "received" (receipt: the 20 working days run from it) apart
  from "dated", "of", "sent", "made" (the day it was written); a date governed by neither ("respond by ...") is not
  the request's;
- a heading that quotes it ("You asked:", "Request:", "Information requested:", a "Request" line of its own): the
  first question or sentence under it;
- a subject line ("Subject: FOI request 2026/1187 - Speed cameras on the A38"), without its reference and its
  law words.
Nothing is guessed: a field the reply does not state is None (a date needs its year). What is kept is plain text:
no markup, template code or control characters, cut at a word (askfoi.reply_request.plain_topic).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel

MAX_TOPIC_CHARS = 90
MAX_QUESTION_CHARS = 160
QUOTED_WHOLE_CHARS = 400  # lead44: a request quoted under the reply's own heading, whole up to this
HEAD_CHARS = 20_000


class RequestStated(BaseModel):
    """What a reply says about the request it answers; None where it does not say."""

    made: date | None = None  # the day the request was written or sent ("your request dated / of / sent on ...")
    received: date | None = None  # the day the authority received it ("received on ...": the 20 working days run from it)
    topic: str | None = None  # a short noun phrase: "the cost of agency staff" (worded to follow "about")
    question: str | None = None  # the request quoted under a heading ("You asked: How many ...?"): its first question
    questions: int = 0  # how many questions or numbered items the heading quotes (0: none quoted)
    reference: str | None = None
    # where the topic or question was read ("quoted": the requester's own words restated without a heading)
    source: Literal["acknowledgement", "heading", "subject", "quoted"] | None = None
    sentence: str | None = None  # the acknowledging sentence the date or topic came from (plain, at most 300 chars)

    @property
    def found(self) -> bool:
        return any((self.made, self.received, self.topic, self.question, self.reference))


# -- plain text -----------------------------------------------------------------------------------------------------

# terminal escapes, and what is left of one whose ESC was already taken out ("[31m")
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?|(?<![\w\]])\[[0-9;?]{1,12}[A-Za-z]")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\$\{[^}]*\}")
_TAG = re.compile(r"<[^<>]{0,200}>|\[/?[^\[\]]{0,60}\]")
_LEFT = re.compile(r"[<>{}\[\]\\`|*_#~^$]")


# ch101: a bracket closing a topic ("(1 January 2025 to 31 December 2025)", "(excluding agency staff)"), not too long to
# be the person's own qualifier
_END_BRACKET = re.compile(r"\s*\([^()]{1,80}\)$")


def plain_topic(text: str | None, limit: int = MAX_TOPIC_CHARS) -> str | None:
    """TEXT as one line of plain words for a letter or the screen: terminal escapes, markup tags ("<b>", "[bold]"),
    template code ("{{ ... }}", "{% ... %}") and control characters removed, and cut at a word to at most LIMIT
    characters (with "..." when cut), never inside a bracket: a bracket that ends TEXT is kept whole when the words
    before it fit (ch101); None when nothing readable is left."""
    if not text:
        return None
    text = _ESCAPES.sub(" ", text)
    text = "".join(c if c.isprintable() else " " for c in text)
    for _ in range(3):  # nested or repeated code: "{{{{ x }}}}"
        text = _TEMPLATE.sub(" ", text)
        text = _TAG.sub(" ", text)
    text = _LEFT.sub(" ", text)
    text = " ".join(text.split()).strip(" ,;:-\u2013\u2014")
    if not re.search(r"[A-Za-z]{2}", text):
        return None
    end = _END_BRACKET.search(text)
    if len(text) > limit and end and end.start() <= limit:
        # ch101 (nc101 #2): a bracket that ends the topic (its period "(1 January 2025 to 31 December 2025)", a qualifier)
        # belongs to what was asked: when the words before it fit, the topic is said whole, never cut inside the bracket
        # ("... for medical reasons (1 January 2025")
        return text
    if len(text) > limit:
        # a join that starts another thing asked ("... and for the number of ...", ", and whether ..."), not one inside a
        # noun phrase ("between officer1 and supplier1")
        joins = [m.start() for m in re.finditer(
            r"(?:,\s*|\s)(?:and|or|but|as\s+well\s+as|also)\s+(?=(?:also\s+)?(?:for|whether|if|how|what|which|who|when|where|why|"
            r"any|all|a\s+copy|copies|details|the\s+(?:number|total|amount|cost|names?|dates?|list)\s+of)\b)|;\s",
            text[: limit + 1]) if m.start() >= 20]
        if joins and text[: joins[-1]].count("(") <= text[: joins[-1]].count(")"):
            # a whole first clause reads as English ("whether X uses IMSI catchers"); a cut one does not ("... times they...")
            return text[: joins[-1]].rstrip(" ,;:-\u2013\u2014(")
        # ck23b: else before a clause that only qualifies what was asked ("... in 2025 because no bed was available"),
        # so the letter never ends the request's summary mid-clause ("... because no bed")
        clauses = [m.start() for m in re.finditer(r"\s+(?:because|since|as\s+a\s+result|due\s+to|which|who|whose|so\s+that|"
                                                  r"in\s+order\s+to)\b|,\s", text[: limit + 1]) if m.start() >= 40]
        if clauses and text[: clauses[-1]].count("(") <= text[: clauses[-1]].count(")"):
            return text[: clauses[-1]].rstrip(" ,;:-\u2013\u2014(")
        cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
        while cut.count("(") > cut.count(")") and cut.rfind("(") > 0:  # ch101: never inside an open bracket
            cut = cut[: cut.rfind("(")]
        text = no_dangling(cut.rstrip(" ,;:-\u2013\u2014(")) + "..."
    return text


# ck25b: words a phrase cannot end on ("... cameras by the", "... the number of"): a cut there reads as broken English
_DANGLING = re.compile(r"(?i)(?:[\s,;:(\u2013\u2014-]+(?:the|a|an|of|by|to|in|on|at|for|from|with|into|about|and|or|but|"
                       r"nor|as|than|whose|its|their|your|my|our|his|her|each|every|any|"
                       r"per|between|over|under|since|during|including|such))+[\s,;:(\u2013\u2014-]*$")


def no_dangling(text: str) -> str:
    """TEXT without the function words a cut left at its end ("cameras by the" -> "cameras"); TEXT when that would
    leave nothing."""
    kept = _DANGLING.sub("", text or "").rstrip(" ,;:-\u2013\u2014(")
    return kept if re.search(r"[A-Za-z]{2}", kept) else text


# -- dates ----------------------------------------------------------------------------------------------------------

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# a day with its year: "3 October 2026", "3rd of Oct. 2026", "October 3, 2026", "03/10/2026", "3.10.2026", "2026-10-03"
_DAY = re.compile(
    r"(?i)\b(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|\u1d57\u02b0)?\s+(?:of\s+)?(?P<m1>" + _MONTH + r"),?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>(?:19|20)\d\d)"
    r"|(?P<y4>(?:19|20)\d\d)-(?P<m4>\d{1,2})-(?P<d4>\d{1,2}))\b")


def _as_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        for k in "123":
            if g[f"y{k}"] and g[f"d{k}"] and k in "12":
                word = g[f"m{k}"].lower().rstrip(".")
                month = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(word[:3])), None)
                if month is None or (len(word) > 3 and not _MONTHS[month - 1].startswith(word) and word != "sept"):
                    return None
                return date(int(g[f"y{k}"]), month, int(g[f"d{k}"]))
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"]))  # day first, as in the UK
        if g["y4"]:
            return date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    except (TypeError, ValueError):
        return None
    return None


# -- the acknowledging sentence -------------------------------------------------------------------------------------

# the requester's request named: "your request", "your FOI request", "your email", "your recent letter", "the above
# request", "this request", "your request for information" (not "your request for an internal review": another request)
_REQUEST_NOUN = re.compile(
    r"(?i)\b(?:(?:your|the\s+above|the\s+above-?mentioned|your\s+original)\s+"
    r"(?:(?:recent|original|initial|freedom\s+of\s+information|foi(?:a|sa)?|eir|environmental\s+information|information"
    # rd53 (rv51's note): "your subject access request for a copy of ..., received on 2 October 2026"
    r"|written|electronic|e-?mailed|online|(?:data\s+)?subject\s+access|sar)\s+)*(?:request|e-?mail|letter|application|enquiry|correspondence|query)s?"
    r"|this\s+(?:(?:foi|freedom\s+of\s+information|information)\s+)?request"
    r"|(?:we|the\s+\w+)\s+(?:have\s+)?received\s+your\s+(?:(?:freedom\s+of\s+information|foi|information)\s+)?"
    r"(?:request|e-?mail|letter|application|enquiry)|\brequest\s+for\s+information"
    # "the information you requested on 5 August 2013", "the information that you asked for on ..."
    r"|(?:the\s+)?information\s+(?:that\s+)?you\s+(?:have\s+)?(?:requested|asked\s+for|sought))\b(?:\s+for\s+information)?"
    r"(?!\s+for\s+(?:an?\s+)?(?:internal\s+)?(?:review|reconsideration))")
# "the second part of your request", "the remainder of your request": a part, not the request
_PART_OF = re.compile(r"(?i)\b(?:parts?|elements?|remainder|rest|scope|points?|questions?|aspects?)\s+(?:\w+\s+)?of\s+(?:the\s+)?$")
_APPEAL = re.compile(r"(?i)\b(?:appeal\w*|(?:asking|requesting)\s+(?:for\s+)?(?:an?\s+)?(?:internal\s+)?review|"
                     r"complain\w*\s+about\s+(?:our|the)\s+(?:response|decision))\b")
_RECEIPT = re.compile(r"(?i)\b(?:received|receipt|reached|arrived|logged|registered)\b")
_WRITTEN = re.compile(r"(?i)\b(?:dated|of|sent|made|submitted|written|e-?mailed)\b")
# words that may stand between the request named and its date or topic: "your request for information, which we
# received by email on", "your request received by Transport for London (TfL) on"
_TAIL_WORDS = frozenset(
    "which that was were we have has had been received receipt dated sent made submitted written emailed e-mailed by on of "
    "the us to you for information in via email e-mail post letter our your first originally initially and also "
    "recently reached arrived logged registered under freedom act foi foia foisa eir eirs environmental regulations "
    "scotland 2000 2002 2004 request requests".split())
_TAIL_TOKEN = re.compile(r"\s*(?:(?P<word>[A-Za-z][\w'\u2019&-]*)|(?P<paren>\([^()]{1,40}\))|(?P<punct>[,\u2013-]))")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!i\.e\.)(?<!e\.g\.)(?<!I\.e\.)(?<!E\.g\.)[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[-*\u2022]|\d{1,2}[.)]\s))")
# what the request was about, after the request named: "regarding X", "about X", "asking for information about X",
# "for a copy of X"
_TOPIC_LEAD = re.compile(
    r"(?i)(?:(?:asked|asking|seeking|requesting)\s+(?:for\s+|about\s+)?(?:(?:information|data|details|records)\s+"
    r"(?:about|on|of|regarding|relating\s+to|concerning|in\s+relation\s+to)\s+)?"
    r"|(?:regarding|concerning|about|in\s+relation\s+to|relating\s+to|related\s+to|in\s+respect\s+of|with\s+regards?\s+to|"
    r"on\s+the\s+(?:subject|topic|matter)\s+of|re:?)\s+"
    r"|for\s+(?:(?:information|data|details|records)\s+(?:on|about|of|regarding|relating\s+to|concerning|in\s+relation\s+to)\s+)"
    r"|for\s+(?=(?:a\s+copy|copies|the\s+number|numbers|figures|statistics|a\s+list|the\s+(?:total|amount|cost))\b)"
    r"|on\s+(?-i:(?=[A-Z][a-z])))")
_TOPIC_STOP = re.compile(
    r"(?i)\s*(?:[.;:!?](?:\s|$)|\((?:your|our|ref|reference|received|dated|\d)|\s[-\u2013\u2014]\s|,\s*(?:which|that|and|but|as|received|dated|sent|made|under|in\s+which|"
    r"please|we|i|it|you|the\s+(?:council|force|trust|department|authority|service|board))\b|,\s*the\s+(?-i:[A-Z])"
    r"|\s(?:which|that\s+(?:was|we|you|is)|(?:received|sent|submitted|made)\s+(?:by\s+(?:us|[A-Z][\w&()' -]{0,50}?)\s+)?on\b|"
    r"dated\b|under\s+(?:the|section|s\.?\s*\d|regulation)|has\b|have\b|had\b|was\b|were\b|is\b|are\b|will\b|we\b|i\b|"
    r"and\s+(?:we|i|it|the\s+(?:council|force|trust|department))\b|in\s+accordance\b|can\b|could\b|would\b|may\b|"
    r"on\s+(?=\S*\d)|of\s+(?=\d{1,2}\b)|(?:on|in)\s+(?:the\s+)?\d))")
_WH_CLAUSE = re.compile(r"(?i)\s*(?:whether|how\s+(?:many|much|often|long)|what|which|who|when|where|why|if)\b")
_CLAUSE_STOP = re.compile(
    r"(?i)\s*(?:[.;:!?](?:\s|$)|\((?:your|our|ref|reference|received|dated)|\s[-\u2013\u2014]\s|,\s*(?:which|received|dated|sent|made|"
    r"in\s+which|please|we|i)\b|\s(?:which\s+(?:was|we|you)|(?:received|sent|submitted|made)\s+(?:by\s+\S+\s+)?on\b|dated\b|"
    r"under\s+(?:the\s+)?(?:freedom|environmental|section|s\.?\s*\d|regulation)))")
# a topic that names nothing ("the information", "the above"), or the law itself
_GENERIC = frozenset("the a an this that these those following above below said same matter matters information data "
                     "details records request requests your our it them you subject issue issues points questions "
                     "question enquiry it's its above-mentioned".split())
_LAW_TOPIC = re.compile(r"(?i)\b(?:act\s+20\d\d|regulations\s+20\d\d|freedom\s+of\s+information|environmental\s+information"
                        r"|foia|foisa|eirs?|section\s+\d|exemptions?|refusal\s+notice)\b")


def _topic_at(sentence: str, start: int) -> tuple[str | None, int]:
    """The noun phrase after a topic lead at START, to the first word that ends it, and where it ends."""
    m = _TOPIC_LEAD.match(sentence, start)
    if not m:
        return None, start
    rest = sentence[m.end():]
    # fu21: a topic that is a clause ("whether the force is investigating X", "how many potholes were reported on Y"):
    # its verb is its own, so it runs to the sentence's end or the request's date and reference, never cut at "is"
    stop = (_CLAUSE_STOP if _WH_CLAUSE.match(rest) else _TOPIC_STOP).search(rest)
    day = _DAY.search(rest)
    end = min(stop.start() if stop else len(rest), day.start() if day else len(rest))
    if re.search(r"(?i)\b(?:they|it|he|she|we|you|these|those|this|that|which|who)\s*$", rest[:end]):
        # "for the number of times they | were used in 2025": the verb belongs to the clause the pronoun begins; the
        # topic runs to the sentence's end, never cut after its subject ("... the number of times they")
        full = re.search(r"[.;!?](?:\s|$)|\((?:your|our|ref|reference)", rest[end:])
        end = end + (full.start() if full else len(rest) - end)
    words = rest[:end].strip(" ,\"'\u201c\u201d\u2018\u2019").split()[:20]
    while words and words[-1].lower() in ("on", "of", "for", "to", "and", "or", "the", "a", "an", "in", "by", "with",
                                          "from", "at", "dated", "received", "as", "below", "above", "attached"):
        words.pop()
    phrase = " ".join(words)
    if not phrase or all(w.lower().strip(",.'\"") in _GENERIC for w in words) or _LAW_TOPIC.search(phrase) or \
            re.search(r'["\u201c\u201d]', phrase):  # a quoted word inside: "seeking "details" as requesting ..."
        return None, start
    if re.match(r"(?i)(?:the\s+)?(?:following|above|below|matters?\s+(?:set\s+out|listed|below))\b", phrase):
        return None, start
    return phrase, m.end() + end


def _tail(sentence: str, noun: re.Match[str]) -> tuple[date | None, date | None, str | None]:
    """(made, received, topic) from what follows the request named in SENTENCE: only words that can stand there
    ("for information received by us on", a name, a date), up to a topic lead. A date is kept by the nearest word
    before it that governs it: receipt ("received") or writing ("dated", "of", "sent"); "on" alone or nothing
    ("your request 15 February 2010") is the day it was made."""
    made = received = topic = None
    governed = noun.group()
    pos = noun.end()
    after_topic = False
    for _ in range(30):
        at = re.compile(r"[\s,]*").match(sentence, pos).end()
        if topic is None and _TOPIC_LEAD.match(sentence, at):
            topic, end = _topic_at(sentence, at)
            if topic:  # "... about X, which we received on 5 October 2026": the tail goes on after it
                governed, pos, after_topic = "", end, True
                continue
        day = re.compile(r"\s*(?:the\s+)?").match(sentence, pos)
        m = _DAY.match(sentence, day.end()) if day else None
        if m:
            found = _as_date(m)
            keys = [k for k in re.finditer(r"(?i)\b(?:received|receipt|reached|arrived|logged|registered|dated|of|sent|made|"
                                           r"submitted|written|e-?mailed)\b", governed)]
            key = keys[-1].group().lower() if keys else ""
            if after_topic and not _RECEIPT.fullmatch(key or "-") and not re.search(r"(?i)\b(?:which|that)\b", governed):
                # fu27: after what was asked, a date the request's own verb does not govern is the topic's: the period
                # asked about ("... in the period from April 2018 to 11th November 2018") or a record's date ("about a
                # letter dated 30 September 2014"); only "..., which you sent on", "received on" is the request's
                found = None
            if found is not None:
                if _RECEIPT.fullmatch(key or "-") and received is None:
                    received = found
                elif not _RECEIPT.fullmatch(key or "-") and made is None:
                    made = found
            governed, pos = "", m.end()
            continue
        t = _TAIL_TOKEN.match(sentence, pos)
        if not t:
            break
        word = t.group("word")
        if word and word.lower() not in _TAIL_WORDS and not word[0].isupper():
            break
        if word and word[0].isupper() and word.lower() not in _TAIL_WORDS and not re.search(r"\b(?:by|to)\s+(?:(?:[A-Z][\w&'-]*|of|for|and|the|&)\s+){0,8}$", sentence[:t.start("word")] + " "):
            break  # a capitalised name only after "by" or "to" ("received by Transport for London (TfL) on")
        governed += " " + (word or "")
        pos = t.end()
    return made, received, topic


def _sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCE_END.split(text) if s and s.strip()]


def _acknowledgement(head: str) -> RequestStated:
    """The first sentences that acknowledge the request and state its date or what it was about."""
    out = RequestStated()
    for sentence in _sentences(head)[:80]:
        for noun in _REQUEST_NOUN.finditer(sentence):
            if _PART_OF.search(sentence[:noun.start()]) or _APPEAL.search(sentence, noun.end()):
                continue  # a part of it; or an email "appealing against the decision": the review's, not the request's
            made, received, topic = _tail(sentence, noun)
            if noun.group().lower().lstrip().startswith(("information", "the information")):
                # "the information you requested relating to X is ...": often the part a decision is about, and
                # "... for 1 April 2019 onwards" a period: only "... you requested on 5 August 2013" is the request's
                topic, received = None, None
                made = made if re.match(r"(?i)\s+on\s+(?:the\s+)?\S", sentence[noun.end():]) else None
            lead = _DAY.match(sentence, re.match(r"(?i)\W*on\s+", sentence).end()) if re.match(r"(?i)\W*on\s+", sentence) else None
            if lead and _RECEIPT.search(noun.group()) and received is None:  # "On 3 October 2026 we received your request"
                received = _as_date(lead)
            if re.search(r"(?i)\b(?:respon\w*|repl\w*|answer\w*)\s+to\s+(?:the\s+\w+\s+of\s+)?$", sentence[:noun.start()]) \
                    and made and not _WRITTEN.search(noun.group() + sentence[noun.end():noun.end() + 12]):
                made = None  # "a response to your request on 5 February": the response's day
            if not (made or received or topic):
                continue
            out.made = out.made or made
            out.received = out.received or received
            if topic and out.topic is None:
                out.topic, out.source = topic, "acknowledgement"
            out.sentence = out.sentence or sentence[:300]
            break
        if out.topic and (out.made or out.received):
            break
    return out


# -- a heading that quotes the request ------------------------------------------------------------------------------

_HEADING = (r"(?:you\s+asked|your\s+request|the\s+request|request(?:\s+details)?|details\s+of\s+(?:your|the)\s+request|"
            r"summary\s+of\s+(?:your\s+)?request|information\s+requested|requested\s+information|you\s+requested|"
            r"question(?:\s+asked)?|request\s+text|your\s+questions?)")
_HEADING_LINE = re.compile(r"(?im)^[ \t]*" + _HEADING + r"[ \t]*[:\-\u2013]?[ \t]*$")
_HEADING_INLINE = re.compile(r"(?i)(?:^|(?<=[\n.!?\]]))[ \t]*" + _HEADING + r"[ \t]*:[ \t]*(?=\S)")
_ANSWER_HEADING = re.compile(
    r"(?im)^[ \t]*(?:response|our\s+response|in\s+response|answer|decision|reply|our\s+reply|outcome)\b[ \t]*[:\-]?"
    r"|\b(?:response|our\s+response|in\s+response|answer)\s*:")
_ITEM = re.compile(r"(?m)(?:^|(?<=\s))\(?(?:\d{1,2}|[a-h]|q\d{1,2})[.)]\s+(?=\S)", re.I)


# a sentence that introduces the request quoted: "You requested the following information and our response is below:"
_LEAD_IN = re.compile(r"(?i)\byou\s+(?:have\s+)?(?:requested|asked(?:\s+us)?|seek|sought|are\s+seeking|were\s+seeking)\s+"
                      r"(?:for\s+|access\s+to\s+)?the\s+following"
                      r"(?:\s+information)?[^:.?!\n]{0,100}:\s*(?=\S)")
# the requester's own words restated in the reply without a heading: "I would like to request ...", "Please provide
# ...", "How many ...?" (a reply asks the requester for their name or proof of identity, never for figures)
_QUOTED_ASK = re.compile(
    r"(?i)^\W*(?:\(?(?:\d{1,2}|[a-h]|q\d{1,2})[.):]\s*)?(?:i\s+would\s+like\s+(?:to\s+(?:request|know|ask)|a\s+copy|copies|the\s+following)"
    r"|i\s+(?:wish\s+to\s+)?request\b|please\s+(?:can\s+you\s+|could\s+you\s+)?(?:provide|send|supply|disclose|tell\s+me)"
    r"|(?:could|can|would)\s+you\s+(?:please\s+)?(?:provide|tell\s+me|send|supply)|how\s+(?:many|much)\b[^?]{5,}\?)")
_NOT_ASKED = re.compile(r"(?i)\b(?:us\s+with|proof|identi(?:ty|fication)|your\s+(?:full\s+)?(?:name|address)|clarif\w*|"
                        r"further\s+(?:information|details)\s+(?:so|to\s+enable)|feedback|contact\s+us)\b")
QUOTED_CHARS = 1500


def _quoted(head: str) -> RequestStated:
    """The request in the requester's own words, restated near the top of the reply without a heading."""
    asks = [s for s in _sentences(head[:QUOTED_CHARS]) if _QUOTED_ASK.match(s) and not _NOT_ASKED.search(s)
            and len(s.split()) >= 5]
    if not asks:
        return RequestStated()
    first = re.sub(r"^\W*\(?(?:\d{1,2}|[a-h]|q\d{1,2})[.):]\s*", "", asks[0], flags=re.I)
    end = re.search(r"\?|\.(?:\s|$)|\s[-\u2013\u2014]\s|:\s", first)  # the question, not the answer after it
    first = first[: end.end() if end and end.group() == "?" else (end.start() if end else len(first))]
    question = plain_topic(first, MAX_QUESTION_CHARS)
    if question and re.search(r"(?i)\b(?:it|its|they|them|their|this|these|those)\b", question):
        return RequestStated()  # "How much has been spent on it?": quoted alone, a letter could not say what "it" is
    count = len(asks)
    block = head[:QUOTED_CHARS]
    at = block.find(asks[0][:40])
    line = block[block.rfind("\n", 0, max(at, 0)) + 1: max(at, 0)]
    if at >= 0 and re.fullmatch(r"[ \t]*\(?(?:\d{1,2}|[a-h]|q\d{1,2})[.):][ \t]*", line, flags=re.I):
        # lead43 (nc47 #13): the first ask is a numbered item: every numbered item quoted before the answer starts is
        # one of the request's questions ("2. Does Essex Police use IMSI catchers?" has no ask wording of its own)
        answer = _ANSWER_HEADING.search(block, at + 1)
        block = block[at - len(line): answer.start() if answer else len(block)]
        numbers = [re.sub(r"\W", "", m.group()).lower() for m in re.finditer(r"(?m)^[ \t]*\(?(?:\d{1,2}|[a-h]|q\d{1,2})[.)]",
                                                                            block, flags=re.I)]
        count = max(count, len(dict.fromkeys(numbers)))
    return RequestStated(question=question, questions=count, source="quoted") if question else RequestStated()


def _heading(head: str) -> RequestStated:
    found = [m for m in (_HEADING_LINE.search(head), _HEADING_INLINE.search(head), _LEAD_IN.search(head)) if m]
    if not found:
        return _quoted(head)
    for m in sorted(found, key=lambda x: x.start()):
        stated = _under_heading(head, m)
        if stated.question:
            return stated
    return _quoted(head)


# lead 27 (nu30): "Your request: 12 October 2026, reference EIR 26/0923": a heading over the request's date and
# reference, never a question
_DATE_OR_REFERENCE = re.compile(
    r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:our|your)\s+ref(?:erence)?|ref(?:erence)?(?:\s+(?:no|number))?\.?:?|dated|received|on)\b"
    r"|\b[A-Z0-9]*\d[A-Z0-9/_-]*\b")


# fu29 (nu31 s12): a heading's first line that is the request's reference and title ("Your request: FOI 5521 - drone use
# by Essex Police"): its name, never its first question
_REFERENCE_TITLE = re.compile(r"^\W*(?-i:[A-Z]{2,6})[ \t/-]?\d[\w/.-]*[ \t]*[-\u2013\u2014:|][ \t]*\S")
# fu29: a first sentence that tells the requester's story ("I recently contacted the cabinet office ..."), not what was asked
_STORY = re.compile(r"(?i)^\W*(?:i|we)\s+(?:recently\s+|previously\s+|have\s+(?:recently\s+)?|had\s+|then\s+)?(?:contacted|spoke|"
                    r"wrote|written|was|were|visited|called|rang|emailed|e-mailed|familiari[sz]ed|read|saw|seen|noticed|heard|"
                    r"received|attended|asked|applied|lived|moved|complained|reported)\b|^\W*(?:my|our)\s+[\w-]+\s+(?:was|were|has|had)\b")


def _asking(sentence: str) -> bool:
    return "?" in sentence or bool(_QUOTED_ASK.match(sentence))


def _under_heading(head: str, m: re.Match[str]) -> RequestStated:
    body = head[m.end():m.end() + 3000]
    answer = _ANSWER_HEADING.search(body)
    if answer:
        body = body[:answer.start()]
    body = body.strip()
    if _REFERENCE_TITLE.match(body.split("\n", 1)[0]):
        return RequestStated()  # the request's reference and title: a later heading ("You asked:") quotes the question
    first_said = re.split(r"(?<=[.!?])\s+|\n\s*\n", body, maxsplit=1)[0]
    if _STORY.match(first_said) and not _asking(first_said) and not _ITEM.match(body):
        # the story before the question: the first sentence under the heading that asks, when one does
        asking = next((x for x in _sentences(body[:QUOTED_CHARS]) if _asking(x)), None)
        if asking:
            body = re.sub(r"(?i)^\W*(?:so|therefore|thus|hence|as\s+such)\W+", "", asking.strip())
            body = body[:1].upper() + body[1:]
    items = _ITEM.findall(body)
    first = _ITEM.sub("", body, count=1).strip() if items and _ITEM.match(body.lstrip()) else body
    # the first question or sentence (a numbered list: its first item)
    nxt = _ITEM.search(first)
    if nxt:
        first = first[:nxt.start()]
    q = re.search(r"[?]|(?<!\bi\.e)(?<!\be\.g)(?<!\bI\.e)[.!](?=\s|$)|\n\s*\n", first)  # (fu28: "(i.e. 2010-11 ...)" ends nothing)
    first = first[: q.end() if q and q.group() == "?" else (q.start() if q else len(first))]
    # fu28: "I would like to know the following: The number of ...": the lead-in is no part of what was asked
    first = re.sub(r"(?is)^\s*(?:i\s+would\s+like\s+(?:to\s+(?:know|request|ask\s+for)\s+)?|please\s+(?:provide|send)\s+(?:me\s+)?)"
                   r"the\s+following(?:\s+information)?\s*:\s*(?=\S)", "", first)
    # lead44 (nc49 #7): the request as the reply quotes it, without its own quotation marks (the letter adds them), and
    # whole up to QUOTED_WHOLE_CHARS: a review quoting half of "copies of the correspondence ..., and the number of
    # complaints" left out the half the cost estimate was about; a request cut still is said to be its first question
    first = re.sub(r"^\s*[\"\u201c\u2018']+|[\"\u201d\u2019']+\s*$", "", first.strip())
    question = plain_topic(first, QUOTED_WHOLE_CHARS)
    if not question or len(question.split()) < 3 or len(re.findall(r"[A-Za-z]{3,}", _DATE_OR_REFERENCE.sub(" ", question))) < 3:
        return RequestStated()
    cut = len(question) < len(" ".join(first.split()).strip(" ,;:-\u2013\u2014.")) - 1
    return RequestStated(question=question, questions=max(2 if cut else 1, len(items)), source="heading")


# -- a subject line --------------------------------------------------------------------------------------------------

_SUBJECT_LINE = re.compile(r"(?im)^[ \t]*(?:subject|re|title|regarding)[ \t]*:[ \t]*(.+)$")
_LAW_WORDS = re.compile(
    r"(?i)\b(?:re|fw|fwd)\s*:|\bfreedom\s+of\s+information(?:\s+\(scotland\))?(?:\s+act(?:\s+20\d\d)?)?|"
    r"\benvironmental\s+information(?:\s+regulations)?|\b(?:foi(?:a|sa)?|eirs?)\b|\brequests?\b|\bresponse\b|\breply\b|"
    r"\binternal\s+review\b|\breview\b|\bour\s+ref(?:erence)?\b|\byour\s+ref(?:erence)?\b|\bref(?:erence)?\b|\bno\.?(?=\s*\d)|"
    r"\bnumber\b|\bcase\b|\boutcome\b|\bdecision\b|\backnowledge?ment\b|\brefusal\s+notice\b|\bnotice\b|\bunder\s+section\s+\d+\b|"
    r"\b[A-Z]{0,6}[-/]?\d[\w/.-]{2,}\b")


# a title inside the text: "Freedom of Information (FOI) Request – Corporate Leadership Restructure (our ref: ...)"
_TITLE = re.compile(r"(?i)\b(?:freedom\s+of\s+information(?:\s+\(foi\))?|foi|eir)\s+request\s*[-\u2013\u2014:]\s*"
                    r"(?-i:(?=[A-Z]))([^()\n.;:]{3,90}?)\s*(?=\(|\n|$|[.;:])")


def _subject(head: str) -> RequestStated:
    m = _SUBJECT_LINE.search(head[:3000]) or _TITLE.search(head[:3000])
    if not m:
        return RequestStated()
    words = _LAW_WORDS.sub(" ", m.group(1))
    words = re.sub(r"(?i)^\W*(?:(?:for|about|regarding|on|re|in\s+relation\s+to)\b\W*)+", "", " ".join(words.split()))
    words = _DAY.sub(" ", words)
    topic = plain_topic(words.strip(" -:\u2013\u2014,.()"))
    # a subject line or a title is a few words naming the subject; more, or the reply speaking ("Thank you for
    # your ..."), is the letter run on after it
    if not topic or not 2 <= len(topic.split()) <= 10 or all(w.lower() in _GENERIC for w in topic.split()) or \
            re.search(r"(?i)\b(?:you|your|thank|please|we|i)\b|\.\s", topic):
        return RequestStated()
    return RequestStated(topic=topic, source="subject")


def sentence_case(topic: str) -> str:
    """lead40 (nc43 #16): a title's first word has a capital only because it opens the title ("Use of drones to monitor
    protests"): said inside a sentence ("my request about use of drones ...") it is lower case, unless it is a place or
    the first word of a name ("Metropolitan Police ...", "Essex ...") or an acronym."""
    from askfoi.framing import _place_names
    from askfoi.story_antecedents import _pos

    words = topic.split()
    first = words[0] if words else ""
    if not (first[:1].isupper() and first[1:].islower()) or (len(words) > 1 and words[1][:1].isupper()):
        return topic
    low = first.lower()
    if low in _place_names() or not _pos(low):
        return topic
    return low + topic[len(first):]


def _request_reference(head: str) -> str | None:
    """The request's reference (askfoi.followup.reference_in), passing over one given to a request for review
    ("Following your request for a review (our ref: 1001) of your FOI Request (our ref: 1000)": 1000)."""
    from askfoi.followup import _REFERENCE, reference_in

    for m in _REFERENCE.finditer(head):
        if not re.search(r"(?i)\b(?:review|reconsideration|appeal)\W*(?:\w+\W*){0,2}$", head[max(0, m.start() - 40):m.start()]):
            return m.group(1).rstrip("./-")
    return reference_in(head)


def _plain_reference(ref: str | None) -> str | None:
    """A reference as plain characters (letters, digits and / . _ -), or None."""
    ref = re.sub(r"[^A-Za-z0-9/._ -]", "", _ESCAPES.sub("", ref or "")).strip(" ./-")[:40]
    return ref if re.search(r"\d", ref) else None


_LEAD_ONLY = re.compile(r"(?i)^\W*(?:(?:would|could|can|will)\s+you\s+(?:please\s+)?|please\s+(?:can\s+you\s+|could\s+you\s+)?|"
                        r"i\s+would\s+(?:like|be\s+grateful\s+for|appreciate)\s+(?:to\s+(?:request|ask\s+for|receive)\s+)?|i\s+(?:wish\s+to\s+)?request\s+)?"
                        r"(?:(?:provide|send|supply|disclose|give)\s+(?:me\s+)?(?:with\s+)?)?"
                        r"(?:the\s+following|(?:the\s+)?following\s+information|this\s+information)\W*$")


def request_in_reply(text: str | None) -> RequestStated:
    """The request a reply answers, as the reply states it (see the module's note). Never raises."""
    if not isinstance(text, str) or not text.strip():
        return RequestStated()
    head = text[:HEAD_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    # markup, template code and escapes are no words of the reply: read as if they were not there
    head = _TAG.sub(" ", _TEMPLATE.sub(" ", _ESCAPES.sub(" ", head)))
    ack = _acknowledgement(head)
    heading = _heading(head)
    subject = _subject(head)

    topic, source = ack.topic, ack.source
    if topic is None and subject.topic:
        topic, source = subject.topic, "subject"
    if topic is None and heading.question is None:
        source = None
    elif topic is None:
        source = heading.source
    question = heading.question
    if question and _LEAD_ONLY.search(question):
        question = None  # fu27: "Would you please provide the following": a lead-in names nothing that was asked
    return RequestStated(
        made=ack.made, received=ack.received, topic=plain_topic(topic), question=question,
        questions=heading.questions, reference=_plain_reference(_request_reference(head)), source=source,
        sentence=plain_topic(ack.sentence, 300),
    )


# ui51: a line that ends by introducing the request's list ("Thank you for your request dated 29 October 2026 for the
# following information:"), the numbered items on the lines after it
_ITEMS_LEAD = re.compile(r"(?im)^[^\n]*\b(?:request(?:ed)?|asked|following)\b[^\n]*:[ \t]*\n(?=[ \t]*\(?(?:\d{1,2}|[a-h]|q\d{1,2})[.)][ \t]+\S)")


def quoted_items(text: str | None) -> list[str]:
    """ui51 (nc50 #12): every question the reply quotes as the request under its heading ("You asked: 1. ... 2. ..."),
    each as plain text (without its number), in order; [] when the reply quotes none. Never raises."""
    if not isinstance(text, str) or not text.strip():
        return []
    head = text[:HEAD_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    head = _TAG.sub(" ", _TEMPLATE.sub(" ", _ESCAPES.sub(" ", head)))
    found = [m for m in (_HEADING_LINE.search(head), _HEADING_INLINE.search(head), _LEAD_IN.search(head),
                         _ITEMS_LEAD.search(head)) if m]
    for m in sorted(found, key=lambda x: x.start()):
        body = head[m.end():m.end() + 3000]
        answer = _ANSWER_HEADING.search(body)
        body = body[:answer.start()] if answer else body
        if not _ITEM.match(body.lstrip()):
            continue
        body = re.split(r"\n[ \t]*\n", body.strip(), maxsplit=1)[0]  # the list ends at its first blank line
        items = [" ".join(x.split()) for x in _ITEM.split(body) if x.strip()]
        items = [plain_topic(x, MAX_QUESTION_CHARS) for x in items]
        return [x for x in items if x]
    return []
