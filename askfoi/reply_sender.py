"""Which organisation sent a reply the person pasted, read from the names the reply itself gives, so a follow-up
letter can greet that body ("Dear Essex Police Freedom of Information team,") when the person did not say.

A reply names bodies in several roles: its sender (letterhead, opening, sign-off, "Essex Police has located ..."),
the regulator in its rights notice, and third parties its answer mentions. Only a body named in full ("Leeds City
Council", "Home Office", not a bare place) that is never a regulator counts. It is the sender when it is the one such
body named in a writer's place: a line of the letterhead or sign-off (at the reply's first or last characters), the
subject of the reply's own verbs ("Essex Police has located"), or after "on behalf of"; of several there, the one
named more often than any other. Otherwise None: a wrong name in a salutation is worse than none."""

from __future__ import annotations

import functools
import re
from collections import Counter

from askfoi.knowledge import load_vocab


# "we have passed your request to the Home Office", "held by the DVLA", "please contact NHS England": a body
# the reply sends the person to or speaks of is not the one writing
_THIRD = re.compile(r"(?i)\b(?:to|by|from|with|contact|contacting|via|and|or)\s+(?:the\s+)?$")


# the writer's roles: "Essex Police has located ...", "Leeds City Council holds ...", "on behalf of the Home Office"
_SENDS = re.compile(r"(?i)\s*(?:(?:has|have|cannot|can't|can|could|may|must|does|do|did|is|are|holds?|held|received|will|would|"
                    r"confirms?|considers?|publishes|neither|only|does\s+not|aims|endeavours|seeks|processes)\b)")
_RECEIVED_BY = re.compile(r"(?i)\byour\s+(?:[\w-]+\s+){0,5}?(?:request|application|enquiry)\b[^.\n]{0,80}?\breceived\s+by\s+(?:the\s+)?$")
_ON_BEHALF = re.compile(r"(?i)\b(?:on\s+behalf\s+of|here\s+at|within|for\s+and\s+on\s+behalf\s+of)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str] | None, int, int]:
    data, _ = load_vocab("reply_sender")
    never = data.get("never_sender") or []
    head, tail = (list(data.get("edges") or []) + [600, 900])[:2]
    return (re.compile("|".join(f"(?:{p})" for p in never), re.I) if never else None), int(head), int(tail)


def reply_sender(reply: str | None) -> str | None:
    """The body that sent REPLY (its name as askfoi knows it), or None when the reply does not make it plain."""
    if not reply or not reply.strip():
        return None
    from askfoi.framing import named_bodies, named_in_full

    never, head, tail = _rules()
    text = reply[:20000]
    names: Counter[str] = Counter()
    edges: list[str] = []
    for name, (start, end), typed, sited, exact in named_bodies(text):
        # fu21: "your request for information received by the Metropolitan Police Service (MPS)": the body it came to
        received_by = bool(_RECEIVED_BY.search(text[max(0, start - 160):start]))
        if sited or not exact or not named_in_full(typed) or (never is not None and never.search(name)) \
                or (_THIRD.search(text[max(0, start - 40):start]) and not received_by):
            continue
        if received_by:
            edges.append(name)
        names[name] += 1
        # a line that begins with the name, or with "The" before it ("The University of Manchester" signing off)
        before = text[text.rfind("\n", 0, start) + 1:start]
        line_start = before.strip(" \t-:,").lower() in ("", "the")
        # a team, then the body, on the sign-off line ("Information Governance, Leeds City Council"): the body signs
        line_start = line_start or (end > len(text) - tail and bool(re.fullmatch(r"[A-Za-z&' ]{3,60},\s*(?:the\s+)?", before, re.I))
                                    and text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].strip(" .") == "")
        acronym = typed.isupper() and " " not in typed.strip()  # "SFRS": Scottish or Shropshire, only where it signs
        if (line_start and (start < head or end > len(text) - tail)) or (not acronym and (
                _SENDS.match(text[end:end + 30]) or _ON_BEHALF.search(text[max(0, start - 40):start]))):
            edges.append(name)
    at_edges = set(edges)
    if len(at_edges) == 1:
        return _without_acronym(edges[0])
    ranked = names.most_common(2)
    if at_edges and ranked and ranked[0][0] in at_edges and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return _without_acronym(ranked[0][0])
    if not at_edges:
        return signed_body(text)
    return None


