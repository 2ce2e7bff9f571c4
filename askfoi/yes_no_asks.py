"""A yes/no question about a body's practice put as the records that would answer it (fr15c, issue 8).

An FOI officer answers records, not "yes" or "no": "Does the council have a policy on dog fouling?" is a request
for a copy of that policy; "Has it ever used fixed penalty notices for it?" for the number of times it has;
"Were patients consulted?" for the records of patients being consulted. Each shape is read from the person's
question and rendered from a frame (kind "document" or "shown_by", prompts/frames/), with the person's words after
the verb kept in their order:

- does/do/did X have/hold/keep Y, has/have X carried out Y, is/are there Y, was/were Y done, where Y names a
  document or record (knowledge/vocab/yes_no_asks.yaml doc_heads): "A copy of any Y ...";
- does/do X record/keep/collect Y (Y no document): "Any records held of Y ...";
- has/have X ever done Y (or did X ever do Y): "The number of times X has done Y";
- has/have any Ns been done / have any Ns done Y: "The number of Ns (who/that have) done Y";
- has/have X done Y: "Any records of X having done Y"; does/do/did X do Y: "Any records of X doing Y";
- is/are/was/were N done ...: "Any records of N being done ..." (fx55: also "were there any N done ...").

X is the body the letter goes to ("you", "the council", its name, or "it/they" when the message names one body);
a question whose words point into the story ("this", "they" meaning things) stays as the person typed it, as does
any question no shape fits (never worse than keeping it). The hook is `reframe_yes_no` (askfoi/framing.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Words:
    doc_heads: frozenset[str]
    not_doc_after: dict[str, frozenset[str]]
    doc_verbs: frozenset[str]
    record_verbs: frozenset[str]
    body_words: frozenset[str]
    pointers: frozenset[str]
    people: frozenset[str]
    kept_heads: frozenset[str]
    records_of: frozenset[str]
    target_heads: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("yes_no_asks")
    data = data if isinstance(data, dict) else {}
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return _Words(
        doc_heads=low("doc_heads"),
        not_doc_after={str(k).lower(): frozenset(str(w).lower() for w in v or []) for k, v in (data.get("not_doc_after") or {}).items()},
        doc_verbs=low("doc_verbs"),
        record_verbs=low("record_verbs"),
        body_words=low("body_words"),
        pointers=low("pointers"),
        people=low("people"),
        kept_heads=low("kept_heads"),
        records_of=low("records_of"),
        target_heads=low("target_heads"),
    )


_PREPS = frozenset("of on for about in at to from by with into under over between within across during since before after "
                   "that which who whom where when whether if how as and or".split())
_USE_VERBS = frozenset("use deploy trial employ".split())
_PARTICLES = frozenset("out up down off".split())
_ARTICLES = frozenset("a an any the some".split())
_LEAD = re.compile(r"(?i)^\W*(?:\d+\s*[.)]\s*|[a-z]\s*[.)]\s+)?(?:(?:and|also|so|but|plus|then|secondly|finally|lastly)\b[\s,]*)*")
_CONFIRM = re.compile(r"(?i)^(?:please\s+|could\s+you\s+(?:please\s+)?|can\s+you\s+(?:please\s+)?|would\s+you\s+(?:please\s+)?)?"
                      r"(?:confirm|tell\s+me|let\s+me\s+know|advise(?:\s+me)?|state)\s+(?:whether|if)\s+")
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|\w[\w'\u2019-]*|\S")


class _Tok(str):
    """A word of the person's text that knows whether a space stood before it (so "and/or", "e.g." and "UAV's"
    are joined again as typed)."""

    gap: bool = True


def _tokens(text: str) -> list[str]:
    out = []
    for m in _WORD.finditer(text):
        tok = _Tok(m.group())
        tok.gap = m.start() == 0 or text[m.start() - 1].isspace()
        out.append(tok)
    return out


def _join(words: list[str]) -> str:
    out = ""
    for w in words:
        gap = w.gap if isinstance(w, _Tok) else not re.match(r"[,.;:)?!%]", w)
        if out and gap:
            out += " "
        out += w
    return out


@functools.lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas

    return frozenset(lemma for forms in getAllLemmas(word.lower()).values() for lemma in forms) | {word.lower()}


@functools.lru_cache(maxsize=4096)
def _participle(word: str) -> bool:
    """WORD can be a past participle ("used", "carried", "consulted", "drawn")."""
    from lemminflect import getAllLemmas, getInflection

    low = word.lower()
    if len(low) < 3:
        return False
    for lemma in getAllLemmas(low).get("VERB", ()):
        if low in (getInflection(lemma, "VBN") or ()):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _base_verb(word: str) -> str | None:
    """The verb's lemma when WORD is its base form ("use", "pay", "consult"), else None."""
    from lemminflect import getAllLemmas

    low = word.lower()
    lemmas = getAllLemmas(low).get("VERB", ())
    return low if low in lemmas else None


