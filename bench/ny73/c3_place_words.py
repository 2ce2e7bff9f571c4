"""ny73 class 3 (#5): the law chosen from what is asked, never a place word: the environmental evidence of each message
(first subject the check names) and whether every part about the farms/site is environmental."""
from askfoi.checks import check_request, environmental_matches
MSGS = [
 ("The sea lice counts at the Loch Spelve and Loch Buie farms.", True),
 ("The chemical treatments used at the Loch Spelve fish farm in 2025.", True),
 ("how many staff work at the Loch Lomond visitor centre", False),
 ("the salaries of the rangers at Loch Lomond national park", False),
 ("any records of sewage discharges into Loch Fyne since 2023", True),
 ("what medicines do they use at the salmon farm in loch linnhe", True),
 ("the number of school trips to the River Wye centre in 2024", False),
]
good = 0
for text, env in MSGS:
    ms = [m.group(0) for m in environmental_matches(text)]
    said = bool(ms)
    ok = said == env
    good += ok
    print("ok  " if ok else "BAD ", ms, text)
print(f"class3 right {good}/{len(MSGS)}")
