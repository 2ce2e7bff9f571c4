"""ck33 (nu34 #4): a hospital named by its town only ("the hospital in wolverhampton", "wolverhampton hospital"): the NHS
body that runs the town's main hospital when knowledge has exactly one (knowledge/vocab/hospital_sites.yaml `towns`,
then the NHS list of sites and the register), else the bodies there, offered as numbered choices."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

# "the hospital in wolverhampton", "the local hospital at telford", "wolverhampton hospital", "the hospital, yeovil"
_IN_TOWN = re.compile(r"(?i)\bthe\s+(?:(?:main|local|big|general|district)\s+)?hospital\s*(?:,\s*|\s+(?:in|at|of|near)\s+)"
                      r"(?P<town>[a-z][a-z'-]+(?:[\s-]+[a-z][a-z'-]+)?)")
_TOWN_FIRST = re.compile(r"(?i)\b(?P<town>[a-z][a-z'-]+)\s+(?:main\s+|general\s+|district\s+)?hospital\b(?!\s+(?:trust|board))")
# a body that runs no hospital a town's people mean by "the hospital" (a children's hospital, mental health care)
_NOT_MAIN = re.compile(r"(?i)\b(?:children|childrens|children's|mental|partnership|ambulance|community)\b")
# a message that names the care such a body gives ("the children's hospital in sheffield", "a mental health ward")
_NAMES_KIND = re.compile(r"(?i)\b(?:child(?:ren)?'?s?|kids?|paediatric|pediatric|mental|psychiatric|ambulance)\b")


@functools.lru_cache(maxsize=1)
def _hand_towns() -> dict[str, str]:
    data, _ = load_vocab("hospital_sites")
    return {str(t["town"]).lower(): str(t["trust"]) for t in ((data or {}).get("towns") or []) if t.get("town") and t.get("trust")}


@functools.lru_cache(maxsize=1)
def _listed_towns() -> dict[str, set[str]]:
    data, _ = load_vocab("nhs_hospital_sites")
    data = data if isinstance(data, dict) else {}
    renamed = {str(k): str(v) for k, v in (data.get("renamed") or {}).items()}
    out: dict[str, set[str]] = {}
    for site in data.get("sites") or []:
        town, body = str(site.get("town") or "").lower(), str(site.get("body") or "")
        if town and body:
            out.setdefault(town, set()).add(renamed.get(body, body).replace("\u2019", "'"))
    return out


def main_bodies(bodies: list[str], text: str) -> list[str]:
    """Of the hospital BODIES of a town, the one its people mean by "the hospital" (a general hospital's body beside
    its children's or mental health body, unless TEXT names such care: ck34, as hospital_in_town), as a list of one;
    empty when there is no such one body (several, or only a children's hospital's, as in Liverpool)."""
    main = [b for b in bodies if not _NOT_MAIN.search(b)]
    return main if len(main) == 1 and (len(bodies) == 1 or not _NAMES_KIND.search(text or "")) else []


def bodies_in_town(town: str) -> list[str]:
    """The NHS bodies that run a hospital in TOWN, the town's main hospital's body alone when knowledge names it."""
    from askfoi.place_councils import current_body
    from askfoi.site_bodies import Site, body_for_site

    town = " ".join(town.lower().split())
    if town in _hand_towns():
        return [_hand_towns()[town]]
    found = set(_listed_towns().get(town, set()))
    if not found:
        # ck34: a city whose hospitals the NHS list lacks ("the hospital in nottingham"): the current hospital bodies the
        # register names after the town ("Nottingham University Hospitals NHS Trust"); a county is still asked
        # ("the hospital in cornwall": "Royal Cornwall Hospitals" does not start with the place)
        return _named_after(town)
    registered = body_for_site(town, Site(kind="nhs", words=1, name="hospital"))
    if registered:
        registered = current_body(registered)
        # the register's older name of a body the NHS list has ("... Hospitals NHS Trust" for "... NHS Trust")
        if not any(_same_body(registered, b) for b in found):
            found.add(registered)
    return sorted(found)


@functools.lru_cache(maxsize=256)
def _named_after(town: str) -> list[str]:
    """The current NHS bodies covered by FOI whose name starts with TOWN and says it runs hospitals."""
    from askfoi.authorities import default_index

    index = default_index()
    lead = re.compile(rf"(?i)^{re.escape(town)}\s+(?:[a-z'&]+\s+){{0,3}}?hospitals?\b")
    return sorted({a.name for a in index.authorities
                   if a.type.value == "nhs" and not a.defunct and a.covered and lead.match(a.name)})


def _same_body(a: str, b: str) -> bool:
    words = lambda s: set(re.findall(r"[a-z]{4,}", s.lower())) - {"hospital", "hospitals", "trust", "foundation", "teaching"}
    return bool(words(a)) and words(a) == words(b)


def hospital_in_town(text: str) -> tuple[str | None, list[str], str, str] | None:
    """(the one body, the choices, the town as typed, the words typed) for a hospital TEXT names by its town only;
    the body is None and the choices are the bodies there when there are several (or only one that runs no town's
    main hospital, such as a children's hospital). None when TEXT names no hospital by a town askfoi knows."""
    low = (text or "")[:5000]
    for rx in (_IN_TOWN, _TOWN_FIRST):
        for m in rx.finditer(low):
            words = m.group("town").split()
            for n in range(len(words), 0, -1):
                town = " ".join(words[:n])
                if town.lower() in {"the", "a", "my", "our", "local", "this", "that", "which", "what", "nearest", "private"}:
                    continue
                bodies = bodies_in_town(town)
                if not bodies:
                    continue
                typed = m.group(0) if rx is _TOWN_FIRST else low[m.start():m.start("town") + len(town)]
                main = [b for b in bodies if not _NOT_MAIN.search(b)]
                if len(main) == 1 and (len(bodies) == 1 or not _NAMES_KIND.search(low)):
                    # ck34: a town's one general hospital body beside its children's or mental health body ("the
                    # hospital in sheffield"): the one people mean, unless the message names such care
                    return main[0], [], town, typed
                if len(bodies) > 6:
                    return None, main or bodies, town, typed  # ck34: "the hospital in london": its general hospitals
                return None, bodies, town, typed
    return None
