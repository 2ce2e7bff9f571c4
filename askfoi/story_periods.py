"""fr30: whether the period a message states was asked for, or is only the time of the person's story.

"my mum was in leeds general last year and they lost her hearing aids, can i find out how many complaints they get":
"last year" dates the story, not the figures asked for. It is still the best guess for the letter's period, so it is
proposed, but with where it came from shown ("your story says 'last year'"), never taken silently as asked.

Read by clause: the message is cut into sentences, and a sentence is cut again where a comma (or "and", "but", "so")
is followed by the start of an ask (a wh-word, "can/could i", "is there", "i want to know", "please"...). The period's
words belong to the story when their clause does not itself ask: it opens with no ask and holds none of the words
that put a time on figures ("how many", "since", "between", "during", "per", "each", "spent", ...).
"""

from __future__ import annotations

import re

_ASK_OPEN = (r"(?:how\b|what\b|whats\b|which\b|who\b|whos\b|when\b|where\b|why\b|is\s+there\b|are\s+there\b|"
             r"(?:can|could|may)\s+(?:i|we|you|someone|anyone)\b|do\s+(?:they|you)\b|does\b|did\b|has\b|have\s+(?:they|you)\b|"
             r"please\b|i\s+(?:want|need|would\s+like|d\s+like)\b|i'?d\s+like\b|"
             r"(?:i'?m|i\s+am)\s+(?:asking|wondering|trying\s+to\s+find)\b|"
             # lead47 (merged CI, fx51): asked on another's behalf ("my client wants the minutes ... for 2025")
             r"(?:my|our|the)\s+(?:\w+\s+)?(?:client|clients|mum|dad|mother|father|son|daughter|friend|neighbour|"
             r"husband|wife|partner|tenant|resident|residents)\s+(?:wants|want|needs|need|would\s+like|is\s+asking)\b)")
_CUT = re.compile(rf"(?i)(?:[,;:]\s*|\s+(?:and|but|so)\s+)(?=(?:(?:and|but|so|also)\s+)?{_ASK_OPEN})")
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
# fx56: a clause that is itself a request ("all air quality monitoring results ...", "copies of ...", "the number of
# ..."), or a line of a list under a request ("- all ... from January 2020 onwards"): its period is asked, never the
# story's (now that a story's period is no longer proposed, misreading one drops the letter's period)
_REQUEST_LINE = re.compile(r"(?i)^\W*(?:all|any|copies|a\s+copy|the\s+number|details|information|records|data|"
                           r"statistics|figures)\b")
_LISTED = re.compile(r"^\s*(?:[-\u2013\u2022*]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s")
_TIMED_ASK = re.compile(r"(?i)\b(?:how\s+(?:many|much|often|long)|number\s+of|figures?|statistics|data|since|between|"
                        r"during|per|each|every|spent|spend|cost|total|in\s+the\s+(?:last|past)|for\s+the\s+(?:last|past)|"
                        r"over\s+the\s+(?:last|past))\b")


def _clause_at(text: str, at: int) -> str:
    for s in _SENTENCE.finditer(text):
        if s.start() <= at < s.end():
            sentence, base = s.group(0), s.start()
            break
    else:
        return ""
    start, end = 0, len(sentence)
    for m in _CUT.finditer(sentence):
        if m.end() <= at - base:
            start = m.end()
        elif m.start() > at - base:
            end = m.start()
            break
    return sentence[start:end].strip()


def period_in_story(text: str, written: str | None) -> bool:
    """True when WRITTEN (the period as TEXT says it: "last year", "in september 2016") stands only in the story:
    its clause asks nothing (see the module's doc)."""
    if not written or not text:
        return False
    at = text.lower().find(written.lower())
    if at < 0:
        return False
    clause = _clause_at(text, at)
    if not clause:
        return False
    if re.match(rf"(?i)^\W*(?:(?:and|but|so|also|hi|hello|ok|okay)\W+)*{_ASK_OPEN}", clause) or "?" in clause:
        return False
    if _REQUEST_LINE.match(clause) or _LISTED.search(text[:at].rsplit("\n", 1)[-1] if "\n" in text[:at] else ""):
        return False  # fx56: "- all air quality monitoring results for Westgate Street from January 2020 onwards;": asked
    return not _TIMED_ASK.search(clause) and _tells(clause, written)


# lead47 (merged CI, ck29): a question that points back at the story's time ("how many patients died on ward 12 that
# year", "how many flood complaints did york council get the same year") asks for that period: it is the letter's
_SAME_TIME = re.compile(r"(?i)\b(?:that|the\s+same)\s+(?:year|month|period|week|quarter|summer|winter|spring|autumn)\b"
                        r"|\bat\s+(?:that|the\s+same)\s+time\b|\bduring\s+that\s+time\b")


def asked_back(text: str, written: str | None) -> bool:
    """lead47: TEXT, after the story's WRITTEN period, asks about that same time ("... that year", or the time said
    again)."""
    if not written or not text:
        return False
    low, said = text.lower(), written.lower()
    at = low.find(said)
    if at < 0:
        return False
    after = text[at + len(written):]
    # the time said again after the story ("... in 2024. how many ... in 2024", as framing writes "that year" out)
    return bool(_SAME_TIME.search(after)) or re.search(rf"(?<!\w){re.escape(said)}(?!\w)", after.lower()) is not None


_PEOPLE = frozenset("i my me we our us he she his him her they them their mum dad son daughter wife husband".split())


def _tells(clause: str, written: str) -> bool:
    """fx56: the clause tells something (a person, or a verb in the past: "my son was excluded last year", "the village
    centre flooded in september 2016"); a bare phrase of time ("For the period 2011 to the current date") tells
    nothing and is the request's own period."""
    from lemminflect import getAllLemmas

    rest = re.sub(re.escape(written), " ", clause, flags=re.I)
    for word in re.findall(r"[a-z]+", rest.lower()):
        if word in _PEOPLE or word in ("was", "were", "had", "did"):
            return True
        verbs = getAllLemmas(word).get("VERB") or ()
        if verbs and word not in verbs and word.endswith(("ed", "en", "t")) or (verbs and word in ("ran", "went", "got",
                                                                                                   "took", "came", "lost")):
            return True
    return False
