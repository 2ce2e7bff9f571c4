"""The learnt outcome forecast (askfoi/forecast_model.py) and how `make model` trains it (bench/train_model.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from askfoi.forecast_model import (
    ForecastModel,
    choose_features,
    fit_binary,
    fit_softmax,
    load_model,
    predict_softmax,
    question_shapes,
    vectorise,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def _toy(seed: int = 0, n: int = 300):
    """Three outcomes, each signalled (noisily) by its own feature."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    rows = []
    for label in y:
        row = {f"f{label}": 1.0, "bias_like": 1.0}
        if rng.random() < 0.2:
            row[f"f{rng.integers(0, 3)}"] = 1.0  # noise
        rows.append(row)
    return rows, y


def test_softmax_learns_the_signal_and_is_deterministic():
    rows, y = _toy()
    feats = choose_features(rows, 3)
    X = vectorise(rows, feats)
    W1, b1 = fit_softmax(X, y, 3, 1e-3, iters=300)
    W2, b2 = fit_softmax(X, y, 3, 1e-3, iters=300)
    assert np.array_equal(W1, W2) and np.array_equal(b1, b2)
    test_rows, test_y = _toy(seed=1)
    p = predict_softmax(vectorise(test_rows, feats), W1, b1)
    assert np.mean(p.argmax(axis=1) == test_y) > 0.8
    assert np.allclose(p.sum(axis=1), 1.0)


def test_stronger_l2_gives_flatter_forecasts():
    rows, y = _toy()
    feats = choose_features(rows, 3)
    X = vectorise(rows, feats)
    sharp = predict_softmax(X, *fit_softmax(X, y, 3, 1e-4, iters=300)).max(axis=1).mean()
    flat = predict_softmax(X, *fit_softmax(X, y, 3, 1.0, iters=300)).max(axis=1).mean()
    assert flat < sharp


def test_a_model_survives_its_file_and_ignores_features_it_does_not_know():
    rows, y = _toy()
    feats = choose_features(rows, 3)
    X = vectorise(rows, feats)
    W, b = fit_softmax(X, y, 3, 1e-3, iters=200)
    w, nb = fit_binary(X, (y == 2).astype(int), 1e-3, iters=200)
    model = ForecastModel.from_arrays(["a", "b", "c"], feats, W, b, feats, w, nb, 0.4, {"trained_on": ["x"]})
    again = ForecastModel.from_json(model.to_json())
    row = {"f1": 1.0, "bias_like": 1.0}
    assert again.outcome_probs(row) == pytest.approx(model.outcome_probs(row), abs=1e-4)
    assert again.outcome_probs({**row, "never seen": 5.0}) == pytest.approx(again.outcome_probs(row))
    assert again.ncnd_probability({"f2": 1.0, "bias_like": 1.0}) > again.ncnd_probability(row)


def test_choose_features_drops_rare_ones():
    rows = [{"common": 1.0, f"rare{i}": 1.0} for i in range(5)]
    assert list(choose_features(rows, 3)) == ["common"]


@pytest.mark.parametrize("text, shape", [
    ("How many officers were assaulted in 2023?", "count"),
    ("How much did the council spend on agency staff?", "spend"),
    ("Please send copies of all emails between the chief executive and the contractor", "correspondence"),
    ("All information you hold about the closure of the library", "all_information"),
    ("The investigation into the death of my son in 2019", "named_person"),
    ("Does the force use IMSI catchers?", "covert_tactic"),
    ("Does the force use drones?", "use_of"),
    ("Your policy on body-worn video", "policy"),
])
def test_question_shapes_read_the_kind_of_question(text, shape):
    assert shape in question_shapes(text)


def test_a_plain_question_has_no_named_person_or_covert_shape():
    shapes = question_shapes("How many potholes were repaired in 2023?")
    assert "named_person" not in shapes and "covert_tactic" not in shapes


def test_folds_keep_each_authority_whole():
    from types import SimpleNamespace

    from train_model import folds_by_authority

    records = [SimpleNamespace(authority=f"body {i % 13}") for i in range(200)]
    folds = folds_by_authority(records)
    for body in {r.authority for r in records}:
        assert len({f for r, f in zip(records, folds) if r.authority == body}) == 1
    assert len(set(folds)) == 5


