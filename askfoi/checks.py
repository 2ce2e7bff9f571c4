"""Judging a draft FOI request the way an experienced FOI officer would.

The checks themselves (trigger phrases, the context that cancels them, messages and fixes) are
data in knowledge/vocab/checks.yaml, with shared word groups in check_lexicon.yaml. This module
is the generic engine: it finds each trigger, looks at the words around it (negation just before,
"how many" before a list of people, "my" before "records", the rest of the sentence), and turns
what is left into findings. It also decides which law applies: a subject access request when the
request is about the writer, the EIR for environmental information, FOISA for Scottish bodies.

Every pattern is compiled once per process, and context is only ever read from a bounded window
around a match. Only the first MAX_CHECK_CHARS characters are judged: far more than any real
request (a long one is two pages), and it keeps a pasted megabyte quick instead of scanning it
with every pattern.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from askfoi.authorities import ResolvedAuthority, cost_limit_for, resolve_authority
from askfoi.council_tiers import council_tier
from askfoi.knowledge import Problem, load_vocab, vocab_path
from askfoi.models import AuthorityType, Nation, Regime
from askfoi.sign_off import first_name_only

Severity = Literal["high", "medium", "low"]
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}

# How much of a text is judged (about 20 pages); the command line refuses longer text outright.
MAX_CHECK_CHARS = 50_000
# How far either side of a match a "sentence" may reach when it has no full stop.
SENTENCE_REACH = 300
# Matches examined per rule; beyond this a huge text is not going to change the verdict.
MAX_MATCHES_PER_RULE = 200
MAX_EVIDENCE_CHARS = 120

_BOUNDARY = re.compile(r"[.?!\n]")
_GROUP_REF = re.compile(r"\{\{(\w+)\}\}")
_LIST_ITEM = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*\u2022])[ \t]+\S", re.MULTILINE)
_QUESTION = re.compile(r"\?+")


# --------------------------------------------------------------------------------------------
# The vocabulary's shape
# --------------------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Rule(_Strict):
    """One trigger pattern and the context that cancels it."""

    pattern: str
    unless_before: list[str] = Field(default_factory=list)
    unless_after: list[str] = Field(default_factory=list)
    unless_match: list[str] = Field(default_factory=list)
    unless_sentence: list[str] = Field(default_factory=list)
    # mx101 (nc101 #1): the clause the match is in, one part of a sentence that asks several things ("the repair
    # complaints i made, and how many damp complaints they got"): a figure asked in a clause of its own is a part of
    # its own, and cancels nothing about this one (_clause_bounds)
    unless_clause: list[str] = Field(default_factory=list)
    require_sentence: list[str] = Field(default_factory=list)
    # the message up to the end of the matched sentence: what the writer has told so far ("my dad died in march.
    # she wants his medical records": the death is told in the sentence before the records are asked for)
    require_told: list[str] = Field(default_factory=list)
    unless_told: list[str] = Field(default_factory=list)
    # ny85 (nc85 #1): the whole message (with what was told before it): "us" is the writer's own only where the
    # message names the writer themself ("my husband ... our phones") and no group they speak for (protesters, a march)
    require_text: list[str] = Field(default_factory=list)
    unless_text: list[str] = Field(default_factory=list)
    # ck13: this rule's finding quotes the whole sentence ("tell me about the bins"), not only the words matched
    evidence: Literal["match", "sentence"] | None = None
    # ck15: this rule's finding is said in the check's variant of that name (the fix that fits what the rule found)
    variant: str | None = None
    # ck25a: the story this rule finds is what the message asks about (a check's story_not_asked does not cancel it):
    # "my neighbour keeps getting visits from social services, what is going on"
    story_asked: bool = False


class Rewrite(_Strict):
    pattern: str
    replace: str


class Variant(_Strict):
    severity: Severity | None = None
    message: str | None = None
    suggestion: str | None = None


class CheckSpec(_Strict):
    """One check as written in knowledge/vocab/checks.yaml."""

    severity: Severity
    message: str
    suggestion: str
    kind: Literal["phrase", "absent", "parts", "authority", "unknown_authority", "not_covered", "abolished",
                  "future_year", "signature", "published", "other_nation"] = "phrase"
    regime: Regime | None = None
    negatable: bool = True
    window: int = Field(default=80, ge=10, le=SENTENCE_REACH)
    evidence: Literal["match", "sentence"] = "match"
    topic: str | None = None
    topic_from_match: bool = False
    asked_fallback: str | None = None  # ck28: the example when the text asks nothing apart from its story ({asked})
    rewrites: list[Rewrite] = Field(default_factory=list)
    rewrite_fallback: str | None = None
    variants: dict[str, Variant] = Field(default_factory=dict)
    max_parts: int | None = None
    many_years: int | None = None
    when_nation: Nation | None = None
    # only for a council of this tier of English two-tier local government (knowledge/vocab/council_tiers.yaml)
    when_tier: Literal["county", "district"] | None = None
    not_under: list[Regime] = Field(default_factory=list)  # laws under which this check does not apply
    # the kinds of body the check applies to (empty: every kind); a body askfoi does not know is always checked
    for_types: list[AuthorityType] = Field(default_factory=list)
    # additive (tr3): the sentence must ask for something ({{asking}} in check_lexicon.yaml): a sentence of
    # the person's story ("I think they lied to us about why it closed.") is not a part of the request
    asking_only: bool = False
    # a sentence of the writer's story ("i was walking under the trees when i fell") that asks nothing is left
    # out; unlike asking_only, a part written as a noun phrase ("The number of noise complaints in 2024.") counts
    story_not_asked: bool = False
    # ck13: not raised when the request names a body askfoi knows (that body is asked; the words name a subject)
    unless_known_authority: bool = False
    # ck50: the check is said in the variant named after the kind of body asked (the body named, else the kind of body
    # the text names: askfoi/checks.py kind_in_text) when no rule names one
    kind_variants: bool = False
    # nx73: a hit whose rule names a variant is the one said, before hits of the check's general words (the terms agreed
    # with a named provider, before "per hour" in the same sentence)
    variant_first: bool = False
    rules: list[Rule] = Field(default_factory=list)
    unless_before: list[str] = Field(default_factory=list)
    unless_after: list[str] = Field(default_factory=list)
    unless_sentence: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


class Finding(BaseModel):
    code: str
    severity: Severity
    message: str
    suggestion: str
    evidence: str
    rewrite: str | None = None  # the whole request rewritten, when one can be given
    part: int | None = None  # ck13: the letter's part (1-based) the finding is about; None: the whole request
    variant: str | None = None  # ck25a: the check's variant it is said in ("private_person_care"), None: its own words
    body: str | None = None  # nx70: the organisation the fix sends the request to (a body for the place asked about)


class CheckResult(BaseModel):
    regime: Regime
    authority: dict | None  # {"name", "type", "nation"}
    findings: list[Finding]


# --------------------------------------------------------------------------------------------
# Compiling the vocabulary once
# --------------------------------------------------------------------------------------------


class _CompiledRule:
    def __init__(self, pattern, before, after, match, sentence, require, sentence_test=None, asking=None, story=None,
                 told=None, told_unless=None, whole=None, whole_unless=None, clause=None):
        self.clause: list[re.Pattern] = clause or []
        self.whole: list[re.Pattern] = whole or []
        self.whole_unless: list[re.Pattern] = whole_unless or []
        self.told: list[re.Pattern] = told or []
        self.told_unless: list[re.Pattern] = told_unless or []
        self.pattern: re.Pattern = pattern
        self.before: list[re.Pattern] = before
        self.after: list[re.Pattern] = after
        self.match: list[re.Pattern] = match
        self.sentence: list[re.Pattern] = sentence
        self.require: list[re.Pattern] = require
        self.sentence_test = sentence_test  # a further test of the whole sentence (NCND topics: covert use?)
        self.asking: list[re.Pattern] = asking or []  # asking_only checks: one must match the sentence
        self.story: list[re.Pattern] = story or []  # story_not_asked checks: a story opening, with no ask, cancels
        self.police_only = False  # NCND topics that are surveillance technologies: raised for police forces only
        self.evidence: str | None = None  # ck13: "sentence": the finding quotes the sentence (Rule.evidence)
        self.variant: str | None = None  # ck15: the check's variant this rule's finding is said in (Rule.variant)


class _CompiledCheck:
    def __init__(self, code: str, spec: CheckSpec):
        self.code = code
        self.spec = spec
        self.rules: list[_CompiledRule] = []
        self.topic: re.Pattern | None = None
        self.rewrites: list[tuple[re.Pattern, str]] = []


class _Compiler:
    """Expands {{group}} references from the lexicon and compiles, turning bad patterns into Problems."""

    def __init__(self, lexicon: dict[str, list[str]], where):
        self.lexicon = lexicon
        self.where = where
        self.problems: list[Problem] = []

    def expand(self, pattern: str) -> str:
        def group(m: re.Match) -> str:
            name = m.group(1)
            if name not in self.lexicon:
                raise KeyError(name)
            return "(?:" + "|".join(self.lexicon[name]) + ")"

        for _ in range(4):  # a group may name other groups ("person_name" uses "person_title")
            expanded = _GROUP_REF.sub(group, pattern)
            if expanded == pattern:
                break
            pattern = expanded
        return pattern

    def compile(self, pattern: str, code: str) -> re.Pattern | None:
        try:
            return re.compile(self.expand(pattern), re.IGNORECASE)
        except KeyError as exc:
            self.problems.append(Problem(self.where, None, f"{code}: no word group {exc.args[0]!r} in check_lexicon"))
        except re.error as exc:
            self.problems.append(Problem(self.where, None, f"{code}: bad pattern {pattern!r}: {exc}"))
        return None

    def compile_all(self, patterns: list[str], code: str) -> list[re.Pattern]:
        return [p for p in (self.compile(x, code) for x in patterns) if p is not None]


# lf61 (nc58 #10): a line (a part) that opens with the lead a frame template writes and names its subject after it
_TEMPLATE_LEAD_NAMED = re.compile(r"(?i)[ \t]*(?:\d{1,2}[.)]\s*)?any\s+(?:recorded\s+information|records?)\s+(?:held\s+)?"
                                  r"(?:showing\s+whether|showing|of)\s+(?:\S+\s+){2,}\S")


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[_CompiledCheck, ...], tuple[Problem, ...]]:
    lexicon, lex_problems = load_vocab("check_lexicon", list[str])
    specs, spec_problems = load_vocab("checks", CheckSpec)
    compiler = _Compiler(lexicon, vocab_path("checks"))
    checks: list[_CompiledCheck] = []
    for code, spec in specs.items():
        check = _CompiledCheck(code, spec)
        common_before = list(spec.unless_before) + (["{{negated_before}}"] if spec.negatable else [])
        for rule in spec.rules:
            pattern = compiler.compile(rule.pattern, code)
            if pattern is None:
                continue
            check.rules.append(
                _CompiledRule(
                    pattern,
                    compiler.compile_all(common_before + rule.unless_before, code),
                    compiler.compile_all(spec.unless_after + rule.unless_after, code),
                    compiler.compile_all(rule.unless_match, code),
                    compiler.compile_all(spec.unless_sentence + rule.unless_sentence, code),
                    compiler.compile_all(rule.require_sentence, code),
                    asking=compiler.compile_all(["{{asking}}"], code) if spec.asking_only else None,
                    story=compiler.compile_all(["{{story_opening}}"], code) if spec.story_not_asked and not rule.story_asked
                    else None,
                    told=compiler.compile_all(rule.require_told, code),
                    told_unless=compiler.compile_all(rule.unless_told, code),
                    whole=compiler.compile_all(rule.require_text, code),
                    whole_unless=compiler.compile_all(rule.unless_text, code),
                    clause=compiler.compile_all(rule.unless_clause, code),
                )
            )
            check.rules[-1].evidence = rule.evidence
            check.rules[-1].variant = rule.variant
        if code == "ncnd-risk":
            check.rules.extend(_ncnd_topic_rules(compiler, common_before + list(spec.unless_before), code,
                                                 list(spec.unless_after)))
        if code == "environmental-information":
            check.rules.extend(_environmental_rules(compiler, common_before, code, spec.story_not_asked,
                                                    list(spec.unless_after)))
        if spec.topic:
            check.topic = compiler.compile(spec.topic, code)
        for rw in spec.rewrites:
            compiled = compiler.compile(rw.pattern, code)
            if compiled is not None:
                check.rewrites.append((compiled, rw.replace))
        checks.append(check)
    return tuple(checks), tuple(lex_problems) + tuple(spec_problems) + tuple(compiler.problems)


def _ncnd_topic_rules(compiler: _Compiler, before: list[str], code: str,
                      after: list[str] | None = None) -> list[_CompiledRule]:
    """The ncnd-risk check also fires on the topics of knowledge/ncnd_topics.yaml whose counted answers
    do not speak against NCND (too few known answers, or at least NCND_SHARE of them used NCND), and only
    where the sentence asks about covert use (the same rule the forecast uses)."""
    from askfoi.ncnd_topics import MIN_EVIDENCE, NCND_SHARE, everyday_patterns, load_topics

    rules = []
    for name, topic in load_topics()[0].items():
        ncnd, known = (topic.counted.get("all") or [0, 0])[:2]
        if not topic.in_check or (known >= MIN_EVIDENCE and ncnd / known < NCND_SHARE):
            continue
        # fc48 (issue 9 item 3): the topic's everyday words too ("watching me", "tapping my phone"), as the forecast
        # reads them (askfoi/ncnd_topics.py `topics_in`): one decision for both
        for pattern in topic.patterns + everyday_patterns(topic.everyday):
            compiled = compiler.compile(pattern, code)
            if compiled is not None:
                rule = _CompiledRule(
                    compiled, compiler.compile_all(before, code), compiler.compile_all(after or [], code), [], [], [],
                    sentence_test=functools.partial(_topic_sentence_covert, name, topic),
                )
                # drones or facial recognition asked of the Ministry of Justice (drones over prisons) or a council:
                # covert use of a surveillance technology is answered with NCND by police forces
                rule.police_only = bool(topic.technology)
                rules.append(rule)
    return rules


@functools.lru_cache(maxsize=1)
def _kind_words() -> dict[AuthorityType, re.Pattern]:
    from askfoi.knowledge import compile_any

    data, _ = load_vocab("body_kind_words", list[str])
    out = {}
    for kind, words in (data.items() if isinstance(data, dict) else []):
        rx = compile_any(words or [])
        if rx is not None and kind in AuthorityType.__members__:
            out[AuthorityType[kind]] = rx
    return out


def kind_in_text(text: str) -> AuthorityType | None:
    """fc24: the kind of body a message with no body named is written to (knowledge/vocab/body_kind_words.yaml): police
    when it names police words; else the one other kind whose words it names; None when it names none or several."""
    found = [kind for kind, rx in _kind_words().items() if rx.search(text or "")]
    if AuthorityType.police in found:
        return AuthorityType.police
    return found[0] if len(found) == 1 else None


def _topic_sentence_covert(name: str, topic, sentence: str) -> bool:
    """fc24: the sentence is on the topic once the words naming others' use or someone it is not about are left out
    ("calls about drones" from the public, "one of the drones from the business rates department"), as for the
    forecast (askfoi.ncnd_topics.topics_in), and asks about covert use."""
    from askfoi.ncnd_topics import _compiled as topic_matchers, asks_covert_use

    matcher = topic_matchers().get(name)
    return (matcher is None or matcher.search(sentence)) and asks_covert_use(topic, sentence)


@functools.lru_cache(maxsize=1)
def _law_rules_patterns() -> list[re.Pattern]:
    lexicon, _ = load_vocab("check_lexicon", list[str])
    return _Compiler(lexicon, vocab_path("check_lexicon")).compile_all(["{{law_rules}}"], "law_rules")


def asks_law_rules(text: str) -> bool:
    """cv100 (nc100 #5): whether TEXT asks for the law's own rules on a tactic (who may authorise it, the rank that
    must, the code of practice: check_lexicon.yaml `law_rules`), public law and answerable, never an NCND question."""
    return any(p.search(text or "") for p in _law_rules_patterns())


def law_rules_spans(text: str) -> list[tuple[int, int]]:
    """fm101 (issue 9): the spans of TEXT that ask for the law's own rules on a tactic (`asks_law_rules`), each from the
    rule's words to the end of its clause ("what rank of officer can authorise covert surveillance", "the code of
    practice on informants"): the tactic named there is what the rules govern, not something asked about.
    askfoi/ncnd_topics.py `not_asked_spans` reads them, so the ncnd-risk check and the forecast read one decision."""
    from askfoi.ncnd_topics import clause_end

    text = text or ""
    return [(m.start(), clause_end(text, m.end())) for p in _law_rules_patterns() for m in p.finditer(text)]


@functools.lru_cache(maxsize=1)
def _asking_patterns() -> list[re.Pattern]:
    lexicon, _ = load_vocab("check_lexicon", list[str])
    return _Compiler(lexicon, vocab_path("check_lexicon")).compile_all(["{{asking}}"], "asking")


@functools.lru_cache(maxsize=1)
def _death_told_patterns() -> list[re.Pattern]:
    lexicon, _ = load_vocab("check_lexicon", list[str])
    return _Compiler(lexicon, vocab_path("check_lexicon")).compile_all(["{{death_told}}"], "death_told")


def death_told(story: str | None) -> str:
    """ny67 (nc67 #2): the sentences of STORY that tell a death ("my dad died in march after ...", "he's dead", "my
    late dad"): what the rules on what was told read before the parts; "" when it tells none (a "late" reply, a
    "dying" parent are no death told)."""
    if not story:
        return ""
    said = re.split(r"(?<=[.!?])\s+|\n+", story[:MAX_CHECK_CHARS])
    return " ".join(x for x in said if any(p.search(x) for p in _death_told_patterns()))


def _environmental_rules(compiler: _Compiler, before: list[str], code: str, story_not_asked: bool = False,
                         after: list[str] | None = None) -> list[_CompiledRule]:
    """The environmental-information check also fires on the subjects of knowledge/vocab/
    environmental_subjects.yaml (the EIR's definition, group by group: air, water, land, noise, energy,
    waste, emissions, planning ...), each matched as whole words."""
    groups, _ = load_vocab("environmental_subjects", list[str])
    rules = []
    for terms in (groups.values() if isinstance(groups, dict) else []):
        body = "|".join(f"(?:{t})" for t in terms or [] if isinstance(t, str) and t.strip())
        compiled = compiler.compile(rf"\b(?:{body})\b", code) if body else None
        if compiled is not None:
            rules.append(_CompiledRule(compiled, compiler.compile_all(before, code), compiler.compile_all(after or [], code),
                                       [], [], [],
                                       story=compiler.compile_all(["{{story_opening}}"], code) if story_not_asked else None))
    from askfoi.tree_words import tree_pattern

    trees = tree_pattern()  # ny99 (nc99 #5): "how many elms were felled": the kinds of tree (knowledge/vocab/tree_words.yaml)
    compiled = compiler.compile(trees, code) if trees else None
    if compiled is not None:
        rules.append(_CompiledRule(compiled, compiler.compile_all(before, code), compiler.compile_all(after or [], code),
                                   [], [], [],
                                   story=compiler.compile_all(["{{story_opening}}"], code) if story_not_asked else None))
    return rules


def ncnd_risk_words(text: str, authority_type: str | None = None) -> list[str]:
    """fc48 (issue 9 item 3): the words by which the ncnd-risk check warns TEXT (one part) for a body of AUTHORITY_TYPE
    (None: unknown, read as the check reads a message to no named body), in text order; [] when it does not warn. The
    forecast (askfoi/matching.py) reads it to say why its `ncnd_likely` and the check's warning differ for a part."""
    check = next((c for c in _compiled()[0] if c.code == "ncnd-risk"), None)
    if check is None:
        return []
    kind = AuthorityType.__members__.get(authority_type or "")
    if kind is None and not authority_type:
        kind = kind_in_text(text or "")
    if kind is not None and check.spec.for_types and kind not in check.spec.for_types:
        return []
    hits = _find(check, (text or "")[:MAX_CHECK_CHARS])
    if kind is not None and kind != AuthorityType.police:
        hits = [h for h in hits if not h.police_only]
    return [h.match.group(0) for h in hits]


