"""fx42 (issue 8, cx41 leftover): a numbered item headed by a short Title Case label ("1. Number of Facilities: The
total number of sports facilities sold ...", "Financial Value: The final sale price ..."): the label names the item
for the writer's table, and is never part of what is asked. The label comes off; the item's own words stay.

Only a label of one to five words, each Capitalised (small joining words aside), before a colon, followed by an item
of at least four words starting with a capital: a line led in by a sentence ("Please provide the following:"), a
note ("Note: ..."), a period ("Timeframe: 2019 onwards") or a greeting keeps its words."""

from __future__ import annotations

import re

_SMALL = frozenset("of and the for per in on to a an by or with at from".split())
_KEEP = frozenset("note notes nb timeframe period periods date dates re subject dear from to attn attention ps "
                  "reference ref".split())
_LINE = re.compile(r"(?m)^(?P<lead>[ \t]*(?:\(?\d{1,2}[a-z]?[.):]\s*|[a-z][.)]\s+|[-\u2022*]\s*)?)"
                   r"(?P<label>[A-Z][\w'/&-]*(?:[ \t]+[\w'/&-]+){0,4}?)[ \t]*:[ \t]+(?P<rest>[A-Z][^\n]*)$")


def headings_off(text: str) -> str:
    """TEXT with each item's Title Case label taken off ("Number of Facilities: The total ..." -> "The total ...")."""
    def one(m: re.Match) -> str:
        words = m.group("label").split()
        if words[0].lower() in _KEEP or len(m.group("rest").split()) < 4 or re.search(r"\d", m.group("label")):
            # (a numbering label, "Q1:", "Question 2:", "Part 3:", is the item's number: other steps read it)
            return m.group(0)
        if not all(w[:1].isupper() or w.lower() in _SMALL for w in words) or any(w.lower() in _SMALL for w in words[-1:]):
            return m.group(0)
        return m.group("lead") + m.group("rest")

    return _LINE.sub(one, text or "")