def _form(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag)
    return forms[0] if forms else None


def _surveillance_kit(words: list[str]) -> bool:
    """WORDS name a surveillance technology a force may hold (the covert terms of knowledge/, or the technologies
    askfoi/ncnd_topics.py reads as covert use: IMSI catchers, drones, facial recognition)."""
    from askfoi.framing import _covert
    from askfoi.ncnd_topics import technology_covert_use

    said = " ".join(words)
    _, terms = _covert()
    return bool(terms is not None and terms.search(said)) or technology_covert_use(f"does the force use {said}")


def _points(words: list[str]) -> bool:
    """WORDS hold a word that points into the story ("it", "they", "this data"); a "that" opening a clause after
    a noun ("technology that includes ...", "figures showing that ...") points nowhere."""
    pointers = _words().pointers
    for i, w in enumerate(words):
        low = w.lower()
        if low not in pointers:
            continue
        if low == "that" and i and words[i - 1].lower() not in _PREPS | _ARTICLES and i + 1 < len(words) \
                and re.match(r"[A-Za-z]", words[i + 1]):
            continue
        return True
    return False


def _doc_np(words: list[str]) -> int | None:
    """How many of WORDS (after an article) make a noun phrase whose head names a document ("equality impact
    assessment", "register"): the index just past its head, or None. The head is the last word before a
    preposition or the end, among the first five words."""
    vocab = _words()
    end = len(words)
    for i, w in enumerate(words):
        if w.lower() in _PREPS or not re.match(r"[A-Za-z]", w):
            end = i
            break
    if end == 0 or end > 5:
        return None
    head = words[end - 1].lower()
    if head not in vocab.doc_heads:
        return None
    if end >= 2 and words[end - 2].lower() in vocab.not_doc_after.get(head, frozenset()):
        return None
    if any(w.lower() in vocab.pointers for w in words[:end]):
        return None
    return end


def _strip_article(words: list[str]) -> list[str]:
    return words[1:] if words and words[0].lower() in _ARTICLES else words


def _doc_part(words: list[str], source: str, about: list[str] | None = None):
    """"A copy of any <document> ..." for WORDS (an article perhaps, then the document and the rest); ABOUT (fx56): what
    the question says has the document when that is no body ("whether the sanctions have targets for staff": "the
    sanctions"), written after it ("relating to the sanctions")."""
    from askfoi.framing import Frame

    rest = _strip_article(words)
    end = _doc_np(rest)
    if end is None or _points(rest) or (about and _points(about)):
        return None
    head = rest[end - 1].lower()
    vocab = _words()
    people = bool(about) and about[-1].lower().strip("'’") in vocab.people
    if about and not (people and head in vocab.target_heads):
        rest = [*rest, *(["for"] if people else ["relating", "to"]), *about]
    if head in vocab.target_heads:
        # fx56 (nc53 #8): "do jobcentre staff have targets for sanctions": targets are set, and often only in guidance
        # or performance measures; both are asked for, so a target kept under another name is not "not held"
        said = _join([*rest[:end], *(["for", *about] if people else []), *rest[end:]])
        return Frame(kind="shown_by", head="any ", subject=said,
                     clause="and any guidance or performance measures that set or describe them",
                     source=source)
    data, _ = load_vocab("yes_no_asks")
    registers = {str(w).lower() for w in (data or {}).get("people_registers") or []}
    about_people = {str(w).lower() for w in (data or {}).get("people_register_words") or []}
    if head in registers and {w.lower() for w in rest[:end - 1]} & about_people:
        # ck22: "does the force have a gang database": never the database itself (everyone's personal data on it),
        # the rules it is kept by; the officer says whether one is held
        said = _join(rest)
        article = "" if head.endswith("s") and head != "index" else "an " if said[:1].lower() in "aeiou" else "a "
        return Frame(kind="shown_by", head=f"any policy, procedure or guidance on keeping {article}", subject=said,
                     source=source)
    if head in vocab.kept_heads:  # "any records of people who gave up their plots": the records themselves
        return Frame(kind="shown_by", head="any ", subject=_join(rest), source=source)
    if head in vocab.records_of:  # "a consultation before closing the library": what it left on the record
        return Frame(kind="shown_by", head="the records of any ", subject=_join(rest), source=source)
    return Frame(kind="document", subject="any " + _join(rest), source=source)


def _addressed(words: list[str], found_name: str | None) -> bool:
    """sq101: WORDS open with the body the letter goes to, by a pronoun ("you", "they", "it") or its name as found."""
    if words and words[0].lower() in ("you", "they", "it"):
        return True
    if not found_name or not words:
        return False
    name = found_name.split()
    return [w.lower() for w in words[: len(name)]] == [w.lower() for w in name] or bool(_typed_name(words, found_name))


