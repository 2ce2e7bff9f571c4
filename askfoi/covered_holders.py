"""au58 (nc58 #2): when a request is addressed to a body no FOI law covers (a housing association in England, Wales
or Northern Ireland), the bodies FOI does cover that are likely to hold the same records, resolved from the place the
message names, and the routes for complaints (knowledge/vocab/covered_holders.yaml)."""

from __future__ import annotations

import functools
import re

from pydantic import BaseModel

from askfoi.knowledge import load_vocab


class Holder(BaseModel):
    name: str  # the body, as a letter names it ("West Midlands Fire Service"), or its kind ("the fire and rescue service")
    why: str  # what it holds, one clause
    complaint: bool = False  # a route for complaints, not a body to send an FOI request to
    known: bool = False  # askfoi resolved the body from the place the message names


class Holders(BaseModel):
    topic: str
    holders: list[Holder]
    note: str = ""


_KIND_NAMES = {"fire": "the fire and rescue service for the area", "council": "the council for the area"}


@functools.lru_cache(maxsize=1)
def _kinds() -> dict:
    data, _ = load_vocab("covered_holders")
    return (data or {}).get("kinds") or {} if isinstance(data, dict) else {}


def _place_bodies(text: str) -> dict[str, str]:
    """{"fire": ..., "council": ...} for the one town or city TEXT names, where askfoi knows them."""
    from askfoi.site_bodies import service_body
    from askfoi.town_councils import town_body

    out: dict[str, str] = {}
    town = town_body(text or "")
    if town is None:
        return out
    if town.body and len(town.town.councils) <= 1:
        from askfoi.place_councils import current_body

        out["council"] = current_body(town.body)
    fire = service_body("fire service", town.town.typed or town.town.key)
    if fire:
        out["fire"] = fire
    return out


def kind_said(kind: str | None) -> str:
    """What a body of KIND is, as the chat says it ("A housing association in England ... does not have to answer
    Freedom of Information requests"); "" for a kind the data does not hold."""
    spec = _kinds().get(kind or "") if kind else None
    return " ".join(str(spec.get("said") or "").split()) if isinstance(spec, dict) else ""


def covered_holders(kind: str | None, text: str) -> list[Holders]:
    """The topics of KIND (a body FOI does not cover) that TEXT (the request: the message and its parts) asks
    about, each with the covered bodies likely to hold its records; a topic with no words always applies."""
    spec = _kinds().get(kind or "") if kind else None
    if not isinstance(spec, dict):
        return []
    bodies = _place_bodies(text)
    out = []
    for topic in spec.get("topics") or []:
        words = [str(w) for w in topic.get("words") or []]
        if words and not re.search(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", text or ""):
            continue
        holders = []
        for h in topic.get("holders") or []:
            body = str(h.get("body") or "")
            name = bodies.get(body) or _KIND_NAMES.get(body) or body
            holders.append(Holder(name=name, why=str(h.get("why") or ""), complaint=h.get("route") == "complaint",
                                  known=body in bodies or body not in _KIND_NAMES))
        if holders:
            out.append(Holders(topic=str(topic.get("name") or ""), holders=holders,
                               note=" ".join(str(topic.get("note") or "").split())))
    return out
