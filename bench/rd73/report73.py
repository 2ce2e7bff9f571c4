"""rd73 (after rd70): fresh73 read ONCE per checkout - overall and per source kind, scored as bench/eval_fresh_replies.py scores
(its own functions). No text and no per-record reading is printed.
    python report73.py CHECKOUT"""
import json, sys
from collections import Counter, defaultdict
ck = sys.argv[1]; sys.path.insert(0, ck); sys.path.insert(0, ck + "/bench")
from askfoi.reply_explain import explain_reply
from eval_fresh_replies import _section_numbers, _parts_right
lab = {json.loads(l)["id"]: json.loads(l) for l in open("/work/wt/rd73/tests/data/replies/fresh73_labels.jsonl")}
tally = defaultdict(Counter)
for l in open("/work/heldout/rd73/fresh73/fresh.jsonl"):
    row = json.loads(l); L = lab[row["id"]]
    rd = explain_reply(row["reply"], request=row.get("request")).reading
    for key in ("all", L["source_kind"], "body:" + L["body_type"], "authority:" + L["authority"]):
        t = tally[key]; t["n"] += 1
        t["o"] += rd.outcome.value == L["outcome"]
        t["ncnd"] += bool(rd.ncnd) == bool(L["ncnd"])
        if L.get("sections"):
            t["sec_n"] += 1; t["sec"] += _section_numbers(L["sections"]) <= _section_numbers(rd.sections)
        if L.get("parts"):
            t["p_n"] += len(L["parts"]); t["p"] += _parts_right(L["parts"], rd.parts)
for k in sorted(tally, key=lambda k: (k != "all", k)):
    t = tally[k]
    print(f"  fresh73-report {k}: {t['n']} replies  outcome {t['o']}/{t['n']} = {t['o']/t['n']:.3f}  NCND {t['ncnd']}/{t['n']}  "
          f"sections {t['sec']}/{t['sec_n']}  parts {t['p']}/{t['p_n']}")
