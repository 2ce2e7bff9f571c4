"""nz88: whether askfoi keeps the person's work on this computer, as they chose the first time it started.

"save": the request being written is autosaved to the data folder and requests marked as sent are tracked there.
"clinic": nothing is kept (a shared or public computer). The choice is a setting holding no personal detail:
settings.json in the data folder (this account), or in the machine's settings folder (every account on the
computer: `askfoi saving clinic --everyone`, which a volunteer with administrator rights runs once). ASKFOI_CLINIC=1
in the environment is clinic mode too. Kept free of pydantic and jinja2: the chatbot reads it before its first screen.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from askfoi.paths import user_data_dir

SETTINGS_NAME = "settings.json"
MODES = ("save", "clinic")


def user_settings_path() -> Path:
    return user_data_dir() / SETTINGS_NAME


def site_settings_path() -> Path:
    """The machine's own settings (every account): ASKFOI_SITE_DIR, else the platform's site config folder."""
    override = os.environ.get("ASKFOI_SITE_DIR")
    if override:
        return Path(override).expanduser() / SETTINGS_NAME
    import platformdirs

    return Path(platformdirs.site_config_dir("askfoi", appauthor=False)) / SETTINGS_NAME


def _read(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > 4096:
            return None
        value = json.loads(path.read_text(encoding="utf-8")).get("saving")
    except (OSError, ValueError, AttributeError):
        return None
    return value if value in MODES else None


def env_clinic() -> bool:
    """Clinic mode switched on for a whole machine by the environment: ASKFOI_CLINIC=1."""
    return os.environ.get("ASKFOI_CLINIC", "").strip().lower() in ("1", "true", "yes", "on")


def chosen() -> tuple[str | None, str]:
    """(mode, who chose it): "everyone" (the environment or the machine's settings), "you" (this account's
    data folder), or (None, "") when nobody has chosen yet."""
    if env_clinic():
        return "clinic", "everyone"
    site = _read(site_settings_path())
    if site is not None:
        return site, "everyone"
    mine = _read(user_settings_path())
    return (mine, "you") if mine is not None else (None, "")


def choose(mode: str, everyone: bool = False) -> Path:
    """Remember MODE ("save" or "clinic") for this account, or (EVERYONE) for every account on the computer.
    Written whole or not at all, readable by its owner only for this account (raises OSError when refused)."""
    if mode not in MODES:
        raise ValueError(f"saving must be one of {', '.join(MODES)}")
    path = site_settings_path() if everyone else user_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"saving": mode}, fh)
        if everyone:
            os.chmod(tmp, 0o644)  # every account reads it; it says only "clinic" or "save"
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def forget_choice(everyone: bool = False) -> bool:
    """Drop the remembered choice (askfoi asks again at the next start); True if one was removed."""
    path = site_settings_path() if everyone else user_settings_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
