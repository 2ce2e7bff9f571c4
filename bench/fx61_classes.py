"""fx61: count the classes fx61 worked on in two framing reports (bench/fx58_run_frame.py output) of the same messages.
usage: python classes.py BASE.txt BRANCH.txt
QLABEL   a part that opens with a "Q.1" / "Question 1" label
COND     a part that is only the condition before an ask ("If your Trust contains ..., we request that ...")
ASKBACK  a message with no part that is asked what it wants
RETAIN   a part kept whole that asks how long records are kept ("How long is the footage kept?")
COPYPL   "A copy of" a plural with no article ("A copy of complaints received ...")
NEWS     a part that is what the news reported ("THE local Press recently reported on ...")
BODY3RD  a letter addressed to a body named only as the one something was shared with
changed  messages whose output differs"""
import re, sys

def blocks(path):
    out, cur = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            cur = line[4:].strip(); out[cur] = []
        elif cur is not None and not line.startswith("TEXT"):
            out[cur].append(line.rstrip("\n"))
    return out

PART = re.compile(r"^\s+\d+\. \[([a-z_]+)(?: kept)?\] (.*)$")
CLASSES = {
    "QLABEL": lambda p, k: re.match(r"(?i)\W*(?:q|question)\s*\.?\s*\d", p),
    "COND": lambda p, k: re.match(r"(?i)if\b(?!\s+(?:so|yes|not)\b)[^,]{3,120},\s*(?:we|i)\s+(?:request|would\s+like|ask)\b", p),
    "RETAIN": lambda p, k: k == "kept" and re.match(r"(?i)how\s+long\b.*\b(?:kept|retained|stored|held|keep|retain)\b", p),
    "COPYPL": lambda p, k: k == "document" and re.match(r"A copy of (?!the\b|a\b|an\b|his\b|its\b)[a-z]+s\b", p),
    "NEWS": lambda p, k: re.match(r"(?i)(?:the|a|an)\s+(?:local\s+)?(?:press|paper|newspaper|news|media)\s+(?:\w+\s+){0,2}?(?:reported|revealed|said|stated)\b", p),
}

def count(path):
    n = {c: [0, set()] for c in list(CLASSES) + ["ASKBACK", "BODY3RD"]}
    for mid, lines in blocks(path).items():
        parts = [PART.match(l) for l in lines]
        parts = [(m.group(1), m.group(2)) for m in parts if m]
        for kind, text in parts:
            for c, test in CLASSES.items():
                if test(text, kind):
                    n[c][0] += 1; n[c][1].add(mid)
        if not parts and any(l.strip().startswith("ASK:") for l in lines):
            n["ASKBACK"][0] += 1; n["ASKBACK"][1].add(mid)
        head = next((l for l in lines if l.startswith("route=")), "")
        body = re.search(r"authority=(.*?) period=", head)
        if body and body.group(1) not in ("None", ""):
            name = body.group(1)
            shared = any(re.search(rf"(?i)\b(?:shared|sent|passed|given|disclosed)\s+(?:\w+\s+)?(?:with|to)\s+{re.escape(name)}", t)
                         for _, t in parts)
            if shared:
                n["BODY3RD"][0] += 1; n["BODY3RD"][1].add(mid)
    return n

def main(base, branch):
    a, b = count(base), count(branch)
    for c in a:
        print(f"{c:8} {a[c][0]} parts ({len(a[c][1])} msgs) -> {b[c][0]} ({len(b[c][1])})")
    ba, bb = blocks(base), blocks(branch)
    changed = [m for m in ba if m in bb and ba[m] != bb[m]]
    print(f"changed  {len(changed)} of {len([m for m in ba if m in bb])}")
    for m in changed:
        print("   ", m)

if __name__ == "__main__":
    main(*sys.argv[1:3])
