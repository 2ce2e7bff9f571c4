"""Matching speed on the real pack beside a naive rapidfuzz scan (100k and 1M: bench_scale.py).

Each measurement runs in its own Python process, so cold start and peak memory (ru_maxrss) are
that process's own. Synthetic indexes (bench/synth.py) are cached in .bench/ between runs, keyed
by the real pack and the matching vocab; the real pack's index is rebuilt every run.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CACHE = REPO / ".bench"
SIZES = (("real pack", None),)  # 100k and 1M: bench_scale.py, through the real loading path
N_QUERIES = 300
NAIVE_QUERIES = {None: 200, 100_000: 40, 1_000_000: 8}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


# --- workers (each in a fresh process) --------------------------------------------------------------


def _worker_build(n: str, out: str) -> dict:
    from askfoi.knowledge import load_knowledge
    from askfoi.match_index import build_index, row_from_response
    from synth import synth_rows

    real = load_knowledge().responses
    start = time.perf_counter()
    rows = (row_from_response(r) for r in real) if n == "real" else synth_rows(real, int(n))
    build_index(rows, Path(out), key=Path(out).stem)
    return {"build_s": time.perf_counter() - start, "build_mb": _peak_mb()}


def _worker_match(index: str, queries: str) -> dict:
    start = time.perf_counter()
    from askfoi.matching import Matcher

    qs = json.loads(Path(queries).read_text())
    m = Matcher(Path(index))
    m.match(qs[0][0], qs[0][1])
    cold = time.perf_counter() - start
    times = []
    for text, authority in qs[1:]:
        t = time.perf_counter()
        m.match(text, authority)
        times.append(time.perf_counter() - t)
    return {"cold_s": cold, "p50_ms": _pct(times, 50) * 1000, "p95_ms": _pct(times, 95) * 1000, "mb": _peak_mb()}


def _worker_naive(index: str, queries: str) -> dict:
    start = time.perf_counter()
    import sqlite3

    from rapidfuzz import fuzz, process, utils

    titles = [t for (t,) in sqlite3.connect(index).execute("SELECT title FROM docs ORDER BY rowid")]
    qs = json.loads(Path(queries).read_text())

    def one(text: str):
        return process.extract(text, titles, scorer=fuzz.WRatio, processor=utils.default_process, limit=5)

    one(qs[0][0])
    cold = time.perf_counter() - start
    times = []
    for text, _ in qs[1:]:
        t = time.perf_counter()
        one(text)
        times.append(time.perf_counter() - t)
    return {"cold_s": cold, "p50_ms": _pct(times, 50) * 1000, "p95_ms": _pct(times, 95) * 1000, "mb": _peak_mb()}


# --- driver -------------------------------------------------------------------------------------------


def _run(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, cwd=REPO, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench worker {args[0]} failed: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _index(n: int | None, key: str) -> tuple[Path, dict, bool]:
    """The index for this size: real pack rebuilt each run, synthetic ones cached in .bench/."""
    CACHE.mkdir(exist_ok=True)
    name = "real" if n is None else str(n)
    path = CACHE / f"match-{name}-{key}.sqlite"
    stats_path = path.with_suffix(".json")
    if n is not None and path.is_file() and stats_path.is_file():
        return path, json.loads(stats_path.read_text()), True
    for old in CACHE.glob(f"match-{name}-*"):
        old.unlink()
    stats = _run("build", name, str(path))
    stats_path.write_text(json.dumps(stats))
    return path, stats, False


def bench():
    sys.path.insert(0, str(HERE))
    from askfoi.knowledge import load_knowledge
    from askfoi.match_index import knowledge_key
    from synth import sample_queries

    kb = load_knowledge()
    if not kb.responses:
        return [("Matching speed", ["note"], [["the knowledge pack is empty: nothing to measure"]])]
    key = knowledge_key(kb.files)
    queries = sample_queries(kb.responses, N_QUERIES)
    CACHE.mkdir(exist_ok=True)
    qfile = CACHE / "queries.json"
    qfile.write_text(json.dumps(queries))
    rows = []
    for label, n in SIZES:
        path, build, cached = _index(n, key)
        docs = _count(path)
        m = _run("match", str(path), str(qfile))
        nq = CACHE / f"queries-naive-{label.replace(' ', '')}.json"
        nq.write_text(json.dumps(queries[: NAIVE_QUERIES[n] + 1]))
        nv = _run("naive", str(path), str(nq))
        rows.append([
            f"{label} ({docs:,})",
            f"{build['build_s']:.1f}" + (" (cached)" if cached else ""),
            f"{build['build_mb']:.0f}",
            f"{m['cold_s']:.2f}", f"{m['p50_ms']:.1f}", f"{m['p95_ms']:.1f}", f"{m['mb']:.0f}",
            f"{nv['cold_s']:.2f}", f"{nv['p50_ms']:.1f}", f"{nv['p95_ms']:.1f}", f"{nv['mb']:.0f}",
            f"{nv['p95_ms'] / max(m['p95_ms'], 1e-9):.0f}x",
        ])
    headers = [
        "records", "build s", "build MB", "cold s", "p50 ms", "p95 ms", "peak MB",
        "naive cold s", "naive p50", "naive p95", "naive MB", "p95 speed-up",
    ]
    note = [[
        f"{N_QUERIES - 1} queries (parts of real titles/summaries, half with an authority); naive = rapidfuzz "
        "process.extract WRatio over all titles; cold = fresh process: import, open index, first answer"
    ]]
    return [("Matching speed (askfoi index vs naive scan)", headers, rows), ("How measured", ["note"], note)]


def _count(path: Path) -> int:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM docs").fetchone()[0]
    finally:
        con.close()


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(REPO))
    worker = {"build": _worker_build, "match": _worker_match, "naive": _worker_naive}[sys.argv[1]]
    print(json.dumps(worker(*sys.argv[2:])))
