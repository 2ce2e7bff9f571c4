"""The name a draft is signed with: the line after its closing ("Thanks,\nSam", "Kind regards, Sam Jones").

FOIA s8 and FOISA s8 need the requester's real name: a first name alone can make the request invalid (the chat's
Name step asks for a surname for the same reason). The closing words are data in knowledge/vocab/sign_off.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class Signature:
    closing: str  # the closing line as written ("Thanks,")
    name: str | None  # the name under it ("Sam"), None when the draft stops at the closing


@functools.lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    data, _ = load_vocab("sign_off", list[str])
    found = []
    for p in (data.get("closings") if isinstance(data, dict) else None) or []:
        try:
            re.compile(p)
            found.append(f"(?:{p})")
        except re.error:
            continue
    return re.compile(rf"(?i)^\s*(?P<closing>(?:{'|'.join(found) or '(?!)'})\s*[,.!]*)\s*(?P<rest>.*)$")


def signature(text: str) -> Signature | None:
    """How TEXT is signed off, or None when it has no closing in its last lines."""
    lines = [x.strip() for x in (text or "").strip().splitlines() if x.strip()][-3:]
    for k in range(len(lines) - 1, -1, -1):
        m = _closing().match(lines[k])
        if m is None:
            continue
        after = [m.group("rest").strip(" ,."), *lines[k + 1:]]
        after = [x for x in after if x]
        if len(after) > 2:
            return None
        return Signature(closing=m.group("closing").strip(), name=after[0] if after else None)
    return None


def first_name_only(text: str) -> Signature | None:
    """TEXT's sign-off when it gives no surname: one word ("Sam"), a first name and an initial ("Dave P."), or
    nothing under the closing."""
    sig = signature(text)
    if sig is None:
        return None
    if sig.name is None:
        return sig
    from askfoi.answers import tidy_name

    name = tidy_name(sig.name)
    if name is None:
        return None  # not a name at all (an email address, a phone number): other checks speak of those
    words = [w for w in re.sub(r"\([^)]*\)", " ", name).replace(".", " ").split() if w]
    if len(words) == 1 or (len(words) >= 2 and len(words[-1]) == 1):
        return Signature(closing=sig.closing, name=name)
    return None


def closing_on_its_own_line(text: str) -> str:
    """fx43: TEXT with a closing typed on the line of the last question ("... do these arrests relate to? - Yours
    faithfully,") put on a line of its own, as a letter has it, so no part ever ends with the sign-off. Only a letter's
    closing ("Yours faithfully", "Kind regards", never a "thanks" that may end a sentence) after a sentence's end and
    before the end of its line (or a short name) moves."""
    closing = r"yours[ \t]+(?:faithfully|sincerely|truly)|(?:kind|best|warm|warmest)[ \t]+regards|best[ \t]+wishes"
    return re.sub(rf"(?im)(?<=[.?!])[ \t]*[-\u2013\u2014]?[ \t]*((?:{closing})[ \t]*[,.!]*[ \t]*"
                  r"(?:[^\W\d_][\w'.\-]*(?:[ \t]+[^\W\d_][\w'.\-]*){0,3})?[ \t]*)$", r"\n\1", text or "")
