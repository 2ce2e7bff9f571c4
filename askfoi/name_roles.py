"""The role a body's name plays in its sentence (ck25b): the addressee is a role, never any name found.

A name right before a noun it qualifies ("Microsoft Excel format", "the Home Office licence classification") names a
product, a licence or a format: the noun is the thing, the name says whose. A name after the words that cite a
source ("an article produced by the Audit Commission", "according to Ofsted") says where the person read something.
Neither is the body the request is sent to. Data: knowledge/vocab/name_roles.yaml.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}

    def joined(key: str) -> str:
        return "|".join(f"(?:{t})" for t in data.get(key) or [] if isinstance(t, str) and t.strip())

    nouns, sources, said = joined("artefact_nouns"), joined("source_before"), joined("said_before")
    return (re.compile(rf"(?i)^['\u2019]?s?\s*(?:{nouns})\b") if nouns else None,
            re.compile(rf"(?i)\b(?:{sources})\s+(?:the\s+)?$") if sources else None,
            re.compile(rf"(?i)\b(?:{said})\s+(?:the\s+)?$") if said else None)


def modifier_noun(text: str, end: int, *, company: bool = False) -> str | None:
    """The noun a name ending at END of TEXT qualifies ("licence" in "the Home Office licence classification") when it
    is a product, a licence, a format or a file: the name is no addressee; None otherwise. COMPANY: the name is a
    company's, and a capitalised word right after it is its product's name ("Microsoft Excel", "Google Maps")."""
    nouns = _patterns()[0]
    after = text[end:end + 60]
    m = nouns.match(after) if nouns is not None else None
    if m:
        return m.group(0).strip()
    if company:
        product = re.match(r"[ \t]+([A-Z][A-Za-z0-9]+)\b", after)
        if product and not re.match(r"(?:I|The|And|Or|In|On|At|To|For|Of|Ltd|Limited|Plc|PLC|UK|Group|Inc)$", product.group(1)):
            return product.group(1)
    return None


@functools.lru_cache(maxsize=1)
def _place_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    before = "|".join(f"(?:{t})" for t in data.get("place_before") or [] if isinstance(t, str) and t.strip())
    nouns = "|".join(f"(?:{t})" for t in data.get("place_nouns") or [] if isinstance(t, str) and t.strip())
    return (re.compile(rf"(?i)\b(?:{before})\s+(?:the\s+)?$") if before else None,
            re.compile(rf"(?i)^['\u2019]?s?\s+(?:{nouns})\b") if nouns else None)


@functools.lru_cache(maxsize=1)
def _aside_pattern() -> re.Pattern[str] | None:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    aside = "|".join(f"(?:{t})" for t in data.get("aside_before") or [] if isinstance(t, str) and t.strip())
    return re.compile(rf"(?i)\b(?:{aside})\s+(?:the\s+)?$") if aside else None


def named_aside(text: str, start: int) -> bool:
    """ck26: the name starting at START of TEXT is one the person asked before, a source of figures or a comparison
    ("further to my requests to APHA", "using figures from Public Health Scotland", "compared with the PSNI"): beside
    another body asked, never the body the letter goes to."""
    aside = _aside_pattern()
    before = text[max(0, start - 80):start]
    before = before[max(before.rfind(c) for c in ".?!\n;") + 1:]
    return bool(aside is not None and aside.search(before))


def named_as_place(text: str, start: int, end: int) -> bool:
    """ck26: the name at START:END of TEXT says where something is or happened ("a camera outside Tesco", "the tesco
    car park"): a landmark, not the body asked."""
    before, nouns = _place_patterns()
    return bool(before is not None and before.search(text[max(0, start - 60):start])
                or nouns is not None and nouns.match(text[end:end + 40]))


def cited_source(text: str, start: int, *, said: bool = False) -> bool:
    """True when the name starting at START of TEXT is cited, within its sentence, as the author of a document the
    person read ("an article produced by the Audit Commission"); SAID: or as the one who said something ("according
    to the ONS")."""
    _, sources, reported = _patterns()
    before = text[max(0, start - 120):start]
    before = before[max(before.rfind(c) for c in ".?!\n") + 1:]
    return bool(sources is not None and sources.search(before) or said and reported is not None and reported.search(before))


@functools.lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    out = []
    for key in ("standard_before", "direction_before"):
        words = "|".join(f"(?:{t})" for t in data.get(key) or [] if isinstance(t, str) and t.strip())
        out.append(re.compile(rf"(?i)\b(?:{words})\s+(?:the\s+)?$") if words else None)
    return out[0], out[1]


def named_as_standard(text: str, start: int) -> bool:
    """ff27: the name starting at START of TEXT is cited as the author of a rule, definition or category the request
    uses ("as per Home Office outcome types", "as set out by the Home Office"): never the body asked."""
    standard = _role_patterns()[0]
    return bool(standard is not None and standard.search(text[max(0, start - 60):start]))


def named_as_direction(text: str, start: int) -> bool:
    """ff27: the place starting at START of TEXT is a direction ("going towards Bromley"): never the body asked."""
    direction = _role_patterns()[1]
    return bool(direction is not None and direction.search(text[max(0, start - 40):start]))


_SMALL = frozenset("of and for the in on to a an & with at by".split())


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019-]*", words) if w.lower() not in _SMALL).upper()


def defined_otherwise(text: str, typed: str, body: str) -> str | None:
    """ff28: the words TEXT spells the acronym TYPED out as ("Indicative Activity Plans (IAP)", "IAP (Indicative
    Activity Plans)") when they are not BODY's name: the acronym stands for them in this message, so BODY, found by
    the same letters, is not the body named. None when TYPED is no acronym or the message does not spell it out."""
    acronym = re.sub(r"['\u2019]?s$", "", (typed or "").strip())
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    n = len(acronym)
    word = r"[A-Za-z][\w'\u2019-]*"
    spans = [
        rf"((?:{word}\s+){{{n - 1},{n + 3}}}{word})\s*\(\s*{acronym}s?\s*\)",  # Indicative Activity Plans (IAP)
        rf"\b{acronym}s?\s*\(\s*((?:{word}\s+){{{n - 1},{n + 3}}}{word})\s*\)",  # IAP (Indicative Activity Plans)
    ]
    for pattern in spans:
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            for k in range(len(words) - 1, -1, -1):  # the words whose initials spell the acronym, the nearest first
                tail = " ".join(words[k:])
                if _initials(tail) == acronym:
                    return None if tail.lower() in (body or "").lower() else tail
    return None
