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

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from askfoi.knowledge import load_vocab
from askfoi.questions import split_questions
from askfoi.templates import render

RegimeName = Literal["FOIA", "FOISA", "EIR", "EISR", "SAR", "DPA-Part3"]
MAX_SUBJECT_WORDS = 9
_WORD = re.compile(r"[A-Za-z0-9&][\w&'\u2019/-]*")


class Qualifiers(BaseModel):
    """What narrows a frame: a breakdown ("month"), a place, overt use only, a period of its own."""

    breakdown: str | None = None
    place: str | None = None
    overt: bool = False
    covert: bool = False  # the question asks about covert use (or about use, which invites NCND)
    period: str | None = None  # this part's own period label, only when it differs from the request's


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
    clause: str = ""  # count, list: what follows the subject ("issued for littering")
    warning: str | None = None  # why this part will probably not be answered (covert use: NCND)
    sections: list[str] = Field(default_factory=list)
    replacements: list["Frame"] = Field(default_factory=list)  # answerable frames to use instead

    @property
    def complete(self) -> bool:
        return self.kept_words or (bool(self.subject) and self.kind in kinds())


class AuthorityFound(BaseModel):
    name: str
    from_text: str


class Framing(BaseModel):
    """What a first message asks, framed: the route, the law, who, when, the parts and what is unclear."""

    route: Literal["foi", "sar"] = "foi"
    regime: RegimeName = "FOIA"
    authority: AuthorityFound | None = None
    period: str | None = None  # the period's label ("1 April 2024 to 31 March 2025")
    period_text: str | None = None  # as the message said it ("2024/25")
    parts: list[Frame] = Field(default_factory=list)
    findings: list[Any] = Field(default_factory=list)  # askfoi.checks.Finding
    questions: list[str] = Field(default_factory=list)  # what a too-vague message needs answered
    unframed: list[str] = Field(default_factory=list)  # the questions that could not be framed

    @property
    def subject(self) -> str | None:
        return next((p.subject for p in self.parts if p.subject and not p.kept_words), None)

    def as_json(self) -> dict:
        return {
            "route": self.route,
            "regime": self.regime,
            "authority": self.authority.model_dump() if self.authority else None,
            "period": self.period,
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
        }


# --- the vocabulary ------------------------------------------------------------------------------------


class _Kind(BaseModel):
    label: str
    template: str
    cues: list[str] = Field(default_factory=list)
    choice: bool = False


@dataclass(frozen=True)
class _Vocab:
    kinds: dict[str, _Kind]
    cues: tuple[tuple[str, re.Pattern[str]], ...]
    auth: str
    breakdowns: tuple[re.Pattern[str], ...]
    place_preps: frozenset[str]
    place_words: frozenset[str]
    stop: re.Pattern[str]
    banned: frozenset[str]
    pronouns: frozenset[str]
    leading: frozenset[str]
    dangling: frozenset[str]
    participles: frozenset[str]
    past: dict[str, str]
    spellings: dict[str, str]


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("record_kinds")
    data = data if isinstance(data, dict) else {}
    kinds = {k: _Kind.model_validate(v) for k, v in (data.get("kinds") or {}).items()}
    auth = "(?:" + "|".join(a for a in data.get("auth_words") or [] if a != "AUTHORITY") + "|\u00a7AUTH\u00a7)"
    cues = []
    for name, kind in kinds.items():
        for cue in kind.cues:
            try:
                cues.append((name, re.compile(cue.replace("AUTH", auth), re.I)))
            except re.error:
                continue  # a broken pattern in the data is skipped; `kb validate` reports vocab files
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return _Vocab(
        kinds=kinds,
        cues=tuple(cues),
        auth=auth,
        breakdowns=tuple(re.compile(r"(?<!\w)" + p + r"(?!\w)", re.I) for p in data.get("breakdowns") or []),
        place_preps=low("place_prepositions"),
        place_words=low("place_words"),
        stop=re.compile("|".join(f"(?:{p})" for p in data.get("stop_words") or ["is"]), re.I),
        banned=low("banned_in_subject"),
        pronouns=low("pronouns"),
        leading=low("leading_words"),
        dangling=low("dangling"),
        participles=low("participles"),
        past={str(k).lower(): str(v) for k, v in (data.get("past_participles") or {}).items()},
        spellings={str(k).lower(): str(v) for k, v in (data.get("spellings") or {}).items()},
    )


