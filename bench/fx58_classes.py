"""Count fx58's classes in run_frame.py outputs: LABEL (an item label left in a part), ASK (asking words left in a
part; the forms askfoi writes itself, "Please confirm whether" / "Please tell me", counted apart as ASK-own),
VAGUE (a message with no parts whose questions ask it back as too vague / ask what it should ask about).
usage: python classes.py OUT.txt [OUT2.txt]  (with two: the messages whose flagged parts differ)"""
import re, sys
LABEL = re.compile(r"^\W*\(?(?:\d{1,2}|[a-h]|[ivx]{1,5})[.)]\s|[;,]?\s\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)]$|\s\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s*[A-Za-z]|\bof\s+\d{1,2}\.$")
OWN = re.compile(r"(?i)^\W*please\s+(?:confirm\s+whether|tell\s+me)\b")
ASK = re.compile(r"(?i)\b(?:could|can|would|will|may)\s+(?:you|i|we|he|she)\b|\bplease\b|\bkindly\b|\b(?:i|we)\s+(?:am\s+|now\s+|also\s+|hereby\s+)*(?:request|asking|would\s+like|wish|want)\b|^\W*if\s+you\s+(?:have|hold)\b|\bmy\s+request\s+is\b|^\W*to\s+have\s+copies\b|\byour\s+responses?\s+please\b")
def parse(path):
    out = {}; cur = None
    for line in open(path):
        if line.startswith("### "):
            cur = line[4:].strip(); out[cur] = {"parts": [], "asks": []}
        elif cur and re.match(r"\s+\d+\. \[", line):
            out[cur]["parts"].append(re.sub(r"^\s+\d+\. \[[^\]]*\]\s*", "", line.rstrip("\n")))
        elif cur and line.startswith("  ASK: "):
            out[cur]["asks"].append(line[7:].strip())
    return out
def flags(rec):
    f = []
    for p in rec["parts"]:
        if LABEL.search(p): f.append(("LABEL", p))
        if OWN.search(p): f.append(("ASK-own", p))
        elif ASK.search(p): f.append(("ASK", p))
    if not rec["parts"] and any(a.startswith(("Which record or figure", "What exactly should")) for a in rec["asks"]):
        f.append(("VAGUE", rec["asks"][0][:80]))
    return f
def summary(path):
    d = parse(path); tot = {}
    msgs = {}
    for k, rec in d.items():
        for c, _ in flags(rec):
            tot[c] = tot.get(c, 0) + 1; msgs.setdefault(c, set()).add(k)
    nparts = sum(len(r["parts"]) for r in d.values())
    return d, tot, msgs, nparts
if __name__ == "__main__":
    d, tot, msgs, n = summary(sys.argv[1])
    print(sys.argv[1], f"{len(d)} messages, {n} parts")
    for c in sorted(tot): print(f"  {c}: {tot[c]} parts/items in {len(msgs[c])} messages")
    if len(sys.argv) > 2:
        d2, tot2, msgs2, n2 = summary(sys.argv[2])
        print(sys.argv[2], f"{len(d2)} messages, {n2} parts")
        for c in sorted(set(tot) | set(tot2)): print(f"  {c}: {tot2.get(c,0)} parts/items in {len(msgs2.get(c,()))} messages")
        changed = [k for k in d if d[k] != d2.get(k)]
        print(f"  outputs changed: {len(changed)}")
        for k in changed:
            print("   ", k)
    else:
        for k, rec in d.items():
            for c, p in flags(rec): print(f"  {k}: {c}: {p[:140]}")
