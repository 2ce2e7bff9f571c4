"""What a part in the person's own words is about, as a short noun phrase for the email's subject line.

A part kept whole ("How many times Kent Police used drones in 2023 and whether they have a policy on it?") has no
frame to give its subject. Its topic is found by shape, never by phrase lists for one sentence: the words are read as
runs of nouns and their modifiers (a word that can only be a verb, a function word or a number ends a run), the
organisation, the asking words and generic heads ("the number", "steps", "details", "officers") that begin a run are
no topic, and the first run left is the topic, with one "of/about/on ..." phrase after it when that phrase is a run of its own
("complaints about the noise", "policy on mobile phones"). A word that is a noun or a verb is read as a verb after a
doer ("the council pay", "they use") or an auxiliary ("did ... pay"). The word classes come from lemminflect; the
small closed lists live in knowledge/vocab/topic_phrases.yaml."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_WORD = re.compile(r"[A-Za-z\d][\w'/.-]*[A-Za-z\d]|[A-Za-z\d]|[^\sA-Za-z\d]")
_NUMBER = re.compile(r"\d[\d,.]*|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?")  # a count or a year: never the topic, skipped
_REFERENCE = re.compile(r"(?=.*\d)(?=.*[A-Za-z/])[\w/.-]+")  # "24/01234/FUL", "A38": a name of a thing


@functools.lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    data, _ = load_vocab("topic_phrases")
    data = data if isinstance(data, dict) else {}
    return {key: frozenset(str(w).lower() for w in (data.get(key) or [])) for key in
            ("function_words", "doers", "auxiliaries", "generic_heads", "body_words", "links", "time_words",
             "about_words", "determiners", "people_heads")}


def _classes(word: str) -> set[str]:
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word.lower()))


def _nominal(word: str, after_doer: bool) -> bool:
    """WORD can stand in a noun phrase here: a noun, an adjective, an unknown word (a name, "streetlight"); a word
    that is a noun or a verb is a verb straight after a doer or an auxiliary."""
    low = word.lower()
    v = _vocab()
    if _REFERENCE.fullmatch(word) or _NUMBER.fullmatch(word):
        return True  # a reference ("24/01234/FUL") or a number kept because it names a thing ("999 calls")
    if not re.fullmatch(r"[A-Za-z][A-Za-z'\-]*", word) or low in v["function_words"] or low in v["auxiliaries"] \
            or low in v["time_words"] or low in v["links"]:
        return False
    if word[0].isupper() and word[1:].islower() is False and len(word) > 1 and word.isupper():
        return True  # an abbreviation: CCTV, ANPR
    classes = _classes(word)
    if not classes:
        return True
    if classes <= {"VERB", "ADV", "AUX"}:
        return False
    if "VERB" in classes and after_doer:
        return False
    return bool(classes & {"NOUN", "ADJ", "PROPN"})


def _modifier(word: str, following: str | None, after_doer: bool) -> bool:
    """A verb form that modifies the noun after it: "body worn cameras", "missed bin collections", "parking
    changes" (a participle or -ing form, not after a doer: "the council closed libraries" has a verb)."""
    if after_doer or following is None or not re.fullmatch(r"[a-z][a-z'\-]*", word.lower()):
        return False
    low = word.lower()
    if not _classes(word) <= {"VERB", "ADJ"} or not _participle(low):
        return False
    return _nominal(following, False) and following.lower() not in _vocab()["links"]


def _participle(low: str) -> bool:
    """LOW is a past participle or an -ing form of a verb ("worn", "missed", "parking")."""
    from lemminflect import getAllLemmas, getInflection

    return any(low in getInflection(lemma, tag) for lemma in getAllLemmas(low).get("VERB", ()) for tag in ("VBN", "VBG"))


