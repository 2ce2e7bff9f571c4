"""askfoi at 100k and 1M past responses, through the real loading path.

The pack: the shipped knowledge plus N synthetic records written as JSON lines into a user knowledge
folder (ASKFOI_DATA_DIR), so askfoi finds, validates and indexes them exactly as it would a real
import. The vocabulary is open and long-tailed: each title is a recombined real title plus invented
words drawn from a Zipf distribution over 300,000 made-up words, and authorities follow a long tail of
invented bodies beside the real ones. Built once per size and cached in .bench/scale-N/ (the pack file
and askfoi's own index cache).

Measured in fresh processes once the index is built: `askfoi kb stats --json`, `askfoi match TEXT
--json`, and the chatbot's warm-up (askfoi.matching.warm_up: what the chat waits for before its first
forecast): wall time and peak memory. Then the approximate matcher's top-5 agreement with an exhaustive
search that scores every record sharing a term with the query by the same scoring (Matcher._score),
with both speeds.
"""

from __future__ import annotations

import heapq
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SIZES = tuple(int(x) for x in os.environ.get("BENCH_SCALE_SIZES", "100000,1000000").split(","))
RUNS = 3
AGREEMENT_QUERIES = {1_000_000: 12}  # 30 below a million
VOCAB = 300_000
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "zu", "pe", "dra", "shi", "gon", "bel", "tor", "wix"]


def _invented_word(i: int) -> str:
    out = []
    i += 1
    while i:
        i, r = divmod(i, len(SYLLABLES))
        out.append(SYLLABLES[r])
    return "".join(out) + "q"  # the q keeps them clear of English words


def _zipf(rng: random.Random, n: int, a: float = 1.1) -> int:
    """An index in [0, n) with a long tail (rank ~ Zipf(a))."""
    while True:
        k = int(rng.paretovariate(a - 1.0))
        if k <= n:
            return k - 1


def write_pack(n: int, folder: Path, seed: int = 3) -> Path:
    """N synthetic PublishedResponse lines made from the real pack's own material plus invented words."""
    sys.path.insert(0, str(REPO))
    from askfoi.knowledge import load_knowledge

    real = [r for r in load_knowledge().responses if r.title.split()]
    rng = random.Random(seed)
    authorities = sorted({(r.authority, r.authority_type.value) for r in real})
    target = folder / "knowledge" / "responses" / "synthetic.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = rng.choice(real), rng.choice(real)
            ta, tb = a.title.split(), b.title.split()
            title = ta[: rng.randint(1, len(ta))] + tb[rng.randint(0, len(tb) - 1):]
            title += [_invented_word(_zipf(rng, VOCAB)) for _ in range(rng.randint(0, 3))]
            if rng.random() < 0.3:
                authority, atype = f"{_invented_word(_zipf(rng, 50_000)).title()} Parish Council", "council"
            else:
                authority, atype = rng.choice(authorities)
            rec = {
                "id": f"synth-{i:07d}", "authority": authority, "authority_type": atype, "title": " ".join(title),
                "asked": " ".join(b.asked.split()[:20] + [_invented_word(_zipf(rng, VOCAB))]) if b.asked else "",
                "outcome": b.outcome.value, "ncnd": b.ncnd, "sections": b.sections, "sections_known": b.sections_known,
                "source_url": f"https://example.invalid/synthetic/{i}", "source_type": b.source_type.value,
                "response_date": b.date,
            }
            fh.write(json.dumps(rec, separators=(",", ":")) + "\n")
    tmp.replace(target)
    return target


def _env(folder: Path) -> dict:
    return {**os.environ, "ASKFOI_DATA_DIR": str(folder), "ASKFOI_CACHE_DIR": str(folder / "cache"),
            "PYTHONPATH": str(REPO)}


