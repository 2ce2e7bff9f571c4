"""Topics that bodies answer with "neither confirm nor deny" (NCND), and how often they did, by kind of body.

The topics, their term patterns, topic tags and usual sections are data (knowledge/ncnd_topics.yaml). How
often past answers used NCND is counted from the pack (`count_pack`, written back into the same file by
`askfoi kb ncnd-stats --write`, which `make knowledge` runs), never typed by hand. A record whose NCND
status was not visible is not counted either way.

A question belongs to a topic when one of its patterns matches. Whether it asks about covert use decides
whether the topic's NCND record applies. A question counts as covert unless it is limited to overt use:
"does the force use facial recognition?" or "who supplies it?" is covert, as forces answer it (not used
overtly; NCND for covert use); "overt", "public deployments", or asking only for policies, DPIAs, totals
spent or yearly counts (knowledge/vocab/match_framing.yaml) limits it to overt use, unless an explicitly covert
scope ("including covert deployments": knowledge/vocab/covert_terms.yaml `covert_scope`) says otherwise. For the topics where
even a count is NCND'd (a named person, the security bodies, undercover officers: `overt_escapes: false`)
every question counts.
The forecast (askfoi/matching.py) and the ncnd-risk check (askfoi/checks.py) both use this module.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from askfoi.knowledge import Problem, load_yaml_entries, shipped_knowledge_dir

MIN_EVIDENCE = 3  # known answers a topic needs (for that kind of body, else all bodies) before its share counts
NCND_SHARE = 0.2  # the share of NCND answers from which NCND is forecast: chosen by `make eval` on its tuning half
ALL = "all"


class EverydayWords(BaseModel):
    """fc36 (issue 9): the everyday words people use for a covert capability ("phone tapping", "tracking my car",
    "monitoring facebook"): an act and the thing it is done to, in either order, within one clause ("reading my
    messages", "listening in to my calls", "my phone being tapped", "phone tapping")."""

    model_config = ConfigDict(extra="forbid")

    acts: list[str] = Field(min_length=1)  # regular expressions for the act's word forms ("tap(?:s|ped|ping)?")
    things: list[str] = Field(min_length=1)  # regular expressions for what it is done to ("phones?", "calls")
    alone: list[str] = Field(default_factory=list)  # words that name the act with no thing ("bugging", "wire-tap")


EVERYDAY_GAP = 4  # words an act and its thing may stand apart ("tracking the location of my car")


def everyday_patterns(words: list[EverydayWords]) -> list[str]:
    """The regular expressions for a topic's everyday words: act then thing, thing then act, each within
    EVERYDAY_GAP words and no clause break; and the acts that need no thing."""
    out = []
    gap = rf"(?:[\s,]+[\w'-]+){{0,{EVERYDAY_GAP}}}?[\s,]+"
    # fc45: an act word joined by a hyphen to the next word is part of a compound noun, not the act ("any follow-up",
    # "a watch-list", "their track-record"): "locations, descriptions and any follow-up" asks about no tracking
    end = r"\b(?!-\w)"
    # fc48 (issue 9 item 3): the act is a verb, in the order the sentence's grammar gives it. Before the thing, it is no
    # noun ("the following", "as follows": "provide the following information about me"); after the thing, only in the
    # passive ("my phone is being tapped", "my phone has been tapped") or joined to it ("phone tapping"), never a few
    # words on ("send me the following", "phone records, which are as follows")
    verb = r"(?<!\bthe\s)(?<!\bas\s)(?<!\bthe\s\s)"
    passive = r"(?:[\s,]+[\w'-]+){0,2}?\s+(?:is|are|was|were|be|being|been|get|got|getting)\s+(?:(?:being|been|also|ever|not)\s+)?"
    for w in words:
        acts, things = "|".join(w.acts), "|".join(w.things)
        out.append(rf"{verb}\b(?:{acts}){end}{gap}(?:{things})\b")
        out.append(rf"\b(?:{things})\b{passive}(?:{acts}){end}")
        out.append(rf"\b(?:{things})[\s-]+(?:{acts}){end}")
        out += [rf"\b(?:{a})\b" for a in w.alone]
    return out


_PASSIVE_BE = r"(?:is|are|was|were|be|being|been|get|got|getting)\s+(?:(?:being|been|also|ever|not)\s+)?"
_FUNCTION_WORD = re.compile(r"(?i)\b(?:the|a|an|of|to|in|on|at|for|from|by|with|into|my|our|your|his|her|their|its|this|that|"
                            r"these|those|any|all|some|every|[\w-]+'s)\b")
_DETERMINED = re.compile(r"(?i)^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|any|all|some|every|"
                         r"someone'?s|people'?s|[\w-]+'s)\b")


def act_as_noun(words: str) -> str | None:
    """fc49 (issue 8.3): WORDS that are an everyday act done to a thing (a topic's `everyday` acts and things: "track
    phones", "tapping mobile phones", "phones being tracked", "hack into phones"), as a noun phrase naming the act, so a
    frame can say "the overt use of phone tracking", never "of track phones"; None when WORDS are no such act and thing.
    Built by the structure, verb + object -> noun: the act's verb in its -ing form after its thing's head noun in the
    singular, a compound noun ("phone tracking", "mobile phone tapping"); an act of more than one word or a thing with
    a determiner, a possessive or words between them follows "of" ("listening in to calls", "tracking of my car")."""
    from lemminflect import getInflection, getLemma

    text = " ".join((words or "").split()).strip(" .,;:?!\"'")
    for topic in load_topics()[0].values():
        for w in topic.everyday:
            acts, things = "|".join(w.acts), "|".join(w.things)
            m = (re.fullmatch(rf"(?i)(?P<act>{acts})(?P<gap>(?:\s+[\w'-]+){{0,{EVERYDAY_GAP}}}?)\s+(?P<thing>{things})", text)
                 or re.fullmatch(rf"(?i)(?P<thing>{things})(?P<gap>)(?:\s+{_PASSIVE_BE}|[\s-]+)(?P<act>{acts})", text))
            if m is None:
                continue
            act = m.group("act").split()
            lemma = (getLemma(act[0].lower(), "VERB") or [act[0].lower()])[0]
            doing = (getInflection(lemma, "VBG") or [None])[0]
            if not doing:
                return None
            gap, thing = m.group("gap").strip(), m.group("thing")
            if gap and not _FUNCTION_WORD.search(gap):
                gap, thing = "", f"{gap} {thing}"  # "track mobile phones": "mobile" is the thing's own modifier
            if len(act) == 1 and not gap and not _DETERMINED.match(thing):
                head = thing.split()
                if head[-1].lower().endswith("s"):  # the plural's singular ("phones" -> "phone"), never "media" -> "medium"
                    head[-1] = (getLemma(head[-1].lower(), "NOUN") or [head[-1]])[0]
                return " ".join([*head, doing])
            if len(act) > 1:
                return " ".join([doing, *act[1:], gap, thing]).replace("  ", " ").strip()
            return " ".join(["the", doing, "of", gap, thing]).replace("  ", " ").strip()
    return None


SOCIAL_MEDIA_WATCHING = "social media monitoring"  # nx85: the standard name, as forces' own policies call it


@functools.lru_cache(maxsize=1)
def _online_watching() -> re.Pattern[str] | None:
    """nx85 (nc82 #5): the everyday words for watching people's social media (an act of the topics' `everyday` words
    whose things name social media: "watching people like us on facebook", "monitoring peoples instagram")."""
    topics, _ = load_topics()
    found = [w for t in topics.values() for w in t.everyday if any("social" in x or "facebook" in x for x in w.things)]
    if not found:
        return None
    gap = r"(?:[\s,]+[\w'-]+){0,6}?[\s,]+"
    return re.compile("|".join(rf"\b(?:{'|'.join(w.acts)})\b{gap}(?:{'|'.join(w.things)})\b" for w in found), re.I)


def online_watching(text: str) -> bool:
    """nx85: TEXT asks about watching people's social media, in whatever words ("are they watching people like us on
    facebook"): its overt records are those of social media monitoring."""
    rx = _online_watching()
    return bool(rx is not None and rx.search(text or ""))


def act_as_noun_in(sentence: str, words: str) -> str | None:
    """fc49: `act_as_noun` for WORDS as found in SENTENCE, with the thing read to the end of its noun phrase: the words
    found may stop inside it ("track mobile" of "track mobile phones covertly"), so up to two following words that are
    no function word, adverb or punctuation are tried with it, the longest first ("mobile phone tracking"). nx85: the
    watching of people's social media, in any words, is "social media monitoring"."""
    if online_watching(words) or online_watching(f"{words} {(sentence or '')[(sentence or '').lower().find((words or '').lower()):][:120]}"
                                                  if (words or "").strip() and (words or "").lower() in (sentence or "").lower() else ""):
        return SOCIAL_MEDIA_WATCHING
    at = re.search(rf"(?i){re.escape((words or '').strip())}", sentence or "") if (words or "").strip() else None
    if at is None:
        return act_as_noun(words)
    after = re.findall(r"[\w'-]+|[^\w\s]", (sentence or "")[at.end():])
    more = []
    for w in after[:2]:
        if not re.match(r"[\w'-]+$", w) or _FUNCTION_WORD.fullmatch(w) or w.lower().endswith("ly") \
                or w.lower() in ("and", "or", "but", "if", "so", "who", "which", "that", "when", "where", "how", "why"):
            break
        more.append(w)
    for k in range(len(more), -1, -1):
        found = act_as_noun(" ".join([at.group(0), *more[:k]]))
        if found:
            return found
    return None


class NcndTopic(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=2)
    # fc36 (issue 9): in plain English, why bodies neither confirm nor deny on this topic (one sentence a non-lawyer
    # understands, legally right), and what to ask instead that is usually answered; shown beside a part warned of NCND
    why: str = Field(default="", max_length=400)
    ask_instead: str = Field(default="", max_length=300)
    patterns: list[str] = Field(min_length=1)
    everyday: list[EverydayWords] = Field(default_factory=list)  # fc36: the everyday words for it (`EverydayWords`)
    # fc36: office holders (knowledge/vocab/office_holders.yaml) are named people when a sentence asks about something
    # done to or by them personally ("complaints against the chief constable", "has our MP been investigated"):
    # `office_case` makes such a sentence touch the topic; `office_role_left_out` leaves an office holder named in a
    # sentence about their public role ("Councillor Smith's expenses", "the chief constable's decision") out of it
    office_case: bool = False
    office_role_left_out: bool = False
    tags: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    technology: bool = False
    # fc26: the topic's words name equipment whose overt use can be asked about (ANPR, CCTV, body-worn video) though
    # the topic is no covert technology: the one-key fix for a covert tactic carried out with it names it
    names_equipment: bool = False
    overt_escapes: bool = True
    in_check: bool = True  # the ncnd-risk check uses it (the forecast always does)
    # words that name the topic's technology or tactic as used by OTHERS, not the body ("the misuse of drones
    # reported to the force", "drone incidents"): their matches are left out before the patterns are looked for
    others_use: list[str] = Field(default_factory=list)
    # words naming someone or something the question is NOT about (fc17: the applicant named in a Commissioner's
    # decision title, "Decision 223/2006: Mr A Smith and the Chief Constable of ..."): left out the same way
    not_subject: list[str] = Field(default_factory=list)
    # fc34: words naming a person the question says has died ("the late Mr Jones", "Mr Smith, who died in 2019", "the
    # death of Mrs Brown"): the sentence saying so is left out, for a topic whose NCND rests on the person's own data (s40(5B)).
    # Section 40 covers living people only (the UK GDPR's personal data), so a dead person's name alone is no s40
    # reason; an investigation into the death is another topic (s30(3), s31(3)) and is still found
    deceased: list[str] = Field(default_factory=list)
    # fc20: the topic is about one person or one case (a named person, a particular investigation): named in the
    # person's story before the questions, it is the subject only of a part that points back at the story ("his
    # death", "that investigation"), not of every part ("How many vehicle crimes were reported in 2023?")
    about_one: bool = False
    # fc44: for a topic about one person (`about_one`), words naming a personal matter of theirs: a complaint about them,
    # an investigation, a disciplinary step, a suspension, a whistleblowing report or grievance. A part on the topic that
    # asks to confirm such a matter (askfoi/matching.py `part_shape` "confirm") is warned of NCND for every kind of body
    # whatever the learnt forecast says (askfoi/matching.py, the person-case route): saying whether the body holds
    # records of one identifiable person's complaint, investigation or discipline would itself disclose it (FOIA
    # s40(5B)(a)(i); FOISA s18 with s38(1)(b)). The counted share stays the evidence shown.
    case_words: list[str] = Field(default_factory=list)
    # fc45: words naming the writer's own complaint or report ("my complaint", "the requester's complaint", "a complaint
    # made by the applicant"): left out before `case_words` are looked for. The writer's own complaint is also their own
    # personal data, which bodies handle as a subject access request (FOIA s40(1), s40(5A)), and the pack's answers to
    # such requests were refused or withheld, not neither confirmed nor denied: the route's reason, s40(5B) for a third
    # person's matter, is not how they are answered. What was done to the person complained about ("was he
    # disciplined?") is still a personal matter of theirs
    own_matter: list[str] = Field(default_factory=list)
    # fc45: words naming a matter but no person ("a specific complaint", "a particular case"): the topic counts them
    # (whose complaint is unsaid), but the person-case route needs someone named besides them
    matter_only: list[str] = Field(default_factory=list)
    # fc24: forms of the technology deployed in public view ("facial recognition vans": marked vans, signs, published
    # deployment records): a question about such a form asks about overt use unless a covert word puts covert use in
    # scope ("including covert deployments"). fc49 (the lead's decision, issues 8.3 and 9.3): also the uses the pack shows
    # forces answer openly (how many drones, the drone fleet, counts of flights); ck27's and ck31's check-only lists
    # (`overt_in_check`) are gone, so the check, the forecast and the pack's counts read one decision (`asks_covert`)
    overt_forms: list[str] = Field(default_factory=list)
    # fc64: words naming a product of the technology that has no overt use to ask about (a face search engine searched
    # with a photo on the open web: PimEyes, FaceCheck.ID, Clearview AI): no force deploys one in public view, so a count
    # of its use, of visits to it or of searches on it asks whether officers use it, as "does the force use it" does;
    # an explicit limit to overt use still limits it
    no_overt_use: list[str] = Field(default_factory=list)
    # fm100: the kinds of record `ask_instead` offers (knowledge/vocab/advised_records.yaml `kinds`: policy,
    # impact_assessment): a part asking only for one is not warned on this topic (`asks_advised`)
    advised: list[str] = Field(default_factory=list)
    counted: dict[str, list[int]] = Field(default_factory=dict)  # kind -> [ncnd, known]; written by a script
    counted_overt: dict[str, list[int]] = Field(default_factory=dict)  # the same for questions limited to overt use
    seen_sections: list[str] = Field(default_factory=list)  # written by a script


@dataclass(frozen=True)
class TopicEvidence:
    """What the pack says about one NCND topic a question touches."""

    topic: str
    label: str
    covert: bool  # the question asks about covert use (the topic's NCND record applies)
    ncnd: int  # past answers that used NCND for all or part
    known: int  # past answers whose NCND status is known
    scope: str  # the kind of body counted ("police"), or "all"
    sections: tuple[str, ...]
    why: str = ""  # fc36: the topic's plain-English reason for NCND (knowledge/ncnd_topics.yaml `why`)
    ask_instead: str = ""  # fc36: what to ask instead that is usually answered (`ask_instead`)

    overt_ncnd: int = 0  # fc49: for a technology asked about covertly, the counted answers to questions limited to overt use
    overt_known: int = 0

    @property
    def share(self) -> float:
        return self.ncnd / self.known if self.known else 0.0

    def overt_sentence(self) -> str:
        """fc49 (the lead's decision, issues 8.3 and 9.3): for a technology asked about covertly, what is usually said and
        what is not: "forces neither confirm nor deny covert use of drones and answer more often about overt use: asked
        about overt use only, 10 of 24 police answers used NCND"; "" when no such answers were counted or they were
        no more often answered."""
        if not self.covert or not self.overt_known or self.overt_ncnd / self.overt_known >= self.share:
            return ""
        who = _who(self.scope)
        return (f"covert use of {self.label} is usually neither confirmed nor denied, overt use is answered more often: "
                f"asked about overt use only, {self.overt_ncnd} of {self.overt_known} {who}answers used NCND")

    @property
    def likely(self) -> bool:
        return self.known >= MIN_EVIDENCE and self.share >= NCND_SHARE

    def sentence(self) -> str:
        """'31 of 37 police answers about informants (CHIS) used NCND'."""
        who = _who(self.scope)
        if not self.covert:  # lead48 (nc58 #12): never "answers about X limited to overt use used NCND"
            return (f"{self.ncnd} of {self.known} {who}answers to questions about {self.label} that asked only about "
                    f"overt use were answered with NCND")
        return f"{self.ncnd} of {self.known} {who}answers about {self.label} used NCND"


def _who(scope: str) -> str:
    """The kind of body counted, as the evidence sentence names it ("police ", "" for all bodies)."""
    return "" if scope == ALL else f"{scope.replace('_', ' ')} "


def topics_path() -> Path:
    return shipped_knowledge_dir() / "ncnd_topics.yaml"


@functools.lru_cache(maxsize=1)
def load_topics() -> tuple[dict[str, NcndTopic], tuple[Problem, ...]]:
    data, problems = load_yaml_entries(topics_path(), NcndTopic)
    topics = data if isinstance(data, dict) else {}
    problems = list(problems)
    for name, topic in topics.items():
        for p in everyday_patterns(topic.everyday) + topic.patterns + topic.others_use + topic.not_subject + topic.deceased + topic.overt_forms + topic.no_overt_use + topic.case_words + topic.own_matter + topic.matter_only:
            try:
                re.compile(p, re.IGNORECASE)
            except re.error as exc:
                problems.append(Problem(topics_path(), None, f"{name}: bad pattern {p!r}: {exc}"))
    return topics, tuple(problems)


_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+|\n+")


@dataclass(frozen=True)
class _TopicMatcher:
    patterns: re.Pattern
    others_use: re.Pattern | None
    deceased: re.Pattern | None = None
    office_case: bool = False
    office_role_left_out: bool = False

    def search(self, text: str) -> bool:
        return self.find(text) is not None

    def find(self, text: str) -> str | None:
        """The words by which TEXT touches the topic (None when it does not): a pattern matches once the words naming
        others' use are left out, and
        (fc34) once each sentence naming a person as dead is left out whole (`deceased`: the sentence is about that
        person, whose name is no s40 reason; cutting only the name would leave "has ... been investigated").
        fc36: a sentence naming an office holder with something done to or by them personally touches a topic with
        `office_case`; one naming an office holder in their public role only is read without the office holder for a
        topic with `office_role_left_out`."""
        if self.deceased is not None and self.deceased.search(text):
            text = " ".join(s for s in _SENTENCE_END.split(text) if not self.deceased.search(s))
        if self.office_case or self.office_role_left_out:
            from askfoi.office_holders import office_sentences, without_office_holders

            sentences = office_sentences(text)
            done_to = next((sentence for sentence, personal in sentences if personal), None)
            if self.office_case and done_to is not None:
                return done_to.strip()
            if self.office_role_left_out and any(not personal for _, personal in sentences):
                text = without_office_holders(text)
        if self.others_use is not None:
            text = self.others_use.sub(" ", text)
        found = self.patterns.search(text)
        return found.group(0) if found is not None else None


@functools.lru_cache(maxsize=1)
def _compiled() -> dict[str, _TopicMatcher]:
    out = {}
    from askfoi.knowledge import compile_any

    for name, topic in load_topics()[0].items():
        pattern = compile_any(everyday_patterns(topic.everyday) + topic.patterns)
        if pattern is not None:
            left_out = topic.others_use + topic.not_subject
            out[name] = _TopicMatcher(pattern, compile_any(left_out) if left_out else None,
                                      compile_any(topic.deceased) if topic.deceased else None,
                                      topic.office_case, topic.office_role_left_out)
    return out


@functools.lru_cache(maxsize=1)
def _asked_patterns() -> dict[str, re.Pattern]:
    from askfoi.knowledge import named_patterns

    return named_patterns("ncnd_asked")


# sp65: the NCND topics about one person's or one body's own matter, never blanked as "compensation paid over" a matter
_PERSON_TOPICS = ("named_person", "named_person_case", "employment_case", "named_organisation", "officer_investigations")


def not_asked_spans(text: str) -> list[tuple[int, int]]:
    """fc48 (issue 9 item 3): the spans of TEXT that name an NCND topic without asking about it
    (knowledge/vocab/ncnd_asked.yaml): the name of an inquiry ("the undercover policing inquiry"), what some requests
    were about in a part asking about requests ("how many requests for ... did the home office refuse"), the writer's own
    request named by its subject ("my foi about drones"), and a clause telling of a request already sent ("i sent a foi to
    police scotland about drones and nothing yet"), up to a clause that asks something new. fc61: the word whose
    definition is asked ("how \"attacks\" are defined", "what constitutes covert surveillance under your policy")."""
    text = text or ""
    rx = _asked_patterns()
    spans: list[tuple[int, int]] = []
    name = rx.get("name")
    if name is not None:
        spans += [m.span() for m in name.finditer(text) if m.group(0).strip()]
    requests, context = rx.get("requests"), rx.get("requests_context")
    if requests is not None and context is not None:
        for m in requests.finditer(text):
            start, end = _sentence_around(text, m.start(), m.end())
            if context.search(text[start:end]):
                spans.append(m.span())
    mine = rx.get("my_request")
    if mine is not None:
        spans += [m.span() for m in mine.finditer(text)]
    definition = rx.get("definition")  # fc61: the word a definition is asked of
    if definition is not None:
        spans += [m.span() for m in definition.finditer(text)]
    from askfoi.checks import law_rules_spans

    spans += law_rules_spans(text)  # fm101: who may authorise a tactic, the code of practice on it: public law
    claims = rx.get("claims")  # sp65 (nc101 j6): compensation paid over a tactic asks about the claims, not its use
    if claims is not None:
        for m in claims.finditer(text):
            span = (m.start(), clause_end(text, m.end()))
            said = text[span[0]:span[1]]
            matchers = _compiled()
            if not any(matchers[t].search(said) for t in _PERSON_TOPICS if t in matchers):
                spans.append(span)  # a named person's or body's case paid ("compensation paid to the former chief
                # executive after her tribunal claim") stays that person's matter (s40(5))
    spans += totals_spans(text)  # fm102: yearly totals of a surveillance power's authorisations, narrowed to nothing
    story, story_end = rx.get("story"), rx.get("story_end")
    if story is not None:
        for m in story.finditer(text):
            _, end = _sentence_around(text, m.start(), m.end())
            stop = story_end.search(text, m.end(), end) if story_end is not None else None
            spans.append((m.start(), stop.start() if stop is not None else end))
    return sorted(spans)


_SENTENCE = re.compile(r"[^.?!;\n]+")
_ITEM_MARK = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*\u2022])\s+")


