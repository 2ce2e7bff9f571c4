"""cl55 (nc55 #9): a volunteer's terse shorthand, read as the request it stands for.

"client wants leeds city council damp complaints numbers" names the body (Leeds City Council), the subject (damp
complaints) and the kind of record (numbers), with no verb to frame: written as "the number of damp complaints, leeds
city council" it frames as any request does. Only a message of one clause, made of an optional asker and wish verb
("client wants"), the body's name as found, a short subject and a kind of record last (knowledge/vocab/terse_asks.yaml)
is read this way; anything else returns None and is framed as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from askfoi.knowledge import load_vocab


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data, _ = load_vocab("terse_asks")
    return data if isinstance(data, dict) else {}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def terse_ask(text: str, body_words: str) -> str | None:
    """TEXT (a whole message) written as a request when it is shorthand; BODY_WORDS: the words in it that named the body
    (Framing.authority.from_text). None when TEXT is anything else."""
    from askfoi.framing import kind_named

    vocab = _vocab()
    said = " ".join((text or "").split()).strip().rstrip(".!").strip()
    body = " ".join((body_words or "").split()).strip()
    if not said or not body or re.search(r"[.?!;:,\n]", said) or len(said) > 200:
        return None
    lowered = said.lower()
    opener = rf"^(?:(?:{_alternation(vocab.get('askers') or [])})\s+)?(?:(?:{_alternation(vocab.get('wish') or [])})\s+)?"
    rest = re.sub(opener, "", lowered, count=1).strip()
    at = rest.find(body.lower())
    if at < 0:
        return None
    before, after = rest[:at].strip(), rest[at + len(body):].strip()
    if before and after:
        return None  # the body in the middle of the subject: not shorthand
    words = (after or before).split()
    for size in (2, 1):  # the kind of record, last: "numbers", "total spend"
        if len(words) <= size:
            continue
        kind = kind_named(" ".join(words[-size:]))
        lead = (vocab.get("leads") or {}).get(kind or "")
        subject = words[:-size]
        if lead and 0 < len(subject) <= int(vocab.get("max_subject_words") or 5) \
                and kind_named(" ".join(subject)) is None:
            return f"{lead} {' '.join(subject)}, {body}"
    return None