def kinds() -> dict[str, str]:
    """The kinds of record a part can ask for: name -> label (knowledge/vocab/record_kinds.yaml)."""
    return {name: k.label for name, k in _vocab().kinds.items()}


def choice_kinds() -> list[str]:
    """The kinds offered when a question names no kind of record, in order."""
    return [name for name, k in _vocab().kinds.items() if k.choice]


class _Covert(BaseModel):
    terms: list[str]
    overt: list[str] = Field(default_factory=list)
    covert: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    sections_scotland: list[str] = Field(default_factory=list)
    police_only: bool = True
    replace: list[dict[str, Any]] = Field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _covert() -> tuple[_Covert, re.Pattern[str] | None]:
    data, _ = load_vocab("covert_terms")
    spec = _Covert.model_validate(data if isinstance(data, dict) else {"terms": []})
    good = []
    for term in spec.terms:
        try:
            re.compile(term)
            good.append(f"(?:{term})")
        except re.error:
            continue
    return spec, (re.compile("|".join(good), re.I) if good else None)


@functools.lru_cache(maxsize=1)
def _inflector():
    import inflect

    return inflect.engine()


def is_plural(phrase: str) -> bool:
    """Whether a noun phrase names several things ("cameras", "people") rather than one."""
    words = [w for w in re.findall(r"[A-Za-z]+", phrase)]
    if not words:
        return False
    head = next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in {"of", "on", "for", "in", "at", "to", "by", "with", "about", "from"}), words[-1])
    if head.isupper():
        return head.endswith("s") and len(head) > 2  # "PCNs"
    return bool(_inflector().singular_noun(head.lower()))


# --- finding the organisation and the period -------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def find_authority(text: str, authority: str | None = None) -> tuple[AuthorityFound | None, tuple[int, int] | None]:
    """The organisation the message names (resolved to the body askfoi knows) and where it is named,
    or the one given; (None, None) when no known body is named."""
    from askfoi.authorities import default_index, normalise, resolve_authority, _kinds_named

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
    toks = _tokens(text)
    best: tuple[tuple, str, tuple[int, int], str] | None = None  # (rank, name, span, typed)
    v = _vocab()
    for i in range(len(toks)):
        first = toks[i][0].lower()
        if first in v.leading or first in v.banned or v.stop.fullmatch(first):
            continue  # "does essex police", "by the council": a name does not begin with these
        for n in range(min(7, len(toks) - i), 0, -1):
            start, end = toks[i][1], toks[i + n - 1][2]
            typed = text[start:end]
            key = normalise(typed)
            if not key:
                continue
            hit = None
            if key in index.exact:
                hit = (index.authorities[index.exact[key]].name, (1, 100.0, n))
            elif _kinds_named(key) and len(key.split()) > len(_kinds_named(key)) and toks[i + n - 1][0].lower() in _type_words():
                found = resolve_authority(typed)
                if found is not None and found.known and found.score >= 90:
                    hit = (found.name, (0, found.score, -n))
            if hit and (best is None or hit[1] > best[0]):
                best = (hit[1], hit[0], (start, end), typed)
    if best is None:
        return None, None
    return AuthorityFound(name=best[1], from_text=best[3]), best[2]


@functools.lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    from askfoi.authorities import _rules as name_rules

    return frozenset(name_rules().type_words)


