"""The domain core must stay importable without the terminal UI libraries."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "askfoi.models",
    "askfoi.knowledge",
    "askfoi.templates",
    "askfoi.reader",
    "askfoi.importers",
    "askfoi.checks",
    "askfoi.authorities",
    "askfoi.answers",
    "askfoi.letter",
    "askfoi.formats",
    "askfoi.framing",
    "askfoi.questions",
    "askfoi.deadlines",
    "askfoi.periods",
    "askfoi.matching",
    "askfoi.conversation",
    "askfoi.cli",
]


def test_core_does_not_import_textual_or_rich():
    code = (
        "import importlib, sys\n"
        f"mods = {CORE_MODULES!r}\n"
        "missing = []\n"
        "for m in mods:\n"
        "    try:\n"
        "        importlib.import_module(m)\n"
        "    except ModuleNotFoundError as e:\n"
        "        if e.name != m: raise\n"
        "        missing.append(m)\n"
        "bad = sorted(k for k in sys.modules if k.split('.')[0] in ('textual', 'rich'))\n"
        "print('MISSING', missing)\n"
        "print('BAD', bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    missing = eval(proc.stdout.split("MISSING", 1)[1].split("\n", 1)[0])
    assert not missing, f"core modules not written yet: {missing}"


def test_version_runs_without_textual():
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from askfoi.cli import main; main(['--version'])"],
        capture_output=True,
        text=True,
    )
    assert "askfoi" in proc.stdout
