"""Undo and redo (ctrl+z / ctrl+y, the palette) of this user's own saved changes of the session."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import notifications, open_measure, screen_text, stored_plan

from tui_app import history
from tui_app.changes import AddStep, RemoveMeasure, SetMeasureField
from tui_app.session import Session
from tui_app.store import PlanStore

SIZE = (120, 40)


async def test_ctrl_z_takes_back_a_tick_and_ctrl_y_makes_it_again_each_a_saved_change(app_factory, plan_path: Path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m01")
        before = stored_plan(plan_path).measure("m01").steps[0].done
        await pilot.press("space")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").steps[0].done is not before
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").steps[0].done is before
        assert "[ ] 1." in screen_text(app)
        assert any(n.startswith("Undone: step 1 · done") for n in notifications(app))
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").steps[0].done is not before
        assert "[x] 1." in screen_text(app)
    kinds = [(e["kind"], e["before"], e["after"]) for e in PlanStore(plan_path).history()]
    assert kinds == [("SetStepDone", before, not before), ("undo", not before, before), ("redo", before, not before)]


async def test_undo_from_the_palette(app_factory, plan_path: Path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        app.submit(SetMeasureField("m02", "remarks", "พิมพ์ผิด"))
        await pilot.press("ctrl+p")
        await pilot.press(*"Undo your latest")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m02").remarks == ""


async def test_undo_is_refused_when_someone_else_changed_the_field_since_naming_who_and_when(
    app_factory, plan_path: Path
):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        assert app.submit(SetMeasureField("m03", "remarks", "ของฉัน"))
        await pilot.pause()  # saved (in the worker) before she saves hers
        PlanStore(plan_path, who=history.Who("malee", "มาลี ศรีสุข")).apply(SetMeasureField("m03", "remarks", "ของมาลี"))
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m03").remarks == "ของมาลี"  # never applied over her
        message = next(n for n in notifications(app) if "Cannot undo" in n)
        assert "มาลี ศรีสุข (malee)" in message and "remarks" in message
        when = history.thai_time(PlanStore(plan_path).history()[-1]["at"])
        assert when in message and re.search(r"/25[0-9]{2} ", when)
        assert app.session.plan.measure("m03").remarks == "ของมาลี"  # the screen shows her text
    assert [e["kind"] for e in PlanStore(plan_path).history()] == ["SetMeasureField", "SetMeasureField"]


def test_only_this_sessions_own_changes_are_undone_newest_first(plan_path: Path):
    store = PlanStore(plan_path)
    store.open()
    session = Session(store)
    original = stored_plan(plan_path).measure("m05").result
    PlanStore(plan_path, who=history.Who("malee")).apply(SetMeasureField("m04", "remarks", "ไม่ใช่ของฉัน"))
    session.submit(SetMeasureField("m05", "result", "หนึ่ง"))
    session.submit(AddStep("m05", "ขั้นตอนใหม่"))
    assert session.undo().saved
    assert [s.text for s in stored_plan(plan_path).measure("m05").steps if s.text == "ขั้นตอนใหม่"] == []
    assert session.undo().saved
    assert stored_plan(plan_path).measure("m05").result == original
    outcome = session.undo()
    assert not outcome.saved and outcome.error.key == "history.nothing_to_undo"
    assert stored_plan(plan_path).measure("m04").remarks == "ไม่ใช่ของฉัน"
    assert session.redo().saved and session.redo().saved
    plan = stored_plan(plan_path)
    assert plan.measure("m05").result == "หนึ่ง" and plan.measure("m05").steps[-1].text == "ขั้นตอนใหม่"


def test_undo_of_a_removed_measure_puts_it_back_with_its_number(plan_path: Path):
    store = PlanStore(plan_path)
    store.open()
    session = Session(store)
    before = stored_plan(plan_path)
    session.submit(RemoveMeasure("m02"))
    assert len(stored_plan(plan_path).measures) == len(before.measures) - 1
    assert session.undo().saved
    after = stored_plan(plan_path)
    assert sorted((m.order, m.uid, m.title, m.remarks) for m in after.measures) == sorted(
        (m.order, m.uid, m.title, m.remarks) for m in before.measures
    )


def test_a_new_change_empties_the_redo_list(plan_path: Path):
    store = PlanStore(plan_path)
    store.open()
    session = Session(store)
    original = stored_plan(plan_path).measure("m06").remarks
    session.submit(SetMeasureField("m06", "remarks", "ก"))
    session.undo()
    session.submit(SetMeasureField("m06", "result", "ข"))
    assert session.redo().error.key == "history.nothing_to_redo"
    assert stored_plan(plan_path).measure("m06").remarks == original


def test_a_refused_undo_of_a_removal_names_the_item_in_the_users_language(plan_path: Path):
    store = PlanStore(plan_path)
    store.open()
    session = Session(store)
    session.submit(AddStep("m07", "ขั้นตอนที่จะถูกแก้"))
    new = stored_plan(plan_path).measure("m07").steps[-1]
    from tui_app.changes import SetStepText

    PlanStore(plan_path, who=history.Who("malee")).apply(SetStepText("m07", new.uid, "มาลีแก้แล้ว"))
    error = session.undo().error
    assert error.key == "history.undo_conflict"
    assert "malee" in error.message("en") and "step text" in error.message("en")
    assert "ข้อความขั้นตอน" in error.message("th")
    assert stored_plan(plan_path).measure("m07").steps[-1].text == "มาลีแก้แล้ว"
