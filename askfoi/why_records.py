"""A "why" or "what do you think" question turned into the records that would show the answer.

An authority holds no answer to "why did the council close the library", but it may hold the reasons it
recorded: the decision record, the report to committee, the minutes. This module reads the question's
clause by grammar (the auxiliary, the subject noun phrase, the verb; forms from lemminflect) and says what
the records are about:

- "decision": the body did something -> "to close the library on Elm Street" (the decision to ...)
- "why": anyone else, or a state -> "why the bins are only emptied every three weeks" (do-support removed,
  the verb inflected: "why did it take" -> "why it took")
- "consider": "why not keep the toilets open" -> "keeping the toilets open" (records that consider it)
- "reasons": "how can the council justify X", "the reason for X" -> X (the reasons recorded for X)
- "view": "what does the council think of X" -> X (a recorded assessment of X)
- "whole": a why question whose clause cannot be turned safely: kept whole, as typed

No phrase lists of questions: only the closed classes of English (auxiliaries, pronouns, determiners).
"""

from __future__ import annotations

import functools
import re

from askfoi import sentence_ends

from pydantic import BaseModel

_DO = frozenset("do does did".split())
_BE = frozenset("is are was were".split())
_HAVE = frozenset("has have had".split())
_MODAL = frozenset("can could will would should shall may might must".split())
_AUX = _DO | _BE | _HAVE | _MODAL
_CONTRACT = {"can't": "cannot", "cant": "cannot", "won't": "will not", "wont": "will not", "shan't": "shall not"}
_PRONOUNS = frozenset("it they you we he she i there this that".split())
_DETS = frozenset("the a an this that these those its their your our my his her some any no all every each "
                  "many much several such".split())
_ADVERBS = frozenset("not never only still always so too now again already just even ever really also being "
                     "all".split())
_BODY_PRONOUNS = frozenset("you they".split())
_PREPS = frozenset("to on in at for from with about into over by up down off out back away of".split())
_NT_BARE = re.compile(r"(?i)\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)nt\b")
_AUTH = "\u00a7AUTH\u00a7"
_WORD = re.compile(r"\u00a7AUTHS?\u00a7|[£$]?[\w'\u2019£$%/-]+(?:[.,][\w£$%/-]+)*|[^\w\s]")


class WhyClause(BaseModel):
    mode: str  # decision | why | consider | reasons | view | whole
    phrase: str  # what the records are about (see the module's doc)
    subject: str  # a short noun phrase for the part's subject


@functools.lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


@functools.lru_cache(maxsize=8192)
def _inflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def _verb_lemma(word: str) -> str | None:
    v = _lemmas(word).get("VERB")
    return v[0] if v else None


def _base_verb(word: str) -> bool:
    lemma = _verb_lemma(word)
    return bool(lemma) and word.lower() == lemma and word[:1].islower()


def _participle(word: str) -> bool:
    lemma = _verb_lemma(word)
    if not lemma or not word[:1].islower():
        return False
    return word.lower() in {_inflect(lemma, "VBN"), _inflect(lemma, "VBG")}


def _noun_able(word: str) -> bool:
    return "NOUN" in _lemmas(word) or "PROPN" in _lemmas(word)


def _adverb(word: str) -> bool:
    low = word.lower()
    return low in _ADVERBS or (low.endswith("ly") and "ADV" in _lemmas(low) and "NOUN" not in _lemmas(low))


def attributive_participle(words: list[str], i: int) -> bool:
    """lead53 (nc73 #13): the participle at I is part of a compound before its noun ("the body worn cameras", "hand
    held devices"), never the passive verb: a noun before it and a noun straight after it, no particle or preposition."""
    if not 0 < i < len(words) - 1 or not re.fullmatch(r"[A-Za-z]+", words[i + 1]) \
            or not re.fullmatch(r"[A-Za-z]+", words[i - 1]):
        return False
    nxt, before = words[i + 1].lower(), words[i - 1].lower()
    after = _lemmas(nxt)
    return nxt not in _PREPS | _DETS and nxt not in ("out", "up", "down", "off", "by", "and", "or") \
        and "NOUN" in after and "ADV" not in after and "NOUN" in _lemmas(before) and before not in _DETS


