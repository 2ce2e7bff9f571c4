#!/usr/bin/env python3
"""rd73 (after rd67): is an address new? /tmp/rd73-known.txt (urls in main's tests/data, knowledge, bench), every claims file,
every text/json under /work/heldout (except rd61's own). Also a grep of knowledge/ and tests/data for the path tail."""
import re, sys, glob, subprocess
def norm(u):
    u = re.sub(r'^https?://(www\.)?', '', u.strip()); u = re.sub(r'[?&]utm_.*', '', u).rstrip('/')
    u = u.replace('/cy/request/', '/request/')
    m = re.match(r'(whatdotheyknow\.com/request/[^/]+)', u)
    return (m.group(1) if m else u).lower()
hay = open('/tmp/rd73-known.txt').read().lower().replace('/cy/request/', '/request/')
for f in glob.glob('/work/heldout/claims/*.txt') + glob.glob('/work/heldout/*/**/*.txt', recursive=True) + glob.glob('/work/heldout/*/**/*.json*', recursive=True) + glob.glob('/work/heldout/*/**/*.tsv', recursive=True):
    if '/rd73/' in f: continue
    try: hay += '\n' + open(f, errors='ignore').read().lower().replace('/cy/request/', '/request/')
    except Exception: pass
for u in sys.argv[1:]:
    k = norm(u)
    tail = k.split('/')[-1]
    used = k in hay or (len(tail) > 12 and tail in hay)
    for m in re.findall(r'(foi-\d{3,5}-\d{4}|atisn\s*\d+|\d{6,})', k):
        if m in hay: used = True
    print(('USED ' if used else 'FREE ') + u)
