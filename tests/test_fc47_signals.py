"""fc47: the measurements behind issue 9's steps 2 and 3 (not shipped: neither helped on the tuning split).
bench/ncnd_text.py: a word and word-pair signal for NCND from what was asked, never from words that state the answer;
its OR-trade and recall counting. bench/outcome_kind_calibration.py: a bias per kind of body fitted on other folds."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from ncnd_text import auc, or_trade, recall_at, text_features, tokens  # noqa: E402
from outcome_kind_calibration import _softmax_rows, fit_bias, per_kind  # noqa: E402


def test_tokens_leave_out_words_that_state_the_answer_and_reference_numbers():
    words = tokens("Decision 016/2018: neither confirm nor deny the Covert Surveillance (2634_18) cameras ref 12547/17")
    assert "decision" not in words and "confirm" not in words and "deny" not in words and "neither" not in words
    assert not any(ch.isdigit() for w in words for ch in w)
    assert words[:3] == ["covert", "surveillance", "camera"]  # the plural cut from a longer word


def test_word_pairs_join_adjacent_kept_words_and_the_kind_is_a_feature():
    f = text_features("The use of covert surveillance cameras", "police")
    assert "b:covert_surveillance" in f and "b:surveillance_camera" in f and "b:use_covert" in f
    assert f["k:police"] == 1.0
    assert abs(sum(v * v for k, v in f.items() if not k.startswith("k:")) - 1.0) < 1e-9
    assert not any(k.startswith("b:") for k in text_features("covert surveillance cameras", "police", pairs=False))


def test_or_trade_adds_only_records_not_already_warned_highest_score_first():
    score = [0.9, 0.8, 0.7, 0.6, 0.1]
    y = [1, 0, 1, 0, 1]
    warned = [True, False, False, False, False]
    assert or_trade(score, y, warned, ks=(1, 2, 4)) == [(1, 0, 1), (2, 1, 1), (4, 2, 2)]


def test_recall_at_a_false_alarm_limit_and_auc():
    p = [0.9, 0.8, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01, 0.6, 0.7]
    y = [1, 1, 0, 0, 0, 0, 0, 0, 0, 1]
    assert recall_at(p, y, 0.15) == (3, 3)  # the bar is the 2nd highest non-NCND score (0.4)
    assert recall_at(p, y, 0.0) == (3, 3)
    assert auc([0.1, 0.2, 0.3, 0.4], [0, 0, 1, 1]) == 1.0
    assert auc([0.5, 0.5], [0, 1]) == 0.5  # ties share their rank


def test_a_bias_fitted_on_a_kind_moves_its_forecast_toward_what_it_was_answered():
    logp = np.log(np.tile([0.5, 0.3, 0.2], (40, 1)))
    truth = np.array([2] * 30 + [0] * 10)
    b = fit_bias(logp, truth, l2=0.3)
    p = _softmax_rows(logp[:1] + b)[0]
    assert p[2] > 0.5 and p[1] < 0.3
    weak = _softmax_rows(logp[:1] + fit_bias(logp, truth, l2=1000.0))[0]
    assert weak[2] < p[2]  # a strong pull keeps the forecast


def test_per_kind_corrections_use_other_folds_only():
    oof = np.full((4, 2), 0.5)
    y = np.array([0, 0, 1, 1])
    kinds = np.array(["police"] * 4)
    folds = np.array([0, 0, 1, 1])
    seen = []

    def correct(tr, rows):
        seen.append((tuple(np.flatnonzero(tr)), tuple(np.flatnonzero(rows))))
        return None

    out = per_kind(oof, y, kinds, folds, 2, correct)
    assert seen == [((2, 3), (0, 1)), ((0, 1), (2, 3))]
    assert (out == oof).all()
