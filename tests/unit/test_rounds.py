"""Reporting rounds: freezing, listing, exporting as frozen (byte for byte after later edits, in
every format of the registry), comparing; the ``rounds`` table in the file; the command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import open_store, stored_plan

from tui_app.changes import AddMeasure, SetMeasureField, SetPlanField, SetStepDone
from tui_app.errors import StoreError, ValidationError
from tui_app.export import EXPORT_FORMATS, ExportOptions, render
from tui_app.model import Status
from tui_app.rounds import NOW_LABEL, compare, comparison_csv, comparison_text, render_round, round_label
from tui_app.store import PlanStore


def _edit_everything(store: PlanStore) -> None:
    """Later edits touching what every export shows: a status, money, a remark, a tick, the header."""
    plan = store.load()
    first = plan.measures_in_table_order()[0]
    store.apply(SetMeasureField(first.uid, "status", Status.CANNOT))
    store.apply(SetMeasureField(first.uid, "disbursed", "1,234.50"))
    store.apply(SetMeasureField(first.uid, "remarks", "แก้ไขหลังปิดรอบ"))
    step = next(m for m in plan.measures if m.steps)
    store.apply(SetStepDone(step.uid, step.steps[0].uid, not step.steps[0].done))
    store.apply(SetPlanField("reporter", "คนอื่น"))
    store.apply(AddMeasure("โครงการใหม่หลังปิดรอบ", 1))


def test_freeze_keeps_the_figures_and_lists_the_round(plan_path: Path) -> None:
    store = open_store(plan_path)
    frozen = store.freeze_round(None, 6, as_of=date(2023, 3, 31), reporter="นางสาวสมใจ ใจดี")
    assert (frozen.fiscal_year, frozen.months, frozen.as_of, frozen.reporter) == (
        2566, 6, date(2023, 3, 31), "นางสาวสมใจ ใจดี",
    )
    listed = PlanStore(plan_path).rounds()
    assert [(r.fiscal_year, r.months) for r in listed] == [(2566, 6)]
    plan = listed[0].plan()
    assert (plan.round_months, plan.as_of, plan.reporter) == (6, date(2023, 3, 31), "นางสาวสมใจ ใจดี")
    now = stored_plan(plan_path)
    assert [m.to_doc() for m in plan.measures_in_table_order()] == [m.to_doc() for m in now.measures_in_table_order()]
    assert now.round_months == 12 and now.as_of != date(2023, 3, 31)  # the plan itself is not changed


def _formats() -> list[str]:
    return list(EXPORT_FORMATS)


@pytest.mark.parametrize("fmt", _formats())
def test_a_frozen_rounds_export_is_byte_identical_after_later_edits(
    plan_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(plan_path)
    store.freeze_round(None, 6)
    options = ExportOptions(format=fmt)
    before = render_round(store.load_round(None, 6), options)
    plain_before = render(store.load(), options)
    _edit_everything(store)
    # an hour later, so that a format stamping the time of writing would differ
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    after = render_round(PlanStore(plan_path).load_round(None, 6), options)
    assert after == before
    assert render(store.load(), options) != plain_before  # the edits did change the plan's own export


def test_xlsx_of_a_round_says_the_rounds_figures(plan_path: Path) -> None:
    from openpyxl import load_workbook

    store = open_store(plan_path)
    store.freeze_round(None, 6)
    _edit_everything(store)
    book = load_workbook(io.BytesIO(render_round(store.load_round(None, 6), ExportOptions(format="xlsx"))))
    cells = [str(c.value) for row in book.active.iter_rows() for c in row if c.value is not None]
    assert any("รอบ 6 เดือน" in c for c in cells)
    assert "แก้ไขหลังปิดรอบ" not in cells and "โครงการใหม่หลังปิดรอบ" not in cells


def test_a_round_is_frozen_once(plan_path: Path) -> None:
    store = open_store(plan_path)
    store.freeze_round(None, 12)
    before = plan_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        store.freeze_round(None, 12)
    assert caught.value.key == "store.round_exists"
    assert plan_path.read_bytes() == before
    with pytest.raises(ValidationError):
        store.freeze_round(None, 5)


def test_saves_never_rewrite_the_rounds_table(plan_path: Path) -> None:
    store = open_store(plan_path)
    store.freeze_round(None, 3)
    rounds_before = json.loads(plan_path.read_text("utf-8"))["rounds"]
    _edit_everything(store)
    assert json.loads(plan_path.read_text("utf-8"))["rounds"] == rounds_before


def test_a_file_without_rounds_gets_no_rounds_table_from_a_save(plan_path: Path) -> None:
    store = open_store(plan_path)
    _edit_everything(store)
    assert "rounds" not in json.loads(plan_path.read_text("utf-8"))
    assert store.rounds() == []


def test_a_damaged_round_is_refused_by_name(plan_path: Path) -> None:
    store = open_store(plan_path)
    store.freeze_round(None, 6)
    data = json.loads(plan_path.read_text("utf-8"))
    (doc,) = data["rounds"].values()
    doc["measures"][0]["status"] = "finished?"
    plan_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(StoreError) as caught:
        PlanStore(plan_path).rounds()
    message = caught.value.message("en")
    assert "table rounds" in message and "finished?" in message


def test_a_version_1_file_is_migrated_when_a_round_is_frozen(plan_path: Path) -> None:
    data = json.loads(plan_path.read_text("utf-8"))
    for meta in data["meta"].values():
        meta["schema_version"] = 1
    plan_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    store = open_store(plan_path)
    store.freeze_round(None, 6)
    assert store.migration_backup is not None and store.migration_backup.is_file()
    saved = json.loads(plan_path.read_text("utf-8"))
    assert next(iter(saved["meta"].values()))["schema_version"] == 2
    assert len(saved["rounds"]) == 1


# --- comparing -----------------------------------------------------------------------------------


def test_compare_a_round_with_now(plan_path: Path) -> None:
    store = open_store(plan_path)
    frozen = store.freeze_round(None, 6)
    plan = store.load()
    waiting = [m for m in plan.measures_in_table_order() if m.status is Status.IN_PROGRESS][:2]
    for m in waiting:
        store.apply(SetMeasureField(m.uid, "status", Status.COMPLETED))
    store.apply(SetMeasureField(waiting[0].uid, "disbursed", "500"))
    ticked = next(m for m in plan.measures if any(not s.done for s in m.steps))
    step = next(s for s in ticked.steps if not s.done)
    store.apply(SetStepDone(ticked.uid, step.uid, True))
    c = compare(frozen.plan(), store.load(), round_label(frozen), NOW_LABEL)
    assert {m.order for m in c.changed} == {m.order for m in waiting}
    assert all(m.status_then is Status.IN_PROGRESS and m.status_now is Status.COMPLETED for m in c.changed)
    assert c.steps_ticked == 1
    assert c.disbursed_since == Decimal("500.00")
    assert (c.then.implementation_percent, c.now.implementation_percent) == (Decimal("83.33"), Decimal("90.00"))
    text = comparison_text(c)
    assert "ร้อยละ 83.33 (สีเขียว) → ร้อยละ 90.00 (สีเขียว)" in text
    assert "เปลี่ยนสถานะ 2 โครงการ" in text and "เบิกจ่ายเพิ่ม 500.00 บาท" in text
    rows = list(csv.reader(io.StringIO(comparison_csv(c))))
    moved = {r[0]: r for r in rows[1:] if r[2] != r[3]}
    assert set(moved) == {str(m.order) for m in waiting}
    assert moved[str(waiting[0].order)][5] == "500.00"
    assert len(rows) == 1 + len(plan.measures)


# --- the command line ------------------------------------------------------------------------


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui_app", *args], capture_output=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "TUI_APP_LANG": "en"},
    )


def test_cli_freeze_list_export_compare(plan_path: Path, tmp_path: Path) -> None:
    db = ("--db", str(plan_path))
    done = _cli("rounds", "freeze", "6", "--as-of", "31/03/2566", "--reporter", "สมใจ", *db, home=tmp_path)
    assert done.returncode == 0, done.stderr
    listed = _cli("rounds", *db, home=tmp_path).stdout.decode()
    assert listed.startswith("2566\t6\t31/03/2566\t83.33% (green)\tสมใจ\t")
    first = _cli("export", "--round", "6", "--format", "csv", *db, home=tmp_path).stdout
    _edit_everything(open_store(plan_path))
    assert _cli("export", "--round", "6", "--format", "csv", *db, home=tmp_path).stdout == first
    out = tmp_path / "moved.csv"
    compared = _cli("rounds", "compare", "6", "now", "--format", "csv", "--out", str(out), *db, home=tmp_path)
    assert compared.returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    again = _cli("rounds", "freeze", "6", *db, home=tmp_path)
    assert again.returncode == 1 and b"already" not in again.stdout and b"was frozen on" in again.stderr
    missing = _cli("export", "--round", "9", *db, home=tmp_path)
    assert missing.returncode == 1 and b"no frozen 9-month round" in missing.stderr
