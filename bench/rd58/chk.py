#!/usr/bin/env python3
"""rd58: is an address new? Checks /tmp/rd58-known.txt (every url in tests/data, knowledge, bench of main),
every /work/heldout/claims/*.txt and other helpers' heldout dirs. WDTK: by request (number or slug)."""
import re, sys, glob
def norm(u):
    u = re.sub(r'^https?://(www\.)?', '', u.strip()); u = re.sub(r'[?&]utm_.*', '', u).rstrip('/')
    u = u.replace('/cy/request/', '/request/')
    m = re.match(r'(whatdotheyknow\.com/request/[^/]+)', u)
    return (m.group(1) if m else u).lower()
hay = open('/tmp/rd58-known.txt').read().lower().replace('/cy/request/', '/request/')
for f in glob.glob('/work/heldout/claims/*.txt') + glob.glob('/work/heldout/*/**/*.txt', recursive=True) + glob.glob('/work/heldout/*/**/*.json*', recursive=True):
    if '/rd58/' in f and 'claims' not in f: continue
    try: hay += '\n' + open(f, errors='ignore').read().lower().replace('/cy/request/', '/request/')
    except Exception: pass
for u in sys.argv[1:]:
    k = norm(u)
    print(('USED ' if k in hay else 'FREE ') + u)
