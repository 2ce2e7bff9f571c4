"""add.py SLUG URL [authority_type]  < request text
Claims the address (claims/fc58.txt), writes texts/SLUG.txt, and prints the pack's record for the address (label source)."""
import glob, json, os, re, sys
slug, url = sys.argv[1], sys.argv[2]
D = "/work/heldout/fc58"
key = re.sub(r"^https?://(www\.)?", "", url).rstrip("/")
import subprocess
hits = subprocess.run(["grep", "-rlF", "--", key, "/work/wt/fc58/tests/data", "/work/wt/fc58/bench"] + [c for c in glob.glob("/work/heldout/claims/*.txt") if not c.endswith("fc58.txt")], capture_output=True, text=True).stdout.split()
if hits:
    print(json.dumps({"slug": slug, "SKIP": hits}))
    sys.exit(0)
with open("/work/heldout/claims/fc58.txt", "a") as f:
    f.write(url + "\n")
text = sys.stdin.read().strip()
open(f"{D}/texts/{slug}.txt", "w").write(text + "\n")
recs = []
for p in glob.glob("/work/wt/fc58/knowledge/responses/*.jsonl"):
    for line in open(p):
        if key in line:
            r = json.loads(line)
            if re.sub(r"^https?://(www\.)?", "", r.get("source_url", "")).rstrip("/") == key:
                recs.append(r)
row = {"slug": slug, "address": url, "in_pack": bool(recs)}
if recs:
    r = recs[0]
    row.update(authority=r["authority"], authority_type=r.get("authority_type"), date=r.get("request_date") or r.get("response_date") or r.get("date"),
               ncnd=r.get("ncnd"), sections=r.get("sections", []), outcome=r.get("outcome"), pack_id=r["id"], n_records=len(recs))
print(json.dumps(row))
with open(f"{D}/cands.jsonl", "a") as f:
    f.write(json.dumps(row) + "\n")
