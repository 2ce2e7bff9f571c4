"""Who "they", "it", "them", "their" mean in the parts (fr14a, issue 8): askfoi/pronoun_roles.py measured.

Frames each message of the files given (default: tests/data/pronoun_messages.jsonl, first_messages.jsonl,
informal_messages.jsonl) and prints per file and split:

- messages, parts, messages with no part and nothing asked back (zero), with no part at all (no parts);
- pronoun parts: parts still holding "they/them/their/it/its" (or "there" typed for "their") the part itself does
  not give a meaning to (askfoi.part_references.references), and of those, how many no story-reference finding asks;
- for pronoun_messages.jsonl: messages whose expected words are all in the parts ("contains") and whose wrong
  readings are in none ("absent").

--root DIR runs the code of another checkout (for a before/after); --dump FILE writes every message's parts (json).
Usage: python bench/pronoun_audit.py [--root DIR] [--dump FILE] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 1)
DEFAULT = ["tests/data/pronoun_messages.jsonl", "tests/data/first_messages.jsonl", "tests/data/informal_messages.jsonl"]
_PRONOUNS = {"they", "them", "their", "it", "its", "there"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--root", default=str(ROOT))
    ap.add_argument("--dump")
    a = ap.parse_args(argv)
    sys.path.insert(0, a.root)
    from askfoi.framing import frame_message
    from askfoi.part_references import references

    dump = []
    for name in a.files or DEFAULT:
        path = Path(name) if Path(name).is_absolute() else ROOT / name
        counts: dict[str, Counter] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            c = counts.setdefault(d.get("split", "all"), Counter())
            f = frame_message(d["text"], today=TODAY)
            parts = [p.text for p in f.parts if p.text]
            asked = {(getattr(x, "evidence", "") or "").lower() for x in f.findings
                     if getattr(x, "code", "") == "story-reference"}
            c["messages"] += 1
            c["parts"] += len(parts)
            c["no parts"] += not parts
            c["zero"] += not parts and not f.questions
            for text in parts:
                refs = [r for r in references(text) if r.words.lower() in _PRONOUNS]
                if refs:
                    c["pronoun parts"] += 1
                    c["pronoun parts, not asked"] += not any(r.words.lower() in asked for r in refs)
            if "contains" in d:
                low = " ".join(parts).lower()
                c["expected words all in parts"] += all(w.lower() in low for w in d["contains"])
                c["wrong reading in a part"] += any(w.lower() in low for w in d.get("absent", []))
            dump.append({"file": path.name, "id": d.get("id"), "text": d["text"], "parts": parts,
                         "questions": list(f.questions), "findings": [getattr(x, "code", "") for x in f.findings]})
        for split, c in sorted(counts.items()):
            print(f"{path.name} [{split}]: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    if a.dump:
        Path(a.dump).write_text(json.dumps(dump, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
