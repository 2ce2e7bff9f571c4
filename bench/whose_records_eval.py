"""sar15: whose records a message asks for, scored on tests/data/whose_records.jsonl (expected route, data subject,
on whose behalf, words the parts must and must not hold, the third-party warning, the FOI aside). Odd ids are the
tuning half, even ids the report half.

    .venv/bin/python bench/whose_records_eval.py [--half tune|report|all] [--show] [--root DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FIELDS = ("route", "regime", "subject", "on_behalf", "have", "not", "third_party", "deceased", "foi_aside")


def score(case: dict) -> dict[str, bool]:
    from askfoi.framing import frame_message

    framing = frame_message(case["text"])
    try:
        from askfoi.whose_records import read_whose
    except ImportError:  # a checkout before sar15: no reading of whose records
        read_whose = None
    whose = read_whose(case["text"]) if read_whose else None
    parts = " ".join(p.text for p in framing.parts)
    codes = {f.code for f in framing.findings}
    out = {"route": framing.route == case["route"]}
    if case.get("regime"):
        out["regime"] = framing.regime == case["regime"]
    if whose is not None:
        subject = whose.subject
        out["subject"] = subject == case["subject"] or (case["subject"] == "none" and subject in ("none", "other"))
        out["on_behalf"] = whose.on_behalf == case["on_behalf"]
    if case["route"] == framing.route == "sar" or case["route"] == "foi":
        out["have"] = all(w in parts for w in case.get("have", []))
        out["not"] = not any(w in parts for w in case.get("not", []))
    out["third_party"] = ("third-party-personal-data" in codes) == case["third_party"]
    if case.get("deceased_finding"):
        out["deceased"] = "deceased-records" in codes
    if case.get("foi_aside"):
        out["foi_aside"] = bool(getattr(framing, "foi_aside", []))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="all", choices=("tune", "report", "all"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--root", default=None, help="another checkout to score (before/after)")
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / "tests/data/whose_records.jsonl"))
    args = ap.parse_args(argv)
    if args.root:
        sys.path.insert(0, args.root)
    cases = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    for half in ("tune", "report") if args.half == "all" else (args.half,):
        chosen = [c for c in cases if (int(c["id"][1:]) % 2 == 1) == (half == "tune")]
        totals = {f: [0, 0] for f in FIELDS}
        whole = 0
        for case in chosen:
            try:
                got = score(case)
            except Exception as exc:  # an older checkout without the reader
                got = {"route": False, "error": False}
                print(case["id"], "error", exc, file=sys.stderr)
            for f, ok in got.items():
                if f in totals:
                    totals[f][0] += ok
                    totals[f][1] += 1
            whole += all(got.values())
            if args.show and not all(got.values()):
                print(case["id"], [f for f, ok in got.items() if not ok], case["text"][:90])
        print(f"{half}: {whole}/{len(chosen)} messages right; " +
              ", ".join(f"{f} {a}/{b}" for f, (a, b) in totals.items() if b))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
