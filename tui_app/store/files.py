"""Safe file primitives: an exclusive lock beside the data file and atomic replacement.

Nothing here knows what the file holds.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import getpass
import json
import os
import secrets
import socket
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tui_app.errors import StoreError

# New files (data, lock, temporary) are for the owner and the group only: a team sharing a
# group (a setgid folder) can all write, the world cannot read.
NEW_FILE_MODE = 0o660
LOCK_TIMEOUT = 15.0
#: after this long waiting for the lock, the waiter is told who holds it
LOCK_NOTICE_AFTER = 2.0
# Every file the program opens to create or lock: never through a symbolic link (someone sharing
# the folder could point one at a private file of yours), and not inherited by child processes.
SAFE_OPEN = os.O_NOFOLLOW | os.O_CLOEXEC


def temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def real_path(path: Path) -> Path:
    """Where ``path`` really is when it is a symbolic link (else ``path`` itself, made absolute).

    The data file may be a link to a shared file: saves replace the shared file, in its folder,
    so it keeps its mode and group, and the lock is taken beside it, where everyone takes it.
    """
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    real = real_path(path)
    return real.with_name(real.name + ".lock")


def create_new(path: Path, flags: int, mode: int) -> int:
    """Create ``path`` (which must not exist, not even as a symbolic link) with exactly ``mode``.

    Only a file this call has just created is given its mode, whatever the umask; no existing
    file is ever chmodded.
    """
    fd = os.open(path, flags | os.O_CREAT | os.O_EXCL | SAFE_OPEN, mode)
    with contextlib.suppress(OSError):  # the umask would otherwise take the group's write bit
        os.fchmod(fd, mode)
    return fd


def _open_lock(lock: Path) -> int:
    """Open the lock file: ours if it is new, anyone's as it is (never chmodded) if it is there."""
    for _ in range(3):
        try:
            return create_new(lock, os.O_RDWR, NEW_FILE_MODE)
        except FileExistsError:
            pass
        try:
            return os.open(lock, os.O_RDWR | SAFE_OPEN)
        except PermissionError:
            pass
        except FileNotFoundError:  # removed between the two calls: create it again
            continue
        try:
            # flock needs no write access: a lock file made by another member of the team serves
            # (its holder's name is then not written into it)
            return os.open(lock, os.O_RDONLY | SAFE_OPEN)
        except FileNotFoundError:
            continue
    raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(lock))


_HOLDER: dict[int, bytes] = {}


def holder_text() -> bytes:
    """What a lock's holder writes into the lock file: who it is, for whoever waits for it."""
    pid = os.getpid()
    if pid not in _HOLDER:
        _HOLDER.clear()
        _HOLDER[pid] = _holder_text()
    return _HOLDER[pid]


def _holder_text() -> bytes:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    return json.dumps({"pid": os.getpid(), "user": user, "host": socket.gethostname()}).encode() + b"\n"


def read_holder(lock: Path) -> dict[str, object] | None:
    """Who holds the lock, as its holder wrote it into the lock file (None: not said)."""
    try:
        with open(lock, "rb") as f:
            found = json.loads(f.read(4096) or b"null")
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _say_holder(fd: int, text: bytes) -> None:
    """Write (or, with ``b""``, clear) the holder's name in the lock file; a read-only one stays empty."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        if text:
            os.pwrite(fd, text, 0)


@contextlib.contextmanager
def exclusive_lock(
    path: Path,
    timeout: float = LOCK_TIMEOUT,
    waiting: Callable[[dict[str, object] | None], None] | None = None,
) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``<path>.lock`` for the duration of the block.

    The holder writes its pid, user and host into the lock file while it holds it; a waiter still
    waiting after :data:`LOCK_NOTICE_AFTER` seconds calls ``waiting`` with what it reads there
    (once; again whenever the holder changes). The lock file is never removed (removing it would
    let two processes lock two files). A lock file that is a symbolic link is refused, never
    followed.
    """
    lock = lock_path(path)
    try:
        fd = _open_lock(lock)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreError("store.lock_is_link", path=str(path), lock=str(lock)) from exc
        raise StoreError("store.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        start = time.monotonic()
        deadline = start + timeout
        told: object = ()
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                now = time.monotonic()
                if now > deadline:
                    raise StoreError("store.locked", path=str(path)) from None
                if waiting is not None and now - start >= LOCK_NOTICE_AFTER:
                    holder = read_holder(lock)
                    if holder != told:
                        told = holder
                        waiting(holder)
                time.sleep(0.01)
        _say_holder(fd, holder_text())
        try:
            yield
        finally:
            _say_holder(fd, b"")
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def write_file(
    path: Path,
    payload: bytes,
    *,
    overwrite: bool = True,
    new_mode: int | None = NEW_FILE_MODE,
    follow_link: bool = False,
) -> None:
    """Put ``payload`` at ``path`` so that a reader or a crash sees the old file or the whole new one.

    Write a temporary file in the same folder, flush and fsync it, move it into place, then fsync
    the folder. With ``overwrite`` the move is ``os.replace``; without it the finished file is
    hard-linked into place, which fails with ``FileExistsError`` if anyone created ``path``
    meanwhile. A replaced file keeps its mode and group; a new one gets ``new_mode`` (``None``:
    what the umask allows). With ``follow_link``, a ``path`` that is a symbolic link has the file
    it points to replaced (the link stays); otherwise the link itself is replaced. On any failure
    (a full disk, no permission) the temporary file is removed, the old file is left as it was,
    and the ``OSError`` is raised.
    """
    if follow_link:
        path = real_path(path)
    tmp = path.with_name(f"{temp_prefix(path)}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        old = os.stat(path) if follow_link else os.lstat(path)
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        old = None  # a link being replaced: its own mode means nothing
    if new_mode is None:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | SAFE_OPEN, 0o666)
    else:
        fd = create_new(tmp, os.O_WRONLY, new_mode)
    try:
        try:
            if old is not None:
                with contextlib.suppress(OSError):
                    os.fchmod(fd, old.st_mode & 0o7777)
                with contextlib.suppress(OSError):
                    os.fchown(fd, -1, old.st_gid)
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _link_new(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` only if nothing is there (``EEXIST`` otherwise), then drop ``tmp``."""
    try:
        os.link(tmp, path)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # a file system without hard links: check, then rename (a tiny window for a race)
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def atomic_write(path: Path, payload: bytes) -> None:
    """:func:`write_file` for the data file: a failure is a :class:`StoreError` naming the file.

    A data file the user may not write is refused, although the folder would let a new file be
    renamed over it: read-only is how an administrator freezes a year's records.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError("store.read_only", path=str(path))
    try:
        write_file(path, payload, follow_link=True)
    except OSError as exc:
        raise StoreError("store.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc


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
    path = real_path(path)
    prefix = temp_prefix(path)
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if entry.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
