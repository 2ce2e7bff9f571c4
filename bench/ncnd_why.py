"""Why NCND answers are missed (and false alarms given), on the TUNING split only (fc27).

Each tuning record with a known NCND status to a police force, and every other tuning record with a known status that
used NCND or touches an NCND topic, goes through `Matcher.match` left out of the index and the topic counts (as
bench/ncnd_tuning.py). `Matcher.ncnd_trace` records each part's gates: the learnt probability and its bar, the topics
touched and their counted shares, the part's shape and the rule that turned a warning off. Printed: recall and false
alarms per kind of body, and for the misses and false alarms a table of causes:

  no topic, below bar    the part touches no NCND topic and the learnt probability is under the bar
  topic, below bar       it touches a topic but the probability is under the bar and no topic rule fired
  vetoed: RULE           the probability reached the bar and a rule turned the warning off

    .venv/bin/python bench/ncnd_why.py --out /tmp/why.jsonl [--from /tmp/why.jsonl]  (--from: re-print a run)
    ... --from /tmp/why.jsonl --list police   (fc45: each police miss and false alarm, with its topic words)
    ... --from /tmp/why.jsonl --replayed --question-bars   (fm85: per kind, recall for the question asked at other bars)
    ... --from /tmp/why.jsonl --replayed --split dev   (fm88: only the dev split, the newest 20% of the dated tuning
        records; --split older: the rest; bench/eval.py --dev scores the same records from an index without them)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def fold_models(tuning, rows_cache: Path | None):
    """({record id: its fold}, [the shipped model with its NCND weights refitted without fold f, for each f]): the
    NCND model as `make model` fits it (publication marked, near-identical answers weighed as one, the shipped L2;
    the listed parts left out), on the known tuning records of the other folds (folds grouped by authority)."""
    import copy

    import numpy as np
    import train_model as tm
    from askfoi.forecast_model import load_model
    from forecast_diagnose import tuning_rows

    cached, rows = tuning_rows(rows_cache)
    if [r.id for r in cached] != [r.id for r in tuning]:
        raise SystemExit("the cached rows are of another tuning split: delete the cache")
    shipped = load_model()
    folds = tm.folds_by_authority(tuning)
    known = np.array([r.ncnd is not None for r in tuning])
    z = np.array([1 if r.ncnd else 0 for r in tuning])
    marked = tm.ncnd_rows(tm.population_rows(tuning, rows))
    rw = tm.repeat_weights(tuning)
    models = []
    for f in range(tm.FOLDS):
        tr = np.flatnonzero((folds != f) & known)
        feats, w, b = tm._fit([marked[i] for i in tr], z[tr], float(shipped.meta.get("ncnd_l2", 0.01)), True, rw[tr])
        m = copy.copy(shipped)
        m.ncnd_weights, m.ncnd_bias = {n: float(w[i]) for n, i in feats.items()}, float(b)
        models.append(m)
    return {r.id: int(folds[i]) for i, r in enumerate(tuning)}, models


def run(out: Path, everything: bool = False, oof_cache: Path | None = None, oof: bool = False) -> None:
    import askfoi.ncnd_topics as ncnd_topics
    from askfoi.forecast_model import load_model
    from askfoi.matching import matcher_for
    from ncnd_tuning import scored_tuning
    from train_model import DIRECT_SOURCES, query_text, subtract

    kb, tuning, seen, counts, records = scored_tuning(everything)
    with tempfile.TemporaryDirectory() as cache, out.open("w", encoding="utf-8") as fh:
        matcher = matcher_for(seen, list(kb.files) + [Path(cache) / "held-out-removed"], Path(cache))
        matcher.model = load_model()
        fold_of, models = fold_models(tuning, oof_cache) if oof else ({}, [])
        for r in records:
            if oof:
                matcher.model = models[fold_of[r.id]]
            matcher.ncnd_counts = subtract(counts, ncnd_topics.count_pack([r]))
            matcher.ncnd_trace = []
            f = matcher.match(query_text(r), r.authority, exclude=[r.id]).forecast
            fh.write(json.dumps({"id": r.id, "kind": r.authority_type.value, "ncnd": r.ncnd, "scope": r.ncnd_scope,
                                 "warned": f.ncnd_likely,
                                 "direct": r.source_type.value in DIRECT_SOURCES and not ncnd_topics.ncnd_targeted(r),
                                 "outcome": r.outcome.value, "top": [o.outcome.value for o in f.outcomes[:2]],
                                 "parts": matcher.ncnd_trace[1:] if len(matcher.ncnd_trace) > 1 else matcher.ncnd_trace,
                                 "title": (r.title or "")[:160]}) + "\n")
    print(f"{len(records)} tuning records scored -> {out}")


def dev_ids() -> set[str]:
    """fm88: the ids of the dev split: the newest train_model.FORWARD share of the dated tuning records (the records
    bench/eval.py --dev scores and `make model`'s forward check forecasts)."""
    from askfoi.knowledge import load_knowledge
    from train_model import forward_split, harvested, split_by_date

    tuning, _ = split_by_date(harvested(load_knowledge()))
    return {tuning[i].id for i in forward_split(tuning)[1]}


def cause(row: dict) -> str:
    """Why a record was not warned (a miss) or was (a false alarm), from its parts' gates."""
    parts = row["parts"] or [{}]
    if row["warned"]:
        hit = [p for p in parts if p.get("likely")] or parts
        p = hit[0]
        how = "topic rule" if p.get("ruled") else "person case" if "person case" in (p.get("gates") or []) else "model over bar"
        return how + (", on a topic" if p.get("topics") else ", no topic")
    best = max(parts, key=lambda p: p.get("p", 0) / max(p.get("bar", 1), 1e-9))
    if not best.get("gates"):
        return "no trace"
    g = best["gates"][-1]
    if g == "below bar":
        return ("topic" if best.get("topics") else "no topic") + ", below bar"
    return "vetoed: " + g


def report(rows: list[dict]) -> None:
    table = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        for key in ("police" if r["kind"] == "police" else "other", "all"):
            t = table[key]
            t[0 if r["ncnd"] else 2] += 1
            t[1 if r["ncnd"] else 3] += r["warned"]
    for k, v in sorted(table.items()):
        print(f"{k:7} recall {v[1]}/{v[0]} = {v[1] / max(1, v[0]):.2f}   false alarms {v[3]}/{v[2]} = {v[3] / max(1, v[2]):.2f}")
    print("\n".join(scope_lines(rows)))
    for label, pick in (("MISSED (NCND, not warned)", lambda r: r["ncnd"] and not r["warned"]),
                        ("FALSE ALARMS (warned, no NCND)", lambda r: not r["ncnd"] and r["warned"]),
                        ("CAUGHT", lambda r: r["ncnd"] and r["warned"])):
        c = Counter((("police" if r["kind"] == "police" else "other"), cause(r)) for r in rows if pick(r))
        print(f"\n{label}")
        for (kind, why), n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4}  {kind:7} {why}")


