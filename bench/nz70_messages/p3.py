import sys
from askfoi.conversation import Conversation
conv = Conversation(); conv.start()
for s in sys.argv[1:]:
    t = conv.reply(s) if s != "/next" else conv.next_letter()
    print(">>>", s); print("\n".join(m.text for m in t.messages)[-1800:])
print("STEP", conv.session.step, conv.session.authority, conv.session.period, conv.session.parts)