def totals_spans(text: str) -> list[tuple[int, int]]:
    """fm102 (issue 9): the sentences of TEXT that ask only for how many authorisations, uses or requests of a
    surveillance power there were, by year or period (ncnd_asked.yaml `totals_power`, `totals_count`): every word of the
    sentence is the power, the count, a period or a word of the ask (`totals_words`), so nothing narrows it to a target
    ("How many directed surveillance authorisations did you grant in 2023?"; not "... granted against journalists").
    What the covert topic's advice offers (yearly totals), read as asking about no covert use."""
    rx = _asked_patterns()
    power, count, words = rx.get("totals_power"), rx.get("totals_count"), rx.get("totals_words")
    if power is None or count is None or words is None:
        return []
    spans = []
    for m in _SENTENCE.finditer(text or ""):
        sentence = m.group(0)
        if not (power.search(sentence) and count.search(sentence)):
            continue
        rest = _ITEM_MARK.sub(" ", sentence)
        for pattern in (power, count, words):
            rest = pattern.sub(" ", rest)
        if not re.search(r"[^\W\d_]", rest):  # no word left: nothing narrows the total
            spans.append(m.span())
    return spans


def totals_topics(text: str) -> list[str]:
    """fm102: the NCND topics TEXT names only in a plain yearly total of a surveillance power (`totals_spans`), in file
    order; [] when it names none so, or names them elsewhere too."""
    text = text or ""
    named = {t for a, b in totals_spans(text) for t in topics_in(text[a:b])}
    return [t for t in _compiled() if t in named and t not in topics_in(asked_text(text))]


