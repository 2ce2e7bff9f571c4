"""Frame every in-repo message (tests/data/*.jsonl 'text'/'message') matching a pattern; print parts. Usage: sel.py REPO PATTERN OUT"""
import json, re, sys, glob, os
from datetime import date
repo, pat, out = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, repo)
os.chdir(repo)
from askfoi.framing import frame_message
rx = re.compile(pat, re.I)
seen = set(); res = {}
for f in sorted(glob.glob("tests/data/*.jsonl")):
    for line in open(f, encoding="utf-8"):
        try: r = json.loads(line)
        except Exception: continue
        if not isinstance(r, dict): continue
        t = r.get("text") or r.get("message") or r.get("first_message")
        if not isinstance(t, str) or t in seen or not rx.search(t): continue
        seen.add(t)
        try:
            fr = frame_message(t, today=date(2026, 12, 5))
            res[t] = [p.text for p in fr.parts] + ["PERIOD " + str(fr.period)]
        except Exception as e:
            res[t] = ["ERROR " + repr(e)]
json.dump(res, open(out, "w"), indent=1)
print(len(res), "messages")
