"""lf58: frame the session's own messages (bench/lf58_messages/c1..c5.txt, one class each, written before the code
changed) with REPO's code and write each message's parts and period to OUT (JSON). Run once with main's checkout and
once with the branch's, then compare: .venv/bin/python bench/lf58_own_messages.py REPO OUT"""
import json
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
repo, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, repo)
os.chdir(repo)
from askfoi.framing import frame_message  # noqa: E402

res = {}
for c in ("c1", "c2", "c3", "c4", "c5"):
    for m in open(os.path.join(HERE, "lf58_messages", f"{c}.txt"), encoding="utf-8"):
        m = m.strip()
        if m:
            f = frame_message(m, today=date(2026, 12, 5))
            res[f"{c}|{m}"] = [f"[{p.kind}] {p.text}" for p in f.parts] + [f"PERIOD {f.period}"]
json.dump(res, open(out, "w"), indent=1)
