"""Which findings framing raises on real texts, and where each one is about (ck12, issue 8).

Runs `framing.frame_message` over real first messages and request letters (holdouts 5-11, the informal corpus
tests/data/informal_messages.jsonl, and the texts of /work/units_extra*/messages.jsonl where they exist) and over
the held-out texts (holdouts 12 and 13: totals only, never a text or a finding). For every finding it records its
code, its kind (personal data, opinion, NCND, EIR, cost, vagueness, story reference, period, other) and where its
evidence stands in the framing:

- part: the evidence is inside a part of the letter (its source sentence or its text);
- remark: inside a sentence set aside as story or a remark (never a part);
- message: somewhere else in the message (a salutation, a heading, the preamble);
- request: a finding about the whole request (a count of parts, no period, the body).

A finding that is about one sentence and stands only in a remark or in the message is decided from words the
letter does not ask: the first thing to look at when judging whether it is due.

Prints the totals per 100 parts by kind (tuning texts and the held-out half side by side) and, with --out FILE,
writes every tuning finding (id, code, kind, where, evidence, the part or sentence it is about) as JSON lines, with
--sample N a random sample of N of them (seed 12) for judging by eye. Nothing is written inside the repository.

Usage: python bench/findings_audit.py [--workers N] [--out FILE] [--sample N] [--sample-out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUNE = [Path(f"/work/holdout{i}/messages.jsonl") for i in range(5, 12)] + [
    ROOT / "tests" / "data" / "informal_messages.jsonl"] + [
    Path(f"/work/units_extra{s}/messages.jsonl") for s in ("", "2", "3")]
HELD = [Path(f"/work/holdout{i}/messages.jsonl") for i in (12, 13)]
TODAY = date(2026, 12, 1)

KINDS = {
    "third-party-personal-data": "personal data", "own-personal-data": "personal data",
    "their-own-data": "personal data", "deceased-records": "personal data", "personal-details": "personal data",
    "planning-representations": "personal data",
    "not-recorded-information": "opinion",
    "ncnd-risk": "NCND", "ncnd-unframed": "NCND",
    "environmental-information": "EIR",
    "cost-limit-risk": "cost", "too-many-questions": "cost",
    "vague-scope": "vagueness", "too-vague": "vagueness",
    "story-reference": "story reference",
    "no-time-period": "period", "conflicting-periods": "period",
    # ck15
    "story-personal-details": "personal data", "legal-question": "opinion", "future-year": "period",
    "periods-apart": "period", "no-authority": "body",
}
ORDER = ["personal data", "opinion", "NCND", "EIR", "cost", "vagueness", "story reference", "period", "body", "other"]
# about the whole request, not one sentence of it
WHOLE = {"too-many-questions", "no-time-period", "conflicting-periods", "scottish-authority", "county-not-district",
         "district-not-county", "not-covered-by-foi", "unknown-authority",
         # ck15: the body not named, periods years apart; what the message told about the writer (a note that it is
         # left out of the letter, so never on a part)
         "no-authority", "periods-apart", "story-personal-details"}


def kind_of(code: str) -> str:
    return KINDS.get(code, "other")


def _norm(text: str) -> str:
    return re.sub(r"[^\w£$%]+", " ", (text or "").lower()).strip()


def _contains(haystack: str, needle: str) -> bool:
    n = _norm(needle).rstrip("\u2026 ")
    return bool(n) and n[:80] in _norm(haystack)


def where(finding, framing, text: str) -> tuple[str, str]:
    """(where the finding's evidence stands, the part or sentence it is about)."""
    code = getattr(finding, "code", "")
    evidence = (getattr(finding, "evidence", "") or "").rstrip("\u2026")
    if code in WHOLE:
        return "request", ""
    for k, part in enumerate(framing.parts, 1):
        if _contains(part.source or "", evidence) or _contains(part.text or "", evidence):
            return f"part {k}", (part.source or part.text or "")[:300]
    for remark in list(framing.remarks) + list(framing.unframed):
        if _contains(remark, evidence):
            return "remark", remark[:300]
    if code in ("too-vague", "ncnd-unframed") and framing.questions:
        return "request", ""
    m = re.search(re.escape(evidence[:40]), text, re.I) if evidence else None
    if m:
        lo = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        hi = min([x for x in (text.find("\n", m.end()), text.find(". ", m.end())) if x >= 0] or [len(text)])
        return "message", text[lo:hi + 1].strip()[:300]
    return "message", ""


def _one(item: tuple[str, str, str]) -> dict:
    from askfoi.framing import frame_message

    ident, text, authority = item
    try:
        framing = frame_message(text, today=TODAY)
    except Exception as exc:  # a crash is a finding of its own for the audit
        return {"id": ident, "error": repr(exc)[:200], "parts": 0, "findings": []}
    out = []
    for f in framing.findings:
        place, about = where(f, framing, text)
        out.append({"id": ident, "code": f.code, "kind": kind_of(f.code), "where": place,
                    "evidence": (f.evidence or "")[:200], "about": about, "route": framing.route,
                    "regime": framing.regime, "message": (f.message or "")[:200]})
    return {"id": ident, "parts": len(framing.parts), "findings": out}


def load(paths: list[Path]) -> list[tuple[str, str, str]]:
    items = []
    for path in paths:
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get("text") or row.get("message") or ""
            if text.strip():
                items.append((str(row.get("id") or f"{path.parent.name}-{n}"), text, row.get("authority") or ""))
    return items


def audit(items, workers: int) -> list[dict]:
    if workers <= 1:
        return [_one(i) for i in items]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_one, items, chunksize=4))


