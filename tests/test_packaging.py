"""The wheel carries knowledge/ and prompts/, and the installed package finds them from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (found,) = out.glob("askfoi-*.whl")
    return found


def test_wheel_ships_knowledge_and_prompts(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("knowledge", "prompts"):
        src = sorted(
            str(p.relative_to(REPO)) for p in (REPO / folder).rglob("*") if p.is_file() and p.name != ".keep"
        )
        assert src, f"{folder}/ is empty"
        for rel in src:
            assert f"askfoi/{rel}" in names, f"{rel} is missing from the wheel"


def test_unpacked_wheel_runs_from_another_directory(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ)
    # The unpacked wheel first; the test venv's site-packages supply the dependencies only.
    env["PYTHONPATH"] = str(site)
    code = "import sys; from askfoi.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.run(
        [sys.executable, "-c", code, "kb", "stats", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert stats["total"] > 4000
    where = subprocess.run(
        [sys.executable, "-c", "import askfoi.knowledge as k; print(k.shipped_knowledge_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.strip().startswith(str(site)), where.stdout


def test_wheel_ships_the_served_page(wheel):
    assert "askfoi/tui/web/app_index.html" in zipfile.ZipFile(wheel).namelist()
