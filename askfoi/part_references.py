"""What a part of a letter points at outside itself, written out from the message or asked for (issue 8, fr13a).

The FOI officer reads only the letter, so a part that says "they", "it", "there", "that road", "the same school", or
asks "how many were there" with no thing counted, cannot be acted on. One procedure for every part:

1. `references` finds the words of a part that need something outside the part: personal pronouns (they, them, their,
   it, its, he, him, his, she, her), "there" as a place, a demonstrative or "the same" with its noun ("that road",
   these potholes"), and a count whose thing is missing ("how many were there", "how many led to an arrest"). A word
   the part itself gives a meaning to (a noun of the right kind before it in the part) is no reference.
2. `candidates` reads the noun phrases of the sentences before the part (the message's story and the part before it;
   askfoi.story_antecedents.mentions) with their number, whether they name people, an organisation or a place.
3. `resolve` keeps the candidates that agree with the reference (they/them/their: a plural phrase or an
   organisation; it/its: a singular thing; he/she: a person; there: a place; "that road": a phrase with the same head
   noun or a name of that kind of place) and ranks them by nearness: the nearest sentence holding any that agree
   decides, and only when it holds exactly one (by its words) does that one win. A person is written as their role
   ("my son" -> "a pupil"; knowledge/vocab/part_references.yaml), never by name; a person with no role is asked for.
4. `resolve_part_references` applies it to each part of a framing: a part rendered from a frame is changed through its
   frame (its subject) and rendered again; a part kept in the person's words only has the reference token replaced by
   the phrase. What is not resolved is returned, and framing keeps its story-reference finding that asks for it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from askfoi import sentence_ends
from askfoi.knowledge import load_vocab

_PLURAL_PRONOUNS = frozenset(("they", "them", "their"))
_THING_PRONOUNS = frozenset(("it", "its"))
_PERSON_PRONOUNS = frozenset(("he", "him", "his", "she", "her"))
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))
_PREPS = frozenset("of on in at for about from with by near under over outside inside around along across between "
                   "into to within during behind beside".split())
_REF = re.compile(r"(?i)\b(?:(?P<dem>this|that|these|those|the\s+same)\s+(?P<noun>[a-z][a-z'\u2019-]*)"
                  r"|(?P<pro>they|them|their|it|its|he|him|his|she|her|there))\b")
_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+(?P<next>[a-z]+)\b")


@dataclass
class Reference:
    """WORDS at START..END of a part that need something outside it; KIND says what may fill it: "plural", "thing",
    "person", "place", "head" (a phrase with the noun HEAD, or a place of that kind), "count" (a plural thing)."""
    words: str
    start: int
    end: int
    kind: str
    head: str = ""


@dataclass
class Candidate:
    """A noun phrase of the message before a part, as the officer's words (PHRASE), with its HEAD noun, what it
    names, and DISTANCE (0: the sentence just before the part)."""
    phrase: str
    head: str
    plural: bool
    people: bool
    body: bool
    place: bool
    distance: int
    role: str | None = None  # for a person: the role the letter may name them by


@dataclass
class Resolution:
    """A reference of PART written out as PHRASE, giving TEXT."""
    part: str
    reference: str
    phrase: str
    text: str


@dataclass
class PartReferences:
    """What `resolve` did with one part: its TEXT after, the references RESOLVED and those LEFT (asked for)."""
    text: str
    resolved: list[Resolution] = field(default_factory=list)
    left: list[Reference] = field(default_factory=list)


@dataclass(frozen=True)
class _Vocab:
    roles: dict[str, str]  # a family word -> the role a letter uses ("son" -> "a pupil" beside a school)
    role_contexts: tuple[tuple[str, tuple[str, ...]], ...]  # (role, the words of the message that give it)
    not_referring: frozenset[str]  # nouns after "this"/"that" that name the request itself or a time
    place_heads: frozenset[str]  # nouns that name a place ("town", "village", "estate")
    quantities: frozenset[str]  # heads that only count what follows ("loads of", "lots of", "dozens of")


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("part_references")
    data = data if isinstance(data, dict) else {}
    roles = {str(k).lower(): str(v) for k, v in (data.get("family") or {}).items()}
    contexts = tuple((str(role), tuple(str(w).lower() for w in words))
                     for role, words in (data.get("roles_by_context") or {}).items())
    return _Vocab(roles, contexts, frozenset(str(w).lower() for w in data.get("not_referring") or []),
                  frozenset(str(w).lower() for w in data.get("place_heads") or []),
                  frozenset(str(w).lower() for w in data.get("quantities") or []))


@functools.lru_cache(maxsize=8192)
def _lemmas(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas

    low = word.lower()
    out = {low}
    for forms in getAllLemmas(low).values():
        out.update(forms)
    return frozenset(out)


def _pos(word: str) -> dict:
    from askfoi.story_antecedents import _pos as pos

    return pos(word)


def _time_word(word: str) -> bool:
    from askfoi.story_antecedents import _words

    return word.lower() in _words().time or word.lower() in _vocab().not_referring


def _is_plural(word: str) -> bool:
    from askfoi.story_antecedents import _plural

    return _plural(word)


def _noun(word: str) -> bool:
    from askfoi.story_antecedents import _nounish

    return _nounish(word)


def _part_mentions(text: str):
    from askfoi.story_antecedents import mentions

    return mentions(text)


def _own_before(text: str, at: int, kind: str, head: str = "") -> bool:
    """The part itself has, before character AT, a phrase the reference of KIND can mean (the officer resolves it)."""
    before = text[:at]
    if not re.search(r"[A-Za-z]", before):
        return False
    if kind == "head":
        return any(_lemmas(w) & _lemmas(head) for w in re.findall(r"[A-Za-z]+", before))
    if kind == "place":
        return bool(re.search(r"\b(?:in|at|near|from|to|within|across)\s+(?:the\s+)?[A-Z][a-z]+", before))
    found = [m for m in _part_mentions(before) if m.head.lower() not in _QUESTION_NOUNS and not _time_word(m.head)]
    toks = _tokens_of(before)
    # "an equality impact assessment on it": the phrase the pronoun's preposition hangs from is not what it means
    found = [m for m in found if not (m.end == len(toks) - 1 and toks[-1].lower() in _PREPS)]
    if kind == "plural":
        return any(m.plural or m.body or m.people for m in found)
    if kind == "thing":
        return any(not m.people for m in found)
    if kind == "person":
        return any(m.people or m.head[:1].isupper() for m in found)
    return bool(found)


def _tokens_of(text: str) -> list[str]:
    from askfoi.story_antecedents import _tokens

    return _tokens(text)


_QUESTION_NOUNS = frozenset("number numbers amount total details information copy copies list breakdown records "
                            "figures data".split())


def _existential_there(text: str, m: re.Match[str]) -> bool:
    from askfoi.framing import _EXISTENTIAL_AFTER, _EXISTENTIAL_BEFORE

    return bool(_EXISTENTIAL_BEFORE.search(text[:m.start()]) or _EXISTENTIAL_AFTER.match(text[m.end():]))


def references(text: str) -> list[Reference]:
    """The words of TEXT (one part, read alone) that need something outside it (see the module's doc)."""
    from askfoi.story_antecedents import _it_refers, _pointer_it_dummy

    out: list[Reference] = []
    text = (text or "").replace("\u2019", "'")
    for m in _REF.finditer(text):
        if m.group("pro"):
            word = m.group("pro").lower()
            if word == "there" and _role_at(text, m.start()) == "owner":
                out.append(Reference("there", m.start(), m.end(), "plural"))  # fr14a: "in there homes" typed for "their"
                continue
            if word == "there":
                if _existential_there(text, m) or _own_before(text, m.start(), "place"):
                    continue
                out.append(Reference("there", m.start(), m.end(), "place"))
                continue
            if word == "it" and (_pointer_it_dummy(text, m.start()) or not _it_refers(text, m.start())
                                 or re.match(r"(?i)\s+(?:[a-z]+ed|clear|known|plain)\s+(?:that|whether)\b", text[m.end():])):
                continue
            if word == "her" and re.match(r"(?i)\s+majesty\b", text[m.end():]):
                continue
            kind = "plural" if word in _PLURAL_PRONOUNS else "thing" if word in _THING_PRONOUNS else "person"
            if _own_before(text, m.start(), kind):
                continue
            out.append(Reference(m.group("pro"), m.start(), m.end(), kind))
            continue
        dem = re.sub(r"\s+", " ", m.group("dem").lower())
        noun = m.group("noun")
        low = noun.lower()
        if _time_word(low) or low in _QUESTION_NOUNS or not _noun(noun) or low in ("one", "ones", "kind", "sort", "type"):
            continue
        if dem == "that":
            prev = re.findall(r"[A-Za-z']+", text[:m.start()])
            if prev and prev[-1].lower() not in _PREPS and prev[-1].lower() not in ("did", "does", "do", "is", "was", "has",
                                                                                    "had", "will", "would", "can", "could"):
                continue  # "records that show", "told residents that staff ...": a clause, not "that road"
            if _is_plural(low):
                continue
        if dem == "this" and _is_plural(low):
            continue
        if dem in ("these", "those") and (not _is_plural(low) or low in ("who", "which")):
            continue
        prev = re.findall(r"[A-Za-z']+", text[:m.start()])
        if dem in ("this", "that") and prev and prev[-1].lower() in _AUX and "VERB" in _pos(low) \
                and not re.match(r"\s+[a-z]", text[m.end():]):
            # "how much did that cost?", "how much did this save": the pointer is the subject, the word its verb
            out.append(Reference(m.group("dem"), m.start(), m.start("noun") - 1, "thing"))
            continue
        nxt = re.match(r"\s+([a-z]+)", text[m.end():])
        if nxt and _noun(nxt.group(1)) and not _time_word(nxt.group(1)) and "VERB" not in _pos(nxt.group(1).lower()):
            noun_end = m.end() + nxt.end()  # "that road junction": the phrase runs to its last noun
        else:
            noun_end = m.end()
        if _own_before(text, m.start(), "head", low):
            continue
        out.append(Reference(text[m.start():noun_end], m.start(), noun_end, "head", low))
    for m in _HOW_MANY.finditer(text):
        nxt = m.group("next").lower()
        if nxt in ("of", "times", "more", "fewer", "less", "such") or not (nxt in _AUX or _verb_form(nxt) or (
                "VERB" in _pos(nxt) and nxt.endswith("ed"))) or m.group("next")[:1].isupper():
            continue
        after = re.match(r"\s+([A-Za-z]+)", text[m.end():])
        unknown_plural = after and not _pos(after.group(1).lower()) and _is_plural(after.group(1).lower())
        if nxt not in _AUX and after and (_noun(after.group(1)) and after.group(1).lower() not in _PREPS
                                          or unknown_plural or after.group(1).lower() in ("and", "or")):
            # ("carers": a plural the lexicon does not know is a noun all the same)
            continue  # "how many referred patients", "how many trained staff": the thing follows
        if nxt in _AUX and re.match(r"(?i)\s+(?:there|they|it|you|we|the|a|an|any|your|their|its|[A-Z])", text[m.end():]) \
                and not re.match(r"(?i)\s+there\b", text[m.end():]):
            continue  # "how many did the council issue": the thing is asked after the verb's subject
        if _own_before(text, m.start(), "plural"):
            continue
        out.append(Reference(text[m.start():m.start("next")].rstrip(), m.start(), m.start("next") - 1, "count"))
    return sorted(out, key=lambda r: r.start)


_AUX = frozenset("is are was were be been has have had do does did will would can could should may might".split())


def _verb_form(word: str) -> bool:
    p = _pos(word)
    return "VERB" in p and "NOUN" not in p


def _role_at(text: str, start: int) -> str:
    from askfoi.pronoun_roles import role_at

    return role_at(text, start)


def _body(message: str, context: list[str], body_name: str | None = None) -> str | None:
    """fr14a: the one body MESSAGE names or is about ("the council"), by its short name when a known body is named.
    BODY_NAME: the body the request was resolved to once (lead50: never found again from the message, which can read
    "peckham" as the council when the request is to Harris Academy Peckham)."""
    from askfoi.kept_questions import body_short
    from askfoi.pronoun_roles import body_phrase

    if body_name:
        return body_phrase(message or " ".join(context), body_short(body_name) or body_name)
    named = None
    try:
        from askfoi.framing import find_authority

        found, _ = find_authority(message)
        named = (body_short(found.name) or found.name) if found else None
    except Exception:  # noqa: BLE001 - a message no authority reader can read has no named body
        named = None
    return body_phrase(message or " ".join(context), named)


def _owned_by_body(text: str, ref: Reference, message: str = "") -> bool:
    """fr14a: "their" at REF owns what a body holds: the part's own subject is the body doing something ("how many
    did they record in their homes"), the noun is one a body holds ("their policy"), or the MESSAGE ties the noun to
    the body in one sentence ("a care home run by the council" ... "in their homes")."""
    from askfoi.kept_questions import _words as kept
    from askfoi.pronoun_roles import _vocab as role_vocab, roles

    said = roles(text)
    nxt = re.match(r"\s+([A-Za-z]+)", text[ref.end:])
    if nxt and _people_own_it(message, nxt.group(1)):
        return False
    if any(p.role == "agent" for p in said) or bool(nxt and nxt.group(1).lower() in kept().possessive_before):
        return True
    if not nxt:
        return False
    owned = _lemmas(nxt.group(1))
    bodies = role_vocab().bodies
    for sentence in _split_sentences(message):
        words = re.findall(r"[a-z]+", sentence.lower())
        at = [k for k, w in enumerate(words) if _lemmas(w) & owned]
        # lead51 (nx67): the noun and the body tied by what the sentence says of them ("a care home run by the
        # council", "council homes"), never only near each other ("families did the council evict from their homes":
        # the families' homes)
        if any(abs(k - j) <= 5 and (j == k - 1 or set(words[min(k, j) + 1:max(k, j)]) & _OWNING_WORDS)
               for k in at for j, w in enumerate(words) if w in bodies):
            return True
    return False


_OWNING_WORDS = frozenset("run runs owned owns own managed manages provided provides operated operates by of".split())


def _people_own_it(message: str, noun: str) -> bool:
    """lead51 (nx67): the sentence of MESSAGE that says "their NOUN" names people before it ("how many families did
    the council evict from their homes"): the homes are the families', never the body's."""
    from askfoi.pronoun_roles import _vocab as role_vocab

    people = {w.lower() for w in role_vocab().people}
    for sentence in _split_sentences(message):
        m = re.search(rf"(?i)\btheir\s+{re.escape(noun)}\b", sentence)
        if m and any(w in people and w.endswith("s") or w in ("people", "children", "staff")
                     for w in re.findall(r"[a-z]+", sentence[: m.start()].lower())):
            return True
    return False


def _split_sentences(text: str) -> list[str]:
    flat = re.sub(r"\s+", " ", text or "").strip()
    return [s for s in sentence_ends.split(r"(?<=[.!?])\s+|\s*[\n;]\s*", flat) if re.search(r"[A-Za-z]", s)]


def _role(head: str, message: str) -> str | None:
    """The role a letter names a person by: a family word by what the message is about ("son" beside a school ->
    "a pupil"); a role noun as it is ("a tenant"); None when none fits."""
    v = _vocab()
    low = head.lower()
    if low in v.roles:
        words = set(re.findall(r"[a-z]+", message.lower()))
        for role, cues in v.role_contexts:
            if words & set(cues):
                return role
        return None
    from askfoi.story_antecedents import _words

    if low in _words().people or (low + "s") in _words().people:
        return f"a {low.rstrip('s') if _is_plural(low) else low}" if not low.endswith("ss") else None
    return None


_LIST_HEADS = frozenset("list lists register registers database databases matrix index".split())
_BODY_ENDS = frozenset("police constabulary council councils trust service services authority board".split())
_NAME_BREAKS = frozenset("have has had is are was were do does did and or but to of in on for with by , ? .".split())


def _inside_body_name(toks: list[str], end: int) -> bool:
    """(ck22) The words from token END on finish a body's name within three words ("west | yorkshire police"), with
    no verb or joining word between: the phrase before them is the start of that name."""
    for k in range(end, min(end + 3, len(toks))):
        low = toks[k].lower()
        if low in _NAME_BREAKS:
            return False
        if low in _BODY_ENDS:
            return True
    return False


def _kind_of(phrase: str) -> str | None:
    """nx98: "types of drones" -> "the drones": the things a phrase of kinds (ask_shapes.yaml `used_as` kinds:
    types, makes, models ...) is of; None for any other phrase."""
    from askfoi.ask_shapes import _alt, _words

    m = re.match(rf"(?i)^(?:the\s+|what\s+|which\s+)?(?:{_alt(_words('used_as', 'kinds'))})\s+of\s+(?:the\s+)?(?P<x>[a-z][\w' -]*)$",
                 phrase.strip())
    return f"the {m.group('x').strip()}" if m else None


def candidates(context: list[str], message: str = "") -> list[Candidate]:
    """The noun phrases of CONTEXT (the sentences before a part, oldest first), nearest first."""
    from askfoi.framing import _capitalise_places, _place_names

    v = _vocab()
    places = _place_names()
    out: list[Candidate] = []
    from askfoi.site_bodies import hospital_site

    for distance, sentence in enumerate(reversed(context)):
        sentence = _capitalise_places(sentence)
        found = _part_mentions(sentence)
        site = hospital_site(sentence)
        inside = site[1].lower() if site else ""
        if site:
            # ck30: "at glasgow royal infirmary ... how many waited there": the hospital, never the town inside its name
            name = " ".join(w if w.lower() in ("of", "and", "the", "for") else w[:1].upper() + w[1:] for w in site[1].split())
            name = re.sub(r"^The\s+", "", name)
            out.append(Candidate(phrase=name, head=name.split()[-1], plural=False, people=False, body=False, place=True,
                                 distance=distance))
        counted = [(m.start, m.end) for m in found if m.top and m.head.lower() in v.quantities]
        for m in found:
            # a phrase inside another is read only as a place, or as what "loads of ..." counts
            inner = not m.top and not any(a <= m.start and m.end <= b for a, b in counted)
            head = m.head
            low = head.lower()
            toks = _tokens_of(sentence)
            if low.endswith("ing") and m.start and toks[m.start - 1].lower() in ("is", "are", "was", "were", "be", "been", "being",
                                                                                 "isnt", "arent", "wasnt", "werent"):
                continue  # "is derby council cutting bus routes": a verb in -ing after its subject, no phrase
            from askfoi.story_antecedents import _kind_named

            if low.startswith("\u00a7") or _time_word(low) or (low in _QUESTION_NOUNS and not _kind_named(m)) \
                    or low in v.quantities:
                continue  # (fx54: "a housing waiting list" is a thing, never the list asked for)
            if re.match(r"[£$]?\d", head) or low in ("i", "we", "you", "me", "us", "loads", "lots"):
                continue
            place = (low in places or low in v.place_heads or (head[:1].isupper() and not m.people and not m.body
                                                               and _after_place_prep(sentence, m.text)))
            phrase = re.sub(r"(?i)\s+(?:of|on|in|at|for|from|with|by|near|to)\s+(?:it|its|their|them|his|her|him|they)\b.*$",
                            "", m.own)  # "panels on its roof": what follows a pointer is no help to the officer
            if m.end < len(toks) and toks[m.end].lower() in _LIST_HEADS and not m.people and not m.body:
                # ck22: "a housing waiting list": a noun read as a verb after its modifiers is the phrase's head
                phrase, head, low = f"{phrase} {toks[m.end].lower()}", toks[m.end].lower(), toks[m.end].lower()
            if place and head[:1].isupper():
                phrase = re.sub(r"^(?:the\s+)", "", phrase) if not low in v.place_heads else phrase
            kind_of = _kind_of(phrase)
            if kind_of:
                # nx98: "what types of drones do they have and what are they used for": "they" are the drones, never
                # "the types" (a kind word before "of" names no thing that is used, kept or counted)
                phrase, head = kind_of, kind_of.split()[-1]
                low = head.lower()
            if inner and not place:
                continue  # a phrase inside another is only a place ("in Whitstable" in "burglaries in Whitstable")
            if inside and place and f" {phrase.lower()} " in f" {inside} ":
                continue  # ck30: the town in a hospital's name ("Glasgow" in "glasgow royal infirmary")
            if not m.body and _inside_body_name(toks, m.end):
                continue  # ck22: "does west yorkshire police have ...": "west" begins the body's name, no thing
            if _body_then_verb(toks[m.start:m.end + 1]):
                continue  # fr14a: "kent police use (tasers)": a body and its verb, no thing a pronoun can mean
            out.append(Candidate(phrase=phrase, head=head, plural=m.plural, people=m.people, body=m.body,
                                 place=place, distance=distance,
                                 role=_role(head, message or " ".join(context)) if m.people else None))
        for m in re.finditer(r"(?i)\b(?:in|at|near|from|to|visited|visit|around|outside)\s+([A-Za-z][a-z]{3,})\b", sentence):
            word = m.group(1)
            if _pos(word.lower()) or any(c.phrase.lower() == word.lower() for c in out if c.distance == distance) \
                    or (inside and f" {word.lower()} " in f" {inside} "):
                continue  # a word of the lexicon ("town", "work") is no name; a name read already
            out.append(Candidate(phrase=word[:1].upper() + word[1:], head=word, plural=False, people=False, body=False,
                                 place=True, distance=distance))
    return out


def _body_word(word: str) -> bool:
    """fr14a: WORD names an organisation (story_antecedents' bodies and pronoun_roles' "school", "hospital", ...)."""
    from askfoi.pronoun_roles import _vocab as role_vocab

    return word.lower() in role_vocab().bodies


def _body_then_verb(words: list[str]) -> bool:
    """fr14a: WORDS (a phrase read from a story, and the word after it) are a body's noun followed by its verb with
    an object after it ("police use tasers", "the trust think about"), read as one noun phrase by mistake."""
    from askfoi.pronoun_roles import _CLOSED, _vocab as role_vocab

    low = [w.lower() for w in words]
    bodies = role_vocab().bodies
    for k in range(len(low) - 2 if len(low) > 2 else 0):
        if low[k] in bodies and "VERB" in _pos(low[k + 1]) and low[k + 1] not in bodies \
                and (low[k + 2] in ("about", "on", "the", "a", "an", "any", "their", "its")
                     or re.match(r"[a-z]", low[k + 2]) and low[k + 2] not in _CLOSED):
            return True
    return False


def _after_place_prep(sentence: str, phrase: str) -> bool:
    return bool(re.search(rf"(?i)\b(?:in|at|near|from|to|around|outside)\s+(?:the\s+)?{re.escape(phrase)}", sentence))


def _agrees(ref: Reference, c: Candidate) -> bool:
    if ref.kind == "plural":
        return (c.plural and not c.place) or c.body
    if ref.kind == "thing":
        return not c.plural and not c.people and not c.place and (not c.body or ref.words.lower() == "its")
    if ref.kind == "person":
        return c.people and not c.plural
    if ref.kind == "place":
        return c.place and c.phrase[:1].isupper()  # a name: "the beach" is no place the officer can find
    if ref.kind == "count":
        return c.plural and not c.body
    if ref.kind == "head":
        if c.phrase.lower() == ref.words.lower():
            return False
        kind = _place_kind(ref.head)
        if kind and c.head[:1].isupper() and _place_kind(c.head) == kind:
            return True  # "that road" after "Mill Lane"
        if c.head[:1].isupper() or c.plural != _is_plural(ref.head) or len(c.phrase.split()) <= 2:
            return False  # "these services" is no "Metropolitan Police Service"; "the properties" says no more
        return bool(_lemmas(c.head) & _lemmas(ref.head))
    return False


# nx82: a verb of paying just before its object ("pay them", "paid to them", "awarded it")
_PAYER = re.compile(r"(?i)(?:council|councils|authority|authorities|trust|police|force|constabulary|government|department|"
                    r"ministry|board|nhs|school|academy|university|office|service|commissioner|executive|"
                    r"corporation)$")  # the public body that pays
_PAID = re.compile(r"(?i)\b(?:pay|pays|paid|paying|give|gives|gave|giving|award|awards|awarded|owe|owes|owed)(?:\s+to)?\s+$")


def _place_kind(word: str) -> str | None:
    """The kind of place WORD says or ends a name of (askfoi.story_places' kinds: "lane" -> road)."""
    from askfoi.story_places import _kinds

    k = _kinds()
    low = word.lower()
    if low in k.said:
        return k.said[low]
    return next((kind for kind, ends in k.names.items() if low in ends), None)


# fx48: a preposition that says where something is beside the thing after it ("near it", "close to it")
_NEAR_IT = re.compile(r"(?i)\b(?:near|nearby|around|outside|beside|opposite|alongside|(?:close|next)\s+to|near\s+to|"
                      r"in\s+front\s+of|behind)\s+$")


def _winner(ref: Reference, cands: list[Candidate], within: int = 3) -> Candidate | None:
    """The one candidate that clearly wins for REF: the nearest sentence holding any that agree holds exactly one
    (by its words); None when it holds two or more, or none is near."""
    fits = [c for c in cands if _agrees(ref, c) and c.distance < within]
    if not fits:
        return None
    nearest = min(c.distance for c in fits)
    fits = [c for c in fits if c.distance == nearest]
    distinct = {c.phrase.lower() for c in fits}
    if len(distinct) != 1:
        return None
    return fits[0]


def _phrase_for(ref: Reference, c: Candidate, text: str) -> str | None:
    """What REF is written as in TEXT when C is what it means."""
    from askfoi.story_antecedents import without_repeated_place

    phrase = without_repeated_place(c.phrase, text[ref.end:])
    low = ref.words.lower()
    if c.people and not c.plural:
        if c.role is None or c.head.lower() not in _vocab().roles or low in ("his", "her") and re.match(r"\s+[a-z]", text[ref.end:]):
            return None  # a person the letter cannot name and has no role for ("his school": whose): asked for
        phrase = c.role
    elif c.people and c.head[:1].isupper():
        return None
    if ref.kind == "place":
        before = re.findall(r"[A-Za-z]+", text[:ref.start])
        if before and before[-1].lower() in _PREPS:
            return phrase
        if re.search(r"(?i)\b(?:hospital|infirmary|school|academy|college|university|station|prison|library|centre|center)$", phrase):
            return f"at {phrase}"  # ck30: at a hospital or a school, in a town
        if re.search(r"(?i)\b(?:road|street|lane|avenue|drive|way|close|crescent|terrace|parade|row|bypass|motorway|"
                     r"[AM]\d{1,4})$", phrase):
            return f"on {phrase}"  # lead53: on a road ("a speed survey on Hyde Road"), never "in Hyde Road"
        return f"in {phrase}"
    if low in ("their", "its", "his", "her") and ref.kind != "head" and (len(phrase.split()) > 4 or not re.match(
            r"(?i)the\b", phrase)):
        return None  # "The list names of the wards closed's": a long phrase is no possessive an officer can read
    if low in ("their", "its", "his", "her") and ref.kind != "head":
        if low == "her" and not re.match(r"\s+[a-z]+", text[ref.end:]):
            return phrase  # "did they tell her": the object
        return f"{phrase}'" if phrase.endswith("s") and c.plural else f"{phrase}'s"
    if ref.kind == "head":
        if ref.words.lower().startswith("the same"):
            return phrase
        return phrase
    if ref.kind == "count":
        return f"{ref.words.split()[0]} many {_bare(phrase)}"
    return phrase


def _bare(phrase: str) -> str:
    return re.sub(r"(?i)^(?:the|a|an|some|any|these|those)\s+", "", phrase)


def _plain_phrase(toks: list[str], i: int) -> list[str]:
    """The noun phrase from token I read plainly: a determiner, then words up to a preposition, a verb, a
    conjunction or a mark (a word the lexicon does not know, "adhd", is a word of the phrase)."""
    from askfoi.story_antecedents import _DETS, _closed

    out: list[str] = []
    k = i
    if k < len(toks) and toks[k].lower() in _DETS:
        out.append(toks[k])
        k += 1
    while k < len(toks) and re.match(r"[A-Za-z]", toks[k]) and not _closed(toks[k].lower()) \
            and toks[k].lower() not in _DETS and not (_verb_form(toks[k].lower()) and out[-1:] != []) and len(out) < 6:
        out.append(toks[k])
        k += 1
    return out if out and not (len(out) == 1 and out[0].lower() in _DETS) else []


_MEASURES = frozenset("average mean median typical usual longest shortest".split())


def _waited_for(subject: str) -> bool:
    """nx97: SUBJECT (a count's) is a thing one waits for ("ambulances", "hip replacements", "autism assessments"):
    plural, no people, no pronoun, no name masked."""
    from askfoi.framing import _vocab as framing_vocab

    words = re.findall(r"[a-z]+", (subject or "").lower())
    return bool(words) and len(words) <= 3 and words[-1].endswith("s") and "\u00a7" not in subject \
        and not any(w in framing_vocab().people or w in ("them", "they", "it", "those", "these") for w in words) \
        and not _time_word(words[-1])


def _complement(text: str, context: list[str]) -> Resolution | None:
    """A definite noun of TEXT with no complement ("how long is the average wait") that the story gives one
    ("i waited 9 months for an adhd assessment"): the noun with that complement."""
    from askfoi.story_antecedents import _parse, _tokens

    for m in re.finditer(r"(?i)\bthe\s+(?:average|mean|median|typical|usual|current|longest|shortest)\s+"
                         r"(?P<noun>[a-z]+)(?:\s+times?\b)?(?=\s*(?:[?.!,]|$|\s+(?:is|was|be|now|currently)\b))", text):
        noun = m.group("noun").lower()
        from askfoi.story_antecedents import _words

        timed = re.search(r"(?i)\btimes?$", m.group(0)) is not None  # "the longest waiting time": "waiting" names it
        if _time_word(noun) or noun in _QUESTION_NOUNS or not (_noun(noun) or timed) or noun in _words().bodies:
            continue
        lemmas = _lemmas(noun)
        for sentence in reversed(context[-3:]):
            toks = _tokens(sentence)
            for k, tok in enumerate(toks):
                if not (_lemmas(tok) & lemmas):
                    continue
                j = k + 1
                while j < len(toks) and (re.match(r"\d", toks[j]) or _time_word(toks[j]) or toks[j].lower()
                                         in ("a", "an", "the", "about", "over", "nearly", "almost", "still")):
                    j += 1  # "waited 9 months for ...": the length is no complement
                if j + 1 < len(toks) and toks[j].lower() in ("for", "of", "on"):
                    words = _plain_phrase(toks, j + 1)
                    one = len(words) == 1 and len(words[0]) >= 5 and words[0].isalpha() and words[0].islower() \
                        and not _time_word(words[0]) and words[0] not in ("ages", "years", "months", "weeks", "hours")
                    # (nx97: "waiting over 52 weeks for orthopaedics": one word said straight after the wait names it)
                    if len(words) < 2 and not one or any("\u00a7" in w for w in words):
                        continue
                    own = " ".join(words)
                    if words[0].lower() in ("my", "our", "his", "her", "their", "this", "that"):
                        own = " ".join(["the", *words[1:]])
                    phrase = f"{m.group(0)} {toks[j].lower()} {own}"
                    return Resolution(part=text, reference=m.group(0), phrase=phrase,
                                      text=text[:m.start()] + phrase + text[m.end():])
    return None


_SUBJECT_AFTER_AUX = re.compile(r"(?i)\b(?:did|do|does|have|has|had|were|was|are|is|will|would|could|can)\s+"
                                r"(?:(?:the|those|these|all|any)\s+)?((?:[a-z'-]+\s+){1,3})")
_SUBJECT_COUNTED = re.compile(r"(?i)\bhow\s+many\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)\s+(?:have|has|had|were|was|are|is|[a-z]+ed)\b")


def _people_subject_before(before: str, message: str) -> bool:
    """BEFORE (a part up to its "they") has people as the subject of a verb ("did the foster carers give", "how many
    tenants were evicted"): a "they" after it in the same part is read as them by the officer, never as the body.
    People in the object's place ("how many patients did they treat") are not a subject."""
    from askfoi.framing import _vocab as framing_vocab

    people = framing_vocab().people
    heads = [m.group(1).split()[-1] for m in _SUBJECT_COUNTED.finditer(before)]
    for m in _SUBJECT_AFTER_AUX.finditer(before + " "):
        words = m.group(1).split()
        heads += words[:-1] if len(words) > 1 else []  # a noun with a word after it: "the foster carers give"
    return any(h.lower() in people and _is_plural(h.lower()) and not _body_word(h) for h in heads)


def resolve(text: str, context: list[str], *, message: str = "", places_only: bool = False,
            body_name: str | None = None) -> PartReferences:
    """TEXT (one part) with each reference written out from CONTEXT (the sentences before it, oldest first) where
    one candidate clearly wins; the rest left for a finding. PLACES_ONLY: only "there" and "that road" (a place by
    name) are written out, the rest left."""
    refs = references(text)
    # lead50 (nc61 #3): a question in brackets beside the ask ("who designed it (was it a consultant?)") is the person's
    # aside: its pronouns are theirs, never written out as the part's subject
    asides = [m.span() for m in re.finditer(r"\([^()]*\)", text)]
    refs = [r for r in refs if not any(a <= r.start < b for a, b in asides)]
    out = PartReferences(text=text)
    if places_only:
        out.left = [r for r in refs if not (r.kind == "place" or r.kind == "head" and _place_kind(r.head))]
        refs = [r for r in refs if r not in out.left]
    cands = candidates(context, message) if (refs or context) else []
    done: list[tuple[Reference, str]] = []
    for ref in refs:
        if ref.kind == "thing" and re.match(r"(?i)\s+(?:cost|costs|save|saved|saves|take|took|takes|achieve|achieved|mean|"
                                             r"meant|involve|involved)\b", text[ref.end:]) and re.search(
                                                 r"(?i)\b(?:did|does|will|would|has|had|much)\s*$", text[:ref.start]):
            from askfoi.story_antecedents import _action

            told = [x for x in context[-3:] if "?" not in x and not re.match(
                r"(?i)\W*(?:how|what|which|who|when|where|why|is|are|was|were|did|does|do|has|have|can|could)\b", x)]
            act = _action(told) if told else None  # "how much did it cost" after "the council closed the library"
            if act:
                done.append((ref, act))
                continue
        if ref.kind == "thing" and ref.words.lower() in ("this", "that"):
            out.left.append(ref)  # "how much did that cost" with no action told: what "that" is stays asked for
            continue
        kind = _place_kind(ref.head) if ref.kind == "head" else None
        if ref.kind == "head" and ref.head.lower() in ("junction", "crossroads", "crossing", "corner", "roundabout"):
            kind = "junction"  # lead50 (nc61 #4): "that junction": named by its two roads (story_parts.junction_named)
        if kind:  # "that road", "this school": the one name of that kind of place the message gives
            from askfoi.story_places import place_named

            if kind == "junction":
                from askfoi.story_parts import junction_named

                name = junction_named(message or " ".join(context))
                name = name if name and name.lower() not in text.lower() else None
            else:
                name = place_named(" ".join(context[-4:]), kind, exclude=text)
            before = re.findall(r"[A-Za-z]+", text[:ref.start])
            phrase = name if name and not ref.words.lower().startswith(("these", "those")) else None
            if phrase is None:
                out.left.append(ref)
            else:
                done.append((ref, phrase))
            continue
        role = _role_at(text, ref.start) if ref.kind in ("plural", "thing") else ""
        if role == "either":
            # lead50 (nc64 #5): a verb a device does as well as a body ("monitoring", "recording"): with people or a
            # named group as its object ("have they been monitoring dundee climate action") the doer is the body;
            # otherwise the pronoun is written as neither (left for the person)
            after = text[ref.end:]
            watched = re.search(r"(?:\s+\w+){1,2}?\s+(?:the\s+)?(?:[A-Z][\w'-]+|people|protesters?|protestors?|campaigners?|"
                                r"activists?|residents|journalists?|groups?|members|families|children|pupils|staff)\b", after)
            role = "agent" if watched else role
            if role == "either":
                out.left.append(ref)
                continue
        if ref.words.lower() == "they" and (_people_subject_before(text[:ref.start], message) or any(
                r.words.lower() == "they" and r.start < ref.start and not _body_word(p.split()[-1]) for r, p in done)):
            # a second "they" in one question is the first one's ("what did they give when they left"), written once
            continue  # lead32: "what reasons did the foster carers give when they left": the part's own subject, read there
        if role in ("agent", "owner"):
            # fr14a: the subject of what an organisation does ("what do they do"), or "their" before what it owns
            # ("their homes"): the body the message names or is about, never the nearest noun; asked when not sure
            body = _body(message, context, body_name)
            if body is None or role == "owner" and not _owned_by_body(text, ref, message):
                out.left.append(ref)
            else:
                owner = f"{body}'" if body.endswith("s") else f"{body}'s"
                if role == "owner" and body_name:
                    owner = "Your" if ref.words[:1].isupper() else "your"  # lead53: the letter speaks to the body it
                    # goes to ("about your housing backlog"), never "about the council's housing backlog"
                done.append((ref, body if role == "agent" else owner))
            continue
        if ref.kind == "thing" and _NEAR_IT.search(text[:ref.start]):
            # fx48 (nc47 #5): "houses near it" after "the no2 level on the high street": what is near is a place, so
            # "it" is the place the part before names (the widest one: the street, not the city in its name), never
            # a measure or a thing; left for a finding when no one place fits
            places = [x for x in cands if x.place and not x.plural and not x.people and not x.body and x.distance < 3]
            places = [x for x in places if x.distance == min(y.distance for y in places)]
            places = [x for x in places if not any(x is not y and x.phrase.lower() in y.phrase.lower() for y in places)]
            if len({x.phrase.lower() for x in places}) == 1 and places[0].phrase.lower() not in text.lower():
                done.append((ref, places[0].phrase))
            else:
                out.left.append(ref)
            continue
        if ref.kind == "place" and ref.words.lower() == "there" and message:
            # lead44: "my son was kept in an isolation room at his school in bradford ... how many pupils were kept
            # there": the place the story's own verb put someone in, not the town named last
            from askfoi.story_parts import _same_verb_place, story_places

            told = story_places(message, text)
            same = _same_verb_place(message, text, told)
            if not same and len(told) == 1:
                # "we live on the oakalls estate in bromsgrove ... reported there": the one place the story tells,
                # whole, where the name an officer would otherwise get is only the town it is in
                win = _winner(ref, cands)
                if win is not None and win.phrase.lower() in told[0].lower() and win.phrase.lower() != told[0].lower() \
                        and len(told[0].split()) > len(win.phrase.split()) + 1:
                    same = told
            before = re.findall(r"[A-Za-z]+", text[:ref.start])
            if same and not (before and before[-1].lower() in _PREPS):
                done.append((ref, same[0]))
                continue
        if role == "object" and ref.kind in ("plural", "thing") and _PAID.search(text[:ref.start]):
            # nx82 (nc76 #16): "how much does the council pay them": the one paid is a firm or people the message
            # names ("a contractor"), never a thing ("the verges") nor the body that pays; asked when not one
            payees = [x for x in cands if (x.people or x.body) and not _PAYER.match(x.head) and x.distance < 3]
            payees = [x for x in payees if x.distance == min(y.distance for y in payees)]
            if len({x.phrase.lower() for x in payees}) == 1 and payees[0].phrase.lower() not in text.lower():
                done.append((ref, payees[0].phrase))
            else:
                out.left.append(ref)
            continue
        c = _winner(ref, [x for x in cands if not (x.body or x.people or _body_word(x.head))] if role in ("thing", "object")
                    else cands)
        if c is not None and ref.kind == "place" and place_head(ref.words) and place_head(c.phrase) is None \
                and not re.search(r"\d", c.phrase):
            # lead53: "our street", "that estate" name a kind of place a town is wider than: never written as the
            # town the story is in ("for Sheffield"), asked for instead
            out.left.append(ref)
            continue
        phrase = _phrase_for(ref, c, text) if c is not None else None
        if phrase and ref.kind == "thing":
            from askfoi.story_antecedents import rule_object_mismatch

            if rule_object_mismatch(text[:ref.start], phrase):
                out.left.append(ref)  # nx99: "enforce it" is a rule's, never "the van" of the story
                continue
        if phrase and ref.kind == "head":
            tail = re.split(rf"(?i)\b{re.escape(c.head)}\b", phrase, maxsplit=1)[-1].strip()
            if tail and text[ref.end:].strip().lower().startswith(tail.lower()):
                continue  # "those complaints about rats": the part says already what the story said
        if phrase is None or phrase.lower() in text.lower() and ref.kind not in ("count",):
            out.left.append(ref)
            continue
        done.append((ref, phrase))
    if any(r.kind == "plural" for r, _ in done) and len({p for r, p in done if r.kind == "plural"}) == 1 \
            and sum(1 for r in refs if r.kind == "plural") > 1 and any(r.kind == "plural" for r in out.left):
        pass
    new = text
    for ref, phrase in sorted(done, key=lambda x: -x[0].start):
        if ref.start == 0 or re.match(r"[.?!]\s*$", new[:ref.start]):
            phrase = phrase[:1].upper() + phrase[1:]
        head = new[:ref.start]
        aux = re.search(r"(?i)\b(have|are|were|do)\s+$", head)
        if aux and ref.words.lower() == "they" and _body_word(phrase.split()[-1]) and not phrase.lower().endswith("s"):
            # lead33: "how many have they seized" -> "how many has the force seized" (one body: the verb agrees)
            from askfoi.kept_questions import _agree

            fixed = _agree(aux.group(1))
            head = head[:aux.start()] + (fixed[:1].upper() + fixed[1:] if aux.group(1)[:1].isupper() else fixed) + head[aux.end(1):]
        tail = new[ref.end:]
        if ref.words.lower() == "they" and _body_word(phrase.split()[-1]) and not phrase.lower().endswith("s") \
                and not re.search(r"(?i)\b(?:do|does|did|will|would|can|could|should|may|might|must|shall|have|has|had|"
                                  r"are|is|were|was)\s+$", head):
            # lead35: "whether they have enough nurses" -> "whether the trust has enough nurses": the verb after the
            # body agrees with it (a modal, a past tense or a verb after an auxiliary is left as it is)
            verb = re.match(r"\s+([A-Za-z']+)", tail)
            if verb and verb.group(1).lower() not in _MODALS:
                from askfoi.kept_questions import _agree

                tail = tail[:verb.start(1)] + _agree(verb.group(1)) + tail[verb.end(1):]
        new = head + phrase + tail
        out.resolved.insert(0, Resolution(part=text, reference=ref.words, phrase=phrase, text=""))
    if not refs and not out.left and context and not places_only:
        filled = _complement(new, context)
        if filled is not None:
            out.resolved.append(filled)
            new = filled.text
    for r in out.resolved:
        r.text = new
    out.text = new
    return out


def place_head(words: str) -> str | None:
    """The place noun WORDS end in ("that ward" -> "ward", "the estate" -> "estate"), or None: a kind of place
    (knowledge/vocab/part_references.yaml place_heads) that a letter must name."""
    found = re.findall(r"[a-z]+", (words or "").lower())
    return found[-1] if found and found[-1] in _vocab().place_heads else None


_MODALS = frozenset("will would can could should may might must shall did had was were".split())
_CHAT_WORDS = 120  # a message longer than this is read as a letter, not chat


def _context_of(part, k: int, parts: list, message: str) -> list[str]:
    """The sentences of MESSAGE before where PART (the K-th of PARTS) was asked, and the part before it."""
    sentences = _split_sentences(message)
    source = " ".join((part.source or part.text or "").split())
    probe = re.sub(r"^\W+", "", source)[:40].lower()
    at = None
    for i, sentence in enumerate(sentences):
        if probe and probe[:25] in sentence.lower():
            at = i
            break
    if at is None:  # the part was rewritten: the sentence sharing most of its words
        words = set(re.findall(r"[a-z]{3,}", source.lower()))
        best = max(range(len(sentences)), key=lambda i: len(words & set(re.findall(r"[a-z]{3,}", sentences[i].lower()))),
                   default=None)
        at = best if best is not None and words & set(re.findall(r"[a-z]{3,}", sentences[best].lower())) else len(sentences)
    context = [x for x in sentences[:at] if not re.match(r"(?i)\W*(?:dear|hi|hello|to\s+whom|good\s+(?:morning|afternoon))\b", x)]
    if k and parts[k - 1].text and not any(parts[k - 1].text[:30].lower() in s.lower() for s in context[-1:]):
        context = context + [parts[k - 1].source or parts[k - 1].text]
    return context


def resolve_part_references(framing, message: str) -> list[tuple[str, PartReferences]]:
    """Each part of FRAMING (askfoi.framing.Framing) of MESSAGE with its references written out where one candidate
    clearly wins: a part rendered from its frame through its subject (rendered again), a part kept in the person's
    words by replacing the reference. Returns (the part's text before, what was done) for each part that has any
    reference; what is left is for the story-reference finding."""
    from askfoi.framing import render_frame
    from askfoi.sentence_acts import formal_request

    # a formal letter's parts point at each other and at long preambles, where no one reading wins often enough
    # (judged by eye, fr13a): there only a place said by name ("there", "that road") is written out
    # a long letter told as prose (readers' letters) has many phrases of every kind: a second by-eye sample found most
    # of its written-out pronouns wrong, so it too only gets places by name; a message typed as chat gets all
    formal = formal_request(message) or len(re.findall(r"[A-Za-z']+", message)) > _CHAT_WORDS
    out: list[tuple[str, PartReferences]] = []
    body_name = framing.authority.name if getattr(framing, "authority", None) is not None else None
    for k, part in enumerate(framing.parts):
        if part.warning or part.kind == "personal_data" or not part.text:
            continue
        context = _context_of(part, k, framing.parts, message)
        before = part.text
        if part.kept_words or not part.subject:
            done = resolve(part.text, context, message=message, places_only=formal, body_name=body_name)
            if done.resolved:
                part.text = done.text
        else:
            done = PartReferences(text=part.text)
            for name in ("subject", "clause"):  # the frame's own words, rendered again by its template
                said = getattr(part, name) or ""
                got = resolve(said, context, message=message, places_only=formal, body_name=body_name) if said else None
                if got is None or not got.resolved:
                    continue
                setattr(part, name, got.text[:1].lower() + got.text[1:] if not got.text[:2].isupper() else got.text)
                done.resolved += got.resolved
            measure = (part.head or "").strip().lower()
            if not done.resolved and part.kind == "figure" and measure in _MEASURES and not formal \
                    and not re.search(r"(?i)\b(?:for|of|on|to|in|at)\b", part.subject or ""):
                # nx97: "... whats the longest wait": a measure framed with no complement takes the one the story gave
                # ("waiting nearly 2 years for a hip op"), as a kept question's does (`_complement`)
                filled = _complement(f"the {measure} {part.subject}", context)
                if filled is not None:
                    part.subject = filled.text[len(f"the {measure} "):]
                    done.resolved.append(filled)
                elif re.fullmatch(r"(?i)wait(?:ing)?\s+times?", part.subject or "") and k and not framing.parts[k - 1].kept_words \
                        and framing.parts[k - 1].kind == "count" and _waited_for(framing.parts[k - 1].subject or ""):
                    # "how many ambulances were called out to hmp leeds ... whats the average wait": the wait for the
                    # things just counted ("the average waiting time for ambulances"); people counted are the ones
                    # who wait, never what is waited for ("how many families are on the list"): left as it is
                    said = f"{part.subject} for {framing.parts[k - 1].subject}"
                    done.resolved.append(Resolution(part=before, reference=part.subject, phrase=said, text=""))
                    part.subject = said
            if done.resolved:
                part.text = render_frame(part)
                for r in done.resolved:
                    r.part, r.text = before, part.text
            rest = resolve(part.text, context, message=message, places_only=formal)  # what the template kept
            done.left = [r for r in rest.left if r.words.lower() not in {x.reference.lower() for x in done.resolved}]
        if part.text == before:
            done.resolved = []  # nothing the officer reads changed (a frame whose template does not say those words)
        if done.resolved or done.left:
            out.append((before, done))
    return out
