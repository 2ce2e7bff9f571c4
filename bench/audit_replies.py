"""How far the reply labels can be trusted, and the reader on the replies whose label is beyond doubt.

tests/data/replies/audit_blind.jsonl holds a second, blind labelling of the judged splits (report and
fresh) made by another reader from the stored excerpt alone, with whether the excerpt shows enough to
decide ("decidable"). This prints, per split: how often the two labellings agree, and the reader's
outcome accuracy on all replies and on those that are decidable and labelled alike by both. Nothing here
is used to choose the reader's rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from askfoi.reader import read_reply  # noqa: E402

DATA = ROOT / "tests" / "data" / "replies"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    labelled = {(r["url"], r["split"]): r for r in _lines(DATA / "labelled.jsonl")}
    audit = _lines(DATA / "audit_blind.jsonl")
    print("reply labels audited blind (tests/data/replies/audit_blind.jsonl)")
    for split in sorted({a["split"] for a in audit}, reverse=True):
        rows = [(labelled[(a["url"], split)], a) for a in audit if a["split"] == split and (a["url"], split) in labelled]
        if not rows:
            continue
        agree = [(r, a) for r, a in rows if r["outcome"] == a["outcome"]]
        clean = [(r, a) for r, a in agree if a["decidable"]]

        def right(pairs: list[tuple[dict, dict]]) -> float:
            hits = 0
            for r, _ in pairs:
                reading = read_reply(r["excerpt"])
                hits += reading.outcome.value == r["outcome"] and not reading.unclear
            return hits / len(pairs) if pairs else 0.0

        decidable = sum(1 for _, a in rows if a["decidable"])
        print(f"  {split}: {len(rows)} replies, decidable from the excerpt {decidable}, "
              f"labels agree {len(agree) / len(rows):.3f}; reader right on all {right(rows):.3f}, "
              f"on decidable replies labelled alike ({len(clean)}) {right(clean):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
