"""cl53 (nc51 #9): a story about poor service from an NHS body ("my GP practice wont give appointments b4 3 weeks") is
a complaint about the service itself, which FOI cannot put right. The chat says in one line where it goes, by the
nation of the body (knowledge/vocab/service_complaints.yaml: the patterns and the route, each step filled only from
domain.md; prompts/bot/service_complaint.j2: the wording). Decided by what a sentence says happened, in a sentence that
is not itself a request for figures, and only for an NHS body (the one named, else the kind the text names).

Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import compile_any, load_vocab

_PLACE = re.compile(r"\bin\s+([A-Za-z][A-Za-z'-]{2,30}(?:\s+[A-Za-z][A-Za-z'-]{2,30})?)")


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    data, _ = load_vocab("service_complaints")
    data = data if isinstance(data, dict) else {}
    poor = data.get("poor_service")
    asks = data.get("asks_figures")
    try:
        figures = re.compile(str(asks), re.IGNORECASE) if asks else None
    except re.error:
        figures = None
    routes = data.get("routes") if isinstance(data.get("routes"), dict) else {}
    return {"poor": compile_any([str(p) for p in poor] if isinstance(poor, list) else []), "figures": figures,
            "routes": routes}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+|\n+", text or "") if s.strip()]


def _nation(text: str, authority: str | None) -> str:
    """The nation of the body: the one named when askfoi knows it, else a place the text names ("in cardiff")."""
    from askfoi.authorities import resolve_authority

    found = resolve_authority(authority) if authority else None
    if found is not None and found.known:
        return found.nation.value
    for m in _PLACE.finditer(text or ""):
        words = m.group(1).split()
        for n in (len(words), 1):
            place = resolve_authority(" ".join(words[:n]))
            if place is not None and place.known:
                return place.nation.value
    return (found.nation.value if found is not None else "england")


def _nhs(text: str, authority: str | None) -> bool:
    from askfoi.authorities import resolve_authority
    from askfoi.checks import kind_in_text
    from askfoi.models import AuthorityType

    found = resolve_authority(authority) if authority else None
    kind = found.type if found is not None and found.known else kind_in_text(text)
    return kind == AuthorityType.nhs


def service_complaint(text: str, authority: str | None = None) -> dict | None:
    """{said, nation, first, ombudsman} when TEXT tells of poor service from an NHS body (AUTHORITY: the body the
    message is written to, when known); SAID: the words that say it. FIRST and OMBUDSMAN are the route's steps as the
    data gives them (None where domain.md names none: the wording then stays general). None otherwise."""
    data = _data()
    if data["poor"] is None or not text or not _nhs(text, authority):
        return None
    for sentence in _sentences(text):
        if data["figures"] is not None and data["figures"].search(sentence):
            continue
        m = data["poor"].search(sentence)
        if m is None:
            continue
        nation = _nation(text, authority)
        route = data["routes"].get(nation) if isinstance(data["routes"].get(nation), dict) else {}
        said = " ".join(sentence[m.start():].rstrip(" .!?").split())  # what happened, to the sentence's end
        return {"said": said if len(said) <= 80 else said[:77] + "...", "nation": nation, "first": route.get("first") or None,
                "ombudsman": route.get("ombudsman") or None}
    return None
