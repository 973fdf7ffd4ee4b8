"""Bugs found walking the real app (exploratory QA), each pinned by a Pilot test; at the end,
two tests that pin what was found right (a file damaged or made unwritable while the app is open).

Every test checks the screen and the file (read back without the app).
"""

from __future__ import annotations

import json

from conftest import fail_saves, file_measure, notifications, open_measure, palette, poll, screen_text, settle
from textual.widgets import Input

from tui_app.changes import RemoveMeasure, SetMeasureField, SetStepText
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.dimension import DimensionScreen
from tui_app.screens.help import HelpScreen
from tui_app.screens.measure import FieldTextArea, MeasureScreen, StepList
from tui_app.screens.plan_details import PlanDetailsScreen
from tui_app.screens.status_table import StatusTableScreen
from tui_app.store import PlanStore

SIZE = (120, 40)


def file_plan(path):
    data = json.loads(path.read_text("utf-8"))
    return next(iter(data["plans"].values()))


async def conflicting_draft(pilot, plan_path) -> MeasureScreen:
    """m01's result typed in ("my draft"), someone else's result saved meanwhile, the field left:
    the save is refused and the draft stays in the field."""
    screen = await open_measure(pilot, "m01")
    result = screen.query_one("#result", FieldTextArea)
    await pilot.press("r")
    result.load_text("")
    await pilot.press(*"my draft")
    PlanStore(plan_path).apply(SetMeasureField("m01", "result", "theirs"))
    await pilot.press("escape")  # leave the field: refused, a message
    await pilot.pause()
    assert file_measure(plan_path, "m01")["result"] == "theirs"
    assert result.text == "my draft"
    return screen


# --- the palette leaves a screen: what is typed there is saved first ------------------------------


