import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from msgs import CLASS1
from askfoi.framing import frame_message
ok = 0
for text, want in CLASS1:
    f = frame_message(text)
    got = f.authority.name if f.authority else None
    baked = [p.text for p in f.parts if got and got.lower() in p.text.lower()]
    good = (got == want) or (want and got and want.split()[0].lower() in got.lower())
    ok += bool(good) and not baked
    print("OK " if good and not baked else "BAD", repr(got), "want", want, "| baked:", baked)
    for p in f.parts: print("     -", p.text)
print(f"class1: {ok}/{len(CLASS1)}")
