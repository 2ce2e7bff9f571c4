"""Pydantic models for what askfoi keeps on disk: past responses, authorities, exemptions.

Every record in knowledge/ is validated by one of these models. The vocabularies (outcomes,
regimes, authority types, nations, source types) are fixed here because code branches on them;
everything else (phrases, synonyms, the records themselves) lives in data files.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Outcome(StrEnum):
    """What an authority decided. One vocabulary for every source."""

    disclosed = "disclosed"
    part_disclosed = "part_disclosed"
    not_held = "not_held"
    refused = "refused"
    ncnd = "ncnd"
    cost_limit = "cost_limit"
    vexatious = "vexatious"
    published = "published"  # s21: reasonably accessible elsewhere
    withdrawn = "withdrawn"  # no final answer: kept, never forecast
    pending = "pending"  # no final answer yet: kept, never forecast

    @property
    def is_final(self) -> bool:
        return self not in (Outcome.withdrawn, Outcome.pending)


FINAL_OUTCOMES: tuple[Outcome, ...] = tuple(o for o in Outcome if o.is_final)

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.disclosed: "information given",
    Outcome.part_disclosed: "partly given",
    Outcome.not_held: "information not held",
    Outcome.refused: "refused",
    Outcome.ncnd: "neither confirm nor deny",
    Outcome.cost_limit: "refused on cost",
    Outcome.vexatious: "refused as vexatious",
    Outcome.published: "already published",
    Outcome.withdrawn: "withdrawn",
    Outcome.pending: "no final answer",
}


class Regime(StrEnum):
    FOIA = "FOIA"  # Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK-wide)
    FOISA = "FOISA"  # Freedom of Information (Scotland) Act 2002
    EIR = "EIR"  # Environmental Information Regulations 2004 (Scotland: EISR 2004)
    SAR = "SAR"  # subject access request, UK GDPR Art. 15


class Nation(StrEnum):
    england = "england"
    wales = "wales"
    scotland = "scotland"
    northern_ireland = "northern_ireland"
    uk = "uk"  # UK-wide bodies (central government, BTP, ...)


class AuthorityType(StrEnum):
    police = "police"
    council = "council"
    nhs = "nhs"
    fire = "fire"
    transport = "transport"
    central_government = "central_government"
    devolved_government = "devolved_government"
    education = "education"
    regulator = "regulator"
    environment = "environment"  # e.g. the Environment Agency, SEPA, NRW
    water = "water"  # water and sewerage companies: EIR only
    other = "other"


class SourceType(StrEnum):
    disclosure_log = "disclosure_log"
    whatdotheyknow = "whatdotheyknow"
    ico_or_tribunal = "ico_or_tribunal"
    third_party = "third_party"


# FOIA sections are bare ("23(5)", "31(1)(a)", "12"); other regimes carry a prefix
# ("FOISA 18", "EIR 12(4)(b)", "EISR 10(5)(e)").
SECTION_RE = re.compile(r"^(?:(?:FOISA|EIR|EISR) )?\d+[A-Z]?(?:\(\d+[A-Z]?\))*(?:\([a-z]{1,4}\))*$")
PARTIAL_DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def check_section(value: str) -> str:
    value = value.strip()
    if not SECTION_RE.match(value):
        raise ValueError(
            f"section {value!r} is not in the form '23(5)', '31(1)(a)', 'FOISA 18' or 'EIR 12(4)(b)'"
        )
    return value


def check_partial_date(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not PARTIAL_DATE_RE.match(value):
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=False)


class PartOutcome(_Record):
    """How one part of a request was answered, where the page shows the parts separately."""

    asked: str = Field(min_length=1)  # the part, in our own words
    outcome: Outcome
    ncnd: bool | None = None  # None: not visible
    sections: list[str] | None = None  # None: not visible; [] visible and none cited

    _check_sections = field_validator("sections", mode="after")(
        lambda cls, v: None if v is None else [check_section(s) for s in v]
    )


class PublishedResponse(_Record):
    """One published answer to an FOI request, with the public page it came from."""

    id: str = Field(min_length=3, max_length=120, pattern=r"^[a-z0-9][a-z0-9._:-]*$")
    authority: str = Field(min_length=2)
    authority_type: AuthorityType
    title: str = Field(min_length=1)
    reference: str | None = None  # the authority's own reference, e.g. "PUB 1234 / 15901"
    asked: str = ""  # a one-sentence summary of what was asked
    request_text: str | None = None  # the request as published, where it is
    request_date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    response_date: str | None = None
    outcome: Outcome
    outcome_label: str | None = None  # the outcome as the source states it ("Part Disclosure with ...")
    # True: NCND for all or part; False: the whole answer was seen and there is none; None: not visible
    # (e.g. a WhatDoTheyKnow status line). Unknown is never counted as evidence against NCND.
    ncnd: bool | None = None
    # fm82: what an NCND covered, where the page shows it: "the question" (what was asked, in whole or in part) or
    # "other information" (what was asked was dealt with; the body added that it neither confirms nor denies holding
    # any other information: a force's standing paragraph). None: not NCND, or not visible (unknown stays unknown).
    ncnd_scope: Literal["the question", "other information"] | None = None
    sections: list[str] = Field(default_factory=list)
    sections_known: bool = True  # False: the sections cited were not visible ([] then means unknown)
    topics: list[str] = Field(default_factory=list)  # tags from knowledge/vocab/topics.yaml
    parts: list[PartOutcome] = Field(default_factory=list)  # per-part outcomes where the page shows them
    keywords: list[str] = Field(default_factory=list)
    related_links: list[str] = Field(default_factory=list)
    regime: Regime = Regime.FOIA
    source_url: str = Field(pattern=r"^https?://\S+$")
    source_type: SourceType
    note: str | None = None
    # The harvest the record came from (knowledge/sources/harvest_NAME.jsonl -> "NAME"), where known: a harvest
    # searched FOR NCND answers over-states how often bodies use NCND (knowledge/vocab/harvest_sampling.yaml).
    harvest: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_.-]{0,60}$")

    _check_sections = field_validator("sections", mode="after")(
        lambda cls, v: [check_section(s) for s in v]
    )
    _check_dates = field_validator("request_date", "response_date", mode="before")(
        lambda cls, v: check_partial_date(v)
    )

    @model_validator(mode="after")
    def _scope_needs_ncnd(self):
        if self.ncnd_scope is not None and self.ncnd is not True:
            raise ValueError("ncnd_scope is given but the record is not NCND")
        return self

    @property
    def date(self) -> str | None:
        return self.response_date or self.request_date

    def search_text(self) -> str:
        """The words matching looks at."""
        return " ".join(
            part
            for part in (self.title, self.asked, self.request_text or "", " ".join(self.keywords))
            if part
        )


class Authority(_Record):
    """A public authority (or an EIR-only body) someone can send a request to."""

    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    type: AuthorityType
    nation: Nation
    regime: Regime  # the law its requests normally fall under: FOIA, FOISA or EIR (EIR-only bodies)
    cost_limit: int | None = None  # pounds; None where no cost limit applies (EIR-only bodies)
    hourly_rate: int | None = None  # pounds per hour of staff time counted toward the limit
    website: str | None = None
    note: str | None = None
    # False for a body no information-rights law covers (e.g. one now part of a FOIA s23(3) security body):
    # a request to it is not an FOI request, and its note says why
    covered: bool = True
    defunct: bool = False  # the body no longer exists: kept so old names resolve, never suggested first
    listed_by: str | None = None  # a generated list it comes from (e.g. "publicbodies"); None: curated
    # ny82 (nc82 #7): the name the body works under and people know ("NatureScot" for Scottish Natural Heritage, its
    # name in law): the name letters and the chat give it; None: its name (or its own_name prefix rule)
    working_name: str | None = None

    @property
    def cost_limit_hours(self) -> float | None:
        if self.cost_limit is None or not self.hourly_rate:
            return None
        return self.cost_limit / self.hourly_rate


class Exemption(_Record):
    """A section a refusal can rely on, explained in plain English."""

    regime: Regime
    section: str  # "23", "31(1)(a)", "12(4)(b)" (without the regime prefix)
    title: str
    meaning: str  # plain English: what it means for the person who asked
    test: str = Field(pattern=r"^(absolute|qualified|procedural)$")
    # absolute: no public interest test; qualified: public interest test;
    # procedural: not an exemption (cost limit, vexatious, refusal notice, not held ...)
    ncnd_subsection: str | None = None  # e.g. "23(5)"; None where the section has no NCND provision
    note: str | None = None
    # absolute in most cases, but a public interest test applies on some grounds (other people's personal data:
    # FOIA s2(3)(fa) makes s40(2) absolute only where the first condition applies; EIR reg 13; FOISA s2(2)(e)(ii))
    partly_qualified: bool = False
    # ck24b: the meaning when the reply itself said how to narrow the request ("{advice}": the reply's sentence)
    meaning_advised: str | None = None
    # nr88 (nc88 #7): the meaning when the body is a police force (its law-enforcement records: DPA 2018 s45, Part 3)
    meaning_police: str | None = None
    # af99 (nc97 #2): the meaning when the information withheld is a senior post-holder's pay or expenses
    # (askfoi.followup.senior_pay_withheld): "anonymised figures" cannot answer a question about one post
    meaning_senior_pay: str | None = None

    @property
    def key(self) -> str:
        """The section string as records cite it: '23(5)' for FOIA, 'EIR 12(4)(b)' otherwise."""
        return self.section if self.regime == Regime.FOIA else f"{self.regime.value} {self.section}"
