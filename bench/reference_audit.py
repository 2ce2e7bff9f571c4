"""What the parts of real letters point at outside themselves (fr13a, issue 8): askfoi/part_references.py measured.

Runs `framing.frame_message` over the real texts that may be tuned on (holdouts 5-14, tests/data/
informal_messages.jsonl, /work/units_extra*/messages.jsonl; texts kept outside the repository are read where they
are) and prints, per 100 parts:

- left: references (askfoi.part_references.references: a pronoun, "there", "that road", "how many were ...") still in
  a part with no story-reference finding asking for them;
- resolved: references written out from the message (askfoi.part_references.resolve_part_references);
- findings: story-reference findings raised.

--before measures the framing with fr13a's step switched off (no resolution, none of its findings; the same code
otherwise); --out FILE writes
each resolution with its part and the message before it (jsonl, for judging by eye; keep it outside the
repository: the texts are not ours to publish). Usage: python bench/reference_audit.py [--before] [--out FILE]
[--workers N] [--only SUBSTRING].
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 12, 1)


def sources() -> list[Path]:
    out = [Path(f"/work/holdout{i}/messages.jsonl") for i in range(5, 15)]
    out.append(ROOT / "tests" / "data" / "informal_messages.jsonl")
    out += sorted(Path("/work").glob("units_extra*/messages.jsonl"))
    return [p for p in out if p.is_file()]


def _switch_off() -> None:
    from askfoi import framing

    framing.resolve_part_references = lambda framing_, message: []
    framing._references_after_gate = lambda framing_, message: None  # nor the findings fr13a added


def audit_one(args: tuple[str, str, bool]) -> dict:
    rid, text, before = args
    if before:
        _switch_off()
    from askfoi.framing import frame_message
    from askfoi.part_references import references

    try:
        framing = frame_message(text, today=TODAY)
    except Exception as exc:  # a crash is counted, never hidden
        return {"id": rid, "error": repr(exc)[:200], "parts": 0, "left": [], "resolved": [], "findings": 0}
    evidence = [(getattr(f, "evidence", "") or "").lower() for f in framing.findings
                if getattr(f, "code", "") == "story-reference"]
    left = []
    for part in framing.parts:
        if part.warning or part.kind == "personal_data":
            continue
        asked = any(e and e in part.text.lower() for e in evidence)
        for ref in references(part.text):
            if not asked:
                left.append({"part": part.text, "words": ref.words, "kind": ref.kind})
    resolved = [{"before": before_text, "after": r.text, "reference": r.reference, "phrase": r.phrase}
                for before_text, done in framing.references for r in done.resolved]
    return {"id": rid, "parts": len(framing.parts), "left": left, "resolved": resolved, "findings": len(evidence),
            "text": text}


def load() -> list[tuple[str, str]]:
    recs = []
    for path in sources():
        for k, line in enumerate(path.open(encoding="utf-8")):
            if line.strip():
                rec = json.loads(line)
                recs.append((f"{path.parent.name}:{rec.get('id', k)}", rec.get("text") or ""))
    return recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", default="")
    a = ap.parse_args(argv)
    recs = [r for r in load() if a.only in r[0]]
    if not recs:
        print("reference audit: no texts found (holdouts not on this machine)")
        return 0
    with ProcessPoolExecutor(a.workers) as ex:
        rows = list(ex.map(audit_one, [(rid, text, a.before) for rid, text in recs], chunksize=4))
    parts = sum(r["parts"] for r in rows) or 1
    left = sum(len(r["left"]) for r in rows)
    resolved = sum(len(r["resolved"]) for r in rows)
    findings = sum(r["findings"] for r in rows)
    errors = sum(1 for r in rows if r.get("error"))
    per = lambda n: f"{100 * n / parts:.1f}"  # noqa: E731
    print(f"References to the story in parts ({'resolution off' if a.before else 'as shipped'}; {len(rows)} real texts, "
          f"{parts} parts; per 100 parts)")
    print(f"  {'left, no finding':<22}{per(left):>6}  ({left})")
    print(f"  {'resolved':<22}{per(resolved):>6}  ({resolved})")
    print(f"  {'findings raised':<22}{per(findings):>6}  ({findings})")
    if errors:
        print(f"  errors: {errors}")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for r in rows:
                for x in r["resolved"]:
                    fh.write(json.dumps({"id": r["id"], **x, "message": r.get("text", "")[:3000]}) + "\n")
                for x in r["left"]:
                    fh.write(json.dumps({"id": r["id"], "left": True, **x}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