def scope_lines(rows: list[dict]) -> list[str]:
    """fm82: the same run by what each NCND covered (the record's ncnd_scope; a run written before the trace kept it
    reads it from the pack by id), per kind of body: bench/eval.py `question_lines`, on the tuning split."""
    from types import SimpleNamespace

    from eval import question_lines

    if any("scope" not in r for r in rows):
        from askfoi.knowledge import load_knowledge

        scopes = {x.id: x.ncnd_scope for x in load_knowledge().responses}
        rows = [{**r, "scope": scopes.get(r["id"])} for r in rows]
    recs = [SimpleNamespace(id=r["id"], ncnd=r["ncnd"], ncnd_scope=r["scope"], warned=r["warned"], kind=r["kind"])
            for r in rows]
    kinds = Counter(x.kind for x in recs)
    groups = [("all", recs)] + [(k, [x for x in recs if x.kind == k]) for k, _ in kinds.most_common()]
    out = question_lines(groups, None, warned=lambda x: x.warned)
    out.append("  any NCND paragraph, per kind (recall; false alarms):")
    for name, g in groups:
        pos, neg = [x for x in g if x.ncnd], [x for x in g if x.ncnd is False]
        out.append(f"    {name:<20} {sum(x.warned for x in pos)}/{len(pos)}; {sum(x.warned for x in neg)}/{len(neg)}")
    return out


QUESTION_BARS = (0.3, 0.2, 0.15, 0.1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02)  # fm85: absolute bars tried (--question-bars)


