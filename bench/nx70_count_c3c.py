"""nx70 class 3c: the subject line of a letter whose first part is each line of c3_subject_lines.txt; a miss when the
topic names only people (topic_phrases people_heads words) - printed for reading by eye too."""
import sys, datetime, re
from askfoi.answers import Answers
from askfoi.letter import draft_letter
PEOPLE = {"kids","kid","children","pupils","residents","patients","tenants","people"}
ok = n = 0
for line in open(sys.argv[1]):
    if line.startswith('#') or not line.strip(): continue
    l = draft_letter(Answers(authority="Cardiff Council", parts=[line.strip()], period="2024/25 to 2025/26"),
                     today=datetime.date(2026, 12, 6))
    topic = l.subject.split(": ", 1)[1].split(",")[0].lower()
    good = not (set(re.findall(r"[a-z]+", topic)) <= PEOPLE)
    ok += good; n += 1
    print('OK ' if good else 'BAD', l.subject)
print(f"{ok}/{n}")
