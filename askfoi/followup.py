"""The letters after a reply: the internal review (with grounds chosen by what the reply decided), the
chaser for a late reply, and the complaint to the Information Commissioner or the Scottish Information
Commissioner. Templates: prompts/letters/review.txt.j2, chase.txt.j2, complain.txt.j2; the provisions
each law's letter cites: knowledge/vocab/followup_law.yaml. Letters are askfoi.letter.Letter, so
render_letter() gives them as text, Markdown or an email message.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel

from askfoi.ncnd_basis import held_unnamed, ncnd_basis
from askfoi.deadlines import add_months, add_working_days, due_date, long_date, plain_date, review_request_by
from askfoi.extensions import extended_due
from askfoi.letter import Letter
from askfoi.knowledge import compile_any, get_knowledge, load_vocab
from askfoi.models import OUTCOME_LABELS, Outcome, Regime
from askfoi.part_trust import letter_parts
from askfoi.disputed_parts import disputed_quotes, grouped
from askfoi.next_steps import ICO_WEEKS, SIC_MONTHS, Law, law_of
from askfoi.answer_map import unclear_numbers, with_mapped_parts
from askfoi.part_decisions import withholds_a_share
from askfoi.reader import Reading, asks_a_format, published_shares, read_reply, section_meaning, section_name, section_role
from askfoi.reply_explain import (
    source_words,
    OtherAnswer,
    answered_differently,
    is_ncnd_provision,
    is_scottish,
    reply_query,
    similar_answers,
)
from askfoi.templates import render

LetterKind = Literal["review", "chase", "complain"]
Ground = Literal["cost", "not_held", "ncnd", "public_interest", "absolute", "personal", "commercial", "parts_owed",
                 "published", "vexatious", "unclear", "unnamed", "own_data", "format", "contractor", "not_recorded",
                 "policy", "emissions"]
MAX_CITED = 4


class NothingToChallenge(ValueError):
    """The reply gave everything asked for: there is no decision to review or complain about."""


class NothingToChase(ValueError):
    """ny67 (nc67 #4): the reply that came gave a decision on every part: a chaser would say "I have not yet received a
    reply" after one came. The message says why in plain words (and, for a late reply, where the lateness can go)."""


class AlreadyReviewed(NothingToChallenge):
    """fu27: the reply is itself the outcome of an internal review (FOISA/EISR review, EIR reconsideration): the next
    step is the Commissioner, never a second review."""


class NotLateYet(NothingToChallenge):
    """A complaint about no reply, asked for before the reply is due (nu29): the letter would tell the Commissioner
    something untrue."""


class LawRoles(BaseModel):
    """Which cited provisions (numbers under that law) each review ground answers."""

    cost: list[str] = []
    vexatious: list[str] = []
    not_held: list[str] = []
    published: list[str] = []
    personal: list[str] = []
    commercial: list[str] = []
    unfinished: list[str] = []  # rv51: material in the course of completion (EIR 12(4)(d), EISR 10(4)(d))
    # nz79 (nc79 #2): the policy exemption (FOIA s35, FOISA s29), argued on the policy's stage and its own subsections
    policy: list[str] = []
    # nz79 (nc79 #3): the exceptions that cannot withhold information on emissions (EIR 12(5)(d)-(g) by reg 12(9),
    # EISR 10(5)(d)-(g) by reg 10(6))
    emissions_barred: list[str] = []
    routing: list[str] = []
    own_data: list[str] = []  # the requester's own personal data: a subject access request
    weighed: list[str] = []  # the regulations' exceptions that carry the public interest test
    # rd48: the notices a reply gives its decision in (the refusal notice; FOISA s17's "not held" notice): no ground
    notice: list[str] = []


class LawTerms(BaseModel):
    act: str
    request: str = ""  # lw53: the provision a request is made under (FOIA s1, EIR reg 5)
    review_reply: str = ""  # lw53 (nc53 #5): the provision that sets the time for the review's outcome (FOISA s21)
    review_days: int = 20  # lw53: the working days it gives (EIR reg 11(4): 40)
    personal_absolute: str = ""  # lw53: where the personal data exemption is made absolute (FOIA s2(3)(fa))
    exemption_word: str = "exemption"
    short: str
    time: str
    advice: str
    cost: str
    not_held: str
    review: str
    review_word: str
    review_provision: str
    commissioner: str
    commissioner_short: str
    complaint: str
    complaint_window: str
    personal: str
    commercial: str
    public_interest: str
    public_interest_ncnd: str = ""
    pi_reasons: str = ""  # nr94: where a refusal must give its public interest reasons
    refusal_notice: str = ""
    extension: str = ""
    format: str = ""  # fu26: the form or format the requester asked for (FOIA s11, EIR reg 6(1))
    # fu30: what published information must be to answer a request under this law (FOIA s21 "reasonably accessible",
    # FOISA s25 "reasonably obtainable", EIR / EISR reg 6(1)(b) "publicly available and easily accessible"), and what
    # the Regulations' reg 6(1)(b) does not excuse (it is about the form or format, not an exception)
    accessible: str = "reasonably accessible to me"
    published_note: str = ""
    held_for: str = ""  # information another person holds on the authority's behalf is held by it (FOIA s3(2)(b))
    recorded: str = ""  # rd70: the Act's right is to information recorded in any form (FOIA s84, FOISA s73, EIR reg 2(1))
    # rd49: the Regulations' exception for internal communications (EIR reg 12(4)(e), EISR reg 10(4)(e)) and what the
    # law adds to "internal" (EIR reg 12(8): communications between government departments)
    internal: str = ""
    internal_note: str = ""
    # fu28: a review asked for more than 40 working days after the response: what the letter says of it (late_review)
    # and what the person is told (late_note)
    late_review: str = ""
    late_note: str = ""
    # nz79 (nc79 #2): the policy exemption's provisions: the exemption, Ministerial communications, statistics once a
    # decision is taken, and the weight for factual background (FOIA s35, 35(1)(b), 35(2), 35(4); FOISA s29, 29(1)(b),
    # 29(2), 29(3))
    policy: str = ""
    policy_ministerial: str = ""
    policy_statistics: str = ""
    policy_facts: str = ""
    # nz79 (nc79 #3): the rule that some exceptions cannot withhold information on emissions (EIR reg 12(9), EISR reg
    # 10(6)) and the exceptions it names
    emissions: str = ""
    emissions_excepts: str = ""
    roles: LawRoles = LawRoles()
    absolute_notes: dict[str, str] = {}  # section number -> what that absolute exemption turns on
    twin: dict[str, str] = {}  # EISR: the EIR provision each mirrors ("10(4)" -> "EIR 12(4)")
    # EISR provisions that do not mirror their EIR twin's terms (reg 16 review: 20 working days, then the Scottish
    # Information Commissioner): number -> {title, meaning}
    own_notes: dict[str, dict[str, str]] = {}


@functools.lru_cache(maxsize=1)
def _terms() -> dict[str, LawTerms]:
    data, _ = load_vocab("followup_law", LawTerms)
    return data if isinstance(data, dict) else {}


def law_terms(law: Law) -> LawTerms:
    return _terms()[law]


def _family(section: str) -> str:
    return section.rpartition(" ")[2].split("(")[0]


def _law_of_section(section: str) -> Law:
    """The law a cited section is numbered under: its prefix ("EIR 12(4)(b)", "FOISA 38(1)(b)"), else FOIA."""
    prefix = section.rpartition(" ")[0]
    return prefix if prefix in ("FOISA", "EIR", "EISR") else "FOIA"  # type: ignore[return-value]


def section_roles(section: str) -> set[str]:
    """The review grounds a cited section answers under its own law (knowledge/vocab/followup_law.yaml roles):
    cost, vexatious, not_held, published, personal, commercial, routing, weighed."""
    body = section.rpartition(" ")[2]
    roles = law_terms(_law_of_section(section)).roles.model_dump()
    return {role for role, provisions in roles.items()
            if any(body == p or body.startswith(p + "(") for p in provisions)}


def cited_ground(section: str) -> bool:
    """rd48 (issue 10): whether a provision a reply cites is a ground for its decision (an exemption or exception, the
    cost limit, a vexatious or repeated request, information already published, an NCND provision), as opposed to the
    notice the decision is given in (FOIA s17, FOISA s16, EIR reg 14 and EISR reg 13 refusal notices; FOISA s17, the
    notice that information is not held: followup_law.yaml `notice`) or a step of the process (the right of access,
    time limits, advice and assistance, routing to the EIR: the reader's procedural, notice and routing roles). A
    notice is not an exemption, so a complaint never lists one among the provisions the authority relied on."""
    roles = section_roles(section)
    if "notice" in roles or "routing" in roles:
        return False
    return section_role(section) not in ("procedural", "notice", "routing")


def twin_of(section: str) -> str | None:
    """The EIR provision an EISR provision mirrors ("EISR 10(4)(a)" -> "EIR 12(4)(a)"), or None."""
    law, _, body = section.rpartition(" ")
    if law != "EISR":
        return None
    for mine, theirs in law_terms("EISR").twin.items():
        if body == mine or body.startswith(mine + "("):
            return theirs + body[len(mine):]
    return None


def _weighed(section: str) -> bool:
    """Whether the public interest is weighed for this provision: the regulations' exceptions listed as weighed,
    and under the Acts every exemption the knowledge pack calls qualified (NCND provisions too: the public
    interest in saying whether information is held is weighed the same way); never a routing provision."""
    roles = section_roles(section)
    if "routing" in roles or "not_held" in roles or "cost" in roles and _law_of_section(section) in ("FOIA", "FOISA"):
        return False
    if _law_of_section(section) in ("EIR", "EISR") or "weighed" in roles:
        return "weighed" in roles
    return getattr(get_knowledge().exemption(section), "test", None) == "qualified"


def _absolute(section: str) -> bool:
    """An absolute exemption with no ground of its own (personal data and published information have theirs; an
    NCND provision is taken up under NCND)."""
    if is_ncnd_provision(section) or section_roles(section) & {"published", "personal", "routing"}:
        return False
    return getattr(get_knowledge().exemption(section), "test", None) == "absolute"


# the reply restating a request for the requester's own data: "You asked for all the emails ... held about you"
_YOUR_DATA = re.compile(r"(?i)\b(?:you\s+(?:asked|requested)|your\s+request)\b[^.]{0,200}?(?:\b(?:about|on|concerning|regarding|"
                        r"relating\s+to|mentioning|naming)\s+you(?:rself)?\b|\byour\s+(?:own\s+)?(?:personal\s+(?:data|information)|"
                        r"records?|files?|case\s+(?:file|notes)|data)\b)")


def _asks_own_data(request: str | None, reply: str | None) -> bool:
    """(ck21) Whether the request asked for the requester's own personal data: the request's words (the
    own-personal-data check, knowledge/vocab/checks.yaml), else the reply restating it ("You asked for ... about
    you")."""
    if request and request.strip():
        from askfoi.checks import check_request

        return any(f.code == "own-personal-data" for f in check_request(request).findings)
    return bool(reply and _YOUR_DATA.search(reply))


@functools.lru_cache(maxsize=1)
def _foisa_map() -> tuple[dict[str, str], dict[str, str]]:
    data, _ = load_vocab("foisa_equivalents")
    data = data if isinstance(data, dict) else {}
    return ({str(k): str(v) for k, v in (data.get("equivalents") or {}).items()},
            {str(k): str(v) for k, v in (data.get("notes") or {}).items()})


def foisa_equivalent(section: str) -> str | None:
    """fu26: the FOISA provision nearest a FOIA one ("36(2)(b)(ii)" -> "FOISA 30(b)(ii)"; an NCND provision -> "FOISA
    18"), by the longest FOIA number the citation starts with (knowledge/vocab/foisa_equivalents.yaml); None for a
    provision with no equivalent (section 23) or one already numbered under another law."""
    if " " in section.strip():
        return None
    equivalents, _ = _foisa_map()
    best = max((k for k in equivalents if section == k or section.startswith(k + "(")), key=len, default=None)
    if best is None:
        return None
    rest = section[len(best):] if equivalents[best] not in ("18",) else ""
    return f"FOISA {equivalents[best]}{rest}"


class EirEquivalent(BaseModel):
    eir: str = ""
    note: str = ""


@functools.lru_cache(maxsize=1)
def _eir_map() -> tuple[dict[str, EirEquivalent], EirEquivalent | None]:
    data, _ = load_vocab("eir_equivalents")
    data = data if isinstance(data, dict) else {}
    equivalents = {str(k): EirEquivalent(**v) for k, v in (data.get("equivalents") or {}).items() if isinstance(v, dict)}
    ncnd = data.get("ncnd")
    return equivalents, EirEquivalent(**ncnd) if isinstance(ncnd, dict) else None


def eir_equivalent(section: str, *, scotland: bool = False) -> dict | None:
    """fu27: the Regulations' provision nearest a cited FOIA one, for a reply that relied on the Act where the EIR (EISR)
    govern: {"cited": "section 43(2)", "eir": "regulation 12(5)(e) of the EIR" or "" (none: s44), "note": what it turns
    on} (knowledge/vocab/eir_equivalents.yaml; an NCND provision -> regulation 12(6)); None for a provision numbered under
    another law, or one the map does not know."""
    if " " in section.strip():
        return None
    equivalents, ncnd = _eir_map()
    found = ncnd if is_ncnd_provision(section) and not section.startswith("40(") else None
    if found is None:
        best = max((k for k in equivalents if section == k or section.startswith(k + "(")), key=len, default=None)
        if best is None:
            return None
        found = equivalents[best]
    eir = found.eir
    if eir.startswith("13") and scotland:
        eir = "11"  # the EISR's personal data regulation, whose paragraphs are numbered otherwise
    elif eir and scotland:  # the EISR mirror the EIR: 12(4) -> 10(4), 12(5) -> 10(5), 12(6) -> 10(8), 13 -> 11, 6 -> 6
        for mine, theirs in law_terms("EISR").twin.items():
            twin = theirs.removeprefix("EIR ")
            if eir == twin or eir.startswith(twin + "("):
                eir = mine + eir[len(twin):]
                break
    law = "EISR" if scotland else "EIR"
    return {"cited": section_name(section), "eir": f"regulation {eir} of the {law}" if eir else "", "note": found.note}


# a reply that relies on the UK Act: "Freedom of Information Act 2000", never the Scottish Act's name
_UK_ACT = re.compile(r"(?i)\bFreedom\s+of\s+Information\s+Act(?:\s+2000|\s*\(FOIA\))|\bFOIA\s+2000\b")


def _eir_only(law: Law, authority: str | None, reading: Reading) -> list[str] | None:
    """nu29: a body that is a public authority only under the EIR (a water company) whose reply relied on the Act:
    the provisions it cited (names, possibly []); None otherwise (the letter is then under the law the reply used)."""
    from askfoi.next_steps import environmental_only

    if law != "FOIA" or not environmental_only(authority):
        return None
    return [section_name(s) for s in reading.sections if not s.startswith(("EIR", "EISR"))]


def _as_argued(section: str, eir_applies: bool, scotland: bool) -> str:
    """SECTION as a review ground names it: the Regulations' nearest exception where they govern (fu28), else its name."""
    mapped = eir_equivalent(section, scotland=scotland) if eir_applies and not section.startswith(("EIR", "EISR")) else None
    return mapped["eir"] if mapped and mapped.get("eir") else section_name(section)


def _eir_map_for(reading: Reading, applies: bool, scotland: bool) -> list[dict]:
    """fu27: where the Regulations govern a reply that cited the Act (APPLIES), each cited FOIA provision with the
    Regulations' nearest (eir_equivalent); [] otherwise."""
    if not applies:
        return []
    found = [eir_equivalent(s, scotland=scotland) for s in reading.sections]
    return [f for f in found if f is not None]


_DEALT_UNDER_EIR = re.compile(r"(?i)\bEnvironmental\s+Information\s+(?:\(Scotland\)\s+)?Regulations|\bEI\(?S?\)?R\b|"
                             r"\bregulation\s+\d+\(\d")


def _act_cited_under_eir(reading: Reading, law: Law) -> bool:
    """Lead 27 (nu30): a request handled under the EIR (or EISR) whose reply cites the FOI Act's exemptions ("withheld
    under section 40(2)"): the Act's exemptions do not apply to environmental information (FOIA s39, FOISA s39(2))."""
    return law in ("EIR", "EISR") and any(not s.upper().startswith(("EIR", "EISR", "REG")) for s in reading.sections)


def wrong_act(reading: Reading, text: str | None, law: Law) -> list[tuple[str, str | None]]:
    """fu26: a Scottish public authority's reply (LAW FOISA) that cites FOIA provisions under the UK Act: each cited
    provision with its FOISA equivalent (None: no equivalent); [] when the reply is not of that kind."""
    if law != "FOISA" or not reading.sections or not text or not _UK_ACT.search(text):
        return []
    if re.search(r"(?i)\(Scotland\)\s+Act", text) or any(" " in s for s in reading.sections):
        return []
    return [(s, foisa_equivalent(s)) for s in reading.sections]


def under_foisa(reading: Reading, pairs: list[tuple[str, str | None]]) -> Reading:
    """The READING with its FOIA provisions renumbered as FOISA's (PAIRS from wrong_act); a provision with no equivalent
    is dropped."""
    mapped = dict(pairs)

    def renumber(sections: list[str]) -> list[str]:
        return list(dict.fromkeys(mapped[s] for s in sections if mapped.get(s)))

    parts = [p.model_copy(update={"sections": renumber(p.sections)}) for p in reading.parts]
    return reading.model_copy(update={"sections": renumber(reading.sections), "parts": parts, "regime": Regime.FOISA})


def foisa_notes(sections: list[str]) -> list[str]:
    """What each FOISA provision among SECTIONS turns on that its FOIA twin does not (substantial prejudice)."""
    _, notes = _foisa_map()
    return list(dict.fromkeys(notes[n] for s in sections for n in notes
                              if s.startswith("FOISA ") and _family(s) == n))


def cited_in(text: str, section: str) -> bool:
    """fu27: whether TEXT itself cites SECTION's number ("Section 44", "s.40(2)", "regulation 13", "40(2)"), not only the
    words of its ground (the reader adds the personal data or cost provision a reply refuses on without citing it)."""
    number = re.escape(_family(section))
    # (a list after the word counts: "sections 40 and 41", "sections 24(1), 31 and 43")
    return bool(re.search(rf"(?i)\b(?:sections?|s\.?|sec\.?|regulations?|regs?\.?|exemptions?|exceptions?)\s*"
                          rf"(?:\d{{1,2}}(?:\([^)\s]{{1,4}}\))*\s*(?:,|and|&|or)\s*){{0,6}}{number}\b"
                          rf"|(?<![\d.£/])\b{number}\s*\(\s*\d", text))


def cited_only(reading: Reading, text: str | None) -> Reading:
    """fu27: READING with only the provisions the reply's TEXT cites, where it cites any: a provision the reader added for
    a ground the reply only describes (s40(2) beside "personal information ... must not be disclosed" in a reply that
    relied on s44) is never named in a letter as the reply's, nor argued as its ground. Unchanged without TEXT or
    when the reply cites none of them (then the added provision is the only name the refusal has)."""
    if not text or not reading.sections:
        return reading
    flat = " ".join(text[:20000].split())
    cited = [s for s in reading.sections if cited_in(flat, s)]
    if not cited or len(cited) == len(reading.sections):
        return reading
    parts = [p.model_copy(update={"sections": [s for s in p.sections if s in cited]}) for p in reading.parts]
    return reading.model_copy(update={"sections": cited, "parts": parts})


# what a part's own sentence says when it says the information is not held ("This information is not held", "we do not
# hold it in a reportable format", "is not recorded"), with no exemption named in it
_PART_NOT_HELD = re.compile(r"(?i)\bnot\s+(?:held|recorded|kept|captured|collated)\b|\b(?:do|does|did)\s+not\s+(?:hold|record|"
                            r"keep|capture|collate)\b|\bno\s+(?:such\s+)?(?:information|data|records?)\s+(?:is|are|was|were)\s+held\b")
_PART_EXEMPT = re.compile(r"(?i)\bexempt\w*|\bexception\b|\bwithh[eo]ld\w*|\bsection\s+\d|\bregulation\s+\d|\bpublic\s+interest\b")


def parts_as_said(reading: Reading) -> Reading:
    """fu27 (nu29 D6): READING with each part's decision as its own sentences state it: a part read as refused (or partly
    given) that names no provision and whose own sentences say only that the information is not held ("not held ... not
    in a reportable format") is a not-held part, argued with the searches and extraction ground, never under an
    exemption another part cited. Unchanged when no part is so."""
    changed = False
    parts = []
    for p in reading.parts:
        said = " ".join(p.evidence)
        if p.outcome in (Outcome.refused, Outcome.part_disclosed) and not p.sections and not p.ncnd and \
                _PART_NOT_HELD.search(said) and not _PART_EXEMPT.search(said):
            p, changed = p.model_copy(update={"outcome": Outcome.not_held}), True
        parts.append(p)
    return reading.model_copy(update={"parts": parts}) if changed else reading


def _part_sections(reading: Reading, number: int, qualified: list[str]) -> list[str]:
    """lw53: the qualified provisions part NUMBER was refused under: its own, or the reply's when no part names any."""
    part = next((p for p in reading.parts if p.number == number), None)
    own = [s for s in (part.sections if part else []) if s in qualified]
    return own if own or any(p.sections for p in reading.parts) else list(qualified)


def grounds_for(reading: Reading) -> list[Ground]:
    """The grounds of an internal review, from what the reply decided and the provisions it cited (each under
    its own law: knowledge/vocab/followup_law.yaml roles). A reply that gave everything has none."""
    out: list[Ground] = []
    outcome = reading.outcome
    cited = {s: section_roles(s) for s in reading.sections}
    roles = set().union(*cited.values()) if cited else set()
    if reading.unclear:
        out.append("unclear")
    if outcome == Outcome.vexatious:
        return out + ["vexatious"]  # the whole request refused as vexatious: nothing else was decided
    withheld = outcome in (Outcome.part_disclosed, Outcome.refused, Outcome.cost_limit)
    if outcome == Outcome.cost_limit or any(p.outcome == Outcome.cost_limit for p in reading.parts) or (
            "cost" in roles and withheld):
        # a reply that answers some parts and refuses another on cost still decided on cost
        out.append("cost")
    # fu21: some given and the rest said not held ("does not hold this information centrally ... For completeness, 3
    # students were expelled"): the rest is argued as held, not as withheld under an exemption never named
    rest_not_held = (outcome == Outcome.part_disclosed and reading.boundary == "not_held_and_given" and not reading.parts
                     and not reading.ncnd and not reading.sections)  # (nothing held back under a provision)
    # rd70 (nc67 #11): a part (or the whole) said to ask for no recorded information is argued as such (the records
    # that would show the answer), never with a demand to say what searches were made
    not_recorded = reading.not_recorded or any(p.not_recorded for p in reading.parts)
    if (outcome == Outcome.not_held and not reading.not_recorded) or any(
            p.outcome == Outcome.not_held and not p.not_recorded for p in reading.parts) or (
            "not_held" in roles and withheld and not not_recorded) or rest_not_held:
        out.append("not_held")
    if not_recorded:
        out.append("not_recorded")
    if reading.ncnd or any(p.ncnd or p.outcome == Outcome.ncnd for p in reading.parts):  # rd67: a part's NCND is argued
        out.append("ncnd")
    if "vexatious" in roles and withheld:
        out.append("vexatious")
    # nx64 (nc64 #4): a part answered in full that also points to other published material ("used on 2,914 occasions;
    # the Code of Practice is published, section 25") leaves nothing to argue as published
    pointed = [p for p in reading.parts if any("published" in section_roles(s) for s in p.sections)]
    extra_only = bool(pointed) and all(p.outcome == Outcome.disclosed for p in pointed) and not any(
        "published" in section_roles(s) for p in reading.parts if p not in pointed for s in p.sections)
    if outcome == Outcome.published or any(p.outcome == Outcome.published for p in reading.parts) or (
            "published" in roles and not extra_only):
        out.append("published")
    if any(_weighed(s) for s in reading.sections):
        out.append("public_interest")
    elif outcome in (Outcome.refused, Outcome.part_disclosed) and not reading.sections and not rest_not_held and (
            outcome == Outcome.refused or not reading.parts or any(p.outcome == Outcome.refused and not format_part(p) for p in reading.parts)):
        # withheld without naming the exemption: the refusal notice must name it (not where the parts held back are
        # not held or not answered yet: "1. 42. 2. Not held. 3. We need more time" withheld nothing)
        out.append("unnamed")
    if reading.unnamed_withheld:
        out.append("unnamed")  # rv58 (nc58 #6): personal data taken out with no exemption named: ask which one
    if any(_absolute(s) for s in reading.sections):
        out.append("absolute")
    # (fu21: not for an NCND provision, s40(5B): saying whether anything is held about a person is no request to
    # have their information anonymised)
    if any("personal" in r and "own_data" not in r and not is_ncnd_provision(s) for s, r in cited.items()):
        out.append("personal")
    if "own_data" in roles:
        out.append("own_data")
    if "commercial" in roles:
        out.append("commercial")
    if "unfinished" in roles:
        out.append("unfinished")  # rv51 (nc50 #8): is any of it complete; release once finished
    if "policy" in roles and withheld:
        out.append("policy")  # nz79 (nc79 #2): the policy's stage, statistics and facts, Ministerial communications
    if outcome == Outcome.part_disclosed and not rest_not_held:  # (the rest not held: argued under not_held)
        out.append("parts_owed")
    if any(format_part(p) for p in reading.parts):
        out.append("format")  # rd27: "not held in the format requested": a question of form (s11), not of holding
    return list(dict.fromkeys(out))


def format_only(grounds: list[str], text: str | None) -> list[str]:
    """A reply whose one decision is "not held in the format requested" (the reader finds no decision of its own to
    stand behind, rd27) is argued as a question of form (s11 / reg 6(1)) under the not-held heading (fu26), never as
    a reply that decided nothing."""
    if "format" in grounds or not text or not (set(grounds) <= {"unclear"}) or not reply_fact_words(text, "not_in_format"):
        return grounds
    return ["not_held"]


def format_part(part) -> bool:
    """rd27: a part the reader found not given in the format asked for, and nothing given instead (askfoi/reader.py
    reads it as refused under section 11, the section on the form of communication)."""
    return part.outcome == Outcome.refused and part.sections == ["11"]


_PERSON_CODES = frozenset({"someone-elses-records", "third-party-personal-data"})


def named_person_parts(reading: Reading, numbers: list[str], request: str | None, reply: str | None,
                       mapped: list | None = None) -> list[str]:
    """lw53 (nc53 #10): of the parts NUMBERS withheld as personal data, those whose question is about one identifiable
    person ("Any complaints made about Dr Ian Ross, consultant in emergency medicine"), read by the checks' own
    person rules (knowledge/vocab/checks.yaml): the question as the request, the reply's labelled answer or the
    reply's own numbered line gives it. Figures about one named person, even totals, stay that person's data."""
    from askfoi.checks import check_request

    from askfoi.office_holders import one_office_holder

    out = []
    for n in numbers:
        question = part_question(n, request, reply, mapped)
        if question and {f.code for f in check_request(question, None).findings} & _PERSON_CODES:
            out.append(str(n))
        elif question and one_office_holder(question):
            # ny94 (nc91 #8): the holder of one office asked about in their public role ("the expenses claimed by the
            # Chief Executive"): their data, argued on the legitimate interests test and the seniority of the post,
            # never "release it anonymised" (figures about one post-holder cannot be)
            out.append(str(n))
    return out


def part_question(number: str, request: str | None, reply: str | None, mapped: list | None = None) -> str:
    """Part NUMBER's question: the request's own item, else the reply's labelled answer's question, else the reply's
    own numbered line ("" when none gives it)."""
    from askfoi.disputed_parts import request_items

    asked = request_items(request)
    labelled = {m.number: m.question for m in mapped or [] if getattr(m, "question", "")}
    line = re.search(rf"(?m)^\s*{re.escape(str(number))}[.)]\s+([^\n]{{3,300}})", reply or "")
    return asked.get(str(number)) or labelled.get(str(number)) or (line.group(1).partition(":")[0] if line else "")


def ncnd_person_caution(reading: Reading, named: list[str] | None = None, law: str = "FOIA") -> str | None:
    """fu21: the plain warning before a review of a reply that neither confirms nor denies holding information about a
    person (every NCND provision it cites is a personal data one: FOIA s40(5A)/(5B), EIR reg 13(5A)/(5B)): such a
    refusal is almost always upheld (prompts/letters/ncnd_person.txt.j2); None for any other reply."""
    ncnd = [s for s in reading.sections if is_ncnd_provision(s)]
    person_ncnd = [p for p in reading.parts if p.ncnd and p.number in (named or [])
                   and any("personal" in section_roles(s) for s in p.sections)]
    if person_ncnd and not (reading.outcome == Outcome.ncnd and ncnd
                            and all("personal" in section_roles(s) for s in ncnd)):
        # lw53 (nc53 #10): one part neither confirmed nor denied as a named person's data (FOISA s18(1) with s38(1)(b))
        part = person_ncnd[0]
        return " ".join(render("letters/ncnd_person.txt.j2", section=" with ".join(section_name(s) for s in part.sections),
                               part=part.number, department=True, commissioner=law_terms(law).commissioner).split())
    if not reading.ncnd or reading.outcome != Outcome.ncnd or not ncnd:
        return None
    if not all("personal" in section_roles(s) for s in ncnd):
        return None
    return " ".join(render("letters/ncnd_person.txt.j2", section=section_name(ncnd[0])).split())


def latest_full_year(day: date, *, financial: bool) -> tuple[date, date]:
    """The latest full year before `day`: the financial year (1 April to 31 March) or the calendar year."""
    if financial:
        end_year = day.year if day >= date(day.year, 4, 1) else day.year - 1
        return date(end_year - 1, 4, 1), date(end_year, 3, 31)
    return date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)


