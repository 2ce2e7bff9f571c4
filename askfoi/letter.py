"""The request letter: from a person's answers to a letter an FOI officer can act on.

The letter cites the right law for the regime, lists the parts with the time period applied, states
the preferred format, says which parts to answer first if the cost limit bites, and asks for advice
and assistance. It carries the requester's name and, when they gave one, the email address to reply to (FOIA s8: an
address for correspondence; they are asked for it knowing it goes on the letter). The wording
lives in prompts/letters/. User text only ever reaches the templates as values, so "{{ 7*7 }}" in an
answer appears as typed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from types import SimpleNamespace

from pydantic import BaseModel, Field

from askfoi.answers import Answers, AnswersError
from askfoi.deadlines import deadline
from askfoi.knowledge import load_vocab
from askfoi.models import Nation, Regime
from askfoi.periods import Period, PeriodKind, explain_period_error, parse_period
from askfoi.templates import render

SUBJECT_MAX_CHARS = 70  # a subject line a mail client shows whole
NAME_REQUIRED = (Regime.FOIA, Regime.FOISA, Regime.SAR)  # FOIA s8, FOISA s8; a SAR must say who you are
NAME_PLACEHOLDER = "[your full name]"


class Letter(BaseModel):
    regime: Regime
    authority: str
    to: str | None
    subject: str
    body: str
    due: date | None
    # Additive fields (not in the first contract):
    law: str = ""  # the law the letter cites, in words
    requester_name: str | None = None
    reply_to: str | None = None  # the requester's email: the headers, and (ny94) under their name in the body
    parts: list[str] = Field(default_factory=list)
    deadline_explanation: str | None = None
    missing: list[str] = Field(default_factory=list)  # answers still needed before sending
    # af99 (nc97 #2): the dates a complaint to the Commissioner asks for that it could not give ("request", "reply",
    # "review request"): the person is asked for them
    undated: list[str] = Field(default_factory=list)
    caution: str | None = None  # fu21: what the person should know before sending it (a review that will almost surely fail)
    # lw53 (nc53 #1): the parts asked for under the EIR (EISR in Scotland) in a letter otherwise under the Act
    environmental_parts: list[int] = Field(default_factory=list)
    # au58 (nc58 #2): False for a plain request to a body no FOI law covers (no law cited, no legal due date)
    covered: bool = True




class _Format(BaseModel):
    words: list[str]
    phrase: str
    fallback: bool = False  # ny94: named only when no other format is ("email is fine"; "a spreadsheet by email")



# fu29: records that are recordings, which their holders keep only for a limited time (CCTV, body-worn video, 999 calls)
_FOOTAGE = re.compile(r"(?i)\b(?:cctv|footage|body[\s-]?worn|bodycams?|body\s+cams?|dash[\s-]?cams?|video\s+recordings?|"
                      r"(?:call|audio)\s+recordings?|999\s+calls?)\b")

def _format_phrase(preferred: str | None) -> tuple[str | None, str | None]:
    """(set phrase, None) when a known format is named, else (None, the person's own words)."""
    if not preferred:
        return None, None
    formats, _ = load_vocab("letter_formats", _Format)
    lowered = preferred.lower()
    named = [entry for entry in (formats.values() if isinstance(formats, dict) else [])
             if any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", lowered) for w in entry.words)]
    named = [entry for entry in named if not entry.fallback] or named
    if len(named) == 1 and not re.search(r"(?i)\bfor\s+(?:the|any|all|each|my|parts?|questions?|\d)", preferred):
        return named[0].phrase, None
    # lead49 (nc61 #7): two formats, or a format for some of the records ("spreadsheet for the numbers and pdfs for
    # the audit and emails"): the person's own words, never the first format alone
    return None, preferred


def letter_format(preferred: str | None) -> str | None:
    """ny94 (nc88 #13): the set phrase the letter uses for the format the person typed ("email is fine" -> "by
    email"), or None when the letter keeps their own words."""
    return _format_phrase(preferred)[0]


def _sar_identifiers(body, asked: str = "") -> list[dict]:
    """lead49 (nc61 #12): the details BODY needs to find a person's records (knowledge/vocab/sar_identifiers.yaml), as
    label and blank: by the body's name, else its kind, else the default. nx70 (nc67 #13): the reference follows the
    service ASKED (the letter's parts and the person's message) is about: a school transport application's or a
    pupil's reference, a tenancy reference, a hospital number, never always a council tax or housing reference."""
    data, _ = load_vocab("sar_identifiers")
    data = data if isinstance(data, dict) else {}
    items = None
    kind = getattr(getattr(body, "type", None), "value", "") if body is not None else ""
    if body is not None:
        items = (data.get("bodies") or {}).get(getattr(body, "name", "")) or (data.get("types") or {}).get(kind)
    items = [i for i in (items or data.get("default") or []) if isinstance(i, dict) and i.get("label") and i.get("blank")]
    said = " ".join((asked or "").lower().replace("\u2019", "'").split())
    for service in ((data.get("services") or {}).get(kind) or []) if said else []:
        words = [str(w).lower() for w in (service.get("words") or [])] if isinstance(service, dict) else []
        item = service.get("item") if isinstance(service, dict) else None
        if not isinstance(item, dict) or not any(re.search(rf"(?<![\w&]){re.escape(w)}(?![\w&])", said) for w in words):
            continue
        replaced = [k for k, i in enumerate(items) if i.get("blank") == service.get("replaces")]
        if replaced:
            items[replaced[0]] = item
        else:
            items = [*items, item]
        break
    return [{"label": str(i.get("label")), "blank": str(i.get("blank"))} for i in items]


def _known_of(resolved, answers: Answers):
    """The body the letter goes to as askfoi knows it (the turn's resolved request first), or None."""
    body = getattr(resolved, "authority", None) if resolved is not None else _resolve(answers.authority)
    return body if body is not None and getattr(body, "known", False) else None


def _resolve(name: str):
    """The authority as askfoi knows it, or None when the resolver is not available."""
    try:
        from askfoi.authorities import resolve_authority
    except ModuleNotFoundError as exc:
        if exc.name != "askfoi.authorities":
            raise
        return None
    return resolve_authority(name)


def _regime_for(answers: Answers, resolved) -> Regime:
    if answers.regime is not None:
        return answers.regime
    try:
        from askfoi.checks import check_request
    except ModuleNotFoundError as exc:
        if exc.name != "askfoi.checks":
            raise
        return resolved.regime if resolved is not None else Regime.FOIA
    return Regime(check_request("", answers.authority, period=answers.period, parts=answers.parts).regime)


def _short_period(period: Period) -> str:
    """The period as a subject line shows it: "2023", "2020/21 to 2023/24", "May 2024", "3 May 2024 to 4 Jun 2024"."""
    if getattr(period, "snapshot", False):  # nx79: the latest figures held, no range
        return "latest year held" if "year" in period.label else "latest figures"
    start, after = period.start, period.end + timedelta(days=1)
    kinds, _ = load_vocab("period_kinds", PeriodKind)
    for kind in kinds.values() if isinstance(kinds, dict) else []:
        first_day = (kind.start_month, kind.start_day)
        if (start.month, start.day) == first_day == (after.month, after.day) and after.year > start.year:
            if first_day == (1, 1):
                years = [str(start.year), str(after.year - 1)]
            else:
                years = [f"{y}/{(y + 1) % 100:02d}" for y in (start.year, after.year - 1)]
            return years[0] if years[0] == years[1] else " to ".join(years)
    if start.day == 1 and after.day == 1:
        ends = [f"{start:%b %Y}", f"{period.end:%b %Y}"]
    else:
        ends = [f"{start.day} {start:%b %Y}", f"{period.end.day} {period.end:%b %Y}"]
    return ends[0] if ends[0] == ends[1] else " to ".join(ends)


# lf61 (nc58 #9): a frame whose subject is a clause said back in statement order ("whether the cladding is acm or
# unsafe", "the council having given the housing association any money"): never the subject line's topic
_STATEMENT_HEAD = re.compile(r"(?i)^\s*(?:any\s+records?\s+(?:held\s+)?(?:of|showing)|any\s+recorded\s+information\s+showing|"
                             r"the\s+number\s+of\s+times|the\s+records\s+of\s+any)\b")


def statement_subject(frame) -> bool:
    """lf61 (nc58 #9): FRAME's subject is a clause, not a noun phrase a subject line can name."""
    why = (getattr(frame, "why", None) or "").split(":", 1)[0]
    if why == "judged":
        return False
    return why in ("whether", "why", "decision", "consider", "whole") or bool(
        getattr(frame, "kind", "") == "shown_by" and _STATEMENT_HEAD.match(getattr(frame, "head", "") or ""))


def frame_topic(frames, parts: list[str]) -> str | None:
    """lf61 (nc58 #9): the subject line's topic from the letter's frames: the first one in PARTS whose subject is a
    noun phrase (never a clause said back, a subject access item or a part kept in the person's words)."""
    from askfoi.framing import subject_problems
    from askfoi.topic_phrases import starts_as_noun

    for f in frames:
        if not f.subject or f.kind == "personal_data" or f.kept_words or f.text not in parts or statement_subject(f):
            continue
        if subject_problems(f.subject) or not starts_as_noun(f.subject):
            continue
        return topic_of(f.subject, getattr(f, "clause", ""))
    return None


def topic_of(subject: str, clause: str | None) -> str:
    """A frame's subject for the subject line, with the clause that says which ones when the subject is one word
    that names nothing alone ("people" -> "people on the housing waiting list")."""
    from askfoi.framing import subject_problems

    clause = (clause or "").strip()
    if len(subject.split()) == 1 and 2 <= len(clause.split()) <= 6 and not subject_problems(f"{subject} {clause}"):
        return f"{subject} {clause}"
    return subject


def _topic(answers: Answers) -> str | None:
    """What the request is about: the answers' topic, else the subject of the first part as framing reads it."""
    if answers.topic:
        return answers.topic
    from askfoi.framing import frame_message, noun_phrase, subject_problems

    from askfoi.topic_phrases import generic_head, names_something, part_topic, starts_as_noun

    def whole(phrase: str | None) -> bool:  # fr10c: a topic is a noun phrase a frame could take ("on CCTV cameras" is not)
        # lead39: nor a verb phrase a reasons frame was left with ("not been fixed"); nx67 (nc64 #14): nor a word
        # that names nothing alone, nor a fragment ("people", "18s")
        return bool(phrase) and not subject_problems(phrase) and starts_as_noun(phrase) and names_something(phrase)

    for part in answers.parts:
        framed = frame_message(part, from_story=False)  # lead 28: an agreed part, not a story
        subject = next((p.subject for p in framed.parts if p.subject and not p.kept_words and not statement_subject(p)),
                       None)  # lf61 (nc58 #9): never a clause said back ("the council having given ...")
        if whole(subject):
            return topic_of(subject, next((getattr(p, "clause", "") for p in framed.parts if p.subject == subject), ""))
    for part in answers.parts:
        counted = counted_things(part)
        if whole(counted):
            return counted
    found = noun_phrase(answers.parts[0]) if not _STATEMENT_HEAD.match(answers.parts[0]) else None  # lf61: no clause
    if found:  # fx56: "targets for jobcentre staff relating": a participle that opens a preposition ends no topic
        found = re.sub(r"(?i)(?:\s+(?:relating|according|regarding|concerning|including|involving|owing|due))+$", "", found)
    if whole(found) and not answers.parts[0].rstrip().endswith("?") and not generic_head(found):
        first, _, rest = found.partition(" ")
        return (first.lower() if first[1:].islower() else first) + (f" {rest}" if rest else "")
    return None


def _read_topic(answers: Answers) -> str | None:
    """lead39 (newcomer): parts kept in the person's words gave "Freedom of Information request: 2023"; when no frame
    gives the topic and the first part is too long to be the subject line, the topic is read by shape
    (askfoi/topic_phrases.py)."""
    from askfoi.topic_phrases import names_something, part_topic

    return next((t for t in (part_topic(p, answers.authority) for p in answers.parts
                             if not _STATEMENT_HEAD.match(p)) if t and names_something(t)), None)  # lf61: never
    # from a clause said back; nx67 (nc64 #14): never a fragment ("18s") or a word that names nothing alone


_STOP_TOPIC = frozenset("that this these those their his her my our its your each every per last in during since between "
                        "from for over under by within and or but because when where who which whether if".split())


def counted_things(question: str) -> str | None:
    """What a count question kept in the person's words counts, as a short noun phrase for the subject line:
    "How many patients fall on that hospital's wards each month?" -> "patients falling", "how many stop and
    searches did police scotland do" -> "stop and searches", "how many cars were towed" -> "cars towed"; None
    when the question counts no noun of its own."""
    from lemminflect import getAllLemmas, getInflection

    from askfoi.questions import _count_head

    found = _count_head(question)
    if not found:
        return None
    head, rest = found
    named = head.split()
    for i in range(1, len(named)):
        low = named[i].lower()
        if named[i - 1].lower().endswith("s") and low in (getAllLemmas(low).get("VERB") or ()):
            # "patients fall": a plural noun, then a verb in its base form (a noun before a noun is singular)
            head, rest = " ".join(named[:i]), " ".join([*named[i:], rest])
            break
    words = rest.split()
    if words and words[0].lower() in ("were", "was", "are", "is", "have", "has", "had", "been", "got", "get", "gets",
                                      "getting") and len(words) > 1:
        words = words[1:]  # "were towed": "towed"; nx70 (nc67 #9): "got refused": "refused", never "kids" alone
        verb = words[0].lower()
        said = [verb] if verb.endswith(("ed", "en", "wn")) else []
    elif words and words[0].lower() not in ("did", "do", "does", "will", "would", "can", "could", "got", "get"):
        low = words[0].lower()
        lemmas = getAllLemmas(low)
        verbs = lemmas.get("VERB") or ()
        doing = bool(verbs) and (not lemmas.get("NOUN") or low in verbs)  # "fall on", "found nothing": a verb
        ing = getInflection(verbs[0], "VBG") if doing else None
        said = [ing[0]] if ing else []
    else:
        said = []
    for word in words[1:] if said else []:
        low = word.lower().strip(",.?!;:")
        if low in _STOP_TOPIC or not re.fullmatch(r"[a-z'-]+", low) or len(said) >= 4:
            break
        said.append(word.strip(",.?!;:") if word[:1].isupper() else low)  # fx56 (nc53 #11): "Queen Alexandra", as typed
    while said and said[-1] in ("on", "at", "to", "of", "with", "into", "about", "the", "a", "an"):
        said.pop()
    return " ".join([head.lower() if head[1:].islower() else head, *said])


# a part that is a question or a request in the person's words ("Please confirm whether ...", "Could you ...")
_ASKING = re.compile(r"(?i)\W*(?:please|kindly|could|can|would|will|i\s+would|confirm|how|what|which|who|when|where|why|"
                     r"whether|is|are|do|does|did|has|have)\b")


_POINTS_BACK = re.compile(r"(?i)\b(?:of\s+them|of\s+those|of\s+these|they|them|it|this|that|those|these|he|she)\b")


def _subject(regime: Regime, parts: list[str], period: Period | None, topic: str | None = None,
             read_topic: str | None = None) -> str:
    """A short subject line: the topic and the period, in whole words, at most SUBJECT_MAX_CHARS; with no
    topic, the first part when it fits whole (a question only when it names what it asks about), else READ_TOPIC (what the parts are about, read by shape), else the
    period alone (never a question cut off)."""
    from askfoi.topic_phrases import names_something

    words = (topic or parts[0]).rstrip(" .?!").split()
    when = _short_period(period) if period else None
    if not topic and (parts[0].rstrip().endswith("?") or _ASKING.match(parts[0]) or _STATEMENT_HEAD.match(parts[0])):
        whole = render("letters/subject.txt.j2", regime=regime.value, topic=" ".join(words), period=None).strip()
        if len(whole) > SUBJECT_MAX_CHARS or not names_something(" ".join(words)) or _POINTS_BACK.search(parts[0]):
            # nx67 (nc64 #14): a question said back whole only when it fits and names what it asks about ("Is the park
            # going to be sold"), never cut, never one that leans on a pointer ("How many of them were refused")
            if read_topic:  # lead39: the topic read from the parts, never the period alone
                return _subject(regime, parts, period, read_topic)
            return render("letters/subject.txt.j2", regime=regime.value, topic=None, period=when).strip()
        return whole
    elif not topic and read_topic and len(render("letters/subject.txt.j2", regime=regime.value, topic=" ".join(words),
                                                  period=None).strip()) > SUBJECT_MAX_CHARS:
        return _subject(regime, parts, period, read_topic)  # lead39: a topic, never a part cut off with "..."
    links = {"of", "from", "on", "in", "at", "for", "about", "by", "with", "to", "between", "outside", "near", "around",
             "across", "within", "over", "under", "during", "after", "before", "since", "per", "inside", "into"}
    head = next((words[:i] for i, w in enumerate(words) if i and w.lower() in links), words)
    # fx56 (nc53 #11): a topic too long for the line is cut before one of its prepositions, the longest that fits
    # ("ambulances queuing" of "ambulances queuing outside Queen Alexandra Hospital"), never inside a name with "..."
    heads = [words[:i] for i in range(len(words) - 1, 0, -1) if words[i].lower() in links
             and words[i - 1].lower() not in ("relating", "according", "due", "and", "or", "the", "a", "an", "any")]
    tries = [(words, when), *((h, when) for h in heads), (words, None), *((h, None) for h in heads)] if topic else []
    tries += [(words[:n], None) for n in range(len(words) - (1 if topic else 0), 0, -1)]
    text = ""
    for shown, with_period in tries:
        label = " ".join(shown).rstrip(",;:")
        if len(shown) < len(words) and not (topic and (shown is head or any(shown is h for h in heads))):
            label += "..."
        text = render("letters/subject.txt.j2", regime=regime.value, topic=label, period=with_period).strip()
        if len(text) <= SUBJECT_MAX_CHARS:
            return text
    return text


def _tidy(text: str) -> str:
    """One blank line between paragraphs, no trailing spaces: templates need not count newlines."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


_LAW_NAMES = {
    Regime.FOIA: "Freedom of Information Act 2000",
    Regime.FOISA: "Freedom of Information (Scotland) Act 2002",
    Regime.EIR: "Environmental Information Regulations 2004",
    Regime.SAR: "UK GDPR Article 15 (subject access)",
}


_PLAIN = SimpleNamespace(value="PLAIN")


# a question word (with "much" / "many") followed by a subject: a noun clause ("how much the council spent", "what they
# pay", "whether the force uses"), which asks nothing by itself; a question puts a verb first ("how much did ...")
_NOUN_CLAUSE = re.compile(r"(?i)^\W*(?:(?:how(?:\s+(?:much|many|often|long))?|what|which|who|where|when|why)\s+(?:the|a|an|its|their|"
                          r"there|his|her|my|our|your|this|that|these|those|they|it|we|you|he|she|i)\b|whether\b|if\b)")


def statement_end(part: str) -> str:
    """nx67 (nc64 #14): PART as a letter lists it: a noun clause is no question, so it ends with a full stop, never "?"
    ("How much the incinerator is costing the council?" -> "...council."); a question stays a question."""
    text = part.rstrip()
    if text.endswith("?") and _NOUN_CLAUSE.match(text):
        return text.rstrip("?").rstrip() + "."
    return part


def draft_letter(answers: Answers, today: date | None = None, *, resolved=None) -> Letter:
    from askfoi.sar_items import children_named_in_sar, social_care_sar

    """The letter for ANSWERS. A missing name where the law needs one leaves a placeholder and is
    listed in Letter.missing (so a preview still shows); a period that cannot be read raises AnswersError.
    RESOLVED (askfoi.request.ResolvedRequest): the organisation, law and period already resolved this
    turn, used as they are instead of being resolved again."""
    today = today or date.today()
    period = found = None
    if resolved is not None:
        authority = resolved.authority_name or answers.authority
        regime = answers.regime or resolved.regime
        scotland = resolved.scotland
        body_regime = resolved.authority.regime if resolved.authority is not None and resolved.authority.known else None
        found = resolved.period
        period = found.label if found else None
    else:
        known_body = _resolve(answers.authority)
        known = known_body is not None and known_body.known
        authority = getattr(known_body, "letter_name", None) or known_body.name if known else answers.authority
        regime = _regime_for(answers, known_body)
        body_regime = known_body.regime if known else None
        scotland = regime == Regime.FOISA or (
            known and (known_body.nation == Nation.scotland or known_body.regime == Regime.FOISA)
        )
    environmental = list(getattr(resolved, "environmental_parts", None) or []) if resolved is not None else []
    if resolved is None and answers.regime is None and regime == Regime.EIR:
        # lw53 (nc53 #1): the law follows what each part asks for: a letter only partly environmental goes under the
        # Act, its environmental parts under the Regulations (askfoi.environmental.letter_law)
        environmental = environmental_parts(answers.parts, known_body.type.value if known else None)
        if environmental:
            regime = Regime.FOISA if scotland else Regime.FOIA
    if resolved is None and answers.period and answers.period.strip():
        found = parse_period(answers.period, today=today)
        if found is None:
            raise AnswersError(f"'period': {explain_period_error(answers.period, today=today)}")
        period = found.label
    format_phrase, format_text = _format_phrase(answers.preferred_format)
    parts = [as_at(said_once(p, period), period) for p in answers.parts] if regime != Regime.SAR else list(answers.parts)
    parts = [statement_end(p) for p in parts]  # nx67 (nc64 #14): "How much the incinerator is costing the council."
    missing = []
    name = answers.requester_name
    if not name and regime in NAME_REQUIRED and not (resolved is not None and getattr(resolved, "not_covered", None)):
        missing.append("requester_name")
        name = NAME_PLACEHOLDER
    plain = bool(resolved is not None and getattr(resolved, "not_covered", None) and regime != Regime.SAR)
    body = render(
        "letters/plain.txt.j2" if plain else f"letters/{regime.value.lower()}.txt.j2",
        authority=authority,
        requester=name,
        parts=parts,
        notes=[re.sub(r"\s+", " ", n).strip() for n in answers.notes if n.strip()],
        period=period,
        format_phrase=format_phrase,
        format_text=format_text,
        priority=answers.priority or cheap_first(answers.parts),
        scotland=scotland,
        eir_parts=environmental,
        eir=_eir_terms(scotland) if environmental else None,
        eir_only=body_regime == Regime.EIR,  # a water company: no FOI team to write to
        dpa_part3=answers.dpa_part3,
        on_behalf=answers.on_behalf if regime == Regime.SAR else None,
        by_post=regime == Regime.SAR and answers.by_post and not answers.email,
        reply_email=answers.email if regime == Regime.SAR else None,  # nx67: a subject access letter says where to reply
        # ny94 (nc91 #10): the address the person typed goes under their name (a letter pasted into a web form or
        # posted still says where to reply, FOIA s8(1)(b)); a subject access letter already says it in its body
        email=answers.email if regime != Regime.SAR else None,
        adviser=regime == Regime.SAR and answers.adviser and not answers.on_behalf,
        # fu29 (nu31 s22): footage asked for by subject access is kept only for a while: the letter asks that it is kept
        footage=regime == Regime.SAR and any(_FOOTAGE.search(p) for p in answers.parts),
        # ck31 (nu33): social care records are found by who the person is: the letter carries blanks for what the
        # search needs; records about the writer's children are theirs too, asked on their behalf
        social_care=regime == Regime.SAR and social_care_sar(answers.parts),
        children=regime == Regime.SAR and not answers.on_behalf and children_named_in_sar(answers.parts),
        identifiers=_sar_identifiers(_known_of(resolved, answers), "\n".join([*answers.parts, answers.service_told or ""])) if regime == Regime.SAR else [],
    )
    if regime == Regime.SAR and not answers.email:
        missing.append("reply_address")  # nx67 (nc64 #14): the letter holds a gap for the address to reply to
    topic = _topic(answers)
    # au58: a plain request's subject line names no Act (prompts/letters/subject.txt.j2, regime "PLAIN")
    subject = _subject(_PLAIN if plain else regime, answers.parts, found, topic, None if topic else _read_topic(answers))
    from askfoi.deadlines import is_school

    when = deadline(today, regime, scotland=scotland, dpa_part3=regime == Regime.SAR and answers.dpa_part3,
                    school=is_school(authority), authority=authority)
    law = "" if plain else _LAW_NAMES[regime]
    if regime == Regime.EIR and scotland and not plain:
        law = "Environmental Information (Scotland) Regulations 2004"
    if regime == Regime.SAR and answers.dpa_part3:
        law = "Data Protection Act 2018, section 45 (law enforcement processing)"
    if environmental:
        eir = _eir_terms(scotland)
        law = render("letters/mixed_law.txt.j2", law=law, numbers=environmental, eir=eir).strip()
    return Letter(
        regime=regime,
        authority=authority,
        to=answers.to,
        subject=subject,
        body=_tidy(body),
        due=None if plain else when.due,
        law=law,
        covered=not plain,
        requester_name=answers.requester_name,
        reply_to=answers.email,
        parts=list(answers.parts),
        deadline_explanation=when.explanation,
        missing=missing,
        environmental_parts=environmental,
    )


def said_once(part: str, period: str | None) -> str:
    """nx100 (nc99 j2): PART without ", for the period X" when X is the letter's own PERIOD, which its lead-in already
    states ("Please provide the following information for the period X:"); a part's other period is kept."""
    if not period or not part:
        return part
    out = re.sub(rf"(?i),?\s+(?:for|in|during|over|covering)\s+the\s+period\s+(?:from\s+)?{re.escape(period)}(?=\s*[.?!]?\s*$|\s*[,;])",
                 "", part)
    return out if out.strip(" .?!,;") else part


_DATED = re.compile(r"(?i)\b(?:as\s+at|as\s+of|on\s+\d{1,2}\s+\w+\s+\d{4}|for\s+the\s+period|(?:19|20)\d\d)\b")


def as_at(part: str, period: str | None) -> str:
    """lf61 (nc58 #5): PART with "as at" the last day of the letter's PERIOD when it counts a stock (a headcount: "The
    number of staff who work in the planning department."), which "for the period" in the letter's lead-in would
    leave open (everyone employed at any time in it); a part with a date of its own, or a flow, as it is."""
    from askfoi.framing import Frame, stock_count

    if not period or " to " not in period or not re.match(r"(?i)(?:the\s+number\s+of|how\s+many)\s", part or "") \
            or _DATED.search(part) or "\n" in part:
        return part
    if not stock_count(Frame(kind="count", subject="-", source=part)):
        return part
    end = "?" if part.rstrip().endswith("?") else "."
    return f"{part.rstrip(' .?')}, as at {period.split(' to ')[-1]}{end}"


def environmental_parts(parts: list[str], authority_type: str | None) -> list[int]:
    """lw53 (nc53 #1): the numbers of the PARTS asked for under the EIR (EISR) when the letter is only partly
    environmental (askfoi.environmental.letter_law says "mixed"); [] when all or none of it is."""
    from askfoi.environmental import letter_law, part_law

    if len(parts) < 2:
        return []
    laws = [part_law(p, authority_type) for p in parts]
    if letter_law(laws) != "mixed":
        return []
    return [k for k, law in enumerate(laws, 1) if law.environmental]


def _eir_terms(scotland: bool):
    """The Regulations' provisions a partly environmental letter cites (knowledge/vocab/followup_law.yaml)."""
    from askfoi.followup import law_terms

    return law_terms("EISR" if scotland else "EIR")


def cheap_first(parts: list[str]) -> list[int] | None:
    """nu33 #12: the numbers of the parts to answer first under the cost limit when the person set no order: every
    part that does not need a manual read of files (knowledge/vocab/costly_parts.yaml), in the letter's order. None
    when no part, or every part, needs one: then the letter's own order stands. A reasons part listed second must not
    sink the totals and counts that come after it."""
    from askfoi.knowledge import named_patterns

    costly = named_patterns("costly_parts").get("manual_read")
    if costly is None or len(parts) < 2:
        return None
    cheap = [n for n, text in enumerate(parts, 1) if not costly.search(text or "")]
    return cheap if 0 < len(cheap) < len(parts) else None

