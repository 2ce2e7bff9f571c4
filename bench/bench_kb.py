"""How long the knowledge pack takes to load and `askfoi kb stats` takes to answer, and import speed.

A person types `askfoi kb stats` (or opens the chatbot, which loads the same pack), so start-up time is
what matters: measured as wall time of a fresh process, a few runs, min and median.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
RUNS = 5


def _wall(argv: list[str]) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False, cwd=REPO)
        times.append(time.perf_counter() - start)
    return times


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from askfoi.cli import main; sys.exit(main(sys.argv[1:]))", *args]


def _row(name: str, times: list[float]) -> list:
    return [name, len(times), f"{min(times) * 1000:.0f}", f"{statistics.median(times) * 1000:.0f}"]


def bench() -> list[tuple[str, list[str], list[list]]]:
    from askfoi.importers import parse_file
    from askfoi.knowledge import load_knowledge

    startup = [
        _row("askfoi --version (interpreter + argparse)", _wall(_cli("--version"))),
        _row("askfoi kb stats --json", _wall(_cli("kb", "stats", "--json"))),
        _row("askfoi kb stats", _wall(_cli("kb", "stats"))),
    ]

    loads = []
    for _ in range(RUNS):
        start = time.perf_counter()
        kb = load_knowledge()
        loads.append(time.perf_counter() - start)
    in_process = [
        ["first load (builds validators)", f"{loads[0] * 1000:.0f}", len(kb.responses), len(kb.problems)],
        ["later loads, median", f"{statistics.median(loads[1:]) * 1000:.0f}", len(kb.responses), len(kb.problems)],
    ]

    parsing = []
    for rel, fmt in (
        ("data/wdtk_childrens_social_care_requests.csv", "wdtk-csv"),
        ("data/published_responses.jsonl", "jsonl"),
        ("seeds/002_d32977970b450db8.txt", "disclosure-log"),
    ):
        path = SHARED / rel
        if not path.is_file():
            continue
        start = time.perf_counter()
        result = parse_file(path, fmt)
        spent = time.perf_counter() - start
        parsing.append([rel, fmt, len(result.records), len(result.rejected), f"{spent * 1000:.0f}"])
    if (SHARED / "data").is_dir():
        with tempfile.TemporaryDirectory() as tmp:
            from askfoi.importers import import_paths

            start = time.perf_counter()
            inputs = [SHARED / "data/published_responses.jsonl", SHARED / "data/wdtk_childrens_social_care_requests.csv"]
            report = import_paths(inputs, into=Path(tmp) / "pack.jsonl")
            spent = time.perf_counter() - start
            parsing.append(["import_paths(all of data/)", "auto", report.imported, report.rejected, f"{spent * 1000:.0f}"])

    return [
        ("Start-up: a fresh process, wall time (ms)", ["command", "runs", "min", "median"], startup),
        ("Loading the knowledge pack in-process (ms)", ["load", "ms", "records", "problems"], in_process),
        ("Importers (ms)", ["input", "format", "records", "rejected", "ms"], parsing),
    ]
