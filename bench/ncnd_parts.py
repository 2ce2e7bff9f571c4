"""Why NCND is missed PART BY PART (fc30), on the TUNING split only.

The pack's records whose page shows each part's answer (`parts`, with a known NCND status per part) are sent through
`Matcher.match` as the request a person would write: the parts, numbered, one a line (the harvester's words for each
part). Each record is left out of the index and of the topic counts (as bench/ncnd_tuning.py). Twice: once with the
parts given (`parts=`), once split by askfoi/forecast_parts.py as a new request is. For every labelled part:

  caught / missed (NCND part) or quiet / false alarm (part answered without NCND), and for a miss its cause:
  split        warned when the parts are given, missed when the text is split (the cut lost its words or merged it)
  no topic     on no NCND topic, the learnt forecast under its bar: the question is not recognised as a kind police NCND
  outvoted     on an NCND topic (or with close NCND answers) but under the bar or turned off by a rule (gate named)

    .venv/bin/python bench/ncnd_parts.py --out /tmp/parts.jsonl [--kind police] [--from /tmp/parts.jsonl] [--show]
--show prints each missed part's words with its cause (tuning records only; never the held-out split).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def records(kind: str | None):
    import askfoi.ncnd_topics as ncnd_topics
    from askfoi.knowledge import load_knowledge
    from train_model import harvested, split_by_date

    kb = load_knowledge()
    tuning, held = split_by_date(harvested(kb))
    held_ids = {r.id for r in held}
    seen = [r for r in kb.responses if r.id not in held_ids]
    chosen = [r for r in tuning if len(r.parts) > 1 and any(p.ncnd is not None for p in r.parts)
              and (kind is None or r.authority_type.value == kind)]
    return kb, seen, ncnd_topics.count_pack(seen), chosen


def request_text(r) -> str:
    return "\n".join(f"{i}. {p.asked.rstrip('.')}{'' if p.asked.rstrip().endswith('?') else '.'}"
                     for i, p in enumerate(r.parts, 1))


def run(out: Path, kind: str | None) -> None:
    import askfoi.ncnd_topics as ncnd_topics
    from askfoi.forecast_model import load_model
    from askfoi.matching import matcher_for
    from train_model import subtract

    kb, seen, counts, chosen = records(kind)
    with tempfile.TemporaryDirectory() as cache, out.open("w", encoding="utf-8") as fh:
        matcher = matcher_for(seen, list(kb.files) + [Path(cache) / "held-out-removed"], Path(cache))
        matcher.model = load_model()
        for r in chosen:
            matcher.ncnd_counts = subtract(counts, ncnd_topics.count_pack([r]))
            text = request_text(r)
            matcher.ncnd_trace = []
            given = matcher.match(text, r.authority, exclude=[r.id], parts=[p.asked for p in r.parts]).forecast
            trace = matcher.ncnd_trace[1:]
            matcher.ncnd_trace = []
            split = matcher.match(text, r.authority, exclude=[r.id]).forecast
            split_parts = [{"text": p.text, "likely": p.ncnd_likely} for p in split.parts]
            rows = []
            for i, p in enumerate(r.parts):
                tr = trace[i] if i < len(trace) else {}
                rows.append({"asked": p.asked, "ncnd": p.ncnd, "given": given.parts[i].ncnd_likely,
                             "split": _split_verdict(p.asked, split_parts), "p": tr.get("p"), "bar": tr.get("bar"),
                             "topics": tr.get("topics"), "gates": tr.get("gates"), "shape": tr.get("shape")})
            fh.write(json.dumps({"id": r.id, "kind": r.authority_type.value, "ncnd": r.ncnd, "title": r.title[:120],
                                 "n_split": len(split.parts), "warned": split.ncnd_likely, "parts": rows}) + "\n")
    print(f"{len(chosen)} tuning records with per-part answers scored -> {out}")


def _split_verdict(asked: str, split_parts: list[dict]) -> bool:
    """Whether the split part that shares most of this part's words was warned."""
    words = {w.lower()[:6] for w in asked.split() if len(w) > 3}
    best = max(split_parts, key=lambda sp: len(words & {w.lower()[:6] for w in sp["text"].split() if len(w) > 3}),
               default=None)
    return bool(best and best["likely"])


def cause(part: dict) -> str:
    if part["given"] and not part["split"]:
        return "split"
    gates = part.get("gates") or []
    if part.get("topics"):
        return "outvoted: " + (gates[-1] if gates else "?")
    return "no topic, " + (gates[-1] if gates else "?")


def report(rows: list[dict], show: bool) -> None:
    c = Counter()
    causes = Counter()
    for r in rows:
        for p in r["parts"]:
            if p["ncnd"] is None:
                continue
            for mode in ("given", "split"):
                c[(mode, p["ncnd"], p[mode])] += 1
            if p["ncnd"] and not p["split"]:
                causes[cause(p)] += 1
                if show:
                    print(f"  MISS [{cause(p)}] p={p['p']} bar={p['bar']} shape={p['shape']} | {p['asked'][:110]}")
    for mode in ("given", "split"):
        print(f"{mode:5}: NCND parts caught {c[(mode, True, True)]}/{c[(mode, True, True)] + c[(mode, True, False)]}, "
              f"false alarms {c[(mode, False, True)]}/{c[(mode, False, True)] + c[(mode, False, False)]}")
    req = Counter((r["ncnd"], r["warned"]) for r in rows if r["ncnd"] is not None)
    print(f"requests: NCND caught {req[(True, True)]}/{req[(True, True)] + req[(True, False)]}, "
          f"false alarms {req[(False, True)]}/{req[(False, True)] + req[(False, False)]}")
    print("missed NCND parts (split run) by cause:")
    for k, n in causes.most_common():
        print(f"  {n:4}  {k}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--from", dest="src", type=Path)
    ap.add_argument("--kind", default=None)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    if args.src is None:
        run(args.out, args.kind)
    path = args.src or args.out
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    report(rows, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
