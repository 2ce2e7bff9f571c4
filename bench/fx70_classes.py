"""fx70: the classes fx70 worked on, counted in two framing reports (bench/fx58_run_frame.py output) of the same
messages, with fx67's classes (bench/fx67_classes.py). usage: python fx70_classes.py BASE.txt BRANCH.txt [JUDGE.txt]
BODYNAMED  a message whose letter names a body (authority= not None)
BODYCHG    a message whose body differs between the two reports (listed, to be judged by eye)
WRONGBODY  with JUDGE (a judge file of the base report: "WRONG BODY" in its notes): the judged wrong bodies still
           written on the branch's letter (a body changed from the judged wrong one to None or another is not counted;
           another body is listed for reading by eye)
BAREPTR    a part that is only a short question whose pointer is a bare "this"/"it" ("How many pupils was this for?")
PTRASK     an ask-back about a pointer ("Which X do you mean by "these X" ...")"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fx67_classes  # noqa: E402,F401  (registers fx67's classes in fx64_classes)
from fx64_classes import PART, blocks, count  # noqa: E402

BARE = re.compile(r"(?i)(?<!\bof\s)\b(?:this|that|these|those|it)\b(?=\s*[.?!]?\s*$|\s+(?:was|were|is|are|has|have|had|will|would)\b|"
                  r"\s+(?:for|about|on|to|with|from|in|by|at|of)\s*[.?!]?\s*$)")


def authority(b):
    for line in b["lines"]:
        m = re.match(r"route=\S+ regime=\S+ authority=(.*?) period=", line)
        if m:
            return m.group(1)
    return None


def mine(path):
    out = {"BAREPTR": [0, set()], "PTRASK": [0, set()], "BODYNAMED": [0, set()]}
    for mid, b in blocks(path).items():
        if authority(b) not in (None, "None"):
            out["BODYNAMED"][0] += 1; out["BODYNAMED"][1].add(mid)
        for line in b["lines"]:
            m = PART.match(line)
            if m and len(m.group(2).split()) <= 14 and BARE.search(m.group(2)):
                out["BAREPTR"][0] += 1; out["BAREPTR"][1].add(mid)
            if line.strip().startswith("ASK:") and "do you mean by" in line:
                out["PTRASK"][0] += 1; out["PTRASK"][1].add(mid)
    return out


if __name__ == "__main__":
    a, b = blocks(sys.argv[1]), blocks(sys.argv[2])
    before, after = {**count(sys.argv[1]), **mine(sys.argv[1])}, {**count(sys.argv[2]), **mine(sys.argv[2])}
    for c in before:
        print(f"{c:10} {before[c][0]:3} ({len(before[c][1])}) -> {after[c][0]:3} ({len(after[c][1])})")
    moved = [(m, authority(a[m]), authority(b[m])) for m in a if m in b and authority(a[m]) != authority(b[m])]
    print(f"BODYCHG    {len(moved)}: " + "; ".join(f"{m}: {x} -> {y}" for m, x, y in moved))
    if len(sys.argv) > 3:
        wrong = [ln.split("|")[0].strip() for ln in open(sys.argv[3], encoding="utf-8") if "WRONG BODY" in ln]
        still = [m for m in wrong if m in a and m in b and authority(a[m]) == authority(b[m])]
        print(f"WRONGBODY  {len(wrong)} judged on base -> {len(still)} unchanged on branch: {', '.join(still)}")
    changed = [m for m in a if m in b and a[m]["lines"] != b[m]["lines"]]
    print(f"changed    {len(changed)} of {len(a)}: {', '.join(changed)}")
