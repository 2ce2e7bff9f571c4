"""A part that points at a place only the person's story names ("how many patients fall on that hospitals
wards", after "my mum fell on ward 12 at Leicester Royal Infirmary"): the place written out by the name the
message gives it ("on the wards of Leicester Royal Infirmary"), or, when the message names no place of that
kind, the words that point away returned for a finding (the officer sees only the letter, not the story).
The kinds of place and the words of their names are data (knowledge/vocab/story_places.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Kinds:
    said: dict[str, str]  # a word a part uses for a place -> its kind
    names: dict[str, tuple[str, ...]]  # kind -> the last words of a name of that kind
    stop: frozenset[str]
    bracketed: dict[str, tuple[str, ...]]


@functools.lru_cache(maxsize=1)
def _kinds() -> _Kinds:
    data, _ = load_vocab("story_places")
    data = data if isinstance(data, dict) else {}
    said: dict[str, str] = {}
    names: dict[str, tuple[str, ...]] = {}
    for kind, spec in (data.get("kinds") or {}).items():
        for word in spec.get("said") or []:
            said[str(word).lower()] = kind
        names[kind] = tuple(str(w).lower() for w in spec.get("names") or [])
    bracketed = {str(kind): names.get(str(kind), ()) + tuple(str(w).lower() for w in words or [])
                 for kind, words in (data.get("bracket_names") or {}).items()}
    return _Kinds(said, names, frozenset(str(w).lower() for w in data.get("not_in_names") or []),
                  {**names, **bracketed})


def _pointer() -> re.Pattern[str] | None:
    words = sorted(_kinds().said, key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # "that hospital", "this school's", "that hospitals wards" (the apostrophe left out), "the same prison"
    # fr10b: "his school", "my son's school", "her care home": the writer's or their family's own place, named only
    # (if at all) in the story
    return re.compile(rf"(?i)\b(?P<prep>(?:on|in|at|from|of|by|for)\s+)?(?:that|this|the\s+same|(?:his|her|my|our)"
                      rf"(?:\s+(?:son|daughter|child|kid|grandson|granddaughter|mum|mother|dad|father|nan|gran)(?:'s|s|\u2019s))?)"
                      rf"\s+(?P<place>{alt})"
                      rf"(?:(?P<own>'s|s'|’s|s)\s+(?P<thing>[a-z]+))?\b")


def place_named(text: str, kind: str, exclude: str = "") -> str | None:
    """The name TEXT gives a place of KIND ("Leicester Royal Infirmary"), read back from the word that ends
    such a name until a word that cannot be in it; None when TEXT names none, or names two different ones.
    EXCLUDE: the part itself (a name it already holds is no story reference)."""
    k = _kinds()
    found: list[str] = []
    for end in k.names.get(kind, ()):
        for m in re.finditer(rf"(?i)\b{re.escape(end).replace(chr(92) + ' ', chr(92) + 's+')}\b", text):
            # lead34: a name starts after any bracket or comma before it ("our street (grange road, hull)")
            start = max(text.rfind(c, 0, m.start()) for c in "(,;:[")
            before = re.findall(r"[A-Za-z'&.-]+", text[start + 1: m.start()])
            name: list[str] = []
            for word in reversed(before):
                if word.lower() in k.stop or len(name) >= 4:
                    break
                name.insert(0, word)
            if name:
                found.append(" ".join(w if w[:1].isupper() else w.capitalize() for w in [*name, *m.group().split()]))
    found = list(dict.fromkeys(n for n in found if n.lower() not in exclude.lower()))
    return found[0] if len(found) == 1 else None


# the words that may follow "that hospital" when it is the place itself ("from that school in 2024")
_GOES_ON = frozenset("in on at from of for to by with during since between and or was were is are has have had "
                     "each every last this per over under before after".split())


_NAMING = re.compile(r"(?i)^\s*(?:(?:it|its|it'?s|it\u2019s|it\s+is|they'?re|which\s+is|that\s+is)\s+)?"
                     r"(?:(?:is|was)\s+)?(?:called|named|known\s+as)\s+")


def bracketed_places(text: str) -> str:
    """nx97: "on my road (fitzjohns avenue)", "at my son's school (kingsway academy)": a place pointed at whose name
    the person put in brackets straight after it is that place, written as its name in the whole message ("on
    Fitzjohns Avenue"), so no part asks which road is meant. Brackets that do not hold a name of that kind of place
    ("my road (the one by the school)", "my street (its a nightmare)") are left as they are."""
    pattern = _pointer()
    if pattern is None or "(" not in (text or ""):
        return text
    k = _kinds()
    for m in reversed(list(pattern.finditer(text))):
        if m.group("thing"):
            continue
        inner = re.match(r"\s*\(([^()]{2,80})\)", text[m.end():])
        if not inner:
            continue
        said = _NAMING.sub("", inner.group(1)).strip()
        if "," in said:
            continue  # "our street (grange road, hull)": the name with its town, written into the part (name_story_places)
        first = said
        ends = k.bracketed.get(k.said.get(re.sub(r"\s+", " ", m.group("place").lower()), ""), ())
        words = re.findall(r"[A-Za-z'&.-]+", first)
        if not (2 <= len(words) <= 5) or not any(re.search(rf"(?i)\b{re.escape(e)}$", first) for e in ends) \
                or any(w.lower() in k.stop for w in words):
            continue
        name = ", ".join(x.strip().title() if x.strip() == x.strip().lower() else x.strip()
                         for x in said.split(",") if x.strip())
        text = f"{text[:m.start()]}{m.group('prep') or ''}{name}{text[m.end() + inner.end():]}"
    return text


def name_story_places(part: str, message: str) -> tuple[str, str | None]:
    """PART with "that hospital" (and the like) written as the name MESSAGE gives that place: "on that hospitals
    wards" -> "on the wards of Leicester Royal Infirmary", "at that school" -> "at Kingsway Academy". Returns
    (the part, the words still pointing away or None)."""
    pattern = _pointer()
    if pattern is None:
        return part, None
    left: str | None = None

    def named(m: re.Match[str]) -> str:
        nonlocal left
        place = re.sub(r"\s+", " ", m.group("place").lower())
        after = re.match(r"\s*([A-Za-z]+|\S)?", part[m.end():]).group(1) or ""
        if not m.group("thing") and after.isalpha() and after.lower() not in _GOES_ON:
            return m.group()  # "this school term", "that park ranger": the place word names something else
        if re.search(rf"(?i)\b(?:each|every|per|individual|any)\s+(?:[a-z]+\s+){{0,2}}{re.escape(place)}", f"{message} {part}"):
            return m.group()  # "the turnouts from each fire station ... that station's area": each one in turn
        name = place_named(message, _kinds().said[place], exclude=part)
        if name is None:
            left = left or m.group().strip()
            return m.group()
        prep = m.group("prep") or ""
        thing = m.group("thing")
        if thing:  # "that hospital's wards": the wards of the place
            return f"{prep}the {thing} of {name}"
        return f"{prep}{name}"

    # lead34: "on our street (grange road, hull)": the pointer's own brackets name the place; the place as the name
    for m in reversed(list(pattern.finditer(part))):
        inner = re.match(r"\s*\(([^()]{2,80})\)", part[m.end():])
        if inner and re.search(r"[A-Za-z]{3}", inner.group(1)):
            # lead52 (nc70 #7): "her home (its called Oakfield Lodge in Sittingbourne)": the words that say it is a
            # name ("it's called", "called", "named", "known as") are not the name
            inner_said = _NAMING.sub("", inner.group(1))
            said = ", ".join(x.strip().title() if x.strip() == x.strip().lower() else x.strip()
                             for x in inner_said.split(",") if x.strip())
            part = f"{part[:m.start()]}{m.group('prep') or ''}{said}{part[m.end() + inner.end():]}"
    return pattern.sub(named, part), left
