"""A sentence that only qualifies the question before it stays with that question (fx67, issue 8).

Real requests often ask, then say how the answer should be cut in a sentence of its own, inside the same item of the
list: "2. For the years from January 2015 to September 2021 how much revenue was lost ...? Please state the yearly loss
for each mode separately and as a monetary amount." The reader splits at the sentence end, so the qualifier became a
part of its own ("The yearly loss for each mode ...", "The percentage/rate for each year.") that an officer reads
without the question it qualifies. Here, after the parts are made, such a sentence is put back after the question it
qualifies, in the person's words, and its own part goes.

A QUALIFIER is a sentence of the same line (list item) as the question before it that opens with words of asking for a
cut of the answer ("Please state ...", "Please give ...", "Please break this down ...") or with the cut itself ("For each
X, please ...") and names a cut: "each", "per", "separately", "broken down", "by year". It joins the part before only
when the qualifier's own part comes straight after it in the letter. A part that keeps the person's words takes the
sentence after its own; a framed part (rendered from its frame, never added to) gives way to the question and its
qualifier kept whole.
"""
from __future__ import annotations

import re

from askfoi.lost_asks import _sentences, _words

_ASKS_A_CUT = re.compile(
    r"(?i)^\W*(?:(?:please\s+)?(?:also\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"(?:state|give|provide|show|list|include|indicate|specify|detail|break\s+(?:this|these|it|them|that)\s+down)\b"
    r"|for\s+each\b[^,.?]{0,60},\s*(?:please|can\s+you|could\s+you))")
_CUT = re.compile(r"(?i)\b(?:for\s+each|each|per|separately|broken\s+down|break\s+(?:this|these|it|them|that)\s+down|"
                  r"breakdown|by\s+(?:year|month|quarter|week|day|type|category|mode|route|ward|station|area|age|gender))\b")


def _qualifier(sentence: str) -> bool:
    return bool(_ASKS_A_CUT.match(sentence) and _CUT.search(sentence) and not sentence.rstrip().endswith(":"))


def _part_of(sentence: str, parts: list) -> int | None:
    """The index of the part made from SENTENCE: the part whose words cover most of the sentence's, if any."""
    sw = _words(sentence)
    if len(sw) < 2:
        return None
    best, score = None, 0.0
    for k, part in enumerate(parts):
        pw = _words(f"{getattr(part, 'source', '') or ''} {part.text or ''}")
        cover = len(sw & pw) / len(sw)
        if cover > score:
            best, score = k, cover
    return best if score >= 0.6 else None


def attach_qualifiers(framing, text: str) -> None:
    """FRAMING's parts with each qualifier sentence of TEXT written after the kept question it qualifies (see the
    module's note)."""
    from askfoi.pasted_layout import restore_breaks
    from askfoi.questions import list_lines

    parts = list(framing.parts)
    if len(parts) < 2:
        return
    gone: set[int] = set()
    for line in list_lines(restore_breaks(text or "")).split("\n"):
        sentences = _sentences(line)
        for before, sentence in zip(sentences, sentences[1:]):
            if not _qualifier(sentence):
                continue
            at, own = _part_of(before, parts), _part_of(sentence, parts)
            if at is None or at in gone or own is not None and (own in gone or own > at + 1 or own == at):
                continue
            # own is None or earlier: the same qualifier said of an earlier item ("Please state the percentage/rate for
            # each year." under two items) made one part only, or none: this question takes it all the same
            part = parts[at]
            said = sentence.strip()
            said = said[:1].upper() + said[1:]
            if not said.endswith((".", "?", "!")):
                said += "."
            if said.rstrip(".?! ").lower() in (part.text or "").lower():
                continue  # the part holds the qualifier already
            if part.kept_words:
                part.text = f"{part.text.rstrip()} {said}"
                part.source = f"{(part.source or '').rstrip()} {said}".strip()
            else:
                # a framed part is rendered from its frame and never added to: the question and its qualifier are
                # kept whole in the person's words instead, as "keep my words" keeps them
                from askfoi.framing import keep_words
                from askfoi.whole_items import _kept

                asked = before.strip()
                if not asked.endswith((".", "?", "!")):
                    asked += "?"
                parts[at] = _kept(keep_words, f"{asked} {said}")
            if own == at + 1:
                gone.add(own)
    if gone:
        framing.parts = [p for k, p in enumerate(parts) if k not in gone]
