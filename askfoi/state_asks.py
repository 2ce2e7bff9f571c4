"""A question about the state of the environment at a place, put as the monitoring records that answer it (ck20).

"what is the air quality like near heathrow", "is the water safe in camelford", "how polluted is the river in bath",
"is it safe to swim at saltburn": an FOI officer cannot say whether water is safe, but the body holds the monitoring
results that show it, and they are environmental information (EIR; in Scotland the EISR). The question becomes a part
asking for the monitoring results and reports for that subject at that place (its period is the letter's). The
words are data in knowledge/vocab/state_asks.yaml; a question no shape here fits is left to the other readings.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from askfoi.knowledge import load_vocab

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Frame, Framing

_LEAD = re.compile(r"(?i)^\W*(?:\d+\s*[.)]\s*)?(?:(?:and|also|so|but|hi|hello|ok|please|just)\b[\s,]*)*"
                   r"(?:(?:i\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+know|can\s+you\s+tell\s+me|tell\s+me|i\s+wonder)\s+)?")
_PREP = r"(?P<prep>near|in|at|around|by|on|along|outside|next\s+to|close\s+to)"
_PLACE = r"(?P<place>[\w'\u2019&,.-]+(?:\s+[\w'\u2019&,.-]+){0,7}?)"


@functools.lru_cache(maxsize=1)
def _shapes() -> tuple[dict[str, str], dict[str, str], tuple[re.Pattern, ...]]:
    data, _ = load_vocab("state_asks")
    data = data if isinstance(data, dict) else {}
    topics = {str(k).lower(): str(v) for k, v in (data.get("topics") or {}).items()}
    acts = {str(k).lower(): str(v) for k, v in (data.get("activities") or {}).items()}
    states = [re.escape(str(s)) for s in data.get("states") or []]
    if not topics or not states:
        return {}, {}, ()
    topic = "(?P<topic>" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(topics, key=len, reverse=True)) + ")"
    state = "(?:" + "|".join(states) + ")"
    act = "(?P<act>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(acts, key=len, reverse=True)) + ")"
    end = r"\s*[?.!]*\s*$"
    shapes = (
        # "what is the air quality like near X", "what's the water quality in X", "how bad is the pollution in X"
        rf"(?i)^(?:what\s+(?:is|are|'s)|what's|whats|wats|hows?|how\s+(?:is|are|'s)|how\s+(?:bad|good|clean|dirty|polluted|safe)\s+(?:is|are))\s+"
        rf"{topic}(?:\s+quality)?(?P<named>\s+(?!like\b|now\b|near\b|in\b|at\b|around\b|by\b|on\b)[\w-]+)?(?:\s+(?:like|now|these\s+days|at\s+the\s+moment|currently|really))*\s+{_PREP}\s+{_PLACE}(?:\s+like)?{end}",
        # "is the water safe in X", "is the air clean enough near X", "is the tap water safe to drink in X"
        rf"(?i)^(?:is|are)\s+{topic}\s+(?:\w+\s+)?{state}(?:\s+enough)?(?:\s+to\s+(?:drink|swim\s+in|swim|breathe))?\s+{_PREP}\s+{_PLACE}{end}",
        # "is the water in X safe (to drink)"
        rf"(?i)^(?:is|are)\s+{topic}\s+{_PREP}\s+{_PLACE}\s+(?:\w+\s+)?{state}(?:\s+enough)?(?:\s+to\s+(?:drink|swim\s+in|swim|breathe))?{end}",
        # "how polluted is the river in X", "how clean is the air near X"
        rf"(?i)^how\s+{state}\s+(?:is|are)\s+{topic}(?P<named>\s+(?!near\b|in\b|at\b|around\b|by\b|on\b)[\w-]+)?\s+{_PREP}\s+{_PLACE}{end}",
        # "is it safe to swim at X", "is it safe to drink the water in X"
        rf"(?i)^is\s+it\s+(?:\w+\s+)?{state}\s+to\s+{act}\s+{_PREP}\s+{_PLACE}{end}",
    )
    return topics, acts, tuple(re.compile(s) for s in shapes)


# words of a place that are no name ("near schools in edinburgh", "saltburn beach"): kept as typed
_COMMON = frozenset("""the of and on in at upon near by a an schools school hospital hospitals park parks road roads
street streets estate estates city town village centre center beach beaches river rivers incinerator airport motorway
factory factories site sites plant plants homes houses primary nursery area areas playground playgrounds junction
bypass ring canal lake reservoir bay harbour port station stations quarry landfill tip farm farms works""".split())


def _place(words: str) -> str:
    """The place as a letter writes it: names capitalised ("heathrow" -> "Heathrow"), small words kept."""
    out = []
    for w in words.strip(" ,.").split():
        after_the = bool(out) and out[-1].lower() in ("the", "a", "an")  # "near the incinerator": a common noun
        if re.fullmatch(r"[a-z]+\d+[a-z]?", w):
            out.append(w.upper())  # a road's number: "the a38"
            continue
        out.append(w if after_the or w.lower() in _COMMON or not w.islower()
                   else w[:1].upper() + w[1:])
    return " ".join(out)


def monitoring_frame(question: str) -> "Frame | None":
    """The frame asking for the monitoring records that answer QUESTION when it asks about the state of the
    environment at a place, else None."""
    from askfoi.framing import Frame, Qualifiers

    topics, acts, shapes = _shapes()
    text = _LEAD.sub("", " ".join((question or "").split()))
    for shape in shapes:
        m = shape.match(text)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("topic"):
            subject = topics.get(" ".join(groups["topic"].lower().split()))
        else:
            subject = acts.get(" ".join((groups.get("act") or "").lower().split()))
        # the place ends where the person's own reasons start: "in camelford for my kids", "near heathrow as i live there"
        place = _place(re.split(r"(?i)\s+(?:for|because|cos|as|since|so|when|if|with|now|these\s+days|at\s+the\s+moment)\b",
                                groups.get("place") or "")[0])
        from askfoi.periods import find_periods

        said = find_periods(place)
        if said:  # "at saltburn beach in 2025": the period is the letter's, not the place's
            place = place[: said[0][2][0]].strip()
            place = re.sub(r"(?i)\s+(?:in|during|for|over|from|since|between)$", "", place)
        if not subject or not place or re.search(r"(?i)\b(?:you|your|they|them|their|it|its|this|that|there|his|her|my|our)\b", place):
            return None
        prep = " ".join(groups["prep"].lower().split())
        named = (groups.get("named") or "").strip()
        if named:
            if "river" not in (groups.get("topic") or "").lower():
                return None  # "the air quality monitoring near ...": some other question
            place, prep, subject = f"the River {_place(named)} {prep} {place}", "in", "water quality"
        return Frame(kind="figure", subject=subject, head="monitoring results and reports for ",
                     qualifiers=Qualifiers(place=place, place_prep=prep), source=question)
    return None


def reframe_state_asks(framing: "Framing") -> list[str]:
    """FRAMING's parts kept as typed and its questions asked back that ask about the state of the environment at a
    place, put as the monitoring records that answer them; the questions so put, in the person's words (the letter
    then asks for environmental information)."""
    from askfoi.framing import render_frame

    changed: list[str] = []
    for k, part in enumerate(framing.parts):
        if not part.kept_words:
            continue
        frame = monitoring_frame(part.source or part.text)
        if frame is None:
            continue
        frame.text = render_frame(frame)
        if frame.text:
            frame.warning, frame.replacements = part.warning, part.replacements
            framing.parts[k] = frame
            changed.append(part.source or part.text)
    for question in list(framing.unframed):
        frame = monitoring_frame(question)
        if frame is None:
            continue
        frame.text = render_frame(frame)
        if not frame.text:
            continue
        framing.unframed.remove(question)
        framing.questions = [q for q in framing.questions if question.strip() not in q]
        framing.parts.append(frame)
        changed.append(question)
    return changed
