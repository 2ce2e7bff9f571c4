"""ck26: does `askfoi frame` and the chat's resolved request (askfoi.request) read the same law for a first message?
Frames every message of the corpora below, resolves the request the chat would build from that framing, and prints
each message where the two laws differ, then the count.

    .venv/bin/python bench/law_agreement.py
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from askfoi.framing import frame_message
from askfoi.request import resolve_request

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPORA = ["first_messages", "env17_messages", "informal_messages", "org17_messages", "count_messages"]


def main() -> int:
    today = date(2026, 12, 2)
    texts = [json.loads(line)["text"] for name in CORPORA
             for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    differ = 0
    for text in texts:
        framed = frame_message(text, today=today)
        if not framed.parts or framed.regime == "DPA-Part3":
            continue
        resolved = resolve_request(text, framed.authority.name if framed.authority else None, framed.period,
                                   [p.text for p in framed.parts], framed.parts, today=today)
        if resolved.law != framed.regime:
            differ += 1
            print(f"frame {framed.regime:6} chat {resolved.law:6} | {' '.join(text.split())[:120]}")
    print(f"{differ} of {len(texts)} messages read under another law by the chat than by frame")
    return 0


if __name__ == "__main__":
    sys.exit(main())
