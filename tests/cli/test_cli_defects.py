"""Regression tests of the command line on damaged, missing and read-only data files (issue 7,
items 11, 12, 13), run as real processes: exit status and the one-line message are what a user
and a script see."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO
from damaged_files import BAD_FILES, V1_FILE

from tui_app.store.plan_store import sample_bytes

READ_COMMANDS = (["status"], ["years"], ["export"], ["export", "--format", "csv"])


def run(*args: str, env: dict | None = None, user: int | None = None) -> subprocess.CompletedProcess:
    """``tui-app ARGS`` in a process of its own (as the user ``user`` when given: needs root)."""
    command = [sys.executable, "-m", "tui_app", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    environment = {**os.environ, **(env or {}), "TUI_APP_LANG": "en"}
    root = REPO
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=environment, cwd=root)


def one_line_message(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tui-app: "), result.stderr
    return lines[0]


# --- item 11 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_item11_damaged_file_one_line_message_no_traceback(tmp_path: Path, case: str) -> None:
    raw, word = BAD_FILES[case]
    path = tmp_path / "plan.json"
    path.write_bytes(raw)
    for command in (["status"], ["export"], ["years"], ["new-year", "2570"], ["open"]):
        message = one_line_message(run("--db", str(path), *command))
        assert str(path) in message and word in message
        assert path.read_bytes() == raw


# --- item 12 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [*READ_COMMANDS, ["new-year", "2570"]], ids=lambda c: "-".join(c))
def test_item12_missing_file_is_refused_not_created(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "typo" / "plna.json"
    message = one_line_message(run("--db", str(path), *command))
    assert str(path) in message and "no such data file" in message
    assert not path.parent.exists()  # neither the folder nor the file was made


def test_item12_missing_default_file_is_refused_too(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    message = one_line_message(run("status", env=env))
    assert str(tmp_path / "data" / "tui-app" / "plan.json") in message
    assert not (tmp_path / "data").exists()


# --- item 13 ------------------------------------------------------------------------------------


@pytest.fixture()
def read_only_folder() -> Iterator[tuple[Path, int | None]]:
    """A folder holding the sample plan, which the user running the command cannot write.

    As root (who may write anywhere) the command runs as the user ``nobody`` in a folder that
    belongs to root; otherwise the folder is made read-only.
    """
    folder = Path(tempfile.mkdtemp(prefix="tui-app-ro-"))
    (folder / "plan.json").write_bytes(sample_bytes())
    os.chmod(folder / "plan.json", 0o644)
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot run as a user without write access")
        os.chmod(folder, 0o755)
        user = 65534  # nobody
        # the program itself must be readable by that user (a checkout in a private folder is not)
        probe = run("--version", user=user)
        if probe.returncode != 0:
            shutil.rmtree(folder)
            pytest.skip("this checkout or its Python cannot be read by the user 'nobody', so a read-only "
                        "run cannot be tried here")
    else:
        os.chmod(folder, 0o555)
        user = None
    yield folder, user
    os.chmod(folder, 0o755)
    shutil.rmtree(folder)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c))
def test_item13_read_commands_work_in_a_read_only_folder(read_only_folder, command: list[str]) -> None:
    folder, user = read_only_folder
    result = run("--db", str(folder / "plan.json"), *command, user=user)
    assert result.returncode == 0, result.stderr
    assert result.stdout and not result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["plan.json"]  # no lock file, nothing else


def test_item13_new_year_in_a_read_only_folder_says_it_cannot_save(read_only_folder) -> None:
    folder, user = read_only_folder
    message = one_line_message(run("--db", str(folder / "plan.json"), "new-year", "2570", user=user))
    assert str(folder / "plan.json") in message
    assert (folder / "plan.json").read_bytes() == sample_bytes()


def test_item13_read_commands_leave_no_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    for command in READ_COMMANDS:
        assert run("--db", str(path), *command).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


# --- format version 1 files and the read-only commands ----------------------------------------------


def test_schema_v1_read_commands_read_without_migrating(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(V1_FILE.read_bytes())
    for command in READ_COMMANDS:
        result = run("--db", str(path), *command)
        assert result.returncode == 0 and result.stdout, result.stderr
    assert path.read_bytes() == V1_FILE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_schema_v1_new_year_migrates_first(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(V1_FILE.read_bytes())
    result = run("--db", str(path), "new-year", "2567")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.json.schema1.bak").read_bytes() == V1_FILE.read_bytes()
    data = json.loads(path.read_bytes())
    assert data["meta"]["1"]["schema_version"] == 2 and len(data["plans"]) == 2
