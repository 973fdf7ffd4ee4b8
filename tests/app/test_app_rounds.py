"""The rounds screen driven as a user drives it: r from the overview, f to freeze, x to export a
round as frozen, c to compare with now, space + c to compare two rounds, x / s to save a comparison."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from conftest import notifications, screen_text
from textual.widgets import Input, Select

from tui_app.changes import SetMeasureField
from tui_app.export import EXPORT_FORMATS, ExportOptions
from tui_app.model import Status
from tui_app.rounds import render_round
from tui_app.screens.rounds import ComparisonScreen, FreezeDialog, RoundExportScreen, RoundsScreen
from tui_app.store import PlanStore
from tui_app.store.settings import EXPORT_DIR_ENV


@pytest.fixture()
def out_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setenv(EXPORT_DIR_ENV, str(folder))
    return folder


async def open_rounds(pilot) -> RoundsScreen:
    await pilot.press("r")
    await pilot.pause()
    assert isinstance(pilot.app.screen, RoundsScreen)
    return pilot.app.screen


async def freeze(pilot, months: int, as_of: str = "31/03/2566") -> None:
    await pilot.press("f")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, FreezeDialog)
    dialog.query_one("#freeze-months", Select).value = months
    dialog.query_one("#freeze-as-of", Input).value = as_of
    await pilot.press("f2")
    await pilot.pause()


async def test_freeze_list_compare_and_save(app_factory, plan_path: Path, out_dir: Path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await open_rounds(pilot)
        assert "ยังไม่ได้บันทึกรอบรายงานของปีนี้" in screen_text(app)
        await freeze(pilot, 6)
        assert isinstance(app.screen, RoundsScreen)
        (frozen,) = PlanStore(plan_path).rounds()
        assert frozen.months == 6 and frozen.as_of.isoformat() == "2023-03-31"
        assert "รอบ 6 เดือน" in screen_text(app) and "83.33 (สีเขียว)" in screen_text(app)
        # the dialog offers only the rounds not frozen yet; one someone else froze meanwhile is refused
        await pilot.press("f")
        await pilot.pause()
        offered = [value for _, value in app.screen.query_one("#freeze-months", Select)._options]
        assert offered == [3, 9, 12]
        other = PlanStore(plan_path)
        other.open()
        other.freeze_round(None, 12)
        before = plan_path.read_bytes()
        app.screen.query_one("#freeze-months", Select).value = 12
        await pilot.press("f2")
        await pilot.pause()
        assert any("บันทึกไว้แล้ว" in n for n in notifications(app))
        assert plan_path.read_bytes() == before
        assert "รอบ 12 เดือน" in screen_text(app)

        # an edit, then c: the comparison with now shows the measure that moved
        moved = next(m for m in app.session.plan.measures_in_table_order() if m.status is Status.IN_PROGRESS)
        assert app.submit(SetMeasureField(moved.uid, "status", Status.COMPLETED))
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        text = screen_text(app)
        assert "83.33 % (สีเขียว)" in text and "86.67 % (สีเขียว)" in text
        assert "เปลี่ยนสถานะ 1 โครงการ" in text
        await pilot.press("s")
        await pilot.pause()
        saved = out_dir / "compare-2566-round6-now.csv"
        rows = list(csv.reader(io.StringIO(saved.read_text("utf-8-sig"))))
        changed = [r for r in rows[1:] if r[2] != r[3]]
        assert [r[0] for r in changed] == [str(moved.order)]
        await pilot.press("x")
        await pilot.pause()
        assert "เปรียบเทียบ รอบ 6 เดือน กับ ปัจจุบัน" in (out_dir / "compare-2566-round6-now.txt").read_text("utf-8")
        await pilot.press("escape")
        await pilot.pause()

        # a third round, then space on the first and c: the two rounds compared
        await freeze(pilot, 9, "30/06/2566")
        assert [r.months for r in PlanStore(plan_path).rounds()] == [6, 9, 12]
        screen.query_one("#rounds-table").move_cursor(row=0)
        await pilot.press("space")
        await pilot.pause()
        screen.query_one("#rounds-table").move_cursor(row=1)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        assert "เปรียบเทียบ รอบ 6 เดือน กับ รอบ 9 เดือน" in screen_text(app)
        assert "เปลี่ยนสถานะ 1 โครงการ" in screen_text(app)


async def test_export_a_round_as_frozen_in_every_format(
    app_factory, plan_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PlanStore(plan_path)
    store.open()
    store.freeze_round(None, 6)
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = app.session.plan.measures_in_table_order()[0]
        assert app.submit(SetMeasureField(first.uid, "remarks", "แก้ไขหลังปิดรอบ"))
        later = time.time() + 3600  # an hour later: a format stamping the time of writing would differ
        monkeypatch.setattr(time, "time", lambda: later)
        await open_rounds(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RoundExportScreen)
        assert "รอบ 6 เดือน" in screen_text(app)
        for fmt in EXPORT_FORMATS:
            dialog.query_one("#export-format", Select).value = fmt
            await pilot.pause()
            await pilot.press("w")
            await pilot.pause()
            extension = EXPORT_FORMATS[fmt].extension
            written = (out_dir / f"status-2566-round6.{extension}").read_bytes()
            frozen = PlanStore(plan_path).load_round(None, 6)
            assert written == render_round(frozen, ExportOptions(format=fmt))
            assert "แก้ไขหลังปิดรอบ".encode() not in written
