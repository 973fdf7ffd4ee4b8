"""The change history: one entry per changed field in the same save, append-only, per year."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, WORKERS

from tui_app import history
from tui_app.changes import AddStep, MoveStep, RemoveMeasure, SetMeasureField, SetPlanField, SetStepDone
from tui_app.errors import StoreError
from tui_app.store import PlanStore, history_log, plan_store

WORKER = WORKERS / "history_worker.py"
ROOT = REPO


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui_app", *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def test_four_processes_each_saving_250_changes_leave_1000_entries_naming_their_user(plan_path: Path) -> None:
    users = ["somchai", "somsri", "malee", "preecha"]
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(plan_path), str(order), user, "250"],
            env={**os.environ, "USER": user, "LOGNAME": user, "PYTHONPATH": str(ROOT)},
        )
        for order, user in enumerate(users, start=1)
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0, 0]
    store = PlanStore(plan_path)
    plan = store.load()
    entries = store.history()
    assert len(entries) == 1000
    for order, user in enumerate(users, start=1):
        mine = [e for e in entries if e["user"] == user]
        assert len(mine) == 250
        measure = next(m for m in plan.measures if m.order == order)
        # each entry of this measure's remarks is by its one process, in the order saved ...
        assert all(e["measure"] == measure.uid and e["field"] == "remarks" for e in mine)
        assert [e["after"] for e in mine] == [f"{user}-{i}" for i in range(250)]
        # ... each one's "before" is the previous one's "after", and the last "after" is in the file
        assert [e["before"] for e in mine[1:]] == [e["after"] for e in mine[:-1]]
        assert mine[-1]["after"] == measure.remarks


def test_entries_say_who_when_which_record_and_field_before_and_after(plan_path: Path) -> None:
    store = PlanStore(plan_path, who=history.Who("somchai", "สมชาย ใจดี"))
    store.open()
    first = store.load().measures_in_table_order()[0]
    store.apply(SetMeasureField(first.uid, "remarks", "ติดตามแล้ว"))
    store.apply(SetStepDone(first.uid, first.steps[1].uid, not first.steps[1].done))
    store.apply(SetPlanField("reporter", "นางสาวทดสอบ"))
    remarks, tick, reporter = store.history()
    assert remarks["user"] == "somchai" and remarks["name"] == "สมชาย ใจดี"
    assert remarks["at"].endswith("Z") and remarks["fiscal_year"] == 2566
    assert (remarks["target"], remarks["measure"], remarks["order"], remarks["title"]) == (
        "measure", first.uid, 1, first.title,
    )
    assert (remarks["field"], remarks["before"], remarks["after"], remarks["kind"]) == (
        "remarks", first.remarks, "ติดตามแล้ว", "SetMeasureField",
    )
    assert (tick["target"], tick["step"], tick["number"], tick["field"]) == ("step", first.steps[1].uid, 2, "done")
    assert (tick["before"], tick["after"]) == (first.steps[1].done, not first.steps[1].done)
    assert (reporter["target"], reporter["field"], reporter["after"]) == ("plan", "reporter", "นางสาวทดสอบ")


def test_moves_and_removals_record_both_sides(plan_path: Path) -> None:
    store = PlanStore(plan_path)
    plan = store.load()
    first, second = plan.measures_in_table_order()[:2]
    store.apply(MoveStep(first.uid, first.steps[0].uid, 1))
    store.apply(RemoveMeasure(second.uid))
    entries = store.history()
    moves = [e for e in entries if e["kind"] == "MoveStep"]
    assert {(e["step"], e["before"], e["after"]) for e in moves} == {
        (first.steps[0].uid, 1, 2), (first.steps[1].uid, 2, 1)
    }
    removal = [e for e in entries if e["kind"] == "RemoveMeasure"]
    gone = next(e for e in removal if e["field"] == "measure")
    assert gone["after"] is None and gone["before"]["title"] == second.title and gone["before"]["uid"] == second.uid
    renumbered = [e for e in removal if e["field"] == "order"]
    assert len(renumbered) == len(plan.measures) - 2
    assert all(e["before"] == e["after"] + 1 for e in renumbered)


def test_a_save_never_rewrites_an_older_entry(plan_path: Path) -> None:
    store = PlanStore(plan_path)
    uid = store.load().measures_in_table_order()[0].uid
    store.apply(SetMeasureField(uid, "remarks", "one"))
    store.apply(SetMeasureField(uid, "result", "two"))
    log = history_log.history_path(plan_path)
    before = log.read_bytes()
    older = store.history()
    store.apply(SetMeasureField(uid, "remarks", "three"))
    after = log.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    assert store.history()[: len(older)] == older
    assert store.history()[-1]["before"] == "one"


def test_a_save_that_changes_nothing_adds_no_entry(plan_path: Path) -> None:
    store = PlanStore(plan_path)
    first = store.load().measures_in_table_order()[0]
    store.apply(SetMeasureField(first.uid, "remarks", first.remarks))
    assert store.history() == []


def test_a_crash_between_the_history_and_the_data_file_shows_nothing_unsaved_and_loses_nothing_saved(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PlanStore(plan_path)
    uid = store.load().measures_in_table_order()[0].uid
    store.apply(SetMeasureField(uid, "remarks", "saved"))

    def crash(path: Path, payload: bytes) -> None:
        raise StoreError("store.write_failed", path=str(path), detail="killed")

    monkeypatch.setattr(plan_store, "atomic_write", crash)
    with pytest.raises(StoreError):
        store.apply(SetMeasureField(uid, "remarks", "never saved"))
    # the history file holds the lost save's line, but nobody is shown it
    assert b"never saved" in history_log.history_path(plan_path).read_bytes()
    assert [e["after"] for e in PlanStore(plan_path).history()] == ["saved"]
    monkeypatch.undo()
    store.apply(SetMeasureField(uid, "remarks", "next"))
    entries = PlanStore(plan_path).history()
    assert [(e["before"], e["after"]) for e in entries] == [("", "saved"), ("saved", "next")]
    log = history_log.history_path(plan_path).read_bytes()
    assert b"never saved" not in log
    assert len(log) == history_log.committed(json.loads(plan_path.read_bytes()))


def test_the_history_file_has_the_data_files_mode(plan_path: Path) -> None:
    os.chmod(plan_path, 0o640)
    store = PlanStore(plan_path)
    store.apply(SetPlanField("reporter", "ก"))
    assert os.stat(history_log.history_path(plan_path)).st_mode & 0o777 == 0o640


def test_a_history_file_that_is_a_symbolic_link_is_not_followed(plan_path: Path, tmp_path: Path) -> None:
    private = tmp_path / "private.txt"
    private.write_text("secret\n")
    history_log.history_path(plan_path).symlink_to(private)
    store = PlanStore(plan_path)
    with pytest.raises(StoreError):
        store.apply(SetPlanField("reporter", "ก"))
    assert private.read_text() == "secret\n"
    assert store.load().reporter != "ก"


def test_a_file_without_history_and_a_migrated_v1_file_start_with_an_empty_history(plan_path: Path) -> None:
    data = json.loads(plan_path.read_bytes())
    assert all(history_log.COMMITTED_KEY not in meta for meta in data["meta"].values())
    store = PlanStore(plan_path)
    store.open()
    assert store.history() == []
    v1 = PlanStore(FIXTURES / "plan_v1.json")
    assert v1.history() == []


def test_each_year_keeps_its_own_history_after_new_year(plan_path: Path) -> None:
    store = PlanStore(plan_path)
    old = store.load()
    store.apply(SetMeasureField(old.measures[0].uid, "remarks", "ปีเก่า"))
    store.add_year(old.carried_over(2567))
    store.apply(SetMeasureField(old.measures[0].uid, "remarks", "ปีใหม่"), 2567)
    assert [e["after"] for e in store.history(2566)] == ["ปีเก่า"]
    new = store.history(2567)
    assert new[-1]["after"] == "ปีใหม่" and {e["kind"] for e in new} == {"new_year", "SetMeasureField"}
    assert store.load(2566).measures[0].remarks == "ปีเก่า"


def test_history_command_filters_by_measure_person_and_date_as_text_and_csv(plan_path: Path) -> None:
    plan = PlanStore(plan_path).load()
    first, second = plan.measures_in_table_order()[:2]
    PlanStore(plan_path, who=history.Who("somchai")).apply(SetMeasureField(first.uid, "remarks", "หมายเหตุหนึ่ง"))
    PlanStore(plan_path, who=history.Who("malee")).apply(SetMeasureField(second.uid, "result", "ผลสอง"))
    PlanStore(plan_path, who=history.Who("malee")).apply(AddStep(first.uid, "ขั้นตอนใหม่"))

    out = cli("--db", str(plan_path), "history", "--lang", "en", "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["When", "Who", "Record", "Field", "Before", "After", "Change"]
    assert [r[5] for r in rows[1:]] == ["ขั้นตอนใหม่", "ผลสอง", "หมายเหตุหนึ่ง"]  # newest first

    out = cli("--db", str(plan_path), "history", "--measure", "1", "--who", "MAL", "--format", "csv")
    assert [r[5] for r in list(csv.reader(io.StringIO(out.stdout)))[1:]] == ["ขั้นตอนใหม่"]

    out = cli("--db", str(plan_path), "history", "--who", "somchai")
    assert out.returncode == 0 and "หมายเหตุหนึ่ง" in out.stdout and "ผลสอง" not in out.stdout

    assert "ไม่มีประวัติการแก้ไข" in cli("--db", str(plan_path), "history", "--since", "2999-01-01").stdout
    assert "หมายเหตุหนึ่ง" in cli("--db", str(plan_path), "history", "--since", "2566-01-01").stdout
    bad = cli("--db", str(plan_path), "history", "--since", "yesterday", "--lang", "en")
    assert bad.returncode == 1 and "is not a date" in bad.stderr
    gone = cli("--db", str(plan_path), "history", "--measure", "99", "--lang", "en")
    assert gone.returncode == 1 and "no item 99" in gone.stderr


def test_thai_time_is_local_time_in_the_buddhist_era() -> None:
    assert history.thai_time("2023-12-31T18:30:00Z") == "01/01/2567 01:30"
