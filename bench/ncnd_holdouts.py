"""NCND warnings of the forecast on the reviewers' holdout texts: where a warning was due, was it given, and where it
was not due, was it given anyway (issue 9, fc9).

The holdout folders are kept OUTSIDE the repository (people's words from public pages): give their paths on the
command line. Each folder holds `messages.jsonl` (id, authority, text) and the reviewers' judgements, `after.jsonl`
(else `before.jsonl`): one object per text whose `ncnd_ok` is true or false when an NCND warning was due for that text
(a police force or another law-enforcement body asked whether or how it uses a covert tactic or a surveillance
technology, about informants, named groups and the like) and null when it was not. A fault "NCND flagged without
cause" only says that askfoi flagged a text that did not need it; the label is the same (not due).

Each text goes through what `askfoi match --json TEXT --authority NAME` runs (Matcher.match on the shipped pack and
model). A text is flagged when `forecast.ncnd_likely` is true (any part's). Printed per kind of body (police, other;
the kind the matcher resolves the authority to; a text that names no authority takes the one askfoi frame found,
from the folder's out_after/ID.json, when there is one): recall on the due texts and false alarms on the others.
With --frame, the same table for what `askfoi frame` flagged when the reviewers judged it (an `ncnd-risk` finding in
out_after/ID.json, else out/ID.json), for comparison.

    .venv/bin/python bench/ncnd_holdouts.py /work/holdout5 ... /work/holdout12 [--dump out.jsonl] [--frame]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FLAG_FAULT = "NCND flagged without cause"


def _jsonl(path: Path) -> list[dict]:
    out = []
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and row.get("id"):
            out.append(row)
    return out


def _frame_output(folder: Path, rid: str) -> dict:
    for sub in ("out_after", "out"):
        p = folder / sub / f"{rid}.json"
        if p.is_file():
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
                return data if isinstance(data, dict) else {}
            except ValueError:
                return {}
    return {}


def load_folder(folder: Path) -> list[dict]:
    """The texts of one holdout folder with their label: due (ncnd_ok true or false), else not due."""
    judged = _jsonl(folder / "after.jsonl") or _jsonl(folder / "before.jsonl")
    labels = {r["id"]: r for r in judged}
    out = []
    for m in _jsonl(folder / "messages.jsonl"):
        j = labels.get(m["id"])
        if j is None or not isinstance(m.get("text"), str):
            continue
        frame = _frame_output(folder, m["id"])
        authority = m.get("authority") or ((frame.get("authority") or {}).get("name") if isinstance(frame.get("authority"), dict) else None)
        out.append({
            "id": m["id"], "holdout": folder.name, "authority": authority, "text": m["text"],
            "due": j.get("ncnd_ok") is not None,
            "judged_flag_without_cause": any(FLAG_FAULT.lower() in str(f).lower() for f in j.get("faults") or []),
            "frame_flag": any(isinstance(f, dict) and f.get("code") == "ncnd-risk" for f in frame.get("findings") or []),
        })
    return out


def forecast(rows: list[dict], matcher) -> None:
    """Adds the kind the matcher resolves, the forecast's NCND flag and each part's to every row."""
    for r in rows:
        _, atype = matcher._authority(r["authority"])
        f = matcher.match(r["text"], r["authority"]).forecast
        r["kind"] = "police" if atype == "police" else "other"
        r["flag"] = f.ncnd_likely
        r["parts"] = [{"text": p.text, "ncnd": p.ncnd_likely, "evidence": p.evidence[:2]} for p in f.parts]


def table(rows: list[dict], key: str) -> list[tuple[str, int, int, int, int]]:
    """(kind, due, flagged of due, not due, flagged of not due) for all rows, police and other."""
    out = []
    for label in ("all", "police", "other"):
        sub = [r for r in rows if label == "all" or r["kind"] == label]
        due = [r for r in sub if r["due"]]
        rest = [r for r in sub if not r["due"]]
        out.append((label, len(due), sum(bool(r[key]) for r in due), len(rest), sum(bool(r[key]) for r in rest)))
    return out


def _rate(k: int, n: int) -> str:
    return f"{k / n:.2f} ({k}/{n})" if n else "-"


def print_table(title: str, rows: list[dict], key: str) -> None:
    print(f"\n{title}")
    print("| kind | texts | NCND due | recall | not due | false alarms |")
    print("|---|---|---|---|---|---|")
    for label, n_due, hit, n_rest, fa in table(rows, key):
        print(f"| {label} | {n_due + n_rest} | {n_due} | {_rate(hit, n_due)} | {n_rest} | {_rate(fa, n_rest)} |")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="holdout folders (messages.jsonl and after.jsonl or before.jsonl)")
    ap.add_argument("--dump", help="write each text's label, flag and parts (no text) to this JSON lines file")
    ap.add_argument("--frame", action="store_true", help="also score what askfoi frame flagged when it was judged")
    args = ap.parse_args(argv)
    rows: list[dict] = []
    for raw in args.folders:
        folder = Path(raw)
        if not (folder / "messages.jsonl").is_file():
            print(f"ncnd_holdouts: {folder}: no messages.jsonl", file=sys.stderr)
            return 2
        rows.extend(load_folder(folder))
    if not rows:
        print("ncnd_holdouts: no judged texts found", file=sys.stderr)
        return 2
    from askfoi.matching import get_matcher

    forecast(rows, get_matcher())
    print(f"{len(rows)} judged texts from {len(args.folders)} folders")
    print_table("the forecast's NCND warning (forecast.ncnd_likely)", rows, "flag")
    if args.frame:
        print_table("askfoi frame's ncnd-risk finding, as judged (out_after/, else out/)", rows, "frame_flag")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({k: r[k] for k in ("id", "authority", "kind", "due", "flag", "frame_flag", "parts")},
                                    ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