def test_the_ncnd_threshold_meets_both_goals_when_one_can():
    from train_model import choose_threshold

    z = np.array([1] * 20 + [0] * 80)
    p = np.array([0.9] * 18 + [0.1] * 2 + [0.05] * 70 + [0.5] * 10)
    t, both = choose_threshold(p, z)
    assert both and 0.5 < t <= 0.9
    worse = np.array([0.9] * 10 + [0.1] * 10 + [0.1] * 70 + [0.5] * 10)
    t2, both2 = choose_threshold(worse, z)
    assert not both2  # recall 0.5 at best with few false alarms: said so, not hidden


def test_the_shipped_model_was_trained_only_on_the_tuning_split():
    """knowledge/forecast_model.json names the records that trained it: all in the pack, none held out."""
    from train_model import harvested, split_by_date

    from askfoi.knowledge import load_knowledge, shipped_knowledge_dir

    model = load_model()
    if model is None:
        pytest.skip("no learnt model shipped")
    kb = load_knowledge([shipped_knowledge_dir()])
    tuning, held = split_by_date(harvested(kb))
    trained = set(model.meta["trained_on"])
    assert trained and not trained & {r.id for r in held}
    assert trained <= {r.id for r in kb.responses}
    assert model.meta["source_type_feature"] is False
    assert not any(name.startswith("src:") for name in model.features)
    assert 0.0 < model.ncnd_threshold < 1.0


def test_a_broken_model_file_is_no_model(tmp_path):
    """A missing, truncated or malformed file gives None (the matcher then uses its expert mix), never a crash."""
    assert load_model(tmp_path / "missing.json") is None
    for i, text in enumerate(['{"classes": ["a"', '[]', '{"classes": ["a", "b"], "weights": {"x": [1.0]}, '
                              '"bias": [0, 0], "ncnd_weights": {}, "ncnd_bias": 0, "ncnd_threshold": 0.5}']):
        path = tmp_path / f"broken{i}.json"
        path.write_text(text)
        assert load_model(path) is None


def test_a_kind_of_body_keeps_its_own_ncnd_threshold_through_the_file(tmp_path):
    """Police get their own threshold when one was chosen; any other kind (or none) gets the shared one;
    a file written before per-kind thresholds still loads with the shared one for everyone."""
    from askfoi.forecast_model import write_model

    model = ForecastModel(["a", "b"], {"x": [1.0, -1.0]}, [0.0, 0.0], {"x": 0.5}, -1.0, 0.12,
                          ncnd_thresholds={"police": 0.3})
    path = write_model(model, tmp_path / "m.json")
    back = load_model(path)
    assert back.threshold_for("police") == pytest.approx(0.3)
    assert back.threshold_for("council") == pytest.approx(0.12)
    assert back.threshold_for(None) == pytest.approx(0.12)
    data = back.to_json()
    del data["ncnd_thresholds"]
    old = ForecastModel.from_json(data)
    assert old.threshold_for("police") == pytest.approx(0.12)


def test_a_kind_that_answers_ncnd_often_gets_a_stricter_threshold_of_its_own():
    """Police (many NCND answers, NCND forecasts high for all their questions) would swamp one shared
    threshold with false alarms; their own keeps false alarms within the goal. A kind with few NCND
    answers shares the threshold of the rest."""
    from train_model import choose_thresholds

    rng = np.random.default_rng(0)
    z_pol = (rng.random(400) < 0.3).astype(int)
    p_pol = np.clip(0.25 + 0.25 * z_pol + rng.normal(0, 0.1, 400), 0.01, 0.99)  # high for every police question
    z_cou = (rng.random(400) < 0.05).astype(int)
    p_cou = np.clip(0.05 + 0.2 * z_cou + rng.normal(0, 0.05, 400), 0.01, 0.99)
    z_nhs = np.array([1] * 3 + [0] * 50)
    p_nhs = np.full(53, 0.05)
    p = np.concatenate([p_pol, p_cou, p_nhs])
    z = np.concatenate([z_pol, z_cou, z_nhs])
    kinds = np.array(["police"] * 400 + ["council"] * 400 + ["nhs"] * 53)
    default, own, figures = choose_thresholds(p, z, kinds, log=lambda m: None)
    assert "police" in own and "nhs" not in own  # 3 NCND answers are too few for a threshold of its own
    assert own["police"] > default
    rec, fa, _ = figures["police"]
    from train_model import FALSE_ALARM_LIMIT

    assert fa <= FALSE_ALARM_LIMIT and rec > 0.5
    pooled_fa = float((p_pol[z_pol == 0] >= default).mean())
    assert pooled_fa > FALSE_ALARM_LIMIT  # the shared threshold would have warned on most police questions