def clause_end(text: str, start: int) -> int:
    """fm101: where the clause that runs on at START ends: the end of its sentence, or a clause that asks something new
    (ncnd_asked.yaml `story_end`, `rules_end`: ", and how many ...", " and say whether ...")."""
    _, end = _sentence_around(text, start, start)
    stops = [_asked_patterns().get(k) for k in ("story_end", "rules_end")]
    found = [m.start() for m in (rx.search(text, start, end) for rx in stops if rx is not None) if m is not None]
    return min(found, default=end)


@functools.lru_cache(maxsize=1)
def _body_words() -> dict[str, dict[str, str]]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("body_words")
    data = data if isinstance(data, dict) else {}
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in data.items() if isinstance(v, dict)}


def for_body(text: str | None, authority_type: str | None) -> str | None:
    """fm101 (issue 9): TEXT (a topic's `why` or `ask_instead`, knowledge/ncnd_topics.yaml) with the body asked named by
    its kind ("{body} holds this": "the force holds this" for a police force, "the council holds this" for a council:
    knowledge/vocab/body_words.yaml); a kind not listed, or none known, takes `default`. Words it does not know are left."""
    if not text or "{" not in text:
        return text
    words = _body_words()
    kind = getattr(authority_type, "value", authority_type)
    chosen = {**words.get("default", {}), **words.get(str(kind), {})}
    return re.sub(r"\{(\w+)\}", lambda m: chosen.get(m.group(1), m.group(0)), text)


