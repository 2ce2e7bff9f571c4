"""ck33 (nu34 #10): the CCTV of an incident at a place ("someone punched me at the bus station in wolverhampton on 3
november, i want the cctv of it, the police said they cant get it"): the item names the place, the date and the time
window; the request goes to whoever runs the place (knowledge/vocab/footage_holders.yaml), asked when askfoi cannot
name it, with the likely operator offered; never to the police when the person says the police cannot get it."""

from __future__ import annotations

import functools
import re
from datetime import date

from pydantic import BaseModel

from askfoi.knowledge import compile_any, load_vocab

_FOOTAGE = re.compile(r"(?i)\b(?:cctv|footage|camera\s+(?:footage|images|recording)|video\s+(?:footage|recording))\b")
_MONTHS = "january february march april may june july august september october november december".split()
_DAY = re.compile(r"(?i)\b(?:on\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>" + "|".join(_MONTHS) + r"|"
                  + "|".join(m[:3] for m in _MONTHS) + r")\b(?:\s+(?P<y>20\d\d))?")
_TIME = re.compile(r"(?i)\b(?:at|around|about|approx(?:imately)?\.?)\s+(?P<t>(?:[01]?\d|2[0-3])(?::[0-5]\d|\.[0-5]\d)?\s*(?:am|pm)|"
                   r"(?:[01]?\d|2[0-3]):[0-5]\d)\b")


class FootageSite(BaseModel):
    kind: str  # "bus station"
    typed: str  # as the message names the place: "the bus station in wolverhampton"
    town: str | None = None
    day: str | None = None  # "3 November 2026"
    time: str | None = None  # "5pm", as typed
    holder: str  # who holds the footage, said plainly
    operator: str | None = None  # the body known to run that kind of place in that town
    police_cannot: bool = False
    named: bool | None = None  # the place is named by its own name ("Birmingham New Street station"): said as typed


@functools.lru_cache(maxsize=1)
def _vocab():
    data, _ = load_vocab("footage_holders")
    data = data if isinstance(data, dict) else {}
    sites = []
    for site in data.get("sites") or []:
        words = sorted((str(w) for w in site.get("words") or []), key=len, reverse=True)
        ops = [(str(o["body"]), [str(p).lower() for p in o.get("places") or []]) for o in site.get("operators") or []]
        alts = [re.escape(w) for w in words] + [str(p) for p in site.get("patterns") or []]
        sites.append((str(site["kind"]), re.compile(r"(?i)\b(?:the\s+|a\s+)?(?:" + "|".join(alts) + r")"),
                      str(site.get("holder") or ""), ops))
    return sites, compile_any(data.get("police_cannot") or [])


def _day(text: str, today: date) -> str | None:
    m = _DAY.search(text)
    if not m:
        return None
    month = next(k for k, name in enumerate(_MONTHS, 1) if name.startswith(m.group("m").lower()[:3]))
    year = int(m.group("y")) if m.group("y") else today.year
    try:
        when = date(year, month, int(m.group("d")))
    except ValueError:
        return None
    if not m.group("y") and when > today:
        when = date(year - 1, month, int(m.group("d")))  # "on 3 november" in January: last November
    return f"{when.day} {_MONTHS[when.month - 1].title()} {when.year}"


def footage_site(text: str, today: date | None = None) -> FootageSite | None:
    """The place whose CCTV TEXT asks for, with its town, the day and time of the incident and who holds the footage;
    None when no footage is asked for or no place of a kind askfoi knows is named."""
    from askfoi.site_bodies import police_force_for

    text = (text or "")[:3000]
    if not _FOOTAGE.search(text):
        return None
    today = today or date.today()
    sites, cannot = _vocab()
    for kind, rx, holder, ops in sites:
        m = rx.search(text)
        if not m:
            continue
        typed, town = m.group(0), None
        before = re.search(r"(?i)\b(?P<town>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+$", text[:m.start()])
        inside = [w for w in m.group(0).split()[:-1] if police_force_for(w.lower())]  # "birmingham new street station"
        if inside:
            town = inside[0]
        after = re.match(r"(?i)\s*(?:,\s*|\s+(?:in|at|of)\s+)(?P<town>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)", text[m.end():])
        for cand, span in ((after, "after"), (before, "before")):
            if cand is None or town:
                continue
            words = cand.group("town").split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n]) if span == "after" else " ".join(words[-n:])
                if police_force_for(name.lower()):
                    town = name
                    typed = (text[m.start():m.end() + cand.start("town") + len(name)] if span == "after"
                             else text[m.start() - len(cand.group(0)) + cand.group(0).lower().rfind(name.lower()):m.end()])
                    break
            if town:
                break
        operator = next((body for body, places in ops if town and town.lower() in places), None)
        when = _TIME.search(text)
        return FootageSite(kind=kind, typed=" ".join(typed.split()), named=bool(inside) or None, town=town.title() if town else None,
                           day=_day(text, today), time=when.group("t") if when else None, holder=holder,
                           operator=operator, police_cannot=bool(cannot is not None and cannot.search(text)))
    return None


_ME = re.compile(r"(?i)\b(?:me|i\s+was|i\s+fell|i\s+got|my\s+\w+\s+(?:was|were|got)\s+(?:stolen|snatched|taken|grabbed))\b")
_WANTED = re.compile(r"(?i)\bi\s+(?:want|need|would\s+like|'?d\s+like|am\s+asking\s+for)\b[^.?!]{0,30}\b(?:cctv|footage|video)")


def footage_of_me(text: str) -> bool:
    """TEXT asks for the CCTV of something that happened to the writer at a place askfoi knows: their own images (never
    "my car was broken into ... does the council cctv cover it", which asks about the cameras)."""
    return footage_site(text) is not None and bool(_ME.search(text or "")) and bool(_WANTED.search(text or ""))


def footage_item(site: FootageSite) -> str:
    """The subject access item for the footage: the place, the day and the time window the search needs."""
    from askfoi.templates import render

    return " ".join(render("frames/footage_item.j2", site=site).split())
