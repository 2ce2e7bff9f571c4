"""Every line of tuning/in-repo messages that could be a lead-in (ends with ':' or holds 'the following'): lead_in on the
base snapshot vs the branch. usage: python leads_diff.py BASE BRANCH"""
import json, sys, glob, subprocess
base, branch = sys.argv[1:3]
texts = []
for f in ['/work/heldout/fx70/fx70.jsonl'] + glob.glob('/work/heldout/fx6[147]/*.jsonl') + glob.glob('/work/heldout/fx5[58]/*.jsonl') \
        + [branch + '/tests/data/first_messages.jsonl', branch + '/tests/data/frame_details.jsonl', branch + '/tests/data/informal_messages.jsonl']:
    try:
        for l in open(f):
            try:
                r = json.loads(l)
            except Exception:
                continue
            t = r.get('text') or r.get('message') or ''
            if isinstance(t, str): texts.append(t)
    except FileNotFoundError:
        pass
lines = sorted({x.strip() for t in texts for x in t.splitlines() if x.strip().endswith(':') or 'following' in x})
code = "import sys,json;sys.path.insert(0,sys.argv[1]);from askfoi.questions import lead_in;print(json.dumps([lead_in(l) for l in json.load(sys.stdin)]))"
def run(snap):
    return json.loads(subprocess.run([branch + '/.venv/bin/python', '-c', code, snap], input=json.dumps(lines), capture_output=True, text=True).stdout)
a, b = run(base), run(branch)
n = 0
for l, x, y in zip(lines, a, b):
    if x != y:
        n += 1; print(f"LINE {l!r}\n  base   {x!r}\n  branch {y!r}")
print(len(lines), 'lines,', n, 'changed')
