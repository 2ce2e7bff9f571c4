"""fr28b (issue 8, item 2): an informal message framed from what it is about, not from its sentences.

A forum post or a chat message tells a story and rarely asks in so many words: "I've heard of people waiting 6+
months ... am just doing the ECHNA now? Wondering if anyone else in Lancashire has had a better experience". Editing
that sentence cannot make a request of it. What an FOI officer reads from it is a subject (EHC needs assessments),
a place (Lancashire) and the records that show the answer (statistics on how long the assessments take). Those
subjects, the records that answer them and the words that show a message is about one are data
(knowledge/vocab/informal_subjects.yaml); each proposed part is rendered from its frame by the kind's template, and
the person is told it was read from the message, to confirm or change (the "read-from-story" note).

- `subject_frames(text) -> list[Proposed]`: the frames a message's subjects propose, in order.
- `frame_subjects(framing, text)`: frame_message's step for an informal message (never a formal request, never
  subject access): the person's sentences kept whole as parts (`kept_words`) give way to the subject's frames; a
  message asked back as a whole gets the frames instead of the questions; parts already framed from the message
  stay, and a subject they already ask is not proposed again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Part:
    kind: str
    subject: str
    why: str | None
    when: re.Pattern[str] | None
    place: bool
    place_prep: str | None
    needs_place: bool
    breakdown: str | None
    clause: str = ""  # cx35: what follows the place in a document's part ("showing the dates it starts and ends")


@dataclass(frozen=True)
class _Subject:
    key: str
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]
    place: bool
    environmental: bool
    parts: tuple[_Part, ...]
    ask_place: dict | None = None  # cx36: {"words": "the road", "example": ...}: asked which, when no place is named


@dataclass
class Proposed:
    frame: object  # askfoi.framing.Frame
    subject: str  # the vocabulary's key ("ehc_assessments")
    words: str  # the words of the message that show the subject ("ECHNA")
    environmental: bool
    place_asked: dict | None = None  # cx36: the subject's place is unnamed: ask which (ask_place of the vocabulary)


def _asked_in(text: str, words: str) -> bool:
    """lead34: the sentence of TEXT that holds WORDS is a question the person asked (its part asks it in other words)."""
    from askfoi.implied_asks import _a_question

    said = " ".join((words or "").split())[:40].lower()
    for sentence in re.split(r"(?<=[.?!])\s+|\n+", text or ""):
        if said and said in " ".join(sentence.split()).lower():
            return _a_question(sentence)
    return False


@functools.lru_cache(maxsize=1)
def _subjects() -> tuple[_Subject, ...]:
    data, _ = load_vocab("informal_subjects")
    out = []
    for key, spec in (data.get("subjects") or {}).items():
        parts = tuple(_Part(kind=p["kind"], subject=p["subject"], why=p.get("why"),
                            when=re.compile(p["when"], re.I) if p.get("when") else None, place=p.get("place", True),
                            place_prep=p.get("place_prep"), needs_place=bool(p.get("needs_place")),
                            breakdown=p.get("breakdown"), clause=p.get("clause") or "")
                      for p in spec.get("parts") or [])
        out.append(_Subject(key=key, all=tuple(re.compile(x, re.I) for x in spec.get("all") or []),
                            none=tuple(re.compile(x, re.I) for x in spec.get("none") or []),
                            place=bool(spec.get("place")), environmental=bool(spec.get("environmental")), parts=parts,
                            ask_place=spec.get("ask_place") if isinstance(spec.get("ask_place"), dict) else None))
    return tuple(out)


_ONE_PERSONS = frozenset({"third-party-personal-data", "someone-elses-records", "deceased-records", "own-personal-data",
                          "their-own-data"})
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
# a place as people write it after a preposition: "on Hatton Park", "in Lancashire", "round Holland Market car park"
_PLACE = re.compile(r"\b(?P<prep>in|on|at|near|around|round|down|along|up)\s+(?P<name>(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|"
                    r"(?:car\s+park|road|street|lane|avenue|park|green|estate|common)\b))*)")
_FIGURE = re.compile(r"(?i)\b(?:increas\w*|ris(?:e|es|ing)|rais\w*|up)\s+(?:\w+\s+){0,3}?by\s+(?:a\s+\w+\s+)?"
                     r"(\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))")
_NOT_PLACES = frozenset("i i'm mum dad my our the a an it this that they we he she you september october november december "
                        "january february march april may june july august monday tuesday wednesday thursday friday "
                        "saturday sunday christmas easter covid lockdown god".split())


def _place(text: str, start: int) -> tuple[str, str] | None:
    """The place named in the sentence of TEXT holding START (else in the message, when it names only one)."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    own = next(((a, b) for a, b in sentences if a <= start < b), None)

    def places(chunk: str, at: int = 0) -> list[tuple[str, str]]:
        found = []
        for m in sorted(_PLACE.finditer(chunk), key=lambda m: abs(m.start() - at)):  # the nearest first
            name = m.group("name").strip()
            first = re.sub(r"^the\s+", "", name).split()[0].lower()
            if first in _NOT_PLACES or len(name.split()) > 5:
                continue
            if re.search(r"['\u2019]s$", name) and re.match(r"\s+[a-z]", chunk[m.end():]):
                # "on Saint Mary's School's roof": the place is the school
                found.append(("at", name[:-2]))
                continue
            prep = m.group("prep")
            found.append(({"round": "at", "around": "at", "down": "on", "along": "on", "up": "on"}.get(prep, prep), name))
        return found

    if own:
        near = places(text[own[0]:own[1]], start - own[0])
        if near:
            return near[0]
    every = list(dict.fromkeys(places(text)))
    return every[0] if len(every) == 1 else None


