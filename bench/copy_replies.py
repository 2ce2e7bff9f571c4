"""Copy the labelled real replies gathered into /work/harvest/*_replies.jsonl into
tests/data/replies/labelled.jsonl (labels, addresses and the short excerpts only), deduplicated by address.

A record already in the repo file keeps its label where it carries a "label_note" (a label corrected by
hand after reading the excerpt); everything else is refreshed from the harvest. Run again to pick up more.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "tests" / "data" / "replies" / "labelled.jsonl"
KEEP = ("url", "authority", "date", "outcome", "ncnd", "sections", "label_basis", "excerpt", "label_note", "source")
MAX_EXCERPT = 900


def main(argv: list[str]) -> int:
    harvest = Path(argv[0]) if argv else Path("/work/harvest")
    corrected = {}
    if TARGET.exists():
        for line in TARGET.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("label_note") or rec.get("source") == "askfoi-search":
                    corrected[rec["url"]] = rec
    out: dict[str, dict] = {}
    for path in sorted(harvest.glob("*_replies.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                print(f"{path.name}:{n}: not JSON, skipped", file=sys.stderr)
                continue
            if not rec.get("url") or not rec.get("excerpt") or not rec.get("outcome"):
                continue
            rec = {k: rec[k] for k in KEEP if k in rec}
            rec["excerpt"] = " ".join(rec["excerpt"].split())[:MAX_EXCERPT]
            out.setdefault(rec["url"], rec)
    for url, rec in corrected.items():
        out[url] = rec
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("w", encoding="utf-8") as f:
        for url in sorted(out):
            f.write(json.dumps(out[url], ensure_ascii=False) + "\n")
    print(f"{len(out)} labelled replies -> {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
