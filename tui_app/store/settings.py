"""One person's settings (the screen language, how SARA AM is sent to the terminal), kept apart from
the shared data file.

``$XDG_CONFIG_HOME/tui-app/settings.json`` (``~/.config/tui-app/settings.json``): a small JSON
object. A missing or unreadable settings file means the defaults; it never stops the app.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from tui_app.store.files import write_file


def default_settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "tui-app" / "settings.json"


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
