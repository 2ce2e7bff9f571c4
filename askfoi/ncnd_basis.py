"""rv99 (nc99 #6): the provision a "neither confirm nor deny" answer stands on.

A reply often names the exemption on the information when it refuses to confirm or deny ("can neither confirm nor deny
... by virtue of the following exemptions: Section 30(2)"). The duty to confirm or deny is excluded by the exemption's
own NCND subsection (s30(3) "in relation to information which is ... exempt information by virtue of subsection (1) or
(2)"; s31(3), s24(2), s23(5), s40(5B), EIR reg 12(6)), and its public interest test is whether to say the information
is held (FOIA s2(1)(b)), not whether to release it (s2(2)(b)). So for the letters and the explanation an NCND reading
that names no NCND provision is read as relying on the NCND subsection of the exemption it names
(knowledge/exemptions.jsonl `ncnd_subsection`, the one place that fact is kept). The exemption stays as well where the
reply names it more than once (the information it holds may be withheld under it too).

A reply that confirms it holds information for a part ("I can confirm that I have located some information relating to
question 2") and withholds it, but names no exemption except the one it refused to confirm or deny under, has not said
which exemption applies to that information: a refusal notice must specify it (FOIA s17(1)(b), EIR reg 14(3)(a)).
`held_unnamed` says which part that is.

Core module: no textual or rich.
"""

from __future__ import annotations

import re

from askfoi.knowledge import get_knowledge
from askfoi.reply_explain import is_ncnd_provision

_LAWS = ("FOIA", "EIR")  # FOISA s18 is no exemption of its own (its own handling: knowledge/vocab/followup_law.yaml)


def ncnd_provision_of(section: str) -> str | None:
    """The NCND subsection of the exemption SECTION names ('30(2)' -> '30(3)', 'EIR 12(5)(a)' -> 'EIR 12(6)'); None when
    SECTION is itself an NCND provision, has none, or is not under FOIA or the EIR."""
    if is_ncnd_provision(section):
        return None
    law, _, number = section.rpartition(" ")
    if (law or "FOIA") not in _LAWS:
        return None
    known = get_knowledge().exemption(section)
    sub = getattr(known, "ncnd_subsection", None) if known is not None else None
    if not sub:
        return None
    first = sub.split("/")[0]
    if number.startswith("40(") and "/" in sub:  # '40(5A)/(5B)': s40(1) (own data) 5A, s40(2) (others') 5B
        first = "40(5A)" if number.startswith("40(1)") else "40(5B)"
    provision = f"{law} {first}" if law else first
    return provision if provision != section else None


def _times_named(text: str, section: str) -> int:
    number = re.escape(section.rpartition(" ")[2]).replace(r"\(", r"\s*\(\s*").replace(r"\)", r"\s*\)")
    return len(re.findall(r"(?<![\d(])" + number, text))


def ncnd_basis(reading, text: str | None):
    """READING with the NCND provision its NCND stands on, when it is neither confirmed nor denied (in whole or part)
    and names no NCND provision: each exemption with an NCND subsection is read as that subsection (kept beside it when
    the reply names it more than once). Unchanged otherwise."""
    parts = list(getattr(reading, "parts", []) or [])
    if not reading.ncnd and not any(p.ncnd for p in parts):
        return reading
    named = list(reading.sections) + [s for p in parts for s in p.sections]
    if any(is_ncnd_provision(s) for s in named):
        return reading
    basis = {s: p for s in dict.fromkeys(named) if (p := ncnd_provision_of(s))}
    if not basis:
        return reading
    flat = " ".join((text or "")[:20000].split())
    sections: list[str] = []
    for s in reading.sections:
        if s in basis:
            sections += ([s] if flat and _times_named(flat, s) > 1 else []) + [basis[s]]
        else:
            sections.append(s)
    new_parts = [p.model_copy(update={"sections": list(dict.fromkeys(basis.get(s, s) if p.ncnd else s for s in p.sections))})
                 for p in parts]
    return reading.model_copy(update={"sections": list(dict.fromkeys(sections)), "parts": new_parts})


# "I can confirm that I have located some information relating to question 2", "we can confirm that the force holds
# information in respect of part 3"
_HELD_FOR = re.compile(
    r"(?i)\b(?:can|do|does|will)\s+confirm\s+that\s+(?:[\w']+\s+){0,4}?(?:hold|holds|held|located|has\s+located|have\s+located)"
    r"\s+(?:some\s+|the\s+)?(?:recorded\s+)?information\s+(?:relating\s+to|relevant\s+to|in\s+(?:relation|respect)\s+(?:to|of)|"
    r"for|about|regarding)\s+(?:(question|part|point|item)s?\s+(\d{1,2})|your\s+request)")


def held_unnamed(reading, text: str | None) -> str | None:
    """The part ("question 2", or "the information you asked for") whose information the reply confirms it holds and
    withholds, when it names no exemption for it: every provision it names is an NCND one. None otherwise."""
    if not text or not (reading.ncnd or any(p.ncnd for p in reading.parts)):
        return None
    from askfoi.models import Outcome

    if reading.outcome not in (Outcome.refused, Outcome.part_disclosed):
        return None
    if any(not is_ncnd_provision(s) for s in reading.sections):
        return None
    found = _HELD_FOR.search(" ".join(text[:20000].split()))
    if found is None:
        return None
    return f"{found.group(1).lower()} {found.group(2)}" if found.group(1) else "the information you asked for"
