"""The export dialog, driven as a user drives it (Pilot), on a copy of the sample plan.

Every test runs in its own temporary folder (the dialog's default file name is in the current
folder), and every file is written under ``tmp_path``.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from conftest import notifications, screen_text, stored_plan
from rich.cells import cell_len
from textual.widgets import Checkbox, Input, Select

from tui_app.app import TuiApp
from tui_app.changes import SetMeasureField
from tui_app.commands import plan_commands
from tui_app.export import CSV_HEADERS, ExportOptions, render, render_export
from tui_app.i18n import t
from tui_app.model import Status
from tui_app.report import TABLE_HEADERS
from tui_app.screens.dialogs import ConfirmDialog
from tui_app.screens.export_dialog import CONTROL_MARK, ExportScreen, PreviewView, preview_lines
from tui_app.screens.status_table import StatusTableScreen
from tui_app.store import PlanStore


@pytest.fixture(autouse=True)
def in_tmp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder is the test's own: a default file name never lands in the project."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


async def open_export(pilot) -> ExportScreen:
    """As a user gets there: the status table from the overview (t), then x."""
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(pilot.app.screen, StatusTableScreen)
    await pilot.press("x")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    return screen


def preview(screen: ExportScreen) -> list[str]:
    return screen.query_one(PreviewView).lines


def path_field(screen: ExportScreen) -> Input:
    return screen.query_one("#export-path", Input)


def set_path(screen: ExportScreen, path: Path | str) -> None:
    path_field(screen).value = str(path)


def info(screen: ExportScreen) -> str:
    return str(screen.query_one("#export-info").content)


def said(app: TuiApp) -> str:
    return "\n".join(notifications(app))


def plan_of(app: TuiApp):
    return app.session.plan


# --- opening, the preview ---------------------------------------------------------------------


async def test_x_on_the_status_table_opens_the_dialog_with_a_text_preview(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        lines = preview(screen)
        assert lines == preview_lines(render_export(plan_of(app), ExportOptions()))
        assert lines[0].startswith("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต")
        assert sum("☑" in line for line in lines) == 15
        assert any("83.33" in line for line in lines)
        assert info(screen) == "ตัวอย่าง: 15 รายการ · 75 บรรทัด · 12,792 ไบต์"
        assert path_field(screen).value == str(tmp_path / "status-2566.txt")
        # on screen: the table's first rows (the ☑ columns are to the right, scrolled to with →),
        # every line within 80 cells, the keys in the footer
        text = screen_text(app)
        assert "ลำดับ" in text and "|      1 | โครงการโรงเรียนคุณธรรม" in text
        rows = text.splitlines()
        assert all(cell_len(row) <= 80 for row in rows)
        footer = rows[-1]
        for word in ("Esc", "กลับ", "w", "เขียนไฟล์", "c", "คัดลอก", "f", "รูปแบบ", "d", "มิติ"):
            assert word in footer
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StatusTableScreen)


async def test_f_steps_through_the_formats_and_the_file_name_follows(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert screen.query_one("#export-format", Select).value == "tsv"
        assert preview(screen)[0] == "\t".join(TABLE_HEADERS)
        assert path_field(screen).value == str(tmp_path / "status-2566.tsv")
        assert "→ คือแท็บ" in info(screen)
        assert "ลำดับ → รายการโครงการ (ตั้งต้น) → มิติ" in screen_text(app)  # a tab is drawn as a mark
        await pilot.press("f")
        await pilot.pause()
        assert preview(screen)[0] == ",".join(CSV_HEADERS)  # the CSV header, no BOM on screen
        assert path_field(screen).value == str(tmp_path / "status-2566.csv")
        # the options CSV does not use are disabled, the BOM is not
        assert screen.query_one("#export-style", Select).disabled
        assert screen.query_one("#export-width", Input).disabled
        assert screen.query_one("#export-summary", Checkbox).disabled
        assert screen.query_one("#export-thai-digits", Checkbox).disabled
        assert not screen.query_one("#export-bom", Checkbox).disabled
        assert all("\r" not in line for line in preview(screen))
        await pilot.press("f")
        await pilot.pause()
        assert path_field(screen).value == str(tmp_path / "status-2566.xlsx")
        await pilot.press("f")
        await pilot.pause()
        assert path_field(screen).value == str(tmp_path / "report-2566.docx")  # the whole report
        assert screen.query_one("#export-style", Select).disabled
        await pilot.press("f")
        await pilot.pause()
        assert path_field(screen).value == str(tmp_path / "status-2566.txt")
        assert not screen.query_one("#export-style", Select).disabled


async def test_focus_on_an_option_the_new_format_drops_goes_to_the_format(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("tab")
        assert app.focused is screen.query_one("#export-style", Select)
        await pilot.press("f")
        await pilot.pause()
        assert app.focused is screen.query_one("#export-format", Select)
        await pilot.press("tab")  # the next option the TSV format uses
        assert app.focused is screen.query_one("#export-dimension", Select)


async def test_a_file_name_the_user_typed_stays_when_the_format_changes(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        set_path(screen, tmp_path / "memo.txt")
        await pilot.press("f", "f")
        await pilot.pause()
        assert path_field(screen).value == str(tmp_path / "memo.txt")


async def test_s_steps_through_the_styles(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#export-style", Select).value == "simple"
        assert preview(screen) == preview_lines(render_export(plan_of(app), ExportOptions(style="simple")))


# --- writing a file ---------------------------------------------------------------------------


async def test_w_writes_the_text_file_and_says_where(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        target = tmp_path / "memo.txt"
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        expected = render(plan_of(app), ExportOptions())
        assert target.read_bytes() == expected
        assert b"83.33" in expected and "☑".encode() in expected
        assert f"เขียน {len(expected):,} ไบต์ ลงไฟล์ {target} แล้ว" in notifications(app)
        assert app.screen is screen  # stays open: copy, or write another format


async def test_the_csv_file_starts_with_the_bom(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("f", "f")
        target = tmp_path / "table.csv"
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        data = target.read_bytes()
        assert data == render(plan_of(app), ExportOptions(format="csv"))
        assert data.startswith(codecs.BOM_UTF8)
        assert data[3:].decode("utf-8").startswith(",".join(CSV_HEADERS) + "\r\n")


async def test_the_bom_is_turned_off_from_the_keyboard(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("f", "f")  # CSV: style, width, Thai digits and summary are skipped by tab
        await pilot.press("tab", "tab")
        assert app.focused is screen.query_one("#export-bom", Checkbox)
        await pilot.press("space")
        await pilot.pause()
        target = tmp_path / "plain.csv"
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        data = target.read_bytes()
        assert data == render(plan_of(app), ExportOptions(format="csv", bom=False))
        assert not data.startswith(codecs.BOM_UTF8)


async def test_an_existing_file_is_replaced_only_after_yes(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        target = tmp_path / "memo.txt"
        target.write_bytes(b"old memo")
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert str(target) in app.screen.message
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert target.read_bytes() == b"old memo"
        assert f"ไม่ได้เขียนทับ: {target} ยังเป็นไฟล์เดิม" in notifications(app)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert target.read_bytes() == render(plan_of(app), ExportOptions())
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".memo")] == []  # no temporary file left


async def test_a_missing_folder_is_said_and_nothing_is_written(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        target = tmp_path / "no-such-folder" / "memo.txt"
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        assert not target.exists() and not target.parent.exists()
        message = t("export.no_folder", "th", path=str(target), folder=str(target.parent))
        assert message in notifications(app)
        assert app.screen is screen
        assert path_field(screen).has_class("-invalid")
        set_path(screen, tmp_path / "memo.txt")  # typing a new name clears the mark
        assert not path_field(screen).has_class("-invalid")


async def test_enter_in_the_file_name_writes_and_the_footer_shows_f2_there(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("p")
        assert app.focused is path_field(screen)
        await pilot.pause()
        keys = screen.active_bindings
        assert "w" not in keys and "c" not in keys  # typed into the field, not commands there
        assert keys["f2"].binding.description == "เขียนไฟล์"
        assert "F2 เขียนไฟล์" in screen_text(app).splitlines()[-1]
        target = tmp_path / "typed.txt"
        set_path(screen, target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_bytes() == render(plan_of(app), ExportOptions())


async def test_a_bare_file_name_goes_in_the_current_folder(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        set_path(screen, "bare.txt")
        await pilot.press("f2")
        await pilot.pause()
        assert (tmp_path / "bare.txt").read_bytes() == render(plan_of(app), ExportOptions())
        assert f"ลงไฟล์ {tmp_path / 'bare.txt'} แล้ว" in said(app)


# --- the clipboard ----------------------------------------------------------------------------


async def test_c_copies_the_rendered_text_and_warns_about_terminals(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        copied: list[str] = []
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await pilot.press("c")
        await pilot.pause()
        assert copied == [render_export(plan_of(app), ExportOptions())]
        message = said(app)
        assert "คลิปบอร์ด" in message and "PuTTY" in message and "GNOME Terminal" in message
        assert "macOS Terminal" in message
        await pilot.press("f", "f", "c")
        await pilot.pause()
        assert copied[-1] == render_export(plan_of(app), ExportOptions(format="csv"))
        assert not copied[-1].startswith("\ufeff")
        assert app.screen is screen


async def test_the_copy_button(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_export(pilot)
        copied: list[str] = []
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await pilot.click("#export-copy")
        await pilot.pause()
        assert copied == [render_export(plan_of(app), ExportOptions())]


# --- filters ----------------------------------------------------------------------------------


async def test_d_filters_to_dimension_2(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("d", "d")
        await pilot.pause()
        assert screen.query_one("#export-dimension", Select).value == 2
        plan = plan_of(app)
        in_two = plan.measures_of(2)
        text = "\n".join(preview(screen))
        assert "มิติที่ 2" in text  # the filter line under the title
        for m in plan.measures:
            shown = f"|{m.order:>7} | " in text
            assert shown == (m.dimension == 2), m.order
        assert f"ตัวอย่าง: {len(in_two)} รายการ" in info(screen)
        # the same filter as TSV: one row per measure of dimension 2
        await pilot.press("f")
        await pilot.pause()
        rows = [line.split("\t") for line in preview(screen)[1:]]
        assert [int(r[0]) for r in rows] == [m.order for m in in_two]
        assert {r[2] for r in rows} == {"2"}
        target = tmp_path / "dim2.tsv"
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        assert target.read_bytes() == render(plan, ExportOptions(format="tsv", dimension=2))
        await pilot.press("d", "d", "d")  # 3, 4, then all again
        await pilot.pause()
        assert screen.query_one("#export-dimension", Select).value == 0
        assert len(preview(screen)) == 16


async def test_statuses_are_ticked_off_from_the_keyboard(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("f")  # TSV: rows are easy to count
        completed = screen.query_one("#export-status-completed", Checkbox)
        while app.focused is not completed:
            await pilot.press("tab")
        await pilot.press("space")
        await pilot.pause()
        plan = plan_of(app)
        in_progress = [m.order for m in plan.measures_in_table_order() if m.status is Status.IN_PROGRESS]
        assert [int(line.split("\t")[0]) for line in preview(screen)[1:]] == in_progress
        # untick the other three too: nothing left to export, said in place of the preview
        for status in (Status.WAITING, Status.IN_PROGRESS, Status.CANNOT):
            screen.query_one(f"#export-status-{status.value}", Checkbox).value = False
        await pilot.pause()
        assert preview(screen) == []
        assert info(screen) == "ส่งออกไม่ได้: ต้องเลือกสถานะอย่างน้อยหนึ่งสถานะ"
        set_path(screen, tmp_path / "none.tsv")
        await pilot.press("w")
        await pilot.pause()
        assert not (tmp_path / "none.tsv").exists()
        assert "ต้องเลือกสถานะอย่างน้อยหนึ่งสถานะ" in notifications(app)


async def test_wrap_width_and_thai_digits(app_factory, tmp_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("tab", "tab")
        width = screen.query_one("#export-width", Input)
        assert app.focused is width
        await pilot.press("2", "0")  # the field's text is selected on focus: typing replaces it
        await pilot.pause()
        assert width.value == "20"
        await pilot.press("tab", "tab", "space")  # dimension, then the Thai digits box
        await pilot.pause()
        assert screen.query_one("#export-thai-digits", Checkbox).value
        options = ExportOptions(width=20, thai_digits=True)
        assert preview(screen) == preview_lines(render_export(plan_of(app), options))
        assert any("๘๓.๓๓" in line for line in preview(screen))
        target = tmp_path / "thai.txt"
        set_path(screen, target)
        await pilot.press("w")
        await pilot.pause()
        assert target.read_bytes() == render(plan_of(app), options)
        # a width out of range is said in place of the preview, and nothing is written
        width.value = "2"
        await pilot.pause()
        assert width.has_class("-invalid")
        assert info(screen).startswith("ส่งออกไม่ได้: ความกว้าง 2 ใช้ไม่ได้")
        width.value = ""
        await pilot.pause()
        assert info(screen) == "ส่งออกไม่ได้: ตัดบรรทัดที่: ใส่จำนวนเต็ม (0 = ไม่ตัด)"


async def test_the_summary_can_be_left_out(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        screen.query_one("#export-summary", Checkbox).value = False
        await pilot.pause()
        assert not any("83.33" in line for line in preview(screen))
        assert preview(screen) == preview_lines(render_export(plan_of(app), ExportOptions(include_summary=False)))


# --- what the screen draws --------------------------------------------------------------------


def test_preview_lines_hold_no_control_characters() -> None:
    text = 'a,"x\ry"\r\nb\x1b[2J\tc\x7f\x9b\x07\r\n'
    lines = preview_lines(text)
    assert lines == ['a,"x', 'y"', f"b{CONTROL_MARK}[2J\tc{CONTROL_MARK}{CONTROL_MARK}{CONTROL_MARK}"]
    assert all(unicodedata.category(ch) != "Cc" for line in lines for ch in line.replace("\t", ""))


async def test_user_text_is_shown_as_typed_never_as_markup(app_factory, plan_path) -> None:
    uid = stored_plan(plan_path).measures_in_table_order()[0].uid
    PlanStore(plan_path).apply(SetMeasureField(uid, "title", "[bold red]ตัวหนา[/] [link=x]y[/link]"))
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("f")  # TSV: the title on one line
        await pilot.pause()
        assert "[bold red]ตัวหนา[/] [link=x]y[/link]" in screen_text(app)
        assert preview(screen)[1].split("\t")[1] == "[bold red]ตัวหนา[/] [link=x]y[/link]"


async def test_a_save_by_someone_else_shows_in_the_preview(app_factory, plan_path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("f", "d", "d")  # TSV of dimension 2
        await pilot.pause()
        uid = plan_of(app).measures_of(2)[0].uid
        PlanStore(plan_path).apply(SetMeasureField(uid, "remarks", "แก้โดยผู้อื่น"))
        app.poll()
        await pilot.pause()
        assert preview(screen)[1].endswith("\tแก้โดยผู้อื่น")
        assert screen.query_one("#export-dimension", Select).value == 2  # the options stay


async def test_a_dimension_added_elsewhere_joins_the_choices(app_factory, plan_path) -> None:
    from tui_app.changes import AddDimension, RemoveDimension

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        PlanStore(plan_path).apply(AddDimension(5, "มิติใหม่"))
        app.poll()
        await pilot.pause()
        await pilot.press("d", "d", "d", "d", "d")
        await pilot.pause()
        assert screen.query_one("#export-dimension", Select).value == 5
        assert info(screen).startswith("ตัวอย่าง: 0 รายการ")
        # someone removes it while it is chosen: back to every dimension, nothing breaks
        PlanStore(plan_path).apply(RemoveDimension(5))
        app.poll()
        await pilot.pause()
        assert screen.query_one("#export-dimension", Select).value == 0
        assert info(screen).startswith("ตัวอย่าง: 15 รายการ")


async def test_english_and_switching_language(app_factory) -> None:
    app = app_factory(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        text = screen_text(app)
        assert "Format (f)" in text and "Statuses" in text and "Write (w)" in text
        assert "Export the status table" in text
        assert "Preview: 15 items" in text
        footer = text.splitlines()[-1]
        assert "Write" in footer and "Copy" in footer and "Format" in footer
        await pilot.press("d", "d")
        await pilot.press("ctrl+t")
        await pilot.pause()
        text = screen_text(app)
        assert "รูปแบบ (f)" in text and "มิติที่ 2" in text and "ตัวอย่าง: 7 รายการ" in text
        assert "ข้อความ (.txt)" in text and "เสร็จแล้ว" in text and "เขียนไฟล์ (w)" in text
        assert "ส่งออกตารางสถานะ" in text
        assert screen.query_one("#export-dimension", Select).value == 2


async def test_help_lists_the_dialogs_keys(app_factory) -> None:
    from tui_app.screens.help import HelpScreen, help_rows

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        rows = dict(help_rows(screen, "th"))
        assert rows["w / F2 / ^o"] == "เขียนไฟล์"
        assert rows["c / F3"] == "คัดลอก"
        assert rows["s"] == "แบบตาราง" and rows["p"] == "ชื่อไฟล์"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "PuTTY" in screen_text(app) or "PuTTY" in t("export_dialog.help", "th")


# --- getting there ----------------------------------------------------------------------------


async def test_the_palette_offers_the_export(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        command = next(c for c in plan_commands(app) if c.text == "ส่งออกตารางสถานะ")
        command.run()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        command.run()  # already open: not opened twice
        await pilot.pause()
        assert sum(isinstance(s, ExportScreen) for s in app.screen_stack) == 1


async def test_a_year_without_measures_has_nothing_to_export(tmp_path) -> None:
    from tui_app.model import Plan

    store = PlanStore(tmp_path / "empty.json", sample=None)
    store.open()
    store.save_plan(Plan(organization="อบต.ว่าง", fiscal_year=2567))
    app = TuiApp(store=store, poll_seconds=3600)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, StatusTableScreen)
        assert "ยังไม่มีรายการในปีงบประมาณนี้ จึงยังไม่มีอะไรให้ส่งออก" in notifications(app)
