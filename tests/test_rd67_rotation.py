"""rd67 (session 51): the rotation - fresh64 (reported in session 50) is tuning material, fresh67 is the report set: real
reply letters from kinds of body not mined before (fire and rescue services' disclosure logs, NHS and Northern Irish
health bodies, universities, Network Rail, NI Water, Translink), each at an address no other label set, address list,
knowledge pack or bench file in the repository holds; labels committed before any reader read a text. Every record
names its source kind and body type, so the figures can be given per source."""

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


def test_fresh64_is_tuning_material_from_session_51():
    assert all(r.get("tune_since") == "session 51" and r["split"] == "fresh64-report" for r in _labels("fresh64"))


def test_fresh67_is_the_report_set():
    fresh67 = _labels("fresh67")
    assert len(fresh67) >= 20
    for r in fresh67:
        assert r["split"] == "fresh67-report" and r.get("tune_since") in (None, "session 52"), r["id"]
        assert r["id"].startswith("fr67-") and r["url"].startswith("http"), r["id"]
        assert r["source_kind"] in KINDS and r["body_type"] and r["note"], r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    assert len({r["url"] for r in fresh67}) == len(fresh67)
    # the kinds of body this set was built for: not one source
    assert len({r["body_type"] for r in fresh67}) >= 4


def _keys(url: str) -> list[str]:
    key = re.sub(r"^https?://(www\.)?", "", urllib.parse.unquote(url)).rstrip("/").lower()
    return [key] + re.findall(r"foi-\d{2}-\d{5}|foi-\d{12}|request/\d{5,}", key)


def test_fresh67_holds_no_address_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge", "bench") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt", ".tsv"}
              and p.name != "fresh67_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    assert not [r["id"] for r in _labels("fresh67") if any(k in seen for k in _keys(r["url"]))]


def test_eval_prints_fresh64_as_tune_and_fresh67_as_report(tmp_path):
    old, new = _labels("fresh64")[0], _labels("fresh67")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh64-report [tune since session 51]" in out
    assert "fresh67-report" in out
