"""Per-record readings (rd55): outs.py CHECKOUT OUT.json [texts.jsonl ...] - outcome, ncnd, sections, parts for every
tuning text (labelled.jsonl's texts + the given fresh texts). Counts compared by cmp.py; texts never printed here."""
import json, sys, os
ck = sys.argv[1]; sys.path.insert(0, ck)
from askfoi.reply_explain import explain_reply
out = {}
def rd(text, req):
    r = explain_reply(text, request=req).reading
    return {"o": r.outcome.value, "n": bool(r.ncnd), "s": sorted(r.sections), "p": [p.outcome.value for p in r.parts]}
from askfoi.reader import read_reply
lab = os.path.join(ck, "tests/data/replies/labelled.jsonl")
for i, l in enumerate(open(lab)):
    if l.strip():
        r = read_reply(json.loads(l)["excerpt"])
        out[f"L{i}"] = {"o": r.outcome.value, "n": bool(r.ncnd), "s": sorted(r.sections), "p": [p.outcome.value for p in r.parts]}
for p in sys.argv[3:]:
    for l in open(p):
        r = json.loads(l); out[r["id"]] = rd(r["reply"], r.get("request"))
json.dump(out, open(sys.argv[2], "w"))
print(len(out))