def totals(results: list[dict]) -> tuple[int, Counter, Counter]:
    parts = sum(r["parts"] for r in results)
    by_kind: Counter = Counter()
    off_part: Counter = Counter()  # a finding about one sentence whose evidence is in no part of the letter
    for r in results:
        for f in r["findings"]:
            by_kind[f["kind"]] += 1
            if f["where"] in ("remark", "message"):
                off_part[f["kind"]] += 1
    return parts, by_kind, off_part


def report(label: str, results: list[dict]) -> None:
    parts, by_kind, off_part = totals(results)
    per = lambda n: 100.0 * n / parts if parts else 0.0  # noqa: E731
    print(f"{label}: {len(results)} texts, {parts} parts, {sum(by_kind.values())} findings "
          f"({per(sum(by_kind.values())):.1f} per 100 parts; off the parts {per(sum(off_part.values())):.1f})")
    print(f"  {'kind':<16} {'per 100 parts':>13} {'off the parts':>14}")
    for kind in ORDER:
        print(f"  {kind:<16} {per(by_kind[kind]):>13.1f} {per(off_part[kind]):>14.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--out", help="every tuning finding as JSON lines (outside the repository)")
    ap.add_argument("--sample", type=int, default=0, help="a random sample of N tuning findings to judge by eye")
    ap.add_argument("--sample-out", help="where the sample goes (JSON lines)")
    ap.add_argument("--tune-only", action="store_true")
    args = ap.parse_args(argv)
    tune = load(TUNE)
    if not tune:
        print("findings audit: no real texts on this machine (holdouts, units_extra); skipped")
        return 0
    results = audit(tune, args.workers)
    report("findings audit, tuning texts", results)
    findings = [f for r in results for f in r["findings"]]
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for f in findings:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    if args.sample:
        sample = random.Random(12).sample(findings, min(args.sample, len(findings)))
        dest = open(args.sample_out, "w", encoding="utf-8") if args.sample_out else sys.stdout
        for f in sample:
            dest.write(json.dumps(f, ensure_ascii=False) + "\n")
    if not args.tune_only:
        held = load(HELD)
        if held:
            report("findings audit, held-out half (holdouts 12-13, totals only)", audit(held, args.workers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
