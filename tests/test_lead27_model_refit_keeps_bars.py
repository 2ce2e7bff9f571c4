"""Lead 27: `make model` (bench/train_model.py) keeps the NCND bar factors fc27 chose (meta.ncnd_bar_scale) when it
writes a refitted model over the old one; it used to drop them silently."""
import json
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from train_model import _carry_bar_scale  # noqa: E402


def test_factors_survive_a_refit(tmp_path):
    old = tmp_path / "forecast_model.json"
    old.write_text(json.dumps({"meta": {"ncnd_bar_scale": {"police": 0.85, "*": 1.0}}}), encoding="utf-8")
    fresh = SimpleNamespace(meta={})
    assert _carry_bar_scale(fresh, old) == {"police": 0.85, "*": 1.0}
    assert fresh.meta["ncnd_bar_scale"] == {"police": 0.85, "*": 1.0}


def test_a_refit_that_chose_its_own_factors_or_no_old_model_is_left_alone(tmp_path):
    old = tmp_path / "forecast_model.json"
    old.write_text(json.dumps({"meta": {"ncnd_bar_scale": {"police": 0.85}}}), encoding="utf-8")
    own = SimpleNamespace(meta={"ncnd_bar_scale": {"police": 0.9}})
    assert _carry_bar_scale(own, old) is None and own.meta["ncnd_bar_scale"] == {"police": 0.9}
    assert _carry_bar_scale(SimpleNamespace(meta={}), tmp_path / "missing.json") is None