def _body_words(words: list[str], text: str, found_name: str | None, body: str | None) -> tuple[int, str] | None:
    """The body the letter is addressed to at the start of WORDS: how many words it takes and how the part
    names it ("the council"; BODY for "you", "it", "they"). None when WORDS do not start with the body."""
    vocab = _words()
    if not words:
        return None
    first = words[0].lower()
    if first == "you":
        return 1, body or "the authority"
    if first in ("it", "they"):
        return (1, body) if body else None
    if found_name:
        name = found_name.split()
        if [w.lower() for w in words[: len(name)]] == [w.lower() for w in name]:
            return len(name), _join(words[: len(name)])
        typed = _typed_name(words, found_name)
        if typed:
            from askfoi.followup import in_sentence

            return typed, body or in_sentence(found_name)  # lead41: "does the met record ...": the body by its own name, never "the met"
    if first in ("the", "your"):
        for n in range(2, 5):
            if n <= len(words) and words[n - 1].lower() in vocab.body_words and all(
                    re.match(r"[A-Za-z]", w) and w.lower() not in _PREPS for w in words[1:n]):
                if n < len(words) and words[n].lower() in vocab.body_words:
                    continue  # "the fire service": take the whole name
                while n + 1 < len(words) and words[n].lower() in ("for", "of") and words[n + 1][:1].isupper():
                    n += 2  # "the Department for Education", "the Ministry of Justice"
                    while n < len(words) and words[n][:1].isupper():
                        n += 1
                return n, "the " + _join(words[1:n])  # "your force" is the force the letter goes to
        return None
    if words[0][:1].isupper():
        for n in range(2, 7):  # "Greater Manchester Police", "Kent County Council"
            if n <= len(words) and words[n - 1].lower() in vocab.body_words \
                    and all(w[:1].isupper() or w.lower() in ("and", "of") for w in words[:n]):
                return n, _join(words[:n])
    return None


def _typed_name(words: list[str], found_name: str) -> int | None:
    """How many of WORDS (an article, then a short name) another way of naming FOUND_NAME takes ("the met",
    "essex plod" is not one), by the authorities' index of names; None when they do not start with it."""
    from askfoi.authorities import default_index, normalise

    index = default_index()
    start = 1 if words and words[0].lower() == "the" else 0
    for n in range(min(5, len(words) - start), 0, -1):
        key = normalise(" ".join(words[start:start + n]))
        at = index.exact.get(key) if key else None
        if at is not None and index.authorities[at].name == found_name:
            if " ".join(words[start:start + n]).lower() == found_name.lower():
                return None  # the body's own name, as typed with its article: the other readings keep it
            return start + n
    return None


def _verb_at(words: list[str], i: int) -> tuple[int, str] | None:
    """The verb at WORDS[i] with its particle ("carried out"): how many words, and its lemma."""
    if i >= len(words) or not re.match(r"[A-Za-z]", words[i]):
        return None
    lemmas = _lemmas(words[i])
    n = 2 if i + 1 < len(words) and words[i + 1].lower() in _PARTICLES else 1
    verbs = [lemma for lemma in lemmas if _form(lemma, "VBG")]
    if not verbs:
        return None
    return n, sorted(verbs, key=lambda x: (x != words[i].lower(), len(x)))[0]


# fr27a: the body's own parts named beside it ("the institution, or any of its schools or departments,"): the letter
# goes to the body, which answers for its parts; the aside comes off so the question's shape can be read
_PARTS_OF_BODY = re.compile(r"(?i)^(?P<asked>(?:does|do|did|has|have|had|is|are|was|were)\s+(?:the\s+|your\s+)?[A-Za-z][\w' -]{0,40}?)"
                            r",\s*(?:or|and|including)\s+(?:any\s+of\s+|all\s+of\s+)?(?:its|their|your)\s+[^,?]{1,60},\s*")


def records_for(question: str, *, found_name: str | None = None, body: str | None = None):
    """The frame asking for the records that answer QUESTION when it is a yes/no question about a practice, else
    None. FOUND_NAME is the body the letter is addressed to (as named), BODY how a part names it when the question
    says "you", "it" or "they" ("the council")."""
    from askfoi.framing import Frame

    vocab = _words()
    text = re.sub(r"\s+", " ", question or "").strip()
    text = _LEAD.sub("", text)
    text = _PARTS_OF_BODY.sub(r"\g<asked> ", text, count=1)  # fr27a: "Has the institution, or any of its schools, ..."
    statement = False
    confirm = _CONFIRM.match(text)
    if confirm:
        text, statement = text[confirm.end():], True
    elif re.match(r"(?i)(?:whether|if)\s", text):
        text, statement = re.sub(r"(?i)^(?:whether|if)\s+", "", text), True
    if "?" in text.rstrip("?"):
        return None  # two questions in one sentence: kept as typed
    text = text.rstrip(" ?.!")
    words = _tokens(text)
    if len(words) < 3:
        return None
    low = [w.lower() for w in words]
    if re.search(r"(?i)\b(?:think|believe|feel|agree|consider|plan|intend|going|able|possible|legal|lawful|allowed|true|right|fair)\b",
                 " ".join(low[:6])):
        return None  # an opinion, a plan or a legal question: not a practice's records (fr15b's remarks)
    if not statement:
        return _question_order(words, low, text, found_name, body)
    return _statement_order(words, low, text, found_name, body)


