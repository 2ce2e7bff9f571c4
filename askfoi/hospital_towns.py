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


def bodies_in_town(town: str) -> list[str]:
    """The NHS bodies that run a hospital in TOWN, the town's main hospital's body alone when knowledge names it."""
    from askfoi.place_councils import current_body
    from askfoi.site_bodies import Site, body_for_site

    town = " ".join(town.lower().split())
    if town in _hand_towns():
        return [_hand_towns()[town]]
    found = set(_listed_towns().get(town, set()))
    if not found:
        return []  # a county or a place with no hospital in the NHS list ("the hospital in cornwall"): asked as before
    registered = body_for_site(town, Site(kind="nhs", words=1, name="hospital"))
    if registered:
        registered = current_body(registered)
        # the register's older name of a body the NHS list has ("... Hospitals NHS Trust" for "... NHS Trust")
        if not any(_same_body(registered, b) for b in found):
            found.add(registered)
    return sorted(found)


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
                if len(bodies) == 1 and not _NOT_MAIN.search(bodies[0]):
                    return bodies[0], [], town, typed
                return None, bodies, town, typed
    return None
