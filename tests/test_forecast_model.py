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