def law_rules_topics(text: str) -> list[str]:
    """fm101 (issue 9): the NCND topics TEXT names only as what the law's own rules govern ("what rank of officer can
    authorise covert surveillance": askfoi/checks.py `law_rules_spans`), in file order; [] when it names none so."""
    from askfoi.checks import law_rules_spans

    text = text or ""
    named = {t for a, b in law_rules_spans(text) for t in topics_in(text[a:b])}
    return [t for t in _compiled() if t in named and t not in topics_in(asked_text(text))]


def published_rules(topics: list[str], scottish: bool = False) -> str | None:
    """fm101: the sentence saying where the rules on TOPICS are published and what answer to expect
    (knowledge/vocab/published_rules.yaml, prompts/match/law_rules.txt.j2); None for no topic."""
    from askfoi.knowledge import load_vocab
    from askfoi.templates import render

    if not topics:
        return None
    data, _ = load_vocab("published_rules")
    data = data if isinstance(data, dict) else {}
    key = next((t for t in topics if isinstance(data.get(t), dict)), None)
    rules = (data.get(key or "default") or {}).get("scotland" if scottish else "uk")
    if not rules:
        return None
    return " ".join(render("match/law_rules.txt.j2", rules=rules, named=key is not None, scottish=scottish).split())


def published_totals(topics: list[str]) -> str | None:
    """fm102: the sentence beside a part asking only for yearly totals of a surveillance power (`totals_topics`): what
    answer to expect and where such totals are published (prompts/match/totals.txt.j2); None for no topic."""
    from askfoi.templates import render

    if not topics:
        return None
    return " ".join(render("match/totals.txt.j2", several=len(topics) > 1).split())


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = max(text.rfind(c, 0, start) for c in ".?!;\n")
    after = [i for i in (text.find(c, end) for c in ".?!;\n") if i >= 0]
    return before + 1, (min(after) if after else len(text))


