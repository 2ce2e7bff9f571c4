"""An answer to "what records would answer your message?" that is only a few words naming a kind of record
("the emails", "the policy", "numbers please") answers the person's question: it never replaces it (ck24b).

The question is read again from where it names that kind ("... all the emails between councillor jones and the
planning department ... about the new housing estate in 2025": from "emails" on), and the parts framed there of
that kind are the request. Nothing here is a framing rule: the kind's names are knowledge/vocab/record_kinds.yaml
(`names`), the parts are askfoi.framing's own."""

from __future__ import annotations

import re
from datetime import date

_DETERMINERS = re.compile(r"(?i)^\W*(?:(?:i\s+want|i\s+need|i'?d\s+like|just|only|all|any|the|those|these|copies\s+of|"
                          r"copy\s+of|a\s+copy\s+of)\s+)+")
_TAIL = re.compile(r"(?i)[\s,.!?]*(?:please|pls|thanks|thank\s+you|ta)?[\s,.!?]*$")


def is_fragment(answer: str, *, today: date | None = None) -> bool:
    """Whether ANSWER is a few words with no question of its own: a noun phrase that askfoi.framing frames into
    no part alone ("the emails", "correspondence"), never a new request ("how much was spent on taxis")."""
    from askfoi.framing import frame_message, noun_phrase

    words = answer.split()
    if not words or len(words) > 6:
        return False
    if noun_phrase(answer) is None:
        return False
    return not frame_message(answer, None, today=today).parts


def named_kind(answer: str) -> str | None:
    """The kind of record a short answer names ("the emails" -> correspondence, "the policy" -> policy), or None."""
    from askfoi.framing import kind_named

    words = _TAIL.sub("", _DETERMINERS.sub("", answer.strip())).strip()
    return kind_named(words) if words else None


def _name_at(question: str, kind: str) -> int | None:
    """Where QUESTION first names KIND by one of its names ("emails", "e-mails", "letters"), or None."""
    from askfoi.framing import _vocab

    spec = _vocab().kinds.get(kind)
    if spec is None:
        return None
    starts = []
    for name in spec.names:
        stem = re.escape(name.rstrip("s")).replace(r"\ ", r"\s+")
        m = re.search(rf"(?i)\b{stem}s?\b", question)
        if m:
            starts.append(m.start())
        if name.startswith("email"):  # "e-mails", "e mails"
            m = re.search(r"(?i)\be[\s-]mails?\b", question)
            if m:
                starts.append(m.start())
    return min(starts) if starts else None


def parts_of_kind(question: str, answer: str, *, today: date | None = None) -> list:
    """The parts (askfoi.framing.Frame) QUESTION asks for when ANSWER names their kind of record, or []: the
    question is framed from where it names that kind, and only parts of that kind are kept."""
    from askfoi.framing import frame_message

    kind = named_kind(answer)
    if kind is None:
        return []
    at = _name_at(question, kind)
    if at is None:
        return []
    found = frame_message(question[at:], None, today=today)
    return [p for p in found.parts if p.kind == kind and p.text and not p.kept_words]
