"""ck34: a neighbourhood, district or housing estate named without its council ("broadwater farm", "the gorbals"):
the council whose area it is in (knowledge/vocab/area_councils.yaml), for a question a council answers."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

# the police or another kind of body is asked: the place says where, not who ("burglaries in moss side": the force)
_OTHER_BODY = re.compile(r"(?i)\b(?:police|constabulary|force|officers?|nhs|hospital|trust|health\s+board|gp|surgery|"
                         r"school|academy|fire\s+(?:service|brigade)|ambulance|housing\s+association|stop\s+and\s+search\w*|"
                         r"arrests?|arrested|crimes?|burglar\w*|robber\w*|stabbings?|shootings?|knife|assaults?|"
                         # lead35: stations, trains, tubes and trams are run by a transport body, not the council
                         r"(?:railway|train|tube|underground|overground|bus|tram|metro)?\s*stations?|trains?|tubes?|"
                         r"platforms?|trams?)\b")


@functools.lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], re.Pattern | None]:
    data, _ = load_vocab("area_councils")
    out: dict[str, str] = {}
    for council, places in (data or {}).items() if isinstance(data, dict) else ():
        for place in places or []:
            out[" ".join(str(place).lower().split())] = str(council)
    if not out:
        return out, None
    names = sorted(out, key=len, reverse=True)
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['\u2019]?") for n in names)
    return out, re.compile(rf"(?i)(?<![\w'-])(?:{alts})(?![\w'-])")


_COUNCIL_ASKED = re.compile(r"(?i)\b(?:the|my|our|your|local)\s+(?:local\s+)?(?:council|authority)\b|\bcouncil\s+(?:tax|housing|house|homes?)\b")
_COUNCIL_WORDS = re.compile(r"(?i)\b(?:london\s+borough\s+of|royal\s+borough\s+of|city\s+of|metropolitan|borough|city|"
                            r"council|upon\s+tyne)\b")


def area_council(text: str, asked_text: str | None = None) -> tuple[str, str, tuple[int, int]] | None:
    """(body, the place as typed, where) for the one council whose neighbourhoods or estates TEXT names: that council,
    or for a service another body runs there ("burglaries in moss side": the police) that body when askfoi knows it
    (askfoi.site_bodies.service_body on the council's own place); None when TEXT names no such place, places of two
    councils, or asks a body of another kind askfoi cannot place. ASKED_TEXT: the sentences that ask (else TEXT)."""
    from askfoi.site_bodies import police_asked, service_body

    places, rx = _places()
    asked = asked_text or text or ""
    if rx is None:
        return None
    hits = [(m, places.get(" ".join(m.group(0).lower().replace("\u2019", "'").split()))
             or places.get(" ".join(m.group(0).lower().replace("\u2019", "").replace("'", "").split())))
            for m in rx.finditer(text or "")]
    from askfoi.name_roles import named_as_direction

    # a place named as a direction ("vehicles headed towards catford") is no place the question is about
    hits = [(m, c) for m, c in hits if not named_as_direction(text or "", m.start())]
    from askfoi.town_councils import _words

    # ny76 (nc76 #1): "on cowbridge road east": a street's (a school's, a paper's) name, never the place's council
    hits = [(m, c) for m, c in hits if not _words().not_after.match((text or "")[m.end():m.end() + 40])]
    councils = {c for _, c in hits if c}
    if len(councils) != 1:
        return None
    m, council = next((m, c) for m, c in hits if c)
    place = " ".join(_COUNCIL_WORDS.sub(" ", council).split()).lower()
    served = service_body(asked, place)
    if not served and police_asked(asked) and not _COUNCIL_ASKED.search(asked):
        from askfoi.town_councils import force_of

        # fx102 (fx101 Dyfed-Powys 518/2024: "speeding convictions for the Pembroke and Pembroke Dock areas"): the force
        # of the council's area, read from the council's own place ("Pembrokeshire County Council" -> pembrokeshire),
        # where the place left by the council's name ("pembrokeshire county") names no force
        served = force_of(council)
    if served:
        return served, m.group(0), m.span()
    if not _COUNCIL_ASKED.search(asked) and (police_asked(asked) or _OTHER_BODY.search(asked)):
        return None
    return council, m.group(0), m.span()


def councils_named(text: str) -> set[str]:
    """(nx64) The councils whose neighbourhoods or estates TEXT names ("my flat in govan": Glasgow City Council)."""
    places, rx = _places()
    if rx is None:
        return set()
    return {c for m in rx.finditer(text or "")
            if (c := places.get(" ".join(m.group(0).lower().replace("\u2019", "'").split()))
                or places.get(" ".join(m.group(0).lower().replace("\u2019", "").replace("'", "").split())))}


def capitalise_areas(text: str) -> str:
    """TEXT with each neighbourhood or estate askfoi knows, typed in lower case after a word of place ("in the
    gorbals", "on broadwater farm"), given its capitals ("in the Gorbals", "on Broadwater Farm")."""
    _, rx = _places()
    if rx is None or not text:
        return text or ""

    def cap(m: re.Match[str]) -> str:
        name = m.group(2)
        if not name.islower():
            return m.group(0)
        return m.group(1) + " ".join(w[:1].upper() + w[1:] for w in name.split(" "))

    lead = r"(?i)(\b(?:in|at|on|near|across|around|about|from|for)\s+(?:the\s+)?)"
    text = re.sub(lead + "(" + rx.pattern.removeprefix("(?i)") + ")", cap, text)
    # fx46: the place named as what a place noun is of ("watch the toxteth estates", "the moss side area")
    return re.sub(r"(?i)(\bthe\s+)(" + rx.pattern.removeprefix("(?i)") + r")(?=\s+(?:estates?|areas?|communit(?:y|ies)|"
                  r"neighbou?rhoods?|streets?|wards?|districts?)\b)", cap, text)
