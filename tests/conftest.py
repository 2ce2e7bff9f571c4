"""Shared test set-up: every test runs with its own data and cache folders, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("askfoi-home")
    monkeypatch.setenv("ASKFOI_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ASKFOI_CACHE_DIR", str(base / "cache"))
    yield


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout (seeds and real published responses)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
