"""lf61: frame every in-repo message (tests/data/*.jsonl 'text'/'message'/'first_message') matching a pattern; write
its route, parts, period and finding codes as JSON. Usage: python bench/lf61_select_frame.py REPO PATTERN OUT
(run once with main's checkout as REPO and once with the branch; compare the two files)."""
import glob
import json
import os
import re
import sys
from datetime import date

repo, pat, out = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, repo)
os.chdir(repo)
from askfoi.framing import frame_message  # noqa: E402

rx = re.compile(pat, re.I)
seen, res = set(), {}
for f in sorted(glob.glob("tests/data/*.jsonl")):
    for line in open(f, encoding="utf-8"):
        try:
            r = json.loads(line)
        except Exception:
            continue
        if not isinstance(r, dict):
            continue
        t = r.get("text") or r.get("message") or r.get("first_message")
        if not isinstance(t, str) or t in seen or not rx.search(t):
            continue
        seen.add(t)
        try:
            fr = frame_message(t, today=date(2026, 12, 5))
            res[t] = {"route": fr.route, "parts": [p.text for p in fr.parts], "period": fr.period,
                      "left_out": fr.left_out, "aside": fr.foi_aside,
                      "findings": sorted({getattr(x, "code", "") for x in fr.findings})}
        except Exception as e:  # noqa: BLE001
            res[t] = {"error": repr(e)}
json.dump(res, open(out, "w"), indent=1)
print(len(res), "messages")
