"""rd61: fresh58 (tuning since session 49) per record: label vs reading (outcome, sections, parts). Ids and labels only."""
import json, sys
sys.path.insert(0, sys.argv[1])
from askfoi.reply_explain import explain_reply
lab = {json.loads(l)["id"]: json.loads(l) for l in open("/work/wt/rd61/tests/data/replies/fresh58_labels.jsonl")}
for l in open("/work/heldout/rd58/fresh58/fresh.jsonl"):
    r = json.loads(l); L = lab[r["id"]]
    rd = explain_reply(r["reply"], request=r.get("request")).reading
    print(r["id"], L["outcome"], "->", rd.outcome.value, "| sec", L["sections"], "->", sorted(rd.sections), "| parts", L["parts"], "->", [p.outcome.value for p in rd.parts])
