import sys
from askfoi.framing import frame_message
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    f = frame_message(line)
    print("AUTH", f.authority and (f.authority.name, f.authority.from_text), "NAMED", f.body_named, "Q", (f.body_question or '')[:80], "CHOICES", f.body_choices[:3])
    print("   ", [(x.code, x.message[:150]) for x in f.findings if x.code in ('unknown-authority','third-party-personal-data','senior-pay','not-covered-by-foi')])
