"""fu28: whether a follow-up letter may stand behind the reader's part-by-part reading of a reply.

A letter in the person's name that says "part 2 was withheld" when part 2 was released with redactions, or "part 1 was
answered" when the reply said it holds nothing for either question, is the first thing an FOI officer answers, and the
rest of the letter loses its weight. The letters (askfoi/followup.py) therefore use the parts only when every part's
reading is backed by that part's own words and the parts add up to the reading of the whole reply; otherwise each
ground is worded for the whole reply. The doubts are returned as plain reasons, so the chat can ask the person to
confirm the part list instead.
"""

from __future__ import annotations

import re

from askfoi.models import Outcome
from askfoi.reader import Reading

_GIVEN = (Outcome.disclosed,)
_HELD_BACK = (Outcome.refused, Outcome.not_held, Outcome.ncnd, Outcome.cost_limit, Outcome.vexatious, Outcome.pending)

# an "answer" that is the question told back: a restated request is not information given
_ASKED = re.compile(r"(?i)^\W*(?:q(?:uestion)?\s*)?\(?\w{0,2}[.):]?\s*(?:how\s+(?:many|much|often|long)|what|which|who|whom|when|where|why|"
                    r"whether|is|are|was|were|do|does|did|has|have|can|could|will|would|please\s+(?:provide|send|supply|"
                    r"confirm|state|list|give|tell)|provide|list|confirm)\b|\?\s*$")
# a part read as refused whose own sentence says what was sent: released with something taken out, not withheld
_SENT = re.compile(r"(?i)\b(?:i|we)\s+(?:enclose|attach|have\s+attached|have\s+enclosed)|\bplease\s+find\b|\b(?:is|are)\s+"
                   r"(?:attached|enclosed)\b|\bcopy\s+of\s+(?:all\s+of\s+)?the\s+information\b")
# a part read as given whose own sentence holds something back
_HOLDS_BACK = re.compile(r"(?i)\bnot\s+(?:held|recorded)\b|\b(?:do|does)\s+not\s+hold\b|\bexempt\b|\bwithheld\b|"
                         r"\bneither\s+confirm\b|\bexceed\w*\s+the\s+(?:cost|appropriate)\s+limit\b")


def part_doubts(reading: Reading) -> list[str]:
    """Why the part-by-part reading of READING is not one to assert in a letter ([] when it is): the reading of the
    whole is unsure, the parts do not add up to it, or a part's own words do not bear its reading out."""
    parts = reading.parts
    if not parts:
        return []
    out: list[str] = []
    if reading.unclear:  # (a low confidence alone is no doubt about parts: "1. 42. 2. £1,200. 3. We need more time")
        out.append("askfoi is not sure what the reply decided")
    given = [p for p in parts if p.outcome in _GIVEN]
    held = [p for p in parts if p.outcome in _HELD_BACK]
    partly = [p for p in parts if p.outcome == Outcome.part_disclosed]
    whole = reading.outcome
    if whole == Outcome.disclosed and (held or partly):
        out.append("the reply reads as answered in full, but some parts read as not answered")
    if whole == Outcome.part_disclosed and not (held or partly):
        out.append("the reply reads as partly answered, but every part reads as answered")
    # rv51 (nc50 #8): the reader counts a part pointed to where it is published as given (the whole is then partly given):
    # such a part adds up to the whole as a given one does
    pointed = [p for p in parts if p.outcome == Outcome.published]
    if whole == Outcome.part_disclosed and not (given or partly or pointed) and not any(p.nil_answer for p in parts):
        out.append("the reply reads as partly answered, but no part reads as answered")
    if whole in (Outcome.refused, Outcome.not_held, Outcome.ncnd, Outcome.cost_limit) and given:
        out.append("the reply reads as giving nothing, but some parts read as answered")
    for p in parts:
        said = " ".join(p.evidence)
        if p.outcome in _GIVEN and p.implicit and p.evidence and _ASKED.search(p.evidence[0].strip()):
            out.append(f"part {p.number} reads as answered only because the reply repeats the question")
        elif p.outcome in _GIVEN and _HOLDS_BACK.search(said):
            out.append(f"part {p.number} reads as answered, but its own words hold something back")
        elif p.outcome == Outcome.refused and _SENT.search(said):
            out.append(f"part {p.number} reads as withheld, but its own words say information was sent")
    return list(dict.fromkeys(out))


def sure_parts(reading: Reading) -> Reading:
    """READING as a letter may use it: unchanged when its part readings can be stood behind (part_doubts), else with no
    parts, so every ground is worded for the whole reply and no part-level decision is asserted."""
    if not reading.parts or not part_doubts(reading):
        return reading
    return reading.model_copy(update={"parts": []})