def _question_order(words: list[str], low: list[str], source: str, found_name: str | None, body: str | None):
    from askfoi.framing import Frame

    vocab = _words()
    aux = low[0]
    rest = words[1:]
    if aux in ("is", "are", "was", "were", "has", "have") and len(rest) > 1 and rest[0].lower() == "there":
        # "is there a register of empty homes", "has there been an assessment"
        after = rest[1:]
        if after and after[0].lower() == "been":
            after = after[1:]
        doc = _doc_part(after, source)
        if doc is None and aux in ("is", "are", "was", "were") and len(after) > 1:
            return _passive(after, source)  # fx55: "were there any other options looked at": the records of them
        return doc
    if aux in ("does", "do", "did", "has", "have"):
        who = _body_words(rest, source, found_name, body)
        rest_low = [w.lower() for w in rest]
        if aux in ("does", "do", "did") and "have" in rest_low[:7] \
                and (who is None or rest_low.index("have") > who[0]):
            # fx56: "do jobcentre staff have targets": a group named after the body ("jobcentre", "council") has it
            held = _held_by_thing(rest, rest_low, ("have",), source)
            if held is not None:
                return held
        if who is not None:
            n, doer = who
            after = rest[n:]
            ever = bool(after) and after[0].lower() == "ever"
            if ever:
                after = after[1:]
            verb = _verb_at(after, 0)
            if verb is None:
                return None
            span, lemma = verb
            obj = after[span:]
            perfect = aux in ("has", "have")
            # "does the force own or use X", "has the council bought or leased X": two verbs of one object
            also, conj = None, "or"
            if len(obj) > 2 and obj[0].lower() in ("or", "and", "and/or"):
                second = _verb_at(obj, 1)
                if second is not None and (_participle(obj[1]) if perfect else _base_verb(obj[1]) is not None):
                    conj = "and" if obj[0].lower() == "and" else "or"
                    also, also_word, after = second[1], obj[1], [after[0]] + obj[1 + second[0]:]
                    obj = obj[1 + second[0]:]
            if not obj or _points(obj):
                return None
            if perfect and not _participle(after[0]):
                return None
            if not perfect and _base_verb(after[0]) is None:
                return None
            if lemma in vocab.doc_verbs and _doc_np(_strip_article(obj)) is not None:
                return _doc_part(obj, source)
            if lemma in {_lemma for v in vocab.record_verbs for _lemma in _lemmas(v)} and not perfect and not ever:
                # "does the force record the ethnicity of people stopped": the records of it
                thing = _strip_article(obj) if obj[0].lower() in ("any", "a", "an") else obj
                if _points(thing) or thing[0].lower() in _PREPS or (thing[0].lower() == "the" and len(thing) <= 3
                                                                      and not any(w.lower() in _PREPS for w in thing)):
                    return None  # "do they keep the results": which results the story says, so kept as typed
                return Frame(kind="shown_by", head="any records held of ", subject=_join(thing), source=source)
            if lemma == "have" and not perfect and not ever and obj[0].lower() not in _PREPS and _surveillance_kit(obj):
                # lead50 (nc64 #5): "do police scotland have IMSI catchers": a force that has surveillance kit uses it;
                # the use frame (with its covert warning and the overt parts offered instead), never asked back
                thing = obj[1:] if obj[0].lower() in _ARTICLES else obj
                return Frame(kind="use", subject=_join(thing), article=obj[0].lower() == "the", source=source)
            if lemma in ("be", "have", "do", "get", "make"):
                return None  # too general a verb to name a practice
            if (lemma in _USE_VERBS or also in _USE_VERBS) and not perfect and not ever and obj[0].lower() not in _PREPS:
                # "does the force use drones with thermal cameras ...": the use frame (its policy and the number
                # of times used), as the use cue in record_kinds.yaml reads it
                article = obj[0].lower() == "the"
                thing = obj[1:] if obj[0].lower() in _ARTICLES else obj
                return Frame(kind="use", subject=_join(thing), article=article, source=source)
            said = _join(after)
            if also is not None and (ever or perfect):
                past, past2 = (_participle(after[0]) and after[0] or _form(lemma, "VBN")), (
                    also_word if _participle(also_word) else _form(also, "VBN"))
                if not past or not past2:
                    return None
                said = _join([past, conj, past2] + after[1:])
                if not ever:
                    return Frame(kind="shown_by", head="any records of ", subject=f"{doer} having {said}", source=source)
            if ever:
                has = "has" if doer.lower() != "you" else "have"
                if also is None:
                    past = _participle(after[0]) and after[0] or _form(lemma, "VBN")
                    if not past:
                        return None
                    said = _join([past] + after[1:])
                return Frame(kind="shown_by", head="the number of times ", subject=f"{doer} {has} {said}", source=source)
            if perfect:
                if len(after) > 1 and after[0].lower() == "been" and after[1].lower().endswith("ing"):
                    # lead50 (nc64 #5): "have they been monitoring X": the records of their monitoring X, never
                    # "having been monitoring"
                    return Frame(kind="shown_by", head="any records of ", subject=f"{doer} {_join(after[1:])}", source=source)
                return Frame(kind="shown_by", head="any records of ", subject=f"{doer} having {said}", source=source)
            if also is None and aux in ("does", "do", "did") and _addressed(rest, found_name):
                # sq101 (nc100 j1): "does north yorkshire police fly drones at night": whether the body does it, asked
                # of it ("whether you fly drones at night"), never "any records of your flying drones" (the drones read
                # as the body's)
                said = (_form(lemma, "VBZ") or after[0]) if aux != "did" else (_form(lemma, "VBD") or after[0])
                return Frame(kind="shown_by", head="any recorded information showing whether ",
                             subject=f"{doer} {_join([said] + after[1:])}", source=source)
            doing = _form(lemma, "VBG")
            if not doing:
                return None
            if also is not None:
                doing2 = _form(also, "VBG")
                if not doing2:
                    return None
                doing = f"{doing} {conj} {doing2}"
            return Frame(kind="shown_by", head="any records of ", subject=f"{doer} {_join([doing] + after[1:])}", source=source)
        if aux in ("has", "have") and rest and rest[0].lower() == "any":
            # "have any complaints been lodged with ...", "have any midwives reported being assaulted ..."
            return _any_done(rest[1:], source)
        return None
    if aux in ("is", "are", "was", "were"):
        return _passive(rest, source)
    return None