def _subject_end(words: list[str], aux: str) -> int | None:
    """The index where the subject noun phrase after an inverted AUX ends (the verb or predicate starts)."""
    if not words:
        return None
    first = words[0].lower()
    demonstrative = first in ("this", "that") and len(words) > 2 and (aux in _MODAL | _DO) and words[1][:1].islower() \
        and (_base_verb(words[2]) or words[2].lower() == "not") and not _base_verb(words[1])  # "would this saving be"
    if words[0] == _AUTH or (first in _PRONOUNS and not demonstrative and not (
            first in ("this", "that") and len(words) > 1 and _noun_able(words[1]) and (not _base_verb(words[1]) or aux in _BE))):
        # ("why was this work not done": after "was" a bare verb cannot follow the subject, so "this work" is one)
        return 1
    for k in range(1, min(len(words), 16)):
        w = words[k]
        if w == _AUTH:
            continue  # a body named inside the noun phrase ("the pool in §AUTH§")
        if not re.match(r"[A-Za-z]", w):
            return None
        if w[:1].isupper() or w.lower() in _DETS and k == 1 or words[k - 1].lower() in _DETS:
            continue  # a name, or the word after a determiner ("the resurfacing"): still the noun phrase
        if _adverb(w):
            return k
        if w.lower() in _AUX or w.lower() in ("which", "who", "whom", "whose") or w.lower().endswith("n't"):
            return None  # a clause inside the noun phrase: not read safely
        if aux in _DO or aux in _MODAL:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            starts_object = not nxt or nxt.lower() in _DETS | _PRONOUNS | _PREPS or not _base_verb(nxt) \
                or _compound_object(words, k)
            if _base_verb(w) and (not _noun_able(w) or starts_object):
                return k
        elif aux in _BE:
            if _participle(w) and not ("NOUN" in _lemmas(w) and "VERB" not in _lemmas(w)) \
                    and not attributive_participle(words, k):
                return k
        elif aux in _HAVE:
            lemma = _verb_lemma(w)
            if lemma and w.lower() == _inflect(lemma, "VBN"):
                return k
    return None


def _compound_object(words: list[str], k: int) -> bool:
    """nx101 (cv100's left-out): after the subject, the verb at K is followed by a noun compound whose first word
    could be a verb as well ("does the council use | spy cameras", "use | fine notices", "film | people"): a plural noun
    (never a verb form) right after that word ends the compound, so the verb is at K, never the word after it ("the
    council use spies cameras"). "does the council tax rise" has no such noun after it."""
    from askfoi.framing import is_plural

    if k + 1 >= len(words) or not _base_verb(words[k]):
        return False
    nxt = words[k + 1].lower()
    if nxt in ("people", "persons"):
        return True  # "does the council film people": "people" is no verb in a question
    after = words[k + 2] if k + 2 < len(words) else ""
    return bool(re.fullmatch(r"[a-z]+", after)) and _noun_able(after) and not _base_verb(after) \
        and is_plural(after) and _noun_able(nxt)


def _body_subject(np: str, verb: str = "", obj: str = "") -> bool:
    """NP is the body asked: its marker, "you", or "they" before what a body does ("they closed") or
    an active verb with an object ("they repainted the crossing"), never "they happened" or "they were closed"."""
    from askfoi.kept_questions import is_body_verb

    low = np.lower()
    acts_on = bool(obj) and (obj.lower() in _DETS or obj[:1].isupper() or obj.startswith("£"))
    return np == _AUTH or low == "you" or (low == "they" and bool(verb) and (is_body_verb(verb) or acts_on))


