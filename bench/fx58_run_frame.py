"""Frame each message of a jsonl (id, text) with the askfoi snapshot at SNAP; print a readable report.
usage: SNAP/.venv/bin/python run_frame.py SNAP IN.jsonl OUT.txt"""
import json,sys
from datetime import date
snap,inp,out=sys.argv[1:4]
sys.path.insert(0,snap)
from askfoi.framing import frame_message
rows=[json.loads(l) for l in open(inp) if l.strip()]
with open(out,"w") as f:
    for r in rows:
        try:
            fr=frame_message(r["text"],today=date(2026,12,5))
        except Exception as e:
            f.write(f"### {r['id']}\nERROR {type(e).__name__}: {e}\n\n"); continue
        f.write(f"### {r['id']}\nTEXT: {r['text']}\n")
        f.write(f"route={fr.route} regime={fr.regime} authority={fr.authority.name if fr.authority else None} period={fr.period!r}\n")
        for i,p in enumerate(fr.parts,1):
            f.write(f"  {i}. [{p.kind}{' kept' if getattr(p,'kept_words',False) else ''}] {p.text}\n")
        for p in fr.pending: f.write(f"  PENDING [{p.kind}] {p.text}\n")
        for q in fr.questions: f.write(f"  ASK: {q}\n")
        for u in fr.unframed: f.write(f"  UNFRAMED: {u}\n")
        f.write(f"  findings: {[getattr(x,'code',x) for x in fr.findings]}\n\n")
