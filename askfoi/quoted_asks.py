"""Questions a message quotes from someone else's document are not its asks (issue 8; fx99).

"Question 36 states. "Where can the Council show that it has considered other uses? Why have the Council not
considered an Eco-resort?"" (Wirral, fx97) made the FAQ's two questions parts of the person's request, and the
sentence cut at the quote's "?" left a stray quote mark on the ask after it. A quoted span (straight or curly
quotes) that holds a question mark, introduced in its own sentence by a reporting verb (knowledge/vocab/
quoted_asks.yaml: states, says, asks, reads, wrote ...) whose subject is not the writer, is quoted: the readers see
the quote marks with an ellipsis between them ("Question 36 states. "\u2026"."), a remark about the document, and the
sentence ends where the quote does. The writer's own question in quotes ("I asked "...?"", "my question is "...?"") is left as it is.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_QUOTE = re.compile(r"[\"\u201c](?P<inner>[^\"\u201c\u201d\n]{8,600}?)[\"\u201d]")


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    data, _ = load_vocab("quoted_asks")
    data = data if isinstance(data, dict) else {}
    verbs = [str(v).strip() for v in data.get("reporting_verbs", []) if str(v).strip()]
    own = frozenset(str(w).strip().lower() for w in data.get("own_subjects", []) if str(w).strip())
    if not verbs:
        return None, own
    alt = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in verbs), key=len, reverse=True))
    # the reporting verb, its subject (up to five words before it, back to the sentence's start), then the quote:
    # "Question 36 states. "...", "Your FAQ page asks "...", "the leaflet said: "...""
    return re.compile(rf"(?i)(?:^|(?<=[.!?\n])\s*|(?<=[,;]\s))(?P<subject>(?:[\w'&()-]+\s+){{0,5}}?)(?:{alt})"
                      rf"\b[\s.:,\-\u2013\u2014]*$"), own


def quoted_questions_told(text: str) -> str:
    """TEXT with the words of each quoted question (see the module's note) read as the document's: an ellipsis in
    the quote marks, and a full stop after the quote when the sentence ends with it."""
    pattern, own = _vocab()
    if pattern is None or "?" not in (text or ""):
        return text
    out, at = [], 0
    for m in _QUOTE.finditer(text):
        inner = m.group("inner")
        if "?" not in inner:
            continue
        before = text[max(0, m.start() - 120):m.start()]
        sentence = re.split(r"(?<=[.!?])\s+(?=\S)|\n", before.rstrip())[-1] if before.strip() else ""
        lead = pattern.search(before) if sentence else None
        if lead is None:
            continue
        subject = [w.lower().strip("'()") for w in lead.group("subject").split()]
        if any(w in own for w in subject):
            continue  # "I asked "...?"": the writer's own question
        told = "\u2026"  # the document's words are its own: no reader takes them for the person's asks
        rest = text[m.end():]
        end = "" if re.match(r"\s*(?:[.,;:)]|$)", rest) or re.match(r"\s*(?:and|but|which|so)\b", rest) else "."
        out.append(text[at:m.start()] + m.group(0)[0] + told + m.group(0)[-1] + end)
        at = m.end()
    return "".join(out) + text[at:] if out else text
