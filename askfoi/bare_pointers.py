"""Pointers with no noun of their own written out from the part they follow (issue 8, fr26b).

Numbered requests lean on the part before with a pronoun or a "such" that names nothing by itself: "3. Any guidance
issued to officers on the above.", "2. Any minutes of meetings where this was discussed.", "3. Any impact
assessments relating to such expansion.". Each is read by its place in the list, never by its words alone:

- "the above" ending a phrase, and "this" / "these" standing as the subject of a verb ("this was discussed"), mean
  what the part straight before asks about: its frame's subject (what it counts, in full, for a count). A part
  before that kept the person's words has no subject to give, and the pointer is left as typed (never asked about:
  the person wrote it as one list and the officer reads it in order).
- "such" + a singular noun ("such expansion") points when an earlier part names that noun in a fuller phrase ("the
  ULEZ expansion"): written as that phrase. With no such part it is read as degree ("such short notice") and left.

A part rendered from a frame gets the phrase through its subject or clause and is rendered again; a kept part has the
words replaced in place.
"""

from __future__ import annotations

import re

from askfoi.part_pointers import _lemma, _mentions, _pos, counted_said, pointers

_BARE = re.compile(r"(?i)(?<!\bof\s)\b(?P<w>the\s+above|this|these)\b"
                   r"(?=\s*(?:[.;,?!)]|$)|\s+(?:was|were|is|are|has|have|had|will|would|can|could|should|may|might|"
                   r"did|does|do|been|being)\b)")
_SUCH = re.compile(r"(?i)\bsuch\s+(?P<head>[a-z][a-z-]+)\b")


def _subject_of(part) -> str | None:
    """What PART (a Frame) asks about, as a noun phrase, or None for a part kept in the person's words."""
    if part is None or part.kept_words or not part.subject or part.warning:
        return None
    return counted_said(part) if part.kind in ("count", "statistics") and counted_said(part) else part.subject


def _phrase(subject: str) -> str:
    low = subject.lower()
    if re.match(r"(?:the|a|an|any|all|each|every|its|their|your)\s", low):
        return subject
    return "the " + subject


def _bare_written(text: str, subject: str | None, above: str | None) -> str:
    def put(m: re.Match[str]) -> str:
        said = above if m.group("w").lower().startswith("the") else subject
        if not said:
            return m.group()
        phrase = _phrase(said)
        before = text[:m.start()]
        if re.search(r"(?i)\b(?:how\s+many|which|what|any|all|none|some|one|each)\s+(?:of\s+)?$", before):
            return m.group()  # "how many of these were", "which of these": a count among, read elsewhere
        if re.search(r"[.!?][\"\u201d\u2019)]?\s+[\"\u201c]?[A-Z]", before):
            return m.group()  # fx73: 'You are claiming that 90% of respondents "...". What is the number of people who said
            # this?': a sentence of the part's own before the pointer is what it points at, never the part before
        word = phrase
        if m.group("w")[:1].isupper() and not before.strip():
            word = word[:1].upper() + word[1:]
        return word

    return _BARE.sub(put, text)


def _such_written(text: str, k: int, parts: list) -> str:
    def put(m: re.Match[str]) -> str:
        head = m.group("head")
        pos = set(_pos(head.lower()))
        if not pos & {"NOUN"} or head.lower().endswith("s") and _lemma(head) != head.lower():
            return m.group()  # a plural "such cases" is askfoi.part_pointers' own
        phrase = _named_before(head, k, parts)
        return _phrase(phrase) if phrase else m.group()

    return _SUCH.sub(put, text)


def _named_before(head: str, k: int, parts: list) -> str | None:
    """The one fuller phrase the nearest earlier part that names HEAD has for it ("ULEZ expansion"), or None."""
    lemma = _lemma(head)
    for j in range(k - 1, -1, -1):
        said = parts[j].text or ""
        found = _mentions(said, lemma, [(q.start, q.end) for q in pointers(said)])
        if not found:
            continue
        fuller = {ph for ph, restricted, left in found if not restricted and not left and len(ph.split()) > 1}
        if len(fuller) != 1 or any(restricted or left for _, restricted, left in found):
            return None
        return fuller.pop()
    return None


def write_bare_pointers(framing) -> int:
    """FRAMING's parts with "the above", "this was ..." and "such <noun>" written out from the part they follow.
    Returns how many parts changed."""
    from askfoi.framing import render_frame

    changed = 0
    before = [p.model_copy() for p in framing.parts]
    for k, part in enumerate(framing.parts):
        if k == 0 or part.warning or part.kind == "personal_data" or not part.text:
            continue
        subject = _subject_of(before[k - 1])
        above = next((x for x in (_subject_of(q) for q in reversed(before[:k])) if x), None)
        fields = ["text"] if part.kept_words or not part.subject else ["subject", "clause"]
        hit = False
        for name in fields:
            value = getattr(part, name, None) or ""
            new = _such_written(value, k, before)
            if subject or above:
                new = _bare_written(new, subject, above)
            if new != value:
                setattr(part, name, new)
                hit = True
        if hit:
            if fields != ["text"]:
                part.text = render_frame(part)
            changed += 1
    return changed


# fx70: a bare "this" / "that" / "it" with no noun, standing as a subject or ending the question ("How many pupils was
# this for?", "What was the speed limit prior to this?"): it points at what the part before asks
_JOIN_BARE = re.compile(r"(?i)(?<!\bof\s)\b(?P<w>this|that|these|those|it)\b(?=\s*[.?!]?\s*$|\s+(?:was|were|is|are|has|have|had|"
                        r"will|would)\b|\s+(?:for|about|on|to|with|from|in|by|at|of)\s*[.?!]?\s*$)")


def join_bare_pointer_parts(framing) -> int:
    """fx70: a short question whose only pointer is a bare "this" / "it" ("5b. How many pupils was this for?",
    "2. What was the speed limit prior to this") after a part kept in the person's words (which has no subject to write
    in its place) is joined to that part, in the order typed: the pointer's referent stands in the same part. Returns
    how many joined."""
    joined = 0
    k = 1
    while k < len(framing.parts):
        part, prev = framing.parts[k], framing.parts[k - 1]
        said = re.sub(r"^\W*\d+[a-z]?[.):]\s*", "", (part.source or part.text or "").strip())  # the person's words
        if (part.warning or prev.warning or prev.kind == "personal_data" or not prev.text
                or not re.match(r"(?i)\W*(?:how\s+(?:many|much|long|often)|what\s+(?:was|were|is|are))\b", said)
                or re.search(r"(?i)\b(?:do|does|did|doing|done|plan|plans|planning)\s+(?:to\s+do\s+)?(?:about|with)\s+(?:it|this|that)\b", said)
                # (merge fix: only a measure of what the part before asks; "what is being done about it", "when will
                # they build it" are read by view_parts and the pointer writing)
                or (prev.subject and not prev.kept_words) or len(said.split()) > 14 or not _JOIN_BARE.search(said)
                or "?" not in said and not re.match(r"(?i)(?:how|what|when|where|which|who|why|was|were|is|are|did|does)\b", said)):
            k += 1
            continue
        first = prev.text.rstrip()
        first = first if re.search(r"[.?!]$", first) else first + "."
        framing.parts[k - 1] = prev.model_copy(update={
            "kind": "kept", "subject": None, "kept_words": True,
            "source": f"{(prev.source or prev.text).rstrip()} {(part.source or part.text).strip()}",
            "text": f"{first} {said}"})
        del framing.parts[k]
        joined += 1
    return joined
