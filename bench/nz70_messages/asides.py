import sys
from askfoi.framing import frame_message
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    f = frame_message(line)
    print(getattr(f,'route',None), [p.text for p in f.parts][:3], "ASIDE", f.foi_aside)
