"""The screen language: --lang, $TUI_APP_LANG, and the choice made with ctrl+t, remembered."""

from __future__ import annotations

import json

from tui_app.app import TuiApp
from tui_app.cli import main
from tui_app.i18n import default_language
from tui_app.store import PlanStore
from tui_app.store.settings import load_settings, save_setting


def test_precedence(monkeypatch):
    monkeypatch.delenv("TUI_APP_LANG", raising=False)
    assert default_language() == "th"
    assert default_language("en") == "en"
    assert default_language("xx") == "th"
    monkeypatch.setenv("TUI_APP_LANG", "th")
    assert default_language("en") == "th"


def test_a_damaged_settings_file_means_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == {}
    assert save_setting(path, "lang", "en")
    assert load_settings(path) == {"lang": "en"}


async def test_ctrl_t_is_remembered(plan_path, tmp_path):
    settings = tmp_path / "config" / "settings.json"
    store = PlanStore(plan_path)
    store.open()
    app = TuiApp(store=store, settings_path=settings, poll_seconds=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.lang == "en"
    assert json.loads(settings.read_text("utf-8")) == {"lang": "en"}


def test_the_command_line_uses_the_remembered_language(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("TUI_APP_LANG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"")
    assert main(["--db", str(bad), "status"]) == 1
    assert "ว่างเปล่า" in capsys.readouterr().err
    save_setting(tmp_path / "config" / "tui-app" / "settings.json", "lang", "en")
    assert main(["--db", str(bad), "status"]) == 1
    assert "is empty" in capsys.readouterr().err
    assert main(["--db", str(bad), "--lang", "th", "status"]) == 1
    assert "ว่างเปล่า" in capsys.readouterr().err
