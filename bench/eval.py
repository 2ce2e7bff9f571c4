"""`make eval`: how good the forecast is on the newest harvested responses, which it never saw.

The new records (knowledge/responses/harvest_*.jsonl) with a final outcome dated on or after a fixed cut
(bench/train_model.py HELD_OUT_FROM, fc43: about the newest 20% when it was fixed) are held out; the share held out
is printed, so its drift as the pack grows is visible. The matcher's index and the NCND topic counts are built from
the pack WITHOUT the held-out records, so for them askfoi knows only what was published before.

The forecast is the learnt model of askfoi/forecast_model.py: bench/train_model.py (`make model`)
chooses its settings by cross-validation on the tuning 80% (folds grouped by authority) and fits it
there. This script scores what askfoi SHIPS (fc20): the shipped knowledge/forecast_model.json, when it was
fitted on the tuning 80% only, through `Matcher.match` (the path `askfoi match` and the chatbot use) on the
held-out 20% once; `--retrain` (and the comparison model WITH the record's source type) trains it the same way
in memory instead and reports the out-of-fold forecasts as the tuning figures.
`--experts` scores the older expert mix instead (leave-one-out on the tuning half, its settings chosen there).

Reported for both halves, per kind of authority: top-1 and top-2 accuracy beside the majority outcome
(of the tuning half, per kind) and the outcome of the nearest title (rapidfuzz WRatio over the records the
matcher may see), balanced accuracy, NCND recall and false-alarm rate (records whose NCND status is
unknown are left out of both), the Brier score, and a reliability table (when the forecast's first
outcome is given p, how often it is right). Then the pack's coverage (issue 9's targets).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import askfoi.matching as matching  # noqa: E402
import askfoi.ncnd_topics as ncnd_topics  # noqa: E402
from askfoi.knowledge import load_knowledge  # noqa: E402
from askfoi.matching import CALIBRATION, FINAL, matcher_for  # noqa: E402
from askfoi.models import PublishedResponse  # noqa: E402
from eval_loo import nearest_title_outcomes as nearest_title  # noqa: E402

SHARES = (0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)
OUTCOME_PS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01)  # NCND also when the outcome forecast gives NCND this much (1.01 = never)
SHARPEN = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # powers tried on the forecast's probabilities (1 = as shipped)
BINS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)
MIN_KIND = 8  # kinds of authority with fewer held-out records are reported together as "other kinds"
GOALS = "goals on the held-out split: NCND recall >= 0.85 with false alarms <= 0.15; top-2 >= 0.75; top-1 >= majority + 15 points"


from train_model import DIRECT_SOURCES, held_share, query_text, split_by_date, subtract  # noqa: E402,F401  (one split for eval and model)


SOURCE_GIVEN = True  # the record's source type names its population (--source-unknown: every record forecast as a new request)
HELD_ONLY = False  # --held-only: score the shipped model on the held-out split alone (no leave-one-out tuning pass)
EARLIER_HELD: set[str] = set()  # --held-ids: an earlier run's held-out ids, to score the same records after the split moves
# fm88 --dev: the dev split inside tuning. The newest FORWARD share (20%) of the dated TUNING records (train_model.forward_split,
# the split `make model`'s forward check already forecasts) is scored as the held-out split is: left out of the index and the
# NCND topic counts, the model refitted in memory on the older tuning records only (with the shipped model's settings, as
# `train_model.py --settings-from`, and its NCND bar factors), then scored once through match(). The held-out split is not
# read at all. A change is judged on recent records this way without touching the held-out split.
DEV_FIXED: dict | None = None
HELD_TITLE = "held-out, dated from the fixed cut (never used to choose anything; scored once)"
DEV_DUMP: Path | None = None  # fm88 --dev --dump FILE: each dev record's forecast, one JSON line each (never the held-out split)


def dump_dev(held, held_pred) -> None:
    """fm88: with --dev --dump, write each dev record's facts and forecast (to read the misses by class)."""
    if not DEV_DUMP or not DEV_FIXED:
        return
    import json

    with DEV_DUMP.open("w", encoding="utf-8") as fh:
        for r in held:
            p = held_pred[r.id]
            fh.write(json.dumps({"id": r.id, "kind": r.authority_type.value, "authority": r.authority, "date": r.date,
                                 "source": r.source_type.value, "targeted": ncnd_topics.ncnd_targeted(r),
                                 "outcome": r.outcome.value, "ncnd": r.ncnd, "scope": r.ncnd_scope,
                                 "sections": list(r.sections), "warned": bool(p["ncnd"]),
                                 "top": sorted(p["probs"], key=lambda o: -p["probs"][o])[:2],
                                 "title": (r.title or "")[:160], "text_len": len(query_text(r))}) + "\n")