_PRONOUN_DOERS = frozenset("you it they he she we".split())
_OBJECT_END = frozenset("and or but because so as if when while which who that where".split())


def object_of(question: str, *, found_name: str | None = None, body: str | None = None) -> str | None:
    """What a yes/no question asks about, as a noun phrase: "did they put CCTV cameras in the toilets" -> "CCTV
    cameras in the toilets", "is there a register of empty homes" -> "register of empty homes", "are body cameras
    worn by ..." -> "body cameras". A later question's "where are they" or "who watches it" points at it (lead51,
    nc61 p2), never at what the part before the yes/no question counted. None when QUESTION is no such question or
    its object is itself a pointer."""
    text = _LEAD.sub("", re.sub(r"\s+", " ", question or "").strip())
    confirm = _CONFIRM.match(text)
    if confirm:
        text = text[confirm.end():]
    text = re.sub(r"(?i)^(?:whether|if)\s+", "", text).rstrip(" ?.!")
    if "?" in text:
        return None
    words = _tokens(text)
    low = [w.lower() for w in words]
    if len(words) < 3 or low[0] not in _AUXES:
        return None
    aux, rest = low[0], words[1:]
    if aux in ("is", "are", "was", "were", "has", "have") and rest[0].lower() == "there":
        obj = rest[2:] if len(rest) > 1 and rest[1].lower() == "been" else rest[1:]
    elif aux in ("does", "do", "did", "has", "have", "had"):
        who = (1, rest[0]) if rest[0].lower() in _PRONOUN_DOERS else _body_words(rest, text, found_name, body)
        if who is None:  # "did harris academy peckham put ...": the doer runs up to the first verb of its kind
            n = next((i for i, w in enumerate(rest[:6]) if i and (_base_verb(w) if aux in ("does", "do", "did")
                                                                   else _participle(w))), None)
            if n is None or not all(re.match(r"[A-Za-z]", w) for w in rest[:n]):
                return None
            who = (n, _join(rest[:n]))
        after = rest[who[0]:]
        if after and after[0].lower() == "ever":
            after = after[1:]
        if len(after) > 1 and after[0].lower() == "been" and after[1].lower().endswith("ing"):
            after = after[1:]  # "have they been monitoring the group"
        verb = _verb_at(after, 0)
        if verb is None or verb[1] in ("be", "do", "think", "believe", "feel", "agree", "know"):
            return None
        obj = after[verb[0]:]
    elif aux in ("is", "are", "was", "were"):
        at = _noun_run(rest)
        obj = rest[:at] if at else []
    else:
        return None
    end = next((i for i, w in enumerate(obj) if w.lower() in _OBJECT_END or not re.match(r"[\w'’-]", w)), len(obj))
    obj = _strip_article(obj[:end])
    if obj and obj[0].lower() in _PREPS:
        return None  # "did they write to the school": no thing asked about
    if not obj or len(obj) > 8 or _points(obj) or not re.match(r"[A-Za-z]", obj[0]):
        return None
    return _join(obj)


