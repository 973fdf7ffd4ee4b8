"""The change history's file: ``<data file>.history``, one JSON entry a line, only ever appended.

Why a file of its own: the data file is rewritten whole at every save; with the history inside,
a save of the sample plan with 2,000 entries cost several times one without (the whole history
encoded, written and read again each time). Appending a few lines costs next to nothing.

How it stays true to the data file: the data file's ``meta`` document records how many bytes of
the history belong to saved changes (``history_bytes``). A save, inside the lock:

1. cuts the history back to that length (lines a crashed save left after it were never saved),
2. appends its entries and flushes them to disk (``fsync``),
3. replaces the data file atomically, with ``history_bytes`` now counting the new lines.

A crash before 3 leaves the data file as it was and its lines beyond ``history_bytes``: readers
never show them and the next save cuts them off. A crash after 3 has both. So the history never
shows a change that was not saved and never loses one that was. Readers read only the first
``history_bytes`` bytes, which no save ever rewrites, so they need no lock.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

from tui_app.store.files import SAFE_OPEN, create_new, real_path

#: the ``meta`` key holding the length of the saved part of the history
COMMITTED_KEY = "history_bytes"


def history_path(path: Path) -> Path:
    real = real_path(path)
    return real.with_name(real.name + ".history")


def committed(data: dict) -> int:
    """The saved length of the history, from the data file's records (0: none yet)."""
    for meta in data.get("meta", {}).values():
        value = meta.get(COMMITTED_KEY) if isinstance(meta, dict) else None
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return 0


def set_committed(data: dict, size: int) -> None:
    for meta in data["meta"].values():
        meta[COMMITTED_KEY] = size


def encode_entries(entries: Sequence[dict]) -> bytes:
    lines = (json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for e in entries)
    return "".join(lines).encode("utf-8")


def append(path: Path, saved: int, entries: Sequence[dict]) -> int:
    """Steps 1 and 2 above; returns the history's new saved length, for step 3 (the caller's).

    Call only inside the data file's lock. A history file made here gets the data file's mode.
    A history shorter than ``saved`` (cut or removed by hand) is appended to where it ends.
    """
    log = history_path(path)
    try:
        fd = os.open(log, os.O_RDWR | SAFE_OPEN)
    except FileNotFoundError:
        mode = os.stat(real_path(path)).st_mode & 0o777
        fd = create_new(log, os.O_RDWR, mode)
        with contextlib.suppress(OSError):
            os.fchown(fd, -1, os.stat(real_path(path)).st_gid)
    try:
        size = os.fstat(fd).st_size
        if size > saved:
            os.ftruncate(fd, saved)
            size = saved
        payload = memoryview(encode_entries(entries))
        offset = size
        while payload:
            written = os.pwrite(fd, payload, offset)
            payload, offset = payload[written:], offset + written
        os.fsync(fd)
        return offset
    finally:
        os.close(fd)


def size(path: Path) -> int:
    """The history file's whole length (for a restore over a damaged data file: all of it is kept)."""
    try:
        return os.stat(history_path(path)).st_size
    except OSError:
        return 0


def read(path: Path, saved: int) -> list[dict]:
    """The saved entries, oldest first; a line that cannot be read (damaged by hand) is skipped."""
    if saved <= 0:
        return []
    try:
        fd = os.open(history_path(path), os.O_RDONLY | SAFE_OPEN)
    except FileNotFoundError:
        return []
    try:
        with os.fdopen(fd, "rb") as f:
            raw = f.read(saved)
    except OSError:
        return []
    entries = []
    for line in raw.splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict):
                entries.append(entry)
    return entries
