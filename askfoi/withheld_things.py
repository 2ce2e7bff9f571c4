"""nz73 (nc73 #7): what a reply says it withheld, in its own words, so that a review letter of a reply the reader could
not split into parts still names what it disputes ("the value of the response maintenance contract for the West Belfast
area (answer 1(b), section 43(2))") instead of "the rest". The phrasings are data: knowledge/vocab/withheld_things.yaml.
Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import compile_any, load_vocab

MAX_THINGS = 4
_LABEL = re.compile(r"^\s*(?:part\s+|question\s+|q)?(\d{1,2}(?:\([a-z]\)|[a-z])?)(?:\s*[.):]|(?<=\))(?=\s))\s+", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("withheld_things")
    data = data if isinstance(data, dict) else {}
    return compile_any(str(p) for p in data.get("passive") or []), compile_any(str(p) for p in data.get("active") or [])


def withheld_things(reply: str | None, sections: list[str]) -> list[dict[str, str]]:
    """The things REPLY says it withholds under one of SECTIONS (the reader's numbers, "43(2)"), each as
    {"thing": its words with a small first letter, "label": the answer's own label ("1(b)") or "", "section": the
    number}; at most MAX_THINGS, none when a sentence names no section cited or names no thing."""
    if not reply or not sections:
        return []
    passive, active = _patterns()
    out: list[dict[str, str]] = []
    for paragraph in re.split(r"\n\s*\n", reply[:40000]):
        flat = " ".join(paragraph.split())
        label_m = _LABEL.match(flat)
        label = label_m.group(1).replace(" ", "") if label_m else ""
        body = flat[label_m.end():] if label_m else flat
        for sentence in _SENTENCE.split(body):
            lower = sentence.lower()
            cited = next((s for s in sections if re.search(r"\b" + re.escape(s.rpartition(" ")[2].lower()) + r"(?![\w(])", lower)), None)
            if not cited:
                continue
            m = (passive.search(sentence) if passive else None) or (active.search(sentence) if active else None)
            if not m:
                continue
            thing = m.group("thing").strip(" ,")
            if re.match(r"(?i)(?:the|this|that|any|all)\s+(?:information|data|request|part|remainder|rest|above)\b", thing) \
                    and len(thing.split()) <= 3:
                continue  # "The information is withheld": names nothing the letter does not already say
            thing = thing[:1].lower() + thing[1:] if not re.match(r"[A-Z]{2}", thing) else thing
            if all(o["thing"] != thing for o in out):
                out.append({"thing": thing, "label": label, "section": cited})
            if len(out) >= MAX_THINGS:
                return out
    return out
