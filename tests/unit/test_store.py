"""The store: round trip, atomic saves, several processes, damaged files, file modes."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO, WORKERS

from tui_app.changes import AddMeasure, AddStep, SetMeasureField, SetStepDone, SetStepText
from tui_app.errors import ConflictError, StoreError
from tui_app.model import Dimension, Measure, Plan, Status, Step
from tui_app.money import parse_money
from tui_app.store import SCHEMA_VERSION, PlanStore, default_db_path, encode
from tui_app.store.files import atomic_write

WORKER = WORKERS / "store_worker.py"


def small_plan(year: int = 2566) -> Plan:
    return Plan(
        organization="เทศบาลตำบลโพธิ์ทอง",
        fiscal_year=year,
        as_of=date(2023, 11, 6),
        dimensions=[Dimension(1, "การสร้างวัฒนธรรมสุจริต"), Dimension(2, "การบริหารราชการด้วยความโปร่งใส")],
        measures=[
            Measure(order=1, title="โครงการโรงเรียนคุณธรรม", dimension=1, status=Status.IN_PROGRESS,
                    steps=[Step("จัดทำคำสั่ง", uid="s1"), Step("จัดประชุม", sub_points=["ย่อย ๑"], uid="s2")], uid="m1"),
            Measure(order=2, title="มาตรการ NO Gift Policy", dimension=2, status=Status.COMPLETED,
                    budget=parse_money("1,500.50"), uid="m2"),
        ],
    )


@pytest.fixture
def store(tmp_path) -> PlanStore:
    s = PlanStore(tmp_path / "plan.json", sample=lambda: encode(_database(small_plan())))
    s.open()
    return s


def _database(plan: Plan) -> dict:
    return {
        "meta": {"1": {"schema_version": SCHEMA_VERSION}},
        "plans": {"1": plan.header_doc()},
        "measures": {str(i): {**m.to_doc(), "fiscal_year": plan.fiscal_year} for i, m in enumerate(plan.measures, 1)},
    }


def test_round_trip_keeps_every_field(store):
    plan = store.load()
    assert plan == small_plan()
    assert [m.to_doc() for m in plan.measures] == [m.to_doc() for m in small_plan().measures]
    store.save_plan(plan)
    again = store.load()
    assert again.header_doc() == plan.header_doc()
    assert [m.to_doc() for m in again.measures] == [m.to_doc() for m in plan.measures]
    assert again.measure("m2").budget == parse_money("1500.50")


def test_file_is_readable_utf8_json_with_thai_as_thai(store):
    raw = store.path.read_bytes()
    text = raw.decode("utf-8")
    assert "โครงการโรงเรียนคุณธรรม" in text
    assert "\\u0e" not in text.lower()
    data = json.loads(text)
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert data["measures"]["2"]["budget"] == "1500.50"  # money as an exact decimal string


def test_apply_saves_one_change_and_validates_first(store):
    store.apply(SetStepDone("m1", store.load().measure("m1").steps[0].uid, True))
    assert store.load().measure("m1").steps[0].done is True
    before = store.path.read_bytes()
    with pytest.raises(ValueError):
        SetMeasureField("m1", "budget", "12a")  # refused before it reaches the store
    with pytest.raises(ValueError):
        SetMeasureField("m1", "title", "   ")
    assert store.path.read_bytes() == before


def test_text_is_cleaned_on_the_way_in(store):
    store.apply(SetMeasureField("m1", "result", "ทํา\x1b[31mงาน\r\nเสร็จ\x07\x1b]52;c;aGk=\x07"))
    result = store.load().measure("m1").result
    assert result == "ทำงาน\nเสร็จ"  # SARA AM as one character, no escape codes, \n only
    assert "\u0e4d\u0e32" not in store.path.read_text("utf-8")


def test_a_stale_edit_of_free_text_is_refused_not_overwritten(store):
    store.apply(SetMeasureField("m1", "result", "ของคนอื่น", expected=""))
    with pytest.raises(ConflictError):
        store.apply(SetMeasureField("m1", "result", "ของฉัน", expected=""))
    assert store.load().measure("m1").result == "ของคนอื่น"


def test_changes_are_applied_to_fresh_data(tmp_path, store):
    other = PlanStore(store.path)  # a second user with their own store object
    uid = store.load().measure("m1").steps[0].uid
    other.apply(AddStep("m1", "ขั้นตอนใหม่", after_uid=None))
    store.apply(SetStepText("m1", uid, "แก้แล้ว"))  # this store never re-read: it must not undo the add
    steps = PlanStore(store.path).load().measure("m1").steps
    assert [s.text for s in steps] == ["แก้แล้ว", "จัดประชุม", "ขั้นตอนใหม่"]


def test_insert_after_someone_else_inserted(store):
    other = PlanStore(store.path)
    other.apply(AddMeasure("จากคนอื่น", 1))
    store.apply(AddMeasure("ของฉัน", 2))  # TinyDB's cached next id would collide here
    titles = [m.title for m in store.load().measures_in_table_order()]
    assert titles == ["โครงการโรงเรียนคุณธรรม", "จากคนอื่น", "มาตรการ NO Gift Policy", "ของฉัน"]  # by dimension
    data = json.loads(store.path.read_text("utf-8"))
    assert len(data["measures"]) == 4


def test_several_fiscal_years_in_one_file(store):
    store.save_plan(small_plan(2567))
    assert store.years() == [2566, 2567]
    assert store.load().fiscal_year == 2567
    store.apply(SetMeasureField("m1", "title", "ปี 2566 เท่านั้น"), year=2566)
    assert store.load(2566).measure("m1").title == "ปี 2566 เท่านั้น"
    assert store.load(2567).measure("m1").title == "โครงการโรงเรียนคุณธรรม"
    with pytest.raises(StoreError) as info:
        store.load(2599)
    assert "2599" in str(info.value) and "2566" in str(info.value)


def test_missing_file_is_created_from_the_sample(tmp_path):
    path = tmp_path / "new" / "folder" / "plan.json"
    PlanStore(path, sample=lambda: encode(_database(small_plan()))).open()
    assert PlanStore(path).load().measure("m2").title == "มาตรการ NO Gift Policy"


def test_new_files_are_for_owner_and_group_only(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "plan.json"
        s = PlanStore(path, sample=lambda: encode(_database(small_plan())))
        s.open()
        s.apply(SetMeasureField("m1", "remarks", "x"))
    finally:
        os.umask(old)
    for p in (path, tmp_path / "plan.json.lock"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o660, p


def test_stale_temporary_files_are_cleaned_up(store):
    leftover = store.path.with_name(f".{store.path.name}.tmp-99999-dead")
    leftover.write_text("half a file")
    PlanStore(store.path).open()
    assert not leftover.exists()


DAMAGED = {
    "empty": (b"", "empty"),
    "blank": (b"  \n", "empty"),
    "truncated": (None, "cut short"),
    "not json": (b"hello, this is not json", "damaged"),
    "not utf-8": (b'{"meta": "\xff\xfe"}', "UTF-8"),
    "cut inside a Thai character": ('{"meta": "ท'.encode()[:-1], "cut short"),
    "a list": (b"[1, 2, 3]", "not a plan"),
    "no meta": (b'{"_default": {}}', "not a plan"),
    "future schema": (b'{"meta": {"1": {"schema_version": 99}}}', "version 99"),
    "bad record": (b'{"meta": {"1": {"schema_version": 1}}, "plans": {"1": {"fiscal_year": "abc"}}}', "malformed"),
}


@pytest.mark.parametrize("kind", DAMAGED)
def test_a_damaged_file_gives_a_clear_message_and_is_left_byte_for_byte(tmp_path, store, kind):
    content, words = DAMAGED[kind]
    if content is None:
        content = store.path.read_bytes()[:-40]
    path = tmp_path / f"{kind.replace(' ', '_')}.json"
    path.write_bytes(content)
    for action in (lambda s: s.open(), lambda s: s.load(), lambda s: s.apply(SetMeasureField("m1", "remarks", "x"))):
        with pytest.raises(StoreError) as info:
            action(PlanStore(path, sample=lambda: encode(_database(small_plan()))))
        assert str(path) in str(info.value)
        assert words in str(info.value)
        assert path.read_bytes() == content


def test_damaged_file_on_the_command_line(tmp_path):
    path = tmp_path / "plan.json"
    path.write_bytes(b'{"meta": ')
    command = [sys.executable, "-m", "tui_app", "--db", str(path), "status"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert path.read_bytes() == b'{"meta": '


def test_a_failed_write_leaves_the_old_file_and_no_temporary(store, monkeypatch):
    before = store.path.read_bytes()

    def full_disk(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StoreError) as info:
        store.apply(SetMeasureField("m1", "remarks", "จะไม่ถูกบันทึก"))
    monkeypatch.undo()
    assert "No space left on device" in str(info.value)
    assert store.path.read_bytes() == before
    # neither the day's backup nor the save's history line could be written either
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["plan.json", "plan.json.lock"]
    assert store.history() == []


def test_atomic_write_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(StoreError) as info:
        atomic_write(tmp_path / "missing" / "x.json", b"{}")
    assert "missing" in str(info.value)


def test_default_path_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("TUI_APP_DB", str(tmp_path / "team.json"))
    assert default_db_path() == tmp_path / "team.json"
    monkeypatch.delenv("TUI_APP_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "tui-app" / "plan.json"


def _worker(path: Path, prefix: str, count: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, str(WORKER), str(path), prefix, str(count)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)


def test_two_processes_saving_at_once_keep_every_change(store):
    a, b = _worker(store.path, "a", 40), _worker(store.path, "b", 40)
    a.communicate(timeout=120)
    b.communicate(timeout=120)
    assert a.returncode == 0 and b.returncode == 0
    texts = [s.text for s in PlanStore(store.path).load().measure("m1").steps]
    for prefix in "ab":
        mine = [t for t in texts if t.startswith(prefix + "-")]
        assert mine == [f"{prefix}-{i}" for i in range(40)]  # all there, each in its own order


def test_sigkill_in_the_middle_of_saves_loses_no_acknowledged_change(store):
    proc = _worker(store.path, "k", 100000)
    acked: list[str] = []
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while len(acked) < 60 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("ack "):
            acked.append(line.split()[1])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    acked += [line.split()[1] for line in proc.stdout.read().splitlines() if line.startswith("ack ")]
    assert len(acked) >= 60
    fresh = PlanStore(store.path)
    fresh.open()  # opens cleanly, and clears the killed process's temporary file
    texts = {s.text for s in fresh.load().measure("m1").steps}
    assert set(acked) <= texts
    assert not [p for p in store.path.parent.iterdir() if ".tmp-" in p.name]
