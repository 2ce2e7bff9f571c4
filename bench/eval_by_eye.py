"""Issue 8 read by eye: real request texts the project had never seen, judged by independent reviewers against
written criteria, before and after a session's changes (tests/data/framing_by_eye.jsonl: counts per text, with its
address; never the text, which stays outside the repository). The automatic figures of `eval_framing` are on
messages the project wrote itself; these are the ones that show how far the framing is from the goal (9 in 10
letters needing no rewording).

Run alone: .venv/bin/python bench/eval_by_eye.py"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "framing_by_eye.jsonl"


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "n/a"


def report(path: Path = DATA) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["holdout"], r["stage"], r["version"])].append(r)
    print("\nframing read by eye (independent reviewers; real texts never tuned on before they were judged;"
          " tests/data/framing_by_eye.jsonl)")
    for (holdout, stage, version), rs in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] != "before")):
        for kind in ("formal", "informal"):
            k = [r for r in rs if r["kind"] == kind]
            if not k:
                continue
            parts = sum(r["parts_total"] or 0 for r in k)
            good = sum(r["parts_good"] or 0 for r in k)
            clean = sum(1 for r in k if r["needs_rewording"] is False)
            lost = sum(r["questions_lost"] or 0 for r in k)
            org = [r["org_ok"] for r in k if r["org_ok"] is not None]
            route = [r["route_ok"] for r in k if r["route_ok"] is not None]
            ncnd = [r["ncnd_ok"] for r in k if r["ncnd_ok"] is not None]
            print(f"  {holdout} {stage:<6} {version:<8} {kind:<8} {len(k):>2} texts: parts reading well "
                  f"{_share(good, parts)}; letters needing no rewording {_share(clean, len(k))}; questions lost "
                  f"{lost}; body found when named {_share(sum(org), len(org))}; route right "
                  f"{_share(sum(route), len(route))}; NCND flagged when due {_share(sum(ncnd), len(ncnd))}")


if __name__ == "__main__":
    report()
