"""Place names typed in lower case given their capitals ("the drains on elm park" -> "the drains on Elm Park",
"st marys primary in swindon" -> "St Marys Primary in swindon"; the town itself is capitalised by the place lists).

A place name is read by its shape, not looked up: a run of one to three lower-case words after a preposition of
place ("on", "at", "near" ...) that ends in a word naming a kind of place ("park", "road", "primary") and has a word
of its own before it ("elm park", not "the car park" nor "our local school"), or a run that opens with "st" /
"saint". The word lists are data (knowledge/vocab/place_capitals.yaml).
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    data = _data()
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    heads = tuple(sorted((tuple(str(h).lower().split()) for h in data.get("heads") or []), key=len, reverse=True))
    return low("prepositions"), heads, low("openers"), low("generic") | low("owners")


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    data, _ = load_vocab("place_capitals")
    return data if isinstance(data, dict) else {}


def _low(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _data().get(key) or [])


def _head_at(words: list[str], k: int) -> int:
    """The number of words of a place head ending the run at K (0 when none)."""
    _, heads, _, _ = _lists()
    for head in heads:
        n = len(head)
        if k - n + 1 >= 0 and tuple(w.lower() for w in words[k - n + 1: k + 1]) == head:
            return n
    return 0


def _run(words: list[str], start: int) -> int:
    """The length of a place name starting at START in WORDS (0 when none there)."""
    _, _, openers, generic = _lists()
    for end in range(min(len(words), start + 4) - 1, start - 1, -1):
        run = words[start: end + 1]
        if not all(re.fullmatch(r"[a-z][a-z'\u2019-]*", w) for w in run):
            continue
        n = _head_at(words, end)
        if not n or end - n + 1 <= start and run[0] not in openers:
            continue  # the head alone ("on park") is no name
        if any(w in _low("never_inside") for w in run):
            continue
        if no_name(run, len(run) - n):
            continue  # nx101 (nc100 j1): "rules on filming peoples gardens": a verb with its object, no name
        own = [w for w in run[: len(run) - n] if w not in generic]
        if run[0] in openers or (own and run[0] not in generic):
            return len(run)
    return 0


def no_name(words: list[str], head_at: int) -> bool:
    """nx101 (nc100 j1): WORDS (lower case) before a place's head at HEAD_AT say what is done or whose it is, so they
    name no place: an -ing verb with more words after it ("filming private gardens") or an owner typed without its
    apostrophe ("peoples gardens")."""
    return any(_doing(w) for w in words[: max(head_at - 1, 0)]) or any(w in _low("owners") for w in words[:head_at])


def _doing(word: str) -> bool:
    """nx101: WORD is the -ing form of a verb and nothing else ("filming", "fencing", never "building", "reading"):
    followed by more words before a place's head it is an act done to them ("filming private gardens"), while right
    before the head it may be a name ("Bowling Green", "Barking Road")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return bool(lemmas.get("VERB")) and word not in lemmas.get("VERB", ()) and not lemmas.get("NOUN") and not lemmas.get("PROPN")


def _name_tail(words: list[str], k: int) -> bool:
    """nx79: the word at K ends the place name just read ("road east", "street upper"): a word of the data's
    `name_tails` at the run's end, never a direction that goes on ("london road north of the river")."""
    if k >= len(words) or words[k].rstrip(",.;:?!").lower() not in _low("name_tails") or not words[k][:1].islower():
        return False
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    return after not in ("of", "side", "end", "bound", "facing") and not words[k].endswith("-")


