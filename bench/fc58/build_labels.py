"""Builds the committed label file (no texts) from cands.jsonl + overrides.jsonl: split by date, oldest 60% tuning."""
import json, sys
D = "/work/heldout/fc58"
SUMMARY = {"ico-mps-special-branch-mcf", "sic-snp-special-branch", "sic-allegations-003-2008", "leics-mccann-ripa",
           "lancs-undercover-telegraph", "kent-ccdc-canterbury", "lancs-court-judgment-wilby", "ico-wrexham-grievance",
           "ico-roh-patient-incident", "sic-tayside-bugged-070-2006", "sic-tayside-phone-tracking-130-2007",
           "sic-rso-postcodes-206-2006", "sic-missing-person-146-2024", "sic-death-report-243-2024",
           "sic-arrest-date-010-2008", "cleveland-s60-373", "sic-vehicle-213-2016", "sic-unexplained-death-071-2018",
           "sic-pf-report-199-2006"}
rows = {}
for line in open(f"{D}/cands.jsonl"):
    r = json.loads(line); rows[r["slug"]] = r
for line in open(f"{D}/overrides.jsonl"):
    o = json.loads(line)
    if o["slug"] in rows:
        rows[o["slug"]].update(o)
out = []
for r in rows.values():
    if r.get("ncnd") is None:
        continue
    out.append({"slug": r["slug"], "address": r["address"], "authority": r["authority"],
                "authority_type": r.get("authority_type") or "police", "date": r["date"], "ncnd": bool(r["ncnd"]),
                "sections": r.get("sections") or [], "text": "summary" if r["slug"] in SUMMARY else "verbatim",
                "in_pack": bool(r.get("in_pack")), "label_from": r.get("label_from", "the pack's record for the address (checked against the page)")})
out.sort(key=lambda r: (r["date"], r["slug"]))
cut = round(len(out) * 0.6)
for i, r in enumerate(out):
    r["split"] = "tuning" if i < cut else "report"
with open(sys.argv[1], "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
t = [r for r in out if r["split"] == "tuning"]; p = [r for r in out if r["split"] == "report"]
print(len(out), "tuning", len(t), sum(r["ncnd"] for r in t), "ncnd; report", len(p), sum(r["ncnd"] for r in p), "ncnd; cut", out[cut]["date"])
