"""The reply reader on the class issue 10 names (rd32): replies that gave nothing against replies that gave something.

    .venv/bin/python bench/eval_reply_classes.py [--misses] [--json OUT]

Over the labelled replies (tests/data/replies/labelled.jsonl), outcome accuracy (right = the label's outcome and not
unclear, as bench/eval_replies.py) on two subsets: gave nothing (label refused, not_held, cost_limit, ncnd) and gave
something (label disclosed, part_disclosed); each for the tuned splits and the judged splits, and the number of
"gave nothing" replies read as partly or wholly given with confidence (the class's miss). Leave-one-source-out: the
replies are grouped by source (the address's host) and a change is summarised by how many sources it moved up and
down on each subset (a rule change is not fitted, so the per-source count is what says whether it carries across
sources rather than a few pages). `--json OUT` writes every reading (id, split, source, label, read, unclear) so
two checkouts can be compared source by source (`--compare A.json B.json`).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LABELLED = REPO / "tests" / "data" / "replies" / "labelled.jsonl"
NOTHING = {"refused", "not_held", "cost_limit", "ncnd"}
GIVEN = {"disclosed", "part_disclosed"}
JUDGED = ("report", "fresh7", "fresh8")


def source(url: str) -> str:
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host or "?"


def group(label: str) -> str | None:
    return "nothing" if label in NOTHING else "given" if label in GIVEN else None


def read_all() -> list[dict]:
    from askfoi.reader import read_reply

    rows = []
    for i, line in enumerate(LABELLED.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        r = json.loads(line)
        got = read_reply(r["excerpt"])
        rows.append({"i": i, "split": r.get("split", "unsplit"), "src": source(r.get("url") or ""), "url": r.get("url"),
                     "label": r["outcome"], "read": got.outcome.value, "unclear": bool(got.unclear)})
    return rows


def summary(rows: list[dict]) -> dict:
    out = {}
    for kind in ("tuned", "judged"):
        for g in ("nothing", "given"):
            sel = [r for r in rows if group(r["label"]) == g and (r["split"] in JUDGED) == (kind == "judged")]
            right = sum(r["read"] == r["label"] and not r["unclear"] for r in sel)
            miss = sum((not r["unclear"]) and r["read"] in GIVEN for r in sel) if g == "nothing" else \
                sum((not r["unclear"]) and r["read"] in NOTHING for r in sel)
            out[f"{kind}/{g}"] = (right, len(sel), miss)
    return out


def compare(a: list[dict], b: list[dict]) -> None:
    by = {r["i"]: r for r in b}
    for g in ("nothing", "given"):
        per = defaultdict(lambda: [0, 0])
        for r in a:
            if group(r["label"]) != g:
                continue
            s = by[r["i"]]
            per[r["src"]][0] += r["read"] == r["label"] and not r["unclear"]
            per[r["src"]][1] += s["read"] == s["label"] and not s["unclear"]
        up = sum(1 for x, y in per.values() if y > x)
        down = sum(1 for x, y in per.values() if y < x)
        print(f"{g}: sources {len(per)}, better on {up}, worse on {down}; "
              f"right {sum(x for x, _ in per.values())} -> {sum(y for _, y in per.values())}")
    moved = [(r, by[r["i"]]) for r in a if (r["read"], r["unclear"]) != (by[r["i"]]["read"], by[r["i"]]["unclear"])]
    for r, s in moved:
        mark = "+" if s["read"] == s["label"] and not s["unclear"] else "-" if r["read"] == r["label"] and not r["unclear"] else "~"
        print(f" {mark} [{r['split']}] {r['src']} label={r['label']} {r['read']}{'?' if r['unclear'] else ''} -> "
              f"{s['read']}{'?' if s['unclear'] else ''}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        a, b = (json.loads(Path(p).read_text()) for p in argv[1:3])
        compare(a, b)
        return 0
    rows = read_all()
    for key, (right, n, miss) in summary(rows).items():
        what = "read as given" if key.endswith("nothing") else "read as nothing given"
        print(f"{key:16} right {right}/{n} = {right / max(n, 1):.3f}   confidently {what}: {miss}")
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(rows))
    if "--misses" in argv:
        for r in rows:
            if group(r["label"]) == "nothing" and r["split"] not in JUDGED and not r["unclear"] and r["read"] in GIVEN:
                print(f"  miss [{r['split']}] line {r['i']} {r['src']} {r['label']} -> {r['read']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
