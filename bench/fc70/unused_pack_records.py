"""fc70: the knowledge pack records (knowledge/sources/*.jsonl) whose addresses or ICO references no set, claim or bench
file holds: candidates for a new report set. Run from the repository root; NC=1 (default) lists NCND records, NC=0 the rest.
fc70's own files (its labels, claims and bench folder) are not counted as use, so this reproduces the count made before fc70 was
built; a later set should drop that exclusion.
    NC=1 .venv/bin/python bench/fc70/unused_pack_records.py > /work/heldout/fc70/unused.txt"""
import json,glob,re,subprocess,os
used_text=""
for f in glob.glob('tests/data/**/*',recursive=True)+glob.glob('bench/**/*',recursive=True)+glob.glob('/work/heldout/claims/*.txt'):
    if os.path.isfile(f) and 'fc70' not in f:
        try: used_text+=open(f,encoding='utf-8',errors='ignore').read().lower()
        except Exception: pass
def key(u):
    k=re.sub(r'^https?://(www\.)?','',u or '').rstrip('/').split('#')[0]
    m=re.search(r'/uk/cases/(.*?)(\.html)?$',k)
    if m: k='/uk/cases/'+m.group(1)
    m=re.search(r'(/decision-\d+)',k)
    if m: k=m.group(1)
    m=re.search(r'/request/([^/?]+)',k)
    if m: k='/request/'+m.group(1)
    return k.lower()
out=[]
for f in sorted(glob.glob('knowledge/sources/*.jsonl')):
    for line in open(f):
        try: r=json.loads(line)
        except Exception: continue
        if bool(r.get('ncnd')) != (os.environ.get('NC','1')=='1'): continue
        u=r.get('url') or ''
        refs=re.findall(r'(fs5\d{7}|ic-\d+-[a-z0-9]{4})',(u+' '+str(r.get('reference'))).lower())
        if key(u) in used_text or any(x in used_text for x in refs): continue
        out.append((r.get('authority_type'),r.get('authority'),r.get('date'),r.get('sections'),u,(r.get('asked') or '')[:150],os.path.basename(f)))
for o in sorted(out,key=lambda x:(str(x[0]),str(x[1]))): print(o)
print(len(out))
