"""rd55 (session 47): the rotation - fresh53 (reported in session 46) is tuning material, fresh55 was the report set
(tuning material from session 48, rd58),
and each fresh55 record names a decision no other set in the repository holds, by any spelling of its EA number or by
its address (rd55 found six candidates that an EA-number check with slashes, dots and dashes alone had let through:
the first-message sets store the decision's PDF address, spelt "EA20130021" or "Ea-2018-0219", URL-quoted)."""

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


def test_fresh53_is_tuning_material():
    assert all(r.get("tune_since") == "session 47" for r in _labels("fresh53"))


def test_fresh55_was_the_report_set():
    # reported in session 47, tuned on from session 48 (rd58)
    fresh55 = _labels("fresh55")
    assert len(fresh55) >= 35
    for r in fresh55:
        assert r["split"] == "fresh55-report" and r.get("tune_since") == "session 48", r["id"]
        assert r["id"].startswith("f55-") and r["url"].startswith("http") and "EA/" in r["source"], r["id"]
        assert r.get("source_kind") in {"tribunal_quote", "tribunal_account"}, r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    assert len({r["url"] for r in fresh55}) == len(fresh55)


def _spellings(ref: str) -> list[str]:
    year, num = ref.split("/")[1:]
    return [f"EA{sep}{year}{sep}{num}" for sep in ("/", "-", ".", "")]


def test_fresh55_names_no_decision_the_repository_already_holds():
    others = [p for d in ("tests/data", "knowledge") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt"} and p.name != "fresh55_labels.jsonl"]
    seen = urllib.parse.unquote("\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)).lower()
    clash = []
    for r in _labels("fresh55"):
        ref = re.search(r"EA/\d{4}/\d{4}", r["source"]).group(0)
        address = urllib.parse.unquote(r["url"]).split("://", 1)[1]
        clash += [(r["id"], k) for k in _spellings(ref) + [address] if k.lower() in seen]
    assert not clash


def test_eval_prints_fresh53_and_fresh55_as_tune(tmp_path):
    old, new = _labels("fresh53")[0], _labels("fresh55")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh53-report [tune since session 47]" in out
    assert "fresh55-report [tune since session 48]" in out
