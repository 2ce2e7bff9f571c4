"""Reading an authority's reply: what did it decide, under which law, citing which sections?

Sentence by sentence, then part by part:
1. The reply is cut into sentences (a numbered answer keeps its number; a restated question ends at its "?";
   run-on text is split where a rights notice, boilerplate or a test begins; question and answer headers
   ("Question Number 2:", "Answer 1", "Request 3"), bullets, section headings and items numbered in sequence start
   a sentence even without a full stop).
2. Each sentence gets a role from knowledge/vocab/reply_roles.yaml: the restated request, the rights notice,
   boilerplate about the law, the harm / public interest test, a hypothetical clause, or (by default) a
   sentence that may decide. Only deciding sentences give decision *signals*; sections in tests and
   hypotheticals count as grounds, sections in the request, rights notice and boilerplate are not read.
3. Signals come from the phrases in knowledge/vocab/reply_phrases.yaml and the cited sections (their roles
   in knowledge/vocab/reply_sections.yaml and exemptions.jsonl), each checked for negation ("took less than
   the 18 hours allowed", "we are not relying on section 14").
4. Where the reply answers numbered questions (1., Q2, "your third question"), each part is decided on its
   own signals, or read as an implicit answer when it holds figures or words but no decision; the parts
   combine (all given -> disclosed; some given and some withheld, not held, NCND or too costly ->
   part_disclosed; none given -> the strongest refusal). Otherwise `_decide` applies to the whole reply, and
   figures, or an answer in words ("The Council uses the Idox system"), beside a refusal make it part_disclosed.
5. `confidence` says how sure the reading is and `unclear` marks a reply with no decision askfoi can stand
   behind (the outcome is then a best guess, not an answer).

`_decide`, first rule that applies: vexatious; s12(2) cost of confirming; cost limit (part disclosed when
some was given outside a goodwill gesture); part disclosure said outright; information given beside
something withheld, not held, published elsewhere or NCND -> part_disclosed; information given; withheld
only because published -> published; withheld; published; not held; NCND for the whole request; a refusal
notice or partial NCND alone -> refused; withdrawn; else pending.

What a decision applies to (round 5): each decision sentence has a scope from its own words (`_decision_scope`):
named questions, covert use, "the rest" ("the remainder of your request", "any other information"), "some of it",
the whole ("the information you requested", "your request") or one named thing ("the contract value"). Sentences
that hold back only the rest or a share, with none covering the whole, mean the rest was given (part_disclosed), even
when the answer itself is not in the text. A sentence that only points at the answer ("Please see our response
below", "The answer to your question is") gives only where the hold-backs leave something: beside a refusal of the
whole it points at that refusal. Cues inside an "if" clause (and, for giving, a "whether" clause) decide nothing.
With no decision words at all, a clause with a negation, a verb of keeping or finding and something recorded ("There
is no record of this") is not held, and sentences that answer in words are a disclosure. A part that points at
another ("As above", "See answer to Q1") takes its decision; "N/A" decides nothing.

Partial NCND: `ncnd` is a flag beside the outcome. A reply that answers the main request (gives it, or
says it is not held) and neither confirms nor denies something else (typically covert use) gets the
outcome of the main request and ncnd=True. NCND is the outcome only when nothing else was decided.

The refusal notice (FOIA s17, FOISA s16, EIR reg 14) says a refusal was issued, never why: it is never
reported as a section, and "Full Refusal Section 17" with "does not hold" reads as not_held.
Sentences that explain an NCND ("confirming or denying whether information is held would ...") are part
of the NCND, so their "not held" or "exempt" wording is not read as a decision of its own; sections cited
in them count as the NCND's. When NCND is found, a bare section with an NCND subsection ("Sections 24
and 31") is read as that NCND too.

Labels and texts: `combine(label_reading, body_reading)` merges a short outcome line (Essex's
"Full Refusal Section 17 with Partial NCND", a WhatDoTheyKnow status) with the reply's own text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from askfoi.reply_regions import reply_only
from askfoi.knowledge import get_reference, load_vocab
from askfoi.models import Outcome, Regime, check_section
from askfoi.part_decisions import (PartRefs, banded_answer, clauses as decision_clauses, cue_kinds, other_parts, part_labels,
                                   stated_value, withholds_a_detail, withholds_a_share)
from askfoi.part_received import combine as combine_received, not_information

Signal = Literal[
    "give", "give_part", "not_held", "withhold", "notice", "ncnd", "ncnd_partial", "ncnd_context",
    "cost", "vexatious", "published", "withdrawn", "pending", "held", "extension", "goodwill", "cost_confirm", "no_such",
    "regime_foia", "regime_foisa", "regime_eir", "regime_eisr",
    "negation_before", "negation_before_citation", "negation_after", "other_act", "not_a_section",
    "workload", "nothing_more", "finer", "personal_data", "advice", "pointer", "keep_negation", "keep_verb", "keep_object",
    "held_some", "nil_answer", "law_list", "request_lead", "context_lead", "fee_asked", "holding", "no_duty",
    "decision_to_come", "form_caveat", "format_asked", "format_wanted", "general_pointer", "other_regulations_before", "future_publication_said", "section_title_words", "future_step",
    "not_an_answer", "burden_measured", "not_held_in_that_form", "measured_search", "scope_caveat", "aggregated_for_cost",
    "none_given", "future_requests", "harassment", "not_recorded", "decision_upheld", "upheld_in_part",
]  # fmt: skip
Role = Literal["procedural", "notice", "not_held", "cost", "vexatious", "published", "ncnd", "exemption", "routing"]

MAX_EVIDENCE = 6
QUOTE_CHARS = 160
MAX_CITATIONS = 5000  # a real reply cites dozens; this keeps a pathological text (a list of numbers) fast


class Reading(BaseModel):
    """What an authority decided, as askfoi read it."""

    outcome: Outcome
    ncnd: bool = False
    sections: list[str] = Field(default_factory=list)
    regime: Regime = Regime.FOIA
    explanation: str = ""
    evidence: list[str] = Field(default_factory=list)  # quoted phrases that decided it
    links: list[str] = Field(default_factory=list)  # where the reply says published information is
    # added for issue 10 (sentence-by-sentence, part-by-part reading):
    parts: list["PartReading"] = Field(default_factory=list)  # one per numbered answer, when the reply has them
    confidence: Literal["high", "medium", "low"] = "medium"
    unclear: bool = False  # askfoi could not tell what was decided: `outcome` is its best guess, not an answer
    # added in rd9: a nil answer ("there were no such cases", "has not issued any notices", "a nil return") was read
    # as an answer given (the number is zero), and some of what was asked is held back until it is published (s22)
    nil_answer: bool = False
    held_until_published: bool = False
    # added in rd11: the boundary the reply sits on, where it gives something and holds back the rest
    # (knowledge/vocab/reply_boundaries.yaml: cost_and_given, personal_data_redacted, published_and_given,
    # not_held_and_given, withheld_and_given), and the outcome that boundary's convention gives
    boundary: str | None = None
    boundary_outcome: Outcome | None = None
    # added in rd12: the learnt outcome decision (askfoi/reply_model.py): its probability of the outcome read (None
    # without a shipped model) and whether the rules or the model decided it (the model only where it is sure)
    outcome_p: float | None = None
    decided_by: Literal["rules", "model"] = "rules"
    # added in rd20: the reply names another body as the one that holds the information ("This is held by NHS England,
    # please contact them"), and whether it says it has passed the request on to that body ("We have passed your
    # request to the Home Office"). Told in the explanation; the outcome stays in models.Outcome (not_held / pending)
    held_by: str | None = None
    passed_on: bool = False
    # added in rd38: sections the reply names only as something that might apply ("may be exempt under section 43, but
    # we have decided to release it", "Were it held, section 40(2) would apply"), never to hold anything back
    entertained: list[str] = Field(default_factory=list)
    # added in rv58 (nc58 #6): personal data the reply took out or held back without citing an exemption for it
    # ("attached, with personal data of staff redacted"), in its own words; no section is read for it
    unnamed_withheld: list[str] = Field(default_factory=list)
    # added in rv58 (nc58 #6): where a pointer at published information says it is without a link: another body's
    # website or a named publication ("the CQC website", "Annual Report 2024/25"), or a bare address
    published_where: list[str] = Field(default_factory=list)
    # rd70 (nc67 #11): a reply not held as a whole because it says the request asks for no recorded information
    not_recorded: bool = False
    # rd82 (issue 10.2): what the reply gives or points to that the pasted text does not hold: "attachment" (a sentence
    # that gives says it is attached or enclosed) and "link" (a pointer to a link whose address is nowhere in the text).
    # The outcome stays what the letter decides; the explanation says what to check
    not_in_text: list[str] = Field(default_factory=list)
    # rd97 (issue 10, item 4): a review's outcome that decides nothing but that the first decision stands ("the original
    # decision is upheld"): read as the refusal standing; the explanation says so instead of looking for an exemption
    upheld: bool = False


class PartReading(BaseModel):
    """What the reply decided for one numbered question or part ("Q1.", "2.", "Response 3:")."""

    number: str
    outcome: Outcome
    ncnd: bool = False
    sections: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    implicit: bool = False  # no decision words: the part holds an answer (figures, yes/no), so read as given
    follows: str | None = None  # the part it points at and takes its decision from ("2. Not applicable (see Q1)")
    nil_answer: bool = False  # rd9: the part's answer is a nil answer ("None", "there were no complaints"): zero, given
    # rd70 (nc67 #11): the part was answered "this is not a request for recorded information" (a "why" asked, not
    # records): read as not held, but the review asks for the records that would show the answer, not for searches
    not_recorded: bool = False


SentenceRole = Literal["decision", "request", "rights", "boilerplate", "test", "hypothetical", "law", "other"]


class Sentence(BaseModel):
    """One sentence of a reply and what it does."""

    text: str
    role: SentenceRole
    part: str | None = None  # the number of the question/part it belongs to
    signals: list[str] = Field(default_factory=list)  # decision signals read in it
    sections: list[str] = Field(default_factory=list)
    # what its decision is about: "questions 3, 4", "covert use", "the rest", "some of it", "the information" (the whole),
    # or the one thing it names ("contract value")
    applies_to: str | None = None


class Boundary(BaseModel):
    """A boundary between outcomes and its label convention (knowledge/vocab/reply_boundaries.yaml)."""

    beside: Literal["cost", "personal", "published", "not_held", "withhold"]
    outcome: Outcome
    whole: Outcome
    also: list[Outcome] = Field(default_factory=list)  # rd35: what a stated exception gives beside the convention
    labels: dict[str, int] = Field(default_factory=dict)
    note: str | None = None

    model_config = {"extra": "allow"}


class NamedExemption(BaseModel):
    """An exemption named in words (knowledge/vocab/reply_exemption_names.yaml)."""

    patterns: list[str] = Field(min_length=1)
    foia: str
    foisa: str | None = None
    note: str | None = None


class NamedCues(BaseModel):
    """A list of cue patterns (knowledge/vocab/reply_redactions.yaml)."""

    patterns: list[str] = Field(min_length=1)
    note: str | None = None


class RoleCue(BaseModel):
    role: Literal["request", "rights", "boilerplate", "test", "hypothetical", "law"]
    patterns: list[str] = Field(min_length=1)
    note: str | None = None


Reading.model_rebuild()


# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------


def _compile(pattern: str) -> re.Pattern[str]:
    """A vocabulary pattern: lower-case regex where ' ' is any whitespace run (' ?' optional whitespace)."""
    return re.compile(pattern.replace(" ?", r"\s*").replace(" ", r"\s+"))


class Cue(BaseModel):
    signal: Signal
    patterns: list[str] = Field(min_length=1)
    weight: int = Field(default=1, ge=1, le=10)
    note: str | None = None

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            try:
                _compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is not a valid regular expression: {exc}") from None
        return patterns


@dataclass
class _Rules:
    cues: dict[str, list[tuple[re.Pattern[str], int]]]
    scans: dict[str, list[tuple[re.Pattern[str], bool, int]]]  # for whole-text scans: (pattern, bounded, weight)
    roles: dict[str, Role]
    labels: dict[str, Outcome]
    sentence_roles: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)

    def patterns(self, signal: str) -> list[re.Pattern[str]]:
        return [p for p, _ in self.cues.get(signal, [])]

    def scan(self, signal: str, text: str, limit: int = 0) -> list[tuple[int, int, int]]:
        """(start, end, weight) of each match of a signal's patterns in the whole text; `limit` per pattern."""
        spans: list[tuple[int, int, int]] = []
        for pattern, bounded, weight in self.scans.get(signal, []):
            count = 0
            for m in pattern.finditer(text):
                if bounded and m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                    continue
                spans.append((m.start(), m.end(), weight))
                count += 1
                if count == limit:
                    break
        return spans

    def role(self, section: str) -> Role:
        """The role of the longest listed prefix ('31(1)(a)' -> '31'); unlisted sections are exemptions, except a
        section far outside the law's exemptions (`_EXEMPTION_PARTS`: "Section 5 - 'Breach of Bail'" of a force's own
        instruction is no FOI exemption), which is procedural."""
        key = section
        while key:
            found = self.roles.get(key)
            if found or not key.endswith(")"):
                if found:
                    return found
                break
            key = key[: key.rfind("(")]
        law, _, number = section.split("(")[0].rpartition(" ")
        span = _EXEMPTION_PARTS.get(law)
        if span and number.isdigit() and not span[0] <= int(number) <= span[1]:
            return "procedural"
        return "exemption"

    @functools.cached_property
    def ncnd_capable(self) -> frozenset[str]:
        """Bare sections that have an NCND subsection ('24' for 24(2))."""
        return frozenset(k.split("(")[0] for k, role in self.roles.items() if role == "ncnd" and "(" in k)


# the sections of each Act that can be an exemption or a decision; a section cited outside them that the vocabulary
# does not list is not an exemption ("Section 5 - Breach of Bail" of a force's own instruction). The span is wider than
# the Acts' parts of exemptions (FOIA 21-44, FOISA 25-41) so that a section read under the wrong Act (FOISA 18, the
# NCND, cited in a reply read as FOIA) keeps its weight
_EXEMPTION_PARTS = {"": (12, 44), "FOISA": (10, 44)}


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    cues_data, _ = load_vocab("reply_phrases", Cue)
    # rd26: a reply in Welsh decides in Welsh words (reply_phrases_cy.yaml), read by the same signals
    cues_cy, _ = load_vocab("reply_phrases_cy", Cue)
    cues: dict[str, list[tuple[re.Pattern[str], int]]] = {}
    scans: dict[str, list[tuple[re.Pattern[str], bool, int]]] = {}
    entries = list(cues_data.values()) if isinstance(cues_data, dict) else []
    entries += list(cues_cy.values()) if isinstance(cues_cy, dict) else []
    for cue in entries:
        cues.setdefault(cue.signal, []).extend((_compile(p), cue.weight) for p in cue.patterns)
        # A leading \b stops the regex engine from jumping to its first letter, which makes a scan of a
        # long text many times slower; scans drop it and check the boundary themselves.
        scans.setdefault(cue.signal, []).extend(
            (_compile(p[2:]) if p.startswith("\\b") else _compile(p), p.startswith("\\b"), cue.weight) for p in cue.patterns
        )
    from askfoi.knowledge import ncnd_provisions

    listed, _ = load_vocab("reply_sections", Role)
    # NCND provisions come from knowledge/exemptions.jsonl; reply_sections.yaml adds the other roles.
    roles: dict[str, str] = {section: "ncnd" for section in ncnd_provisions()}
    roles.update(listed if isinstance(listed, dict) else {})
    labels: dict[str, Outcome] = {}
    for name in ("alaveteli_states", "reply_labels"):
        data, _ = load_vocab(name, Outcome)
        if isinstance(data, dict):
            labels.update({_label_key(k): v for k, v in data.items()})
    role_data, _ = load_vocab("reply_roles", RoleCue)
    order = ("request", "rights", "boilerplate", "test", "hypothetical", "law")
    role_cues = [c for c in (role_data.values() if isinstance(role_data, dict) else [])]
    # one alternation per role: five searches a sentence instead of one per pattern
    sentence_roles = [
        (r, _compile("|".join(f"(?:{p})" for c in role_cues if c.role == r for p in c.patterns)))
        for r in order if any(c.role == r for c in role_cues)
    ]
    return _Rules(cues, scans, roles, labels, sentence_roles)


def _label_key(label: str) -> str:
    return " ".join(label.replace("_", " ").lower().split())


# ---------------------------------------------------------------------------
# Text preparation
# ---------------------------------------------------------------------------

_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\x00", " "),
        # control characters (terminal escapes among them) never reach a quote: same length, harmless
        **dict.fromkeys([chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32), *range(127, 160))], " "),
        **dict.fromkeys("\r\u2028\u2029", "\n"),
        **dict.fromkeys("\u200e\u200f\u202a\u202b\u202c\u202d\u202e", " "),
    }
)
_UNIT_BREAK = re.compile(
    # not after "e.g." (rd20), nor after a title's dot before the name (rd55: "by referring Mr. Cox to a House of Lords
    # written answer"; abbreviations.yaml `before_name` for the same rule in askfoi/sentence_ends.py)
    r"\n|(?<=[.!?])(?<![Ee]\.g\.)(?<!\b[Mm]r\.)(?<!\b[Mm]rs\.)(?<!\b[Mm]s\.)(?<!\b[Dd]r\.)(?<!\bCllr\.)(?<!\bProf\.)"
    r"[ \t]+(?=[\"'(\[]?[A-Z])"
    r"|(?<=[.!?;:])[ \t]+(?=(?:Q|Question |Part |Response )?\d{1,2}[.):]\s)"  # "... not held. 2. Of 529 ..."
    # rd46: a lettered sub-item's marker ("... as information not held. 1b \u2013 The total number ... was 4485. 1c \u2013 for ...")
    r"|(?<=[.!?;:])[ \t]+(?=(?:Q|Question |Part )?\d{1,2}[a-h](?:[.):]|[ \t]?[-\u2013\u2014])[ \t])"
    r"|(?<=\?)[ \t]+(?=\S)"  # a restated question ends at its question mark: "...last year? 2013-14: £2m"
    r"|(?<=[.!?][\"'])[ \t]+(?=[A-Z])"  # a quoted request ends at its closing quote: '..."? Response: ...'
    # an answer that opens with its figure, after a restated request with no "?": "1. Please state the number of fines
    # issued in 2023. 1,204 fines were issued. 2. ...", "... the number of officers. 1,200." (not after "No." or "s.")
    r"|(?<=[a-z0-9)][.!])(?<!\b[Nn]o\.)(?<!\b[Ss]s\.)(?<!\b[Ss]\.)(?<!\b[Pp]p\.)(?<!\b[Pp]\.)(?<!\b[Pp]ara\.)(?<!\b[Ss]ec\.)(?<!\b[Rr]eg\.)"
    r"(?<!\b[Aa]rt\.)(?<!\b[Vv]ol\.)(?<!\b[Aa]pprox\.)(?<!\b[Cc]a\.)(?<!\b[Cc]\.)(?<!\b[Ee]st\.)(?<!\b[Mm]in\.)(?<!\b[Mm]ax\.)"
    r"(?<!\b[Ff]ig\.)(?<!\b[Rr]ef\.)(?<!\b[Nn]os\.)(?<!\b[Vv]s\.)(?<!\b[Tt]el\.)[ \t]+(?=[\u00a3$]?\d[\d,]*(?:\.\d+)?%?(?:\s+[a-z]|\.?\s*$|\.\s+(?:[A-Z]|(?:Q|Question |Part )?\d{1,2}[.):]\s)))"
)
# rd27: a sentence that starts with a small letter after a word's full stop (not after an item's number, "1. the
# number of ...", nor an abbreviation: "e.g.", "s.", "no.")
_LOWER_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bapprox\.)(?<!\bs\.)(?<!\bss\.)(?<!\bno\.)"
                          r"(?<!\bnos\.)(?<!\bref\.)(?<!\breg\.)(?<!\bpara\.)(?<!\bsec\.)(?<!\bp\.)(?<!\bpp\.)(?<!\bvs\.)(?<!\bc\.)"
                          r"[ \t]+(?=[a-z]{2,}\b|i\b)")
_UPPER_START = re.compile(r"(?<=[.!?])[ \t]+[\"'(\[]?[A-Z]")
_CLAUSE_BREAK = re.compile(r"[,;:]")
# "... 2. We do not hold": the "2." belongs to the sentence after it, not the one before
_ENDS_WITH_MARKER = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:[Qq](?:uestion)?\s?|[Pp]art\s|[Rr]esponse\s)?\d{1,2}[.)]$|(?:^|\s)(?:[Qq](?:uestion)?\s?|[Pp]art\s|[Rr]esponse\s)\d{1,2}[.)]$|\b(?:[Nn]o|[Ss]|[Ss]ec|[Ss]s|[Rr]eg|[Ee]tc|[Ii]e|[Ee]g)\.$")
_ANSWER_AFTER_QUESTION = re.compile(r"\?\s+\d{1,2}[.)]$")
_MARKER_AHEAD = re.compile(r"(?:Q|Question |Part )?\d{1,2}[.):]\s")
_MARKER_NEXT = re.compile(r"(?:Q|Question |Part |Request )\d{1,2}\b")
_URL = re.compile(r"https?://[^\s<>\"'\])]+")
# Question-and-answer layouts without full stops ("... the last 3 months Question Number 2: ...", "...? Answer 1 42
# of the 53 ...", "... £8,750,000 2) Please state ..."): a new sentence starts at a question or answer header, a
# bullet, or a numbered item that opens with a capital, unless the words before make it part of a sentence
# ("in respect of Request 2 by virtue of", "section 12. The", "questions 2 and 3. ")
_HEADER_BREAK = re.compile(
    r"[ \t]+(?=(?:Question (?:Number|No\.?) ?\d|Answers? (?:[Tt]o (?:Question|Request|Part) )?\d|Response (?:[Tt]o (?:Question|Request) )?\d"
    r"|Request \d{1,2}\b|Question \d{1,2}\s?[:.)\-]|Q\d{1,2}\s?[:.)\-]|Q\d{1,2} (?=[A-Z][a-z])|A\d{1,2}\s?[:.)\-]|[\u2022\u25aa\u25e6\u00b7]\s|\d{1,2}[.)]\s+[A-Z]"
    # a section as a heading ("Section 43 - Commercial Interest") and the Act's words after it ("Section 43(2) exempts")
    r"|(?:Section|Regulation) \d{1,3}(?:\s?\(\w{1,4}\))*\s?(?:-\s?[A-Z][a-z]|(?:exempts|states|provides|says)\b)"
    r"|Sections? \d{1,3}(?:\s?\(\w{1,4}\))*(?:\s(?:and|&)\s\d{1,3}(?:\s?\(\w{1,4}\))*)? (?:is|are) (?:a|an|the|prejudice|qualified|absolute|class)\b))"
)
# rd49: a decision clause that opens with no stop before it ("... is readily available on the NaCTSO website West
# Midlands Police will neither confirm nor deny ..."): a lower-case word, then the body named in capitals (or "we") and
# its decision verb - a new sentence starts at the body, so each clause gets its own role
_DECISION_CLAUSE_OPENS = re.compile(
    r"(?<=[a-z]) +(?=(?:(?:[A-Z][\w'&-]*|of|and) +){0,5}?(?:[A-Z][\w'&-]*|we) +(?:(?:will|can|does|do|shall|must|may|would) +)?"
    r"(?:neither +confirms?|not +confirm +or +deny|neither +confirm)\b)")
_CLAUSE_NOT_AFTER = re.compile(
    r"\b(?:the|a|an|that|which|who|where|when|whether|as|because|so|if|why|and|or|but|of|to|in|at|for|with|by|from|on|is|are|was"
    r"|were|be|been|this|these|those|its|their|our|your|reason|policy|practice)$", re.I)
# (the words before it are a clause of their own, not an opening: "In this case West Midlands Police will ...")
_WORDS_BEFORE_CLAUSE = re.compile(r"(?:[^\s.!?:;]+[ \t]+){5,}[^\s.!?:;]+$")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][a-z'-]*$")
_LIST_OPENS_MIDLINE = re.compile(r"(?<=[a-z] )(1[.)])[ \t]+(?=[A-Z])")
_SECOND_ITEM = re.compile(r"(?<=[\s?.;])2[.)]\s")
_BARE_ITEM = re.compile(r"(?<![\w.,/\u00a3-])(\d{1,2})[.)]\s+[A-Z]")
_AFTER_LABEL = re.compile(r"[a-z)]:[ \t]+$")
_VALUE_END = re.compile(r"(\d{1,2})[.)]$")


def _ends_with_value(original: str, pos: int, values: set[int]) -> bool:
    """The text before pos ends with a label's value read as a number, not an item's marker (rd47)."""
    m = _VALUE_END.search(original, max(0, pos - 3), pos)
    return m is not None and m.start() in values


_LONE_MARKER = re.compile(r"\s*(?:Q|Question |Part |Response |Answer |Request )?\d{1,2}[.):]?\s*")
_HEADER_BREAK_NOT_AFTER = re.compile(
    r"(?:\b(?:of|to|in|at|for|and|or|&|with|under|see|respect|relation|regard|regards|reply|response|answer|section|sections|s|ss|sec|"
    r"regulation|regulations|reg|regs|question|questions|part|parts|paragraph|para|article|schedule|no|number|per|than|by|from)"
    r"|[.,;(/:\-]\s?|\b[Ss]s?\.)$",
)


# rd21: text wrapped at a fixed width (e-mail, WhatDoTheyKnow: "... The exemption at s14 may be\nengaged if the
# burden ..."): a line break inside a sentence is no sentence break, or a sentence loses its verb, its negation or
# its "if". A break is inside a sentence when the line before is long, ends with no stop, and the next line goes on in
# lower case; the text must be wrapped (several such lines), so a short list line ("a) 2016/17") is never joined.
# (rd26: up to 120 characters: letters wrapped at ~105, "... with the information provided, please\nread the advice")
# lt100 (Cheshire 2615): a line that opens with a closing bracket continues the line before ("the duty in S1 (1\n)(a) of
# the Freedom of Information Act"): a bracket closed on the next line never starts a sentence
_WRAP_LINE = re.compile(r"(?m)^([^\n]{45,120})(?<![.!?:;|])\n(?=[ \t]?[a-z(£\d)\]])")
_WRAPPED_LINES = 3


def _wrapped_breaks(original: str) -> set[int]:
    breaks = {m.end(1) for m in _WRAP_LINE.finditer(original)
              if not _LIST_LEAD_LINE.match(original, m.end()) and not _LIST_LEAD_LINE.match(original, m.start())}
    # lt100 (Cheshire 2615): a line break inside a phrase, whatever the line's length: a bracket left open ("the duty in
    # S1 (1\n)(a)"), or a line that ends on a word no sentence ends on ("For question\n1, the force ...", "by\nvirtue of")
    # before a line that goes on in lower case or with the number
    inside = set()
    for m in _BROKEN_PHRASE.finditer(original):
        nl = m.start("nl") if m.group("nl") else m.start("nl2")
        line_start = original.rfind("\n", 0, nl) + 1
        if m.group("open") is None or original.count("(", line_start, nl) > original.count(")", line_start, nl):
            inside.add(nl)
    return (breaks if len(breaks) >= _WRAPPED_LINES else set()) | inside


# lt100: a newline inside a phrase: after an open bracket's line (checked: more "(" than ")" on it) before ")", or after
# a word no sentence ends on before a lower-case word or a number and its comma ("question\n1, the"; never "questions\n1.
# How many", a list)
_BROKEN_PHRASE = re.compile(
    r"(?P<open>[\w(])(?P<nl>\n)(?=[ \t]?\))"
    r"|\b(?i:of|by|the|to|a|an|and|or|in|for|with|under|question|questions|part|parts|section|sections)[ \t]?(?P<nl2>\n)"
    r"(?=[ \t]?(?:[a-z]|\d{1,2}\s?,\s))")


_LIST_LEAD_LINE = re.compile(r"[ \t]*(?:\(?[a-z0-9]{1,2}[.)]|[-*\u2022])\s")


# rd61: a question told back in quotation marks ends at its question mark, not at the closing quote ("... cancelled
# on appeal?"): what decides whether a sentence asks reads past the quote
_CLOSING_QUOTES = "\"'\u201d\u2019"


@dataclass
class _Text:
    """The reply twice over, same length: as written (for quotes) and lower-cased (for matching)."""

    original: str
    lower: str
    starts: list[int]
    answer_before: dict[int, int] = field(default_factory=dict)  # a restated question's unit: where the question starts
    hypothetical: dict[int, tuple[int, int]] = field(default_factory=dict)  # a hypothetical sentence: its clause
    reasons: set[int] = field(default_factory=set)  # rd13: the items of a list of reasons ("for the following reasons: 1. ...")
    quoted_law: set[int] = field(default_factory=set)  # rd22: the lines of the Act quoted after "Section 43(2) states:"
    answer_after: dict[int, int] = field(default_factory=dict)  # rd28: a restated item's unit: where the answer written after it starts
    # rd88: the request's items told back one a line, each with its answer after a dash: (item's place, line start,
    # answer start, line end)
    inline_items: list[tuple[int, int, int, int]] = field(default_factory=list)
    entertained: set[int] = field(default_factory=set)  # rd38: sentences with a clause that only entertains an exemption

    def role_at(self, roles: list[str], pos: int) -> str:
        """The role at a position: a hypothetical sentence is hypothetical only within its clause; the answer written
        after a restated item ("- Spend per grade - Commercially Sensitive, Section 43 applied") is the authority's."""
        unit = self.unit(pos)
        if roles[unit] == "request" and pos >= self.answer_after.get(unit, len(self.original)):
            return "other"
        span = self.hypothetical.get(unit)
        if roles[unit] == "hypothetical" and span and not span[0] <= pos < span[1]:
            return "other"
        return roles[unit]

    @classmethod
    def of(cls, text: str) -> _Text:
        original = text.translate(_SAME_LENGTH)
        lower = original.lower()
        if len(lower) != len(original):  # a few characters lower-case to two ('İ'): keep those as written
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in original)
        # "2. We do not hold": the "2." opens the sentence after it, unless another marker follows it at once ("...in
        # 2023? 7. Q2 Please ...": then the 7 is an answer)
        # (a number straight after a question is its answer, not a marker: "How many fines? 42. 2. Please provide ...")
        joined = _wrapped_breaks(original)
        # a bare number opens an item only in sequence ("1. ... 2. ... 3."), so "The total was 57. To break it down" does not
        expected, in_sequence = 1, set()
        for m in _BARE_ITEM.finditer(original):
            n = int(m.group(1))
            if n in (1, expected):
                in_sequence.add(m.start())
                expected = n + 1
        # rd47 (nc45 #1): a number after a label's colon that breaks the sequence is the label's value, not an item's
        # marker ("3. Complaints received: 7. Where figures are fewer than five, ..."): no break before it, and the
        # sentence ends after it
        values = {m.start() for m in _BARE_ITEM.finditer(original)
                  if m.start() not in in_sequence and _AFTER_LABEL.search(original, max(0, m.start() - 4), m.start())}
        breaks = [m for m in _UNIT_BREAK.finditer(original) if m.end() not in values]
        lower_breaks = list(_LOWER_BREAK.finditer(original))
        if len(lower_breaks) > len(_UPPER_START.findall(original)):
            # rd27: a text written in lower case ("we are not releasing it now. the summary figures are: ..."): its
            # sentences start with small letters, so they break there too
            breaks = sorted(breaks + lower_breaks, key=lambda m: m.start())
        starts = [0] + [m.end() for m in breaks if m.start() not in joined and (
                        not _ENDS_WITH_MARKER.search(original, max(0, m.start() - 16), m.start()) or _MARKER_NEXT.match(original, m.end())
                        or _ends_with_value(original, m.start(), values)
                        or (_ANSWER_AFTER_QUESTION.search(original, max(0, m.start() - 16), m.start())
                            and _MARKER_AHEAD.match(original, m.end())))]
        clauses = [m.end() for m in _DECISION_CLAUSE_OPENS.finditer(original)
                   if _LOWER_WORD_BEFORE.search(original, max(0, m.start() - 30), m.start())
                   and _WORDS_BEFORE_CLAUSE.search(original, max(0, m.start() - 200), m.start())
                   and not _CLAUSE_NOT_AFTER.search(original, max(0, m.start() - 12), m.start())]
        if clauses:
            starts = sorted(set(starts) | set(clauses))
        # rd14: "In relation to your questions 1. How many ...? 2. How many ...?": a "1." after a word, with a "2." ahead,
        # opens the first item of a list; the sentence breaks before it, not after it
        moved = {m.start(1): m.end() for m in _LIST_OPENS_MIDLINE.finditer(original)
                 if _SECOND_ITEM.search(original, m.end(), m.end() + 400)}
        if moved:
            starts = sorted((set(starts) - set(moved.values())) | set(moved))
        headers = [m.end() for m in _HEADER_BREAK.finditer(original)
                   if m.start() > 0 and not _HEADER_BREAK_NOT_AFTER.search(original[max(0, m.start() - 14) : m.start()].lower())
                   and (not _BARE_ITEM.match(original, m.end()) or m.end() in in_sequence)]
        if headers:
            starts = sorted(set(starts) | set(headers))
            # a number alone ("2.") is the marker of the sentence after it, never a sentence of its own
            # (after a question it is the answer: "How many were dismissed? 7. Q2 ...")
            starts = [s for k, s in enumerate(starts) if k == 0 or not _LONE_MARKER.fullmatch(original[starts[k - 1] : s])
                      or (k >= 2 and original[starts[k - 2] : starts[k - 1]].rstrip().rstrip(_CLOSING_QUOTES).endswith("?"))]
        return cls(original, lower, starts)

    def unit(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def before(self, unit: int) -> int:
        """The last unit before UNIT with words in it (-1 if none): a blank line between two sentences is no
        sentence of its own (rd21)."""
        u = unit - 1
        while u >= 0 and not self.original[slice(*self.bounds(u))].strip():
            u -= 1
        return u

    def bounds(self, unit: int) -> tuple[int, int]:
        end = self.starts[unit + 1] if unit + 1 < len(self.starts) else len(self.original)
        return self.starts[unit], end

    def quote(self, start: int, end: int) -> str:
        """The sentence around a match, cut at word breaks to a readable length."""
        lo, hi = self.bounds(self.unit(start))
        head = tail = ""
        if hi - lo > QUOTE_CHARS:
            if start - lo > QUOTE_CHARS // 3:
                lo = self.original.find(" ", start - QUOTE_CHARS // 3, start) + 1 or start
                head = "..."
            if hi - lo > QUOTE_CHARS:
                cut = self.original.rfind(" ", max(end, lo + QUOTE_CHARS - 20), lo + QUOTE_CHARS)
                hi = cut if cut > end else max(end, lo + QUOTE_CHARS)
                tail = "..."
        text = " ".join(self.original[lo:hi].split()).strip(" -*\u2022")
        return f"{head}{text}{tail}" if text else ""

    def clause_before(self, pos: int, limit: int = 90) -> str:
        lo = max(self.bounds(self.unit(pos))[0], pos - limit)
        window = self.lower[lo:pos]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window)]
        return " " + window[breaks[-1] :] if breaks else " " + window

    def after(self, pos: int, limit: int = 90) -> str:
        return self.lower[pos : min(self.bounds(self.unit(pos))[1], pos + limit)]


# ---------------------------------------------------------------------------
# Cited sections
# ---------------------------------------------------------------------------

_GROUP = r"\s?\((?:[0-9]{1,2}[a-z]?|[a-z]|[ivx]{2,4})\)"
# rd21: a last paragraph letter written without its brackets ("section 33(1)b and 38(1)b of FOISA"), after a group
_BARE = r"(?:(?<=\))(?P<bare>[a-h]))?"
_CITE = re.compile(
    # (rd26: "adran", "adrannau": section(s) in a reply written in Welsh)
    # rd61: a colon after the word opens a list of numbers ("Exemptions under sections: 29(1)(a), 30(b)(ii) and 38(1)(b) of
    # FOISA apply", "Regulation: 12(5)(e)")
    r"(?<![a-z0-9'])(?P<intro>sections?:?|adran(?:nau)?|secs?\.?|ss\.?|s\.?|regulations?:?|regs?\.?|eirs?(?:\s?reg(?:ulation)?s?\.?)?|eisr"
    r"|(?:exemptions?|exceptions?)(?:[ \t](?:at|under|in|applied|used|engaged|relied on|cited))?:?(?=[ \t]\d{1,3}\s?\((?:\d{1,2}[a-z]?|[a-z])\))"  # "exemption 43(2)", "Exemptions applied: 31(1)(a)"
    r"|under(?=\s?\d{1,3}\s?\((?:\d{1,2}[a-z]?|[a-z])\))"  # "exempt under 40(2)"
    r"|under(?=\s\d{1,2}\sof\s(?:the\s)?(?:freedom of information|foi))"  # "not obliged under 22 of the Freedom of ..."
    r"|exemptions(?=\s\d{2}(?:,\s?\d{2})*,?\s(?:and|&)\s\d{2}\b))"  # "subject to exemptions 31, 33, 41 and 43"
    # rd22: a section with a capital letter after its number (FOIA s22A, research; s11A, s11B): the letter is kept
    # rd64: "regulations R12(5)(a)": the regulation's own abbreviation after the word
    r"\s?(?:(?<=regulations\s)r\.?|(?<=regulation\s)r\.?)?(?P<num>[0-9]{1,3})(?![0-9])(?P<suffix>[ab](?![a-z0-9]))?(?P<groups>(?:" + _GROUP + r")*)" + _BARE
    # rd29: "Section 40(2)of the FOIA": a subsection run straight into "of"
    # rd91: or into the next table cell's word ("Regulation 12(4)(a)Requested information was not held"): the
    # subsection ends at its bracket, never cut back to "12(4)"
    + r"(?:(?![a-z0-9])|(?<=\))(?=of\b)|(?<=\))(?=[a-z]{2}))",
    re.ASCII,
)
# rd29: "Section (30)(b)(ii)": the section's own number in brackets before its subsections, read as "30(b)(ii)" (the
# same length: the two brackets move to the end as spaces)
_BRACKETED_NUMBER = re.compile(r"(?:(?<=\bsection )|(?<=\badran ))\((\d{1,3})\)((?:\((?:[0-9]{1,2}[a-z]?|[a-z]|[ivx]{2,4})\))+)", re.ASCII)
# rd29: a number cited bare and then named as the environmental regulations' ("we give notice under 10(4)(a) of EI(S)R
# 2004"): a regulation, not a section of the Act
_OF_THE_REGULATIONS = re.compile(r"\s?of (?:the )?(?P<law>ei\(s\)rs?|eisrs?|eirs?|environmental information(?P<scot> \(scotland\))? regulations)\b", re.ASCII)
_CONT = re.compile(
    r"\s?(?P<sep>,\s?(?:and|or|&)?|and|or|&|/|-|to)\s?"
    r"(?:(?P<intro>sections?|secs?\.?|ss?\.?|regulations?|regs?\.?)\s?)?"
    r"(?P<num>[0-9]{1,3}(?![0-9]))?(?P<groups>(?:" + _GROUP + r")*)" + _BARE + r"(?![a-z0-9])",
    re.ASCII,
)
_GROUP_ITEM = re.compile(r"\((\w+)\)", re.ASCII)
# the next section of a list after the short title of the one before: "sections 24(1) - national security and
# 31(1)(a)(b) - law enforcement"; the next one needs its subsection, so "and 18 hours" is never one
# rd100: the Act named after a section in the middle of a list ("30(b)(i) of FOISA - free and frank provision of advice,
# 30(b)(ii) - ...", "33(1)(b) of the Act (commercial interests), 30(c) ..."): the list runs on past it
_ACT_NAMED = r"\s(?:of|under) (?:the )?(?:foisa|foia|act|freedom of information (?:\(scotland\) )?act(?: 200[02])?)(?![a-z])"
_TITLED_CONT = re.compile(
    # (rd85: a bracketed title as long as the Acts' longest, broken over a line: "30(b) (free and frank\nprovision of
    # advice and views), 35(1)(c) ...")
    r"(?:" + _ACT_NAMED + r")?"
    r"(?:\s?[-:]\s?[a-z][a-z' ]{2,60}?|\s?\([a-z][a-z'&\s-]{2,80}\))\s?(?P<sep>,\s?(?:and|or|&)?|and|or|&)\s?(?:(?:sections?|ss?\.?)\s?)?"
    # a bare number only when its own title follows ("and 31 (Law Enforcement)")
    r"(?P<num>[0-9]{1,3})(?P<groups>(?:" + _GROUP + r")*)(?![a-z0-9])(?!" + _GROUP + r")(?:(?<=\))|(?=\s?\(?[a-z]{3}))",
    re.ASCII,
)


# rd23: ... or after a title written as plain words ("sections 24(2) national security and 31(3) law enforcement",
# "24(2) national security; 30(3) investigations; and 31(3) law enforcement"): the words must all be words of the
# exemptions' titles (`_title_words`), and the next section needs its subsection
_PLAIN_TITLED_CONT = re.compile(
    r"(?:" + _ACT_NAMED + r")?\s(?P<title>[a-z][a-z'&-]*(?:\s[a-z&][a-z'&-]*){0,6}?)\s?(?P<sep>[,;]\s?(?:and|or|&)?|and|or|&)\s?(?:(?:sections?|ss?\.?|s\.)\s?)?"
    r"(?P<num>[0-9]{1,3})(?P<groups>(?:" + _GROUP + r")+)(?![a-z0-9])",
    re.ASCII,
)


# rd99: the next section of a list written with spaces only, after a section with its subsection ("exemptions under
# Sections 25(1), 27(1), 30(c) 33(1)(b) 38(1)(b) 39(1) of FOISA apply"): the next one needs its subsection too, so "section
# 12(1) 18 hours" or "40(2) 2019" is never one
_SPACE_CONT = re.compile(r"[ \t](?P<sep>)(?P<num>[0-9]{1,3})(?P<groups>(?:" + _GROUP + r")+)(?![a-z0-9])", re.ASCII)


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of the exemptions' titles (knowledge/exemptions.jsonl) and of the short names replies use for them
    (reply_phrases.yaml `section_title_words`)."""
    words = {w for title in _section_titles().values() for w in re.findall(r"[a-z&']+", title)}
    for p in _rules().patterns("section_title_words"):
        words.update(re.findall(r"[a-z&']+", p.pattern))
    return frozenset(words)


def _plain_title(title: str) -> bool:
    words = title.split()
    return bool(words) and all(w in _title_words() for w in words) and any(len(w) > 3 for w in words)


@dataclass
class _Citation:
    kind: Literal["section", "regulation"]
    num: str
    groups: list[str]
    start: int
    end: int
    eisr: bool = False
    suffix: str = ""  # rd22: "A" of "22A"
    paired: bool = False  # rd23: a subsection named after another of the same section ("38(1) and (2)": the "(2)")

    def key(self, regime: Regime, eisr_text: bool) -> str:
        parts = "".join(f"({g.upper() if g[0].isdigit() else g})" for g in self.groups)
        body = f"{int(self.num)}{self.suffix}{parts}"
        if self.kind == "regulation":
            return f"{'EISR' if self.eisr or eisr_text else 'EIR'} {body}"
        return f"FOISA {body}" if regime == Regime.FOISA else body


def _split_groups(groups: list[str]) -> list[list[str]]:
    """'31(1)(a)(b)' is a list (31(1)(a), 31(1)(b)); '36(2)(b)(i)' is one nested section."""
    out = [groups]
    if len(groups) >= 2 and all(len(g) == 1 and g.isalpha() for g in groups[-2:]):
        tail = [groups[-1]]
        i = len(groups) - 2
        while i >= 0 and len(groups[i]) == 1 and groups[i].isalpha() and ord(groups[i]) + 1 == ord(tail[0]):
            tail.insert(0, groups[i])
            i -= 1
        if len(tail) >= 2:
            out = [groups[: i + 1] + [g] for g in tail]
    return out


def _group_kind(group: str) -> str:
    return "digit" if group[0].isdigit() else "roman" if re.fullmatch(r"[ivx]{2,4}", group) else "letter"


def _replace_tail(base: list[str], new: list[str]) -> list[str]:
    """'31(1)(a) and (b)': (b) replaces the last group of its kind; '36(2)(b)(i) and (ii) and (c)': (c) replaces the
    letter, not the roman numeral after it."""
    kind = _group_kind(new[0])
    for i in range(len(base) - 1, -1, -1):
        if _group_kind(base[i]) == kind or (kind == "roman" and base[i] == "i"):
            return base[:i] + new
    if kind == "letter":  # "(i)" read alone is a roman numeral or a letter: a letter after it replaces the letter before
        for i in range(len(base) - 1, -1, -1):
            if base[i] != "i" and _group_kind(base[i]) == "letter":
                return base[:i] + new
    return base + new if kind != "digit" else new


def _letter_range(first: str, last: str) -> list[str]:
    if len(first) == len(last) == 1 and first.isalpha() and last.isalpha() and first < last <= "h":
        return [chr(c) for c in range(ord(first), ord(last) + 1)]
    return [last]


_POSTCODE = re.compile(r"(?:.*\b(?!(?:Sections?|Act|FOIA|FOISA|EIR|Regulations?|Exemptions?|Exceptions?|Refusal|Refused|Withheld|Exempt|Applied|Under|Using)\b)[A-Z][a-z]+,? S\d{1,2}(?![\d(])|.*\bS\d{1,2} \d[A-Z]{2}\b)")


@functools.lru_cache(maxsize=1)
def _lettered_subsections() -> frozenset[str]:
    """nz73: the Acts' subsections with a capital letter after their number ("40(5A)", "40(5B)"), from the pack."""
    try:
        exemptions = get_reference().exemptions
    except Exception:  # noqa: BLE001 - no knowledge pack: none known
        return frozenset()
    return frozenset(e.section.lower() for e in exemptions if re.fullmatch(r"\d{1,3}\(\d{1,2}[A-Z]\)", e.section))


def _lettered_subsection(num: str, groups: list[str], original: str) -> list[str]:
    """nz73 (nc73 #8): "section 40(5)(B)(a)(i)" is subsection (5B) written with its letter in brackets of its own; read as
    written it became "40(5)(b)(a)(i)". A capital letter in brackets right after a numbered subsection joins it when the
    joined subsection is one the Acts have (40(5A), 40(5B)); "31(1)(A)" stays paragraph (a)."""
    written = _GROUP_ITEM.findall(original)
    if len(written) < 2 or [g.lower() for g in written] != groups[: len(written)]:
        return groups
    for i in range(len(written) - 1):
        joined = f"{groups[i]}{groups[i + 1]}"
        if written[i].isdigit() and re.fullmatch(r"[A-Z]", written[i + 1]) and f"{int(num)}({joined})" in _lettered_subsections():
            return groups[:i] + [joined] + groups[i + 2 :]
    return groups


def _numbered_range(sep: str, last: _Citation, num: str, groups: list[str], kind: str) -> bool:
    """"sections 28 to 35", "ss. 21-44": a range of whole sections (the second after the first), not a section "/" another."""
    if kind != "section" or last.groups or groups or not last.num.isdigit():
        return False
    return sep == "to" or (sep == "-" and int(num) > int(last.num))


_LAST_ENVIRONMENTAL_REGULATION = 21  # the EIR 2004 and the EISR 2004 each end at regulation 21


def _citations(t: _Text, rules: _Rules) -> list[_Citation]:
    """Every section or regulation cited, lists and ranges expanded; other Acts' sections left out."""
    found: list[_Citation] = []
    not_a_section = rules.patterns("not_a_section")
    other_act = rules.patterns("other_act")
    other_regs = rules.patterns("other_regulations_before")
    text = _BRACKETED_NUMBER.sub(lambda m: m.group(1) + m.group(2) + "  ", t.lower)
    env_named = bool(re.search(r"\b(?:environmental information|eirs?\b|eisrs?\b|ei\(s\)rs?\b)", text))
    fees_only = bool(re.search(r"\bfees\)? regulations\b", text)) and not env_named
    for m in _CITE.finditer(text):
        intro = m.group("intro")
        if intro == "s" and _POSTCODE.match(t.original, max(0, m.start() - 30), m.end() + 4):
            continue  # "Grafton Street, Worksop S80", "S80 1AB": a postcode district, not section 80
        if intro in ("eir", "eirs", "eisr") and not m.group("groups") and re.match(r"[-/]\d", text[m.end():m.end() + 2]):
            continue  # nu23: "Our ref: EIR 26-0911": a reference number, not regulation 26
        if re.match(r"\.\d{1,3}\.\d", text[m.end("num"):m.end("num") + 8]):
            continue  # rd85: "regulations 10.1.18.1 and 10.1.18.2": a clause of a code or rulebook, no Act's section
        kind: Literal["section", "regulation"] = "regulation" if intro.startswith(("reg", "eir", "eisr", "exception")) else "section"
        if intro.startswith("reg") and (int(m.group("num")) > _LAST_ENVIRONMENTAL_REGULATION
                                        or (not env_named and not m.group("groups") and not m.group("bare"))):
            # rd97: "Regulation 24" as a kind of placement in a council's table of costs (a family-and-friends foster
            # placement under the Care Planning Regulations): the environmental regulations have 21 regulations, and a
            # bare "regulation N" in a letter that never names them is some other regulation, not an exception
            continue
        if intro.startswith("reg") and (fees_only or any(p.search(text, max(0, m.start() - 160), m.start()) for p in other_regs)):
            # rd27: "... (Appropriate Limit and Fees) Regulations 2004 (see Reg. 3(3))": the fees regulations', as is
            # every regulation of a reply that names them and never the environmental regulations
            continue
        suffix = ""
        if m.group("suffix"):
            # "section 22A": a lettered section, written in capitals; "section 22a" stays unread as before
            if kind != "section" or not t.original[m.start("suffix")].isupper():
                continue
            suffix = t.original[m.start("suffix")]
        eisr = intro.startswith("eisr")
        groups = _GROUP_ITEM.findall(m.group("groups")) + ([m.group("bare")] if m.group("bare") else [])
        groups = _lettered_subsection(m.group("num"), groups, t.original[m.start("groups") : m.end("groups")])
        run = [_Citation(kind, m.group("num"), g, m.start(), m.end(), eisr, suffix) for g in _split_groups(groups)]
        pos = m.end()
        for _ in range(40):
            c = _CONT.match(text, pos)
            if not c or not (c.group("num") or c.group("groups")):
                c = _TITLED_CONT.match(text, pos)
                if not c and run[-1].groups:
                    c = _PLAIN_TITLED_CONT.match(text, pos)
                    if c and not _plain_title(c.group("title")):
                        c = None
                if not c and run[-1].groups:
                    c = _SPACE_CONT.match(text, pos)
                if not c:
                    break
            new_groups = _GROUP_ITEM.findall(c.group("groups")) + ([c.group("bare")] if "bare" in c.groupdict() and c.group("bare") else [])
            sep = c.group("sep").strip(" ,") or ","
            last = run[-1]
            if c.group("num"):
                if _numbered_range(sep, last, c.group("num"), new_groups, kind):
                    # nz85 (nc85 #6): "any of sections 28 to 35, 38, 39 or 41": a range of sections is a law's own
                    # list quoted (FOISA s18's, FOIA's Part II), never the sections the reply relies on
                    run = []
                    break
                if sep in ("-", "to", "/") or any(p.match(text[c.end() : c.end() + 40]) for p in not_a_section):
                    break
                run.extend(_Citation(kind, c.group("num"), g, c.start(), c.end(), eisr) for g in _split_groups(new_groups))
            elif sep in ("-", "to"):
                if not last.groups:
                    break
                for letter in _letter_range(last.groups[-1], new_groups[0])[1:]:
                    run.append(_Citation(kind, last.num, last.groups[:-1] + [letter], c.start(), c.end(), eisr, last.suffix))
            else:
                run.append(_Citation(kind, last.num, _replace_tail(last.groups, new_groups), c.start(), c.end(), eisr, last.suffix,
                                     paired=bool(last.groups) and _group_kind(new_groups[0]) == "digit"))
            pos = c.end()
        if not run or any(p.match(text[pos : pos + 120]) for p in other_act):
            continue
        regs = _OF_THE_REGULATIONS.match(text, pos)
        if regs and kind == "section" and intro in ("under", "s", "s.") and not any(c.kind == "regulation" for c in run):
            eisr_named = "(s)" in regs.group("law") or "eisr" in regs.group("law") or bool(regs.group("scot"))
            for c in run:
                c.kind, c.eisr = "regulation", eisr_named
        found.extend(run)
        if len(found) >= MAX_CITATIONS:
            break
    return found


# ---------------------------------------------------------------------------
# Signals
# ---------------------------------------------------------------------------

_DECISION_SIGNALS = (
    "give", "give_part", "not_held", "withhold", "notice", "ncnd", "ncnd_partial",
    "cost", "vexatious", "published", "withdrawn", "pending", "held", "extension", "goodwill", "cost_confirm", "no_such",
    "none_given",
)  # fmt: skip
_NEGATABLE = {"give", "give_part", "pointer", "withhold", "cost", "vexatious", "published", "withdrawn", "pending", "held", "extension"}
# "no_such" is itself a negative ("does not use"); it is never cancelled by the negation before it
_ROLE_SIGNAL = {
    "notice": "notice", "not_held": "not_held", "cost": "cost", "vexatious": "vexatious",
    "published": "published", "ncnd": "ncnd", "exemption": "withhold",
    "routing": "ground",  # "section 39(2) of FOISA": the request is answered under the environmental regulations instead
}  # fmt: skip
_KEEP = 3  # quotes kept per signal


@dataclass
class _Found:
    quotes: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # signal -> (sentence, quote)
    sections: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    regime: Regime = Regime.FOIA
    ncnd_demoted: set[str] = field(default_factory=set)  # rd23: NCND subsections cited as their exemption ("38(1) and (2)")
    says_where: bool = False  # rd76: a pointer whose "where" follows the Act's words quoted under it (`_Events.says_where_after`)

    def add(self, signal: str, t: _Text, start: int, end: int) -> None:
        """Note a signal, keeping a quote from each of its first few sentences."""
        kept = self.quotes.setdefault(signal, [])
        unit = t.unit(start)
        if len(kept) < _KEEP and all(u != unit for u, _ in kept):
            kept.append((unit, t.quote(start, end)))

    def has(self, *signals: str) -> bool:
        return any(s in self.quotes for s in signals)


def _negated(t: _Text, start: int, end: int, before: list[re.Pattern[str]], after: list[re.Pattern[str]]) -> bool:
    head = t.clause_before(start)
    tail = t.after(end)
    return any(p.search(head) for p in before) or any(p.match(tail) for p in after)


_ELSEWHERE = re.compile(r"\b(?:contact (?:details|information|them)|how to (?:make|submit|send|direct) (?:a|an|your) (?:[\w()]+ ){0,4}?(?:request|application|enquiry)|their (?:own )?web ?sites?)\b")
_BEYOND_THE_REQUEST = re.compile(r"\W*(?:further|additional|more|other|related|wider|general|you may also)\b")
# rd22: what a sentence says is published is the guidance or the law the reply points to, not what was asked ("This
# guidance is available on the ICO website at the following link")
_GUIDANCE_SUBJECT = re.compile(r"\W*(?:(?:this|the|that|these|such|our|their|its|(?:the )?(?:ico|information commissioner)(?:['\u2019]s)?)\s)?"
                               r"(?:(?:ico|commissioner['\u2019]s|information commissioner['\u2019]s)\s)?(?:guidance|code of practice|codes of practice"
                               r"|legislation|guide|act)\b")
_CONDITIONAL_SIGNALS = {"give", "give_part", "not_held", "withhold", "published", "held", "pointer"}
_IF = re.compile(r"\b(?:if|unless)\b(?!.*\b(?:if|unless)\b)")
_IF_WHETHER = re.compile(r"\b(?:if|unless|whether)\b(?!.*\b(?:if|unless|whether)\b)")
_IF_CLOSED = re.compile(r"\b(?:and|but|so|then|we|i)\b")


def _conditional(t: _Text, start: int, whether: bool = False) -> bool:
    """The cue sits in an "if" clause of its own sentence: "if there is no such information", "unless it is held";
    with `whether`, also in a "whether" clause ("we considered whether it could be released with the names
    redacted"): said of giving, that is an option weighed, not a disclosure."""
    head = t.clause_before(start, limit=60 if not whether else 90)
    m = (_IF_WHETHER if whether else _IF).search(head)
    if m is not None and not _IF_CLOSED.search(head, m.end()):
        return True
    # the main clause of a conditional sentence: "if it holds any information ..., it would be exempt"
    lo = t.bounds(t.unit(start))[0]
    # (also in the future, the modal being the cue's own first word: "if any of the exemption categories apply then the
    # information will not be released")
    return bool(_WOULD_BEFORE.search(t.lower, max(lo, start - 24), start) or _MODAL_CUE.match(t.lower, start)) and bool(
        _IF_EARLIER.search(t.lower, lo, start))


_LIST_FOLLOWS = re.compile(r"\b(?:following|these|below) (?:exemptions?|sections?|exceptions?|provisions?)\W*$")
_SECTION_HEAD = re.compile(r"\W*(?:s\.?\s?|sections?\s)\d")


def _in_conditional_sentence(t: _Text, pos: int) -> bool:
    """pos is in the main clause of a conditional sentence: an "if" clause and then "would" before it."""
    lo = t.bounds(t.unit(pos))[0]
    m = _IF_EARLIER.search(t.lower, lo, pos)
    return m is not None and re.search(r"\bwould\b", t.lower[m.end() : pos]) is not None


_WOULD_BEFORE = re.compile(r"\b(?:would|could|might)(?: not| then| also| therefore| still| likely)? (?:be |have been )?(?:\w+ )?$")
_MODAL_CUE = re.compile(r"(?:will|would|could|might|shall)\b")
_IF_EARLIER = re.compile(r"(?:^|(?<=[\s,;(]))(?:if|were (?:it|we|the \w+|any)|should (?:it|any|the \w+) be)\b", re.M)


_TITLE_AFTER = re.compile(r"\s?\(([a-z][a-z ,'-]{5,80})\)")


@functools.lru_cache(maxsize=1)
def _section_titles() -> dict[tuple[Regime, str], str]:
    """(law, bare section number) -> the title the knowledge pack gives it, for FOIA and FOISA."""
    out: dict[tuple[Regime, str], str] = {}
    try:
        exemptions = get_reference().exemptions
    except Exception:  # noqa: BLE001 - no knowledge pack: no titles to compare
        return out
    for e in exemptions:
        if e.regime in (Regime.FOIA, Regime.FOISA) and re.fullmatch(r"\d{1,2}", e.section):
            out[(e.regime, e.section)] = e.title.lower()
    return out


def _titled_laws(t: _Text, citations: list[_Citation]) -> dict[Regime, int]:
    """For sections cited with their title in brackets, which law's title each matches (FOIA 27 is international
    relations, FOISA 27 future publication): a count per law, only where one law's title matches clearly better."""
    from rapidfuzz import fuzz

    titles = _section_titles()
    out: dict[Regime, int] = {}
    for c in citations[:40]:
        if c.kind != "section":
            continue
        m = _TITLE_AFTER.match(t.lower, c.end)
        if m is None:
            continue
        scores = {law: fuzz.token_set_ratio(m.group(1), titles[(law, c.num)]) for law in (Regime.FOIA, Regime.FOISA)
                  if (law, c.num) in titles}
        if len(scores) == 2 and abs(scores[Regime.FOIA] - scores[Regime.FOISA]) >= 30:
            best = max(scores, key=scores.get)
            if scores[best] >= 70:
                out[best] = out.get(best, 0) + 1
    return out


def _regime(t: _Text, rules: _Rules, citations: list[_Citation]) -> tuple[Regime, bool]:
    """The law the reply is under, and whether it is Scotland's environmental regulations."""
    score = {"regime_foia": 0, "regime_foisa": 0, "regime_eir": 0, "regime_eisr": 0}
    for signal in score:
        score[signal] = sum(weight for _, _, weight in rules.scan(signal, t.lower, limit=3))
    score["regime_eir"] += 3 * min(3, sum(1 for c in citations if c.kind == "regulation"))
    # "s17(1) (information not held), s25(1) (information otherwise accessible)": the titles given are FOISA's
    for law, n in _titled_laws(t, citations).items():
        score["regime_foisa" if law == Regime.FOISA else "regime_foia"] += 2 * min(3, n)
    # environmental regulations in a reply that also speaks of FOISA ("we are applying section 39(2) of FOISA")
    # are Scotland's, whatever it calls them ("the EIRs")
    eisr = score["regime_eisr"] > 0 or any(c.eisr for c in citations) or score["regime_foisa"] > 0
    eir = score["regime_eir"] + score["regime_eisr"]
    foisa, foia = score["regime_foisa"], score["regime_foia"]
    if eir > max(foia, foisa):
        return Regime.EIR, eisr
    if foisa > foia:
        return Regime.FOISA, True  # a regulation cited in a Scottish reply is the EISR's
    return Regime.FOIA, False


# What each sentence role lets through: None = every signal; otherwise the decision signals it may carry.
# Citations in request/rights/boilerplate sentences are not read at all.
_ROLE_ALLOWS: dict[str, frozenset[str] | None] = {
    "decision": None,
    "other": None,
    "request": frozenset(),
    "rights": frozenset(),
    "boilerplate": frozenset(),
    "test": frozenset({"withhold", "ncnd", "ncnd_partial", "notice", "extension"}),  # "we need more time to consider the public interest test"
    "hypothetical": frozenset({"ncnd", "ncnd_partial", "cost", "vexatious", "pending", "withdrawn"}),
    # what a section says, quoted ("Section 30(1) states that information ... is exempt"): its sections are
    # grounds, its words decide nothing but an NCND ("Section 23(5) provides that the duty ... does not arise")
    # or a cost or vexatious refusal (section 12 and 14 are stated in the words of the Act when applied)
    "law": frozenset({"ncnd", "ncnd_partial", "cost", "vexatious"}),
}
_NO_CITATIONS = {"request", "rights", "boilerplate"}
_MAX_EVENTS = 400  # per signal: enough for any real reply, bounded for a pathological one
_RESPONSE_HEADER = re.compile(r"^\s*(?:[-\u2013\u2022*]\s*)?(?:in )?(?:response|responses|decision|answer|our response|reply|ymateb(?=\s*:)"
                              r"|(?:outcome|grounds|exemptions? (?:applied|used)|reasons? for (?:the )?(?:refusal|decision))\s?:)", re.I)


_CLAUSE_SPLIT = re.compile(r"[;:]|,\s*(?:however|but|although|though|so|we|i|it|and|as)\b|\b(?:however|but|because|since|therefore)\b"
                           r"|\bas (?=(?:its |the |any |such |their )?(?:disclosure|release|confirmation|disclosing|releasing|confirming)\b)")
# (rd26: "Cais:" is "Request:" in a reply written in Welsh, "Ymateb:" its "Response:")
_REQUEST_HEADER = re.compile(r"^\s*(?:[-*]\s*)?(?:you asked|your request|request(?:ed)?|the request|information requested|question asked|you requested|you wrote"
                             r"|cais(?=\s*:))\b")


# a sentence in which the authority speaks: "The Trust does not provide ...", "We hold ...", "The requested information was ..."
_ANSWER_START = re.compile(
    r"^\W*(?:the (?:trust|council|force|board|health board|department|authority|service|university|police|constabulary|ministry"
    r"|commission|agency|government|college|school|office)\b|we\b|i (?:can|am|have|do|would|enclose|attach)\b|our\b"
    r"|(?:this|the|that) (?:requested )?(?:information|data|figures?)\b|please (?:find|see)\b"
    r"|(?:unfortunately|regrettably|sadly)\b|(?:following|after|having (?:made|carried out))? ?(?:a |our )?(?:searches|search|enquiries)\b"
    r"|having (?:searched|checked|consulted)\b|(?:yes|no|none|nil|n/a|not held|not recorded)\b(?! (?:one|longer|more|doubt)\b)"
    r"|[a-z][\w'&-]*(?: [\w'&-]+){0,5} (?:council|trust|police|constabulary|service|board|department|office|authority|university"
    r"|commission|agency|executive|ministry|government) (?:does|do|did|has|have|holds?|is|are|can|cannot|will|would|received|spent)\b"
    # fu21: a figure stated ("There were 14,221 missed collections reported in 2025.", "In 2025, a total of 88 ..."):
    # a sentence giving a figure is the answer, never the request restated
    r"|(?:in (?:19|20)\d\d(?:[/-]\d\d)?,? )?(?:there (?:were|was|are|is|have been|has been) (?:a total of |in total |approximately |about |around |over |some )?"
    r"(?:\d[\d,.]*|no|none|nil)\b|a total of \d|in total,? \d))")
# nu30: a bare number before the answer ("(1) We received 41 complaints", "2. We do not hold ..."): the answer starts there
_BARE_NUMBER_LEAD = re.compile(r"^\W{0,3}\d{1,2}[.):]\s+")
_NEXT_ITEM = re.compile(r"^\W{0,3}(?:q|question|part)?\s?(\d{1,2})[.):]\s")
_MARKER_ONLY = re.compile(r"\W*(?:q|question|part|request)?\s?\d{1,2}\W*", re.I)
# the requester's own words under a question: "Please break it down by year", "If so, how many?", "And for 2022"
_ASKING = re.compile(r"^\W*(?:please(?! (?:see|find|refer|note|be advised|be aware|accept|contact|do not hesitate))|could|can you|would you|will you|i\b|i'd|i'm|my\b|if so|if yes|if not|and\b|also\b|or\b"
                     r"|including|broken down|for (?:each|every|the (?:last|past|period|years?|financial))|in each|between|from \w+ (?:19|20)\d\d"
                     r"|what|which|how|when|where|who|why|whether|is there|are there|do you|does|did you|have you|has the"
                     r"|the number of|a breakdown|details of|copies of|a copy of|a list of|any (?:information|documents|records|correspondence))\b")
# rd29: a request told back in one whole sentence that announces nothing after it (no colon, no "following", "below",
# "as follows", no list)
# rd51: a header's colon, then the request in quotation marks that close at the sentence's end
_QUOTED_WHOLE = re.compile(r":\s*[\"\u201c\u2018'][^\"\u201c\u201d]{10,}[\"\u201d\u2019'][.!?]?\s*$")
_TOLD_IN_ONE_SENTENCE = re.compile(r"^\W*(?:you requested|you asked for|you have requested|you have asked for)\b(?![^\n]*(?:following|below|as follows|these|:))"
                                   r"[^\n]{20,}[a-z0-9)\]]\.\s*$")
# rd29: a numbered or lettered item ("1.", "(1)", "1)", "Q1", "a)") that opens with a question word
_QUESTION_ITEM = re.compile(r"^\W{0,3}(?:(?:q|question|part)\s?\d{1,2}[.):]?|\(?(?:\d{1,2}|[a-h])(?:[.):]|\s?[-\u2013]))\s+(?:how (?:many|much|often|long)|what|which"
                            r"|when|where|who|whether|do you|does the|did the|is there|are there|have you|has the)\b")
# ... unless it is answered in the same sentence: "1. How many? 42", "Q1 What budget - £3,000"
_FIGURE_AFTER_QUESTION = re.compile(r"(?:\?|\s[-\u2013:]\s)[^\n]*\d")
_LEAD_MARKER = re.compile(r"^\W*(?:q|question|part|response|answer|point)\s?\d{1,2}\s?[.):\-]\s*", re.I)

_NUMBERED_HEAD = re.compile(r"[a-z][a-z ]{2,40}\b\d{1,2}(?:\s*(?:,|and|&|-|to)\s*\d{1,2})*\s*:")


def _unit_roles(t: _Text, rules: _Rules) -> list[str]:
    """The role of each sentence (knowledge/vocab/reply_roles.yaml), with a restated request running from
    its header to the first response header ("You asked: ... In Response: ...")."""
    roles: list[str] = []
    in_request = False
    question_number = 0  # the number of the last restated question that had one
    # sentences that decide in the passive ("The prices are withheld", "This is not held"): never the requester's words
    deciding: set[int] | None = None
    headers_after: list[int] | None = None  # the response headers ("In Response:"), found once when needed
    heads_seen: set[str] = set()  # numbered heading lines ("request for information 2:") met so far
    answering = False  # rd30: the numbered headings now head the answers
    told_in_sentence = False  # rd32: the restated request opened with a full sentence, not a header
    for i in range(len(t.starts)):
        lo, hi = t.bounds(i)
        text = t.lower[lo:hi]
        role = "other"
        for name, pattern in rules.sentence_roles:
            m = pattern.search(text)
            if m:
                role = name
                if name == "hypothetical":  # only its own clause: "If we held it, it would be exempt; however, we do not hold it"
                    before = [b.end() for b in _CLAUSE_SPLIT.finditer(text, 0, m.end()) if b.end() <= m.start()]
                    after = _CLAUSE_SPLIT.search(text, m.end())
                    if after is not None and text[m.start() : m.start() + 3] in ("if ", "wer") and text[after.start()] == ",":
                        after = _CLAUSE_SPLIT.search(text, after.end())  # "If it were held, it would be exempt ..." is one
                    end = len(text) if after is None or text[after.start()] == ":" else after.start()  # "...exempt under:" + its list
                    t.hypothetical[i] = (lo + (before[-1] if before else 0), lo + end)
                break
        if _RESPONSE_HEADER.match(t.original[lo:hi]):
            in_request = False
        if in_request and role != "request" and (_ANSWER_START.match(text) or _ANSWER_START.match(_LEAD_MARKER.sub("", text, count=1))
                                                 or _ANSWER_START.match(_BARE_NUMBER_LEAD.sub("", text, count=1))):
            # no "Response:" header: the block ends where the authority starts answering, also after the part's
            # own marker ("Part 1 - the information is enclosed", "Q2: We do not hold ...")
            in_request = False
        if in_request and role != "request":
            if deciding is None:
                deciding = {t.unit(a) for signal in ("withhold", "not_held", "ncnd", "cost") for a, _, _ in rules.scan(signal, t.lower, limit=50)}
            if headers_after is None:
                headers_after = [u for u in range(len(t.starts)) if _RESPONSE_HEADER.match(t.original[slice(*t.bounds(u))])]
            # rd27: a restated item that names a decision ("2. How many received a neither confirm nor deny response")
            # stays the request when the block's own response header is still to come ("You asked: ... In Response:")
            if i in deciding and not (_NEXT_ITEM.match(text) and any(u > i for u in headers_after)):
                in_request = False
        head = _NUMBERED_HEAD.fullmatch(text.strip())
        if head:
            # rd30: "Request for information 1:" a second time: the answers repeat the request's numbered headings
            # (no "Response" header between), so the restated request ended before it; later headings are the answers'
            if in_request and text.strip() in heads_seen:
                in_request, answering = False, True
            heads_seen.add(text.strip())
            if answering:
                role = "other"
        if in_request and told_in_sentence and i > 0 and not t.original[slice(*t.bounds(i - 1))].strip() \
                and not text.rstrip().rstrip(_CLOSING_QUOTES).endswith("?") and not _ASKING.match(_LEAD_MARKER.sub("", text, count=1)) \
                and not _NEXT_ITEM.match(text) and not _REQUEST_HEADER.match(text):
            # rd32: "You asked us to review our response of 9 January, in which we refused ... under section 30(1)."
            # then a new paragraph: a request told in a sentence of the authority's own ends with its paragraph
            in_request = False
        if role == "request" and _REQUEST_HEADER.match(text):
            in_request = not re.search(r"(?:response|answer|reply)\s*:", text)  # a block runs to the response
            told_in_sentence = bool(re.search(r"[a-z0-9)\]]\.\s*$", text)) and not re.search(r"following|below|as follows|these|:", text)
            if in_request and _QUOTED_WHOLE.search(text):
                # rd51 (nc50 #5): 'You asked for: "The number of ... and the reports for each farm."' - the request
                # quoted whole after its header, the quotation closed in the same sentence: what follows is the reply's
                in_request = False
            if in_request and _TOLD_IN_ONE_SENTENCE.match(text):
                # rd29: "You requested information relating to complaints made against IPSA staff." - the request
                # summed up in one full sentence, nothing announced after it: the authority's own sentences follow
                in_request = False
        elif in_request and roles and roles[t.before(i)] == "request" and t.lower[slice(*t.bounds(t.before(i)))].rstrip().rstrip(_CLOSING_QUOTES).endswith("?") \
                and not text.rstrip().rstrip(_CLOSING_QUOTES).endswith("?") and not _ASKING.match(_LEAD_MARKER.sub("", text, count=1)):
            # "You asked: 1. How long has the scheme been in use? Over ten years. 2. When ...?": a statement under a
            # restated question is its answer, and the block of the request ends there
            in_request = False
        elif in_request:
            role = "request"
        elif role == "other" and roles and t.before(i) >= 0 and roles[t.before(i)] == "request" and (
                t.lower[slice(*t.bounds(t.before(i)))].rstrip().rstrip(_CLOSING_QUOTES).endswith("?") or _ASKING.match(t.lower[slice(*t.bounds(t.before(i)))])) \
                and not text.rstrip().rstrip(_CLOSING_QUOTES).endswith("?") and _ASKING.match(_LEAD_MARKER.sub("", text, count=1)) and not _ANSWER_START.match(text):
            role = "request"  # "How many drones ...? Please break this down by year.": the requester's words go on
        elif text.rstrip().rstrip(_CLOSING_QUOTES).endswith("?") and "clarif" not in text:
            role = "request"  # a question restated; replies do not ask the requester questions (bar clarification)
            # "We do not hold this information - How much was spent?": the answer before the next question counts
            clause = max(text.rfind(". ", 0, len(text.rstrip()) - 1), text.rfind(" - ", 0, len(text.rstrip()) - 1))
            lead = _MARKER_ONLY.fullmatch(text[: clause + 1]) if clause > 0 else None
            number = int(re.search(r"\d+", lead.group()).group()) if lead else None
            # "1. How many ...? ... 2. What ...?": the questions' own numbers; "How many scanners? 2. How many
            # of these ...?": the 2 answers the question before
            # ... only after a question: "... advise this request is made to the Home Office. 2. Did they share ...?"
            # opens with the question's own number
            after_question = i > 0 and roles[i - 1] == "request" and t.lower[slice(*t.bounds(i - 1))].rstrip().rstrip(_CLOSING_QUOTES).endswith("?")
            if clause > 0 and not (number is not None and (number == 1 or number == question_number + 1 or not after_question)):
                t.answer_before[i] = lo + clause
            question_number = number if number is not None else (question_number if lead else 0)
        elif role == "other" and _QUESTION_ITEM.match(text) and not _FIGURE_AFTER_QUESTION.search(text):
            # rd29: a numbered item that asks, written without its question mark ("1. How many trees have been removed
            # in Wokingham borough to support new housing (25/26).", "Q2 What is the budget"): the request restated
            role = "request"
        elif question_number and not in_request:
            # rd26: the next number of the restated questions, and it asks ("1. How many ...? 1,284. 2. Please break
            # these down by ward."): a question restated without a question mark; its number carries the run on
            item = _NEXT_ITEM.match(text)
            if item and int(item.group(1)) == question_number + 1:
                rest = text[item.end():]
                if role == "other" and _ASKING.match(rest) and not _ANSWER_START.match(rest):
                    role = "request"
                if role == "request":
                    question_number += 1
        roles.append(role)
    _modal_exemptions(t, roles)
    _restated_after_thanks(t, roles)
    _restated_after_lead(t, roles, rules)
    _quoted_after_lead(t, roles, rules)
    _restated_bullets(t, roles)
    _reasons_listed(t, roles)
    _answers_written_after(t, roles)
    _items_answered_in_line(t, roles)
    return roles


# rd38: an exemption spoken of as a possibility, not applied. What a sentence asserts about an exemption is read from the
# verb group that predicates it ("is exempt", "we rely on" assert; "may be exempt", "could be engaged", "would apply",
# "is usually exempt" only entertain it) and from how that clause is joined to the rest: a possibility that is then
# set aside ("..., but we have decided to release it", "Although section 38 could be engaged, we are satisfied ...",
# "... may be exempt. However, ..."), or that hangs on a condition the reply does not meet ("Were the information held,
# section 40(2) would apply", "... might be exempt if requested", "Should you ask for the names, they would be exempt")
# decides nothing. Only that clause becomes hypothetical: the sentence's other clause (the release, the not-held
# statement) is read as the decision it is, and the section stays a ground the reply mentions.
_EXEMPTION_WORD = r"(?:exempt(?:ion|ions)?|engaged|applicable|withheld|appl(?:y|ies|ied))"
_ENTERTAINED = re.compile(
    r"\b(?:may|might|could|can|would|should)(?: not)?(?: \w+){0,2}? (?:be |have been |also be |still be |potentially be |well be )?" + _EXEMPTION_WORD + r"\b"
    r"|\b(?:usually|normally|generally|often|typically|potentially|possibly|ordinarily) (?:be |been )?(?:considered |deemed |treated as )?exempt\b"
    r"|\bcould (?:be )?(?:relied|rely) (?:up)?on\b")
_CONCESSIVE = re.compile(r"(?:^|[\s,;(])(?:although|though|even though|while|whilst|albeit)\b")
_SET_ASIDE = re.compile(r"(?:^|[\s,;(])(?:but|however|nevertheless|nonetheless|yet|even so|that said)\b")
_NEXT_CONTRAST = re.compile(r"^\W*(?:but|however|nevertheless|nonetheless|that said|even so|in this (?:case|instance), however)\b")
# a condition the reply sets on the information or on a request it has not had: "if held", "were the information held",
# "should you request", "if requested", "if you were to ask for"
_UNMET_CONDITION = re.compile(
    r"(?:^|[\s,;(])(?:if|were|had|should|unless)\b(?:(?! (?:we|i) (?:have|are|will|consider|apply|applied|rely)\b)[^.;:]){0,80}?"
    r"\b(?:held|kept|recorded|existed|exists?|available|requested|request(?:ed)?|ask(?:ed)? for|sought|to be (?:held|disclosed|released))\b")
# the part that is set aside is the whole of what was asked, not "some"/"the rest"
_PARTITIVE = re.compile(r"\b(?:the rest|the remainder|remaining|other (?:information|parts?|questions?)|some of (?:the|this)|parts? of (?:the|your|this))\b")


def _modal_exemption_span(t: _Text, i: int) -> tuple[int, int] | None:
    """The clause of sentence i that only entertains an exemption (absolute offsets), or None."""
    lo, hi = t.bounds(i)
    text = t.lower[lo:hi]
    m = _ENTERTAINED.search(text)
    if m is None:
        return None
    head = text[: m.start()]
    # the clause the modal predicate sits in: from the last clause break before it to the next one after it
    starts = [0] + [b.end() for b in _CLAUSE_SPLIT.finditer(text, 0, m.start())]
    start = starts[-1]
    after = _CLAUSE_SPLIT.search(text, m.end())
    end = len(text) if after is None else after.start()
    conceded = _CONCESSIVE.search(head) is not None
    conditioned = _UNMET_CONDITION.search(text, max(0, start - 60), end) is not None or _UNMET_CONDITION.search(text, m.end(), min(len(text), m.end() + 60)) is not None
    set_aside = False
    if after is not None and _SET_ASIDE.search(text[after.start(): after.start() + 12]):
        set_aside = not _PARTITIVE.search(text, after.start())
    if not set_aside and after is None:
        nxt = i + 1
        if nxt < len(t.starts):
            nlo, nhi = t.bounds(nxt)
            if _NEXT_CONTRAST.match(t.lower[nlo:nhi]) and not _PARTITIVE.search(t.lower, nlo, nhi):
                set_aside = True
    if not (conceded or conditioned or set_aside):
        return None
    if conceded:
        # "Although section 38 could be engaged, we are satisfied ...": the concessive clause runs to its comma
        c = _CONCESSIVE.search(head)
        comma = text.find(",", m.end())
        return lo + c.start(), lo + (comma if comma > 0 else end)
    return lo + start, lo + end


def _modal_exemptions(t: _Text, roles: list[str]) -> None:
    """rd38: mark the clause that only entertains an exemption hypothetical (see _modal_exemption_span)."""
    for i, role in enumerate(roles):
        if role not in ("other", "decision", "hypothetical"):
            continue
        span = _modal_exemption_span(t, i)
        if span is None:
            continue
        held = t.hypothetical.get(i) if role == "hypothetical" else None
        if held is not None:
            # "Their locations might be exempt if requested, as disclosure could assist criminals": the harm clause
            # already read as hypothetical runs on from this one; the two are one hypothetical stretch
            if held[0] > span[1] + 6 or span[0] > held[1] + 6:
                continue
            span = (min(span[0], held[0]), max(span[1], held[1]))
        roles[i] = "hypothetical"
        t.hypothetical[i] = span
        t.entertained.add(i)


# rd28: a restated item with its answer written after a dash ("- Total spend with framework agencies - 200k", "- Spend
# per grade - - Commercially Sensitive, Section 43 applied.", "- Spend per agency - None applicable"): a short answer
_WRITTEN_AFTER = re.compile(r"^\s*[-\u2013\u2022*]\s+\S[^\n]{8,}?\s[-\u2013](?:\s+[-\u2013])?\s+(?P<ans>[^\n]{1,120}?)\s*$")
_ANSWER_SHAPE = re.compile(r"(?i)(?:[^\n]{0,40}[-\u2013]\s)?(?:\u00a3\s?\d|\d[\d,.]*\s?[km%]?\s*$|none\b|nil\b|n/?a\b|not (?:applicable|held|recorded|known|available)"
                           r"|none applicable|commercially sensitive|exempt|withheld|redacted|section \d|yes\b|no\b)")


def _answers_written_after(t: _Text, roles: list[str]) -> None:
    """Where a restated item carries its answer after a dash, the answer is the authority's (`_Text.answer_after`)."""
    for u, role in enumerate(roles):
        if role != "request":
            continue
        lo, hi = t.bounds(u)
        m = _WRITTEN_AFTER.match(t.original[lo:hi])
        if m and _ANSWER_SHAPE.match(m.group("ans")) and not m.group("ans").rstrip().rstrip(_CLOSING_QUOTES).endswith("?"):
            t.answer_after[u] = lo + m.start("ans")


# rd88: where an item's answer starts on its line: after a dash that follows a word, or after the item's own stop or
# question mark and a dash ("... used in.- Sensitive Information", "... used in? .- Sensitive Information")
_INLINE_SEP = re.compile(r"(?:[ \t][-\u2013\u2014]|[.?!][ \t]*\.?[ \t]*[-\u2013\u2014])[ \t]+(?=\S)")
# ... and what such an answer looks like when it is one: a pointer at the answer, a refusal's words, a figure, a nil
_INLINE_ANSWER = re.compile(r"(?:answered (?:below|above|overleaf|in (?:the )?(?:attached|table|appendix|annex))|(?:please )?see (?:below|above|attached|the attached|table|appendix|annex)"
                            r"|(?:commercially )?sensitive information|commercially sensitive|not (?:held|recorded|known|applicable|available|collected)"
                            r"|none|nil|n/?a|yes|no|exempt|withheld|redacted|refused|section \d+|s\.? ?\d{2})\b|\u00a3 ?\d|\d[\d,.]*\s?[km%]?(?![\w/])", re.I)
_INLINE_RUN = 3  # items a list needs before its dashes are read as answers


def _items_answered_in_line(t: "_Text", roles: list[str]) -> None:
    """rd88: the request's items told back one to a line, each answered on its own line after a dash ("- Total agency
    spend for doctors - Answered below", "- The breakdown by grade - Sensitive Information, Section 43 applied see
    below", "- The split between placements. - All doctors were non-DE"): a run of at least three lines led by the same
    bullet, part of the request told back, most of whose lines end in an answer after their last dash. Each line's words
    up to that dash are the request, the rest the authority's answer (`_Text.answer_after`, `_Text.inline_items`)."""
    lines, pos = [], 0
    for line in t.original.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for lo, hi in lines + [(len(t.original), len(t.original))]:
        m = _BULLET.match(t.original, lo, hi) if hi > lo else None
        if m is not None and (not run or run[-1][2] == m.group(1)):
            run.append((lo, hi, m.group(1)))
            continue
        if len(run) >= _INLINE_RUN:
            runs.append(run)
        run = [(lo, hi, m.group(1))] if m is not None else []
    for run in runs:
        if not any(roles[t.unit(lo)] == "request" for lo, _, _ in run):
            continue  # the bullets of the reply's own list
        tails: list[int | None] = []
        for lo, hi, _ in run:
            body = _BULLET.match(t.original, lo, hi).end()
            seps = [m for m in _INLINE_SEP.finditer(t.original, body + 8, hi) if m.end() < hi]
            tails.append(seps[-1].end() if seps else None)
        shaped = sum(1 for (_, hi, _), a in zip(run, tails) if a is not None and _INLINE_ANSWER.match(t.original, a, hi))
        if shaped < 2 or 2 * sum(a is not None for a in tails) < len(run):
            continue
        for k, ((lo, hi, _), a) in enumerate(zip(run, tails)):
            if a is None:
                continue
            for u in range(t.unit(lo), t.unit(hi - 1) + 1):
                roles[u] = "request" if t.starts[u] < a else "other"
            if t.starts[t.unit(a)] < a:
                t.answer_after[t.unit(a)] = a
            t.inline_items.append((k, lo, a, hi))


# rd26: a bulleted item of the request, restated ("- the length of her service in the police to date;"): the bullet, a
# clause of the request (lower case, or an asking word) and the end of a list item (";", "?", "and", "or", ",")
_BULLET = re.compile(r"[ \t]*([-\u2022*\u2013\u25aa\u25cf])[ \t]+")
_LIST_CLAUSE_END = re.compile(r"(?:[;?,]|\b(?:and|or))\W{0,3}$")


def _restated_bullets(t: "_Text", roles: list[str]) -> None:
    """The bullets of a list whose first bullet is the request restated ("I would like to request:\n- on the date
    ... how many crimes were reported?") are the request too when each reads as an item of the request (a clause that
    ends as a list item does): the authority answers under each, so they are its questions, not its answers."""
    first: str | None = None
    for u in range(len(roles)):
        lo, hi = t.bounds(u)
        m = _BULLET.match(t.original, lo, hi)
        if m is None:
            continue
        if first is None:
            if roles[u] == "request":
                first = m.group(1)
            continue
        if m.group(1) != first or roles[u] != "other":
            continue
        body = t.original[m.end():hi].rstrip()
        if not _LIST_CLAUSE_END.search(body) or _ANSWER_START.match(t.lower, m.end()):
            continue
        if body[:1].islower() or _ASKING.match(t.lower, m.end()):
            roles[u] = "request"


# "I partially uphold your request for review for the following reasons:", "The exemption applies on the following
# grounds:": the numbered list after it gives reasons, not answers to the questions
_REASONS_LEAD = re.compile(r"\b(?:the |these )?following (?:reasons?|grounds|findings|considerations|arguments|failings|points"
                           # rd44: what the answer comes with ("However, please note the following caveats:")
                           r"|caveats|qualifications|clarifications|observations"
                           r"|ways|options|suggestions|alternatives)\b[^.:]{0,80}:\s*$"  # rd14: advice to narrow, listed
                           # rd14: a cost estimate set out step by step ("Our estimate is as follows: 1. Locating the
                           # files: 10 hours 2. ..."): its steps are no answers either
                           r"|\b(?:our |the |this |my |an? )?(?:estimate|calculation|breakdown)(?: of (?:the |our |this )?(?:estimate|time|cost|work|hours)"
                           r"(?: (?:required|involved|needed))?)?(?: (?:is|was|would be|has been))?(?: (?:broken down|set out|made up|calculated))?"
                           r"(?: as follows| below)?\s*:\s*$")


_ITEM_GOES_ON = re.compile(r"[ \t]*[a-z(]")  # a list item's wrapped line: it starts in lower case
# rd44: an item of such a list led by a bullet and a word ("• Point 1 - We have taken this to mean ...")
_REASON_ITEM = re.compile(r"\W{0,4}(?:point|item|note|caveat)\s?\d{1,2}\b")


def _reasons_listed(t: "_Text", roles: list[str]) -> None:
    """The numbered list after a sentence ending "for the following reasons:" is the reasons (role "test": its
    sections count, its words decide nothing and its numbers are no answers), up to the first unit that is not a list
    item, or a number that comes round again."""
    for i in range(len(roles) - 1):
        lead = t.lower[slice(*t.bounds(i))].rstrip()
        # rd26: or a heading of the harm or public interest test ("Factors favouring confirmation or denial", "Public
        # interest considerations against disclosure"): a line of the test's own with no full stop; its list is the
        # factors weighed, not answers
        heading = roles[i] == "test" and bool(lead) and lead[-1] not in ".!?;," and len(lead) <= 90
        if roles[i] not in ("other", "test") or not (heading or _REASONS_LEAD.search(lead)):
            continue
        seen: set[str] = set()
        for j in range(i + 1, len(roles)):
            unit = t.original[slice(*t.bounds(j))]
            lead = _LIST_LEAD.match(t.lower[slice(*t.bounds(j))]) or _REASON_ITEM.match(t.lower[slice(*t.bounds(j))])
            if not lead and roles[j] == "other" and (not unit.strip() or seen and _ITEM_GOES_ON.match(unit)):
                # rd44: a blank line before or between the items, or an item's line wrapped onto the next ("1. Your
                # frequent ... contact with this office on the same subject, to which\n    we have already responded")
                if unit.strip():
                    roles[j] = "test"
                    t.reasons.add(j)
                continue
            if not lead or roles[j] != "other" or lead.group() in seen:
                break
            seen.add(lead.group())
            roles[j] = "test"
            t.reasons.add(j)


# "Thank you for your request of 21 October 2026 for:", "Your request was as follows:": the numbered list after it is
# the request restated, not the answers (which may come after it in any order)
_ACK_LIST = re.compile(r"\b(?:thank you for|further to|in response to|regarding|following)\s+your\s+(?:\w+\s+){0,3}?"
                       r"(?:request|e-?mail|letter|enquiry|application)\b.{0,160}?(?:\bfor|\bas follows|\basking(?:\s+for)?|\bwhich"
                       r"\s+(?:you\s+)?(?:asked|requested|read|said)(?:\s+for)?|\bbelow)\s*:\s*$|\byour\s+request\s+(?:was|is|read)\s+(?:as\s+follows|for)\s*:\s*$")
_LIST_LEAD = re.compile(r"^\W{0,3}(?:\d{1,2}|[a-z])[.)]\s")


def _restated_after_thanks(t: "_Text", roles: list[str]) -> None:
    """The numbered list that follows a thank-you for the request ending with a colon is the request restated: its
    units become "request" up to the first unit that is not a list item, or a number that comes round again."""
    for i in range(len(roles) - 1):
        if roles[i] != "other" or not _ACK_LIST.search(t.lower[slice(*t.bounds(i))].rstrip()):
            continue
        seen: set[str] = set()
        for j in range(i + 1, len(roles)):
            lead = _LIST_LEAD.match(t.lower[slice(*t.bounds(j))])
            if not lead or roles[j] != "other" or lead.group() in seen:
                break
            seen.add(lead.group())
            roles[j] = "request"


def _restated_after_lead(t: "_Text", roles: list[str], rules: "_Rules") -> None:
    """rd14: the items of a list after a lead that restates the request ("Your request: 1. ... 2. ...", "You asked
    for the following: (a) ... (b) ...") are the request (each starts a sentence: `_split_restated`); an item that
    holds a hold-back decision itself keeps its role."""
    hold_back = {t.unit(a) for signal in ("cost", "withhold", "not_held", "ncnd") for a, _, _ in rules.scan(signal, t.lower, limit=50)}
    for _, items, _ in _restated_items(t, rules):
        for pos in items:
            u = t.unit(pos)
            if roles[u] == "other" and u not in hold_back:
                roles[u] = "request"


_OPEN_QUOTE = re.compile(r"\s*[\"\u201c\u2018]")
_CLOSE_QUOTE = re.compile(r"[\"\u201d\u2019]\W{0,3}$")
_QUOTED_REQUEST_UNITS = 15  # sentences a quoted request runs to, at most


def _quoted_after_lead(t: "_Text", roles: list[str], rules: "_Rules") -> None:
    """rd64: the request told back whole in quotation marks after its lead ("Specifically you asked: \u201cUlez camera
    placement: ... The road is exit only ... So why is there a camera at this placement?\u201d"): every sentence from the
    opening mark to the closing one is the requester's, its statements as well as its questions."""
    spans = rules.scan("request_lead", t.lower, limit=20)
    leads = {t.unit(a) for a, _, _ in spans}
    # rd76: a lead that runs to its sentence's end with no colon ("Your response ... confirmed that you required")
    to_end = {t.unit(a) for a, b, _ in spans if not t.lower[b:t.bounds(t.unit(a))[1]].strip()}
    for u in sorted(leads):
        v = u + 1
        if v >= len(roles) or not (t.lower[slice(*t.bounds(u))].rstrip().endswith(":") or u in to_end):
            continue
        if not _OPEN_QUOTE.match(t.original, t.bounds(v)[0]):
            continue
        end = None
        for w in range(v, min(v + _QUOTED_REQUEST_UNITS, len(roles))):
            if _CLOSE_QUOTE.search(t.original[slice(*t.bounds(w))].rstrip()):
                end = w
                break
        if end is None:
            continue
        for w in range(v, end + 1):
            if roles[w] == "other":
                roles[w] = "request"


# rd22: a sentence that opens a quotation of the law on the lines after it ("Section 43(2) states:", "We have
# therefore enacted section 10(3)(b) of the FOIA which states:"), and a sentence of the authority's own that ends it
_LAW_QUOTE_LEAD = re.compile(r"\b(?:section|s\.|regulation|reg\.|act|which|it|this)\b[^\n]{0,120}?\b(?:states?|provides?|reads?|says?"
                             r"|stipulates?|defines?)(?: as follows)?(?: that)?\s*[:\u2014\u2013-]\s*$")
_OWN_SENTENCE = re.compile(r"\W*(?:we|i|our|my|this (?:means|is)|therefore|however|in (?:this|our|my)|please|unfortunately|thank"
                           r"|yours|kind regards|regards|if you|you|the (?:council|trust|force|fund|department|authority|board"
                           r"|university|service|commissioner))\b")
_LAW_QUOTE_UNITS = 15  # lines a quotation of the law runs to, at most
_NUMBERED_LINE = re.compile(r"\W{0,3}\((?:\d{1,2}[a-z]?|[a-z]{1,2})\)")  # "(1) ...", "(a)...", "(ii) ..."


def statute_line(line: str) -> bool:
    """rd76: LINE opens a subsection of the Act written out with its own number ("(1) Information is exempt information
    if ...", "(2) The duty to confirm or deny does not arise ..."; reply_roles.yaml `law`): the law's text."""
    lower = line.strip().lower()
    if not _NUMBERED_LINE.match(lower):
        return False
    return any(role == "law" and pattern.search(lower) for role, pattern in _rules().sentence_roles)


def _quoted_law_blocks(t: _Text, roles: list[str]) -> None:
    """The lines of the law quoted under a lead that ends with a colon ("Section 22(1) states:\n s.22 (1)
    Information is exempt information if-\n (a) ... (b) ..."): role "law", and their "(a)", "(b)" never number
    answers. The quotation runs to a sentence of the authority's own ("We have therefore ...") or a blank line
    before one."""
    for u in range(len(t.starts)):
        lo, hi = t.bounds(u)
        if roles[u] == "request" or not (_LAW_QUOTE_LEAD.search(t.lower[lo:hi].rstrip()) or (
                # lt100 (Cheshire 2615): "Section 30 (...) of the Act states\n(3) The duty to confirm or deny ...": a
                # lead with no colon, the Act's numbered subsection on the next line
                u + 1 < len(t.starts) and _LAW_QUOTE_LEAD.search(t.lower[lo:hi].rstrip() + ":")
                and _NUMBERED_LINE.match(t.lower, t.starts[u + 1]))):
            continue
        listed = False
        for v in range(u + 1, min(u + 1 + _LAW_QUOTE_UNITS, len(t.starts))):
            a, b = t.bounds(v)
            if roles[v] == "request" or _OWN_SENTENCE.match(t.lower, a) or _LAW_QUOTE_LEAD.search(t.lower[a:b].rstrip()):
                break
            if listed and _after_quoted_list(t, v):
                break  # lt100 (Cheshire 2615): the quoted list ended ("(c) ... why the exemption applies."); the authority's
                # own next sentence ("In accordance with the Act, ...", "For question 1, ...") is no part of it
            listed = listed or bool(_NUMBERED_LINE.match(t.lower, a))
            t.quoted_law.add(v)
            if roles[v] == "other":
                roles[v] = "law"
    # rd76: a subsection of the Act written out under its heading with no lead-in ("S38 Health and safety.\n(1) Information
    # is exempt information if ...\n(a) endanger ...\n(2) The duty to confirm or deny does not arise ..."): the subsection
    # (role "law" by reply_roles.yaml) and the numbered or lettered lines that follow it are the law's text
    u = 0
    while u < len(t.starts):
        lo, hi = t.bounds(u)
        if roles[u] != "law" or not _NUMBERED_LINE.match(t.lower, lo):
            u += 1
            continue
        t.quoted_law.add(u)
        v = u + 1
        while v < min(u + 1 + _LAW_QUOTE_UNITS, len(t.starts)):
            a, _ = t.bounds(v)
            if roles[v] not in ("other", "law") or not _NUMBERED_LINE.match(t.lower, a):
                break
            t.quoted_law.add(v)
            roles[v] = "law" if roles[v] == "other" else roles[v]
            v += 1
        u = v


def _after_quoted_list(t: _Text, v: int) -> bool:
    """lt100: unit V opens a sentence of its own after a quoted numbered or lettered list of the law has ended: the unit
    before it ends its sentence (a full stop) and V is no item of the list ("(d) ...") but starts with a capital letter
    (the law's continuation lines, "information, is to any extent ...", start in lower case)."""
    a, b = t.bounds(v)
    before = t.original[slice(*t.bounds(v - 1))].rstrip()
    head = t.original[a:b].lstrip()
    return before.endswith(".") and bool(head[:1].isupper()) and not _NUMBERED_LINE.match(t.lower, a)


@dataclass
class _Events:
    """Everything the reader accepted in a reply, by position, so any span (a part) can be decided alone."""

    t: _Text
    signals: list[tuple[str, int, int]]  # (signal, start, end)
    citations: list[tuple[str, str, int, int]]  # (section, signal, start, end)
    roles: list[str]
    regime: Regime
    published_spans: list[tuple[int, int]]
    nothing_more: set[int] = field(default_factory=set)  # sentences saying nothing more is held
    format_units: set[int] = field(default_factory=set)  # rd27: sentences saying the information is not held in the form asked (s11)
    estimate_units: set[int] | None = None  # sentences of a cost estimate or advice (computed once)
    answer_starts: dict[int, int] = field(default_factory=dict)  # a part that opens with its question: where the answer starts
    nil_starts: set[int] = field(default_factory=set)  # where a nil answer read as a give starts
    raw: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # every cue found, before any was set aside (rd12)
    elsewhere: tuple[str, bool, int] | None = None  # rd20: another body holds it / the request was passed to it (`_held_elsewhere`)
    ncnd_demoted: set[str] = field(default_factory=set)  # rd23: NCND subsections read as their exemption (`_cited`)
    not_answers: set[int] | None = None  # rd28: sentences about the letter, the request or a source (computed once)
    blanked: set[int] = field(default_factory=set)  # rd28: sentences of the requester's own, blanked before reading
    pasted: str = ""  # rd45: the text as pasted, same length (the requester's words not blanked)
    pointed: set[int] = field(default_factory=set)  # rd28: where a "give" is a pointer at the answer ("Our answers are below")
    denied_units: set[int] = field(default_factory=set)  # rd28: sentences that say a cited section does not apply
    parts_unclear: bool = False  # rd33: a part was told two different refusals and given nothing (`_parts_from_clauses`)
    caveats: set[int] = field(default_factory=set)  # rd41: sentences noting what a figure given leaves out (`_scope_caveats`)

    def nil_between(self, lo: int = 0, hi: int | None = None) -> bool:
        """A nil answer ("None", "there were no complaints") was read as an answer given between lo and hi."""
        hi = len(self.t.original) if hi is None else hi
        return any(sig == "give" and lo <= a < hi and a in self.nil_starts for sig, a, _ in self.signals)

    def found(self, lo: int = 0, hi: int | None = None) -> _Found:
        hi = len(self.t.original) if hi is None else hi
        found = _Found(regime=self.regime)
        for signal, start, end in self.signals:
            if lo <= start < hi:
                found.add(signal, self.t, start, end)
        for key, signal, start, end in self.citations:
            if lo <= start < hi:
                found.add(signal, self.t, start, end)
                if signal != "notice" and key not in found.sections:
                    found.sections.append(key)
        found.sections = _refined(found.sections)
        if found.has("published"):
            found.links = _links_near(self.t, [(a, b) for a, b in self.published_spans if lo <= a < hi])
            found.says_where = any(self.says_where_after(self.t.unit(a), hi) for sig, a, _ in self.signals + [c[1:] for c in self.citations]
                                   if sig == "published" and lo <= a < hi)
        return found

    def says_where_after(self, u: int, hi: int) -> bool:
        """rd76: the sentence after the Act's own words quoted under a pointer ("... exempt under Section 21 of the FOIA.
        Section 21 provides ... as outlined below: (1) Information which is reasonably accessible ... Please click the
        links below to view") says where the share is: the pointer says where."""
        t = self.t
        v = u + 1
        while v < len(t.starts) and v - u <= 2 * _LAW_QUOTE_UNITS and (
                self.roles[v] == "law" or v in t.quoted_law or not t.original[slice(*t.bounds(v))].strip()):
            v += 1
        if v >= len(t.starts) or v == u + 1 or t.starts[v] >= hi:
            return False  # (only past the Act's words: the sentence right after is `_pointer_says_where`'s)
        return bool(_POINTS_WHERE.search(t.original, *t.bounds(v)))


_SPLIT_AT = 120  # a sentence this long may be several run together (text whose line breaks were lost)
_CLAUSE_START = re.compile(r"(?:[.:;]\s+|\s)(?=[A-Z(])")


# rd35: the words of neither confirming nor denying (an NCND is read from them, not from a section number alone)
_CONFIRM_OR_DENY = re.compile(r"\bconfirm\w*\s+(?:n?or|and/or|or)\s+den\w*|\bneither\s+confirm|\bncnd\b|\bduty to confirm|\b1\s?\(1\)\s?\(a\)", re.I)
_IF_OPEN = re.compile(r"\b(?:if|unless|should your)\b[^.;:!?]*$")
# rd64: a word that opens a phrase and cannot end a clause (a determiner, a possessive, a preposition): a run-on
# sentence is not cut right after it
_BINDS_FORWARD = re.compile(r"\b(?:the|a|an|your|our|their|its|his|her|my|this|that|these|those|of|for|to|on|about|"
                            r"regarding|concerning|with|in|at|by|from|any|all|no)\s+$")


def _split_run_on(t: _Text, rules: _Rules) -> None:
    """Where a long sentence has a rights notice, boilerplate or a test inside it ("... cannot be disclosed
    as the following exemptions apply: Section 23(1) ... Section 23 is a class based absolute exemption"),
    start a new sentence where that begins, so its role does not swallow the decision before it."""
    extra = []
    for i in range(len(t.starts)):
        lo, hi = t.bounds(i)
        if hi - lo < _SPLIT_AT:
            continue
        for role, pattern in rules.sentence_roles:
            if role in ("request", "hypothetical"):
                continue
            m = pattern.search(t.lower, lo, hi)
            if m is None or m.start() - lo < 40:
                continue
            cut = m.start()
            for c in _CLAUSE_START.finditer(t.original, max(lo + 1, cut - 40), cut + 1):
                cut = c.end()
                break
            else:
                # rd64: no clause starts there; a phrase is never cut from the word that opens it ("the attached sheet
                # for details of your | right to appeal"): the sentence keeps the role its whole clause has
                if _BINDS_FORWARD.search(t.lower, max(lo, cut - 20), cut):
                    continue
            if _IF_OPEN.search(t.lower, max(lo, cut - 120), cut):
                continue  # rd21: "if your request would exceed the cost limit we may refuse it": a condition and its consequence are one sentence
            if lo + 20 < cut < hi:
                extra.append(cut)
    if extra:
        t.starts = sorted(set(t.starts) | set(extra))


# rd14: a list marker after a lead that restates the request ("Your request: 1. ... 2. ...", "(a) ...; (b) ...")
_ITEM_AT = re.compile(r"\s*\(?(\d{1,2}|[a-h])[.)]\s")
# where the authority's own words start in the last item of a restated list pasted without a full stop ("3. How many
# were admitted We have estimated that ..."): a capital that opens a clause of the reply, never the item's own words
_REPLY_RESUMES = re.compile(r"\s(?=(?:We|I|Our|Unfortunately|However|Please|Response|Answer|Decision|Section \d|Under|In (?:order|accordance|response)"
                            r"|The (?:Trust|Council|Force|Board|Authority|Department|University|Service|Police|Constabulary|Ministry|Commission)) )")


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _restated_items(t: "_Text", rules: "_Rules") -> list[tuple[int, list[int], int]]:
    """(lead start, where each item starts, end of the last item) of each list that follows a lead restating the request
    (reply_phrases.yaml request_lead): items 1, 2, 3 ... or a, b, c ... in sequence, each found after the one before
    (within a few hundred characters); the last item ends at the first sentence break after it, or where the reply's
    own words start in a one-line paste."""
    out = []
    # rd42: a lead wrapped over lines ("... under the Freedom of Information (Scotland) Act\n2002 asking to be supplied
    # with:") is one sentence: its wrapped line breaks read as spaces (same length, so positions hold)
    wrapped = _wrapped_breaks(t.original)
    flat = "".join(" " if i in wrapped else c for i, c in enumerate(t.lower)) if wrapped else t.lower
    for a, b, _ in rules.scan("request_lead", flat)[:20]:
        first = _ITEM_AT.match(t.original, b)
        if first is None or first.group(1) not in ("1", "a"):
            continue
        label, pos, items = first.group(1), first.start(1) - (1 if t.original[first.start(1) - 1] == "(" else 0), []
        while True:
            items.append(pos)
            label = _next_label(label)
            nxt = re.compile(r"(?<=[\s;,])\(?" + re.escape(label) + r"[.)]\s").search(t.original, pos + 2, pos + 400)
            if nxt is None:
                break
            between = t.original[_ITEM_AT.match(t.original, pos).end() : nxt.start()].rstrip()
            if "\n\n" in between or re.search(r"[.?!:]\s+\S", between):
                break  # the list ended: a paragraph, or a sentence after the item (the reply's, or a heading)
            pos = nxt.start()
        if len(items) < 2:
            continue
        # the last item: to its sentence break, or where the reply resumes in a run-on line
        u = t.unit(items[-1])
        end = t.bounds(u)[1]
        resume = _REPLY_RESUMES.search(t.original, items[-1] + 3, end)
        if resume is not None:
            end = resume.end()
        out.append((a, items, end))
    return out


_RESPONSE_HEADING = re.compile(r"(?<=[a-z0-9?.)])[ \t]+(?=(?:Response|Our [Rr]esponse|Answer|Our [Aa]nswer|Reply)\s?:\s)")


def _split_restated(t: "_Text", rules: "_Rules") -> None:
    """Each item of a restated list starts a sentence of its own, and so does the reply after the last item, so the
    items can be read as the request and the refusal after them as the reply's."""
    extra = [pos for _, items, end in _restated_items(t, rules) for pos in items + [end]]
    # a one-line paste: "... 2. Spend per agency Response: 1. The total ...": the heading opens the reply's part
    extra += [m.end() for m in _RESPONSE_HEADING.finditer(t.original)]
    if extra:
        t.starts = sorted(set(t.starts) | {e for e in extra if 0 < e < len(t.original)})


# A figure in an answer: not a year, a section, a limit in hours or pounds, a date or a reference
_FIGURE = re.compile(r"(?<![\w/.£\[\]-])(£ ?)?(\d[\d,]*(?:\.\d+)?)(%?)(?:(?<=\d)[km](?![\w/]))?(?![\w/]|-\d{4})")  # "0602-1920" is a reference
# (rd42: "Enquiry Reference: 383-25" is no figure either: a reference with its colon)
_NOT_A_FIGURE_BEFORE = re.compile(r"(?<![a-z])(?:(?:questions?|parts?|points?|items?|answers?|requests?) (?:\d{1,2}(?:, | and | or | & |\s?[-\u2013]\s?| to ))*|(?:paragraphs?|paras?|pages?|pp?\.) (?:[\d.]+(?:, | and | & |-| to ))*|sections?|s\.?|ss\.?|regulations?|regs?\.?|ref(?:erence)?:?|no\.?|foi|request|q|question|part|response|article|schedule|paragraph|para|act|rule|per|(?<=[\w)])\(|[a-z]{3,9} (?:19|20)\d\d|(?:ref(?:erence)?|case|file|request|foi|enquiry|ticket)\.? (?:number|no\.?|num|id)\s?[:#]?"
                                 # rd88: a letter's subject line with its reference ("Re: Freedom of Information request - 72224")
                                 r"|(?:request|enquiry|case|ticket)\s?[-\u2013#]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                                 # rd28: an ordinal label, not a count ("quarter 4", "stage 2", "category 1", "tier 3")
                                 r"|quarters?|phases?|stages?|tiers?|levels?|rounds?|waves?|categor(?:y|ies)|grades?|bands?|versions?) ?$", re.I)
_NOT_A_FIGURE_AFTER = re.compile(r"^(?:\)|\(|[\s-]?(?:hours?|hrs|working days?|days?|minutes?|months?|weeks?|years?|pages?|\^?(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))", re.I)
_MONEY = re.compile(r"£ ?\d|\d%")
# a table of counts by year ("2019 | 12", "2019/20: 12", "2019 - 12, 2020 - 14") and a labelled total ("Total: 1,204")
_YEAR_COUNT = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?|-\d\d(?!\d))?(?:\s?[|:=\-]\s?|\t+)(?!(?:19|20)\d\d\b)\d[\d,.]*%?(?![\w/])")
# a year and a count with only a space between, as a flattened table leaves them ("2022 290 2023 258")
_YEAR_CELL = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\s(?!(?:19|20)\d\d\b)\d[\d,]*(?=\s(?:19|20)\d\d\b|\s*$|\s?[.;])")
_TABLE_ROW = re.compile(r"\s*" + _YEAR_COUNT.pattern + r"\s*")
_LABELLED_COUNT = re.compile(r"\b(?:total|number|count|amount|sum)s?\s?[:=\-]\s?£?\d", re.I)
_YEAR_SUM = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?(?:\s?[-:=]\s?|\t+|\x20)£\s?\d")  # "2022/23 - £1,250,000", rd42: "2013 £2.95"
_WORD = re.compile(r"\b[a-z]{3,}\b")  # a lower-case word: a sentence, not a reference number or a heading
_CELLS = re.compile(r"[|\t]\s?£?\d[\d,.]*%?\s?(?:[|\t]|$)")  # a table row: a figure between cell bars or tabs ("2021 | 140 | 98")
# rd35: one labelled figure on a line of its own ("January: 3", "Ward A - 12", "Referrals<tab>120"): a table's row
_LABELLED_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z .'&/()]{1,40}?\s?(?::|\t+|\s[-\u2013]\s)\s?£?\d[\d,.]*%?\s*$")
_QUOTED = re.compile(r"(?<![A-Za-z])'(?:[^']|'(?=[a-z])){8,}'(?![A-Za-z])|\"[^\"]{8,}\"")
_ABOUT_THE_REQUEST = re.compile(r"\byour (?:original )?(?:request|email|e-mail|letter|application)\b"
                                r"|\byou (?:have |had )?(?:asked|requested|wrote|sought)\b", re.I)  # rd36: "you have requested"
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")  # "Vauxhall Corsa Qty 4": a list of named things with counts
_HEDGED = re.compile(r"\b(?:would|could|might|estimated?|estimates|approximately \d+ hours)\b|\bmay (?:be|have|not|take|exceed|cost)\b", re.I)
_NOT_FACT_SIGNALS = {"cost", "pending", "extension", "vexatious", "withdrawn"}


# rd46: a sentence that estimates the time of the work ("to search one record would take approximately 3 minutes which
# would equate to approximately 42 working hours")
_TIME_ESTIMATE = re.compile(r"\b(?:would|will|could) (?:take|equate to|amount to|require|need)\b[^.;]{0,100}?\b\d[\d,.]* ?(?:working )?"
                            r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b")


_PER_ITEM = re.compile(r"\b(?:one|each|every|per|a single|an individual) (?:record|file|case|incident|report|entry|item|document"
                       r"|property|building|log|e-?mail|person|member of staff|officer|vehicle|application|claim|form|call)s?\b")


def _estimate_units(ev: _Events) -> set[int]:
    """Sentences of a cost refusal that describe the estimate or the advice, not an answer (once per reply)."""
    if ev.estimate_units is not None:
        return ev.estimate_units
    t = ev.t
    workload: set[int] = set()
    # in a cost refusal, figures beside the work an estimate counts ("56,000 records ... each would need to be
    # read") are the size of the search, not an answer
    if (any(signal in ("cost", "cost_confirm") for signal, _, _ in ev.signals) or any(sig == "cost" for _, sig, _, _ in ev.citations)
            or _not_held_only_in_that_form(ev)):  # rd29: a cost refusal cut off before it names the limit
        finer = {t.unit(a) for a, _, _ in _rules().scan("finer", t.lower)}
        for a, _, _ in _rules().scan("workload", t.lower):
            u = t.unit(a)
            # "The number was 57. To break it down by type we would need to review each ...": the total before a
            # refusal of a finer breakdown is the answer; otherwise the sentence before is the estimate's too
            workload |= {u} if u in finer else {u, t.before(u)}
        # and the advice on narrowing the request ("By way of advice, the annual report lists 14 incidents"); an
        # advice heading of its own ("Advice and assistance", "Section 16 advice:") leads its paragraph
        for a, _, _ in _rules().scan("advice", t.lower):
            workload |= _advice_block(ev, t.unit(a))
        # and a sentence that says its figures are context ("For context, the Force submitted 1,204 forms in 2023")
        leads = _rules().patterns("context_lead")
        workload |= {u for u in range(len(t.starts)) if any(p.match(t.lower[slice(*t.bounds(u))]) for p in leads)}
        # rd27: and a sentence whose figures the estimate then counts ("In 2023 there were 1,146 assaults recorded.
        # Reading each report would take 5 minutes, so 1,146 reports would take over 95 hours"): the estimate's base
        cost_units = {t.unit(a) for sig, a, _ in ev.signals if sig == "cost"} | {t.unit(a) for _, sig, a, _ in ev.citations if sig == "cost"}
        counting = {v: _estimate_figures(t.original[slice(*t.bounds(v))]) for v in (workload | cost_units) - finer}
        times = Counter(f for fs in counting.values() for f in fs)  # in how many estimate sentences each figure is
        for u in range(len(t.starts)):
            if u in workload or u in finer:
                continue
            figures = _estimate_figures(t.original[slice(*t.bounds(u))])
            own = counting.get(u, set())
            if figures and all(times[f] - (f in own) > 0 for f in figures) and not _ITEM_AT.match(t.original, t.bounds(u)[0]) \
                    and not _answers_the_line_before(t, u):
                workload.add(u)  # (a numbered answer answers its question, whatever the estimate then counts)
        # rd46: and a sentence of figures set between two of the estimate's sentences ("... we would have to examine each
        # individual employee record. There are 841 staff in post as of March 2022. ... It is estimated that to search
        # one record would take approximately 3 minutes"): the size of the search, told in its middle
        around = workload | cost_units | {u for u in range(len(t.starts)) if _TIME_ESTIMATE.search(t.lower, *t.bounds(u))}
        # (a run of such sentences: "There are around 3,831 listed properties. Since 2019 there have been 16,424 fires.")
        u = 1
        while u < len(t.starts) - 1:
            run: list[int] = []
            v = u
            while v < len(t.starts) - 1 and v not in around:
                text_v = t.original[slice(*t.bounds(v))]
                if text_v.strip():
                    # (a sentence that names the question it answers answers it: "for question 1 there are currently
                    # 2,109 subjects", even where the estimate for question 2 then counts them)
                    if (v in finer or not _FIGURE.search(text_v) or _ITEM_AT.match(t.original, t.bounds(v)[0])
                            or _answers_the_line_before(t, v) or _SCOPE_PARTS.search(text_v)):
                        run = []
                        break
                    run.append(v)
                v += 1
            if run and v in around and (t.before(run[0]) in around or _PER_ITEM.search(t.lower, *t.bounds(v))):
                # (or straight before an estimate per item: "It is estimated that to search one record would take ...")
                workload.update(run)
            u = max(v, u + 1)
    ev.estimate_units = workload
    return workload


# rd38: a line that asks a count ("How many FOI requests did you receive in 2016, and;"), the requester's question
# quoted back without its question mark
_ASKS_A_COUNT = re.compile(r"^\W*(?:(?:q|question)?\s?\d{1,2}[.):]?\s+)?how (?:many|much)\b")


def _answers_the_line_before(t: _Text, u: int) -> bool:
    """A figure on a line of its own straight under a restated question that asks a count ("How many FOI requests did
    you receive in 2016? / 1,372 requests"): that question's answer, even when a cost estimate for another question
    then counts the same figure ("to review all 1,372 requests would take 23 hours")."""
    lo, _ = t.bounds(u)
    if lo > 0 and t.original[lo - 1] != "\n":
        return False
    prev = t.before(u)
    if prev < 0:
        return False
    return bool(_ASKS_A_COUNT.match(t.lower[slice(*t.bounds(prev))]))

def _estimate_figures(sentence: str) -> set[str]:
    """The counts of a sentence that an estimate could count (three digits or more, not a year, the limit or its rate)."""
    out = set()
    for m in _FIGURE.finditer(sentence):
        value = m.group(2).replace(",", "")
        if len(value) >= 3 and not m.group(3) and not re.fullmatch(r"(?:19|20)\d\d", value) and value not in ("450", "600"):
            out.add(value)
    return out


_ADVICE_BLOCK = 4  # sentences an advice heading leads, at most


def _scope_caveats(ev: _Events, rules: "_Rules") -> None:
    """rd41: "We logged 82 cases. This does not include simple enquiries as we do not regularly log these": a sentence
    that says what a figure just given leaves out (reply_phrases.yaml scope_caveat) and why is a note on that figure's
    scope; its not-recorded clause is no not-held answer. Only right after a sentence that gives a figure."""
    t = ev.t
    caveats = {t.unit(a) for a, _, _ in rules.scan("scope_caveat", t.lower)}
    if not caveats:
        return
    given = {t.unit(a) for sig, a, _ in ev.signals if sig == "give"}
    keep = set()
    for u in caveats:
        before = t.before(u)
        if before < 0 or ev.roles[u] != "other":
            continue
        # rd73: the note may follow another note on the same figure ("Please note this may include hybrid vehicles ...
        # I have excluded the fire in 2022 which ..."): look through one such sentence to the figure
        for _ in range(2):
            if before < 0 or ev.roles[before] in ("request", "rights", "boilerplate", "law"):
                break  # a figure given, not the question's own number or the law's
            b_lo, b_hi = t.bounds(before)
            lead = _LONE_MARKER.match(t.original, b_lo)
            if before in given or _DATA.search(t.original, lead.end() if lead else b_lo, b_hi):
                keep.add(u)
                break
            if ev.roles[before] != "other" or any(t.unit(a) == before for sig, a, _ in ev.signals):
                break  # only a plain note (no decision of its own) is looked through
            before = t.before(before)
    if keep:
        ev.caveats = keep
        # rd73: nor is a record left out of the count a share held back (give_part)
        ev.signals = [x for x in ev.signals if not (x[0] in ("not_held", "give_part") and t.unit(x[1]) in keep)]


_THE_REST = re.compile(r"\b(?:the rest|the remainder|the remaining)\b", re.I)
# the rest held back, not given ("please find attached our response for the remainder of your request" gives)
_REST_HELD_BACK = re.compile(r"\b(?:refus\w*|exceed\w*|withh[eo]ld\w*|exempt\w*|section 12|cost limit|appropriate limit)\b", re.I)


def _rest_after_not_held(ev: _Events) -> None:
    """rd73: "We do not hold interview scores ... The rest of the information requested, taken as a whole, is refused
    under section 12(1)": "the rest" is what is left after the share the letter said it does not hold, so nothing was
    given. Its give_part signal (reply_phrases.yaml: "the rest ... refused / exceeds" reads as some given) is set aside
    where the reply gives nothing anywhere, a not-held share comes before it and the sentence holds the rest back (never
    "please find attached our response for the remainder of your request", which gives it)."""
    t = ev.t
    if any(sig == "give" for sig, _, _ in ev.signals):
        return
    held_not = [t.unit(a) for sig, a, _ in ev.signals if sig == "not_held"]
    if not held_not:
        return
    drop = set()
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        if sig == "give_part" and any(h < u for h in held_not) and _THE_REST.search(t.original, *t.bounds(u)) \
                and _REST_HELD_BACK.search(t.original, *t.bounds(u)):
            drop.add(u)
    if drop:
        ev.signals = [x for x in ev.signals if not (x[0] == "give_part" and t.unit(x[1]) in drop)]


def _advice_pointers_beside_not_held(ev: _Events, rules: "_Rules") -> None:
    """rd41: a source pointed at under advice and assistance beside a not-held answer ("Section 17 ... notice is given
    that the information is not held. Advice and Assistance: for your information, the totals are published in our
    annual accounts") is help towards related information, not the decision "published": its pointer signals are set
    aside (they still count where the reply decides nothing else, or where the advice itself says it is not held)."""
    t = ev.t
    advice: set[int] = set()
    for a, _, _ in rules.scan("advice", t.lower):
        advice |= _advice_block(ev, t.unit(a))
    if not advice or not any(sig == "not_held" and t.unit(a) not in advice for sig, a, _ in ev.signals):
        return
    ev.signals = [x for x in ev.signals if not (x[0] == "published" and t.unit(x[1]) in advice)]
    ev.citations = [c for c in ev.citations if not (c[1] == "published" and t.unit(c[2]) in advice)]
    ev.published_spans = [(a, b) for a, b in ev.published_spans if t.unit(a) not in advice]


# lead40 (nc43 #7): what a pointer names when it is not the information asked for but a digest of it ("Annual summaries
# are published on our website", "headline figures are available"): help beside a refusal, never a decision
_DIGEST_POINTER = re.compile(r"(?i)\b(?:summar(?:y|ies)|overviews?|headline\s+(?:figures|data|statistics)|annual\s+reports?|"
                             r"general\s+information|related\s+information|national\s+(?:figures|statistics))\b[^.]{0,60}\b(?:published|"
                             r"available|on\s+(?:our|the)\s+website)\b")


# rd64: the information asked for said to be in the digest ("The information for financial years 2016/17 to 2018/19 is
# contained in our Annual Reports which we publish on our website here: https://..."): the report holds the answer,
# the pointer is no digest beside it
_ANSWER_IN_DIGEST = re.compile(r"(?i)\b(?:the|this|that|your|such)\s+(?:requested\s+)?(?:information|data|figures|details|answers?)\b"
                               r"[^.;]{0,80}?\b(?:is|are)\s+(?:all\s+|also\s+)?(?:contained|included|set\s+out|shown|given|found)\s+in\s+$|"
                               r"\b(?:the|this|that|your|such)\s+(?:requested\s+)?(?:information|data|figures|details|answers?)\b"
                               r"[^.;]{0,80}?\b(?:is|are)\s+(?:all\s+|also\s+)?(?:contained|included|set\s+out|shown|given|found)\s+in\s+(?:our|the|its)\s+$")


def _summary_pointers_beside_refusal(ev: _Events) -> None:
    """lead40: a refusal of the request on its cost or its burden (s12, EIR 12(4)(b)/EISR 10(4)(b)) or an exemption,
    with a pointer to a digest of the information ("Annual summaries are published on our website"), is the refusal
    with help; the pointer's "published" signal is set aside when the reply gives nothing itself."""
    t = ev.t
    sigs = {sig for sig, _, _ in ev.signals}
    if not sigs & {"cost", "withhold"} or sigs & {"give", "give_part"}:
        return
    digest = set()
    for sig, a, _ in ev.signals:
        if sig == "published":
            lo, hi = t.bounds(t.unit(a))
            m = _DIGEST_POINTER.search(t.original, lo, hi)
            if m and not _ANSWER_IN_DIGEST.search(t.original, lo, m.start()):
                digest.add(t.unit(a))
    if not digest:
        return
    ev.signals = [x for x in ev.signals if not (x[0] == "published" and t.unit(x[1]) in digest)]
    ev.citations = [c for c in ev.citations if not (c[1] == "published" and t.unit(c[2]) in digest)]
    ev.published_spans = [(a, b) for a, b in ev.published_spans if t.unit(a) not in digest]


def _advice_block(ev: _Events, u: int) -> set[int]:
    """The advice sentence u and, where it is a heading of its own (a line without a full stop, or ending in a
    colon: "Advice and assistance", "Section 16 advice:"), the sentences of its paragraph after it, up to a blank
    line, a numbered part or a sentence that decides something itself (rd15)."""
    t = ev.t
    lo, hi = t.bounds(u)
    line = t.original[lo:hi].strip()
    # (rd42: a unit may keep its own line break: "Advice and Assistance\n" is a line of its own too)
    own_line = "\n" in t.original[hi : hi + 3] or t.original[lo:hi].rstrip(" \t").endswith("\n") or hi >= len(t.original.rstrip())
    if not (line.endswith(":") or (own_line and not line.endswith((".", "?", "!")) and len(line) <= 60)):
        # rd29: an advice sentence, and the sentences after it in its paragraph that point to a source the requester
        # can read ("By way of advice, if you limit your request to one ward we may help. Our annual report, which
        # lists the number of inspections (214 in 2023), is on our website."): the pointer is advice too
        block = {u}
        signalled = {t.unit(a) for sig, a, _ in ev.signals if sig in _DECISION_SIGNALS and sig not in ("goodwill", "published")}
        for v in range(u + 1, min(u + 1 + _ADVICE_BLOCK, len(t.starts))):
            a, b = t.bounds(v)
            if ("\n\n" in t.original[t.bounds(v - 1)[1] : a + 1] or v in signalled or _ITEM_AT.match(t.original, a)
                    or not _SOURCE_POINTER.search(t.lower, a, b)):
                break
            block.add(v)
        return block
    block = {u}
    # rd42: under an advice heading a pointer at a source is the advice itself ("Advice and Assistance / details of
    # tuition fees are published in our Financial Statements, which can be found on our website"), as in the
    # paragraph case above: it does not end the block
    signalled = {t.unit(a) for sig, a, _ in ev.signals if sig in _DECISION_SIGNALS and sig not in ("goodwill", "published")}
    for v in range(u + 1, min(u + 1 + _ADVICE_BLOCK, len(t.starts))):
        a, _ = t.bounds(v)
        if "\n\n" in t.original[t.bounds(v - 1)[1] : a + 1] or v in signalled or _ITEM_AT.match(t.original, a):
            break
        block.add(v)
    return block


# rd29: a sentence that points to a source the requester can read for themselves
_SOURCE_POINTER = re.compile(r"\b(?:on (?:our|the|its) (?:web ?site|web ?pages?|intranet|portal)|(?:is|are) (?:published|available|online)"
                             r"|annual (?:report|return|statistics)|publication scheme|https?://|www\.)")
# the size of what is held or found, told as what falls in the request's scope or a group of it
_SCOPE_SIZE = re.compile(r"\b\d[\d,]* (?:[a-z-]+ ){0,2}(?:documents|records|files|e-?mails|items|pages|reports|letters)\b[^.;]{0,30}?"
                         r"\b(?:that|which)? ?(?:fall|falls|fell|falling|come|comes|came) (?:into|within|under|in)\b")


def _not_an_answer_units(ev: _Events) -> set[int]:
    """rd28: sentences about the letter or the request itself (a reference line, the request told back, thanks for
    it) or describing a source the body points to (reply_phrases.yaml `not_an_answer`, matched at a sentence's
    start): what they hold is never an answer, whatever figures or statements are in them."""
    if ev.not_answers is None:
        t = ev.t
        patterns = _rules().patterns("not_an_answer")
        ev.not_answers = {u for u in range(len(t.starts)) if any(p.search(t.lower[slice(*t.bounds(u))]) for p in patterns)}
    return ev.not_answers


# rd32 (issue 10): the argument for holding something back is not an answer. A public interest test or a harm
# statement runs from its opening sentence ("Section 43 is a qualified exemption, so we have weighed the public
# interest", "Overall harm", "Factors favouring disclosure") to its conclusion ("... outweighs ...", "The balance lies
# against ..."); a figure or fact inside it ("the contract is worth £1.2 million", "there are over 11,000 cameras
# nationally") argues for or against release and gives nothing for the request.
_ARGUMENT_OPEN = re.compile(r"\bpublic interest\b|\b(?:overall )?harm\b|\bfactors? (?:favouring|for|against|in favour)\b"
                            r"|\bin favour of (?:disclos|releas|withhold|maintain|confirm|not )|\barguments? (?:for|against)\b"
                            r"|\bbalance (?:test|of (?:the )?public interest)\b")
_ARGUMENT_CLOSE = re.compile(r"\boutweigh\w*|\bon balance\b|\bbalance (?:lies|favours|is in favour|test)\b|\b(?:have|has) (?:therefore )?concluded\b"
                             r"|\bin conclusion\b")
_ARGUMENT_REACH = 25  # sentences: a test is a few paragraphs, never the rest of a long reply


def _argument_units(ev: _Events) -> set[int]:
    """The sentences of a public interest test or harm statement, from its opening to its conclusion (or, with no
    conclusion within reach, to the end of the opening's paragraph). A sentence that gives ("please find attached")
    ends it: the answer is outside the argument."""
    t = ev.t
    gives = {t.unit(a) for sig, a, _ in ev.signals if sig in ("give", "give_part")}
    out: set[int] = set()
    n = len(t.starts)
    u = 0
    while u < n:
        lo, hi = t.bounds(u)
        if ev.roles[u] not in ("test", "other", "decision", "hypothetical") or not _ARGUMENT_OPEN.search(t.lower, lo, hi) or u in gives:
            u += 1
            continue
        end = None
        for v in range(u, min(n, u + _ARGUMENT_REACH)):
            if v in gives or ev.roles[v] in ("rights", "request"):
                break
            if _ARGUMENT_CLOSE.search(t.lower, *t.bounds(v)):
                end = v
        if end is None:  # no conclusion: the opening's paragraph
            end = u
            while end + 1 < n and t.original[slice(*t.bounds(end + 1))].strip() and end + 1 not in gives:
                end += 1
        out.update(range(u, end + 1))
        u = end + 1
    return out


# rd32: right after "we do not hold this" / "this would exceed the cost limit", a sentence that says who keeps the
# records or how they are kept is the reason ("The scheme is run by the Development Corporation, a separate body set
# up in 2019 with its own budget of £14 million"): its figures are no answer.
_KEPT_BY = re.compile(r"\b(?:run|held|kept|recorded|managed|maintained|administered|collected|owned|commissioned|arranged|handled|stored)"
                      r" (?:by|on behalf of)\b|\bresponsibility of\b|\bseparate (?:body|organi[sz]ation|company|authority|entity|legal entity)\b"
                      r"|\bits own (?:accounts|records|budget|files|systems?)\b")


def _reason_units(ev: _Events) -> set[int]:
    """Sentences that follow a decision in the same paragraph and give its reason: after a not-held or cost decision,
    one that says who keeps the records or how; after an exemption or NCND that covers the whole request (not "some
    of", not "questions 2 and 3"), any sentence of the paragraph ("The information is exempt under section 40(2). The
    request concerns 3 members of staff below senior grade ..."). A contrast ("However, ...") or a give ends it."""
    t = ev.t
    gives = {t.unit(a) for sig, a, _ in ev.signals if sig in ("give", "give_part")}
    out: set[int] = set()
    # sp61: a hostile or huge reply repeats a decision thousands of times in one paragraph ("The force does not hold this
    # information." x 5000): each decision walked every later sentence and, at each, every decision (cubic: minutes).
    # The decisions each sentence holds are indexed once, a sentence's scope is read once, and a walk that reaches a
    # later decision of the same kind whose own walk follows the same rules stops there (that walk goes on from it).
    scope_of: dict[int, str] = {}

    def scope(u: int) -> str:
        if u not in scope_of:
            scope_of[u] = _decision_scope(_unit_text(ev, u))[0]
        return scope_of[u]

    walks: list[tuple[str, int, bool, bool]] = []  # (kind, unit, whole, its own text names parts)
    kinds_at: dict[int, set[str]] = {}
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        kinds_at.setdefault(u, set()).add(sig)
        whole = sig in ("withhold", "ncnd") and not gives and scope(u) == "whole"
        walks.append((sig, u, whole, bool(whole and _SCOPE_PARTS.search(_unit_text(ev, u)))))
    same_from: dict[int, list[tuple[str, bool, bool]]] = {}
    for sig, u, whole, parts in walks:
        same_from.setdefault(u, []).append((sig, whole, parts))
    for sig, u, whole, parts in walks:
        if sig not in ("not_held", "cost") and not whole:
            continue
        v = u + 1
        while v < len(t.starts) and t.original[slice(*t.bounds(v))].strip():
            if v in gives or _CONTRAST.match(t.lower, t.bounds(v)[0]) or kinds_at.get(v, set()) - {sig}:
                break
            if whole and (parts or scope(v) in ("questions", "rest", "some")):
                break  # "... questions 2 and 4 are exempt. In relation to questions 1 and 3, the table below ...": an answer
            if whole or _KEPT_BY.search(t.lower, *t.bounds(v)):
                out.add(v)
            if (sig, whole, False) in same_from.get(v, ()):
                break  # the same decision again: its own walk, by the same rules, goes on from here
            v += 1
    return out


# rd94: a sum alone on its line ("£59,307.70"), and the label cell before it ("Expenses - Parking Fees", "Mileage"): a
# few words with no figure and no decision, the lines between holding only a table's rule marks ("|")
_LONE_SUM = re.compile(r"\s*\u00a3\s?\d[\d,]*(?:\.\d\d)?\s*")
_CELL_LABEL = re.compile(r"\s*[A-Za-z][A-Za-z&/,'() -]{1,60}\s*")


def _cell_label_before(t: "_Text", u: int, lo: int) -> bool:
    for v in range(u - 1, max(-1, u - 4), -1):
        a, b = t.bounds(v)
        if a < lo:
            return False
        line = t.original[a:b]
        if not line.strip(" \t\n|"):
            continue  # a rule mark or an empty line between the cells
        return bool(_CELL_LABEL.fullmatch(line)) and len(line.split()) <= 8
    return False


def _fact_units(ev: _Events, lo: int, hi: int) -> list[int]:
    """Sentences between lo and hi that state figures as an answer (counts, sums, percentages)."""
    t = ev.t
    signals_in: dict[int, set[str]] = {}
    for signal, start, _ in ev.signals:
        signals_in.setdefault(t.unit(start), set()).add(signal)
    cited = [(a, b) for _, _, a, b in ev.citations]
    out = []
    refusals: dict[int, list[int]] = {}
    for signal, start, _ in ev.signals:
        if signal in ("not_held", "withhold", "ncnd", "ncnd_partial"):
            refusals.setdefault(t.unit(start), []).append(start)
    for _, signal, start, _ in ev.citations:  # "Section 40(2) applies to this information, which is the names of 12 staff"
        if signal in ("not_held", "withhold", "ncnd"):
            refusals.setdefault(t.unit(start), []).append(start)
    workload = _estimate_units(ev)
    # beside a withholding or an NCND, figures about threats, criminals or risks are the harm argument, not an answer
    # ("Since 2017, 43 terrorist plots have been disrupted")
    arguing = any(sig in ("withhold", "ncnd", "ncnd_partial") for sig, _, _ in ev.signals) or any(
        sig in ("withhold", "ncnd") for _, sig, _, _ in ev.citations)
    not_answers = _not_an_answer_units(ev)
    argued = _argument_units(ev) if arguing else set()
    reasons = _reason_units(ev)
    for u in range(t.unit(lo), t.unit(max(lo, hi - 1)) + 1):
        if u in workload or (arguing and u not in signals_in and _HARM_ARGUMENT.search(t.lower, *t.bounds(u))):
            continue
        if u in argued or u in reasons:
            continue  # rd32: the public interest test or harm argued, or who keeps the records: not an answer
        if u in not_answers and t.answer_before.get(u) is None:
            continue  # rd28: "Our ref ATISN 10230", "Thank you for your request received on 28 January ...": not an answer
        if _CONTACT.search(t.lower, *t.bounds(u)):
            continue  # "contact NHS England: PO Box 16738 ... Telephone: 0300 311 22 33": where to ask, not an answer
        if _SCOPE_SIZE.search(t.lower, *t.bounds(u)):
            continue  # "I have been provided with 47 documents that fall into the first group": what is held, not an answer
        answer_end = t.answer_before.get(u)  # "12. 2. What were the reasons?": the answer before the next question
        after = t.answer_after.get(u)  # rd28: "- Total spend with framework agencies - 200k": the answer after the item
        if after is not None:
            if _FIGURE.search(t.original, max(after, lo), min(t.bounds(u)[1], hi)) and not any(
                    sig in ("not_held", "withhold") and after <= a < t.bounds(u)[1] for sig, a, _ in ev.signals) and not any(
                    sig in ("not_held", "withhold") and after <= a < t.bounds(u)[1] for _, sig, a, _ in ev.citations):
                # (rd88: nor a section cited for it: "- Breakdown by grade - Sensitive Information, Section 43 applied")
                out.append(u)
            continue
        if ev.roles[u] == "request" and answer_end is None and len(_YEAR_SUM.findall(t.original, *t.bounds(u))) >= 2:
            out.append(u)  # a request restated with its answers written in ("i) 2022/23 - £1,250,000 ii) ...")
            continue
        if (ev.roles[u] not in ("other", "decision") and answer_end is None) or signals_in.get(u, set()) & _NOT_FACT_SIGNALS:
            continue
        a, b = t.bounds(u)
        a, b = max(a, lo), min(b if answer_end is None else answer_end, hi)
        # figures before "we do not hold ..." count; after it, only past a "however" ("we do not routinely
        # record this, however a search found 14 cases")
        cut = [r for r in refusals.get(u, []) if a <= r < b and not _CONTRAST.search(t.lower, r, min(b, r + _CLAUSE_REACH))]
        if cut and len(_YEAR_CELL.findall(t.original, a, b)) >= 2:
            cut = []  # a table flattened into a line: "2020 Information no longer held 2021 ... 2022 290 2023 258"
        if cut:
            # ... and only in a clause of their own: "we searched the emails of the 3 officers involved, and no
            # information was found" describes the search; "we spent £34,500; we do not hold a breakdown" gives a figure
            b = max([a] + [m.end() for m in _OWN_CLAUSE.finditer(t.lower, a, min(cut))]
                    + [m.end() for m in _LOST_BREAK.finditer(t.original, a, min(cut))])
        text = t.original[a:b]
        hedge = _HEDGED.search(text)
        if hedge:
            # hedged: "would take 40 hours"; in a long run-on sentence only from the hedge's own clause on ("... | Tesla
            # Model 3 | Electric | 10 | It may be helpful to know ...": the table before it stands)
            clauses = [m.end() for m in _OWN_CLAUSE.finditer(text, 0, hedge.start())] if len(text) > _SPLIT_AT else []
            if not clauses:
                continue
            text = text[: clauses[-1]]
        after_question = answer_end is not None or (
            u > 0 and ev.roles[u - 1] == "request" and t.original[slice(*t.bounds(u - 1))].rstrip().rstrip(_CLOSING_QUOTES).endswith("?"))
        if _LONE_SUM.fullmatch(text) and _cell_label_before(t, u, lo):
            out.append(u)  # rd94: "Mileage\n|\n£59,307.70": a table copied out one cell to a line, its sum under its label
            continue
        if (not _WORD.search(text) and len(_NAME_WORD.findall(text)) < 2 and len(_MONEY.findall(text)) < 2 and not _CELLS.search(text) and not after_question
                and not _TABLE_ROW.fullmatch(text) and len(_YEAR_COUNT.findall(text)) < 2 and not _LABELLED_COUNT.search(text)
                and not _LABELLED_LINE.match(text)
                and not re.fullmatch(r"\s*(?:response|answer|reply)\s?:\s*\u00a3?\s?\d[\d,.]*%?\s*", text, re.I)):  # "Response: 42"
            continue  # an identifier alone on a line ("PUB 1234"); a row of sums, or a figure answering the question before it, is an answer
        if _NUMBER_WORD.search(text) and (_ANSWER_VERB.search(text.lower()) or _THERE_ARE.search(text)) and not _NOT_AN_ANSWER.search(text.lower()):
            out.append(u)  # "The Force has two drones", "met on three occasions", "there were four"
            continue
        if (_NUMBER_WORD.search(text) and _CONFIRMS.search(text) and not _HARM_WORDS.search(text)
                and not signals_in.get(u, set()) & {"not_held", "withhold", "ncnd", "ncnd_partial", "cost"}):
            out.append(u)  # "We can confirm that, on 15 November, nineteen officers had been taken off the run"
            continue
        # the request's own words quoted back, found in the whole sentence (rd36: a clause cut at a "|" or ":" inside
        # the quotation leaves it open: "relating to 'HS/CD/18/00197 | Discharge of Conditions: 3 (Hard ...)' is exempt")
        whole = t.original[slice(*t.bounds(u))]
        quoted = [(t.bounds(u)[0] + q.start() - a, t.bounds(u)[0] + q.end() - a) for q in _QUOTED.finditer(whole)] \
            if _ABOUT_THE_REQUEST.search(whole) else []
        for m in _FIGURE.finditer(text):
            if any(qa <= m.start() < qb for qa, qb in quoted):
                continue  # the request's own words quoted back ("your request for: 'documents ... Budget Note 66'")
            value = m.group(2).replace(",", "")
            if not m.group(1) and len(value) <= 2 and not text[: m.start()].strip() and re.match(r"[.)]\s+[A-Z]", text[m.end() : m.end() + 4]):
                continue  # the item's own number ("3. The rates paid ...")
            if not m.group(1) and not m.group(3) and re.fullmatch(r"(?:19|20)\d\d", value):
                continue  # a year
            if m.group(1) and value in ("450", "600", "25", "15"):
                continue  # the cost limit and its hourly rate
            if _NOT_A_FIGURE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _NOT_A_FIGURE_AFTER.match(text[m.end() : m.end() + 16]):
                continue
            if any(ca <= a + m.start() < cb for ca, cb in cited):
                continue  # a section number
            out.append(u)
            break
    return out


# (rd73: and a letterhead's "Direct Line: 01633 435956", "Direct dial:")
_CONTACT = re.compile(r"\b(?:contact(?:ed)?(?! (?:centres?|centers?|with|rates?|times?|tracing)\b)|telephone|tel|phone|p\.?o\.? box|e-?mail|write to|postcode|helpline|switchboard|fax|direct (?:line|dial|number)|call (?:me|us)\b[^.]{0,40}\bnumber)\b|@|www\.")
_HARM_ARGUMENT = re.compile(r"\b(?:threat\w*|terror\w*|criminals|offenders|security|risks?|attacks?|vulnerab\w*|exploit\w*"
                            r"|mosaic|comparisons?)\b")
_NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
    r"(?! (?:(?:working|calendar|full|financial) )?(?:days?|weeks?|months?|years?|hours?|minutes?|duties|exemptions?|parts?"
    r"|questions?|requests?|elements?|sections?|ways?|reasons?|options?|stages?|criteria|limbs?|tests?))", re.I)
# A prose answer with no figures: the authority (or a thing) and what it does or has ("The force uses cameras supplied
# by Axon", "The contract runs until 2026"), never a sentence about the request, the law or a harm
_ANSWER_VERB = re.compile(
    r"\b(?:uses|used|operates|operated|owns|owned|runs|ran|employs|employed|has|had|met|meets|purchased|bought|installed"
    r"|introduced|launched|commissioned|appointed|contracts with|is (?:owned|run|operated|managed|supplied|located|used|called"
    r"|named|based|funded|provided by)|are (?:owned|run|operated|managed|supplied|located|used|called|named|based|funded)"
    r"|was (?:owned|run|operated|managed|supplied|installed|purchased|introduced|launched|appointed|held on)"
    r"|were (?:owned|run|operated|managed|supplied|installed|purchased|introduced|launched|appointed|held on))\b")
# ... said of the authority or of a thing it has, by a verb of use, ownership or action ("has" alone is too common in
# harm explanations: "The threat from terrorism has increased")
_ANSWER_STATEMENT = re.compile(
    r"^\W*(?:the |our |this |its |their )?(?:[a-z'&-]+ ){0,4}?(?:council|trust|force|department|board|authority|service"
    r"|university|police|constabulary|ministry|commission|agency|office|government|college|school|we|it|they|contract|system"
    r"|scheme|policy|vehicle|building|site|post|role|team|unit|fleet|cameras?|drones?|software|supplier|provider)\b"
    r"(?: [a-z0-9'&(),/-]+){0,6}? (?:uses|used|operates|operated|owns|owned|runs|ran|employs|employed|met|meets|purchased"
    r"|manages|managed|maintains|maintained"  # rd36: "Hastings Borough Council manages our parks and open spaces"
    r"|bought|installed|introduced|launched|commissioned|appointed|contracts with|is (?:owned|run|operated|managed|supplied"
    r"|located|used|called|named|based|funded|provided by)|are (?:owned|run|operated|managed|supplied|located|used|called"
    r"|named|based|funded)|was (?:owned|run|operated|managed|supplied|installed|purchased|introduced|launched|appointed)"
    r"|were (?:owned|run|operated|managed|supplied|installed|purchased|introduced|launched|appointed))\b"
    # "The supplier was Vysionics Ltd.": who supplies or makes it, named
    r"|^\W*(?:the |our |its |their )?(?:[a-z'&-]+ ){0,2}?(?:supplier|provider|contractor|manufacturer|vendor) (?:is|was|are|were)"
    r" (?!not\b|exempt|withheld|being|unable|under\b|a matter\b|commercially\b)")
_NOT_AN_ANSWER = re.compile(
    r"\b(?:request|requested|requester|act|section|sections|regulations?|in accordance with|exempt\w*|exception|withh\w+|disclos\w+|releas\w+"
    r"|information|data|public interest|harm|prejudice|would|could|may|might|if|whether|search\w*|enquir\w+|thank|apolog\w+"
    r"|respon\w+|duty|duties|obliged|required|committed|aims?|not|no|never|n't|cannot|unable|policy is to|guidance|commissioner"
    r"|complain\w*|review|appeal|copyright|confirm\w*|deny|letter|email|cost|limit|hours|estimate\w*"
    r"|threat\w*|terror\w*|criminal\w*|offender\w*|risk\w*|safety|security|tactic\w*|capabilit\w*|undermin\w*|compromis\w*)\b")


# an answer given as "Label: value" ("Supplier: Acme Ltd", "Contract start date: April 2021"), never a letter's own
# headings ("Reference: FOI 123", "Decision: ...") or a part marker
_KEY_VALUE = re.compile(r"^\W*(?P<key>[A-Z][A-Za-z'&/()]*(?: [A-Za-z'&/()]+){0,5}) ?: ?(?P<value>[\w\u00a3$].{1,300})$", re.S)
_LAW_IN_KEY = re.compile(r"(?i)^(?:freedom\s+of\s+information|environmental\s+information|foi|foia|foisa|eir|eisr)"
                         r"(?:\s+\(scotland\))?(?:\s+act)?\s+(?=\w)")
# rd97: "Internal review: FOI 2026/0412" is a review letter's subject line, not a label with its answer
_NOT_AN_ANSWER_KEY = re.compile(
    r"^(?:(?:our|your|the|foi|eir|request|case|internal) )?(?:ref(?:erence)?(?: no\.?| number)?|date(?: \w+)?|dear|re|subject|title|from|to|cc|sent|email|e-mail|tel(?:ephone)?|phone|fax"
    r"|address|website|web|link|url|response|responses|request|requests?|question|questions|q|answer|answers|reply|part|parts|point|item|note|notes|nb|ps"
    r"|outcome|decision|status|result|exemptions?(?: applied| used)?|exceptions?(?: applied)?|sections?(?: applied)?|disclosure|information released|released"
    r"|authority|public authority|department|category|categories|topic|keywords?|summary|requester|applicant|received|published|publication date"
    r"|case officer|officer|contact|handled by|prepared by|signed|name of (?:officer|requester)|directorate|service area|team"
    r"|information(?: requested| sought| asked for)?|details of (?:the )?request|grounds|basis|legislation|law|scope|subject matter|rights?|review"
    r"|harm|public interest(?: test)?|factors?(?: \w+){0,3}|reasons?(?: \w+){0,3}|explanation|background|advice|balanc(?:e|ing)(?: test)?|conclusion|evidence of harm)\b", re.I)


# a lead-in, not a label: "In response:", "Please note:", "Against disclosure:", "The decision is that:"
_KEY_LEAD_IN = re.compile(r"\b(?:in|please|note|against|for|we|i|our|your|is|are|that|as|and|answered|following|below|above)$|^(?:in|please|we|i|the \w+'s)\b", re.I)
_VALUE_SENTENCE = re.compile(r"(?i)(?:your|there|following|it|this|these|those|if|as|thank|dear|i|we|our)\b")


def _key_value_units(ev: _Events, signalled: set[int]) -> list[int]:
    """Sentences that answer as "Label: value", with no decision in them."""
    t = ev.t
    out = []
    for u in range(len(t.starts)):
        if ev.roles[u] != "other" or u in signalled:
            continue
        m = _KEY_VALUE.match(t.original[slice(*t.bounds(u))].strip())
        key, value = m.group("key").strip() if m else "", m.group("value").strip() if m else ""
        key = _LAW_IN_KEY.sub("", key)  # "Freedom of Information Request Reference No": a reference label
        if (m and not _NOT_AN_ANSWER_KEY.match(key) and not _KEY_LEAD_IN.search(key) and not re.search(r"\d", key)
                and len(value) <= 120 and not _ANSWER_START.match(value.lower()) and not _VALUE_SENTENCE.match(value)):
            out.append(u)
    return out


_CONFIRMS = re.compile(r"\b(?:can|could|am able to|are able to|is able to|would like to) (?:now )?(?:confirm|advise|inform you|tell you|report)\b", re.I)
_HARM_WORDS = re.compile(r"\b(?:threat\w*|terror\w*|criminal\w*|offender\w*|risk\w*|safety|security|tactic\w*|capabilit\w*|undermin\w*"
                         r"|compromis\w*|harm|prejudice|exempt\w*|hours|limit|cost)\b", re.I)


def _answer_statements(ev: _Events) -> list[int]:
    """Sentences that answer in words, with no figure and no decision: what the authority uses, has or did."""
    t = ev.t
    signalled = {t.unit(a) for _, a, _ in ev.signals} | {t.unit(a) for _, _, a, _ in ev.citations}
    workload = _estimate_units(ev) | _not_an_answer_units(ev)
    out = []
    for u in range(len(t.starts)):
        if ev.roles[u] != "other" or u in signalled or u in workload:
            continue
        text = re.sub(r"^\W*(?:q(?:uestion)?\s*)?\d{1,2}[.):]\s+", "", t.lower[slice(*t.bounds(u))])  # "3. the supplier was ..."
        if _ANSWER_STATEMENT.match(text) and not _NOT_AN_ANSWER.search(text) and len(_WORD.findall(text)) >= 3:
            out.append(u)
        elif _YES_NO_ANSWER.match(text) and len(_WORD.findall(text)) >= 3:
            out.append(u)  # "No - the Trust is creating a process to comply with the guidance. 2. ... withheld": answered
        elif stated_value(t.original[slice(*t.bounds(u))]):
            out.append(u)  # rd51 (nc50 #4): "The names are: Hays, Sanctuary Personnel, Liquid Personnel." - a value stated
    return sorted(set(out) | set(_key_value_units(ev, signalled | workload)))


_YES_NO_ANSWER = re.compile(r"^\W*(?:yes|no)\s?[,;:\-\u2013\u2014]\s*[a-z]", re.I)
_STATEMENT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did|uses|took|received|holds?|\w{3,}ed)\b")
_NOT_A_STATEMENT = re.compile(r"^\W*(?:please|if|thank|dear|yours|kind regards|regards|i am writing|we are writing|further to|in accordance"
                              r"|under|as you|you)\b", re.I)
_BACKGROUND_WORDS = re.compile(r"\b(?:committed|values?|recogni[sz]es?|appreciates?|understands?|acknowledges?|aware"
                              r"|seriously|openness|transparency|accountability|considered|consideration"
                              r"|passed|forwarded|referred|transferred|acknowledg\w*|your (?:e-?mail|letter|enquiry))\b", re.I)


def _plain_statements(ev: _Events) -> list[int]:
    """Sentences the authority states as fact, beside its decisions: no decision, citation, estimate, harm or public
    interest argument, and nothing about the request, the law or the process ("The meeting took place on 4 May 2022",
    "The report was commissioned in 2021 from Deloitte", "Yes, the Trust has a contract with Capita")."""
    t = ev.t
    signalled = {t.unit(a) for _, a, _ in ev.signals} | {t.unit(a) for _, _, a, _ in ev.citations}
    skip = signalled | _estimate_units(ev) | _not_an_answer_units(ev)
    out = []
    for u in range(min(len(t.starts), 200)):
        if ev.roles[u] != "other" or u in skip:
            continue
        text = t.original[slice(*t.bounds(u))]
        if (len(_WORD.findall(text.lower())) >= 3 and _STATEMENT_VERB.search(text.lower()) and not _NOT_A_STATEMENT.match(text) and not _BACKGROUND_WORDS.search(text)
                and not _PROSE_NOT.search(text) and not _HARM_WORDS.search(text) and not _RECORDS_TALK.search(text.lower())):
            out.append(u)
    return out


_THERE_ARE = re.compile(r"\bthere (?:are|were|was|is|have been|has been)\b", re.I)
_CONTRAST = re.compile(r"\b(?:however|but|although|nevertheless)\b")
# a line break lost between a figure and the next sentence: "... = £2,348,169.38 The City of London Police can neither ..."
_LOST_BREAK = re.compile(r"(?<=\d)\s+(?=(?:The|We|I|Our|This|These|It|Unfortunately|However|Please|In|As|For|Any|All|Other|Further|Some|No)\b)")
# where a clause of its own ends: figures before a refusal count only when such a break stands between them
_OWN_CLAUSE = re.compile(r"[;:|]|\s-\s|[.!?]\s|,?\s(?:but|however|although|whereas|while|whilst)\b|,?\s(?:and|but) (?=(?:we|i|it|they|the \w+ (?:does|do|did|has|have|is|are|was|were|holds?|cannot|can))\b)")
_CLAUSE_REACH = 400  # how far on a "however" is looked for: a sentence, not the rest of a text with no full stops
_COUNT = re.compile(r"(?<![\w/.(])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\w/)])(?! (?:hours?|working days?|days|minutes?))")


def _answered_after_all(t: _Text, end: int) -> bool:
    """A 'not held' whose sentence goes on "however ..." with a count: the count is the answer."""
    hi = min(t.bounds(t.unit(end - 1))[1], end + _CLAUSE_REACH)
    c = _CONTRAST.search(t.lower, end, hi)
    if (c is not None and _OFFERED.match(t.lower, c.end()) and not _QUALIFIED_NOT_HELD.search(t.lower, max(0, end - 40), c.start())
            and not _SEARCHED.search(t.lower, c.end(), hi)):
        # rd38: "We do not record how many calls were abandoned, but we can tell you that we received 52,300 calls":
        # what is not recorded is said plainly (not "not centrally", "not in that format"), and the contrast offers
        # other information in the authority's own voice: that part is not held, the figure after it answers another
        return False
    if (c is not None and _OTHER_HELD.match(t.lower, c.end())
            and _decision_scope(t.original[t.bounds(t.unit(end - 1))[0] : c.start()])[0] == "item"):
        # rd23: "We do not hold information about the costs of the scheme, however we do hold the number of
        # participants, which is 230": one named thing not held, another named thing held and given (a share)
        return False
    if c is not None and _COUNT.search(t.lower, c.end(), hi) is not None:
        return True
    if _GIVEN_INSTEAD.search(t.lower, end, hi):
        return True  # "We do not hold financial data in calendar years - the information below shows financial years" (rd22)
    # "..., however we have searched our incident log text for 'refurb'. During the period there was a Nil Return.":
    # the search is told after the contrast, its result in the next sentence
    if c is None or not _SEARCHED.search(t.lower, c.end(), hi):
        return False
    u = t.unit(end - 1) + 1
    if u >= len(t.starts):
        return False
    a, b = t.bounds(u)
    b = min(b, a + _CLAUSE_REACH)
    return _COUNT.search(t.lower, a, b) is not None or bool(_rules().scan("nil_answer", t.lower[a:b], limit=1))


# after the contrast, the body holds another named thing: "however we do hold the number of participants"
_OTHER_HELD = re.compile(r"\W*(?:we|i|the [a-z]+|it) (?:(?:do |does |did )?(?:hold|holds|record|records|keep|keeps)|(?:do|does) have)"
                         r" (?!(?:this|it|that|these|them|such|some|any|the (?:information|data|figures|details|records))\b)(?:the |a |an )?[a-z]")
# the same sentence goes on to give the answer in another form: "- the information below shows financial years",
# "; instead we have provided the totals for each quarter"
# rd38: an offer of other information after a contrast ("but we can tell you", "however, we can confirm that", "but what we
# can provide is"), and a not-held said with a qualifier that leaves room for finding it another way
_OFFERED = re.compile(r"\W*(?:what )?(?:we|i) (?:can|are able to|am able to|could)(?: however| though| instead| also)? (?:tell|confirm|advise|provide|give|say|share|let you know|supply|offer)\b")
_QUALIFIED_NOT_HELD = re.compile(r"\b(?:centrally|routinely|electronically|separately|systematically|specifically|in (?:that|this|the) (?:format|form|way)|in a (?:format|form|way)|on (?:a|our|any) (?:central |single )?(?:system|database))\b")
_GIVEN_INSTEAD = re.compile(r"(?:\s[-\u2013\u2014]\s|[;:]|\b(?:however|but|instead)\b)[^.;]{0,30}?\b(?:(?:the )?(?:information|figures|data|table|"
                            r"breakdown|totals?) (?:below|above|attached|provided|enclosed) (?:shows?|is|are|gives?|covers?|sets? out)\b"
                            r"|(?:we|i) (?:can|have|are able to|am able to) (?:instead )?(?:provided?|supplied|supply|give|given) (?:you )?(?:with )?(?:the |this |these )?"
                            r"(?:information|figures|data|totals?|breakdown) (?:for|by|in|as)\b)")
_SEARCHED = re.compile(r"\b(?:searched|(?:carried out|conducted|undertaken|made) (?:a |an )?(?:search|check|review)|checked|interrogated|looked (?:at|through))\b")


# a sentence that asks its reader to fill in or return something: never the authority giving information
_FILL_IN = re.compile(r"\W*(?:(?:q(?:uestion)?\s?)?\d{1,2}[a-z]?[.):]\s*)?(?:(?:could|can|would|will) you )?(?:please )?(?:kindly )?"
                      r"(?:complete|fill (?:in|out)|populate|return|sign|update)\b(?! (?:by|on)\b)")
_REASONS_SUBJECT = re.compile(r"\W*(?:the |our |my |its )?(?:reasons?|explanation|grounds|considerations|arguments|factors|rationale"
                              r"|exemptions?(?: (?:applied|relied (?:up)?on|engaged))?|exceptions?"
                              # rd100: a review's own findings, set out in its report ("My findings are set out in the
                              # attached report", "The findings of my review are detailed in the annex"): the review's
                              # reasoning, not the information asked for
                              # (the reviewer's own: "my/our findings", "review findings", "findings of my review";
                              # never "the findings are set out in the attached report" of a report asked for)
                              r"|(?<=my )(?:findings|conclusions)|(?<=our )(?:findings|conclusions)"
                              r"|(?:review|investigation) (?:findings|conclusions)"
                              r"|(?:findings|conclusions) of (?:my|the|our|this) (?:internal )?(?:review|investigation)"
                              r"|public interest (?:test|arguments|considerations)|harm)"
                              # rd85: what they are the reasons for, in a few words ("The rationale for the application
                              # of each is given below", "The reasons for withholding this information are set out")
                              r"(?: (?:for|behind|of) (?:this|that|these|the \w+|(?:the |our |its )?(?:applying|application|applied|"
                              r"using|use|withholding|refusing|refusal|decision|exemptions?|exceptions?)\b(?: [\w()]+){0,4}?))?"
                              # "The exemptions, as well as the factors the Department considered ..., are listed below"
                              r"(?:,[^.;,]{0,160},)?"
                              r" (?:is|are|have been|has been|will be) (?:set out|given|explained|provided|listed|detailed|shown)\b")
# rd43: the same said with a pronoun for its subject, the reasons named in the sentence before ("Section 38 requires
# the harm and public interest to be considered prior to any disclosure being made. These are set out below")
_PRONOUN_SET_OUT = re.compile(r"\W*(?:these|they|this|those|both|which|it|the(?:se)? tests?)\s+(?:is|are|have been|has been|will be)\s+"
                              r"(?:set out|given|explained|provided|listed|detailed|shown|outlined)\b")
_REASONS_NAMED = re.compile(r"\b(?:harm|public interest|reasons?|rationale|grounds|exemptions?|exceptions?|considerations|factors"
                            r"|arguments|explanation|prejudice)\b")
# a give cue that is a confirmation ("I can confirm that ..."): what it gives is whatever its that-clause says
_CONFIRMS = re.compile(r"\bconfirm\b")


def _unit_before(t: "_Text", unit: int) -> int:
    """The nearest sentence before `unit` with a word in it (blank lines between are skipped); `unit` itself if none."""
    for u in range(unit - 1, -1, -1):
        if re.search(r"\w", t.lower[slice(*t.bounds(u))]):
            return u
    return unit


# a give verb in a relative clause after a negated noun: "not held in a form we can release", "We do not hold any
# information that we are able to disclose", "there is nothing we can provide"
# rd55: the short subject of a give told in the third person (reply_phrases.yaml give, rd53's "HCC provided
# information ...", "The WYP, after consultation with the MoJ, disclosed to the Appellant version 3.1 of ..."): an
# acronym written in capitals is the authority; a word written as a name or a common noun ("Bob provided the figures",
# "The court sent the order") is the authority only when the authorities list knows it ("Ofsted provided", "Defra
# released"); otherwise someone else gave it, not the reply
_SHORT_GIVER = re.compile(r"(?:(?:[Tt]he|[Tt]hat) )?([A-Za-z][A-Za-z&]{1,5})(?:, [^,.;]{0,80},)? (?:(?:also|then|initially) )?(?:provided|disclosed|released|supplied|gave|sent|enclosed|did)\b")
_NOT_A_GIVER_NAME = frozenset({"it", "they", "and", "the", "that", "we", "i", "is", "are", "was", "were", "has", "have", "had",
                               "be", "been", "being", "will", "can", "may", "also", "then", "not", "who", "which"})


def _editorial_brackets(lower: str, start: int, end: int) -> bool:
    """rd55: a cue inside square brackets ("[name of officer redacted]", "[individual's name redacted]") is the
    words of whoever copied the text out (a tribunal, a disclosure log), not the reply's decision."""
    opened = lower.rfind("[", max(0, start - 80), start + 1)
    if opened < 0 or "]" in lower[opened:start]:
        return False
    closed = lower.find("]", start)
    return 0 <= closed - end <= 40


def _person_gives(original: str, start: int) -> bool:
    m = _SHORT_GIVER.match(original, start)
    if not m or m.group(1).lower() in _NOT_A_GIVER_NAME or m.group(1).isupper():
        return False
    from askfoi.authorities import resolve_authority  # only for this rare shape: the index loads on first use

    found = resolve_authority(m.group(1))
    return not (found and found.known and found.score >= 95)


_GIVE_IN_RELATIVE = re.compile(r"\b(?:not|no|nothing)\b(?: [\w-]+){0,4}? (?:form|format|way|manner|information|data|details|records?|documents?"
                               r"|figures|anything|nothing)(?: (?:that|which))? $|\bnothing (?:(?:that|which|else) )?$")
# what a give verb sets out, when it is the decision's reasons ("I set out in the annex below a fuller explanation of our
# decision", "provided in the appendix are the reasons")
_REASONS_OBJECT = re.compile(r"\W*(?:below|above|overleaf)?\s?(?:is |are )?(?:a |an |the |our |my |its )?(?:fuller |full |more detailed |detailed "
                             r"|further |brief |short )?(?:explanation|reasons?|rationale|grounds|justification|arguments|considerations"
                             r"|public interest (?:test|arguments|considerations))\b")
# a part whose answer is nil: "? None.", "2. Nil", "Zero (illegal migrants are not eligible)"
_NIL_PART = re.compile(r"^\W*(?:none|nil|zero|0)\b(?![.,]\d)", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to|is intended to|are intended to|intention to|intends? to|intending to"
                     r"|plans? to|planning to|aims? to|proposes? to|going to|(?:is|are) required to|(?:is|are) expected to|(?:is|are) scheduled to|(?:is|are) due for) (?:also )?(?:be )?$")


# between a give cue and a pointer later in its clause ("in accordance with section 1(1)(b) of the Act | our response is
# provided below"): no clause or sentence break
_POINTER_GAP = re.compile(r"[.;:!?]|\b(?:and|but|however|although|whilst|while)\b")


# rd76: a sentence that draws its consequence from the one before ("Accordingly, ...", "As a result, ...")
_CONSEQUENCE = re.compile(r"\W*(?:accordingly|as a result|as such|consequently|therefore|thus|so|for this reason|hence)\b", re.I)


def _ground_of_the_next(t: _Text, u: int, not_held_units: set[int]) -> bool:
    """rd76: the nil of sentence U is the ground of a not-held drawn from it in the next sentence ("There was no
    correspondence between the Assembly and the charity in this period. Accordingly, the Assembly Commission holds no
    information in relation to this question."): that not-held, not an answer given."""
    v = u + 1
    while v < len(t.starts) and not t.original[slice(*t.bounds(v))].strip():
        v += 1
    return v in not_held_units and bool(_CONSEQUENCE.match(t.original, t.bounds(v)[0]))


def _events(text: str) -> _Events:
    rules = _rules()
    # rd21: a pasted page's request (a WhatDoTheyKnow thread's first letter, a disclosure log's "Request" block) is
    # blanked, same length: only the authority's sentences decide (askfoi/reply_regions.py)
    replied = reply_only(text)
    t = _Text.of(replied)
    _split_run_on(t, rules)
    _split_restated(t, rules)
    roles = _unit_roles(t, rules)
    _quoted_law_blocks(t, roles)
    hits: dict[str, list[tuple[int, int]]] = {}
    for signal in _DECISION_SIGNALS + ("ncnd_context", "pointer"):
        spans = [(a, b) for a, b, _ in rules.scan(signal, t.lower)]
        if spans:
            hits[signal] = sorted(spans)
    units_of = {s: {t.unit(a) for a, _ in spans} for s, spans in hits.items()}
    ncnd_units = units_of.get("ncnd", set()) | units_of.get("ncnd_partial", set()) | units_of.get("ncnd_context", set())
    not_held_units = units_of.get("not_held", set()) - ncnd_units
    # a nil answer ("there were no such cases", "the Council has not issued any notices", "a nil return") answers a
    # question of how many or whether: information given (zero). Said as the reason nothing is held, in the same
    # sentence ("has not received any such complaints, so there is no information to provide"), it is that not-held.
    nil = [(a, b) for a, b, _ in rules.scan("nil_answer", t.lower) if t.unit(a) not in not_held_units
           and not _ground_of_the_next(t, t.unit(a), not_held_units)]
    nil_starts = {a for a, _ in nil}
    if nil:
        hits["give"] = sorted(hits.get("give", []) + nil)
    published_units = units_of.get("published", set()) - ncnd_units
    before = rules.patterns("negation_before")
    after = rules.patterns("negation_after")

    found = _Found()
    ncnd_said = any(roles[u] not in _NO_CITATIONS for s in ("ncnd", "ncnd_partial") for u in units_of.get(s, ()))
    # (in a restated question's sentence, the answer written before the question counts: "... s.17 of the Act refers -
    # Information not held ... - How many locations ...?")
    cited = [c for c in _cited(t, rules, found, ncnd_units, ncnd_said)
             if roles[t.unit(c[2])] not in _NO_CITATIONS or c[2] < t.answer_before.get(t.unit(c[2]), -1)
             or c[2] >= t.answer_after.get(t.unit(c[2]), len(t.original))]
    # "I can neither confirm nor deny ... as to determine if it is held would exceed the 18 hours (s12(2))":
    # the cost of confirming, not an NCND exemption
    if _unmeasured_unreasonable(t, rules, hits, cited):
        # rd28: "The exemption 'Manifestly unreasonable' ... Section 12 (4) (b) ... the burden placed on departments in
        # having to deal with such requests": refused as manifestly unreasonable; the cost counterpart needs a measure
        # rd58: ... and where its ground is the requester's conduct (harassing, disruptive, obsessive - reply_phrases.yaml
        # `harassment`), the EIR's manifestly unreasonable is its vexatious request (the EIR has no section 14)
        to = "vexatious" if rules.scan("harassment", t.lower, limit=1) else "withhold"
        hits[to] = sorted(hits.get(to, []) + hits.pop("cost", []))
        cited = [(c[0], to if c[1] == "cost" else c[1], *c[2:]) for c in cited]
    if "withhold" in hits and "vexatious" not in hits and "cost" not in hits and not cited:
        # rd58: "Your request is refused. In arriving at this conclusion ...: your frequent and persistent previous
        # contact with this office on the same subject" - a refusal that cites no section and gives the requester's
        # conduct as its ground, in the sentences that follow it: the vexatious request told without section 14 (not
        # beside a burden of cost: "the disruption to the delivery of other services caused by staff" is the cost's)
        first = min(t.unit(a) for a, _ in hits["withhold"])
        conduct = [(a, b) for a, b, _ in rules.scan("harassment", t.lower)
                   if roles[t.unit(a)] not in ("request", "hypothetical") and first <= t.unit(a) <= first + 6]
        if conduct:
            hits["vexatious"] = sorted(hits["withhold"] + conduct)
    cost_units = {t.unit(c[2]) for c in cited if c[1] == "cost" and not c[4]}
    ncnd_units -= cost_units
    negated = {(signal, t.unit(start)) for _, signal, start, _, denied in cited if denied}
    denied_units = {t.unit(start) for _, _, start, _, denied in cited if denied}
    # rd27: "The number expected to close in 2024 will be published in the annual report in June. Section 22 of the FOI
    # Act provides that information is exempt ...": beside section 22 (FOISA s27) cited anywhere, even as the law
    # quoted, a sentence of the reply's own saying the information will be published later withholds it until then
    if any(_future_publication(c[0]) and not c[4] for c in cited):
        later = [(a, b) for a, b, _ in rules.scan("future_publication_said", t.lower) if roles[t.unit(a)] in ("other", "decision")
                 and not _BEYOND_THE_REQUEST.match(t.lower, t.starts[t.unit(a)]) and not _conditional(t, a)]
        if later:
            hits["withhold"] = sorted(hits.get("withhold", []) + later)
    # rd27: "we are therefore not obliged to comply with your request" with no ground in its own sentence, and no
    # section 14 anywhere: the cost refusal told without its section (a stored page cut before "section 12")
    no_duty = [(a, b) for a, b, _ in rules.scan("no_duty", t.lower)]
    if no_duty and "vexatious" not in hits:
        grounds = {t.unit(c[2]) for c in cited if c[1] != "cost" and not c[0].startswith("12")}
        if not any(c[1] in ("withhold", "ncnd", "published", "vexatious") and not c[4] for c in cited):
            hits["cost"] = sorted(hits.get("cost", []) + [(a, b) for a, b in no_duty if t.unit(a) not in grounds])
    # "exempt under section 21": the exemption wording belongs to the section the sentence cites
    cited_roles: dict[int, set[str]] = {}
    for _, signal, start, _, denied in cited:
        if not denied:
            cited_roles.setdefault(t.unit(start), set()).add(signal)

    # published cues that are themselves cancelled ("we do not routinely publish ...") do not absorb a give beside them
    published_denied = {(t.unit(a), a) for a, b in hits.get("published", []) if _negated(t, a, b, before, after)}
    signals: list[tuple[str, int, int]] = []
    for signal in _DECISION_SIGNALS + ("pointer",):
        kept = 0
        for start, end in hits.get(signal, []):
            unit = t.unit(start)
            allowed = _ROLE_ALLOWS.get(t.role_at(roles, start))
            if allowed is not None and signal not in allowed and start >= t.answer_before.get(unit, -1):
                continue  # the rights notice, boilerplate, a test or a hypothetical: not a decision
            if signal not in ("ncnd", "ncnd_partial", "notice", "cost_confirm") and unit in ncnd_units:
                continue  # part of an NCND explanation
            if signal in ("ncnd", "ncnd_partial") and unit in cost_units:
                continue
            if (signal, unit) in negated:
                continue  # "we are not relying on section 12 ... the appropriate limit"
            if signal in ("extension", "pending") and _told_before(t.lower, *t.bounds(unit)):
                continue  # lead41: "On 30 September we wrote to tell you we were extending ...": an earlier letter's
            if signal == "withhold" and (unit in not_held_units or unit in published_units or cited_roles.get(unit, {"withhold"}).isdisjoint({"withhold", "notice"})):
                continue  # "unable to provide ... as it is not held"; "exempt under section 21"
            if signal == "not_held" and _ROW_OF_FIGURES.match(t.lower, end):
                continue  # rd28: "Unknown | 389 | 326 | 335 |": a table row's label (a category), its figures follow it
            if signal == "not_held" and _answered_after_all(t, end):
                continue  # "we do not routinely record this, however a search found 14 cases": answered after all
            if signal in _NEGATABLE and _negated(t, start, end, before, after):
                continue
            if signal == "published" and _BEYOND_THE_REQUEST.match(t.lower, t.starts[unit]):
                continue  # "Further statistics are published on our website": more than was asked, not the answer
            if signal == "published" and _GUIDANCE_SUBJECT.match(t.lower, t.starts[unit]):
                continue  # "This guidance is available on the ICO website": the guidance, not the answer (rd22)
            if signal in ("give", "give_part", "pointer") and _FILL_IN.match(t.lower, t.starts[unit]):
                continue  # rd28: "2. Please complete the attached table ...": the requester's ask, or a form to fill in
            if signal in ("give", "pointer") and _REASONS_SUBJECT.match(t.lower, t.starts[unit]):
                continue  # "The reasons for this are set out as follows": the refusal's reasons, not the information
            if (signal in ("give", "pointer") and _PRONOUN_SET_OUT.match(t.lower, t.starts[unit])
                    and _REASONS_NAMED.search(t.lower, *t.bounds(_unit_before(t, unit)))):
                continue  # rd43: "... the harm and public interest to be considered ... These are set out below"
            if (signal == "give" and _CONFIRMS.search(t.lower, start, end)
                    and any(end <= a and t.unit(a) == unit for a, _ in hits.get("not_held", []))):
                continue  # rd43: "I can confirm that the information provided then is still relevant - that the information requested is not held": what is confirmed is not held
            if signal in ("give_part", "withhold") and _editorial_brackets(t.lower, start, end):
                continue  # rd55: "did [name of officer redacted] ...": the editor's placeholder, not the reply's hold-back
            if signal == "give" and _person_gives(t.original, start):
                continue  # rd55: "Bob provided the figures": a person gave them, not the authority's reply
            if signal == "give" and _GIVE_IN_RELATIVE.search(t.lower, max(t.starts[unit], start - 80), start):
                continue  # "not held in a form we can release", "no information that we are able to disclose": what cannot be given
            if signal in ("give", "give_part") and _PUBLISHED_SUBJECT.search(t.lower, t.starts[unit], start) \
                    and not _HANDED_OVER.search(t.lower, *t.bounds(unit)) and not t.lower.startswith("and", start):
                # (rd53: never a verb joined by "and" to the reply's earlier one - "some material was accessible on its
                # website and provided other information as a PDF attachment": the website is no subject of it)
                # rd21: "While the register provides some of the information you have requested, to provide the
                # remainder would ...": what gives is a published source, not this reply
                signals.append(("published", start, end))
                continue
            if signal == "give" and any(a <= start < b for a, b in hits.get("pointer", [])):
                continue  # "our response to your questions is shown below": the words point at the response, read as a pointer
            if signal == "give" and any(end <= a and t.unit(a) == unit and not _POINTER_GAP.search(t.lower, end, a)
                                        for a, _ in hits.get("pointer", [])):
                # "In accordance with section 1(1)(b) of the Act our response is provided below": the clause announces
                # the response (whatever it decides); it is a pointer, not information given
                continue
            if signal in ("give", "pointer") and _REASONS_OBJECT.match(t.lower, end):
                continue  # "I set out in the annex below a fuller explanation of our decision": the reasons, not the information
            if signal == "published" and _FUTURE.search(t.lower, max(t.starts[unit], start - 40), start):
                # "This information will be published on the Commission website ... in due course": not published yet,
                # held back until it is (FOIA s22, future publication)
                signals.append(("withhold", start, end))
                continue
            if signal == "give" and any(a < start and t.unit(a) == unit for a, _ in hits.get("published", [])
                                        if (unit, a) not in published_denied):
                continue  # "A link to a previously published response where we attached the Big Red Book": told of the publication
            if signal == "published" and _ELSEWHERE.search(t.lower, *t.bounds(unit)):
                continue  # "Contact details for both can be found via the links": where to ask another body, not the answer
            if signal in _CONDITIONAL_SIGNALS and _conditional(t, start, signal in ("give", "give_part", "pointer")):
                continue  # "... and the opposite if there is no such information": a condition, not a decision
            signals.append((signal, start, end))
            kept += 1
            if kept >= _MAX_EVENTS:
                break
    citations = []
    hypothetical_ncnd: set[str] = set()  # rd35: NCND provisions cited only in a hypothetical without the confirm-or-deny words
    applied: set[str] = set()
    for key, signal, start, end, denied in cited:
        if denied:
            continue
        role = t.role_at(roles, start)
        allowed = _ROLE_ALLOWS.get(role)
        if role == "hypothetical" and signal in ("ncnd", "ncnd_partial") and not _CONFIRM_OR_DENY.search(t.lower, *t.bounds(t.unit(start))):
            # "If we did hold such records, they would be exempt under sections 23(5) and 24(2)": an exemption argued
            # for information said not to be held; neither confirming nor denying is said in its own words, or not at all
            hypothetical_ncnd.add(key)
            citations.append((key, "ground", start, end))
            continue
        if role in ("other", "decision"):
            applied.add(key)
        if signal == "withhold" and any(end <= a <= end + 40 and _TITLE_GAP.fullmatch(t.lower, end, a) for a, _ in hits.get("published", [])):
            # "exempt under Section 25 - Information Otherwise Accessible": the section's own title says what it
            # decides (the law's name for "published elsewhere"), whatever its number means in the Act guessed
            signal = "published"
        # a section cited in a test or a hypothetical is a ground, not a decision of its own
        citations.append((key, signal if allowed is None or signal in allowed else "ground", start, end))
    found.ncnd_demoted |= hypothetical_ncnd - applied
    # "We do not hold any further information" after an answer: the answer was all there is, not a part not held
    more = {t.unit(a) for a, _, _ in rules.scan("nothing_more", t.lower)}
    if more and any(sig in ("give", "give_part") for sig, _, _ in signals):
        signals = [x for x in signals if not (x[0] == "not_held" and t.unit(x[1]) in more)]
    # rd22: "... does not record the outcome using the terms employed in your question" beside an answer: a caveat on
    # the answer's form (reply_phrases.yaml form_caveat), not a share not held
    caveats = {t.unit(a) for a, _, _ in rules.scan("form_caveat", t.lower)}
    if caveats and any(sig in ("give", "give_part") for sig, _, _ in signals):
        signals = [x for x in signals if not (x[0] == "not_held" and t.unit(x[1]) in caveats)]
    # rd27: "not held in the format requested": held, not in the form preferred (s11) - a question of form, never a
    # not-held, with or without an answer beside it
    form_units = {t.unit(a) for a, _, _ in rules.scan("format_asked", t.lower) if roles[t.unit(a)] not in ("request", "rights", "boilerplate")}
    signals = [x for x in signals if not (x[0] == "not_held" and t.unit(x[1]) in form_units)]
    # advice and assistance beside a cost refusal ("By way of advice, we can provide the total for 2023 if you ask for
    # that alone") offers information, it does not give it
    if any(sig == "cost" for sig, _, _ in signals) or any(sig == "cost" for _, sig, _, _ in citations):
        advice = {t.unit(a) for a, _, _ in rules.scan("advice", t.lower)}
        signals = [x for x in signals if not (x[0] == "give" and t.unit(x[1]) in advice)]
        # rd21: "in accordance with Section 16 ... I ... can provide some information please see attached": a share
        # given in the goodwill sentence itself is given outside the Act, as a goodwill give is
        goodwill = {t.unit(a) for sig, a, _ in signals if sig == "goodwill"}
        signals = [("give", a, b) if sig == "give_part" and t.unit(a) in goodwill else (sig, a, b) for sig, a, b in signals]
    # rd53: section 14 said of the requests still to come ("... and as such will no longer respond to any requests for
    # information relating to X under section 14(1)") beside this request's own decision in another sentence (not
    # held, an answer, a refusal): the vexatious ground is the future requests', not this one's
    # (only a ground told after those words: "your request is vexatious and we will no longer respond ..." is this one's)
    later_at = {t.unit(a): a for a, _, _ in sorted(rules.scan("future_requests", t.lower), reverse=True)}

    def _of_later(a: int) -> bool:
        return t.unit(a) in later_at and a >= later_at[t.unit(a)]

    vexed = [a for sig, a, _ in signals if sig == "vexatious"] + [a for _, sig, a, _ in citations if sig == "vexatious"]
    if later_at and vexed and all(_of_later(a) for a in vexed) and {
            t.unit(a) for sig, a, _ in signals
            if sig in ("give", "give_part", "not_held", "withhold", "cost", "ncnd", "published")} - set(later_at):
        signals = [x for x in signals if not (x[0] == "vexatious" and _of_later(x[1]))]
        citations = [(k, "ground" if sig == "vexatious" and _of_later(a) else sig, a, b) for k, sig, a, b in citations]
    pointers = {a for sig, a, _ in signals if sig == "pointer"}
    signals = _pointers_resolved(signals, citations, t)
    ev = _Events(t, signals, citations, roles, found.regime, hits.get("published", []))
    ev.pointed = {a for sig, a, _ in signals if sig == "give" and a in pointers}
    ev.denied_units = denied_units
    ev.nil_starts = nil_starts
    ev.nothing_more = more
    ev.format_units = form_units
    ev.ncnd_demoted = found.ncnd_demoted
    ev.raw = hits
    _advice_pointers_beside_not_held(ev, rules)
    _summary_pointers_beside_refusal(ev)
    _scope_caveats(ev, rules)
    _rest_after_not_held(ev)
    # rd28: the requester's words blanked by reply_only (same length): units with words in the text as pasted, none left
    ev.blanked = {u for u in range(len(t.starts)) if not t.original[slice(*t.bounds(u))].strip()
                  and text[slice(*t.bounds(u))].strip()} if replied != text else set()
    ev.pasted = text.translate(_SAME_LENGTH) if len(text.translate(_SAME_LENGTH)) == len(t.original) else t.original
    return ev


# between a cited section and the words of its title ("Section 25 - Information Otherwise Accessible")
# the subject of a giving verb that is a published source ("the register provides some of the information")
_PUBLISHED_SUBJECT = re.compile(r"\b(?:the|our|this|that|its|their) (?:[\w-]+ ){0,3}(?:register|web ?site|web ?page|publication scheme"
                                r"|publication|dataset|data set|portal|disclosure log)s? (?:already |also |itself )?$")
_TITLE_GAP = re.compile(r"\s*(?:\([\w\s]{1,6}\)\s*)?[-\u2013\u2014:(]?\s*(?:[a-z]+ ){0,2}")
_HOLD_BACK_DECISIONS = ("not_held", "withhold", "ncnd", "ncnd_partial", "cost", "cost_confirm", "vexatious", "published", "no_such")


# after a cell: two or more cells of figures that are not years (a row's values)
_ROW_OF_FIGURES = re.compile(r"\s*\|\s*(?:(?!(?:19|20)\d\d\b)[\u00a3$]?\d[\d,.]*%?\s*\|\s*){2}")
_UNREASONABLE_SECTIONS = ("EIR 12(4)(b)", "EISR 10(4)(b)")


def _unmeasured_unreasonable(t: _Text, rules: _Rules, hits: dict[str, list[tuple[int, int]]], cited: list) -> bool:
    """rd28: every cost cue of the reply is "manifestly unreasonable" or EIR 12(4)(b) / EISR 10(4)(b), and nothing in it
    measures the burden (reply_phrases.yaml `burden_measured`): a refusal as manifestly unreasonable, not on cost."""
    costs = hits.get("cost", [])
    cost_cited = [c for c in cited if c[1] == "cost"]
    if not costs and not cost_cited:
        return False
    if any("manifestly unreasonable" not in t.lower[a:b] for a, b in costs):
        return False
    if any(c[0] not in _UNREASONABLE_SECTIONS for c in cost_cited):
        return False
    return not rules.scan("burden_measured", t.lower, limit=1) and not rules.scan("workload", t.lower, limit=1)


def _pointers_resolved(signals: list[tuple[str, int, int]], citations: list, t: _Text) -> list[tuple[str, int, int]]:
    """A sentence that points at the answer ("Please see our response below", "The answer to your question is")
    gives information only when the reply holds nothing back: beside a refusal, "not held" or an NCND, the answer
    it points at is that decision (what follows is then read on its own: figures, answers in words)."""
    if not any(sig == "pointer" for sig, _, _ in signals):
        return signals
    units = {t.unit(a) for sig, a, _ in signals if sig in _HOLD_BACK_DECISIONS} or {
        t.unit(a) for _, sig, a, _ in citations if sig in ("withhold", "not_held", "cost", "ncnd", "published", "vexatious")}
    # ... unless every one of them holds back only the rest ("In addition to the attached response, we can neither
    # confirm nor deny that any other information is held"): then the answer pointed at is the part given
    # (or a share, one named thing, named questions, covert use: "Please find our response attached. The names of
    # junior staff have been withheld under section 40(2)")
    held_back = bool(units) and not all(
        _decision_scope(t.original[slice(*t.bounds(u))])[0] in ("rest", "some", "item", "questions", "covert")
        for u in units if u not in _item_led(t, units))
    return [("give", a, b) if sig == "pointer" else (sig, a, b) for sig, a, b in signals if not (sig == "pointer" and held_back)]


# a sentence of its own that names what the next decision is about: "In relation to direct dial telephone numbers.",
# "With regard to the names of the officers:" (not the request or a question: "In relation to your request.")
_LEAD_ITEM = re.compile(r"^\W*(?:in (?:relation|respect|regard) (?:to|of)|with (?:regards?|reference) to|regarding|as regards|concerning"
                        r"|turning to|in terms of)\s+(?!(?:your|the|this|that) (?:request|questions?|e-?mail|letter|application|enquiry)\b"
                        r"|(?:questions?|parts?|points?|q)\s?\d|the (?:remainder|rest)\b|(?:all|any|each|every) )"
                        r"[a-z][^.;:!?]{2,80}?[.:\u2013-]?\s*$")


_THIS_INFORMATION = re.compile(r"\b(?:this|such|that|the) (?:information|data|details)\b")


def _item_led(t: _Text, units: set[int]) -> set[int]:
    """The hold-back units (of `units`) about one named thing, named by the sentence before the first of them: "In
    relation to direct dial telephone numbers. Your request for this information has been considered and I am not
    obliged to supply the information. ... This information is exempt by virtue of ...": the later "this
    information" is the same thing (a hold-back that names anything else ends the run)."""
    led: set[int] = set()
    for u in sorted(units):
        text = t.lower[slice(*t.bounds(u))]
        if u > 0 and _LEAD_ITEM.match(t.lower[slice(*t.bounds(u - 1))].strip()):
            led.add(u)
        elif led and _THIS_INFORMATION.search(text) and _decision_scope(text)[0] in ("whole", ""):
            led.add(u)
        else:
            break
    return led


def _signals(text: str) -> _Found:
    return _events(text).found()


_NAMED_REGS = re.compile(r"(?:\s|,|&|and\b|or\b|\d|\([a-z0-9]{1,4}\))*?\s*of\s+(?:the\s+)?(?:eirs?\b|(eisrs?\b|environmental\s+information\s+\(scotland\)\s+regulations)|environmental\s+information\s+regulations)")
_NAMED_ACT = re.compile(r"\s*,?\s*of\s+(?:the\s+)?(?:(foisa|foi\(s\)a|freedom\s+of\s+information\s*\(?scotland\)?,?\s*act)|foia\b|foi\s+act|freedom\s+of\s+information\s+act)")


_EISR_ONLY = re.compile(r"EIR 10\([45]\)")


_LIST_LEAD_END = re.compile(r":\s*$")
# what leaves the holding open ("information ... which the Council may or may not hold is exempt under Section 31(3)",
# "if any such information were held"): an NCND in other words, whatever it withholds
_HOLDING_OPEN = re.compile(r"\bmay or may not (?:hold|be held|have|exist)|\bwhether or not (?:it|we|they|the [a-z]+) (?:holds?|has|have)\b"
                           r"|\bif (?:held|it (?:is|were|was) held|it exists|any (?:such |relevant )?(?:information|records?|data) (?:is|are|were|was|exists?)\b)")


def _withholding_span(t: _Text, rules: _Rules, u: int) -> tuple[int, int] | None:
    """rd88: the sentences a cited section is named in for a withholding: its own sentence when it withholds ("...
    is withheld under section 42(2)"), or the list of section heads it stands in under a sentence that withholds and
    announces the list ("Some data has been withheld ... by virtue of the following exemptions:" then "Section 40(2) -
    ...", "Section 42(2) - ..."); None when neither, or when the holding is left open ("may or may not hold")."""
    if _HOLDING_OPEN.search(t.lower, *t.bounds(u)):
        return None
    if rules.scan("withhold", t.lower[slice(*t.bounds(u))], limit=1):
        return u, u
    v = u
    while v > 0 and u - v < 6 and _SECTION_HEAD.match(t.lower, t.starts[v]):
        v -= 1
    if v == u:
        return None
    lead = t.lower[slice(*t.bounds(v))].rstrip()
    if not (rules.scan("withhold", lead, limit=1) and (_LIST_FOLLOWS.search(lead) or _LIST_LEAD_END.search(lead))) \
            or _HOLDING_OPEN.search(lead):
        return None
    w = u
    while w + 1 < len(t.starts) and w - v < 6 and _SECTION_HEAD.match(t.lower, t.starts[w + 1]):
        w += 1
    return v, w


def _cited(t: _Text, rules: _Rules, found: _Found, ncnd_units: set[int], ncnd_said: bool) -> list[tuple[str, str, int, int, bool]]:
    """(section, signal, start, end, negated) for each section cited; sets the regime on `found`."""
    citations = _citations(t, rules)
    found.regime, eisr_text = _regime(t, rules, citations)
    before_cite = rules.patterns("negation_before_citation")
    after = rules.patterns("negation_after")
    keyed = []
    for c in citations:
        # "section 39(2) of FOISA" in an EIR reply; "section 40 of the Freedom of Information Act" in a FOISA one
        named = _NAMED_ACT.match(t.lower, c.end, c.end + 60) if c.kind == "section" else None
        regime = (Regime.FOISA if named.group(1) else Regime.FOIA) if named else found.regime
        regs = _NAMED_REGS.match(t.lower, c.end, c.end + 80) if c.kind == "section" else None
        if regs:  # "section 12(5)(b) and 12(4)(d) of the EIR": regulations, whatever the reply calls them
            c = _Citation("regulation", c.num, c.groups, c.start, c.end, c.eisr or bool(regs.group(1)))
        key = c.key(regime, eisr_text)
        if _EISR_ONLY.match(key):
            # "EIRs Regulation 10(4)(b)": the EIR's exceptions are in regulation 12, the EISR's in 10; a Scottish reply
            # often calls its regulations "the EIRs"
            key = "EISR " + key[4:]
        try:
            check_section(key)
        except ValueError:
            continue
        role = rules.role(key)
        if role == "ncnd" and c.paired and not ncnd_said:
            # rd23: "refused under ... Section 38 (1) and (2) - Health and Safety", in a reply that nowhere says it will
            # neither confirm nor deny: the NCND subsection named with its exemption's own is that exemption cited
            # whole, not a decision not to confirm (cited alone - "S24(2), S30(3) & S31(3)" - it stays an NCND)
            role = "exemption"
            found.ncnd_demoted.add(key)
        if role != "procedural":
            keyed.append((c, key, role))
    if not ncnd_said:
        # rd88: "Some data has been withheld as it is exempt ... by virtue of the following exemptions: Section 40(2) ...
        # Section 42(2) - Legal Professional Privilege Section 43(2) ...", in a reply that nowhere says it will neither
        # confirm nor deny: an NCND subsection named among other exemptions for the information withheld is that
        # exemption applied, not an NCND (cited with NCND provisions only - "withheld under s.24(2) and s.31(3)" - it
        # stays one: rd23)
        for i, (c, key, role) in enumerate(keyed):
            span = _withholding_span(t, rules, t.unit(c.start)) if role == "ncnd" and not c.paired else None
            if span and any(r == "exemption" and span[0] <= t.unit(d.start) <= span[1] for d, _, r in keyed):
                keyed[i] = (c, key, "exemption")
                found.ncnd_demoted.add(key)
    # sentences that cite an NCND provision: the other sections they cite are the ones the NCND relies on
    ncnd_units = ncnd_units | {t.unit(c.start) for c, _, role in keyed if role == "ncnd"}
    # "... neither confirm nor deny ... by virtue of the following exemptions: Section 31(1)(a) - Law Enforcement
    # Section 40(5) - ...": the list after it is the NCND's, each item a sentence of its own
    for u in sorted(u for u in ncnd_units if ncnd_said and _LIST_FOLLOWS.search(t.lower, *t.bounds(u))):
        for v in range(u + 1, min(u + 6, len(t.starts))):
            if not _SECTION_HEAD.match(t.lower, t.starts[v]):
                break
            ncnd_units = ncnd_units | {v}
    ncnd_found = ncnd_said or any(role == "ncnd" for _, _, role in keyed)
    # "All of the information you have requested is exempt by virtue of section 30(1) ... In accordance with section
    # 30(3), the duty to confirm or deny does not arise": the class exemption is the NCND provision's ground
    # (only where an NCND sentence covers the whole request: beside "we neither confirm nor deny covert use", a section
    # 31(1)(a) withholding is a decision of its own)
    whole_ncnd = ncnd_said and any(_decision_scope(t.original[slice(*t.bounds(u))])[0] == "whole"
                                   for u in sorted(ncnd_units)[:20] if rules.scan("ncnd", t.lower[slice(*t.bounds(u))], limit=1))
    ncnd_families = {key.split("(")[0] for _, key, role in keyed if role == "ncnd"} if whole_ncnd else set()
    out = []
    seen: dict[tuple[str, str], int] = {}
    for c, key, role in keyed:
        signal = _ROLE_SIGNAL[role]
        if signal == "withhold" and (
            t.unit(c.start) in ncnd_units or (ncnd_found and not c.groups and key.split(" ")[-1] in rules.ncnd_capable)
            or key.split("(")[0] in ncnd_families
        ):
            signal = "ncnd"  # a section the NCND relies on ("Refusal Sections 24 and 31" beside an NCND)
        elif signal == "withhold" and ncnd_found and _in_conditional_sentence(t, c.start):
            signal = "ncnd"  # beside an NCND: "if it holds any information, it would be exempt under section 38(1)(a)"
        if seen.get((key, signal), 0) >= _KEEP and not any(a <= c.start < b for _, _, a, b in t.inline_items):
            continue  # enough of this one for the evidence (rd88: each item answered on its line is read on its own)
        denied = _negated(t, c.start, c.end, before_cite, after)
        seen[(key, signal)] = seen.get((key, signal), 0) + (not denied)
        out.append((key, signal, c.start, c.end, denied))
    # "we are not relying on section 14": then no mention of section 14 is a reason
    # (a regulation is disowned alone: "regulation 12(4)(d) is not engaged" says nothing of 12(5)(b))
    def family(key: str) -> str:
        return key if key.startswith(("EIR ", "EISR ")) else key.split("(")[0]

    # rd53: a subsection disowned disowns itself, not another subsection of its section ("withheld it in reliance on
    # s.37(1)(b) ... The response mistakenly referred to s.37(b)": 37(1)(b) stands); a bare section disowns them all
    disowned = {family(key) for key, _, _, _, denied in out if denied and key == family(key)}
    disowned_keys = {key for key, _, _, _, denied in out if denied}
    return [(k, sig, a, b, denied or family(k) in disowned or k in disowned_keys) for k, sig, a, b, denied in out]


def _links_near(t: _Text, spans: list[tuple[int, int]]) -> list[str]:
    """Addresses in or just after the sentences that say the information is published."""
    links: list[str] = []
    for start, _ in spans[:10]:
        unit = t.unit(start)
        lo = t.bounds(unit)[0]
        hi = t.bounds(min(unit + 2, len(t.starts) - 1))[1]
        for m in _URL.finditer(t.original, lo, hi):
            url = m.group().rstrip(".,;:")
            if url not in links:
                links.append(url)
    return links[:5]


def _refined(sections: list[str]) -> list[str]:
    """Sorted, with a bare section dropped where a subsection of it is cited ('31' beside '31(3)')."""
    keep = [s for s in dict.fromkeys(sections) if not any(o != s and o.startswith(s + "(") for o in sections)]
    return sorted(keep, key=_section_sort_key)


def _section_sort_key(section: str) -> tuple:
    prefix, _, body = section.rpartition(" ")
    parts = re.findall(r"\w+", body)
    return (prefix, [(0, int(p), "") if p.isdecimal() else (1, 0, p) for p in parts])


# held back until it is published: FOIA s22, FOISA s27 (information intended for future publication)
_FUTURE_PUBLICATION = ("22", "FOISA 27")


def _future_publication(section: str) -> bool:
    return section.split("(")[0] in _FUTURE_PUBLICATION


def _not_held_only_in_that_form(ev: "_Events") -> bool:
    """rd29: every "not held" of the reply is said of the form the information is kept in (reply_phrases.yaml
    `not_held_in_that_form`: "not held in an easily retrievable format", "not held centrally") and the reply measures
    the search it would take (`measured_search`: minutes per record, records to be viewed, a trawl): a cost refusal."""
    t, rules = ev.t, _rules()
    units = {t.unit(a) for sig, a, _ in ev.signals if sig == "not_held" and ev.roles[t.unit(a)] not in _NO_CITATIONS}
    if not units:
        return False
    form = {t.unit(a) for a, _, _ in rules.scan("not_held_in_that_form", t.lower)}
    return units <= form and bool(rules.scan("measured_search", t.lower, limit=1))


# rd43: the reply says the information is held and, in the same sentence, that it will not be given ("held in part by
# Northumbria Police however cannot be disclosed for the following reasons"), or that it is held only in principle
# ("The data ... is theoretically held, therefore, to determine such detail would require a manual search")
_HELD_BUT_NOT_GIVEN = re.compile(r"\b(?<!not )(?:is|are|was|were) (?:held|recorded)(?: in part| partly| partially)?\b[^.;\n]{0,60}?\b(?:however|but)\b"
                                 r"[^.;\n]{0,30}?\b(?:can ?not|cannot|will not|unable to|not able to|are not able to|is not able to)"
                                 r"(?: be)? (?:disclosed|provided|released|supplied|disclose|provide|release|supply)\b"
                                 r"|\btheoretically held\b")


def _refused_for_the_work(ev: "_Events", found: "_Found", parts: list["PartReading"]) -> bool:
    """rd43: the ground of a refusal that names no section. The reply says the information is held but will not be given
    (`_HELD_BUT_NOT_GIVEN`, in one of the reply's own sentences), cites no exemption but section 12 (nor NCND, nor
    vexatious), gives nothing (no give, pointer, publication, nil answer, no part given) and says what finding it would
    take (reply_phrases.yaml `workload` / `measured_search`: a manual search, minutes per record;
    `not_held_in_that_form`: "not held in an easily retrievable format"; `aggregated_for_cost`: requests added together
    for the cost limit): the refusal is on cost, even where the page
    stops before it names section 12 or the limit. Whatever a "not held" or a "held in part" there says is of the form
    the information is kept in, not a share withheld or not held."""
    t, rules = ev.t, _rules()
    if found.has("give", "give_part", "pointer", "published", "nil_answer", "ncnd", "ncnd_partial", "vexatious"):
        return False
    if any(not s.split("(")[0].strip().endswith("12") for s in found.sections):
        return False
    if any(p.outcome in (Outcome.disclosed, Outcome.part_disclosed, Outcome.published) for p in parts):
        return False
    own = [u for u in range(len(t.starts)) if ev.roles[u] not in _NO_CITATIONS]
    if not any(_HELD_BUT_NOT_GIVEN.search(t.lower, *t.bounds(u)) for u in own):
        return False
    work = {t.unit(a) for sig in ("workload", "measured_search", "not_held_in_that_form", "aggregated_for_cost")
            for a, _, _ in rules.scan(sig, t.lower)}
    return any(u in work for u in own)


def _nothing_held_in_any_part(ev: "_Events", spans: list[tuple[str, int, int]], parts: list["PartReading"]) -> bool:
    """rd29: every part is not held, or answered only by a "we do not have / own any" (reply_phrases.yaml `no_such`)
    and no answer in words beside it, and at least one part is not held: nothing was given."""
    by_number = {num: (lo, hi) for num, lo, hi in spans}
    if not any(p.outcome == Outcome.not_held for p in parts):
        return False
    for p in parts:
        if p.outcome == Outcome.not_held:
            continue
        span = by_number.get(p.number)
        if span is None or p.outcome != Outcome.disclosed or not p.implicit:
            return False
        lo, hi = span
        if _decide(ev.found(lo, hi))[1] != ["no_such"] or _answer_statements_in(ev, lo, hi):
            return False
    return True


def _answer_statements_in(ev: "_Events", lo: int, hi: int) -> bool:
    return any(lo <= ev.t.bounds(u)[0] < hi for u in _answer_statements(ev))


# rd29: a short heading line ending in a colon, then at least two lines that each pair a label with an amount or a count
# ("Financial Year spend:\n2020/21 - £2,504,308\n2021/22 - £3,273,217")
_HEADED_FIGURES = re.compile(r"(?m)^[ \t]*[A-Za-z][^\n.:?]{2,60}:[ \t]*\n(?:[ \t]*\n)*"
                             r"(?:[ \t]*[^\n]{1,40}?(?:\s[-\u2013:]\s*|:\s*|\s)\u00a3?\d[\d,]*(?:\.\d+)?[^\n]{0,40}\n(?:[ \t]*\n)*){2,}")


def _headed_figures(ev: "_Events") -> bool:
    """rd29: a headed list of figures in the authority's part of the text (not the request restated)."""
    t = ev.t
    for m in _HEADED_FIGURES.finditer(t.original + "\n"):
        if m.start() < len(t.original) and ev.roles[t.unit(min(m.end() - 2, len(t.original) - 1))] not in _NO_CITATIONS:
            return True
    return False


# rd35 (the lead's ruling): a pointer at published information GIVES the share it points at when it says where
# ("can be found on our website at ...", "via the link below", a URL); "section 21 applies" alone says no more than
# that it is withheld as accessible
_POINTS_WHERE = re.compile(r"https?://|\bwww\.|\blinks?\b|\bweb ?sites?\b|\bweb ?pages?\b|\bonline\b|\bhere\b|\bbelow\s*:|\bat\s*:"
                           r"|\bavailable (?:at|from|on|via|through|within|in the(?! public domain))\b|\bcan be (?:found|accessed|viewed|downloaded|obtained)\b"
                           r"|\bpublished (?:in|on|at|within|as part of)\b", re.I)


def _points_where(quotes: list[str]) -> bool:
    return any(_POINTS_WHERE.search(q) for q in quotes)


def _pointer_says_where(ev: "_Events", lo: int, hi: int) -> bool:
    """rd35: a pointer at published information between LO and HI says where (in its sentence or the next one: "...
    is available elsewhere (see following links)", "Section 21 applies. It can be accessed via the link below")."""
    t = ev.t
    for sig, a, _ in ev.signals:
        if sig == "published" and lo <= a < hi:
            u = t.unit(a)
            start = t.bounds(u)[0]
            end = t.bounds(min(u + 1, len(t.starts) - 1))[1]
            if _POINTS_WHERE.search(t.original, start, end):
                return True
    return False


# rd49: the share a pointer sentence names as its subject ("The diffusion tube data is published in our Annual Status
# Report at ..."), not the information or the request as a whole
_SHARE_PUBLISHED = re.compile(
    r"^\W*(?:the |our |your |all |any )?(?P<np>(?!(?:information|request|requested|this|that|these|those|it|all|some|any)\b)"
    r"[a-z][a-z0-9'/-]*(?: (?!(?:is|are|was|were|has|have|will|can)\b)[a-z0-9'/()-]+){0,7}?)"
    r" (?P<aux>is|are|has been|have been|can be|will be) (?:already |also |now |publicly |freely |readily )*"
    r"(?:published|available|accessible|found)\b", re.I)


_GENERIC_SHARE_WORDS = {"data", "information", "figures", "details", "records", "documents", "document", "copies", "copy",
                        "the", "of", "and", "for", "on", "in", "this", "that", "these", "subject", "topic", "all", "any"}


def _asked_for(ev: "_Events", share: str) -> bool:
    """rd49: the share a pointer names is part of what was asked: a word of it that is not generic ("diffusion" in
    "diffusion tube data") stands in the request as the reply tells it back ("You asked for: ... NO2 diffusion tube
    readings"). A pointer at something the reply does not show was asked ("Responses to Parliamentary Questions on
    this subject are available at ...") is background beside the refusal (rd9's convention)."""
    words = {w for w in re.findall(r"[a-z][a-z'-]+", share.lower()) if w not in _GENERIC_SHARE_WORDS and len(w) > 2}
    asked = " ".join(ev.t.lower[slice(*ev.t.bounds(u))] for u in range(len(ev.t.starts)) if ev.roles[u] == "request")
    return bool(words) and any(re.search(r"\b" + re.escape(w), asked) for w in words)


def _published_share_beside_refusal(ev: "_Events") -> bool:
    """rd49: the reply points at where a share it names is published (saying where) and refuses something it names
    otherwise ("The correspondence is withheld"): two decisions about two shares, neither about the whole request."""
    t = ev.t
    if _refuses_whole(ev):
        return False
    shares = set()
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        if sig == "published" and ev.roles[u] in ("other", "decision") and _pointer_says_where(ev, a, a + 1):
            m = _SHARE_PUBLISHED.match(t.original[slice(*t.bounds(u))])
            if m and _asked_for(ev, m.group("np")):
                shares.add(m.group("np").lower())
    if not shares:
        return False
    refused = set()
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        if sig in ("withhold", "ncnd") and ev.roles[u] in ("other", "decision", "hypothetical"):
            scope, words = _decision_scope(t.original[slice(*t.bounds(u))])
            if scope in ("whole", ""):
                continue
            refused.add(words.lower())
    return bool(refused) and not (refused & shares)


def published_shares(text: str) -> dict[str, list]:
    """rd49: the shares a reply decides by name when it points at where one is published and refuses another
    (`_published_share_beside_refusal`): {"published": [(share, "is" | "are", address or ""), ...], "held_back": [share, ...]};
    both empty for any other reply."""
    ev = _events(text if isinstance(text, str) else "")
    out: dict[str, list] = {"published": [], "held_back": []}
    if not _published_share_beside_refusal(ev):
        return out
    t = ev.t
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        sentence = t.original[slice(*t.bounds(u))]
        if sig == "published" and ev.roles[u] in ("other", "decision") and _pointer_says_where(ev, a, a + 1):
            m = _SHARE_PUBLISHED.match(sentence)
            if m and _asked_for(ev, m.group("np")):
                url = _URL.search(sentence)
                out["published"].append((m.group("np"), "are" if m.group("aux").lower() in ("are", "have been") else "is",
                                         url.group().rstrip(".,;") if url else ""))
        elif sig in ("withhold", "ncnd") and ev.roles[u] in ("other", "decision", "hypothetical"):
            scope, words = _decision_scope(sentence)
            if scope not in ("whole", "") and words not in out["held_back"]:
                out["held_back"].append(words)
    return out


_NOTICE_HEADING = re.compile(r"^[ \t]*(?:notice of refusal|refusal notice|partial refusal(?: notice)?|notice of partial refusal)[ \t]*:?[ \t]*$",
                             re.I | re.M)


def _refusal_notice_heading(ev: "_Events") -> bool:
    """rd36: a refusal notice headed on a line of its own ("Notice of Refusal", "REFUSAL NOTICE") in the reply."""
    return any(_NOTICE_HEADING.match(ev.t.original, *ev.t.bounds(u)) for sig, a, _ in ev.signals if sig == "notice"
               for u in (ev.t.unit(a),))


@functools.lru_cache(maxsize=1)
def _told_before_pattern() -> re.Pattern[str] | None:
    data, _ = load_vocab("holding_kinds")
    raw = data.get("told_before") if isinstance(data, dict) else None
    try:
        return re.compile(str(raw)) if raw else None
    except re.error:
        return None  # a broken pattern in the data reads nothing; `kb validate` reports vocab files


def _told_before(lower: str, lo: int, hi: int) -> bool:
    """lead41 (nc44 #1): the sentence LOWER[LO:HI] tells of an earlier letter (knowledge/vocab/holding_kinds.yaml
    told_before): the more time it gave is history, not what this reply decides."""
    pattern = _told_before_pattern()
    return pattern is not None and pattern.search(lower, lo, hi) is not None


# rd55: the share a pointer answers, said in its sentence ("in respect of part of his request", "Part of the information
# you requested is published ...", "Some of the information is available on our website")
_PUBLISHED_SHARE = re.compile(r"\b(?:part|some|parts|certain parts|one) of (?:the |this |your |his |her |their )?(?:requested )?"
                              r"(?:information|request|data|questions?|figures)\b", re.I)


def _decide(found: _Found) -> tuple[Outcome, list[str]]:
    """The outcome, and the signals that decided it (for the evidence), by the rules in the module doc."""
    has = found.has
    gave = has("give", "give_part")
    decided = gave or has("not_held", "withhold", "ncnd", "ncnd_partial", "cost", "vexatious", "published", "withdrawn")
    if has("held") and not decided:
        return Outcome.disclosed, ["held"]  # "I can confirm the information is held" and nothing else
    if has("no_such") and not decided and not has("pending", "extension"):
        return Outcome.not_held, ["no_such"]  # "We do not use spit hoods": nothing to hold
    # (a share said to be exempt while the public interest is weighed gives nothing yet: "Some of the information is
    # exempt under section 31 ... We need further time to consider this": rd15)
    if has("extension") and not (has("give") or has("cost", "not_held", "vexatious", "published")):
        return Outcome.pending, ["extension"]  # a holding letter: the exemptions are still being considered
    if has("vexatious"):
        return Outcome.vexatious, ["vexatious"]
    if has("cost_confirm") and not gave:
        return Outcome.cost_limit, ["cost_confirm", "ncnd"]  # s12(2): even confirming would cost too much
    if has("cost"):
        # rd48: a reply that says none of the request is answered ("we cannot answer any part of it") gave no share of
        # it: what else it tells (how the records are kept, where to report) is background, and the refusal stands
        if (has("give_part") or (has("give") and not has("goodwill"))) and not has("none_given"):
            return Outcome.part_disclosed, ["give_part", "give", "cost"]  # some given, the rest too costly
        return Outcome.cost_limit, ["cost"]  # a goodwill answer outside the Act does not change the refusal
    if has("give_part") and not has("none_given"):
        return Outcome.part_disclosed, ["give_part", "give", "withhold", "not_held", "published"]
    where = _points_where([q for _, q in found.quotes.get("published", [])]) or found.says_where
    if gave and has("none_given") and has("withhold", "ncnd", "not_held"):
        gave = False  # rd48: "none of the information can be released": the refusal below decides
    if gave and (has("withhold", "not_held", "ncnd", "ncnd_partial") or (has("published") and not where)):
        # some given, the rest withheld, not held, neither confirmed nor denied, or said to be accessible elsewhere
        return Outcome.part_disclosed, ["give", "withhold", "not_held", "published", "ncnd", "ncnd_partial"]
    if gave:
        # rd35 (the lead's ruling): what is given, and a pointer at where the rest is published, is given in full
        return Outcome.disclosed, ["give", "published"]
    # (rd45: the pointer's provision by its role, reply_sections.yaml "published": s21, FOISA s25 and EIR / EISR reg
    # 6(1)(b) alike - "readings published at https://... exempt under regulation 6(1)(b)" beside 12(5)(a))
    if has("published") and where and any(_rules().role(x) == "published" for x in found.sections) and (
            has("ncnd", "ncnd_partial") or (has("withhold") and any(_rules().role(x) == "exemption" for x in found.sections))):
        # rd35 (the lead's ruling): a pointer at where one share is published beside another share withheld under an
        # exemption or neither confirmed nor denied: partly given
        return Outcome.part_disclosed, ["published", "withhold", "ncnd", "ncnd_partial"]
    if has("published") and has("withhold") and (
            any(_PUBLISHED_SHARE.search(q) for _, q in found.quotes["published"])
            # rd64: or the withholding said of a share beside a pointer that says where ("The information for 2016/17 to
            # 2018/19 is contained in our Annual Reports ... here: https://..." - "some of the information you have
            # requested is intended for future publication"): the share pointed at is given, the rest held back
            or (where and any(_PUBLISHED_SHARE.search(q) for _, q in found.quotes.get("withhold", [])))) and any(
            _rules().role(x) == "exemption" for x in found.sections):
        # rd55: the pointer said to answer a share ("referring Mr Cox to a House of Lords written answer in respect of
        # part of his request. It ... held further information which it refused to disclose"; "Part of the information
        # you requested is published on our website ... The rest is exempt"): that share given, the rest withheld (the
        # lead's ruling on rd49: a pointer tied to a part gives that part)
        return Outcome.part_disclosed, ["published", "withhold"]
    if has("withhold", "notice") and has("published") and not any(_rules().role(x) == "exemption" for x in found.sections):
        # "will not be disclosed ... as it is accessible by other means". (Beside an exemption - section 22 for the
        # years not yet published included - the whole is refused: FORMAT.md's "published" is s21 / FOISA s25 alone;
        # the reading says what is published and what waits for publication: `held_until_published`.)
        return Outcome.published, ["published", "withhold"]
    for signal, outcome in (("withhold", Outcome.refused), ("published", Outcome.published), ("not_held", Outcome.not_held)):
        if has(signal):
            return outcome, [signal, "notice"]
    if has("no_such") and has("ncnd", "ncnd_partial") and not any(
            _decision_scope(quote)[0] == "whole" for signal in ("ncnd", "ncnd_partial") for _, quote in found.quotes.get(signal, [])):
        # "We do not use it overtly; we neither confirm nor deny covert use": the NCND covers only the rest
        return Outcome.not_held, ["no_such", "ncnd"]
    if has("ncnd") and not has("ncnd_partial"):
        return Outcome.ncnd, ["ncnd"]
    if has("notice", "ncnd_partial"):
        return Outcome.refused, ["notice", "ncnd_partial"]
    if has("withdrawn"):
        return Outcome.withdrawn, ["withdrawn"]
    return Outcome.pending, ["pending", "extension"]


def _evidence(found: _Found, deciding: list[str], ncnd: bool) -> list[str]:
    order = deciding + (["ncnd", "ncnd_partial"] if ncnd else [])
    quotes: dict[int, str] = {}
    for signal in order:
        for unit, quote in found.quotes.get(signal, [])[:2]:
            if quote and quote not in quotes.values():
                quotes.setdefault(unit, quote)
    return list(quotes.values())[:MAX_EVIDENCE]


# ---------------------------------------------------------------------------
# Explanations
# ---------------------------------------------------------------------------


def section_role(section: str) -> Role:
    """What a cited section tells the reader (knowledge/vocab/reply_sections.yaml): procedural, notice, not_held, cost,
    vexatious, published, ncnd, exemption or routing; an unlisted section is an exemption."""
    return _rules().role(section)


def section_name(section: str) -> str:
    """'31(3)' -> 'section 31(3)'; 'EIR 12(4)(b)' -> 'regulation 12(4)(b) of the EIR'."""
    prefix, _, body = section.rpartition(" ")
    if prefix in ("EIR", "EISR"):
        return f"regulation {body} of the {prefix}"
    if prefix:
        return f"section {body} of {prefix}"
    return f"section {body}"


def section_meaning(section: str) -> tuple[str, str | None]:
    """(short title, plain-English meaning) from the knowledge pack; a plain fallback for sections it lacks."""
    known = get_reference().exemption(section)
    if known is None and section.startswith("EISR "):  # the EISR mirror the EIR: explained by their twin
        from askfoi.followup import twin_of

        twin = twin_of(section)
        known = get_reference().exemption(twin) if twin else None
    if known is None:
        return "askfoi has no notes on this section yet", None
    title = known.title
    if title[1:2].islower():  # used mid-sentence: "section 24(2) (neither confirm nor deny: ...)"
        title = title[0].lower() + title[1:]
    return title, known.meaning


def _told_boundary(reading: Reading) -> str | None:
    """ny70 (nc70 #5): the boundary the explanation tells: "takes out personal data" only where a personal data
    provision that redacts is cited; a part neither confirmed nor denied under 40(5) took nothing out of anything."""
    if reading.boundary != "personal_data_redacted":
        return reading.boundary
    from askfoi.knowledge import ncnd_provisions

    ncnd = ncnd_provisions()
    personal = [s for s in reading.sections if re.match(r"(?:FOISA\s+)?(?:40|38)\b|(?:EIR|EISR)\s+13\b", s)]
    # "40(5)": how many replies cite today's 40(5A)/(5B), the subsection as first enacted
    if personal and all(s in ncnd or any(s.startswith(n + "(") for n in ncnd) or s.startswith("40(5") for s in personal):
        return None
    return reading.boundary


def _explain(reading: Reading) -> str:
    from askfoi.templates import render

    sections = [{"name": section_name(s), "title": section_meaning(s)[0]} for s in reading.sections if s not in reading.entertained]
    entertained = [{"name": section_name(s), "title": section_meaning(s)[0]} for s in reading.entertained]
    text = render(
        "reader/explanation.txt.j2",
        outcome=reading.outcome.value,
        regime=reading.regime.value,
        ncnd=reading.ncnd,
        sections=sections,
        links=reading.links,
        found_anything=bool(reading.evidence),
        nil_answer=reading.nil_answer,
        held_until_published=reading.held_until_published,
        not_yet=[p.number for p in reading.parts if p.outcome == Outcome.pending],
        held_back_parts=any(p.outcome in _WITHHELD_LIKE or p.outcome == Outcome.part_disclosed for p in reading.parts),
        boundary=_told_boundary(reading),
        boundary_outcome=reading.boundary_outcome.value if reading.boundary_outcome else None,
        **_boundary_facts(reading),
        held_by=reading.held_by,
        passed_on=reading.passed_on,
        entertained=entertained,
        unnamed_withheld=reading.unnamed_withheld,
        not_in_text=reading.not_in_text,
        upheld=reading.upheld,
    )
    return " ".join(text.split())


def _reading(outcome: Outcome, ncnd: bool, sections: list[str], regime: Regime, evidence: list[str], links: list[str]) -> Reading:
    reading = Reading(
        outcome=outcome,
        ncnd=ncnd or outcome == Outcome.ncnd,
        sections=sections,
        regime=regime,
        evidence=evidence,
        links=links,
    )
    reading.explanation = _explain(reading)
    return reading


# ---------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------


# A numbered answer: "Q1.", "Question 2:", "Response 3 -", "Part 4)", or a bare "5." / "6)" after a break.
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_MARKER = re.compile(
    r"(?:(?<=^)|(?<=[\s.:;]))(?:(?:q|question|part|response|answer|request|point)\s?(?P<p>\d{1,2})(?:\s?[.):,\-]|(?=\s))"
    r"|(?P<cn>\d{1,2})(?P<cl>[a-h])[.)](?=\s)"  # rd38: "2a) 654 2b) We do not hold this information": a question's own sub-parts
    # rd67: a number in brackets opening its line ("(1a) In accordance with ...", "(2) The information ... Annex B"):
    # only at a line's start, so "section 31 (1) (a)" and a quoted subsection inside a sentence never count
    r"|(?<![^\n])[ \t]*\((?P<pn>\d{1,2})(?P<pl>[a-h])?\)(?=\s)"
    r"|(?P<b>\d{1,2})[.)](?=\s)"
    # rd73: a bare number opening its line before the question's capital or its lettered sub-list ("1 The average
    # number of ...", "3 a) Does your trust ..."): only at a line's start, so "12 officers" inside a sentence never counts
    r"|(?<![^\n])[ \t]*(?P<nb>\d{1,2})[ \t]+(?=[A-Z][a-z]|[a-h]\)\s)"
    # rd91: a number and its stop opening its line with no space before the answer's first word ("2.The information you
    # have sought is exempt ..."): only at a line's start, so "section 2.The" or "£1.The" inside a sentence never counts
    r"|(?<![^\n])[ \t]*(?P<nt>\d{1,2})[.)](?=[A-Z][a-z])"
    r"|(?<!\) )(?<![)\d])\(?(?P<l>[a-h])\)(?=\s)"  # "a) 14 b) 9", "(c) Not held"; not "31 (1) (a) (b)"
    r"|(?<![^\s.:;])(?-i:(?P<L>[A-Ha-h]))\.(?=\s)"  # "A. Is there a time scale ... B. What vehicles ...", "a. How many ..."
    # rd41: a roman numeral opening its line ("I. 293", "IV. In issuing our response ...", "(ii) Not held"): answers
    # numbered as the request numbered its questions; only at a line's start, so "section 31(1)(a)(ii)" never counts
    r"|(?<![^\n])[ \t]*\(?(?-i:(?P<R>IX|IV|V?I{1,3}|VI{0,3}|X|ix|iv|v?i{1,3}|vi{0,3}|x))[.)](?=\s)"
    r"|(?:your |the )(?P<o>" + "|".join(_ORDINALS) + r") (?:question|part|point|request|element)\b)",  # "your second question"
    re.I,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_DATA = re.compile(r"(?:£|\$|%|\b\d[\d,.]*\b)")
_YES_NO = re.compile(r"^\W*(?:yes|no|none|nil|zero|n/a|not applicable)\b", re.I)
_GIVE_LIKE = (Outcome.disclosed,)
_WITHHELD_LIKE = (Outcome.refused, Outcome.not_held, Outcome.ncnd, Outcome.cost_limit, Outcome.published)
# With nothing given, the part outcome that names the whole: the strongest refusal first
_REFUSAL_ORDER = (Outcome.vexatious, Outcome.cost_limit, Outcome.refused, Outcome.published, Outcome.not_held, Outcome.ncnd)


_MAX_RUN_STARTS = 12


# rd34: a part noun and its number led by a determiner inside a running sentence ("our response for request part 1.",
# "is held relevant to request part 2 as ...", "the answer to your question 3 is ...") names the part; a heading starts
# its line or sentence ("Part 1.", "... attached. Question 2:") or is set off by a colon or dash ("Your question 3: ...")
_RUNNING_REFERENCE = re.compile(r"[a-z,]\s+(?:your|the|request|this|that|each|of|for|at|in|under|within)\s+$")
# ... unless words that introduce the answer to it stand before it ("With regard to question 3, ...", "In response to
# part 2 ..."): those open that part's answer
_ANSWER_INTRODUCER = re.compile(r"\b(?:with regards? to|in (?:response|relation|reply|answer|respect) to|regarding|turning to"
                                r"|as (?:for|to|regards))\s+(?:your\s+|the\s+)?$")
_HEADING_PUNCT = re.compile(r"\s*[:\-\u2013)]")
_PART_NOUN_BEFORE = re.compile(r"\b(?:parts?|questions?|points?|items?|elements?)\s?(?:\(?(?:\d{1,2}|[a-h])\)?\s?(?:,|and|&|or|to|-)\s?)*$")


def _answer_follows(ev: _Events, pos: int) -> int | None:
    """rd42: a question told back under its own number with the reply's answer written after it, before the next
    numbered item ("2. What was the most expensive bill claimed? Please state the restaurant.\nZero.\n") numbers a
    part: its number is the part's, though the question itself is the request's. Only a number that opens its
    sentence (never "(a)" inside a question); not an item of a list told back after a lead (`_restated_items`): those
    are followed by the next item, or by the reply's own numbered answers. Where the answer starts, else None."""
    t = ev.t
    u = t.unit(pos)
    if t.original[t.starts[u] : pos].strip():
        return None
    def opening(v: int) -> re.Match[str] | None:
        lo = t.starts[v]
        return _MARKER.match(t.original, lo + len(t.original[lo:lo + 40]) - len(t.original[lo:lo + 40].lstrip()))
    own = _MARKER.match(t.original, pos)
    label = (own.group().strip(" .):,-").lower() if own else "")
    if any((m := opening(v)) and m.group().strip(" .):,-").lower() == label for v in range(u + 1, len(t.starts))):
        return None  # the number comes again further on: the reply answers under its own numbers (a list told back)
    nxt = next((v for v in range(u + 1, len(t.starts)) if opening(v)), None)
    # rd94 (nc91 #1): the last item's answer ends at the rights notice or an annex heading, whichever comes first
    stop = nxt if nxt is not None else min(_closing_matter(t, u + 1), next(
        (v for v in range(u + 1, len(t.starts)) if ev.roles[v] == "rights"), len(t.starts)))
    answer = [v for v in range(u + 1, stop)
              if ev.roles[v] in ("other", "decision") and re.search(r"[A-Za-z0-9]", t.original[slice(*t.bounds(v))])]
    if not answer:
        return None
    if _OWN_ANSWER_LABEL.match(t.original, t.bounds(answer[0])[0]):
        return None  # "Q1 ...? A1 ...": the answers carry numbers of their own, read as such
    if nxt is None and _RESPONSE_HEADER.match(t.original[slice(*t.bounds(answer[0]))]):
        return None  # "Request 1 ... Request 2 ... Answer: ...": the answer under its own heading is the whole reply's
    # the last item's answer is short: a reply that goes on at length after it answers the whole request, not it
    # (rd94: an annex heading or the rights notice after it bounds it: what runs up to there is its answer - a
    # paragraph of a few sentences, as a cost refusal of that item takes - so a decision is the item it sits under,
    # never the one above)
    bounded = nxt is None and stop < len(t.starts)
    return t.bounds(answer[0])[0] if nxt is not None or len(answer) <= (
        _BOUNDED_LAST_ANSWER_UNITS if bounded else _LAST_ANSWER_UNITS) else None


_LAST_ANSWER_UNITS = 3
_BOUNDED_LAST_ANSWER_UNITS = 8
# rd94: a heading on a line of its own that opens what follows the answers - the annex or appendix that sets out the
# exemptions applied ("EXPLANATORY ANNEX", "Annex A - Exemptions applied", "Appendix 1", "Exemptions applied", "Explanation
# of exemptions"): the last answer ends before it (the annex explains the decisions above; it answers no question)
_CLOSING_HEADING = re.compile(
    r"^[ \t]*(?:(?:explanatory |legal )?(?:annexe?|appendix)(?:[ \t]+(?:[a-z]|\d{1,2}))?(?:[ \t]*[:\-\u2013][^\n]{0,60})?"
    r"|(?:exemptions?|exceptions?) (?:applied|used|engaged|relied (?:up)?on)|explanations? of (?:the )?(?:exemptions?|exceptions?))"
    r"[ \t]*:?[ \t]*$", re.I)


def _closing_matter(t: "_Text", u: int) -> int:
    """rd94: the first unit from U on that is such a heading (_CLOSING_HEADING), else the number of units."""
    return next((v for v in range(u, len(t.starts)) if _CLOSING_HEADING.match(t.original[slice(*t.bounds(v))])),
                len(t.starts))
_OWN_ANSWER_LABEL = re.compile(r"\s*(?:a|ans|answer|response|reply|r)\s?\d{1,2}\b", re.I)  # "A1", "Answer 2", "R3"


_CONDITION_BEFORE = re.compile(r"[a-z,] (?:where|if|unless|when|provided that|so long as)[ :]?\s?$")


# rd70: a reply written as unnumbered pairs, each question told back under a heading line of its own and answered
# under the next ("Request\n How many new fire engines ...\nReply\n There will 7 ..."): fire services' logs
_PAIR_ASK = re.compile(r"(?im)^[ \t]*(?:request|question|you asked|your request|query)[ \t]*[.:]?[ \t]*$")
_PAIR_ANSWER = re.compile(r"(?im)^[ \t]*(?:reply|response|answer|our response|our reply)[ \t]*[.:]?[ \t]*$")


def _request_reply_pairs(ev: "_Events") -> list[tuple[str, int, int]]:
    """rd70: (number, start, end) of each answer in a reply of unnumbered question / answer pairs, numbered in order:
    a "Reply" heading line after a "Request" heading line, up to the next "Request" heading. Two pairs at least."""
    t = ev.t
    asks = [m.start() for m in _PAIR_ASK.finditer(t.original)]
    answers = [(m.start(), m.end()) for m in _PAIR_ANSWER.finditer(t.original)]
    if len(asks) < 2 or len(answers) < 2:
        return []
    out: list[tuple[str, int, int]] = []
    for i, ask in enumerate(asks):
        nxt = asks[i + 1] if i + 1 < len(asks) else len(t.original)
        answer = next(((a, b) for a, b in answers if ask < a < nxt), None)
        if answer is None:
            return []  # not every question answered under a heading of its own: not this shape
        out.append((str(i + 1), answer[0], nxt))
        ev.answer_starts.setdefault(answer[0], answer[1])
    return out


def _parts(ev: _Events) -> list[tuple[str, int, int]]:
    """(number, start, end) of each numbered answer (rd70: or of each answer of unnumbered question / answer pairs;
    rd88: or of each item of the request told back with its answer on its line)."""
    spans = _numbered_parts(ev)
    return spans if len(spans) >= 2 else (_inline_parts(ev) or _request_reply_pairs(ev) or spans)


def _inline_parts(ev: _Events) -> list[tuple[str, int, int]]:
    """rd88: one part to each item answered on its own line (`_items_answered_in_line`), numbered by its place in the
    list; the answer is the rest of its line."""
    items = ev.t.inline_items
    if len(items) < 2:
        return []
    out = []
    for k, lo, a, hi in items:
        out.append((str(k + 1), lo, hi))
        ev.answer_starts[lo] = a
    return out


def _numbered_parts(ev: _Events) -> list[tuple[str, int, int]]:
    """(number, start, end) of each numbered answer: the longest run 1, 2, 3 ... of markers outside the
    restated request. Fewer than two: the reply is not answered part by part."""
    t = ev.t
    marks = []
    # where an item of the law's own list starts (reply_phrases.yaml law_list), and the few characters before it
    law_items = {a - k for a, _, _ in _rules().scan("law_list", t.lower)[:_MAX_EVENTS] for k in range(0, 3)}
    restated = {pos for _, items, _ in _restated_items(t, _rules()) for pos in items}
    ranges = _range_headings(ev)
    for start, end, numbers in ranges:
        # rv61: "Questions 1 to 3", "Q1-2:", "Parts 2-3", "Question 1, 2 and 3": one heading answers each part it names
        marks.extend((n, start, end, True, str(n), False) for n in numbers)
        ev.answer_starts.setdefault(start, end)
    for m in _MARKER.finditer(t.original):
        if any(a <= m.start() < b for a, b, _ in ranges):
            continue  # a number inside a range heading, read with it
        if ev.roles[t.unit(m.start())] == "request" and not _RESPONSE_HEADER.match(m.group()) and not _answer_heading(ev, m):
            answer = None if m.start() in restated else _answer_follows(ev, m.start())
            if answer is None:
                continue
            ev.answer_starts.setdefault(m.start(), answer)  # the part's answer starts after its question
        if ev.roles[t.unit(m.start())] in ("law", "boilerplate", "rights") and m.start() > t.starts[t.unit(m.start())] + 3:
            continue  # "Section 22(1) provides that information is exempt if: a) ... b) ...": the Act's own list
        if _in_quoted_law(t, m.start()):
            continue  # "... which states that 'Information is exempt ... likely to- (a) endanger ... (b) ...'"
        if t.unit(m.start()) in t.reasons:
            continue  # "for the following reasons: 1. ... 2. ...": reasons, not answers
        if t.unit(m.start()) in t.quoted_law:
            continue  # "Section 22(1) states:\n ... if-\n (a) ... (b) ...": the Act's own list, quoted (rd22)
        if m.end() in law_items:
            continue  # "(a) determining whether it holds the information, (b) locating the information, ...": the law's list
        if (m.group("b") or m.group("nb") or m.group("nt") or m.group("pn") or m.group("l") or m.group("L")) and _list_in_decision(ev, m.start()):
            continue  # "Your request for 1. ... and 2. ... would exceed the appropriate limit": what the decision refuses
        if (m.group("b") or m.group("nb") or m.group("nt")) and _NAMING_NOUN.search(t.lower, max(0, m.start() - 16), m.start()):
            continue  # "falls into two groups: Group 1. Unused press statements ... Group 2. ...": a name, not an answer
        if _PART_NOUN_BEFORE.search(t.lower, max(0, m.start() - 40), m.start()) and t.original[max(0, m.start() - 1)] != "\n":
            continue  # rd33: "Parts (a) and (b) are answered ...": the parts a sentence names, not answer headings
        if _CONDITION_BEFORE.search(t.lower, max(0, m.start() - 12), m.start()):
            continue  # rd44: "requests can be aggregated where (a) the two or more requests ... and (b) ...": the
            # conditions a sentence sets out in its own run, not answer headings
        if m.group("p") and _RUNNING_REFERENCE.search(t.original, max(0, m.start() - 30), m.start()) \
                and not _HEADING_PUNCT.match(t.original, m.end() - 1) \
                and not _ANSWER_INTRODUCER.search(t.lower, max(0, m.start() - 40), m.start()):
            continue  # rd34: "attached our response for request part 1. However, ...": a part a sentence names
        if m.group("R"):
            # rd41: a run of roman numerals is a kind of its own (never joined to digits or letters)
            marks.append((_ROMAN[m.group("R").lower()], m.start("R"), m.end(), False, m.group("R").lower(), "roman"))
            continue
        if m.group("pl"):
            # rd67: "(1a)", "(1b)": a bracketed question's own sub-parts, like "1a)" (rd38)
            num, label = ord(m.group("pl").lower()) - ord("a") + 1, m.group("pn") + m.group("pl").lower()
            marks.append((num, m.start("pn") - 1, m.end(), True, label, True))
            continue
        letter = m.group("l") or m.group("L") or m.group("cl")
        if m.group("cl"):
            # rd38: a sub-part under its question's number ("2b)"): a letter run of the answers' own, labelled in full
            num, label = ord(letter.lower()) - ord("a") + 1, m.group("cn") + letter.lower()
            marks.append((num, m.start(), m.end(), True, label, True))
            continue
        if letter:
            num, label = ord(letter.lower()) - ord("a") + 1, letter.lower()
        else:
            num = _ORDINALS[m.group("o").lower()] if m.group("o") else int(m.group("p") or m.group("b") or m.group("nb") or m.group("nt") or m.group("pn"))
            label = str(num)
        # a run is all numbers or all letters; "(a)" inside "31(1)(a)" never starts a part (no space before it)
        marks.append((num, m.start(), m.end(), bool(m.group("p") or m.group("o")), label, bool(letter)))
    marks.sort(key=lambda mark: (mark[1], mark[0]))
    best = _longest_run(marks, 1, t.original)
    if len(best) >= 2 and best[0][5] and not best[0][4][:1].isdigit():
        # rd73: a bare letter run that sits inside one numbered question ("1. The total spent during: ... a) 2014/15
        # N/A b) 2015/16 N/A ... 2. The total number of assaults ...") is that question's sub-list; the numbers are
        # the answers' run
        numbered = _longest_run([mark for mark in marks if not mark[5]], 1, t.original)
        if len(numbered) >= 2:
            starts = [mark[1] for mark in numbered] + [len(t.original)]
            lo, hi = best[0][1], best[-1][1]
            if any(starts[k] < lo and hi < starts[k + 1] for k in range(len(numbered))):
                best = numbered
    if len(best) < 2:
        best = _headed_run(marks)
    if len(best) < 2:
        best = _every_number_once(marks)
    if len(best) < 2:
        best = _repeated_ones(marks, t.original)
    if len(best) < 2 and not any(mark[0] == 1 for mark in marks if ev.roles[t.unit(mark[1])] != "request"):
        asked = _question_parts(ev)
        if asked:
            return asked
    implicit_first = False
    if len(best) < 2 and not any(mark[0] == 1 for mark in marks):
        # "... There are 36 cameras in this network 2) The locations are published 3) ...": the first answer has no
        # number of its own (or the text starts at the second); a run from 2 is the answers all the same
        # never numbers inside a sentence that names questions ("in relation to questions 1 and 2. This ...")
        best = _longest_run([m for m in marks if not _NAMED_NUMBER.search(t.lower, max(0, m[1] - 24), m[1])], 2)
        implicit_first = len(best) >= 2
    if len(best) < 2:
        return []
    out = []
    if implicit_first:
        head = t.original[: best[0][1]]
        first_unit = next((u for u in range(len(t.starts)) if ev.roles[u] not in ("request", "rights", "boilerplate")), None)
        lo = t.starts[first_unit] if first_unit is not None else best[0][1]
        # only where it answers or decides something: "Thank you for your request. 2) ..." has no first answer
        if lo < best[0][1] and _WORD.search(head[lo:]) and (
                any(lo <= a < best[0][1] for _, a, _ in ev.signals) or _fact_units(ev, lo, best[0][1])):
            out.append(("1", lo, best[0][1]))
    for k, (_, start, _end, _, label, _) in enumerate(best):
        # parts under one range heading share its answer, which runs to the next heading
        stop = next((mark[1] for mark in best[k + 1 :] if mark[1] > start), len(t.original))
        out.append((label, start, stop))
    if _answered_under_one_heading(ev, out):
        return []  # rd32: "1. ... 2. ... Response: <one answer>": the numbered lines are the request, answered as one
    # the last part runs on into the sign-off and rights notice: cut it at the first rights sentence (rd94: or at the
    # annex that sets out the exemptions, on a heading line of its own)
    num, start, stop = out[-1]
    closing = _closing_matter(t, t.unit(start) + 1)
    for u in range(t.unit(start) + 1, len(t.starts)):
        if (ev.roles[u] == "rights" or u == closing) and t.starts[u] < stop:
            out[-1] = (num, start, t.starts[u])
            break
    return out


# rv61: a heading that names several parts at once, on a line of its own or set off by a colon or dash before its answer:
# "Questions 1 to 3", "Q1-2:", "Parts 2-3", "Question 1, 2 and 3", "Questions 1 and 2:"; never a sentence that names
# parts ("Questions 1 and 2 are answered below")
# rd97: the answer's own noun heads the range too ("Response 1 - 6:", "Answers 2 to 4:"), and a bare range opening its line
# with the item's own stop ("1-4. A new flag was bought ...", "2 - 3) Not held") answers each item in it: only a dash or
# "to" joins a bare range (never "1, 2 and 3 bedroom homes"), and a year ("2019-2020") or a date after the noun
# ("Response 04-08-2025") is no item number
_RANGE_HEADING = re.compile(
    r"^[ \t]*(?:(?:in )?(?:response|answer|reply) to |re:? )?(?:questions?|q|parts?|requests?|points?|items?|responses?|answers?)\s?(?P<first>\d{1,2})"
    r"(?P<rest>(?:\s*(?:,\s*(?:and\s+)?|and|&|to|through|-|\u2013)\s*(?:q|questions?|parts?)?\s?\d{1,2})+)(?![-/.]\d|\d)"
    r"[ \t]*(?:[:.)\-\u2013][ \t]*|(?=\n)|$)"
    r"|^[ \t]*(?P<bare>[1-9]\d?)(?P<bare_rest>[ \t]?(?:-|\u2013|to)[ \t]?[1-9]\d?)(?![-/.]\d|\d)[ \t]*[.):][ \t]+(?=\S)",
    re.I | re.M,
)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|-|\u2013)\s*(?:q|questions?|parts?)?\s?$", re.I)
_MAX_RANGE = 12


def _range_headings(ev: _Events) -> list[tuple[int, int, list[int]]]:
    """(start, end, numbers) of each heading that answers several parts at once. "1 to 3" and "1-3" name every number
    between; "1, 2 and 3" the numbers listed. A heading inside the restated request, the law or the rights notice is
    not one; nor a run that falls back or spans more than a dozen parts."""
    t = ev.t
    out = []
    for m in _RANGE_HEADING.finditer(t.original):
        first = "first" if m.group("first") else "bare"
        if ev.roles[t.unit(m.start(first))] in ("request", "law", "boilerplate", "rights"):
            continue
        numbers = [int(m.group(first))]
        text = m.group("rest") if first == "first" else m.group("bare_rest")
        pos = 0
        for n in re.finditer(r"\d{1,2}", text):
            value = int(n.group())
            if _RANGE_JOIN.search(text[pos : n.start()]):
                if not numbers[-1] < value <= numbers[-1] + _MAX_RANGE:
                    numbers = []
                    break
                numbers.extend(range(numbers[-1] + 1, value + 1))
            else:
                numbers.append(value)
            pos = n.end()
        if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[-1] + 1)) or len(numbers) > _MAX_RANGE:
            continue  # "Questions 1 and 3: ... Question 2: ...": answers out of order, read clause by clause
        out.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), numbers))
    named = [(h.start(), int(h.group("p"))) for h in _MARKER.finditer(t.original)
             if h.group("p") and re.search(r"(?:^|\n|[.!?:;]\s)\s*$", t.original[max(0, h.start() - 3) : h.start()] or "\n")]
    if any(n in numbers and not a <= pos < b for a, b, numbers in out for pos, n in named):
        return []  # a part headed twice ("Questions 1 and 2: not held. Question 1: exempt"): no layout to trust
    return out


def _answer_heading(ev: _Events, m: re.Match[str]) -> bool:
    """rv61: a named marker alone on its line ("Question 4", "Q5:") whose next line is the authority's own words, not a
    question told back ("Question 4\nThe MPS does not hold a list ..."): the heading of that part's answer, whatever
    role the line was given (a question told back under its heading, "Question 1:\nHow many ...?", is not one)."""
    t = ev.t
    if not m.group("p") or (m.start() and t.original[m.start() - 1] not in "\n"):
        return False
    eol = t.original.find("\n", m.end())
    eol = len(t.original) if eol < 0 else eol
    if t.original[m.end() : eol].strip(" \t:.-\u2013"):
        return False
    nxt = next((u for u in range(t.unit(m.start()) + 1, len(t.starts)) if t.original[slice(*t.bounds(u))].strip()), None)
    return nxt is not None and t.bounds(nxt)[0] > eol and ev.roles[nxt] not in ("request", "rights", "boilerplate")


# rd32: a response heading on a line of its own ("Response", "Our response:", "Answer") inside the last numbered item,
# with no numbered item after it: every number stands before the answer, so the numbers are the request restated
_HEADING_ONLY = re.compile(r"^\W*(?:our |the |in )?(?:response|responses|reply|answer|answers|decision|outcome)\W*$", re.I)


def _answered_under_one_heading(ev: _Events, out: list[tuple[str, int, int]]) -> bool:
    t = ev.t
    last_start = out[-1][1]
    for u in range(t.unit(last_start) + 1, len(t.starts)):
        lo, hi = t.bounds(u)
        if _HEADING_ONLY.match(t.original[lo:hi]) and not _MARKER.search(t.original, hi):
            return not any(a < lo and sig in ("give", "give_part", "not_held", "withhold", "cost", "ncnd", "published")
                           for sig, a, _ in ev.signals) and not _fact_units(ev, out[0][1], lo)
    return False


_LIST_REFUSED_BY = ("cost", "withhold", "not_held", "ncnd")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _list_in_decision(ev: _Events, pos: int) -> bool:
    """rd14: the bare marker at pos ("1.", "(a)") numbers what a hold-back sentence refuses, not an answer (a named one,
    "question 2", names the question answered): the sentence opens with words
    of its own (not a marker), the list follows, then the decision in the same sentence ("Your request for 1. the
    number of notices and 2. the number cancelled would exceed the appropriate limit", "to provide 1. ... and 2. ...,
    would exceed the cost limit"); nothing before the decision is given (no give cue, no figure but a year)."""
    t = ev.t
    u = t.unit(pos)
    lo, hi = t.bounds(u)
    cue = min((a for sig, a, _ in ev.signals if sig in _LIST_REFUSED_BY and pos < a < hi), default=None)
    if cue is None:
        return False
    head = t.original[lo:pos]
    if not re.search(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}", head) or _LIST_LEAD.match(t.lower, lo) or _LEAD_MARKER.match(head):
        return False
    if any(sig in ("give", "give_part") and lo <= a < cue for sig, a, _ in ev.signals):
        return False
    return not re.search(r"\d", _YEAR.sub(" ", _MARKER.sub(" ", t.original[lo:cue])))


# a quotation of the law opened in the same sentence ("which states that '...", "provides that:") or a clause of the
# Act that opens a lettered list ("a notice which- (a) states that fact", "would be likely to- (a) endanger")
_QUOTED_LAW_OPEN = re.compile(
    r"\b(?:states?|provides?|reads?|says?|defines?|stipulates?)(?: as follows)?(?: that)?\s?[:\u2014\u2013-]?\s?['\"\u2018\u201c]"
    r"|\b(?:which|that|if|to|where|unless|whether)\s?[\u2014\u2013:-]+\s*\(?a\)"
    # the Act's own list after its words: "would, or would be likely to prejudice: (a) The prevention ..."
    r"|\b(?:prejudice|endanger|inhibit)\s?[\u2014\u2013:-]+\s*\(?a\)")
_NAMING_NOUN = re.compile(r"\b(?:group|category|type|class|band|tier|level|stage|phase|grade|priority|option|schedule|appendix"
                          r"|annexe?|table|figure|step|article|regulation|section|paragraph|clause|chapter|volume|zone|area|ward|route"
                          r"|line|platform|terminal|wave|cohort|year|key stage)\s?$")


def _in_quoted_law(t: _Text, pos: int) -> bool:
    """pos lies after a quotation of the law (or a clause of it that opens a lettered list) in its own sentence."""
    u = t.unit(pos)
    lo = t.starts[u]
    if u > 0 and pos <= lo + 3 and re.search(r"[:\u2014\u2013-]\s*$", t.original[t.starts[u - 1] : lo]):
        # rd26: the list opens its own sentence after a lead that ends with a colon ("... requires that we provide the
        # applicant with a notice which:\n a) States that fact"): the lead is read with it
        lo = t.starts[u - 1]
    return bool(_QUOTED_LAW_OPEN.search(t.lower, max(lo, pos - 600), pos + 4))


_NAMED_NUMBER = re.compile(r"\b(?:and|or|to|questions?|parts?|points?|q|nos?\.?|numbers?|section|sections)\s?[\d,\s]*$|[(\d]\s?$")


def _headings(run: list[tuple[int, int, int, bool, str, bool]], text: str) -> int:
    """rv61: how many of RUN's markers are named headings ("Question 4") that open their line."""
    return sum(1 for m in run if m[3] and not text[max(0, m[1] - 40) : m[1]].rpartition("\n")[2].strip())


def _longest_run(marks: list[tuple[int, int, int, bool, str, bool]], first_number: int,
                 text: str = "") -> list[tuple[int, int, int, bool, str, bool]]:
    """The longest run first_number, first_number + 1, ... of part markers."""
    best: list[tuple[int, int, int, bool, str, bool]] = []
    # a run starts at a "1"; a real reply has a handful, a hostile text thousands: the first few are tried, so the
    # search stays linear in the text
    firsts = [i for i, mark in enumerate(marks) if mark[0] == first_number][:_MAX_RUN_STARTS]
    for i in firsts:
        first = marks[i]
        # "Response 1. Yes 2. No ...": a headed first answer may be followed by bare numbers, so a run is also
        # tried with the first marker read as bare ("See Q2 above" inside an answer does not end the list)
        for strong in {first[3], False}:
            run = [first]
            for mark in marks[i + 1 :]:
                last_strong = run[-1][3] if len(run) > 1 else strong
                if mark[0] == run[-1][0] + 1 and mark[5] == run[0][5] and (mark[3] or not last_strong or mark[3] == strong):
                    run.append(mark)
            # (rd38: of two runs as long, the one whose markers carry their question's number, "2a) ... 2d)", is the
            # answers'; the bare "A) ... D)" before it restate the question's list)
            if len(run) > len(best) or (len(run) == len(best) and run[0][5] and run[0][4][:1].isdigit() and not best[0][4][:1].isdigit()):
                best = run
            elif len(run) == len(best) and run[0][5] == best[0][5] and _headings(run, text) > _headings(best, text):
                # rv61: of two runs as long, the one more of whose markers are headings on lines of their own
                # ("Questions 1 to 3", "Question 4") is the answers'; bare "1." "2." before them are the request told back
                best = run
    return best


def _every_number_once(marks: list[tuple[int, int, int, bool, str, bool]]) -> list[tuple[int, int, int, bool, str, bool]]:
    """Answers given in an order of their own ("3. 41 trees were felled. 2. The survey is published. 1. ..."): the
    markers, all numbers or all letters, are 1 .. n each exactly once (n of 2 to 12, not in rising order)."""
    if not 2 <= len(marks) <= 12 or len({m[5] for m in marks}) != 1:
        return []
    nums = [m[0] for m in marks]
    if sorted(nums) != list(range(1, len(marks) + 1)) or nums == sorted(nums):
        return []
    return list(marks)


def _repeated_ones(marks: list[tuple[int, int, int, bool, str, bool]], text: str) -> list[tuple[int, int, int, bool, str, bool]]:
    """rd94: a numbered list whose every item shows "1." (a web page's list copied out, each item restarting its own
    list: "  1. The cost limit ... \n  1. Information about ... \n  1. This question asks ..."): the items in their order
    are 1, 2, 3 ... Only bare numbers that each open their line, two to twelve of them, all "1", and no other bare
    number opening a line - a list that goes on to "2." is a list of its own kind, read by the runs above."""
    def opens_line(m: tuple[int, int, int, bool, str, bool]) -> bool:
        return not text[max(0, m[1] - 40) : m[1]].rpartition("\n")[2].strip()
    bare = [m for m in marks if not m[3] and not m[5] and m[4].isdigit() and opens_line(m)]
    if not 2 <= len(bare) <= 12 or any(m[0] != 1 for m in bare):
        return []
    return [(k + 1, m[1], m[2], False, str(k + 1), False) for k, m in enumerate(bare)]


def _headed_run(marks: list[tuple[int, int, int, bool, str, bool]]) -> list[tuple[int, int, int, bool, str, bool]]:
    """Headed answers whose numbers rise with gaps ("Question 1: ... Question 3: ... Question 8:"): an excerpt or a
    reply that skips questions is still answered question by question. Only headed markers ("Question N", "Q N",
    "Response N") count here, never bare numbers, and the run must start at the first headed marker."""
    headed = [m for m in marks if m[3] and not m[5]]
    run: list[tuple[int, int, int, bool, str, bool]] = []
    for mark in headed:
        if run and mark[0] <= run[-1][0]:
            return []  # numbers that fall back ("see Q2 above") are references, not a layout
        run.append(mark)
    return run if len(run) >= 3 else []


def _answer_text(ev: _Events, lo: int, hi: int, marker_end: int | None = None) -> str:
    """The authority's own words between lo and hi: not the restated request (but the answer written before the
    next question in the same sentence: "<2% Could you let me know ...?"), the rights notice or boilerplate."""
    t = ev.t
    marker_end = lo if marker_end is None else marker_end
    body = []
    for u in range(t.unit(lo), t.unit(max(lo, hi - 1)) + 1):
        a, b = t.bounds(u)
        if ev.roles[u] == "request" and u in t.answer_before:
            b = t.answer_before[u]
        elif ev.roles[u] == "request" and u in t.answer_after:
            a = t.answer_after[u]  # rd88: "- Total spend for the period - Answered below": the answer after the item
        elif ev.roles[u] in ("request", "rights", "boilerplate"):
            continue
        body.append(t.original[max(a, marker_end, lo) : min(b, hi)])
    return " ".join(" ".join(body).split())


def _answers_something(ev: _Events, lo: int, hi: int, marker_end: int) -> bool:
    """A part with no decision words that still holds an answer: figures, money, dates, yes/no."""
    text = _answer_text(ev, lo, hi, marker_end)
    return bool(_DATA.search(text) or _YES_NO.match(text) or re.search(r"[A-Za-z]{2,}", text))


_MAX_QUESTIONS = 60
_QUESTION_NUMBER = re.compile(r"\W*(?:q|question|part|request)?\s?(\d{1,2})\s?[.):\-]", re.I)


def _question_parts(ev: _Events) -> list[tuple[str, int, int]]:
    """Answers under restated questions with no numbered answers: each restated question (a request sentence that
    ends with "?") opens a part whose answer runs to the next question ("How many ...? Zero. How many ...? <2%").
    At least two questions must have an answer of their own under them; else [] (a request quoted whole at the top,
    then one answer)."""
    t = ev.t
    if len(t.inline_items) >= 2:
        return []  # rd88: the items carry their answers on their own lines (`_inline_parts`)
    asked: list[tuple[int, int]] = []
    last_number = 0
    for u in range(len(t.starts)):
        number = _QUESTION_NUMBER.match(t.original, t.starts[u], t.bounds(u)[1])
        if (ev.roles[u] == "other" and number and last_number and int(number.group(1)) == last_number + 1
                and u + 1 < len(t.starts)):
            # rd27: the next numbered item of a restated request that is not itself a question ("3. Your regional
            # breakdown for 2024." after "2. How many of these were children?"): it opens its own part, and its answer
            # may start on its own line ("4. Private providers: we do not hold this")
            asked.append((u, t.starts[u]))
            last_number += 1
            ev.answer_starts[t.starts[u]] = number.end()
            continue
        if ev.roles[u] != "request":
            continue
        # a question, or a numbered request with no "?" ("2. Please provide the hourly rates paid to each agency.");
        # a request sentence that follows a numbered one without a number of its own stays in its question
        # ("2. Please provide the rates. Please break them down by year.")
        if (t.original[slice(*t.bounds(u))].rstrip().rstrip(_CLOSING_QUOTES).endswith("?") or _QUESTION_NUMBER.match(t.original, t.starts[u])
                or _BULLET.match(t.original, *t.bounds(u))):  # rd26: a bulleted item of the request
            asked.append((u, t.answer_before.get(u, t.starts[u])))
            last_number = int(number.group(1)) if number else 0
            if len(asked) > _MAX_QUESTIONS:
                return []
    if len(asked) < 2:
        return []
    # the questions' own numbers when every question has one, in order ("Q1) ... Q2) ..."); else 1, 2, 3 ...
    own = [_QUESTION_NUMBER.match(t.original, start) for _, start in asked]
    numbers = [int(m.group(1)) for m in own if m]
    use_own = len(numbers) == len(asked) and all(a < b for a, b in zip(numbers, numbers[1:]))
    out = []
    for k, (u, start) in enumerate(asked):
        lo = ev.answer_starts.get(start) if ev.roles[u] == "other" else t.bounds(u)[1]
        hi = asked[k + 1][1] if k + 1 < len(asked) else len(t.original)
        if hi <= lo or not re.search(r"[A-Za-z0-9%]", _answer_text(ev, lo, hi)):
            continue
        # the part runs from its question; its answer from the end of the question ("31." there is the answer, not a marker)
        out.append((str(numbers[k]) if use_own else str(k + 1), start, hi))
        ev.answer_starts[start] = lo
    if len(out) < 2:
        return []
    num, start, stop = out[-1]
    for u in range(t.unit(start), len(t.starts)):
        if ev.roles[u] == "rights" and start <= t.starts[u] < stop:
            out[-1] = (num, start, t.starts[u])
            break
    return out


# rd70 (nc67 #11): one answer's heading numbering two items of the request ("3. Inspection reports and 5.
# correspondence with the regulator. To locate ... would take 120 hours"): the second number is a part too
_JOINT_HEADING = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]+[^\n.;:?]{1,80}?[ \t](?:and|&)[ \t]+\(?(\d{1,2})[.)][ \t]")


def _joint_headings(ev: "_Events", spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """rd70: a part whose heading names a second item number not numbered anywhere else shares its answer with it
    (read once, as a range heading is: rv61)."""
    numbers = {num for num, _, _ in spans}
    out: list[tuple[str, int, int]] = []
    for num, lo, hi in spans:
        out.append((num, lo, hi))
        m = _JOINT_HEADING.match(ev.t.original, lo, hi)
        if m and m.group(1) == num and m.group(2) not in numbers and int(m.group(2)) > int(num):
            out.append((m.group(2), lo, hi))
            numbers.add(m.group(2))
    return out


def _not_recorded(ev: "_Events", lo: int, hi: int) -> bool:
    """rd70 (nc67 #11): between lo and hi the reply says what was asked is no request for recorded information
    (reply_phrases.yaml `not_recorded`)."""
    return bool(_rules().scan("not_recorded", ev.t.lower[lo:hi], limit=1))


def _part_reading(ev: _Events, num: str, lo: int, hi: int, marker_end: int) -> PartReading | None:
    part = _part_decision(ev, num, lo, hi, marker_end)
    if (part is not None and (part.outcome in (Outcome.not_held, Outcome.refused, Outcome.pending) or part.implicit)
            and not part.sections and _not_recorded(ev, marker_end, hi)):
        # nothing given and nothing held back under a provision: what was asked is, it says, no recorded information
        part = part.model_copy(update={"outcome": Outcome.not_held, "not_recorded": True, "implicit": False})
    return part


def _part_decision(ev: _Events, num: str, lo: int, hi: int, marker_end: int) -> PartReading | None:
    found = ev.found(lo, hi)
    outcome, deciding = _decide(found)
    implicit = False
    held_elsewhere: int | None = None
    if deciding == ["no_such"] and not _no_such_record(ev, lo, hi):
        outcome = Outcome.pending  # "2) We do not have a crematorium": in a numbered reply, that is the answer
    elif deciding == ["no_such"] and _has_instead(ev, marker_end, hi):
        # rd36: "1. We do not have a direct strategy for EV units but we do have a Climate Change Strategy as per:
        # https://...": the thing the body does have, given in its place, is the answer
        outcome, implicit = Outcome.disclosed, True
    elif deciding == ["no_such"]:
        outcome = Outcome.not_held  # "2. ... we do not have the breakdown of costs": a record not had is not held
    if outcome == Outcome.pending and not found.has("pending", "extension", "held") and _not_kept(ev, marker_end, hi):
        outcome = Outcome.not_held  # "2. There is no record of this."
        if _GIVEN_INSTEAD.search(ev.t.lower, marker_end, hi):
            # "3. We do not hold financial data in calendar years - the information below shows financial years": the
            # answer given in another form (rd22)
            outcome, implicit = Outcome.disclosed, True
        elif _fact_units(ev, marker_end, hi):
            outcome = Outcome.part_disclosed  # "2020 Information no longer held ... 2022 290 2023 258": some years given
    elif outcome == Outcome.pending and not found.has("pending", "extension") and _held_by_another(ev, marker_end, hi):
        outcome = Outcome.not_held  # "2. Foundry College would hold this information": another body's, not this one's (rd20)
        held_elsewhere = _held_by_another_unit(ev, marker_end, hi)
    elif outcome == Outcome.pending and not found.has("pending", "extension") and _format_only(ev, marker_end, hi):
        # rd27: "2. Map of the locations: this is not held in the format requested." - held, not given in the form
        # asked (s11), and nothing given instead: not answered, never "not held". rd45: only where the part (or its
        # item in the request quoted) shows a form asked for; otherwise "4. We do not hold this information in the form
        # requested" is a not-held answer (there is no duty to create information), and s11 is no exemption either way
        told = ev.t.quote(*ev.t.bounds(min(u for u in ev.format_units if ev.t.bounds(u)[0] < hi and ev.t.bounds(u)[1] > marker_end)))
        if _format_wanted(ev, num, lo, hi):
            return PartReading(number=num, outcome=Outcome.refused, sections=["11"], evidence=[told])
        return PartReading(number=num, outcome=Outcome.not_held, sections=found.sections, evidence=[told])
    elif outcome == Outcome.pending and not found.has("pending", "extension"):
        if not _answers_something(ev, lo, hi, marker_end):
            return None
        outcome, implicit = Outcome.disclosed, True
    elif outcome == Outcome.refused and not found.has("withhold") and found.has("ncnd_partial"):
        outcome = Outcome.ncnd
    elif outcome == Outcome.refused and _refusal_is_the_subject(ev, found, marker_end, hi):
        outcome = Outcome.disclosed  # fu21: "1. The number of requests refused. The council refused 1,184 requests."
    elif outcome == Outcome.part_disclosed and found.has("ncnd") and not found.has("give") and all(
            _WHOLE_LABEL.match(quote) for _, quote in found.quotes.get("give_part", [])):
        # lead38: "Part Disclosure with Section 24, Section 31 and Section 23 Exemptions", a heading under the last
        # numbered answer, labels the whole reply: the part itself was neither confirmed nor denied
        outcome = Outcome.ncnd
    elif outcome == Outcome.part_disclosed and found.has("cost") and not found.has("give") and all(
            _THIS_PART.search(quote) for _, quote in found.quotes.get("give_part", [])):
        outcome = Outcome.cost_limit  # fu21: "3. ... Section 12 applies to this part.": in a part, "this part" is all of it
    elif outcome == Outcome.not_held and found.has("no_such") and not found.has("not_held") and (
            found.has("ncnd", "ncnd_partial") or any(_rules().role(s) == "ncnd" for s in found.sections)):
        # nz73 (nc73 #7): "does not use it on body worn video in an overt capacity. In relation to any covert use, [the
        # force] can neither confirm nor deny": the overt half is answered (no), and only the covert half is withheld
        outcome = Outcome.ncnd
    elif outcome == Outcome.published and not any(_rules().role(s) == "published" for s in found.sections) \
            and _fact_units(ev, marker_end, hi):
        # nz73 (nc73 #9): "41 overt deployments ... Deployments are published on our website": the figure is given in
        # the reply; the pointer, citing no exemption for published information, only says where more is
        outcome = Outcome.disclosed
    elif outcome in (Outcome.refused, Outcome.not_held, Outcome.ncnd) and _fact_units(ev, marker_end, hi):
        outcome = Outcome.part_disclosed  # figures given, and the rest of the part withheld or not held
    elif outcome in (Outcome.refused, Outcome.not_held) and _held_back_in_part(ev, marker_end, hi) and not _names_this_part(ev, marker_end, hi):
        outcome = Outcome.part_disclosed  # "2. ... Some of the information in the document is exempt": the rest given
    elif outcome == Outcome.refused and any(lo <= ev.t.bounds(u)[0] < hi for u in _answer_statements(ev)):
        outcome = Outcome.part_disclosed  # "3. The supplier was X. The contract value is withheld": answered in part
    ncnd = found.has("ncnd", "ncnd_partial") or any(_rules().role(s) == "ncnd" for s in found.sections if s not in ev.ncnd_demoted)
    evidence = _evidence(found, deciding, ncnd)[:2]
    if not evidence and held_elsewhere is not None:
        evidence = [ev.t.quote(*ev.t.bounds(held_elsewhere))]  # rd28: "Veolia undertake this as it is outsourced"
    if not evidence:
        units = _fact_units(ev, marker_end, hi) or [ev.t.unit(max(lo, min(marker_end, hi - 1)))]
        evidence = [ev.t.quote(*ev.t.bounds(units[0]))]
    nil = outcome in (Outcome.disclosed, Outcome.part_disclosed) and (
        ev.nil_between(lo, hi) or bool(_NIL_PART.match(_answer_text(ev, lo, hi, marker_end))))
    return PartReading(
        number=num, outcome=outcome, ncnd=ncnd or outcome == Outcome.ncnd, sections=found.sections,
        evidence=evidence, implicit=implicit, nil_answer=nil,
    )


def _format_only(ev: _Events, lo: int, hi: int) -> bool:
    """Between lo and hi a sentence says the information is not held in the form asked (s11), and nothing there
    answers (no figures, no answer in words)."""
    t = ev.t
    if not any(t.bounds(u)[0] < hi and t.bounds(u)[1] > lo for u in ev.format_units):
        return False
    return not _fact_units(ev, lo, hi) and not any(t.bounds(u)[0] < hi and t.bounds(u)[1] > lo for u in _answer_statements(ev) + _prose_answers(ev)
                                                   if u not in ev.format_units)


def asks_a_format(text: str | None) -> bool:
    """rd45: the words of a request, or of a reply telling it, show a form or format asked for ("a map of", "as a
    spreadsheet", "in Excel": reply_phrases.yaml format_wanted), outside the words that say the information is not
    held in the form requested (format_asked)."""
    if not text:
        return False
    lower = text.translate(_SAME_LENGTH).lower()
    return bool(_format_words(lower, 0, len(lower)))


def _format_words(lower: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The format words (format_wanted) between lo and hi of LOWER that are not inside a "not held in the form
    requested" phrase (format_asked)."""
    asked = _rules().scan("format_asked", lower)
    return [(a, b) for a, b, _ in _rules().scan("format_wanted", lower)
            if lo <= a < hi and not any(x < b and a < y for x, y, _ in asked)]


def _format_wanted(ev: _Events, num: str, lo: int, hi: int) -> bool:
    """rd45: a form or format was asked for part NUM: its own words between lo and hi, or its item in the request the
    reply quotes ("You asked: 2. A map of ..."), carry a format word (reply_phrases.yaml format_wanted) outside the
    words that say it is not held in the form requested."""
    t, pasted = ev.t, ev.pasted or ev.t.original
    own = {u for u in range(len(ev.roles)) if t.bounds(u)[0] < hi and t.bounds(u)[1] > lo}
    item = re.compile(rf"\W*(?:q(?:uestion)?\s*|part\s+)?{re.escape(num)}\s*[.):]", re.I)
    quoted = {u for u in range(len(ev.roles)) if (ev.roles[u] == "request" or u in ev.blanked)
              and item.match(pasted, *t.bounds(u))}
    lower = pasted.lower() if len(pasted.lower()) == len(pasted) else t.lower
    words = _format_words(lower, 0, len(lower))
    return any(a <= x < b for a, b in (t.bounds(u) for u in own | quoted) for x, _ in words)


# lead38: a line that opens with the whole reply's outcome label ("Part Disclosure with Section 24 ...", "Partially
# successful"): a summary of the reply, not one part's decision
_WHOLE_LABEL = re.compile(r"(?i)^\W*(?:part(?:ial)?\s+disclosure|partially\s+successful|partial\s+release)\b")
_THIS_PART = re.compile(r"(?i)\b(?:this|that|the) (?:part|question|point|element)\b(?! of)")
# rd26: inside one part, "this part of your request" is that part: all of it ("3. We have applied section 36(2)(c) to
# this part of your request")
_THIS_PART_OF = re.compile(r"(?i)\b(?:this|that) (?:part|question|point|element|aspect)(?: of (?:your|the|this) (?:request|question|enquiry))?\b")


def _names_this_part(ev: "_Events", lo: int, hi: int) -> bool:
    """Every hold-back sentence of the part (lo, hi) says it covers "this part" / "this question": the part itself."""
    scopes = _held_back_scopes(ev, lo, hi)
    return bool(scopes) and all(_THIS_PART_OF.search(ev.t.original, *ev.t.bounds(u)) for u, _ in scopes)
# a question restated as a count ("1. The number of EHCP assessment requests refused in 2024.")
_COUNT_ASKED = re.compile(r"(?i)^\W*(?:(?:q(?:uestion)?\s*)?\d{1,2}[.):]?\s*)?(?:the\s+|a\s+)?(?:number|total|amount|count|figures?|"
                          r"proportion|percentage|how\s+many)\b")


def _refusal_is_the_subject(ev: _Events, found: _Found, marker_end: int, hi: int) -> bool:
    """fu21: a part whose only refusal words are what it counts, not a decision: every "refused" sits in a sentence
    that states a figure ("Kent County Council refused 1,184 requests for an EHC needs assessment in 2024") or in the
    question restated as a count ("1. The number of EHCP assessment requests refused in 2024."), no provision is
    cited, and some sentence of the part gives a figure. A sentence giving a figure is giving."""
    if set(found.quotes) != {"notice"} or found.sections:
        return False
    facts = set(_fact_units(ev, marker_end, hi))
    if not facts:
        return False
    return all(u in facts or _COUNT_ASKED.match(quote) for u, quote in found.quotes["notice"])


_RECORD_THING = re.compile(r"\W*(?:(?:the|a|any|such|separate|individual|detailed|specific|further) ){0,3}(?:\w+ )?"
                           r"(?:breakdowns?|records?|information|data|figures|details|statistics|documents?|documentation|logs?|reports?"
                           # documents a request asks a copy of: "2. Please provide a copy of the policy. We do not have a policy"
                           r"|polic(?:y|ies)|procedures?|guidance|strateg(?:y|ies)|protocols?|contracts?|agreements?|minutes"
                           r"|assessments?|registers?)\b")


_HAVE_INSTEAD = re.compile(r"\b(?:but|however|although)\b,?\s*(?:we|i|the [a-z]+|it|they)\s+(?:do|does)\s+(?:have|hold|operate|use|run)\s"
                           r"(?!(?:not|no|any)\b)")


def _has_instead(ev: _Events, lo: int, hi: int) -> bool:
    """rd36: after "we do not have X", the same answer goes on "but we do have Y": Y is had, and told."""
    return any(sig == "no_such" and lo <= a < hi and _HAVE_INSTEAD.search(ev.t.lower, b, min(hi, b + 200))
               for sig, a, b in ev.signals)


def _no_such_record(ev: _Events, lo: int, hi: int) -> bool:
    """A "we do not have ..." whose object is a record, not a thing or a service ("we do not have the breakdown of
    costs", not "we do not have a crematorium")."""
    t = ev.t
    return any(sig == "no_such" and lo <= a < hi and _RECORD_THING.match(t.lower, b, b + 60) for sig, a, b in ev.signals)


# A part that answers by pointing at another part: "As above", "See answer to Q1", "Please see our response to
# question 1", "Therefore we are unable to answer this question"; or says the question does not arise ("N/A")
_AS_ABOVE = re.compile(r"\W*(?:as (?:above|per (?:the )?(?:above|previous)|previously (?:stated|advised))|(?:please )?see (?:(?:the|our|my) )?(?:(?:response|answer|reply|explanation|reasons?) )?above"
                       r"|(?:therefore|consequently|as a result|so|accordingly),? (?:we|i|the \w+) (?:are|am|is|cannot|can ?not|have|do)"
                       r"(?: not)? ?(?:unable to|not able to|able to)? ?(?:answer|respond|provide|comment))", re.I)
_SEE_PART = re.compile(r"\W*(?:please )?(?:see|refer to|as per|as in|same as|as for)(?: (?:our|the|my))? ?(?:answer|response|reply)?"
                       r"(?: (?:to|for|at|given (?:to|for|at)|in))? ?(?:question|q|part|point|request)? ?(?P<n>\d{1,2}|[a-h])\b", re.I)
# (the next part's header may open here: "Answer To Question 2: N/A. Answer To Question 3: ...")
_NOT_APPLICABLE_LEAD = re.compile(r"\W*(?:n/a|not applicable)\b[\s.;:,\-\u2013]*", re.I)
_NOT_APPLICABLE = re.compile(r"\W*(?:n/?a|not applicable)\W*(?:(?:answer|response|reply)(?: to)?\W*)?$", re.I)


def _refers_back(ev: _Events, num: str, lo: int, hi: int, before: list[PartReading]) -> PartReading | str | None:
    """The part read before that this one points at, "n/a" when it says the question does not arise, else None."""
    body = " ".join(ev.t.original[lo:hi].split())
    if _NOT_APPLICABLE.match(body):
        return "n/a"
    lead = _NOT_APPLICABLE_LEAD.match(body)
    if lead and len(body) < 80:
        # "2. Not applicable; please see response above", "2. Not applicable (see Q1)": the question does not arise
        # because of the answer pointed at; that answer decides it, else nothing was decided for it
        rest = body[lead.end():]
        m = _SEE_PART.match(rest)
        if m:
            return next((p for p in before if p.number == m.group("n").lower()), "n/a")
        if _AS_ABOVE.match(rest) and before:
            return before[-1]
        return "n/a"
    m = _SEE_PART.match(body)
    if m and len(body) < 80:
        target = m.group("n").lower()
        return next((p for p in before if p.number == target), None)
    if _AS_ABOVE.match(body) and len(body) < 120:
        # rd14: the first part "as above" points at the decision before the answers ("... would exceed the appropriate
        # limit. 1. Please see the explanation above. 2. As above.")
        return before[-1] if before else "above"
    return None


def _whole_ncnd_before_parts(preamble: _Found, parts: list[PartReading]) -> bool:
    """rd26: before any numbered line the reply neither confirms nor denies that it holds anything asked for ("... any
    information relevant to your request"), and decides nothing else there; the numbered lines after it decide nothing
    of their own (no decision words: the harm and public interest reasons set out). A whole NCND stays NCND however
    long its reasons, and those lines are no answers."""
    if _decide(preamble)[0] != Outcome.ncnd or preamble.has("give", "give_part", "withhold", "not_held", "cost", "published"):
        return False
    quotes = preamble.quotes.get("ncnd", [])
    return bool(quotes) and all(_decision_scope(quote)[0] == "whole" for _, quote in quotes) and all(
        p.implicit or p.outcome == Outcome.ncnd for p in parts)


def _combine_parts(whole: Outcome, preamble: _Found, parts: list[PartReading],
                   where: frozenset[str] = frozenset()) -> tuple[Outcome, str]:
    """One outcome from the parts' (and the preamble's) decisions, with a confidence. `where`: the parts whose answer
    says where published information is (rd35: such a pointer gives the part, beside other parts)."""
    outs = [p.outcome for p in parts]
    # rd35 (the lead's ruling): a part answered by a pointer at where it is published gives that part, beside other
    # parts; only a reply whose every part is a pointer is "published"
    pointer_gives = any(o != Outcome.published for o in outs)
    pointed = [p.outcome == Outcome.published and pointer_gives and (p.number in where or _points_where(p.evidence))
               for p in parts]
    given = [o for o, pt in zip(outs, pointed) if o in _GIVE_LIKE or o == Outcome.part_disclosed or pt]
    held_back = [o for o, pt in zip(outs, pointed) if o in _WITHHELD_LIKE + (Outcome.vexatious,) and not pt]
    # (rd22: a part refused as vexatious is held back)
    pre_outcome, _ = _decide(preamble)
    implicit = any(p.implicit for p in parts)
    if not given and pre_outcome in (Outcome.vexatious, Outcome.cost_limit, Outcome.ncnd):
        return pre_outcome, "high"
    if preamble.has("give_part") or (given and (held_back or Outcome.part_disclosed in outs)):
        return Outcome.part_disclosed, "medium" if implicit else "high"
    if given and preamble.has("withhold", "not_held", "cost") and not preamble.has("give"):
        return Outcome.part_disclosed, "medium"
    if not given and held_back and preamble.has("give"):
        return Outcome.part_disclosed, "medium"  # "I am able to disclose the located information as follows" + refusals
    if given and Outcome.pending in outs:
        # "1. 42. 2. £1,200. 3. We need more time to consider this part": some given, the rest still owed
        return Outcome.part_disclosed, "medium"
    if given:
        return Outcome.disclosed, "medium" if implicit else "high"
    for o in _REFUSAL_ORDER:
        if o == Outcome.vexatious and Outcome.refused in outs:
            # rd55: section 14 said of one part beside exemptions for the others ("The Third Part was refused ... as
            # vexatious"; the first two exempt under s36 and s40): the request was refused, not found vexatious whole
            continue
        if o in outs:
            return o, "high" if len(set(outs)) == 1 else "medium"
    return whole, "low"


_DECISIVE = ("give", "give_part", "not_held", "withhold", "ncnd", "cost", "vexatious", "published", "withdrawn", "held", "no_such")
_CONFLICT_DOUBT = 0.3  # rd27: below this learnt probability a reading chosen between conflicting decisions is unclear


def _decision_kinds_said(found: _Found, whole: bool = False) -> set[str]:
    """The kinds of decision the reply's sentences make (a share given and the whole given are one kind); `whole`:
    only those said in a sentence that names no share of the request (no question, year, item or "the rest")."""
    return {"give" if s in ("give", "give_part") else s for s in _DECISIVE if found.has(s) and (
        not whole or any(_decision_scope(quote)[0] in ("whole", "") for _, quote in found.quotes[s]))}


def _confidence(found: _Found, outcome: Outcome) -> str:
    said = [s for s in _DECISIVE if found.has(s)]
    if outcome == Outcome.pending:
        return "medium" if found.has("pending", "extension") else "low"
    if not said:
        return "low"  # only a refusal notice, or an answer with no decision words
    # conflicting decisions in one undivided reply: the rule order chose, but a person should look
    kinds = _decision_kinds_said(found)
    return "high" if len(kinds) <= 1 or outcome == Outcome.part_disclosed else "medium"


_NIL_ANSWER = re.compile(r"\W{0,3}(?:q|question|part)?\s?\d{1,2}[.):]?\s+(?:none|nil|zero|0|n/a|not applicable)\b\W*(?:\n|$)", re.I)


def _preamble_holds_back_a_share(ev: _Events, end: int, parts_spans: list[tuple[str, int, int]]) -> bool:
    """rd44: before the numbered answers, a sentence of the decision says only some of what was asked is held
    (`_held_some`) or holds back a share of it - a hold-back whose scope is a share, a named thing or covert use, not
    the whole or other questions (`_held_back_scopes`)."""
    u = _held_some(ev)
    if u is not None and ev.t.bounds(u)[0] < end and not any(_NIL_ANSWER.match(ev.t.original, lo) for _, lo, _ in parts_spans):
        # (unless an answer is a nil one - "4. None", "5. Nil": the share "not held" is told, every question answered)
        return True
    return any(scope in ("some", "rest", "item", "covert") for _, scope in _held_back_scopes(ev, 0, end))


def _preamble_holds_back_other_questions(ev: _Events, end: int, parts: list[PartReading]) -> bool:
    """Before the answers, a hold-back (withheld, not held, too costly) names questions that no part read answers."""
    answered = {p.number for p in parts if p.outcome == Outcome.disclosed}
    for u, scope in _held_back_scopes(ev, 0, end):
        sentence = ev.t.original[slice(*ev.t.bounds(u))]
        lead = _NAMED_QUESTION_LEAD.match(sentence)  # "Question 3 would exceed the cost limit"
        if scope != "questions" and not lead:
            continue
        numbers = re.findall(r"\d{1,2}", _decision_scope(sentence)[1]) if scope == "questions" else [lead.group(1)]
        if any(n not in answered for n in numbers):
            return True
    return False


_NAMED_QUESTION_LEAD = re.compile(r"\W*(?:questions?|parts?|q|points?)\s?(\d{1,2})\b(?!\s?[.):\-])", re.I)


# what a cost sentence says would cost too much: "To tell you how many fines were issued in each ward would exceed ...",
# "Providing the number of shifts unfilled each month would require ...", "Locating the tender documents would ..."
_NAMED_QUESTION_SUBJECT = re.compile(r"^\W*(?:however,? )?(?:the|your) (?:question|part|element|aspect|point)(?: of (?:your|the) request)? "
                                     r"(?:concerning|about|regarding|relating to|on|asking|which asks|that asks)\b", re.I)
_COST_OBJECT = re.compile(
    r"^\W*(?:(?:however|unfortunately|but),? )?(?:to |in order to )?(?:tell you|provide|providing|locate|locating|identify|identifying"
    r"|extract|extracting|retrieve|retrieving|answer|answering|give|giving|establish|establishing|determine|determining|find|finding"
    r"|compile|compiling|produce|producing|collate|collating|break(?:ing)? down) (?:you )?(?:with )?(?P<obj>[^.;:]{3,90}?)"
    r",? (?:would|will|could)\b", re.I)
_WHOLE_OBJECT = re.compile(
    r"(?:the |this |that |these |those |all (?:of )?the |all |such |any )?(?:relevant |requested |required |necessary |above |specific )?"
    r"(?:information|records?|data|documents?|files?|details|figures|material|request|questions?|it|them|this|that)"
    r"(?: (?:you|that you|which you) (?:have )?(?:requested|asked for|require|sought|seek|want))?"
    r"|(?:your|the|this) (?:whole |entire |full )?(?:request|questions?)(?: in full)?|(?:all|each|both) of (?:your|the) (?:questions|requests?)", re.I)


def _cost_of_a_share(ev: _Events) -> bool:
    """Every sentence that refuses on cost names, as what would cost too much, one named share of the request ("the
    number of shifts unfilled each month", "the tender documents"), not the request or "this information"."""
    t = ev.t
    if _refuses_whole(ev):
        return False
    units = sorted({t.unit(a) for sig, a, _ in ev.signals if sig == "cost"}
                   | {t.unit(a) for _, sig, a, _ in ev.citations if sig == "cost"})
    if not units:
        return False
    shares = 0
    for u in units[:20]:
        sentence = t.original[slice(*t.bounds(u))]
        if _NAMED_QUESTION_SUBJECT.match(sentence):
            shares += 1  # "The question concerning how many staff were reported ... has engaged section 12(2)": one question
            continue
        m = _COST_OBJECT.match(sentence)
        if m is None:
            if _decision_scope(sentence)[0] == "whole":
                return False
            continue  # the limit described ("the appropriate limit is £450"), or the estimate's arithmetic
        if _WHOLE_OBJECT.fullmatch(m.group("obj").strip()):
            return False
        shares += 1
    return shares > 0


_ANSWER_VERBS_MORE = re.compile(r"^\W*(?:the |our |this |its |their )?(?:[a-z'&-]+ ){0,4}?(?:was|were|is|are|has been|have been) "
                                r"(?:awarded|let|procured|commissioned|purchased|bought|introduced|launched|implemented|adopted"
                                r"|appointed|signed|agreed)\b", re.I)


def _answered_beside(ev: _Events, found: _Found) -> bool:
    """Something answered outside the cost sentences and the estimate: figures, a published answer, or a sentence that
    answers in words ("The Trust uses ...", "the contract was awarded to Serco")."""
    t = ev.t
    cost_units = {t.unit(a) for sig, a, _ in ev.signals if sig == "cost"} | _estimate_units(ev)
    if found.has("published"):
        return True
    # a sentence about where and how things are recorded describes the search, not an answer ("Our finance system is
    # operated by Agresso", "The information is held by each of our 14 departments")
    if any(u not in cost_units and not _RECORDS_WHERE.search(t.lower, *t.bounds(u)) for u in _fact_units(ev, 0, len(t.original))):
        return True
    # (an answer in words may stand just before the estimate: only the sentences that state the work are skipped)
    work = {t.unit(a) for sig, a, _ in ev.signals if sig == "cost"} | {t.unit(a) for a, _, _ in _rules().scan("workload", t.lower)}
    for u in range(len(t.starts)):
        if u in work or ev.roles[u] not in ("other", "decision") or _RECORDS_TALK.search(t.lower, *t.bounds(u)):
            continue
        text = t.original[slice(*t.bounds(u))]
        body = _CONFIRMS_LEAD.sub("", text, count=1)
        if ((_PROSE_SUBJECT_VERB.match(body) or _ANSWER_VERBS_MORE.match(body) or _ANSWER_STATEMENT.match(body.lower())
             or _PROSE_ANSWER.match(body)) and not _PROSE_NOT.search(body)):
            return True
    return False


_RECORDS_TALK = re.compile(r"\b(?:systems?|database|records?|recorded|recording|logged|held|holds?|stored|files?|archives?|information"
                           r"|data|search\w*|spreadsheets?|software|format)\b")
# where things are kept, said with a count: "held by each of our 14 departments", "across 3 systems", "in 40 archive boxes"
_RECORDS_WHERE = re.compile(r"\b(?:held|stored|recorded|logged|kept|spread|located) (?:by|in|on|across|within|at|over|between) "
                            r"(?:each of |all of |any of )?(?:our |the |its |\d)|\b(?:systems|databases|archives|departments|locations|sites)\b")
_CONFIRMS_LEAD = re.compile(r"^\W*(?:we|i|the \w+) (?:can|am able to|are able to|is able to) (?:confirm|advise|tell you)(?: that)?,? ", re.I)


def _cost_names_every_part(ev: _Events, parts: list[PartReading]) -> bool:
    """A cost refusal (or the sentence or two before it) names questions, and they include every numbered part read."""
    t = ev.t
    numbers = {int(p.number) for p in parts if p.number.isdigit()}
    if len(numbers) < 2 or len(numbers) < len(parts):
        return False
    for u in sorted({t.unit(a) for sig, a, _ in ev.signals if sig == "cost"})[:20]:
        lo = t.starts[max(0, u - 2)]
        for m in _SCOPE_PARTS.finditer(t.original, lo, t.bounds(u)[1]):
            span = m.group(1) or m.group(2) or m.group(3)
            named = {int(n) for n in re.findall(r"\d{1,2}", span)}
            if re.search(r"\d\s*(?:to|-)\s*\d", span) and len(named) == 2:
                named = set(range(min(named), max(named) + 1))
            if len(named) >= 2 and numbers <= named:
                return True
    return False


# rd30 (issue 10): what a requested part received. A part (or the whole reply read as one part) is given information
# only by a sentence that answers: a give, figures stated as an answer, an answer in words; never a sentence whose
# role is the request, rights, boilerplate, a test, a hypothetical or the law, nor one askfoi/part_received.py calls
# not information (the search, the ground, advice, the review's process, what was said before).
_RECEIVED_OF = {"cost": "cost", "withhold": "withheld", "not_held": "not_held", "ncnd": "ncnd", "ncnd_partial": "ncnd",
                "vexatious": "vexatious", "pending": "pending", "extension": "pending"}
_NEVER_INFORMATION = ("request", "rights", "boilerplate", "test", "hypothetical", "law")
_HOLDS = ("cost", "withheld", "not_held", "ncnd")


def _unit_text(ev: _Events, u: int) -> str:
    return ev.t.original[slice(*ev.t.bounds(u))]


def _information_units(ev: _Events, lo: int, hi: int) -> list[int]:
    """The sentences between lo and hi that give information for a part."""
    t = ev.t
    found: set[int] = set()
    for sig, a, _ in ev.signals:
        # a give ("Please see attached.") is information in itself, unless the piece saying it is not information
        if sig in ("give", "give_part") and lo <= a < hi and t.role_at(ev.roles, a) not in _NEVER_INFORMATION:
            u = t.unit(a)
            if not not_information(_piece_at(t.original, *t.bounds(u), a)):
                found.add(u)
    found.update(u for u in _answer_statements(ev) if t.bounds(u)[1] > lo and t.bounds(u)[0] < hi and _informative(_unit_text(ev, u)))
    # (a restated item with its answer written after it is the authority's there: `_Text.role_at`)
    found = {u for u in found if t.role_at(ev.roles, t.bounds(u)[1] - 1) not in _NEVER_INFORMATION}
    # figures: `_fact_units` has its own reading of roles ("1) Please state the amount spent i) 2022/23 - £1,250,000")
    found.update(u for u in _fact_units(ev, lo, hi) if _informative(_unit_text(ev, u)))
    return sorted(found)


_PIECE_BREAK = re.compile(r"(?<=[.!?;])(?<!\b[a-z]\.[a-z]\.)(?<!\betc\.)(?<!\b[Nn]o\.)(?<!\bs\.)\s+|\s*\n\s*(?=[A-Z\d\u2022*(-])|\n\s*\n\s*|\s\[\.\.\.\]\s|\s\.\.\.\s|\s(?=Section \d)")
_SUBSTANTIVE = re.compile(r"\d|(?:\b\w+\b\W+){4}")


def _piece_at(text: str, lo: int, hi: int, pos: int) -> str:
    """The piece of the sentence lo..hi (see `_informative`) that holds pos."""
    starts = [m.end() for m in _PIECE_BREAK.finditer(text, lo, pos)]
    m = _PIECE_BREAK.search(text, pos, hi)
    return text[starts[-1] if starts else lo: m.start() if m else hi]


def _informative(sentence: str) -> bool:
    """A sentence (a reader unit may hold several, where line breaks were lost) with at least one substantive piece
    that part_received does not call not information."""
    return any(_SUBSTANTIVE.search(piece) and not not_information(piece) for piece in _PIECE_BREAK.split(sentence))


def _pointer_units(ev: _Events, lo: int, hi: int) -> list[int]:
    """The sentences between lo and hi that point at where the answer is published (not at the law or guidance)."""
    units = {ev.t.unit(a) for sig, a, _ in ev.signals if sig == "published" and lo <= a < hi}
    return [u for u in sorted(units) if ev.roles[u] not in _NEVER_INFORMATION and _informative(_unit_text(ev, u))]


def _received(ev: _Events, lo: int, hi: int) -> set[str]:
    """What the stretch lo..hi (a part, or the whole reply) received, as part_received kinds."""
    found = ev.found(lo, hi)
    kinds = {kind for sig, kind in _RECEIVED_OF.items() if found.has(sig)}
    if _information_units(ev, lo, hi):
        kinds.add("information")
    elif lo == 0 and (_headed_figures(ev) or (found.has("cost") and _cost_of_a_share(ev) and _answered_beside(ev, found))):
        # the whole reply: a headed list of amounts (rd29), or an answer beside a cost refusal of a named share
        kinds.add("information")
    if _pointer_units(ev, lo, hi) or found.says_where:
        # (rd76: or a section 21 decision whose "where" follows the Act's words quoted under it)
        kinds.add("pointer")
    return kinds


def _nothing_given(ev: _Events, lo: int, hi: int, outcome: Outcome) -> Outcome | None:
    """A stretch read partly given that received no information, only refusals: the refusals' outcome (the
    part_received table), else None. Not where a refusal is scoped to a share or to other questions (the rest is then
    given by being left out), nor where something is pointed at."""
    if outcome != Outcome.part_disclosed:
        return None
    received = _received(ev, lo, hi)
    if "information" in received or "pointer" in received or not (received & set(_HOLDS)):
        return None
    if _held_back_in_part(ev, lo, hi) or _held_some(ev) is not None and lo == 0:
        return None
    return combine_received(received - {"pending"})

_JOINT_MARK = re.compile(r"^\s*(?:and|&|,)?\s*$", re.I)  # a part marker followed only by "and": a joint heading
_COUNTED_THING = re.compile(r"(?<![\w/.(-])\d[\d,]*\s+[a-z][a-z-]+(?: [a-z-]+)? (?:were|was|have been|has been|are|is)\b")


def _as_received(ev: _Events, part: PartReading, lo: int, hi: int) -> PartReading:
    """A numbered part's reading checked against what the part received (rd30): partly given with no information,
    only refusals -> the refusals' outcome; refused as vexatious, with information given -> what it received without
    the vexatious (section 14 refuses a request, never one part of it: "3. In 2016-17: 2 requests were considered
    vexatious" answers a count)."""
    if part.outcome == Outcome.vexatious:
        received = _received(ev, lo, hi) - {"vexatious"}
        if _COUNTED_THING.search(ev.t.original, lo, hi):
            received.add("information")  # the reader's figures skip a sentence with a vexatious cue: counted here
        if "information" in received:
            outcome = combine_received(received - {"pending"})
            return part.model_copy(update={"outcome": outcome}) if outcome else part
        return part
    if part.outcome == Outcome.published:
        received = _received(ev, lo, hi)
        if "not_held" in received and "information" not in received:
            if any(_THIS_PART.search(ev.t.original, *ev.t.bounds(u)) or _TIED_TO_REQUEST.search(ev.t.original, *ev.t.bounds(u))
                   for u in _pointer_units(ev, lo, hi)):
                # rd51 (nc49 #8): "Annual EDM returns ... are published on our website at https://... and we consider
                # this part answered by that publication. Hour-by-hour data is not held ...": the pointer says it
                # answers this part, so that share is given (the lead's ruling, rd49) and the rest is not held
                return part.model_copy(update={"outcome": Outcome.part_disclosed})
            # rd32: "None are held. The Corporation publishes its board papers on its website": a pointer beside "none
            # held" shows where other things are, not the answer (the part_received table: pointer unless not held)
            return part.model_copy(update={"outcome": Outcome.not_held})
    nothing = _nothing_given(ev, lo, hi, part.outcome)
    return part.model_copy(update={"outcome": nothing}) if nothing else part


# rd33: which requested parts a clause decides, and what (askfoi/part_decisions.py, knowledge/vocab/part_decisions.yaml)
_SIGNAL_KINDS = dict(_RECEIVED_OF, give="information", give_part="information", published="pointer")
_CLAUSE_HOLDS = frozenset({"withheld", "not_held", "cost", "ncnd"})
_NOT_A_CLAUSE_ROLE = ("request", "rights", "boilerplate", "law", "hypothetical", "test")
# in a sentence the reader reads as hypothetical ("Part 3 is exempt under section 31, as disclosure would be likely to
# prejudice ..."), only the words before the first condition or hedge decide
_HEDGE_START = re.compile(r"\b(?:if|unless|should|would|could|might|may|were)\b", re.I)
_CITED_IN_CLAUSE = re.compile(r"\b(?:sections?|s\.?|ss\.?|regulations?|reg\.?)\s?\d[\w()]*(?:\s?(?:,|and|&)\s?\d[\w()]*)*|\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b"
                              r"|£\s?450\b|£\s?600\b|\b18 hours\b|\b24 hours\b|\b3\.5 (?:working )?days\b", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class _Scoped:
    """One clause that names requested parts (LABELS) and what it decided for them (KINDS, part_received's)."""

    labels: tuple[str, ...]
    lo: int
    hi: int
    kinds: set[str]
    decides: bool = True


def _clause_kinds(ev: _Events, lo: int, hi: int) -> set[str]:
    """What the clause lo..hi decides: the reader's signals in it and the clause's own decision words; a clause that
    holds nothing back and states a figure or a banded count ("In answer to part 1, the council employs 14
    officers", "fewer than five") gives information. Nothing when the clause is not information (advice, the
    estimate, the request told back: part_received.yaml)."""
    text = ev.t.original[lo:hi]
    found = ev.found(lo, hi)
    said = {kind for sig, kind in _SIGNAL_KINDS.items() if found.has(sig)}
    cued = cue_kinds(text)
    if (said | cued) & _CLAUSE_HOLDS:
        cued.discard("information")  # "In response to questions 1 and 2, the Council does not hold this information"
    kinds = said | cued
    kinds.discard("pending")
    if not_information(text):
        kinds.discard("information")
        if not _pointer_clause_of_its_own(ev, lo, hi):
            kinds.discard("pointer")
    if "pointer" in kinds and any(_rules().role(x) == "published" for x in _clause_sections(ev, lo, hi)):
        kinds.discard("withheld")  # "exempt under section 21 (25 in Scotland) as it is reasonably accessible": published
    if ("information" not in kinds and not kinds & _CLAUSE_HOLDS and not _HEDGED.search(text)
            and ev.t.unit(lo) not in _estimate_units(ev) and not not_information(text)):
        refs = part_labels(text)
        rest = text[refs.end:] if refs is not None else text
        if _states_a_figure(_CITED_IN_CLAUSE.sub(" ", rest)) or banded_answer(rest):
            kinds.add("information")
    return kinds


_SUBCLAUSE = re.compile(r"[,;:]|\b(?:and|but)\b")


def _pointer_clause_of_its_own(ev: _Events, lo: int, hi: int) -> bool:
    """rd49: the pointer stands in a comma clause of its own that is information ("West Midlands Police follow the
    guidance of NaCTSO, this information is readily available on the NaCTSO website"): what the words before the comma
    name (guidance the police follow) does not make the pointer one at the law's guidance."""
    text = ev.t.original
    for sig, a, _ in ev.signals:
        if sig != "published" or not lo <= a < hi:
            continue
        start = max((m.end() for m in _SUBCLAUSE.finditer(text, lo, a)), default=lo)
        end = next((m.start() for m in _SUBCLAUSE.finditer(text, a, hi)), hi)
        if start > lo and not not_information(text[start:end]):
            return True
    return False


def _states_a_figure(text: str) -> bool:
    """A count or an amount stated in TEXT (not a year, a section, a paragraph or page, the cost limit, a date)."""
    for m in _FIGURE.finditer(text):
        value = m.group(2).replace(",", "")
        if not m.group(1) and not m.group(3) and re.fullmatch(r"(?:19|20)\d\d", value):
            continue
        if m.group(1) and value in ("450", "600", "25", "15"):
            continue
        if _NOT_A_FIGURE_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or _NOT_A_FIGURE_AFTER.match(text[m.end():m.end() + 16]):
            continue
        return True
    return False


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _decides_whole_itself(clause: str) -> bool:
    """rd49: a decision clause whose own words name the whole request or the rest ("any of the requested information",
    "any other information"), not "this information" after a named part."""
    scope, words = _decision_scope(clause)
    # "the information" alone refers back to what the part asked for; "the requested information" is the request's
    return (scope == "rest" or (scope == "whole" and bool(_REQUEST_WORDS.search(words)))) and not re.match(
        r"\W*(?:this|that|these|those|it|such)\b", words, re.I)


_REQUEST_WORDS = re.compile(r"\brequest(?:ed)?\b|\byou (?:have )?(?:asked for|sought)\b", re.I)


_JOINED_LIST = re.compile(r"\W*(?:and\s+)?(?:also\s+)?(?:the\s+)?(?:parts?|questions?|requests?|points?|items?|elements?)\b", re.I)
_AND_BEFORE = re.compile(r"\band\s*$", re.I)


def _scoped_clauses(ev: _Events) -> list[_Scoped]:
    """Every clause of the reply's own sentences that names requested parts, with what it decided for them. A clause
    that names parts and decides nothing ("In relation to questions 2 and 3:") lends its parts to the clauses after
    it in its paragraph, up to the next clause that names parts."""
    t = ev.t
    out: list[_Scoped] = []
    carry: tuple[str, ...] | None = None
    carried = carry_unit = 0
    prev_hi = 0
    named: list[str] = []  # rd53: the parts named so far with a decision ("the other questions" are the rest)
    for u in range(len(t.starts)):
        lo, hi = t.bounds(u)
        if _PARAGRAPH.search(t.original, prev_hi, max(prev_hi, lo) + 1):
            carry = None
        prev_hi = hi
        if ev.roles[u] == "hypothetical":
            hedge = _HEDGE_START.search(t.original, lo, hi)
            hi = hedge.start() if hedge else hi
        elif ev.roles[u] in _NOT_A_CLAUSE_ROLE or u in ev.blanked:
            carry = None
            continue
        said: tuple[str, ...] | None = None  # rd34: the parts an earlier clause of this sentence decided
        said_kinds = None  # rd55: and what it decided
        said_end = lo
        for a, b in decision_clauses(t.original, lo, hi):
            text = t.original[a:b]
            refs = part_labels(text)
            kinds = _clause_kinds(ev, a, b)
            rest = other_parts(text, named) if refs is None else None
            if rest is not None:
                # rd53: "but in relation to the other questions it indicated that it held the information, but withheld
                # it": the parts not named before, as if named here
                refs = PartRefs(rest, 0, 0, True)
            if refs is None:
                if said is not None and kinds and not _SENTENCE_END.search(t.original, said_end, a) \
                        and len(_WORD.findall(text)) >= 3:
                    # "In response to question one we do not hold it in that format, however we are able to provide
                    # it by calendar year": the sentence's turn is about the part it named
                    out.append(_Scoped(said, a, b, kinds))
                    said_end = b
                elif carry is not None and kinds and carried < 4 and u != carry_unit and _decides_whole_itself(text):
                    # rd49: "With regard to question c) ... it is on the NaCTSO website. West Midlands Police will neither
                    # confirm nor deny that we hold any of the requested information": a clause that names the whole
                    # request (or the rest) in its own words is the reply's decision, not the named part's
                    carry = None
                elif carry is not None and kinds and carried < 4:
                    out.append(_Scoped(carry, a, b, kinds))
                    carried += 1
                continue
            if (refs.decides and not kinds and said is not None and said_kinds and _JOINED_LIST.match(text)
                    and _AND_BEFORE.search(t.original, max(lo, a - 8), a)
                    and not t.original[b:hi].strip(" .;:)'\"\u2019")):
                # rd55: more parts joined by "and" to the clause that decided, ending the sentence with no verb of their
                # own ("the Council disclosed part 1 of the request ... and parts 4, 6 and 7."): the same decision
                kinds = said_kinds
            said = refs.labels if refs.decides and kinds else None
            said_kinds = kinds if said is not None else None
            said_end = b
            if refs.decides:
                named += [x for x in refs.labels if x not in named]
            if not refs.decides:
                out.append(_Scoped(refs.labels, a, b, kinds, decides=False))
                carry = None
                continue
            if not kinds:
                carry, carried, carry_unit = refs.labels, 0, u
                continue
            carry = None
            out.append(_Scoped(refs.labels, a, b, kinds))
    return out


def _label_run(labels: set[str]) -> list[str] | None:
    """Every part from the first to the highest label named (1..n or a..n), or None when the labels mix kinds."""
    if all(x.isdigit() for x in labels):
        top = max(int(x) for x in labels)
        return [str(n) for n in range(1, top + 1)] if top <= 12 else None
    if all(len(x) == 1 and x.isalpha() for x in labels):
        return [chr(c) for c in range(ord("a"), ord(max(labels)) + 1)]
    return None


def _clause_sections(ev: _Events, lo: int, hi: int) -> list[str]:
    return _refined(list(dict.fromkeys(key for key, sig, a, _ in ev.citations if lo <= a < hi and sig != "notice")))


def _parts_from_clauses(ev: _Events, outcome: Outcome, answered_beyond: bool = False) -> tuple[list[PartReading], Outcome, bool] | None:
    """rd33: a reply with no numbered answers whose sentences decide named parts ("Part 1 is disclosed below. The
    information requested at parts 2 and 3 is exempt"): each part's reading from the clauses that name it, a part
    named nowhere from what the reply's other sentences give; (parts, the whole outcome those parts make, unclear),
    or None when fewer than two parts are named with a decision. The whole: every part given -> disclosed; some given
    and some not -> partly given; none given -> the parts' reason; a part left unread keeps the reader's outcome for
    the whole, and where a part was told two different refusals and nothing given, the reading is unclear."""
    scoped = [s for s in _scoped_clauses(ev) if s.decides and s.kinds]
    named = {label for s in scoped for label in s.labels}
    if len(named) < 2:
        return None
    run = _label_run(named)
    if run is None:
        return None
    t = ev.t
    kinds: dict[str, set[str]] = {label: set() for label in run}
    sections: dict[str, list[str]] = {label: [] for label in run}
    evidence: dict[str, list[str]] = {label: [] for label in run}
    holds_told: dict[str, set[str]] = {label: set() for label in run}
    for s in scoped:
        for label in s.labels:
            if label not in kinds:
                continue
            kinds[label] |= s.kinds
            if s.kinds & _CLAUSE_HOLDS:
                holds_told[label].add(combine_received(s.kinds & _CLAUSE_HOLDS))
            sections[label] += [x for x in _clause_sections(ev, s.lo, s.hi) if x not in sections[label]]
            if len(evidence[label]) < 2:
                evidence[label].append(t.quote(s.lo, s.hi))
    # what the sentences that name no part give: for the parts no clause names
    covered = [(s.lo, s.hi) for s in _scoped_clauses(ev)]
    outside: set[str] = set()
    info_units = set(_information_units(ev, 0, len(t.original)))
    for u in range(len(t.starts)):
        lo, hi = t.bounds(u)
        if ev.roles[u] in _NOT_A_CLAUSE_ROLE or any(a < hi and lo < b for a, b in covered):
            continue
        if u in info_units:
            outside.add("information")
        outside |= {_SIGNAL_KINDS[sig] for sig, a, _ in ev.signals if lo <= a < hi and sig in _SIGNAL_KINDS} & _CLAUSE_HOLDS
    if not any("information" in k for k in kinds.values()) and "information" not in outside and outside & _CLAUSE_HOLDS:
        # nothing given anywhere, and a sentence that names no part refuses ("We are therefore refusing your request"
        # after "... not held centrally ... would exceed the appropriate limit"): that refusal is every part's too.
        # rd82: not a part its own clauses answer with a pointer at where it is published ("The Commission considers
        # this information to be exempt for the following reasons: Request (i) ... section 21 since it is reasonably
        # accessible ... Requests (ii) and (iii) ... section 40(2)"): that part is pointed to, not partly given
        for label in run:
            if "pointer" not in kinds[label]:
                kinds[label] |= outside & _CLAUSE_HOLDS
    parts: list[PartReading] = []
    unknown = []
    for label in run:
        got = kinds[label] or ({"information"} & outside)
        got.discard("pending")
        result = combine_received(got) if got else None
        if result is None:
            unknown.append(label)
            continue
        parts.append(PartReading(number=label, outcome=result, sections=sections[label], evidence=evidence[label],
                                 ncnd=result == Outcome.ncnd, implicit=not kinds[label]))
    if len(parts) < 2:
        return None
    # rd35 (the lead's ruling): a part answered by a pointer at where it is published gives that part, beside others
    pointer_gives = any(p.outcome != Outcome.published for p in parts)
    says_where = _pointer_says_where(ev, 0, len(t.original))

    def _gives(p: PartReading) -> bool:
        return p.outcome in (Outcome.disclosed, Outcome.part_disclosed) or (
            pointer_gives and p.outcome == Outcome.published and (says_where or _points_where(p.evidence)))

    given = [p for p in parts if _gives(p)]
    held = [p for p in parts if not _gives(p)]
    # two different refusals told for one part, nothing given anywhere: which reason decides is not clear
    unclear = not given and any(len(v) > 1 and "information" not in kinds[k] for k, v in holds_told.items())
    if given and not held and outside & _CLAUSE_HOLDS and outcome not in (Outcome.disclosed, Outcome.part_disclosed):
        # every named part given, but a sentence that names no part holds something back and the reader read the
        # whole as given nothing: the parts and the whole disagree with no clear reading
        return parts, outcome, True
    if not given and outcome == Outcome.part_disclosed and (answered_beyond or "information" in outside):
        # the reader found an answer outside what the named parts' clauses hold back ("Section 24 applies to
        # questions 1 - 5. ... 6. Thames Valley Police, ..."): a part beyond those named was answered
        whole = Outcome.part_disclosed
    elif given and (held or any(p.outcome == Outcome.part_disclosed for p in given)):
        whole = Outcome.part_disclosed
    elif given:
        whole = (Outcome.disclosed if not unknown and not outside & _CLAUSE_HOLDS
                 else outcome if outcome in (Outcome.disclosed, Outcome.part_disclosed) else Outcome.part_disclosed)
    elif not unknown:
        outs = [p.outcome for p in parts]
        whole = next((o for o in _REFUSAL_ORDER if o in outs), outcome)
    else:
        whole = outcome if outcome != Outcome.disclosed else Outcome.part_disclosed
    return parts, whole, unclear


def _cross_part_holds(ev: _Events, spans: list[tuple[str, int, int]], parts: list[PartReading]) -> list[PartReading]:
    """rd33: a hold-back said of other parts, in the preamble or inside another part's answer ("3. The locations are
    exempt. The unit prices asked for at question 2 are also withheld under section 43"): the named part read as given
    is partly given, with the clause's sections; a named part with no reading of its own gets the clause's."""
    if not spans or not parts:
        return parts
    by_number = {p.number: k for k, p in enumerate(parts)}
    out = list(parts)
    foreign: dict[str, list[tuple[int, int]]] = {}  # clauses inside a part's answer that decide only other parts
    for s in _scoped_clauses(ev):
        holds = s.kinds & _CLAUSE_HOLDS
        if not s.decides or not holds or "information" in s.kinds:
            continue
        own = next((num for num, lo, hi in spans if lo <= s.lo < hi), None)
        # rv61: the parts one range heading names share its answer: a clause in it that names them decides their own
        owns = {num for num, lo, hi in spans if lo <= s.lo < hi}
        for label in s.labels:
            if label == own or label in owns:
                continue
            k = by_number.get(label)
            cited = _clause_sections(ev, s.lo, s.hi)
            if k is None:
                continue
            p = out[k]
            if own is not None:
                foreign.setdefault(own, []).append((s.lo, s.hi))
            if p.outcome == Outcome.disclosed:
                out[k] = p.model_copy(update={
                    "outcome": Outcome.part_disclosed, "implicit": False,
                    "sections": p.sections + [x for x in cited if x not in p.sections],
                    "evidence": (p.evidence + [ev.t.quote(s.lo, s.hi)])[:MAX_EVIDENCE]})
    for own, ranges in foreign.items():
        # the sections cited only in those clauses are the named parts', not those of the part they stand in
        k = by_number.get(own)
        if k is None:
            continue
        lo, hi = _own_span(spans, own)
        def base(section: str) -> str:
            m = re.search(r"\d+", section)
            return m.group() if m else section
        kept = {base(key) for key, sig, a, _ in ev.citations if lo <= a < hi and not any(x <= a < y for x, y in ranges)}
        cited_here = {base(key) for key, sig, a, _ in ev.citations if lo <= a < hi}
        mine = [x for x in out[k].sections if base(x) in kept or base(x) not in cited_here]
        out[k] = out[k].model_copy(update={"sections": mine})
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SUBJECT_WORD = re.compile(r"[a-z][a-z'-]+|\d{4}(?:/\d{2,4})?")
_HOLD_SIGNALS = ("withhold", "not_held", "ncnd", "ncnd_partial", "cost")


@functools.lru_cache(maxsize=1)
def _subject_stopwords() -> frozenset[str]:
    lists, _ = load_vocab("match_stopwords")
    return frozenset(str(w).lower() for group in (lists or []) for w in (group or []))


def _subject_words(text: str) -> set[str]:
    """The content words of TEXT, crudely stemmed ("agencies" -> "agency", "amounts" -> "amount")."""
    stops = _subject_stopwords()
    out = set()
    for w in _SUBJECT_WORD.findall(text.lower()):
        if w in stops:
            continue
        w = w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w
        out.add(w)
    return out


def _restated_by_label(ev: _Events) -> dict[str, str]:
    """The request's numbered items as the reply tells them back ("2. The names of the agencies and the amount paid to
    each."), by their number."""
    t = ev.t
    out: dict[str, str] = {}
    for u in range(len(t.starts)):
        if ev.roles[u] != "request":
            continue
        lo, hi = t.bounds(u)
        m = _NEXT_ITEM.match(t.lower[lo:hi])
        if m and m.group(1) not in out:
            out[m.group(1)] = t.original[lo + m.end():hi]
    return out


def _subject_part(ev: _Events, text: str, items: dict[str, str]) -> str | None:
    """rd51: the restated item whose subject TEXT names - the most content words in common, words every item shares
    left out; at least two, and more than any other item - or None."""
    words = {label: _subject_words(item) for label, item in items.items()}
    if len(words) < 2:
        return None
    shared = set.intersection(*words.values())
    mine = _subject_words(text) - shared
    scores = sorted(((len(mine & w), label) for label, w in words.items()), reverse=True)
    if scores[0][0] >= 2 and scores[0][0] > scores[1][0]:
        return scores[0][1]
    return None


def _trailing_holds_by_subject(ev: _Events, spans: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]], dict[str, tuple[int, int]]]:
    """rd51 (nc50 #4): a paragraph after the last numbered answer that holds something back and names no part ("We are
    withholding the amounts paid to each agency under section 33(1)(b)") is not the last part's: it is the part whose
    subject it names, matched against the request's items as the reply tells them back. The last part's span is cut
    where that paragraph starts; the paragraph, to the span's end, is returned under the part it names. A paragraph
    whose subject matches no item (or the last part's own) stays where it is."""
    if len(spans) < 2:
        return spans, {}
    t = ev.t
    num, lo, hi = spans[-1]
    items = _restated_by_label(ev)
    if len(items) < 2 or num not in items:
        return spans, {}
    for brk in _PARAGRAPH_BREAK.finditer(t.original, lo, hi):
        start = brk.end()
        if start >= hi:
            break
        u = t.unit(start)
        if t.bounds(u)[0] < start - 1 or ev.roles[u] in _NOT_A_CLAUSE_ROLE:
            continue
        a, b = t.bounds(u)
        if not any(sig in _HOLD_SIGNALS and a <= x < b for sig, x, _ in ev.signals) or part_labels(t.original[a:b]) is not None:
            continue
        label = _subject_part(ev, t.original[a:b], items)
        if label is None or label == num or label not in {n for n, _, _ in spans}:
            return spans, {}
        return spans[:-1] + [(num, lo, start)], {label: (start, hi)}
    return spans, {}


def _subject_holds(ev: _Events, by_subject: dict[str, tuple[int, int]], parts: list[PartReading]) -> list[PartReading]:
    """rd51: what a paragraph attached by its subject holds back, read into that part: a part read as given becomes
    partly given, with the paragraph's sections and its words as evidence; a part that gave nothing keeps its reading
    and gains the sections."""
    if not by_subject:
        return parts
    out = []
    for p in parts:
        rng = by_subject.get(p.number)
        if rng is None:
            out.append(p)
            continue
        lo, hi = rng
        cited = _clause_sections(ev, lo, hi)
        first = next((ev.t.bounds(u) for u in range(ev.t.unit(lo), ev.t.unit(max(lo, hi - 1)) + 1)
                      if any(sig in _HOLD_SIGNALS and ev.t.bounds(u)[0] <= x < ev.t.bounds(u)[1] for sig, x, _ in ev.signals)), (lo, hi))
        update = {"sections": p.sections + [x for x in cited if x not in p.sections],
                  "evidence": (p.evidence + [ev.t.quote(*first)])[:MAX_EVIDENCE]}
        if p.outcome == Outcome.disclosed:
            update |= {"outcome": Outcome.part_disclosed, "implicit": False}
        out.append(p.model_copy(update=update))
    return out


def _own_span(spans: list[tuple[str, int, int]], label: str) -> tuple[int, int]:
    return next(((lo, hi) for num, lo, hi in spans if num == label), (0, 0))


def _detail_withheld_in(ev: _Events, lo: int, hi: int) -> bool:
    """rd33: in lo..hi, every hold-back clause holds back a detail of what was asked (the names, the exact number)
    and another clause gives information ("Fewer than five went to a hearing; the exact number and the names are
    withheld"): a share held back, the rest given. rd47 (nc45 #1): a hold-back limited to the figures under a threshold
    ("Breakdown by ethnicity: where numbers are fewer than 5 they have been withheld under Section 40(2)") holds back a
    share of the part's figures and gives the rest, with no other clause needed."""
    t = ev.t
    holds = gives = 0
    for u in range(t.unit(lo), len(t.starts)):
        a0, b0 = t.bounds(u)
        if a0 >= hi:
            break
        if ev.roles[u] in _NOT_A_CLAUSE_ROLE:
            continue
        for a, b in decision_clauses(t.original, max(a0, lo), min(b0, hi)):
            kinds = _clause_kinds(ev, a, b)
            if kinds & _CLAUSE_HOLDS:
                share = withholds_a_share(t.original[a:b])
                if not (share or withholds_a_detail(t.original[a:b])) or kinds & (_CLAUSE_HOLDS - {"withheld"}):
                    return False
                holds += 1
                gives += share  # the figures over the threshold are given
            elif "information" in kinds:
                gives += 1
    return holds > 0 and gives > 0


def _rule_pass(text: str):
    """The hand-ordered reading (the rules in the module doc): events, the whole reply's signals, outcome,
    deciding signals, ncnd, part spans, parts, confidence. Parts are combined by `_combine_parts` (all given ->
    disclosed; some given and some withheld, not held, NCND or too costly -> part_disclosed)."""
    ev = _events(text if isinstance(text, str) else "")
    found = ev.found()
    outcome, deciding = _decide(found)
    ncnd = found.has("ncnd", "ncnd_partial") or any(_rules().role(s) == "ncnd" for s in found.sections if s not in ev.ncnd_demoted)
    # rd48: nor where the reply's only ground is the cost limit ("Under section 12 ... the time in determining whether
    # any information is held ... is estimated to exceed 18 hours ... we are therefore unable to confirm or deny"):
    # confirming is what would cost too much, whatever words it is told in
    cost_only = (outcome == Outcome.cost_limit and found.has("cost") and bool(found.sections)
                 and all(_rules().role(s) in ("cost", "procedural", "notice") for s in found.sections))
    if ((found.has("cost_confirm") or any(s.replace(" ", "").startswith("12(2)") for s in found.sections) or cost_only)
            and not any(_rules().role(s) == "ncnd" for s in found.sections)):
        # not confirming because of the cost (s12(2)) is not an NCND exemption; rd43: nor where FOIA s12(2) is the
        # ground cited for "we can neither confirm nor deny" ("... would exceed the appropriate costs limit under
        # Section 12(2)"), the cost of confirming told in other words
        ncnd = False
    if ncnd and not any(sig in ("ncnd", "ncnd_partial") for sig, _, _ in ev.signals) and _confirms_held(ev):
        # rd50: "I can confirm that the information you have requested is held ... I have today decided to exempt any
        # information ... pursuant Section 24(2) ... and Section 31(3)": the reply has confirmed that it holds the
        # information, so no NCND is left to make; the NCND provisions, cited with no words of neither confirming nor
        # denying, hold the information back as their exemptions do (a refusal, not an NCND)
        ncnd = False
        ev.ncnd_demoted |= {x for x in found.sections if _rules().role(x) == "ncnd"}
        if outcome == Outcome.ncnd:
            outcome, deciding = Outcome.refused, ["ncnd", "held"]
    if (outcome == Outcome.refused and ncnd and found.has("ncnd") and not found.has(
            "ncnd_partial", "give", "give_part", "not_held", "cost", "published", "vexatious")
            and found.sections and all(_rules().role(x) in ("ncnd", "procedural", "notice") for x in found.sections)
            and not any(sig == "withhold" and any(ev.t.unit(c) == ev.t.unit(a) for _, csig, c, _ in ev.citations
                                                  if csig not in ("notice", "ground"))
                        for sig, a, _ in ev.signals)):
        # rd53: "I am not obliged to supply the information you have requested. ... this letter represents a Refusal
        # Notice ... West Midlands Police can neither confirm nor deny that it holds the information ... S30(3), S31(3)":
        # the refusal said in general words, no exemption cited beside it, every section an NCND provision - the
        # refusal is the NCND's own wording, and the reply neither confirms nor denies
        outcome, deciding = Outcome.ncnd, ["ncnd"]
    if outcome == Outcome.not_held and _not_held_only_in_that_form(ev):
        # rd29: "held ... however cannot be disclosed. The information is not held in an easily retrievable format ...
        # 1193 records, 1.5 minutes per record": the not-held is of the form, the decision is the cost of the search
        outcome, deciding = Outcome.cost_limit, ["not_held", "cost"]
    spans = _parts(ev)
    spans = _joint_headings(ev, spans)
    spans, by_subject = _trailing_holds_by_subject(ev, spans)
    parts: list[PartReading] = []
    joint: list[str] = []
    shared: dict[tuple[int, int], list[str]] = {}
    for num, lo, hi in spans:
        shared.setdefault((lo, hi), []).append(num)
    for num, lo, hi in spans:
        if len(shared[(lo, hi)]) > 1 and num != shared[(lo, hi)][-1]:
            continue  # rv61: a part under a range heading ("Questions 1 to 3") is read once, with the last it names
        marker_end = ev.answer_starts.get(lo) or (_MARKER.match(ev.t.original, lo).end() if _MARKER.match(ev.t.original, lo) else lo)
        refers = _refers_back(ev, num, marker_end, hi, parts)
        if refers == "n/a":
            continue  # "2. Not applicable": the question does not arise, nothing was decided for it
        if refers == "above":
            pre = ev.found(0, spans[0][1])
            pre_outcome, pre_deciding = _decide(pre)
            if pre_outcome in _WITHHELD_LIKE + (Outcome.vexatious,):
                parts.append(PartReading(number=num, outcome=pre_outcome, evidence=_evidence(pre, pre_deciding, False)[:1]))
                continue
            refers = None
        if refers is None and _JOINT_MARK.match(ev.t.original[marker_end:hi]):
            joint.append(num)  # rd32: "1. and 2. Revocation decisions are recorded ...": one answer for both
            continue
        part = _part_reading(ev, num, lo, hi, marker_end) if refers is None else refers.model_copy(
            update={"number": num, "follows": refers.follows or refers.number})
        if part is not None and refers is None:
            part = _as_received(ev, part, marker_end, hi)
            if part.outcome == Outcome.refused and _detail_withheld_in(ev, marker_end, hi):
                # rd33: "3. Fewer than five went to a hearing; the exact number and the names are withheld": a detail
                # held back, the part answered
                part = part.model_copy(update={"outcome": Outcome.part_disclosed})
        if part is not None:
            parts.extend(part.model_copy(update={"number": j, "follows": part.number}) for j in joint)
            # rv61: the other parts the same range heading names share its answer, each under its own number
            parts.extend(part.model_copy(update={"number": j}) for j in shared[(lo, hi)][:-1])
            parts.append(part)
        joint = []
    parts = _cross_part_holds(ev, spans, parts)
    parts = _subject_holds(ev, by_subject, parts)
    confidence = _confidence(found, outcome)
    if parts and _whole_ncnd_before_parts(ev.found(0, spans[0][1]), parts):
        outcome, confidence, parts = Outcome.ncnd, "medium", []
    if parts:
        preamble = ev.found(0, spans[0][1])
        if preamble.has("give") and all(a in ev.pointed for sig, a, _ in ev.signals if sig == "give" and a < spans[0][1]):
            # rd28: "Our answers are below. 1. ... This would be held with Biffa.": the preamble points at the parts'
            # answers; what they decide is the outcome, the pointer gives nothing of its own
            preamble.quotes.pop("give")
        where = frozenset(num for num, lo, hi in spans if _POINTS_WHERE.search(ev.t.original, lo, hi)
                          or _pointer_says_where(ev, lo, hi))
        outcome, confidence = _combine_parts(outcome, preamble, parts, where)
        if outcome == Outcome.ncnd and _scoped_to_later_questions(ev, Outcome.ncnd):
            # rd49: the NCND names the parts it decides and they are later ones ("In respect of questions 3 and 4, the
            # force can neither confirm nor deny"): those parts only; the earlier ones were answered
            outcome, confidence = Outcome.part_disclosed, "medium"
        if (outcome == Outcome.part_disclosed and found.has("goodwill") and found.has("cost") and not found.has("give_part")
                and all(p.outcome in (Outcome.disclosed, Outcome.cost_limit) for p in parts)):
            # "as a gesture of goodwill I have supplied information ... For Question 3 we have provided overall seized
            # figures": what is given beside a cost refusal of the whole is given outside the Act
            outcome, confidence = Outcome.cost_limit, "medium"
        elif (outcome in (Outcome.disclosed, Outcome.part_disclosed) and found.has("vexatious")
              and not found.has("give", "give_part", "withhold", "not_held", "cost", "ncnd", "published")
              and all(p.implicit for p in parts if p.outcome in (Outcome.disclosed, Outcome.part_disclosed))
              and not _parts_give(ev, spans, parts)):
            # "1. The knife found at ... 2. The water bottle ... We regard your request as vexatious": section 14 refuses
            # the request itself, never a part of it; numbered lines with no decision words are the request restated (rd22)
            outcome, confidence = Outcome.vexatious, "medium"
        elif outcome == Outcome.disclosed and _preamble_holds_back_other_questions(ev, spans[0][1], parts):
            # "We have answered questions 1 and 2 below. Question 3 would exceed the cost limit. 1. 240 2. £18,000"
            outcome, confidence = Outcome.part_disclosed, "medium"
        elif outcome == Outcome.disclosed and _preamble_holds_back_a_share(ev, spans[0][1], spans):
            # rd44: before the answers, the decision itself says a share is held back or not held ("We hold part of the
            # information you have requested", "I am exempting details of any vehicles used in a covert manner,
            # pursuant to section 31(1)(a)", "some of the information you have requested is held"): every part read
            # answered is what was given, not the whole
            outcome, confidence = Outcome.part_disclosed, "medium"
        elif outcome == Outcome.part_disclosed and _whole_cost_refusal_gives_nothing(ev, found, spans, parts):
            # "Your request would exceed the cost limit ... It may be helpful to know, in relation to question 2, ...":
            # a cost refusal of the request, the numbered questions restated or explained, nothing given (rd20)
            outcome, confidence = Outcome.cost_limit, "medium"
        elif outcome == Outcome.part_disclosed and not found.has("give_part") and _cost_names_every_part(ev, parts):
            # "In relation to Question 1 / 2 / 3 and 4. Below is an explanation ... why this information cannot be
            # retrieved within the cost limit": a cost refusal of every question; what follows each is its estimate
            outcome, confidence = Outcome.cost_limit, "medium"
        if outcome in (Outcome.disclosed, Outcome.part_disclosed) and _nothing_held_in_any_part(ev, spans, parts):
            # rd29: "1. This area is dealt with by East Sussex County Council ... 2. The Council does not own any housing
            # stock": one part held by another body, the others answered only by saying the thing does not exist here
            outcome, confidence = Outcome.not_held, "medium"
        deciding = ["give_part", "give", "withhold", "not_held", "published", "cost", "ncnd", "ncnd_partial", "notice"]
    elif (outcome == Outcome.cost_limit and found.has("pending", "extension") and not found.has("give", "give_part", "goodwill")
          and _decision_to_come(ev)):
        # "some/or all of your request may be subject to an exemption. S12 cost of compliance exceeds appropriate limit
        # ... you will receive a further response once a decision has been made": a holding letter names the grounds it
        # may use; the decision is promised, not made (rd22)
        outcome, confidence, deciding = Outcome.pending, "medium", ["pending", "extension"]
    elif outcome == Outcome.pending and not found.has("pending", "extension", "notice") and _decision_upheld(ev, found):
        # rd97 (issue 10, item 4): a review's outcome that decides nothing but "the original decision is upheld": the
        # first reply's refusal stands, nothing more is given (not an answer stated as fact)
        outcome, confidence, deciding = Outcome.refused, "medium", ["withhold"]
    elif outcome == Outcome.pending and not found.has("pending", "extension", "notice") and _answer_figures(ev):
        # figures with no decision words at all: an answer given without saying so ("42 officers")
        outcome, confidence = Outcome.disclosed, "medium"
    elif outcome == Outcome.pending and not found.has("pending", "extension", "notice", "held") and _not_kept(ev):
        # no decision cue and no answer, but a clause says nothing is kept or was found: "There is no record of this"
        outcome, confidence = Outcome.not_held, "medium"
    elif outcome == Outcome.pending and not found.has("pending", "extension", "notice", "held") and not _holding(ev) and _prose_answers(ev):
        # no decision cue, but sentences that answer in words: "Yes, the Trust uses a system supplied by Allocate"
        outcome, confidence = Outcome.disclosed, "medium"
    elif outcome == Outcome.pending and not found.has("pending", "extension", "notice", "held", "no_such") and not _holding(ev) and _plain_statements(ev):
        # no decision cue, but the authority states facts: "Four vehicles were written off in 2022", "All our buses are
        # fitted with CCTV"; "unclear" is kept for a text that says nothing of the kind. (Neither these nor the answers
        # in words are read in a reply that says what its answer waits on - `_holding`, rd15: "The Trust is seeking
        # the views of the third party" states no answer.)
        outcome, confidence = Outcome.disclosed, "medium"
    elif outcome == Outcome.not_held and _only_nothing_more(ev) and _fact_units(ev, 0, len(ev.t.original)):
        outcome, confidence = Outcome.disclosed, "medium"  # figures, then "we hold no further information"
    elif (outcome in (Outcome.refused, Outcome.not_held, Outcome.cost_limit, Outcome.ncnd, Outcome.published) and _fact_units(ev, 0, len(ev.t.original))
          and not (outcome == Outcome.cost_limit and found.has("goodwill"))  # a goodwill figure beside a cost refusal
          # "to provide the full information requested would exceed the appropriate limit": a figure beside a cost
          # refusal that names the whole is context ("Please be aware that the number ... has been reduced by 12")
          and not (outcome == Outcome.cost_limit and _cost_names_the_whole(ev))
          # beside a cost refusal, a figure in a sentence about where and how things are recorded is the search's
          # ("The information is held by each of our 14 departments")
          and not (outcome == Outcome.cost_limit and all(_RECORDS_WHERE.search(ev.t.lower, *ev.t.bounds(u))
                                                         for u in _fact_units(ev, 0, len(ev.t.original))))
          and not (outcome in _WHOLE_SIGNAL and _whole_not_held(ev, _WHOLE_SIGNAL[outcome])
                   # rd29: ... unless the figures stand in a headed list of their own after it ("Financial Year spend:
                   # 2020/21 - £2,504,308 ..."): another thing asked, answered
                   and not (outcome == Outcome.not_held and _headed_figures(ev)))
          # rd23: beside "not held", the body telling what it is ("The University has around 24,000 students") answers
          # nothing
          and not (outcome == Outcome.not_held and all(_SELF_DESCRIPTION.match(ev.t.original, ev.t.bounds(u)[0])
                                                       for u in _fact_units(ev, 0, len(ev.t.original))))
          # beside "published", a figure counts only in a sentence that is not about the publication or the request
          # ("it is the 9th file from the top", "spending over £250 is reported by period"): rd13
          and not (outcome == Outcome.published and not any(
              not _PUBLICATION_TALK.search(ev.t.lower, *ev.t.bounds(u)) and not _ABOUT_THE_REQUEST.search(ev.t.original, *ev.t.bounds(u))
              for u in _fact_units(ev, 0, len(ev.t.original))))):
        # figures given in one place, the rest withheld, not held or published in another
        outcome, confidence = Outcome.part_disclosed, "medium"
        if (found.quotes.keys() & {"published"} and not found.has("withhold", "not_held", "ncnd", "ncnd_partial", "cost", "notice")
                and _pointer_says_where(ev, 0, len(ev.t.original))):
            # rd36 (the lead's ruling, rd35): figures for some questions and a pointer that says where the rest is
            # published ("This information is available on Planning Public Access Website (https://...)"): all given
            outcome = Outcome.disclosed
    elif outcome == Outcome.not_held and not spans and _headed_figures(ev):
        # rd29: "... we declare the information is not held. Financial Year spend: 2020/21 - £2,504,308 ...": a headed
        # list of amounts after the not-held answers something else that was asked
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif outcome == Outcome.cost_limit and not found.has("goodwill", "give_part") and _cost_of_a_share(ev) and _answered_beside(ev, found):
        # "The Trust uses a rostering system called HealthRoster. Providing the number of shifts unfilled each month
        # would exceed the 18 hours": a named share refused on cost, the rest answered
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif outcome in (Outcome.refused, Outcome.ncnd) and _published_share_beside_refusal(ev):
        # rd49: "The diffusion tube data is published in our Annual Status Report at https://... The correspondence is
        # withheld ...": a pointer at where one named share of what was asked is published decides that share (rd35:
        # it is given); the refusal decides the rest
        outcome, confidence = Outcome.part_disclosed, "medium"
        deciding = ["published"] + [d for d in deciding if d != "published"]
    elif outcome in (Outcome.refused, Outcome.ncnd) and _answer_statements(ev):
        # an answer in words beside the refusal ("The Council uses the Idox system. The contract value is exempt"); not
        # beside "not held" or a cost refusal, where such sentences explain the records or the search
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif outcome in (Outcome.refused, Outcome.not_held, Outcome.cost_limit, Outcome.ncnd) and _scoped_to_later_questions(ev, outcome):
        # rd49: an NCND too decides only the questions it names ("In respect of questions 3 and 4, the force can neither
        # confirm nor deny"): the earlier ones were answered, so the whole is part disclosed, with NCND
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif outcome == Outcome.not_held and _answer_statements(ev) and _held_back_scopes(ev) and all(
            scope == "item" for _, scope in _held_back_scopes(ev)):
        # "The vehicle is owned by the Council. The mileage records are not held.": an answer in words, and one named
        # thing not held (a not-held of "this information" keeps the sentence beside it as a description)
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif outcome in (Outcome.refused, Outcome.ncnd) and _answered_outside_scope(ev):
        # "Section 24(1) applies to questions 1 - 5. 6. Thames Valley Police, ... 7. Neither confirm nor deny."
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif outcome == Outcome.ncnd and _ncnd_of_the_rest(ev):
        outcome, confidence = Outcome.part_disclosed, "medium"  # "In relation to the remainder of questions 1-3, ... NCND"
    elif outcome in (Outcome.refused, Outcome.not_held, Outcome.cost_limit) and _held_back_in_part(ev):
        outcome, confidence = Outcome.part_disclosed, "medium"  # "In relation to the remainder of your request, ... not held"
    if outcome == Outcome.disclosed and (upheld := _upheld_in_part(ev)) is not None:
        # rd98: "I have partially upheld your complaint. I have attached the breakdown ...": what the review gives is a
        # share; the rest of the first decision stands (its sentence is the first quote shown)
        outcome, confidence = Outcome.part_disclosed, "medium"
        found.quotes.setdefault("upheld_in_part", []).append((upheld, ev.t.quote(*ev.t.bounds(upheld))))
        deciding = ["upheld_in_part"] + list(deciding)
    if not parts and outcome in (Outcome.disclosed, Outcome.not_held, Outcome.pending) and _held_some(ev) is not None and (
            outcome == Outcome.disclosed or found.has("give") or _fact_units(ev, 0, len(ev.t.original))
            or (not found.has("pending", "extension") and (_prose_answers(ev) or _plain_statements(ev)))):
        # "we hold some of the information captured by your request. [an answer] We do not hold ...": what is given is
        # not the whole of what was asked (an answer beside "held in part" is a share; a cost refusal keeps its reading)
        outcome, confidence = Outcome.part_disclosed, "medium"
        u = _held_some(ev) or 0
        found.quotes.setdefault("held_some", []).append((u, ev.t.quote(*ev.t.bounds(u))))
        deciding = ["held_some"] + list(deciding)
    if not parts and outcome in (Outcome.disclosed, Outcome.pending) and _fee_notice(ev):
        # a fees notice (FOIA / FOISA s9, EIR reg 8): the information waits on the payment asked, whatever the letter
        # offers ("We can provide the plans as paper copies. There will be a charge of £22.50 ... please confirm that
        # you agree to pay"): rd15
        outcome, confidence, deciding = Outcome.pending, "medium", ["pending", "extension"]
    if (not parts and outcome == Outcome.published and found.has("not_held")
            and not found.has("give", "give_part", "withhold") and _published_by_another(ev)):
        # "does not hold ... However, Scottish Government Statistics already publish the information": held and
        # published by another body, not by this one (rd23)
        outcome, confidence, deciding = Outcome.not_held, "medium", ["not_held", "published"]
    elsewhere = _held_elsewhere(ev) if outcome in (Outcome.pending, Outcome.not_held) and not parts else None
    if outcome == Outcome.pending and elsewhere is not None:
        # "We have passed your request to the Home Office": the answer is to come from there (pending); "This is held
        # by NHS England. Please contact them": this body does not hold it (not_held), the requester asks there (rd20)
        outcome, confidence = (Outcome.pending if elsewhere[1] else Outcome.not_held), "medium"
    ev.elsewhere = elsewhere
    if ((outcome in (Outcome.disclosed, Outcome.part_disclosed) or (outcome == Outcome.pending and confidence == "low"))
            and not elsewhere and _holding_letter(ev, spans, parts)):
        # rd25: every decision-bearing sentence promises, asks for or explains a step still to come (an acknowledgement
        # with its due date, an extension, a request for clarification or proof of name): nothing is decided yet,
        # whatever "information", "provide" or a restated numbered request the letter contains
        outcome, confidence, deciding, parts = Outcome.pending, "medium", ["pending", "extension"], []
    if (not parts and outcome == Outcome.refused and found.has("withhold") and found.has("not_held")
            and not found.has("give", "give_part", "published", "ncnd", "ncnd_partial")
            and not any(_rules().role(x) in ("exemption", "ncnd") for x in found.sections)
            and not any(p.search(ev.t.lower) for p, _ in _named_exemptions())):
        # rd28: "we are unable to provide you with the data ... we would need to create an analysis ... We therefore
        # consider this to be information not held": a refusal that names no exemption anywhere (by number or in words:
        # reply_exemption_names.yaml), and gives nothing
        # beside it, takes its ground from the not-held said with it
        outcome, deciding = Outcome.not_held, ["not_held", "withhold"]
    if not parts and outcome == Outcome.published and _acknowledged_only(ev, found):
        # rd27: "We have received your request and will respond within 20 working days. You may find the information
        # you need in our publication scheme at https://...": an acknowledgement with a general pointer, not an answer
        outcome, confidence, deciding = Outcome.pending, "medium", ["pending", "extension"]
    if outcome == Outcome.pending and confidence == "low" and _holding(ev):
        # no final answer, and the reply says what the answer waits on (clarification, a fee, the public interest test,
        # another office): a holding letter read as one, not a reading to doubt (rd15)
        confidence = "medium"
    if not parts and outcome == Outcome.part_disclosed and not _scoped_to_later_questions(ev, _decide(found)[0]) and not (
            _answered_outside_scope(ev) or _ncnd_of_the_rest(ev)):
        # rd30: the whole request read as one part: partly given only if some sentence gives information for it; the
        # search, its estimate, advice, the ground, the review's process or the request restated give nothing
        whole = _nothing_given(ev, 0, len(ev.t.original), outcome)
        if whole is not None:
            outcome, confidence = whole, "medium"
    elif (not parts and outcome == Outcome.published and any(sig == "published" for sig, _, _ in ev.signals)
          and not any(_rules().role(x) == "published" for x in found.sections) and not _pointer_units(ev, 0, len(ev.t.original))):
        # rd30: read published from sentences that point only at what the body publishes in general, at further
        # reading or at the law (no pointer at the answer, no section for published information cited): what the
        # request received decides
        received = _received(ev, 0, len(ev.t.original))
        whole = combine_received(received)
        if whole is not None and whole != Outcome.published:
            outcome, confidence = whole, "medium"
    if (not parts and not spans and outcome == Outcome.cost_limit and not found.has("goodwill", "cost_confirm")
            and _cost_of_a_share_beside_an_answer(ev)):
        # rd35: "The total spent was £48,200 in 2022/23. ... which of these payments related to agency staff would exceed
        # the cost limit. We are therefore refusing this element of your request under section 12": a share refused
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif (not parts and not spans and outcome == Outcome.cost_limit and not found.has("goodwill", "cost_confirm")
          and _pointer_gives_a_share(ev) and not _refuses_whole(ev)):
        # rd35 (the lead's ruling): "The figures to 2023 are published at https://...; the breakdown you ask for would
        # exceed the cost limit": a pointer at where a share is published gives that share. rd79: not when the cost
        # refusal says in its own words that it refuses the whole request ("Consequently, we are not obliged to respond
        # to your request (section 12(1)). We publish the responses to our consultations ..."): the pointer is advice
        # beside the refusal of everything asked (section 16), no share of it given
        outcome, confidence = Outcome.part_disclosed, "medium"
    elif (not parts and not spans and outcome == Outcome.not_held and not found.has("give", "give_part", "withhold", "cost", "ncnd")
          and _cost_of_a_share_beside_an_answer(ev, "not_held")):
        # rd35: "The council spent £3,400 on removal in 2023. The area cleaned: this information not retained": a share
        # not held beside figures given
        outcome, confidence = Outcome.part_disclosed, "medium"
    if not parts and not spans and outcome == Outcome.refused and _detail_withheld_in(ev, 0, len(ev.t.original)):
        # rd33: "12 complaints were received, fewer than five upheld; the names are withheld under section 40(2)": a
        # detail held back, what was asked answered
        outcome, confidence = Outcome.part_disclosed, "medium"
    if not parts and not spans and outcome not in (Outcome.pending, Outcome.withdrawn, Outcome.vexatious) and not found.has("goodwill"):
        beyond = outcome == Outcome.part_disclosed and (_answered_outside_scope(ev) or _ncnd_of_the_rest(ev))
        built = _parts_from_clauses(ev, outcome, beyond)
        if built is not None:
            parts, outcome, ev.parts_unclear = built
            confidence = "low" if ev.parts_unclear else "medium"
            deciding = ["give_part", "give", "withhold", "not_held", "published", "cost", "ncnd", "ncnd_partial", "notice"]
    if outcome == Outcome.disclosed and _refusal_notice_heading(ev):
        # rd36: "Q1 & 2: 1 Castleham Road - 01/06/16 - 15/08/16 ... Notice of Refusal / Please note that I consider the
        # information ... regarding current unoccupied council buildings to be exempt ...": a refusal notice headed on a
        # line of its own beside the answers refuses a share, whatever its own sentence was cut to
        outcome, confidence = Outcome.part_disclosed, "medium"
        deciding = ["notice"] + list(deciding)
    if outcome in (Outcome.refused, Outcome.not_held, Outcome.part_disclosed, Outcome.pending) and _refused_for_the_work(ev, found, parts):
        # rd43: "held in part by Northumbria Police however cannot be disclosed for the following reasons. To provide
        # information ... would entail a member of staff manually searching ...": a refusal whose only ground is the
        # work of finding the information is on cost, named or not
        outcome, confidence, deciding, parts = Outcome.cost_limit, "medium", ["cost", "withhold", "not_held"], []
    if (outcome == Outcome.part_disclosed and found.has("none_given") and not found.has("give_part")
            and not any(p.outcome in (Outcome.disclosed, Outcome.part_disclosed) and not p.implicit for p in parts)):
        # rd48: the reply says none of the request is answered ("we cannot answer any part of it"): no share was given,
        # whatever else it tells; the refusal it makes decides (the rules' order, `_decide`, without the give)
        refusal, said = _decide(found)
        if refusal not in (Outcome.disclosed, Outcome.part_disclosed, Outcome.pending):
            outcome, confidence, deciding, parts = refusal, "medium", said + ["none_given"], []
    if (outcome == Outcome.part_disclosed and not parts and found.has("give_part") and found.has("not_held")
            and _gives_only_within_give_part(ev)
            and not found.has("withhold", "cost", "cost_confirm", "ncnd", "ncnd_partial", "published")
            and not _fact_units(ev, 0, len(ev.t.original)) and not _count_after_share(ev) and not _HANDED_OVER.search(ev.t.lower)
            and not _URL.search(ev.t.original)):
        # rd99 (nc97: Thurrock's answer 4): "The transport system does not store historic data regarding routes for the
        # last 3 years, the only information we can provide ... is based on the current number of routes": what could be
        # given is described, none of it is given (no figure, nothing attached or linked): the years asked are not held
        outcome, confidence, deciding = Outcome.not_held, "medium", ["not_held"]
    if (not parts and ncnd and outcome == Outcome.published and _ncnd_of_other_only(ev)
            and not found.has("give", "give_part", "withhold", "not_held", "no_such", "cost", "cost_confirm", "vexatious")):
        # rd50: a pointer beside an NCND of "any other information" ("... can neither confirm nor deny that it holds any
        # other information relevant to this request"). The lead's ruling on rd49: a pointer decides a part only where the
        # reply ties it to one (restates the request - "The information you requested is published at ..." - or names
        # the question): then that share is given and the NCND covers the rest (partly given, with NCND, as the labels
        # read an answer beside the "any other" NCND). A bare link beside a refusal keeps the refusal: the NCND (rd6:
        # "any other information" alone reads as the NCND it says), never "published"
        if _pointer_tied_to_request(ev):
            outcome, confidence, deciding = Outcome.part_disclosed, "medium", ["published", "ncnd"]
        else:
            outcome, deciding = Outcome.ncnd, ["ncnd"]
    return ev, found, outcome, deciding, ncnd, spans, parts, confidence


# rd50: the reply confirms that it holds what was asked for ("I can confirm that the information you have requested is held
# by ...", "We can confirm that the Council does hold the information requested")
_CONFIRMS_HELD = re.compile(
    r"\b(?:i|we) (?:can |am able to |are able to |do )?confirm that\b[^.;]{0,80}?\b(?:(?:is|are) held\b|does hold\b|do hold\b"
    r"|holds? (?:the |some |all )?(?:of the )?(?:requested )?information\b)", re.I)


def _gives_only_within_give_part(ev: _Events) -> bool:
    """rd99: every give the reply makes is the words of a share offered ("the only information we can provide" holds
    "we can provide"): no give of its own beside it."""
    shares = [(a, b) for sig, a, b in ev.signals if sig == "give_part"]
    return all(any(x <= a and b <= y for x, y in shares) for sig, a, b in ev.signals if sig == "give")


_SHARE_COUNT = re.compile(r"£\s?\d|\b(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\b(?!\s*(?:/|-|\u2013)\s*\d)")


def _count_after_share(ev: _Events) -> bool:
    """rd99: a sum or a count (not a year) after the words of a share offered ("the only information we can provide is
    for 2024, when 312 lessons were cancelled"): the share is given."""
    starts = [a for sig, a, _ in ev.signals if sig == "give_part"]
    return bool(starts) and bool(_SHARE_COUNT.search(ev.t.original, min(starts)))


def _confirms_held(ev: _Events) -> bool:
    """rd50: a sentence of the authority's own (not the request, not a quoted law) confirms that it holds the information."""
    t = ev.t
    return any(ev.roles[t.unit(m.start())] in ("other", "decision") for m in _CONFIRMS_HELD.finditer(t.original))


def _ncnd_of_other_only(ev: _Events) -> bool:
    """rd50: the reply neither confirms nor denies, and each sentence that does so limits it to "any other / further /
    additional" information (`_NCND_OTHER_CLAUSE`)."""
    t = ev.t
    units = {t.unit(a) for sig, a, _ in ev.signals if sig in ("ncnd", "ncnd_partial") and ev.roles[t.unit(a)] in ("other", "decision")}
    return bool(units) and all(_NCND_OTHER_CLAUSE.search(t.original, *t.bounds(u)) for u in units)


# rd50: "any other / further information" as what the NCND itself is about ("... can neither confirm nor deny that it holds
# any other information"), not anywhere in its sentence ("... regarding PENLINK, or any other likeminded provider")
_NCND_OTHER_CLAUSE = re.compile(
    r"\bconfirm(?:s|ing)?,? (?:n?or) den(?:y|ies|ying)\b[^.;]{0,60}?\b(?:any|all) (?:other|further|additional) (?:relevant )?"
    r"(?:information|data|records|documents)\b", re.I)


# rd50: what ties a pointer to the request (the lead's ruling on rd49): it restates what was asked for ("the information
# you requested", "the data you require") or names the question
_TIED_TO_REQUEST = re.compile(
    r"\bthe (?:requested (?:information|data|figures|statistics|records|documents)"
    r"|(?:information|data|figures|statistics|records|documents) (?:that |which )?you (?:have )?(?:requested|asked for|sought|require|are seeking|seek))\b",
    re.I)


def _pointer_tied_to_request(ev: _Events) -> bool:
    """rd50: a sentence that points at where the answer is published restates the request or names a question."""
    t = ev.t
    for u in _pointer_units(ev, 0, len(t.original)):
        a, b = t.bounds(u)
        if _TIED_TO_REQUEST.search(t.original, a, b) or _SCOPE_PARTS.search(t.original, a, b):
            return True
    return False


_SALUTATION = re.compile(r"\s*dear\b", re.I)
_ANSWER_NAMED = re.compile(r"\bthe (?:answer|response|reply) to (?:your )?(?:question|part|point|request) \(?\w{1,3}\)? (?:is|was|are)\b", re.I)
_ANSWER_HEADING = re.compile(r"\W*(?:our |the )?(?:response|answer|reply|decision)s?(?: to (?:your|the) (?:request|questions?))?\W*", re.I)
_POINTS_BACK = re.compile(r"\b(?:see|refer to|as (?:explained|stated|set out|detailed)|as per)\b[^.;]{0,40}?\b(?:above|earlier|previous(?:ly)?)\b"
                          r"|^\W*(?:[\w&, ]{0,20}[:.)-]\s*)?as above\b")
_GIVING_SIGNALS = ("give", "give_part", "nil_answer")


def _parts_give(ev: _Events, spans: list[tuple[str, int, int]], parts: list[PartReading]) -> bool:
    """A part read as given holds an answer of its own (figures, an answer in words): "1. 42 2. £3,000" (rd22)."""
    given = {p.number for p in parts if p.outcome in (Outcome.disclosed, Outcome.part_disclosed)}
    for num, lo, hi in spans:
        if num in given:
            marker = _MARKER.match(ev.t.original, lo)
            if _part_gives(ev, lo, hi, ev.answer_starts.get(lo) or (marker.end() if marker else lo)):
                return True
    return False


def _decision_to_come(ev: _Events) -> bool:
    """The reply says its decision is still to be made ("once a decision has been made", "additional time in which to
    consider these exemptions"), in a sentence of its own (not the rights notice, boilerplate or the request), after
    the last refusal on cost: the latest message is a holding letter (rd22)."""
    t = ev.t
    cost = [a for sig, a, _ in ev.signals if sig == "cost"] + [a for _, sig, a, _ in ev.citations if sig == "cost"]
    first = min(cost, default=0)
    return any(a >= first and ev.roles[t.unit(a)] in ("other", "decision", "hypothetical")
               for a, _, _ in _rules().scan("decision_to_come", t.lower))


def _giving_skip(ev: _Events) -> set[int]:
    """Sentences that cannot give an answer however they read (rd20): the estimate's workings and the advice
    (`_estimate_units`), the letterhead above the salutation ("6-12 Tothill Street"), the numbered questions listed
    above a "Response" / "Answer" heading with no decision of their own, and a pointer back at the refusal ("1 & 2:
    please see the explanation above")."""
    t = ev.t
    skip = set(_estimate_units(ev))
    dear = next((u for u in range(min(len(t.starts), 25)) if _SALUTATION.match(t.lower, t.starts[u])), None)
    if dear is not None:
        skip |= set(range(dear + 1))
    heading = next((u for u in range(len(t.starts)) if _ANSWER_HEADING.fullmatch(t.original, *t.bounds(u))), None)
    if heading is not None:
        decided = {t.unit(a) for sig, a, _ in ev.signals if sig in _DECISION_SIGNALS}
        skip |= {u for u in range(heading) if u not in decided and _MARKER.match(t.original, t.starts[u])}
    skip |= {u for u in range(len(t.starts)) if _POINTS_BACK.search(t.lower, *t.bounds(u))}
    # the request quoted back after a lead ending in a colon ('You wrote: "... 3. Proportion of complaints responded
    # to within 15 working days."'): from the opening quote to the closing one
    for u in range(1, len(t.starts)):
        a, b = t.bounds(u)
        if t.original[a:b].lstrip()[:1] in ('"', "\u201c") and t.original[slice(*t.bounds(u - 1))].rstrip().endswith(":"):
            quoted = set()
            for v in range(u, min(len(t.starts), u + _QUOTED_REQUEST_UNITS)):
                quoted.add(v)
                va, vb = t.bounds(v)
                if re.search(r"[\"\u201d]\W*$", t.original[va:vb].rstrip()) and (v > u or t.original[va:vb].count('"') >= 2):
                    skip |= quoted  # closed: the quotation (with no closing quote it is not one)
                    break
    return skip


_QUOTED_REQUEST_UNITS = 30


def _giving_units(ev: _Events) -> list[int]:
    """Sentences of the authority's own that give information (rd20): a give cue ("please find attached", "the figures
    are below"), figures stated as an answer (`_fact_units`), an answer in words (`_answer_statements`, yes / no / nil)
    or "the answer to question 1 is"; never in a hypothetical or conditional clause ("if you narrowed it we could
    provide a table"), the restated request, the rights notice, or a sentence of `_giving_skip`."""
    t = ev.t
    skip = _giving_skip(ev)
    out: set[int] = set()
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        if (sig in _GIVING_SIGNALS and u not in skip and t.role_at(ev.roles, a) in ("other", "decision")
                and not _conditional(t, a)):
            out.add(u)
    out |= {u for u in _fact_units(ev, 0, len(t.original)) if u not in skip}
    out |= {u for u in _answer_statements(ev) if u not in skip}
    out |= {u for u in range(len(t.starts)) if u not in skip and ev.roles[u] in ("other", "decision")
            and _ANSWER_NAMED.search(t.original, *t.bounds(u))}
    return sorted(out)


def _part_gives(ev: _Events, lo: int, hi: int, marker_end: int) -> bool:
    """A numbered answer read as given holds something given: a figure, a sum, a date or yes / no in the authority's
    own words after its marker ("1. 45"), outside `_giving_skip` (rd20)."""
    t = ev.t
    skip = _giving_skip(ev)
    body = []
    for u in range(t.unit(lo), t.unit(max(lo, hi - 1)) + 1):
        if u in skip or ev.roles[u] not in ("other", "decision") or _HEDGED.search(t.original, *t.bounds(u)):
            continue  # (a hedged sentence tells what it would take: "a) and b) could be extracted in about 2 hours")
        a, b = t.bounds(u)
        body.append(t.original[max(a, lo, marker_end) : min(b, hi)])
    text = " ".join(" ".join(body).split())
    return bool(_DATA.search(_A_YEAR.sub(" ", text)) or _YES_NO.match(text))


_A_YEAR = re.compile(r"\b(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?\b")


def _whole_cost_refusal_gives_nothing(ev: _Events, found: _Found, spans: list[tuple[str, int, int]] | None = None,
                                      parts: list[PartReading] | None = None) -> bool:
    """A cost refusal of the request itself (FOIA / FOISA s12, EIR reg 12(4)(b)): every refusal covers the request,
    the information asked for or "this information" (no refusal scoped to a question, a share, the rest or a named
    item: `_held_back_scopes`), and no sentence gives anything (`_giving_units`). What the reply says about one part ("in relation to
    acknowledgements, we would need to look at each case"), the numbered questions it restates and the advice on
    narrowing are then explanation, not answers (rd20)."""
    if not (found.has("cost") or any(sig == "cost" for _, sig, _, _ in ev.citations)):
        return False
    if found.has("give_part", "goodwill", "published", "not_held", "ncnd", "ncnd_partial"):
        return False
    t = ev.t
    units = {t.unit(a) for sig, a, _ in ev.signals if sig in _HOLD_BACK_SCOPED + ("notice",)}
    units |= {t.unit(a) for _, sig, a, _ in ev.citations if sig in _HOLD_BACK_SCOPED}
    # (the refusal sentence itself, even where it sits beside the estimate's workings)
    scopes = [_decision_scope(t.original[slice(*t.bounds(u))])[0] for u in sorted(units)
              if ev.roles[u] in ("other", "decision") and u not in ev.nothing_more]
    if not scopes or not all(scope in ("whole", "") for scope in scopes):
        return False  # a refusal scoped to a question, a share, the rest or a named item: the rest may be answered
    if _giving_units(ev):
        return False
    given = {p.number for p in parts or [] if p.outcome in (Outcome.disclosed, Outcome.part_disclosed)}
    for num, lo, hi in spans or []:
        if num in given:
            marker = _MARKER.match(t.original, lo)
            if _part_gives(ev, lo, hi, ev.answer_starts.get(lo) or (marker.end() if marker else lo)):
                return False  # "1. 45 2. 12 3. To answer this question would exceed the cost limit"
    return True


# another body named as the one that holds the information or that the request went to (rd20): a run of capitalised
# words, with "of / for / and / the" between them ("the Department for Education", "NHS England", "Transport for London")
_BODY = r"(?P<body>(?:the )?(?-i:[A-Z])[\w&-]*(?:[ ](?:(?:of|for|and|on|in|the)\b|(?-i:[A-Z])[\w&-]*)){0,8})"
_PASSED_TO = re.compile(
    r"\b(?:transferred|forwarded|passed|referred|redirected|sent)\s(?:your (?:request|enquiry|e-?mail|letter|communication)\s|it\s|this\s|them\s)?"
    r"(?:on\s)?(?:to|onto)\s" + _BODY, re.I)
_HELD_BY = re.compile(r"(?<!\bnot )(?<!\bnot be )\b(?:is|are|be|was|were) (?:only |likely to be |normally |usually |instead )?held (?:by|with)\s" + _BODY, re.I)
# rd28: the service is run by another body and the records with it ("Veolia undertake this as it is outsourced", "The
# service is contracted out to Serco")
_OUTSOURCED = re.compile(_BODY + r" (?:undertakes?|runs?|provides?|operates?|delivers?|manages?|carr(?:y|ies) out|does|do) (?:this|it|that|the (?:service|work|contract|collections?))"
                         r"\b[^.;:]{0,40}?\b(?:outsourced|contracted out|on (?:our|its|the \w+'s) behalf)\b"
                         r"|\b(?:is|are|has been|have been|was|were) (?:outsourced|contracted out|subcontracted) to\s" + _BODY.replace("<body>", "<body2>"), re.I)
# rd29: another body's business, not this one's ("1. This area is dealt with by East Sussex County Council, please
# visit their website"): what was asked is held there, if anywhere
_DEALT_WITH_BY = re.compile(r"(?<!\bnot )\b(?:is|are|was|were) (?:dealt with|handled|administered|managed|covered|the responsibility of|a matter for)"
                            r"(?: (?:by|for))?\s" + _BODY, re.I)
_PASSED_TO_THEM = re.compile(r"\b(?:transferred|forwarded|passed|referred|redirected|sent) (?:your (?:request|enquiry|e-?mail|letter) |it |this )(?:on )?(?:to|onto) (?:them|that (?:body|organisation|authority))\b", re.I)
_BODY_HOLDS = re.compile(r"(?<![\w'\u2019])" + _BODY + r",? (?:who |which )?(?:may|might|will|would|should|could|probably|is likely to|are likely to) hold\b", re.I)
_CONTACT_THEM = re.compile(
    r"\b(?:contact|write to|(?:re)?direct your (?:request|enquiry)|submit your (?:request|enquiry)|send your (?:request|enquiry)"
    r"|(?:requests?|enquiries) (?:can|should|may|could) be (?:made|sent|submitted|directed|addressed)|contact details)\b"
    r"|\b[\w.-]+@[\w-]+\.[\w.]+|\bwww\.|https?://", re.I)
# one of the body's own: "us", "our ...", "this office", a generic name alone ("the Council", "the Department"), or a
# part of it ("the Council's Finance team")
_OWN_SIDE = re.compile(r"(?i)^(?:(?:us|we|i|our|this|its|it|they|these|those|you|your|please|however|unfortunately|if)\b|(?:the )?(?:council|trust|force|department|team|unit|service|board|authority"
                       r"|university|college|school|office|organisation|ministry|commission|agency|police|constabulary|freedom"
                       r"|foi|information|correct|relevant|appropriate)s?$|.*['\u2019]s\b"
                       # a part of the body that answers ("the Information Team", "Adult Services"): not another body
                       r"|.*\b(?:team|unit|section|officer|directorate|division|services|mailbox|desk|department)$)")
_BODY_TAIL = re.compile(r"(?i)(?:[ ](?:of|for|and|on|in|the))+$|[.'\u2019]+$")


def _held_by_another(ev: _Events, lo: int, hi: int) -> bool:
    """Between lo and hi (one numbered answer with no decision words), a sentence says another body holds what was
    asked ("Foundry College would hold this information", "This is held by NHS England"), in the authority's voice and
    not as a condition (rd20)."""
    return _held_by_another_unit(ev, lo, hi) is not None


def _held_by_another_unit(ev: _Events, lo: int, hi: int) -> int | None:
    """The sentence of `_held_by_another` (rd28: quoted as the part's evidence), or None."""
    t = ev.t
    for pattern in (_HELD_BY, _BODY_HOLDS, _OUTSOURCED, _DEALT_WITH_BY):
        for m in pattern.finditer(t.original, lo, hi):
            if ev.roles[t.unit(m.start())] not in ("other", "decision") or _conditional(t, m.start()):
                continue
            body = _BODY_TAIL.sub("", (m.group("body") or m.groupdict().get("body2") or "").strip())
            if len(body) >= 3 and not _OWN_SIDE.match(body) and not re.match(r"['\u2019]s\b", t.original[m.end("body") : m.end("body") + 3]):
                return t.unit(m.start())
    return None


# rd23: a sentence in which the body says what it is: "The University has around 24,000 students and 3,000 staff"
_SELF_DESCRIPTION = re.compile(
    r"\W*(?:the |our |this )?(?:\w[\w'-]* ){0,4}(?:university|council|trust|force|constabulary|police|department|authority|board"
    r"|college|school|service|organisation|agency|commission|office|ministry|hospital|fund)\b[^.;]{0,30}?"
    r"\b(?:(?:has|have|had|employs|employed|serves|covers|is responsible for) (?:around |about |approximately |over |some |nearly "
    r"|almost |more than |roughly )?[\d,]+ (?:full[- ]time )?(?:students|staff|employees|officers|pupils|beds|members|sites|schools"
    r"|residents|people|patients|properties|households|hectares|square)\b|was (?:established|founded|created|formed) in\b)", re.I)
# rd23: the subject of a sentence that says the information is published ("However, Scottish Government Statistics
# already publish the information you are looking for")
_PUBLISHER = re.compile(r"\W*(?:(?i:however|but|but also|also|instead|alternatively|in addition),?\s)?(?P<body>[A-Z][\w&'\u2019-]*(?:\s(?:of|for|and|the|[A-Z][\w&'\u2019-]*)){0,7}?)"
                        r"\s(?:already |also |routinely |regularly |currently )?(?:publish(?:es)?|has published|have published)\b")


def _published_by_another(ev: _Events) -> bool:
    """Every sentence that says the information is published names another body as its publisher, and the reply's own
    not-held covers the whole: "Education Scotland does not hold or collate the information. However, Scottish
    Government Statistics already publish the information you are looking for": not held here, published there (rd23).
    (Where the authority publishes it itself, or gives a share, the published / part conventions stand.)"""
    t = ev.t
    units = sorted({t.unit(a) for sig, a, _ in ev.signals if sig == "published"})
    not_held = {t.unit(a) for sig, a, _ in ev.signals if sig == "not_held"}
    # the not-held names no share ("does not hold the information", "does not hold it")
    if not units or not not_held or "request" in ev.roles or _parts(ev) or any(
            _decision_scope(t.original[slice(*t.bounds(u))])[0] not in ("whole", "") for u in not_held):
        return False
    for u in units:
        m = _PUBLISHER.match(t.original, t.bounds(u)[0])
        if m is None or m.start("body") >= t.bounds(u)[1]:
            return False
        body = _BODY_TAIL.sub("", m.group("body").strip())
        if len(body) < 3 or _OWN_SIDE.match(body):
            return False
    return True


def _held_elsewhere(ev: _Events) -> tuple[str, bool, int] | None:
    """(the other body, passed on, the sentence) where the reply says, in its own voice and not as a condition, that it has passed
    the request to a named body ("We have passed your request to the Home Office", "your email has been forwarded to
    Leeds City Council"), or that a named body holds the information and the requester can contact it ("This is held
    by NHS England; please contact them"). Never "not held by <this body>" or a body that is one of its own ("the
    Council", "our Finance team")."""
    t = ev.t
    for pattern, passed in ((_PASSED_TO, True), (_HELD_BY, False), (_BODY_HOLDS, False)):
        for m in pattern.finditer(t.original):
            u = t.unit(m.start())
            if ev.roles[u] not in ("other", "decision") or _conditional(t, m.start()):
                continue
            if passed and re.search(r"\b(?:will|would|shall|may|might|can|could)\s(?:\w+\s)?(?:be\s)?$", t.lower[max(0, m.start() - 30) : m.start()]):
                continue  # "we will, if possible, pass it on": a promise, not done
            body = _BODY_TAIL.sub("", m.group("body").strip())
            if len(body) < 3 or _OWN_SIDE.match(body) or re.match(r"['\u2019]s\b", t.original[m.end("body") : m.end("body") + 3]):
                # (a team of a body, "passed to HMRC's Freedom of Information Team", is where it is answered, not another body)
                continue
            if not passed:
                # "... held by NHS England and we have transferred your request to them": passed on, to the body named
                on = any(not _conditional(t, o.start()) and ev.roles[t.unit(o.start())] in ("other", "decision")
                         for o in _PASSED_TO_THEM.finditer(t.original))
                if on:
                    return body, True, u
                if not _CONTACT_THEM.search(t.original, t.bounds(u)[0], min(len(t.original), t.bounds(u)[1] + 300)):
                    continue  # "held by" with no pointer to that body: who holds what, not where to ask
            return body, passed, u
    return None


def _upheld_in_part(ev: _Events) -> int | None:
    """rd98: the sentence (its unit) of the authority's own saying the review upheld the complaint, or the first
    decision, only in part (reply_phrases.yaml `upheld_in_part`); None: no such sentence."""
    t = ev.t
    return next((t.unit(a) for a, _, _ in _rules().scan("upheld_in_part", t.lower)
                 if ev.roles[t.unit(a)] in ("other", "decision", "procedural")), None)


def _decision_upheld(ev: _Events, found: _Found) -> bool:
    """rd97: a sentence of the authority's own saying the first decision stands (reply_phrases.yaml `decision_upheld`);
    its words become the withhold quote the explanation shows."""
    t = ev.t
    for a, _, _ in _rules().scan("decision_upheld", t.lower):
        u = t.unit(a)
        if ev.roles[u] in ("other", "decision", "procedural"):
            found.quotes.setdefault("withhold", []).append((u, t.quote(*t.bounds(u))))
            return True
    return False


def _answer_figures(ev: _Events) -> list[int]:
    """Figure sentences in a reply with no decision words, less the fee asked of the requester ("The fee is £12.50")
    where the reply says the answer waits (`_holding`): a sum to pay is no answer (rd15); and less a sentence that is
    itself a holding frame (rd20)."""
    fee = {ev.t.unit(a) for a, _, _ in _rules().scan("fee_asked", ev.t.lower)} if _holding(ev) else set()
    # and a figure in a holding frame's own sentence ("we need to know which of our 14 car parks you mean"): rd20
    fee |= {ev.t.unit(a) for a, _, _ in _rules().scan("holding", ev.t.lower)}
    return [u for u in _fact_units(ev, 0, len(ev.t.original)) if u not in fee]


_HANDED_OVER = re.compile(r"\b(?:attached|enclosed|below|as follows|please find|herewith|here is|here are)\b")


def _acknowledged_only(ev: _Events, found: _Found) -> bool:
    """The reply acknowledges the request (a `pending` sentence of its own) and its only other decision is published,
    said in sentences that point at what the body publishes in general (reply_phrases.yaml `general_pointer`)."""
    if not found.has("pending") or found.has("give", "give_part", "withhold", "not_held", "cost", "ncnd", "ncnd_partial", "vexatious", "withdrawn"):
        return False
    t = ev.t
    general = {t.unit(a) for a, _, _ in _rules().scan("general_pointer", t.lower)}
    published = {t.unit(a) for sig, a, _ in ev.signals if sig == "published"}
    published |= {t.unit(a) for _, sig, a, _ in ev.citations if sig == "published"}
    return bool(published) and published <= general


def _fee_notice(ev: _Events) -> bool:
    """The reply asks the requester to pay (`fee_asked`) and says what waits on it (`_holding`), and hands nothing over
    (no give in a sentence that says the information is attached, enclosed or below)."""
    t = ev.t
    if not any(ev.roles[t.unit(a)] in ("other", "decision") for a, _, _ in _rules().scan("fee_asked", t.lower)[:_MAX_EVENTS]):
        return False
    if any(sig in ("give_part", "withhold", "not_held", "cost", "ncnd", "ncnd_partial", "published", "vexatious")
           for sig, _, _ in ev.signals) or not _holding(ev):
        return False
    return not any(sig == "give" and _HANDED_OVER.search(t.lower, *t.bounds(t.unit(a))) for sig, a, _ in ev.signals)


def _holding(ev: _Events) -> bool:
    """A sentence of the reply's own (not the rights notice, boilerplate or a restated request) in a holding frame
    (reply_phrases.yaml `holding`): the answer waits on something."""
    t = ev.t
    return any(ev.roles[t.unit(a)] in ("other", "decision") for a, _, _ in _rules().scan("holding", t.lower)[:_MAX_EVENTS])


# rd25: the signals that report a decision already made about the requested information (given, withheld, not held,
# too costly, neither confirmed nor denied, published, refused as vexatious, withdrawn, a refusal notice). "held"
# (s1(1)(a) alone) is not one: "we hold the information ... we will respond by 5 May" decides nothing yet.
_MADE_SIGNALS = ("give", "give_part", "withhold", "not_held", "cost", "cost_confirm", "ncnd", "ncnd_partial", "published",
                 "vexatious", "withdrawn", "no_such", "notice")
_STEP_SIGNALS = ("pending", "extension")


# a letter's reference line ("Our Ref: 5367613", "Freedom of Information request ref: 273-20"): its figures are no answer
_REF_LINE = re.compile(r"\b(?:ref|reference|case|request) ?(?:no|nos|number|numbers)?\b\.?\s*[:\u2013-]|\b(?:direct line|telephone|tel|phone|fax|mobile)\b\.?\s*[:\u2013-]", re.I)


def _future_units(ev: _Events, strong: bool = False) -> set[int]:
    """The reply's own sentences that promise, ask for or explain a step still to come (reply_phrases.yaml
    `future_step`, `holding`, and the `pending` / `extension` signals): "you can expect a reply by 30/12/09", "please
    provide formal proof of your name", "we have extended the deadline". Not the rights notice, boilerplate, quoted
    law or the restated request."""
    t = ev.t
    own = ("other", "decision", "test", "hypothetical")
    units = {t.unit(a) for sig, a, _ in ev.signals if sig in _STEP_SIGNALS}
    for signal in ("future_step",) if strong else ("future_step", "holding"):
        units |= {t.unit(a) for a, _, _ in _rules().scan(signal, t.lower)[:_MAX_EVENTS]}
    return {u for u in units if ev.roles[u] in own}


def _holding_letter(ev: _Events, spans: list[tuple[str, int, int]], parts: list[PartReading]) -> bool:
    """A holding letter (rd25): the reply has a sentence of its own that promises, asks for or explains a step still
    to come, and none that reports a decision already made about the information.

    Sentence by sentence, a decision signal (or a section relied on) counts as made only in a sentence of the reply's
    own (not the rights notice, boilerplate, law or the request), and not where it is
    - in a conditional clause ("if it is held, it would be exempt");
    - hedged ("may be exempt under section 35", "could fall under section 43");
    - inside the future step's own words ("we are not able to provide you with a response by 12 December": the object
      is the letter, with a time); beside a step in its own sentence it still counts ("Further to our letter
      extending the time ..., please find attached the information");
    - a withholding, notice or NCND while the reply takes more time (an `extension`: "section 43(2) is engaged ... we
      have enacted section 10(3)" - the public interest is still being weighed, nothing is withheld yet). A section
      named in a future-step sentence is never a decision ("the public interest test in section 43 is still being
      applied").
    Numbered lines count only if one holds an answer of its own (figures, an answer in words): the request restated in
    an acknowledgement is no answer. Without parts, figures (less a reference line's) and answers in words outside the
    step sentences count as given; a plain statement counts unless a `future_step` or `pending` / `extension` sentence
    says what the letter is (the requester's own words restated under "Thank you for your request" are no answer, but
    a `holding` frame alone, being wider - "the station will close once ..." - does not outweigh one)."""
    future = _future_units(ev)
    if not future:
        return False
    t = ev.t
    steps = [(a, b) for sig, a, b in ev.signals if sig in _STEP_SIGNALS]
    steps += [(a, b) for signal in ("future_step", "holding") for a, b, _ in _rules().scan(signal, t.lower)[:_MAX_EVENTS]]
    extension = any(sig == "extension" and ev.roles[t.unit(a)] in ("other", "decision", "test") for sig, a, _ in ev.signals)

    def made(sig: str, a: int, cited: bool) -> bool:
        u = t.unit(a)
        if sig not in _MADE_SIGNALS or ev.roles[u] not in ("other", "decision") or (cited and u in future):
            return False
        if extension and sig in ("withhold", "notice", "ncnd", "ncnd_partial"):
            return False
        if any(lo <= a < hi for lo, hi in steps) or _conditional(t, a):
            return False
        return not _HEDGED_DECISION.search(t.lower, max(t.bounds(u)[0], a - 60), a)

    if any(made(sig, a, False) for sig, a, _ in ev.signals) or any(made(sig, a, True) for _, sig, a, _ in ev.citations):
        return False
    if parts:
        return not _parts_give(ev, spans, parts)
    refs = {u for u in _answer_figures(ev) if _REF_LINE.search(t.original, *t.bounds(u)) and t.bounds(u)[1] - t.bounds(u)[0] < 120}
    if [u for u in _answer_figures(ev) + _prose_answers(ev) if u not in future and u not in refs]:
        return False
    return not ([u for u in _plain_statements(ev) if u not in future] and not _future_units(ev, strong=True))


# the decision hedged before its cue: "may be exempt under", "could potentially fall under", "might engage"
_HEDGED_DECISION = re.compile(r"\b(?:may|might|could|possibly|potentially)\b(?: \S+){0,3}? (?:be|fall|apply|applies|engage|engages)\b[^.;]{0,40}$")


_PUBLICATION_TALK = re.compile(r"\b(?:web ?sites?|web ?pages?|links?|click\w*|publish\w*|available|accessible|found|located|files?"
                               r"|spreadsheets?|tables?|reports?|reported|searchable|download\w*|documents?|columns?|tabs?|sheets?"
                               r"|section|www)\b|https?://")


def _cost_names_the_whole(ev: _Events) -> bool:
    """A cost refusal says in its own words that it covers the whole ("to provide the full information requested
    would exceed the appropriate limit", "withholding the whole of the requested information")."""
    t = ev.t
    units = {t.unit(a) for sig, a, _ in ev.signals if sig == "cost"}
    return any(ev.roles[u] in ("other", "decision") and _SCOPE_EXPLICIT_WHOLE.search(t.original, *t.bounds(u)) for u in sorted(units)[:20])


def _held_some(ev: _Events) -> int | None:
    """The sentence that says only some of what was asked is held ("held in part", "has some of the information
    requested"), if a decision-bearing one does; not in a hypothetical, the rights notice or boilerplate."""
    t = ev.t
    for a, _, _ in _rules().scan("held_some", t.lower)[:_MAX_EVENTS]:
        if ev.roles[t.unit(a)] in ("other", "decision") and not _conditional(t, a):
            return t.unit(a)
    return None


_PROSE_ANSWER = re.compile(
    r"^\W*(?:(?:details of (?:the |our )?)?(?:response|answer|reply)\s?:?\s(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s)?)?"  # under a "Response:" header, perhaps dated
    r"(?:(?:yes|no)\b\s?[,.;:\-]|(?:nil|zero|none)\b(?! of\b| (?:held|recorded|found|located|kept|return)\b)|in (?:answer|response|reply) to (?:your|this|the) (?:question|query|point|enquiry)\b"
    r"|none of (?:the|our|its|their) [a-z'-]+(?: [a-z'-]+){0,3} (?:has|have|was|were|is|are)\b)", re.I)  # a nil answer
_PROSE_SUBJECT_VERB = re.compile(
    r"^\W*(?:the |our |this |its |their )?(?:[a-z'&-]+ ){0,5}?(?:is|are|was|were|has been|have been) (?:\w+ )?"
    r"(?:maintained|provided|delivered|carried out|taken|made|kept|renewed|reviewed|managed|run|operated|owned|supplied"
    r"|located|used|based|funded|installed|held on|set|agreed|approved|decided|responsible for|in charge of)\b", re.I)
_PROSE_NOT = re.compile(
    r"\b(?:request\w*|act|section|regulations?|exempt\w*|exception|withh\w+|public interest|harm|prejudice|complain\w*"
    r"|internal review|commissioner|copyright|cost|limit|hours|clarif\w*|respond|working days|acknowledg\w*|if|would|could)\b", re.I)


# the question asked and its answer after a dash, in one sentence: "Please could you disclose whether ... since
# January 1 2014. - No."
_ASKED_DASH = re.compile(r"^\W*(?:\w+,? )?(?:please (?:could|can|would) you|(?:could|can|would) you(?: please)?"
                         r"|please (?:provide|disclose|state|detail|confirm|tell|list|supply|send|advise|give))\b[^?]{10,400}?[.?]?\s-\s+(?=\w)", re.I)


def _prose_answers(ev: _Events) -> list[int]:
    """In a reply with no decision words, sentences that answer in words: "Yes, ...", "No, ...", "In answer to your
    question, ...", what the authority (or a thing) uses, has or did, and what is done to something ("is maintained
    by", "was taken by", "is kept for"). Never a sentence about the request, the law or the process."""
    t = ev.t
    out = set(_answer_statements(ev))
    not_answers = _not_an_answer_units(ev)
    for u in range(len(t.starts)):
        if ev.roles[u] != "other" or u in out or u in not_answers:
            continue
        text = t.original[slice(*t.bounds(u))]
        if (_PROSE_ANSWER.match(text) or _PROSE_SUBJECT_VERB.match(text) or _ANSWER_STATEMENT.match(text.lower())) and not _PROSE_NOT.search(text):
            out.add(u)
            continue
        asked = _ASKED_DASH.match(text)
        if asked:
            answer = re.split(r"(?<=[.!?])\s", text[asked.end():], maxsplit=1)[0]
            if re.search(r"[A-Za-z]{2,}", answer) and not _NOT_APPLICABLE.match(answer) and not _PROSE_NOT.search(answer):
                out.add(u)
    return sorted(out)


_KEEP_WINDOW = 48  # characters between the negation, the verb and the thing recorded: one clause


def _not_kept(ev: _Events, start: int = 0, stop: int | None = None) -> bool:
    """A clause, in a sentence that may decide, with a negation, a verb of keeping or finding and something
    recorded close together (keep_negation / keep_verb / keep_object in reply_phrases.yaml): "There is no record
    of this", "This information has never been collected", "no relevant documents have come to light"."""
    t, rules = ev.t, _rules()
    negations = rules.scan("keep_negation", t.lower)
    if not negations:
        return False
    verbs = sorted(a for a, _, _ in rules.scan("keep_verb", t.lower))
    objects = sorted(a for a, _, _ in rules.scan("keep_object", t.lower))
    stop = len(t.original) if stop is None else stop
    for a, b, _ in negations[:_MAX_EVENTS]:
        if not start <= a < stop:
            continue
        u = t.unit(a)
        if ev.roles[u] not in ("other", "decision") or _conditional(t, a) or u in ev.format_units or u in ev.caveats:
            continue  # (rd27: "not held in the format requested" is held, in another form; rd41: a figure's scope noted)
        lo, hi = t.bounds(u)
        lo, hi = max(lo, a - _KEEP_WINDOW), min(hi, b + _KEEP_WINDOW)
        if _CLAUSE_BREAK.search(t.lower, a, min(hi, b + 1)):
            continue
        if _near(t, verbs, lo, hi, a) and _near(t, objects, lo, hi, a):
            return True
    return False


def _near(t: _Text, positions: list[int], lo: int, hi: int, anchor: int) -> bool:
    """Any of the (sorted) positions in [lo, hi) with no clause break between it and the anchor."""
    for x in positions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)][:12]:
        if not _CLAUSE_BREAK.search(t.lower, min(x, anchor), max(x, anchor)):
            return True
    return False


def read_reply(text: str) -> Reading:
    """The full text of an authority's reply -> what it decided. Never raises on odd text.

    Sentence by sentence: each sentence gets a role (reply_roles.yaml) and only decision sentences
    decide. Part by part: where the reply answers numbered questions one by one, each part is decided
    alone and the parts are combined (all given -> disclosed; some given and some withheld, not held,
    NCND or too costly -> part_disclosed). `unclear` is set, and confidence "low", when askfoi found no
    decision it can stand behind. (A learnt combiner of the same decisions, `reply_features`, was measured
    in round 4 and not shipped: docs/notes/rd4.md.)"""
    lined = _OUTCOME_LINE.search((text or "")[:3000])
    if lined and _WORD.search(text[lined.end():]):
        # a disclosure log's own outcome line at the top ("Outcome: Full Refusal Section 17") is the publisher's
        # classification: read with the rest of the text as combine() reads a label and its reply
        body = read_reply(text[: lined.start()] + text[lined.end():])
        label = read_outcome_label(lined.group(1))
        joined = combine(label, body)
        joined.parts, joined.confidence, joined.unclear = body.parts, body.confidence, body.unclear and not label.outcome.is_final
        joined.nil_answer = body.nil_answer and joined.outcome in (Outcome.disclosed, Outcome.part_disclosed)
        joined.held_until_published = body.held_until_published and joined.outcome in (Outcome.published, Outcome.refused)
        joined.boundary, joined.boundary_outcome = body.boundary, body.boundary_outcome
        return joined
    ev, found, outcome, deciding, ncnd, spans, parts, confidence = _rule_pass(text)
    unclear = confidence == "low" and outcome in (Outcome.pending, Outcome.refused, Outcome.disclosed) and not (outcome == Outcome.refused and found.has("notice") and found.sections)
    unclear = unclear or ev.parts_unclear
    outcome, unclear, confidence, outcome_p, decided_by = _learnt_outcome(ev, found, outcome, confidence, spans, parts, unclear)
    if (decided_by == "rules" and confidence == "low" and outcome == Outcome.refused and not parts
            and (any(q for _, q in found.quotes.get("withhold", [])
                     if _rules().scan("decision_upheld", q.lower(), limit=1))
                 # rd100: the same sentence where another word decided the refusal first ("my conclusion is that the
                 # original refusal was justified": "refusal" read the letter as refused before the upheld rule ran)
                 or any(ev.roles[ev.t.unit(a)] in ("other", "decision", "procedural")
                        for a, _, _ in _rules().scan("decision_upheld", ev.t.lower)))):
        # rd99 (issue 10): a review's own sentence that the first decision stands ("I have concluded that the original
        # decision is upheld") decides the letter in words the rules read; the learnt model, which has seen few such
        # one-sentence letters, doubting it is no reason to tell the person the reading may be wrong
        confidence = "medium"
    if (decided_by == "rules" and not parts and outcome != Outcome.part_disclosed and outcome_p is not None
            and outcome_p < _CONFLICT_DOUBT and len(_decision_kinds_said(found, whole=True)) >= 2):
        # rd27: the reply's own sentences decide the whole request in two ways (not held and published, cost and
        # NCND ...), the rule order picked one and the learnt outcome finds it unlikely: say "unclear", not a guess
        unclear, confidence = True, "low"
    evidence = _evidence(found, deciding, ncnd)
    if parts and len(evidence) < 2:
        evidence += [q for q in dict.fromkeys(q for p in parts for q in p.evidence) if q not in evidence][: MAX_EVIDENCE - len(evidence)]
    elif not evidence and outcome in (Outcome.disclosed, Outcome.part_disclosed):
        evidence = [t_quote for u in _fact_units(ev, 0, len(ev.t.original))[:2] for t_quote in [ev.t.quote(*ev.t.bounds(u))]]
    if not evidence and not parts and outcome == Outcome.disclosed and bool(_rules().scan("personal_data", ev.t.lower, 1)):
        # rd48: "disclosed" with not one sentence of the reply to stand behind it (no decision said, no fact given, no
        # part read) in a reply that gives a reason for withholding (personal data) is a guess between giving and
        # withholding: said as unclear, with low confidence, never as a confident reading
        unclear, confidence = True, "low"
    sections = _with_named_sections(ev, outcome, _with_personal_data_section(ev, outcome, _with_cost_section(found, outcome)))
    reading = _reading(outcome, ncnd, sections, found.regime, evidence, found.links)
    reading.parts = parts
    reading.confidence = confidence  # type: ignore[assignment]
    reading.unclear = unclear
    reading.nil_answer = outcome in (Outcome.disclosed, Outcome.part_disclosed) and (
        ev.nil_between() or any(p.nil_answer for p in parts))
    # published, and the rest held back until it is (s22 / FOISA s27): "1998-2008 are on our website; 2009 will be
    # published at the end of the year"
    reading.held_until_published = (outcome in (Outcome.published, Outcome.refused) and found.has("published")
                                    and any(_future_publication(s) for s in sections))
    reading.outcome_p, reading.decided_by = outcome_p, decided_by  # type: ignore[assignment]
    if ev.elsewhere is not None and reading.outcome in (Outcome.pending, Outcome.not_held):
        reading.held_by, reading.passed_on, u = ev.elsewhere
        if not reading.evidence:
            reading.evidence = [ev.t.quote(*ev.t.bounds(u))]
    # lead40 (nc43 #10): under a neither-confirm-nor-deny provision the exemptions that "would" apply if the information
    # were held (FOISA s18: "if it existed and was held, it would be exempt under 34(1) and 35(1)(a)") are its grounds
    reading.entertained = [] if reading.ncnd else _entertained_only(ev, sections, outcome)
    if outcome in (Outcome.refused, Outcome.part_disclosed) and not any(
            s == f or s.startswith(f + "(") for s in sections for f in _PERSONAL_FAMILY):
        reading.unnamed_withheld = _personal_data_withheld(ev)[1]
    reading.published_where = [] if reading.links else _places_named(ev)
    reading.not_in_text = _not_in_text(ev, found, outcome)
    # rd70 (nc67 #11): not held as a whole because, it says, no recorded information was asked for
    reading.not_recorded = outcome == Outcome.not_held and not parts and _not_recorded(ev, 0, len(ev.t.lower))
    reading.upheld = (outcome == Outcome.refused and not reading.sections and not parts
                      and bool(_rules().scan("decision_upheld", ev.t.lower, limit=1)))
    reading.boundary = _boundary(ev, found, parts, tuple(reading.entertained))
    if reading.boundary is None and outcome == Outcome.part_disclosed and "published" in deciding and reading.links:
        # rd45: a pointer that says where gives its share (rd35): beside a share withheld or neither confirmed nor
        # denied that is the published boundary, told as such (set after the outcome: it changes no reading)
        reading.boundary = "published_and_given"
    if reading.boundary:
        reading.boundary_outcome = _boundaries()[reading.boundary].outcome
    if (unclear or reading.nil_answer or reading.held_until_published or reading.boundary or reading.held_by or reading.entertained
            or reading.unnamed_withheld or reading.not_in_text or reading.upheld
            or any(p.outcome == Outcome.pending for p in parts)):
        reading.explanation = _explain(reading)
    return reading


def part_texts(text: str) -> dict[str, str]:
    """rd94: the text under each part the reader reads (its number -> the words from its marker to the next part's),
    as `read_reply` splits the reply; {} when the reply is not answered part by part."""
    ev = _events(text if isinstance(text, str) else "")
    return {num: ev.t.original[lo:hi] for num, lo, hi in _parts(ev)}


def _entertained_only(ev: _Events, sections: list[str], outcome: Outcome) -> list[str]:
    """rd38: the sections every citation of which sits in a clause that only entertains an exemption (a possibility
    set aside, or hung on a condition the reply does not meet): named, never applied. Not for a refusal or an NCND
    reading, where the reply does hold something back."""
    if outcome in (Outcome.refused, Outcome.ncnd):
        return []
    t = ev.t
    out = []
    for s in sections:
        pos = [a for key, _, a, _ in ev.citations if key == s or s.startswith(key + "(") or key.startswith(s + "(")]
        if pos and all(t.unit(a) in t.entertained and t.role_at(ev.roles, a) == "hypothetical" for a in pos):
            out.append(s)
    return out

def _learnt_outcome(ev: _Events, found: _Found, outcome: Outcome, confidence: str, spans: list,
                    parts: list[PartReading], unclear: bool) -> tuple[Outcome, bool, str, float | None, str]:
    """The rules' outcome weighed by the shipped model (askfoi/reply_model.py): (outcome, unclear, confidence, the
    model's probability of the outcome, "rules" | "model"). The model replaces the rules' outcome only at or above
    its threshold; where it keeps the rules' outcome but gives it less than its `doubt`, the confidence is "low";
    without a model file the rules' reading is returned as it was."""
    from askfoi import reply_model

    m = reply_model.model()
    if m is None:
        return outcome, unclear, confidence, None, "rules"
    feats = _model_features(ev, found, outcome, confidence, spans, parts, _boundary(ev, found, parts), unclear)
    chosen = reply_model.decide(outcome.value, unclear, m.probabilities(feats), m.threshold, m.may_give)
    if chosen.by != "model":
        if chosen.p is not None and chosen.p < m.doubt:
            confidence = "low"  # the model finds another outcome likelier: a reading to check, not to rely on
        return outcome, unclear, confidence, chosen.p, "rules"
    return Outcome(chosen.outcome), False, "high" if (chosen.p or 0) >= 0.9 else "medium", chosen.p, "model"


def boundary_note(reading: Reading) -> str:
    """One plain sentence on the boundary the reply sits on (something given, the rest held back) and how askfoi
    counted it (prompts/reader/boundary.txt.j2); "" when the reply sits on none."""
    from askfoi.templates import render

    if not reading.boundary:
        return ""
    text = render("reader/boundary.txt.j2", outcome=reading.outcome.value, boundary=reading.boundary,
                  boundary_outcome=reading.boundary_outcome.value if reading.boundary_outcome else None,
                  **_boundary_facts(reading))
    return " ".join(text.split())


def _boundary_facts(reading: Reading) -> dict:
    """rd45: what the reply did beside its boundary, for the boundary sentence (prompts/reader/boundary.txt.j2), not a
    guess between two things it might have done: whether it gave an address for what it says is published
    (said_where), and what else its parts held back (also)."""
    outs = [p.outcome for p in reading.parts]
    roles = {_rules().role(s) for s in reading.sections} if not outs else set()  # no parts: by the provisions cited
    # (a part not given in the form asked for, rd27's refused under s11, is no exemption: told as what it is)
    form = [p for p in reading.parts if p.outcome == Outcome.refused and p.sections == ["11"]]
    withheld = [p for p in reading.parts if p.outcome in (Outcome.refused, Outcome.ncnd) and p not in form]
    also = [kind for kind, there in (("ncnd", Outcome.ncnd in outs or (reading.ncnd and not outs)),
                                      ("refused", any(p.outcome == Outcome.refused for p in withheld) or "exemption" in roles),
                                      ("cost_limit", Outcome.cost_limit in outs or "cost" in roles),
                                      ("not_held", Outcome.not_held in outs), ("form", bool(form))) if there]
    # rd47: personal data taken out as the figures under a threshold ("where numbers are fewer than 5 they have been
    # withheld"), not names: said so
    small = any(withholds_a_share(e) for e in [*reading.evidence, *(x for p in reading.parts for x in p.evidence)])
    # nz82 (nc82 #1): the personal data held back is the requester's own (s40(1)): said so, never "names and the like"
    from askfoi.own_data_parts import own_data_parts, whole_reply_own

    own = set(own_data_parts(reading))
    # (nr88, nc88 #7: or no numbered parts, and its only personal-data provision is an own-data one, s40(1))
    own_data = (bool(own) and all(p.number in own for p in withheld)) or whole_reply_own(reading)
    return {"said_where": bool(reading.links or reading.published_where), "where": reading.links or reading.published_where,
            "also": also, "form_only": bool(form) and not withheld, "small_numbers": small, "own_data": own_data,
            "reading_law": reading.regime.value if reading.regime else ""}


@functools.lru_cache(maxsize=1)
def _boundaries() -> dict[str, Boundary]:
    data, _ = load_vocab("reply_boundaries", Boundary)
    return dict(data or {})


_PERSONAL_FAMILIES = ("40", "FOISA 38", "EIR 13", "EISR 11")


def _boundary(ev: _Events, found: _Found, parts: list[PartReading], entertained: tuple[str, ...] = ()) -> str | None:
    """The one place that names the boundary a reply sits on: something given (a give, figures or a part
    answered) beside something held back (on cost, as personal data, as published, as not held, under an
    exemption), the first of knowledge/vocab/reply_boundaries.yaml's entries whose `beside` matches. None when
    nothing is given or nothing is held back."""
    outs = {p.outcome for p in parts}
    given = (found.has("give", "give_part") or Outcome.disclosed in outs or Outcome.part_disclosed in outs
             or bool(_fact_units(ev, 0, len(ev.t.original))))
    if not given:
        return None
    # (rd38: a section only entertained, "should you ask for the names they would be exempt under section 40(2)", holds
    # nothing back)
    sections = [s for s in found.sections + [s for p in parts for s in p.sections] if s not in entertained]
    held_back = {
        "cost": found.has("cost") or Outcome.cost_limit in outs,
        "personal": any(s.replace(" ", "").startswith(tuple(f.replace(" ", "") for f in _PERSONAL_FAMILIES))
                        for s in sections),
        "published": found.has("published") or Outcome.published in outs,
        "not_held": found.has("not_held") or Outcome.not_held in outs,
        "withhold": found.has("withhold") or bool(outs & {Outcome.refused, Outcome.ncnd}),
    }
    return next((key for key, b in _boundaries().items() if held_back[b.beside]), None)


_OUTCOME_LINE = re.compile(r"(?im)^[ \t]*outcome[ \t]*:[ \t]*([^\n]{4,120})[ \t]*$")
_GIVE_SIGNALS = ("give", "give_part")
_HOLD_BACK_SIGNALS = ("withhold", "not_held", "cost", "ncnd", "ncnd_partial", "published", "vexatious")
_COUNTED_SIGNALS = ("give", "give_part", "withhold", "not_held", "cost", "ncnd", "published", "notice", "pending")
_SENTENCE_ROLES = ("request", "rights", "boilerplate", "test", "hypothetical", "law", "other")
_SECTION_ROLES = ("notice", "not_held", "cost", "vexatious", "published", "ncnd", "exemption")
_FAMILIES = ("12", "14", "21", "22", "23", "24", "30", "31", "38", "40", "41", "42", "43", "44")
_PART_OUTCOMES = tuple(o for o in Outcome if o not in (Outcome.withdrawn, Outcome.pending))


def _features(ev: _Events, found: _Found, outcome: Outcome, confidence: str, spans: list, parts: list[PartReading]) -> dict[str, float]:
    """The reader's own sentence and part decisions for one reply, as numbers (what a learnt combiner reads)."""
    import math

    t = ev.t
    f: dict[str, float] = {}
    units: dict[str, set[int]] = {}
    for signal, start, _ in ev.signals:
        units.setdefault(signal, set()).add(t.unit(start))
    for signal in _DECISION_SIGNALS:
        f["has:" + signal] = float(found.has(signal))
    for signal in _COUNTED_SIGNALS:
        f["n:" + signal] = math.log1p(len(units.get(signal, ())))
    n_units = max(1, len(ev.roles))
    for role in _SENTENCE_ROLES:
        f["role:" + role] = sum(r == role for r in ev.roles) / n_units
    size = max(1, len(t.original))
    first_give = min((a for s, a, _ in ev.signals if s in _GIVE_SIGNALS), default=None)
    first_back = min((a for s, a, _ in ev.signals if s in _HOLD_BACK_SIGNALS), default=None)
    f["first_give"] = 1.0 if first_give is None else first_give / size
    f["first_back"] = 1.0 if first_back is None else first_back / size
    f["give_first"] = float(first_give is not None and (first_back is None or first_give < first_back))
    rules = _rules()
    for role in _SECTION_ROLES:
        f["secrole:" + role] = float(any(rules.role(s) == role for s in found.sections))
    roots = {m.group(1) for s in found.sections if (m := re.match(r"(\d+)", s))}
    for fam in _FAMILIES:
        f["sec:" + fam] = float(fam in roots)
    f["sec:foisa"] = float(any(s.startswith("FOISA") for s in found.sections))
    f["sec:eir"] = float(any(s.startswith(("EIR", "EISR")) for s in found.sections))
    whole = (0, len(t.original))
    f["facts"] = float(bool(_fact_units(ev, *whole)))
    f["answers_in_words"] = float(bool(_answer_statements(ev)))
    f["only_nothing_more"] = float(_only_nothing_more(ev))
    f["scoped_later"] = float(outcome in (Outcome.refused, Outcome.not_held, Outcome.cost_limit) and _scoped_to_later_questions(ev, outcome))
    f["parts"] = math.log1p(len(parts))
    for o in _PART_OUTCOMES:
        f["part:" + o.value] = sum(p.outcome == o for p in parts) / len(parts) if parts else 0.0
    f["part_implicit"] = float(any(p.implicit for p in parts))
    preamble = ev.found(0, spans[0][1]) if parts and spans else None
    for signal in ("give", "give_part", "withhold", "not_held", "cost", "ncnd", "published"):
        f["pre:" + signal] = float(preamble is not None and preamble.has(signal))
    for o in Outcome:
        f["rule:" + o.value] = float(outcome == o)
    f["rule_low"] = float(confidence == "low")
    return f


def reply_features(text: str) -> tuple[dict[str, float], Outcome, bool]:
    """The reader's sentence and part decisions for one reply as named numbers (signals and their counts,
    sentence-role shares, sections cited by role and family, per-part outcome shares, where the first decision
    stands, the rules' own outcome), with the rules' outcome and whether they found it unclear. For training
    and measuring a learnt combiner of those decisions (bench/train_combiner.py). Never raises on odd text."""
    ev, found, outcome, _, _, spans, parts, confidence = _rule_pass(text)
    unclear = confidence == "low" and outcome in (Outcome.pending, Outcome.refused, Outcome.disclosed) and not (outcome == Outcome.refused and found.has("notice") and found.sections)
    return _features(ev, found, outcome, confidence, spans, parts), outcome, unclear


# rd12: what the learnt outcome decision (askfoi/reply_model.py) reads of a reply, beyond `_features`: each
# decision sentence's kind, where the first and last stand, cues the reader set aside as negated or hypothetical, the
# boundary key, the rules' confidence, and the words of the decision sentences (never the boilerplate or rights notice)
_KIND_OF_SIGNAL = {
    "give": "give", "give_part": "give", "pointer": "give", "not_held": "not_held", "no_such": "not_held",
    "cost": "cost", "cost_confirm": "cost", "withhold": "exemption", "ncnd": "ncnd", "ncnd_partial": "ncnd",
    "published": "published", "pending": "pending", "extension": "pending", "vexatious": "vexatious",
    "withdrawn": "withdrawn",
}  # fmt: skip
_SET_ASIDE_SIGNALS = ("give", "give_part", "not_held", "withhold", "cost", "published", "pending")
_MODEL_WORD = re.compile(r"[a-z]{3,}")
_MODEL_STOP = frozenset(
    "the and for that this with you your are was were have has been our from which any not will can all its they "
    "their there these those such into than then also would could should may under act request information".split())
_MAX_DECISION_UNITS = 20
_MAX_WORDS_PER_UNIT = 60


def _decision_kinds(ev: _Events) -> dict[int, set[str]]:
    """The decision sentences of a reply (their unit numbers) and the kinds of decision each says."""
    t = ev.t
    kinds: dict[int, set[str]] = {}
    for signal, start, _ in ev.signals:
        kind = _KIND_OF_SIGNAL.get(signal)
        if kind:
            kinds.setdefault(t.unit(start), set()).add(kind)
    for _, signal, start, _ in ev.citations:
        kind = _KIND_OF_SIGNAL.get(signal)
        if kind:
            kinds.setdefault(t.unit(start), set()).add(kind)
    return kinds


def _model_features(ev: _Events, found: _Found, outcome: Outcome, confidence: str, spans: list,
                    parts: list[PartReading], boundary: str | None, unclear: bool) -> dict[str, float]:
    """`_features` plus the decision sentences' kinds, order, set-aside cues, the boundary, the rules' confidence and
    the decision sentences' words: what askfoi/reply_model.py weighs. Names only, no text of the reply."""
    import math

    f = _features(ev, found, outcome, confidence, spans, parts)
    t = ev.t
    kinds = _decision_kinds(ev)
    units = sorted(kinds)
    counts: dict[str, int] = {}
    for u in units:
        for k in kinds[u]:
            counts[k] = counts.get(k, 0) + 1
    for k in sorted(set(_KIND_OF_SIGNAL.values())):
        f["kind_n:" + k] = math.log1p(counts.get(k, 0))
    f["decision_units"] = math.log1p(len(units))
    f["figures"] = math.log1p(len(_fact_units(ev, 0, len(t.original))))
    if units:
        for k in kinds[units[0]]:
            f["first:" + k] = 1.0
        for k in kinds[units[-1]]:
            f["last:" + k] = 1.0
        f["mixed_sentences"] = float(sum(len(kinds[u]) > 1 for u in units) > 0)
    else:
        f["no_decision_sentence"] = 1.0
    # cues the reader set aside: negated ("we are not relying on section 12") or in a hypothetical clause
    rules = _rules()
    before, after = rules.patterns("negation_before"), rules.patterns("negation_after")
    for signal in _SET_ASIDE_SIGNALS:
        neg = hyp = 0
        for a, b in ev.raw.get(signal, [])[:80]:
            role = t.role_at(ev.roles, a)
            if role == "hypothetical":
                hyp += 1
            elif role in ("other", "decision") and _negated(t, a, b, before, after):
                neg += 1
        if neg:
            f["negated:" + _KIND_OF_SIGNAL[signal]] = f.get("negated:" + _KIND_OF_SIGNAL[signal], 0.0) + math.log1p(neg)
        if hyp:
            f["hypothetical:" + _KIND_OF_SIGNAL[signal]] = f.get("hypothetical:" + _KIND_OF_SIGNAL[signal], 0.0) + math.log1p(hyp)
    outs = [p.outcome.value for p in parts]
    if parts:
        f["part_mix:" + "+".join(sorted(set(outs)))] = 1.0
    f["boundary:" + (boundary or "none")] = 1.0
    f["conf:" + confidence] = 1.0
    f["rule_unclear"] = float(unclear)
    f["rule:" + outcome.value + "|boundary:" + (boundary or "none")] = 1.0
    f["rule:" + outcome.value + "|conf:" + confidence] = 1.0
    if units:
        f["rule:" + outcome.value + "|first:" + "+".join(sorted(kinds[units[0]]))] = 1.0
    # the words of the decision sentences (present or not), not the boilerplate, rights notice or restated request
    seen: set[str] = set()
    for u in units[:_MAX_DECISION_UNITS]:
        if ev.roles[u] in ("request", "rights", "boilerplate"):
            continue
        words = _MODEL_WORD.findall(t.lower[slice(*t.bounds(u))][:600])
        seen.update(w for w in words[:_MAX_WORDS_PER_UNIT] if w not in _MODEL_STOP)
    for w in sorted(seen):
        f["w=" + w] = 1.0
    return f


def reply_model_features(text: str) -> tuple[dict[str, float], Outcome, bool]:
    """What the learnt outcome decision reads of one reply (named numbers: the reader's own sentence and part
    decisions, the boundary, the rules' outcome and confidence, the decision sentences' words), with the rules'
    outcome and whether they found it unclear. For bench/train_reply_model.py. Never raises on odd text."""
    ev, found, outcome, _, _, spans, parts, confidence = _rule_pass(text)
    unclear = confidence == "low" and outcome in (Outcome.pending, Outcome.refused, Outcome.disclosed) and not (outcome == Outcome.refused and found.has("notice") and found.sections)
    return _model_features(ev, found, outcome, confidence, spans, parts, _boundary(ev, found, parts), unclear), outcome, unclear


# The provision a reply relies on when it gives the reason but names no section, in each law (the EISR's
# provision is used where the reply cites the EISR elsewhere)
_IMPLIED_SECTION = {
    "cost": {Regime.FOIA: "12", Regime.FOISA: "FOISA 12", Regime.EIR: "EIR 12(4)(b)", "EISR": "EISR 10(4)(b)"},
    "personal_data": {Regime.FOIA: "40(2)", Regime.FOISA: "FOISA 38(1)(b)", Regime.EIR: "EIR 13(1)", "EISR": "EISR 11(2)"},
}
_PERSONAL_FAMILY = ("40", "FOISA 38", "EIR 13", "EISR 11")


def _add_implied(sections: list[str], regime: Regime, reason: str) -> list[str]:
    table = _IMPLIED_SECTION[reason]
    key = table["EISR"] if regime == Regime.EIR and any(s.startswith("EISR ") for s in sections) else table.get(regime)
    return sections if key is None else _refined(sections + [key])


def _with_cost_section(found: _Found, outcome: Outcome) -> list[str]:
    """The sections read, plus the cost provision of the reply's law where the reply refuses (in whole or
    in part) on cost without citing it: the appropriate limit is that section, whatever the words."""
    sections = list(found.sections)
    if outcome not in (Outcome.cost_limit, Outcome.part_disclosed) or not found.has("cost", "cost_confirm"):
        return sections
    if any(_rules().role(s) == "cost" for s in sections):
        return sections
    return _add_implied(sections, found.regime, "cost")


def _only_nothing_more(ev: _Events) -> bool:
    """Every 'not held' the reply says is 'we hold nothing more' (and it says one)."""
    units = [ev.t.unit(a) for sig, a, _ in ev.signals if sig == "not_held"]
    return bool(units) and all(u in ev.nothing_more for u in units)


def _with_personal_data_section(ev: _Events, outcome: Outcome, sections: list[str]) -> list[str]:
    """Where information is withheld (in whole or part) because it is personal data and no personal data
    section is cited ("To provide all the details would allow individuals to be identified. Information that
    constitutes personal information is exempt"), the exemption the law has for it."""
    if outcome not in (Outcome.refused, Outcome.part_disclosed):
        return sections
    if any(s == f or s.startswith(f + "(") for s in sections for f in _PERSONAL_FAMILY):
        return sections
    claimed, _ = _personal_data_withheld(ev)
    return _add_implied(sections, ev.regime, "personal_data") if claimed else sections


@functools.lru_cache(maxsize=1)
def _site_cues() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """rv58: knowledge/vocab/published_pointers.yaml named_sites and own_sites (case-sensitive)."""
    data, _ = load_vocab("published_pointers")
    data = data if isinstance(data, dict) else {}
    return ([re.compile(str(p)) for p in data.get("named_sites") or []],
            [re.compile(str(p)) for p in data.get("own_sites") or []])


def _places_named(ev: _Events) -> list[str]:
    """rv58 (nc58 #6): the places the reply's published sentences (or the sentence after one) name without a link:
    another body's website, a named publication, a bare address; never the authority's own website in general."""
    named, own = _site_cues()
    t = ev.t
    out: list[str] = []
    for start, _ in ev.published_spans[:10]:
        u = t.unit(start)
        lo, hi = t.bounds(u)[0], t.bounds(min(u + 1, len(t.starts) - 1))[1]
        for pattern in named:
            for m in pattern.finditer(t.original, lo, hi):
                where = m.group("where").rstrip(".,;:")
                if not any(o.search(where) for o in own) and where not in out:
                    out.append(where)
    return out[:5]


@functools.lru_cache(maxsize=1)
def _missing_cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """rd82: knowledge/vocab/published_pointers.yaml attachment_words, link_words and address_in_text."""
    from askfoi.knowledge import compile_any

    data, _ = load_vocab("published_pointers")
    data = data if isinstance(data, dict) else {}
    return tuple(compile_any(str(p) for p in data.get(k) or []) for k in  # type: ignore[return-value]
                 ("attachment_words", "link_words", "address_in_text"))


_GIVE_SIGNALS = ("give", "give_part", "published")


def _not_in_text(ev: _Events, found: _Found, outcome: Outcome) -> list[str]:
    """rd82 (issue 10.2): what a sentence that gives or points says the information is in, and the pasted text does not
    hold. A letter decides sentence by sentence: "Please find attached the figures" gives them (the outcome stays
    given), but the figures are in the attachment, never in a pasted letter; "The information is available at the link
    below" points to them, but where the address is nowhere in the text the link was lost in pasting (or never sent).
    Only for a reply read as giving or pointing, and only the sentences its give or publish signals came from."""
    if outcome not in (Outcome.disclosed, Outcome.part_disclosed, Outcome.published):
        return []
    attachment, link, address = _missing_cues()
    t = ev.t
    units = sorted({u for signal in _GIVE_SIGNALS for u, _ in found.quotes.get(signal, [])})
    out: list[str] = []
    for u in units:
        sentence = t.original[slice(*t.bounds(u))]
        if attachment is not None and attachment.search(sentence) and "attachment" not in out:
            out.append("attachment")
        if link is not None and link.search(sentence) and "link" not in out and not (
                address is not None and address.search(t.original)) and not found.links:
            out.append("link")
    return out


@functools.lru_cache(maxsize=1)
def _redaction_cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """rv58: knowledge/vocab/reply_redactions.yaml: (an exemption claimed in words, the personal data named)."""
    data, _ = load_vocab("reply_redactions", NamedCues)
    data = data if isinstance(data, dict) else {}
    return tuple(_compile("|".join(f"(?:{p})" for p in data[k].patterns)) if k in data else None  # type: ignore[return-value]
                 for k in ("exemption_claim", "personal_phrase"))


def _personal_data_withheld(ev: _Events) -> tuple[bool, list[str]]:
    """Personal data held back or taken out beside a withholding sentence (or in one): (whether the reply claims an
    exemption for it in words - "is exempt", "would breach the data protection principles" - the personal data sentence
    or a withholding sentence next to it that cites no section of its own; the personal data it names where it claims
    none, "personal data of staff"). rv58 (nc58 #6): "attached, with personal data of staff redacted" cites nothing."""
    t = ev.t
    withheld = {t.unit(a) for sig, a, _ in ev.signals if sig in ("withhold", "give_part")}
    said = {t.unit(a) for a, _, _ in _rules().scan("personal_data", t.lower) if ev.roles[t.unit(a)] in ("other", "decision", "test")}
    beside = sorted(u for u in said if u in withheld or u - 1 in withheld or u + 1 in withheld)
    if not beside:
        return False, []
    claim, phrase = _redaction_cues()
    cites = {t.unit(a) for _, sig, a, _ in ev.citations}
    for u in beside:
        near = [u] + [v for v in (u - 1, u + 1) if v in withheld and v not in cites and 0 <= v < len(t.starts)]
        if claim is None or any(claim.search(t.lower, *t.bounds(v)) for v in near):
            return True, []
    named = []
    for u in beside:
        m = phrase.search(t.original, *t.bounds(u)) if phrase is not None else None
        named.append(" ".join(m.group("what").split()) if m else "personal data")
    return False, list(dict.fromkeys(w[4:] if w.lower().startswith("the ") else w for w in named))


@functools.lru_cache(maxsize=1)
def _named_exemptions() -> list[tuple[re.Pattern[str], NamedExemption]]:
    data, _ = load_vocab("reply_exemption_names", NamedExemption)
    entries = data.values() if isinstance(data, dict) else []
    return [(_compile("|".join(f"(?:{p})" for p in e.patterns)), e) for e in entries]


def _with_named_sections(ev: _Events, outcome: Outcome, sections: list[str]) -> list[str]:
    """Where information is withheld (in whole or part) and a withholding sentence, or one beside it, names an
    exemption in words ("intended for future publication", "commercially sensitive") whose section is not cited,
    that section in the reply's law (reply_exemption_names.yaml); nothing for a law with no mapping there."""
    if outcome not in (Outcome.refused, Outcome.part_disclosed):
        return sections
    t = ev.t
    withheld = {t.unit(a) for sig, a, _ in ev.signals if sig in ("withhold", "give_part", "notice")}
    withheld |= {t.unit(a) for _, sig, a, _ in ev.citations if sig == "withhold"}
    near = withheld | {u + 1 for u in withheld} | {u - 1 for u in withheld}
    out = list(sections)
    for pattern, entry in _named_exemptions():
        key = entry.foisa if ev.regime == Regime.FOISA else entry.foia if ev.regime == Regime.FOIA else None
        if key is None or any(s == key or s.startswith(key + "(") or key.startswith(s + "(") for s in out):
            continue
        family = key.split("(")[0]
        if any(s == family or s.startswith(family + "(") or re.match(re.escape(family) + r"[A-Z](?:\(|$)", s) for s in out):
            continue  # (rd22: "22A", research with a view to publication, cited: the words name it, not s22)
        # (rd28: not in a sentence that says a cited section does not apply: "the s43 Commercial Interests exemption
        # was not applicable")
        if any(t.unit(m.start()) in near and t.unit(m.start()) not in ev.denied_units
               and ev.roles[t.unit(m.start())] in ("other", "decision", "test", "law", "hypothetical")
               for m in pattern.finditer(t.lower)):
            out.append(key)
    return _refined(out) if out != sections else sections


_NUMS = r"(\d{1,2}(?:(?: ?, ?| and | ?& ?| to | ?- ?| ?/ ?)\d{1,2})*)"
# "in relation to questions 3 and 4", "requested at part 2", and a part named as the subject: "Question 3 of your request"
_SCOPE_PARTS = re.compile(
    r"\b(?:(?:(?:in )?(?:response|relation|respect|regard|reply|answer) to|in respect of|for|regarding|with regards? to|concerning|as regards"
    r"|(?:requested|sought|asked for) (?:at|in|under)|(?:appl(?:y|ies|ied|ying)|relevant|relates?|relating)\b[^.;]{0,60}? to"
    r"|to answer|answering|to respond to|responding to)"
    r" (?:your |the )?(?:request )?(?:questions?|parts?|points?|q) ?" + _NUMS
    + r"|(?:questions?|parts?|points?) " + _NUMS + r" of (?:your|the|this) request"
    # rd35: the part as the sentence's subject: "Question 2 would require a review of every log ... so that part is refused"
    + r"|^\W*(?:questions?|parts?|points?|q) ?" + _NUMS + r"\b(?!\s*(?:of|to) (?:the|this) (?:act|regulations?)\b)(?!\s*[-:\u2013.)]))", re.I)
# a refusal of the whole request in its own words (not "some of the information you requested")
_SCOPE_WHOLE = re.compile(
    r"(?<!of )\b(?:the|all(?: of)? the) (?:requested information|information (?:that |which )?you (?:have )?(?:requested|asked for|sought))\b",
    re.I)
_REFUSING = re.compile(
    r"\b(?:can ?not|can't|will not|won't|shall not) be (?:disclosed|provided|released|supplied)\b|\bexempt\b|\bwithh(?:eld|old)\b|\brefus"
    r"|\bcost\b[^.;]{0,80}?\b(?:exceed\w*|above|over|in excess of)\b"  # "the cost of compliance with the whole of your request is above ..."
    r"|\bnot (?:be )?(?:providing|disclosing|releasing|supplying)\b|\bapplies to (?:the|your) (?:whole|entire)\b"
    # s12's own words: "I am not obliged to supply the information you have requested" (rd20)
    r"|\bnot (?:obliged|required) to (?:comply|supply|provide|disclose|release)\b"
    # rd79: the same words for the request itself: "IPSA is not obliged to respond to your request (see section 12(1))"
    r"|\bnot (?:obliged|required|bound) to (?:respond|reply|answer|deal with|process)\b",
    re.I)
_SCOPE_COVERT = re.compile(r"\bcovert(?:ly)?\b", re.I)
_SCOPE_THIS_PART = re.compile(r"\b(?:this|that) (?:part|element|aspect|strand|limb|portion|question|point)\b(?! of (?:the|this) (?:act|regulations?)\b)", re.I)


# What a decision sentence gives or holds back, from its own words (checked in this order):
#   questions  named questions or parts ("in relation to question 2", "Part 3 of your request")
#   covert     covert use (an NCND's usual scope)
#   rest       what is left after something else: "the remainder of your request", "the remaining figures",
#              "the other information you asked for"
#   some       a share of it: "some of the information", "part of the information", "certain details"
#   whole      all of it: "the information you requested", "your request", "all of the information", "in full"
#   item       one named thing that is not the request as a whole: "The contract value is withheld", "We do not
#              hold a breakdown by project", "job titles are exempt"
_SCOPE_REST_WORDS = re.compile(
    r"\b(?:the )?(?:remainder|rest) of (?:the |this |that |your )?(?:information|request|questions?|data|figures|details|parts?|points?|items?)\b"
    r"|\b(?:in (?:relation|respect|regard) to|for|as (?:for|to|regards)) the (?:remainder|rest)\b"
    r"|\bremaining (?:information|figures|data|details|parts?|questions?|elements?|points?|items?|years?|documents?|records?|requests?)\b"
    r"|\bremaining \d[\d,]* [a-z]+"  # "the remaining 235 cases"
    r"|\bthe other (?:information|parts?|questions?|details|figures|data|elements?|points?|documents?)\b"
    r"|\b(?:withh(?:old|eld|olding)|refus\w+|redact\w*|exempt\w*) (?:all )?other (?:information|details|data|documents?|material|records?)\b"
    r"|\b(?:any|all) (?:other|further|additional) (?!(?:way|ways|reason|reasons|means|time|questions?|queries|enquiries|forms?|formats?|manner|places?|locations?|systems?)\b)[a-z]{3,}|\bin addition to (?:the|this|our) (?:attached|enclosed|above|information)\b", re.I)
_SCOPE_SOME_WORDS = re.compile(
    r"(?<!\bany )(?<!\ball )(?<!\bevery )\b(?:some|part|parts|certain parts|elements|a (?:small )?(?:part|proportion|number|amount)) of (?:the |your |this |that |these |those )(?:requested )?(?:information|data|details|request|records|documents?)\b"
    # rd44: "not all of the requested information is ...", "not all information requested is deemed suitable": a share
    r"|\bnot all (?:of )?(?:the |your |this )?(?:requested )?(?:information|data|details|records)\b"
    r"|\bcertain (?:information|details|data)\b|\bonly (?:part|some)\b"
    # a finer grain of what was asked: "More specific information has been withheld" (the rest was given; rd30)
    r"|\bmore (?:specific|detailed|granular) (?:information|details|data|figures|breakdowns?)\b"
    # rd46: ... or the grain named by what is not given beyond it: "we are unable to release the information in further
    # detail as the numbers involved are sufficiently low", "no further breakdown can be given"
    # (the detail as what is not given: not "the reasons are set out in more detail below")
    r"|\b(?:releas|provid|disclos|giv|suppl|shar)\w*\b[^.;]{0,40}?\bin (?:any )?(?:further|more|greater) detail\b"
    r"|\b(?:any )?further (?:breakdown|detail)s? (?:can|could|is|are|will)\b"
    # a quantity of what is held: "There is very limited information on the hotel costs, as ... this information is
    # not available"
    r"|\b(?:very |only )?(?:limited|little) (?:information|data|details|records)\b"
    # a period of what was asked: "data in respect of academic year 2011/12", "the figures for 2019 and earlier" (rd16)
    r"|\b(?:information|data|figures|records|details)(?: held)? (?:for|in respect of|relating to|covering|from|before|prior to) "
    r"(?:the )?(?:(?:academic|financial|calendar) )?(?:years? )?(?:(?:19|20)\d\d)", re.I)
_SCOPE_EXPLICIT_WHOLE = re.compile(r"\b(?:the )?(?:whole|entirety|entire(?:ty)?|totality) of (?:the |your |this )?(?:requested )?(?:information|request|data)\b"
                                   r"|\b(?:your|the|this) (?:whole|entire) request\b"
                                   r"|\bthe (?:full|complete) (?:requested )?(?:information|data|response)(?: (?:requested|you (?:have )?(?:requested|asked for)))?\b")
_SCOPE_WHOLE_WORDS = re.compile(
    r"\b(?:all|any|none|each|every one) of the (?:requested )?(?:information|data|records|documents)\b|\b(?:any|every|each) part of (?:your|the|this) request\b"
    # rd23: "the information you have requested on pupils that are subject to reduced timetables" names a share (the
    # qualifier says which of what was asked); "the information you requested about your request" is still the whole
    r"|\bthe (?:requested )?(?:information|data|records|documents)(?: (?:that |which )?you (?:have )?(?:requested|asked for|sought))\b"
    r"(?! (?:on|about|for|relating to|regarding|concerning|in relation to|in respect of) (?!(?:your|the|this|that) (?:request|question|matter)|it\b|this\b|these\b|them\b))"
    r"|\b(?:the|this|that|such) (?:requested )?(?:information|data)\b(?! (?:(?:that |which )?you (?:have )?(?:requested|asked for|sought) )?(?:for|on|about|relating|regarding|before|after|prior|from)\b)|\byour (?:whole |entire )?request\b|\bthis request\b|\bin full\b|\bin (?:its|their) entirety\b"
    r"|^\W*(?:this|that|the|such|it|these|any) ?(?:information|data|records?|figures|details)?\b(?: (?:is|are|was|were|has been|have been|will be|would be))",
    re.I)
# the thing a decision names: its subject ("The contract value is withheld") or object ("we do not hold a breakdown ...")
_ITEM_SUBJECT = re.compile(
    r"^\W*(?:the |any |their |its |our )?(?P<np>(?!(?:information|data|request|requested|records?|documents?|figures|details)\b)[a-z][a-z'/-]*(?: (?!(?:is|are|was|were|has|have|will|would|can|cannot)\b)[a-z0-9'/()-]+){0,7}?)"
    r" (?:is|are|was|were|has been|have been|will be|would be|cannot be|can ?not be) (?:therefore |also |not |considered |deemed )*"
    r"(?:held|recorded|withheld|exempt|redacted|disclosed|released|provided|available|kept|collected|excluded|removed)\b", re.I)
_ITEM_OBJECT = re.compile(
    r"\b(?:do|does|did)(?: not|n't) (?:hold|record|keep|collect|have)|\b(?:unable|not able) to (?:provide|disclose|release|give|supply)"
    r"|\b(?:hold|holds|have|has) no(?= information)"  # rd36: "We hold no information as to precautions, volumes or cost"
    r"|\b(?:withhold|withholding|withheld|redacted|excluded|removed|not included)\b", re.I)
_ITEM_AFTER = re.compile(
    r"\W*(?:(?:a|any|the|this|that|these|such|their|its|your) )?(?:(?:specific|separate|detailed|full|further|other|relevant|recorded|requested) )?(?P<np>[a-z][a-z'/-]*)", re.I)
_NOT_AN_ITEM = frozenset({"information", "data", "request", "requests", "records", "record", "documents", "document", "details",
                          "it", "them", "this", "that", "these", "those", "any", "all", "answer", "answers", "figures", "material",
                          "response", "copy", "copies", "you", "to", "as", "in", "of", "on", "for", "under", "by", "at", "with"})


_SCOPE_ORDINAL = re.compile(r"\b(?:the|your) (" + "|".join(_ORDINALS) + r") (?:part|question|element|point|request)\b", re.I)
_ITEM_END = re.compile(r"\s(?:as|because|since|due|under|which|in line|in accordance|by virtue|is|are|was|were)\b|[,;(]", re.I)
_ITEM_QUALIFIER = re.compile(r"(?: (?:that |which )?you (?:have )?(?:requested|asked for|sought))?"  # rd23: "the information you have requested on pupils ..."
                             r" (?:for|on|about|relating to|regarding|before|after|prior to|from|as to|in respect of) (?!(?:your|the|this) (?:request|question)|it\b|this\b)", re.I)


# rd53: two shares that make up the whole, each held back on its own ground ("some of the information was exempt on
# the basis of s.44 of the FOIA and some on the basis of Regulation 12(5)(d)"): the decision is the whole's
_SCOPE_SHARES_WHOLE = re.compile(
    r"\bsome (?:of (?:the |this |that )?(?:requested )?(?:information|data|material|documents?|records?|it))?\b(?:[^.;]|\.(?=\S)){0,160}?"
    r"\b(?:and|while|whilst) (?:some|the rest|the remainder|the others?)(?: of (?:it|them|the (?:information|material|documents?)))?"
    r" (?:on the basis of|under|by virtue of|in reliance on|relying on|(?:is|was|were|are) (?:exempt|withheld|refused)\b)", re.I)


def _decision_scope(sentence: str) -> tuple[str, str]:
    """(scope, words) of a decision sentence: questions, covert, rest, some, whole, item (see above) or "" when
    it names nothing."""
    if _SCOPE_SHARES_WHOLE.search(sentence):
        return "whole", _SCOPE_SHARES_WHOLE.search(sentence).group().strip()
    if _SCOPE_EXPLICIT_WHOLE.search(sentence):
        # "the cost of determining whether any information relative to question 6 ... is held is above the amount ...
        # therefore we are withholding the whole of the requested information": the decision says its own scope
        return "whole", _SCOPE_EXPLICIT_WHOLE.search(sentence).group().strip()
    m = _SCOPE_PARTS.search(sentence)
    if m:
        nums = [int(n) for n in re.findall(r"\d{1,2}", m.group(1) or m.group(2) or m.group(3))]
        if re.search(r"\d\s*(?:to|-)\s*\d", m.group(1) or m.group(2) or m.group(3)) and len(nums) == 2:
            nums = list(range(nums[0], nums[1] + 1))
        return "questions", "question" + ("s " if len(nums) > 1 else " ") + ", ".join(map(str, nums))
    m = _SCOPE_ORDINAL.search(sentence)
    if m:
        return "questions", f"question {_ORDINALS[m.group(1).lower()]}"
    m = _SCOPE_THIS_PART.search(sentence)
    if m:
        # rd35: a part of the request named back ("so that part is refused under section 12", "this element of your
        # request"): the question the sentence is about, not a share of its information
        return "questions", m.group().strip()
    if _SCOPE_COVERT.search(sentence):
        return "covert", "covert use"
    for name, pattern in (("rest", _SCOPE_REST_WORDS), ("some", _SCOPE_SOME_WORDS)):
        m = pattern.search(sentence)
        if m:
            return name, m.group().strip()
    m = _LABEL_LEAD.match(sentence)
    if m and not _HEADING_LABEL.search(m.group("np")):
        # rd35: a cell's label before the colon names the share ("Area cleaned: this information not retained")
        return "item", m.group("np").strip()
    m = _SCOPE_WHOLE_WORDS.search(sentence)
    if m:
        return "whole", m.group().strip()
    m = _ITEM_SUBJECT.search(sentence)
    if m and m.group("np").split()[0].lower() not in _NOT_AN_ITEM:
        return "item", m.group("np")
    for v in _ITEM_OBJECT.finditer(sentence):
        after = _ITEM_AFTER.match(sentence, v.end())
        if after is None:
            continue
        words = _ITEM_END.split(sentence[after.start("np") : after.start("np") + 80])[0].strip(" .;:")
        np = after.group("np").lower()
        # "figures for agency staff", "information about spending before 2019": a named share, not the request
        named = np in ("information", "data", "figures", "details", "records") and _ITEM_QUALIFIER.match(sentence, after.end())
        if np not in _NOT_AN_ITEM or named:
            return "item", words
    return "", ""


_HOLD_BACK_SCOPED = ("withhold", "not_held", "cost")
# rd35: a short label before a colon that opens a sentence (a table's row or a list's item), and the headings that are
# no label of a share ("Response:", "Our answer:", "Question 2:", "Please note:")
_LABEL_LEAD = re.compile(r"^\W*(?P<np>[A-Za-z][\w '&/()-]{2,50}?)\s?:\s+(?=\S)")
_HEADING_LABEL = re.compile(r"\b(?:response|responses|answer|reply|decision|outcome|result|note|information|request|question|part|point|item|q\d*"
                            r"|details|summary|comments?|explanation|reasons?|background|update|foi|ref|reference|date|re|subject|section|exemptions?)\b",
                            re.I)


def _held_back_scopes(ev: _Events, lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """(sentence, scope) of each sentence that withholds, says not held or refuses on cost (not the estimate's
    workings, not "we hold nothing more", not the restated request), between lo and hi (one part) or in the whole."""
    t = ev.t
    hi = len(t.original) if hi is None else hi
    skip = _estimate_units(ev) | ev.nothing_more
    units = {t.unit(a) for sig, a, _ in ev.signals if sig in _HOLD_BACK_SCOPED and lo <= a < hi}
    units |= {t.unit(a) for _, sig, a, _ in ev.citations if sig in _HOLD_BACK_SCOPED and lo <= a < hi}
    out = []
    for u in sorted(units):
        if u in skip or ev.roles[u] not in ("other", "decision"):
            continue
        scope, words = _decision_scope(t.original[slice(*t.bounds(u))])
        if scope == "some" and _ANAPHORIC_SHARE.search(words) and (u - 1) in units:
            # "... has been withheld under section 37. Some of that information is also exempt under section 40(2)":
            # a share of what the sentence before withheld, not a share of the request
            scope = ""
        out.append((u, scope))
    return out


_ANAPHORIC_SHARE = re.compile(r"\bof (?:this|that|these|those)\b", re.I)


def _pointer_gives_a_share(ev: _Events) -> bool:
    """rd35: a sentence of the authority's own (not the estimate, the advice on narrowing, further reading or what the
    body publishes in general) points at published information and says where."""
    t = ev.t
    skip = _estimate_units(ev)
    for sig, a, _ in ev.signals:
        u = t.unit(a)
        if sig != "published" or u in skip or ev.roles[u] not in ("other", "decision"):
            continue
        if not_information(_unit_text(ev, u)) in ("advice", "further_pointer", "our_publishing", "about_the_law"):
            continue
        if _pointer_says_where(ev, *t.bounds(u)):
            return True
    return False


def _cost_of_a_share_beside_an_answer(ev: _Events, signal: str = "cost") -> bool:
    """rd35: every cost refusal (or not-held, `signal`) names a share (a question, "this element", "the rest", a named
    item: "The area cleaned: this information not retained"), never the whole request, and a sentence outside the
    hold-backs and the estimate gives information (figures, an answer)."""
    scoped = [(u, scope) for u, scope in _held_back_scopes(ev) if any(
        sig == signal and ev.t.unit(a) == u for sig, a, _ in ev.signals)]
    def _share(u: int, scope: str) -> bool:
        if scope in ("questions", "rest", "some"):
            return True
        # a named item only as a row's label ("Removal costs: ..."), not "the information you requested about X"
        lead = _LABEL_LEAD.match(ev.t.original[slice(*ev.t.bounds(u))]) if scope == "item" else None
        return bool(lead) and not _HEADING_LABEL.search(lead.group("np"))

    # (a sentence that names nothing, beside one that names the share, is that share's explanation: "to identify which
    # of these payments related to agency staff would exceed the cost limit. We are therefore refusing this element")
    if not any(_share(u, scope) for u, scope in scoped) or any(scope == "whole" for _, scope in scoped) or any(
            not _share(u, scope) and scope != "" for u, scope in scoped) or _refuses_whole(ev):
        return False
    held = {u for u, _ in _held_back_scopes(ev)} | _estimate_units(ev)
    return any(u not in held for u in _information_units(ev, 0, len(ev.t.original)))


_WHOLE_SIGNAL = {Outcome.not_held: "not_held", Outcome.cost_limit: "cost", Outcome.ncnd: "ncnd"}


def _whole_not_held(ev: _Events, signal: str = "not_held") -> bool:
    """Every sentence that says "not held" says it of the whole request ("This information is not held by the
    University"): figures elsewhere in the reply describe the authority, not an answer ("The University was established
    in 1992 and has around 24,000 students")."""
    t = ev.t
    if _parts(ev):
        return False  # after a restated question, "this information" is that question's, not the whole request
    units = {t.unit(a) for sig, a, _ in ev.signals if sig == signal} - ev.nothing_more
    if signal == "cost" and units and any(
            not any(t.unit(a) == u for _, a, _ in ev.signals) and not _ABOUT_THE_REQUEST.search(t.original, *t.bounds(u))
            for u in _fact_units(ev, 0, t.starts[min(units)])):
        # rd58: figures told before the cost refusal, in sentences of their own that decide nothing and do not restate the
        # request, nor count the estimate ("During the
        # above years, we had 140 Disciplinary and Grievance Cases recorded ... compliance with your request would
        # exceed the appropriate costs limit"): they answered a share before the rest was refused on cost
        return False
    # rd28: a decision that names no share ("we have searched our records and there is no specific data held") says it
    # of what was asked; after a restated request, only when it follows the whole of it
    # of what was asked when it is the first decision after the whole restated request and nothing was answered before
    # it (what follows it explains). Without a restated request such a sentence may be one question's answer among others
    restated = [u for u, role in enumerate(ev.roles) if role == "request" or u in ev.blanked]
    scopes: tuple[str, ...] = ("whole",)
    if restated:
        first = min((t.unit(a) for _, a, _ in ev.signals if t.unit(a) > restated[-1]), default=None)
        if (signal != "not_held" or first not in units or any(u < restated[-1] for u in units)
                or _fact_units(ev, 0, t.starts[first])):
            return False
        scopes = ("whole", "")
    return bool(units) and all(_decision_scope(t.original[slice(*t.bounds(u))])[0] in scopes and not _demonstrative_of_a_share(ev, u)
                               and not _ITEM_LED_SENTENCE.match(t.original, t.bounds(u)[0]) for u in units)


# rd46: a sentence opened by an item's marker ("1a \u2013 The Service does not hold the information ...", "Q3: Not held")
# decides that item, not the whole request, whatever its subject says ("the information")
_ITEM_LED_SENTENCE = re.compile(r"\s*(?:Q|Question |Part |Answer |Response )?\d{1,2}[a-h]?(?:[.):]|[ \t]?[-\u2013\u2014])[ \t]+(?=\S)")


def _demonstrative_of_a_share(ev: _Events, u: int) -> bool:
    """The decision's scope is a demonstrative ("This information is exempt under section 12") and the sentence
    before names a share ("to check the remaining 235 cases would take 19.5 hours"): "this" is that share."""
    t = ev.t
    _, words = _decision_scope(t.original[slice(*t.bounds(u))])
    if u == 0 or not re.match(r"\W*(?:this|that|these|those|it|such)\b", words, re.I):
        return False
    return _decision_scope(t.original[slice(*t.bounds(u - 1))])[0] in ("rest", "some")


_ALSO = re.compile(r"\b(?:also|likewise|similarly|equally|as well|too)\b")


def _held_back_in_part(ev: _Events, lo: int = 0, hi: int | None = None) -> bool:
    """The sentences that hold back say, in their own words, that they cover only what is left ("the remainder of your
    request", "the remaining figures") or a share ("some of the information"), and none covers the whole: the rest was
    answered, even where the answer itself is not in the text (an attachment, an earlier letter). "The names are exempt.
    The remaining details are exempt" holds back all of it: a "rest" after another hold-back completes that one."""
    if any(sig == "goodwill" for sig, _, _ in ev.signals):
        return False  # "it does not affect our right to rely on the fees regulations for the remainder": a gift, then a refusal
    scopes = _held_back_scopes(ev, lo, hi)
    if not scopes or any(scope == "whole" for _, scope in scopes) or _refuses_whole(ev, lo, hi):
        return False
    first = scopes[0][0]
    # "the remaining questions, which would also exceed the limit": held back like something already held back
    rest = [u for u, scope in scopes if scope == "rest" and not _ALSO.search(ev.t.lower, *ev.t.bounds(u))]
    some = [u for u, scope in scopes if scope == "some"]
    # "The Trust holds only part of the information you requested. We do not hold figures for agency staff."
    t = ev.t
    holds_some = any(sig == "held" and (lo <= a < (len(t.original) if hi is None else hi))
                     and _decision_scope(t.original[slice(*t.bounds(t.unit(a)))])[0] == "some" for sig, a, _ in ev.signals)
    # (beside a cost refusal, "we hold some of the information" is what the search would have to go through: the cost
    # refusal covers what is held, and nothing is given)
    cost_units = {t.unit(a) for sig, a, _ in ev.signals if sig == "cost"}
    holds_some = holds_some and not all(u in cost_units for u, _ in scopes)
    return any(u == first for u in rest) or (bool(some) and not rest) or holds_some


def _refuses_whole(ev: _Events, lo: int = 0, hi: int | None = None) -> bool:
    """A sentence that refuses (a refusal notice, a withholding, a cost refusal) and says, in its own words, that it
    refuses the whole request: "Your request is therefore refused under section 12", "the information you have
    requested is exempt". Beside it, a refusal scoped to one question or a share explains that refusal."""
    t = ev.t
    hi = len(t.original) if hi is None else hi
    units = {t.unit(a) for sig, a, _ in ev.signals if sig in ("notice", "withhold", "cost") and lo <= a < hi}
    units |= {t.unit(a) for _, sig, a, _ in ev.citations if sig in ("withhold", "cost") and lo <= a < hi}
    for u in sorted(units):
        if ev.roles[u] not in ("other", "decision"):
            continue
        # clause by clause: "The agency holds some of the information; however, the information you have requested is
        # exempt under section 12" refuses the whole in its second clause
        sentence = t.original[slice(*t.bounds(u))]
        if _SCOPE_EXPLICIT_WHOLE.search(sentence):
            return True  # "... relative to question 6 ... therefore we are withholding the whole of the requested information"
        if _SCOPE_PARTS.search(sentence):
            continue  # "Response to question 2: the information requested is exempt"
        for clause in _REFUSAL_CLAUSE.split(sentence):
            if not _REFUSING.search(clause):
                continue
            scope, words = _decision_scope(clause)
            # "this information" after "In response to questions 3 and 4, ..." is those questions', not the request
            # rd79: "I must refuse your request for the data between 2008/09 and 2018/19": the years name a share
            if scope == "whole" and not re.match(r"\W*(?:this|that|these|those|it|such)\b", words, re.I) \
                    and not _WHOLE_FOR_A_PERIOD.search(clause):
                return True
    return False


# rd79: the request named, then narrowed to some of its years ("your request for the data between 2008/09 and 2018/19",
# "the information for the years before 2015")
_WHOLE_FOR_A_PERIOD = re.compile(
    r"\b(?:request|information|data|figures)\s+(?:for|relating to|covering)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:between|from|before|after|prior to|up to|in|for)\s+(?:the\s+)?(?:years?\s+|period\s+)?(?:19|20)\d\d\b", re.I)


_REFUSAL_CLAUSE = re.compile(r";|,?\s(?:however|but|although|whereas|while|whilst)\b,?", re.I)


def _answered_outside_scope(ev: _Events) -> bool:
    """A refusal names the questions it covers ("applying section 24(1) to questions 1 - 5") and a numbered answer
    to another question has content and no decision of its own ("6. Thames Valley Police, the NHS trust, ...")."""
    t = ev.t
    refusing = {t.unit(a) for sig, a, _ in ev.signals if sig in ("withhold", "ncnd", "notice")}
    refusing |= {t.unit(a) for _, sig, a, _ in ev.citations if sig in ("withhold", "ncnd")}
    named: set[int] = set()
    for u in sorted(refusing)[:20]:
        m = _SCOPE_PARTS.search(t.original, *t.bounds(u))
        if m is None:
            continue
        span = m.group(1) or m.group(2) or m.group(3)
        nums = [int(n) for n in re.findall(r"\d{1,2}", span)]
        if re.search(r"\d\s*(?:to|-)\s*\d", span) and len(nums) == 2:
            nums = list(range(nums[0], nums[1] + 1))
        named |= set(nums)
    if not named:
        return False
    signalled = {t.unit(a) for _, a, _ in ev.signals}
    for u in range(min(len(t.starts), 200)):
        m = _BARE_ITEM.match(t.original, t.starts[u])
        if m is None or int(m.group(1)) in named or int(m.group(1)) <= max(named) - len(named) or u in signalled:
            continue
        if ev.roles[u] == "other" and re.search(r"[A-Za-z]{3,}", t.original[m.end() - 1 : t.bounds(u)[1]]):
            return True
    return False


def _ncnd_of_the_rest(ev: _Events) -> bool:
    """The first sentence that neither confirms nor denies says it covers only what is left ("In relation to the
    remainder of questions 1-3, the MPS is not required to confirm or deny"): the rest was answered."""
    t = ev.t
    units = sorted({t.unit(a) for sig, a, _ in ev.signals if sig in ("ncnd", "ncnd_partial") and ev.roles[t.unit(a)] in ("other", "decision")})
    if not units:
        return False
    scope, words = _decision_scope(t.original[slice(*t.bounds(units[0]))])
    # only "the remainder / the rest / the remaining ...": "any other information" in an NCND reply is NCND boilerplate
    return scope == "rest" and bool(_REMAINDER.search(words)) and not _ALSO.search(t.lower, *t.bounds(units[0]))


_REMAINDER = re.compile(r"\b(?:remainder|rest|remaining)\b", re.I)


def _applies_to(sentence: str) -> str | None:
    """What a decision sentence is about, from its own words: "question 2", "covert use", "the rest", "some of it",
    "the information", or the thing it names ("the contract value")."""
    scope, words = _decision_scope(sentence)
    if scope in ("questions", "covert"):
        return words
    return {"rest": "the rest", "some": "some of it", "item": words or "the information"}.get(scope, "the information")


# the signals that make each refusal: a scope on another kind of sentence says nothing about this one ("Regarding
# question 2, data before 2020 is not captured" beside a cost refusal of the remainder)
_REFUSAL_SIGNALS = {Outcome.not_held: {"not_held"}, Outcome.cost_limit: {"cost"}, Outcome.ncnd: {"ncnd", "ncnd_partial"}}
# rd49: an NCND of "any other / further information" covers what was not answered: it is no NCND of the whole request
_NCND_OF_OTHER = re.compile(r"\b(?:any|all) (?:other|further|additional)\b", re.I)


def _scoped_to_later_questions(ev: _Events, outcome: Outcome | None = None) -> bool:
    """A refusal that names only later questions ("In response to questions 3 and 4, ... exempt"): the
    earlier ones were answered somewhere, so the whole is part disclosed. Only the sentences that make the
    refusal (`outcome`) are looked at."""
    t = ev.t
    if _refuses_whole(ev):
        return False
    for u in range(len(t.starts)):
        sentence = t.original[slice(*t.bounds(u))]
        if ev.roles[u] != "request" and _SCOPE_WHOLE.search(sentence) and _REFUSING.search(sentence) and not _SCOPE_PARTS.search(sentence):
            return False  # "the information you have requested ... cannot be disclosed": the whole request
    own = {t.unit(a) for sig, a, _ in ev.signals if sig in _REFUSAL_SIGNALS.get(outcome, ())} if outcome else set()
    units = {t.unit(a) for sig, a, _ in ev.signals if sig in ("withhold", "not_held", "cost", "ncnd", "notice")}
    scoped = []
    for u in sorted(units):
        a, b = t.bounds(u)
        # the scope may open the paragraph a few sentences before ("In response to questions 3 and 4, ... This
        # information is therefore exempt"): the nearest scope within three sentences
        lo = t.starts[max(0, u - 3)]
        scopes = list(_SCOPE_PARTS.finditer(t.original[lo:b]))
        m = scopes[-1] if scopes else None
        if m:
            scoped.append(1 not in [int(n) for n in re.findall(r"\d{1,2}", m.group(1) or m.group(2) or m.group(3))])
        elif u in own and outcome == Outcome.ncnd and _NCND_OF_OTHER.search(t.original, a, b):
            continue  # rd49: "... neither confirm nor deny that it holds any other information": the rest, beside a scoped NCND
        elif u in own and outcome != Outcome.refused:
            return False  # the refusal that decides names no question: it is the whole request's ("... for the remainder")
    return bool(scoped) and all(scoped)


def read_sentences(text: str) -> list[Sentence]:
    """Each sentence of a reply with its role, its part number and the decision signals read in it."""
    ev = _events(text if isinstance(text, str) else "")
    t = ev.t
    spans = _parts(ev)
    by_unit: dict[int, list[str]] = {}
    for signal, start, _ in ev.signals:
        by_unit.setdefault(t.unit(start), []).append(signal)
    secs: dict[int, list[str]] = {}
    for key, _, start, _ in ev.citations:
        secs.setdefault(t.unit(start), []).append(key)
    out = []
    # rd21: the requester's stretches of a pasted page were blanked before reading (same length): shown as written,
    # with the role "request"
    as_written = text.translate(_SAME_LENGTH) if isinstance(text, str) else ""
    for u in range(len(t.starts)):
        lo, hi = t.bounds(u)
        text_u = " ".join(t.original[lo:hi].split())
        blanked = not text_u
        if blanked:
            text_u = " ".join(as_written[lo:hi].split())
        if not text_u:
            continue
        part = next((num for num, a, b in spans if a <= lo + (len(t.original[lo:hi]) - len(t.original[lo:hi].lstrip())) < b), None)
        role = "request" if blanked else ev.roles[u]
        signals = list(dict.fromkeys(by_unit.get(u, [])))
        if role == "other" and signals:
            role = "decision"
        out.append(Sentence(text=text_u[:500], role=role, part=part, signals=signals, sections=_refined(secs.get(u, [])),
                            applies_to=_applies_to(text_u) if role == "decision" else None))
    return out


def read_outcome_label(label: str) -> Reading:
    """A short outcome line: a WhatDoTheyKnow status, an Alaveteli state, or a disclosure-log line
    such as "Part Disclosure with Section 24, Section 31 and Section 23 Exemptions"."""
    label = label if isinstance(label, str) else ""
    exact = _rules().labels.get(_label_key(label))
    if exact is not None:
        return _reading(exact, False, [], Regime.FOIA, [" ".join(label.split())], [])
    return read_reply(label)


def combine(label_reading: Reading, body_reading: Reading) -> Reading:
    """One reading from an outcome line and the reply text it belongs to.

    The line is the publisher's own classification, so its outcome stands, except that
    - a line with no final answer (pending/withdrawn) gives way to a text that has one, and a text with no
      final answer never overrides the line;
    - a line that only says "refused" gives way to a text that says which kind of refusal it was
      (not held, cost limit, vexatious, NCND, published): "Full Refusal Section 17" + "does not hold"
      -> not_held.
    NCND in either counts; sections are merged, the text's subsections replacing the line's bare sections
    ("23" -> "23(5)"); the regime is the text's.
    """
    label, body = label_reading.outcome, body_reading.outcome
    specific_refusals = (Outcome.not_held, Outcome.cost_limit, Outcome.vexatious, Outcome.ncnd, Outcome.published)
    if not label.is_final and body.is_final:
        outcome = body
    elif label == Outcome.refused and body in specific_refusals:
        outcome = body
    else:
        outcome = label
    evidence = list(dict.fromkeys(label_reading.evidence + body_reading.evidence))[:MAX_EVIDENCE]
    merged = _reading(
        outcome,
        label_reading.ncnd or body_reading.ncnd,
        _refined(label_reading.sections + body_reading.sections),
        body_reading.regime,
        evidence,
        list(dict.fromkeys(label_reading.links + body_reading.links)),
    )
    if outcome == body and body_reading.not_in_text and not merged.links:  # rd82: the body's attachment or lost link
        merged.not_in_text = list(body_reading.not_in_text)
        merged.explanation = _explain(merged)
    return merged
