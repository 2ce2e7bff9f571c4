"""rd58: read the recovered tuning letters (tune/tune.jsonl) with a checkout's reader; print id, label, reading."""
import json, sys, glob
ck = sys.argv[1]; sys.path.insert(0, ck)
from askfoi.reply_explain import explain_reply
lab = {}
for f in glob.glob('/work/wt/rd58/tests/data/replies/fresh*_labels.jsonl'):
    for l in open(f):
        if l.strip():
            r = json.loads(l)
            if 'id' in r: lab[r['id']] = r
ok = n = 0
for l in open('/work/heldout/rd58/tune/tune.jsonl'):
    r = json.loads(l); rd = explain_reply(r['reply'], request=None).reading; L = lab[r['id']]
    n += 1; ok += rd.outcome.value == L['outcome']
    print(r['id'], L['outcome'], rd.outcome.value, 'ncnd', L['ncnd'], bool(rd.ncnd), 'parts', L.get('parts'), [p.outcome.value for p in rd.parts])
print('outcome', ok, '/', n)
