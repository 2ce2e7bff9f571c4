"""nx85 (nc82 #13): the writer's "our X" in a part, said as the story names it.

"why do you keep cutting our shifts" after "the trust keeps ... cutting our bank shifts": the officer reads the letter,
not the story, and "our" is the writer's word; where the message names the same thing more fully with the same
"our"/"my" ("our bank shifts"), the part says it so, without the writer's determiner ("to cut bank shifts"). Only a
plural head is written out (a plural needs no article); a singular one ("our library") is the place the
story-reference finding asks about, and "our X" the story names no more fully is left as typed.
"""

from __future__ import annotations

import re

_OUR = re.compile(r"(?i)\b(?:our|my)\s+(?P<head>[a-z][a-z'-]*s)\b")


def our_from_story(framing, text: str) -> None:
    """Each rendered part of FRAMING: "our HEADS" written as TEXT names it more fully ("our bank shifts" -> "bank
    shifts"); parts kept in the person's words are left as typed."""
    for part in framing.parts:
        if part.kept_words or not part.text:
            continue

        def fuller(m: re.Match) -> str:
            head = m.group("head")
            named = {f.group("mods").strip().lower() for f in re.finditer(
                rf"(?i)\b(?:our|my)\s+(?P<mods>(?:[a-z][a-z'-]*\s+){{1,2}}){re.escape(head)}\b", text)}
            named = {n for n in named if not re.search(r"(?i)\b(?:own|the|a|an|and|or)\b", n)}
            return f"{named.pop()} {head}" if len(named) == 1 else m.group(0)

        new = _OUR.sub(fuller, part.text)
        if new != part.text:
            part.text = new
