"""Does a learnt word and word-pair signal help the NCND forecast? (fc47, issue 9) TUNING split only, out of fold.

A logistic regression (or a naive Bayes) for "the answer used NCND" over the words and adjacent word pairs of a record's
title and summary (what was asked), with the kind of body, fitted on the tuning records with a known NCND status in 5
folds grouped by authority (as `make model`); each record scored by the model that did not see its fold. Words that
state the answer ("confirm", "deny", "NCND", "decision", "upheld" ...) and reference numbers are left out, so the signal
is what a new request has. Three measures, police only:

  (default)           the text signal alone: AUC, recall at false alarms 0.15, with and without the records whose NCND
                      is only a standing paragraph (askfoi/ncnd_topics.py `standing_paragraph`);
  --trace RUN.jsonl   the signal OR-ed with the forecast as traced (bench/ncnd_why.py --oof --out RUN.jsonl): the NCND
                      answers added and false alarms added when the K records the forecast did not warn with the highest
                      text score are warned as well;
  --fit --rows C.pkl  the word pairs added as features of the shipped NCND model, refitted out of fold (record level), and
                      the model trained without the standing-paragraph records: police AUC and recall at false alarms
                      0.15 against the model as shipped; fm82: and the model trained with the standing paragraphs
                      (ncnd_scope "other information") as not NCND, scored for the question asked
                      (--question-only: that and the model as shipped alone).

    PYTHONPATH=. .venv/bin/python bench/ncnd_text.py --trace /tmp/why.jsonl
    PYTHONPATH=. .venv/bin/python bench/ncnd_text.py --fit --rows /tmp/rows.pkl
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

# Words that state the answer or the dispute, not the question (a decision notice's title names its outcome)
ANSWER_WORDS = frozenset("confirm confirmed deny denied ncnd neither nor decision notice tribunal upheld exempt exemption "
                         "exemptions commissioner appeal refusal refuse refused withheld ukftt grc ico foisa reveal".split())
FUNCTION_WORDS = frozenset("the a an of to in on for and or by with from at as is are was were be been this that these "
                           "those any all each per which what how many number numbers whether your you their its it "
                           "into about under over between since during within not no other such has have had do does "
                           "did can could would should may might will there them they he she his her him we our us my "
                           "me i who whom where when why than then also more most".split())
PAIR_WEIGHT = 0.5  # a word pair's value beside the shipped model's words (--fit)
KS = (10, 20, 40, 80)  # records added to the warned ones (--trace)


def tokens(text: str) -> list[str]:
    """The words of TEXT a new request would have: lower case, reference numbers and bracketed references left out,
    a plural 's' cut from longer words, function words and ANSWER_WORDS left out."""
    text = re.sub(r"\([^)]*\d[^)]*\)|\b[a-z]*\d[\w/_-]*", " ", (text or "").lower())
    out = []
    for w in re.findall(r"[a-z]+", text):
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if len(w) > 2 and w not in FUNCTION_WORDS and w not in ANSWER_WORDS:
            out.append(w)
    return out


def text_features(text: str, kind: str, pairs: bool = True) -> dict[str, float]:
    """Each word ("u:") and adjacent pair of kept words ("b:") of TEXT, scaled to unit length, and the kind of body."""
    ws = tokens(text)
    f = {f"u:{w}": 1.0 for w in ws}
    if pairs:
        f.update({f"b:{a}_{b}": 1.0 for a, b in zip(ws, ws[1:])})
    n = math.sqrt(max(len(f), 1))
    f = {k: v / n for k, v in f.items()}
    f[f"k:{kind}"] = 1.0
    return f


def record_text(r) -> str:
    return " ".join(p for p in (r.title, r.asked) if p)


def auc(p, y) -> float:
    import numpy as np

    p, y = np.asarray(p, float), np.asarray(y, int)
    order = np.argsort(p, kind="stable")
    rank = np.empty(len(p))
    rank[order] = np.arange(1, len(p) + 1)
    for v in np.unique(p):  # ties share their mean rank
        same = p == v
        rank[same] = rank[same].mean()
    n1 = int(y.sum())
    n0 = len(y) - n1
    return float((rank[y == 1].sum() - n1 * (n1 + 1) / 2) / max(1, n1 * n0))


def recall_at(p, y, limit: float = 0.15) -> tuple[int, int]:
    """(NCND answers scored above the bar that gives false alarms of LIMIT, NCND answers)."""
    import numpy as np

    p, y = np.asarray(p, float), np.asarray(y, int)
    neg = np.sort(p[y == 0])[::-1]
    bar = neg[min(len(neg) - 1, int(limit * len(neg)))] if len(neg) else 0.0
    return int((p[y == 1] > bar).sum()), int(y.sum())


def or_trade(score, y, warned, ks=KS) -> list[tuple[int, int, int]]:
    """(K, NCND answers added, false alarms added) when the K records not warned with the highest SCORE are warned too."""
    rest = sorted((i for i in range(len(y)) if not warned[i]), key=lambda i: (-score[i], i))
    out = []
    for k in ks:
        add = rest[:k]
        caught = sum(int(y[i]) for i in add)
        out.append((k, caught, len(add) - caught))
    return out


def naive_bayes(rows, z, train, test, alpha: float = 1.0):
    """A Bernoulli naive Bayes log-odds over the features present (seen twice at least), the prior from TRAIN."""
    c1, c0 = Counter(), Counter()
    n1 = n0 = 0
    for i in train:
        keys = [k for k in rows[i] if not k.startswith("k:")]
        if z[i]:
            c1.update(keys)
            n1 += 1
        else:
            c0.update(keys)
            n0 += 1
    out = []
    for i in test:
        s = math.log((n1 + 1) / (n0 + 1))
        for k in rows[i]:
            a, b = c1.get(k, 0), c0.get(k, 0)
            if k.startswith("k:") or a + b < 2:
                continue
            s += math.log((a + alpha) / (n1 + 2 * alpha)) - math.log((b + alpha) / (n0 + 2 * alpha))
        out.append(1 / (1 + math.exp(-max(-30.0, min(30.0, s)))))
    return out


def text_oof(tuning, pairs: bool, method: str):
    """Each known tuning record's out-of-fold text score (NaN for unknown status)."""
    import numpy as np
    import train_model as tm
    from askfoi.forecast_model import choose_features, fit_binary, vectorise

    known = np.array([r.ncnd is not None for r in tuning])
    z = np.array([1 if r.ncnd else 0 for r in tuning])
    police = np.array([r.authority_type.value == "police" for r in tuning])
    folds = tm.folds_by_authority(tuning)
    rw = tm.repeat_weights(tuning)
    rows = [text_features(record_text(r), r.authority_type.value, pairs) for r in tuning]
    p = np.full(len(tuning), np.nan)
    for f in range(tm.FOLDS):
        tr = np.flatnonzero((folds != f) & known)
        te = np.flatnonzero((folds == f) & known)
        if method == "nb":
            p[te] = naive_bayes(rows, z, [i for i in tr if police[i]], te)
        else:
            feats = choose_features([rows[i] for i in tr], 2)
            w, b = fit_binary(vectorise([rows[i] for i in tr], feats), z[tr], float(method), rw[tr], iters=600)
            p[te] = 1 / (1 + np.exp(-(vectorise([rows[i] for i in te], feats) @ w + b)))
    return p


