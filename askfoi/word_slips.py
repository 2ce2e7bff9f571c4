"""Words typed for another word that sounds the same, read as the word meant (issue 8, fr25b).

People typing as they speak write "there" for "their" ("what is there policy", "in there care homes"), "where" for
"were" ("how many officers where sacked"), "were" for "where" ("were is the money going") and acronyms in lower case
that are also a common word ("how many kids had send"). Framing reads a clause's role by its grammar, so a slip left
in place makes an ask unreadable ("What is there target?" kept as typed; "send" corrected to "sent"). Each slip is
read only where the words around it leave one reading; the word lists are data (knowledge/vocab/word_slips.yaml).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Slips:
    there_ok: frozenset[str]
    there_after: tuple[str, ...]
    participles: frozenset[str]
    participle_then: frozenset[str]
    were_before: frozenset[str]
    were_after: tuple[str, ...]
    were_subjects: frozenset[str]
    acronyms: dict[str, tuple[str, frozenset[str], frozenset[str]]]
    particles: frozenset[str] = frozenset()
    whats_perfect: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _slips() -> _Slips:
    data, _ = load_vocab("word_slips")
    data = data if isinstance(data, dict) else {}
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    acronyms = {}
    for word, entry in (data.get("acronyms") or {}).items():
        if isinstance(entry, dict) and entry.get("as"):
            acronyms[str(word).lower()] = (str(entry["as"]), frozenset(str(w).lower() for w in entry.get("before") or []),
                                           frozenset(str(w).lower() for w in entry.get("after") or []))
    return _Slips(low("there_before_ok"), tuple(sorted(low("there_after"), key=len, reverse=True)), low("participles"),
                  low("participle_then"), low("were_where_before"),
                  tuple(sorted(low("were_where_after"), key=len, reverse=True)), low("were_where_subjects"), acronyms,
                  low("phrasal_particles"), low("whats_perfect"))


def _phrase(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)


def _next_word(text: str, at: int) -> str:
    m = re.match(r"\s*([A-Za-z'\u2019]+|[^\sA-Za-z])?", text[at:])
    return (m.group(1) or "end").lower() if m else "end"


_WHATS = re.compile(r"(?i)(?<![\w'\u2019])(?P<what>what)(?:'|\u2019)?s(?=\s+(?:the|their|there|its|your|his|her|our|this|that)\s"
                    r"+(?P<np>[^.?!;,\n]*))")


def _whats(text: str) -> str:
    """fx57 (nc55 #1c): "whats there policy", "what's the criteria": "what is", so the ask reads as "what is the
    policy" does. Never where the clause has a perfect's participle ("what's the council done"): that is "what has"."""
    perfect = set(_slips().whats_perfect)

    def put(m: re.Match[str]) -> str:
        if set(re.findall(r"[a-z]+", m.group("np").lower())) & perfect:
            return m.group()
        return m.group("what") + " is"

    return _WHATS.sub(put, text)


def _their(text: str) -> str:
    s = _slips()
    pattern = re.compile(rf"(?i)(?<![\w'\u2019])(?P<before>{_phrase(s.there_after)})\s+(?P<there>there)(?=\s+[A-Za-z])")

    def put(m: re.Match[str]) -> str:
        nxt = _next_word(text, m.end())
        if nxt in s.there_ok or nxt.endswith(("'s", "\u2019s", "ly")) or nxt == "end":
            return m.group()
        there = m.group("there")
        return m.group()[: m.start("there") - m.start()] + ("Their" if there[0].isupper() else "their")

    return pattern.sub(put, text)


def typed_slips(text: str) -> list[tuple[str, str]]:
    """lf61 (nc58 #13): the slips of TEXT framing reads as the word meant, as (as typed, meant) pairs to offer the
    person (never applied without asking): "there" where only the possessive reads, said with the word after it
    ("there policy" -> "their policy": only that place changes), and a negative typed without its apostrophe
    ("wasnt" -> "wasn't", knowledge/vocab/word_slips.yaml apostrophes)."""
    s = _slips()
    out: list[tuple[str, str]] = []
    pattern = re.compile(rf"(?i)(?<![\w'\u2019])(?:{_phrase(s.there_after)})\s+(?P<there>there)\s+(?P<next>[A-Za-z][\w'\u2019-]*)")
    for m in pattern.finditer(text or ""):
        nxt = m.group("next").lower()
        if nxt in s.there_ok or nxt.endswith(("'s", "\u2019s", "ly")):
            continue
        there = m.group("there")
        pair = (f"{there} {m.group('next')}", f"{'Their' if there[0].isupper() else 'their'} {m.group('next')}")
        if pair not in out:
            out.append(pair)
    data, _ = load_vocab("word_slips")
    marks = {str(k).lower(): str(v) for k, v in ((data or {}).get("apostrophes") or {}).items()} if isinstance(data, dict) else {}
    for m in re.finditer(r"(?i)(?<![\w'\u2019])[a-z]+(?![\w'\u2019])", text or ""):
        meant = marks.get(m.group().lower())
        if meant and not any(t.lower() == m.group().lower() for t, _ in out):
            out.append((m.group().lower(), meant))
    return out


def _participle(word: str) -> bool:
    s = _slips()
    return word in s.participles or (len(word) > 4 and word.endswith("ed") and word not in ("need", "seed", "feed", "breed",
                                                                                          "speed", "proceed", "succeed"))


def _were(text: str) -> str:
    s = _slips()

    def put(m: re.Match[str]) -> str:
        part = m.group("part").lower()
        if not _participle(part):
            return m.group()
        if _next_word(text, m.end()) not in s.participle_then | {"end", ".", ",", "?", "!", ";", ":", ")"}:
            return m.group()  # "the cases where excluded pupils ...": the participle describes a noun, "where" is where
        prev = text[max(0, m.start() - 40): m.start()].lower()
        if re.search(r"(?:\b(?:in|from|to|at|of|on|by|places?|areas?|cases?|incidents?|times?|occasions?|situations?|"
                     r"instances?)|[,.;:?!(\[\-\u2013\u2022*])\s*$", prev) or not prev.strip():
            return m.group()  # "incidents where reported ...", "in cases where ...": a relative "where"; fr31: "(where
            # recorded)", "- Where known, ...": a condition in a formal list
        where = m.group("where")
        return ("Were" if where[0].isupper() else "were") + m.group()[len(where):]

    return re.sub(r"(?i)(?<![\w'\u2019])(?P<where>where)\s+(?P<part>[a-z]+)\b", put, text)


def _where(text: str) -> str:
    s = _slips()
    before = "|".join(re.escape(w) for w in sorted(s.were_before))
    subjects = "|".join(re.escape(w) for w in sorted(s.were_subjects))

    def cap(m: re.Match[str]) -> str:
        were = m.group("were")
        return m.group()[: m.start("were") - m.start()] + ("Where" if were[0].isupper() else "where") \
            + m.group()[m.end("were") - m.start():]

    # "were is the money going": a clause cannot open with "were" before "is"
    text = re.sub(rf"(?i)(?:^|(?<=[.?!,;:\n]))(?P<lead>\s*(?:(?:and|so|but|also|hi|hello)\s+)?)(?P<were>were)\s+(?:{before})\b",
                  cap, text)
    # "tell me were the money went": a verb of knowing, then "were", then the clause's subject and its verb
    return re.sub(rf"(?i)\b(?:{_phrase(s.were_after)})\s+(?P<were>were)\s+(?:{subjects})\s+[a-z]+\s+"
                  r"(?:is|are|was|goes|went|go|gone|going|comes|came|spent|spend|spends|kept|held|stored|from)\b", cap, text)


def _acronyms(text: str) -> str:
    for word, (written, before, after) in _slips().acronyms.items():
        def put(m: re.Match[str], written: str = written, before: frozenset[str] = before,
                after: frozenset[str] = after) -> str:
            prev = re.search(r"([A-Za-z']+)\s+$", text[: m.start()])
            if not prev or prev.group(1).lower() not in before:
                return m.group()
            if _next_word(text, m.end()) not in after:
                return m.group()
            return written

        text = re.sub(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", put, text)
    return text


# ny79 (nc79 #1): "those phone tracking things at protests, the imsi catchers": a vague kind the person names just
# after it (an appositive "the <name>"): the name takes the vague words' place, the words between them stay
_VAGUE_NAMED = re.compile(
    r"(?i)\b(?:these|those|them|the)\s+(?:[a-z-]+\s+){0,3}?(?:things?|thingies|thingys|stuff|gadgets?|doodahs?|whatsits?)"
    r"(?P<between>(?:\s+(?!the\b)[a-z-]+){0,4}?)\s*,\s*(?:the|those|these)\s+(?P<name>(?:[a-z-]+\s+){0,2}[a-z-]+)"
    r"(?=\s*(?:[,?.!;)]|$|\s+(?:because|as|since|cos|coz|and|but|so)\b))")


def vague_kind_named(text: str) -> str:
    """TEXT with a vague kind the person names just after it ("those phone tracking things at protests, the imsi
    catchers") written as its name ("imsi catchers at protests"), so the part asks about the named thing."""
    return _VAGUE_NAMED.sub(lambda m: f"{m.group('name')}{m.group('between')}", text or "")


@functools.lru_cache(maxsize=1)
def _names() -> tuple[tuple[re.Pattern[str], str], ...]:
    data, _ = load_vocab("everyday_names")
    names = (data.get("names") if isinstance(data, dict) else None) or {}
    return tuple((re.compile(rf"(?i)(?<![\w'\u2019&-])(?:{typed})(?![\w'\u2019&-])"), str(written))
                 for typed, written in names.items())


def everyday_names(text: str) -> str:
    """lf58: TEXT with the everyday names of benefits, services and things written as they are named ("universal
    credits" -> "universal credit", "esa" -> "ESA", "tasers" -> "Tasers"; knowledge/vocab/everyday_names.yaml), so a
    name reaches parts whole: never inflected, split or dropped as a word no dictionary knows. Capitals the person
    typed are kept ("Universal Credits" -> "Universal Credit")."""
    def put(m: re.Match[str], written: str) -> str:
        typed = m.group(0)
        if not written.islower() or typed.islower():
            return written
        words = typed.split()  # the person's capitals are kept: "Universal Credits" -> "Universal Credit"
        if all(w[:1].isupper() for w in words):
            return " ".join(w[:1].upper() + w[1:] for w in written.split())
        return written[:1].upper() + written[1:] if typed[:1].isupper() else written

    for pattern, written in _names():
        text = pattern.sub(lambda m, written=written: put(m, written), text)
    return text


@functools.lru_cache(maxsize=1)
def written_names() -> str:
    """lf58: a regular expression for the everyday names of more than one word as written ("Council Tax Reduction"),
    for a tokenizer that keeps a name one token: a name is one thing, never a noun phrase to cut at "tax"."""
    many = sorted({w for _, w in _names() if " " in w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in many) or r"(?!x)x"


def _how_much(text: str) -> str:
    """"hows much money", "how's many": "how is" cannot stand before "much" or "many", so the "s" is a slip."""
    return re.sub(r"(?i)(?<![\w'\u2019])(how)(?:['\u2019]?s)\s+(much|many)\b", r"\1 \2", text)


def text_speak_word(low: str) -> str | None:
    """fr27b: the word meant by the text-speak word LOW (lower case): spelling_words.yaml shorthand ("ppl" -> "people";
    never a one-letter word), or a dropped g ("waitin" -> "waiting": no English word itself, and the word with its g
    is one); None otherwise."""
    from askfoi.spelling import _known, _shorthand

    if len(low) > 1 and low in _shorthand():
        return _shorthand()[low]
    if len(low) >= 5 and low.endswith("in") and not _known(low) and _known(low + "g"):
        return low + "g"
    return None


_SPEAK_WORD = re.compile(r"(?<![\w&'\u2019/@.-])([A-Za-z][A-Za-z0-9]*(?:/[a-z])?)(?![\w&'\u2019/@-])")


def read_text_speak(text: str) -> str:
    """fr27b: TEXT with text-speak written out ("ppl waitin ages" -> "people waiting ages", "hw many kids r excluded"
    -> "how many kids are excluded"): whole words typed in lower case only (a capitalised word may be a name), and
    "u" / "r" only between two words ("can u tell me", "kids r excluded"), never as a list label ("r)")."""
    if not text:
        return text

    def put(m: re.Match[str]) -> str:
        word = m.group(1)
        if word != word.lower():
            return word
        if word in ("u", "r", "n"):
            before, after = text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 2]
            if re.fullmatch(r"[a-z] " if word != "n" else r"[a-z,] ", before) and re.fullmatch(r" [a-z]", after):
                return {"u": "you", "r": "are", "n": "and"}[word]  # fx50: "stop n search", "race n age"
            return word
        meant = text_speak_word(word)
        if meant and not meant.endswith("s") and _OWNED_AFTER.search(text[:m.start()]) and _noun_only(text[m.end():]):
            return meant + "'s"  # fx48: "my kids school": the children's school (a plural with no s owns with 's)
        return meant or word

    text = _SPEAK_WORD.sub(put, text)
    # fx50 (nc49 #9): "figs 4 south wales police": "4" after a word for figures or records is "for" (never a count:
    # "top 4 earners", "4 weeks" stay)
    return _FOUR_FOR.sub(lambda m: m.group(1) + " for", text)


_FOUR_FOR = re.compile(r"(?i)\b(figures|figs|stats|statistics|numbers|data|info|information|details|records)\s+4(?=\s+[a-z])")


_OWNED_AFTER = re.compile(r"(?i)\b(?:my|our|his|her|their|your|the)\s+$")


def _noun_only(after: str) -> bool:
    """The word that starts AFTER is a noun that is no verb ("school", "nursery"), so the word before it owns it."""
    from lemminflect import getAllLemmas

    m = re.match(r"\s+([a-z]+)\b", after or "")
    if not m:
        return False
    lemmas = getAllLemmas(m.group(1))
    if m.group(1) in _school_words():
        return True  # "my kids school": a school (also a verb, never one after a plural's owner)
    return bool(lemmas.get("NOUN")) and not lemmas.get("VERB") and not lemmas.get("AUX")


@functools.lru_cache(maxsize=1)
def _school_words() -> frozenset[str]:
    """The one-word names for schools (knowledge/vocab/period_kinds.yaml academic context_words)."""
    from askfoi.periods import _kinds

    kind = _kinds().get("academic")
    return frozenset(w for w in (kind.context_words if kind else []) if " " not in w)


def read_as_meant(text: str) -> str:
    """TEXT with sound-alike slips read as the word meant ("what is there policy" -> "what is their policy", "how
    many officers where sacked" -> "were sacked", "were is the money going" -> "where is", "kids had send" -> "kids
    had SEND", "hows much" -> "how much"), each only where the words around it leave that reading (knowledge/vocab/word_slips.yaml)."""
    if not text:
        return text
    for step in (_whats, _their, _were, _where, _acronyms, everyday_names, _how_much, _y_inflections, _phrasal_nouns,
                 _its_doing, _bodys_own):
        text = step(text)
    return text


# nx91: "hampshire polices anpr cameras", "leeds city councils budget": a body's possessive typed without its
# apostrophe ("Hampshire Police's cameras"), read as the body's own things so the body is found; "who polices the
# area" (a verb after a pronoun, before a determiner) and "how many councils in kent" (a plural before a preposition,
# an auxiliary or a determiner) are left as typed
_BODYS_OWN = re.compile(r"(?i)(?<![\w'\u2019-])(?!(?:who|that|which|it|he|she|they|and|or)\s)([a-z][\w-]*\s+)"
                        r"(police|(?:city|county|borough|district|metropolitan\s+borough)\s+council)s(?=\s+(?!(?:the|a|an|this|that|"
                        r"these|those|our|their|its|in|on|at|of|for|to|by|with|from|across|and|or|are|were|have|has|had|do|did|"
                        r"does|who|which|that|will|would|can|could|should|may|might)\b)[a-z])")


def _bodys_own(text: str) -> str:
    return _BODYS_OWN.sub(lambda m: f"{m.group(1)}{m.group(2)}'s", _BODY_PLURAL.sub(r"\1\2", text))


# nx94: "do west yorkshire polices have body cameras", "does kent county councils use bailiffs": a named body typed as a
# plural before its verb is the body ("West Yorkshire Police have"); "polices" is no plural of a force, and a place's
# own council is one body; "how many county councils have", "the borough councils in kent use" (a determiner or a
# number before it) and "who polices the area" are left as typed
_BODY_PLURAL = re.compile(r"(?i)(?<![\w'\u2019-])(?!(?:who|that|which|it|he|she|they|and|or|the|a|an|any|all|many|most|some|"
                          r"other|these|those|how|what|which|two|three|several|both|each|every|no|of|in|for|by)\s)"
                          r"([a-z][\w-]*\s+)(police|(?:city|county|borough|district|metropolitan\s+borough)\s+council)s"
                          r"(?=\s+(?:have|has|use|uses|do|does|did|hold|holds|keep|keeps|own|owns|employ|employs|pay|pays|"
                          r"spend|spends|spent|record|records|operate|operates|still|currently|ever)\b)")


# lead50 (nc64 #3): "how much its costing the council", "its taking months": "its" before a verb in -ing that takes an
# object or a particle is "it's" (it is) typed without the apostrophe; "its spending on roads" (a possessive before a
# noun in -ing and a preposition) is left as typed
_ITS_DOING = re.compile(r"(?i)\b(it)s(\s+)([a-z]{2,}ing)(?=\s+(?:(?:the|a|an|us|me|them|him|her|you|up|down|out|over|off|"
                        r"months|weeks|years|ages|forever|longer|so|too|far|more|less|much|millions|thousands)\b|[\d£]))")


def _its_doing(text: str) -> str:
    from lemminflect import getAllLemmas

    def put(m: re.Match[str]) -> str:
        lemmas = getAllLemmas(m.group(3).lower())
        return f"{m.group(1)} is{m.group(2)}{m.group(3)}" if "VERB" in lemmas else m.group(0)

    return _ITS_DOING.sub(put, text)


_Y_INFLECTED = re.compile(r"(?<![\w'\u2019-])([a-z]{2,}[b-df-hj-np-tv-z])y(s|ed)(?![\w'\u2019-])")


def _y_inflections(text: str) -> str:
    """ck30: a word ending in a consonant and "y" inflected as if regular ("companys", "agencys", "supplyed",
    "denyed"): the "-ies"/"-ied" form meant, when English knows that form and not the typed one. Lower case only (a
    capitalised word may be a name: "Gladys"), and nothing else is changed."""
    from askfoi.spelling import _speller

    def put(m: re.Match[str]) -> str:
        typed = m.group(0)
        meant = m.group(1) + ("ies" if m.group(2) == "s" else "ied")
        speller = _speller()
        if speller.known([typed]) or not speller.known([meant]):
            return typed
        return meant

    return _Y_INFLECTED.sub(put, text)


def _phrasal_nouns(text: str) -> str:
    """lead37: a verb and its plural particle typed apart ("car break ins", "school drop offs") joined by the hyphen the
    noun takes ("break-ins"): the particle in -s cannot follow a verb's base form in English, so there is one reading.
    Lower case only, never "ins and outs"."""
    particles = _slips().particles
    if not particles:
        return text
    from askfoi.story_antecedents import _pos

    alt = "|".join(sorted(re.escape(p) for p in particles))

    def put(m: re.Match[str]) -> str:
        if m.group(1) not in _pos(m.group(1)).get("VERB", ()) or re.match(r"\s+and\s+outs\b", text[m.end():]):
            return m.group()
        return f"{m.group(1)}-{m.group(2)}"

    return re.sub(rf"(?<![\w'\u2019-])([a-z]{{2,}})\s+({alt})(?![\w'\u2019-])", put, text)