def test_a_kind_sharing_the_threshold_is_held_to_the_false_alarm_limit_on_its_own_answers():
    """Central government shares the threshold of the rest (too few NCND answers for its own), but where that
    shared threshold would warn more of its own past answers than FALSE_ALARM_LIMIT allows, its own is raised; a
    kind with few answers keeps the shared one, and no kind's threshold is lowered below it."""
    from train_model import FALSE_ALARM_LIMIT, OWN_FALSE_ALARM_MIN, choose_thresholds

    rng = np.random.default_rng(1)
    # the rest: NHS bodies whose NCND answers the forecast tells apart, and central government, whose answers
    # without NCND the forecast rates above the NHS's NCND ones
    z_nhs = np.array([1] * 15 + [0] * 285)  # too few NCND answers for a threshold of its own
    p_nhs = np.clip(np.where(z_nhs == 1, 0.1, 0.03) + rng.normal(0, 0.005, 300), 0.01, 0.99)
    z_cg = np.array([1] * 3 + [0] * 50)
    p_cg = np.clip(np.where(z_cg == 1, 0.3, 0.14) + rng.normal(0, 0.01, 53), 0.01, 0.99)
    p = np.concatenate([p_nhs, p_cg])
    z = np.concatenate([z_nhs, z_cg])
    kinds = np.array(["nhs"] * 300 + ["central_government"] * 53)
    default, own, figures = choose_thresholds(p, z, kinds, log=lambda m: None)
    assert float((p_cg[z_cg == 0] >= default).mean()) > FALSE_ALARM_LIMIT  # the shared threshold would warn most
    assert own["central_government"] > default
    assert float((p_cg[z_cg == 0] >= own["central_government"]).mean()) <= FALSE_ALARM_LIMIT
    # with fewer answers of its own than OWN_FALSE_ALARM_MIN, central government keeps the shared threshold
    few = np.concatenate([np.flatnonzero(kinds == "nhs"), np.flatnonzero(z_cg == 1) + 300,
                          np.flatnonzero(z_cg == 0)[: OWN_FALSE_ALARM_MIN - 1] + 300])
    default_few, own_few, _ = choose_thresholds(p[few], z[few], kinds[few], log=lambda m: None)
    assert "central_government" not in own_few
    assert "nhs" not in own  # within the limit at the shared threshold: not raised
    assert all(t >= default for t in own.values())


def test_recency_weights_halve_with_age_and_undated_records_weigh_as_the_median_year():
    from types import SimpleNamespace

    from train_model import recency_weights

    records = [SimpleNamespace(date=d) for d in ("2023-05-01", "2020-01-01", "2017-03-01", None)]
    w = recency_weights(records, 3.0)
    assert w[0] == pytest.approx(1.0)
    assert w[1] == pytest.approx(0.5)
    assert w[2] == pytest.approx(0.25)
    assert w[3] == pytest.approx(0.5)  # median of 2017, 2020, 2023
    assert np.array_equal(recency_weights(records, None), np.ones(4))


def test_topic_evidence_features_weigh_counted_shares_by_their_size():
    """31 of 37 NCND answers is evidence; 1 of 1 hardly is; 0 of 30 is evidence the other way."""
    from askfoi.matching import _ncnd_evidence_features
    from askfoi.ncnd_topics import TopicEvidence

    def lo(n, k):
        e = TopicEvidence("informants", "informants", True, n, k, "police", ())
        return _ncnd_evidence_features([e], "police", {})["topic_ncnd_logodds:police"]

    assert lo(31, 37) > lo(1, 1) > 0 > lo(0, 30)
    assert lo(1, 1) < lo(31, 37) / 3


def test_asking_whether_a_force_uses_a_technology_differs_from_counting_its_overt_use():
    from askfoi.matching import _ncnd_evidence_features
    from askfoi.ncnd_topics import evidence_for

    def feats(text):
        shapes = {f"shape:{s}": 1.0 for s in question_shapes(text)}
        return _ncnd_evidence_features(evidence_for(text, "police"), "police", shapes)

    assert "tech_use_at_all" in feats("Does the force use drones? Who supplies them?")
    overt = feats("How many overt drone deployments were there in 2023?")
    assert "tech_use_at_all" not in overt
    assert "tech_overt" in overt or not overt  # limited to overt use in so many words: no covert evidence
    assert not feats("How many parking fines did the council issue?").get("tech_use_at_all")


