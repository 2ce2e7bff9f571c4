"""rd50 (session 44): the rotation - fresh48 (reported in session 43) is tuning material, fresh50 is the report set, and
each fresh50 record names a source the repository did not already hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"reply", "tribunal_quote", "tribunal_account"}


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh48_is_tune_since_session_44():
    assert all(r.get("tune_since") == "session 44" for r in _labels("fresh48"))


def test_fresh50_has_a_source_and_a_kind_for_each_record():
    fresh50 = _labels("fresh50")
    assert len(fresh50) >= 30
    for r in fresh50:
        # rd51: reported in session 44, tuning material from session 45
        assert r["split"] == "fresh50-report" and r.get("tune_since") == "session 45", r["id"]
        assert r["id"].startswith("f50-") and r["url"].startswith("http") and r.get("source"), r["id"]
        # what kind of text the record is: a letter, a reply quoted in a decision, or a decision's account of the reply
        assert r.get("source_kind") in KINDS, r["id"]
        assert r["outcome"] in {"disclosed", "part_disclosed", "refused", "not_held", "ncnd", "cost_limit", "vexatious",
                                "published", "pending", "withdrawn"}, r["id"]
        assert r["outcome"] != "ncnd" or r["ncnd"], r["id"]
    urls = [r["url"] for r in fresh50]
    assert len(set(urls)) == len(urls)
    keys = [u.split("://", 1)[1].removeprefix("www.") for u in urls]
    others = [p for d in ("tests/data", "knowledge") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt"} and p.name != "fresh50_labels.jsonl"
              # session 45: a first-message set (fx51) takes the same decisions' REQUESTS, never their replies: no
              # reply of this set is read by anything tuned on it
              and not (p.name.startswith("fx") and p.name.endswith("_addresses.jsonl"))]
    seen = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)
    assert not [k for k in keys if k in seen]


def test_eval_prints_fresh48_and_fresh50_as_tune(tmp_path):
    old, new = _labels("fresh48")[0], _labels("fresh50")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh48-report [tune since session 44]" in out
    assert "fresh50-report [tune since session 45]" in out  # rd51: reported in session 44
