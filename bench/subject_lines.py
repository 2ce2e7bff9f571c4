"""lead39: the email subject lines askfoi writes for the in-repository message sets (tests/data/informal_messages.jsonl,
first_messages.jsonl), each framed as the chatbot frames a first message and drafted as its letter: how many subject
lines name no topic (the law and a period only) and how many end cut off with "...".

    .venv/bin/python bench/subject_lines.py [--show]

--show prints every subject line (the messages are the repository's own hand-written sets, not held-out texts)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from askfoi.answers import Answers  # noqa: E402
from askfoi.framing import frame_message  # noqa: E402
from askfoi.letter import draft_letter  # noqa: E402

SETS = ("informal_messages.jsonl", "first_messages.jsonl")
_NO_TOPIC = re.compile(r"(?:[\w ]*\d{4}[\w /]*|(?:\d{1,2} )?[A-Z][a-z]{2} \d{4}.*)?")


def main(argv: list[str]) -> int:
    rows = [json.loads(line)["text"] for name in SETS
            for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    subjects = []
    for text in rows:
        framing = frame_message(text)
        parts = [p.text for p in framing.parts][:20]
        if not parts:
            continue
        body = framing.authority.name if framing.authority else "X"
        try:
            answers = Answers(parts=parts, authority=body, period=framing.period)
            subjects.append(draft_letter(answers).subject)
        except ValueError:
            subjects.append(draft_letter(Answers(parts=parts, authority=body)).subject)
    topics = [s.split(": ", 1)[1] if ": " in s else "" for s in subjects]
    no_topic = sum(1 for t in topics if _NO_TOPIC.fullmatch(t))
    cut = sum(1 for s in subjects if s.endswith("..."))
    print(f"subject lines: {len(subjects)} letters, {no_topic} name no topic, {cut} cut off with '...'")
    if "--show" in argv:
        for s in subjects:
            print("  " + s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
