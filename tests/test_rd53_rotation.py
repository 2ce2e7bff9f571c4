"""rd53 (session 46): the rotation - fresh51 (reported in session 45) is tuning material, fresh53 was the report set
(tuning material from session 47, rd55), and each fresh53 record names a decision the repository did not already hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES = {"disclosed", "part_disclosed", "refused", "not_held", "ncnd", "cost_limit", "vexatious", "published",
            "pending", "withdrawn"}


def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh50_and_fresh51_are_tuning_material():
    assert all(r.get("tune_since") == "session 45" for r in _labels("fresh50"))
    assert all(r.get("tune_since") == "session 46" for r in _labels("fresh51"))


def test_fresh53_was_the_report_set_and_names_new_sources():
    fresh53 = _labels("fresh53")
    assert len(fresh53) >= 40
    for r in fresh53:
        assert r["split"] == "fresh53-report" and r.get("tune_since") == "session 47", r["id"]
        assert r["id"].startswith("f53-") and r["url"].startswith("http") and "EA/" in r["source"], r["id"]
        assert r.get("source_kind") in {"tribunal_quote", "tribunal_account"}, r["id"]
        assert r["outcome"] in OUTCOMES and (r["outcome"] != "ncnd" or r["ncnd"]), r["id"]
        assert all(p in OUTCOMES for p in r["parts"]), r["id"]
    urls = [r["url"] for r in fresh53]
    assert len(set(urls)) == len(urls)
    # no decision already in the repository (fresh50's and fresh51's included): by its address and by its EA number
    refs = [r["source"].rsplit("decision ", 1)[1].rstrip(")") for r in fresh53]
    keys = [u.split("://", 1)[1].removeprefix("www.") for u in urls]
    keys += refs + [ref.replace("/", ".") for ref in refs] + [ref.replace("/", "-") for ref in refs]
    others = [p for d in ("tests/data", "knowledge") for p in (ROOT / d).rglob("*")
              if p.is_file() and p.suffix in {".jsonl", ".json", ".yaml", ".csv", ".txt"} and p.name != "fresh53_labels.jsonl"]
    seen = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)
    assert not [k for k in keys if k in seen]


def test_eval_prints_fresh51_and_fresh53_as_tune(tmp_path):
    old, new = _labels("fresh51")[0], _labels("fresh53")[0]
    texts = tmp_path / "t.jsonl"
    # made-up replies under real labels' ids: the eval's printing is tested, not the reader
    texts.write_text("".join(json.dumps({"id": r["id"], "request": "", "reply": "We do not hold this information."}) + "\n"
                             for r in (old, new)))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env={"ASKFOI_FRESH_REPLIES": str(texts), "PATH": "/usr/bin:/bin"}, cwd=ROOT, check=True).stdout
    assert "fresh51-report [tune since session 46]" in out
    assert "fresh53-report [tune since session 47]" in out
