"""Who sets a school's budget, said when a national government is asked about school funding (nc79 #7; nx82).

The Swansea teacher asked the Welsh Government how much school funding had been cut: it funds councils, and her
school's budget is set by Swansea Council. A low finding says so (knowledge/vocab/school_budgets.yaml for the facts,
prompts/frames/school_budget_holder.j2 for the words), naming the council when the message places the school ("a
primary school in Swansea"). Nothing in the letter changes: the person decides whether to ask the council too.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_PLACED = re.compile(r"(?i)\bschools?\s+(?:in|near|at)\s+(?P<place>[a-z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)")


@functools.lru_cache(maxsize=1)
def _data() -> tuple[dict[str, str], list[re.Pattern[str]]]:
    data, _ = load_vocab("school_budgets")
    data = data if isinstance(data, dict) else {}
    return ({str(k): str(v) for k, v in (data.get("addressees") or {}).items()},
            [re.compile(f"(?i){p}") for p in data.get("subject") or []])


def _council(text: str) -> str:
    from askfoi.framing import find_authority

    for m in _PLACED.finditer(text or ""):
        found, _ = find_authority(f"{m.group('place')} council")
        if found is not None and re.search(r"(?i)\bcouncil\b", found.letter_name):
            return found.letter_name
    return ""


def school_budget_note(framing, text: str) -> bool:
    """A low finding on FRAMING when its parts ask a national government about schools' money. True when added."""
    from askfoi.checks import Finding
    from askfoi.templates import render

    addressees, subject = _data()
    nation = addressees.get(framing.authority.name) if framing.authority is not None else None
    if nation is None or any(getattr(f, "code", "") == "school-budget-holder" for f in framing.findings):
        return False
    asked = next((p for p in framing.parts if any(rx.search(f"{p.text} {p.source or ''}") for rx in subject)), None)
    if asked is None:
        return False
    message = render("frames/school_budget_holder.j2", nation=nation, council=_council(text)).strip()
    framing.findings.append(Finding(code="school-budget-holder", severity="low", evidence=(asked.text or "")[:120],
                                    message=message, suggestion=""))
    return True
