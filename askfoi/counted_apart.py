"""nx85 (nc82 #5): two things counted in one count, each counted on its own.

"how many times they used spit hoods and plastic bullets on kids under 18" was framed as one lumped figure ("The
number of times spit hoods and plastic bullets were used on ..."): the officer may add the two together, and the
person cannot tell them apart. A count of the times two things were used (or one or the other) asks for each figure
given separately, said by the template prompts/frames/counted_apart.j2. Only two things each named by a plural noun
of at most three words; the part keeps its number in the letter (no finding's part number moves).
"""

from __future__ import annotations

import re

_PAIR = re.compile(r"(?i)^(?P<a>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:and|or)\s+(?P<b>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)$")
_NOT_THINGS = frozenset("them these those they others people times each all".split())


def counted_apart(framing) -> int:
    """FRAMING's counts of the times two things were used: each thing's figure asked for separately. Returns how many
    parts changed."""
    from askfoi.framing import render_frame
    from askfoi.templates import render

    changed = 0
    for part in framing.parts:
        if part.kind != "count" or part.kept_words or not part.times or not part.subject or render_frame(part) != part.text:
            continue
        m = _PAIR.match(part.subject.strip())
        if m is None:
            continue
        a, b = m.group("a"), m.group("b")
        if not (a.lower().endswith("s") and b.lower().endswith("s")) or {a.split()[-1].lower(), b.split()[-1].lower()} & _NOT_THINGS:
            continue
        part.text = render("frames/counted_apart.j2", text=part.text.rstrip(" ."), a=a, b=b).strip()
        changed += 1
    return changed
