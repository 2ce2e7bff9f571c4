"""An extension of time that a reply says it gave: the day the reply was then due, so a reply that came inside a
lawful extension is never called late.

The law (knowledge: domain facts): FOIA s10(3) lets an authority take "such time as is reasonable" to weigh the public
interest, told in its refusal notice within the 20 working days (s17(2)) with an estimate of the day it will decide;
the Information Commissioner expects no more than 20 extra working days. EIR regulation 7(1) and EISR regulation
7(1) allow 40 working days in all for a complex and voluminous request, told within the first 20. FOISA has no
extension. An extension told after the first deadline had passed extends nothing: the reply was already late."""

from __future__ import annotations

import re
from datetime import date

from askfoi.deadlines import add_working_days, due_date
from askfoi.models import Regime

# the day the new deadline is given as: "extending the deadline ... to 28 October 2026", "will respond by ..."
_TO_DAY = re.compile(r"(?i)\b(?:to|by|before|no later than|on or before|until|not later than)\s+(?:the\s+)?$")
# the day the extension was told: "On 30 September 2026 we wrote to tell you ...", "our letter of 30 September"
_TOLD_ON = re.compile(r"(?i)(?:\bon|\bletter\s+(?:of|dated)|\bemail\s+(?:of|dated)|\bwrote\s+(?:to\s+you\s+)?on)\s+(?:the\s+)?$")


def _regime(law: str) -> Regime:
    return Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA)


def extended_due(text: str | None, sent: date | None, law: str) -> date | None:
    """The day a reply TEXT was due under the extension it says was given, for a request received or sent on SENT
    under LAW ("FOIA", "EIR", "EISR", "FOISA"); None when it tells of no extension, the law allows none (FOISA), or
    the extension was told only after the first deadline had passed."""
    if not text or sent is None or law == "FOISA":
        return None
    from askfoi.holding_kinds import _rules
    from askfoi.reader import read_sentences
    from askfoi.reply_explain import dates_in

    kinds, _ = _rules()
    pattern = kinds.get("extension")
    if pattern is None:
        return None
    scot = law in ("EISR", "FOISA")
    first = due_date(sent, _regime(law), scotland=scot)
    told_in_time = None
    stated: date | None = None
    found = False
    for s in read_sentences(text[:20000]):
        if s.role in ("rights", "boilerplate", "hypothetical") or not pattern.search(s.text):
            continue
        found = True
        for start, _, day in dates_in(s.text):
            before = s.text[max(0, start - 30):start]
            if _TO_DAY.search(before) and day > sent:
                stated = stated or day
            elif _TOLD_ON.search(before) or start < 12:
                told_in_time = day <= first if told_in_time is None else told_in_time
    if not found or told_in_time is False:
        return None
    if law in ("EIR", "EISR"):
        longest = add_working_days(sent, 40, scotland=scot)  # EIR reg 7(1) / EISR reg 7(1): 40 working days in all
        return min(stated, longest) if stated else longest
    return stated or add_working_days(first, 20, scotland=scot)  # s10(3): the day given, else the ICO's 20 more


def part_extensions(mapped, reading, law: str, sent: date | None) -> dict[str, dict]:
    """nx64 (nc64 #10): the parts with no final answer whose own answer (MAPPED: askfoi.answer_map's parts, each with
    the reply's answer under its label) says their time was extended: {number: {"to": the day the reply gives (or
    None), "allowed": the latest the law allows (EIR reg 7(1) / EISR reg 7(1): 40 working days from SENT; FOIA
    s10(3): the Commissioner's 20 more working days), "law": LAW}}. FOISA has no extension: never one there."""
    if not mapped or law == "FOISA":
        return {}
    from askfoi.holding_kinds import _rules
    from askfoi.models import Outcome
    from askfoi.reader import read_sentences
    from askfoi.reply_explain import dates_in

    pattern = _rules()[0].get("extension")
    pending = {p.number for p in reading.parts if p.outcome == Outcome.pending}
    scot = law == "EISR"
    out: dict[str, dict] = {}
    for part in mapped:
        if part.number not in pending or not part.answer or pattern is None:
            continue
        said = [s.text for s in read_sentences(part.answer[:5000]) if s.role not in ("rights", "boilerplate")]
        if not any(pattern.search(s) or re.search(r"(?i)\bregulation\s+7\s*\(1\)|\bsection\s+10\s*\(3\)", s)
                   for s in said):
            continue
        stated = next((day for s in said for start, _, day in dates_in(s)
                       if _TO_DAY.search(s[max(0, start - 30):start]) and (sent is None or day > sent)), None)
        allowed = None
        if sent is not None:
            allowed = add_working_days(sent, 40, scotland=scot) if law in ("EIR", "EISR") else \
                add_working_days(due_date(sent, _regime(law)), 20)
        out[part.number] = {"to": stated, "allowed": allowed, "law": law}
    return out
