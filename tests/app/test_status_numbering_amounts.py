"""Status and ticks that carry the value they started from, numbering by dimension, status and
checklist contradictions, and amounts not given (issue 7, items 3, 5, 6 and 7).

Store-level tests use real stores on one file (two processes racing, for item 3); the screen parts
are walked with the Pilot and checked on screen and in the file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from conftest import REPO, WORKERS, file_measure, notifications, open_measure, screen_text, stored_plan
from textual.widgets import Select, Static

from tui_app.changes import AddMeasure, RemoveMeasure, SetMeasureField, SetStepDone
from tui_app.errors import ConflictError
from tui_app.export import ExportOptions, render_export
from tui_app.model import Measure, Status, Step
from tui_app.report import status_text
from tui_app.session import Session
from tui_app.store import PlanStore
from tui_app.summary import summarize

SIZE = (120, 40)


# --- item 3: status and ticks carry the value they started from ------------------------------------


RACE_WORKER = WORKERS / "status_race_worker.py"


def test_item3_status_race_refused(store, tmp_path):
    """Two sessions in two processes choose different statuses from the same starting value at
    the same moment, five times: each time exactly one is saved and the other is refused with a
    message naming the status the file holds now (before the fix both heard "saved")."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for round_ in range(5):
        store.apply(SetMeasureField("m10", "status", Status.IN_PROGRESS))
        go = tmp_path / f"go-{round_}"
        sides = {
            status: subprocess.Popen(
                [sys.executable, str(RACE_WORKER), str(store.path), "m10", status, str(go)],
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for status in ("completed", "cannot")
        }
        for p in sides.values():  # both have read the file: their screens show "in progress"
            assert p.stdout.readline().strip() == "ready"
        go.touch()
        outcomes = {status: p.communicate(timeout=60)[0].strip() for status, p in sides.items()}
        assert all(p.returncode == 0 for p in sides.values())
        saved = [status for status, out in outcomes.items() if out == "saved"]
        refused = [out for out in outcomes.values() if out != "saved"]
        assert len(saved) == 1 and len(refused) == 1, outcomes
        now = "completed" if saved[0] == "completed" else "cannot be carried out"
        assert refused[0].startswith("refused ConflictError Someone else changed this status first")
        assert f"the file now holds “{now}”" in refused[0]
        assert file_measure(store.path, "m10")["status"] == saved[0]


APP_RACE_WORKER = WORKERS / "app_race_worker.py"


def test_item3_status_race_refused_between_two_apps(store, tmp_path):
    """The issue's race, through the app: two people have measure 10 ("in progress") open in two
    app processes and choose "completed" and "waiting" at the same moment. One is saved; the other
    is told and the file keeps the first (before the fix both were saved and the later one won)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for round_ in range(2):
        store.apply(SetMeasureField("m10", "status", Status.IN_PROGRESS))
        go = tmp_path / f"go-{round_}"
        sides = {
            status: subprocess.Popen(
                [sys.executable, str(APP_RACE_WORKER), str(store.path), str(downs), str(go)],
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for status, downs in (("completed", 1), ("waiting", -1))
        }
        for p in sides.values():
            assert p.stdout.readline().strip() == "ready"
        go.touch()
        outcomes = {status: p.communicate(timeout=120)[0].strip() for status, p in sides.items()}
        assert all(p.returncode == 0 for p in sides.values())
        assert sorted(outcomes.values()) == ["refused", "saved"], outcomes
        winner = next(status for status, out in outcomes.items() if out == "saved")
        assert file_measure(store.path, "m10")["status"] == winner


def test_item3_setting_what_the_file_already_holds_is_not_a_conflict(store):
    """Two sessions tick the same step (or choose the same status) from the same start: both saved."""
    a, b = Session(PlanStore(store.path)), Session(PlanStore(store.path))
    index, step = next((i, s) for i, s in enumerate(a.plan.measure("m10").steps) if not s.done)
    assert a.submit(SetStepDone("m10", step.uid, True, expected=False)).saved
    assert b.submit(SetStepDone("m10", step.uid, True, expected=False)).saved  # the same tick
    assert file_measure(store.path, "m10")["steps"][index]["done"] is True
    assert a.submit(SetMeasureField("m10", "status", Status.COMPLETED, expected=Status.IN_PROGRESS)).saved
    assert b.submit(SetMeasureField("m10", "status", Status.COMPLETED, expected=Status.IN_PROGRESS)).saved


def test_item3_stale_tick_kind_and_amount_are_refused_naming_the_file_value(store):
    """A change from a value the file no longer holds is refused with the field and its value."""
    other = PlanStore(store.path)
    other.apply(SetMeasureField("m01", "kind", "activity"))
    with pytest.raises(ConflictError) as info:
        store.apply(SetMeasureField("m01", "kind", "measure", expected="project"))
    assert info.value.message("th") == (
        "มีผู้อื่นเปลี่ยนประเภทนี้ก่อน: ในไฟล์ตอนนี้คือ “กิจกรรม” การเปลี่ยนของคุณยังไม่ได้บันทึก"
    )
    other.apply(SetMeasureField("m01", "budget", "10"))
    with pytest.raises(ConflictError) as info:
        store.apply(SetMeasureField("m01", "budget", "20", expected=Decimal("0.00")))
    assert "“10.00”" in info.value.message("en") and "budget" in info.value.message("en")
    # a tick that sets what the file holds is fine; the value itself is what counts
    step = store.load().measure("m01").steps[0]
    other.apply(SetStepDone("m01", step.uid, True))
    store.apply(SetStepDone("m01", step.uid, True, expected=False))
    assert file_measure(store.path, "m01")["kind"] == "activity"
    assert file_measure(store.path, "m01")["budget"] == "10.00"


async def test_item3_status_conflict_on_the_measure_screen(app_factory, plan_path):
    """The screen shows "in progress"; someone else saves "completed"; choosing "waiting" is refused
    with a message naming what the file holds, and the screen shows the file's status."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m10")
        PlanStore(plan_path).apply(SetMeasureField("m10", "status", Status.COMPLETED, expected=Status.IN_PROGRESS))
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("up", "enter")  # in progress -> waiting
        await pilot.pause()
        assert file_measure(plan_path, "m10")["status"] == "completed"
        assert any(
            "มีผู้อื่นเปลี่ยนสถานะนี้ก่อน" in n and "“ดำเนินการแล้วเสร็จ”" in n for n in notifications(app)
        ), notifications(app)
        assert screen.query_one("#status", Select).value is Status.COMPLETED


# --- item 5: numbering by dimension, then order within it -----------------------------------------


def _numbering(plan) -> list[tuple[int, int, str]]:
    return [(m.order, m.dimension, m.uid) for m in plan.measures_in_table_order()]


def _assert_official_numbering(plan) -> None:
    rows = _numbering(plan)
    assert [order for order, _, _ in rows] == list(range(1, len(rows) + 1))
    assert [dim for _, dim, _ in rows] == sorted(dim for _, dim, _ in rows)


def test_item5_numbering_by_dimension_after_add_move_and_delete(store):
    new = AddMeasure("โครงการใหม่ในมิติที่ 1", 1)
    plan = store.apply(new)
    _assert_official_numbering(plan)
    assert plan.measure(new.uid).order == 3  # after m01, m02; before dimension 2's first
    assert plan.measure("m03").order == 4 and plan.measure("m15").order == 16
    # moved to dimension 3: last of dimension 3; dimensions 1 and 2 close up
    plan = store.apply(SetMeasureField("m01", "dimension", 3, expected=1))
    _assert_official_numbering(plan)
    assert [m.uid for m in plan.measures_of(3)] == ["m10", "m11", "m01"]
    assert plan.measure("m02").order == 1 and plan.measure("m01").order == 12
    plan = store.apply(RemoveMeasure("m03"))
    _assert_official_numbering(plan)
    assert plan.measure("m04").order == 3
    # the file and the exports hold the same numbering
    _assert_official_numbering(stored_plan(store.path))
    csv_rows = render_export(stored_plan(store.path), ExportOptions(format="csv")).splitlines()[1:]
    assert [(int(r.split(",")[0]), int(r.split(",")[2])) for r in csv_rows] == [
        (order, dim) for order, dim, _ in _numbering(plan)
    ]


def test_item5_a_file_numbered_out_of_order_is_read_numbered_by_dimension(store):
    """A file written by an older version (a new measure of dimension 1 numbered 16) reads in order."""
    data = json.loads(store.path.read_text("utf-8"))
    doc = dict(next(iter(data["measures"].values())), uid="late", order=16, dimension=1, title="เพิ่มทีหลัง")
    data["measures"]["99"] = doc
    store.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    plan = store.load()
    _assert_official_numbering(plan)
    assert [m.uid for m in plan.measures_of(1)] == ["m01", "m02", "late"]
    assert plan.measure("late").order == 3
    csv_rows = render_export(plan, ExportOptions(format="csv")).splitlines()[1:]
    assert [r.split(",")[0] for r in csv_rows[:4]] == ["1", "2", "3", "4"]
    assert "เพิ่มทีหลัง" in csv_rows[2] and csv_rows[3].split(",")[2] == "2"


# --- item 6: status and checklist contradictions ------------------------------------------------


def test_item6_mismatch_in_the_model():
    from tui_app.model import Mismatch

    steps_open = Measure(order=1, title="x", dimension=1, status=Status.COMPLETED)
    steps_open.steps = [Step("a", done=True), Step("b")]
    assert steps_open.mismatch is Mismatch.COMPLETED_WITH_OPEN_STEPS
    steps_open.steps[1].done = True
    assert steps_open.mismatch is None
    steps_open.status = Status.IN_PROGRESS
    assert steps_open.mismatch is Mismatch.ALL_DONE_NOT_COMPLETED
    steps_open.steps = []  # no checklist: nothing to contradict
    assert steps_open.mismatch is None


async def test_item6_mismatch_shown_on_the_measure_screen_and_dimension_table(app_factory, plan_path):
    """Completed with 0/7 steps is accepted (not forbidden) and said where the status is shown."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        line = screen.query_one("#status-mismatch", Static)
        assert not line.display
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "enter")  # in progress -> completed
        await pilot.pause()
        assert file_measure(plan_path, "m01")["status"] == "completed"  # allowed
        assert line.display
        assert "! สถานะเป็น “ดำเนินการแล้วเสร็จ” แต่ทำแล้ว 0 จาก 7 ขั้นตอน" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        text = screen_text(app)
        assert "! ดำเนินการแล้วเสร็จ" in text
        assert "! = สถานะไม่ตรงกับขั้นตอนที่ทำ (1 รายการ)" in text
        app.lang = "en"
        await pilot.pause()
        assert "! = status and steps disagree (items: 1)" in screen_text(app)


async def test_item6_unticking_a_step_of_a_completed_measure_offers_in_progress(app_factory, plan_path):
    from tui_app.screens.dialogs import ConfirmDialog

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m03")  # completed, 5/5
        await pilot.press("space")  # unticks step 1
        await pilot.pause()
        assert file_measure(plan_path, "m03")["steps"][0]["done"] is False
        assert isinstance(app.screen, ConfirmDialog)
        assert "“อยู่ระหว่างดำเนินการ”" in screen_text(app)
        assert file_measure(plan_path, "m03")["status"] == "completed"  # only offered
        await pilot.press("n")  # declined: kept, and the contradiction is shown
        await pilot.pause()
        assert app.screen is screen
        assert "! สถานะเป็น “ดำเนินการแล้วเสร็จ” แต่ทำแล้ว 4 จาก 5 ขั้นตอน" in screen_text(app)
        await pilot.press("down", "space")  # another untick: offered again
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert file_measure(plan_path, "m03")["status"] == "in_progress"
        assert not screen.query_one("#status-mismatch", Static).display


# --- item 7: amounts as typed, rounded with notice, not given, above budget -----------------------


def test_item7_amount_not_given_is_null_and_no_amount_in_sums(store):
    from tui_app.money import read_money

    assert read_money("") == (None, False)
    assert read_money("250.555") == (Decimal("250.56"), True)
    assert read_money("250.5") == (Decimal("250.50"), False)
    store.apply(SetMeasureField("m01", "budget", ""))
    store.apply(SetMeasureField("m02", "budget", "1000"))
    store.apply(SetMeasureField("m02", "disbursed", "250"))
    assert file_measure(store.path, "m01")["budget"] is None  # JSON null, not "0.00"
    plan = stored_plan(store.path)
    assert plan.measure("m01").budget is None
    summary = summarize(plan.measures)
    assert summary.budget == Decimal("1000.00") and summary.disbursed_percent == Decimal("25.00")
    # exports: an empty cell for not given; a real zero still prints 0.00
    tsv = render_export(plan, ExportOptions(format="tsv")).splitlines()
    assert tsv[1].split("\t")[3:5] == ["", "0.00"]
    assert tsv[3].split("\t")[3:5] == ["0.00", "0.00"]
    csv = render_export(plan, ExportOptions(format="csv")).splitlines()
    assert csv[1].split(",")[3:5] == ["", "0.00"]


def test_item7_disbursed_above_budget_warns_beside_the_percent(store):
    store.apply(SetMeasureField("m01", "budget", "100"))
    store.apply(SetMeasureField("m01", "disbursed", "250.56"))
    plan = stored_plan(store.path)
    line = "- เบิกจ่ายงบประมาณ 250.56 บาท คิดเป็นร้อยละ 250.56 (เบิกจ่ายเกินงบประมาณ)"
    assert line in status_text(plan).splitlines()
    assert line in render_export(plan, ExportOptions(format="text")).splitlines()


async def test_item7_rejected_amount_keeps_the_typed_text(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        budget = screen.query_one("#budget")
        for typed, message in (("abc", "“abc” ไม่ใช่จำนวนเงิน"), ("1e9", "“1e9” ไม่ใช่จำนวนเงิน"), ("-5", "ติดลบ")):
            await pilot.press("b", "ctrl+u", *typed, "escape")  # typed, then the field is left
            await pilot.pause()
            assert budget.value == typed and budget.has_class("-invalid")
            assert any(message in n for n in notifications(app))
            assert file_measure(plan_path, "m01")["budget"] == "0.00"
            assert typed in screen_text(app)
        await pilot.press("escape")  # leaving the screen: held once, the field shown
        await pilot.pause()
        assert app.screen is screen and budget.has_focus and budget.value == "-5"


async def test_item7_rounding_is_said_and_empty_is_not_given(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        budget = screen.query_one("#budget")
        await pilot.press("b", "ctrl+u", *"250.555", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["budget"] == "250.56"
        assert budget.value == "250.56"
        assert any("ปัดเศษ 250.555 เป็น 250.56 บาท" in n for n in notifications(app))
        await pilot.press("ctrl+u", "enter")  # emptied: not given, not 0.00
        await pilot.pause()
        assert file_measure(plan_path, "m01")["budget"] is None
        assert budget.value == "" and not budget.has_class("-invalid")
        assert "ไม่ระบุ" in screen_text(app)  # the field's placeholder
        await pilot.press("escape", "escape")  # the field, then the screen
        await pilot.pause()
        row = app.screen.query_one("#measures").get_row("m01")
        assert str(row[5]) == "ไม่ระบุ" and str(row[6]) == "0.00"
        await pilot.press("escape", "t")  # the status table says so too
        await pilot.pause()
        first = next(line for line in screen_text(app).splitlines() if line.lstrip().startswith("1 "))
        assert "ไม่ระบุ" in first and "0.00" in first


async def test_item7_over_budget_warning_on_the_overview_and_status_table(app_factory, plan_path):
    store = PlanStore(plan_path)
    store.apply(SetMeasureField("m01", "budget", "100"))
    store.apply(SetMeasureField("m01", "disbursed", "250.56"))
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "ร้อยละ 250.56 (เบิกจ่ายเกินงบประมาณ)" in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert "ร้อยละ 250.56 (เบิกจ่ายเกินงบประมาณ)" in screen_text(app).replace("\n", " ")
        app.lang = "en"
        await pilot.pause()
        assert "250.56 percent of the budget (more than the budget)" in " ".join(screen_text(app).split())