def predict(matcher, records, counts, loo: bool) -> dict[str, dict]:
    """For each record: the forecast's outcome probabilities and ncnd_likely, from `askfoi match`'s path.
    The record's source type is a fact of how it was published: a decision notice describes a disputed
    request, a disclosure log an answered one; with SOURCE_GIVEN the forecast is asked for that population."""
    out = {}
    for r in records:
        matcher.ncnd_counts = subtract(counts, ncnd_topics.count_pack([r])) if loo else counts
        f = matcher.match(query_text(r), r.authority, exclude=[r.id] if loo else (),
                          source_type=r.source_type.value if SOURCE_GIVEN else None).forecast
        out[r.id] = {"probs": {o.outcome.value: o.probability for o in f.outcomes}, "ncnd": f.ncnd_likely}
    return out


SHIPPED_OUTCOME_P = matching.NCND_OUTCOME_P


def with_outcome_rule(pred: dict, threshold: float) -> dict:
    """matching.NCND_OUTCOME_P = threshold: NCND when the topics or neighbours say so, or the outcome forecast gives NCND that much."""
    return {i: {**p, "ncnd": p["ncnd"] or p["probs"].get("ncnd", 0.0) >= threshold} for i, p in pred.items()}


def sharpen(pred: dict, power: float) -> dict:
    out = {}
    for i, p in pred.items():
        raw = {o: v ** power for o, v in p["probs"].items()}
        total = sum(raw.values()) or 1.0
        out[i] = {**p, "probs": {o: v / total for o, v in raw.items()}}
    return out


def brier(rs, pred) -> float:
    return sum(sum((pred[r.id]["probs"].get(o, 0.0) - (o == r.outcome.value)) ** 2 for o in FINAL) for r in rs) / len(rs)


def ncnd_rates(rs, pred) -> tuple[float, float, int, int]:
    pos = [r for r in rs if r.ncnd is True]
    neg = [r for r in rs if r.ncnd is False]
    recall = sum(pred[r.id]["ncnd"] for r in pos) / len(pos) if pos else float("nan")
    false_alarm = sum(pred[r.id]["ncnd"] for r in neg) / len(neg) if neg else float("nan")
    return recall, false_alarm, len(pos), len(neg)