def _published(source: str, outcome: str = "disclosed", kind: str = "police", authority: str = "A"):
    from types import SimpleNamespace

    return SimpleNamespace(source_type=SimpleNamespace(value=source), outcome=SimpleNamespace(value=outcome),
                           authority_type=SimpleNamespace(value=kind), authority=authority)


def test_records_published_as_disputes_are_marked_for_training_and_direct_answers_are_not():
    from train_model import population_rows

    records = [_published("disclosure_log"), _published("whatdotheyknow"), _published("ico_or_tribunal"),
               _published("third_party"), _published("ico_or_tribunal")]
    rows = [{"w:x": 1.0}, {"w:x": 1.0}, {"w:x": 1.0}, {"w:x": 1.0}, {"w:x": 1.0, "src:ico_or_tribunal": 1.0}]
    marked = population_rows(records, rows)
    assert not any(k.startswith("pop:") for row in marked[:2] for k in row)
    assert marked[2].get("pop:ico_or_tribunal") == 1.0 and marked[3].get("pop:third_party") == 1.0
    assert marked[4] == rows[4]  # a row already given its source type is left alone
    assert rows[2] == {"w:x": 1.0}  # the forecast's rows are not changed


def test_marking_disputes_keeps_their_refusals_out_of_a_new_requests_forecast():
    """Decision notices are mostly refusals (that is why they were disputed); a new request is answered
    directly. Trained with the publication marked, the forecast for an unmarked (new) request follows the
    direct answers; trained unmarked, the disputes' refusals swamp it."""
    from train_model import CLASSES, population_rows

    rng = np.random.default_rng(3)
    records, rows, y = [], [], []
    for i in range(400):
        ico = i < 240
        outcome = ("refused" if rng.random() < 0.85 else "disclosed") if ico else \
                  ("disclosed" if rng.random() < 0.7 else "refused")
        records.append(_published("ico_or_tribunal" if ico else "disclosure_log", outcome))
        rows.append({"atype:police": 1.0, f"w:{rng.integers(0, 5)}": 1.0})
        y.append(CLASSES.index(outcome))
    y = np.array(y)
    new = [{"atype:police": 1.0, "w:1": 1.0}]

    def forecast(train_rows):
        feats = choose_features(train_rows, 3)
        W, b = fit_softmax(vectorise(train_rows, feats), y, len(CLASSES), 1e-3, iters=300)
        return dict(zip(CLASSES, predict_softmax(vectorise(new, feats), W, b)[0]))

    plain, marked = forecast(rows), forecast(population_rows(records, rows))
    assert max(plain, key=plain.get) == "refused"
    assert max(marked, key=marked.get) == "disclosed"
    assert marked["disclosed"] > plain["disclosed"] + 0.1


def test_the_ncnd_model_is_given_no_share_of_the_neighbours_ncnd_answers():
    from train_model import ncnd_rows

    row = {"nn_ncnd": 0.5, "nn_ncnd:police": 0.5, "nn_ncnd_known": 0.8, "nn:ncnd": 0.3, "nn:refused": 0.2,
           "topic_ncnd_logodds:police": 0.7, "atype:police": 1.0, "shape:use_of": 1.0}
    kept = ncnd_rows([row])[0]
    assert not any(k.startswith(("nn_ncnd", "nn:ncnd")) for k in kept)
    assert {"nn:refused", "topic_ncnd_logodds:police", "atype:police", "shape:use_of"} <= set(kept)


def test_the_shipped_ncnd_forecast_rests_on_topics_and_kind_not_neighbour_shares():
    model = load_model()
    if model is None or "ncnd_left_out" not in model.meta:
        pytest.skip("no model trained with the fc6 rule in this pack")
    assert not any(v for n, v in model.ncnd_weights.items() if n.startswith(("nn_ncnd", "nn:ncnd")))
    assert any(v for n, v in model.ncnd_weights.items() if n.startswith(("topic_ncnd", "ncnd_topic")))


def test_direct_log_loss_scores_only_the_directly_answered_records():
    from train_model import CLASSES, direct_log_loss

    records = [_published("disclosure_log"), _published("ico_or_tribunal")]
    y = np.array([CLASSES.index("disclosed")] * 2)
    oof = np.full((2, len(CLASSES)), 0.01)
    oof[0, y[0]] = 0.9  # the direct record is forecast well, the decision notice badly
    assert direct_log_loss(records, oof, y) == pytest.approx(-np.log(0.9))