def environmental_matches(text: str) -> list[re.Match]:
    """env17: the environmental subjects the environmental-information check finds in TEXT (its rules and
    knowledge/vocab/environmental_subjects.yaml, with their context rules), in text order."""
    check = next((c for c in _compiled()[0] if c.code == "environmental-information"), None)
    text = (text or "")[:MAX_CHECK_CHARS]
    return [h.match for h in _find(check, text) if not _in_proper_name(text, h.match)] if check is not None else []


# env17: a name a subject word stands in ("Forest Gate", "Michael Hedges", "People's Energy", "the Independent Tree
# Panel"): capitalised inside a sentence, next to another capitalised word; ny73: a river, lake or loch by its name
# ("Loch Spelve", "the River Wye") is a place too
_NAMED_WATER = re.compile(r"(?i)^(?:rivers?|lakes?|lochs?|canals?|reservoirs?|estuar(?:y|ies)|brooks?|streams?)$")


def _in_proper_name(text: str, m: re.Match) -> bool:
    words = m.group(0)
    if _NAMED_WATER.match(words.strip()):
        # ny73 (nc73 #5): "Loch Spelve", "the river Wye centre": a water body's name is a place, never what is asked; the
        # law comes from what the part asks about it (sea lice, discharges, water quality ...)
        return bool(re.match(r"\s+(?:of\s+)?[A-Z][\w'’-]*", text[m.end():]))
    if not words[:1].isupper() or words.isupper() or re.search(r"\s", words.strip()):
        # a phrase ("Air Quality Management Area", "the Local Plan") or an acronym ("ULEZ") is the subject's own name
        return False
    before = text[:m.start()]
    if not before.strip() or re.search(r"[.?!:;\n]\s*$", before):
        return False  # the sentence's first word
    prev = re.search(r"([A-Z][\w'’-]*)\s+$", before)
    prev_first = prev is not None and (not before[:prev.start()].strip() or re.search(r"[.?!:;\n]\s*$", before[:prev.start()]))
    after = re.match(r"\s+(?:of\s+)?[A-Z][\w'’-]*", text[m.end():])
    return bool(after) or (prev is not None and not prev_first)


def vocabulary_problems() -> list[Problem]:
    """Anything wrong in the check vocabularies (bad patterns, unknown groups, bad entries)."""
    return list(_compiled()[1])


