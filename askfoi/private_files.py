"""Writing files that hold a person's details (letters with their name and email): readable only by
them (mode 0600), never written through a symbolic link and never over an existing file.

The text goes into a new temporary file in the chosen folder (created O_EXCL, mode 0600), then is
hard-linked to its final name, which fails rather than follows or replaces anything already there
(a file, or a link, dangling or not): the next free name is tried instead. Where the filesystem has no
hard links, the final name is created directly with O_CREAT | O_EXCL | O_NOFOLLOW.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

MAX_TRIES = 1000


def _candidates(folder: Path, stem: str, suffix: str):
    yield folder / f"{stem}{suffix}"
    for n in range(2, MAX_TRIES):
        yield folder / f"{stem}-{n}{suffix}"


def write_new_private(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write DATA to FOLDER/STEM[-N]SUFFIX (the first free name), mode 0600; returns the path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".askfoi-", suffix=".tmp", dir=folder)  # O_EXCL, mode 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        for path in _candidates(folder, stem, suffix):
            try:
                os.link(tmp, path, follow_symlinks=False)
                return path
            except FileExistsError:
                continue
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                    raise
                return _create_exclusive(folder, stem, suffix, data)
        raise FileExistsError(errno.EEXIST, "no free file name", str(folder / f"{stem}{suffix}"))
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _create_exclusive(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for path in _candidates(folder, stem, suffix):
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return path
    raise FileExistsError(errno.EEXIST, "no free file name", str(folder / f"{stem}{suffix}"))
