"""Which tier of English local government a council is (knowledge/vocab/council_tiers.yaml), so a request
about housing sent to a county council, or about schools sent to a district council, is caught before it
is answered "not held"."""

from __future__ import annotations

import functools
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