def report(title: str, rs, pred, majority: dict[str, str], nn: dict[str, str]) -> None:
    kinds = Counter(r.authority_type.value for r in rs)
    groups = [("all", rs)] + [(k, [r for r in rs if r.authority_type.value == k]) for k, n in kinds.most_common() if n >= MIN_KIND]
    small = [r for r in rs if kinds[r.authority_type.value] < MIN_KIND]
    if small:
        groups.append(("other kinds", small))
    # how the records were published (a new request is answered directly; a decision notice is a dispute)
    direct = [r for r in rs if r.source_type.value in DIRECT_SOURCES]
    groups += [(label, g) for label, g in (
        ("answered directly", direct),
        ("ICO/tribunal decision", [r for r in rs if r.source_type.value == "ico_or_tribunal"]),
        ("third party", [r for r in rs if r.source_type.value == "third_party"]),
        # how the records were found: a harvest searched FOR NCND answers over-states NCND (fc7)
        ("NCND-targeted harvest", [r for r in rs if ncnd_topics.ncnd_targeted(r)]),
        ("direct, not targeted", [r for r in direct if not ncnd_topics.ncnd_targeted(r)])) if len(g) >= MIN_KIND]
    print(f"\n{title}: {len(rs)} records (major. = always the tuning split's majority outcome for that kind of body,"
          " never the scored records' own)")
    print(f"  {'kind':<20} {'n':>4}  {'top-1':>6} {'top-2':>6} {'major.':>6} {'n.title':>7} {'bal.':>5}  "
          f"{'NCND rec.':>9} {'false al.':>9} {'Brier':>6}")
    for name, group in groups:
        top1 = top2 = maj = near = brier = 0.0
        by_true: dict[str, list[bool]] = {}
        for r in group:
            probs = pred[r.id]["probs"]
            ranked = sorted(probs, key=lambda o: (-probs[o], FINAL.index(o)))
            truth = r.outcome.value
            top1 += ranked[0] == truth
            top2 += truth in ranked[:2]
            maj += majority.get(r.authority_type.value, majority["all"]) == truth
            near += nn.get(r.id) == truth
            brier += sum((probs.get(o, 0.0) - (o == truth)) ** 2 for o in FINAL)
            by_true.setdefault(truth, []).append(ranked[0] == truth)
        n = len(group)
        bal = sum(sum(v) / len(v) for v in by_true.values()) / len(by_true)
        rec, fa, npos, nneg = ncnd_rates(group, pred)
        print(f"  {name:<20} {n:>4}  {top1 / n:>6.1%} {top2 / n:>6.1%} {maj / n:>6.1%} {near / n:>7.1%} {bal:>5.2f}  "
              f"{rec:>5.2f}/{npos:<3} {fa:>5.2f}/{nneg:<3} {brier / n:>6.3f}")
    covert = [r for r in rs if any(e.covert for e in ncnd_topics.evidence_for(query_text(r), r.authority_type.value))]
    rec, fa, npos, nneg = ncnd_rates(covert, pred) if covert else (float("nan"), float("nan"), 0, 0)
    print(f"  covert-topic questions (an NCND topic of knowledge/ncnd_topics.yaml, asked about covert use): {len(covert)}, "
          f"NCND recall {rec:.2f} (of {npos}), false alarms {fa:.2f} (of {nneg})")
    for line in standing_lines(groups, pred):
        print(line)
    for line in question_lines(groups, pred):
        print(line)
    print("  reliability (first outcome's probability -> how often it was right):")
    for lo, hi, n, said, right in reliability_rows(rs, pred):
        print(f"    {lo:.1f}-{min(hi, 1.0):.1f}: {n:>4} forecasts, said {said:.0%}, right {right:.0%}")
    print("  reliability per kind of body (bin: forecasts, said -> right):")
    for name, group in groups[1:]:
        cells = [f"{lo:.1f}-{min(hi, 1.0):.1f}: {n} {said:.0%}->{right:.0%}" for lo, hi, n, said, right in
                 reliability_rows(group, pred)]
        print(f"    {name:<20} " + "; ".join(cells))


def standing_lines(groups, pred) -> list[str]:
    """fc47: NCND recall with and without the records whose NCND is only a standing paragraph beside the reply
    ("neither confirm nor deny that any other information is held"; the record's ncnd_scope "other information",
    written into knowledge/sources from askfoi/ncnd_topics.py `standing_paragraph`), per
    group that has any. The issue's goal is on all records; nothing is relabelled: the recall on the other NCND records
    is printed beside it, with the false alarms (the same records either way)."""
    out = []
    for name, group in groups:
        pos = [r for r in group if r.ncnd is True]
        standing = [r for r in pos if r.ncnd_scope == "other information"]  # fm82: the recorded fact
        if not standing:
            continue
        rest = [r for r in pos if r.ncnd_scope != "other information"]
        said = lambda rs: sum(bool(pred[r.id]["ncnd"]) for r in rs)  # noqa: E731
        out.append(f"    {name:<20} {len(standing)} of {len(pos)} NCND records are a standing paragraph, {said(standing)} "
                   f"warned; recall on all {said(pos) / len(pos):.2f}, without them {said(rest) / max(1, len(rest)):.2f} "
                   f"(of {len(rest)})")
    if out:
        out.insert(0, "  NCND only as a standing paragraph beside the reply to what was asked ('any other information'), recall "
                      "with and without them:")
    return out


def question_rates(rs, warned) -> dict[str, tuple[int, int]]:
    """fm82: (warned, records) per NCND scope (PublishedResponse.ncnd_scope, a fact of each record's page): "the
    question", "other information" (a standing paragraph beside a full reply), "not shown", and "no NCND"."""
    out: dict[str, list[int]] = {k: [0, 0] for k in ("the question", "other information", "not shown", "no NCND")}
    for r in rs:
        if r.ncnd is None:
            continue
        key = "no NCND" if r.ncnd is False else r.ncnd_scope or "not shown"
        out[key][0] += bool(warned(r))
        out[key][1] += 1
    return {k: (a, n) for k, (a, n) in out.items()}


