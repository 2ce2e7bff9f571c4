"""The by-eye judgements `make eval` prints are well formed: counts only, each row consistent."""

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "framing_by_eye.jsonl"


def test_by_eye_rows_are_counts_with_an_address():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    keys = {"holdout", "id", "kind", "url", "stage", "version", "parts_total", "parts_good", "needs_rewording",
            "questions_lost", "org_ok", "route_ok", "ncnd_ok"}
    seen = set()
    for r in rows:
        assert set(r) == keys, r["id"]  # no text and no fault notes in the repository
        assert r["url"].startswith(("http://", "https://"))
        assert r["kind"] in ("formal", "informal") and r["stage"] in ("before", "after")
        assert 0 <= (r["parts_good"] or 0) <= (r["parts_total"] or 0)
        assert (r["holdout"], r["id"], r["stage"]) not in seen
        seen.add((r["holdout"], r["id"], r["stage"]))