_PERIOD_SPANS = re.compile(
    r"(?<!\w)(?:(?:in|during|for|over|since|from|between|throughout)\s+)?(?:the\s+)?(?:"
    r"(?:last|past|previous)\s+(?:\w+\s+)?(?:(?:financial|calendar|school|academic)\s+)?(?:years?|months?|weeks?|quarters?)"
    r"|this\s+(?:(?:financial|calendar|school|academic)\s+)?year"
    r"|(?:(?:financial|calendar|school|academic)\s+years?\s+)?(?:19|20)\d\d(?:\s*[/-]\s*(?:(?:19|20)?\d\d))?"
    r"(?:\s+(?:to|and|until|-)\s+(?:(?:19|20)\d\d(?:\s*/\s*\d\d)?|now|today|date|the\s+present))?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+(?:19|20)\d\d"
    r"(?:\s+(?:to|and|until|-)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d)?"
    r")(?!\w)",
    re.I,
)


def find_periods(text: str, today: date | None = None) -> list[tuple[str, str, tuple[int, int]]]:
    """Each period the text states: (label, as written, span), in order."""
    from askfoi.periods import parse_period

    out = []
    for m in _PERIOD_SPANS.finditer(text):
        written = m.group().strip()
        bare = re.sub(r"^(?:in|during|for|over|throughout)\s+", "", written, flags=re.I)
        found = parse_period(bare, today=today) or parse_period(written, today=today)
        if found is not None:
            out.append((found.label, bare, m.span()))
    return out


# --- reading one question ---------------------------------------------------------------------------------


def _mask(text: str, spans: list[tuple[int, int]], marker: str) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + marker + text[end:]
    return text


def _breakdown(text: str) -> tuple[str | None, str]:
    for pattern in _vocab().breakdowns:
        m = pattern.search(text)
        if m:
            groups = m.groupdict()
            by = (groups.get("unit") or groups.get("by") or "").lower()
            by = {"monthly": "month", "yearly": "year", "annually": "year", "quarterly": "quarter", "weekly": "week"}.get(by, by)
            if by in ("each", "every"):
                by = groups.get("unit") or ""
            if groups.get("by2"):
                by = f"{by} and {groups['by2'].lower()}"
            return by or None, text[: m.start()] + " " + text[m.end():]
    return None, text


def _spell(word: str, original: str) -> str:
    fixed = _vocab().spellings.get(word.lower())
    if fixed:
        return fixed
    if original.isupper() and len(original) > 1:
        return original  # an acronym as typed
    if original[:1].isupper() and original[1:].islower():
        return original  # a name as typed ("Elm Street")
    return original.lower() if not original.isupper() else original


