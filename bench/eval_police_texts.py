"""fc58 (issue 9.3 / 9.4 / 9.5): the NCND warning on REAL police (and some council / NHS) request texts.

The labels are in tests/data/fc58_requests.jsonl (address, authority, date, split, ncnd, sections; committed before
askfoi read any text); the texts themselves are people's words on public pages and stay OUTSIDE the repository, one
file per label (SLUG.txt) in the folder named by ASKFOI_POLICE_TEXTS (default /work/heldout/fc58/texts). Without the
folder this prints "not available" and exits 0.

Each text goes through what `askfoi match --json TEXT --authority NAME` runs (Matcher.match on the shipped pack and
model) with the pack's own records of that request left out (`--exclude-url` and the copies
bench/eval_real_requests.own_records finds): most of these answers are in the pack as titles, never as the text.
Scored at the level of the request (forecast.ncnd_likely, true when any part's is): NCND recall and false alarms per
split (tuning = the older 60% by date, report = the newer 40%), for all bodies and police alone, with the body given
(--authority, as the chat knows it by the forecast) and with the body only named in the text.

    .venv/bin/python bench/eval_police_texts.py [--split tuning|report|both] [--list]
    .venv/bin/python bench/eval_police_texts.py --set fc59 [--list]     # fc59: requests about a person or a case

--list prints each text's verdict and its parts, for fc58 (both splits: fc58's report split is tuning from session 49)
and fc59, fc61, fc64, fc67 and fc70; never for a report set (fc73).
fc61: `--set fc61` scores tests/data/fc61_requests.jsonl (texts in /work/heldout/fc61/texts or ASKFOI_FC61_TEXTS), the
report set of session 49, tuning from session 50.
fc64: `--set fc64` scores tests/data/fc64_requests.jsonl, the report set of session 50 (41 real requests, 17 NCND;
texts in /work/heldout/fc64/texts or ASKFOI_FC64_TEXTS), tuning from session 51.
fc67: `--set fc67` scores tests/data/fc67_requests.jsonl, the REPORT set of session 51 (texts in
/work/heldout/fc67/texts or ASKFOI_FC67_TEXTS): read once on main and once on the final code; tuning from session 52.
fc70: `--set fc70` scores tests/data/fc70_requests.jsonl, the report set of session 52 (texts in
/work/heldout/fc70/texts or ASKFOI_FC70_TEXTS; mostly reworded pack summaries), tuning from session 53.
fc73: `--set fc73` scores tests/data/fc73_requests.jsonl, the REPORT set of session 53: VERBATIM request texts (texts in
/work/heldout/fc73/texts or ASKFOI_FC73_TEXTS): read once on main and once on the final code.
fc59: `--set fc59` scores tests/data/fc59_person_requests.jsonl (every row a tuning row; texts in /work/heldout/fc59/texts
or ASKFOI_PERSON_TEXTS), and both sets leave out the copies of a Scottish Commissioner's decision that the pack holds
under the decision's other addresses (foi.scot, itspublicknowledge.info, sic.uniondigital.uk serve the same decisions).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

SETS = {  # name: (labels, the environment variable naming the texts' folder, its default)
    "fc58": (REPO / "tests" / "data" / "fc58_requests.jsonl", "ASKFOI_POLICE_TEXTS", Path("/work/heldout/fc58/texts")),
    "fc59": (REPO / "tests" / "data" / "fc59_person_requests.jsonl", "ASKFOI_PERSON_TEXTS", Path("/work/heldout/fc59/texts")),
    # fc61: real requests quoted by ICO / Scottish Commissioner decisions (session 49's report set, tuning from 50)
    "fc61": (REPO / "tests" / "data" / "fc61_requests.jsonl", "ASKFOI_FC61_TEXTS", Path("/work/heldout/fc61/texts")),
    # fc64: a REPORT set (session 50): real requests with known replies (WhatDoTheyKnow, decisions), read once
    "fc64": (REPO / "tests" / "data" / "fc64_requests.jsonl", "ASKFOI_FC64_TEXTS", Path("/work/heldout/fc64/texts")),
    # fc67: a REPORT set (session 51): real requests with known replies, read once on main and once at the end
    "fc67": (REPO / "tests" / "data" / "fc67_requests.jsonl", "ASKFOI_FC67_TEXTS", Path("/work/heldout/fc67/texts")),
    # fc70: a REPORT set (session 52): real requests with known replies, read once on main and once at the end
    "fc70": (REPO / "tests" / "data" / "fc70_requests.jsonl", "ASKFOI_FC70_TEXTS", Path("/work/heldout/fc70/texts")),
    # fc73: a REPORT set (session 53): verbatim request texts with known replies, read once on main and once at the end
    "fc73": (REPO / "tests" / "data" / "fc73_requests.jsonl", "ASKFOI_FC73_TEXTS", Path("/work/heldout/fc73/texts")),
}
# never listed text by text (fc58's report split is tuning from session 49 on, fc61 from 50, fc64 from 51, fc67 from 52,
# fc70 from 53)
REPORT_SETS = ("fc73",)
LABELS, ENV, DEFAULT_TEXTS = SETS["fc58"]
# the hosts that serve the Scottish Information Commissioner's decisions under the same path ("/decision-1272025")
SIC_MIRRORS = ("foi.scot", "www.foi.scot", "itspublicknowledge.info", "www.itspublicknowledge.info", "sic.uniondigital.uk")


def mirrors(url: str) -> list[str]:
    """The other addresses of the same page: a Commissioner's decision under each host that serves it."""
    from urllib.parse import urlsplit

    parts = urlsplit(url or "")
    if parts.netloc.lower() not in SIC_MIRRORS or not parts.path.startswith("/decision-"):
        return []
    return [f"https://{h}{parts.path}" for h in SIC_MIRRORS if h != parts.netloc.lower()]


