import sys
from askfoi.conversation import Conversation
P1 = ("right so since i had a row with my neighbour last spring theres been a drone flying over our street in salford most evenings, "
      "im sure its the police. i want to ask greater manchester police how many drones they have and how often they flew them over my area "
      "(little hulton / walkden), do they use drones or anpr cameras to watch particular people, what did the whole drone thing cost, "
      "and also anything you have on me. my name is gary doyle")
conv = Conversation(); conv.start()
for s in [P1, "no", "ok", "add any drone footage or anpr records of me or my car since april last year", "ok", "ok", "1", "g@example.com"]:
    t = conv.reply(s)
    print(">>>", s); print("\n".join(m.text for m in t.messages)[-1500:])
print("ASIDE", conv.session.foi_aside, conv.session.step)
t = conv.next_letter()
print("\n".join(m.text for m in t.messages))
print("AUTH", conv.session.authority, conv.session.step, conv.session.parts, getattr(conv.session,'route',None))
