"""The forecast on whole request texts as people write them (issue 9: "the forecast rarely warns about NCND
on real police requests"), not on record titles.

The file is kept OUTSIDE the repository (the texts are people's words on public pages): give its path on the
command line or in ASKFOI_REAL_REQUESTS; without it this prints "not available" and exits 0. One JSON object
a line: url, authority, authority_type, date, outcome (a final outcome of knowledge's vocabulary, or null when
the page did not show it), ncnd (true/false/null), sections, text.

Each text goes through what `askfoi match --json TEXT --authority NAME` runs (Matcher.match on the shipped
pack and model), with the pack's own records at the text's address left out (`--exclude-url`), and copies of them
(fc36: the same body's record with the same reference, or with a near-identical title at the same host:
`own_records`): a request whose answer the pack holds is not forecast from its own answer. `--keep-own` leaves
them in, to report the figures with and without. The records are ordered by date (undated first) and split in two: the older half is the
tuning half (what changes to the forecast may be chosen on), the newer half the report half. Per half, and per
kind of authority: NCND recall and false alarms at the level of the request (forecast.ncnd_likely, true when
any part's is; records whose NCND status is unknown are left out), top-1 and top-2 accuracy of the whole
forecast's outcomes (records with no outcome are left out) beside always guessing the tuning half's commonest
outcome, and how many parts the texts were cut into.

Several files may be given (fc10): each is split by date on its own and each half of each file is reported, then
the halves of all files together. The report halves are scored in totals only: --dump writes the tuning halves'
records, never a report half's.

    .venv/bin/python bench/eval_real_requests.py /path/to/requests.jsonl [/path/to/more.jsonl ...] [--dump out.jsonl] [--keep-own]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ENV = "ASKFOI_REAL_REQUESTS"


def load(path: Path) -> list[dict]:
    """The records of PATH that hold a text; a broken line is skipped (and counted on stderr)."""
    out, broken = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except ValueError:
            broken += 1
            continue
        if isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"].strip():
            out.append(r)
        else:
            broken += 1
    if broken:
        print(f"({broken} lines without a usable record skipped)", file=sys.stderr)
    return out


def split(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Older half (undated first) for tuning, newer half for the report; the order within a date is the file's."""
    ordered = sorted(records, key=lambda r: str(r.get("date") or ""))
    half = (len(ordered) + 1) // 2
    return ordered[:half], ordered[half:]


MIN_REF_IN_ADDRESS = 5  # a reference found inside an address's last segment must be this long ("628a23", not "12")
EXCLUDE_OWN = True  # --keep-own: forecast each text with its own answer (and copies of it) left in the evidence


_HOST_PREFIX = re.compile(r"^(?:www|beta|ww\d|m)\.")
_REF_CHARS = re.compile(r"[^a-z0-9]+")
_SLUG_WORDS = re.compile(r"[^A-Za-z]+")
_NUMBERED = re.compile(r"\d{2,}")  # a reference in an address ("...-615-20", "request-3248"), not WhatDoTheyKnow's "_2"


def _host(url: str) -> str:
    """An address's host without the prefixes one site is served under ("www.", "beta.", "ww2.")."""
    return _HOST_PREFIX.sub("", urlsplit(url.strip()).netloc.lower()) if isinstance(url, str) else ""


def _ref(value) -> str:
    """A reference as compared: lower case, letters and digits only ("FOI/15700" -> "foi15700")."""
    return _REF_CHARS.sub("", str(value or "").lower())


def _authority_key(name) -> frozenset[str]:
    """The words of a body's name that tell it apart ("Chief Constable of Tayside Police" ~ "Tayside Police")."""
    words = {w for w in re.findall(r"[a-z]+", str(name or "").lower())}
    return frozenset(words - {"the", "of", "and", "chief", "constable", "service", "office", "commissioner"})


def _same_body(a, b) -> bool:
    ka, kb = _authority_key(a), _authority_key(b)
    return bool(ka and kb) and (ka <= kb or kb <= ka)


