"""The export dialog with a binary format (.xlsx) and the export folder, driven with the Pilot.

Every test runs in its own temporary current folder; the user's settings and environment are
kept out by ``conftest.py``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import notifications, screen_text
from openpyxl import load_workbook
from test_app_export import info, open_export, path_field, set_path
from textual.widgets import Button, Checkbox, Input, Select

from tui_app.app import TuiApp
from tui_app.export import EXPORT_FORMATS, ExportOptions, render
from tui_app.i18n import t
from tui_app.report import table_title
from tui_app.screens.export_dialog import PreviewView
from tui_app.store.settings import EXPORT_DIR_ENV, export_folder


@pytest.fixture(autouse=True)
def in_tmp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


async def choose_xlsx(pilot, screen) -> None:
    """f until the format is Excel, as a user steps to it."""
    for _ in EXPORT_FORMATS:
        if screen.query_one("#export-format", Select).value == "xlsx":
            return
        await pilot.press("f")
        await pilot.pause()
    raise AssertionError("xlsx is not offered")


async def test_choose_xlsx_write_it_and_the_message_gives_the_absolute_path(app_factory, in_tmp_folder) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await choose_xlsx(pilot, screen)
        # no text preview: a description in its place; the options xlsx has no use for are off
        assert not screen.query_one(PreviewView).display
        about = screen.query_one("#export-about")
        assert about.display and "Excel" in str(about.content)
        assert "Excel" in screen_text(app) and "A4" in screen_text(app)
        assert info(screen) == "15 รายการ · ไฟล์ .xlsx ไม่มีตัวอย่าง: กด w เพื่อเขียนไฟล์"
        assert screen.query_one("#export-style", Select).disabled
        assert screen.query_one("#export-width", Input).disabled
        assert screen.query_one("#export-bom", Checkbox).disabled
        assert screen.query_one("#export-thai-digits", Checkbox).disabled
        assert not screen.query_one("#export-summary", Checkbox).disabled
        assert screen.query_one("#export-copy", Button).disabled
        assert path_field(screen).value == str(in_tmp_folder / "status-2566.xlsx")
        # a relative name, written with w
        set_path(screen, "รายงาน.xlsx")
        await pilot.press("w")
        await pilot.pause()
        target = in_tmp_folder / "รายงาน.xlsx"
        data = target.read_bytes()
        assert data[:2] == b"PK"
        ws = load_workbook(io.BytesIO(data)).active
        plan = app.session.plan
        assert ws["A1"].value == table_title(plan)
        assert ws["D4"].number_format == "#,##0.00" and ws["D4"].data_type == "n"
        said = notifications(app)
        assert f"เขียน {len(data):,} ไบต์ ลงไฟล์ {target} แล้ว" in said
        assert target.is_absolute()


async def test_c_on_a_binary_format_says_to_write_the_file_and_copies_nothing(app_factory) -> None:
    app = app_factory(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        copied: list[str] = []
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await choose_xlsx(pilot, screen)
        await pilot.press("c")
        await pilot.pause()
        assert copied == []
        assert "A .xlsx file cannot go to the clipboard (it is not text): press w to write the file." in notifications(
            app
        )
        # on to the next binary format (docx) and back round to text: the preview and the copy return
        while screen.query_one("#export-format", Select).value != "text":
            await pilot.press("f")
            await pilot.pause()
        assert screen.query_one(PreviewView).display and not screen.query_one("#export-about").display
        assert not screen.query_one("#export-copy", Button).disabled


async def test_the_summary_box_applies_to_the_xlsx(app_factory, in_tmp_folder) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await choose_xlsx(pilot, screen)
        screen.query_one("#export-summary", Checkbox).focus()
        await pilot.press("space", "w")
        await pilot.pause()
        ws = load_workbook(in_tmp_folder / "status-2566.xlsx").active
        texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert not any("สรุปผลการขับเคลื่อนแผนฯ" in text for text in texts)


async def test_the_about_text_follows_the_language(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        await choose_xlsx(pilot, screen)
        assert str(screen.query_one("#export-about").content) == t("export_dialog.about.xlsx", "th")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert str(screen.query_one("#export-about").content) == t("export_dialog.about.xlsx", "en")
        assert info(screen) == "15 items · no preview for a .xlsx file: press w to write it"


# --- the export folder ------------------------------------------------------------------------------


async def test_tui_app_export_dir_is_the_dialogs_folder(app_factory, tmp_path, in_tmp_folder, monkeypatch) -> None:
    shared = tmp_path / "shared to windows"
    shared.mkdir()
    monkeypatch.setenv(EXPORT_DIR_ENV, str(shared))
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        assert path_field(screen).value == str(shared / "status-2566.txt")
        await pilot.press("w")
        await pilot.pause()
        assert (shared / "status-2566.txt").read_bytes() == render(app.session.plan, ExportOptions())
        # a bare name typed by the user also goes there, not to the current folder
        set_path(screen, "memo.txt")
        await pilot.press("w")
        await pilot.pause()
        assert (shared / "memo.txt").exists() and not (in_tmp_folder / "memo.txt").exists()
        assert f"ลงไฟล์ {shared / 'memo.txt'} แล้ว" in "\n".join(notifications(app))


async def test_the_settings_files_export_dir_is_used_when_the_variable_is_not_set(plan_path, tmp_path) -> None:
    from tui_app.store import PlanStore

    folder = tmp_path / "exports"
    folder.mkdir()
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"lang": "th", "export_dir": str(folder)}), encoding="utf-8")
    store = PlanStore(plan_path)
    store.open()
    app = TuiApp(store=store, settings_path=settings, poll_seconds=3600)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot)
        assert path_field(screen).value == str(folder / "status-2566.txt")


async def test_a_missing_export_folder_is_said_and_not_created(app_factory, tmp_path, monkeypatch) -> None:
    missing = tmp_path / "no such folder"
    monkeypatch.setenv(EXPORT_DIR_ENV, str(missing))
    app = app_factory(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_export(pilot)
        await pilot.press("w")
        await pilot.pause()
        assert not missing.exists()
        assert any(f"there is no folder {missing}" in text for text in notifications(app))


def test_export_folder_order_env_then_settings_then_current_folder(tmp_path, in_tmp_folder) -> None:
    settings = tmp_path / "settings.json"
    assert export_folder(settings, environ={}) == in_tmp_folder  # no settings file
    settings.write_text(json.dumps({"export_dir": "~/ส่งออก"}), encoding="utf-8")
    assert export_folder(settings, environ={"HOME": "/home/clerk"}) == Path.home() / "ส่งออก"
    assert export_folder(settings, environ={EXPORT_DIR_ENV: "/srv/share"}) == Path("/srv/share")
    assert export_folder(None, environ={EXPORT_DIR_ENV: "exports"}) == in_tmp_folder / "exports"  # made absolute
    assert export_folder(settings, environ={EXPORT_DIR_ENV: "  "}) == Path.home() / "ส่งออก"  # blank: not set
    settings.write_text(json.dumps({"export_dir": 5}), encoding="utf-8")
    assert export_folder(settings, environ={}) == in_tmp_folder  # a bad value is no value
