"""How fast the reply reader is on long texts, and whether it agrees with published outcome lines.

Speed: read_reply on a real reply (seed 002) repeated to 100 KB, 1 MB and 5 MB (the CLI's input cap),
and on two pathological 1 MB texts (one letter repeated; a list of section numbers). Best of 3 runs.
Agreement: the Essex Police outcome lines quoted in ../shared/data/published_responses.jsonl, read by
read_outcome_label, against the outcome recorded there by a person reading the whole page.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
RUNS = 3


def _best(fn, text: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def bench() -> list[tuple[str, list[str], list[list]]]:
    from askfoi.reader import read_outcome_label, read_reply

    read_reply("warm-up: section 40(2)")  # loads the vocabularies and the knowledge pack once
    tables = []
    seeds = sorted((SHARED / "seeds").glob("002_*.txt"))
    seed = seeds[0].read_text(encoding="utf-8") if seeds else "The Council does not hold this information. "
    cases = [(f"real reply x{n // len(seed)}", (seed * (n // len(seed) + 1))[:n]) for n in (100_000, 1_000_000, 5_000_000)]
    cases += [("'a' x 1 MB", "a" * 1_000_000), ("'sections 1, 2, 3 and 4' to 1 MB", ("sections 1, 2, 3 and 4 " * 45_000))]
    rows = [[name, f"{len(text) / 1e6:.1f}", f"{_best(read_reply, text):.2f}"] for name, text in cases]
    tables.append(("read_reply speed (best of 3)", ["text", "MB", "seconds"], rows))

    data = SHARED / "data" / "published_responses.jsonl"
    rows = []
    if data.is_file():
        for line in data.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            m = re.search(r"Outcome line: '([^']+)'", record.get("note") or "")
            if not m:
                continue
            reading = read_outcome_label(m.group(1))
            recorded = record["outcome_class"]
            rows.append([m.group(1), recorded, reading.outcome.value, "yes" if reading.outcome.value == recorded else "no",
                         " ".join(reading.sections)])
    tables.append(("Essex outcome lines: read_outcome_label vs the recorded outcome",
                   ["outcome line", "recorded", "read", "agree", "sections"], rows))
    return tables
