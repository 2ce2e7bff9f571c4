"""ap99: how the chat decides a first message that tells of a request already made (tests/data/ap99_told_replies.jsonl,
own words, labelled before askfoi read them): the after-the-reply path (paste the reply), the waiting path (track and
chase) or a new request framed into parts; and, for a told request, whether the parts or the kept topic hold a canned
subject the person never asked for.

    .venv/bin/python bench/ap99_told_replies.py [FILE]
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path


def decide(text: str) -> tuple[str, str]:
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 12, 7))
    conv.start()
    turn = conv.reply(text)
    if "reply" in turn.actions:
        return ("waiting" if turn.track_text is not None else "after_reply"), turn.track_topic or ""
    return "new_request", " | ".join(conv.session.parts)


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "tests/data/ap99_told_replies.jsonl")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    right = 0
    for row in rows:
        got, what = decide(row["text"])
        right += got == row["label"]
        print(f"{'ok ' if got == row['label'] else 'BAD'} {row['label']:<12} {got:<12} {row['text'][:70]!r} -> {what[:90]!r}")
    print(f"{right}/{len(rows)} decided as labelled")


if __name__ == "__main__":
    main()
