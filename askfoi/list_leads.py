"""A lead-in line that lost its colon (issue 8; fx99).

People end the line over their list where the list takes over: "I would be grateful if you could ... the provision of
documents on" over "1 The ownership structure ...", "I would like to know what records you keep about" over "- stray
dogs collected in 2024". Without a colon every reader took the line for an ask of its own ("Assist me as to what
documents are available and the provision of documents on.") or lost the items under it. A line that stops on a word
wanting what follows (knowledge/vocab/list_leads.yaml), with no end mark, directly over a list item bulleted or
numbered without a mark ("- ...", "1 The ..."), gets its colon (a list numbered "1." or "(a)" is read as the lead's
list already); items numbered "1 The ..." in that list get the full stop after the number
that every list reader knows ("1. The ..."). Nothing of the person's wording changes.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]\s|[-\u2013\u2022*\u25aa\u25cf]\s|\d{1,2}\s+(?=[A-Za-z]))")
_DOTTED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]\s)")
_BARE_NUMBER = re.compile(r"^(\s*)(\d{1,2})\s+(?=[A-Za-z])")


@functools.lru_cache(maxsize=1)
def _dangling() -> re.Pattern[str] | None:
    data, _ = load_vocab("list_leads")
    words = [str(w).strip() for w in ((data or {}).get("dangling_words", []) if isinstance(data, dict) else [])
             if str(w).strip()]
    if not words:
        return None
    alt = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})\s*$")


def colon_leads(text: str) -> str:
    """TEXT with each lead line that stops on a dangling word over a list given its colon (see the module's note)."""
    dangling = _dangling()
    if dangling is None or "\n" not in (text or ""):
        return text
    lines = text.split("\n")
    out = list(lines)
    for i, line in enumerate(lines[:-1]):
        body = line.rstrip()
        if not body or _ITEM.match(body) or not dangling.search(body) or len(body.split()) < 4:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not _ITEM.match(lines[j]) or _DOTTED.match(lines[j]):
            continue  # a list numbered "1." or "(a)" is read as the lead's list already (fx97 South Ayrshire)
        out[i] = body + ":"
        k = j
        while k < len(lines) and (not lines[k].strip() or _ITEM.match(lines[k])):
            out[k] = _BARE_NUMBER.sub(r"\1\2. ", lines[k])
            k += 1
    return "\n".join(out)
