"""rv58: section precision and recall of the reply reader on the labelled real replies
(tests/data/replies/labelled.jsonl), split into the tuning part (tune, tune2, tune3) and the rest (report).

A section read counts as right when the label names it (31(1) ~ 31(1)(a), as bench/eval_replies.py); precision is over
the sections read in replies whose label lists sections or whose outcome is one where sections are expected. Also
counts the personal data provision (FOIA 40, FOISA 38, EIR 13, EISR 11) read where the label has none.

    .venv/bin/python bench/rv58_section_precision.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_replies import _same_section, load  # noqa: E402

from askfoi.reader import read_reply  # noqa: E402

TUNE = ("tune", "tune2", "tune3")
PERSONAL = ("40", "FOISA 38", "EIR 13", "EISR 11")


def _personal(s: str) -> bool:
    return any(s == f or s.startswith(f + "(") for f in PERSONAL)


def main() -> int:
    rows = {"tune": [0, 0, 0, 0, 0], "report": [0, 0, 0, 0, 0]}  # read, read right, labelled, labelled found, extra 40
    for r in load():
        part = "tune" if r.get("split") in TUNE else "report"
        got = read_reply(r["excerpt"]).sections
        want = r.get("sections") or []
        row = rows[part]
        row[0] += len(got)
        row[1] += sum(1 for g in got if any(_same_section(w, g) for w in want))
        row[2] += len(want)
        row[3] += sum(1 for w in want if any(_same_section(w, g) for g in got))
        row[4] += sum(1 for g in got if _personal(g) and not any(_same_section(w, g) for w in want))
    for part, (read, right, n, found, extra) in rows.items():
        print(f"{part}: sections read {read}, right {right}, precision {right / max(read, 1):.3f}; "
              f"labelled {n}, found {found}, recall {found / max(n, 1):.3f}; personal data provision read without label {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