WORKER = r"""
import json, resource, sys, time
t0 = time.perf_counter()
what = sys.argv[1]
import io, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    if what == "stats":
        from askfoi.cli import main
        main(["kb", "stats", "--json"])
    elif what == "match":
        from askfoi.cli import main
        main(["match", sys.argv[2], "--json"])
    elif what == "warmup":
        from askfoi.matching import warm_up
        warm_up()
print(json.dumps({"s": time.perf_counter() - t0, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(folder: Path, *args: str) -> dict:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", WORKER, *args], capture_output=True, text=True, env=_env(folder),
                          cwd=REPO, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"bench_scale worker {args} failed: {proc.stderr.strip()[-400:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"wall": wall, **data}


AGREE = r"""
import json, sys, time, heapq
from askfoi.matching import get_matcher, MIN_SCORE
queries = json.loads(open(sys.argv[1]).read())
m = get_matcher()
agree, approx_t, exact_t = [], [], []
for text, authority in queries:
    t = time.perf_counter()
    approx = [s.id for s in m.match(text, authority, top=5).similar]
    approx_t.append(time.perf_counter() - t)
    t = time.perf_counter()
    q = m._query(text, authority, [])
    if not q.terms:
        continue
    any_term = " OR ".join('"' + x.replace('"', '') + '"' for x in q.terms)
    rowids = [r for (r,) in m.con.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (any_term,))]
    best = []
    for i in range(0, len(rowids), 5000):
        for d in m._score(m._fetch("rowid", rowids[i:i + 5000]), q):
            heapq.heappush(best, (d.score, -d.rowid, d.id))
            if len(best) > 5:
                heapq.heappop(best)
    exact = [x[2] for x in sorted(best, reverse=True)]
    exact_t.append(time.perf_counter() - t)
    if exact:
        agree.append(len(set(approx) & set(exact)) / len(exact))
print(json.dumps({"agree": sum(agree) / max(len(agree), 1), "n": len(agree),
                  "approx_ms": 1000 * sum(approx_t) / len(approx_t), "exact_ms": 1000 * sum(exact_t) / max(len(exact_t), 1)}))
"""


def _agreement(folder: Path, n: int) -> dict:
    sys.path.insert(0, str(HERE))
    from askfoi.knowledge import load_knowledge
    from synth import sample_queries

    qfile = folder / "agreement-queries.json"
    qfile.write_text(json.dumps(sample_queries(load_knowledge().responses, AGREEMENT_QUERIES.get(n, 30))))
    proc = subprocess.run([sys.executable, "-c", AGREE, str(qfile)], capture_output=True, text=True,
                          env=_env(folder), cwd=REPO, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"bench_scale agreement failed: {proc.stderr.strip()[-400:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _pack(n: int) -> tuple[Path, str]:
    """The size's folder, with its pack written and its index built (both cached in .bench/)."""
    folder = REPO / ".bench" / f"scale-{n}"
    ready = folder / "built.json"
    if ready.is_file():
        built = json.loads(ready.read_text())
        if (folder / "knowledge" / "responses" / "synthetic.jsonl").is_file():
            return folder, f"{built['s']:.0f} s, {built['mb']:.0f} MB (cached)"
    start = time.perf_counter()
    write_pack(n, folder)
    written = time.perf_counter() - start
    first = _run(folder, "stats")  # the first run builds the index through the real loading path
    built = {"s": first["wall"], "mb": first["mb"], "write_s": written}
    ready.write_text(json.dumps(built))
    return folder, f"{built['s']:.0f} s, {built['mb']:.0f} MB"


def bench():
    rows, agree_rows = [], []
    for n in SIZES:
        folder, build = _pack(n)
        _run(folder, "stats")  # untimed: rebuilds the index if askfoi's vocabulary changed since it was built
        for label, args in (("askfoi kb stats --json", ("stats",)),
                            ("askfoi match (a covert FR question)", ("match", "Does the force use facial recognition and who supplies it?")),
                            ("chatbot warm-up (matching.warm_up)", ("warmup",))):
            runs = [_run(folder, *args) for _ in range(RUNS)]
            rows.append([f"{n:,}", label, build, f"{statistics.median(r['wall'] for r in runs):.2f}",
                         f"{max(r['mb'] for r in runs):.0f}"])
        a = _agreement(folder, n)
        agree_rows.append([f"{n:,}", a["n"], f"{a['agree']:.2f}", f"{a['approx_ms']:.0f}", f"{a['exact_ms']:.0f}"])
    return [
        ("Scale through the real loading path (fresh process, median of 3; goal < 1 s and < 200 MB)",
         ["records", "command", "index build", "wall s", "peak MB"], rows),
        ("Approximate matcher vs exhaustive search, same scoring (top-5 overlap)",
         ["records", "queries", "top-5 agreement", "approx ms", "exhaustive ms"], agree_rows),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from run import print_table

    for title, headers, rows in bench():
        print_table(title, headers, rows)
