"""Questions written to vent, not to ask (issue 8, item 2; cx37).

Forum posts and letters pages mix the asks a body can answer from its records ("how much did the signs cost to
install?") with questions whose answer is the writer's own view ("why not just get the police to do speed checks?",
"how on earth did this get approved?"). Kept as parts they read as raw questions an FOI officer cannot act on, and
they crowd out the real asks. The forms are data (knowledge/vocab/rhetorical_asks.yaml); a question of one of those
forms is set aside as a remark only when another question of the same message asks something of its own, so a
message that only vents is still read as before (the reasons recorded for what it is angry about).
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=4)
def _patterns(key: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions under KEY in rhetorical_asks.yaml ("rhetorical", fx99 "claims"), compiled."""
    data, _ = load_vocab("rhetorical_asks")
    found = []
    for p in (data or {}).get(key, []) if isinstance(data, dict) else []:
        try:
            found.append(re.compile(str(p), re.I))
        except re.error:
            continue
    return tuple(found)


def _forms() -> tuple[re.Pattern[str], ...]:
    return _patterns("rhetorical")


def rhetorical(question: str) -> bool:
    """QUESTION vents rather than asks: one of the forms in rhetorical_asks.yaml."""
    text = " ".join((question or "").split())
    return bool(text) and any(p.search(text) for p in _forms())


def set_aside(questions: list[str]) -> tuple[list[str], list[str]]:
    """QUESTIONS split into those kept and those set aside as remarks: the rhetorical ones, when at least one other
    question is kept. The order of the kept ones is the message's."""
    vented = [q for q in questions if rhetorical(q)]
    if not vented or len(vented) == len(questions):
        return list(questions), []
    return [q for q in questions if q not in vented], vented


def claim_about_body(sentence: str) -> bool:
    """fx99: SENTENCE is the writer's claim about what the body must, should or surely has ("The Council must have an
    estimate for ..."): the argument for an ask, never an ask itself (rhetorical_asks.yaml `claims`)."""
    text = " ".join((sentence or "").split())
    return bool(text) and not text.endswith("?") and any(p.search(text) for p in _patterns("claims"))
