"""rd61/rd64/rd67/rd70/rd73 cmp.py BASE.json NEW.json: outcome / NCND / parts / sections gained and lost against the labels (labelled.jsonl
by line, fresh sets by id); prints ids and labels only, never texts."""
import json, os, pathlib, sys
R = os.environ.get("ASKFOI_REPO", "/work/wt/rd73") + "/tests/data/replies/"  # rd76: any checkout
lab = {}
for i, l in enumerate(open(R + "labelled.jsonl")):
    if l.strip(): lab[f"L{i}"] = json.loads(l)
for f in sorted(pathlib.Path(R).glob("fresh*_labels.jsonl")):  # rd76: every fresh set
    for l in open(f):
        r = json.loads(l) if l.strip() else {}
        if r.get("id"): lab[r["id"]] = r
def nums(s): return {str(x).split("(")[0].strip().removeprefix("s").strip() for x in s}
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
def pr(L, p): return sum(1 for i, x in enumerate(L.get("parts") or []) if i < len(p) and p[i] == x)
tot = {"o": [0, 0], "n": [0, 0], "p": [0, 0], "s": [0, 0]}
for k in sorted(set(a) & set(b)):
    L = lab.get(k)
    if not L: continue
    oa, ob = a[k]["o"] == L["outcome"], b[k]["o"] == L["outcome"]
    na, nb = a[k]["n"] == bool(L["ncnd"]), b[k]["n"] == bool(L["ncnd"])
    pa, pb = pr(L, a[k]["p"]), pr(L, b[k]["p"])
    ls = nums(L.get("sections") or [])
    sa = bool(ls) and ls <= nums(a[k]["s"]); sb = bool(ls) and ls <= nums(b[k]["s"])
    for t, x, y in (("o", oa, ob), ("n", na, nb), ("p", pa, pb), ("s", sa, sb)):
        tot[t][0] += x; tot[t][1] += y
    if oa != ob or na != nb or pa != pb or sa != sb or a[k] != b[k]:
        tag = "GAIN" if (ob > oa or sb > sa or pb > pa) and not (oa > ob or sa > sb or pa > pb or na > nb) else ("LOST" if (oa > ob or sa > sb or pa > pb or na > nb) else "same")
        print(f"{k:8} {tag} label={L['outcome']}/{int(bool(L['ncnd']))} {a[k]['o']}->{b[k]['o']} ncnd {int(a[k]['n'])}->{int(b[k]['n'])} parts {pa}->{pb} sec {int(sa)}->{int(sb)} {a[k]['s']}->{b[k]['s']}")
print("totals (before, after):", tot, "of", len(set(a) & set(b)))
