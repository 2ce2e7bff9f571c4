"""Count how often the pack's tuning records at each size level were refused on cost (fc28, issue 9).

usage: .venv/bin/python bench/request_size.py [--write]
Reads the harvested records `make model` trains on (the held-out newest 20% is left out, as train_model.py splits
them), reads each one's title and summary for the size signals of knowledge/vocab/request_size.yaml, and counts per
group of bodies (police, other) the cost refusals and the other final answers at size level 0, 1 and 2+. --write
puts them in knowledge/request_size_counts.json (askfoi/request_size.py turns them into the cost factor)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from train_model import harvested, query_text, split_by_date  # noqa: E402

from askfoi import request_size  # noqa: E402
from askfoi.knowledge import load_knowledge  # noqa: E402


def count(records) -> dict:
    out = {g: {"cost": [0] * (request_size.MAX_LEVEL + 1), "other": [0] * (request_size.MAX_LEVEL + 1)}
           for g in ("police", "other")}
    for r in records:
        row = out[request_size.group_of(r.authority_type.value)]
        row["cost" if r.outcome.value == "cost_limit" else "other"][request_size.size_level(query_text(r))] += 1
    return out


def main(argv: list[str]) -> int:
    tuning, _held = split_by_date(harvested(load_knowledge()))
    counts = count(tuning)
    for g, row in counts.items():
        factors = [round(request_size.factor(g, lv, counts), 2) for lv in range(request_size.MAX_LEVEL + 1)]
        print(f"{g}: cost refusals by size level {row['cost']}, other answers {row['other']}, factors {factors}")
    if "--write" in argv:
        counts["meta"] = {"records": len(tuning), "split": "tuning (train_model.split_by_date), titles and summaries"}
        lines = [f" {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in sorted(counts.items())]
        request_size.counts_path().write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
        print(f"wrote {request_size.counts_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
