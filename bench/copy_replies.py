"""Add labelled real replies from harvest files (/work/harvest/*_replies.jsonl by default) to
tests/data/replies/labelled.jsonl (labels, addresses and the short excerpts only), deduplicated by address.

Records already in the repo file are kept exactly as they are, with their frozen "split"; only replies whose
address is new are added, each with the split given by --split (see bench/eval_replies.py). Nothing is printed
but counts, so a test set can be copied in without anyone reading it.

    python bench/copy_replies.py --split fresh /work/harvest/police3_replies.jsonl ...
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "tests" / "data" / "replies" / "labelled.jsonl"
KEEP = ("url", "authority", "date", "outcome", "ncnd", "sections", "label_basis", "excerpt", "label_note", "source")
MAX_EXCERPT = 900
sys.path.insert(0, str(REPO))
from askfoi.models import Outcome  # noqa: E402

OUTCOMES = {o.value for o in Outcome}


def _same_page(url: str) -> str:
    """An address as a page: scheme, a leading www./beta./ww1./ww2., case and a trailing slash do not matter."""
    return re.sub(r"^(?:https?://)?(?:www\.|beta\.|ww[12]\.)?", "", url.strip().lower()).rstrip("/")


def _sources(paths: list[str]) -> list[Path]:
    if not paths:
        paths = ["/work/harvest"]
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.glob("*_replies.jsonl")))
        elif p.is_file():
            out.append(p)
        else:
            print(f"{p}: no such file, skipped", file=sys.stderr)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", required=True, help="split given to the added replies (tune2, fresh, ...)")
    ap.add_argument("--target", default=str(TARGET))
    ap.add_argument("sources", nargs="*", help="harvest files or folders (default /work/harvest)")
    args = ap.parse_args(argv)
    target = Path(args.target)
    existing: list[dict] = []
    if target.exists():
        existing = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {_same_page(r["url"]): r.get("split") or "unsplit" for r in existing}
    present: dict[str, int] = {}
    added: list[dict] = []
    skipped = 0
    for path in _sources(args.sources):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                print(f"{path.name}:{n}: not JSON, skipped", file=sys.stderr)
                continue
            if (not isinstance(rec, dict) or not str(rec.get("url", "")).startswith("http") or not rec.get("excerpt")
                    or rec.get("outcome") not in OUTCOMES):
                skipped += 1
                continue
            if _same_page(rec["url"]) in seen:
                where = seen[_same_page(rec["url"])]
                present[where] = present.get(where, 0) + 1
                continue
            seen[_same_page(rec["url"])] = args.split
            rec = {k: rec[k] for k in KEEP if k in rec}
            rec["excerpt"] = " ".join(str(rec["excerpt"]).split())[:MAX_EXCERPT]
            rec["split"] = args.split
            added.append(rec)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as f:
        for rec in existing + added:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(added)} replies added with split {args.split!r}; {skipped} skipped as incomplete; already present: "
          + (", ".join(f"{n} in {where}" for where, n in sorted(present.items())) or "none")
          + f"; {len(existing) + len(added)} in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
