"""The national system's fields of a measure: entry (the measure screen's g dialog), checks, the
file (kept under ``national``, absent when empty), the "cannot be carried out" reason (asked when
that status is chosen, required), and the exports (extra columns in CSV / TSV, a sheet of their
own in xlsx, the official text table keeping its ten columns, "ไม่ใช้งบประมาณ" instead of 0.00)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import file_measure, notifications, open_measure, open_store, screen_text, stored_plan
from textual.widgets import Input, RadioButton

from tui_app.changes import SetCannot, SetNationalField
from tui_app.errors import StoreError, ValidationError
from tui_app.export import ExportOptions, render
from tui_app.model import Status
from tui_app.national import CannotReason
from tui_app.screens.national import CannotReasonDialog, NationalDialog
from tui_app.store import PlanStore


def test_fields_are_stored_under_national_and_absent_when_empty(plan_path: Path) -> None:
    store = open_store(plan_path)
    assert all("national" not in d for d in json.loads(plan_path.read_text("utf-8"))["measures"].values())
    store.apply(SetNationalField("m01", "quarters", "๓, 1"))
    store.apply(SetNationalField("m01", "target_groups", "นักเรียน"))
    store.apply(SetNationalField("m01", "budget_local_plan", "20,000"))
    store.apply(SetNationalField("m01", "budget_ordinance", "15000.5"))
    store.apply(SetNationalField("m01", "indicator", "ITA o10"))
    store.apply(SetNationalField("m01", "no_budget", True))
    national = stored_plan(plan_path).measure("m01").national
    assert national.quarters == (1, 3) and national.target_groups == "นักเรียน"
    assert (national.budget_local_plan, national.budget_ordinance) == (Decimal("20000.00"), Decimal("15000.50"))
    assert national.no_budget and national.indicator == "ITA o10"
    assert file_measure(plan_path, "m01")["national"]["budget_ordinance"] == "15000.50"
    assert "national" not in file_measure(plan_path, "m02")


@pytest.mark.parametrize(("name", "value"), [("quarters", "5"), ("quarters", "หนึ่ง"), ("budget_local_plan", "abc"),
                                              ("budget_ordinance", "-1"), ("indicator", "x" * 2001)])
def test_bad_values_are_refused_when_the_change_is_made(name: str, value: str) -> None:
    with pytest.raises(ValidationError):
        SetNationalField("m01", name, value)


def test_a_damaged_national_object_is_refused_by_name(plan_path: Path) -> None:
    data = json.loads(plan_path.read_text("utf-8"))
    doc = next(d for d in data["measures"].values() if d["uid"] == "m01")
    doc["national"] = {"quarters": [9]}
    plan_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(StoreError) as caught:
        PlanStore(plan_path).load()
    assert "e-PlanNACC" in caught.value.message("th")


def test_the_cannot_reason_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        SetCannot("m01", None)
    assert caught.value.key == "error.cannot_reason"
    with pytest.raises(ValidationError) as caught:
        SetCannot("m01", "other", "  ")
    assert caught.value.key == "error.cannot_other"
    assert SetCannot("m01", "not_enough_staff").reason is CannotReason.STAFF


def test_exports_extra_columns_where_there_is_room(plan_path: Path) -> None:
    store = open_store(plan_path)
    plain = render(store.load(), ExportOptions(format="csv"))
    store.apply(SetNationalField("m01", "quarters", "1,2"))
    store.apply(SetNationalField("m01", "no_budget", True))
    store.apply(SetCannot("m02", "other", "น้ำท่วม"))
    plan = store.load()
    rows = list(csv.reader(io.StringIO(render(plan, ExportOptions(format="csv")).decode("utf-8-sig"))))
    assert len(rows[0]) == 11 + 8 and rows[0][11] == "ไตรมาส"
    by_order = {r[0]: r for r in rows[1:]}
    first, second = plan.measure("m01"), plan.measure("m02")
    assert by_order[str(first.order)][11] == "1,2" and by_order[str(first.order)][16] == "ไม่ใช้งบประมาณ"
    assert by_order[str(second.order)][5] == "ไม่สามารถดำเนินการได้"
    assert by_order[str(second.order)][17] == "อื่น ๆ: น้ำท่วม"
    tsv = render(plan, ExportOptions(format="tsv")).decode().splitlines()
    assert len(tsv[0].split("\t")) == 18
    # the official text table keeps its ten columns; the budget reads "ไม่ใช้งบประมาณ", not 0.00
    text = render(plan, ExportOptions(format="text", width=0)).decode()
    assert "ไตรมาส" not in text and "ไม่ใช้งบประมาณ" in text
    assert len(plain.decode("utf-8-sig").splitlines()[0].split(",")) == 11  # no national data: no extra columns


def test_xlsx_keeps_the_table_and_adds_a_sheet(plan_path: Path) -> None:
    from openpyxl import load_workbook

    store = open_store(plan_path)
    store.apply(SetNationalField("m01", "budget_local_plan", "1234.5"))
    book = load_workbook(io.BytesIO(render(store.load(), ExportOptions(format="xlsx"))))
    assert book.sheetnames[1] == "e-PlanNACC"
    sheet = book["e-PlanNACC"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    row = next(r for r in values[1:] if r[1] == stored_plan(plan_path).measure("m01").title)
    assert row[5] == pytest.approx(1234.5)
    assert book.worksheets[0].max_column == 10


# --- on the measure screen ----------------------------------------------------------------------


async def test_cannot_asks_the_reason_and_escape_keeps_the_status(app_factory, plan_path: Path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_measure(pilot, "m01")
        status = stored_plan(plan_path).measure("m01").status
        steps = list(Status).index(Status.CANNOT) - list(Status).index(status)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(*(["down"] * steps), "enter")
        await pilot.pause()
        assert isinstance(app.screen, CannotReasonDialog)
        await pilot.press("f2")  # no reason chosen: refused, the dialog stays
        await pilot.pause()
        assert isinstance(app.screen, CannotReasonDialog)
        assert any("เลือกเหตุ" in n for n in notifications(app))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert stored_plan(plan_path).measure("m01").status is status
        # again, with a reason
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(*(["down"] * steps), "enter")
        await pilot.pause()
        app.screen.query_one("#reason-not_enough_staff", RadioButton).value = True
        await pilot.press("f2")
        await pilot.pause()
        saved = stored_plan(plan_path).measure("m01")
        assert saved.status is Status.CANNOT and saved.national.cannot_reason is CannotReason.STAFF
        assert "บุคลากรไม่เพียงพอ" in screen_text(app)


async def test_g_edits_the_national_fields(app_factory, plan_path: Path) -> None:
    app = app_factory(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_measure(pilot, "m01")
        assert "none yet (press g)" in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NationalDialog)
        before = plan_path.read_bytes()
        await pilot.press(*"7", "f2")  # quarters has the focus: 7 is not a quarter
        await pilot.pause()
        assert isinstance(app.screen, NationalDialog) and plan_path.read_bytes() == before
        assert any("not a list of quarters" in n for n in notifications(app))
        dialog.query_one("#nat-quarters", Input).value = "2,4"
        dialog.query_one("#nat-indicator", Input).value = "ITA o12"
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen is screen
        national = stored_plan(plan_path).measure("m01").national
        assert national.quarters == (2, 4) and national.indicator == "ITA o12"
        assert "quarters (1-4): 2,4" in screen_text(app)