def asked_text(text: str) -> str:
    """fc48: TEXT with each span that names an NCND topic without asking about it (`not_asked_spans`) blanked, the same
    length (positions stay): what the NCND decision of the check and of the forecast reads."""
    text = text or ""
    spans = not_asked_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] not in "\n.?!;":
                chars[i] = " "
    return "".join(chars)


def watching_people(text: str) -> bool:
    """fc48: whether TEXT asks about a watching verb aimed at people ("use drones to watch protesters", "drones for
    monitoring journalists", "keep an eye on activists"; knowledge/vocab/ncnd_asked.yaml `watching`): covert use is asked
    or implied, whatever the preposition."""
    rx = _asked_patterns().get("watching")
    return bool(rx is not None and rx.search(text or ""))


def topics_in(text: str) -> list[str]:
    """The NCND topics a text touches, in file order."""
    text = (text or "")[:20000]
    return [name for name, rx in _compiled().items() if rx.search(text)]


def topic_words(text: str) -> dict[str, str]:
    """fc45: {topic: the words by which TEXT touches it} for each NCND topic it touches, in file order (for reading
    why a part was warned: bench/ncnd_why.py --list)."""
    text = (text or "")[:20000]
    out = {}
    for name, rx in _compiled().items():
        found = rx.find(text)
        if found is not None:
            out[name] = found
    return out


def story_topics(text: str) -> list[str]:
    """The NCND topics a sentence of a person's story (before the questions) makes the subject of the parts after it
    that name none of their own (askfoi/forecast_parts.py): those not about one person or case (`about_one`)."""
    topics = load_topics()[0]
    return [t for t in topics_in(text) if not topics[t].about_one]


def _framing(text: str) -> tuple[int, int]:
    """(explicit overt phrases, everyday overt phrases) in the text, from knowledge/vocab/match_framing.yaml."""
    from askfoi.match_text import text_vocab

    hits = text_vocab().framing_hits(text or "")
    return hits["explicit_overt"], hits["overt"]


@functools.lru_cache(maxsize=1)
def _covert_words() -> re.Pattern | None:
    """The words that put covert use inside a question's scope (knowledge/vocab/covert_terms.yaml `covert_scope`)."""
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("covert_terms")
    found = data.get("covert_scope") if isinstance(data, dict) else None
    return compile_any([w for w in found if isinstance(w, str)]) if isinstance(found, list) else None


@functools.lru_cache(maxsize=1)
def _spend_words() -> re.Pattern | None:
    """What a technology cost (covert_terms.yaml `spend_words`): a question about buying it is an everyday overt one."""
    return _covert_terms_list("spend_words")


@functools.lru_cache(maxsize=64)
def _compiled_any(patterns: tuple[str, ...]) -> re.Pattern | None:
    from askfoi.knowledge import compile_any

    return compile_any(patterns)


@functools.lru_cache(maxsize=1)
def _specific_words() -> re.Pattern | None:
    """fc41: an amount or detail that points at one source or a chosen target (covert_terms.yaml `specific_words`)."""
    return _covert_terms_list("specific_words")


def _covert_terms_list(key: str) -> re.Pattern | None:
    """The patterns of covert_terms.yaml list KEY, as one."""
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("covert_terms")
    found = data.get(key) if isinstance(data, dict) else None
    return compile_any([w for w in found if isinstance(w, str)]) if isinstance(found, list) else None


def asks_specific(text: str) -> bool:
    """fc41: whether TEXT asks for what one source was paid (the largest single payment, each informant's amount) or
    for what was spent on a chosen target (informants "in relation to" a named group): unlike a yearly total, such a
    figure could point at one person, and forces answer it with NCND."""
    rx = _specific_words()
    return bool(rx is not None and rx.search(text or ""))


def asks_spend(text: str) -> bool:
    """fc36: whether TEXT asks what was paid or spent (covert_terms.yaml `spend_words`) with no word putting covert use
    in its scope."""
    spend, covert = _spend_words(), _covert_words()
    return bool(spend is not None and spend.search(text or "") and not (covert is not None and covert.search(text or "")))


@functools.lru_cache(maxsize=1)
def _advised_vocab() -> tuple[dict[str, re.Pattern], frozenset[str], re.Pattern | None, re.Pattern | None]:
    """fm100: (kind -> its words, the question shapes of other asks, covert words, words joining more asks) from
    knowledge/vocab/advised_records.yaml."""
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("advised_records")
    data = data if isinstance(data, dict) else {}
    kinds = {str(k): compile_any([w for w in v if isinstance(w, str)])
             for k, v in (data.get("kinds") or {}).items() if isinstance(v, list)}
    covert = [w for w in data.get("covert_words") or [] if isinstance(w, str)]
    more = [w for w in data.get("more_asks") or [] if isinstance(w, str)]
    return ({k: rx for k, rx in kinds.items() if rx is not None}, frozenset(map(str, data.get("other_asks") or [])),
            compile_any(covert) if covert else None, compile_any(more) if more else None)


def asks_advised(topic_name: str, text: str) -> bool:
    """fm100 (issue 9): whether TEXT asks only for a kind of record the topic's advice offers instead (`advised`: "the
    force's policy on the use of drones at protests" on surveillance technology, whose advice is to ask for the policy),
    with no other ask (a count, a sum, whether something is used or held, a person, an incident: advised_records.yaml
    `other_asks`; nor one joined on: `more_asks`), no word putting covert use in its scope ("the policy on the covert use of drones") and no watching
    of people. The advice and the warning then agree: the part the advice offers is not warned on that topic."""
    from askfoi.forecast_model import question_shapes

    topic = load_topics()[0].get(topic_name)
    if topic is None or not topic.advised or not (text or "").strip():
        return False
    kinds, other, covert, more = _advised_vocab()
    found = [kinds[k] for k in topic.advised if k in kinds and kinds[k].search(text)]
    if not found:
        return False
    # the record's own words out ("policy, procedure or guidance" is one record): what is left joins no other ask
    one = "|".join(f"(?:{rx.pattern})" for rx in found)
    rest = re.sub(rf"(?i)(?:{one})(?:\s*(?:,\s*)?(?:\bor\b|\band\b|/|,)\s*(?:\w+\s+)?(?:{one}))*", " RECORD ", text)
    if more is not None and more.search(rest.strip(" .?!")):
        return False
    if set(question_shapes(text)) & other:
        return False
    scope = _covert_words()
    if any(rx is not None and rx.search(text) for rx in (scope, covert)) or watching_people(text):
        return False
    return True


def _overt_form(topic: NcndTopic, text: str) -> bool:
    rx = _compiled_any(tuple(topic.overt_forms))
    return rx is not None and rx.search(text or "") is not None


