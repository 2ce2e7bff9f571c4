"""au58 (nc58 #8): an organisation's name as typed, tidied for the salutation, the file name and the complaint:
an appositive that only says what kind of body it is ("midland heart, the housing association", "peabody (our
landlord)") comes off, and a name typed all in lower case gets its capitals ("Midland Heart"). The words are data:
knowledge/vocab/body_appositives.yaml."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern | None, frozenset[str], dict[str, str]]:
    data, _ = load_vocab("body_appositives")
    data = data if isinstance(data, dict) else {}
    owners = [str(w) for w in data.get("owners") or [] if w]
    kinds = [str(w) for w in data.get("kinds") or [] if w]
    small = frozenset(str(w).lower() for w in data.get("small_words") or [])
    caps = {str(w).lower(): str(w).upper() for w in data.get("capital_words") or []}
    caps.update({"ltd": "Ltd", "plc": "plc"})
    if not kinds:
        return None, small, caps

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
                        for w in sorted(words, key=len, reverse=True))

    owner = rf"(?:(?:{alt(owners)})\s+)?" if owners else ""
    kind = rf"{owner}(?:{alt(kinds)})"
    # ", the housing association", " - a private landlord", " (our landlord)", " which is the housing association"
    rx = re.compile(rf"(?i)\s*(?:[,;:\u2013\u2014-]\s*(?:(?:which|who|that)\s+(?:is|are)\s+|i\.?e\.?\s+)?{kind}\s*[.!]?"
                    rf"|\(\s*{kind}\s*\)|\s+(?:which|who)\s+(?:is|are)\s+{kind})\s*$")
    return rx, small, caps


def without_appositive(typed: str) -> str:
    """TYPED without a trailing appositive that only says what kind of body it is, or TYPED itself."""
    rx, _, _ = _vocab()
    text = " ".join((typed or "").split())
    if rx is None:
        return text
    cut = rx.sub("", text).strip(" ,;:-")
    return cut if len(re.findall(r"\w+", cut)) >= 1 else text


def with_capitals(name: str) -> str:
    """NAME, typed all in lower case, with each word's capital ("midland heart" -> "Midland Heart"); a name with any
    capital is the person's own spelling and is kept."""
    _, small, caps = _vocab()
    if not name or name != name.lower():
        return name
    out = []
    for k, word in enumerate(name.split(" ")):
        low = word.lower()
        if low in caps:
            out.append(caps[low])
        elif k and low in small:
            out.append(low)
        else:
            out.append("-".join(w[:1].upper() + w[1:] for w in word.split("-")))
    return " ".join(out)


def tidy_body_name(typed: str) -> str:
    """TYPED as the name a letter is addressed to: no kind appositive, no leading article before a lower-case name
    ("the orbit group" -> "Orbit Group"), and capitals on a name typed all in lower case."""
    name = without_appositive(typed)
    if name == name.lower():
        name = re.sub(r"(?i)^(?:the|a|an|my|our)\s+(?=\w)", "", name)
    return with_capitals(name) or " ".join((typed or "").split())
