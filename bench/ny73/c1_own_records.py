"""ny73 class 1: own-records clause inside a set-aside FOI question (count of messages where a set-aside
FOI question still carries the person's own records, or where an own-records clause is an FOI part)."""
import re, sys
from askfoi.framing import frame_message
MSGS = [
 "hiya, im a tenant in west belfast, my house has black mould in the bedrooms and the kids keep getting chest infections. ive reported it 4 times. i want to ask the housing executive how many mould complaints theyve had on my estate (glen road area), how much is the repairs contractor paid, what is their damp and mould policy, and all the repair records for my house",
 "i work at leeds teaching hospitals, how much the trust spent on agency nurses last year, what is the bullying and harassment policy, how many grievances were raised about my ward manager, Sharon Blake and what happened to them, and can i get my occupational health file as well",
 "how many noise complaints did the council get in 2025, and what is the noise policy, and all the letters you have sent me",
 "how much did bristol city council spend on agency staff last year, what is the overtime policy, and i need a copy of my personnel file",
 "what is sheffield council's policy on parking appeals and how many appeals were upheld in 2024, plus the emails about my own appeal",
 "how many people are on the housing waiting list in leeds and how long is the wait for a 3 bed, and all the notes on my application please",
]
OWN = re.compile(r"(?i)\b(?:my|me|i)\b")
bad = 0
for m in MSGS:
    f = frame_message(m)
    aside = list(getattr(f, "foi_aside", []) or [])
    parts = [p.text for p in f.parts]
    leak = [a for a in aside if re.search(r"(?i)\b(?:my|me)\b[^?]*\b(?:file|records?|letters?|emails?|notes)\b|\b(?:file|records?|letters?|emails?|notes)\b[^?]*\b(?:my|me)\b", a)]
    foi_own = [p for p in parts if not aside and re.search(r"(?i)\b(?:my|me)\b", p)] if not any('personal' in str(getattr(p,'kind','')) for p in f.parts) else []
    fail = bool(leak or foi_own)
    bad += fail
    print(("FAIL " if fail else "ok   ") + m[:70]); print("   parts:", parts); print("   aside:", aside)
print(f"class1 failing {bad}/{len(MSGS)}")
