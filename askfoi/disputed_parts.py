"""Which parts of a request a follow-up letter is about, in the request's own words, and what the reply decided for
each, grouped (rv51, nc50 #7).

A review or a complaint after a reply that answered some parts and held back others quotes the parts under dispute
("This review is about part 2 ("How many times did the force use IMSI catchers ...?") and part 3 (...)"), never only
the request's first question, which may be the part answered in full; and it states the decision part by part, the
parts with the same decision said together ("parts 1 and 4 information given; parts 2 and 3 neither confirmed nor
denied (section 23(5), ...)").

The words of each part come from the person's own request when askfoi has it, else from the numbered list the reply
restates under its own heading ("You asked:", "You requested:", "Your request:"). Nothing is guessed: a part whose
words are not found is not quoted (the letter then names it by number only). Core module: no textual, no rich.
"""

from __future__ import annotations

import re

MAX_QUOTED = 4  # more parts under dispute than this: named by number only (a letter quoting six questions reads as the request)
QUOTE_CHARS = 220

_LINE_ITEM = re.compile(r"^\s*\(?(\d{1,2})[.)]\s+(\S.*)$")


# a line that starts a sentence of the reply's own after the list ("Please find attached ...", "We have ...")
_OPENS = re.compile(r"^(?:please|i|we|our|thank|thanks|yours|kind|regards|if|note|the\s+following|this|these|attached)\b", re.I)


def _wrapped(item: str, line: str) -> bool:
    """LINE, after a numbered ITEM, is that item wrapped onto the next line (not the reply's next sentence): it starts
    in lower case, or the item has not ended its sentence and the line does not open one of the reply's own."""
    return line[:1].islower() or (not item.rstrip().endswith((".", "?", "!")) and not _OPENS.match(line))


def reply_items(reply: str | None) -> dict[str, str]:
    """The request's numbered parts as the reply restates them under its own heading ("You asked:" then "1. ...",
    "2. ..."), {number: words}; {} when the reply restates no numbered list there (two items at least, numbered from 1
    in order, before the reply's answer starts)."""
    if not isinstance(reply, str) or not reply.strip():
        return {}
    from askfoi.reply_request import _ANSWER_HEADING, _HEADING_INLINE, _HEADING_LINE, _LEAD_IN

    head = reply[:20000].replace("\r\n", "\n").replace("\r", "\n")
    found = [m for m in (_HEADING_LINE.search(head), _HEADING_INLINE.search(head), _LEAD_IN.search(head)) if m]
    for m in sorted(found, key=lambda x: x.start()):
        body = head[m.end():m.end() + 4000]
        answer = _ANSWER_HEADING.search(body)
        if answer:
            body = body[:answer.start()]
        items: list[tuple[str, str]] = []
        for line in body.split("\n"):
            item = _LINE_ITEM.match(line)
            if item:
                if int(item.group(1)) != len(items) + 1:
                    break
                items.append((item.group(1), item.group(2).strip()))
            elif items and line.strip() and _wrapped(items[-1][1], line.strip()):
                items[-1] = (items[-1][0], items[-1][1] + " " + line.strip())
            elif items:
                break  # a blank line ends the list
        if len(items) >= 2:
            return dict(items)
    return {}


def request_items(request: str | None) -> dict[str, str]:
    """The person's own request's parts, {number: words}: its numbered items by their numbers, else its parts in
    order from 1 (askfoi.followup._request_parts); {} without a request."""
    if not isinstance(request, str) or not request.strip():
        return {}
    from askfoi.answer_map import request_items as numbered

    items = numbered(request)
    if len(items) >= 2:
        return dict(items)
    from askfoi.followup import _request_parts

    return {str(i): p for i, p in enumerate(_request_parts(request), 1)}


def disputed_quotes(numbers: list[str], all_numbers: list[str], *, request: str | None = None,
                    reply: str | None = None) -> list[dict]:
    """The parts NUMBERS (those under dispute) with their words, [{number, question}], from the REQUEST when given,
    else from the REPLY's restatement; [] when the letter should quote nothing part by part: no part under dispute,
    every part under dispute (the request's first question then stands for it), more than MAX_QUOTED of them, or the
    words of one of them not found."""
    numbers = [n for n in dict.fromkeys(numbers) if n]
    words = request_items(request) or reply_items(reply)
    if not numbers or len(numbers) > MAX_QUOTED or set(numbers) >= set(all_numbers) | set(words):
        return []
    from askfoi.reply_request import plain_topic

    out = []
    for n in numbers:
        said = plain_topic(re.sub(r"^\s*[\"\u201c\u2018']+|[\"\u201d\u2019']+\s*$", "", words.get(n, "")), QUOTE_CHARS)
        if not said:
            return []
        out.append({"number": n, "question": said})
    return out


def grouped(parts: list[dict]) -> list[dict]:
    """PARTS ([{number, outcome, sections}], in the reply's order) with those of the same decision and provisions
    together: [{numbers, outcome, sections}], in the order each decision first appears."""
    groups: dict[tuple, dict] = {}
    for p in parts:
        key = (p["outcome"], tuple(p.get("sections") or ()))
        if key not in groups:
            groups[key] = {"numbers": [], "outcome": p["outcome"], "sections": list(p.get("sections") or ())}
        groups[key]["numbers"].append(p["number"])
    return list(groups.values())