def _chunk(text: str, kind: str) -> tuple[str | None, str | None, list[str]]:
    """(subject, place, extra words) read from the start of TEXT: the noun phrase up to the first word
    that ends one, with a count's participle clause ("notices | were | issued for littering")."""
    v = _vocab()
    raw = re.findall(r"\u00a7\w+\u00a7|[A-Za-z0-9&][\w&'\u2019/-]*|[,.;:?!()\"]", text)
    words: list[str] = []
    clause_at: int | None = None  # where a count's participle clause begins in WORDS
    i = 0
    n = len(raw)
    while i < n and (raw[i].lower() in v.leading or raw[i].startswith("\u00a7") and raw[i] != "\u00a7AUTH\u00a7"):
        i += 1
    while i < n:
        w = raw[i]
        low = w.lower()
        if w.startswith("\u00a7") or w in ",.;:?!()\"":
            break
        if low == "and" and i + 1 < n and (v.stop.fullmatch(raw[i + 1].lower()) or raw[i + 1].lower() in v.banned
                                           or raw[i + 1].startswith("\u00a7")):
            break
        if v.stop.fullmatch(low) or low in v.banned or low.endswith("n't"):
            # "notices were issued for ..." / "potholes have been reported on ..."
            j = i + 1
            if kind in ("count", "list", "statistics") and words and low in ("are", "were", "was", "is", "have", "has", "had"):
                while j < n and raw[j].lower() in ("been", "being", "not"):
                    j += 1
                if j < n and raw[j].lower() in v.participles:
                    clause_at = len(words) if clause_at is None else clause_at
                    words.append(raw[j].lower())
                    i = j + 1
                    continue
            if kind in ("count", "list") and words and low in ("did", "do", "does", "has", "have", "had") and j < n:
                # "how many exclusions did §AUTH§ record" -> "exclusions recorded"
                if raw[j] == "\u00a7AUTH\u00a7" or raw[j].lower() in v.pronouns or raw[j].lower() in ("you", "they", "we"):
                    j += 1
                while j < n and raw[j].lower() in ("actually", "ever", "currently", "already", "recently"):
                    j += 1
                if j < n:
                    past = v.past.get(raw[j].lower())
                    if past and (j + 1 >= n or raw[j + 1].lower() not in v.banned):
                        clause_at = len(words) if clause_at is None else clause_at
                        words.append(past)
                        i = j + 1
                        continue
            break
        words.append(w)
        i += 1
    # drop dangling words at the end ("cameras on", "spending by the")
    while words and words[-1].lower() in v.dangling:
        words.pop()
    if not words:
        return None, None, []
    # a place in the last prepositional phrase: "potholes in Leeds", "cameras on Elm Street"
    place = None
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() in v.place_preps and k + 1 < len(words):
            tail = words[k + 1:]
            if any(t[:1].isupper() for t in tail) or tail[-1].lower() in v.place_words:
                if not any(t.lower() in v.banned for t in tail):
                    place = " ".join(_spell(t, t) for t in tail)
                    if tail[0].lower() not in ("the",) and tail[-1].lower() in v.place_words and not tail[0][:1].isupper():
                        place = "the " + place
                    words = words[:k]
            break
    while words and words[-1].lower() in v.dangling:
        words.pop()
    if not words:
        return None, place, []
    if len(words) > MAX_SUBJECT_WORDS:
        cut = [k for k in range(1, MAX_SUBJECT_WORDS + 1) if words[k].lower() in v.dangling]
        words = words[: cut[-1]] if cut else words[:MAX_SUBJECT_WORDS]
        while words and words[-1].lower() in v.dangling:
            words.pop()
    clause = words[clause_at:] if clause_at is not None and clause_at < len(words) else []
    words = words[:clause_at] if clause_at is not None else words
    subject = " ".join(_spell(w, w) for w in words)
    for two, fixed in v.spellings.items():
        if " " in two:
            subject = re.sub(rf"(?i)\b{re.escape(two)}\b", fixed, subject)
    return subject or None, place, [_spell(w, w) for w in clause]


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
    if any(w in v.banned - {"who", "what", "which", "why", "how", "when", "where", "whether"} for w in words):
        problems.append("pronoun or filler")
    if words[-1] in v.dangling:
        problems.append("dangling word")
    if any(a == b for a, b in zip(words, words[1:])):
        problems.append("repeated word")
    if authority:
        from askfoi.authorities import normalise

        name = normalise(authority)
        if name and (name in normalise(subject) or normalise(subject) in name):
            problems.append("authority name")
    return problems


def part_problems(frame: Frame, authority: str | None = None) -> list[str]:
    """Why a part is not well formed (empty list: it is): its frame is incomplete, its subject is not a
    clean noun phrase, or its text does not read as a request for records."""
    if frame.kept_words:
        return []
    problems = []
    if frame.kind not in kinds():
        problems.append("unknown kind")
    if frame.kind != "personal_data":
        problems += subject_problems(frame.subject, authority)
    text = frame.text.strip()
    if not text or not text[:1].isupper() or not text.endswith("."):
        problems.append("not a sentence")
    if "?" in text:
        problems.append("a question, not a request")
    return problems


