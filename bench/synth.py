"""Synthetic records for the matching benches, made only from the real pack's own material.

Titles are recombined from real titles (the start of one, the end of another), authorities and
their kinds come from the real list, and each record's outcome, sections and summary text are
copied from one real record. Nothing here is shipped: the benches write their indexes to .bench/.
"""

from __future__ import annotations

import random
from typing import Iterator

from askfoi.match_index import IndexRow, row_from_response


def synth_rows(real, n: int, seed: int = 7) -> Iterator[IndexRow]:
    """`n` synthetic IndexRows recombined from the real PublishedResponses in `real`."""
    rng = random.Random(seed)
    base = [row_from_response(r) for r in real]
    titles = [r.title.split() for r in base if r.title.split()]
    authorities = sorted({(r.authority, r.authority_type) for r in base})
    for i in range(n):
        a, b = rng.choice(titles), rng.choice(titles)
        cut_a, cut_b = rng.randint(1, len(a)), rng.randint(0, len(b) - 1)
        title = " ".join(a[:cut_a] + b[cut_b:])
        source = rng.choice(base)
        authority, atype = rng.choice(authorities)
        yield IndexRow(
            id=f"synth-{i:07d}",
            authority=authority,
            authority_type=atype,
            title=title,
            body=source.body,
            outcome=source.outcome,
            ncnd=source.ncnd,
            sections=source.sections,
            url=f"https://example.invalid/synthetic/{i}",
            date=source.date,
        )


def sample_queries(real, n: int, seed: int = 11) -> list[tuple[str, str | None]]:
    """Queries a person might type: part of a real title or summary, half with an authority."""
    rng = random.Random(seed)
    pool = [r for r in real if len(r.title.split()) >= 2]
    out: list[tuple[str, str | None]] = []
    for _ in range(n):
        r = rng.choice(pool)
        words = (r.asked or r.title).split()
        k = rng.randint(min(3, len(words)), len(words))
        start = rng.randint(0, len(words) - k)
        out.append((" ".join(words[start : start + k]), r.authority if rng.random() < 0.5 else None))
    return out