def overt_form_named(text: str) -> bool:
    """fc24: whether TEXT names a form of a topic's technology deployed in public view (`overt_forms`: "the live facial
    recognition vans"), without a covert word putting covert use in scope."""
    rx = _covert_words()
    if rx is not None and rx.search(text or ""):
        return False
    return any(_overt_form(t, text) for t in load_topics()[0].values() if t.overt_forms)


def _no_overt_product(topic: NcndTopic, text: str) -> bool:
    """fc64: whether TEXT names a product of the topic's technology that has no overt use (`no_overt_use`)."""
    rx = _compiled_any(tuple(topic.no_overt_use)) if topic.no_overt_use else None
    return rx is not None and rx.search(text or "") is not None


def asks_covert(topic: NcndTopic, text: str) -> bool:
    """Whether a question on this topic asks about covert use (see the module's note). Words putting covert use in
    scope ("including covert deployments", "any covert use": covert_terms.yaml `covert_scope`) outweigh the everyday
    overt words ("how many", "policy") but not an explicit limit to overt use (fc10)."""
    if not topic.overt_escapes:
        return True
    explicit, everyday = _framing(text)
    if explicit:
        return False
    if _no_overt_product(topic, text):  # fc64: a product with no overt use (a face search engine): a count is no limit
        return True
    rx = _covert_words()
    if topic.overt_forms and _overt_form(topic, text) and not (rx is not None and rx.search(text or "")) \
            and not covert_tool_named(text):
        return False  # fc24: "the live facial recognition vans": a deployment in public view
    return not everyday or (rx is not None and rx.search(text or "") is not None) or covert_tool_named(text)


def covert_tool_named(text: str) -> bool:
    """cv100 (nc100 #5): whether TEXT names a thing as a covert tool ("hidden cameras", "secret cameras", "covert
    tracking devices": covert_terms.yaml `covert_tools`): what was spent on it or how many there are is no overt
    question, so the everyday overt words ("how much", "how many") do not limit it to overt use."""
    tools = _covert_terms_list("covert_tools")
    return tools is not None and tools.search(text or "") is not None


def asks_covert_use(topic: NcndTopic, text: str) -> bool:
    """`asks_covert` for the ncnd-risk check on one part: a question about what a surveillance technology cost ("what did
    the drones cost?": covert_terms.yaml `spend_words`) asks about buying equipment, not its covert use (nu22). fc48: a
    watching verb aimed at people asks about covert use, however the rest is framed. fc49: nothing else is the check's
    own: whether a force uses, flies or deploys a technology is read by `asks_covert`, as the forecast reads it. fc55: a
    clause asking whether the body uses, has or paid for the technology (`_asks_whether_used`) is covert use, whatever
    counts or costs are listed after it."""
    if topic.overt_escapes and watching_people(text) and not _framing(text)[0]:
        return True  # fc48: a watching verb aimed at people asks about covert use, however the rest is framed
    # fc64: what was paid for a product with no overt use (a face search engine's subscription) says that it is used
    spend = _spend_words() if topic.technology and topic.overt_escapes and not _no_overt_product(topic, text) else None
    covert = _covert_words() or re.compile("(?!x)x")
    if topic.technology and _asks_whether_used(topic, text):
        return True
    if asks_covert(topic, text):
        return not (spend is not None and spend.search(text or "") and not covert.search(text or "")
                    and not covert_tool_named(text))
    # lead45: a question asked in clauses of its own beside the use ("does the force use drones with thermal cameras
    # and how much did they cost"): the clause asking whether the force uses the technology is read on its own, so the
    # cost or count asked beside it does not limit it to overt use; an explicit overt limit anywhere still does
    if _framing(text)[0]:
        return False
    from askfoi.questions import question_clauses

    clauses = [piece for c in question_clauses(text or "")
               for piece in re.split(r"(?i)[,;]?\s*\b(?:and\s+)?if\s+(?:so|yes)\b,?", c) if piece.strip()]
    if len(clauses) < 2:
        return False
    rx = _topic_rx(topic)
    return rx is not None and any(rx.search(c) and not (spend is not None and spend.search(c)) and asks_covert(topic, c)
                                  for c in clauses)


def _topic_rx(topic: NcndTopic) -> re.Pattern | None:
    name = next((n for n, t in load_topics()[0].items() if t is topic), None)
    return _compiled().get(name) if name else None


def _asks_whether_used(topic: NcndTopic, text: str) -> bool:
    """fc55 (issue 9.3): whether a clause of TEXT asks whether the body uses, has or paid for the technology, read up to
    its first comma or semicolon ("Whether the force uses drones, since when, numbers, deployments, costs"): the counts
    and costs listed after it do not limit it to overt use, nor does "pays for" (covert_terms.yaml `whether_use`); an
    explicit limit to overt use anywhere, or an overt form in the clause ("whether the force has a drone unit"), does."""
    whether = _covert_terms_list("whether_use")
    rx = _topic_rx(topic)
    if whether is None or rx is None or _framing(text)[0]:
        return False
    from askfoi.questions import question_clauses

    heads = (re.split(r"[,;]", c, maxsplit=1)[0] for c in question_clauses(text or ""))
    return any(whether.search(h) and rx.search(h) and asks_covert(topic, h) for h in heads)


def technology_covert_use(text: str) -> bool:
    """fc49 (the lead's decision, issues 8.3 and 9.3): whether TEXT (one part) asks about the covert use of a surveillance
    technology (a topic with `technology`): "does the force use X", "does police scotland fly drones over protests",
    unless limited to overt use ("overt", the vans, the announced deployments, how many drones, counts of flights:
    `overt_forms`, match_framing.yaml `explicit_overt`). The decision the check reads (`asks_covert_use`), read by the
    framing too (askfoi/framing.py: a part asked so is flagged with the overt frames, never offered an overt limit)."""
    text = asked_text(text)
    topics = load_topics()[0]
    return any(topics[n].technology and asks_covert_use(topics[n], text) for n in topics_in(text))


def asks_covert_in_sentences(name: str, topic: NcndTopic, text: str) -> bool:
    """fc33: `asks_covert` for a part of a whole letter, read sentence by sentence. A part often holds several
    sentences ("Does the force use facial recognition? If so, which company supplies it and what does the contract
    cost?"): an everyday overt word in one of them ("cost", "how many", "policy") does not limit to overt use the
    sentence that asks whether the force uses the technology at all (issue 9: such a question counts as covert unless
    limited to overt use). The part asks about covert use when the whole part does (a covert word anywhere in it)
    or when any sentence naming the topic does on its own; an explicit limit to overt use anywhere in the part
    ("overt use only") still limits all of it. One sentence is read as before, and the pack's counts (titles,
    `count_pack`) keep `asks_covert`. fc48: a watching verb aimed at people (`watching_people`) asks about covert use
    too, as the ncnd-risk check reads it (`asks_covert_use`). fc50 (issues 9.3, 9.4): a surveillance technology's part
    (`technology`) is read by the check's own decision, `asks_covert_use` (what `technology_covert_use` reads), on the
    part and on each of its sentences, as the check reads a part sentence by sentence: its clauses read on their own
    ("does the force use drones and how much did they cost"), and what it cost asked about buying equipment; the
    forecast had read it by `asks_covert`, so the two differed on such parts."""
    decide = asks_covert_use if topic.technology else asks_covert
    if decide(topic, text):
        return True
    if _framing(text)[0]:
        return False  # an explicit limit to overt use somewhere in the part
    if topic.overt_escapes and watching_people(text):
        return True  # fc48: a watching verb aimed at people asks about covert use, however the rest is framed
    from askfoi.part_roles import split_sentences

    sentences = split_sentences(text)
    if len(sentences) < 2:
        return False
    rx = _compiled().get(name)
    return any(rx is not None and rx.search(s) and decide(topic, s) for s in sentences)


