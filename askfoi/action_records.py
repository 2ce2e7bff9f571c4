"""fr30: a "what did they do / decide / say" question turned into the records that would show the answer.

An authority holds no answer to "what did the council do after the flood", but it may hold the records of what it
did (reports, minutes, work orders), of what it decided (the decision record, minutes), and the documents a question
asks what they say ("what does the admissions policy say about temporary addresses" is the policy itself).

The clause is read by its grammar, not by phrases: a wh-word "what", an auxiliary (do/does/did/has/have/will), a
subject noun phrase up to the verb, a verb from the closed set below, and what follows it:

- act "done": the subject did something (do, done, take action) -> the action taken by the subject about / after X
- act "decided": decide, agree, conclude -> the decision the subject made about X
- act "said": the subject is a record (policy, survey, report, minutes, plan, schedule, letter, ...) and the verb
  is say / show / find / recommend -> a copy of that record (relating to X)
- act "found": an inquiry (investigation, review, inspection, enquiry) found -> its findings
- act "sent": send, write, give -> a copy of what the subject sent (to Y)

A subject that is a pointer ("they", "it") or the person themself ("I", "we") is left to the callers (a pointer is
resolved from the story or asked about elsewhere); a clause the grammar does not fit gives None.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

_AUX = r"(?:do|does|did|has|have|had|will|would|is|are|was|were)"
_POINTERS = frozenset("it they them this that these those he she i we you us me my our their his her its".split())
_DETS = frozenset("the a an this that these those its their your our my his her some any".split())
# verbs: the closed set of what a body does with a matter (lemmas and their forms as people type them)
_DONE = frozenset("do done doing did".split())
_DECIDED = frozenset("decide decided agree agreed conclude concluded".split())
_SAID = frozenset("say said show showed shown recommend recommended conclude concluded find found".split())
_SENT = frozenset("send sent write wrote written give gave given".split())
_INQUIRY = frozenset("investigation investigations review reviews inspection inspections enquiry enquiries inquiry "
                     "inquiries audit audits assessment".split())
# the nouns that name a record: a question asking what one says asks for the record
_RECORDS = frozenset("policy policies survey surveys report reports minutes plan plans schedule schedules letter letters "
                     "guidance procedure procedures strategy assessment assessments consultation consultations "
                     "results agreement contract code rules criteria notes review investigation inspection "
                     "audit enquiry inquiry findings".split())
_PREPS = frozenset("about after with on over regarding to for".split())
_WORD = re.compile(r"[A-Za-z0-9][\w'’&/-]*")


class ActionAsk(BaseModel):
    act: str  # done | decided | said | found | sent | happened
    subject: str  # who acted, or the record asked about, as typed ("the council", "the admissions policy")
    about: str | None = None  # what the act was about / after ("the flood", "temporary addresses")
    prep: str | None = None  # the preposition before ABOUT as typed ("after", "about")


def _np(words: list[str]) -> bool:
    """WORDS is a noun phrase a part can name: not a pointer or the person, at most eight words, no verb-like start."""
    return bool(words) and len(words) <= 8 and words[0].lower() not in _POINTERS and not any(
        w.lower() in ("i", "we", "me", "my", "our", "us") for w in words)


def _event_words() -> tuple[frozenset[str], str]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("clause_asks")
    data = data if isinstance(data, dict) else {}
    verbs = sorted({" ".join(str(v).lower().split()) for v in data.get("event_verbs") or []}, key=len, reverse=True)
    return (frozenset(str(w).lower() for w in data.get("event_nouns") or []),
            "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs))


def _happened(c: str) -> ActionAsk | None:
    """fx56 (nc53 #8): "what happened at the College Green protest (on Saturday)": the event, named by a noun phrase
    whose head is an event noun (knowledge/vocab/clause_asks.yaml event_nouns); what follows the head ("on
    Saturday", "in Bristol") stays with it."""
    nouns, verbs = _event_words()
    if not nouns or not verbs:
        return None
    m = re.match(rf"(?i)^what\s+(?:exactly\s+|actually\s+)?(?:{verbs})\s+(at|during|on|in)\s+(.+)$", c)
    if not m:
        return None
    words = _WORD.findall(m.group(2))
    head = next((i for i, w in enumerate(words[:7]) if w.lower() in nouns), None)
    if head is None or not _np(words[:head + 1]) or any(w.lower() in _PREPS for w in words[:head]):
        return None
    if words[0].lower() not in _DETS and not words[0][:1].isupper():
        return None  # "what happened at work": no event named
    if words[0].lower() in ("my", "our", "your"):
        return None
    tail = words[head + 1:]
    if tail and re.search(r"(?i)\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", " ".join(tail)):
        tail = []  # "on 4 May", "in March 2025": a date the period is read from, never said twice
    return ActionAsk(act="happened", subject=" ".join([*words[:head + 1], *tail]))


def read_action(clause: str) -> ActionAsk | None:
    """CLAUSE ("what did the ccg decide about the surgery") as an ActionAsk, or None."""
    c = clause.strip().rstrip(" ?.!")
    c = re.sub(r"(?i)^(?:and|but|also|so)\s+", "", c)
    happened = _happened(c)
    if happened is not None:
        return happened
    whats = re.match(rf"(?i)^what(?:'s|s)?\s+(?:is|are)\s+(?:on|in)\s+(.+)$", c)
    if whats:
        words = _WORD.findall(whats.group(1))
        if _np(words) and words[-1].lower() in _RECORDS:
            return ActionAsk(act="said", subject=" ".join(words))
        return None
    m = re.match(rf"(?i)^what\s+(?:else\s+)?({_AUX})\s+(.+)$", c)
    if not m:
        return None
    words = _WORD.findall(m.group(2))
    for i, w in enumerate(words[1:], start=1):
        low = w.lower()
        if low in _DONE | _DECIDED | _SAID | _SENT:
            subject, rest = words[:i], words[i + 1:]
            break
    else:
        return None
    if subject and subject[0].lower() in ("their", "your", "its"):
        subject = ["the", *subject[1:]]  # "their highways maintenance plan": the body's own record, named as such
    if not _np(subject) or (subject[0].lower() not in _DETS and not subject[0][:1].isupper() and len(subject) > 1
                            and subject[0].lower() not in ("council", "police")):
        return None
    head = _head(subject)
    # "take action" / "do about": the object after the verb names what it was about
    prep = None
    about_words: list[str] = []
    if rest and rest[0].lower() in _PREPS:
        prep, about_words = rest[0].lower(), rest[1:]
    elif rest and low not in _SENT:
        return None  # "what did the council do the work with": an object of its own, not a matter: left as typed
    if about_words and not _np(about_words):
        return None  # "what did the council do about it": the pointer is the story's, left to the callers
    about = " ".join(about_words) or None
    if low in _SENT:
        to = rest[1:] if rest and rest[0].lower() == "to" else rest
        if to and not _np(to):
            return None
        return ActionAsk(act="sent", subject=" ".join(subject), about=" ".join(to) or None, prep="to" if to else None)
    if low in _SAID:
        if head in _INQUIRY and low in ("find", "found", "conclude", "concluded"):
            return ActionAsk(act="found", subject=" ".join(subject), about=about, prep=prep)
        if head in _RECORDS:
            return ActionAsk(act="said", subject=" ".join(subject), about=about, prep=prep)
        return None  # "what did the officer say": a spoken word is no record; left as typed
    if head in _RECORDS:
        return None
    if low in _DECIDED:
        return ActionAsk(act="decided", subject=" ".join(subject), about=about, prep=prep)
    if low in _DONE and about and m.group(1).lower() in ("did", "has", "have", "had") and prep != "with":
        # "what did the council do after the flood"; "what does the council do with complaints" is its procedure
        return ActionAsk(act="done", subject=" ".join(subject), about=about, prep=prep)
    return None


_RESULTS = frozenset("survey surveys consultation consultations".split())


def _head(words: list[str]) -> str:
    """The head noun of a noun phrase: the word before "of" when there is one ("the survey of patients")."""
    low = [w.lower() for w in words]
    return low[low.index("of") - 1] if "of" in low[1:] else low[-1]


def action_frame(clause: str, source: str, body: str | None = None):
    """The frame (askfoi.framing.Frame) for CLAUSE read by `read_action`, rendered by prompts/frames (reasons.j2 why
    modes "action" and "decided"; document.j2); None when the clause is not such a question. BODY: the body the letter
    goes to, as named (fx56: a police force holds the records of its policing of an event)."""
    from askfoi.framing import Frame, Qualifiers

    ask = read_action(clause)
    if ask is None:
        return None
    if ask.act == "happened":
        event = ask.subject[4:] if ask.subject.lower().startswith("the ") else ask.subject
        if body and re.search(r"(?i)\b(?:police|constabulary|met)\b", body):
            return Frame(kind="minutes_reports", source=source, subject=event, article=True, why=f"event:{event}",
                         qualifiers=Qualifiers())
        return Frame(kind="minutes_reports", source=source, subject=event, article=True)
    words = ask.subject.split()
    if words and words[0].lower() in ("their", "your", "its"):
        words[0] = "the"  # "their highways maintenance plan": the body's own record, named as such
    if not _np(words):
        return None
    subject = " ".join(words)
    about = f"{ask.prep} {ask.about}" if ask.about else ""
    if ask.act == "done":
        return Frame(kind="reasons", source=source, subject=ask.about, why=f"action:by {subject} {about}".strip())
    if ask.act == "decided":
        return Frame(kind="reasons", source=source, subject=ask.about or subject,
                     why=f"decided:{subject} made {about}".strip())
    bare = " ".join(words[1:]) if words[0].lower() == "the" else subject
    article = words[0].lower() == "the"
    if ask.act == "found":
        return Frame(kind="document", source=source, subject=f"findings of the {bare}" if article else f"findings of {bare}",
                     article=True, qualifiers=Qualifiers(about=ask.about))
    if ask.act == "sent":
        to = f" {about}" if about else ""
        return Frame(kind="document", source=source, subject=f"the documents {subject} sent{to}", article=False)
    if _head(words) in _RESULTS:
        return Frame(kind="document", source=source, subject=f"results of the {bare}" if article else f"results of {bare}",
                     article=True, qualifiers=Qualifiers(about=ask.about))
    return Frame(kind="document", source=source, subject=bare, article=article, qualifiers=Qualifiers(about=ask.about))
