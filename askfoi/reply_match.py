"""ui51 (nc50 #12): does a pasted reply answer the request just written in the chat? Said in one plain line when it
plainly does not: the reply comes from another body than the one the request was written to, none of the request's
parts is in what the reply says it answers (its quoted questions, or "your request about ..."), or the reply quotes a
question the request never asked. A reply that names nothing it answers is never judged; wording differs between a
request and a reply, so only a quoted question that shares no word (cut to its stem, common words aside) with the
request counts as not asked.

Pure: no UI, no I/O beyond the packaged vocabularies the helpers read."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

STEM = 5  # letters a word is cut to ("cameras" and "camera", "searches" and "search" meet)

# words every request and every reply have: never evidence that a reply answers a request
_COMMON = frozenset("""
about after again also among another answer answers any asked asking because been before being between both broken
could copies copy data date dated details does down during each either every following force from have held hold how
information into just know many more most much number numbers other over part parts period please provide provided
record records recorded regarding relating reply request requested response same should since some such than that the
their them then there these they this those under until were what when where whether which while with within would
year years your yours total totals figure figures following including include includes made make list
""".split())
_WORD = re.compile(r"[a-z][a-z'-]{3,}")


class RequestMismatch(BaseModel):
    kind: Literal["body", "parts", "extra"]
    sender: str | None = None  # kind "body": the body the reply comes from
    authority: str | None = None  # the body the request was written to
    asked: list[str] = Field(default_factory=list)  # kind "extra": the reply's quoted questions the request never asked


def _stems(text: str, skip: frozenset[str] = frozenset()) -> set[str]:
    return {w[:STEM] for w in _WORD.findall((text or "").lower().replace("\u2019", "'"))
            if w not in _COMMON and w[:STEM] not in skip}


def _known_body(name: str | None) -> str | None:
    from askfoi.authorities import resolve_authority

    found = resolve_authority(name) if name else None
    return found.name if found is not None and found.known else None


def same_body(one: str | None, other: str | None) -> bool:
    """ny70: ONE and OTHER name the same body (both known to the authorities list, or spelt alike)."""
    if not one or not other:
        return False
    a, b = _known_body(one), _known_body(other)
    if a and b:
        return a == b
    return " ".join(one.lower().split()) == " ".join(other.lower().split())


def request_mismatch(reply: str, *, request: str | None = None, authority: str | None = None) -> RequestMismatch | None:
    """How REPLY plainly fails to answer REQUEST (the numbered parts written in the chat) to AUTHORITY, or None when
    it may well answer it (or nothing is known to compare)."""
    from askfoi.reply_request import quoted_items
    from askfoi.reply_sender import reply_sender

    if not reply or not reply.strip():
        return None
    ours, theirs = _known_body(authority), _known_body(reply_sender(reply))
    if ours and theirs and ours != theirs:
        return RequestMismatch(kind="body", sender=theirs, authority=ours)
    if not request or not request.strip():
        return None
    # the bodies' own names are in every reply to them: no evidence of what was asked
    names = _stems(" ".join(x for x in (authority, ours, theirs) if x))
    asked_words = _stems(request, names)
    if not asked_words:
        return None
    quoted = quoted_items(reply)
    if quoted:
        # "plainly": a quoted question sharing no word at all with the request is one it never asked
        other = [q for q in quoted if _stems(q, names) and not _stems(q, names) & asked_words]
        if len(other) == len(quoted):
            return RequestMismatch(kind="parts", authority=ours or authority)
        if other:
            return RequestMismatch(kind="extra", authority=ours or authority, asked=other)
        return None
    # no list quoted: what the reply says it answers ("your request ... regarding X", "You asked: ..."); a reply that
    # names nothing it answers ("the information is attached") is never judged: its words are no evidence
    from askfoi.reply_request import request_in_reply

    stated = request_in_reply(reply)
    said = _stems(" ".join(x for x in (stated.question, stated.topic) if x), names)
    if said and not said & asked_words:
        return RequestMismatch(kind="parts", authority=ours or authority)
    return None