def asks_about_case(topic: str, text: str) -> bool:
    """(fc44) Whether TEXT names a personal matter (`case_words`: a complaint, an investigation, a disciplinary step, a
    suspension, a whistleblowing report) of the one person a topic about one person (`about_one`) is about. fc45: the
    writer's own complaint (`own_matter`) is no such matter, and a matter named with no person ("a specific complaint",
    `matter_only`) names no one it is about: the writer's own complaint is left out first, and the topic must still be
    touched with each such matter read as a bare noun ("complaint"), so that someone other than the writer is named,
    as well as a case word."""
    t = load_topics()[0].get(topic)
    if t is None or not t.about_one or not t.case_words:
        return False
    rx = _compiled_any(tuple(t.case_words))
    own = _compiled_any(tuple(t.own_matter)) if t.own_matter else None
    text = own.sub(" ", text or "") if own is not None else (text or "")
    matter = _compiled_any(tuple(t.matter_only)) if t.matter_only else None
    person = _compiled().get(topic)
    # "a specific complaint" is read as "complaint": the matter stays, the word that made it one person's goes
    if matter is not None and person is not None and not person.search(matter.sub(lambda m: m.group(0).split()[-1], text)):
        return False
    return rx is not None and rx.search(text) is not None


def evidence_for(text: str, authority_type: str | None = None, counted: dict | None = None) -> list[TopicEvidence]:
    """For each NCND topic the text touches: the counted answers for that kind of body (all bodies when
    it has fewer than MIN_EVIDENCE), and whether the question asks about covert use. `counted`: counts to
    use instead of the file's (count_pack's result; evaluation counts without the held-out records)."""
    topics = load_topics()[0]
    out = []
    text = asked_text(text)  # fc48: only what the part asks about (not a name, a request about requests, a story)
    explicit = _framing(text)[0]
    no_overt_rx = _covert_terms_list("no_overt_form")
    no_overt = bool(no_overt_rx is not None and no_overt_rx.search(text))
    for name in topics_in(text):
        topic = topics[name]
        if explicit and topic.overt_escapes:
            continue  # limited to overt use in so many words ("overt", "public deployments"): answered as such
        covert = asks_covert_in_sentences(name, topic, text)
        key = "counted" if covert else "counted_overt"
        rows = counted[name][key] if counted is not None and name in counted else getattr(topic, key)
        # fm97: a kind of body with fewer than MIN_EVIDENCE counted answers of its own is weighed on all bodies' answers.
        # fm94 weighed a body that is not a police force on the other non-police bodies' answers instead: on the dev split
        # that lost a council's NCND answer and removed no false alarm, and on the held-out split it lost a government
        # department's (docs/notes/fm97.md)
        scope = authority_type if authority_type and authority_type in rows else ALL
        ncnd, known = (rows.get(scope) or [0, 0])[:2]
        if known < MIN_EVIDENCE and scope != ALL:
            scope = ALL
            ncnd, known = (rows.get(ALL) or [0, 0])[:2]
        overt = [0, 0]
        if covert and topic.technology and not no_overt:  # IMSI catchers, interception: no overt use to speak of
            overt_rows = counted[name]["counted_overt"] if counted is not None and name in counted else topic.counted_overt
            overt = (overt_rows.get(scope) or [0, 0])[:2]
        out.append(TopicEvidence(name, topic.label, covert, ncnd, known, scope,
                                 tuple(topic.seen_sections or topic.sections), topic.why, topic.ask_instead,
                                 overt[0], overt[1]))
    return out


OPEN_KNOWN, OPEN_SHARE = 10, 0.1  # fc26: `answered_openly`: this many counted covert answers, fewer than this share NCND


def answered_openly(name: str, authority_type: str | None = None, counted: dict | None = None) -> bool:
    """fc26: whether this kind of body (all bodies when it has fewer than OPEN_KNOWN counted answers) answers questions
    on topic NAME openly even when they are asked about covert use: at least OPEN_KNOWN counted answers to such
    questions, fewer than OPEN_SHARE of them NCND (ANPR, CCTV and body-worn video: overt cameras in public view).
    Whatever a single part's framing, such a topic is no reason to warn. Never a topic about one person or case
    (`about_one`) or one where even a count is NCND'd (`overt_escapes: false`): whether such an answer uses NCND turns
    on the person or case asked about, not on how often others' did."""
    topic = load_topics()[0].get(name)
    if topic is None or topic.about_one or not topic.overt_escapes:
        return False
    rows = counted[name]["counted"] if counted is not None and name in counted else topic.counted
    ncnd, known = (rows.get(authority_type or ALL) or [0, 0])[:2]
    if known < OPEN_KNOWN:
        ncnd, known = (rows.get(ALL) or [0, 0])[:2]
    return known >= OPEN_KNOWN and ncnd / known < OPEN_SHARE


