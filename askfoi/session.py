"""Autosave and resume: nothing the person typed is lost if the terminal closes.

The session is one JSON file in the user's own data folder, written atomically (a temporary file in
the same folder, then os.replace) and readable only by its owner (mode 0600), because it holds their
name and email once they give them. Clinic mode uses `MemoryStore`, which keeps nothing on disk.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from askfoi.conversation import SESSION_VERSION, Session

SESSION_FILE = "session.json"
MAX_SESSION_BYTES = 2 * 1024 * 1024


class SessionStore:
    """The autosave file. `load` never raises: a missing, damaged or foreign file means 'no session'."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from askfoi.knowledge import user_data_dir

            path = user_data_dir() / SESSION_FILE
        self.path = path

    @property
    def persistent(self) -> bool:
        return True

    def load(self) -> Session | None:
        try:
            if not self.path.is_file() or self.path.stat().st_size > MAX_SESSION_BYTES:
                return None
            session = Session.model_validate_json(self.path.read_bytes())
        except (OSError, ValidationError, ValueError):
            return None
        return session if session.version == SESSION_VERSION else None

    def save(self, session: Session) -> None:
        """Write the whole session atomically; raises OSError when the disk refuses."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = session.model_dump_json(indent=1).encode("utf-8")
        # mkstemp creates the file with mode 0600, so the name and email are never world-readable.
        fd, tmp = tempfile.mkstemp(prefix=".session-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class MemoryStore:
    """Clinic mode: the session lives only in memory and `clear` forgets it."""

    def __init__(self) -> None:
        self._session: Session | None = None

    @property
    def persistent(self) -> bool:
        return False

    def load(self) -> Session | None:
        return self._session.model_copy(deep=True) if self._session else None

    def save(self, session: Session) -> None:
        self._session = session.model_copy(deep=True)

    def clear(self) -> None:
        self._session = None
