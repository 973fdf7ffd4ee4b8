"""Regression tests for the screen defects of issue 7 (items 1, 2, 4, 8, 9 and 19).

Each test is named after the item it covers and fails without that item's fix.
"""

from __future__ import annotations

import pytest
from conftest import screen_text, stored_plan
from textual.widgets import Checkbox, Input, TextArea

from tui_app.screens.base import PlanScreen, TopBar
from tui_app.screens.dimension import COLUMNS, DimensionScreen, FilterInput, MeasureTable
from tui_app.screens.measure import MeasureScreen
from tui_app.screens.overview import OverviewScreen
from tui_app.screens.plan_details import AddMeasureDialog, PlanDetailsScreen, StructureTree
from tui_app.screens.status_table import StatusTableScreen
from tui_app.thai import sort_key as thai_sort_key

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


# --- item 9: the dimension table and the export dialog ------------------------------------------


def table_orders(app) -> list[int]:
    """The ลำดับ of the rows, top to bottom, as the dimension table shows them."""
    table = app.screen.query_one(MeasureTable)
    plan = app.session.plan
    return [plan.measure(table.coordinate_to_cell_key((row, 0)).row_key.value).order for row in range(table.row_count)]


async def test_item9_escape_clears_the_filter_before_leaving(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        dimension = app.screen
        assert isinstance(dimension, DimensionScreen)
        await pilot.press("slash", "N", "O", "enter", "s")  # text "NO", then a status filter
        await pilot.pause()
        assert dimension.query_text == "NO" and dimension.status_filter is not None
        assert isinstance(app.focused, MeasureTable)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dimension  # still here: the filters went first
        assert dimension.query_text == "" and dimension.status_filter is None
        assert dimension.query_one(FilterInput).value == ""
        assert table_orders(app) == [3, 4, 5, 6, 7, 8, 9]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)


def test_item9_thai_sort_key_follows_the_dictionary() -> None:
    assert sorted(["มาตรการ", "โครงการ", "กิจกรรม"], key=thai_sort_key) == ["กิจกรรม", "โครงการ", "มาตรการ"]
    # a leading vowel sorts after its consonant; a tone mark only parts otherwise equal words
    words = ["ไข่", "ขา", "ไก่", "แก", "เกม", "ก่า", "กา"]
    assert sorted(words, key=thai_sort_key) == ["กา", "ก่า", "เกม", "แก", "ไก่", "ขา", "ไข่"]
    assert thai_sort_key("ข้อ ๑๒") == thai_sort_key("ข้อ 12")


async def test_item9_dimension_sorts_kind_and_title_in_thai_order(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("o")  # by kind: กิจกรรม, โครงการ, มาตรการ (as the screen names them)
        await pilot.pause()
        assert app.screen.sort_column == "kind"
        assert table_orders(app) == [7, 4, 8, 3, 5, 6, 9]
        await pilot.press("o")  # by title: กิจกรรม…, โครงการ…, มาตรการ…
        await pilot.pause()
        assert app.screen.sort_column == "title"
        assert table_orders(app)[:3] == [7, 4, 8]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_item9_sort_arrow_shows_on_every_sorted_column(app_factory, size) -> None:
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await pilot.press("1")
        await pilot.pause()
        screen = app.screen
        for column in COLUMNS:
            assert screen.sort_column == column
            for reverse, arrow in ((False, "↑"), (True, "↓")):
                header = next(line for line in screen_text(app).splitlines() if "งบประมาณ" in line)
                assert arrow in header, (column, header)
                if not reverse:
                    await pilot.press("O")
                    await pilot.pause()
            await pilot.press("o")
            await pilot.pause()


async def test_item9_export_checkboxes_read_on_and_off_without_colour(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t", "x")
        await pilot.pause()
        text = screen_text(app)
        assert "[ ] เลขไทย" in text and "[x] สรุปผล" in text
        box = app.screen.query_one("#export-summary", Checkbox)
        box.focus()
        await pilot.press("space")
        await pilot.pause()
        assert not box.value
        assert "[ ] สรุปผล" in screen_text(app)


async def test_item9_as_of_date_is_whole_at_80_columns(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        top = screen_text(app).splitlines()[0]
        assert "ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566" in top
