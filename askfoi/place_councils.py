"""The council a message means when it names the council by its place, as people do ("potholes in sevenoaks",
"my local council (tunbridge wells)", "social care in kent"), and the body that answers for a body that is gone.

In England's two-tier areas the county council holds the records of its services (roads, schools, social care,
libraries, ...) and the district council those of its own (bins, housing, council tax, planning, ...), so the
place's council is the one whose tier runs the service the message asks about. Data: knowledge/vocab/
council_areas.yaml (each county council, its place and its districts, from mySociety's local authority table) and
council_tiers.yaml `services` (the words of each tier's services). A message with words of both tiers or of
neither is left as it is: the place's council it names, or none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.council_tiers import Tier
from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Areas:
    county_of: dict[str, str]  # district council -> its county council
    county_places: dict[str, str]  # "kent" -> Kent County Council
    district_places: dict[str, str]  # "sevenoaks" -> Sevenoaks District Council
    words: dict[str, re.Pattern[str]]  # tier -> the words of its services


def _place_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("&", " and ").replace("'", "")).split())


@functools.lru_cache(maxsize=1)
def _areas() -> _Areas:
    data, _ = load_vocab("council_areas")
    counties = (data or {}).get("counties") if isinstance(data, dict) else None
    county_of: dict[str, str] = {}
    county_places: dict[str, str] = {}
    district_places: dict[str, str] = {}
    for county, spec in (counties or {}).items():
        if not isinstance(spec, dict):
            continue
        if spec.get("place"):
            county_places[_place_key(str(spec["place"]))] = str(county)
        for district, places in (spec.get("districts") or {}).items():
            county_of[str(district)] = str(county)
            for place in places or []:
                district_places[_place_key(str(place))] = str(district)
    tiers, _ = load_vocab("council_tiers")
    services = (tiers or {}).get("services") if isinstance(tiers, dict) else None
    words = {}
    for tier in ("county", "district"):
        phrases = sorted({str(w).lower() for w in (services or {}).get(tier) or []}, key=len, reverse=True)
        if phrases:
            words[tier] = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases)
                                     + r")(?![\w-])")
    return _Areas(county_of, county_places, district_places, words)


def service_tier(text: str) -> Tier | None:
    """"county" when TEXT asks about a county council's service only ("potholes"), "district" for a district
    council's only ("bins"), None for both or neither."""
    found = {tier for tier, words in _areas().words.items() if words.search(text or "")}
    return found.pop() if len(found) == 1 else None


def county_council_of(district: str) -> str | None:
    """The county council over DISTRICT (a district council's name as in knowledge/authorities), or None."""
    return _areas().county_of.get(district)


def council_for_tier(council: str, text: str) -> str:
    """The council that holds the records TEXT asks about, when TEXT names COUNCIL by its place: the county
    council over a district council for a county service ("potholes in sevenoaks" -> Kent County Council);
    COUNCIL otherwise."""
    county = county_council_of(council)
    return county if county and service_tier(text) == "county" else council


def county_place_council(place: str) -> str | None:
    """The county council of a two-tier county named by its place ("kent", "east sussex"), or None."""
    return _areas().county_places.get(_place_key(place))


# a county named as where the service is: "in kent", "across surrey", "kent's", "the council in kent"
_WHERE = r"(?:in|across|around|throughout|within|for|of|from|at|covering|over|by)\s+(?:the\s+)?(?:county\s+of\s+)?"


def county_named(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """(county council, the place as typed, where) for the one two-tier county TEXT names as where something is
    ("potholes in kent", "kent's libraries", "the council (kent)"); None when it names none or several."""
    places = _areas().county_places
    if not places:
        return None
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(places, key=len, reverse=True))
    mentioned = {places[_place_key(m.group())] for m in re.finditer(rf"(?i)\b(?:{alternation})\b", text or "")}
    if len(mentioned) != 1:
        return None  # "potholes in essex and kent": which county's council is for the person to say
    found: dict[str, tuple[str, str, tuple[int, int]]] = {}
    for m in re.finditer(rf"(?i)(?:\b{_WHERE}|\(\s*|^\s*|\b(?:did|does|do|has|have|is|are|was|were|will|would)\s+)"
                         rf"(?P<place>{alternation})\b(?!\s+(?:road|street|lane|avenue|way|"
                         rf"close|drive|crescent|county\s+council|police|constabulary|fire|university|college|nhs|icb|"
                         rf"hospital|hospitals|and\s+medway))|(?P<own>\b(?:{alternation}))['\u2019]s\b", text or ""):
        name = m.group("place") or m.group("own")
        start = m.start("place") if m.group("place") else m.start("own")
        county = places.get(_place_key(name))
        if county:
            found.setdefault(county, (county, name, (start, start + len(name))))
    return next(iter(found.values())) if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    """Abolished body -> the one body its note sends new requests to ("Abolished in 2023: send new requests to
    North Yorkshire Council.")."""
    from askfoi.authorities import default_index, normalise

    index = default_index()
    out: dict[str, str] = {}
    for auth in index.authorities:
        m = re.search(r"(?i)\bsend\s+new\s+requests\s+to\s+(?:the\s+)?([^.;]+?)\s*(?:[.;]|,\s+depending\b|$)", auth.note or "")
        if not m or re.search(r"(?i)\s(?:or|and\s+the)\s", m.group(1)):
            continue  # "Cumberland Council or Westmorland and Furness Council": which one depends on the place
        key = normalise(m.group(1))
        if key in index.exact:
            successor = index.authorities[index.exact[key]]
            if successor.name != auth.name and not successor.defunct and not successor.note:
                out[auth.name] = successor.name
    return out


def current_body(name: str) -> str:
    """The body that now answers for NAME: the one successor an abolished body's note names (Harrogate Borough
    Council -> North Yorkshire Council), the one integrated care board whose name has all the places of a clinical
    commissioning group's (NHS Derby and Derbyshire CCG -> NHS Derby and Derbyshire Integrated Care Board: ICBs took
    over the CCGs on 1 July 2022), else NAME."""
    return _successors().get(name) or _icb_after_ccg(name) or name


@functools.lru_cache(maxsize=256)
def _icb_after_ccg(name: str) -> str | None:
    from askfoi.authorities import default_index, normalise

    index = default_index()
    i = index.exact.get(normalise(name))
    if i is None or not index.authorities[i].defunct or not re.search(r"(?i)\b(?:ccg|clinical commissioning group)\b", name):
        return None
    places = [w for w in index.place_words(normalise(name)) if w not in ("clinical", "commissioning", "group", "ccg", "nhs")]
    if not places:
        return None
    icbs = {index.authorities[index.owner[pos]].name for pos, choice in enumerate(index.choices)
            if "integrated care board" in choice and set(places) <= index.words[pos]
            and index._rank(index.owner[pos]) <= 1}
    return icbs.pop() if len(icbs) == 1 else None