def alone_and_or(trace: Path | None) -> None:
    import numpy as np
    from askfoi.ncnd_topics import standing_paragraph
    from train_model import prepare

    _, tuning, _, _, _ = prepare()
    m = np.array([r.authority_type.value == "police" and r.ncnd is not None for r in tuning])
    z = np.array([1 if r.ncnd else 0 for r in tuning])[m]
    stand = np.array([standing_paragraph(r) for r in tuning])[m]
    ids = [r.id for r, k in zip(tuning, m) if k]
    warned = None
    if trace:
        traced = {row["id"]: row for row in map(json.loads, trace.read_text(encoding="utf-8").splitlines()) if row}
        warned = [bool(traced[i]["warned"]) if i in traced else False for i in ids]
        print(f"the forecast as traced: police recall {sum(w for w, y in zip(warned, z) if y)}/{int(z.sum())}, "
              f"false alarms {sum(w for w, y in zip(warned, z) if not y)}/{int((z == 0).sum())}")
    print(f"police, tuning split, out of fold: {int(z.sum())} NCND ({int(stand.sum())} a standing paragraph), "
          f"{int((z == 0).sum())} not")
    for pairs in (False, True):
        for method in ("1e-4", "3e-4", "1e-3", "nb"):
            p = text_oof(tuning, pairs, method)[m]
            keep = ~stand
            rec, npos = recall_at(p, z)
            line = (f"  {'words+pairs' if pairs else 'words':11} {'naive Bayes' if method == 'nb' else 'LR l2=' + method:11}"
                    f" AUC {auc(p, z):.3f} (without standing {auc(p[keep], z[keep]):.3f}); recall at false alarms 0.15 "
                    f"{rec}/{npos}")
            if warned is not None:
                line += "; OR-ed, K added: " + ", ".join(f"{k}: +{c} NCND +{fa} false" for k, c, fa in or_trade(p, z, warned))
            print(line, flush=True)