def _starts(text: str, reading: Reading) -> list[int | None]:
    """Where each part's first quoted sentence starts in TEXT (None where it cannot be found)."""
    flat = text
    out: list[int | None] = []
    for p in reading.parts:
        quote = (p.evidence[0] if p.evidence else "").strip(" .\u2026")
        key = " ".join(quote.split()[:8])
        m = re.search(r"\s+".join(re.escape(w) for w in key.split()), flat) if key else None
        out.append(m.start() if m else None)
    return out


def part_paragraphs(text: str | None, reading: Reading) -> list[str]:
    """Each part's own paragraph in the reply TEXT: from where its decision sentence starts to the next blank line or the
    next part, whichever comes first ("" where it cannot be found)."""
    if not text:
        return ["" for _ in reading.parts]
    starts = _starts(text, reading)
    out = []
    for i, start in enumerate(starts):
        if start is None:
            out.append("")
            continue
        later = [s for s in starts[i + 1:] if s is not None and s > start]
        end = min(later) if later else len(text)
        gap = re.search(r"\n[ \t]*\n", text[start:end])
        out.append(text[start:start + gap.start()] if gap else text[start:end])
    return out


# fu29 (nu31 s11): a whole reply's outcome line, as disclosure logs head or end it ("Part Disclosure with Section 31
# Exemption.", "Full Refusal Section 17 with Partial NCND"): it says what the reply did as a whole, never one part's decision
_WHOLE_LABEL = re.compile(r"(?i)^\W*(?:(?:full|part(?:ial)?)\s+(?:disclosure|refusal)|refusal\s+(?:under\s+)?sections?\s+\d)\b")
# what in a part's own sentence names the law, the part or the year, not information given
_CITATION = re.compile(r"(?i)^\W*(?:q(?:uestion)?\s*)?\d{1,2}[.):]|\b(?:sections?|s\.|regulations?|reg\.)\s*\d+[\w()]*(?:\s*(?:,|and|&|or)\s*"
                       r"(?:\d+)?(?:\([^)\s]{1,4}\))+)*|\d+(?:\([^)\s]{1,4}\))+|\b(?:19|20)\d\d\b")


def _gives_something(said: str) -> bool:
    """Whether a part's own words give any information: a figure or sum once the law, the part number and the years are
    set aside, or words saying something is sent."""
    rest = _CITATION.sub(" ", said)
    return bool(re.search(r"\d|£", rest) or _SENT.search(said))


def own_outcomes(reading: Reading) -> Reading:
    """fu29 (nu31 s11): READING with each part's decision taken from its own sentences where the reader put the whole
    reply's outcome line among them: a part read as partly given beside "Part Disclosure with Section 31 Exemption" whose
    own sentence withholds it and gives nothing ("3. This information is exempt under section 31(1)(a) and (b)") was
    withheld in full. Unchanged when no part is so."""
    parts, changed = [], False
    for p in reading.parts:
        own = [e for e in p.evidence if not _WHOLE_LABEL.search(e)]
        if p.outcome == Outcome.part_disclosed and own and len(own) < len(p.evidence):
            said = " ".join(own)
            if _HOLDS_BACK.search(said) and not _gives_something(said):
                p, changed = p.model_copy(update={"outcome": Outcome.refused, "evidence": own}), True
        parts.append(p)
    return reading.model_copy(update={"parts": parts}) if changed else reading


def own_sections(reading: Reading, text: str | None = None) -> Reading:
    """READING with each part's provisions cut to those the part's own paragraph of TEXT cites, where it cites any: a
    "Reasons for not providing information" block after the last answer is read into that part by position, but a
    part that says "I enclose ... some redaction under section 38(1)(b)" relied on section 38(1)(b), not on the
    exemption the reasons block explains for another part."""
    from askfoi.followup import cited_in

    reading = own_outcomes(reading)
    parts, changed = [], False
    for p, said in zip(reading.parts, part_paragraphs(text, reading) if text else [" ".join(p.evidence[:1]) for p in reading.parts]):
        said = " ".join(said.split())
        own = [s for s in p.sections if said and cited_in(said, s)]
        if own and len(own) < len(p.sections):
            p, changed = p.model_copy(update={"sections": own}), True
        parts.append(p)
    return reading.model_copy(update={"parts": parts}) if changed else reading


def letter_parts(reading: Reading, text: str | None = None) -> Reading:
    """The part readings a letter may assert: each part's own provisions (own_sections, from the reply TEXT), and none
    at all where the parts cannot be stood behind (sure_parts)."""
    return sure_parts(own_sections(reading, text))
