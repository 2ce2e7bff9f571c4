import sys
from askfoi.conversation import Conversation
conv = Conversation(); conv.start()
for s in sys.argv[1:]:
    t = conv.reply(s)
    print(">>>", s); print("\n".join(m.text for m in t.messages)[-3000:])
print("STEP", conv.session.step, conv.session.parts)
