"""fc55: the NCND warning on full request texts, not titles (issue 9.3/9.5 smoke test).

bench/data/fc55_requests.jsonl holds 22 request texts written for this test (police and council, on tuning topics,
each labelled NCND or not BEFORE it was first run). Each goes through `Matcher.match` (the path of `askfoi match
--json` and the chat) twice: with the body given (--authority) and without (the body only named in the text, as a
person types it). Printed: each text's warning and its parts, and the count warned among the NCND and other texts.

    .venv/bin/python bench/fc55_smoke.py [--quiet]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DATA = REPO / "bench" / "data" / "fc55_requests.jsonl"


def main(argv: list[str]) -> int:
    from askfoi.matching import get_matcher

    quiet = "--quiet" in argv
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    matcher = get_matcher()
    for given in (True, False):
        hit = {True: [0, 0], False: [0, 0]}
        for it in items:
            f = matcher.match(it["text"], it["authority"] if given else None).forecast
            hit[it["ncnd"]][0] += f.ncnd_likely
            hit[it["ncnd"]][1] += 1
            if not quiet:
                mark = "ok  " if f.ncnd_likely == it["ncnd"] else "MISS" if it["ncnd"] else "FA  "
                print(f"{mark} #{it['id']:<2} warned={f.ncnd_likely!s:5} label={it['ncnd']!s:5} {it['text'][:70]}")
                for p in f.parts:
                    print(f"        {'!' if p.ncnd_likely else '-'} {p.text[:100]}")
        print(f"{'with --authority' if given else 'body in the text only'}: NCND texts warned {hit[True][0]}/{hit[True][1]}, "
              f"other texts warned {hit[False][0]}/{hit[False][1]}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
