"""What is asked decides which body holds it, when a message names a school or a place rather than the body (ad48,
nc47 #1): "air quality near st johns primary in sheffield" is Sheffield City Council's (it monitors air quality),
not the school's; "how many pupils were excluded from ysgol bro morgannwg in barry" is proposed to the Vale of
Glamorgan Council (the education authority there, which holds exclusion figures for its schools), with the school as
the other body to ask; "an oxford low traffic neighbourhood" is the highway authority's (Oxfordshire County Council).

Data, not code: knowledge/vocab/asked_holders.yaml (the words that ask for a school's own records), council_tiers.yaml
`services` (which tier runs what), area_councils.yaml (towns inside councils named otherwise), service_areas.yaml (a
service run by one body in a nation or region); the sentences saying why are prompts/frames/asked_holder.j2.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab
from askfoi.templates import render


@dataclass(frozen=True)
class Holder:
    body: str  # the body proposed
    typed: str  # what it was taken from, as typed (the school's name with its place)
    reason: str  # the key of prompts/frames/asked_holder.j2
    note: str  # the sentence saying why, and the other body to ask


@functools.lru_cache(maxsize=1)
def _data() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str] | None]:
    data, _ = load_vocab("asked_holders")
    data = data if isinstance(data, dict) else {}
    own = {}
    for kind, words in (data.get("own_records") or {}).items():
        phrases = sorted({str(w).lower() for w in words or []}, key=len, reverse=True)
        if phrases:
            own[str(kind)] = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+")
                                                                       for p in phrases) + r")(?![\w-])")
    names = [str(w).lower() for w in data.get("not_local_authority") or []]
    other = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
    return own, other


def place_council(place: str | None) -> str | None:
    """The council whose area PLACE is: a town of a council named otherwise (area_councils.yaml: "barry" -> Vale of
    Glamorgan Council), else the current council named by the place itself ("sheffield" -> Sheffield City Council);
    None when askfoi knows no council there."""
    if not place or not place.strip():
        return None
    from askfoi.area_councils import _places
    from askfoi.authorities import default_index
    from askfoi.place_councils import current_body

    key = " ".join(re.sub(r"[^\w\s'-]", " ", place.lower()).split())
    towns, _ = _places()
    if key in towns:
        return towns[key]
    # st102: only a body named whole counts (score 100), so the fuzzy scan is not run (named_exactly)
    found = default_index().named_exactly(f"{key} council")
    if found is None or found.type.value != "council":
        return None
    return current_body(found.name)


_PLACE_AFTER = re.compile(r"(?i)\b(?:in|at|near|of)\s+(?:the\s+)?([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)")


def _place_of(institution, text: str) -> str | None:
    """The place INSTITUTION is in: its name's "in PLACE" ("st johns primary, in sheffield"), else one place the
    message names outside the name ("... in barry") whose council askfoi knows; None otherwise."""
    tail = institution.typed[len(institution.name):] if institution.typed.lower().startswith(institution.name.lower()) else ""
    tail = re.sub(r"(?i)^[\s,(]*(?:in|at)?\s*(?:the\s+)?", "", tail).strip(" ,()")
    if tail and place_council(tail):
        return tail
    outside = text[:institution.span[0]] + " " * (institution.span[1] - institution.span[0]) + text[institution.span[1]:]
    found = []
    for m in _PLACE_AFTER.finditer(outside):
        words = m.group(1).split()
        for n in (2, 1):
            if len(words) >= n and place_council(" ".join(words[:n])):
                found.append(" ".join(words[:n]))
                break
    councils = {place_council(p) for p in found}
    return found[0] if len(councils) == 1 else None


# "I am writing to Oakfield Primary School", "email sent to": the letter is the school's
_SCHOOL_ASKED = re.compile(r"(?i)\bthe\s+(?:school|ysgol)\b")
_WRITING_TO = re.compile(r"(?i)\b(?:writ(?:e|ing)|wrote|send(?:ing)?|sent|address(?:ed|ing)?)\s+(?:this\s+)?to\s+(?:the\s+)?$")


def _words(words) -> re.Pattern[str] | None:
    phrases = sorted({str(w).lower() for w in words or []}, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases)
                      + r")(?![\w-])") if phrases else None


@functools.lru_cache(maxsize=1)
def _governing_body() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("asked_holders")
    spec = (data or {}).get("governing_body_complaints") if isinstance(data, dict) else None
    spec = spec if isinstance(spec, dict) else {}
    return _words(spec.get("complaints")), _words(spec.get("people"))


def governing_body_asked(asked: str) -> bool:
    """(ad51, nc49 #6) Whether ASKED asks about complaints about, or the discipline of, a school's head, staff or
    governors (knowledge/vocab/asked_holders.yaml governing_body_complaints): the school's governing body (an
    academy's trust) handles those under its own complaints procedure, so the school holds them, not its council."""
    complaints, people = _governing_body()
    return complaints is not None and people is not None and bool(complaints.search(asked)) and bool(people.search(asked))


def school_holder(institution, text: str, questions: list[str]) -> Holder | None:
    """The body that holds what the questions ask about a school the message names (INSTITUTION, of
    askfoi.institution_names) when it is not the school: the council whose tier runs a service asked about near it
    (air quality: the district or unitary council; the road, a school street: the highway authority), or, for the
    school's own records, the education authority of the place it is in (the school the other body to ask). None
    when the school itself is the one to propose (its own records and no place known, an academy or a college, a
    letter written to the school), or when askfoi knows no council for its place."""
    if institution.kind != "school":
        return None
    from askfoi.council_tiers import council_tier
    from askfoi.place_councils import county_council_of, service_tier

    own, other = _data()
    asked = " ".join(questions) if questions else text
    asked = re.sub(re.escape(institution.name), " ", asked, flags=re.I)
    place = _place_of(institution, text)
    council = place_council(place)
    if council is None:
        return None
    from askfoi.authorities import resolve_authority

    found = resolve_authority(council)
    nation = found.nation.value if found is not None and found.known else "england"
    tier_of = council_tier(council, nation, "council")
    mine = own.get("school")
    # a council's service asked about near the school comes first ("the air quality near st johns primary"): the
    # words of the school's own records and "school" itself say nothing of which tier runs it
    rest = re.sub(r"(?i)\bschools?\b", " ", mine.sub(" ", asked) if mine is not None else asked)
    tier = service_tier(rest)
    if tier == "county":
        return _holder(county_council_of(council) or council, institution, "county", place, council)
    if tier == "district" and tier_of != "county":
        return _holder(council, institution, "district", place, council)
    if mine is not None and mine.search(asked):
        from askfoi.framing import _addressed

        from askfoi.framing import _STATE_SCHOOL

        if other is not None and other.search(institution.name) or _addressed(text, institution.span) \
                or _WRITING_TO.search(text[:institution.span[0]]) or _SCHOOL_ASKED.search(asked) \
                or not _STATE_SCHOOL.search(institution.name) or governing_body_asked(asked):
            # an academy's trust, a college, a letter to the school or a question put to it ("how many incidents did
            # the school record"): the school's own body answers; a school that may be independent is no council's
            return None
        body = county_council_of(council) or council  # a district holds no schools: its county does
        return _holder(body, institution, "education", place, council)
    return None


def _holder(body: str, institution, reason: str, place: str, council: str) -> Holder:
    from askfoi.authorities import letter_name_of

    site = _titled(institution.name)
    note = " ".join(render("frames/asked_holder.j2", reason=reason, body=letter_name_of(body) or body,
                           site=site, place=_titled(place), place_council=letter_name_of(council) or council,
                           kind=institution.kind).split())
    return Holder(body=body, typed=institution.typed, reason=reason, note=note)


def _titled(words: str) -> str:
    joins = {"and", "of", "the", "in", "at", "on", "upon", "y", "yr"}
    return " ".join(w if w.lower() in joins or not w.islower() else w[:1].upper() + w[1:] for w in (words or "").split())


def school_alone_note() -> str:
    """The sentence for a school proposed by its name while its own records are asked: its local authority is the
    other body that holds them."""
    return " ".join(render("frames/asked_holder.j2", reason="school_alone").split())


def asks_own_records(kind: str, institution_name: str, questions: list[str]) -> bool:
    """Whether QUESTIONS ask for the records of a KIND of institution about itself ("how many pupils were excluded")."""
    own, _ = _data()
    rx = own.get(kind)
    asked = re.sub(re.escape(institution_name or ""), " ", " ".join(questions or []), flags=re.I)
    return bool(rx and rx.search(asked))


def answers_for_itself(typed: str, questions: list[str]) -> str:
    """(cl55, nc55 #3) The word ("academy", "college") by which TYPED, a school named only by its kind ("his academy"),
    is a body that answers for itself (not_local_authority), when QUESTIONS ask for its own records ("how many
    exclusions"); "" otherwise. Its place's council holds none of them: which one is asked, never the council."""
    _, other = _data()
    found = other.search(typed or "") if other is not None else None
    if found is None or not asks_own_records("school", typed, questions):
        return ""
    return found.group().lower().rstrip("s") if found.group().lower() != "academies" else "academy"


def itself_example(word: str) -> str:
    """An example name of a body of the kind WORD ("academy") for the question asking which one (asked_holders.yaml)."""
    data, _ = load_vocab("asked_holders")
    examples = data.get("itself_examples") if isinstance(data, dict) else None
    return str((examples or {}).get(word) or "")


@functools.lru_cache(maxsize=1)
def _services() -> tuple[tuple[str, re.Pattern[str], dict[str, str]], ...]:
    data, _ = load_vocab("service_areas")
    out = []
    for key, spec in (data if isinstance(data, dict) else {}).items():
        if key == "prisons" or not isinstance(spec, dict):
            continue
        words = [str(w) for w in spec.get("words") or []]
        areas = {" ".join(str(p).lower().split()): str(body) for body, places in (spec.get("bodies") or {}).items()
                 for p in places or []}
        if words:
            out.append((str(key), re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b"), areas))
    return tuple(out)


def why_body(body: str, typed: str, asked: str) -> str | None:
    """The sentence saying why BODY, taken from the place TYPED for what ASKED asks, is not the place's own council:
    a service one body runs there (social housing in Northern Ireland); None when BODY is the place's council or
    askfoi has nothing to say."""
    from askfoi.authorities import letter_name_of

    key = " ".join(re.sub(r"[^\w\s'-]", " ", (typed or "").lower()).split())
    council = place_council(key)
    for reason, words, areas in _services():
        if areas.get(key) == body and words.search(asked or ""):
            note = render("frames/asked_holder.j2", reason=reason, body=letter_name_of(body) or body, site="",
                          place=_titled(typed), place_council=letter_name_of(council) if council else "")
            return " ".join(note.split()) or None
    # (a district named bare for a county service, "an oxford low traffic neighbourhood", is said at the organisation
    # step: prompts/bot/ask_authority.j2 county_service)
    return None


@functools.lru_cache(maxsize=1)
def _site_services() -> dict[str, re.Pattern[str]]:
    data, _ = load_vocab("asked_holders")
    out = {}
    for tier, words in ((data or {}).get("site_services") or {}).items() if isinstance(data, dict) else ():
        phrases = sorted({str(w).lower() for w in words or []}, key=len, reverse=True)
        if phrases:
            out[str(tier)] = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+")
                                                                         for p in phrases) + r")(?![\w-])")
    return out


def site_holder(site_typed: str, text: str, questions: list[str]) -> Holder | None:
    """The council that holds a service asked about near a hospital the message names by its site ("the air quality
    near leeds general infirmary": Leeds City Council, not the trust): the council of the place in the site's name or
    right after it, by the tier that runs the service (asked_holders.yaml `site_services`); None when nothing asked
    is a council's or askfoi knows no council there."""
    from askfoi.council_tiers import council_tier
    from askfoi.place_councils import county_council_of

    asked = re.sub(re.escape(site_typed or ""), " ", " ".join(questions) if questions else text, flags=re.I)
    tiers = {t for t, rx in _site_services().items() if rx.search(asked)}
    if len(tiers) != 1:
        return None
    tier = tiers.pop()
    words = re.findall(r"[a-z][a-z'-]*", (site_typed or "").lower())
    after = re.search(rf"(?i){re.escape(site_typed or '')}\s*,?\s*(?:in|at)\s+([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)", text)
    places = ([" ".join(after.group(1).split()[:n]) for n in (2, 1)] if after else []) + \
        [" ".join(words[i:i + n]) for n in (2, 1) for i in range(len(words) - n + 1)]
    place = next((p for p in places if place_council(p)), None)
    council = place_council(place)
    if council is None:
        return None
    from askfoi.authorities import resolve_authority

    found = resolve_authority(council)
    nation = found.nation.value if found is not None and found.known else "england"
    if tier == "district" and council_tier(council, nation, "council") == "county":
        return None
    body = county_council_of(council) or council if tier == "county" else council
    from askfoi.institution_names import InstitutionName

    site = InstitutionName(typed=site_typed, span=(0, 0), kind="hospital", question="hospital", types=(), name=site_typed)
    return _holder(body, site, tier, place, council)


@functools.lru_cache(maxsize=1)
def _road_data() -> tuple[re.Pattern[str] | None, str, str, tuple[str, ...]]:
    data, _ = load_vocab("road_holders")
    data = data if isinstance(data, dict) else {}
    words = [str(w) for w in data.get("road_words") or []]
    pattern = re.compile(rf"(?i)\b(?:{'|'.join(words)})\b") if words else None
    return (pattern, str(data.get("london_body") or ""), str(data.get("trunk_body") or ""),
            tuple(str(c).lower() for c in data.get("london_councils") or []))


def road_holders(names: list[str], text: str) -> str | None:
    """lf64 (nc61 #9): "london" when NAMES (the bodies a message names together) are Transport for London and a London
    borough's council and TEXT is about a road ("is it lambeth council or tfl??"): red routes are TfL's, other roads
    the borough's; "trunk" for National Highways and a council outside London; None otherwise
    (knowledge/vocab/road_holders.yaml, said by prompts/bot/_road_holders.j2)."""
    pattern, london, trunk, councils = _road_data()
    if pattern is None or len(names) < 2 or not pattern.search(text or ""):
        return None
    from askfoi.authorities import resolve_authority

    found = [resolve_authority(n) for n in names]
    known = [f for f in found if f is not None and f.known]
    council = [f for f in known if f.type.value == "council"]

    def in_london(f) -> bool:
        said = " ".join(n.lower() for n in (f.name, f.letter_name))
        return any(re.search(rf"\b{re.escape(c)}\b", said) for c in councils)

    if any(f.name == london for f in known) and any(in_london(f) for f in council):
        return "london"
    if any(f.name == trunk for f in known) and any(not in_london(f) for f in council):
        return "trunk"
    return None