def question_lines(groups, pred, warned=None) -> list[str]:
    """fm82: NCND recall for the question the person asked, beside the table's figure (any NCND paragraph, kept as
    it was): recall on the records whose page shows the NCND covered the question; the records whose page does not
    show it apart (unknown stays unknown); and the false alarms when a warning on a standing paragraph counts as a
    false alarm (the person's question was answered, so "your question will probably be met with NCND" was wrong)."""
    warned = warned or (lambda r: pred[r.id]["ncnd"])
    out = []
    for name, group in groups:
        c = question_rates(group, warned)
        if not any(c[k][1] for k in ("the question", "other information", "not shown")):
            continue
        rate = lambda a, n: f"{a / n:.2f}" if n else " nan"  # noqa: E731
        (q, nq), (o, no), (u, nu), (f, nf) = (c[k] for k in ("the question", "other information", "not shown", "no NCND"))
        out.append(f"    {name:<20} the question {rate(q, nq)} ({q}/{nq}); scope not shown {rate(u, nu)} ({u}/{nu}); "
                   f"either {rate(q + u, nq + nu)} ({q + u}/{nq + nu}); false alarms with standing paragraphs as false "
                   f"{rate(f + o, nf + no)} ({f + o}/{nf + no}; without them {rate(f, nf)})")
    if out:
        out.insert(0, "  NCND for the question asked (ncnd_scope from each record's page; the table's NCND figures count "
                      "any NCND paragraph): recall by scope, and false alarms counting a warning on a standing "
                      "paragraph as false:")
    return out


def reliability_rows(rs, pred) -> list[tuple[float, float, int, float, float]]:
    """(low, high, forecasts, mean stated probability, share right) for each BINS bin of the first outcome's
    probability that holds any forecast."""
    out = []
    for lo, hi in zip(BINS, BINS[1:]):
        inside = []
        for r in rs:
            probs = pred[r.id]["probs"]
            best = min(probs, key=lambda o: (-probs[o], FINAL.index(o)))
            if lo <= probs[best] < hi:
                inside.append((probs[best], best == r.outcome.value))
        if inside:
            out.append((lo, hi, len(inside), sum(p for p, _ in inside) / len(inside),
                        sum(ok for _, ok in inside) / len(inside)))
    return out


def shipped_on_tuning(tuning, held):
    """(the shipped knowledge/forecast_model.json, why not) -- the model askfoi ships, when it was fitted on tuning
    records only (its meta.trained_on: none held out) and without the source type; else (None, the reason)."""
    from askfoi.forecast_model import load_model

    shipped = load_model()
    if shipped is None:
        return None, "no readable knowledge/forecast_model.json"
    ids = set(shipped.meta.get("trained_on") or ())
    if not ids:
        return None, "the shipped model does not list the records it was fitted on"
    if ids & {r.id for r in held}:
        return None, f"the shipped model was fitted on {len(ids & {r.id for r in held})} held-out records"
    if not ids <= {r.id for r in tuning}:
        return None, "the shipped model was fitted on records outside this tuning split"
    if shipped.meta.get("source_type_feature"):
        return None, "the shipped model uses the source type"
    return shipped, ""


