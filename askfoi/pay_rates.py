"""nx85 (nc82 #13): a rate of pay asked as a question, read as the rate paid.

"what do you pay agencies per hour", "how much does the council pay the agency per shift for social workers", "how
much are locum doctors paid a day", "what do they pay the cleaning company an hour": each asks for a figure the body
holds (the rate it pays), said as that record ("The rate per hour paid to agencies.", "The rate per shift paid to the
agency for social workers.", "The rate per day paid for locum doctors."), never the person's question put to the
officer. Who pays must be the body (you, they, we, the body's name or "the council" and the like); who is paid must
be named (never "them" or "it"). The units are data (knowledge/vocab/pay_rates.yaml).
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_PRONOUNS = frozenset("it they them this that these those he she him her we us you i me".split())


@functools.lru_cache(maxsize=1)
def _units() -> list[str]:
    data, _ = load_vocab("pay_rates")
    units = (data or {}).get("units") if isinstance(data, dict) else None
    return [str(u).lower() for u in units or []]


def _unit_alt() -> str:
    return "(?:" + "|".join(re.escape(u) for u in sorted(_units(), key=len, reverse=True)) + ")"


_LEAD = r"(?i)^\W*(?:(?:and|also|so|but|then)\s+)*(?:please\s+tell\s+me\s+|tell\s+me\s+)?"
_PAYER = (r"(?:you|they|we|\u00a7AUTHS?\u00a7|(?:(?:the|your|this)\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
          r"(?:council|trust|board|force|police|authority|hospitals?|service|department|government|university|school|"
          r"college|agency|nhs|executive|office|commission))")
_WHO = r"(?P<who>(?!(?:it|them|they|him|her|us|you|me)\b)[a-z\u00a7][\w'&\u00a7-]*(?:\s+(?!per\b|a\b|an\b|each\b)[\w'&\u00a7-]+){0,4}?)"
_TAIL = r"(?P<tail>(?:\s+(?:for|at|in|on|to)\s+[^?,;]+?)?)[\s?.!]*$"


def rate_asked(text: str) -> tuple[str, str, str, str] | None:
    """(the rate's head, "paid to" or "paid for", WHO, the tail) when TEXT (one question, the body masked) asks
    what the body pays someone per unit of work; else None."""
    from askfoi.ask_shapes import without_addressee

    if not _units():
        return None
    text = without_addressee(text)
    unit = rf"(?:per|a|an|each|for\s+each|for\s+an?)\s+(?P<unit>{_unit_alt()})"
    active = re.match(rf"{_LEAD}(?:what|how\s+much)\s+(?:do|does|did|will|would)\s+{_PAYER}\s+(?:actually\s+|usually\s+|normally\s+)?"
                      rf"pay\s+(?P<for>for\s+)?{_WHO}\s+{unit}{_TAIL}", text, re.S)
    passive = None if active else re.match(
        rf"{_LEAD}(?:what|how\s+much)\s+(?:are|is|were|was|do|does|did)\s+{_WHO}\s+(?:actually\s+|usually\s+|normally\s+)?"
        rf"(?:paid|get\s+paid|gets\s+paid|got\s+paid)\s+{unit}(?:\s+by\s+{_PAYER})?{_TAIL}", text, re.S)
    m = active or passive
    if m is None:
        return None
    who = m.group("who").strip()
    if set(who.lower().split()) & _PRONOUNS or "\u00a7" in who:
        return None
    who = re.sub(r"(?i)^(?:your|their|its)\s+", "the ", who)
    head = f"rate per {m.group('unit').lower()}"
    # lead58: "what does the trust pay for agency nurses per hour": paid for them (to their agency), as the passive says
    return head, "paid to" if active and not active.group("for") else "paid for", who, m.group("tail").strip()


_RATE_PART = re.compile(r"(?i)^the\s+rate\s+per\s+(?P<unit>[a-z]+)\s+paid\s+(?P<to>to|for)\s+(?P<who>[^.?!]+?)\s*\.?\s*$")


def totals_instead(framing) -> None:
    """nx85 (nx82's open): the commercial-sensitivity finding on a rate part this module wrote gets a one-key rewrite:
    the letter with each such part asked as the total paid and the units paid for ("The total amount paid to agencies,
    and the number of hours paid for."), which is usually released and gives the average rate. Other parts as they
    are; a finding that already has a rewrite keeps it."""
    from askfoi.templates import render

    texts = [p.text or "" for p in framing.parts]
    new = []
    for text in texts:
        m = _RATE_PART.match(text.strip())
        unit = m.group("unit").lower() if m else ""
        new.append(render("frames/rate_totals.j2", to=m.group("to").lower(), who=m.group("who"), unit=unit).strip()
                   if m and unit in _units() else text)
    if new == texts:
        return
    rewrite = "\n".join(f"{i}. {t}" for i, t in enumerate(new, 1))
    for finding in framing.findings:
        if getattr(finding, "code", "") != "commercial-sensitivity" or finding.rewrite:
            continue
        at = finding.part
        if at is None or 0 < at <= len(texts) and new[at - 1] != texts[at - 1]:
            finding.rewrite = rewrite
