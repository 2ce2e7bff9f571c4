"""What one unit of a message does (un14, issue 8): only a unit that asks for recorded information may be a part.

A unit (a sentence, a list item, a line) does one of:

- "ask": asks for information: a question (a "?", a question word or an inverted auxiliary first), an imperative of
  asking ("please provide ...", "could you send ..."), a wish whose object names what is wanted ("I would like a
  copy of ...", "I want to know how many ..."), a reported ask ("she wants to know how many ...", "my client would
  like to know whether ..."), a noun phrase naming records ("The number of fines issued in 2024"), a conditional
  ask ("if so, please send the report");
- "preamble": letter furniture and the forms that only open a request: a greeting, a sign-off, thanks, "I am
  writing under the Act", "please treat this as a request under FOIA", "I am requesting information regarding X"
  (X is the subject of what follows, never a part of its own), "please provide the following:";
- "condition": a condition on the answer or its handling ("if it is held in a spreadsheet, please send it in that
  format", "I look forward to your reply within 20 working days", "should any part be exempt, release the rest");
- "story": what happened, told: a declarative clause in the past or about the writer ("my mum was on a trolley for
  14 hours", "i got a parking fine outside my own house");
- "opinion": what the writer thinks or feels: an evaluation, a judgement, an exclamation ("this is a disgrace",
  "i think the school is covering it up", "i want to see the figures for myself");
- "context": a statement of fact that is neither the writer's story nor a judgement ("The council has a contract
  with Serco", "I am a volunteer at a citizens advice office");
- "unsure": none of these by its grammar: callers keep what they did before.

Read by grammar (mood, person, tense, a verb or noun of asking, a question word) with the closed classes of English
and askfoi.questions's readings of furniture, lead-ins, conditions and statements; no list of topics or phrases of
one text.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9£$&]+(?:['\u2019][a-z]+)?")
_WH = frozenset("what which who whom whose when where how why whether".split())
_AUX = frozenset("is are was were do does did has have had can could will would should shall may might must am".split())
_SUBJECTS = frozenset("i we you he she it they there this that these those the a an any my our your his her their".split())
_OPENERS = frozenset("and also so but plus or then additionally further furthermore finally lastly secondly".split())
# the verbs a request is made with, as an imperative or after "can you" ("please provide", "could you send")
_ASK_VERBS = frozenset("provide give send tell supply share publish disclose list confirm release let show forward email "
                       "advise inform state identify attach specify outline detail explain describe indicate produce "
                       "clarify break".split())
# a wish: "i would like", "we want", "she wishes", "my client needs"
_WISH = re.compile(r"(?:would\s+(?:also\s+)?like|'d\s+(?:also\s+)?like|d\s+like|wants?|wanted|wish(?:es)?|need(?:s)?|"
                   r"(?:am|is|are|was)\s+(?:also\s+)?(?:asking|requesting|seeking|looking\s+for)|ask(?:s|ed)?|request(?:s|ed)?|"
                   r"(?:am|is|are)\s+writing\s+to\s+(?:ask|request|find\s+out|enquire))")
# who may wish: the writer, or someone the writer writes for ("she", "my client", "the constituent", "Mrs Khan")
_WISHER = re.compile(r"(?i)^\W*(?:(?:and|also|so|but)\s+)?(?P<who>i|we|she|he|they|(?:my|our|the|a|an|one)\s+(?:[a-z'\u2019]+\s+){0,2}?"
                     r"[a-z]+|(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+)"
                     r"\s+(?:also\s+|really\s+|just\s+|simply\s+)?")
_KNOW = re.compile(r"(?i)^(?:(?:to\s+)?(?:know|find\s+out|learn|ask|understand|be\s+told|see|establish)\s+|(?:me|us|him|her|them)\s+)(?P<what>(?:how|what|which|who|"
                   r"whom|whose|when|where|why|whether|if)\b.+)$")
# the object of a wish that only opens a request: "the following", "information regarding X", "to make a request"
_OPENING_OBJECT = re.compile(r"(?i)^(?:to\s+(?:make|submit|put\s+in)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:request|application)"
                             r"(?:\s+(?:under|for|in|to)\b.*)?|"
                             r"(?:to\s+(?:request|ask\s+for|obtain|receive)\s+)?(?:the\s+following|some\s+information|information|"
                             r"details)(?:\s+(?:regarding|about|on|relating\s+to|in\s+relation\s+to|concerning|with\s+regard\s+to|"
                             r"under)\b.*)?|under\s+the\b.*|(?:this|the)\s+(?:following\s+)?(?:information\s+)?(?:under|as)\b.*)\W*$")
# what a wish asks for: a record noun or a determiner before a noun phrase ("a copy of", "the minutes", "any reports")
_RECORD_OBJECT = re.compile(r"(?i)^(?:to\s+(?:see|have|get|receive|obtain|request|ask\s+for|access|view)\s+)?(?:a\s+copy|copies|"
                            r"(?:the|a|an|any|all|some|every|my|our|his|her|their|your)\s+\w+|details|figures|data|statistics|records|minutes|"
                            r"correspondence|emails|documents|information\s+(?:on|about|showing)\s+(?:how|what|which|who|whether))")
# a bare object that names nothing of its own: "the figures", "answers", "the truth" (said of what is asked elsewhere)
_BARE_OBJECT = re.compile(r"(?i)^(?:to\s+(?:see|have|get|know)\s+)?(?:the\s+)?(?:figures|numbers|truth|answers?|facts|information|"
                          r"data|details|results|documents?|evidence|report)\b(?:\s+for\s+(?:myself|ourselves|themselves|"
                          r"himself|herself))?\W*$")
# a judgement: the writer's view of something ("this is a disgrace", "i think ...", "what a waste")
_JUDGE = re.compile(r"(?i)^\W*(?:(?:and|but|so|honestly|frankly|really)\W+)*(?:i|we)\s+(?:really\s+|honestly\s+|just\s+)?"
                    r"(?:think|feel|believe|hope|doubt|suspect|reckon|am\s+(?:not\s+)?(?:sure|satisfied|happy|frustrated|angry|"
                    r"worried|concerned|disappointed|fed\s+up)|'m\s+(?:sure|worried|concerned|frustrated|angry))\b|"
                    r"^\W*what\s+an?\s+\w+|^\W*(?:it|this|that|they|he|she)\s+(?:is|was|are|were|'s|seems?|feels?)\s+"
                    r"(?:(?:a|an|an?\s+absolute|just|so|really|completely|totally|utterly)\s+)*(?:disgrace|joke|scandal|shambles|"
                    r"outrage|nonsense|ridiculous|unacceptable|appalling|disgraceful|shocking|heartbreaking|terrible|awful|"
                    r"wrong|unfair|extortionate|madness|absurd|outrageous|disgusting|pathetic)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|went|got|came|told|said|asked|saw|took|gave|made|found|left|died|became|"
                   r"[a-z]{3,}ed)\b")
_WRITER = frozenset("i we my our me us i'm i've i'd im ive id we've we're we'd weve were".split()) - {"were"}
_FRAGMENT_VERB = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|"
                            r"[a-z]{3,}(?:ed|ing))\b")


def _words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower().replace("\u2019", "'"))


def _core(words: list[str]) -> list[str]:
    """WORDS without the linking words and conditions of a follow-up in front ("and also", "if so")."""
    k = 0
    while k < len(words) - 1:
        if words[k] in _OPENERS:
            k += 1
        elif words[k] == "if" and k + 1 < len(words) and words[k + 1] in ("so", "yes", "not", "possible"):
            k += 2
        else:
            break
    return words[k:]


def _question(text: str, words: list[str]) -> bool:
    """A question by its shape: a "?" at the end of a clause, a question word first, an inverted auxiliary first."""
    if re.search(r"\?\s*\W*$", text):
        return True
    core = _core(words)
    if not core:
        return False
    if core[0] in _WH and len(core) > 1 and core[1] not in ("i", "we") and not (core[0] in ("when", "where") and len(core) > 1
                                                                                   and core[1] in ("you", "they", "he", "she", "my", "our")):
        return True  # "how many bins were missed", not "when i got home"
    # an auxiliary first, then its subject: "have lancashire police used ...", "is there a plan ..." (not "am", not "i/we")
    return core[0] in _AUX - {"am", "must"} and len(core) > 2 and core[1] not in ("i", "we", "not")


def _imperative_ask(words: list[str]) -> bool:
    """An imperative of asking addressed to the body: "please provide ...", "send me ...", "could you tell me ...",
    "can i have a copy ...", "if so, please send ..."."""
    core = _core(words)
    while core and core[0] in ("please", "kindly", "pls", "plz", "also"):
        core = core[1:]
    if len(core) >= 3 and core[0] in ("can", "could", "would", "will", "may") and core[1] in ("you", "u", "i", "we"):
        rest = core[2:]
        while rest and rest[0] in ("please", "also", "kindly"):
            rest = rest[1:]
        return bool(rest) and (rest[0] in _ASK_VERBS or rest[0] in ("have", "get", "see", "receive", "obtain", "be"))
    return bool(core) and core[0] in _ASK_VERBS and len(core) >= 2


def _wish(text: str) -> tuple[str, str] | None:
    """("writer" or "reported", the object) of a wish ("i would like X", "she wants to know Y"), or None."""
    m = _WISHER.match(text)
    if not m:
        return None
    rest = text[m.end():]
    w = re.match(r"(?i)(?:also\s+)?" + _WISH.pattern + r"\s+(?:also\s+)?(?:to\s+(?:request|ask\s+for)\s+|for\s+)?", rest)
    if not w:
        return None
    who = m.group("who").lower()
    return ("writer" if who in ("i", "we") else "reported", rest[w.end():].strip())


def _asked_noun_first(phrase: str) -> bool:
    """PHRASE opens on a noun of what a request asks for, after any determiner ("the number of fines", "copies of
    ..."), not on a topic ("the closure of the library", "parking enforcement")."""
    from askfoi.questions import _rules

    words = _words(phrase)[:3]
    if words and words[0] in ("the", "a", "an", "any", "all"):
        words = words[1:]
    return bool(words) and words[0] in _rules().asked_nouns


def unit_act(unit: str) -> str:
    """What UNIT (one sentence, list item or line of a message) does: "ask", "preamble", "condition", "story",
    "opinion", "context" or "unsure" (see the module's docstring)."""
    from askfoi.questions import (about_the_request, format_note, handling_condition, is_furniture, is_lead_in,
                                  is_statement, names_records)

    text = " ".join((unit or "").split()).strip()
    text = re.sub(r"^\W*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.):\]]|[-\u2022*])\s+", "", text)  # a list label
    words = _words(text)
    if not words:
        return "preamble"
    clauses = [c for c in re.split(r"(?i)\s*[,;]\s+|\s+[-\u2013\u2014]\s+|\s+(?=(?:and|but|so)\s+(?:i|we|she|he|they|my|our|a|an|the|"
                                   r"can|could|please|want|wants|would|need|needs|how|what|which|who|when|where|why)\b)", text)
               if re.search(r"\w", c)]
    if len(clauses) > 1 and not re.match(r"(?i)\W*(?:if|should|where|unless|in\s+the\s+event)\b", text):
        later = [unit_act(re.sub(r"(?i)^(?:and|but|so)\s+(?=(?:want|wants|would|need|needs)\b)", "i ", c)) for c in clauses[1:]]
        if "ask" in later and unit_act(clauses[0]) in ("story", "opinion", "context", "preamble"):
            return "ask"  # "we were told the library will close, can you send the consultation report": tells, then asks
    if len(words) <= 3 and not _FRAGMENT_VERB.search(text) and "?" not in text and not names_records(text) \
            and words[0] not in _WH and words[0] not in _AUX and not _imperative_ask(words):
        # a fragment naming nothing asked: a signature ("Priya"), "FOI request.", "quick one:", "lol"
        return "preamble"
    if words[0] in ("sorry", "apologies", "hope", "hoping"):
        return "preamble"  # "Sorry if this is the wrong place to ask.", "Hope you are well."
    wish = _wish(text)
    if wish is not None:
        who, obj = wish
        known = _KNOW.match(obj)
        if known:
            return "ask"  # "i would like to know how many ...", "she wants to know whether ..."
        if lead_object(text):
            return "ask"  # "information regarding the number of fines issued ...": what it names is asked
        if _OPENING_OBJECT.match(obj):
            return "preamble"  # "I am requesting information regarding X", "I would like to make a request"
        if who == "writer" and _BARE_OBJECT.match(obj):
            return "opinion"  # "i want to see the figures for myself", "we want answers": the motive, said of an ask
        if _RECORD_OBJECT.match(obj):
            return "ask"
        return "unsure"
    if _question(text, words):
        return "ask"
    if is_furniture(text) or is_lead_in(text):
        return "preamble"
    if handling_condition(text) or about_the_request(text) or format_note(text):
        return "condition"
    treat = re.match(r"(?i)\W*(?:please\s+)?(?:treat|consider|accept|take|regard|process)\s+(?:this|my|the)\b[^.?]{0,40}?\bas\s+"
                     r"(?:an?\s+)?(?:formal\s+|new\s+)?(?:request|application|foi)\b", text)
    if treat:
        return "preamble"  # "please treat this as a request under FOIA": the request named, nothing asked
    iffy = re.match(r"(?i)\W*(?:if|should|where|unless|in\s+the\s+event)\b(?!\s+(?:so|yes|not)\b)[^,]+,\s*(?:please\s+)?\w+\s+"
                    r"(?:(?:it|them|this|these|that|those|the\s+(?:information|data|remainder|rest|response|answer))\b)"
                    r"\s*(?:to\s+me\s+)?(?:in|as|by|via|electronically|separately)?\b", text)
    if iffy and (iffy.group(0).rstrip().split()[-1].lower() in ("in", "as", "by", "via", "electronically", "separately")
                 or re.search(r"(?i)\b(?:remainder|rest|release|withh?eld|exempt)\b", text)):
        return "condition"  # "if it is held in a spreadsheet, please send it in that format": how, not what
    if _imperative_ask(words):
        if re.search(r"(?i)\b(?:send|give|forward|email|provide|address|direct)\s+(?:me\s+|us\s+)?(?:the|your|any|an|a|it|this)?\s*"
                     r"(?:reply|replies|response|responses|answer|answers|acknowledg(?:e)?ment|receipt|it|them)\b"
                     r"(?:\s+(?:to|at|by|via)\s+(?:this|my|the|our)\b.*)?\W*$", text):
            return "condition"  # "please send the reply to this email address": where the answer goes, not what is asked
        return "ask"
    core = _core(words)
    if len(core) > 2 and core[0] in ("please", "kindly") and core[1] in ("note", "be", "bear", "accept"):
        return "condition"  # "please note i am happy to receive it by email": about the answer, asks nothing
    if names_records(text):
        return "ask"
    main = re.sub(r"(?i)^\W*(?:as|being|like)\s+[^,]{3,60},\s*", "", text)  # "As a parent of a child with SEND, I am frustrated."
    if _JUDGE.search(text) or _JUDGE.search(main) or text.rstrip().endswith("!"):
        return "opinion"
    if is_statement(text) or (words[0] in _WRITER and not re.search(r"(?i)\b(?:please|could\s+you|can\s+you)\b", text)):
        writer = any(w in _WRITER for w in words)
        if writer or _PAST.search(text):
            return "story"
        return "context"
    return "unsure"


def explicit_ask(unit: str) -> bool:
    """UNIT asks by a verb of asking, never by a question's shape alone (a question may be rhetoric): an imperative
    of asking addressed to the body ("can i have a copy of the falls policy", "please send the survey report"), a
    wish whose object names what is wanted ("i want a copy of my file"), or a wish to know, the writer's or one
    reported ("she wants to know how many complaints were made"); in a unit that tells first, its last clause."""
    text = " ".join((unit or "").split())
    if unit_act(text) != "ask" or re.match(r"(?i)\W*(?:if|should|where|unless|in\s+the\s+event|in\s+case)\b(?!\s+(?:so|yes)\b)", text):
        return False  # a condition with a clause of its own ("should any part be exempt, please release the rest")
    clauses = [c for c in re.split(r"(?i)\s*[,;]\s+|\s+(?=(?:and|but|so)\s+(?:i|we|she|he|they|my|our|can|could|please)\b)", text)
               if re.search(r"\w", c)]
    for clause in clauses:
        clause = re.sub(r"(?i)^\W*(?:and|but|so)\s+", "", clause)
        wish = _wish(clause)
        if wish is not None:
            _, obj = wish
            if _KNOW.match(obj) or (_RECORD_OBJECT.match(obj) and not _BARE_OBJECT.match(obj)):
                return True
            continue
        if _imperative_ask(_words(clause)) and not clause.rstrip().endswith("?") or re.match(
                r"(?i)\W*(?:please\s+)?(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get|see|receive|obtain)\s+"
                r"(?:a\s+copy|copies|the|any|all|details)\b", clause):
            return True
    return False


def lead_object(unit: str) -> str | None:
    """What a letter's opening form asks when what it is "regarding" names records or is a question: "I would like
    to request information regarding the number of fines issued in 2024" -> "the number of fines issued in 2024";
    None for a topic ("information regarding parking enforcement") or any other unit."""
    text = " ".join((unit or "").split())
    wish = _wish(text)
    if wish is None or not _OPENING_OBJECT.match(wish[1]):
        return None
    about = re.search(r"(?i)\b(?:regarding|about|on|relating\s+to|in\s+relation\s+to|concerning|with\s+regard\s+to)\s+(?P<x>.+)$",
                      wish[1])
    if about is None:
        return None
    x = about.group("x").strip().rstrip(".")
    return x if _asked_noun_first(x) or _question(x, _words(x)) else None


def preamble_before(text: str) -> str | None:
    """What TEXT asks after a preamble that ends in a colon ("I am writing under the Freedom of Information Act to
    request the following: how many potholes ...?" -> "how many potholes ...?"), or None when there is no such
    preamble or nothing asking follows it."""
    head, colon, tail = (text or "").partition(":")
    if not colon or not re.search(r"[^\W\d_]{2,}", tail) or len(head) > 200:
        return None
    if unit_act(head + ":") != "preamble" and unit_act(head) != "preamble":
        return None
    return tail.strip() if unit_act(tail) == "ask" else None


_ASKING_CUE = re.compile(r"(?i)\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|provide|send|supply|disclose|know|tell|cop(?:y|ies)|"
                         r"how\s+(?:many|much|long|often)|what|which|whether)\b")


def surely_not_asking(unit: str) -> bool:
    """UNIT asks nothing and nothing in it could: a preamble or a condition, or story, opinion or context without a
    verb of asking, a question word or "copy" in it ("I am therefore requesting again the list ...", read as story
    by a gap in the grammar, still holds "requesting"). Only such units are ever moved out of the parts."""
    act = unit_act(unit)
    if act in ("preamble", "condition"):
        return True
    return act in ("story", "opinion", "context") and not _ASKING_CUE.search(unit or "")


def asks(unit: str) -> bool:
    """UNIT asks for information, or its grammar leaves it unsure (so a caller never drops it)."""
    return unit_act(unit) in ("ask", "unsure")


def units_of(text: str) -> list[str]:
    """TEXT cut into its units: lines, and the sentences of each line (a full stop, "?" or "!" then a space)."""
    out: list[str] = []
    for line in re.split(r"\n+", text or ""):
        for s in re.split(r"(?<=[.?!])\s+(?=[\"'(\w£])", line.strip()):
            if re.search(r"\w", s):
                out.append(s.strip())
    return out