def _cue(text: str) -> tuple[str | None, re.Match[str] | None]:
    for name, pattern in _vocab().cues:
        m = pattern.search(text)
        if m:
            return name, m
    return None, None


def _drop_fillers(text: str) -> str:
    """'can you tell me', 'i would like to know', 'please' in front of the question."""
    return re.sub(
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


def _frame_question(question: str, masked: str, previous: Frame | None, covert_ok: bool) -> Frame:
    """One question as a frame (kind and subject may be None when it cannot be framed)."""
    v = _vocab()
    text = _drop_fillers(masked)
    breakdown, text = _breakdown(text)
    kind, m = _cue(text)
    subject = place = decision = duty = parties = None
    clause: list[str] = []
    if m is not None:
        after = text[m.end():]
        groups = m.groupdict()
        if groups.get("used"):
            after = groups["used"]
        if kind == "reasons" and re.match(r"\s*[a-z]+\b", after) and re.search(r"\b(?:did|do|does|would|will)(?:n't)?\s+\S+\s*$", text[: m.end()], re.I):
            # "why did §AUTH§ close the library" -> decision "close the library"
            verb_m = re.match(r"\s*(?:not\s+)?([a-z]+)\s+(.*)$", after, re.I | re.S)
            if verb_m and verb_m.group(1).lower() not in v.banned:
                obj, place, _ = _chunk(verb_m.group(2), "reasons")
                if obj:
                    subject = obj
                    article = "" if is_plural(obj) or obj[:1].isupper() else "the "
                    decision = f"{verb_m.group(1).lower()} {article}{obj}"
        if subject is None:
            subject, place, clause = _chunk(after, kind or "")
        if subject is None:
            before = text[: m.start()]
            tail = re.split(r"[,.;:?!-]\s*|\u00a7\w+\u00a7", before)
            for piece in reversed([t for t in tail if t.strip()]):
                subject, place, clause = _chunk(piece, kind or "")
                if subject:
                    break
        if kind == "responsibility" and groups.get("duty"):
            duty = _duty(groups["duty"])
        if kind == "correspondence":
            parties = groups.get("parties") or (f"the authority and {groups['party']}" if groups.get("party") else None)
            if parties and ("\u00a7" in parties or any(w in v.banned for w in parties.lower().split())):
                parties = None
    else:
        subject, place, clause = _chunk(text, "")
    refers = bool(re.search(r"\b(?:it|them|they|these|those|this|that|ones)\b", text[m.end():] if m else text, re.I))
    if subject is None and previous is not None and previous.subject and refers:
        subject = previous.subject
        place = place or previous.qualifiers.place
        decision = None
    frame = Frame(kind=kind or "none", subject=subject, source=question, decision=decision, duty=duty, parties=parties,
                  clause=" ".join(clause) if kind in ("count", "list", "statistics") else "", qualifiers=Qualifiers(breakdown=breakdown, place=place))
    low = question.lower()
    spec, terms = _covert()
    if terms is not None and covert_ok and (terms.search(question) or (subject and terms.search(subject))):
        overt = any(re.search(rf"\b{re.escape(w)}\b", low) for w in spec.overt)
        covert = any(re.search(rf"\b{re.escape(w)}\b", low) for w in spec.covert)
        frame.qualifiers.overt = overt and not covert
        frame.qualifiers.covert = covert or (not overt and frame.kind in ("use", "none", "count", "list", "statistics"))
        if frame.kind == "none" and subject:
            frame.kind = "use"
    return frame


def _duty(verb: str) -> str:
    nouns = {"monitor": "monitoring", "run": "running", "manage": "management", "operate": "operation",
             "maintain": "maintenance", "watch": "monitoring", "control": "control", "inspect": "inspection",
             "oversee": "oversight", "oversaw": "oversight", "check": "checking", "clean": "cleaning",
             "repair": "repair", "own": "ownership", "install": "installation", "staff": "staffing", "ran": "running"}
    stem = re.sub(r"(?:s|ed)$", "", verb.lower())
    return nouns.get(stem) or nouns.get(verb.lower()) or nouns.get(stem + "e") or "management"


# --- rendering -----------------------------------------------------------------------------------------


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
        "breakdown": frame.qualifiers.breakdown,
        "overt": frame.qualifiers.overt,
        "period": frame.qualifiers.period or period,
        "decision": frame.decision,
        "duty": frame.duty,
        "parties": frame.parties,
        "head": frame.head,
        "clause": frame.clause,
        "plural": is_plural(frame.subject or ""),
    }
    text = re.sub(r"\s+", " ", render(f"frames/{spec.template}.j2", f=f)).strip()
    return text[:1].upper() + text[1:]


