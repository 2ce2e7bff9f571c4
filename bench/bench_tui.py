"""Time to first screen: askfoi's chatbot beside a bare Textual app, in the same run.

Each start is a fresh Python process running the app headless at 80x24. The clock starts just
before the process is launched and stops when the app is ready (first screen composed and
drawn), so interpreter start-up and imports are included. Target: askfoi <= 1.3x the bare app.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 7

CHILD = r"""
import sys, time
start = float(sys.argv[1])
if sys.argv[2] == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header, Input, Static

    class Bare(App):
        def compose(self):
            yield Header()
            yield Static("hello")
            yield Input()
            yield Footer()

    app = Bare()
else:
    from askfoi.tui.app import AskFOIApp

    app = AskFOIApp(clinic=True)


async def first_screen(pilot):
    print(f"{time.time() - start:.4f}", flush=True)
    pilot.app.exit()


app.run(headless=True, size=(80, 24), auto_pilot=first_screen)
"""


def _one(kind: str) -> float:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, repr(start), kind],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{kind} app failed: {out.stderr.strip()[-400:]}")
    return float(out.stdout.strip().splitlines()[0])


def bench():
    _one("bare"), _one("askfoi")  # warm the OS file cache and .pyc files once
    times: dict[str, list[float]] = {"bare": [], "askfoi": []}
    for _ in range(RUNS):  # interleaved, so drift in machine load hits both alike
        for kind in times:
            times[kind].append(_one(kind))
    bare = statistics.median(times["bare"])
    rows = []
    for kind, label in (("bare", "bare Textual app"), ("askfoi", "askfoi chatbot")):
        med = statistics.median(times[kind])
        rows.append([label, f"{med * 1000:.0f}", f"{min(times[kind]) * 1000:.0f}", f"{max(times[kind]) * 1000:.0f}", f"{med / bare:.2f}x"])
    return [
        (
            f"Time to first screen, headless 80x24, {RUNS} fresh processes each (target: askfoi <= 1.30x bare)",
            ["app", "median ms", "min ms", "max ms", "vs bare"],
            rows,
        )
    ]
