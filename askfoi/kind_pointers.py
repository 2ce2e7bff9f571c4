"""A later part whose subject is only a noun for the thing the part before names (issue 8, fx48 from nc47 #6).

"how many people did avon and somerset police arrest using facial recognition ... and how much did the system cost":
the second part's subject is "the system", which says what sort of thing it is but not which; the officer reads each
part alone. "how many drones does police scotland own and how many flights in 2024": "flights" counts what the drones
do. Such a part takes the thing the part straight before names (knowledge/vocab/kind_pointers.yaml):

- a KIND noun ("system", "scheme", "software") after the one singular thing the part before uses or is about: that
  thing + the noun ("the facial recognition system");
- an EVENT noun ("flights", "deployments", "repairs"), counted bare, after a part about things: the noun + its
  preposition + those things ("flights by Police Scotland's drones": the body's own when the part before says the
  body owns or has them).

When the part before gives no one thing (it is kept in the person's words, names a plural for a kind noun, or nothing
usable), the part is left and a finding asks which thing is meant. Never for a part that names its thing itself.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_OWNING = frozenset("owned own owns held hold holds has have had bought purchased acquired operated operates run".split())


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], dict[str, str]]:
    data, _ = load_vocab("kind_pointers")
    data = data if isinstance(data, dict) else {}
    kinds = frozenset(str(w).lower() for w in data.get("kinds") or [])
    events = {str(k).lower(): str(v) for k, v in (data.get("events") or {}).items()}
    return kinds, events


def _thing_before(part) -> str | None:
    """What PART (a Frame) uses or is about, as a noun phrase with no article: "facial recognition" from "people
    arrested using facial recognition", "drones" from "drones owned"; None for a kept part."""
    from askfoi.framing import used_thing

    if part is None or part.kept_words or not part.subject or part.warning:
        return None
    said = " ".join(x for x in (part.subject, part.clause) if x)
    m = re.search(r"(?i)\b(?:using|use\s+of|used|with)\s+(?:the\s+|its\s+|their\s+)?(?P<t>[a-z][\w -]*?)\s*(?:$|,|\s+(?:in|on|at|by|for|during|since)\b)",
                  said)
    if m and len(m.group("t").split()) <= 4:
        return m.group("t").strip()
    used = used_thing(part.subject)
    if used:
        return re.sub(r"(?i)^(?:the|its|their)\s+", "", used)
    subject = re.sub(r"(?i)^(?:the|its|their|any)\s+", "", part.subject.strip())
    return subject if len(subject.split()) <= 4 else None


def _owner(part, body: str | None) -> str:
    """ "Police Scotland's " when PART (the count before) says the body owns or holds its things, else "the "."""
    clause = (part.clause or "").strip().lower()
    if body and clause in _OWNING:
        return f"{body}'" + (" " if body.endswith("s") else "s ")
    return "the "


def write_kind_pointers(framing) -> int:
    """FRAMING's parts whose subject is only a kind or event noun written with the thing the part before names; a
    finding for those with no one thing to take. Returns how many parts changed."""
    from askfoi.framing import _story_reference, is_plural, render_frame

    kinds, events = _words()
    body = framing.authority.name if framing.authority else None
    changed = 0
    for k, part in enumerate(framing.parts):
        if k == 0 or part.kept_words or not part.subject or part.warning:
            continue
        noun = re.sub(r"(?i)^the\s+", "", part.subject.strip()).lower()
        said_the = part.subject.strip().lower().startswith("the ") or re.search(
            rf"(?i)\bthe\s+{re.escape(noun)}\b", part.source or "")
        if noun in kinds and said_the:
            thing = _thing_before(framing.parts[k - 1])
            if thing and not is_plural(thing) and noun not in thing.lower():
                part.subject = f"{thing} {noun}"
                part.text = render_frame(part)
                changed += 1
                continue
        elif noun in events and not said_the and not part.clause and not part.qualifiers.place \
                and part.kind in ("count", "statistics"):
            before = framing.parts[k - 1]
            if before.kind == "use":
                continue  # lead43: "does X use drones and how many flights": ck29/ck33 ask the uses once, "drone flights"
            thing = _thing_before(before)
            if thing and is_plural(thing) and noun.split()[-1] not in thing.lower():
                part.subject = f"{noun} {events[noun]} {_owner(before, body)}{thing}"
                part.text = render_frame(part)
                changed += 1
                continue
        else:
            continue
        words = f"the {noun}" if said_the else noun
        if not any(f.code == "story-reference" and f.evidence == words for f in framing.findings):
            framing.findings.append(_story_reference(part.text, words))
    return changed
