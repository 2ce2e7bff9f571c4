"""lf64: how often a letter's parts speak of the body they are addressed to in the third person ("the council's
policy", "the force's unit", "Kent Police's", "has the council paid") rather than as "you"/"your".
Usage (from the checkout to measure): PYTHONPATH=. python bench/lf64_third_person.py FILE.jsonl|FILE.txt [...]
Prints per file: messages with a named body, parts, parts in the third person, parts speaking as you/your."""
import json
import re
import sys
from datetime import date

from askfoi.framing import frame_message
from askfoi.kept_questions import body_short


def names(found):
    out = {found.name, found.letter_name}
    short = body_short(found.name)
    if short:
        out.add(short)
    return sorted((n for n in out if n), key=len, reverse=True)


for path in sys.argv[1:]:
    texts = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        texts.append(json.loads(line)["text"] if path.endswith(".jsonl") else line)
    msgs = parts = third = you = 0
    for text in texts:
        f = frame_message(text, today=date(2026, 12, 5))
        if f.authority is None or not f.authority.name:
            continue
        alts = "|".join(re.escape(n) for n in names(f.authority))
        third_rx = re.compile(rf"(?i)(?:\b(?:{alts})['\u2019]s?\s)|(?:\b(?:has|does|is|was|did)\s+(?:{alts})\b)"
                              rf"|(?:\b(?:{alts})\s+(?:has|have|is|was|does|charges|pays|spends|receives|holds|uses)\b)")
        msgs += 1
        for p in f.parts:
            parts += 1
            if third_rx.search(p.text):
                third += 1
                print("  3rd:", p.text[:160])
            if re.search(r"(?i)\byour?\b", p.text):
                you += 1
    print(f"{path}: messages with a named body {msgs}, parts {parts}, third person {third}, you/your {you}")