def subject_frames(text: str) -> list[Proposed]:
    """The frames TEXT's subjects propose (see the module's doc), rendered, with the words that show each."""
    from askfoi.framing import Frame, Qualifiers, render_frame

    out: list[Proposed] = []
    for spec in _subjects():
        hits = [p.search(text) for p in spec.all]
        if not all(hits) or any(p.search(text) for p in spec.none):
            continue
        first = min(hits, key=lambda m: m.start())
        where = _place(text, first.start()) if spec.place else None
        for part in spec.parts:
            if part.when is not None and not part.when.search(text) or part.needs_place and not where:
                continue
            q = Qualifiers(breakdown=part.breakdown)
            if where and part.place:
                q.place_prep, q.place = where
                q.place_prep = part.place_prep or q.place_prep
            figure = _FIGURE.search(text)  # "is increasing by a whopping 48 per cent": the figure the story gives
            why = (part.why or "").replace("{figure}", f"{' '.join(figure.group(1).split())} " if figure else "") or None
            subject = part.subject
            named = {g: _document_named(v) for h in hits for g, v in h.groupdict().items() if v}
            if any(f"{{{g}}}" in subject + (why or "") and g not in named for g in ("doc", "thing")):
                continue
            for g, v in named.items():  # cx35: the thing the story names ("the chair's report"), in the officer's words
                subject = subject.replace(f"{{{g}}}", v)
                why = why.replace(f"{{{g}}}", v) if why else why
            frame = Frame(kind=part.kind, subject=subject, qualifiers=q, why=why, clause=part.clause,
                          source=" ".join(first.group(0).split()))
            frame.text = render_frame(frame)
            if frame.text:
                out.append(Proposed(frame=frame, subject=spec.key, words=" ".join(first.group(0).split()),
                                    environmental=spec.environmental,
                                    place_asked=spec.ask_place if spec.ask_place and not where and part.place else None))
    return out


