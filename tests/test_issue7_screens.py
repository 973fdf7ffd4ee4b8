"""Regression tests for the screen defects of issue 7 (items 1, 2, 4, 8, 9 and 19).

Each test is named after the item it covers and fails without that item's fix.
"""

from __future__ import annotations

import pytest
from conftest import screen_text

from tui_app.screens.base import PlanScreen, TopBar
from tui_app.screens.dimension import DimensionScreen
from tui_app.screens.measure import MeasureScreen
from tui_app.screens.plan_details import PlanDetailsScreen
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
