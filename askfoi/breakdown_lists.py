"""A breakdown typed as a list of fields read as a breakdown in words (issue 8, fr26b).

Formal requests often give their breakdown as fields after a colon, on one line or on lines of their own: "broken
down by: year, ward", "Please break this down by: year; ward.", "split by:\\n- month\\n- ethnicity". The colon and
the field separators make the line look like a list stem with items of their own, so the fields became parts or were
glued onto the last question as typed. The fields are written as one breakdown in words ("broken down by year and
ward") before the message is read, so the readers of breakdown sentences (askfoi.framing.qualifier_breakdown) apply
it to the questions it qualifies. Only a short run of short fields (no verb of asking, no question) is so read.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"(?i)\b(?P<lead>(?:broken|break|split|separated|separate|analysed|disaggregated)(?:\s+(?:this|these|it|them|the\s+\w+))?"
                   r"(?:\s+down)?\s+(?:by|into|per)|breakdown\s+(?:by|per)|by\s+the\s+following)[ \t]*:[ \t]*")
_FIELD = r"[A-Za-z][A-Za-z/&' -]{0,30}?"
_ASKING = re.compile(r"(?i)\b(?:how|what|which|who|why|when|where|please|provide|number|total|any|copy)\b|\?")


def _fields(run: str) -> list[str] | None:
    items = [re.sub(r"^\(?[a-z0-9]{1,2}[.)]\s*", "", x.strip(" -\u2022*\t.")).strip()
             for x in re.split(r"\s*(?:[,;]|\n|\band\b|&)\s*", run)]
    items = [x for x in items if x]
    if not 1 <= len(items) <= 6 or any(len(x.split()) > 4 or _ASKING.search(x) for x in items):
        return None
    return items


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def breakdown_in_words(text: str) -> str:
    """TEXT with each "<breakdown words>: field, field; field" (fields on the line, or as bullet lines under it)
    written as "<breakdown words> field, field and field"."""
    out, at = [], 0
    for m in _LEAD.finditer(text or ""):
        if m.start() < at:
            continue
        rest = text[m.end():]
        same_line = re.match(r"[^\n]*", rest).group()
        run = same_line
        if not same_line.strip():  # the fields on the lines below, one a line
            lines = re.match(r"(?:\n[ \t]*(?:[-\u2022*]|\(?[a-z0-9]{1,2}[.)])?[ \t]*[A-Za-z][^\n]{0,40}[ \t]*(?=\n|$))+", rest)
            run = lines.group() if lines else ""
        end = re.match(r"(?s)(.*?)([.!?]?[ \t]*)$", run)
        body, tail = (end.group(1), end.group(2)) if end else (run, "")
        items = _fields(body)
        if not items:
            continue
        lead = re.sub(r"\s+", " ", m.group("lead"))
        out.append(text[at:m.start()] + lead + " " + _joined(items) + (tail.strip() or ""))
        at = m.end() + len(run)
    out.append(text[at:])
    return "".join(out)
