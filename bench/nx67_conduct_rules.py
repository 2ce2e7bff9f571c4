"""nx67: which messages of a set the check reads as one identifiable person's complaints or conduct (someone-elses-records,
variant officer_conduct*), to compare main and the branch (false alarms of the new rules).
Usage: PYTHONPATH=<checkout> python bench/nx67_conduct_rules.py FILE.jsonl [...]"""
import json
import sys

from askfoi.checks import check_request

for path in sys.argv[1:]:
    hits = []
    n = 0
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        item = json.loads(line)
        n += 1
        found = [f for f in check_request(item["text"], item.get("authority")).findings
                 if f.code == "someone-elses-records" and (f.variant or "").startswith("officer_conduct")]
        if found:
            hits.append((item.get("id"), found[0].evidence, item["text"][:120]))
    print(path, n, "messages,", len(hits), "with officer_conduct")
    for h in hits:
        print("  ", h)
