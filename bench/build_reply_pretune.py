"""Read each fresh set of real replies with the reader main had BEFORE any round tuned on that set, and keep the
reading's features (bench/data/reply_pretune.json): what the reader does on replies it has never seen.

    .venv/bin/python bench/build_reply_pretune.py

The learnt reply outcome (bench/train_reply_model.py, bench/eval_reply_loso.py) trains on these: a model trained on
the current reader's readings of sets the rules were tuned on learns only to trust the rules (rd12), because there the
rules are right 97 times in 100; on a set nobody has tuned on they are right about 70 times in 100, and these rows
show it where, and in what shape of reading. Each set's reader is `git archive` of the commit named in PRE_TUNE (main
just before the round that first tuned on the set; HEAD for a set nobody has tuned on yet), run with this checkout's
virtualenv. Only features are kept, with each reply's id and label: no reply text; of the decision sentences' words
(the "w=" features) only those found in at least WORDS_MIN replies across the sets (common words such as "receipt",
"journalism", "exempt", never a name or a figure of one reply). FRESH_DIR overrides /work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "reply_pretune.json"
# set -> the commit whose reader had never been tuned on it (the round that first tuned on it branched from there)
PRE_TUNE = {"fresh10": "ef9a66b",   # rd13 (merge 940f508) tuned fresh10
            "fresh11": "b188a8c",   # rd21 tuned fresh11
            "fresh12": "d19ba70",   # rd22 tuned fresh12 and fresh13
            "fresh13": "d19ba70",
            "fresh14": "1693528",   # rd23 tuned fresh14
            "fresh15": "9966be3"}   # main when rd24 began: nobody had tuned on it
WORDS_MIN = 3

READ = r"""
import json, sys
sys.path.insert(0, '.')
from askfoi import reply_model
reply_model.model = lambda: None
from askfoi.reader import reply_model_features
out = {}
for line in open(sys.argv[1], encoding='utf-8'):
    if line.strip():
        r = json.loads(line)
        f, o, u = reply_model_features(r['text'])
        out[r['id']] = {'y': r['outcome'], 'rules': o.value, 'unclear': bool(u), 'feats': f}
print(json.dumps(out))
"""


def main() -> int:
    fresh = Path(os.environ.get("FRESH_DIR", "/work"))
    data: dict = {"readers": {}, "sets": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in PRE_TUNE.items():
            src = fresh / name / "all.jsonl"
            if not src.exists():
                print(f"  {name}: no {src}, skipped")
                continue
            sha = subprocess.run(["git", "rev-parse", commit], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.strip()
            where = Path(tmp) / sha[:10]
            if not where.exists():
                where.mkdir()
                tar = subprocess.run(["git", "archive", sha, "askfoi", "knowledge"], cwd=ROOT, capture_output=True,
                                     check=True).stdout
                subprocess.run(["tar", "-x", "-C", str(where)], input=tar, check=True)
            res = subprocess.run([sys.executable, "-c", READ, str(src)], cwd=where, capture_output=True, text=True,
                                 check=True)
            rows = json.loads(res.stdout)
            data["readers"][name] = sha[:10]
            data["sets"][name] = rows
            right = sum(r["rules"] == r["y"] and not r["unclear"] for r in rows.values())
            print(f"  {name}: reader {sha[:10]}, {right}/{len(rows)} right ({right / max(1, len(rows)):.3f})",
                  flush=True)
    seen = Counter(k for rows in data["sets"].values() for r in rows.values() for k in r["feats"] if k.startswith("w="))
    for rows in data["sets"].values():
        for r in rows.values():
            r["feats"] = {k: v for k, v in r["feats"].items() if not k.startswith("w=") or seen[k] >= WORDS_MIN}
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"  wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