def capitalise_places(text: str | None, *, bare: bool = False) -> str | None:
    """TEXT with the place names typed in lower case after a preposition of place given their capitals; BARE: TEXT
    is itself a place ("elm park"), read from its start too."""
    if not text:
        return text
    preps, _, openers, _ = _lists()
    pieces = re.split(r"(\s+)", text)
    words = [p for p in pieces[::2]]
    out = list(words)
    k = 0
    while k < len(words):
        before = words[k - 1].lower() if k else ""
        if before in _low("determiners") and k > 1:
            before = words[k - 2].lower()  # "on the elm park estate"
        if (k == 0 and bare) or before in preps or words[k].lower() in openers:
            n = _run([w.rstrip(",.;:?!") for w in words], k)
            if n:
                for j in range(k, k + n):
                    stripped = words[j]
                    out[j] = stripped[:1].upper() + stripped[1:]
                k += n
                if _name_tail(words, k):  # nx79 (nc76 #17): "cowbridge road east", "high street west": the name's own
                    out[k] = words[k][:1].upper() + words[k][1:]
                    k += 1
                continue
        if (before in preps or before in _low("name_preps") or (k == 0 and bare)) and words[k].lower() in _low("front_heads") \
                and k + 1 < len(words):
            name = words[k + 1].rstrip(",.;:?!")
            if re.fullmatch(r"[a-z][a-z'\u2019-]+", name) and name not in _lists()[3] and name not in _low("never_inside") \
                    and name not in _low("front_not_names"):
                # lead40: "into the river clyde", "near loch lomond": a kind of place named before its own name
                out[k] = words[k][:1].upper() + words[k][1:]
                out[k + 1] = words[k + 1][:1].upper() + words[k + 1][1:]
                k += 2
                continue
        k += 1
    pieces[::2] = out
    return _named_tails("".join(pieces))


def _named_tails(text: str) -> str:
    """nx79 (nc76 #17): a road's name written with its capitals keeps them to its end ("Cowbridge Road east" ->
    "Cowbridge Road East"): a `name_tails` word after a capitalised head that follows a capitalised word."""
    _, heads, _, _ = _lists()
    tails = _low("name_tails")
    if not tails or not heads:
        return text
    head = "|".join(r"\s+".join(w.capitalize() for w in h) for h in heads)
    tail = "|".join(sorted(tails, key=len, reverse=True))
    return re.sub(rf"(\b[A-Z][\w'\u2019-]*\s+(?:{head})\s+)({tail})\b(?!-|\s+(?:of|side|end|bound|facing)\b)",
                  lambda m: m.group(1) + m.group(2).capitalize(), text)


def capitalise_welsh_names(text: str | None) -> str | None:
    """(fx47) TEXT with a Welsh name typed in lower case given its capitals: an opener of `welsh_openers` followed by
    the words of the name ("ysgol gymraeg pwll coch" -> "Ysgol Gymraeg Pwll Coch", "ysgol y graig" -> "Ysgol y Graig");
    a word typed with a capital stays as typed, and the name stops at the first English word ("at ysgol gyfun in
    2023": "Ysgol Gyfun in 2023")."""
    if not text:
        return text
    data = _data()
    openers = frozenset(str(w).lower() for w in data.get("welsh_openers") or [])
    small = frozenset(str(w).lower() for w in data.get("welsh_small") or [])
    if not openers or not re.search(r"(?i)\b(?:" + "|".join(map(re.escape, sorted(openers))) + r")\b", text):
        return text
    from askfoi.spelling import RARE, _other_language, _speller

    welsh, _ = _other_language()
    counts = _speller().word_frequency

    def english(low: str) -> bool:  # a common English word, not one of a Welsh name ("in", "school"; not "graig")
        if len(low) <= 2:
            return low not in small  # "on", "in", "at": English; "y", "yr": Welsh
        return low not in welsh and counts[low] >= RARE // 3

    def one(m: re.Match) -> str:
        if m.group("opener").lower() not in openers:
            return m.group(0)
        pieces = re.split(r"(\s+)", m.group("rest"))
        out, named = [], 0
        for k, piece in enumerate(pieces):
            if not piece.strip():
                out.append(piece)
                continue
            low = piece.lower()
            if low in small and k + 2 < len(pieces) and not english(pieces[k + 2].lower()):
                out.append(piece)  # "ysgol y graig": the article inside the name stays small
                continue
            if english(low) or low in small:
                out.append("".join(pieces[k:]))  # the first English word ends the name
                break
            out.append(piece if piece[:1].isupper() else piece[:1].upper() + piece[1:])
            named += 1
        if not named:
            return m.group(0)
        opener = m.group("opener")
        return (opener if opener[:1].isupper() else opener[:1].upper() + opener[1:]) + "".join(out)

    run = re.compile(r"(?i)(?<![\w'-])(?P<opener>" + "|".join(map(re.escape, sorted(openers))) +
                     r")(?P<rest>(?:\s+[a-zâêîôûŵŷ'-]+){1,4})")
    return run.sub(one, text)
