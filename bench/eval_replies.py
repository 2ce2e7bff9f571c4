"""The reply reader on labelled real replies (tests/data/replies/labelled.jsonl): outcome accuracy,
NCND accuracy and section recall, on two halves split by date.

Split: dated records sorted by date, the older half is the tuning half and the newer half the report
half; an undated record goes to a half by a hash of its address. The reader's cue lists are only ever
adjusted by looking at the tuning half; the report half is what the goals are judged on.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from askfoi.reader import read_reply  # noqa: E402

LABELLED = REPO / "tests" / "data" / "replies" / "labelled.jsonl"
GOALS = {"outcome": 0.9, "ncnd": 0.97, "sections": 0.9}


def load(path: Path = LABELLED) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tune, report): older half of the dated records + undated with an even address hash; the rest."""
    dated = sorted((r for r in records if r.get("date")), key=lambda r: (str(r["date"]), r["url"]))
    undated = [r for r in records if not r.get("date")]
    half = len(dated) // 2
    tune, report = dated[:half], dated[half:]
    for r in undated:
        (tune if hashlib.sha1(r["url"].encode()).digest()[0] % 2 == 0 else report).append(r)
    return tune, report


def _same_section(label: str, read: str) -> bool:
    """'31(1)' is found by '31(1)(a)'; '31' by '31(3)'; and the other way round."""
    label, read = label.replace(" ", ""), read.replace(" ", "")
    return label == read or read.startswith(label + "(") or label.startswith(read + "(")


def score(records: list[dict]) -> dict:
    out_ok = ncnd_ok = ncnd_n = sec_found = sec_n = unclear = 0
    confusion: Counter = Counter()
    misses = []
    for r in records:
        reading = read_reply(r["excerpt"])
        got = reading.outcome.value
        ok = got == r["outcome"] and not reading.unclear
        out_ok += ok
        unclear += reading.unclear
        if not ok:
            confusion[(r["outcome"], got + ("?" if reading.unclear else ""))] += 1
            misses.append((r["url"], r["outcome"], got))
        if r.get("ncnd") is not None:
            ncnd_n += 1
            ncnd_ok += reading.ncnd == bool(r["ncnd"])
        for s in r.get("sections") or []:
            sec_n += 1
            sec_found += any(_same_section(s, g) for g in reading.sections)
    n = len(records)
    return {
        "n": n,
        "outcome": out_ok / n if n else 0.0,
        "ncnd": ncnd_ok / ncnd_n if ncnd_n else 0.0,
        "ncnd_n": ncnd_n,
        "sections": sec_found / sec_n if sec_n else 0.0,
        "sections_n": sec_n,
        "unclear": unclear,
        "confusion": confusion,
        "misses": misses,
    }


def report(path: Path = LABELLED, *, show_misses: bool = False) -> int:
    records = load(path)
    print(f"\nreply reader on labelled real replies ({path.relative_to(REPO) if path.is_relative_to(REPO) else path}): "
          f"{len(records)} replies; outcomes " + ", ".join(f"{o} {n}" for o, n in Counter(r['outcome'] for r in records).most_common()))
    if not records:
        return 1
    tune, rep = split(records)
    for name, rs in (("tuning half (older)", tune), ("report half (newer)", rep)):
        s = score(rs)
        print(f"  {name}: {s['n']} replies  outcome {s['outcome']:.3f}  NCND {s['ncnd']:.3f} (of {s['ncnd_n']})  "
              f"sections recall {s['sections']:.3f} (of {s['sections_n']})  unclear {s['unclear']}")
        if s["confusion"]:
            print("    wrong (label -> read, ? = unclear): " + ", ".join(f"{a}->{b} {n}" for (a, b), n in s["confusion"].most_common()))
        if show_misses and rs is tune:
            for url, want, got in s["misses"]:
                print(f"      {want:>14} read {got:<14} {url}")
    s = score(rep)
    met = [k for k, goal in GOALS.items() if s[k] >= goal]
    print("  goals on the report half (outcome >= 0.9, NCND >= 0.97, sections >= 0.9): "
          + ", ".join(f"{k} {'met' if k in met else 'NOT met'}" for k in GOALS))
    return 0


if __name__ == "__main__":
    sys.exit(report(show_misses="--misses" in sys.argv))