def _agree(verb: str, singular: bool) -> str:
    """VERB (the first word after a subject put in place of "they") agreeing with a singular subject."""
    low = verb.lower()
    if not singular or low in _MODAL:
        return verb
    irregular = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
    if low in irregular:
        return irregular[low]
    lemma = _verb_lemma(low)
    if lemma and low == lemma:
        return _inflect(lemma, "VBZ") or verb
    return verb


def _join(words: list[str]) -> str:
    return re.sub(r"\s+([,.;:?!)])", r"\1", " ".join(words)).strip().rstrip(".,;:!? ")


def _tail(words: list[str]) -> list[str]:
    out = [w for w in words if w not in ("?", "!")]
    while out and out[-1] in (".", ",", ";", ":"):
        out.pop()
    return out


def points_outside(phrase: str) -> bool:
    """PHRASE has a pronoun with nothing before it in the phrase it can stand for ("why it closed them";
    not "why the cyclists use the pavement when they have a lane")."""
    words = phrase.split()
    for k, w in enumerate(words):
        low = w.lower().strip(",.;:")
        if low in ("them", "they", "their", "these", "those"):
            if not any(x.lower().endswith("s") and _noun_able(x) and x.lower() not in _PRONOUNS | _AUX
                       and not x.lower().endswith("ss") for x in words[1:k]):
                return True
        elif low in ("it", "this", "that") and k == len(words) - 1:
            return True
    return False


def _kept_doing(vp: list[str], aux: str) -> str | None:
    """nx85 (nc82 #13): the act the body keeps doing or is doing, as "VERB OBJECT": "keep cutting our shifts" after
    "do"/"does" -> "cut our shifts"; "closing the library" after "are"/"is" -> "close the library". None when VP is
    not that shape (an act with no object, a state: "keep being late", "are having")."""
    at = 1 if aux in ("do", "does") and vp and vp[0].lower() in ("keep", "keeps") else 0 if aux in ("is", "are") else None
    if at is None or len(vp) < at + 2 or not vp[at].lower().endswith("ing"):
        return None
    lemma = _verb_lemma(vp[at])
    if not lemma or lemma in ("be", "have", "do", "get", "go", "happen", "let", "take"):
        return None
    return _join([lemma, *vp[at + 1:]])