def covert_replacements(frame: Frame, *, scotland: bool = False) -> list[Frame]:
    """The answerable frames offered in place of a part about covert use: overt deployments by month, the
    policy on overt use, the DPIA, the total spent and the supplier contracts (knowledge/vocab/covert_terms.yaml)."""
    spec, _ = _covert()
    out = []
    for entry in spec.replace:
        kind = str(entry.get("kind", ""))
        if kind not in kinds():
            continue
        q = Qualifiers(breakdown=entry.get("breakdown"), place=frame.qualifiers.place, overt=bool(entry.get("overt")),
                       period=frame.qualifiers.period)
        new = Frame(kind=kind, subject=frame.subject, qualifiers=q, source=frame.source, head=str(entry.get("head", "")).strip())
        if new.head:
            new.head += " "
        new.text = render_frame(new)
        out.append(new)
    return out


def _flag_covert(frame: Frame, scotland: bool) -> None:
    spec, _ = _covert()
    sections = spec.sections_scotland if scotland else spec.sections
    frame.sections = list(sections)
    frame.warning = render("frames/covert_warning.j2", subject=frame.subject, sections=sections, scotland=scotland).strip()
    frame.replacements = covert_replacements(frame, scotland=scotland)


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
            if key not in seen:
                seen.add(key)
                parts.append(new)
    out = framing.model_copy(deep=True)
    out.parts = parts
    out.findings = [f for f in framing.findings if getattr(f, "code", None) != "ncnd-risk"]
    return out


def keep_words(question: str) -> Frame:
    """The person's question kept whole, as they chose ("keep my words")."""
    text = re.sub(r"\s+", " ", question).strip()
    return Frame(kind="kept", subject=None, source=text, text=text, kept_words=True)


# --- the whole message ------------------------------------------------------------------------------


def _regime(check_regime: str, resolved, sar: bool, police_records: bool) -> RegimeName:
    scotland = resolved is not None and resolved.known and (resolved.regime.value == "FOISA" or resolved.nation.value == "scotland")
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
    r"incident\s+log|999\s+call|detained)\b",
    re.I,
)