def _document_named(doc: str) -> str:
    """cx35: DOC, a document or a place as the story names it ("his annual report", "the investigation report",
    "playground"), as the officer reads it: "the" for the writer's own or a pointing word, spaces tidied."""
    doc = " ".join(doc.split()).replace("\u2019", "'")
    return re.sub(r"(?i)^(?:this|that|these|those|our|my)\s+", "the ", doc)


def frame_subjects(framing, text: str) -> list[Proposed]:
    """FRAMING (an informal message's) with the frames its subjects propose; returns those used."""
    from askfoi.checks import Finding
    from askfoi.sentence_acts import formal_request, informal_message
    from askfoi.templates import render

    if framing.route != "foi" or formal_request(text):
        return []
    if any(getattr(f, "code", "") in _ONE_PERSONS for f in framing.findings):
        return []
    if any(getattr(f, "code", "") in _COVERT for f in framing.findings):
        return []  # lead 28: "do the met use those fake phone masts to track phones": surveillance, not a mast's planning  # "can i see the complaints about him": one person's case, said as such, never turned into statistics
    if not informal_message(text) and any(not p.kept_words for p in framing.parts):
        return []  # a message that asks in so many words, framed from its own questions
    found = subject_frames(text)
    if not found:
        return []

    def flat(x: str | None) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", (x or "").lower()))

    specs = {spec.key: spec for spec in _subjects()}

    def asks_it(p, key: str) -> bool:  # the person's own question about the subject ("How many ... damp and mould ...?")
        said = p.source or p.text or ""
        return p.kept_words and bool(_ASKS.search(said)) and not _OTHERS.search(said) \
            and all(c.search(said) for c in specs[key].all)

    asked = {f.subject for f in found if any(asks_it(p, f.subject) for p in framing.parts)}
    found = [f for f in found if f.subject not in asked]
    kept = [p for p in framing.parts if not (p.kept_words and _story_part(p.source or p.text)) or _asks_for_records(p)
            or any(asks_it(p, key) for key in asked)
            or named_records(p.text or "") is not None and not (p.text or "").rstrip().endswith("?")]
    named = named_records(text)
    noun = _record_noun(named) if named is not None else None
    if noun and any(re.search(rf"(?i)\b{re.escape(noun)}", f.frame.text or "") for f in found):
        named = None  # the subject's own records are the ones named ("the chair's report"): they stand
    if named is not None:
        # ap99 (nc99 #1): records the person named ("the emails between their transport people and two councillors",
        # "the letters from residents") win over the subject's own records: the subject is never proposed in their
        # place, and records named only in the story ("i asked them for the emails between ...") are framed from it
        framed = [] if any(named_records(p.text or "") for p in kept) else _framed_named(framing, text, named)
        if framed or any(named_records(p.text or "") for p in kept):
            kept += framed
            found = []
        else:
            named = None  # named records that frame as no part of their own: the subject's frames stand
    used = [f for f in found if not any(flat(f.frame.subject) and flat(f.frame.subject) in flat(p.text) for p in kept)
            and not any(all(c.search(p.text or "") for c in specs[f.subject].all) for p in kept if p.kept_words)
            # lead 28: a part the person keeps already asks about the subject itself ("The damp and mould policy.")
            and not any(specs[f.subject].all[0].search(p.text or "") for p in kept)]
    if not used and not (named is not None and kept != list(framing.parts)):
        return []  # the person asked about it in their own question ("how many of them had an EHCP?")
    old = list(framing.parts)
    was_empty = not old
    gone = [p for p in old if p not in kept]
    framing.remarks += [(p.source or p.text).strip() for p in gone]
    framing.parts = kept + [f.frame for f in used]
    renumber = {old.index(p) + 1: framing.parts.index(p) + 1 for p in kept if p in old}
    findings = []
    from askfoi.implied_asks import _WHOLE_LETTER

    for f in framing.findings:
        n = getattr(f, "part", None)
        if n is not None and n not in renumber and getattr(f, "code", "") in _WHOLE_LETTER - {"environmental-information"}:
            f = f.model_copy(update={"part": None})  # cx35: "which organisation?" is the letter's, whatever its parts
            n = None
        if n is not None and n not in renumber:
            continue  # about a sentence that is no longer a part
        if getattr(f, "code", "") in ("too-vague", "story-reference") and n is None:
            continue
        if getattr(f, "code", "") == "not-recorded-information" and n is None and any(
                len(specs[u.subject].all) >= 2 and all(c.search(getattr(f, "evidence", "") or "")
                                                       for c in specs[u.subject].all[1:]) for u in used):
            continue  # cx36: "he asked why his parents were not in the meeting ...": the story's records answer it
        findings.append(f.model_copy(update={"part": renumber[n]}) if n is not None and renumber[n] != n else f)
    for f in used:
        n = framing.parts.index(f.frame) + 1
        findings.append(Finding(
            code="read-from-story", severity="low", evidence=f.words[:160], part=n,
            message=" ".join(render("frames/read_from_story.j2", n=n, words=f.words[:160], part=f.frame.text,
                                    asked=_asked_in(text, f.words)).split()),
            suggestion=" ".join(render("frames/read_from_story_fix.j2", n=n).split())))
    framing.findings = findings
    _environmental_route(framing, used)
    if not kept:
        _story_period_out(framing, text)
    if was_empty:  # the message was asked back as a whole: the frames answer what it was asked
        body = render("frames/informal_questions.j2", ask="body").strip()
        # cx35: but not which body holds them, when the message names none ("our road has been made one way")
        framing.questions = [body] if framing.authority is None and not getattr(framing, "body_question", None) \
            and body in framing.questions else []
        framing.unframed, framing.pending = [], []
    _place_asked(framing, used)
    return used