def test_the_diagnosis_baseline_is_the_other_folds_majority_for_the_kind():
    from forecast_diagnose import oof_majority

    records = [_published("disclosure_log", o, k) for o, k in
               (("disclosed", "police"), ("refused", "police"), ("refused", "police"), ("not_held", "police"),
                ("disclosed", "council"))]
    folds = np.array([0, 1, 1, 1, 0])
    base = oof_majority(records, folds)
    assert base[0] == "refused"  # the other fold's police answers, never its own
    assert base[1] == "disclosed"  # fold 0's one police answer
    assert base[4] == "refused"  # no council in fold 1: all its answers


def test_the_eval_report_splits_by_publication_and_tells_reliability_per_kind(capsys):
    """`make eval` shows the directly answered records (a new request's population) apart from decision
    notices, and a reliability table for each kind of body beside the overall one."""
    from types import SimpleNamespace

    import eval as bench_eval

    records, pred = [], {}
    for i in range(40):
        kind = "police" if i < 24 else "council"
        src = "disclosure_log" if i % 4 else "ico_or_tribunal"
        outcome = "refused" if src == "ico_or_tribunal" else "disclosed"
        r = _published(src, outcome, kind, f"Body {i % 5}")
        r.id, r.title, r.asked, r.request_text, r.ncnd = f"r{i}", "Parking fines", None, None, False
        records.append(r)
        probs = {o: 0.0 for o in bench_eval.FINAL}
        probs["disclosed"], probs["refused"] = 0.7, 0.3
        pred[r.id] = {"probs": probs, "ncnd": False}
    bench_eval.report("scored", records, pred, {"all": "disclosed"}, {})
    out = capsys.readouterr().out
    direct = next(line for line in out.splitlines() if line.strip().startswith("answered directly"))
    notices = next(line for line in out.splitlines() if line.strip().startswith("ICO/tribunal decision"))
    assert direct.split()[3] == "100.0%" and notices.split()[3] == "0.0%"
    rows = bench_eval.reliability_rows([r for r in records if r.authority_type.value == "police"], pred)
    assert len(rows) == 1 and rows[0][2] == 24 and rows[0][3] == pytest.approx(0.7) and rows[0][4] == pytest.approx(0.75)
    assert "police" in out.split("reliability per kind of body")[1]


def _harvested(source: str, harvest: str | None, outcome: str = "disclosed", kind: str = "police"):
    from types import SimpleNamespace

    return SimpleNamespace(source_type=SimpleNamespace(value=source), outcome=SimpleNamespace(value=outcome),
                           authority_type=SimpleNamespace(value=kind), authority="A", harvest=harvest)


def test_records_of_an_ncnd_targeted_harvest_are_marked_for_training_and_left_out_of_the_population():
    from train_model import population_of, population_rows

    records = [_harvested("disclosure_log", "police9"), _harvested("disclosure_log", "ncnd9"),
               _harvested("ico_or_tribunal", "govico"), _harvested("whatdotheyknow", None)]
    rows = [{"w:x": 1.0} for _ in records]
    marked = population_rows(records, rows)
    assert marked[1] == {"w:x": 1.0, "pop:ncnd_targeted": 1.0}
    assert marked[0] == rows[0] and marked[3] == rows[3]
    assert population_rows(records, rows, targeted=False)[1] == rows[1]
    # the records like a new request's answer: answered directly and not searched for NCND
    assert population_of(records).tolist() == [True, False, False, True]


def test_the_calibrated_prior_is_read_back_from_the_features_a_part_carries():
    from train_model import CLASSES, prior_probs

    from askfoi.forecast_model import CLIP, log_ratio
    from askfoi.matching import CLIP_LOG

    base = {c: 1.0 / len(CLASSES) for c in CLASSES}
    own = dict(base, disclosed=base["disclosed"] * 3)
    total = sum(own.values())
    own = {c: v / total for c, v in own.items()}
    row = {f"base:{c}": np.log(base[c]) / CLIP_LOG for c in CLASSES}
    row.update({f"own:{c}": log_ratio(own[c], base[c]) for c in CLASSES})
    got = prior_probs(row)
    assert CLIP == 3.0
    assert got == pytest.approx([own[c] for c in CLASSES], abs=1e-9)


def test_with_prior_mixes_the_bodys_own_answers_into_the_learnt_forecast():
    from askfoi.matching import with_prior

    learnt = {"disclosed": 0.6, "refused": 0.4}
    prior = {"disclosed": 0.2, "refused": 0.8}
    assert with_prior(learnt, prior, 0.0) == learnt
    assert with_prior(learnt, prior, 1.0) == pytest.approx(prior)
    mixed = with_prior(learnt, prior, 0.25)
    assert mixed["disclosed"] == pytest.approx(0.5) and sum(mixed.values()) == pytest.approx(1.0)