def _named_in_estimate(reply: str | None, texts: list) -> list[int]:
    """The parts (1-based) a cost refusal's estimate names as the costly work: a part whose own words (those no
    other part has) stand in a sentence of the reply that counts hours, minutes, files or a manual search ("to
    identify which applications involved women fleeing domestic abuse would require a manual review of each of the
    6,800 case files"). [] when the estimate names none, or names them all."""
    if not reply or len(texts) < 2:
        return []
    from askfoi.forecast_parts import content_words

    # fu27: a letter's lines are wrapped: a sentence runs on over its line ends (a blank line still ends it)
    flat = "\n\n".join(" ".join(block.split()) for block in re.split(r"\n\s*\n", reply))
    sentences = [x for x in re.split(r"(?<=[.!?])\s+|\n+", flat) if _ESTIMATE.search(x)]
    if not sentences:
        return []
    # the estimate names the part itself: "To answer question 3 we would need to search ..."
    said_parts = [int(n) for x in sentences for m in _PART_NUMBERS.finditer(x) for n in re.findall(r"\d{1,2}", m.group(1))]
    said_parts = sorted({n for n in said_parts if 1 <= n <= len(texts)})
    if said_parts:
        return said_parts if len(said_parts) < len(texts) else []
    said = {w.lower() for x in sentences for w in content_words(x)}
    words = [{w.lower() for w in content_words(t if isinstance(t, str) else (t.text or t.source or ""))} for t in texts]
    named = []
    for i, own in enumerate(words):
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        distinct = own - others
        if distinct and len(distinct & said) >= min(2, len(distinct)):
            named.append(i + 1)
    return named if len(named) < len(texts) else []


_ESTIMATE = re.compile(r"(?i)\b(?:\d[\d,]*\s+(?:hours?|minutes?|files?|records?|cases?|documents?)|manual(?:ly)?\s+(?:review|search|check|trawl)|"
                       r"each\s+(?:of\s+the\s+)?(?:\d[\d,]*\s+)?(?:file|record|case|document)s?)\b")


# (lead40, nc43 #9: the things an estimate counts are whatever the body would go through: "9,800 searches", "30,000
# tenancies", "over 400 monitors", "12,000 stops")
_RECORD_NOUN = (r"(?:records?|files?|cases?|documents?|e-?mails?|incidents?|reports?|crimes?|entries|logs?|calls?|"
                r"pages?|folders?|boxes|items?|forms?|occurrences?|referrals?|complaints?|applications?|claims?|invoices?|"
                r"searches|stops|encounters|arrests|tenancies|accounts|monitors|sites|properties|contracts|letters|"
                r"messages|notes|tickets|notices|journeys|patients|pupils|events|spills|transactions|payments|"
                r"recordings|videos|footage\s+logs|images|photographs|assessments|inspections|visits|enquiries)")
_COUNT = re.compile(rf"(?i)\b((?:approximately|around|about|roughly|over|more\s+than|in\s+excess\s+of|some|an\s+estimated|"
                    rf"at\s+least|circa|c\.)\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d{{2,7}})\s+((?:[\w-]+\s+){{0,4}}){_RECORD_NOUN}\b")
_PER_ITEM = re.compile(rf"(?i)\b(\d+(?:\.\d+)?|one|two|three|four|five|six|ten|fifteen|thirty)\s+(seconds?|minutes?|mins?|hours?)\s+"
                       rf"(?:(?:per|for\s+each|to\s+(?:read|review|check|examine|assess|open)\s+each|on\s+each|each|a)\s+)"
                       rf"(?:[\w-]+\s+){{0,2}}?{_RECORD_NOUN}\b"
                       rf"|\beach\s+(?:one\s+)?(?:taking|would\s+take|takes|requiring)\s+(?:approximately\s+|around\s+|about\s+)?"
                       rf"(\d+(?:\.\d+)?|one|two|three|five|ten|fifteen|thirty)\s+(?:seconds?|minutes?|mins?|hours?)\b")
_TOTAL = re.compile(r"(?i)\b((?:approximately|around|about|over|more\s+than|in\s+excess\s+of|at\s+least|some)\s+)?"
                    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:staff\s+|working\s+|officer\s+)?hours\b")
_WORK = re.compile(r"(?i)\b(?:hours?|minutes?|mins|manual(?:ly)?|search\w*|review\w*|read|reading|check\w*|examin\w*|each|every|"
                   r"limit|estimat\w*|locat\w*|extract\w*|retriev\w*|would\s+(?:need|require|have)|trawl\w*|interrogat\w*|"
                   r"identif\w*|cost\w*|there\s+(?:are|were|ha(?:ve|s)\s+been)|we\s+(?:hold|have|had)|held|recorded|logged)\b")
_LIMIT_HOURS = {"18", "24", "40", "7.5", "8"}  # the limits themselves, a working day: never the estimate
# ch101 (nc101 #9): the reason a cost refusal gives for the work: the records are not in a system that can be searched
# or reported on, and someone would have to go through them by hand ("not held on a database", "would have to manually
# search through twelve months of separate invoices", "no central record", "each file would have to be read")
_BY_HAND = re.compile(
    r"(?i)\b(?:manual(?:ly)?\s+(?:search|review|check|examin|look|go|read|interrogat|extract|process|exercise|"
    r"trawl)\w*|(?:by\s+hand|one\s+by\s+one)|not\s+(?:held|recorded|kept|stored|captured|logged)\s+(?:on|in|within)\s+"
    r"(?:a|any|an|one|our)\s+(?:\w+\s+){0,2}(?:database|system|format|dataset|field|way|central)|"
    r"not\s+(?:held|recorded|kept|stored|captured|logged)\s+centrally|no\s+(?:central|searchable|single)\s+(?:record|database|"
    r"system|list|register)|(?:cannot|can\s*not|could\s+not)\s+be\s+(?:electronically\s+)?(?:searched|extracted|reported|"
    r"filtered|interrogated)|does\s+not\s+fall\s+under\s+a\s+specific|(?:each|every)\s+(?:individual\s+)?(?:\w+\s+)?"
    r"(?:file|record|invoice|case|report|document|email)\s+would\s+(?:have|need)\s+to\s+be\s+(?:read|reviewed|checked|"
    r"examined|opened|searched))")


def _cost_answers(reading, mapped, text: str | None) -> str:
    """rd94 (nc91 #1, nr91's idea without its mapping): where the reply answers part by part and refuses some parts on
    cost, the words under those parts - the estimate is read there, never from a figure another part was given ("641
    missed visits" answering part 2); "" when the cost refusal is the whole reply's."""
    parts = list(getattr(reading, "parts", []) or [])
    costly = {p.number for p in parts if p.outcome == Outcome.cost_limit}
    if not costly or len(costly) == len(parts) or not text:
        return ""
    labelled = " ".join(p.answer for p in mapped or [] if p.status == "mapped" and p.number in costly and p.answer)
    if labelled:
        return labelled
    from askfoi.reader import part_texts

    return " ".join(x for n, x in part_texts(text).items() if n in costly)


def estimate_facts(reply: str | None) -> dict[str, str]:
    """fu26: what a cost refusal's estimate already states, in its words: "count" (the records to be searched, "approximately
    38,000 stop and search records"), "per_item" (the time for each, "2 minutes"), "total" (the hours in all,
    "over 1,266 hours"), "by_hand" (ch101: the reply's sentence saying the records are not in a searchable system and
    must be gone through by hand). The review challenges the estimate with them and never asks for what the reply
    gave; {} when the reply states none."""
    text = " ".join((reply or "")[:20000].split())
    out: dict[str, str] = {}
    # only a sentence about the work counts: "62 complaints were received" answering another part is no estimate's base
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text) if _WORK.search(x)]
    counts = [m for x in sentences for m in _COUNT.finditer(x)
              if not re.match(r"(?:19|20)\d\d$", m.group(2)) and int(m.group(2).replace(",", "")) >= 20]
    if counts:
        best = max(counts, key=lambda m: int(m.group(2).replace(",", "")))
        said = " ".join(best.group(0).split())
        out["count"] = said[:1].lower() + said[1:]  # "Approximately 38,000 ..." mid-sentence; "HMO" kept
    per = _PER_ITEM.search(text)
    if per:  # the time alone ("2 minutes"), said "for each" in the letter
        out["per_item"] = re.search(r"(?i)(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:seconds?|minutes?|mins?|hours?)\b",
                                    per.group(0)).group(0)
    totals = [m for m in _TOTAL.finditer(text) if m.group(2) not in _LIMIT_HOURS
              and float(m.group(2).replace(",", "")) > 24 and (per is None or m.start() != per.start())]
    if totals:
        best_total = max(totals, key=lambda m: float(m.group(2).replace(",", "")))
        out["total"] = " ".join(best_total.group(0).split())
    # ch101 (nc101 #9): the reply's own reason, in its words (one sentence of at most 320 characters; one that says the
    # work by hand is preferred): the review answers it, never a stock "if it is held in a system that can be searched"
    said = [x for x in re.split(r"(?<=[.!?])\s+", text) if _BY_HAND.search(x) and len(x) <= 320
            and len(re.findall(r"\d", x)) <= 16]  # never a table run into the sentence ("2014 30 £487,177.66 2015 ...")
    if said:
        work = [x for x in said if re.search(r"(?i)\b(?:manual|by\s+hand|would\s+(?:have|need)\s+to)", x)] or said
        out["by_hand"] = re.sub(r"^(?:\[\.\.\.\]|\.\.\.|\u2026)\s*", "", work[0].strip(" \"'\u201c\u201d"))
    return out


def _to_narrow(request: str | None, parts: list[str], whole_cost: bool, reply: str | None) -> tuple[str | None, list[str]]:
    """lt102: the request a narrower request is built from: the person's own when askfoi has it; else, for a whole cost
    refusal, the questions the reply quotes as the request (reply_request.quoted_items), numbered as the reply gives
    them; else nothing."""
    if request and request.strip() or not whole_cost:
        return request, parts
    from askfoi.reply_request import quoted_items

    items = [" ".join(q.split()) for q in quoted_items(reply)][:10]
    if not items:
        return request, parts
    return "\n".join(f"{n}. {q}" for n, q in enumerate(items, 1)), items


def _narrowed(request: str | None, request_parts: list[str], cost_parts: list[str] | None, day: date,
              reply: str | None = None, advice=None, whole: bool = False) -> list[str]:
    """A narrower request ready to send: the parts refused on cost when the reply says which they were (and the
    request has them), else every part (nr88: never the first two only), each limited to one full year: the latest full year of the
    request's own period (so the narrower request stays inside what was asked), or the latest before the reply
    when the request gave none. A part is rendered again from its frame with that year as its period (its
    breakdowns and place kept); a part kept in the person's words has its own period replaced by that year, or
    the year after it when it had none, so a narrowed part never says two periods at once. A request shorter
    than a year is narrowed by its parts only; [] when nothing narrower than the request is left.
    ck20: ADVICE (askfoi.narrowing_advice), the narrowing the reply itself suggested, decides instead where it says:
    its year, or its length of period (the latest so long inside the request's period), and the one thing to limit
    each part to ("one police station").
    ck24a: WHOLE, the reply refused the whole request on cost because of the parts it names (COST_PARTS): the other
    parts are kept as asked beside the narrowed ones."""
    numbers = [int(n) for n in cost_parts or [] if n.isdecimal()]
    if advice is not None and advice.scope and request_parts:
        scoped = _scoped(request_parts, advice.scope)
        if scoped:
            return scoped
    framing = _request_framing(request)
    frames = [f for f in framing.parts if f.kind != "personal_data"] if framing else []
    # the reply's part numbers are the person's: a numbered list is narrowed in the person's words
    numbered = len(request_parts) > 1 and len(_NUMBERED.findall(request or "")) >= len(request_parts)
    matched = frames and not numbered and (len(frames) == len(request_parts) or not numbers)
    texts: list = frames if matched else list(request_parts)
    if numbers and all(1 <= n <= len(texts) for n in numbers):
        keep = [texts[n - 1] for n in numbers][:2]
    else:
        keep = texts[:10]  # nr88 (nc88 #10): every part, each over the shorter period: a part left out is never asked
    financial = _financial(framing, request)
    if advice is not None and advice.financial is not None:
        financial = advice.financial
    asked = _request_period(framing, request, day)
    span = _narrow_year(day, asked, financial=financial)
    if advice is not None:
        # fu21: what the reply suggested, and only that, is narrowed "as your response suggested": a reply that
        # suggested one ward gets every part for one ward over the request's own period, never a year it did not name
        keep = [texts[n - 1] for n in numbers] if numbers and all(1 <= n <= len(texts) for n in numbers) else texts[:10]
        span = None
    if advice is not None and advice.year is not None:
        span = advice.year  # "for example 2023/24": the year the reply named
    elif advice is not None and advice.months and advice.months < 12:
        span = _latest_months(day, asked, advice.months)  # "reduce the period to 6 months"
    elif advice is not None and advice.months == 12 and advice.academic:
        span = _academic_year(day, asked)  # nx73 (nc67 #7): "a single academic year": 1 September to 31 August
    elif advice is not None and advice.months == 12:
        span = _narrow_year(day, asked, financial=financial)  # "a single year": the latest full year inside it
    if span is not None and asked is not None and span[0] <= asked[0] and span[1] >= asked[1]:
        span = None  # the request was already one year: the same year again narrows nothing (nu17)
    if whole and not numbers and advice is None and span is not None:
        # fu27: a whole request refused on cost, longer than a year, whose estimate names the costly part ("To answer
        # question 3 we would need to search 40,000 emails"): that part narrowed to the year, the others kept as asked
        numbers = _named_in_estimate(reply, texts)
        keep = [texts[n - 1] for n in numbers][:2] if numbers else keep
    if span is None and numbers and advice is None and asked is not None:
        # ck23b: a request of a year or less with its costly parts named: those parts over the latest half of the
        # period asked (whole months), never a year outside it (nu25: "1 April 2025 to 31 March 2026" for 2025)
        months = ((asked[1].year - asked[0].year) * 12 + asked[1].month - asked[0].month + 1) // 2
        span = _latest_months(day, asked, months) if months >= 1 else None
    if span is None and not numbers and advice is None:
        # no shorter period inside the request (it was a year or less): leave out the parts the estimate names as
        # the costly work, and ask for the rest (nu19: a one-year request's costly part was kept, the cheap one dropped)
        costly = _named_in_estimate(reply, texts)
        if costly:
            keep = [t for i, t in enumerate(texts, 1) if i not in costly]
    unit = advice.unit if advice is not None else None
    held = advice.held_as if advice is not None else None
    if span is None and len(keep) == len(texts) and not unit and not held:
        return []  # shorter than a year and every part kept: nothing narrower to offer
    label = f"{long_date(span[0]).split(' ', 1)[1]} to {long_date(span[1]).split(' ', 1)[1]}" if span else None
    if unit:
        from askfoi.narrowing_advice import limit_to_one

        out = [limit_to_one(p, unit, advice.unit_name) for p in _narrowed_texts(keep, span, label)]
    else:
        out = _narrowed_texts(keep, span, label)
    if held:
        from askfoi.narrowing_advice import held_as

        out = [held_as(p, *held) for p in out]  # nx73: "received through your online reporting system", not "handled"
    if whole and numbers and len(out) == len(keep) and all(1 <= n <= len(texts) for n in numbers):
        # ck24a: the whole request refused because of the parts the estimate names (aggregated): the parts that were
        # not the cost are asked again as they were, in their place, and only the costly ones narrowed
        narrowed = dict(zip(numbers, out))
        return [narrowed[n] if n in narrowed else _narrowed_texts([t], None, None)[0]
                for n, t in enumerate(texts[:10], 1) if n in narrowed or n not in numbers]
    return out


def _aggregated(reply: str | None, received: date | None, parts: int) -> dict | None:
    """nx73 (nc67 #7, issue 10.4): a FOIA cost refusal that added costs together (askfoi.narrowing_advice
    aggregation_said): its sentence, the earlier request's date where it names one, and how many working days apart the
    two were received when that is more than the 60 consecutive working days regulation 5 of the Fees Regulations allows
    (the day this request was received: the reply's own words, else the day it was sent); None when it added nothing."""
    from askfoi.deadlines import working_days_after
    from askfoi.narrowing_advice import aggregation_said

    said = aggregation_said(reply)
    if said is None:
        return None
    apart = working_days_after(said.earlier, received) if said.earlier and received and received > said.earlier else None
    return {"said": said.said, "earlier": long_date(said.earlier) if said.earlier else None,
            "apart": apart if apart is not None and apart >= 60 else None,
            "several": parts > 1 or bool(re.search(r"(?i)\b(?:parts|questions|elements)\b", said.said))}


def _scoped(request_parts: list[str], scope: str) -> list[str]:
    """(ck23b) The request narrowed as the reply's advice scoped it: the part the advice narrows (same kind of record,
    most words shared: narrowing_advice.scope_part) replaced by the records the reply suggested, in its words, and the
    other parts kept as asked; [] when the advice narrows no one part."""
    from askfoi.narrowing_advice import scope_part

    texts = [re.sub(r"(?i)(?<=[?.])\s*for\s+the\s+period\s+[^?]*$", "", p).rstrip("?. ") for p in request_parts[:10]]
    index = scope_part(scope, texts)
    if index is None:
        return []
    texts[index] = scope[:1].upper() + scope[1:]
    return texts


def _academic_year(day: date, asked: tuple[date, date] | None) -> tuple[date, date] | None:
    """nx73 (nc67 #7): the latest full academic year (1 September to 31 August) before DAY and inside the request's
    period ASKED; None when none fits inside it."""
    end_year = day.year if day >= date(day.year, 9, 1) else day.year - 1
    year = (date(end_year - 1, 9, 1), date(end_year, 8, 31))
    while asked is not None and year[1] > asked[1]:
        year = (date(year[0].year - 1, 9, 1), date(year[1].year - 1, 8, 31))
    if asked is not None and year[0] < asked[0]:
        return None
    return year