def _title_of(record: dict) -> str:
    """The request's title: given, else the words of its address's last path segment (a WhatDoTheyKnow or
    disclosure-log address is made from the title: "use_of_uavs_by_the_mps", "tracker-gps-offences-628a-23")."""
    if isinstance(record.get("title"), str) and record["title"].strip():
        return record["title"]
    path = urlsplit(record.get("url") or "").path.rstrip("/")
    return " ".join(_SLUG_WORDS.split(path.rsplit("/", 1)[-1])).strip()


COPY_YEARS = 1  # a record dated more than this many years from the text is another request, not a copy of it


def _years_apart(a, b) -> int:
    ya, yb = str(a or "")[:4], str(b or "")[:4]
    return abs(int(ya) - int(yb)) if ya.isdigit() and yb.isdigit() else 0


def own_records(records: list[dict], matcher, responses=None) -> list[list[str]]:
    """fc36 (issue 9): for each record, the pack's records that are its own answer, so a request is never
    forecast from its own answer: the records published at its address (`Matcher.ids_at`), and copies of it,
    published elsewhere or under another address: a record of the same body with the same reference (the record's
    `reference`, or a reference of that body's records that its address or text shows as a word), or a record of the
    same body at the same host (www./beta. aside) whose title is near-identical (`matching.near_identical`, the
    rule by which a forecast's repeated answers collapse), dated within COPY_YEARS, and showing no other reference. Another body's answer to the same wording (a
    round-robin) is no copy: it is evidence of how bodies answer such a request."""
    from askfoi.matching import near_identical

    at = matcher.ids_at([r.get("url") for r in records]) if hasattr(matcher, "ids_at") else {}
    if responses is None:
        from askfoi.knowledge import iter_responses

        responses = iter_responses()
    by_host: dict[str, list] = {}
    by_ref: dict[str, list] = {}
    for resp in responses:
        by_host.setdefault(_host(resp.source_url), []).append(resp)
        if _ref(resp.reference) and any(c.isdigit() for c in _ref(resp.reference)) and len(_ref(resp.reference)) >= 3:
            by_ref.setdefault(_ref(resp.reference), []).append(resp)
    terms = matcher.vocab.terms if hasattr(matcher, "vocab") else (lambda t: t.lower().split())
    out = []
    for r in records:
        mine = list(at.get(r.get("url"), [])) if isinstance(r.get("url"), str) else []
        refs = {_ref(r.get("reference"))} if _ref(r.get("reference")) else set()
        # a reference the text shows as a word ("FOI/15700"), or the address's last segment holds ("...-628a-23")
        words = {_ref(w) for w in (r.get("text") or "").split()}
        segment = _ref(urlsplit(r.get("url") or "").path.rstrip("/").rsplit("/", 1)[-1])
        refs |= {k for k in by_ref if k in words or (len(k) >= MIN_REF_IN_ADDRESS and k in segment)}
        for key in refs:
            mine += [x.id for x in by_ref.get(key, ()) if _same_body(x.authority, r.get("authority"))]
        title = set(terms(_title_of(r)))
        # a text showing a reference of its own ("misconduct-615-20") is a copy of a record with a reference only when
        # they share it (above): the same body's "Misconduct (527A/20)" is another request, however alike the titles
        numbered = bool(refs) or bool(_NUMBERED.search(segment))
        if title:
            for x in by_host.get(_host(r.get("url") or ""), ()):
                if numbered and _ref(x.reference):
                    continue
                if _years_apart(r.get("date"), x.date) > COPY_YEARS:  # the same title asked again years later
                    continue
                if _same_body(x.authority, r.get("authority")) and near_identical(title, set(terms(x.title))):
                    mine.append(x.id)
        out.append(list(dict.fromkeys(mine)))
    return out


def forecast_all(records: list[dict], matcher, responses=None) -> list[dict]:
    """Each record with what `askfoi match --json` forecasts for its text and authority (its own answer and copies
    of it left out, unless EXCLUDE_OWN is off)."""
    out = []
    own = own_records(records, matcher, responses) if EXCLUDE_OWN else [[] for _ in records]
    for r, mine in zip(records, own):
        f = matcher.match(r["text"], r.get("authority"), exclude=mine).forecast
        out.append({
            "record": r,
            "outcomes": [o.outcome.value for o in f.outcomes],
            "probs": {o.outcome.value: o.probability for o in f.outcomes},
            "ncnd_likely": f.ncnd_likely,
            "parts": [p.text for p in f.parts],
            "parts_ncnd": [p.ncnd_likely for p in f.parts],
            "excluded": len(mine),
        })
    return out


