"""ad50: the council of a town, village or locality a message names without naming its council ("potholes in
banbury": Banbury is in Cherwell District, Oxfordshire), from a gazetteer of England and Wales
(knowledge/town_councils.jsonl, built by bench/build_town_councils.py from the ONS's lookups, Open Government
Licence v3.0). People name their town, not their council.

A place is read only where it is typed as a place (knowledge/vocab/town_words.yaml): after a preposition of place
("in bicester"), before a word that says it is one ("banbury council", "the bicester area") or with "'s"; a name that
is mostly something else ("reading", "bath", "march", "street") needs more (see `not_towns` there). The council is
then chosen by what is asked: in a two-tier area the county for its services (roads, schools, social care) and the
district for its own (bins, housing, planning); for both or neither, and for a place in more than one council's
area (Newport, Ashford), askfoi asks, with the councils as numbered choices. A police question goes to the force of
the council's area when askfoi knows it.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab, shipped_knowledge_dir

MAX_CHOICES = 6  # a place shared by more councils than this is asked about without a list


@dataclass(frozen=True)
class TownNamed:
    """A place of the gazetteer as a message types it: its key ("banbury"), the words typed, where, and the councils
    whose area has a place of that name (one, or several when the name is shared)."""

    key: str
    typed: str
    span: tuple[int, int]
    councils: tuple[str, ...]
    towns: tuple[str, ...] = ()  # of a shared name: the councils where it is a town, not a hamlet (by the ONS's areas)

    @property
    def meant(self) -> tuple[str, ...]:
        """The councils the name may mean: the one whose area holds the only town of that name (Leeds, not the Kent
        village), else those holding a town of it (Richmond: London and North Yorkshire), else all."""
        return self.towns if self.towns else self.councils


def _key(text: str) -> str:
    text = text.lower().replace("'", "").replace("\u2019", "").replace("&", " and ")
    return " ".join(("st" if w == "saint" else w) for w in re.sub(r"[^\w\s]", " ", text).split())


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...]]], int]:
    path = shipped_knowledge_dir() / "town_councils.jsonl"
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("//")]
        records = json.loads("[" + ",".join(lines) + "]")
    except (OSError, ValueError):
        return {}, 0
    # the builder writes each place as _key makes it (lower case, no punctuation, "saint" as "st")
    out = {str(r["place"]): (tuple(r["councils"]), tuple(r.get("towns") or ())) for r in records
           if isinstance(r, dict) and r.get("place") and r.get("councils")}
    for short, councils in _council_short_names().items():
        # lead45: the place a council's two-part name opens with ("Brighton" of Brighton and Hove, "Southend" of
        # Southend-on-Sea) is a town of that council: the gazetteer lists only the whole name, and a hamlet of the
        # same name elsewhere ("Southend", West Berkshire) is no town; two councils with the same first place
        # (Newcastle upon Tyne, Newcastle-under-Lyme) share it and are asked about
        had, towns = out.get(short, ((), ()))
        if not had:
            towns = ()
        out[short] = (tuple(dict.fromkeys((*had, *councils))),
                      tuple(dict.fromkeys((*(towns or (had if len(had) == 1 and had[0] in councils else ())), *councils))))
    return out, max((len(k.split()) for k in out), default=0)


@functools.lru_cache(maxsize=1)
def _council_short_names() -> dict[str, tuple[str, ...]]:
    """The first place of each current principal council's two-part name ("brighton": Brighton and Hove City
    Council; "newcastle": the councils of Newcastle upon Tyne and Newcastle-under-Lyme), from knowledge/authorities."""
    path = shipped_knowledge_dir() / "authorities.jsonl"
    try:
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (OSError, ValueError):
        return {}
    out: dict[str, list[str]] = {}
    for r in rows:
        name = str(r.get("name") or "") if isinstance(r, dict) else ""
        if r.get("type") != "council" or "abolished" in str(r.get("note") or "").lower() \
                or re.search(r"(?i)\b(?:town|parish|community)\s+council\b|\bmeeting\b", name):
            continue
        m = re.match(r"([a-z]{4,}) (?:and|with|on|upon|under) ", _key(_council_place(name).replace("-", " ")))
        if m:
            out.setdefault(m.group(1), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class _Words:
    before: re.Pattern[str]
    after: re.Pattern[str]
    not_after: re.Pattern[str]
    not_towns: frozenset[str]
    months: frozenset[str]
    never: frozenset[str]
    lead: frozenset[str]
    counties: frozenset[str]


def _alts(words) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted({str(w).lower() for w in words or []},
                                                                             key=len, reverse=True)) or "(?!)"


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("town_words")
    data = data if isinstance(data, dict) else {}
    before = re.compile(rf"(?i)(?:\b(?:{_alts(data.get('prepositions'))})\s+(?:the\s+)?|\b(?:{_alts(data.get('of_words'))})"
                        rf"\s+of\s+)$")
    after = re.compile(rf"(?i)^(?:['\u2019]s\b|\s+(?:{_alts(data.get('after'))})\b)")
    not_after = re.compile(rf"(?i)^\s+(?:{_alts(data.get('not_after'))})\b")
    return _Words(before, after, not_after, frozenset(_key(str(w)) for w in data.get("not_towns") or []),
                  frozenset(str(w).lower() for w in data.get("months") or []),
                  frozenset(_key(str(w)) for w in data.get("never") or []),
                  frozenset(str(w).lower() for w in data.get("lead_words") or []),
                  frozenset(_key(str(w)) for w in data.get("unitary_counties") or []))


# what follows a lower-case word that is mostly something else when it is the place: the end of the clause, a time
# or another place phrase ("potholes in reading last year", "in reading and slough"), never an object ("reading the")
_CLAUSE_END = re.compile(r"(?i)^\s*(?:$|[.,;:!?)]|(?:last|this|next|since|during|between|for|from|in|on|over|and|or|but|"
                         r"per|each|every|during|so|please|thanks|council|area|\d)\b)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _as_place(text: str, start: int, end: int, key: str) -> bool:
    """Whether the words of TEXT at START:END, the place KEY, are typed as that place (module doc)."""
    w = _words()
    if key in w.never:
        return False
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if w.not_after.match(after):
        return False  # "banbury road", "bicester town council", "the chichester observer": a street, a body, a paper
    prev = re.search(r"([A-Za-z][\w'\u2019-]*)\s+(?:(?:and|of)\s+)?$", before)
    if prev and prev.group(1)[:1].isupper() and not w.before.search(before):
        return False  # "Cheshire West and Chester Council": a word of a longer name
    said = bool(w.after.match(after))
    prep = w.before.search(before)
    if key not in w.not_towns and key not in w.months:
        return said or bool(prep)
    if said:  # "bath council", "reading's libraries"; never "banbury town council", "thames valley police"
        last = re.search(r"([A-Za-z][\w'\u2019-]*)\s*$", before)
        return last is None or last.group(1).lower() in w.lead or bool(re.search(r"[.!?\n]\s*$", before))
    if key in w.months or not prep or re.search(r"(?i)\bthe\s+$", prep.group()):
        return False  # "in March" is a date; "in the fleet", "in the park": a thing, not the place
    typed = text[start:end]
    if typed[:1].isupper():  # "in Reading", never "in the River Wye" (a word of a longer name)
        return not re.match(r"\s+[A-Z]", after)
    return bool(_CLAUSE_END.match(after)) or _county_follows(after)


def _county_follows(after: str) -> bool:
    """AFTER begins with a county's name ("deal kent", "wells, somerset"): the word before it is a place."""
    from askfoi.place_councils import _areas

    m = re.match(r"\s*,?\s*((?:[a-z]+\s+){0,2}[a-z]+)", after.lower())
    if not m:
        return False
    words = m.group(1).split()
    return any(" ".join(words[:n]) in _areas().county_places or " ".join(words[:n]) in _words().counties
               for n in range(len(words), 0, -1))


