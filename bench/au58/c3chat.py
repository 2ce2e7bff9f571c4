# class 3 end to end: the organisation typed at the chat's organisation step, then the salutation and file name
import sys, re; sys.path.insert(0, __import__("os").path.dirname(__file__))
from datetime import date
from msgs import CLASS3
from askfoi.conversation import Conversation
ok = 0
for typed, want in CLASS3:
    conv = Conversation()
    conv.reply("how many complaints about damp and mould were made to my landlord in 2024")
    if conv.session.authority is None:
        pass
    conv.reply(typed)
    got = conv.session.authority
    l = conv.letter()
    dear = next((ln for ln in (l.body.splitlines() if l else []) if ln.startswith("Dear")), "")
    good = (got == want or (want in (got or "") and got.istitle())) and (want in dear or "Sir or Madam" in dear)
    ok += good
    print("OK " if good else "BAD", repr(typed), "->", repr(got), "|", dear)
print(f"class3 (chat): {ok}/{len(CLASS3)}")
