"""A change names the measures it touched (``Change.touched``), and the screens redraw just those:
a tick in a large plan redraws one row of the dimension table underneath and one step of the
checklist, nothing else. Whatever took that short way, the screens show what a full redraw
shows: after a tick that moves a sorted row, hides a filtered one or brings the ``!`` mark, and
after the whole plan changed (someone else's save, an undo), where nothing is known to be
untouched."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import open_measure, poll, screen_text, stored_plan

from tui_app.changes import (
    AddMeasure,
    AddStep,
    RemoveMeasure,
    RenameDimension,
    SetCannot,
    SetMeasureField,
    SetNationalField,
    SetStepDone,
    SetStepText,
)
from tui_app.model import Plan, Status, Step
from tui_app.screens import dimension as dimension_module
from tui_app.screens.dimension import COLUMNS, DimensionScreen, MeasureTable, filter_and_sort
from tui_app.screens.measure import MeasureScreen, StepList
from tui_app.session import Session
from tui_app.store import PlanStore

SIZE = (120, 40)
BIG = 400


def _big_plan(path, count: int = BIG) -> None:
    """The sample plan's measures copied to ``count`` (each with its own steps), saved through the store."""
    store = PlanStore(path)
    store.open()
    plan = store.load()
    sample = plan.measures_in_table_order()
    measures = []
    for i in range(count):
        m = sample[i % len(sample)]
        steps = [Step(s.text, done=s.done, uid=f"x{i:04d}s{k}") for k, s in enumerate(m.steps)]
        measures.append(dataclasses.replace(m, uid=f"x{i:04d}", order=i + 1, steps=steps))
    plan.measures = measures
    store.save_plan(plan)


def _first_with_open_steps(plan: Plan, dimension: int) -> str:
    return next(m.uid for m in plan.measures_of(dimension) if len(m.steps) > 2 and not m.all_steps_done)


def _cells(table: MeasureTable) -> dict[str, tuple]:
    """Every row's cells as the table holds them (the objects themselves), by uid."""
    return {row.value: tuple(table.get_row(row)) for row in table.rows}


def assert_table_is_the_plan(screen: DimensionScreen) -> None:
    """The table holds exactly what a full redraw from the plan would put there, in its order."""
    plan = screen.plan
    measures = plan.measures_of(screen.number)
    shown = filter_and_sort(
        measures, screen.query_text, screen.status_filter, screen.sort_column, screen.sort_reverse,
        kind_label=screen._kind_label,
    )
    table = screen.query_one(MeasureTable)
    assert [row.key.value for row in table.ordered_rows] == [m.uid for m in shown]
    layout = screen._layout
    assert layout is not None
    for m in shown:
        expected = [cell.plain for cell in screen._cells(m, layout.short_status, layout.widths["title"])]
        assert [cell.plain for cell in table.get_row(m.uid)] == expected, m.uid
    mismatched = sum(1 for m in measures if m.mismatch)
    assert screen.query_one("#dimension-mismatch").display is (mismatched > 0)


# --- the changes say what they touch -----------------------------------------------------------


def test_a_change_of_one_measure_names_it_and_a_change_that_renumbers_names_none():
    assert SetStepDone("m1", "s1", True).touched == {"m1"}
    assert SetStepText("m1", "s1", "ข้อความ").touched == {"m1"}
    assert AddStep("m1", "ขั้นใหม่").touched == {"m1"}
    assert SetMeasureField("m1", "result", "ผล").touched == {"m1"}
    assert SetMeasureField("m1", "status", "completed").touched == {"m1"}
    assert SetNationalField("m1", "indicator", "ตัวชี้วัด").touched == {"m1"}
    assert SetCannot("m1", "no_budget").touched == {"m1"}
    # a new dimension or order numbers the others again; adding or removing a measure too
    assert SetMeasureField("m1", "dimension", 2).touched is None
    assert SetMeasureField("m1", "order", 3).touched is None
    assert AddMeasure("ใหม่", 1).touched is None
    assert RemoveMeasure("m1").touched is None
    assert RenameDimension(1, "มิติ").touched is None


def test_the_session_passes_on_what_a_change_touched_and_none_when_it_read_the_file_afresh(plan_path):
    store = PlanStore(plan_path)
    store.open()
    session = Session(store)
    assert session.accept(SetStepDone("m01", "m01s01", True)).touched == {"m01"}
    session.flush()
    refused = session.accept(SetStepDone("m01", "gone", True))
    assert refused.error is not None and refused.touched == {"m01"}  # the screen puts back what it shows
    PlanStore(plan_path).apply(SetMeasureField("m02", "result", "ของคนอื่น"))  # someone else saves
    outcome = session.accept(SetStepDone("m01", "m01s02", True))
    assert outcome.error is None and outcome.touched is None  # read afresh: m02 changed too
    assert session.plan.measure("m02").result == "ของคนอื่น"