def frame_message(text: str, authority: str | None = None, *, today: date | None = None) -> Framing:
    """TEXT (a person's first message) framed: route and law, the organisation it names (or AUTHORITY),
    the period it states, a frame per question, the findings `askfoi check` raises on it, framing's own
    findings (covert use, too vague to frame) and the questions a too-vague message needs answered."""
    from askfoi.authorities import resolve_authority
    from askfoi.checks import check_request

    text = (text or "")[:20000]
    found, auth_span = find_authority(text, authority)
    periods = find_periods(text, today=today)
    period_label = periods[0][0] if periods else None
    resolved = resolve_authority(found.name) if found else None
    check = check_request(text, found.name if found else None, period=period_label)
    sar = check.regime.value == "SAR"
    regime = _regime(check.regime.value, resolved, sar, bool(_LAW_ENFORCEMENT.search(text)))
    scotland = regime in ("FOISA", "EISR")
    police_or_unknown = resolved is None or not resolved.known or resolved.type.value == "police"
    framing = Framing(
        route="sar" if sar else "foi",
        regime=regime,
        authority=found,
        period=period_label,
        period_text=periods[0][1] if periods else None,
        findings=list(check.findings),
    )
    if sar:
        framing.parts = [_personal_data_frame(text)]
        return framing

    # Mask the authority's name and every period in the message before reading subjects.
    spans = [s for _, _, s in periods]
    masked_text = _mask(text, spans + ([auth_span] if auth_span else []), "")
    if auth_span:
        masked_text = _mask(text, spans, "\u00a7PERIOD\u00a7")
        shift = _mask(text, [s for s in spans if s[1] <= auth_span[0]], "\u00a7PERIOD\u00a7")
        offset = len(shift) - len(text)
        a0, a1 = auth_span[0] + offset, auth_span[1] + offset
        masked_text = masked_text[:a0] + "\u00a7AUTH\u00a7" + masked_text[a1:]
    else:
        masked_text = _mask(text, spans, "\u00a7PERIOD\u00a7")
    questions = split_questions(text)
    masked_questions = split_questions(masked_text)
    if len(masked_questions) != len(questions):
        masked_questions = [_mask_one(q, found, today) for q in questions]
    previous: Frame | None = None
    seen: set[str] = set()
    for question, masked in zip(questions, masked_questions):
        own = find_periods(question, today=today)
        frame = _frame_question(question, masked, previous, police_or_unknown)
        if own and own[0][0] != period_label:
            frame.qualifiers.period = own[0][0]
        if frame.kind == "none" or not frame.subject:
            if _is_story(question):
                continue  # background, not a question: "my son was excluded last year."
            framing.unframed.append(question)
            kind_choice = "none" if frame.subject else "subject"
            framing.questions.append(render(
                "frames/question.j2", kind=kind_choice, text=question.strip(),
                choices=[kinds()[k] for k in choice_kinds()]).strip())
            continue
        frame.text = render_frame(frame)
        if frame.qualifiers.covert:
            _flag_covert(frame, scotland)
        if frame.text.lower() in seen:
            continue
        seen.add(frame.text.lower())
        framing.parts.append(frame)
        previous = frame
    codes = {getattr(f, "code", "") for f in framing.findings}
    if any(p.warning for p in framing.parts):
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "ncnd-risk"]
        framing.findings.insert(0, _framing_finding("ncnd-risk", framing))
    if framing.questions and not framing.parts and "vague-scope" not in codes:
        framing.findings.append(_framing_finding("too-vague", framing))
    return framing


def _mask_one(question: str, found: AuthorityFound | None, today: date | None) -> str:
    spans = [s for _, _, s in find_periods(question, today=today)]
    out = _mask(question, spans, "\u00a7PERIOD\u00a7")
    if found:
        for probe in (found.from_text, found.name):
            out = re.sub(re.escape(probe), "\u00a7AUTH\u00a7", out, flags=re.I)
    return out


_STORY = re.compile(r"^\s*(?:i|we|my|our|me|last|in|on|after|since|it|there|this|they)\b(?!.*\?)", re.I)


def _is_story(question: str) -> bool:
    """A sentence that tells what happened rather than asks: "my son was excluded last year.\""""
    if "?" in question:
        return False
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


def _framing_finding(code: str, framing: Framing):
    from askfoi.checks import Finding

    spec, _ = _covert()
    if code == "ncnd-risk":
        part = next(p for p in framing.parts if p.warning)
        return Finding(code=code, severity="high", message=part.warning,
                       suggestion=render("frames/covert_suggestion.j2", parts=[r.text for r in part.replacements]).strip(),
                       evidence=part.source[:120],
                       rewrite="\n".join(f"{i}. {p.text}" for i, p in enumerate(replace_covert(framing).parts, 1)))
    return Finding(code=code, severity="medium", message=render("frames/too_vague.j2").strip(),
                   suggestion="\n".join(framing.questions), evidence=(framing.unframed or [""])[0][:120])