# --------------------------------------------------------------------------------------------
# Reading the text
# --------------------------------------------------------------------------------------------


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], never reaching more than SENTENCE_REACH either side."""
    lo = max(0, start - SENTENCE_REACH)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + SENTENCE_REACH)
    m = _BOUNDARY.search(text, end, hi)
    right = m.end() if m else hi
    return left, right


# mx101 (nc101 #1): where one part of a sentence ends and the next begins: a comma, a semicolon or a colon, or "and",
# "also", "plus", "but" before the words that start a new ask ("how many", "what", "the number of", "i want") or a new
# record ("the", "my", "copies of"); "damp and mould complaints" is one thing, never two parts
_CLAUSE_CUT = re.compile(r"(?i)\s*[,;:]\s*|\s+(?:and|also|plus|but|as\s+well\s+as)\s+(?:also\s+)?(?=(?:how|what|which|who|"
                         r"whose|when|where|whether|why|the|my|our|a|an|any|all|copies|copy|please|tell|can|could|i|give|"
                         r"send|their|his|her|did|do|does|is|are|was|were|has|have)\b)")


def _clause_bounds(text: str, s_start: int, s_end: int, m: re.Match) -> tuple[int, int]:
    """mx101: the clause of the sentence TEXT[S_START:S_END] that the match M is in (_CLAUSE_CUT), as a span of TEXT."""
    left, right = s_start, s_end
    for cut in _CLAUSE_CUT.finditer(text, s_start, s_end):
        if cut.end() <= m.start():
            left = cut.end()
        elif cut.start() >= m.end():
            right = cut.start()
            break
    return left, right


# an item named bare, as a list asks for it ("the complaint i put in about the pub, plus how many ..."), never told
_BARE_ITEM = re.compile(r"(?i)^\W*(?:(?:and|also|plus|but)\s+)?(?:the|a|an|any|all|every|copies|copy|my)\b")


_TOLD_AFTER = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|got|gets|went|took|did|never|wasn'?t|weren'?t|isn'?t|hasn'?t)\b")


def _clause_keeps(rule: _CompiledRule, text: str, bounds: tuple[int, int], m: re.Match, sentence: str) -> bool:
    """mx101 (nc101 #1): whether a rule's match stands in CLAUSE: not when its unless_clause words are in the clause (a
    figure asked of these very records); and where they are only elsewhere in the sentence, only when the clause itself
    asks ("i want the complaints i made, and how many ...") or names a bare item, never when it tells ("i got a letter
    the council sent me, how many ...": the story, as before)."""
    clause = text[bounds[0]:bounds[1]]
    if any(p.search(clause) for p in rule.clause):
        return False
    if not any(p.search(sentence) for p in rule.clause):
        return True
    if any(p.search(clause) for p in _asking_patterns()):
        return True
    # a bare item, unless the clause goes on to tell what became of it ("the complaint i made was ignored, how many ...")
    return bool(_BARE_ITEM.match(clause)) and not _TOLD_AFTER.search(text[m.end():bounds[1]])


def _sentence_evidence(text: str, hit: "_Hit") -> str:
    """The sentence a finding quotes; a long one from the clause the rule matched (lead39, newcomer: an opinion asked
    at the end of a long sentence was quoted by its first words, "Under the Freedom of Information Act please send me
    all information ...", which say nothing of the opinion)."""
    lo, hi = hit.sentence
    whole = " ".join(text[lo:hi].split())
    if len(whole) <= MAX_EVIDENCE_CHARS:
        return _clean(whole)
    start = max(lo, hit.match.start())
    cut = max((m.end() for m in re.finditer(r"[,;:]\s+|\s(?:and|but|also)\s", text[lo:start])), default=0)
    clause = text[lo + cut:hi] if cut else text[start:hi]
    return "\u2026" + _clean(clause) if lo + cut > lo else _clean(clause)


def _clean(words: str, limit: int = MAX_EVIDENCE_CHARS) -> str:
    words = " ".join(words.split()).strip(" ,;:-")
    if len(words) > limit:
        words = words[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
    return words


class _Hit:
    def __init__(self, match: re.Match, sentence: tuple[int, int], police_only: bool = False, evidence: str | None = None,
                 variant: str | None = None):
        self.variant = variant  # ck15: the check's variant the rule that matched is said in
        self.evidence = evidence  # ck13: the rule's own evidence ("sentence"), else the check's
        self.match = match
        self.sentence = sentence
        self.police_only = police_only  # a surveillance technology's covert use: NCND is a police force's answer


# a later question that points back at the story ("there's a smell from the sewage works. how many complaints
# have they had about it"): what the story names is then what is asked about
_ASKED_BACK = re.compile(r"(?i)\b(?:about|over|regarding|into|of|on|for)\s+(?:it|this|that|them)\b(?!\s+(?:is|was|are|were)\b)")


def rules_find(code: str, text: str) -> bool:
    """Whether check CODE's own rules find anything in TEXT, read as check_request reads a text told with no story. A
    phrase check raises its finding only where they do, so a caller that wants that one finding of a short text
    (complaint_acts.act, for each sentence of a message) skips the whole check when they find nothing."""
    check = next((c for c in _compiled()[0] if c.code == code), None)
    return check is None or bool(_find(check, (text or "")[:MAX_CHECK_CHARS], death_told(None)))


def _find(check: _CompiledCheck, text: str, told_before: str = "") -> list[_Hit]:
    """Every match of the check's rules that its context does not cancel, in text order. TOLD_BEFORE (ny67): what the
    person told before this text (their first message), read with it by the rules on what has been told."""
    hits: list[_Hit] = []
    window = check.spec.window
    if check.code == "ncnd-risk":
        # fc48 (issue 9 item 3): one decision with the forecast's: an NCND topic counts only where the part asks about
        # it, not in the name of an inquiry, in what some requests were about, or in the story of a request already sent
        from askfoi.ncnd_topics import asked_text

        text = asked_text(text)
    for rule in check.rules:
        for n, m in enumerate(rule.pattern.finditer(text)):
            if n >= MAX_MATCHES_PER_RULE:
                break
            if m.end() == m.start():
                continue
            if check.code == "environmental-information" and _in_proper_name(text, m):
                continue  # ny73 (nc73 #5): a place's name ("Loch Spelve") is never the environmental subject
            s_start, s_end = _sentence_bounds(text, m.start(), m.end())
            sentence = text[s_start:s_end]
            before = text[max(s_start, m.start() - window) : m.start()]
            after = text[m.end() : min(s_end, m.end() + window)]
            if any(p.search(before) for p in rule.before):
                continue
            if any(p.search(after) for p in rule.after):
                continue
            if any(p.search(m.group(0)) for p in rule.match):
                continue
            if any(p.search(sentence) for p in rule.sentence):
                continue
            if rule.clause and not _clause_keeps(rule, text, _clause_bounds(text, s_start, s_end, m), m, sentence):
                continue
            if rule.require and not any(p.search(sentence) for p in rule.require):
                continue
            told = told_before + "\n" + text[:s_end] if told_before else text[:s_end]
            if rule.told and not any(p.search(told) for p in rule.told):
                continue
            if any(p.search(told) for p in rule.told_unless):
                continue
            if rule.whole or rule.whole_unless:
                whole = told_before + "\n" + text if told_before else text
                if rule.whole and not any(p.search(whole) for p in rule.whole):
                    continue
                if any(p.search(whole) for p in rule.whole_unless):
                    continue
            if rule.sentence_test is not None and not rule.sentence_test(sentence):
                continue
            if rule.asking and not any(p.search(sentence.strip()) for p in rule.asking) \
                    and not _asked_item(text, s_start):
                continue  # a sentence of the story, not of the request
            if rule.story and any(p.search(sentence.strip()) for p in rule.story) and not any(
                    p.search(sentence.strip()) for p in _asking_patterns()) and not _ASKED_BACK.search(text[s_end:]) \
                    and not m.start() - s_start >= _asked_clause(sentence):
                # "i was walking under the trees when i fell": the story, not what is asked; a clause after the story
                # that asks ("our river is full of algae, what data do they have on phosphate ...") is asked (ck24a)
                continue
            hits.append(_Hit(m, (s_start, s_end), police_only=rule.police_only, evidence=rule.evidence,
                             variant=rule.variant))
    hits.sort(key=lambda h: h.match.start())
    return hits


_SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")
# ck24a: a clause spliced on after the story with a comma, a semicolon or a dash that asks: it opens with a question
# word or an asking verb ("..., what data does NRW have on ...", "...; can you tell me ..."); "which", "who", "when"
# and "where" are left out, as they open relative clauses of the story ("the river, which is full of algae")
_ASKED_CLAUSE = re.compile(r"(?i)(?:[,;:]|\s[-\u2013\u2014])\s+(?:(?:and|so|but)\s+)?(?=(?:what|how|whether|why|please|"
                           r"(?:can|could|would|will)\s+(?:you|they|the|i|we)|(?:do|does|did|is|are|has|have)\s+(?:you|they|the|it|there)|"
                           r"i\s+(?:would|'d)\s+like|i\s+(?:want|need)\s+to\s+know)\b)")


def _asked_clause(sentence: str) -> int:
    """(ck24a) Where in SENTENCE a clause that asks starts after its story, spliced on with a comma ("our local river
    the wye is full of algae, what data does ... have on phosphate levels"); len(SENTENCE) + 1 when none does."""
    m = _ASKED_CLAUSE.search(sentence)
    return m.end() if m else len(sentence) + 1


def _asked_item(text: str, start: int) -> bool:
    """ck15: whether the sentence starting at START is an item of a list that a sentence before it asks for ("please
    supply me with the following: ... 4) An explanation what the CCTV is for"): the item is asked, as its lead-in is."""
    line = text.rfind("\n", 0, start + 1) + 1
    if not _LIST_ITEM.match(text, line) or text[line:start].strip(" \t\r\n-*\u2022().0123456789abcdefghij"):
        return False
    before = text[max(0, line - 3000):line]
    return any(p.search(before) for p in _asking_patterns())


def asking_sentence(text: str) -> str:
    """The first sentence of TEXT that asks for something (a question, "please ...", "I would like ...": the
    {{asking}} words of check_lexicon.yaml), never a salutation, a heading, the statutory preamble or a sign-off
    (askfoi.questions.is_furniture); the first sentence that is none of those when none asks; the first line when
    every sentence is furniture. What a finding about the whole request quotes as its evidence."""
    from askfoi.questions import is_furniture

    sentences = [m.group().strip() for m in _SENTENCES.finditer(text or "") if m.group().strip()]
    plain = [s for s in sentences if not is_furniture(s)]
    asking = [s for s in plain if any(p.search(s) for p in _asking_patterns())]
    chosen = (asking or plain or [(text or "").strip().split("\n", 1)[0]])[0]
    return chosen


def parts_finding(n: int, authority: str | None, regime: Regime) -> Finding | None:
    """The "too-many-questions" finding for a letter of N parts (its numbered parts, as the letter states them) to
    AUTHORITY under REGIME, or None when N is within the check's max_parts (knowledge/vocab/checks.yaml)."""
    check = next((c for c in _compiled()[0] if c.spec.kind == "parts" and c.spec.max_parts), None)
    if check is None or n <= check.spec.max_parts or regime in check.spec.not_under:
        return None
    resolved = resolve_authority(authority) if authority else None
    values = {"authority": _said_name(resolved), "parts": str(n),
              "max_parts": str(check.spec.max_parts), "topic": "", "rewrite": ""}
    values.update(_limit_values(resolved, regime))
    variant = regime.value if regime.value in check.spec.variants else None
    return _finding(check, variant, values, f"{n} parts")


def count_parts(text: str) -> int:
    """How many separate things the request asks for: list items, questions, or request sentences."""
    items = len(_LIST_ITEM.findall(text))
    questions = len(_QUESTION.findall(text))
    return max(items, questions, 1 if text.strip() else 0)


# a quotation in double quotes: someone else's title or statement
_QUOTED = re.compile(r'(?:^|(?<=[\s(:]))["\u201c][^"\u201d\n]{1,300}["\u201d]')


def _years_span(text: str, today_year: int) -> tuple[int, str] | None:
    """The number of years the request reaches over, and the words that show it, read from the periods
    the request states (askfoi/periods.py `stated_periods`, the one reading of dates the request uses): a
    law's year ("Act 2000"), an event in the story or a count is never a period."""
    from askfoi.periods import parse_period, stated_periods

    now = datetime.date.today()
    today = now if now.year == today_year else datetime.date(today_year, 12, 31)
    # fr11b: each sentence's own reach (a question's period), never the first date of one sentence to the last of
    # another: "in 2015 the council ..." in the story and "this year" in the question are no eleven-year search
    # A line that holds only a period (a list of years, "[a] 2007", "January 2019 - December 2019 (most recent)")
    # belongs to the question it lists periods for: one reach with the lines before it.
    by_sentence: dict[tuple[int, int], list] = {}
    key: tuple[int, int] | None = None
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for label, written, where in stated_periods(text, today=today):  # "the past two years April 2018 to ...": the dates
        period = parse_period(label, today=today)
        if period is None:
            continue
        if any(a < where[0] and where[1] < b for a, b in quoted):
            continue  # ck15: a quoted title or statement ("... for the last 6 years"), not this request's period
        bounds = _sentence_bounds(text, where[0], where[1])
        rest = (text[bounds[0]:where[0]] + " " + text[where[1]:bounds[1]]).lower()
        if key is None or re.search(r"[a-z]{3,}", re.sub(r"\((?:[^)]*)\)|\b(?:and|or|to|the|most|recent|available)\b", "", rest)):
            key = bounds
        by_sentence.setdefault(key, []).append((period.start, period.end, written))
    best: tuple[int, str] | None = None
    for spans in by_sentence.values():
        first = min(spans, key=lambda s: s[0])
        last = max(spans, key=lambda s: s[1])
        words = first[2] if first is last else f"{first[2]} ... {last[2]}"
        reach = (last[1].year - first[0].year, words)
        if best is None or reach[0] > best[0]:
            best = reach
    return best


# --------------------------------------------------------------------------------------------
# Putting findings together
# --------------------------------------------------------------------------------------------


def example_values(today: datetime.date | None, text: str) -> dict[str, str]:
    """(ck32, nu34 #12) What a fix's example is built from: the last full calendar year and financial year before
    TODAY ({last_year}, {last_fy}; the three financial years to it: {fys_from} to {fys_to}) and the people TEXT is
    about ({people}: "teachers", never "officers" for a school), from knowledge/vocab/check_examples.yaml."""
    today = today or datetime.date.today()
    year = today.year - 1
    fy_end = today.year if today >= datetime.date(today.year, 4, 1) else today.year - 1
    data, _ = load_vocab("check_examples")
    nouns = data.get("people") if isinstance(data, dict) else None
    low = (text or "").lower()
    people = next((n for n in nouns or [] if re.search(rf"\b{re.escape(str(n))}\b", low)), None)
    if people is None:
        singular = next((n for n in nouns or [] if re.search(rf"\b{re.escape(str(n).rstrip('s'))}\b", low)), None)
        people = singular
    return {"last_year": str(year), "last_fy": f"1 April {fy_end - 1} to 31 March {fy_end}",
            "fys_from": f"April {fy_end - 3}", "fys_to": f"March {fy_end}",
            "people": str(people or (data.get("default_people") if isinstance(data, dict) else None) or "staff")}


class _Blanks(dict):
    """Fill placeholders from askfoi's own values; an unknown one stays visible rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _topic(check: _CompiledCheck, text: str, hit: _Hit) -> str:
    if check.topic is None:
        return ""
    start = hit.match.start() if check.spec.topic_from_match else hit.match.end()
    found = check.topic.search(text[start : max(start, hit.sentence[1])])
    topic = _clean(found.group("topic"), 80) if found and found.group("topic").strip() else ""
    if not topic or _ONLY_SECRECY.match(topic):
        # "were any used covertly": the word matched says how, not what; what is used is the technology the
        # sentence names ("drones"), never "the overt use of covertly"
        topic = _technology_named(text[hit.sentence[0]: hit.sentence[1]]) or topic
        if not topic:  # ck28: "tell me about it, i want all the information about the library closures"
            topic = _later_topic(check, text, start, hit) or ""
    elif _NOT_A_SUBJECT.search(topic):
        # nu30: "live facial recognition covertly", "use it secretly on protesters": a manner word, a pronoun or a
        # verb is no subject; the fix names the technology the sentence (or else the message) names, or the
        # words left once the manner words go
        named = _technology_named(text[hit.sentence[0]: hit.sentence[1]]) or _technology_named(text)
        topic = named or " ".join(_SECRECY_WORD.sub(" ", topic).split())
        if _NOT_A_SUBJECT.search(topic) or not topic:
            topic = _later_topic(check, text, found.end() + start if found else start, hit) or ""
        if not topic:
            said = " ".join(_SECRECY_WORD.sub(" ", hit.match.group()).split())  # the words the check matched
            topic = said if said and not _NOT_A_SUBJECT.search(said) and not _ASKING_WORDS.match(said) else ""
    topic = _before_its_verb(topic)
    return _overt_offer_subject(topic) if check.code == "ncnd-risk" else topic


@functools.lru_cache(maxsize=1)
def _overt_offer_drops() -> tuple[re.Pattern, ...]:
    data, _ = load_vocab("covert_terms")
    found = data.get("overt_offer_drop") if isinstance(data, dict) else None
    return tuple(re.compile(p, re.I) for p in (found or []) if isinstance(p, str))


def _overt_offer_subject(topic: str) -> str:
    """cv100 (nc100 #5): the subject the ncnd-risk fix offers overt records on, without the covert words and the place
    only the writer knows (covert_terms.yaml `overt_offer_drop`): "secret cameras in lamposts on our street" ->
    "cameras in lamposts", never "the overt use of secret cameras ... on our street". The words as typed when nothing
    would be left, or when the subject is a tactic with no overt use (`no_overt_form`: "undercover officers" stays so in
    "there is no overt use of undercover officers")."""
    from askfoi.ncnd_topics import _covert_terms_list

    no_overt = _covert_terms_list("no_overt_form")
    if no_overt is not None and no_overt.search(topic or ""):
        return topic
    out = topic
    for rx in _overt_offer_drops():
        out = rx.sub(" ", out)
    out = " ".join(out.split()).strip(" ,")
    return out if re.search(r"\w{3}", out) else topic


_OBJECT_OPENERS = frozenset("the a an their its his her any all every some those these".split())


def _before_its_verb(topic: str) -> str:
    """lead41 (nc44 #12): the thing TOPIC names, without what the sentence went on to say it does ("drones record the
    faces" -> "drones"): a plural noun, then a verb's base form, then a determiner is subject, verb and object; any
    other phrase ("facial recognition on body worn cameras") is kept whole."""
    words = topic.split()
    if len(words) < 3:
        return topic
    from lemminflect import getAllLemmas

    for k in range(len(words) - 2):
        noun, verb, det = words[k].lower(), words[k + 1].lower(), words[k + 2].lower()
        if det in _OBJECT_OPENERS and noun.endswith("s") and "NOUN" in getAllLemmas(noun) \
                and verb in getAllLemmas(verb).get("VERB", ()):
            return " ".join(words[: k + 1])
    return topic


def _asked_apart(text: str) -> str | None:
    """ck28 (nu30 item 15): the question the text asks, apart from the story the finding is about ("how many patients
    died of sepsis at leeds teaching hospitals in 2023" after "my mum died ..."), for the fix's example; None when
    every sentence tells the story."""
    for m in _SENTENCES.finditer(text or ""):
        said = m.group().strip()
        asks = re.search(r"(?i)\b(?:how\s+(?:many|much|often|long)|what|which|the\s+number\s+of|the\s+total)\b.*", said)
        if asks and not re.search(r"(?i)\b(?:my|our|I|we|me|us|he|she|him|her|his)\b", asks.group()):
            return _clean(re.sub(r"[?.!]+$", "", asks.group()), 120)
    return None


_ASKING_WORDS = re.compile(r"(?i)^\W*(?:(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:tell|give|send|show|let)|"
                           r"all|every|any|everything|anything|whatever)\b")  # ck28: "all the documents" names no subject
_ABOUT = re.compile(r"(?i)\b(?:about|on|regarding|relating\s+to|related\s+to|concerning|in\s+relation\s+to)\b")


def _later_topic(check: _CompiledCheck, text: str, after: int, hit: _Hit) -> str | None:
    """ck28 (nu30 item 6): "tell me about it and all information about the bin collection": the first later "about
    X" of the sentence whose X is a subject ("the bin collection"), never "it" nor the asking words."""
    end = hit.sentence[1]
    for m in _ABOUT.finditer(text, after, end):
        found = check.topic.search(text[m.start():end])
        topic = _clean(found.group("topic"), 80) if found and found.group("topic").strip() else ""
        if topic and not _NOT_A_SUBJECT.search(topic):
            return topic
    return None


_SECRECY_WORD = re.compile(r"(?i)\b(?:covert(?:ly)?|secretly|in\s+secret|undercover)\b")
_NOT_A_SUBJECT = re.compile(r"(?i)\b(?:covert(?:ly)?|secretly|in\s+secret|undercover|it|them|they|this|that|use|uses|used|using"
                            r"|do|does|did|have|has|had|is|are|was|were)\b")


_ONLY_SECRECY = re.compile(r"(?i)^\W*(?:covert(?:ly)?|secretly|in\s+secret|undercover)\W*$")


def _technology_named(sentence: str) -> str:
    """The surveillance technology SENTENCE names, as it names it ("drones", "facial recognition"), from the NCND
    topics of knowledge/ncnd_topics.yaml that are technologies or name equipment (fc26: "ANPR cameras"); "" when it
    names none."""
    from askfoi.ncnd_topics import _compiled, load_topics

    topics = load_topics()[0]
    for name, rx in _compiled().items():
        if not (topics[name].technology or topics[name].names_equipment):
            continue
        if not rx.search(sentence or ""):
            continue  # (fc10: a topic touched only by others' use is not the force's own)
        m = rx.patterns.search(sentence or "")
        if m and not _ONLY_SECRECY.match(m.group()):
            return _clean(m.group(), 80)
    return ""


@functools.lru_cache(maxsize=1)
def _loaded() -> tuple[tuple[re.Pattern, str], ...]:
    data, _ = load_vocab("loaded_words")
    table = (data or {}).get("neutral") if isinstance(data, dict) else None
    return tuple((re.compile(r"(?i)^\s*" + k), str(v)) for k, v in (table or {}).items())


def _neutral_act(act: str) -> str:
    """ck29 (nu31 #13): the act a person judges ("spy on people", "close the library") as a neutral noun phrase for a
    fix ("the surveillance of people", "closing the library"): knowledge/vocab/loaded_words.yaml, else the verb's -ing
    form."""
    act = " ".join((act or "").split()).strip(" ,")
    for pattern, noun in _loaded():
        m = pattern.match(act)
        if m:
            return f"{noun} {act[m.end():].strip()}".strip()
    words = act.split()
    if words:
        from lemminflect import getInflection

        ing = getInflection(words[0].lower(), "VBG")
        if ing:
            words[0] = ing[0]
    return " ".join(words)


# ck53 (nc53 #3): an act the ncnd-risk check matched as the person wrote it ("track peoples phones", "tapped our
# phones"): the tactic a sentence names is its -ing form ("no overt use of tracking peoples phones")
_TACTIC_ACT = re.compile(r"(?i)^(?P<act>track|trace|locate|monitor|intercept|listen|read|hack|spy|tap)(?:s|ed|ped|d|ing|ping)?\b")


def _as_tactic(words: str) -> str:
    m = _TACTIC_ACT.match(words or "")
    if m is None:
        return words
    from lemminflect import getInflection

    ing = getInflection(m.group("act").lower(), "VBG")
    return f"{ing[0]}{words[m.end():]}" if ing else words


def _rewrite_sentence(check: _CompiledCheck, sentence: str) -> str | None:
    for pattern, replace in check.rewrites:
        m = pattern.search(sentence)
        if m:
            if "act" in pattern.groupindex and m.group("act"):
                replace = replace.replace("\\g<act>", _neutral_act(m.group("act")).replace("\\", "\\\\"))
            try:
                out = m.expand(replace)
            except (re.error, IndexError):
                continue
            fix = _pasteable(" ".join(out.split()).replace(" .", "."), sentence)
            return fix if _fix_reads(fix) else None
    return None


# ny79 (nc79 #5): a one-key fix is offered only when it reads as a request an officer can act on: never "the decision
# to just let this happen" (an adverb where the decided act's verb should stand; "this" pointing at nothing the letter
# names) or "the use of phone tracking things" (the person's vague word for a kind, kept)
_FIX_BROKEN = re.compile(
    r"(?i)\b(?:decision|decisions|reasons?)\s+(?:for\s+the\s+decision\s+)?to\s+(?:just|even|actually|really|simply|still|ever|"
    r"always|basically|literally|totally|completely|keep|kinda|sorta)\b"
    r"|\b(?:let|allow|allowed|letting)\s+(?:this|that|it|them)\s+(?:happen|happened|go\s+on|continue|carry\s+on|slide)\b"
    r"|\b(?:this|that)\s+(?:happen|happened|happens|go\s+on|goes\s+on|continue|continues|carry\s+on)\b"
    r"|\b(?:things?|thingies|thingys|stuff|gadgets?|doodahs?|whatsits?)\b")


def _fix_reads(fix: str) -> bool:
    return not _FIX_BROKEN.search(fix or "")


# ck27 (nu29 D9): a fix is pasted as it is: another ask after it (", and everything about ...") is cut off, and a
# pronoun left at its end ("why you approved it") is named from the sentence ("about the new incinerator and why ...")
_NEXT_ASK = re.compile(r"(?i),?\s+(?:and|also|plus)\s+(?:also\s+)?(?:everything|anything|all|any|what|how|who|where|when|which|"
                       r"whether|please|can|could|i\s+want|i'?d\s+like)\b.*?(?=[.?!]?$)")
_LAST_PRONOUN = re.compile(r"(?i)\b(?:it|them|this|that|these|those)(?=[.?!]?$)")
_ANTECEDENT = re.compile(r"(?i)\b(?:about|on|regarding|concerning|for|of|over|with)\s+((?:the|this|that|your|its|their)\s+"
                         r"(?:[\w'-]+\s+){0,8}?[\w'-]+)\s*(?:,\s*)?\s(?:and|but|so)\s+(?:also\s+)?(?:why|how|what|who|when)\b")


_GREETING_LINE = re.compile(r"(?im)^[ \t]*(?:dear|hi|hello|to\s+whom\s+it\s+may\s+concern|good\s+(?:morning|afternoon))\b[^\n]*$")


def _pasteable(fix: str, sentence: str) -> str:
    fix = _NEXT_ASK.sub("", fix)
    said = _ANTECEDENT.search(sentence)
    if said is not None and _LAST_PRONOUN.search(fix):
        fix = _LAST_PRONOUN.sub(said.group(1).replace("this ", "the ").replace("that ", "the "), fix)
    return fix  # ck28: any other "it" or "them" is named from the letter before it, or left a blank (fix_pointers)


def _rewrites(check: _CompiledCheck, text: str, hits: list[_Hit], asked: list | None = None) -> tuple[str | None, str | None]:
    """(the first rewritten sentence, the whole text with every flagged sentence rewritten). ck28 (nu30 item 6): a
    rewritten sentence never keeps "it" or "that company" the letter does not name before it: written out when it
    does, else a blank to fill (askfoi.fix_pointers), each blank added to ASKED."""
    from askfoi.fix_pointers import name_pointers

    if not check.rewrites:
        return None, None
    first: str | None = None
    pieces: list[str] = []
    pos = 0
    done: set[tuple[int, int]] = set()
    for hit in hits:
        s_start, s_end = hit.sentence
        if (s_start, s_end) in done or s_start < pos:
            continue
        done.add((s_start, s_end))
        original = text[s_start:s_end]
        new = _rewrite_sentence(check, original.strip())
        if new is None:
            continue
        # lead39 (newcomer): the words of the same sentence before the flagged clause come before the fix too ("all
        # information about facial recognition ... and why the chief constable thinks it is lawful"); a greeting
        # line ("Dear Sir/Madam,") is nothing a pronoun points back to
        said_before = text[:s_start] + text[s_start:max(s_start, min(hit.match.start(), s_end))]
        new, blanks = name_pointers(new, _GREETING_LINE.sub(" ", said_before))
        if asked is not None:
            asked.extend(blanks)
        first = first or new
        lead = original[: len(original) - len(original.lstrip())]
        tail = "\n" if original.endswith("\n") else ""
        pieces.append(text[pos:s_start] + lead + new + tail)
        pos = s_end
    if first is None:
        return None, None
    pieces.append(text[pos:])
    return first, "".join(pieces)


def _emails_example(authority: ResolvedAuthority | None) -> str:
    """nx100 (nc99 #10): the role holders a narrowed search names, for AUTHORITY's kind of body (never a councillor for
    a police force): knowledge/vocab/check_examples.yaml emails_examples."""
    data, _ = load_vocab("check_examples")
    examples = (data or {}).get("emails_examples") if isinstance(data, dict) else None
    examples = examples if isinstance(examples, dict) else {}
    kind = str(getattr(authority, "type", "") or "") if authority is not None and getattr(authority, "known", False) else ""
    return str(examples.get(kind) or examples.get("default") or "")


# sp65 (nc102 #11): the records a narrowed search by role holders is about: correspondence, never a yearly figure
_CORRESPONDENCE = re.compile(r"(?i)\b(?:e-?mails?|correspondence|letters?|messages?|texts?|whatsapps?|memos?|minutes|"
                             r"notes|briefings?|communications?|meetings?|case\s+files?)\b")


def _asks_correspondence(body: str) -> bool:
    return bool(_CORRESPONDENCE.search(body or ""))


def _narrow_roles(emails_example: str, correspondence: bool) -> str:
    """sp65 (nc102 #11): the cost-limit fix's first way to narrow a search, naming the role holders whose records are
    wanted (with an example of the body's kind), only for a request that asks for correspondence or papers; a request
    for figures ("yearly totals of informant payments") is narrowed by its period, site or a sample alone."""
    if not correspondence:
        return ""
    return f'name the team or the role holders whose records you want (for example "{emails_example}"), '


def _limit_values(authority: ResolvedAuthority | None, regime: Regime) -> dict[str, str]:
    if authority is not None and regime == authority.regime:
        limit, rate = authority.cost_limit, authority.hourly_rate
    else:
        kind = authority.type if authority is not None else AuthorityType.other
        limit, rate = cost_limit_for(regime, kind)
    values = {"limit": "", "rate": "", "hours": "", "emails_example": _emails_example(authority)}
    if limit:
        values["limit"] = f"£{limit}"
    if rate:
        values["rate"] = f"£{rate}"
    if limit and rate:
        hours = limit / rate
        values["hours"] = f"{hours:g}"
    return values


def _name_said(template: str) -> str:
    """nx100 (nc99 #10): TEMPLATE with the body's name in the middle of a sentence said as a sentence says it ("cost
    {authority_said} more", which is "the Metropolitan Police Service"); at a sentence's start or quoted it stays as
    the body names itself ("{authority} is a Scottish authority", "\"{authority}\" is not in askfoi's list")."""

    def one(m: re.Match[str]) -> str:
        before = template[: m.start()].rstrip()
        return m.group() if not before or before[-1] in ".!?:\"\u201c(" else "{authority_said}"

    return re.sub(r"\{authority\}(?![\"\u201d])", one, template or "")


def _finding(
    check: _CompiledCheck, variant_key: str | None, values: dict[str, str], evidence: str, rewrite: str | None = None
) -> Finding:
    spec = check.spec
    variant = spec.variants.get(variant_key or "") or Variant()
    blanks = _Blanks(values)
    blanks["evidence"] = evidence
    blanks.setdefault("emails_example", _emails_example(None))
    blanks.setdefault("narrow_roles", _narrow_roles(blanks["emails_example"], True))
    blanks.setdefault("which_part", "this part")  # rv61 (nc61 #15): the part a finding is about, named when known
    # ny97 (nf94): what was asked, quoted: the words matched, or each named part's own question when the caller gave them
    blanks.setdefault("asked", f'"{evidence}"')
    blanks.setdefault("touches", "touches")
    blanks.setdefault("scotland_ncnd", "; in Scotland, section 18 of FOISA")  # nf94: unless the body is known elsewhere
    for key, value in example_values(None, evidence).items():  # ck32 (nu34 #12): examples of the case, never stale
        blanks.setdefault(key, value)
    if "authority" in blanks:  # nx100 (nc99 #10): "would cost the Metropolitan Police Service more than ..."
        from askfoi.templates import said

        blanks["authority_said"] = said(blanks["authority"])
    message = _name_said(variant.message or spec.message).format_map(blanks)
    suggestion = _name_said(variant.suggestion or spec.suggestion).format_map(blanks)
    return Finding(
        code=check.code,
        severity=variant.severity or spec.severity,
        message=" ".join(message.split()),
        suggestion=" ".join(suggestion.split()),
        evidence=evidence,
        rewrite=rewrite,
        variant=variant_key if variant_key in spec.variants else None,
    )


_SECTION_CITED = re.compile(r"(?i)\b(?:section|sections|sec\.?|s\.?)\s*(?P<n>\d{1,2})(?!\d)(?P<sub>(?:\(\w{1,4}\))*)"
                            r"(?!\s*(?:of|under)\s+(?:the\s+)?(?:freedom\s+of\s+information\s+\(scotland\)|foisa|"
                            r"environmental|eisr|data\s+protection|dpa|uk\s+gdpr|gdpr|human\s+rights))")


def _foisa_sections(body: str, checks) -> list[Finding]:
    """ck31 (nu33): the UK Act's section numbers cited in a draft to a Scottish authority ("advise me under section
    16"): each said once, with FOISA's own number (knowledge/vocab/foisa_equivalents.yaml `said`). Only numbers whose
    FOISA provision differs and whose meaning is known; a citation that names another Act is left alone."""
    check = next((c for c in checks if c.code == "foisa-section"), None)
    if check is None:
        return []
    data, _ = load_vocab("foisa_equivalents")
    data = data if isinstance(data, dict) else {}
    equivalents = {str(k): str(v) for k, v in (data.get("equivalents") or {}).items()}
    said = {str(k): v for k, v in (data.get("said") or {}).items() if isinstance(v, dict)}
    out, seen = [], set()
    for m in _SECTION_CITED.finditer(body or ""):
        n = m.group("n")
        foisa = equivalents.get(n)
        if n in seen or n not in said or not foisa or foisa == n:
            continue
        sentence = body[slice(*_sentence_bounds(body, m.start(), m.end()))]
        cue = str(said[n].get("cue") or "")
        if cue and not re.search(cue, sentence, re.I):
            continue  # "a refusal notice under section 16": FOISA's own section 16
        seen.add(n)
        start = max(0, body.rfind(" ", 0, max(0, m.start() - 30)) + 1)
        evidence = " ".join(body[start:m.end()].split())
        out.append(_finding(check, None, {"what": str(said[n].get("what") or ""), "foisa": foisa, "foia": n}, evidence))
    return out


def _said_name(resolved) -> str:
    """ck31 (nu33 #11): the body named in a finding as it names itself ("London Borough of Croydon", not the list's
    "Croydon Borough Council"); a body askfoi does not know, as typed."""
    if resolved is None:
        return "the authority"
    return resolved.letter_name if getattr(resolved, "known", False) else resolved.name


def letter_variant(finding: Finding, variant: str) -> Finding:
    """(ck28) FINDING said in its check's VARIANT (knowledge/vocab/checks.yaml), with the same evidence; unchanged when
    the check has no such variant."""
    check = next((c for c in _compiled()[0] if c.code == finding.code), None)
    if check is None or variant not in check.spec.variants:
        return finding
    return _finding(check, variant, {"which_part": f"part {finding.part}"} if finding.part else {}, finding.evidence,
                    finding.rewrite).model_copy(update={"part": finding.part})


def said_under(finding: Finding, regime: Regime, authority: str | None = None) -> Finding:
    """(ff27) A cost-limit FINDING said again under REGIME, the law the request was routed to after the check (FOISA
    for a text that names Scotland but no body: £600 at £15 an hour; the EIR: no fixed limit); others unchanged."""
    check = next((c for c in _compiled()[0] if c.code == finding.code), None)
    if finding.code != "cost-limit-risk" or check is None:
        return finding
    resolved = resolve_authority(authority) if authority else None
    values: dict[str, str] = {"authority": _said_name(resolved), "parts": "", "max_parts": "",
                              "topic": "", "rewrite": ""}
    values.update(_limit_values(resolved, regime))
    # sp65: the finding said first named role holders only when the request asks for correspondence: so does this
    values["narrow_roles"] = _narrow_roles(values["emails_example"], "role holders" in (finding.suggestion or ""))
    return _finding(check, _cost_variant(regime, resolved), values, finding.evidence, finding.rewrite).model_copy(
        update={"part": finding.part})


def said_in_scotland(finding: Finding) -> Finding:
    """nx85 (nc82 #7): FINDING said for a request that goes under the EISR though no one body is chosen yet (every body
    the message names is Scottish): the environmental finding's Scottish words, and the EISR's regulation numbers in
    any other, never the EIR (England's) before the body is picked."""
    check = next((c for c in _compiled()[0] if c.code == finding.code), None)
    if finding.code == "environmental-information" and check is not None and finding.variant is None \
            and "scotland" in check.spec.variants:
        return _finding(check, "scotland", {"authority": "The authority"}, finding.evidence, finding.rewrite).model_copy(
            update={"part": finding.part})
    return _in_eisr_numbers(finding)


def _regime_for(authority: ResolvedAuthority | None, raised: set[Regime]) -> Regime:
    """SAR when the request is about the writer; EIR for environmental information (EISR in
    Scotland, still reported as EIR); FOISA for Scottish bodies; the body's own regime otherwise."""
    if Regime.SAR in raised:
        return Regime.SAR
    if Regime.EIR in raised:
        return Regime.EIR
    if authority is not None:
        return authority.regime
    return Regime.FOIA


def applies_under(code: str, regime: Regime) -> bool:
    """(ck21) Whether the check CODE is made under REGIME (knowledge/vocab/checks.yaml `not_under`): a subject access
    request keeps every finding that is not an FOI one, as `askfoi frame` gives them. A code no check has (a part
    finding) applies."""
    spec = next((c.spec for c in _compiled()[0] if c.code == code), None)
    return spec is None or regime not in spec.not_under



def _pack_landlord(resolved) -> bool:
    """af99: RESOLVED is a housing association of England, Wales or Northern Ireland that the pack names
    (knowledge/authorities_housing.jsonl): known by name, yet the checks about who is asked read it as the landlord it
    is, as for a name askfoi does not know (ck13)."""
    from askfoi.authorities import default_index, normalise

    index = default_index()
    at = index.exact.get(normalise(resolved.name))
    auth = index.authorities[at] if at is not None else None
    return bool(auth is not None and auth.listed_by == "housing_associations" and not auth.covered)

def check_request(
    text: str,
    authority: str | None = None,
    *,
    period: str | None = None,
    parts: list[str] | None = None,
    today_year: int | None = None,
    environmental: bool = True,
    environmental_in: str | None = None,
    which_part: str | None = None,
    located_in: str | None = None,
    told: str | None = None,
    asked: list[str] | None = None,
) -> CheckResult:
    """Judge a draft request. `period`: a time period given separately (so none is needed in the
    text); `parts`: the request's parts when they are already split; `today_year`: for "since 2010";
    `environmental=False`: the caller found that what is asked is not environmental information (an
    environmental word only in an example or the story), so no EIR finding and no EIR route;
    `environmental_in`: lead47, the first message when the caller found from its asking sentences that what is
    asked is environmental though the parts' words do not say so (an incinerator's emissions asked in a story whose
    parts kept only "what SEPA said about monitoring"): the environmental finding is read there. `located_in`
    (nx64, nc64 #1): the person's own story, which places a body askfoi does not know ("my flat in govan"): in
    Scotland the request is under FOISA, as `frame` reads it. `told` (ny67, nc67 #2): the person's own story, told
    before these parts ("my dad died in march ..."): the rules on what has been told read it too, so "the serious
    incident report about my dad" is a dead person's records, never a living relative's to ask for. `asked` (ny97): the
    questions of the parts named by `which_part`, quoted by the NCND warning in place of the words it matched."""
    text = (text or "")[:MAX_CHECK_CHARS]
    year = today_year or datetime.date.today().year
    resolved = resolve_authority(authority) if authority else None
    checks = _compiled()[0]
    # Parts already written out in the text (as the letter drafter does) are not judged twice.
    extra = [p for p in (parts or []) if p.strip() and p.strip() not in text]
    body = "\n".join([text, *extra])[:MAX_CHECK_CHARS] if extra else text
    has_text = bool(body.strip())

    hits: dict[str, list[_Hit]] = {}
    raised_regimes: set[Regime] = set()
    dead = death_told(told)
    for check in checks:
        if check.spec.kind not in ("phrase", "absent") or not has_text:
            continue
        if not environmental and check.spec.regime == Regime.EIR:
            hits[check.code] = []
            continue
        found = _find(check, body, dead)
        if found and check.spec.regime == Regime.EIR:
            named = _group_name_spans(body)  # nx64 (nc64 #6): "Dundee Climate Action" is a group, not the environment
            found = [h for h in found if not any(a <= h.match.start() and h.match.end() <= b for a, b in named)]
        if not found and environmental_in and check.spec.regime == Regime.EIR:
            found = _find(check, environmental_in[:MAX_CHECK_CHARS])
        hits[check.code] = found
        if found and check.spec.kind == "phrase" and check.spec.regime is not None:
            raised_regimes.add(check.spec.regime)
    if hits.get("vague-scope") and not hits.get("ncnd-risk"):
        # lf61 (nc58 #10): "Any records of the council having given ... any money": askfoi's own template lead
        # before a named subject, never the person's vague words (so never a fix asking them to name the subject).
        # lead49: a covert part keeps it: its fix is the one that offers the overt records (ck53)
        hits["vague-scope"] = [h for h in hits["vague-scope"]
                               if not _TEMPLATE_LEAD_NAMED.match(body, body.rfind("\n", 0, h.match.start()) + 1)]
    whose = _records_for_someone(body, hits, raised_regimes)  # sar15: a parent's request for their child's records
    # ck13: the body named on its own (--authority "Clarion Housing Group") when askfoi does not know it: a check about
    # who is asked (unless_known_authority) reads that name as well as the text
    hit_text: dict[str, str] = {}
    if resolved is not None and (not resolved.known or _pack_landlord(resolved)) and authority:
        for check in checks:
            if check.spec.unless_known_authority and check.spec.kind == "phrase" and not hits.get(check.code):
                named = _find(check, authority[:200])
                if named:
                    hits[check.code], hit_text[check.code] = named, authority[:200]
    if hits.get("own-data-overdue"):
        # ck29: the writer's own records asked for already and overdue: not a new subject access request in the same
        # sentence (the chaser is the next step)
        chased = {h.sentence for h in hits["own-data-overdue"]}
        hits["own-personal-data"] = [h for h in hits.get("own-personal-data") or [] if h.sentence not in chased]
        if not hits["own-personal-data"] and not hits.get("their-own-data"):
            raised_regimes.discard(Regime.SAR)
    regime = _regime_for(resolved, raised_regimes)
    if regime == Regime.FOIA and located_in and (resolved is None or not resolved.known) and scottish_text(located_in):
        regime = Regime.FOISA  # nx64 (nc64 #1): a body askfoi does not know, in a Scottish story ("Elderpark Housing")

    values: dict[str, str] = {
        "authority": _said_name(resolved),
        "parts": "",
        "max_parts": "",
        "topic": "",
        "rewrite": "",
        "which_part": which_part or "this part",  # rv61: "part 6" when the caller judged one part of a letter
    }
    if asked:  # ny97 (nf94): the questions of the parts named, quoted in place of the bare word matched ("drones")
        values["asked"] = " and ".join(f'"{a}"' for a in asked)
        values["touches"] = "touch" if len(asked) > 1 else "touches"
    values |= {
        # nf94 (nc94 #5): Scotland's own NCND section is named only when the body may be Scottish (never to West
        # Yorkshire Police); a Scottish body has its own variant (FOISA)
        "scotland_ncnd": "" if resolved is not None and resolved.known and resolved.nation != Nation.scotland
        else "; in Scotland, section 18 of FOISA",
    }
    values.update(_limit_values(resolved, regime))
    values["narrow_roles"] = _narrow_roles(values["emails_example"], _asks_correspondence(body))
    values.update(example_values(datetime.date(year, 12, 31) if today_year else None, body))
    values["in_period"] = _request_period(body, period, values)

    findings: list[Finding] = []
    text_kind = kind_in_text(body) if resolved is None or not resolved.known else None
    for check in checks:
        spec = check.spec
        finding: Finding | None = None
        if regime in spec.not_under:
            continue
        if spec.for_types and resolved is not None and resolved.known and resolved.type not in spec.for_types:
            continue  # e.g. NCND on covert tactics is a police and national-security answer, not a council's
        if spec.for_types and (resolved is None or not resolved.known) and text_kind is not None \
                and text_kind not in spec.for_types:
            continue  # fc24: no body named, but the message is written to an NHS trust or a council
        if spec.unless_known_authority and resolved is not None and resolved.known and not _pack_landlord(resolved):
            # "how many housing association homes did Leeds City Council build": the council is asked. Unless the words
            # matched name that very body ("Dear Peabody Housing Association" found as "The Peabody Trust", which the
            # public bodies list gives as under FOIA)
            hits[check.code] = [h for h in hits.get(check.code, []) if resolved.regime == Regime.FOIA
                                and _names_body(h.match.group(0), resolved)]
            if not hits[check.code]:
                continue
        if spec.when_tier is not None and not (
                resolved is not None and resolved.known
                and council_tier(resolved.name, resolved.nation.value, resolved.type.value) == spec.when_tier):
            continue  # housing asked of a county council, schools of a district council
        if hits.get(check.code) and ((resolved is not None and resolved.known and resolved.type != AuthorityType.police)
                                     or ((resolved is None or not resolved.known) and text_kind is not None
                                         and text_kind != AuthorityType.police)):
            hits[check.code] = [h for h in hits[check.code] if not h.police_only]
        if spec.kind == "phrase" and hits.get(check.code) and check.code == "own-contact-details" \
                and any(h.variant in _OWN_DETAIL_WORDS for h in hits[check.code]):
            finding = _own_details_finding(check, hits[check.code], values)
        elif spec.kind == "phrase" and hits.get(check.code) and check.code == "officials-emails":
            finding = _phrase_finding(check, body, hits[check.code], regime, resolved,
                                      dict(values, **_whose_emails(hits[check.code][0].match.group(0),
                                                                   body[hits[check.code][0].match.end():])))
        elif spec.kind == "phrase" and hits.get(check.code):
            finding = _phrase_finding(check, hit_text.get(check.code, body), hits[check.code], regime, resolved, values,
                                      own_data=bool(hits.get("own-personal-data")))
        elif spec.kind == "phrase" and check.code in hits and spec.many_years:
            span = _years_span(body, year)
            if span and span[0] >= spec.many_years:
                finding = _finding(check, _cost_variant(regime, resolved), values, _clean(span[1]))
        elif spec.kind == "phrase" and spec.regime == Regime.EIR and resolved and resolved.regime == Regime.EIR:
            if has_text:
                finding = _finding(check, "eir-only", values, resolved.name)
        elif spec.kind == "absent" and has_text and period is None and "since_when" in spec.variants \
                and _undated_since(body):
            # ck20: "since the new chief constable started": a period only an event dates, and askfoi has no date for
            # it (knowledge/vocab/public_events.yaml): asked "since when?", never dropped
            finding = _finding(check, "since_when", values, _clean(_undated_since(body), 80))
        elif spec.kind == "absent" and has_text and period is None and not hits.get(check.code) \
                and not _event_dated(body):
            variant = regime.value if regime.value in spec.variants else None
            finding = _finding(check, variant, values, _clean(asking_sentence(body), 80))
        elif spec.kind == "parts" and has_text and spec.max_parts:
            n = len([p for p in parts if p.strip()]) if parts is not None else count_parts(text)
            if n > spec.max_parts:
                found_values = dict(values, parts=str(n), max_parts=str(spec.max_parts))
                variant = regime.value if regime.value in spec.variants else None  # FOISA s15; EIR reg 9, no cost limit
                finding = _finding(check, variant, found_values, f"{n} parts")
        elif spec.kind == "authority" and resolved and resolved.known and regime == Regime.FOISA:
            if spec.when_nation is None or resolved.nation == spec.when_nation:
                finding = _finding(check, None, values, resolved.name)
        elif spec.kind == "future_year" and has_text:
            slip = _future_start(body, year)
            if slip is not None:
                finding = _finding(check, None, dict(values, typed=slip[1], guess=slip[2]), _clean(slip[0], 80))
        elif spec.kind == "signature" and has_text:
            signed = first_name_only(text)  # ck32 (nu34 #11): s8 needs the real name, not "Sam"
            if signed is not None:
                variant = regime.value if regime.value in spec.variants else None
                variant = "unsigned" if signed.name is None and "unsigned" in spec.variants else variant
                finding = _finding(check, variant, dict(values, typed=signed.name or ""), _clean(signed.name or signed.closing, 80))
        elif spec.kind == "published" and has_text and resolved and resolved.known and resolved.covered:
            # lead49 (nc61 #11): figures the body asked already publishes (knowledge/vocab/published_statistics.yaml),
            # read part by part (the parts given, else the text's own lines)
            from askfoi.published_statistics import published_for

            asked = [p for p in (parts or []) if p.strip()] or [line for line in text.splitlines() if line.strip()]
            law = {Regime.FOISA: "section 25", Regime.EIR: "regulation 6(1)(b)"}.get(regime, "section 21")
            for words, where in published_for(asked, resolved.type.value, resolved.nation.value, resolved.name):
                findings.append(_finding(check, None, {"published": where, "section": law}, words))
            continue
        elif spec.kind == "not_covered" and resolved and resolved.known and not resolved.covered:
            if regime != Regime.SAR and hits.get("housing-association") and _pack_landlord(resolved):
                continue  # af99: the housing association finding says it, with what to do instead
            # ck22: a body whose record says why no FOI law covers it and what to ask instead (the Royal Household, the
            # Security Service): its note is the finding
            # (lead) a generated list's note only names its tag ("WhatDoTheyKnow tag foi_no"): the plain message stays
            curated = bool(resolved.note) and "whatdotheyknow tag" not in (resolved.note or "").lower()
            finding = _finding(check, "sar" if regime == Regime.SAR and "sar" in spec.variants else
                               "noted" if curated and "noted" in spec.variants else None,
                               dict(values, note=(resolved.note or "").strip()), resolved.name)
        elif spec.kind == "abolished" and resolved and resolved.known and resolved.note and (
                resolved.defunct or re.match(r"(?i)\s*abolished\b", resolved.note)):
            finding = _finding(check, None, dict(values, note=resolved.note.strip()), resolved.name)
        elif spec.kind == "other_nation" and has_text and resolved and resolved.known:
            # nx70 (nc67 #8): an England-only body asked about a place in Wales ("the river near hay on wye"): the body
            # for that place, read in the parts and in the person's own story
            from askfoi.nation_bodies import other_nation_body

            other = other_nation_body(resolved.name, "\n".join(t for t in (body, located_in, told) if t))
            if other is not None:
                finding = _finding(check, None, dict(values, nation=other.nation, body_nation=other.body_nation,
                                                     role=other.role, right=other.right_said,
                                                     authority=other.asked_said), other.place)
                finding.body = other.right
        elif spec.kind == "unknown_authority" and resolved and not resolved.known:
            finding = _finding(check, regime.value if regime.value in spec.variants else
                               "academy" if regime == Regime.FOIA and academy_named(resolved.name) and not scottish_text(body)
                               else None, values,  # "Bearsden Academy" is a Scottish council's school
                               _clean(resolved.name, 80))
        if finding is not None:
            findings.append(finding)

    police = (resolved is not None and resolved.type == AuthorityType.police) or bool(re.search(r"(?i)\bpolice\b", body))
    if whose is not None:
        findings = [_on_behalf_finding(f, whose, police) if f.code == "their-own-data" else f for f in findings]
    if police:
        findings = [_police_records_finding(f, body) if f.code == "own-personal-data"
                    else _police_their_records_finding(f, body) if f.code == "their-own-data" and whose is None
                    else f for f in findings]
    if any(f.code == "own-contact-details" and f.variant is None for f in findings):
        # ck27: "I live at 5 mill lane": the address is the point, said once by own-contact-details
        findings = [f for f in findings if not (f.code == "personal-details"
                                                and re.match(r"(?i)(?:I|we)\s+live\b", f.evidence or ""))]
    if any(f.code == "child-identity" for f in findings):
        # ck31: the child named or their date of birth is said once, as Serious; "my son" is part of that
        findings = [f for f in findings if f.code != "personal-details"]
    findings = _client_address(body, findings)
    findings = _one_person_once(body, findings)
    if any(f.code == "officials-emails" for f in findings):
        findings = [f for f in findings if f.code != "councillor-emails"]  # ck28: the caveat said once, by officials-emails
    said = next((f for f in findings if f.code == "officials-emails"), None)
    if said is not None:
        # ck27: the mailbox's cost said once, with the subject and period that narrow it
        where = body.lower().find(said.evidence.lower())
        sentence = body[slice(*_sentence_bounds(body, where, where + len(said.evidence)))].lower() if where >= 0 else ""
        findings = [f for f in findings if not (f.code == "cost-limit-risk" and (f.evidence or "").lower() in sentence)]
    findings = _without_said_by_route(findings)
    findings = _covert_scope_fix(findings, hits, body, values, checks)
    if any(f.code == "ncnd-risk" for f in findings) and any(f.code == "camera-locations" for f in findings):
        # ck53: where covert cameras are is said once, by the NCND finding on the same sentence
        covert = {h.sentence for h in hits.get("ncnd-risk") or []}
        if all(h.sentence in covert for h in hits.get("camera-locations") or []):
            findings = [f for f in findings if f.code != "camera-locations"]
    if any(f.code == "housing-association" for f in findings):
        findings = [f for f in findings if f.code != "unknown-authority"]  # ck13: what the body is, already said
    if regime == Regime.EIR and resolved is not None and resolved.known and resolved.nation == Nation.scotland:
        findings = [_in_eisr_numbers(f) for f in findings]
    if regime == Regime.FOISA or (resolved is not None and resolved.known and resolved.nation == Nation.scotland
                                  and regime != Regime.SAR):
        findings += _foisa_sections(body, checks)
    order = {check.code: i for i, check in enumerate(checks)}
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], order[f.code]))
    return CheckResult(
        regime=regime,
        authority=resolved.summary() if resolved else None,
        findings=findings,
    )


def _request_period(body: str, period: str | None, values: dict[str, str]) -> str:
    """ck53 (nc53 #3): the period a fix's example asks for: the request's own (given apart, as the letter's period, or
    stated in the text), else the three financial years to today. A fix never proposes a period the letter does not
    use."""
    from askfoi.periods import parse_period, stated_periods

    if period and period.strip():
        try:
            read = parse_period(period)
        except Exception:  # noqa: BLE001 - a period askfoi cannot read is said as given
            read = None
        if read is not None and read.snapshot:  # nx79: "for the most recent date for which you hold figures"
            return f"for {read.label}"
        return f"for the period {read.label if read is not None else period.strip()}"

    try:
        stated = stated_periods(body)
    except Exception:  # noqa: BLE001 - an unreadable period leaves the example's own
        stated = []
    if len({label for label, _, _ in stated}) == 1:
        return f"for the period {stated[0][0]}"
    return f"for each financial year from {values.get('fys_from', '')} to {values.get('fys_to', '')}"


def _covert_scope_fix(findings: list[Finding], hits: dict[str, list[_Hit]], body: str, values: dict[str, str],
                      checks) -> list[Finding]:
    """ck53 (nc53 #3): an "Any records" finding on a part that the ncnd-risk check found asks about covert use. Its
    usual fix (the policy, the reports, the figures on the subject) would steer the person further into the covert
    tactic, so the fix offers only what is held about overt use (the policy, the DPIA, the total spent, the
    contracts), or, for a tactic with no overt form (covert_terms.yaml no_overt_form), the policy, spend, contracts and
    the published oversight reports."""
    risk = next((f for f in findings if f.code == "ncnd-risk"), None)
    vague = next((f for f in findings if f.code == "vague-scope"), None)
    if risk is None or vague is None or vague.variant is not None:
        return findings
    covert = {h.sentence for h in hits.get("ncnd-risk") or []}
    shared = [h for h in hits.get("vague-scope") or [] if h.sentence in covert]
    if not shared:
        return findings
    check = next(c for c in checks if c.code == "vague-scope")
    from askfoi.framing import no_overt_use

    variant = "covert_no_overt" if no_overt_use(risk.evidence or "") or no_overt_use(
        body[slice(*shared[0].sentence)]) else "covert"
    if variant not in check.spec.variants:
        return findings
    local = dict(values)
    local["topic"] = next((t for t in (_topic(check, body, h) for h in shared) if t), "") or (risk.evidence or "")
    fixed = _finding(check, variant, local, vague.evidence or "")
    return [fixed if f is vague else f for f in findings]


_OWN_DETAIL_WORDS = {"address": "address", "postcode": "postcode", "phone": "phone number"}

# ck28 (nu30 item 7): where the person (or the client a volunteer writes for) lives: "she lives at 3 High St", "his
# address is ...", "my client's address:"; the house number and street after it
_THEIR_ADDRESS = re.compile(r"(?i)(?:\b(?:I|we|she|he|they)\s+(?:live|lives|living|reside|resides)\s+(?:at|in)|"
                            r"\b(?:my|her|his|their|my\s+client'?s|the\s+client'?s)\s+(?:home\s+|postal\s+|full\s+|"
                            r"current\s+)?address\s+(?:is\s+)?:?|"
                            r"\b(?:client|mr|mrs|ms|miss|dr)\.?,?\s+(?:[A-Z][\w'-]*\s+){0,2}(?:of|at|from)|"
                            r"\bwho\s+lives?\s+(?:at|in))\s*(?:flat\s+\d+[a-z]?,?\s+)?"
                            r"(?P<addr>\d{1,4}[a-z]?,?\s+(?:[a-z'-]+\s+){0,3}?(?:street|st|road|rd|lane|ln|avenue|ave|"
                            r"close|drive|dr|way|court|crescent|place|terrace|grove|gardens|row|walk|hill|park|green|"
                            r"square|mews|view)\b\.?(?!\s+(?:street|st|road|rd|lane|avenue|close|drive|way|court|"
                            r"crescent|place|terrace|grove|gardens|row|walk|view)\b))")


# ck50 (nc49 #6): "her landlord Mr Peters at 14 High St": the title and name are another person the story names, so
# the address after them is theirs, never the client's contact detail
_OTHER_PERSON_BEFORE = re.compile(r"(?i)\b(?:landlord|landlady|letting\s+agent|neighbou?r|boss|employer|manager|ex|"
                                  r"ex-?(?:husband|wife|partner)|doctor|gp|teacher|head\s*teacher)\s*,?\s*$")


def _one_person_once(body: str, findings: list[Finding]) -> list[Finding]:
    """ck50 (nc49 #6): one person complained about or disciplined is said by someone-elses-records (one_person, with
    s40(5B) and the complaints route). fix44b: the third-party-personal-data finding on the same person stays (the
    established code for a named person's data, tests/test_named_people.py, test_private_person.py, test_lead_s20.py);
    where it already says the neither-confirm-nor-deny point (a force's "section 40(5B)"), the one_person finding on the
    same sentence would say it twice and is dropped."""
    said = [f for f in findings if f.code == "third-party-personal-data" and "40(5B)" in (f.message or "")]
    if not said:
        return findings
    low = (body or "").lower()
    spans = []
    for f in said:
        at = low.find((f.evidence or "").lower())
        if at >= 0:
            spans.append(_sentence_bounds(body, at, at + len(f.evidence or "")))

    def same_sentence(f: Finding) -> bool:
        at = low.find((f.evidence or "").lower())
        return at >= 0 and any(a <= at < b for a, b in spans)

    return [f for f in findings if not (f.code == "someone-elses-records" and (f.variant or "").startswith("one_person")
                                        and same_sentence(f))]


def _for_someone(body: str) -> bool:
    """The text is written for someone else: a volunteer or adviser typing for a client (conversation.yaml
    `for_someone`)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("conversation")
    words = (data or {}).get("for_someone") or [] if isinstance(data, dict) else []
    low = " ".join((body or "").lower().replace("\u2019", "'").split())
    return any(re.search(rf"(?<![\w']){re.escape(str(w).lower())}(?![\w'])", low) for w in words)


def _client_address(body: str, findings: list[Finding]) -> list[Finding]:
    """ck28 (nu30 item 7): the requester's own address, or their client's ("Im writing for my client Mrs Patel - she
    lives at 3 High St"), is contact detail, said once by own-contact-details: never a "one private household" (s40)
    finding, whose fix would ask about somebody else's street. A third person's "she lives at" counts only in a
    text written for a client; anyone else's address stays the s40 point it is."""
    client = _for_someone(body)
    spans = [m.span("addr") for m in _THEIR_ADDRESS.finditer(body or "")
             if (client or re.match(r"(?i)(?:I|we|my)\b", m.group()))
             and not _OTHER_PERSON_BEFORE.search((body or "")[max(0, m.start() - 40):m.start()])]
    if not spans:
        return findings

    def at_home(f: Finding) -> bool:
        if f.code != "third-party-personal-data" or not (f.variant or "").startswith("private_person"):
            return False
        where = (body or "").lower().find((f.evidence or "").lower())
        return where >= 0 and any(a <= where < b for a, b in spans)

    kept = [f for f in findings if not at_home(f)]
    if not client:
        return kept
    check = next((c for c in _compiled()[0] if c.code == "own-contact-details"), None)
    said = [(body or "")[a:b].strip(" ,") for a, b in spans]
    postcodes = [f.evidence for f in kept if f.code == "own-contact-details" and f.variant == "area_postcode"]
    own = next((f for f in kept if f.code == "own-contact-details" and f.variant is None), None)
    if check is not None and (own is None or postcodes or any(x.lower() not in own.evidence.lower() for x in said)):
        # the client's address, or a postcode beside it, said once as theirs (never "a handful of homes")
        what = ["address"] + (["postcode"] if postcodes or own and "postcode" in own.message else []) + (
            ["phone number"] if own and "phone number" in own.message else [])
        what = [", ".join(what[:-1]), what[-1]] if len(what) > 1 else what
        evidence = "; ".join(dict.fromkeys(said + postcodes + ([own.evidence] if own else [])))
        own = _finding(check, None, {"what": " and ".join(what)}, evidence)
        kept = [f for f in kept if f.code != "own-contact-details"] + [own]
    return [f.model_copy(update={"message": f.message.replace("your own", "your client's"),
                                 "suggestion": f.suggestion.replace("Take your address", "Take your client's address")})
            if f.code == "own-contact-details" and f.variant is None else f for f in kept]


def _own_details_finding(check: _CompiledCheck, hits: list[_Hit], values: dict[str, str]) -> Finding:
    """ck27: the writer's own address, postcode and phone number, said once together ("your address, postcode and phone
    number"), each quoted as written."""
    own = [h for h in hits if h.variant in _OWN_DETAIL_WORDS]
    what = list(dict.fromkeys(_OWN_DETAIL_WORDS[h.variant] for h in own))
    said = what[0] if len(what) == 1 else ", ".join(what[:-1]) + " and " + what[-1]
    def quoted(h: _Hit) -> str:  # the address itself, without "I am John Smith of" before it
        words = h.match.group(0)
        at = re.search(r"(?i)(?:\bflat\s+\d+[a-z]?,?\s+)?\b\d{1,4}[a-z]?,?\s+[a-z'-]+(?:\s+[a-z'-]+){0,3}$", words)
        return _clean(at.group(0) if at and h.variant == "address" else words, 60)

    evidence = "; ".join(dict.fromkeys(quoted(h) for h in own))
    return _finding(check, None, dict(values, what=said), evidence)


_EMAILS_LEAD = re.compile(r"(?i)^(?:(?:all|any|every|the)\s+)?(?:e-?mails?|correspondence|messages|whatsapps?|whatsapp\s+messages|"
                          r"texts?|text\s+messages|communications)\s+(?:sent\s+|received\s+|exchanged\s+)?"
                          r"(?:from|to|of|by|between|with)\s+")
_EMAILS_TAIL = re.compile(r"(?i)(?:'s|s'|\u2019s)\s+(?:e-?mails?|correspondence|messages|whatsapps?|whatsapp\s+messages|"
                          r"texts?|text\s+messages|communications)$")


_EMAILS_OTHER = re.compile(r"(?i)^\s+and\s+((?:the\s+)?[\w'&-]+(?:\s+(?!(?:from|since|in|between|during|over|for|about|on|"
                           r"regarding|to|and|or)\b)[\w'&-]+){0,6})")  # ck28: "the developers of the old mill site", whole


def _named(words: str) -> str:
    return words if re.match(r"(?i)the\b", words) else " ".join(w[:1].upper() + w[1:] for w in words.split())


def _whose_emails(words: str, after: str = "") -> dict[str, str]:
    """ck27: whose emails a request names ("councillor smith's emails", "all emails between the minister"), written as a
    fix can name them ("Councillor Smith", "the minister"), and who with: the other side named after "and" ("between
    the minister and mckinsey"), else officials or council officers."""
    who = _named(_EMAILS_TAIL.sub("", _EMAILS_LEAD.sub("", words.strip())).strip())
    other = _EMAILS_OTHER.match(after) if re.search(r"(?i)\bbetween\b", words) else None
    central = re.search(r"(?i)\b(?:minister|secretary\s+of\s+state|MPs?)\b", who)
    return {"who": who or "the person",
            "others": _named(other.group(1)) if other else "officials" if central else "council officers"}


def _undated_since(text: str) -> str | None:
    from askfoi.periods import undated_since

    return undated_since(text)


def _event_dated(text: str) -> bool:
    """ck20: TEXT dates its period by a well-known public event askfoi knows the day of ("since grenfell")."""
    from askfoi.periods import event_periods

    return bool(event_periods(text))


# ck20: checks that say FOI is the wrong route for a sentence, and the findings on that same sentence they already say
# (the third-party finding stays beside Clare's Law: that person's record is their personal data whatever the route,
# tests/test_sar15_whose_records.py)
_ROUTE_SAYS = {"clares-law": ("own-personal-data",),
               # ck29: a subject access request already made and overdue is not asked again, nor is "can i make them"
               "own-data-overdue": ("own-personal-data", "not-recorded-information", "no-time-period")}


def _without_said_by_route(findings: list[Finding]) -> list[Finding]:
    """FINDINGS without those a wrong-route finding (_ROUTE_SAYS: "does my ex have a criminal record" is a Clare's Law
    question) already says about the same sentence: "my ex's criminal record" is not also the person's own data."""
    said = [(f.code, f.evidence.lower()) for f in findings if f.code in _ROUTE_SAYS]
    if not said:
        return findings
    return [f for f in findings
            if not any(f.code in _ROUTE_SAYS[code] and f.evidence.lower() in where for code, where in said)]


FUTURE_PLAN_YEARS = 10  # a period starting further ahead than this is a slip ("from 2915"), not a plan
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a period that starts at a year: "since January 2915", "from 1 April 2519", "between 2915 and ..."
_PERIOD_START = re.compile(
    rf"(?i)\b(?:since|from|starting|beginning|between|after)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?((?:19|2\d)\d\d)\b")


def _future_start(text: str, this_year: int) -> tuple[str, str, str] | None:
    """ck15: a period TEXT starts in a year after THIS_YEAR ("since January 2915"): (the words, the year as typed, the
    year probably meant: the same last two digits in this century, or the last when that is still to come), or None.
    A year to come in a plan ("by 2030", "in 2035", "from April 2027") is left alone; "since" a year to come never is."""
    for m in _PERIOD_START.finditer(text or ""):
        typed = int(m.group(1))
        since = m.group(0).lower().startswith("since")
        if typed <= this_year or (not since and typed <= this_year + FUTURE_PLAN_YEARS):
            continue  # "from April 2027": a charge or a plan still to come may be asked about; "since 2027" never
        guess = 2000 + typed % 100
        if guess > this_year:
            guess -= 100
        return m.group(0), m.group(1), str(guess)
    return None


def _records_for_someone(body: str, hits: dict[str, list[_Hit]], raised: set[Regime]):
    """sar15: the records of the writer's child, parent, partner or relative, or of a client or her child, asked for
    by the writer or the client (askfoi/whose_records.py): a subject access request made on that person's behalf, so
    the subject access route (their-own-data) and no third-party warning about that person; a neighbour's or a
    stranger's records are left to the checks. The Whose when the request is made on someone's behalf, else None."""
    from askfoi.whose_records import read_whose

    whose = read_whose(body)
    if whose.deceased or whose.subject not in ("child", "parent", "partner", "relative", "client", "other"):
        return None
    found = re.search(re.escape(whose.evidence), body) if whose.evidence else None
    hit = None
    if found:
        start = max(body.rfind(".", 0, found.start()), body.rfind("\n", 0, found.start())) + 1
        ends = [i for i in (body.find(".", found.end()), body.find("\n", found.end())) if i >= 0]
        hit = _Hit(found, (start, min(ends) if ends else len(body)))
    named = (whose.mention or whose.relation or "client").split()[-1]
    relation = re.compile(rf"(?i)\b{re.escape(named[:4])}")
    if whose.subject == "other" and whose.signer != "subject":
        # a neighbour's, a landlord's, an ex's records: never theirs to ask for by subject access (the writer's own
        # records asked elsewhere in the message stay); lead 28 (nu31 #3): but a neighbour who wants his OWN record,
        # with the writer helping ("he wants his own police record"), is the data subject, as a client is
        for code in ("their-own-data", "own-personal-data"):
            hits[code] = [h for h in hits.get(code) or [] if hit is None or h.sentence != hit.sentence]
        if not any(hits.get(c) for c in ("their-own-data", "own-personal-data")):
            raised.discard(Regime.SAR)
        if hit is not None and not hits.get("third-party-personal-data"):
            hits["third-party-personal-data"] = [hit]
        return None
    # the relation's records: no third-party warning about them (the records asked, or the relation named near)
    hits["third-party-personal-data"] = [h for h in hits.get("third-party-personal-data") or []
                                         if not relation.search(body[max(0, h.match.start() - 40):h.match.end()])]
    if not hits.get("their-own-data") and hit is not None:
        hits["their-own-data"] = [hit]
    if hits.get("their-own-data"):
        raised.add(Regime.SAR)
    return whose if whose.on_behalf else None


def _on_behalf_finding(finding: Finding, whose, police: bool = False) -> Finding:
    """The subject access finding for a request made on someone's behalf (prompts/check/on_behalf.txt.j2): who
    may ask, and that the letter is written from the person asking, naming the person the records are about."""
    from askfoi.templates import render

    message, _, suggestion = render("check/on_behalf.txt.j2", evidence=finding.evidence, kind=whose.subject,
                                    relation=whose.relation or "", client=whose.signer == "client",
                                    them=whose.object, police=police, acting=whose.acting,
                                    acting_document=whose.acting_document, their_word=whose.their,
                                    consent=whose.consent, named=whose.name,
                                    acting_lapsed=whose.acting_lapsed).partition("\n---\n")
    return finding.model_copy(update={"message": " ".join(message.split()), "suggestion": " ".join(suggestion.split())})


def _police_records_finding(finding: Finding, body: str) -> Finding:
    """The own-personal-data finding when a police force is asked for its records of a stop, an arrest or an
    investigation: those are asked for under DPA 2018 s45 (Part 3), the route askfoi's letter takes
    (prompts/check/own_data_police.txt.j2); other records keep the UK GDPR wording."""
    from askfoi.framing import police_law_enforcement
    from askfoi.templates import render

    if not police_law_enforcement(body or ""):
        return finding
    message, _, suggestion = render("check/own_data_police.txt.j2", evidence=finding.evidence).partition("\n---\n")
    return finding.model_copy(update={"message": " ".join(message.split()), "suggestion": " ".join(suggestion.split())})


def _police_their_records_finding(finding: Finding, body: str) -> Finding:
    """lead40: the their-own-data finding when the person helped asks a police force for its records of a stop, an
    arrest or an investigation: section 45 of the DPA 2018, as for the writer's own (prompts/check/their_data_police)."""
    from askfoi.framing import police_law_enforcement
    from askfoi.templates import render

    if not police_law_enforcement(body or ""):
        return finding
    return finding.model_copy(update={"message": " ".join(render("check/their_data_police.txt.j2",
                                                                 evidence=finding.evidence).split())})


@functools.lru_cache(maxsize=1)
def _eisr_numbers() -> tuple[tuple[re.Pattern[str], str], ...]:
    data, _ = load_vocab("eisr_numbers")
    out = []
    for pair in data if isinstance(data, list) else []:
        if isinstance(pair, list) and len(pair) == 2:
            try:
                out.append((re.compile(str(pair[0])), str(pair[1])))
            except re.error:
                continue
    return tuple(out)


def _in_eisr_numbers(finding: Finding) -> Finding:
    """FINDING as a Scottish authority's requester should read it: the EISR's regulation numbers, not the EIR's."""
    def convert(text: str) -> str:
        for pattern, replacement in _eisr_numbers():
            text = pattern.sub(replacement, text)
        return text

    return finding.model_copy(update={"message": convert(finding.message), "suggestion": convert(finding.suggestion)})


_GENERIC_NAME_WORDS = frozenset(
    "the and of for housing association associations group trust society limited ltd homes home community".split())


def _names_body(words: str, resolved: ResolvedAuthority) -> bool:
    """Whether WORDS (a check's match) name the body RESOLVED by a word of its own name ("Peabody"), not only by
    words every such body has ("housing association")."""
    own = {w for w in re.findall(r"[a-z]{4,}", (words or "").lower()) if w not in _GENERIC_NAME_WORDS}
    names = " ".join([resolved.name, *(getattr(resolved, "aliases", None) or [])]).lower()
    body = {w for w in re.findall(r"[a-z]{4,}", names) if w not in _GENERIC_NAME_WORDS}
    return bool(own & body)


def _group_name_spans(text: str) -> list[tuple[int, int]]:
    """nx64 (nc64 #6): where TEXT names a group or campaign: two or more capitalised words ending in a group word
    (check_lexicon group_name_ends: "Dundee Climate Action", "Brighton Climate Action Network"), with at least one
    word before the group word that is the group's own ("Dundee"; "Climate Action" alone may be the measures), and the
    same name again in any case ("have they been monitoring dundee climate action")."""
    lexicon, _ = load_vocab("check_lexicon", list[str])
    ends = "|".join(lexicon.get("group_name_ends") or [])
    if not ends:
        return []
    names = re.finditer(rf"\b((?:[A-Z][\w'&-]*\s+){{2,5}}(?:{ends}))\b(?!\s+(?:Plan|Strategy|Fund|Programme|Framework|Report))", text or "")
    spans: list[tuple[int, int]] = []
    said: set[str] = set()
    for m in names:
        words = m.group(1).split()
        if words[0] in ("The", "A", "An", "Our", "My", "Their", "Its", "Your"):
            continue
        spans.append(m.span(1))
        said.add(" ".join(w.lower() for w in words))
    for name in said:
        spans.extend(m.span() for m in re.finditer(r"(?i)\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", text))
    return spans


def scottish_text(text: str) -> bool:
    """Whether TEXT says it is about Scotland: "scotland", "scottish", a Scotland-only law or a Scottish body's place
    word, typed with or without its capital (askfoi.framing.located_in_scotland)."""
    from askfoi.framing import _scotland_markers, located_in_scotland

    lexicon, _ = load_vocab("check_lexicon", list[str])
    words = _Compiler(lexicon, vocab_path("check_lexicon")).compile("{{scotland_words}}", "scotland_words")
    if (words is not None and words.search(text or "")) or located_in_scotland(text or ""):
        return True
    places = _scotland_markers()[1]
    if any(w in places for w in re.findall(r"[a-z]{4,}", (text or "").lower())):
        return True
    # nx64 (nc64 #1): a neighbourhood of a Scottish council, as people say where they live ("my flat in govan")
    from askfoi.area_councils import councils_named

    return any(_scottish_council(c) for c in councils_named(text or ""))


@functools.lru_cache(maxsize=256)
def _scottish_council(name: str) -> bool:
    found = resolve_authority(name)
    return bool(found and found.known and found.nation == Nation.scotland)


def _cost_variant(regime: Regime, resolved: ResolvedAuthority | None) -> str | None:
    if regime in (Regime.EIR, Regime.FOISA):
        return regime.value
    return None if resolved is not None else "no-authority"


def said_as(finding: Finding, variant: str) -> Finding:
    """nz70: FINDING said in its check's VARIANT (knowledge/vocab/checks.yaml), with the same evidence and part; as it
    is when the check has no such variant."""
    check = next((c for c in _compiled()[0] if c.code == finding.code), None)
    if check is None or variant not in check.spec.variants:
        return finding
    said = _finding(check, variant, {}, finding.evidence)
    return finding.model_copy(update={"message": said.message, "suggestion": said.suggestion, "variant": variant})


def academy_named(name: str | None) -> bool:
    """nz70: NAME is an academy trust's or an academy's (knowledge/vocab/institution_names.yaml: "Horizon Learning
    Trust", "Kingsbury Park Academy")."""
    from askfoi.institution_names import institution_names

    return any(n.kind == "academy trust" or (n.kind == "school" and re.search(r"(?i)\bacadem", n.name))
               for n in institution_names("the " + (name or "")))  # "the": a capital at the start says nothing


def _phrase_finding(
    check: _CompiledCheck,
    text: str,
    hits: list[_Hit],
    regime: Regime,
    resolved: ResolvedAuthority | None,
    values: dict[str, str],
    own_data: bool = False,
) -> Finding | None:
    spec = check.spec
    # nx73: a hit said in a variant of its own (the terms agreed with a named provider) is the point made, before a
    # hit of the check's general words in the same text
    first = next((h for h in hits if h.variant and h.variant in spec.variants), hits[0]) if spec.variant_first else hits[0]
    if (first.evidence or spec.evidence) == "sentence":
        evidence = _sentence_evidence(text, first)
    else:
        evidence = _clean(first.match.group(0))
    local = dict(values)
    if "{asked}" in (spec.suggestion or ""):
        local["asked"] = _asked_apart(text) or spec.asked_fallback or ""
    local["topic"] = next((t for t in (_topic(check, text, h) for h in hits) if t), "")  # ck28: any hit's subject
    no_topic = not local["topic"]
    if no_topic:  # ck28 (nu30 item 6): a subject the text does not name is asked for, never "it" nor "this subject"
        from askfoi.fix_pointers import subject_blank

        local["topic"] = subject_blank()
    variant: str | None = first.variant if first.variant in spec.variants else None
    # nx73 (nc70 #8): the rule's variant in the law's own words ("named_provider_EIR": regulation 12(5)(e); the EISR's
    # numbers are put in for a Scottish body afterwards, knowledge/vocab/eisr_numbers.yaml)
    if variant is not None and f"{variant}_{regime.value}" in spec.variants:
        variant = f"{variant}_{regime.value}"
    elif variant is not None:
        # ck20: a rule's variant said as the body asked answers it: "private_person_police" (NCND s40(5B)) for a force
        # (or "the police" in the text when no body is known), "private_person_scotland" under FOISA or the EISR
        unknown = resolved is None or not resolved.known
        if f"{variant}_scotland" in spec.variants and (regime == Regime.FOISA or (not unknown and resolved.nation == Nation.scotland) or (
                unknown and scottish_text(text))):
            variant = f"{variant}_scotland"
        elif f"{variant}_academy" in spec.variants and resolved is not None and academy_named(resolved.name):
            variant = f"{variant}_academy"  # nz70 (nc70 #8): an academy trust's pay is in its annual report and accounts
        elif f"{variant}_police" in spec.variants and (
                (not unknown and resolved.type == AuthorityType.police)
                or (unknown and re.search(r"(?i)\b(?:police|constabulary|officers?)\b", text))):
            variant = f"{variant}_police"
    if spec.regime == Regime.EIR and resolved is not None and resolved.nation == Nation.scotland:
        variant = "scotland"
    if spec.many_years is not None:
        variant = _cost_variant(regime, resolved)
    # session 24: a body the text names and askfoi knows decides the nation; the text's Scottish place words decide only
    # when it is unknown ("cardiff council ... in bute park" stays Welsh: Bute is also a Scottish council's name)
    known_elsewhere = resolved is not None and resolved.known and resolved.nation != Nation.scotland
    if variant is None and "scotland" in spec.variants and not known_elsewhere and (
            regime == Regime.FOISA or scottish_text(text)):
        variant = "scotland"  # ck13: a Scottish housing association is under FOISA
    if variant is None and "own_data" in spec.variants and own_data:
        variant = "own_data"  # lead43 (nc47 #3): "is the force tracking my phone": asked by subject access, restricted
    if variant is None and spec.kind_variants:
        # ck50: "a complaint about a council" goes to the council's procedure, then its ombudsman
        kind = resolved.type if resolved is not None and resolved.known else kind_in_text(text)
        variant = kind.value if kind is not None and kind.value in spec.variants else None
        if variant is None:
            return _finding(check, None, local, evidence)
    if variant is None and regime.value in spec.variants:
        variant = regime.value  # the same point under another law, with that law's sections
    if variant is None and regime == Regime.FOIA and resolved is not None and resolved.known \
            and resolved.type.value in spec.variants:
        variant = resolved.type.value  # the same point as that kind of body answers it (police: NCND)
    if variant is None and "no_overt" in spec.variants:
        from askfoi.framing import no_overt_use

        if no_overt_use(evidence):
            from askfoi.framing import capitalise_names

            variant = "no_overt"  # "IMSI catchers": no overt use to re-scope to
            # fx42: what has no overt use is the tactic the rule matched, so the sentence names it ("IMSI catchers"),
            # never the words read after it ("imsi catchers that track phones": "no overt use of track phones")
            local["topic"] = _as_tactic(capitalise_names(evidence) or evidence)
            said = text[first.sentence[0]: first.sentence[1]]
            if "no_overt_totals" in spec.variants and _INFORMANTS.search(evidence) and _MONEY_ASKED.search(said):
                variant = "no_overt_totals"  # nu30: "how much do they pay informants a year": totals often released
            elif "no_overt_none" in spec.variants:
                counted = _nothing_escapes(evidence)
                if counted is not None:
                    # cv99 (nc99 #4): IMSI catchers: the pack's answers neither confirmed nor denied even what was bought
                    # or the guidance, so the point never offers the policy, the spend or the contracts as answerable
                    variant = "no_overt_none"
                    local["counted"] = counted
                    many = str(values.get("which_part") or "").startswith("parts ")
                    local["them_parts"] = "these parts" if many else "this part"
                    local["them"] = "them" if many else "it"
    asked: list = []
    sentence, whole = _rewrites(check, text, hits, asked)
    if spec.rewrites:
        local["rewrite"] = sentence or " ".join((spec.rewrite_fallback or "").split())
    found = _finding(check, variant, local, evidence, whole)
    from askfoi.fix_pointers import ask_line, subject_blank

    line = ask_line(asked, subject=no_topic and subject_blank() in found.suggestion)
    if line:
        found = found.model_copy(update={"suggestion": f"{found.suggestion} {line}"})
    return found



def _nothing_escapes(evidence: str) -> str | None:
    """cv99 (nc99 #4): for a tactic the NCND topics mark `overt_escapes: false` (IMSI catchers), the pack's count of police
    answers that neither confirmed nor denied, as the point says it ("7 of 7"); None for any other tactic or no count."""
    from askfoi.ncnd_topics import load_topics, topics_in

    topics, _ = load_topics()
    for name in topics_in(evidence):
        topic = topics.get(name)
        if topic is None or topic.overt_escapes:
            continue
        ncnd, known = (topic.counted.get("police") or topic.counted.get("all") or [0, 0])[:2]
        if known:
            return f"{ncnd} of {known}"
    return None


# lead 27 (nu30): informants' payments asked as money: many forces released yearly totals (knowledge/sources: about 25
# of 40 answers on informant payments gave totals, in whole or part)
_INFORMANTS = re.compile(r"(?i)\b(?:informants?|informers?|chis|covert\s+human\s+intelligence)\b")
_MONEY_ASKED = re.compile(r"(?i)\b(?:pay|pays|paid|payments?|spen[dt]|spending|expenditure|cost|costs|budget|rewards?|money|how\s+much)\b")


def not_covered_finding(name: str, evidence: str = "", sar: bool = False) -> Finding | None:
    """org17: the not-covered-by-foi finding (knowledge/vocab/checks.yaml) for NAME, a body no FOI law covers that
    askfoi does not hold in its list of bodies (a private company the message names: "tesco plc"); None when the
    check is not defined. SAR (ck23a): the request is a subject access request, which the UK GDPR lets anyone make of
    a private company: the finding says so, never that the company "does not have to answer"."""
    check = next((c for c in _compiled()[0] if c.code == "not-covered-by-foi"), None)
    if check is None:
        return None
    return _finding(check, "sar" if sar and "sar" in check.spec.variants else None, {"authority": name}, evidence or name)


def parts_hit(code: str, parts: list[str]) -> list[int]:
    """(ny76) The numbers (1-based) of PARTS the check CODE's rules match, each part read on its own: every part of a
    letter a finding of that code is about (family-case: each part asking about one person's own case)."""
    check = next((c for c in _compiled()[0] if c.code == code), None)
    if check is None:
        return []
    return [k for k, part in enumerate(parts, 1) if part.strip() and _find(check, part)]