async def test_palette_navigation_saves_the_result_being_typed(app_factory, plan_path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        result = screen.query_one("#result", FieldTextArea)
        await pilot.press("r")
        result.load_text("")
        await pilot.press(*"typed then palette")
        await palette(pilot, "Status table")
        assert isinstance(app.screen, StatusTableScreen)
        assert file_measure(plan_path, "m01")["result"] == "typed then palette"


async def test_palette_navigation_saves_the_plan_field_being_typed(app_factory, plan_path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        field = app.screen.query_one("#field-organization", Input)
        await pilot.press("tab")  # from the structure tree into the form
        assert field.has_focus
        await pilot.press(*" typed")
        await palette(pilot, "Status table")
        assert isinstance(app.screen, StatusTableScreen)
        assert file_plan(plan_path)["organization"].endswith(" typed")


# --- a draft refused after a conflict is not dropped without a word -------------------------------


async def test_escape_keeps_a_conflicting_draft_once(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conflicting_draft(pilot, plan_path)
        assert screen.query_one(StepList).has_focus
        await pilot.press("escape")  # would close the screen and drop the draft
        await pilot.pause()
        assert app.screen is screen
        result = screen.query_one("#result", FieldTextArea)
        assert result.has_focus and result.text == "my draft"
        assert any("Esc" in n and "F2" in n for n in notifications(app))
        await pilot.press("ctrl+o")  # saved over theirs on purpose
        await pilot.pause()
        assert file_measure(plan_path, "m01")["result"] == "my draft"
        await pilot.press("escape", "escape")  # nothing held now: back to the dimension
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen)


async def test_escape_twice_leaves_without_the_conflicting_draft(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await conflicting_draft(pilot, plan_path)
        await pilot.press("escape")  # held: the field gets the focus
        await pilot.pause()
        await pilot.press("escape")  # out of the field
        await pilot.pause()
        await pilot.press("escape")  # asked again: leave
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen)
        assert file_measure(plan_path, "m01")["result"] == "theirs"


async def test_quit_asks_before_dropping_a_conflicting_draft(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await conflicting_draft(pilot, plan_path)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MeasureScreen)
        assert app.screen.query_one("#result", FieldTextArea).text == "my draft"
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert not app.is_running
    assert file_measure(plan_path, "m01")["result"] == "theirs"


# --- a one-line dialog whose save meets someone else's change keeps the typed text ----------------


async def test_title_conflict_reopens_the_dialog_with_the_typed_text(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        started = screen.measure.title
        await pilot.press("t")
        await pilot.pause()
        PlanStore(plan_path).apply(SetMeasureField("m01", "title", "their title"))
        await pilot.press(*" mine", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["title"] == "their title"  # not overwritten
        assert any("มีผู้อื่นแก้ไขชื่อรายการนี้ก่อน" in n for n in notifications(app))
        assert isinstance(app.screen, PromptDialog)  # the typed text is still there
        assert app.screen.query_one(Input).value == started + " mine"
        await pilot.press("enter")  # asked again: saved over theirs on purpose
        await pilot.pause()
        assert isinstance(app.screen, MeasureScreen)
        assert file_measure(plan_path, "m01")["title"] == started + " mine"


async def test_step_conflict_reopens_the_dialog_and_escape_drops_it(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("e")
        await pilot.pause()
        PlanStore(plan_path).apply(SetStepText("m01", "m01s01", "their step"))
        await pilot.press(*" mine", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        assert app.screen.query_one(Input).value.endswith(" mine")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert file_measure(plan_path, "m01")["steps"][0]["text"] == "their step"
        assert "their step" in screen_text(app)


# --- a measure removed while a dialog is open over it ---------------------------------------------


async def test_a_measure_removed_under_a_dialog_closes_when_the_dialog_does(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m01")
        await pilot.press("e")
        await pilot.pause()
        PlanStore(plan_path).apply(RemoveMeasure("m01"))
        await poll(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DimensionScreen)
        assert not any(isinstance(s, MeasureScreen) for s in app.screen_stack)
        assert sum("ถูกลบโดยผู้อื่น" in n for n in notifications(app)) == 1


# --- help and dates in the user's language --------------------------------------------------------


async def test_overview_help_lists_the_dimension_keys_that_exist_in_thai(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict(app.screen.rows)
        assert not any("Dimension" in description for description in rows.values())
        assert "1–4" in rows and "มิติ" in rows["1–4"]
        assert "5" not in rows and "9" not in rows
        assert "Esc" not in rows  # nowhere to go back to from the first screen


async def test_english_screens_write_the_as_of_date_in_english(app_factory):
    app = app_factory(lang="en")
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatusTableScreen)
        text = screen_text(app)
        assert "6 November 2566" in text and "พฤศจิกายน" not in text
        await pilot.press("escape", "p")
        await pilot.pause()
        assert isinstance(app.screen, PlanDetailsScreen)
        text = screen_text(app)
        assert "6 November 2566" in text and "พฤศจิกายน" not in text
        await pilot.press("ctrl+t")  # and back in Thai
        await pilot.pause()
        assert "6 พฤศจิกายน 2566" in screen_text(app)


async def test_renaming_a_measure_in_plan_details_keeps_the_typed_title_on_conflict(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanDetailsScreen)
        screen.query_one("#structure").focus()
        await pilot.pause()
        screen._move_to(("measure", "m01"))
        await pilot.pause()
        started = file_measure(plan_path, "m01")["title"]
        await pilot.press("r")
        await pilot.pause()
        PlanStore(plan_path).apply(SetMeasureField("m01", "title", "their title"))
        await pilot.press(*" mine", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["title"] == "their title"
        assert isinstance(app.screen, PromptDialog)
        assert app.screen.query_one(Input).value == started + " mine"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert file_measure(plan_path, "m01")["title"] == started + " mine"


# --- Thai titles wrap between syllables in the dimension table ------------------------------------

#: a Thai line never starts with these (they end the syllable before them)
_NOT_AT_LINE_START = "ะาำๅๆฯ"


async def test_dimension_titles_wrap_at_thai_syllables_not_inside_them(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        lines = [line.strip() for line in screen_text(app).splitlines()]
        continued = [line for line in lines if line and not line[0].isdigit() and "·" not in line]
        assert any("บลโพธิ์ทอง" in line for line in continued)  # narrow: long titles wrap
        for line in continued:
            assert line[:1] not in _NOT_AT_LINE_START, line
        assert not any(line.endswith(("เ", "แ", "โ", "ใ", "ไ")) for line in lines)


async def test_palette_navigation_is_held_once_by_a_conflicting_draft(app_factory, plan_path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await conflicting_draft(pilot, plan_path)
        await palette(pilot, "Status table")
        assert app.screen is screen  # held: the draft is shown, with a message
        assert screen.query_one("#result", FieldTextArea).has_focus
        assert any("F2" in n for n in notifications(app))
        await palette(pilot, "Status table")  # asked again: go, without the draft
        assert isinstance(app.screen, StatusTableScreen)
        assert file_measure(plan_path, "m01")["result"] == "theirs"


# --- a save that keeps failing is retried without redrawing the screen every second --------------


async def test_retrying_a_failing_save_redraws_nothing_until_something_changes(app_factory, plan_path, monkeypatch):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        let_saves_through = fail_saves(monkeypatch)
        await pilot.press("space")
        await pilot.pause()
        redraws = []
        monkeypatch.setattr(screen, "refresh_plan", lambda: redraws.append(1))
        for _ in range(10):  # ten retries, all failing
            await poll(pilot)
        assert redraws == []
        assert "ยังไม่ได้บันทึก 1 รายการ" in screen_text(app)
        let_saves_through()
        await poll(pilot)  # saved: the marker goes
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is True
        assert "ยังไม่ได้บันทึก" not in screen_text(app)


# --- pasted escape sequences never reach the terminal -------------------------------------------


def control_characters_on_screen(app) -> list[str]:
    found = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            found += [ch for ch in segment.text if ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0]
    return found


async def test_a_paste_with_escape_sequences_shows_and_saves_only_its_text(app_factory, plan_path):
    from textual import events

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("r")
        result = screen.query_one("#result", FieldTextArea)
        result.load_text("")
        app.post_message(events.Paste("one\x1b]0;HACKED\x07 two\x1b[31m red\x1b[0m\r\nline\x9b2J\x07"))
        await pilot.pause()
        assert result.text == "one two red\nline"
        assert control_characters_on_screen(app) == []
        await pilot.press("escape")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["result"] == "one two red\nline"
        await pilot.press("t")  # a one-line field takes the first line
        await pilot.pause()
        field = app.screen.query_one(Input)
        field.value = ""
        app.post_message(events.Paste("\x1b[2Jtitle\x1b]52;c;aGk=\x07 [b]x[/b]\tend"))
        await pilot.pause()
        assert field.value == "title [b]x[/b] end"
        assert control_characters_on_screen(app) == []
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["title"] == "title [b]x[/b] end"


# --- the file damaged or unwritable while the app is open (behaviour pinned, no bug found) ------


async def test_a_file_damaged_while_open_is_never_written_and_the_edit_waits(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        good = plan_path.read_bytes()
        plan_path.write_bytes(good[:1000])  # cut short (in the middle of a Thai character)
        await poll(pilot)
        app.clear_notifications()
        await pilot.press("space")
        for _ in range(10):  # ten polls
            await poll(pilot)
        assert plan_path.read_bytes() == good[:1000]  # nothing written over it
        assert "[x] 1." in screen_text(app) and "ยังไม่ได้บันทึก 1 รายการ" in screen_text(app)
        said = notifications(app)
        assert len(said) == 1 and str(plan_path) in said[0]  # said once, naming the file: no toast every poll
        plan_path.write_bytes(good)  # restored
        await poll(pilot)
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is True
        assert "ยังไม่ได้บันทึก" not in screen_text(app)
        assert screen.query_one(StepList).has_focus


async def test_a_folder_made_read_only_while_open_keeps_the_edit_until_it_can_be_saved(app_factory, plan_path):
    import os

    import pytest

    if os.geteuid() == 0:
        pytest.skip("root may write in a read-only folder")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m01")
        folder = plan_path.parent
        folder.chmod(0o555)
        try:
            await pilot.press("space")
            await poll(pilot)
            assert "ยังไม่ได้บันทึก 1 รายการ" in screen_text(app)
            assert file_measure(plan_path, "m01")["steps"][0]["done"] is False
        finally:
            folder.chmod(0o755)
        await poll(pilot)
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is True
        assert "ยังไม่ได้บันทึก" not in screen_text(app)