# --- a tick redraws one row and one step ----------------------------------------------------------


async def test_a_tick_in_a_large_plan_redraws_one_row_of_the_dimension_and_one_step(
    app_factory, plan_path, monkeypatch
):
    _big_plan(plan_path)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        uid = _first_with_open_steps(app.session.plan, 1)
        screen = await open_measure(pilot, uid)
        dimension = app.screen_stack[-2]
        assert isinstance(dimension, DimensionScreen)
        table = dimension.query_one(MeasureTable)
        assert table.row_count > 50
        before = _cells(table)
        drawn: list[str] = []
        real_drawn_cells = dimension._drawn_cells
        monkeypatch.setattr(
            dimension, "_drawn_cells", lambda m, *a: drawn.append(m.uid) or real_drawn_cells(m, *a)
        )
        fills: list[object] = []
        monkeypatch.setattr(dimension, "_fill", lambda *a: fills.append(a))
        layouts: list[object] = []
        real_layout = dimension_module.compute_layout
        monkeypatch.setattr(dimension_module, "compute_layout", lambda *a: layouts.append(a) or real_layout(*a))
        steps = screen.query_one(StepList)
        options = list(steps.options)
        cleared: list[bool] = []
        real_clear = steps.clear_options
        monkeypatch.setattr(steps, "clear_options", lambda: cleared.append(True) or real_clear())

        step = next(i for i, s in enumerate(screen.measure.steps) if not s.done)
        for _ in range(step):
            await pilot.press("down")
        await pilot.press("space")
        await pilot.pause()

        measure = stored_plan(plan_path).measure(uid)
        assert measure.steps[step].done is True  # saved
        # the dimension underneath: that row's cells redrawn, no other row looked at again
        assert drawn == [uid] and fills == [] and layouts == []
        after = _cells(table)
        assert after.keys() == before.keys()
        assert [u for u in before if any(a is not b for a, b in zip(before[u], after[u], strict=True))] == [uid]
        assert table.get_cell(uid, "steps").plain == f"{measure.steps_done}/{len(measure.steps)}"
        assert_table_is_the_plan(dimension)
        # the checklist: the ticked step's option redrawn, the others kept as they were
        assert cleared == []
        assert [o is p for o, p in zip(options, steps.options, strict=True)] == [True] * len(options)
        assert f"[x] {step + 1}." in screen_text(app)
        assert screen.current_step_uid() == measure.steps[step].uid


async def test_a_change_of_another_measure_leaves_the_measure_screen_as_it_is(app_factory, plan_path, monkeypatch):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        assert isinstance(screen, MeasureScreen)
        redrawn: list[bool] = []
        monkeypatch.setattr(screen, "_fill_steps", lambda m: redrawn.append(True))
        assert app.submit(SetMeasureField("m02", "remarks", "อื่น", expected=""))
        await pilot.pause()
        assert redrawn == []
        assert app.submit(SetMeasureField("m01", "remarks", "นี่", expected=""))
        await pilot.pause()
        assert redrawn == [True]


# --- the short way gives what the long way gives ------------------------------------------------


async def test_a_tick_that_moves_a_sorted_row_brings_the_mark_or_changes_a_filtered_status_redraws_right(
    app_factory, plan_path
):
    _big_plan(plan_path, 120)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        plan = app.session.plan
        uid = _first_with_open_steps(plan, 1)
        await pilot.press("1")
        await pilot.pause()
        dimension = app.screen
        assert isinstance(dimension, DimensionScreen)
        # sorted by steps done: a tick moves the row
        while dimension.sort_column != "steps":
            await pilot.press("o")
        await pilot.pause()
        assert_table_is_the_plan(dimension)
        measure = plan.measure(uid)
        open_steps = [s for s in measure.steps if not s.done]
        assert app.submit(SetStepDone(uid, open_steps[0].uid, True, expected=False))
        await pilot.pause()
        assert_table_is_the_plan(dimension)
        # every step done, status not "completed": the mark and the line above the table
        for s in open_steps[1:]:
            assert app.submit(SetStepDone(uid, s.uid, True, expected=False))
        await pilot.pause()
        assert measure.mismatch is not None
        assert dimension.query_one(MeasureTable).get_cell(uid, "status").plain.startswith("! ")
        assert_table_is_the_plan(dimension)
        # filtered by its status: a new status takes it out of the table
        while dimension.status_filter is not measure.status:
            await pilot.press("s")
        await pilot.pause()
        assert uid in [row.value for row in dimension.query_one(MeasureTable).rows]
        assert app.submit(SetMeasureField(uid, "status", Status.COMPLETED.value, expected=measure.status))
        await pilot.pause()
        assert uid not in [row.value for row in dimension.query_one(MeasureTable).rows]
        assert_table_is_the_plan(dimension)
        # a measure of another dimension: nothing here changes
        other = next(m for m in plan.measures if m.dimension != 1)
        assert app.submit(SetMeasureField(other.uid, "remarks", "ที่อื่น", expected=other.remarks))
        await pilot.pause()
        assert_table_is_the_plan(dimension)