def _noun_run(words: list[str]) -> int | None:
    """Where the noun phrase at the start of WORDS ends: the index of the first participle after it."""
    from askfoi.why_records import attributive_participle

    for i, w in enumerate(words[:7]):
        if i and _participle(w) and words[i - 1].lower() not in _PREPS | _ARTICLES and not (
                i + 1 < len(words) and words[i + 1].lower() in ("of",)) and not attributive_participle(words, i):
            return i
        if not re.match(r"[A-Za-z]", w):
            return None
    return None


def _passive(rest: list[str], source: str):
    """"were patients consulted ...", "was an equality impact assessment carried out ..."."""
    from askfoi.framing import Frame

    at = _noun_run(rest)
    if at is None:
        return None
    noun, done = rest[:at], rest[at:]
    if _points(noun) or _points(done) or noun[0].lower() in ("you", "your"):
        return None
    if _doc_np(_strip_article(noun)) == len(_strip_article(noun)) and _lemmas(done[0]) & _words().doc_verbs:
        # "was an equality impact assessment carried out (for ...)": a copy of it; what follows the verb and its
        # particle ("for the closure") says which
        span = 2 if len(done) > 1 and done[1].lower() in _PARTICLES else 1
        frame = _doc_part(noun + done[span:], source)
        if frame is not None and _doc_np(_strip_article(noun + done[span:])) is not None:
            return frame
    return Frame(kind="shown_by", head="any records of ", subject=f"{_join(noun)} being {_join(done)}", source=source)


def _any_done(rest: list[str], source: str):
    from askfoi.framing import Frame

    vocab = _words()
    if _points(rest):
        return None
    for i, w in enumerate(rest[:5]):
        if w.lower() == "been" and i:
            noun, done = rest[:i], rest[i + 1:]
            if done and _participle(done[0]) and noun[-1].lower().endswith("s"):
                return Frame(kind="count", subject=_join(noun), clause=_join(done), source=source)
            return None
        if i and _participle(w) and rest[i - 1].lower().endswith("s"):
            noun, done = rest[:i], rest[i:]
            who = "who" if noun[-1].lower() in vocab.people else "that"
            return Frame(kind="count", subject=_join(noun), clause=f"{who} have {_join(done)}", source=source)
        if not re.match(r"[A-Za-z]", w):
            return None
    return None


def _statement_order(words: list[str], low: list[str], source: str, found_name: str | None, body: str | None):
    """"(please confirm whether) the council holds a register of ...", "... the force has ever used ...",
    "... residents were consulted ..."."""
    from askfoi.framing import Frame

    vocab = _words()
    who = _body_words(words, source, found_name, body)
    if who is not None:
        n, doer = who
        after = words[n:]
        ever = False
        if after and after[0].lower() in ("has", "have") and len(after) > 1:
            after = after[1:]
            ever = after[0].lower() == "ever"
            after = after[1:] if ever else after
            if not after or not _participle(after[0]):
                return None
            perfect = True
        else:
            perfect = False
        verb = _verb_at(after, 0)
        if verb is None:
            return None
        span, lemma = verb
        obj = after[span:]
        if not obj or _points(obj):
            return None
        if lemma in vocab.doc_verbs and _doc_np(_strip_article(obj)) is not None:
            return _doc_part(obj, source)
        if ever and perfect:
            return Frame(kind="shown_by", head="the number of times ",
                         subject=f"{doer} {'have' if doer.lower() == 'you' else 'has'} {_join(after)}", source=source)
        return None
    held = _held_by_thing(words, low, ("has", "have", "had"), source)
    if held is not None:
        return held
    for i, w in enumerate(low[:7]):
        if w in ("was", "were", "is", "are") and i:
            return _passive(words[:i] + words[i + 1:], source) if _participle(words[i + 1] if i + 1 < len(words) else "") else None
    return None


_AUXES = frozenset("is are was were be been do does did has have had will would can could should shall may might must".split())


def _held_by_thing(words: list[str], low: list[str], verbs: tuple[str, ...], source: str):
    """fx56 (nc53 #8): "(whether) the universal credit sanctions have targets for jobcentre staff", "(do) parking
    wardens have quotas": a thing or a group that is not the body "has" a document or a target. The body holds it, so
    the part asks for it, relating to what had it: "Any targets set for jobcentre staff relating to the universal
    credit sanctions". WORDS start with what has it (at most six words, no verb, no pointer), then one of VERBS."""
    for i, w in enumerate(low[:7]):
        if w not in verbs:
            continue
        about, obj = words[:i], words[i + 1:]
        if not about or not obj or _points(about) or low[0] in _PREPS or low[i + 1] in ("not", "ever", "never", "already") \
                or set(low[:i]) & (_AUXES | {"that", "which", "who", "whom", "whether", "if", "and", "or"}):
            return None
        if _doc_np(_strip_article(obj)) is None:
            return None
        return _doc_part(obj, source, about)
    return None


