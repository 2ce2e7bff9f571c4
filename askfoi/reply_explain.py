"""Explaining a reply: what it decided, what each cited section means, whether other authorities
answered similar requests differently, and what can be done next by when.

`explain_reply(text, ...)` is what `askfoi explain` and the chatbot's reply path show. The meanings come
from the knowledge pack (knowledge/exemptions.jsonl), NCND provisions from knowledge.ncnd_provisions(),
other authorities' answers from askfoi.matching, and the dated steps from askfoi.next_steps.
"""

from __future__ import annotations

import functools
import re

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from askfoi.knowledge import compile_any, get_knowledge, load_vocab, ncnd_provisions
from askfoi.models import Outcome, Regime
from askfoi.next_steps import Law, NextStep, environmental_only, law_of, next_steps
from askfoi.reader import Reading, read_reply, section_meaning, section_name
from askfoi.reply_request import RequestStated, request_in_reply

MAX_OTHERS = 5
MIN_SCORE = 0.4  # below this a "similar" past request is too loosely related to cite as an answer to the same question
QUERY_CHARS = 3000
# Outcomes that mean an authority said something about the information (confirmed it holds it or not)
CONFIRMED = (Outcome.disclosed, Outcome.part_disclosed, Outcome.not_held, Outcome.published)


class OtherAnswer(BaseModel):
    """A similar request another authority answered, from the knowledge pack."""

    authority: str
    title: str
    outcome: Outcome
    ncnd: bool | None = None  # None: the record does not show whether NCND was used
    sections: list[str] | None = None
    url: str
    date: str | None = None
    authority_type: str | None = None
    score: float = 0.0
    asked: str | None = None  # additive (fu29): what that request asked, as the pack summarises it


class SectionNote(BaseModel):
    section: str
    name: str  # "section 31(3)", "regulation 12(4)(b) of the EIR"
    title: str
    meaning: str | None
    test: Literal["absolute", "qualified", "procedural"] | None  # None: not in the knowledge pack
    ncnd_provision: bool
    partly_qualified: bool = False  # absolute in most cases; a public interest test on a few grounds
    answered_differently: list[OtherAnswer] = Field(default_factory=list)  # similar requests answered without it


class ReplyExplanation(BaseModel):
    reading: Reading
    law: Law
    sections: list[SectionNote]
    answered_differently: list[OtherAnswer]  # similar requests whose outcome was not this reply's
    next_steps: list[NextStep]
    received: date | None = None  # additive: the day the reply came, when known (None: dates count from today)
    dated_ahead: date | None = None  # additive (rv58): the date the reply gives itself, when it is after today
    sar: bool = False  # a reply to a subject access request: no FOI review, chaser or s50 complaint
    # additive (rp12): the request the reply answers, as the reply states it (askfoi.reply_request)
    request: RequestStated | None = None
    # additive (fu26): a subject access reply: the Data Protection Act 2018 exemptions it cites, explained (name, cite,
    # meaning), and, when it came after its one calendar month, the days it was due (due, extended_due)
    dpa_exemptions: list[dict] = []
    sar_late: dict | None = None
    # additive (rv51, nc50 #6): a letter extending a subject access request's time, checked against Article 12(3)
    # (askfoi.sar_extension: until, due, furthest, told_late, beyond, overdue, workload, complex); None otherwise
    sar_extension: dict | None = None
    # additive (fu28): why askfoi is not sure of its part-by-part reading ([] when it is): shown with the part list,
    # and the letters then word their grounds for the whole reply (askfoi/part_trust.py)
    part_doubts: list[str] = []
    unclear_parts: list[dict] = []  # fu31: parts no answer is clearly labelled for (number, why)
    missing_parts: list[str] = []  # additive (lt100): parts of the request the reply says nothing about (a reminder is owed)
    # additive (lt101, nc100 r2): questions the reply names, by its own labels, as held back ("I am exempting a response
    # to Q1, Q2, Q3, Q6, Q6a, Q6b and Q6c pursuant to Section 31(1)") that the part list does not show: [{labels, say,
    # numbers, sections, ncnd}] (askfoi.held_back_labels)
    held_back: list[dict] = []
    # nx64 (nc64 #10): parts with no final answer whose own answer extends their time (askfoi.extensions.part_extensions)
    extended_parts: dict[str, dict] = {}
    # additive (ny70, nc70 #5): parts neither confirmed nor denied because they would be the requester's own data
    # (askfoi.own_data_parts), and whether the body is a police force (its law-enforcement records: DPA 2018 s45)
    own_data_parts: list[str] = []
    own_data_police: bool = False
    own_data_whole: bool = False  # nr88: no numbered parts, and the reply cites an own-data provision alone for some of it
    sar_passed_parts: list[str] = []  # ny70 (nc70 #11): parts passed to the data protection team as a subject access request


def is_ncnd_provision(section: str) -> bool:
    """Whether a cited section is a neither-confirm-nor-deny provision (an EISR one by the EIR twin it mirrors)."""
    provisions = ncnd_provisions()
    if section in provisions or any(section.startswith(p + "(") for p in provisions):
        return True
    if section.startswith("EISR "):
        from askfoi.followup import twin_of

        twin = twin_of(section)
        return twin is not None and is_ncnd_provision(twin)
    return False


def section_note(section: str) -> SectionNote:
    """What a cited section means. Under the EIR and the EISR every exception the regulations weigh (regs 12(1)(b)
    / 10(1)(b): knowledge/vocab/followup_law.yaml) is qualified, whatever the pack's entry says."""
    from askfoi.followup import section_roles, twin_of

    title, meaning = section_meaning(section)
    known = get_knowledge().exemption(section)
    if section.startswith("EISR "):
        from askfoi.followup import law_terms

        own = law_terms("EISR").own_notes.get(section.split(" ", 1)[1].split("(")[0])
        if own:  # an EISR provision with terms of its own (the review: 20 working days, then the SIC)
            return SectionNote(section=section, name=section_name(section), title=own.get("title", title),
                               meaning=" ".join(own.get("meaning", meaning).split()), test="procedural",
                               ncnd_provision=False)
    twin = twin_of(section) if known is None else None
    if twin is not None and get_knowledge().exemption(twin) is not None:  # the EISR explained by the EIR they mirror
        title, meaning = section_meaning(twin)
        known = get_knowledge().exemption(twin)
    test = known.test if known else None
    if section.startswith(("EIR ", "EISR ")) and "weighed" in section_roles(section):
        test = "qualified"
    return SectionNote(
        section=section, name=section_name(section), title=title, meaning=meaning,
        test=test, ncnd_provision=is_ncnd_provision(section),
        partly_qualified=bool(known and known.partly_qualified and test == "absolute"),
    )


def _family(section: str) -> str:
    """'31(1)(a)' -> '31'; 'EIR 12(5)(e)' -> 'EIR 12(5)': what counts as citing the same ground."""
    prefix, _, body = section.rpartition(" ")
    head = body.split("(")[0]
    if prefix in ("EIR", "EISR") and "(" in body:
        head = body[: body.index(")", body.index("(")) + 1] if ")" in body else head
        head = "(".join(body.split("(")[:3]) if body.count("(") >= 2 else head
    return f"{prefix} {head}".strip()


def similar_answers(query: str, authority: str | None = None, *, matcher=None, top: int = 30) -> list[OtherAnswer]:
    """Past responses to requests like this one, best first ([] when the pack has none or matching fails)."""
    if not query.strip():
        return []
    try:
        if matcher is None:
            from askfoi.matching import get_matcher

            matcher = get_matcher()
        # fc34: a reply is no request to cut into parts (match frames a text of several sentences): one part, as it is
        result = matcher.match(query[:QUERY_CHARS], authority, top=top, parts=[query[:QUERY_CHARS]])
    except Exception:  # noqa: BLE001 - the explanation stands without the comparison
        return []
    kb = get_knowledge()
    out = []
    for s in result.similar:
        if not s.url or s.score < MIN_SCORE:
            continue
        record = kb.response(s.id) if getattr(s, "id", None) else None
        out.append(OtherAnswer(authority=s.authority, title=s.title, outcome=s.outcome, ncnd=s.ncnd, sections=s.sections or [],
                               url=s.url, date=s.date, authority_type=s.authority_type, score=s.score,
                               asked=getattr(record, "asked", None) or None))
    return out


@functools.lru_cache(maxsize=1)
def _scope_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("covert_terms")
    data = data if isinstance(data, dict) else {}

    def words(key: str) -> re.Pattern[str] | None:
        found = [re.escape(str(w)) for w in data.get(key) or []]
        # a tactic's own name ("covert human intelligence source", "covert surveillance") is no limit to covert use
        return re.compile(r"(?i)\b(?:" + "|".join(found) + r")\b(?!\s+(?:human\s+intelligence|surveillance\b))") if found else None
    return words("covert"), words("overt")


