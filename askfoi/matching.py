"""Similar past responses and an honest forecast of how a request is likely to be answered.

Two stages. Candidates come from the SQLite FTS5 index (askfoi/match_index.py) using the query's
rarest terms, so a query costs about the same at 5 thousand or a million records. Candidates are
then re-scored in Python: idf-weighted overlap of terms (title counts more than the summary and
request text; synonym groups count as one concept), the same authority and the same kind of
authority weigh more, and covert/overt framing keeps the two apart. Each part's forecast is the
learnt model of askfoi/forecast_model.py (knowledge/forecast_model.json, `make model`) over the part's
features (`Matcher.features`): its words, shapes and NCND topics, the kind and law of the body, and the
evidence of the similar records, including the experts of the older forecast (the outcome rates for
that kind of authority, the similar records' outcomes weighted by similarity, that authority's own
record, and its peers' answers to the closest same-title request). Without a model file the experts'
product is the forecast. Pending and withdrawn records never count. bench/eval.py measures it on the
newest harvested records, held out.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Literal

from pydantic import BaseModel, Field

from askfoi.match_index import (
    BODY_WEIGHT,
    authority_term,
    cached_index,
    open_index,
    read_meta,
    row_from_response,
    title_key,
)
from askfoi.match_text import TextVocab, text_vocab
from askfoi.models import OUTCOME_LABELS, Outcome
from askfoi.request_size import with_size
from askfoi.templates import render

# the neighbour count a part's NCND evidence gives (lw53: left out when no past answer is close enough to list)
_NEIGHBOUR_COUNT = "{n} of {k} closest past answers with a known NCND status used NCND"
_NEIGHBOUR_COUNT_SAID = re.compile(r"\d+ of \d+ closest past answers with a known NCND status used NCND")

FINAL = [o.value for o in Outcome if o.is_final]
MAX_QUERY_TERMS = 200  # distinct terms looked up; a huge paste is judged by its first ones
FTS_TERMS = 16  # at most this many terms go into the ranked full-text query
RANKED_BUDGET = 2500  # postings bm25 may rank per query: ranking is the costly step at 1M
AND_TERMS = 8  # a query of common words only is scanned as an AND of at most this many terms
CANDIDATES = 150
AUTHORITY_CANDIDATES = 30
NEIGHBOURS = 40  # records whose outcomes feed the forecast
MIN_SCORE = 0.12  # below this a record is not similar at all
# lead46 (bench/listing_relevance.py, tuning half): which records are listed as similar responses (`_holds_subject`).
# A subject of fewer than KEY_WORDS words ("parking fines"): the record holds its rarest word AND at least KEY_SHORT of
# its weight, so sharing the head alone ("library fines") or the modifier alone ("blue badge parking") is not enough; a
# longer request: its rarest third, or at least KEY_SHARE of what is asked (its rarest words are often incidental:
# "NFAs", "postage"). Records asked as title and summary: something listed 49% -> 61%, listed on the record's topic
# 84% -> 84%, the first listed on it 82% -> 86%; asked as the title alone: 61% -> 64%, 76% -> 75%, 75% -> 77%.
KEY_WORDS = 4
KEY_SHARE = 0.25
KEY_SHORT = 0.5
CLOSE_TOPIC = 0.2  # ck31: a record listed as a similar response shares at least this much of what is asked (its words
# less bodies' names: `topic_listing`); below it, "no close match" (taken from nu33's examples: consultants' spending
# answers scored 0.25-0.29, a council's unrelated answers 0, unicorns in parks at best 0.17)
GOOD_SCORE = 0.35
OVERT_NCND = 0.3  # how much an NCND answer counts toward an overt question's forecast
# How sharply the forecast is shown at each confidence: 1 as combined, lower is flatter.
TEMPERATURE = {"high": 1.0, "medium": 0.6, "low": 0.35, "none": 0.2}
CALIBRATION = 1.5  # a further power on every forecast (make eval chooses it on its tuning half by the Brier score)
OTHER_KIND_WORDS = 2  # fc34: an answer of another kind of body than the one asked shares at least this many subject words
# with the request, or it is no similar answer and no neighbour ("firms" alone: the FCA's authorised firms for a council)
# fc34: the rule applies to what is shown as evidence (the listing, the closest answers' NCND count line), not to the
# learnt forecast's neighbours (its features were trained on neighbours chosen without it; applied there, `make eval`
# held-out moved top-1 42.1 -> 42.4%, top-2 65.5 -> 64.6%, NCND recall 0.53 -> 0.52) nor to the past NCND answer that
# supports a warning (fc20): on the tuning split that cost 3 of 305 NCND answers caught through a related subject
# ("investigations into election breaches" for the Gambling Commission), and held-out recall 0.53 -> 0.49 (docs/notes/fc34.md)
KIND_NEIGHBOURS = False
COVERT_BOOST = 1.3  # how much more a covert or NCND record counts for a covert question
CLOSE = 0.6  # NCND is judged on neighbours scoring at least this share of the best one
NEIGHBOUR_NCND_SHARE = 0.5  # ... and forecast when at least this share of their weight says NCND (no NCND topic applies)
SUBJECT_SUPPORT_SCORE = 0.2  # fc20: a past NCND answer this similar at least may stand behind a part on no NCND topic
SUPPORT_OVERRIDE = 2.0  # fm76: ... unless the learnt forecast rates NCND at least this many times its bar: strong evidence
# from the part's own words, kind of body and neighbours stands on its own (chosen on the tuning split's out-of-fold trace,
# bench/ncnd_why.py --override; docs/notes/fm76.md)
# (pack training records, leave-one-out: police recall 0.67 -> 0.65 for false alarms 0.19 -> 0.17 against 0; on the tuning
# request texts one false alarm fewer)
OVERRIDE_LONG_TEXT = 1.0  # fm94: ... and that factor rises with the number of parts n of the request: x (1 + this x ln n).
# The override is the learnt forecast alone (no NCND topic, no past NCND answer sharing a subject word), and a request is
# warned when any one part is: with the bar the same for every part, a request of five or six parts was warned on chance
# (a stop-and-search breakdown's "whether the complaint was upheld", a traveller encampment's "powers used"). A text
# of one part keeps fm76's factor. Chosen on the tuning texts (fc58, fc64 as fetched by fm94) and the dev split's traced
# parts (docs/notes/fm94.md)
NO_OVERRIDE_KINDS = ("regulator",)  # fm99: kinds of body whose parts on no NCND topic and with no past NCND answer sharing
# a subject word are never warned on the learnt forecast alone (fm76's override): a regulator's NCND answers are few
# (a named firm's investigation, which the named_organisation topic reads), and on the dev split the override warned 5
# regulator answers, none NCND (MHRA Yellow Card counts, a GLAA board meeting), and caught none the topics missed
# (dev replay, docs/notes/fm99.md). For the police the override earns its keep (fm97: recall 27 -> 24 of 34 without it)
NCND_OUTCOME_P = 0.15  # NCND is also forecast when the outcome forecast gives NCND at least this (make eval chooses it)
SOURCE_PRIOR = 10.0  # how many records of the kind's overall rates a population's own rates are pulled toward
# A new request is sent to the body and answered directly: the population of disclosure logs and
# WhatDoTheyKnow. Decision notices and third-party collections are selected (disputed, or gathered
# for their NCND) and only describe records known to come from them.
DIRECT_SOURCES = ("disclosure_log", "whatdotheyknow")
PRIOR_WEIGHT = 0.5  # how many "similar records" the base rate is worth
NEIGHBOUR_EXPONENT = 0.5  # similar records' say (chosen on make eval's tuning half of harvested records)
OWN_EXPONENT = 0.25  # the authority's own record's say (likewise; fc: 0.5 -> 0.25, by tuning log-loss within 0.005, then top-1)
AUTHORITY_SHRINK = 2.0  # an authority's own record counts fully only after this many answers
PEER_EXPONENT = 8.0  # how sharply peer authorities are told apart by their agreement with this one
PEER_WEIGHT = 1.5  # the peers' say in the forecast (bench/eval.py also tunes it on held-out halves)
PRIOR_CORRECTION = 0.0  # alpha: 0 = plain product of experts
PEER_MIN_SCORE = 0.6  # the closest other record must be this similar before its group's answers count as peers
PEER_MIN_MEMBERS = 3  # other authorities' answers a group needs before peers have a say
PEER_MEMBERS = 500  # members of the closest group looked at
PEER_HISTORY = 60  # the authority's own past answers compared with its peers'
MAX_PROBLEMS_KEPT = 20  # broken records named in the index (the count is kept in full)
MAX_PARTS = 12  # parts forecast one by one; a longer list is judged by its first ones
LONG_TEXT_NCND = 0.0  # a part of an n-part text is warned at the kind's NCND threshold x (1 + this x ln n), for a model
# file that does not choose it (fc8: `make model` chooses it, meta.long_text_ncnd; eval_real_requests --long-text scores it)
NCND_PART_FATE = 0.5  # ... and at least this far when a part is likely NCND beside an answered one (likewise)
MIXED_FATE = 0.25  # how far a request's parts are taken as answered apart (`whole_outcomes`; eval_real_requests tunes it)
PEER_ROWS = 3000  # other answers to those requests read at most (bounds the cost at a million records)
NEAR = 10  # nearest records whose outcomes, sources and topics are features of the learnt forecast
TOPIC_PRIOR_SHARE = 0.1  # an NCND topic's counted share is shrunk toward this share ...
TOPIC_PRIOR_N = 5.0  # ... by this many answers (learnt forecast features)
NCND_KIND_GROUPS = ("police", "central_government", "regulator")  # kinds whose NCND evidence is weighed apart
CLIP_LOG = 6.0  # log base rates below exp(-6) are clipped (learnt forecast features)
# fc23, chosen on the tuning texts (realreq3's tuning half, realreq4, realreq6: 55 texts with a known NCND status):
CONFIRM_BAR = 1.0  # a part asking to confirm covert use etc. on an NCND topic is warned at its bar x this (part_shape);
# 0.8 changed nothing there, 0.6 and 0.7 only added a false alarm (a council's count of children "without their father"),
# so the confirming side keeps the learnt bar
ROUTINE_NN_SHARE = 0.6  # a routine count (part_shape) needs this share of its close neighbours' weight saying NCND
# (0.4 to 0.7 alike there: police false alarms 11 -> 9 of 33, recall unchanged at 4 of 7; 0.6, a clear majority)
REPEAT_TITLE_OVERLAP = 0.5  # fc23: one body's answers whose titles overlap this much (Jaccard, reference numbers aside) ...
REPEAT_BODY_OVERLAP = 0.6  # ... or whose summaries overlap this much are near-identical: one neighbour (collapse_repeats)


class SimilarResponse(BaseModel):
    id: str
    authority: str
    title: str
    outcome: Outcome
    ncnd: bool | None  # None: the source did not show whether part was neither confirmed nor denied
    sections: list[str]
    score: float
    url: str
    date: str | None
    authority_type: str | None = None  # additive: the kind of authority that answered


class OutcomeProbability(BaseModel):
    outcome: Outcome
    probability: float


class SectionCount(BaseModel):
    section: str
    count: int


class PartForecast(BaseModel):
    """One part of a request: its own likely outcomes, whether NCND is likely, and the evidence."""

    text: str
    outcomes: list[OutcomeProbability]
    ncnd_likely: bool
    evidence: list[str]  # "31 of 37 police answers about informants (CHIS) used NCND", ...
    confidence: Literal["high", "medium", "low", "none"] = "none"
    # fc36: for a part warned of NCND, in plain English why bodies neither confirm nor deny such questions and what to
    # ask instead that is usually answered (the leading NCND topic's, knowledge/ncnd_topics.yaml); None otherwise
    why: str | None = None
    ask_instead: str | None = None
    # fc50 (issue 9.4): for a part warned of NCND, what the warning is about, named as the person would ("facial
    # recognition", "drones"), from the words by which the part touches the topic that explains the warning
    about: str | None = None
    # fm101 (issue 9): for a part asking who may authorise a covert tactic or the code of practice on it (the law's own
    # rules, published: askfoi/ncnd_topics.py `law_rules_topics`), where those rules are published and what answer to
    # expect (an answer, or a pointer to them under s21); None otherwise
    published: str | None = None


class Forecast(BaseModel):
    outcomes: list[OutcomeProbability]
    ncnd_likely: bool  # true when any part's is
    sections: list[SectionCount]
    confidence: Literal["high", "medium", "low", "none"]
    summary: str
    parts: list[PartForecast] = Field(default_factory=list)  # additive: one per part of the request
    # fc36: the first warned part's why and ask_instead, for the whole request's NCND warning
    why: str | None = None
    ask_instead: str | None = None


class MatchResult(BaseModel):
    forecast: Forecast
    similar: list[SimilarResponse]


@dataclass
class _Doc:
    rowid: int
    id: str
    authority: str
    atype: str
    title: str
    outcome: str
    ncnd: bool | None
    sections: list[str]
    url: str
    date: str | None
    framing: int
    tterms: set[str]
    bterms: set[str]
    norm: float
    grp: int = 0
    src: str = ""  # the record's source type (disclosure_log, whatdotheyknow, ico_or_tribunal, third_party)
    topics: tuple[str, ...] = ()  # its topic tags (knowledge/vocab/topics.yaml)
    targeted: bool = False  # fc29: from a harvest searched FOR NCND answers: shown, but no evidence that NCND is likely
    score: float = 0.0
    weight: float = 0.0


@dataclass
class _Query:
    terms: dict[str, float]  # term -> idf
    framing: int
    authority: str | None
    atype: str | None
    exclude_rowids: set[int] = field(default_factory=set)
    dropped: Counter = field(default_factory=Counter)  # document frequencies the excluded records added
    n_docs: int = 0
    sources: tuple[str, ...] = DIRECT_SOURCES  # the population whose base rates apply
    regime: str | None = None  # the law the authority answers under (FOIA, FOISA, EIR), when it resolves
    source_given: str | None = None  # the record's source type, when known (evaluation only)


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', "") + '"'


class Matcher:
    """Answers match() from one index file. Safe to share across threads (one read-only connection)."""

    def __init__(self, index_path: Path, vocab: TextVocab | None = None):
        self.path = index_path
        self.con = open_index(index_path)
        self.vocab = vocab or text_vocab()
        meta = read_meta(self.con)
        self.n_docs: int = meta["n_docs"]
        self.type_counts: dict[str, dict[str, int]] = meta["type_counts"]
        self.auth_counts: dict[str, dict[str, int]] = meta["auth_counts"]
        self.auth_type: dict[str, str] = meta["auth_type"]
        self.src_counts: dict[str, dict[str, dict[str, int]]] = meta.get("src_counts") or {}
        self._auth_lower = {a.lower(): a for a in self.auth_counts}
        self.ncnd_counts: dict | None = None  # NCND topic counts to use instead of the file's (evaluation)
        self.ncnd_trace: list[dict] | None = None  # when a list: each part's NCND gates are appended (bench/ncnd_why.py)
        from askfoi.forecast_model import load_model

        self.model = load_model()  # the learnt forecast (knowledge/forecast_model.json); None: the expert mix
        self.stats: dict = meta.get("stats") or {}  # the pack's counts, gathered when the index was built
        self.problems: list[str] = meta.get("problems") or []  # the first broken records, as "FILE:LINE: why"
        self.n_problems: int = meta.get("n_problems", len(self.problems))
        self.n_files: int = meta.get("n_files", 0)

    # --- public -------------------------------------------------------------------------------

    def match(
        self,
        text: str,
        authority: str | None = None,
        top: int = 5,
        *,
        exclude: Collection[str] = (),
        parts: Collection[str | tuple[str, str]] | None = None,
        source_type: str | None = None,
    ) -> MatchResult:
        """Similar responses (best first) and the forecast. `exclude`: record ids to leave out
        entirely (leave-one-out evaluation), from the candidates, the term statistics and the rates.
        `parts`: the request's parts (else the text is split into its questions); each part gets its
        own forecast and the whole forecast is built from them. `source_type`: the population the
        request belongs to, when known (evaluation of a published record: a decision notice is a
        disputed request); a new request is one sent to the body and answered directly
        (DIRECT_SOURCES), so its base rates are those of disclosure logs and WhatDoTheyKnow."""
        from askfoi.safe_text import clean_text

        top = max(1, min(int(top), 100))
        text = clean_text(text) if isinstance(text, str) else ""  # echoed back in the forecast's parts
        # fc50: a part may be given as (what it shows, what it is read with): the chat's part read with the person's own
        # words of it (askfoi/forecast_parts.py `read_with_frames`)
        parts = [(clean_text(p[0]), clean_text(p[1])) if isinstance(p, tuple) and len(p) == 2
                 and all(isinstance(x, str) for x in p) else clean_text(p) for p in parts
                 if isinstance(p, str) or isinstance(p, tuple)] if parts is not None else None
        excluded = self._fetch_by_ids(exclude) if exclude else []
        # fc34: the parts as `askfoi frame` cuts them, and the body the text names when none was given (its kind ranks
        # the similar answers: "sheffield council" asks a council)
        split, named = self._split_named(text, parts, authority)
        query = self._query(text, authority if authority and authority.strip() else named, excluded)
        query.sources, query.source_given = _sources(source_type), source_type
        docs = self._candidates(query)
        ranked = self._score(docs, query)
        return self._result(ranked, query, excluded, top, text, split)

    def features(self, text: str, authority: str | None = None, *, exclude: Collection[str] = (),
                 source_type: str | None = None) -> dict[str, float]:
        """The learnt forecast's features of TEXT taken as one part (what `make model` trains on and
        `match` computes for each part): see askfoi/forecast_model.py. `exclude` and `source_type` as
        for `match`; the NCND topic counts are `ncnd_counts` when set (evaluation), else the file's."""
        from askfoi.ncnd_topics import evidence_for
        from askfoi.safe_text import clean_text

        text = clean_text(text) if isinstance(text, str) else ""
        excluded = self._fetch_by_ids(exclude) if exclude else []
        query = self._query(text, authority, excluded)
        query.sources, query.source_given = _sources(source_type), source_type
        ranked = self._score(self._candidates(query), query)
        experts = self._experts(ranked, query, excluded)
        atype = query.atype or _kind_vote(experts.neighbours)
        return self._features(text, query, experts, evidence_for(text, atype, self.ncnd_counts), excluded)

    @classmethod
    def _split_named(cls, text: str, parts: Collection[str | tuple[str, str]] | None, authority: str | None
                     ) -> tuple[list[tuple[str, str]], str | None]:
        """(the parts, the body the text names): the parts given, read as they are; else the frames' parts
        (askfoi/forecast_parts.py `framed_parts`), each read with its frame's text and what the person's own words of
        it are read with."""
        if parts is not None and any(_part_shown(p).strip() for p in parts):
            return cls._split(text, parts), None
        from askfoi.forecast_parts import framed_parts

        found, named = framed_parts(text, authority, MAX_PARTS) if text.strip() else ([], None)
        if len(found) < 2 and not (found and found[0].kind):  # not framed: the text as `_split` reads it
            return cls._split(text, None), named
        return [(p.text, p.context) for p in found], named

    @staticmethod
    def _split(text: str, parts: Collection[str | tuple[str, str]] | None) -> list[tuple[str, str]]:
        """The parts the forecast is given for, each as (what it says, what it is read with): the ones given
        (read as they are), else the parts askfoi/forecast_parts.py finds in the text (cut as `askfoi frame`
        cuts it, without its remarks and story; a part that refers back read with what it points at)."""
        if parts is not None:
            given = [p if isinstance(p, tuple) else (p, p) for p in parts if _part_shown(p).strip()]
            if given:
                return [(shown, read or shown) for shown, read in given[:MAX_PARTS]]
        from askfoi.forecast_parts import forecast_parts

        found = forecast_parts(text, MAX_PARTS) if text.strip() else []
        if len(found) == 1 and found[0].context == " ".join(text.split()):
            return [(text, text)]
        return [(p.text, p.context) for p in found] or [(text, text)]

    # --- query ----------------------------------------------------------------------------------

    def _query(self, text: str, authority: str | None, excluded: list[_Doc]) -> _Query:
        terms = self.vocab.terms(text)[:MAX_QUERY_TERMS]
        df = self._df(terms)
        n_docs = self.n_docs - len(excluded)
        dropped = Counter(t for d in excluded for t in d.tterms | d.bterms)
        for t in df:
            df[t] -= dropped[t]
        idf = {t: math.log(1.0 + n_docs / n) for t, n in df.items() if n > 0}
        name, atype = self._authority(authority)
        return _Query(
            idf, self.vocab.framing_of(text), name, atype, {d.rowid for d in excluded}, dropped, n_docs,
            regime=_regime_of(name),
        )

    def _authority(self, authority: str | None) -> tuple[str | None, str | None]:
        """The authority as the pack names it, and its kind. A name the pack already uses is taken as
        it is; anything else goes through resolve_authority (when that module exists)."""
        if not authority or not authority.strip():
            return None, None
        raw = " ".join(authority.split())
        if raw.lower() in self._auth_lower:
            name = self._auth_lower[raw.lower()]
            return name, self.auth_type.get(name)
        try:
            from askfoi.authorities import resolve_authority
        except ImportError:
            return raw, None
        resolved = resolve_authority(raw)
        if resolved is None or not resolved.known:
            return raw, None
        name = self._auth_lower.get(resolved.name.lower(), resolved.name)
        return name, resolved.type.value

    def _df(self, terms: list[str]) -> dict[str, int]:
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        return dict(self.con.execute(f"SELECT term, n FROM df WHERE term IN ({marks})", terms))

    def _plan(self, query: _Query) -> tuple[list[str], list[str]]:
        """(rare, common): the rarest terms whose postings fit a budget go into a ranked OR query;
        if any term did not fit, the query's terms are also ANDed in a cheap early-stopping scan."""
        by_rarity = sorted(query.terms, key=lambda t: -query.terms[t])
        budget = RANKED_BUDGET
        rare: list[str] = []
        spent = 0.0
        for t in by_rarity[:FTS_TERMS]:
            df = self.n_docs / (math.exp(query.terms[t]) - 1.0)
            if spent + df > budget:
                break
            rare.append(t)
            spent += df
        common = by_rarity if len(rare) < len(by_rarity) and len(by_rarity) <= AND_TERMS else []
        if not rare and not common:
            common = by_rarity[:2]
        return rare, common

    def _rowids(self, sql_match: str, ranked: bool, limit: int) -> list[int]:
        order = " ORDER BY bm25(fts, 2.0, 1.0, 0.0)" if ranked else ""  # else rowid order: most specific first
        sql = f"SELECT rowid FROM fts WHERE fts MATCH ?{order} LIMIT ?"
        return [r for (r,) in self.con.execute(sql, (sql_match, limit))]

    def _candidates(self, query: _Query) -> list[_Doc]:
        if not query.terms:
            return []
        rare, common = self._plan(query)
        extra = len(query.exclude_rowids)
        any_rare = " OR ".join(_fts_phrase(t) for t in rare)
        all_common = " AND ".join(_fts_phrase(t) for t in common)
        rowids: list[int] = []
        if rare:
            rowids += self._rowids(any_rare, True, CANDIDATES + extra)
        if common:
            found = self._rowids(all_common, False, CANDIDATES + extra)
            if len(found) < CANDIDATES // 4 and len(common) > 2:
                found += self._rowids(" AND ".join(_fts_phrase(t) for t in common[:2]), False, CANDIDATES + extra)
            rowids += found
        if query.authority:
            meta = f"meta : {_fts_phrase(authority_term(query.authority))}"
            if rare:
                rowids += self._rowids(f"{meta} AND ({any_rare})", True, AUTHORITY_CANDIDATES + extra)
            if common:
                rowids += self._rowids(f"{meta} AND {all_common}", False, AUTHORITY_CANDIDATES + extra)
        wanted = [r for r in dict.fromkeys(rowids) if r not in query.exclude_rowids]
        docs = self._fetch("rowid", wanted)
        if query.dropped:
            self._renorm(docs, query)
        return docs

    def _renorm(self, docs: list[_Doc], query: _Query) -> None:
        """Each record's stored norm was summed with the whole index's idf; with records left out,
        recompute it from the counts without them (leave-one-out only: a normal query never pays)."""
        terms = list({t for d in docs for t in d.tterms | d.bterms})
        df = self._df(terms)
        idf = {t: math.log(1.0 + query.n_docs / max(n - query.dropped[t], 1)) for t, n in df.items()}
        for d in docs:
            d.norm = sum(idf.get(t, 0.0) for t in d.tterms) + BODY_WEIGHT * sum(idf.get(t, 0.0) for t in d.bterms)

    def ids_at(self, urls: Collection[str]) -> dict[str, list[str]]:
        """The ids of the pack's records published at each address in URLS (the same page by
        importers.normalise_url: no #fragment or trailing slash, http = https, host case), for `exclude`:
        leaving out a request's own record when scoring on requests whose answers are in the pack."""
        from askfoi.importers import normalise_url

        wanted = {normalise_url(u): u for u in urls if isinstance(u, str) and u.strip()}
        found: dict[str, list[str]] = {u: [] for u in wanted.values()}
        if wanted:
            for rid, url in self.con.execute("SELECT id, url FROM docs"):
                key = normalise_url(url or "")
                if key in wanted:
                    found[wanted[key]].append(rid)
        return found

    def _fetch_by_ids(self, ids: Collection[str]) -> list[_Doc]:
        return self._fetch("id", list(ids))

    def _fetch(self, column: str, values: list) -> list[_Doc]:
        out: list[_Doc] = []
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.con.execute(
                "SELECT rowid, id, authority, atype, title, outcome, ncnd, sections, url, date, framing, "
                f"tterms, bterms, norm, grp, src, topics, tgt FROM docs WHERE {column} IN ({marks})", chunk
            ):
                out.append(_Doc(
                    row[0], row[1], row[2], row[3], row[4], row[5], None if row[6] is None else bool(row[6]),
                    [s for s in row[7].split("|") if s], row[8], row[9], row[10],
                    set(row[11].split()), set(row[12].split()), row[13], row[14], row[15] or "",
                    tuple(t for t in (row[16] or "").split("|") if t), bool(row[17]),
                ))
        return out

    # --- scoring --------------------------------------------------------------------------------

    def _score(self, docs: list[_Doc], query: _Query) -> list[_Doc]:
        qnorm = sum(query.terms.values())
        if not qnorm:
            return []
        for d in docs:
            shared = 0.0
            for t, w in query.terms.items():
                if t in d.tterms:
                    shared += w
                elif t in d.bterms:
                    shared += BODY_WEIGHT * w
            if not shared:
                continue
            # geometric mean of "how much of the query the record covers" and the reverse
            sim = math.sqrt((shared / qnorm) * min(1.0, shared / max(d.norm, 1e-9)))
            if query.authority and d.authority == query.authority:
                sim *= 1.15
            elif query.atype and d.atype == query.atype:
                sim *= 1.05
            if query.framing < 0 < d.framing:
                sim *= 0.75  # a covert record is a poor guide to an overt question
            elif query.framing > 0 and (d.framing > 0 or d.ncnd):
                sim *= COVERT_BOOST  # a covert question: the records that met covert use come first
            d.score = round(min(1.0, sim), 4)
        ranked = [d for d in docs if d.score >= MIN_SCORE]
        ranked.sort(key=lambda d: (-d.score, d.rowid))
        return ranked

    def _rates(self, counts: dict[str, int] | None, excluded: list[_Doc], key: str, attr: str) -> Counter:
        out = Counter({o: n for o, n in (counts or {}).items() if o in FINAL})
        for d in excluded:
            if getattr(d, attr) == key and d.outcome in out:
                out[d.outcome] -= 1
        return +out

    def _base(self, atype: str | None, excluded: list[_Doc], sources: tuple[str, ...] = ()) -> dict[str, float]:
        """Outcome rates for that kind of authority (all kinds when unknown), lightly smoothed; with
        `sources`, the rates of that population (records of those source types), pulled toward the
        kind's rates by SOURCE_PRIOR records: a decision notice is mostly about a refusal, a
        disclosure log mostly about answers given."""
        kind = self._kind_base(atype, excluded)
        if not sources or not self.src_counts:
            return kind
        counts: Counter = Counter()
        for t, by_src in self.src_counts.items():
            if atype and atype in self.src_counts and t != atype:
                continue
            for s in sources:
                counts += Counter({o: n for o, n in by_src.get(s, {}).items() if o in FINAL})
        for d in excluded:
            if d.src in sources and (not atype or atype not in self.src_counts or d.atype == atype) and counts[d.outcome] > 0:
                counts[d.outcome] -= 1
        n = sum(counts.values())
        return {o: (counts[o] + SOURCE_PRIOR * p) / (n + SOURCE_PRIOR) for o, p in kind.items()}

    def _kind_base(self, atype: str | None, excluded: list[_Doc]) -> dict[str, float]:
        if atype and atype in self.type_counts:
            base = self._rates(self.type_counts[atype], excluded, atype, "atype")
        else:
            base = Counter()
            for t, c in self.type_counts.items():
                base += self._rates(c, excluded, t, "atype")
        total = sum(base.values())
        return {o: (base[o] + 0.5) / (total + 0.5 * len(FINAL)) for o in FINAL}

    def _own(self, query: _Query, base: dict[str, float], excluded: list[_Doc]) -> dict[str, float]:
        """The authority's own record, pulled toward the base rates until it has many answers."""
        if not query.authority or query.authority not in self.auth_counts:
            return base
        own = self._rates(self.auth_counts[query.authority], excluded, query.authority, "authority")
        n = sum(own.values())
        return {o: (own[o] + AUTHORITY_SHRINK * p) / (n + AUTHORITY_SHRINK) for o, p in base.items()}

    def _group_counts(self, neighbours: list[_Doc], excluded: list[_Doc]) -> dict[str, Counter]:
        """Outcome counts of every same-title group among the neighbours, held-out records removed:
        a request sent to hundreds of councils is judged on all their answers, not a sample."""
        keys = list(dict.fromkeys(title_key(d.tterms) for d in neighbours))
        counts: dict[str, Counter] = {k: Counter() for k in keys}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for tkey, outcome, n in self.con.execute(
                f"SELECT tkey, outcome, n FROM groups WHERE tkey IN ({marks})", chunk
            ):
                if outcome in FINAL:
                    counts[tkey][outcome] += n
        for d in excluded:
            c = counts.get(title_key(d.tterms))
            if c is not None and c[d.outcome] > 0:
                c[d.outcome] -= 1
        return counts

    def _similar(
        self, neighbours: list[_Doc], base: dict[str, float], excluded: list[_Doc], covert: bool = False
    ) -> dict[str, float]:
        """What similar records say, around the base rates. Each same-title group votes once with
        all its answers, at its best member's weight. For a covert question, a record whose answer
        neither confirmed nor denied part of the request (typically the covert part, beside "not held"
        or a disclosure about overt use) votes NCND: that is how the covert question was answered."""
        groups = self._group_counts(neighbours, excluded)
        votes: Counter = Counter()
        mass = 0.0
        seen: set[str] = set()
        for d in neighbours:
            key = title_key(d.tterms)
            if key in seen:
                continue
            seen.add(key)
            if covert and d.ncnd:
                counts = Counter({Outcome.ncnd.value: 1})
            else:
                counts = groups.get(key) or Counter({d.outcome: 1})
            for o, n in counts.items():
                votes[o] += d.weight * n
                mass += d.weight * n
        return {o: (votes[o] + PRIOR_WEIGHT * b) / (mass + PRIOR_WEIGHT) for o, b in base.items()}

    def _peers(self, query: _Query, neighbours: list[_Doc], base: dict[str, float],
               excluded: list[_Doc]) -> dict[str, float]:
        """How the closest same-title group was answered, each other authority's answer weighted by
        how often it answered like this authority on the other requests both received. Many
        WhatDoTheyKnow requests go to hundreds of councils at once; councils that answered alike
        before tend to answer alike again. The base rates when there is nothing to go on."""
        others = [d for d in neighbours if d.authority != query.authority]
        if not query.authority or not others or others[0].score < PEER_MIN_SCORE:
            return base  # no request of the same wording: a loosely similar group is no round-robin
        target = others[0].grp  # its own answers would be compared with themselves
        skip = {d.id for d in excluded}
        members = [
            (a, o) for i, a, o in self.con.execute(
                "SELECT id, authority, outcome FROM docs WHERE grp = ? LIMIT ?", (target, PEER_MEMBERS))
            if i not in skip and o in FINAL and a != query.authority
        ]
        if len(members) < PEER_MIN_MEMBERS:
            return base  # a lone record is no round-robin: "peers" would be one answer, over-trusted
        mine: dict[int, Counter] = {}
        for i, g, o in self.con.execute(
            "SELECT id, grp, outcome FROM docs WHERE authority = ? LIMIT ?", (query.authority, PEER_HISTORY)
        ):
            if i not in skip and o in FINAL and g != target:
                mine.setdefault(g, Counter())[o] += 1
        peers = {a for a, _ in members}
        theirs: dict[tuple[str, int], Counter] = {}
        grps = list(mine)
        if grps:
            marks = ",".join("?" * len(grps))
            for i, g, a, o in self.con.execute(
                f"SELECT id, grp, authority, outcome FROM docs WHERE grp IN ({marks}) LIMIT ?",
                (*grps, PEER_ROWS),
            ):
                if a in peers and o in FINAL and i not in skip:
                    theirs.setdefault((a, g), Counter())[o] += 1
        # one answer per authority per request (its usual one), so a repeated title counts once
        agree: Counter = Counter()
        shared: Counter = Counter()
        for (a, g), c in theirs.items():
            shared[a] += 1
            agree[a] += _usual(c) == _usual(mine[g])
        votes: Counter = Counter()
        for a, o in members:
            votes[o] += ((agree[a] + 0.5) / (shared[a] + 1.0)) ** PEER_EXPONENT
        total, n = sum(votes.values()), len(members)
        return {o: (votes[o] * n / total + b) / (n + 1.0) for o, b in base.items()}

    def experts(self, text: str, authority: str | None = None, *, exclude: Collection[str] = (),
                source_type: str | None = None) -> Experts:
        """The forecast's ingredients for one request (what `combine` weighs); evaluation tunes the
        weights on these without re-running the search."""
        text = text if isinstance(text, str) else ""
        excluded = self._fetch_by_ids(exclude) if exclude else []
        query = self._query(text, authority, excluded)
        query.sources = _sources(source_type)
        ranked = self._score(self._candidates(query), query)
        return self._experts(ranked, query, excluded)

    def _experts(self, ranked: list[_Doc], query: _Query, excluded: list[_Doc]) -> Experts:
        # fc23: one body's near-identical answers (same outcome and NCND status) are one neighbour, its best-scored:
        # six templated answers of one force to six drone requests must not outvote the other forces' answers
        subject = self._subject_terms(query) if query.atype and KIND_NEIGHBOURS else set()
        neighbours = collapse_repeats([d for d in ranked[:NEIGHBOURS * 2] if d.outcome in FINAL
                                       and not self._other_kind_alone(d, query, subject)])[:NEIGHBOURS]
        for d in neighbours:
            d.weight = d.score**2
            if query.framing < 0 and d.outcome == Outcome.ncnd.value:
                d.weight *= OVERT_NCND  # NCND answers (about covert use) say little about an overt question
            elif query.framing > 0 and (d.framing > 0 or d.ncnd):
                d.weight *= 1.5  # for a covert question, covert records and NCND answers say most
        atype = query.atype or _kind_vote(neighbours)
        base = self._base(atype, excluded, query.sources)
        return Experts(
            base=base,
            similar=self._similar(neighbours, base, excluded, covert=query.framing > 0),
            own=self._own(query, base, excluded),
            peers=self._peers(query, neighbours, base, excluded),
            neighbours=neighbours,
        )

    def _body_words(self) -> frozenset[str]:
        """The index terms of the names of the bodies in the pack ("lewisham", "bristol", "city"): words of a place or a
        body, never the subject a request asks about."""
        if getattr(self, "_body_words_cache", None) is None:
            names = list(self.auth_counts)
            try:  # the bodies askfoi knows, and the hospitals by their sites ("st thomas"), beside the pack's
                from askfoi.authorities import default_index
                from askfoi.knowledge import load_vocab

                names += [a.name for a in default_index().authorities]
                sites, _ = load_vocab("hospital_sites")
                names += [n for tr in (sites or {}).get("trusts") or [] for st in tr.get("sites") or []
                          for n in st.get("names") or []]
            except Exception:  # noqa: BLE001 - the pack's own bodies are enough to go on
                pass
            self._body_words_cache = frozenset(t for name in names for t in self.vocab.terms(str(name or ""))
                                               if not t.startswith("zz"))
        return self._body_words_cache

    def topic_listing(self, ranked: list[_Doc], query: _Query, top: int, text: str = "") -> list[_Doc]:
        """ck31 (nu33 #12): the similar responses to list, ranked by what is asked, not by who answered: each record
        scored on the request's words less the names of the bodies (the one asked, the record's own, and any body the
        text names in full: "bristol city council") and less the words that name no subject; only records at least
        CLOSE_TOPIC alike are listed, so an unrelated answer of the same body is never offered as a guide. The
        forecast (`ranked`) is unchanged."""
        generic = _generic_terms()
        query_terms = set(query.terms)
        named: set[str] = set(self.vocab.terms(query.authority or ""))
        for d in ranked:  # a body the text names in full: its name is no topic word
            name = {t for t in self.vocab.terms(d.authority or "") if t not in generic}
            if name and name <= query_terms:
                named |= name
        # a word no record holds ("unicorns") is still what is asked: it weighs as the rarest word, so records that
        # share only the words around it ("parks", "counted") are not close
        unseen = {t: math.log(1.0 + max(query.n_docs, 1)) for t in self.vocab.terms(text)[:MAX_QUERY_TERMS]
                  if t not in query.terms and not t.startswith("zz") and t not in generic and t not in named}
        # the most specific word asked (the rarest, leaving out words of bodies' and places' names, "lewisham"): a
        # record that does not hold it is about something else ("litter fines" for fines on e-scooters)
        places = self._body_words()
        asked = {**query.terms, **unseen}
        # (a long request names its subject in several words: one of its rarest third will do; a concept the words
        # belong to, "zz" terms, stands for its synonyms: "BWV" is "body-worn video")
        words = sorted((t for t in asked if t not in generic and t not in named and t not in places
                        and not t.startswith("zz")), key=lambda t: -asked[t])
        keys = set(words[:max(1, len(words) // 3)]) | {t for t in asked if t.startswith("zz")}
        subject = set(words) | {t for t in asked if t.startswith("zz")}
        # a word that is itself a phrase of a concept asked ("CHIS" of zzchis) weighs once, as the concept: a record
        # worded otherwise ("covert human intelligence sources") holds all of it
        weighed = {t for t in subject if t.startswith("zz") or not any(
            c.startswith("zz") and c in subject for c in self.vocab.terms(t))}
        scored = []
        for d in ranked:
            if subject and self._other_kind_alone(d, query, subject):
                continue  # fc34: another kind of body's answer sharing one subject word ("firms") is about something else
            terms = {t: w for t, w in asked.items() if t not in generic and t not in named
                     and t not in self.vocab.terms(d.authority or "")}
            qnorm = sum(terms.values())
            shared = sum(w if t in d.tterms else BODY_WEIGHT * w if t in d.bterms else 0.0 for t, w in terms.items())
            if not qnorm or not shared:
                continue
            if words and not self._holds_subject(d, keys, weighed, asked, len(words), shared / qnorm):
                continue
            alike = math.sqrt((shared / qnorm) * min(1.0, shared / max(d.norm, 1e-9)))
            if alike >= CLOSE_TOPIC:
                if query.framing < 0 < d.framing:  # covert and overt kept apart, as the forecast's ranking does
                    alike *= 0.75
                elif query.framing > 0 and (d.framing > 0 or d.ncnd):
                    alike *= COVERT_BOOST
                scored.append((alike, d))
        # fc34: answers of the named body's kind first (police for a force, councils for a council), then the closest;
        # nx76 (nc73 #15): within a kind, answers under the asked body's own law first (a Scottish body's FOISA / EISR
        # answers before English ones: their sections and appeal route are the ones this request will meet)
        scottish = query.regime in ("FOISA", "EISR") if query.regime else None
        scored.sort(key=lambda x: (bool(query.atype) and x[1].atype != query.atype,
                                   scottish is not None and _scottish_doc(x[1]) != scottish, -x[0], -x[1].score))
        return [d for _, d in scored[:top]]

    @staticmethod
    def _holds_subject(d: _Doc, keys: set[str], subject: set[str], asked: dict[str, float], n_words: int,
                       alike_share: float) -> bool:
        """lead46: D is about the request's subject (KEY_WORDS, KEY_SHARE, KEY_SHORT): a short subject ("parking
        fines") is held when D holds its rarest word and most of its weight; a long request's when D holds one of its
        rarest third (KEYS) or shares KEY_SHARE of what is asked (ALIKE_SHARE: its words, places too)."""
        held = d.tterms | d.bterms
        if n_words < KEY_WORDS:
            weight = sum(asked[t] for t in subject)
            share = sum(asked[t] for t in subject if t in held) / weight if weight else 0.0
            return bool(keys & held) and share >= KEY_SHORT
        return bool(keys & held) or alike_share >= KEY_SHARE

    def _subject_terms(self, query: _Query) -> set[str]:
        """fc34: the words of a request that name its subject: not generic, not a body's or a place's name."""
        generic, places = _generic_terms() | _support_generic(), self._body_words()  # "mr", months: no subject (fc31)
        named = set(self.vocab.terms(query.authority or ""))
        return {t for t in query.terms if t.startswith("zz") or (t not in generic and t not in named and t not in places)}

    def _other_kind_alone(self, d: _Doc, query: _Query, subject: set[str]) -> bool:
        """fc34: D is an answer of another kind of body than the one asked that shares fewer than OTHER_KIND_WORDS of
        the request's subject words, and those are not most of what its own title is about (more than half of its
        title's subject words): a one-word overlap
        ("firms" with the FCA's "Information on authorised firms", "data") carries no answer of an unrelated kind,
        while "Use of drones" by a force still guides a council's drone question."""
        if not query.atype or not d.atype or d.atype == query.atype or not subject:
            return False
        shared = subject & (d.tterms | d.bterms)
        if len(shared) >= OTHER_KIND_WORDS:
            return False
        generic = _generic_terms() | _support_generic()
        own = {t for t in d.tterms if not t.isdigit() and (t.startswith("zz") or (
            t not in generic and t not in self.vocab.terms(d.authority or "")))}
        return not shared or 2 * len(shared & own) <= len(own)

    def _result(self, ranked: list[_Doc], query: _Query, excluded: list[_Doc], top: int, text: str,
                parts: list[tuple[str, str]] | None = None) -> MatchResult:
        listed = self.topic_listing(ranked, query, top, text)
        listed_final = [d for d in listed if d.outcome in FINAL]
        whole = self._forecast_part(text, ranked, query, excluded)
        if parts and (len(parts) > 1 or parts[0][1] != text or parts[0][0] != text):
            part_forecasts = []
            # fc27: a request goes to one body, so its parts share one kind of body: the body's when known, else the one
            # the whole text's neighbours point to (each part's own neighbours gave the parts of one police request
            # different kinds, and so different NCND bars and base rates)
            kind = query.atype or self._kind_of(ranked)
            for shown, read in parts:
                pq = self._query(read, query.authority, excluded)
                pq.authority, pq.atype, pq.sources = query.authority, kind, query.sources
                pq.regime, pq.source_given = query.regime, query.source_given
                part_forecasts.append(self._forecast_part(read, self._score(self._candidates(pq), pq), pq, excluded,
                                                          shown=shown, n_parts=len(parts)))
        else:
            part_forecasts = [whole]
        # The whole request from its parts (`whole_outcomes`); NCND when any part's is.
        whole_probs = whole_outcomes([{o.outcome.value: o.probability for o in pf.outcomes} for pf in part_forecasts],
                                     withheld=[pf.ncnd_likely for pf in part_forecasts])
        # fc28: the whole request's size (a breakdown by month, by several categories, a detail for each case, many
        # years) is evidence of a cost refusal that the nearest titles do not carry (askfoi/request_size.py)
        whole_probs = with_size(whole_probs, text, query.atype or self._kind_of(ranked))
        outcomes = [
            OutcomeProbability(outcome=Outcome(o), probability=round(p, 4))
            for o, p in sorted(whole_probs.items(), key=lambda kv: (-kv[1], FINAL.index(kv[0])))
        ]
        _fix_rounding(outcomes)
        if not listed:
            # lw53 (nc53 #11): "No close match" and "0 of 3 closest past answers ..." together contradict each other:
            # with no past answer close enough to list, a part not warned of NCND carries no neighbour count
            part_forecasts = [pf if pf.ncnd_likely else pf.model_copy(update={"evidence": [
                e for e in pf.evidence if not _NEIGHBOUR_COUNT_SAID.fullmatch(e)]}) for pf in part_forecasts]
        ncnd_likely = any(pf.ncnd_likely for pf in part_forecasts)
        confidence = whole.confidence
        sections = Counter(s for d in listed_final for s in d.sections)
        section_counts = [SectionCount(section=s, count=n) for s, n in sections.most_common()]
        evidence = list(dict.fromkeys(e for pf in part_forecasts if pf.ncnd_likely for e in pf.evidence))[:2]
        explained = next((pf for pf in part_forecasts if pf.ncnd_likely and pf.why), None)
        why = explained.why if explained is not None else None
        ask_instead = explained.ask_instead if explained is not None else None
        warned = explained or next((pf for pf in part_forecasts if pf.ncnd_likely), None)
        summary = self._summary(text, query, listed, listed_final, outcomes, confidence, ncnd_likely, evidence,
                                why=why, ask_instead=ask_instead, about=warned.about if warned is not None else None,
                                unwarned_parts=sum(1 for pf in part_forecasts if not pf.ncnd_likely))
        forecast = Forecast(
            outcomes=outcomes, ncnd_likely=ncnd_likely, sections=section_counts,
            confidence=confidence, summary=summary, parts=part_forecasts, why=why, ask_instead=ask_instead,
        )
        similar = [
            SimilarResponse(
                id=d.id, authority=d.authority, title=d.title, outcome=Outcome(d.outcome), ncnd=d.ncnd,
                sections=d.sections, score=d.score, url=d.url, date=d.date, authority_type=d.atype,
            )
            for d in listed
        ]
        return MatchResult(forecast=forecast, similar=similar)

    @staticmethod
    def _kind_of(ranked: list[_Doc]) -> str | None:
        """The kind of body most of a text's nearest answers come from (as `_experts` picks its neighbours)."""
        neighbours = collapse_repeats([d for d in ranked[:NEIGHBOURS * 2] if d.outcome in FINAL])[:NEIGHBOURS]
        return _kind_vote(neighbours)

    def _forecast_part(self, text: str, ranked: list[_Doc], query: _Query, excluded: list[_Doc],
                       shown: str | None = None, n_parts: int = 1) -> PartForecast:
        """One part's outcomes, NCND likelihood and evidence. NCND: where the part touches a topic of
        knowledge/ncnd_topics.yaml and the pack holds enough known answers to questions on it framed the
        same way (covert, or limited to overt use), their counted share decides; otherwise the close neighbours whose NCND status is known do (most of
        their weight must say NCND). Records with unknown NCND are no evidence; --top plays no part."""
        from askfoi.ncnd_topics import (MIN_EVIDENCE, NCND_SHARE, answered_openly, asked_text, asks_about_case,
                                        asks_advised, asks_specific, asks_spend, evidence_for, fitting_evidence)

        from askfoi.ncnd_topics import law_rules_topics, published_rules, published_totals, totals_topics

        experts = self._experts(ranked, query, excluded)
        neighbours = experts.neighbours
        good = [d for d in neighbours if d.score >= GOOD_SCORE]
        confidence = _confidence(ranked, good)
        atype = query.atype or _kind_vote(neighbours)
        topics = evidence_for(text, atype, self.ncnd_counts)
        governed = law_rules_topics(shown or text) or law_rules_topics(text)  # fm101
        rules_only = bool(governed) and not topics and not one_subject(text)
        # fm102: a part asking only for yearly totals of a surveillance power's authorisations, narrowed to nothing
        # ("how many directed surveillance authorisations were granted in 2023"): what the topic's advice offers
        totalled = [] if rules_only else (totals_topics(shown or text) or totals_topics(text))
        totals_only = bool(totalled) and not topics and not one_subject(text)
        published = (published_rules(governed, query.regime in ("FOISA", "EISR")) if rules_only
                     else published_totals(totalled) if totals_only else None)
        model = self.model
        if model is not None:
            feats = self._features(text, query, experts, topics, excluded)
            probs = with_prior(model.outcome_probs(feats), experts.own, model.prior_weight)
        if model is not None and experts.peers is not experts.base:
            # a round-robin (the same wording answered by several other bodies): the expert mix built and
            # measured for it (make eval-loo) is kept; the learnt model, trained on harvested records with
            # hardly any round-robins, does worse there
            probs = temper(combine(experts), TEMPERATURE[confidence] * CALIBRATION)
        elif model is None:
            probs = temper(combine(experts), TEMPERATURE[confidence] * CALIBRATION)
        outcomes = [
            OutcomeProbability(outcome=Outcome(o), probability=round(p, 4))
            for o, p in sorted(probs.items(), key=lambda kv: (-kv[1], FINAL.index(kv[0])))
        ]
        _fix_rounding(outcomes)
        evidence = [line for e in topics if e.known for line in (e.sentence(), e.overt_sentence()) if line]
        weighed = [e for e in topics if e.known >= MIN_EVIDENCE]
        # fm100: a body with too few counted answers of its own on a topic is weighed on all bodies' answers, but a council
        # or a fire service is not weighed on police forces' answers about their capabilities (evidence_kinds.yaml): the
        # answers that speak for it decide: a topic with too few of them, or whose answers that speak for it mostly did not
        # use NCND (councils', NHS bodies' and government's drone answers: 0 of 4), is no evidence for it (`unfit`)
        fit = {e.topic: fitting_evidence(e, atype, self.ncnd_counts) for e in topics}
        unfit = [e for e in topics if fit[e.topic] is not None and not (
            fit[e.topic][1] >= MIN_EVIDENCE and fit[e.topic][0] / fit[e.topic][1] >= NCND_SHARE)]
        fitting = [e for e in topics if e not in unfit]
        evidence += [_unfit_sentence(fit[e.topic], atype, e.label) for e in topics if fit[e.topic] is not None]
        subject = self._subject_terms(query) if query.atype else set()
        related = [d for d in neighbours if not self._other_kind_alone(d, query, subject)]  # fc34: the evidence
        close = [d for d in related if good and d.score >= CLOSE * good[0].score and d.ncnd is not None and not d.targeted]
        close_mass = sum(d.weight for d in close)
        ncnd_mass = sum(d.weight * (OVERT_NCND if query.framing < 0 else 1.0) for d in close if d.ncnd)
        if model is not None:
            # the learnt NCND forecast decides (topic shares and neighbours are among its features); the
            # evidence stays the pack's true counts
            p_model = model.ncnd_probability(feats)
            # a text nothing in the pack resembles, on no NCND topic, gives no evidence to warn on; a part
            # limited to overt use in so many words ("overt drone deployments") is warned only on the
            # counted answers to overt questions (issue 9: covert unless limited to overt use)
            hits = self.vocab.framing_hits(text)
            overt_only = hits["explicit_overt"] > 0 and not hits["covert"]
            # a text of several parts is warned when any part's is: each part's bar rises with their number
            # (LONG_TEXT_NCND), or a long text would be warned on chance alone
            rise = model.long_text_ncnd
            # the learnt forecast's bar and the topic rule's (fc10), chosen together by `make model` per kind of body
            t_model, share_bar = model.ncnd_bars(atype, on_topic=bool(topics))
            bar = t_model * (1.0 + (LONG_TEXT_NCND if rise is None else rise) * math.log(max(1, n_parts)))
            # fc23: structure and evidence together. A part asking to confirm covert use, existence, involvement, an
            # investigation or a named person, on an NCND topic whose counted answers include NCND, is warned on
            # weaker evidence (its bar x CONFIRM_BAR); a part counting overt, routine things needs strong
            # neighbours (below)
            shape = part_shape(text, topics)
            if shape == "confirm":
                bar *= CONFIRM_BAR
            scale = model.ncnd_bar_scale(atype)  # fc27: the bar as chosen after the rules below
            ncnd_likely = (p_model >= bar * scale and bool(ranked or topics)
                           and (not overt_only or any(e.likely for e in weighed)))
            # fc20: a part on no NCND topic is warned only when a close past answer that used NCND shares a word of
            # its subject (not the body's name, not a generic word): the learnt forecast alone warned ordinary police
            # requests (counts of complaints, staffing, budgets) on the kind of body and neighbours alike in name only
            support = None
            gates = [] if ncnd_likely else ["below bar" if p_model < bar * scale else "overt only"]
            # fc48: the subject's words must be words the part asks about, not the name of an inquiry, what some
            # requests were about or the story of a request already sent (askfoi/ncnd_topics.py `asked_text`)
            asked = asked_text(shown or text)
            allowed = set(self.vocab.terms(asked)) if asked != (shown or text) else None
            if ncnd_likely and not topics:
                support = self._subject_support(query, neighbours[:NEAR], allowed)
                ncnd_likely = support is not None or (atype not in NO_OVERRIDE_KINDS and p_model >= bar * scale * (
                    SUPPORT_OVERRIDE * (1.0 + OVERRIDE_LONG_TEXT * math.log(max(1, n_parts)))))
                gates += [] if ncnd_likely else ["no subject support"]
            elif ncnd_likely and not fitting:
                # fm100: the part's only NCND topics are weighed on answers of kinds that do not speak for this body (a
                # council's drones on police answers): it is warned only on a past NCND answer of a kind that does,
                # sharing a word of its subject (fc20), never on the learnt forecast alone, whose rating rests on them
                support = self._subject_support(query, self._fitting_near(neighbours[:NEAR], atype), allowed)
                ncnd_likely = support is not None
                gates += [] if ncnd_likely else ["evidence of another kind"]
            if ncnd_likely and shape == "routine":
                # fc23: a count of overt, routine things is warned only when enough of the close neighbours' weight used NCND
                ncnd_likely = close_mass > 0 and sum(d.weight for d in close if d.ncnd) / close_mass >= ROUTINE_NN_SHARE
                gates += [] if ncnd_likely else ["routine"]
            # fc26: the reverse of the topic rule below: a part whose every NCND topic is one this kind of body answers
            # openly even when asked about covert use (`answered_openly`: ANPR, CCTV and body-worn video) is not warned on
            # the learnt forecast or a neighbour, unless it asks to confirm something
            # fc31: unless the part asks for the records of one identifiable person, vehicle or home (s40(5B), s30(3)):
            # how often forces answered camera questions openly says nothing of one person's car
            one = one_subject(text)
            if ncnd_likely and topics and shape != "confirm" and not one and all(
                    answered_openly(e.topic, atype, self.ncnd_counts) for e in topics):
                ncnd_likely = False
                gates.append("answered openly")
            # fc36: a part asking what was paid or spent (covert_terms.yaml spend_words), framed as an overt question, on
            # topics whose counted answers to overt questions, for this kind of body, were hardly ever NCND ("the total
            # paid to informants each year": 0 of 9 police answers) is not warned on the learnt forecast or a neighbour,
            # unless it asks to confirm something or is about one person: it is what the warning itself says to ask
            # fc41: not when the part asks what one source was paid (the largest single payment, each informant's amount)
            # or what was spent on a chosen target: such a figure could point at one person (covert_terms.yaml specific_words)
            if ncnd_likely and topics and shape != "confirm" and not one and asks_spend(shown or text) and not asks_specific(
                    shown or text) and all(
                    not e.covert and e.known >= OVERT_OPEN_KNOWN and e.share < OVERT_OPEN_SHARE for e in topics):
                ncnd_likely = False
                gates.append("overt answered")
            # the topic rule: a topic whose counted answers of this kind mostly enough used NCND warns the part
            # whatever the learnt forecast says; the warning leads with that topic's evidence
            # fc20: only for a question asking about covert use; the counted answers to questions limited to overt use
            # pool a topic's technologies (drone counts with Palantir contracts) and warned overt counts (drone fleets)
            # fm100: a part asking only for a record every topic it touches advises asking for instead (the policy, the
            # impact assessment: ncnd_topics.yaml `advised`) is not warned on those topics, nor on the learnt forecast or
            # a neighbour: the warning must not warn the rewrite its own advice offers ("what usually gets answered
            # instead: ... the policy"). The person-case route below still applies
            advised = bool(topics) and shape != "confirm" and not one and all(
                asks_advised(e.topic, shown or text) for e in topics)
            if ncnd_likely and advised:
                ncnd_likely = False
                gates.append("advised")
            # fm101: a part naming a tactic only as what the law's own rules govern ("what rank of officer can authorise
            # covert surveillance", the code of practice on informants) is no NCND question: the ncnd-risk check reads
            # the same spans (ncnd_asked.yaml via `asked_text`), so the learnt forecast or a neighbour does not warn it
            if ncnd_likely and rules_only:
                ncnd_likely = False
                gates.append("law rules")
            # fm102: a part asking only for yearly totals of a surveillance power (ncnd_asked.yaml `totals_*`) is what the
            # covert topics' advice offers: the check reads the same spans (`asked_text`), and the learnt forecast or a
            # neighbour does not warn it either (the pack's NCND answers on such counts were each narrowed to a target)
            if ncnd_likely and totals_only:
                ncnd_likely = False
                gates.append("totals")
            ruled = sorted((e for e in weighed if e.covert and share_bar is not None and e.share >= share_bar
                            and not advised and _fits_rule(fit[e.topic], share_bar)), key=lambda e: -e.share)
            if ruled:
                ncnd_likely = True
                evidence = [_topic_warning(ruled[0], query.regime in ("FOISA", "EISR"))] + [
                    x for x in evidence if x != ruled[0].sentence()]
            # fc44: the person-case route. A part about one identifiable person (a topic with `case_words`) asking to
            # confirm a personal matter of theirs (a complaint about them, an investigation, a disciplinary step, a
            # suspension, a whistleblowing report) is warned for every kind of body whatever the learnt forecast says:
            # confirming or denying that such records are held would itself disclose the matter (s40(5B)). The learnt
            # forecast sat within a hair of the shared group's bar on such parts, so a refit moved the warning either way.
            case = [e for e in topics if shape == "confirm" and asks_about_case(e.topic, shown or text)]
            by_case = bool(case) and not ncnd_likely
            if by_case:
                ncnd_likely = True
                gates.append("person case")
                evidence.insert(0, "this part asks whether one identifiable person was complained about, investigated, "
                                   "disciplined or reported: saying whether such records are held would itself disclose "
                                   "that about them (FOIA s40(5B); in Scotland, FOISA s18(1) with s38)")
            if self.ncnd_trace is not None:
                # each rule's verdict whatever the bar (bench/ncnd_why.py replays other bars with them)
                would = {"support": bool(fitting) or self._subject_support(query, self._fitting_near(
                             neighbours[:NEAR], atype) if topics else neighbours[:NEAR], allowed) is not None,
                         "routine": shape != "routine" or (close_mass > 0 and sum(
                             d.weight for d in close if d.ncnd) / close_mass >= ROUTINE_NN_SHARE),
                         "open": not (topics and shape != "confirm" and not one and all(
                             answered_openly(e.topic, atype, self.ncnd_counts) for e in topics)),
                         "overt": not overt_only or any(e.likely for e in weighed), "ranked": bool(ranked or topics),
                         "advised": not advised, "rules": not rules_only, "totals": not totals_only}  # fm100-fm102
                self.ncnd_trace.append({"would": would, "p": round(p_model, 4), "bar": round(bar, 4), "scale": scale,
                                        "group": atype if (atype or "") in model.ncnd_thresholds else "*", "topics": [e.topic for e in topics],
                                        "weighed": [(e.topic, e.covert, e.known, round(e.share, 3)) for e in weighed],
                                        "shape": shape, "overt_only": overt_only, "n_parts": n_parts, "support": support is not None,
                                        "ruled": bool(ruled), "case": bool(case), "likely": ncnd_likely, "atype": atype,
                                        "gates": gates,
                                        "support_terms": self._support_terms(query, support) if support is not None else []})
            if close:
                n_ncnd = sum(1 for d in close if d.ncnd)
                evidence.append(_NEIGHBOUR_COUNT.format(n=n_ncnd, k=len(close)))
            if ncnd_likely and one:
                evidence.insert(0, "this part asks for the records of one identifiable person or vehicle: saying whether "
                                   "they are held would itself say something about that person (s40(5B) for someone "
                                   "else's; for your own, s40(5A) and a subject access request)")
            if ncnd_likely:
                evidence.extend(_ncnd_support(topics, [support] if support is not None else related[:NEAR],
                                                scottish=query.regime in ("FOISA", "EISR")))
                if not by_case:  # fc44: the learnt forecast is named only where it said so
                    evidence.append(f"a forecast learnt from {model.meta.get('n_ncnd_trained', 0)} past answers "
                                    "with a known NCND status rates NCND likely for this part")
            lead = ruled[0] if ruled else (case[0] if by_case else None)
            why, ask_instead = explain_ncnd(topics, lead, one, no_overt=_no_overt_use(text),
                                            authority_type=atype) if ncnd_likely else (None, None)
            about = warned_about(text, topics, lead, one, no_overt=_no_overt_use(text)) if ncnd_likely else None
            # fc50: the check's verdict on the words the forecast read (the person's own, for a part the frames rendered)
            return PartForecast(text=" ".join((shown or text).split())[:300], outcomes=outcomes, ncnd_likely=ncnd_likely,
                                evidence=_with_check(_supporting_first(evidence, ncnd_likely), text, atype,
                                                     ncnd_likely, topics, query.atype is not None),
                                confidence=confidence, why=why, ask_instead=ask_instead, about=about,
                                published=None if ncnd_likely else published)
        if weighed:
            ncnd_likely = any(e.likely for e in weighed)
        else:
            ncnd_likely = close_mass > 0 and ncnd_mass / close_mass >= NEIGHBOUR_NCND_SHARE
            if close:
                n_ncnd = sum(1 for d in close if d.ncnd)
                evidence.append(_NEIGHBOUR_COUNT.format(n=n_ncnd, k=len(close)))
        p_ncnd = probs.get(Outcome.ncnd.value, 0.0)
        if not ncnd_likely and p_ncnd >= NCND_OUTCOME_P and not rules_only and not totals_only:
            ncnd_likely = True
            evidence.append(f"the forecast from similar answers gives NCND {p_ncnd:.0%}")
        why, ask_instead = explain_ncnd(topics, None, one_subject(text), no_overt=_no_overt_use(text),
                                        authority_type=atype) if ncnd_likely \
            else (None, None)
        about = warned_about(text, topics, None, one_subject(text), no_overt=_no_overt_use(text)) if ncnd_likely else None
        return PartForecast(text=" ".join((shown or text).split())[:300], outcomes=outcomes, ncnd_likely=ncnd_likely,
                            evidence=_with_check(_supporting_first(evidence, ncnd_likely), text, atype,
                                                 ncnd_likely, topics, query.atype is not None),
                            confidence=confidence, why=why, ask_instead=ask_instead, about=about,
                            published=None if ncnd_likely else published)

    @staticmethod
    def _fitting_near(near: list[_Doc], atype: str | None) -> list[_Doc]:
        """fm100: NEAR without the answers of kinds that do not speak for a body of ATYPE (evidence_kinds.yaml)."""
        from askfoi.ncnd_topics import kinds_left_out

        out = kinds_left_out(atype)
        return [d for d in near if d.atype not in out] if out else near

    def _subject_support(self, query: _Query, near: list[_Doc], allowed: set[str] | None = None) -> _Doc | None:
        """The closest of NEAR that used NCND, scores at least SUBJECT_SUPPORT_SCORE and shares a word of the part's
        subject with it (fc20): a term of the
        part and of the record's title or summary that is no word of either body's name and no generic word
        (knowledge/vocab/ncnd_subject.yaml `generic` and, fc31, `support_only`); None when no such record is among them."""
        generic = _support_generic()
        own = set(self.vocab.terms(query.authority or ""))
        terms = set(query.terms) if allowed is None else set(query.terms) & allowed  # fc48: only words asked about
        for d in near:
            # fc29: an answer gathered by searching for NCND answers is no sample of how such questions are answered
            if not d.ncnd or getattr(d, "targeted", False) or d.score < SUBJECT_SUPPORT_SCORE:
                continue
            bodies = own | set(self.vocab.terms(d.authority or ""))
            if any(t not in bodies and t not in generic for t in (d.tterms | d.bterms) & terms):
                return d
        return None

    def _support_terms(self, query: _Query, d: _Doc) -> list[str]:
        """The words of the part's subject that record D shares with it (for the trace)."""
        generic = _support_generic()
        bodies = set(self.vocab.terms(query.authority or "")) | set(self.vocab.terms(d.authority or ""))
        return sorted(t for t in (d.tterms | d.bterms) & set(query.terms) if t not in bodies and t not in generic)

    def _features(self, text: str, query: _Query, experts: "Experts", topics: list, excluded: list[_Doc]) -> dict[str, float]:
        """The learnt forecast's features of one part (askfoi/forecast_model.py says what each is)."""
        from askfoi.forecast_model import kind_shapes, log_ratio, text_features
        from askfoi.ncnd_topics import MIN_EVIDENCE

        neighbours = experts.neighbours
        atype = query.atype or _kind_vote(neighbours)
        f: dict[str, float] = {f"atype:{atype or 'unknown'}": 1.0, f"regime:{query.regime or 'unknown'}": 1.0}
        if query.source_given:
            f[f"src:{query.source_given}"] = 1.0
        f.update(text_features(text, self.vocab.terms(text)[:MAX_QUERY_TERMS], query.framing))
        f.update(kind_shapes(atype, f))
        for e in topics:
            f[f"ncnd_topic_asked:{e.topic}:{'covert' if e.covert else 'overt'}"] = 1.0
        weighed = [e for e in topics if e.known >= MIN_EVIDENCE]
        if weighed:
            f["topic_share"] = max(e.share for e in weighed)
            f["topic_known"] = min(math.log1p(max(e.known for e in weighed)) / 5.0, 1.5)
        near = neighbours[:NEAR]
        mass = sum(d.weight for d in near)
        if near and mass > 0:
            for d in near:
                f[f"nn:{d.outcome}"] = f.get(f"nn:{d.outcome}", 0.0) + d.weight / mass
                f[f"nnsrc:{d.src or 'unknown'}"] = f.get(f"nnsrc:{d.src or 'unknown'}", 0.0) + d.weight / mass
                for t in d.topics:
                    f[f"nntag:{t}"] = f.get(f"nntag:{t}", 0.0) + d.weight / mass
                if query.authority and d.authority == query.authority:
                    f["nn_same_body"] = f.get("nn_same_body", 0.0) + d.weight / mass
            known = [d for d in near if d.ncnd is not None]
            known_mass = sum(d.weight for d in known)
            if known_mass > 0:
                f["nn_ncnd"] = sum(d.weight for d in known if d.ncnd) / known_mass
            f["nn_ncnd_known"] = len(known) / len(near)
            f["nn_best"] = near[0].score
            f["nn_good"] = min(sum(d.score >= GOOD_SCORE for d in neighbours) / 10.0, 1.0)
        else:
            f["nn_none"] = 1.0
        for o, b in experts.base.items():
            f[f"base:{o}"] = max(-CLIP_LOG, math.log(b)) / CLIP_LOG
            f[f"sim:{o}"] = log_ratio(experts.similar[o], b)
            f[f"own:{o}"] = log_ratio(experts.own[o], b)
            f[f"peers:{o}"] = log_ratio(experts.peers[o], b)
        if query.authority and query.authority in self.auth_counts:
            n_own = sum(self._rates(self.auth_counts[query.authority], excluded, query.authority, "authority").values())
            f["own_n"] = min(math.log1p(n_own) / 5.0, 1.5)
        f.update(_ncnd_evidence_features(topics, atype, f))
        return {k: round(v, 6) for k, v in f.items() if v}

    def _summary(self, text, query, listed, listed_final, outcomes, confidence, ncnd_likely, ncnd_evidence=(),
                 why: str | None = None, ask_instead: str | None = None, about: str | None = None,
                 unwarned_parts: int = 0) -> str:
        """The plain-English paragraph; every count in it is over the listed records. ABOUT (fc50): what the warned
        part is about, named as the person would (`warned_about`): the NCND line leads with it."""
        ncnd_docs = [d for d in listed_final if d.ncnd]
        provisions = self.vocab.ncnd_sections
        ncnd_sections = list(dict.fromkeys(  # fm100: in today's numbering (s40(5) -> s40(5B)), as the part's evidence says them
            s for d in ncnd_docs
            for s in current_sections([x for x in d.sections if d.outcome == Outcome.ncnd.value or x in provisions], d.date)
        ))
        counts = Counter(d.outcome for d in listed_final)
        kinds = {d.atype for d in listed_final}
        text = render(
            "match/summary.txt.j2",
            confidence=confidence,
            framing={1: "covert", -1: "overt"}.get(query.framing),
            about=about,
            kind=next(iter(kinds)) if len(kinds) == 1 else None,
            n_final=len(listed_final),
            n_unfinished=len(listed) - len(listed_final),
            counts=[(OUTCOME_LABELS[Outcome(o)], n) for o, n in counts.most_common()],
            likely=OUTCOME_LABELS[outcomes[0].outcome],
            likely_pct=round(outcomes[0].probability * 100),
            # lead48 (nc58 #12): a "most likely" outcome below half says what comes next, never a lone small share
            runner_up=OUTCOME_LABELS[outcomes[1].outcome] if len(outcomes) > 1 and outcomes[0].probability < 0.5 else None,
            runner_up_pct=round(outcomes[1].probability * 100) if len(outcomes) > 1 else None,
            # lead40: the forecast weighs more than the listed answers (how this kind of body usually answers, the
            # body's own record); when the listed ones mostly went another way the summary says so, never silently
            likely_unlisted=bool(counts) and counts.get(outcomes[0].outcome.value, 0) < max(counts.values()),
            ncnd_likely=ncnd_likely,
            ncnd_evidence=list(ncnd_evidence),
            ncnd_n=len(ncnd_docs),
            ncnd_all_covert=bool(ncnd_docs) and all(d.framing > 0 for d in ncnd_docs),
            ncnd_sections=ncnd_sections,
            # lead43 (nc47 #10): a Scottish body answers under FOISA, whose sections are not the UK Act's: the UK
            # sections other bodies cited are said to be the UK Act's, with what a Scottish body uses instead
            scottish_uk_sections=query.regime in ("FOISA", "EISR") and any(not str(s).startswith(("FOISA", "EISR"))
                                                                           for s in ncnd_sections),
            # lead44 (nc49 #12): the other way round: a body outside Scotland shown Scottish bodies' FOISA sections
            uk_scottish_sections=query.regime not in ("FOISA", "EISR") and any(str(s).startswith(("FOISA", "EISR"))
                                                                               for s in ncnd_sections),
            no_overt=_no_overt_use(text),
            why=why,
            ask_instead=ask_instead,
            unwarned_parts=unwarned_parts,  # fm100: the parts not warned, whom "no close match" is about
            sections=[s for s, _ in Counter(s for d in listed_final for s in d.sections).most_common(4)],
        )
        return " ".join(text.split())


_COUNTED = re.compile(r"^(\d+) of (\d+) ")


@functools.lru_cache(maxsize=1)
def _renumbered() -> dict[str, tuple[str, str]]:
    """fm100: {section as past answers cite it: (its number now, the day it changed)} (knowledge/vocab/renumbered_sections.yaml)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("renumbered_sections")
    out = {}
    for old, entry in ((data or {}).get("renumbered") or {}).items() if isinstance(data, dict) else ():
        if isinstance(entry, dict) and entry.get("now"):
            out[str(old)] = (str(entry["now"]), str(entry.get("since") or ""))
    return out


def current_sections(sections, date: str | None = None) -> list[str]:
    """fm100: SECTIONS in today's numbering ("40(5)" -> "40(5B)"), each once, in order: what a body would cite now.
    DATE: the past answer's, when they are one answer's; one given before the change keeps the number it used."""
    out: list[str] = []
    for s in sections:
        now, since = _renumbered().get(str(s), (str(s), ""))
        if date and since and str(date)[:10] < since:
            now = str(s)
        if now not in out:
            out.append(now)
    return out


def _fits_rule(fit: tuple[int, int, int] | None, share_bar: float) -> bool:
    """fm100: whether a topic's evidence may rule for this body: it fits (None), or the answers that speak for the
    body are enough (MIN_EVIDENCE) and used NCND at least as often as the topic rule's bar."""
    from askfoi.ncnd_topics import MIN_EVIDENCE

    return fit is None or (fit[1] >= MIN_EVIDENCE and fit[0] / fit[1] >= share_bar)


_KIND_WORDS = {"council": "a council", "fire": "a fire service", "nhs": "an NHS body", "education": "a school or college",
               "environment": "an environment body", "water": "a water company"}


def _unfit_sentence(fit: tuple[int, int, int], atype: str | None, label: str) -> str:
    """fm100: the evidence line saying whose answers the topic's count rests on and what the answers that speak for this
    kind of body say ("21 of the NCND answers about surveillance technology were police forces', which say little about
    a council: other bodies' answers on it, 0 of 4 used NCND")."""
    n, k, left = fit
    who = _KIND_WORDS.get(atype or "", "this body")
    rest = (f"other bodies' answers on it, {n} of {k} used NCND" if k else "no other body's answer on it was counted")
    return f"{left} of the NCND answers about {label} were police forces', which say little about {who}: {rest}"


def _part_shown(part) -> str:
    """What a given part shows: the part itself, or the first of (shown, read) (fc50); "" for anything else."""
    if isinstance(part, tuple) and len(part) == 2 and all(isinstance(x, str) for x in part):
        return part[0]
    return part if isinstance(part, str) else ""


def _title_words(terms) -> frozenset[str]:
    """A title's index terms without reference numbers ("1053a", "2024"): what near-identical titles share."""
    return frozenset(t for t in terms if not any(c.isdigit() for c in t))


def near_identical(a_title: Collection[str], b_title: Collection[str], a_body: Collection[str] = (),
                   b_body: Collection[str] = ()) -> bool:
    """Whether two answers of one body are near-identical requests (fc23): their titles' terms, reference numbers
    aside, overlap by REPEAT_TITLE_OVERLAP at least (Jaccard) and share a word that is no generic word
    (knowledge/vocab/ncnd_subject.yaml), or their summaries' terms overlap by REPEAT_BODY_OVERLAP at least."""
    ta, tb = _title_words(a_title), _title_words(b_title)
    if ta and tb:
        shared = ta & tb
        generic = _generic_terms()
        if (len(shared) / len(ta | tb) >= REPEAT_TITLE_OVERLAP
                and any(t not in generic and not t.startswith("zz") for t in shared)):
            return True
    ba, bb = set(a_body), set(b_body)
    return bool(ba and bb) and len(ba & bb) / len(ba | bb) >= REPEAT_BODY_OVERLAP


def collapse_repeats(docs: list) -> list:
    """DOCS (best first) with each body's near-identical answers of the same outcome and NCND status kept once, as
    their best-scored member (fc23): one body's repeated answers are one piece of evidence, however often it
    was asked. Answers of different bodies, or of one body with different outcomes, all stay."""
    kept: list = []
    by_key: dict[tuple, list] = {}
    for d in docs:
        key = (d.authority, d.outcome, d.ncnd)
        same = by_key.setdefault(key, [])
        if any(near_identical(d.tterms, k.tterms, d.bterms, k.bterms) for k in same):
            continue
        same.append(d)
        kept.append(d)
    return kept


@functools.lru_cache(maxsize=2)
def _generic_terms(key: str = "generic") -> frozenset[str]:
    """The index terms of knowledge/vocab/ncnd_subject.yaml KEY (`generic`: words that name no request's subject;
    `support_only`: more such words, for the subject-support gate alone)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("ncnd_subject", list[str])
    words = [w for w in ((data or {}).get(key) or []) if isinstance(w, str)] if isinstance(data, dict) else []
    vocab = text_vocab()
    return frozenset(t for w in words for t in vocab.terms(w) if not t.startswith("zz"))


def _support_generic() -> frozenset[str]:
    """fc31: the words that tie no part to a past NCND answer (`generic` and `support_only`)."""
    return _generic_terms() | _generic_terms("support_only")


CONFIRM_SHAPES = ("use_of", "whether_held", "named_person", "incident", "covert_tactic", "security")
ROUTINE_SHAPES = ("count", "spend")
NOT_ROUTINE_SHAPES = ("named_person", "covert_tactic", "security")  # a count of these is no count of routine things


def part_shape(text: str, topics: list) -> str:
    """How a part is asked, for the NCND warning (fc23): "confirm" when it touches an NCND topic asked about covert use
    whose counted answers include NCND, and asks to confirm use, existence, involvement, an investigation or a named
    person (knowledge/vocab/question_shapes.yaml: use_of, whether_held, named_person, incident, covert_tactic,
    security; or the topic is itself about one person or case, or has no overt form); "routine" when it counts or
    costs something, on no NCND topic or only on a surveillance technology asked about overt use ("how many drones
    does the force operate?": equipment), and names no person, covert tactic or security matter; a count on any other
    NCND topic (hours spent watching terror suspects, officers under investigation) is not routine; else ""."""
    from askfoi.forecast_model import question_shapes
    from askfoi.ncnd_topics import MIN_EVIDENCE, load_topics

    shapes = set(question_shapes(text))
    defs = load_topics()[0] if topics else {}
    if topics:
        for e in topics:
            if not e.covert or e.known < MIN_EVIDENCE or e.ncnd == 0:
                continue
            d = defs.get(e.topic)
            if shapes & set(CONFIRM_SHAPES) or (d is not None and (d.about_one or not d.overt_escapes)):
                return "confirm"
    overt_equipment = all(not e.covert and e.topic in defs and defs[e.topic].technology for e in topics)
    if shapes & set(ROUTINE_SHAPES) and not shapes & set(NOT_ROUTINE_SHAPES) and overt_equipment:
        return "routine"
    return ""


def _ncnd_support(topics: list, near: list["_Doc"], scottish: bool = False) -> list[str]:
    """For a part warned of NCND (fc9): the provisions such answers cite, by the topic's counted answers (else its
    usual sections), and the most similar past answer that used NCND, with its body, year and NCND sections. SCOTTISH:
    the part goes to a Scottish body, so UK Act sections are said to be the UK Act's, with FOISA's section 18."""
    from askfoi.safe_text import clean_text
    from askfoi.templates import cite

    out = []
    for e in topics:
        # fc50 (nc51 #7): sections under the law of the body asked: Scotland's Act (FOISA) is no law of a body outside
        # Scotland, so its sections are not listed for one
        secs = current_sections(e.sections if scottish else [x for x in e.sections if not _scottish_section(x)])
        if e.covert and secs:
            line = f"answers about {e.label} usually cite " + ", ".join(cite(x) for x in secs[:4])
            if scottish and any(not _scottish_section(x) for x in secs[:4]):
                line += " (UK Act sections: a Scottish body uses section 18 of FOISA instead)"
            out.append(line)
            break
    # fc29: an answer from a harvest searched for NCND answers is shown only as an example, said so, and only when no
    # answer from a sampled harvest is near: the warning never rests on it
    ncnd = [d for d in near if d.ncnd]
    doc = next((d for d in ncnd if not getattr(d, "targeted", False)), ncnd[0] if ncnd else None)
    if doc is not None:
        secs = [cite(x) for x in current_sections(doc.sections, doc.date)[:3]]
        year = f", {doc.date[:4]}" if doc.date else ""
        gathered = getattr(doc, "targeted", False)
        what = ("an example of NCND on a similar question, from answers gathered for their NCND" if gathered
                else "a similar past answer used NCND")
        out.append(f"{what} ({clean_text(doc.authority)[:80]}{year}" + (f"; {', '.join(secs)}" if secs else "") + ")")
    return out


OVERT_OPEN_KNOWN, OVERT_OPEN_SHARE = 8, 0.1  # fc36: counted answers to overt questions, fewer than this share NCND
ONE_PERSON_TOPIC = "named_person"  # fc36: the topic whose why and ask_instead explain a part about one person's records


def explain_ncnd(topics: list, lead=None, one: bool = False, no_overt: bool = False,
                 authority_type: str | None = None) -> tuple[str | None, str | None]:
    """fm101: `_explain_ncnd` with the body asked named by its kind (askfoi/ncnd_topics.py `for_body`: "the council holds
    this", never "the force" for a council)."""
    from askfoi.ncnd_topics import for_body

    why, ask_instead = _explain_ncnd(topics, lead, one, no_overt)
    return for_body(why, authority_type), for_body(ask_instead, authority_type)


def _explain_ncnd(topics: list, lead=None, one: bool = False, no_overt: bool = False) -> tuple[str | None, str | None]:
    """fc36 (issue 9): for a part warned of NCND, why bodies neither confirm nor deny it and what to ask instead, in
    plain English (knowledge/ncnd_topics.yaml `why`, `ask_instead`): the surveillance technology the part asks about
    covertly (`technology: true`), else the topic the warning leads with (LEAD, the topic rule's), else, for a part asking for one identifiable person's records (ONE), the named-person topic's, else the
    topic of the part asked about covert use with the largest counted share of NCND answers, else the first it
    touches; (None, None) when the part touches no topic that says."""
    from askfoi.ncnd_topics import load_topics

    chosen = _explaining_topic(topics, lead, one, no_overt)
    if chosen == ONE_PERSON_TOPIC:
        topic = load_topics()[0].get(ONE_PERSON_TOPIC)
        return topic.why, topic.ask_instead or None
    if chosen is None:
        return None, None
    return chosen.why, chosen.ask_instead or None


def _explaining_topic(topics: list, lead=None, one: bool = False, no_overt: bool = False):
    """The topic `explain_ncnd` explains a warned part by (a TopicEvidence), ONE_PERSON_TOPIC for a part asking for one
    identifiable person's records that no other topic explains, or None."""
    from askfoi.ncnd_topics import load_topics

    explained = [e for e in topics if getattr(e, "why", "")]
    known = load_topics()[0]
    # the technology the part names says more than the covert word that also made it covert surveillance ("covert use of
    # facial recognition": what is asked about is facial recognition, and its overt use is what gets answered)
    named = [e for e in explained if e.covert and getattr(known.get(e.topic), "technology", False)]
    if no_overt:
        # lead43 (nc47 #10): a tactic with no overt use (IMSI catchers, informants): a broad topic's advice ("overt
        # use only, ...") would contradict "there is no overt use of it": the topic of the tactic itself (the one whose
        # answers used NCND most often, "IMSI catchers" before "surveillance technology") says what to ask
        own = named or [e for e in explained if e.covert]
        named = [max(own, key=lambda e: (e.share if e.known else -1.0, -explained.index(e)))] if own else named
    chosen = named[0] if named else (lead if lead is not None and getattr(lead, "why", "") else None)
    if chosen is None and one:
        topic = load_topics()[0].get(ONE_PERSON_TOPIC)
        if topic is not None and topic.why:
            return ONE_PERSON_TOPIC
    if chosen is None and explained:
        chosen = max(explained, key=lambda e: (e.covert, e.share if e.known else -1.0, -explained.index(e)))
    return chosen


def warned_about(text: str, topics: list, lead=None, one: bool = False, no_overt: bool = False) -> str | None:
    """fc50 (issue 9.4): what a part warned of NCND is about, named as the person would: the everyday name (the pack's
    synonym groups, knowledge/vocab) of the words by which TEXT touches the topic that explains the warning
    (`_explaining_topic`: "facial recognition cameras" -> "facial recognition", "fly drones" -> "drones"), else that
    topic's own label ("a named person"); None when no topic explains it."""
    from askfoi.ncnd_topics import load_topics

    chosen = _explaining_topic(topics, lead, one, no_overt)
    if chosen is None:
        return None
    if isinstance(chosen, str):
        topic = load_topics()[0].get(chosen)
        return topic.label if topic is not None else None
    return _plain_name(text, chosen)


def _scottish_section(section) -> bool:
    """fc50: SECTION is one of Scotland's Act or Regulations ("FOISA s18", "EISR 10(8)")."""
    return str(section).startswith(("FOISA", "EISR"))


def _topic_warning(e, scottish: bool = False) -> str:
    """The evidence line of a part warned by the topic rule (fc10): the topic, the share of past answers and the
    sections they cite ("18 of 36 police answers about surveillance technology used NCND (50%), citing s24(2),
    s31(3), s23(5)")."""
    from askfoi.templates import cite

    secs = ", ".join(cite(x) for x in [x for x in e.sections if scottish or not _scottish_section(x)][:3])
    return f"{e.sentence()} ({e.share:.0%})" + (f", citing {secs}" if secs else "")


CHECK_SAYS = "askfoi's check of your wording"  # fc50: how a forecast line names the ncnd-risk check to a person
NCND_WORDS = '"neither confirm nor deny"'


def _plain_name(text: str, e) -> str:
    """fc50: topic E (a TopicEvidence) named as TEXT names it ("drones" for surveillance technology), else its label."""
    from askfoi.ncnd_topics import asked_text, load_topics, topic_words

    topic = load_topics()[0].get(e.topic)
    if topic is None or topic.about_one or not topic.overt_escapes:
        return e.label  # one person or case, the security bodies: the words found are the whole sentence, not a name
    words = topic_words(asked_text(text)).get(e.topic)
    named = text_vocab().topics(words) if words else []
    return named[0] if named else e.label


def _with_check(evidence: list[str], text: str, atype: str | None, ncnd_likely: bool, topics: list,
                body_named: bool = True) -> list[str]:
    """fc48 (issue 9 item 3): EVIDENCE, and when the ncnd-risk check's warning for this part (askfoi/checks.py
    `ncnd_risk_words`) and the forecast's `ncnd_likely` disagree, a last line saying why. Both read the same decision
    (askfoi/ncnd_topics.py `asked_text`, `asks_covert_use`): which NCND topic the part asks about, and whether it asks
    about covert use; the check warns on that alone, the forecast also weighs the past answers counted for it."""
    from askfoi.checks import ncnd_risk_words
    from askfoi.ncnd_topics import asks_covert_use, asks_spend, load_topics, topics_in

    words = ncnd_risk_words(text, atype if body_named else None)
    if bool(words) == ncnd_likely:
        return evidence
    # fc50 (issue 9.4): said in plain words, as a person reads it: no check codes, no account of how answers are counted
    if not ncnd_likely:
        said = f'{CHECK_SAYS} warns about "{words[0]}" in this part'
        why = (f"{said}, but no past answers on it were counted and similar past answers do not point to a "
               f"{NCND_WORDS} reply" if not topics else
               f"{said}, but past answers to questions like it do not point to a {NCND_WORDS} reply")
        return list(evidence) + [why]
    known = load_topics()[0]
    if topics and not any(e.covert for e in topics):
        reason = ", as it asks about nothing done covertly and about no one being watched"
    elif asks_spend(text) and (spent := [e for e in topics if known.get(e.topic) is not None and known[e.topic].technology
                                          and not asks_covert_use(known[e.topic], text)]):
        reason = f", as it asks what {_plain_name(text, spent[0])} cost, which is usually answered"
    elif not topics and topics_in(text):
        reason = ", as the words that could lead to one name an inquiry, other requests or a request already sent"
    else:
        reason = ""
    why = (f"{CHECK_SAYS} gives this part no warning{reason}; the warning here comes from how past answers to questions "
           "like it went")
    return list(evidence) + [why]


def _supporting_first(evidence: list[str], ncnd_likely: bool) -> list[str]:
    """The evidence lines that bear the verdict out first ("21 of 29 ... used NCND" beside "NCND likely"), then
    the rest, each kept: a count that goes against the verdict is still the pack's true count."""
    def against(line: str) -> bool:
        m = _COUNTED.match(line)
        if not m:
            return False
        share = int(m.group(1)) / max(1, int(m.group(2)))
        return share < 0.5 if ncnd_likely else share >= 0.5
    return sorted(evidence, key=against)


def one_subject(text: str) -> bool:
    """fc31: whether a part asks for the records of one identifiable person, vehicle or home (their ANPR reads, CCTV
    images, movements: knowledge/vocab/one_subject.yaml). What the part asks, not the topic's words: a count of
    cameras or a retention period names nobody."""
    from askfoi.knowledge import named_patterns

    rx = named_patterns("one_subject").get("one_subject")
    return bool(rx is not None and rx.search((text or "")[:4000]))


def _no_overt_use(text: str) -> bool:
    """A covert tactic with no overt use to ask about instead (informants, IMSI catchers, interception:
    knowledge/vocab/covert_terms.yaml no_overt_form)."""
    from askfoi.framing import no_overt_use

    return no_overt_use(text)


@dataclass
class Experts:
    """Outcome distributions over the final outcomes, each smoothed toward `base` (none is zero)."""

    base: dict[str, float]  # outcome rates for that kind of authority
    similar: dict[str, float]  # what similar records (and their same-title groups) say
    own: dict[str, float]  # this authority's own record
    peers: dict[str, float]  # the closest group, as answered by authorities that answer like this one
    neighbours: list = field(default_factory=list, repr=False)


GIVEN = ("disclosed", "published")  # a part answered
WITHHELD = ("refused", "ncnd", "not_held", "cost_limit", "vexatious")  # a part not answered


def whole_outcomes(parts: list[dict[str, float]], mixed: float | None = None,
                   withheld: list[bool] | None = None) -> dict[str, float]:
    """The whole request's outcome distribution from its parts' (each over the final outcomes). The parts of
    one request go to one body about one subject, so their fates are alike: the mean of the parts. But when
    they disagree, one part likely withheld (its first outcome refused, NCND, not held, cost or vexatious, or
    WITHHELD[i]: NCND is likely for it) and another likely answered (given or partly given), the request is
    partly answered ("part disclosed", with NCND for that part), not refused: then the mean is mixed, with
    weight MIXED (MIXED_FATE, chosen on the tuning half of bench/eval_real_requests.py), with the parts taken
    as answered apart: all answered -> disclosed (or published, in the parts' proportion); none -> the withheld
    outcomes in the parts' proportion; the rest -> part disclosed. One part: its own forecast."""
    if not parts:
        return {}
    mixed = MIXED_FATE if mixed is None else mixed
    keys = sorted({o for p in parts for o in p}, key=lambda o: FINAL.index(o) if o in FINAL else len(FINAL))
    mean = {o: sum(p.get(o, 0.0) for p in parts) / len(parts) for o in keys}
    if len(parts) == 1 or mixed <= 0:
        return mean
    flags = list(withheld or []) + [False] * (len(parts) - len(withheld or []))
    tops = [max(p, key=p.get) if p else None for p in parts]
    held_back = [flags[i] or tops[i] in WITHHELD for i in range(len(parts))]
    answered = [not flags[i] and tops[i] in GIVEN + (Outcome.part_disclosed.value,) for i in range(len(parts))]
    if not (any(held_back) and any(answered)):
        return mean
    if any(flags):  # NCND is likely for a part and another is likely answered: partly given, by what NCND is
        mixed = max(mixed, NCND_PART_FATE)
    # the two parts that disagree most (the likeliest withheld, the likeliest answered), taken as answered apart:
    # more parts are not more independent chances (one body answers them together)
    withheld_p = [sum(p.get(o, 0.0) for o in WITHHELD) + (1.0 if flags[i] else 0.0) for i, p in enumerate(parts)]
    i = max(range(len(parts)), key=lambda k: withheld_p[k])
    j = max((k for k in range(len(parts)) if k != i), key=lambda k: sum(parts[k].get(o, 0.0) for o in GIVEN))
    pair = (parts[i], parts[j])
    all_given = math.prod(sum(p.get(o, 0.0) for o in GIVEN) for p in pair)
    none_given = math.prod(sum(p.get(o, 0.0) for o in WITHHELD) for p in pair)
    given_mean = sum(mean.get(o, 0.0) for o in GIVEN)
    withheld_mean = sum(mean.get(o, 0.0) for o in WITHHELD)
    apart = dict.fromkeys(keys, 0.0)
    for o in GIVEN:
        if o in apart and given_mean > 0:
            apart[o] = all_given * mean[o] / given_mean
    for o in WITHHELD:
        if o in apart and withheld_mean > 0:
            apart[o] = none_given * mean[o] / withheld_mean
    apart[Outcome.part_disclosed.value] = apart.get(Outcome.part_disclosed.value, 0.0) + max(
        0.0, 1.0 - sum(v for o, v in apart.items() if o != Outcome.part_disclosed.value))
    total = sum(apart.values()) or 1.0
    return {o: (1.0 - mixed) * mean[o] + mixed * apart[o] / total for o in keys}


def combine(e: Experts, peer_weight: float = PEER_WEIGHT, alpha: float = PRIOR_CORRECTION) -> dict[str, float]:
    """A product of experts around the base rates: each expert's distribution relative to the base,
    the peers' raised to `peer_weight`; `alpha` > 0 divides by base**alpha (favours rarer outcomes)."""
    log_p = {
        o: (1.0 - alpha) * math.log(b)
        + NEIGHBOUR_EXPONENT * math.log(e.similar[o] / b)
        + OWN_EXPONENT * math.log(e.own[o] / b)
        + peer_weight * math.log(e.peers[o] / b)
        for o, b in e.base.items()
    }
    top = max(log_p.values())
    raw = {o: math.exp(v - top) for o, v in log_p.items()}
    total = sum(raw.values())
    return {o: v / total for o, v in raw.items()}


def with_prior(probs: dict[str, float], prior: dict[str, float], weight: float) -> dict[str, float]:
    """The learnt forecast with WEIGHT of the calibrated prior mixed in: the body's own past answers shrunk toward its
    kind's (`Experts.own`). `make model` chooses the weight on the tuning records (forecast_model.json's
    meta.prior_weight), 1 when the learnt model does not beat the majority out-of-fold: then the prior is the forecast."""
    if weight <= 0:
        return probs
    weight = min(weight, 1.0)
    out = {o: (1.0 - weight) * probs.get(o, 0.0) + weight * prior.get(o, 0.0) for o in set(probs) | set(prior)}
    total = sum(out.values()) or 1.0
    return {o: v / total for o, v in out.items()}


def temper(probs: dict[str, float], power: float) -> dict[str, float]:
    """Flatten a distribution (power < 1) without changing its order. A product of experts is
    sharper than its evidence deserves; the weaker the matches, the flatter what is shown."""
    raw = {o: p**power for o, p in probs.items()}
    total = sum(raw.values())
    return {o: v / total for o, v in raw.items()}


def _ncnd_evidence_features(topics: list, atype: str | None, f: dict[str, float]) -> dict[str, float]:
    """NCND evidence at the level of the question's topic and shape, for the learnt forecast: the counted
    NCND share of each topic the part touches, shrunk toward TOPIC_PRIOR_SHARE by TOPIC_PRIOR_N answers (31
    of 37 is evidence, 1 of 1 hardly any), as log-odds; "does the force use X at all" about a surveillance
    technology (asked covertly) apart from counts of its overt use; and the NCND evidence per kind of body
    (police answers NCND far more often than councils, so the same evidence weighs differently)."""
    from askfoi.ncnd_topics import load_topics

    out: dict[str, float] = {}
    group = atype if atype in NCND_KIND_GROUPS else "other"
    defs = load_topics()[0]
    if topics:
        shrunk = max((e.ncnd + TOPIC_PRIOR_N * TOPIC_PRIOR_SHARE) / (e.known + TOPIC_PRIOR_N) for e in topics)
        lo = math.log(shrunk / (1.0 - shrunk)) - math.log(TOPIC_PRIOR_SHARE / (1.0 - TOPIC_PRIOR_SHARE))
        out["topic_ncnd_logodds"] = lo / 3.0
        out[f"topic_ncnd_logodds:{group}"] = lo / 3.0
        covert = any(e.covert for e in topics)
        out[f"ncnd_topic_{'covert' if covert else 'overt'}:{group}"] = 1.0
        tech = [e for e in topics if e.topic in defs and defs[e.topic].technology]
        if tech:
            asks_use = bool(f.get("shape:use_of") or f.get("shape:supplier") or f.get("shape:whether_held"))
            if any(e.covert for e in tech):
                out["tech_use_at_all" if asks_use else "tech_covert_other"] = 1.0
            else:
                out["tech_overt"] = 1.0
            if f.get("shape:count"):
                out["tech_count"] = 1.0
        if f.get("shape:count") and not covert:
            out["topic_overt_count"] = 1.0
    if "nn_ncnd" in f:
        out[f"nn_ncnd:{group}"] = f["nn_ncnd"]
    return out


def _kind_vote(neighbours: list) -> str | None:
    """The kind of body most of the ten nearest answers come from, answers from harvests searched for NCND answers left
    out while any other is near (fc29: they are no sample of who is asked what; one such police answer made a council's
    cycling letter a police request)."""
    near = neighbours[:10]
    sampled = [d.atype for d in near if not getattr(d, "targeted", False)]
    return _majority(sampled or [d.atype for d in near])


def _scottish_doc(d: _Doc) -> bool:
    """nx76: D was answered under Scottish law: it cites FOISA / EISR sections, or its body answers under FOISA."""
    if any(str(s).startswith(("FOISA", "EISR")) for s in d.sections or ()):
        return True
    return _regime_of(d.authority) in ("FOISA", "EISR")


@functools.lru_cache(maxsize=4096)
def _regime_of(name: str | None) -> str | None:
    """The law a named authority answers under, when it resolves (a feature of the learnt forecast)."""
    if not name:
        return None
    from askfoi.authorities import resolve_authority

    resolved = resolve_authority(name)
    return resolved.regime.value if resolved is not None and resolved.known else None


def _sources(source_type: str | None) -> tuple[str, ...]:
    return (source_type,) if source_type else DIRECT_SOURCES


def _usual(counts: Counter) -> str:
    return min(counts, key=lambda o: (-counts[o], FINAL.index(o)))


def _majority(values: list[str]) -> str | None:
    return Counter(values).most_common(1)[0][0] if values else None


def _confidence(ranked: list[_Doc], good: list[_Doc]) -> Literal["high", "medium", "low", "none"]:
    if not ranked:
        return "none"
    if len(good) >= 5 and good[0].score >= 0.6:
        return "high"
    if len(good) >= 2 and good[0].score >= 0.45:
        return "medium"
    return "low"


def _fix_rounding(outcomes: list[OutcomeProbability]) -> None:
    """Rounded probabilities still sum to exactly 1: the difference goes to the largest."""
    if outcomes:
        outcomes[0].probability = round(1.0 - sum(o.probability for o in outcomes[1:]), 4)


def _index_path(cache_dir: Path | None = None) -> Path:
    """The cached index for the knowledge pack. Its key needs only the files' names, sizes and
    times, so a warm start never reads the records; to build it they are streamed file by file
    (iter_responses), never all held at once, and the problems found are kept in the index."""
    from askfoi.knowledge import iter_responses, knowledge_dirs, response_files, user_cache_dir, warn_problems_once

    dirs = knowledge_dirs()
    files = [p for d in dirs for p in sorted(d.rglob("*.jsonl"))]
    problems: list = []

    def rows():
        return (row_from_response(r) for r in iter_responses(dirs, problems))

    def extra_meta() -> dict:
        warn_problems_once(problems)
        return {"problems": [str(p) for p in problems[:MAX_PROBLEMS_KEPT]], "n_problems": len(problems),
                "n_skipped": sum(not getattr(p, "kept", False) for p in problems),
                "n_files": len(response_files(dirs))}

    return cached_index(rows, files, cache_dir or user_cache_dir(), extra_meta=extra_meta)


@functools.lru_cache(maxsize=2)
def get_matcher(cache_dir: Path | None = None) -> Matcher:
    """The matcher over the knowledge pack, built (or reused from the cache) once per process.
    CACHE_DIR is where its index lives: the user's cache folder by default; clinic mode passes a
    temporary folder it removes on exit, so nothing is written under the person's folders."""
    return Matcher(_index_path(cache_dir))


def pack_stats() -> dict:
    """The pack's counts (`askfoi kb stats`), read from the index for the pack as it is now (rebuilt if a
    file changed): a million records are never loaded, and only the counts are read from the index."""
    import json

    con = open_index(_index_path())
    try:
        meta = {k: json.loads(v) for k, v in con.execute(
            "SELECT k, v FROM meta WHERE k IN ('stats', 'n_problems', 'n_skipped', 'n_files')")}
    finally:
        con.close()
    return {**meta.get("stats", {}), "files": meta.get("n_files", 0), "problems": meta.get("n_problems", 0),
            "skipped": meta.get("n_skipped", 0)}


def warm_up(cache_dir: Path | None = None) -> Matcher:
    """What the chatbot needs before its first answer: the authorities and exemptions, the compiled
    checks and the matcher (its index opened, or built once). The past responses are not loaded."""
    from askfoi.checks import check_request
    from askfoi.knowledge import get_reference

    get_reference()
    check_request("warm up")  # compiles the checks, so the first answer comes back quickly
    return get_matcher(cache_dir)


def matcher_for(responses, files: list[Path], cache_dir: Path) -> Matcher:
    """A matcher over any list of records (tests, evaluation), cached under `cache_dir`."""
    return Matcher(cached_index(lambda: (row_from_response(r) for r in responses), files, cache_dir))


__all__ = [
    "Experts", "Forecast", "MatchResult", "Matcher", "combine", "OutcomeProbability", "PartForecast", "SectionCount",
    "SimilarResponse",
    "get_matcher", "matcher_for", "pack_stats", "warm_up",
]
