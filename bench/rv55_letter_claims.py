"""rv55 (nc55 #6): how often a review letter written for a real reply asserts something about what the reply did, on the
labelled replies (tests/data/replies/labelled.jsonl: the stored excerpts) that cite personal data or point to where the
information is published. Counts, per split group (tune*: rules were looked at there; the rest: report, counted once):
  band: "You gave the figure as a small number band" (the reply gave a small count as a band);
  withheld: "You withheld the figures as personal data, citing small numbers" (rv55);
  general: "a general pointer to a website" said while the reply gave an address below a site's front page.
Run from a worktree: python bench/rv55_letter_claims.py [--show] (--show prints the tuning split's claims only)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from askfoi.followup import review_letter  # noqa: E402

DATA = ROOT / "tests" / "data" / "replies" / "labelled.jsonl"
_PAGE = re.compile(r"(?:https?://|www\.)[^\s/]+/[^\s]{2,}", re.I)
_ASKS = re.compile(r"(?i)\b(?:40\(2\)|section\s+40|regulation\s+13|personal\s+(?:data|information))\b|" + _PAGE.pattern)


def main() -> int:
    show = "--show" in sys.argv
    rows = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    counts: dict[str, Counter] = {"tune": Counter(), "report": Counter()}
    for r in rows:
        text = r.get("excerpt") or ""
        if not _ASKS.search(text):
            continue
        group = "tune" if str(r.get("split", "")).startswith("tune") else "report"
        try:
            body = " ".join(review_letter(text, today=date(2026, 12, 5), authority=r.get("authority")).body.split())
        except Exception:  # noqa: BLE001 - no review letter for this reply (already reviewed, nothing to challenge)
            continue
        counts[group]["letters"] += 1
        said = {"band": "You gave the figure as a small number band" in body,
                "withheld": "You withheld the figures as personal data, citing small numbers" in body,
                "general": "general pointer to a website" in body and bool(_PAGE.search(text))}
        for k, v in said.items():
            counts[group][k] += v
            if v and show and group == "tune":
                print(f"[{k}] {r['url']}\n    {text[:400]}\n")
    for group in ("tune", "report"):
        c = counts[group]
        print(f"{group}: letters {c['letters']}, band {c['band']}, withheld {c['withheld']}, general-with-page {c['general']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
