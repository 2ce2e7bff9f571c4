"""Copy the harvesters' record files into knowledge/sources/harvest_<name>.jsonl (run by `make harvest`).

Each harvest file (/work/harvest/<name>_records.jsonl, layout in its FORMAT.md) holds facts in the
harvester's own words with the page address they came from. Only what the format defines is kept (an
invented field is dropped), and a record without a real web address (http or https), a known outcome or an authority
is left out, with a count. The copy is sorted by address so re-running on the same input changes nothing.
`make knowledge` then turns each source file into knowledge/responses/<same name>.jsonl with the importer.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("authority", "authority_type", "title", "reference", "asked", "date", "outcome_class", "ncnd",
          "sections", "parts", "topics", "url", "source_type", "note")
PART_FIELDS = ("asked", "outcome", "ncnd", "sections")
OUTCOMES = {"disclosed", "part_disclosed", "not_held", "refused", "ncnd", "cost_limit", "vexatious",
            "published", "pending", "withdrawn"}
HTTPS = re.compile(r"^https?://[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]\S*)?$", re.I)


def clean(item: object) -> tuple[dict | None, str]:
    """The record with only the format's fields, or None and why it was left out."""
    if not isinstance(item, dict):
        return None, "not an object"
    url = item.get("url")
    if not isinstance(url, str) or not HTTPS.match(url.strip()):
        return None, "no web address"
    if item.get("outcome_class") not in OUTCOMES:
        return None, "no known outcome"
    if not isinstance(item.get("authority"), str) or not item["authority"].strip():
        return None, "no authority"
    if not isinstance(item.get("title"), str) or not item["title"].strip():
        return None, "no title"
    out = {k: item[k] for k in FIELDS if k in item}
    out["url"] = url.strip()
    for key in ("asked", "note", "title"):
        if isinstance(out.get(key), str):
            out[key] = " ".join(out[key].split())  # one line
    parts = out.get("parts")
    if isinstance(parts, list):
        out["parts"] = [
            {k: p[k] for k in PART_FIELDS if k in p}
            for p in parts
            if isinstance(p, dict) and p.get("outcome") in OUTCOMES and isinstance(p.get("asked"), str)
        ]
    return out, ""


def copy(src: Path, dest: Path) -> Counter:
    counts: Counter = Counter()
    kept: dict[str, dict] = {}
    for line in src.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            counts["left out: not JSON"] += 1
            continue
        rec, why = clean(item)
        if rec is None:
            counts[f"left out: {why}"] += 1
            continue
        key = rec["url"].split("#")[0].rstrip("/").lower()
        if key in kept:
            counts["left out: same address twice"] += 1
            continue
        kept[key] = rec
        counts["kept"] += 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("".join(json.dumps(kept[k], ensure_ascii=False) + "\n" for k in sorted(kept)), encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", default="/work/harvest", help="folder of <name>_records.jsonl files")
    ap.add_argument("--into", default=str(Path(__file__).resolve().parent.parent / "knowledge" / "sources"))
    args = ap.parse_args(argv)
    files = sorted(Path(args.src).glob("*_records.jsonl"))
    if not files:
        print(f"no *_records.jsonl in {args.src}", file=sys.stderr)
        return 2
    for f in files:
        name = f.name[: -len("_records.jsonl")]
        counts = copy(f, Path(args.into) / f"harvest_{name}.jsonl")
        print(f"{f.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
