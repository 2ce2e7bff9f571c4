"""fc43: the outcome forecast sees each question shape paired with the kind of body (askfoi/forecast_model.py
`kind_shapes`); the NCND model is not given the pairs (bench/train_model.py NCND_LEFT_OUT)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from askfoi.forecast_model import kind_shapes, load_model, question_shapes
from askfoi.knowledge import load_knowledge, shipped_knowledge_dir
from askfoi.matching import matcher_for

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def test_each_shape_is_paired_with_the_kind_of_body():
    feats = {"shape:count": 1.0, "shape:period": 1.0, "atype:police": 1.0, "w:arrest": 0.3}
    assert kind_shapes("police", feats) == {"ks:police:count": 1.0, "ks:police:period": 1.0}
    assert kind_shapes(None, {"shape:spend": 1.0}) == {"ks:unknown:spend": 1.0}
    assert kind_shapes("council", {"w:count": 1.0}) == {}


def test_a_part_carries_its_shapes_paired_with_the_body_it_is_sent_to(tmp_path):
    kb = load_knowledge([shipped_knowledge_dir()])
    matcher = matcher_for(kb.responses, kb.files, tmp_path)
    part = "How many arrests were made each year since 2019?"
    shapes = set(question_shapes(part))
    assert {"count", "period"} <= shapes
    police = matcher.features(part, "Essex Police")
    council = matcher.features(part, "Essex County Council")
    assert {f"ks:police:{s}" for s in shapes} <= set(police)
    assert {f"ks:council:{s}" for s in shapes} <= set(council)
    assert not any(k.startswith("ks:police:") for k in council)


def test_the_ncnd_model_is_not_given_the_pairs():
    from train_model import ncnd_rows

    row = {"ks:police:count": 1.0, "shape:count": 1.0, "atype:police": 1.0, "nn_ncnd": 0.5}
    assert ncnd_rows([row])[0] == {"shape:count": 1.0, "atype:police": 1.0}
    model = load_model()
    if model is None:
        pytest.skip("no learnt model shipped")
    assert not any(w for name, w in model.ncnd_weights.items() if name.startswith("ks:"))
    if "ks:" in model.meta.get("ncnd_left_out", ()):  # a model fitted since fc43: its outcome model has them
        assert any(name.startswith("ks:") for name in model.weights)
