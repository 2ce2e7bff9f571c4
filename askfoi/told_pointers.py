"""ck33 (issue 8): a part that points back with "these X" / "those X" / "these people" at what the sentence before it
told ("kent police arrested protesters at the airport in 2025. how many of these people were charged?") names it
there, from that sentence's own structure (who did what to what, where and when): "the protesters Kent Police arrested
at the airport in 2025". A pointer the message resolves is never asked back; one it does not is left to be asked."""

from __future__ import annotations

import re

_POINTER = re.compile(r"(?i)\b(?:these|those)\s+(?P<noun>[a-z][a-z-]+)\b")
# nouns that point at whatever was told, people or things ("these people", "those cases", "these ones")
_GENERAL = frozenset("people persons ones cases incidents items individuals things".split())
_PEOPLE = frozenset("people persons individuals".split())
_PREP = frozenset("at in on during from to for near outside inside across around over under after before since by with "
                  "between within because last this".split())
_SKIP_DET = frozenset("the a an some".split())


def _told(sentence: str):
    """(who, verb, what, the rest) of a told sentence "SUBJECT VERBED [N] THINGS [where/when]"; None otherwise."""
    from askfoi.story_antecedents import _vbd

    words = sentence.strip().rstrip(".!").split()
    for i, w in enumerate(words[1:5], 1):
        low = w.lower().strip(",")
        if _vbd(low) and low not in ("had",) or low == "had" and i + 1 < len(words) and words[i + 1].lower() == "cases":
            j = i + 1
            while j < len(words) and words[j].lower() not in _PREP:
                j += 1
            what = words[i + 1:j]
            if what and what[0].lower() in _SKIP_DET:
                what = what[1:]
            if not what or len(what) > 6:
                return None
            # "cases of C. difficile": the "of" phrase belongs to the thing
            return " ".join(words[:i]), w, " ".join(what), " ".join(words[j:])
    return None


def _singular(word: str) -> str:
    return re.sub(r"(?i)(?:ies)$", "y", word) if word.lower().endswith("ies") else re.sub(r"(?i)s$", "", word)


def name_told(part: str, before: str, body: str | None = None) -> str | None:
    """PART with its "these X" written out as what BEFORE (the sentence before it) told; None when nothing fits."""
    m = _POINTER.search(part or "")
    told = _told(before or "")
    if m is None or told is None:
        return None
    who, verb, what, rest = told
    noun = m.group("noun").lower()
    head = what.split(" of ")[0].split()[-1].lower()
    if not (noun in _GENERAL or _singular(noun) == _singular(head) or _singular(head).endswith(_singular(noun))):
        return None
    if noun in _PEOPLE and _singular(head) in ("car", "van", "drone", "camera", "library", "fine", "notice"):
        return None
    if body and who.lower() in (body.lower(), body.lower().replace(" police", "") + " police"):
        who = body
    elif body and re.fullmatch(r"(?i)(?:the\s+)?(?:council|police|force|trust)", who):
        who = "the " + who.split()[-1].lower()
    said = f"the {what} {who} {verb.lower()}" + (f" {rest}" if rest else "")
    return part[:m.start()] + said + part[m.end():]


def name_told_parts(framing, text: str) -> None:
    """Each part kept in the person's words whose "these X" points at the sentence before it in TEXT: written out."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text or "") if s.strip()]
    body = framing.authority.name if framing.authority else None
    for part in framing.parts:
        if not part.kept_words or not _POINTER.search(part.text or ""):
            continue
        said = " ".join((part.source or "").split()).lower()[:25]
        at = next((k for k, s in enumerate(sentences) if said and said in s.lower()), None)
        if not at:
            continue
        new = name_told(part.text, sentences[at - 1], body)
        if new:
            part.text = part.source = new[:1].upper() + new[1:]
