"""bench/ncnd_holdouts.py: the reviewers' NCND judgements read from a holdout folder, scored per kind of body."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_text_is_due_when_the_reviewers_judged_its_warning_and_not_due_otherwise(tmp_path):
    from ncnd_holdouts import load_folder, table

    _write(tmp_path / "messages.jsonl", [
        {"id": "x-1", "authority": "Essex Police", "text": "Do you use IMSI catchers?"},
        {"id": "x-2", "authority": None, "text": "How many potholes were filled?"},
        {"id": "x-3", "authority": "Essex Police", "text": "How many drones do you own?"},
        {"id": "x-4", "authority": "Essex Police", "text": "not judged"},
        "a broken line",
    ])
    _write(tmp_path / "before.jsonl", [{"id": "x-1", "ncnd_ok": True}])  # after.jsonl wins when both exist
    _write(tmp_path / "after.jsonl", [
        {"id": "x-1", "ncnd_ok": False, "faults": []},
        {"id": "x-2", "ncnd_ok": None, "faults": ["NCND flagged without cause: potholes"]},
        {"id": "x-3", "ncnd_ok": None, "faults": []},
    ])
    (tmp_path / "out_after").mkdir()
    (tmp_path / "out_after" / "x-2.json").write_text(json.dumps(
        {"authority": {"name": "Kent County Council"}, "findings": [{"code": "ncnd-risk"}]}))
    rows = {r["id"]: r for r in load_folder(tmp_path)}
    assert set(rows) == {"x-1", "x-2", "x-3"}  # a text nobody judged is left out
    assert rows["x-1"]["due"] and not rows["x-2"]["due"] and not rows["x-3"]["due"]
    assert rows["x-2"]["authority"] == "Kent County Council"  # named by askfoi frame when the text names no body
    assert rows["x-2"]["judged_flag_without_cause"] and rows["x-2"]["frame_flag"]
    for r, kind, flag in ((rows["x-1"], "police", False), (rows["x-2"], "other", True), (rows["x-3"], "police", True)):
        r["kind"], r["flag"] = kind, flag
    by = {t[0]: t[1:] for t in table(list(rows.values()), "flag")}
    assert by["police"] == (1, 0, 1, 1)  # one due, missed; one not due, flagged
    assert by["other"] == (0, 0, 1, 1)
    assert by["all"] == (1, 0, 2, 2)


def test_the_script_says_so_and_exits_2_on_a_folder_without_texts(tmp_path, capsys):
    from ncnd_holdouts import main

    assert main([str(tmp_path)]) == 2
    assert "messages.jsonl" in capsys.readouterr().err
