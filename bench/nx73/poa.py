import sys, re
from askfoi.conversation import Conversation
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    c=Conversation(); c.start()
    said="\n".join(m.text for m in c.reply(line).messages)
    print("==", line[:70]); 
    for l in said.splitlines():
        if re.search(r"(?i)attorney|deputy|capacity", l): print("  ", l[:600])
