"""Daily backups of the data file: ``plan.json.YYYY-MM-DD`` beside it, made before the day's first save.

Kept: the newest ``keep_days`` daily copies and the first copy of each month (``keep_monthly``);
older ones are removed when a new one is made. A copy has the data file's mode and group and is
never made through a symbolic link (:func:`~tui_app.store.files.write_file` creates it new and
links it into place; an existing name is never overwritten).

Before a restore the current file is kept as ``plan.json.YYYY-MM-DDTHHMMSS``: such copies are
listed and can be restored, and rotation never removes them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tui_app.errors import StoreError
from tui_app.store.files import real_path, write_file

_SUFFIX = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(T[0-9]{6})?")


@dataclass(frozen=True)
class BackupPolicy:
    keep_days: int = 14
    keep_monthly: bool = True

    @classmethod
    def from_settings(cls, settings: dict) -> BackupPolicy:
        """``{"backups": {"keep_days": 30, "keep_monthly": false}}`` in the settings; defaults otherwise."""
        value = settings.get("backups")
        value = value if isinstance(value, dict) else {}
        days = value.get("keep_days", cls.keep_days)
        monthly = value.get("keep_monthly", cls.keep_monthly)
        return cls(
            keep_days=days if isinstance(days, int) and not isinstance(days, bool) and days >= 1 else cls.keep_days,
            keep_monthly=monthly if isinstance(monthly, bool) else cls.keep_monthly,
        )


@dataclass(frozen=True)
class Backup:
    path: Path
    #: ``2026-11-30`` for a daily copy, ``2026-11-30T142501`` for a copy kept before a restore
    label: str
    day: date

    @property
    def daily(self) -> bool:
        return "T" not in self.label


def backup_path(path: Path, label: str) -> Path:
    real = real_path(path)
    return real.with_name(f"{real.name}.{label}")


def list_backups(path: Path) -> list[Backup]:
    """The backups beside the data file, oldest first."""
    real = real_path(path)
    prefix = real.name + "."
    found = []
    try:
        names = os.listdir(real.parent)
    except OSError:
        return []
    for name in names:
        if not name.startswith(prefix):
            continue
        match = _SUFFIX.fullmatch(name[len(prefix) :])
        if not match:
            continue
        try:
            day = date.fromisoformat(match.group(1))
        except ValueError:
            continue
        found.append(Backup(real.with_name(name), name[len(prefix) :], day))
    return sorted(found, key=lambda b: b.label)


def to_keep(backups: list[Backup], policy: BackupPolicy) -> set[Path]:
    daily = [b for b in backups if b.daily]
    keep = {b.path for b in daily[-policy.keep_days :]}
    if policy.keep_monthly:
        firsts: dict[tuple[int, int], Backup] = {}
        for b in daily:
            firsts.setdefault((b.day.year, b.day.month), b)
        keep |= {b.path for b in firsts.values()}
    keep |= {b.path for b in backups if not b.daily}
    return keep


def daily_backup(path: Path, today: date, policy: BackupPolicy) -> Path | None:
    """Inside the lock, before a save: copy the file as today's backup unless there is one; rotate.

    Returns the new backup (None when today's was there already).
    """
    target = backup_path(path, today.isoformat())
    if os.path.lexists(target):
        return None
    real = real_path(path)
    try:
        raw = real.read_bytes()
        mode = os.stat(real).st_mode & 0o777
        write_file(target, raw, overwrite=False, new_mode=mode)
    except FileExistsError:
        return None
    except OSError as exc:
        raise StoreError("store.write_failed", path=str(target), detail=exc.strerror or str(exc)) from exc
    rotate(path, policy)
    return target


def keep_copy_before_restore(path: Path, now: datetime) -> Path:
    """The current file kept as ``plan.json.YYYY-MM-DDTHHMMSS`` (call inside the lock)."""
    real = real_path(path)
    label = now.strftime("%Y-%m-%dT%H%M%S")
    target = backup_path(path, label)
    try:
        write_file(target, real.read_bytes(), overwrite=False, new_mode=os.stat(real).st_mode & 0o777)
    except OSError as exc:
        raise StoreError("store.write_failed", path=str(target), detail=exc.strerror or str(exc)) from exc
    return target


def rotate(path: Path, policy: BackupPolicy) -> list[Path]:
    """Remove the daily backups the policy does not keep; returns them."""
    backups = list_backups(path)
    keep = to_keep(backups, policy)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                os.unlink(b.path)
                removed.append(b.path)
            except OSError:
                pass
    return removed


def find(path: Path, label: str) -> Backup | None:
    return next((b for b in list_backups(path) if b.label == label.strip()), None)


def newest_sound(path: Path, opens: Callable[[Path], bool]) -> Backup | None:
    """The newest backup that ``opens`` (a check given by the caller: a store reading it)."""
    for b in reversed(list_backups(path)):
        if opens(b.path):
            return b
    return None
