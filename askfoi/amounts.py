"""Counts and amounts read from a question in either word order (fr14b, issue 8).

"how many evictions did the housing association carry out last year" (a direct question) and "(she wants to know)
how many evictions the housing association did last year" (an embedded one) are the same request: the number of
evictions carried out by the housing association. `amount_frame` reads the counted noun phrase, the event verb
(turned into a participle: knowledge/vocab/amount_reading.yaml, else lemminflect), who did it (named as the agent
unless it is the body asked: "you", "they", the masked name), what the rest of the clause says (place, narrowing),
and for "how much" whether money was spent or received. The result is a `Frame` that a template in prompts/frames/
renders: the person's words are never reordered into a question of askfoi's own making. Anything it cannot read
returns None, and the question is kept whole as typed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

_MASK = re.compile(r"\u00a7[A-Z]+\u00a7")
_AUX_DO = frozenset("did do does will would can could".split())
_AUX_HAVE = frozenset("has have had".split())
_AUX_BE = frozenset("is are was were".split())
_DETS = frozenset("the a an this that these those its their his her my our your any each every some all".split())
_PREPS = frozenset("of in on at for from to by with about during over under into through across within after before "
                   "between since against per outside inside near around along beside beyond towards".split())
_PERIOD_PREPS = frozenset("in during since for over from between throughout within on by".split())
_STOCK = frozenset("have hold own keep".split())
_PRONOUNS = frozenset("i you u we they it he she".split())
_ADVERBS = frozenset("then actually ever still currently now already also so far recently previously".split())
_SNAPSHOT = re.compile(r"(?i)\b(?:right\s+now|at\s+the\s+moment|at\s+present|currently|now)\b")
_STOP_TAIL = re.compile(r"(?i)\s*(?:,|\band\s+(?:why|whether|if|what|how|who|when|where|which)\b|\band\s+(?:did|do|does|has|have|is|are|was|were)\b)")


@dataclass(frozen=True)
class _Words:
    participles: dict[str, str]
    effects: dict[str, str]
    particles: frozenset[str]
    spend: frozenset[str]
    income: frozenset[str]
    income_nouns: dict[str, str]
    addressee: frozenset[str]
    addressee_nouns: frozenset[str]
    lead_ins: tuple[re.Pattern[str], ...]
    infinitive: frozenset[str]
    giving: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("amount_reading")
    data = data if isinstance(data, dict) else {}
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    leads = []
    for p in data.get("lead_ins") or []:
        try:
            leads.append(re.compile(r"^\W*" + p, re.I))
        except re.error:
            continue
    return _Words(
        participles={str(k).lower(): str(v) for k, v in (data.get("participles") or {}).items()},
        effects={str(k).lower(): str(v or "") for k, v in (data.get("effects") or {}).items()},
        particles=low("particles"),
        spend=low("spend_verbs"),
        income=low("income_verbs"),
        income_nouns={str(k).lower(): str(v) for k, v in (data.get("income_nouns") or {}).items()},
        addressee=low("addressee"),
        addressee_nouns=low("addressee_nouns"),
        lead_ins=tuple(leads),
        infinitive=low("infinitive_verbs"),
        giving=low("giving_verbs"),
    )


@functools.lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


def _verb_lemma(word: str) -> str | None:
    verbs = _lemmas(word).get("VERB") or _lemmas(word).get("AUX")
    return verbs[0] if verbs else None


def _is_past(word: str) -> bool:
    """WORD is a past tense or past participle form ("issued", "did", "cut", "led")."""
    from lemminflect import getInflection

    lemma = _verb_lemma(word)
    if not lemma:
        return False
    low = word.lower()
    return low in (getInflection(lemma, "VBD") or ()) or low in (getInflection(lemma, "VBN") or ())


def _is_participle(word: str) -> bool:
    from lemminflect import getInflection

    if word.lower() == "got":
        return True  # British "have got" (lemminflect gives only "gotten")
    lemma = _verb_lemma(word)
    return bool(lemma) and word.lower() in (getInflection(lemma, "VBN") or ())


def _is_base(word: str) -> bool:
    lemma = _verb_lemma(word)
    return bool(lemma) and lemma == word.lower()


def _is_present(word: str) -> bool:
    from lemminflect import getInflection

    lemma = _verb_lemma(word)
    return bool(lemma) and (word.lower() == lemma or word.lower() in (getInflection(lemma, "VBZ") or ()))


def _noun_like(word: str) -> bool:
    if _MASK.fullmatch(word) or word[:1].isupper() or any(c.isdigit() for c in word):
        return True
    lem = _lemmas(word)
    return bool(lem.get("NOUN") or lem.get("ADJ") or lem.get("PROPN")) or not lem


def _participle(lemma: str) -> str:
    from lemminflect import getInflection

    table = _words().participles
    if lemma in table:
        return table[lemma]
    return (getInflection(lemma, "VBN") or [lemma + "ed"])[0]


def strip_lead_in(text: str) -> str:
    """TEXT without a lead-in that only asks to be told ("she wants to know", "can you find out", "please tell me"),
    as long as words follow it."""
    from askfoi.questions import strip_ask_opener

    out = (text or "").strip()
    for _ in range(3):
        before = out
        out = re.sub(r"(?i)^\W*(?:and|also|so|but|plus|ps)\b[\s,]*", "", out)
        out = strip_ask_opener(out)
        for p in _words().lead_ins:
            m = p.match(out)
            if m and re.search(r"[A-Za-z]{2}", out[m.end():]):
                out = out[m.end():]
                break
        if out == before:
            break
    return out.strip()


_Q = re.compile(r"(?i)^\W*(?P<qw>how\s+(?:many|mnay|manny|meny)|how\s+much(?:\s+money)?|what\s+number\s+of|"
                r"what\s+(?:proportion|percentage|share)\s+of)\s+(?P<rest>.+)$", re.S)


def _tokens(text: str) -> list[str]:
    text = re.sub(r"[?!.;:]+\s*$", "", text.strip())
    return [t.strip("\"'()") for t in text.split() if t.strip("\"'(),")]


def _agent_start(word: str, prev: str | None) -> bool:
    low = word.lower()
    return low in _DETS - {"any", "each", "every", "some", "all"} or low in _PRONOUNS or bool(_MASK.fullmatch(word)) \
        or (word[:1].isupper() and prev is not None and prev.lower() not in _PREPS)


def _noun_phrase(words: list[str]) -> int:
    """How many of WORDS make the counted noun phrase ("evictions", "complaints about rats", "fixed penalty
    notices"), stopping at an auxiliary, a verb, or a determiner or name that opens the clause's subject."""
    k = 0
    while k < len(words):
        w, low = words[k], words[k].lower()
        prev = words[k - 1] if k else None
        if low in _AUX_DO | _AUX_HAVE | _AUX_BE | {"there"}:
            break
        if k and _agent_start(w, prev) and not (prev.lower() in _PREPS or prev.lower() == "of"):
            break
        if k and low not in _PREPS and not _lemmas(w).get("NOUN") and (_is_past(w) or _is_present(w)):
            break  # "how many people used ...": a verb, even one that can be an adjective
        if k and low not in _PREPS and _is_past(w) and k + 1 < len(words) and (
                _MASK.fullmatch(words[k + 1]) or words[k + 1].lower() in _DETS):
            break  # lead33: "how many teachers left §AUTH§ schools", "... left the trust": a past verb before its object
        if k == 0 and (low in _PREPS or low in _PRONOUNS or low in ("times", "occasions")):
            return 0
        k += 1
    while k and words[k - 1].lower() in _PREPS | _DETS:
        k -= 1  # never end on "of" / "the"
    return k


def _tail(words: list[str]) -> list[str] | None:
    """The rest of the clause after its verb, without the period (masked) and its preposition; None when it holds
    a word a frame cannot carry (a question word, a pronoun that points elsewhere)."""
    text = " ".join(words)
    if re.search(r"(?i)\b(?:compared|than|versus|vs)\b", re.sub(
            r"(?i)\b(?:more|less|fewer|longer|shorter|greater|higher|lower|older|younger)\s+than\s+(?=(?:a|an|one|two|three|"
            r"four|five|six|seven|eight|nine|ten|twelve|\d+)\b)", " ", text)):  # lead57: "for more than an hour" is a threshold
        return None  # "now compared to 2010": two figures, which a frame does not say
    stop = _STOP_TAIL.search(text)
    if stop:
        text = text[: stop.start()]
    out = text.split()
    kept: list[str] = []
    for k, w in enumerate(out):
        if w == "\u00a7PERIOD\u00a7":
            while kept and kept[-1].lower() in _PERIOD_PREPS | {"the", "each", "every"}:
                kept.pop()
            continue
        if w.lower() in ("why", "what", "how", "who", "whom", "whether", "when", "which") \
                or w.lower() in ("it", "them", "they", "this", "these", "those"):
            return None
        if w.lower() in ("in", "so") and k + 1 < len(out) and out[k + 1].lower() in ("total", "far"):
            continue
        if w.lower() in ("total", "far") and kept[-1:] == [] and k and out[k - 1].lower() in ("in", "so"):
            continue
        kept.append(w)
    while kept and kept[-1].lower() in _PREPS | _DETS | {"and", "or"}:
        kept.pop()
    return kept


def _agent_words(agent: list[str], addressee_named: bool) -> str | None:
    """"by <agent>" for a third party that did it; "" for the body asked ("you", "they", its masked name)."""
    low = [w.lower() for w in agent]
    if not agent:
        return ""
    if len(agent) == 1 and (low[0] in _words().addressee or _MASK.fullmatch(agent[0])):
        return ""
    if any(_MASK.fullmatch(w) and w != "\u00a7AUTH\u00a7" for w in agent):
        return None
    if any(w == "\u00a7AUTH\u00a7" for w in agent):
        return ""
    if low[0] in ("your", "our"):
        return ""  # "your officers": the body's own
    if low[0] in ("the", "my", "our") and " ".join(low[1:]) in _words().addressee_nouns:
        return ""  # "the council", "my local council": the body asked
    return "by " + " ".join(agent)


_CUT_UNIT = re.compile(r"(?i)\s*\b(?:for\s+|in\s+)?(?:each|every|per)\s+(financial|calendar|academic|school|tax)\s+(?=\u00a7PERIOD\u00a7)")


# lead42 (nc44 #14): "what did the cameras cost (in 2024)", "what has the stadium cost": the amount asked as "how much",
# only where "cost" is the clause's own verb (never "what did the report say about costs")
_WHAT_COST = re.compile(r"(?i)^(?P<lead>\W*)what\s+(?P<aux>(?:did|does|do|will|has|have)\s+(?:[\w'-]+\s+){1,6}?costs?\b)")


def amount_frame(question: str, masked: str | None = None, previous=None):
    """QUESTION (MASKED: the body's name as §AUTH§, periods as §PERIOD§) read as a count or an amount `Frame`, or
    None when it is not a "how many / how much / what number of / what proportion of" question this can read."""
    from askfoi.framing import Frame, Qualifiers, _breakdown

    from askfoi.kept_questions import fix_informal

    from askfoi.ask_shapes import there_been

    # "recieved" -> "received"; cx39: "how many fires have there been at the tip" -> "how many fires at the tip"
    text = there_been(fix_informal(strip_lead_in(masked if masked is not None else question)))
    question = fix_informal(question)
    by, text = _breakdown(text)
    if by is None:  # fr17b: "in each of the past 5 financial years": the period's unit, as the cue reading has it
        from askfoi.framing import period_breakdown

        by = period_breakdown(question)
    text = re.sub(r"(?i)(\u00a7PERIOD\u00a7)\s*(?:to\s+date|so\s+far)\b", r"\1", text)  # the period's own end, not the subject's
    cut_unit = _CUT_UNIT.search(text)
    if cut_unit:  # fr15a: "for every financial since 2017/18" (the person left out "year"): a year's breakdown
        by = by or f"{cut_unit.group(1).lower()} year"
        text = text[: cut_unit.start()] + " " + text[cut_unit.end():]
    snapshot = _SNAPSHOT.search(text)  # "right now", "currently": figures taken on the day of the request
    text = _SNAPSHOT.sub(" ", text)
    text = _WHAT_COST.sub(r"\g<lead>how much \g<aux>", text)  # lead42: "what did the cameras cost" asks how much
    m = _Q.match(text)
    if not m:
        return None
    qw = re.sub(r"\s+", " ", m.group("qw").lower())
    words = _tokens(m.group("rest"))
    if not words:
        return None
    if qw.startswith("how much"):
        return _money(words, question, by, previous, qw.endswith("money"))
    elided = _elided_noun(words, previous)
    if elided:  # lead49 (nc61 #6): "how many families ... , how many placed out of borough": the noun counted before
        noun, rest = elided, ["were", *words]
    elif words[0].lower() in _AUX_HAVE and len(words) >= 3 and words[2].lower() == "got" \
            and words[1].lower() in _words().addressee and _elided_subject(previous):
        # lead49: "does the force use drones and how many have they got": the things the question before asked about
        # (only the things held: any other verb is read by the follow-on reading, which keeps the earlier clause)
        noun, rest = _elided_subject(previous), words
    elif _elided_subject(previous) and (
            len(words) >= 3 and words[0].lower() in ("do", "does", "did") and words[1].lower() in _words().addressee
            and words[2].lower() in _STOCK | {"use", "run", "operate"}
            or len(words) >= 2 and words[0].lower() in _words().addressee and words[1].lower() in _STOCK | {"use", "run", "operate"}):
        # lead58: "where are the anpr cameras ... how many do they have", "how many they have": the things the question
        # before named, held by the body ("they" is the body, never the things: "how many the cameras have")
        noun, rest = _elided_subject(previous), words if words[0].lower() in ("do", "does", "did") else ["do", *words]
    else:
        n = _noun_phrase(words)
        if not n:
            return None
        noun, rest = words[:n], words[n:]
    from askfoi.framing import _duration_unit

    if _duration_unit(noun) and rest and rest[0].lower() in ("did", "do", "does", "has", "have", "had") \
            and not (len(rest) > 1 and rest[1].lower() in ("they", "it", "these", "those", "each")):
        return None  # fx54: "how many days did §AUTH§ close the library": how long it was done, never "days that closed"
    read = _clause(rest, previous, noun)
    if read is None:
        return None
    clause = read
    on = "the date of this request" if snapshot else None
    if qw.startswith("what") and not qw.startswith("what number"):
        head = re.sub(r"^what\s+", "", qw) + " "
        return Frame(kind="figure", subject=" ".join(noun), clause=clause, head=head, source=question,
                     qualifiers=Qualifiers(breakdown=by, on=on))
    return Frame(kind="count", subject=" ".join(noun), clause=clause, source=question,
                 qualifiers=Qualifiers(breakdown=by, on=on))


def _elided_noun(words: list[str], previous) -> list[str] | None:
    """The counted noun a count leaves out after "how many" when it opens with a participle ("how many placed out of
    borough", "how many evicted"): the noun of the count before it (PREVIOUS, a frame), else None."""
    subject = getattr(previous, "subject", None) if previous is not None and getattr(previous, "kind", "") == "count" \
        and not getattr(previous, "kept_words", False) else None
    if not subject or not words or not _is_participle(words[0]) or _lemmas(words[0]).get("NOUN"):
        return None
    if len(words) > 1 and not (words[1].lower() in _PREPS or words[1].lower() in _words().particles
                               or _MASK.fullmatch(words[1])):
        return None
    return subject.split()


def _elided_subject(previous) -> list[str] | None:
    """The plural things the question before asked about (PREVIOUS, a frame read from words, not kept whole), for a
    count that names none ("how many have they got"), else None."""
    subject = getattr(previous, "subject", None) if previous is not None and not isinstance(previous, str) \
        and not getattr(previous, "kept_words", False) else None
    subject = re.sub(r"(?i)^the\s+locations\s+of\s+(?:the\s+)?", "", subject or "")  # lead58: where they are, asked before
    if not subject or len(subject.split()) > 5:
        return None
    from askfoi.story_antecedents import _plural

    return subject.split() if _plural(subject.split()[-1]) else None


def _verb_at(rest: list[str], a0: int, form) -> int | None:
    """The index of the first word with the verb form FORM after the agent that starts at A0, once the agent has a
    head: its first word, and the word after a determiner, are never the verb ("the police arrest", "hull city
    council have"); a capitalised word is part of a name ("Hampshire Fire and Rescue Service attended")."""
    if a0 >= len(rest):
        return None
    lo = a0 + 2 if rest[a0].lower() in _DETS else a0 + 1
    for k in range(lo, min(len(rest), a0 + 10)):
        w = rest[k]
        if rest[k - 1].endswith(","):
            return None  # fr15a: "do you own, operate or have access to": verbs listed, never "operated by you own,"
        if w[:1].isupper() or _MASK.fullmatch(w):
            continue
        if w.lower() in ("and", "of") and rest[k - 1][:1].isupper() and k + 1 < len(rest) and rest[k + 1][:1].isupper():
            continue  # "Fire and Rescue", "Isle of Wight"
        nxt = rest[k + 1] if k + 1 < len(rest) else None
        if w.lower() in ("on", "in", "at", "near", "outside") and form is _is_participle and nxt is not None \
                and (nxt.lower() in _DETS or nxt[:1].isupper() or _noun_like(nxt)) and _later_verb(rest, k + 1, a0, form):
            continue  # lead49: "has the camera on mill road caught": a place inside the doer, its verb after it
        if w.lower() in ("and", "or", "but", "who", "which", "that") or w.lower() in _PREPS:
            return None
        if form(w) and nxt is not None and not _MASK.fullmatch(nxt) and nxt.lower() not in _PREPS | _DETS \
                and nxt.lower() not in _words().particles and _noun_like(nxt) and not _is_past(nxt) \
                and _later_verb(rest, k + 2, a0, form):
            continue  # lead49: "the newly installed camera ... caught": a participle before its noun describes the doer
        if nxt is not None and _noun_like(w) and not _MASK.fullmatch(nxt) and not nxt[:1].isupper() \
                and nxt.lower() not in _PREPS | _DETS | _words().particles \
                and (_noun_like(nxt) or form(nxt)):
            continue  # "the pest control team kill", "the fire service get": a noun before a noun or the verb
        if w.lower() in _AUX_HAVE and k + 1 < len(rest) and _is_participle(rest[k + 1]):
            return k + 1  # "the council has carried out"
        if w.lower() in _AUX_BE | _AUX_DO and form is _is_past and not (
                w.lower() == "did" and (nxt is None or _MASK.fullmatch(nxt) or nxt.lower() in _PREPS)):
            return None  # ("... the association did last year": "did" is the verb itself)
        if form(w):
            return k
    return None


def _people(words: list[str]) -> bool:
    """WORDS name people (their last word is a people noun: "officers", "bailiffs", "social workers")."""
    from askfoi.framing import _vocab

    return bool(words) and (words[-1].lower() in _vocab().people or " ".join(words[-2:]).lower() in _vocab().people)


def _later_verb(rest: list[str], start: int, a0: int, form) -> bool:
    """A word of the verb form FORM from START on, within the doer's reach, that ends the doer: the clause's end, a
    preposition, a determiner or a particle after it ("... caught since may", "... reported to police")."""
    for k in range(start, min(len(rest), a0 + 10)):
        w = rest[k]
        if w[:1].isupper() or _MASK.fullmatch(w) or w.lower() in _PREPS | _DETS:
            continue
        nxt = rest[k + 1] if k + 1 < len(rest) else None
        if form(w) and (nxt is None or _MASK.fullmatch(nxt) or nxt.lower() in _PREPS | _DETS | _words().particles
                        | {"since", "last", "this", "so"}):
            return True
    return False


def _verb_phrase(rest: list[str], at: int, agent: list[str], previous) -> str | None:
    """The participle phrase for the verb at AT with AGENT as its doer, the clause after it kept."""
    w = _words()
    lemma = _verb_lemma(rest[at]) or rest[at].lower()
    after = rest[at + 1:]
    if lemma in w.effects:
        prep = w.effects[lemma]
        if prep and after[:1] and after[0].lower() == prep:
            after = after[1:]
        cause = agent
        if len(agent) == 1 and agent[0].lower() in ("it", "this", "that", "they", "these", "those"):
            named = getattr(previous, "subject", None) if previous is not None and not getattr(previous, "kept_words", False) \
                else None
            if named:
                cause = ["the", *named.split()]
            elif isinstance(previous, str) and story_object(previous):
                cause = story_object(previous).split()  # "the council brought in a PSPO. how many arrests has it led to"
            else:
                return None
        if not cause or any(_MASK.fullmatch(x) for x in cause):
            return None
        tail = _tail(after)
        if tail is None:
            return None
        return " ".join(["resulting from", *cause, *tail])
    particle = []
    if len(after) > 1 and after[0].lower() == "on" and after[1].lower() == "to":
        particle, after = ["on"], after[1:]  # "passed on to the council", "handed on to"
    elif after and after[0].lower() in w.particles and not (lemma in ("do", "carry") and after[0].lower() == "out"):
        particle, after = [after[0].lower()], after[1:]
    elif lemma in ("carry",) and after[:1] and after[0].lower() == "out":
        after = after[1:]
    if after and (_infinitive_after(lemma, after) or (after[0].lower().endswith("ing") and _verb_lemma(after[0]))):
        return None  # "stopped funding", "decided to close": the counted things are not what the verb acts on
    tail = _tail(after)
    if tail is None:
        return None
    # the body asked, named after a preposition in the clause ("made to §AUTH§", "sent to §AUTH§"): the letter goes to it
    tail = ["you" if x == "\u00a7AUTH\u00a7" and k and tail[k - 1].lower() in _PREPS else x for k, x in enumerate(tail)]
    by = _agent_words(agent, True)
    if by is None:
        return None
    if not by:  # the body asked did it: "its own care homes" are the body's own
        tail = [{"its": "your", "their": "your"}.get(x.lower(), x) if k + 1 < len(tail) and tail[k + 1].lower() == "own"
                else x for k, x in enumerate(tail)]
    if lemma in _STOCK and not by:
        return " ".join(tail)  # "how many beds do you have": the things held, no verb of askfoi's
    return " ".join(x for x in (_participle(lemma), *particle, by, *tail) if x)


def _infinitive_after(lemma: str, after: list[str]) -> bool:
    """AFTER opens with "to" + a verb whose object the counted things are ("how many libraries did they decide to
    close"), never "to" opening a place or a receiver ("reported to police", "issued to parents", "sent to the Home
    Office"): a verb that takes an infinitive (amount_reading.yaml infinitive_verbs), or a word after "to" that can
    only be a verb."""
    if not after or after[0].lower() != "to":
        return False
    if lemma in _words().infinitive:
        return True
    nxt = after[1] if len(after) > 1 else ""
    if not nxt or nxt.lower() in _DETS or _MASK.fullmatch(nxt) or nxt[:1].isupper() or any(c.isdigit() for c in nxt):
        return False
    lem = _lemmas(nxt)
    return bool(lem.get("VERB")) and not lem.get("NOUN") and not lem.get("PROPN")


def _without_addressee(words: list[str]) -> list[str]:
    """WORDS without "by" and the body asked ("carried out by the council", "by you"): the letter goes to it."""
    for k, w in enumerate(words):
        if w.lower() != "by":
            continue
        for n in range(1, 5):
            agent = words[k + 1: k + 1 + n]
            after = words[k + 1 + n] if k + 1 + n < len(words) else None
            if len(agent) == n and _agent_words(agent, True) == "" and (
                    after is None or not _noun_like(after) or after.lower() in _PREPS or _MASK.fullmatch(after)):
                return words[:k] + words[k + 1 + n:]
    return words


# the words an agent of an inverted perfect opens with ("how many fines had the council issued", "had you issued")
_AGENT_OPENERS = frozenset("the a an this that these those your our their its his her my you they we it he she i".split())


def _clause(rest: list[str], previous, noun: list[str] | None = None) -> str | None:
    """The clause after the counted noun phrase (NOUN), as a participle phrase: both word orders."""
    if not rest:
        return ""
    first = rest[0].lower()
    if first in _AUX_BE:
        if len(rest) > 1 and rest[1].lower() == "there":
            tail = _tail(rest[2:])
            return None if tail is None else " ".join(tail)
        k = 1
        while k < len(rest) and rest[k].lower() in _ADVERBS:
            k += 1
        if k < len(rest) and rest[k].lower() == "being":
            k += 1
        if k < len(rest) and _is_participle(rest[k]):
            tail = _tail(_without_addressee(rest[k + 1:]))
            return None if tail is None else " ".join([rest[k].lower(), *tail])
        return None
    if first in _AUX_HAVE | _AUX_DO:
        if first in _AUX_HAVE and len(rest) > 2 and rest[1].lower() == "got" and noun is not None \
                and not _MASK.fullmatch(rest[2]) and rest[2].lower() not in _PREPS | {"to"}:
            # lead49: "how many schools have got RAAC", "how many people have got fines": British "have got" is "have"
            # (the things the counted ones have), never "got" after "with"
            tail = _tail(_without_addressee(rest[2:]))
            return None if tail is None else " ".join(["with", *tail])
        if first in _AUX_HAVE and len(rest) > 2 and rest[1].lower() == "been" and _is_participle(rest[2]):
            tail = _tail(_without_addressee(rest[3:]))
            return None if tail is None else " ".join([rest[2].lower(), *tail])
        form = _is_participle if first in _AUX_HAVE else _is_base
        at = _verb_at(rest, 1, form)
        if at is None:
            return None
        agent = rest[1:at]
        if agent and agent[-1].lower() in _AUX_HAVE:
            agent = agent[:-1]
        if first in _AUX_HAVE and len(agent) > 1 and agent[0].lower() in ("their", "his", "her") \
                and not any(x.lower() in _AUX_BE | _AUX_HAVE | _AUX_DO for x in agent):
            # lead45 (nc51 #8): "how many people had their care hours cut", "how many drivers had their licences
            # revoked": the counted people had something of theirs done to them (have + their + noun + participle):
            # the people whose care hours were cut, never "people cut by their care hours"
            tail = _tail(_without_addressee(rest[at + 1:]))
            if tail is None:
                return None
            from askfoi.story_antecedents import _plural

            had = " ".join(agent[1:])
            be = "were" if _plural(agent[-1]) else "was"
            return " ".join(["whose", had, be, rest[at].lower(), *tail])
        if first in ("have", "had") and agent and agent[0].lower() not in _AGENT_OPENERS and not _MASK.fullmatch(agent[0]) \
                and not agent[0][:1].isupper() and not any(x.lower() in _AUX_BE | _AUX_HAVE | _AUX_DO for x in agent) \
                and not _people(agent):  # "how many people have officers arrested": people are the doers
            # lead41 (nc44 #2), lead49: "how many people had body cameras switched on", "how many buildings have
            # cladding removed": the counted things had something done to them (have + object + participle), never
            # "buildings removed by cladding"; said as "buildings that have had cladding removed"
            particle = [rest[at + 1].lower()] if at + 1 < len(rest) and rest[at + 1].lower() in _words().particles else []
            tail = _tail(_without_addressee(rest[at + 1 + len(particle):]))
            if tail is None or noun is None:
                return None
            from askfoi.framing import _relative

            had = "have had" if first == "have" else "had"
            return " ".join([_relative(noun), had, *agent, rest[at].lower(), *particle, *tail])
        if first in _AUX_HAVE and rest[at].lower() == "got" and _agent_words(agent, True) == "":
            tail = _tail(rest[at + 1:])  # lead49: "how many have they got": the things held, as "do you have"
            return None if tail is None else " ".join(tail)
        return _verb_phrase(rest, at, agent, previous)
    if _agent_start(rest[0], "x"):
        one = len(rest) > 1 and (rest[0].lower() in _PRONOUNS or bool(_MASK.fullmatch(rest[0])))
        at = _verb_at(rest, 0, (lambda x: _is_past(x) or _is_present(x)) if one else _is_past)
        if at is None:
            return None
        agent = rest[:at]
        if agent and agent[-1].lower() in _AUX_HAVE:
            agent = agent[:-1]
        if any(x.lower() in _AUX_BE | _AUX_DO for x in agent):
            return None
        return _verb_phrase(rest, at, agent, previous)
    done_to = _body_object(rest[1:]) if noun and _is_past(rest[0]) and not _lemmas(rest[0]).get("NOUN") else None
    nxt = rest[1 + done_to] if done_to is not None and 1 + done_to < len(rest) else None
    if nxt is not None and not (nxt.lower() in _PREPS | _DETS | {"and", "or", "last", "this", "since", "so"}
                                or _MASK.fullmatch(nxt)):
        done_to = None  # "entered §AUTH§ pounds": the body's name is a noun's modifier ("your pounds"), no object
    if done_to is not None:
        # sq101 (nc100): "how many drivers sued the council", "how many drivers sued them" (the body): a past verb whose object
        # is the body asked ("sued §AUTH§", "sued you") says the counted ones did it: "drivers who sued you", never the
        # passive "drivers sued"
        tail = _tail(rest[1 + done_to:])
        if tail is None:
            return None
        from askfoi.framing import _relative

        return " ".join([_relative(noun), rest[0].lower(), "you", *tail])
    return None  # "how many pupils got a place", "how many fines issued": active or passive cannot be told apart


def _body_object(words: list[str]) -> int | None:
    """How many of WORDS name the body asked as a verb's object ("§AUTH§", "you", "the council"), else None."""
    if not words:
        return None
    if words[0] == "\u00a7AUTH\u00a7" or words[0].lower() in ("you", "u"):
        return 1
    for n in (3, 2):
        if len(words) >= n and words[0].lower() in ("the", "your") \
                and " ".join(words[1:n]).lower() in _words().addressee_nouns:
            return n
    return None


def _cost_of_act(after: list[str], question: str, by):
    """AFTER the "cost" of "how much did it cost (the council | us) to VERB ...": the total spent on doing it, or None
    when no act in a verb's base form follows "to" within a few words, or the act holds a pointer."""
    from lemminflect import getInflection

    from askfoi.framing import Frame, Qualifiers

    at = next((j for j, x in enumerate(after[:5]) if x.lower() == "to"), None)
    if at is None or at + 1 >= len(after) or not _is_base(after[at + 1].lower()):
        return None
    if any(x.lower() in _PREPS or _MASK.fullmatch(x) for x in after[:at]):
        return None  # "cost in 2024 to ...": a period or a place before "to" is no bearer of the cost; left as typed
    doing = (getInflection(after[at + 1].lower(), "VBG") or [None])[0]
    rest = after[at + 2:]
    particle = [rest[0].lower()] if rest and rest[0].lower() in _words().particles else []
    tail = _tail(rest[len(particle):])
    if not doing or not tail:
        return None
    return Frame(kind="total_spend", subject=" ".join([doing, *particle, *tail]), source=question,
                 qualifiers=Qualifiers(breakdown=by))


def _money(words: list[str], question: str, by, previous, said_money: bool):
    """"how much (money) ..." read as money spent or received, in either word order."""
    from askfoi.framing import Frame, Qualifiers

    w = _words()
    first = words[0].lower() if words else ""
    k = 0
    if first in _AUX_DO | _AUX_HAVE | _AUX_BE:
        k = 1
        if first in _AUX_HAVE and len(words) > 1 and words[1].lower() == "been":
            k = 2  # "how much has been spent on X": no agent
    verb_at = None
    for j in range(k, min(len(words), k + 9)):
        lemma = _verb_lemma(words[j])
        if lemma in w.spend or lemma in w.income or lemma in w.giving or lemma == "cost":
            if j > k and words[j - 1].lower() in _PREPS:
                continue
            verb_at = j
            break
    if verb_at is None:
        return None
    lemma = _verb_lemma(words[verb_at])
    agent = [x for x in words[k:verb_at] if x.lower() not in _AUX_HAVE | _AUX_BE | {"been"}]
    after = words[verb_at + 1:]
    if lemma == "cost":
        if [x.lower() for x in agent] == ["it"]:
            # lead57: "how much did it cost (the council) to evict travellers from parks": the dummy "it" stands for
            # the act after "to", and the act is what was spent on ("evicting travellers from parks")
            return _cost_of_act(after, question, by)
        # "how much did the new bridge cost": the thing that cost is what was spent on
        if not agent or agent[0].lower() in _PRONOUNS | {"that", "this", "these", "those"}:
            return None  # "how much did that road cost": what "that" points at is written out by the kept part
        thing = agent[1:] if agent[0].lower() in _DETS else agent
        if after[:1] and after[0].lower() == "to":
            # "how much did the bridge cost to repair": the cost of repairing the bridge
            from lemminflect import getInflection

            verb = after[1].lower() if len(after) > 1 else ""
            doing = (getInflection(verb, "VBG") or [None])[0] if _is_base(verb) else None
            tail = _tail(after[2:])
            if not doing or tail is None or not thing or any(_MASK.fullmatch(x) for x in thing):
                return None
            return Frame(kind="total_spend", subject=" ".join([doing, "the", *thing, *tail]), source=question,
                         qualifiers=Qualifiers(breakdown=by))
        if after and after[0].lower() not in _PREPS and not _MASK.fullmatch(after[0]):
            # lead42: "cost the council", "cost us", "cost the taxpayer": who bore it (the verb's first object), never
            # the thing paid for; the rest from the next preposition on
            nxt = next((j for j, x in enumerate(after) if x.lower() in _PREPS or _MASK.fullmatch(x)), len(after))
            after = after[nxt:]
        tail = _tail(after)
        if tail is None or not thing or any(_MASK.fullmatch(x) for x in thing):
            return None
        return Frame(kind="total_spend", subject=" ".join([*thing, *tail]), source=question,
                     article=agent[0].lower() == "the", qualifiers=Qualifiers(breakdown=by))
    if agent and _agent_words(agent, True) is None:
        return None
    if after and after[0].lower() in w.particles | {"in"} and lemma in ("pay", "bring", "take") \
            and not (len(after) > 1 and after[1].lower() in _DETS and after[0].lower() == "in"):
        after = after[1:]  # "paid out", "brought in"
    income = lemma in w.income
    if lemma == "earn" and agent:
        from askfoi.framing import _earns_pay

        if _earns_pay(" ".join(agent)):
            return None  # fx54: what a person, a post or a staff group earns is pay (framing reads it), never income
    if lemma in w.income_nouns:
        # "how much have they fined people for X": the income from the fines for X
        at = next((i for i, x in enumerate(after) if x.lower() in ("for", "in", "from")), len(after))
        fined, tail = after[:at], _tail(after[at:])
        if tail is None or any(x.lower() in _PRONOUNS or _MASK.fullmatch(x) for x in fined):
            return None
        on = ["on", *fined] if fined else []  # "fined companies for pollution": the fines on companies
        return Frame(kind="income", subject=" ".join([w.income_nouns[lemma], *on, *tail]), source=question,
                     qualifiers=Qualifiers(breakdown=by))
    if not after:
        return None
    if lemma in w.giving:
        given = _given_to(lemma, after, question, by)
        if given is not None or lemma not in w.spend:
            return given
    prep = after[0].lower()
    if income and prep in ("from", "through", "by", "in", "on", "for"):
        tail = _tail(after[1:])
    elif not income and prep in ("on", "for", "in"):
        tail = _tail(after[1:])
    elif not income and prep == "to" and len(after) > 1 and _is_base(after[1]) \
            and (not _noun_like(after[1]) or (len(after) > 2 and after[2].lower() in _DETS)):
        from lemminflect import getInflection  # "how much do you pay to rent the offices": renting them

        doing = (getInflection(after[1].lower(), "VBG") or [None])[0]
        tail = _tail(after[2:])
        tail = None if tail is None or not doing else [doing, *tail]
    elif not income and prep == "to":
        tail = _tail(after[1:])
        tail = None if tail is None else ["payments", "to", *tail]
    else:
        return None
    if not tail:
        return None
    article = tail[0].lower() == "the"
    subject = tail[1:] if article else tail
    if not subject:
        return None
    return Frame(kind="income" if income else "total_spend", subject=" ".join(subject), source=question,
                 article=article, qualifiers=Qualifiers(breakdown=by))


def _given_to(lemma: str, after: list[str], question: str, by):
    """sq101 (nc100 j6): the words AFTER a verb of giving money (LEMMA: "given councils to fix RAAC", "awarded to
    charities for youth clubs") read as the total given to a recipient for a purpose: "The total amount given to
    councils to fix RAAC". None when no recipient is named, or the purpose holds a word a frame cannot carry."""
    from askfoi.framing import Frame, Qualifiers

    words = list(after)
    if words and words[0].lower() == "to" and len(words) > 1 and not (
            _is_base(words[1]) and (not _noun_like(words[1]) or (len(words) > 2 and words[2].lower() in _DETS))):
        words = words[1:]  # "given to councils"
    elif words and (words[0].lower() in _PREPS or _MASK.fullmatch(words[0])):
        return None  # "given in grants", "given §PERIOD§": no recipient
    n = 0
    while n < len(words) and n < 6 and words[n].lower() not in _PREPS and not _MASK.fullmatch(words[n]) \
            and words[n].lower() not in ("and", "or", "so", "last", "this", "since"):
        n += 1
    recipient, rest = words[:n], words[n:]
    if not recipient or recipient[0].lower() in _PRONOUNS | {"them", "him", "her", "us", "me"} \
            or any(_verb_lemma(x) and not _noun_like(x) for x in recipient):
        return None
    article = recipient[0].lower() == "the"
    recipient = recipient[1:] if article else recipient
    tail = _tail(rest)
    if tail is None or not recipient:
        return None
    return Frame(kind="total_spend", subject=" ".join(recipient), clause=" ".join(tail), head=f"{_participle(lemma)} to ",
                 article=article, source=question, qualifiers=Qualifiers(breakdown=by))


def effect_verb(word: str) -> bool:
    """WORD is a form of a verb whose object caused the counted things ("led", "resulted"): a count frame says it as
    "resulting from", so the word is no detail lost."""
    return (_verb_lemma(word) or word.lower()) in _words().effects


def decision_purpose(verb: str) -> bool:
    """VERB (the purpose in "uses AI to decide benefits claims") is one of deciding about people's cases
    (amount_reading.yaml decision_verbs): the use is read as systems that make or support decisions."""
    data, _ = load_vocab("amount_reading")
    words = {str(w).lower() for w in ((data or {}).get("decision_verbs") or [])} if isinstance(data, dict) else set()
    return (_verb_lemma(verb) or verb.lower()) in words


def story_object(sentence: str) -> str | None:
    """What the sentence before a question brought in, set up or started ("the council brought in a public space
    protection order in 2023" -> "the public space protection order"): the object of its first verb, as a noun
    phrase with "the", for an "it" in the question after it. None when the sentence has no such object."""
    words = _tokens(_MASK.sub(" ", sentence or ""))
    for k, w in enumerate(words[:12]):
        if not (_is_past(w) or _is_present(w)) or _noun_like(w) and not _is_past(w):
            continue
        j = k + 1
        if j < len(words) and words[j].lower() in _words().particles | {"in"} and j + 1 < len(words) \
                and words[j + 1].lower() in ("a", "an", "the", "its", "their"):
            j += 1  # "brought in a ...", "set up a ..."
        if j >= len(words) or words[j].lower() not in ("a", "an", "the", "its", "their"):
            return None
        noun = []
        after = words[j + 1:]
        for i, x in enumerate(after):
            gerund = x.lower().endswith("ing") and i + 1 < len(after) and _noun_like(after[i + 1]) \
                and after[i + 1].lower() not in _PREPS | _DETS  # "a new parking scheme"
            if x.lower() in _PREPS | _DETS | {"last", "this", "next"} or not (_noun_like(x) or gerund) \
                    or (_is_past(x) and not _lemmas(x).get("NOUN")):
                break
            noun.append(x)
        return " ".join(["the", *noun]) if noun else None
    return None
