"""cmp.py BASE.json NEW.json: outcome / NCND / parts gained and lost against the labels (labelled.jsonl by line, fresh
sets by id); prints ids and labels only, never texts."""
import json, sys
R = "/work/wt/rd58/tests/data/replies/"
lab = {}
for i, l in enumerate(open(R + "labelled.jsonl")):
    if l.strip(): lab[f"L{i}"] = json.loads(l)
for f in ("fresh50", "fresh51", "fresh53", "fresh55"):
    for l in open(R + f"{f}_labels.jsonl"):
        r = json.loads(l); lab[r["id"]] = r
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
def pr(L, p): return sum(1 for i, x in enumerate(L.get("parts") or []) if i < len(p) and p[i] == x)
tot = {"o": [0, 0], "n": [0, 0], "p": [0, 0]}
for k in sorted(set(a) & set(b)):
    L = lab.get(k)
    if not L: continue
    oa, ob = a[k]["o"] == L["outcome"], b[k]["o"] == L["outcome"]
    na, nb = a[k]["n"] == bool(L["ncnd"]), b[k]["n"] == bool(L["ncnd"])
    pa, pb = pr(L, a[k]["p"]), pr(L, b[k]["p"])
    tot["o"][0] += oa; tot["o"][1] += ob; tot["n"][0] += na; tot["n"][1] += nb; tot["p"][0] += pa; tot["p"][1] += pb
    if oa != ob or na != nb or pa != pb or a[k] != b[k]:
        tag = ("GAIN" if ob > oa else "LOST" if oa > ob else "same")
        print(f"{k:8} {tag} label={L['outcome']}/{int(bool(L['ncnd']))} {a[k]['o']}->{b[k]['o']} ncnd {int(a[k]['n'])}->{int(b[k]['n'])} parts {pa}->{pb} {a[k]['p']}->{b[k]['p']}")
print("totals (before, after):", tot, "of", len(set(a) & set(b)))
