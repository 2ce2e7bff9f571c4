"""nx70: on the in-repo first messages that carry a labelled body (tests/data/*.jsonl with "text" and "authority"),
the messages the body-other-nation check would raise (askfoi.nation_bodies.other_nation_body on the labelled body),
printed for reading by eye: a false alarm is one whose place is in the body's own nation or names no place."""
import glob
import json
import sys

from askfoi.nation_bodies import other_nation_body

seen = raised = 0
for path in sys.argv[1:] or sorted(glob.glob("tests/data/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not isinstance(row.get("authority"), str):
            continue
        seen += 1
        found = other_nation_body(row["authority"], row["text"])
        if found is not None:
            raised += 1
            print(path, "|", row["authority"], "->", found.right, "|", found.place, "|", row["text"][:120])
print(f"{raised} raised of {seen} messages with a labelled body")
