"""The status table screen, driven as a user drives it (Pilot), on a copy of the sample plan."""

from __future__ import annotations

from pathlib import Path

from conftest import screen_text, stored_plan
from rich.cells import cell_len

from tui_app.app import TuiApp
from tui_app.changes import RemoveMeasure, SetMeasureField, SetPlanField
from tui_app.model import Status
from tui_app.screens.status_table import (
    STATUS_COLUMNS,
    TICK,
    StatusGrid,
    StatusTableScreen,
    compute_layout,
    table_rows,
)
from tui_app.store import PlanStore

# The seed's status table: the ลำดับ of the measures in progress; all the others are completed.
IN_PROGRESS = {1, 2, 7, 10, 13}
STATUS_KEYS = ("s0", "s1", "s2", "s3")


async def open_table(app: TuiApp, pilot) -> StatusTableScreen:
    await app.push_screen(StatusTableScreen())
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, StatusTableScreen)
    return screen


def cell(table: StatusGrid, row: int, key: str) -> str:
    return table.get_cell_at((row, list(table.columns).index(key))).plain.strip()  # type: ignore[arg-type]


def edit_elsewhere(path: Path, change) -> None:
    """Someone else saves a change to the same file."""
    PlanStore(path).apply(change)


# --- what the table shows ---------------------------------------------------------------------


