"""ck28 (nu30 item 5; issue 8): a count asked with "they" or "it" about a place or firm the story names ("a care home
in leeds called oak lodge keeps ignoring my nan. how many complaints have they had") counts that place's records, so
the part says which one ("The number of complaints relating to Oak Lodge care home."), never "The number of
complaints." that an officer cannot answer.

1. The question's pronoun is the one that had or got what is counted ("have they had", "has it had", "did they get",
   "they've received"); a part that already says what it is about, or whose pronoun is the body asked, is left.
2. The place is the one the message names with a head of knowledge/vocab/story_subjects.yaml ("care home",
   "nursing home", "landlord" ...): "called/named NAME", "NAME care home", or "(NAME, Town)" after it. Only one such
   place may be named; the body asked is never it.
3. Named: the count's `about` qualifier is "NAME head", rendered by the frame's template. Told but not named ("my nan's
   care home"): a blank to fill ("[NAME OF THE CARE HOME]"), so the officer is never sent a count of nothing.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_HAD = re.compile(r"(?i)\b(?:(?:have|has|had|did|do|does)\s+(?:they|it)\s+(?:(?:ever|already|actually)\s+)?"
                  r"(?:had|got|gotten|received|get|receive|have|recorded)|(?:they|it)(?:'ve|\u2019ve|'s|\u2019s|\s+have|\s+has)?"
                  r"\s+(?:had|got|gotten|received))\b")


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], frozenset[str], str]:
    data, _ = load_vocab("story_subjects")
    data = data if isinstance(data, dict) else {}
    heads = sorted({str(h).lower() for h in data.get("heads") or []}, key=len, reverse=True)
    head = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['\u2019]?") for h in heads)
    return (re.compile(rf"(?i)\b(?P<head>{head})\b"), frozenset(str(w).lower() for w in data.get("not_name") or []),
            str(data.get("blank") or "[NAME OF THE {head}]"))


_DEFINITE = frozenset({"the", "this", "that"})
_NAME = r"(?P<name>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,3}?)"
_NAME_END = r"(?=\s+(?:keeps|kept|is|was|has|have|had|and|but|who|which|where|in|on|at|near|that|they|it)\b|\s*[.,;:!?()]|\s*$)"


def place_named(text: str) -> tuple[str, str] | None:
    """(the place's name or "", its head) for the one place of a listed kind the message tells of; None when it
    names none, or two different ones."""
    heads, not_name, _ = _vocab()
    found: dict[str, tuple[str, str]] = {}
    for m in heads.finditer(text or ""):
        head = " ".join(m.group("head").lower().split())
        after = text[m.end():m.end() + 80]
        named = re.match(r"(?i)\s+(?:in\s+[A-Za-z-]+\s+)?(?:called|named|known\s+as)\s+" + _NAME + _NAME_END, after) \
            or re.match(r"[^.()]{0,40}?\(\s*" + _NAME + r"\s*(?:,[^()]*)?\)", after)
        name = named.group("name") if named else ""
        if not name:
            words = re.findall(r"[A-Za-z][\w'\u2019&-]*", text[max(0, m.start() - 40):m.start()])
            kept: list[str] = []
            stop = ""
            for w in reversed(words[-3:]):
                if w.lower() in not_name:
                    stop = w.lower()
                    break
                kept.insert(0, w)
            name = " ".join(kept)
            if kept and stop in _DEFINITE and all(w.islower() for w in kept):
                # "who is the catering company": words typed in lower case after "the" describe the firm (what it
                # does), they are not its name; said as typed, "the catering company", never "Catering company"
                found.setdefault(name.lower(), (f"the {name}", head))
                continue
        name = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in name.split())
        found.setdefault(name.lower() or head, (name, head))
    named = {k: v for k, v in found.items() if v[0]}
    if len(named) == 1:
        return next(iter(named.values()))
    if not named and len({v[1] for v in found.values()}) == 1:
        return next(iter(found.values()))
    return None


def write_story_subjects(framing, text: str) -> int:
    """FRAMING's count parts asked with a pronoun that had what is counted, written as about the place the story names
    (see the module's doc). Returns how many parts changed."""
    from askfoi.framing import render_frame

    place = place_named(text)
    if place is None:
        return 0
    body = (framing.authority.name if framing.authority else "").lower()
    name, head = place
    if name and name.lower() in body:
        return 0
    about = f"{name} {head}" if name else _vocab()[2].format(head=head.upper())
    told = re.search(r"(?i)\b" + re.escape(head).replace(r"\ ", r"\s+") + r"\b", text or "")
    changed = 0
    for part in framing.parts:
        if part.kind != "count" or part.kept_words or part.qualifiers.about or not _HAD.search(part.source or ""):
            continue
        asked = (text or "").lower().find((part.source or "").strip().lower()[:40])
        if told is None or asked >= 0 and told.start() > asked:
            continue  # lead42 (nc45 #9): a pronoun points back; a place named only after the question is not its subject
        if name and name.lower() in (part.text or "").lower() or head in (part.text or "").lower():
            continue
        part.qualifiers.about = about
        part.text = render_frame(part)
        changed += 1
    return changed
