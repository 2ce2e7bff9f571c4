"""Which tier of English local government a council is (knowledge/vocab/council_tiers.yaml), so a request
about housing sent to a county council, or about schools sent to a district council, is caught before it
is answered "not held"."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from askfoi.knowledge import load_vocab

Tier = Literal["county", "district"]


@functools.lru_cache(maxsize=1)
def _tiers() -> tuple[frozenset[str], tuple[str, ...]]:
    data, _ = load_vocab("council_tiers")
    data = data if isinstance(data, dict) else {}
    county = frozenset(str(n).casefold() for n in data.get("county") or [])
    suffixes = tuple(str(s).casefold() for s in data.get("district_suffixes") or [])
    return county, suffixes


def council_tier(name: str, nation: str, kind: str) -> Tier | None:
    """"county" for the county council of an English two-tier area, "district" for a shire district,
    None for every other body (unitary, metropolitan and London councils, bodies outside England)."""
    if kind != "council" or nation != "england":
        return None
    county, suffixes = _tiers()
    folded = " ".join(name.split()).casefold()
    if folded in county:
        return "county"
    if suffixes and folded.endswith(suffixes):
        return "district"
    return None


@functools.lru_cache(maxsize=1)
def _typed() -> tuple[tuple[str, re.Pattern[str], str, str, frozenset[str]], ...]:
    """cx36: (tier, its words as typed, label, example, the tiers whose services it holds), longest words first."""
    data, _ = load_vocab("council_tiers")
    data = data if isinstance(data, dict) else {}
    out = []
    for tier, spec in (data.get("typed_tiers") or {}).items():
        if not isinstance(spec, dict) or not spec.get("words"):
            continue
        words = sorted((str(w).lower() for w in spec["words"]), key=len, reverse=True)
        rx = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])")
        out.append((str(tier), rx, str(spec.get("label") or tier), str(spec.get("example") or ""),
                    frozenset(str(h) for h in spec.get("holds") or [])))
    return tuple(out)


def _service_words(tier: str) -> re.Pattern[str] | None:
    data, _ = load_vocab("council_tiers")
    data = data if isinstance(data, dict) else {}
    words = data.get("parish_services") if tier == "parish" else (data.get("services") or {}).get(tier)
    phrases = sorted({str(w).lower() for w in words or []}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases) + r")(?![\w-])")


@dataclass(frozen=True)
class TypedTier:
    """cx36: the tier of a council a message names only by its kind ("our parish council"): an example of that kind
    for the question that asks which one, and, when the message asks about another tier's service ("potholes" told
    to the parish council), the holder that tier's records are asked of (label and example)."""

    tier: str
    label: str
    example: str
    holder: str | None = None  # "the county council (or the unitary council, where there is one)"
    holder_example: str | None = None
    service: str | None = None  # the words of the other tier's service, as typed ("potholes")


def typed_tier(typed: str, text: str, asked: str | None = None) -> TypedTier | None:
    """The tier TYPED names ("our parish council" -> parish), with the holder of the service ASKED about (the
    message's questions; TEXT when not given) when that tier does not hold it and TEXT names none of its own; None
    when TYPED names no tier ("the council", "my local authority")."""
    found = next(((t, label, ex, holds) for t, rx, label, ex, holds in _typed() if rx.search(typed or "")), None)
    if found is None:
        return None
    tier, label, example, holds = found
    data, _ = load_vocab("council_tiers")
    holders = (data or {}).get("holders") if isinstance(data, dict) else None
    own = [m for t in holds for m in [(_service_words(t) or re.compile("(?!)")).search(text or "")] if m]
    if not own:
        others = [(t, m) for t in ("county", "district", "parish") if t not in holds
                  for m in [(_service_words(t) or re.compile("(?!)")).search(text if asked is None else asked)] if m]
        if len({t for t, _ in others}) == 1 and isinstance(holders, dict) and isinstance(holders.get(others[0][0]), dict):
            h = holders[others[0][0]]
            return TypedTier(tier, label, example, str(h.get("label") or ""), str(h.get("example") or ""),
                             others[0][1].group(0))
    return TypedTier(tier, label, example)


_OWNED_TIER = re.compile(r"(?i)\b(?:our|my|the|their|your|local)\s+(?:local\s+)?(?=[a-z]+\s+council)")


def tier_named_in(text: str, asked: str | None = None) -> tuple[str, TypedTier] | None:
    """cx36: the one council tier TEXT names a council by ("Chair of our parish council reads ...", later asked of
    "the council"): (the words as typed, its TypedTier); None when it names none or councils of two tiers."""
    found: dict[str, str] = {}
    for m in _OWNED_TIER.finditer(text or ""):
        rest = (text or "")[m.end():m.end() + 40]
        for t, rx, _label, _ex, _holds in _typed():
            w = rx.match(rest)
            if w and t not in found:
                found[t] = (text or "")[m.start():m.end() + w.end()]
                break
    if len(found) != 1:
        return None
    typed = next(iter(found.values()))
    tier = typed_tier(typed, text, asked)
    return (typed, tier) if tier is not None else None
