"""Which body answers for a site a message names by its place: "colchester police station" is a matter for the
force covering Colchester (Essex Police), "leeds general infirmary" for the NHS trust that runs it, and
"manchester airport" for no body askfoi can name, so it is asked, never the town's council.

Data: knowledge/vocab/site_bodies.yaml (the kinds of site and their words) and knowledge/vocab/police_areas.yaml
(the places each force covers)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class Site:
    kind: str  # "police", "nhs" or "ask"
    words: int  # how many words the site's name takes after the place (a middle word included)
    name: str  # the site's words as typed ("police station")


@functools.lru_cache(maxsize=1)
def _sites() -> tuple[dict[tuple[str, ...], str], frozenset[str], frozenset[str]]:
    data, _ = load_vocab("site_bodies")
    data = data if isinstance(data, dict) else {}
    nouns: dict[tuple[str, ...], str] = {}
    for kind in ("police", "nhs", "ask"):
        for phrase in data.get(kind) or []:
            nouns[tuple(str(phrase).lower().split())] = kind
    kinds, _ = load_vocab("record_kinds")
    middles = frozenset(str(w).lower() for w in ((kinds or {}).get("name_middles") or [])) if isinstance(kinds, dict) else frozenset()
    return nouns, middles, frozenset(str(w).lower() for w in data.get("nhs_words") or [])


@functools.lru_cache(maxsize=1)
def _police_areas() -> dict[str, str]:
    data, _ = load_vocab("police_areas")
    out: dict[str, str] = {}
    for force, places in (data if isinstance(data, dict) else {}).items():
        for place in places or []:
            out[" ".join(str(place).lower().split())] = str(force)
    return out


def site_after(words: list[str]) -> Site | None:
    """The site WORDS begin with (the words right after a place, lower case): "police station", "general
    infirmary" (one middle word allowed), "airport"; None when they name no site."""
    nouns, middles, _ = _sites()
    for skip in (0, 1):
        if skip and (not words or words[0] not in middles):
            break
        rest = words[skip:]
        for n in range(min(3, len(rest)), 0, -1):
            kind = nouns.get(tuple(rest[:n]))
            if kind:
                return Site(kind=kind, words=skip + n, name=" ".join(words[:skip + n]))
    return None


def police_force_for(place: str) -> str | None:
    """The force covering PLACE ("colchester" -> "Essex Police"), or None when askfoi does not know it."""
    return _police_areas().get(" ".join(re.sub(r"[^\w\s'-]", " ", place.lower()).split()))


def body_for_site(place: str, site: Site) -> str | None:
    """The body that answers for SITE at PLACE, or None when it must be asked: the force covering the place;
    the one current NHS body whose name has the place and a hospital word (Leeds General Infirmary -> Leeds
    Teaching Hospitals NHS Trust, when the list has it); nothing for an airport, a station or a court."""
    if site.kind == "police":
        return police_force_for(place)
    if site.kind != "nhs":
        return None
    from askfoi.authorities import default_index, normalise
    from askfoi.models import AuthorityType

    _, _, hospital_words = _sites()
    index = default_index()
    places = set(normalise(place).split())
    if not places:
        return None
    owners = {index.owner[pos] for pos, words in enumerate(index.words)
              if places <= words and words & hospital_words
              and index.authorities[index.owner[pos]].type == AuthorityType.nhs}
    owners = {i for i in owners if not index.authorities[i].defunct and index.authorities[i].covered}
    return index.authorities[owners.pop()].name if len(owners) == 1 else None


# --- services run by one kind of body, and prisons (knowledge/vocab/service_areas.yaml) ---------------------------