async def test_rows_ticks_and_summary_of_the_sample(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_table(app, pilot)
        table = screen.query_one(StatusGrid)
        assert table.row_count == 15
        for row in range(15):
            order = int(cell(table, row, "order"))
            assert order == row + 1
            ticks = [cell(table, row, key) for key in STATUS_KEYS]
            expected = Status.IN_PROGRESS if order in IN_PROGRESS else Status.COMPLETED
            assert ticks == [TICK if s is expected else "" for s in STATUS_COLUMNS], order
            assert cell(table, row, "budget") == "0.00"
            assert cell(table, row, "disbursed") == "0.00"
        assert cell(table, 0, "title") == "โครงการโรงเรียนคุณธรรม"
        assert cell(table, 2, "dimension") == "2"
        assert cell(table, 3, "remarks").startswith("๑. คู่มือสำหรับ")  # shortened after a whole word
        summary = str(screen.query_one("#status-summary").content)
        assert "สรุปผลการขับเคลื่อนแผนฯ" in summary
        assert "จำนวน 15 โครงการ" in summary
        assert "อยู่ระหว่างดำเนินการ 5 โครงการ" in summary
        assert "ดำเนินการแล้วเสร็จ 10 โครงการ" in summary
        assert "ระดับ มาก (สีเขียว) ร้อยละ 83.33" in summary
        assert "เบิกจ่ายงบประมาณ 0.00 บาท คิดเป็นร้อยละ 0.00" in summary
        # the line under the table shows the highlighted row whole, remarks included
        await pilot.press("down", "down", "down")
        detail = str(screen.query_one("#status-detail").content)
        assert detail.startswith("4. โครงการจัดทำคู่มือหรือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่เทศบาลตำบลโพธิ์ทอง")
        assert "หมายเหตุ: ๑. คู่มือสำหรับนักพัฒนาชุมชน" in detail


async def test_opened_from_the_overview_with_t(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatusTableScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatusTableScreen)


def cells_before(line: str, token: str) -> int:
    return cell_len(line[: line.index(token)])


async def test_wide_terminal_has_the_reports_two_line_headers(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_table(app, pilot)
        table = screen.query_one(StatusGrid)
        assert table.header_height == 2
        labels = [str(c.label).strip() for c in table.columns.values()]
        assert "อยู่ระหว่าง\nดำเนินการ" in [label.replace("\n ", "\n") for label in labels]
        text = screen_text(app)
        assert "ไม่สามารถ" in text and "แล้วเสร็จ" in text and "งบประมาณ" in text
        # every ☑ of a status sits in the same terminal column (Thai marks take no cell)
        lines = [line for line in text.splitlines() if TICK in line]
        assert len(lines) == 15
        assert len({cells_before(line, TICK) for line in lines}) == 2  # in progress / completed
        assert len({cells_before(line, " 0.00") for line in lines}) == 1
        # the summary is the report's eight lines
        assert "- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก (สีเขียว) ร้อยละ 83.33" in text.splitlines()[-2]


async def test_narrow_terminal_abbreviates_and_lines_up(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_table(app, pilot)
        table = screen.query_one(StatusGrid)
        assert table.header_height == 1
        labels = [str(c.label).strip() for c in table.columns.values()]
        assert labels[5:9] == ["รอ", "ระหว่าง", "เสร็จ", "ไม่ได้"]
        # the title column is the one that gives way; the table fits the terminal
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths) + 1 <= 80
        assert widths[1] == max(widths)
        text = screen_text(app)
        lines = text.splitlines()
        assert all(cell_len(line) <= 80 for line in lines)
        tick_lines = [line for line in lines if TICK in line]
        assert len(tick_lines) == 15  # all fifteen rows are on screen at 80×24
        assert len({cells_before(line, TICK) for line in tick_lines}) == 2
        assert len({cells_before(line, " 0.00") for line in tick_lines}) == 1
        assert "83.33" in text and "มาก" in text
        # the footer shows the screen's keys
        assert "ส่งออก" in lines[-1] and "Esc" in lines[-1]


def test_layout_gives_the_rest_to_the_title() -> None:
    from tui_app.i18n import t
    from tui_app.model import Measure, Plan

    plan = Plan(organization="x", fiscal_year=2566, measures=[Measure(order=1, title="ก" * 200, dimension=1)])
    rows = table_rows(plan)
    for width in (80, 100, 120, 160):
        layout = compute_layout(width, rows, lambda key, **kw: t(key, "th", **kw))
        used = sum(layout.widths.values()) + len(layout.widths) + 1
        assert used == width
    assert compute_layout(80, rows, lambda key, **kw: t(key, "th", **kw)).mode == "short"
    assert compute_layout(120, rows, lambda key, **kw: t(key, "th", **kw)).mode == "long"


async def test_english_labels_and_summary(app_factory) -> None:
    app = app_factory(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_table(app, pilot)
        summary = str(screen.query_one("#status-summary").content)
        assert "implementation level: high (green), 83.33 percent" in summary
        assert "in progress: 5" in summary
        text = screen_text(app)
        assert "Completed" in text and "Remarks" in text


# --- keys -------------------------------------------------------------------------------------


async def test_enter_opens_the_measure_and_escape_comes_back(app_factory) -> None:
    from tui_app.screens.measure import MeasureScreen

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_table(app, pilot)
        uid = stored_plan(app.store.path).measures_in_table_order()[2].uid
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MeasureScreen)
        assert app.screen.uid == uid
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.current_uid() == uid


async def test_x_starts_the_export(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_table(app, pilot)
        calls: list[bool] = []
        app.action_export = lambda: calls.append(True)  # type: ignore[attr-defined]
        await pilot.press("x")
        await pilot.pause()
        assert calls == [True]


# --- user text is never markup ----------------------------------------------------------------


async def test_titles_and_remarks_are_shown_as_typed(app_factory, plan_path: Path) -> None:
    plan = stored_plan(plan_path)
    first, second = plan.measures_in_table_order()[:2]
    edit_elsewhere(plan_path, SetMeasureField(first.uid, "title", "[/] วงเล็บ [b]"))
    edit_elsewhere(plan_path, SetMeasureField(second.uid, "title", "[@click=app.quit]ออก[/]"))
    edit_elsewhere(plan_path, SetMeasureField(second.uid, "remarks", "[red]แดง[/red]"))
    edit_elsewhere(plan_path, SetPlanField("organization", "[bold]อบต.[/bold]"))
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_table(app, pilot)
        table = screen.query_one(StatusGrid)
        assert cell(table, 0, "title") == "[/] วงเล็บ [b]"
        assert cell(table, 1, "title") == "[@click=app.quit]ออก[/]"
        assert cell(table, 1, "remarks") == "[red]แดง[/red]"
        text = screen_text(app)
        assert "[/] วงเล็บ [b]" in text
        assert "[bold]อบต.[/bold]" in text
        await pilot.click(StatusGrid, offset=(20, 3))  # the second row: a click on its title runs no action
        await pilot.pause()
        assert screen.current_uid() == second.uid
        assert "[red]แดง[/red]" in str(screen.query_one("#status-detail").content)
        assert app.is_running


# --- someone else saves -----------------------------------------------------------------------


async def test_refresh_keeps_the_cursor_on_the_same_measure(app_factory, plan_path: Path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_table(app, pilot)
        table = screen.query_one(StatusGrid)
        await pilot.press("down", "down", "down", "down")  # ลำดับ 5
        measures = stored_plan(plan_path).measures_in_table_order()
        fifth, first = measures[4], measures[0]
        assert screen.current_uid() == fifth.uid
        edit_elsewhere(plan_path, SetMeasureField(fifth.uid, "status", "cannot"))
        edit_elsewhere(plan_path, RemoveMeasure(first.uid))  # every row below moves up one
        app.poll()
        await pilot.pause()
        assert table.row_count == 14
        assert screen.current_uid() == fifth.uid
        row = table.cursor_row
        assert cell(table, row, "order") == "4"
        assert [cell(table, row, key) for key in STATUS_KEYS] == ["", "", "", TICK]
        summary = str(screen.query_one("#status-summary").content)
        assert "ไม่สามารถดำเนินการได้ 1 โครงการ" in summary
        assert "จำนวน 14 โครงการ" in summary


async def test_language_switch_relabels_the_table(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_table(app, pilot)
        await pilot.press("down", "down")
        uid = screen.current_uid()
        await pilot.press("ctrl+t")
        await pilot.pause()
        labels = [str(c.label).strip() for c in screen.query_one(StatusGrid).columns.values()]
        assert labels[5:9] == ["Wait", "Doing", "Done", "Can't"]
        assert screen.current_uid() == uid
        assert "implementation level: high (green), 83.33 percent" in screen_text(app)


async def test_a_year_without_measures(tmp_path: Path) -> None:
    from tui_app.model import Plan

    path = tmp_path / "empty.json"
    store = PlanStore(path, sample=None)
    store.open()
    store.save_plan(Plan(organization="อบต.ว่าง", fiscal_year=2567))
    app = TuiApp(store=store, poll_seconds=3600)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_table(app, pilot)
        assert screen.query_one(StatusGrid).row_count == 0
        assert screen.current_uid() is None
        assert str(screen.query_one("#status-detail").content) == "ยังไม่มีรายการในปีงบประมาณนี้"
        assert "จำนวน 0 โครงการ" in str(screen.query_one("#status-summary").content)
        await pilot.press("enter", "down", "x")
        await pilot.pause()
        assert app.screen is screen
