"""nx70 class 2: what is typed at the check step (bench/nx70_messages/c2_check_step.txt). Each first message is
answered "ok" (or "leeds city council" when no body is proposed) until the check step, then the typed answer is sent.
A miss: the answer got only the "type a number" line (prompts/bot/review_unclear.j2). Printed for reading by eye."""
import sys

from askfoi.conversation import Conversation, Step

ok = n = 0
for line in open(sys.argv[1]):
    if line.startswith('#') or not line.strip():
        continue
    first, typed, want = [x.strip() for x in line.split(' || ')]
    conv = Conversation()
    conv.start()
    conv.reply(first)
    for _ in range(6):
        if conv.session.step == Step.review:
            break
        conv.reply("ok" if conv.session.authority else "leeds city council")
    if conv.session.step != Step.review:
        print('SKIP (no check step)', first[:60]); continue
    said = "\n".join(m.text for m in conv.reply(typed).messages)
    good = not said.startswith(("Type a number from", "Type 1 to", "There is nothing here"))
    ok += good; n += 1
    print('OK ' if good else 'BAD', '|', typed, '|', said.replace("\n", " ")[:150])
print(f"{ok}/{n}")
