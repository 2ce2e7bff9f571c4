"""The same ask read twice, once with a place, kept once with the place (issue 8, fr26b).

An informal message often names the place in a sentence of its own after the question ("can i get a copy of the
report about the school roof collapse? its in oldham"). The place sentence is read as the question again, narrowed by
the place, and the letter held the same part twice, with and without the place. Only a part made from a sentence that
tells a place ("its in oldham", "we're in York") is merged: "and how many in york" asks again, for another place. Two neighbouring parts framed alike
(the same kind of record, the same qualifiers, the second's subject no more than the first's: "the flooding" after
"the flooding at the primary school") that differ only in that one names a place are one ask: the first keeps its
position and takes the place; the other goes.
"""

from __future__ import annotations

import re

# the sentence only tells where the thing asked about is ("its in oldham", "it's based in Leeds", "we're in York"):
# never a question of its own ("and how many in york" asks the same for another place)
_TELLS_PLACE = re.compile(r"(?i)^\W*(?:(?:and|but|oh|btw)\s+)?(?:it'?s|it\s+is|this\s+is|that'?s|that\s+is|we'?re|we\s+are|"
                          r"i'?m|im|i\s+am|they'?re|they\s+are|(?:the\s+)?(?:school|hospital|site|road|estate|home|station|"
                          r"place|area|council)\s+is)\s+(?:based\s+|located\s+|up\s+|down\s+)?(?:in|at|near)\s+\S")


def _same_but_place(a, b) -> bool:
    if a.kept_words or b.kept_words or a.warning or b.warning or a.kind != b.kind or not a.subject \
            or not _TELLS_PLACE.match(b.source or ""):
        return False
    said_a, said_b = set((a.subject or "").lower().split()), set((b.subject or "").lower().split())
    if not said_b or not said_b <= said_a or said_a != said_b and not b.qualifiers.place \
            or (a.clause or "") != (b.clause or ""):
        return False  # the second says no more than the first ("the flooding" after "the flooding at the school")
    qa = a.qualifiers.model_dump(exclude={"place", "place_prep"})
    qb = b.qualifiers.model_dump(exclude={"place", "place_prep"})
    if qa != qb or not b.qualifiers.place and not a.qualifiers.place:
        return False
    if a.qualifiers.place and b.qualifiers.place:  # "at the primary school", then "its in oldham": the town it is in
        return a.qualifiers.place.lower() != b.qualifiers.place.lower() and len((b.source or "").split()) <= 6
    return True


def merge_place_repeats(framing) -> int:
    """FRAMING's neighbouring parts that ask the same but for a place merged into the first, with the place.
    Returns how many parts went."""
    from askfoi.framing import render_frame

    gone = 0
    k = 1
    while k < len(framing.parts):
        a, b = framing.parts[k - 1], framing.parts[k]
        if _same_but_place(a, b):
            if not a.qualifiers.place:
                a.qualifiers.place, a.qualifiers.place_prep = b.qualifiers.place, b.qualifiers.place_prep
            elif b.qualifiers.place:
                a.qualifiers.place = f"{a.qualifiers.place} in {b.qualifiers.place}"
            a.text = render_frame(a)
            del framing.parts[k]
            gone += 1
            continue
        k += 1
    return gone
