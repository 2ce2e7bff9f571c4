import sys
from askfoi.framing import frame_message
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    f = frame_message(line)
    print("==", line[:80]); print("  route", f.route, getattr(f,'regime',None), f.authority.name if f.authority else None)
    for p in f.parts: print("  PART", p.kind, "|", p.subject, "|", p.qualifiers, "|", p.text)
    for x in f.findings: print("  FIND", x.code, x.part, "|", x.evidence)
