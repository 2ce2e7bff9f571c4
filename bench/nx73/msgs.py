import sys
from askfoi.framing import frame_message
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    f = frame_message(line)
    print("==", line[:80], f.regime if hasattr(f,'regime') else '')
    for x in f.findings:
        if x.code.startswith("commercial"): print("  ", x.variant, "|", x.message[:200], "\n   SUG", x.suggestion[:150])
