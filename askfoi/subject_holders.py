"""Subjects whose records one body holds (fx67, issue 8): knowledge/vocab/subject_holders.yaml.

"Patrols on Tooting Bec Road, a red route" is for Transport for London, never Wandsworth's council; "have the ULEZ
cameras been used ... within their current Home Office Approval" is for TfL too: the Home Office is named only as the
body that approves the cameras. `subject_holder` gives the body a message's subject belongs to; `approver_only` says a
body's name at a place in the text only names who approves what is asked about."""
from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    data, _ = load_vocab("subject_holders")
    holders = [(body, re.compile(r"(?i)(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])"))
               for body, words in (data.get("holders") or {}).items()]
    approval = re.compile(r"(?i)^[\s'\u2019\"-]*(?:'s\s+)?(?:" + "|".join(data.get("approval_words") or ["approval"]) + r")\b")
    return holders, approval


@functools.lru_cache(maxsize=1)
def _london_rules() -> list[tuple[str, re.Pattern[str]]]:
    data, _ = load_vocab("subject_holders")
    return [(body, re.compile(r"(?i)(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])"))
            for body, words in (data.get("london_holders") or {}).items()]


def london_holder(text: str, council: str | None) -> tuple[str, str] | None:
    """fx101: (body, the words as typed) for a subject of TEXT that one body holds in London ("the 456 bus route"),
    when COUNCIL (the council a place in the message names, as askfoi knows it) is a London borough's; None
    otherwise (a bus route in Leeds is no TfL's)."""
    if not council:
        return None
    from askfoi.asked_holders import _road_data

    said = council.lower()
    if not any(re.search(rf"\b{re.escape(c)}\b", said) for c in _road_data()[3]):
        return None
    best = None
    for body, pattern in _london_rules():
        m = pattern.search(text or "")
        if m and (best is None or m.start() < best[2]):
            best = (body, m.group(0), m.start())
    return (best[0], best[1]) if best else None


def subject_holder(text: str) -> tuple[str, str] | None:
    """(body, the words as typed) for the first subject of TEXT that one body holds, or None."""
    best = None
    for body, pattern in _rules()[0]:
        m = pattern.search(text or "")
        if m and (best is None or m.start() < best[2]):
            best = (body, m.group(0), m.start())
    return (best[0], best[1]) if best else None


_NOTE = re.compile(r"(?i)^\W*(?:please\s+)?(?:bear\s+in\s+mind|note\b|be\s+aware|n\.?\s?b\.?\b|for\s+(?:your\s+)?information\b)")


def approver_only(text: str, span: tuple[int, int] | None) -> bool:
    """The body named at SPAN of TEXT is not the one asked: it is named only as who approves what is asked about
    ("within their current Home Office Approval"), or in a note to the reader ("Please bear in mind the Home Office
    cautioned ...")."""
    if not span:
        return False
    if _rules()[1].match(text[span[1]:span[1] + 40]):
        return True
    start = max(text.rfind(mark, 0, span[0]) for mark in (". ", "? ", "! ", "\n"))
    return bool(_NOTE.match(text[start + 1 if start >= 0 else 0:span[0]]))
