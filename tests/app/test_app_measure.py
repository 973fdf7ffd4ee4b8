"""The dimension and measure screens, walked as a user walks them (Pilot tests).

Every test checks the screen (the widgets) and the file (read back by a store of its own).
Pilot cannot type Thai combining marks, so Thai text is put straight into the widget and ASCII is
typed.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import fail_saves, file_measure, notifications, open_measure, poll, screen_text, settle, stored_plan
from textual.widgets import Input, Select

from tui_app.changes import SetMeasureField
from tui_app.model import Status
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.dimension import DimensionScreen, MeasureTable
from tui_app.screens.measure import AmountInput, FieldTextArea, MeasureScreen, StepList
from tui_app.store import PlanStore

SIZE = (120, 40)


def step_uids(screen: MeasureScreen) -> list[str]:
    steps = screen.query_one(StepList)
    return [steps.get_option_at_index(i).id for i in range(steps.option_count)]


def highlighted_uid(screen: MeasureScreen) -> str | None:
    return screen.current_step_uid()


# --- the dimension ----------------------------------------------------------------------------


async def test_dimension_table_lists_its_measures(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DimensionScreen)
        table = screen.query_one(MeasureTable)
        assert table.row_count == 7
        first = [str(c) for c in table.get_row("m03")]
        assert first == ["3", "มาตรการ", "มาตรการ NO Gift Policy", "ดำเนินการแล้วเสร็จ", "5/5", "0.00", "0.00"]
        assert str(table.get_row("m07")[4]) == "0/5"
        assert "แสดง 7 จาก 7 รายการ" in screen_text(app)


async def test_dimension_filter_status_and_sort(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "slash", *"gift")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(MeasureTable)
        assert screen.query_one("#filter", Input).has_focus
        assert [r.value for r in table.rows] == ["m03"]
        await pilot.press("enter")  # back to the table, filter kept
        await pilot.pause()
        assert table.has_focus and table.row_count == 1
        await pilot.press("slash", "escape")  # escape in the filter clears it
        await pilot.pause()
        assert table.row_count == 7 and table.has_focus
        await pilot.press("s")  # waiting
        await pilot.pause()
        assert table.row_count == 0
        assert "ไม่มีรายการที่ตรงกับตัวกรอง" in screen_text(app)
        await pilot.press("s")  # in progress
        await pilot.pause()
        assert [r.value for r in table.rows] == ["m07"]
        await pilot.press("s", "s", "s")  # completed, cannot, all
        await pilot.pause()
        assert table.row_count == 7
        await pilot.press("o", "o", "o", "o")  # order -> kind -> title -> status -> steps
        await pilot.pause()
        assert screen.sort_column == "steps"
        assert next(iter(table.rows)).value == "m07"  # 0/5 first
        await pilot.press("O")
        await pilot.pause()
        assert [r.value for r in table.rows][-1] == "m07"


async def test_filter_typed_in_thai_matches_thai_titles(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "slash")
        await pilot.pause()
        app.screen.query_one("#filter", Input).value = "คู่มือ"
        await pilot.pause()
        assert [r.value for r in app.screen.query_one(MeasureTable).rows] == ["m04"]


async def test_enter_opens_the_measure_with_the_checklist_focused(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m10")
        assert isinstance(screen, MeasureScreen) and screen.uid == "m10"
        steps = screen.query_one(StepList)
        assert steps.has_focus
        measure = stored_plan(app.store.path).measure("m10")
        first_open = next(s.uid for s in measure.steps if not s.done)
        assert highlighted_uid(screen) == first_open
        text = screen_text(app)
        assert measure.title in text
        assert "ขั้นตอนการดำเนินงาน (ทำแล้ว 2/5)" in text
        assert screen.query_one("#status", Select).value is Status.IN_PROGRESS
        # sub-points show under their step, indented
        sub = next(p for s in measure.steps for p in s.sub_points)
        line = next(line for line in text.splitlines() if sub[:10] in line)
        assert line.lstrip().startswith("- ")


# --- the checklist ------------------------------------------------------------------------------


async def test_space_ticks_and_unticks_a_step(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        assert highlighted_uid(screen) == "m01s01"
        await pilot.press("space")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is True
        assert "[x] 1." in screen_text(app)
        assert "ทำแล้ว 1/7" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is False
        assert "[ ] 1." in screen_text(app)
        await pilot.press("down", "space")
        await pilot.pause()
        assert [s["done"] for s in file_measure(plan_path, "m01")["steps"]][:2] == [False, True]
        assert highlighted_uid(screen) == "m01s02"  # the cursor stays on the ticked step


async def test_ticking_the_last_step_offers_completed_and_yes_sets_it(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m10")
        for _ in range(3):
            await pilot.press("space")  # ticks the first open step; the next open one is below
            await pilot.pause()
            if isinstance(app.screen, ConfirmDialog):
                break
            steps = app.screen.query_one(StepList)
            measure = app.session.plan.measure("m10")
            nxt = next((i for i, s in enumerate(measure.steps) if not s.done), None)
            if nxt is not None:
                steps.highlighted = nxt
        assert isinstance(app.screen, ConfirmDialog)
        assert file_measure(plan_path, "m10")["status"] == "in_progress"  # only offered
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert file_measure(plan_path, "m10")["status"] == "completed"
        assert screen.query_one("#status", Select).value is Status.COMPLETED


async def test_completed_offer_can_be_declined(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m07")
        for _ in range(5):
            await pilot.press("space", "down")
            await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        saved = file_measure(plan_path, "m07")
        assert all(s["done"] for s in saved["steps"]) and saved["status"] == "in_progress"


async def test_add_a_step_after_the_cursor(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m03")
        await pilot.press("down", "a")  # after step 2
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        await pilot.press(*"Check the notice board", "enter")
        await pilot.pause()
        texts = [s["text"] for s in file_measure(plan_path, "m03")["steps"]]
        assert texts[2] == "Check the notice board" and len(texts) == 6
        assert screen.query_one(StepList).has_focus
        new_uid = file_measure(plan_path, "m03")["steps"][2]["uid"]
        assert highlighted_uid(screen) == new_uid
        assert "3. Check the notice board" in screen_text(app)


async def test_an_empty_step_is_refused(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m03")
        await pilot.press("a", "space", "enter")
        await pilot.pause()
        assert len(file_measure(plan_path, "m03")["steps"]) == 5
        assert any("ข้อความขั้นตอนว่างไม่ได้" in n for n in notifications(app))


async def test_edit_a_step(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m03")
        before = file_measure(plan_path, "m03")["steps"][0]["text"]
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PromptDialog)
        assert dialog.query_one(Input).value == before  # starts from the text, cursor at its end
        await pilot.press(*" (done)", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m03")["steps"][0]["text"] == before + " (done)"
        # enter edits too; a Thai text set straight into the field
        await pilot.press("down", "enter")
        await pilot.pause()
        app.screen.query_one(Input).value = "ประชุมคณะทำงานครั้งที่ ๒"
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m03")["steps"][1]["text"] == "ประชุมคณะทำงานครั้งที่ ๒"
        assert highlighted_uid(screen) == "m03s02"


async def test_move_a_step_down_and_up(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m03")
        await pilot.press("J")
        await pilot.pause()
        assert [s["uid"] for s in file_measure(plan_path, "m03")["steps"]][:3] == ["m03s02", "m03s01", "m03s03"]
        assert highlighted_uid(screen) == "m03s01"  # the cursor moved with the step
        assert step_uids(screen)[:2] == ["m03s02", "m03s01"]
        await pilot.press("alt+down", "alt+down")
        await pilot.pause()
        assert [s["uid"] for s in file_measure(plan_path, "m03")["steps"]][:4] == [
            "m03s02",
            "m03s03",
            "m03s04",
            "m03s01",
        ]
        await pilot.press("K", "alt+up", "alt+up")
        await pilot.pause()
        assert [s["uid"] for s in file_measure(plan_path, "m03")["steps"]][:3] == ["m03s01", "m03s02", "m03s03"]
        await pilot.press("K")  # at the top it stays
        await pilot.pause()
        assert file_measure(plan_path, "m03")["steps"][0]["uid"] == "m03s01"


async def test_delete_a_step_asks_first(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m03")
        await pilot.press("down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert len(file_measure(plan_path, "m03")["steps"]) == 5
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        uids = [s["uid"] for s in file_measure(plan_path, "m03")["steps"]]
        assert "m03s02" not in uids and len(uids) == 4
        assert step_uids(screen) == uids
        assert highlighted_uid(screen) == "m03s03"  # the next step takes the cursor


# --- the fields ---------------------------------------------------------------------------------


async def test_result_saves_when_leaving_the_field(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("r")
        await pilot.pause()
        area = screen.query_one("#result", FieldTextArea)
        assert area.has_focus
        area.load_text("")
        await pilot.press(*"Trained 40 pupils")
        assert file_measure(plan_path, "m01")["result"] != "Trained 40 pupils"  # typing alone saves nothing
        await pilot.press("escape")  # leaves the field: saved
        await pilot.pause()
        assert screen.query_one(StepList).has_focus
        assert file_measure(plan_path, "m01")["result"] == "Trained 40 pupils"
        # Thai, multi-line, then tab out
        await pilot.press("r")
        area.load_text("อบรมนักเรียน ๔๐ คน\nครบตามแผน  ")
        await pilot.press("tab")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["result"] == "อบรมนักเรียน ๔๐ คน\nครบตามแผน"


async def test_result_saves_with_ctrl_o_and_stays_in_the_field(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("n")  # remarks
        await pilot.pause()
        area = screen.query_one("#remarks", FieldTextArea)
        await pilot.press(*"see file 12")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["remarks"] == "see file 12"
        assert area.has_focus
        await pilot.press(*" and 13", "f2")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["remarks"] == "see file 12 and 13"


async def test_status_is_chosen_from_the_list(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("s")  # opens the list of the four
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["status"] == "completed"
        assert screen.query_one("#status", Select).value is Status.COMPLETED
        await pilot.press("escape")  # back to the dimension: its table shows the new status
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen)
        # completed with 0/7 steps ticked: the status is marked as contradicting the checklist
        assert str(app.screen.query_one(MeasureTable).get_row("m01")[3]) == "! ดำเนินการแล้วเสร็จ"


async def test_kind_is_chosen_from_the_list(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("k")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["kind"] == "activity"
        assert "กิจกรรม" in screen_text(app)
        assert screen.query_one("#kind", Select).has_focus


async def test_amounts_good_and_bad(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        budget = screen.query_one("#budget", AmountInput)
        await pilot.press("b")
        await pilot.pause()
        assert budget.has_focus
        budget.value = ""
        await pilot.press(*"12500.5", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["budget"] == "12500.50"
        assert budget.value == "12,500.50"
        # letters: the message, the stored value unchanged, the text kept to be fixed
        budget.value = ""
        await pilot.press(*"12x", "enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["budget"] == "12500.50"
        assert any("“12x” ไม่ใช่จำนวนเงิน" in n for n in notifications(app))
        assert budget.value == "12x" and budget.has_class("-invalid")
        # negative, then leaving the field: the message, and the typed text kept to be fixed
        budget.value = "-5"
        await pilot.press("tab")
        await pilot.pause()
        assert any("จำนวนเงินติดลบไม่ได้" in n for n in notifications(app))
        assert file_measure(plan_path, "m01")["budget"] == "12500.50"
        assert budget.value == "-5" and budget.has_class("-invalid")
        budget.value = "12500.50"  # corrected: the field is clean again
        budget.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert not budget.has_class("-invalid")
        # disbursed above the budget: saved, with a warning
        disbursed = screen.query_one("#disbursed", AmountInput)
        disbursed.focus()
        disbursed.value = "๑๓,๐๐๐"  # Thai digits and a thousands separator are fine
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m01")["disbursed"] == "13000.00"
        assert any("มากกว่างบประมาณ" in n for n in notifications(app))
        assert app._notifications and list(app._notifications)[-1].severity == "warning"
        assert stored_plan(plan_path).measure("m01").disbursed == Decimal("13000.00")


async def test_title_and_mission_edit_and_empty_title_refused(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m03")
        await pilot.press("t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PromptDialog)
        dialog.query_one(Input).value = "   "
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m03")["title"] == "มาตรการ NO Gift Policy"
        assert any("ชื่อรายการว่างไม่ได้" in n for n in notifications(app))
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one(Input).value = "มาตรการ No Gift ปี ๒๕๖๖"
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m03")["title"] == "มาตรการ No Gift ปี ๒๕๖๖"
        assert "มาตรการ No Gift ปี ๒๕๖๖" in screen_text(app)
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one(Input).value = "ส่งเสริมคุณธรรม"
        await pilot.press("enter")
        await pilot.pause()
        assert file_measure(plan_path, "m03")["mission"] == "ส่งเสริมคุณธรรม"
        assert screen.query_one(StepList).has_focus


# --- user text is never markup ---------------------------------------------------------------------

MARKUP = ["[bold]bold?[/bold]", "[/]", "[@click=app.quit]x[/]", "[red on blue]colour"]


async def test_markup_in_user_text_shows_literally_and_runs_nothing(app_factory, plan_path):
    store = PlanStore(plan_path)
    store.apply(SetMeasureField("m03", "title", " ".join(MARKUP)))
    store.apply(SetMeasureField("m03", "result", "\n".join(MARKUP)))
    store.apply(SetMeasureField("m03", "remarks", "[/]"))
    store.apply(SetMeasureField("m03", "mission", "[@click=app.quit]m[/]"))
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")  # the dimension table shows the title (wrapped at its spaces)
        await pilot.pause()
        text = screen_text(app)
        assert all(piece in text for piece in MARKUP[:3])
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeasureScreen)
        # a step with markup, added through the dialog
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(Input).value = "[@click=app.quit]step[/] [b]"
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert " ".join(MARKUP) in text  # the heading
        assert "[@click=app.quit]m[/]" in text
        assert "[@click=app.quit]step[/] [b]" in text
        assert "[bold]bold?[/bold]" in text and "[red on blue]colour" in text
        # clicking where the "link" would be runs nothing
        await pilot.click("#measure-title")
        await pilot.click("#measure-mission", offset=(20, 0))
        await pilot.pause()
        # a notification with user text inside: an amount "[/]"
        budget = screen.query_one("#budget", AmountInput)
        budget.focus()
        budget.value = "[@click=app.quit]1[/]"
        await pilot.press("enter")
        await pilot.pause()
        assert any("[@click=app.quit]1[/]" in n for n in notifications(app))
        # the confirm dialog quotes the step
        steps = screen.query_one(StepList)
        steps.focus()
        steps.highlighted = step_uids(screen).index(file_measure(plan_path, "m03")["steps"][1]["uid"])
        await pilot.press("d")
        await pilot.pause()
        assert "[@click=app.quit]step[/] [b]" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and app.return_code is None


# --- saving fails, then succeeds -------------------------------------------------------------------


async def test_a_failed_save_stays_on_screen_marked_unsaved_until_it_succeeds(app_factory, plan_path, monkeypatch):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        let_saves_through = fail_saves(monkeypatch)
        await pilot.press("space")
        await pilot.pause()
        assert "[x] 1." in screen_text(app)  # on screen...
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is False  # ...not in the file
        assert "ยังไม่ได้บันทึก 1 รายการ" in screen_text(app)
        assert "ยังไม่ได้บันทึก" in app.sub_title
        assert any("disk full" in n for n in notifications(app))
        await poll(pilot)  # the poll retries, and fails again: still marked
        assert "ยังไม่ได้บันทึก 1 รายการ" in screen_text(app)
        let_saves_through()
        await poll(pilot)  # the next poll saves it
        assert file_measure(plan_path, "m01")["steps"][0]["done"] is True
        assert "ยังไม่ได้บันทึก" not in screen_text(app)
        assert "[x] 1." in screen_text(app)
        assert screen.query_one(StepList).has_focus


async def test_an_error_toast_shows_user_text_literally(app_factory, plan_path):
    """With notifications drawn (they are off in run_test by default): the toast shows the text as typed."""
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_measure(pilot, "m01")
        budget = screen.query_one("#budget", AmountInput)
        budget.focus()
        budget.value = "[@click=app.quit]9[/]"
        await pilot.press("enter")
        await settle(pilot)
        assert "“[@click=app.quit]9[/]” ไม่ใช่จำนวนเงิน" in screen_text(app)
        assert app.is_running


async def test_q_and_question_mark_type_in_fields(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("r")
        area = screen.query_one("#result", FieldTextArea)
        area.load_text("")
        await pilot.press("q", "question_mark", "s", "a", "d")
        await pilot.pause()
        assert area.text == "q?sad" and app.is_running
        assert isinstance(app.screen, MeasureScreen)
        await pilot.press("escape", "escape", "slash", "q")  # the dimension's filter
        await pilot.pause()
        assert app.screen.query_one("#filter", Input).value == "q" and app.is_running


async def test_measure_screen_in_english(app_factory):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m10")
        text = screen_text(app)
        assert "Dimension 3 › item 10" in text
        assert "Steps (2/5 done)" in text and "Result" in text and "Remarks" in text
        assert "in progress" in text and "Budget" in text
        assert "Space Done" in text.splitlines()[-1]


async def test_quitting_saves_the_field_being_typed(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("r")
        screen.query_one("#result", FieldTextArea).load_text("")
        await pilot.press(*"last words", "ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert file_measure(plan_path, "m01")["result"] == "last words"


async def test_quitting_with_unsaved_changes_asks_first(app_factory, plan_path, monkeypatch):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m01")
        fail_saves(monkeypatch, "store.locked")
        await pilot.press("space", "q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MeasureScreen)
        await pilot.press("q", "y")
        await pilot.pause()
    assert not app.is_running


async def test_the_mouse_works_too(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#overview-dimensions", offset=(10, 2))  # the second dimension's first line
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen) and app.screen.number == 2
        await pilot.click(MeasureTable, offset=(10, 2))  # the second row (m04)
        await pilot.pause()
        assert app.screen.current_uid() == "m04"
        await pilot.click(MeasureTable, offset=(10, 2))  # again: opens it
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeasureScreen) and screen.uid == "m04"
        await pilot.click(StepList, offset=(12, 1))  # a click highlights a step, nothing more
        await pilot.pause()
        assert app.screen is screen and screen.current_step_uid() == "m04s02"


async def test_deleting_every_step_then_adding_one(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m11")  # four steps
        for _ in range(4):
            await pilot.press("d", "y")
            await pilot.pause()
        assert file_measure(plan_path, "m11")["steps"] == []
        assert "ยังไม่มีขั้นตอน" in screen_text(app)
        assert screen.query_one(StepList).has_focus
        await pilot.press("a", *"first again", "enter")
        await pilot.pause()
        assert [s["text"] for s in file_measure(plan_path, "m11")["steps"]] == ["first again"]
        assert "ยังไม่มีขั้นตอน" not in screen_text(app)


async def test_clicking_a_column_header_sorts_by_it(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(MeasureTable)
        x = sum(col.get_render_width(table) for col in list(table.columns.values())[:4]) + 2  # inside "steps"
        await pilot.click(MeasureTable, offset=(x, 0))
        await pilot.pause()
        assert screen.sort_column == "steps" and not screen.sort_reverse
        assert next(iter(table.rows)).value == "m07"
        await pilot.click(MeasureTable, offset=(x, 0))  # again: the other way round
        await pilot.pause()
        assert screen.sort_reverse
        assert list(table.rows)[-1].value == "m07"
