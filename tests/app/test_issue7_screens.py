"""Regression tests for the screen defects of issue 7 (items 1, 2, 4, 8, 9 and 19).

Each test is named after the item it covers and fails without that item's fix.
"""

from __future__ import annotations

import pytest
from conftest import open_measure, screen_text, stored_plan
from textual._xterm_parser import XTermParser
from textual.binding import Binding
from textual.widgets import Checkbox, Input, TextArea

from tui_app.app import TuiApp
from tui_app.changes import SetMeasureField, SetPlanField
from tui_app.screens.base import KEDMANEE, PlanScreen, TopBar
from tui_app.screens.conflict import ConflictNote
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.dimension import COLUMNS, DimensionScreen, FilterInput, MeasureTable
from tui_app.screens.export_dialog import ExportScreen
from tui_app.screens.help import HelpScreen
from tui_app.screens.measure import FieldTextArea, MeasureScreen, StepList
from tui_app.screens.overview import OverviewScreen
from tui_app.screens.plan_details import AddMeasureDialog, PlanDetailsScreen, StructureTree
from tui_app.screens.status_table import StatusTableScreen
from tui_app.store import PlanStore
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
        assert "Esc ล้างตัวกรอง" in screen_text(app).splitlines()[-1]  # the footer says what Esc does
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dimension  # still here: the filters went first
        assert dimension.query_text == "" and dimension.status_filter is None
        assert dimension.query_one(FilterInput).value == ""
        assert table_orders(app) == [3, 4, 5, 6, 7, 8, 9]
        assert "Esc กลับ" in screen_text(app).splitlines()[-1]
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


# --- item 4: Thai-layout keys whose characters are vowel or tone marks --------------------------


async def type_as_terminal(pilot, text: str) -> None:
    """Send ``text`` as the terminal does: its UTF-8 input read by Textual's own parser, so each
    character arrives as the key event a real Thai keyboard makes (``ิ`` is the key
    ``thai_character_sara_i``)."""
    app = pilot.app
    for event in XTermParser().feed(text):
        event.set_sender(app)
        app._driver.send_message(event)
        await pilot.pause()
    await pilot.pause()


def _bound_keys(cls) -> dict[str, set[str]]:
    """key -> actions, as Textual reads a class's own BINDINGS."""
    found: dict[str, set[str]] = {}
    for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
        found.setdefault(binding.key, set()).add(binding.action)
    return found


_BOUND_CLASSES = [
    TuiApp,
    OverviewScreen,
    DimensionScreen,
    MeasureScreen,
    StepList,
    PlanDetailsScreen,
    StructureTree,
    AddMeasureDialog,
    StatusTableScreen,
    ExportScreen,
    ConfirmDialog,
    PromptDialog,
    HelpScreen,
]


#: the Kedmanee keys whose Thai character is a vowel or tone mark (written out here, not taken
#: from the program's table, so that a table that leaves them out fails)
_MARK_KEYS = {
    "y": "\u0e31", "u": "\u0e35", "b": "\u0e34", "n": "\u0e37", "h": "\u0e49", "j": "\u0e48",
    "Y": "\u0e4d", "U": "\u0e4a", "H": "\u0e47", "J": "\u0e4b", "B": "\u0e3a", "N": "\u0e4c",
}  # fmt: skip


@pytest.mark.parametrize("cls", _BOUND_CLASSES, ids=lambda c: c.__name__)
def test_item4_every_bound_letter_has_its_thai_layout_key(cls) -> None:
    layout = {**KEDMANEE, **_MARK_KEYS}
    bound = _bound_keys(cls)
    for key, actions in bound.items():
        if len(key) == 1 and key.isascii() and key.isalpha():
            thai_key = next(Binding.make_bindings([Binding(layout[key], "x")])).key
            assert actions <= bound.get(thai_key, set()), (cls.__name__, key, layout[key], thai_key)