def why_clause(text: str, body: str | None = None) -> WhyClause | None:
    """TEXT (one question, its opener taken off, the body written as §AUTH§ or "you"/"they"; its period
    taken out) turned into what the records would be about; None when it asks no why / opinion question.
    BODY: the short name the letter uses for the body ("the council"), put for "they"/"you" in a why clause."""
    t = text.strip()
    t = re.sub(r"(?i)^\W*(?:and|but|so|also|then|or)\s+", "", t)
    # a negative auxiliary typed without its apostrophe ("why dont they", "why isnt it"): the closed class only
    t = _NT_BARE.sub(lambda m: m.group(1) + "n't", t)
    # "why did the council cut the number 7 bus, i use it every day": a first-person clause after a comma is the
    # writer's story (a comma splice), not what the question asks
    t = re.split(r"(?i),\s*(?=(?:i|i'm|im|i've|ive|we|we're|my|our)\s)", t, maxsplit=1)[0].rstrip(" ,")
    words = _WORD.findall(t)
    low = [w.lower().replace("\u2019", "'") for w in words]
    if not words:
        return None
    body_name, who = body, body or "the authority"  # "you" stays "you" when the body has no short name

    # "how can the council justify X" / "justify X" / "what is the reason for X"
    m = re.search(r"(?i)\bjustify\s+(.+)$", t) or re.match(
        r"(?i)\W*(?:what\s+(?:is|was|are|were)\s+)?(?:the\s+|your\s+|its\s+|\u00a7AUTHS\u00a7\s+)?"
        r"(?:reasons?|rationale|justification|thinking)\s+(?:for|behind)\s+(.+)$", t)
    if m and not re.match(r"(?i)\s*why\b", m.group(1)):
        x = _join(_tail(_WORD.findall(m.group(1))))
        x = re.sub(r"(?i)^(?:the\s+)?(?:decision|choice)\s+(?=to\s)", "", x)
        if x.lower().startswith("to "):
            return WhyClause(mode="decision", phrase=x, subject=x[3:])
        if re.match(r"(?i)(?:and|or|nor)\b", x):
            return None  # "the reasons for and nature of the request": a record named, not a why question
        if x and not re.match(r"(?i)(?:it|this|that|them|these|those)\b", x):
            return WhyClause(mode="reasons", phrase=x, subject=x)
        return WhyClause(mode="whole", phrase=t, subject=x or t)

    # "what does the council think of X" / "what is your view on X"
    m = re.search(r"(?i)\bwhat\s+(?:do|does|did)\s+\S+(?:\s+\S+)?\s+(?:think|feel|believe)\s+(?:of|about|on)\s+(.+)$", t) \
        or re.search(r"(?i)\bwhat\s+(?:is|was|are|were)\s+(?:\S+\s+){0,2}?(?:opinion|view|views|position|stance)\s+(?:on|of|about)\s+(.+)$", t)
    if m:
        x = _join(_tail(_WORD.findall(m.group(1))))
        if x and not re.match(r"(?i)(?:it|this|that|them|these|those)\b", x):
            return WhyClause(mode="view", phrase=x, subject=x)
        return WhyClause(mode="whole", phrase=t, subject=x or t)
    m = re.match(r"(?i)\W*(?:do|does|did)\s+(?:\S+\s+){1,3}?(?:think|believe|feel|agree|accept|consider)\s+(?:that\s+)?(.+)$", t)
    if m:  # "do they think it will be viable": an assessment of whether it will be (the clause is a statement)
        x = _join(_tail(_WORD.findall(m.group(1))))
        first = (x.split() or [""])[0]
        if first.lower() in _PRONOUNS | _DETS or first == _AUTH or first[:1].isupper():
            return WhyClause(mode="view", phrase=f"whether {x}", subject=x)
        return WhyClause(mode="whole", phrase=t, subject=t)

    at = next((k for k, w in enumerate(low) if w in ("why",) or (w == "how" and k + 1 < len(low) and low[k + 1] == "come")), None)
    if at is None:
        return None
    rest, rlow = words[at + 1:], low[at + 1:]
    if low[at] == "how":
        rest, rlow = rest[1:], rlow[1:]
    if not rest or all(not re.match(r"\w", w) for w in rest):
        return None  # "... and why?": the reasons for the question before it (askfoi.framing)
    # "why not keep the toilets open": records that consider it
    if rlow[0] == "not" and len(rest) > 1 and _base_verb(rest[1]):
        lemma = _verb_lemma(rest[1]) or rest[1].lower()
        ing = _inflect(lemma, "VBG")
        after = _tail(rest[2:])
        if ing and after:
            x = _join([ing, *after])
            return WhyClause(mode="consider", phrase=x, subject=_join(after))
        return WhyClause(mode="whole", phrase=t, subject=t)
    # "why pay a subscription", "why duplicate the advice": a bare verb right after "why" asks the reasons for doing it
    if rlow[0] not in _AUX and rlow[0] not in _PRONOUNS | _DETS and _base_verb(rest[0]) and len(rest) > 1 \
            and rlow[1] in _DETS | _PRONOUNS - {"i", "you", "we", "they", "he", "she"}:
        lemma = _verb_lemma(rest[0]) or rest[0].lower()
        ing = _inflect(lemma, "VBG")
        after = _tail(rest[1:])
        if ing and after:
            x = _join([ing, *after])
            return WhyClause(mode="reasons", phrase=x, subject=_join(after) or x)
    aux = rlow[0]
    neg = False
    if aux in _CONTRACT or (aux.endswith("n't") and aux[:-3] in _AUX):
        full = _CONTRACT.get(aux) or aux[:-3]
        aux, neg = full.split()[0] if full != "cannot" else "can", True
    if aux in _AUX:
        after = rest[1:]
        if after and after[0].lower() == "not":
            neg, after = True, after[1:]
        end = _subject_end(after, aux)
        if end is None or end >= len(after):
            return WhyClause(mode="whole", phrase=t, subject=t)
        np, vp = after[:end], _tail(after[end:])
        if not vp:
            return WhyClause(mode="whole", phrase=t, subject=t)
        if vp and vp[0].lower() == "not":
            neg, vp = True, vp[1:]
        np_text = _join(np)
        verb = vp[0] if vp else ""
        # the body did something: the decision it recorded
        passive = aux in _BE and bool(_verb_lemma(verb)) and verb.lower() == _inflect(_verb_lemma(verb), "VBN")
        body = _body_subject(np_text, "" if passive and np_text.lower() == "they" else verb, vp[1] if len(vp) > 1 else "")
        if body and aux in ("did", "has", "have", "had", "would", "will") and verb:
            lemma = _verb_lemma(verb) or verb.lower()
            if aux in _DO and verb.lower() in _lemmas(verb).get("VERB", ()):
                lemma = verb.lower()  # after "did" the verb is already bare: "why did they fell the oak" (not "fall")
            more = vp[1:]
            if lemma in ("decide", "choose", "agree", "vote", "plan", "want", "opt") and len(more) > 1 and more[0].lower() == "to":
                lemma, more = (_verb_lemma(more[1]) or more[1].lower()), more[2:]
            if lemma not in ("be", "have", "do", "get", "let", "take", "happen", "need") and more:
                x = _join([("not to" if neg else "to"), lemma, *more])
                return WhyClause(mode="decision", phrase=x, subject=_join(more))
        kept_doing = _kept_doing(vp, aux) if body and not neg else None
        if kept_doing:  # nx85 (nc82 #13): "why do you keep cutting our shifts", "why are they closing the library"
            return WhyClause(mode="reasons", phrase=f"the decisions to {kept_doing}" if vp[0].lower() in ("keep", "keeps")
                             else f"the decision to {kept_doing}", subject=_join(vp[2:] if vp[0].lower() in ("keep", "keeps") else vp[1:]))
        said = np_text
        singular = False
        if body and not (body_name is None and np_text.lower() == "you"):
            said, singular = who, True
        elif np_text.lower() == "i":
            return WhyClause(mode="whole", phrase=t, subject=t)
        if aux in _DO:
            lemma = _verb_lemma(verb) or verb.lower()
            if neg:
                form = [("does" if singular else aux) if aux != "did" else "did", "not", lemma]
            elif aux == "did":
                form = [_inflect(lemma, "VBD") or verb]
                rest_vp = list(vp[1:])
                for k in range(1, len(rest_vp)):  # "did they paint the lines but then fail to ...": "but then failed"
                    joined = rest_vp[k - 1].lower() in ("and", "but", "then") and _base_verb(rest_vp[k]) \
                        and not (k >= 2 and rest_vp[k - 2].lower() == "to")
                    if joined and rest_vp[k].lower() not in _AUX:
                        rest_vp[k] = _inflect(_verb_lemma(rest_vp[k]) or rest_vp[k], "VBD") or rest_vp[k]
                vp = [vp[0], *rest_vp]
            elif aux == "does" or singular:
                form = [_inflect(lemma, "VBZ") or verb]
            else:
                form = [lemma]
            vp = [*form, *vp[1:]]
        else:
            a = _agree(aux, singular) if singular else aux
            full = {"can": "cannot"}.get(a, a) if neg else a
            vp = [full, *(["not"] if neg and full != "cannot" else []), *vp]
        x = _join(["why", said, *vp])
        if not body and np_text.lower() not in ("there", "it"):
            return WhyClause(mode="why", phrase=x, subject=_join(np) or x)
        # the body (or "there", "it") does it: the subject is what it does it to ("does not have more staff at night" -> "more staff
        # at night"), never a verb phrase with its auxiliary or "not" in front
        k = 0
        while k < len(vp) and (vp[k].lower() in _AUX or vp[k].lower() in ("not", "cannot")):
            k += 1
        obj = vp[k + 1:] if k < len(vp) and _verb_lemma(vp[k]) else vp[k:]
        return WhyClause(mode="why", phrase=x, subject=_join(obj) or _join(vp[k:]) or x)
    # "explain why they want to ...": already in the order of a statement
    if not (rest[0] == _AUTH or rlow[0] in _PRONOUNS | _DETS or rest[0][:1].isupper()):
        return WhyClause(mode="whole", phrase=t, subject=t)
    if rlow[0] in _DETS and not any(_verb_lemma(w) and w[:1].islower() and not _noun_able(w) for w in rest[1:]) \
            and not any(w.lower() in _AUX for w in rest[1:]):
        x = _join(_tail(rest))  # "why all the delays": the reasons for all the delays (the noun phrase whole)
        return WhyClause(mode="reasons", phrase=x, subject=x)
    np_end = 1 if (rest[0] == _AUTH or rlow[0] in _PRONOUNS) else None
    if np_end is None:
        for k in range(1, min(len(rest), 9)):
            w = rest[k]
            lemma = _verb_lemma(w)
            if lemma and w[:1].islower() and not (_noun_able(w) and rest[k - 1].lower() in _DETS) and \
                    (w.lower() in _AUX or w.lower() in {_inflect(lemma, "VBD"), _inflect(lemma, "VBZ"), lemma}):
                np_end = k
                break
    if np_end is None or np_end >= len(rest):
        return WhyClause(mode="whole", phrase=t, subject=t)
    np_text = _join(rest[:np_end])
    vp = _tail(rest[np_end:])
    if not vp:
        return WhyClause(mode="whole", phrase=t, subject=t)
    if _body_subject(np_text, vp[0] if len(vp) == 1 or vp[0].lower() not in _AUX else vp[1]):
        vp = [_agree(vp[0], True), *vp[1:]]
        np_text = who
    return WhyClause(mode="why", phrase=_join(["why", np_text, *vp]), subject=_join(vp[1:]) or _join(vp))


