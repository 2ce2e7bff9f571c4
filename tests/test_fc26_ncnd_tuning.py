"""bench/ncnd_tuning.py: the tuning-split NCND comparison counts recall and false alarms per kind and names changes."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import ncnd_tuning  # noqa: E402


def test_rates_and_changes():
    before = {"a": {"id": "a", "kind": "police", "ncnd": True, "warned": False, "title": "IMSI"},
              "b": {"id": "b", "kind": "council", "ncnd": False, "warned": True, "title": "CCTV"},
              "c": {"id": "c", "kind": "police", "ncnd": False, "warned": False, "title": "ANPR"}}
    after = {**before, "a": {**before["a"], "warned": True}, "c": {**before["c"], "warned": True}}
    assert ncnd_tuning.rates(before) == {"all": "recall 0/1, false alarms 1/2", "other": "recall 0/0, false alarms 1/1",
                                         "police": "recall 0/1, false alarms 0/1"}
    assert ncnd_tuning.rates(after)["police"] == "recall 1/1, false alarms 1/1"
    changes = ncnd_tuning.compare(before, after)
    assert changes == ["GAIN police ncnd=True | IMSI", "LOSS police ncnd=False | ANPR"]
