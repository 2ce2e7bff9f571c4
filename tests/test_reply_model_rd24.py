"""rd24: the learnt reply outcome as measured by leaving one real reply set out (bench/eval_reply_loso.py): the gate
may give only the whole-request outcomes it learnt where the rules misread new replies, the shipped file says which,
and the harness reads each left-out set as the reader did before anyone tuned on it."""

from __future__ import annotations

import json
from pathlib import Path

from askfoi import reply_model
from askfoi.reader import read_reply
from askfoi.reply_model import decide

ROOT = Path(__file__).resolve().parent.parent


def test_a_scoped_gate_gives_only_the_outcomes_it_may_give():
    probs = {"pending": 0.9, "disclosed": 0.1}
    assert decide("disclosed", False, probs, 0.8, ("pending", "not_held")).outcome == "pending"
    probs = {"part_disclosed": 0.95, "refused": 0.05}
    kept = decide("refused", False, probs, 0.8, ("pending", "not_held", "refused"))
    assert (kept.outcome, kept.by) == ("refused", "rules")
    # no scope: any outcome (rd12's gate, unchanged)
    assert decide("refused", False, probs, 0.8).outcome == "part_disclosed"


def test_the_shipped_model_names_what_it_may_give_and_never_a_disclosure():
    m = reply_model.model()
    assert m is not None
    data = json.loads((ROOT / "knowledge" / "reply_model.json").read_text(encoding="utf-8"))
    assert tuple(data.get("may_give") or ()) == m.may_give
    assert "disclosed" not in m.may_give and "part_disclosed" not in m.may_give
    assert 0.5 <= m.threshold <= 1.01


def test_the_pretune_readings_carry_no_reply_text():
    data = json.loads((ROOT / "bench" / "data" / "reply_pretune.json").read_text(encoding="utf-8"))
    assert set(data["sets"]) <= {f"fresh{n}" for n in range(10, 16)}
    for rows in data["sets"].values():
        for row in rows.values():
            assert set(row) == {"y", "rules", "unclear", "feats"}
            assert all(isinstance(v, (int, float)) for v in row["feats"].values())
            assert all(len(k) < 80 for k in row["feats"])


def test_clear_replies_keep_their_reading_with_the_shipped_gate():
    assert read_reply("We do not hold the information you requested.").outcome.value == "not_held"
    assert read_reply("Please find the information you requested attached.").outcome.value == "disclosed"
    r = read_reply("Please find attached the figures for 2022 and 2023. The names of the officers are withheld "
                   "under section 40(2) as they are personal data.")
    assert r.outcome.value == "part_disclosed"
