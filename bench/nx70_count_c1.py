"""nx70: class 1 count: each message of bench/nx70_messages/c1_nation.txt framed (`frame`), the body the
body-other-nation finding offers compared with the label (=> BODY, or => - for none)."""
import sys
from askfoi.framing import frame_message
from askfoi.authorities import resolve_authority
ok = n = 0
for line in open(sys.argv[1]):
    if line.startswith('#') or not line.strip(): continue
    msg, exp = line.rstrip('\n').split(' || ')
    exp = exp.replace('=>', '').strip()
    fr = frame_message(msg)
    got = next((f.body for f in fr.findings if f.code == 'body-other-nation'), None) if hasattr(fr, 'findings') else None
    want = None if exp == '-' else resolve_authority(exp).name
    good = (got == want)
    ok += good; n += 1
    print('OK ' if good else 'BAD', got, '| want', want, '|', msg[:70])
print(f"{ok}/{n}")