def _clean_place(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'-]", " ", text.lower()).split())


@functools.lru_cache(maxsize=1)
def _services() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    data, _ = load_vocab("service_areas")
    out = []
    for key, spec in (data if isinstance(data, dict) else {}).items():
        if key == "prisons" or not isinstance(spec, dict):
            continue
        words = [str(w) for w in spec.get("words") or []]
        areas = {_clean_place(str(p)): str(body) for body, places in (spec.get("bodies") or {}).items()
                 for p in places or []}
        if words and areas:
            out.append((re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b"), areas))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _services_by_force() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    """fx97: per service, the body that runs it in the whole area of a police force (service_areas.yaml `by_force`)."""
    data, _ = load_vocab("service_areas")
    out = []
    for key, spec in (data if isinstance(data, dict) else {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("by_force"), dict):
            continue
        words = [str(w) for w in spec.get("words") or []]
        if words:
            out.append((re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b"),
                        {str(f): str(b) for f, b in spec["by_force"].items()}))
    return tuple(out)


def service_body(text: str, place: str) -> str | None:
    """The body that runs a service TEXT asks about in PLACE, named bare ("how long do ambulances take in cornwall"
    -> South Western Ambulance Service NHS Foundation Trust; "police in manchester" -> Greater Manchester Police),
    or None (no such service asked, or a place askfoi does not know for it). fx97: a place the service's own list
    does not name, through the force that covers it ("the fire in crewe" -> Cheshire Fire and Rescue Service)."""
    key = _clean_place(place)
    for words, areas in _services():
        if words.search(text) and key in areas:
            return areas[key]
    for words, by_force in _services_by_force():
        if words.search(text):
            force = force_for_place(key)
            if force in by_force:
                return by_force[force]
    if police_asked(text):
        return force_for_place(key)
    return town_hospital_body(text, key)


@functools.lru_cache(maxsize=1)
def _hospital_care() -> re.Pattern[str] | None:
    data, _ = load_vocab("service_areas")
    spec = (data or {}).get("hospital_care") if isinstance(data, dict) else None
    words = [str(w) for w in (spec or {}).get("words") or []] if isinstance(spec, dict) else []
    return re.compile(r"(?i)(?<![\w&])(?:" + "|".join(map(re.escape, words)) + r")(?![\w&])") if words else None


def hospital_care_asked(text: str) -> bool:
    """lead60: whether TEXT asks about care a hospital gives (service_areas.yaml `hospital_care`)."""
    care = _hospital_care()
    return bool(care is not None and care.search(text or ""))


def town_hospital_body(text: str, place: str) -> str | None:
    """lead60: the NHS body that runs the main hospital of PLACE when TEXT asks about hospital care there ("waiting for
    a hip operation in norwich": Norfolk and Norwich University Hospitals NHS Foundation Trust), as "the hospital in
    norwich" is (askfoi/hospital_towns.py); None when TEXT asks no hospital care or the town has no one main body."""
    from askfoi.hospital_towns import bodies_in_town, main_bodies

    if not hospital_care_asked(text):
        return None
    main = main_bodies(bodies_in_town(_clean_place(place)), text)
    return main[0] if len(main) == 1 else None


_FIRE = re.compile(r"(?i)\b(?:fire\s+(?:and\s+rescue\s+)?(?:service|brigade)s?|fire\s*fighters?|fire\s+crews?|fire\s+engines?|"
                   r"fire\s+stations?)\b")


def fire_body_in_text(text: str) -> tuple[str, str] | None:
    """lead35: (the fire and rescue service, the place as typed) when TEXT asks about the fire service ("how many
    times have the fire service been called out ... in essex") and names a place whose fire and rescue service the
    authority list knows by that place ("Essex Fire Service" -> Essex County Fire & Rescue Service); None otherwise.
    A county's fire service is not its council."""
    if not _FIRE.search(text or ""):
        return None
    from askfoi.authorities import default_index, normalise

    index = default_index()
    words = _clean_place(text).split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            place = " ".join(words[i:i + n])
            for kind in ("fire and rescue service", "fire service", "fire brigade"):
                key = normalise(f"{place} {kind}")
                if key in index.exact:
                    auth = index.authorities[index.exact[key]]
                    if auth.type.value == "fire" and not auth.defunct:
                        return auth.name, place
    return None


def service_body_in_text(text: str) -> tuple[str, str] | None:
    """lead34: (the body, the place as typed) when TEXT asks about a service (ambulances) and names a place of that
    service's area list anywhere ("response times for ambulances in north yorkshire"), the longest place first; None
    when it asks no such service or names none of its places. For places no council or force name matched."""
    low = " " + _clean_place(text) + " "
    for words, areas in _services():
        if not words.search(text):
            continue
        for place in sorted(areas, key=len, reverse=True):
            at = low.find(" " + place + " ")
            if at >= 0:
                return areas[place], place
    return None


@functools.lru_cache(maxsize=1)
def _police_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("service_areas")
    spec = (data or {}).get("police") if isinstance(data, dict) else None
    spec = spec if isinstance(spec, dict) else {}

    def words(key: str) -> re.Pattern[str] | None:
        phrases = sorted({str(w).lower() for w in spec.get(key) or []}, key=len, reverse=True)
        return re.compile(r"(?i)\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b") \
            if phrases else None
    return words("words"), words("not_words")


def police_asked(text: str) -> bool:
    """True when TEXT asks the police, or about what only the police record ("stop and search"), without a
    police and crime commissioner in it (knowledge/vocab/service_areas.yaml `police`)."""
    words, not_words = _police_words()
    return bool(words and words.search(text or "") and not (not_words and not_words.search(text or "")))


def force_for_place(place: str) -> str | None:
    """The force covering PLACE: from knowledge/vocab/police_areas.yaml ("leeds" -> West Yorkshire Police), or
    the force named after the place ("kent" -> Kent Police, "greater manchester" -> Greater Manchester Police)."""
    force = police_force_for(place)
    if force:
        return force
    from askfoi.authorities import default_index, normalise
    from askfoi.models import AuthorityType

    index = default_index()
    key = normalise(place + " police")
    auth = index.authorities[index.exact[key]] if key in index.exact else None
    return auth.name if auth is not None and auth.type == AuthorityType.police and not auth.defunct else None


_PRISON = re.compile(r"(?i)\b(?:hmp(?:\s*(?:&|and)\s*yoi)?|hmyoi|hm\s+prison|her\s+majesty's\s+prison|his\s+majesty's\s+prison)"
                     r"\s+([A-Za-z][A-Za-z'-]+)|\b([A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+)?)\s+"
                     r"(?:prison|young\s+offenders?\s+institution)\b(?!\s+(?:sentences?|terms?|officers?|staff|service|"
                     r"population|places?|system|estate|reform|visits?|visitors?|guards?|time|records?|governors?|"
                     r"numbers?|overcrowding|conditions?|building|buildings|cells?|releases?|leavers?|healthcare)\b)")
_NOT_PRISON_NAMES = {"the", "a", "in", "at", "of", "from", "to", "my", "his", "her", "their", "our", "your", "this",
                     "that", "open", "local", "private", "women's", "womens", "mens", "men's", "high", "security",
                     "cat", "category", "each", "every", "any", "which", "what", "uk", "scottish", "english", "welsh",
                     "new", "old", "closed", "youth", "state", "federal", "american", "us", "one", "same", "other",
                     "have", "has", "had", "received", "receive", "receiving", "sent", "send", "into", "go", "went",
                     "gone", "were", "was", "been", "be", "face", "faced", "facing", "serve", "served", "serving", "jail",
                     "life", "long", "short", "years", "months", "days", "weeks", "got", "get", "given", "and", "or",
                     "for", "with", "by", "on", "out", "back", "are", "is", "spent", "spend", "spending", "died", "die"}


def prison_body(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """The body that answers for a prison TEXT names ("HMP Wandsworth" -> Ministry of Justice; "HMP Barlinnie" ->
    Scottish Prison Service): (body, the words typed, where), or None."""
    data, _ = load_vocab("service_areas")
    spec = (data or {}).get("prisons") if isinstance(data, dict) else None
    if not isinstance(spec, dict):
        return None
    for m in _PRISON.finditer(text or ""):
        name = (m.group(1) or m.group(2) or "").strip()
        words = name.lower().split()
        while words and words[0] in _NOT_PRISON_NAMES:
            words = words[1:]
        if not words or words[-1] in _NOT_PRISON_NAMES:
            continue
        key = " ".join(words)
        start = m.start() if m.group(1) else m.start(2) + m.group(2).lower().rfind(words[0])
        typed, span = text[start:m.end()], (start, m.end())
        health = prison_health_body(key, text, spec)
        if health is not None:
            return health[0], typed, span
        for nation in ("scotland", "northern_ireland"):
            part = spec.get(nation) or {}
            if any(key == n or key.split()[0] == n.split()[0] for n in (part.get("names") or [])):
                return str(part.get("body")), typed, span
        return str(spec.get("england_wales")), typed, span
    return None


def prison_health_body(key: str, text: str, spec: dict | None = None) -> tuple[str, str] | None:
    """ck26: (the health body, its nation) for the prison named KEY ("barlinnie", "pentonville") when TEXT asks about
    its prisoners' health care (service_areas.yaml prisons: health); None when TEXT does not, or the prison's health
    body is not known (it keeps the body that runs the prison)."""
    if spec is None:
        data, _ = load_vocab("service_areas")
        spec = (data or {}).get("prisons") if isinstance(data, dict) else None
    health = (spec or {}).get("health") if isinstance(spec, dict) else None
    if not isinstance(health, dict):
        return None
    words = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in health.get("words") or [])
    if not words or not re.search(rf"(?i)\b(?:{words})\b", text or ""):
        return None
    first = key.split()[0] if key else ""

    def listed(nation: str) -> str | None:
        boards = health.get(nation)
        if not isinstance(boards, dict):
            return None
        return next((str(board) for board, names in boards.items()
                     if any(key == n or first == str(n).split()[0] for n in names or [])), None)

    for nation in ("scotland", "wales"):
        board = listed(nation)
        if board:
            return board, nation
    prisons = spec.get("scotland") or {}, spec.get("northern_ireland") or {}
    if any(key == n or first == str(n).split()[0] for n in prisons[0].get("names") or []):
        return None  # a Scottish prison with no board listed: the prison service as before
    if any(key == n or first == str(n).split()[0] for n in prisons[1].get("names") or []):
        return (str(health["northern_ireland"]), "northern_ireland") if health.get("northern_ireland") else None
    return (str(health["england"]), "england") if health.get("england") else None


_AFTER_WHERE = re.compile(r"(?i)\b(?:in|across|around|throughout|within|for|of|from|at|covering)\s+(?:the\s+)?"
                          r"(?P<place>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})")


def force_in_text(text: str) -> tuple[str, str] | None:
    """(force, place as typed) for the one force whose area TEXT names after "in", "across", "for"...
    ("drink driving in dorset" -> Dorset Police), or None when it names none or several."""
    found: dict[str, str] = {}
    for m in _AFTER_WHERE.finditer(text or ""):
        words = m.group("place").split()
        for n in range(len(words), 0, -1):
            force = force_for_place(" ".join(words[:n]))
            if force:
                found.setdefault(force, " ".join(words[:n]))
                break
    return next(iter(found.items())) if len(found) == 1 else None



# --- ck22: hospitals named by their site ----------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _hospital_sites() -> list[tuple[re.Pattern[str], str, str | None]]:
    """(pattern of a site's name, the trust that runs it, the town that must be named beside it) from
    knowledge/vocab/hospital_sites.yaml, longest names first."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("hospital_sites")
    rows: list[tuple[str, str, str | None]] = []
    for trust in (data or {}).get("trusts") or []:
        for site in trust.get("sites") or []:
            for name in site.get("names") or []:
                rows.append((str(name).lower(), str(trust["trust"]), (str(site["town"]).lower() if site.get("town") else None)))
    hand = {(name, town) for name, _, town in rows}
    shared = {name for name, _, town in rows if town}
    data, _ = load_vocab("nhs_hospital_sites")  # ck28: every site in the NHS list (bench/build_nhs_sites.py)
    data = data if isinstance(data, dict) else {}
    renamed = {str(k): str(v) for k, v in (data.get("renamed") or {}).items()}
    for site in data.get("sites") or []:
        name, body = str(site.get("site") or "").lower(), str(site.get("body") or "")
        if not name or not body or (name, None) in hand:
            continue
        # ck30: a name the hand list gives with a town ("queen's hospital" in Burton) is another town's hospital too
        # ("queens hospital romford"): the NHS list's site is kept, named with its own town
        town = str(site.get("town") or "").lower() if site.get("town_needed") or name in shared else None
        if (name, town) not in hand:
            rows.append((name, renamed.get(body, body), town))
    rows += _short_names(rows)
    rows.sort(key=lambda r: -len(r[0]))
    out = []
    for name, trust, town in rows:
        words = [re.escape(w).replace("'", "'?") for w in re.sub(r"^the\s+", "", name).split()]
        out.append((re.compile(r"(?i)\b(?:the\s+)?" + r"\s+".join(words) + r"(?![\w'])"), trust, town))
    return out


_SHORTENED = re.compile(r"^(?P<short>(?:[\w'-]+\s+)+(?:general|royal|county|district|university|memorial))\s+(?:hospital|infirmary)$")


def _short_names(rows: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
    """ck30: a site as people shorten it, without its last word ("leeds general" for Leeds General Infirmary,
    "glasgow royal", "northern general"): only a name of two words or more that ends in a word such as "general" or
    "royal", that one site makes (with the same town rule), and that is no site's full name."""
    full = {name for name, _, _ in rows}
    made: dict[str, set[tuple[str, str | None]]] = {}
    for name, trust, town in rows:
        m = _SHORTENED.match(re.sub(r"^the\s+", "", name))
        if m and len(m.group("short").split()) >= 2 and m.group("short") not in full:
            made.setdefault(m.group("short"), set()).add((trust, town))
    return [(short, trust, town) for short, found in made.items() if len(found) == 1 for trust, town in found]


@functools.lru_cache(maxsize=4096)  # sp60: asked of the same text by several steps of one message
def hospital_site(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """(the trust, the site as typed, where) for a hospital TEXT names by its site ("the royal london hospital",
    "whipps cross", "the queen elizabeth hospital in birmingham"); a site whose name other hospitals share only with
    its town named within a few words before or after it. None when no listed site is named."""
    low = (text or "")[:20000].replace("\u2019", "'")
    for pattern, trust, town in _hospital_sites():
        for m in pattern.finditer(low):
            if town:
                near = low[max(0, m.start() - 40):m.end() + 40]
                if not re.search(rf"(?i)\b{re.escape(town)}\b", near):
                    continue
            if _inside_other_institution(text, m.span()):
                continue  # ad48: "Ysgol Glan Clwyd" is a school (Welsh "ysgol"), whatever hospital shares its words
            return trust, text[m.start():m.end()], m.span()
    return _the_royal(text, low)


def _inside_other_institution(text: str, span: tuple[int, int]) -> bool:
    """(ad48, nc47 #1) Whether SPAN lies inside the name of an institution of another kind than a hospital (a school:
    "Ysgol Glan Clwyd", "Royal Free Primary School"): the whole name says what the place is, never a word of it."""
    from askfoi.institution_names import institution_names

    return any(n.kind != "hospital" and n.span[0] <= span[0] and span[1] <= n.span[1] and n.span != span
               for n in institution_names(text[:20000]))


@functools.lru_cache(maxsize=1)
def _royal_by_town() -> dict[str, set[str]]:
    """ck30: the bodies that run a hospital whose name has "Royal" in it, by the hospital's town (the NHS list)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("nhs_hospital_sites")
    data = data if isinstance(data, dict) else {}
    renamed = {str(k): str(v) for k, v in (data.get("renamed") or {}).items()}
    out: dict[str, set[str]] = {}
    for site in data.get("sites") or []:
        name, body, town = (str(site.get(k) or "") for k in ("site", "body", "town"))
        if re.search(r"\bRoyal\b", name) and body and town:
            out.setdefault(town.lower(), set()).add(renamed.get(body, body))
    # ck31: the hand list's site people call "the royal" in its town (hospital_sites.yaml `royal`): it is that town's
    # "royal" whatever else the NHS list holds there ("the royal in belfast", "the royal in liverpool")
    hand, _ = load_vocab("hospital_sites")
    for trust in (hand or {}).get("trusts") or []:
        for site in trust.get("sites") or []:
            if site.get("royal"):
                out[str(site["royal"]).lower()] = {str(trust["trust"])}
    return out


_THE_ROYAL = re.compile(r"(?i)\bthe\s+royal\b(?!\s+(?:mail|navy|air\s+force|marines?|family|british\s+legion|society|"
                        r"college|borough|parks?|opera|academy|institution|mint|court|courts|household|assent|charter|"
                        r"commission|bank|albert\s+hall|exchange|[a-z]+\s+(?:hospital|infirmary)))(?:\s*,?\s*(?:in|at)?\s*)"
                        r"(?P<town>[a-z][a-z'-]+(?:[\s-]+[a-z][a-z'-]+){0,2})")


def _the_royal(text: str, low: str) -> tuple[str, str, tuple[int, int]] | None:
    """ck30: "the royal in liverpool", "the royal, bolton": a hospital people call "the royal", named with its town,
    is the one hospital with "Royal" in its name that the NHS list has in that town (none or several: None)."""
    towns = _royal_by_town()
    for m in _THE_ROYAL.finditer(low):
        words = m.group("town").split()
        for n in range(len(words), 0, -1):
            bodies = towns.get(" ".join(words[:n]))
            if bodies and len(bodies) == 1:
                end = m.start("town") + len(" ".join(words[:n]))
                return next(iter(bodies)), text[m.start():end], (m.start(), end)
    return None