def signed_body(reply: str | None) -> str | None:
    """ck24b: the body that signs REPLY on a line of its own, as written, when askfoi does not know it by name ("FOI
    Office / Manchester University NHS Foundation Trust" -> "Manchester University NHS Foundation Trust"): a short
    line of the sign-off (or else the letterhead) in capitals that ends in a body's word (reply_sender.yaml
    `signed_body_endings`), names no team and no regulator; None when no line is one, or two different lines are."""
    if not reply or not reply.strip():
        return None
    data, _ = load_vocab("reply_sender")
    endings = sorted((str(w).lower() for w in data.get("signed_body_endings") or []), key=len, reverse=True)
    team = [str(w).lower() for w in data.get("signed_team_words") or []]
    never, head, tail = _rules()
    if not endings:
        return None
    ends = re.compile(rf"(?i)\b(?:{'|'.join(re.escape(e) for e in endings)})$")
    teams = re.compile(rf"(?i)\b(?:{'|'.join(re.escape(t) for t in team)})\b") if team else None
    text = reply[:20000]
    lines = [ln.strip(" \t,.;:-") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    for block in (list(enumerate(lines))[-6:], list(enumerate(lines))[:4]):
        found = []
        for i, line in block:
            words = line.split()
            if i and len(lines[i - 1]) >= 60 and not re.search(r"[.!?:]$", lines[i - 1]):
                continue  # the end of a wrapped line ("... | West" / "Mercia Police"), not a line of its own
            if not 2 <= len(words) <= 10 or not ends.search(line) or (teams is not None and teams.search(line)):
                continue
            if never is not None and never.search(line):
                continue
            # a name, not a sentence: each word of three letters or more starts with a capital ("of", "and" may not)
            if any(w[:1].islower() for w in words if len(w) > 3):
                continue
            found.append(line)
        if len(set(found)) == 1:
            return found[0]
    return None


def _without_acronym(name: str) -> str:
    """fu21: "Metropolitan Police Service (MPS)" -> "Metropolitan Police Service": the letter greets the body by name."""
    return re.sub(r"\s*\([A-Z][A-Za-z&]{1,9}\)\s*$", "", name)


# "recorded by the Scottish Ambulance Service", "held by NHS England", "please contact the DVLA", "is the
# responsibility of Kent County Council": the body the reply says holds what was asked
_HOLDER = re.compile(r"(?i)\b(?:(?:held|recorded|collected|kept|maintained|published|owned|operated|run|managed|installed)\s+by|(?:please\s+)?contact(?:ing)?|"
                     r"responsibility\s+of|matter\s+for|directed\s+to|(?:re)?direct\s+your\s+request\s+to|"
                     r"(?:transferred|passed|forwarded|referred)\s+(?:your\s+request\s+)?(?:on\s+)?to)\s+(?:the\s+)?$")


def other_holder(reply: str | None) -> str | None:
    """The body a reply says holds the information instead of its writer, with "the" when the reply puts it there ("Ambulance turnaround times are recorded by
    the Scottish Ambulance Service"), or None: a known body named in full right after "held by", "recorded by",
    "please contact", "the responsibility of", "transferred to", never the reply's own writer or a regulator."""
    found = _holder_at(reply)
    return found[0] if found else None


def _holder_at(reply: str | None) -> tuple[str, int] | None:
    """other_holder's body and where the reply names it."""
    if not reply or not reply.strip():
        return None
    from askfoi.framing import named_bodies, named_in_full

    never, _, _ = _rules()
    text = reply[:20000]
    sender = reply_sender(text)
    for name, (start, _end), typed, sited, exact in named_bodies(text):
        if sited or not exact or not named_in_full(typed) or name == sender or (never is not None and never.search(name)):
            continue
        if _HOLDER.search(text[max(0, start - 60):start]):
            said_the = text[max(0, start - 4):start].lower() == "the " and not name.lower().startswith("the ")
            return ("the " if said_the else "") + name, start  # as the reply says it: "the Scottish Ambulance Service"
    return _unlisted_holder(text, sender)


_PUBLISHES = re.compile(r"(?i)\b(?:published|publishes|publish|available\s+(?:at|on|from|online|to\s+(?:view|download))|"
                        r"(?:on|from)\s+(?:its|their|the\s+\w+(?:'s)?)\s+web\s*(?:site|pages?))\b")
_WEB = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|nhs|police|co|ac)\.uk(?:/[^\s<>\"')]*)?")


def published_by(reply: str | None) -> str | None:
    """ny91 (nc88 #12): where the sentence naming other_holder's body says that body publishes what the reply points to
    ("CQC inspection reports are published by the CQC and are available at www.cqc.org.uk"): the web address it gives
    ("" when it gives none); None when it says only that the body holds it (then a new request to that body is the
    way)."""
    found = _holder_at(reply)
    if not found:
        return None
    text = reply[:20000]
    at = found[1]
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(": ", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find(".\n", at), text.find("\n", at)) if i >= 0]
    sentence = " ".join(text[start:min(ends) if ends else len(text)].split())
    if not _PUBLISHES.search(sentence):
        return None
    web = _WEB.search(sentence)
    return web.group(0).rstrip(".,;:") if web else ""