def test_the_prior_weight_comes_from_the_model_file_and_is_kept_between_0_and_1():
    def model(meta):
        return ForecastModel(["disclosed", "refused"], {}, [0.0, 0.0], {}, 0.0, 0.5, meta)

    assert model({}).prior_weight == 0.0
    assert model({"prior_weight": 0.2}).prior_weight == 0.2
    assert model({"prior_weight": 7}).prior_weight == 1.0
    assert model({"prior_weight": "x"}).prior_weight == 0.0


def test_a_learnt_model_that_does_not_beat_the_majority_out_of_fold_says_so():
    from train_model import CLASSES, FOLDS, beats_majority

    records = [_harvested("disclosure_log", None, "disclosed", "police") for _ in range(20)]
    y = np.array([CLASSES.index("disclosed")] * 20)
    folds = np.arange(20) % FOLDS
    wrong = np.full((20, len(CLASSES)), 0.01)
    wrong[:, CLASSES.index("refused")] = 0.9
    prior = np.full((20, len(CLASSES)), 0.01)
    prior[:, y[0]] = 0.9
    beats, (model, majority, prior_top) = beats_majority(records, wrong, prior, y, folds)
    assert not beats and model == 0.0 and majority == 1.0 and prior_top == 1.0
    mixed = np.array([y[0]] * 10 + [CLASSES.index("refused")] * 10)
    right = np.full((20, len(CLASSES)), 0.01)
    right[np.arange(20), mixed] = 0.9
    beats, (model, majority, _) = beats_majority(records[:10] + [_harvested("disclosure_log", None, "refused")] * 10,
                                                 right, prior, mixed, folds)
    assert beats and model == 1.0 and majority == 0.5  # one outcome for every record is right on half of them


def test_the_shipped_model_says_how_it_weighs_the_prior_and_where_its_ncnd_thresholds_were_chosen():
    model = load_model()
    if model is None or "prior_weight" not in model.meta:
        pytest.skip("no model trained with the fc7 rule in this pack")
    assert 0.0 <= model.prior_weight <= 1.0
    assert model.meta["outcome_model_beats_majority"] or model.prior_weight == 1.0
    assert "targeted" in model.meta["ncnd_thresholds_chosen_on"]


def test_parts_listed_with_their_own_ncnd_status_become_training_rows_of_their_own():
    import json

    from train_model import part_feature_rows

    from askfoi.importers import parse_text

    class Matcher:
        ncnd_counts = None

        def features(self, text, authority, exclude=(), source_type=None):
            self.seen = getattr(self, "seen", []) + [(text, tuple(exclude))]
            return {f"w:{text.split()[0]}": 1.0}

    record = {"authority": "Kent Police", "authority_type": "police", "title": "Drones", "outcome_class": "not_held",
              "ncnd": True, "sections": ["24(2)"], "url": "https://example.police.uk/foi/1",
              "source_type": "disclosure_log",
              "parts": [{"asked": "overt use", "outcome": "not_held", "ncnd": False, "sections": []},
                        {"asked": "covert use", "outcome": "ncnd", "ncnd": True, "sections": ["24(2)"]},
                        {"asked": "unclear part", "outcome": "disclosed", "ncnd": None, "sections": None}]}
    plain = {**record, "url": "https://example.police.uk/foi/2", "parts": []}
    records = parse_text("\n".join(json.dumps(r) for r in (record, plain)), "jsonl").records
    m = Matcher()
    rows, z, idx = part_feature_rows(m, records, {}, source_given=False)
    assert [list(r) for r in rows] == [["w:overt"], ["w:covert"]]  # the part whose NCND was not shown is left out
    assert z.tolist() == [0, 1] and idx.tolist() == [0, 0]
    assert all(exclude == (records[0].id,) for _, exclude in m.seen)  # leave-one-out: its record is not evidence