def question_bar_lines(rows: list[dict], tries: Iterable[float] = QUESTION_BARS) -> list[str]:
    """fm85: per kind of body, NCND recall and false alarms FOR THE QUESTION ASKED (a standing paragraph, scope "other
    information", counts as no NCND; a scope not shown is counted apart) with each record's learnt bar set to each of
    TRIES and every rule replayed as traced (`replay`), beside the run as traced: what lowering
    one kind's bar would buy on an out-of-fold tuning run, without a new trace. A kind whose misses sit far below any
    bar (central government: its shipped bar is 0.98 and only the topic rule warns) shows it at once."""
    if any("scope" not in r for r in rows):
        from askfoi.knowledge import load_knowledge

        scopes = {x.id: x.ncnd_scope for x in load_knowledge().responses}
        rows = [{**r, "scope": scopes.get(r["id"])} for r in rows]
    out = []
    for kind in sorted({r["kind"] for r in rows}):
        rs = [r for r in rows if r["kind"] == kind]
        pos = [r for r in rs if r["ncnd"] and r["scope"] == "the question"]
        neg = [r for r in rs if r["ncnd"] is False or (r["ncnd"] and r["scope"] == "other information")]
        unk = [r for r in rs if r["ncnd"] and r["scope"] is None]
        if not pos and not unk:
            continue
        bars = Counter(round(_row_bar(r), 4) for r in rs if r["parts"])

        def cells(scale_of) -> str:
            a, f, u = (sum(replay(r, scale_of(r)) for r in g) for g in (pos, neg, unk))
            return (f"the question {a}/{len(pos)}, false alarms {f}/{len(neg)} = {f / max(1, len(neg)):.3f}"
                    + (f", scope not shown {u}/{len(unk)}" if unk else ""))

        usual = ", ".join(f"{b:g}" for b, _ in bars.most_common(2))
        out.append(f"  {kind} (bars as traced: {usual}): {cells(_traced_scale)}")
        for b in tries:
            out.append(f"    bar {b:g}: {cells(lambda r, b=b: _traced_scale(r) * b / max(1e-9, _row_bar(r)))}")
    return out


def _row_bar(row: dict) -> float:
    """The bar a record's parts were held to when traced: the learnt bar x the group's factor (its parts' lowest)."""
    return min((p["bar"] for p in row["parts"] or []), default=1.0) * _traced_scale(row)


def listing(rows: list[dict], kind: str) -> list[str]:
    """fc45: each miss and false alarm of KIND ("police", or "other" for every other kind) as lines: what the record
    was, its outcome and sections, each part's learnt probability against its bar, shape, topics and the rule that
    turned it off, and the words by which the record's text touches each NCND topic (askfoi/ncnd_topics.py
    `topic_words`), to read which topics are missing or too narrow and which false alarms come from a word that is
    not the topic. TUNING split only."""
    from askfoi.ncnd_topics import topic_words
    from ncnd_tuning import scored_tuning
    from train_model import query_text

    _, tuning, _, _, _ = scored_tuning()
    by_id = {r.id: r for r in tuning}
    out = []
    for label, pick in (("MISS", lambda r: r["ncnd"] and not r["warned"]), ("FALSE ALARM", lambda r: r["ncnd"] is False and r["warned"])):
        for row in rows:
            if (row["kind"] == "police") != (kind == "police") or not pick(row) or row["id"] not in by_id:
                continue
            r = by_id[row["id"]]
            out.append(f"{label} | {r.authority} | {r.outcome.value} | {', '.join(r.sections) or '-'} | {cause(row)}")
            out.append(f"    {(r.title or '')[:150]}")
            words = {t: w if len(w) <= 80 else w[:79] + "…" for t, w in topic_words(query_text(r)).items()}
            out.append(f"    topic words: {words or '-'}")
            for p in (row["parts"] or [])[:4]:
                out.append(f"    part: p={p.get('p')} bar={p.get('bar')}x{p.get('scale')} shape={p.get('shape') or '-'} "
                           f"topics={p.get('topics')} gates={p.get('gates')}")
    return out


SCALES = tuple(round(0.4 + 0.05 * i, 2) for i in range(13))  # factors tried on the bars (never above 1)


def group_of(row: dict, own: Iterable[str]) -> str:
    """The kind of body whose bar a record's parts meet: its own kind's, or "*" for the kinds sharing one."""
    parts = [p for p in row["parts"] or [] if p.get("group")]
    if parts:
        return parts[0]["group"]
    return row["kind"] if row["kind"] in own else "*"