_UNLISTED_CUE = re.compile(r"(?i)\b(?:(?:held|recorded|collected|kept|maintained|published|owned|operated|run|managed|made|decided|"
                           r"taken|set)\s+by|(?:please\s+)?contact|responsibility\s+of|matter\s+for|"
                           r"(?:transferred|passed|forwarded|referred)\s+(?:your\s+request\s+)?(?:on\s+)?to)\s+(?:the\s+)?"
                           r"(?P<name>(?-i:[A-Z][\w&'\u2019-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w&'\u2019-]*){0,6}))")
# lead55: a post, team or committee inside the writer, never another body to transfer to
_OWN_ROLE = re.compile(r"(?i)\b(?:officers?|managers?|director(?:ate)?s?|executives?|clerks?|secretar(?:y|ies)|heads?|chief|"
                       r"team|department|unit|panel|committee|councillors?|members?|cabinet\s+member|staff)\b")
_NOT_HELD_HERE = re.compile(r"(?i)\b(?:does|do|did)\s+not\s+hold\b|\bnot\s+held\b|\bholds?\s+no\b|\bno\s+information\s+is\s+held\b")


def _unlisted_holder(text: str, sender: str | None) -> tuple[str, int] | None:
    """nx79 (nc76 #18): a body no authority list knows, named with its capitals after a holder's cue in a sentence (or
    the one after a sentence) that says the writer holds nothing ("South Wales Police does not hold this information.
    Decisions on safety camera sites in Wales are made by GoSafe, ..."): that body; None otherwise."""
    for m in _UNLISTED_CUE.finditer(text):
        name = m.group("name").strip()
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()))
        before = text[max(0, sentence_start - 200):m.start()]
        if not _NOT_HELD_HERE.search(before) or len(name) < 3 or (sender and name.lower() in sender.lower()):
            continue
        if re.fullmatch(r"(?i)(?:I|We|You|Your|Our|The|This|That|These|Section|Regulation|Act|Freedom|Information)", name.split()[0]):
            continue
        if _OWN_ROLE.search(name):
            continue  # lead55: "made by the Chief Operating Officer", "held by the Finance Team": a post or team of the writer
        return name, m.start("name")
    return None
