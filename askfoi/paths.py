"""Where askfoi's files are: its own prompts/ and knowledge/ folders, and the user's data folder.

Kept free of pydantic, jinja2 and YAML so that the chatbot can draw its greeting, and the CLI can
find its files, before the heavier modules are imported. askfoi.knowledge re-exports both names.
"""

from __future__ import annotations

import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent


_FOUND: dict[str, Path] = {}


def resource_dir(name: str) -> Path:
    """knowledge/ or prompts/: inside the installed package, or at the top of a source checkout. st102: the folder
    found is remembered per process (every vocabulary look-up asked for it: two directory checks each time, 4% of
    framing a message)."""
    found = _FOUND.get(name)
    if found is not None:
        return found
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            _FOUND[name] = candidate
            return candidate
    raise FileNotFoundError(f"askfoi cannot find its {name}/ folder (looked in {_HERE} and {_HERE.parent})")


def user_data_dir() -> Path:
    """Where askfoi may keep files the user chose to keep: ASKFOI_DATA_DIR, else the platform's data dir."""
    override = os.environ.get("ASKFOI_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("askfoi", appauthor=False))


AUTOSAVE_NAME = "session.json"  # askfoi.session.SESSION_FILE (a test keeps the two equal)


def autosave_exists() -> bool:
    """Is there an autosave the chatbot may offer to resume? (Checked before the engine is imported.)"""
    try:
        return (user_data_dir() / AUTOSAVE_NAME).is_file()
    except OSError:
        return True  # cannot tell: let the session store decide
