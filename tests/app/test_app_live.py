"""Two people on one file: what one saves shows in the other's app at its next poll (the timer's
work, run here by :func:`conftest.poll`; one test waits for the timer itself), nobody's save is
lost, and a refresh never takes away what someone is typing."""

from __future__ import annotations

from conftest import file_measure, notifications, open_measure, poll, screen_text, wait_until
from textual.widgets import Select

from tui_app.changes import RemoveMeasure, SetMeasureField, SetStepDone
from tui_app.model import Status
from tui_app.screens.dimension import DimensionScreen, MeasureTable
from tui_app.screens.measure import AmountInput, FieldTextArea, MeasureScreen, StepList
from tui_app.store import PlanStore

SIZE = (120, 40)
POLL = 0.1


async def test_a_tick_in_one_app_shows_in_the_other_and_no_save_is_lost(app_factory, plan_path):
    first, second = app_factory(), app_factory()
    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        screen_one = await open_measure(one, "m01")
        screen_two = await open_measure(two, "m01")
        await two.press("down")  # the second person works on step 2
        await one.press("space")  # both tick, one right after the other
        await two.press("space")
        await poll(one)
        await poll(two)
        saved = [s["done"] for s in file_measure(plan_path, "m01")["steps"]]
        assert saved[:3] == [True, True, False]
        for app in (first, second):
            text = screen_text(app)
            assert "[x] 1." in text and "[x] 2." in text and "ทำแล้ว 2/7" in text
        assert screen_one.current_step_uid() == "m01s01"  # each keeps its own cursor
        assert screen_two.current_step_uid() == "m01s02"
        assert screen_one.query_one(StepList).has_focus


async def test_a_save_through_another_store_shows_within_the_poll(app_factory, plan_path):
    app = app_factory(poll_seconds=POLL)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m07")
        await pilot.press("down", "down")
        PlanStore(plan_path).apply(SetStepDone("m07", "m07s01", True))
        PlanStore(plan_path).apply(SetMeasureField("m07", "status", "completed"))
        await wait_until(pilot, lambda: "[x] 1." in screen_text(app))  # the poll timer's work
        assert screen.query_one("#status", Select).value is Status.COMPLETED
        assert screen.current_step_uid() == "m07s03"  # the cursor row stayed


async def test_refresh_keeps_what_is_being_typed(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        result = screen.query_one("#result", FieldTextArea)
        remarks = screen.query_one("#remarks", FieldTextArea)
        budget = screen.query_one("#budget", AmountInput)
        await pilot.press("r")
        result.load_text("")
        await pilot.press(*"my draft")
        # meanwhile someone else saves the result, the remarks and the budget
        other = PlanStore(plan_path)
        other.apply(SetMeasureField("m01", "result", "their result"))
        other.apply(SetMeasureField("m01", "remarks", "their remarks"))
        other.apply(SetMeasureField("m01", "budget", "500"))
        await poll(pilot)
        assert result.text == "my draft" and result.has_focus  # untouched
        assert remarks.text == "their remarks"  # not focused, not edited: refreshed
        assert budget.value == "500.00"
        # saving now would overwrite their result: refused with a message, the draft stays
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["result"] == "their result"
        assert any("มีผู้อื่นแก้ไขผลการดำเนินการนี้ก่อน" in n for n in notifications(app))
        assert result.text == "my draft"
        # leaving the field does not save it over theirs either...
        await pilot.press("escape")
        await poll(pilot)
        assert file_measure(plan_path, "m01")["result"] == "their result"
        assert result.text == "my draft"
        # ...only an explicit save does
        await pilot.press("r", "ctrl+o")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["result"] == "my draft"
        assert file_measure(plan_path, "m01")["remarks"] == "their remarks"


async def test_an_amount_being_typed_survives_a_refresh(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        budget = screen.query_one("#budget", AmountInput)
        await pilot.press("b")
        budget.value = ""
        await pilot.press(*"77")
        PlanStore(plan_path).apply(SetMeasureField("m01", "disbursed", "10"))
        await poll(pilot)
        assert budget.value == "77" and budget.has_focus
        assert screen.query_one("#disbursed", AmountInput).value == "10.00"
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["budget"] == "77.00"


async def test_the_dimension_table_refreshes_and_keeps_its_cursor(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "down", "down")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DimensionScreen) and screen.current_uid() == "m05"
        PlanStore(plan_path).apply(SetMeasureField("m07", "status", "cannot"))
        await poll(pilot)
        table = screen.query_one(MeasureTable)
        assert str(table.get_row("m07")[3]) == "ไม่สามารถดำเนินการได้"
        assert screen.current_uid() == "m05"


async def test_a_measure_removed_by_someone_else_closes_with_a_message(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m07")
        PlanStore(plan_path).apply(RemoveMeasure("m07"))
        await poll(pilot)
        assert isinstance(app.screen, DimensionScreen)
        assert any("ถูกลบโดยผู้อื่น" in n for n in notifications(app))
        assert app.screen.query_one(MeasureTable).row_count == 6
        assert not any(isinstance(s, MeasureScreen) for s in app.screen_stack)