def test_listed_parts_teach_the_ncnd_model_what_whole_records_cannot():
    """Whole records about two subjects answer NCND half the time; their parts say which subject drew it."""
    from train_model import _ncnd_out_of_fold

    n = 200
    rows = [{"w:covert": 1.0, "w:overt": 1.0} for _ in range(n)]
    z = np.array([i % 2 for i in range(n)])
    folds = np.arange(n) % 5
    known = np.ones(n, dtype=bool)
    part_rows = [{"w:covert": 1.0} if i % 2 == 0 else {"w:overt": 1.0} for i in range(n)]
    part_z = np.array([1 if i % 2 == 0 else 0 for i in range(n)])
    parts = (part_rows, part_rows, part_z, np.arange(n))
    _, without = _ncnd_out_of_fold(rows, rows, z, folds, known, 1e-3, parts, 0.0)
    _, with_parts = _ncnd_out_of_fold(rows, rows, z, folds, known, 1e-3, parts, 1.0)
    assert abs(without[0] - without[1]) < 0.05  # whole records cannot tell the parts apart
    assert with_parts[0] > 0.6 > 0.4 > with_parts[1]


def test_the_long_text_rise_comes_from_the_model_file_and_an_older_file_has_none():
    def model(meta):
        return ForecastModel(["disclosed", "refused"], {}, [0.0, 0.0], {}, 0.0, 0.5, meta)

    assert model({}).long_text_ncnd is None  # askfoi/matching.py's LONG_TEXT_NCND then applies
    assert model({"long_text_ncnd": 0.2}).long_text_ncnd == pytest.approx(0.2)
    assert model({"long_text_ncnd": -1}).long_text_ncnd == 0.0
    assert model({"long_text_ncnd": 50}).long_text_ncnd == 10.0
    assert model({"long_text_ncnd": "x"}).long_text_ncnd is None


def test_a_parts_ncnd_bar_rises_with_the_number_of_parts_where_long_requests_are_warned_too_often():
    """Requests of several parts without NCND, each part forecast a little above the threshold, are warned on
    chance alone when any part's forecast is enough; an NCND request has one part forecast well above it. The rise
    chosen keeps the NCND requests warned and brings the false alarms within the limit; with no multi-part
    evidence nothing is chosen."""
    from types import SimpleNamespace

    from train_model import FALSE_ALARM_LIMIT, choose_long_text

    def rec(ncnd, kind="police"):
        return SimpleNamespace(ncnd=ncnd, authority_type=SimpleNamespace(value=kind))

    records, p, idx = [], [], []
    for i in range(40):  # 40 requests of four parts without NCND: one part in three just above the threshold
        records.append(rec(False))
        for j in range(4):
            p.append(0.22 if (i + j) % 3 == 0 else 0.05)
            idx.append(len(records) - 1)
    for i in range(10):  # 10 NCND requests of three parts: one part far above
        records.append(rec(True))
        p += [0.6, 0.05, 0.05]
        idx += [len(records) - 1] * 3
    rise, figures = choose_long_text(np.array(p), np.array(idx), records, 0.5, {"police": 0.2}, log=lambda m: None)
    assert figures["0.0"][1] > FALSE_ALARM_LIMIT  # every long request warned without a rise
    assert rise > 0.0
    rec_, fa = figures[str(rise)]
    assert rec_ == 1.0 and fa <= FALSE_ALARM_LIMIT
    one_part = choose_long_text(np.array([0.6, 0.05]), np.array([0, 1]), [rec(True), rec(False)], 0.5, {}, log=lambda m: None)
    assert one_part == (None, {})  # no record lists two parts: the matcher's constant applies


def test_bars_on_an_ncnd_topic_and_on_none_come_from_the_file_and_fall_back_to_the_kinds_threshold():
    """fc9: meta.ncnd_topic_thresholds gives a kind with its own threshold (and "*": the kinds sharing one) a bar
    for parts on an NCND topic and one for parts on none; without them, or unasked, the kind's one threshold."""
    def model(meta):
        return ForecastModel(["a", "b"], {}, [0.0, 0.0], {}, 0.0, 0.1, meta, ncnd_thresholds={"police": 0.2})

    m = model({"ncnd_topic_thresholds": {"police": [0.12, 0.4], "*": [0.06, 0.3]}})
    assert m.threshold_for("police", on_topic=True) == pytest.approx(0.12)
    assert m.threshold_for("police", on_topic=False) == pytest.approx(0.4)
    assert m.threshold_for("council", on_topic=True) == pytest.approx(0.06)
    assert m.threshold_for(None, on_topic=False) == pytest.approx(0.3)
    assert m.threshold_for("police") == pytest.approx(0.2)  # not asked about topics: the kind's threshold
    old = model({})
    assert old.threshold_for("police", on_topic=False) == pytest.approx(0.2)
    assert old.threshold_for("council", on_topic=True) == pytest.approx(0.1)
    broken = model({"ncnd_topic_thresholds": {"police": "x"}})
    assert broken.threshold_for("police", on_topic=True) == pytest.approx(0.2)


