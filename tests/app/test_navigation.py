"""One navigation API on the app: ``open_measure``, ``open_dimension``, ``back_to_overview``;
no screen counts places in ``screen_stack``."""

from __future__ import annotations

import re

from conftest import PACKAGE, palette, settle

from tui_app.screens.dimension import DimensionScreen
from tui_app.screens.help import HelpScreen
from tui_app.screens.measure import MeasureScreen
from tui_app.screens.overview import OverviewScreen
from tui_app.screens.status_table import StatusTableScreen

SIZE = (120, 40)


async def test_a_measure_opened_from_the_status_table_goes_back_to_it(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")  # the status table
        await settle(pilot)
        assert isinstance(app.screen, StatusTableScreen) and app.is_above_overview(app.screen)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MeasureScreen)
        assert [type(s) for s in app.screens_above_overview()] == [StatusTableScreen, MeasureScreen]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StatusTableScreen)


async def test_the_palette_closes_everything_above_the_overview_first(app_factory) -> None:
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "enter")  # a measure over the status table
        await settle(pilot)
        await palette(pilot, "Dimension 3")
        assert [type(s) for s in app.screens_above_overview()] == [DimensionScreen]
        assert app.screen.number == 3
        await palette(pilot, "Go to the overview")
        assert isinstance(app.screen, OverviewScreen) and app.screens_above_overview() == []
        assert not app.is_above_overview(app.screen)
        assert app.screen.check_action("back", ()) is False  # nowhere to go back to from here


async def test_back_to_overview_closes_dialogs_too(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        app.open_measure("m07")
        await settle(pilot)
        assert [type(s) for s in app.screens_above_overview()] == [DimensionScreen, MeasureScreen]
        await pilot.press("f1")  # the help screen over the measure
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert app.back_to_overview() is True
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert app.back_to_overview() is True  # nothing above: nothing to do
        assert isinstance(app.screen, OverviewScreen)


def test_no_screen_counts_places_in_the_screen_stack() -> None:
    arithmetic = re.compile(r"screen_stack\s*\[|len\([^)]*screen_stack\)|screen_stack\.index\(")
    found = sorted(
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in PACKAGE.rglob("*.py")
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if arithmetic.search(line) and p.name != "app.py"
    )
    assert found == []
