"""Print askfoi's framing of each message in a jsonl file, compactly, for scoring by hand.

usage: python bench/ck35/run.py FILE.jsonl [ASKFOI_BIN] > out.txt
"""
import json
import subprocess
import sys

path = sys.argv[1]
binary = sys.argv[2] if len(sys.argv) > 2 else ".venv/bin/askfoi"
for line in open(path):
    case = json.loads(line)
    out = subprocess.run([binary, "frame", "-", "--json"], input=case["text"],
                         capture_output=True, text=True, timeout=300)
    print("=" * 8, case["id"])
    try:
        d = json.loads(out.stdout)
    except ValueError:
        print("ERROR", out.stdout[-500:], out.stderr[-800:])
        continue
    auth = d.get("authority")
    print("route:", d.get("route"), "regime:", d.get("regime"), "authority:", auth and auth.get("name"),
          "from_text:", auth and auth.get("from_text"))
    print("period:", d.get("period"), "| kind:", d.get("authority_kind"))
    if d.get("authority_question"):
        print("  ASK body:", d["authority_question"])
    for i, p in enumerate(d.get("parts") or [], 1):
        print(f"  part {i}: [{p.get('kind')}] {p.get('text')}")
    for f in d.get("findings") or []:
        if isinstance(f, dict):
            print(f"  FINDING {f.get('id') or f.get('code')}: {f.get('message') or f.get('text')}"
                  f" || fix: {f.get('fix') or f.get('suggestion')}")
        else:
            print("  FINDING", f)
    for q in d.get("questions") or d.get("asks_back") or []:
        print("  ASK:", q)
    extra = {k: v for k, v in d.items() if k not in {"route", "regime", "authority", "period", "parts",
                                                     "findings", "questions", "asks_back", "spelling",
                                                     "authority_question", "authority_kind"}}
    if extra:
        print("  other:", json.dumps(extra)[:600])
