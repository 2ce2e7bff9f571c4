"""rd61 (session 49): the rotation - fresh58 (reported in session 48) is tuning material, fresh61 is the report set: 30
real reply letters (Transport for London disclosure-log entries, a fire service's refusal notice, a WhatDoTheyKnow
thread), each at an address no other label set, address list, knowledge pack or bench file in the repository holds (a
TfL entry counts by its reference, a WhatDoTheyKnow page by its request). Every record names its source kind, so the
figures can be given per source."""

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
KINDS = {"disclosure_log", "wdtk", "reply_page", "decision_notice", "tribunal_account"}


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh58_is_tuning_material_from_session_49():
    assert all(r.get("tune_since") == "session 49" for r in _labels("fresh58"))


def test_fresh61_keeps_its_report_split():
    # rd64 (session 50): reported in session 49, fresh61 is tuning material since session 50 (tune_since); its
    # records keep their split so the figures stay comparable with the note that reported them
    fresh61 = _labels("fresh61")
    assert len(fresh61) >= 30
    for r in fresh61:
        assert r["split"] == "fresh61-report" and r.get("tune_since") == "session 50", r["id"]
        assert r["id"].startswith("fr61-") and r["url"].startswith("http"), r["id"]
        assert r["source_kind"] in KINDS and r["note"], r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    assert len({r["url"] for r in fresh61}) == len(fresh61)


def _keys(url: str) -> list[str]:
    key = re.sub(r"^https?://(www\.)?", "", urllib.parse.unquote(url)).rstrip("/").lower().replace("/cy/request/", "/request/")
    m = re.match(r"(whatdotheyknow\.com/request/[^/]+)", key)
    keys = [m.group(1) if m else key]
    # a TfL entry is the same letter whatever address reaches it: its reference (FOI-0423-2021) is the key too
    keys += re.findall(r"foi-\d{3,5}-\d{4}", key)
    return keys


def test_fresh61_holds_no_address_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge", "bench") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt", ".tsv"}
              and p.name != "fresh61_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    seen = seen.replace("/cy/request/", "/request/")
    assert not [r["id"] for r in _labels("fresh61") if any(k in seen for k in _keys(r["url"]))]


def test_eval_prints_fresh58_and_fresh61_as_tune(tmp_path):
    old, new = _labels("fresh58")[0], _labels("fresh61")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh58-report [tune since session 49]" in out
    assert "fresh61-report [tune since session 50]" in out
