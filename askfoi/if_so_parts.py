"""A yes/no question about a thing a body uses or has, with follow-ups asked "if so" ("does kent police use drones
and if so how many do they have", "does the council use bailiffs? if so which ones"): the follow-ups are questions of
their own about that thing, each said whole so that it reads without the question before it ("how many drones do
they have", "which bailiffs are used"). A follow-up that cannot be said whole stays with its question, as before.

The follow-ups' shapes are data (knowledge/vocab/if_so_follow_ups.yaml): a pattern over the follow-up, and the
question it becomes with the thing filled in."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_VERBS = r"(?P<verb>use|used|using|have|has|had|own|owns|owned|operate|operates|operated|deploy|deploys|deployed|employ|employs|employed)"
_YES_NO = re.compile(
    r"(?is)^(?P<lead>\W*(?:and\s+|also\s+|so\s+)*(?:do|does|did|has|have|is|are)\s+(?P<who>(?:[\w'&\u00a7-]+\s+){1,5}?)"
    rf"(?:currently\s+|still\s+|ever\s+|now\s+)?{_VERBS})\s+(?P<thing>(?!any\s+of\b|it\b|them\b|this\b|that\b)[a-z][^?.,;]{{1,80}}?)"
    r"\s*(?:[?.]\s*|,\s*|\s+)(?:and\s+|,\s*)?if\s+(?:so|yes|they\s+do|it\s+does|you\s+do)\b[\s,:-]*(?P<rest>\S.*?)[\s?.!]*$")
# the thing ends where its purpose, place or time begins: "drones | to watch protests", "tasers | on children"
_THING_END = re.compile(r"(?i)\s+(?:to|for|at|in|on|during|when|while|across|within|since|from|by|as|and|or)\s+.*$")
_SPLIT = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)(?=(?:also\s+)?(?:how|what|which|who|where|when|whom|whose|why|do|does|did|is|are|was|were|has|have)\b)")


@functools.lru_cache(maxsize=1)
def _shapes() -> tuple[tuple[re.Pattern, str], ...]:
    data, _ = load_vocab("if_so_follow_ups")
    rows = data.get("shapes") if isinstance(data, dict) else None
    return tuple((re.compile(str(row["said"]), re.I), str(row["ask"])) for row in rows or [])


def _plural(thing: str) -> bool:
    from askfoi.framing import is_plural

    return is_plural(thing)


def _whole(follow_up: str, thing: str, who: str) -> str | None:
    """FOLLOW_UP said whole about THING (which WHO uses or has), or None when none of the known shapes fits it."""
    said = re.sub(r"(?i)^\W*(?:and\s+|also\s+|so\s+|then\s+|please\s+(?:tell\s+me\s+)?)+", "", follow_up).strip(" ,?.!")
    plural = _plural(thing)
    fill = {
        "thing": thing,
        "who": who,
        "be": "are" if plural else "is",
        "bewas": "were" if plural else "was",
        "have": "have" if plural else "has",
        "do": "do" if re.match(r"(?i)(?:they|you|we|the\s+\w+s)\b", who) else "does",
    }
    for pattern, ask in _shapes():
        m = pattern.fullmatch(said)
        if m:
            out = ask.format(**fill, **{k: (v or "").strip() for k, v in m.groupdict().items()})
            return re.sub(r"\s+", " ", out).strip()
    return None


def thing_asked(chunk: str) -> str | None:
    """The thing CHUNK's yes/no question asks about when it has "if so" follow-ups ("drones"), else None."""
    m = _YES_NO.match(chunk or "")
    if m is None:
        return None
    thing = re.sub(r"(?i)^(?:any|some)\s+", "", _THING_END.sub("", m.group("thing")).strip())
    return thing if thing and len(thing.split()) <= 6 else None


def split_all(chunks: list[str], thing: str | None = None) -> tuple[list[str], str | None]:
    """(CHUNKS with each "if so" question split (`split_if_so`), and a question right after it that ends on "it" or
    "them" for that thing ("... and if so where. and which company supplies it") said with the thing, never read as
    the follow-up just made ("the locations"); the thing the last chunk's "if so" question asked about). THING: that
    of the sentence before CHUNKS."""
    out: list[str] = []
    for chunk in chunks:
        pieces = split_if_so(chunk) if chunk else [chunk]
        if thing and len(pieces) == 1 and chunk:
            pronoun = "them" if _plural(thing) else "it"
            chunk = re.sub(rf"(?i)(?<=\w\s){pronoun}(?=\s*[?.!]*\s*$)", f"the {thing}", chunk.rstrip(), count=1)
            pieces = [chunk]
        thing = thing_asked(chunk) if len(pieces) > 1 else None
        out.extend(pieces)
    return out, thing


def split_if_so(chunk: str) -> list[str]:
    """CHUNK as its yes/no question and each "if so" follow-up said whole; [CHUNK] when it has no such follow-ups or
    when any follow-up cannot be said whole (it then stays with its question, never cut off pointing at nothing)."""
    m = _YES_NO.match(chunk or "")
    if m is None:
        return [chunk]
    thing = thing_asked(chunk)
    if not thing:
        return [chunk]
    who = m.group("who").strip()
    pieces = [p for p in _SPLIT.split(m.group("rest")) if p and p.strip(" ,")]
    if re.match(r"(?i)ha|own", m.group("verb")) and any(re.match(r"(?i)\W*(?:and\s+)?how\s+many\b", p) for p in pieces):
        return [chunk]  # "do they own any electric vans? if so how many": one count answers both (read as it was)
    said = [_whole(p, thing, who) for p in pieces]
    if not said or any(s is None for s in said):
        return [chunk]
    question = f"{m.group('lead')} {m.group('thing').strip()}".strip()
    return [question + "?"] + [s[:1].upper() + s[1:] + "." for s in said]