def _latest_months(day: date, asked: tuple[date, date] | None, months: int) -> tuple[date, date] | None:
    """ck20: the latest MONTHS whole calendar months inside the request's period ASKED (or before DAY when it gave
    none); None when the period is no longer than that."""
    end = min(day, asked[1] + timedelta(days=1)) if asked else day
    last = date(end.year, end.month, 1) - timedelta(days=1)  # the end of the last whole month
    month0 = last.year * 12 + last.month - months  # months counted from year 0, zero-based
    first = date(month0 // 12, month0 % 12 + 1, 1)
    if asked is not None and first <= asked[0]:
        return None
    return first, last


def _narrowed_texts(keep: list, span: tuple[date, date] | None, label: str | None) -> list[str]:
    """The parts KEEP, each limited to SPAN (labelled LABEL), rendered from their frames where they have them."""
    out = []
    for part in keep:
        if not isinstance(part, str):
            text = _render_narrowed(part, label) if label else None
            if text:
                out.append(text)
                continue
            part = part.text or part.source
        if span is None:  # the request's own period stays the letter's: a kept question does not repeat it alone
            part = re.sub(r"(?i)(?<=[?.])\s*for\s+the\s+period\s+[^?]*$", "", part)
        out.append(_with_period(part.rstrip("?. "), span, label))
    return out


_NUMBERED = re.compile(r"(?m)^\s*\(?\d{1,2}[.)]")
_HEADER_LINE = re.compile(r"(?i)^\s*(?:subject|re|from|to|cc|date|sent)\s*:")


def _request_period(framing, request: str | None, day: date) -> tuple[date, date] | None:
    """The span of time the request asked about (its first period), or None when it gave none."""
    from askfoi.periods import find_periods, parse_period

    labels = ([framing.period] if framing and framing.period else []) + [
        lab for lab, _, _ in find_periods(request or "", today=day)]
    for label in labels:
        period = parse_period(label, today=day)
        if period is not None:
            return period.start, period.end
    return None


def _narrow_year(day: date, period: tuple[date, date] | None, *, financial: bool) -> tuple[date, date] | None:
    """The latest full year inside the request's period (or before `day` when it has none); None when the period
    is shorter than a year, so narrowing by time would not narrow it."""
    if period is None:
        return latest_full_year(day, financial=financial)
    start, end = period
    year = latest_full_year(min(day, end + timedelta(days=1)), financial=financial)
    if year[0] < start:
        other = latest_full_year(min(day, end + timedelta(days=1)), financial=not financial)
        return other if other[0] >= start else None
    return year


def _with_period(text: str, span: tuple[date, date] | None, label: str | None) -> str:
    """A part in the person's words limited to the narrowed year: its own period replaced, else the year added."""
    if span is None:
        return text
    from askfoi.periods import find_periods

    found = find_periods(text, today=span[1] + timedelta(days=1))
    if found:
        lo, hi = found[0][2]
        words = f"between {long_date(span[0]).split(' ', 1)[1]} and {long_date(span[1]).split(' ', 1)[1]}"
        # nx73: "for each year from 2018/19 to 2025/26" narrowed to one year: "for each year" goes with the years
        head = re.sub(r"(?i),?\s*(?:(?:for|in|during)\s+)?(?:each|every)\s+(?:academic\s+|financial\s+|calendar\s+)?year\s*$", "",
                      text[:lo]) if lo else text[:lo]
        # lt102: "... receive in each year from 2019 to 2025", "... during 2019 to 2025": the narrowed period says its
        # own "between", never "in between"
        head = re.sub(r"(?i)\s+(?:in|during)\s*$", "", head)
        head = head + (" " if head and head != text[:lo] else "")
        return (head + words + text[hi:]).strip()
    return f"{text} (for the period {label} only)"


def _request_framing(request: str | None):
    """The original request framed (askfoi.framing), or None when it cannot be framed."""
    if not request or not request.strip():
        return None
    try:
        from askfoi.framing import frame_message

        return frame_message(request)
    except Exception:  # noqa: BLE001 - the letter stands with the parts as written
        return None


def _financial(framing, request: str | None) -> bool:
    """Financial years, unless the request's own periods were calendar years ("in 2023", "2015-2024")."""
    labels = [framing.period] + [f.qualifiers.period for f in framing.parts] if framing else []
    starts = {label.split(" to ")[0].split(" ", 1)[-1] for label in labels if label}
    if starts:
        return not all(s.startswith("January") for s in starts)
    return not re.search(r"\bcalendar\b|\b(?:in|during|for)\s+(?:19|20)\d\d\b(?!\s*[/-]\s*\d)", (request or "").lower())


def _render_narrowed(frame, label: str) -> str | None:
    from askfoi.framing import render_frame, text_problems

    if frame.kept_words or not frame.complete:
        return None
    narrow = frame.model_copy(deep=True)
    narrow.qualifiers.period = None
    text = render_frame(narrow, label)
    if not text or text_problems(text, frame.source) or label not in text:
        return None
    return text.rstrip(".")


_REFERENCE = re.compile(
    r"\b(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?(?:\s+(?:no|number))?|request\s+(?:no|number)|"
    # a heading "Freedom of Information Request - 2026/1187", "FOI request: 1234-26" (a dash or colon before it)
    r"(?:freedom\s+of\s+information|foi|foia|foisa|eir)\s+request(?=\s*[-\u2013:]\s*[A-Za-z]{0,6}[\s-]?\d[\d/._-]{3,}"
    # lead44 (nc49 #13): "Freedom of Information Request 26-2207 - Drone use": a number with a dash or dot in it straight
    # after, never a date ("request 12-10-2026") or a year
    r"|\s+(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b)\d+[-._]\d[\d/._-]*\b))"
    # a lettered prefix may be two words joined by a slash before the number: "FOI/EIR 26-0931"
    r"\.?\s*[-\u2013]?\s*[:.]?\s*((?:[A-Za-z]{2,6}(?:/[A-Za-z]{2,6})?\s(?=\d))?(?=[A-Za-z0-9/._-]*\d)[A-Za-z0-9][A-Za-z0-9/._-]{2,39}"
    r"(?:\s(?:19|20)\d\d/\d\d\b)?)",  # a financial year after a space is part of it: "0596 2019/20"
    re.IGNORECASE,
)


# session 24: a heading line that names the request by a lettered reference after a space only ("Re: Freedom of
# Information request FOI/2026/0877"); in running prose the same words may name another request, so a line's start only
_HEADING_REFERENCE = re.compile(r"(?im)^[ \t]*(?:(?:re|subject)[ \t]*:[ \t]*)?(?:freedom\s+of\s+information|foi|foia|foisa|eir)"
                                r"\s+request\s+([A-Za-z]{2,6}[/-]\d[\d/._-]{3,39})")


# fu27: references the patterns above miss, each in a place only a reference stands: a table cell after a "Reference"
# label ("Reference | FOI/25/154 |"); a request named by its law and a lettered number ("Environmental Information
# Regulations Request IR-2019-118" ending its line); digit groups after "Our ref" ("Our Ref: FOI 19 1413"); a page's title line
# ending in a number with a year ("Crime Statistics - 1198/20", the first lines only)
_MORE_REFERENCES = (
    re.compile(r"(?i)\bref(?:erence)?(?:\s+(?:no|number))?\.?\s*\|\s*([A-Za-z]{0,6}[/-]?\d[A-Za-z0-9/._-]{2,39})\s*\|"),
    re.compile(r"(?i)\b(?:freedom\s+of\s+information|environmental\s+information(?:\s+regulations)?|foi|foia|foisa|eir)"
               r"\s+request\s+((?-i:[A-Z]{2,6})[/-](?:19|20)?\d{2}[/-]\d{2,6})[ \t]*$", re.M),  # a heading: the line ends there
    re.compile(r"(?i)\b(?:our|your)\s+ref(?:erence)?\s*[:.]?\s*((?-i:[A-Z]{2,6})\s\d{1,4}(?:\s\d{1,6}){1,2})\b"),
    re.compile(r"\A(?:[^\n]*\n){0,2}[ \t]*[A-Z][^\n]{2,80}?\s[-\u2013]\s(?!(?:19|20)\d\d/\d\d\b)(\d{2,6}/\d{2})[ \t]*$", re.M),
    # nr94 (nc94 #7): a disclosure log's title line with the number in brackets at its end ("Facial Recognition
    # (13457_18)", "Drones (3300/18)"), the first lines only; never a financial year ("(2019/20)") or a lone year
    re.compile(r"\A(?:[^\n]*\n){0,2}[ \t]*[A-Z][^\n]{2,80}?\s\(\s*(?!(?:19|20)\d\d[/_-]\d\d\b)"
               r"((?:(?-i:[A-Z]{2,6})[ /-]?)?\d{3,7}(?-i:[A-Z])?[/_.-]\d{2,4})\s*\)[ \t]*$", re.M),
    # fu29 (nu31 s12): the request named by a lettered number after "your request" ("Your request: FOI 5521 - drone use",
    # "Your request FOI 5521 has been ...")
    re.compile(r"(?i)\b(?:your|our|the)\s+request\s*[:\-\u2013]?\s*((?-i:FOI|FOIA|FOISA|EIR|EIRS|IR|RFI|RFOI|FOIR)[ \t/-]?\d[\dA-Za-z/._-]{1,39})"),
    # fu29 (fresh18-20): a heading line that is the request's number ("Request 101003838548", "Original request
    # 202400402235", "Request FOI/6387"), or a number in brackets after it ("FOI request (FOIR-122591607)")
    re.compile(r"(?im)^[ \t]*(?:original\s+|information\s+)?request(?:\s+(?:no\.?|number))?[ \t:]*"
               r"((?:(?-i:[A-Z]{2,6})[ \t/-]?\d{3,}|\d{5,})[\d/._-]*)[ \t]*$"),
    re.compile(r"(?i)\brequest\s*\(\s*((?-i:[A-Z]{2,6})[-/]?\d[\dA-Za-z/._-]{2,39})\s*\)"),
    # fu28 (nu30): a review outcome's heading "Internal Review - FOI-2026-4471", "Review of request: IR/2026/0113"
    re.compile(r"(?im)^[ \t]*(?:internal\s+)?review(?:\s+of\s+(?:your\s+)?(?:foi\s+|eir\s+)?request)?[ \t]*[-\u2013:][ \t]*"
               r"((?-i:[A-Z]{2,6})[/-]?\d[\dA-Za-z/._-]{2,39})[ \t]*$"),
)

# fu28 (nu30): the day the person asked for the review, as a review's outcome says it ("the internal review you requested
# on 5 November 2026", "your request for an internal review dated 5/11/2026", "your email of 5 November 2026 asking for a
# review")
_REVIEW_ASKED = re.compile(
    r"(?i)\b(?:(?:internal\s+)?review\s+(?:which\s+|that\s+)?you\s+(?:requested|asked\s+for|sought|required)\s+(?:on|of|by\s+\w+\s+on)"
    r"|(?:request|requirement|application)\s+for\s+(?:an?\s+)?(?:internal\s+)?(?:review|reconsideration)(?:,?\s+(?:which\s+)?(?:was\s+)?"
    r"(?:received|dated|sent|made))?\s+(?:on|of|dated)"
    r"|your\s+(?:e-?mail|letter)\s+(?:of|dated|on)(?=[^.]{0,60}\b(?:review|reconsideration)))\s+(?P<day>[^.,;\n]{6,40})")


def review_asked_in(text: str | None) -> date | None:
    """The day a review's outcome says the review was asked for, or None."""
    from askfoi.reply_explain import dates_in

    m = _REVIEW_ASKED.search((text or "")[:20000])
    found = dates_in(m.group("day")) if m else []
    return found[0][2] if found and found[0][0] == 0 else None


# fu29 (fresh18-20): a number under a prefix only FOI offices use, near the top of the reply ("FOI 00405 - CEO Data",
# "Complaint in respect of ATISN 16280", "Information Request ICM 10174", "Our refs: FOI-2210-1617"), never a year ("FOI
# 2000") nor an earlier request the reply refers to ("I refer to our answer to ... request FOI/18/02245 last year")
_PREFIXED_REFERENCE = re.compile(r"\b((?-i:FOI|FOIR|FOISA|EIR|ATISN|ICM|RFI|IR|FOIREQ)[ \t/-]?(?:(?!(?:19|20)\d\d\b)\d{3,}"
                                 r"(?:[/._-]\d+)*|\d{2}(?:[/._-]\d+)+))\b")
_OTHER_REQUEST = re.compile(r"(?i)\b(?:refer\w*|previous\w*|earlier|prior|answer(?:ed)?\s+to|last\s+year|another|same\s+as)\b[^.\n]*$")
HEAD_REFERENCE_CHARS = 800
# what a line says before a number that is some other request's ("available using the below link: FOI 1025", "similar to
# that requested under FOI14631", "relating to FOI 6434")
_NOT_OWN = re.compile(r"(?i)\b(?:link|links|published|similar|relating|relates|related|attached|spreadsheet|under|see|also|log)\b")


def _heads_its_line(text: str, m: re.Match[str]) -> bool:
    """Whether the prefixed number M stands at the head of its line, as a reply's own reference does: a few words before
    it on the line at most ("Complaint in respect of", "Our refs:", "Annex A -"), none pointing at another request."""
    start = text.rfind("\n", 0, m.start()) + 1
    before = text[start:m.start()]
    return len(before) <= 60 and not _NOT_OWN.search(before) and not _OTHER_REQUEST.search(before) \
        and not re.match(r"\s+refers\b", text[m.end():])


def reference_in(text: str | None) -> str | None:
    """The authority's own reference as a reply states it ("Reference No: 2023/1187", "Our ref: FOI-123"), or None."""
    m = _REFERENCE.search(text or "") or _HEADING_REFERENCE.search(text or "")
    if m is None:
        m = next((found for p in _MORE_REFERENCES if (found := p.search((text or "")[:20000]))), None)
    if m is None:
        head = (text or "")[:HEAD_REFERENCE_CHARS]
        m = next((x for x in _PREFIXED_REFERENCE.finditer(head) if _heads_its_line(head, x)), None)
    return _GLUED_WORD.sub("", m.group(1)).rstrip("./-") if m else None


# nz85 (nc85 #10): a reply pasted flat glues the next line's first word to the reference ("IM-FOI-2026-3344Dear"): a
# reference ends where a word begins, a capital and small letters (or three small letters) straight after its digits
_GLUED_WORD = re.compile(r"(?<=\d)(?:[A-Z][a-z]+|[a-z]{3,})$")


# a request or reply about prices, costs or payments: totals can stand in for unit prices (s43, FOISA s33, reg 12(5)(e))
_EACH_CONTRACT = re.compile(r"(?i)\b(?:each|every|per|individual)\s+(?:[\w-]+\s+){0,3}?(?:contracts?|agreements?|suppliers?)\b")
# a sum of money the reply gives (not the cost limit's £450 / £600 or its £25 an hour): the totals the commercial
# ground would ask for instead are already given, so the letter asks what harm the rest would do (nu17)
_SUM = re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|bn|billion)?", re.I)


def _sum_given(reply: str | None, parts: list[str] | None = None) -> bool:
    """A sum of money the reply gives. PARTS (nz82, nc82 #11): the parts withheld as commercial: when the reply answers
    them under their own numbers, only a sum in those answers is "the total" (a total spend given for part 1 is no
    total of the hourly rates withheld in part 3)."""
    if parts and reply:
        from askfoi.own_data_parts import part_text

        answers = [part_text(reply, n) for n in parts]
        if all(answers):
            reply = " ".join(answers)
    for m in _SUM.finditer(reply or ""):
        value = m.group(1).replace(",", "")
        if m.group(2) or value not in ("450", "600", "25", "450.00", "600.00", "25.00"):
            return True
    return False


_MONEY = re.compile(r"(?i)\b(?:prices?|pric(?:ed|ing)|costs?|spen[dt]|spending|rates?|pay|paid|payments?|amounts?\s+paid|how\s+much|fees?|tariffs?|"
                    r"invoices?|contract\s+values?|unit\s+cost)\b|£")


@functools.lru_cache(maxsize=1)
def _pointer_vocab() -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any

    data, _ = load_vocab("published_pointers")
    data = data if isinstance(data, dict) else {}
    return (frozenset(str(p).strip("/").lower() for p in data.get("general_paths") or []),
            compile_any(str(p) for p in data.get("address_words") or []),
            compile_any(str(p) for p in data.get("link_words") or []))


_ADDRESS = re.compile(r"(?i)(?:https?://|\bwww\.)[^\s<>\"'\])]+|\b(?:[a-z0-9-]+\.)+(?:gov\.uk|police\.uk|nhs\.uk|gov\.scot|gov\.wales|"
                      r"ac\.uk|org\.uk|co\.uk|org|com)(?:/[^\s<>\"'\])]*)?")


def _is_exact(address: str) -> bool:
    """Whether ADDRESS points below a site's front page to the information (a page or a document), not to the site."""
    general = _pointer_vocab()[0]
    rest = re.sub(r"(?i)^(?:https?://)?[^/?#]+", "", address.rstrip(".,;:)"))
    path = re.sub(r"(?i)(?:/|\.(?:html?|aspx?|php))$", "", rest.split("?")[0].split("#")[0]).strip("/").lower()
    if re.fullmatch(r"[a-z]+", path) and len(path) <= _section_letters():
        # fu29 (nu31 s19): "/about/", "/planning/": one word under the home page is a section of the site; rv55 (nc55 #6):
        # but "/policies", "/publications" name a list of documents: a specific page (an index), never "a general pointer"
        # ny70 (nc70 #6): a longer run of words written as one ("/carehomeframework") names a page of its own
        return _is_index(address)
    return not all(segment in general for segment in path.split("/"))  # "/foi-ai/disclosure-log/" is a list page


# ny70 (nc70 #6): the subject of a sentence that cites a provision is the same information as before when it is a
# pronoun or "the information" ("It is also exempt under section 43"), else a thing of its own ("The individual
# placement schedule ... is withheld under section 43(2)")
_SAME_THING = re.compile(r"(?i)^\s*(?:(?:however|also|further(?:more)?|in\s+addition|additionally|moreover)\s*,?\s*)?"
                         r"(?:it|this|these|that|those|they|such\s+information|the\s+(?:same\s+)?(?:information|data|material|"
                         r"documents?|records?)(?:\s+(?:requested|you\s+(?:asked\s+for|requested)))?|we|the\s+(?:council|"
                         r"force|authority|trust|department))\b")


def _different_things(answer: str, sections: list[str]) -> bool:
    """ny70 (nc70 #6): whether one part's ANSWER cites its published provision and its harm provision for different
    information: in different sentences, each naming a thing of its own ("The Framework terms ... are
    published ... section 21. The individual placement schedule ... is withheld under section 43(2)"). Both cited for
    the same information, or in one sentence, is the contradiction the review points out."""
    if not answer:
        return False
    sentences = [x for x in re.split(r"(?<=[.;])\s+(?=[A-Z(])", " ".join(answer.split())) if x.strip()]

    def citing(section: str) -> set[int]:
        number = re.escape(section.rpartition(" ")[2].split("(")[0])
        sub = re.escape(section.rpartition(" ")[2][len(section.rpartition(" ")[2].split("(")[0]):])
        pat = re.compile(rf"(?i)\b(?:section|regulation|reg\.?|s\.?)\s*{number}\b{sub}")
        return {i for i, x in enumerate(sentences) if pat.search(x)}

    published = set().union(*(citing(s) for s in sections if "published" in section_roles(s)))
    harm = set().union(*(citing(s) for s in sections if _weighed(s) and "published" not in section_roles(s)))
    if not published or not harm or published & harm:
        return False
    # "They are also published ...": either sentence pointing back at the other's information makes it the same
    return all(not _SAME_THING.match(sentences[i]) for i in harm | published)


_SPENDING = re.compile(r"(?i)\b(?:contracts?|tenders?|procurements?|grants?|funding|budgets?|purchases?|bought|buy)\b")


def _commercial_money(request: str | None, mapped, parts: list[str]) -> bool:
    """ny70 (nc70 #6): whether the parts withheld as commercial (PARTS; [] for the whole request) asked about public
    money (spending, prices, contracts): only then does the review say that how public money is committed is rarely
    sensitive. Read from the request's own parts, else from the questions the reply restates; never from the reply's
    reasons (its public interest arguments speak of "public spending" whatever was asked)."""
    from askfoi.answer_map import request_items

    items = dict(request_items(request)) or {m.number: m.question for m in mapped or [] if m.question}
    asked = " ".join(items.get(n, "") for n in parts) if parts else " ".join(items.values())
    return bool(_MONEY.search(asked) or _SPENDING.search(asked))


def _asks_prices(request: str | None, mapped, parts: list[str], reply: str = "") -> bool:
    """nz82 (nc82 #11): whether the parts withheld as commercial (PARTS; [] for the whole request) asked about prices,
    costs or payments: only then does the review ask for totals instead of unit prices. Read from those parts of the
    request (or the questions the reply restates), never from another part ("how much did the developer pay" beside
    withheld advice and survey methods); from the whole request, else the reply, when the parts are not known."""
    from askfoi.answer_map import request_items

    items = dict(request_items(request)) or {m.number: m.question for m in mapped or [] if m.question}
    if parts and items and all(n in items for n in parts):
        return bool(_MONEY.search(" ".join(items[n] for n in parts)))
    return bool(_MONEY.search(request if request and request.strip() else reply))


def published_pointer(reply: str | None, links: list[str] | None = None) -> tuple[str, list[str]]:
    """fu26: where a reply that says information is published points: ("exact", addresses) when it gives the address of
    the information itself (a page or document below a site's front page), ("general", addresses) when it gives only a
    home page, a search or list page, or no address at all ("published on our website"); ("exact", []) when it gives a link
    whose address the pasted text lost ("available using the below link"). LINKS: the addresses the
    reader found beside its published sentences (Reading.links); bare addresses ("www.x.gov.uk/parking") are looked
    for in the sentences that say where the information is (knowledge/vocab/published_pointers.yaml)."""
    found = [str(x).rstrip(".,;:") for x in links or []]
    _, words, link_words = _pointer_vocab()
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n+", (reply or "")[:20000]):
        if words is None or not words.search(sentence) or re.search(r"(?i)@|\bemail\b|\be-mail\b", sentence):
            continue  # an email address to write to is no pointer
        found += [m.group().rstrip(".,;:") for m in _ADDRESS.finditer(sentence)]
    found = list(dict.fromkeys(found))
    exact = [a for a in found if _is_exact(a)]
    if not exact and not found and link_words is not None and link_words.search(" ".join((reply or "")[:20000].split())):
        return "exact", []  # a link the pasted text lost ("the below link", "click here"): no general pointer
    # fu29 (fr20-15): every address the reply gave is named, the information's own first, then lists of documents, then
    # site pages: an officer checks each, and a letter that drops one the reply gave reads as careless
    own = [a for a in exact if not _is_index(a)]
    named = own + [a for a in exact if a not in own] + [a for a in found if a not in exact]
    if exact and not own:
        return "index", named  # fu28: "/about-us/board-papers": a list of many documents, not the information
    if not exact and found and _names_document(reply):
        # ny70 (nc70 #6): a portal or site named with the document's own reference ("published on the ePlanning portal
        # under planning application 24/03317/FUL ... Technical Appendix 10.3") says exactly where: no general pointer
        return "exact", named
    return ("exact", named) if own else ("general", found)


