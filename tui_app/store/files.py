"""Safe file primitives: an exclusive lock beside the data file and atomic replacement.

Nothing here knows what the file holds.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from tui_app.errors import StoreError

# New files (data, lock, temporary) are for the owner and the group only: a team sharing a
# group (a setgid folder) can all write, the world cannot read.
NEW_FILE_MODE = 0o660
LOCK_TIMEOUT = 15.0


def temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def _open_new(path: Path, flags: int) -> int:
    fd = os.open(path, flags, NEW_FILE_MODE)
    with contextlib.suppress(OSError):  # the umask would otherwise take the group's write bit
        if os.fstat(fd).st_uid == os.getuid():
            os.fchmod(fd, NEW_FILE_MODE)
    return fd


@contextlib.contextmanager
def exclusive_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``<path>.lock`` for the duration of the block.

    The lock file is never removed (removing it would let two processes lock two files).
    """
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = _open_new(lock_path, os.O_RDWR | os.O_CREAT)
    except OSError as exc:
        raise StoreError("store.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() > deadline:
                    raise StoreError("store.locked", path=str(path)) from None
                time.sleep(0.01)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a reader or a crash sees the old or the new file.

    Write a temporary file in the same folder, flush and fsync it, ``os.replace`` it over the
    file, then fsync the folder. On any failure (a full disk, no permission) the temporary file
    is removed and the old file is left as it was. An existing file's mode and group are kept.
    """
    tmp = path.with_name(f"{temp_prefix(path)}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        old = os.stat(path)
    except FileNotFoundError:
        old = None
    try:
        fd = _open_new(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        try:
            if old is not None:
                with contextlib.suppress(OSError):
                    os.fchmod(fd, old.st_mode & 0o7777)
                with contextlib.suppress(OSError):
                    os.fchown(fd, -1, old.st_gid)
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StoreError("store.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temps(path: Path) -> int:
    """Remove temporary files that a killed process left beside ``path``.

    Call only while holding the lock: no one else can be writing one then.
    """
    removed = 0
    prefix = temp_prefix(path)
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if entry.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
