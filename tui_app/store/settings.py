"""One person's settings (the screen language, the export folder, how SARA AM is sent to the
terminal), kept apart from the shared data file.

``$XDG_CONFIG_HOME/tui-app/settings.json`` (``~/.config/tui-app/settings.json``): a small JSON
object, e.g. ``{"lang": "th", "export_dir": "/srv/share/exports"}``. A missing or unreadable
settings file means the defaults; it never stops the app.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from tui_app.store.files import write_file


def default_settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "tui-app" / "settings.json"


#: the environment variable and the settings key that name the app's export folder
EXPORT_DIR_ENV = "TUI_APP_EXPORT_DIR"
EXPORT_DIR_KEY = "export_dir"


def export_folder(settings_path: Path | None, environ: Mapping[str, str] | None = None) -> Path:
    """The folder the app's export dialog writes to by default, as an absolute path.

    ``$TUI_APP_EXPORT_DIR`` if set, else ``"export_dir"`` in the settings file, else in the
    administrator's settings (:mod:`tui_app.store.office_settings`), else the current
    folder. ``~`` is expanded; a relative folder is taken from the current folder. The folder is
    not created: a mistyped name must not quietly become a new folder; writing there says it is
    missing.
    """
    environ = os.environ if environ is None else environ
    value = environ.get(EXPORT_DIR_ENV, "").strip()
    if not value and settings_path is not None:
        setting = load_settings(settings_path).get(EXPORT_DIR_KEY)
        value = setting.strip() if isinstance(setting, str) else ""
    if not value:  # the administrator's settings, for the whole office
        from tui_app.store.office_settings import load_system_settings, system_settings_path

        setting = load_system_settings(system_settings_path(environ))[0].get(EXPORT_DIR_KEY)
        value = setting.strip() if isinstance(setting, str) else ""
    if not value:
        return Path.cwd()
    return Path(os.path.abspath(os.path.expanduser(value)))


def load_settings(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(path: Path, name: str, value: object) -> bool:
    """Remember one setting; False (and nothing else) when it cannot be written."""
    settings = {**load_settings(path), name: value}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, (json.dumps(settings, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), new_mode=0o600)
        return True
    return False