def learnt(matcher, prepared, majority: dict, source_models=(False, True), retrain: bool = False) -> None:
    """Score the forecast askfoi SHIPS (fc20): for the model without the source type, the shipped
    knowledge/forecast_model.json when it was fitted on the tuning 80% only (`shipped_on_tuning`): the held-out 20%
    scored once through match(), the tuning records leave-one-out through match() (in-sample for the model's
    weights, which were fitted on them; the out-of-fold figures `make model` measured are printed from its file).
    Otherwise (RETRAIN, a model with the source type, or no such shipped model): train the learnt forecast on the
    tuning half in memory (grouped cross-validation chooses its settings; the out-of-fold forecasts are the tuning
    figures), then score the held-out half once through match()."""
    import train_model

    from askfoi.forecast_model import load_model

    kb, tuning, held, seen, counts = prepared
    nn_tune = {} if HELD_ONLY else nearest_title(tuning, seen)
    nn_held = nearest_title(held, seen)
    global SOURCE_GIVEN
    for source_given in source_models:
        label = ("WITH the record's source type (how it was published: not something a new request has)"
                 if source_given else "without the source type (the chatbot's forecast: the honest figure)")
        print(f"\n=== learnt forecast, {label}")
        shipped, why = shipped_on_tuning(tuning, held) if not source_given and not retrain else (None, "")
        if shipped is not None:
            print(f"  scoring the SHIPPED knowledge/forecast_model.json (fitted by `make model` on {len(shipped.meta['trained_on'])}"
                  " tuning records, none held out)")
            cv = shipped.meta.get("cv") or {}
            if cv:
                print(f"  its out-of-fold figures on the tuning records (make model): {cv}")
            matcher.model = shipped
            SOURCE_GIVEN = False
            known = [r for r in tuning if r.ncnd is not None]
            held_pred = predict(matcher, held, counts, loo=False)
            if not HELD_ONLY:
                tune_pred = predict(matcher, known, counts, loo=True)
                report("tuning 80% with a known NCND status (leave-one-out through match(); in-sample weights)", known,
                       tune_pred, majority, {r.id: nn_tune.get(r.id) for r in known})
            report(HELD_TITLE, held, held_pred, majority, nn_held)
            earlier_held(held, held_pred, majority, nn_held, tuning)
            continue
        if why:
            print(f"  ({why}: the model is trained in memory instead)")
        matcher.model = None
        model, oof = train_model.build(source_given, prepared=prepared, matcher=matcher, log=lambda m: print(m),
                                       fixed=DEV_FIXED)
        if DEV_FIXED and DEV_FIXED.get("ncnd_bar_scale"):
            model.meta["ncnd_bar_scale"] = DEV_FIXED["ncnd_bar_scale"]  # the shipped bar factors (fc27), as make model keeps them
        if not source_given and not DEV_FIXED:
            shipped = load_model()
            same = shipped is not None and shipped.meta.get("trained_on") == model.meta["trained_on"] and \
                shipped.to_json()["weights"] == model.to_json()["weights"]
            print("  the shipped knowledge/forecast_model.json is this model" if same else
                  "  NOTE: knowledge/forecast_model.json differs from this model: run `make model`")
        kind_of = {r.id: r.authority_type.value for r in tuning}
        tune_pred = {i: {"probs": p["probs"], "ncnd": p["p_ncnd"] >= model.threshold_for(kind_of[i])} for i, p in oof.items()}
        matcher.model = model
        SOURCE_GIVEN = source_given
        held_pred = predict(matcher, held, counts, loo=False)
        report("tuning 80% (out-of-fold, grouped by authority)", tuning, tune_pred, majority, nn_tune)
        report(HELD_TITLE, held, held_pred, majority, nn_held)
        dump_dev(held, held_pred)
        earlier_held(held, held_pred, majority, nn_held, tuning)
    matcher.model = None


def earlier_held(held, held_pred, majority: dict, nn_held: dict, tuning) -> None:
    """With --held-ids: the held-out records an earlier split also held out, scored alone (the split moves as dated
    records were added, so the newest 20% was not the same set from one harvest to the next, until fc43 fixed the cut)."""
    if not EARLIER_HELD:
        return
    same = [r for r in held if r.id in EARLIER_HELD]
    moved = sum(1 for r in tuning if r.id in EARLIER_HELD)
    report(f"held out before and now (--held-ids; {moved} of the earlier held-out records are tuning records now)",
           same, {r.id: held_pred[r.id] for r in same}, majority, {r.id: nn_held.get(r.id) for r in same})


def dev_split(tuning) -> tuple[list, list, dict]:
    """fm88 --dev: (the older tuning records, the dev split: the newest train_model.FORWARD share of the dated tuning
    records in date order, the shipped model's meta: the settings to refit with)."""
    import json

    from askfoi.forecast_model import model_path
    from train_model import forward_split

    older, newest = forward_split(tuning)
    dev = sorted((tuning[i] for i in newest), key=lambda r: (r.date, r.id))
    meta = json.loads(model_path().read_text(encoding="utf-8"))["meta"]
    return [tuning[i] for i in older], dev, meta


