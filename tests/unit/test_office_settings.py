"""Office settings set once by the administrator; the user, the environment and --db override them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui_app.store import PlanStore
from tui_app.store.office_settings import effective_settings
from tui_app.store.plan_store import sample_bytes
from tui_app.store.settings import export_folder


@pytest.fixture()
def office(tmp_path: Path) -> Path:
    """An administrator's settings.toml in $XDG_CONFIG_DIRS naming a shared file and its folders."""
    shared = tmp_path / "srv"
    shared.mkdir()
    (shared / "plan.json").write_bytes(sample_bytes())
    xdg = tmp_path / "xdg"
    (xdg / "tui-app").mkdir(parents=True)
    (xdg / "tui-app" / "settings.toml").write_text(
        f'db = "{shared / "plan.json"}"\n'
        f'export_dir = "{shared / "exports"}"\n'
        "[backups]\nkeep_days = 30\nkeep_monthly = false\n"
        '[display_names]\nsomchai = "นายสมชาย ใจดี"\nmalee = "นางมาลี"\n',
        encoding="utf-8",
    )
    return xdg


def run(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui_app", *args], capture_output=True, text=True, env={**os.environ, **env}, timeout=60
    )


def user_settings(values: dict) -> Path:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-app" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
    return path


def test_settings_prints_each_value_and_where_it_comes_from(office: Path, tmp_path: Path) -> None:
    system = office / "tui-app" / "settings.toml"
    user = user_settings({"export_dir": str(tmp_path / "mine"), "display_names": {"malee": "มาลี (ของฉัน)"}})
    out = run("settings", "--lang", "en", env={"XDG_CONFIG_DIRS": str(office)})
    assert out.returncode == 0, out.stderr
    lines = {line.split()[0]: line for line in out.stdout.splitlines()}
    assert lines["db"].endswith(f"{tmp_path / 'srv' / 'plan.json'}  ({system})")
    assert lines["export_dir"].endswith(f"{tmp_path / 'mine'}  ({user})")  # the user's own wins
    assert lines["backups.keep_days"].endswith(f"30  ({system})")
    assert lines["backups.keep_monthly"].endswith(f"False  ({system})")
    assert "malee = มาลี (ของฉัน), somchai = นายสมชาย ใจดี" in lines["display_names"]
    assert lines["lang"].endswith("en  (--lang)")

    env_db = run("settings", env={"XDG_CONFIG_DIRS": str(office), "TUI_APP_DB": str(tmp_path / "env.json")})
    assert f"{tmp_path / 'env.json'}  ($TUI_APP_DB)" in env_db.stdout
    cli_db = run(
        "settings", "--db", str(tmp_path / "cli.json"), env={"XDG_CONFIG_DIRS": str(office), "TUI_APP_DB": "x"}
    )
    assert f"{tmp_path / 'cli.json'}  (--db)" in cli_db.stdout


def test_the_shared_file_needs_no_profile_edit_and_names_people_by_their_display_name(
    office: Path, tmp_path: Path
) -> None:
    env = {"XDG_CONFIG_DIRS": str(office), "USER": "somchai", "LOGNAME": "somchai"}
    out = run("new-year", "2567", env=env)
    assert out.returncode == 0, out.stderr
    shared = PlanStore(tmp_path / "srv" / "plan.json")
    assert shared.years() == [2566, 2567]
    entry = shared.history(2567)[-1]
    assert (entry["user"], entry["name"]) == ("somchai", "นายสมชาย ใจดี")
    assert run("years", env=env).stdout.split() == ["2566", "2567"]


def test_backup_policy_and_export_folder_come_from_the_office_file(office: Path, tmp_path: Path) -> None:
    env = {"XDG_CONFIG_DIRS": str(office)}
    settings, problems = effective_settings(tmp_path / "none.json", environ=env)
    assert problems == []
    assert (settings["backups.keep_days"].value, settings["backups.keep_monthly"].value) == (30, False)
    assert export_folder(None, environ=env) == tmp_path / "srv" / "exports"
    assert export_folder(None, environ={**env, "TUI_APP_EXPORT_DIR": str(tmp_path / "e")}) == tmp_path / "e"


def test_a_damaged_office_file_is_reported_and_ignored(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    (xdg / "tui-app").mkdir(parents=True)
    (xdg / "tui-app" / "settings.toml").write_text('db = "unclosed\n[backups]\nkeep_days = "many"\n')
    out = run("settings", "--lang", "en", env={"XDG_CONFIG_DIRS": str(xdg)})
    assert out.returncode == 0
    assert "settings.toml" in out.stderr and "(default)" in out.stdout
    (xdg / "tui-app" / "settings.toml").write_text('[backups]\nkeep_days = "many"\n')
    bad_value = run("settings", "--lang", "en", env={"XDG_CONFIG_DIRS": str(xdg)})
    assert "keep_days = 'many' ignored" in bad_value.stderr
    assert "backups.keep_days     14  (default)" in bad_value.stdout

