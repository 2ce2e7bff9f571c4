"""What a holding reply is waiting on: the person's clarification, a fee, more time (to weigh the public interest,
or for a complex request), a transfer to another body, or others' views; and the date it says it will answer by.
The next steps (askfoi/next_steps.py) differ for each: a clarification or a fee stops the clock until the person
acts, an extension moves the date, a transfer starts a new request elsewhere. Read sentence by sentence from the
reader's roles (the rights notice, the restated request and hypotheticals are not read); the wordings are data
(knowledge/vocab/holding_kinds.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from askfoi.knowledge import load_vocab

HoldingKind = Literal["clarify", "fee", "extension", "transfer", "consult"]
KINDS: tuple[HoldingKind, ...] = ("clarify", "fee", "extension", "transfer", "consult")


@dataclass(frozen=True)
class Holding:
    kind: HoldingKind
    until: date | None = None  # the day the reply says it will answer by, when it says one


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    data, _ = load_vocab("holding_kinds")
    kinds = {k: re.compile("|".join(f"(?:{p})" for p in data.get(k) or []), re.I) for k in KINDS if data.get(k)}
    return kinds, re.compile(str(data.get("until") or r"(?!x)x"), re.I)


def holding_kind(text: str | None) -> Holding | None:
    """What the holding reply TEXT waits on, or None when it says nothing of that (a reply that decides, or a bare
    acknowledgement)."""
    if not text or not text.strip():
        return None
    from askfoi.reader import read_sentences
    from askfoi.reply_explain import dates_in

    kinds, until = _rules()
    found: dict[str, int] = {}
    promised: date | None = None
    sentences = [s for s in read_sentences(text[:20000]) if s.role not in ("rights", "boilerplate", "request", "hypothetical")]
    for i, s in enumerate(sentences):
        for kind, pattern in kinds.items():
            if kind not in found and pattern.search(s.text):
                found[kind] = i
        for start, _, when in dates_in(s.text):
            if promised is None and until.search(s.text[max(0, start - 24):start]):
                promised = when
    if not found:
        return None
    kind = min(found, key=lambda k: (KINDS.index(k), found[k]))  # the order of the data: what the person must do first
    return Holding(kind=kind, until=promised if kind in ("extension", "consult") else None)
