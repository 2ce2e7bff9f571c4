"""nx67: frame each message of a file (one a line) and print parts, findings and each finding's one-key fix (rewrite).
Usage: PYTHONPATH=. python bench/nx67_probe.py FILE [FILE...]  (run from the checkout to be measured)."""
import sys
from datetime import date

from askfoi.framing import frame_message

for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = frame_message(line, today=date(2026, 12, 5))
        print("=" * 70)
        print("MSG:", line)
        print(f"route={f.route} regime={f.regime} auth={f.authority.name if f.authority else None}")
        for i, p in enumerate(f.parts, 1):
            print(f"  {i}. [{p.kind}] {p.text}")
        for o in f.other_bodies:
            print(f"  OTHER BODY: {o.authority}: {o.questions}")
        for x in f.findings:
            print(f"  FINDING {x.code} ({x.variant}) part={x.part}: {x.evidence[:60]}")
            if x.rewrite:
                print("    FIX ->", x.rewrite.replace("\n", " | "))