# --- questions no record answers as asked: what might have been, what will be, a view asked as a question ---------

_NEG = r"(?:not|n't|n’t)"
_SUBJ = r"(?:it|this|that|they|he|she|you|we|there|(?:the|those|these|this|that|its|their|your|our)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?|[\w'-]+)"
_NP = r"(?:it|this|that|they|he|she|you|we|there|(?:the|those|these|this|that|its|their|your|our)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)"
_HYPOTHETICAL = re.compile(  # "would have risen", "could that have made any difference", "had the government not
    # stepped in", "if there had been ..., could ..." (fx64: never "could I have sight of ...", which asks to see records)
    rf"(?i)\b(?:would|could|might|should)\s+(?:{_SUBJ}\s+)?(?:{_NEG}\s+)?have\s+(?!sight\b)[a-z]+(?:ed|en|wn|ne|ft|lt|de|ught|t)\b"
    rf"|\bhad\s+{_SUBJ}\s+{_NEG}\s+[a-z]+ed\b|\bif\s+(?:[\w'-]+\s+){{1,8}}?had\s+(?:been|[a-z]+ed)\b.*\b(?:would|could|might)\b")
_NEGATIVE_ASK = re.compile(  # "would it not be prudent to ...", "is not the answer to ...", "isn't it time ...": a view
    rf"(?i)^\W*(?:(?:and|but|so)\s+)?(?:is|are|was|were|would|should|could|does|do|did)\s+(?:{_NEG}\s+{_NP}|{_NP}\s+{_NEG})\s+"
    r"|^\W*(?:(?:and|but|so)\s+)?(?:isn['\u2019]?t|aren['\u2019]?t|wouldn['\u2019]?t|shouldn['\u2019]?t|doesn['\u2019]?t)\b")