def refit(rows_cache: Path, only_question: bool = False) -> None:
    """The shipped NCND model refitted out of fold: as shipped, without the standing-paragraph records in training,
    with the word pairs added, and both."""
    import numpy as np
    import train_model as tm
    from askfoi.forecast_model import load_model, vectorise
    from forecast_diagnose import tuning_rows

    tuning, rows = tuning_rows(rows_cache)
    l2 = float(load_model().meta.get("ncnd_l2", 0.01))
    folds = tm.folds_by_authority(tuning)
    known = np.array([r.ncnd is not None for r in tuning])
    z = np.array([1 if r.ncnd else 0 for r in tuning])
    from askfoi.knowledge import load_knowledge

    scopes = {r.id: r.ncnd_scope for r in load_knowledge().responses}  # fm82: the recorded fact (a cache may predate it)
    stand = np.array([scopes.get(r.id) == "other information" for r in tuning])
    police = np.array([r.authority_type.value == "police" for r in tuning])
    base = tm.ncnd_rows(tm.population_rows(tuning, rows))
    rw = tm.repeat_weights(tuning)
    pairs = []
    for r, row in zip(tuning, base):
        row = dict(row)
        row.update({k: PAIR_WEIGHT * v for k, v in text_features(record_text(r), r.authority_type.value).items()
                    if k.startswith("b:")})
        pairs.append(row)

    def oof(marked, drop, target=z):
        p = np.full(len(tuning), np.nan)
        for f in range(tm.FOLDS):
            tr = np.flatnonzero((folds != f) & known & ~drop)
            te = np.flatnonzero((folds == f) & known)
            feats, w, b = tm._fit([marked[i] for i in tr], target[tr], l2, True, rw[tr])
            p[te] = 1 / (1 + np.exp(-(vectorise([marked[i] for i in te], feats) @ w + b)))
        return p

    m = police & known
    none = np.zeros(len(tuning), dtype=bool)
    question = z * ~stand  # fm82: NCND for the question asked; a standing paragraph counts as not NCND
    variants = [("as shipped", base, none, z), ("standing paragraphs left out of training", base, stand, z),
                ("word pairs added", pairs, none, z), ("word pairs added, standing left out", pairs, stand, z),
                ("standing paragraphs trained as not NCND", base, none, question)]
    for name, marked, drop, target in variants if not only_question else variants[:1] + variants[-1:]:
        p = oof(marked, drop, target)[m]
        y, st = z[m], stand[m]
        # fm82: the question view: standing paragraphs among the records without NCND for the question
        yq = question[m]
        rq, nq = recall_at(p, yq)
        print(f"  {name:42} police, NCND for the question: AUC {auc(p, yq):.4f}; recall at false alarms 0.15 "
              f"(standing paragraphs counted as no NCND) {rq}/{nq}", flush=True)
        rec, npos = recall_at(p, y)
        hit = p[y == 1] > np.sort(p[y == 0])[::-1][int(0.15 * (y == 0).sum())]
        print(f"  {name:42} police AUC {auc(p, y):.4f} (without standing {auc(p[~st], y[~st]):.4f}); recall at false "
              f"alarms 0.15 {rec}/{npos}, without standing {int((hit & ~st[y == 1]).sum())}/{int((~st[y == 1]).sum())}",
              flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trace", type=Path, help="an out-of-fold trace of bench/ncnd_why.py (--oof --out)")
    ap.add_argument("--fit", action="store_true", help="refit the shipped NCND model with word pairs (needs --rows)")
    ap.add_argument("--rows", type=Path, help="cache of the tuning records' features (pickle; bench/ncnd_why.py --rows)")
    ap.add_argument("--question-only", action="store_true", help="with --fit: only the model as shipped and the one "
                    "trained with standing paragraphs as not NCND (fm82)")
    args = ap.parse_args(argv)
    if args.fit:
        refit(args.rows, args.question_only)
    else:
        alone_and_or(args.trace)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