@functools.lru_cache(maxsize=1)
def _document_vocab() -> tuple[int, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any

    data, _ = load_vocab("published_pointers")
    data = data if isinstance(data, dict) else {}
    return int(data.get("section_letters") or 12), compile_any(str(p) for p in data.get("document_refs") or [])


def _section_letters() -> int:
    return _document_vocab()[0]


def _names_document(reply: str | None) -> bool:
    """ny70 (nc70 #6): whether the reply names the published document by its own reference (an application number, an
    appendix, a document title with its number): knowledge/vocab/published_pointers.yaml document_refs."""
    refs = _document_vocab()[1]
    return bool(refs is not None and reply and refs.search(reply[:20000]))


def _is_index(address: str) -> bool:
    """fu28 (nu30): whether ADDRESS is a page listing many documents ("/about-us/board-papers", "/publications"), read from
    knowledge/vocab/published_pointers.yaml index_words: no number and no document file in it."""
    from askfoi.knowledge import compile_any

    data, _ = load_vocab("published_pointers")
    words = compile_any(str(p) for p in (data.get("index_words") or [])) if isinstance(data, dict) else None
    rest = re.sub(r"(?i)^(?:https?://)?[^/?#]+", "", address.rstrip(".,;:)")).split("?")[0].split("#")[0]
    if words is None or re.search(r"\d", rest) or re.search(r"(?i)\.(?:pdf|xlsx?|csv|docx?|odt|ods|pptx?)$", rest):
        return False
    last = re.sub(r"(?i)\.(?:html?|aspx?|php)$", "", rest.rstrip("/")).rsplit("/", 1)[-1].lower()
    return bool(last) and bool(words.search(last))


# lead40 (nc43 #16): a part given only in part is "only partly answered", never "did not give me ... (partly given)"
_OWED_WORDS = {Outcome.ncnd: "neither confirmed nor denied", Outcome.not_held: "said not to be held",
               Outcome.part_disclosed: "only partly answered"}


def _gave_advice(*texts) -> bool:
    from askfoi.reply_explain import gives_advice

    return any(isinstance(t, str) and gives_advice(t) for t in texts)


@functools.lru_cache(maxsize=None)
def _vocab_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The "patterns" list of knowledge/vocab/NAME.yaml, compiled ignoring case (a broken one is left out)."""
    data, _ = load_vocab(name)
    out = []
    for item in (data or {}).get("patterns") or [] if isinstance(data, dict) else []:
        try:
            out.append(re.compile(str(item), re.IGNORECASE))
        except re.error:
            continue
    return tuple(out)


def held_locally(reply: str | None) -> str | None:
    """fu21: where a not-held reply says the information is kept across its own parts rather than centrally ("does
    not hold this information centrally ... handled by each school"): the parts as it names them ("schools"), "" when
    it says only "not held centrally" or "held locally"; None when it says neither (knowledge/vocab/held_locally.yaml)."""
    text = " ".join((reply or "")[:20000].split())
    found = None
    for p in _vocab_patterns("held_locally"):
        m = p.search(text)
        if m is None:
            continue
        part = (m.groupdict().get("part") or "").strip().lower()
        if part:
            if part.endswith("s"):
                return part
            return part[:-1] + "ies" if part.endswith("y") else part + ("es" if part.endswith(("ch", "sh")) else "s")
        found = ""
    return found


def _assisted(reply: str | None) -> bool:
    from askfoi.narrowing_advice import assisted

    return assisted(reply)


def _advice_said(reply: str | None) -> str | None:
    from askfoi.narrowing_advice import advice_said

    return advice_said(reply)


@functools.lru_cache(maxsize=1)
def _reply_fact_patterns() -> dict[str, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any

    data, _ = load_vocab("review_reply_facts")
    return {str(k): compile_any(str(p) for p in v or []) for k, v in (data.items() if isinstance(data, dict) else [])}


def reply_fact(reply: str | None, fact: str) -> bool:
    """(ck23b) Whether REPLY says FACT (knowledge/vocab/review_reply_facts.yaml): "small_number_given" (a small count
    already given as a band, "fewer than five"), "figures_given" (figures of its own, "Of these, 187 were ...")."""
    text = " ".join((reply or "")[:20000].split())
    pattern = _reply_fact_patterns().get(fact)
    return bool(text) and pattern is not None and bool(pattern.search(text))


def small_numbers(reading: Reading, reply: str | None) -> str | None:
    """rv55 (nc55 #6): what a reply did with small numbers it cites as personal data, read from its decision on the parts
    that cite the personal-data provisions: "given" (a small count given as a band, "The number is fewer than five",
    in a part it answered at least in part), "withheld" (the figures withheld outright because some are small: no
    band was given), None (the reply says nothing of small numbers). A letter states only what the reply did."""
    if not reply_fact(reply, "small_number_given"):
        return None
    personal = [p for p in reading.parts if any("personal" in section_roles(x) for x in p.sections)]
    if personal:
        gave = any(p.outcome in (Outcome.part_disclosed, Outcome.disclosed) for p in personal)
    else:  # one decision for the whole reply
        gave = reading.outcome in (Outcome.part_disclosed, Outcome.disclosed) and not reading.parts
    if not gave:
        return "withheld"
    # a part given in part: the band is given only where a sentence states it as the answer, not as the reason
    from askfoi.part_decisions import banded_answer

    for sentence in re.split(r"(?<=[.!?;])\s+", " ".join((reply or "")[:20000].split())):
        if reply_fact(sentence, "small_number_given") and banded_answer(sentence) and not re.search(
                r"(?i)\b(?:contain|contains|include|includes|where|if|because|as)\b[^.]{0,40}\b(?:fewer|less)\s+than\b", sentence):
            return "given"
    return "withheld"


def reply_fact_words(reply: str | None, fact: str) -> str | None:
    """(ck25b) The words in which REPLY says FACT (`reply_fact`): "not held in a reportable format"; None when it does
    not say it."""
    text = " ".join((reply or "")[:20000].split())
    pattern = _reply_fact_patterns().get(fact)
    m = pattern.search(text) if text and pattern is not None else None
    return m.group(0) if m else None


def _qualified_person(sections: list[str], law: Law) -> str | None:
    """(ck25b) The FOIA section 36 provisions SECTIONS cite, named ("section 36(2)(b)(ii) and section 36(2)(c)"): they
    apply only on the reasonable opinion of a qualified person (FOIA s36(2), s36(5)); None under any other law (FOISA
    section 30 and the EIR have no qualified person)."""
    if law != "FOIA":
        return None
    named = [section_name(s) for s in sections if re.fullmatch(r"(?:FOIA\s+)?36(?:\(.*)?", s.strip())]
    named = list(dict.fromkeys(named))
    if not named:
        return None
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _relative_parts(reading, reply: str | None) -> list[dict]:
    """ny91 (nc88 #12): {number, relation, pronoun} for each part withheld as third-party personal data that REPLY says is
    about the requester's relative: the review letter says those records go by subject access, not by this review."""
    from askfoi.own_data_parts import relatives_data_parts

    return [{"number": n, "relation": rel, "pronoun": pron} for n, rel, _kind, pron in relatives_data_parts(reading, reply)]


def _other_holder(reply: str | None, authority: str | None = None) -> str | None:
    """The body the reply says holds the information instead ("the Scottish Ambulance Service"); never the AUTHORITY
    itself nor the body the reply is written by (fu28: "the information you have requested is held by Northumbria
    Police however cannot be disclosed" is the force's own holding, not another body's)."""
    from askfoi.reply_sender import other_holder, reply_sender

    holder = other_holder(reply)
    if not holder:
        return None
    said = _body_key(holder)
    for own in (authority, reply_sender(reply)):
        if own and said and (said == _body_key(own) or said in _body_key(own) or _body_key(own) in said):
            return None
    return in_sentence(holder)


def _body_key(name: str | None) -> str:
    return " ".join(re.sub(r"(?i)\bthe\b|[^\w\s]", " ", name or "").lower().split())


_CONTRACTOR = re.compile(r"(?i)\b(?:our|its|the\s+(?:council|trust|force|authority|department)['\u2019]s|a|the)\s+"
                         r"(?:(?:external|private|waste|maintenance|highways?|parking|IT|software)\s+)?"
                         r"(?:contractors?|service\s+providers?|(?:outsourced\s+)?providers?|suppliers?|delivery\s+partners?)\b"
                         r"(?:\s*[,(]\s*(?-i:((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,3})))?")


# lead (nu32 #2): the sentence that names the contractor must say it holds the information or does the work the request is
# about, not merely name a supplier ("The supplier is NEC ...") or a contract
# rd49: correspondence with a body outside the authority ("the correspondence between the council and the developer",
# "emails with Acme Homes"): the other side, which is no part of the authority
_OUTSIDE_CORRESPONDENCE = re.compile(
    r"(?i)\b(?:correspondence|communications?|e-?mails?|letters?)\s+(?:(?:with|from|to)\s+|between\s+(?:the\s+|this\s+|your\s+)?"
    r"(?:council|authority|trust|department|force|university|agency|board|us|you)\s+and\s+)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<who>developers?|applicants?|contractors?|consultants?|suppliers?|operators?|compan(?:y|ies)|landowners?|agents?"
    r"|third\s+part(?:y|ies)|(?-i:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}))\b")
_OWN_SIDE = re.compile(r"(?i)^(?:the\s+)?(?:council|authority|trust|department|force|university|officers?|staff|members?|cabinet|colleagues?)$")


def _outside_party(request: str | None, reply: str | None, authority: str | None) -> str | None:
    """rd49: the body outside the authority that the correspondence asked for (or withheld) is with: "the developer",
    "Acme Homes"; None when neither the request nor the reply names one."""
    for text in (request, reply):
        for m in _OUTSIDE_CORRESPONDENCE.finditer((text or "")[:20000]):
            who = " ".join(m.group("who").split())
            if _OWN_SIDE.match(who) or (authority and who.lower() in authority.lower()):
                continue
            return who if who[:1].isupper() else "the " + who
    return None


_CONTRACTOR_DOES = re.compile(r"(?i)\b(?:hold|holds|held|keep|keeps|kept|record|records|recorded|store|stores|stored|retain\w*|"
                              r"maintain\w*|bought|buy|buys|purchas\w*|install\w*|carr(?:y|ies|ied)\s+out|undertak\w*|"
                              r"provid\w*|deliver\w*|operat\w*|run|runs|manag\w*|outsourc\w*|on\s+(?:our|its)\s+behalf|"
                              r"responsib\w*|collect\w*|monitor\w*)\b")


def _contractor(reply: str | None, reading: Reading | None = None) -> str | None:
    """The contractor a not-held reply says has the information ("the cameras are bought by our contractor, Veolia"),
    as "your contractor" or "your contractor, Veolia"; None when the reply names none. ny67 (nc67 #5): with READING,
    only one named under an answer the reply held back (never one named beside information it gave)."""
    if not reply:
        return None
    text = reply[:20000]
    for m in _CONTRACTOR.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i != -1]
        sentence = text[start:min(ends) if ends else len(text)]
        if not _CONTRACTOR_DOES.search(sentence):
            continue  # lead (nu32 #2): "The supplier is NEC ..." names a supplier; it says nothing of who holds what
        if reading is not None and not _contractor_part_fits(_item_before(text, m.start()), reading):
            continue
        return "your contractor" + (f", {m.group(1)}," if m.group(1) else "")
    return None


def _item_before(text: str, at: int) -> str | None:
    """The number of the reply's numbered answer that position AT stands under, None before any."""
    items = list(_ITEM_START.finditer(text, 0, at))
    return items[-1].group(1) if items else None


def _contractor_part_fits(part: str | None, reading: Reading, held_back: tuple[Outcome, ...] | None = None) -> bool:
    """ny67 (nc67 #5): a contractor named under answer PART speaks of that part only: it fits a ground about a part the
    reply held back (HELD_BACK: the outcomes that count; default any but given or published), never one about another
    part, nor one whose information was given ("Grounds maintenance is carried out by our contractor, Idverde. We paid
    £1.24 million")."""
    if part is None or not reading.parts:
        return True
    outcome = next((p.outcome for p in reading.parts if p.number == part), None)
    if outcome is None:
        return True
    if held_back is not None:
        return outcome in held_back
    return outcome not in (Outcome.disclosed, Outcome.published)


def _contract_subject(text: str, at: int) -> bool:
    """ny67 (nc67 #5): the words before AT in its sentence make it about who holds a contract ("The contracts are held
    by the operators"), not who holds information (knowledge/vocab/contractor_holds.yaml contract_subjects)."""
    start = max(text.rfind(".", 0, at), text.rfind("\n\n", 0, at)) + 1
    before = " ".join(text[start:at].split())
    data, _ = load_vocab("contractor_holds")
    for item in (data or {}).get("contract_subjects") or [] if isinstance(data, dict) else []:
        try:
            if re.search(str(item), before, re.IGNORECASE):
                return True
        except re.error:
            continue
    return False


_NOT_A_CONTRACTOR = re.compile(r"(?i)^(?:the|we|this|these|it|our|council|if|please|all|any|data|information)\b")
_ITEM_START = re.compile(r"(?m)^\s*(?:q(?:uestion)?\s*)?\(?(\d{1,2})[.):]\s")  # fu28: "(3) ..." too


def contractor_said(reply: str | None) -> tuple[str, str | None] | None:
    """fu27: where a reply says the information, or the service it is about, is with a contractor ("This would be held
    with Veolia", "Veolia undertake this as it is outsourced", "held by our contractor"): ("your contractor, Veolia" or
    "your contractor", the number of the answer it stands under, or None); None when it says no such thing
    (knowledge/vocab/contractor_holds.yaml). A public body the knowledge pack knows is never a contractor (another
    body holding the information is a transfer, not information held on the authority's behalf)."""
    if not reply:
        return None
    text = reply[:20000]
    for pattern in _vocab_patterns("contractor_holds"):
        for m in pattern.finditer(text):
            if _contract_subject(text, m.start()):
                continue  # ny67: "The contracts are held by the operators": who holds a contract, not information
            who = (m.groupdict().get("who") or "").strip().split("\n")[0].strip()  # a name ends at its line ("Kier\nQ3")
            if who and _NOT_A_CONTRACTOR.match(who):
                who = ""
            if who:
                from askfoi.authorities import resolve_authority

                found = resolve_authority(who)
                if found is not None and found.known:
                    continue  # "held by NHS England": another public body, not a contractor
            elif not re.search(r"(?i)contractor|provider|supplier|operator|partner|outsourc", m.group(0)):
                continue  # no name and no word for a contractor: "held by the police" is not one
            items = [i for i in _ITEM_START.finditer(text, 0, m.start())]
            part = items[-1].group(1) if items else None
            return "your contractor" + (f", {who}," if who else ""), part
    return None


def _owed_words(outcome: Outcome, law: Law, sections: list[str] | None = None) -> str:
    """What the reply did with a part still owed, in the words of its law: the EIR and EISR have no cost limit, so
    a refusal for the work it takes is "manifestly unreasonable" (regulation 12(4)(b), EISR 10(4)(b)) (nu19). fu29 (nu31
    s11): a part withheld is "withheld under" the provisions its own sentences cite, when SECTIONS names them."""
    if outcome == Outcome.cost_limit and law in ("EIR", "EISR"):
        return "refused as manifestly unreasonable"
    if outcome == Outcome.refused and sections == ["11"]:
        return "not given in the form asked for"  # rd45: s11 is the duty to meet a preferred form, never an exemption
    if outcome == Outcome.refused and sections:
        named = [section_name(s) for s in sections]
        return "withheld under " + (named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1])
    return _OWED_WORDS.get(outcome, OUTCOME_LABELS[outcome])


_COST_WORDS = re.compile(r"(?i)\b(?:cost|appropriate)\s+limit|\bsection\s+12\b|\b(?:18|24|eighteen|twenty[- ]four)\s+hours\b|£\s?(?:450|600)\b")
_PART_NUMBERS = re.compile(r"(?i)\b(?:parts?|questions?|points?|items?)\s+((?:\d{1,2}\s*(?:,|and|&|to|-)?\s*)+)")


def _parts_named(reading: Reading, words: re.Pattern[str]) -> list[str]:
    """The part numbers named in the reply's deciding sentences that speak of `words` ("answering part 2 would
    exceed the appropriate limit"), when the reply did not answer part by part."""
    out: list[str] = []
    for sentence in reading.evidence:
        if not words.search(sentence):
            continue
        for m in _PART_NUMBERS.finditer(sentence):
            out += re.findall(r"\d{1,2}", m.group(1))
    return list(dict.fromkeys(out))


def _parts_with(reading: Reading, *outcomes: Outcome) -> list[str]:
    """The numbers of the reply's parts that had one of these outcomes."""
    return [p.number for p in reading.parts if p.outcome in outcomes]


def _request_parts(request: str | None) -> list[str]:
    """The parts REQUEST asked (a numbered list's items, else its asking lines or sentences), each as what was asked,
    without the letter's framing words (ck25b: "Under the Freedom of Information Act 2000, please send me the number of
    potholes ..." -> "The number of potholes ...")."""
    return [_asked_words(p) for p in _request_items(request)]


_WH_START = re.compile(r"(?i)^(?:how|what|which|who|whom|whose|when|where|why|whether|is|are|was|were|do|does|did|has|have|can|could|will|would)\b")


def _asked_words(part: str) -> str:
    """PART without the words that frame a request around what it asks ("Under the Act, please send me", "I would like
    to request"), as a sentence; PART itself when nothing is left or nothing frames it."""
    from askfoi.questions import strip_opener

    try:
        core = strip_opener(part).strip()
    except Exception:  # noqa: BLE001 - the part as written
        return part
    if not core or core == part.strip() or len(re.findall(r"[A-Za-z]+", core)) < 2:
        return part
    if core.endswith("?") and not _WH_START.match(core):
        core = core[:-1].rstrip() + "."  # "Could you provide a copy of the policy?" -> "A copy of the policy."
    return core[:1].upper() + core[1:]


def _request_items(request: str | None) -> list[str]:
    if not request or not request.strip():
        return []
    from askfoi.questions import sentence_role, split_questions

    lines = [line.strip() for line in request.splitlines() if line.strip()]
    listed = [_NUMBERED.sub("", line, count=1).strip() for line in lines if _NUMBERED.match(line)]
    try:
        if len(listed) > 1:  # a numbered list: its items are the parts (not the subject line, greeting or lead-in)
            return listed[:10]
        if listed:
            # nz73 (nc73 #11): a list of one ("1. All the emails ...\nFor the period 1 December 2023 to ...") is that one
            # part, its number taken off; the period line and the letter's other paragraphs are no parts of it
            from askfoi.answer_map import request_items

            period = re.compile(r"(?i)^\s*for the period\b[^\n]*$", re.MULTILINE)  # conversation.request_for_reply's line
            return [text for _, text in request_items(period.sub("", request))][:1] or listed[:1]
        if len(lines) > 1:  # a letter: the lines that ask, never "Subject: ...", "Dear ...", the sign-off (nu19)
            asking = [line for line in lines if not _HEADER_LINE.match(line)
                      and sentence_role(line) in ("question", "modifier")]
            return (asking or split_questions(request))[:10]
        return split_questions(request)[:10]
    except Exception:  # noqa: BLE001 - the letter stands without the parts
        return []


# fu26: what each other answer shows, said of it in an NCND review (it confirmed holding such information, or said it held none)
_SHOWS = {Outcome.disclosed: "released it", Outcome.part_disclosed: "released some of it",
          Outcome.published: "pointed to where it is published", Outcome.not_held: "said it holds none"}


def _cited_others(others: list[OtherAnswer]) -> list[dict]:
    return [{"authority": o.authority, "title": o.title, "outcome": o.outcome.value.replace("_", " "), "url": o.url,
             "date": o.date, "shows": _SHOWS.get(o.outcome, o.outcome.value.replace("_", " ")),
             "source": source_words(o.url),  # fu28: the kind of page it is, and whether it shows the information
             "released": o.outcome in (Outcome.disclosed, Outcome.part_disclosed, Outcome.published)}
            for o in others[:MAX_CITED]]


_SLOT = re.compile(r"\[[A-Z][A-Z ]{2,}[A-Z](?:\]|[,:])")  # "[SAY WHY]", "[SAY WHAT ..., FOR EXAMPLE: ...]"


def _letter(kind: str, law: Law, authority: str, subject: str, body: str, name: str | None, due: date | None,
            to: str | None, reply_to: str | None) -> Letter:
    missing = [] if name else ["requester_name"]
    if _SLOT.search(body.replace("[YOUR NAME]", "")):
        missing.append("placeholders")  # [DATE OF REPLY], [SAY WHY]...: to fill in before the letter is sent
    regime = Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA)
    return Letter(regime=regime, authority=authority, to=to, subject=subject, body=re.sub(r"\n{3,}", "\n\n", body.strip()) + "\n", due=due,
                  law=law_terms(law).act, requester_name=name, reply_to=reply_to, missing=missing)


_WH = re.compile(r"(?i)(?:how|what|which|who|whether|when|where|why)\b")
_LAW_SUBJECT = re.compile(r"(?i)^\W*(?:freedom\s+of\s+information|environmental\s+information|subject\s+access|foi|eir)\s+request\b\W*")


# ch101 (nc101 #2): a letter says what the person asked whole ("... about the Riverside development (1 April 2023 to
# 31 March 2024)"); only a story longer than this is cut, at a boundary (askfoi.reply_request.plain_topic). A subject
# line is shortened on its own terms (short_title)
LETTER_TOPIC_CHARS = 200


def asked_phrase(topic: str | None) -> str | None:
    """What a request asked, worded to follow "my request": "about X", "for X", "asking how many ..."; from a
    topic the person said ("for the number of ...", "how many ..."), a tracked request's title ("Freedom of
    Information request: speed cameras, 2024") or a noun phrase ("parking fines"). Plain text only; None when
    nothing readable is left."""
    from askfoi.reply_request import plain_topic

    text = plain_topic(topic, LETTER_TOPIC_CHARS)
    if not text:
        return None
    from askfoi.reply_request import no_dangling

    text = no_dangling(_LAW_SUBJECT.sub("", text).strip(" .") or "")  # ck25b: never "... by the, which you received"
    if len(text.split()) < 1 or not re.search(r"[A-Za-z]{3}", text):
        return None
    low = text.lower()
    if low.startswith(("about ", "for ", "asking ")):
        return text
    if low.startswith(("on ", "regarding ", "concerning ")):
        return "about " + text.split(" ", 1)[1]
    if _WH.match(text):
        return "asking " + text
    from askfoi.reply_request import sentence_case

    return "about " + sentence_case(text)  # lead40: "my request about use of drones", never "about Use of drones"


def _said_topic(topic: str | None) -> str | None:
    """What the person said their request asked, worded to follow "It asked" ("for the number of ...", "about ...",
    "how many ..."), as plain text; None when nothing readable is left."""
    phrase = to_the_body(asked_phrase(topic))
    return phrase[len("asking "):] if phrase and phrase.startswith("asking ") else phrase


# "they" in what the person says they asked is the body the letter is written to ("how many fines they issued"),
# unless something else is what "they" are ("how many pupils were excluded and whether they were readmitted")
_THEY = re.compile(r"(?i)\b(they|them|their|theirs|themselves)\b(?!\s+(?:were|are|was|is|had\s+been|have\s+been|'re)\b)")
_THEM_AS = {"they": "you", "them": "you", "their": "your", "theirs": "yours", "themselves": "yourselves"}


def to_the_body(phrase: str | None) -> str | None:
    """(ck21) PHRASE (what a request asked, as the person put it) as a letter to the body says it: "they", "them",
    "their" that stand for the body become "you", "your" ("It asked how many fines you issued in 2024"), so a chaser
    or review never leaves the body as "they". A "they" that is what was counted ("whether they were
    readmitted") is left."""
    if not phrase:
        return phrase
    return _THEY.sub(lambda m: _THEM_AS[m.group(1).lower()], phrase)


# rv58 (nc58 #6): words that never open a noun phrase naming a request ("my request about per bed"): a subject that
# starts with one is a fragment clipped from a question, and the letter quotes the request instead
_NOT_A_HEAD = frozenset("per via than versus vs plus minus like towards toward upon among amongst against without through "
                        "throughout since until till after before beyond onto unlike whereas if whether because".split())


def _clipped(subject: str) -> bool:
    from askfoi.framing import _PREPS

    first = (re.findall(r"[\w'&/-]+", subject.lower()) or [""])[0]
    return first in _NOT_A_HEAD or first in _PREPS


def request_named(*, reply: str | None = None, request: str | None = None, sent: date | None = None,
                  topic: str | None = None, reference: str | None = None, today: date | None = None) -> dict:
    """How a letter names the request it is about: {made, received, about, question, questions, reference}, each
    None (0) when not known. The original request when askfoi has it (the day it was SENT, the TOPIC the person
    gave or the REQUEST's own subject) comes first, else what the REPLY says of it
    (askfoi.reply_request.request_in_reply); never a guess. Dates are long dates ("3 October 2026")."""
    from askfoi.reply_request import plain_topic, request_in_reply

    stated = request_in_reply(reply) if isinstance(reply, str) else None
    about = to_the_body(asked_phrase(topic)) if topic else None  # ck21: "they" is the body written to
    question, questions = None, 0
    if about is None and request and request.strip():
        framing = _request_framing(request)
        subject = framing.subject if framing else None
        if subject:
            from askfoi.framing import subject_problems

            about = None if subject_problems(subject) or _clipped(subject) else asked_phrase(subject)
        parts = _request_parts(request)
        if about is None and parts:
            question, questions = plain_topic(parts[0], 160), len(parts)
    if about is None and question is None and stated is not None:
        if stated.topic:  # the reply's account speaks to the requester: "your planning application" is theirs
            about = asked_phrase(re.sub(r"\b([Yy])our\b", lambda m: "My" if m.group(1) == "Y" else "my", stated.topic))
        elif stated.question:
            question, questions = stated.question, stated.questions
    today = today or date.today()
    said_made, said_received = ((d if d is not None and d <= today else None) for d in  # a date ahead is a misread
                                ((stated.made, stated.received) if stated is not None else (None, None)))
    made = sent or said_made
    received = said_received if said_received != made else None
    clash = None
    if made is not None and received is not None and received < made:
        # fu28 (nu30): "my request of Monday 12 October, which you received on Saturday 3 October": a request is never
        # received before it was sent. The reply's own record of receipt is what the authority will check, so the letter
        # gives that one only, and the person is told the two dates disagree
        clash = (f"The reply says your request was received on {long_date(received)}, before the day given as sent "
                 f"({long_date(made)}). The letter gives only the reply's date: check which is right before you send it.")
        made = None
    return {"made": long_date(made) if made else None, "received": long_date(received) if received else None,
            "about": about, "question": question, "questions": questions,
            "reference": reference or (stated.reference if stated else None),
            "made_on": made, "received_on": received, "clash": clash}


# fu29 (class 2): the requester's full name as the reply greets them ("Dear Ade Okafor,", "Dear Mr Ade Okafor"): a title
# with a surname only ("Dear Mr Okafor") or a role ("Dear Requester") is no name to sign with
_GREETED = re.compile(r"(?m)^[ \t]*Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev)\.?\s+)?(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev)\b)((?-i:[A-Z][a-z'\u2019-]+)(?:\s+(?-i:[A-Z][a-z'\u2019-]+)){1,2})"
                     r"[ \t]*,?[ \t]*$")
_NOT_A_NAME = re.compile(r"(?i)\b(?:sir|madam|requester|requestor|applicant|customer|colleague|enquirer|resident|team|officer|"
                         r"freedom|information|foi|all|friend|member|client|council|police|constabulary|government|department|authority|office|"
                         r"trust|board|district|borough|county|city|service|services|unit|ltd|limited|plc|university|college|school|"
                         r"colleagues|partner|partners|commissioner)\b")


def signed_name(request: str | None) -> str | None:
    """rv58 (nc58 #15): the full name a request letter is signed with ("Yours faithfully,\nHelen Marsh"), tidied; None
    without a closing, or for a first name alone (FOIA s8 needs the real name: never signed with half of it)."""
    if not request or not request.strip():
        return None
    from askfoi.answers import tidy_name
    from askfoi.sign_off import signature

    signed = signature(request)
    name = tidy_name(signed.name) if signed and signed.name else None
    return name if name and len(name.split()) >= 2 and not _NOT_A_NAME.search(name) else None


def greeted_name(text: str | None) -> str | None:
    """fu29: the name the reply greets the requester by, when it is a full name (given name and surname); else None."""
    m = _GREETED.search((text or "")[:3000])
    if m is None or _NOT_A_NAME.search(m.group(1)):
        return None
    return m.group(1)


_PUBLIC_INTEREST = re.compile(r"(?i)\bpublic[\s-]+interest\b")


def mended_reading(reading: Reading) -> tuple[Reading, list[dict]]:
    """lt101: READING with each provision that cannot exist ("31(a)") replaced by the one it most likely means
    (askfoi.provision_shapes), in the whole reply's sections and each part's; and the notes [{said, meant}]."""
    from askfoi.provision_shapes import mended

    sections, notes = mended(list(reading.sections))
    if not notes:
        return reading, []
    parts = [p.model_copy(update={"sections": mended(list(p.sections))[0]}) for p in reading.parts]
    return reading.model_copy(update={"sections": sections, "parts": parts}), notes


def review_letter(
    reply: str | Reading,
    *,
    request: str | None = None,
    name: str | None = None,
    authority: str | None = None,
    reference: str | None = None,
    received: date | None = None,
    today: date | None = None,
    scotland: bool = False,
    to: str | None = None,
    reply_to: str | None = None,
    matcher=None,
    sent: date | None = None,
    topic: str | None = None,
    reply_text: str | None = None,
    after_review: bool | None = None,
    told: str | None = None,
) -> Letter:
    """The internal review (FOISA/EISR review, EIR reconsideration) with grounds chosen by the reply. TOLD (ny67, nc67
    #2): the person's own story ("my dad died in march ..."): a part about a relative who has died is argued as no one's
    personal data (data protection law protects living people only). The request
    is named (request_named): by the day it was SENT and the TOPIC the person gave or the REQUEST's subject when
    askfoi has them, else by what the reply says of it (REPLY_TEXT: the reply's text when REPLY is a Reading).
    AFTER_REVIEW (fu27): the reply is the outcome of a review (None: read from the reply's own words,
    askfoi.reply_flow.reads_as_review_outcome): AlreadyReviewed is raised, saying the Commissioner is next."""
    reading = reply if isinstance(reply, Reading) else read_reply(reply)
    # rv58 (nc58 #15): the name the original request is signed with, then the one the reply greets (fu29)
    name = name or signed_name(request) or greeted_name(reply if isinstance(reply, str) else reply_text)
    reading = cited_only(reading, reply if isinstance(reply, str) else reply_text)  # fu27: the reply's own sections
    # lt101 (nc100 r1): "Section 31(a)" is no provision of the Act: argued as the provision it most likely means
    # (31(1)(a)), and the letter says so, or asks which is meant; never repeated as law
    reading, provisions_mended = mended_reading(reading)
    from askfoi.provision_shapes import purposes_unsaid
    # rv99 (nc99 #6): "neither confirm nor deny ... by virtue of section 30(2)" stands on s30(3), weighed under s2(1)(b)
    reading = ncnd_basis(reading, reply if isinstance(reply, str) else reply_text)
    reading = parts_as_said(reading)  # fu27: each part's decision as its own sentences state it
    reading = letter_parts(reading, reply if isinstance(reply, str) else reply_text)  # fu28: no part-level decision the reader is not sure of
    # fu31 (nu33 #7, #9): a reply answered under its own part labels ("Response to part 2", "1. ... Response:") is
    # argued part by part as those labels map it; parts no answer is clearly labelled for are asked about, never guessed
    reading, mapped = with_mapped_parts(reading, reply if isinstance(reply, str) else reply_text, request)
    # ny70 (nc70 #5): a part neither confirmed nor denied as the requester's own data is not argued: subject access
    from askfoi.own_data_parts import own_data_parts, police_body, without_parts

    own_ncnd = own_data_parts(reading, {p.number: p.answer for p in mapped or [] if p.answer})
    # ny70 (nc70 #11): a part passed to the data protection team as a subject access request is not argued either
    from askfoi.own_data_parts import passed_as_sar

    sar_passed = passed_as_sar(reading, {p.number: p.answer for p in mapped or [] if p.answer},
                               reply if isinstance(reply, str) else reply_text)
    # nz82 (nc82 #1): of those, the parts refused as my own data (s40(1)), not neither confirmed nor denied
    own_refused = [p.number for p in reading.parts if p.number in own_ncnd and not p.ncnd and p.outcome == Outcome.refused]
    reading = without_parts(reading, own_ncnd + sar_passed)
    if not authority:  # the body the reply itself names as its writer greets the letter (None: "the authority")
        from askfoi.reply_sender import reply_sender

        authority = reply_sender(reply if isinstance(reply, str) else reply_text)
    from askfoi.authorities import letter_name_of

    # rv61 (nc61 #5): a request to a school or an academy (its name, the request's greeting, or the reply speaking as
    # its academy trust) is timed by the school rule; the review goes to the body the reply says handles it (the trust)
    school = school_request(authority, request, reply if isinstance(reply, str) else reply_text)
    authority = review_handler(reply if isinstance(reply, str) else reply_text) or authority
    authority = letter_name_of(authority)  # ck21: "London Borough of Tower Hamlets", not the listed spelling
    scotland = scotland or is_scottish(reply if isinstance(reply, str) else None, authority)
    law = law_of(reading.regime, reading.sections, scotland=scotland)
    eir_only = _eir_only(law, authority, reading)
    if eir_only is not None:
        law = "EIR"
    # fu26: a Scottish authority that refused under the UK Act: said, and argued under FOISA's provisions and numbers
    cited_wrong = wrong_act(reading, reply if isinstance(reply, str) else reply_text, law)
    if cited_wrong:
        reading = under_foisa(reading, cited_wrong)
    terms = law_terms(law)
    if after_review is None:
        from askfoi.reply_flow import reads_as_review_outcome

        text = reply if isinstance(reply, str) else reply_text
        after_review = bool(text) and reads_as_review_outcome(text)
    if after_review:
        # fu29: the Commissioner's time runs from the review's outcome: its date, when the outcome gives one (received)
        from askfoi.reply_explain import reply_date

        text = reply if isinstance(reply, str) else reply_text
        outcome_day = received or (reply_date(text) if text else None)
        outcome_day = outcome_day if outcome_day is not None and outcome_day <= (today or date.today()) else None
        scot = law in ("FOISA", "EISR")
        by = (add_months(outcome_day, SIC_MONTHS) if scot else outcome_day + timedelta(weeks=ICO_WEEKS)) if outcome_day else None
        raise AlreadyReviewed(" ".join(render("letters/already_reviewed.txt.j2", t=terms.model_dump(), scot=scot,
                                              outcome_day=long_date(outcome_day) if outcome_day else None,
                                              by=long_date(by) if by else None,
                                              passed=by is not None and by < (today or date.today())).split()))
    today = today or date.today()
    if received is None and isinstance(reply, str):
        from askfoi.reply_explain import reply_date

        # the date the reply gives itself; never today's date in its place, nor a date after today (rv58: a slip,
        # said by `askfoi review` as `explain` says it, reply_explain.dated_ahead_note)
        received = _not_after(reply_date(reply), today)
    replied = received or today
    scot = law in ("FOISA", "EISR")
    grounds = format_only(grounds_for(reading), reply if isinstance(reply, str) else reply_text)
    # rv99 (nc99 #6): information confirmed held for a part and withheld with no exemption named for it (s17(1)(b))
    held_unnamed_part = held_unnamed(reading, reply if isinstance(reply, str) else reply_text)
    if held_unnamed_part and "unnamed" not in grounds:
        grounds.append("unnamed")
    barred = [s for s in reading.sections if "emissions_barred" in section_roles(s)]
    if barred and on_emissions(request, reply if isinstance(reply, str) else reply_text):
        grounds.append("emissions")  # nz79 (nc79 #3): EIR reg 12(9) / EISR reg 10(6), argued first
    others: list[OtherAnswer] = []
    if "ncnd" in grounds or "public_interest" in grounds or "not_held" in grounds:
        query = request or (reply_query(reply, asked_only=not reading.ncnd) if isinstance(reply, str) else "")
        others = answered_differently(reading, similar_answers(query, authority, matcher=matcher), authority, query=query)
    parts = _request_parts(request)
    # lt102: the whole request refused on cost (every part the reader read with it): the letter leads with the narrower
    # request, made as a new one
    whole_cost = reading.outcome == Outcome.cost_limit and all(p.outcome == Outcome.cost_limit for p in reading.parts)
    if reference is None and isinstance(reply, str):
        reference = reference_in(reply)
    owed = [p for p in reading.parts if p.outcome != Outcome.disclosed]
    # rd67 (nc61): a part answered with neither confirm nor deny is argued under its own ground (is confirming or denying
    # itself harmful), never as a part still owed: the reply did not withhold information it said it held
    ncnd_parts = [p.number for p in owed if p.ncnd or p.outcome == Outcome.ncnd]
    owed = [p for p in owed if p.number not in ncnd_parts]
    # rd70 (nc67 #11): a part said to ask for no recorded information is argued under its own ground (the records that
    # would show the answer), not as information withheld
    recorded_parts = [p.number for p in owed if p.not_recorded]
    owed = [p for p in owed if not p.not_recorded]
    if (ncnd_parts or recorded_parts) and "parts_owed" in grounds and not owed:
        grounds = [g for g in grounds if g != "parts_owed"]  # every part not given was NCND: nothing else is owed
    # nx64 (nc64 #10): a part whose time the reply lawfully extended is not owed yet: it is not argued in the review
    # while the extension runs (the day the reply gives, else the latest the law allows)
    from askfoi.extensions import part_extensions
    from askfoi.reply_explain import request_date

    the_text = reply if isinstance(reply, str) else reply_text
    running = {n for n, x in part_extensions(mapped, reading, law, sent or (request_date(the_text) if the_text else None)).items()
               if (x["to"] or x["allowed"] or today) >= today}
    owed = [p for p in owed if p.number not in running]
    if running and len(running) < len(reading.parts):
        reading = reading.model_copy(update={"parts": [p for p in reading.parts if p.number not in running]})
    cost_parts = _parts_with(reading, Outcome.cost_limit) or _parts_named(reading, _COST_WORDS)
    if reading.outcome == Outcome.pending:
        # nu21: a holding letter (an extension, a question back, a fees notice) decides nothing: no review to write
        from askfoi.holding_kinds import holding_kind

        held = holding_kind(reply if isinstance(reply, str) else reply_text)
        if held is not None:
            raise NothingToChallenge(" ".join(render("letters/no_decision_yet.txt.j2", kind=held.kind, until=long_date(
                held.until) if held.until else None, holder=_other_holder(reply if isinstance(reply, str) else reply_text, authority)
                if held.kind == "transfer" else None).split()))
    holder = _other_holder(reply if isinstance(reply, str) else reply_text, authority) if "not_held" in grounds else None
    if holder and not _contractor(reply if isinstance(reply, str) else reply_text) and set(grounds) <= {"not_held", "parts_owed"} \
            and not reply_fact(reply if isinstance(reply, str) else reply_text, "figures_given"):
        # ck23b: a reply that gives figures of its own and adds that national data is published by another body
        # answered the request itself: the rest is argued as held, never "send your request to NHS England instead"
        # ck20: "the information is held by the Scottish Ambulance Service": the next step is a request to that body, not
        # a review arguing the information is held
        raise NothingToChallenge(" ".join(render("letters/held_elsewhere.txt.j2", holder=holder,
                                                 authority=authority).split()))
    # fu27: "This would be held with Veolia": held by a contractor is held on the authority's behalf (s3(2)(b)), argued
    # whatever the reader made of the part (nu21's not-held ground says it too; without "not held" it is its own ground)
    on_behalf = contractor_said(reply if isinstance(reply, str) else reply_text)
    if on_behalf and not _contractor_part_fits(on_behalf[1], reading, (Outcome.not_held,) if "not_held" in grounds else None):
        on_behalf = None  # ny67 (nc67 #5): said of another part, or of information given: no ground of its own
    if on_behalf and "not_held" not in grounds:
        grounds.append("contractor")
    if not grounds:
        raise NothingToChallenge("the reply gave all the information asked for: there is no decision to review")
    kb = get_knowledge()
    advice = None
    if "cost" in grounds:
        from askfoi.narrowing_advice import narrowing_advice

        advice = narrowing_advice(reply if isinstance(reply, str) else reply_text, today=replied)
    # fu26: an exact address to the information is a proper answer; only a general pointer is grounds in itself
    pointer = published_pointer(reply if isinstance(reply, str) else reply_text, reading.links) if "published" in grounds else None
    if pointer is not None and pointer[0] == "general" and not pointer[1] and reading.published_where:
        # rv58 (nc58 #6): "published on the CQC website": the reply named where (another body's site, a named
        # publication); the review argues only what is still owed, never "not where exactly"
        grounds, pointer = [g for g in grounds if g != "published"], None
        named_where = {s for s in reading.sections if "published" in section_roles(s)}
    else:
        named_where = set()
    qualified = [s for s in reading.sections if _weighed(s)]
    # which parts each ground is about, when the reply answered part by part; the public interest only where
    # a qualified exemption was used (an absolute one, such as personal data, has no public interest test)
    # fu27 (nu29 D6): each part by its own sentence: a part that names no provision is argued under another part's
    # exemption only when no part names one of its own (then the reply's provisions are the whole reply's)
    own_sections = any(p.sections for p in reading.parts)
    weighed = [p.number for p in reading.parts if p.outcome in (Outcome.refused, Outcome.part_disclosed, Outcome.ncnd, Outcome.cost_limit)
               and (any(s in qualified for s in p.sections) or not p.sections and not own_sections) and not format_part(p)]
    small = small_numbers(reading, reply if isinstance(reply, str) else reply_text) if "personal" in grounds else None
    about = {"cost": cost_parts, "not_held": [p.number for p in reading.parts if p.outcome == Outcome.not_held and not p.not_recorded],
             "not_recorded": [p.number for p in reading.parts if p.not_recorded],
             "public_interest": weighed, "ncnd": [p.number for p in reading.parts if p.ncnd],
             # lw53 (nc53 #6): of those, the parts whose own provisions weigh releasing the information (31(1)) and
             # those whose provisions weigh saying whether it is held (24(2), 31(3)): each argued where it was used
             "public_interest_release": [n for n in weighed if any(not is_ncnd_provision(s) for s in _part_sections(
                 reading, n, qualified))],
             "public_interest_confirm": [n for n in weighed if any(is_ncnd_provision(s) for s in _part_sections(
                 reading, n, qualified))],
             "format": [p.number for p in reading.parts if format_part(p)],
             "contractor": [on_behalf[1]] if on_behalf and on_behalf[1] and reading.parts else [],
             # fu30: each part's own ground named in its paragraph (part 3's personal data, part 1's prices)
             "personal": [p.number for p in reading.parts if p.outcome != Outcome.disclosed
                          and any("personal" in section_roles(s) for s in p.sections)],
             "commercial": [p.number for p in reading.parts if p.outcome != Outcome.disclosed
                            and any("commercial" in section_roles(s) for s in p.sections)],
             "unfinished": [p.number for p in reading.parts if p.outcome != Outcome.disclosed
                            and any("unfinished" in section_roles(s) for s in p.sections)],
             "policy": [p.number for p in reading.parts if p.outcome != Outcome.disclosed
                        and any("policy" in section_roles(s) for s in p.sections)],
             "emissions": [p.number for p in reading.parts if p.outcome != Outcome.disclosed
                           and any("emissions_barred" in section_roles(s) for s in p.sections)],
             # fu31 (nu33 #7): the part pointed to what is published, and the parts no answer is clearly labelled for
             "published": [p.number for p in reading.parts if p.outcome != Outcome.disclosed and (
                 p.outcome == Outcome.published or any("published" in section_roles(s) for s in p.sections))],
             "unclear": unclear_numbers(mapped)}
    # fu31 (nu33 #7): what one part's own answer says, argued for that part: published AND harmful to release (both
    # cannot be right for the same information), "not held" because finding it would need a search of files (held:
    # the work is a question for the cost limit, with an estimate and advice)
    answers = {m.number: m.answer for m in mapped or [] if m.answer}
    both_ways = [p.number for p in reading.parts if p.outcome != Outcome.disclosed
                 and any("published" in section_roles(s) for s in p.sections)
                 and any(_weighed(s) and "published" not in section_roles(s) for s in p.sections)
                 and not _different_things(answers.get(p.number) or " ".join(p.evidence), p.sections)]
    both_sections = {p.number: {"published": [section_name(s) for s in p.sections if "published" in section_roles(s)],
                                "harm": [section_name(s) for s in p.sections if "published" not in section_roles(s)]}
                     for p in reading.parts if p.number in both_ways}
    searched = [p.number for p in reading.parts if p.outcome == Outcome.not_held
                and reply_fact(" ".join(p.evidence), "search_needed")]
    if mapped is not None:
        searched = [m.number for m in mapped if m.status == "mapped" and m.outcome == Outcome.not_held
                    and reply_fact(m.answer, "search_needed")]
    related = None  # fu31: a not-held part's answer names another published document ("The Taser SOP is published")
    for m in mapped or []:
        if m.status == "mapped" and m.outcome == Outcome.not_held:
            words = reply_fact_words(m.answer, "related_published")
            if words:
                doc = re.sub(r"(?i)\s+(?:\([A-Z]{2,6}\)\s+)?(?:is|are)\s+(?:also\s+)?(?:published|available|accessible)$", "", words)
                related = {"part": m.number, "document": doc[:1].lower() + doc[1:] if doc.startswith(("The ", "Our ", "Its ")) else doc}
                break
    if about["unclear"] and "unclear" not in grounds:
        grounds.append("unclear")
    who = authority or "the authority"
    req = request_named(reply=reply if isinstance(reply, str) else reply_text, request=request, sent=sent, topic=topic,
                        reference=reference, today=today)
    # rv51 (nc50 #7): the parts under review quoted in the request's words, never only its first question
    # (rd67: a part answered with NCND is under review too, argued under its own ground rather than as owed)
    under_review = {p.number for p in owed if p.outcome != Outcome.published or "published" in grounds} | set(ncnd_parts)
    req["disputed"] = disputed_quotes(
        [p.number for p in reading.parts if p.number in under_review],
        [p.number for p in reading.parts], request=request, reply=reply if isinstance(reply, str) else reply_text)
    req["answered"] = [p.number for p in reading.parts if p.outcome == Outcome.disclosed] if req["disputed"] else []
    # nu17: a late reply says so; fu31: counted by the one rule explain uses too (askfoi/request_clock.py)
    clock = _clock(sent, reply if isinstance(reply, str) else reply_text, req, today)
    late_due = _due_if_late(clock.start, received, law, reply if isinstance(reply, str) else reply_text)
    if late_due is None and received is None and not school:
        from askfoi.reply_explain import admits_delay

        # nz76 (nc76 #10): a reply with no date that apologises for its delay came after its due day: the review says so
        said = reply if isinstance(reply, str) else reply_text
        late_due = _due_if_late(clock.start, today, law, said) if admits_delay(said) else None
    school_clock = _school_clock(clock.start, received, late_due) if school and law == "FOIA" else None
    env_cost = None
    if "cost" in grounds and law in ("FOIA", "FOISA"):
        # ck24a: the Act's cost limit (s12, FOISA s12) said of environmental information: the Regulations apply, which
        # have no cost limit; the letter asks for their reconsideration (reg 11; EISR reg 16) under their terms
        env_cost = _environmental_refusal(request, reply if isinstance(reply, str) else reply_text, reference)
    if env_cost:
        cited_cost, law = terms.cost, ("EISR" if law == "FOISA" else "EIR")
        terms = law_terms(law)
    # fu27: environmental information refused under the Act's exemptions (its cost limit and vexatious section have
    # their own paragraphs): the subject, and the Regulations' exceptions nearest those cited
    env_exempt = None
    if law in ("FOIA", "FOISA") and eir_only is None and not env_cost and "vexatious" not in grounds and any(
            eir_equivalent(s) for s in reading.sections if "cost" not in section_roles(s)):
        env_exempt = _environmental_request(request, reply if isinstance(reply, str) else reply_text)
    # fu28 (nu30): where the Regulations govern but the reply cited the Act, a ground names the Regulations' exception
    # nearest the section cited ("regulation 13 of the EIR", not "section 40(2)"), as the law paragraph maps it
    eir_applies = eir_only is not None or bool(env_exempt) or _act_cited_under_eir(reading, law)
    reply_str = reply if isinstance(reply, str) else reply_text
    # rd49: a pointer at where a named share is published beside a refusal of another share: the letter asks only for
    # what is not published; the internal-communications exception used for correspondence with an outside body
    shares = published_shares(reply_str or "") if reading.boundary == "published_and_given" and not reading.parts else None
    # lw53 (nc53 #10): personal-data parts about one named person: argued on whether it is personal data and whether
    # disclosure would be lawful, with figures that identify no one as the fallback, never "aggregate figures" of him
    # ny94 (nc91 #8): a reply not read part by part that withholds a one-part request as personal data: that part
    from askfoi.disputed_parts import request_items

    personal_parts = about["personal"] or (["1"] if not reading.parts and len(request_items(request)) == 1 else [])
    named_person = named_person_parts(reading, personal_parts, request, reply if isinstance(reply, str) else reply_text,
                                      mapped) if "personal" in grounds else []
    # ny67 (nc67 #2): the parts withheld as personal data that are about a relative whose death the person told
    from askfoi.checks import death_told

    dead = bool(death_told(told) or death_told(request))
    dead_parts = [n for n in about["personal"] if dead and reply_fact(part_question(n, request, reply_str, mapped),
                                                                      "relative_asked")] if "personal" in grounds else []
    named_person = [n for n in named_person if n not in dead_parts]
    internal_outside = _outside_party(request, reply_str, authority) if terms.internal and any(
        s.rpartition(" ")[2] == terms.internal.rpartition(" ")[2] for s in reading.sections) else None
    # nz73 (nc73 #7): a reply not read part by part still names what it withheld, in its own words and with its own
    # answer label, so the letter says what is disputed ("the value of the ... contract (answer 1(b), section 43(2))")
    from askfoi.withheld_things import withheld_things

    withheld = [{**w, "section": section_name(w["section"])} for w in withheld_things(
        reply_str, [s for s in reading.sections if not is_ncnd_provision(s)])] if "parts_owed" in grounds and not reading.parts else []
    # lt101 (nc100 r2): the questions the reply lists as held back in one sentence ("I am exempting a response to Q1,
    # Q2, Q3, Q6, Q6a, Q6b and Q6c pursuant to Section 31(1)") that the part list does not show: named as still owed,
    # in the reply's own labels, and quoted from the request when its words are known, never "the rest"
    from askfoi.reply_explain import held_back_unshown

    held_back = [{**h, "sections": [section_name(s) if re.match(r"\d", s) else s for s in h["sections"]]}
                 for h in held_back_unshown(reply_str, reading)] if "parts_owed" in grounds and not withheld else []
    named = {n for h in held_back for n in h["numbers"]}
    if named & set(about["unclear"]):  # a part no answer is labelled for that the reply names as held back is not unclear
        about["unclear"] = [n for n in about["unclear"] if n not in named]
        if not about["unclear"]:
            grounds = [g for g in grounds if g != "unclear"]
    if held_back and not req["disputed"]:
        from askfoi.disputed_parts import reply_items, request_items

        words = request_items(request) or reply_items(reply_str)
        numbers = [n for h in held_back for n in h["numbers"] if n in words]  # the questions whose words are known
        req["disputed"] = disputed_quotes(numbers, list(dict.fromkeys([p.number for p in reading.parts] + numbers)),
                                          request=request, reply=reply_str)
        req["answered"] = [p.number for p in reading.parts if p.outcome == Outcome.disclosed] if req["disputed"] else []
    # ny94 (nc91 #12): staff names redacted when the request never asked for names: junior staff's names are normally
    # withheld under s40(2), so the review does not challenge them (the names argued only when the person asked)
    restated = "" if request else " ".join(re.findall(r"(?m)^\s*\d{1,2}[.)]\s+([^\n]{3,300})", reply_str or ""))
    names_asked = bool(_STAFF_NAMES.search(request or restated) or _NAMES_ASKED.search(reply_str or ""))
    names_redacted = not names_asked and bool(_STAFF_NAMES.search(" ".join(
        x for x in (reply, reply_text) if isinstance(x, str))))
    if names_redacted:
        withheld = [w for w in withheld if not _STAFF_NAMES.search(w["thing"])]
    # the names were all the reply withheld: nothing else owed (every section it cites is a personal data one)
    names_only = names_redacted and not withheld and not reading.parts and bool(reading.sections) and all(
        "personal" in section_roles(s) for s in reading.sections)
    body = render(
        "letters/review.txt.j2",
        withheld=withheld, held_back=held_back, email=reply_to,
        purposes_unsaid=[{**x, "section": section_name(x["section"])} for x in purposes_unsaid(
            [s for s in reading.sections if not is_ncnd_provision(s)], law)],
        provisions_mended=[{"said": section_name(m["said"]), "meant": section_name(m["meant"]) if m["meant"] else None,
                            "title": section_meaning(m["meant"])[0] if m["meant"] else None,
                            "section": section_name(m["said"].split("(")[0])} for m in provisions_mended], names_redacted=names_redacted, names_only=names_only,  # ny94 (nc91 #10): the address the person gave, under their name
        # nr94 (nc94 #7): the reply's text never speaks of the public interest: no reasons for the balance were given
        pi_unstated=bool(reply_str) and not _PUBLIC_INTEREST.search(reply_str),
        t=terms.model_dump(), law=law, authority=authority, requester=name, reference=reference,
        reply_date=long_date(received) if received else None, grounds=grounds,
        req=req, unnamed_withheld=reading.unnamed_withheld, school_clock=school_clock, held_unnamed=held_unnamed_part,
        replied_after=long_date(late_due) if late_due and not school_clock else None,
        late_extended=bool(late_due and late_due == extended_due(reply if isinstance(reply, str) else reply_text,
                                                                 clock.start, law)),
        clock={"start": long_date(clock.start), "why": clock.why} if late_due and clock.start else None,
        sections=[{"name": section_name(s), "ncnd": is_ncnd_provision(s)} for s in reading.sections],
        qualified=[section_name(s) for s in qualified if not is_ncnd_provision(s)], whole_ncnd=reading.outcome == Outcome.ncnd,
        # an NCND provision whose public interest is weighed but which is no exemption itself (FOISA s18) is not named
        weighed_ncnd=[section_name(s) for s in qualified if is_ncnd_provision(s)
                      and getattr(kb.exemption(twin_of(s) or s), "test", None) != "procedural"],
        ncnd_weighed=any(is_ncnd_provision(s) for s in qualified),
        ncnd_sections=[section_name(s) for s in reading.sections if is_ncnd_provision(s)],
        ncnd_absolute=[section_name(s) for s in reading.sections
                       if is_ncnd_provision(s) and getattr(kb.exemption(s), "test", None) == "absolute"],
        absolute=[section_name(s) for s in reading.sections if _absolute(s)],
        absolute_notes=list(dict.fromkeys(
            _bar_note(note, num, s, reply if isinstance(reply, str) else reply_text) for s in reading.sections if _absolute(s)
            for num, note in law_terms(_law_of_section(s)).absolute_notes.items()
            if s.rpartition(" ")[2] == num or s.rpartition(" ")[2].startswith(num + "("))),
        personal=[_as_argued(s, eir_applies, scot) for s in reading.sections
                  if "personal" in section_roles(s) and not section_roles(s) & {"own_data"} and not is_ncnd_provision(s)],
        own_data=[section_name(s) for s in reading.sections if "own_data" in section_roles(s)],
        own_ncnd=own_ncnd, own_refused=own_refused,
        sar_passed=sar_passed,
        own_ncnd_police=bool(own_ncnd) and police_body(authority, reply if isinstance(reply, str) else reply_text),
        # nr88 (nc88 #7): a police force's law-enforcement records about the person: DPA 2018 s45, not UK GDPR Art 15
        own_data_police=police_body(authority, reply if isinstance(reply, str) else reply_text),
        # ck21: a request refused as vexatious or repeated that asked for the requester's own data: subject access
        own_request="vexatious" in grounds and _asks_own_data(request, reply if isinstance(reply, str) else reply_text),
        commercial=[_as_argued(s, eir_applies, scot) for s in reading.sections if "commercial" in section_roles(s)],
        # nz79 (nc79 #2, #3): the policy exemption's subsections cited (Ministerial communications among them), and the
        # exceptions that cannot withhold information on emissions
        policy=[section_name(s) for s in reading.sections if "policy" in section_roles(s)],
        policy_ministerial=any(re.sub(r"^\D+", "", s).startswith(("35(1)(b)", "29(1)(b)")) and "policy" in section_roles(s)
                               for s in reading.sections),
        emissions_barred=[section_name(s) for s in reading.sections if "emissions_barred" in section_roles(s)],
        # rv51 (nc50 #8): material in the course of completion: the provision cited, and when the reply says it will be
        # finished or published (its own sentence), if it says
        unfinished=[section_name(s) for s in reading.sections if "unfinished" in section_roles(s)],
        finish_said=_finish_said(reading, reply_str) if "unfinished" in grounds else None,
        # rv51 (nc50 #8): a cost or manifestly-unreasonable refusal that gave no advice at all (none quoted, none read):
        # the letter says the duty was not met, never that a rights notice was advice
        no_advice="cost" in grounds and advice is None and not _gave_advice(reply_str) and not _assisted(reply_str),
        both_ways=both_ways, both_sections=both_sections, searched=searched, related=related,
        # rd45: a part pointed to where it is published is argued in its own paragraph (with the person's word on what
        # was not there), not asserted as owed
        others=_cited_others(others), owed=[{"number": p.number, "outcome": _owed_words(p.outcome, law, p.sections)}
                                            for p in owed if p.outcome != Outcome.published],
        # rv51 (nc50 #7): the parts still owed with the same decision said together, with the provisions each cited
        owed_groups=grouped(_decided(owed, law, keep=lambda p: p.outcome != Outcome.published, skip=named_where)),
        pointed_only=bool(owed) and all(p.outcome == Outcome.published for p in owed),
        shares=shares if shares and shares["published"] and shares["held_back"] else None, internal_outside=internal_outside,
        narrowed=_narrowed(*_to_narrow(request, parts, whole_cost, reply_str), cost_parts, replied,
                           reply if isinstance(reply, str) else reply_text, advice, whole=whole_cost),
        whole_cost=whole_cost, links=reading.links, about=about,
        # ck20: the narrowing the reply itself suggested (s16 advice) is what the narrower request follows
        suggested=advice is not None,
        # fu21: the reply's own sentence of advice: quoted, never "please tell me what I could ask for" after it
        advice_said=_advice_said(reply if isinstance(reply, str) else reply_text) if "cost" in grounds else None,
        # nx73 (nc67 #7): costs added together (s12(4), Fees Regulations reg 5): the test it must meet, argued
        aggregated=_aggregated(reply_str, sent or request_date(the_text) if the_text else sent, len(parts))
        if "cost" in grounds and law == "FOIA" else None,
        # asked after the 40 working days: the authority may still agree to review, and the letter asks it to
        # what was asked decides; the reply only when the request is not given (its public interest arguments
        # speak of "public spending" whatever was asked)
        commercial_money=_commercial_money(request, mapped, about.get("commercial") or []),
        about_money=_asks_prices(request, mapped, about.get("commercial") or [], reply if isinstance(reply, str) else "")
        and not _sum_given(reply if isinstance(reply, str) else reply_text, about.get("commercial") or []),
        asked_late=received is not None and today > review_request_by(received, scotland=scot, latest=True),
        holder=_other_holder(reply if isinstance(reply, str) else reply_text, authority) if "not_held" in grounds and not reply_fact(
            reply if isinstance(reply, str) else reply_text, "figures_given") else None,
        # nu21: "bought by our contractor, Veolia": held on the authority's behalf is held by it
        contractor=on_behalf[0] if on_behalf else (
            _contractor(reply if isinstance(reply, str) else reply_text, reading) if "not_held" in grounds else None),
        # fu21: "not held centrally ... handled by each school": held across its own parts is held by it
        held_in=held_locally(reply if isinstance(reply, str) else reply_text) if "not_held" in grounds else None,
        held_law=re.sub(r"\(b\)$", "", terms.held_for),
        # the sum per contract is what was withheld ("the amount paid under each supported bus contract"): the
        # fallback is the sum across the contracts, never the figure refused
        each_contract=bool(_EACH_CONTRACT.search(" ".join(x for x in (request, reply) if isinstance(x, str)))),
        # nu21: the names of officers or staff were what was withheld: "release it anonymised" would give nothing
        names_withheld=names_asked and bool(_STAFF_NAMES.search(" ".join(x for x in (request, reply, reply_text) if isinstance(x, str)))),
        identities=identities_withheld(reading, request, reply if isinstance(reply, str) else reply_text)
        if "personal" in grounds else None,
        # nr97 (nc97 #2): a senior post-holder's pay or expenses: the legitimate interests test, never "anonymised"
        senior_pay="personal" in grounds and not named_person and senior_pay_withheld(
            request, reply if isinstance(reply, str) else reply_text, told),
        named_person=named_person,
        # ny91 (nc88 #12): the parts withheld as third-party data that the reply says are about the requester's relative
        relative_parts=_relative_parts(reading, reply_str) if "personal" in grounds else [],
        # ny70 (nc70 #6): the question names the person ("Dr Ian Ross"), or is about the holder of one post ("the CEO")
        decided_unminuted="not_held" in grounds and reply_fact(reply_str, "decided_unminuted"),
        person_named=any(reply_fact(part_question(n, request, reply_str, mapped), "person_named") for n in named_person),
        dead_parts=dead_parts,
        # ny67 (nc67 #5): the legitimate interest's example is about complaints about staff only where the question is
        # ny94 (nc91 #8): what the post-holder part asks about money: their expenses, or their pay
        post_money=next((kind for kind in ("expenses", "pay") if any(reply_fact(part_question(n, request, reply_str, mapped),
                         f"post_{kind}") for n in named_person)), None),
        named_conduct=any(reply_fact(part_question(n, request, reply_str, mapped), "conduct_asked") for n in named_person),
        # ck23b: "The number is fewer than five" given already: the review asks how that exact figure could identify
        # anyone, never for "small numbers shown as fewer than 5"
        # rv55 (nc55 #6): only where the reply's decision on its personal-data parts gave something (a part given in
        # part, or the band stated as the answer): "some groups contain fewer than 5 pupils ... withheld" gave nothing
        small_given=small == "given",
        # rv55: the whole figures withheld because some of them are small: the letter asks for the groups that are not
        # small, bands or totals, and how totals by group could identify anyone
        small_withheld=small == "withheld",
        # rd47 (nc45 #1): figures under a threshold withheld ("where numbers are fewer than 5 they have been withheld"):
        # the review asks for them banded or aggregated, never how a band "already given" could identify anyone
        cells_withheld=withholds_a_share(reply if isinstance(reply, str) else (reply_text or "")),
        # rv61 (nc61 #13): those figures already shown as a band ("Sixth form: fewer than 5"): asked how the exact figure
        # could identify anyone, never for the band it gave
        band_shown=band_shown(reply if isinstance(reply, str) else reply_text),
        pi_interests=public_interests(qualified, " ".join(x for x in (request, reply if isinstance(reply, str) else reply_text)
                                                          if isinstance(x, str)), law),
        # ck23b: vexatious (s14) said of environmental information (planning, noise, pollution): the EIR apply, which
        # have no section 14; only regulation 12(4)(b) (EISR 10(4)(b)), with the public interest test
        environmental=_environmental_request(request, reply if isinstance(reply, str) else reply_text)
        if "vexatious" in grounds and law in ("FOIA", "FOISA") else None,
        # ck24a: the Act's cost limit cited against environmental information: what was cited, and the subject
        env_cost={"cited": cited_cost, "subject": None if env_cost == "EIR" else env_cost} if env_cost else None,
        not_reportable=reply_fact_words(reply if isinstance(reply, str) else reply_text, "not_reportable")
        if "not_held" in grounds else None,
        # fu26: "not held in the format requested": a question of format (s11) and of the form it is held in
        not_in_format=reply_fact_words(reply if isinstance(reply, str) else reply_text, "not_in_format")
        if "not_held" in grounds and "format" not in grounds else None,
        # rd45: a preference is argued only where the request, or the reply telling it, shows one
        format_wanted=asks_a_format(request) or asks_a_format(reply if isinstance(reply, str) else reply_text),
        qualified_person=_qualified_person(reading.sections, law),
        pointer=dict(zip(("kind", "addresses"), pointer)) if pointer else None,
        estimate=estimate_facts(_cost_answers(reading, mapped, reply if isinstance(reply, str) else reply_text)
                                or (reply if isinstance(reply, str) else reply_text)) if "cost" in grounds else {},
        wrong_act=[{"cited": section_name(a), "foisa": section_name(b) if b else None} for a, b in cited_wrong],
        eir_only=eir_only,
        # fu27: the Regulations' exception nearest each FOIA provision the reply cited, where the Regulations govern
        eir_map=_eir_map_for(reading, eir_only is not None or bool(env_exempt) or _act_cited_under_eir(reading, law), scot),
        # lead 28 (nu31 #4): "you dealt with my request under the Regulations" only when the reply says it did; a reply
        # under the Act about an environmental subject gets the cost / exemption paragraph that says the EIR apply
        act_cited=_act_cited_under_eir(reading, law) and eir_only is None and not env_exempt
        and _DEALT_UNDER_EIR.search((reply if isinstance(reply, str) else reply_text) or "") is not None
        and "cost" not in grounds,
        env_exempt=env_exempt,
        foisa_notes=foisa_notes(reading.sections) if cited_wrong else [],
    )
    review_by = review_request_by(replied, scotland=scot)
    answer_due = add_working_days(today, 20 if law != "EIR" else 40, scotland=scot)
    subject = render("letters/followup_subject.txt.j2", kind="review", t=terms.model_dump(), reference=reference).strip()
    letter = _letter("review", law, who, subject, body, name, answer_due, to, reply_to)
    letter.caution = ncnd_person_caution(reading, named_person, law)
    if names_redacted:
        letter.caution = " ".join(x for x in [letter.caution, " ".join(render(
            "letters/names_redacted.txt.j2", section=terms.personal, only=names_only).split())] if x)
    if pointer and pointer[0] in ("exact", "index"):
        # rv55 (nc55 #6): a specific page given is published information if what was asked is there, which only the
        # person can check: said beside every review that argues it, the paragraph to take out when it is there
        others = not set(grounds) <= {"published", "parts_owed"}
        said = " ".join(render("letters/published_exact.txt.j2", addresses=pointer[1],
                               accessible=terms.accessible.removesuffix(" to me"), others=others).split())
        letter.caution = " ".join(x for x in [letter.caution, said] if x) if others else said
    if "ncnd" in grounds:
        from askfoi.reply_explain import use_scope

        said = reply if isinstance(reply, str) else reply_text
        if use_scope(request or said) == "covert" and re.search(r"(?i)\bpolice\b|\bconstabulary\b", f"{authority} {said}"):
            # fu29 (nu31 s10): a covert question met with NCND: the overt re-ask is said beside the review
            letter.caution = " ".join(x for x in [letter.caution, " ".join(render("letters/overt_too.txt.j2").split())] if x)
    # fu28: what the person should know before sending: a review asked late, dates that disagree
    notes = [terms.late_note if received is not None and today > review_request_by(received, scotland=scot, latest=True) else None,
             req.get("clash")]
    letter.caution = " ".join(x for x in [letter.caution, *notes] if x) or None
    letter.deadline_explanation = f"Ask by {long_date(review_by)}; the answer is due by {long_date(answer_due)} if you send it today."
    return letter


# fu27: the law a statutory bar rests on, as a reply names it: "Section 39 of the Statistics and Registration Service Act"
_BAR_LAW = re.compile(r"\b(?:section|s\.?)\s*(\d{1,3}[A-Z]?(?:\(\w{1,4}\))*)\s+of\s+(?:the\s+)?"
                      r"((?:[A-Z][\w()'-]*\s+){1,9}?Act(?:\s+\d{4})?)", re.I)


def statutory_bar(reply: str | None) -> str | None:
    """fu27: the enactment a reply names as prohibiting disclosure ("section 39 of the Statistics and Registration Service
    Act"), never the FOI Acts themselves; None when it names none."""
    for m in _BAR_LAW.finditer(" ".join((reply or "")[:20000].split())):
        act = m.group(2).strip()
        if re.search(r"(?i)freedom\s+of\s+information|data\s+protection\s+act", act) or not act[:1].isupper():
            continue
        return f"section {m.group(1)} of the {act}"
    return None


def _bar_note(note: str, number: str, section: str, reply: str | None) -> str:
    """The absolute note NOTE for SECTION; for a statutory bar (FOIA s44, FOISA s26) whose law the reply names, the note
    that takes up that law (prompts/letters/bar_named.txt.j2) instead of asking for its name."""
    bar_numbers = {"FOIA": "44", "FOISA": "26"}
    if bar_numbers.get(_law_of_section(section)) != number:
        return note
    bar = statutory_bar(reply)
    return " ".join(render("letters/bar_named.txt.j2", bar=bar).split()) if bar else note


def on_emissions(request: str | None, reply: str | None) -> bool:
    """nz79 (nc79 #3): whether the request (else the reply) is about releases into the environment (discharges,
    spills, emissions: knowledge/vocab/emission_words.yaml), sentence by sentence, so the exceptions that cannot
    withhold information on emissions (EIR reg 12(9), EISR reg 10(6)) are argued."""
    data, _ = load_vocab("emission_words")
    data = data if isinstance(data, dict) else {}
    words = [str(w) for w in data.get("words") or []]
    unless = [str(w) for w in data.get("unless") or []]
    for text in (request, reply):
        for sentence in re.split(r"(?<=[.?!])\s+|\n+", (text or "")[:40000].lower()):
            try:
                if any(re.search(w, sentence) for w in words) and not any(re.search(u, sentence) for u in unless):
                    return True
            except re.error:
                continue
    return False


def _environmental_request(request: str | None, reply: str | None) -> str | None:
    """(ck23b) The environmental subject a request asks about ("planning application"): from its parts when askfoi
    has it, else from the reply's own account of it ("your request of 20 October for copies of all emails ... that
    mention your planning application"); None when it asks about none (askfoi.environmental.part_law)."""
    from askfoi.environmental import part_law
    from askfoi.reply_request import request_in_reply

    texts = _request_parts(request) if request and request.strip() else []
    if not texts:
        stated = request_in_reply(reply) if reply else None
        # what the acknowledging sentence says was asked: after "your request of 20 October 2026 for ..."
        said = re.sub(r"(?is)^.*?\brequest\b.*?\b(?:for|about|asking(?:\s+for)?|regarding|seeking|concerning)\s+", "",
                      stated.sentence or "", count=1) if stated else ""
        texts = [x for x in ((stated.topic, said, stated.question) if stated else ()) if x]
    if not texts and reply:
        # ck24a: "You asked for all emails ... about the proposed housing development": what the reply says was asked
        texts = [m.group(1) for m in _YOU_ASKED.finditer(reply)]
    if not texts and reply:
        # rv99 (nc99 #6, j6b): a disclosure-log reply that sets out the request in the requester's own words ("In
        # relation to the Heavitree Low Traffic Neighbourhood, please provide a copy of all correspondence ..."): the
        # whole sentence of the ask, from the reply's opening, where the request is restated before the answer
        texts = [m.group(0) for m in _ASKED_IN_OWN_WORDS.finditer(reply[:3000])]
    for text in texts:
        found = part_law(text)
        if found.environmental:
            return found.subject
    return None


# ck24a: the reply's own account of what was asked, in its second sentence ("You asked for ...", "You requested ...")
_YOU_ASKED = re.compile(r"(?i)\b(?:you\s+(?:have\s+)?(?:asked|requested|sought)|your\s+request\s+(?:asked|was))\s+(?:for\s+|about\s+)?"
                        r"([^.\n]{10,400})")
# rv99: the request restated in the requester's voice: the sentence (or line) that holds "please provide", "could you
# tell me", "I would like a copy of", "I request"
_ASKED_IN_OWN_WORDS = re.compile(
    r"(?i)[^.?!\n]{0,300}\b(?:please\s+(?:could\s+you\s+)?(?:provide|supply|send|disclose|release)|(?:could|can|would)\s+you\s+"
    r"(?:please\s+)?(?:provide|supply|send|disclose|release|tell\s+me)|I\s+(?:would\s+like|wish)\s+to\s+(?:request|receive|see|know)"
    r"|I\s+would\s+like\s+(?:a\s+copy|copies|all|any|details)|I\s+(?:hereby\s+)?request)\b[^.?!\n]{5,400}")
# ck24a: a reply that files the request under the EIR itself: its reference ("EIR/2026/0912", "EIR-1234") or its words
_EIR_FILED = re.compile(r"\bE(?:I|IS)R[\s/_-]*(?:\d|[A-Z]{0,4}[/_-]\d)"
                        r"|\bunder\s+the\s+Environmental\s+Information\s+(?:\(Scotland\)\s+)?Regulations\b")


def _environmental_refusal(request: str | None, reply: str | None, reference: str | None) -> str | None:
    """(ck24a) Why a refusal under the Act's cost limit or vexatious section concerns environmental information: the
    environmental subject the request asks about ("housing development"), else "EIR" when the reply files the request
    under the EIR itself (its reference "EIR/2026/0912"); None when neither (the Act applies)."""
    subject = _environmental_request(request, reply)
    if subject:
        return subject
    if _EIR_FILED.search(" ".join(x for x in (reference, reply) if x)):
        return "EIR"
    return None


_STAFF = (r"(?:officers?|staff|employees?|councillors?|officials?|consultants?|managers?|directors?|doctors?|surgeons?|"
          r"investigators?|inspectors?|caseworkers?|social\s+workers?|civil\s+servants?|advisers?|advisors?)")
# the names of people who act for the body, asked or withheld ("the names of the officers involved", "the staff names")
# ny94: a reply restating that the request asked for names ("You asked for the names of the officers ...")
_NAMES_ASKED = re.compile(r"(?i)\byou\s+(?:asked|requested)\b[^.]{0,200}?\b(?:names?|identit(?:y|ies))\b")
_STAFF_NAMES = re.compile(rf"(?i)\bnames?\s+(?:and\s+\w+\s+)?of\s+(?:the\s+|any\s+|all\s+|each\s+)?(?:[\w-]+\s+){{0,3}}?{_STAFF}\b"
                          rf"|\b{_STAFF}'?s?'?\s+(?:full\s+)?names?\b")


# fu26: what a personal-data refusal withheld when the request asked who people are: "the names of the landlords", "the
# addresses of the properties", "the identity of the officer"
_IDENTITIES = re.compile(r"(?i)\b(?:the\s+|their\s+)?(?:full\s+)?(?:names?|identit(?:y|ies)|(?:home\s+)?addresses)\s+(?:and\s+\w+\s+)?"
                         r"of\s+(?:the\s+|any\s+|all\s+|each\s+)?(?:[\w-]+\s+){0,4}?[\w-]+\b(?=\s*(?:[,.;:)?]|$|\s+(?:who|whose|that|which|"
                         r"whom|in|at|for|under|involved|concerned|named|are|were|is|was|as)\b))")


def identities_withheld(reading: Reading, request: str | None = None, reply: str | None = None) -> str | None:
    """fu26: when a personal-data refusal withheld who people are (names, identities, addresses) and that is what was asked,
    the thing withheld as the request or reply words it ("the names of the landlords"); None otherwise. The review then
    argues the exemption's test for that information and offers figures only as an alternative: "I do not want anyone's
    personal information" would drop the person's own request."""
    personal = [s for s in reading.sections if "personal" in section_roles(s) and "own_data" not in section_roles(s)]
    if not personal:
        return None
    texts = [e for p in reading.parts if set(p.sections) & set(personal) for e in p.evidence]
    texts += [e for e in reading.evidence if re.search(r"\b40\b|\b38\b|\bregulation\s+13\b|personal\s+data", e)]
    texts += _request_parts(request) if request else []
    if reply and not texts:
        texts = [reply]
    found: list[str] = []
    for text in texts:
        m = _IDENTITIES.search(text)
        if m:
            said = " ".join(m.group(0).split())
            said = said[:1].lower() + said[1:]
            said = said if said.startswith(("the ", "their ")) else "the " + said
            if said not in found and len(found) < 3:
                found.append(said)
    if not found:
        return None
    return found[0] if len(found) == 1 else ", ".join(found[:-1]) + " and " + found[-1]


@functools.lru_cache(maxsize=1)
def _senior_pay_signs() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("senior_pay", list[str])
    data = data if isinstance(data, dict) else {}
    return compile_any(data.get("posts") or []), compile_any(data.get("pay") or [])


def senior_pay_withheld(*texts: str | None) -> bool:
    """nr97 (nc97 #2): the request, the reply or what the person said concerns the pay or expenses of a senior
    post-holder (knowledge/vocab/senior_pay.yaml: a senior post and a word for pay in one sentence): withheld as
    personal data, the complaint argues the legitimate interests test for that post, never "anonymised figures", which
    cannot answer a question about one named post."""
    posts, pay = _senior_pay_signs()
    if posts is None or pay is None:
        return False
    for text in texts:
        for sentence in re.split(r"(?<=[.?!])\s+|\n+", text or ""):
            if posts.search(sentence) and pay.search(sentence):
                return True
    return False


def chase_letter(
    sent: date,
    *,
    authority: str,
    regime: Regime = Regime.FOIA,
    scotland: bool = False,
    request: str | None = None,
    name: str | None = None,
    reference: str | None = None,
    today: date | None = None,
    to: str | None = None,
    reply_to: str | None = None,
    topic: str | None = None,
    extension_told: date | None = None,
    reply_text: str | None = None,
    title: str | None = None,
    pi_extended: bool = False,
    unacknowledged: bool = False,
    copy: str | None = None,
) -> Letter:
    """A chaser for a reply that is late: the law's time limit and the day it was due. TITLE (nz76, nc76 #14): the
    request's own subject line (the tracked request's title), else the "Subject:" line of REQUEST: the chaser's subject
    names the request by it and the day it was sent, so the officer finds it. TOPIC (used when the request's
    parts are not known): what the person said it asked, worded to follow "It asked" ("for the number of ...").
    EXTENSION_TOLD (cl53, subject access only): the day a letter extending the time came, after the first month.
    REPLY_TEXT (nx64, nc64 #10): a reply that came and extended the time for some parts: the chaser says so and
    chases those parts from the day the extension ran to, never "I have not yet received a reply".
    UNACKNOWLEDGED (nr97, nc97 #9): nothing came, not even an acknowledgement: the chaser asks them to confirm they
    received the request, and never says "unless you told me ... you needed more time" to someone told nothing.
    COPY (af99, nc97 #9): the request's letter as askfoi wrote it (or as the person gave it): a copy is put below the
    chaser and the chaser says so, so an officer who never received it can deal with it at once."""
    from askfoi.authorities import letter_name_of

    authority = letter_name_of(authority) or authority  # ck21: the body's own name
    name = name or signed_name(request)  # rv58 (nc58 #15): signed as the request was
    if Regime(regime) == Regime.SAR:  # a subject access request is chased under the UK GDPR, not FOI's section 10
        return _sar_chase_letter(sent, authority=authority, name=name, reference=reference, today=today, to=to,
                                 reply_to=reply_to, topic=topic, scotland=scotland, extension_told=extension_told)
    scotland = scotland or is_scottish(None, authority)
    from askfoi.next_steps import environmental_only

    if Regime(regime) == Regime.FOIA and environmental_only(authority):
        regime = Regime.EIR  # nu33 #4: a water company answers only under the EIR (regulation 5(2)), never s10
    if scotland and Regime(regime) == Regime.FOIA:
        regime = Regime.FOISA  # a Scottish authority answers under FOISA (the EIR become the EISR in law_of)
    law = law_of(regime, [], scotland=scotland)
    terms = law_terms(law)
    today = today or date.today()
    scot = law in ("FOISA", "EISR")
    due = due_date(sent, Regime.FOISA if law == "FOISA" else regime, scotland=scot)
    from askfoi.deadlines import SCHOOL_MAX_WORKING_DAYS, add_working_days, is_school, working_days_after

    # lead38: a school has 20 school days, never more than 60 working days: late for certain only after the 60th
    school_latest = add_working_days(sent, SCHOOL_MAX_WORKING_DAYS) if law == "FOIA" and is_school(authority) else None
    extended = _chased_extension(reply_text, sent, law) if reply_text else None
    if extended:
        due = extended.pop("until")
    elif pi_extended and law == "FOIA":
        # nr94 (nc94 #3): the person was told more time was needed to consider the public interest (s10(3)): the ICO
        # expects no more than 20 further working days, so the chaser counts from that day
        due = add_working_days(due, 20)
        extended = {"parts": [], "whole": True, "to": None, "allowed": long_date(due), "replied": None,
                    "provision": "section 10(3)"}
    # ny67 (nc67 #4): a reply came: the chaser is about the parts it left unanswered, or is not written at all
    owed = _owed_after_reply(reply_text, request, sent, due, law, terms, scot) if reply_text and not extended else None
    body = render(
        "letters/chase.txt.j2", t=terms.model_dump(), law=law, authority=authority, requester=name, reference=reference,
        email=reply_to,
        school_latest=long_date(school_latest) if school_latest else None,
        school_late=bool(school_latest and today > school_latest),
        # rv58 (nc58 #15): how late, in the unit the deadline is counted in (working days), as the tracker shows it
        sent=long_date(sent), due=long_date(due), late=today > due, days_late=working_days_after(due, today, scotland=scot),
        parts=_request_parts(request), topic=_said_topic(topic), eir_only=environmental_only(authority),
        extended=extended, owed=owed, unacknowledged=unacknowledged and not extended and not owed,
        copy=_copied_request(copy),
    )
    subject = render("letters/followup_subject.txt.j2", kind="chase", t=terms.model_dump(), reference=reference,
                     sent=plain_date(sent), title=_request_title(title, request)).strip()
    letter = _letter("chase", law, authority, subject, body, name, due, to, reply_to)
    letter.deadline_explanation = f"The reply was due by {long_date(due)}."
    return letter


def _copied_request(copy: str | None) -> str | None:
    """af99: the request's letter to copy below a chaser, its blank-line runs closed up; None when there is none."""
    text = re.sub(r"\n{3,}", "\n\n", (copy or "").replace("\r\n", "\n")).strip()
    return text or None


_SUBJECT_LINE = re.compile(r"(?im)^\s*subject:\s*(.+?)\s*$")
_SUBJECT_KIND = re.compile(r"(?i)^(?:re:\s*)?(?:freedom\s+of\s+information(?:\s+\(scotland\))?|environmental\s+information|"
                           r"foi(?:sa)?|eir|information)\s+request\s*(?::|-|\u2013)?\s*")


def _request_title(title: str | None, request: str | None) -> str | None:
    """nz76 (nc76 #14): what the request was about, as its subject line named it, without the kind of request it was
    ("Freedom of Information request: " is said by the chaser's own subject); None when neither gives one."""
    said = (title or "").strip()
    if not said and request:
        m = _SUBJECT_LINE.search(request[:2000])
        said = m.group(1) if m else ""
    said = _SUBJECT_KIND.sub("", " ".join(said.split())).strip(" :-")
    # nr97 (nc97 #9): a topic worded to follow "It asked" ("for the number of pothole claims paid", "about ...") names
    # the request without the words that joined it to "asked"
    said = re.sub(r"(?i)^(?:asking\s+|asked\s+)?(?:for|about|regarding|concerning)\s+(?=\S)", "", said)
    return short_title(said, TITLE_CHARS)


TITLE_CHARS = 90  # what a chaser's subject line says of the request, after "Overdue FOIA request sent ...: "


def short_title(text: str | None, limit: int = TITLE_CHARS) -> str | None:
    """ch101 (nc101 #2): what a request asked, said in at most LIMIT characters for a subject line, never cut inside a
    phrase or a bracket: whole when it fits; else without the bracket that ends it, its period said short after a comma
    ("..., 2025", "..., 2023/24") when the bracket is a period; else cut at a boundary (askfoi.reply_request.plain_topic).
    None when nothing readable is left."""
    from askfoi.reply_request import _END_BRACKET, plain_topic

    said = " ".join((text or "").split())
    if len(said) <= limit:
        return said or None
    end = _END_BRACKET.search(said)
    if end:
        core = said[: end.start()].rstrip(" ,;:")
        from askfoi.letter import _short_period
        from askfoi.periods import parse_period

        period = parse_period(end.group(0).strip(" ()"))
        when = _short_period(period) if period is not None else None
        for shown in ([f"{core}, {when}"] if when else []) + [core]:
            if len(shown) <= limit:
                return shown
        said = core
        # the words before a preposition that opens a qualifier ("... of the planning committee" of "... about the
        # Riverside development"), the longest that fits, with the period when it fits too; never a name cut in two
        words = said.split()
        heads = [" ".join(words[:i]) for i in range(len(words) - 1, 2, -1) if words[i].lower() in _TITLE_LINKS
                 and words[i - 1].lower() not in ("the", "a", "an", "and", "or", "of", "to", "due", "according")]
        for head in heads:
            for shown in ([f"{head}, {when}"] if when else []) + [head]:
                if len(shown) <= limit:
                    return shown
    return plain_topic(said, limit)


_TITLE_LINKS = frozenset("about on in at for by with from between within during outside across near regarding "
                         "concerning including".split())


def _owed_after_reply(reply_text: str, request: str | None, sent: date, due: date, law: str, terms, scot: bool) -> dict | None:
    """ny67 (nc67 #4): what a reply that came leaves owed, as the chaser says it: {"answered": the parts it gave a
    decision on, "owed": the parts it gave none (no final answer: "we will write to you separately"; or, with the
    request's parts known, no answer at all), "replied": its date}. None when the reply is no final answer at all (a
    holding letter: the plain chaser stands). Raises NothingToChase when it gave a decision on every part."""
    from askfoi.deadlines import working_days_after
    from askfoi.reply_explain import reply_date

    try:
        reading, mapped = with_mapped_parts(read_reply(reply_text), reply_text, request)
    except Exception:  # noqa: BLE001 - a reply askfoi cannot read: the plain chaser
        return None
    replied = reply_date(reply_text)
    decided = {p.number: p.outcome for p in reading.parts}
    missing = [m.number for m in mapped or [] if m.status == "missing" and m.number not in decided]
    owed = [n for n, o in decided.items() if not o.is_final] + missing
    answered = [n for n, o in decided.items() if o.is_final]
    if not answered and (reading.parts or not reading.outcome.is_final or reading.unclear):
        return None  # nothing given a decision: no reply in the chaser's sense
    if owed:
        return {"answered": sorted(answered, key=_part_key), "owed": sorted(owed, key=_part_key),
                "replied": long_date(replied) if replied else None}
    late = working_days_after(due, replied, scotland=scot) if replied and replied > due else 0
    raise NothingToChase(" ".join(render(
        "bot/nothing_to_chase.j2", replied=long_date(replied) if replied else None, due=long_date(due), late=late,
        t=terms.model_dump(), law=law).split()))


def _part_key(number: str):
    return (0, int(number), "") if number.isdigit() else (1, 0, number)


def _chased_extension(reply_text: str, sent: date, law: str) -> dict | None:
    """nx64: the parts a reply extended the time for (askfoi.extensions.part_extensions), as the chaser says them:
    numbers, the day the reply gave, the latest the law allows, the reply's date, and `until` (the day the chaser counts
    from: the latest the law allows, else the day given); None when the reply extended nothing."""
    from askfoi.answer_map import with_mapped_parts
    from askfoi.extensions import part_extensions
    from askfoi.reply_explain import reply_date

    try:
        reading, mapped = with_mapped_parts(read_reply(reply_text), reply_text)
    except Exception:  # noqa: BLE001 - a reply askfoi cannot read: the plain chaser
        return None
    ext = part_extensions(mapped, reading, law, sent)
    if not ext:
        return None
    given = [x["to"] for x in ext.values() if x.get("to")]
    allowed = [x["allowed"] for x in ext.values() if x.get("allowed")]
    until = max(allowed or given) if (allowed or given) else None
    if until is None:
        return None
    replied = reply_date(reply_text)
    return {"parts": sorted(ext, key=int), "to": long_date(max(given)) if given else None,
            "allowed": long_date(max(allowed)) if allowed else None, "replied": long_date(replied) if replied else None,
            "provision": "regulation 7(1)" if law in ("EIR", "EISR") else "section 10(3)", "until": until}


def _sar_chase_letter(sent: date, *, authority: str, name: str | None, reference: str | None, today: date | None,
                      to: str | None, reply_to: str | None, topic: str | None, scotland: bool,
                      extension_told: date | None = None) -> Letter:
    """The chaser for an overdue subject access request: one calendar month (UK GDPR Article 12(3)), to the data
    protection officer, and the ICO after it (nu19: it was chased under FOI section 10)."""
    today = today or date.today()
    due = due_date(sent, Regime.SAR, scotland=scotland, authority=authority)
    body = render("letters/sar_chase.txt.j2", authority=authority, requester=name, reference=reference, email=reply_to,
                  sent=long_date(sent), due=long_date(due), late=today > due, days_late=max(0, (today - due).days),
                  topic=_said_topic(topic),
                  extension_told=long_date(extension_told) if extension_told else None,
                  extension_late=bool(extension_told and extension_told > due))
    missing = [] if name else ["requester_name"]
    return Letter(regime=Regime.SAR, authority=authority, to=to, subject="Overdue subject access request" + (
        f" (reference {reference})" if reference else ""), body=re.sub(r"\n{3,}", "\n\n", body.strip()) + "\n",
        due=due, law="the UK General Data Protection Regulation", requester_name=name, reply_to=reply_to,
        missing=missing)


_LAW_NAMED = re.compile(
    r"freedom\s+of\s+information|\bfoi(?:s)?a\b|environmental\s+information|\beirs?\b|\beisr\b"
    r"|\bsection\s+\d|\bs\.?\s?\d{1,2}\(|\bregulation\s+\d|\breg\.?\s+\d", re.I)


def names_law(text: str | None) -> bool:
    """TEXT names the law it was dealt under, or cites a provision of one (fu30: a review outcome that only says
    "I uphold the original decision" names none, and is read under the request's own law)."""
    return bool(text and _LAW_NAMED.search(text))


_UPHELD = re.compile(r"(?i)\b(?:uph[eo]ld\w*|maintain\w*|confirm\w*|stand\s+by|agree\w*\s+with)\s+(?:the\s+|our\s+|its\s+)?"
                     r"(?:original|initial|first|earlier|previous)\s+(?:decision|response|reply|answer|outcome)\b"
                     r"|\b(?:original|initial)\s+(?:decision|response)\s+(?:stands|is\s+upheld)\b"
                     # rd48: "the original response was correct and is upheld" (no "not" between them)
                     r"|\b(?:original|initial|first)\s+(?:decision|response|reply)\b(?:(?!\bnot\b)[^.]){0,40}?"
                     r"\b(?:is|was|has\s+been)\s+upheld\b")


def carried_from(review: Reading, first: Reading, review_text: str | None) -> Reading:
    """fu30 (issue 10, must-be-true 3): a review outcome is read under the law of the request and the first reply
    unless it names one itself, and one that upholds the first decision without saying what it was keeps the first
    reply's decision (its outcome, provisions and parts): a complaint after an EIR reconsideration of a "manifestly
    unreasonable" refusal is never the Act's "no final answer" complaint."""
    if _UPHELD.search(" ".join((review_text or "")[:20000].split())) and set(review.sections) <= set(first.sections) \
            and first.outcome.is_final and not review.ncnd and review.outcome not in (Outcome.disclosed, Outcome.part_disclosed):
        # fu31 (nu33 #7): "I uphold the original decision" after a review of one of its provisions keeps the first
        # reply's whole decision (a part disclosure stays one, with its parts), never "refused, citing section 43(2)"
        return review.model_copy(update={"regime": first.regime, "outcome": first.outcome, "sections": list(first.sections),
                                         "parts": list(first.parts), "ncnd": first.ncnd, "unclear": first.unclear})
    reviewed = {p.number for p in review.parts}
    if _UPHELD.search(" ".join((review_text or "")[:20000].split())) and set(review.sections) <= set(first.sections) \
            and first.outcome.is_final and reviewed and reviewed < {p.number for p in first.parts}:
        # rv51 (nc50 #7): a review of some parts only ("the handling of questions 2 and 3 ... I uphold the original
        # decision") leaves the first reply's decision on the others standing: the whole is the first reply's (a part
        # disclosure with NCND stays one), each reviewed part as the review decided it, never "neither confirm nor deny"
        # for a reply that answered parts 1 and 4
        own = {p.number: p for p in review.parts}
        return review.model_copy(update={"regime": first.regime, "outcome": first.outcome, "sections": list(first.sections),
                                         "parts": [own.get(p.number, p) for p in first.parts],
                                         "ncnd": first.ncnd or review.ncnd, "unclear": first.unclear})
    if names_law(review_text):
        return review
    update: dict = {"regime": first.regime}
    # (a review outcome none of whose sentences the reader took as a decision, "The panel agreed with the initial
    # response", decided nothing of its own either)
    if (review.unclear or not review.outcome.is_final or not review.evidence) and not review.sections \
            and first.outcome.is_final:
        update.update(outcome=first.outcome, sections=list(first.sections), parts=list(first.parts), ncnd=first.ncnd,
                      unclear=first.unclear)
    return review.model_copy(update=update)


def _review_wait(asked: date, law: Law, scot: bool, today: date) -> dict:
    """rd47 (nc45 #2): how long a review asked on ASKED without an outcome has waited, by the law's own limit: FOISA
    s21 and EISR reg 16 give 20 working days, the EIR's reg 11(4) 40; under FOIA the ICO expects 20 working days, 40
    at most, and takes a complaint about a missing outcome after 40 (domain.md). The days are the last the authority
    has: "passed" only once the whole of that day has gone."""
    first = add_working_days(asked, law_terms(law).review_days, scotland=scot)
    most = add_working_days(asked, 40, scotland=scot) if law == "FOIA" else None
    return {"due": long_date(first), "passed": today > first, "most": long_date(most) if most else None,
            "most_passed": most is not None and today > most}


def outcome_label(outcome: Outcome, law: Law) -> str:
    """The decision in a letter's words: the EIR and EISR have no cost limit, so a refusal on the work involved is
    "manifestly unreasonable" (regulation 12(4)(b) / 10(4)(b)), never "refused on cost"."""
    if outcome == Outcome.cost_limit and law in ("EIR", "EISR"):
        return "refused as manifestly unreasonable (too much work)"
    return OUTCOME_LABELS[outcome]


def complaint_letter(
    reply: str | Reading,
    *,
    authority: str,
    review: str | Reading | None = None,
    name: str | None = None,
    reference: str | None = None,
    sent: date | None = None,
    received: date | None = None,
    review_asked: date | None = None,
    scotland: bool = False,
    late: bool = False,
    today: date | None = None,
    reply_to: str | None = None,
    request: str | None = None,
    topic: str | None = None,
    reply_text: str | None = None,
    chased: date | None = None,
    review_received: date | None = None,
    review_asked_month: str | None = None,
    replied: date | None = None,
    told: str | None = None,
) -> Letter:
    """The complaint to the ICO (FOIA s50; EIR via reg 18) or the application to the Scottish Information
    Commissioner (FOISA s47; EISR via reg 17), listing what they ask to be sent with it, each with its date where
    known. The request is named as in review_letter (request_named: SENT, TOPIC, REQUEST, else the reply or
    REPLY_TEXT). CHASED: the day the person reminded the authority of a late reply (fu26: unknown, no reminder is
    claimed; a date askfoi does not know is never a placeholder). af99 (nc97 #2): REVIEW_ASKED_MONTH, the month the
    person said they asked for the review ("September 2026"), said when no day is known; REPLIED, the day the first
    reply came when only the review's outcome was pasted; TOLD, what the person said in the chat ("refused my foi about
    vice chancellor pay"), read for a senior post-holder's pay. The letter's `undated` lists the dates the Commissioner asks
    for that it could not give ("request", "reply", "review request"), so the person can be asked for them."""
    reading = reply if isinstance(reply, Reading) else read_reply(reply)
    name = name or signed_name(request) or greeted_name(reply if isinstance(reply, str) else reply_text) or (
        greeted_name(review) if isinstance(review, str) else None)  # fu29: the name the reply greets the requester by
    review_reading = review if isinstance(review, Reading) or review is None else read_reply(review)
    # fu27: the provisions each text itself cites (never one the reader added for a ground the reply only describes)
    reading = letter_parts(parts_as_said(cited_only(reading, reply if isinstance(reply, str) else reply_text)),
                           reply if isinstance(reply, str) else reply_text)
    reading = ncnd_basis(reading, reply if isinstance(reply, str) else reply_text)  # rv99: the NCND's own provision
    # fu31 (nu33 #7, #9): a reply answered under its own part labels is argued part by part as they map it
    reading, _ = with_mapped_parts(reading, reply if isinstance(reply, str) else reply_text, request)
    if review_reading is not None:  # (fu28: letter_parts, no part-level decision the reader is not sure of)
        review_text = review if isinstance(review, str) else (reply_text if review is reply else None)
        review_reading = letter_parts(parts_as_said(cited_only(review_reading, review_text)), review_text)
        review_reading = ncnd_basis(review_reading, review_text)
    if review_reading is not None and review_reading is not reading and isinstance(review, str):
        review_reading = carried_from(review_reading, reading, review)
    final = review_reading or reading
    scotland = scotland or is_scottish(" ".join(t for t in (reply, review) if isinstance(t, str)), authority)
    law = law_of(final.regime, final.sections + reading.sections, scotland=scotland)
    eir_only = _eir_only(law, authority, final)
    if eir_only is not None:
        law = "EIR"
        if late and not final.sections and not final.outcome.is_final:
            eir_only = None  # nu33 #3: no reply came, so it answered under no law: the EIR govern, and nothing else is said
    # fu26: a Scottish authority that refused under the UK Act: said, and its provisions given FOISA's numbers
    final_text = review if isinstance(review, str) else (reply if isinstance(reply, str) else reply_text)
    cited_wrong = [] if late else wrong_act(final, final_text, law)
    if cited_wrong:
        final = under_foisa(final, cited_wrong)
    terms = law_terms(law)
    today = today or date.today()
    grounds = [] if late else format_only(grounds_for(final), final_text)
    if grounds and "unnamed" not in grounds and held_unnamed(final, final_text if isinstance(final_text, str) else None):
        grounds.append("unnamed")  # rv99 (nc99 #6): confirmed held, withheld, no exemption named for it (s17(1)(b))
    # nr94 (nc94 #2): a review asked for and never answered, the reply itself not given: nothing is said of what the
    # reply decided (no decision, no ground read from an empty text); the complaint is the missing outcome
    unseen = not late and review_asked is not None and review is None and not (
        (reply.strip() if isinstance(reply, str) else "") or (reply_text or "").strip())
    if unseen:
        grounds = []
    # fu27: a contractor holds it: held on the authority's behalf (its own ground where no "not held" was read)
    on_behalf = None if late else contractor_said(final_text if isinstance(final_text, str) else reply_text)
    if on_behalf and "contractor" not in grounds:
        grounds.append("contractor")
    if not late and not grounds and not unseen:
        raise NothingToChallenge("the reply gave all the information asked for: there is nothing to complain about")
    env_cost = None
    if "cost" in grounds and law in ("FOIA", "FOISA") and eir_only is None:
        # fu29 (nu31 s16): the Act's cost limit said of environmental information: the complaint makes the point the
        # review made (askfoi.followup.review_letter, ck24a), under the Regulations the request falls under
        subject = _environmental_refusal(request, final_text if isinstance(final_text, str) else reply_text, reference)
        if subject:
            env_cost = {"cited": terms.cost, "subject": None if subject == "EIR" else subject}
            law = "EISR" if law == "FOISA" else "EIR"
            terms = law_terms(law)
    from askfoi.reply_explain import reply_date, request_date

    # only the review's outcome was pasted (the chatbot passes the same reading as reply and review): its date and
    # RECEIVED are the outcome's, and "your email of 2 October in which you requested a review" is the day the
    # review was asked, never the request's (nu19)
    outcome_only = review is not None and (review is reply or isinstance(review, str) and isinstance(reply, str)
                                           and review.strip() == reply.strip())  # (fu28: one text given as both)
    outcome_text = review if isinstance(review, str) else (reply_text if outcome_only else None)
    if outcome_only and outcome_text:
        # ck23b: the person says the review upheld a first reply they pasted ("your request dated 3 November 2026" is
        # the request's own day): only a text that reads as a review's outcome has the review request's dates
        from askfoi.reply_flow import reads_as_review_outcome

        # rv99 (nc99 #6, j7): the person said this text is the review's outcome ("This was the review"): its day is
        # the outcome's, never a first reply's that "the review upheld" (the same letter enclosed twice); only a text
        # that reads as a review's outcome has the review request's dates, and never the request's own
        reads_outcome = reads_as_review_outcome(outcome_text)
    else:
        reads_outcome = outcome_only
    reviewed_on = None
    if outcome_only:
        reviewed_on = received or (_not_after(reply_date(outcome_text), today) if outcome_text else None)
        received = None
        if review_asked is None and outcome_text and reads_outcome:
            # nr97 (nc97 #2): only a day the outcome gives for the review request; "our response to your request of 14
            # August" is the request's own day, never the day the review was asked for (the letter then says no day)
            review_asked = _not_after(review_asked_in(outcome_text), today)
    # the dates and the reference the reply and the review outcome give themselves, when the person gave none
    if received is None and isinstance(reply, str) and reply.strip() and not outcome_only:
        received = _not_after(reply_date(reply), today)
    if replied is not None and received is None:  # af99: the first reply's day, typed when only the outcome was pasted
        received = _not_after(replied, today)
    if reviewed_on is None and review_received:  # ny94: the day the person said the review's outcome came
        reviewed_on = _not_after(review_received, today)
    if reviewed_on is None and isinstance(review, str):
        reviewed_on = _not_after(reply_date(review), today)
    if review_asked is None and isinstance(review, str):  # fu28: "the internal review you requested on 5 November"
        review_asked = _not_after(review_asked_in(review), today)
    if reference is None:
        reference = next((r for r in (reference_in(t) for t in (reply, review) if isinstance(t, str)) if r), None)
    req = request_named(reply=reply if isinstance(reply, str) else reply_text, request=request, sent=sent, topic=topic,
                        reference=reference, today=today)
    # rv51 (nc50 #7): the parts complained about quoted in the request's words, with the parts answered
    req["disputed"] = [] if late else disputed_quotes(
        [p.number for p in final.parts if p.outcome != Outcome.disclosed and (p.outcome != Outcome.published
                                                                               or "published" in grounds)],
        [p.number for p in final.parts], request=request, reply=reply if isinstance(reply, str) else reply_text)
    req["answered"] = [p.number for p in final.parts if p.outcome == Outcome.disclosed] if req["disputed"] else []
    received_on, made_on = req.pop("received_on"), req.pop("made_on")
    if reads_outcome and sent is None:  # read from the review's outcome: the review request's day
        received_on = made_on = None
        req["made"] = req["received"] = None
    asked_on = received_on or made_on  # the 20 working days run from receipt
    if not reads_outcome:  # fu31: the one rule explain and review use (askfoi/request_clock.py)
        asked_on = _clock(sent, reply if isinstance(reply, str) else reply_text,
                          {"received_on": received_on, "made_on": made_on}, today).start or asked_on
    final_day = reviewed_on if review_reading is not None else None
    scot = law in ("FOISA", "EISR")
    if late and asked_on:
        reply_due = due_date(asked_on, Regime.FOISA if law == "FOISA" else Regime.EIR if law in ("EIR", "EISR")
                             else Regime.FOIA, scotland=scot)
        if today <= reply_due:
            raise NotLateYet(f"the reply is not late yet: it is due by {long_date(reply_due)}; a reminder can go the day "
                             "after ('askfoi chase' writes it), and a complaint after that")
    if review_reading is None and review_asked is not None and (not late or scot):
        # lead 28 (nu31 #2): no outcome yet is a complaint only once the review is overdue: FOISA s21 / EISR reg 16
        # give 20 working days; the ICO takes a missing outcome after 40 (domain.md; EIR reg 11(4): 40)
        from askfoi.deadlines import add_working_days

        # rd47 (nc45 #4): the authority has the whole of its last day; a complaint can go from the next working day
        last_day = add_working_days(review_asked, 20 if scot else 40, scotland=scot)
        if today <= last_day:
            usual = add_working_days(review_asked, 20, scotland=scot)  # lead51 (nc67 #13): the usual time, passed
            raise NotLateYet(" ".join(render("bot/review_not_overdue.j2", asked=long_date(review_asked), scot=scot,
                                             law=law, last_day=long_date(last_day),
                                             usual_passed=long_date(usual) if law == "FOIA" and today > usual else "",
                                             from_day=long_date(add_working_days(last_day, 1, scotland=scot))).split()))
    review_wait = _review_wait(review_asked, law, scot, today) if review_reading is None and review_asked else None
    window_end = (add_months(final_day, SIC_MONTHS) if scot else final_day + timedelta(weeks=ICO_WEEKS)) if final_day else None
    body = render(
        "letters/complain.txt.j2", t=terms.model_dump(), law=law, authority=in_sentence(authority), requester=name, email=reply_to,
        reference=reference, authority_possessive=possessive(in_sentence(authority)),
        sent=long_date(sent) if sent else None, received=long_date(received) if received else None,
        review_asked=long_date(review_asked) if review_asked else None, reviewed=review_reading is not None,
        review_month=review_asked_month if not review_asked else None,
        reviewed_on=long_date(reviewed_on) if reviewed_on else None,
        in_time=window_end is None or today <= window_end,
        # nx73 (nc70 #6): the Commissioner's window given as its last day ("within six weeks ... (by 8 January 2027)")
        window_end=long_date(window_end) if window_end else None,
        # nx73 (nc67 #7): costs added together, said by the reply or upheld by the review: a ground of its own
        aggregated=(_aggregated(final_text if isinstance(final_text, str) else None, sent or received_on,
                                max(len(final.parts), len(reading.parts)))
                    or _aggregated(reply if isinstance(reply, str) else reply_text, sent or received_on, len(reading.parts)))
        if "cost" in grounds and law == "FOIA" else None,
        # nx73 (nc70 #6): "It replied ... Its decision": the reply's own decision ("partly given" when parts were pointed
        # to where they are published and one withheld), never the review's reading of what it upheld
        outcome=None if unseen else outcome_label(reading.outcome if not outcome_only and reading.outcome.is_final
                                                  else final.outcome, law),
        ncnd=final.ncnd, late=late,
        # lt100 (rv99's open item): the only text is the review's outcome, so what it decided is the review's, said in the
        # review's sentence; the first reply's decision is not known and is never given as that text's
        review_only=bool(outcome_only and not unseen),
        review_upheld=bool(outcome_only and outcome_text and _says_upheld(outcome_text)),
        # rv51 (nc50 #7): all that was held back was neither confirmed nor denied (parts 1 and 4 given, 2 and 3 NCND): the
        # grounds weigh saying whether it is held, never disclosure against "maintaining the exemption"
        whole_ncnd=final.outcome == Outcome.ncnd or final.ncnd and any(is_ncnd_provision(s) for s in final.sections)
        and all(is_ncnd_provision(s) for s in final.sections if cited_ground(s))
        and all(p.outcome in (Outcome.disclosed, Outcome.ncnd) for p in final.parts),
        replied_after=long_date(due) if (due := _due_if_late(asked_on, received, law, reply if isinstance(reply, str)
                                                                 else reply_text)) else None,
        late_extended=bool(due and due == extended_due(reply if isinstance(reply, str) else reply_text, asked_on, law)),
        req=req,
        # lead (nu34 #12): an absolute NCND provision (s23(5)) has no public interest test: its own ground
        ncnd_absolute=[section_name(s) for s in final.sections if is_ncnd_provision(s)
                       and getattr(get_knowledge().exemption(s), "test", None) == "absolute"],
        ncnd_qualified=[section_name(s) for s in final.sections if is_ncnd_provision(s)
                        and getattr(get_knowledge().exemption(s), "test", None) != "absolute"],
        # the provisions the pack knows (a fees regulation's "3(3)" read as a section is not a decision)
        # rd48: a notice (FOISA s17 "not held", a refusal notice) or a step of the process is no ground relied on
        sections=[section_name(s) for s in final.sections
                  if get_knowledge().exemption(twin_of(s) or s) is not None and cited_ground(s)],
        grounds=grounds,
        # fu21: a reply that advised how to narrow is not said to have given no advice and assistance
        advised="cost" in grounds and _gave_advice(reply if isinstance(reply, str) else reply_text, review),
        # lw53 (nc53 #11): the review itself accepted that the response gave no advice and assistance
        no_advice_admitted=isinstance(review, str) and reply_fact(review, "no_advice_admitted"),
        late_due=long_date(due_date(asked_on, Regime.FOISA if law == "FOISA" else Regime.EIR if law in ("EIR", "EISR")
                                    else Regime.FOIA, scotland=scot)) if late and asked_on else None,
        chased=long_date(chased) if chased else None,
        wrong_act=[section_name(a) for a, _ in cited_wrong],
        eir_only=eir_only,
        eir_map=_eir_map_for(final, eir_only is not None, scot),
        by_part=_by_part(final, law, on_behalf[1] if on_behalf else None),
        unfinished=[section_name(s) for s in final.sections if "unfinished" in section_roles(s)],
        # fu31 (nu33 #7): each ground names the parts it is about, from what the reply decided for each part
        about=_complaint_about(final),
        totals_given=_sum_given(reply if isinstance(reply, str) else reply_text, _complaint_about(final)["commercial"]),
        contractor=on_behalf[0].rstrip(",") if on_behalf else None,
        cost_split=_cost_split(request, final_text if isinstance(final_text, str) else reply_text) if "cost" in grounds else None,
        not_in_format=reply_fact_words(final_text, "not_in_format") if "not_held" in grounds and "format" not in grounds else None,
        format_wanted=asks_a_format(request) or asks_a_format(final_text),
        # rd45: an exact address is checked by the person: what was not there is theirs to say (a placeholder)
        pointer=dict(zip(("kind", "addresses"), published_pointer(final_text, final.links))) if "published" in grounds else None,
        identities=identities_withheld(final, request, review if isinstance(review, str) else (
            reply if isinstance(reply, str) else reply_text)) if "personal" in grounds else None,
        senior_pay="personal" in grounds and senior_pay_withheld(request, reply if isinstance(reply, str) else reply_text,
                                                                  review if isinstance(review, str) else None, topic,
                                                                  told),
        env_cost=env_cost,
        review_wait=review_wait,
    )
    body = end_lists(body)
    subject = render("letters/followup_subject.txt.j2", kind="complain", t=terms.model_dump(), reference=reference,
                     authority=authority, authority_possessive=possessive(in_sentence(authority))).strip()
    letter = _letter("complain", law, terms.commissioner, subject, body, name, None, None, reply_to)
    letter.caution = req.get("clash")  # fu28: the request's dates disagree: the person checks them
    if not scot and review_reading is not None and reviewed_on and window_end and today > window_end and not late:
        # lt102: after the ICO's six weeks the letter asks the ICO to accept it ([SAY WHY]); the person is told plainly
        # that the ICO may refuse it for undue delay (s50(2)(b))
        delay = " ".join(render("reply/complaint_delay.j2", ended=long_date(window_end), law=law).split())
        letter.caution = f"{letter.caution} {delay}" if letter.caution else delay
    # af99 (nc97 #2): the dates the Commissioner asks for that the letter could not give
    letter.undated = [what for what, known in (
        ("request", req.get("made") or req.get("received")),
        ("reply", late or received),
        # no reply at all goes to the ICO with no review (England, Wales, NI): none is asked for then
        ("review request", review_asked or (late and not scot)),
    ) if not known]
    return letter


def _says_upheld(text: str) -> bool:
    """lt100: the review's outcome says in its own words that the first decision stands ("I have decided to uphold the
    original decision"; reply_phrases.yaml `decision_upheld`, never a decision upheld in part or varied)."""
    from askfoi.reader import _rules

    return bool(_rules().scan("decision_upheld", " ".join(text[:20_000].split()).lower(), limit=1))


def _complaint_about(reading: Reading) -> dict[str, list[str]]:
    """fu31 (nu33 #7): the parts each complaint ground is about (ground -> part numbers; empty when the reply did not
    answer part by part): a part answered in full is in none."""
    held_back = [p for p in reading.parts if p.outcome != Outcome.disclosed]
    return {
        # rd45: a part pointed to where it is published has its own ground (and, at an exact address, the person's own
        # word on what was not there): it is not asserted as unanswered
        "owed": [p.number for p in held_back if p.outcome != Outcome.published],
        "searched": [p.number for p in held_back if p.outcome == Outcome.not_held
                     and reply_fact(" ".join(p.evidence), "search_needed")],
        "not_held": [p.number for p in held_back if p.outcome == Outcome.not_held],
        "published": [p.number for p in held_back if p.outcome == Outcome.published
                      or any("published" in section_roles(s) for s in p.sections)],
        "commercial": [p.number for p in held_back if any("commercial" in section_roles(s) for s in p.sections)],
        "unfinished": [p.number for p in held_back if any("unfinished" in section_roles(s) for s in p.sections)],
        "personal": [p.number for p in held_back if any("personal" in section_roles(s) for s in p.sections)],
        "public_interest": [p.number for p in held_back if any(_weighed(s) for s in p.sections)],
        # lw53 (nc53 #11): of those, the parts whose weighed provisions are on releasing the information, and the NCND
        # parts whose weighed provisions are on saying whether it is held (argued on that test, never on disclosure)
        "public_interest_release": [p.number for p in held_back
                                    if any(_weighed(s) and not is_ncnd_provision(s) for s in p.sections)],
        "public_interest_confirm": [p.number for p in held_back
                                    if p.ncnd and any(_weighed(s) and is_ncnd_provision(s) for s in p.sections)],
        "cost": [p.number for p in held_back if p.outcome == Outcome.cost_limit],
        "both_ways": [p.number for p in held_back if any("published" in section_roles(s) for s in p.sections)
                      and any(_weighed(s) and "published" not in section_roles(s) for s in p.sections)],
    }


def _by_part(reading: Reading, law: Law, contractor_part: str | None = None) -> list[dict]:
    """fu27: what the reply decided for each part, with the provisions that part's own sentences cited, where it decided
    part by part and not all alike (the complaint names sections part by part); [] otherwise. CONTRACTOR_PART: the part
    under which the reply put the information with a contractor (contractor_said), said so whatever else was read."""
    if len(reading.parts) < 2 or len({p.outcome for p in reading.parts}) < 2 and contractor_part is None:
        return []
    # rv51 (nc50 #7): the parts with the same decision and provisions said together ("parts 2 and 3 neither confirmed
    # nor denied (section 23(5), ...)")
    return grouped([{"number": p.number, "outcome": "said to be with its contractor" if p.number == contractor_part
                     else _owed_words(p.outcome, law), "sections": [section_name(s) for s in p.sections]} for p in reading.parts])


_NOT_THE_WORK = re.compile(r"(?i)\bdisclosure\s+log\b|\b(?:your|this)\s+(?:request|response|letter)\b|\bour\s+(?:response|reply)\b")


def _finish_said(reading: Reading, reply: str | None) -> str | None:
    """rv51 (nc50 #8): the reply's own sentence on when the material it withheld as unfinished will be finished or
    published ("We intend to publish the final plan in spring 2027."), read in that part's own paragraph when the reply
    answered part by part, else anywhere in it; never a sentence about the request or the disclosure log ("Your request
    and our response will be published"). None when it says none."""
    from askfoi.part_trust import part_paragraphs

    own = [para for p, para in zip(reading.parts, part_paragraphs(reply, reading))
           if para and any("unfinished" in section_roles(s) for s in p.sections)]
    pattern = _reply_fact_patterns().get("finish_expected")
    for text in (own + [reply or ""]) if pattern is not None else []:
        for m in pattern.finditer(" ".join(text[:20000].split())):
            if not _NOT_THE_WORK.search(m.group(0)):
                return m.group(0).strip()
    return None


def _decided(parts, law: Law, keep=lambda p: True, skip: set[str] | frozenset[str] = frozenset()) -> list[dict]:
    """rv51: what the reply decided for each of PARTS that KEEP allows, [{number, outcome, sections}] (askfoi.disputed_parts.
    grouped takes them): the decision in the letter's words (_owed_words; "information given" for a part answered) and
    the provisions that part's own sentences cited, unless the words already name them ("withheld under section 43") or
    say the ground themselves (a refusal on cost). SKIP (rv58): provisions not to name (a pointer that said where)."""
    out = []
    for p in parts:
        if not keep(p):
            continue
        words = "information given" if p.outcome == Outcome.disclosed else _owed_words(p.outcome, law, p.sections)
        # (a refusal on cost says its ground in its words: "refused on cost", "refused as manifestly unreasonable")
        named = [] if " under " in f" {words} " or p.sections == ["11"] or p.outcome == Outcome.cost_limit \
            else [section_name(s) for s in p.sections if s not in skip]
        out.append({"number": p.number, "outcome": words, "sections": named})
    return out


def _cost_split(request: str | None, reply: str | None) -> dict | None:
    """fu27 (nu29): for a complaint about a cost refusal, the parts of the REQUEST the reply's estimate names as the costly
    work and the rest, which are cheap on their own: {"costly": ["3"], "cheap": ["1", "2"]}; None when the request is not
    known or the estimate names no part (or names them all)."""
    texts = _request_parts(request)
    costly = _named_in_estimate(reply, texts)
    if not costly:
        return None
    return {"costly": [str(n) for n in costly], "cheap": [str(n) for n in range(1, len(texts) + 1) if n not in costly]}


def end_lists(text: str) -> str:
    """TEXT with the last item of each "- " list ending in a full stop, never the ";" the items before it take (a
    letter's list of reasons is built item by item, and any item may be the last)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.startswith("- ") and line.rstrip().endswith(";") and not nxt.startswith("- "):
            lines[i] = line.rstrip()[:-1] + "."
    return "\n".join(lines)


def _clock(sent: date | None, reply: str | None, req: dict, today: date):
    """fu31: the day the time for the reply ran from, and why (askfoi/request_clock.py): the reply's own day of receipt,
    else the day sent, else the day the reply gives the request (REQ: request_named's received_on / made_on)."""
    from askfoi.request_clock import Clock, clock_start

    clock = clock_start(sent, reply, today=today)
    if clock.start is None and (req.get("received_on") or req.get("made_on")):
        return Clock(req.get("received_on") or req.get("made_on"), "received" if req.get("received_on") else "made")
    return clock


def _due_if_late(sent: date | None, received: date | None, law: Law, text: str | None = None) -> date | None:
    """The day a reply was due, when it came after it (both days known); else None. An extension that TEXT (the
    reply) says was told in time moves the day (askfoi/extensions.py, lead41 nc44 #1)."""
    if sent is None or received is None:
        return None
    regime = Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA)
    due = due_date(sent, regime, scotland=law in ("FOISA", "EISR"))
    extended = extended_due(text, sent, law)
    due = max(due, extended) if extended else due
    return due if received > due else None


def _school_clock(start: date | None, received: date | None, due: date | None) -> dict | None:
    """rv61 (nc61 #5): a school's reply after the 20th working day (DUE): 20 school days, and the 60th working day at the
    latest (SI 2004/3364 as amended), as the reader's next steps and the chaser say it: late for certain after that
    day, else late unless the school was closed for some of the time. None when the reply was not after DUE."""
    if start is None or received is None or due is None:
        return None
    from askfoi.deadlines import SCHOOL_MAX_WORKING_DAYS, add_working_days

    latest = add_working_days(start, SCHOOL_MAX_WORKING_DAYS)
    return {"latest": long_date(latest), "late": received > latest, "due": long_date(due), "start": long_date(start)}


@functools.lru_cache(maxsize=1)
def _handler_patterns() -> tuple[list[re.Pattern[str]], re.Pattern[str] | None]:
    data, _ = load_vocab("review_handlers")
    data = data if isinstance(data, dict) else {}
    handlers = []
    for p in data.get("handler") or []:
        try:
            handlers.append(re.compile(str(p), re.I))
        except re.error:
            continue
    return handlers, compile_any(str(p) for p in data.get("school_reply") or [])


def review_handler(text: str | None) -> str | None:
    """rv61 (nc61 #5): the body a reply says handles the request and its review when that is not the body written to
    (an academy's trust: "handled centrally by Harris Federation, the academy trust, which is the public authority"),
    from knowledge/vocab/review_handlers.yaml; None when the reply says no such thing."""
    if not text:
        return None
    flat = " ".join(text[:20000].split())
    for p in _handler_patterns()[0]:
        m = p.search(flat)
        if m and m.group("body"):
            return m.group("body").strip(" ,.")
    return None


def school_request(authority: str | None, request: str | None, text: str | None) -> bool:
    """rv61: whether the request went to a school or an academy: the body's name, the request's greeting ("Dear Harris
    Academy at Peckham ..."), or the reply speaking as an academy trust (knowledge/vocab/review_handlers.yaml)."""
    from askfoi.deadlines import is_school

    if is_school(authority):
        return True
    greeting = re.search(r"(?im)^[ \t]*dear\s+([^\n,]{2,120})", request or "")
    if greeting and is_school(greeting.group(1)):
        return True
    said = _handler_patterns()[1]
    return bool(text and said is not None and said.search(text[:20000]))


_MAX_INTERESTS = 3


def public_interests(sections: list[str], subject_text: str, law: str = "FOIA") -> list[str]:
    """rv61 (nc61 #13): the public interest in disclosure, as noun phrases, that fits what was relied on (SECTIONS, the
    qualified ones argued) and what the request is about (SUBJECT_TEXT: the request and the reply), from
    knowledge/vocab/public_interest_grounds.yaml: the exemptions', then the first subject's that bears on an exemption
    cited (nz79, nc79 #2: chosen by the exemption, never by a word such as "school" alone), at most three."""
    data, _ = load_vocab("public_interest_grounds")
    data = data if isinstance(data, dict) else {}
    out: list[str] = []
    low = (subject_text or "").lower()[:40000]
    numbers = {m.group() for s in sections for m in [re.search(r"\d+", str(s))] if m}
    scottish = law in ("FOISA", "EISR")  # FOISA numbers its exemptions its own way
    for entry in data.get("sections") or []:
        key = "foisa" if scottish else "sections"
        if isinstance(entry, dict) and numbers & {str(x) for x in entry.get(key) or []} and entry.get("interest"):
            out.append(str(entry["interest"]))
    for entry in data.get("subjects") or []:  # the first subject the request is about, where it bears on an exemption
        try:
            if not numbers & {str(x) for x in entry.get("with_foisa" if scottish else "with") or []}:
                continue
            if entry.get("words") and re.search(str(entry["words"]), low):
                out.append(str(entry["interest"]))
                break
        except (re.error, AttributeError, KeyError, TypeError):
            continue
    out = list(dict.fromkeys(out))[:_MAX_INTERESTS]
    return out or ([str(data["default"])] if data.get("default") else [])


_BAND_VALUE = re.compile(r"(?:[:|\t=]|\s[-\u2013])\s*$")
_BAND_SIGN = re.compile(r"(?:^|[\s:|])(?:<\s?\d{1,2}|\*)(?=\s*$|\s*[|,;])", re.M)


def band_shown(text: str | None) -> bool:
    """rv61 (nc61 #13): the reply shows a small figure as a band where the figure would go ("Sixth form: fewer than 5",
    "| <5 |"), not only says that small figures are withheld: the review does not ask for what was given."""
    from askfoi.part_decisions import _vocab

    banded = _vocab().banded
    for line in (text or "")[:40000].splitlines():
        if banded is not None and any(_BAND_VALUE.search(line[: m.start()]) for m in banded.finditer(line.lower())):
            return True
        if _BAND_SIGN.search(line):
            return True
    return False


def _not_after(day: date | None, today: date) -> date | None:
    """A date read from a letter, unless it is after today (a misread, never the day it came)."""
    return day if day is not None and day <= today else None


def in_sentence(name: str) -> str:
    """An authority's name as a sentence says it: "the Scottish Government", "the Metropolitan Police Service",
    but "Kent Police" (lt102: askfoi.templates.said, the one function the letters, the bot and the reply screen use:
    the pack's "the ..." aliases first, then the words of the name, knowledge/vocab/body_articles.yaml)."""
    from askfoi.templates import said as said_in_text

    return said_in_text(name)


def possessive(name: str) -> str:
    """"Kent Police's", "National Highways'": a name's possessive as a letter writes it."""
    name = (name or "").strip()
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def letter_for(kind: LetterKind, **kwargs) -> Letter:
    """One entry point for the UI: 'review' | 'chase' | 'complain' with that letter's arguments."""
    return {"review": review_letter, "chase": chase_letter, "complain": complaint_letter}[kind](**kwargs)