_SPECULATION = re.compile(  # "could this be related to ...", "are those closures linked to ...": a cause asked to be guessed
    rf"(?i)^\W*(?:(?:and|but|so)\s+)?(?:is|are|was|were|could|might|can)\s+{_SUBJ}\s+(?:be\s+)?(?:related|linked|connected|"
    r"due|down|owing|attributable)\s+to\b")
_FUTURE = re.compile(  # "when is it going to have an inquiry", "can we now expect the council to ...", "what will their
    # reaction be": what someone will do, which no record holds until it is decided
    rf"(?i)\b(?:is|are)\s+{_SUBJ}\s+going\s+to\b|\bcan\s+(?:we|i|the\s+public|residents)\s+(?:\w+\s+)?expect\b"
    rf"|^\W*(?:what|how)\s+(?:[\w'-]+\s+){{0,3}}will\s+(?!you\b){_SUBJ}\s+(?:[\w'-]+\s+){{0,2}}?be\s*\??$")


def unanswerable_kind(question: str) -> str | None:
    """What a QUESTION asks that no record answers as asked, by its grammar: "hypothetical" (what would have
    happened: a modal with "have" and a participle, "had X not ..."), "view" (a question put in the negative,
    "would it not be prudent", or a cause to be guessed, "could this be related to"), "future" (what someone is
    going to do); None for a question records can answer."""
    q = question.strip()
    if not q.endswith("?") and not re.match(r"(?i)^\W*(?:would|could|is|are|can|what|how|when)\b", q):
        return None
    if _HYPOTHETICAL.search(q):
        return "hypothetical"
    if _NEGATIVE_ASK.search(q) or _SPECULATION.search(q):
        return "view"
    if _FUTURE.search(q) and not re.match(r"(?i)^\W*(?:(?:and|but|so)\s+)?how\s+(?:much|many)\b", q):
        return "future"  # ff29: "how much is it going to cost to install CCTV?" asks the estimate the body holds, if any
    return None


