"""cl53 (nc51 #9): how often the poor-service line (askfoi/service_complaints.py) fires on first messages, by split.

Usage: PYTHONPATH=. .venv/bin/python bench/cl53_service_complaints.py FILE.jsonl... [--split tune|report] [--show]
Each line's "text" (or "message") is read with its "authority" (a name, or {"name": ...}); lines with neither text field
are skipped. Prints the count of messages read and of messages the line fires on; --show prints each hit's id and the
words quoted (never the message), for reading by eye."""

from __future__ import annotations

import json
import sys

from askfoi.service_complaints import service_complaint


def main(argv: list[str]) -> int:
    show = "--show" in argv
    split = argv[argv.index("--split") + 1] if "--split" in argv else None
    files = [a for a in argv if a.endswith(".jsonl")]
    read = hits = 0
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                text = rec.get("text") or rec.get("message")
                if not isinstance(text, str) or (split and rec.get("split") != split):
                    continue
                body = rec.get("authority")
                body = body.get("name") if isinstance(body, dict) else body if isinstance(body, str) else None
                read += 1
                found = service_complaint(text, body)
                if found:
                    hits += 1
                    if show:
                        print(f"{path.rsplit('/', 1)[-1]} {rec.get('id')}: \"{found['said']}\" ({found['nation']})")
    print(f"messages read: {read}; poor-service line: {hits}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