async def test_the_screens_show_someone_elses_save_and_an_undo_in_full(app_factory, plan_path):
    _big_plan(plan_path, 120)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        uid = _first_with_open_steps(app.session.plan, 1)
        screen = await open_measure(pilot, uid)
        dimension = app.screen_stack[-2]
        assert isinstance(dimension, DimensionScreen)
        # someone else ticks a step of another measure of the dimension and retitles a third
        others = [m for m in app.session.plan.measures_of(1) if m.uid != uid and m.steps and not m.all_steps_done]
        ticked, retitled = others[0], others[1]
        step = next(s for s in ticked.steps if not s.done)
        PlanStore(plan_path).apply(SetStepDone(ticked.uid, step.uid, True))
        PlanStore(plan_path).apply(SetMeasureField(retitled.uid, "title", "ชื่อใหม่ของอีกคน"))
        await poll(pilot)
        table = dimension.query_one(MeasureTable)
        stored = stored_plan(plan_path)
        theirs = stored.measure(ticked.uid)
        assert table.get_cell(ticked.uid, "steps").plain == f"{theirs.steps_done}/{len(theirs.steps)}"
        assert table.get_cell(retitled.uid, "title").plain == "ชื่อใหม่ของอีกคน"
        assert_table_is_the_plan(dimension)
        # this user's tick, then ctrl+z: both screens back to what the file holds
        done_before = stored.measure(uid).steps_done
        await pilot.press("space")
        await pilot.pause()
        assert table.get_cell(uid, "steps").plain.startswith(f"{done_before + 1}/")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert stored_plan(plan_path).measure(uid).steps_done == done_before
        assert table.get_cell(uid, "steps").plain.startswith(f"{done_before}/")
        assert f"({done_before}/{len(screen.measure.steps)} done)" in screen_text(app)
        assert_table_is_the_plan(dimension)


@pytest.mark.parametrize("column", COLUMNS)
async def test_every_sort_column_keeps_the_order_after_a_tick(app_factory, plan_path, column):
    _big_plan(plan_path, 60)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        dimension = app.screen
        assert isinstance(dimension, DimensionScreen)
        while dimension.sort_column != column:
            await pilot.press("o")
        await pilot.press("O")  # reversed too
        await pilot.pause()
        for m in list(dimension.plan.measures_of(1))[:6]:
            open_step = next((s for s in m.steps if not s.done), None)
            if open_step is not None:
                assert app.submit(SetStepDone(m.uid, open_step.uid, True, expected=False))
                await pilot.pause()
                assert_table_is_the_plan(dimension)


async def test_a_tick_lays_nothing_out_again_and_a_save_sooner_than_the_delay_shows_no_marker(
    app_factory, plan_path, monkeypatch
):
    from textual.screen import Screen

    from tui_app.screens import base

    monkeypatch.setattr(base, "UNSAVED_DELAY", 3600.0)  # every save here ends sooner
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        layouts: list[Screen] = []
        real_layout = Screen._refresh_layout
        monkeypatch.setattr(
            Screen, "_refresh_layout", lambda self, *a, **k: layouts.append(self) or real_layout(self, *a, **k)
        )
        marker = screen.query_one("#topbar-unsaved")
        classes: list[bool] = []
        real_add = marker.add_class
        monkeypatch.setattr(marker, "add_class", lambda *names, **k: classes.append(True) or real_add(*names, **k))
        await pilot.press("space")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").steps[0].done is True
        assert "[x] 1." in screen_text(app)
        assert screen not in layouts  # the step, the count: drawn in place
        assert classes == [] and not marker.has_class("-shown")
