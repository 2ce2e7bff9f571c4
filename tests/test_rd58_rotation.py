"""rd58 (session 48): the rotation - fresh55 (reported in session 47) is tuning material, fresh58 was the report set
(reported in session 48; rd61 made it tuning material from session 49, tests/test_rd61_rotation.py):
real reply pages (a disclosure-log entry, a WhatDoTheyKnow attachment, a page quoting a reply whole), not tribunal
accounts, each at an address no other label set, address list, knowledge pack or bench file in the repository holds
(a WhatDoTheyKnow page counts by its request: the same request reached by another response or attachment is a clash)."""

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


def test_fresh55_is_tuning_material():
    assert all(r.get("tune_since") == "session 48" for r in _labels("fresh55"))


def test_fresh58_was_the_report_set():
    fresh58 = _labels("fresh58")
    assert len(fresh58) >= 20
    for r in fresh58:
        assert r["split"] == "fresh58-report" and r.get("tune_since") == "session 49", r["id"]
        assert r["id"].startswith("fr58-") and r["url"].startswith("http"), r["id"]
        assert r["source_kind"] == "reply_page" and r["note"], r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    assert len({r["url"] for r in fresh58}) == len(fresh58)


def _key(url: str) -> str:
    key = re.sub(r"^https?://(www\.)?", "", urllib.parse.unquote(url)).rstrip("/").lower().replace("/cy/request/", "/request/")
    m = re.match(r"(whatdotheyknow\.com/request/[^/]+)", key)
    return m.group(1) if m else key


def test_fresh58_holds_no_address_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge", "bench") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt", ".tsv"}
              and p.name != "fresh58_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    seen = seen.replace("/cy/request/", "/request/")
    assert not [r["id"] for r in _labels("fresh58") if _key(r["url"]) in seen]


def test_eval_prints_fresh55_and_fresh58_as_tune(tmp_path):
    old, new = _labels("fresh55")[0], _labels("fresh58")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh55-report [tune since session 48]" in out
    assert "fresh58-report [tune since session 49]" in out