def _place_asked(framing, used: list[Proposed]) -> None:
    """cx36: the records of a story's unnamed road or trees ("a road near us has been partially closed", "2 mature
    trees opposite where I live"): the person is asked which (prompts/frames/which_story_place.j2), once, and the
    part waits for the answer (Framing.held)."""
    from askfoi.templates import render

    asked = next((f for f in used if f.place_asked), None)
    if asked is None:
        return
    question = " ".join(render("frames/which_story_place.j2", words=asked.place_asked.get("words") or "the place",
                               part=asked.frame.text, example=asked.place_asked.get("example") or "").split())
    if question not in framing.questions:
        framing.questions.append(question)
        framing.held.append({"part": asked.frame.text, "question": question})


def _environmental_route(framing, used: list[Proposed]) -> None:
    """A letter whose every part is an environmental subject's (a mast's planning and emissions, grass cutting, trees
    felled) goes under the EIR (the EISR in Scotland), with the check's own finding saying why."""
    from askfoi.checks import check_request

    if framing.regime not in ("FOIA", "FOISA") or not used or not all(f.environmental for f in used) \
            or len(used) != len(framing.parts):
        return
    said = check_request(" ".join(f.frame.text for f in used), framing.authority.name if framing.authority else None)
    if said.regime.value != "EIR":
        return
    framing.regime = "EISR" if framing.regime == "FOISA" else "EIR"
    have = {getattr(f, "code", "") for f in framing.findings}
    framing.findings += [f for f in said.findings if f.code == "environmental-information" and f.code not in have]


def _story_period_out(framing, text: str) -> None:
    """A period that only the story gives ("Child is due to start school in September 2025") is not the period of a
    letter whose every part was proposed from the message's subject: the person is asked for one instead."""
    said = framing.period_text or ""
    at = text.find(said) if said else -1
    if at < 0:
        return
    sentence = next((m for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), None)
    if sentence is None or not _TELLER.search(sentence.group(0)):
        return
    before = text[sentence.start():at][-60:]
    if not _ASKING.search(before):
        framing.period, framing.period_text = None, None