def kind_of(r: dict) -> str:
    return "police" if r.get("authority_type") == "police" else "other kinds"


def figures(rows: list[dict], majority: str | None) -> dict:
    """NCND recall / false alarms (known NCND only), top-1 / top-2 (known outcome only), the majority's top-1."""
    known = [x for x in rows if isinstance(x["record"].get("ncnd"), bool)]
    pos = [x for x in known if x["record"]["ncnd"]]
    neg = [x for x in known if not x["record"]["ncnd"]]
    scored = [x for x in rows if x["record"].get("outcome")]
    top1 = sum(x["outcomes"][:1] == [x["record"]["outcome"]] for x in scored)
    top2 = sum(x["record"]["outcome"] in x["outcomes"][:2] for x in scored)
    maj = sum(x["record"]["outcome"] == majority for x in scored)
    logloss = sum(-math.log(max(1e-4, x["probs"].get(x["record"]["outcome"], 0.0))) for x in scored) / max(1, len(scored))
    return {
        "n": len(rows),
        "ncnd_pos": len(pos), "ncnd_hit": sum(x["ncnd_likely"] for x in pos),
        "ncnd_neg": len(neg), "ncnd_false": sum(x["ncnd_likely"] for x in neg),
        "scored": len(scored), "top1": top1, "top2": top2, "majority": maj, "logloss": logloss,
        "parts": sum(len(x["parts"]) for x in rows) / max(1, len(rows)),
        "own_left_out": sum(x.get("excluded", 0) for x in rows),
    }


def _rate(k: int, n: int) -> str:
    return f"{k / n:.2f} ({k}/{n})" if n else "-"


def report(title: str, rows: list[dict], majority: str | None) -> dict:
    print(f"\n{title}")
    out = {}
    for label, subset in [("all", rows)] + sorted(
            ((k, [x for x in rows if kind_of(x["record"]) == k]) for k in {kind_of(x["record"]) for x in rows})):
        f = figures(subset, majority)
        out[label] = f
        print(f"  {label:<12} n={f['n']:<3} NCND recall {_rate(f['ncnd_hit'], f['ncnd_pos']):<12} "
              f"false alarms {_rate(f['ncnd_false'], f['ncnd_neg']):<12} top-1 {_rate(f['top1'], f['scored']):<12} "
              f"top-2 {_rate(f['top2'], f['scored']):<12} majority ({majority}) {_rate(f['majority'], f['scored']):<12} "
              f"log-loss {f['logloss']:.2f}  parts per text {f['parts']:.1f}  own records left out {f['own_left_out']}")
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help=f"the requests files (default: ${ENV})")
    ap.add_argument("--dump", help="write each tuning-half record's forecast (parts, outcomes, NCND) to this JSON lines "
                                   "file (a report half's records are never written)")
    ap.add_argument("--mixed-fate", type=float, nargs="*", metavar="W",
                    help="score the tuning half with matching.MIXED_FATE set to each W (how it is chosen), then stop")
    ap.add_argument("--ncnd-part-fate", type=float, nargs="*", metavar="W",
                    help="score the tuning half with matching.NCND_PART_FATE set to each W, then stop")
    ap.add_argument("--long-text", type=float, nargs="*", metavar="B",
                    help="score the tuning half with matching.LONG_TEXT_NCND set to each B (how it is chosen), then stop")
    ap.add_argument("--keep-own", action="store_true",
                    help="leave each text's own answer and its copies in the evidence (to compare with the default)")
    args = ap.parse_args(argv)
    global EXCLUDE_OWN
    EXCLUDE_OWN = not args.keep_own
    raws = args.paths or ([os.environ[ENV]] if os.environ.get(ENV) else [])
    paths = [Path(r) for r in raws if Path(r).is_file()]
    if not paths:
        print("real-request evaluation: not available (give the requests file's path or set "
              f"{ENV}; the texts are kept outside the repository)")
        return 0
    if len(paths) > 1:
        return several(paths, args.dump)
    path = paths[0]
    records = load(path)
    if not records:
        print("real-request evaluation: not available (no usable records in the file)")
        return 0
    from askfoi.matching import get_matcher

    tune, held = split(records)
    outcomes = Counter(r["outcome"] for r in tune if r.get("outcome"))
    majority = outcomes.most_common(1)[0][0] if outcomes else None
    matcher = get_matcher()
    if args.mixed_fate or args.long_text or args.ncnd_part_fate:
        import askfoi.matching as matching

        for name, values in (("MIXED_FATE", args.mixed_fate or []), ("LONG_TEXT_NCND", args.long_text or []),
                             ("NCND_PART_FATE", args.ncnd_part_fate or [])):
            shipped = getattr(matching, name)
            for w in values:
                setattr(matching, name, w)
                if name == "LONG_TEXT_NCND" and matcher.model is not None:  # the model's own choice gives way
                    matcher.model.meta["long_text_ncnd"] = w
                report(f"tuning half, {name} = {w}", forecast_all(tune, matcher), majority)
            setattr(matching, name, shipped)
        return 0
    rows_tune, rows_held = forecast_all(tune, matcher), forecast_all(held, matcher)
    print(f"real requests: {len(records)} texts ({path.name}); tuning half {len(tune)} "
          f"(to {tune[-1].get('date') or 'undated'}), report half {len(held)} (from {held[0].get('date') if held else '-'})")
    report("tuning half (older)", rows_tune, majority)
    report("report half (newer)", rows_held, majority)
    if args.dump:
        dump(args.dump, rows_tune)
    return 0


