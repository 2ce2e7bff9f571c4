import sys
from askfoi.framing import frame_message
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    f = frame_message(line)
    print("ROUTE", f.route, "PARTS", [p.text for p in f.parts]); print("  ASIDE", f.foi_aside, "OTHERS", f.others_records, "UNFRAMED", f.unframed, "FIND", [(x.code, getattr(x,'evidence',None)) for x in f.findings])