_TELLER = re.compile(r"(?i)\b(?:i|i'm|i've|i'd|we|we're|we've|my|our|us|child|son|daughter|mum|dad|husband|wife)\b")
_ASKING = re.compile(r"(?i)\b(?:how|what|which|when|statistics|figures?|data|numbers?|since|between|from|during|last|"
                     r"past|per|each|total|spent|cost)\b")


_ASKS = re.compile(r"(?i)^\W*(?:how\s+(?:many|much|often|long|far|is|are|was|were|do|does|did|has|have)\b|what|which|when|"
                   r"where|who|whom|whose|please|can\s+i\s+(?:have|see|get))\b")  # a yes/no question is the subject's frame's
_POINTS = re.compile(r"(?i)\b(?:on|about|for|of|with|to)\s+(?:it|this|that|them|these|those)\s*[?.!]*$")
_OTHERS = re.compile(r"(?i)\b(?:i|i'm|i've|i'd|me|my|we|we're|our|us|anyone|anybody|someone|somebody|does\s+anyone)\b")


_COVERT = frozenset({"ncnd-risk", "covert-tactic", "covert-technology"})
# lead 28: a part that already asks for records as a noun phrase ("The councils tree policy.", "The list of trees
# felled on our estate.") or was asked for in so many words ("could u send ...", "please provide ...") is the person's
# own request, whatever else it says; only story, remarks and yes/no questions give way to a subject's frames
_ASKED_FOR = re.compile(r"(?i)^\W*(?:(?:could|can|would|will)\s+(?:you|u|ya|they|the\s+\w+)\s+(?:please\s+|pls\s+|plz\s+)?"
                        r"(?:send|provide|give|supply|share|publish|release|email)|please\s+(?:send|provide|give|supply|share)|"
                        r"i\s+(?:would|'d)\s+like\s+(?:a\s+copy|copies|the|a\s+list|details|to\s+see)|"
                        r"i\s+(?:want|need|request)\s+(?:a\s+copy|copies|the|a\s+list|details))\b")
_RECORD_PHRASE = re.compile(r"(?i)^\W*(?:the|a|an|any|all|copies\s+of|a\s+copy\s+of|details\s+of)\b[^?]*\b(?:polic(?:y|ies)|list|"
                            r"number|minutes|reports?|records?|contracts?|data|figures|total|spend|spent|costs?|budgets?|"
                            r"plans?|assessments?|register|correspondence|emails?|guidance|procedures?|statistics|"
                            r"agendas?|invoices?|logs?|strateg(?:y|ies)|schedules?)\b[^?]*[.]?$")


@functools.lru_cache(maxsize=1)
def _named_records_pattern() -> re.Pattern[str]:
    """ap99: a noun phrase naming records of the body's (discourse_marks.yaml record_nouns; not "copy", which opens a
    phrase, nor "data"/"figures"/"list", which name no record of their own), with what ties it to its subject."""
    data, _ = load_vocab("discourse_marks")
    nouns = [n for n in (data.get("record_nouns") or []) if n not in ("copy", "copies", "data", "figures", "list",
                                                                      "breakdown", "file", "files")]
    nouns = sorted(nouns, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:the|any|all|their|its|his|her|your|copies\s+of\s+the|a\s+copy\s+of\s+the)\s+"
                      r"(?:(?!(?:for|the|a|an|to|of|about|from|with|on|and|or|in|at|by|they|it)\b)[\w'-]+\s+){0,3}?(?:" + "|".join(map(re.escape, nouns)) + r"|e-mails|texts|whatsapps?|"
                      r"messages|memos?|briefings?)\s+(?:between|from|to|with|about|on|of|for|regarding|sent|written|"
                      r"relating)\b[^.?!,;]*")


