"""Shared test set-up: every test runs with its own data and cache folders, never the user's."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

# The suite keeps a large heap alive (the knowledge pack, the spelling lists, Textual apps), so Python's full
# collections are slow (about half a second each) and frequent with the default thresholds: they took a quarter
# of the Pilot tests' time. Young garbage is still collected; full collections become rare.
gc.set_threshold(20_000, 20, 20)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("askfoi-home")
    monkeypatch.setenv("ASKFOI_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ASKFOI_CACHE_DIR", str(base / "cache"))
    import sys

    framing = sys.modules.get("askfoi.framing")
    if framing is not None:  # sp61: framings kept per process start again with each test
        framing.forget_framings()
    periods = sys.modules.get("askfoi.periods")
    if periods is not None:  # sp63: so are the dates read (forget_framings empties both when framing is loaded)
        periods.forget_periods()
    yield


# --- one built matching index per session ------------------------------------------------------------------
# Every test has its own cache folder, so each get_matcher() after a cache_clear() used to build the pack's
# index again (about 28 times a run). The first build of a pack (same files, sizes, times, vocab and version:
# the index's own key) is kept in a session folder, and later tests get a copy of it in their own cache folder,
# where askfoi finds it as it finds any cached index. Each test still has its own file, so none depends on
# another, and a changed pack (another key) is built as before.


@pytest.fixture(scope="session", autouse=True)
def _one_pack_index_per_session(tmp_path_factory):
    import shutil

    from askfoi import matching
    from askfoi.knowledge import knowledge_dirs, user_cache_dir
    from askfoi.match_index import knowledge_key

    seeds = tmp_path_factory.mktemp("pack-index")
    built: dict[str, Path] = {}
    original = matching._index_path

    def index_path(cache_dir: Path | None = None) -> Path:
        folder = Path(cache_dir) if cache_dir is not None else user_cache_dir()
        files = [p for d in knowledge_dirs() for p in sorted(d.rglob("*.jsonl"))]
        name = f"match-{knowledge_key(files)}.sqlite"
        if name in built and not (folder / name).is_file():
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(built[name], folder / name)
        path = original(cache_dir)
        if path.name not in built and path.is_file():
            built[path.name] = seeds / path.name
            shutil.copyfile(path, built[path.name])
        return path

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(matching, "_index_path", index_path)
        yield


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout (seeds and real published responses)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


# --- hypothesis: a small fixed budget in `make test`, a large one in `make fuzz` ---------------------------

import os  # noqa: E402
from collections import Counter  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

_SHARED_SETTINGS = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.register_profile("test", max_examples=100, derandomize=True, **_SHARED_SETTINGS)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "2000")), **_SHARED_SETTINGS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "test"))

INPUTS_TRIED: Counter[str] = Counter()


def count_input(name: str) -> None:
    """Count one input a property test tried (the totals are printed at the end and go in README.md)."""
    INPUTS_TRIED[name] += 1


def pytest_terminal_summary(terminalreporter):
    if INPUTS_TRIED:
        total = sum(INPUTS_TRIED.values())
        parts = ", ".join(f"{k} {v}" for k, v in sorted(INPUTS_TRIED.items()))
        terminalreporter.write_line(f"hypothesis inputs tried: {total} ({parts})")
