"""Daily backups beside the data file, their rotation, restore, and the damaged-file message."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from tui_app.changes import SetMeasureField
from tui_app.store import PlanStore
from tui_app.store.backups import BackupPolicy, list_backups


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui_app", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def test_a_simulated_month_keeps_the_last_14_days_and_the_first_of_each_month(plan_path: Path) -> None:
    os.chmod(plan_path, 0o640)
    now = [at(date(2026, 10, 1))]
    store = PlanStore(plan_path, clock=lambda: now[0])
    start = date(2026, 10, 1)
    for n in range(62):  # 1 October to 1 December, two saves a day
        day = start + timedelta(days=n)
        for hour in (9, 15):
            now[0] = at(day, hour)
            store.apply(SetMeasureField("m01", "remarks", f"{day} {hour}"))
    labels = [b.label for b in list_backups(plan_path)]
    last_14 = [str(date(2026, 12, 1) - timedelta(days=k)) for k in range(13, -1, -1)]
    assert labels == ["2026-10-01", "2026-11-01", *last_14]
    # each copy holds the file as it was before that day's first save: the day before's last save
    assert PlanStore(Path(f"{plan_path}.2026-11-30")).load().measure("m01").remarks == "2026-11-29 15"
    assert all(os.stat(b.path).st_mode & 0o777 == 0o640 for b in list_backups(plan_path))


def test_the_policy_is_configurable(plan_path: Path) -> None:
    now = [at(date(2026, 10, 1))]
    store = PlanStore(plan_path, clock=lambda: now[0], backup_policy=BackupPolicy(keep_days=3, keep_monthly=False))
    for n in range(40):
        now[0] = at(date(2026, 10, 1) + timedelta(days=n))
        store.apply(SetMeasureField("m01", "remarks", str(n)))
    assert [b.label for b in list_backups(plan_path)] == ["2026-11-07", "2026-11-08", "2026-11-09"]
    assert BackupPolicy.from_settings({"backups": {"keep_days": 30, "keep_monthly": False}}) == BackupPolicy(30, False)
    assert BackupPolicy.from_settings({"backups": {"keep_days": "many"}}) == BackupPolicy()


def test_a_backup_name_that_is_a_symbolic_link_is_never_followed(plan_path: Path, tmp_path: Path) -> None:
    private = tmp_path / "private.txt"
    private.write_text("secret\n")
    Path(f"{plan_path}.2026-11-30").symlink_to(private)
    store = PlanStore(plan_path, clock=lambda: datetime(2026, 11, 30, 9))
    store.apply(SetMeasureField("m01", "remarks", "saved"))
    assert private.read_text() == "secret\n"
    assert store.load().measure("m01").remarks == "saved"


def test_backups_command_lists_size_and_summary(plan_path: Path) -> None:
    store = PlanStore(plan_path, clock=lambda: datetime(2026, 11, 29, 9))
    store.apply(SetMeasureField("m01", "status", "completed"))
    store.clock = lambda: datetime(2026, 11, 30, 9)
    store.apply(SetMeasureField("m02", "status", "completed"))
    out = cli("--db", str(plan_path), "backups", "--lang", "en")
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()
    completed = sum(m.status.value == "completed" for m in PlanStore(Path(f"{plan_path}.2026-11-30")).load().measures)
    size = os.stat(f"{plan_path}.2026-11-30").st_size
    assert first.startswith("2026-11-30") and f"{size:,} B" in first
    assert f"year 2566: 15 items, {completed} completed" in first
    assert second.startswith("2026-11-29")


def test_restore_shows_what_differs_asks_and_keeps_the_current_file_first(plan_path: Path) -> None:
    store = PlanStore(plan_path, clock=lambda: datetime(2026, 11, 29, 9))
    store.apply(SetMeasureField("m01", "remarks", "เมื่อวาน"))
    store.clock = lambda: datetime(2026, 11, 30, 9)
    store.apply(SetMeasureField("m01", "remarks", "วันนี้พิมพ์ผิด"))
    current = plan_path.read_bytes()

    no = cli("--db", str(plan_path), "restore", "2026-11-30", "--lang", "en", stdin="\n")
    assert no.returncode == 1 and "Cancelled" in no.stdout
    assert "remarks: วันนี้พิมพ์ผิด → เมื่อวาน" in no.stdout
    assert plan_path.read_bytes() == current

    yes = cli("--db", str(plan_path), "restore", "2026-11-30", "--lang", "en", stdin="y\n")
    assert yes.returncode == 0, yes.stderr
    assert PlanStore(plan_path).load().measure("m01").remarks == "เมื่อวาน"
    kept = [b for b in list_backups(plan_path) if not b.daily]
    assert len(kept) == 1 and kept[0].path.read_bytes() == current and kept[0].path.name in yes.stdout
    entries = PlanStore(plan_path).history()
    assert [(e["kind"], e["after"]) for e in entries] == [
        ("SetMeasureField", "เมื่อวาน"), ("SetMeasureField", "วันนี้พิมพ์ผิด"), ("restore", "เมื่อวาน")
    ]
    assert entries[-1]["backup"] == "2026-11-30"


def test_restore_of_a_missing_backup_names_the_ones_there(plan_path: Path) -> None:
    PlanStore(plan_path, clock=lambda: datetime(2026, 11, 29, 9)).apply(SetMeasureField("m01", "remarks", "x"))
    out = cli("--db", str(plan_path), "restore", "2020-01-01", "--yes", "--lang", "en")
    assert out.returncode == 1 and "no backup “2020-01-01”" in out.stderr and "2026-11-29" in out.stderr


def test_a_damaged_file_at_start_names_the_newest_backup_that_opens_and_the_command(plan_path: Path) -> None:
    store = PlanStore(plan_path, clock=lambda: datetime(2026, 11, 28, 9))
    store.apply(SetMeasureField("m01", "remarks", "ของวันที่ 28"))
    store.clock = lambda: datetime(2026, 11, 29, 9)
    store.apply(SetMeasureField("m01", "remarks", "ของวันที่ 29"))
    Path(f"{plan_path}.2026-11-30").write_bytes(b'{"meta": ')  # the newest copy is damaged too
    plan_path.write_bytes(plan_path.read_bytes()[:500])  # cut short

    out = cli("--db", str(plan_path), "--lang", "en")  # opening the app
    assert out.returncode == 1
    command = f"tui-app --db {plan_path} restore 2026-11-29"
    assert f"The newest backup that opens is {plan_path}.2026-11-29; to restore it: {command}" in out.stderr

    restored = cli("--db", str(plan_path), "restore", "2026-11-29", "--yes", "--lang", "en")
    assert restored.returncode == 0, restored.stderr
    assert PlanStore(plan_path).load().measure("m01").remarks == "ของวันที่ 28"
    assert PlanStore(plan_path).history()[-1]["kind"] == "restore"