def towns_named(text: str) -> list[TownNamed]:
    """Every place of the gazetteer TEXT types as a place, longest name first where names overlap."""
    table, most = _table()
    if not table or not text:
        return []
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[TownNamed] = []
    i = 0
    while i < len(tokens):
        for n in range(min(most, len(tokens) - i), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            if n > 1 and re.search(r"[^\w\s'\u2019&.-]", text[start:end]):
                continue  # a name is never read across a comma or a bracket
            key = _key(text[start:end])
            if key in table and _as_place(text, start, end, key):
                out.append(TownNamed(key, text[start:end], (start, end), *table[key]))
                i += n
                break
        else:
            i += 1
    return out


def town_named(text: str) -> TownNamed | None:
    """The one place TEXT names (several names of the same councils count as one), or None."""
    found = towns_named(text)
    if not found or len({t.meant for t in found}) != 1:
        return None
    return found[0]


def _council_place(council: str) -> str:
    return " ".join(re.sub(r"(?i)\b(?:london\s+borough\s+of|royal\s+borough\s+of|city\s+of|metropolitan|borough|district|"
                           r"city|county|council|corporation)\b", " ", council).split()).lower()


def force_of(council: str) -> str | None:
    """The police force of COUNCIL's area, when knowledge/vocab/police_areas.yaml (or a force named after the place)
    tells: the council's own place ("cornwall"), else its county's ("cherwell" -> "oxfordshire")."""
    from askfoi.place_councils import county_council_of
    from askfoi.site_bodies import force_for_place

    county = county_council_of(council)
    for place in (_council_place(council), _council_place(county) if county else ""):
        force = force_for_place(place) if place else None
        if force:
            return force
    return None


def _told_apart(text: str, town: TownNamed, councils: tuple[str, ...]) -> str | None:
    """The one council of COUNCILS whose area TEXT also names besides the town: its own place ("isle of wight") or
    its county's ("ashford kent": Ashford Borough Council, in Kent); None when it names none or several."""
    from askfoi.place_councils import county_council_of

    rest = (text[:town.span[0]] + " " + text[town.span[1]:]).lower()
    found = set()
    for council in councils:
        county = county_council_of(council)
        for place in (_council_place(council), _council_place(county) if county else ""):
            if place and place != town.key and re.search(rf"\b{re.escape(place)}\b", rest):
                found.add(council)
    return found.pop() if len(found) == 1 else None


# what only the police record ("crimes reported in barnstaple", "knife crime in street")
_POLICE_WORDS = re.compile(r"(?i)\b(?:police|constabulary|officers?|stop\s+and\s+search\w*|arrests?|arrested|crimes?|"
                           r"burglar\w*|robber\w*|stabbings?|shootings?|knife|assaults?|shoplifting|anti[\s-]*social\s+behaviour)\b")


# another kind of body is asked (askfoi.area_councils._OTHER_BODY): the place says where, not who
_NOT_COUNCIL = re.compile(r"(?i)\b(?:nhs|hospitals?|trust|health\s+board|gp|surgery|schools?|academy|fire\s+(?:service|brigade)|"
                          r"ambulances?|housing\s+association|university|college|(?:railway|train|tube|bus)\s+stations?|"
                          r"trains?|trams?|prisons?)\b")
_COUNCIL = re.compile(r"(?i)\bcouncil\b")
# one institution asked about ("the school in banbury", "my gp"): its own body, or its own rules (askfoi.asked_holders)
_ONE_INSTITUTION = re.compile(r"(?i)\b(?:the|a|my|our|his|her|their|this|that)\s+(?:local\s+)?(?:primary\s+|secondary\s+)?"
                              r"(?:school|academy|hospital|college|surgery|gp|university)\b")


@dataclass(frozen=True)
class TownBody:
    """What a place named without its body gives: the body (one council, or the force), or the councils to choose
    from (a two-tier area whose tier the message does not say; a name shared by several councils' areas)."""

    town: TownNamed
    body: str | None = None
    choices: tuple[str, ...] = ()
    why: str = ""  # "tier": which tier is asked; "shared": which place is meant


def town_body(text: str, asked_text: str | None = None) -> TownBody | None:
    """The body for the one place of the gazetteer TEXT names (TownBody), or None when it names none, or asks a body
    of a kind a place does not decide (a school, a hospital: their own rules), or the police where askfoi cannot tell
    the force. ASKED_TEXT: the sentences of TEXT that ask (else TEXT)."""
    from askfoi.place_councils import county_council_of, service_tier
    from askfoi.site_bodies import police_asked, service_body

    town = town_named(text)
    if town is None:
        return None
    asked = asked_text or text
    from askfoi.spelling import apply, suggest

    fixes = suggest(asked)
    asked = apply(asked, fixes) if fixes else asked  # "how many polce oficers in durham": what is asked, as meant
    councils = town.meant
    if (police_asked(asked) or _POLICE_WORDS.search(asked)) and not _COUNCIL.search(asked):
        forces = {force_of(c) for c in councils}
        return TownBody(town, body=forces.pop()) if len(forces) == 1 and None not in forces else None
    if len(councils) == 1:
        served = service_body(asked, _council_place(councils[0]))  # "ambulances in banbury": the trust there
        if served:
            return TownBody(town, body=served)
    from askfoi.area_councils import _OTHER_BODY

    if (_NOT_COUNCIL.search(asked) or _OTHER_BODY.search(asked)) and not _COUNCIL.search(asked) \
            and (service_tier(asked) is None or _ONE_INSTITUTION.search(asked)):
        return None  # "waiting times at the hospital in banbury": another body's; never "school places in thetford"
    if len(councils) > 1:
        told = _told_apart(text, town, councils)  # "ashford, kent", "newport on the isle of wight"
        if told is None:
            return TownBody(town, choices=councils if len(councils) <= MAX_CHOICES else (), why="shared")
        councils = (told,)
    council = councils[0]
    county = county_council_of(council)
    if county is None:
        return TownBody(town, body=council)
    tier = service_tier(asked)
    if tier == "county":
        return TownBody(town, body=county)
    if tier == "district":
        return TownBody(town, body=council)
    return TownBody(town, choices=(council, county), why="tier")


def shared_place(typed: str, council: str) -> TownNamed | None:
    """The gazetteer's entry for TYPED, a place a council was found by ("ashford" -> Ashford Borough Council), when
    towns of that name lie in other councils' areas too (Ashford in Surrey): the council is then asked, not assumed.
    None when the name is that council's only town ("leeds": the village in Kent is no town)."""
    table, _ = _table()
    entry = table.get(_key(typed))
    if entry is None or len(entry[1]) < 2 or council not in entry[1]:
        return None
    return TownNamed(_key(typed), typed, (0, 0), *entry)
