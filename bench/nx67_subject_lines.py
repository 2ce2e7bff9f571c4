"""nx67: the subject line of a letter drafted from each line of bench/nx67_messages/c2_parts.txt (authority|part||part).
Usage: PYTHONPATH=<checkout> python bench/nx67_subject_lines.py bench/nx67_messages/c2_parts.txt"""
import sys, json
from datetime import date
from askfoi.answers import Answers
from askfoi.letter import draft_letter, frame_topic
from askfoi.framing import frame_message
for line in open(sys.argv[1]):
    line=line.strip()
    if not line or line.startswith("#"): continue
    auth, _, parts = line.partition("|")
    parts=[p.strip() for p in parts.split("||")]
    a = Answers(authority=auth, requester_name="Jane Smith", parts=parts, period="1 January 2025 to 31 December 2025")
    L = draft_letter(a, today=date(2026,12,5))
    print(L.subject, "   <=", parts[0][:70])