def replay(row: dict, scale: float, override: float | None = None) -> bool:
    """Whether the record would be warned with every part's bar x SCALE, each rule deciding as it did (the trace's
    verdicts are taken whatever the bar); a part with no subject support is warned when its learnt probability reaches
    the bar x SCALE x OVERRIDE (fm76; askfoi/matching.py SUPPORT_OVERRIDE when None; float("inf"): never), risen with
    the number of parts of the request as askfoi/matching.py raises it (fm94 OVERRIDE_LONG_TEXT; a trace without
    n_parts is read as one part)."""
    import math

    from askfoi.matching import NO_OVERRIDE_KINDS, OVERRIDE_LONG_TEXT, SUPPORT_OVERRIDE

    for p in row["parts"] or []:
        would = p.get("would")
        if would is None:
            return bool(row["warned"])
        override_p = float("inf") if p.get("atype") in NO_OVERRIDE_KINDS else (  # fm99: never, for those kinds
            SUPPORT_OVERRIDE if override is None else override)
        rise = 1.0 + OVERRIDE_LONG_TEXT * math.log(max(1, p.get("n_parts") or 1))
        supported = would.get("support", True) or p["p"] >= p["bar"] * scale * override_p * rise
        if p["ruled"] or p.get("case") or (p["p"] >= p["bar"] * scale and supported and all(
                v for k, v in would.items() if k != "support")):
            return True
    return False


def rates(rows: list[dict], scale: float, override: float | None = None) -> tuple[float, float, int, int]:
    pos = [r for r in rows if r["ncnd"]]
    neg = [r for r in rows if not r["ncnd"]]
    return (sum(replay(r, scale, override) for r in pos) / max(1, len(pos)),
            sum(replay(r, scale, override) for r in neg) / max(1, len(neg)), len(pos), len(neg))


def _traced_scale(row: dict) -> float:
    """The factor the record's bars carried when traced (one group, so one factor)."""
    return next((p["scale"] for p in row["parts"] or [] if "scale" in p), 1.0)


OVERRIDES = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, float("inf"))  # fm76: factors tried for SUPPORT_OVERRIDE (inf: never)


def scan_override(rows: list[dict], own: Iterable[str], log=print) -> None:
    """fm76: recall / false alarms of each group (and of all, and of the records like a new request's answer) with
    each factor of OVERRIDES for askfoi/matching.py SUPPORT_OVERRIDE, the bars as traced (their factors kept)."""
    own = tuple(own)
    groups = [("all", rows), ("answered directly", [r for r in rows if r.get("direct")])] + [
        (g, [r for r in rows if group_of(r, own) == g]) for g in sorted({group_of(r, own) for r in rows})]
    for k in OVERRIDES:
        cells = []
        for name, rs in groups:
            pos, neg = [r for r in rs if r["ncnd"]], [r for r in rs if r["ncnd"] is False]
            a = sum(replay(r, _traced_scale(r), k) for r in pos)
            b = sum(replay(r, _traced_scale(r), k) for r in neg)
            cells.append(f"{name} {a}/{len(pos)} {b}/{len(neg)}")
        log(f"  x{k:g}: " + "; ".join(cells))


