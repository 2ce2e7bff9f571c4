"""rd48 (session 43): the rotation - fresh46 (reported in session 42) is tuning material, fresh48 is the report set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh48_is_the_report_set_and_each_record_names_a_new_source():
    fresh48 = _labels("fresh48")
    assert fresh48
    # rd50: reported in session 43, tuned on from session 44 (tests/test_rd50_rotation.py)
    assert all(r["split"] == "fresh48-report" and r.get("tune_since") == "session 44" and r["url"].startswith("http")
               and r["id"].startswith("f48-") for r in fresh48)
    urls = [r["url"] for r in fresh48]
    assert len(set(urls)) == len(urls)
    # no address the repository already had (tests/data or knowledge/), compared without the scheme and "www."
    keys = [u.split("://", 1)[1].removeprefix("www.") for u in urls]
    others = [p for d in ("tests/data", "knowledge") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt"} and p.name != "fresh48_labels.jsonl"]
    seen = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)
    assert not [k for k in keys if k in seen]


def test_every_reported_report_half_is_tune():
    for name in ("fresh41", "fresh42", "fresh43", "fresh44", "fresh46"):
        for rec in _labels(name):
            if rec["split"].endswith("-report"):
                assert rec.get("tune_since"), rec["id"]
    assert all(r.get("tune_since") == "session 43" for r in _labels("fresh46"))


def test_eval_prints_fresh46_as_tune_and_fresh48_as_report(tmp_path):
    old, new = _labels("fresh46")[0], _labels("fresh48")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh46-report [tune since session 43]" in out
    assert "fresh48-report [tune since session 44]" in out  # rd50: reported in session 43
