import sys
from askfoi.conversation import Conversation
P2 = open('bench/nz70_messages/c2.txt').readline().strip()
conv = Conversation(); conv.start()
for s in [P2] + sys.argv[1:]:
    t = conv.reply(s)
    print(">>>", s); print("\n".join(m.text for m in t.messages)[-2500:])
print("ASIDE", conv.session.foi_aside, conv.session.step, conv.session.parts)
