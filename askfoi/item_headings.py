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


# fx47: a label line that only numbers the item under it ("Request 1", "Request 2a", "Question 3:", "Q4", "Part 2 -"):
# the number opens the item's own line ("2a. The number of ..."), so no reader takes the label for words asked
_LABEL_LINE = re.compile(r"(?im)^[ \t]*(?:request|question|q|part|item|section|point)[ \t]*(?:no\.?[ \t]*)?"
                         r"(?P<n>\d{1,2}[a-z]?)[ \t]*[:.)\-\u2013]?[ \t]*\n(?=[ \t]*\S)")
# a line that opens with an item's number ("3.Policy and training", "1. 2025/26 Actuals and Outturn Forecast")
_NUMBERED = re.compile(r"^[ \t]*\(?(?P<n>\d{1,2})(?P<sub>[.]\d{1,2}|[a-z])?[.):]*[ \t]*(?P<rest>.*)$")
_ASK_WORDS = re.compile(r"(?i)\b(?:how|what|which|when|where|why|who|whether|please|provide|confirm|tell|give|send|"
                        r"supply|list|number|copy|copies|details|does|do|did|is|are|was|were|has|have|can|could|would|"
                        r"will|should)\b")


def labels_off(text: str) -> str:
    """TEXT with each item's label line turned into the item's number ("Request 2a\\nThe number of officers" ->
    "2a. The number of officers")."""
    text = text or ""
    # (a label over an item that has its own number, "QUESTION 2" over "2 a) How much ...", is left to the steps that
    # read it)
    return _LABEL_LINE.sub(lambda m: m.group(0) if re.match(r"[ \t]*\(?\d", text[m.end():]) else m.group("n") + ". ", text)


def _shouted(words: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", words)
    return len(letters) >= 4 and letters.isupper()


def _heading(words: str) -> bool:
    """WORDS (a line without its number) read as a heading: one to seven words, no mark that ends a sentence or
    a clause, no word of asking ("Policy and training", "2025/26 Actuals and Outturn Forecast", "NOISE COMPLAINTS
    ACTION", "Overall assessment numbers" - but never "The number of BWVs owned")."""
    w = words.strip()
    if not w or len(w.split()) > 7 or re.search(r"[?,;:!]|\.$|\.\s", w):
        return False
    if _shouted(w):
        return True  # a heading typed in capitals ("NUMBER OF NOISE COMPLAINTS")
    if _ASK_WORDS.search(w):
        return False
    return bool(re.match(r"[A-Z0-9]", w))


def _title_heading(words: str) -> bool:
    """fx88: WORDS read as a Title Case heading over a nested list: up to ten words, each Capitalised but the small
    joining words, no mark ending a sentence or a clause, no word of asking ("Recording and Tracking of Damp and Mould
    Cases", "Preparedness for Awaab's Law"; never "Agency costs" nor "Number of Fines")."""
    w = words.strip()
    if not w or len(w.split()) > 10 or re.search(r"[?,;:!]|\.$|\.\s", w):
        return False
    if _shouted(w):
        return True
    ws = w.split()
    return not _ASK_WORDS.search(w) and all(x[:1].isupper() or x[:1].isdigit() or x.lower() in _SMALL for x in ws) \
        and ws[0][:1].isupper()


# fx97 (fx94 Dyfed-Powys 1138/2025: "(A) Governing Documents:" over "Copies of contractual documents that govern ..."):
# a section heading typed on a line of its own, with a letter or number label or none, Title Case, ending on a colon
_COLON_HEADING = re.compile(r"^[ \t]*(?:\(?(?:[A-Za-z]|\d{1,2}|[ivxIVX]{1,4})[.)][ \t]*|(?:section|part)[ \t]+\w{1,3}[ \t]*[-\u2013:.][ \t]*)?"
                            r"(?P<words>[A-Z][^:\n]{1,80}?)[ \t]*:[ \t]*$")


def _colon_heading(line: str, nxt: str) -> bool:
    """fx97: LINE is a Title Case section heading ending on a colon ("(A) Governing Documents:", "B) Maintenance
    Records:", "Section 2 - Staffing:") over NXT, an item of its own (at least four words, from a capital, neither
    numbered nor a bullet): the heading names the section for the writer and is never part of what is asked. A line
    of asking ("Please provide the following:"), a note or a period ("Timeframe:", "Note:") or a heading over a list of
    fields ("Contract Details:" / "- supplier") keeps its words."""
    m = _COLON_HEADING.match(line)
    if m is None or not _title_heading(m.group("words")) or m.group("words").split()[0].lower() in _KEEP:
        return False
    item = nxt.strip()
    if _NUMBERED.match(nxt) or re.match(r"[-\u2022*o][ \t]+\S|\(?[A-Za-z][.)][ \t]", item):
        return False  # a list under the heading: its fields or its items, which the heading may lead in
    return len(item.split()) >= 4 and item[:1].isupper()


def heading_lines_off(text: str) -> str:
    """(fx47) TEXT without the heading lines of a numbered letter: a line that heads the numbered items under it and
    asks nothing - an unnumbered heading line directly before a numbered item or a bullet ("Outcomes for pupils" /
    "1. The number of ..."), or an item numbered N whose next item is numbered N.1 or Na ("3.Policy and training" /
    "3.1.The specific ..."). A heading names a group for the writer's table; it is never asked, nor spliced into the
    item before it. A line typed alone with no numbered item under it keeps its words."""
    lines = (text or "").split("\n")
    out = []
    for i, line in enumerate(lines):
        nxt = next((x for x in lines[i + 1:] if x.strip()), "")
        m = _NUMBERED.match(line)
        n_next = _NUMBERED.match(nxt)
        item_next = bool(n_next and n_next.group("rest").strip()) or bool(re.match(r"[ \t]*[-\u2022*o][ \t]+\S", nxt))
        if m and m.group("rest").strip() and not m.group("sub") and n_next and n_next.group("n") == m.group("n") \
                and n_next.group("sub") and _heading(m.group("rest")):
            continue  # "3.Policy and training" over "3.1.The specific Force policy ..."
        if m and m.group("rest").strip() and not m.group("sub") and _title_heading(m.group("rest")) and (
                (n_next and n_next.group("n") == "1" and not n_next.group("sub") and n_next.group("rest").strip()
                 and not _heading(n_next.group("rest")))
                or re.match(r"[ \t]*\(?[a-z][.)][ \t]+\S", nxt)):
            continue  # fx88: "2. Review and Escalation Processes" over a list of its own, numbered again from 1 or
            # lettered ("1. Your internal process ...", "a) Does the council ..."): a heading over a nested list
        if not m and _colon_heading(line, nxt):
            continue  # fx97: "(A) Governing Documents:" over "Copies of contractual documents that govern ..."
        before = next((x for x in reversed(lines[:i]) if x.strip()), "")
        if not m and line.strip() and item_next and _heading(line) and before and not before.rstrip().endswith(":") \
                and (_shouted(line) or not (not _NUMBERED.match(before) and _heading(before))):  # (never the last line
            # of a plain list)
            continue  # "Overall assessment numbers" over "6. The total number ..."
        out.append(line)
    return "\n".join(out)
