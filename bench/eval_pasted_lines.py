"""ck23b: a reply pasted on one line (its lines joined) read as it is and relined (askfoi.pasted_reply.relined):
the reader outcome against the label and the sender named, on the fresh10-fresh14 labelled replies (tuning sets).
Run: .venv/bin/python bench/eval_pasted_lines.py [LABELLED.jsonl ...]
(default: the repo's labelled replies, tests/data/replies/labelled.jsonl; ck23b measured it on fresh10-14, outside the repo)"""
import json, glob, sys
from askfoi.pasted_reply import relined
from askfoi.reader import read_reply
from askfoi.reply_sender import reply_sender
rows=[]
for f in (sys.argv[1:] or ['tests/data/replies/labelled.jsonl']):
    for line in open(f):
        r=json.loads(line); rows.append(r)
n=0; ok={'orig':0,'joined':0,'relined':0}; snd={'orig':0,'joined':0,'relined':0}
for r in rows:
    t=r.get('text') or r.get('excerpt') or ''
    if len(t)<200: continue
    j=" ".join(t.split()); v={'orig':t,'joined':j,'relined':relined(j)}
    n+=1
    for k,x in v.items():
        try: o=read_reply(x).outcome.value
        except Exception: o='ERR'
        ok[k]+= o==r.get('outcome')
        a=reply_sender(x); snd[k]+= bool(a) and (a.lower() in (r.get('authority') or '').lower() or (r.get('authority') or '').lower() in a.lower())
print("n", n,'outcome right',ok,'sender right',snd)