async def test_item4_thai_mark_keys_work_in_the_measure_screen(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_measure(pilot, "m01")
        steps = screen.query_one(StepList)
        await type_as_terminal(pilot, "\u0e34")  # b → ิ: the budget field
        assert app.focused is screen.query_one("#budget")
        await pilot.press("escape")
        await type_as_terminal(pilot, "\u0e37")  # n → ื: the remarks
        assert app.focused is screen.query_one("#remarks")
        await pilot.press("escape")
        assert app.focused is steps
        first = [s.uid for s in app.session.plan.measure("m01").steps]
        steps.highlighted = 0
        await type_as_terminal(pilot, "\u0e4b")  # shift+j → ๋: the step moves down
        moved = [s.uid for s in stored_plan(plan_path).measure("m01").steps]
        assert moved == [first[1], first[0], *first[2:]]


async def test_item4_thai_mark_keys_answer_the_confirm_dialog(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_measure(pilot, "m01")
        count = len(stored_plan(plan_path).measure("m01").steps)
        await type_as_terminal(pilot, "ก")  # d → ก: delete the step, after a question
        assert isinstance(app.screen, ConfirmDialog)
        await type_as_terminal(pilot, "\u0e37")  # n → ื: no
        assert app.screen is screen
        assert len(stored_plan(plan_path).measure("m01").steps) == count
        await type_as_terminal(pilot, "ก")
        assert isinstance(app.screen, ConfirmDialog)
        await type_as_terminal(pilot, "\u0e31")  # y → ั: yes
        assert app.screen is screen
        assert len(stored_plan(plan_path).measure("m01").steps) == count - 1


async def test_item4_thai_mark_key_adds_a_dimension_in_plan_details(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await type_as_terminal(pilot, "ย")  # p → ย: plan details
        assert isinstance(app.screen, PlanDetailsScreen)
        await type_as_terminal(pilot, "\u0e37")  # n → ื: new dimension asks for its number
        assert isinstance(app.screen, PromptDialog)
        # in a text field the same key types its mark, as it should
        await type_as_terminal(pilot, "ก\u0e37")
        assert app.screen.query_one(Input).value.endswith("ก\u0e37")


async def test_item4_help_lists_latin_keys_only(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_measure(pilot, "m01")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "thai_character" not in screen_text(app)


# --- item 8: the footer of an open dialog or dropdown --------------------------------------------


def footer_line(app) -> str:
    return screen_text(app).splitlines()[-1]


@pytest.mark.parametrize(
    ("lang", "yes", "no", "underneath"),
    [("th", "y ใช่", "n ไม่", "ทำแล้ว"), ("en", "y Yes", "n No", "Done")],
    ids=["th", "en"],
)
async def test_item8_confirm_dialog_footer_shows_its_own_keys(app_factory, lang, yes, no, underneath) -> None:
    app = app_factory(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_measure(pilot, "m01")
        assert underneath in footer_line(app)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        footer = footer_line(app)
        assert yes in footer and no in footer, footer
        assert underneath not in footer and "Dismiss" not in footer


async def test_item8_prompt_and_add_dialogs_show_their_own_keys(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddMeasureDialog)
        footer = footer_line(app)
        assert "Esc ยกเลิก" in footer and "F2 เพิ่ม" in footer and "เพิ่มรายการ" not in footer, footer
        await pilot.press("escape", "r")
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        footer = footer_line(app)
        assert "Esc ยกเลิก" in footer and "เปลี่ยนชื่อ" not in footer, footer
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        footer = footer_line(app)
        assert "Esc ปิด" in footer and "เปลี่ยนชื่อ" not in footer and "ช่วยเหลือ" not in footer, footer


@pytest.mark.parametrize(("lang", "words"), [("th", "Esc ปิดรายการ"), ("en", "Esc Close list")], ids=["th", "en"])
async def test_item8_open_dropdown_footer_is_translated(app_factory, lang, words) -> None:
    app = app_factory(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_measure(pilot, "m01")
        await pilot.press("s")  # the status list opens
        await pilot.pause()
        footer = footer_line(app)
        assert words in footer and "Dismiss menu" not in footer, footer


# --- item 2: after a refused save, the other person's text is shown before "keep mine" ----------


async def result_conflict(pilot, plan_path) -> tuple[MeasureScreen, FieldTextArea]:
    """B types m01's result; A saves theirs meanwhile; B leaves the field: refused."""
    screen = await open_measure(pilot, "m01")
    result = screen.query_one("#result", FieldTextArea)
    await pilot.press("r")
    result.load_text("")
    await pilot.press(*"my draft")
    PlanStore(plan_path).apply(SetMeasureField("m01", "result", "their first text"))
    await pilot.press("escape")
    await pilot.pause()
    assert stored_plan(plan_path).measure("m01").result == "their first text"
    return screen, result


async def test_item2_conflict_shows_their_text_and_never_overwrites_an_unseen_one(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen, result = await result_conflict(pilot, plan_path)
        note = screen.query_one(ConflictNote)
        assert "their first text" in screen_text(app)  # shown beside the user's own text
        assert note.shown is not None and note.shown[1] == "their first text"
        assert result.text == "my draft"
        # A changes it again: B has not seen this text, so "keep mine" must not overwrite it
        PlanStore(plan_path).apply(SetMeasureField("m01", "result", "their second text", expected="their first text"))
        await pilot.press("r", "ctrl+o")
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").result == "their second text"
        assert "their second text" in screen_text(app)  # now shown
        await pilot.press("ctrl+o")  # seen: saved over it on purpose
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").result == "my draft"
        assert note.shown is None and not note.display


async def test_item2_ctrl_r_takes_theirs_on_the_measure_screen(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen, result = await result_conflict(pilot, plan_path)
        await pilot.press("r", "ctrl+r")
        await pilot.pause()
        assert result.text == "their first text" and not result.conflict
        assert screen.query_one(ConflictNote).shown is None
        await pilot.press("escape", "escape")  # nothing held: the screen closes
        await pilot.pause()
        assert not isinstance(app.screen, MeasureScreen)
        assert stored_plan(plan_path).measure("m01").result == "their first text"


async def test_item2_plan_details_conflict_shows_their_text(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        reporter = screen.editor("reporter")
        reporter.focus()
        await pilot.pause()
        await pilot.press("end", *" B")
        PlanStore(plan_path).apply(SetPlanField("reporter", "นาย ก", expected="นายนครินทร์ วงศ์พงษ์"))
        await pilot.press("tab")  # leaving saves: refused
        await pilot.pause()
        assert "นาย ก" in screen_text(app)
        PlanStore(plan_path).apply(SetPlanField("reporter", "นาย ข", expected="นาย ก"))
        reporter.focus()
        await pilot.press("f2")  # "keep mine" against the text shown: refused, the new one shown
        await pilot.pause()
        assert stored_plan(plan_path).reporter == "นาย ข"
        assert "นาย ข" in screen_text(app)
        await pilot.press("f2")
        await pilot.pause()
        assert stored_plan(plan_path).reporter == "นายนครินทร์ วงศ์พงษ์ B"
        assert screen.query_one(ConflictNote).shown is None


async def test_item2_title_dialog_asks_again_with_their_title(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_measure(pilot, "m01")
        await pilot.press("t")
        await pilot.pause()
        PlanStore(plan_path).apply(SetMeasureField("m01", "title", "their title"))
        await pilot.press(*" mine", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        assert "their title" in str(app.screen.query_one("#dialog-message").content)  # in the question
        await pilot.press("enter")  # seen: saved over theirs on purpose
        await pilot.pause()
        assert stored_plan(plan_path).measure("m01").title.endswith(" mine")