# ap99: where a named record's phrase ends: the story that goes on after it ("... and they said no", "... but")
_NAMED_END = re.compile(r"(?i)\s+(?:(?:and|but|so|then)\s+(?:they|it|he|she|i|we|the\s+\w+\s+(?:said|refused|replied))\b"
                        r"|because\b|cos\b|as\s+they\b|(?:last|this)\s+(?:week|month|year)\b|\d+\s+(?:days?|weeks?|months?)\s+ago\b)")


def named_records(text: str) -> str | None:
    """ap99 (nc99 #1): the records TEXT names in so many words ("the emails between their transport people and two
    councillors about the heavitree low traffic neighbourhood", "the letters from residents about the ltn"), up to
    where the story goes on; None when it names none."""
    m = _named_records_pattern().search(text or "")
    if m is None:
        return None
    return _NAMED_END.split(m.group(0), maxsplit=1)[0].strip(" -:")


def _record_noun(named: str) -> str | None:
    """The record noun of NAMED, a phrase `named_records` found ("emails", "letters", "report"), without a plural -s."""
    m = _named_records_pattern().match(named + " of")
    if m is None:
        return None
    words = re.findall(r"[\w'-]+", named.lower())
    data, _ = load_vocab("discourse_marks")
    nouns = set(data.get("record_nouns") or []) | {"e-mails", "texts", "messages", "memos", "memo", "briefings", "briefing"}
    head = next((w for w in words if w in nouns and w not in ("copy", "copies")), None)
    return head[:-1] if head and head.endswith("s") and len(head) > 4 else head


# ap99: the records a told request asked for follow its verb: "i asked devon county council for the emails ..."
_TOLD_ASK = re.compile(r"(?i)\b(?:ask(?:e|)d|emailed|e-mailed|wrote\s+to|contacted|requested)\b[^.?!]{0,80}\bfor\s+$")


def _framed_named(framing, text: str, named: str) -> list:
    """ap99: the parts framed from records the person named only inside a told request ("i asked devon county council
    for the emails between their transport people and ..."), as "I want <them>" is framed, the body's own "their" as
    "your"; [] when they were not asked for in the story, or frame as no request for records."""
    if " ".join(named.split()).lower() == " ".join((text or "").split()).lower().strip(" .?!"):
        return []
    from askfoi.framing import frame_message

    at = (text or "").find(named)
    if at < 0 or not _TOLD_ASK.search(text[:at]):
        return []  # named records not asked for in the story ("what is their policy on ..."): the framing stands
    from askfoi.followup import to_the_body

    named = to_the_body(named) or named  # asked of the body: its "their" is "your"
    try:
        inner = frame_message(f"I want {named}.", framing.authority.name if framing.authority else None)
    except Exception:  # noqa: BLE001 - the framing stands without them
        return []
    return [p for p in inner.parts if named_records(p.text or "") is not None] if len(inner.parts) == 1 else []


def asks_outright(question: str) -> bool:
    """fr29b: QUESTION asks in so many words ("how many ...", "what ...", "please ..."), not yes or no: a part this
    module's subject frames never replace."""
    return bool(_ASKS.search(question or ""))


def _asks_for_records(part) -> bool:
    """PART is the person's own request for records: asked for in so many words, or a noun phrase naming records."""
    return bool(_ASKED_FOR.search(part.source or "") or _RECORD_PHRASE.search(part.text or ""))


def _story_part(said: str) -> bool:
    """A part kept whole that is the person's story, not their own question: it tells ("Where it has been cut, it
    has not been cut regularly enough"), speaks of the writer or asks other readers ("Wondering if anyone else ..."),
    points at what only the story names ("Is there an actual policy on it?"), or asks yes or no ("Does the council
    raise its contribution when the fees go up?": the subject's policy frame asks it as records). "How many of the pupils had an
    EHCP?" is the person's own question and stays."""
    from askfoi.framing import points_at_story

    return not _ASKS.search(said or "") or bool(_OTHERS.search(said or "") or _POINTS.search(said or "")) \
        or points_at_story(said or "")
