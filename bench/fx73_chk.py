"""Check candidate addresses against every used address (tests/data, knowledge, bench, claims). usage: chk.py URL..."""
import sys,re,glob,os
def norm(u):
    u=u.strip().lower().rstrip('.,;)"\''); u=re.sub(r'^https?://','',u); u=re.sub(r'^www\.','',u); u=u.split('#')[0]
    import urllib.parse as up
    if '?' in u:
        b,q=u.split('?',1); kept=[p for p in q.split('&') if p and not re.match(r'(culture|lang|utm_[a-z]+)=',p)]
        u=b+('?'+'&'.join(kept) if kept and 'whatdotheyknow' not in b else '')
    return u.rstrip('/')
cache='/tmp/fx73-used.txt'
if not os.path.exists(cache):
    urls=set()
    pat=re.compile(r'https?://[^\s"\'<>\\,)\]]+')
    for root in ['/work/main/tests/data','/work/main/knowledge','/work/main/bench']:
        for dp,_,fs in os.walk(root):
            for f in fs:
                try: t=open(os.path.join(dp,f),errors='ignore').read()
                except Exception: continue
                urls|=set(pat.findall(t))
                if f=='tuning_addresses.txt': urls|={l.strip() for l in t.splitlines() if l.strip()}
    open(cache,'w').write('\n'.join(sorted(urls)))
used={norm(l) for l in open(cache) if l.strip()}
for f in glob.glob('/work/heldout/claims/*.txt'):
    if f.endswith('fx73.txt'): continue
    used|={norm(l) for l in open(f) if l.strip()}
def key(n):
    return n.split('request/')[1].split('/')[0] if ('request/' in n and 'whatdotheyknow' in n) else None
keys={key(x) for x in used if key(x)}
for u in sys.argv[1:]:
    n=norm(u); hit=n in used or (key(n) in keys if key(n) else False)
    print('USED' if hit else 'free', u)
