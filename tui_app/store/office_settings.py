"""Office settings, set once by the administrator, and where each value in force comes from.

The system-wide file is the first ``tui-app/settings.toml`` found in ``$XDG_CONFIG_DIRS``
(``/etc/xdg`` by default), else ``/etc/tui-app/settings.toml``::

    db = "/srv/plan/plan.json"            # the shared data file
    export_dir = "/srv/plan/exports"      # where the export dialog writes

    [backups]
    keep_days = 14                        # daily backups kept
    keep_monthly = true                   # and the first of each month

    [display_names]
    somchai = "นายสมชาย ใจดี"

Each value can then be changed by the user's own settings (``settings.json``), then by the
environment (``$TUI_APP_DB``, ``$TUI_APP_EXPORT_DIR``), then on the command line (``--db``).
``tui-app settings`` prints every value and where it came from. A system file that cannot be
read is reported there and otherwise ignored (it never stops the app).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tui_app.store.settings import EXPORT_DIR_ENV, EXPORT_DIR_KEY, load_settings

#: the system-wide file when none is found in ``$XDG_CONFIG_DIRS``
SYSTEM_SETTINGS = Path("/etc/tui-app/settings.toml")
DB_ENV = "TUI_APP_DB"
#: the values the settings hold, in the order ``tui-app settings`` prints them
KEYS = ("db", EXPORT_DIR_KEY, "backups.keep_days", "backups.keep_monthly", "display_names", "lang")
DEFAULTS: dict[str, object] = {
    "backups.keep_days": 14,
    "backups.keep_monthly": True,
    "display_names": {},
    "lang": "th",
}


@dataclass(frozen=True)
class Setting:
    value: object
    #: where it came from: a file's path, ``$VARIABLE``, ``--db``, or ``default``
    source: str


def system_settings_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """The administrator's settings file in force (None when there is none)."""
    environ = os.environ if environ is None else environ
    dirs = [d for d in (environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d]
    for candidate in [Path(folder) / "tui-app" / "settings.toml" for folder in dirs] + [SYSTEM_SETTINGS]:
        try:
            if candidate.is_file():
                return candidate
        except OSError:  # a folder this user may not enter: as if the file were not there
            continue
    return None


def load_system_settings(path: Path | None) -> tuple[dict, str | None]:
    """The file's values (flattened: ``backups.keep_days``), and why it could not be read, if so."""
    if path is None:
        return {}, None
    import tomllib  # only when there is such a file: most starts have none

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, str(exc)
    return _flatten(data), None


def _flatten(data: dict) -> dict:
    flat: dict[str, object] = {}
    for key, value in data.items():
        if key == "backups" and isinstance(value, dict):
            for inner, v in value.items():
                flat[f"backups.{inner}"] = v
        else:
            flat[key] = value
    return flat


def _valid(key: str, value: object) -> bool:
    if key in ("db", EXPORT_DIR_KEY, "lang"):
        return isinstance(value, str) and bool(value.strip())
    if key == "backups.keep_days":
        return isinstance(value, int) and not isinstance(value, bool) and value >= 1
    if key == "backups.keep_monthly":
        return isinstance(value, bool)
    if key == "display_names":
        return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    return False


def effective_settings(
    user_path: Path,
    *,
    cli_db: Path | None = None,
    environ: Mapping[str, str] | None = None,
    system_path: Path | None = None,
) -> tuple[dict[str, Setting], list[str]]:
    """Each setting in force and its source; and the problems found on the way (for the user).

    ``system_path``: the administrator's file (by default :func:`system_settings_path`).
    """
    environ = os.environ if environ is None else environ
    system_path = system_settings_path(environ) if system_path is None else system_path
    system, problem = load_system_settings(system_path)
    problems = [f"{system_path}: {problem}"] if problem else []
    user = _flatten(load_settings(user_path))
    layers: list[tuple[str, dict]] = [
        (str(system_path), system),
        (str(user_path), user),
        ("$" + DB_ENV, {"db": environ.get(DB_ENV, "")}),
        ("$" + EXPORT_DIR_ENV, {EXPORT_DIR_KEY: environ.get(EXPORT_DIR_ENV, "")}),
        ("--db", {"db": str(cli_db) if cli_db else ""}),
    ]
    result = {key: Setting(value, "default") for key, value in DEFAULTS.items()}
    for source, values in layers:
        for key in KEYS:
            if key not in values or values[key] in ("", None):
                continue
            value = values[key]
            if not _valid(key, value):
                problems.append(f"{source}: {key} = {value!r} ignored")
                continue
            if key == "display_names":  # one person's name from the user's file leaves the others
                merged = {**result["display_names"].value, **value}  # type: ignore[dict-item]
                value = merged
            result[key] = Setting(value, source)
    return result, problems


def backups_settings(settings: dict[str, Setting]) -> dict:
    """The ``{"backups": {...}}`` form :meth:`BackupPolicy.from_settings` reads."""
    keep_days, keep_monthly = settings["backups.keep_days"].value, settings["backups.keep_monthly"].value
    return {"backups": {"keep_days": keep_days, "keep_monthly": keep_monthly}}
