"""rd70 (rd73: with fresh70): per-split figures (outcome, NCND, sections, parts) from an outs.py JSON (bench/rd58/outs.py), scored as
bench/eval_fresh_replies.py scores; labelled.jsonl by line. persplit.py OUTS.json - ids and counts only, never texts."""
import json, os, pathlib, sys
from collections import Counter, defaultdict
R = os.environ.get("ASKFOI_REPO", "/work/wt/rd73") + "/tests/data/replies/"  # rd76: any checkout
lab = {}
for i, l in enumerate(open(R + "labelled.jsonl")):
    if l.strip(): lab[f"L{i}"] = dict(json.loads(l), split="labelled.jsonl")
for f in sorted(pathlib.Path(R).glob("fresh*_labels.jsonl")):  # rd76: every fresh set
    for l in open(f):
        r = json.loads(l) if l.strip() else {}
        if r.get("id"): lab[r["id"]] = r
def nums(s): return {str(x).split("(")[0].strip().removeprefix("s").strip() for x in s}
out = json.load(open(sys.argv[1]))
t = defaultdict(Counter)
for k, r in out.items():
    L = lab.get(k)
    if not L: continue
    c = t[L.get("split", k[:7])]; c["n"] += 1
    c["o"] += r["o"] == L["outcome"]; c["ncnd"] += r["n"] == bool(L["ncnd"])
    if L.get("sections"): c["sn"] += 1; c["s"] += nums(L["sections"]) <= nums(r["s"])
    if L.get("parts"):
        c["pn"] += len(L["parts"]); c["p"] += sum(1 for i, x in enumerate(L["parts"]) if i < len(r["p"]) and r["p"][i] == x)
for k in sorted(t):
    c = t[k]
    print(f"  {k}: {c['n']}  outcome {c['o']}/{c['n']}  NCND {c['ncnd']}/{c['n']}  sections {c['s']}/{c['sn']}  parts {c['p']}/{c['pn']}")
