"""What each requested part of a reply received (rd30, issue 10).

The reader (askfoi/reader.py) finds the requested parts (numbered answers, restated questions, or the whole request as
one part) and the decisions said in each. This module holds the two small pieces of that structure that are data:

- `not_information(sentence)`: the kind of a sentence that never counts as information given for a part, whatever
  figures or facts it holds (the request restated, the review's process, the search and its estimate, the ground and
  its harm, the public interest, what was said before, advice and offers), or None;
- `combine(received)`: one outcome from the kinds a part (or the parts together) received: information, pointer,
  withheld, not_held, ncnd, cost, vexatious, pending.

Both read knowledge/vocab/part_received.yaml. Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, Field

from askfoi.knowledge import load_vocab
from askfoi.models import Outcome

RECEIVED_KINDS = ("information", "pointer", "withheld", "not_held", "ncnd", "cost", "vexatious", "pending")


class CombineRow(BaseModel):
    received: list[str]
    unless: list[str] = Field(default_factory=list)
    outcome: Outcome


class _Table(BaseModel):
    kinds: dict[str, list[str]] = Field(default_factory=dict)
    combine: list[CombineRow] = Field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], tuple[CombineRow, ...]]:
    data, _ = load_vocab("part_received", Any)
    table = _Table.model_validate(data or {})
    kinds = tuple((kind, re.compile(p)) for kind, patterns in table.kinds.items() for p in patterns)
    return kinds, tuple(table.combine)


def not_information(sentence: str) -> str | None:
    """The kind of a sentence that gives nothing for a part ("search", "advice", ...), or None."""
    low = " ".join(sentence.lower().split())
    for kind, pattern in _table()[0]:
        if pattern.search(low):
            return kind
    return None


def combine(received: Iterable[str]) -> Outcome | None:
    """One outcome from what was received (the first row of the table whose kinds are all present and whose
    `unless` kinds are all absent); None when nothing was received."""
    got = set(received)
    for row in _table()[1]:
        if set(row.received) <= got and not (set(row.unless) & got):
            return row.outcome
    return None
