"""Writing an export file: the one place an export touches the disk.

The bytes come from :func:`tui_app.export.render` (pure rendering); the command line and the
export dialog hand them here. Every failure is an :class:`~tui_app.errors.ExportError` that
names the path, in the user's language.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from tui_app.errors import ExportError, ExportExistsError
from tui_app.store.files import write_file


def _fail(exc: OSError, path: Path) -> ExportError:
    """The :class:`ExportError` that says why ``path`` could not be written."""
    folder = str(path.parent)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not path.parent.is_dir():
        return ExportError("export.no_folder", path=str(path), folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ExportError("export.no_permission", path=str(path), folder=folder)
    if exc.errno == errno.EISDIR:
        return ExportError("export.is_directory", path=str(path))
    if exc.errno == errno.EEXIST:
        return ExportExistsError(path=str(path))
    return ExportError("export.write_failed", path=str(path), detail=exc.strerror or str(exc))


def write_export(path: Path | str, data: bytes, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically; return the path written.

    The bytes go to a temporary file in the same folder, which is flushed to disk and then
    renamed over ``path``: a reader sees the old file or the whole new one, never part of it.
    Without ``overwrite``, an existing file is refused (:class:`ExportExistsError`); the check
    is made by linking the finished file into place, which fails if someone created ``path``
    meanwhile. A missing folder, a folder without permission, a directory at ``path``, a full
    disk: each raises :class:`ExportError` naming the path, and no file is left behind.
    An overwritten file keeps its permission bits.
    """
    path = Path(path).expanduser()
    if path.is_symlink():
        path = path.resolve()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _fail(exc, path) from exc
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise ExportError("export.is_directory", path=str(path))
        if not overwrite:
            raise ExportExistsError(path=str(path))
        if not stat.S_ISREG(st.st_mode):
            raise ExportError("export.not_regular", path=str(path))
    if not path.parent.is_dir():
        raise ExportError("export.no_folder", path=str(path), folder=str(path.parent))

    try:
        write_file(path, data, overwrite=overwrite, new_mode=None)
    except OSError as exc:
        raise _fail(exc, path) from exc
    return path
