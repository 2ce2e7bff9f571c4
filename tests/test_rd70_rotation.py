"""rd70 (session 52): the rotation - fresh67 (reported in session 51) is tuning material, fresh70 is the report set: real
reply letters at addresses no other label set, address list, knowledge pack or bench file in the repository holds
(disclosure logs: Bolton NHS Foundation Trust 11, Royal Surrey 2, the Metropolitan Police 1 - the pages corpus gave few
unused reply letters this session); labels committed before any reader read a text. Every record names its source kind and body type."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES = {"disclosed", "part_disclosed", "refused", "not_held", "ncnd", "cost_limit", "vexatious", "published",
            "pending", "withdrawn"}
KINDS = {"disclosure_log", "wdtk"}


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh67_is_tuning_material_from_session_52():
    assert all(r.get("tune_since") == "session 52" and r["split"] == "fresh67-report" for r in _labels("fresh67"))


def test_fresh70_is_the_report_set():
    fresh70 = _labels("fresh70")
    assert len(fresh70) >= 10
    for r in fresh70:
        # rd73 (session 53): fresh70 was reported in session 52 and is tuning material from session 53
        assert r["split"] == "fresh70-report" and r.get("tune_since") in (None, "session 53"), r["id"]
        assert r["id"].startswith("fr70-") and r["url"].startswith("http"), r["id"]
        assert r["source_kind"] in KINDS and r["body_type"] and r["note"], r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    assert len({r["url"] for r in fresh70}) == len(fresh70)
    # not one outcome: the set tests the reader's decisions, not one kind of letter
    assert len({r["outcome"] for r in fresh70}) >= 4


def _keys(url: str) -> list[str]:
    key = re.sub(r"^https?://(www\.)?", "", urllib.parse.unquote(url)).rstrip("/").lower()
    return [key]


def test_fresh70_holds_no_address_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge", "bench") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt", ".tsv"}
              and p.name != "fresh70_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    assert not [r["id"] for r in _labels("fresh70") if any(k in seen for k in _keys(r["url"]))]


def test_eval_prints_fresh67_as_tune_and_fresh70_as_report(tmp_path):
    old, new = _labels("fresh67")[0], _labels("fresh70")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh67-report [tune since session 52]" in out
    assert "fresh70-report [tune since session 53]" in out