def dump(path: str, rows: list[dict]) -> None:
    """Each tuning-half record's forecast, one JSON object a line."""
    with open(path, "w", encoding="utf-8") as fh:
        for x in rows:
            fh.write(json.dumps({"half": "tune", "url": x["record"].get("url"), "authority": x["record"].get("authority"),
                                 "kind": x["record"].get("authority_type"), "outcome": x["record"].get("outcome"),
                                 "ncnd": x["record"].get("ncnd"), "forecast": x["outcomes"][:3],
                                 "ncnd_likely": x["ncnd_likely"], "parts": x["parts"],
                                 "parts_ncnd": x["parts_ncnd"]}, ensure_ascii=False) + "\n")


def several(paths: list[Path], dump_path: str | None = None) -> int:
    """Each file split by date on its own; each half of each file reported, then all files' halves together (the
    majority class is each file's tuning half's, and all tuning halves' for the totals)."""
    from askfoi.matching import get_matcher

    matcher = get_matcher()
    all_tune, all_held, tune_majorities = [], [], Counter()
    for path in paths:
        records = load(path)
        if not records:
            print(f"\n{path.name}: no usable records")
            continue
        tune, held = split(records)
        outcomes = Counter(r["outcome"] for r in tune if r.get("outcome"))
        tune_majorities.update(outcomes)
        majority = outcomes.most_common(1)[0][0] if outcomes else None
        rows_tune, rows_held = forecast_all(tune, matcher), forecast_all(held, matcher)
        print(f"\nreal requests: {len(records)} texts ({path.name}); tuning half {len(tune)} "
              f"(to {tune[-1].get('date') or 'undated'}), report half {len(held)} (from {held[0].get('date') if held else '-'})")
        report(f"{path.name}: tuning half (older)", rows_tune, majority)
        report(f"{path.name}: report half (newer)", rows_held, majority)
        all_tune += rows_tune
        all_held += rows_held
    if not all_tune and not all_held:
        print("real-request evaluation: not available (no usable records in the files)")
        return 0
    majority = tune_majorities.most_common(1)[0][0] if tune_majorities else None
    report(f"all {len(paths)} files: tuning halves", all_tune, majority)
    report(f"all {len(paths)} files: report halves", all_held, majority)
    if dump_path:
        dump(dump_path, all_tune)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
