"""rd76 (session 54): the rotation - fresh73 (reported in session 53) is tuning material, fresh76 is the report set: real
reply letters from the disclosure log of a regulator (the Independent Parliamentary Standards Authority), at addresses no
other label set, address list, knowledge pack or bench file in the repository holds; labels committed before any reader
read a text. Every record names its source kind and body type."""

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


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh73_is_tuning_material_from_session_54():
    assert all(r.get("tune_since") == "session 54" and r["split"] == "fresh73-report" for r in _labels("fresh73"))


def test_fresh76_is_the_report_set():
    fresh76 = _labels("fresh76")
    assert len(fresh76) >= 15
    for r in fresh76:
        assert r["split"] == "fresh76-report" and r.get("tune_since") in (None, "session 55"), r["id"]
        assert r["id"].startswith("fr76-") and r["url"].startswith("http"), r["id"]
        assert r["source_kind"] == "disclosure_log" and r["body_type"] and r["note"], r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    assert len({r["url"] for r in fresh76}) == len(fresh76)
    assert len({r["outcome"] for r in fresh76}) >= 3


def _key(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", urllib.parse.unquote(url)).rstrip("/").lower()


def test_fresh76_holds_no_address_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge", "bench") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt", ".tsv"}
              and p.name != "fresh76_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    assert not [r["id"] for r in _labels("fresh76") if _key(r["url"]) in seen]


def test_eval_prints_fresh73_as_tune_and_fresh76_as_report(tmp_path):
    old, new = _labels("fresh73")[0], _labels("fresh76")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh73-report [tune since session 54]" in out
    assert "fresh76-report" in out and "fresh76-report [tune" not in out
