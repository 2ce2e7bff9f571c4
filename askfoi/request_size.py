"""How big a request is, and what that says about a refusal on cost (fc28, issue 9).

The forecast's neighbours are past titles and one-line summaries: they name the subject, not the size, so a request
for three years of figures broken down by month, type and outcome looked like any request on its subject, and the
cost limit was never among the two likeliest outcomes of real requests refused on cost. Here the WHOLE request's
words are read for signals of size (knowledge/vocab/request_size.yaml): 0, 1 or 2+ signals is its size level. How
often the pack's tuning records at each level were refused on cost, per kind of body, is counted by
bench/request_size.py into knowledge/request_size_counts.json; the factor is the level's likelihood ratio (how much
commoner that level is among cost refusals than among other answers), smoothed, and only where the counts hold
enough cost refusals. It multiplies the odds of "cost limit" in the whole request's forecast (Bayes' rule)."""
from __future__ import annotations

import functools
import json
import re

MIN_COST = 30  # cost refusals a kind's counts must hold before its factor is used
SMOOTH = 2.0  # pseudo-counts added to each level (a level seen rarely gives a factor near 1)
MAX_LEVEL = 2


def _signals() -> dict[str, re.Pattern]:
    from askfoi.knowledge import named_patterns

    return named_patterns("request_size")


def size_signals(text: str) -> list[str]:
    """The size signals of knowledge/vocab/request_size.yaml the text shows (each counted once)."""
    text = (text or "")[:20000]
    return [name for name, rx in _signals().items() if rx.search(text)]


def size_level(text: str) -> int:
    """0, 1 or 2 (two or more signals)."""
    return min(len(size_signals(text)), MAX_LEVEL)


def group_of(kind: str | None) -> str:
    return "police" if kind == "police" else "other"


def counts_path():
    from askfoi.knowledge import shipped_knowledge_dir

    return shipped_knowledge_dir() / "request_size_counts.json"


@functools.lru_cache(maxsize=1)
def _counts() -> dict:
    try:
        return json.loads(counts_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def factor(kind: str | None, level: int, counts: dict | None = None) -> float:
    """The likelihood ratio of LEVEL for a cost refusal against any other answer, for KIND's group; 1.0 when the
    group's counts hold fewer than MIN_COST cost refusals. counts: {group: {"cost": [n at level 0, 1, 2],
    "other": [...]}}."""
    row = (counts if counts is not None else _counts()).get(group_of(kind)) or {}
    cost, other = row.get("cost"), row.get("other")
    if not cost or not other or len(cost) <= level or len(other) <= level or sum(cost) < MIN_COST:
        return 1.0
    share_cost = (cost[level] + SMOOTH) / (sum(cost) + SMOOTH * len(cost))
    share_other = (other[level] + SMOOTH) / (sum(other) + SMOOTH * len(other))
    return share_cost / share_other


def with_size(probs: dict[str, float], text: str, kind: str | None, counts: dict | None = None) -> dict[str, float]:
    """PROBS (whole-request outcomes) with the odds of "cost_limit" multiplied by the request's size factor."""
    p = probs.get("cost_limit")
    if p is None or not 0.0 < p < 1.0:
        return probs
    f = factor(kind, size_level(text), counts)
    if f == 1.0:
        return probs
    odds = p / (1.0 - p) * f
    new = odds / (1.0 + odds)
    rest = (1.0 - new) / (1.0 - p)
    return {o: (new if o == "cost_limit" else v * rest) for o, v in probs.items()}