def test_parts_on_no_ncnd_topic_get_a_higher_bar_when_they_are_what_the_false_alarms_are_made_of():
    """fc9: police questions on no NCND topic are rarely NCND, yet forecast near the kind's NCND rate (higher than
    some topic questions the model ranks low); questions on a topic often are NCND. One bar low enough for the
    topic's NCND answers warns most of the others; the bars chosen apart keep more recall within the false-alarm
    limit, the one on none higher."""
    from train_model import FALSE_ALARM_LIMIT_BY_KIND, _rates, choose_topic_thresholds

    rng = np.random.default_rng(1)
    n = 600
    topic = np.arange(n) % 4 == 0
    z = np.where(topic, rng.random(n) < 0.5, rng.random(n) < 0.05).astype(int)
    p = np.clip(np.where(topic, 0.10 + 0.10 * z, 0.22 + 0.08 * z) + 0.02 * rng.standard_normal(n), 0.0, 1.0)
    kinds = np.array(["police"] * n)
    single = 0.24
    bars = choose_topic_thresholds(p, z, kinds, topic, 0.1, {"police": single}, log=lambda m: None)
    on, off = bars["police"]
    assert off > on
    said = np.where(topic, p >= on, p >= off)
    rec, fa = float(said[z == 1].mean()), float(said[z == 0].mean())
    assert fa <= FALSE_ALARM_LIMIT_BY_KIND["police"]
    rec1, fa1 = _rates(p, z, single)
    assert rec > rec1 and fa1 <= FALSE_ALARM_LIMIT_BY_KIND["police"]  # the one bar within the limit keeps less
    # a group without NCND answers is left to its one threshold
    assert "*" not in choose_topic_thresholds(p, np.zeros(n, dtype=int), np.array(["council"] * n), topic, 0.1, {},
                                              log=lambda m: None)


def test_the_topic_rule_bars_are_read_from_the_file_with_fallbacks():
    """fc10: meta.ncnd_topic_share gives [the learnt forecast's bar, the topic share bar or null] per kind with its own
    threshold, and "*" for the rest; a file without it keeps the kind's threshold and no topic rule."""
    m = ForecastModel(["disclosed"], {}, [0.0], {}, 0.0, 0.06, {}, {"police": 0.14})
    assert m.ncnd_bars("police") == (0.14, None) and m.ncnd_bars("council") == (0.06, None)
    m.meta["ncnd_topic_share"] = {"police": [0.2, 0.35], "*": [0.08, None]}
    assert m.ncnd_bars("police") == (0.2, 0.35)
    assert m.ncnd_bars("council") == (0.08, None)
    m.meta["ncnd_topic_share"] = {"police": ["x", 0.3]}
    assert m.ncnd_bars("police") == (0.14, None)  # a broken pair: the kind's threshold


def test_the_topic_rule_is_chosen_where_the_topics_share_finds_what_the_forecast_misses():
    """Questions on a topic with a high counted NCND share are often NCND while the learnt forecast ranks them low;
    the joint choice then takes a share bar and keeps false alarms within the kind's limit. Where the share says
    nothing, no topic rule is taken."""
    from train_model import FALSE_ALARM_LIMIT_BY_KIND, _rates, choose_share_rule

    rng = np.random.default_rng(2)
    n = 800
    on = np.arange(n) % 4 == 0
    z = np.where(on, rng.random(n) < 0.6, rng.random(n) < 0.08).astype(int)
    p = np.clip(0.10 + 0.12 * z * ~on + 0.02 * rng.standard_normal(n), 0.0, 1.0)  # blind to the topic's NCND
    share = np.where(on, 0.6, 0.0)
    kinds = np.array(["police"] * n)
    rule = choose_share_rule(p, z, kinds, share, 0.1, {"police": 0.2}, log=lambda m: None)
    t, s_bar = rule["police"]
    assert s_bar is not None and s_bar <= 0.6
    said = (p >= t) | (share >= s_bar)
    rec, fa = float(said[z == 1].mean()), float(said[z == 0].mean())
    assert fa <= FALSE_ALARM_LIMIT_BY_KIND["police"]
    assert rec > _rates(p, z, 0.2)[0]
    blind = choose_share_rule(p, z, kinds, np.zeros(n), 0.1, {"police": 0.2}, log=lambda m: None)
    assert blind["police"][1] is None  # a share that never fires is no rule