@functools.lru_cache(maxsize=1)
def _not_from() -> dict[str, frozenset[str]]:
    """fm100: {kind of body: the kinds whose answers do not speak for it} (knowledge/vocab/evidence_kinds.yaml)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("evidence_kinds")
    rows = (data or {}).get("not_from") if isinstance(data, dict) else None
    return {str(k): frozenset(map(str, v or [])) for k, v in (rows or {}).items()}


def kinds_left_out(authority_type: str | None) -> frozenset[str]:
    """fm100: the kinds of body whose answers do not speak for a body of AUTHORITY_TYPE (evidence_kinds.yaml)."""
    return _not_from().get(authority_type or "", frozenset())


def fitting_evidence(evidence: TopicEvidence, authority_type: str | None, counted: dict | None = None
                     ) -> tuple[int, int, int] | None:
    """fm100 (issue 9): for EVIDENCE weighed on all bodies' answers (its kind had fewer than MIN_EVIDENCE of its own),
    (NCND answers, known answers) of the bodies whose answers speak for a body of AUTHORITY_TYPE, and the NCND answers
    left out (knowledge/vocab/evidence_kinds.yaml: a council is not weighed on police forces' answers about their
    covert capabilities); None when the evidence already fits (its own kind's, a kind with no such list, a topic about
    one person or case, or no answer of a listed kind was counted)."""
    left_out = _not_from().get(authority_type or "")
    topic = load_topics()[0].get(evidence.topic)
    if not left_out or evidence.scope != ALL or topic is None or topic.about_one:
        return None
    key = "counted" if evidence.covert else "counted_overt"
    rows = counted[evidence.topic].get(key, {}) if counted is not None and evidence.topic in counted else getattr(topic, key)
    out_n = sum((rows.get(k) or [0, 0])[0] for k in left_out)
    out_k = sum((rows.get(k) or [0, 0])[1] for k in left_out)
    if not out_k:
        return None
    return evidence.ncnd - out_n, evidence.known - out_k, out_n


# --- counting from the pack ---------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _targeted_harvests() -> re.Pattern | None:
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("harvest_sampling", list[str])
    return compile_any((data or {}).get("ncnd_targeted") or []) if isinstance(data, dict) else None


def ncnd_targeted(record) -> bool:
    """Whether RECORD came from a harvest searched FOR NCND answers (knowledge/vocab/harvest_sampling.yaml, on
    the record's `harvest` name): such records over-state how often bodies use NCND."""
    name = getattr(record, "harvest", None)
    rx = _targeted_harvests()
    return bool(name and rx is not None and rx.search(name))


# what was asked was dealt with (given, withheld, not held, too costly), so an NCND beside it can be a standing paragraph
STANDING_ANSWERED = frozenset({"disclosed", "part_disclosed", "not_held", "cost_limit", "refused"})


def _standing_patterns() -> dict[str, re.Pattern]:
    from askfoi.knowledge import named_patterns

    return named_patterns("ncnd_standing")


def standing_paragraph(record) -> bool:
    """fc47: whether RECORD's NCND is only a standing paragraph beside a reply to what was asked ("we neither confirm nor
    deny that any other information is held"), not an NCND about what was asked (knowledge/vocab/ncnd_standing.yaml).
    Read from the answer: its parts where it marks NCND parts (every NCND part is "any other ... information" and some
    part was not NCND), else its outcome (given, withheld, not held or too costly: STANDING_ANSWERED, not a whole NCND)
    and its note. False for a record that is not NCND or shows no such sign."""
    if record.ncnd is not True:
        return False
    rx = _standing_patterns()
    parts = [p for p in record.parts if p.ncnd is True]
    if parts:
        part_rx = rx.get("standing_part")
        return (part_rx is not None and all(part_rx.search(p.asked) for p in parts)
                and any(p.ncnd is False or p.outcome.value != "ncnd" for p in record.parts if p.ncnd is not True))
    note_rx = rx.get("standing_note")
    return bool(record.outcome.value in STANDING_ANSWERED and note_rx is not None and note_rx.search(record.note or ""))


def scope_shown(record) -> str | None:
    """fm82: what RECORD's NCND covered, as its answer shows it (the value of PublishedResponse.ncnd_scope that
    bench/harvest_sources.py writes into knowledge/sources): "the question" for a whole NCND answer or an NCND part
    that is not "any other information"; "other information" for a standing paragraph beside a reply to what was
    asked (`standing_paragraph`); None when the record is not NCND or the answer does not show which (unknown)."""
    if record.ncnd is not True:
        return None
    if record.outcome.value == "ncnd":
        return "the question"
    if standing_paragraph(record):
        return "other information"
    part_rx = _standing_patterns().get("standing_part")
    if any(p.ncnd is True and not (part_rx is not None and part_rx.search(p.asked)) for p in record.parts):
        return "the question"
    return None


def _record_questions(r) -> list[tuple[str, bool | None, list[str]]]:
    """(text, ncnd, sections) for each question a record shows: its parts when it lists them, else itself."""
    whole = " ".join(p for p in (r.title, r.asked, r.request_text or "") if p)
    return [(p.asked, p.ncnd, p.sections or []) for p in r.parts] + [(whole, r.ncnd, r.sections)]


def count_pack(responses: Iterable) -> dict[str, dict]:
    """{topic: {"counted": {kind: [ncnd, known], "all": [...]}, "counted_overt": {...}, "seen_sections": [...]}}
    over the records: a record (or the first part it lists that matches) counts for a topic when it carries one
    of the topic's tags or its text matches a pattern; in `counted` when it asks about covert use (the same
    rule as for a question), else in `counted_overt`; unknown NCND is skipped, and so is a record from a harvest
    searched for NCND answers (`ncnd_targeted`: it would over-state the share)."""
    from askfoi.knowledge import ncnd_provisions

    topics = load_topics()[0]
    rx = _compiled()
    provisions = ncnd_provisions()
    counts: dict[str, dict[str, dict[str, list[int]]]] = {n: {"counted": {}, "counted_overt": {}} for n in topics}
    seen: dict[str, Counter] = {n: Counter() for n in topics}
    for r in responses:
        if not r.outcome.is_final or ncnd_targeted(r):
            continue
        tags = set(r.topics)
        questions = _record_questions(r)
        for name, topic in topics.items():
            hit = None
            for text, ncnd, sections in questions:  # a listed part first, then the record as a whole
                if ncnd is not None and name in rx and rx[name].search(text):
                    hit = (ncnd, sections, asks_covert(topic, text))
                    break
            if hit is None and tags & set(topic.tags) and r.ncnd is not None:
                hit = (r.ncnd, r.sections, asks_covert(topic, questions[-1][0]))
            if hit is None:
                continue
            whole = len(questions) == 1 or hit[1] is r.sections
            if not hit[2] and whole and hit[0] and r.outcome.value != "ncnd":
                continue  # NCND for part of a request framed as overt: it cannot be told which part it was
            table = counts[name]["counted" if hit[2] else "counted_overt"]
            for kind in (r.authority_type.value, ALL):
                row = table.setdefault(kind, [0, 0])
                row[0] += int(hit[0])
                row[1] += 1
            if hit[0] and hit[2]:
                seen[name].update(x for x in hit[1] if x in provisions)
    return {
        n: {"counted": dict(sorted(counts[n]["counted"].items())),
            "counted_overt": dict(sorted(counts[n]["counted_overt"].items())),
            "seen_sections": [s for s, _ in seen[n].most_common(6)]}
        for n in topics
    }


_COUNTED_LINE = re.compile(r"^(  )(counted|counted_overt|seen_sections):.*$")


def write_counts(counted: dict[str, dict], path: Path | None = None) -> None:
    """Rewrite only the `counted:`, `counted_overt:` and `seen_sections:` lines of each topic, keeping the rest."""
    import json

    path = path or topics_path()
    out = []
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        top = re.match(r"^([a-z0-9_]+):\s*$", line)
        if top:
            current = top.group(1)
        m = _COUNTED_LINE.match(line)
        if m and current in counted:
            value = counted[current][m.group(2)]
            line = f"  {m.group(2)}: {json.dumps(value, separators=(', ', ': '))}"
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    load_topics.cache_clear()
    _compiled.cache_clear()


__all__ = ["EverydayWords", "NcndTopic", "TopicEvidence", "everyday_patterns", "answered_openly", "asks_covert", "asks_spend", "count_pack", "evidence_for", "load_topics", "ncnd_targeted",
           "overt_form_named", "story_topics", "topics_in",
           "write_counts", "MIN_EVIDENCE", "NCND_SHARE"]
