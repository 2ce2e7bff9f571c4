"""CLI start-up: wall time of one command in a fresh process, and what its imports cost.

Each command runs RUNS times as `python -m askfoi.cli ...` (interpreter start-up included); the
median is printed, with the time `python -X importtime` charges to pydantic, jinja2 and yaml.
ASKFOI_BENCH_BASE=DIR also runs another checkout's askfoi (e.g. an older commit unpacked with
`git archive COMMIT | tar -x -C DIR`) with this venv, interleaved run by run with this checkout so
that load on the machine hits both alike: before/after figures from one run.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 11
REQUEST = "How many speed cameras did you operate in 2023?"
COMMANDS = [
    ["--version"],
    ["deadline", "2026-01-05"],
    ["check", REQUEST, "--authority", "Essex Police"],
    ["match", REQUEST, "--authority", "Essex Police"],
    ["kb", "stats"],
]
HEAVY = ("pydantic", "pydantic_core", "jinja2", "yaml")


def _run(args: list[str], env: dict[str, str], importtime: bool = False) -> tuple[float, str]:
    cmd = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "askfoi.cli", *args]
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), timeout=120)
    return time.perf_counter() - start, out.stderr


def _imports(stderr: str) -> tuple[float, dict[str, float]]:
    total, heavy = 0.0, dict.fromkeys(HEAVY, 0.0)
    for m in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", stderr):
        us, name = int(m.group(1)), m.group(2)
        total += us
        top = name.split(".")[0]
        if top in heavy:
            heavy[top] += us
    return total / 1000, {k: v / 1000 for k, v in heavy.items()}


def bench():
    caches = Path(tempfile.mkdtemp(prefix="askfoi-bench-cli-"))  # one matching index per code base
    envs = {"this checkout": dict(os.environ, ASKFOI_CACHE_DIR=str(caches / "this"))}
    base = os.environ.get("ASKFOI_BENCH_BASE")
    if base:
        envs = {"base": dict(os.environ, PYTHONPATH=base, ASKFOI_CACHE_DIR=str(caches / "base")), **envs}
    rows = []
    for args in COMMANDS:
        times: dict[str, list[float]] = {label: [] for label in envs}
        for env in envs.values():
            _run(args, env)  # warm the file cache
        for _ in range(RUNS):
            for label, env in envs.items():
                times[label].append(_run(args, env)[0])
        for label, env in envs.items():
            _, heavy = _imports(_run(args, env, importtime=True)[1])
            rows.append([
                "askfoi " + " ".join(a if " " not in a else '"..."' for a in args),
                label,
                f"{statistics.median(times[label]) * 1000:.0f}",
                f"{min(times[label]) * 1000:.0f}",
                f"{heavy['pydantic'] + heavy['pydantic_core']:.0f}",
                f"{heavy['jinja2']:.0f}",
                f"{heavy['yaml']:.0f}",
            ])
    shutil.rmtree(caches, ignore_errors=True)
    return [(
        f"CLI start-up, {RUNS} fresh processes each (interleaved); import columns from one -X importtime run",
        ["command", "code", "median ms", "min ms", "pydantic imports ms", "jinja2 ms", "yaml ms"],
        rows,
    )]