# --- a question that asks for reasons or a view, whatever its shape (ifm1) -------------------------------------------

_OPENER = r"(?:(?:and|but|so|also|then|or|therefore|thus)\s+)*"
_PEOPLE_ASKING = frozenset("i we one residents people anyone someone somebody".split())
_VIEW_VERBS = frozenset("think thinks thought feel feels felt believe believes believed reckon agree agrees".split())


def _clauses(question: str) -> list[str]:
    """QUESTION cut at its sentence ends and at a dash or semicolon between clauses."""
    return [c for c in sentence_ends.split(r"(?<=[.?!;])\s+|\s+[-\u2013\u2014]\s+", question.strip()) if re.search(r"\w", c)]


# ck12: a why that is what records asked for set out ("documentation explaining why full resurfacing was not
# undertaken", "your policies on sanctions along with why they are imposed"): recorded information, asked as such
_RECORDS_OF_WHY = re.compile(
    r"(?i)\b(?:documents?|documentation|records?|reports?|minutes|notes|correspondence|e-?mails?|polic(?:y|ies)|"
    r"procedures?|guidance|briefings?|evidence|recorded\s+information)\b[^?.!]{0,80}?\b(?:explain\w*|set(?:s|ting)?\s+out|"
    r"show\w*|detail\w*|stat(?:e|es|ing)|record\w*|with|including|on|about|of|as\s+to|regarding)\s+(?:\w+\s+){0,2}why\b")


