import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from msgs import CLASS3
try:
    from askfoi.body_names import tidy_body_name
except ImportError:
    tidy_body_name = lambda s: s
ok = 0
for typed, want in CLASS3:
    got = tidy_body_name(typed); ok += got == want
    print("OK " if got == want else "BAD", repr(typed), "->", repr(got))
print(f"class3 (tidy function): {ok}/{len(CLASS3)}")