def _one_body(text: str) -> str | None:
    """The one body the message calls "the council", "the trust" ... (None when it names none or several)."""
    vocab = _words()
    seen = {m.group(1).lower() for m in re.finditer(r"(?i)\bthe\s+(" + "|".join(sorted(vocab.body_words)) + r")\b", text)}
    return f"the {seen.pop()}" if len(seen) == 1 else None


@functools.lru_cache(maxsize=1)
def _claim_words() -> tuple[str, str]:
    data, _ = load_vocab("yes_no_asks")
    data = data if isinstance(data, dict) else {}

    def alt(key: str) -> str:
        words = sorted({str(w).lower() for w in data.get(key) or []}, key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(p).replace("'", "['\u2019]?") for p in w.split()) for w in words) or r"(?!x)x"

    return alt("claim_leads"), alt("truth_tags")


_HAS = {"has": "does", "have": "do", "had": "did"}


def claims_asked(text: str) -> str:
    """lf58 (issue 8): TEXT with each claim that something holds a record ("leeds city council's parking wardens have
    targets for tickets", "the dwp has targets for sanctions"), asked about by a truth tag after it ("..., is that
    true", "... . can you find out?") or a hearsay lead before it ("i heard", "apparently"), written as the question
    "do ... have ...?" that asks for the record. A sentence-level decision: the claim's verb is has/have/had straight
    after its subject (at most six words, no verb among them), and its object's head names a document or a target
    (yes_no_asks.yaml doc_heads, target_heads). Anything else is left as typed."""
    if not text:
        return text
    leads, tags = _claim_words()
    vocab = _words()
    heads = vocab.doc_heads | vocab.target_heads
    pieces = re.split(r"(?<=[.?!])\s+|\n+", text)
    out: list[str] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        following = pieces[k + 1] if k + 1 < len(pieces) else ""
        m = re.fullmatch(rf"(?is)\s*(?P<lead>(?:{leads})\s*,?\s+(?:that\s+)?)?(?P<who>(?:[\w'\u2019&-]+\s+){{1,6}}?)"
                         rf"(?P<verb>has|have|had)\s+(?P<obj>[^.?!,]+?)(?P<tag>\s*[,.;-]?\s*(?:{tags})\s*[?.!]*)?\s*[.?!]*\s*", piece)
        tag_next = bool(re.fullmatch(rf"(?i)\s*(?:so\s+|but\s+)?(?:{tags})\s*[?.!]*\s*", following))
        if m and (m.group("lead") or m.group("tag") or tag_next):
            who = m.group("who").split()
            obj = m.group("obj").split()
            low = [w.lower() for w in who]
            np = _strip_article(obj)
            end = _doc_np(np) if np else None
            if not (set(low) & (_AUXES | {"that", "which", "who", "whether", "if", "and", "or", "not", "i", "we", "you",
                                          "it", "this"}) or low[0] in ("my", "our", "his", "her") or end is None or np[end - 1].lower() not in heads
                    or any(_verbish(w) for w in low)):
                out.append(f"{_HAS[m.group('verb').lower()]} {m.group('who').strip()} have {m.group('obj').strip()}?")
                k += 2 if tag_next and not m.group("tag") else 1
                continue
        act = _act_claim(piece, following, leads, tags)
        head = None
        if act is None:
            # "can i find out how many exclusions ..., also ive heard they put cctv cameras in the toilets?? is that
            # true": the claim after a clause break is a sentence of its own
            cut = re.search(rf"(?i)\s*(?:,|;|\s-\s)\s*(?:(?:also|and|but|plus)\s+)*(?=(?:{leads})\b)", piece)
            if cut is not None and cut.start() > 0:
                act = _act_claim(piece[cut.end():], following, leads, tags)
                head = piece[:cut.start()].rstrip(" ,;") + "?" if act is not None else None
        if act is not None:
            question, rest = act
            if head:
                out.append(head)
            out.append(question)
            if rest is not None:  # "is that true and where are they ...": the tag answered, the rest asked on
                if rest:
                    out.append(rest)
                k += 2
            else:
                k += 1
            continue
        out.append(piece)
        k += 1
    return " ".join(out) if out != pieces else text


