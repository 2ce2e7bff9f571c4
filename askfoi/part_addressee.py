"""lf64 (issue 8, nc61 #8): the parts of a letter speak to the body the letter goes to as "you", and are read again
whenever the organisation changes.

A part the person wrote for one body ("Emails between TfL and local residents", "Who designed the new layout, TfL staff
or a consultant") names that body because it was the letter's addressee: when the organisation changes (the same letter
made for the other body, or the body corrected), that body's names and the "you" that meant it are the new
addressee, and the new body named in the third person is spoken to as "you" too. A part that names the new body beside
a "you" that meant the old one ("Emails between you and Lambeth Council", written to TfL) gets the old body's name for
that "you", so the two bodies are never mixed up. The sentence-level work is askfoi.kept_questions.addressed.
"""

from __future__ import annotations

import re

from askfoi.kept_questions import addressed, body_short

_GENERIC_SHORT = frozenset({"the service", "the office", "the board", "the department", "the executive",
                            "the government", "the agency", "the commission", "the authority"})


def body_names(name: str | None) -> list[str]:
    """The names a part may use for the body NAME: its name, the name a letter gives it, its aliases ("TfL",
    "Lambeth Council"; never a one-word alias that is a place, "Lambeth", "Barnsley": the readings for Barnsley are
    the town's) and its short name ("the council"), longest first; [] for no name."""
    if not name or not name.strip():
        return []
    from askfoi.authorities import resolve_authority

    found = resolve_authority(name)
    names = {name.strip()}
    if found is not None and found.known:
        names |= {found.name, found.letter_name}
        from askfoi.knowledge import get_reference

        listed = next((a for a in get_reference().authorities if a.name == found.name), None)
        names |= {a for a in (listed.aliases if listed is not None else []) if len(a) > 2 and not a_word(a)
                  and (" " in a.strip() or sum(c.isupper() for c in a) >= 2)}  # "TfL", never a place ("Lambeth")
    short = body_short(found.name if found is not None and found.known else name)
    if short and short not in _GENERIC_SHORT:
        names.add(short)
    return sorted({n for n in names if n}, key=len, reverse=True)


def a_word(name: str) -> bool:
    """NAME is one ordinary English word ("LEASE", "Monitor"): never read as the body in a part's words."""
    if " " in name.strip():
        return False
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(name.lower()))


def _names_in(text: str, names: list[str]) -> bool:
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return bool(alts) and re.search(rf"(?i)(?<![\w'-])(?:{alts})(?![\w&-])", text) is not None


def _you_as(text: str, name: str) -> str:
    """TEXT with "your" written as NAME's possessive and "you" after a preposition as NAME (the body a "you" meant
    before the organisation changed); a "you" as a subject is left (its verb would need rewriting)."""
    possessive = name + ("'" if name.endswith("s") else "'s")
    text = re.sub(r"\byour\b", possessive, text)
    text = re.sub(r"\bYour\b", possessive, text)
    return re.sub(r"(?i)\b(by|to|from|with|between|for|of|about|and)\s+you\b", lambda m: f"{m.group(1)} {name}", text)


def readdressed(parts: list[str], old: str | None, new: str | None) -> list[str]:
    """PARTS, written for the body OLD (None when none was named), read again for the body NEW: each names NEW as
    "you" and no longer names OLD as a third party it was not (see the module's docstring)."""
    if not new or (old or "").strip().lower() == new.strip().lower():
        return list(parts)
    new_names, old_names = body_names(new), body_names(old)
    from askfoi.authorities import letter_name_of

    old_letter = letter_name_of(old) if old else None
    out = []
    for part in parts:
        text = part
        if old_names and old_letter and _names_in(text, new_names) and re.search(r"(?i)\byour?\b", text):
            text = _you_as(text, old_letter)  # "between you and Lambeth Council" (to TfL): "between Transport for London and you"
        elif old_names:
            text = addressed(text, old_names)
        out.append(_you_first(addressed(text, new_names)))
    return out


_BETWEEN_YOU = re.compile(r"(?i)\b(?P<between>between)\s+(?P<other>(?:(?!\b(?:and|you|your)\b)[\w&'\u2019.-]+\s+){0,6}?"
                          r"(?!\b(?:and|you|your)\b)[\w&'\u2019.-]+)\s+and\s+you\b")


def _you_first(text: str) -> str:
    """nx70 (nc67 #8): "between welsh water and you" written as a letter says it, "between you and Dŵr Cymru Welsh
    Water": the body spoken to first, a body askfoi knows by the name its letters give it."""
    from askfoi.authorities import letter_name_of, resolve_authority

    def first(m: re.Match[str]) -> str:
        other = m.group("other")
        found = resolve_authority(other)
        if found is not None and found.known and _whole_name(other, body_names(found.name)):
            other = letter_name_of(found.name) or found.name
            other = other if not re.match(r"(?i)the\b", m.group("other")) or other.lower().startswith("the ") else \
                "the " + other
        return f"{m.group('between')} you and {other}"

    return _BETWEEN_YOU.sub(first, text)


def _whole_name(said: str, names: list[str]) -> bool:
    """SAID is one of NAMES as a whole, "the" before it or not."""
    said = re.sub(r"(?i)^the\s+", "", " ".join(said.split())).lower()
    return any(said == re.sub(r"(?i)^the\s+", "", " ".join(n.split())).lower() for n in names)