def load(texts: Path, labels: Path = LABELS) -> list[dict]:
    """The labelled records whose text file exists, each as eval_real_requests reads a record (url, text ...)."""
    out = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        f = texts / f"{r['slug']}.txt"
        if f.is_file():
            out.append({**r, "url": r["address"], "text": f.read_text(encoding="utf-8")})
    return out


def _rate(k: int, n: int) -> str:
    return f"{k / n:.2f} ({k}/{n})" if n else "-"


def score(rows: list[dict]) -> dict[str, tuple[int, int, int, int]]:
    """Per group (all, police, not in the pack): NCND texts warned, NCND texts, other texts warned, other texts.
    "not in pack": no record at the address and no copy found (`excluded` 0): the pack's records of the others are
    left out of the index, but they were among the answers the learnt forecast was fitted on and the topics counted."""
    out = {}
    for group, keep in (("all", lambda x: True), ("police", lambda x: x["record"]["authority_type"] == "police"),
                        ("not in pack", lambda x: not x["record"]["in_pack"] and not x["excluded"])):
        sub = [x for x in rows if keep(x)]
        pos = [x for x in sub if x["record"]["ncnd"]]
        neg = [x for x in sub if not x["record"]["ncnd"]]
        out[group] = (sum(x["ncnd_likely"] for x in pos), len(pos), sum(x["ncnd_likely"] for x in neg), len(neg))
    # fc61: per source kind (a set whose rows say where the text came from: decision, tribunal, disclosure log ...)
    for source in sorted({x["record"].get("source") for x in rows} - {None}):
        sub = [x for x in rows if x["record"].get("source") == source]
        pos = [x for x in sub if x["record"]["ncnd"]]
        neg = [x for x in sub if not x["record"]["ncnd"]]
        out[f"src {source}"] = (sum(x["ncnd_likely"] for x in pos), len(pos), sum(x["ncnd_likely"] for x in neg), len(neg))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tuning", "report", "both"), default="both")
    ap.add_argument("--list", action="store_true", help="each text's verdict and parts (never a report set's)")
    ap.add_argument("--set", choices=sorted(SETS), default="fc58", help="fc58: police texts; fc59: about a person or a case")
    args = ap.parse_args(argv)
    labels, env, default = SETS[args.set]
    texts = Path(os.environ.get(env) or default)
    records = load(texts, labels) if texts.is_dir() else []
    if not records:
        print(f"request texts ({args.set}): not available (set {env} to the folder of the texts)")
        return 0
    import eval_real_requests as ev
    from askfoi.matching import get_matcher

    matcher = get_matcher()
    splits = ("tuning", "report") if args.split == "both" else (args.split,)
    for name in splits:
        recs = [r for r in records if r["split"] == name]
        if not recs:
            continue
        dates = sorted(r["date"] for r in recs)
        print(f"\n{name} split: {len(recs)} texts ({dates[0]} to {dates[-1]}), "
              f"{sum(r['ncnd'] for r in recs)} answered with NCND for all or part")
        own = ev.own_records(recs, matcher)  # found with the body's name, left out in both passes
        copies = matcher.ids_at([m for r in recs for m in mirrors(r["address"])])
        own = [list(mine) + [i for m in mirrors(r["address"]) for i in copies.get(m, [])] for r, mine in zip(recs, own)]
        for given in (True, False):
            rows = []
            for r, mine in zip(recs, own):
                f = matcher.match(r["text"], r["authority"] if given else None, exclude=mine).forecast
                rows.append({"record": r, "ncnd_likely": f.ncnd_likely, "excluded": len(mine),
                             "parts": [p.text for p in f.parts], "parts_ncnd": [p.ncnd_likely for p in f.parts]})
            s = score(rows)
            how = "with the body given (--authority)" if given else "body only named in the text"
            print(f"  {how}:")
            for group, (hit, pos, fa, neg) in s.items():
                print(f"    {group:<11} NCND recall {_rate(hit, pos):<13} false alarms {_rate(fa, neg)}")
            if args.list and args.set not in REPORT_SETS and given:
                for x in rows:
                    r = x["record"]
                    mark = ("ok  " if x["ncnd_likely"] == r["ncnd"] else "MISS" if r["ncnd"] else "FA  ")
                    print(f"    {mark} {r['slug']:<40} ncnd={r['ncnd']!s:5} warned={x['ncnd_likely']!s:5} "
                          f"{r['authority']} {r['date']} {','.join(r['sections'])}")
                    for t, w in zip(x["parts"], x["parts_ncnd"]):
                        print(f"          {'!' if w else '-'} {' '.join(t.split())[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
