"""Clinic mode's one temporary folder (the matching index lives there), and making sure it goes.

The folder is named for the process that made it (askfoi-clinic-PID-XXXX in the system's temporary
folder). It is removed when askfoi ends normally, when the terminal is closed or the process is told to
stop (SIGHUP, SIGTERM: `remove_on_signals`), and, should the process have been killed outright, by the
next askfoi to start (`sweep_stale`: folders of this user whose process is gone).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path

PREFIX = "askfoi-clinic-"
_NAMED = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")
UNNAMED_MAX_AGE = 24 * 3600  # a folder of an older askfoi (no process number in its name): gone after a day
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name))


def make_clinic_folder(base: Path | None = None) -> Path:
    """A new private folder named for this process."""
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))


def remove_folder(path: Path | str | None) -> None:
    if path:
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive (and the folder is not ours anyway)
    except OSError:
        return False
    return True


def sweep_stale(base: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Remove clinic folders left behind in BASE (default: the system's temporary folder) by askfoi processes
    that no longer run; only this user's folders, never through a symbolic link. Returns those removed."""
    base = Path(base or tempfile.gettempdir())
    now = time.time() if now is None else now
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(PREFIX):
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not entry.is_dir() or entry.is_symlink() or (uid is not None and info.st_uid != uid):
            continue
        m = _NAMED.match(entry.name)
        if m:
            if int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
                continue
        elif now - info.st_mtime < UNNAMED_MAX_AGE:
            continue
        remove_folder(entry)
        if not entry.exists():
            removed.append(entry)
    return removed


class ClinicFolder:
    """The folder, with its removal tied to the end of the process: `close()` (normal end), atexit, and
    SIGHUP/SIGTERM, whose handlers remove it and then do what the signal did before (by default: end the
    process). Handlers are set only from the main thread, and `close()` puts the previous ones back."""

    def __init__(self, base: Path | None = None) -> None:
        self.path: Path | None = None
        self._previous: dict[int, object] = {}
        atexit.register(self.close)
        # the handlers first, then the folder: a signal that comes as soon as the folder exists still removes it
        if threading.current_thread() is threading.main_thread():
            for sig in STOP_SIGNALS:
                try:
                    if signal.getsignal(sig) == signal.SIG_IGN:
                        continue  # e.g. under nohup: askfoi goes on running, and removes the folder when it ends
                    self._previous[sig] = signal.signal(sig, self._on_signal)
                except (ValueError, OSError):
                    pass
        self.path = make_clinic_folder(base)

    def _on_signal(self, signum, frame) -> None:
        remove_folder(self.path)
        previous = self._previous.get(signum, signal.SIG_DFL)
        self._restore()
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    def _restore(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig, previous in self._previous.items():
            try:
                if signal.getsignal(sig) == self._on_signal:
                    signal.signal(sig, previous)  # type: ignore[arg-type]
            except (ValueError, OSError, TypeError):
                pass
        self._previous = {}

    def close(self) -> None:
        """Remove the folder and put the signal handlers back (safe to call more than once)."""
        remove_folder(self.path)
        self._restore()
        atexit.unregister(self.close)
