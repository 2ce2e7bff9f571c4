"""Autosave and resume: nothing the person typed is lost if the terminal closes.

The session is one JSON file in the user's own data folder, written atomically (a temporary file in
the same folder, then os.replace) and readable only by its owner (mode 0600), because it holds their
name and email once they give them. Clinic mode uses `MemoryStore`, which keeps nothing on disk.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from askfoi.conversation import SESSION_VERSION, Session
from askfoi.safe_input import InputError, loads_json, read_file_bytes

SESSION_FILE = "session.json"
MAX_SESSION_BYTES = 2 * 1024 * 1024


class SessionStore:
    """The autosave file. `load` never raises. A missing file means 'no session'; a file askfoi cannot
    use (damaged, not JSON, from a newer askfoi, not a regular file) is never silently replaced: it is
    renamed aside with a timestamp (`set_aside` says where) so the next save starts a new one."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from askfoi.knowledge import user_data_dir

            path = user_data_dir() / SESSION_FILE
        self.path = path
        self.set_aside: Path | None = None  # where load() moved an unusable session file

    @property
    def persistent(self) -> bool:
        return True

    def load(self) -> Session | None:
        if not os.path.lexists(self.path):
            return None
        try:
            session = parse_session(read_file_bytes(self.path, MAX_SESSION_BYTES))
        except InputError:
            self._put_aside()
            return None
        except OSError:
            return None
        return session

    def _put_aside(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(1, 100):
            aside = self.path.with_name(f"{self.path.name}.unusable-{stamp}" + (f"-{n}" if n > 1 else ""))
            if os.path.lexists(aside):
                continue
            try:
                os.rename(self.path, aside)
            except OSError:
                return  # cannot move it: the next save will fail the same way and say so
            self.set_aside = aside
            return

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


def parse_session(data: bytes) -> Session:
    """A session from a session file's bytes, every text cleaned of escape sequences (it may come from
    anywhere); InputError when it cannot be used (not JSON, too deep, wrong shape, a newer version)."""
    from pydantic import ValidationError

    from askfoi.safe_text import clean_data

    raw = loads_json(data)
    if not isinstance(raw, dict):
        raise InputError("not a session (expected a JSON object)")
    version = raw.get("version", SESSION_VERSION)
    if not isinstance(version, int) or version != SESSION_VERSION:
        raise InputError(f"written by another version of askfoi (session version {version!r})")
    cleaned, _ = clean_data(raw)
    try:
        return Session.model_validate(cleaned)
    except ValidationError as exc:
        raise InputError(f"not a session askfoi can read ({exc.error_count()} problems)") from None


class MemoryStore:
    """Clinic mode: the session lives only in memory and `clear` forgets it."""

    def __init__(self) -> None:
        self._session: Session | None = None
        self.set_aside: Path | None = None  # never: nothing is read from disk

    @property
    def persistent(self) -> bool:
        return False

    def load(self) -> Session | None:
        return self._session.model_copy(deep=True) if self._session else None

    def save(self, session: Session) -> None:
        self._session = session.model_copy(deep=True)

    def clear(self) -> None:
        self._session = None
