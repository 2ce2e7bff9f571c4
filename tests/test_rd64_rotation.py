"""rd64 (session 50): the rotation - fresh61 (reported in session 49) is tuning material, fresh64 was the report set (rd67:
tuning material from session 51, tests/test_rd67_rotation.py):
real reply letters (Scottish Government FOI/EIR releases, some through the
foibench mirror of gov.scot; NatureScot's and Merthyr Tydfil council's disclosure logs), each at an address no other
label set, address list, knowledge pack or bench file in the repository holds. Every record names its source kind, so
the figures can be given per source."""

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
KINDS = {"disclosure_log", "gov_release", "wdtk"}


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh61_is_tuning_material_from_session_50():
    assert all(r.get("tune_since") == "session 50" for r in _labels("fresh61"))


def test_fresh64_was_the_report_set():
    fresh64 = _labels("fresh64")
    assert len(fresh64) >= 15
    for r in fresh64:
        assert r["split"] == "fresh64-report" and r.get("tune_since") == "session 51", r["id"]  # rd67
        assert r["id"].startswith("fr64-") and r["url"].startswith("http"), r["id"]
        assert r["source_kind"] in KINDS and r["note"], r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
        # Scottish letters cite FOISA / EISR sections with the act, as the reader returns them (rd61's fresh58 slip)
        if "scot" in r["url"] or "viveecosse" in r["url"]:
            assert all(s.split()[0] in {"FOISA", "EISR"} for s in r["sections"]), r["id"]
    assert len({r["url"] for r in fresh64}) == len(fresh64)


def _keys(url: str) -> list[str]:
    key = re.sub(r"^https?://(www\.)?", "", urllib.parse.unquote(url)).rstrip("/").lower()
    keys = [key]
    # a gov.scot release is the same letter whatever host reaches it (www., beta., scotland.gov.uk): its reference too
    keys += re.findall(r"foi-\d{2}-\d{5}|foi-\d{12}", key)
    return keys


def test_fresh64_holds_no_address_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge", "bench") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt", ".tsv"}
              and p.name != "fresh64_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    assert not [r["id"] for r in _labels("fresh64") if any(k in seen for k in _keys(r["url"]))]


def test_eval_prints_fresh61_and_fresh64_as_tune(tmp_path):
    old, new = _labels("fresh61")[0], _labels("fresh64")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh61-report [tune since session 50]" in out
    assert "fresh64-report [tune since session 51]" in out  # rd67: reported in session 50
