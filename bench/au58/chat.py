# drive the chat core as a person would: each answer after reading the last turn; prints every bot message
import sys
from datetime import date
from askfoi.conversation import Conversation
conv = Conversation()
try:
    conv.today = lambda: date(2026, 12, 5)
except Exception:
    pass
for answer in sys.argv[1:]:
    print(f"\n>>> {answer}")
    for m in conv.reply(answer).messages:
        print(f"[{getattr(m,'kind','')}] {m.text}")
print("\n=== SESSION authority:", conv.session.authority, "| parts:", conv.session.parts)
