#!/usr/bin/env python3
"""rd58: add fresh58 records from a batch file (stdin). Each record:
=== id | url | authority | body_type | outcome | ncnd(y/n) | sections ; separated | parts ; separated | basis | query
<the page excerpt as the search tool gave it (boilerplate cut), the text the reader will read>
Writes the claim (claims/rd58.txt) first, then fresh58/<id>.txt, then labels58.jsonl (no duplicates)."""
import json, sys, pathlib
D = pathlib.Path('/work/heldout/rd58')
recs, cur = [], None
for line in sys.stdin.read().splitlines():
    if line.startswith('=== '):
        f = [x.strip() for x in line[4:].split('|')]
        cur = {'head': f, 'text': []}; recs.append(cur)
    elif cur is not None:
        cur['text'].append(line)
labels = D / 'labels58.jsonl'
have = {json.loads(l)['id'] for l in labels.read_text().splitlines()} if labels.exists() else set()
claims = pathlib.Path('/work/heldout/claims/rd58.txt')
for r in recs:
    i, url, auth, bt, out, ncnd, secs, parts, basis, query = r['head']
    if i in have: print('skip', i); continue
    with claims.open('a') as c: c.write(url + '\n')
    (D / 'fresh58' / f'{i}.txt').write_text('\n'.join(r['text']).strip() + '\n')
    rec = {'id': i, 'url': url, 'authority': auth, 'body_type': bt, 'outcome': out, 'ncnd': ncnd == 'y',
           'sections': [s.strip() for s in secs.split(';') if s.strip()], 'parts': [p.strip() for p in parts.split(';') if p.strip()],
           'split': 'fresh58-report', 'source_kind': 'reply_page', 'note': basis}
    with labels.open('a') as L: L.write(json.dumps(rec) + '\n')
    with (D / 'queries.tsv').open('a') as q: q.write(f'{i}\t{query}\t{url}\n')
    print('added', i, out)
