"""Framing a typed message (`frame_message`): the chatbot's answer time to each message, and the cost the test suite
pays for every message it frames.

One fresh Python process per checkout frames the in-repository informal messages (tests/data/informal_messages.jsonl)
in file order and reports CPU seconds (process time, so other work on the machine counts less than in wall time):
  - "cold": the import and the first message (knowledge loaded, patterns compiled);
  - "warm": each later message, median / 90th percentile / mean / total.
The named baseline is session 59's code (commit BASELINE below), framed the same way in the same run from a
temporary `git worktree` of that commit: the change from session 60's speed-ups (sp60) is the ratio printed. Without
git or the commit (a wheel install), the baseline row says "not available". Timings are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = "d7831714"  # main at the end of session 59, before sp60
MESSAGES = 40

CHILD = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
start = time.process_time()
from askfoi.framing import frame_message
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")][: int(sys.argv[3])]
frame_message(texts[0])
cold = time.process_time() - start
warm = []
for text in texts[1:]:
    t = time.process_time()
    frame_message(text)
    warm.append(time.process_time() - t)
warm.sort()
print(json.dumps({"cold": cold, "median": statistics.median(warm), "p90": warm[int(0.9 * (len(warm) - 1))],
                  "mean": statistics.fmean(warm), "total": sum(warm), "n": len(warm)}))
"""


def _measure(root: Path, messages: Path) -> dict | None:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), str(messages), str(MESSAGES)], capture_output=True,
                         text=True, cwd=root, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if out.returncode != 0:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def _baseline(messages: Path) -> dict | None:
    if not (REPO / ".git").exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp) / "baseline"
        made = subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(where), BASELINE],
                              capture_output=True)
        if made.returncode != 0:
            return None
        try:
            return _measure(where, messages)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(where)], capture_output=True)


def bench() -> list[tuple[str, list[str], list[list]]]:
    messages = REPO / "tests" / "data" / "informal_messages.jsonl"
    now = _measure(REPO, messages)
    base = _baseline(messages)
    rows = []
    for label, r in ((f"baseline: session 59 ({BASELINE})", base), ("this checkout", now)):
        if r is None:
            rows.append([label, "not available", "", "", "", ""])
        else:
            rows.append([label, f"{r['cold']:.2f}", f"{r['median']:.3f}", f"{r['p90']:.3f}", f"{r['mean']:.3f}",
                         f"{r['total']:.1f}"])
    if base and now:
        rows.append(["ratio (this / baseline)", f"{now['cold'] / base['cold']:.2f}", f"{now['median'] / base['median']:.2f}",
                     f"{now['p90'] / base['p90']:.2f}", f"{now['mean'] / base['mean']:.2f}",
                     f"{now['total'] / base['total']:.2f}"])
    n = (now or base or {}).get("n", MESSAGES - 1)
    return [(f"frame_message, CPU seconds: cold start, then {n} warm messages (informal_messages.jsonl)",
             ["code", "cold", "warm median", "warm p90", "warm mean", "warm total"], rows)]
