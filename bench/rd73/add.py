#!/usr/bin/env python3
"""rd73 (after rd64): add fresh73 records from a batch file (stdin). Each record:
=== id | url | authority | body_type | outcome | ncnd(y/n) | sections ; separated | parts ; separated | basis | query | source_kind
<the page excerpt as the search tool gave it (page furniture cut): request, a line @@REPLY@@, the reply>
Writes the claim (claims/rd73.txt) first, then fresh73/<id>.txt, then labels73.jsonl and queries.tsv."""
import json, sys, pathlib
D = pathlib.Path('/work/heldout/rd73')
recs, cur = [], None
for line in sys.stdin.read().splitlines():
    if line.startswith('=== '):
        f = [x.strip() for x in line[4:].split('|')]
        assert len(f) == 11, f
        cur = {'head': f, 'text': []}; recs.append(cur)
    elif cur is not None:
        cur['text'].append(line)
labels = D / 'labels73.jsonl'
have = {json.loads(l)['id'] for l in labels.read_text().splitlines()} if labels.exists() else set()
claims = pathlib.Path('/work/heldout/claims/rd73.txt')
(D / 'fresh73').mkdir(exist_ok=True)
for r in recs:
    i, url, auth, bt, out, ncnd, secs, parts, basis, query, kind = r['head']
    if i in have: print('skip', i); continue
    if url not in claims.read_text().split(): claims.open("a").write(url + "\n")
    text = '\n'.join(r['text']).strip() + '\n'
    assert '@@REPLY@@' in text, i
    (D / 'fresh73' / f'{i}.txt').write_text(text)
    rec = {'id': i, 'url': url, 'authority': auth, 'body_type': bt, 'outcome': out, 'ncnd': ncnd == 'y',
           'sections': [s.strip() for s in secs.split(';') if s.strip()], 'parts': [p.strip() for p in parts.split(';') if p.strip()],
           'split': 'fresh73-report', 'source_kind': kind,
           'source': 'pages corpus (the query that finds it: /work/heldout/rd73/queries.tsv)', 'note': basis}
    with labels.open('a') as L: L.write(json.dumps(rec) + '\n')
    with (D / 'queries.tsv').open('a') as q: q.write(f'{i}\t{query}\t{url}\n')
    print('added', i, out)
# the texts file the evaluation reads
rows = []
for p in sorted((D / 'fresh73').glob('fr73-*.txt')):
    req, rep = p.read_text().split('@@REPLY@@', 1)
    rows.append(json.dumps({'id': p.stem, 'request': req.strip(), 'reply': rep.strip()}))
(D / 'fresh73' / 'fresh.jsonl').write_text('\n'.join(rows) + '\n')
print(len(rows), 'texts')
