"""Framing: a first message read as a set of frames, each part of a request rendered from its frame.

A frame says what kind of record a question asks for (a closed vocabulary in
knowledge/vocab/record_kinds.yaml), the thing it is about (a short noun phrase), and qualifiers
(breakdown, place, overt use, a period of its own). The text of a part is rendered from its frame by
prompts/frames/<kind>.j2, so it cannot come out as an edited half of the person's sentence. A question
that cannot be framed is not put in a letter: it becomes a question back to the person, or is kept
whole when they choose "keep my words".

`frame_message` also proposes the organisation named in the message, the period it states, the route
(FOI or subject access) and the law, and flags a part about a covert tactic or surveillance technology
(knowledge/vocab/covert_terms.yaml) with the "neither confirm nor deny" sections and answerable frames
to put in its place.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from askfoi import sentence_ends
from askfoi.environmental import letter_law, part_law, topic_environmental
from askfoi.amounts import effect_verb
from askfoi.knowledge import load_vocab
from askfoi.ncnd_topics import act_as_noun, act_as_noun_in, asked_text, overt_form_named, technology_covert_use
from askfoi.outline import loose_labels, restarted_runs
from askfoi.questions import asks_for_information, clear_request, is_statement, read_message, split_questions, strip_opener, drops_elliptical, unaccounted, told_sentence, wh_question, why_of_count, dates_event, whole_request_note, period_only_ask
from askfoi.spelling import suggest as suggest_spelling
from askfoi.sentence_acts import formal_request
from askfoi.part_references import resolve_part_references
from askfoi.list_roles import noun_phrase_item
from askfoi.part_pointers import join_conditionals, one_antecedent, write_pointers, write_time_pointers
from askfoi.pronoun_roles import _lemmas as _pos_lemmas, agent_pronoun, role_at, verb_lemma
from askfoi.record_lists import record_item
from askfoi.yes_no_asks import object_of as yes_no_object, reframe_yes_no
from askfoi.informal_asks import ask_frame as informal_ask_frame, writer_why
from askfoi.story_subject import fill_pointers as fill_story_pointers
from askfoi.story_antecedents import asked_then_told, resolve as resolve_from_story, tells as _tells, told_then_asked
from askfoi.templates import render

RegimeName = Literal["FOIA", "FOISA", "EIR", "EISR", "SAR", "DPA-Part3"]
MAX_SUBJECT_WORDS = 9
_WORD = re.compile(r"[A-Za-z0-9&][\w&'\u2019/-]*")


class Qualifiers(BaseModel):
    """What narrows a frame: a breakdown ("month"), a place, overt use only, a period of its own."""

    breakdown: str | None = None
    place: str | None = None
    place_prep: str = "in"  # the preposition the person put before the place: "at the Reading festival"
    breakdown_prep: str = "by"  # fr17b: "broken down into fixed and mobile cameras"
    overt: bool = False
    covert: bool = False  # the question asks about covert use (or about use, which invites NCND)
    period: str | None = None  # this part's own period label, only when it differs from the request's
    on: str | None = None  # the day the figures are taken on: "1 April 2025" in "as at 1 April 2025"
    fields: list[str] = Field(default_factory=list, exclude=True)  # fr21a: "... Please give: a) X b) Y": what to give for them
    about: str | None = None  # fr21a: what the list's stem says the part is about, when the part does not say it
    uses_counted: bool = False  # a "use" part whose uses another part of the letter counts: it does not ask again
    # ck33 (nu34 #9): a "use" part whose message asks for no policy: it asks the number of uses only, and the policy is
    # offered by the low "policy-offer" finding (askfoi/follow_on_parts.py), never added
    policy_offered: bool = False


class Frame(BaseModel):
    """One part of a request: the kind of record, what it is about, its qualifiers and its text."""

    kind: str
    subject: str | None = None
    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    text: str = ""
    source: str = ""  # the question this frame was read from, in the person's words
    kept_words: bool = False  # True: the text is the person's question kept whole ("keep my words")
    decision: str | None = None  # reasons: "close the library on Elm Street"
    duty: str | None = None  # responsibility: "monitoring"
    parties: str | None = None  # correspondence: "the council and the contractor"
    head: str = ""  # count: words before the subject ("deployments of ")
    clause: str = ""  # count, list: what follows the subject ("issued for littering", "who died")
    article: bool = False  # the person wrote "the" (or "my") before the subject: templates that need one use it
    cause: bool = False  # reasons: "why did they happen" asks for the causes of the subject
    base: str | None = None  # a count that follows an earlier one ("how many were put down"): the earlier count's
    # own clause, which a sibling question narrows (not the clause of the sibling before it)
    times: bool = False  # count of occasions: "the number of times tasers were used"
    of_set: str | None = None  # fr24a: a subset counted from things whose description holds a clause of its own:
    # "operations cancelled because there were no beds" -> "Of the operations cancelled ..., the number that were ..."
    why: str | None = None  # reasons (askfoi.why_records): "why:why the bins are ...", "view:the new scheme", ...
    who_decided: bool = False  # reasons: "... and who decided" asked beside it: who made the decision, too
    warning: str | None = None  # why this part will probably not be answered (covert use: NCND)
    sections: list[str] = Field(default_factory=list)
    replacements: list["Frame"] = Field(default_factory=list)  # answerable frames to use instead
    # ck31 (nu33 #2): "does the met use live facial recognition": a technology forces deploy in public view, asked
    # without saying overt or covert. The part keeps the person's question; this is the same part limited to overt
    # use, offered (never put in its place) by the low "overt-limit" finding
    overt_limit: str | None = None
    overt_only: bool = False  # the part is limited to overt use in so many words ("the overt use of ...")
    payee: str | None = None  # lead34: a payee follow-on's own word for who was paid ("firm", "agency")

    @property
    def complete(self) -> bool:
        return self.kept_words or (bool(self.subject) and self.kind in kinds())


class AuthorityFound(BaseModel):
    name: str
    from_text: str

    @property
    def letter_name(self) -> str:
        """(ck21) The body's own name as a letter gives it ("London Borough of Tower Hamlets")."""
        from askfoi.authorities import letter_name_of

        return letter_name_of(self.name) or self.name


class OtherBody(BaseModel):
    """(ck32) Questions in the message put to another body than the request's: a separate request of their own."""

    authority: str
    named: str = ""
    questions: list[str] = Field(default_factory=list)


class Framing(BaseModel):
    """What a first message asks, framed: the route, the law, who, when, the parts and what is unclear."""

    route: Literal["foi", "sar"] = "foi"
    regime: RegimeName = "FOIA"
    authority: AuthorityFound | None = None
    period: str | None = None  # the period's label ("1 April 2024 to 31 March 2025")
    period_text: str | None = None  # as the message said it ("2024/25")
    period_in_story: bool = False  # fr30: PERIOD_TEXT dates the person's story, not what they asked
    # fx56 (nc53 #11): that story period's label ("1 January 2025 to 31 December 2025"): said, never the letter's PERIOD
    story_period: str | None = None
    # ad51 (nc49 #10): the period read by the body's own year ("2024/25" at a university: 1 August to 31 July), said
    period_year: str | None = None
    parts: list[Frame] = Field(default_factory=list)
    findings: list[Any] = Field(default_factory=list)  # askfoi.checks.Finding
    questions: list[str] = Field(default_factory=list)  # what a too-vague message needs answered
    unframed: list[str] = Field(default_factory=list)  # the questions that could not be framed
    pending: list[Frame] = Field(default_factory=list)  # framed but for the kind of record (the person picks it)
    # lw53 (nc53 #1): in a letter only partly environmental (REGIME is the Act's), the parts under the EIR (EISR)
    environmental_parts: list[int] = Field(default_factory=list)
    spelling: list[tuple[str, str]] = Field(default_factory=list)  # (as typed, proposed): shown, never applied here
    named_together: list[str] = Field(default_factory=list)  # bodies named side by side: the person picks one
    # org14: no body named, only its kind ("the housing association", "my gp"): the kind, and the question that asks
    # which one (prompts/frames/which_body.j2)
    body_kind: str | None = None
    body_question: str | None = None
    body_choices: list[str] = Field(default_factory=list)  # ck33: the bodies body_question offers by number
    adviser: bool = False  # ck33: an adviser sends the client's own subject access request, with her written authority
    authority_note: str | None = None  # ck26: what the proposed body is ("an academy's FOI body is its trust ...")
    body_named: str | None = None  # ck26: the institution's name as typed, kept when "ok" answers which one it is
    remarks: list[str] = Field(default_factory=list)  # fr7a: conditions, fallbacks, notes, background: never parts nor asked back
    # a subject access request's message that also asks for figures: FOI questions for a separate request
    foi_aside: list[str] = Field(default_factory=list)
    # ny73 (nc73 #2): the set-aside FOI questions about one identifiable person ("how many grievances were raised about my
    # ward manager"): that person's personal data, never said to be no one's (checks.yaml third-party-personal-data)
    foi_aside_people: list[str] = Field(default_factory=list)
    # an FOI message that also asks for another person's own records ("she wants his care plan"): never parts;
    # that person's subject access request (askfoi.sar_items.records_of_others)
    others_records: list[str] = Field(default_factory=list)
    # ck32 (nu34 #2): questions put to other bodies than this request's: each body's own request, offered next
    other_bodies: list[OtherBody] = Field(default_factory=list)
    # fr13a: what each part pointed at outside itself and what was written out (askfoi.part_references); not output
    references: list[Any] = Field(default_factory=list, exclude=True)
    pointers: list[Any] = Field(default_factory=list, exclude=True)  # fr20a: what askfoi.part_pointers did
    gated: list[Any] = Field(default_factory=list, exclude=True)  # fr21b: parts askfoi.part_gate replaced or asked back
    # fr33: parts whose "there" / "our road" the story does not make sure, with the question asked (askfoi.story_parts)
    held: list[dict] = Field(default_factory=list)  # {"part": the part as it would read, "question": asked back}
    # cx37: questions that vent beside a real ask ("why not just ...?", "how on earth ...?"), set aside as remarks
    # (askfoi.rhetorical_asks): no later step makes them parts again; not output
    vented: list[str] = Field(default_factory=list, exclude=True)
    # lead37: questions asked back that name parts by number, with what renders them again: (question, the parts it
    # names, template, its values); numbered again once the parts are final (askfoi.framing.number_asked_parts)
    asked_parts: list[tuple[str, list[Any], str, dict]] = Field(default_factory=list, exclude=True)
    # fx50 (nc49 #1): the questions the message asks, as read before any part was framed (askfoi.question_ledger: each
    # ends as a part, a question asked back or a remark); not output
    asked: list[str] = Field(default_factory=list, exclude=True)
    # fx50: questions of the message that could be neither framed nor kept whole: named, never lost in silence
    left_out: list[str] = Field(default_factory=list)

    @property
    def subject(self) -> str | None:
        return next((p.subject for p in self.parts if p.subject and not p.kept_words), None)

    def as_json(self) -> dict:
        return {
            "route": self.route,
            "regime": self.regime,
            # lw53 (nc53 #1): a letter under the Act whose environmental parts go under the EIR (EISR): their numbers
            **({"environmental_parts": self.environmental_parts} if self.environmental_parts else {}),
            "authority": self.authority.model_dump() if self.authority else None,
            **({"authority_kind": self.body_kind, "authority_question": self.body_question} if self.body_question else {}),
            **({"authority_choices": self.body_choices} if self.body_choices else {}),
            **({"adviser": True} if self.adviser else {}),
            **({"authority_note": self.authority_note} if self.authority_note else {}),
            "period": self.period,
            **({"period_source": {"from": "story", "words": self.period_text, "period": self.story_period}}
               if self.period_in_story else {}),
            **({"period_year": self.period_year} if self.period_year else {}),
            "parts": [
                {
                    "kind": p.kind,
                    "subject": p.subject,
                    "qualifiers": p.qualifiers.model_dump(exclude_defaults=True),
                    "text": p.text,
                    **({"warning": p.warning, "sections": p.sections,
                        "replacements": [r.text for r in p.replacements]} if p.warning else {}),
                }
                for p in self.parts
            ],
            "findings": [f.model_dump() if hasattr(f, "model_dump") else f for f in self.findings],
            "questions": self.questions,
            "spelling": [{"typed": a, "proposed": b} for a, b in self.spelling],
            **({"named_together": self.named_together} if self.named_together else {}),
            **({"remarks": self.remarks} if self.remarks else {}),
            **({"foi_aside": self.foi_aside} if self.foi_aside else {}),
            **({"foi_aside_people": self.foi_aside_people} if self.foi_aside_people else {}),
            **({"others_records": self.others_records} if self.others_records else {}),
            **({"held": self.held} if self.held else {}),
            **({"other_bodies": [b.model_dump() for b in self.other_bodies]} if self.other_bodies else {}),
            **({"left_out": self.left_out} if self.left_out else {}),
        }


# --- the vocabulary ------------------------------------------------------------------------------------


class _Kind(BaseModel):
    label: str
    template: str
    names: list[str] = Field(default_factory=list)  # what a person calls it: "policy", "spending"
    cues: list[str] = Field(default_factory=list)
    choice: bool = False


@dataclass(frozen=True)
class _Vocab:
    kinds: dict[str, _Kind]
    cues: tuple[tuple[str, re.Pattern[str]], ...]
    auth: str
    mask: str
    breakdowns: tuple[re.Pattern[str], ...]
    place_preps: frozenset[str]
    place_words: frozenset[str]
    stop: re.Pattern[str]
    banned: frozenset[str]
    pronouns: frozenset[str]
    leading: frozenset[str]
    dangling: frozenset[str]
    participles: frozenset[str]
    verbs: frozenset[str]
    people: frozenset[str]
    passive_objects: frozenset[str]
    person_acts: frozenset[str]
    intransitive: frozenset[str]
    past: dict[str, str]
    spellings: dict[str, str]


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("record_kinds")
    data = data if isinstance(data, dict) else {}
    kinds = {k: _Kind.model_validate(v) for k, v in (data.get("kinds") or {}).items()}
    auth = "(?:" + "|".join(a for a in data.get("auth_words") or [] if a != "AUTHORITY") + "|\u00a7AUTH\u00a7)"
    cues = []
    jobs = "(?:" + "|".join(re.escape(str(w)) for w in data.get("job_verbs") or ["(?!)"]) + ")"
    for name, kind in kinds.items():
        for cue in kind.cues:
            try:
                cues.append((name, re.compile(cue.replace("JOBVERB", jobs).replace("AUTH", auth), re.I)))
            except re.error:
                continue  # a broken pattern in the data is skipped; `kb validate` reports vocab files
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return _Vocab(
        kinds=kinds,
        cues=tuple(cues),
        auth=auth,
        mask="|".join(a for a in data.get("auth_words") or [] if a not in ("AUTHORITY", "police|cops|council")),
        breakdowns=tuple(re.compile(r"(?<!\w)" + p + r"(?!\w)", re.I) for p in data.get("breakdowns") or []),
        place_preps=low("place_prepositions"),
        place_words=low("place_words"),
        stop=re.compile("|".join(f"(?:{p})" for p in data.get("stop_words") or ["is"]), re.I),
        banned=low("banned_in_subject"),
        pronouns=low("pronouns"),
        leading=low("leading_words"),
        dangling=low("dangling"),
        participles=low("participles"),
        verbs=low("finite_verbs"),
        people=low("people"),
        passive_objects=low("passive_with_object"),
        intransitive=low("intransitive_verbs"),
        person_acts=low("person_verbs"),
        past={str(k).lower(): str(v) for k, v in (data.get("past_participles") or {}).items()},
        spellings={str(k).lower(): str(v) for k, v in (data.get("spellings") or {}).items()},
    )


def kinds() -> dict[str, str]:
    """The kinds of record a part can ask for: name -> label (knowledge/vocab/record_kinds.yaml)."""
    return {name: k.label for name, k in _vocab().kinds.items()}


def kind_words() -> list[str]:
    """The word a person can type for each kind ("numbers", "spending", "policy" ...)."""
    return [k.names[0] for k in _vocab().kinds.values() if k.names and k.template != "personal_data"]


def kind_named(words: str) -> str | None:
    """The kind of record a few words name ("policy", "spending", "numbers", "dpia"), or None."""
    words = words.strip().lower()
    if not words:
        return None
    if words.replace(" ", "_") in _vocab().kinds:
        return words.replace(" ", "_")
    for name, kind in _vocab().kinds.items():
        if kind.template == "personal_data":
            continue
        if any(words == w or words.rstrip("s") == w.rstrip("s") for w in kind.names):
            return name
    return None


def choice_kinds() -> list[str]:
    """The kinds offered when a question names no kind of record, in order."""
    data, _ = load_vocab("record_kinds")
    order = [k for k in (data.get("choices") or []) if k in _vocab().kinds] if isinstance(data, dict) else []
    return order or [name for name, k in _vocab().kinds.items() if k.choice]


class _Covert(BaseModel):
    terms: list[str]
    overt: list[str] = Field(default_factory=list)
    covert: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    sections_scotland: list[str] = Field(default_factory=list)
    police_only: bool = True
    replace: list[dict[str, Any]] = Field(default_factory=list)
    overt_by_default: list[str] = Field(default_factory=list)
    no_overt_form: list[str] = Field(default_factory=list)
    covert_names: list[str] = Field(default_factory=list)
    covert_items: list[str] = Field(default_factory=list)
    use_nouns: list[str] = Field(default_factory=list)  # cx41: "use", "usage", "deployment"
    recorded_use: str | None = None  # nf94: a technology run on recorded footage (covert_terms.yaml)
    recorded_head: str = "retrospective searches using"
    answered_totals: list[str] = Field(default_factory=list)  # cv99: a no-overt tactic whose yearly totals are released
    spend_overlaps: list[str] = Field(default_factory=list)  # cv99: replacement kinds a spend part already covers

    @functools.cached_property
    def named(self) -> re.Pattern[str] | None:
        """ck29: tactics whose own name holds a covert word ("covert human intelligence sources"): the name is not a
        question about covert use, so a total paid to them reads as one paid to "informants"."""
        from askfoi.knowledge import compile_any

        return compile_any(self.covert_names)

    @functools.cached_property
    def overt_default(self) -> re.Pattern[str] | None:
        from askfoi.knowledge import compile_any

        return compile_any(self.overt_by_default)

    @functools.cached_property
    def no_overt(self) -> re.Pattern[str] | None:
        from askfoi.knowledge import compile_any

        return compile_any(self.no_overt_form)


_LIVE_FORM = re.compile(r"(?i)\b(?:live\s+(?:facial|face)\s+recognition|lfr)\b")


def _live_form_named(text: str) -> bool:
    """Lead (session 31): TEXT names live facial recognition, which forces deploy in public view and publish; a bare
    "facial recognition" may be retrospective or covert use, so "does the force use facial recognition" stays a covert
    risk (issue 9: whether a force uses a surveillance technology counts as covert unless limited to overt use)."""
    return bool(_LIVE_FORM.search(text or ""))


def _only_overt_by_default(text: str) -> bool:
    """Whether every covert term TEXT matches is a technology deployed in public view ("live facial
    recognition vans"), so the question is about overt use unless it says covert."""
    spec, terms = _covert()
    hits = [m.group() for m in terms.finditer(text)] if terms is not None else []
    return bool(hits) and spec.overt_default is not None and all(spec.overt_default.fullmatch(h) for h in hits)


def used_thing(subject: str | None) -> str | None:
    """cx41: the thing a subject that names its use is about: "the use of live facial recognition" -> "live facial
    recognition", "use of the drones" -> "the drones" (the nouns are knowledge/vocab/covert_terms.yaml use_nouns);
    None when SUBJECT does not name a use. Templates that say the use themselves ("the overt use of X") take it."""
    spec, _ = _covert()
    if not subject or not spec.use_nouns:
        return None
    m = re.match(r"(?i)^(?:the\s+|its\s+|their\s+|any\s+)?(?:" + "|".join(map(re.escape, spec.use_nouns))
                 + r")\s+of\s+(?P<thing>\S.*)$", subject.strip())
    return m.group("thing").strip() if m else None


def total_answered(frame: "Frame") -> bool:
    """cv99 (nc99 #4): FRAME asks only what was paid or spent on a tactic whose yearly totals forces release
    (informants: knowledge/vocab/covert_terms.yaml answered_totals, with the pack's counts), so it is no covert question."""
    spec, _ = _covert()
    if frame.kind not in ("total_spend", "figure") or not spec.answered_totals:
        return False
    said = " ".join(filter(None, (frame.subject, frame.text)))
    return bool(re.search("|".join(f"(?:{t})" for t in spec.answered_totals), said, re.IGNORECASE)) \
        and not re.search(r"(?i)\b(?:each|every|individual|single|largest|biggest|highest|one)\s+(?:informants?|informers?|"
                          r"payments?|sources?|person)\b", said)


def no_overt_use(text: str) -> bool:
    """Whether TEXT names a covert tactic that has no overt use to ask about instead (informants, IMSI
    catchers, interception: knowledge/vocab/covert_terms.yaml no_overt_form)."""
    spec, _ = _covert()
    return spec.no_overt is not None and bool(spec.no_overt.search(text))


@functools.lru_cache(maxsize=1)
def _covert() -> tuple[_Covert, re.Pattern[str] | None]:
    data, _ = load_vocab("covert_terms")
    spec = _Covert.model_validate(data if isinstance(data, dict) else {"terms": []})
    from askfoi.knowledge import compile_any

    return spec, compile_any(spec.terms)


@functools.lru_cache(maxsize=1)
def _inflector():
    """inflect's engine. inflect wraps its methods in typeguard's @typechecked, which re-parses inflect's whole source
    once per method at import (about 3 s, the chatbot's first answer waiting on it); askfoi passes it only strings, so
    it is imported with the decorator as the identity, which is what typeguard itself does under `python -O`."""
    import sys

    if "inflect" not in sys.modules:
        import typeguard

        checked = typeguard.typechecked
        typeguard.typechecked = lambda target=None, **_: target if target is not None else (lambda t: t)
        try:
            import inflect
        finally:
            typeguard.typechecked = checked
    import inflect

    return inflect.engine()


def is_plural(phrase: str) -> bool:
    """Whether a noun phrase names several things ("cameras", "people") rather than one."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", " ", phrase)) or re.findall(r"[A-Za-z]+", phrase)
    if not words:  # fx46: a bracket holds a second name or an aside, never the head ("extraction (cyber kiosks)")
        return False
    head = next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in {"of", "on", "for", "in", "at", "to", "by", "with", "about", "from"}), words[-1])
    if head.isupper():
        return head.endswith("s") and len(head) > 2  # "PCNs"
    return bool(_inflector().singular_noun(head.lower()))


# --- finding the organisation and the period -------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def noun_phrase(text: str) -> str | None:
    """The noun phrase TEXT begins with ("Air quality readings from the monitors ..."), or None."""
    return _chunk(_mask_generic(text), "")[0]


def _covered_by_foi(name: str) -> bool:
    """lead41: NAME is a body the access laws reach (knowledge/authorities.jsonl: covered is not false; MI5, MI6 and
    GCHQ are not)."""
    from askfoi.authorities import resolve_authority

    found = resolve_authority(name)
    return not (found is not None and found.known and getattr(found, "covered", True) is False)


_GREETING_TITLE = re.compile(r"(?i)^(?:the\s+)?(?:sir|sirs|madam|mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|lord|lady|"
                             r"rev|reverend|colleague|colleagues|friend|friends|all|team|foi|freedom|information|data|records|"
                             r"chief|head|director|clerk|officer|manager|governors?|trustees?|parents?|residents?)\b")


def _greeted_organisation(name: str) -> str | None:
    """fx97: NAME (the words after "Dear" in a salutation) as an organisation's own name when it ends on a word that
    ends such names (institution_names.yaml `greeting_heads`: "ARK Schools", "Harris Federation") after at least one
    word of the name's own, typed with a capital, that is no place ("Leeds Schools" is where, not who); None for a
    person, a title or a role ("Sir/Madam", "Mr Patel", "FOI Team")."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("institution_names")
    heads = {str(w).lower() for w in ((data or {}).get("greeting_heads") or [])} if isinstance(data, dict) else set()
    words = name.strip().split()
    if len(words) < 2 or len(words) > 6 or _GREETING_TITLE.match(name.strip()) or "/" in name:
        return None
    if words[-1].lower().strip(".,") not in heads:
        return None
    own = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in heads and w.lower() not in _NAME_JOINS]
    places = _place_names()
    if not own or all(w.lower() in places for w in own) or " ".join(words[:-1]).lower() in places:
        return None
    return " ".join(words)


def find_authority(text: str, authority: str | None = None, *, reading=None
                   ) -> tuple[AuthorityFound | None, tuple[int, int] | None]:
    """The organisation the message names as the body asked (resolved to the body askfoi knows) and where it is
    named, or the one given; (None, None) when no known body is named as asked (`asked_bodies`). READING is
    askfoi.questions.read_message(TEXT) when the caller has it already."""
    from askfoi.authorities import default_index, normalise, resolve_authority

    if authority and authority.strip():
        found = resolve_authority(authority)
        name = found.name if found is not None and found.known else authority.strip()
        span = None
        low = text.lower()
        for probe in (authority.strip().lower(), name.lower()):
            at = low.find(probe)
            if at >= 0:
                span = (at, at + len(probe))
                break
        return AuthorityFound(name=name, from_text=authority.strip()), span
    index = default_index()
    dear = re.match(r"\s*dear\s+([^,\n]{3,80}?)\s*(?:,|\n|$)", text, re.I)  # ck29: "Dear Kent Police, please ..."
    if dear:  # "Dear Ministry of Justice,": the body the letter is addressed to
        key = normalise(re.sub(r"(?i)^the\s+", "", dear.group(1)))
        if key in index.exact:
            return AuthorityFound(name=index.authorities[index.exact[key]].name, from_text=dear.group(1)), dear.span(1)
        greeted = _greeted_organisation(dear.group(1))
        if greeted is not None and resolve_authority(greeted) is not None and not resolve_authority(greeted).known:
            # fx97 (fx94 "Dear ARK Schools,"): an organisation askfoi does not list, named by the salutation by its own
            # name: the letter's body (as "Dear STEP Academy Trust," is), never left unnamed
            return AuthorityFound(name=greeted, from_text=dear.group(1)), dear.span(1)
    from askfoi.periods import without_event_mentions

    from askfoi.name_roles import without_examples

    masked = without_event_mentions(without_examples(text))  # fx70: an example names no body asked
    if masked != text:
        # au58 (nc58 #1): a disaster or an attack the story names ("after grenfell", "the southport attack") says
        # what happened, never which body is asked: the body named, then the town named, decide; an event alone
        # leaves the organisation to be asked
        text, reading = masked, None
    if reading is None:
        from askfoi.questions import read_message

        reading = read_message(text)
    # what the message asks, without the person's story, says which service is asked ("I told the police but ...")
    asked_text = text
    for remark in reading.remarks:
        asked_text = asked_text.replace(remark, " ")
    named = _named_bodies(text)
    hits = _asked_hits(text, named, reading)
    place_text, asked_text = _without_unasked_names(text, asked_text, named, hits)
    from askfoi.informal_roles import asks_of_own_body, writer_affiliation

    own = [h for h in hits if h[1][2] is not None and writer_affiliation(text[:h[1][2][0]])
           and not asks_of_own_body(h[1][1], text[h[1][2][1]:])]  # lead51: "... how many complaints the uni got"
    if own and len(own) < len(hits):
        # lead50 (nc61 #1 p1): "hi im a volunteer at the citizens advice drop in, ... how many PIP decisions the dwp
        # changed": the writer's own organisation is who writes, never the body asked when another is named
        hits = [h for h in hits if h not in own]
    if hits and not any(_covered_by_foi(h[1][1]) for h in hits):
        # lead41 (nc44 #10): "does mi5 share data with north wales police": the body asked is one FOI does not reach;
        # another body named is the one that can be asked (and may answer with s23(5))
        others = [(0, h) for h in named if _covered_by_foi(h[1]) and not h[4] and _named_in_full(h[3])]  # never a place
        hits = others or hits
    hits = _whole_place_hits(text, hits)  # ck22: "great yarmouth town council" is not Yarmouth Town Council
    hits = _asked_not_topic(text, hits)  # ck22: "ofwat complaints about southern water": Ofwat is asked
    hits = _not_standard_source(text, hits)  # ck24a: "does the council follow the NICE guidelines": the council is asked
    hits = _own_unit_hits(hits, named)  # nf97 (nc97 #3): "wakefield council ... the standards committee": the council's own
    from askfoi.subject_holders import approver_only, subject_holder

    held = subject_holder(asked_text) or subject_holder(text)  # (the story says whose subject it is too)
    if held is not None and hits and all(approver_only(text, h[1][2]) for h in hits):
        hits = []  # fx67: "... within their current Home Office Approval": the approver is named, never asked
    if hits and _unknown_actor(text, hits):
        hits = []  # ff27: "how did LCC consider ...", "will LCC sue the EA": the body asked is one askfoi cannot name
    from askfoi.site_bodies import hospital_site

    site = hospital_site(asked_text) or hospital_site(text)
    if site is not None and not any(_named_in_full(h[3]) and h[1] != site[0] and h[3].lower() not in site[1].lower()
                                    and (h[2] is None or not (site[2][0] <= h[2][0] < site[2][1]))
                                    and h[3].lower() not in text[site[2][1]:site[2][1] + 40].lower()
                                    for _, h in hits):
        # ck22: a hospital named by its site ("the royal london hospital", "the queen elizabeth hospital in birmingham"):
        # the current trust that runs it (knowledge/vocab/hospital_sites.yaml), never the city's council nor another
        # trust's hospital of the same name; the site stays in the text as a place
        return AuthorityFound(name=site[0], from_text=site[1]), None
    from askfoi.hospital_towns import hospital_in_town

    town = hospital_in_town(asked_text) if site is None else None
    if town is not None and town[0] and not any(_named_in_full(h[3]) and h[3].lower() not in town[3].lower()
                                               and town[2].lower() not in h[3].lower() for _, h in hits):
        # ck33 (nu34 #4): "the hospital in wolverhampton": the NHS body that runs the town's main hospital, never the
        # town's council; several bodies there are offered as choices (_hospital_town_choices)
        return AuthorityFound(name=town[0], from_text=town[3]), None
    placed = _kind_in_place(text)
    if placed is not None and not any(_named_in_full(h[3]) and not (placed[2][0] <= h[2][0] < placed[2][1])
                                      for _, h in hits):
        # org14: "the police and crime commissioner in kent", "the council in leeds": the body of that kind there,
        # unless the message names another body in full
        return AuthorityFound(name=placed[0], from_text=placed[1]), placed[2]
    from askfoi.site_bodies import fire_body_in_text

    fire = fire_body_in_text(asked_text)
    if fire is not None and not any(_named_in_full(h[3]) for _, h in hits):
        # lead35: "how many fire stations in devon have closed": the fire and rescue service there, never the place's
        # council (a body named in full is kept)
        return AuthorityFound(name=fire[0], from_text=fire[1]), None
    if not hits and held is not None:
        # fx67: "patrols on Tooting Bec Road, a red route": a subject one body holds (knowledge/vocab/subject_holders.yaml)
        # says the body when none is named as asked, before any place's council is guessed
        return AuthorityFound(name=held[0], from_text=held[1]), None
    if not hits:
        from askfoi.site_bodies import prison_body

        prison = prison_body(place_text)  # "hmp wandsworth": prisons are answered for by the body that runs them
        if prison:
            return AuthorityFound(name=prison[0], from_text=prison[1]), None
        county = _county_body(place_text, asked_text)  # org14: "potholes in kent": the county council; "police in kent": the force
        if county is None:
            from askfoi.area_councils import area_council

            county = area_council(place_text, asked_text)  # ck34: "broadwater farm", "the gorbals": the council whose area it is in
            from askfoi.site_bodies import service_body

            if county:
                from askfoi.subject_holders import london_holder

                london = london_holder(asked_text, county[0])
                if london is not None:  # fx101: "the 12 bus in peckham": London's buses are TfL's, never Southwark's
                    return AuthorityFound(name=london[0], from_text=london[1]), None
            if county:  # ck35: a town, an estate or a paper is no name of the body: it stays in the parts as typed
                # fx97 (fx94 Cheshire Fire 2224): "the incident logs from the building fire in crewe": a service one
                # body runs in the town's area (its fire and rescue service) holds them, never the town's council
                served = service_body(asked_text, county[1])
                return AuthorityFound(name=served or county[0], from_text=county[1]), None
            from askfoi.town_councils import town_body

            town = town_body(place_text, asked_text)  # ad50: "potholes in banbury": the council (by tier) or force of its area
            served = service_body(asked_text, town.town.typed) if town is not None else None
            if served:  # fx97: as for a town inside a council's area, also where its councils' tier is not said
                return AuthorityFound(name=served, from_text=town.town.typed), None
            if town is not None and town.body:  # (a shared name, or a tier not said, is asked: _town_choices)
                from askfoi.place_councils import current_body
                from askfoi.subject_holders import london_holder

                london = london_holder(asked_text, current_body(town.body))
                if london is not None:  # fx101 (fx100 TfL 0318): "the proposed 456 bus route in Enfield": TfL's
                    return AuthorityFound(name=london[0], from_text=london[1]), None
                return AuthorityFound(name=current_body(town.body), from_text=town.town.typed), None
        return (AuthorityFound(name=county[0], from_text=county[1]), county[2]) if county else (None, None)
    # a name as written before a near spelling; a name before a bare place ("can thames water tell me ... at
    # oxford"); the head, a question, the rest; max keeps the first of equals
    covered = [h for h in hits if _covered_by_foi(h[1][1]) and _named_in_full(h[1][3])]
    if covered and any(not _covered_by_foi(h[1][1]) for h in hits):
        hits = covered  # lead41 (nc44 #10): the body FOI reaches is asked
    _, (_, name, span, typed, sited) = max(hits, key=lambda h: (h[1][0][0], _named_in_full(h[1][3]), h[0], h[1][0]))
    initials = _council_by_initials(text, typed)
    if initials is not None and initials != name:
        # fx47: "CDC" in a letter about "our council" and the Chichester Observer is Chichester District Council,
        # never CDC Group plc: a council whose initials are the acronym typed and whose place the message names
        return AuthorityFound(name=initials, from_text=typed), span
    actor = _actor_over_place(text, hits, name, typed, sited)
    if actor is not None:
        # ck24a: "how many times has the home office housed asylum seekers in hotels in stoke on trent": the body
        # whose acts are asked holds their records; the place only says where (the subject decides the body)
        _, name, span, typed, sited = actor
    if held is None and not sited and not _named_in_full(typed) and _is_council(name):
        from askfoi.subject_holders import london_holder

        held = london_holder(asked_text, name)  # fx101 (fx100 TfL 0318): "the proposed 456 bus route in Enfield": TfL's
    if held is not None and not sited and not _named_in_full(typed):
        # fx67: "PCNs issued on red routes in Croydon": the place says where; the subject's one holder is asked
        return AuthorityFound(name=held[0], from_text=held[1]), None
    if not sited and (not _named_in_full(typed) or _two_part_place(typed)):
        from askfoi.site_bodies import service_body

        served = service_body(asked_text, typed)  # "ambulances ... in cornwall": the ambulance trust, not the council
        if served and served != name:  # ("the met" is itself the force: its name stays masked)
            return AuthorityFound(name=served, from_text=typed), None
        from askfoi.site_bodies import hospital_care_asked

        if not served and _is_council(name) and hospital_care_asked(asked_text):
            # lead60: hospital care in a town whose hospital body askfoi cannot name ("hip operations cancelled in
            # liverpool"): a council holds no hospital's records, so none is guessed and the person is asked
            return None, None
    from askfoi.place_councils import council_for_tier, current_body

    if not sited and not _named_in_full(typed) and _is_council(name):
        from askfoi.town_councils import shared_place, town_body

        # ad50: "fly tipping in ashford": a council found by its place alone, when towns of that name lie in other
        # councils' areas too (Ashford, Surrey), is asked with those councils as choices (_town_choices), never assumed
        shared = town_body(text, asked_text) if shared_place(typed, current_body(name)) is not None else None
        if shared is not None:
            return (AuthorityFound(name=current_body(shared.body), from_text=typed), None) if shared.body else (None, None)
    if not sited and not _TIER_NAMED.search(typed):
        # org14: a council named by its place ("potholes in sevenoaks", "sevenoaks council") is the one whose tier
        # runs the service asked about (Kent County Council); a name with its tier ("Sevenoaks District Council")
        # is kept as typed (the check district-not-county says what the district holds)
        name = council_for_tier(name, text)
    # a body found from a site ("colchester police station": Essex Police) leaves the site in the text; an
    # abolished body is proposed as the one body that now answers for it (Harrogate -> North Yorkshire Council)
    return AuthorityFound(name=current_body(name), from_text=typed), (None if sited else span)


_GENERIC_NAME_WORDS = frozenset("the of and for upon on in council councils district borough city county metropolitan "
                                 "royal london unitary authority".split())


def _council_by_initials(text: str, typed: str) -> str | None:
    """(fx47) The one council whose name's initials are TYPED (an acronym: "CDC", "THC") and whose place TEXT names
    ("Chichester": Chichester District Council), or None: the story's place and the word "council" decide the body an
    acronym means, before an unrelated body that has the acronym as its alias (CDC Group plc)."""
    if not re.fullmatch(r"[A-Z]{2,6}", typed or "") or not re.search(r"(?i)\bcouncil(?:s|lors?)?\b", text):
        return None
    from askfoi.authorities import default_index

    low = text.lower()
    found = []
    for auth in default_index().authorities:
        if str(auth.type) != "council":
            continue
        for label in (auth.name, *auth.aliases):
            words = re.findall(r"[A-Za-z]+", label)
            letters = {"".join(w[0] for w in words).upper(),
                       "".join(w[0] for w in words if w.lower() not in ("of", "and", "upon", "on")).upper()}
            if typed not in letters:
                continue
            places = [w.lower() for w in words if w.lower() not in _GENERIC_NAME_WORDS]
            if places and all(re.search(r"\b" + re.escape(w) + r"\b", low) for w in places):
                found.append(auth.name)
                break
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def _defined_acronyms(text: str) -> set[str]:
    """(fx47) The acronyms TEXT defines in brackets after a name ("The Highland Council (THC)")."""
    return {m.group(1) for m in re.finditer(r"[A-Za-z][A-Za-z'&.-]*\s*\(([A-Z]{2,8})\)", text or "")}


# ff27: a body named by an acronym as the one acting in a question ("how did LCC consider", "are LCC going to", "the
# fees paid by LCC"): the subject of the question's verb, or the agent after "by"
_ACTOR_ACRONYM = re.compile(
    r"\b(?:(?:how|why|when|where|what)\s+)?(?:did|does|do|has|have|had|will|would|are|is|was|were|can|could|should)\s+"
    r"(?:the\s+)?(?P<a>[A-Z]{2,6})\s+(?!and\b|or\b)[a-z]|\b(?:paid|commissioned|made|taken|agreed|decided|approved|"
    r"held|spent|incurred|issued)\s+by\s+(?:the\s+)?(?P<b>[A-Z]{2,6})\b")


def _unknown_actor(text: str, hits: list) -> bool:
    """(ff27) Whether TEXT's questions are put to a body it names by an acronym askfoi cannot resolve ("How did LCC
    consider ...", "the fees paid by LCC") while no hit of HITS is named in that role: the bodies found are only
    mentioned beside it ("the EA report", "meet with the EA"), so which body is asked is asked back, never guessed."""
    from askfoi.authorities import resolve_authority
    from askfoi.spelling import _known

    actors = set()
    defined = _defined_acronyms(text)  # fx47: "The Highland Council (THC) ... savings made by THC": the body named
    for m in _ACTOR_ACRONYM.finditer(text):
        acronym = m.group("a") or m.group("b")
        if acronym in defined or acronym.lower() in {h[3].lower() for _, h in hits} or _known(acronym.lower()):
            continue
        found = resolve_authority(acronym)
        if found is None or not found.known:
            actors.add(acronym)
    if not actors:
        return False
    typed = {re.escape(h[3]) for _, h in hits}
    acting = re.compile(_ACTOR_ACRONYM.pattern.replace("[A-Z]{2,6}", "(?:" + "|".join(typed) + ")"))
    first = text.strip().split("\n", 1)[0]
    head = len(first.split()) <= _HEAD_WORDS and not re.match(r"\W*\d", first) and "?" not in first
    return not acting.search(text) and not (head and any(h[2] and h[2][1] <= len(first) + 1 for _, h in hits))


def _actor_over_place(text: str, hits: list, name: str, typed: str, sited: bool):
    """(ck24a) The hit of HITS for a body named in full as the one acting in a question ("has the home office
    housed ...", "did the environment agency fine ..."), when the body chosen (NAME, as TYPED) is a council named
    only by its place ("in stoke on trent"); None otherwise."""
    from askfoi.authorities import resolve_authority

    if sited or set(w.lower() for w in re.findall(r"[A-Za-z]+", typed)) & _type_words():
        return None
    chosen = resolve_authority(name)
    if chosen is None or not chosen.known or chosen.type.value != "council":
        return None
    for _, hit in hits:
        other_name, other_span, other_typed, other_sited = hit[1], hit[2], hit[3], hit[4]
        if other_name == name or other_sited or not other_span or not _named_in_full(other_typed):
            continue
        start = max(text.rfind(c, 0, other_span[0]) for c in ".?!\n") + 1
        if _ACTOR_BEFORE.match(text[start:other_span[0]]):
            return hit
    return None


# ck24a: what a body named before it issued, not what it holds of the person's subject ("the NICE guidelines", "HSE
# guidance", "DfE standards"): the words after a body named as the source of a standard
_STANDARD_AFTER = re.compile(r"(?i)^['\u2019]?s?\s+(?:[\w-]+\s+)?(?:guidelines?|guidance|standards?|rules|codes?(?:\s+of\s+practice)?|"
                             r"frameworks?|criteria|recommendations|regulations|advice|protocols?)\b")


_WEB_ADDRESS = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"]+")


def _without_unasked_names(text: str, asked_text: str, named: list, hits: list) -> tuple[str, str]:
    """fy88: (TEXT, ASKED_TEXT) with their web addresses and the bodies named in full only as a source or a comparison
    blanked, same length ("similar to the data published by London Fire Brigade", "as made publicly available by X",
    "like Waltham Forest does": askfoi.name_roles.named_aside / cited_source at every mention, none of them among
    HITS): the place words of such a name (or of an address, "london-fire-brigade-records") never bring that body back
    as the one asked through a place ("the fire service" + "london", "the register Camden Council publishes")."""
    from askfoi.name_roles import cited_source, named_aside

    kept = {h[1][1] for h in hits}
    by_body: dict[str, list] = {}
    for h in named:
        by_body.setdefault(h[1], []).append(h)
    typed = {h[3] for body, mentions in by_body.items() if body not in kept for h in mentions
             if _named_in_full(h[3]) and all(named_aside(text, m[2][0]) or cited_source(text, m[2][0], said=True)
                                              for m in mentions)}

    def blank(words: str) -> str:
        words = _WEB_ADDRESS.sub(lambda m: " " * len(m.group(0)), words)
        for name in typed:
            words = re.sub(rf"(?i)\b{re.escape(name)}\b", lambda m: " " * len(m.group(0)), words)
        return words

    return blank(text), blank(asked_text)


def _not_standard_source(text: str, hits: list) -> list:
    """(ck24a) HITS without a body named only as the source of a standard the question is about ("does the council
    follow the NICE guidelines", "is the school following DfE guidance"), when the message names a kind of body as
    the one asked ("the council", "the trust") outside that name: the body whose practice is asked holds the records."""
    kinds = _type_words()
    out = []
    for where, hit in hits:
        span = hit[2]
        if span and _STANDARD_AFTER.match(text[span[1]:span[1] + 60]):
            rest = (text[:span[0]] + " " + text[span[1]:]).lower()
            if any(re.search(rf"\b{re.escape(k)}\b", rest) for k in kinds):
                continue
        out.append((where, hit))
    return out


def _whole_place_hits(text: str, hits: list) -> list:
    """(ck22) HITS without a body whose name matched only the end of the place typed: "great yarmouth town council"
    names no body in Yarmouth (Isle of Wight), because the word before its place ("great") belongs to another body's
    place named there ("Great Yarmouth"). The place words of a name must all be the ones typed."""
    out = []
    for where, hit in hits:
        (a, b), typed = hit[2], hit[3]
        cut = any(other is not hit and other[1] != hit[1] and o[0] < a < o[1] and not hit[2][0] <= o[0]
                  for _, other in hits for o in (other[2],))  # another body's place, never a looser match of the same body
        if cut and len(hits) > 1:
            continue
        out.append((where, hit))
    return out or hits


_TOPIC_BEFORE = re.compile(r"(?i)\b(?:about|against|regarding|concerning|re|into|over|involving)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def _own_units() -> re.Pattern[str] | None:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("own_units", list[str])
    pats = [p for p in (data or {}).get("own_units", []) if p]
    return re.compile("(?i)(?:" + "|".join(pats) + ")") if pats else None


def _own_unit_hits(hits: list, named: list) -> list:
    """nf97 (nc97 #3): HITS with a body found only by the plain name of a committee every council, trust or force has
    (knowledge/vocab/own_units.yaml: "the standards committee" is an alias of the national Committee on Standards in
    Public Life) replaced by the other body the message names in full (NAMED): the committee is that body's own, and
    that body is asked, even where it is named only as a place ("the standards committee at bristol city council").
    With no other body named in full, the hits are kept."""
    rx = _own_units()
    if rx is None or not hits:
        return hits
    units = [h for h in hits if rx.fullmatch(h[1][3].strip())]
    if not units:
        return hits
    others = [h for h in named if not rx.fullmatch(h[3].strip()) and _named_in_full(h[3])
              and h[1] not in {u[1][1] for u in units}]
    if not others:
        return hits
    kept = [h for h in hits if h not in units]
    rank = min(u[0] for u in units)
    return kept + [(rank, h) for h in others if h[1] not in {k[1][1] for k in kept}]


def _asked_not_topic(text: str, hits: list) -> list:
    """(ck22) HITS without a body named only as what is asked about ("complaints about southern water", "investigations
    into thames water") while another body is named as the one asked ("how many complaints did ofwat get about ...",
    "ofwat complaints about southern water"): a regulator asked about a company it regulates is the one asked."""
    topic = [(w, h) for w, h in hits if _TOPIC_BEFORE.search(text[max(0, h[2][0] - 30):h[2][0]])]
    rest = [(w, h) for w, h in hits if (w, h) not in topic]
    return rest if topic and rest else hits


def _is_council(name: str) -> bool:
    from askfoi.authorities import resolve_authority

    found = resolve_authority(name)
    return found is not None and found.known and found.type.value == "council"


_KIND_IN_PLACE = re.compile(
    r"(?i)\b(?P<kind>police\s+and\s+crime\s+commissioner|pcc|police,?\s+fire\s+and\s+crime\s+commissioner|fire\s+and\s+rescue\s+"
    r"service|fire\s+service|fire\s+brigade|police\s+force|police|constabulary|council|ambulance\s+service|icb|"
    r"integrated\s+care\s+board|(?:nhs\s+)?(?:hospitals?\s+)?(?:foundation\s+)?trust)\s*(?:\s(?:in|for|of|"
    r"covering|at)\s+|\(\s*)(?:the\s+)?(?P<place>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})")


def _kind_in_place(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """(body, as typed, where) for a kind of body named with its place after it ("the police and crime commissioner
    in kent" -> Kent Police and Crime Commissioner, "the council in leeds" -> Leeds City Council): the body whose
    name is the place and the kind, by the service's tier for a council; None when there is none."""
    from askfoi.authorities import default_index, normalise, resolve_authority
    from askfoi.place_councils import council_for_tier, county_place_council, service_tier

    index = default_index()
    for m in _KIND_IN_PLACE.finditer(text or ""):
        words = m.group("place").split()
        for n in range(len(words), 0, -1):
            place = " ".join(words[:n])
            key = normalise(place + " " + m.group("kind"))
            if not set(normalise(place).split()) - _GENERIC:
                continue
            if re.search(r"(?i)trust$", m.group("kind")):
                # lead59: "the nhs trust in leicester", "the hospital trust in norwich": the one current trust that
                # runs the town's hospitals (knowledge's hospital towns), a hospital trust when the kind says so
                from askfoi.hospital_towns import bodies_in_town

                live = [index.authorities[index.exact[normalise(b)]] for b in bodies_in_town(place)
                        if normalise(b) in index.exact and not index.authorities[index.exact[normalise(b)]].defunct]
                if re.search(r"(?i)hospital", m.group("kind")) or len(live) > 1:
                    live = [a for a in live if re.search(r"(?i)hospital", a.name)] or live
                auth = live[0] if len(live) == 1 else None
            elif key in index.exact:
                auth = index.authorities[index.exact[key]]
            elif re.fullmatch(r"(?i)icb|integrated\s+care\s+board", m.group("kind")):
                found = resolve_authority(key)  # "the icb in kent": NHS Kent and Medway Integrated Care Board
                auth = index.authorities[index.exact[normalise(found.name)]] if found is not None and found.known \
                    and normalise(found.name) in index.exact else None
            else:
                auth = None
            if auth is None or auth.defunct:
                continue
            name = auth.name
            if auth.type.value == "council":
                if county_place_council(place) == name and service_tier(text) != "county":
                    return None  # "the council in kent": the county's or a district's? the service does not say
                name = council_for_tier(name, text)
            end = m.start("place") + len(place)
            close = re.match(r"\s*\)", text[end:])
            start = m.start()
            if close and "(" in text[m.start():m.start("place")]:
                end += close.end()  # "my local council (sheffield)": the brackets are the body's name as typed
                own = re.search(r"(?i)\b(?:(?:my|our|your|the)\s+)?(?:local\s+)?$", text[:start])
                start = own.start() if own and own.group() else start
            return name, text[start:end], (start, end)
    return None


_TIER_NAMED = re.compile(r"(?i)\b(?:district|borough|city|county|dc|bc|cc|mbc)\b")


def _county_body(text: str, asked_text: str) -> tuple[str, str, tuple[int, int] | None] | None:
    """(body, the place as typed, where) for a two-tier county TEXT names bare ("potholes in kent"), when what it
    asks says which body: the force for the police ("burglaries in kent" -> Kent Police), the county council for a
    county service ("social care in kent"); None for a district service ("bins in kent": which district?) or
    nothing that says ("how many people in kent ..."). ASKED_TEXT: the sentences of TEXT that ask."""
    from askfoi.place_councils import county_named, service_tier
    from askfoi.site_bodies import fire_body_in_text, service_body

    fire = fire_body_in_text(asked_text)
    if fire is not None:  # lead35: "the fire service ... in essex": the county's fire and rescue service, not its council
        return fire[0], fire[1], None
    named = county_named(text)
    if named is None:
        from askfoi.site_bodies import force_in_text, police_asked

        force = force_in_text(asked_text) if police_asked(asked_text) else None
        if force is None:
            from askfoi.site_bodies import service_body_in_text

            served = service_body_in_text(asked_text)  # lead34: "ambulances in north yorkshire": the trust there
            return (served[0], served[1], None) if served else None
        return (force[0], force[1], None) if force else None  # "the police ... in dorset": Dorset Police
    county, typed, span = named
    tier = service_tier(text)
    if tier is None:
        served = service_body(asked_text, typed)  # "ambulances in kent", "burglaries in kent": the trust, the force
        return (served, typed, None) if served else None
    return (county, typed, span) if tier == "county" else None


_THIRD_PARTY_BEFORE = re.compile(  # "referred itself to the X", "shared with X", "agreed by COSLA and the X",
    # "a member of the X", "your latest X's self-assessment"
    r"(?i)\b(?:(?:to|with|into|against|towards|from|via|and|of)\s+(?:the\s+)?|your\s+(?:[a-z]+\s+)?)$"
    # fx43: the doer of a passive on the reader's own thing ("your publication scheme approved by the ICO"; never "trees
    # planted by Camden Council", which may be the body asked), and a later name in a list begun after such a word
    # ("reported to Moray Council, Police Scotland and ..."): third parties, when the letter asks "you"
    r"|\byour\s+(?:[\w'-]+\s+){0,4}?[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+)?$"
    r"|\b(?:to|with|into|against|towards|from|via|by)\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,5}),\s*$")
# ff28: the same third party named again in brackets: "grants gifted to Edinburgh (Lothian Buses and their subsidiaries)"
_THIRD_PARTY_BRACKET = re.compile(r"(?i)\b(?:to|with|into|against|towards|from|via)\s+(?:the\s+)?[\w'\u2019 -]{1,40}\(\s*$")
# ff28: a place money or goods go to: "grants gifted to Edinburgh", "funding awarded to Leeds"
_RECIPIENT_BEFORE = re.compile(r"(?i)\b(?:gift\w*|given|giv\w*|paid|pay\w*|award\w*|grant\w*|allocat\w*|transferr\w*|"
                               r"donat\w*|lent|loan\w*|distribut\w*)\s+to\s+(?:the\s+)?$")
# ff28: the letter addresses its reader as a body of one kind ("your local authority area", "your council", "my council
# tax ... you", "your force"): a body of another kind it names (a government whose policy it is, a funder) is not asked
_READER_KIND = (
    ("council", re.compile(r"(?i)\byour\s+(?:own\s+)?(?:local\s+authority|council|borough|county\s+council|district|"
                           r"authority(?:['\u2019]s)?\s+area|local\s+review|council\s+area)\b|\byou\b[^.?!]{0,80}\bmy\s+council\s+tax\b")),
    ("police", re.compile(r"(?i)\byour\s+(?:police\s+)?(?:force|constabulary)(?:['\u2019]s)?\b")),
    ("nhs", re.compile(r"(?i)\byour\s+(?:nhs\s+)?(?:foundation\s+)?trust(?:['\u2019]s)?\b")),
)
_KIND_TYPES = {"council": {"council"}, "police": {"police"}, "nhs": {"nhs"}}
_READER_TYPED = re.compile(r"(?i)\byour\s+(?:own\s+)?(?:local\s+authority|council|authority|force|constabulary|trust)\b")


def _reader_kind(text: str) -> str | None:
    """ff28: the one kind of body the letter calls its reader ("your local authority area" -> "council"), or None."""
    kinds = [kind for kind, rx in _READER_KIND if rx.search(text or "")]
    return kinds[0] if len(kinds) == 1 else None


def _kind_of(name: str) -> str | None:
    """ff28: the reader kind ("council", "police", "nhs") of the body askfoi knows by NAME; "other" for any other
    known body; None when askfoi knows none by it."""
    from askfoi.authorities import resolve_authority

    hit = resolve_authority(name)
    if hit is None or not hit.known:
        return None
    return next((kind for kind, types in _KIND_TYPES.items() if hit.type.value in types), "other")


# ff28: a body named as the other of two ("the police / CPS", "the council or the NHS"): the person is not sure who
# holds it, so no body is guessed
_KIND_OR_BEFORE = re.compile(r"(?i)\b(?:the\s+)?(?:police|council|nhs|school|hospital|trust|force|gp|government)\s*"
                             r"(?:/|\bor\b|\band/or\b)\s*(?:the\s+)?$")
_SECOND_PERSON = re.compile(r"(?i)\b(?:you|your)\b")
_HEAD_WORDS = 12  # a first line this short is the letter's head: "Dear X", "Open letter to X", "FOI request: X"


def _kind_named_elsewhere(text: str, name: str) -> bool:
    """True when TEXT speaks of the kind of body NAME is ("the council" for Hull City Council) without naming it."""
    from askfoi.authorities import _kinds_named, normalise, resolve_authority

    found = resolve_authority(name)
    return found is not None and found.known and found.type in _kinds_named(normalise(text))


_KIND_WORDS_NAMED = ("agency", "commission", "ombudsman", "regulator", "executive")


def _kind_word_named(text: str) -> str:
    """lead51 (nc67 #9): TEXT with "the agency" (a kind word with its article) written as the one body of that kind
    the message names in full ("the environment agency and welsh water ... the emails between welsh water and the
    agency" -> "... and the Environment Agency"), so a part names it, never "the authority" (the letter may go to
    the other body). Left as typed when no body, or several, of that kind are named."""
    if not text or not re.search(rf"(?i)\bthe\s+(?:{'|'.join(_KIND_WORDS_NAMED)})\b", text):
        return text
    named = [h for h in _named_bodies(text) if _named_in_full(h[3])]
    for kind in _KIND_WORDS_NAMED:
        bodies = {h[1] for h in named if re.search(rf"(?i)\b{kind}\b", h[1])}
        if len(bodies) != 1:
            continue
        name = bodies.pop()
        spans = [h[2] for h in named if h[1] == name]
        out, last = [], 0
        for m in re.finditer(rf"(?i)\bthe\s+{kind}\b(?!['\u2019]s\b)", text):
            if any(a <= m.start() < b for a, b in spans):
                continue  # inside the body's own name
            out.append(text[last:m.start()] + ("the " if not name.lower().startswith("the ") else "") + name)
            last = m.end()
        text = "".join(out) + text[last:]
    return text


def _named_in_full(typed: str) -> bool:
    """True when TYPED names a body by more than a bare place: a kind of body in it ("Leeds City Council",
    "Kent Police") or a name of several words ("Home Office"), or an acronym ("HMRC", and ck25b: one in mixed case,
    "TfL", "DfE", "DfT": a word with capitals inside it is a name, never a place)."""
    words = re.findall(r"[A-Za-z]+", typed)
    return bool(set(w.lower() for w in words) & _type_words()) or len(words) > 1 or typed.isupper() \
        or bool(re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]*", typed.strip()))


def _two_part_place(typed: str) -> bool:
    """lead50: TYPED is a place of two names joined by "and" ("hammersmith and fulham", "kensington and chelsea"), not
    a body's name: a service asked there (stop and search: the Met) is that service's body, never the borough council."""
    from askfoi.site_bodies import force_for_place

    return bool(re.fullmatch(r"(?i)[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:and|&)\s+[a-z'-]+(?:\s+[a-z'-]+)?", (typed or "").strip())) \
        and force_for_place(typed) is not None


def named_bodies(text: str) -> list[tuple[str, tuple[int, int], str, bool, bool]]:
    """Every known body TEXT names, in text order: (name, span, typed, found from a site, named exactly rather than
    by a near spelling)."""
    return [(name, span, typed, sited, rank[0] == 1) for rank, name, span, typed, sited in _named_bodies(text)]


def named_in_full(typed: str) -> bool:
    """True when TYPED names a body by more than a bare place ("Leeds City Council", "Home Office", "HMRC")."""
    return _named_in_full(typed)


def asked_bodies(text: str, hits: list, reading=None) -> list:
    """The HITS of `_named_bodies` that name the body asked (the rules are `_asked_hits`')."""
    return [hit for _, hit in _asked_hits(text, hits, reading)]


# fr26: the person saying where they live ("im in glasgow", "i live in leeds", "we're from cardiff") in front of a
# question names their local body, as a place in the question would
_HOME_PLACE = re.compile(r"(?i)^\W*(?:i'?m|i\s+am|i\s+live|we\s+live|we'?re|we\s+are|i\s+rent|i\s+work)\s+(?:in|from|near|at)\s+")


def _home_place(remark: str, typed: str) -> bool:
    """REMARK says the person lives in TYPED, the place straight after the preposition ("im in glasgow"; not "I work in a
    shop in a quiet part of Glasgow", where the place is only where the story happens)."""
    m = _HOME_PLACE.match(remark)
    return bool(m) and re.match(r"(?i)(?:the\s+)?" + re.escape(typed) + r"\b", remark[m.end():]) is not None


_KIND_WORD = re.compile(r"(?i)\b(?:council|police|force|constabulary|trust|hospital|nhs|board|authority|government|"
                        r"department|ministry|commissioner|office|agency|service|school|university|college)s?\b")


# fx61: the letter's own body named by its kind ("the trust has had", "your council"), as `_kind_of` names kinds
_OWN_KIND_AS = {"council": "council", "police": "police", "force": "police", "constabulary": "police", "trust": "nhs",
                "hospital": "nhs", "nhs": "nhs", "school": "school"}
_OWN_KIND = re.compile(r"(?i)\b(?:the|your|this|our|my)\s+(?:local\s+)?(council|police|force|constabulary|trust|hospital|nhs|"
                       r"school)\b(?!\s+(?:of|for|in)\b)")


def _asked_hits(text: str, hits: list, reading=None) -> list:
    """(where, hit) for the HITS of `_named_bodies` that name the body ASKED, not one merely mentioned; where is 3
    for the letter's head, 2 for a question, 1 elsewhere. Left out:
    - a body named only in the person's story or remarks (sentences that tell, not ask: "the report the PSNI
      published"), never in a question nor the letter's head (a salutation, a heading, a lead-in are neither
      questions nor remarks, so they count), when the letter asks its reader as "you" (the reader is asked, not
      the body of the story) or when the name is a bare place ("a run-down area of Glasgow");
    - in a letter that asks its reader as "you" / "your force", a body after a word of relation ("referred to
      the X", "shared with X", "between X and"): the reader is asked, X is a third party; and a bare place
      there ("the people of Boston"), which is where something happens, not who is asked."""
    if not hits:
        return hits
    if reading is None:
        from askfoi.questions import read_message

        reading = read_message(text)
    asked = [q.lower() for q in reading.questions]
    told = [r.lower() for r in reading.remarks]
    # "can you find out ...", "could you check ...": the person asks askfoi, not a body, so it is no letter to "you"
    second = any(_SECOND_PERSON.search(_HELPER_ASKED.sub(" ", q)) for q in reading.questions)
    first_line = text.strip().split("\n", 1)[0]
    head = len(first_line.split()) <= _HEAD_WORDS and not any(
        re.sub(r"^\W*\d*\W*", "", first_line).lower()[:40] in q for q in asked)  # a heading, not a question
    head_end = len(text) - len(text.lstrip()) + len(first_line) if head else 0
    reader_kind = _reader_kind(text)
    lead = lead_name(text)
    out = []
    story_only: list = []
    by_kind: list = []
    from askfoi.informal_roles import asks_of_own_body

    for hit in hits:
        typed = hit[3].lower()
        if hit[2][1] <= head_end or lead is not None and lead[0] <= hit[2][0] and hit[2][1] <= lead[1] \
                and _named_in_full(hit[3]):
            # ad51 (nc49 #2): "the environment agency - how many ... did thames water report": the body written first,
            # before the dash or colon, is the one the letter is for; a body inside the question is what it is about
            out.append((3, hit))  # the salutation or the heading names the body the letter is sent to
            continue
        in_question = any(typed in q for q in asked)
        if not _named_in_full(hit[3]) and _COUNCIL_BEFORE.search(text[max(0, hit[2][0] - 40):hit[2][0]]):
            out.append((2 if in_question else 1, hit))  # org14: "my local council (sheffield)", "the council in leeds"
            continue
        if not in_question and any(typed in r for r in told) and _named_in_full(hit[3]) \
                and asks_of_own_body(hit[1], " ".join(asked)):
            # lead51 (nc67 #1): "im a phd student at the university of manchester. how many complaints the uni got":
            # named in the story, asked in the questions by its kind
            out.append((2, hit))
            by_kind.append(hit)
            continue
        if not in_question and any(typed in r for r in told) and not any(
                _home_place(r, typed) for r in told) and (second or not (
                _named_in_full(hit[3]) or _kind_named_elsewhere(text, hit[1]))):
            if not second and typed not in _place_names() and len(typed) > 2:
                story_only.append(hit)  # lead32: "i got a pcn from tfl. how many pcns were issued": kept in reserve
            continue  # named only where the person tells their story, in a letter that asks "you", or a bare place
            # that locates no body the text speaks of ("an area of Glasgow"; not "I live in hull and the council ...")
        if _name_not_asked(text, hit, in_question, second or any(
                other[1] != hit[1] and _named_in_full(other[3]) for other in hits)):
            continue  # ck25b: "the Home Office licence", "an article produced by the Audit Commission": a thing, a source
        if _THIRD_PARTY_BRACKET.search(text[max(0, hit[2][0] - 80):hit[2][0]]) or not _named_in_full(hit[3]) \
                and _RECIPIENT_BEFORE.search(text[max(0, hit[2][0] - 60):hit[2][0]]):
            continue  # ff28: "grants gifted to Edinburgh (Lothian Buses and ...)": who gets or gives, not who is asked
        if reader_kind and not hit[4] and hit[2][1] > head_end and _kind_of(hit[1]) not in (None, reader_kind):
            continue  # ff28: "in your local authority area ... the Welsh Government's policy": the reader is a council
        if _KIND_OR_BEFORE.search(text[max(0, hit[2][0] - 40):hit[2][0]]):
            continue  # ff28: "will the police / CPS make the video available": which one is meant is asked
        if second and _in_brackets(text, hit[2]):
            continue  # ck15: "(Doncaster Borough Council spent more than 30,000 on their bid, hence the enquiry.)": an aside
        if in_question and _asked_actor(text, hit):
            out.append((2, hit))  # ad51: "how much has tfl made from ulez fines": the one whose act is asked holds it
            continue
        if second and in_question and not hit[4]:
            if _THIRD_PARTY_BEFORE.search(text[max(0, hit[2][0] - 40):hit[2][0]]):
                continue
            if not _named_in_full(hit[3]):
                continue
        out.append((2 if in_question else 1, hit))
    if not out and len({h[1] for h in story_only}) == 1 and asked and not _KIND_WORD.search(" ".join(asked)) \
            and len({h[1] for h in hits if h[1] in {s[1] for s in story_only} or h[3].lower() not in _place_names()}) == 1:
        # ny82 (nc82 #7): "by the psni in west belfast": a bare place in the story ("belfast") is where, never a
        # second body beside the one named
        # lead32: one body, named by an acronym or a short name only where the story tells ("i got a pcn from tfl"),
        # and questions that name no body nor kind of body: that body is the one asked (the person confirms it)
        out.append((1, story_only[0]))
    if len({h[1][1] for h in out}) > 1 and not any(w == 3 for w, _ in out):
        # ad51 (nc49 #2): "do you think the mayor of london should resign? how much has tfl made from ulez fines": of
        # several bodies in the questions, the one that is the subject of an asked verb holds the records; one only
        # mentioned (the mayor of an opinion question, a company a regulator is asked about) does not
        actors = [h for h in out if h[0] == 2 and (_asked_actor(text, h[1]) or h[1] in by_kind)]
        if actors and len({h[1][1] for h in actors}) == 1:
            out = actors
    if len(out) > 1:
        # "the anpr records from north yorkshire police ... do they share it with the home office": of several bodies,
        # one that something is shared with or passed to is a third party, never the body asked
        kept = [h for h in out if not _SHARED_WITH.search(text[max(0, h[1][2][0] - 60):h[1][2][0]])]
        out = kept or out
    if out and all(_SHARED_WITH.search(text[max(0, h[1][2][0] - 60):h[1][2][0]]) for h in out):
        # fx61: "how many cases the trust has had ... any information that was shared with Public Health England": the
        # letter's own body is named by its kind ("the trust", "your council"); a body named only as the one something
        # was shared with, sent or passed to is a third party, never the body asked (which stays to be asked)
        own = {_OWN_KIND_AS[m.group(1).lower()] for m in _OWN_KIND.finditer(text)}
        if own and not any(_kind_of(h[1][1]) in own for h in out):
            out = []
    if len(out) > 1:
        # ff29: "- Does SPA maintain any documents relating to Police Scotland's use of biometric systems?": the body a
        # question is put to is asked; one named only as the owner of what the question is about is its subject
        put_to = [h for h in out if _PUT_TO.search(text[max(0, h[1][2][0] - 40):h[1][2][0]])]
        if put_to:
            out = [h for h in out if h in put_to or not re.match(r"['\u2019]s?\b", text[h[1][2][1]:h[1][2][1] + 3])]
    return out


def _asked_actor(text: str, hit: tuple) -> bool:
    """(ad51) Whether HIT's body is the subject of its question's verb ("how much has tfl made", "did the environment
    agency fine", "how many complaints did ofwat get"): the words before it in its sentence are a question word and
    an auxiliary (`_ACTOR_BEFORE`)."""
    at = hit[2][0]
    start = max(text.rfind(c, 0, at) for c in ".?!\n") + 1
    return bool(_ACTOR_BEFORE.match(text[start:at]))


_PUT_TO = re.compile(r"(?i)(?:^|[.?!:\n]\s*|\n\s*(?:[-\u2022*]|\d+[.)]|\(?[a-z][.)])\s*)(?:please\s+)?(?:does|do|did|has|have|had|is|are|was|"
                     r"were|can|could|will|would)\s+(?:the\s+)?$")


def _name_not_asked(text: str, hit: tuple, in_question: bool, other_asked: bool) -> bool:
    """(ck25b) True when HIT's name plays no addressee's role in its sentence (askfoi.name_roles): it qualifies a
    noun for a licence, a format or a product ("the Home Office licence classification") while the letter asks "you"
    or names another body in full (OTHER_ASKED), or it is cited as a source in a sentence that tells, not asks ("an article
    produced by the Audit Commission"; "according to X" only with OTHER_ASKED: alone, X may be the body asked)."""
    from askfoi.name_roles import cited_source, modifier_noun, named_as_direction, named_as_standard, named_aside

    from askfoi.name_roles import defined_otherwise, not_asked_role

    if not_asked_role(text, hit[2][0], hit[2][1], hit[1], in_question=in_question, bare_place=not _named_in_full(hit[3])):
        return True  # fx70: an example ("e.g. London Borough of Bexley"), a gloss ("ACM (aka ACP)"), where to appeal, a
        # recipient of what is asked ("guidance issued to the Planning Inspectorate"), an approver, a place a thing is near
    if defined_otherwise(text, hit[3], hit[1]):
        return True  # ff28: "Indicative Activity Plans (IAP)": the letters stand for something else in this message
    if named_as_standard(text, hit[2][0], hit[2][1]):
        return True  # ff27: "as per Home Office outcome types": the category's author, whoever the letter asks
    if not _named_in_full(hit[3]) and named_as_direction(text, hit[2][0]):
        return True  # ff27: "traffic going towards Bromley": a direction, not the body asked
    if other_asked and (modifier_noun(text, hit[2][1]) or named_aside(text, hit[2][0])):
        return True  # ck26: "further to my requests to APHA", "figures from Public Health Scotland": beside the body asked
    return not in_question and cited_source(text, hit[2][0], said=other_asked)


def _in_brackets(text: str, span: tuple[int, int]) -> bool:
    """Whether SPAN of TEXT lies in a bracketed aside of some words ("... (Doncaster Borough Council spent more on
    theirs.)"), not a bracket that only names a place or a body ("my local council (sheffield)")."""
    opened = text.rfind("(", max(0, span[0] - 200), span[0])
    if opened < 0 or ")" in text[opened:span[0]]:
        return False
    closed = text.find(")", span[1], span[1] + 300)
    return closed >= 0 and len(re.findall(r"[A-Za-z]+", text[opened:closed])) > len(re.findall(r"[A-Za-z]+", text[span[0]:span[1]])) + 3


_HELPER_ASKED = re.compile(r"(?i)\b(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+)?(?:find\s+out|check|look\s+(?:up|into)|"
                           r"see|help|ask|get|search|dig|work\s+out)\b")
# a place right after a word for a council: "my local council (sheffield)", "the council in leeds", "council for york"
_COUNCIL_BEFORE = re.compile(r"(?i)\bcouncil\s*(?:\(\s*|[,:-]\s*|\b(?:in|for|of|at|covering|over)\s+(?:the\s+)?)$")
_SHARED_WITH = re.compile(r"(?i)\b(?:with|(?:shar\w*|pass\w*|sen[dt]\w*|sold|sell\w*|giv\w*|disclos\w*|hand\w*)\s+"
                          r"(?:[\w'-]+\s+){0,3}?(?:on\s+)?to)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=4096)  # sp60: a scan of every listed name, asked again for each sentence
def _hospital_by_first_words(key: str) -> str | None:
    """(ck21) The one current NHS body whose listed name or alias begins with the words KEY ("royal free" ->
    Royal Free London NHS Foundation Trust, whose aliases are "Royal Free London" and "Royal Free Hospital"), as a
    hospital is called with "the" before it; None when none or several do, or KEY's words are only kind words."""
    from askfoi.authorities import default_index
    from askfoi.models import AuthorityType

    index = default_index()
    words = key.split()
    if all(w in _type_words() or w in ("royal", "general", "university", "city", "county") for w in words):
        return None
    owners = {index.owner[pos] for pos in index.starting_with(words[0], whole=True)
              if index.choices[pos].split()[:len(words)] == words and len(index.choices[pos].split()) > len(words)}
    owners = {i for i in owners if index.authorities[i].type == AuthorityType.nhs and not index.authorities[i].defunct
              and index.authorities[i].covered}
    if len(owners) > 1:  # a curated body before one from a generated list (the public bodies list's old trusts)
        best = min(index._rank(i) for i in owners)
        owners = {i for i in owners if index._rank(i) == best}
    return index.authorities[owners.pop()].name if len(owners) == 1 else None


def _named_bodies(text: str) -> list[tuple[tuple, str, tuple[int, int], str, bool]]:
    """Every known body TEXT names, in text order: (rank, name, span, typed, found from a site). A place
    followed by a site ("colchester police station", "leeds general infirmary") is the body that answers for
    the site (askfoi/site_bodies.py) or nothing (asked), never the place's council."""
    from askfoi.authorities import _kinds_named, default_index, normalise
    from askfoi.site_bodies import body_for_site, site_after

    index = default_index()
    toks = _tokens(text)
    hits: list[tuple[tuple, str, tuple[int, int], str, bool]] = []
    trusts: list[tuple[int, int]] = []  # where a trust is named by the first words of its name
    v = _vocab()
    for i in range(len(toks)):
        first = toks[i][0].lower()
        if first in v.leading or first in v.banned or v.stop.fullmatch(first) or first in _PREPS:
            continue  # "does essex police", "by the council" (not "Bury"): a name does not begin with these
        best_here = None
        for n in range(min(7, len(toks) - i), 0, -1):
            if n > 1 and toks[i + n - 1][0].lower() in _PREPS | {"the", "and", "a", "an"}:
                continue  # "Transport for London for ...": a name does not end on a preposition
            start, end = toks[i][1], toks[i + n - 1][2]
            owner = re.search(r"['\u2019]s?$", text[start:end])
            if owner and n > 1:  # "Oxfordshire County Council's chief executive": the name without the 's
                end -= len(owner.group())
            typed = text[start:end]
            key = normalise(typed)
            if not key:
                continue
            hit = None
            if key in index.exact:
                hit = (index.authorities[index.exact[key]].name, (1, 100.0, n))
            elif n > 1 and re.search(r"[,;:!?()]|\.\s", typed):
                pass  # ny76 (nc76 #1): "last march, the council said": a near name is never read across a clause break
            elif n <= 5 and toks[i + n - 1][0].lower() in _type_words() and len(key.split()) > len(_kinds_named(key)) \
                    and _could_be_name(typed):
                found = _fuzzy_body(key)
                if found is not None:
                    hit = (found[0], (0, found[1], -n))
            if hit is None and n in (2, 3) and i > 0 and toks[i - 1][0].lower() == "the":
                named = _hospital_by_first_words(key)  # ck21: "the royal free", "the royal marsden"
                if named is not None:
                    hit = (named, (0, 90.0, -n))
            if hit is None and 2 <= n <= 3:
                own = _own_name_body(key)  # ad48: "betsi cadwaladr": the body whose own name it is, without its kind
                if own is not None:
                    hit = (own, (1, 95.0, n))
            if hit is None and 2 <= n <= 5 and toks[i + n - 1][0].lower() in _nhs_short_kinds():
                short = _nhs_short_body(typed)  # ad48: "kent icb", "cardiff uhb": the one NHS body of that kind there
                if short is not None:
                    hit = (short, (0, 90.0, -n))
            if hit is None and 2 <= n <= 4 and set(key.split()) & _HOSPITAL_WORDS:
                named = _hospital_by_first_words(key)  # "university hospitals birmingham": the trust, not the city
                if named is not None:
                    hit = (named, (0, 90.0, -n))
                    trusts.append((start, end))
            if hit and n == 1 and hit[1][0] == 1 and _common_word_not_name(toks, i):
                hit = None  # "did they monitor air quality": the verb, not the regulator Monitor
            if hit and n == 1 and hit[1][0] == 1 and _acronym_not_typed(toks[i][0], key, index):
                hit = None  # ck23a: "the Benefit Cap": a capitalised word, not the Committee of Advertising Practice (CAP)
            if hit and n == 1 and hit[1][0] == 1 and _word_acronym_in_lower_case(toks, i, key, index):
                hit = None  # nx67 (lf64): "i want the lease for ...": the word, not the Leasehold Advisory Service (LEASE)
            if hit and n == 1 and hit[1][0] == 1 and shared_initials(toks[i][0], hit[0]) and not (
                    i + 1 < len(toks) and hit[0].lower().startswith(f"{toks[i][0]} {toks[i + 1][0]}".lower())):
                hit = None  # lead44: "how much did cdc spend": the initials of several councils, not CDC Group plc
            if hit and n == 1 and _defined_otherwise(text, toks[i][0], hit[0]):
                hit = None  # fr28a: "Indicative Activity Plans (IAP)": the text's own term, not the Advisory Panel (IAP)
            if hit and _inside_foreign_place(toks, i, n):
                hit = None  # "the police in new york": not York's force
            if hit and _name_cut_short(text, toks, i, n) and _only_name_words(key, hit[0]):
                hit = None  # ad51: "United Learning trust": not The Learning Trust, a body one word shorter
            sited = False
            site = site_after([t[0].lower() for t in toks[i + n:i + n + 4]]) \
                if hit and not set(key.split()) & _type_words() else None
            if site is not None:  # "colchester police station": the force covering Colchester, or asked
                body = body_for_site(typed, site)
                hit, sited = ((body, (1, 100.0, n + site.words)), True) if body else (None, False)
                if sited:
                    end = toks[i + n + site.words - 1][2]
                    typed = text[start:end]
            elif hit and _inside_other_name(toks, i, n, key):
                hit = None  # "hmp wandsworth", "royal cornwall hospital": not the place's council
            if hit and (best_here is None or hit[1] > best_here[0]):
                best_here = (hit[1], hit[0], (start, end), typed, sited)
        if best_here is not None:
            hits.append(best_here)
    # a place inside a trust's name found by its first words ("birmingham" in "university hospitals birmingham") is
    # no mention of its own
    return [h for h in hits if not any(a <= h[2][0] and h[2][1] <= b and b - a > h[2][1] - h[2][0] for a, b in trusts)]


_HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "infirmary"})


@functools.lru_cache(maxsize=1)
def _before_names() -> frozenset[str]:
    data, _ = load_vocab("authority_names", dict[str, str] | list[str] | dict[str, list[str]])
    return frozenset(str(w).lower() for w in ((data or {}).get("before_names") or [])) if isinstance(data, dict) else frozenset()


# ad51: the letter's head: a name at the very start, before a dash or a colon ("united learning trust - how much ...")
_LEAD_NAME = re.compile(r"^\W*(?P<name>[A-Za-z0-9&'\u2019.]+(?:[ \t]+[A-Za-z0-9&'\u2019.()]+){0,9}?)[ \t]*"
                        r"(?:[ \t][-\u2013\u2014]+[ \t]|:|\n|,[ \t]*\n)")


def lead_name(text: str) -> tuple[int, int] | None:
    """(ad51) Where TEXT's head names the body the letter is for: the words before a dash or colon at its very start
    ("the environment agency - how many ...", "United Learning trust - ...", "FOI request to Kent Police: ..."), at most
    ten words with no question word in them; None when the message does not begin so."""
    m = _LEAD_NAME.match(text or "")
    if m is None:
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", m.group("name"))]
    if not words or set(words) & {"how", "what", "why", "which", "who", "when", "where", "whether", "i", "we", "my"}:
        return None
    return m.span("name")


def _only_name_words(key: str, name: str) -> bool:
    """(ad51) Whether the words KEY matched are all words of the body's NAME: a loose match that holds more words than
    the name ("Committee of Leeds City Council") already names the body with the person's own words around it."""
    from askfoi.authorities import normalise

    return not set(key.split()) - set(normalise(name).split()) - {"the"}


def _name_cut_short(text: str, toks: list, i: int, n: int) -> bool:
    """(ad51, nc49 #2) True when the name found at tokens I..I+N is the end of a longer name the person typed: the word
    right before it (only a space between) is a word of the same name, not one that may stand before a name
    (knowledge/vocab/authority_names.yaml before_names) nor an acronym label ("FOI", "URGENT"): in mixed-case text a
    capitalised word before a capitalised name ("United Learning Trust"), or any word before it in the letter's head
    ("united learning trust - ..."). A match that drops a word the person typed names another body, so it is none."""
    if i == 0:
        return False
    prev, _, prev_end = toks[i - 1]
    if not re.fullmatch(r"[ \t]+", text[prev_end:toks[i][1]]):
        return False
    low = prev.lower()
    if low in _before_names() or low in _PREPS or _vocab().stop.fullmatch(low) or low in _vocab().leading \
            or not re.fullmatch(r"[A-Za-z][a-z'\u2019-]+", prev) and not prev.islower():
        return False  # "Dear Kent Police", "the UK Home Office", "FOI Leeds City Council", "NHS ..."
    if not re.search(r"[a-z]", low) or re.search(r"\d", prev):
        return False
    lead = lead_name(text)
    end = toks[i + n - 1][2]
    if lead is not None and lead[0] <= toks[i - 1][1] and end <= lead[1]:
        return True  # the head names one body: a word of it left out names another
    mixed = text != text.lower() and text != text.upper()
    return mixed and prev[0].isupper() and toks[i][0][0].isupper()


@functools.lru_cache(maxsize=1)
def _own_names() -> dict[str, str]:
    """(ad48, nc47 #15) The bodies people call by their own name alone, without the words of their kind: "betsi
    cadwaladr" is Betsi Cadwaladr University Health Board, "aneurin bevan" the Aneurin Bevan one. A current body's
    name (or alias) whose words after its first two or three are all words of a kind of body (knowledge/vocab/
    authority_names.yaml `own_name_kinds`) gives its own name, when no other body's name has those words (so
    "swansea bay" and "kent", places in other bodies' names, never name one)."""
    from askfoi.authorities import default_index, normalise

    data, _ = load_vocab("authority_names", dict[str, str] | list[str] | dict[str, list[str]])
    kinds = frozenset(str(w).lower() for w in ((data or {}).get("own_name_kinds") or [])) if isinstance(data, dict) else frozenset()
    index = default_index()
    owners: dict[str, set[int]] = {}
    for pos, choice in enumerate(index.choices):
        words = choice.split()
        for n in (2, 3):
            head = words[:n]
            if len(words) > n and not set(head) & kinds and all(w in kinds for w in words[n:]):
                owners.setdefault(" ".join(head), set()).add(index.owner[pos])
    by_word: dict[str, set[int]] = {}  # a word -> the bodies whose names have it
    for pos, choice in enumerate(index.choices):
        for word in choice.split():
            by_word.setdefault(word, set()).add(index.owner[pos])
    out = {}
    for head, found in owners.items():
        best = min(index._rank(i) for i in found)
        current = {i for i in found if index._rank(i) == best}
        if best > 1 or len(current) != 1:
            continue
        i = current.pop()
        others = {j for w in head.split() for j in by_word.get(w, ()) if j != i and index._rank(j) <= best}
        if not others:
            out[normalise(head)] = index.authorities[i].name
    return out


def _own_name_body(key: str) -> str | None:
    return _own_names().get(key)


@functools.lru_cache(maxsize=1)
def _nhs_short_kinds() -> frozenset[str]:
    data, _ = load_vocab("authority_names", dict[str, str] | list[str] | dict[str, list[str]])
    return frozenset(str(w).lower() for w in ((data or {}).get("nhs_short_kinds") or [])) if isinstance(data, dict) else frozenset()


def _nhs_short_body(typed: str) -> str | None:
    """(ad48) The NHS body a place and a short kind name ("kent icb", "cardiff uhb"), by the name rules
    (askfoi.authorities.resolve_authority), when it is a current NHS body; the body that now answers for an abolished
    one (a CCG: its ICB); None otherwise."""
    from askfoi.authorities import resolve_authority
    from askfoi.place_councils import current_body

    found = resolve_authority(typed)
    if found is None or not found.known or found.type.value != "nhs":
        return None
    return current_body(found.name)


_JOINED = re.compile(r"(?i)^\W*(?:(?:,\s*)?(?:and|or|&|as\s+well\s+as|plus|and\s+also)\s+|,\s*)(?:also\s+)?(?:from\s+|to\s+|at\s+|of\s+)?(?:the\s+)?$")


def bodies_named_together(text: str) -> list[str]:
    """The distinct bodies TEXT names side by side as one list ("both kent county council and kent police",
    "Essex Police, Kent Police or Suffolk Constabulary"), in text order; [] when it names one, or names
    others in other roles ("referrals kent police made to the council": the request goes to the first)."""
    return _together(text)[0]


def _together(text: str) -> tuple[list[str], tuple[int, int] | None]:
    """(the longest run of distinct bodies named side by side, where the run is written) or ([], None)."""
    chosen: list[tuple[tuple, str, tuple[int, int], str, bool]] = []
    for hit in sorted(_named_bodies(text), key=lambda h: h[2][0]):
        if chosen and hit[2][0] < chosen[-1][2][1]:  # overlapping names ("kent" in "kent police"): the better
            if hit[0] > chosen[-1][0]:
                chosen[-1] = hit
            continue
        chosen.append(hit)
    best: tuple[list[str], tuple[int, int] | None] = ([], None)
    run: list[str] = []
    start = 0
    for prev, hit in zip([None, *chosen], chosen):
        if prev is not None and _JOINED.match(text[prev[2][1]:hit[2][0]]):
            if not run and re.search(r"(?i)\b(?:between|betwixt|among|amongst)\s+(?:the\s+)?$", text[:prev[2][0]]):
                continue  # fr17b: "an agreement between the Home Office and Kent Police": the parties, never who is asked
            if not run:
                run, start = [prev[1]], prev[2][0]
            if hit[1] not in run:
                run.append(hit[1])
            if len(run) > len(best[0]):
                best = (list(run), (start, hit[2][1]))
        else:
            run = []
    if len(best[0]) < 2:
        return [], None
    top = max(chosen, key=lambda h: h[0])
    if top[1] not in best[0] and all(top[0] > h[0] for h in chosen if h[1] in best[0]):
        return [], None  # "crimes in leeds and bradford recorded by west yorkshire police": the force is asked
    from askfoi.authorities import default_index, normalise

    joint = default_index()._only_prefix_of(normalise(text[best[1][0]:best[1][1]]))
    if joint is not None:  # "devon and cornwall": also the one body whose name begins so (the force)
        name = default_index().authorities[joint].name
        outside = text[:best[1][0]] + " " + text[best[1][1]:]
        if default_index().authorities[joint].type.value == "police" and re.search(
                r"(?i)\b(?:police|constabulary|police\s+officers?|pcsos?)\b", outside):
            return [], None  # lead37: "police officers in devon and cornwall": the force is asked, not the councils
        if name not in best[0]:
            best[0].append(name)
    return best


_NAME_JOINS = frozenset("of and for the upon on in".split())
_GENERIC = frozenset("your our my their its this that a an local police force forces service services council "
                     "councils authority authorities trust trusts department board".split())


def _could_be_name(typed: str) -> bool:
    """True when TYPED could be a misspelt body's name: a word of its own besides the kind of body ("esex police",
    not "police force" or "your police force"), and no word inside that no name holds ("down by a council")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", typed)]
    own = [w for w in words if w not in _GENERIC and w not in _type_words() and w not in _NAME_JOINS]
    inner = [w for w in words[1:-1] if w in _PREPS | _DETERMINERS and w not in _NAME_JOINS]
    return bool(own) and not inner and words[0] not in _DETERMINERS


_COMMON_WORD = 10000  # a one-word body name this common in general English is a name only when written as one


_IF_SO_FOLLOW = re.compile(r"(?i)\W*if\s+(?:so|yes)\b")


def _unseen(text: str, seen: set[str], parts: list) -> bool:
    """TEXT is not yet on the letter (SEEN: the parts' texts, lower case). fr28a: the same "If so, please provide
    dates and locations for each deployment" under another question follows from that question, so it is new
    unless it follows the very same part."""
    key = (text or "").lower()
    if key not in seen:
        return True
    return bool(_IF_SO_FOLLOW.match(text or "")) and bool(parts) and (parts[-1].text or "").lower() != key


def _defined_otherwise(text: str, word: str, body: str) -> bool:
    """fr28a: WORD, an acronym, is defined by TEXT itself as words whose initials spell it and that are not BODY's name
    ("setting Indicative Activity Plans (IAP) for ...", "IAP (Indicative Activity Plan)"): the person's own term."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", word):
        return False
    letters = word.rstrip("s").upper()
    words = r"((?:[A-Za-z][\w'-]*\s+){%d,%d}[A-Za-z][\w'-]*)" % (len(letters) - 1, len(letters) + 2)
    spelt = [m.group(1) for m in re.finditer(words + r"\s*\(\s*" + re.escape(word) + r"\s*\)", text)]
    spelt += [m.group(1) for m in re.finditer(re.escape(word) + r"\s*\(\s*" + words + r"\s*\)", text)]
    small = {"of", "and", "the", "for", "on", "in", "&", "to", "a", "an"}
    for phrase in spelt:
        content = [w for w in phrase.split() if w.lower() not in small]
        for k in range(len(content)):
            initials = "".join(w[0].upper() for w in content[k:])
            if initials == letters:
                return " ".join(content[k:]).lower() not in body.lower()
    return False


def _acronym_not_typed(word: str, key: str, index) -> bool:
    """ck23a: WORD matches a body only by an abbreviation of its name ("CAP", "NICE") and is not typed as one (in
    capitals) but as an ordinary English word with a capital ("the Benefit Cap", "Nice weather"): no body named."""
    plural = bool(re.fullmatch(r"[A-Z]{2,}s", word))  # ck25b: "LAs", "CCGs": the plural of an acronym ("LA"), not "LAS"
    if word.isupper() or (_frequency(word.lower()) < _COMMON_WORD and not plural):
        return False
    from askfoi.authorities import normalise

    body = index.authorities[index.exact[key]]
    names = [body.name, *(getattr(body, "aliases", None) or [])]
    typed_as = [n for n in names if normalise(n) == key]
    return bool(typed_as) and all(n.replace("&", "").replace(" ", "").isupper() for n in typed_as)


def _acronym_like(label: str) -> bool:
    """A label written as an acronym: two capitals or more and not a capitalised word ("LEASE", "IDeA", "SaBRE")."""
    letters = re.sub(r"[^A-Za-z]", "", label)
    return sum(c.isupper() for c in letters) >= 2 and not letters.istitle()


def _word_acronym_in_lower_case(toks: list[tuple[str, int, int]], i: int, key: str, index) -> bool:
    """nx67 (lf64's leftover): the one word at I matches a body only by an acronym that is also an ordinary English
    word ("LEASE", "NICE", "WRAP", "WATCH", "PUSH", "CAP": knowledge/authorities*.jsonl aliases) and is not typed in
    capitals: the word, never the body ("the lease for the community centre", "nice guidelines"), whatever its frequency
    and even after "the". Typed in capitals it is the body ("LEASE", "NICE"); typed before the body's kind ("banes
    council") it is the name."""
    word = toks[i][0]
    if word.isupper() or not word.isalpha():
        return False
    from askfoi.authorities import normalise
    from askfoi.part_addressee import a_word

    body = index.authorities[index.exact[key]]
    typed_as = [n for n in (body.name, *(getattr(body, "aliases", None) or [])) if normalise(n) == key]
    if not typed_as or not all(_acronym_like(n) and a_word(n) for n in typed_as):
        return False
    return not (i + 1 < len(toks) and toks[i + 1][0].lower() in _type_words())


def _common_word_not_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """True when the one word at I that matches a body's name (Monitor, NICE, Patrol, Watch) is an ordinary word
    here: typed in lower case, common in general English, and not "the X" ("the met", "the army" are names)."""
    word = toks[i][0]
    if word[:1].isupper() or _frequency(word.lower()) < _COMMON_WORD:
        return False
    return not (i > 0 and toks[i - 1][0].lower() == "the")


def _inside_other_name(toks: list[tuple[str, int, int]], i: int, n: int, key: str) -> bool:
    """A bare place name (no "council", "police"...) that sits inside another body's name: an opener before it
    ("hmp wandsworth", "royal cornwall"), a body noun right after it or after one middle word ("cornwall hospital",
    "leeds general infirmary"), or "university of kent". Data: record_kinds.yaml name_openers/_middles/_enders."""
    if set(key.split()) & _type_words():
        return False
    data, _ = load_vocab("record_kinds")
    data = data if isinstance(data, dict) else {}
    low = lambda k: frozenset(str(w).lower() for w in data.get(k) or [])  # noqa: E731
    before = [t[0].lower() for t in toks[max(0, i - 2):i]]
    after = [t[0].lower() for t in toks[i + n:i + n + 2]]
    if before and before[-1] in low("name_openers"):
        return True
    if len(before) == 2 and before[1] == "of" and before[0] in low("name_of_heads"):
        return True
    enders = low("name_enders")
    if after and after[0] in _proper_extra()[5]:
        return True  # "Oxford Road", "Leeds Lane": a street named after the place, not the place's council
    if after and after[0] in low("building_enders") and toks[i + n][0][:1].isupper() and toks[i][0][:1].isupper():
        return True  # ck25b: "Lancaster House": a building named after the place
    return bool(after) and (after[0] in enders or (len(after) == 2 and after[0] in low("name_middles")
                                                   and after[1] in enders))


@functools.lru_cache(maxsize=1)
def _foreign_places() -> frozenset[str]:
    data, _ = load_vocab("record_kinds")
    data = data if isinstance(data, dict) else {}
    return frozenset(" ".join(str(p).lower().split()) for p in data.get("foreign_places") or [])


def _inside_foreign_place(toks: list[tuple[str, int, int]], i: int, n: int) -> bool:
    """The words at toks[i:i+n] begin or sit inside the name of a place abroad ("New York", "New South Wales")."""
    places = _foreign_places()
    words = [t[0].lower() for t in toks]
    for lo in range(max(0, i - 2), i + 1):
        for hi in range(i + 1, min(len(words), i + n + 2) + 1):
            if lo < i and " ".join(words[lo:hi]) in places:
                return True
    return False


@functools.lru_cache(maxsize=4096)
def _fuzzy_body(key: str) -> tuple[str, float] | None:
    """(name, score) of the body a normalised span names closely enough (misspelt: "esex police"), else None."""
    from askfoi.authorities import resolve_authority

    if all(w in _common_name_words() for w in key.split()):
        return None  # lead58: "next to the primary school": only words many bodies' names share, no body's own name
    found = resolve_authority(key)
    return (found.name, found.score) if found is not None and found.known and found.score >= 90 else None


@functools.lru_cache(maxsize=1)
def _common_name_words() -> frozenset[str]:
    """Words that stand in the names of many known bodies ("primary", "school", "hospital", "college"): alone they name
    none of them (counted from the authority list, so a new kind of body needs no new word list)."""
    from collections import Counter

    from askfoi.authorities import default_index, normalise

    counts: Counter[str] = Counter()
    for body in default_index().authorities:
        counts.update(set(normalise(body.name).split()))
    return frozenset(w for w, n in counts.items() if n >= 40)


@functools.lru_cache(maxsize=1)
def _tree_words() -> frozenset[str]:
    from askfoi.tree_words import tree_words

    return tree_words()


def _type_words() -> frozenset[str]:
    from askfoi.authorities import _rules as name_rules

    return frozenset(name_rules().type_words)


from askfoi.periods import find_periods  # noqa: E402,F401  (period finding lives in askfoi/periods.py)
from askfoi.periods import cover_period, inline_period_lists, label_for, label_span, restated_periods, stated_periods  # noqa: E402,E501
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MON + r"\s+(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)"


# --- reading one question ---------------------------------------------------------------------------------


def _mask(text: str, spans: list[tuple[int, int]], marker: str) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + marker + text[end:]
    return text


_UNIT_ENDS = re.compile(r"(?i)\s*(?:$|[,.;:?!)\u00a7]|(?:of|on|since|from|between|and|or|to|for|in|during|over|by|at|that|"
                        r"which|who|where|when|the|this|last|\d))")  # after "each year": no noun ("each year group")


_UNIT_PLURALS = {"years": "year", "months": "month", "quarters": "quarter", "weeks": "week", "wards": "ward",
                 "areas": "area", "schools": "school", "hospitals": "hospital", "institutions": "institution",
                 "annum": "year"}  # fr23a: "cost per annum": by year


# lead48 (nc58 #3b): a price asked as a rate ("how much does the council pay per bed per week", "what is the hourly
# rate per carer", "how much do they charge per night"): its "per week" is the rate's unit, never a breakdown by week
_RATE_OF = re.compile(r"(?i)\b(?:per|for\s+each|for\s+every|a)\s+(?!(?:week|month|year|day|night|hour|quarter|annum|"
                      r"fortnight|financial|calendar|academic|school|tax)s?\b)[a-z]+\b")
_PRICE_ASKED = re.compile(r"(?i)\b(?:how\s+much|what)\s+(?:does|do|is|are|will)\b(?:(?!\b(?:spent|spend|spends)\b)[^?.;])*?"
                          r"\b(?:pay|pays|charge|charges|cost|costs|fee|fees|rate|rates|price|prices)\b"
                          # lead52 (nc70 #7): "what kent county council pays per week for care home placements": a
                          # standing price said in the present tense, the unit straight after the verb
                          r"|\b(?:pays|charges|costs)\s+(?:\w+\s+)?per\s+(?:week|night|day|hour|month|placement|bed|pupil|child|person)\b")


def _breakdown(text: str) -> tuple[str | None, str]:
    for pattern in _vocab().breakdowns:
        m = pattern.search(text)
        if m and re.match(r"(?i)\W*per\b", m.group()) and (_RATE_OF.search(text[: m.start()] + " " + text[m.end():])
                                                           or _PRICE_ASKED.search(text)):
            continue  # a rate's unit ("per bed per week"), not figures week by week
        if m:
            groups = m.groupdict()
            by = (groups.get("unit") or groups.get("by") or "").lower()
            by = {"monthly": "month", "yearly": "year", "annually": "year", "quarterly": "quarter", "weekly": "week"}.get(by, by)
            if by in ("each", "every"):
                by = groups.get("unit") or ""
            if groups.get("by2"):
                by = f"{by} and {groups['by2'].lower()}"
            by = " ".join(_UNIT_PLURALS.get(w, w) for w in by.split())  # fr17b: "broken down by years": by year
            after = text[m.end():]
            if not groups.get("by2") and by:
                more, after = _more_fields(after)
                if more:  # fx48 (nc47 #5): "by ethnicity and religion": one breakdown of two fields, whatever they are
                    by = ", ".join([by] + more[:-1]) + " and " + more[-1] if len(more) > 1 else f"{by} and {more[0]}"
            before = re.sub(r"(?i)\s*[-,\u2013]?\s*\bagain\s*$", "", text[: m.start()])  # "- again broken down by years"
            if re.match(r"(?i)\W*(?:each|every|per)\b", m.group()):
                if not _UNIT_ENDS.match(text[m.end():]):
                    continue  # fr10c: "in each year group": the unit is a word of a noun, no breakdown by year
                # fr10c: "received in each year", "cancelled during each month": the preposition goes with its unit
                before = re.sub(r"(?i)\b(?:in|during|for|over|across|within|on)\s*$", "", before)
            return by or None, before + " " + after
    return None, text


# fx48: a field after a breakdown's first ("by age, gender and religion"): a word or two ending in a noun, never a word
# that starts a phrase or question of its own ("and the total collected", "and how many were charged")
_NEXT_FIELD = re.compile(r"(?i)^(?:\s*,\s*(?:and\s+)?|\s*,?\s+and\s+)(?:also\s+)?(?:by\s+)?(?P<f>[a-z]+(?:\s+[a-z]+)?)")
_FIELD_END = re.compile(r"(?i)^\s*(?:$|[.?!;,:\n)\u00a7]|(?:in|for|during|over|since|between|from|each|per|and|or|please)\b)")
_NOT_FIELD = frozenset("the a an any all each every how what which who whom whose when where why whether if is are was "
                       "were do does did has have had can could will would should also its their his her our my your "
                       "this that these those them it they please i we you number total amount cost".split())


def _more_fields(rest: str) -> tuple[list[str], str]:
    """fx48: the fields REST adds to a breakdown just read (", gender and religion", " and religion"), and REST after
    them; ([], REST) when REST goes on with anything but fields ending the clause."""
    fields, at = [], rest
    while True:
        m = _NEXT_FIELD.match(at)
        if not m:
            break
        words = m.group("f").split()
        if len(words) == 2 and not _FIELD_END.match(at[m.end():]):
            words = words[:1]  # "and religion in 2024" read one word at a time
        if any(w.lower() in _NOT_FIELD or w.lower() in _PREPS for w in words) or not _noun(words[-1].lower()):
            break
        fields.append(" ".join(w.lower() for w in words))
        at = at[m.start("f") + len(" ".join(words)) if len(words) == 2 else m.start("f") + len(words[0]):]
    if not fields or not _FIELD_END.match(at):
        return [], rest
    return fields, at


def _spell(word: str, original: str) -> str:
    fixed = _vocab().spellings.get(word.lower())
    if fixed:
        return fixed
    if re.fullmatch(r"[abmABM]\d{1,4}(?:\([mM]\))?", original):
        return original.upper()  # a road: "a38" -> "A38"
    if original.isupper() and len(original) > 1:
        return original  # an acronym as typed
    if original[:1].isupper() and original[1:].islower():
        return original  # a name as typed ("Elm Street")
    plural = _sibilant_plural(original.lower())
    if plural:
        return plural  # lead41 (nc44 #6): "stop and searchs" -> "stop and searches"
    return original.lower() if not original.isupper() else original


def _sibilant_plural(word: str) -> str | None:
    """WORD written as the plural of a noun ending in ch, sh, s, x or z with a bare "s" ("searchs", "boxs",
    "matchs"), put right ("searches"); None for any other word."""
    m = re.fullmatch(r"([a-z]{2,}(?:ch|sh|x|z|ss))s", word)
    if not m:
        return None
    from lemminflect import getAllLemmas

    return m.group(1) + "es" if "NOUN" in getAllLemmas(m.group(1)) else None


_PREPS = frozenset("in on at of for to by with from about into under over near within across around off between during".split())
_BE = frozenset("is are was were".split())
_DO = frozenset("did do does has have had".split())


def _is_participle(word: str) -> bool:
    low = word.lower()
    return low in _vocab().participles or (low.endswith("ed") and len(low) > 4)


def _done_participle(tm: re.Match[str]) -> str | None:
    """sq100 (nc100 #3): the past participle of the verb of "how many times did §AUTH§/they VERB X" when the verb is
    not on the closed list (knowledge/vocab/record_kinds.yaml past_participles): after do-support the word is a
    verb's base form ("fly" -> "flown", "attend" -> "attended", "grit" -> "gritted"), so the count is said as the
    passive of its object ("the number of times drones were flown over houses"). None for another auxiliary, for no
    doer (the body, "they", "it") between "did" and the word, or for a word that is no verb's base form."""
    from lemminflect import getAllLemmas, getInflection

    if not re.match(r"(?i)\s*(?:did|do|does)\s+(?:\u00a7AUTH\u00a7|they|it)\s", tm.group(0)):
        return None  # "how many times did storm overflows spill ...": with no doer said, the word after "did" is the
        # subject's own ("storm"), never a verb to put in the passive
    return _base_participle(tm.group(1))


def _base_participle(word: str) -> str | None:
    """The past participle of WORD when it is a verb's base form ("fly" -> "flown"), else None."""
    from lemminflect import getAllLemmas, getInflection

    word = word.lower()
    if word not in getAllLemmas(word).get("VERB", ()) or word in _PREPS or word in ("not", "ever", "never", "be", "have", "do", "get"):
        return None
    forms = getInflection(word, "VBN")
    return forms[0] if forms else None


def _two_verbs(tm: re.Match[str], done: str | None) -> tuple[str | None, str]:
    """sq101 (nc100): "how many times did the met stop and search children": two verbs done as one act to one object
    ("stop and search"), said as both participles ("stopped and searched") with the words after the second as the
    object; (DONE, the words after the verb) when no second verb follows "and"."""
    rest = tm.group(2)
    second = re.match(r"(?i)and\s+(\w+)\s+(\S.*)$", rest, re.S) if done else None
    also = _base_participle(second.group(1)) if second else None
    if not also:
        return done, rest
    return f"{done} and {also}", second.group(2)


def _object_phrase(obj: str) -> tuple[str | None, list[str]]:
    """OBJ as the noun phrase a verb was done to, and the adverbs typed after it that go after the verb ("the central
    library early" -> ("the central library", ["early"])); (None, []) when OBJ opens with a word that is no noun
    phrase's (a comparative or an adverb: "longer than 2 hours", "more often"). A word the lexicon does not know is a
    noun (a name, "tasers")."""
    from lemminflect import getAllLemmas

    def adverb(word: str) -> bool:
        lemmas = getAllLemmas(word.lower())
        return bool(lemmas.get("ADV")) and not lemmas.get("NOUN") and not lemmas.get("PROPN")

    words = obj.split()
    if adverb(words[0]) or words[0].lower() in ("more", "less", "fewer", "longer", "shorter", "over", "under"):
        return None, []
    after: list[str] = []
    while len(words) > 1 and adverb(words[-1]):
        after.insert(0, words.pop())
    return " ".join(words), after


_OWNER_PREPS = frozenset("about of for on against with outside inside within across throughout".split())


def _past_tense(word: str) -> bool:
    """A verb in the past tense that is not also a noun or adjective ("got", "carried", "issued")."""
    from lemminflect import getAllLemmas

    low = word.lower()
    lemmas = getAllLemmas(low)
    verbs = lemmas.get("VERB", ())
    from lemminflect import getInflection

    # "found" is a verb of its own too ("to found"); it is still the past of "find"
    past = low not in verbs or any(v != low and low in getInflection(v, "VBD") for v in verbs)
    return bool(verbs) and past and not lemmas.get("NOUN") and not lemmas.get("ADJ") \
        and not low.endswith("ing")  # "parking tickets": a gerund or a noun's modifier, not a past tense


@functools.lru_cache(maxsize=4096)
def _verb_only(word: str) -> bool:
    """A word that is only ever a verb ("decide", "track"), never a noun or adjective ("school", "park")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("VERB")) and not (lemmas.get("NOUN") or lemmas.get("ADJ") or lemmas.get("PROPN"))


@functools.lru_cache(maxsize=4096)
def _verb_lemmas_ing(word: str) -> set[str]:
    """ck28: WORD itself when it is the -ing form of a verb ("fixing", "clearing"), else an empty set."""
    from lemminflect import getLemma

    lemma = (getLemma(word.lower(), "VERB") or [""])[0]
    return {word.lower()} if lemma and lemma != word.lower() else set()


def _verb_lemmas(word: str) -> tuple[str, ...]:
    """The verbs WORD is a form of, by lemminflect's word lists ("taught" -> ("teach",)), or ()."""
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(word.lower()).get("VERB", ()))


def _received_noun(word: str) -> bool:
    """ck28: WORD (a count's head noun) names what a body gets sent or given ("complaints", "requests", "fines"), so
    "got" means received; otherwise ("drones", "tasers") it means has (knowledge/vocab/detail_words.yaml)."""
    data, _ = load_vocab("detail_words")
    nouns = {str(x).lower() for x in ((data or {}).get("received_nouns") or [])} if isinstance(data, dict) else set()
    low = word.lower().strip(".,")
    return low in nouns or low.rstrip("s") in nouns or low[:-2] in nouns and low.endswith("es")


def participle(word: str) -> str | None:
    """The past participle of a verb in its base form ("empty" -> "emptied", "teach" -> "taught"), or None
    when WORD is not a verb's base form. The closed list in record_kinds.yaml (past_participles) comes first."""
    if len(word) > 1 and word.isupper():
        return None  # fr25b: "how many kids had SEND": an acronym typed in capitals is never a verb
    low = word.lower()
    known = _vocab().past.get(low)
    if known:
        return known
    if low in _verb_lemmas(low):
        from lemminflect import getInflection

        forms = getInflection(low, "VBN")
        return forms[0] if forms else None
    return None


def _noun_not_adverb(word: str) -> bool:
    """lead41: WORD can be a noun and never an adverb ("strip", "stop"; not "often", "later", "then")."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word.lower())
    return "NOUN" in readings and "ADV" not in readings


def _is_past_participle(word: str) -> bool:
    """A past participle, regular or not ("issued", "taught", "done", "given")."""
    if _is_participle(word):
        return True
    from lemminflect import getInflection

    low = word.lower()
    return any(low in getInflection(lemma, "VBN") for lemma in _verb_lemmas(low))


class _Place(str):
    """A place read from a question, with the preposition the person used before it ("at", "near")."""

    prep = "in"

    def __new__(cls, text: str, prep: str = "in") -> "_Place":
        place = super().__new__(cls, text)
        place.prep = prep.lower()
        return place


_STATE_ADVERBS = frozenset({"still", "currently", "now", "already", "actually", "ever", "also", "presently"})


_EMBEDDED_VERB_END = frozenset("cost costs costed was were is are".split())


_PLACE_DETERMINERS = frozenset("the a an each every all any some this that these those our your their its his her my "
                               "which whose".split())


def _duration_unit(words: list[str]) -> bool:
    """fx54: WORDS (the counted noun so far) is a unit of time alone ("hours"; question_split.yaml duration_units)."""
    from askfoi.questions import _rules

    return len(words) == 1 and words[0].lower() in _rules().duration_units


def _was_done(word: str) -> bool:
    """WORD is the past tense of a verb, whatever else it may be ("left", "died", "moved"): read after "who"."""
    from lemminflect import getAllLemmas, getInflection

    low = word.lower()
    return any(low in (getInflection(v, "VBD") or ()) for v in getAllLemmas(low).get("VERB", ()))


def _people_words() -> frozenset[str]:
    from askfoi.pronoun_roles import _vocab as role_vocab

    return frozenset(w.lower() for w in role_vocab().people)


def _chunk(text: str, kind: str) -> tuple[str | None, str | None, list[str], bool]:
    """(subject, place, clause, had an article) read from the start of TEXT: the noun phrase up to
    the first word that ends one. For counts and lists a clause that narrows it is kept apart:
    "notices | were | issued for littering", "sleepers | who died", "children | are | in care"."""
    v = _vocab()
    raw = re.findall(r"\u00a7\w+\u00a7|[A-Za-z0-9&][\w&'\u2019/-]*|[,.;:?!()\"]", text)
    # "cancelled in §AUTH§": a preposition before a masked name or date, not the verb's particle
    raw = [w for k, w in enumerate(raw) if not (w.lower() in ("in", "over") and k + 1 < len(raw)
                                                and raw[k + 1].startswith("\u00a7AUTH") and k and _is_past_participle(raw[k - 1]))]
    n = len(raw)
    i = 0
    article = False
    while i < n and (raw[i].lower() in v.leading or raw[i] in ("\u00a7PERIOD\u00a7", "\u00a7AUTHS\u00a7")
                     or raw[i].lower() in ("my", "our", "their", "your")):
        article = article or raw[i].lower() in ("the", "my", "our", "their", "your") or raw[i] == "\u00a7AUTHS\u00a7"
        i += 1
    words: list[str] = []
    clause: list[str] = []
    narrows = kind in ("count", "list", "statistics", "figure", "")
    target = words
    prep_kept = None

    def ends(k: int) -> bool:
        return k >= n or raw[k] in ",.;:?!()\"" or v.stop.fullmatch(raw[k].lower()) is not None

    if i + 1 < n and raw[i].lower() in ("under", "over") and re.fullmatch(r"\d{1,2}'?s", raw[i + 1]):
        words.append(f"{raw[i].lower()}-{raw[i + 1].replace(chr(39), '')}")  # lead41: "how many under 18s were ...":
        i += 2  # an age group named by its bound is the thing counted, never a preposition before it
    while i < n:
        w = raw[i]
        low = w.lower()
        if w == "\u00a7AUTH\u00a7" and narrows and words and target is words and i + 2 < n \
                and raw[i + 1].lower() in _DO | _BE and (raw[i + 2].lower() in v.past or _is_participle(raw[i + 2])):
            clause.append(v.past.get(raw[i + 2].lower(), raw[i + 2].lower()))  # "officers §AUTH§ has employed"
            target = clause
            i += 3
            continue
        if w == "\u00a7AUTH\u00a7" and narrows and words and target is words and i + 2 < n and _past_tense(raw[i + 1]) \
                and raw[i + 2].lower().endswith("ing") and _can_be_verb(raw[i + 2].lower()) \
                and raw[i + 1].lower() in _CATENATIVE:
            # lead52 (nc70 #7): "homes §AUTH§ stopped placing people in": the body's act on another verb keeps its doer
            # ("homes you stopped placing people in"), never "homes stopped placing people" (the homes acting)
            clause.extend(["you", raw[i + 1].lower()])
            target = clause
            i += 2
            continue
        if w == "\u00a7AUTH\u00a7" and narrows and words and target is words and i + 1 < n and _past_tense(raw[i + 1]) \
                and not (raw[i + 1].lower() in _BE and words[-1].lower() in _PREPS):
            # (nx97: "staff at §AUTH§ are off with stress": the body after a preposition is where the things are, and
            # "are" its state, never the body's own past act "been")
            lemma = _verb_lemmas(raw[i + 1])[0]
            past = participle(lemma) or raw[i + 1].lower()
            if raw[i + 1].lower() == "got" and not any(_received_noun(x) for x in words):  # "complaints about lost forms"
                past = "-"  # ck28 (nu30 item 12): "how many drones they got" is the drones they have, never "received"
            if past != "-":
                clause.append(past)  # "complaints §AUTH§ got about care homes" -> "complaints received about ..."
            target = clause
            i += 2
            continue
        if narrows and words and target is words and i + 1 < n and raw[i + 1].lower() in ("got", "received") \
                and w[:1].isalpha() and low not in _PREPS | _DETERMINERS | _AUX | v.verbs | v.banned \
                and v.stop.fullmatch(low) is None and not _past_tense(w) and any(_received_noun(x) for x in words):
            # lead43: "how many damp complaints clarion got": the one who got them named before the verb (a body
            # askfoi does not know, people): "complaints received by clarion", never "complaints clarion"
            # sp62 (nc99 #2): a name of several words after the thing counted ("complaints guys and st thomas got")
            # is the one who got them whole, never its last word alone ("complaints guys and st received by thomas")
            head = max(k for k, x in enumerate(words) if _received_noun(x))
            named = words[head + 1:]
            if named and all(x[:1].isalpha() and x.lower() not in (_PREPS - {"of"}) | _DETERMINERS | _AUX | v.verbs | v.banned
                             and v.stop.fullmatch(x.lower()) is None for x in named) \
                    and named[0].lower() not in ("and", "of") and named[-1].lower() not in ("and", "of"):
                del words[head + 1:]
            else:
                named = []
            clause.extend(["received", "by", *named, w])
            target = clause
            i += 2
            continue
        if w == "\u00a7AUTH\u00a7" and target and i + 1 < n and raw[i + 1].lower() in v.people:
            target.append("your")  # "tasers fired by kent police officers" -> "... fired by your officers"
            i += 1
            continue
        if w == "\u00a7AUTH\u00a7" and target and target[-1].lower() in _OWNER_PREPS and i + 1 < n and not ends(i + 1) \
                and not raw[i + 1].startswith("\u00a7") and raw[i + 1].lower() not in _PREPS | v.verbs | v.banned \
                and not _verb_only(raw[i + 1]) and not _is_participle(raw[i + 1]):
            target.append("your")  # "complaints about tfl bus drivers" -> "complaints about your bus drivers"
            i += 1
            continue
        if w == "\u00a7PERIOD\u00a7" and len(target) >= 2 and target[-1].lower() in _NO_PERIOD_PREPS \
                and _is_past_participle(target[-2]) and raw[i - 1] == target[-1] and ends(i + 1):
            i += 1  # nx101: "schools (they) wrote to last year": the verb's own preposition, no period's ("written to")
            prep_kept = target[-1]
            continue
        if w in ("\u00a7PERIOD\u00a7", "\u00a7AUTH\u00a7", "\u00a7AUTHS\u00a7"):
            # "... in §PERIOD§ by ward", "staff at §AUTH§ were disciplined": drop it and its preposition
            if target and target[-1].lower() in _PREPS and not (_kept_particle(target) and raw[i - 1] != target[-1]) \
                    and (w == "\u00a7PERIOD\u00a7" or ends(i + 1)
                                                             or raw[i + 1].lower() in _PREPS
                                                             or (narrows and raw[i + 1].lower() in v.verbs)
                                                             or (target is clause and target[-1].lower() == "by")):
                target.pop()
                i += 1
                continue
            break
        if w in ",.;:?!()\"":
            break
        if low == "there" and narrows and words and target is words and i + 1 < n and (
                raw[i + 1].lower() in _BE or raw[i + 1].lower() in ("have", "has", "had") and i + 2 < n
                and raw[i + 2].lower() == "been"):
            i += 1  # fr24b: "how many complaints there were for each wind farm": the existential "there" names nothing
            continue
        if low == "to" and i + 1 < n and raw[i + 1].lower() not in _PREPS and (
                raw[i + 1].lower() in v.past or _verb_only(raw[i + 1])):
            break  # "stingrays | to track phones", "AI | to decide claims": a purpose, not part of the thing
        if low == "and" and target is words and words and i + 2 < n and raw[i + 1].lower() in ("its", "their") \
                and re.fullmatch(r"[a-z][a-z'-]+", raw[i + 2].lower()) and not ends(i + 2) \
                and raw[i + 2].lower() not in _PREPS | v.banned and _noun_not_adverb(raw[i + 2]) \
                and not (i + 3 < n and raw[i + 3].lower() in ("to", "it", "them", "the", "a", "an")):
            # lead53: "the bridge and its repairs", "cameras and their locations": a second thing owned by the first,
            # joined to it, never the end of the thing ("The total amount spent on the bridge.")
            target.extend([w, raw[i + 1], raw[i + 2]])
            i += 3
            continue
        if low == "and" and i + 1 < n and (v.stop.fullmatch(raw[i + 1].lower()) or raw[i + 1].lower() in v.banned
                                           or raw[i + 1].startswith("\u00a7")):
            break
        if narrows and words and target is words and low in _STATE_ADVERBS and i + 1 < n \
                and (raw[i + 1].lower() in _BE or raw[i + 1].lower() in _DO):
            i += 1  # fr26: "buildings in manchester still have unsafe cladding": the adverb is not the thing counted
            continue
        if narrows and words and target is words and low in _DO and _duration_unit(words) \
                and not (i + 1 < n and raw[i + 1].lower() in ("they", "it", "these", "those", "each")):
            break  # fx54: "hours did §AUTH§ use drones": how long it was done, never "hours used drones" ("how many
            # hours did they last" is read by the follow-on reader as the length of each of the things counted)
        if narrows and words and target is words and (low in _BE or low in _DO) :
            j = i + 1
            while j < n and (raw[j].lower() in ("been", "being", "not", "currently", "still", "ever", "there")
                             or (raw[j].lower().endswith("ly") and len(raw[j]) > 4)):
                j += 1  # "were permanently excluded", "have been reported"
            if low in _DO and j < n and (raw[j] in ("\u00a7AUTH\u00a7",) or raw[j].lower() in ("you", "they", "we", "it")):
                j += 1
                while j < n and raw[j].lower() in ("actually", "ever", "currently", "already", "recently", "not"):
                    j += 1
            if j < n:
                nxt = raw[j].lower()
                acronym = len(raw[j]) > 1 and raw[j].isupper()  # fr25b: "kids had SEND": a noun, never "sent"
                if low in ("have", "has") and j == i + 1 and nxt in _DETERMINERS:
                    # lead37: "fines has the bus lane on hills road made": the perfect asked with its subject after
                    # it (the participle ends the question), never what the fines have ("fines with the bus lane")
                    k = j + 1
                    while k < n and k - j < 10 and not ends(k) and raw[k] != "\u00a7AUTH\u00a7":
                        k += 1
                    last = k - 1
                    if last > j + 1 and _is_past_participle(raw[last].lower()) and raw[last].lower() not in _PREPS:
                        clause.extend([raw[last].lower(), "by", *raw[j:last]])
                        target = clause
                        i = k
                        continue
                if (low in ("have", "has") or acronym and low == "had") and j == i + 1 and not ends(j) \
                        and (acronym or not _is_past_participle(nxt) and nxt not in v.past) and not raw[j].startswith("\u00a7"):
                    clause.append("with")  # "school buildings have RAAC concrete" -> "... with RAAC concrete"
                    target = clause
                    i = j
                    continue
                if low in _BE and re.fullmatch(r"[a-z-]{3,}", nxt) and "ADJ" in _pos_lemmas(nxt) \
                        and not _is_past_participle(nxt) and not nxt.endswith("ing") and nxt not in _PREPS \
                        and nxt not in _DETERMINERS and v.stop.fullmatch(nxt) is None and nxt not in v.banned \
                        and nxt not in v.past and "there" not in (r.lower() for r in raw[i + 1:j]):
                    # lead58: "how many council houses in hull are empty", "how many schools are eligible for ...": a
                    # state the things are in, said with its verb ("council houses in Hull that are empty"), never
                    # the end of the count (the question was kept whole)
                    clause.extend([_relative(words), low, *(r.lower() for r in raw[i + 1:j]), nxt])
                    target = clause
                    i = j + 1
                    continue
                if low in _BE and (_is_past_participle(nxt) or nxt.endswith("ing") or nxt in _PREPS):
                    target = clause
                    i = j  # "children are in care", "notices were issued", "children are waiting"
                    continue
                if low in _BE and j + 1 < n and re.fullmatch(r"[a-z]{3,}", nxt) and nxt not in _DETERMINERS \
                        and nxt not in _PREPS and v.stop.fullmatch(nxt) is None and nxt not in v.banned \
                        and _is_past_participle(raw[j + 1].lower()) and not _is_past_participle(nxt) \
                        and not ends(j + 1) and _noun_not_adverb(nxt):
                    clause.append(f"{nxt}-{raw[j + 1].lower()}")  # lead41: "were strip searched", "were stop searched":
                    target = clause  # a noun and a participle make one compound verb, never the end of the count
                    i = j + 2
                    continue
                if low in ("have", "has", "had") and narrows and words and "been" in (r.lower() for r in raw[i + 1:j]) \
                        and "there" not in (r.lower() for r in raw[i + 1:j]) and re.fullmatch(r"[a-z-]{3,}", nxt) \
                        and v.stop.fullmatch(nxt) is None and nxt not in ("to", "the", "a", "an", "by") \
                        and not _is_past_participle(nxt) and nxt not in v.past and not nxt.endswith("ing") \
                        and nxt not in _PREPS and not ends(j) and not _verb_only(nxt):
                    clause.extend(["that", low, "been"])  # ck25a: "homes have been empty for ..." stays a state,
                    target = clause  # never "homes emptied"
                    i = j
                    continue
                if low in ("have", "has", "had") and j == i + 1 and nxt in v.verbs and _is_past_participle(nxt) \
                        and not _is_participle(nxt) and not participle(nxt):
                    # fx42: "how many prisoners have died at ...": the perfect of a verb that takes no object is the
                    # things that did it ("prisoners who died at HMP Pentonville"), as "prisoners died" is
                    _relative_clause(words, clause, nxt)
                    target = clause
                    i = j + 1
                    continue
                if low in _DO and not acronym and j + 1 < n and raw[j - 1] == "\u00a7AUTH\u00a7" \
                        and nxt in _CATENATIVE_LEMMAS and raw[j + 1].lower().endswith("ing") and _can_be_verb(raw[j + 1].lower()):
                    # lead52 (nc70 #7): "homes did §AUTH§ stop placing people in": the body's act on another verb keeps
                    # its doer ("homes you stopped placing people in")
                    from lemminflect import getInflection

                    clause.extend(["you", (getInflection(nxt, tag="VBD") or [nxt])[0]])
                    target = clause
                    i = j + 1
                    continue
                if low in ("have", "has", "had") and j == i + 1 and narrows and words and _acts_on_object(words, raw, j):
                    # nx88: "how many foster carers have stopped fostering": the perfect of a verb with its object is
                    # the people who did it ("foster carers who stopped fostering"), as "tenants reported damp" is
                    clause.extend([_relative(words), nxt])
                    target = clause
                    i = j + 1
                    continue
                if low in _DO and not acronym and (nxt in v.past or _is_participle(nxt) or participle(nxt)):
                    target = clause
                    past = participle(nxt) or nxt
                    if past != "-":  # "tasers does §AUTH§ have": nothing to add
                        clause.append(past)
                    i = j + 1  # "exclusions did §AUTH§ record" -> "exclusions recorded"
                    continue
                if low in _DO and j == i + 1 and not _duration_unit(words):
                    # "energy did council buildings use" -> "energy used by council buildings" (fx54: never "hours
                    # discharged by the storm overflow": a unit of time is how long the doer did it, never done by it)
                    k = j
                    while k < n and k - j < 9 and not ends(k) and raw[k].lower() not in v.past \
                            and raw[k].lower() not in v.banned and not raw[k].startswith("\u00a7"):
                        k += 1
                    if j < k < n and raw[k].lower() in v.past and v.past[raw[k].lower()] != "-" \
                            and raw[k].lower() not in ("get", "got", "make", "do"):  # too many meanings
                        clause.extend([v.past[raw[k].lower()], "by", *raw[j:k]])
                        target = clause
                        i = k + 1
                        continue
            break
        if narrows and words and target is words and clause == [] and words[-1].lower() not in _PREPS \
                and words[-1].lower() not in _DETERMINERS and _acts_alone(words, raw, i) and not (i + 1 < n and raw[i + 1].lower() == "by"):  # "operated by": passive
            _relative_clause(words, clause, low)  # "prisoners who escaped from", "overflows that discharge into"
            target = clause
            i += 1
            continue
        if narrows and words and target is words and clause == [] and words[-1].lower() not in _DETERMINERS \
                and _acts_on_object(words, raw, i):
            clause.extend([_relative(words), low])  # "tenants reported damp" -> "tenants who reported damp"
            target = clause
            i += 1
            continue
        if narrows and words and target is words and clause == [] and _is_participle(low) \
                and words[-1].lower() not in _PREPS and words[-1].lower() not in _DETERMINERS \
                and (low not in v.verbs or (i + 1 < n and raw[i + 1].lower() == "by")) \
                and not (low.endswith("ed") and i + 1 < n and raw[i + 1].lower() not in _PREPS
                         and not ends(i + 1) and raw[i + 1].lower() in v.leading):
            clause.append(low)  # "people | arrested because of ...", "999 calls | answered" (fr27a: never after "the":
            # "meters for the paid spaces" is one noun phrase)
            target = clause
            i += 1
            continue
        if narrows and words and target is words and clause == [] and low in v.verbs and words[-1].lower() not in _PREPS \
                and words[-1].lower() not in _DETERMINERS:  # lead58: "for the works": a noun after "the", never a verb
            if low.endswith("ed") and (i + 1 >= n or ends(i + 1) or raw[i + 1].lower() in _PREPS | _MORE_PREPS
                                       or raw[i + 1].startswith("\u00a7")) \
                    and not set(_verb_lemmas(low)) & v.intransitive and raw[i + 1:i + 2] != ["for"]:
                # nx94: "a list of the bailiff firms used", "the contractors used in 2024": a transitive verb's past
                # with no object after it is the passive participle ("firms used"), never "firms that used"
                clause.append(low)
                target = clause
                i += 1
                continue
            # "rough sleepers died", "buses run late": a finite verb starts a relative clause
            _relative_clause(words, clause, low)
            target = clause
            i += 1
            continue
        if low in ("it", "them") and target is clause and clause and clause[-1].lower() in ("on", "in", "by") \
                and (i + 1 >= n or ends(i + 1)):
            clause.append(low)  # ck22: "how many kids are on it": the pointer stays for the references to write out
            # (fx45, nc44 #8: "how many claims were flagged by it": the doer too, never dropped)
            i += 1
            continue
        if target is clause and clause and (v.stop.fullmatch(low) or low in v.banned) \
                and _subordinate_open(clause) and _can_be_verb(low):
            # lead42 (nc45 #4): "deleted before anyone could see them": a clause that "before", "after", "until" ...
            # opened is taken whole to the end of the sentence, never cut at its own verb ("deleted before anyone")
            while i < n and raw[i] not in ",.;:?!()\"" and not raw[i].startswith("\u00a7"):
                clause.append(raw[i])
                i += 1
            break
        if target is clause and low == "who" and clause and clause[-1].lower() in _people_words() and i + 1 < n \
                and _was_done(raw[i + 1]) and raw[i + 1].lower() not in _AUX:
            # lead51 (nc67 #1): "agreements §AUTH§ signed with staff who left": the people the clause names, said
            # whole ("with staff who left"), never cut to "with staff"
            target.extend([w, raw[i + 1]])
            i += 2
            continue
        if low == "their" and target is clause and len(clause) >= 2 and clause[-2].lower() in ("that", "who", "which") \
                and _can_be_verb(clause[-1].lower()) and is_plural(" ".join(words)) and i + 1 < n and not ends(i + 1) \
                and raw[i + 1].lower() not in _PREPS | v.banned:
            # lead58: "care homes that failed their inspections", "staff who left their jobs": the owner is the things
            # counted (their own object, right after the clause's verb), never the end of the clause ("... that failed.")
            target.append(low)
            i += 1
            continue
        if low in ("my", "our") and target is clause and len(clause) >= 2 and clause[-1].lower() in _PREPS \
                and i + 1 < n and not ends(i + 1) and re.fullmatch(r"[a-z][a-z'-]+", raw[i + 1].lower()) \
                and raw[i + 1].lower() not in _PREPS | v.banned:
            # lead58: "streetlights broken in my area": the place the person means, kept for the story check to ask
            # where it is (never "broken in." with the place cut and the preposition read as a particle)
            target.extend([w, raw[i + 1]])
            i += 2
            continue
        if low == "because" and target is clause and clause and i + 2 < n and raw[i + 1].lower() == "of" \
                and not ends(i + 2):
            # lead58: "kids who missed school because of the strikes": "because of" is a preposition, its noun phrase
            # part of the clause (never the end of it: "... who missed school.")
            target.extend([w, raw[i + 1]])
            i += 2
            continue
        if low in ("because", "unless", "until") and target is clause and clause and _can_be_verb(clause[-1].lower()) \
                and i + 2 < n and not ends(i + 1) and not raw[i + 1].startswith("\u00a7") \
                and raw[i + 1].lower() in ("the", "a", "an", "no", "their", "its") and not ends(i + 2):
            # lead58: "rape cases (did the force) drop because the victim withdrew support": a reason clause with its
            # own subject, taken whole (the subordinate reading below keeps it to the end), never cut at "because"
            target.append(w)
            i += 1
            continue
        if v.stop.fullmatch(low) or low in v.banned or low.endswith("n't"):
            break
        if target is clause and len(clause) >= 2 and clause[-1].lower() in ("and", "or") \
                and _is_past_participle(clause[-2]) and participle(w) and participle(w) != "-":
            w = participle(w)  # "dogs (did the council) seize and destroy" -> "seized and destroyed"
        target.append(w)
        i += 1
    # nx101 (lt100's left-out): "the libraries they looked at", "the firms the council spoke to": a preposition that
    # ends the words typed, right after the clause's participle, is the verb's own (its object is the head noun),
    # never one left without its object ("A list of libraries looked at.", not "... looked.")
    stranded = len(target) >= 2 and target[-1].lower() in _STRANDED_PREPS and _is_past_participle(target[-2]) \
        and (0 < i <= n and raw[i - 1] == target[-1] and ends(i) or prep_kept is target[-1] and ends(i))
    for part in (words, clause):
        while part and part[-1].lower() in v.dangling and not _kept_particle(part) and not (stranded and part is target):
            part.pop()
    if not words:
        return None, None, [], article
    if words[0].lower() in _PREPS:
        # "(how many) in York": no thing named, perhaps a place for the earlier subject
        tail = words[1:]
        if words[0].lower() in v.place_preps and tail and all(t[:1].isupper() or t.lower() == "and" for t in tail):
            return None, _Place(" ".join(tail), words[0]), [], article
        return None, None, [], article
    # a place in the last prepositional phrase: "potholes in Leeds", "cameras on Elm Street"
    place = None
    last = clause if clause else words
    for k in range(len(last) - 1, 0, -1):
        if last[k].lower() in v.place_preps and k + 1 < len(last):
            tail = last[k + 1:]
            while len(tail) > 1 and tail[-1] in _EMBEDDED_VERB_END:
                tail = tail[:-1]  # lead35: "how much the new bridge in leeds cost": the clause's own verb ends no place
            from askfoi.place_capitals import capitalise_places

            tail = (capitalise_places(" ".join(tail), bare=True) or "").split() or tail  # cx39: "in elm park": a name
            if any(t[:1].isupper() for t in tail) or tail[-1].lower() in v.place_words:
                if not any(t.lower() in v.banned for t in tail) \
                        and tail[0].lower() not in ("point", "points", "paragraph", "question", "questions", "part", "parts",
                                                    "item", "items", "section", "page", "number", "annex", "appendix"):
                    # (fr24b: "referred to at point number 2" names a place in the letter, never a place)
                    place = " ".join(_spell(t, t) for t in tail)
                    if tail[0].lower() not in _PLACE_DETERMINERS and tail[-1].lower() in v.place_words \
                            and not tail[0][:1].isupper():  # (fx43: "in each borough" is never "in the each borough")
                        place = "the " + place
                    place = _Place(place, last[k])
                    del last[k:]
            break
    for part in (words, clause):
        while part and part[-1].lower() in v.dangling and not _kept_particle(part) and not (stranded and part is target):
            part.pop()
    if len(clause) == 1 and clause[0] in ("who", "that"):
        clause = []
    if not words:
        return None, place, [], article
    if len(words) > MAX_SUBJECT_WORDS:
        cut = [k for k in range(1, MAX_SUBJECT_WORDS + 1) if words[k].lower() in v.dangling]
        words = words[: cut[-1]] if cut else words[:MAX_SUBJECT_WORDS]
        while words and words[-1].lower() in v.dangling:
            words.pop()
    subject = _spelt(words)
    return subject or None, place, [_spell(w, w) for w in clause[:12]], article


_SUBORDINATORS = frozenset("before after until unless because while once since".split())


def _subordinate_open(clause: list[str]) -> bool:
    """CLAUSE's last words are a subordinating word and the start of its subject ("before anyone", "after the
    officer"): a clause of its own has begun, with its verb still to come."""
    tail = [w.lower() for w in clause[-4:]]
    for k, w in enumerate(tail):
        if w in _SUBORDINATORS and 1 <= len(tail) - k - 1 <= 3:
            return not any(_verb_only(x) for x in tail[k + 1:])
    return False


def _resolved_reports(words: list[str], clause: list[str]) -> list[str]:
    # (called by render_frame, where every reader of counts meets)
    """lead41 (nc43): a report of a problem is resolved, the problem is fixed: "damp and mould complaints fixed" ->
    "... complaints resolved" (knowledge/vocab/detail_words.yaml problem_reports, repair_participles)."""
    data, _ = load_vocab("detail_words")
    data = data if isinstance(data, dict) else {}
    reports = {str(x).lower() for x in data.get("problem_reports") or []}
    repairs = {str(x).lower() for x in data.get("repair_participles") or []}
    if not words or not clause or not reports or not repairs:
        return clause
    head = words[-1].lower()
    if head not in reports and head.rstrip("s") not in reports and not (head.endswith("ies") and head[:-3] + "y" in reports):
        return clause
    k = 0
    while k < len(clause) and clause[k].lower() in ("that", "which", "were", "was", "have", "has", "been", "got", "get"):
        k += 1
    if k < len(clause) and clause[k].lower() in repairs and (k + 1 == len(clause) or clause[k + 1].lower() in _PREPS):
        return ["resolved", *clause[k + 1:]]
    return clause


def _spelt(words: list[str]) -> str:
    """WORDS of a subject as one phrase with the spellings put right ("cctv" -> "CCTV", "body worn" -> "body-worn")."""
    subject = " ".join(_spell(w, w) for w in words)
    for two, fixed in _vocab().spellings.items():
        if " " in two:
            subject = re.sub(rf"(?i)\b{re.escape(two)}\b", fixed, subject)
    return subject


def _trim(text: str) -> list[str]:
    """The words of TEXT up to its first stop or masked date or name, without the preposition that a masked
    date or name leaves at their end ("at large on [date]"); a preposition that ends the question stays
    ("complied with")."""
    m = re.search(r"[,.;:?!]|\u00a7\w+\u00a7", text)
    words = (text[: m.start()] if m else text).split()
    while m and m.group().startswith("\u00a7") and words and words[-1].lower() in _PREPS and not _kept_particle(words):
        words = words[:-1]
    return words


def _stranded(text: str, source: str) -> bool:
    """TEXT ends on a participle and its preposition, as the question did ("complied with", "dealt with"); nx101: or
    on the participle of the question's verb and the preposition it left at its end ("which schools did they write
    to last year" -> "schools written to")."""
    last = re.findall(r"[A-Za-z]+", text)[-2:]
    if len(last) == 2 and _is_past_participle(last[0]) and last[1].lower() in _NO_PERIOD_PREPS:
        lemmas = "|".join(re.escape(x) for x in _verb_lemmas(last[0].lower()))
        said = re.search(rf"(?i)\b(\w+)\s+{last[1]}\b(?!\s+(?:the|a|an|my|our|their|his|her|its|this|that)\b)", source or "")
        if said and lemmas and set(_verb_lemmas(said.group(1).lower())) & set(lemmas.split("|")):
            return True
    return len(last) == 2 and _is_past_participle(last[0]) and bool(
        re.search(rf"(?i)\b{last[0]}\s+{last[1]}\W*$", source or ""))


@functools.lru_cache(maxsize=1)
def _paid_out_in() -> frozenset[str]:
    """nx101: what money is paid out in ("paid out in compensation"; knowledge/vocab/record_kinds.yaml paid_out_in)."""
    data, _ = load_vocab("record_kinds")
    return frozenset(str(w).lower() for w in ((data or {}).get("paid_out_in") or []))


def _kept_particle(words: list[str]) -> bool:
    """The clause ends on a verb's particle, which is part of the verb ("taken in", "put down"), not a
    preposition left without its object."""
    return len(words) >= 2 and words[-1].lower() in _PARTICLES and _is_past_participle(words[-2])


_IRREGULAR_PAST = frozenset("led left got went came took ran fell slept drove made paid sold built brought caught".split())


def _finite(word: str) -> bool:
    """A verb in the past or present that cannot start a noun phrase ("led", "died", "waited")."""
    low = word.lower()
    return low in _IRREGULAR_PAST or (low in _vocab().verbs and low.endswith("ed"))


_DETERMINERS = frozenset("the a an any all their its our your my".split())
_NOT_AN_OBJECT = frozenset("and or but than because while when after before since until unless if so as not "
                           "again once twice more less then there here".split())


def _acts_on_object(words: list[str], raw: list[str], i: int) -> bool:
    """People followed by a verb in the past tense and then its object are the doers: "tenants | who reported
    damp", "patients | who caught covid". Not when the verb keeps an object in the passive ("staff paid
    bonuses"), nor when a preposition, an adverb or the end follows ("people arrested for ...")."""
    v = _vocab()
    low = raw[i].lower()
    head = next((words[k - 1] for k in range(1, len(words)) if words[k].lower() in _PREPS), words[-1])
    person = head.lower() in v.people
    if low in v.passive_objects or i + 1 >= len(raw):
        return False  # the head noun: "tenants (in council houses in Cardiff) | who reported damp"
    lemmas = _verb_lemmas(low)
    if not lemmas or low in lemmas or low.endswith(("ing", "s")):
        return False  # not a verb in the past: "patients waiting", "staff members"
    nxt = raw[i + 1]
    if person and nxt.lower() in _PREPS and set(lemmas) & v.person_acts:
        return True  # fx43: "people | who responded to the consultation", "tenants | who applied for ..."
    if not person and (words[-1].lower() in _PREPS or not _direct_object(raw, i + 1)):
        return False  # fx43: a thing acts only on an object that is there: "tenancies | that incurred repair costs"
    return bool(re.fullmatch(r"[A-Za-z][\w'-]*", nxt)) and nxt.lower() not in _PREPS | _NOT_AN_OBJECT | (v.dangling - _DETERMINERS) \
        and not (nxt.lower().endswith("ly") and len(nxt) > 4) and v.stop.fullmatch(nxt.lower()) is None and not _is_past_participle(nxt)


def _direct_object(raw: list[str], k: int) -> bool:
    """fx43: RAW[k:] opens a noun phrase that can be a verb's object: an article or a plain noun that is no verb form,
    no preposition, time word or adverb ("repair costs", "a fine"), and no "by" follows it (the passive's doer)."""
    from lemminflect import getAllLemmas

    if k >= len(raw):
        return False
    w = raw[k].lower()
    if w in ("a", "an", "the"):
        return True
    if not w.isalpha() or w in _PREPS | _NOT_AN_OBJECT | _DETERMINERS | _TIME_WORDS or w in _vocab().dangling:
        return False
    forms = getAllLemmas(w)
    if not forms.get("NOUN") or forms.get("VERB") and not forms.get("NOUN") or forms.get("ADV") or forms.get("ADJ") and not forms.get("NOUN"):
        return False
    return not (k + 1 < len(raw) and raw[k + 1].lower() == "by")


_MORE_PREPS = frozenset("onto into through past along outside inside behind beside beyond beneath above below towards "
                        "more late early again".split())


def _acts_alone(words: list[str], raw: list[str], i: int) -> bool:
    """A verb that takes no object (record_kinds.yaml intransitive_verbs), in the past or, after a plural, in
    the present, right after the noun phrase: it is what the things did ("prisoners | who escaped from",
    "ambulances | that queued outside", "overflows | that discharge into"), not a passive participle."""
    low = raw[i].lower()
    lemmas = _verb_lemmas(low)
    if not lemmas or not set(lemmas) & _vocab().intransitive or low.endswith("ing"):
        return False
    if low in lemmas:  # the present: "overflows discharge", not "an overflow discharge"
        return is_plural(" ".join(words)) and i + 1 < len(raw) and raw[i + 1].lower() in _PREPS | _MORE_PREPS
    return not low.endswith("s")


_CONTACT_DETS = frozenset("a an the their his her its my our your this that these those".split())


def _relative_clause(words: list[str], clause: list[str], verb: str) -> None:
    """The finite VERB after the subject WORDS starts a relative clause in CLAUSE: "buses | that run late". When a
    determiner inside WORDS starts a second noun phrase that is not the object of a preposition ("the time | a child
    waited"), that noun phrase is the verb's subject and the clause is a contact clause on the first: "the time that
    a child waited", never "the time a child that waited"."""
    for k in range(1, len(words) - 1):
        before = words[k - 1].lower()
        if words[k].lower() in _CONTACT_DETS and before not in _PREPS and before not in ("of", "and", "or", "than") \
                and not before.startswith("\u00a7") and words[k - 1][:1].isalpha():
            clause.extend(["that", *words[k:], verb])
            del words[k:]
            return
    clause.extend([_relative(words), verb])


def _relative(words: list[str]) -> str:
    """'who' after people, 'that' after things: "patients who waited", "buses that run late"; the head noun
    decides ("children in care in Hampshire who ...")."""
    head = next((words[k - 1] for k in range(1, len(words)) if words[k].lower() in _PREPS), words[-1])
    return "who" if head.lower() in _vocab().people or words[-1].lower() in _vocab().people else "that"


_PARTICLES = frozenset("in up down off out away back over".split())
# nx101: prepositions a reduced relative clause leaves at its end, its object being the head noun ("the sites they
# looked at", "the firms they spoke to", "the schools they wrote to", "the grants they applied for")
_STRANDED_PREPS = frozenset("at to with for into about from on".split())
_NO_PERIOD_PREPS = frozenset("at to with into about".split())  # never the preposition of a period ("in 2024")


def _stands_in(noun: str, subject: str) -> bool:
    """fr22b: NOUN after "how many of these/those" only stands for what the count before counted (SUBJECT): a generic
    noun that elsewhere names the letter ("these requests", "these applications": knowledge/vocab/part_pointers.yaml
    not_pointers, not a time word),
    or the head of a SUBJECT this rule narrowed before ("requests relating to the appeals ...")."""
    from askfoi.part_pointers import _lemma, _vocab as pointer_vocab

    low = noun.lower()
    lemma = _lemma(low)
    if lemma in _TIME_WORDS or low in _TIME_WORDS:
        return False
    words = (subject or "").split()
    if words and " relating to " in subject and _lemma(words[0].lower()) == lemma:
        return True
    return is_plural(low) and lemma in pointer_vocab().not_pointers


def _narrowed(earlier: str, relative: str, words: list[str]) -> list[str]:
    """An earlier clause narrowed by a later question's words: "that went missing" + "were found" ->
    "that went missing and were found" (one relative clause, never two stacked: "that went missing that
    were found"); "issued for littering" + "were paid" -> "issued for littering that were paid"."""
    words = [w for w in words if w]
    if words and words[0].lower() in ("who", "that", "which"):
        words = words[1:]
    said = (earlier or "").split()
    if any(w.lower() in ("who", "which") or w.lower() == "that" and not _determiner_that(said[k + 1:k + 2])
           and not (k and said[k - 1].lower() in ("to", "as", "like", "than", "of"))  # fx79: "similar to that used
           # on the Grenfell Tower": "that" stands for a thing, it opens no relative clause
           for k, w in enumerate(said)):  # "seized that found new homes" + "were
        # puppies": "... and were puppies", never a second relative clause stacked on the first
        return [earlier, "and", *words]
    return [w for w in [earlier, relative, *words] if w]


def _determiner_that(after: list[str]) -> bool:
    """fx53: "that" before AFTER (the word after it) is a determiner ("issued on that street"), not a relative
    pronoun ("that went missing", "that were found"): a noun follows that is no verb form."""
    if not after:
        return False
    word = after[0].lower().strip(",.;:?!")
    return word not in _AUX and _noun(word) and not _verb_lemmas(word)


_KIND_NOUNS = frozenset("contract contracts policy policies procedure minutes report reports number numbers list copy "
                        "statistics correspondence emails budget cost costs total amount".split())
# verbs that take another verb's -ing form as their object ("stopped placing", "started charging")
_CATENATIVE = frozenset("stopped started began finished quit ceased avoided resumed continued kept considered "
                        "refused".split())
_CATENATIVE_LEMMAS = frozenset("stop start begin finish quit cease avoid resume continue keep consider refuse".split())
_PLACEHOLDERS = frozenset("money information info data details things stuff everything anything something total amount".split())
_VERB_ONLY = frozenset("stop close open decide choose agree respond fix sell buy build make take give keep cut happen "
                       "happened occur occurred work worked change changed increase increased rise fall go".split())
_NEVER_IN_SUBJECT = frozenset("spend spent spends get got gets did does think know want need died waited tell give say said".split())


# a verb's particle left at the front of a subject when its verb was read as the amount's ("how much they paid out
# in compensation" -> "spent on out in compensation"); "out of hours services" is a noun phrase
_PARTICLES_LEFT = frozenset({"out", "off", "away", "back", "up", "down"})


# fr35: a unit of time as a subject's first word ("year on repairing potholes each year") is the breakdown or the
# period cut into the subject, never the thing asked about ("years of service" says a thing)
_TIME_UNITS = frozenset("year years month months week weeks day days quarter quarters annum".split())


def subject_problems(subject: str | None, authority: str | None = None) -> list[str]:
    """Why SUBJECT is not a complete noun phrase for a part: empty, a question word, a pronoun, a dangling
    preposition, the authority's own name, a repeated word. An empty list means well formed."""
    v = _vocab()
    if not subject or not subject.strip():
        return ["no subject"]
    words = [w.lower() for w in re.findall(r"[\w'&/-]+", subject)]
    problems = []
    if any(w in ("who", "what", "which", "why", "how", "when", "where", "whether") for w in words):
        problems.append("question word")
    owned = {k for k, w in enumerate(words) if w == "your" and k and words[k - 1] in _OWNER_PREPS and k + 1 < len(words)}
    # lead53: "the bridge and its repairs", "cameras and their locations": a second thing owned by the first
    owned |= {k for k, w in enumerate(words) if w in ("its", "their") and k >= 2 and words[k - 1] == "and"
              and k + 1 < len(words) and words[k + 1] not in v.banned and v.stop.fullmatch(words[k + 1]) is None
              and _noun_not_adverb(words[k + 1])}
    if any(w in v.banned - {"who", "what", "which", "why", "how", "when", "where", "whether"}
           for k, w in enumerate(words) if k not in owned):
        problems.append("pronoun or filler")
    if words[-1] in v.dangling and not (len(words) > 2 and words[-3] == "being" and words[-2].endswith(("ed", "en", "ght"))) \
            and not (len(words) > 2 and words[-1] in _NO_PERIOD_PREPS and _is_past_participle(words[-2])
                     and "," not in subject):  # (session 64, cx41: two clauses joined by a comma are no one subject)
        # (nx101: "schools written to", "sites looked at": the participle's own preposition, its object the head noun)
        problems.append("dangling word")  # (fx55: "options being looked at": a passive verb's particle ends it)
    if words[0] in _PREPS:
        problems.append("starts with a preposition")
    elif len(words) > 1 and words[0] in _PARTICLES_LEFT and words[1] in _PREPS and words[1] != "of":
        problems.append("starts with a verb's particle")  # "paid out in compensation", "written off in 2024"
    if words[0] in _TIME_UNITS and len(words) > 1 and words[1] != "of":  # (a bare "year" is fr34's to carry)
        problems.append("starts with a unit of time")  # fr35: "spent on year on repairing potholes each year"
    if words[0] in ("and", "but", "or", "nor", "so", "yet", "nobody", "somebody", "anybody", "everybody", "noone"):
        problems.append("starts with a conjunction or a pronoun")
    if any(a == b for a, b in zip(words, words[1:])):
        problems.append("repeated word")
    if words[-1] in _PLACEHOLDERS or (len(words) == 1 and words[0] in ("total", "amount", "number", "cost", "times", "occasions", "most", "least")):
        problems.append("names no thing")
    if any(w in _NEVER_IN_SUBJECT for w in words) or (len(words) <= 2 and words[0] in _VERB_ONLY) \
            or (_finite(words[0]) and not _participle_before_noun(words)):
        problems.append("a verb, not a noun phrase")
    if subject.rstrip().endswith(("'s", "\u2019s")):
        problems.append("dangling possessive")
    if not _has_noun(subject):
        problems.append("no noun: not a noun phrase")  # fr10c: "replied", "appointed", "lost"
    if _adverb_head(subject):
        problems.append("an adverb where the noun phrase should end (calls actually)")  # fr16b
    if authority:
        from askfoi.authorities import normalise

        name = normalise(authority)
        if name and (name in normalise(subject) or normalise(subject) in name):
            problems.append("authority name")
    return problems


_NP_END = frozenset("in on at of for to by with from about into under over near within across around off between during "
                    "that who which where when whose than".split())


def _participle_before_noun(words: list[str]) -> bool:
    """cx39: WORDS open with a past participle that describes the plural noun after it ("missed collections",
    "cancelled operations"): a noun phrase, not a verb. Never a verb that takes no object ("died patients")."""
    v = _vocab()
    if len(words) < 2 or words[1] in _PREPS or words[1] in _DETERMINERS or not _is_past_participle(words[0]):
        return False
    lemmas = set(_verb_lemmas(words[0]))
    if lemmas & v.intransitive:
        return False
    return is_plural(words[1]) and not _verb_lemmas(words[1])


def _adverb_head(subject: str) -> bool:
    """fr16b: the word that ends SUBJECT's noun phrase (before its first preposition or relative word) is an adverb
    and nothing else ("calls actually", "officers currently"): the subject was cut inside the question's verb phrase
    ("how many calls actually turned out to be crimes"), so its head is no noun."""
    from lemminflect import getAllLemmas

    core = []
    for w in re.findall(r"[\w'&/-]+", subject):
        if core and w.lower() in _NP_END:
            break
        core.append(w)
    if len(core) < 2:
        return False
    last = core[-1]
    lemmas = getAllLemmas(last.lower())
    return bool(lemmas) and set(lemmas) <= {"ADV"} and last[:1].islower()


def _has_noun(subject: str) -> bool:
    """Whether SUBJECT, up to its first preposition or relative word, holds a word that can be a noun (a closed test
    by lemminflect's word classes): a name or acronym as typed, a figure, a compound, a word lemminflect knows as a
    noun, or a word it does not know at all. A subject of verbs or adjectives alone ("replied", "lost") is no noun
    phrase, and its frame is not rendered."""
    from lemminflect import getAllLemmas

    core = []
    for w in re.findall(r"[\w'&/-]+", subject):
        if core and w.lower() in _NP_END:
            break
        core.append(w)
    for w in core:
        if w[:1].isupper() or any(c.isdigit() for c in w) or "/" in w or "-" in w or "&" in w:
            return True
        lemmas = getAllLemmas(w.lower())
        if not lemmas or "NOUN" in lemmas or "PROPN" in lemmas:
            return True
    if len(core) == 1 and core[0].lower().endswith("ing") and len(core[0]) > 5:
        return True  # fr14b: a gerund alone is a noun phrase ("the total income from parking")
    return not core


_AUX = frozenset("did do does were was are is have has had".split())
_HAVE = frozenset("have has had hold holds held keep keeps kept own owns owned there been being currently".split())
_ASKED_TO = frozenset("the a an you they we it your their its our council force police trust department government "
                      "authority board ministry agency nhs service office".split())


def _lost_clause(frame: Frame, authority: str | None = None) -> bool:
    """A count's subject whose question went on with a verb ("how many trees did the council cut down",
    "how many pupils were taught in ...") while the part says nothing of it: "The number of trees."."""
    if frame.kind not in ("count", "list", "statistics") or not frame.subject or not frame.source or frame.clause:
        return False
    src = frame.source.lower()
    last = frame.subject.split()[-1].lower()
    at = src.find(last)
    if at < 0:
        return False
    tail = re.findall(r"[a-z&'-]+", src[at + len(last):])[:7]
    if not tail or tail[0] not in _AUX:
        return False
    skip = _ASKED_TO | {w.lower() for w in re.findall(r"[A-Za-z]+", authority or "")}
    rest = [w for w in tail[1:] if w not in skip]
    if not rest or rest[0] in _HAVE:
        return False
    verb = rest[0]
    if not (_verb_lemmas(verb) or _is_participle(verb)):
        return False
    text = frame.text.lower()
    return verb not in text and (participle(verb) or "").lower() not in text


def _head_repeated(text: str) -> str | None:
    """A kind-of-record noun said twice at the head of a part: "Any contract for the contracts for ..."."""
    words = re.findall(r"[a-z]+", text.lower())[:8]
    stems = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]
    for k, w in enumerate(stems):
        if w in _KIND_NOUNS and w in stems[k + 1:]:
            return w
    return None


def why_slot_problems(frame: Frame) -> list[str]:
    """fr16b: a why question's records whose subject is written into the template's slot unquoted must be a noun
    phrase: "Any policy on stating whether or not X has a policy" (a clause with a question word in the slot) is no
    English, so the question is kept whole. A clause quoted as the person asked it is not a slot filler."""
    said = re.sub(r'"[^"]*"', '"…"', frame.text or "")
    if frame.why is None or not frame.subject or frame.subject not in said:
        return []
    return [f"the slot's words are not a noun phrase ({p})" for p in subject_problems(frame.subject, None)
            if p in ("question word", "a verb, not a noun phrase")]


def _past_form(word: str) -> bool:
    from askfoi.amounts import _is_past, _is_participle

    return _is_past(word) or _is_participle(word)


def _verb_first(words: list[str]) -> bool:
    """lead49: WORDS (a count's subject) open with a verb's participle that names nothing ("placed out of borough",
    "evicted"), never an adjective before its noun ("excluded pupils", "unpaid fines")."""
    from askfoi.amounts import _is_participle, _lemmas

    first = words[0]
    if not _is_participle(first) or _lemmas(first).get("NOUN"):
        return False
    return len(words) == 1 or words[1] in _PREPS or words[1] in _PARTICLES


def part_problems(frame: Frame, authority: str | None = None) -> list[str]:
    """Why a part is not well formed (empty list: it is): its frame is incomplete, its subject is not a
    clean noun phrase, or its text does not read as a request for records."""
    if frame.kept_words:
        return []
    if frame.why is not None:  # a why question's records (why_frame): its clause was turned by grammar, or is
        # quoted whole as the person asked it; only the words around it are checked
        said = re.sub(r'"[^"]*"', '"…"', frame.text.strip())
        return why_slot_problems(frame) + [p for p in text_problems(said) if not p.startswith("a reference")] + \
            ([] if said[:1].isupper() and said.endswith(".") else ["not a sentence"])
    problems = []
    if frame.kind not in kinds():
        problems.append("unknown kind")
    if frame.kind != "personal_data":
        problems += subject_problems(frame.subject, authority)
    if frame.kind == "policy" and "question word" in problems and _policy_clause(frame.subject or ""):
        # lead56: "guidance on when officers can use Tasers": a clause after "on", with its own verb
        problems = [p for p in problems if p not in ("question word", "a verb, not a noun phrase")]
    words = (frame.subject or "").lower().split()
    if words and words[0] in _KIND_NOUNS:
        problems.append("the kind of record repeated in the subject")
    if any(_verb_only(m.group(1).lower()) and _past_form(m.group(1)) and not m.group(1).isupper()
           for m in re.finditer(r"(?i)\bwith\s+([a-z]+)\b", frame.text or "")):
        problems.append("broken text (a verb after 'with')")  # lead49: "people with got fines"
    if frame.kind == "count" and words and _verb_first(words):
        problems.append("no counted noun: the subject opens with a verb")  # lead49 (nc61 #6): "The number of placed out of borough"
    if suggest_spelling(" ".join(x for x in (frame.subject, frame.clause, frame.qualifiers.place) if x)):
        problems.append("a misspelt word")
    if _lost_clause(frame, authority):
        problems.append("a verbless subject: the question's verb is lost")
    slots = " ".join(x for x in (frame.subject, frame.clause) if x)
    last = re.search(r"(?i)\b([a-z]{3,})\W*$", slots)
    if last and frame.source and _can_be_verb(last.group(1).lower()) \
            and re.search(rf"(?i)\b{re.escape(last.group(1))}\s+(?:it|them|this|that|these|those)\b(?!\s+(?:{_SEASONS}))",
                          frame.source) \
            and not re.search(rf"(?i)\b{re.escape(last.group(1))}\s+(?:it|them|this|that|these|those)\b", slots):
        # lead57: "how many patients caught it there" -> "patients who caught": the pointer the verb took was dropped,
        # leaving the verb with no object
        problems.append("a verb left without its object (a pointer dropped)")
    rel = re.match(r"(?i)(?:that|who)\s+([a-z]+s)\b", frame.clause or "")
    if frame.kind == "count" and rel and frame.subject and not is_plural(frame.subject) and not frame.times:
        problems.append("a singular subject with a plural noun read as its verb")  # "pothole that claims"
    head = _head_repeated(frame.text)
    if head:
        problems.append(f"the head noun repeated ({head})")
    text = frame.text.strip()
    if not text or not text[:1].isupper() or not text.endswith("."):
        problems.append("not a sentence")
    if "?" in text:
        problems.append("a question, not a request")
    if re.search(r"\s[.,]", text) or re.search(r"(?i)\b(\w+)\s+\1\b", text):
        problems.append("broken text (a word twice, or a stop after a space)")
    if re.search(r"(?i)\b(?:was|were|is|are|be|been|being)\s+(?:who|that|which)\b", text) or any(
            not _can_be_verb(m.group(1).lower()) for m in _RELATIVE_NOUN.finditer(text)):
        problems.append("broken text (a relative clause without its verb)")  # "times officers were who ..."
    if any(_bare_verb(m.group(1).lower()) for m in re.finditer(r"(?i)\b(?:for|of|on|about|to\s+the)\s+([a-z]+)\b", text)):
        problems.append("broken text (a bare verb after a preposition)")  # "any contract for enforce fines"
    elif re.search(r"(?i)\b(?:for|on|about)\s+(?:use|operate|deploy|employ|own)\s+(?!of\b|by\b|in\b|and\b|or\b)(?:the\s+|any\s+|a\s+)?[a-z]", text):
        # lead45: "The total amount spent on use IMSI catchers", "Any contract for use facial recognition": the verb
        # of "does the force use X" left before X (its noun would take "of": "use of")
        problems.append("broken text (a bare verb after a preposition)")
    if any(_base_verb(m.group(2).lower()) and not _past_tense(m.group(2)) and not is_plural(_agrees_with(frame, m))
           and _agrees_with(frame, m).lower() not in _COLLECTIVE
           and m.group(1).lower() not in _PREPOSITIONS for m in re.finditer(r"(?i)\b([a-z]+)\s+(?:that|which)\s+([a-z]+)\b", text)):
        problems.append("broken text (a singular noun with a plural verb)")  # "the average that wait", "taser that use"
    if re.search(r"(?i)\b(?:in|for|of|on|by|at|to|from|with|during|each|every|the|a|an|and|or)\s*[.?]$", text) \
            and not _kept_particle(re.findall(r"[A-Za-z]+", text)[-2:]) and not _stranded(text, frame.source):
        # "stray dogs taken in." ends on a particle; "notices that were complied with." as the person asked it
        problems.append("broken text (it ends on a preposition or a determiner)")  # "issued for littering in each."
    for m in re.finditer(r"(?i)\b([a-z]+)\s+(in|for|of|on|by|at|to|from|with|during|the|a|an|and|or)\s*,", text):
        if not re.search(rf"(?i)\b{m.group(1)}\s+{m.group(2)}\s*[,.;:]", frame.source or ""):
            # fr10c: "reported in, broken down by month": the words after the preposition were masked away
            problems.append("broken text (a preposition or a determiner before a comma)")
            break
    problems += text_problems(text, frame.source)
    asks = strip_opener(frame.source or "").lower()
    if re.match(r"\W*(?:and\s+)?how\s+many\b", asks) and frame.kind in ("total_spend", "income") \
            and not re.search(r"\b(?:cost|costs|spent|spend|paid|pay|money|income|raised|£)", asks):
        problems.append("the measure does not match the question (how many, rendered as a sum of money)")
    if re.match(r"\W*(?:and\s+)?how\s+much\b", asks) and frame.kind == "count" and "how many" not in asks:
        problems.append("the measure does not match the question (how much, rendered as a count)")
    return problems


_TIME_WORDS = frozenset("year years month months week weeks day days quarter quarters period before after previous".split())
# nx98: "reported on ash row this year", "on albert mews this month": a pointer that opens a time is no object of the
# word before it (a road's name ending in a word that can be a verb: row, walk, place, close, mews, gardens)
_SEASONS = ("years?|months?|weeks?|days?|quarters?|morning|afternoon|evening|night|weekend|term|summer|winter|spring"
            "|autumn|financial|calendar|time|past")
_DANGLING_END = re.compile(r"(?i)\b(?:each|every|per|of\s+(?:that|this|them|those|these|it))\s*(?:,|[.?!]?$)")
_RELATIVE_AUX = re.compile(r"(?i)\b([a-z]+)\s+(?:that|who|which)\s+(were|are|have|was|is|has)\b")
_AMOUNT_OF = re.compile(r"(?i)\bamount\s+(?:spent\s+on\s+|paid\s+(?:for|to)\s+)?of\s+((?:[a-z&'-]+\s+){0,4}?[a-z&'-]+?)(?=\s+(?:"
                        r"for|in|on|at|to|by|from|with|during|that|who|which|broken)\b|[,.]|$)")
_VERB_PARTICLE = re.compile(r"(?i)\b([a-z]+)\s+(in|up|down|off|out|away|back|over|into)\b(?=\s*(?:$|[,.;:?!)]|\b(?:by|and|or|"
                            r"last|this|each|every|within|after|before|because|since|during|from|for|to|at|in|on|"
                            r"under|without|while|when|then|again)\b))")


def _agrees_with(frame: Frame, m: re.Match[str]) -> str:
    """fr15a: the noun a relative clause's verb agrees with. A clause the frame narrowed its subject with, after the
    words of the earlier count ("applications made for a licence" + "that have been refused"), belongs to the
    subject's head noun ("applications"), not to the last word before it ("licence"); otherwise that last word."""
    base = (frame.base or "").strip()
    if base and frame.subject and (frame.clause or "").startswith(base + " ") and base.split()[-1].lower() == m.group(1).lower() \
            and re.match(r"(?i)(?:that|which|who)\b", frame.clause[len(base):].strip()):
        return _head_noun(frame.subject) or m.group(1)
    if frame.subject and re.match(r"(?i)(?:that|which|who)\b", (frame.clause or "").strip()) \
            and frame.subject.split()[-1].lower() == m.group(1).lower() and len(frame.subject.split()) > 2 \
            and frame.subject.split()[-2].lower() in ("in", "at", "across", "within", "near", "around") \
            and frame.subject.split()[-1][:1].isupper():
        # lead58: "homes in Hull" + "that have been empty": the clause narrows the subject's head, not the place named
        # after a place preposition (never "complaints about Taser" + "that use": a noun the clause may be about)
        return _head_noun(frame.subject) or m.group(1)
    return m.group(1)


def _head_noun(phrase: str) -> str | None:
    words = phrase.split()
    at = next((k for k, w in enumerate(words) if k and w.lower() in _PREPOSITIONS), len(words))
    return words[at - 1] if at else None


@functools.lru_cache(maxsize=1)
def _money_nouns() -> frozenset[str]:
    data, _ = load_vocab("record_kinds")
    return frozenset(str(w).lower() for w in ((data or {}).get("money_nouns") or [])) if isinstance(data, dict) else frozenset()


@functools.lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word).get("NOUN"))


def text_problems(text: str, source: str | None = None) -> list[str]:
    """Why a rendered part is not careful English, read over its words (empty list: none found); used to
    choose between rendering a frame and keeping the question whole, and by the review:
      - a quantifier or a reference left with nothing after it: "spent on informants each, broken down ...",
        "how much of that." (the letter does not say what "that" is);
      - a relative clause after a word that is not a noun ("who went missing that were found": two relative
        clauses stacked on one noun), or a plural verb after a singular noun ("a rescue that were put down");
      - a measure that does not fit its object: "the amount of" things that are counted ("The amount of
        environmental groups and protests"), unless they are sums of money (record_kinds.yaml money_nouns);
      - a verb whose particle the question had and the part lost ("stray dogs taken in" -> "stray dogs taken")."""
    problems: list[str] = []
    if "\u00a7" in text:
        problems.append("a marker left in the text")
    if re.search(r"[:;,]\s*[,.;:?]|\?\s*[,;:.]", text):
        problems.append("stray punctuation (a mark whose words were taken out: 'years:.', '?,')")  # fr16b
    if re.search(r"(?i)\b(?:did|does|do)\s*(?:[,.;:?]|$)", text):
        problems.append("an auxiliary with no verb (claims received that did)")  # fr16b: "how many of these did you pay"
    for m in _VERB_IN_NOUN.finditer(text):
        noun, verb = m.group(1).lower(), m.group(2).lower()
        if is_plural(noun) and _noun(noun) and verb in _verb_lemmas(verb) and not verb.endswith(("ing", "ed")) \
                and verb not in _PREPOSITIONS:
            problems.append("a verb inside the noun phrase (the number of officers carry a taser)")
            break
    if dangling_reference(text):
        problems.append("a reference to text that is not on the letter (the above, the following, said, question 3)")
    if _DANGLING_END.search(text):
        problems.append("a quantifier or reference with nothing after it (each, of that)")
    if re.search(r":\s*[.?!]?\s*$|:\s*,", text):
        problems.append("a colon with nothing after it (the following financial years:.)")  # fr17b: its list was cut off
    for m in _RELATIVE_AUX.finditer(text):
        word, aux = m.group(1).lower(), m.group(2).lower()
        if word in _COLLECTIVE or word in _vocab().people or word in _DETERMINERS | _PREPOSITIONS:
            continue
        from lemminflect import getAllLemmas

        lemmas = getAllLemmas(word)
        before = re.split(r"[,;]|\band\b", text[: m.start()])[-1]
        # fx53: "issued on that street that were ...": "that" before a noun is a determiner, no relative clause
        if not any(r.group().lower() != "that"
                   or not _determiner_that(text[m.start() - len(before) + r.end():].split()[:1])
                   for r in re.finditer(r"(?i)\b(?:that|who|which)\b", before)):
            continue  # one relative clause: it may belong to the head noun further back ("complaints about noise
            # that were upheld")
        if not lemmas.get("NOUN") and not lemmas.get("PROPN") and not word[:1].isdigit():
            problems.append("two relative clauses stacked on one noun")
            break
        if aux in ("were", "are", "have") and not is_plural(word) and _inflector().plural_noun(word) != word:
            problems.append("two relative clauses stacked on one noun (a plural verb after a singular noun)")
            break
    for m in _AMOUNT_OF.finditer(text):
        obj = m.group(1)
        head = obj.split()[-1].lower()
        if set(obj.lower().split()) & _TIME_WORDS:
            problems.append("the amount of a time, not of a thing (a measure with no object)")  # "The amount of year before."
            break
        if is_plural(obj) and head not in _money_nouns() and not (set(_lemmas(head)) & _money_nouns()):
            problems.append("the amount of things that are counted (a measure that does not fit its object)")
            break
    if _FRAGMENT.search(text):
        problems.append("a word cut in two (contract for ing the hardware)")
    if _TWO_PREPS.search(text):
        problems.append("a noun lost between two prepositions (spent on towards the cost)")
    for m in re.finditer(r"(?i)\b(?:number|list)\s+of\s+(?:overt\s+)?([a-z][a-z'-]*)(?=\s+(?:that|who|which|were|was|received|issued|made|[a-z]+ed)\b|[.,]|$)", text):
        word = m.group(1).lower()
        if not is_plural(word) and word not in _COLLECTIVE and word not in _vocab().people \
                and _inflector().plural_noun(word) != word and _noun(word):
            problems.append("the number of something that is not counted (a measure that does not fit its object)")
            break
    for m in re.finditer(r"(?i)\b(?:on|for|of|about)\s+([a-z]+)\s+(?:the|a|an|its|their|your|our|his|her)\b", text):
        word = m.group(1).lower()
        if word in _verb_lemmas(word) and not word.endswith(("s", "ing", "ed")) and word not in _PREPOSITIONS:
            problems.append("a verb where a noun should be (spent on run the ...)")
            break
    if source and _said_twice(text, source):
        problems.append("words said twice that the question says once (a garbled splice)")
    if source:
        low = " " + re.sub(r"[^a-z0-9' ]+", " ", text.lower()) + " "
        for m in _VERB_PARTICLE.finditer(source):
            verb, particle = m.group(1).lower(), m.group(2).lower()
            if particle in ("in", "over") and re.match(r"(?i)\s*(?:each|every)\b", source[m.end():]):
                continue  # fr10c: "issued in each month": a preposition before the breakdown's unit, no particle
            if particle == "up" and re.match(r"(?i)\s*for\s+(?:renewal|re-?tender(?:ing)?|tender|review|sale|auction)\b", source[m.end():]):
                continue  # nx91: "when is the bin contract up for renewal": a noun's state ("up for renewal"), no verb
            if not (_verb_lemmas(verb) and (_is_past_participle(verb) or verb in _verb_lemmas(verb))):
                continue
            forms = {verb, (participle(verb) or verb).lower()} | {
                (participle(lemma) or lemma).lower() for lemma in _verb_lemmas(verb)}
            said = [f for f in forms if f" {f} " in low]
            if said and not any(f" {f} {particle} " in low for f in said):
                problems.append(f"a verb's particle lost ({verb} {particle})")
                break
    return problems


def _said_twice(text: str, source: str) -> bool:
    """fr15a: TEXT (a rendered part) says a run of three words twice where SOURCE (the person's question) says it once:
    "incidents reported involving drones that reported incidents involving drones have led to ..." - the subject
    spliced into its own clause. Runs of small words only ("the number of") do not count."""
    small = _PREPS | _DETERMINERS | {"number", "of", "and", "or", "the", "that", "who", "which", "each", "by", "broken",
                                     "down", "were", "was", "is", "are", "have", "has", "been", "total", "amount"}

    def runs(said: str) -> list[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9'-]+", said.lower())
        return [tuple(words[k: k + 3]) for k in range(len(words) - 2) if sum(w not in small for w in words[k: k + 3]) >= 2]
    said = runs(source)
    typed = set(re.findall(r"[a-z0-9'-]+", source.lower()))  # the template's own words ("impact assessment") aside
    for clause in re.split(r"[,;:]", text):  # within one clause: a template may name its subject again after a comma
        seen: dict[tuple[str, ...], int] = {}  # ("the use of X, and the number of times X was used")
        for run in runs(clause):
            seen[run] = seen.get(run, 0) + 1
        if any(n > 1 and n > said.count(run) and set(run) <= typed for run, n in seen.items()):
            return True
    return False


_FRAGMENT = re.compile(r"(?i)(?<![\w'\u2019-])(?:ing|ed|ies|ly|tion)(?![\w'\u2019-])")  # a suffix left alone: "for ing the"
_TWO_PREPS = re.compile(r"(?i)\b(?:on|for|of|about|at|with|from)\s+(?:towards|into|of)\b")  # ("paid for by", "from at": a verb's particle)
_VERB_IN_NOUN = re.compile(r"(?i)\b(?:number|list|names|details)\s+of\s+(?:[\w-]+\s+){0,3}?([a-z]+s)\s+([a-z]+)\s+"
                           r"(?:a|an|the|their|its|our|your|any|all)\b")
_POINTS_AWAY = re.compile(
    r"(?i)\b(?:the\s+above(?![\s-]+(?:named|mentioned\s+\w+\s+\w+|average|\d))|(?:as\s+)?(?:stated|mentioned|listed|set\s+out|detailed)"
    r"\s+(?:above|below|earlier)|(?:the|each\s+of\s+the|all\s+of\s+the)\s+following(?:\s+[\w/-]+){0,3}\s*(?:[.?;]|$)"
    r"|(?:for|in|during|over)\s+the\s+(?:years|dates|periods|months|quarters)\s*(?:[.?,;]|$)"
    r"|(?:in|of|for|on|to|from|with|by|at|about|regarding|within|into)\s+said\s+[a-z]"
    r"|\b(?:questions?|points?|items?|q)\s*\d+[a-z]?\b|\bthe\s+aforementioned\b|\bsee\s+(?:above|below)\b)")


def dangling_reference(text: str) -> str | None:
    """The words of TEXT (one part) that point at text the letter does not show: "the above", "the
    following years" with no list after it, "for the years" with the years gone, "in said departments",
    "question 3" (the person's own numbering); None when it points at nothing outside itself."""
    m = _POINTS_AWAY.search(text or "")
    return m.group().strip(" .?,;") if m else None


_ITEM = r"(?im)^[ \t]*(?:q(?:uestion)?\s*)?{n}\s*[.):\-]"
_NUMBERED = re.compile(r"(?i)\b(?P<word>questions?|points?|items?|q)\s*(?P<n>\d+)(?P<sub>[a-z]?)\b(?:\s+above)?")


def _number_references(parts: list[Frame], text: str, typed: dict[int, tuple[Frame, str]] | None = None,
                       only: Frame | None = None) -> None:
    """A part kept whole that names the person's own numbering ("In regard to question 3", "If yes to
    question 6") is written to name the letter's part that item became ("In regard to part 3"); an item
    with no part of its own, or a list numbered in no way that can be read, is left as typed. TYPED (fr35): the
    part's words as typed are kept there, so that the number can be said again once the parts are final
    (`_number_references_again`): a part that leaves the letter later moves the others up."""
    for part in parts:
        if not part.kept_words or not _NUMBERED.search(part.text) or (only is not None and part is not only):
            continue
        if typed is not None:
            typed[id(part)] = (part, part.text)

        def letter_part(m: re.Match[str]) -> str:
            at = re.search(_ITEM.format(n=m.group("n")), text)
            if at is None:
                return m.group()
            after = text[at.end():]
            nxt = re.search(_ITEM.format(n=int(m.group("n")) + 1), after)
            item = after[: nxt.start() if nxt else len(after)]
            own = re.sub(r"\s+", " ", item).strip().lower()
            for k, other in enumerate(parts, 1):
                head = re.sub(r"\s+", " ", other.source).strip()[:30]
                if other is not part and head and (head.lower() in own or (
                        len(own) >= 20 and own[:30] in re.sub(r"\s+", " ", other.source).lower())):
                    return f"part {k}"  # (fr35: or the item's opening inside a part said after a scope)
            return m.group()

        part.text = _NUMBERED.sub(letter_part, part.text)
        part.source = part.text if part.kept_words else part.source


def _number_references_again(parts: list[Frame], text: str, typed: dict[int, tuple[Frame, str]]) -> None:
    """fr35: the parts whose "question 2" became "part N" before the parts were final say it again from the words as
    typed, numbered among the final parts ("In addition to data for question 2" was written "part 3" while a
    lead-in that later left the letter was part 1)."""
    final = {id(p) for p in parts}
    for key, (part, said) in typed.items():
        if key in final and part.kept_words:
            part.text = said
            _number_references(parts, text, only=part)
            part.source = part.text
    for part in parts:  # a part made again since (its item kept whole): its typed number said again among the final parts
        if part.kept_words and id(part) not in typed and _NUMBERED.search(part.text):
            _number_references(parts, text, only=part)


_RELATIVE_NOUN = re.compile(r"(?i)\b(?:who|that|which)\s+([a-z]+)\s+(?:the|a|an|this|those|these|its|their)\b")
_REFERS_BACK = re.compile(r"(?i)\b(?:these|those|them|the\s+above|the\s+same\s+(?:period|time|years?|dates?)|(?:the\s+)?aforementioned|said\s+(?:period|incidents?)|(?:of|from|on)\s+(?:that|this|it)(?!\s+\w+\s+(?:is|are|was|were)\b))\b")


_PREPOSITIONS = frozenset("for of on in at by to from with about into over under during after before than and or but "
                          "all any each every no some so such now not than".split())
_COLLECTIVE = frozenset({"staff", "police", "people", "those", "these", "many", "personnel", "cattle", "livestock"})


@functools.lru_cache(maxsize=4096)
def _base_verb(word: str) -> bool:
    """WORD is a verb's base form ("wait", "use"), not its -s, -ed or -ing form."""
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ()) and not word.endswith(("s", "ed", "ing"))


@functools.lru_cache(maxsize=4096)
def _bare_verb(word: str) -> bool:
    """WORD can only be a verb's base form ("enforce", "remove"), never a noun or a gerund."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return bool(lemmas) and set(lemmas) <= {"VERB", "AUX"} and word in lemmas.get("VERB", ()) and not word.endswith("ing")


@functools.lru_cache(maxsize=4096)
def _can_be_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word) or "AUX" in getAllLemmas(word)


_BEFORE_USE = re.compile(r"(?i)[\s,]+(?:before|prior\s+to)\s+(?:(?:they|it|you|\u00a7AUTH\u00a7|the\s+[\w\s-]{1,30}?|"
                         r"[\w-]+\s+police)\s+)?(?:(?:was|were|had|have|has|got|been|first|even|actually|ever)\s+){0,3}"
                         r"(?:start(?:ed|ing)?|began|begin(?:ning)?|us(?:ed|ing)|deploy(?:ed|ing)|introduc(?:ed|ing)|roll(?:ed|ing)\s+(?:it\s+|them\s+)?out|"
                         r"brought\s+(?:it\s+|them\s+)?in|bringing\s+(?:it\s+|them\s+)?in|switch(?:ed|ing)\s+(?:it\s+|them\s+)?on|"
                         r"put\s+(?:it\s+|them\s+)?(?:in|on|up)|launch(?:ed|ing))\b[^.?!]*[.?!]?\s*$")


_ASSESSMENT_NOUNS = re.compile(r"(?i)\b(?:dpias?|eqias?|eias?|impact\s+assessments?|(?:equality|privacy|risk)\s+assessments?)\s*$")


def _assessed_it(question: str) -> str:
    """nx76 (nc73 #6): "did anyone do a dpia or equality assessment before they started": an assessment named with
    no thing it is for, then when it was done: it is for the story's thing, so "for it" is read there (and written
    out from the story, or the question is left as typed)."""
    if _cue(question)[0] == "assessment":
        return question
    when = _BEFORE_USE.search(question)
    if when and _ASSESSMENT_NOUNS.search(question[:when.start()]):
        return f"{question[:when.start()]} for it{question[when.start():]}"
    return question


def _cue(text: str) -> tuple[str | None, re.Match[str] | None]:
    for name, pattern in _vocab().cues:
        m = pattern.search(text)
        if m:
            return name, m
    return None, None


def _drop_fillers(text: str) -> str:
    """'can you tell me', 'i would like to know', 'please' in front of the question, and a formal
    request's opener ("Under the Freedom of Information Act 2000, please could you provide")."""
    text = strip_opener(text)
    text = re.sub(
        r"^\W*(?:(?:and|also|so|but|then|plus|finally|lastly|secondly|thirdly|firstly)\W+)*"
        r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell\s+me|let\s+me\s+know|confirm|provide|send(?:\s+me)?|give\s+me|advise)\s+"
        r"|please\s+(?:could\s+you\s+)?(?:tell\s+me|let\s+me\s+know|confirm|provide|send(?:\s+me)?|give\s+me)?\s*"
        r"|i(?:'d|\s+would)\s+(?:like|love|want)\s+(?:to\s+(?:know|see|find\s+out|ask|have|get|request)\s+)?(?:about\s+)?"
        r"|i\s+(?:want|need|wish)\s+to\s+(?:know|see|find\s+out|ask)\s+(?:about\s+)?"
        r"|i\s+(?:want|need)\s+"
        r"|(?:tell|show)\s+me\s+(?:about\s+)?"
        r"|i\s+(?:am\s+)?(?:wondering|asking)\s+"
        r")",
        "",
        text,
        flags=re.I,
    ).strip()
    # lead34: an embedded question said as a direct one ("what the average answer time was" -> "what was the average
    # answer time", "how long the average wait is" -> "how long is the average wait"), so its cue reads it
    return _EMBEDDED_BE.sub(lambda m: f"{m.group(1)} {m.group(3)} {m.group(2)}", text, count=1)


_EMBEDDED_BE = re.compile(r"(?i)^(what|which|how\s+long|how\s+much|who|where|when)\s+((?:the|their|its|your)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+)"
                          r"\s+(is|was|are|were)(?=\W*$)")


def _mask_generic(text: str) -> str:
    """Who a question is put to, when not by name ("you", "the council", "your force"): one marker."""
    v = _vocab()
    out = re.sub(rf"(?i)(?<![\w\u00a7])(?:the\s+)?(?:{v.mask})(?![\w\u00a7])", "\u00a7AUTH\u00a7", text)
    out = re.sub(r"(?i)\bthe\s+\u00a7AUTH\u00a7", "\u00a7AUTH\u00a7", out)
    out = re.sub(r"(?i)\u00a7AUTH\u00a7(?:'|\u2019)?s\b", "\u00a7AUTHS\u00a7", out)
    return out


_PAY = re.compile(r"(?i)\b(salary|salaries|pay|paid|wages?|remuneration|earns?|earned|earning|earnings)\b")  # lead45: "how much the ceo earns"
_POST_TAIL_STOP = r"(?:paid|pay|in|at|for|and|on|by|from|is|was|were|are|get|gets|got|earn|earns|earned)\b"


def _earns_pay(subject: str) -> bool:
    """fx54 (nc51 #6, issue 8.1): SUBJECT, what earns, is a person, a post or a staff group (pronoun_roles.yaml people,
    record_kinds.yaml post_heads: "nurses", "a nurse", "bin men", "the ceo"): what it earns is pay. The body or a
    service ("the car parks", "the council") earns income."""
    from askfoi.pronoun_roles import _vocab as role_vocab

    head = re.split(r"(?i)\s+(?:of|at|in|for|on|from|with|by|per|employed|working)\s+", subject.strip())[0].split()
    if not head:
        return False
    word = head[-1].lower().strip("'\u2019")
    data, _ = load_vocab("record_kinds")
    posts = {str(h).lower() for h in ((data or {}).get("post_heads") or [])} if isinstance(data, dict) else set()
    people = role_vocab().people
    return word in people or word + "s" in people or word in posts or word.rstrip("s") in posts


def _paid_post(text: str) -> tuple[str, str] | None:
    """("pay" | "salary" | "remuneration", the post) when the question asks what ONE post is paid ("the chief
    executive's salary", "how much is the chief constable paid"); posts end in a word of record_kinds.yaml
    post_heads. None for pay of many people ("staff", "officers") or of no post."""
    pay = _PAY.search(text)
    data, _ = load_vocab("record_kinds")
    heads = [str(h) for h in ((data or {}).get("post_heads") or [])] if isinstance(data, dict) else []
    if pay is None or not heads:
        return None
    post = re.search(r"(?i)(?:\b(?:the|its|their|your)\s+|\u00a7AUTH\u00a7(?:'?s)?\s+)"
                     r"((?:(?!" + _POST_TAIL_STOP + r"|the\b|its\b|their\b|your\b)[a-z-]+\s+){0,2}?(?:"
                     + "|".join(re.escape(h) for h in heads)
                     + r"))(?:'s)?\b(?:\s+of\s+((?:(?!" + _POST_TAIL_STOP + r")[a-z'\u2019-]+\s*){1,3}))?", text)
    if post is None:
        return None
    word = pay.group(1).lower()
    word = "salary" if word.startswith("salar") else word if word == "remuneration" else "pay"
    name = post.group(1).lower() + (f" of {post.group(2).strip().lower()}" if post.group(2) else "")
    return word, name


_MONEY_NP = (r"(?:the\s+|all\s+(?:the\s+|this\s+|that\s+)?|this\s+|that\s+|our\s+)?(?:extra\s+|spare\s+|leftover\s+)?"
             r"(?:money|cash|funds?|funding|income|revenue|profits?|proceeds|surplus|takings)"
             r"(?:\s+(?:(?:raised|made|collected|taken|received|generated)\s+)?(?:from|for|of)\s+[^?,;]+?)?")
_MONEY_USE = re.compile(  # "where is the money from X going", "where does the money go", "what is the funding spent on"
    r"(?i)^\W*(?:(?:and|so|also|but|then)\s+)*(?:(?:where|how)\s+(?:is|was|are|were|has|have|does|do|did)\s+(?P<np>"
    + _MONEY_NP + r")\s+(?:actually\s+|really\s+)?(?:been\s+|being\s+)?(?:go|going|gone|went|spent|used|end\s+up|ending\s+up)"
    r"(?:\s+on)?|what\s+(?:is|was|are|were|has|have)\s+(?P<np2>" + _MONEY_NP + r")\s+(?:been\s+|being\s+)?(?:spent|used)\s+on)"
    r"\s*(?:,?\s*(?:(?:from|at|by|in)\s+)?\u00a7(?:AUTHS?|PERIOD)\u00a7\s*)*\W*$")


_SAVED = re.compile(  # fr26: "how much did the library in faversham save", "how much has §AUTH§ saved by closing ..."
    r"(?i)^\W*(?:(?:and|so|also|but|then)\s+)*how\s+much\s+(?:money\s+)?(?:(?:has|have|had|did|does|do|will|would|could|"
    r"is|was|were)\s+(?P<saver>.+?)\s+(?:been\s+|actually\s+|really\s+)?|(?:was|were|has\s+been|have\s+been|is|will\s+be)\s+"
    # lead43: asked indirectly, the saver before its verb ("we want to know how much the closure saved")
    r"|(?P<saver2>(?:the|this|that|these|those|its|their|our|your)\s+(?:[\w'-]+\s+){0,6}?)(?:has\s+|have\s+|had\s+|will\s+|would\s+)?"
    r"(?:actually\s+|really\s+)?)"
    r"(?:save|saves|saved|saving)\b(?:\s+(?P<rest>.*))?$")
_SAVER_STANDS_IN = frozenset("it they you we he she this that these those".split())


def _saved(text: str, question: str, breakdown: str | None) -> Frame | None:
    """The savings frame of "how much did X save (by Y)" / "how much was saved by Y": the saver when it is not the
    addressee, and how the money was saved; None when the question says neither (it is no other kind's either)."""
    m = _SAVED.match(text)
    if m is None:
        return None

    def tidy(words: str) -> str:
        words = re.sub(r"(?i)(?:\b(?:in|during|over|for|from|since|between|by)\s+)?\u00a7PERIOD\u00a7", " ", words or "")
        words = re.sub(r"(?i)\b(?:money|in\s+total|altogether|overall|so\s+far|to\s+date)\b", " ", words)
        return re.sub(r"\s+", " ", words).strip(" ,;:-?.!")

    saver = tidy(m.group("saver") or m.group("saver2") or "")
    if "\u00a7" in saver or saver.lower() in _SAVER_STANDS_IN:
        saver = ""
    rest = tidy(m.group("rest") or "")
    if "\u00a7" in rest:
        return None
    means = re.match(r"(?i)(by|from|through|on|in|with|when|after)\s+(.+)$", rest)
    article = bool(re.match(r"(?i)the\s+", saver))
    saver = re.sub(r"(?i)^(?:the|a|an)\s+", "", saver)
    if saver and len(saver.split()) <= 8:
        clause = f"{means.group(1).lower()} {means.group(2)}" if means else ""
        return Frame(kind="savings", subject=saver, article=article, clause=clause, source=question,
                     qualifiers=Qualifiers(breakdown=breakdown))
    if means and len(means.group(2).split()) <= 10:
        obj = re.sub(r"(?i)^(?:the)\s+", "", means.group(2))
        return Frame(kind="savings", subject=obj, article=obj != means.group(2), head=f"{means.group(1).lower()} ",
                     source=question, qualifiers=Qualifiers(breakdown=breakdown))
    return None


_DONE_TO = {"fined": "fine", "charged": "charge", "paid": "pay", "awarded": "award", "given": "give",
            "compensated": "compensate", "billed": "bill", "refunded": "refund", "granted": "grant", "owed": "owe"}
_THEY_DONE_TO = re.compile(r"(?i)^\W*(?:(?:and|so|also|but)\s+)?(?:if\s+(?:so|yes),?\s+)?how\s+much\s+(?:money\s+)?"
                           r"(?:were|was|have|has|had)\s+(?:they|it|he|she)\s+(?:been\s+)?(?P<verb>" + "|".join(_DONE_TO) + r")\b"
                           r"(?P<rest>[^?]*)\??\s*$")
_BODY_DID_TO = re.compile(r"(?i)^\W*(?:(?:and|so|also|but)\s+)?(?:has|have|had|did)\s+(?P<body>[\w&'-]+(?:\s+[\w&'-]+){0,3}?)\s+"
                          r"(?:ever\s+|already\s+)?(?P<verb>" + "|".join(_DONE_TO) + "|" + "|".join(set(_DONE_TO.values()))
                          + r")\s+(?P<np>(?:the|a|an|this|that|these|those)\s+[^?,;]+?)\s*[?.!]*\s*$")


def _how_much_to_them(question: str, before: str | None) -> str | None:
    """fr26: "how much were they fined" after "has sepa fined the company that runs the landfill?": the question about
    what the body did to the thing the question before named, written out ("how much did sepa fine the company that
    runs the landfill"), so the part keeps its subject; None when the two do not fit together."""
    m = _THEY_DONE_TO.match(question or "")
    b = _BODY_DID_TO.match(before or "")
    if not m or not b or _DONE_TO.get(b.group("verb").lower(), b.group("verb").lower()) != _DONE_TO[m.group("verb").lower()]:
        return None
    return f"how much did {b.group('body')} {_DONE_TO[m.group('verb').lower()]} {b.group('np')}{m.group('rest').rstrip()}"


_SAME_WORDS = r"(?:figures|numbers|information|info|data|stats|statistics|details|breakdown)"  # fr26: "the same figures"
_THAT_TOTAL = re.compile(r"(?i)^\W*(?:(?:and|so|also|but|then)\s+)?(?:what\s+(?:was|is|were)\s+(?:that|the|their)\s+total"
                         r"(?:\s+(?:value|amount|figure|sum))?|how\s+much\s+(?:was|were|did)\s+(?:that|those|they)\s+(?:in\s+total|"
                         r"come\s+to|add\s+up\s+to)|what\s+did\s+(?:that|those|they)\s+(?:come|add\s+up)\s+to)\W*$")
_SAME_AGAIN = re.compile(r"(?i)^\W*(?:(?:and|so|also|but|then)\s+)?(?:(?:can|could|may)\s+i\s+(?:have|get|see)\s+|please\s+(?:give|provide|send)\s+"
                           r"(?:me\s+)?|i'?d\s+like\s+|i\s+would\s+like\s+)?(?:the\s+)?same\s+" + _SAME_WORDS + r"\s+(?:(?:for|about|on)\s+(?P<x>.+?)|(?P<p>\u00a7PERIOD\u00a7))(?:\s+please)?\W*$")


_WORDY_RE = re.compile(r"[^\W\d_]{3,}")
# fr26: a question that ends by asking the same again for a period: "..., and the same figures for §PERIOD§ (please)"
_SAME_FOR_PERIOD = re.compile(r"(?i)[,?.;]?\s*(?:and\s+)?(?:(?:can|could|may)\s+i\s+(?:have|get)\s+)?(?:the\s+)?same\s+"
                              + _SAME_WORDS + r"\s+(?:(?:for|about|in|during)\s+)?"
                              r"\u00a7PERIOD\u00a7(?:\s+please)?\W*$")


def _follows_count(masked: str, previous: Frame | None):
    """fr26: a question that only points back at the count before it. "what was that total" is the total value of
    what was counted ("The total value of the pothole compensation claims paid out."); "the same figures for 2024"
    (a period) widens the count to both periods year by year ("merged"); "the same figures for fly tipping" is the
    count again with its "for ..." swapped. None when the question is not one of these or nothing fits."""
    if previous is None or previous.kept_words or previous.kind not in _NOUN_KINDS or not previous.subject:
        return None
    text = masked or ""
    if previous.kind != "count":  # a sum asked again for another period; the rest below follows a count only
        m = _SAME_AGAIN.match(text)
        return "merged" if m and m.group("p") else None
    if _THAT_TOTAL.match(text):
        return Frame(kind="figure", head="total value of the ", subject=previous.subject, clause=previous.clause,
                     source=masked, qualifiers=previous.qualifiers.model_copy(update={"breakdown": None}))
    m = _SAME_AGAIN.match(text)
    if not m:
        return None
    if m.group("p"):
        return "merged"
    x = m.group("x").strip()
    if re.fullmatch(r"(?:(?:in|for|during)\s+)?\u00a7PERIOD\u00a7", x):
        return "merged"
    if "\u00a7" in x or len(x.split()) > 5:
        return None
    for field in ("subject", "clause"):
        said = getattr(previous, field) or ""
        swapped = re.sub(r"(?i)\bfor\s+[\w-]+(?:\s+[\w-]+)?$", f"for {x}", said) if re.search(r"(?i)\bfor\s+[\w-]+(?:\s+[\w-]+)?$", said) \
            else re.sub(r"(?i)\bfor\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:issued|recorded|made|given|received)\b)", f"for {x}", said)
        if swapped != said:
            return previous.model_copy(update={field: swapped, "source": masked, "text": ""})
    return None


# fx46: a second name for the thing just named, in brackets straight after it: "mobile phone extraction (cyber
# kiosks)", "bailiffs (or enforcement agents)", "drones (uavs)": one to four plain words, no verb of a clause, no
# narrowing word ("(not a charge)", "(except ...)"), which the frame would read as more of the question
_ALIAS = re.compile(r"(?i)(?<=[a-z])\s*\(\s*((?:or|aka|a\.k\.a\.?|also\s+known\s+as|also\s+called)\s+)?"
                    r"((?!(?:not|no|only|except|excluding|including|which|who|that|if|and|but|so|see|approx|approximately|"
                    r"roughly|about|around|over|under|at|in|on|of|for|to|by|from|with|per|each|every|all|any|the|a|an|this|"
                    r"these|those|my|our|their|its|i|we|you|he|she|they|it|is|are|was|were|etc)\b)[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})"
                    r"\s*\)")


_SHARE = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus)\s+)*what\s+(?P<share>%|percent(?:age)?|per\s*cent(?:age)?|proportion|share)"
                    r"\s+(?P<rest>(?:of\s+(?:the|these|them|those)\b\s*)?[a-z].*)$")


_SHARE_WORD = {"%": "percentage", "percent": "percentage"}  # "what %", "what per cent": its percentage


_COMPOUND_MODIFIER = re.compile(r"(?i)\bhow\s+many\s+(?P<noun>[a-z]+)\s+(?P<done>[a-z]+)\s+(?P<head>[a-z]+)\b")


def _compound_modifier(noun: str, done: str, head: str) -> bool:
    """NOUN DONE HEAD after "how many" is one noun phrase ("body worn cameras", "hand held devices"): NOUN a singular
    noun and never a verb's subject in the plural a count takes, DONE a past participle, HEAD a plural noun."""
    low = noun.lower()
    return (_noun(low) and not is_plural(low) and low not in _AUX | _PREPS | _DETERMINERS and _is_past_participle(done)
            and not _noun(done.lower()) and _noun(head.lower()) and is_plural(head.lower()))


_DURATION_ASK = re.compile(r"(?i)\W*(?:and\s+)?(?:for\s+)?how\s+(?:many\s+(?P<unit>hours|days|minutes|weeks|months|nights)|long)\b"
                          r"(?P<rest>.*)$", re.S)
_HOW_OFTEN_DONE = re.compile(r"(?i)\W*(?:and\s+)?how\s+often\s+(?:are|were|is|was)\s+(?:they|it|these|those)\s+(?P<done>[a-z]+)\b")


_POLICY_CLAUSE = re.compile(r"(?i)^\s*(?P<c>(?:when|how|whether|where|who|which)\s+(?!it\b|they\b|this\b|that\b|these\b|those\b)"
                            r"[a-z][\w'-]*(?:\s+[\w'-]+){1,12})[\s?.!]*$")


def _policy_clause(after: str, question: str = "") -> str | None:
    """lead56: a policy's subject may be what it decides, a clause ("the rules on when officers can use Tasers on
    children", "guidance on how complaints are handled"): "Any policy, procedure or guidance on when ...". The clause
    must name what it is about (never "when they do it") and hold a verb; None otherwise. The body asked, masked in
    AFTER, is said as QUESTION typed it ("when the police can use ...")."""
    if "\u00a7AUTH\u00a7" in after and question:
        before, _, rest = after.partition("\u00a7AUTH\u00a7")
        typed = re.search(rf"(?i)\b{re.escape(before.strip())}\s+(.+?)\s+{re.escape(rest.strip())}", question) \
            if before.strip() and rest.strip() else None
        after = f"{before.strip()} {typed.group(1)} {rest.strip()}" if typed else after
    m = _POLICY_CLAUSE.match(after)
    if m is None or "\u00a7" in m.group("c"):
        return None
    words = m.group("c").split()[1:]
    if set(w.lower() for w in words) & {"it", "them", "this", "that", "they", "you"} or not any(
            w.lower() in _AUX or _finite(w) or w.lower() in ("can", "could", "may", "might", "must", "should")
            or ("VERB" in _pos_lemmas(w.lower()) and "NOUN" not in _pos_lemmas(w.lower())) for w in words):
        return None
    return m.group("c")


# lead58: how long the things just counted have been in their state or place ("how long have they been there")
# nx91: "(and) the date each became empty", "the address of each one", "their names": what is given for each thing a
# list names, asked after the list
_EACH_FIELD = re.compile(r"(?i)^\W*(?:and\s+|with\s+)?(?P<field>(?:the|their)\s+(?:date|dates|address|addresses|location|"
                         r"locations|name|names|postcode|postcodes|value|cost|reason|reasons|owner|owners|size)\s+(?:(?:that|when|"
                         r"of\s+)?each(?:\s+one)?|(?:they|it)\s+[a-z]+ed)\b[^?]*?)[\s?.!]*$")


_HOW_LONG_BEEN = re.compile(
    r"(?i)^\W*(?:(?:and|also|so|but)\s+)*(?:for\s+)?how\s+long\s+(?P<avg1>on\s+average\s+)?(?:have|has)\s+(?:they|these|those|"
    r"(?P<the>the\s+[a-z]+(?:\s+[a-z]+)?))\s+(?:each\s+)?been\s+(?P<state>there|waiting|empty|vacant|closed|unoccupied|homeless|"
    r"in\s+care|on\s+(?:the\s+)?(?:waiting\s+)?list)(?:\s+for)?(?P<avg>,?\s+on\s+average)?(?:\s+for)?[\s?.!]*$")


def _frame_question(question: str, masked: str, previous: Frame | None, covert_ok: bool) -> Frame:
    """One question as a frame (kind and subject may be None when it cannot be framed). ck32: the dots that only
    shorten a word ("caught C. difficile", "Cllr. Smith's ward") are kept out of the frame's cuts, and put back.
    fx46: a second name in brackets (_ALIAS) is kept out of the cuts too, and put back after the word it names.
    fx48: a compound typed as two words is read as one ("body worn camera videos": never "body that worn ...")."""
    question, masked = _compounds_joined(question), _compounds_joined(masked)
    share = _SHARE.match(masked)
    if share and previous is not None and previous.kind == "count" and previous.subject and not previous.times \
            and not previous.kept_words:
        # fx46: "how many X ... and what % resulted in arrest": the share of those counted, read as the count of
        # them that did, and said as its percentage
        rest = re.sub(r"(?i)^of\s+(?:the|these|them|those)\b", "of those", share.group("rest"))
        counted = _frame_question(question, f"how many {rest}", previous, covert_ok)
        if counted.kind == "count" and counted.subject and not counted.kept_words and not counted.times:
            return counted.model_copy(update={"kind": "figure", "head": f"{_SHARE_WORD.get(share.group('share').lower().replace(' ', ''), share.group('share').lower())} of the ", "article": False})
    compound = _COMPOUND_MODIFIER.search(masked)
    if compound and _compound_modifier(*compound.group("noun", "done", "head")):
        # fx46: "how many body worn cameras", "vehicle mounted cameras": one noun phrase whose modifier is a noun and a
        # participle, as if hyphenated; never the participle read as the question's verb
        joined = f"{compound.group('noun')}-{compound.group('done')}"
        return _frame_question(question, masked[: compound.start("noun")] + joined + masked[compound.end("done"):],
                               previous, covert_ok)
    alias = _ALIAS.search(masked)
    if alias and not any(_finite(w) or w.lower() in _AUX for w in alias.group(2).split()):
        before = re.findall(r"[A-Za-z'-]+", masked[: alias.start()])[-1]
        frame = _frame_question(question, masked[: alias.start()] + masked[alias.end():], previous, covert_ok)
        named = re.search(rf"(?i)\b{re.escape(before)}\b", frame.subject or "") if not frame.kept_words else None
        if named and frame.subject.count(named.group()) == 1:
            word = before if any(c.isupper() for c in before[1:]) else named.group()  # "IAPs" as typed
            frame.subject = f"{frame.subject[: named.start()]}{word} ({alias.group(2)}){frame.subject[named.end():]}"
        return frame
    if sentence_ends.protect(masked) != masked:
        return _with_dots(_frame_question_cut(question, sentence_ends.protect(masked), previous, covert_ok))
    return _frame_question_cut(question, masked, previous, covert_ok)


def shape_frame(question: str, masked: str, story: list[str] | None = None, found: AuthorityFound | None = None,
                previous: Frame | None = None) -> Frame | None:
    """cx39: QUESTION read by the shape of its grammar (askfoi/ask_shapes.py) where no record-kind cue reads it: "how
    often are the drains cleaned" (the schedule of the work), "how was the closure justified" (the reasons recorded),
    "has the library been closed" (the decision's records). None when the question has none of those shapes, or its
    shape leaves no subject; the question then goes on as before. MASKED: the question with the body as §AUTH§."""
    from askfoi import ask_shapes

    text = _mask_generic(_drop_fillers(masked))
    breakdown, text = _breakdown(text)
    text = re.sub(r"(?i)\s*,?\s*\b(?:in|during|for|over|since|from|between|throughout)?\s*(?:the\s+)?\u00a7PERIOD\u00a7", "", text)
    text = ask_shapes.without_addressee(text)
    # (read before the generic mask, which takes "they" for the body: "what are they used for")
    purposes = ask_shapes.purposes_asked(re.sub(r"(?i)\s*,?\s*\b(?:in|during|for|over|since|from|between|throughout)?\s*"
                                                r"(?:the\s+)?\u00a7PERIOD\u00a7", "", _drop_fillers(masked)))
    if purposes is not None:
        # nx99: "what are the drones used for", "what do they use them for": the records that state the purposes
        return _purposes_frame(purposes, question, previous)
    often = ask_shapes.how_often(text)
    if story and ask_shapes.asks_how_often(text) and (often is None or ask_shapes.pointer(often.thing)):
        # "our drains on elm park are always blocked. how often do they clean them?": the thing the story names
        rebuilt, _ = resolve_from_story(question, story, body_named=found is not None)
        if rebuilt != question:
            return shape_frame(rebuilt, _mask_one(rebuilt, found, None), None, found)
    if often is not None:
        # "the planning committee at §AUTH§": the body's own committee, the body being who is asked
        often.thing = re.sub(r"(?i)\s+(?:at|of|in|for|by)\s+\u00a7AUTH\u00a7", "", often.thing)
        subject, place, _, article = _chunk(often.thing, "schedule")
        read = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", f"{subject or ''} {place or ''}")}
        left = [w for w in re.findall(r"[A-Za-z0-9]+", often.thing) if w.lower() not in read
                and w.lower() not in _DETERMINERS | _PREPS | {"this", "that", "these", "those"}]
        if not subject or "\u00a7" in often.thing or left:
            return None  # the thing asked about could not be read whole: kept as typed
        if often.done:
            head_word = re.split(r"(?i)\s+(?:of|on|in|at|for|to|from|with|by)\s+", subject)[0].split()[-1].lower()
            be = "are" if is_plural(subject) or head_word in _vocab().people else "is"
            clause, head = " ".join(w for w in (be, often.done, often.tail) if w), "done"
        else:
            clause, head = often.acts, "acts"
        if "\u00a7" in clause:
            return None
        return Frame(kind="schedule", subject=subject, source=question, head=head, clause=clause, article=article,
                     qualifiers=Qualifiers(breakdown=breakdown, place=place, place_prep=getattr(place, "prep", "in")))
    said = ask_shapes.justified(text)
    if said is None and story and ask_shapes.pointed_justification(
            re.sub(r"(?i)\b(they|you)\b", "\u00a7AUTH\u00a7", text)):
        # "Swindon council closed the library in elm park. How is this justified?": the act told just before
        told = _mask_generic(story[-1])
        if found:
            for name in {found.name, found.from_text} - {None, ""}:
                told = re.sub(rf"(?i)(?<![\w\u00a7])(?:the\s+)?{re.escape(name)}(?![\w\u00a7])", "\u00a7AUTH\u00a7", told)
        act = ask_shapes.told_act(told)
        if act is not None:
            said = f"the decision {act}"
    if said is not None:
        return Frame(kind="reasons", subject=said, source=question, why=f"reasons:{said}")
    decision = ask_shapes.decided(text)
    if decision is not None:
        return Frame(kind="reasons", subject=decision, source=question, why=f"decided:{decision}")
    return None


_PURPOSE_POINTERS = {"it": False, "this": False, "that": False, "they": True, "them": True, "these": True, "those": True}


def _purposes_frame(thing: str, question: str, previous: Frame | None) -> Frame | None:
    """nx99: the purposes a body uses THING for (`ask_shapes.purposes_asked`), asked as the policy or procedure that sets
    them out (and, for a surveillance technology, its data protection impact assessment): never a count of uses. A
    pointer ("what do they use them for") is the thing the part before named when it agrees in number and is no
    group of people; None (the question goes on as before) when it points at nothing that fits."""
    low = thing.lower()
    if low in _PURPOSE_POINTERS:
        subject = previous.subject if previous is not None and not previous.kept_words else None
        subject = used_thing(subject) or subject
        if not subject or previous.kind in ("personal_data", "reasons", "responsibility", "policy") or subject_problems(subject):
            return None
        from askfoi.part_references import _kind_of as kind_of

        subject = re.sub(r"(?i)^the\s+", "", kind_of(subject) or subject)
        if is_plural(subject) != _PURPOSE_POINTERS[low] or _head_noun(subject).lower() in _PEOPLE_HEADS | _vocab().people:
            return None
        thing = subject if subject[:1].isupper() and not _PURPOSE_POINTERS[low] else f"the {subject}"
    bare = re.sub(r"(?i)^(?:the|these|those|this|that)\s+", "", thing)
    if not bare or bare.split()[0].lower() in _PURPOSE_POINTERS or subject_problems(bare):
        return None
    be = "are" if is_plural(bare) else "is"
    return Frame(kind="policy", subject=bare, source=question, article=bare != thing,
                 why=f"purposes:the purposes for which {thing} {be} used")


def _with_dots(value: Any) -> Any:
    """VALUE (a frame, its qualifiers, a list or a string) with the shortening dots `sentence_ends.protect` hid, back."""
    if isinstance(value, str):
        return sentence_ends.restore(value)
    if isinstance(value, list):
        return [_with_dots(x) for x in value]
    if isinstance(value, tuple):
        return tuple(_with_dots(x) for x in value)
    if isinstance(value, dict):
        return {k: _with_dots(x) for k, x in value.items()}
    if isinstance(value, BaseModel):
        return value.model_copy(update={k: _with_dots(getattr(value, k)) for k in type(value).model_fields})
    return value


_STAFF_WORDS = frozenset("officers police staff employees constables wardens inspectors investigators workers "
                       "teachers nurses doctors paramedics firefighters bailiffs enforcement".split())


def _times_passive(after: str) -> str:
    """(nx91) AFTER a "how many times" cue said as a plain passive the branch below reads: "have the pesticides been
    sprayed in parks" -> "were the pesticides sprayed in parks". Else AFTER as it was. (lead59, after CI1: "has" only for a
    body called out - "has the bin collection been missed on my street" is read by the event branch, lead43's test)"""
    m = re.match(r"(?i)(\s*)(?P<aux>have|has)\s+(?P<x>(?!been\b)(?:[\w'\u00a7-]+\s+){1,4}?)been\s+(?P<v>[a-z]+)\b", after)
    if m and m.group("aux").lower() == "has" and m.group("v").lower() not in ("called", "sent", "summoned", "dispatched"):
        return after  # lead59 (after CI1): "has the bin collection been missed ..." stays with the event branch (lead43)
    if m and _is_past_participle(m.group("v")) and not re.match(r"(?i)(?:an?|any|one)\s", m.group("x")) \
            and "\u00a7AUTH" not in after[m.end("v"):]:  # (an article the branch below drops; a body after the verb is a place)
        be = "were" if m.group("aux").lower() == "have" else "was"
        return f"{m.group(1)}{be} {m.group('x')}{after[m.start('v'):]}"
    return after


# nx91: "how many times was §AUTH§ called out to the mill": the body asked (a fire or ambulance service, the police) is
# who was called, so what is counted is its call-outs to the place, never the place "called"
_CALLED_OUT = re.compile(r"(?i)\s*(?:was|were)\s+\u00a7AUTH\u00a7\s+(?:called|sent|summoned|dispatched)(?:\s+out)?\s+"
                         r"(?P<prep>to|at)\s+(?P<place>.+)$", re.S)


def _people_agent(after: str) -> tuple[re.Match[str], str] | None:
    """(lead48) AFTER ("have officers used spit hoods on children") as an auxiliary, people who did it (one to three
    words ending in a people word: knowledge/vocab/pronoun_roles.yaml people, or a staff word) and a past verb with
    its object: (a match of the verb and its object, the doers to keep as "by X").
    None when no such doers stand there or the verb takes no object ("have parents complained to the school")."""
    from askfoi.pronoun_roles import _vocab as role_vocab

    m = re.match(r"(?i)\s*(?:did|have|has|had)\s+(?P<who>(?:(?:the|its|their|your|\u00a7AUTH\u00a7(?:'s)?)\s+)?"
                 r"(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+))\s+(?P<verb>[a-z]+)\s+(?P<rest>(?![a-z]+ly\b)(?!(?:to|at|on|in|"
                 r"about|with|for|from|into|of|by)\b)[a-z].*)$", after, re.S)
    if not m:
        return None
    head = m.group("head").lower()
    people = role_vocab().people
    if head not in people and head not in _STAFF_WORDS:
        return None
    # kept: the letter says whose acts are counted ("by officers", "by pupils"; the body's own: "by your officers")
    by = re.sub(r"(?i)^(?:the\s+)?\u00a7AUTH\u00a7(?:'s)?\s+", "your ", m.group("who").strip())
    return re.match(r"(\w+)\s+(.*)$", f"{m.group('verb')} {m.group('rest')}", re.S), by


def _it_as_body(text: str) -> str:
    """lead51 (nc67 #1): "how many agreements it signed", "how much did it pay a consultancy for its review": "it"
    doing what an organisation does (askfoi/pronoun_roles.py reads it as the agent) is the body asked, masked as
    the body is ("they" always is). "how much did it cost" (a thing) stays."""
    if re.match(r"(?i)\W*(?:(?:and|also|so)\s+)?(?:has|have|had|does|do|did|is|are|was|were|can|could|will|would)\s+it\b", text):
        return text  # "has it ever used fixed penalty notices": a yes/no question, read by askfoi/yes_no_asks.py
    agent = [m for m in re.finditer(r"(?i)\bit\b(?!['\u2019])", text) if role_at(text, m.start()) == "agent"]
    if not agent:
        return text
    for m in reversed(agent):
        text = text[: m.start()] + "\u00a7AUTH\u00a7" + text[m.end():]
    return text


_OF_AGENT = re.compile(r"(?i)\b(?:did|does|do|has|have|had|will|would|is|was)\s+\u00a7AUTH\u00a7\s+(?:[a-z]+ly\s+)?[a-z]+\b"
                       r"|\u00a7AUTH\u00a7\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b")


def _its_of_agent(text: str) -> str:
    """lead52 (session 51's leftover): "how much did §AUTH§ pay a consultancy for its review of its culture": an "its"
    in a phrase after the body's own act (the body the doer, masked) is the body's: "your review of your culture",
    as the letter speaks to it. Only after a preposition ("for its", "of its"), so "the bridge and its repairs" stays."""
    doer = _OF_AGENT.search(text)
    if not doer:
        return text
    head, tail = text[: doer.end()], text[doer.end():]
    return head + re.sub(r"(?i)\b(for|of|on|about|into|in|from|with|under|by|to|towards|through)\s+its\b(?=\s+[a-z])",
                         lambda m: f"{m.group(1)} \u00a7AUTH\u00a7", tail)


def _frame_question_cut(question: str, masked: str, previous: Frame | None, covert_ok: bool) -> Frame:
    v = _vocab()
    # lead57: "how many of your officers were disciplined": the body's own people or things, counted - never "how many
    # of §AUTH§" (the mask reads "your officers" as the body asked)
    masked = re.sub(r"(?i)\b(how\s+many)\s+of\s+(?:your|its|their)\s+(?=[a-z])", r"\1 ", masked)
    text = _mask_generic(_it_as_body(_drop_fillers(masked)))
    breakdown, text = _breakdown(text)
    if breakdown is None:  # "each year 2016 to 2021", "in each of the last three financial years": the period's
        # unit is the breakdown, whatever the period finder took into its span
        breakdown = period_breakdown(question)
    cut_unit = re.search(r"(?i)\b(?:for\s+|in\s+)?(?:each|every|per)\s+(financial|calendar|academic|school|tax)\s+(?=\u00a7PERIOD\u00a7|since\b|from\b)", text)
    if cut_unit:  # fr15a: "for every financial since 2017/18" (the person left out "year"): a year's breakdown
        breakdown = breakdown or f"{cut_unit.group(1).lower()} year"
        text = text[: cut_unit.start()] + " " + text[cut_unit.end():]
    text = re.sub(r"(?i)\b(?:in\s+)?(?:each|every|per)\s+(?=\u00a7PERIOD\u00a7)", " ", text)
    snapshot = re.search(r"(?i)\b(?:right\s+now|at\s+the\s+moment|at\s+present|currently)\b", text)
    now_end = re.search(r"(?i)\s*,?\s*\b(?:(?:right|as\s+of|as\s+at|just)\s+)?(?:now|today|nowadays|these\s+days)\s*[?.!]*\s*$", text)
    if now_end:  # lead58: "... and how many do they have now", "how many does it run today": a stock on the day asked
        snapshot, text = now_end, text[: now_end.start()] + " "
    text = re.sub(r"(?i)\b(?:in\s+total|altogether|overall|so\s+far|to\s+date|roughly|approximately|exactly|"
                  r"right\s+now|at\s+the\s+moment|at\s+present|currently)\b", " ", text)
    on_day = re.search(r"(?i)\s*,?\s*\b(?:as\s+(?:at|of)|on)\s+(" + _DAY + r")\b", text)
    if on_day:  # "as at 1 April 2025": a stock taken on one day, kept as a qualifier
        text = text[: on_day.start()] + " " + text[on_day.end():]
    text = re.sub(r"(?i)\s*\((?:for\s+example|for\s+instance|e\.?g\.?|such\s+as|i\.?e\.?|including)\b[^)]*\)", " ", text)
    text = re.sub(r"(?i)\b(?:its|their)\s+own\b", "your own", text) if "\u00a7AUTH" in text else text
    text = _its_of_agent(text)
    if previous is not None and previous.subject and re.match(
            r"(?i)\W*(?:who|which\s+(?:companies|firms|ones|agencies|suppliers|organisations|consultants?))\s+(?:were|are|was|is)"
            r"\s+(?:they|them|these|those|it|\u00a7AUTH\u00a7)\W*$", text):
        # "... and who were they": the names of the things just asked about
        return Frame(kind="list", subject=previous.subject, source=question, article=previous.article,
                     clause=previous.clause if previous.kind in ("count", "list") else "")
    spent = _MONEY_USE.match(text)
    if spent and "\u00a7" not in (spent.group("np") or spent.group("np2")):
        # fr25b: "where is the money from parking fines going": where money goes is how it was spent, a record
        np = re.sub(r"(?i)^(?:all\s+)?(?:the|this|that|our)\s+", "", (spent.group("np") or spent.group("np2")).strip())
        return Frame(kind="shown_by", head="a breakdown of how the ", subject=np, clause="has been spent", source=question)
    saved = _saved(text, question, breakdown)
    if saved is not None:
        return saved
    from askfoi.pay_rates import rate_asked

    rate = rate_asked(text) or rate_asked(_drop_fillers(question))  # (the question: "pay the agency", never "pay §AUTH§")
    if rate is not None:  # nx85 (nc82 #13): "what do you pay agencies per hour": the rate paid, never the question
        return Frame(kind="figure", head=f"{rate[0]} {rate[1]} ", subject=rate[2], clause=rate[3], source=question,
                     qualifiers=Qualifiers(breakdown=breakdown))
    from askfoi.ask_shapes import reword, without_addressee

    text = reword(text, without_addressee)  # cx39: "how many X have there been", "what is the X policy", "how much has X raised" ...
    kind, m = _cue(text)
    dated = None
    if kind == "assessment":
        # nx76 (nc73 #6): "did anyone do a dpia for it before they started (using it)": whether it came first is
        # answered by the assessment's date, asked for with it (the clause names no more records)
        dated = _BEFORE_USE.search(text[m.end():])
        if dated:
            text = text[:m.end() + dated.start()].rstrip(" ,")
            kind, m = _cue(text)
    average = re.match(r"(?i)\W*(?:the\s+)?(average|median|mean|typical|longest|shortest|maximum|minimum)\s+(.+)$", text, re.S)
    if average and kind in (None, "statistics", "figure"):
        # "the average waiting time for a three-bedroom home": a figure, said as such
        obj, place, clause_words, _ = _chunk(average.group(2), "figure")
        if obj:
            return Frame(kind="figure", subject=obj, source=question, head=f"{average.group(1).lower()} ",
                         clause=" ".join(clause_words),
                         qualifiers=Qualifiers(breakdown=breakdown, place=place, place_prep=getattr(place, "prep", "in")))
    paid = _paid_post(text) if kind in (None, "figure", "total_spend") or kind == "income" and re.search(
        r"(?i)\bearn(?:s|ed|ing)?\b", text) else None  # lead45: "how much the ceo earns": a post's pay, no income
    if paid is not None:
        # "how much is the chief executive paid": the pay of one post, not the total spent on it
        return Frame(kind="figure", subject=paid[1], source=question, article=True, head=f"{paid[0]} of the ",
                     qualifiers=Qualifiers(breakdown=breakdown))
    subject = place = decision = duty = parties = None
    clause: list[str] = []
    article = False
    times = False
    cause = False
    follows: str | None = None  # the clause of the count a sibling question follows ("how many were put down")
    if m is not None:
        after = text[m.end():]
        groups = {k: g for k, g in m.groupdict().items() if g is not None}
        if groups.get("used"):
            after = groups["used"]
        if kind == "count" and groups.get("times") is not None:
            times = True
        if kind == "reasons" and (groups.get("decision") or (groups.get("aux") and re.match(r"\s*[a-z]+\b", after))):
            # "why did §AUTH§ (not) close the library" / "who decided to close the day centre"
            negated = bool(groups.get("neg")) or "n't" in m.group().lower()
            acts = re.sub(r"(?i)^\s*(?:not\s+)?(?:decide|decided|choose|chose|agree|agreed|vote|voted|plan|planned|want|wanted)\s+(?:not\s+)?to\s+",
                          "", groups.get("decision") or after)
            verb_m = re.match(r"\s*(?:not\s+)?([a-z]+)(?:\s+(.*))?$", acts.strip(" ?.!"), re.I | re.S)
            if verb_m and not (verb_m.group(2) or "").strip() and previous is not None and previous.subject:
                # "... and why did they happen": the causes of the earlier subject; "... and why did they leave": the
                # reasons recorded for the earlier subject leaving (nu18: never "the causes of nurses")
                subject, article, cause = previous.subject, previous.article, True
                verb = verb_m.group(1).lower()
                if verb not in ("happen", "happened", "occur", "occurred") and _verb_lemmas(verb):
                    from lemminflect import getInflection

                    lemma = sorted(_verb_lemmas(verb))[0]
                    passive = (groups.get("aux") or "").lower() in ("was", "were", "is", "are") and verb != lemma
                    doing = verb if passive else (getInflection(lemma, "VBG") or [""])[0]
                    if doing:
                        clause = ["being", doing] if passive else [doing]  # "pupils being excluded"
                verb_m = None
            if verb_m and verb_m.group(1).lower() not in v.banned and not verb_m.group(1).lower() in _PREPS:
                tail = verb_m.group(2) or ""
                prep = re.match(r"(?i)\s*(to|on|about|with|for|from|into|in|at)\s+", tail)
                obj, place, _, art = _chunk(tail[prep.end():] if prep else tail, "reasons")
                if obj:
                    first, _, rest_words = obj.partition(" ")
                    subject = rest_words if first.lower().endswith("ing") and len(rest_words.split()) >= 2 else obj
                    the = "the " if art and not obj[:1].isupper() else ""
                    link = f"{prep.group(1).lower()} " if prep else ""
                    decision = f"{'not ' if negated else ''}to {verb_m.group(1).lower()} {link}{the}{obj}"
        if subject is None and times:
            # nx91: "how many times have the fire brigade been called out to the mill", "how many times were §AUTH§
            # called to the estate": the doer of a passive is who was called (the body itself, or a service named),
            # never the place it was called to; said as the passive the branch below reads ("was X called out to Y")
            after = _times_passive(after)
            called = _CALLED_OUT.match(after)
            who = re.search(r"(?i)\b(?:was|were|have|has)\s+(?P<who>(?:[\w'-]+\s+){1,5}?)(?:been\s+)?(?:called|sent|summoned|"
                            r"dispatched)\b", question) if called else None
            if who:  # (the service's own words from the question: "the fire brigade", "Kent Police")
                obj, _, _, article = _chunk(who.group("who").strip(), "times")
                if obj:
                    subject = obj
                    said = re.sub(r"(?i)^\s*(?:was|were)\s+\u00a7AUTH\u00a7\s+", "", after).split()
                    rest, place, _, _ = _chunk("x " + " ".join(said[1:]), "")
                    clause = [said[0].lower(), *((rest or "x").split()[1:])]
        if subject is None and times:
            # "how many times have §AUTH§ used tasers" -> the number of times tasers were used
            tm = re.match(r"\s*(?:did|have|has|do|does|were|was)\s+(?:\u00a7AUTH\u00a7\s+|they\s+|it\s+)?(\w+)\s+(.*)$", after, re.I | re.S) \
                or re.match(r"\s*(?:\u00a7AUTH\u00a7|they|it)\s+(?:(?:have|has|had|did)\s+)?(\w+)\s+(.*)$", after, re.I | re.S)
            # lead57: "how many times kent police have used ...", the doer before its verb as people say it
            agent, by = _people_agent(after), ""
            if agent is not None and not (tm and (tm.group(1).lower() in v.past or _is_participle(tm.group(1)))):
                # lead48 (nc58): "how many times have officers used spit hoods on children": the doers are people
                # ("officers", "pupils", "the council's wardens"), the thing done to is the subject, and the doers
                # are kept after what was done ("spit hoods were used on children by officers")
                tm, by = agent
            done = _done_participle(tm) if tm and not by else None
            both, done_to = _two_verbs(tm, done) if tm else (done, "")
            if tm and (tm.group(1).lower() in v.past or _is_participle(tm.group(1)) or done):
                obj, place, _, article = _chunk(done_to, "times")
                after_verb: list[str] = []
                if obj and re.search(r"(?i)\b(?:my|our|me|us|mine|ours|myself|ourselves)\b", done_to):
                    obj = None  # sp63 (CI8, nx100): "ring my kids school", "stop my son": the person's own, in their words
                if obj:  # sq100: "did they take longer than 2 hours ...": no thing done to, so no passive to say (kept);
                    # "close the library early": the adverb goes after the verb ("the library was closed early")
                    obj, after_verb = _object_phrase(obj)
                if obj:
                    head, tail = obj.split(), []
                    at = next((k for k, word in enumerate(head) if k and word.lower() in _PREPS), None)
                    if at is not None:
                        head, tail = head[:at], head[at:]
                    subject = " ".join(head)
                    clause = [both if both != done else v.past.get(tm.group(1).lower(), done or tm.group(1).lower()),
                              *after_verb, *tail,
                              *(["by", *by.split()] if by else [])]
        if subject is None and times:
            # "how many times was the pesticide sprayed in parks" -> the number of times the pesticide was sprayed
            pm = re.match(r"(?i)\s*(?:was|were|has\s+been|have\s+been)\s+(.*)$", after, re.S)
            said = pm.group(1).split() if pm else []
            at = next((k for k in range(1, min(6, len(said))) if _is_past_participle(said[k].strip(",.?!"))), None)
            if at is not None:
                obj, _, _, art = _chunk(" ".join(said[:at]), "times")
                if obj:
                    subject, article = obj, art
                    rest, place, _, _ = _chunk("x " + " ".join(said[at + 1:]), "")
                    clause = [said[at].strip(",.?!").lower(), *((rest or "x").split()[1:])]
        of_them = re.match(r"(?i)\s*of\s+(?:them|those|these)\s+(.+)$", after) if kind == "count" else None
        if subject is None and of_them and previous is not None and previous.subject:
            # "how many of them had an EHCP": the earlier subject, narrowed
            rest = _trim(of_them.group(1))
            named = previous.subject.lower().split()
            narrows = previous.clause
            if len(named) > 1 and len(rest) > len(named) and [w.lower() for w in rest[: len(named)]] == named:
                # "how many of those stop and searches were of kids": the things the first count counted, named
                # again in full: narrowed from what that count said, not from the follow-up just before
                rest = rest[len(named):]
                narrows = previous.base if previous.base is not None else previous.clause
                follows = narrows
            if rest and rest[0].lower() in ("who", "that", "which"):
                rest = rest[1:]  # "the number of those that have since died"
            who = _relative(previous.subject.split())
            subject, article = previous.subject, previous.article
            clause = _narrowed(narrows, who, rest)
            if len(rest) > 1 and rest[0].lower() not in _AUX and is_plural(rest[0]) and rest[1].lower() not in _PREPS \
                    and (_verb_lemmas(rest[1]) or rest[1].lower() in _AUX):
                # "how many of those suspensions lasted longer ...": those things, narrowed
                subject, article = rest[0], False
                clause = [_relative([rest[0]]), *rest[1:]]
                if _lemmas(rest[0].lower()) & _lemmas(previous.subject.split()[-1].lower()) or _stands_in(rest[0], previous.subject):
                    subject, article = previous.subject, previous.article  # "those audits": the tenancy audits
                    # "how many cars were towed? how many of those cars were crushed?": towed, then crushed
                    follows = previous.base if previous.base is not None else previous.clause
                    clause = _narrowed(follows, _relative(previous.subject.split()), rest[1:])
                elif not _lemmas(rest[0].lower()) & set().union(*(_lemmas(w.lower()) for w in previous.subject.split())):
                    # "how many of those decisions were overturned" after the applications turned down: the
                    # decisions on those applications, not all decisions; when the earlier question was kept
                    # whole its frame is not trusted, and this one is kept with it
                    where = previous.qualifiers.place
                    be = ("were" if is_plural(previous.subject) else "was") if previous.times else ""
                    earlier = " ".join(x for x in ("times" if previous.times else "", previous.subject, be,
                                                   previous.clause,
                                                   f"{previous.qualifiers.place_prep} {where}" if where else "") if x)
                    # fx46: after "how many times was X used", "how many of those people ...": the people of those
                    # times, never "people relating to the X used"
                    subject = None if previous.kept_words else f"{rest[0]} relating to the {earlier}"
                    clause = [] if subject is None else clause
        number_who = re.match(r"(?i)\s*(?:who|that|which)\s+(.+)$", after, re.S) if kind == "count" else None
        if subject is None and number_who and previous is not None and previous.subject:
            # "and the number who were still unlawfully at large": the earlier subject, narrowed
            rest = _trim(number_who.group(1))
            subject, article = previous.subject, previous.article
            clause = [_relative(previous.subject.split()), *rest]
        did_they = re.match(r"(?i)\s*(?:did|do|does|have|has|had)\s+(?:they|it|you|we|\u00a7AUTHS?\u00a7)\s+(?:then\s+|later\s+|actually\s+)?"
                            r"([a-z]+)\b(.*)$", after, re.S) if kind == "count" else None
        verb_said = did_they.group(1).lower() if did_they else ""
        done_word = participle(verb_said) or (verb_said if verb_said.endswith("ed") and _is_past_participle(verb_said) else None)
        if subject is None and done_word and not times and previous is not None and previous.subject and previous.kind == "count" \
                and not re.search(r"[a-z]", re.sub(r"(?i)\b(?:in|during|over|since|last|this|year|years|month|months|"
                                                   r"the|of|and|so\s+far|late|on\s+time|in\s+time|in\s+full|in\s+part|[?!.,]|\d+)\b", "",
                                                   did_they.group(2)).strip(" ?!.,")):
            # ny79 (nc79 #6): "how many let licences has the council granted and how many did they refuse": the
            # earlier subject with this verb (lead55: never for "how many times did they discharge": times are counted) in place of the earlier one ("let licences refused"), never a question
            # that lost its noun ("How many short term did you refuse?")
            subject, article = previous.subject, previous.article
            done = (previous.clause or "").split()
            tail = done[1:] if done and _is_past_participle(done[0]) else []
            while tail and tail[0].lower() in _PARTICLES:
                tail = tail[1:]
            manner = re.search(r"(?i)\b(late|on\s+time|in\s+time|in\s+full|in\s+part)\b", did_they.group(2))
            clause = [done_word, *([manner.group(1).lower()] if manner else []), *tail]
        first = re.match(r"\s*([a-z]+)\b", after, re.I)
        if subject is None and kind == "count" and first and (_finite(first.group(1)) or (_past_tense(first.group(1)) and first.group(1).lower() not in _AUX | {"got", "had"})) \
                and previous is not None and previous.subject and not _attributive(after):
            # "and how many led to enforcement action": the earlier subject, narrowed by what follows
            rest = _trim(after)
            subject, article = previous.subject, previous.article
            follows = previous.base if previous.base is not None else (previous.clause or "")
            clause = _narrowed(follows, _relative(previous.subject.split()), rest)  # its filters kept
            passive = re.search(r"(?i)\b(are|were|is|was)\s+(?:\u00a7AUTH\u00a7|they|it|these|those)\s*$", m.group())
            if passive and _is_past_participle(first.group(1)):
                # lead51: "has the council bought pothole machines? where are they used": the things are done to
                # ("they" is no body here), so the verb keeps its passive ("machines that are used"), never "machines
                # that used" (the times counted instead would take the place of a use part and its covert warning)
                clause = _narrowed(follows, _relative(previous.subject.split()), [passive.group(1).lower(), *rest])
        were = re.match(r"(?i)\s*((?:were|was|are|is|have\s+been|had\s+been|got)\s+(?:then\s+|later\s+|actually\s+)?)([a-z]+)\b(.*)$",
                        after, re.S) if kind == "count" else None
        if subject is None and were and previous is not None and previous.subject and previous.kind == "count" \
                and (_is_participle(were.group(2)) or _is_past_participle(were.group(2))):
            # "... and how many were upheld": the earlier subject, narrowed ("complaints ... that were upheld")
            rest = _trim(were.group(3))
            subject, article = previous.subject, previous.article
            aux = "were" if were.group(1).lower().startswith(("got", "are", "were", "have")) else "was"
            base = previous.base if previous.base is not None else previous.clause
            clause = _narrowed(base, _relative(previous.subject.split()), [aux, were.group(2).lower(), *rest])
            follows = base
            data, _ = load_vocab("detail_words")
            done = (previous.clause or "").split()
            # lead59: "how many were arrested after", "how many were then charged": what happened next to those
            # things is a subset of them (the earlier clause kept: "people stopped and searched who were arrested
            # afterwards"), never the earlier verb swapped for this one
            later = re.search(r"(?i)\b(?:then|later|subsequently)\b", were.group(1)) or re.fullmatch(
                r"(?i)(?:after|afterwards|after\s+that|after\s+this|as\s+a\s+result|subsequently|following\s+(?:that|this|it))",
                " ".join(rest).strip(" ?.!,"))
            if later:
                clause = _narrowed(base, _relative(previous.subject.split()),
                                   [aux, were.group(2).lower(), *(["afterwards"] if rest else [])])
            elif done and _is_past_participle(done[0]) and \
                    done[0].lower() not in ((data or {}).get("population_verbs") or []):
                # "trains cancelled at Euston ... and how many were delayed": trains delayed at Euston
                tail = done[1:]
                while tail and tail[0].lower() in _PARTICLES:
                    tail = tail[1:]  # "towed away ... how many were crushed": not "crushed away"
                if len(tail) > 1 and tail[0].lower() in ("and", "or") and _is_past_participle(tail[1]):
                    tail = tail[2:]  # lead59: "stopped and searched ... how many were arrested": both verbs replaced
                clause = [were.group(2).lower(), *rest, *tail]
        if subject is None:
            subject, place, clause, article = _chunk(after, kind or "")
            article = article or bool(re.search(r"(?i)\b(?:the|my|our)\s+$", m.group()))
        if subject is None and kind == "policy":
            subject = _policy_clause(after, question)  # lead56: "the rules on when officers can use Tasers on children"
        to_do = re.match(r"(?i)\s*(?:to\s+)?([a-z]+)\s+(?:up\s+)?(them|it|these|those)\b", after) if kind == "total_spend" else None
        if to_do and previous is not None and previous.subject and (
                participle(to_do.group(1)) or re.match(r"(?i)\s*to\s", after) or re.search(r"(?i)\bto\s*$", m.group())
                or re.fullmatch(r"(?i)[a-z]{3,}ing", to_do.group(1)) and to_do.group(1).lower() in _verb_lemmas_ing(to_do.group(1))):
            # "how much did it cost to clear them" / "to rehouse them": the cost of doing it to the earlier subject;
            # ck28 (nu30 item 5): "how much did they spend fixing them", "clearing it up" too, never "spent on fixing."
            from lemminflect import getInflection

            verb = to_do.group(1).lower()
            doing = verb if verb.endswith("ing") else (getInflection(verb, "VBG") or [re.sub(r"(?<=[^aeiou])e$", "", verb) + "ing"])[0]
            what = previous.subject
            if to_do.group(2).lower() == "it":  # "clearing it" after "fly tipping reports": the fly tipping, not reports
                what = re.sub(r"(?i)\s+(?:reports?|complaints?|incidents?|cases?|calls?|referrals?|sightings?)$", "", what)
            subject, article = f"{doing} the {what}", False
        if subject is None and kind in ("total_spend", "income", "count", "figure"):
            # "how much landfill tax did §AUTH§ pay": the subject sits inside the question's frame
            # lead42: "what did the cameras cost" holds it the same way; "how much did the drones cost": the thing
            # between the auxiliary and "cost" (never the subject of a clause before it)
            inner = re.sub(r"(?i)^\W*(?:how\s+(?:much|many)|what)\s+(?:money\s+)?", "", m.group())
            cost_np = re.match(r"(?i)^(?:did|does|do|has|have|had|will|would|is|was|were|are)\s+(?P<np>.+?)\s+(?:cost|costs|costing)\s*$", inner)
            if cost_np and not re.fullmatch(r"(?i)(?:it|they|them|this|that|these|those|he|she|you|we)", cost_np.group("np")):
                inner = cost_np.group("np")
            found = _chunk(inner, "") if inner.strip() and inner != m.group() else (None, None, [], False)
            if found[0]:
                subject, place, clause, article = found[0], found[1] or place, [], found[3]
        if subject is None and len(re.findall(r"\w+", after)) > 1:
            pass  # words follow the cue but name nothing: not the subject of an earlier clause either
        elif subject is None:
            before = text[: m.start()]
            tail = re.split(r"[,.;:?!-]\s*|\u00a7\w+\u00a7", before)
            for piece in reversed([t for t in tail if t.strip()]):
                subject, place, clause, article = _chunk(piece, kind or "")
                if subject:
                    break
        if kind == "responsibility" and groups.get("duty"):
            duty = _duty(groups["duty"])
        if kind == "correspondence":
            parties = groups.get("parties") or (f"the authority and {groups['party']}" if groups.get("party") else None)
            if parties:
                parties = re.sub(r"\u00a7AUTHS?\u00a7", "the authority", parties)
            if parties and ("\u00a7" in parties or any(w in v.banned for w in parties.lower().split())):
                parties = None
            sides = [x.strip().lower() for x in re.split(r"\s+and\s+", parties or "", maxsplit=1)]
            if len(sides) == 2 and sides[0] == sides[1]:
                parties = None  # "correspondence with the Home Office" sent to the Home Office: never "X and X"
    else:
        subject, place, clause, article = _chunk(text, "")
    rest = text[m.end():] if m else text
    if subject is None and place and previous is not None and previous.subject:
        subject, article = previous.subject, previous.article  # "and how many in York"
        clause = previous.clause.split() if previous.clause else []
        kind = kind or previous.kind
    refers = bool(re.search(r"\b(?:it|them|they|these|those|this|that|ones)\b", rest, re.I)) or (
        m is not None and len(re.findall(r"[a-z]+", rest, re.I)) <= 1)
    pointer = re.search(r"(?i)\b(it|they)\b", rest)
    if refers and pointer and previous is not None and previous.subject:
        # fr14a: "what is their policy on it" after the kids counted: "it" is never people; "they" doing what an
        # organisation does is the body, never the things counted
        from askfoi.pronoun_roles import _vocab as role_vocab

        head = re.split(r"(?i)\s+(?:of|on|in|at|for|to|from|with|by|about|near|under|over)\s+", previous.subject)[0].split()
        people = bool(head) and head[-1].lower() in role_vocab().people
        word = pointer.group(1).lower()
        if word == "it" and people or word == "they" and agent_pronoun(rest, pointer.start()):
            refers = False
    if subject is None and previous is not None and previous.subject and refers:
        if kind == "figure":
            kind = "total_spend"  # "... and how much in total": the money spent on the earlier subject
        subject, article = previous.subject, previous.article
        if not place and previous.qualifiers.place:
            place = _Place(previous.qualifiers.place, previous.qualifiers.place_prep)
        decision = None
        clause = []
        if (kind or previous.kind) == previous.kind and previous.kind in ("count", "list") and m is not None \
                and len(re.findall(r"[a-z]+", rest, re.I)) <= 1:
            clause = (previous.clause or "").split()  # "and how many in 2024": the same things, another period
        done = (previous.clause or "").split()[:1]
        if kind == "reasons" and done and _is_past_participle(done[0]) and previous.kind == "count":
            # "how many beds did the trust close and why": the reasons for the decision to close beds
            from lemminflect import getLemma

            verb = (getLemma(done[0].lower(), upos="VERB") or (None,))[0]
            data, _ = load_vocab("detail_words")
            said = (previous.clause or "").split()
            particle = f" {said[1]}" if len(said) > 1 and said[1].lower() in ("down", "up", "off", "out", "back") else ""
            if verb and verb in ((data or {}).get("decision_verbs") or []):
                decision = f"to {verb}{particle} {'the ' if article else ''}{subject}"  # "to cut down street trees"
    if subject and kind and kind != "count":
        # "which companies have contracts for school meals": the kind of record is said by the frame, not
        # again in the subject ("Any contract for the contracts for ...")
        bare = re.sub(r"(?i)^(?:the\s+|any\s+)?(?:contracts?|tenders?|polic(?:y|ies)|procedures?|guidance|reports?|"
                      r"minutes|statistics|figures|data|list|register|copy|copies|emails?|correspondence)\s+"
                      r"(?:for|of|on|about|with|to|regarding)\s+(?:the\s+)?", "", subject)
        if bare != subject and bare.strip():
            article = article or bool(re.match(r"(?i).*\bthe\s+$", subject[: len(subject) - len(bare)]))
            subject = bare
    where_each = None
    where_done = re.match(r"(?i)\W*(?:and\s+)?where\s+(are|is|were|was)\s+(?:all\s+)?(?:the\s+)?$", m.group()) \
        if m is not None and kind == "list" else None
    # (lead60: nx94 reads a past participle with nothing after it as passive, "machines | used", with no "that")
    done_words = clause[1:] if len(clause) > 1 and clause[0].lower() in ("that", "who", "which") else clause
    if where_done and subject and done_words and _is_past_participle(done_words[0]):
        # lead51: "where are the pothole machines used": where each is used, never "machines that used"
        where_each = f"where each {'is' if where_done.group(1).lower() in ('are', 'is') else 'was'} {' '.join(done_words)}"
        clause = []
    elif where_done and subject and not clause and not re.match(r"(?i)(?:the\s+)?locations?\b", subject):
        # lead58: "where are the speed cameras in kent": where they are is asked, said so ("A list of the locations
        # of the speed cameras in Kent"), never the things alone
        subject = "the locations of the " + re.sub(r"(?i)^the\s+", "", subject)
    if kind in ("count", "list") and subject and not times and clause:
        clause = clause
    elif not times:
        clause = clause if kind in ("count", "list", "statistics", "figure") or (kind == "reasons" and cause) else []
    doing = re.match(r"(?i)([a-z]+)((?:\s+(?:up|out|down|off|away|back|over))?\s+(?:the|a|an|its|their|your|our)\b.*)$", subject or "")
    # (lead57: a phrasal verb's particle stays with it: "clean up the fly tipping" -> "cleaning up the fly tipping")
    if doing and kind in ("total_spend", "income", "figure") and doing.group(1).lower() in _verb_lemmas(doing.group(1)):
        # "what did it cost to run the helicopter": the cost of running it, a noun phrase
        from lemminflect import getInflection

        subject = (getInflection(doing.group(1).lower(), "VBG") or [doing.group(1)])[0] + doing.group(2)
    earner = kind == "income" and subject and re.search(r"(?i)\bearn(?:s|ed|t|ing)?\b", question) and _earns_pay(subject)
    if earner:  # fx54: "how much do nurses earn at X": what a person, a post or a staff group earns is pay, never income
        kind, clause = "figure", []
        earns = re.split(r"(?i)\s+(?:of|at|in|for|on|from|with|by|per|employed|working)\s+", subject.strip())[0].split()[-1]
        if not re.match(r"(?i)(?:the|a|an)\s", subject) and not is_plural(earns) \
                and earns.lower() not in ("staff", "personnel", "men", "women", "people"):
            subject = f"a {subject}"  # "how much does a nurse earn": the pay of a nurse
    frame = Frame(kind=kind or "none", subject=subject, source=question, decision=decision, duty=duty, parties=parties,
                  clause=" ".join(clause), article=article, times=times, cause=cause, base=follows,
                  qualifiers=Qualifiers(breakdown=breakdown, place=place, place_prep=getattr(place, "prep", "in")))
    from askfoi.ask_shapes import CONTRACT_TERM, lease_term_asked

    if where_each:
        frame.qualifiers.fields = [where_each]
    elif frame.kind == "contracts" and CONTRACT_TERM.match(_drop_fillers(masked)):
        frame.qualifiers.fields = ["start and end dates"]  # lead57: "how long is the bin contract for"
    elif frame.kind == "document" and lease_term_asked(_drop_fillers(masked)):
        # nx98: "how long is the lease": the lease with its term, its rent and when the rent is reviewed
        frame.qualifiers.fields = ["its term (start and end dates)", "the rent payable", "the rent review dates"]
    elif dated and frame.kind == "assessment":
        frame.qualifiers.fields = ["the date each was completed"]  # nx76: "... before they started"
    _subset_of_set(frame, previous)
    if earner:
        frame.head = "pay of "
    if on_day:
        frame.qualifiers.on = on_day.group(1)
    elif snapshot and frame.kind in ("count", "list", "statistics", "figure"):
        frame.qualifiers.on = "the date of this request"  # "how many staff are currently ...": a stock on one day
    if frame.kind == "figure" and m is not None and re.match(r"(?i)\W*how\s+much\b", m.group()):
        frame.head = "amount of "  # "how much weedkiller was sprayed": the amount, not "a record of" it
    low = question.lower()
    if frame.subject and asks_both_ways(question):  # "drones overtly or covertly": the subject is "drones"
        frame.subject = _BOTH_WORDS.sub("", frame.subject).strip(" ,") or frame.subject
    spec, terms = _covert()
    # fx54 (fc50's change; the lead's decision, session 44): a technology the covert terms do not name ("does police
    # scotland use drones at football matches", Clearview, Palantir, trackers) enters by the shared covert-use decision
    # the check and the forecast read (askfoi/ncnd_topics.py technology_covert_use)
    # sp65: a tactic named only where the shared NCND decision reads it as not asked (compensation paid over it, the
    # name of an inquiry, the law's rules on it: askfoi/ncnd_topics.py asked_text) makes no covert part
    asked = asked_text(question)
    only_unasked = asked != question and not terms.search(asked) if terms is not None else False
    if terms is not None and covert_ok and not only_unasked and (terms.search(question) or (subject and terms.search(subject))
                                                                 or technology_covert_use(question)):
        overt = any(re.search(rf"\b{re.escape(w)}\b", low) for w in spec.overt)
        unnamed = spec.named.sub(" ", low) if spec.named is not None else low
        covert = any(re.search(rf"\b{re.escape(w)}\b", unnamed) for w in spec.covert)
        # "live facial recognition vans": deployed in public, so a count or a policy is about overt use; but
        # "does the force use facial recognition" still asks whether it is used at all, covert use included
        overt = overt or (frame.kind not in ("use", "none") and _only_overt_by_default(question))
        # fc24: "does the met still use its live facial recognition vans": a deployment in public view, whatever is asked
        overt = overt or (_only_overt_by_default(question) and overt_form_named(question))
        if asks_both_ways(question):  # "overtly or covertly": all use is asked, covert use included
            overt, covert = False, True
        bare = _without_covert_words(frame.subject, spec, terms) if frame.subject else None
        if bare and bare != frame.subject:  # "facial recognition covertly": the subject, and covert use asked
            covert = True
            if frame.kind in _SAYS_COVERT_KINDS:  # sp65: a kind whose template says "covert" again; any other kind
                frame.subject = bare  # keeps it in its subject ("equipment for covert surveillance of protesters")
        # ck31 (nu33 #2): "does the met police use live facial recognition" without a covert word: the forces publish
        # their overt deployments and answer the question; only covert use invites NCND. The question is kept, and a
        # limit to overt use is offered (`overt_limit`), never put in its place
        offer = not overt and not covert and frame.kind in ("use", "none") and _only_overt_by_default(question) \
            and _live_form_named(question) and not technology_covert_use(question)  # lead: bare "does the force use facial
        # recognition" stays a covert risk (issue 9); fc49 (the lead's decision, session 44): so does "does the met use live
        # facial recognition", read by the one decision the check and the forecast read (askfoi/ncnd_topics.py)
        frame.qualifiers.overt = overt and not covert
        frame.qualifiers.covert = not offer and (
            covert or (not overt and frame.kind in ("use", "none", "count", "list", "statistics")))
        frame.overt_only = offer  # read below, once the kind is settled
        said_overt = any(re.search(rf"\b{re.escape(w)}\b", low) for w in spec.overt)
        if frame.qualifiers.overt and not said_overt and frame.subject and not terms.search(frame.subject) \
                and not overt_form_named(frame.subject):
            # ck31: "how many arrests came from the live facial recognition": the arrests are no overt or covert
            # thing; the count is answered as asked ("The number of arrests ...", never "overt arrests")
            frame.qualifiers.overt = False
        if frame.kind == "none" and subject and _USE_WORDS.search(question):
            frame.kind = "use"  # only when the person asks about use: never an added "policy on the use of"
    frame.subject = _verb_phrase_as_noun(frame.subject)
    if frame.kind == "use" and frame.subject and m is not None and not frame.clause:
        # fr14b: "uses AI to decide benefits claims": the purpose of the use, said by the frame (use.j2)
        purpose = re.match(r"(?i)\s*" + re.escape(frame.subject) + r"\s+((?:to|in\s+order\s+to)\s+[a-z]+\b[^?.;,]*)",
                           text[m.end():])
        said = re.sub(r"(?i)^in\s+order\s+", "", purpose.group(1).strip()) if purpose else ""
        from askfoi.amounts import decision_purpose

        verb = said.split()[1].lower() if len(said.split()) > 2 else ""
        if verb and verb in _verb_lemmas(verb) and decision_purpose(verb) \
                and not frame.qualifiers.covert:
            frame.clause = said  # (a tactic used to track or monitor people stays the covert reading's)
    if frame.overt_only:
        frame.overt_only = False
        if frame.kind == "use":
            limited = frame.model_copy(update={"overt_only": True})
            frame.overt_limit = render_frame(limited) or None
    return frame


# a count whose verb is the body's own act ("did the council close", "has the force used"): its "why" asks for the
# reasons for those decisions, not a breakdown of the things counted
_BODY_ACTS = re.compile(r"(?i)\b(?:did|has|have|does|do|will|is|are|was|were)\s+(?:the\s+|my\s+|our\s+|your\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:council|police|force|trust|authority|department|government|board|"
                        r"ministry|they|you)\s+(?!been\b|had\b|got\b|received\b)[a-z]+")
# "and why", "why?", "why, its in bradford" (a story clause after the comma): a bare why after a count
_BARE_WHY = re.compile(r"(?i)^\W*(?:and\s+)?(?:also\s+)?(?:why(?:\s+(?:was\s+that|is\s+that|that\s+was|so))?|what\s+for|"
                       # lead33: "and what for", "what were they for", "for what reasons": the same bare why
                       r"what\s+(?:were|was|are|is)\s+(?:they|it|these|those|them|the\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:given\s+|issued\s+|made\s+)?for|"
                       r"for\s+what\s+reasons?)\s*(?:[,?.!]|$)"
                       r"(?:\s*(?!(?:did|do|does|was|were|is|are|has|have|had|would|will|should|can|could|not)\b)[^?]*)?\??$")


def _subset_of_set(frame: Frame, previous: Frame | None) -> None:
    """fr24a: FRAME counts a subset of what the count before it (PREVIOUS) counted (its clause is that count's clause,
    then what narrows it), and that clause holds a clause of its own ("cancelled because there were no beds"): a
    relative clause after it would hang on the inner one ("... no beds that were cancer operations"), so the set is
    named first and the part reads "Of the operations cancelled ... because there were no beds, the number that were
    cancer operations." (prompts/frames/count.j2)."""
    from askfoi.informal_roles import closed_clause

    if previous is None or frame.kind != "count" or frame.times or not frame.subject or previous.kept_words:
        return
    earlier = " ".join((frame.base if frame.base is not None else previous.clause or "").split())
    if not earlier or previous.subject != frame.subject or not closed_clause(earlier):
        return
    said = " ".join(frame.clause.split())
    if not said.startswith(earlier + " "):
        return
    rest = re.sub(r"(?i)^and\s+", "", said[len(earlier):].strip())
    if len(rest.split()) < 2:
        return
    if not re.match(r"(?i)(?:who|that|which)\b", rest):
        rest = f"{_relative(frame.subject.split())} {rest}"
    frame.of_set = f"{frame.subject} {earlier}"
    frame.clause = rest


def _attributive(after: str) -> bool:
    """fr15a: AFTER (the words after "how many") opens with a participle that describes the noun after it, not with the
    verb of the question: "how many reported incidents involving drones have led to a prosecution" counts reported
    incidents; "how many led to a prosecution" and "how many received a fine" count the earlier subject. The
    participle is attributive when a plural noun follows it and a verb of the clause's own comes later."""
    words = re.findall(r"[A-Za-z'-]+", after)
    if len(words) < 3 or not (_is_past_participle(words[0].lower()) or _past_tense(words[0].lower())):
        return False
    noun = words[1].lower()
    if noun in _PREPS or noun in _DETERMINERS or noun in _AUX or not is_plural(noun) or not _noun(noun):
        return False
    return any(w.lower() in _AUX | {"been", "led", "resulted", "ended"} for w in words[2:])


def _verb_phrase_as_noun(subject: str | None) -> str | None:
    """A subject that is a verb with its object ("collects the bins", "runs the library": a word with a verb's form
    straight before a determiner cannot be a noun phrase) as the doing of it ("collecting the bins"), so "Any contract
    for collecting the bins" reads; any other subject unchanged."""
    if not subject:
        return subject
    words = subject.split()
    if len(words) < 3 or words[1].lower() not in _DETERMINERS or words[0][:1].isupper():
        return subject
    lemmas = _verb_lemmas(words[0])
    if not lemmas:
        return subject
    from lemminflect import getInflection

    doing = (getInflection(lemmas[0], "VBG") or [None])[0]
    return " ".join([doing, *words[1:]]) if doing else subject


# the kinds whose templates say "covert" when the person asked about covert use (prompts/frames/count.j2, policy.j2,
# use.j2; "none" becomes "use")
_SAYS_COVERT_KINDS = frozenset({"count", "policy", "use", "none"})


def _says_covert(text: str) -> bool:
    spec, _ = _covert()
    return bool(spec.covert) and bool(re.search(r"(?i)\b(?:" + "|".join(map(re.escape, spec.covert)) + r")\b", text))


# "including covertly", "overtly or covertly", "covert and overt", "as well as in secret": use asked both ways, so
# the part asks for the use as a whole (the ncnd-risk finding still says the covert side will be NCND)
_BOTH_WAYS = re.compile(r"(?i)\b(?:including|incl\.?|as\s+well\s+as|even)\s+(?:\w+\s+){0,2}?(?:covert(?:ly)?|in\s+secret|"
                        r"secretly|undercover)\b|\bovert(?:ly)?\s*(?:,|and|or|and/or|as\s+well\s+as)\s*(?:\w+\s+)?covert(?:ly)?\b|"
                        r"\bcovert(?:ly)?\s*(?:,|and|or|and/or)\s*(?:\w+\s+)?overt(?:ly)?\b")


_BOTH_WORDS = re.compile(r"(?i),?\s*\b(?:both\s+)?(?:overt(?:ly)?|covert(?:ly)?)(?:\s*(?:,|and|or|and/or)\s*(?:covert(?:ly)?|overt(?:ly)?))?\b")


def asks_both_ways(text: str) -> bool:
    """The question asks about overt and covert use together ("does the force use X, including covertly")."""
    return bool(_BOTH_WAYS.search(text or ""))


def _without_covert_words(subject: str, spec: "_Covert", terms: re.Pattern[str]) -> str:
    """SUBJECT without the words that only say the use is covert ("facial recognition covertly", "secretly
    recorded calls" -> "facial recognition", "recorded calls"); a covert adjective stays when the rest no longer
    names a tactic ("undercover officers", "covert surveillance" are the tactic itself)."""
    words = {w.lower() for w in spec.covert}
    adverbs = {w for w in words if w.endswith("ly")}
    kept = [w for w in subject.split() if w.lower().strip(",.") not in adverbs]
    out = " ".join(kept)
    adjectives = [w for w in kept if w.lower() in words - adverbs]
    if adjectives:
        rest = " ".join(w for w in kept if w.lower() not in words - adverbs)
        if rest and terms.search(rest):
            out = rest
    return out.strip(" ,") or subject


def period_breakdown(question: str) -> str | None:
    """The unit QUESTION asks its figures for, one by one, inside or beside its period ("each year 2016 to 2021",
    "in each of the past 5 financial years to date" -> "financial year"), or None. Every frame reader uses it
    (fr17b), so the breakdown never depends on which reading made the frame."""
    unit = _EACH_UNIT.search(question or "")
    if unit and re.match(r"(?i)per\b", unit.group()) and (
            _RATE_OF.search(question[: unit.start()] + " " + question[unit.end():]) or _PRICE_ASKED.search(question)):
        return None  # lead48: a rate's unit ("pay per bed per week"), not figures week by week
    return unit.group(1).lower() if unit and _UNIT_ENDS.match(question[unit.end():]) else None


_EACH_UNIT = re.compile(r"(?i)\b(?:each|every|per)\s+(?:of\s+the\s+(?:last|past|previous|following)\s+(?:\w+\s+)?)?"
                        r"((?:financial|calendar|academic|school|tax)\s+year|year|month|quarter|week|season)s?\b")
_USE_WORDS = re.compile(r"(?i)\b(?:use[sd]?|using|usage|deploy\w*|operat\w*|employ\w*|run|running|trial(?:led|ling)?)\b(?!')")


def _duty(verb: str) -> str:
    nouns = {"monitor": "monitoring", "run": "running", "manage": "management", "operate": "operation",
             "maintain": "maintenance", "watch": "monitoring", "control": "control", "inspect": "inspection",
             "oversee": "oversight", "oversaw": "oversight", "check": "checking", "clean": "cleaning",
             "repair": "repair", "own": "ownership", "install": "installation", "staff": "staffing", "ran": "running"}
    data, _ = load_vocab("record_kinds")
    jobs = {str(k).lower(): str(v) for k, v in ((data or {}).get("duty_nouns") or {}).items()} if isinstance(data, dict) else {}
    lemma = sorted(_verb_lemmas(verb))[0] if _verb_lemmas(verb) else verb.lower()
    if lemma in jobs:  # cx39: the job verbs' work ("grits" -> "gritting", "empties" -> "emptying")
        return jobs[lemma]
    stem = re.sub(r"(?:s|ed)$", "", verb.lower())
    return nouns.get(stem) or nouns.get(verb.lower()) or nouns.get(stem + "e") or "management"


# --- rendering -----------------------------------------------------------------------------------------


# an elliptical "who decided" beside a question about a decision's reasons ("why did sheffield council close the
# library on my road and who decided"): asks who made that decision, so it belongs to the reasons part
_WHO_DECIDED = re.compile(r"(?i)^\W*(?:(?:and|also|so|but)\s+)*(?:who|which\s+(?:officer|councillor|person|body|committee))\s+"
                          r"(?:decided(?:\s+(?:it|this|that|on\s+(?:it|this|that)))?|made\s+(?:the|that|this)\s+decision|"
                          r"approved\s+(?:it|that|this)|signed\s+(?:(?:it|this|that)\s+)?off|"
                          r"authori[sz]ed\s+(?:it|that|this)|agreed\s+(?:it|to\s+(?:it|that|this)))\W*$")


# fx102: a "why" reasons part about a thing done ("why the library was closed", "why the toilets were locked", "why the
# pool has been shut"), never about a state ("why the bins are so full", lead_s19): only a thing done was decided
_WHY_DONE_TO = re.compile(r"(?i)\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:\w+ly\s+)?"
                      r"(?:\w+(?:ed|en|wn)|shut|cut|put|set|let|built|sold|sent|spent|kept|left|lost|made|paid|taken|given)\b")


def _who_decided(framing: "Framing") -> None:
    # fx102 (session 64's open list: "..., and who decided it" dropped): "Why was the library in Denton closed, and who
    # decided it?": the pronoun's decision is the one the reasons part is about, whether asked as "the decision to X" or
    # as "why X was done" (a "why" reasons part renders "and who made that decision" too)
    reasons = [p for p in framing.parts if p.kind == "reasons" and not p.kept_words
               and ((p.why or "").split(":", 1)[0] == "decision"
                    or (p.why or "").split(":", 1)[0] == "why" and _WHY_DONE_TO.search(p.why or ""))]
    if len(reasons) != 1:
        return
    asked = [r for r in framing.remarks if _WHO_DECIDED.match(r)]
    # ("who made the decision?" made a part of its own: "Any contract for the decision in force" (nu19))
    asked_parts = [p for p in framing.parts if p is not reasons[0] and _WHO_DECIDED.match(p.source or "")]
    if not asked and not asked_parts:
        return
    part = reasons[0]
    part.who_decided = True
    text = render_frame(part, framing.period)
    if not text:
        part.who_decided = False
        return
    part.text = text
    framing.remarks = [r for r in framing.remarks if r not in asked]
    framing.parts = [p for p in framing.parts if p not in asked_parts]


# (not "who signed it off" or "who approved it": a contract's approver is asked as its job title, lead33)
_WHO_DECIDED_IN = re.compile(r"(?i)^\W*(?:(?:and|also|so|but)\s+)*(?:who|which\s+(?:officer|councillor|person|body|committee))\s+(?:decided|decides|"
                             r"chooses|chose|determines|approves|approved|made\s+(?:the|that|this)\s+"
                             r"decision|agreed\s+(?:it|to\s+(?:it|that|this)))\b(?:\s+(?:it|this|that|on\s+(?:it|this|that)))?\W*$")
# the kinds of part whose subject is the thing decided on ("the total spent on the skate park": the skate park)
_DECIDED_ON = frozenset({"total_spend", "contracts", "document", "policy", "minutes_reports", "income", "list", "savings"})


def _who_decided_alone(framing: "Framing") -> None:
    """cx36: "I want to know how much it cost and who decided it", "who made the decision?" beside one other part and
    no reasons part: who decided is asked as the records of the decision about that part's subject (minutes, the
    decision record), showing who made it; the clause is no longer asked back or read as a supplier ("who made")."""
    if framing.route == "sar" or any(p.kind == "reasons" for p in framing.parts):
        return
    quoted = [(q, re.search(r'"([^"]+)"', q)) for q in framing.questions]
    asked_parts = [p for p in framing.parts if _WHO_DECIDED_IN.match(p.source or "") or
                   (p.kept_words and _WHO_DECIDED_IN.match(p.text or ""))]
    asked_remarks = [r for r in framing.remarks if _WHO_DECIDED_IN.match(r)]
    asked_questions = [q for q, m in quoted if m and _WHO_DECIDED_IN.match(m.group(1))]
    if not (asked_parts or asked_remarks or asked_questions):
        return
    others = [p for p in framing.parts if p not in asked_parts and p.subject and not p.kept_words]
    if len({p.subject.lower() for p in others}) != 1 or others[0].kind not in _DECIDED_ON:
        return
    base = others[0]
    about = base.subject if base.kind != "list" or not base.clause else f"{base.subject} {base.clause}"  # cx41: the roads gritted
    frame = Frame(kind="reasons", subject=base.subject, source=(asked_parts[0].source if asked_parts else ""),
                  article=base.article, who_decided=True,
                  why="decided:about " + ("" if re.match(r"(?i)(?:the|a|an|any|all|its|their)\s", base.subject) else "the ")
                      + about)
    text = render_frame(frame, framing.period)
    if not text:
        return
    frame.text = text
    at = framing.parts.index(base) + 1
    framing.parts = [p for p in framing.parts if p not in asked_parts]
    framing.parts.insert(min(at, len(framing.parts)), frame)
    framing.remarks = [r for r in framing.remarks if r not in asked_remarks]
    framing.questions = [q for q in framing.questions if q not in asked_questions]


# a subject that needs no article of its own: a determiner first, or a gerund with its object ("fixing the mould")
_OWN_DETERMINER = re.compile(r"(?i)^(?:(?:the|a|an|any|all|each|every|my|our|their|its|his|her|your|this|these|those)\s"
                             r"|[a-z]+ing\s+(?:the|a|an|any|all|their|its|our|my|his|her|your|this|these|those|them|it)\b)")


def _people_subject(subject: str) -> bool:
    """lead34: SUBJECT names people bought in ("consultants", "agency social workers", "interpreters"): a payee of it
    is whoever supplied them, not whoever was paid for work on them."""
    from askfoi.pronoun_roles import _vocab as _role_vocab

    words = subject.lower().split()
    if not words:
        return False
    head = words[-1]
    people = _role_vocab().people
    return head in people or head.rstrip("s") in people or head.endswith(("workers", "staff", "consultants", "locums"))


_NOT_SUPPLIER = frozenset("the a an them us you him her it this that these those their its our my your his any some each "
                          "every all staff people someone anyone per for in on out to towards back up off over".split())


def _supplier_named(source: str, subject: str, template: str) -> tuple[str | None, str]:
    """lead35: (the company a part names as paid or contracted, what for) when the person's question names one: "the
    contract with palantir" -> ("palantir", ""), "pay capita for the barge" -> ("capita", "barge") with SUBJECT "capita
    for the barge"; (None, SUBJECT) otherwise. A determiner or a pronoun ("pay them", "the contractor") is no name."""
    flat = re.sub(r"\s+", " ", source or "").lower()
    low = subject.lower()
    if template == "contracts":
        m = re.search(r"\bcontracts?\s+(?:with|awarded\s+to|held\s+by)\s+(.+)", flat)
        if m and m.group(1).startswith(low) and low.split()[0] not in _NOT_SUPPLIER:
            return subject, ""
        return None, subject
    head, sep, rest = subject.partition(" for ")
    if not sep:  # "how much has the council paid serco": a company's name paid, with nothing said it was for
        if re.search(rf"\b(?:paid|payments?\s+made|went)\s+to\s+(?:the\s+)?{re.escape(low)}\b", flat) \
                and low.split()[0] not in _NOT_SUPPLIER:
            return subject, ""  # "how much has been paid to capita": who was paid, said in so many words
        return (subject, "") if _company_name(subject) and re.search(
            rf"\bpa(?:y|id|ying|ys)\s+{re.escape(low)}\b", flat) else (None, subject)
    words = head.split()
    payee_role = re.fullmatch(_PAYEE_ROLE, words[-1].lower()) if words else None
    if head and (payee_role or words[0].lower() not in _NOT_SUPPLIER) and len(words) <= 3 \
            and (m := re.search(rf"\b(?:pa(?:y|id|ying|ys)|paid\s+to)\s+(the\s+|an?\s+)?{re.escape(head.lower())}\s+for\b", flat)):
        return (m.group(1).lower() if m.group(1) and not head.lower().startswith(("the ", "a ", "an ")) else "") + head, \
            re.sub(r"(?i)^the\s+", "", rest.strip())
    return None, subject


_PAYEE_ROLE = r"compan(?:y|ies)|firms?|contractors?|suppliers?|agenc(?:y|ies)|consultan(?:cy|cies|ts?)|providers?|builders?"


def _company_name(words: str) -> bool:
    """WORDS (a subject) look like a company's name: typed with a capital, holding a digit ("g4s"), or a word no word
    list knows ("serco")."""
    from askfoi.spelling import could_be_name

    toks = words.split()
    return 0 < len(toks) <= 3 and (words[:1].isupper() or any(re.search(r"\d", t) and re.search(r"[a-z]", t, re.I)
                                                                for t in toks)
                                   or all(could_be_name(t) or _frequency(t.lower()) < _RARE_PLACE for t in toks))


@functools.lru_cache(maxsize=1)
def _stock_words() -> tuple[tuple[re.Pattern, ...], re.Pattern | None]:
    data, _ = load_vocab("stock_counts")
    data = data if isinstance(data, dict) else {}
    states = tuple(re.compile(str(p), re.I) for p in data.get("states") or [])
    flows = re.compile(str(data["flows"]), re.I) if data.get("flows") else None
    return states, flows


def stock_count(frame: Frame) -> bool:
    """lf61 (nc58 #5): FRAME counts what there is at one time (staff in post, officers in a unit, the vehicles a force
    has): a stock, asked "as at" the last day of its period (knowledge/vocab/stock_counts.yaml), never "for the period";
    a count of what happened (recruited, received) is a flow and stays "for the period"."""
    if frame.kind != "count" or frame.times or frame.of_set or frame.kept_words:
        return False
    said = " ".join((frame.source or "").split())
    states, flows = _stock_words()
    if not said or not any(p.search(said) for p in states):
        return False
    return not (flows is not None and (flows.search(said) or flows.search(frame.clause or "")))


def _surveillance_technology(subject: str) -> bool:
    """nx99: SUBJECT names a surveillance technology (knowledge/ncnd_topics.yaml, a topic with `technology`)."""
    from askfoi.ncnd_topics import load_topics, topics_in

    topics = load_topics()[0]
    return any(topics[n].technology for n in topics_in(subject) if n in topics)


def render_frame(frame: Frame, period: str | None = None) -> str:
    """The part's text from its frame (prompts/frames/<kind>.j2); the person's question when kept whole."""
    if frame.kept_words:
        return frame.source
    spec = _vocab().kinds.get(frame.kind)
    if spec is None or (not frame.subject and frame.kind != "personal_data"):
        return ""
    f = {
        "subject": frame.subject,
        "place": frame.qualifiers.place,
        "place_prep": frame.qualifiers.place_prep,
        "breakdown": frame.qualifiers.breakdown,
        "breakdown_prep": frame.qualifiers.breakdown_prep,
        "overt": frame.qualifiers.overt,
        "overt_only": frame.overt_only,
        # the person asked about covert use in so many words ("covertly", "in secret"), and the subject no longer says so
        "covert": frame.qualifiers.covert and not frame.qualifiers.overt and _says_covert(frame.source or "")
        and not _says_covert(" ".join(filter(None, (frame.subject, frame.clause)))) and not asks_both_ways(frame.source or ""),
        "period": frame.qualifiers.period or period,
        "on": frame.qualifiers.on,
        "about": frame.qualifiers.about,
        "fields": frame.qualifiers.fields,
        "uses_counted": frame.qualifiers.uses_counted,
        "policy_offered": frame.qualifiers.policy_offered,
        "decision": frame.decision,
        "duty": frame.duty,
        "parties": frame.parties,
        "head": frame.head,
        "clause": " ".join(_resolved_reports((frame.subject or "").split(), (frame.clause or "").split()))
        if frame.kind in ("count", "figure", "statistics") and frame.clause else frame.clause,
        "the": "the " if frame.article and (not (frame.subject or "")[:1].isupper() or len((frame.subject or "").split()) > 1)
        and not _OWN_DETERMINER.match(frame.subject or "")
        else "",  # "the Durham Miners Gala" as typed; a single name alone ("Cellebrite"); nu22: never "the fixing the
        # mould" (a gerund with its own object) nor "the the ..."
        "times": frame.times,
        "of_set": frame.of_set,
        "cause": frame.cause,
        "why_mode": (frame.why or ":").split(":", 1)[0],
        "why": (frame.why or ":").split(":", 1)[1],
        "who_decided": frame.who_decided,
        "plural": is_plural(frame.subject or "") or bool(re.search(r"(?i)\bpolice$", frame.subject or "")),  # nx91: "the police were"
        "use_thing": None,
        "use_rest": None,
        "payee": frame.payee,
        "supplied": frame.head == "payee" and _people_subject(frame.subject or ""),
        "stock": stock_count(frame),  # lf61: a headcount is asked "as at" the period's last day
        # nx99: a surveillance technology (an NCND topic's `technology`): its purposes are set out in its DPIA too
        "technology": frame.kind == "policy" and _surveillance_technology(frame.subject or ""),
    }
    f["supplier"] = None
    if spec.template in ("contracts", "total_spend") and frame.subject:
        f["supplier"], f["subject"] = _supplier_named(frame.source or "", frame.subject, spec.template)
        if f["supplier"]:
            # lead44 (nc49 #14): a name the person typed with capitals of their own ("McKinsey") keeps them, never
            # "Mckinsey" from the lower-cased words the frame was read from
            typed = re.search(rf"(?i)(?<![\w-]){re.escape(f['supplier'])}(?![\w-])", frame.source or "")
            if typed and typed.group() != typed.group().lower() and typed.group().lower() == f["supplier"].lower():
                f["supplier"] = typed.group()
        if f["supplier"] and f["subject"] != frame.subject:
            f["the"] = "the " if f["subject"] and not f["subject"][:1].isupper() \
                and not _OWN_DETERMINER.match(f["subject"]) else ""
    # lead57: "how much was spent on the repairs contractor": money to a firm is paid to it, never "spent on" it
    f["paid_to"] = spec.template == "total_spend" and not f["supplier"] and bool(_FIRM_HEAD.search(f["subject"] or ""))
    # nx101 (ny99's limit): money "paid out" (compensation, claims) is paid out, never "spent on"; "in compensation"
    f["paid_out"] = None
    if spec.template == "total_spend" and not f["supplier"] and not f["paid_to"] and f["subject"] \
            and re.search(r"(?i)\b(?:pa(?:y|ys|id|ying))\s+out\b", frame.source or ""):
        f["paid_out"] = _paid_out_prep(f["subject"], frame.source or "")
    thing = used_thing(frame.subject)
    if thing and (spec.template == "use" or (spec.template == "policy" and (f["overt"] or f["covert"]))
                  or (spec.template == "count" and (f["overt"] or f["covert"]) and not f["head"])):
        # cx41: the template says the use itself ("the overt use of X"): the subject is the thing used, with the
        # person's own article if they wrote one after "of" ("use of the drones"), never "the use of the use of X"
        f["subject"], f["the"], f["plural"] = thing, "", is_plural(thing)
        if spec.template == "count":
            f["head"] = "uses of "
    if frame.kind == "use" and f["subject"]:
        # ck33: "spit hoods on children under 18": the thing used, then where or on whom ("... were used on children")
        from askfoi.follow_on_parts import use_cut

        cut = use_cut(f["subject"])
        if cut:
            f["use_thing"], f["use_rest"] = cut
            f["plural"] = is_plural(cut[0])
    rel = re.search(r"(?i)(?:^|\s)(?:that|who|which)\s", f["clause"] or "")
    if rel and rel.start() > 0 and f["place"] and not f["times"] and spec.template in ("count", "figure", "income", "list", "statistics", "total_spend"):
        # the place belongs to the things counted, before what narrows them: "trees felled in the city that
        # were healthy", not "trees felled that were healthy in the city"
        at = rel.start()
        f["clause"] = f"{f['clause'][:at]} {f['place_prep'] or 'in'} {f['place']} {f['clause'][at:].strip()}".strip()
        f["place"] = None
    if spec.template == "document" and f["subject"] and not f["the"]:
        # fx61: "copies of any complaints received about ...": several records asked for are copies of any of them,
        # never "a copy of complaints"
        first = re.match(r"[A-Za-z]+", f["subject"])
        f["plural"] = bool(first and first.group().islower() and _inflector().singular_noun(first.group()))
    if spec.template == "assessment":
        f["kinds_named"] = assessment_kinds(frame.source or "")
    text = re.sub(r"\s+", " ", render(f"frames/{spec.template}.j2", f=f)).strip()
    return text[:1].upper() + text[1:]


_ASSESSMENT = re.compile(r"(?i)(?<![\w-])(?:assessments?|dpias?|eqias?|pias?|hias?)(?![\w-])")


def assessment_kinds(source: str) -> list[str]:
    """(fx79) The kinds of assessment a question names, in its order: "a fire risk assessment" -> ["fire risk
    assessment"], "a DPIA or EqIA" -> both written out (record_kinds.yaml assessment_short_forms). The words before
    "assessment" back to a determiner, a preposition, a verb or "or"/"and" name its kind; a bare "(impact) assessment"
    names none (record_kinds.yaml assessment_generic), and then the frame keeps its pair."""
    data, _ = load_vocab("record_kinds")
    data = data if isinstance(data, dict) else {}
    short = {str(k).lower(): str(v) for k, v in (data.get("assessment_short_forms") or {}).items()}
    generic = {str(w).lower() for w in data.get("assessment_generic") or []}
    v = _vocab()
    stop = v.dangling | v.leading | v.verbs | v.participles | v.banned | {"or", "and", "and/or", "/", "was", "were", "is",
                                                                          "are", "has", "have", "had", "did", "do", "does"}
    found: list[str] = []
    for m in _ASSESSMENT.finditer(source):
        word = m.group().lower()
        if word in short:
            name = short[word]
        else:
            before = re.findall(r"[A-Za-z][\w'-]*|[^\sA-Za-z]", source[:m.start()])
            kept: list[str] = []
            for w in reversed(before):
                if w.lower() in stop or not w[0].isalpha() or len(kept) == 4:
                    break
                kept.insert(0, w if w.isupper() and len(w) > 1 else w.lower())
            name = " ".join(kept + [word])
            if name.lower() in generic:
                continue
        if name not in found:
            found.append(name)
    return found


_TOPIC_GENERIC = frozenset("information data details figures records request council councils police force forces trust "
                           "authority department service services your their the and for with from into about".split())


_FIRM_HEAD = re.compile(r"(?i)\b(?:compan(?:y|ies)|firms?|contractors?|sub-?contractors?|suppliers?|consultanc(?:y|ies)"
                        r"|providers?|agenc(?:y|ies))$")


def _topic_words(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text or "") if w.lower() not in _TOPIC_GENERIC}


def stands_alone(frame: Frame, topic: str) -> bool:
    """fr21a: FRAME says what its list's stem is about (TOPIC) itself: its text shares a content word with the topic
    ("The number of drones owned" under "relating to drones"), or it is kept in the person's words (nothing is added
    to their sentence), or it has no subject to qualify."""
    if frame.kept_words or not frame.subject or frame.qualifiers.about:
        return True
    return bool(_topic_words(topic) & _topic_words(f"{frame.text} {frame.source}"))


def carry_stem_topics(parts: list[Frame], groups: list[tuple[str | None, list[Frame]]]) -> None:
    """fr21a: each (TOPIC, frames) of GROUPS is the frames made from one list item and what the list's stem says the
    items are about ("... regarding body worn video:" over "- The make and model"): a frame that does not say it
    itself (`stands_alone`) gets it as its `about` qualifier, rendered by prompts/frames/_q.j2 ("..., relating to body
    worn video"), never pasted into the person's words. PARTS (the letter's frames) are re-rendered in place."""
    for topic, frames in groups:
        if not topic:
            continue
        for frame in frames:
            if frame.kept_words and _kept_noun_phrase(frame.text) and not _topic_words(topic) & _topic_words(f"{frame.text} {frame.source}"):
                # "- The make and model": the person's noun phrase, what the stem says it is about after it
                said, by = re.match(r"(?is)(.*?)((?:,\s*broken\s+down\b.*)?)$", frame.text.strip().rstrip(" .;,")).groups()
                frame.text = re.sub(r"\s+", " ", render("frames/kept_about.j2", text=said, about=topic, by=by)).strip()
                frame.source = frame.text
            elif not stands_alone(frame, topic):
                frame.qualifiers.about = topic
                frame.text = render_frame(frame)


def _kept_noun_phrase(text: str) -> bool:
    """fr21a: TEXT (a part kept in the person's words) is a bare noun phrase that can take a "relating to ..." after it:
    no question, request, verb of its own at the start, nor a pronoun that points elsewhere."""
    t = (text or "").strip()
    return bool(t) and not t.endswith("?") and not re.match(
        r"(?i)\W*(?:please|how|what|which|who|whom|whose|when|where|why|whether|if|is|are|was|were|do|does|did|has|have|can|"
        r"could|would|will|provide|give|list|state|confirm|send|tell|any\s+minutes)\b", t) \
        and not re.search(r"(?i)\b(?:it|its|they|them|their|this|these|those|that|above|below|such|same|each)\b", t) \
        and len(re.findall(r"[A-Za-z]+", t)) <= 12


def _cut_subject(offered: str | None, subject: str) -> bool:
    """(lead32) OFFERED (the subject a covert part's offers were made from) is SUBJECT cut inside a noun phrase: the
    word after it in SUBJECT carries the phrase on ("IMSI" + "catchers"), not a preposition or a clause ("drones" +
    "to watch protesters"); a subject that is not the start of SUBJECT at all is cut too."""
    offered, subject = (offered or "").strip(), (subject or "").strip()
    if not offered or offered.lower() == subject.lower():
        return False
    if not subject.lower().startswith(offered.lower()):
        return not subject.lower().startswith(offered.lower().split(" on ")[0]) and offered.lower() not in subject.lower()
    rest = subject[len(offered):]
    return not re.match(r"(?i)\s+(?:to|on|in|at|for|of|by|with|from|that|which|who|used|during|across|near|around|over|"
                        r"against|and|or)\b", rest)


_OCCASION = re.compile(r"(?i)\b(?P<prep>at|during)\s+(?P<at>(?:(?!(?:to|and|or|for|by|with)\b)[\w'&-]+\s*){1,7})$")


def covert_replacements(frame: Frame, *, scotland: bool = False) -> list[Frame]:
    """The answerable frames offered in place of a part about covert use: overt deployments by month, the
    policy on overt use, the DPIA, the total spent and the supplier contracts (knowledge/vocab/covert_terms.yaml)."""
    from askfoi.checks import check_request

    spec, _ = _covert()
    tactic = spec.no_overt.search(f"{frame.subject or ''} {frame.source}") if spec.no_overt is not None else None
    no_overt = tactic is not None
    subject = used_thing(frame.subject) or frame.subject  # cx41: overt deployments of X, never "of use of X"
    if subject:
        # fc49: a subject that holds an act done to a thing ("Thames Valley Police monitoring social media", "the force
        # tracking mobile phones") is about the act, named as a noun by its structure ("social media monitoring")
        from askfoi.checks import _technology_named

        named = _technology_named(subject)
        subject = (act_as_noun_in(subject, named) if named else None) or subject
    if subject and spec.covert_items and not no_overt:
        # ck30 (nu32): a thing that is itself the covert tool ("unmarked cars", "hidden cameras") is no part of the overt
        # version: only the other things asked beside it are ("unmarked cars and covert cameras" -> "cameras")
        items = [x for x in re.split(r"(?i)\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", subject) if x.strip()]
        marked = re.compile(r"(?i)^(?:the\s+|any\s+|all\s+)?(?:" + "|".join(spec.covert_items) + r")\b")
        kept = [x for x in items if not marked.search(x)]
        if len(kept) < len(items):
            if not kept:
                return []
            subject = " and ".join(kept) if len(kept) < 3 else ", ".join(kept[:-1]) + " and " + kept[-1]
    if subject and spec.covert and not no_overt:  # "covert facial recognition": its overt records are about facial recognition
        subject = re.sub(r"(?i)\b(?:" + "|".join(map(re.escape, spec.covert)) + r")\s+", "", subject).strip() or subject
    out = []
    place, place_prep = frame.qualifiers.place, frame.qualifiers.place_prep
    if not place:  # nx79 (nc76 #12): the place the part's own clause names ("used at protests in Glasgow") stays
        place, place_prep = _named_place(f"{getattr(frame, 'clause', '') or ''} {frame.text or ''}") or (None, place_prep)
    # cv99 (nc99 #4): the occasion the person asked about ("drones to spy on people at football matches in Glasgow")
    # stays in the overt deployments counted: "at football matches in Glasgow", never only "in Glasgow" or nothing
    occasion = next((m for m in (_OCCASION.search((t or "").strip().rstrip(".?!")) for t in (frame.subject, frame.text))
                     if m and subject and m.group("at").lower() not in subject.lower()), None)
    if occasion and not (place and place.lower() not in occasion.group("at").lower()) \
            and not re.search(r"(?i)\b(?:spy|spying|watch\w*|monitor\w*|track\w*|covert\w*|secret\w*)\b", occasion.group("at")):
        place, place_prep = occasion.group("at").strip(), occasion.group("prep").lower()
    for entry in spec.replace:
        kind = str(entry.get("kind", ""))
        if kind not in kinds() or (no_overt and entry.get("overt")):
            continue  # "overt use of IMSI catchers" is not a thing to ask for
        # nx79: deployments are counted where they happened; the policy, the DPIA, the spend and the contracts are
        # the force's own, never a town's ("the total spent on drones in Bolton" is no record a force keeps)
        local = kind == "count"
        head, overt = str(entry.get("head", "")).strip(), bool(entry.get("overt"))
        if spec.recorded_use and re.search(spec.recorded_use, subject or "", re.IGNORECASE):
            # nf94 (nc94 #5): run on footage: searches, never "overt deployments"
            head, overt = (spec.recorded_head if head else head), False
        q = Qualifiers(breakdown=entry.get("breakdown"), place=place if local else None,
                       place_prep=place_prep, overt=overt,
                       period=frame.qualifiers.period)
        new = Frame(kind=kind, subject=subject, qualifiers=q, source=frame.source, head=head)
        if new.head:
            new.head += " "
        new.text = render_frame(new)
        # lead40: a tactic with no overt use named in the person's own words ("those phone tracking things, stingrays"):
        # the replacement is judged as about that tactic, so "the total spent on phone tracking" is no fix for IMSI
        # catchers (forces neither confirm nor deny their spend or contracts either)
        # ck53: every such tactic the part names is judged ("imsi catchers that track phones": the IMSI catchers), but
        # an act the subject already restates as a noun ("track mobile phones": "mobile phone tracking") is the
        # subject itself, so its policy, spend and contracts are offered (it has no overt deployments to offer)
        probes = [new.text]
        if tactic is not None and subject:
            from askfoi.checks import _TACTIC_ACT

            named = [m.group(0) for m in spec.no_overt.finditer(f"{frame.subject or ''} {frame.source}")]
            probes = [re.sub(rf"(?i)\b{re.escape(subject)}\b", lambda _m, t=t: t, new.text)
                      for t in named if not _TACTIC_ACT.match(t)] or probes
        if not total_answered(new) and any(any(f.code == "ncnd-risk" for f in check_request(probe).findings)
                                           for probe in probes):
            continue  # a replacement the checks would flag again is no fix (cv99: a yearly total forces release is)
        out.append(new)
    return out


_MONTH_OR_DAY = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                           r"the\b|freedom\b|section\b|part\b|schedule\b|covert\b|overt\b)")


def _named_place(text: str) -> tuple[str, str] | None:
    """nx79: (place, preposition) for the last proper name a locative preposition puts the part in ("in Glasgow",
    "across Greater Manchester"), as the part's rendered words carry it; None when it names none. A month, a day or a
    name of the law after "in" is no place ("in March", "in Section 18")."""
    found = None
    for m in re.finditer(r"\b(in|across|within|around|throughout)\s+([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|upon|on|and)){0,3})",
                         text or ""):
        name = re.sub(r"\s+(?:upon|on|and)$", "", m.group(2))
        if not _MONTH_OR_DAY.match(name) and "\u00a7" not in name:
            found = (name, m.group(1))
    return found


def overt_limit_finding(parts: list[str], frames: list[Frame]):
    """ck31 (nu33 #2): a low finding for a part that asks whether the force uses a technology it deploys in public view
    ("does the met use live facial recognition"): the part stays as asked, and its fix (rewrite) limits it to overt use
    in the person's own frame; None when no part is such."""
    from askfoi.checks import Finding

    by_text = {f.text: f for f in frames if f.text}
    offered = [(k, by_text[p]) for k, p in enumerate(parts, 1) if p in by_text and by_text[p].overt_limit
               and not by_text[p].warning]
    if not offered:
        return None
    k, frame = offered[0]
    limited = {by_text[p].text: by_text[p].overt_limit for _, p in ((0, q) for q in parts) if p in by_text
               and by_text[p].overt_limit and not by_text[p].warning}
    new_parts = [limited.get(p, p) for p in parts]
    return Finding(code="overt-limit", severity="low", part=k, evidence=(frame.subject or "")[:120],
                   message=" ".join(render("frames/overt_limit.j2", subject=frame.subject).split()),
                   suggestion=render("frames/overt_limit_fix.j2", number=k, text=frame.overt_limit).strip(),
                   rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(new_parts, 1)))


def _other_kind_asked(text: str, police_known: bool) -> bool:
    """TEXT (one part) asks what a kind of body other than a police force did ("Has your council used facial
    recognition"), when no force is the addressee: the overt limit, which speaks of how forces deploy, is not offered."""
    if police_known:
        return False
    from askfoi.authorities import _kinds_named, normalise

    kinds = {k.value for k in _kinds_named(normalise(text or ""))}
    return bool(kinds) and "police" not in kinds


def _overt_use_only(finding, frames: list[Frame]) -> bool:
    """The check's ncnd-risk FINDING is about a part that now only offers the overt limit (its technology is deployed
    in public view and no covert use is asked): said once, by overt-limit."""
    if getattr(finding, "code", "") != "ncnd-risk":
        return False
    said = (getattr(finding, "evidence", "") or "").lower()
    offered = [f for f in frames if f.overt_limit and not f.warning]
    asked = [f for f in frames if f.warning]
    return bool(offered) and not asked and any(
        said and (said in (f.source or "").lower() or said in (f.subject or "").lower()
                  or (f.subject or "").lower() in said) for f in offered)


def _tactic_in(said: str) -> str | None:
    """The covert tactic or surveillance technology SAID names (knowledge/vocab/covert_terms.yaml, the checks'
    technologies), with the noun it qualifies ("undercover officers", never "undercover"); None when it names none."""
    from askfoi.checks import _technology_named

    _, terms = _covert()
    hit = terms.search(said) if terms is not None else None
    found = _technology_named(said) or (hit.group() if hit else None)
    if hit and found == hit.group():
        head = re.match(r"\s+(officers?|police(?:men|women)?|policing|operations?|operatives?|agents?|units?|"
                        r"deployments?|surveillance)\b", said[hit.end():], re.I)
        found = f"{found} {head.group(1)}" if head else found  # "undercover officers", never "undercover"
    return found


# the words that end a noun phrase's head: a preposition, a relative word or a participle after it
_HEAD_ENDS = re.compile(r"(?i)\s(?:of|for|on|in|into|about|by|over|to|with|at|from|against|under|that|which|who|"
                        r"made|given|paid|received|brought|used|carried|done)\b")


def _heads_phrase(subject: str, tactic: str) -> bool:
    """sp65: TACTIC stands in the head of SUBJECT (before its first preposition or relative: "facial recognition on
    body-worn cameras", "live facial recognition"), so the subject names the tactic itself."""
    end = _HEAD_ENDS.search(subject)
    head = subject[:end.start()] if end else subject
    first = tactic.split()[0]
    return bool(re.search(rf"(?i)\b{re.escape(first)}", head))


def _flag_covert(frame: Frame, scotland: bool) -> None:
    from askfoi.checks import asks_law_rules

    if asks_law_rules(frame.source or frame.text or ""):
        return  # cv100 (nc100 #5): "what rank of officer can authorise covert surveillance": public law, answerable
    spec, _ = _covert()
    sections = spec.sections_scotland if scotland else spec.sections
    frame.sections = list(sections)
    # fx46: a follow-on's subject names those of the earlier count ("people relating to the times mobile phone extraction
    # was used"): the warning and the overt parts offered are about the thing used, never "uses people relating to ..."
    related = re.match(r"(?i)^.+?\s+relating\s+to\s+(?:the\s+)?(?:times\s+)?(?P<thing>.+?)(?:\s+(?:was|were))?\s+used\s*$",
                       frame.subject or "")
    about = frame.model_copy(update={"subject": related.group("thing")}) if related else frame
    if about.kind == "shown_by":
        about = about.model_copy(update={"subject": None})  # lead53: its subject is a clause ("the undercover
        # officers are in climate protest groups"): the warning names the tactic, never "uses the officers are in ..."
    if not about.subject:
        # lead44 (nc50 #3): a part kept in the person's words has no subject of its own ("did the met police have
        # undercover officers in the just stop oil protests"): the tactic or technology it names, never "uses None"
        said = frame.source or frame.text or ""
        found = _tactic_in(said)
        if found:
            about = frame.model_copy(update={"subject": act_as_noun_in(said, found) or found, "kept_words": False})
    elif about.kind != "use":
        # sp65: a subject whose head is something else ("training for undercover officers", "complaints made about
        # covert surveillance"): the warning and the answerable parts are about the tactic, never "uses training for ..."
        said = " ".join(filter(None, (about.subject, about.clause)))
        found = _tactic_in(said)
        if found and not _heads_phrase(about.subject, found):
            about = about.model_copy(update={"subject": act_as_noun_in(said, found) or found, "clause": None})
    frame.replacements = covert_replacements(about, scotland=scotland) if about.subject else []
    # cv99 (nc99 #4): a tactic with no overt use whose yearly totals forces release (informants): the warning says so,
    # never "questions about overt use"
    totals = bool(frame.replacements) and all(total_answered(r) for r in frame.replacements)
    frame.warning = render("frames/covert_warning.j2", subject=about.subject or "this tactic", sections=sections,
                           scotland=scotland, no_overt=not frame.replacements, totals=totals,
                           offers=_offered_kinds(frame.replacements)).strip()


# lead46 (nc53 #3): what the covert warning says is usually answered names only what is offered in the part's place
# (phone tracking has no overt deployments to count: "the DPIA, the money spent, the contracts")
_OFFER_WORDS = {"count": "deployments", "policy": "the policy", "assessment": "the DPIA", "total_spend": "the money spent",
                "contracts": "the contracts"}


def _offered_kinds(replacements: list) -> str:
    words = list(dict.fromkeys(_OFFER_WORDS[r.kind] for r in replacements if r.kind in _OFFER_WORDS))
    return ", ".join(words)


# ck34: a policy asked in the same breath as a figure, joined by "and" inside the figure's subject or clause ("how many
# homeless applications were refused and the policy for deciding priority need"): a second record, never the count's
_POLICY_BESIDE = re.compile(r"(?i)[\s,]+and\s+(?:also\s+)?(?:the|any|your|its|their)\s+(?:polic(?:y|ies)|procedures?|guidance|"
                            r"criteria|strateg(?:y|ies))\s+(?:for|on|of|about|covering|used\s+(?:for|in|when))\s+(?P<on>\S.*?)\W*$")


def _record_kind_beside(framing: Framing) -> None:
    """ck34: a count or spend part whose subject or clause ends in "and the policy for Y" is cut there, and Y's policy
    becomes a part of its own, rendered from its frame (prompts/frames/policy.j2), right after it."""
    out: list[Frame] = []
    for part in framing.parts:
        out.append(part)
        if part.kept_words or part.kind not in ("count", "total_spend", "list", "statistics"):
            continue
        for field in ("clause", "subject"):
            m = _POLICY_BESIDE.search(getattr(part, field) or "")
            if m is None or not (getattr(part, field)[:m.start()].strip() or field == "clause"):
                continue
            setattr(part, field, getattr(part, field)[:m.start()].strip())
            part.text = render_frame(part)
            policy = Frame(kind="policy", subject=m.group("on"), source=part.source)
            policy.text = render_frame(policy)
            if not any(policy.text.lower() == p.text.lower() for p in framing.parts):
                out.append(policy)
            break
    framing.parts = out


def _warn_every_no_overt_part(framing: Framing) -> None:
    """ck34: when a part is warned about a covert tactic that has no overt use to ask about (IMSI catchers, informants:
    the warning says any question that names it gets the same answer), every other part that names that tactic ("The
    total amount spent on IMSI catchers." from "what did they cost?") carries the warning too, with its sections."""
    if not any(p.warning for p in framing.parts):
        return
    scotland = framing.regime in ("FOISA", "EISR")
    for part in framing.parts:
        if total_answered(part):
            continue  # cv99 (nc99 #4): what a force paid its informants each year is often released (the pack's counts)
        if not part.warning and not part.kept_words and no_overt_use(" ".join(filter(None, (part.subject, part.text)))):
            _flag_covert(part, scotland)
        elif not part.warning and part.kept_words and no_overt_use(part.text or ""):
            _flag_covert(part, scotland)


def _warn_every_covert_ask(framing: Framing, message: str = "") -> None:
    """lead53 (nc73 #13): a part of any shape that asks in so many words about covert use of a tactic or technology a
    police force answers with NCND ("is it on the body worn cameras too, including covertly?", read as the records
    showing whether) carries the covert warning with its sections and the overt parts offered, like the use part; only
    once the letter is already read as asking a force about covert policing (a part warned or the ncnd-risk check), when
    it goes to a police force or to no body yet, and never for a covert word that is a tactic's own name ("covert human
    intelligence sources")."""
    spec, terms = _covert()
    authority = getattr(framing, "authority", None)
    if terms is None or not spec.covert or authority is not None and getattr(authority, "known", False) \
            and getattr(getattr(authority, "type", None), "value", "police") != "police":
        return
    if not any(p.warning for p in framing.parts) and not any(getattr(f, "code", "") == "ncnd-risk" for f in framing.findings):
        return  # (merge fix) only where the letter is already read as asking a force about covert policing: every
        # other part asking covert use is warned alike, never a first warning the checks did not raise
    if (authority is None or not getattr(authority, "known", False)) and message:
        from askfoi.authorities import _kinds_named, normalise

        kinds = {k.value for k in _kinds_named(normalise(message))}
        if kinds and not kinds & {"police", "central_government", "other"}:
            return  # (merge fix) "does your local authority carry out covert ...": a council, never a force, is asked
    said_covert = re.compile(r"(?i)\b(?:%s)\b" % "|".join(re.escape(w) for w in spec.covert))
    scotland = framing.regime in ("FOISA", "EISR")
    for part in framing.parts:
        if part.warning or part.overt_only or part.qualifiers.overt:
            continue
        said = part.source or part.text or ""
        # sp61: the part's own words say what its source only points at ("do they use them to watch people covertly"
        # framed as "... the drones were used to watch people covertly"): the tactic is looked for in both
        said_all = f"{said} {part.text or ''}" if part.text and part.text not in said else said
        unnamed = spec.named.sub(" ", said_all) if spec.named is not None else said_all
        hit = terms.search(said_all)
        # sp61: or a surveillance technology the tactic terms do not name (drones), asked about covert use by the one
        # decision the check reads (technology_covert_use)
        if not said_covert.search(unnamed) or not (hit or technology_covert_use(said_all)):
            continue  # (merge fix) "covert human intelligence sources": the covert word is the tactic's name, not
            # covert use asked (ck29: what a force paid its informants is worth asking)
        # the tactic as an earlier warned part of this letter names it ("live facial recognition", never a shorter
        # "facial recognition" beside it), so the overt parts offered are the same ones, said once
        named = next((p.subject for p in framing.parts if p.warning and p.subject and not p.kept_words
                      and (hit.group().lower() in p.subject.lower() if hit else p.subject.lower() in said_all.lower())
                      and len(p.subject.split()) <= 6), None)
        probe = part.model_copy(update={"subject": named, "kept_words": named is None,
                                        "kind": "use" if named else part.kind})
        _flag_covert(probe, scotland)
        part.warning, part.sections, part.replacements = probe.warning, probe.sections, probe.replacements


def _ncnd_per_question(check, questions: list[str], name: str | None, period: str | None) -> None:
    """fx52 (nc51 #1, #2): the ncnd-risk check reads a sentence, and one sentence may join several questions ("does
    south wales police use drones to monitor protests in cardiff, how many drones they have and how much they spent on
    them"): the later ones (a count of drones, what they cost) read the whole as overt use and silence the warning the
    first question raises alone. So, when the whole message raises none, each question the reader found is checked on
    its own, and the first that raises it gives the message's finding (judged again on the parts like any other)."""
    if any(f.code == "ncnd-risk" for f in check.findings) or len(questions or []) < 2:
        return
    from askfoi.checks import check_request

    for question in questions:
        hit = next((f for f in check_request(question, name, period=period).findings if f.code == "ncnd-risk"), None)
        if hit is not None:
            check.findings.insert(0, hit)
            return


def _flag_kept_covert(framing: Framing, scotland: bool) -> None:
    """A part kept in the person's words that the checks warned about (an ncnd-risk finding whose evidence, the
    technology or tactic, stands in the part): flagged like a framed covert part, with the answerable frames about
    that technology offered in its place, so the warning's one-key fix rewrites it (nu17: the fix for "does Kent
    Police use drones to watch protests?" only went back to the parts)."""
    # lead46 (nc53 #3): the message's one ncnd-risk finding names one tactic ("undercover"); a kept part asking about
    # another ("do they track peoples phones at protests?") is judged on its own finding too
    from askfoi.checks import check_request

    name = framing.authority.name if framing.authority else None
    findings = [f for f in framing.findings if getattr(f, "code", "") == "ncnd-risk"]
    for part in framing.parts:
        if part.kept_words and not part.warning and not any(
                (getattr(f, "evidence", "") or "").strip(" .,;:?!\"'").lower() in part.text.lower() for f in findings):
            findings += [f for f in check_request(part.source or part.text, name).findings if f.code == "ncnd-risk"]
    for finding in findings:
        if getattr(finding, "variant", None) == "no_overt_totals":
            continue  # cv99: "what have they spent on paying informants each year": the totals forces release, asked
        tech = (getattr(finding, "evidence", "") or "").strip(" .,;:?!\"'")
        from askfoi.ncnd_topics import online_watching

        # nx85: watching people's social media, however long the words ("monitoring people round here on instagram")
        online = bool(tech) and any(online_watching(p.text) and tech.lower() in p.text.lower() for p in framing.parts
                                    if p.kept_words)
        if not tech or (len(tech.split()) > 4 and not online):
            continue
        from askfoi.checks import _technology_named

        _, terms = _covert()
        if not (terms is not None and terms.search(tech)) and not _technology_named(tech) and not online:
            continue  # ck15: no tactic or technology ("counter-radicalisation", "national security"): nothing has an overt use
        for part in framing.parts:
            if not part.kept_words or part.warning or not re.search(rf"(?i)\b{re.escape(tech)}\b", part.text):
                continue
            from askfoi.checks import check_request

            name = framing.authority.name if framing.authority else None
            if not any(f.code == "ncnd-risk" for f in check_request(part.source or part.text, name).findings):
                continue  # nu22: "what did the drones cost?" names the technology but asks what it cost, not its covert use
            # nu23: the technology the part names is what the answerable frames are about ("ANPR"), never the covert
            # words the warning quoted ("track protesters": "overt deployments of track protesters")
            if not _technology_named(part.text) and re.match(r"(?i)(?:monitor|track|watch|follow|spy|surveillance\s+of)", tech):
                continue  # ck30: what was done to whom ("watch protesters") is no thing with an overt use to ask about
            # fc49: a verb with its object ("track phones") is named as a noun phrase by its structure ("phone tracking":
            # askfoi/ncnd_topics.py act_as_noun), so the offers read "the overt use of phone tracking"
            # sp65: the check's evidence runs on past the tactic ("covert cameras kent police"): the tactic it names
            tactic = _tactic_in(tech)
            named = _technology_named(part.text) or tactic or tech
            shadow = Frame(kind="use", subject=act_as_noun_in(part.text, named) or named, source=part.source or part.text,
                           qualifiers=part.qualifiers.model_copy(update={"covert": True}),
                           text=part.text)  # cv99: the occasion the part names ("at football matches") is counted
            spec, _ = _covert()
            replacements = covert_replacements(shadow, scotland=scotland)
            if not replacements:
                continue  # nothing answerable to offer: the checks' warning stands alone
            part.sections = list(spec.sections_scotland if scotland else spec.sections)
            part.replacements = replacements
            # fc49 (the lead's decision, issues 8.3 and 9.3): a technology's warning says what is usually answered (overt
            # use) and what is neither confirmed nor denied (covert use), as a framed covert part's does
            part.warning = render("frames/covert_warning.j2", subject=shadow.subject, sections=part.sections,
                                  scotland=scotland, offers=_offered_kinds(replacements)).strip() \
                if _technology_named(part.text) or tactic else finding.message


def replace_covert(framing: Framing, period: str | None = None) -> Framing:
    """FRAMING with every part flagged as covert replaced by its answerable frames (the one-key fix)."""
    parts: list[Frame] = []
    seen = set()
    for part in framing.parts:
        for new in (part.replacements if part.warning else [part]):
            if part.warning:
                new = new.model_copy(deep=True)
                new.text = render_frame(new, None)
            key = new.text.lower()
            if part.warning and any(_same_ask(new, other) for other in framing.parts if not other.warning):
                continue  # the letter already asks it ("the number of times the vans were used"): not twice
            if key not in seen:
                seen.add(key)
                parts.append(new)
    out = framing.model_copy(deep=True)
    out.parts = parts
    out.findings = [f for f in framing.findings if getattr(f, "code", None) != "ncnd-risk"]
    return out


def max_parts() -> int:
    """(ck22) The most parts a letter has before the cost-limit warning fires (checks.yaml too-many-questions)."""
    from askfoi.checks import _compiled

    check = next((c for c in _compiled()[0] if c.spec.kind == "parts" and c.spec.max_parts), None)
    return check.spec.max_parts if check is not None else 5


_COUNTS_USE = re.compile(r"(?i)\b(?:how\s+many\s+times|how\s+often|the\s+number\s+of\s+(?:times|occasions|deployments)|"
                         r"on\s+how\s+many\s+occasions|how\s+many\s+(?:deployments|occasions))\b")


def covert_fix(parts: list[str], replacements: dict[str, list[Frame]], frames: list[Frame] | None = None) -> list[str]:
    """(ck22) PARTS (the letter's texts) with each covert part (a key of REPLACEMENTS) replaced by its answerable
    frames, in its place, as a fix that never makes the letter longer than the cost-limit check allows: a frame that
    another part already asks (the person's own count of the times it was used is their count of deployments) is
    left out, and the frames are taken in their order (deployments, policy, DPIA, spend, contracts) only while the
    letter stays within `max_parts`. The person's own parts are always kept."""
    others = [p for p in parts if p not in replacements]
    room = max(0, max_parts() - len(others))
    by_text = {f.text: f for f in frames or []}
    spec, _ = _covert()
    out: list[str] = []
    for part in parts:
        if part not in replacements:
            out.append(part)
            continue
        subject_words = set()
        for r in replacements[part]:
            subject_words |= set(re.findall(r"[a-z]{4,}", (r.subject or "").lower()))
        taken: list[str] = []
        for r in replacements[part]:
            text = render_frame(r, None)
            # cv99 (nc99 #4): only a count of the times it was used is that count; "The number of drones" counts the
            # drones, and leaves the deployments at the occasion asked about to be counted
            if r.kind in ("count", "statistics") and any(
                    (_COUNTS_USE.search(o) or (by_text.get(o) is not None and by_text[o].kind == "count"
                                               and (by_text[o].times or by_text[o].qualifiers.uses_counted)))
                    and len(set(re.findall(r"[a-z]{4,}", o.lower())) & subject_words) >= min(2, len(subject_words))
                    for o in others):
                continue  # "how many times did they use them": the person's own count of the deployments, kept
            # cv99: deployments counted are not the things counted ("The number of drones." is no count of deployments)
            if any(_same_ask(r, f) and (r.head or "").strip() == (f.head or "").strip()
                   for f in (by_text.get(o) for o in others) if f is not None):
                continue
            if r.kind in spec.spend_overlaps and any(
                    f.kind == "total_spend" and _same_ask(r.model_copy(update={"kind": "total_spend"}), f)
                    for f in (by_text.get(o) for o in others) if f is not None):
                continue  # cv99: a contract's value beside the total spent on the same thing asks for the money twice
            # cv99 (nc99 #4): beside other parts, one covert part becomes at most two (the overt form of what was asked
            # first), never three general parts in place of one question; alone, it is the request, and gets them all
            # (merge fix: beside one other part - the exemplar's "and which companies supply it" - the covert part still
            # gets the full set issue 8 names; the cap is for a letter that already asks two or more things of its own)
            if len(taken) < (min(max(room, 1), 2) if len(others) >= 2 else max(room, 1)) and text not in out and text not in taken:
                taken.append(text)
        room -= len(taken)
        out.extend(taken)
    return list(dict.fromkeys(out))


def _same_ask(a: Frame, b: Frame) -> bool:
    """Two parts that ask for the same kind of record about the same thing (most of their subject words shared)."""
    if not a.kind or a.kind != b.kind:
        return False
    words = [set(re.findall(r"[a-z]{3,}", (f.subject or f.text or "").lower())) - {"the", "and", "use", "overt"} for f in (a, b)]
    if not words[0] or not words[1]:
        return False
    return len(words[0] & words[1]) / min(len(words[0]), len(words[1])) >= 0.6


_NEGATIONS = frozenset("not no never without none nobody".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


@functools.lru_cache(maxsize=1)
def _detail_vocab() -> tuple[frozenset[str], frozenset[str]]:
    data, _ = load_vocab("detail_words")
    data = data if isinstance(data, dict) else {}
    stops, _ = load_vocab("match_stopwords")
    ignore = {str(w).lower() for w in data.get("ignore") or []}
    for group in stops if isinstance(stops, list) else []:
        ignore.update(str(w).lower() for w in (group if isinstance(group, list) else [group]))
    return frozenset(ignore), frozenset(str(k) for k in data.get("paraphrase_kinds") or [])


@functools.lru_cache(maxsize=64)
def _kind_says(kind: str) -> frozenset[str]:
    """cx39: the words of a question a kind's template says in words of its own (detail_words.yaml kind_says)."""
    data, _ = load_vocab("detail_words")
    said = ((data or {}).get("kind_says") or {}).get(kind) if isinstance(data, dict) else None
    return frozenset(str(w).lower() for w in said or [])


@functools.lru_cache(maxsize=16384)
def _lemmas(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas

    out = {word}
    for forms in getAllLemmas(word).values():
        out.update(f.lower() for f in forms)
    if word.endswith("s") and len(word) > 3:
        out.add(word[:-1])
    return frozenset(out)


def lost_details(frame: Frame, authority: str | None = None, *, today: date | None = None) -> list[str]:
    """Content words of FRAME's question that its part leaves out ("home educated" in "how many pupils
    in york were home educated", "killed" in "how many foxes did the team kill"), in order. Words that
    name the organisation, the period, the kind of record or the question itself are not details; kinds
    that say the question in their own words by design (reasons, use, contracts...) lose nothing."""
    ignore, paraphrase = _detail_vocab()
    if frame.kept_words or not frame.source or not frame.text:
        return []
    if frame.kind in paraphrase and not _names_records(frame.source):
        return []  # a formal item that names its records ("the minutes of the meeting at which ...") keeps them
    from askfoi.periods import hedged_span

    # nx76: "say from march last year to now": the loose word is the period's, no detail of what is asked
    source = _mask(frame.source, [hedged_span(frame.source, s) for _, _, s in find_periods(frame.source, today=today)], " ")
    if frame.kind == "assessment" and frame.qualifiers.fields:
        source = _BEFORE_USE.sub(" ", source)  # nx76: "... before they started" is asked as the assessment's date
    source = re.sub(r"(?i)n[\'\u2019]t\b", " not", source)  # "weren't" -> "were not": a negation is a detail
    source = re.sub(r"(?i)\s*\((?:for\s+example|for\s+instance|e\.?g\.?|such\s+as|i\.?e\.?|including)\b[^)]*\)", " ", source)
    source = strip_opener(source)
    if "on the date of this request" in frame.text:  # lead57: "right now", "at the moment" are said by that date
        source = re.sub(r"(?i)\b(?:right\s+now|at\s+the\s+moment|at\s+present|currently|as\s+of\s+now|now|today|nowadays|"
                        r"these\s+days)\b", " ", source)
    if frame.kind == "total_spend":  # lead57: "how much did it cost us taxpayers to put up ...": who bore it is no detail
        source = re.sub(r"(?i)\bcost\s+(?:[a-z']+\s+){1,3}?(?=to\s+[a-z]+)", "cost ", source)
    said: set[str] = set()
    for w in re.findall(r"[a-z&]+", frame.text.lower()):
        said |= _lemmas(w)
    named = set(re.findall(r"[a-z]+", (authority or "").lower()))
    if frame.qualifiers.breakdown:
        said |= {"each", "every", "per", "individual", "separate", "separately"}  # fr15a: "for every financial year" is
        # said by "broken down by financial year"
    if frame.kind == "savings":  # fr26: "the savings made by ..." says "how much did X save"
        said |= {"save", "saves", "saved", "saving", "money"}
    said |= _kind_says(frame.kind)  # cx39: "the findings of" says "what were the results of
    if re.search(r"(?i)\breceived\b", frame.text):  # lf58: "received" says what "went" or "was referred" to the body
        said |= {m.group(1).lower() for m in re.finditer(rf"(?i)\b({_SENT_VERBS})\s+(?:up\s+|on\s+|over\s+)?to\b", source)}
    if _says_covert(frame.text):  # "covert use of ..." says "secretly" and "in secret" too
        said |= {w.lower() for w in _covert()[0].covert}
    from askfoi.part_safety import phrase_says

    said |= phrase_says(frame.text)  # nx97: "absent from work" says "off sick"
    if re.search(r"(?i)\bresolved\b", frame.text or ""):
        data, _ = load_vocab("detail_words")
        for w in (data.get("repair_participles") or []) if isinstance(data, dict) else []:
            said |= {str(w).lower(), *_lemmas(str(w).lower())}  # lead41: "complaints fixed" said as "resolved"
    fixes = dict(suggest_spelling(source))
    lost: list[str] = []
    told = set(re.findall(r"\d+", frame.text))
    lost += [n for n in re.findall(r"\d+", re.sub(r"(?i)\b(?:19|20)\d\d\s*/\s*\d\d\b", " ", source)) if n not in told]
    for w in re.findall(r"[a-z&]+", source.lower()):
        if w in _NEGATIONS and w not in said and w not in lost:
            lost.append(w)  # "how many bins were not collected": without "not" the part asks the opposite
            continue
        if len(w) < 3 or w in ignore or w in named or _lemmas(w) & named or w in _MONTHS or w in lost:
            continue
        if fixes.get(w, w) in ignore or _lemmas(w) & said or _lemmas(fixes.get(w, w)) & said:
            continue
        if frame.clause.startswith("resulting from ") and effect_verb(w):
            continue  # fr14b: "led to" said as "resulting from"
        lost.append(w)
    return lost


# lead40 (nc43 #3): "under 18s", "under-16s", "over 65s": an age group, counted as people, never a preposition
_AGE_GROUP = re.compile(r"(?i)(?:under|over)[\s-]?\d{1,2}(?:'?s)\b")


def _embedded_count(text: str) -> str:
    """"(please tell me) how many fires the service attended at waste sites": a count said as a clause after
    an opener, not a question; written "the number of fires the service attended ...". A real question
    ("how many fires did the service attend") is left as it is."""
    m = re.match(r"(?i)(?:please\s+)?(?:(?:tell|let)\s+me(?:\s+know)?|i\s+(?:would\s+like\s+to|want\s+to|wish\s+to)\s+know)?\s*how\s+many\s+(.+)$",
                 text.strip().rstrip("?"), re.S)
    if not m:
        return text
    words = re.findall(r"[\w'&-]+", m.group(1))
    if words and words[0].lower() in _PREPS and words[0].lower() != "of" and not _AGE_GROUP.match(m.group(1)):
        # lead38: "how many on the list": the things counted are left unsaid; the question gets its verb, never "the
        # number of on the list"
        return re.sub(r"(?i)\bhow\s+many\s+", "how many are ", text.strip(), count=1)
    if len(words) < 3 or words[0].lower() in _AUX | {"of", "times"} or any(w.lower() in _AUX | {"will", "can", "would", "could"} for w in words[1:]):
        return text  # "how many were paid", "how many fires did ... attend": a question
    from askfoi.part_gate import finite_in_subject

    if finite_in_subject(m.group(1)):
        # fx50 (nc49 #3) / fix44a: "how many teachers left the trust's schools": the things counted did it (a verb in
        # the past with its object straight after them): a real question as typed, kept so (never "the number of
        # teachers left ...", and no relative word of askfoi's own inside the person's words: fr14b)
        return text
    if not any(w[:1].isupper() or w.lower() in ("the", "you", "they", "it", "your", "its") for w in words[1:3]):
        return text  # no one who did it named after the things: not a clause
    return "the number of " + m.group(1).strip().rstrip("?") + "."


def keep_words(question: str) -> Frame:
    """The person's question kept whole, as they chose ("keep my words")."""
    from askfoi.kept_questions import finish_sentence, invert_embedded, tidy_words

    whole = re.sub(r"\s+", " ", question or "").strip(" ;,")
    source = tidy_words(re.sub(r"\s+", " ", strip_opener(question)).strip(" ;,"))  # fr5: askfoi/kept_questions.py
    if _subject_dropped(source) and len(whole) > len(source) + 2 and not _subject_dropped(whole):
        # fr9c: "(Perhaps the council) can provide us with ...", "(Can I also) have any documents ...": taking the
        # opener off left a verb with no subject; the question is kept whole instead
        from askfoi.kept_questions import drop_reason, fix_informal

        source = fix_informal(drop_reason(re.sub(r"(?i)^\W*(?:and|but|so|perhaps|maybe|also)\b[\s,]*", "", whole) or whole))
    source = _embedded_count(source)  # "how many X the council did" as the noun phrase "the number of X the council did"
    if invert_embedded(source) != source:
        # fr14b: an embedded question left after its lead-in ("how many trees the council cut down", "how long the
        # longest family has been there") is never reordered into a question of askfoi's own making: the letter's
        # lead-in goes before the person's words, which stay as typed
        source = "please tell me " + source
    # "if so, please provide ..." is a follow-up, already a sentence; "whether the council holds ..." is not
    asked_if = re.match(r"(?i)(?:whether|if)\s+(?!(?:so|yes|not|applicable|appropriate|possible|relevant)\b)", source)
    polite = re.match(r"(?i)if\s+you\s+(?:could|would|can)\s+(?:please\s+)?(?=[a-z]+\b)", source)
    if polite and _base_verb(source[polite.end():].split()[0].lower()):
        # fr10c: "(I would be grateful) if you could give me the figures": a request, no condition nor yes/no question
        source = "please " + source[polite.end():]
    elif asked_if and not _conditional(source):  # "whether the council holds ..." / "if the council holds ..." alone is not a sentence
        source = "please confirm whether " + source[asked_if.end():]
    text = tidy_kept(finish_sentence(capitalise_names(_capitalise_places(source)) or ""))
    text = _writer_end_marks(whole, text)
    return Frame(kind="kept", subject=None, source=source, text=text, kept_words=True)


_SUBJECTS = r"(?:i|we|you|he|she|it|they|there|this|that|these|those|the|a|an|any|all|each|every|some|no|your|our|my|its|their)"


def _subject_dropped(text: str) -> bool:
    """Whether TEXT starts with a verb that has lost its subject: a modal straight before a verb ("can provide us
    with a breakdown"), or "have" straight before its object with no participle after ("have any documents that
    discuss this letter"), never a question ("can the council say", "have any fines been paid")."""
    if re.match(rf"(?i)^\W*(?:can|could|will|would|may|might|shall|should|must)\s+(?!{_SUBJECTS}\b|not\b|n't\b)[a-z]+\b", text) \
            and not re.match(r"^\W*(?:can|could|will|would|may|might|shall|should|must)\s+[A-Z]", text.strip()[:1].lower() + text.strip()[1:]):
        return True
    have = re.match(r"(?i)^\W*(?:have|has)\s+(?:any|a|an|the|copies|copy|sight|access)\b", text)
    return bool(have) and not re.search(r"(?i)\b(?:been|got|received|made|had|[a-z]{3,}ed|[a-z]+en)\b", text[have.end():])


def _conditional(text: str) -> bool:
    """Whether TEXT ("if X, ...") is a condition before a main clause of its own ("If a restriction is applied for,
    what checks are made?", "If you do, please disclose ...", "if so, ..."), not a yes/no question ("if the council
    holds a register") that "please confirm whether" can open."""
    if re.match(r"(?i)\W*if\b[^,;?]*?\b(?:(?:what|why|which|who|when|where|how)\s+(?:was|were|is|are|did|does|do|has|have|"
                r"had|can|could|will|would)|please\s+[a-z]+)\b", text):
        return True  # fr10c: "If this phase was not completed on time what were the reasons?": a condition, no comma
    if re.match(r"(?i)\W*if\s+[a-z]+\s*,", text):
        return True  # "If recorded, the outcome categories ...": a condition on one field
    if re.match(r"(?i)\W*if\b[^,;?]*?\s(?:i|we)\s+(?:would|will|can|could|am|shall|should|may)\b", text) or re.match(
            r"(?i)\W*if\b[^,;?]*?\b(?:would|will|is|are|does|do|can|could|should)\s+(?:this|that|it|they|there)\s+(?:not\s+)?[a-z]+",
            text) and not re.match(r"(?i)\W*if\s+(?:this|that|it|they|there)\b", text):
        return True  # "If you hold them I would be grateful ...", "If every home had lights would this not ...": a main clause
    # fx99 (fx97 Dudley vascular: "If the centre declared a positive result ..., then l request copies of ..."):
    # ", then" separates the condition from its main clause as "then" alone does
    m = re.match(r"(?i)\W*(?:if|whether)\b[^,;]*?(?P<sep>,\s*then\b|,|\bthen\b)\s*(?P<rest>.+)$", text)
    if not m:
        return False
    rest = m.group("rest")
    first = (re.findall(r"[a-z]+", rest.lower()) or [""])[0]
    from askfoi.sentence_acts import _head_of_noun_phrase

    if m.group("sep") == "," and re.match(r"(?i)\W*if\b", text) and _head_of_noun_phrase(re.findall(r"[a-z']+", rest.lower())):
        return True  # cx41: "If the scheme is subcontracted, the names of the companies ...": the main clause names it
    if m.group("sep") == "," and re.match(r"(?i)\W*if\b", text) and first not in ("and", "or") and _base_verb(first):
        return True  # "If your school uses other categories, list these instead": an imperative after the condition
    if m.group("sep").lower().lstrip(", ") == "then" and re.match(r"(?i)\W*if\b", text):
        return True  # "If stations are being closed then surely ...": a main clause follows "then", no yes/no question
    return sentence_mood(rest) is not None or bool(re.match(
        rf"(?i)\W*(?:and\s+)?(?:(?:can|could|may|might|should|would|will|do|does|did)\s+(?:i|we)\b|(?:i|we)\s+|please\b)", rest))


def _writer_end_marks(whole: str, text: str) -> str:
    """TEXT (a kept question as rendered) with each sentence's end mark as the person wrote it in WHOLE (fr9c): a
    question they ended "?" keeps it unless its main clause is a request ("Please provide ...?" -> "."); a sentence
    they ended "." gets "?" only when its main clause asks ("In 2023 how many ... were." -> "?"). Sentences are
    matched one by one when the two have as many; else only the last."""
    def pieces(t: str) -> list[str]:
        return [x for x in sentence_ends.split(r"(?<=[.?!])\s+(?=[A-Z\"'\u2018\u201c(])", t.strip()) if x]

    said, out = pieces(whole), pieces(text)
    if not said or not out:
        return text
    pairs = list(zip(said, out)) if len(said) == len(out) else [(said[-1], out[-1])]
    start = 0 if len(said) == len(out) else len(out) - 1
    for k, (mine, made) in enumerate(pairs, start=start):
        mark, now = mine.rstrip(" )\"'\u2019\u201d")[-1:], made[-1:]
        if mark == "?" and now == "." and sentence_mood(made) != "tell" and not re.match(r"(?i)\W*please\b", made) \
                and (sentence_mood(made) == "ask" or _ASKS_ANY.match(made) or _ASKS_INSIDE.search(made)):
            out[k] = made[:-1] + "?"
        elif mark == "." and now == "?" and sentence_mood(made) != "ask" and not _ASKS_ANY.match(made) \
                and not _ASKS_INSIDE.search(made):
            out[k] = made[:-1] + "."
    return " ".join(out)


_ASKS_INSIDE = re.compile(  # a question inside a sentence that opens otherwise ("After all, ... what has the £10,500
    # been spent on", "with all this in place - what is the need of ..."); no relative "who"/"which"/"where"
    r"(?i)\b(?:what|why|how\s+(?:many|much|long|often|far))\s+(?:[\w'\u00a3,.-]+\s+){0,4}?(?:did|does|do|was|were|is|are|has|"
    r"have|had|can|could|will|would)\b|[,;:\u2013-]\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|"
    r"should)\s+(?:the|it|they|there|this|that|these|those|you|we|i|any)\b")
_ASKS_ANY = re.compile(r"(?i)^\W*(?:how|what|which|who|whom|whose|why|when|where|is|are|was|were|do|does|did|has|have|had|"
                       r"can|could|will|would|should|may|might|shall)\b")


_LABEL = re.compile(  # a list label left in front of a kept question: "13)How", "1.a.", "[2]", "1]", "2- ", "1.3.",
    # "Request 1", "Question 4:", "PART (2)" (never a figure: "2 officers", "1.5 million", "2019/20")
    r"(?i)^\W{0,2}(?:(?:request|question|part|item|q)\s*(?:\(\d{1,2}\)|\d{1,2}[a-z]?)\s*[:.)\]-]?\s+"
    r"|\[\d{1,2}\]\s*|\(\d{1,2}\)\s*|\d{1,2}(?:\.\d{1,2})*(?:\.?[a-z])?(?:[.)\]:]|\s*-(?!\d))(?=\s*[A-Za-z])\s*)")
_CLOSED = frozenset("if when where whether what which who how why given the a an this that these those there it they "
                    "we in on at of for to by with from during since after before between of and or but".split())
_LEADING_PHRASE = re.compile(r"(?i)^\W*(?:in|for|during|over|within|across|at|from|since|of|by|on|between|regarding|"
                             r"with\s+regards?\s+to|as\s+of|as\s+at)\b")
_WH_CLAUSE = re.compile(r"(?i)\bhow\s+(?:many|much|long|often|far)\b|\b(?:what|which|who|when|where)\s+(?:[\w'-]+\s+){0,4}?"
                        r"(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\b")
_ASK_START = re.compile(r"(?i)^\W*(?:how|what|which|who|whom|whose|why|when|is|are|was|were|do|does|did|has|have|had|"
                        r"can|could|will|would|should)\b")
_TELL_START = re.compile(r"(?i)^\W*(?:please|kindly|provide|send|list|give|supply|state|confirm|disclose|advise|detail|"
                         r"identify|outline|share|forward|release|indicate|specify|describe|include|break\s+down)\b"
                         r"|^[^?]*?,\s*(?:please|kindly)\s+[a-z]+")


def sentence_mood(sentence: str) -> str | None:
    """"ask" when SENTENCE's main clause is a question ("How many ...", "In 2023 how many ... were"), "tell" when
    it is a request ("Please provide ...", "Where a trial took place, please provide ..."), else None (a noun
    phrase or a statement: its end mark is left as written)."""
    sentence = re.sub(r"(?i)^\W*(?:and\s+)?if\s+(?:so|yes|not|applicable)\s*,?\s*", "", sentence)  # "If so, ..."
    if _TELL_START.search(sentence):
        return "tell"
    if _ASK_START.match(sentence) or (_LEADING_PHRASE.match(sentence) and _WH_CLAUSE.search(sentence)) \
            or re.match(r"(?i)^\W*(?:under|in|at|by|for|from|with|on)\s+(?:what|which|whose|how\s+many)\b", sentence):
        return "ask"
    return None


_DOUBLED = re.compile(r"(?i)\b([a-z][a-z'-]{2,})(?:\s+\1\b)+")
_MAY_DOUBLE = frozenset("that had".split())  # "that that", "had had" can be English


def _undoubled(text: str) -> str:
    """TEXT with a word written twice in a row once ("the cancer operations operations", left where a reference was
    written out): no careful letter doubles a word."""
    return _DOUBLED.sub(lambda m: m.group(0) if m.group(1).lower() in _MAY_DOUBLE else m.group(1), text)


_ITEM_START = re.compile(r"(?:(?<=[,:;]\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\bby\s)|(?<=\bvs\s)|(?<=\bvs\.\s))"
                         r"([A-Z][a-z][a-z'-]+)(?=\s+(?!(?:and|or|nor)\b)[a-z])")  # an item with words after it, not a name alone


def _flattened_capitals(text: str) -> str:
    """TEXT with the capitals of list items run into one sentence written small ("by Asymptomatic vs symptomatic and
    Rejected due to ...", "regarding: A&E performance, Investment into ..."): a common word that opens an item after
    a comma, a colon, "and"/"or"/"by" keeps its capital only as a name. Only where the items show a list: two such
    capitals, or one in a list a colon opens."""
    from lemminflect import getAllLemmas
    from askfoi.spelling import _known, name_words

    def common(word: str) -> bool:
        low = word.lower()
        return not (low in name_words() or low in _place_names() or low in _proper()[0] or low in _type_words()
                    or low in _CLOSED) and (bool(getAllLemmas(low)) or _known(low)) and "PROPN" not in getAllLemmas(low)

    hits = [m for m in _ITEM_START.finditer(text) if common(m.group(1))]
    listed = [m for m in hits if ":" in text[: m.start()] and "," in text[text.index(":"):]]
    if len(hits) < 2 and not listed:
        return text
    out = text
    for m in reversed(hits):
        out = out[: m.start(1)] + m.group(1)[:1].lower() + out[m.start(1) + 1:]
    return out


def tidy_kept(text: str) -> str:
    """A kept question's text tidied by its grammar, not its wording: a list label left in front comes off
    ("13)How many ...", "Request 1 That ..."); each sentence ends as its main clause asks ("?" for a question,
    "." for a request: "Please share the figure ...?" -> "."); a small word given a capital after a joining word
    inside the sentence ("... and If yes", "and The total") is written small again."""
    if not text:
        return text
    label = _LABEL.match(text)
    if label and len(text) > label.end() + 3:
        text = text[label.end():]
        text = text[:1].upper() + text[1:]
    that = re.match(r"(?i)that\s+you\s+(?:please\s+)?(?=[a-z]+\b)", text)
    if that and _TELL_START.match("please " + text[that.end():]):  # "(I request) that you list ...": a request
        text = "Please " + text[that.end():]
    text = _flattened_capitals(_undoubled(text))
    text = re.sub(r"(?<=\b(?:and|but)\s)([A-Z][a-z]+)\b",
                  lambda m: m.group(1).lower() if m.group(1).lower() in _CLOSED else m.group(1), text)
    pieces = sentence_ends.split(r"(?<=[.?!])(\s+)(?=[A-Z])", text)
    for k in range(0, len(pieces), 2):
        piece = pieces[k]
        if not piece or piece[-1] not in ".?" or re.search(r"(?i)\b(?:e\.g|i\.e|etc|approx|no)\.$", piece) \
                or re.search(r"(?:^|\s)\(?\w{1,2}[.?]$", piece) or re.search(r"(?:^|\s)\(?(?:[A-Za-z]\.){2,}$", piece):
            continue  # (an abbreviation, or a list label "2a." that ends the piece: no sentence ends there)
        mood = sentence_mood(piece)
        if mood == "ask" and piece.endswith("."):
            pieces[k] = piece[:-1] + "?"
        elif mood == "tell" and piece.endswith("?"):
            pieces[k] = piece[:-1] + "."
    return "".join(pieces)


_ELLIPTIC_COUNT = re.compile(r"(?i)^\W*(?:and\s+|also\s+|so\s+)?how\s+many\s+(?:have|has|had|did|do|does|were|was|are|is|will)\b")


def _fill_elliptic_counts(parts: list[Frame], found: AuthorityFound | None = None) -> list[Frame]:
    """lead33: a kept "how many have they seized" after a framed part about off road bikes in Mansfield counts those
    things (the subject before, without its place), never a count that names nothing."""
    from askfoi.questions import fill_heads

    out = list(parts)
    for k, part in enumerate(out[1:], start=1):
        before = out[k - 1]
        if not (part.kept_words and not before.kept_words and before.subject and _ELLIPTIC_COUNT.match(part.source or "")):
            continue
        things = re.split(r"(?i)\s+(?:in|at|on|near|around|across|within|for|by|from|during|since)\s+", before.subject)[0]
        if is_plural(things) and not re.search(r"(?i)\b(?:they|it|them|this|that|these|those|what|how|which|who)\b", things):
            filled = fill_heads([f"how many {things}", part.source], fill_all=True)[1]
            if filled != part.source:
                from askfoi.kept_questions import body_pronouns, body_short

                short = body_short(found.name) if found else None
                text = keep_words(filled).text
                out[k] = part.model_copy(update={"source": filled, "text": body_pronouns(text, short) if short else text})
    return out


def _kept_finished(parts: list[Frame], found: AuthorityFound | None) -> list[Frame]:
    """PARTS with each kept part one question (`_unglued`) and "they/them/their" in it that can only mean the
    body FOUND written as its short name ("the council"; askfoi/kept_questions.py `body_pronouns`)."""
    from askfoi.kept_questions import body_pronouns, body_short

    from askfoi.questions import fill_heads

    short = body_short(found.name) if found else None
    out = _unglued(parts)
    for k, part in enumerate(out[1:], start=1):
        before = out[k - 1]
        head = re.split(r"(?i)\s+(?:in|at|on|near|around|across|within|for|by|from|during|since|of)\s+", before.subject or "")[0]
        if part.kept_words and not before.kept_words and before.kind in ("count", "statistics") and before.subject \
                and is_plural(head):
            # "how many complained about damp" after the part that counts the tenants: "how many tenants complained ..."
            # (lead38: only things that can be counted: never "how many waiting time" after statistics on waiting time)
            filled = fill_heads([f"how many {before.subject}", part.source], fill_all=True)[1]
            if filled != part.source:
                out[k] = part.model_copy(update={"source": filled, "text": keep_words(filled).text})

    for k, part in enumerate(out):
        if not part.kept_words:
            continue
        before = out[k - 1] if k else None
        things = before.subject if before is not None and not before.kept_words and before.kind in ("count", "statistics") \
            and before.subject and is_plural(before.subject) else None
        as_body = body_pronouns(part.text, short) if short else part.text
        they = re.search(r"(?i)\bthey\b", part.text)
        if things and they and agent_pronoun(part.text, they.start()):
            part.text = as_body  # fr14a: "what did they record": the body doing it, never the things counted
        elif things and they:
            doer = _earlier_doer(before.source or "", before.subject)
            if doer and role_at(part.text, they.start()) != "thing":
                # lead33: "how many speed cameras did the council install and where did they put them": the
                # council put them (the doer of the question before carries on), never the cameras
                part.text = _SUBJECT_PRONOUN_AUX.sub(lambda m: f"{_doer_aux(m.group(1), doer)} {doer}", part.text, count=1)
            elif as_body == part.text and not _plural_noun_before(part.text, they.start()):
                # (a plural noun of its own before "they" is what it means: "how many of her neighbours
                # complained ... because she thinks they are ..." keeps its "they")
                # "how long have they been there" after the count of homeless families: they are those families
                clause = (before.clause or "").strip()
                if things.lower() in _PEOPLE_HEADS and clause and re.match(
                        r"(?i)(?:on|in|at|waiting|living|placed|held|kept|registered|sleeping|staying)\b", clause) \
                        and not re.search(r"(?i)\b(?:they|them|their|it)\b", clause):
                    things = f"{things} {clause}"  # lead44 (nc49 #11): "the people on the housing waiting list"
                part.text = re.sub(r"(?i)\bthey\b", f"the {things}", part.text, count=1)
            # else "what did they record" after a count of monitors: the monitors or the body; left as typed
        else:
            part.text = as_body
    return out


# ff27: a figure asked for by name ("please give the vacancy rate at the end of March 2021", "provide the number of
# staff in each pay band"): clear as it stands, put on the letter in the person's words, never asked back
_FIGURE_GIVEN = re.compile(r"(?i)\b(?:please\s+)?(?:(?:also\s+)?(?:give|provide|state|supply|send)|tell\s+(?:me|us))\s+(?:me\s+|us\s+)?"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rates?|numbers?|totals?|percentages?|proportions?|counts?|amounts?)"
                           r"\s+(?:of|at|for|in|among|per|by)\b")
# ff27: the words of a sentence that asks nothing of its own: a period ("Unless otherwise stated, please provide data
# covering the three most recent financial years available"), the data in general, politeness, a bare "what do you do?"
_EMPTY_WORDS = frozenset("""
a an the and or but if unless otherwise stated please kindly could can would will you your we i me us my our it its this
that these those there be been being is are was were do does did done have has had of to for from in on at by with up
until till over covering cover covers since between most recent latest last previous past next current available
data information figures figure statistics response only partial partially held hold indicate where when what which
year years month months week weeks day days financial calendar academic quarter quarters three two four five six ten
twelve one all each every provided provide give given send sent supply supplied up date today so then now happen
happens why not how""".split())
_MONTH_WORD = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$")


def _nothing_to_ask_back(question: str) -> bool:
    """(ff27) Whether QUESTION holds no word of a subject: only a period, the data in general, politeness or a bare
    "what do you do?" ("Could the data be provided from September 2024 up to the most recent month you have please?").
    Asking the person what it should ask about is nonsense; the period is read from it all the same."""
    words = re.findall(r"[A-Za-z]+|\d+", question or "")
    if "?" not in (question or "") and 0 < len(words) <= 5 and all(
            w[:1].isupper() or w.lower() in ("of", "and", "the", "for", "to", "in", "on", "&") for w in words) \
            and sum(w[:1].isupper() for w in words) >= 2:
        return True  # a heading over the items below it ("Councillor Costs", "Public Car Park Information")
    return bool(words) and all(w.lower() in _EMPTY_WORDS or w.isdigit() or _MONTH_WORD.match(w) for w in words)


def _figure_asked(question: str) -> bool:
    """fr25b (issue 8): QUESTION asks a body for a figure in a clause of its own ("how much did devon county council
    make from it in 2024"): "how much/many" with a verb of its own, read as asking records (sentence_act). Never lost
    as a remark when no frame fits it: it goes on the letter in the person's words for them to confirm."""
    from askfoi.sentence_acts import sentence_act

    if re.match(r"(?i)\W*(?:(?:and|so|also|but|then)\s+)*how\s+many\s+(?:is|are|was|were|have|has|had|did|do|does)\b",
                question or ""):
        return False  # "how many have been empty ...": no thing named, asked back rather than kept as a fragment
    return bool(re.match(r"(?i)\W*(?:(?:and|so|also|but|then)\s+)*how\s+(?:much|many)\s+(?:\w+\s+){0,3}?"
                         r"(?:did|does|do|has|have|had|is|are|was|were|will|can)\s+\w+", question or "")) \
        and sentence_act(question) == "records" and not _is_story(question)


_YES_NO_ANY = re.compile(
    r"(?i)^\W*(?:has|have|did|does|do)\s+(?:your\s+(?:local\s+)?(?:authority|council|force|trust|organisation|department)|you|"
    r"the\s+(?:local\s+)?(?:authority|council|force|trust))\s+(?:ever\s+)?(?P<verb>[a-z]+(?:ed|ld|nt|id|de|ght|ne)(?:\s+(?:for|out|off|up))?)\s+"
    r"any\s+(?P<np>(?:[A-Za-z'\u2019-]+\s+){0,4}?[A-Za-z'\u2019-]+?)(?P<tail>\s+(?:against|to|from|in|on|at|over|with|by|because|since|"
    r"during|within|under|for)\b[^?]*)?\?\s*(?:\([^()]*\)\s*)?(?:and\s+)?if\s+(?:so|yes),?\s+(?P<then>[^?]*)\??\s*$")


# fr26: "does surrey police use drones? if so how many do they have": whether the body holds or uses a thing, then how
# many: the count answers both ("The number of drones used by Surrey Police.")
_HELD_AS = {"use": "used", "have": "held", "got": "held", "own": "owned", "operate": "operated", "run": "run", "deploy": "deployed",
            "employ": "employed", "hold": "held", "keep": "kept", "lease": "leased", "hire": "hired"}
_ASKED_AS_BODY = frozenset({"you", "they", "the council", "the force", "the police", "the trust", "the authority",
                            "your council", "your force", "your authority", "your organisation"})
_YES_NO_HOLDS = re.compile(
    r"(?i)^\W*(?:does|do|has|have|did)\s+(?P<body>.+?)\s+(?:currently\s+|still\s+|ever\s+)?(?P<verb>"
    + "|".join(_HELD_AS) + r")\s+(?P<np>[^?]+?)\s*\?\s*(?:and\s+)?if\s+(?:so|yes),?\s+how\s+many"
    r"(?:\s+(?:\w+\s+)?(?:do|does|did|are|is|have|has)\s+(?:they|you|it|there|\w+)(?:\s+(?:have|got|use|own|operate|run))?)?\s*\??\s*$")


def _count_for_yes_no(framing: Framing, found) -> None:
    """fr25b (issue 8): a yes/no about whether the body did any of a thing, then "If so, how many?" (kept whole, two asks
    merged) is the count, which answers both: "Has your local authority applied for any bankruptcy petitions against
    ... over the last five years? If so, how many?" -> "The number of bankruptcy petitions the authority applied for
    against ... over the last five years." A follow-up that counts other things ("If so, how many staff ...") is left
    as typed."""
    from askfoi.kept_questions import body_short

    short = (body_short(found.name) if found else None) or "the authority"
    for k, part in enumerate(framing.parts):
        if not part.kept_words or not part.text:
            continue
        m = _YES_NO_ANY.match(part.text)
        if not m or not re.match(r"(?i)how\s+many\b", m.group("then")):
            continue
        then = re.sub(r"(?i)^how\s+many\s*", "", m.group("then").strip()).strip(" ?")
        if then and not then.lower().startswith(m.group("np").lower().split()[-1][:4]):
            continue  # "if so, how many staff were involved": another count, left as typed
        text = f"The number of {m.group('np')} {short} {m.group('verb').lower()}{(m.group('tail') or '').rstrip()}."
        framing.parts[k] = part.model_copy(update={"text": text})
    for k, part in enumerate(framing.parts):
        if not part.kept_words or not part.text:
            continue
        if part.warning or part.replacements:
            continue  # a covert tactic's part keeps its warning and its answerable replacements
        m = _YES_NO_HOLDS.match(part.text)
        body = (m.group("body") or "").strip().lower() if m else ""
        named = {found.name.lower(), found.from_text.lower(), re.sub(r"^the\s+", "", found.from_text.lower())} if found else set()
        if not m or not (body in _ASKED_AS_BODY or re.sub(r"^the\s+", "", body) in named):
            continue
        np = re.sub(r"(?i)^(?:any|some)\s+", "", m.group("np").strip())
        if not np or len(np.split()) > 6 or re.search(r"(?i)\b(?:it|they|them|this|that|their|its)\b", np):
            continue
        who = (body_short(found.name) if found else None) or (found.name if found else "the authority")
        count = Frame(kind="count", subject=capitalise_names(np), clause=f"{_HELD_AS[m.group('verb').lower()]} by {who}",
                      source=part.source)
        count.text = render_frame(count)
        framing.parts[k] = count


def _addressee_left_out(framing: Framing, found) -> None:
    """fr25b (issue 8): a part kept in the person's words never ends on a clause that only names the body the message
    is put to (`informal_roles.addressee_left_out`)."""
    if found is None:
        return
    from askfoi.informal_roles import addressee_left_out
    from askfoi.kept_questions import body_short

    said = (framing.period_text or "").strip()
    for part in framing.parts:
        if part.kept_words and part.text:
            if said and framing.period:
                # ck28 (nu30 item 5): "... in Hebden Bridge, Calderdale Council, from 2024 to now.": the letter's own
                # period (said once, as the letter states it) and then the addressee come off the part's end
                cut = re.search(rf"(?i)\s*,\s*(?:(?:in|during|for|over|covering)\s+)?{re.escape(said)}\s*(?P<end>[.?!]*)\s*$",
                                part.text)
                if cut and re.search(r",\s*[^,]+$", part.text[:cut.start()]) and len(re.findall(r"\w+", part.text[:cut.start()])) >= 4 \
                        and _addressee_clause(part.text[:cut.start()], found):
                    part.text = part.text[:cut.start()] + (cut.group("end") or ".")
            part.text = addressee_left_out(part.text, found.from_text or found.name, body_short(found.name)) \
                if found.from_text else part.text
            part.text = addressee_left_out(part.text, found.name, None)


def _addressee_clause(text: str, found) -> bool:
    """ck28: TEXT ends on a clause that only names the body asked (", Calderdale Council")."""
    from askfoi.kept_questions import body_short

    names = [n for n in (found.from_text, found.name, body_short(found.name)) if n]
    return any(re.search(rf"(?i),\s*(?:the\s+)?{re.escape(n)}\s*$", text) for n in names)


def _asking_left_out(framing: Framing) -> int:
    """fr22b (issue 8): a part kept in the person's words never keeps a clause that only asks to be told, wherever it
    sits ("How many ..., please may you inform me?", "..., please may you let me know.") nor a first word that only
    links it to the part before ("Firstly, how many ..."). Returns how many parts changed."""
    from askfoi.questions import _without_discourse_adverb, without_asking_clauses

    changed = 0
    for part in framing.parts:
        if not part.kept_words or not part.text:
            continue
        text = _without_discourse_adverb(without_asking_clauses(part.text))
        if text != part.text and text.endswith(".") and "?" not in text and re.match(
                r"(?i)(?:[^,]{0,60},\s*)?(?:how|what|which|who|when|where|why)\b", text) and len(re.findall(r"[.?!](?:\s|$)", text)) == 1:
            text = text[:-1] + "?"  # "How many ... were fixed, please may you let me know." is the question it asked
        if text != part.text and len(re.findall(r"[A-Za-z0-9]+", text)) >= 4:  # never "If so." alone
            part.text = text[:1].upper() + text[1:]
            changed += 1
    return changed


def _period_list_breakdowns(framing: Framing, today: date | None) -> int:
    """fr22b (issue 8): a part written from its frame whose own words list several periods one after another ("in
    01/01/2010 to 31/12/2010, 01/01/2011 to 31/12/2011 ... and 01/01/2014 to the present day", "in a) 2018, b) 2019 ...
    and e) the year to August 2022") asks for a figure per period: the frame takes the breakdown by year (or by month),
    which the letter's period covers, so the list is never silently dropped. A part kept in the person's words still
    says its periods. Returns how many parts changed."""
    changed = 0
    for part in framing.parts:
        if part.kept_words or part.kind not in ("count", "total_spend", "statistics", "income", "figure"):
            continue
        other = part.qualifiers.breakdown  # fr23a: "... in 2022 and 2023. Please provide a breakdown by restriction": both
        if other and re.search(r"(?i)\b(?:years?|months?|annum|quarters?)\b", other):
            continue
        if re.search(r"(?i)\b(?:each|every|per|by)\s+(?:of\s+the\s+)?(?:(?:financial|calendar)\s+)?(?:years?|months?)\b|"
                     r"\b(?:annual|yearly|monthly|year\s+on\s+year|year\s+by\s+year)\b", part.text or ""):
            continue  # the part already says it per year
        spans = []
        financial = False
        for label, written, _ in stated_periods(part.source or "", today=today):  # lead44: "waited over 18 weeks" is a threshold
            years = re.findall(r"(?:19|20)\d\d", written)
            fy = re.findall(r"((?:19|20)\d\d)\s*[/-]\s*\d\d\b", written)
            if len(years) >= 2 and re.fullmatch(r"(?i)(?:(?:19|20)\d\d[\s,;&]*(?:and\s+)?)+", written.strip()):
                spans += [(date(int(y), 1, 1), date(int(y), 12, 31)) for y in years]  # "2018, 2019, 2020": each a year
            elif len(fy) >= 2 and re.fullmatch(r"(?i)(?:(?:19|20)\d\d\s*[/-]\s*\d\d[\s,;&]*(?:and\s+)?)+", written.strip()):
                # lead41 (nc44 #15): "2023/24 and 2024/25": each a financial year, asked year by year
                spans += [(date(int(y), 4, 1), date(int(y) + 1, 3, 31)) for y in fy]
                financial = True
            else:
                spans.append(label_span(label))
        if len(spans) < 2 or any(sp is None for sp in spans):
            continue
        spans = sorted(spans)
        if any(b[0] <= a[1] for a, b in zip(spans[:-1], spans[1:-1])) or spans[-1][0] <= spans[-2][0]:
            continue  # overlapping periods: not one list of them (the last may be "the year to August 2022", "to date")
        days = [(b - a).days + 1 for a, b in spans]
        if all(365 <= d <= 366 for d in days[:-1]):
            unit = "financial year" if financial else "year"
        elif all(28 <= d <= 31 for d in days[:-1]):
            unit = "month"
        else:
            continue
        part.qualifiers.breakdown = f"{unit} and {other}" if other else unit
        part.text = render_frame(part)
        changed += 1
    return changed


def _story_places(framing: Framing, message: str) -> None:
    """Each part's "that hospital" (a place only the story names) written as the name the message gives it
    (askfoi/story_places.py); a part still pointing at a place the message does not name gets the
    story-reference finding."""
    from askfoi.checks import Finding
    from askfoi.story_places import name_story_places

    for part in framing.parts:
        text, left = name_story_places(part.text, message)
        if text != part.text:
            part.text = text
            part.source = name_story_places(part.source, message)[0] if part.kept_words else part.source
            part.subject = name_story_places(part.subject, message)[0] if part.subject else part.subject
            if part.qualifiers.place:
                part.qualifiers.place = name_story_places(part.qualifiers.place, message)[0]
        if left:
            framing.findings.append(Finding(
                code="story-reference", severity="medium", evidence=left[:120],
                message=render("frames/story_reference.j2", part=part.text, words=left).strip(),
                suggestion=render("frames/story_reference_fix.j2").strip()))


_SMALL_IN_NAMES = frozenset("of and for the & in on to".split())


def defined_abbreviations(message: str) -> dict[str, str]:
    """fr15a: the abbreviations MESSAGE defines, as the person wrote them: "Total Parking Solutions (TPS)" gives
    {"TPS": "Total Parking Solutions"}. The name is the run of words straight before the bracket whose first
    letters (small joining words aside) spell the abbreviation; a plural "s" on it ("(UAVs)") is allowed."""
    found: dict[str, str] = {}
    for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{1,7}?)(?:s|'s)?\s*\)", message or ""):
        short = m.group(1)
        if not re.fullmatch(r"[A-Z]{2,8}", short) or short in found:
            continue
        words = re.findall(r"[A-Za-z&'-]+", message[max(0, m.start() - 120): m.start()])
        letters, name = "", []
        for w in reversed(words):
            name.insert(0, w)
            if w.lower() in _SMALL_IN_NAMES:
                continue
            letters = w[0].upper() + letters
            if len(letters) >= len(short):
                break
        while name and name[0].lower() in _SMALL_IN_NAMES:
            name.pop(0)
        if letters == short and name:
            found[short] = " ".join(name)
    return found


def _spell_out_abbreviations(framing: Framing, message: str) -> None:
    """fr15a: a part that uses an abbreviation the message defines only outside that part ("TPS", defined in the
    person's story as "Total Parking Solutions (TPS)") gets the definition written out at its first use, so the part
    reads on its own in the letter; a part that already says the name is left as it is."""
    defined = defined_abbreviations(message)
    if not defined:
        return
    for short, name in defined.items():
        if any(name.lower() in (part.text or "").lower() for part in framing.parts):
            continue  # the letter defines it already (a part says "unmanned aerial vehicles (UAVs)")
        for part in framing.parts:
            text = part.text or ""
            use = re.search(rf"(?<![\w(]){re.escape(short)}(?![\w)'\u2019])", text)
            if not use or re.search(r"(?i)\b(?:a|an)\s+$", text[: use.start()]):
                continue  # "a UAV", "UAV's": the name ("Unmanned Aerial Vehicles") would not fit the words around it
            after = re.match(r"\s+([a-z]+)", text[use.end():])
            if after and name.endswith("s") and _noun(after.group(1)) and after.group(1) not in _AUX:
                continue  # "UAV operators": the abbreviation as a modifier; a plural name does not fit there
            part.text = text[: use.start()] + f"{name} ({short})" + text[use.end():]


def _references_after_gate(framing: Framing, message: str) -> None:
    """fr13a: the parts the unit-role model added or joined get their references written out as well; a
    story-reference finding whose words no part holds any longer (written out) is dropped."""
    before = {d.text for _, d in framing.references}
    again = [(t, d) for t, d in resolve_part_references(framing, message) if d.resolved and t not in before]
    framing.references += again
    texts = " ".join(p.text.lower() for p in framing.parts)
    if framing.references:
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "story-reference"
                            or (getattr(f, "evidence", "") or "").lower() in texts]
    from askfoi.part_references import references
    from askfoi.sentence_acts import informal_message

    chat = informal_message(message)
    said = [(getattr(f, "evidence", "") or "").lower() for f in framing.findings if getattr(f, "code", "") == "story-reference"]
    for k, part in enumerate(framing.parts):
        if part.warning or part.kind == "personal_data" or any(e and e in part.text.lower() for e in said):
            continue
        left = [r for r in references(part.text) if (chat or k == 0 or r.kind in ("place", "person")) and not (
            re.match(r"(?i)th(?:ese|ose)\b", r.words) and _figure_before(part.text, part.text.lower().find(r.words.lower())))]
        if left:  # what the message gives no one clear meaning for is asked for, never left for the officer to guess
            framing.findings.append(_story_reference(part.text, left[0].words,
                                                     what="place" if left[0].kind == "place" else "thing"))
            said.append(left[0].words.lower())


def _tells_beside_questions(question: str, questions: list[str]) -> bool:
    """fr10b: QUESTION (a sentence the reader kept) only tells what happened ("the council published figures on fly
    tipping last month.", askfoi.story_antecedents.tells) while another sentence of the message asks: it is the story
    the questions lean on, never a part of its own."""
    from askfoi.story_antecedents import tells

    if not tells(question) or strip_opener(question).strip() != question.strip() or re.match(
            r"(?i)\W*(?:the\s+|a\s+|any\s+)?(?:number|numbers|total|amount|copy|copies|list|details|breakdown)\s+of\b", question):
        return False
    from askfoi.questions import _body_measure

    if _body_measure(question):
        return False  # ck29: "NHS GGC waiting times for knee operations in 2023": the body's measure, named
    if re.search(r"(?i)\b(?:ask|asking|know|information|provide|copy|copies|details|list|breakdown|figures\s+for)\b",
                 question) and not re.search(r"(?i)\b(?:published|released|issued|sent|announced|said|says|told)\b", question):
        return False
    return any(q is not question and ("?" in q or re.match(r"(?i)\W*(?:and\s+|so\s+|but\s+)?(?:how|what|which|who|when|where|"
                                                           r"why|is|are|was|were|has|have|did|does|do|can|could|please)\b", q))
               for q in questions)


def _asks(sentence: str) -> bool:
    """fr10b: SENTENCE is put as a question (a mark, or a question word or auxiliary first): only a question has its
    pointers written out from the story (a statement is story itself, read by its own act)."""
    from askfoi.sentence_acts import sentence_act

    if _FIRST_PERSON.match(sentence):
        return False
    if re.match(r"(?i)\W*(?:and\s+|so\s+|but\s+)?why\s+(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|"
                r"has\s*n'?t|have\s*n'?t|is\s*n'?t|are\s*n'?t|was\s*n'?t|were\s*n'?t|did\s*n'?t|does\s*n'?t|do\s*n'?t|"
                r"wo\s*n'?t|ca\s*n'?t|hasnt|havent|isnt|arent|wasnt|werent|didnt|doesnt|dont|wont|cant)\b", sentence):
        return True  # fx42: "why hasnt it been fixed" (no mark, no apostrophe) is put as a question
    if re.match(r"(?i)\W*(?:and\s+|so\s+|but\s+|also\s+)?(?:did|does|do|has|have|had|was|were|is|are)\s+(?:anyone|anybody|"
                r"someone|they|you|it|the\s+\w+|any|an?)\b", sentence) and _cue(_assessed_it(sentence))[0] == "assessment":
        return True  # nx76 (nc73 #6): "did anyone do a dpia for it before they started": an inverted question that
        # names an assessment asks for it, though it ends with a clause of story
    if sentence_act(sentence) not in ("records", "reasons"):
        return False  # "I tried to search ... for them?", "It's not like we don't need these homes, is it?"
    # fx42: "why hasnt it been fixed" after "there is a pothole on ashby road": a question too, its "it" written out from
    # the story, so its reasons are the records about that pothole (issue 8 point 2), never "it" kept in the person's words
    return "?" in sentence or bool(re.match(r"(?i)\W*(?:and\s+|so\s+|but\s+|also\s+)?(?:how|what|which|who|when|where|why|"
                                            r"is|are|was|were|has|have|did|does|do|will|can|could)\b", sentence))


_FOUND_POINTER = re.compile(r"(?i)\b(?:it|they|its|their)\b")


def _inquiry_found(question: str, message: str) -> Frame | None:
    """lf61 (nc58 #3d): QUESTION asks what "it" found ("what it found", "what did they find") after MESSAGE named an
    inspection, an assessment or a review before it: the findings of that inquiry (askfoi.pronoun_roles
    .inquiry_findings), in a message of any length; None otherwise."""
    from askfoi.pronoun_roles import inquiry_findings

    probe = re.sub(r"\s+", " ", question.strip(" .?!,;"))[:30].lower()
    flat = re.sub(r"\s+", " ", message)
    at = flat.lower().find(probe) if probe else -1
    if at <= 0:
        return None
    frame = inquiry_findings(question.strip(), flat[:at])
    if frame is not None:
        frame.subject = capitalise_names(frame.subject) or frame.subject
    return frame


def _role_frame(question: str, masked: str, message: str, previous: Frame | None, found: AuthorityFound | None):
    """fr14a: QUESTION as a frame read by its pronouns' roles (askfoi/pronoun_roles.py `role_frame`): "how much did
    they cost" after "does essex police use drones" is the total spent on drones, "what do they do to stop them" the
    body's policy on preventing what was counted. None when a pronoun has no sure referent or no frame fits."""
    from askfoi.kept_questions import body_short
    from askfoi.pronoun_roles import role_frame

    if not re.search(r"(?i)\b(?:they|them|it|their|its|there)\b", question):
        return None
    from askfoi.part_references import _CHAT_WORDS

    if len(re.findall(r"[A-Za-z']+", message)) > _CHAT_WORDS:
        return None  # a long letter told as prose has many phrases of every kind (fr13a's by-eye samples): left as before
    probe = re.sub(r"\s+", " ", question.strip())[:30].lower()
    flat = re.sub(r"\s+", " ", message)
    at = flat.lower().find(probe) if probe else -1
    if at < 0:
        return None
    short = (body_short(found.name) or found.name) if found else None
    salient = previous.subject if previous is not None and not previous.kept_words and previous.kind in (
        "count", "statistics", "list") else None
    place = None
    if salient:
        where = re.search(r"(?i)\b(?:in|at|on|across|within)\s+.+$", previous.clause or "")
        place = where.group(0) if where else (f"{previous.qualifiers.place_prep} {previous.qualifiers.place}"
                                              if previous.qualifiers.place else None)
    unmasked = re.sub(r"\u00a7\w+\u00a7", " ", masked)
    # the masked question, when it is this question (not a longer piece the masking read as one)
    said = masked if "\u00a7" in masked and len(unmasked.split()) <= len(question.split()) else question
    before = flat[:at]
    if found is not None and found.from_text:
        # lead40: "... what guidance do they give headteachers, kent county council": the addressee after the question
        said = re.sub(rf"(?i),?\s*(?:the\s+)?(?:{re.escape(found.from_text)}|\u00a7AUTH\u00a7)\W*$", "", said).strip() or said
    tail = re.split(r",\s+(?=(?:and\s+|so\s+)?(?:how|what|why)\b)", said)
    if len(tail) > 1:  # "the council bought 3 new gritters, how much did they cost": the story before the comma
        before = f"{before} {', '.join(tail[:-1])}."
        said = tail[-1]
    frame = role_frame(said, before, short=short, salient=salient, salient_place=place,
                       salient_clause=previous.clause if previous is not None and previous.kind == "count" else None)
    if frame is not None:
        frame.source = question
        frame.subject = _spelt(frame.subject.split()) if frame.subject else frame.subject
        frame.clause = _spelt(frame.clause.split()) if frame.clause else frame.clause
    return frame


def _before(text: str, question: str, told: list[str]) -> list[str]:
    """fr10b: the sentences of TEXT before QUESTION (story and earlier questions, oldest first); TOLD when QUESTION is
    not found as typed."""
    probe = question.strip()[:40]
    at = text.find(probe) if probe else -1
    if at < 0:
        return list(told)
    flat = re.sub(r"\s+", " ", text[:at])
    return [x for x in sentence_ends.split(r"(?<=[.!?])\s+|\n{2,}", flat) if re.search(r"\w", x)] or list(told)


def _typed_sentence(text: str, question: str) -> str:
    """fr29b: the sentence of TEXT that QUESTION was read from, as typed ("" when not found)."""
    probe = question.strip()[:40]
    at = text.find(probe) if probe else -1
    if at < 0:
        return ""
    return next((m.group(0) for m in re.finditer(r"[^.?!\n]+[.?!]*", text) if m.start() <= at < m.end()), "")


def _story_reference(part: str, words: str, what: str = "thing"):
    """The story-reference finding on PART for the WORDS that point at the story (WHAT: "thing", or "place")."""
    from askfoi.checks import Finding
    from askfoi.part_references import place_head

    head = place_head(words)
    if head and what == "thing":
        what = "place"  # lead35: "that ward", "the road": a place named by its kind, asked for by its name
    return Finding(code="story-reference", severity="medium", evidence=words[:120],
                   message=render("frames/story_reference.j2", part=part, words=words, what=what).strip(),
                   suggestion=render("frames/story_reference_fix.j2", what=what, head=head, words=words).strip())


def _subject_choices(framing: Framing, subject_choices: dict[str, tuple[str, list[str]]]) -> None:
    """fr29b: a part whose pointer ("who approved it") could mean more than one thing the story names is asked back
    as one plain question with those things as numbered choices (prompts/frames/which_subject.j2)."""
    for question, (word, offered) in subject_choices.items():
        part = next((i for i, p in enumerate(framing.parts, 1) if question.strip()[:40].lower() in (p.source or "").lower()
                     or question.strip()[:40].lower() in p.text.lower()), None)
        if part is None or not re.search(rf"(?i)\b{re.escape(word)}\b", framing.parts[part - 1].text):
            continue
        asked = " ".join(render("frames/which_subject.j2", words=word, part=part, choices=offered).split())
        if asked not in framing.questions:
            framing.questions.append(asked)
            framing.asked_parts.append((asked, [framing.parts[part - 1]], "frames/which_subject.j2",
                                        {"words": word, "choices": offered}))


def number_asked_parts(framing: Framing) -> None:
    """lead37: a question asked back about a part by its number ("What does "them" in part 3 mean?") names the number
    the part has in the finished letter: passes after the question was made take parts out or put parts in. A
    question whose parts are all gone is no longer asked; one whose parts cannot be found again is left as it was."""
    for asked, parts, template, values in framing.asked_parts:
        if asked not in framing.questions:
            continue
        numbers = [k for k, p in enumerate(framing.parts, 1) if any(p is q for q in parts)]
        if not numbers:
            words = str(values.get("words") or "")
            numbers = [k for k, p in enumerate(framing.parts, 1)
                       if words and re.search(rf"(?i)\b{re.escape(words)}\b", p.text or "")]
        if not numbers:
            if words and not any(re.search(rf"(?i)\b{re.escape(words)}\b", f"{p.text} {p.source or ''}")
                                 for p in framing.parts + framing.pending):
                framing.questions.remove(asked)  # the part it asked about is no longer in the letter
            continue
        again = render(template, part=numbers[0], parts=numbers, **values).strip()
        if " ".join(asked.split()) == asked:
            again = " ".join(again.split())
        framing.questions[framing.questions.index(asked)] = again
    framing.asked_parts = []


def _story_left_findings(framing: Framing, story_left: list[tuple[str, list[str]]]) -> None:
    """fr10b: the story-reference finding on each part whose question still points at the story ("these potholes",
    "this rubbish") when the story names nothing of that kind to write in."""
    have = {getattr(f, "evidence", "") or "" for f in framing.findings if getattr(f, "code", "") == "story-reference"}
    for question, words in story_left:
        part = next((p for p in framing.parts if question.strip()[:40].lower() in (p.source or "").lower()
                     or question.strip()[:40].lower() in p.text.lower()), None)
        if part is None or part.warning:
            continue
        for said in words:
            if said in have or not re.search(rf"(?i)\b{re.escape(said)}\b", part.text):
                continue
            have.add(said)
            framing.findings.append(_story_reference(part.text, said))


def pointer_left(text: str) -> str | None:
    """The pronoun of TEXT (one part) that has nothing before it in the part to stand for: "How much will it save?",
    "Are they fining them?" ("them" is never the body the letter goes to); None when every "it" and "them" follows a
    noun of the part, or is no pointer ("is it possible", "how much did it cost to ..."). Read by position: the
    officer reads the part alone."""
    from askfoi.story_antecedents import _it_refers, _pointer_it_dummy

    for m in re.finditer(r"(?i)\bthere\b", text or ""):
        if not (_EXISTENTIAL_BEFORE.search(text[:m.start()]) or _EXISTENTIAL_AFTER.match(text[m.end():])):
            return "there"  # "how many times did they discharge from the overflows there": a place only the story names
    claim = _CLAIM_POINTER.search(text or "")
    if claim:  # nx100 (nc99 j4): "the tree survey that says that": what it says is only in the story
        return claim.group(1)
    for m in re.finditer(r"(?i)\b(it|them)\b", text or ""):
        if m.group(1).lower() == "it" and (_pointer_it_dummy(text, m.start()) or not _it_refers(text, m.start())
                                           or re.match(r"(?i)\s+(?:[a-z]+ed|clear|known|plain)\s+(?:that|whether)\b",
                                                       text[m.end():])):  # "have it confirmed that ..."
            continue
        before = re.findall(r"[A-Za-z]{3,}", text[:m.start()].lower())
        if not any(_noun(w) and w not in _QUESTION_WORDS and not (w.endswith("ing") and _can_be_verb(w)) for w in before):
            return m.group(1)
        from askfoi.pronoun_roles import phrases

        if not any(not p.head.startswith("\u00a7BODY\u00a7") for p in phrases(text[:m.start()])):
            return m.group(1)  # ck28 (nu30 item 6): "Does the force use it secretly ...": the body is no thing "it" is
    return None


# nx100 (nc99 j4): a record "that says that", "which shows this", "that proves so": the demonstrative is what a
# record says or shows, a claim only the story makes ("they are cutting down the elms saying they have disease")
_CLAIM_POINTER = re.compile(
    r"(?i)\b(?:says?|said|saying|shows?|showed|shown|showing|proves?|proved|proving|states?|stated|claims?|claimed|"
    r"confirms?|confirmed|backs?\s+up|backed\s+up|justif(?:y|ies|ied)|supports?|supported|recommends?|recommended)\s+"
    r"(that|this|so)\s*(?=[.?!,;]|$|\b(?:and|or|but)\b)")


# "there" as in "there is / were there any / is there": no place (a form of "be" or "have", or a modal, beside it)
_BE_HAVE = r"(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|shall|isn't|aren't|wasn't|weren't|seem|seems|seemed|appear|appears|exist|exists|remain|remains|'s)"
_EXISTENTIAL_BEFORE = re.compile(rf"(?i)\b{_BE_HAVE}\s+(?:not\s+)?$")
_EXISTENTIAL_AFTER = re.compile(rf"(?i)\s*(?:{_BE_HAVE}|'s|'re|'ve|do|does|did|doesn't|don't|didn't|used\s+to|appears?)\b|\s*(?:and|or)\s+(?:back|then)\b|fore\b|by\b")
_QUESTION_WORDS = frozenset("how much many what which who whom whose when where why whether please confirm provide "
                            "does did have has had will would could can are was were the any all they their you your "
                            "she her his this that these those".split())


def _pointer_findings(framing: Framing) -> None:
    """The story-reference finding on each part whose pronoun stands for nothing the part says (`pointer_left`)."""
    said = {(getattr(f, "evidence", "") or "").lower() for f in framing.findings if getattr(f, "code", "") == "story-reference"}
    for part in framing.parts:
        if part.warning or part.kind == "personal_data":
            continue
        word = pointer_left(part.text)
        if word and not any(s and s in part.text.lower() for s in said):
            framing.findings.append(_story_reference(part.text, word, what="place" if word == "there" else "thing"))


_ACTOR_BEFORE = re.compile(r"(?i)^\W*(?:(?:and\s+|also\s+)?(?:how\s+(?:many|much|often|long)|what|when|where|why|which|who)\b"
                           r"(?:\s+[\w'-]+){0,6}?\s+)?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\s+"
                           r"(?:the\s+)?$")


def other_body_asked(text: str, addressee: str | None) -> str | None:
    """The public body other than ADDRESSEE that TEXT (one part) asks about as the one acting: "Are the Environment
    Agency fining them?", "Did the Environment Agency object?", "How many fines did Leeds City Council issue?" in a
    letter to another body. Only that body holds the records of what it did; a body named as a party to the
    records ("correspondence with the Home Office") is not one. None when no such body is named."""
    if not addressee:
        return None
    for _, name, span, _typed, sited in _named_bodies(text or ""):
        if sited or not span or _same_body(name, addressee):
            continue
        if _ACTOR_BEFORE.match(text[: span[0]]):
            return name
    return None


def _same_body(a: str, b: str) -> bool:
    """A and B name one body ("Metropolitan Police Service" and "Metropolitan Police Service (MPS)", an alias)."""
    from askfoi.authorities import resolve_authority

    la, lb = a.lower().strip(), b.lower().strip()
    if la in lb or lb in la:
        return True
    ra, rb = resolve_authority(a), resolve_authority(b)
    return bool(ra and rb and ra.known and rb.known and ra.name == rb.name)


def _other_body_findings(framing: Framing) -> None:
    """A finding on each part that asks what another named body did (`other_body_asked`)."""
    from askfoi.checks import Finding

    addressee = framing.authority.name if framing.authority else None
    texts = [p.text for p in framing.parts]
    for part in framing.parts:
        other = other_body_asked(part.text, addressee)
        if other:
            framing.findings.append(another_body_finding(part.text, other, addressee or "", texts))


def another_body_finding(part: str, other: str, addressee: str, parts: list[str]):
    """The finding on PART, which asks what OTHER did in a letter to ADDRESSEE; its one-key fix takes the part out
    of PARTS."""
    from askfoi.checks import Finding

    rest = [p for p in parts if p != part]
    return Finding(code="another-body", severity="medium", evidence=part[:120],
                   message=render("frames/another_body.j2", part=part, other=other, addressee=addressee).strip(),
                   suggestion=render("frames/another_body_fix.j2", other=other).strip(),
                   rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(rest, 1)) if rest else None)


def _plural_noun_before(text: str, end: int) -> bool:
    """A plural noun in TEXT before END, which a pronoun after it may mean."""
    return any(_noun(w) and is_plural(w) for w in re.findall(r"[a-z]{3,}", text[:end].lower()))


def _names_before(question: str, before: str) -> bool:
    """Every "these/those X" in QUESTION names an X the question BEFORE it names too (by a five-letter stem:
    "those complaints" after "how many tenants complained"), so the two can stand as parts one after another."""
    named = re.findall(r"(?i)\b(?:these|those)\s+([a-z]+)", question)
    stems = {w[:5] for w in re.findall(r"[a-z]+", before.lower()) if len(w) > 3}
    return bool(named) and all(w.lower()[:5] in stems for w in named) and not re.search(r"(?i)\b(?:them|the\s+above|the\s+same)\b", question)


def _unglued(parts: list[Frame]) -> list[Frame]:
    """PARTS with a kept part that holds two questions ("How many EHCP assessments were finished within 20
    weeks? How many were late?", joined because the second leans on the first) written as one kept part per
    question, the second given the noun it leaves out (`split_questions(fill_all=True)`). Left as it is when the
    second cannot stand alone."""
    out: list[Frame] = []
    for part in parts:
        pieces = split_questions(part.source, fill_all=True) if part.kept_words else []
        if len(pieces) < 2 or len(pieces) > 4 or not _ASKS_SOMETHING.match(pieces[1]) \
                or any(_ELLIPTIC.match(p) or len(re.findall(r"\w+", p)) < 3 or _REFERS_BACK.search(p) and not _names_before(p, b)
                       for b, p in zip(pieces, pieces[1:])):
            out.append(part)
            continue
        first = keep_words(pieces[0])
        counted = _count_of(pieces[0]) if len(pieces) == 2 else None
        raw = split_questions(part.source) if counted is not None else []
        narrowed = re.match(r"(?i)\W*(?:and\s+)?how\s+many\s+(?=(?:had|have|has|were|was|got|received|did|are|is)\b)(.+)$",
                            raw[1]) if len(raw) == 2 else None
        among = _counted_among(counted, narrowed.group(1), raw[1]) if counted is not None and narrowed else None
        if among is not None:
            # lead41 (nc44 #2): "how many people did X stop and search ..., and how many had body cameras switched on":
            # the first is a count of its own; the second counts among the things it counted, rendered from its frame
            out.extend([counted, among])
            continue
        out.append(part.model_copy(update={"source": first.source, "text": first.text}))
        out.extend(keep_words(p) for p in pieces[1:])
    return out


def _counted_among(counted: Frame, rest: str, source: str) -> Frame | None:
    """lead41: the count of those of COUNTED's things that REST says of ("had body cameras switched on", "were
    homeless"): "The number of people stopped and searched who had body cameras switched on."; None when the part would
    not read as English or drops a word of SOURCE."""
    rest = rest.strip().rstrip(" ?.!")
    if not rest or re.search(r"(?i)\b(?:it|they|them|this|that|these|those)\b", rest):
        return None
    words = (counted.subject or "").split()
    if not words:
        return None
    clause = " ".join(x for x in (counted.clause, _relative(words), rest) if x)
    frame = counted.model_copy(update={"clause": clause, "source": source, "text": ""})
    frame.text = render_frame(frame)
    if not frame.text or part_problems(frame) or lost_details(frame, None):
        return None
    return frame


def _count_of(question: str) -> Frame | None:
    """lead41: QUESTION framed on its own as one count that reads as English, or None."""
    try:
        made = frame_message(question, one_body=True)
    except Exception:  # noqa: BLE001 - a question that cannot be framed again stays kept
        return None
    parts = made.parts
    if len(parts) != 1 or parts[0].kept_words or parts[0].kind != "count" or not parts[0].subject \
            or part_problems(parts[0]):
        return None
    return parts[0]


# --- the whole message ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _scotland_markers() -> tuple[re.Pattern, frozenset[str]]:
    """The Scotland-only names and laws of knowledge/vocab/scotland_markers.yaml, and the place words of Scottish
    bodies' names and aliases that no body elsewhere has ("midlothian", "aberdeenshire"; never "glasgow" if an
    English body were named for it)."""
    from askfoi.authorities import default_index

    data, _ = load_vocab("scotland_markers")
    markers = [m for m in (data or {}).get("markers", []) if isinstance(m, str)]
    scottish: set[str] = set()
    elsewhere: set[str] = set()
    generic = _type_words() | {"north", "south", "east", "west", "city", "county", "royal", "greater", "mid", "central",
                               "national", "health", "board", "and", "the", "of", "council", "nhs", "police", "islands",
                               "university", "college", "scottish", "scotland", "services", "service", "fire", "rescue"}
    for auth in default_index().authorities:
        words = {w for name in [auth.name, *getattr(auth, "aliases", [])] for w in re.findall(r"[a-z]+", name.lower())
                 if len(w) > 3 and w not in generic}
        if auth.nation.value != "scotland":
            if getattr(auth, "listed_by", None) == "publicbodies" and auth.type.value == "other":
                continue  # its nation is the import's default, not known: "City Building (Glasgow) LLP" is no
                # English body named for Glasgow
            elsewhere.update(words)
        elif auth.type.value == "council":  # a council is named for its place; other bodies for what they do
            scottish.update(words)
    return re.compile(r"(?<!\w)(?:" + "|".join(markers) + r")(?!\w)") if markers else re.compile(r"(?!)"), \
        frozenset(scottish - elsewhere - _vocab().banned - _vocab().leading)


def located_in_scotland(text: str) -> bool:
    """Whether TEXT is about Scotland though it names no body askfoi knows: a Scotland-only law or name
    ("the Regulation of Investigatory Powers (Scotland) Act", RIPSA, SIMD20, "the Scottish Government") or the
    place word of a Scottish body's name typed with its capital ("Midlothian's Christmas lights"), or typed in lower
    case when the word is no common English word or name ("glasgow royal infirmary", not "highland cattle")."""
    markers, places = _scotland_markers()
    if markers.search(text or ""):
        return True
    if any(w.lower() in places for w in re.findall(r"\b[A-Z][a-z]{3,}\b", text or "")):
        return True
    return any(w in places and _frequency(w) < _RARE_PLACE for w in re.findall(r"\b[a-z]{4,}\b", text or ""))


_RARE_PLACE = 200  # word-frequency count below which a lower-case place word is the place ("angus", "fife" are above)


def _named_all_scottish(text: str) -> bool:
    """ny82 (nc82 #7): TEXT names bodies ("naturescot and the highland council") and every one askfoi knows is a
    Scottish body: before one is chosen, Scotland's laws are the ones that apply (FOISA, EISR)."""
    from askfoi.authorities import resolve_authority

    bodies = [resolve_authority(h[1]) for h in _named_bodies(text)]
    bodies = [b for b in bodies if b is not None and b.known]
    return bool(bodies) and all(b.nation.value == "scotland" for b in bodies)


def _regime(check_regime: str, resolved, sar: bool, police_records: bool, located: bool = False) -> RegimeName:
    scotland = resolved is not None and resolved.known and (resolved.regime.value == "FOISA" or resolved.nation.value == "scotland")
    scotland = scotland or (located and (resolved is None or not resolved.known))  # fr9c: no body, a Scottish text
    if sar:
        police = resolved is not None and resolved.known and resolved.type.value == "police"
        return "DPA-Part3" if police and police_records else "SAR"
    if check_regime == "EIR":
        return "EISR" if scotland else "EIR"
    if scotland:
        return "FOISA"
    return "FOIA"


_LAW_ENFORCEMENT = re.compile(
    r"\b(?:arrest(?:ed)?|custody|charged|cautioned|interview(?:ed)?\s+under\s+caution|investigation|crime\s+report|"
    r"stop(?:ped)?\s+and\s+search(?:ed)?|searched|body[\s-]?worn|pnc|police\s+national\s+computer|statement|"
    r"incident\s+log|999\s+call|detained|assaulted|attacked|mugged|robbed|police\s+took|stopped\s+(?:me|us|him|her|my)|pulled\s+(?:me\s+|us\s+)?over|"
    # nu22: a police force's "file on me" or its intelligence about a person is held for law enforcement (s45, with
    # UK GDPR Art 15 beside it for anything held for other purposes: the letter asks under both)
    r"intelligence|(?:a\s+)?(?:file|record|records|anything)\s+(?:on|about)\s+(?:me|him|her|them|my\s+\w+))\b",
    re.I,
)
# ck25a: what a force holds about a person for another purpose than law enforcement: its own staff's employment (HR,
# pay, pension, recruitment, vetting of applicants), a firearms or shotgun certificate, a complaint about the force
_NOT_LAW_ENFORCEMENT = re.compile(
    r"\b(?:(?:personnel|hr|employment|pension|pay|payroll|salary|sickness|occupational\s+health|training|recruitment|"
    r"application|applicant|vetting|disciplinary|grievance)\s+(?:file|record|records|data|details|papers|form)|"
    r"i\s+(?:work|worked|am\s+employed|was\s+employed|applied)\b|(?:job|officer|staff|special\s+constable|volunteer)\s+application|"
    r"firearms?\s+(?:licen[cs]e|certificate)|shotgun\s+(?:licen[cs]e|certificate)|my\s+complaint\s+(?:about|against)|"
    r"professional\s+standards)\b", re.I)


def police_law_enforcement(text: str) -> bool:
    """ck25a: a police force's records about the person TEXT asks for are held for law enforcement (DPA 2018 Part 3,
    s45), whatever the verb ("stopped", "pulled over", "questioned", "my bodycam footage"): unless the text says they
    are about something else the force does (employment, vetting, a firearms certificate, a complaint about it)."""
    return bool(_LAW_ENFORCEMENT.search(text or "")) or not _NOT_LAW_ENFORCEMENT.search(text or "")


_BY_WHAT = re.compile(
    r"(?i)\b(?:(?P<into>into)|by|per|(?:in|for)\s+each(?!\s+of\b)(?:\s+separate)?)\s+(?P<what>(?!(?:the\s+)?above\b|each\s+of\b|this\b|these\b)"
    r"[a-z][a-z/' -]*?)\s*(?=$|[.;:?!)(,]|\s(?:for\s+(?:the|each|all|every|both|a|an)\b|(?:if|where)\s+(?:possible|available|practicable|known|held)|"
    r"as\s+(?:at|of|well)|so\s+that|from|between|since|during|over|within|covering|please|in\s+(?:the|an?)\b|\d))")
_POINTER_PHRASE = re.compile(r"(?i)\s*,?\s*\b(?:for|in|across|to)\s+(?:(?:each|all|every|both)\s+(?:of\s+)?)?(?:the\s+)?above"
                             r"(?:\s+(?:questions?|items?|parts?|requests?|points?|information|data|figures))?\s*(?=[.?!]?\s*$)")


_OWN_AREA = re.compile(r"(?i)\b(?P<prep>in|across|within|throughout)\s+(?P<area>(?:your|the|its)\s+(?:(?:council|force|police|"
                       r"authority|trust|board|health\s+board|local\s+authority|fire\s+(?:and\s+rescue\s+)?service)(?:'s)?\s+)?"
                       r"(?:area|district|borough|county|region|patch|catchment))\b")


_ASKING_WORDS = frozenset("how many much what which were was have has been there the this that these those your you our "
                          "with from into does did about their they them also please could would tell know total number "
                          "amount would like want need wish request requesting provide give send".split())


def _words_left_out(said: str, text: str) -> bool:
    """A word of SAID (what a question says before its area) that the part TEXT leaves out ("toilets out of service":
    "service"): the part would ask for less than the question, with or without its area."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    lemmas = frozenset().union(*(_lemmas(x) for x in words)) if words else frozenset()
    return any(w not in words and w not in _ASKING_WORDS and _lemmas(w).isdisjoint(lemmas)
               for w in re.findall(r"[a-z]{4,}", said.lower()))


def qualifier_breakdown(sentence: str) -> tuple[str | None, str]:
    """The breakdown SENTENCE (a sentence that only qualifies a question) asks for, and its preposition: "Please break
    this down by year and by ward for each of the above" -> ("year and ward", "by"); "I would like this information
    broken down into fixed and mobile camera devices" -> ("fixed and mobile camera devices", "into"); "(Please break down
    number of incidents in each separate institution)" -> ("institution", "by"); (None, "by") when it names none."""
    unit = period_breakdown(sentence or "")  # "for each of the last five years": by year
    whats, prep, used_to = [], "by", 0
    for m in _BY_WHAT.finditer(sentence or ""):
        if m.start() < used_to:
            continue  # (fx101: a field of a list already taken whole: "by ward, by month and by year")
        what = re.sub(r"(?i)\s+(?:and|&)\s+(?:by|per)\s+", " and ", m.group("what").strip(" -'/"))
        what = re.sub(r"(?i)^(?:the|each|every|a|an)\s+", "", what)
        what = " ".join(_UNIT_PLURALS.get(w.lower(), w) for w in what.split())
        listed = re.match(r"(?P<list>(?:\s*\([^()]{1,30}\)[^,.;:?!()]{0,40})?(?:\s*,\s*[A-Za-z][^,.;:?!()]{0,40}(?:\([^()]{1,30}\))?){0,8}"
                          r"\s*,?\s+(?:and|or)\s+[A-Za-z][^,.;:?!()]{0,40}(?:\([^()]{1,30}\))?)\s*(?=[.;?!]?\s*$)",
                          (sentence or "")[m.end("what"):]) if m.group("into") else None
        if listed and what:  # fx47: "into LA maintained primary, Academy primary (any type) and Free school": every
            what = (what + listed.group("list")).strip()  # category of the list, never its first one alone
            whats.append(what)
            prep = "into"
            continue
        fields = re.match(r"(?P<list>(?:\s*,\s*(?:by\s+)?[a-z][a-z' -]{0,30}){1,6}\s*,?\s+(?:and|&)\s+(?:by\s+)?[a-z][a-z' -]{0,30}?)"
                          r"\s*(?=[.;?!]?\s*$)", (sentence or "")[m.end("what"):]) \
            if not m.group("into") and what and len(what.split()) <= 3 else None
        if fields:  # fx101 (fx100 Humber): "by age, gender and ethnic background": every field of the list, never
            what = re.sub(r"(?i)\s*,?\s+(?:and|&)\s+(?:by\s+)?", " and ", what + fields.group("list"))  # "age" alone
            what = re.sub(r"(?i)\s*,\s*(?:by\s+)?", ", ", what).strip()
            used_to = m.end("what") + fields.end("list")
        if not what or len(what.split()) > 10 or re.search(r"(?i)\b(?:year|month|quarter|week)s?\s+\d", what) \
                or re.match(r"(?i)(?:of|the\s+above|all|both)\b", what):
            continue
        whats.append(what)
        prep = "into" if m.group("into") else prep
    if unit and not any(unit.split()[-1] in w.lower() for w in whats):
        whats.insert(0, unit)
    if not whats:
        return None, "by"
    return " and ".join(dict.fromkeys(whats)), prep if len(whats) == 1 else "by"


def qualifier_apart(question: str) -> tuple[str, str | None, str, str]:
    """QUESTION without the sentences at its end that only qualify it (askfoi.questions.modifies_question) with a
    breakdown or a period ("How many were paid? Please break this down by year and by ward for each of the above."),
    and what they add: (the question, the breakdown, its preposition, the person's breakdown sentences with the pointer
    at "the above" taken off). QUESTION as it is when no such sentence ends it. The period stays readable from the
    question as written (the letter's period, or the part's own)."""
    from askfoi.questions import _sentences, modifies_question

    sentences = [y for x in _sentences(question or "") for y in sentence_ends.split(r"(?<=[?.!])\s+(?=\()", x) if y.strip()]
    k = len(sentences)
    while k > 1 and modifies_question(sentences[k - 1]) and (
            qualifier_breakdown(sentences[k - 1])[0] or stated_periods(sentences[k - 1])):
        k -= 1
    if k == len(sentences):
        return question, None, "by", ""
    by, prep, notes = None, "by", []
    for sentence in sentences[k:]:
        b, p = qualifier_breakdown(sentence)
        if b:
            by, prep = b, p
            note = _POINTER_PHRASE.sub("", re.sub(r"^\((.*)\)\W*$", r"\1", sentence.strip()).rstrip(" ?")).rstrip(" ,;")
            note = note.replace(")", "") if note.count(")") > note.count("(") else note  # "(Please break ...)": no stray ")"
            notes.append(note if note[-1:] in ".?!" else note + ".")
    return " ".join(x.strip() for x in sentences[:k]), by, prep, " ".join(notes)


_SAME_AGAIN_NOTE = re.compile(r"(?i)\bsame\s+" + _SAME_WORDS + r"\s+"
                              r"(?:for|in|about|during)\s+")


def _qualify(part: Frame, full: str, by: str | None, prep: str, note: str) -> bool:
    """PART (made from QUESTION without its qualifying sentences) given what they asked: a frame takes the breakdown as
    its qualifier (rendered by its template) and FULL as its source, so its period is read from it; a part kept in the
    person's words takes their breakdown sentence, without its pointer at "the above" (fr17b)."""
    if part.kept_words:
        if note and by and re.search(r"(?i)\b(?:(?:each|all|both|every\s+one)\s+(?:of\s+)?(?:the\s+above|these|those|them)|(?<!as\s)the\s+above|"
                                     r"both\s+(?:of\s+)?(?:the\s+)?(?:above|questions|items|parts))\b", note):
            note = render("frames/breakdown_note.j2", by=by, prep=prep).strip()  # the pointer is inside: the note from its frame
        if note and note.lower().rstrip(".") not in part.text.lower():
            from askfoi.kept_questions import fix_informal

            note = fix_informal(note)  # the person's spelling fixed as in the rest of a kept part ("seperately")
            part.text = f"{part.text.rstrip()}{'' if part.text.rstrip()[-1:] in '.?!' else '.'} {note}"
            part.source = part.text
        return
    if by and not part.qualifiers.breakdown:
        part.qualifiers.breakdown = by
        part.qualifiers.breakdown_prep = prep
    same = _SAME_AGAIN_NOTE.search(full or "")
    again = bool(same and find_periods(full[same.start():])) and part.kind in _NOUN_KINDS
    if again:  # fr26: "... in 2023? And the same figures for 2024 please": the letter's whole period, year by year
        part.qualifiers.period = None
        part.qualifiers.breakdown = part.qualifiers.breakdown or "year"
    part.source = full
    part.text = render_frame(part)
    return again


def _group_acts(group) -> bool:
    """(ad51) Whether GROUP's body (askfoi.body_groups) is the subject of the verb of one of its questions ("how many
    notices did Kent Police issue"): it is asked, so its group stays first."""
    named = (group.named or "").lower()
    for question in group.questions:
        at = question.lower().find(named) if named else -1
        if at >= 0 and _ACTOR_BEFORE.match(question[max(question.rfind(c, 0, at) for c in ".?!\n") + 1:at]):
            return True
    return False


_COLON_DASH = re.compile(r":[ \t]*[-\u2013\u2014]+(?=[ \t]*(?:\n|$))|:-(?=[ \t]+\S)")


def _colon_dash(text: str | None) -> str | None:
    """fx64: a lead-in ended the old letter-writing way, with a colon and a dash ("under the Freedom Of Information Act
    2000:-", "as follows :-"), is a lead-in ended with a colon: every reader of the message sees the list it opens."""
    return _COLON_DASH.sub(":", text) if text else text


# fx88: a web address shortened with three dots, as WhatDoTheyKnow and mail clients print a long one
# ("https://www.whatdotheyknow.com/request/c... , please can you confirm", "see https://example.org/about/n... for
# details")
_CUT_LINK = re.compile(r"(?i)\b((?:https?://|www\.)[^\s<>\"]*?[^\s.<>\"])\.\.\.(?=[\s,;:)]|$)")


def _cut_links(text: str) -> str:
    """fx88: TEXT with the three dots ending a shortened web address written as one ellipsis character: the dots
    end the address, never the sentence, so no reader splits the sentence there (the lead "With reference to the
    papers at https://...c... , please can you confirm ..." was made a part of its own)."""
    return _CUT_LINK.sub("\\1\u2026", text) if text else text


# sp61: one message is framed many times while it is answered (the letter's subject line, the due date, the checks and
# the insight panel each frame the agreed parts again: six times for each answer's insight panel). Framing depends only
# on its arguments, the day (relative periods) and the knowledge files, so a framing is kept per process and each
# caller gets its own deep copy. Keyed by the arguments, the day and the user's data folder (their own authorities);
# the shipped knowledge does not change while askfoi runs (tests clear it with `forget_framings`).
_FRAMED: dict[tuple, Framing] = {}
_FRAMED_SIZE = 512


def forget_framings() -> None:
    """Drop every framing kept (a test that changes the knowledge files or framing's own functions), and the dates
    read (sp63: askfoi.periods keeps its readings the same way)."""
    from askfoi.periods import forget_periods

    _FRAMED.clear()
    forget_periods()


def frame_message(text: str, authority: str | None = None, *, today: date | None = None,
                  from_story: bool = True, one_body: bool = False) -> Framing:
    """TEXT framed (see `_frame_whole`), remembered per process (sp61: see _FRAMED)."""
    import os

    key = (text, authority, today or date.today(), from_story, one_body, os.environ.get("ASKFOI_DATA_DIR"))
    try:
        hash(key)
    except TypeError:  # an argument of the wrong type: framed (and refused there) as before, never kept
        return _paid_out_parts(_plain_parts(_frame_whole(text, authority, today=today, from_story=from_story,
                                                         one_body=one_body)), text)
    found = _FRAMED.get(key)
    if found is None:
        found = _paid_out_parts(_plain_parts(_frame_whole(text, authority, today=today, from_story=from_story,
                                                          one_body=one_body)), text)
        if len(_FRAMED) >= _FRAMED_SIZE:
            _FRAMED.clear()
        _FRAMED[key] = found
    return found.model_copy(deep=True)


def _frame_whole(text: str, authority: str | None = None, *, today: date | None = None,
                 from_story: bool = True, one_body: bool = False) -> Framing:
    """TEXT framed (see `_frame_message`). ck32 (nu34 #2): questions put to two or more bodies are separate requests:
    this one asks the first body its own questions, and each other body's questions are kept in `other_bodies`
    (never asked of the first). ONE_BODY: TEXT is already one body's questions."""
    from askfoi.body_groups import body_groups, without_joiner

    from askfoi.value_lists import joined_value_lists
    from askfoi.flat_lists import unflattened
    from askfoi.wrapped_lines import joined_wrapped_lines

    # fx76: every reader sees a lead's values written into it; fx79: and a sentence broken by a line break whole;
    # fx82: and a list flattened onto one line as its lines
    from askfoi.list_leads import colon_leads

    # fx99: "... the provision of documents on" over "1 The ownership ...": the lead's colon, before any reader
    from askfoi.option_lists import joined_option_lists

    # fx102: "... whether the pathway is currently:" over its dashed options: the options complete the question
    text = joined_option_lists(joined_value_lists(joined_wrapped_lines(unflattened(_cut_links(_colon_dash(colon_leads(text)))))))
    from askfoi.quoted_asks import quoted_questions_told

    text = quoted_questions_told(text)  # fx99: "Question 36 states. "Where can the Council show ...?"": the FAQ's words
    from askfoi.story_places import bracketed_places

    text = bracketed_places(text)  # nx97: "on my road (fitzjohns avenue)": the road is the one named
    groups = [] if one_body or (authority and authority.strip()) or not from_story else body_groups(text or "")
    if not groups:
        framing = _frame_message(text, authority, today=today, from_story=from_story)
        if not framing.parts and framing.authority is not None and framing.route == "foi":
            from askfoi.terse_asks import terse_ask

            # cl55 (nc55 #9): "client wants leeds city council damp complaints numbers": shorthand with the kind last
            written = terse_ask(text or "", framing.authority.from_text or "")
            again = _frame_message(written, authority, today=today, from_story=from_story) if written else None
            if again is not None and again.parts and again.authority is not None \
                    and again.authority.name == framing.authority.name:
                framing = again
        if from_story and framing.route == "foi" and not (framing.parts or framing.questions or framing.pending
                                                          or framing.unframed or framing.held) \
                and not any(getattr(f, "severity", "") == "high" or getattr(f, "code", "") in _ROUTE_CODES
                            for f in framing.findings):  # (ck20: Clare's law: the route is said, nothing asked back)
            # cx37: a story whose only subject words were read in another sense ("a grass verge" before a dropped
            # kerb): nothing framed and nothing asked back is never the answer; which records it wants is asked
            _ask_back_when_empty(framing, text or "")
            from askfoi.implied_asks import ask_about_story

            ask_about_story(framing, text or "")  # with examples from the story's own subject
        from askfoi.copy_asks import copies_asked  # ny88 (nc88 #4): "can i see the contract": a copy of it

        return _holder_question_out(_conduct_fixed(_place_capitals(_follow_ups_of_kept(_closing_lines_off(
            copies_asked(_asked_inside_kept(framing), text or "")), text), text), text), text)
    if len(groups) > 1 and not _group_acts(groups[0]):
        whole, _ = find_authority(text or "")
        first = next((k for k, g in enumerate(groups) if whole is not None and g.authority == whole.name), 0)
        if first:
            # ad51 (nc49 #2): "do you think the mayor of london should resign? ... how much has tfl made from ulez
            # fines": the body whose act a question asks is this request's; a body an opinion question only mentions
            # is not asked first
            groups.insert(0, groups.pop(first))
    own = text or ""
    for group in groups[1:]:
        for question in group.questions:
            own = re.sub(re.escape(question.rstrip("?.! ")), " ", own, count=1, flags=re.I)
    if any(q.rstrip("?.! ").lower() in own.lower() for g in groups[1:] for q in g.questions) or not own.strip():
        own = " ".join(groups[0].questions)
    own = re.sub(r"\s*(?:,\s*)?(?:and\s+)?(?:separately|also)?\s*(?:[,;]\s*)?$", "", own.strip()) or own
    framing = _frame_message(own, None, today=today, from_story=from_story)
    if framing.authority is None or framing.authority.name != groups[0].authority:
        framing = _frame_message(own, groups[0].authority, today=today, from_story=from_story)
    framing.other_bodies = [OtherBody(authority=g.authority, named=g.named,
                                      questions=[without_joiner(q) for q in g.questions]) for g in groups[1:]]
    return _conduct_fixed(_place_capitals(framing, text), text)


# fx79: a follow-up that points back with a bare pronoun ("Of those, how many were served in the past 10 years"),
# and the elliptic count straight after it ("and how many in the last 5?")
_BARE_FOLLOW_UP = re.compile(r"(?i)^\W*(?:and\s+|also\s+)?(?:of|out\s+of|from|among)\s+(?:those|these|them|the\s+above)\s*,?\s*"
                             r"(?:how\s+(?:many|much)|what|which|when|where|who)\b")
_ELLIPTIC_NEXT = re.compile(r"(?i)^\W*(?:and\s+|also\s+)?how\s+(?:many|much)\s+(?:in|over|during|since|for|of)\b")


def _asked_inside_kept(framing: Framing) -> Framing:
    """fx82: a sub-item the part it belongs to already holds, in the person's words ("When did you put up the notice:
    (a) at Liverpool Street; (b) at King's Cross?"), is never asked back on its own as well ("What exactly should
    \"at Liverpool Street?\" ask about?"): it is asked once, inside its part."""
    if not framing.unframed:
        return framing
    kept = [re.sub(r"\s+", " ", p.text).lower() for p in framing.parts if p.kept_words]
    for question in list(framing.unframed):
        said = re.sub(r"\s+", " ", question).lower().strip(" ?.!;:")
        if len(said) >= 3 and any(said in k for k in kept):
            framing.unframed.remove(question)
            framing.questions = [q for q in framing.questions if question.strip() not in q]
    return framing


def _closing_lines_off(framing: Framing) -> Framing:
    """fx79: a part kept in the person's words ends on no sentence of the letter's furniture: the closing line written
    straight under the last item ("3. Any documents relating to the closure of the library." / "I look forward to a
    swift reply.") is read into that item by the list; it is taken off the part (a remark), sentence by sentence."""
    from askfoi.questions import _sentences, is_furniture

    for k, part in enumerate(framing.parts):
        if not part.kept_words:
            continue
        sentences = [x.strip() for x in _sentences(part.text) if x.strip()]
        cut = len(sentences)
        while cut > 1 and is_furniture(sentences[cut - 1]):
            cut -= 1
        if cut < len(sentences):
            framing.remarks.extend(sentences[cut:])
            framing.parts[k] = part.model_copy(update={"text": " ".join(sentences[:cut])})
    return framing


def _follow_ups_of_kept(framing: Framing, text: str) -> Framing:
    """fx79: the main question of a request kept in the person's words ("Of all Section 8 Notices served since 1983,
    how many were served on the grounds that ...") and a follow-up that points back to it with a bare pronoun ("Of
    those, how many were served in the past 10 years, and how many in the last 5?") are one question: the follow-up
    has no frame to resolve "those" from, so it goes on with the part it follows, in the person's words, never asked
    back as if it named nothing."""
    if not framing.unframed or not framing.parts:
        return framing
    flat = re.sub(r"\s+", " ", text or "").lower()

    def at(words: str) -> int:
        return flat.find(re.sub(r"\s+", " ", words).lower().strip(" ?.")[:60])

    joined: Frame | None = None
    for question in list(framing.unframed):
        where = at(question)
        if where < 0 or not (_BARE_FOLLOW_UP.match(question) or joined is not None and _ELLIPTIC_NEXT.match(question)):
            joined = None
            continue
        before = [(at(p.source or p.text), k) for k, p in enumerate(framing.parts)]
        before = [(w, k) for w, k in before if 0 <= w < where]
        if not before:
            continue
        part = framing.parts[max(before)[1]]
        if not part.kept_words or (joined is None and not _BARE_FOLLOW_UP.match(question)):
            continue
        if _BARE_FOLLOW_UP.match(question):
            said = f"{part.text.rstrip()} {keep_words(question).text}"
        else:  # "..., and how many in the last 5?": the person's own ellipsis goes on the sentence it continues
            rest = re.sub(r"(?i)^\W*(?:and\s+|also\s+)", "", question.strip()).rstrip(" ?.")
            said = f"{part.text.rstrip().rstrip('?.')}, and {rest}?"
        framing.parts[framing.parts.index(part)] = part.model_copy(update={
            "source": f"{(part.source or '').rstrip()} {question.strip()}", "text": said})
        joined = part
        framing.unframed.remove(question)
        framing.questions = [q for q in framing.questions if question.strip() not in q]
    return framing


# nx67 (lf64's leftover): "who is responsible for the road at brixton hill, is it tfl or lambeth?": the writer asks which
# body holds it; that is answered from data at the organisation step (asked_holders.road_holders), never a part
_HOLDER_ASKED = re.compile(
    r"(?i)\b(?:who|which\s+(?:body|organi[sz]ation|council|authority|one))\s+(?:is\s+responsible\s+for|looks\s+after|"
    r"owns|maintains|runs|manages|is\s+in\s+charge\s+of|deals\s+with|covers)\b[^?.!\n]*?[,;:-]?\s*(?:is\s+it|is\s+that|"
    r"would\s+it\s+be|do\s+i\s+(?:ask|write\s+to)|should\s+i\s+(?:ask|write\s+to)|it\s+is)\s+(?P<bodies>[^?.!\n]+?\s+or\s+"
    r"[^?.!\n]+?)(?:\s*\?+|[.!\n]|$)")


def _holder_question_out(framing: Framing, text: str) -> Framing:
    """nx67 (lf64's leftover): a sentence asking which of two bodies the message names holds something ("who is
    responsible for the road at brixton hill, is it tfl or lambeth?") makes no part: the organisation question answers
    it (who holds what, askfoi.asked_holders), and the sentence is kept as a remark. Parts from other sentences stay."""
    if framing.route != "foi" or not framing.parts:
        return framing
    for m in _HOLDER_ASKED.finditer(text or ""):
        if len(bodies_named_together(m.group("bodies"))) < 2:
            continue
        said = m.group(0).lower()
        asked = re.sub(r"\s+", " ", said)

        def inside(part: Frame) -> bool:
            words = " ".join(re.findall(r"[a-z0-9']+", (part.source or part.text or "").lower()))
            return bool(words) and words in " ".join(re.findall(r"[a-z0-9']+", asked))

        kept = [p for p in framing.parts if not inside(p)]
        if len(kept) < len(framing.parts) and kept:
            framing.parts = kept
            framing.remarks.append(m.group(0).strip())
    return framing


def _conduct_fixed(framing: Framing, text: str) -> Framing:
    """nx67 (nc64 #12): a finding about one identifiable officer's or member of staff's complaints or conduct gets its
    one-key fix: the part replaced by figures about no one in particular and the policy (askfoi.staff_conduct)."""
    if framing.route != "foi" or not framing.findings:
        return framing
    from askfoi.staff_conduct import with_conduct_fixes

    police = False
    if framing.authority is not None and framing.authority.name:
        from askfoi.authorities import resolve_authority

        found = resolve_authority(framing.authority.name)
        police = bool(found is not None and found.known and found.type.value == "police")
    framing.findings = with_conduct_fixes(framing.findings, [p.text for p in framing.parts], police=police, text=text or "")
    return framing


def _environmental_despite_slips(check, text: str, found, period_label: str | None) -> None:
    """lead40 (nc43 #11b): "how many polution complaints did sepa get about the refinary": a slip never decides the law.
    When the words as typed name no environmental subject but the words as the spelling check would correct them do,
    CHECK (the first message's) takes the EIR route and the environmental finding of the corrected words."""
    if check.regime.value not in ("FOIA", "FOISA") or any(f.code == "environmental-information" for f in check.findings):
        return
    from askfoi.checks import check_request
    from askfoi.spelling import apply, suggest

    fixes = suggest(text or "")
    if not fixes:
        return
    again = check_request(apply(text, fixes), found.name if found else None, period=period_label)
    env = [f for f in again.findings if f.code == "environmental-information"]
    if env and again.regime.value == "EIR":
        check.regime = again.regime
        route = {"scottish-authority"}  # what the route says is said by the corrected words' findings
        check.findings = [f for f in check.findings if f.code not in route or any(g.code == f.code for g in again.findings)]
        check.findings.extend(env)


_BAKED_VERB = {"is": "are", "are": "are", "was": "were", "were": "were", "has": "have", "have": "have"}


def _proposed_name_unbaked(framing: Framing, text: str) -> None:
    """au58 (nc58 #1): a part never bakes in the name of a body askfoi only proposed (taken from a place, a town or a
    story the message names, never typed as the body's name): the letter speaks to the body as "you" ("what you are
    planning"), so a part stays right when the person corrects the organisation. lf64 (issue 8): a name the person
    typed, and the body's short name ("the force's policy", "the rent the council charges"), are spoken to as "you" too
    (askfoi.kept_questions.addressed: "your policy", "the rent you charge"), where the sentence shows it is the body."""
    from askfoi.kept_questions import addressed

    found = framing.authority
    if found is None or not found.name:
        return
    low = (text or "").lower()
    from askfoi.part_addressee import a_word, body_names

    # (lf64: a name that is one ordinary word, "LEASE", is never read as the body in "the lease for the centre")
    names = sorted({n for n in (found.name, found.letter_name) if n and n.lower() not in low and not a_word(n)},
                   key=len, reverse=True)

    spoken = body_names(found.name)
    # nx97: the words the body was found from are spoken to as "you" only when they are its name ("leeds teaching
    # hospitals", "kent county council"); a place it runs ("called out to hmp leeds", written to the Ministry of
    # Justice) stays named, never "called out to you"
    said = {w for n in spoken for w in re.findall(r"[a-z]+", n.lower())}
    spoken += [n for n in (found.from_text,) if n and len(n.split()) > 1
               and set(re.findall(r"[a-z]+", n.lower())) - {"the"} <= said]
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    verb = re.compile(rf"(?i)\b(?:the\s+)?(?:{alts})\s+(is|are|was|were|has|have)\b")
    owner = re.compile(rf"(?i)\b(?:the\s+)?(?:{alts})['\u2019]s?(?!\w)")
    bare = re.compile(rf"(?i)\b(?:the\s+)?(?:{alts})\b")

    def unbaked(words: str | None) -> str | None:
        if not words:
            return words
        words = addressed(words, spoken)
        if not names or not bare.search(words):
            return words
        words = verb.sub(lambda m: "you " + _BAKED_VERB[m.group(1).lower()], words)
        words = owner.sub("your", words)
        return bare.sub("you", words)

    from askfoi.kept_questions import body_pronouns, body_short

    short = body_short(found.name)
    for frame in [*framing.parts, *(r for p in framing.parts for r in p.replacements)]:
        for field in ("text", "subject", "clause", "decision", "parties", "head", "of_set"):
            value = getattr(frame, field, None)
            if isinstance(value, str) and value:
                value = unbaked(value)
                if not frame.kept_words and short:
                    # nx67 (lf64's leftover): a framed part's "their" that can only mean the body is "your" too
                    # ("inspections carried out by your team"), as a kept question's is (kept_questions.body_pronouns)
                    value = body_pronouns(value, short)
                setattr(frame, field, value)


def _place_capitals(framing: Framing, text: str = "") -> Framing:
    """cx39: FRAMING's parts with the place names typed in lower case given their capitals, whatever step wrote the
    part's words last ("round here" written out from the story as "on elm park": "on Elm Park"); fx47: an acronym
    TEXT types in capitals keeps them in every part ("IRPs", "BWVs": never "irps")."""
    from askfoi.place_capitals import capitalise_places, capitalise_welsh_names

    _proposed_name_unbaked(framing, text)
    typed = _typed_acronyms(text or "")
    for part in framing.parts:
        part.text = capitalise_welsh_names(capitalise_places(part.text) or part.text) or part.text
        if typed:
            part.text = re.sub(r"[A-Za-z][A-Za-z&]*", lambda m: typed.get(m.group().lower(), m.group())
                               if m.group() != m.group().upper() else m.group(), part.text)
    return framing


@functools.lru_cache(maxsize=256)
def _typed_acronyms(text: str) -> dict[str, str]:
    """(fx47) The acronyms TEXT types in capitals, by their lower-case form: a run of capitals with a small plural
    "s" ("IRPs", "BWVs", "B&Bs"), or a run of capitals that is no English word ("CAAAS", "BWV"); a heading typed in
    capitals ("NOISE COMPLAINTS ACTION") gives none of its words."""
    from askfoi.spelling import _known

    found: dict[str, str] = {}
    for m in re.finditer(r"(?<![\w&])([A-Z][A-Z&]{1,7})(s?)(?![\w&])", text):
        stem, plural = m.group(1), m.group(2)
        if not plural and (_known(stem.lower()) or len(stem.replace("&", "")) < 2):
            continue
        found.setdefault((stem + plural).lower(), stem + plural)
    return found


# fx44: "for each of the calendar years 2019, 2021, ...", "in each of the years 2019 and 2020": a breakdown by year
_EACH_OF_YEARS = re.compile(r"(?i)\b(?:for|in)\s+each\s+of\s+the\s+(?:(?P<adj>calendar|financial|academic|school)\s+)?years\s+"
                            r"(?=(?:19|20)\d\d)")
# fx44: doubled marks of emphasis typed or pasted around words ("**Kindly supply ...**", "__note__"); a single "*" may be
# a bullet ("*The total number of ...") and stays
_EMPHASIS = re.compile(r"\*\*+|(?<!\w)__+|__+(?!\w)")


def _compounds_joined(text: str) -> str:
    """fx48 (nc47 #11): TEXT with each two-word spelling of a compound written as one (record_kinds.yaml spellings whose
    right spelling is the same words with a hyphen or none: "body worn" -> "body-worn", "e mail" -> "email"), so a
    reader never takes its second word for a verb ("body worn camera videos": "body that worn camera videos")."""
    for typed, meant in _vocab().spellings.items():
        words = typed.split()
        if len(words) != 2 or meant.lower() not in ("-".join(words), "".join(words)):
            continue
        glue = "-" if "-" in meant else ""
        pattern = re.compile(rf"(?i)\b({re.escape(words[0])})\s+({re.escape(words[1])})\b")
        text = pattern.sub(lambda m: m.group(1) + glue + m.group(2), text)
    return text


def _frame_message(text: str, authority: str | None = None, *, today: date | None = None,
                   from_story: bool = True) -> Framing:
    """`_framed_message`, with every period of a question read knowing the whole of TEXT (fx48: "how many kids were
    excluded in 2023/24" after "my son goes to an academy" is a school's academic year)."""
    from askfoi.periods import told

    from askfoi.embedded_asks import STORY_POLICY

    from askfoi.periods import body_year
    from askfoi.question_ledger import keep_lost_questions

    with told(text), body_year(None):
        framed = _framed_message(text, authority, today=today, from_story=from_story)
        framed.period_year = _period_year_said(framed, today)
        if STORY_POLICY.get() and not re.search(r"(?i)\bon\s+it\b", text or "") \
                and any(re.search(r"(?i)\bon\s+it\b", q) for q in framed.questions):
            # fx48: "what is the policy" after a story read as "... on it", and the story named nothing "it" could
            # mean: read again as typed, so no question asked back quotes words the person never wrote
            token = STORY_POLICY.set(False)
            try:
                framed = _framed_message(text, authority, today=today, from_story=from_story)
            finally:
                STORY_POLICY.reset(token)
        if framed.route == "foi" and framed.parts:
            from askfoi.part_gate import gate_parts
            from askfoi.question_ledger import findings_stay_with_parts

            with findings_stay_with_parts(framed):  # fx50 (nc49 #3): the steps after the gate write parts too: every
                framed.gated += gate_parts(framed, text or "", only=_FINAL_GATE)  # part passes it once they are final
        keep_lost_questions(framed, framed.asked)  # fx50: no question of the message is lost in silence
        return framed


def _period_year_said(framing: Framing, today: date | None) -> str | None:
    """(ad51) What the period step says when FRAMING's period was read by the year of the body the letter goes to
    (prompts/frames/period_year.j2): "2024/25" at a university is 1 August 2024 to 31 July 2025, not the April year
    a council keeps; None when the body's year changed nothing."""
    from askfoi.periods import body_year, current_body_year, label_span

    held = current_body_year()
    written = (framing.period_text or "").strip()
    if held is None or not framing.period or not written or framing.route == "sar":
        return None
    with body_year(None):
        plain = [label for label, _, _ in stated_periods(written, today=today)]
    span = label_span(framing.period)
    if not span or plain == [framing.period] or not plain:
        return None
    return " ".join(render("frames/period_year.j2", written=written, start=f"{span[0].day} {span[0]:%B}",
                           end=f"{span[1].day} {span[1]:%B}", said=held.said).split())


def _hold_body_year(found: AuthorityFound | None, institution) -> None:
    """(ad51, nc49 #10) Periods read from here on follow the year of the body the letter goes to (FOUND, or an
    INSTITUTION askfoi found by its name only: a school): a university's 1 August year, an academy trust's
    1 September one, a school's school year (knowledge/vocab/body_years.yaml). Reset when the framing ends."""
    from askfoi.authorities import resolve_authority
    from askfoi.periods import _BODY_YEAR, body_year_of

    year = None
    if found is not None:
        known = resolve_authority(found.name)
        if known is not None and known.known:
            year = body_year_of(known.name, known.type.value)
    elif institution is not None:
        year = body_year_of(institution.name, None, institution.question)
    _BODY_YEAR.set(year)


# fx50: the faults the gate's last pass (on the final parts) acts on: a body counted as a thing, a verb with its object
# in a subject slot; the older checks stay with the first pass, which every part they were made for has been through
_FINAL_GATE = ("authority name", "a verb and its object in the subject", "a finite verb and its object in the subject")


def _framed_message(text: str, authority: str | None = None, *, today: date | None = None,
                    from_story: bool = True) -> Framing:
    """TEXT (a person's first message) framed: route and law, the organisation it names (or AUTHORITY),
    the period it states, a frame per question, the findings `askfoi check` raises on it, framing's own
    findings (covert use, too vague to frame) and the questions a too-vague message needs answered.
    FROM_STORY false: TEXT is a part already agreed (the letter reads its subject line from it), so no subject is
    read from it as from a story (fr28b's step is left out)."""
    from askfoi.authorities import resolve_authority
    from askfoi.checks import check_request

    from askfoi.informal_roles import message_remarks_apart
    from askfoi.word_slips import read_as_meant, read_text_speak

    from askfoi.pasted_layout import aside_after_opener, restore_breaks

    from askfoi.item_headings import heading_lines_off, headings_off, labels_off

    from askfoi.pasted_layout import lone_bullets_joined

    from askfoi.sign_off import closing_on_its_own_line

    from askfoi.word_slips import everyday_names

    from askfoi.word_slips import vague_kind_named

    text = vague_kind_named(text)  # ny79 (nc79 #1): "those tracking things, the imsi catchers": the name
    text = everyday_names(_EMPHASIS.sub("", text or ""))  # lf58: "universal credits", "cctv", "tasers": the names as written
    # fx44: "**Kindly supply ...**": marks of bold, never words, never a sentence's start
    text = closing_on_its_own_line(lone_bullets_joined(headings_off(heading_lines_off(labels_off(text or "")))))  # fx42: "1. Number of Facilities: The total ...": the item's label
    # is never asked; fx43: a bullet on a line of its own opens the item under it, for every reader (items kept whole too)
    from askfoi.addressee import addressee_line
    from askfoi.message_frame import periods_pointed

    text = addressee_line(text)  # fx52: "Dwr Cymru Welsh Water - how many ...": the body addressed, never in a part
    text = periods_pointed(text, today=today)  # fx49: "In the same period, how many were paid?": the dates asked before
    from askfoi.item_references import item_labels_written

    text = item_labels_written(text)  # fx51: "In relation to question one how many arrests ...": that item's things
    as_typed = text or ""  # fr31: the person's own words, for items kept whole
    text = restore_breaks(text or "")  # fr28a: "1 – Agency SpendPlease provide", "groups.b. Please", "Hill.Please"
    text = aside_after_opener(text)  # fr28a: "can you please tell me, in the last three years, how many ..."
    text = read_text_speak(text)  # fr27b: "ppl waitin", "hw many kids r excluded": the words meant
    from askfoi.raw_shapes import penalties_asked

    text = penalties_asked(text)  # fx48: "what fines did thames water get": the fines imposed on it, dates and amounts
    text = _adverb_slips_fixed(text)  # lead42: "how many were actualy fixed": the adverb meant, so the verb is read
    text = _elliptical_times(text)  # fx47: "... in 2023? how many times in 2024?": the question before, another period
    from askfoi.questions import years_named_not_pointed

    text = years_named_not_pointed(text)  # fx44: "for each of these calendar years - 2019, 2021 -": the years, named
    from askfoi.part_pointers import footage_of_device

    text = footage_of_device(text)  # lead42 (nc45 #11): "drones ... on the footage": the drone footage, named
    text = inline_period_lists((text or "")[:20000], today)  # "for each of the following years: a. ... b. ..."
    text = _that_year_said(text, today)  # ck29: "that year" after a story naming one year: that year, said
    from askfoi.item_references import inline_object_lists, resolve_item_references

    from askfoi.item_references import listed_pointers

    from askfoi.embedded_asks import passed_on_asks

    # lead46 (nc53 #2): "could you ask <body> the following: - ...": the body as the addressee, then the questions (before
    # a "the following:" list is read as the object of the sentence over it)
    text = passed_on_asks(text)
    text = _kind_word_named(text)  # lead51 (nc67 #9): "the emails between welsh water and the agency": the agency named
    text = listed_pointers(resolve_item_references(inline_object_lists(text)))  # fr27a: "the meters referred to in point 3": that item's
    # noun phrase, written out; "What is the date of:" over the lines that finish it: one question
    from askfoi.breakdown_lists import breakdown_in_words
    from askfoi.discourse_marks import polite_asks, without_marks

    text = breakdown_in_words(text)  # fr26b: "broken down by: year; ward": the breakdown in words, never parts of its own
    text = without_marks(text)  # fr26b: "anyway how many ...", "my question is how many ...": the question's own start
    text = polite_asks(text)  # fr26b: "can i have the emails between ...?", "id like any reports": a request
    from askfoi.discourse_marks import found_out_asks

    text = found_out_asks(text)  # cx36: "how do i find out what they spend it on?": what it asks is the want
    from askfoi.discourse_marks import money_whats, wants_told

    from askfoi.embedded_asks import reported_asks

    text = reported_asks(text)  # fx52: "client wants to know if X, how many ...": the client's question, asked directly
    from askfoi.embedded_asks import used_things

    text = used_things(text)  # fx57: "(there were drones ...) what the police use, how much they paid for it": those things
    text = money_whats(wants_told(text))  # cx37: "I'm sure I'm not alone wondering if ...": the want; "what is paid": a sum
    from askfoi.word_slips import typed_slips

    slips = typed_slips(text)  # lf61 (nc58 #13): what read_as_meant reads as meant is offered too, never changed unasked
    text = read_as_meant(text)  # fr25b: "what is there policy", "how many where sacked", "kids had send": the word meant
    from askfoi.yes_no_asks import claims_asked

    text = claims_asked(text)  # lf58: "X's wardens have targets, is that true": the question "do ... have targets?"
    from askfoi.embedded_asks import asked_not_told, direct_question

    text = direct_question(asked_not_told(text))  # fx42: "how many times Kent Police used drones": "how many times did Kent Police use"
    text = place_said_once(text)  # ck30: "on Street Church Lane, church lane", "station road road": the street said once
    text = message_remarks_apart(text)  # fr25b: "..., 3 questions for hampshire constabulary": about the message, not asked
    plain = "\n".join(restarted_runs(loose_labels(text.split("\n"))))  # fr24b: "1. ...:" over "1. 2. 3.", then "2."
    text = plain if len(plain.split("\n")) == len(text.split("\n")) else text  # fr23a: "1 - A copy": every reader sees "1."
    together, run = ([], None) if authority and authority.strip() else _together(text)
    if run and set(re.findall(r"[a-z]+", text[run[0]:run[1]].lower())) & _type_words():
        # "from both kent county council and kent police": which one is asked; the names leave the parts (bare
        # places stay: "potholes in leeds and bradford")
        lead = re.search(r"(?i)\b(?:(?:from|to|of|ask|asking)\s+)?(?:both\s+|each\s+of\s+|all\s+of\s+|either\s+)?(?:the\s+)?$",
                         text[:run[0]])
        text = (text[:lead.start() if lead else run[0]].rstrip() + " " + text[run[1]:].lstrip()).strip()
    reading = read_message(text)  # fr7a: questions, and the remarks that are neither parts nor asked back
    from askfoi.rhetorical_asks import set_aside as _vented_apart

    kept_asks, vented = _vented_apart(reading.questions)
    if vented:  # cx37: "why not just ...?", "how on earth ...?" beside a real ask: a remark, never a part
        places = dict(zip(reading.questions, reading.places))
        reading.places = [places.get(q) for q in kept_asks]
        reading.questions = kept_asks
        reading.remarks = list(reading.remarks) + [q for q in vented if q not in reading.remarks]
    from askfoi.complaint_acts import set_aside as _complaint_aside

    kept_asks, aside = _complaint_aside(reading.questions, text)
    if aside:  # ck50: "do you think the mayor should resign?" beside a factual question, a grievance in a complaint
        places = dict(zip(reading.questions, reading.places))
        reading.places = [places.get(q) for q in kept_asks]
        reading.questions = kept_asks
        reading.remarks = list(reading.remarks) + [q for q in aside if q not in reading.remarks]
        vented = list(vented) + aside
    asked = list(reading.questions)  # fx50: the ledger's questions (askfoi.question_ledger), set on the framing below
    found, auth_span = (None, None) if run else find_authority(text, authority, reading=reading)
    if aside and found is not None and not run and not (authority and authority.strip()):
        # ck50: a body named only in a view set aside ("do you think the mayor of london should resign?") is not the
        # one asked: the body the questions kept name is
        from askfoi.complaint_acts import act

        views = [q for q in aside if act(q) == "opinion"]
        if any((found.from_text or "").lower() in q.lower() for q in views):
            again, _ = find_authority(" ".join(kept_asks), None)
            if again is not None:
                found, auth_span = again, None
    if found is not None and not (authority and authority.strip()) and not _named_in_full(found.from_text):
        from askfoi.unnamed_bodies import unnamed_body

        from askfoi.asked_holders import answers_for_itself

        kind = unnamed_body(text, reading.questions)
        if kind is not None and (kind.not_council or answers_for_itself(kind.typed, reading.questions or [text])) \
                and _is_council(found.name):
            # org14: "my gp in leeds" is not Leeds City Council: which GP is asked; cl55 (nc55 #3): nor is "his
            # academy in manchester" asked for its own exclusions: an academy answers for itself, through its trust
            found, auth_span = None, None
    institution = None
    from askfoi.site_bodies import hospital_site

    site = hospital_site(text)
    if not run and not (authority and authority.strip()) and not (found is not None and site and found.name == site[0]):
        # org17: "nottingham univeristy hospitals", "st josephs catholic college in swindon": the institution, never
        # the council of the place in its name (ck22: a hospital site askfoi knows is already its trust)
        found, auth_span, institution = _institution_named(text, found, auth_span, reading)
    held = None
    if institution is not None and found is None and not together:
        from askfoi.asked_holders import school_holder

        # ad48 (nc47 #1): what is asked of a school named with its place decides the body: air quality near it is the
        # council's, its pupils' exclusions the education authority's (the school the other body to ask)
        held = school_holder(institution, text, reading.questions)
        if held is not None:
            found, auth_span, institution = AuthorityFound(name=held.body, from_text=held.typed), None, None
    elif found is not None and site and found.name == site[0] and not (authority and authority.strip()):
        from askfoi.asked_holders import site_holder

        held = site_holder(site[1], text, reading.questions)  # "the air quality near leeds general infirmary": the council's
        if held is not None:
            found, auth_span = AuthorityFound(name=held.body, from_text=held.typed), None
    _hold_body_year(found, institution)
    periods = find_periods(text, today=today)
    said = stated_periods(text, today=today)
    if not said:
        said = _one_day_period(None, text, today)  # ck21: "as at 31 March 2025": a period of one day
    period_label = cover_period(list(dict.fromkeys(label for label, _, _ in said))) if said else None
    resolved = resolve_authority(found.name) if found else None
    check = check_request(text, found.name if found else None, period=period_label)
    if not (authority and authority.strip()):
        landlord = _landlord_named(check, text, found)
        if landlord is not None:
            (found, auth_span), resolved = landlord, None
    _landlord_named_besides_place(check, text, found, period_label)
    _environmental_despite_slips(check, text, found, period_label)
    _ncnd_per_question(check, reading.questions, found.name if found else None, period_label)
    from_check = {id(f) for f in check.findings}  # ck12: judged again on the parts they are about (finding_scope)
    sar = check.regime.value == "SAR"
    from askfoi.client_letters import client_letter
    from askfoi.footage_holders import footage_of_me

    client = client_letter(text)  # ck33 (nu34 #10): an adviser pasting the client's own letter: her words are the request
    if client is not None and not sar and (client.own_records or check_request(client.words, found.name if found else None).regime.value == "SAR"):
        sar = True
    if not sar and footage_of_me(text):
        sar = True  # ck33: "someone hit me at the bus station ... i want the cctv": the person's own images
    scottish_landlord = any(f.code == "housing-association" and f.severity == "low" for f in check.findings)
    regime = _regime(check.regime.value, resolved, sar, police_law_enforcement(text),
                     located_in_scotland(text) or scottish_landlord  # ck13: a Scottish housing association: FOISA
                     or _named_all_scottish(as_typed))
    scotland = regime in ("FOISA", "EISR")
    police_or_unknown = resolved is None or not resolved.known or resolved.type.value == "police"
    if resolved is None or not resolved.known:
        from askfoi.authorities import _kinds_named, normalise

        named_kinds = {k.value for k in _kinds_named(normalise(text))}
        if re.search(r"(?i)\blocal\s+authorit(?:y|ies)\b", text):
            named_kinds.add("council")  # ck12: "does your local authority conduct covert social media monitoring"
        if re.search(r"(?i)\b(?:police|constabulary|constabularies)\b", text):
            named_kinds.add("police")  # ck15: "your police force" asked, a university only in the writer's story
        if named_kinds and not named_kinds & {"police", "central_government", "other"}:
            # "has the council used its RIPA powers": no body named, but a council, not a force, is asked
            police_or_unknown = False
            check.findings = [f for f in check.findings if f.code != "ncnd-risk"]
    framing = Framing(
        route="sar" if sar else "foi",
        regime=regime,
        authority=found,
        period=period_label,
        period_text=(said[0][1] if len({label for label, _, _ in said}) == 1 else period_label) if said else None,
        # the message's own story is no fault: personal details are judged on the letter's parts (askfoi.request)
        findings=[f for f in check.findings if f.code != "personal-details"],
        # (lead51: a contraction typed without its apostrophe is offered as that, "theyd" -> "they'd", never the
        # speller's nearest word "they")
        spelling=[p for p in suggest_spelling(text) if p[0].lower() not in {t.lower() for t, _ in slips}] + slips,
    )
    if regime in ("FOISA", "EIR", "EISR") and check.regime.value != regime:
        from askfoi.checks import said_under
        from askfoi.models import Regime

        # ff27: routed to another law than the check's (a Scottish text naming no body): its cost limit, not FOIA's
        law = Regime.FOISA if regime == "FOISA" else Regime.EIR
        framing.findings = [said_under(f, law, found.name if found else None) for f in framing.findings]
        if regime == "EISR" and found is None:
            from askfoi.checks import said_in_scotland

            framing.findings = [said_in_scotland(f) for f in framing.findings]  # nx85: no EIR words before a body is picked
        from_check |= {id(f) for f in framing.findings}
    framing.named_together = together
    framing.asked = asked
    if found is not None:
        _prison_health_note(framing, text)
        _successor_note(framing)
        _why_this_body(framing, held, text, reading)
    if found is None and not together and institution is not None:
        _institution_question(framing, institution, text)
    elif found is None and not together:
        from askfoi.unnamed_bodies import unnamed_body

        kind = unnamed_body(text, reading.questions)  # org14: "the housing association": ask which one
        reader = _reader_kind(text)
        if reader is not None and (kind is None or kind.kind != reader):
            from askfoi.unnamed_bodies import UnnamedBody, kind_spec

            spec = kind_spec("police" if reader == "police" else "council" if reader == "council" else "hospital")
            typed = _READER_TYPED.search(text) or next((rx.search(text) for k, rx in _READER_KIND if k == reader), None)
            if spec is not None and typed is not None:  # ff28: "in your local authority area": the reader's kind
                kind = UnnamedBody(spec.kind, spec.label, typed.group(), spec.example, spec.not_council)
        if kind is not None:
            from askfoi.council_tiers import typed_tier

            # cx36: "our parish council": an example of its own tier; "potholes", told to the parish council: the
            # tier that holds them is asked for
            # the service asked about in a question of the message, never one only told of in its story
            asked = " ".join(q for q in reading.questions or [] if q.rstrip().endswith("?"))
            tier = typed_tier(kind.typed, text, asked) if kind.kind == "council" else None
            typed = kind.typed
            if kind.kind == "council" and tier is None:
                from askfoi.council_tiers import tier_named_in

                named = tier_named_in(text, asked)  # "our parish council ... copies from the council": the parish council
                if named is not None:
                    typed, tier = named
            from askfoi.asked_holders import answers_for_itself, itself_example

            itself = answers_for_itself(typed, reading.questions or [text]) if kind.kind == "school" else ""
            framing.body_kind = itself or kind.label
            framing.body_question = render("frames/which_body.j2", kind=kind.kind, label=itself or kind.label,
                                           typed=typed, tier=tier,
                                           example=tier.example if tier else itself_example(itself) or kind.example,
                                           service=kind.service, itself=itself).strip()
        _hospital_town_choices(framing, text)
        _initials_choices(framing, text)
        if not framing.body_choices:
            _town_choices(framing, text, reading)
    if sar:
        from askfoi.sar_items import foi_asides

        framing.parts = _personal_data_frames(client.words if client is not None else text)
        if found is not None:
            _sar_addressee_left_out(framing.parts, found)  # lead42 (nc45 #16): "my housing file from glasgow city council"
        framing.adviser = client is not None
        framing.foi_aside = foi_asides(text, [p.text for p in framing.parts])  # ny73: one decision per clause
        framing.foi_aside_people = _about_people(framing.foi_aside)
        from askfoi.sar_items import others_in_sar

        framing.others_records = others_in_sar(text)  # ck26: "and my kids files": each person's own request
        _interception_asked(framing, text, resolved)  # lf61 (nc58 #3a): "have they tapped my phone": said, never an item
        if any("the reasons for it" in p.text for p in framing.parts):
            # sar15: "he was excluded and they wont tell us why": the why is asked as the decision's records
            framing.findings = [f for f in framing.findings if f.code != "not-recorded-information"]
        _school_holds_them(framing, text, resolved)  # ck23a: a pupil's records: the school, never the place's council
        from askfoi.part_checks import no_body_finding

        _footage_holder(framing, text, today)  # ck33 (nu34 #10): the CCTV of a place: whoever runs it holds it
        # ck15: who holds the records; lead32: asked as a finding unless ck33's numbered choices ask it already
        missing = no_body_finding(framing) if not framing.body_choices else None
        framing.findings += [missing] if missing is not None else []
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") not in _FOI_ONLY]  # ck33: never on a SAR
        return framing
    from askfoi.sar_items import records_of_others

    framing.others_records = [items for items, _ in records_of_others(text)]

    # Mask the authority's name and every period in the message before reading subjects. A body found
    # from a bare place name ("in leeds") stays in the text as a place, with its capital.
    if found is not None and auth_span is None:
        from askfoi.area_councils import capitalise_areas

        # ck35: a town or an estate the body was taken from ("in west bromwich") is read with its capitals by every
        # step, so that a part that points back at it ("when will they build it") names it whole
        text = capitalise_areas(text)
    text_in = text
    if auth_span and ((len(found.from_text.split()) == 1 and found.from_text.lower() in _place_names())
                      or (found.from_text[:1].isupper() and not _named_as_itself(found))) \
            and re.search(r"(?i)\b(?:in|at|across|around|near|of|for|within|throughout)\s+(?:the\s+)?$", text[: auth_span[0]]):
        # (fx42: "the air quality readings for stockport": the readings' place too, never lost with the body's name)
        # fx42: a place the body was only inferred from ("at HMP Pentonville": the Ministry of Justice) stays the place
        said = found.from_text if len(found.from_text.split()) > 1 else found.from_text.title()
        text = text[: auth_span[0]] + said + text[auth_span[1]:]
        auth_span = None
    text = _capitalise_places(text)
    from askfoi.periods import hedged_span, is_length

    spans = _with_available(text, [hedged_span(text, s) for _, w, s in periods
                                   if not is_length(text, w, s)])  # fr24a: "waiting over 2 years"; nx76: "say 2023 to now"
    masked_text = _mask(text, spans + ([auth_span] if auth_span else []), "")
    if auth_span:
        masked_text = _mask(text, spans, "\u00a7PERIOD\u00a7")
        shift = _mask(text, [s for s in spans if s[1] <= auth_span[0]], "\u00a7PERIOD\u00a7")
        offset = len(shift) - len(text)
        a0, a1 = auth_span[0] + offset, auth_span[1] + offset
        masked_text = masked_text[:a0] + "\u00a7AUTH\u00a7" + masked_text[a1:]
    else:
        masked_text = _mask(text, spans, "\u00a7PERIOD\u00a7")
    masked_text = _sent_to_body(_mask_same_body(masked_text, found))  # lf58: "complaints that went to" the body
    questions = reading.questions
    if found is not None and found.from_text and len(questions) > 1:
        # lead40 (nc43 #3): "..., and what guidance do they give headteachers, kent county council": the addressee
        # typed after the last question is no part of it
        tail = re.compile(rf"(?i)\s*,\s*(?:the\s+)?{re.escape(found.from_text)}[\s?.!]*$")  # never inside brackets
        questions = [tail.sub("", q) if tail.search(q) and len(tail.sub("", q).split()) >= 3 else q for q in questions]
    framing.remarks = list(reading.remarks)
    framing.vented = vented
    masked_questions = split_questions(masked_text)
    if len(masked_questions) != len(questions) or any(is_length(text, w, s) for _, w, s in periods):
        # (fr24a: a length kept in the text ("waiting over 18 months"): each question masked on its own, the body's
        # name by its words, so a name the span missed never runs into the part)
        masked_questions = [_mask_one(q, found, today) for q in questions]
    previous: Frame | None = None
    framed_last: Frame | None = None  # fr26: previous, when it is the frame of the part last put on the letter
    widened: list[Frame] = []  # fr26: parts asked again for another period: the letter's whole period, year by year
    measure_root: Frame | None = None  # the last sum asked for: "how much of that ..." narrows it
    named = " ".join(x for x in (found.name, found.from_text) if x) if found else None
    seen: set[str] = set()
    cued = False  # a question that names a kind of record but could not be framed is not vague
    asked_in_story: list[str] = []  # "i want information about the council": first person, but asking
    remarks: list[tuple[str, int]] = []  # sentences asked back that ask nothing (story, remarks, a period note)
    gated: list[str] = []  # fr7a: sentences that do not ask, kept as remarks unless nothing else is said
    why_absorbed: list[str] = []  # the questions a bare "and why" after them turned into a breakdown by reason
    told: list[str] = []  # fr10b: the sentences of story the message told before the question being read
    chat = not formal_request(text_in)  # fr10b: the story readings are for messages typed as people speak
    story_left: list[tuple[str, list[str]]] = []  # fr10b: questions still pointing at the story, with the words
    listed_subject: bool | None = None  # fr29b: the message is about one of informal_subjects.yaml's subjects
    subject_choices: dict[str, tuple[str, list[str]]] = {}  # fr29b: a pointer the story leaves unsure, and its topics
    item_of = {q: w for q, w in zip(reading.questions, reading.places) if w}  # fr12: each question's list item
    qualified: list[tuple[int, str, str | None, str, str]] = []  # fr17b: (first part, question, breakdown, prep, note)
    core_of: dict[str, str] = {}  # fr17b: each question so qualified, without its qualifying sentences
    starts: list[int] = []  # fr17b: the number of parts before each question was read
    before_yes_no = None
    for question, masked in zip(questions, masked_questions):
        if previous is not None and previous.head == _YES_NO_THING and any(
                role_at(question, m.start()) in ("agent", "either") for m in re.finditer(r"(?i)\b(?:they|it)\b", question)):
            # lead51: "have they been monitoring X" / "do they track phones" after "do they have IMSI catchers": the
            # body acts; the thing the yes/no question asked about is no one's "they"
            previous = before_yes_no
        item_now = item_of.get(question)  # fr12: a part never joins two items of the letter's list
        starts.append(len(framing.parts))
        while qualified and qualified[0][0] < len(starts) - 1:  # the question before: its parts take its qualifiers now,
            at, full, q_by, q_prep, q_note = qualified.pop(0)  # before a later question joins or leans on them
            for part in framing.parts[starts[at]:starts[at + 1]]:
                if _qualify(part, full, q_by, q_prep, q_note):
                    widened.append(part)
        core, q_by, q_prep, q_note = qualifier_apart(question)
        if core != question:  # fr17b: "... Please break this down by year for each of the above.": the part's qualifiers
            qualified.append((len(starts) - 1, question, q_by, q_prep, q_note))
            core_of[question] = core
            question, masked = core, _mask_one(core, found, today)
        if whole_request_note(question) or period_only_ask(question):
            # fx82: "Please do not include temporary closures", "Please respond in the following format: ...": a note on
            # the whole request (the letter says it under the parts); "Please provide data from 2019 to 2021": the
            # request's period (read from the whole message)
            framing.remarks.append(question)
            continue
        listed = on_list_ask(question)
        if listed is not None:
            # ck22: "and is my son on it": that person's own data, asked by subject access; never an FOI part
            framing.findings.append(_on_list_finding(listed, question, text_in, found, resolved))
            framing.remarks.append(question)
            continue
        footage = own_footage_ask(question, text_in)
        if footage is not None:
            # ny82 (nc82 #1): "whether they have the cctv of it" after "i got knocked off my bike": the writer's own
            # data, asked by subject access; never an FOI part
            framing.findings.append(_own_footage_finding(question, text_in, resolved))
            framing.remarks.append(question)
            continue
        split = told_then_asked(question) if chat else None
        if split is not None:  # fr10b: "i was walking under the trees when i fell, how many compensation claims ..."
            framing.remarks.append(split[0])
            told.append(split[0])
            question, masked = split[1], _mask_one(split[1], found, today)
        after = asked_then_told(question) if chat else None
        if after is not None:  # lead32: "whats the average wait for ..., we've been on the list 5 yrs": the account apart
            framing.remarks.append(after[1])
            told.append(after[1])
            question, masked = after[0], _mask_one(after[0], found, today)
        if chat and _tells_beside_questions(question, questions):
            framing.remarks.append(question)  # fr10b: a sentence of story beside the questions is never a part
            told.append(question)
            continue
        if len(questions) > 1 and _request_preface(question) and any(
                q != question and not _request_preface(q) for q in questions):
            framing.remarks.append(question)  # fx43: "I write this letter to request correspondence from yourselves owing
            continue  # to ...": the letter's opening; once anything else is asked it is never a part (cx41's preface)
        if _FIRST_PERSON.match(question) and _is_story(question):
            told.append(question)
            if _ASKING.search(question) and _vague_marker(question):
                asked_in_story.append(question)
            else:
                framing.remarks.append(question)
            continue  # the person's own story: background, never a part of a published request
        same_period = False
        if framing.parts:  # "in the same period": the request's period, which the letter states once
            same_period = bool(_SAME_PERIOD.search(question))
            question, masked = (_SAME_PERIOD.sub("", q).strip() for q in (question, masked))
        given = _GIVE_FIELDS.match(question)
        if given and framing.parts and not framing.parts[-1].kept_words and framing.parts[-1].kind in ("count", "statistics", "list") \
                and not framing.parts[-1].qualifiers.fields and item_now is not None and len(starts) > 1 \
                and starts[-2] < starts[-1] == len(framing.parts) and item_of.get(questions[len(starts) - 2]) == item_now:
            fields = [f.strip(" ,;.") for f in re.split(r"\s*;\s*|,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?(?:total|number|names?|"
                                                          r"dates?|details?|locations?|costs?|amounts?|types?)\b)", given.group("fields"))]
            fields = [f for f in fields if f]
            if fields and all(len(f.split()) <= 10 and "?" not in f for f in fields):
                # fr21a: "How many new play areas were opened in 2023? Please give: a) number of new play areas b) names
                # ...": what to give for the count before, never parts that name nothing
                framing.parts[-1].qualifiers.fields = fields  # (a later re-render writes them by _q.j2's by())
                framing.parts[-1].text = re.sub(r"\s+", " ", render("frames/fields_after.j2", text=framing.parts[-1].text.strip().rstrip(" ."),
                                                                    fields=fields)).strip()
                continue
        by, rest_words = _breakdown(question)
        if by and framing.parts and not framing.parts[-1].kept_words and not framing.parts[-1].qualifiers.breakdown \
                and not (set(re.findall(r"[a-z]+", rest_words.lower())) - _BREAKDOWN_ONLY):
            # "Please provide the figures by month.": how the part before is to be broken down
            framing.parts[-1].qualifiers.breakdown = by
            framing.parts[-1].text = render_frame(framing.parts[-1])
            continue
        if _BARE_WHY.match(question) and framing.parts and not framing.parts[-1].qualifiers.breakdown \
                and (framing.parts[-1].kind in ("count", "statistics", "list") or re.match(
                    r"(?i)\W*how\s+many\b", framing.parts[-1].source or "")) \
                and (not _BODY_ACTS.search(framing.parts[-1].source or "")
                     or not re.match(r"(?i)\W*(?:and\s+)?(?:also\s+)?why\b", question)):  # lead33: "what for" is the reason of each
            # (a count of the body's own decisions, "how many libraries did the council close ... and why", asks for
            # the reasons for those decisions instead: the reasons frame below)
            # "how many pupils were excluded and why": the count, broken down by the reason recorded for each (a
            # question kept whole gets the breakdown as a sentence of its own, never spliced into it)
            last = framing.parts[-1]
            if last.kept_words:
                # fr13c: the reasons for what was counted or decided, never "the reason recorded for each" (of the
                # patients who must move)
                last.text = f"{last.text.rstrip()} {render('frames/reasons_after.j2', why=why_of_count(last.text or '')).strip()}"
                last.source = f"{last.source.rstrip()} {question.strip()}"
            else:
                last.qualifiers.breakdown = "reason"
                last.text = render_frame(last)
            why_absorbed.append(last.source or "")
            continue
        each = _FOR_EACH.match(question)
        if each and re.match(r"(?i)(?:the\s+)?(?:was|were|is|are|did|does|do|has|have|had|how|what|which|who|why|when|where|"
                             r"whether|if|can|could|would|will)\b", each.group("detail")):
            each = None  # "For each complaint, was action taken?": a question about each, not a detail to give
        if each and (question.rstrip().endswith(":") or re.match(
                r"(?i)(?:[a-z]+ly\s+)?(?:say|state|tell|provide|give|list|confirm|supply|advise|indicate|specify|send|"
                r"explain|outline|show|let)\b", each.group("detail"))):
            each = None  # fr16b: "For each of the cameras kindly say:": a lead-in to the items below, no noun phrase to
            # break a count down by ("broken down by the cameras kindly say")
        last = framing.parts[-1] if framing.parts else None
        if each and last is not None and previous is not None and previous.subject and not last.kept_words \
                and last.kind in ("count", "list", "statistics", "total_spend", "income", "figure") \
                and (not each.group("noun") or _lemmas(each.group("noun").lower()) & _lemmas(previous.subject.split()[-1].lower())):
            detail = re.sub(r"(?i)^(?:the|their|its)\s+", "", each.group("detail")).strip()
            if len(detail.split()) <= 3 and not last.qualifiers.breakdown:
                # "2. For each of the above, the reason recorded.": the count before, broken down by it
                last.qualifiers.breakdown = f"the {detail}"
                last.text = render_frame(last)
                continue
            # "For each camera, the location and the date it was installed": what it asks of each of them, with
            # the things it points to written out, kept in the person's words
            kept = keep_words(f"For each of the {' '.join(x for x in (previous.subject, previous.clause) if x)}, the {detail}.")
            if _unseen(kept.text, seen, framing.parts):
                seen.add(kept.text.lower())
                framing.parts.append(kept)
            continue
        asked = question
        by_role = _role_frame(question, masked, text_in, previous, found) if chat else None  # fr14a
        if by_role is None:
            by_role = _inquiry_found(question, text_in)  # lf61 (nc58 #3d): "what it found": the inquiry's findings
        if framing.parts and previous is not None and by_role is None:
            # a question that leaves out what the one before it said ("and how much on X") is rebuilt from
            # it; "these trials", "to it", "were they" are replaced by what they point to
            rebuilt = _resolve_references(_fill_gap(question, framing.parts[-1].source), previous)
            if rebuilt == question:
                rebuilt = _use_antecedent(question, framing.parts)
            if rebuilt == question:
                rebuilt = _held_thing_it(question, previous)
            if rebuilt != question:
                question, masked = rebuilt, _mask_one(rebuilt, found, today)
        at = questions.index(asked) if asked in questions else -1
        if at > 0 and by_role is None:
            object_asked = _how_much_to_them(question, questions[at - 1])
            if object_asked:  # fr26: "has sepa fined the company ...? how much were they fined": that company's fines
                question, masked = object_asked, _mask_one(object_asked, found, today)
        # fx42: "leicestershire county council: there is a pothole ...": the addressee before a colon is no story
        # (and its places with their capitals, as the question's own words have them: "on ashby road in loughborough")
        from askfoi.place_capitals import capitalise_places

        before = [(capitalise_places(x if _tells(x.split(":")[0]) else re.sub(r"^[^:.?!\n]{3,60}:\s+(?=\S)", "", x)) or x)
                  for x in _before(text_in, asked, told)] if chat else []  # nx76: "there are two academies near us:
        # hill top and valley road" tells before its colon
        narrows = previous is not None and previous.kind in ("count", "statistics") and previous.subject \
            and re.match(r"(?i)\W*(?:and\s+|also\s+)?how\s+many\s+of\s+(?:them|those|these)\b", question)
        # lead44: "how many people are waiting over a year for hip replacements ... and what is the trust doing about
        # it": "it" is the trouble the part before it in the same sentence counts (lead37's plans part, below), never the
        # story's nearest thing ("the hip" of "my mum ... waiting for a hip op")
        same_trouble = bool(_PLANS_POINTER.search(question)) and _trouble_named(framing.parts, question, text_in) is not None
        if chat and by_role is None and _asks(asked) and (told or any(_tells(x) for x in before)) and not narrows \
                and not same_trouble:
            # (lead33: "how many of them had SEN" after the count of pupils excluded narrows that count, read below;
            # never "them" as the story's nearest plural, "schools")
            # fr10b: "them", "it", "the figures", "the contractor" written out from the story told before it
            rebuilt, left = resolve_from_story(question, before, body_named=found is not None)
            assessed = _assessed_it(question)
            if assessed != question:  # nx76: the assessment's thing is the story's, never an earlier question's
                probe, _ = resolve_from_story("what about it", [x for x in before if _tells(x)] or before,
                                              body_named=found is not None)
                if probe != "what about it":
                    rebuilt = assessed.replace(" for it", " for " + probe[len("what about "):], 1)
            # fr29b: a pointer the nearest sentence leaves ("about this", "fixing it") is what the story is about
            if listed_subject is None:  # the 20 subjects' data knows better what such a story wants (fr28b)
                from askfoi.informal_subjects import asks_outright, subject_frames
                listed_subject = bool(subject_frames(text_in))
            # (a yes/no question or a remark about a listed subject gives way to that subject's frames, below)
            rebuilt, unsure, offered = (rebuilt, [], []) if listed_subject and not asks_outright(rebuilt) else \
                fill_story_pointers(rebuilt, before, _typed_sentence(text_in, asked))
            left = [w for w in left if re.search(rf"(?i)\b{re.escape(w)}\b", rebuilt)]
            if unsure and len(offered) >= 2:
                subject_choices[rebuilt] = (unsure[-1], offered)  # asked back as numbered choices, never guessed
            if rebuilt != question:
                question, masked = rebuilt, _mask_one(rebuilt, found, today)
            if left:
                story_left.append((question, left))
        own = stated_periods(question, today=today)
        if len({label for label, _, _ in own}) > 1:  # "in 2019 and in 2021": the part's own span
            own = [(cover_period([label for label, _, _ in own]) or own[0][0], own[0][1], own[0][2])]
        subset = _of_that(question, masked, measure_root) if measure_root is not None and not measure_root.kept_words \
            and by_role is None else None
        if subset is None and measure_root is not None and measure_root.kept_words and framing.parts \
                and not _other_item(framing, item_now, item_of) \
                and framing.parts[-1].kept_words and (_OF_THAT_RE.match(_drop_fillers(masked)) or _OF_THAT_DONE.match(_drop_fillers(masked))):
            # "how much of that went to senior officers" after a question kept whole: kept with it, so "that"
            # is on the letter
            earlier = framing.parts[-1]
            framing.parts[-1] = earlier.model_copy(update={
                "source": f"{earlier.source.rstrip()} {question.strip()}",
                "text": f"{earlier.text.rstrip()} {keep_words(question).text}"})
            continue
        widen = _SAME_FOR_PERIOD.search(masked) if by_role is None and subset is None else None
        widen = widen if widen and _WORDY_RE.search(re.sub(r"\u00a7\w+\u00a7", " ", masked[: widen.start()])) else None
        if widen:  # the question asks something before its "and the same figures for ..." tail
            cut = re.search(r"(?i)[,?.;]?\s*(?:and\s+)?(?:(?:can|could|may)\s+i\s+(?:have|get)\s+)?(?:the\s+)?same\s+"
                            + _SAME_WORDS + r"\s+(?:for|about)\s+[^?,;]*\W*$",
                            question)
            question = question[: cut.start()].rstrip() if cut else question
            masked = masked[: widen.start()].rstrip()
        follows = _follows_count(masked, previous) if by_role is None and subset is None and framing.parts \
            and previous is framed_last else None
        if follows == "merged":  # fr26: "..., and the same figures for 2024": the count over both periods, year by year
            last = framing.parts[-1]
            last.qualifiers.period = None
            last.qualifiers.breakdown = last.qualifiers.breakdown or "year"
            last.text = render_frame(last)
            last.source = f"{last.source.rstrip()} {asked.strip()}"  # both periods stay in the letter's period
            widened.append(last)
            continue
        if chat and by_role is None and writer_why(question):
            framing.remarks.append(question)  # fr29b: "why am I paying ... when ...?": the writer's protest, no records
            continue
        saving = _savings_of_act(question, framing.parts[-1] if framing.parts else None)
        if saving is not None:
            # cx41 (session37 open fault): "how many libraries were closed? how much was saved?": the savings made by the
            # act the part before counts, a part of its own, never joined to that part nor kept with its "that"
            if _unseen(saving.text, seen, framing.parts):
                seen.add(saving.text.lower())
                framing.parts.append(saving)
            continue
        since = _HOW_LONG_BEEN.match(question) if framing.parts and framing.parts[-1].kind == "count" else None
        if since and (since.group("avg") or since.group("avg1")) and framing.parts[-1].qualifiers.on:
            since = None  # (a stock on one day, "right now": left as before nx91)
        last = framing.parts[-1] if since else None
        if since and not last.kept_words and not last.times and not last.qualifiers.breakdown and last.subject \
                and (since.group("state").lower() != "there" or re.match(r"(?i)(?:in|at|on)\s", last.clause or "")) \
                and (not since.group("the") or since.group("the").split()[-1].lower() == last.subject.split()[-1].lower()):
            # lead58: "how many families are in temporary accommodation ... and how long have they been there": the
            # same count broken down by how long each has been so (the length of a stay, a wait, a property empty),
            # never the question kept with "there" asked back
            state = " ".join(since.group("state").lower().split())
            if state == "there":  # the place the count's clause names ("in temporary accommodation"), never "there"
                at = re.match(r"(?i)(?:in|at|on)\s+.+", last.clause or "")
                state = re.sub(r"\s+in\s+[A-Z][\w' -]*$", "", at.group()) if at else state
            if since.group("avg") or since.group("avg1"):
                # nx91: "... and how long have they been empty on average": the average of that length, given with the
                # count (never the question kept, nor a breakdown no one asked for)
                last.qualifiers.fields = [*(last.qualifiers.fields or []), f"the average length of time they have been {state}"]
            else:
                last.qualifiers.breakdown = f"how long each has been {state}"
            last.text = render_frame(last)
            last.source = f"{(last.source or '').rstrip()} {question.strip()}"
            continue
        duration = _DURATION_ASK.match(masked) if by_role is None and subset is None and framing.parts else None
        last = framing.parts[-1] if duration else None
        if duration and last.kept_words and re.match(r"(?i)\W*how\s+(?:many\s+times|often)\b", last.source or "") \
                and not re.sub(r"(?i)\u00a7PERIOD\u00a7|\b(?:each|every|per|a|by|broken\s+down\s+by)\s+(?:year|month|week|day)\b|"
                              r"\b(?:in\s+total|altogether|overall)\b|\W", "", duration.group("rest")):
            # lead51 (nc67 #9): the count kept as typed ("How many times did the storm overflows spill into the wye?"):
            # how long those events lasted joins it in the person's words, never the rest of the sentence with it
            unit = duration.group("unit")
            each = _breakdown(masked)[0]
            last.text = f"{last.text.rstrip(' ?.')}, and for how {'many ' + unit.lower() if unit else 'long'}" \
                        f"{' each ' + each if each else ''}?"
            last.source = f"{(last.source or '').rstrip()} {question.strip()}"
            continue
        if duration and not last.kept_words and last.subject and (
                last.kind == "shown_by" and (last.head or "").startswith("the number of times") or last.kind == "count" and last.times) \
                and not re.sub(r"(?i)\u00a7PERIOD\u00a7|\b(?:each|every|per|a|by|broken\s+down\s+by)\s+(?:year|month|week|day)\b|"
                              r"\b(?:in\s+total|altogether|overall)\b|\W", "", duration.group("rest")):
            # lead51 (nc67 #9): "how many times did the overflows spill into the wye and for how many hours each year":
            # how long those same events lasted, asked with their count, never "The number of hours" of nothing
            unit = duration.group("unit")
            last.subject = f"{last.subject}, and for how {'many ' + unit.lower() if unit else 'long'}"
            last.qualifiers.breakdown = last.qualifiers.breakdown or _breakdown(masked)[0]
            last.text = render_frame(last)
            last.source = f"{(last.source or '').rstrip()} {question.strip()}"
            continue
        if by_role is None and subset is None and not follows and previous is not None and previous.subject \
                and not previous.kept_words and _HOW_OFTEN_DONE.match(question) \
                and _is_past_participle(_HOW_OFTEN_DONE.match(question).group("done")):
            # lead51: "how many gritters ..., how often are they serviced": how often the things named before are,
            # read with them written out (the schedule of the work), never the number of them "that are serviced"
            written = _resolve_references(question, previous, counts=True)
            if written != question:
                question, masked = written, _mask_one(written, found, today)
        contested = _contested_them(question) if by_role is None and subset is None else question
        if contested != question:  # sq101 (nc100): "how many drivers sued them" after any question, or none: the body
            question, masked = contested, _mask_one(contested, found, today)
        masked = _progressive_asked(_own_people_counted(masked, _body_unit(found)))
        if previous is not None:  # nx100 (nc99 j9): "how many people are in each one" after "which hotels": each hotel
            question, masked = _each_one(question, previous), _each_one(masked, previous)
        frame = by_role or subset or follows or (informal_ask_frame(question, before) if chat else None) \
            or shape_frame(question, masked, before, found, previous) \
            or why_frame(question, masked, found, after_part=bool(framing.parts)) \
            or _frame_question(question, masked, previous, police_or_unknown)
        if frame.why is None and not subset and by_role is None:  # fr14b: a count or an amount read in either word order, never kept reordered
            story = told[-1] if told else (framing.parts[-1].source if framing.parts and framing.parts[-1].kept_words else None)
            frame = _amount_instead(frame, question, masked, previous, found, named, today, story=story) or frame
        if own and own[0][0] != period_label and " to " not in own[0][0] and not frame.kept_words \
                and re.search(r"(?i)\b(?:on|as\s+(?:at|of))\s+(?:the\s+)?$", question[: own[0][2][0]]):
            frame.qualifiers.on = own[0][0]  # "still at large on 31 March 2025": figures taken on one day
        elif own and own[0][0] != period_label:
            frame.qualifiers.period = own[0][0]
        elif not own and previous is not None and previous.qualifiers.period and (
                same_period or (frame.subject and frame.subject.startswith(previous.subject or "\u00a7"))):
            # fx61: a question that states its own period ("sold off since 2009-10", the letter's period) never takes
            # the narrower one the question before stated ("proposed for closure in 2019-20")
            # "that year", or a question that narrows the one before ("how many of those were cancelled"): the
            # period the earlier question named
            frame.qualifiers.period = previous.qualifiers.period
        if previous is not None and previous.qualifiers.place and not frame.qualifiers.place and frame.subject \
                and frame.subject == previous.subject and frame.kind in ("count", "list", "statistics") \
                and not re.search(r"(?i)\b(?:in|at|across|around|near|within)\s+[A-Z]", question):
            # "how many of them were hit by buses": the same cyclists, in the same place
            frame.qualifiers.place, frame.qualifiers.place_prep = previous.qualifiers.place, previous.qualifiers.place_prep
        if re.match(r"(?i)\W*(?:and\s+)?what\s+(?:has\s+)?happened\s+to\s+(?:them|it|those|these|each(?:\s+one)?)\W*$", asked) \
                and framing.parts and framing.parts[-1].kind in ("count", "statistics") and not framing.parts[-1].kept_words \
                and not framing.parts[-1].qualifiers.breakdown:
            # "... and what happened to them": the earlier count, broken down by outcome
            framing.parts[-1].qualifiers.breakdown = "outcome"
            framing.parts[-1].text = render_frame(framing.parts[-1])
            continue
        each_field = _EACH_FIELD.match(question) if framing.parts and framing.parts[-1].kind in ("list", "kept") else None
        if each_field and (framing.parts[-1].kind == "list" or re.match(r"(?i)(?:a\s+)?list\s+of\b", framing.parts[-1].text)):
            # nx91: "a list of the shops that are empty and the date each became empty": what is given for each thing
            # listed, a field of the list (never a question of its own, nor dropped as a remark)
            last = framing.parts[-1]
            field = capitalise_names(_capitalise_places(each_field.group("field").strip())) or each_field.group("field")
            if last.kind == "list":
                last.qualifiers.fields = [*(last.qualifiers.fields or []), field]
                last.text = render_frame(last)
            else:
                last.text = f"{last.text.rstrip(' .')}, with {field}."
            last.source = f"{(last.source or '').rstrip()} and {question.strip()}"
            continue
        if frame.kind not in ("none", "kept") and not frame.subject and not frame.kept_words and previous is not None:
            # fx57 (nc55 #1b): "what the sepa said about it": a kind of record read, its subject only a pronoun; framed
            # again with what "it" points back to written out, so it is a part of its kind ("Any correspondence ...
            # about the new incinerator"), never the question kept whole around the pronoun
            written_out = _resolve_references(question, previous, counts=True)
            again = _frame_question(written_out, _mask_one(written_out, found, today), previous, police_or_unknown) \
                if written_out != question else None
            if again is not None and again.kind == frame.kind and again.subject:
                frame = again
        if frame.kind == "none" or not frame.subject:
            listed_record = question in reading.questions and record_item(question)
            if not listed_record and not _other_item(framing, item_now, item_of) and _join_referring(framing, question):
                continue  # (lead51, nc67 #9: a record named as an item of the person's list, "the permits for the
                # overflows", is asked of its own, never joined to the question before it)
            records = _names_records(question) or listed_record  # "the locations where it was sprayed": names its records
            if not records and _is_story(question):
                framing.remarks.append(question)
                continue  # background, not a question: "my son was excluded last year."
            if not records and framing.parts and not _content_words(question, found) and len(re.findall(r"\w+", question)) <= 4 \
                    and question not in reading.topics \
                    and not re.match(r"(?i)\W*(?:and\s+)?how\s+(?:much|many|long|often)\s+\w+\s+\w+", question):
                continue  # "(and if so) a copy": nothing beyond the part before it, which it completes (nu22: never a
                # question of its own, "and how much it cost")
            listed = asked == question and (question in reading.listed or question in reading.topics) \
                and (not told_sentence(question) or noun_phrase_item(question)) \
                and len(re.findall(r"[A-Za-z]{3,}", question)) >= 2  # (fr26b: an item naming what is asked never tells)
            if not records and not listed and not asks_for_information(question):
                framing.remarks.append(question)  # fr7a: a note, a breakdown note, a condition: never a part
                gated.append(question)
                continue
            if records or listed or _clear_question(question, found, follow_up=bool(framing.parts)) or (clear_request(question) and not _vague(question, found)) \
                    or wh_question(question, past=True) or _figure_asked(question) or bool(_FIGURE_GIVEN.search(question)) \
                    or (framing.parts and _INDIRECT_HOW.match(question) and not _breakdown(question)[0]):
                # fr13c: "who decided it" is asked, never set aside nor only asked back; nu22: nor "and how much it cost"
                # a formal item that names its records, or a clear question no frame covers, is never lost
                # nor only asked back: it goes on the letter in the person's words, kind "kept", for them to
                # confirm or reword, with what it points back to written out ("where were they carried out")
                frame = keep_words(_resolve_references(question, previous, counts=True) if previous is not None else question)
                if found and found.from_text.lower() == found.name.lower():
                    frame.text = re.sub(re.escape(found.from_text), found.name, frame.text, count=1, flags=re.I)
                if _unseen(frame.text, seen, framing.parts):
                    seen.add(frame.text.lower())
                    framing.parts.append(frame)
                asked_about = yes_no_object(question, found_name=found.name if found else None)
                if asked_about:
                    # lead51 (nc61 p2): "did they put cctv cameras in the toilets? where are they and who watches it":
                    # what a later pointer means is the thing the yes/no question asks about, never what the part
                    # before it counted (the exclusions)
                    before_yes_no = previous
                    previous = Frame(kind="list", subject=asked_about, article=True, source=question, head=_YES_NO_THING)
                continue
            if not records and _nothing_to_ask_back(question):
                framing.remarks.append(question)  # ff27: a period line, "What do you do?": nothing to ask back about
                continue
            if framing.parts and not records and _not_asking(question, masked, found):
                framing.remarks.append(question)
                continue  # a remark, the story, or a note of the period: never asked back as if it were a question
            if not records and not asks_for_information(question):
                framing.remarks.append(question)  # fr7a: only a sentence that asks is ever asked back
                gated.append(question)
                continue
            if not records and _not_asking(question, masked, found):
                remarks.append((question, len(framing.questions)))  # before any part: dropped below if parts follow
            framing.unframed.append(question)
            cued = cued or frame.kind != "none"
            vague_subject = _vague_subject(question, frame.subject)
            if vague_subject:  # lead40: "i want info on drones": the subject is what the lead-in is about ("drones")
                frame.subject = vague_subject
            if frame.subject:
                framing.pending.append(frame)
            kind_choice = "none" if frame.subject else "subject"
            framing.questions.append(render(
                "frames/question.j2", kind=kind_choice, text=question.strip(),
                choices=[kinds()[k] for k in choice_kinds()]).strip())
            continue
        frame.subject = capitalise_names(frame.subject)
        frame.clause = capitalise_names(frame.clause) or ""
        frame.parties = capitalise_names(frame.parties)  # lead56: "between you and the Environment Agency"
        own_area = _OWN_AREA.search(question)
        if own_area and not frame.qualifiers.place and not frame.kept_words and frame.subject \
                and own_area.group("area").lower() not in f"{frame.subject} {frame.clause}".lower() \
                and not _words_left_out(question[: own_area.start()], render_frame(frame)):
            # fr17b: "set up in your council area": the body's area is where the things counted are, never dropped
            # with the body's name
            frame.qualifiers.place, frame.qualifiers.place_prep = own_area.group("area"), own_area.group("prep").lower()
        from askfoi.place_capitals import capitalise_places

        frame.qualifiers.place = capitalise_names(capitalise_places(frame.qualifiers.place, bare=True))
        if frame.why and ":" in frame.why:  # the why clause too: "why there are so many potholes on the A38"
            mode, _, said = frame.why.partition(":")
            frame.why = f"{mode}:{capitalise_names(said) or said}"
        frame.text = render_frame(frame)
        why = frame.why is not None  # read by grammar and checked by text_problems (why_frame)
        trusted = why or (by_role is not None and frame is by_role)  # fr14a: rendered from its frame by the pronouns' roles
        trusted = trusted or (isinstance(follows, Frame) and frame is follows)  # fr26: the count before, written again
        if not trusted and (part_problems(frame, found.name if found else None) or lost_details(frame, named, today=today)) \
                and not _other_item(framing, item_now, item_of) and _join_referring(framing, question):
            continue
        framed = frame
        if not trusted and previous is not None and framing.parts and framing.parts[-1].kept_words and frame.subject == previous.subject \
                and (frame.kind in ("reasons", previous.kind) or not _WH_OWN_ASK.match(question)) \
                and not _other_item(framing, item_now, item_of) \
                and (frame.kind == "reasons" or part_problems(frame, found.name if found else None)
                     or lost_details(frame, named, today=today)) \
                and not any(w.lower() in question.lower() for w in (previous.subject or "").split()):
            # "how many bins were not collected ... and why": the earlier question was kept whole, so a
            # question that only refers back to it joins it rather than reframe a subject that lost a detail
            earlier_said = framing.parts[-1].source.rstrip(' ?.!')
            joined = keep_words(_typed_span(text_in, earlier_said, question) or f"{earlier_said} and {question.strip()}")
            joined.text = joined.text if not found or found.from_text.lower() != found.name.lower() else \
                re.sub(re.escape(found.from_text), found.name, joined.text, count=1, flags=re.I)
            framing.parts[-1] = joined
            continue
        broken = [] if trusted else [p for p in part_problems(frame, found.name if found else None) if p != "a misspelt word"]
        if broken or (not trusted and lost_details(frame, named, today=today)) or (not trusted and drops_elliptical(question, frame.text or "")):
            # the part would drop something the person asked ("home educated", "killed") or does not
            # read as English: keep the question whole rather than render a part that asks for less, with
            # what it points back to written out ("how many of them" -> "how many of the trees")
            frame = keep_words(_resolve_references(question, previous, counts=True) if previous is not None else question)
            if found and found.from_text.lower() == found.name.lower():
                frame.text = re.sub(re.escape(found.from_text), found.name, frame.text, count=1, flags=re.I)
        if widen and not frame.kept_words and frame.kind in _NOUN_KINDS:
            # fr26: "how many X in 2023, and the same figures for 2024": one part over both years, year by year
            frame.qualifiers.period = None
            frame.qualifiers.breakdown = frame.qualifiers.breakdown or "year"
            frame.text = render_frame(frame)
            frame.source = asked  # both periods stay in what the letter's period is read from
            widened.append(frame)
        each_year = _EACH_OF_YEARS.search(asked)
        if each_year and not frame.kept_words and frame.kind in _NOUN_KINDS and not frame.qualifiers.breakdown:
            # fx44: "... for each of the calendar years 2019, 2021, 2022, 2023": the figure year by year, never one sum
            frame.qualifiers.breakdown = " ".join(x for x in (each_year.group("adj"), "year") if x).lower()
            for name in ("subject", "clause"):  # "received in each of the years" left by the frame: said by the breakdown
                said = getattr(frame, name, None)
                if said:
                    setattr(frame, name, re.sub(r"(?i)\s*\b(?:for|in)\s+each\s+of\s+the\s+(?:\w+\s+)?years\b", "", said).strip())
            frame.text = render_frame(frame)
        if frame.qualifiers.covert:
            _flag_covert(frame, scotland)
        if frame.kind == "total_spend" and not frame.kept_words and re.match(r"(?i)per\s", frame.subject or "") \
                and previous is not None and previous.subject and not previous.kept_words:
            # nu23: "how many agency nurses ... and how much did it cost per shift": the rate of what the part before
            # counted ("The cost of agency nurses per shift"), never "The total amount spent on per shift"
            frame.subject = f"{previous.subject} {frame.subject}"
            frame.text = render_frame(frame)
        if not _unseen(frame.text, seen, framing.parts):
            continue
        seen.add(frame.text.lower())
        framing.parts.append(frame)
        if frame.kept_words and framed.clause:
            # the part was kept whole: a later question that leans on it takes its verb (and particle), never
            # the rest of a clause that was cut short ("sold off under right")
            said = framed.clause.split()
            keep = 1 + sum(1 for _ in itertools.takewhile(lambda w: w.lower() in _PARTICLES, said[1:]))
            framed = framed.model_copy(update={"clause": " ".join(said[:keep]) if _is_past_participle(said[0])
                                               and not part_problems(framed, found.name if found else None) else "",
                                               "kept_words": True})
        elif frame.kept_words and not framed.kept_words:
            framed = framed.model_copy(update={"kept_words": True})  # its frame is not trusted by what follows
        if why or framed.kind == "findings" and framed.source and _FOUND_POINTER.search(framed.source):
            # the records of a why question are nothing a later "they" or "how many of them" points at; lf61: nor the
            # findings "what it found" asked of the inquiry before it
            framed = framed.model_copy(update={"subject": None, "clause": "", "kept_words": True})
        previous = framed
        framed_last = framed if framing.parts and framing.parts[-1].text == frame.text else None
        if framed.kind in _MEASURES and subset is None:
            measure_root = framed
    starts.append(len(framing.parts))
    for at, full, q_by, q_prep, q_note in qualified:
        for part in framing.parts[starts[at]:starts[at + 1]]:  # the parts this question made
            if _qualify(part, full, q_by, q_prep, q_note):
                widened.append(part)
    carry_stem_topics(framing.parts, [(reading.topics.get(q), framing.parts[a:b]) for q, a, b in zip(questions, starts, starts[1:])])
    if framing.parts and remarks:  # once something is asked, what came before it and asks nothing is not asked back
        drop = {q for q, _ in remarks}
        at = {k for _, k in remarks}
        framing.questions = [t for k, t in enumerate(framing.questions) if k not in at]
        framing.unframed = [q for q in framing.unframed if q not in drop]
        framing.pending = [f for f in framing.pending if f.source not in drop]
        framing.remarks.extend(q for q, _ in remarks)
    framing.parts = _kept_finished(framing.parts, found)  # fr5: kept parts one question each, "they" = the body
    from askfoi.follow_on_parts import carry_follow_ons

    carry_follow_ons(framing, text_in)  # ck33 (nu34 #9): "how many times?", "what did they cost?" said of the part before
    set_aside: list[tuple[str, str, str | None]] = []
    framing.parts = view_parts(framing.parts, framing.remarks, text=text_in, found=found, set_aside=set_aside,
                               final=False)  # op14
    framing.parts = _fill_elliptic_counts(framing.parts, found)  # lead33: "how many have they seized" after off road bikes
    framing.parts, not_recorded = reasons_as_records(framing.parts, framing.remarks, text=text_in, found=found)  # ifm1, fr9b
    typed_numbers: dict[int, tuple[Frame, str]] = {}
    _number_references(framing.parts, text_in, typed_numbers)  # "in regard to question 3": the letter's part 3
    stated = letter_period([p.source for p in framing.parts], text, today=today)
    restated = restated_periods(text, today=today)  # a part cut before "(i.e. 2014 ... 2019)" means those years
    if stated != (framing.period, framing.period_text) or restated:
        framing.period, framing.period_text = stated
        for p in framing.parts:
            own = None if p in widened else part_period(p.source, today=today, restated=restated)
            if own or p.qualifiers.period == framing.period:  # a part keeps the period it states
                p.qualifiers.period = own if own != framing.period else None
            if not p.kept_words:  # a part kept whole is already written out
                p.text = render_frame(p)
            if p.warning:
                p.replacements = covert_replacements(p, scotland=scotland)
    _period_list_breakdowns(framing, today)  # fr22b: "in a) 2018, b) 2019 ...": a figure per year
    _story_places(framing, text_in)  # nf1: "that hospital" written as the place the story named
    framing.references = resolve_part_references(framing, text_in)  # fr13a: "they", "there", "that road" written out
    _story_left_findings(framing, story_left)  # fr10b: what a part still points at in the story
    _subject_choices(framing, subject_choices)  # fr29b: which of the story's topics a pointer means, asked
    _pointer_findings(framing)  # a part whose "it" or "them" has nothing before it in the part to mean
    _other_body_findings(framing)  # a part asking what another body did: that body's own request
    codes = {getattr(f, "code", "") for f in framing.findings}
    if police_or_unknown and not any(p.warning for p in framing.parts):
        _flag_kept_covert(framing, scotland)  # "does kent police use drones to watch protests?" kept whole
    if any(p.warning for p in framing.parts):
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "ncnd-risk"]
        framing.findings.insert(0, _framing_finding("ncnd-risk", framing))
    if police_or_unknown and not any(p.warning for p in framing.parts):
        offered = overt_limit_finding([p.text for p in framing.parts], [
            p for p in framing.parts if not _other_kind_asked(p.text, police_known=resolved is not None
                                                               and resolved.known)])
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "overt-limit"]  # said once
        if offered is not None:  # ck31: the question kept, the overt limit offered; no NCND warning on overt use
            framing.findings = [f for f in framing.findings if not _overt_use_only(f, framing.parts)]
            if not any(getattr(f, "code", "") == "ncnd-risk" for f in framing.findings):
                framing.findings.append(offered)  # never beside a warning that the same request meets NCND
    if not police_or_unknown or any(getattr(f, "code", "") == "ncnd-risk" for f in framing.findings):
        # the overt limit speaks of how forces deploy: never to another kind of body, never beside an NCND warning
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "overt-limit"]
    spec, terms = _covert()
    covert_asked = [q for q in framing.unframed if terms is not None and police_or_unknown and terms.search(q)]
    if covert_asked and "ncnd-risk" not in {getattr(f, "code", "") for f in framing.findings}:
        framing.findings.insert(0, _framing_finding("ncnd-unframed", framing, covert_asked[0]))
    if not framing.parts and not framing.questions and gated:
        # fr7a: nothing asks and nothing was framed ("the bins", a typo-ridden question): what was typed is all there is,
        # so it is asked back rather than set aside as a remark
        for question in gated:
            framing.remarks.remove(question)
            framing.unframed.append(question)
            framing.questions.append(_ask_back(framing, question))
    if not framing.parts and not framing.questions and asked_in_story:
        # nothing else was asked: what the person said they want is the request, and it needs framing
        for question in asked_in_story:
            framing.unframed.append(question)
            framing.questions.append(_ask_back(framing, question))
    for question in unaccounted([core_of.get(q, q) for q in questions],
                                [f"{p.source or ''} {p.text}" for p in framing.parts] + framing.unframed + framing.remarks):
        framing.remarks.append(question)  # fr8: nothing the person wrote is lost silently (a remark at least)
    clash = conflicting_periods([p.text for p in framing.parts], framing.parts, framing.period, today=today)
    if clash is not None:  # a part kept whole names another period than the letter's
        framing.findings.append(clash)
    if framing.questions and not framing.parts and not cued and all(_vague(q, found) for q in framing.unframed) \
            and not _story_names_record(framing, text_in):  # ff29: "the decision has been made to close ...": discernible
        framing.findings.append(_framing_finding("too-vague", framing))
    informal_letter(framing, text_in)  # fr9b: an informal message's story, references and questions back
    gate_units(framing, text_in)  # what a unit is, weighed again by the model learnt from real texts
    telling_parts(framing)  # fr17a: a sentence that tells, leads in or remarks is never (in) a part
    _references_after_gate(framing, text_in)  # fr13a: parts the model made are written out too
    reframe_yes_no(framing, text_in)  # fr15c: a yes/no question about a practice asks for the records that answer it
    from askfoi.state_asks import reframe_state_asks

    state_asked = reframe_state_asks(framing)
    if state_asked:
        # ck20: "is the water safe in camelford": the monitoring records that answer it are environmental information;
        # "is it safe to swim" points at nothing in the story
        framing.regime = "EISR" if framing.regime == "FOISA" else "EIR" if framing.regime == "FOIA" else framing.regime
    framing.parts = view_parts(framing.parts, framing.remarks, text=text_in, found=found, set_aside=set_aside)  # op14
    view_remarks(framing, found, set_aside, text_in)
    from askfoi.part_merge import merge_place_repeats

    merge_place_repeats(framing)  # fr26b: "... the report about the roof collapse? its in oldham": one part, in Oldham
    join_conditionals(framing)  # fr20a: "If so, ..." stays with the part it follows from
    from askfoi.bare_pointers import join_bare_pointer_parts

    join_bare_pointer_parts(framing)  # fx70: "5b. How many pupils was this for?" stays with the kept part it points at
    _count_for_yes_no(framing, found)  # fr25b: "Has your authority applied for any X ...? If so, how many?": the count
    from askfoi.clause_asks import reframe_clauses

    reframe_clauses(framing, text_in, set_aside)  # fr23b: each clause of a kept question as the records that answer it
    from askfoi.leaning_parts import join_leaning_parts

    join_leaning_parts(framing, text_in, join=False)  # fr36: "how many of these children ...": the set it counts from, written out
    from askfoi.change_amounts import reframe_change_amounts
    from askfoi.written_accounts import reframe_written_accounts

    reframe_change_amounts(framing)  # nx82: "how much has school funding been cut": the amount, year by year
    reframe_written_accounts(framing)  # nx82: "what the minister said in emails about it": the emails
    framing.pointers = write_pointers(framing, text_in)
    from askfoi.bare_pointers import write_bare_pointers

    write_bare_pointers(framing)  # fr26b: "on the above", "where this was discussed", "such expansion": the part before's
    from askfoi.kind_pointers import write_kind_pointers

    write_kind_pointers(framing)  # fx48: "how much did the system cost", "how many flights": the thing the part before names
    from askfoi.disparity_asks import reframe_disparities

    reframe_disparities(framing)  # fx48: "why do they exclude so many black boys": the figures by ethnicity and sex
    from askfoi.raw_shapes import reframe_raw_shapes

    reframe_raw_shapes(framing)  # fx48: "who were the pilots" (their roles, s40(2)), "who authorised it"
    from askfoi.part_subjects import carry_subjects

    carry_subjects(framing)  # fr25a: "the date they were first recorded": the subject of the part before
    from askfoi.story_subjects import write_story_subjects

    write_story_subjects(framing, text_in)  # ck28: "how many complaints have they had": the care home the story names
    if chat:
        from askfoi.story_parts import places_written, story_apart, they_as_kind

        story_apart(framing, text_in)  # fr33: a sentence that only tells is never a part
        places_written(framing, text_in)  # fr33: "there" as the one place the story names, or asked back
        they_as_kind(framing)  # fr33: "did they ever prosecute anyone", only "the council" named: the council
    from askfoi.part_pointers import write_listed_kinds

    write_listed_kinds(framing, text_in)  # fr25a: "of each type": the types the lead-in listed
    write_time_pointers(framing)  # fr22b: "over the stated period(s)": the letter's period, said
    _addressee_left_out(framing, found)  # fr25b: "How many ..., Norfolk County Council?": the addressee, not the ask
    _asking_left_out(framing)  # fr22b: "..., please may you inform me?": what is asked, without the words of asking  # fr20a: "these CPNs" written as the earlier part's phrase, or asked
    _who_decided(framing)  # nu21: "why did they close the library and who decided": the decision-maker too
    body_type = _body_type(resolved, framing)
    law, laws = parts_law(framing.parts, text_in, body_type) if framing.regime in ("EIR", "EISR") else ("EIR", [])
    if law in ("mixed", "FOIA"):
        # fr9c: an environmental word only in an example, a breakdown's categories or the story ("such as fly tipping
        # in garden", "lorries with their engines idling"): what is asked is not environmental information.
        # env17: nor is a part whose records are crimes, penalties, staff or money ("wildlife crime", "fixed penalty
        # notices for littering"); a letter only partly environmental goes under the Act, its environmental parts named
        again = check_request(text_in, found.name if found else None, period=period_label, environmental=False)
        from_check |= {id(f) for f in again.findings}
        framing.regime = _regime(again.regime.value, resolved, sar, police_law_enforcement(text_in),
                                 located_in_scotland(text_in) or scottish_landlord
                                 or framing.regime in ("FOISA", "EISR"))  # ny82: placed in Scotland already
        before = {id(f) for f in check.findings}
        framing.findings = list(again.findings) + [f for f in framing.findings if id(f) not in before
                                                   and getattr(f, "code", "") not in {g.code for g in again.findings}]
        if law == "mixed":
            framing.findings.append(_environmental_parts_finding(framing, laws))
            framing.environmental_parts = [k for k, law in enumerate(laws, 1) if law.environmental]
    from askfoi.whole_items import whole_items

    whole_items(framing, as_typed[:20000])  # fr31: a numbered item its parts split, lost or broke is kept whole
    from askfoi.lost_asks import keep_lost_asks

    keep_lost_asks(framing, as_typed[:20000])  # fr32: a thing asked that no part asks is kept whole, never dropped
    from askfoi.qualifier_sentences import attach_qualifiers

    attach_qualifiers(framing, as_typed[:20000])  # fx67: "Please state the yearly loss for each mode" stays with its question
    from askfoi.part_pointers import write_place_pointers

    write_place_pointers(framing)  # fx44: "at this location" in an item kept whole: the one place named before it
    from askfoi.message_frame import write_frame_subjects

    write_frame_subjects(framing, text_in)  # fx49: "When was the contract awarded?": the contract the lead-in names
    from askfoi.message_frame import write_story_frame

    write_story_frame(framing, text_in, today=today)  # fx49: "How many searches were run?" after the story's cameras
    framing.findings += not_recorded_findings(not_recorded, framing.findings)  # ifm1: before true_findings' own
    if why_absorbed and len(re.findall(r"(?i)\bwhy\b", text_in)) <= len(why_absorbed):
        # every "why" was a bare "... and why" that became a breakdown by reason: nothing asks for an explanation now
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "not-recorded-information"
                            or re.search(r"(?i)\b(?:think|opinion|views?|feel|believe|explain|justif\w*)\b",
                                         getattr(f, "evidence", "") or "")]
    framing.findings = true_findings(framing, reading.questions)
    framing.findings = on_letter_parts(framing)  # fr11b: counts are the letter's parts, evidence what is asked
    # personal details are judged on what goes in the letter (its parts), never on the story the message told
    # ck31: so is a child named or a date of birth (child-identity): the letter leaves the story out
    framing.findings = [f for f in framing.findings if getattr(f, "code", "") not in ("personal-details", "child-identity")]
    _spell_out_abbreviations(framing, text_in)  # fr15a: "TPS" as "Total Parking Solutions (TPS)", once the parts are final
    from askfoi.part_gate import gate_parts

    from askfoi.question_ledger import findings_stay_with_parts

    with findings_stay_with_parts(framing):  # fx50: a part the gate drops takes no other part's findings
        framing.gated = gate_parts(framing, text_in)  # fr21b: no part that fails the well-formedness gate is output
    if chat:
        from askfoi.story_parts import places_written

        places_written(framing, text_in, named_only=True)  # lead32: a part the gate put back is read for "there" too
    _addresses_whole(framing, text_in)  # ck30: "complaints received about 12 high": the address told, written out whole
    letter_text = "\n".join(p.text for p in framing.parts if p.text)
    if letter_text:
        framing.findings += [f for f in check_request(letter_text, found.name if found else None).findings
                             if f.code in ("personal-details", "child-identity")]
    from askfoi.finding_scope import findings_on_parts

    judged = findings_on_parts(framing, from_check)  # ck12: each finding judged on the part it is about
    if letter_text and not any(getattr(f, "code", "") == "commercial-sensitivity" for f in judged) and re.search(
            r"(?i)\b(?:contracts?|agreements?|pric\w*|rates?|fees?|tariffs?|pa(?:y|ys|id|ying))\b", letter_text):
        # nx73 (nc70 #8): the letter's part names the provider the message only pointed at ("the contract with her home
        # (its called oakfield lodge)"): the terms agreed with it are judged on the part
        judged += [f for f in check_request(letter_text, found.name if found else None).findings
                   if f.code == "commercial-sensitivity" and (f.variant or "").startswith("named_provider")]
    from askfoi.whose_records import read_whose

    if read_whose(text_in).subject == "other" or not framing.parts:
        # sar15: "my neighbour was arrested, can i see his police records": another person's records are asked for
        # even when no part could be written, so the warning stays; ck25a: so does one about one private household
        # ("my neighbour keeps getting visits from social services, can i find out why"), when nothing else is asked
        other = read_whose(text_in).subject == "other"
        judged += [f for f in framing.findings if f.code == "third-party-personal-data" and f not in judged and (
            other or (f.variant or "").startswith("private_person") or f.variant == "one_person_pay")][:1]
    framing.findings = judged
    from askfoi.part_checks import judge_on_parts

    framing.findings = judge_on_parts(framing)  # ck13: decided per part from its frame, and naming the part
    framing.findings = _view_notes(framing, set_aside)  # op14
    from askfoi.part_checks import without_wrong_route

    without_wrong_route(framing)  # ck20: "does my ex have a criminal record": Clare's Law, no part and no question
    if state_asked:  # ck20: "is it safe to swim at saltburn": the "it" points at nothing, and the part is rewritten
        asked = [" ".join(q.split())[:50].lower() for q in state_asked]
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "story-reference"
                            or not any(q in " ".join((f.message or "").split()).lower() for q in asked)]
    _one_household_only(framing, check.findings, text_in)
    _no_empty_ask_back_beside_parts(framing)
    _uses_counted_once(framing)
    from askfoi.follow_on_parts import carry_follow_ons, offer_policy

    before = [p.text for p in framing.parts]
    with findings_stay_with_parts(framing):  # fx50 (nc49 #1): a finding stays with its part when parts go
        carry_follow_ons(framing, text_in)  # again: a part kept whole above may have been framed since (a covert use)
        offer_policy(framing, text_in)
    from askfoi.follow_on_parts import drop_stale_quotes
    from askfoi.told_pointers import name_told_parts

    name_told_parts(framing, text_in)  # ck33: "these people" named from the sentence before, never asked back
    drop_stale_quotes(framing)  # findings quoting a part's words the letter no longer has
    _record_kind_beside(framing)  # ck34: "how many X refused and the policy for Y": the policy a part of its own
    _warn_every_no_overt_part(framing)  # ck34: "what did they cost" after IMSI catchers: warned like the use part
    _warn_every_covert_ask(framing, text_in)  # lead53: "is it on the body worn cameras too, including covertly?"
    if [p.text for p in framing.parts] != before and any(p.warning for p in framing.parts):
        # the NCND warning's one-key fix lists the parts: made again from the parts as they now are
        at = next((k for k, f in enumerate(framing.findings) if getattr(f, "code", "") == "ncnd-risk"), None)
        if at is not None:
            old_part = getattr(framing.findings[at], "part", None)
            framing.findings[at] = _framing_finding("ncnd-risk", framing)
            if old_part is not None:  # the warned part, numbered as the letter now has it
                framing.findings[at].part = next(k for k, p in enumerate(framing.parts, 1) if p.warning)  # ck33 (nu34 #9): a policy nobody asked for is offered, never added
    _subjects_kept(framing, found, today)
    _parties_named(framing, found)
    _body_named_in_capitals(framing)
    # ff27: "Could the data be provided from September 2024 up to the most recent month you have please?" says the
    # period, asks no view nor a hypothetical
    framing.findings = [f for f in framing.findings if not (getattr(f, "code", "") == "not-recorded-information"
                                                            and _nothing_to_ask_back(getattr(f, "evidence", "") or ""))]
    from askfoi.implied_asks import frame_implied

    frame_implied(framing, text_in)  # fr27b: what a story asks in a clause of story ("god knows how much money on X")
    from askfoi.informal_subjects import frame_subjects

    used_subjects = frame_subjects(framing, text_in) if from_story else []  # fr28b: an informal message's subject,
    # framed as the records that answer it
    from askfoi.holder_records import holder_parts

    holder_parts(framing, text_in, used_subjects)  # fx98 (nc97 j5): "councillor john smith ... his expenses claims"
    if chat:
        from askfoi.chat_asks import keep_chat_asks

        keep_chat_asks(framing, text_in[:20000])  # fr34: a chat message's fragments ("total cost", "how many") asked
    _who_decided_alone(framing)  # cx36: "how much it cost and who decided it": the decision's records, with who made it
    _others_cases_apart(framing, found, text_in)
    _period_caught_up(framing, text_in, today)
    _compared_parts(framing, today)  # lead35: "agency ... compared to permanent ones": each thing compared, its own part
    for p in framing.parts:
        if p.warning and p.replacements and p.subject and not p.kept_words and _cut_subject(p.replacements[0].subject, p.subject):
            # lead32: the answerable frames offered for a covert part were made from a subject cut inside a noun
            # ("IMSI" of "IMSI catchers to track phones ..."): made again from the part's subject as it stands, and
            # none the checks would flag again is offered ("drones" of "drones to watch protesters" is a whole noun)
            p.replacements = covert_replacements(p, scotland=framing.regime in ("FOISA", "EISR"))
    from askfoi.story_periods import asked_back, period_in_story

    # fr30: "last year" in "my mum was in leeds general last year and ...": the story's time, proposed as the period
    # with where it came from said (frame's JSON, the chatbot's summary), never taken silently as asked
    framing.period_in_story = bool(framing.period) and framing.route != "sar" and period_in_story(text_in, framing.period_text)
    if framing.period_in_story and not asked_back(text_in, framing.period_text):
        # fx56 (nc53 #11): "my son was excluded last year": the story's time is no period the questions asked for; it is
        # said where it came from, and the period step asks (never proposed as the letter's period)
        framing.story_period, framing.period, framing.period_year = framing.period, None, None
    _letter_period_said_once(framing, today)  # nx76 (nc73 #14): "..., say jan 2023 to now?": the letter states it
    join_leaning_parts(framing, text_in)  # fr36: again: a follow-up kept in the person's words since ("those trees")
    if typed_numbers:
        _number_references_again(framing.parts, text_in, typed_numbers)
    legal_questions_aside(framing)  # ck35: "what are their legal duties?": the finding offers the records, no part asks it
    from askfoi.complaint_acts import view_said_once

    view_said_once(framing)  # ck50: a view kept as the records of an assessment is said by not-recorded-information
    _body_inferred(framing, found, authority, text_in, inferred=held is not None)
    from askfoi.part_safety import apply_net

    apply_net(framing, text_in)  # fx45: a rewrite that lost words of its question: the question whole, if it stands alone
    from askfoi.count_words import plain_counts

    plain_counts(framing)  # nx82: "how many kids they stop and search": "children stopped and searched"
    from askfoi.counted_apart import counted_apart

    counted_apart(framing)  # nx85: "spit hoods and plastic bullets": each figure given separately
    from askfoi.first_person import our_from_story

    our_from_story(framing, text_in)  # nx85: "our shifts" -> "bank shifts" where the story names them so
    from askfoi.pay_rates import totals_instead

    totals_instead(framing)  # nx85: a rate paid, asked for one key as the total paid and the hours paid for
    from askfoi.lost_subjects import lost_subjects

    lost_subjects(framing)  # nx88: a bare "repairs" after a part about damp and mould in council homes: the review says it
    from askfoi.school_budgets import school_budget_note

    school_budget_note(framing, text_in)  # nx82: a school's budget is set by its council, not the national government
    number_asked_parts(framing)  # lead37: "in part 3" is the part's number in the finished letter
    from askfoi.judgement_asks import judgement_findings

    framing.findings += judgement_findings(framing.parts, framing.findings)  # lf61: a judgement asked, flagged by part
    if framing.environmental_parts:
        # lw53: the environmental parts' numbers in the finished letter (parts kept whole or joined since)
        law, laws = parts_law(framing.parts, text_in, _body_type(resolved, framing))
        framing.environmental_parts = [k for k, part in enumerate(laws, 1) if part.environmental] \
            if law == "mixed" else []
    return framing


def _why_this_body(framing: Framing, held, text: str, reading) -> None:
    """ad48 (nc47 #1): the note saying why the body proposed holds what is asked, when the message names a school or a
    place rather than the body (askfoi/asked_holders.py): the education authority for a school's pupils, the council
    for air quality near it, the highway authority for a traffic scheme, the Housing Executive for social housing in
    Northern Ireland; with the other body to ask where two could hold it."""
    if framing.authority_note or framing.authority is None:
        return
    if held is not None:
        framing.authority_note = held.note
        return
    from askfoi.asked_holders import why_body

    asked = " ".join(reading.questions) or text
    framing.authority_note = why_body(framing.authority.name, framing.authority.from_text or "", asked)


_LANDLORD_WORDS = re.compile(r"(?i)\b(?:housing\s+assoc\w*|social\s+landlord|rsl|housing\s+(?:group|trust)|clarion|peabody|"
                             r"l\s?&\s?q|notting\s+hill\s+genesis|places\s+for\s+people|a2dominion|incommunities|midland\s+heart|"
                             r"metropolitan\s+thames\s+valley|mtvh)\b")


# au58: the association named as the one that runs or owns the home ("its run by a housing association (midland
# heart)", "owned by clarion housing", "our landlord is peabody")
_LANDLORD_OF = re.compile(r"(?i)(?:\b(?:run|owned|managed|let|rented)\s+(?:out\s+)?by\s+(?:a\s+housing\s+association\s*)?\(?\s*"
                          r"|\bhousing\s+association\s*\(\s*|\blandlord\s+is\s+)$")


def _landlord_named(check, text: str, found: "AuthorityFound | None"
                    ) -> "tuple[AuthorityFound, tuple[int, int]] | None":
    """au58 (nc58 #1): the housing association the message names as the body ("its run by a housing association
    (midland heart)", "owned by clarion housing"), proposed as the organisation over a council taken only from a town
    or a place (its name tidied: askfoi.body_names), with where it is named; None when a body is named in full, or no
    association by name. The check's housing-association finding, held back for the council, is CHECK's again."""
    if found is not None and _named_in_full(found.from_text or ""):
        return None
    hit = next((f for f in check.findings if f.code == "housing-association" and f.severity != "low"), None)
    if hit is None and found is not None:
        from askfoi.checks import check_request

        # a council taken from a town holds back the finding (unless_known_authority): judged without it
        hit = next((f for f in check_request(text, None).findings
                    if f.code == "housing-association" and f.severity != "low"), None)
    typed = " ".join((getattr(hit, "evidence", "") or "").split()) if hit is not None else ""
    if not typed or re.match(r"(?i)(?:my|our|the|his|her|their|your|this|that|local)\b", typed):
        return None
    at = text.lower().find(typed.lower())
    if at < 0 or not _LANDLORD_OF.search(text[max(0, at - 60):at]):
        return None  # org17: an association only in the story ("clarion housing keep ignoring ...") is asked about
    tail = re.match(r"(?i)\s+(?:housing|homes)\b(?:\s+(?:group|association|trust|partnership))?", text[at + len(typed):])
    typed = text[at:at + len(typed) + (tail.end() if tail and not re.search(r"(?i)housing|homes", typed) else 0)]
    from askfoi.body_names import tidy_body_name

    if hit not in check.findings:
        check.findings.append(hit)
    return AuthorityFound(name=tidy_body_name(typed), from_text=typed), (at, at + len(typed))


def _landlord_named_besides_place(check, text: str, found: "AuthorityFound | None", period: str | None) -> None:
    """lead43: a council found only from a place ("a housing association flat in hackney (clarion)") hides the
    housing-association check, which stands down for a known body asked: when the message names a housing association
    and the council's words are a bare place (no "council", "borough"), the check is read as for no body named, and its
    finding (not covered by FOI in England, Wales and NI; what to do instead) is added."""
    if found is None or not _LANDLORD_WORDS.search(text or "") or any(f.code == "housing-association" for f in check.findings):
        return
    typed = (found.from_text or "").strip()
    if not typed or re.search(r"(?i)\b(?:council|borough|authority|county|city\s+of|executive)\b", typed):
        return
    if not re.search(rf"(?i)\b(?:in|at|near|around|across|of)\s+(?:the\s+)?{re.escape(typed)}\b", text):
        return
    from askfoi.checks import check_request

    alone = check_request(text, None, period=period)
    check.findings.extend(f for f in alone.findings if f.code == "housing-association")


def _named_as_itself(found: AuthorityFound) -> bool:
    """ck35: whether FOUND's words in the message name the body itself: one of its names or aliases ("Ofsted", "TfL",
    "Kent Police"), or words of its own name ("Cardiff" for Cardiff Council), not a town, an estate, a scheme or a
    newspaper askfoi placed in its area ("Huddersfield", "the Argus")."""
    from askfoi.authorities import default_index, normalise

    typed = normalise(re.sub(r"(?i)^(?:the|our|my)\s+", "", found.from_text or ""))
    if not typed:
        return True
    index = default_index()
    if typed in index.exact and index.authorities[index.exact[typed]].name in (found.name, found.letter_name):
        return True
    names = [normalise(found.name), normalise(found.letter_name)]
    if any(re.search(rf"(?<!\w){re.escape(typed)}(?!\w)", n) for n in names if n):
        return True
    # ad51 (nc49 #14): "harris academy peckham" is Harris Academy at Peckham: its words in order, a joining word
    # ("at", "of", "and") left out
    joins = _NAME_JOINS | {"at", "&"}
    short = [w for w in typed.split() if w not in joins]
    return len(short) > 1 and any(short == [w for w in n.split() if w not in joins] for n in names if n)


def _body_inferred(framing: Framing, found: AuthorityFound | None, authority: str | None, text: str = "",
                   inferred: bool = False) -> None:
    """ck35: a body the message does not name but askfoi took from a place, a scheme or a newspaper it names
    ("empty homes in Huddersfield": Kirklees; "the Argus says ...": Brighton and Hove) is said to be taken so, with
    what to do if it is not the one meant (prompts/frames/body_inferred.j2). A subject access request is left alone.
    fx46: nor a body the message names elsewhere by its own name ("..., nhs lothian" after its hospital)."""
    from askfoi.checks import Finding

    if authority or found is None or framing.route == "sar" or not inferred and _named_as_itself(found):
        return
    if text and not inferred and any(_named_as_itself(found.model_copy(update={"from_text": typed}))
                    for typed in (h[2] for h in named_bodies(text[:20000]) if not h[3])):
        return
    if any(getattr(f, "code", "") == "body-inferred" for f in framing.findings):
        return
    typed = " ".join((found.from_text or "").split())
    framing.findings.append(Finding(
        code="body-inferred", severity="low", evidence=typed[:80],
        message=render("frames/body_inferred.j2", typed=typed, body=found.letter_name).strip(),
        suggestion=render("frames/body_inferred_fix.j2").strip()))


_ASKED_WORDS = re.compile(r"(?i)\bhow\s+(?:many|much|long|often)\b|\b(?:what|which|where|who|when)\b")
_THAT_YEAR = re.compile(r"(?i)\b(?:that|the\s+same|this\s+same)\s+(?:calendar\s+)?year\b")


def _that_year_said(text: str, today: date | None) -> str:
    """ck29 (issue 8): "that year", "the same year" in a message that names one year, also in its story ("my mum passed
    away ... in 2024 ... how many patients died on ward 12 that year", "a fall in march 2023 ... how many falls that
    year"): the year, written out where the question says it, so the question states its own period."""
    if not _THAT_YEAR.search(text or ""):
        return text
    from askfoi.periods import scan_dates

    day = today or date.today()
    years = {m.start.year for m in scan_dates(text, day) if m.start.year == m.end.year and m.start <= day}
    if len(years) != 1:
        return text
    year = years.pop()
    return _THAT_YEAR.sub(lambda m: f"the year {year}" if re.search(r"(?i)\b(?:in|during|for|of|over|throughout)\s*$",
                                                                  text[:m.start()]) else f"in {year}", text)


def _period_caught_up(framing: Framing, text: str, today: date | None) -> None:
    """ck29 (issue 8): the period the message states is the letter's, whatever step made the parts. Parts made after
    the period was read (a question kept whole, a story's subject framed) state it too ("sewage spills into the
    river clyde 2024 how many"); a part that says "that year" means the one year the message names, even in its
    story (`_that_year_said`)."""
    if framing.period or not framing.parts:
        return
    label, written = letter_period([p.source or "" for p in framing.parts], text, today=today)
    own = any(stated_periods(p.source or "", today=today) for p in framing.parts)
    if label is None and not own:  # "fly tipping in my street in bolton 2025 how many reports": asked, without a "?"
        # (a period some parts state themselves stays theirs: fr10c)
        said = [(lb, w) for lb, w, span in stated_periods(text, today=today)
                if _ASKED_WORDS.search(_sentence_at(text, span)) and not _told(_sentence_at(text, span))
                and not dates_event(_sentence_at(text, span), w)]
        if len({lb for lb, _ in said}) == 1:
            label, written = said[0]
    if label is None:
        return
    framing.period, framing.period_text = label, written
    framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "no-time-period"]


def _letter_period_said_once(framing: Framing, today: date | None) -> None:
    """nx76 (nc73 #14): a part kept in the person's words whose one period is the letter's, said at the end of its
    sentence ("What chemicals did they discharge into the loch, say jan 2023 to now?", "... from 2020 onwards?"),
    loses it with its loose words ("say", "roughly", "or so"): the letter asks for everything "for the period ..."
    once, and a part that said it again in other words ("jan 2023 to now") reads as a second, different period. A
    part with two periods, or another period than the letter's, keeps its words."""
    from askfoi.periods import hedged_span, is_length

    if not framing.period or framing.route == "sar":
        return
    for part in framing.parts:
        if not part.kept_words or not part.text:
            continue
        found = [f for f in find_periods(part.text, today=today) if not is_length(part.text, f[1], f[2])]
        if len(found) != 1 or found[0][0] != framing.period:
            continue
        start, end = hedged_span(part.text, found[0][2])
        if (start, end) == tuple(found[0][2]):
            continue  # (merge fix) a period said plainly ("in 2024", "between ... and the date of this request") is the
            # person's own words, kept whole; only a loose one ("say jan 2023 to now") leaves for the letter's
        before, after = part.text[:start].rstrip(" ,;:-"), part.text[end:]
        if not re.fullmatch(r"\s*[?.!]*\s*", after) or len(re.findall(r"[A-Za-z]+", before)) < 4:
            continue
        part.text = before + (after.strip() or ".")


_OTHERS_CASES = ("someone-elses-records", "deceased-records")
_CONDUCT = re.compile(r"(?i)\b(?:disciplined|discipline|disciplinary|investigated|sacked|dismissed|fired|suspended|punished|"
                      r"reprimanded|misconduct|demoted)\b")


def _others_cases_apart(framing: Framing, found: AuthorityFound | None, text: str) -> None:
    """ck27 (nu29 D5, D5b, D14): a part about one other person's case (whether the officer who tasered him was
    disciplined, all emails about the writer's son, a dead mother's medical records) leaves an FOI letter that keeps
    other parts: FOI would release it to the world, so it is withheld, and its finding (someone-elses-records,
    deceased-records) names the route that works (a complaint, the relative's own request, the Access to Health
    Records Act). Its other findings ("him" points at the story) leave with it; the parts after it are renumbered."""
    from askfoi.checks import check_request

    if framing.route != "foi" or not framing.parts:
        return
    said = [f for f in check_request(text, found.name if found else None).findings if f.code in _OTHERS_CASES]
    def about(f, part) -> bool:  # the part says the evidence, or its start ("the officer who") and asks about conduct
        words, text = (f.evidence or "").lower(), (part.text or "").lower()
        lead = " ".join(words.split()[:3])
        return bool(words) and (words in text or (lead in text and _CONDUCT.search(text) is not None))

    gone = {i for i, part in enumerate(framing.parts, 1) if any(about(f, part) for f in said)}
    if not gone:
        return
    if len(gone) == len(framing.parts) and not all(
            any(f.code == "deceased-records" and about(f, part) for f in said) for part in framing.parts):
        return  # one other living person's case and nothing else: kept, with its warning
    # lead 27 (nu30): a dead relative's records and nothing else ("my dad passed away ... i want a copy of his medical
    # records"): no FOI letter at all; the finding names the Access to Health Records Act route
    left = [(i, part) for i, part in enumerate(framing.parts, 1) if i not in gone]
    number = {old: new for new, (old, _) in enumerate(left, 1)}
    framing.remarks.extend(framing.parts[i - 1].source or framing.parts[i - 1].text for i in sorted(gone))
    framing.parts = [part for _, part in left]
    have = {f.code for f in framing.findings}
    kept = []
    for f in framing.findings:
        if getattr(f, "part", None) in gone:
            if f.code in _OTHERS_CASES:
                kept.append(f.model_copy(update={"part": None}))
            continue
        kept.append(f.model_copy(update={"part": number[f.part]}) if getattr(f, "part", None) in number else f)
    note = render("frames/left_out_case.j2", others=bool(framing.parts)).strip()
    kept += [f for f in said if f.code not in have]
    framing.findings = [f.model_copy(update={
        "message": f"{f.message} {note}",
        "suggestion": re.sub(r"^Take this (?:question|part) out of the FOI request\.\s*", "", f.suggestion)})
        if f.code in _OTHERS_CASES and f.part is None and note not in f.message else f for f in kept]


# fr26: the kinds whose subject must be a thing (a noun phrase): what is counted, spent, earned, listed, saved
_NOUN_KINDS = frozenset({"count", "total_spend", "income", "figure", "list", "statistics", "savings"})
_SUBJECTLESS = frozenset({"no subject", "names no thing", "no noun: not a noun phrase", "pronoun or filler",
                          "question word"})


_QUESTION_FIRST = re.compile(r"(?i)^\W*(?:(?:and|so|also|but)\s+)?(?:how|what|which|who|when|where|can|could|do|does|did|is|are|"
                             r"was|were|has|have)\b[^,;.]*$")  # one question, no story told in front of it


def _parties_named(framing: Framing, found: AuthorityFound | None) -> None:
    """fr26: correspondence between the body asked and another party names the body as the person would ("the
    council", "the force", or its name), never the generic "the authority" the frame's mask left."""
    from askfoi.kept_questions import body_short

    for part in framing.parts:
        if part.kind != "correspondence" or part.kept_words or "the authority" not in (part.parties or ""):
            continue
        typed = re.search(r"(?i)\bthe\s+(council|force|police|trust|board|university|department)\b", part.source or "")
        said = (body_short(found.name) if found else None) or (f"the {typed.group(1).lower()}" if typed else None)
        if said and said.lower() != "the authority":
            part.parties = part.parties.replace("the authority", said)
            part.text = render_frame(part)


def _subjects_kept(framing: Framing, found: AuthorityFound | None, today: date | None) -> None:
    """fr26 (issue 8): no part leaves without its subject. A part of a kind that counts or sums a thing must name
    that thing: one whose subject is missing, a pronoun or a placeholder ("the number of it", "the total") is asked
    back ("What exactly should ... ask about?"), never printed; a bare count or sum ("The number of buildings.")
    that leaves out words of its question which say what is counted ("unsafe cladding") keeps the question whole."""
    kept: list[Frame] = []
    for part in framing.parts:
        if part.kept_words or part.kind not in _NOUN_KINDS or part.replacements or part.warning:
            kept.append(part)
            continue
        if not part.text or _SUBJECTLESS & set(subject_problems(part.subject)):
            framing.unframed.append(part.source)
            framing.pending.append(part)
            framing.questions.append(render("frames/question.j2", kind="subject", text=part.source.strip(),
                                            choices=[kinds()[k] for k in choice_kinds()]).strip())
            continue
        q = part.qualifiers
        bare = not (part.clause or part.head or q.place or q.breakdown or q.about or part.base or part.of_set)
        if bare and len((part.subject or "").split()) == 1 and _QUESTION_FIRST.match(part.source or "") \
                and lost_details(part, found.name if found else None, today=today):
            whole = keep_words(part.source)
            if found and found.from_text.lower() == found.name.lower():
                whole.text = re.sub(re.escape(found.from_text), found.name, whole.text, count=1, flags=re.I)
            kept.append(whole)
            continue
        kept.append(part)
    framing.parts = kept


def _body_acronym_written(framing: Framing) -> None:
    """fx52 (nc51 #2): the body the letter goes to, named in a part by its initials typed in lower case ("how many
    complaints has gmp had"): written as its name ("Greater Manchester Police"), as a letter names it. Only the body's
    own initials of three letters or more (an alias askfoi knows in capitals), each typed all in lower case."""
    if framing.authority is None:
        return
    from askfoi.authorities import default_index

    name = framing.authority.name
    auth = next((a for a in default_index().authorities if a.name == name), None)
    initials = [a for a in (auth.aliases if auth else ()) if len(a) >= 3 and a.isupper() and a.isalpha()]
    # fx54 (nc51 #8): a short name of two words or more whose words are not all the name's own ("Lancs Police",
    # "Herts Police", "West Mids Police": knowledge/authorities.jsonl aliases), typed in lower case
    own = set(name.lower().split())
    initials += [a for a in (auth.aliases if auth else ()) if len(a.split()) >= 2 and a.isascii()
                 and not set(a.lower().split()) <= own and not re.search(r"(?i)\b(?:of|for|and|the)\b", a)]
    if not initials:
        return
    pattern = re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(a.lower()) for a in initials) + r")(?![\w-])")
    for part in framing.parts:
        if part.text:
            part.text = pattern.sub(name, part.text)


def _body_named_in_capitals(framing: Framing) -> None:
    """ck26: the institution the letter goes to, written in a part as typed in lower case ("excluded from harris academy
    battersea", "hip operations at addenbrookes"), with its name's capitals (each word's first letter)."""
    _body_acronym_written(framing)
    from askfoi.unnamed_bodies import kind_words_written

    for part in framing.parts:  # fx54 (nc51 #12): "received by the uni" -> "received by the university"
        if part.text:
            part.text = kind_words_written(part.text)
    typed = (framing.authority.from_text or "").strip() if framing.authority else ""
    if len(typed) < 4 or not typed.islower() or not (institution_like(typed) or institution_like(f"the {typed}")):
        return
    words = r"\s+".join(re.escape(w) for w in typed.split())
    pattern = re.compile(rf"(?i)(?<![\w'-]){words}(?![\w-])")

    def written(m: re.Match) -> str:  # a word already typed with a capital ("HMP") stays as it is
        from askfoi.place_capitals import capitalise_welsh_names

        welsh = capitalise_welsh_names(m.group())
        if welsh != m.group():
            return welsh  # lead43: a Welsh name keeps its small words ("Ysgol y Graig"), fx47's rule
        return re.sub(r"[A-Za-z][\w'\u2019&-]*", lambda w: w.group() if w.group().lower() in _NAME_JOINS
                      or not w.group().islower() else w.group()[:1].upper() + w.group()[1:], m.group())

    for part in framing.parts:  # (only capitals change: a part kept whole keeps every word)
        if part.text:
            part.text = pattern.sub(written, part.text)


def institution_like(typed: str) -> bool:
    """TYPED names an institution or a site of one (an institution noun in it, or a hospital site askfoi knows)."""
    from askfoi.institution_names import institution_names
    from askfoi.site_bodies import hospital_site

    from askfoi.site_bodies import prison_body

    return bool(institution_names(typed)) or hospital_site(typed) is not None or prison_body(typed) is not None


def _one_household_only(framing: Framing, found: list, message: str) -> None:
    """ck25a: every part asks why, or what about, one private household the message tells of ("my neighbour keeps
    getting visits from social services, can i find out why", "the family opposite have social workers round, what is
    it about"): nothing FOI can give. The parts go and the private-person finding says so, with what can be asked."""
    hits = [f for f in found if getattr(f, "code", "") == "third-party-personal-data"
            and (getattr(f, "variant", None) or "").startswith("private_person_care")]
    if not hits:
        return
    if not framing.parts:  # nothing else could be written: the household's records are what was asked about
        framing.findings = [hits[0]] + [f for f in framing.findings if getattr(f, "code", "") not in (
            "third-party-personal-data", "too-vague", "not-recorded-information")]
        return
    told = (hits[0].evidence or "").lower()
    sentences = [x.lower() for x in sentence_ends.split(r"(?<=[.?!])\s+|\n", message or "") if x.strip()]

    def about_them(part: Frame) -> bool:
        if part.kind not in ("reasons", "kept"):
            return False
        probe = re.sub(r"\s+", " ", (part.source or part.text or "").lower()).strip(" ?.!")[:30]
        return bool(probe) and any(probe in re.sub(r"\s+", " ", x) and told in x for x in sentences)

    if all(about_them(p) for p in framing.parts):
        framing.parts = []
        framing.findings = [hits[0]] + [f for f in framing.findings
                                        if getattr(f, "code", "") not in ("third-party-personal-data", "too-vague",
                                                                          "not-recorded-information")]


_COUNTS_USES = re.compile(r"(?i)\b(?:how\s+(?:many|mnay|often)\b(?:\s+times)?|(?:the\s+)?number\s+of\s+(?:times|occasions|"
                          r"deployments|uses)\b|how\s+frequently)")


def _uses_counted_once(framing: Framing) -> None:
    """A "use" part asks for the policy on the use of X "and the number of times it was used"; when another part of
    the letter counts X's uses itself ("how many times did they use them in 2025"), the use part does not ask again
    (nu24: the letter asked for the number of uses twice). Another part counts them when it asks how many times / how
    often and names a word of X's subject or points back at it."""
    for part in framing.parts:
        if part.kind != "use" or part.kept_words or part.qualifiers.uses_counted or part.clause:
            continue
        words = {w for w in re.findall(r"[a-z]{4,}", (part.subject or "").lower())} - {"with", "from", "that", "this"}
        for other in framing.parts:
            if other is part or other.kind == "use":
                continue
            said = f"{other.text} {other.source or ''}"
            named = _counts_uses_of(other, part)
            if named:  # "how many flights" of drones: "The number of drone flights", and what they cost too
                noun = other.subject
                for each in framing.parts:
                    if each.kind in ("count", "total_spend") and not each.kept_words and each.subject == noun:
                        each.subject = named
                        each.text = render_frame(each) or each.text
                part.qualifiers.uses_counted = True
                part.text = render_frame(part) or part.text
                break
            if not _COUNTS_USES.search(said):
                continue
            if words & set(re.findall(r"[a-z]{4,}", said.lower())) or points_at_thing(said):
                part.qualifiers.uses_counted = True
                part.text = render_frame(part) or part.text
                break


# lead38: words that point back at the thing a part is about ("how many times were they used", "how often is it used"),
# not at the body doing it ("how many times did they use drones": they = the force, the drones are another thing)
_THING_POINTER = re.compile(r"(?i)\b(?:it|them|these|those)\b|\bthey\s+(?:were|are|have\s+been|had\s+been|get|got|been)\b")


def points_at_thing(text: str) -> bool:
    """Whether TEXT points back at the thing the part before was about (it, them, "were they used")."""
    return bool(_THING_POINTER.search(text or ""))


def _counts_uses_of(count: Frame, use: Frame) -> str | None:
    """ck29 (nu31 #21): the uses COUNT counts of USE's subject, named ("drone flights"), when COUNT counts them by a noun
    of uses ("how many flights" beside "does police scotland use drones"); None otherwise."""
    data, _ = load_vocab("detail_words")
    nouns = {str(w).lower() for w in ((data or {}).get("use_nouns") or [])}
    noun = (count.subject or "").strip()
    if count.kind != "count" or count.kept_words or noun.lower() not in nouns or not (use.subject or "").strip():
        return None
    words = use.subject.split()
    single = _inflector().singular_noun(words[-1])
    return " ".join(words[:-1] + [single or words[-1], noun])


def _no_empty_ask_back_beside_parts(framing: Framing) -> None:
    """nu23: "Dear Sir, under the Freedom of Information Act please provide the total spent by ..." had its part and,
    beside it, the questions asked back when a message has no part ("Which record or figure do you want? Your message
    gives your view ..."): a later step wrote the part. A letter with parts is never asked what records it wants."""
    if not framing.parts or not framing.questions:
        return
    empty = {render("frames/informal_questions.j2", ask=k).strip() for k in ("record", "body", "period")}
    if not any(q in empty for q in framing.questions):
        return
    framing.questions = [q for q in framing.questions if q not in empty]
    if not framing.questions and not framing.unframed:
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "too-vague"]


def _institution_named(text: str, found: AuthorityFound | None, span: tuple[int, int] | None, reading
                       ) -> tuple[AuthorityFound | None, tuple[int, int] | None, "object | None"]:
    """org17: (body, where, institution) when TEXT names an institution by a name of its own
    (askfoi/institution_names.py): the body askfoi knows by that name, or none and the institution (asked about at
    the organisation step), in place of FOUND when FOUND was read from a piece of the name ("Spires Academy" in "oxford
    spires academy") or is the council of a bare place said with the institution ("st josephs catholic college in
    swindon", "clarion housing ... my flat in croydon"). FOUND stays when it is named in full elsewhere ("barts
    health") or is no council (a force found for a police matter: "burglaries at tesco in leeds")."""
    from askfoi.institution_names import institution_names, registered_body

    names = institution_names(text)
    if names:
        from askfoi.name_roles import not_asked_role

        # fx70: an institution named as an example, a recipient, the other party to correspondence ("between the
        # Ministry and Chapel-en-le-Frith Parish Council") is not the body asked
        names = [n for n in names if not_asked_role(text, n.span[0], n.span[1], n.name, in_question=False,
                                                    bare_place=False) is None]
    if not names:
        return found, span, None
    asked = [q.lower() for q in reading.questions]

    def in_question(n) -> bool:
        return any(n.typed.lower() in q or n.name.lower() in q for q in asked)

    chosen = None
    if found is not None:
        where = span
        typed = (found.from_text or "").lower()
        places = ([span] if span is not None else []) + ([
            (m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(typed)}\b", text.lower())]
            if typed and (span is None or not _named_in_full(found.from_text or "")) else [])
        # a place written outside the names too ("my son is at bristol free school ... bristol secondary schools") is
        # the place asked about there
        outside = [p for p in places if not any(n.span[0] <= p[0] and p[1] <= n.span[1] for n in names)]
        where = (outside or places or [None])[0]
        inside = [n for n in names if not outside and where is not None and n.span[0] <= where[0] and where[1] <= n.span[1]]
        if inside:
            chosen = next((n for n in inside if in_question(n)), inside[0])
        elif not _named_in_full(found.from_text or "") and _is_council(found.name):
            sentence = _sentence_at(text, where).lower() if where is not None else ""
            place_asked = where is not None and any(sentence.strip(" .?!") and sentence.strip(" .?!") in q for q in asked)
            near = [n for n in names if n.typed.lower() in sentence]
            chosen = near[0] if near else next((n for n in names if in_question(n) and not place_asked), None)
        if chosen is None:
            return found, span, None
    else:
        from askfoi.unnamed_bodies import unnamed_body

        chosen = next((n for n in names if in_question(n) or _heading_name(text, n.span) or _addressed(text, n.span)),
                      None)  # one named only in
        # the story is not asked (ck26: a name heading the message, "Harris Academy Battersea - how many ...", is),
        if chosen is None:  # ff28: ... unless the message goes on to call it by its kind ("mast on Saint Mary's
            kind = unnamed_body(text, reading.questions)  # School's roof ... I have contacted the school"): the one
            same = [n for n in names if kind is not None and n.question == kind.kind]  # named is the one meant
            chosen = same[0] if len(same) == 1 else None
        if chosen is None:  # lead39 (newcomer): "my daughters school, hillview academy in bolton, ... how much did they
            # spend on agency staff": the one public institution the story names is the body its questions ask when
            # they point back to it ("they") and name no place and no body of their own ("schools in bolton" asks the
            # council; "potholes on his road" points back to nothing)
            from askfoi.body_answers import bodies_in_places

            public = [n for n in names if n.kind not in ("housing association", "company")]
            town = set(re.findall(r"[a-z]+", public[0].typed.lower()[len(public[0].name):])) - {"in", "at", "the"} \
                if len(public) == 1 else set()
            placeless = not any(bodies_in_places(q)[0] or town & set(re.findall(r"[a-z]+", q)) for q in asked)
            told_back = any(re.search(r"\b(?:they|them|their|theyve|they've|it|its)\b", q) for q in asked)
            if len(public) == 1 and placeless and told_back \
                    and not any(unnamed_body("", [q]) is not None for q in reading.questions):
                chosen = public[0]
        if chosen is None:  # unless it is a housing association or a company the questions ask no other body of
            chosen = next((n for n in names if n.kind in ("housing association", "company")), None)
        if chosen is None or chosen.kind in ("housing association", "company") and unnamed_body(
                "", reading.questions) is not None:
            return found, span, None  # "what contracts does the council have with amazon": the council is asked
    body = registered_body(chosen)
    if body is not None:
        return AuthorityFound(name=body, from_text=chosen.name), None, None
    if found is not None and _named_in_full(found.from_text or "") and not _is_council(found.name) \
            and (found.from_text or "").lower() == chosen.name.lower():
        return found, span, None  # the body found is the one named ("the University of Cambridge")
    return None, None, chosen


_GREETED = re.compile(r"(?i)(?:^|\n)[ \t]*(?:dear|to|hello|hi|f\.?a\.?o\.?|attn\.?:?|for\s+the\s+attention\s+of)\s+(?:the\s+)?$")
_ASKED_OF = re.compile(r"(?i)(?:^|[.?!\n]\s*)(?:please\s+)?(?:could|can|would|will|does|do|did|has|have|is|are|why\s+(?:does|did|has|is))"
                       r"\s+(?:the\s+)?$")


def _addressed(text: str, span: tuple[int, int]) -> bool:
    """ff28: the name at SPAN is the one the letter is written to: its greeting ("Dear Great Snoring Parish Council,",
    "To: Hillside Primary School") or the subject the question is put to ("Could Hampsthwaite Parish Council tell me
    ...", "does st anne's school hold ...")."""
    before = text[:span[0]]
    return bool(_GREETED.search(before) or _ASKED_OF.search(before) or _WRITING_TO_NAME.search(before))


# ad51: "I am writing to Oakfield Primary School in Leeds": the body the writer says the letter is written to
_WRITING_TO_NAME = re.compile(r"(?i)(?:^|[.?!\n]\s*)(?:i\s+am|i'm|we\s+are|we're)\s+(?:writing|making\s+(?:this|a)\s+(?:request|"
                              r"freedom\s+of\s+information\s+request))\s+to\s+(?:the\s+)?$")


def _heading_name(text: str, span: tuple[int, int]) -> bool:
    """ck26: the name at SPAN opens TEXT as its heading ("Harris Academy Battersea - how many ...", "Oaks Surgery:")."""
    return bool(re.fullmatch(r"(?i)\W*(?:the\s+)?", text[:span[0]])) and bool(re.match(r"\s*(?:[-\u2013\u2014:|]|\n)", text[span[1]:]))


def named_body(text: str) -> str | None:
    """org17: the body TEXT names as the one the person dealt with or asks (`find_authority`, with an institution named
    by a name of its own in place of the council of a place in its name): the name of the body askfoi knows, the
    institution's name as typed in title case when askfoi knows none by it ("Riverside Medical Centre, Bristol"), or
    None."""
    from askfoi.questions import read_message

    reading = read_message(text or "")
    found, span = find_authority(text or "", reading=reading)
    found, _, institution = _institution_named(text or "", found, span, reading)
    if found is not None:
        return found.name
    if institution is None:
        return None
    return " ".join(w if w.lower() in _NAME_JOINS else w[:1].upper() + w[1:] for w in institution.typed.split())


# ck33 (nu34 #10): findings about how an FOI request is answered (its scope, its period, what FOI does not give, what a
# published answer may show): a subject access request is answered to the person alone, for all their data
_FOI_ONLY = frozenset({"vague-scope", "no-time-period", "not-recorded-information", "too-many-questions", "cost-limit-risk",
                       "too-vague", "commercial-sensitivity", "environmental-information", "camera-locations",
                       "officials-emails", "councillor-emails", "story-reference", "read-from-story", "personal-details",
                       "story-personal-details", "future-year", "first-name-only"})


def _footage_holder(framing: Framing, text: str, today: date | None) -> None:
    """ck33 (nu34 #10): a subject access request for the CCTV of an incident at a place ("at the bus station in
    wolverhampton on 3 november"): the footage item names the place, the day and a time window; the request goes to
    whoever runs the place, asked (with the likely operator offered) unless the message names a body in full; never
    the police when the person says the police cannot get it."""
    from askfoi.authorities import resolve_authority
    from askfoi.footage_holders import footage_item, footage_site

    site = footage_site(text, today)
    if site is None:
        return
    from askfoi.whose_records import read_whose

    if read_whose(text).on_behalf:
        return  # "the cctv of my son being attacked": his images, asked on his behalf (sar15), as before
    item = footage_item(site)
    at = next((k for k, p in enumerate(framing.parts) if re.search(r"(?i)\b(?:cctv|footage|camera|video)\b", p.text)), None)
    frame = Frame(kind="personal_data", subject=item, source=text)
    frame.text = render_frame(frame)
    if at is None:
        framing.parts.insert(0, frame)
    else:
        framing.parts[at] = frame
    found = framing.authority
    body = resolve_authority(found.name) if found is not None else None
    police = body is not None and body.known and body.type.value == "police"
    named = found is not None and named_in_full(found.from_text) and not police
    if named or (police and not site.police_cannot and not _town_only(found, site)):
        return
    framing.authority = None
    framing.regime = "SAR"
    framing.body_kind = "operator"
    framing.body_choices = [site.operator] if site.operator else []
    framing.body_question = render("frames/footage_holder.j2", site=site).strip()
    from askfoi.checks import check_request

    fresh = {f.code: f for f in check_request(text, None).findings}
    framing.findings = [fresh.get(f.code, f) if f.code == "own-personal-data" else f for f in framing.findings
                        if f.code not in ("no-authority",)]


def _town_only(found, site) -> bool:
    """The body was found from the town the place is in ("wolverhampton" -> the force), not named by the person."""
    return bool(site.town) and found.from_text.strip().lower() in (site.town.lower(), site.typed.lower())


_PRINCIPAL_COUNCIL = re.compile(r"(?i)\b(?:district|borough|city|county|metropolitan\s+borough)?\s*council$")
_LOCAL_COUNCIL = re.compile(r"(?i)\b(?:parish|town|community|village)\s+council$")


@functools.lru_cache(maxsize=1)
def _council_initials() -> dict[str, list[str]]:
    """The initials of every current principal council (not parish, town or community councils), lower case, to the
    councils' names: "cdc" -> Cherwell, Chichester and Cotswold District Councils."""
    from askfoi.authorities import default_index

    small = {"of", "and", "the", "for", "in", "on", "to", "at", "&"}
    out: dict[str, list[str]] = {}
    for auth in default_index().authorities:
        name = auth.name
        gone = getattr(auth, "defunct", False) or re.match(r"(?i)\s*abolished\b", getattr(auth, "note", None) or "")
        if gone or not _PRINCIPAL_COUNCIL.search(name) or _LOCAL_COUNCIL.search(name):
            continue  # an abolished council (its note says so) is never offered: its successor answers
        key = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in small).lower()
        out.setdefault(key, []).append(name)
    return out


def shared_initials(word: str, body: str) -> bool:
    """lead44: WORD, typed as an abbreviation that askfoi knows as BODY's (a body that is no council), is also the
    initials of two or more current councils ("cdc": Cherwell, Chichester, Cotswold District Councils, not CDC Group
    plc): which body is meant is asked. Abbreviations that people use for one national body whatever councils share
    them ("BBC") are data (knowledge/vocab/proper_words.yaml national_acronyms)."""
    low = word.lower()
    if not re.fullmatch(r"[a-z]{3,5}", low) or _PRINCIPAL_COUNCIL.search(body):
        return False
    data, _ = load_vocab("proper_words")
    national = {str(w).lower() for w in (data.get("national_acronyms") or [])} if isinstance(data, dict) else set()
    return low not in national and len(_council_initials().get(low, [])) >= 2


def _initials_choices(framing: Framing, text: str) -> None:
    """lead44: no body found and the message names one only by initials several bodies share ("cdc"): asked which,
    with the councils of those initials and the body askfoi knows by them as numbered choices."""
    if framing.authority is not None or framing.body_question:
        return
    from askfoi.authorities import default_index, normalise

    index = default_index()
    for m in re.finditer(r"\b[A-Za-z]{3,5}\b", text):
        key = normalise(m.group())
        if key not in index.exact:
            continue
        body = index.authorities[index.exact[key]]
        if not shared_initials(m.group(), body.name):
            continue
        choices = list(_council_initials()[m.group().lower()])
        if not (getattr(body, "defunct", False) or re.match(r"(?i)\s*abolished\b", getattr(body, "note", None) or "")):
            choices.append(body.name)
        choices = choices[:8]
        framing.body_kind = "initials"
        framing.body_choices = choices
        framing.body_question = render("frames/initials_choices.j2", typed=m.group(), choices=choices).strip()
        return


def _hospital_town_choices(framing: Framing, text: str) -> None:
    """ck33 (nu34 #4): a hospital named by a town where several NHS bodies run hospitals ("the hospital in
    birmingham"): asked which, with those bodies as numbered choices (a short list only), never the town's council."""
    from askfoi.hospital_towns import hospital_in_town

    town = hospital_in_town(text)
    if town is None or town[0] or not town[1]:
        return
    choices = town[1] if len(town[1]) <= 15 else []  # ck34: London's 13 general hospital bodies are offered too
    framing.body_kind = "hospital"
    framing.body_choices = choices
    framing.body_question = render("frames/hospital_town.j2", typed=town[3], town=town[2].title(), choices=choices).strip()


def _town_choices(framing: Framing, text: str, reading) -> None:
    """ad50: a town named without its body whose council the message does not decide: a name shared by places in
    several councils' areas ("fly tipping in newport"), or a two-tier area where what is asked is both tiers' or
    neither's ("spending in banbury"): asked which, with those councils as numbered choices."""
    from askfoi.town_councils import town_body

    asked = text
    for remark in reading.remarks:
        asked = asked.replace(remark, " ")
    town = town_body(text, asked)
    if town is None or town.body or not (town.choices or town.why == "shared"):
        return
    framing.body_kind = "council"
    framing.body_choices = list(town.choices)
    framing.body_question = render("frames/town_councils.j2", typed=town.town.typed, why=town.why,
                                   choices=list(town.choices)).strip()


def _prison_health_note(framing: Framing, text: str) -> None:
    """ck26: a prison named for its prisoners' health care goes to the health body (askfoi.site_bodies
    prison_health_body); the proposal says why, and in England who holds the records (prompts/frames/prison_health.j2)."""
    from askfoi.site_bodies import prison_body, prison_health_body

    found = framing.authority
    prison = prison_body(text)
    if found is None or prison is None or prison[0] != found.name:
        return
    words = [w for w in prison[1].lower().split() if w not in ("hmp", "hmyoi", "yoi", "prison", "hm", "&", "and")]
    health = prison_health_body(" ".join(words), text)
    if health is not None:
        framing.authority_note = " ".join(render("frames/prison_health.j2", nation=health[1], body=health[0]).split())


def _successor_note(framing: Framing) -> None:
    """ck26: a body named by the name of one abolished ("the UK Border Agency") is proposed as its successor, with the
    abolished body's own note saying why (knowledge/authorities.jsonl)."""
    from askfoi.authorities import resolve_authority

    found = framing.authority
    old = resolve_authority(found.from_text) if found and found.from_text else None
    if old is not None and old.known and old.defunct and old.name != found.name and old.note:
        framing.authority_note = " ".join(old.note.split())


def _own_foi_body(institution) -> str | None:
    """ck26: the name, in title case without its town, of a named GP practice or academy askfoi has no list of: each
    is its own FOI body (a GP practice: FOIA Sch 1 para 44; an academy: its proprietor, the academy trust, para 52A),
    so the body is the one the message names. None for other kinds (a school or hospital asked which one)."""
    if re.match(r"(?i)(?:st\.?|saint)\s", institution.name):
        return None  # "st johns academy": a saint's name many schools share; which one is asked
    if institution.kind == "gp" or (institution.kind == "school" and re.search(r"(?i)\bacademy\b", institution.name)) \
            or institution.kind == "academy trust":  # nz70 (nc70 #9): "Horizon Learning Trust": the trust itself
        return " ".join(w if w.lower() in _NAME_JOINS else w[:1].upper() + w[1:] for w in institution.name.split())
    return None


def _unlisted_body(institution, text: str) -> str | None:
    """ff28: the name, in title case without its town, of a school or a parish or town council the message names by a
    name of its own and askfoi has no list of: each is an FOI body in its own right in England, Wales and Northern
    Ireland (a maintained school's governing body; a parish or town council), so it is proposed by that name for the
    person to confirm (prompts/frames/unlisted_body.j2 says what to check). None in Scotland (its council answers for
    its schools; it has no parish councils) and for a saint's name with no town anywhere in the message ("st marys
    primary": many schools share it, so which one is asked), and for a school whose name does not say it is a state
    school (an independent school is not covered by FOI)."""
    if institution.kind not in ("school", "parish council") or located_in_scotland(text):
        return None
    if institution.kind == "school":
        if not _STATE_SCHOOL.search(institution.name):
            return None  # "brighton college", "st mary's school": it may be independent (no FOI body), so which is asked
        if re.match(r"(?i)(?:st\.?|saint)\s", institution.name):
            from askfoi.institution_names import _places, _tokens

            if not any(tok.lower() in _places() for tok, start, end in _tokens(text)
                       if not (institution.span[0] <= start < institution.span[0] + len(institution.name))):
                return None
    from askfoi.place_capitals import capitalise_welsh_names

    welsh = capitalise_welsh_names(institution.name)  # lead43: "ysgol y graig" -> "Ysgol y Graig" (fx47's rule)
    if welsh != institution.name:
        return welsh
    return " ".join(w if w.lower() in _NAME_JOINS else w[:1].upper() + w[1:] for w in institution.name.split())


# ff28: a school whose name says it is a state school (almost every primary, infant, junior and nursery school, a
# church school of the Church of England, a community school; ad48: a Welsh "Ysgol", all but a handful maintained):
# proposed; any other may be independent, so asked
_STATE_SCHOOL = re.compile(r"(?i)\b(?:primary|infants?|juniors?|nursery|community\s+(?:school|college)|c\.?\s*of\s*e|ce|ysgol|"
                           r"church\s+of\s+england|voluntary\s+(?:aided|controlled))\b")


def _airport_question(framing: Framing, institution) -> None:
    """(ck21) An airport askfoi knows no covered public body by: the company the public bodies list has by its name
    and marks not covered (with the not-covered finding), else that askfoi does not know it as a public body; and
    which public bodies hold such records instead (site_bodies.yaml `instead`). Never a guess that FOI applies."""
    from askfoi.authorities import resolve_authority
    from askfoi.checks import not_covered_finding
    from askfoi.knowledge import load_vocab

    typed = capitalise_names(institution.typed) or institution.typed
    if typed == typed.lower():
        typed = " ".join(w[:1].upper() + w[1:] for w in typed.split())  # "heathrow airport" -> "Heathrow Airport"
    hit = resolve_authority(institution.name)
    listed = hit.name if hit is not None and hit.known and not hit.covered and hit.score >= 85 else None
    data, _ = load_vocab("site_bodies")
    instead = " ".join(str(((data or {}).get("instead") or {}).get("airport") or "").split())
    framing.body_kind = "company"
    framing.body_question = " ".join(render("frames/airport_body.j2", typed=typed, listed=listed,
                                            instead=instead).split())
    if listed:
        finding = not_covered_finding(listed, institution.typed)
        if finding is not None and not any(f.code == finding.code for f in framing.findings):
            framing.findings.append(finding)


# ck23a: a subject access request for what a pupil's school holds: "what the school wrote about her", "her school
# records", "his exclusion letter" beside "excluded from his school"
_SCHOOL_RECORDS = re.compile(
    r"(?i)\b(?:what\s+(?:the|his|her|their|my)\s+(?:school|academy|head\s*teacher|headteacher|teachers?)\b|"
    r"(?:school|academy|pupil|educational|behaviour|exclusion|attendance|safeguarding)\s+(?:records?|files?|notes|logs?|letters?|reports?)\b|"
    r"(?:records?|files?|notes)\s+(?:the|his|her|their|my)\s+(?:school|academy)\s+(?:has|have|holds?|keeps?)\b)")
_SCHOOL_NAMED = re.compile(r"(?i)\b(?:school|academy)\b")


def _school_holds_them(framing: Framing, text: str, resolved) -> None:
    """ck23a: FRAMING (a subject access request) asks for what a pupil's school holds, and the only body found is the
    council of a place named bare ("her school in swansea"): the school (for an academy, its academy trust) is the
    controller of its pupils' records, so the council is no addressee; which school is asked, and a finding says who
    answers (and, in England, a maintained school's own right for parents to see the educational record)."""
    found = framing.authority
    if not _SCHOOL_RECORDS.search(text or "") or not any(_SCHOOL_NAMED.search(p.text) for p in framing.parts) \
            and not re.search(r"(?i)\b(?:his|her|their|my)\s+(?:[\w-]+\s+)?(?:school|academy)\b", text or ""):
        return
    if found is not None and (_named_in_full(found.from_text) or resolved is None or not resolved.known
                              or resolved.type.value != "council"):
        return  # "Swansea Council" typed in full: the person chose it (it holds records of exclusions too)
    from askfoi.checks import Finding

    england = resolved is not None and resolved.known and resolved.nation.value == "england"
    framing.authority = None
    framing.body_kind = "school"
    from askfoi.unnamed_bodies import kind_spec

    spec = kind_spec("school")
    council = resolved.name if resolved is not None and resolved.known else ""
    framing.body_question = " ".join(render("frames/school_sar_body.j2", council=council,
                                            example=spec.example if spec else "").split())
    message, _, suggestion = render("check/school_records.txt.j2", england=england).partition("\n---\n")
    framing.findings.append(Finding(code="school-records", severity="medium", evidence="",
                                    message=" ".join(message.split()), suggestion=" ".join(suggestion.split())))


def _institution_question(framing: Framing, institution, text: str = "") -> None:
    """org17: the organisation question for an institution askfoi knows no public body by: which one (a school, a
    hospital, a GP surgery, a university by its full name), or, for a private company, that no FOI law covers it and
    which public body holds the records (with the not-covered finding); for a housing association, its finding's
    words (checks.yaml housing-association) and which body to ask."""
    from askfoi.unnamed_bodies import kind_spec

    if institution.kind == "company":
        from askfoi.checks import not_covered_finding

        typed = capitalise_names(institution.name) or institution.name
        typed = typed[:1].upper() + typed[1:]
        framing.body_kind = "company"
        sar = framing.route == "sar"  # ck23a: the UK GDPR binds the company: it is an addressee of a subject access request
        framing.body_question = " ".join(render("frames/company_body.j2", typed=typed, sar=sar).split())
        if sar:  # lead42 (nc44 #9): the company the question proposes is the addressee when "ok" or its name answers
            framing.body_named = typed
        finding = not_covered_finding(typed, institution.typed, sar=sar)
        if finding is not None and not any(f.code == finding.code for f in framing.findings):
            framing.findings.append(finding)
        return
    if institution.kind == "airport":
        _airport_question(framing, institution)
        return
    if institution.kind == "housing association":
        finding = next((f for f in framing.findings if f.code == "housing-association" and f.severity != "low"), None)
        if finding is not None:  # (in Scotland FOISA covers them: the message names the body to ask)
            framing.body_kind = "housing association"
            framing.body_question = " ".join(render("frames/housing_body.j2", message=finding.message).split())
        return
    spec = kind_spec(institution.question)
    if spec is None:
        return
    own = _own_foi_body(institution)
    if own is not None:
        # ck26: a GP practice is a public authority of its own (FOIA Sch 1 para 44), an academy's trust answers for it
        # (para 52A): the body is the one named, proposed by its name though askfoi has no list of them
        if re.search(r"(?i)\bthe\s*$", text[:institution.span[0]]) and institution.kind == "gp":
            own = f"The {own}"  # "(the oaks medical centre)": The Oaks Medical Centre
        framing.authority = AuthorityFound(name=own, from_text=institution.typed)
        framing.authority_note = " ".join(render("frames/own_foi_body.j2", kind=institution.kind,
                                                 academy="academy" in institution.name.lower(), body=own).split())
        return
    unlisted = _unlisted_body(institution, text)
    if unlisted is not None:  # ff28: a school or parish council is its own FOI body: proposed by its name
        framing.authority = AuthorityFound(name=unlisted, from_text=institution.typed)
        framing.authority_note = " ".join(render("frames/unlisted_body.j2", kind=institution.kind, body=unlisted).split())
        from askfoi.asked_holders import asks_own_records, school_alone_note

        if institution.kind == "school" and asks_own_records("school", institution.name, [text]):
            # ad48: its pupils' exclusions: the school, and its local authority as the other body that holds them
            framing.authority_note = f"{framing.authority_note} {school_alone_note()}"
        return
    framing.body_kind = spec.label
    framing.body_question = render("frames/which_body_named.j2", kind=spec.kind, label=spec.label,
                                   typed=institution.typed, example=spec.example).strip()
    if institution.kind in ("gp", "school"):
        # ck26: "ok" to that question keeps the name as typed: a school or GP practice is its own FOI body
        framing.body_named = " ".join(w if w.lower() in _NAME_JOINS else w[:1].upper() + w[1:]
                                      for w in institution.typed.split())


def _view_notes(framing: Framing, set_aside: list[tuple[str, str, str | None]]) -> list:
    """FRAMING's findings with a note for each question view_parts set aside, and no not-recorded-information
    finding on a question already turned into records (a part made by view_parts): that finding is for a question
    kept as written or left out (op14)."""
    def norm(text: str) -> str:
        return re.sub(r"[^\w£$%]+", " ", re.sub(r"['\u2019]", "", (text or "").lower())).strip()

    turned = [norm(p.source) for p in framing.parts if p.source and is_view_record(p)
              and not (p.why or "").startswith("explained:")]  # fr17a: an explanation reframed keeps the note saying why
    left = {norm(q) for q, _, _ in set_aside}
    kept = [f for f in framing.findings if getattr(f, "code", "") != "not-recorded-information"
            or not (e := norm(getattr(f, "evidence", ""))) or e in left
            or not any(t and (t in e or e in t) for t in turned)]
    return kept + view_findings([s for s in set_aside if s[0] in framing.remarks or not any(
        norm(s[0]) in norm(p.source) for p in framing.parts)], kept, framing.regime)


_EXAMPLE = re.compile(  # an example or a list of categories inside a question: "(e.g. ...)", "such as ...", "for
    # example ...", "including ...": up to the bracket's end, the next sentence, or the quoted list's end
    r"(?i)\((?:e\.?g\.?|i\.?e\.?|for\s+example|for\s+instance|such\s+as|including)\b[^)]*\)?"
    r"|\b(?:e\.g\.?|i\.e\.?|for\s+example|for\s+instance|such\s+as|including)\b[^.?!;\n]*")


def _typed_span(text: str, first: str, second: str) -> str | None:
    """fr14b: TEXT from where FIRST starts to where SECOND ends, when the two stand in it in that order with only a few
    words between them ("..., and if so provide"): two questions joined in the person's own words, never with a
    word of askfoi's in place of the ones the reading took off; None otherwise."""
    a = text.find(first.strip())
    b = text.find(second.strip().rstrip(" ?.!"), a + len(first.strip())) if a >= 0 and first.strip() else -1
    if a < 0 or b < 0:
        return None
    gap = text[a + len(first.strip()): b]
    if len(gap.split()) > 6 or re.search(r"[.?!]\s|\n", gap):
        return None
    return text[a: b + len(second.strip().rstrip(" ?.!"))]


def _amount_instead(frame: Frame, question: str, masked: str, previous: Frame | None, found: AuthorityFound | None,
                    named: str | None, today: date | None, *, story: str | None = None) -> Frame | None:
    """fr14b: the count or amount frame `askfoi.amounts.amount_frame` reads from QUESTION (both word orders, the verb
    and who did it), in place of FRAME (the cue reading) when FRAME names nothing, is broken, drops a detail, or
    cannot say a cause or a third party that did it ("how many arrests has it led to", "how many tenants has the
    housing association evicted"); None when FRAME stands or the reading is no better."""
    from askfoi.amounts import amount_frame

    authority = found.name if found else None
    stands = False
    if frame.kind != "none" and frame.subject:
        trial = frame.model_copy()
        trial.text = render_frame(trial)
        stands = not [p for p in part_problems(trial, authority) if p != "a misspelt word"] \
            and not lost_details(trial, named, today=today) and not drops_elliptical(question, trial.text or "")
    alt = amount_frame(question, masked, previous if previous is not None and previous.subject and not previous.kept_words
                       else story)
    if alt is None or not alt.subject:
        return None
    alt.subject = capitalise_names(alt.subject)
    alt.clause = capitalise_names(alt.clause) or ""
    alt.text = render_frame(alt)
    if stands and not alt.clause.startswith("resulting from ") and " by " not in f" {alt.clause} " \
            and not re.match(r"(?:who|that)\s+\S+\s+you\b", alt.clause):
        return None  # the cue reading renders the whole question; only a cause it cannot say ("led to") is read anew,
        # or (sq101) the body as the object of what the counted ones did ("drivers who sued you", never "drivers sued")
    lost = lost_details(alt, named, today=today)
    if [p for p in part_problems(alt, authority) if p != "a misspelt word"] or lost or drops_elliptical(question, alt.text or ""):
        return None
    return alt


def _as_part(words: str) -> str:
    """A sentence the rules had set aside, written as a part: no list label in front of it or inside it."""
    from askfoi.outline import strip_label, unlabelled

    return unlabelled(strip_label(words)) or words


# nu22: an indirect question after a request, with its own subject and verb ("and how much it cost", "how long it took")
_INDIRECT_HOW = re.compile(r"(?i)^\W*(?:and\s+)?how\s+(?:much|many|long|often)\s+(?:it|they|this|that|these|those|the\s+\w+)\s+"
                           r"(?:cost|costs|took|takes|lasted|was|were|is|are|paid|spent|earned|made)\b")


# a document a question names ("a policy on NDAs", "the DPIA", "the contract with X"): the question asks for records
_NAMED_DOCUMENT = re.compile(r"(?i)\b(?:polic(?:y|ies)|procedures?|guidance|dpias?|impact\s+assessments?|contracts?|minutes|"
                             r"strateg(?:y|ies)|action\s+plans?|risk\s+assessments?)\b")


def _own_story(remark: str) -> bool:
    """fr25b: REMARK is the writer's own account, told as a statement in the first person ("When I returned my car was
    gone ..."), not a question: never promoted to a part."""
    from askfoi.sentence_acts import sentence_act

    if re.match(r"(?i)\W*(?:has|have|had|is|are|was|were|do|does|did|can|could|will|would|how|what|which|who)\b", remark):
        return False  # "has my neighbour been prosecuted ...": a question typed without its mark, never an account
    return bool(re.search(r"(?i)\b(?:i|my|we|our)\b", remark)) and sentence_act(remark.rstrip("?") + ".") == "story" \
        and not re.search(r"(?i)\b(?:how\s+(?:many|much)|please|provide|copy|copies|figures?|numbers?|totals?|data|"
                          r"information|records?|details|lists?|request|breakdown|broken\s+down)\b", remark)


# ck35: findings about what the person asked that no letter can ask (the law, a view of what a body ought to do): they
# stay when their sentence is set aside as a remark
_ABOUT_THE_ASKING = frozenset({"legal-question"})


def _asks_the_law(sentence: str) -> bool:
    """ck35: whether SENTENCE alone raises the legal-question check (knowledge/vocab/checks.yaml): what the law allows
    or requires of a body, or whether a body ought to be allowed to do something."""
    from askfoi.checks import check_request

    return any(f.code == "legal-question" for f in check_request(sentence, environmental=False).findings)


def legal_questions_aside(framing: Framing) -> None:
    """ck35: no part asks what a legal-question finding is about ("What are the council's legal duties before they can
    do this?", "Is it even legal to do this without a consultation?", "should the council be allowed to fell ...?"
    offered as a position on whether it should): the finding says FOI gives no view of the law and offers the records
    that show it, so the letter must not ask it. Each sentence of a part kept in the person's words, or of a view
    frame, is decided alone: a legal sentence leaves a part that asks more; a part that only asks the law goes to the
    remarks when another part stays. Changes FRAMING in place."""
    if not framing.parts or not any(getattr(f, "code", "") == "legal-question" for f in framing.findings):
        return
    aside = []
    before: list[str] = []  # the texts the parts had: a story-reference finding quoting one no longer stands
    for part in list(framing.parts):
        if not (part.kept_words or is_view_record(part)):
            continue
        sentences = [x for x in re.split(r"(?<=[?.!])\s+", (part.text or "").strip()) if x.strip()]
        legal = [x for x in sentences if _asks_the_law(x)]
        if not legal and is_view_record(part) and part.source and _asks_the_law(part.source):
            legal = sentences  # "Any policy ... on whether the council should be allowed to ...": the view asked
        if not legal:
            continue
        if len(legal) < len(sentences):
            before.append(part.text or "")
            part.text = " ".join(x for x in sentences if x not in legal)
            continue
        aside.append(part)
    if len(aside) == len(framing.parts):  # every part asks the law: the records offered for a view stay
        aside = [p for p in aside if p.kept_words] if any(not p.kept_words for p in aside) else []
    for part in aside:
        before.append(part.text or "")
        framing.parts.remove(part)
        framing.remarks.append(part.source or part.text)
    framing.findings = [f for f in framing.findings if not (
        getattr(f, "code", "") == "story-reference" and any(t and t[:60] in (getattr(f, "message", "") or "")
                                                            for t in before))]


def _wished_item(piece: str, text: str) -> bool:
    """PIECE is a noun phrase ("the serious incident report about my dad") cut from a sentence of TEXT in which the
    writer says they want records ("i want the a&e waiting times and ..., the serious incident report ..."): an item
    of that wish, asked."""
    from askfoi.sentence_acts import original_sentence, wishes_records

    said = (piece or "").strip(" .,;")
    if not re.match(r"(?i)(?:the|a|an|any|all|copies|a\s+copy)\s", said) or re.search(
            r"(?i)\b(?:is|are|was|were|has|have|had|will|would|said|says|told)\b", said):
        return False
    typed = original_sentence(text, piece)
    return bool(typed) and typed.strip(" .,;").lower() != said.lower() and wishes_records(typed)


def gate_units(framing: Framing, text: str) -> list:
    """Weigh each unit of FRAMING again with the unit-role model learnt from labelled real texts
    (askfoi.unit_roles) and move the units it is sure the rules got wrong: a part that asks nothing (story, a
    lead-in, a remark on handling) becomes a remark, a remark that asks becomes a part in the person's words, a
    breakdown written as a sentence of its own joins the part kept whole before it. A message keeps at least one
    part. Returns the moves made (askfoi.unit_roles.Move)."""
    from askfoi import unit_roles
    from askfoi.sentence_acts import formal_request

    weights = unit_roles.model()
    if weights is None or not weights.thresholds or not (framing.parts or framing.remarks or framing.unframed):
        return []
    units = unit_roles.units_of(framing, text)
    for u in units:
        u.vague = u.now == "unframed" and _vague(u.text, framing.authority)
    probs = unit_roles.roles(units, formal=formal_request(text), weights=weights)
    moves = unit_roles.decide(units, probs, weights.thresholds)
    if not moves:
        return []

    def same(a: str, b: str) -> bool:
        return " ".join(a.split()).lower() == " ".join(b.split()).lower()

    order = [u for u in units if u.now in ("part", "remark")]
    done: list = []
    gone: list[str] = []
    for move in moves:
        u = move.unit
        if move.action == "demote":
            part = next((p for p in framing.parts if same(p.source or p.text, u.text)), None)
            if part is None or len(framing.parts) <= 1:
                continue
            if part.subject and not part.kept_words and "?" in (part.source or "") and _NAMED_DOCUMENT.search(part.source or ""):
                continue  # nu22: a question that names the document it wants ("Do they have a policy on NDAs?") asks
            from askfoi.sentence_acts import wishes_records

            if wishes_records(part.source or ""):
                continue  # lead50 (nc61 #3): "and i want a copy of the behaviour policy": the writer asks for a record
            if _wished_item(part.source or "", text):
                continue  # lead51 (nc67 #3): "i want the a&e waiting times, ..., the serious incident report about my
                # dad, ...": an item of the writer's wish list, named by its noun phrase
            framing.parts.remove(part)
            framing.remarks.append(part.source or part.text)
            gone.append(u.text)
        elif move.action == "merge":
            k = next((k for k, p in enumerate(framing.parts) if same(p.source or p.text, u.text)), None)
            if k is None or k == 0 or not framing.parts[k - 1].kept_words:
                continue
            before, part = framing.parts[k - 1], framing.parts[k]
            before.text = f"{before.text.rstrip()} {keep_words(_as_part(part.source or part.text)).text}"
            before.source = f"{(before.source or '').rstrip()} {part.source or part.text}"
            del framing.parts[k]
        elif move.action == "unframed":
            k = next((k for k, q in enumerate(framing.unframed) if same(q, u.text)), None)
            if k is None:
                continue
            question = framing.unframed.pop(k)
            if len(framing.questions) == len(framing.unframed) + 1:
                del framing.questions[k]  # the question asked back about it
            framing.pending = [f for f in framing.pending if not same(f.source or "", question)]
            earlier = {" ".join(x.text.split()).lower() for x in units[:units.index(u)] if x.now == "part"}
            at = sum(1 for p in framing.parts if " ".join((p.source or p.text).split()).lower() in earlier)
            framing.parts.insert(at, keep_words(_as_part(question)))
        else:  # promote
            remark = next((r for r in framing.remarks if same(r, u.text)), None)
            if remark is None or _own_story(remark) or remark in framing.vented:
                continue  # fr25b: the writer's own account ("when I returned my car was gone") never becomes a part
            from askfoi.rhetorical_asks import claim_about_body

            if claim_about_body(remark):
                continue  # fx99: "the force should have a policy on ... as other forces do": the argument, not an ask
            framing.remarks.remove(remark)
            earlier = {" ".join(x.text.split()).lower() for x in order[:order.index(u)] if x.now == "part"}
            at = sum(1 for p in framing.parts if " ".join((p.source or p.text).split()).lower() in earlier)
            framing.parts.insert(at, keep_words(_as_part(remark)))
        done.append(move)
    if framing.parts:  # a message with a part is not too vague to frame
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "too-vague"]
    if gone:  # what was said of a part that is now a remark no longer applies
        # ck35: a legal-question finding is about the question set aside, so it stays with the remark
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") in _ABOUT_THE_ASKING
                            or not any(" ".join((getattr(f, "evidence", "") or "").split()).lower() in g.lower()
                                       for g in gone if (getattr(f, "evidence", "") or "").strip())]
    return done


_OF_A_PART = frozenset({"story-reference", "not-recorded-information", "third-party-personal-data", "personal-details",
                        "another-body"})


def _record_item_asked(part: Frame) -> bool:
    """lead51 (nc67 #9): PART is an item of the person's list named by a record noun ("any fines they got", "the
    permits for the overflows"): asked, though a clause inside it tells ("they got")."""
    said = (part.source or "").strip(" .,;")
    return part.kept_words and record_item(said) and not re.search(
        r"(?i)\b(?:is|are|was|were|has|have|had|will|would|said|says|told|shows?|showed|stated?)\b", said)


def telling_parts(framing: Framing) -> list[str]:
    """fr17a: each part's sentences read by grammar (askfoi.part_roles.sentence_role). A part none of whose sentences
    asks (a sentence of story, a remark on the request, a lead-in to the list) becomes a remark while another part
    asks (a lead-in only while a part follows it); a part kept whole that asks in one sentence and tells in another
    keeps only the sentences that ask, the others become remarks. A part that only tells, with nothing else asked,
    leaves too and the message is asked what records it wants. What was said of a part that left (a story reference,
    not-recorded information) is dropped. Returns the sentences moved to the remarks."""
    from askfoi.part_roles import asking_sentences

    if not framing.parts:
        return []
    read = [asking_sentences(p.source or p.text) for p in framing.parts]
    asks = [any(r == "ask" for _, r in sents) for sents in read]
    gone: list[str] = []
    out: list[Frame] = []
    for k, (part, sents) in enumerate(zip(framing.parts, read)):
        if part.kind in ("personal_data",) or all(r == "ask" for _, r in sents) or _record_item_asked(part):
            out.append(part)
            continue
        if not asks[k]:
            follows = any(asks[k + 1:])
            others = follows or any(asks[:k]) or any(p is not part for p in out)
            lead_only = any(r == "lead-in" for _, r in sents)
            # a story told as the only part (no other part, nothing else asked) is no request: asked back instead
            alone = not others and not lead_only and all(r == "story" for _, r in sents) and not framing.unframed
            if (follows if lead_only else others) or alone:
                framing.remarks.append((part.source or part.text).strip())
                gone.append(part.source or part.text)
                continue
            out.append(part)
            continue
        if part.kept_words:
            from askfoi.part_roles import split_sentences, sentence_role

            said = split_sentences(part.text)
            roles = [sentence_role(x) for x in said]
            first = next(j for j, r in enumerate(roles) if r == "ask")
            # a sentence before the first that asks stays when that one points back at it ("The council has a policy
            # on this. Please provide it."): only what stands after the ask, or before one that names its own thing, leaves
            pointer = re.search(r"(?i)\b(?:it|its|this|that|these|those|they|them|their|there|such|above|said|same)\b",
                                " ".join(x for x, r in zip(said, roles) if r == "ask"))
            typed = " ".join((part.source or "").split())
            # only the person's own sentences leave: a sentence askfoi wrote into (a breakdown or a period rendered
            # after it) stays
            keep = [x for j, (x, r) in enumerate(zip(said, roles)) if r == "ask" or j < first and pointer
                    or " ".join(x.split()).rstrip(" .") not in typed]
            example = re.compile(r"(?i)^\W*(?:e\.?\s?g\b|i\.?\s?e\b|for\s+(?:example|instance)|such\s+as|like)")
            if keep and len(keep) < len(said) and not all(example.match(x) for x in keep):
                told = [x for x in said if x not in keep]
                part.text = " ".join(keep)
                part.source = " ".join(s for s, r in sents if r == "ask" or s in keep) or part.source
                framing.remarks.extend(told)
                gone.extend(told)
        out.append(part)
    framing.parts = out
    _ask_back_when_empty(framing)
    if gone:
        def flat(x: str) -> str:
            return " ".join((x or "").split()).lower()

        kept = " ".join(flat(f"{p.source} {p.text}") for p in framing.parts)
        # only what was said of that sentence as a part goes (a lead-in's topic still frames the request: its covert
        # use warning, its period, its regime stay)
        framing.findings = [f for f in framing.findings
                            if getattr(f, "code", "") not in _OF_A_PART
                            or not (e := flat(getattr(f, "evidence", "") or "")) or e in kept
                            or not any(e in flat(g) for g in gone)]
    return gone


def environmental_asked(parts: list[Frame]) -> bool:
    """Whether any of PARTS asks for environmental information (the EIR's subjects, askfoi.checks), read in the
    question each part was framed from with its examples and categories left out ("under broad categories such as
    'fly tipping in garden'" names an example of a notice, not what is asked)."""
    from askfoi.checks import Regime, check_request

    for part in parts:
        asked = _EXAMPLE.sub(" ", f"{part.source or ''} {part.subject or ''} {part.clause or ''}"
                             if part.kind != "kept" else part.source or part.text)
        if asked.strip() and check_request(asked).regime == Regime.EIR:
            return True
    return False


def _body_type(resolved, framing: Framing) -> str | None:
    """env17: the kind of body asked (an AuthorityType value), from the body found or the kind the message names
    ("the police"); None when unknown."""
    return body_type_of(resolved, framing.body_kind)


def parts_law(parts: list[Frame], text: str, body_type: str | None) -> tuple[str, list]:
    """The law of a letter the checks found environmental, decided from its PARTS (askfoi.environmental.letter_law)
    and the asking sentences of the first message TEXT, asked of a body of BODY_TYPE: "EIR", "FOIA" (FOISA in
    Scotland) or "mixed", with each part's PartLaw. `frame` and the conversation's resolved request (askfoi.request)
    both decide by this one function, so they never disagree (ck26)."""
    laws = _part_laws(parts, body_type) if parts else []
    # (ck24a tried deciding a no-part letter by its asking sentences: h23-28 fixed, h16-50 and h22-52 judged EIR lost)
    topic = bool(text) and any(law.environmental for law in laws) and topic_environmental(
        text, [x for p, law in zip(parts, laws) if law.environmental for x in (p.source, p.text) if x])
    law = letter_law(laws, topic) if laws else "EIR"
    if law == "FOIA" and _environmental_sentence_asks(text, body_type):
        law = "EIR"
    return law, laws


def body_type_of(resolved, body_kind: str | None) -> str | None:
    """env17: the kind of body asked (an AuthorityType value), from the body found or the kind the message names
    ("the police"); None when unknown."""
    if resolved is not None and resolved.known:
        return resolved.type.value
    if body_kind and re.search(r"(?i)\bpolice\b|\bforce\b|\bconstabulary\b", body_kind):
        return "police"
    return None


def _part_laws(parts: list[Frame], body_type: str | None) -> list:
    """env17: each part's PartLaw (askfoi.environmental), read in the part as written in the letter, else in the
    question it was framed from."""
    laws = []
    for part in parts:
        law = part_law(part.text or "", body_type)
        if not law.environmental and not law.focus and part.source:
            # the question names the subject the part's words left out; a focus only it says is no part's own
            source = part_law(part.source, body_type)
            law = source if source.environmental else dataclasses.replace(law, refers_back=True) \
                if source.refers_back and not source.focus and not law.refers_back else law
            # nx76 (nc73 #4): "what medicines did they use" after a question about a salmon farm points back at the
            # farm in the person's words, though the letter writes "you" for the body
        laws.append(law)
    return laws


def _environmental_parts_finding(framing: Framing, laws: list):
    """env17: the finding for a letter only partly environmental: which parts the authority may answer under the
    EIR (EISR in Scotland) while the letter goes under the Act."""
    return environmental_parts_finding([p.text or "" for p in framing.parts], laws, framing.regime == "FOISA",
                                       framing.authority.name if framing.authority else None)


def environmental_parts_finding(parts: list[str], laws: list, scotland: bool, authority: str | None, cited: bool = True):
    """The environmental-parts finding for the letter of PARTS whose PartLaws are LAWS (ck26: `frame` and the
    conversation's resolved request say it alike). CITED (lw53): the letter askfoi writes cites both laws; a draft
    `check` reads may not (then the fix says how)."""
    from askfoi.checks import Finding

    numbers = [str(k) for k, law in enumerate(laws, 1) if law.environmental]
    said = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}"
    first = next(k for k, law in enumerate(laws) if law.environmental)
    authority = authority or "the authority"
    return Finding(code="environmental-parts", severity="low", evidence=(parts[first] or "")[:120],
                   message=render("frames/environmental_parts.j2", numbers=said, plural=len(numbers) > 1,
                                  subject=laws[first].subject, scotland=scotland, authority=authority).strip(),
                   suggestion=render("frames/environmental_parts_fix.j2", scotland=scotland, cited=cited,
                                     numbers=said).strip())


def _environmental_sentence_asks(text: str, body_type: str | None = None) -> bool:
    """A sentence of TEXT that asks ("?", "please ...", "I would like ...") names an environmental subject outside its
    examples, though no part kept it (a list's lead-in, a question left as a remark): what is asked is environmental
    (env17: as askfoi.environmental.part_law reads it, asked of a body of BODY_TYPE)."""
    from askfoi.checks import _ASKED_BACK, Regime, check_request

    from askfoi.addressee import addressee
    from askfoi.checks import _asked_clause, _asking_patterns

    told: list[str] = []
    for sentence in sentence_ends.split(r"(?<=[.?!])\s+|\n+", text or ""):
        clause = sentence[_asked_clause(sentence):]
        if clause.strip() and not ("?" in sentence or _ASKING.search(sentence)):
            # ck24a: "our local river the wye is full of algae, what data does ... have on phosphate levels": the
            # clause spliced on after the story asks; the story before it is told
            told.append(sentence[:len(sentence) - len(clause)])
            sentence = clause
        if not ("?" in sentence or _ASKING.search(sentence) or sentence_mood(sentence) in ("tell", "ask")
                or any(p.search(sentence.strip()) for p in _asking_patterns())) \
                or addressee(sentence) in ("others", "rhetorical", "view"):
            # ck24a: a question put to other readers, for effect or about what would be ("So, can we blame the
            # county council for ... the roadside ditches and culverts?") asks the body for nothing
            told.append(sentence)
            continue
        asked = _EXAMPLE.sub(" ", sentence)
        if asked.strip() and part_law(asked, body_type).environmental:
            return True
        back = _ASKED_BACK.search(sentence)
        noun = re.match(r"\s+([a-z]{3,})\b", sentence[back.end():].lower()) if back and re.search(
            r"(?i)(?:this|that)$", back.group()) else None
        if back and any(check_request(f"{t} {sentence}").regime == Regime.EIR for t in told if t.strip()
                        and (noun is None or noun.group(1) in re.findall(r"[a-z]+", t.lower()))):
            # "there's a smell from the sewage works. how many complaints about it (about that smell)": it is what is
            # asked; "on that road" after "the sign was covered by a tree" points at no tree
            return True
        same = _SAME_FIGURES.search(sentence)
        if same and any(_FIGURE_NOUNS.search(t) and check_request(t).regime == Regime.EIR
                        for t in told[-3:] if t.strip()):
            # ck15: "you provided provisional figures for the 2017 monitoring of NO2 ... please provide the provisional
            # 2018 figures": the figures the story named, so what they measure is what is asked
            return True
    return False


# ck15: figures asked for with "the" as the story named them ("the provisional 2018 figures", "the latest results")
_SAME_FIGURES = re.compile(
    r"(?i)\b(?:the|those|these)\s+(?:(?:provisional|final|validated|latest|updated|new|same|equivalent|corresponding|"
    r"(?:19|20)\d\d(?:/\d\d)?|\d{4}-\d\d|annual|monthly|current)\s+){1,3}(?P<what>figures|results|data|readings|"
    r"measurements|statistics|numbers|levels)\b")
_FIGURE_NOUNS = re.compile(r"(?i)\b(?:figures|results|data|readings|measurements|statistics|numbers|levels|monitoring)\b")


_LEADS_WHY = re.compile(r"(?i)\W*(?:(?:and|but|so|then)\s+)*(?:why|how\s+(?:can|could|come))\b")


_STREET_END = re.compile(r"(?i)\b(?:street|road|lane|avenue|drive|close|way|crescent|grove|terrace|place|hill|row|walk|"
                         r"gardens|square|court|parade|rise|view|mews|green|park)\b")


_HOUSE_ADDRESS = re.compile(r"(?i)(?<![\w£$.,/-])(?P<number>\d{1,4}[a-z]?)\s+(?P<name>(?:[a-z'-]+\s+){1,3}?)"
                            r"(?P<street>street|road|lane|avenue|drive|close|way|crescent|grove|terrace|place|row|walk|"
                            r"gardens|square|court|mews|rise|view|park|green|hill)\b")


def _addresses_whole(framing: Framing, text: str) -> None:
    """ck30 (nu32): a house address the message tells ("my client at 12 high street ...") that a part carries cut short
    ("complaints received about 12 high"): written out whole in the part, so the part says which street it means and
    the checks see a private home's address in the letter (third-party-personal-data: one household's records)."""
    for m in _HOUSE_ADDRESS.finditer(text or ""):
        whole = " ".join(m.group(0).split())
        name = r"\s+".join(map(re.escape, m.group("name").split()))
        cut = rf"(?i)\b{re.escape(m.group('number'))}\s+{name}\b"
        for part in framing.parts:
            for field in ("text", "subject"):
                said = getattr(part, field, None) or ""
                found = re.search(cut, said)
                if found and not re.match(rf"(?i)\s*{re.escape(m.group('street'))}\b", said[found.end():]):
                    setattr(part, field, said[:found.start()] + whole + said[found.end():])


def place_said_once(text: str) -> str:
    """ck30 (nu32): a street name the person said twice ("an extra bus stop on Street Church Lane, church lane", "on
    high street, high street in bromley", "station road road"): said once, the first way it was typed. Only a repeat
    that ends in a street word and is the end of the name before it (case and spacing aside); anything else is kept."""
    if not text:
        return text
    # "station road road": the street word typed twice
    text = re.sub(r"(?i)\b(street|road|lane|avenue|drive|close|way|crescent|grove|terrace|place)\s+\1\b", r"\1", text)
    text = _own_place_named(text)
    if "," not in text:
        return text

    def once(m: re.Match[str]) -> str:
        first, again = m.group("first"), m.group("again")
        if not _STREET_END.search(again.split()[-1]):
            return m.group(0)
        if " ".join(first.lower().split()).endswith(" ".join(again.lower().split())):
            return first
        return m.group(0)

    return re.sub(r"(?i)(?P<first>\b[\w'-]+(?:\s+[\w'-]+){0,4}?)\s*,\s*(?P<again>[\w'-]+(?:\s+[\w'-]+){0,3}?)(?=\s*(?:$|[,.;?!])|\s+(?:in|at|near|by|and|since|from|during|for)\b)",
                  once, text)


_OWN_PLACE = re.compile(r"(?i)\b(?:my|our)\s+(?:road|street|lane|avenue|close|drive|estate|cul[\s-]de[\s-]sac)\s*,?\s+"
                        r"(?P<after>(?:[\w'-]+\s*){1,4})")


def _own_place_named(text: str) -> str:
    """fx42 (issue 8): "my road Ashby Road", "our street, high street": the place said twice, as the writer's own and
    by its name (apposition); the name alone is the place, never "my road" left in a part for an officer who does not
    know where the writer lives. Only when the words after it are a name: up to a street word ("ashby road"), or
    Capitalised words ("Ashby Road", "Elm Park")."""
    def named(m: re.Match[str]) -> str:
        after = m.group("after")
        words = after.split()
        end = next((k for k, w in enumerate(words) if _STREET_END.fullmatch(w)), None)
        if end is None or end == 0:
            caps = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
            if not caps or (len(caps) == 1 and caps[0].lower() in ("i", "a")):
                return m.group(0)
            return after
        if end > 3 or any(w.lower() in _PREPOSITIONS for w in words[:end]):
            return m.group(0)
        return after

    return _OWN_PLACE.sub(named, text or "")


_VIEW_MODES = {"plans": ("minutes_reports", "plans"), "position": ("policy", "position"), "legal": ("policy", "legal"),
               "reasons": ("reasons", "justified"), "explain": ("reasons", "explained")}


def is_view_record(part: Frame) -> bool:
    """PART was made by view_parts (op14): records that would show a plan, a position, a legal basis or a
    justification; later passes leave it as it is."""
    return (part.why or "").split(":", 1)[0] in ("plans", "position", "legal", "justified", "explained",
                                                 "procedure", "whether", "judged")  # fr23b: askfoi.clause_asks


def _put_to_readers(sentence: str, text: str) -> bool:
    """cx35: SENTENCE of TEXT (an informal message) is put to the readers of a forum ("how are we to know how they
    decided?", "is this normal procedure?"): it is no request, and no records are made of it as written."""
    from askfoi.addressee import judgement_asked
    from askfoi.sentence_acts import informal_message, original_sentence

    return bool(text and sentence) and informal_message(text) and judgement_asked(original_sentence(text, sentence))


def _runs_on_before(prefix: str) -> bool:
    """cx41: PREFIX (the words of a typed sentence before a list item's own words, lower case, punctuation gone) is a
    greeting, a sentence of story or a lead-in run on to the item ("dear leeds city council since last spring ... i
    would like to know"), not the start of the item's own clause ("please tell me", "and")."""
    words = prefix.split()
    return bool(words) and (words[0] == "dear" or len(words) > 8)


def view_parts(parts: list[Frame], remarks: list[str], *, text: str = "", found: AuthorityFound | None = None,
               set_aside: list[tuple[str, str, str | None]] | None = None, final: bool = True) -> list[Frame]:
    """PARTS with no part that asks for a view, a plan, a legality, a justification or advice as written (op14,
    askfoi.view_acts): each such question becomes the records that would show it, rendered from the part templates
    (plans -> any plans, proposals, reports or minutes about X; a view -> any policy, position statement or briefing
    on X; a legality -> the policy and the published legal basis; a justification -> the reasons recorded), X the
    person's words whole. Advice to the person, a hypothetical, and a question whose subject is only a pointer
    ("can they do that") leave the parts for REMARKS and are added to SET_ASIDE as (question, kind, what could
    answer it) for the note. A part's source that holds another question too keeps that question as a part.
    TEXT: the whole message (the sentence as typed, when a part was cut from it). FINAL: False before the parts'
    pointers are written out ("when will it be removed" -> "when will the concrete be removed"): a question whose
    subject is only a pointer is left as it is for that pass."""
    from askfoi.kept_questions import body_short
    from askfoi.sentence_acts import original_sentence
    from askfoi.view_acts import clause_act, clauses

    body = body_short(found.name) if found else None
    out: list[Frame] = []
    done: set[str] = set()
    for part in parts:
        if not part.warning and part.source and _put_to_readers(part.source, text):
            remarks.append(part.source)  # cx35: "how are we to know how they decided?": put to the readers, never a part
            continue
        if part.warning or is_view_record(part) or part.kind == "reasons" and not (
                (part.why or "").startswith("view:") and re.search(r"(?i)\b(?:views?|position|stance)\s+(?:on|about|regarding|towards)\b",
                                                                   part.source or "")):
            out.append(part)  # a why / "do you think" question already turned into the reasons or assessment recorded
            continue  # (a position asked for by name, "what is your position on X", is the position statement on X)
        source = part.source or part.text
        said = clauses(source)
        acts = [clause_act(c, body) for c in said]
        if part.kept_words and part.text and (not any(acts) or any(a is not None and a.subject is None for a in acts)):
            # the part as written out ("when will it be removed" -> "when will the concrete be removed"), unless the
            # writing out made a pointer of the person's into something else ("can they do that" -> "can the trees ...")
            again = [clause_act(c, body) for c in clauses(part.text)]
            if any(a is not None and a.subject is not None for a in again):
                source, said, acts = part.text, clauses(part.text), again
        if not final and any(a is not None and a.subject is None and a.act not in ("advice", "what_if", "law") for a in acts):
            out.append(part)
            continue
        if not any(acts) and text and (part.kept_words or part.kind in ("minutes_reports", "policy")
                                       or len(source.split()) <= 3):
            typed = original_sentence(text, source)
            if typed != source:
                lead = re.sub(r"[^\w]+", " ", re.sub(r"(?i)^\W*please\s+confirm\s+whether\s+", "", source).lower()).split()[:3]
                for c in clauses(typed):
                    flat = re.sub(r"[^\w]+", " ", c.lower())
                    if " ".join(lead) in flat:
                        if _runs_on_before(flat[: flat.find(" ".join(lead))]):
                            break  # cx41: a greeting, a story or a lead-in typed before the item is no clause of it
                        a = clause_act(c, body)
                        if a is not None:
                            said, acts = [c], [a]
                        break
        if not any(acts):
            out.append(part)
            continue
        for clause, act in zip(said, acts):
            key = re.sub(r"[^\w]+", " ", clause.lower()).strip()
            if key in done:
                continue
            done.add(key)
            if act is None:
                kept = part if len(said) == 1 else keep_words(clause)
                if kept is not part:
                    kept.qualifiers = part.qualifiers.model_copy()
                out.append(kept)
                continue
            if act.subject is None and act.act not in ("advice", "what_if", "law") and re.search(
                    r"(?i)\b(?:plans?|polic(?:y|ies))\s+(?:for|on|about)\s+(?:the\s+)?(?:ones?|others?|rest)\b", clause):
                out.append(part if len(said) == 1 else keep_words(clause))  # "what is the plan for the ones left":
                continue  # a records question in the person's words, its "ones" written out from the sentence before
            if act.subject is None and act.act == "plans" and final:
                trouble = _trouble_named(out, clause, text)  # lead37: "... and what are they doing about it"
                if trouble:
                    act.subject = trouble
            if act.act in ("advice", "what_if", "law") or act.subject is None:
                remarks.append(clause)
                if set_aside is not None:
                    set_aside.append((clause, act.act if act.act in ("advice", "what_if", "law") else f"{act.act}_pointer",
                                      capitalise_names(act.subject) if act.subject else None))
                continue
            if act.act == "judgement":  # lf61: "is the cladding safe": the records that would show it
                from askfoi.judgement_asks import judged_frame

                frame = judged_frame(clause, body)
                if frame is not None and frame.text.lower() not in {p.text.lower() for p in out}:
                    frame.qualifiers = part.qualifiers.model_copy()
                    out.append(frame)
                continue
            kind, mode = _VIEW_MODES[act.act]
            said_once = place_said_once(act.subject)
            subject = capitalise_names(said_once) or said_once
            frame = Frame(kind=kind, subject=subject, source=clause, why=f"{mode}:{subject}",
                          qualifiers=part.qualifiers.model_copy())
            frame.text = render_frame(frame)
            if frame.text and frame.text.lower() not in {p.text.lower() for p in out}:
                out.append(frame)
            if act.rest:
                from askfoi.why_records import asks_reasons

                rest = (reasons_frame(act.rest, found) if asks_reasons(act.rest) == "why" else None) or keep_words(act.rest)
                rest.qualifiers = part.qualifiers.model_copy()
                out.append(rest)
    return out


_MEASURE_UNITS = frozenset("times occasions hours days minutes weeks months years".split())
_EVENT_END = re.compile(r"(?i)\s+(?:(?:in|during|since|over|from|between|for|throughout)\s+(?:the\s+)?(?:last|past|previous|"
                        r"this|that|each|every|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|"
                        r"(?:last|this)\s+(?:year|month|week|summer|winter)\b|\d{4}\b|and\b|but\b|or\b)|\s*[,;:?.!]")


def _measured_event(clause: str, perfect: bool = False) -> str | None:
    """The event a count of units measures, from the words after its "did" ("storm overflows spill into the river wye
    in 2025"): its subject, its verb in the -ing form and what follows up to a time, a new clause or the end
    ("storm overflows spilling into the river wye"); after "has" or "have" a passive ("the bin collection been missed
    on my street") is "the bin collection being missed on my street"; None when no verb can be told apart from the
    subject, or when the subject is the body itself ("they", "the council")."""
    from lemminflect import getAllLemmas, getInflection

    words = _EVENT_END.split(clause.strip(), maxsplit=1)[0].split()
    if len(words) < 2:
        return None
    if perfect:
        been = next((k for k, w in enumerate(words) if w.lower() == "been"), None)
        if not been or been + 1 >= len(words) or re.fullmatch(r"(?i)(?:they|it|you|we|he|she)", " ".join(words[:been])):
            return None
        return " ".join(words[:been] + ["being"] + words[been + 1:])
    low = [w.lower().strip(",") for w in words]
    det = {"the", "a", "an", "my", "our", "your", "their", "its", "his", "her", "this", "that", "these", "those"}
    # the verb: a base form after the subject's first word, not right after a determiner or a preposition ("my block"
    # is a noun); of those, the first followed by a preposition, a particle, a determiner or nothing ("spill into",
    # "break down"), else the last ("water" and "storm" of "welsh water storm overflows spill" are nouns)
    seen = [k for k in range(1, len(words)) if low[k] in getAllLemmas(low[k]).get("VERB", ())
            and low[k - 1] not in det | _PREPOSITIONS]
    verb_at = next((k for k in seen if k + 1 == len(words) or low[k + 1] in _PREPOSITIONS | det
                    | {"up", "down", "out", "off", "away", "back"}), seen[-1] if seen else None)
    if verb_at is None:
        return None
    forms = getInflection(words[verb_at].lower(), tag="VBG")
    if not forms:
        return None
    subject = " ".join(words[:verb_at])
    if re.match(r"(?i)(?:they|it|you|we|he|she|the\s+(?:council|police|force|trust|company|school|board))\b", subject):
        return None  # "how many days did they close the road": the body acts, no event of its own named
    return " ".join([subject, forms[0]] + words[verb_at + 1:])


_PLANS_POINTER = re.compile(r"(?i)\b(?:doing|done|do|did)\s+about\s+(?:it|this|that|them)\W*$")


def _trouble_named(before: list[Frame], clause: str, text: str) -> str | None:
    """lead37: what "it" means in a plans question whose subject is only a pointer ("what are they doing about it")
    when the part just before it, in the same sentence as typed, is framed about a trouble: "how many complaints about
    noise from the pub have they had and what are they doing about it" -> "noise from the pub". The trouble is that
    part's subject without what is said or counted about it (complaints, reports, the number:
    knowledge/vocab/story_subject.yaml said_about), or for a count kept whole what it counts; None when its subject is
    only such a word ("people")."""
    from askfoi.sentence_acts import original_sentence
    from askfoi.story_subject import said_about

    if not before or not text:
        return None
    typed = original_sentence(text, clause)

    def said(p: Frame) -> str:  # lf61: the person's words of an embedded yes/no ("please confirm whether ...")
        return re.sub(r"(?i)^please\s+confirm\s+(?=whether\b)", "", p.source or p.text or "")

    # lf61: the findings of an inspection are no trouble ("what it found, ... and what are they doing about it")
    prev = next((p for p in reversed(before) if said(p) and p.kind != "findings" and original_sentence(text, said(p)) == typed
                 and typed.lower().find(said(p).lower()[:30]) < typed.lower().find(clause.lower()[:30])), None)
    if prev is None:
        return None
    subject = prev.subject if not prev.kept_words else None
    from askfoi.story_subject import said_about as _said_words

    place = getattr(prev.qualifiers, "place", None) if subject else None
    if place and place.lower() not in subject.lower() and subject.split()[0].lower() in _said_words() \
            and len(subject.split()) > 1 and not getattr(prev, "clause", None):
        # lead52: a count framed with its place apart ("The number of reports of fly tipping in Bolton"): the trouble
        # is there ("fly tipping in Bolton")
        subject = f"{subject} {prev.qualifiers.place_prep or 'in'} {place}"
    # a count as asked: what it counts, up to its verb ("how many reports of X were there"), and the place after it
    # ("... have there been in council care homes in stockport in the last 2 years")
    m = re.match(r"(?i)\W*(?:and\s+)?how\s+many\s+(.+?)\s+(?:were|are|was|is|have|has|had|did|do|does)\b",
                 (prev.text if prev.kept_words else prev.source) or "")
    if prev.kept_words:
        subject = m.group(1) if m else None
    unit = re.match(r"(?i)\W*(?:and\s+)?how\s+many\s+(\w+)\s+(did|do|does|has|have|had)\s+(.+)",
                    (prev.text if prev.kept_words else prev.source) or "")
    if unit and unit.group(1).lower() in _MEASURE_UNITS and (prev.kept_words or (prev.subject or "").lower() in _MEASURE_UNITS):
        # lead43: "how many hours did storm overflows spill into the wye": the trouble is the event measured
        # ("storm overflows spilling into the River Wye"), never the unit it is measured in ("hours")
        event = _measured_event(unit.group(3), perfect=unit.group(2).lower().startswith("ha"))
        return capitalise_names(event) or event if event else None
    where = re.match(r"(?i)(?:\s+there)?(?:\s+been)?(?:\s+(?:reported|recorded|logged))?\s+((?:in|at|on|near|across|around)\s+"
                     r"(?:(?!\b(?:in\s+the\s+(?:last|past)|last|this|since|over|during|between|each|every|per|from)\b)[^?.,;])+)",
                     m.string[m.end():]) if m else None
    if subject and where and where.group(1).strip().lower() not in subject.lower():
        have, more = subject.lower().split(), where.group(1).strip().split()
        cut = next((k for k in range(len(more), 0, -1) if have[-k:] == [w.lower() for w in more[:k]]), 0)
        rest = " ".join(more[cut:])  # "falls in council care homes" + "in council care homes in stockport": the rest
        if rest:
            subject = f"{subject} {capitalise_names(rest) or rest}"
    if not subject:
        return None
    subject = re.sub(r"(?i)^(?:the|a|an|any|all|our|my|their|these|those)\s+", "", subject.strip(" ,.?"))
    if getattr(prev, "clause", None) and len(subject.split()) == 1 and not prev.kept_words:
        subject = f"{subject} {prev.clause}"  # the count's own clause ("people" + "waiting over a year for ...")
    words = subject.split()
    if len(words) > 2 and words[0].lower() in ("people", "patients", "residents", "pupils", "children", "tenants") \
            and re.fullmatch(r"(?i)[a-z]+ing", words[1]) and words[1].lower() not in ("complaining", "reporting", "calling"):
        # lead44: "how many people are waiting over a year for hip replacements ... what is the trust doing about it":
        # people in a state the question names are the trouble, whole ("people waiting over a year for hip replacements")
        return " ".join(re.sub(r"(?i)\s+there$", "", subject).split())
    while words and words[0].lower() in said_about():
        words = words[1:]
        if words and words[0].lower() in ("about", "of", "regarding", "concerning", "into", "for", "on", "over"):
            words = words[1:]
        elif words:
            return None  # "complaints received": the counted thing has no trouble named after it
    return " ".join(words) or None


def _plans_for_trouble(framing: Framing, question: str, text: str, body: str | None,
                       found: AuthorityFound | None) -> Frame | None:
    """lead37: QUESTION asks what is being done about "it" (a plans question whose subject is only a pointer) right
    after a part that names a trouble in the same sentence: the plans, reports or minutes about that trouble, as a
    part (None when there is no such part)."""
    from askfoi.view_acts import clause_act

    trouble = _trouble_named(framing.parts, question, text)
    if not trouble:
        return None
    asked = re.sub(r"(?i)\b(?:it|this|that|them|these|those)(\W*)$", lambda m: trouble + m.group(1), question.rstrip())
    act = clause_act(asked, body)
    if asked == question.rstrip() or act is None or act.act != "plans" or act.subject is None:
        return None
    made = view_parts([keep_words(asked)], [], found=found)
    if len(made) != 1 or not is_view_record(made[0]):
        return None
    made[0].source = question
    return made[0]


def _text_place(parts: list[Frame], sentence: str, text: str) -> int:
    """Where SENTENCE of TEXT goes among PARTS: before the first part whose question stands after it in TEXT."""
    at = text.find(sentence.strip()[:40]) if text else -1
    if at < 0:
        return len(parts)
    for k, p in enumerate(parts):
        there = text.find((p.source or "").strip()[:40]) if (p.source or "").strip() else -1
        if there > at:
            return k
    return len(parts)


def view_remarks(framing: Framing, found: AuthorityFound | None,
                 set_aside: list[tuple[str, str, str | None]], text: str = "") -> None:
    """A question FRAMING set aside as a remark or asked back (unframed) that view_parts would have turned into
    records ("shouldn't the council be doing more about the rats in the alleyways") becomes that part; one asked
    back that asks for advice or a hypothetical is set aside with its note instead of asked back (op14)."""
    from askfoi.kept_questions import body_short
    from askfoi.view_acts import _clean as _clean_clause, clause_act

    body = body_short(found.name) if found else None
    for remark in list(framing.remarks):  # ("is it right that ...", left out as a remark, is most often said for effect)
        if _put_to_readers(remark, text) or remark in framing.vented:
            continue  # cx35: "how are we to know how they decided?" stays a remark; cx37: so does a vented question
        from askfoi.questions import _CONDITIONAL_INVERSION

        if "?" not in remark and _CONDITIONAL_INVERSION.match(remark):
            continue  # fx43: "Should a tenant report damp ..., the tenant has the right ...": a condition told, no view asked
        act = clause_act(remark, body)
        if act is not None and act.act == "plans" and act.subject is None:
            made = _plans_for_trouble(framing, remark, text, body, found)  # lead37: "... and what is being done about it"
            if made is not None:
                framing.parts.insert(_text_place(framing.parts, remark, text), made)
                framing.remarks.remove(remark)
                continue
        if act is None or act.act in ("advice", "what_if", "law") or act.subject is None or act.rest \
                or act.act == "position" and re.match(r"(?i)\W*(?:is|was)\s+it\b", _clean_clause(remark)) \
                or not re.search(r"\?\s*$|^\W*(?:what|will|would|is|are|can|could|should|shouldn|do|does|when)", remark, re.I) \
                and act.act != "explain":  # fr17a: "please can you explain where ...": the explanation recorded
            continue
        made = view_parts([keep_words(remark)], [], found=found)
        if len(made) == 1 and is_view_record(made[0]):
            made[0].source = remark
            framing.parts.append(made[0])
            framing.remarks.remove(remark)
    for question in list(framing.unframed):
        act = clause_act(question, body)
        if act is not None and act.act == "plans" and act.subject is None and not _put_to_readers(question, text):
            made = _plans_for_trouble(framing, question, text, body, found)  # lead37: "... what is being done about it"
            if made is not None:
                framing.parts.insert(_text_place(framing.parts, question, text), made)
                framing.unframed.remove(question)
                framing.questions = [q for q in framing.questions if question.strip() not in q]
                continue
        if act is not None and act.act == "explain" and act.subject and not act.rest and not _put_to_readers(question, text):
            made = view_parts([keep_words(question)], [], found=found)  # fr17a: the explanation recorded
            if len(made) == 1 and is_view_record(made[0]):
                made[0].source = question
                framing.parts.insert(_text_place(framing.parts, question, text), made[0])
                framing.unframed.remove(question)
                framing.questions = [q for q in framing.questions if question.strip() not in q]
            continue
        if act is None or (act.act not in ("advice", "what_if", "law") and act.subject is not None):
            continue
        framing.unframed.remove(question)
        framing.questions = [q for q in framing.questions if question.strip() not in q]
        framing.remarks.append(question)
        kind = act.act if act.act in ("advice", "what_if", "law") else f"{act.act}_pointer"
        set_aside.append((question, kind, capitalise_names(act.subject) if act.subject else None))


def view_findings(set_aside: list[tuple[str, str, str | None]], findings: list, regime: str = "FOIA") -> list:
    """A note (a not-recorded-information finding, prompts/frames/unanswerable.j2) for each question view_parts
    set aside: why FOI cannot answer it and what could, unless FINDINGS already name it. REGIME names the exception
    that usually covers legal advice (FOIA s42, EIR reg 12(5)(b), FOISA s36(1), EISR reg 10(5)(b))."""
    from askfoi.checks import Finding

    have = [re.sub(r"[^\w£$%]+", " ", (getattr(f, "evidence", "") or "").lower()).strip()
            for f in findings if getattr(f, "code", "") == "not-recorded-information"]
    out = []
    legal = [re.sub(r"[^\w£$%]+", " ", (getattr(f, "evidence", "") or "").lower()).strip()
             for f in findings if getattr(f, "code", "") == "legal-question"]
    for question, kind, about in set_aside:
        low = re.sub(r"[^\w£$%]+", " ", question.lower()).strip()
        if any(e and (e in low or low in e) for e in have):
            continue
        if kind == "law" and any(e and (e in low or low in e) for e in legal):
            continue  # fr17a: already said by the legal-question finding on the same sentence (ck35: advice too)
        out.append(Finding(code="not-recorded-information", severity="high", evidence=question.strip()[:160],
                           message=render("frames/unanswerable.j2", kind=kind, question=question.strip()[:160],
                                          left_out=True, about=about, regime=regime).strip(),
                           suggestion=render("frames/unanswerable_fix.j2", kind=kind, about=about).strip()))
        have.append(low)
    return out


def reasons_as_records(parts: list[Frame], remarks: list[str], *, text: str = "",
                       found: AuthorityFound | None = None) -> tuple[list[Frame], list[tuple[str, str]]]:
    """PARTS with no part that asks why or for a view as written (askfoi.why_records.asks_reasons, ifm1): a part
    kept in the person's words, or a reasons frame not read by askfoi.why_records, that asks why becomes the records
    that set out the reasons asked about, the question quoted whole (never a subject cut from it); one that asks
    what someone thinks, or what would have been or will be, leaves the parts for REMARKS (no record holds a view).
    A kept part that also asks for a measure ("how many ... and why") stays as it is. Returns the parts and the
    (question, kind) pairs that need the not-recorded-information finding.
    TEXT (the whole message; fr9b): a reasons part quoting a question whole is framed from its why clause alone when
    that reads ("... which asks the question why was this work not done at night?"); in an informal message
    (askfoi.sentence_acts.informal_message) each part is kept only when its sentence asks for records or reasons,
    read by askfoi.sentence_acts.sentence_act: story, suggestions and rhetorical questions go to REMARKS, views
    leave with the finding. FOUND: the body named, as why_frame reads it."""
    from askfoi.why_records import _RECORDS_OF_WHY, asks_reasons

    out: list[Frame] = []
    flagged: list[tuple[str, str]] = []
    for part in parts:
        source = part.source or part.text
        whole = (part.why or "").startswith("whole:")
        if is_view_record(part):  # op14: already the records that would show it
            out.append(part)
            continue
        if whole and asks_reasons(source) not in (None, "why"):
            flagged.append((source, asks_reasons(source) or "view"))
            remarks.append(source)  # "do the councillors believe ...": a view, not reasons (kept whole it asks nothing)
            continue
        if whole and not _RECORDS_OF_WHY.search(source):  # ck12: "documentation explaining why ...": records asked
            flagged.append((source, "why"))
        legacy = part.kind == "reasons" and part.why is None and not part.kept_words and not part.cause \
            and bool(re.search(r"\w", re.sub(r"(?i)\b(?:and|but|so|also|then|why|not|please|explain)\b", "", source)))
        # (a bare "... and why?", "why did they happen": the reasons or causes of the part before it, read there: kept)
        kind = asks_reasons(source) if (part.kept_words or legacy) and not whole else None
        if kind is None or (part.kept_words and kind == "why" and _MEASURE.search(source) and not _LEADS_WHY.match(source)):
            out.append(part)
            continue
        flagged.append((source, kind))
        if kind != "why":
            remarks.append(source)  # a view, a guess at what might have been or will be: asked of no record
            continue
        said = part.text if part.kept_words else keep_words(source).text
        frame = Frame(kind="reasons", subject=said, source=source, why=f"whole:{said}", qualifiers=part.qualifiers)
        frame.text = render_frame(frame)
        out.append(frame)
    if text:
        out = _acts_of_parts(out, remarks, flagged, text, found)
        # ff29: a view quoted up to the figure asked after it ("Isn't it about time ...? How much is it going to cost
        # to install CCTV?"): the finding is about the view, never the figure
        flagged = [(q if k == "why" else _before_figure(q, text), k) for q, k in flagged]
    return out, flagged


def _acts_of_parts(parts: list[Frame], remarks: list[str], flagged: list[tuple[str, str]], text: str,
                   found: AuthorityFound | None) -> list[Frame]:
    """PARTS of the message TEXT with each reasons part quoting a question whole framed from its why clause where
    that reads, and, in an informal message, each part whose sentence asks neither for records nor for reasons
    moved to REMARKS (a view with the not-recorded finding, added to FLAGGED)."""
    from askfoi.addressee import asked_through_others
    from askfoi.why_records import _RECORDS_OF_WHY
    from askfoi.sentence_acts import (asked_of_body, informal_message, original_sentence, question_clause, sentence_act,
                                      sentence_after, why_core)

    informal = informal_message(text)
    out: list[Frame] = []
    done: set[str] = set()  # the sentences already framed: a question the splitter cut in two is framed once
    for part in parts:
        source = part.source or part.text
        whole = (part.why or "").startswith("whole:")
        act = None
        if is_view_record(part):  # op14: already the records that would show it
            out.append(part)
            continue
        if informal:
            typed = original_sentence(text, source)
            act = sentence_act(typed, sentence_after(text, typed))
            if act == "reasons" and typed != source and not whole and part.kind != "reasons" \
                    and sentence_act(source if "?" in source or "?" not in typed else source.rstrip(". ") + "?") == "records" \
                    and re.search(r"(?i)\bhow\s+(?:much|many)\b", source) and not re.search(r"(?i)\bwhy\b", source):
                act = "records"  # fr10b: "ask them how much they've applied for ... and if not why not": the part cut
                # from it asks for a figure, the why is another part
            if act not in (None, "records") and typed != source and not whole and part.kind != "reasons" \
                    and re.match(r"(?i)\W*(?:(?:and|also|so|plus)\s+)*how\s+(?:much|many|often|long)\b", source) \
                    and not re.search(r"(?i)\b(?:why|think|thinks|believe|believes|feel|feels|reckon|opinion)\b", source) \
                    and sentence_act(source.rstrip(" .,;") + "?") == "records":
                act = "records"  # lead42 (nc45 #2): a figure asked in a sentence that also asks a view ("how many
                # cleaning staff ..., and do they think the contractor is doing a good job?"): the clause decides
            if act == "reasons" and typed != source and (whole or part.kind != "reasons"):
                if typed in done:
                    continue
                source = typed  # "Why then" + "would this saving be applied ...": the question as typed
            done.add(typed)
        if not part.warning:
            from askfoi.addressee import advice_asked, peers_asked
            from askfoi.sentence_acts import letter_words

            said = typed if informal else original_sentence(text, source)
            if advice_asked(said) or advice_asked(source):
                if not any(q == source for q, _ in flagged):
                    flagged.append((source, "view"))  # fr25b: advice on the writer's own case: no record holds it
                remarks.append(source)
                continue
            if not informal and part.kept_words and not letter_words(text) \
                    and (peers_asked(said) and asked_through_others(said) is None
                         or _own_story(source) and not _names_records(source)):
                remarks.append(source)  # fr25b: a question to the forum, or the writer's own account, in a post that
                continue  # lists its points "1) 2)" (so it reads as formal)
        if act == "others" and informal and not part.warning:
            from askfoi.addressee import asked_through_others

            wanted = asked_through_others(typed)  # fr11c: "anyone know if I can get a copy of X": X is asked for
            if wanted is not None:
                kept = keep_words(f"Please provide {wanted}.")
                kept.qualifiers = part.qualifiers
                if kept.text.lower() not in {p.text.lower() for p in out}:
                    out.append(kept)
                remarks.append(source)
                continue
        if act in ("story", "suggestion", "rhetorical", "others") and not part.warning:
            remarks.append(source)  # the writer's story, a suggestion or a question asked for effect: never a part
            continue
        if act == "records" and part.kept_words and informal:
            clause = question_clause(typed) or asked_of_body(typed)
            own = [w for w in re.findall(r"[a-z]{4,}", source.lower())][:3]
            if clause is not None and own and not all(w in clause.lower() for w in own):
                clause = None  # lead22b: the sentence's question clause is another ask of it, not this part's words
            if clause is not None:  # the question without the story told before it in the same sentence
                kept = keep_words(clause)
                kept.qualifiers = part.qualifiers
                if kept.text.lower() in {p.text.lower() for p in out}:
                    continue
                part = kept
        if act == "view" and not part.warning:
            if not any(q == source for q, _ in flagged):
                flagged.append((source, "view"))
            remarks.append(source)
            continue
        if whole or (act == "reasons" and part.kind != "reasons"):
            framed = reasons_frame(source, found)
            if framed is not None:
                framed.qualifiers = part.qualifiers
                framed.text = render_frame(framed)
                if not any(q == source for q, _ in flagged) and not _RECORDS_OF_WHY.search(source):
                    flagged.append((source, "why"))  # ck12: "documentation explaining why ..." asks for records
                out.append(framed)
                continue
            if informal and act == "reasons":
                if not any(q == source for q, _ in flagged):
                    flagged.append((source, "why"))
                reframed = why_part(source, found)  # fr11c: the clause in a statement's order, "they" the body
                if reframed is not None:
                    reframed.qualifiers = part.qualifiers
                    reframed.text = render_frame(reframed)
                    out.append(reframed)
                    continue
                asked = why_core(source) or source
                if len(re.findall(r"\w+", asked)) < 3:
                    asked = source  # "..., why?": the question is the sentence
                one = len(re.findall(r"[.?!]+(?:\s|$)", asked.strip())) <= 1 and len(asked.split()) <= 30
                if not one or points_at_story(asked):
                    remarks.append(source)  # a justification of what only the story names: the finding says so
                    continue
                if not whole or asked != source:  # no noun phrase to take: the why question quoted whole, alone
                    said = keep_words(asked).text
                    part = Frame(kind="reasons", subject=said, source=source, why=f"whole:{said}", qualifiers=part.qualifiers)
                    part.text = render_frame(part)
        out.append(part)
    return out


_IDEA = re.compile(r"(?i)\b(?:who|which\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:had|came\s+up\s+with)\s+the\s+(?:[\w-]+\s+)?idea\s+"
                   r"(?:to\s+(?P<to>[^?.!]+)|of\s+(?P<of>[^?.!]+))")
_JUSTIFY_FOR = re.compile(r"(?i)\b(?:justification|need|point|rationale|reason|reasons)\s+(?:(?:can|could|is|was|are|were)\s+"
                          r"(?:there\s+)?(?:be\s+)*)?(?:of|for|behind|in)\s+(?P<x>[^?.!]+)|\b(?:warrant|justify)\s+(?P<y>[^?.!]+)")


def reasons_frame(question: str, found: AuthorityFound | None = None) -> Frame | None:
    """QUESTION (a why / justification / who-had-the-idea question, possibly with story around it) as a reasons frame
    whose subject is a noun phrase or clause of the question itself (fr9b): "which official had the idea to close the
    station" -> the decision to close the station; "what justification can there be for the parking charge" -> the
    reasons for the parking charge; "... which asks the question why was the work not done at night" -> why the work
    was not done at night. None when no such subject reads whole (a pronoun only, a fragment, a quote)."""
    from askfoi.sentence_acts import why_core

    m = _IDEA.search(question)
    if m:  # who had the idea: the decision and who made it
        act = (m.group("to") or m.group("of") or "").strip(" ,")
        words = act.split()
        if words and m.group("of"):
            from lemminflect import getAllLemmas
            lemma = (getAllLemmas(words[0]).get("VERB") or (None,))[0]
            words = [lemma, *words[1:]] if lemma and words[0].endswith("ing") else []
        phrase = "to " + " ".join(words) if words else ""
        if phrase and not _bare_pointer(" ".join(words[1:])):
            frame = Frame(kind="reasons", subject=" ".join(words[1:]) or phrase, source=question, why=f"decision:{phrase}")
            frame.text = render_frame(frame)
            if not text_problems(frame.text, None):
                return frame
    m = re.search(r"(?i)\bwhy\s+(?:on\s+earth\s+|ever\s+)?(?:is|was)\s+it\s+(?:thought|considered|deemed|felt)?\s*"
                  r"(?:necessary|right|appropriate|acceptable|needed|sensible|fair|a\s+good\s+idea)\s+to\s+(?P<act>[^?.!]+)", question)
    if m:  # "why on earth is it thought necessary to reinstate street lighting": the decision to reinstate it
        phrase = "to " + re.sub(r"\s+", " ", m.group("act")).strip(" ,")
        frame = Frame(kind="reasons", subject=phrase[3:], source=question, why=f"decision:{phrase}")
        frame.text = render_frame(frame)
        if not text_problems(frame.text, None) and not _bare_pointer(phrase[3:]):
            return frame
    m = _JUSTIFY_FOR.search(question)
    if m and not re.search(r"(?i)\bwhy\b", question):
        x = re.sub(r"\s+", " ", (m.group("x") or m.group("y") or "")).strip(" ,;:")
        x = re.split(r"(?i),|\s+(?:when|if|given|while|whilst|as|because|since)\s+", x)[0].strip()
        if x and len(x.split()) <= 12 and not _bare_pointer(x):
            frame = Frame(kind="reasons", subject=x, source=question, why=f"reasons:{x}")
            frame.text = render_frame(frame)
            if not text_problems(frame.text, None):
                return frame
    tail = re.match(r"(?i)^\W*(?P<x>[^.?!]{8,160}?)\s*[,;:\u2013\u2014-]+\s*(?:but\s+|and\s+|so\s+)?why\s*\?*\s*$", question.strip())
    if tail and not re.match(r"(?i)(?:why|how|what|which|who|when|where|is|are|was|were|do|does|did|can|could)\b", tail.group("x")):
        # "There are still staff working from home, why?": why what the sentence says is so
        said = _statement_why("why " + tail.group("x")[0].lower() + tail.group("x")[1:]
                              if not re.match(r"[A-Z]{2,}|[A-Z][a-z]+\s+[A-Z]", tail.group("x")) else "why " + tail.group("x"))
        if said is not None and not _bare_pointer(said.subject or ""):
            said.source = question
            return said
    core = why_core(question) or (question if re.match(r"(?i)\W*(?:and\s+|but\s+|so\s+)?(?:why|how\s+come)\b", question) else None)
    if core is None:
        return None
    core = core.replace("\u2019", "'")
    core = re.sub(r"\s*\([^()]*\)", "", core)  # an aside in brackets: "(which must have cost a princely sum, I would imagine)"
    core = re.sub(r"(?i)^(\W*why)\s*,?\s*(?:i\s+wonder|i\s+ask|pray|tell\s+me)\s*,\s*", r"\1 ", core)  # "WHY, I wonder, did ..."
    # "why then, would ...", "why on earth is ...": the words of feeling after "why" are no part of the clause
    core = re.sub(r"(?i)^(\W*(?:and\s+|but\s+|so\s+)?why)\s+(?:is|was)\s+it\s+that\s*,?\s*", r"\1 ", core)
    core = re.sub(r"(?i)^(\W*(?:and\s+|but\s+|so\s+)?why)\s+(?:then|on\s+earth|ever|exactly|really|oh\s+why)\b\s*,?\s*", r"\1 ", core)
    frame = why_frame(core, None, found)
    if frame is None or (frame.why or "").startswith("whole:"):
        frame = _statement_why(core) or frame
    if frame is None or (frame.why or "").startswith("whole:"):
        # "why did they fell the oak when there appeared to be nothing wrong with it": the clause without its "when"
        cut = re.split(r"(?i),?\s+(?:when|whilst|while|although|even\s+though|given\s+that)\s+", core, maxsplit=1)[0]
        if cut != core and len(cut.split()) >= 4:
            frame = why_frame(cut.rstrip(" ,?") + "?", None, found)
    if frame is None or (frame.why or "").startswith("whole:") or _bare_pointer(frame.subject or "") \
            or re.match(r"(?i)\w+:why\s+(?:and|or|not)\b", frame.why or ""):
        return None  # "why and how often do they use them": two questions, not one clause
    frame.source = question
    return frame


def _statement_why(core: str) -> Frame | None:
    """A why clause already in the order of a statement, as it is after "explain why" ("why everything that's plastic
    can't be recycled", "why in these times of austerity the council is spending money on a sign"), as the reasons
    frame "set out why ..." with the clause as typed (the phrases put before its subject left out). None when the
    words after "why" are not a subject and a finite verb."""
    from askfoi.why_records import _lemmas as lemmas

    if not re.match(r"(?i)^\W*(?:and\s+|but\s+|so\s+)?why\s+", core):
        return None
    rest = re.sub(r"(?i)^\W*(?:and\s+|but\s+|so\s+)?why\s+", "", core).strip().rstrip("?.! ").replace("\u2019", "'")
    rest = re.split(r"(?i),\s*(?:as|because|since|which|after\s+all)\s+", rest)[0]  # the writer's comment after it
    while True:  # "in these times of austerity, when Council Tax is increasing, the council ...": the subject after them
        cut = re.sub(r"(?i)^(?:in|at|during|given|with|despite|after|before|for|when|while|whilst|as|since|although)\s+[^,]{2,80},\s*", "", rest)
        if cut == rest:
            break
        rest = cut
    words = rest.split()
    if len(words) < 3 or words[0].lower() in ("is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can",
                                              "could", "would", "will", "should", "not", "and", "or", "for", "in", "on",
                                              "at", "to", "from", "by", "with", "over", "after", "since", "during",
                                              "cannot") \
            or words[0].lower().endswith("n't"):
        return None
    finite = False
    for k, w in enumerate(words[1:9], 1):
        low = w.lower().strip(",")
        verbs = lemmas(low).get("VERB", ())
        if low in ("is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will", "would",
                   "should", "cannot") or low.endswith(("n't", "n\u2019t")) or (verbs and low not in verbs and low.endswith(("s", "ed"))) \
                or (verbs and words[k - 1].lower() in ("they", "we", "you", "i")):
            finite = True
            break
    if not finite:
        return None
    phrase = "why " + " ".join(words)
    frame = Frame(kind="reasons", subject=" ".join(words), source=core, why=f"why:{phrase}")
    frame.text = render_frame(frame)
    return None if text_problems(frame.text, None) else frame


def _bare_pointer(phrase: str) -> bool:
    """PHRASE is only a pronoun or a pointing word ("this", "it", "the same"): no noun phrase of its own."""
    words = re.findall(r"[\w'\u2019-]+", phrase.lower())
    return not words or all(w in ("it", "this", "that", "these", "those", "they", "them", "the", "same", "such", "so",
                                  "all", "one", "ones", "do", "does", "did") for w in words)


_POINTER = re.compile(r"(?i)\b(?:this|these|those)\b(?!\s+(?:year|month|week|period|financial|request|question|letter|"
                      r"information)\b)|\bthat\s+(?=[a-z]+\b)|\b(?:it|they|them)\b|\bthe\s+(?:figures?|facilities|same|above)\b")


def points_at_story(text: str) -> bool:
    """TEXT (a part's subject or question) points at something it does not name itself: "this", "these", "they",
    "it", "the figures", "the same" with no noun before it in TEXT that it can stand for (fr9b)."""
    from askfoi.why_records import points_outside

    t = re.sub(r"(?i)\bit\s+(?:is|was|seems|appears|would|will)\b", "", text)  # "it is thought necessary": no pointer
    m = _POINTER.search(t)
    if not m:
        return False
    for m in _POINTER.finditer(t):
        head = m.group(0).lower().strip()
        after = t[m.end():].split()
        nxt = after[0].lower().strip(",.;:?!") if after else ""
        if head in ("it", "they", "them"):
            if points_outside(t):
                return True
            continue
        if head == "that":  # "that" before a noun is a demonstrative ("that decision"); else it joins a clause
            from askfoi.why_records import _noun_able, _verb_lemma
            if nxt and _noun_able(nxt) and not _verb_lemma(nxt) and nxt not in ("the", "a", "an", "it", "there"):
                return True
            continue
        if head in ("these", "those") and _figure_before(t, m.start()):
            continue  # ff29: "... the number of children who have been tasered? The race/ethnicity stats for those groups
            # too.": the sentence before, in the same part, asks the figure the pointer stands for
        return True  # "this tax on the sick", "these potholes", "the figures": what the story said
    return False


def _figure_before(text: str, at: int) -> bool:
    """ff29: whether a sentence of TEXT ended before AT asks a figure ("how many", "the number of", "stats"): what a
    "those ..." at AT stands for is then in the same part."""
    ends = [e.end() for e in re.finditer(r"[?.!]\s", text[:at])]
    return bool(ends) and bool(re.search(r"(?i)\b(?:how\s+many|numbers?\s+of|stats|statistics|figures|totals?\s+(?:number|of))\b",
                                         text[:ends[-1]]))


def _unnamed_why(frame: Frame) -> re.Match[str] | None:
    """The pointer a reasons FRAME's why clause has for its subject ("why it happened", "why this has come about"),
    matched; None when the clause names its subject ("why this decision was taken")."""
    said = (frame.why or "").split(":", 1)[-1] if frame.kind == "reasons" else ""
    m = re.match(r"(?i)why\s+(it|this|that)\s+(\S+)", said)
    # a short clause whose subject is only the pointer ("why it happened", "why this was allowed"); a longer one
    # ("why it takes two weeks to change a bulb", "why this work was not done at night") names what it is about
    if m and len(said.split()) <= 6 and not _noun_able_word(m.group(2)):
        return m
    return None


def _noun_able_word(word: str) -> bool:
    """WORD can be a noun and is no verb form ("this decision", not "this has")."""
    from askfoi.why_records import _noun_able, _verb_lemma

    w = word.lower().strip(",.;:?!")
    return w not in _AUX_WORDS and _noun_able(w) and not _verb_lemma(w)


_AUX_WORDS = frozenset("is are was were has have had do does did can could will would should may might must".split())


def why_part(question: str, found: AuthorityFound | None = None) -> Frame | None:
    """fr11c: a why question put to the body in an informal message as the records that set out its reasons, its
    clause put in the order of a statement ("why, having the figures for years, have they waited until now to act?"
    -> "why the Welsh Government has waited until now to act"): an aside after "why" left out, "they" as the subject
    the body named. None when the clause has no subject of its own (a pointer the story alone names)."""
    from askfoi.sentence_acts import why_core
    from askfoi.why_records import why_clause

    if writer_why(question, loose=True):
        return None  # fr29b: "why can't we have a meeting with the chief executive?": the writer's protest

    framed = reasons_frame(question, found)
    if framed is not None:
        return None if _unnamed_why(framed) else framed
    core = why_core(question) or question
    core = re.sub(r"(?i)^\W*(?:(?:and|but|so|then|fair\s+enough)\s*,?\s+)*", "", core.replace("\u2019", "'"))
    core = re.sub(r"(?i)^(why)\s*,\s*[^,?]{3,140},\s*", r"\1 ", core)  # "why, having the figures for years, have they ..."
    core = re.sub(r"\s*\([^()]*\)", "", core)
    if not re.match(r"(?i)why\b", core):
        return None
    said = why_clause(core)
    if said is None or said.mode != "why" or not said.phrase:
        return None
    phrase, subject = said.phrase, (said.subject or "").lower()
    if subject in ("they", "them") and found is not None:
        name = found.name if re.match(r"(?i)the\b", found.name) or re.search(r"(?i)\b(?:council|police|constabulary)$", found.name) \
            else f"the {found.name}"  # "why the Welsh Government has ...", "why Leeds City Council has ..."
        phrase = re.sub(r"(?i)^why\s+they\s+(are|were|have|do|did|will|would|can|could|should)\b",
                        lambda m: f"why {name} " + {"are": "is", "have": "has", "do": "does"}.get(m.group(1).lower(),
                                                                                                       m.group(1)), phrase)
        phrase = re.sub(r"(?i)^why\s+they\s+", f"why {name} ", phrase)
    rest = re.sub(r"(?i)^why\s+", "", phrase)
    replaced = subject in ("they", "them") and found is not None
    if (_bare_pointer(subject) and not replaced) or len(rest.split()) < 3 or len(rest.split()) > 30:
        return None  # "why it was done": what "it" is only the story says
    frame = Frame(kind="reasons", subject=rest, source=question, why=f"why:{phrase}")
    frame.text = render_frame(frame)
    return None if text_problems(frame.text, None) else frame


def informal_letter(framing: Framing, text: str) -> None:
    """fr9b, for an informal message (askfoi.sentence_acts.informal_message) TEXT: a sentence sent back to the person
    that asks nothing of a body (a rhetorical question, a suggestion, story) becomes a remark; a part that points at
    something only the story names gets the story-reference finding; a message left with no part and no question
    gets questions back (what record, from whom, which period), never a letter of opinions."""
    from askfoi.checks import Finding
    from askfoi.sentence_acts import informal_message, sentence_act, sentence_after, why_core

    if not informal_message(text):
        return
    keep_q, keep_u = [], []
    reasons_asked: list[str] = []
    for question, asked in zip(framing.unframed, framing.questions):
        act = sentence_act(question, sentence_after(text, question))
        if act in ("story", "suggestion", "rhetorical", "others", "view") and _figure_asked_after(question, text):
            act = None  # ff29: "Isn't it about time ...? How much is it going to cost to install CCTV?": the figure is asked
        if act == "reasons" and not writer_why(question, loose=True):
            reframed = why_part(question, framing.authority)  # fr11c: a why put to the body is its reasons' records
            if reframed is not None and reframed.text.lower() not in {p.text.lower() for p in framing.parts}:
                framing.parts.append(reframed)
                framing.findings += not_recorded_findings([(question, "why")], framing.findings)
                framing.pending = [f for f in framing.pending if f.source != question]
                continue
        if act == "reasons" and not framing.parts and not keep_q and not reasons_asked:
            # fr11c: a why put to the body whose decision only the story names: one question back, not three
            reasons_asked.append(render("frames/informal_questions.j2", ask="reasons",
                                        question=" ".join(question.split())[:200]).strip())
        if act in ("story", "suggestion", "rhetorical", "others", "view", "reasons"):
            if act in ("view", "reasons"):  # "how can this be justified?": asked of no record, and said so
                framing.findings += not_recorded_findings([(question, "why" if act == "reasons" else "view")],
                                                          framing.findings, left_out=True)
            framing.remarks.append(question)
            framing.pending = [f for f in framing.pending if f.source != question]
            continue
        keep_u.append(question)
        keep_q.append(asked)
    if len(framing.unframed) == len(framing.questions):
        framing.unframed, framing.questions = keep_u, keep_q
    for part in list(framing.parts):  # fr11c: "why it happened", "why this has come about": the decision is not named
        m = _unnamed_why(part)
        if m and not part.warning:
            framing.parts.remove(part)
            framing.remarks.append(part.source or part.text)
            framing.findings = [f for f in framing.findings if not (getattr(f, "code", "") == "story-reference"
                                                                    and (getattr(f, "evidence", "") or "").strip().lower()
                                                                    == m.group(1).lower())]
            reasons_asked.append(render("frames/informal_questions.j2", ask="reasons",
                                        question=" ".join((part.source or part.text).split())[:200]).strip())
    framed = {(p.source or "").strip() for p in framing.parts}
    for remark in list(framing.remarks):  # fr11c: a why question put to the body that reading set aside as a remark
        if remark.strip() in framed or "?" not in remark and not re.search(r"(?i)\b(?:ask|know|wonder)\b[^.]*\bwhy\b", remark) \
                or writer_why(remark, loose=True):  # fr29b: "why am I paying ...?": the writer's protest, no records
            continue
        if sentence_act(remark, sentence_after(text, remark)) != "reasons":
            continue
        core = " ".join(re.findall(r"[a-z]+", (why_core(remark) or remark).lower())[1:6])
        if core and any(core in " ".join(re.findall(r"[a-z]+", p.text.lower())) for p in framing.parts):
            continue  # asked already: the part was framed from this sentence, cut another way
        reframed = why_part(remark, framing.authority)
        if reframed is not None and reframed.text.lower() not in {p.text.lower() for p in framing.parts}:
            framing.parts.append(reframed)
            framing.remarks.remove(remark)
            framing.findings += not_recorded_findings([(remark, "why")], framing.findings)
    have = {(getattr(f, "evidence", "") or "") for f in framing.findings if getattr(f, "code", "") == "story-reference"}
    for part in framing.parts:
        said = part.text if part.kind != "reasons" or (part.why or "").startswith("whole:") else (part.why or "").split(":", 1)[-1]
        if part.warning or not points_at_story(said):
            continue
        m = _POINTER.search(said)
        words = m.group(0) if m else said[:40]
        if words in have:
            continue
        have.add(words)
        framing.findings.append(_story_reference(part.text, words))
    reframed = [re.sub(r"[^\w]+", " ", (p.source or "").lower()).strip()[:60] for p in framing.parts if p.kind == "reasons"]
    for k, f in enumerate(framing.findings):  # fr11c: the finding says the why was asked as its reasons' records
        ev = re.sub(r"[^\w]+", " ", (getattr(f, "evidence", "") or "").lower()).strip()[:60]
        if getattr(f, "code", "") == "not-recorded-information" and ev and any(r and (r.startswith(ev) or ev.startswith(r))
                                                                            for r in reframed):
            framing.findings[k] = f.model_copy(update={"message": render(
                "frames/unanswerable.j2", kind="why", question=(getattr(f, "evidence", "") or "").strip(),
                left_out=False).strip()})
    if not framing.parts and not framing.questions and reasons_asked:
        framing.questions = reasons_asked[:1]
        if not any(getattr(f, "code", "") == "too-vague" for f in framing.findings):
            framing.findings.append(_framing_finding("too-vague", framing))
    _ask_back_when_empty(framing, text)


def _figure_asked_after(unit: str, text: str) -> bool:
    """ff29: whether UNIT (one unframed unit of an informal message) holds, after a sentence that asks nothing of a
    body (a retort, a view), a sentence of its own that asks a figure the body holds ("How much is it going to cost
    the council tax payer to install CCTV?"): the unit is that question, not the retort before it."""
    from askfoi.sentence_acts import sentence_act, sentence_after

    sentences = [x for x in sentence_ends.split(r"(?<=[?!.])\s+(?=[A-Z\"'\u201c])", unit.strip()) if x.strip()]
    return any(re.match(r"(?i)\W*(?:and\s+|so\s+|but\s+)?how\s+(?:much|many)\b", x)
               and sentence_act(x, sentence_after(text, x)) not in ("story", "suggestion", "rhetorical", "others", "view")
               for x in sentences[1:])


def _before_figure(unit: str, text: str) -> str:
    """ff29: UNIT up to the sentence that asks a figure after a retort or view (`_figure_asked_after`): what the
    not-recorded finding quotes ("Isn't it about time ... on this matter?"), never the figure asked after it."""
    if not text or not _figure_asked_after(unit, text):
        return unit
    sentences = [x for x in sentence_ends.split(r"(?<=[?!.])\s+(?=[A-Z\"'\u201c])", unit.strip()) if x.strip()]
    head = []
    for x in sentences:
        if re.match(r"(?i)\W*(?:and\s+|so\s+|but\s+)?how\s+(?:much|many)\b", x) and head:
            break
        head.append(x)
    return " ".join(head) or unit


def _ask_back_when_empty(framing: Framing, text: str = "") -> None:
    """A message left with no part and nothing asked back is asked what records it wants (fr11b, fr11c): what the
    message already says (the body it names, the period it states) is never asked back."""
    if not framing.parts and not framing.questions:
        asks = ["record"] + (["body"] if framing.authority is None else []) + (["period"] if not framing.period else [])
        framing.questions = [render("frames/informal_questions.j2", ask=k).strip() for k in asks]
        if not any(getattr(f, "code", "") in ("too-vague",) + _ROUTE_CODES for f in framing.findings) \
                and not _story_names_record(framing, text):
            framing.findings.append(_framing_finding("too-vague", framing))


# ff28: findings that name the route that works for what the message wants (a dead relative's records, another
# person's records, Clare's Law): the record is known, so the message is not "too vague"
_ROUTE_CODES = ("deceased-records", "someone-elses-records", "clares-law", "own-data-overdue")


@functools.lru_cache(maxsize=1)
def _named_record_pattern() -> re.Pattern[str] | None:
    data, _ = load_vocab("story_records")
    rules = [t for t in (data.get("named_record") or [] if isinstance(data, dict) else []) if isinstance(t, str)]
    return re.compile("|".join(f"(?:{t})" for t in rules), re.I) if rules else None


def _story_names_record(framing: Framing, text: str = "") -> bool:
    """(ff27) Whether the message's story names the record it is about ("a copy of this email", "the items were dealt
    with by email"): what to look for is clear, so the message is asked back, never called too vague. ff29: TEXT (the
    message as typed) is read too, since a sentence cut short in the remarks ("As far.") still told it."""
    pattern = _named_record_pattern()
    return pattern is not None and any(pattern.search(" ".join(t.split()))
                                       for t in [*framing.remarks, *framing.unframed, text])


def not_recorded_findings(asked: list[tuple[str, str]], findings: list, *, left_out: bool | None = None) -> list:
    """A "not-recorded-information" finding for each (question, kind) in ASKED (a why question kept whole as the
    reasons asked about, or a view left out of the parts) unless FINDINGS already name that question. LEFT_OUT:
    whether the message says the question left the parts (None: every kind but "why" did)."""
    from askfoi.checks import Finding

    def norm(text: str) -> str:  # one question typed with other spacing or a mark of its own is the same question
        return re.sub(r"[^\w£$%]+", " ", text.lower()).strip()

    flagged = [norm(getattr(f, "evidence", "") or "") for f in findings if getattr(f, "code", "") == "not-recorded-information"]
    out = []
    for question, kind in asked:
        low = norm(question)
        if any(e and (e in low or low in e or e[:60] == low[:60]) for e in flagged):
            continue
        out.append(Finding(code="not-recorded-information", severity="high", evidence=question.strip()[:160],
                           message=render("frames/unanswerable.j2", kind=kind, question=question.strip()[:160],
                                          left_out=kind != "why" if left_out is None else left_out).strip(),
                           suggestion=render("frames/unanswerable_fix.j2", kind=kind).strip()))
        flagged.append(low)
    return out


_MEASURE = re.compile(r"(?i)\bhow\s+(?:many|much|often|long)\b|\b(?:numbers?|totals?|amounts?|costs?|counts?|lists?|"
                      r"copy|copies|breakdown|statistics|figures?)\s+of\b|\bbroken\s+down\b|\bbreakdown\b|\btotal\b")


_TOPIC_AFTER = re.compile(r"(?i)^\W*(?:(?:that\s+)?(?:you|the\s+\w+)\s+(?:hold|holds|have|has|keep|keeps)\s+)?(?:about|on|"
                          r"regarding|relating\s+to|related\s+to|concerning|in\s+relation\s+to|to\s+do\s+with|around|of|for)\b")


def true_findings(framing: Framing, asked: list[str]) -> list:
    """FRAMING's findings less those the text shows are not true of what it ASKS (the questions askfoi read):
    - "vague-scope" ("all the information") raised on words that are in no question (the statutory preamble,
      "all the information to which I am entitled", a closing "any information would be appreciated") or in
      a question that names a measure and what it counts ("the number of ... broken down by ..."), or in a
      sentence that says of nothing what it is about, beside questions that do (the letter's preamble);
    - "no-time-period" when the text states a period (the letter's or a part's own)."""
    out = []
    low_asked = [q.lower() for q in asked] + [p.source.lower() for p in framing.parts if p.source]
    for finding in framing.findings:
        code = getattr(finding, "code", "")
        if code == "vague-scope":
            evidence = (getattr(finding, "evidence", "") or "").lower().strip(" .?!\"'")
            where = [q for q in low_asked if evidence and evidence in q]
            if not where or all(_MEASURE.search(q) for q in where):
                continue
            others = [p for p in framing.parts if p.source and p.source.lower() not in where]
            if others and not any(_TOPIC_AFTER.search(q[q.find(evidence) + len(evidence):]) for q in where):
                continue  # "all the information to which I am entitled", beside the questions that say what is asked
        if code == "no-time-period" and (framing.period or any(p.qualifiers.period for p in framing.parts)):
            continue
        out.append(finding)
    return out + unanswerable_findings(asked, out) + people_listed_findings(asked, out)


def on_letter_parts(framing: Framing) -> list:
    """FRAMING's findings judged on the letter it makes (fr11b): "too-many-questions" counts the letter's parts (not
    the list items, labels or question marks of the message: a heading, a definition or a band list is no part), and
    a finding about the whole request ("no-time-period") quotes the first part the letter asks, never the salutation,
    a heading or the story before it. A message asked back (no parts yet) has no letter to count: no
    "too-many-questions"; a subject access request is left as it is."""
    from askfoi.checks import Regime, parts_finding

    if framing.route == "sar":
        return list(framing.findings)
    if not framing.parts:
        return [f for f in framing.findings if getattr(f, "code", "") != "too-many-questions"]
    regime = {"EISR": Regime.EIR, "DPA-Part3": Regime.FOIA}.get(framing.regime) or Regime(framing.regime)
    name = framing.authority.name if framing.authority else None
    out = []
    for finding in framing.findings:
        code = getattr(finding, "code", "")
        if code == "too-many-questions":
            continue  # judged again below on the letter's own parts
        if code == "no-time-period":
            first = (framing.parts[0].source or framing.parts[0].text or "").strip()
            finding = finding.model_copy(update={"evidence": " ".join(first.split())[:120]}) if first else finding
        out.append(finding)
    many = parts_finding(len(framing.parts), name, regime)
    if many is not None:
        out.append(many)
    return out


# may be companies, or hold a public office whose acts are public (a councillor's vote): no private person's data
_FIRMS = frozenset("contractors consultants employers owners landlords members licensees councillors".split())


def people_listed_findings(asked: list[str], findings: list) -> list:
    """A "third-party-personal-data" finding for a question ASKED that wants a list or the identities of people
    ("a list of any journalists and lawyers subjected to surveillance"), not their number, unless FINDINGS
    already raise it. The nouns of people are askfoi's own (record_kinds.yaml people)."""
    from askfoi.checks import Finding

    if any(getattr(f, "code", "") == "third-party-personal-data" for f in findings):
        return []
    people = "|".join(re.escape(w) for w in sorted(_vocab().people - _FIRMS, key=len, reverse=True))
    listed = re.compile(rf"(?i)\b(?:list|identit(?:y|ies))\s+of\s+(?:all\s+|any\s+|the\s+|each\s+)?"
                        rf"(?:[\w'-]+\s+){{0,2}}?(?:{people})\b(?!\s+(?:who\s+)?(?:per|by|in\s+each)\b)")
    for question in asked:
        m = listed.search(question)
        if m and not _MEASURE.search(question[: m.start()] + question[m.start() + 4:m.end()]):
            return [Finding(code="third-party-personal-data", severity="high", evidence=m.group()[:160],
                            message=render("frames/people_listed.j2", evidence=m.group()).strip(),
                            suggestion=render("frames/people_listed_fix.j2").strip())]
    return []


def unanswerable_findings(asked: list[str], findings: list) -> list:
    """A "not-recorded-information" finding for each question ASKED that no record answers as asked, by its
    grammar (askfoi.why_records.unanswerable_kind: what would have happened, what someone is going to do, a
    view asked in the negative or a cause to be guessed), unless FINDINGS already flag that question."""
    from askfoi.why_records import unanswerable_kind

    return not_recorded_findings([(q, k) for q in asked if (k := unanswerable_kind(q))], findings, left_out=False)


_CALENDAR = re.compile(r"(?i)\b(?:1[89]|20)\d\d\b|\b(?:last|past|previous|this|current|since|between|from|to\s+date|"
                       r"january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|ago)\b")


def _restore_lengths(masked: str, question: str) -> str:
    """MASKED (a why question with its periods written as §PERIOD§) with each length put back as typed: a length
    ("over six months", "three weeks", "for 4 months": no date, year or "last"/"since") is what a why question
    complains of, never the period of the records, so taking it out would cut the clause ("why did it take to
    repair"). Unchanged when the periods of QUESTION do not line up with MASKED's marks."""
    if "\u00a7PERIOD\u00a7" not in masked:
        return masked
    originals = [question[a:b] for _, _, (a, b) in find_periods(question)]
    pieces = masked.split("\u00a7PERIOD\u00a7")
    if len(pieces) - 1 != len(originals):
        return masked
    out = pieces[0]
    for original, after in zip(originals, pieces[1:]):
        out += (original if not _CALENDAR.search(original) else "\u00a7PERIOD\u00a7") + after
    return out


_ARGUMENT = re.compile(r"(?i)\s*,?\s+(?:despite|in\s+spite\s+of|even\s+though|although|given\s+that|considering\s+that|"
                       r"bearing\s+in\s+mind|whereas|at\s+a\s+time\s+(?:when|of)|in\s+(?:these|this|such)\s+(?:times?|climate|"
                       r"day\s+and\s+age)\b)\b.*$")
_CONTRAST_WHEN = re.compile(r"(?i)\s*,?\s+when\s+(?P<rest>.+)$")
_CONTRAST_WORDS = re.compile(r"(?i)\b(?:only|no|not|never|n't|already|still|profit|surplus|loss|empty|nobody|hardly|"
                             r"barely|per\s+cent|percent)\b|[£%]|\d")


def argument_cut(phrase: str) -> str:
    """fr29b: PHRASE (what a why question's records are about) without the writer's argument after it: a concessive
    clause ("despite residents objecting", "even though ...") or a contrasting "when" clause ("when only well under one
    per cent of journeys are made by bicycle", "when it made a profit last year"). A short "when" that says when the
    thing happens ("why are the bins collected late when it snows") stays."""
    out = _ARGUMENT.sub("", phrase)
    m = _CONTRAST_WHEN.search(out)
    if m and m.start() and (len(m.group("rest").split()) >= 6 or _CONTRAST_WORDS.search(m.group("rest"))):
        out = out[:m.start()]
    out = out.rstrip(" ,;:")
    return out if len(out.split()) >= 2 else phrase


def why_frame(question: str, masked: str | None = None, found: AuthorityFound | None = None, *,
              after_part: bool = False) -> Frame | None:
    """A "why" / "what do you think" QUESTION as the records that would show the answer (kind "reasons",
    askfoi.why_records reads the clause); None when it asks no such question. MASKED: the question with
    the body written as §AUTH§ and its periods as §PERIOD§."""
    from askfoi.kept_questions import body_short
    from askfoi.why_records import points_outside, subject_intact, why_clause

    text = re.sub(r"(?i)\b(they|you)\b", lambda m: f"\u00a7{m.group(1).upper()}\u00a7",
                  _drop_fillers(masked if masked is not None else question))
    # "they" is the body only before what a body does; "you" stays "you" when the body has no short name
    text = _mask_generic(text).replace("\u00a7THEY\u00a7", "they").replace("\u00a7YOU\u00a7", "you")
    if found:  # the body named, wherever the message's masking left it (lead35: a town the body was only taken from,
        # "why is lanchester library only open ...", is a place: it stays)
        for name in {found.name} | ({found.from_text} if _named_as_itself(found) else set()) - {None, ""}:
            text = re.sub(rf"(?i)(?<![\w\u00a7])(?:the\s+)?{re.escape(name)}(?![\w\u00a7])", "\u00a7AUTH\u00a7", text)
    text = re.sub(r"(?i)^\W*(?:(?:can|could|would|will)\s+(?:\S+\s+){0,6}?)?(?:please\s+)?(?:explain|tell\s+(?:me|us))\s+(?=why\b|how\s+come\b)",
                  "", text)
    if not re.search(r"(?i)\b(?:why|how\s+come|justify|justification|reasons?\s+(?:for|behind)|rationale|think|opinion|views?|"
                     r"position|stance|believe|agree|consider)\b", text) or len(text.split()) > 45:
        return None  # not asked, or a long story around it: read elsewhere
    text = _restore_lengths(text, question)  # "why did it take over six months": the length is what is asked about
    text = re.sub(r"(?i)\s*,?\s*\b(?:in|during|for|over|since|from|between|throughout)?\s*(?:the\s+)?\u00a7PERIOD\u00a7", "", text)
    text = text.replace("\u00a7AUTHS\u00a7", "your")
    said = why_clause(text, body=body_short(found.name) if found else None)
    if said is not None and found and "\u00a7AUTH\u00a7" in said.phrase:  # the body named elsewhere than as the doer
        name = found.from_text if found.from_text and found.from_text != found.from_text.lower() else (found.from_text or found.name).title()
        said = said.model_copy(update={"phrase": said.phrase.replace("\u00a7AUTH\u00a7", name),
                                       "subject": said.subject.replace("\u00a7AUTH\u00a7", name)})
    if said is None or "\u00a7" in said.phrase:
        return None
    if said.mode != "whole":  # fr29b: "... when only one per cent of journeys are by bicycle": the writer's argument
        said = said.model_copy(update={"phrase": argument_cut(said.phrase), "subject": argument_cut(said.subject)})
    if not subject_intact(said, text, body_short(found.name) if found else None) \
            or said.phrase.count("(") != said.phrase.count(")") or said.phrase.count("[") != said.phrase.count("]"):
        # (fr12: a clause cut inside a bracket, "why they were excluded (i.": the question is kept whole)
        said = said.model_copy(update={"mode": "whole"})  # ifm1: a subject that cannot be taken whole keeps the question whole
    if said.mode != "whole" and (points_outside(said.phrase) or re.search(r"(?i)\bthe\s+above\b", said.phrase)
                                 or re.match(r"(?i)why\s+(?:it|this|that)\s+(?:is|was|are|were|has|had|have|does|did|do|will|"
                                             r"would|can|could|should|cannot|seems?|appears?)\b(?!.*\bto\s+\w)", said.phrase)):
        if after_part:
            return None  # it points back at a part before it: read there (the decision, or kept with it)
        said = said.model_copy(update={"mode": "whole"})  # nothing before it to point at: kept whole
    if said.mode == "whole":
        whole = keep_words(question).text
        frame = Frame(kind="reasons", subject=whole, source=question, why=f"whole:{whole}")
    else:
        frame = Frame(kind="reasons", subject=said.subject, source=question, why=f"{said.mode}:{said.phrase}")
    frame.text = render_frame(frame)
    if said.mode != "whole" and text_problems(frame.text, None):
        whole = keep_words(question).text
        frame = Frame(kind="reasons", subject=whole, source=question, why=f"whole:{whole}")
        frame.text = render_frame(frame)
    return frame


def part_period(question: str, *, today: date | None = None, restated: dict[str, tuple[str, str]] | None = None) -> str | None:
    """The period QUESTION states for itself (the span of all it states: "in 2019 and in 2021"), else None.
    RESTATED: relative periods the whole message restates in dates (askfoi.periods.restated_periods)."""
    labels = list(dict.fromkeys((restated or {}).get(label, (label,))[0]
                                for label, _ in _spans(stated_periods(question, today=today))))
    return cover_period(labels) if labels else None


def _one_day_period(questions: list[str] | None, text: str, today: date | None) -> list[tuple[str, str, tuple[int, int]]]:
    """(ck21) The one day a text takes its figures on ("as at 31 March 2025"), as [(label, as written, span)], when it
    states no other period: a single day is a period of one day. Every question (when several) must take that day;
    one question's own stock date stays that part's. [] otherwise."""
    from askfoi.periods import point_in_time_days

    days = point_in_time_days(text, today=today)
    if len({label for label, _, _ in days}) != 1:
        return []
    asked = [q for q in questions or [] if q and q.strip()]
    if len(asked) > 1 and not all(point_in_time_days(q, today=today) for q in asked):
        return []
    return days[:1]


def letter_period(questions: list[str], text: str, *, today: date | None = None) -> tuple[str | None, str | None]:
    """(label, as written) of the period a letter states once, from what the text says, never a default:
    the period the questions state (the span that covers them when they differ); with a question that
    states none, a period the text states outside its questions ("For the period 2010 to date." over the
    list) is covered too; with no question stating one, the periods the text states; (None, None) when
    the text states none. An open period ("since 2000", "2015 to date", "the last three financial years")
    is the span it means on the request date (askfoi.periods)."""
    restated = restated_periods(text, today=today)
    asked = [[restated.get(label, (label, w)) for label, w in _spans(stated_periods(q, today=today))
              if not dates_event(q, w)] for q in questions]  # fr26: "Following the closure last summer, ...": the event's date
    found = [x for one in asked for x in one]
    own = [k for k, one in enumerate(asked) if one]
    lead_in = any(re.search(r"[:;]\s*\S", questions[k][questions[k].find(w) + len(w):]) or _period_note(questions[k], w)
                  or _period_closes_list(text, questions, k, w)
                  for k in own for _, w in asked[k] if w in questions[k])  # "For each of the last five years, please provide: a. ..."
    if found and 1 < len(questions) and len(own) < len(questions) and not lead_in and (
            (own[0] > 0 and 2 * len(own) < len(questions)) or all(_one_day(label) for label, _ in found)):
        # fr10c: a period only a later question or a few questions state ("Did he tell his manager about the match in
        # December 2015?"), or a single day (a meeting's date), is those questions' own: each part keeps it, and the
        # letter states only a period written outside the questions
        return _outside_period(text, [q for q in questions if q], today)
    if not found:  # no question states one: the periods the text states outside the person's story, in a
        # sentence that asks or that only notes the period (fr9c: "This year has been truly awful.", "allowances cost
        # £244,920 last year" are the story's dates)
        found = _spans([(label, w, span) for label, w, span in stated_periods(text, today=today)
                        if not _told(_sentence_at(text, span)) and _asks_or_notes(_sentence_at(text, span), w)
                        and not dates_event(_sentence_at(text, span), w)])  # fr26: "following the closure last summer, .."
    labels = list(dict.fromkeys(label for label, _ in found))
    if not labels:
        day = _one_day_period(questions, text, today)
        return (day[0][0], day[0][1]) if day else (None, None)
    if len(labels) == 1:
        return labels[0], found[0][1]
    cover = cover_period(labels)
    span = label_span(cover)
    if span is not None and today is not None and span[1] > today:  # records cannot run past the request date
        cover = label_for(span[0], today)
    return cover, cover


def _period_closes_list(text: str, questions: list[str], k: int, written: str) -> bool:
    """lead56: "how many fines were given out, how many were paid and how many went to court, for each of the last five
    years": a period set off by a comma at the end of the last of several questions typed as one sentence closes the
    whole list, never that question alone. K: the question that states it; WRITTEN: the period as written."""
    if k != len(questions) - 1 or k == 0:
        return False
    question = questions[k].rstrip(" ?.!")
    at = question.rfind(written)
    tail = question[at + len(written):].strip(" ,")
    if at < 0 or (tail and not re.fullmatch(r"(?i)(?:please|thanks|thank\s+you)", tail)) \
            or not re.search(r",\s*(?:(?:for|over|in|during|covering|from)\b[^,]*)?$", question[:at]):
        return False
    where = text.find(written)
    sentence = _sentence_at(text, (where, where + len(written))) if where >= 0 else ""
    return bool(sentence) and _overlaps(questions[0], sentence)


def _period_note(question: str, written: str) -> bool:
    """The sentence of QUESTION that holds the period WRITTEN only notes it, as a heading over what follows ("For each
    fiscal year from 2003 to 2018 (April to March each year)."): a preposition, the period and at most a few words."""
    at = question.find(written)
    start = max(question.rfind(c, 0, at) for c in ".;:?!") + 1
    ends = [e for e in (question.find(c, at + len(written)) for c in ".;?!") if e >= 0]
    sentence = question[start:min(ends) if ends else len(question)].replace(written, " ")
    sentence = re.sub(r"\([^)]*\)", " ", sentence)
    words = re.findall(r"[A-Za-z]+", sentence)
    return bool(re.match(r"(?i)\W*(?:for|during|over|covering|between|from|in)\b", sentence)) and len(words) <= 5


def _one_day(label: str) -> bool:
    span = label_span(label)
    return span is not None and span[0] == span[1]


def _outside_period(text: str, questions: list[str], today: date | None) -> tuple[str | None, str | None]:
    """The period TEXT states in a sentence that asks or only notes it, outside every one of QUESTIONS (fr10c)."""
    found = _spans([(label, w, span) for label, w, span in stated_periods(text, today=today)
                    if not _told(_sentence_at(text, span)) and _asks_or_notes(_sentence_at(text, span), w)
                    and not dates_event(_sentence_at(text, span), w)
                    and not any(_overlaps(_sentence_at(text, span), q) for q in questions)])
    labels = list(dict.fromkeys(label for label, _ in found))
    if len(labels) != 1:
        return None, None
    return labels[0], found[0][1]


def _overlaps(sentence: str, question: str) -> bool:
    """SENTENCE and QUESTION share most of their words (a question is a sentence of the text, tidied)."""
    a, b = set(re.findall(r"[a-z0-9]+", sentence.lower())), set(re.findall(r"[a-z0-9]+", question.lower()))
    return bool(a) and len(a & b) >= 0.6 * len(a)


def _asks_or_notes(sentence: str, written: str) -> bool:
    """SENTENCE, which holds the period WRITTEN, asks for something or only notes the period ("For the period 2010
    to date.", "Timeframe: 2019 onwards")."""
    if "?" in sentence or _ASKING.search(sentence) or sentence_mood(sentence) is not None:
        return True
    if re.search(r"(?i)\b(?:pertains?|relates?|refers?|appl(?:y|ies)|covers?|concerns?)\s+(?:only\s+|solely\s+)?(?:to\s+)?"
                 + re.escape(written), sentence) and re.match(r"(?i)\W*(?:these|they|this|all|each|every|my|the)\b", sentence):
        return True  # fx43: "These all pertain to 2008 - 9 years ago - for the entire year": what the questions cover
    rest = re.findall(r"[A-Za-z]+", sentence.replace(written, " "))
    verb = any(w.lower() in ("is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "did")
               or len(w) > 4 and w.lower().endswith("ed") for w in rest)
    return (len(rest) <= 6 and not verb) or bool(re.match(r"(?i)\W*(?:for|from|covering|between|during|in\s+respect\s+of|over|within|"
                                          r"(?:the\s+)?(?:time\s+)?(?:period|timeframe|time\s+frame))\b", sentence))


def _told(sentence: str) -> bool:
    """SENTENCE tells what was done ("In May 2023 a matter was raised", "advice was provided on 1 May") and
    asks nothing: its date is an event of the story, not the period of the records."""
    return "?" not in sentence and not _ASKING.search(sentence) and bool(
        re.search(r"(?i)\b(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?(?!\w+ing\b)\w+(?:ed|en|wn|ld|lt|id|ne|de|ht)\b", sentence))


def _spans(found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str]]:
    """(label, as written) of each period, leaving out a single day beside a longer period (a deadline or
    a date something was sent: "submitted by 19 April 2011"), which is no period of the records."""
    longer = [x for x in found if " to " in x[0]]
    return [(label, w) for label, w, _ in (longer or found)]


def _sentence_at(text: str, span: tuple[int, int]) -> str:
    start = max(text.rfind(c, 0, span[0]) for c in ".?!\n") + 1
    ends = [k for k in (text.find(c, span[1]) for c in ".?!\n") if k >= 0]
    return text[start: min(ends) + 1 if ends else len(text)].strip()


_BREAKDOWN_ONLY = frozenset("please provide give send the this these that those it them figures figure data numbers "
                            "number information statistics stats totals and also can could you would i like all be "
                            "broken down split break breakdown separate separately out".split())
_FOR_EACH = re.compile(r"(?i)^\W*(?:and\s+)?(?:for|of)\s+each\s+(?:of\s+(?:the\s+above|these|those|them|the\s+\w+)|(?:such\s+)?(?P<noun>[a-z]+))"
                       r"\s*,?\s*(?:please\s+(?:provide|state|give|list)\s+)?(?P<detail>(?:the\s+)?[a-z].*?)\W*$")
_MEASURES = frozenset({"total_spend", "income", "figure"})
_GIVE_FIELDS = re.compile(r"(?i)^\W*(?:and\s+)?(?:please\s+|could\s+you\s+(?:please\s+)?|can\s+you\s+(?:please\s+)?)?"
                          r"(?:give|provide|include|list|supply|state|send)(?:\s+(?:me|us))?(?:\s+(?:the\s+)?following)?\s*:\s*(?P<fields>\S.*?)\W*$")
_OF_THAT_RE = re.compile(
    r"(?i)^\W*(?:and\s+)?(?:please\s+)?(?:how\s+much|what)\s+(?:money\s+)?of\s+(?:that|this|it|the\s+total|which)\s+(?:money\s+)?"
    r"(?:(?P<be>was|were|is|are|has\s+been|had\s+been)\s+(?:(?:spent|paid|used|made|raised)\s+)?|(?P<verb>[a-z]+)\s+)?"
    r"(?P<prep>on|for|to|from|in|with|by|at|through)\s+(?P<obj>.+?)\W*$")


def _of_that(question: str, masked: str, root: Frame) -> Frame | None:
    """"how much of that was on informants in protest groups" after a sum asked for: the same sum, narrowed
    ("The total amount spent on covert informants in protest groups, broken down by year."). The earlier
    frame's subject, breakdown and place are kept; the part names what "that" is. None when QUESTION is not
    such a narrowing or the earlier sum has no subject."""
    done = _OF_THAT_DONE.match(_drop_fillers(masked))
    if done and root.subject and "\u00a7" not in done.group("who") and _verb_lemmas(done.group("act")):
        # "how much of this did the clubs pay back": the part of the sum they paid back
        from lemminflect import getInflection

        act = done.group("act").lower()
        past = (getInflection(_verb_lemmas(act)[0], "VBD") or [act])[0]
        new = root.model_copy(deep=True)
        new.source, new.warning, new.sections, new.replacements = question, None, [], []
        new.qualifiers.period, new.kept_words = None, False
        who = re.sub(r"(?i)^(?:the\s+)?", "the ", done.group("who").strip())
        new.clause = " ".join(x for x in ("that", who, past, (done.group("part") or "").lower()) if x)
        return new
    m = _OF_THAT_RE.match(_drop_fillers(masked))
    if m is None or not root.subject:
        return None
    obj = re.sub(r"\s*\u00a7(?:PERIOD|AUTHS?)\u00a7\s*", " ", m.group("obj")).strip(" ,.?")
    obj = re.sub(r"(?i)^(?:the|any)\s+", "", obj)
    if not obj or not re.search(r"[a-z]{3}", obj):
        return None
    obj = capitalise_names(obj) or obj
    root_words = root.subject.split()
    words = obj.split()
    head = root_words[-1].lower()  # "informants" of "covert informants": the same things, named again
    shared = next((k for k, w in enumerate(words[:3]) if _lemmas(w.lower()) & _lemmas(head)), None)
    new = root.model_copy(deep=True)
    new.source, new.warning, new.sections, new.replacements = question, None, [], []
    new.qualifiers.period, new.kept_words = None, False
    if shared is not None:  # "informants in climate protest groups": the earlier "covert informants", narrowed
        new.subject = " ".join(root_words + words[shared + 1:])
        new.clause = ""
    elif m.group("verb") and m.group("verb").lower() not in _AUX:
        new.clause = f"that {m.group('verb').lower()} {m.group('prep').lower()} {obj}"  # "that went to private landlords"
    else:
        new.clause = f"relating to {obj}"
    return new


_YEAR_BEFORE = re.compile(r"(?i)(?:in\s+|for\s+)?(?:the\s+)?(?:(?:financial\s+|calendar\s+)?year\s+before(?:\s+that)?|previous\s+(?:financial\s+|calendar\s+)?year)")
_OF_THAT_DONE = re.compile(
    r"(?i)^\W*(?:and\s+)?(?:how\s+much|what)\s+(?:money\s+)?of\s+(?:that|this|it|the\s+total)\s+(?:money\s+)?(?:did|has|have|do|does|will)\s+"
    r"(?P<who>(?:the\s+)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s+(?P<act>[a-z]+)(?:\s+(?P<part>back|out|off|up|over))?\W*$")
_GAP_RE = re.compile(r"(?i)^\W*(?:and\s+)?(?:(?:what|how)\s+about\s+|how\s+(?:much|many)\s+(?:money\s+)?(?:was\s+|were\s+)?)?"
                     r"(?P<prep>on|for|to|from|at|with)\s+(?P<obj>(?!(?:them|it|those|these|that|this|average|each|every)\b)"
                     r"(?:(?!\b(?:how|what|which|who|why|when|where|whether|did|does|do|was|were|is|are|has|have)\b)[^?.!,;:])+?)\W*$")
_NP_STOP = frozenset("each every per in during since between from by at over across within and or last this in".split())


def _fill_gap(question: str, earlier: str) -> str:
    """"and how much on private ambulances" after "how much did the trust spend on taxis each month in 2024":
    the earlier question with the thing after the same preposition replaced ("how much did the trust spend on
    private ambulances each month in 2024"); QUESTION as it is when it is not such a gap or the earlier
    question has no such preposition."""
    if not earlier:
        return question
    alone = re.fullmatch(r"(?i)\W*(?:and\s+)?(?:(?:what|how)\s+about\s+)?(?:how\s+much\s+|how\s+many\s+)?(.+?)\W*",
                         strip_opener(question).strip())
    before = find_periods(earlier)
    if alone and before and _YEAR_BEFORE.fullmatch(alone.group(1)):
        # "and how much the year before": the same question for the year before the one it named
        from askfoi.periods import label_for, parse_period

        span = parse_period(before[0][0])
        if span is not None:
            try:
                start, end = span.start.replace(year=span.start.year - 1), span.end.replace(year=span.end.year - 1)
            except ValueError:  # 29 February
                start, end = span.start.replace(year=span.start.year - 1, day=28), span.end.replace(year=span.end.year - 1, day=28)
            s0, s1 = before[0][2]
            return earlier[:s0] + f"from {label_for(start, end)}" + earlier[s1:]
    said = find_periods(alone.group(1)) if alone else []
    if said and before and said[0][2][1] == len(alone.group(1)) and not alone.group(1)[: said[0][2][0]].strip():
        # "and in 2024?" after "what did it cost to run the helicopter in 2023": the same question, another period
        start, end = before[0][2]
        new = alone.group(1).strip()
        prep = re.match(r"(?i)(in|for|during|over|between|from|since)\s", earlier[start:end])
        if prep and not re.match(r"(?i)(?:in|for|during|over|between|from|since)\s", new):
            new = f"{prep.group(1)} {new}"  # "what about 2024" -> "in 2024"
        return earlier[:start] + new + earlier[end:]
    m = _GAP_RE.match(strip_opener(question).strip())
    if m is None:
        return question
    prep = m.group("prep").lower()
    toks = list(re.finditer(r"[\w&'\u2019-]+|[^\w\s]", earlier))
    at = max((k for k, t in enumerate(toks) if t.group().lower() == prep and k + 1 < len(toks)), default=None)
    if at is None:
        return question
    end = at + 1
    while end < len(toks) and re.match(r"[\w&'\u2019-]", toks[end].group()) and \
            (end == at + 1 or toks[end].group().lower() not in _NP_STOP) and not re.fullmatch(r"(?:19|20)\d\d", toks[end].group()):
        end += 1
    start_char, end_char = toks[at + 1].start(), toks[end - 1].end()
    return earlier[:start_char] + m.group("obj").strip() + earlier[end_char:]


_DEMONSTRATIVE = re.compile(r"(?i)\b(?:these|those|the\s+above|said|the\s+same|such)\s+([a-z]+)\b")
_OBJECT_PRONOUN = re.compile(r"(?i)\b(to|from|for|on|about|with|into|against|of|behind)\s+(it|them)\b(?!\s+(?:were|was|are|is|had|have|who|that))")
_SUBJECT_THEY = re.compile(r"(?i)\b(were|are|have|had|did|do)\s+they\b")
# "spent repairing them", "the cost of maintaining it": the object of a verb in -ing
_GERUND_OBJECT = re.compile(r"(?i)\b([a-z]{3,}ing)\s+(it|them)\b(?!\s+(?:were|was|are|is|had|have|who|that))")
_SUBJECT_IT = re.compile(r"(?i)\b(was|is|will|would|has|had|did|does|can|could)\s+it\b(?!\s+(?:take|cost|mean|matter|seem|appear|possible|likely|true|known)\b)")


_SUBJECT_PRONOUN_AUX = re.compile(r"(?i)\b(did|do|does|have|has|had|will|would|can|could)\s+(they|it)\b")
_DOER_AUX = re.compile(r"(?i)\b(?:did|do|does|has|have|had|will|would|can|could)\s+")


def _earlier_doer(source: str, subject: str) -> str | None:
    """lead33: the doer of the question SOURCE when it counts or sums SUBJECT as the object of someone else's verb
    ("how many complaints did Thames Water receive": "Thames Water"; "how much did the council spend on X": "the
    council"), else None. A subject pronoun of the next question means this doer (the subject carries on), never the
    thing counted; a doer that is itself a pronoun ("did they receive") is no name to write."""
    head = (_head_noun(subject) or "").lower()
    m = re.search(r"(?i)\bhow\s+(?:many|much)\b", source)
    if not m or not head or head in _vocab().people:
        return None  # people counted ("how many families did the council house ... how long have they been there")
    rest = source[m.end():]
    aux = _DOER_AUX.search(rest)
    if not aux or head not in rest[:aux.start()].lower() and not re.match(r"(?i)\s*$", rest[:aux.start()]):
        return None
    words = re.findall(r"[A-Za-z][\w'&-]*", rest[aux.end():])[:6]
    if not words or words[0].lower() in ("they", "it", "you", "we", "i", "there", "he", "she"):
        return None
    bodies = _body_words()
    ends = [j for j, w in enumerate(words[:5]) if w.lower() in bodies or w[:1].isupper() and j]
    if not ends and words[0][:1].isupper():
        ends = [0]
    j = next((k for k in reversed(ends) if k + 1 < len(words) and verb_lemma(words[k + 1])), None)
    if j is None or any(w.lower() == head for w in words[:j + 1]):
        return None
    np = words[:j + 1]
    if np[0].lower() not in ("the", "a", "an") and any(w.islower() for w in np):
        np = [w[:1].upper() + w[1:] for w in np]  # "essex police": a name typed in lower case
    return " ".join(np)


@functools.lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Nouns that name an organisation as a doer (story_antecedents.yaml and pronoun_roles.yaml bodies)."""
    out: set[str] = set()
    for name in ("story_antecedents", "pronoun_roles"):
        data, _ = load_vocab(name)
        out |= {str(w).lower() for w in (data or {}).get("bodies") or []}
    return frozenset(out | {"water", "transport", "police"})


def _doer_aux(aux: str, doer: str) -> str:
    """AUX before the DOER it now stands before ("have they" -> "has Thames Water")."""
    fixed = {"have": "has", "do": "does"}.get(aux.lower(), aux) if not is_plural(doer) else aux
    return fixed[:1].upper() + fixed[1:] if aux[:1].isupper() else fixed


_FROM_IT = re.compile(r"(?i)\b(came|come|comes|resulted|result|results|followed|arose|led|flowed)\s+(from|of|out\s+of)\s+it\b")


def _one_noun(word: str) -> bool:
    """WORD is a noun whose own lemma it is ("asbestos", "damp"), never a plural ("limits")."""
    from lemminflect import getAllLemmas

    return word in (getAllLemmas(word).get("NOUN") or ())


def _held_thing_it(question: str, previous: Frame | None) -> str:
    """sq101 (nc100 j6): "how many schools still have raac concrete, and how much have they given councils to fix it":
    an "it" that something is done to ("to fix it", "removing it"), after a count of things that have something ("schools
    with RAAC concrete"), is that something - the things counted are "they", never "it". QUESTION unchanged when the
    count before is of no plural things, its clause names nothing held, or "it" is no object of a verb."""
    if previous is None or previous.kept_words or previous.kind not in ("count", "statistics") \
            or not is_plural(previous.subject or ""):
        return question
    held = re.fullmatch(r"(?i)with\s+(?:the\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})", (previous.clause or "").strip())
    last = held.group(1).split()[-1].lower() if held else ""
    if held is None or re.search(r"(?i)\b(?:a|an|it|they|them|this|that|these|those|and|or)\b", held.group(1)) \
            or is_plural(held.group(1)) and not _one_noun(last):  # ("asbestos" is one thing)
        return question
    its = list(re.finditer(r"(?i)\b([a-z]+)\s+it\b(?!\s+(?:is|was|has|had|will|cost|costs|take|takes|took)\b)", question))
    if len(its) != 1 or len(re.findall(r"(?i)\bit\b", question)) != 1:
        return question
    verb = its[0].group(1).lower()
    if not (_can_be_verb(verb) or verb.endswith("ing")) or verb in _PREPS | {"is", "was", "did", "does", "do", "has", "have"}:
        return question
    return question[: its[0].end(1)] + " " + held.group(1) + question[its[0].end():]


def _use_antecedent(question: str, parts: list) -> str:
    """lead35: "does the met use facial recognition vans ... how many arrests came from it": an "it" that results come
    from, after a question about using something, is that use ("came from the use of facial recognition vans"); the
    question unchanged when no earlier part asks about a use or the "it" is not what something came from."""
    m = _FROM_IT.search(question)
    used = next((p for p in reversed(parts) if p.kind == "use" and p.subject and not p.kept_words), None)
    if m is None or used is None:
        return question
    where = f" {used.qualifiers.place_prep or 'in'} {used.qualifiers.place}" if used.qualifiers.place else ""
    return f"{question[:m.start()]}{m.group(1)} {m.group(2)} the use of {used.subject}{where}{question[m.end():]}"


_COMPARED_KINDS = frozenset(("count", "total_spend", "statistics", "figure", "income", "savings"))


def _compared_parts(framing: Framing, today: date | None) -> None:
    """lead35 (askfoi/comparisons.py): a part comparing two things becomes a part for each, in the same frame; a part
    comparing two times asks for the figure for each year between them (the request's period widened to cover them).
    Changes FRAMING in place."""
    from askfoi import comparisons

    today = today or date.today()
    out: list[Frame] = []
    for part in framing.parts:
        out.append(part)
        if part.kept_words or not part.subject or part.warning or part.kind not in _COMPARED_KINDS:
            continue  # (a why, a policy, a contract: "why was it used as opposed to a patrol car" compares no figures)
        for field in ("subject", "clause"):
            said = getattr(part, field) or ""
            if field == "clause" and re.fullmatch(r"(?i)(?:when\s+|as\s+)?compared(?:\s+(?:to|with))?", said.strip()):
                # nx88: "how many complaints this year compared to last year": the period finder took both times; the
                # word left is no clause ("complaints compared"): each year's figure
                part.clause = ""
                part.qualifiers.breakdown = part.qualifiers.breakdown or "year"
                part.text = render_frame(part)
                break
            c = comparisons.read(said)
            if c is None:
                continue
            before = part.text
            side = comparisons.subject_side(part.subject, c) if field == "clause" else None
            if side is not None:
                # lead43: "black people searched compared to white people (who found nothing)": the second side names
                # another group of the subject's kind, so the subject is compared, each with the whole clause
                part.clause = side[1]
                other = part.model_copy(deep=True)
                other.subject = side[0]
                other.text = render_frame(other)
                if other.text and other.text != render_frame(part):
                    out.append(other)
                part.text = render_frame(part)
                for f in framing.findings:
                    if before and before in (getattr(f, "message", "") or ""):
                        f.message = f.message.replace(before, part.text)
                break
            setattr(part, field, c.first)
            if c.second is not None:
                other = part.model_copy(deep=True)
                setattr(other, field, c.second if field == "subject" else comparisons.second_clause(c.first, c.second))
                other.text = render_frame(other)
                if other.text and other.text != render_frame(part):
                    out.append(other)
            else:
                span = comparisons.years_span(c, today, label_span(part.qualifiers.period or framing.period))
                april = bool(span) and span[0].month == 4
                if not part.qualifiers.breakdown:
                    part.qualifiers.breakdown = "financial year" if april else "year"
                if span is not None:
                    label = label_for(*span)
                    if part.qualifiers.period:
                        part.qualifiers.period = label
                    else:
                        framing.period, framing.period_text = label, None
                        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "no-time-period"]
            part.text = render_frame(part)
            for f in framing.findings:  # what a finding quotes of the part is the part as it now reads
                if before and before in (getattr(f, "message", "") or ""):
                    f.message = f.message.replace(before, part.text)
            break
    framing.parts = out


_PEOPLE_HEADS = frozenset("people persons children pupils patients residents tenants families households adults "
                          "students prisoners detainees households".split())


# lead50 (nc64 #3): a question of its own of another kind ("how much it is costing the council": a sum) after a part
# kept whole ("the emissions monitoring data and plans") is never joined to it: two asks, two parts
_WH_OWN_ASK = re.compile(r"(?i)\W*(?:and\s+)?(?:how\s+(?:much|many|long|often)|who|what|when|where|which)\s+\w+\s+\w+")


_YES_NO_THING = "\u2063yes-no thing"  # lead51: the head of the frame that stands for what a yes/no question asks about


def _resolve_references(question: str, previous: Frame, *, counts: bool = False) -> str:
    """QUESTION with its pointers written out from PREVIOUS (`_resolve_outside`), never inside a bracketed aside
    (lead50, nc61 #3: "(was it a consultant?)" is the person's aside, its "it" theirs)."""
    asides = re.findall(r"\([^()]*\)", question or "")
    if not asides:
        return _resolve_outside(question, previous, counts=counts)
    masked = question
    for k, a in enumerate(asides):
        masked = masked.replace(a, f"\u2063{k}\u2063", 1)
    out = _resolve_outside(masked, previous, counts=counts)
    for k, a in enumerate(asides):
        out = out.replace(f"\u2063{k}\u2063", a, 1)
    return out if "\u2063" not in out else question


def _resolve_outside(question: str, previous: Frame, *, counts: bool = False) -> str:
    """QUESTION with what it points back to written out from the earlier frame: "these trials" -> "the trials
    of live facial recognition", "the delays to it" -> "the delays to the new bridge", "where were they
    moved" -> "where were the asylum seekers moved". A pronoun is replaced only when the earlier subject
    agrees in number; QUESTION is unchanged when nothing points back or nothing fits."""
    subject = previous.subject
    if not subject or previous.kind == "personal_data" or subject_problems(subject):
        return question
    if previous.head == _YES_NO_THING and any(role_at(question, m.start()) in ("agent", "either")
                                               for m in re.finditer(r"(?i)\b(?:they|it)\b", question)):
        return question  # lead51: "have they been monitoring X" after "do they have IMSI catchers": the body acts
    if (_head_noun(subject) or "").lower() in _TIME_WORDS:
        return question  # fr15a: "for a number of years the council ...": a pronoun never means the years
    from askfoi.part_references import _kind_of

    kinds_of = _kind_of(subject)
    if kinds_of:  # nx98: "what types of drones ... what are they used for": "they" are the drones, never the types
        subject = re.sub(r"(?i)^the\s+", "", kinds_of)
    plural = is_plural(subject)
    if plural and (_head_noun(subject) or "").lower() not in _PEOPLE_HEADS | _vocab().people:
        # nx100 (nc99 j10): "how many tribunal appeals did parents win against them" after a count of EHCPs: the one a
        # party wins against, sues or takes to court is a party - the body the letter goes to - never the things counted
        question = _contested_them(question)
    said = previous.source or ""
    # lead40: a thing the person named with no determiner ("does the force use facial recognition") is written back as
    # they named it ("spent on facial recognition"), never "the facial recognition"; a count noun keeps "the"
    bare = not plural and re.search(rf"(?i)(?<![\w'-]){re.escape(subject)}(?![\w-])", said) is not None \
        and re.search(rf"(?i)\b(?:a|an|the|this|that|these|those|my|our|their|its|his|her|your|each|every|any)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}{re.escape(subject)}(?![\w-])", said) is None
    the = subject if subject[:1].isupper() or bare else f"the {subject}"
    act = re.match(r"(?i)([a-z]+ing)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+)(?:\s+(?:%s)\b.*)?$" % "|".join(sorted(_PREPS)), subject)
    if act and not _noun(act.group(1).lower()) and _can_be_verb(act.group(1).lower()) \
            and not (set(act.group(2).lower().split()) & (_PREPS | {"the", "a", "an", "this", "that", "these", "those"})):
        # lead57: an act asked about ("the policy on removing travellers from parks"): "them" is what it is done to
        # ("evict them" -> "the travellers"), "it" the act itself as typed - never "the removing travellers ..."
        its = re.sub(r"(?i)\bit\s+(?=(?:cost|costs|take|takes|took|is|was|be)\b)", "", question)  # "did it cost": no pointer
        if re.search(r"(?i)\bthem\b", question) and not re.search(r"(?i)\bit\b", its) and is_plural(act.group(2)):
            subject, the, plural = act.group(2), f"the {act.group(2)}", True
            question = re.sub(r"(?i)\b(to\s+[a-z]+)\s+them\b", lambda m: f"{m.group(1)} {the}", question)
        elif re.search(r"(?i)\bit\b", its) and not re.search(r"(?i)\bthem\b", question):
            the, plural = subject, False
        else:
            return question
    clause = (previous.clause or "").strip()
    verb = clause.split()[1].lower() if len(clause.split()) > 1 else ""
    asked = set().union(*(_lemmas(w) for w in re.findall(r"[a-z]+", question.lower()))) if question else set()
    if clause and re.match(r"(?i)(?:who|that)\s+\w+", clause) and not re.search(r"(?i)\b(?:they|them|their|it)\b", clause) \
            and not (_lemmas(verb) & asked):  # "where did they die" after "sleepers who died": the verb is the question's own
        the = f"{the} {clause}"  # fx43: "what did they say" after "people who responded to the consultation": the whole antecedent
    elif clause and subject.lower() in _PEOPLE_HEADS and re.match(r"(?i)(?:on|in|at|waiting|living|placed|held|kept|"
                                                                   r"registered|sleeping|staying)\b", clause) \
            and not re.search(r"(?i)\b(?:they|them|their|it)\b", clause) and not (_lemmas(verb) & asked):
        # lead44 (nc49 #11): "how long do they wait" after "how many people are on the housing waiting list": the people
        # of the count are who they are by its clause ("the people on the housing waiting list"), never "the people"
        the = f"{the} {clause}"
    subject_lemmas = set().union(*(_lemmas(w.lower()) for w in subject.split()))

    def demonstrative(m: re.Match[str]) -> str:
        if not counts and re.search(r"(?i)\bhow\s+(?:many|much)\s+of\s+$", question[: m.start()]):
            return m.group()  # "how many of those audits found ...": a frame reads it as the earlier count, narrowed
        if not _lemmas(m.group(1).lower()) & subject_lemmas:
            return m.group()
        # fr20a: the earlier question names two things of that kind ("the contract for grass cutting and the contract
        # for street cleaning"): "these contracts" is not the one subject its frame kept; left for the person
        return the if one_antecedent(previous.source or previous.text, m.group(1)) else m.group()

    out = _DEMONSTRATIVE.sub(demonstrative, question)
    if counts or not re.match(r"(?i)\W*(?:and\s+)?how\s+(?:many|much)\s+of\s+(?:them|it|those|these)\b", out):
        # COUNTS: "how many of them" in a question kept whole (a frame reads it as the earlier count, narrowed)
        condition = re.fullmatch(r"(?i)(?:with|having|affected\s+by|suffering\s+from)\s+(?!(?:a|an|the|some|any|no)\b)(.+)", clause)
        if plural and condition and not re.search(r"(?i)\b(?:they|them|it|its|their)\b|\d", condition.group(1)) \
                and not is_plural(condition.group(1)):
            # lead57: "how many flats have damp and mould and how many complaints about it": "it" is the condition the
            # things counted have (bare, as typed), never those things (plural) nor nothing
            out = re.sub(r"(?i)\b(to|from|for|on|about|with|into|against|over|regarding)\s+it\b(?!\s+(?:was|is|has|had|does|did)\b)",
                         lambda m: f"{m.group(1)} {condition.group(1)}", out)
        out = _OBJECT_PRONOUN.sub(lambda m: f"{m.group(1)} {the}" if (m.group(2).lower() == "them") == plural
                                  else m.group(), out)
        out = _GERUND_OBJECT.sub(lambda m: f"{m.group(1)} {the}" if (m.group(2).lower() == "them") == plural
                                 and _can_be_verb(m.group(1)) else m.group(), out)
    if not plural and counts and previous.kind not in ("reasons", "responsibility"):
        # a question kept whole after a part about one thing: "where was it stored", "when will it be removed"
        out = _SUBJECT_IT.sub(lambda m: m.group() if agent_pronoun(out, m.end() - 2) else f"{m.group(1)} {the}", out, count=1)
    doer = _earlier_doer(previous.source or "", subject)
    if doer:  # lead33: "how many complaints did Thames Water receive ... how many times did they discharge"
        out = _SUBJECT_PRONOUN_AUX.sub(lambda m: m.group() if role_at(out, m.start(2)) == "thing"
                                       else f"{_doer_aux(m.group(1), doer)} {doer}", out)
    if plural and counts:  # a question kept whole: "where were they moved to" (a frame reads "they" itself)
        # fr14a: "what do they do", "have they made": the body doing it, never the things counted
        out = _SUBJECT_THEY.sub(lambda m: m.group() if agent_pronoun(out, m.end() - 4) else f"{m.group(1)} {the}", out)
        if counts:  # "to rehouse them" kept whole: "to rehouse the people ..."
            out = re.sub(r"(?i)\b(to\s+[a-z]+)\s+them\b", lambda m: f"{m.group(1)} {the}", out)
        if counts:  # "how many of them were hit by buses" kept whole: "how many of the cyclists ..."
            out = re.sub(r"(?i)\bof\s+(?:them|those|these)\b(?=\s+(?:were|was|are|is|have|has|had|did|do|who|that|which)\b|\W*$)",
                         f"of {the}", out)
    held = _held_object(question) if plural and (_head_noun(subject) or "").lower() not in _PEOPLE_HEADS | _vocab().people \
        else None
    if held is not None:
        # nx99: "do they use them to watch people", "what do they use them for" after "how many drones does the force
        # have": "they" is the body (the agent of a verb a body does to the things it holds), "them" those things
        out = question[:held.start("them")] + the + question[held.end("them"):]
        if held.group("who").lower() == "they":  # the body doing it, said as the body the letter goes to ("did you fly
            # the drones"), never left for a later reading to take as the things ("did the drones fly the drones")
            out = out[:held.start("who")] + ("You" if held.group("who")[:1].isupper() else "you") + out[held.end("who"):]
        return out
    if re.search(r"(?i)\bthey\b", question) and re.search(r"(?i)\bthem\b", question) \
            or out.lower().count(the.lower()) >= 2 > question.lower().count(the.lower()):
        return question  # "are they fining them": two pointers, two things; one thing never does it to itself
    return out


@functools.lru_cache(maxsize=1)
def _contest_pattern() -> re.Pattern[str] | None:
    """nx100: "them" as the other side of a contest (pronoun_roles.yaml contest_verbs, contest_nouns, contest_places):
    "win/lose/beat ... against them", "sue them", "take them to court", "claims against them"."""
    data, _ = load_vocab("pronoun_roles")
    data = data if isinstance(data, dict) else {}
    verbs = [str(w).lower() for w in data.get("contest_verbs") or []]
    nouns = [str(w).lower() for w in data.get("contest_nouns") or []]
    places = [str(w).lower() for w in data.get("contest_places") or []]
    if not verbs:
        return None
    from lemminflect import getAllInflections

    def forms(words: list[str]) -> str:
        out = set(words)
        for w in words:
            for group in getAllInflections(w.split()[-1]).values():
                out |= {" ".join([*w.split()[:-1], f]) for f in group}
        return "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in out), key=len, reverse=True))

    contest, noun = forms(verbs), forms(nouns) if nouns else "(?!)"
    place = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in places) or "(?!)"
    return re.compile(
        rf"(?i)\b(?:(?P<v>(?:{contest})\b(?:\s+[a-z']+){{0,4}}?\s+against)|(?P<n>(?:{noun})\b(?:\s+[a-z']+){{0,2}}?\s+against)"
        rf"|(?P<s>(?:{forms(['sue'])})))\s+them\b(?P<t>\s+to\s+(?:{place})\b)?"
        rf"|\b(?P<take>(?:{forms(['take'])}))\s+them\s+(?P<to>to\s+(?:{place})\b)")


def _contested_them(question: str) -> str:
    """nx100: QUESTION with a "them" that is the other side of a contest ("did parents win against them", "how many
    drivers sued them", "took them to court") written as "you": the body the letter goes to."""
    pattern = _contest_pattern()
    if pattern is None:
        return question

    def one(m: re.Match[str]) -> str:
        k = m.group().lower().rfind("them")
        return m.group()[:k] + "you" + m.group()[k + 4:]

    return pattern.sub(one, question)


@functools.lru_cache(maxsize=1)
def _held_verbs() -> frozenset[str]:
    data, _ = load_vocab("pronoun_roles")
    return frozenset(str(w).lower() for w in (data or {}).get("held_thing_verbs") or [])


def _held_object(question: str) -> re.Match[str] | None:
    """nx99: QUESTION's only pointers are a "they" or "you" that is the body, doing one of pronoun_roles.yaml's
    held_thing_verbs (use, deploy, fly, keep ...), and "them", its object: the match (group "them"), else None."""
    if len(re.findall(r"(?i)\b(?:they|them|it|you)\b", question)) != 2:
        return None
    if re.match(r"(?i)\W*how\s+many\b", question):
        return None  # merge fix (lead54): "how many times have they used them at protests": the count's own pointer
        # reading names the things with their place once ("... at protests at protests" otherwise)
    m = re.search(r"(?i)\b(?:do|does|did|will|would|can|could|have|has|are)\s+(?P<who>they|you)\s+(?:still\s+|ever\s+|currently\s+|"
                  r"actually\s+|also\s+|normally\s+)?(?P<verb>[a-z]+)\s+(?P<them>them)\b", question)
    if m is None or not set(_verb_lemmas(m.group("verb").lower())) & _held_verbs():
        return None
    if m.group("who").lower() == "they" and role_at(question, m.start("who")) != "agent":
        return None
    return m


_ELLIPTIC = re.compile(  # a question that leaves out what it is about: "how many were affordable", "whether any
    # were cancelled", "which streets had the most"
    r"(?i)^\W*(?:and\s+)?(?:(?:how\s+many|(?:please\s+confirm\s+)?(?:whether|if)\s+(?:any|some|none|all))\s+"
    r"(?:were|are|was|is|have|has|had|got|went)\b"
    # sq101 (nc100 j6): "how much have they given councils to fix it": money, asked with a doer and a verb of its own,
    # is a question of its own, never one that leaves out what it is about ("how much has been spent" still is)
    r"|how\s+much\s+(?:(?:were|are|was|is|got|went)\b|(?:have|has|had)\b"
    r"(?!\s+(?:they|you|u|we|he|she|the|your|their|its|our|\u00a7AUTH\u00a7)\s+[a-z]))"
    r"|.*\bthe\s+(?:most|least|highest|lowest|fewest)\W*$)")
_SAME_PERIOD = re.compile(r"(?i),?\s*\b(?:(?:in|during|for|over|across|within)\s+(?:the\s+)?(?:same|that|this)\s+(?:time\s+)?"
                          r"(?:period|timeframe|time|years?|months?|dates?)|(?:in\s+)?the\s+same\s+(?:period|years?|months?)|"
                          r"that\s+(?:year|month|period))\b")


def _other_item(framing: Framing, item_now, item_of: dict) -> bool:
    """fr12: the question being framed (its list item ITEM_NOW) and the part before it come from two different items
    of the letter's list (ITEM_OF: question -> item): the writer cut them apart, so they are never joined into one
    part ("3. The value of those fines outlined in point 2" stays item 3, written as its own part)."""
    if not item_now or not framing.parts:
        return False
    source = re.sub(r"\s+", " ", (framing.parts[-1].source or "").lower())
    earlier = [w for q, w in item_of.items()
               if (probe := re.sub(r"\s+", " ", strip_opener(q).lower())[:40].strip()) and probe in source]
    return bool(earlier) and earlier[-1] != item_now


_BARE_SAVED = re.compile(  # cx41: a savings question that names neither saver nor means ("how much was saved?")
    r"(?i)^\W*(?:(?:and|so|also|then)\s+)*how\s+much\s+(?:money\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|"
    r"will\s+be)\s+saved|(?:did|does|has|have|had|will|would)\s+(?:that|this|it|they|these|those|all\s+this)\s+(?:save|saved))"
    r"(?:\s+(?:in\s+total|altogether|overall|so\s+far|as\s+a\s+result|by\s+doing\s+(?:so|this|that)))?\W*$")
_COUNTED_ACT = re.compile(  # "how many libraries were closed", "how many toilets has swindon council closed"
    r"(?i)^\W*(?:(?:and|so|also)\s+)*how\s+many\s+(?P<things>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s+"
    r"(?P<aux>were|was|have\s+been|has\s+been|had\s+been|got|get|has|have|had|did)\s+(?P<rest>[a-z][\w\s'-]*)")


def _savings_of_act(question: str, previous: Frame | None) -> Frame | None:
    """cx41: "how much was saved?" after a part that counts things an act was done to ("how many libraries were
    closed in 2023?", "how many toilets has the council closed"): the savings made by that act ("The savings made by
    closing the libraries."), its place kept; None when the question names its own saver or means, or the part
    before tells no act."""
    if previous is None or not _BARE_SAVED.match(question or ""):
        return None
    from askfoi.informal_asks import _gerund

    m = _COUNTED_ACT.match(previous.source or "")
    if m is None:
        return None
    aux = m.group("aux").lower()
    words = re.findall(r"[a-z']+", m.group("rest").lower())
    # the act's verb: the word after a passive's "were"; after "has/had/did", the first verb after the doer (1-4 words)
    reach = words[:1] if aux in ("were", "was", "have been", "has been", "had been", "got", "get") else words[1:5]
    verb = next((w for w in reach if (_past_tense(w) or _is_past_participle(w) if aux != "did" else _base_verb(w))
                 and _gerund(w) and w not in ("been", "made", "had", "got", "given", "there")), None)
    things = m.group("things").strip()
    if verb is None or not things.endswith("s"):
        return None
    q = Qualifiers(place=previous.qualifiers.place, place_prep=previous.qualifiers.place_prep,
                   period=previous.qualifiers.period)
    frame = Frame(kind="savings", subject=f"{_gerund(verb)} the {things}", head="by ", source=question, qualifiers=q)
    frame.text = render_frame(frame)
    return frame if frame.text else None


# ny79 (nc79 #1): "those phone tracking things", "these speed camera gadgets": a demonstrative before a kind the person
# expects the reader to know (described, then a head noun that only names a sort of thing), never a pointer at the
# question before ("of those things", "those things" alone still point back)
_RECOGNITIONAL = re.compile(r"(?i)(?<!\bof\s)\b(?:these|those)\s+(?:[a-z-]+\s+){1,3}?(?:things?|thingies|thingys|stuff|gadgets?)\b")


def _join_referring(framing: Framing, question: str) -> bool:
    """"what were these trials' results?": a question that leans on the one before it ("these", "those",
    "them", "the above", "the same period") and cannot be framed on its own is kept whole with the part it
    refers back to, in the person's words, so the letter never says "these" about something it does not
    name. False (nothing done) when the question does not refer back or there is no part before it."""
    from askfoi.follow_on_parts import follow_on_kind

    if framing.parts and not framing.parts[-1].kept_words and framing.parts[-1].subject \
            and framing.parts[-1].kind in ("total_spend", "contracts") \
            and (follow_on_kind(strip_opener(question)) or ("",))[0] == "payee":
        return False  # fx42: "which firms got the most" after a spend: a part of its own (carry_follow_ons), never joined
    if framing.parts and _ELLIPTIC.match(question):
        pass  # "how many were affordable": the count leaves out what it counts, which the part before names
    elif not framing.parts or not _REFERS_BACK.search(strip_opener(question)):
        return False
    earlier = framing.parts[-1]
    said: set[str] = set()
    for w in re.findall(r"[a-z]+", f"{earlier.text} {earlier.source}".lower()):
        said |= _lemmas(w)
    named = [m.group(1).lower() for m in re.finditer(r"(?i)\b(?:these|those|the\s+above|said|aforementioned)\s+([a-z]+)", question)]
    if not _ELLIPTIC.match(question) and _RECOGNITIONAL.search(question):
        return False  # ny79 (nc79 #1): "do they use those phone tracking things": a kind the person knows, no pointer back
    if not _ELLIPTIC.match(question) and (not named or all(_lemmas(w) & said for w in named if w not in ("that", "which", "who"))):
        return False  # "those notices" right after the part about the notices: the letter names them (lead55: fx79's
        # bare-pointer join after a kept part is _follow_ups_of_kept's alone; here it glued "what is the policy on it" and
        # "please provide details of this" onto the part before)
    if not _ELLIPTIC.match(question) and named and re.search(r"(?i)\bthe\s+above\s+[a-z]", question):
        before: set[str] = set()
        for part in framing.parts[:-1]:
            for w in re.findall(r"[a-z]+", f"{part.text} {part.source}".lower()):
                before |= _lemmas(w)
        if all(_lemmas(w) & before for w in named):
            return False  # fr24b: "the above procedure" named two parts back: written out (part_pointers), never two asks in one
    first = earlier if earlier.kept_words else keep_words(earlier.source)
    framing.parts[-1] = earlier.model_copy(update={  # a covert warning on the earlier part stays with it
        "kind": "kept", "subject": None, "source": f"{earlier.source.rstrip()} {question.strip()}",
        "text": f"{first.text.rstrip()} {keep_words(question).text}", "kept_words": True})
    return True


_RECORD_NOUN = re.compile(
    r"(?i)^\W*(?:(?:a|an|the|any|all|copies\s+of|a\s+copy\s+of|details\s+of)\s+)(?:[\w'\u2019()-]+\s+){0,6}?"
    r"(?:number|numbers|total|amount|amounts|cost|costs|value|volume|locations?|dates?|names?|list|register|copy|copies|"
    r"policy|policies|procedures?|guidance|strategy|plans?|minutes|agendas?|reports?|briefings?|reviews?|audits?|"
    r"assessments?|surveys?|studies|evaluations?|correspondence|emails?|letters|contracts?|invoices|records?|data|"
    r"figures|statistics|breakdown|average|proportion|percentage|budgets?|income|expenditure|spend|length|duration)\b")


def _names_records(question: str) -> bool:
    """An item of a formal request that is a noun phrase naming the records it wants ("the annual running
    costs of the library", "any equality impact assessment carried out before ..."), not a question."""
    text = strip_opener(question).strip()
    return "?" not in text and bool(_RECORD_NOUN.match(text)) and len(re.findall(r"\w+", text)) >= 3 \
        and not is_statement(text)  # fr15b: "A report in The Times stated that ...": a statement, not a noun phrase


def _clear_question(question: str, found: AuthorityFound | None = None, *, follow_up: bool = False) -> bool:
    """A question clear enough to send as the person wrote it: not too vague (`_vague`), and it asks
    something ("how many ...", "what ...", "whether ...", a noun phrase naming what is wanted) rather
    than being a bare topic or a fragment that only makes sense with words that are not on the letter."""
    if _vague_marker(question):
        return False
    text = strip_opener(question).strip()
    if len(re.findall(r"[A-Za-z']+", text)) < 4:
        return False
    if _ASKS_SOMETHING.match(text):
        # "what were these trials' results?", not "what about parks?"; a FOLLOW_UP to a part already on the letter
        # needs one word of its own ("when does the lease end", "what did the permits cost"; fr5)
        return len(_content_words(question, found)) >= (1 if follow_up else 2)
    asks = "?" in text or _names_records(text) or text != question.strip()
    return asks and not _vague(question, found)


_ASKS_SOMETHING = re.compile(  # (nu29: "also can i see ...", "and what is ...": a connective before the question)
    r"(?i)^\W*(?:(?:and|also|plus|but|so|then)\s+)*(?:how|what|whats|what's|which|who|whom|whose|why|when|where|whether|if|is|are|was|were|do|does|did|"
    r"has|have|had|can|could|will|would|should)\b")


def _vague_marker(question: str) -> bool:
    """The question asks for everything on a subject (record_kinds.yaml vague_markers)."""
    data, _ = load_vocab("record_kinds")
    markers = [str(m) for m in ((data or {}).get("vague_markers") or [])] if isinstance(data, dict) else []
    return any(re.search(m, question, re.I) for m in markers)


def _vague(question: str, found: AuthorityFound | None = None) -> bool:
    """A question too vague to frame: it names at most two things ("tell me about the parks", "info on the
    police") or asks for everything on a subject ("everything you have on ...", "what's happening with ...";
    record_kinds.yaml vague_markers). A specific question that askfoi could not frame is not vague."""
    if _vague_marker(question):  # ff29: ... unless what it asks about is told in full ("information relating to the use
        # by CalMac Ferries Ltd of offshore crewing or payroll arrangements ... between 1 February 2024 and 31 July
        # 2025"): an officer knows what to search for, however wide the search
        after = _after_vague_marker(question)
        named = re.search(r"\b(?!I\b)[A-Z][\w'-]*[a-z]", after) or re.search(r"\b(?:19|20)\d{2}\b", after)
        return not named or len([w for w in _content_words(after, found) if w != "auth"]) < _SPECIFIC_WORDS
    return len(_content_words(question, found)) <= 2


_SPECIFIC_WORDS = 4  # words saying what a request for "everything about ..." is about that make it discernible, with
# a name or a year among them ("anything about the trees being cut down in the park" does not say which park)


def _ask_back(framing: Framing, question: str) -> str:
    """The question put back to a QUESTION nothing was framed from: the kinds of record about its subject when a vague
    lead-in names one ("i want info on drones": which records about drones; the subject waits in FRAMING.pending),
    else what it should ask about."""
    subject = _vague_subject(question, None)
    if subject:
        framing.pending.append(Frame(kind="none", subject=subject, source=question))
    return render("frames/question.j2", kind="none" if subject else "subject", text=question.strip(),
                  choices=[kinds()[k] for k in choice_kinds()]).strip()


def _vague_subject(question: str, subject: str | None) -> str | None:
    """What a vague ask is about, without its lead-in: "drones" for "i want info on drones", "the potholes"
    for "info on the potholes"; None when QUESTION has no vague marker or SUBJECT (as read) already leaves it out."""
    if not _vague_marker(question):
        return None
    if subject and not _vague_marker(subject) and not re.search(r"(?i)\b(?:info|information|details|data|stuff)\b", subject):
        return None
    after = re.sub(r"(?i)^\W*(?:(?:that|which)\s+)?(?:you|they|we|the\s+\w+|it)\s+(?:have|has|hold|holds|keep|keeps)"
                   r"(?:\s+got)?\s+(?:on|about|regarding|relating\s+to|concerning)\b", "", _after_vague_marker(question))
    after = re.sub(r"(?i)^\W*(?:(?:the|a|an|any|all|some|your)\s+)?", "", after)
    after = re.sub(r"(?i)\b(?:please|thanks|thank\s+you|cheers)\b.*$", "", after).strip(" .,;:!?")
    words = after.split()
    return " ".join(words) if 0 < len(words) <= 8 else None


def _after_vague_marker(question: str) -> str:
    """QUESTION from the end of its first vague marker on (record_kinds.yaml vague_markers)."""
    data, _ = load_vocab("record_kinds")
    markers = [str(m) for m in ((data or {}).get("vague_markers") or [])] if isinstance(data, dict) else []
    ends = [m.end() for m in (re.search(x, question, re.I) for x in markers) if m]
    return question[min(ends):] if ends else question




def _content_words(question: str, found: AuthorityFound | None = None) -> list[str]:
    """The words of QUESTION that say what it is about (not fillers, the organisation or question words)."""
    ignore, _ = _detail_vocab()
    text = _mask_generic(_drop_fillers(question))
    named = set(re.findall(r"[a-z]+", " ".join((found.name, found.from_text)).lower())) if found else set()
    return [w for w in re.findall(r"[a-z]+", text.lower())
            if len(w) > 2 and w not in ignore and w not in named and w not in _vocab().banned and w not in _vocab().leading]


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Words that begin a body's name and are places ("leeds", "brighton", "kent"): given a capital
    after "in", "at" or "across" so they read as the part's place."""
    from askfoi.authorities import default_index

    generic = _vocab().leading | _vocab().banned | _type_words() | {
        "north", "south", "east", "west", "city", "county", "royal", "greater", "mid", "central", "great",
        "new", "london", "borough", "district", "national", "health", "children", "care", "community"}
    generic |= {"authority", "combined", "amber", "forest", "vale", "castle", "and", "upon", "metropolitan", "constabulary", "service", "council", "police", "town", "parish",
                "county", "fire", "rescue", "isle", "isles", "valley", "lane"}
    out = set()
    for auth in default_index().authorities:
        if auth.type.value in ("council", "police"):
            words = re.findall(r"[a-z]+", auth.name.lower())
            # a word joined by "and" to a kind of body is a kind too, no place: "Police and Crime Commissioner"
            out.update(w for k, w in enumerate(words) if w not in generic and len(w) > 3
                       and not (k >= 2 and words[k - 1] == "and" and words[k - 2] in generic))
    return frozenset(out | {"london"})


def _capitalise_places(text: str) -> str:
    from askfoi.area_councils import capitalise_areas

    text = capitalise_areas(text)  # ck34: "in the gorbals", "on broadwater farm": the area's capitals
    places = _place_names()

    def cap(m: re.Match[str]) -> str:
        word = m.group(2)
        return m.group(1) + (word.title() if word.lower() in places and word.islower() else word)

    return re.sub(r"(?i)(\b(?:in|at|across|around|near)\s+(?:the\s+)?(?:[A-Za-z]+\s+and\s+)?)([a-z]+)", cap,
                  re.sub(r"(?i)(\b(?:in|at|across|around|near)\s+(?:the\s+)?)([a-z]+)", cap, text))


@functools.lru_cache(maxsize=1)
def _proper() -> tuple[frozenset[str], frozenset[str]]:
    data, _ = load_vocab("proper_words")
    data = data if isinstance(data, dict) else {}
    return (frozenset(str(w).lower() for w in data.get("words") or []),
            frozenset(str(w).lower() for w in data.get("name_heads") or []))


@functools.lru_cache(maxsize=1)
def _cased_names() -> dict[str, str]:
    """Every body's name and alias in the authority lists (two words or more), lower case -> as written, and
    the beginnings of those names that start with a name word ("royal cornwall hospitals" from "Royal Cornwall
    Hospitals NHS Trust", "hmp wandsworth" from "HMP Wandsworth IMB"): the cased forms a part uses."""
    from askfoi.authorities import default_index
    small = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with", "&"}
    openers = _proper_extra()[0]
    out: dict[str, str] = {}  # noqa: the cased forms
    for auth in default_index().authorities:
        for name in [auth.name, *(getattr(auth, "aliases", None) or [])]:
            words = re.findall(r"[A-Za-z][\w'&.-]*", name)
            if len(words) < 2 or not any(w[:1].isupper() for w in words):
                continue
            out.setdefault(" ".join(words).lower(), " ".join(words))
            first = words[0]
            if not (first.isupper() or first.lower() in openers or _frequency(first.lower()) < 5000):
                continue
            enders = _proper_extra()[1]
            for n in range(2, len(words)):
                if words[n - 1].lower() in small or not words[n - 1][:1].isupper():
                    continue
                if _frequency(words[n - 1].lower()) >= _COMMON_WORD and words[n - 1].lower() not in enders:
                    continue  # fr10c: "UK National" (of "UK National Wildlife Crime Unit") ends on a common word: no name
                out.setdefault(" ".join(words[:n]).lower(), " ".join(words[:n]))
    return out


@functools.lru_cache(maxsize=1)
def _proper_extra() -> tuple[frozenset[str], ...]:
    data, _ = load_vocab("proper_words")
    data = data if isinstance(data, dict) else {}
    low = lambda k: frozenset(str(w).lower() for w in data.get(k) or [])  # noqa: E731
    return (low("name_openers"), low("name_enders"), low("name_middles"), low("law_enders"), low("title_small_words"),
            low("street_enders"))


@functools.lru_cache(maxsize=8192)
def _frequency(word: str) -> int:
    """How common WORD is in general English, its American spelling counted too ("centre" as "center")."""
    from askfoi.spelling import _BRITISH, _speller

    freq = _speller().word_frequency
    return max([freq[word]] + [freq[re.sub(a, b, word)] for a, b in _BRITISH if re.search(a, word)])


_NOT_A_NAME = frozenset("that this these those each every which whose same other another one main".split())
_POSSESSIVES = frozenset("his her hers whose mine yours ours theirs".split())  # "on her street": no street's name


def _cap(word: str, cased: str | None = None) -> str:
    """WORD with a capital (or as CASED writes it), unless the person already gave it capitals."""
    if word[:1].isupper():
        return word
    if cased and cased.lower() == word.lower():
        return cased
    fixed = _vocab().spellings.get(word.lower())
    return fixed if fixed and fixed[:1].isupper() else word[:1].upper() + word[1:]


def _common_capital(word: str) -> bool:
    """True when WORD has a capital only as typed and is a common English word ("Additional", "Extra"): no name
    of its own, so what follows it is a name only if nothing shows otherwise."""
    return word[:1].isupper() and not word.isupper() and _frequency(word.lower()) >= _COMMON_WORD


_DEMONSTRATIVES = frozenset("this that these those every each next last".split())


def _modifies_next(word: str) -> bool:
    """True when WORD, written straight after a noun, shows that noun modifies it ("street" in "street cleaning",
    "street lights", "road users"): a lower-case noun or -ing form that is not also an adjective ("last") nor a
    small word. A street's or a body's name is then not there: "Additional street cleaning" keeps "street"."""
    from lemminflect import getAllLemmas

    if not word.islower() or not word.isalpha() or word in _PREPS | _DETERMINERS | _NOT_AN_OBJECT | _DEMONSTRATIVES:
        return False  # "on mill lane this year": "this" opens what follows, it is no noun "lane" modifies
    lemmas = getAllLemmas(word)
    return (bool(lemmas.get("NOUN")) or word.endswith("ing")) and not lemmas.get("ADJ") and not lemmas.get("ADV")


def _capitalise_runs(text: str) -> str:
    """Names of several words given their capitals: bodies and their beginnings from the authority lists
    ("leeds city council", "royal cornwall hospital"), an opener and a name word ("river wye", "hmp
    wandsworth"), a name word and a name's last noun ("elm road", "leeds general infirmary"), and a law's
    title ("the dangerous dogs act")."""
    from askfoi.spelling import could_be_name, rare

    names = _cased_names()
    openers, enders, middles, laws, small, streets = _proper_extra()
    toks = list(re.finditer(r"(?<![\w'\u2019])[A-Za-z][\w'&-]*", text))  # fr10c: "1st" holds no word "st"
    low = [t.group().lower() for t in toks]
    new = [t.group() for t in toks]
    named = [t.group()[:1].isupper() or (w in _place_names() and _frequency(w) < 5000) or could_be_name(w)
             for w, t in zip(low, toks)]  # a name word: "york", "victoria", not "park" or "reading"
    def modifies(k: int) -> bool:  # "street cleaning", "road users": the noun modifies a noun after it, no name
        return k + 1 < len(toks) and not text[toks[k].end():toks[k + 1].start()].strip() and _modifies_next(new[k + 1])

    i = 0
    while i < len(toks):
        done = False
        for n in range(min(7, len(toks) - i), 1, -1):
            if any(text[toks[k].end():toks[k + 1].start()].strip() for k in range(i, i + n - 1)):
                continue  # a comma or a bracket between the words: not one name
            phrase = " ".join(low[i:i + n])
            cased = names.get(phrase) or (names.get(phrase[:-1]) if phrase.endswith("s") and n > 2 else None) \
                or names.get(phrase + "s")
            # (fr9c: a place and a plural common noun, "london boroughs", "stroud hospitals", are many things, not the
            # one body named "London Borough of ..." or "Stroud Hospital")
            if cased and (n > 2 or any(named[i:i + n]) or low[i] in openers):
                for k, c in zip(range(i, i + n), cased.split() + [""] * n):
                    new[k] = _cap(new[k], c) if low[k] not in small or (k == i and low[k] != "the") else new[k]
                i += n
                done = True
                break
        if done:
            continue
        w = low[i]
        if w in streets and 1 <= i and not new[i][:1].isupper() and not modifies(i):
            k = i - 1  # "on elm road", "in high street": a street's name after a bare preposition
            while k > 0 and i - k < 3 and low[k - 1] not in _PREPS | _DETERMINERS | small and low[k - 1].isalpha():
                k -= 1
            from askfoi.place_capitals import no_name

            if k >= 1 and low[k - 1] in _PREPS and low[k] not in _DETERMINERS | small | _NOT_A_NAME | _POSSESSIVES and \
                    not any(text[toks[j].end():toks[j + 1].start()].strip() for j in range(k - 1, i)) \
                    and not no_name(low[k:i], i - k):  # nx101 (nc100 j1): "on filming peoples gardens" names no place
                for j in range(k, i + 1):
                    new[j] = _cap(new[j])
        if w in openers and i + 1 < len(toks) and (named[i + 1] or rare(low[i + 1])) and not low[i + 1] in small:
            new[i], new[i + 1] = _cap(new[i]), _cap(new[i + 1])  # "river wye", "hmp wandsworth"
            named[i] = True
        if named[i] or new[i][:1].isupper():
            k = i + 1
            while k < len(toks) and k - i <= 3 and low[k] in middles:
                k += 1
            if k < len(toks) and low[k] in enders and not text[toks[k - 1].end():toks[k].start()].strip() \
                    and (new[k][:1].isupper() or not ((modifies(k) or k == i + 1) and _common_capital(new[i]))) \
                    and (new[k][:1].isupper() or not (low[k].endswith("s") and low[k][:-1] in enders)):
                # (fr9c: "stroud hospitals", "leeds roads" typed small: many of them, no one place's name)
                for j in range(i, k + 1):
                    new[j] = _cap(new[j])  # "leeds general infirmary", "elm road"
                i = k + 1
                continue
        if w in laws and i >= 2:
            start = i - 1
            while start > 0 and i - start < 6 and low[start] != "the" and low[start] not in _PREPS - _NAME_JOINS \
                    and not (new[start].islower() and _past_tense(low[start])):
                start -= 1  # a law's title holds no verb: "the power given by housing act", "the university required a court order"
            body = range(start + 1, i)
            if low[start] == "the" and body and all(low[j] not in small or j not in (start + 1, i - 1) for j in body) \
                    and all(low[j] not in {"this", "that", "new", "same"} for j in body):
                for j in [*body, i]:
                    new[j] = new[j] if low[j] in small else _cap(new[j])  # "the Dangerous Dogs Act"
        i += 1
    places = _place_names()
    new = [_cap(word) if word.islower() and w in places and _frequency(w) < 5000 else word for w, word in zip(low, new)]
    out, last = [], 0
    for t, word in zip(toks, new):
        out.append(text[last:t.start()] + word)
        last = t.end()
    return "".join(out) + text[last:]


def _after_common_noun(before: str) -> bool:
    """lead35: BEFORE (the word typed before an unknown one) is a common noun typed in lower case ("town hall refurb"):
    the unknown word ends that noun phrase as slang or a shortening, not a name ("the contract with palantir", "the
    euston road" follow no noun)."""
    from askfoi.pronoun_roles import _lemmas
    from askfoi.spelling import could_be_name

    if not before or not before.islower() or not before.isalpha() or could_be_name(before):
        return False
    forms = _lemmas(before)
    return "NOUN" in forms and "VERB" not in forms and before not in _proper()[0]


@functools.lru_cache(maxsize=1)
def _person_titles() -> tuple[dict[str, str], dict[str, str]]:
    data, _ = load_vocab("person_titles")
    data = data if isinstance(data, dict) else {}
    return ({str(k): str(v) for k, v in (data.get("honorifics") or {}).items()},
            {str(k): str(v) for k, v in (data.get("offices") or {}).items()})


_NAME_STOP = frozenset("""a an the and or of in on at to for from by with about who whom whose which that this these
those what when where why how is are was were be been has have had do does did will would can could should may might
must not no his her their its our your my me him them they he she it we you i as all any each every some""".split())


def _no_word(low: str) -> bool:
    """LOW is known to no English word list as a word of its own (a given name or a surname: "priya", "okonkwo")."""
    from lemminflect import getAllLemmas

    from askfoi.spelling import could_be_name

    return low.isalpha() and len(low) > 1 and low not in _NAME_STOP and not getAllLemmas(low) and (
        could_be_name(low) or not _known_word(low))


def _known_word(low: str) -> bool:
    from askfoi.spelling import _known

    return _known(low) and low in _everyday_words()


@functools.lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """Function words and the commonest adverbs lemminflect does not list ("at", "also", "then")."""
    return _NAME_STOP | frozenset("also then there here now too very just only still even again ever never yet".split())


def _name_word(low: str, strict: bool) -> bool:
    """LOW may be a word of a person's name after a title: never a function word; after an office (STRICT) a word no
    list knows; after an honorific also a noun that is a surname too ("smith", "khan"), never a verb or an adjective."""
    from lemminflect import getAllLemmas

    if len(low) < 2 or not low.isalpha() or low in _NAME_STOP:
        return False
    lemmas = getAllLemmas(low)
    if not lemmas:
        return True
    return not strict and set(lemmas) <= {"NOUN", "PROPN"}


def _capitalise_titled(text: str) -> str:
    """ny97 (ny94, nc88 #13): a person named after their title, typed in lower case ("cllr john smith", "dr ahmed
    khan", "councillor priya sharma") given capitals: the title, and up to three name words after it (knowledge/vocab/
    person_titles.yaml). After a first name no list knows, a surname that is also a noun ("khan", "smith") is
    taken too; a title with no name after it ("councillor allowances", "the doctor who") is left as typed."""
    honorifics, offices = _person_titles()
    titles = {**offices, **honorifics}
    if not titles:
        return text

    def named(m: re.Match) -> str:
        title, gap, rest = m.group("title"), m.group("gap"), m.group("rest")
        strict = title.lower() in offices
        words = re.findall(r"\S+|\s+", rest)
        out, taken, given = [], 0, False
        for piece in words:
            if piece.isspace():
                out.append(piece)
                continue
            core = piece.rstrip(".,;:?!)'\u2019s") if piece.lower().endswith(("'s", "\u2019s")) else piece.rstrip(".,;:?!)")
            low = core.lower()
            take = taken < 3 and core.islower() and (
                _name_word(low, strict and taken == 0) if taken == 0 else
                (_no_word(low) or (given and taken == 1 and _name_word(low, False))))
            if not take:
                break
            given = given or (taken == 0 and _no_word(low))
            out.append(core[:1].upper() + core[1:] + piece[len(core):])
            taken += 1
            if piece != core and not piece[len(core):].startswith(("'", "\u2019")):
                break  # a comma or a full stop ends the name
        if not taken:
            return m.group()
        said = "".join(out).rstrip()
        tail = rest[len("".join(out).rstrip()):]
        return (titles[title.lower()] if title.islower() else title) + gap + said + tail

    pattern = r"(?<![\w'])(?P<title>" + "|".join(sorted(map(re.escape, titles), key=len, reverse=True)) + \
        r")(?P<gap>\.?\s+)(?P<rest>[a-z][\w'\u2019-]*(?:[.,;:?!)]*\s+[a-z][\w'\u2019-]*[.,;:?!)]*){0,2})"
    return re.sub(pattern, named, text, flags=re.IGNORECASE)


def capitalise_names(text: str | None) -> str | None:
    """TEXT with the names in it given their capitals: acronyms ("b&bs" -> "B&Bs"), languages and days
    ("english"), place words of the authority lists that are rare in general English ("leicester"),
    words no word list knows and no correction fits ("euston", "palantir"), and the noun that ends such
    a name ("trafalgar square" -> "Trafalgar Square"). Words typed with a capital are left as typed."""
    from askfoi.spelling import could_be_name, rare

    if not text:
        return text
    # road numbers and paper sizes are written in capitals: "a38" -> "A38", "a1(m)" -> "A1(M)", "m6" -> "M6"
    text = re.sub(r"\b[abm]\d{1,4}(?:\(m\))?(?![\w(])", lambda m: m.group().upper(), text)
    from askfoi.place_capitals import capitalise_places

    text = capitalise_places(text) or text  # cx39: "on elm park", "st marys primary": a place's name, typed in lower case
    text = _capitalise_titled(text)
    text = _capitalise_runs(text)
    words, heads = _proper()
    spellings = _vocab().spellings
    out: list[str] = []
    named_before = False
    before = ""
    pieces = re.split(r"(\s+)", text)
    for k, piece in enumerate(pieces):
        m = re.fullmatch(r"([(\"']?)([a-z][a-z&'-]*)([).,;:?!\"']*)", piece)
        if not piece.strip():
            out.append(piece)
            continue
        if not m:
            out.append(piece)
            named_before = bool(piece.strip()) and piece[:1].isupper() and piece[1:2].islower()
            before = piece.strip(".,;:?!()\"'")
            continue
        word = m.group(2)
        low = word.lower()
        new = word
        if low in spellings:
            new = spellings[low]
        elif low in _tree_words() and not (k + 2 < len(pieces) and pieces[k + 2].lower().strip(".,;:?!") in heads):
            pass  # ny99 (nc99 #5): "the number of elms felled" (never "Elms"); "elm road" is still "Elm Road"
        elif low in words or (could_be_name(low) and low not in _type_words() and not _after_common_noun(before)) or (
                k + 2 < len(pieces) and pieces[k + 2].lower().strip(".,;:?!") in heads and rare(low)):
            # (fr10c: "the constabulary" is a kind of body, no name; an unknown word with no vowel is an acronym: "a lfpn")
            from askfoi.spelling import name_words as _place_names

            new = word.upper() if low not in words and len(low) <= 6 and not re.search(r"[aeiouy]", low) \
                and low not in _place_names() \
                else word[:1].upper() + word[1:]
        elif named_before and low in heads and not (k + 2 < len(pieces) and not m.group(3) and _common_capital(before)
                                                    and _modifies_next(pieces[k + 2].strip(".,;:?!"))):
            new = word.title()  # "Elm Road" (not "Additional Street cleaning")
        out.append(m.group(1) + new + m.group(3))
        before = piece.strip(".,;:?!()\"'")
        if piece.strip():
            named_before = new != word and new[:1].isupper() and low not in spellings
    return "".join(out)


_AVAILABLE_AFTER = re.compile(r"(?i),?\s+(?:that|for\s+which|in\s+which|where)\s+(?:the\s+)?(?:figures|data|statistics|records|"
                              r"information|numbers|details)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:currently\s+|now\s+)?"
                              r"(?:available|held|recorded|kept|published|complete)\b")


def _with_available(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = [(a, b + (m.end() if (m := _event_after().match(text[b:])) and re.search(r"(?:19|20)\d\d$", text[a:b]) else 0))
             for a, b in spans]  # fx42: "since 2012 London Olympics": the year names the event, which goes with it
    return [(a, b + (m.end() if (m := _AVAILABLE_AFTER.match(text[b:])) else 0)) for a, b in spans]


@functools.lru_cache(maxsize=1)
def _event_after() -> re.Pattern:
    """A name of Capitalised words straight after a year whose last word names an event ("2012 London Olympics",
    "2022 Commonwealth Games"; knowledge/vocab/detail_words.yaml event_nouns)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("detail_words")
    nouns = "|".join(re.escape(str(w)) for w in ((data or {}).get("event_nouns") or []))
    return re.compile(r"(?:\s+[A-Z][\w'&-]+){0,3}\s+(?:" + (nouns or "(?!)") + r")(?=\s*(?:$|[,.;:?!)\n]|\s+[a-z]))")


def _mask_one(question: str, found: AuthorityFound | None, today: date | None) -> str:
    from askfoi.periods import hedged_span, is_length

    # nx76 (nc73 #14): "say in the last 3 years": the loose word goes with the period it hedges
    spans = [hedged_span(question, s) for _, w, s in find_periods(question, today=today) if not is_length(question, w, s)]
    # fr16b: "in the last three years that figures are available": the clause says which years, so it goes with the
    # period (left behind it became the subject's: "claims received for pothole damage that figures are available")
    spans = _with_available(question, spans)
    out = _mask(question, spans, "\u00a7PERIOD\u00a7")
    if found:
        for probe in (found.from_text, found.name):
            out = re.sub(re.escape(probe), "\u00a7AUTH\u00a7", out, flags=re.I)
        out = _mask_same_body(out, found)
        out = _sent_to_body(out)
    return out


@functools.lru_cache(maxsize=64)
def _unit_named(name: str, typed: str) -> str | None:
    """nx100: TYPED, the words that named the body NAME, as the name of one of its own parts (a directorate: the
    Home Office's "Immigration Enforcement", listed as the alias "Home Office (Immigration Enforcement)" in
    knowledge/authorities.jsonl), written as that alias writes it; None when TYPED names the body itself."""
    from askfoi.knowledge import get_reference

    record = next((a for a in get_reference().authorities if a.name == name), None)
    for alias in getattr(record, "aliases", None) or []:
        m = re.fullmatch(rf"{re.escape(name)}\s+\((.+)\)", alias)
        if m and m.group(1).lower() == typed.strip().lower():
            return m.group(1)
    return None


def _body_unit(found: AuthorityFound | None) -> str | None:
    return _unit_named(found.name, found.from_text) if found is not None and found.from_text else None


def _own_people_counted(masked: str, unit: str | None = None) -> str:
    """nx99 (fx97 Met "How many your officers"): MASKED with the body's name dropped where it only says whose people are
    counted ("how many §AUTH§ officers were dismissed", "the number of §AUTH§ staff who left"): the letter goes to that
    body, so they are its officers ("The number of officers dismissed"), its dogs, its visits ("how many Immigration
    Enforcement visits"), never a part kept with "your" or "you" in it."""
    def own(m: re.Match[str]) -> str:
        word = m.group(2).lower()
        if word in _AUX or word in _PREPS or word in _vocab().verbs or _verb_only(word):
            return m.group()  # "how many §AUTH§ have": the body is the subject of its own question
        # nx100: UNIT, the part of the body the person named ("how many immigration enforcement visits" to the Home
        # Office), stays with what it counts: "The number of Immigration Enforcement visits"
        return f"{m.group(1)} {unit} " if unit else f"{m.group(1)} "

    return re.sub(r"(?i)\b(how\s+many|the\s+number\s+of)\s+\u00a7AUTH\u00a7\s+(?=([a-z]+)\b)", own, masked)


def _each_one(question: str, previous: Frame) -> str:
    """nx100 (nc99 j9): QUESTION with "each one" (or "every one") written as each of the things PREVIOUS asked about,
    by their head noun ("in each one" after "which hotels" -> "in each hotel"); unchanged when those are not plural
    things named by one noun, or are people."""
    if not re.search(r"(?i)\b(?:each|every)\s+one\b", question or "") or previous.kept_words or not previous.subject:
        return question
    head = (_head_noun(previous.subject) or "").strip(",.")
    one = _inflector().singular_noun(head.lower()) if head.isalpha() else False
    if not one or head.lower() in _PEOPLE_HEADS or head.lower() in _vocab().people or one in _vocab().people \
            or head.lower() in _TIME_WORDS:
        return question
    words = previous.subject.split()
    at = next((k for k, w in enumerate(words) if k and w.lower() in _PREPOSITIONS), len(words))
    before = [w for w in words[max(0, at - 3):at - 1] if w.isalpha() and w.lower() not in _DETERMINERS_EACH]
    named = " ".join([*before, one]) if all(w.islower() and _noun(w) for w in before) else one  # "each care home"
    return re.sub(r"(?i)\b(each|every)\s+one\b", lambda m: f"{m.group(1)} {named}", question)


_DETERMINERS_EACH = frozenset("the a an any all your their its our my this that these those".split())


_PROGRESSIVE_WHICH = re.compile(r"(?i)\b(?P<wh>which|what)\s+(?P<things>(?:[\w'-]+\s+){1,3}?)(?P<be>are|is|were|was)\s+"
                                r"(?P<who>they|you|\u00a7AUTH\u00a7)\s+(?P<adv>(?:still|currently|now|also)\s+)?(?P<verb>[a-z]{2,}ing)\b")


def _progressive_asked(masked: str) -> str:
    """nx100 (nc99 j9): MASKED with "which hotels are they using", "which roads is §AUTH§ resurfacing" read as the
    same question in the simple tense ("which hotels do they use"), which the frames read ("A list of hotels used"):
    what the body is doing now is what it does. A verb that is no verb in -ing ("which days are they open") is left."""
    def simple(m: re.Match[str]) -> str:
        verb = m.group("verb").lower()
        base = next((b for b in _verb_lemmas(verb) if b != verb), None)
        if not base or m.group("things").split()[0].lower() in _AUX:
            return m.group()
        be = m.group("be").lower()
        aux = "did" if be in ("were", "was") else ("does" if be == "is" else "do")
        return f"{m.group('wh')} {m.group('things')}{aux} {m.group('who')} {m.group('adv') or ''}{base}"

    return _PROGRESSIVE_WHICH.sub(simple, masked)


# lf58 (cl55): things that went or came to the body the letter is for ("how many complaints went to the housing
# ombudsman"): the body is who received them, so they are counted as the body's own ("did §AUTH§ receive"), never cut
# with its name ("The number of complaints that went."). A participle ("reported to", "referred to") stands alone.
_SENT_VERBS = r"(?:went|gone|go|goes|came|come|comes)"  # "reported to", "referred to" leave a participle that stands
_SENT = (rf"(?:(?:were|was|have(?:\s+been)?|has(?:\s+been)?|had(?:\s+been)?|got|get|are|is)\s+)?{_SENT_VERBS}\s+"
         r"(?:up\s+|on\s+|over\s+)?to\s+\u00a7AUTH\u00a7(?![\w\u00a7'])")
_HOW_MANY_SENT = re.compile(rf"(?i)\b(?P<ask>how\s+many\s+(?:(?!(?:that|which|who|were|was|have|has|had)\b)[\w'-]+\s+){{1,8}}?){_SENT}"
                            r"(?=(?:\s*\u00a7PERIOD\u00a7)?\s*(?:$|[,.;:?!)]|(?:in|about|from|during|since|for|over|last|"
                            r"this|between|by|and|or|each|every|per|broken|split)\b))")  # the clause ends there


def _sent_to_body(question: str) -> str:
    """QUESTION (the body masked as §AUTH§) with what went to the body counted as what it received: "how many
    complaints went to §AUTH§" -> "how many complaints did §AUTH§ receive". A relative clause ("complaints that went to
    §AUTH§ ... were upheld") is left as typed."""
    return _HOW_MANY_SENT.sub(lambda m: f"{m.group('ask')}did \u00a7AUTH\u00a7 receive", question)


# the words before a body's name where the body is the one acting ("did the met do", "searched by the met"); a name
# elsewhere ("potholes in leeds", "between TfL and the Mayor's office") is left as typed
_ACTOR_BEFORE_NAME = re.compile(r"(?i)\b(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|should|by)\s+(?:the\s+)?$")


def _mask_same_body(text: str, found: AuthorityFound | None) -> str:
    """lead41: TEXT with every other naming of FOUND's body masked too ("The met police - ... did the met do"), so a
    part never says "carried out by the met"; a body found only from a site ("colchester police station") stays."""
    if found is None:
        return text
    others = {hit[3] for hit in _named_bodies(text) if hit[1] == found.name and not hit[4] and hit[2]
              and (_ACTOR_BEFORE_NAME.search(text[: hit[2][0]])  # only where it acts: "did the met do", "by the met"
                   # nx100 (nc99 j2 note): or whose people or things are counted ("... and how many Kent Police staff
                   # left"): read as the body's own (_own_people_counted), never "your staff left"
                   or re.search(r"(?i)\b(?:how\s+many|the\s+number\s+of)\s+(?:the\s+)?$", text[: hit[2][0]]))}
    for typed in sorted(others, key=len, reverse=True):
        text = re.sub(r"(?i)(?:\bthe\s+)?(?<![\w\u00a7])" + re.escape(typed) + r"(?![\w\u00a7])", "\u00a7AUTH\u00a7", text)
    typed = re.sub(r"^the\s+", "", " ".join((found.from_text or "").lower().split()))
    if typed and re.search(r"(?i)\u00a7AUTH\u00a7|(?<![\w\u00a7])the\s+" + re.escape(typed) + r"\b", text):
        # nx101 (nc100): a short name the body was named by ("the met") typed again bare before its people, after
        # "how many" ("how many met officers were dismissed"): the body's own people, as "how many Kent Police staff"
        people = "|".join(sorted((re.escape(p) for p in _vocab().people | {"staff"}), key=len, reverse=True))
        text = re.sub(r"(?i)(\b(?:how\s+many|the\s+number\s+of)\s+)" + re.escape(typed) + r"(?=\s+(?:" + people + r")\b)",
                      lambda m: m.group(1) + "\u00a7AUTH\u00a7", text)
    return re.sub(r"(?i)\bthe\s+\u00a7AUTH\u00a7", "\u00a7AUTH\u00a7", text)  # "does the met": the article goes with it


_STORY = re.compile(r"^\s*(?:i|we|my|our|me|last|in|on|after|since|it|there|this|they)\b(?!.*\?)", re.I)


# the writer's present wish to know or to be given something: the sentence asks, however little it names
_WISH_TO_KNOW = re.compile(r"(?i)^\s*(?:i|we)(?:'d|\s+would|\s+d)?\s+(?:(?:really|just|also|only|now|still)\s+)?"
                           r"(?:want|wants|wish|need|like|would\s+like)\s+(?:to\s+(?:know|find\s+out|see|get|have|ask|learn)\b|"
                           r"(?:some\s+|any\s+|the\s+|more\s+)?(?:info|information|details|data|figures|facts|records)\b)")
_FIRST_PERSON = re.compile(r"^\s*(?:i|we|my|our|me|us|im|ive|id)\b", re.I)  # "im a volunteer": typed without the apostrophe
_ASKING = re.compile(r"\b(?:want|wanted|wants|would(?:\s+also|\s+really|\s+now)?\s+like|would\s+be\s+grateful|like to|need|needs|ask|asking|please|can you|could you|"
                     r"tell me|find out|know|request|requesting|looking for)\b", re.I)


@functools.lru_cache(maxsize=1)
def _preface_patterns() -> tuple[re.Pattern[str], ...]:
    data, _ = load_vocab("question_split")
    out = []
    for x in (data.get("request_preface") if isinstance(data, dict) else None) or []:
        try:
            out.append(re.compile(str(x), re.I))
        except re.error:
            continue  # a broken pattern in the data is skipped; `kb validate` reports vocab files
    return tuple(out)


def _request_preface(question: str) -> bool:
    """cx41: QUESTION only makes the request itself (knowledge/vocab/question_split.yaml request_preface)."""
    text = " ".join((question or "").split())
    return any(p.search(text) for p in _preface_patterns())


def _not_asking(question: str, masked: str, found: AuthorityFound | None) -> bool:
    """True for a sentence that asks for nothing of its own beside the parts already made: the person's story or a
    procedural remark (`questions.sentence_kind`), or a note that only gives the period or the organisation ("The
    period covered is 2019 to 2023.", "This request is for Kent Police.")."""
    from askfoi.questions import sentence_kind

    if sentence_kind(question) in ("background", "procedural"):
        return True
    if _request_preface(question):
        return True  # cx41: "Please can you help me with the following FOI request?": it makes the request, asks nothing
    if wh_question(question):
        return False  # fr13c: "who decided it": a question word and its verb ask, though every other word is a pronoun
    rest = re.sub("\u00a7(?:PERIOD|AUTH)\u00a7", " ", masked)
    return not _content_words(rest, found) or (
        "\u00a7PERIOD\u00a7" in masked and "?" not in question and len(_content_words(rest, found)) <= 1
        and not _cue(question)[0])


def _is_story(question: str) -> bool:
    """A sentence that tells what happened rather than asks: "my son was excluded last year.". A
    first-person account that asks for nothing ("my son got excluded and nobody told us why") is background
    even when a question word ends it: it is about the person, and a request is published, so it is never
    made into a part."""
    if "?" in question:
        return False
    if strip_opener(question).strip() != question.strip():
        return False  # "I would like to know what criteria ...": a request opener, then what is asked
    from askfoi.questions import _FRONTED_REQUEST

    if _FRONTED_REQUEST.search(question):
        return False  # fx43: "In respect of the settled claims ..., please disclose ...": a phrase first, then the ask
    if _FIRST_PERSON.match(question) and not _ASKING.search(question):
        return True
    from askfoi.informal_roles import wish_for_records
    from askfoi.part_roles import _RECORDS_NP

    if wish_for_records(question, _RECORDS_NP):
        return False  # fr24a: "i want to know air quality readings for the monitor on the a38": a wish naming records
    if _WISH_TO_KNOW.match(question):
        return False  # lead40: "i want to know about the potholes", "we need info on drones": a wish, however vague
    if _cue(question)[0] is not None:
        return False
    return bool(_STORY.match(question))


def _personal_data_frame(text: str) -> Frame:
    m = re.search(r"\b(?:my|mine)\s+(?:own\s+)?((?:[\w'-]+\s+){0,3}?(?:records?|files?|case\s+notes|notes|footage|cctv|images?|recordings?|data|"
                  r"information|details|statements?|assessments?|custody\s+record|medical\s+records?|emails?|correspondence|"
                  r"application|account|complaint))\b", text, re.I)
    subject = None
    if m:
        subject = "my " + " ".join(_spell(w, w) for w in m.group(1).split())
    frame = Frame(kind="personal_data", subject=None, source=text)
    frame.text = render_frame(frame.model_copy(update={"subject": subject}))
    frame.subject = subject
    return frame


_SLIP_ADVERBS = _STATE_ADVERBS | frozenset({"really", "recently", "previously", "actually", "approximately", "currently",
                                             "eventually", "finally", "originally", "subsequently", "definitely"})


# fx47: a question after another that says only "how many times" and a period ("how many potholes were reported on
# the A40 in 2023? how many times in 2024?"): "times" counts what the question before counted, so it is read as "how many
# in 2024?" (a count of the same thing for its own period), never a count of "times" with no subject
_TIMES_AGAIN = re.compile(r"(?i)(?:(?<=[?.!]\s)|(?<=[?.!]\s\s)|(?<=\n))(?P<head>(?:and\s+|but\s+|what\s+about\s+)?how\s+many)"
                          r"\s+times(?P<rest>\s+(?:(?:was\s+it|were\s+they|did\s+(?:it|they|that)\s+happen)\s+)?"
                          r"(?:in|during|for|since|over|across|between|from|last|this|the\s+(?:year|month|last|past))\b[^?.!\n]{0,40}"
                          r"(?:[?.!]|$))")


def _elliptical_times(text: str) -> str:
    """TEXT with a "how many times <period>?" that follows another question read as "how many <period>?" (see
    _TIMES_AGAIN), only where the rest names a period."""
    def one(m: re.Match) -> str:
        rest = m.group("rest")
        if not find_periods(rest):
            return m.group(0)
        rest = re.sub(r"(?i)^\s+(?:was\s+it|were\s+they|did\s+(?:it|they|that)\s+happen)\s+", " ", rest)
        return m.group("head") + rest

    return _TIMES_AGAIN.sub(one, text or "")


def _adverb_slips_fixed(text: str) -> str:
    """TEXT with a misspelt adverb written as meant ("actualy" -> "actually", askfoi.spelling.suggest): the word
    between an auxiliary and its verb, which the readers of a question step over only when they know it; no other
    word is changed (a noun's spelling is offered to the person, never changed unseen)."""
    for typed, meant in suggest_spelling(text or ""):
        if meant.lower() in _SLIP_ADVERBS and typed.lower() != meant.lower():
            text = re.sub(rf"(?i)\b{re.escape(typed)}\b", meant, text)
    return text


def _sar_addressee_left_out(parts: list[Frame], found: AuthorityFound) -> None:
    """A subject access item that names the body the letter goes to as where the record is ("My housing file from
    Glasgow City Council", "The CCTV of me from the Met Police from my arrest"): the letter is addressed to it, so the
    item says only the record."""
    names = sorted({n for n in (found.name, found.from_text) if n and len(n) > 2}, key=len, reverse=True)
    if not names:
        return
    said = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    # only where the name ends the phrase ("... from Glasgow City Council", "... from the met police from my arrest"),
    # never a place named after the body's area ("held at Colchester police station")
    pattern = re.compile(rf"(?i)\s+(?:from|held\s+by|kept\s+by|with)\s+(?:the\s+)?(?:{said})\b"
                         r"(?=\s*(?:[,.;:?!]|$|(?:from|about|on|of|for|in|since|between|during|over)\b))")
    for part in parts:
        if part.kind != "personal_data" or not part.subject:
            continue
        if re.search(r"(?i)\b(?:letters?|e-?mails?|correspondence|messages?|decisions?|notices?)\b", part.subject):
            continue  # "the letter from the council": who sent it says which letter
        cut = pattern.sub("", part.subject).strip()
        if cut and cut != part.subject and len(cut.split()) >= 2:
            part.subject = cut
            part.text = render_frame(part)


def _interception_asked(framing: Framing, text: str, resolved) -> None:
    """lf61 (nc58 #3a): a subject access request that asks whether the person's communications were intercepted
    ("tapped my phone"): a finding says interception is never confirmed or denied (Investigatory Powers Act 2016) and
    names the Investigatory Powers Tribunal; the communications data obtained is the letter's item
    (askfoi.sar_items.obtained_items), so the question is never dropped in silence."""
    from askfoi.checks import Finding
    from askfoi.sar_items import interception_asked

    typed = interception_asked(text)
    if not typed or any(getattr(f, "code", "") == "interception-ncnd" for f in framing.findings):
        return
    police = bool(resolved is not None and getattr(resolved, "known", False) and resolved.type.value == "police") \
        or bool(framing.regime == "DPA-Part3")
    message, _, suggestion = render("frames/interception.j2", typed=typed, police=police).partition("\n---\n")
    framing.findings.append(Finding(code="interception-ncnd", severity="medium", evidence=typed,
                                    message=" ".join(message.split()), suggestion=" ".join(suggestion.split())))


def _about_people(questions: list[str]) -> list[str]:
    """ny73 (nc73 #2): the QUESTIONS (set aside for an FOI letter) that ask about one identifiable person (complaints or
    grievances about a named colleague): the same check an FOI part gets (third-party-personal-data)."""
    from askfoi.checks import check_request

    return [q for q in questions
            if any(f.code == "third-party-personal-data" for f in check_request(q, None).findings)]


def _personal_data_frames(text: str) -> list[Frame]:
    """A subject access request's parts: each record the person lists, with its dates and places, and their
    account of the events (askfoi/sar_items.py); one general part when they list nothing."""
    from askfoi.sar_items import sar_items

    frames = []
    for item in sar_items(text):
        frame = Frame(kind="personal_data", subject=capitalise_names(item) or item, source=text)
        frame.text = render_frame(frame)
        frames.append(frame)
    if not frames:
        from askfoi.whose_records import read_whose

        whose = read_whose(text)
        if whose.on_behalf:  # sar15: a request made for a child or a relative: all the data about them
            frame = Frame(kind="personal_data", subject=f"All the personal data you hold about {whose.placeholder}",
                          source=text)
            frame.text = render_frame(frame)
            return [frame]
    from askfoi.sar_items import without_interception

    return frames or [_personal_data_frame(without_interception(text))]  # lf61: "intercepted my emails" names no record


def on_list_ask(question: str):
    from askfoi.whose_records import on_list_ask as ask

    return ask(question)


_LIST_NOUN = re.compile(r"(?i)\b(?:a|an|the|their|its|any|your)\s+((?:[\w&'-]+\s+){0,3}?(?:database|matrix|list|register|watch\s*list|"
                        r"index|system|spreadsheet|scheme|programme))\b")


def own_footage_ask(question: str, text: str) -> str | None:
    from askfoi.whose_records import own_footage_ask as ask

    return ask(question, text)


def _own_footage_finding(question: str, text: str, resolved):
    """(ny82) The finding for a clause asking for the recording of the writer's own incident (prompts/check/
    own_footage.txt.j2): their own data, by subject access (DPA 2018 s45 for a police force's policing records)."""
    from askfoi.checks import Finding

    police = bool(resolved is not None and resolved.known and resolved.type.value == "police") or bool(
        re.search(r"(?i)\b(?:police|constabulary)\b", text))
    message, _, suggestion = render("check/own_footage.txt.j2", evidence=question.strip(" ,.?"),
                                    police=police).partition("---")
    return Finding(code="own-footage", severity="high", message=" ".join(message.split()),
                   suggestion=" ".join(suggestion.split()), evidence=question.strip()[:120])


def _on_list_finding(listed, question: str, text: str, found: AuthorityFound | None, resolved):
    """(ck22) The finding for a question whether the writer or their relative is on a body's list (prompts/check/
    on_their_list.txt.j2): their own data, by subject access (DPA 2018 s45 for a police force's policing records). "on
    it" names the list the message named before it."""
    from askfoi.checks import Finding

    what = listed.what
    if what.lower() in ("it", "them", "there", "that", "this"):
        at = text.lower().find(question.lower()[:30])
        named = list(_LIST_NOUN.finditer(text[:at] if at > 0 else text))
        what = f"the {named[-1].group(1).lower()}" if named else "that list"
    elif re.match(r"(?i)(?:their|its|your)\s", what):
        what = "the " + what.split(None, 1)[1]
    police = bool(resolved is not None and resolved.known and resolved.type.value == "police") or bool(
        re.search(r"(?i)\b(?:police|constabulary)\b", text))
    body = resolved.letter_name if resolved is not None and resolved.known else None
    message, _, suggestion = render("check/on_their_list.txt.j2", evidence=question.strip(" ,.?"), subject=listed.subject,
                                    relation=listed.relation or "relative", what=what, police=police,
                                    body=body).partition("---")
    return Finding(code="on-their-list", severity="high", message=" ".join(message.split()),
                   suggestion=" ".join(suggestion.split()), evidence=question.strip()[:120])


def _framing_finding(code: str, framing: Framing, question: str = ""):
    from askfoi.checks import Finding

    spec, terms = _covert()
    if code == "ncnd-unframed":  # a covert question that could not be framed: the warning, no rewrite
        scotland = framing.regime in ("FOISA", "EISR")
        found = terms.search(question) if terms is not None else None
        sections = spec.sections_scotland if scotland else spec.sections
        return Finding(code="ncnd-risk", severity="high", evidence=question[:120],
                       message=render("frames/covert_warning.j2", subject=found.group() if found else question,
                                      sections=sections, scotland=scotland).strip(),
                       suggestion=render("frames/covert_suggestion.j2", parts=[]).strip())
    if code == "ncnd-risk":
        part = next(p for p in framing.parts if p.warning)
        texts = [p.text for p in framing.parts]
        fixed = covert_fix(texts, {p.text: list(p.replacements) for p in framing.parts if p.warning}, framing.parts)
        added = [t for t in fixed if t not in texts]  # ck22: what the one-key fix makes, within the parts limit
        # rv61 (nc61 #15): the warning is headed with the part it is about, so the letter's other parts (public
        # deployments, totals) are not taken for the ones to re-scope
        number = next(k for k, p in enumerate(framing.parts, 1) if p is part)
        return Finding(code=code, severity="high", message=f"Part {number}: {part.warning}", part=number,
                       suggestion=render("frames/covert_suggestion.j2", parts=added or [r.text for r in part.replacements],
                                          no_overt=not part.replacements).strip(),
                       evidence=part.source[:120],
                       rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(fixed, 1)))
    return Finding(code=code, severity="medium", message=render("frames/too_vague.j2").strip(),
                   suggestion="\n".join(framing.questions), evidence=(framing.unframed or [""])[0][:120])


# --- the conversation's uses: choosing a kind, reviewing parts ---------------------------------------------


def reframe(frame: Frame, kind: str) -> Frame:
    """FRAME asked as another kind of record (the person chose it by number), rendered again. sq101 (nc100 j5): a
    "whether" part's subject is a clause ("you are paying for private ambulances", "the fire service attending false
    alarms"): the other kind is asked about the thing it names ("The total amount spent on private ambulances", "The
    number of times false alarms were attended"), never the clause spliced in ("spent on You are paying for ...")."""
    new = frame.model_copy(deep=True)
    new.kind, new.kept_words, new.decision, new.duty, new.parties, new.times = kind, False, None, None, None, False
    new.clause = new.clause if kind in ("count", "list", "statistics", "figure") else ""
    new.warning, new.sections, new.replacements = None, [], []
    done = _whether_done(frame) if frame.kind == "shown_by" and kind != "shown_by" else None
    if frame.kind == "shown_by" and kind != "shown_by":
        new.head = ""  # "any records of " is the whether part's own head, never "The number of any records of"
    if done is not None:
        thing, participle, tail = done
        new.subject, new.article = " ".join(x for x in (thing, tail) if x), False
        if kind == "count":
            new.subject, new.times, new.clause = thing, True, " ".join(x for x in (participle, tail) if x)
    new.text = render_frame(new)
    return new


def _whether_done(frame: Frame) -> tuple[str, str, str] | None:
    """The thing a "whether" part's clause does something to, the verb's past participle (with its preposition) and
    the words after the thing: "You are paying for private ambulances" -> ("private ambulances", "paid for", ""),
    "the fire service attending false alarms at care homes" -> ("false alarms", "attended", "at care homes"); None
    when the subject is no clause with a verb ending "-ing" and a thing after it."""
    words = (frame.subject or "").split()
    at = next((k for k, w in enumerate(words) if k and (w.lower().endswith("ing") and _base_participle(_ing_base(w) or "")
                                                      or _verb_base(w) and (words[k - 1][:1].isupper() or words[k - 1] == "you")
                                                      and all(x[:1].isupper() or x.lower() in ("you", "the") for x in words[:k]))),
              None)  # (the body's name or "you" before the verb: "Leeds City Council closed", never "the fire service")
    if at is None or at + 1 >= len(words):
        return None
    participle = _base_participle(_ing_base(words[at]) or _verb_base(words[at]) or "")
    if not participle:
        return None
    rest = words[at + 1:]
    prep = [rest.pop(0).lower()] if len(rest) > 1 and rest[0].lower() in ("for", "on", "to", "with", "into", "out") else []
    cut = next((k for k, w in enumerate(rest) if k and w.lower() in _PREPS), len(rest))
    thing, tail = rest[:cut], rest[cut:]
    if not thing or thing[0].lower() in _PREPS | {"it", "them", "this", "that", "a", "an"}:
        return None
    if thing[0].lower() in ("their", "its"):
        thing = ["your", *thing[1:]]
    return " ".join(thing), " ".join([participle, *prep]), " ".join(tail)


def _verb_base(word: str) -> str | None:
    """The base form of WORD when WORD is a verb's base, present or past form ("fly", "flies", "closed"), else None."""
    from lemminflect import getAllLemmas, getInflection

    low = word.lower()
    for lemma in getAllLemmas(low).get("VERB", ()):
        if low == lemma or low in (getInflection(lemma, "VBZ") or ()) or low in (getInflection(lemma, "VBD") or ()):
            return lemma
    return None


def _ing_base(word: str) -> str | None:
    """The base form of WORD's verb when WORD is its "-ing" form ("paying" -> "pay"), else None."""
    from lemminflect import getAllLemmas, getInflection

    for lemma in getAllLemmas(word.lower()).get("VERB", ()):
        if word.lower() in (getInflection(lemma, "VBG") or ()):
            return lemma
    return None


_QUESTION_START = re.compile(r"(?i)^\W*(?:how|why|what|which|who|whom|whose|when|where|whether|is|are|was|were|do|does|did|can|could|will|would|has|have|should)\b")


def reads_as_request(part: str) -> bool:
    """Whether a part's text asks for records (a noun phrase or "Any ..."), not a question to be answered."""
    text = part.strip()
    return bool(text) and not text.endswith("?") and not _QUESTION_START.match(text)


def _account_clause(asked: str) -> str:
    """(ck32) What an account part asks, as a clause inside a sentence: "What NHS Lothian are doing" -> "what NHS
    Lothian are doing"."""
    asked = asked.strip().rstrip("?.! ")
    return asked[:1].lower() + asked[1:] if re.match(r"(?i)(?:what|how|whether|if)\b", asked) else asked


def _loses_beyond_letter(part: str, texts: list[str], made: Framing) -> bool:
    """lead41: TEXTS (the parts MADE of PART) drop a word saying what PART is about, beyond the body asked and the
    period, which the letter says on lines of its own; or are much shorter than it."""
    from askfoi.record_asks import content_words

    after = " ".join(texts)
    apart = " ".join(x for x in (made.authority.from_text if made.authority else None,
                                 made.authority.name if made.authority else None, made.period_text) if x)
    return bool(content_words(part) - content_words(after) - content_words(apart)) \
        or len(after.strip()) < len(part.strip()) * 0.6


# fx48: a reported question about a thing, written as the direct one ("what is the policy", "what are the rules on X")
_THING_ASKED = re.compile(r"(?i)(?:what|which)\s+(?:is|are|was|were)\s+(?:the|their|its|your|his|her|our)\s+")


def _framed_after(before: str, part: str, today: date | None) -> list[str]:
    """fx48: the parts PART frames into when it is read after BEFORE (the part straight above it in the letter), as the
    chat reads a message whose questions come one after another; [] when that reads it no better (kept as typed)."""
    made = frame_message(f"{before.rstrip()}\n{part.strip()}", today=today, one_body=True)
    if len(made.parts) < 2 or any(p.kept_words for p in made.parts[1:]):
        return []
    return [p.text for p in made.parts[1:]]


def review_parts(parts: list[str], frames: list[Frame], period: str | None, *, today: date | None = None,
                 authority: str | None = None) -> list[Any]:
    """Findings on the parts as they stand: a part that is not a request for records or whose frame is
    incomplete (with a rewrite that reframes it), a covert part (with answerable frames instead), periods in the
    parts that differ from the letter's period, a part whose "it" or "them" stands for nothing it says, and a part
    asking what another body than AUTHORITY did."""
    from askfoi.checks import Finding

    from askfoi.embedded_asks import direct_question
    from askfoi.record_asks import account_asked, asks_for_records, counts_nothing, loses_content, names_nothing

    by_text = {f.text: f for f in frames if f.text}
    findings: list[Any] = []
    reframed: list[str] = []
    bad: list[str] = []
    accounts: dict[str, str] = {}  # ck32: a part asking for an account ("tell me what X are doing"), what it asks
    pointed: list[str] = []  # fx48: "what the policy is" with nothing before it that says which policy
    for at, part in enumerate(parts):
        frame = by_text.get(part)
        if asks_for_records(part) and not (frame is not None and not frame.kept_words and part_problems(frame)):
            # ck32 (nu34 #7): a count, a total, a list or a document is a request as it stands (unless its rendering
            # does not read as English: "The amount of fire engines.")
            reframed.append(part)
            continue
        asked = account_asked(part)
        if asked and _THING_ASKED.match(direct_question(asked)):
            # fx48 (nc47 #4): "Please tell me what the policy is.": a thing to be named, never an account of what a
            # body does; framed as it would be typed after the part before it ("the policy" on what that part asks)
            # or, with no part it can lean on, a pointer the officer cannot follow
            texts = _framed_after(parts[at - 1], part, today) if at else []
            if texts:
                bad.append(part)
                reframed.extend(texts)
            else:
                pointed.append(part)
                reframed.append(part)
            continue
        if asked:
            accounts[part] = asked
            reframed.append(part)
            continue
        if frame is not None and not frame.kept_words and not part_problems(frame):
            reframed.append(part)
            continue
        if frame is None:
            made = frame_message(part, today=today, one_body=True)
            split = made.parts
            texts = [p.text for p in split if not p.kept_words]
            if len(split) >= 2 and len(texts) == len(split) and not _loses_beyond_letter(part, texts, made):
                bad.append(part)  # lead41 (nc44 #6): two questions in one part: one part each, as the chat frames them
                reframed.extend(texts)
                continue
        if reads_as_request(part) and frame is None:
            reframed.append(part)
            continue
        found = frame_message(part, today=today, one_body=True)
        texts = [p.text for p in found.parts if not p.kept_words]
        if texts and (frame is None or frame.kept_words or part_problems(frame)) and not loses_content(part, texts):
            bad.append(part)
            reframed.extend(texts)
        elif frame is not None and not frame.kept_words and frame.source and part_problems(frame) \
                and not loses_content(part, [keep_words(frame.source).text]):
            # a rendered part that does not read as careful English and cannot be reframed: the fix keeps
            # the person's question whole instead
            bad.append(part)
            reframed.append(keep_words(frame.source).text)
        else:
            reframed.append(part)  # ck32: never a fix shorter or vaguer than the part ("Bins.", "... who caught C.")
    if bad:
        findings.append(Finding(
            code="part-not-framed", severity="medium",
            message=render("frames/part_not_framed.j2", parts=bad).strip(),
            suggestion=render("frames/part_not_framed_fix.j2", parts=[p for p in reframed if p not in parts]).strip(),
            evidence=bad[0][:120],
            rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(reframed, 1)),
        ))
    if accounts:
        # ck32 (nu34 #7): "Please tell me what NHS Lothian are doing about cleaning": an account, not records; the fix asks
        # for the records that set it out, keeping every word of what was asked
        fixed = [render("frames/account_records.j2", asked=_account_clause(accounts[p])).strip() if p in accounts else p
                 for p in reframed]
        first = next(iter(accounts))
        findings.append(Finding(
            code="part-asks-account", severity="medium",
            message=render("frames/part_asks_account.j2", parts=list(accounts)).strip(),
            suggestion=render("frames/part_not_framed_fix.j2", parts=[p for p in fixed if p not in reframed]).strip(),
            evidence=first[:120],
            rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(fixed, 1)),
        ))
    empty = [p for p in parts if names_nothing(p) or p in pointed or counts_nothing(p)]  # fx57: "How many are waiting?"
    if empty:
        # ck32 (nu34 #7): "How many times?", "Who got the contract?": an officer reads each part by itself
        findings.append(Finding(
            code="part-names-nothing", severity="medium",
            message=render("frames/part_names_nothing.j2", parts=empty).strip(),
            suggestion=render("frames/part_names_nothing_fix.j2", parts=empty,
                              subject=next((f.subject for f in frames if f.subject and f.text not in empty), "")).strip(),
            evidence=empty[0][:120],
        ))
    covert = [f for f in frames if f.warning and f.text in parts]
    # ny97 (nc91 #3, nf94): one point for each covert part, headed with its number, whose fix replaces that part (and
    # only that part) with its own answerable frames: never another covert part's offers under the first one's warning
    # cv99 (nc99 #4): parts with the same warning and the same answerable frames offered are one point ("Parts 2 and
    # 3: ..."), never the same paragraph once a part; its fix replaces (or takes out) them all at once
    groups: list[list[Frame]] = []
    for frame in sorted(dict((f.text, f) for f in covert).values(), key=lambda f: parts.index(f.text)):
        offers = [r.text for r in frame.replacements]
        same = next((g for g in groups if g[0].warning == frame.warning and [r.text for r in g[0].replacements] == offers),
                    None)
        if same is not None:
            same.append(frame)
        else:
            groups.append([frame])
    points: list[tuple[list[Frame], list[str], list[str]]] = []
    for group in groups:
        new_parts = covert_fix(parts, {f.text: list(f.replacements) for f in group}, frames)  # ck22: within the limit
        points.append((group, new_parts, [t for t in new_parts if t not in parts]))
    for at, (group, new_parts, extra) in enumerate(points):
        numbers = [parts.index(f.text) + 1 for f in group]
        many = len(numbers) > 1
        head = f"Part {numbers[0]}" if not many else \
            "Parts " + ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"
        warning = group[0].warning or ""
        if many:
            warning = warning.replace("this part will", "these parts will")
        # cv99 (nc99 #4): what the letter already asks is never offered again ("ask instead for the total spent" beside
        # a part asking it); a fix that would take out every part is none: the point says why
        kept = [p for p in parts if p not in {f.text for f in group}]
        asked = [k for k, p in enumerate(parts, 1) if p in kept and any(
            _same_ask(r, by_text[p]) for f in group for r in f.replacements if by_text.get(p) is not None)]
        findings.insert(at, Finding(
            code="ncnd-risk", severity="high", message=f"{head}: {warning}", part=numbers[0],
            suggestion=render("frames/covert_suggestion.j2", parts=extra, no_overt=not extra, many=many,
                              asked=asked, only=not new_parts).strip(),
            evidence=group[0].source[:120],
            rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(new_parts, 1)),
        ))
    if not covert and not any(getattr(f, "code", "") == "ncnd-risk" for f in findings):
        # fc49: never beside the check's NCND warning ("does south yorkshire police use live facial recognition": the
        # lead's decision reads it as covert use, so the overt frames are offered, not an overt limit as well)
        offered = overt_limit_finding(parts, frames)
        if offered is not None:
            findings.append(offered)
    found = conflicting_periods(parts, frames, period, today=today)
    if found is not None:
        findings.append(found)
    worded = informal_wording(parts)
    if worded is not None:
        findings.append(worded)
    warned = {f.text for f in frames if f.warning}
    for part in parts:
        if part in warned:
            continue
        word = pointer_left(part)
        if word:
            findings.append(_story_reference(part, word, what="place" if word == "there" else "thing"))
        else:
            from askfoi.story_places import name_story_places

            left = name_story_places(part, "")[1]  # "his school", "that road": a place the letter never names
            if left:
                findings.append(_story_reference(part, left, what="place"))
        other = other_body_asked(part, authority)
        if other:
            findings.append(another_body_finding(part, other, authority or "", parts))
    return findings


@functools.lru_cache(maxsize=2)
def _informal_terms(key: str = "terms") -> tuple[tuple[re.Pattern[str], str], ...]:
    """knowledge/vocab/informal_terms.yaml's KEY list ("terms": loaded words, flagged; nx100 "plain": everyday words a
    framed part says in the records' words) as (pattern over whole words, wording)."""
    data, _ = load_vocab("informal_terms")
    terms = (data.get(key) if isinstance(data, dict) else None) or {}
    return tuple((re.compile(rf"(?i)(?<![\w'\u2019-])(?:{typed})(?![\w'\u2019-])"), str(neutral))
                 for typed, neutral in terms.items())


_SPENT_ON = "The total amount spent on "
_PAY_VERB = re.compile(r"(?i)^(?:pay|pays|paid|paying)$")


def _paid_out_parts(framing: Framing, text: str) -> Framing:
    """nx101 (ny99's limit): FRAMING with a sum the person asked as "paid out" said so ("how much they paid out in
    total" -> "The total amount paid out for pothole compensation claims."), never "spent on": the question's "out" is
    taken off before it is framed (discourse_marks._PAID_OUT), so the question is found again in TEXT as typed."""
    if not isinstance(text, str) or not re.search(r"(?i)\bpa(?:y|ys|id|ying)\s+out\b", text):
        return framing
    for part in framing.parts:
        if part.kind != "total_spend" or part.kept_words or not part.text.startswith(_SPENT_ON) or not part.source:
            continue
        words = re.findall(r"[\w'\u00a3]+", part.source)
        if not any(_PAY_VERB.match(w) for w in words):
            continue
        said = r"\W+".join(re.escape(w) + (r"\s+out" if _PAY_VERB.match(w) else "") for w in words)
        if re.search(rf"(?i)(?<!\w){said}(?!\w)", text):
            new = f"The total amount paid out {_paid_out_prep(part.subject or '', text)} " + part.text[len(_SPENT_ON):]
            _requote(framing, part.text, new)
            part.text = new
    return framing


def _paid_out_prep(subject: str, source: str) -> str:
    """nx101: "in compensation", "to officers", else "for pothole compensation claims"."""
    first = (subject or "").split()[0].lower() if (subject or "").split() else ""
    return "in" if first in _paid_out_in() else "to" if re.search(r"(?i)\bout\s+to\b", source or "") else "for"


def _plain_parts(framing: Framing) -> Framing:
    """nx100: FRAMING with each part askfoi built from a frame said in plain record words (`plain_wording`), and the
    findings that quote it quoting it so; a part kept in the person's words keeps them."""
    for part in framing.parts:
        new = plain_wording(part.text) if part.text and not part.kept_words else part.text
        if new != part.text:
            _requote(framing, part.text, new)
            part.text = new
    return framing


def _requote(framing: Framing, old: str, new: str) -> None:
    """What FRAMING's findings quote or would write back of part OLD is the part as it now reads, NEW."""
    for f in framing.findings:
        for field in ("message", "suggestion", "rewrite"):
            said = getattr(f, field, None)
            if isinstance(said, str) and old in said:
                setattr(f, field, said.replace(old, new))


def plain_wording(text: str) -> str:
    """nx100 (nc99 j8, j11): TEXT, a part askfoi framed, with the everyday words knowledge/vocab/informal_terms.yaml
    `plain` lists written as the records say them ("kids" -> "children", "spy on" -> "covertly watch")."""
    for pattern, neutral in _informal_terms("plain"):
        text = pattern.sub(neutral, text)
    return text


def neutral_wording(part: str) -> tuple[str, list[str]]:
    """lf58: PART with each informal, loaded or offensive word for people (knowledge/vocab/informal_terms.yaml) written
    in the neutral words official records use ("black kids" -> "Black children"), and the words it replaced, in order.
    The first term that matches a stretch of words wins (the list puts the longer terms first)."""
    said: list[str] = []
    out = part
    for pattern, neutral in _informal_terms():
        def put(m: re.Match[str], neutral: str = neutral) -> str:
            said.append(m.group(0))
            return neutral
        out = pattern.sub(put, out)
    return (out[:1].upper() + out[1:] if out[:1].islower() and part[:1].isupper() else out), said


def informal_wording(parts: list[str]):
    """lf58: a finding when a part keeps an informal or loaded word for people ("black kids", "illegals", "junkies"),
    with the parts reworded in neutral words as its one-key fix; None when no part does. A sentence-level decision on
    each part as the letter will send it; the terms are data (knowledge/vocab/informal_terms.yaml)."""
    from askfoi.checks import Finding

    flagged: list[str] = []
    said: list[str] = []
    fixed: list[str] = []
    for part in parts:
        new, words = neutral_wording(part)
        fixed.append(new)
        if words:
            flagged.append(part)
            said.append(words[0])
    if not flagged:
        return None
    message, _, suggestion = render("frames/informal_wording.j2", parts=flagged, said=said,
                                    fixed=[f for f, p in zip(fixed, parts) if p in flagged]).strip().partition("\n")
    return Finding(code="informal-wording", severity="low", message=message.strip(), suggestion=suggestion.strip(),
                   evidence=said[0][:120], rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(fixed, 1)))


def _reread_words(part: str, period: str, outer, today: date | None) -> list[str]:
    """nf94 (nc94 #6): the words in PART that name a relative period ("last year", "this year", no digit) read as a
    span of the same length as the letter's PERIOD (within 45 days) that overlaps it: the same words, which the letter
    reads by another kind of year (a school's, a financial one). A part whose period is another time ("last year" in
    a letter for 2020 to 2022) is the person's own choice and is not returned."""
    if not outer:
        return []
    out = []
    for label, written, _ in stated_periods(part, today=today):
        span = label_span(label)
        if re.search(r"\d", written) or not span or label == period:
            continue
        same_length = abs((span[1] - span[0]).days - (outer[1] - outer[0]).days) <= 45
        if same_length and span[0] <= outer[1] and outer[0] <= span[1]:
            out.append(written)
    return out


def conflicting_periods(parts: list[str], frames: list[Frame], period: str | None, *, today: date | None = None):
    """A finding when a part names a period other than the letter's PERIOD (None: no conflict). Its one-key
    fix (rewrite) says the period in every part that leans on the letter's: "..., for the period 1 January
    2024 to 31 December 2024", so no part is read under a period it does not say."""
    from askfoi.checks import Finding

    if not period:
        return None
    # fr11b: the periods each part states, a relative one restated in dates read as those dates ("for each of the past
    # two years April 2018 to March 2019 and April 2019 to March 2020": two financial years, not the last two)
    stated = [[label for label, _, _ in stated_periods(part, today=today) if " to " in label] for part in parts]
    other = sorted({label for labels in stated for label in labels if label != period})  # one day is a snapshot
    if not other or all(stated):
        return None  # every part says its own period: nothing is read under the letter's by mistake
    outer = label_span(period)
    spans = [label_span(label) for label in other]
    if outer and all(sp and outer[0] <= sp[0] and sp[1] <= outer[1] for sp in spans):
        return None  # each period said lies inside the letter's (the span that covers what the text states): the
        # person asked for those periods on purpose, and a part that says none is read as the whole, as they wrote
    by_text = {f.text: f for f in frames if f.text}
    rewritten = []
    said_again: list[str] = []  # nf94: the relative words a part's rewrite replaces ("last year")
    for part, labels in zip(parts, stated):
        frame = by_text.get(part)
        reread = _reread_words(part, period, outer, today)
        said_again += reread
        if reread:
            # nf94 (nc94 #6): "last year" in a part, when the letter's period is the same words read by another year
            # (the school year the person picked): the part says the letter's period, never both
            for written in reread:
                part = re.sub(rf"(?i)\b(?:in|during|over|for)?\s*{re.escape(written)}\b", f" in the period {period}", part, count=1)
            part = re.sub(r"\s{2,}", " ", part).strip()
            part = part[:1].upper() + part[1:]
        elif labels:
            pass
        elif frame is not None and not frame.kept_words:
            frame = frame.model_copy(deep=True)
            frame.qualifiers.period = frame.qualifiers.period or period
            part = render_frame(frame)
        else:  # the person's words: the period added at the end
            end = part.rstrip()[-1:] if part.rstrip()[-1:] in ".?!" else ""
            part = f"{part.rstrip().rstrip('.?!')}, for the period {period}{end or '.'}"
        rewritten.append(part)
    return Finding(
        code="conflicting-periods", severity="medium",
        message=render("frames/conflicting_periods.j2", period=period, others=other).strip(),
        suggestion=render("frames/conflicting_periods_fix.j2", period=period,
                          rewrite=rewritten != list(parts), reread=list(dict.fromkeys(said_again))).strip(),
        evidence=other[0],
        rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(rewritten, 1)) if rewritten != list(parts) else None,
    )
