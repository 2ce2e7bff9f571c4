"""lf64: frame each message of a file (one a line) and print parts, kept/left out and finding codes.
Usage: python bench/lf64_probe.py FILE [FILE...]  (run from the checkout to measure)."""
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
        print(f"route={f.route} regime={f.regime} auth={f.authority.name if f.authority else None} period={f.period}")
        for i, p in enumerate(f.parts, 1):
            print(f"  {i}. [{p.kind}] {p.text}")
        for q in f.left_out:
            print("  LEFT OUT:", q)
        for q in f.foi_aside:
            print("  FOI ASIDE:", q)
        for q in f.questions:
            print("  ASK:", q[:200])
        for x in f.findings:
            print(f"  FINDING {getattr(x, 'code', '?')}: {getattr(x, 'message', '')[:230]}")