def coverage(kb, new) -> None:
    """Issue 9's coverage targets: bodies of each kind with at least 10 records, and NCND records."""
    print("\ncoverage (issue 9 aims: 40 police forces, 100 councils, 30 NHS bodies, 20 central government bodies"
          " with >= 10 records each; >= 400 NCND; >= 2,000 new records)")
    from train_model import harvested

    for label, rs in (("harvested records", harvested(kb, final_only=False)), ("whole pack", kb.responses)):
        per = Counter((r.authority_type.value, r.authority) for r in rs)
        forces = sum(1 for (k, a), n in per.items() if k == "police" and n >= 10 and "commissioner" not in a.lower())
        by = {k: sum(1 for (t, _), n in per.items() if t == k and n >= 10) for k in ("council", "nhs", "central_government")}
        ncnd = sum(r.ncnd is True for r in rs)
        print(f"  {label}: {len(rs)} records ({len(set(a for _, a in per))} bodies); with >= 10 records: police forces "
              f"{forces}, councils {by['council']}, NHS bodies {by['nhs']}, central government {by['central_government']}; "
              f"NCND {ncnd} (whole answer {sum(r.outcome.value == 'ncnd' for r in rs)}, unknown {sum(r.ncnd is None for r in rs)})")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pack", type=Path, action="append", help="knowledge folder(s); default: the shipped pack")
    ap.add_argument("--experts", action="store_true", help="score the older expert mix instead of the learnt model")
    ap.add_argument("--source-unknown", action="store_true",
                    help="--experts only: forecast every record as a new request (population: direct answers)")
    ap.add_argument("--quick", action="store_true", help="skip the framing and reply reports")
    ap.add_argument("--shipped-only", action="store_true",
                    help="score only the model without the source type (the one askfoi ships)")
    ap.add_argument("--retrain", action="store_true",
                    help="train the model without the source type in memory instead of scoring the shipped one")
    ap.add_argument("--held-ids", type=Path,
                    help="a file of record ids (one a line) held out by an earlier run: also score those still held out")
    ap.add_argument("--held-only", action="store_true",
                    help="with the shipped model: score the held-out split only (skips the slow leave-one-out tuning pass)")
    ap.add_argument("--dev", action="store_true",
                    help="fm88: score the dev split (the newest 20%% of the dated tuning records) instead of the held-out "
                         "split, the model refitted without it with the shipped settings; the held-out split is not read")
    ap.add_argument("--dump", type=Path, help="with --dev: write each dev record's forecast to this file (JSON lines)")
    args = ap.parse_args(argv)
    global SOURCE_GIVEN, HELD_ONLY, DEV_FIXED, HELD_TITLE, DEV_DUMP
    DEV_DUMP = args.dump if args.dev else None
    HELD_ONLY = args.held_only
    if args.held_ids:
        EARLIER_HELD.update(line.strip() for line in args.held_ids.read_text().splitlines() if line.strip())
    SOURCE_GIVEN = not args.source_unknown
    kb = load_knowledge(args.pack) if args.pack else load_knowledge()
    from train_model import harvested

    new = harvested(kb)
    if len(new) < 20:
        print("eval: fewer than 20 harvested records with a final outcome; nothing to hold out")
        return 1
    tuning, held = split_by_date(new)
    held_ids = {r.id for r in held}
    if args.dev:
        tuning, held, DEV_FIXED = dev_split(tuning)
        held_ids |= {r.id for r in held}
        HELD_TITLE = "DEV split: the newest 20% of the dated tuning records (the held-out split not read; model refitted without dev)"
    seen = [r for r in kb.responses if r.id not in held_ids]
    print(f"{len(new)} new records: tuning {len(tuning)} (undated or up to {max(r.date for r in tuning if r.date)}), "
          f"held out {len(held)} (from {held[0].date} to {held[-1].date})")
    print(f"  {held_share(tuning, held)}" if not args.dev else f"  dev: the newest {len(held)} of the {len(tuning) + len(held)} "
          "tuning records (20% of the dated); the held-out split is not read")
    start = time.perf_counter()
    counts = ncnd_topics.count_pack(seen)
    majority = {"all": Counter(r.outcome.value for r in tuning).most_common(1)[0][0]}
    for kind in {r.authority_type.value for r in tuning}:
        majority[kind] = Counter(r.outcome.value for r in tuning if r.authority_type.value == kind).most_common(1)[0][0]
    with tempfile.TemporaryDirectory() as cache:
        files = [f for f in kb.files]
        matcher = matcher_for(seen, files + [Path(cache) / "held-out-removed"], Path(cache))
        if not args.experts:
            learnt(matcher, (kb, tuning, held, seen, counts), majority, (False,) if args.shipped_only else (False, True),
                   retrain=args.retrain)
            matcher.con.close()
            coverage(kb, new)
            print(f"\n{GOALS}")
            print(f"({time.perf_counter() - start:.0f} s)")
            return 0 if args.quick else others()
        matcher.model = None  # the older expert mix
        matching.NCND_OUTCOME_P = 2.0  # off while predicting: the threshold is chosen below on the tuning half
        # choose the NCND share threshold on the tuning half only
        best = None
        shipped = ncnd_topics.NCND_SHARE
        print("\nNCND share threshold, tuning half (leave-one-out): recall / false alarms")
        for share in SHARES:
            ncnd_topics.NCND_SHARE = share
            pred = predict(matcher, tuning, counts, loo=True)
            rec, fa, _, _ = ncnd_rates(tuning, pred)
            print(f"  {share:.2f}: {rec:.2f} / {fa:.2f}")
            key = (fa <= 0.15, rec - fa)
            if best is None or key > best[0]:
                best = (key, share, pred)
        _, share, tune_pred = best
        ncnd_topics.NCND_SHARE = share
        print(f"  chosen {share:.2f} (askfoi ships {shipped:.2f})")
        held_pred = predict(matcher, held, counts, loo=False)
        matcher.con.close()
    # NCND also from the outcome forecast's NCND probability: the threshold chosen on the tuning half
    print("\nNCND from the outcome forecast's NCND probability, tuning half: recall / false alarms")
    best = None
    for t in OUTCOME_PS:
        rec, fa, _, _ = ncnd_rates(tuning, with_outcome_rule(tune_pred, t))
        print(f"  {t:.2f}: {rec:.2f} / {fa:.2f}")
        key = (fa <= 0.15, rec - fa)
        if best is None or key > best[0]:
            best = (key, t)
    t = best[1]
    print(f"  chosen {t:.2f} (askfoi ships {SHIPPED_OUTCOME_P:.2f})")
    tune_pred, held_pred = with_outcome_rule(tune_pred, t), with_outcome_rule(held_pred, t)
    print("\nsharpness (power on the forecast's probabilities), tuning half: Brier score")
    scored = [(brier(tuning, sharpen(tune_pred, p)), p) for p in SHARPEN]
    for b, p in scored:
        print(f"  {p:.2f}: {b:.3f}")
    best = min(b for b, _ in scored)
    power = min(p for b, p in scored if b <= best + 0.002)  # the least sharp of the (near) best
    print(f"  chosen {power:.2f} (relative to askfoi's CALIBRATION {CALIBRATION:g})")
    tune_pred, held_pred = sharpen(tune_pred, power), sharpen(held_pred, power)
    nn_tune = nearest_title(tuning, seen)
    nn_held = nearest_title(held, seen)
    report("tuning half (80%, leave-one-out)", tuning, tune_pred, majority, nn_tune)
    report("held-out, dated from the fixed cut (never used to choose anything)", held, held_pred, majority, nn_held)
    coverage(kb, new)
    print(f"\n{GOALS}")
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0 if args.quick else others()


def others() -> int:
    from eval_framing import report as framing_report  # the framing of first messages (issue 8)

    framing_report()

    from eval_by_eye import report as by_eye_report  # real texts read by eye, before and after (issue 8)

    by_eye_report()

    from eval_informal import report as informal_report  # informal messages cut into their questions (fr5)

    informal_report()

    from eval_framing import report_details  # framing details: breakdowns, filters, back-references (fr6)

    report_details()

    from eval_periods import report as periods_report  # the periods a request states (issue 8)

    periods_report()

    from bench.eval_replies import report as reply_report

    reply_report()

    from bench.audit_replies import main as reply_audit  # how far the reply labels can be trusted

    reply_audit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
