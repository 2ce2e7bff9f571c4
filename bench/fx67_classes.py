"""fx67: bench/fx64_classes.py's classes of rewording (SHORT, LABEL, ASKFRONT, FRAG, ASKBACK) and two more, counted in two
framing reports (bench/fx58_run_frame.py output) of the same messages. usage: python fx67_classes.py BASE.txt BRANCH.txt
QUALPART   a part that is only a qualifier of the question before it ("Please state the percentage/rate for each year.",
           "The percentage/rate for each year.", "For each individual complaint, please tell me ..."): a sentence that
           asks for a cut of the answer (each, per, separately, broken down) and opens with asking words, "For each" or
           a short noun phrase of the cut
STATEFRONT a part that opens with the imperative "State" ("State whether ...")"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fx64_classes as base  # noqa: E402
from fx64_classes import blocks, count  # noqa: E402,F401  (blocks: read by the fx67 scripts)

_CUT_FRONT = re.compile(r"(?i)^\W*(?:(?:please\s+)?(?:also\s+)?(?:state|give|provide|show|include|list|indicate|specify|detail|"
                        r"break\s+(?:this|these|it|them)\s+down)\b|for\s+each\b|the\s+[\w/-]+(?:\s+[\w/-]+)?\s+for\s+each\b)")
_CUT = re.compile(r"(?i)\b(?:each|per|separately|broken\s+down|breakdown)\b")
base.CLASSES = {**{k: v for k, v in base.CLASSES.items() if k != "FRAG"},
                "QUALPART": lambda p, k: bool(_CUT_FRONT.match(p) and _CUT.search(p)),
                "STATEFRONT": lambda p, k: bool(re.match(r"^State\s", p)),
                "FRAG": base.CLASSES["FRAG"]}

if __name__ == "__main__":
    before, after = count(sys.argv[1]), count(sys.argv[2])
    a, b = blocks(sys.argv[1]), blocks(sys.argv[2])
    changed = [m for m in a if m in b and a[m]["lines"] != b[m]["lines"]]
    for c in before:
        print(f"{c:10} {before[c][0]:3} ({len(before[c][1])}) -> {after[c][0]:3} ({len(after[c][1])})")
    print(f"changed   {len(changed)} of {len(a)}: {', '.join(changed)}")
