"""Regression tests for the screen defects of issue 7 (items 1, 2, 4, 8, 9 and 19).

Each test is named after the item it covers and fails without that item's fix.
"""

from __future__ import annotations

import pytest
from conftest import screen_text, stored_plan
from textual.widgets import Input, TextArea

from tui_app.screens.base import PlanScreen, TopBar
from tui_app.screens.dimension import DimensionScreen
from tui_app.screens.measure import MeasureScreen
from tui_app.screens.overview import OverviewScreen
from tui_app.screens.plan_details import AddMeasureDialog, PlanDetailsScreen, StructureTree
from tui_app.screens.status_table import StatusTableScreen

# --- item 19: a screen closed before it finished mounting ---------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda plan: DimensionScreen(1),
        lambda plan: MeasureScreen(plan.measures[0].uid),
        lambda plan: PlanDetailsScreen(),
        lambda plan: StatusTableScreen(),
    ],
    ids=["dimension", "measure", "plan_details", "status_table"],
)
async def test_item19_escape_before_the_screen_mounted_does_not_crash(app_factory, make) -> None:
    """The ordering of the crash: a screen is pushed (a click on a row) and Esc reaches it before
    its mount handler ran. Esc waits for the mount, then closes the screen; nothing is queried
    on a screen already taken apart."""
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        overview = app.screen
        screen = make(app.session.plan)
        app.push_screen(screen)
        assert not screen.is_mounted
        screen.action_back()  # what the Esc binding runs, before the screen had a chance to mount
        await pilot.pause()
        await pilot.pause()
        assert app._exception is None
        assert app.screen is overview
        assert not screen.is_attached


async def test_item19_top_bar_never_queries_its_labels(app_factory) -> None:
    """The unsaved marker is drawn into the bar's own labels, mounted or not."""
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = TopBar()
        bar._show_unsaved(3)  # before compose: nothing to query, and nothing must fail
        bar.set_title("x")
        assert bar._unsaved.has_class("-shown")
        assert isinstance(app.screen, PlanScreen)


# --- item 1: single-letter keys act; they never type into a field nobody chose ------------------


async def test_item1_plan_details_letter_keys_do_not_type(app_factory, plan_path) -> None:
    """overview → p → a → Esc: the add dialog opened and closed; the organization is untouched."""
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanDetailsScreen)
        assert isinstance(app.focused, StructureTree)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddMeasureDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert "เทศบาลตำบลโพธิ์ทองa" not in screen_text(app)
    assert stored_plan(plan_path).organization == "เทศบาลตำบลโพธิ์ทอง"


@pytest.mark.parametrize("keys_", [("p",), ("t",), ("1",), ("1", "enter"), ("t", "x")], ids=str)
async def test_item1_every_screen_opens_with_focus_off_text_fields(app_factory, keys_) -> None:
    """Each screen opens with the focus where its letter keys act, never in a text field."""
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in keys_:
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, PlanScreen) and app.screen is not app.screen_stack[1]
        assert app.focused is not None
        assert not isinstance(app.focused, Input | TextArea), app.focused