def choose(rows: list[dict], own: Iterable[str], log=print) -> tuple[dict[str, float], dict]:
    """{group: factor on its bar}: per group (a kind with its own threshold, or "*"), the factor of SCALES giving the
    most recall over all known records (an out-of-fold trace, bench/ncnd_why.py --all --oof) whose false alarms stay
    within the kind's limit of `make model` (train_model.FALSE_ALARM_LIMIT_BY_KIND, else FALSE_ALARM_LIMIT) on them and
    within the issue's goal (FALSE_ALARM_GOAL) on the records like a new request's answer; the larger factor on a tie;
    1 (the bar as chosen) when no smaller one keeps both."""
    import train_model as tm

    own = tuple(own)
    out, figures = {}, {}
    for g in sorted({group_of(r, own) for r in rows}):
        rs = [r for r in rows if group_of(r, own) == g]
        direct = [r for r in rs if r.get("direct")]
        limit = tm.FALSE_ALARM_LIMIT_BY_KIND.get(g, tm.FALSE_ALARM_LIMIT)
        best = (rates(rs, 1.0)[0], 1.0)
        for s in SCALES:
            rec, fa, _, _ = rates(rs, s)
            if fa <= limit and (not direct or rates(direct, s)[1] <= tm.FALSE_ALARM_GOAL) and (rec, s) > best:
                best = (rec, s)
        out[g] = best[1]
        before, after = rates(rs, 1.0), rates(rs, best[1])
        d0, d1 = rates(direct, 1.0), rates(direct, best[1])
        figures[g] = {"factor": best[1], "all_before": [round(before[0], 3), round(before[1], 3)],
                      "all_after": [round(after[0], 3), round(after[1], 3)], "ncnd_known": [before[2], before[3]],
                      "direct_before": [round(d0[0], 3), round(d0[1], 3)], "direct_after": [round(d1[0], 3), round(d1[1], 3)],
                      "direct_known": [d0[2], d0[3]]}
        log(f"  {g}: x{best[1]:g}  all known ({before[2]} NCND, {before[3]} not) recall {before[0]:.2f} -> {after[0]:.2f}, "
            f"false alarms {before[1]:.3f} -> {after[1]:.3f} (limit {limit}); answered directly ({d0[2]}/{d0[3]}) "
            f"{d0[0]:.2f}/{d0[1]:.3f} -> {d1[0]:.2f}/{d1[1]:.3f}")
    return out, figures


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--from", dest="src", type=Path)
    ap.add_argument("--all", action="store_true", help="every tuning record with a known NCND status")
    ap.add_argument("--oof", action="store_true", help="each record's NCND forecast from a model fitted without its "
                    "fold (5 folds grouped by authority), not the shipped in-sample one")
    ap.add_argument("--rows", type=Path, help="cache of the tuning records' features for --oof (pickle)")
    ap.add_argument("--choose", action="store_true", help="choose each kind's factor on its bar from the run (an "
                    "--all --oof run of a model without factors) and, with --write, put it in knowledge/forecast_model.json")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--override", action="store_true", help="fm76: recall / false alarms (NCND caught / known NCND, "
                    "warned / known without) per group for each factor tried for askfoi/matching.py SUPPORT_OVERRIDE")
    ap.add_argument("--list", choices=("police", "other"), help="print each miss and false alarm of this kind with the "
                    "words by which it touches each NCND topic")
    ap.add_argument("--replayed", action="store_true", help="fm82: each record warned as replayed with askfoi/matching.py "
                    "SUPPORT_OVERRIDE (a run traced before fm76's override read as the forecast is now)")
    ap.add_argument("--question-bars", action="store_true", help="fm85: per kind, recall and false alarms for the "
                    "question asked with each part's learnt bar set to each of QUESTION_BARS, rules replayed as traced")
    ap.add_argument("--split", choices=("dev", "older"), help="fm88: report only the dev split's records (the newest 20%% "
                    "of the dated tuning records) or only the older ones")
    args = ap.parse_args(argv)
    if args.src is None:
        run(args.out, args.all, args.rows, args.oof)
    path = args.src or args.out
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.replayed:
        rows = [{**r, "warned": replay(r, _traced_scale(r))} for r in rows]
    if args.split:
        dev = dev_ids()
        rows = [r for r in rows if (r["id"] in dev) == (args.split == "dev")]
        print(f"{args.split} split: {len(rows)} traced records")
    report(rows)
    if args.list:
        print(f"\nEACH {args.list.upper()} MISS AND FALSE ALARM")
        print("\n".join(listing(rows, args.list)))
    if args.question_bars:
        print("\nNCND for the question asked, per kind, with each bar (replayed; the run's bar factors kept):")
        print("\n".join(question_bar_lines(rows)))
    if args.override:
        from askfoi.forecast_model import load_model

        print("\nwarned without subject support at the bar x scale x factor (records: NCND caught, false alarms):")
        scan_override(rows, load_model().ncnd_thresholds)
    if args.choose:
        from askfoi.forecast_model import load_model, write_model

        model = load_model()
        if any(p.get("scale", 1.0) != 1.0 for r in rows for p in r["parts"] or []):
            raise SystemExit("the run's bars already carry factors: run it with a model without meta.ncnd_bar_scale")
        print("\nfactors on the NCND bars, replayed on the run:")
        scales, figures = choose(rows, model.ncnd_thresholds)
        if args.write:
            model.meta["ncnd_bar_scale"] = scales
            model.meta["ncnd_bar_scale_check"] = figures
            print(f"wrote {write_model(model)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
