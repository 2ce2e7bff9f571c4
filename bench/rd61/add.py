#!/usr/bin/env python3
"""rd61: add fresh61 records from a batch file (stdin). Each record:
=== id | url | authority | body_type | outcome | ncnd(y/n) | sections ; separated | parts ; separated | basis | query | source_kind
<the page excerpt as the search tool gave it (page furniture cut): the text the reader will read>
Writes the claim (claims/rd61.txt) first, then fresh61/<id>.txt, then labels61.jsonl and queries.tsv."""
import json, sys, pathlib
D = pathlib.Path('/work/heldout/rd61')
recs, cur = [], None
for line in sys.stdin.read().splitlines():
    if line.startswith('=== '):
        f = [x.strip() for x in line[4:].split('|')]
        assert len(f) == 11, f
        cur = {'head': f, 'text': []}; recs.append(cur)
    elif cur is not None:
        cur['text'].append(line)
labels = D / 'labels61.jsonl'
have = {json.loads(l)['id'] for l in labels.read_text().splitlines()} if labels.exists() else set()
claims = pathlib.Path('/work/heldout/claims/rd61.txt')
for r in recs:
    i, url, auth, bt, out, ncnd, secs, parts, basis, query, kind = r['head']
    if i in have: print('skip', i); continue
    with claims.open('a') as c: c.write(url + '\n')
    (D / 'fresh61' / f'{i}.txt').write_text('\n'.join(r['text']).strip() + '\n')
    rec = {'id': i, 'url': url, 'authority': auth, 'body_type': bt, 'outcome': out, 'ncnd': ncnd == 'y',
           'sections': [s.strip() for s in secs.split(';') if s.strip()], 'parts': [p.strip() for p in parts.split(';') if p.strip()],
           'split': 'fresh61-report', 'source_kind': kind,
           'source': 'pages corpus (the query that finds it: /work/heldout/rd61/queries.tsv)', 'note': basis}
    with labels.open('a') as L: L.write(json.dumps(rec) + '\n')
    with (D / 'queries.tsv').open('a') as q: q.write(f'{i}\t{query}\t{url}\n')
    print('added', i, out)
