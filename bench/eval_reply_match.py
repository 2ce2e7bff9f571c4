"""ui51 (nc50 #12): how often askfoi.reply_match says a reply does not answer a request, on real (request, reply)
pairs kept outside the repo (/work/heldout/rdNN/fresh.jsonl: each record's own request and reply): on the true
pairs every flag is a false alarm; on shifted pairs (each reply beside the next record's request) a "parts" or
"extra" flag is a catch. Counts only; the texts stay where they are.

  PYTHONPATH=. .venv/bin/python bench/eval_reply_match.py /work/heldout/rd42/fresh.jsonl ... [--show]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from askfoi.reply_match import request_mismatch

    show = "--show" in argv
    files = [a for a in argv if not a.startswith("--")]
    pairs = []
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("request") and r.get("reply"):
                    pairs.append(r)
    true_flags = shifted_flags = 0
    for i, r in enumerate(pairs):
        m = request_mismatch(r["reply"], request=r["request"])
        if m is not None:
            true_flags += 1
            if show:
                print("FALSE ALARM", r["id"], m.kind, m.asked[:2])
        other = pairs[(i + 1) % len(pairs)]
        if request_mismatch(r["reply"], request=other["request"]) is not None:
            shifted_flags += 1
    n = len(pairs) or 1
    print(f"pairs {len(pairs)}: true pairs flagged {true_flags} ({true_flags / n:.0%}, false alarms); "
          f"shifted pairs flagged {shifted_flags} ({shifted_flags / n:.0%}, caught)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
