"""The history screens: h on a measure, h and the palette on the overview; filters; enter opens."""

from __future__ import annotations

from pathlib import Path

from conftest import open_measure, screen_text
from textual.widgets import Input, Select

from tui_app import history
from tui_app.changes import AddStep, SetMeasureField, SetPlanField
from tui_app.screens.dialogs import ConfirmDialog
from tui_app.screens.history import HistoryScreen, HistoryTable
from tui_app.screens.measure import MeasureScreen
from tui_app.screens.plan_details import PlanDetailsScreen
from tui_app.store import PlanStore

SIZE = (120, 40)


def others_save(path: Path) -> None:
    PlanStore(path, who=history.Who("malee", "มาลี")).apply(SetMeasureField("m01", "remarks", "หมายเหตุของมาลี"))
    PlanStore(path, who=history.Who("somchai")).apply(SetMeasureField("m02", "result", "ผลของสมชาย"))
    PlanStore(path, who=history.Who("somchai")).apply(AddStep("m01", "ขั้นตอนของสมชาย"))
    PlanStore(path, who=history.Who("preecha")).apply(SetPlanField("reporter", "นายปรีชา"))


def rows(app) -> list[list[str]]:
    table = app.screen.query_one(HistoryTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_h_on_a_measure_shows_its_history_newest_first(app_factory, plan_path: Path):
    others_save(plan_path)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m01")
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        shown = rows(app)
        assert [r[1] for r in shown] == ["somchai", "มาลี (malee)"]  # only m01's, newest first
        assert shown[0][5] == "ขั้นตอนของสมชาย" and shown[1][5] == "หมายเหตุของมาลี"
        assert "Change history of item 1" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MeasureScreen)


async def test_the_whole_plan_history_from_the_overview_filters_by_person_and_field(app_factory, plan_path: Path):
    others_save(plan_path)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert [r[1] for r in rows(app)] == ["preecha", "somchai", "somchai", "มาลี (malee)"]
        await pilot.press("w", *"somch")
        await pilot.pause()
        assert app.screen.query_one("#history-who", Input).value == "somch"
        assert [r[5] for r in rows(app)] == ["ขั้นตอนของสมชาย", "ผลของสมชาย"]
        await pilot.press("enter")  # back to the table
        app.screen.query_one("#history-field", Select).value = "field.result"
        await pilot.pause()
        assert [r[5] for r in rows(app)] == ["ผลของสมชาย"]
        # enter opens the entry's record
        app.screen.query_one(HistoryTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeasureScreen) and app.screen.uid == "m02"


async def test_the_palette_opens_the_history_and_enter_on_a_plan_field_opens_plan_details(app_factory, plan_path: Path):
    others_save(plan_path)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Change history of the whole")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert rows(app)[0][3] == "reporter"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlanDetailsScreen)


async def test_a_change_made_in_the_app_appears_in_the_history_with_this_user(app_factory, plan_path: Path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m03")
        await pilot.press("space")
        await pilot.pause()
        if isinstance(app.screen, ConfirmDialog):  # unticking a completed measure's step offers "in progress"
            await pilot.press("n")
            await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        done = PlanStore(plan_path).load().measure("m03").steps[0].done
        first = rows(app)[0]
        assert first[1] == history.current_login() and first[3] == "step 1 · done"
        marks = {True: "✓", False: "✗"}
        assert (first[4], first[5]) == (marks[not done], marks[done])
        assert f"{marks[not done]} → {marks[done]}" in screen_text(app)