def asks_reasons(question: str) -> str | None:
    """What a QUESTION (one part, as the person typed it) asks that no record answers as written, read by the
    shape of its clauses: "why" (a why / how-come question, "explain why", "justify", "how can the council
    <verb> ..." asked of anyone but the writer, a trailing ", why?"), "view" (what someone thinks, feels or
    believes: "do you think", "what must visitors think", "your opinion on"), "hypothetical" / "future" / "view"
    (askfoi.why_records.unanswerable_kind); None for a question records can answer as asked. A clause that
    only tells ("I think the bins ...") asks nothing of the body and is not counted."""
    for clause in _clauses(question):
        words = _WORD.findall(re.sub(rf"(?i)^\W*{_OPENER}", "", clause))
        low = [w.lower().replace("\u2019", "'") for w in words if re.match(r"[\w£$\u00a7]", w)]
        if not low:
            continue
        asked = clause.rstrip().endswith("?") or low[0] in _AUX | {"why", "how", "what", "please", "explain", "can"}
        # the view of someone other than the writer: "do you think", "what must visitors think", "do they believe"
        for k, w in enumerate(low):
            if w in _VIEW_VERBS and k and asked:
                before = low[:k]
                if any(b in _DO | _MODAL for b in before) and not (before[-1] == "i" or before[:1] == ["i"]):
                    return "view"
        if re.search(r"(?i)\b(?:your|its|the\s+council's|their)\s+(?:opinion|views?|position|stance)\s+(?:on|of|about)\b", clause) and asked:
            return "view"
        if ("why" in low or re.search(r"(?i)\bhow\s+come\b|\bjustif(?:y|ied|ication)\b", clause)) \
                and not _RECORDS_OF_WHY.search(clause):
            return "why"
        # "how can the council make such a decision": a reason asked as "how can", of anyone but the writer
        if len(low) > 3 and low[0] == "how" and low[1] in ("can", "could") and low[2] not in _PEOPLE_ASKING | {"you"} \
                and asked and not re.search(r"(?i)\b(?:be|get|find\s+out|apply|contact|report|request)\b", " ".join(low[2:4])):
            return "why"
    kind = unanswerable_kind(question)
    return kind


_TOKEN = re.compile(r"\u00a7AUTHS?\u00a7|[\w£$%'\u2019/-]+")


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("\u2019", "'") for t in _TOKEN.findall(text)]


def _inside(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return n == 0 or any(hay[k:k + n] == needle for k in range(len(hay) - n + 1))


def subject_intact(said: WhyClause, text: str, body: str | None = None) -> bool:
    """SAID (read from TEXT by why_clause) keeps what it is about whole: its subject, and the words after the verb
    it rewrote, each run as one unbroken stretch of TEXT (only the auxiliary, "not", the verb's form and the body's
    name may change: "why can't the toilets on the market place be re-opened" -> "why the toilets on the market
    place cannot be re-opened"). A phrase that joins words TEXT keeps apart cut something out (ifm1)."""
    if said.mode == "whole":
        return True

    def forms(text: str) -> list[str]:  # a verb's forms are one word here ("fail" / "failed": the tense was rewritten)
        return [(_verb_lemma(t) or t) if re.match(r"[a-z]", t) else t for t in _tokens(text)]

    hay = forms(text)
    if not _inside(forms(said.subject), hay) and said.mode != "view":
        return False
    words = forms(said.phrase)
    names = [forms(n) for n in {body or "", "the authority", "you", "they", "\u00a7AUTH\u00a7"} if n]
    lead = {"why", "whether", "to", "not"}
    start = 0
    while start < len(words) and words[start] in lead:
        start += 1
    for k in range(start, min(len(words), start + 14) + 1):
        head = words[start:k]
        heads = _at(head, hay) if head and head not in names else None  # None: no place to measure from
        if heads == [] or (said.mode == "why" and not head):
            continue
        for j in range(k, min(len(words), k + 4) + 1):  # the auxiliary / verb words the clause rewrote
            tails = _at(words[j:], hay)
            if not tails or (said.mode == "why" and j == k and head):
                continue
            if heads is None or any(0 <= t - (h + len(head)) <= (j - k) + 1 for h in heads for t in tails):
                return True  # nothing between the subject and the rest but the verb words it rewrote
    return False


def _at(needle: list[str], hay: list[str]) -> list[int]:
    n = len(needle)
    return [k for k in range(len(hay) - n + 1) if hay[k:k + n] == needle] if n else [len(hay)]
