"""nx70 class 3b: the reference line of the subject access letter for each message of c3_sar_reference.txt."""
import re, sys
from askfoi.conversation import Conversation
ok = n = 0
for line in open(sys.argv[1]):
    if line.startswith('#') or not line.strip(): continue
    msg, body, want = [x.strip() for x in line.split(' || ')]
    conv = Conversation(); conv.start()
    conv.reply(msg)
    if not conv.session.authority: conv.reply(body)
    text = conv.letter_text() or ''
    m = re.search(r"To help you find .*", text)
    got = m.group(0) if m else '(no line) route=' + str(conv.request().route) + ' auth=' + str(conv.session.authority)
    good = want in got
    ok += good; n += 1
    print('OK ' if good else 'BAD', '|', got[:200], '|', msg[:50])
print(f"{ok}/{n}")