def _runs(words: list[str], body: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of nominal words; the organisation's words and body words end a run."""
    v = _vocab()
    runs, start, after_doer = [], None, False
    for i, word in enumerate(words):
        low = word.lower()
        following = words[i + 1] if i + 1 < len(words) else None
        # "which companies supply the cameras": a noun-or-verb word after a plural noun, before a determiner, is a verb
        verb_after_plural = start is not None and i and "VERB" in _classes(word) and words[i - 1].lower().endswith("s") \
            and (following or "").lower() in v["determiners"]
        ok = (_nominal(word, after_doer) or _modifier(word, following, after_doer)) and not verb_after_plural \
            and low not in body and not word.startswith("[")
        if ok and start is None:
            start = i
        if not ok and start is not None:
            runs.append((start, i))
            start = None
        # "the council pay", "did they pay", "going to close": a noun-or-verb word next is the verb
        # a body word is a doer after "the" or in the organisation's name ("the council pay"), not in "council tax"
        named_body = low in body or (low in v["body_words"] and i and words[i - 1].lower() in v["determiners"])
        after_doer = low in v["doers"] or low in v["auxiliaries"] or named_body or low == "to"
    if start is not None:
        runs.append((start, len(words)))
    return runs


def _noun_head(word: str) -> bool:
    """WORD can end a noun phrase: a noun, a name or abbreviation lemminflect does not know, a reference."""
    classes = _classes(word)
    return not classes or "NOUN" in classes or "PROPN" in classes or word.isupper() or bool(_REFERENCE.fullmatch(word))


def generic_head(phrase: str) -> bool:
    """PHRASE begins with a word that says nothing of the topic ("minutes", "copies of ...", "the number of ...")."""
    words = [w.lower() for w in _WORD.findall(phrase) if w.lower() not in _vocab()["determiners"]]
    return bool(words) and words[0] in _vocab()["generic_heads"]


def names_something(phrase: str | None) -> bool:
    """nx67 (nc64 #14): whether PHRASE, a subject line's topic, names something: at least one word that is not a
    function word, a word that says nothing of the topic alone ("people", "times", "cases"), the organisation, a time
    word or a number; never a fragment cut from a part: a number with letters on it alone ("18s", "1990s"), a
    possessive alone ("council's")."""
    v = _vocab()
    words = [w.lower() for w in _WORD.findall(phrase or "") if re.match(r"[A-Za-z\d]", w)]
    if len(words) == 1 and re.fullmatch(r"\d[\d,.]*[a-z']*", words[0]):
        return False
    # nx70 (nc67 #9): nor only the people counted ("kids", "pupils", "residents"): "pupils excluded" names something
    said = [w for w in words if w not in v["function_words"] and w not in v["generic_heads"] and w not in v["body_words"]
            and w not in v["time_words"] and w not in v["people_heads"] and not _NUMBER.fullmatch(w)]
    return bool(said) and not all(re.search(r"['\u2019]s$", w) for w in said)


def starts_as_noun(phrase: str) -> bool:
    """PHRASE begins as a noun phrase does ("CCTV cameras", "the bins"), not as a verb phrase ("not been fixed")."""
    words = [w for w in _WORD.findall(phrase) if w.lower() not in ("the", "a", "an", "any", "all", "each", "every")]
    if not words:
        return False
    first, low = words[0], words[0].lower()
    if low in _vocab()["function_words"] or low in _vocab()["auxiliaries"] or low in _vocab()["links"]:
        return False
    classes = _classes(first)
    return not classes or bool(classes & {"NOUN", "ADJ", "PROPN"}) or first.isupper() or bool(_NUMBER.fullmatch(first)) \
        or _participle(low)


def part_topic(part: str, authority: str | None = None) -> str | None:
    """A short noun phrase saying what PART (a request part in the person's words) is about, or None."""
    v = _vocab()
    v = _vocab()
    every = _WORD.findall(re.sub(r"\[[^\]]*\]", " ", part))  # "[PARENT'S NAME]": a placeholder is no topic
    # a count or a year is never the topic and is skipped, but a number that names a thing stays ("999 calls")
    words = [w for i, w in enumerate(every) if not _NUMBER.fullmatch(w) or (
        not re.fullmatch(r"(?:19|20)\d\d.*", w) and i + 1 < len(every) and _noun_head(every[i + 1])
        and every[i + 1].lower() not in v["generic_heads"] and every[i + 1].lower() not in v["time_words"])]
    body = set(re.findall(r"[a-z]+", (authority or "").lower())) - v["function_words"]
    runs = _runs(words, body)
    lows = [w.lower() for w in words]
    if "between" in lows:  # "emails between officers and Veolia about missed collections": the parties are no topic
        about = next((i for i in range(lows.index("between"), len(lows)) if lows[i] in v["about_words"]), None)
        if about is not None:
            runs = [r for r in runs if r[0] > about] or runs
    for k, (a, b) in enumerate(runs):
        while b > a and not _noun_head(words[b - 1]):
            b -= 1  # a noun phrase ends in its noun: "plastic recycled broken (down)" is "plastic"
        head = [w for w in words[a:b]]
        while head and head[0].lower() in v["generic_heads"]:
            head.pop(0)
        if not head or all(w.lower() in v["generic_heads"] or w.lower() in v["body_words"] for w in head):
            continue  # "the council", "the school": the organisation, no topic ("council tax" is one)
        phrase = [_case(w, a + j == 0) for j, w in enumerate(head)]
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        link = words[b].lower() if b < len(words) else ""
        if nxt and link in v["links"] and (nxt[0] == b + 1 or (nxt[0] == b + 2 and words[b + 1].lower() in ("the", "a", "an"))):
            extra = words[b:nxt[1]]
            if len(phrase) + len(extra) <= 6:
                phrase += [_case(w, False) for w in extra]
        text = " ".join(phrase)
        if len(text) >= 3:
            return text
    return None


def _case(word: str, first: bool) -> str:
    """The part's first word, capitalised only because it begins the sentence, is written small when it is a word
    lemminflect knows ("Drones were ..."); every other word keeps the person's capitals ("Mill Lane")."""
    return word.lower() if first and word[:1].isupper() and word[1:].islower() and _classes(word) else word
