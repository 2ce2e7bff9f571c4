"""Whether a part of a request asks for recorded information: a count, a total, a list or a document (kept as it
stands), an account of what someone is doing (not records: asked for the records that set it out instead), or
nothing it names (a part that says what it is about only with the part before it: "How many times?").

The openings are data in knowledge/vocab/record_asks.yaml.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_ASK_LEAD = re.compile(r"(?i)^\W*(?:\d{1,2}[.)]\s*)?(?:(?:please|kindly)\s+)?(?:(?:provide|send|supply|disclose|give|share)\s+"
                       r"(?:me\s+|us\s+)?(?:with\s+)?|i\s+(?:would\s+like|want|request)\s+(?:to\s+(?:see|have|receive)\s+)?)?")


@functools.lru_cache(maxsize=1)
def _data() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], frozenset[str]]:
    data, _ = load_vocab("record_asks")
    data = data if isinstance(data, dict) else {}

    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        out = []
        for p in data.get(key) or []:
            try:
                out.append(re.compile(rf"(?is)^(?:{p})"))
            except re.error:
                continue  # `kb validate` reports vocab files
        return tuple(out)

    return compiled("record_heads"), compiled("account_asks"), frozenset(str(w).lower() for w in data.get("empty_words") or [])


def asks_for_records(part: str) -> bool:
    """PART opens by asking for a count, a total, a list or a document ("The number of missed bin collections.")."""
    text = _ASK_LEAD.sub("", part or "", count=1)
    return any(p.match(text) for p in _data()[0])


def account_asked(part: str) -> str | None:
    """What PART asks to be told about when it asks for an account rather than records ("Please tell me what NHS
    Lothian are doing about cleaning." -> "what NHS Lothian are doing about cleaning"), or None."""
    text = re.sub(r"^\W+", "", part or "")
    for pattern in _data()[1]:
        m = pattern.match(text)
        if m:
            return m.group("asked").strip().rstrip("?.! ")
    return None


def names_nothing(part: str) -> bool:
    """PART says nothing it is about on its own: every word is a question word, a pronoun or a word such as
    "times", "cost" or "contract" that needs the part before it ("How many times?", "Who got the contract?")."""
    words = re.findall(r"[a-z][a-z'-]*", (part or "").lower())
    return bool(words) and len(words) <= 8 and all(w in _data()[2] for w in words)


def counts_nothing(part: str) -> bool:
    """fx57 (nc55 #4): PART counts without saying what ("How many are waiting over 2 years?", "How many of them were
    refused?"): "how many" straight before a verb or a pointer, so the officer cannot tell what is counted."""
    data, _ = load_vocab("record_asks")
    words = [str(w).lower() for w in ((data or {}).get("count_verbs") or [])] if isinstance(data, dict) else []
    if not words:
        return False
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.match(rf"(?i)^\W*(?:please\s+tell\s+me\s+)?how\s+many\s+(?:{alt})\b", part or "") is not None


def content_words(text: str) -> set[str]:
    """The words of TEXT that carry what it is about (3 letters or more, not a question or joining word), each cut to
    its first five letters so "collections" and "collection" agree."""
    stop = _data()[2] | {"number", "please", "provide", "recorded", "information", "any", "about", "between", "from",
                         "amount", "total", "figure", "figures", "list", "copy", "copies", "record", "records",
                         "you", "your", "yours", "we", "our", "us", "me", "my", "she", "he", "her", "his", "him", "with"}
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]{2,}", (text or "").lower()) if w not in stop}


def loses_content(part: str, replacement: list[str]) -> bool:
    """REPLACEMENT (the parts a fix would put instead of PART) drops a word that says what PART is about, or is
    shorter than PART: such a fix is never offered for one key (nu34 #7: "Bins.", "... who caught C.")."""
    after = " ".join(replacement)
    return bool(content_words(part) - content_words(after)) or len(after.strip()) < len(part.strip()) * 0.6
