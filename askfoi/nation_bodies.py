"""nx70 (nc67 #8): the regulator follows the place. Some bodies work in one nation of the UK only (the Environment
Agency in England, Natural Resources Wales in Wales, SEPA in Scotland, ...). A request that asks one of them about a
place in another nation goes to the wrong body: `other_nation_body` says which body does that job there.

Data: knowledge/vocab/nation_bodies.yaml (the roles, each nation's body; the words that place a text in a nation) and
the place words of each nation's councils (knowledge/authorities.jsonl). Names of bodies that hold a nation's word
("Welsh Water", "Police Scotland", "Natural Resources Wales") never place a text: they are taken out first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class OtherNation:
    """The body asked works in `body_nation` only, but the text is about `place`, in `nation`: `right` does the job
    there (`right_said`: how the chat names it)."""

    place: str
    nation: str  # "Wales"
    body_nation: str  # "England"
    role: str  # "the environment regulator (...)"
    right: str  # the name askfoi's list knows ("Natural Resources Wales")
    right_said: str
    asked_said: str  # the body asked, as the chat names it ("the Environment Agency")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'-]", " ", text.lower().replace("\u2019", "'")).split())


@functools.lru_cache(maxsize=1)
def _data() -> tuple[dict, dict[str, str], dict[str, list[str]]]:
    data, _ = load_vocab("nation_bodies")
    data = data if isinstance(data, dict) else {}
    roles = {k: v for k, v in (data.get("roles") or {}).items() if isinstance(v, dict)}
    nations = {str(k): str(v) for k, v in (data.get("nations") or {}).items()}
    places = {str(k): [str(w) for w in v or []] for k, v in (data.get("places") or {}).items()}
    return roles, nations, places


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The names of bodies that hold a nation's word (taken out of a text before it is placed), and for each nation
    the pattern of its place words: phrases, rare words and the nation's own words in any case, a common English word
    only typed with its capital ("Cardigan", never "a cardigan")."""
    from askfoi.authorities import default_index
    from askfoi.framing import _frequency, _type_words

    roles, nations, places = _data()
    nation_words = {w for ws in places.values() for w in ws if w in {"wales", "welsh", "cymru", "scotland",
                                                                      "scottish", "northern ireland", "england"}}
    said = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in sorted(nation_words)) + r")\b") if nation_words \
        else re.compile(r"(?!)")
    names: set[str] = set()
    council_words: dict[str, set[str]] = {}
    elsewhere: dict[str, set[str]] = {}
    generic = _type_words() | {"north", "south", "east", "west", "city", "county", "royal", "greater", "mid", "central",
                               "national", "health", "board", "and", "the", "of", "council", "nhs", "police", "islands",
                               "university", "college", "services", "service", "fire", "rescue", "borough", "vale",
                               "isle", "isles", "port", "upon", "district", "metropolitan", "new", "great", "little"}
    for auth in default_index().authorities:
        all_names = [auth.name, *getattr(auth, "aliases", [])]
        names.update(n for n in all_names if said.search(n) and len(n) > 4)
        words = {w for n in all_names for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 3 and w not in generic}
        nation = auth.nation.value
        if auth.type.value == "council" and nation in nations:
            council_words.setdefault(nation, set()).update(words)
        if getattr(auth, "listed_by", None) == "publicbodies":
            continue  # its nation is often the import's default ("Pembrokeshire College", "england"), not known
        for other in nations:
            if other != nation:
                elsewhere.setdefault(other, set()).update(words)
    body_names = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                            + r")(?!\w)") if names else re.compile(r"(?!)")
    by_nation: dict[str, re.Pattern[str]] = {}
    for nation in nations:
        listed = {_key(w) for w in places.get(nation, [])}
        councils = (council_words.get(nation, set()) - elsewhere.get(nation, set())) if nation != "england" else set()
        words = listed | councils
        any_case = {w for w in words if " " in w or "-" in w or w in nation_words or _frequency(w) < 200}

        def said_as(w: str) -> str:
            return r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", w))

        alternatives = ["(?i:" + said_as(w) + ")" for w in sorted(any_case, key=len, reverse=True)]
        alternatives += [re.escape(w.capitalize()) for w in sorted(words - any_case, key=len, reverse=True)]
        by_nation[nation] = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])") if alternatives \
            else re.compile(r"(?!)")
    return body_names, by_nation


def places_in(text: str) -> dict[str, str]:
    """The nations TEXT places itself in, each with the first place word that says so ({"wales": "hay on wye"});
    names of bodies ("Dŵr Cymru Welsh Water") are no place."""
    body_names, by_nation = _patterns()
    plain = body_names.sub(" ", (text or "").replace("\u2019", "'"))
    found: dict[str, str] = {}
    for nation, pattern in by_nation.items():
        m = pattern.search(plain)
        if m:
            found[nation] = m.group(0)
    return found


def other_nation_body(body: str | None, text: str) -> OtherNation | None:
    """When BODY (a name askfoi's list knows) works in one nation only and TEXT is about a place in one other nation,
    the body that does its job there; None when the text names no place, places in several nations, or the body's own."""
    if not body:
        return None
    from askfoi.authorities import resolve_authority

    asked = resolve_authority(body)
    if asked is None or not asked.known:
        return None
    roles, nations, _ = _data()
    for role in roles.values():
        home = [n for n in nations if isinstance(role.get(n), dict)
                and _same_body(str(role[n].get("name", "")), asked.name)]
        if not home:
            continue
        where = places_in(text)
        if len(where) != 1:
            return None  # no place, or places in more than one nation ("welsh companies operating in england")
        nation, place = next(iter(where.items()))
        if nation in home or not isinstance(role.get(nation), dict):
            return None
        right = role[nation]
        listed = resolve_authority(str(right["name"]))
        return OtherNation(place=place, nation=nations[nation], body_nation=nations[home[0]],
                           role=str(role.get("said", "")),
                           right=listed.name if listed is not None and listed.known else str(right["name"]),
                           right_said=str(right.get("call") or right["name"]),
                           asked_said=str(role[home[0]].get("call") or asked.letter_name))
    return None


def _same_body(listed: str, name: str) -> bool:
    from askfoi.authorities import resolve_authority

    found = resolve_authority(listed)
    return found is not None and found.known and found.name == name
