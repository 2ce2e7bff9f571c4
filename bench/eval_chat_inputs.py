"""What people type into the chatbot that is not a request (tr5, docs/notes/tr5.md), measured on the repo's data:

- a reply the person got, pasted (askfoi.pasted_reply.reads_as_reply): first messages read as replies (false
  alarms), and labelled reply excerpts read as replies, by the labelled set's own split;
- the writer's own name, email and format (askfoi.own_details.take_details): first messages whose request text
  changed.

    .venv/bin/python bench/eval_chat_inputs.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from askfoi.own_details import take_details
from askfoi.pasted_reply import reads_as_reply

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    messages = [json.loads(line)["text"] for name in ("first_messages.jsonl", "informal_messages.jsonl")
                for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    replies = [json.loads(line) for line in (DATA / "replies" / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    false_alarms = [m for m in messages if reads_as_reply(m)]
    print(f"first messages read as replies: {len(false_alarms)} of {len(messages)}")
    by_split: dict[str, list[bool]] = collections.defaultdict(list)
    for r in replies:
        by_split[r.get("split") or "?"].append(reads_as_reply(r["excerpt"]))
    for split, found in by_split.items():
        print(f"reply excerpts read as replies, split {split}: {sum(found)} of {len(found)} ({sum(found) / len(found):.3f})")
    changed = [m for m in messages if " ".join(take_details(m).rest.split()) != " ".join(m.split())]
    print(f"first messages whose request text lost own details: {len(changed)} of {len(messages)}")
    for m in changed:
        print("   ", m[:100].replace("\n", " "))


if __name__ == "__main__":
    main()