def use_scope(text: str | None) -> str:
    """fu29 (nu31 s10): whether TEXT (a request, or a past answer's question) asks about covert use in so many words
    ("covert", "secretly", "undercover": knowledge/vocab/covert_terms.yaml `covert`), about overt use ("overt", "publicly":
    `overt`), or neither or both ("general": "overtly or covertly"); "general" too for a tactic with no overt use
    (knowledge/vocab/covert_terms.yaml no_overt_form), where the words draw no line."""
    covert, overt = _scope_words()
    text = " ".join((text or "")[:20000].split())
    from askfoi.framing import no_overt_use

    if no_overt_use(text):
        return "general"  # informants, undercover officers, IMSI catchers: every question about them is about covert use
    said_covert = covert is not None and covert.search(text) is not None
    said_overt = overt is not None and overt.search(text) is not None
    return "general" if said_covert == said_overt else ("covert" if said_covert else "overt")


@functools.lru_cache(maxsize=1)
def _kind_patterns() -> dict[str, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("ncnd_evidence")
    data = data if isinstance(data, dict) else {}
    return {kind: compile_any(str(p) for p in data.get(kind) or []) for kind in ("targeted", "aggregate")}


_ONE_TARGET_TOPICS = {"named_person", "named_organisation", "ongoing_investigation", "named_place"}


def question_kind(text: str | None) -> str:
    """fu26: what kind of NCND question TEXT is (a request, or a past answer's title): "targeted" (whether a tactic was
    used against particular people, groups, places or operations), "aggregate" (totals, payments, counts, policy) or
    "general" (knowledge/vocab/ncnd_evidence.yaml)."""
    from askfoi.ncnd_topics import topics_in

    text = " ".join((text or "")[:20000].split())
    patterns = _kind_patterns()
    if (patterns["targeted"] is not None and patterns["targeted"].search(text)) or _ONE_TARGET_TOPICS & set(topics_in(text)):
        return "targeted"
    if patterns["aggregate"] is not None and patterns["aggregate"].search(text):
        return "aggregate"
    return "general"


@functools.lru_cache(maxsize=1)
def _ask_patterns() -> dict[str, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("ncnd_evidence")
    asks = (data if isinstance(data, dict) else {}).get("asks") or {}
    return {kind: compile_any(str(p) for p in patterns or []) for kind, patterns in asks.items()}


def ask_kinds(text: str | None) -> frozenset[str]:
    """fu30: the kinds of ask in TEXT (a request, or a past answer's question): "spend" (payments, sums spent),
    "count" (how many), "policy" (policies, guidance, training) and "use" (whether or how a tactic is used);
    knowledge/vocab/ncnd_evidence.yaml `asks`. Empty when none can be read."""
    text = " ".join((text or "")[:20000].split())
    kinds = {k for k, p in _ask_patterns().items() if p is not None and p.search(text)}
    if question_kind(text) == "targeted":
        kinds.add("use")  # whether a tactic was used against particular people or groups is a question of its use
    return frozenset(kinds)


def same_ask(query: str | None, other: "OtherAnswer") -> bool:
    """fu30 (issue 10, must-be-true 4): OTHER answered the same kind of question as QUERY: where both kinds of ask
    can be read, QUERY asks one OTHER asked, and OTHER asked whether or how a tactic is used only if QUERY does.
    Informant payment totals are no precedent for a question about whether or how informants are used, nor the other
    way round; where either kind cannot be read, the topic match decides (as before)."""
    theirs, mine = ask_kinds(other.asked or other.title), ask_kinds(query)
    if not theirs or not mine:
        return True
    return bool(theirs & mine) and ("use" not in theirs or "use" in mine)


@functools.lru_cache(maxsize=1)
def _precedent_vocab() -> tuple[dict[str, re.Pattern[str] | None], frozenset[str]]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("precedent_match")
    data = data if isinstance(data, dict) else {}
    kinds = {k: compile_any(str(p) for p in v or []) for k, v in (data.get("kinds") or {}).items()}
    return kinds, frozenset(str(w).lower() for w in data.get("generic") or [])


def record_kinds(text: str | None) -> frozenset[str]:
    """fu31 (nu33 #8): the kinds of record TEXT (one part of a request, or a past answer's question) asks for: count,
    spend, policy, location, names, records, reasons (knowledge/vocab/precedent_match.yaml); empty when none is read."""
    text = " ".join((text or "")[:4000].split())
    return frozenset(k for k, p in _precedent_vocab()[0].items() if p is not None and p.search(text))


def _topic_words(text: str | None) -> set[str]:
    generic = _precedent_vocab()[1]
    out = set()
    for w in re.findall(r"[a-z][a-z'-]+", (text or "").lower()):
        w = w.strip("'-")
        if len(w) < 3 or w in generic:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _asked_parts(query: str | None) -> list[str]:
    """QUERY's parts: its numbered lines, else its sentences."""
    text = query or ""
    items = [m.group(1) for m in re.finditer(r"(?m)^\s*\(?\d{1,2}[.):]\s+(.+)$", text)]
    return items or [s for s in re.split(r"(?<=[.?!])\s+|\n+", text) if s.strip()]


def same_record(query: str | None, other: "OtherAnswer") -> bool:
    """fu31 (issue 10, nu33 #8): OTHER answered the same kind of question as a part of QUERY (the request): a topic word
    in common and a kind of record in common. Where either kind cannot be read, it is not the same question."""
    theirs_text = other.asked or other.title
    theirs_kinds, theirs_words = record_kinds(theirs_text), _topic_words(theirs_text)
    if not theirs_kinds or not theirs_words:
        return False
    partly = other.outcome == Outcome.part_disclosed
    for part in _asked_parts(query):
        mine = record_kinds(part)
        # an answer that released only some of what it was asked shows nothing for a kind of record the part does not
        # ask: "ANPR camera numbers and locations, released in part" may have given the numbers alone
        if (theirs_kinds <= mine if partly else bool(mine & theirs_kinds)) and _topic_words(part) & theirs_words:
            return True
    return False


def _gave_more(other: Outcome, this: Outcome) -> bool:
    """fu28: whether an answer of OTHER gave more than this reply's THIS: an answer that also held back, or said "not
    held", is no evidence a person can use ("Alnwick Town Council: not held" beside a council's partial answer)."""
    if this == Outcome.part_disclosed:
        return other in (Outcome.disclosed, Outcome.published)  # (published: the information is out there)
    if this in (Outcome.refused, Outcome.not_held, Outcome.cost_limit, Outcome.vexatious, Outcome.published):
        return other in (Outcome.disclosed, Outcome.part_disclosed) or other == Outcome.published and this != Outcome.published
    return True


def _kinds_using(reading: Reading, similar: list[OtherAnswer]) -> set[str]:
    """lead38: when the replying body is not known, the kinds of body (police, council ...) whose similar answers used
    the reply's own neither-confirm-nor-deny grounds: a force's covert-drone NCND is compared with other forces, never
    with a council that said what its drones survey. Empty (no limit) for other replies, or when none did."""
    if not reading.ncnd:
        return set()
    families = {_family(s) for s in reading.sections}
    return {o.authority_type for o in similar
            if o.ncnd and o.authority_type and any(_family(x) in families for x in o.sections)}


def answered_differently(reading: Reading, similar: list[OtherAnswer], authority: str | None = None,
                         query: str | None = None) -> list[OtherAnswer]:
    """Similar requests another authority answered with a different outcome (an NCND reply: those that
    confirmed or denied). When QUERY (the request) names topics that draw NCND (knowledge/ncnd_topics.yaml:
    facial recognition, informants ...), an answer is cited only if it is about one of them too: a force that
    released its body-worn video policy says nothing about whether it would confirm facial recognition trials."""
    from askfoi.ncnd_topics import answered_openly, topics_in

    own = (authority or "").strip().lower()
    kind = None
    if own:
        from askfoi.authorities import resolve_authority

        resolved = resolve_authority(authority)
        kind = resolved.type.value if resolved is not None and resolved.known else None
    # fc26: a topic the body's kind answers openly (ANPR, CCTV, body-worn video) draws no NCND: not a topic to match on
    wanted = {t for t in topics_in(query or "") if not answered_openly(t, kind)}
    if wanted:
        similar = [o for o in similar if wanted & set(topics_in(o.title))]
    if reading.ncnd and use_scope(query) == "covert":
        # fu29 (nu31 s10): a question about covert use is answered on other grounds than one about overt use (public
        # deployments, policies) or use in general: only an answer to a question about covert use is a precedent
        similar = [o for o in similar if use_scope(o.asked or o.title) == "covert"]
    if reading.ncnd and query:
        # fu30: "other forces confirmed" holds only for answers to the same kind of question (whether / how a tactic
        # is used, how many, what was spent, which policy): a precedent whose question cannot be read is not cited
        similar = [o for o in similar if same_ask(query, o)]
    if not reading.ncnd:
        # fu31 (nu33 #8): for any other ground (s12, s21, s31, s40, s43 ...) a past answer is shown only when it answers
        # the same kind of question as a part of the request: the same topic and the same kind of record; else none
        similar = [o for o in similar if same_record(query, o)]
    if reading.ncnd and question_kind(query) == "targeted":
        # fu26: whether a tactic was used against particular groups or people is answered on other grounds than totals:
        # only answers about the same kind of question are evidence that saying so does no harm
        similar = [o for o in similar if question_kind(o.title) == "targeted"]
    # fu21: the replying body by any name it goes by ("Metropolitan Police Service (MPS)") is never "another authority"
    owns = {own, re.sub(r"\s*\([^()]*\)\s*$", "", own)} - {""}
    if own and resolved is not None and resolved.known:
        owns.add(resolved.name.strip().lower())
    kinds = {kind} if kind else _kinds_using(reading, similar)
    out = []
    for o in similar:
        if own and o.authority.strip().lower() in owns:
            continue
        if kinds and o.authority_type and o.authority_type not in kinds:
            continue  # a council's answer says little about what a police force must say
        if reading.ncnd and o.outcome in CONFIRMED and o.ncnd is False:  # unknown is not a confirmation
            out.append(o)
        elif not reading.ncnd and o.outcome != reading.outcome and o.outcome.is_final and _gave_more(o.outcome, reading.outcome):
            out.append(o)
    return best_sources(out)[:MAX_OTHERS]  # fu28: own answers first, no press report beside them


def explain_reading(
    reading: Reading,
    *,
    query: str = "",
    authority: str | None = None,
    received: date | None = None,
    sent: date | None = None,
    today: date | None = None,
    scotland: bool = False,
    matcher=None,
    review_window: tuple[int, str] | None = None,
    advised: bool | None = None,
    holding=None,
    after_review: bool = False,
    counted: str | None = None,
    extended_to: date | None = None,
    admits_delay: bool = False,
    chat: bool = False,
    regulations: bool = False,
) -> ReplyExplanation:
    """REGULATIONS (rv99, nc99 #6): the reply refused under the Act what is environmental information, and the review
    asks for it to be dealt with under the Regulations: its steps are the Regulations' (EIR reg 11(4): reconsidered
    within 40 working days; EISR reg 16(4): 20), while the law read stays the Act the reply cited. ADVISED: whether a cost refusal suggests how to narrow the request (None: not known). HOLDING: what a
    holding reply waits on (askfoi.holding_kinds.holding_kind). ADMITS_DELAY (nz76): the reply says it is late.
    CHAT (nz79): the steps are said in the chat, which has no command-line options."""
    # a reply that gave everything asked for needs no comparison with answers that gave less
    gave_all = reading.outcome == Outcome.disclosed and not reading.ncnd
    others = (answered_differently(reading, similar_answers(query, authority, matcher=matcher), authority, query=query)
              if query and not gave_all else [])
    notes = []
    for s in reading.sections:
        note = section_note(s)
        fam = _family(s)
        note.answered_differently = [o for o in others if all(_family(x) != fam for x in o.sections)][:MAX_OTHERS]
        notes.append(note)
    law = law_of(reading.regime, reading.sections, scotland=scotland)
    regime = reading.regime
    if law == "FOIA" and environmental_only(authority):
        # nu29: a water company is a public authority only under the EIR: its reply's next steps are the EIR's
        # (reconsideration under regulation 11), whatever Act the reply cites
        law, regime = "EIR", Regime.EIR
    steps_regime, steps_sections, steps_scotland = regime, reading.sections, scotland
    if regulations and law in ("FOIA", "FOISA"):
        steps_regime, steps_sections, steps_scotland = Regime.EIR, [], scotland or law == "FOISA"
    from askfoi.deadlines import is_school

    steps = next_steps(
        # a reply askfoi cannot read is still a reply: the review asks the authority to say what it decided
        Outcome.refused if reading.unclear else reading.outcome, steps_regime, sections=steps_sections, ncnd=reading.ncnd,
        received=received, sent=sent, today=today, scotland=steps_scotland, review_window=review_window, advised=advised,
        holding=holding, counted=counted, extended_to=extended_to, school=is_school(authority), admits_delay=admits_delay,
        # the outcome of a review: the Commissioner is next (a reply askfoi cannot read still goes to review)
        after_review=after_review and reading.outcome.is_final and not reading.unclear, chat=chat,
    )
    return ReplyExplanation(reading=reading, law=law, sections=notes, answered_differently=others, next_steps=steps,
                            received=received)


_SCOTS_LAW = None


def is_scottish(text: str | None = None, authority: str | None = None) -> bool:
    """Whether a reply is under Scots law: the authority is a Scottish body askfoi knows, or the reply names the
    Scottish Act or Regulations ("Freedom of Information (Scotland) Act 2002", "Environmental Information
    (Scotland) Regulations 2004", FOISA, EISR)."""
    import re

    global _SCOTS_LAW
    if authority and authority.strip():
        from askfoi.authorities import resolve_authority
        from askfoi.models import Nation, Regime

        found = resolve_authority(authority)
        if found is not None and found.known and (found.nation == Nation.scotland or found.regime == Regime.FOISA):
            return True
    if _SCOTS_LAW is None:
        _SCOTS_LAW = re.compile(r"\(Scotland\)\s+(?:Act|Regulations)\b|\bFOISA\b|\bEISRs?\b")
    return bool(text and _SCOTS_LAW.search(text[:20000]))


_ASKED_ABOUT = re.compile(r"(?i)\b(?:information|details|data|records?)\s+(?:on|about|regarding|relating\s+to|concerning|in\s+relation\s+to)\s+")
MAX_OVERT = 4


def overt_asks(request: str | None, reply: str | None = None) -> list[str]:
    """fu29 (nu31 s10): the requests about overt use to send in place of a question about covert use that was met with
    "neither confirm nor deny": the answerable frames askfoi offers for a covert part (askfoi.framing.covert_replacements:
    overt deployments, the policy on overt use, the DPIA, the total spent) for the REQUEST, or for the sentence in which the
    REPLY restates it ("I note you seek access to information on the use of covert facial recognition"). [] when neither
    asks about covert use in so many words, or the tactic has no overt use (informants)."""
    source = request if request and use_scope(request) == "covert" else None
    if source is None and reply:
        from askfoi.reader import read_sentences

        said = next((x.text for x in read_sentences(" ".join(reply[:6000].split()))
                     if use_scope(x.text) == "covert" and re.search(r"(?i)\b(?:you|your)\b", x.text)), None)
        if said:
            m = _ASKED_ABOUT.search(said)
            source = said[m.end():] if m else said
    if not source:
        return []
    try:
        from askfoi.framing import frame_message

        framing = frame_message(source)
    except Exception:  # noqa: BLE001 - the explanation stands without the overt requests
        return []
    for part in framing.parts:
        found = [r.text for r in part.replacements or [] if r.text]
        if found:
            return [t.rstrip(".") for t in dict.fromkeys(found)][:MAX_OVERT]
    return []


_ASK_FILLER = frozenset("""the a an any all and or of on for to in by with out its their this that these those number
    total amount copy copies use used using overt covert live carried held""".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", (text or "").lower()) if w not in _ASK_FILLER}


def _not_given_yet(asks: list[str], reading, request: str | None) -> list[str]:
    """nz73 (nc73 #9): the overt requests to suggest, without those the reply already answered: an ask most of whose own
    words (beyond the tactic's and the filler) are in a part the reply gave or pointed to ("the total amount spent on
    facial recognition" after "5. The total amount spent ... £498,750"; "any DPIA ..." after a link to the DPIA) is not
    suggested again. Each given part is read in the request's words and the reply's own words for it."""
    if not asks or not reading.parts:
        return asks
    from askfoi.answer_map import request_items

    asked = dict(request_items(request))
    topic = _content_words(" ".join(asks[:1])) & set.intersection(*(_content_words(a) for a in asks))
    given = [_content_words(asked.get(p.number, "") + " " + " ".join(p.evidence)) - topic for p in reading.parts
             if p.outcome in (Outcome.disclosed, Outcome.published)]
    out = []
    for ask in asks:
        mine = _content_words(ask) - topic
        if mine and any(len(mine & g) / len(mine) >= 0.6 for g in given):
            continue
        out.append(ask)
    return out


_OTHERS_NCND = re.compile(r"^(?:40\(5B\)|40\(5\)\(b\)|(?:EIR |EISR )?13\(5B\)|EISR 11\(6\))")


def _person_step(explained: "ReplyExplanation", reading, text: str | None = None, request: str | None = None) -> None:
    """nz73 (nc73 #8): a reply that would neither confirm nor deny whether it holds anything about another person (FOIA
    s40(5B) or s40(5)(b), EIR reg 13(5B), FOISA s18 with s38(1)(b)) gets the step that can work: figures that name no one,
    subject access for what is the person's own, the body's own complaints route; never only "ask for a review"."""
    if explained.sar or not explained.next_steps or not reading.ncnd:
        return
    cited = list(dict.fromkeys(s for p in reading.parts or [reading] for s in p.sections))
    others = [s for s in cited if _OTHERS_NCND.match(s)]
    if not others and "FOISA 18" in {s.split("(")[0] if s.startswith("FOISA 18") else s for s in cited}:
        others = [s for s in cited if s.startswith(("FOISA 18", "FOISA 38(1)(b)"))] if any(
            s.startswith("FOISA 38(1)(b)") for s in cited) else []
    if not others:
        return
    from askfoi.next_steps import _step

    parts = [p.number for p in reading.parts if any(s in others for s in p.sections)]
    said = [p for p in reading.parts if p.number in parts] or [reading]
    topic = _person_topic(_answer_lines(text, [e for p in said for e in p.evidence]), request)
    explained.next_steps.append(_step("person", "named_person", None, topic=topic, law=explained.law,
                                      police=bool(re.search(r"(?i)\bpolice\b|\bconstabulary\b", text or "")),
                                      sections=[f"section {s}" if s[0].isdigit() else s for s in others], parts=parts))


@functools.lru_cache(maxsize=1)
def _person_topics() -> list[tuple[str, re.Pattern[str]]]:
    data, _ = load_vocab("ncnd_person_topics")
    topics = (data or {}).get("topics") or {} if isinstance(data, dict) else {}
    out = []
    for name, patterns in topics.items():
        rx = compile_any(str(x) for x in patterns or [])
        if rx is not None:
            out.append((str(name), rx))
    return out


def _answer_lines(text: str | None, evidence: list[str]) -> str:
    """The reply's lines that hold the NCND sentences: a part's answer line carries its heading ("Question 3 - action
    taken about the crash: ... can neither confirm nor deny ...")."""
    if not text:
        return ""
    keys = [" ".join(e.strip(". ").split())[:60] for e in evidence if e and len(e.strip(". ")) > 15]
    keys = [k.lstrip(".").strip() for k in keys]
    lines = [ln for ln in text.splitlines() if any(k and k in " ".join(ln.split()) for k in keys)]
    return " ".join(lines)


def _person_topic(answer: str, request: str | None) -> str | None:
    """nz76 (nc76 #8): what the person NCND was about (knowledge/vocab/ncnd_person_topics.yaml): the NCND part's own
    answer first, then the request; None: the general advice."""
    for said in (answer, request or ""):
        for name, rx in _person_topics():
            if said and rx.search(said):
                return name
    return None


def _with_ncnd_basis(reading: Reading, text: str) -> Reading:
    """rv99 (nc99 #6): READING read as relying on the NCND subsection of the exemption it names
    (askfoi.ncnd_basis), its explanation saying so after what it cited; unchanged when it names an NCND provision."""
    from askfoi.ncnd_basis import ncnd_basis, ncnd_provision_of
    from askfoi.templates import render

    based = ncnd_basis(reading, text)
    if based.sections == reading.sections:
        return based
    basis = [{"named": section_name(s), "provision": section_name(p)} for s in reading.sections
             if (p := ncnd_provision_of(s)) and p in based.sections]
    said = " ".join(render("reply/ncnd_basis.j2", basis=basis, whole=reading.outcome == Outcome.ncnd).split()) if basis else ""
    return based.model_copy(update={"explanation": f"{reading.explanation} {said}".strip()})


def explain_reply(text: str, *, request: str | None = None, **options) -> ReplyExplanation:
    """Read a reply and explain it. request: the original request's text (a better query for similar
    requests than the reply itself); options: those of explain_reading (authority, received, sent,
    today, scotland, matcher). With no `received` date, the reply's own labelled date is used
    ("Date of response: 5 March 2025"), when it has one and it is not in the future."""
    today = options.get("today") or date.today()
    if not options.get("authority"):
        from askfoi.reply_sender import reply_sender

        # lead34: the body that sent the reply, when it says so plainly: other answers are compared within its kind
        # (a council's answer says nothing of what a police force must neither confirm nor deny)
        options["authority"] = reply_sender(text)
    if not options.get("scotland"):
        options["scotland"] = is_scottish(text, options.get("authority"))
    if options.get("received") is None:
        dated = reply_date(text)
        if dated is not None and dated <= today:
            options["received"] = dated
    if options.get("after_review") is None:
        from askfoi.reply_flow import reads_as_review_outcome

        options["after_review"] = reads_as_review_outcome(text)
    # "your email of 2 October 2026 in which you requested ... review": in a review's outcome that is the day the
    # review was asked, not the request's, so no "late reply" is counted from it (nu19)
    if not options["after_review"]:
        # fu31 (nu33): one rule for the day the time counts from, in explain, review and complain alike: the day the
        # reply says it received the request, else the day sent, else the day the reply gives the request
        from askfoi.request_clock import clock_start

        clock = clock_start(options.get("sent"), text, today=today)
        if clock.start is not None and clock.start <= (options.get("received") or today):
            options["sent"], options["counted"] = clock.start, clock.reason()
        elif options.get("sent") is None:  # "your request received on 1 October 2026"
            asked = request_date(text)
            if asked is not None and asked <= (options.get("received") or today):
                options["sent"] = asked
    if options.get("review_window") is None:
        options["review_window"] = stated_review_window(text)
    if options.get("advised") is None:
        options["advised"] = gives_advice(text)
    options.setdefault("admits_delay", admits_delay(text))
    sar = options.pop("sar", None)
    told = options.pop("told", None)  # af99: what the person said in the chat of the request ("vice chancellor pay")
    from askfoi.part_trust import own_sections, part_doubts

    reading = own_sections(read_reply(text), text)  # fu28: each part with the provisions its own paragraph cites
    reading = _with_ncnd_basis(reading, text)  # rv99 (nc99 #6): "NCND by virtue of s30(2)" stands on s30(3)
    asked_law = options.pop("asked_law", None)
    if asked_law is not None and Regime(asked_law) == Regime.EIR and reading.regime == Regime.FOIA:
        from askfoi.followup import names_law

        if not names_law(text):
            # lt102 (lt101's left item): one law per request. A reply that names no law is read under the law the
            # request was made under (ASKED_LAW: the EIR for an environmental request), as the review, the chaser and
            # the complaint read it (reply_flow._carried): the screen never says section 10 and the ICO's internal
            # review while the letter says regulation 11
            reading = reading.model_copy(update={"regime": Regime.EIR})
    from askfoi.answer_map import with_mapped_parts

    # fu31 (nu33 #9): a reply that answers under its own part labels ("Response to part 2") is mapped by them
    reading, mapped = with_mapped_parts(reading, text, request)
    if not options["after_review"] and options.get("sent") is not None and reading.outcome.is_final:
        from askfoi.extensions import extended_due

        # lead41 (nc44 #1): an extension the reply says was told in time moves the day it was due
        options["extended_to"] = extended_due(text, options["sent"], law_of(reading.regime, reading.sections,
                                                                            scotland=options.get("scotland", False)))
    if reading.outcome == Outcome.pending and options.get("holding") is None:
        from askfoi.holding_kinds import holding_kind

        options["holding"] = holding_kind(text)  # a clarification, a fee, more time, a transfer: each its own steps
    if reading.outcome == Outcome.cost_limit:
        from askfoi.followup import _environmental_refusal, reference_in

        options["regulations"] = bool(_environmental_refusal(request, text, reference_in(text)))
    explained = explain_reading(reading, query=request or reply_query(text, asked_only=not reading.ncnd), **options)
    if is_sar_reply(text) if sar is None else sar:
        explained.sar, explained.next_steps = True, []  # no FOI steps: explanation_text says what applies
        explained.dpa_exemptions = dpa_exemptions_cited(text)
        explained.sar_late = sar_lateness(options.get("sent"), options.get("received"), scotland=options.get("scotland", False))
        if reading.outcome == Outcome.pending:
            from askfoi.sar_extension import sar_extension

            asked = options.get("sent") or request_date(text)  # "your request ..., received on 2 October 2026"
            explained.sar_extension = sar_extension(text, sent=asked if asked is None or asked <= today else None,
                                                    received=options.get("received"),
                                                    scotland=options.get("scotland", False), today=today)
    explained.request = request_in_reply(text)
    if options.get("received") is None:
        explained.dated_ahead = dated_ahead(text, today)  # rv58: said, never counted from
    if reading.ncnd and explained.next_steps and not explained.sar and re.search(
            r"(?i)\bpolice\b|\bconstabulary\b", f"{options.get('authority') or ''} {text[:20000]}"):
        asks = _not_given_yet(overt_asks(request, text), reading, request)
        if asks:  # fu29 (nu31 s10): a covert question met with NCND: the overt re-ask is the step most likely to get information
            from askfoi.next_steps import _step

            explained.next_steps.append(_step("overt", "overt", None, asks=asks, law=explained.law))
    _person_step(explained, reading, text, request)
    _elsewhere_step(explained, text, options.get("authority"))
    explained.part_doubts = part_doubts(reading) if mapped is None else []  # fu28: the person checks a part list askfoi is not sure of
    explained.unclear_parts = [{"number": p.number, "why": p.why} for p in mapped or [] if p.status != "mapped"]
    # lt100: parts of the request the reply says nothing about, beside a final answer to the rest: a reminder is owed for
    # them (the chaser writes it), never "nothing more is needed"
    explained.missing_parts = [p.number for p in mapped or [] if p.status == "missing"] if (
        reading.outcome.is_final and not explained.sar and not options.get("after_review")) else []
    if explained.missing_parts:
        from askfoi.next_steps import _step

        explained.next_steps = [s for s in explained.next_steps if s.kind != "none"]
        explained.next_steps.insert(0, _step("chase", "unanswered", None, letter="chase", parts=explained.missing_parts,
                                             law=explained.law))
    if not explained.sar:
        explained.held_back = held_back_unshown(text, reading)
        # a part no answer is labelled for, that the reply names among those it holds back, is not unclear
        named = {n for h in explained.held_back for n in h["numbers"]}
        explained.unclear_parts = [u for u in explained.unclear_parts if u["number"] not in named]
    from askfoi.extensions import part_extensions

    explained.extended_parts = part_extensions(mapped, reading, explained.law, options.get("sent"))
    from askfoi.own_data_parts import own_data_parts, passed_as_sar, police_body, whole_reply_own

    explained.own_data_parts = own_data_parts(reading, {p.number: p.answer for p in mapped or [] if p.answer})
    explained.sar_passed_parts = passed_as_sar(reading, {p.number: p.answer for p in mapped or [] if p.answer}, text)
    police = police_body(options.get("authority"), text)
    explained.own_data_police = bool(explained.own_data_parts) and police
    # nr88 (nc88 #7): a reply with no numbered parts that cites an own-data provision alone ("Whether your vehicle has
    # been recorded: ... Section 40(1) applies") still holds back the person's own data
    explained.own_data_whole = not explained.own_data_parts and whole_reply_own(reading)
    if explained.own_data_whole:
        explained.own_data_police = police
    _police_meanings(explained, police)
    _senior_pay_meanings(explained, text, request, told)
    _own_data_step(explained, text)
    _relative_data_step(explained, text, options.get("authority"))
    _advice_in_meanings(explained, text)
    _environmental_cost(explained, text, request, options.get("advised"))
    return explained


def held_back_unshown(text: str | None, reading) -> list[dict]:
    """lt101 (nc100 r2): the questions TEXT names as held back whose number READING's part list does not show (a
    reply that answers Q4 and Q5 under their labels and lists the rest it withheld in one sentence), each group as
    {labels, say ("Q1, Q2 and Q3"; "questions 2 and 3"), numbers, sections, ncnd}; [] when every one is shown."""
    from askfoi.held_back_labels import held_back_labels, say_labels

    shown = {p.number for p in getattr(reading, "parts", None) or []}
    out = []
    for item in held_back_labels(text):
        numbers = [n for n in item.numbers if n not in shown]
        labels = [x for x in item.labels if re.sub(r"(?i)^q\s?|\(?[a-z]\)?$", "", x) in numbers]
        if labels:
            out.append({"labels": labels, "say": say_labels(labels), "numbers": numbers, "sections": item.sections,
                        "ncnd": item.ncnd})
            shown |= set(numbers)
    return out


def _police_meanings(explained, police: bool) -> None:
    """nr88 (nc88 #7): a police force's records about the person are mostly law-enforcement records, whose access right
    is DPA 2018 s45 (Part 3), not UK GDPR Article 15: the section's `meaning_police` (knowledge/exemptions.jsonl)."""
    if police:
        _other_meaning(explained, "meaning_police", lambda m: m)


def _senior_pay_meanings(explained, text: str, request: str | None, told: str | None) -> None:
    """af99 (nc97 #2): a personal-data refusal of a senior post-holder's pay or expenses (the reply, the request or
    what the person said names the post and the pay: askfoi.followup.senior_pay_withheld) is explained by the
    section's `meaning_senior_pay`: the legitimate interests test and the post's seniority, never "ask for anonymised
    figures", which cannot answer a question about one post."""
    from askfoi.followup import senior_pay_withheld

    if any(getattr(get_knowledge().exemption(n.section), "meaning_senior_pay", None) for n in explained.sections) \
            and senior_pay_withheld(request, text, told):
        _other_meaning(explained, "meaning_senior_pay", lambda m: m)


def _other_meaning(explained, field: str, fill) -> None:
    """Each cited section's meaning replaced by its FIELD (knowledge/exemptions.jsonl), filled in by FILL, where it has one."""
    for note in explained.sections:
        known = get_knowledge().exemption(note.section)
        meaning = getattr(known, field, None) if known else None
        if meaning:
            note.meaning = fill(meaning)


def _own_data_step(explained, text: str) -> None:
    """nz82 (nc82 #1): a reply that refused a part (or would neither confirm nor deny it) as the person's own personal
    data gets, first among its steps, the subject access request for it, with how soon recordings are overwritten."""
    if explained.sar or not explained.next_steps or not (explained.own_data_parts or explained.own_data_whole):
        return
    from askfoi.next_steps import _step
    from askfoi.own_data_parts import footage_kept

    footage, kept = footage_kept(explained.reading, explained.own_data_parts, text)
    # every part not given is the person's own data: no review or complaint is left to offer for it
    if explained.reading.parts and all(p.number in explained.own_data_parts or p.outcome in (Outcome.disclosed, Outcome.published)
                                       for p in explained.reading.parts):
        explained.next_steps = [s for s in explained.next_steps if s.kind not in ("review", "commissioner")]
    explained.next_steps.insert(0, _step("own_data", "own_data", None, parts=explained.own_data_parts,
                                         police=explained.own_data_police, footage=footage, kept=kept,
                                         law=explained.law))


def _relative_data_step(explained, text: str, authority: str | None) -> None:
    """ny91 (nc88 #12): parts refused as other people's personal data that the reply says are about the requester's
    relative ("the records relating to your mother", s40(2)): FOI never releases them, a review will not change that,
    and the relative's own right of access is the route; the step says so, after the parts' own steps."""
    if explained.sar or not explained.next_steps:
        return
    from askfoi.own_data_parts import relatives_data_parts

    found = relatives_data_parts(explained.reading, text)
    if not found:
        return
    from askfoi.next_steps import _step

    from askfoi.own_data_parts import police_body

    _, relation, kind, pronoun = found[0]
    step = _step("own_data", "relative_data", None, parts=[f[0] for f in found if f[1] == relation], relation=relation,
                 relative=kind, pronoun=pronoun, law=explained.law, police=police_body(authority, text))
    at = next((i for i, s in enumerate(explained.next_steps) if s.kind in ("review", "commissioner")), len(explained.next_steps))
    explained.next_steps.insert(at, step)


def _elsewhere_step(explained, text: str, authority: str | None) -> None:
    """lead40 (nc43 #12): a reply that says some or all of it is not held and names the public body that holds it or
    runs what was asked about gets, first among its steps, the same request sent to that body."""
    if explained.sar or not explained.next_steps:
        return
    reading = explained.reading
    not_held = reading.outcome == Outcome.not_held or any(p.outcome == Outcome.not_held for p in reading.parts)
    if not not_held and reading.outcome != Outcome.part_disclosed:
        return
    from askfoi.reply_sender import other_holder

    holder = other_holder(text)
    if not holder or (authority and holder.lower().removeprefix("the ") == authority.lower().removeprefix("the ")):
        return
    # nz82 (nc82 #10): the reply names the other body in a part it answered itself ("does not record collisions ...
    # recorded by the police. However, from the published data, 14 ..."): nothing is left to send there
    from askfoi.own_data_parts import part_text

    naming = [p for p in reading.parts if holder.lower() in " ".join([*p.evidence, part_text(text, p.number)]).lower()]
    if naming and all(p.outcome in (Outcome.disclosed, Outcome.published) for p in naming):
        return
    from askfoi.next_steps import _step
    from askfoi.reply_sender import published_by

    web = published_by(text)
    if web is not None:
        # ny91 (nc88 #12): a body the reply says publishes it: read it there; a request for it would be refused as
        # already published (FOIA s21, FOISA s25, EIR/EISR reg 6(1)(b))
        explained.next_steps.insert(0, _step("elsewhere", "published_elsewhere", None, holder=holder, web=web,
                                             law=explained.law))
        return
    explained.next_steps.insert(0, _step("elsewhere", "elsewhere", None, holder=holder, law=explained.law,
                                         whole=reading.outcome == Outcome.not_held))


@functools.lru_cache(maxsize=1)
def _dpa_exemptions() -> list[tuple[dict, re.Pattern[str] | None]]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("dpa_exemptions")
    out = []
    for item in (data.values() if isinstance(data, dict) else []):
        if isinstance(item, dict) and item.get("meaning"):
            out.append(({k: str(item.get(k) or "") for k in ("name", "cite", "meaning")},
                        compile_any(str(p) for p in item.get("patterns") or [])))
    return out


def dpa_exemptions_cited(text: str) -> list[dict]:
    """fu26: the Data Protection Act 2018 exemptions a subject access reply relies on (knowledge/vocab/dpa_exemptions.yaml),
    each {name, cite, meaning} in plain English, in the order of the vocabulary; [] when it names none askfoi knows."""
    flat = " ".join((text or "")[:30000].split())
    return [dict(item) for item, pattern in _dpa_exemptions() if pattern is not None and pattern.search(flat)]


def sar_lateness(sent: date | None, replied: date | None, *, scotland: bool = False) -> dict | None:
    """fu26: a subject access reply that came after its one calendar month (UK GDPR Article 12(3)): {due, extended_due,
    beyond_extension} as long dates, counted from SENT (the day the request was made or received); None when it came
    in time or either day is not known."""
    if sent is None or replied is None or replied < sent:
        return None
    from askfoi.deadlines import deadline, long_date
    from askfoi.models import Regime

    found = deadline(sent, Regime.SAR, scotland=scotland)
    if replied <= found.due:
        return None
    extended = found.extended_due
    return {"due": long_date(found.due), "extended_due": long_date(extended) if extended else None,
            "beyond_extension": extended is not None and replied > extended, "replied": long_date(replied)}


def _environmental_cost(explained: ReplyExplanation, text: str, request: str | None, advised: bool | None) -> None:
    """ck25b (nu27): a refusal under the Act's cost limit (s12) of a request for environmental information: the
    Regulations apply, which have no cost limit (only "manifestly unreasonable", with the public interest test, and
    the duty to advise under regulation 9), so the first step says so in place of "ask it how to narrow"."""
    if explained.reading.outcome != Outcome.cost_limit or explained.law not in ("FOIA", "FOISA"):
        return
    from askfoi.followup import _environmental_refusal, reference_in

    found = _environmental_refusal(request, text, reference_in(text))
    if not found:
        return
    from askfoi.next_steps import _step

    step = _step("review", "env_cost", None, "review", law=explained.law, subject=None if found == "EIR" else found,
                 advised=advised)
    steps = [s for s in explained.next_steps if s.kind != "narrow"]
    at = next((k for k, s in enumerate(steps) if s.kind == "review"), len(steps))
    explained.next_steps = steps[:at] + [step] + steps[at:]
    for note in explained.sections:
        if re.search(r"\b12\b", note.section) and not note.section.startswith(("EIR", "EISR")):
            note.meaning = " ".join(f"{note.meaning.split('. Ask it how to narrow')[0].rstrip('.')}. This request is for "
                                    f"environmental information, though: see below.".split())


def _advice_in_meanings(explained: ReplyExplanation, text: str) -> None:
    """ck24b: a cost refusal that already said how to narrow the request is explained with that advice and how to use
    it (the section's `meaning_advised`, knowledge/exemptions.jsonl), never "ask it how to narrow"."""
    from askfoi.narrowing_advice import advice_said

    said = advice_said(text)
    if not said:
        return
    _other_meaning(explained, "meaning_advised", lambda m: " ".join(m.replace("{advice}", said.strip()).split()))


@functools.lru_cache(maxsize=1)
def _late_said() -> re.Pattern[str] | None:
    data, _ = load_vocab("late_admitted")
    return compile_any(str(x) for x in (data or {}).get("said") or []) if isinstance(data, dict) else None


def admits_delay(text: str | None) -> bool:
    """nz76 (nc76 #10): whether the reply itself says it is late ("I apologise for the delay in replying"):
    knowledge/vocab/late_admitted.yaml."""
    said = _late_said()
    return bool(said is not None and text and said.search(" ".join(text[:20000].split())))


def gives_advice(text: str) -> bool:
    """The reply suggests how the request could be narrowed (advice and assistance: knowledge/vocab/reply_phrases.yaml
    "advice"), which a cost refusal owes (FOIA s16, FOISA s15, EIR/EISR reg 9)."""
    from askfoi.narrowing_advice import advice_said
    from askfoi.reader import _rules

    from askfoi.narrowing_advice import bare_suggestion

    flat = " ".join((text or "").lower().split())
    # ck30 (nu32): a suggestion that names no way to narrow ("you may wish to submit a refined request") is no advice
    advised = any(not bare_suggestion(flat, start, end) for start, end, _ in _rules().scan("advice", flat))
    # fu21: or a sentence suggesting what to ask for instead ("we suggest you could ask for the figure for a single ward")
    return advised or advice_said(text) is not None


_SAR_SIGNS = re.compile(r"(?i)\bsubject\s+access\b|\bright\s+of\s+access\b|\barticle\s+15\b|\bdata\s+protection\s+act\s+2018\b")
_FOI_SIGNS = re.compile(r"(?i)\bfreedom\s+of\s+information\b|\bFOIA?\b|\bFOISA\b|\benvironmental\s+information\b")


def is_sar_reply(text: str) -> bool:
    """A reply to a subject access request: its head (before the first 1,500 characters are out) speaks of subject
    access, the right of access or the Data Protection Act 2018, and not of Freedom of Information (an FOI reply
    that only points to subject access for the requester's own data says so further down)."""
    head = (text or "")[:1500]
    return bool(_SAR_SIGNS.search(head)) and not _FOI_SIGNS.search(head)


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twenty": 20,
                 "thirty": 30, "forty": 40, "sixty": 60}
_WINDOW = re.compile(r"(?i)\bwithin\s+(?:a\s+period\s+of\s+)?(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s*(?:\(\d{1,3}\)\s*)?"
                     r"(working\s+days|business\s+days|calendar\s+days|days|weeks|calendar\s+months|months)\b")
_REVIEW_WORDS = re.compile(r"(?i)\b(?:internal\s+review|review|reconsider\w*|appeal|dissatisfied|unhappy|complain\w*)\b")
_NOT_REVIEW = re.compile(r"(?i)\b(?:information\s+commissioner|ico|commissioner|tribunal|respond\s+to\s+your|reply\s+to\s+you|"
                         r"we\s+will|we\s+aim|our\s+response)\b")


def stated_review_window(text: str) -> tuple[int, str] | None:
    """The time the reply itself gives to ask for a review ("Internal review requests should be submitted within
    two months of the date of this letter"): (number, unit) or None. Only a sentence about asking for a review,
    not the Commissioner's window or the authority's own time to answer."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", (text or "")[:20000]):
        m = _WINDOW.search(sentence)
        if not m or not _REVIEW_WORDS.search(sentence) or _NOT_REVIEW.search(sentence):
            continue
        number = m.group(1).lower()
        count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        unit = " ".join(m.group(2).lower().split()).replace("business", "working").replace("calendar ", "")
        return count, unit
    return None


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], 1)}
_DATE_RE = None


# a date as replies write it (its last twelve groups are what _as_date reads): "Monday 28 December 2026",
# "28/12/2026", "2026-12-28", "December 28, 2026"
_DAY = (r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|thur|fri|sat|sun)\.?),?\s+)?"
        r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}|(?:(?<=/\d/)|(?<=/\d\d/))\d\d(?!\d))"
        r"|(\d{4})-(\d{2})-(\d{2})|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))")


def dates_in(text: str) -> list[tuple[int, int, date]]:
    """Every date TEXT writes in full, as (start, end, day), in order."""
    import re

    out = []
    for m in re.finditer("(?i)" + _DAY, text or ""):
        day = _as_date(m)
        if day is not None:
            out.append((m.start(), m.end(), day))
    return out


def _date_patterns():
    """(labelled, stated, inline, alone, signed) regular expressions for reply_date, compiled once."""
    import re

    global _DATE_RE
    if _DATE_RE is None:
        day = _DAY
        # a label on a line of its own, or (with a colon) anywhere in a pasted paragraph: "... Date: 14/03/2025 ..."
        label = (r"(?:date(?:\s+of\s+(?:response|reply|decision|this\s+letter|issue))?|response\s+date|reply\s+date"
                 r"|date\s+(?:responded|sent|of\s+issue)|sent|issued|dated|responded)")  # fu28: "Dated: 29 Sep 2015", "Responded Tue 25 June 2019"
        labelled = re.compile(rf"(?im)(?:^\W*{label}\s*[:\-]?|(?<![\w-]){label}\s*:)\s*" + day)
        # the reply said to be of that date, in a sentence: "Our response dated 14 March 2025 is below",
        # "the council's reply of 14/03/2025", "this letter, sent on 14 March 2025" (not "your request dated ...")
        stated = re.compile(
            r"(?i)\b(?:our|this|the|my|its|their|council's|force's|authority's|trust's|department's)\s+"
            r"(?:(?:full|final|formal|foi|eir|written)\s+)?(?:response|reply|answer|decision(?:\s+letter)?|letter|email)s?,?\s+"
            r"(?:(?:is|was|which\s+(?:is|was))\s+)?(?:dated|sent(?:\s+(?:to\s+\w+\s+)?on)?|issued(?:\s+on)?|of|from|on)\s+" + day)
        # a label that can only be the reply's own date, inside a paragraph without a colon: "Date of decision 05
        # November 2019" (a disclosure log's summary line)
        inline = re.compile(r"(?i)\bdate\s+of\s+(?:response|reply|decision|disclosure)\s*[:\-]?\s*" + day)
        # a date standing alone on a line of a letter's head, as letters are dated (read only before the
        # salutation: "Police Scotland / 25 November 2026. / Dear Sir")
        alone = re.compile(r"(?im)^[ \t]*" + day + r"[ \t]*\.?[ \t]*$")
        # a date in the sign-off of a reply pasted as one paragraph: "... Yours sincerely, Information Governance
        # Team, Derbyshire County Council, 28 October 2026" (the sign-off, the team and the date, nothing asked)
        signed = re.compile(r"(?i)\b(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards)\b[^?!.]{0,240}?(?:,|\n)[ \t]*"
                            + day + r"[ \t]*(?=[,.\n]|$)")  # the date a field of its own, never "who wrote on ..."
        _DATE_RE = (labelled, stated, inline, alone, signed)
    return _DATE_RE


_HEAD_FIELD = None


def _head_field():
    """A date standing as a field or a sentence of its own (after the start, a full stop, a comma or a colon; followed
    by one, or by the salutation): how a letter's head reads when pasted as one paragraph."""
    import re

    global _HEAD_FIELD
    if _HEAD_FIELD is None:
        day = _date_patterns()[3].pattern.removeprefix("(?im)^[ \\t]*").removesuffix("[ \\t]*\\.?[ \\t]*$")
        _HEAD_FIELD = re.compile(r"(?i)(?:^|[.,:;]\s+|\n\s*)" + day + r"\s*(?=[.,;\n]|\s*$)")
    return _HEAD_FIELD


def _as_date(m) -> date | None:
    """The date a match of _date_patterns' day holds (groups from the end: every pattern ends with it)."""
    g = m.groups()[-12:]
    try:
        if g[0]:
            return _named_month_date(int(g[2]), g[1], int(g[0]))
        if g[3]:
            # 14/03/2025: day first, as in the UK; ch101 (nc101 #8): "15/04/15" (slashes only) is 2015
            return date(int(g[5]) + (2000 if len(g[5]) == 2 else 0), int(g[4]), int(g[3]))
        if g[6]:
            return date(int(g[6]), int(g[7]), int(g[8]))
        if g[9]:
            return _named_month_date(int(g[11]), g[9], int(g[10]))
    except (ValueError, TypeError):
        return None
    return None


def _named_month_date(year: int, month_word: str, day: int) -> date | None:
    word = month_word.lower()
    month = _MONTHS.get(word) or (next((v for k, v in _MONTHS.items() if k.startswith(word[:3])), None)
                                  if len(word) == 3 or word.rstrip(".") in ("sept",) else None)
    return date(year, month, day) if month else None


def _request_field(head: str, at: int) -> bool:
    """ch101: the date at AT in HEAD is a field dating the request, not the reply: its line says so before it ("Date of
    request: 25/03/15", "Request received: 2 March 2015")."""
    import re

    line = head[max(head.rfind("\n", 0, at) + 1, at - 60): at + 3]
    return bool(re.search(r"(?i)\b(?:request|received|receipt|enquiry|submitted)\b", line))


def reply_date(text: str) -> date | None:
    """The date a reply gives itself: on a labelled line ("Date: 5 March 2025", "Date of response: 05/03/2025" or
    "15/04/15",
    "Response date 2025-03-05"), after a label with a colon inside a pasted paragraph ("... Date: 14/03/2025
    ..."), or in a sentence that says the reply is of that date ("Our response dated 14 March 2025 is below");
    the first of these in the text; else a date alone on a line of the letter's head, before "Dear ..." (how
    letters are dated), or under its sign-off. None when there is none: a date inside a sentence, or "your request dated ...", is not
    taken for the reply's."""
    labelled, stated, inline, alone, signed = _date_patterns()
    head = text[:20000]
    found = []
    for pattern in (labelled, stated, inline):
        for m in pattern.finditer(head):
            day = _as_date(m)
            if day is not None:
                found.append((m.start(), day))
                break
    if not found:  # a letter's own date line, in its head: before the salutation (or the first lines when none)
        import re

        dear = re.search(r"(?im)^\W*dear\b", head)
        letter_head = head[: dear.start()] if dear else "\n".join(head.splitlines()[:6])
        found = [(m.start(), d) for m in alone.finditer(letter_head) if (d := _as_date(m)) is not None][:1]
    if not found:  # or, in a head pasted as one paragraph, a date that is a field or a sentence of its own before
        # "Dear": "City of Edinburgh Council. 20 November 2026. Dear Mr Smith" (never a date inside a sentence)
        import re

        dear = re.search(r"(?i)\bdear\b", head[:1500])
        if dear:
            # ch101: never the request's own field ("Date of request: 25/03/15", "Received: 2 March 2015")
            found = [(m.start(), d) for m in _head_field().finditer(head[: dear.start()] + " ")
                     if (d := _as_date(m)) is not None and not _request_field(head, m.start())][:1]
    if not found:  # or alone on a line under the sign-off ("Yours sincerely / Information Management / 10 November 2026")
        import re

        signs = list(re.finditer(r"(?im)^\W*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|regards)\b", head))
        if signs:
            tail = head[signs[-1].end():][:600]
            found = [(m.start(), d) for m in alone.finditer(tail) if (d := _as_date(m)) is not None][:1]
    if not found:  # or in the sign-off of a reply pasted as one paragraph
        found = [(m.start(), d) for m in signed.finditer(head) if (d := _as_date(m)) is not None][-1:]
    if not found:  # lead 28 (nu31): or the date the letter ends on, as a field of its own: alone on the last line
        # ("Information Rights Unit / Metropolitan Police Service / 14 November 2026") or after the team's name in a
        # reply pasted as one line ("... FOI team, Kent Police, 3 November 2026"); never a sentence's own date
        # ("... was published on 3 November 2026")
        import re

        end = head.rstrip()
        day = _head_field().pattern.split("(?:^|[.,:;]\\s+|\\n\\s*)", 1)[1].rsplit("\\s*(?=", 1)[0]
        last = re.search(r"(?i)(?:^|\n|,[ \t]*|(?-i:\b[A-Z][A-Za-z&)]*)[ \t]+)" + day + r"[ \t]*\.?$", end[-300:])
        if last and (d := _as_date(last)) is not None:
            found = [(len(head), d)]
    if not found:
        return None
    day = min(found)[1]
    # fu27: a reply is never dated before the request it answers: a date before the day the reply says the request was
    # made or received is another record's ("The letter was dated 30 September 2014", the letter asked for)
    from askfoi.reply_request import request_in_reply

    stated = request_in_reply(text)
    asked = [d for d in (stated.made, stated.received, request_date(text)) if d is not None]
    return None if asked and day < min(asked) else day


_REQUEST_DATED = None


def request_date(text: str) -> date | None:
    """The day a reply says the request was received or made ("your request for information received on
    1 October 2026", "your email of 3/10/2026", "we received your request on 1 October"); None otherwise."""
    import re

    global _REQUEST_DATED
    if _REQUEST_DATED is None:
        day = r"(?:\w+day,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+),?\s+(\d{4})|(\d{1,2})/(\d{1,2})/(\d{4}))"
        _REQUEST_DATED = re.compile(
            r"(?i)\b(?:your\s+(?:(?:data\s+)?subject\s+access\s+|freedom\s+of\s+information\s+|foi\s+)?"
            r"(?:request|e-?mail|letter|application)(?:\s+for\s+information)?"
            # rd53 (rv51's note): "your subject access request for a copy of ..., received on 2 October 2026" - a topic
            # between the request and its date only before the verb that governs the date (never "your request for
            # the minutes of 3 May")
            r"(?:\s+(?:for|about|regarding|concerning|relating\s+to)\s+[^.;:!?\n]{1,160}?,?(?=\s+(?:(?:which|that)\s+(?:we|was)\s+)?(?:was\s+)?(?:received|dated|sent|made)\b))?"
            r"(?:,?\s+(?:which|that)\s+(?:we|was))?"
            r"(?:\s+(?:was\s+)?(?:received|dated|sent|made))?(?:\s+(?:by\s+us|by\s+the\s+\w+))?\s+(?:on|of)"
            r"|we\s+received\s+your\s+(?:request|e-?mail|letter)(?:\s+for\s+information)?\s+on"
            # cl53: "your request for your housing file, which we received on 7 September 2026"
            r"|your\s+(?:subject\s+access\s+)?request\s+for\s+[^.;\n]{1,80}?,?\s+which\s+we\s+received\s+on)\s+" + day)
    m = _REQUEST_DATED.search(text[:20000])
    if not m:
        return None
    try:
        if m.group(1):
            return _named_month_date(int(m.group(3)), m.group(2), int(m.group(1)))
        return date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    except (ValueError, TypeError):
        return None


_LAW_WORDS = None


def reply_query(text: str, *, asked_only: bool = False) -> str:
    """A reply as a query for similar requests: the request as the reply restates it when it does (the reader's
    "request" sentences), else the whole reply; without its citations and the law's own words, which say nothing
    about the subject ("section 40(2) of the Freedom of Information Act"), nor a page's cookie banner."""
    import re

    from askfoi.reader import read_sentences

    try:
        asked = " ".join(s.text for s in read_sentences(text) if s.role == "request")
    except Exception:  # noqa: BLE001 - the whole reply is still a query
        asked = ""
    if len(asked.split()) >= 6:
        text = asked
    elif asked_only:
        return ""  # fu31 (nu33 #8): a reply that restates no question is no query ("refused under section 12 ...")

    global _LAW_WORDS
    if _LAW_WORDS is None:
        _LAW_WORDS = re.compile(
            r"(?i)\b(?:sections?|s\.|ss\.|regulations?|reg\.)\s*\d+[\w()]*|freedom of information(?: \(scotland\))? act(?: 20\d\d)?"
            r"|environmental information(?: \(scotland\))? regulations(?: 2004)?|\bfoia\b|\bfoisa\b|\beirs?\b|exempt\w*|refus\w*")
    return _LAW_WORDS.sub(" ", text)


def dated_ahead(text: str | None, today: date | None = None) -> date | None:
    """rv58 (nc58 #15): the date a reply gives itself when it is after today (a typing slip or a misread, never the day
    it came): `explain` and `review` count from today and say so in the same line (dated_ahead_note)."""
    day = reply_date(text) if text else None
    return day if day is not None and day > (today or date.today()) else None


def dated_ahead_note(day: date) -> str:
    from askfoi.deadlines import long_date
    from askfoi.templates import render

    return " ".join(render("reader/dated_ahead.j2", day=long_date(day)).split())


def undated(explained: ReplyExplanation) -> bool:
    """fu30: the reply's date was not found (and none was given), yet the next steps carry dates: they count from
    today, so the person is asked for the day it came before any date is given."""
    return explained.received is None and any(s.by and s.kind in ("review", "commissioner") for s in explained.next_steps)


def _extended_words(x: dict | None) -> dict | None:
    """nx64: a part's extension as the explanation says it (long dates)."""
    from askfoi.deadlines import long_date

    if not x:
        return None
    return {"to": long_date(x["to"]) if x.get("to") else None, "allowed": long_date(x["allowed"]) if x.get("allowed") else None,
            "law": x.get("law"), "short": bool(x.get("to") and x.get("allowed") and x["to"] > x["allowed"])}


def explanation_text(explained: ReplyExplanation, *, chat: bool = False) -> str:
    """The explanation as plain text for a person (not wrapped): outcome, parts, sections, other answers,
    quotes and the dated next steps (prompts/reader/explain.txt.j2). CHAT: shown on the reply screen, whose message
    asks for a missing date itself (reply_flow), so the text only says the dates count from today."""
    from askfoi.deadlines import long_date
    from askfoi.models import OUTCOME_LABELS
    from askfoi.templates import render

    reading = explained.reading

    def label(outcome: Outcome) -> str:  # the EIR and EISR have no cost limit: "manifestly unreasonable" (nu19)
        if outcome == Outcome.cost_limit and explained.law in ("EIR", "EISR"):
            return "refused as manifestly unreasonable (too much work)"
        return OUTCOME_LABELS[outcome]

    if reading.unclear:
        heading = "Outcome: unclear (askfoi could not tell what was decided)"
    else:
        heading = f"Outcome: {label(reading.outcome)}" + (
            " (with neither confirm nor deny)" if reading.ncnd and reading.outcome != Outcome.ncnd else "")
    import re

    from askfoi.provision_shapes import said_as

    # lt101 (nc100 r1): a provision the law does not have ("section 31(a)") is said to be so, with the one it likely means
    explanation, sections = reading.explanation, [{**n.model_dump(), "name": said_as(n.section, n.name)} for n in explained.sections]
    if explained.sar:  # nu20: a subject access reply's DPA 2018 exemptions are no FOI sections (no "released to the world")
        extension = explained.sar_extension
        # rv51 (nc50 #6): a letter that extends the time is checked as an extension (came too late, runs too long, a
        # workload reason), never as a late answer "unless they told you within that month"
        explanation = " ".join(render("reply/sar_explained.j2", outcome=reading.outcome.value,
                                      cited=explained.dpa_exemptions, late=None if extension else explained.sar_late).split())
        if extension:
            explanation += " " + " ".join(render("reply/sar_extension.j2", x=extension, received=long_date(
                explained.received) if explained.received else None, chat=chat).split())
        sections = []
    text = render(
        "reader/explain.txt.j2",
        heading=heading,
        explanation=explanation,
        confidence=reading.confidence,
        parts=[{"number": p.number, "outcome": label(p.outcome), "ncnd": p.ncnd and p.outcome != Outcome.ncnd,
                "sections": p.sections, "follows": p.follows, "nil_answer": p.nil_answer, "not_recorded": p.not_recorded,
                "format": p.outcome == Outcome.refused and p.sections == ["11"],
                "extended": _extended_words(explained.extended_parts.get(p.number)),
                "own_data": p.number in explained.own_data_parts,
                "own_refused": p.number in explained.own_data_parts and not p.ncnd and p.outcome == Outcome.refused,
                "sar_passed": p.number in explained.sar_passed_parts} for p in reading.parts]
        + [{"number": u["number"], "outcome": "unclear (" + u["why"] + ")", "ncnd": False, "sections": [], "follows": None,
            "nil_answer": False, "format": False} for u in explained.unclear_parts],
        held_back=explained.held_back,
        part_doubts=explained.part_doubts,
        own_data_police=explained.own_data_police,
        sections=sections,
        others=[] if explained.sar else [o.model_dump() for o in explained.answered_differently],
        evidence=list(dict.fromkeys(reading.evidence)),
        steps=[{"title": s.title, "explanation": s.explanation, "by": long_date(s.by) if s.by else None} for s in explained.next_steps],
        undated=undated(explained), chat=chat,
        dated_ahead=dated_ahead_note(explained.dated_ahead) if explained.dated_ahead else None,
        # the reply is a review's outcome: only the Commissioner is left, and its time runs from that outcome
        after_review=bool(explained.next_steps) and all(s.kind == "commissioner" for s in explained.next_steps),
    )
    if explained.sar:
        text = text.rstrip() + "\n\nWhat you can do next:\n" + " ".join(
            render("reply/result_sar.j2", unclear=reading.unclear, lead=False, extension=sar_extension_steps(explained)).split()) + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def sar_extension_steps(explained: ReplyExplanation) -> bool:
    """rv51: the subject access reply is an extension letter whose own steps (a reminder, the ICO) the explanation
    gives, because it came too late or runs past the furthest lawful date."""
    x = explained.sar_extension
    return bool(x and (x.get("told_late") or x.get("beyond")))


_SOURCE_RANK = {"own": 0, "request": 1, "decision": 2, "other": 3}


def source_kind(url: str | None) -> str:
    """fu28: the kind of page a past answer's address is (knowledge/vocab/answer_sources.yaml): "own" (the authority's
    own site), "request" (a public request site), "decision" (a regulator's decision notice) or "other" (a newspaper, a
    blog, a document host)."""
    from urllib.parse import urlparse

    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("answer_sources")
    host = (urlparse(url or "").netloc or "").lower().split(":")[0]
    host = host[4:] if host.startswith("www.") else host
    if any(host == h or host.endswith("." + h) for h in data.get("request_hosts", [])):
        return "request"
    if any(host == h or host.endswith("." + h) for h in data.get("decision_hosts", [])):
        return "decision"
    if any(host.endswith(s) or host == s.lstrip(".") for s in data.get("own_suffixes", [])):
        return "own"
    return "other"


def source_words(url: str | None) -> str:
    """The kind of page URL is, said in a letter ("its own published answer", "a report on a third-party website ...")."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("answer_sources")
    return data.get("words", {}).get(source_kind(url), "")


def best_sources(others: list[OtherAnswer]) -> list[OtherAnswer]:
    """OTHERS with the authorities' own answers, public request pages and decision notices first, and a third-party page
    (a local newspaper's account) left out whenever any of those is there: an FOI officer dismisses a press report."""
    ranked = sorted(others, key=lambda o: _SOURCE_RANK[source_kind(o.url)])
    if any(source_kind(o.url) != "other" for o in ranked):
        ranked = [o for o in ranked if source_kind(o.url) != "other"]
    return ranked