def _act_claim(piece: str, following: str, leads: str, tags: str) -> tuple[str, str | None] | None:
    """lead50 (nc61 #3): a hearsay claim of an act, asked about ("ive heard they put cctv cameras in the toilets?? is
    that true", "apparently the council sold the park to a developer, is it true?"): the yes/no question "did they put
    cctv cameras in the toilets?", which the yes/no frames turn into the records that answer it; with the rest of the
    next sentence after its tag ("and where are they ...") as a sentence of its own. None when PIECE is no hearsay
    claim of a subject (at most five words) and one verb in the past or the present, or nothing asks whether it is
    true."""
    m = re.fullmatch(rf"(?is)\s*(?:{leads})\s*,?\s+(?:that\s+)?(?P<claim>[^.?!]+?)(?P<tag>\s*[,.;-]?\s*(?:{tags})\s*[?.!]*)?"
                     rf"\s*[.?!]*\s*", piece)
    if m is None:
        return None
    rest = None
    if not m.group("tag"):
        t = re.fullmatch(rf"(?is)\s*(?:so\s+|but\s+)?(?:{tags})\s*[?.!]*(?:\s*,?\s*(?:and|also)\s+(?P<rest>.+))?\s*",
                         following or "")
        if t is None:
            return None
        rest = (t.group("rest") or "").strip()
    from lemminflect import getAllLemmas, getInflection, getLemma

    words = m.group("claim").split()
    for i in range(1, min(6, len(words) - 1)):
        verb = words[i].lower()
        before = [w.lower() for w in words[:i]]
        if before[-1] in ("the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "these", "those") \
                or set(before) & (_AUXES | {"that", "which", "whether", "if", "i", "we", "you", "me", "not", "never", "and", "or"}):
            continue
        if verb in _AUXES or "VERB" not in getAllLemmas(verb):
            continue
        lemma = (getLemma(verb, upos="VERB") or [verb])[0]
        past = verb != lemma and verb in set(getInflection(lemma, tag="VBD") or ()) \
            or verb in ("put", "cut", "set", "shut", "let", "hit", "spread") and before == ["they"]
        third = verb != lemma and verb in set(getInflection(lemma, tag="VBZ") or ())
        plain = verb == lemma and before in (["they"], ["people"])
        if not (past or third or plain):
            continue
        aux = "did" if past else "does" if third else "do"
        return f"{aux} {' '.join(words[:i])} {lemma} {' '.join(words[i + 1:])}?", rest
    return None


def _verbish(low: str) -> bool:
    """LOW is a verb form with no noun reading ("said", "told"; not "parking"): a claim's subject has none."""
    from lemminflect import getAllLemmas

    forms = getAllLemmas(low)
    return "VERB" in forms and "NOUN" not in forms and "ADJ" not in forms and not low.endswith(("'s", "ing"))


def is_yes_no(text: str) -> bool:
    """TEXT is a yes/no question ("Does the council ...?", "Please confirm whether ...")."""
    t = _LEAD.sub("", re.sub(r"\s+", " ", text or "")).strip()
    return bool(re.match(r"(?i)(?:does|do|did|has|have|had|is|are|was|were|can|could|will|would)\b.*\?\s*$", t)
                or _CONFIRM.match(t) or re.match(r"(?i)(?:whether|if)\s", t))


def letter_body(framing, text: str) -> tuple[str | None, str | None]:
    """The body FRAMING's letter goes to (as named) and how a part names it when a question says "you", "it" or
    "they" ("the council"; the name itself when it has no short name; the one body TEXT calls "the ..." when none
    is named)."""
    from askfoi.kept_questions import body_short

    found = framing.authority
    found_name = found.name if found else None
    body = body_short(found_name) if found_name else _one_body(text)
    return found_name, (body or found_name)


def reframe_yes_no(framing, text: str) -> None:
    """FRAMING's kept parts and questions asked back that are yes/no questions about a practice, put as the records
    that answer them (`records_for`), rendered from their frames; the rest is left as it was."""
    from askfoi.framing import render_frame

    found_name, body = letter_body(framing, text)
    seen = {p.text.lower() for p in framing.parts}
    for k, part in enumerate(framing.parts):
        if not part.kept_words or not is_yes_no(part.text):
            continue
        frame = records_for(part.text, found_name=found_name, body=body)
        if frame is None:
            continue
        frame.text = render_frame(frame)
        if not frame.text or frame.text.lower() in seen:
            continue
        frame.source = part.source or part.text
        frame.warning, frame.replacements = part.warning, part.replacements  # an NCND warning stays with the part
        frame.qualifiers.covert = part.qualifiers.covert
        seen.add(frame.text.lower())
        framing.parts[k] = frame
    for question in list(framing.unframed):
        asked = question
        if not is_yes_no(asked) and re.match(r"(?i)\W*(?:does|do|did|has|have|is|are|was|were)\s", asked) and "?" not in asked:
            asked = asked.rstrip(" .") + "?"  # lead50: "do police scotland have IMSI catchers" typed without its mark
        if not is_yes_no(asked):
            continue
        frame = records_for(asked, found_name=found_name, body=body)
        if frame is None:
            continue
        frame.text = render_frame(frame)
        if not frame.text or frame.text.lower() in seen:
            continue
        seen.add(frame.text.lower())
        framing.unframed.remove(question)
        framing.questions = [q for q in framing.questions if question.strip() not in q]
        framing.pending = [f for f in framing.pending if f.source != question]
        at = text.find(question.strip())
        where = len(framing.parts)
        for j, p in enumerate(framing.parts):
            pos = text.find((p.source or "").strip()[:40]) if p.source else -1
            if at >= 0 and pos > at:
                where = j
                break
        framing.parts.insert(where, frame)
