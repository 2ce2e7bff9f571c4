"""Figures a body already publishes as a matter of routine (knowledge/vocab/published_statistics.yaml): official
statistics series and data every body of a kind must publish. `published_for` reads each part of a request (one part
at a time, never the story around it) and the body asked, and gives the sentences saying where the figures are, for
the check already-published (knowledge/vocab/checks.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Entry:
    key: str
    words: re.Pattern[str]
    also: re.Pattern[str] | None
    bodies: frozenset[str]
    nations: frozenset[str]
    forces: frozenset[str]
    published: str


def _pattern(phrases) -> re.Pattern[str] | None:
    alts = []
    for p in phrases or []:
        try:
            re.compile(str(p))
        except re.error:
            continue
        alts.append(f"(?:{p})")
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])") if alts else None


@functools.lru_cache(maxsize=1)
def _entries() -> tuple[_Entry, ...]:
    data, _ = load_vocab("published_statistics")
    out = []
    for key, spec in ((data or {}).get("entries") or {}).items() if isinstance(data, dict) else ():
        if not isinstance(spec, dict):
            continue
        words = _pattern(spec.get("words"))
        if words is None or not spec.get("published"):
            continue
        out.append(_Entry(str(key), words, _pattern(spec.get("also")),
                          frozenset(str(b) for b in spec.get("bodies") or []),
                          frozenset(str(n) for n in spec.get("nations") or []),
                          frozenset(str(f) for f in spec.get("forces") or []),
                          " ".join(str(spec["published"]).split())))
    return tuple(out)


def published_for(parts: list[str], body_type: str | None, nation: str | None, body_name: str | None = None) -> list[tuple[str, str]]:
    """(the words of the part that ask for them, the sentence saying where they are published) for each routine
    publication a part of PARTS asks for, given the body asked (its type and nation; none known: nothing is said,
    since who publishes depends on the body). Each publication once, in the order of the parts."""
    if not body_type or not nation:
        return []
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for part in parts:
        for entry in _entries():
            if entry.key in seen or body_type not in entry.bodies or nation not in entry.nations:
                continue
            if entry.forces and body_name not in entry.forces:
                continue
            m = entry.words.search(part or "")
            if m is None or (entry.also is not None and entry.also.search(part) is None):
                continue
            seen.add(entry.key)
            found.append((m.group(0), entry.published))
    return found
