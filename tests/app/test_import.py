"""Import of a status table: the app's own CSV and .xlsx (round trip identical), a CSV with
shuffled Thai headers and Thai digits, bad rows (each reported, nothing written), the preview,
the confirmation, someone else's change meanwhile; ``tui-app import`` in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import open_store, stored_plan

from tui_app.changes import SetMeasureField
from tui_app.errors import ConflictError
from tui_app.export import ExportOptions, render
from tui_app.importer import plan_import, preview_lines, read_rows
from tui_app.model import Status
from tui_app.store import PlanStore


def _cli(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui_app", *args], capture_output=True, text=True, input=stdin,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "TUI_APP_LANG": "en"},
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "tsv"])
def test_round_trip_of_the_apps_own_export(plan_path: Path, tmp_path: Path, fmt: str) -> None:
    store = open_store(plan_path)
    plan = store.load()
    exported = tmp_path / f"status.{fmt}"
    exported.write_bytes(render(plan, ExportOptions(format=fmt)))
    # into the same year: nothing to change
    same = plan_import(plan, read_rows(exported))
    assert len(same.rows) == 15 and not same.problems and not same.creates and not same.changes
    # into a new year: the same table comes out again, byte for byte
    done = _cli("import", str(exported), "--year", "2567", "--yes", "--db", str(plan_path), home=tmp_path)
    assert done.returncode == 0, done.stderr
    again = PlanStore(plan_path).load(2567)
    assert len(again.measures) == 15
    for table in ("csv", "tsv"):  # the table's every cell (the header and summary say the year)
        assert render(again, ExportOptions(format=table)) == render(plan, ExportOptions(format=table))


def test_shuffled_thai_headers_and_thai_digits(plan_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "old.csv"
    source.write_text(
        "หมายเหตุ,สถานะ,มิติ,\"งบประมาณ\n(บาท)\",รายการโครงการ,ลำดับ,เบิกจ่าย\n"
        "ยังไม่เริ่ม,รอรายงาน,๒,\"๑๒,๕๐๐.๐๐\",โครงการใหม่ ก,๑๖,๐\n"
        ",ดำเนินการแล้วเสร็จ,๑,๐,โครงการโรงเรียนคุณธรรม,๑,\"๓,๒๐๐.๕๐\"\n",
        "utf-8",
    )
    plan = open_store(plan_path).load()
    preview = plan_import(plan, read_rows(source))
    assert not preview.problems
    (created,) = preview.creates
    assert created.order == 16 and created.values["budget"] == Decimal("12500.00")
    assert created.values["dimension"] == 2 and created.values["status"] is Status.WAITING
    changed = {(c.order, c.name): (c.old, c.new) for c in preview.changes}
    assert changed == {
        (1, "status"): (Status.IN_PROGRESS, Status.COMPLETED),
        (1, "disbursed"): (Decimal("0.00"), Decimal("3200.50")),
    }
    text = "\n".join(preview_lines(preview, "en"))
    assert "1 new items" in text and "2 fields changed" in text
    done = _cli("import", str(source), "--yes", "--db", str(plan_path), home=tmp_path)
    assert done.returncode == 0, done.stderr
    after = stored_plan(plan_path)
    new = next(m for m in after.measures if m.title == "โครงการใหม่ ก")
    # numbered by dimension: last of dimension 2, before every measure of dimensions 3 and 4
    assert new.dimension == 2 and new.order == max(m.order for m in after.measures if m.dimension == 2)
    first = next(m for m in after.measures if m.order == 1)
    assert (first.status, first.disbursed, first.remarks) == (Status.COMPLETED, Decimal("3200.50"), "")


def test_marks_in_status_columns_and_english_headers(plan_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "marks.tsv"
    source.write_text(
        "Title\tNo.\tWaiting\tIn progress\tCompleted\tCannot\n"
        "โครงการ ก\t20\t\t✓\t\t\n"
        "โครงการ ข\t21\t\t\t\tx\n",
        "utf-8",
    )
    preview = plan_import(open_store(plan_path).load(), read_rows(source))
    assert [(c.order, c.values["status"]) for c in preview.creates] == [(20, Status.IN_PROGRESS), (21, Status.CANNOT)]


def test_bad_rows_are_each_reported_and_nothing_is_written(plan_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "ลำดับ,รายการโครงการ,มิติ,งบประมาณ,สถานะ\n"
        "1,โครงการดี,1,100,รอรายงาน\n"
        "x,โครงการ ข,1,100,รอรายงาน\n"  # row 3: not a number
        "3,,1,100,รอรายงาน\n"  # row 4: no title
        "4,โครงการ ง,1,หนึ่งร้อย,รอรายงาน\n"  # row 5: not an amount
        "5,โครงการ จ,1,100,เสร็จแล้วมั้ง\n"  # row 6: unknown status
        "1,โครงการ ฉ,1,100,รอรายงาน\n",  # row 7: the same number as row 2
        "utf-8",
    )
    before = plan_path.read_bytes()
    done = _cli("import", str(source), "--yes", "--db", str(plan_path), home=tmp_path)
    assert done.returncode == 1
    for row in (3, 4, 5, 6, 7):
        assert f"row {row}:" in done.stdout
    assert "nothing is imported" in done.stdout
    assert plan_path.read_bytes() == before


def test_dry_run_and_no_terminal_write_nothing(plan_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    source.write_text("ลำดับ,รายการโครงการ,สถานะ\n16,โครงการใหม่,รอรายงาน\n", "utf-8")
    before = plan_path.read_bytes()
    dry = _cli("import", str(source), "--dry-run", "--db", str(plan_path), home=tmp_path)
    assert dry.returncode == 0 and "1 new items" in dry.stdout
    asked = _cli("import", str(source), "--db", str(plan_path), home=tmp_path, stdin="y\n")
    assert asked.returncode == 1 and "use --yes" in asked.stderr
    assert plan_path.read_bytes() == before


def test_someone_elses_change_meanwhile_is_a_conflict(plan_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    source.write_text("ลำดับ,รายการโครงการ,สถานะ\n1,โครงการโรงเรียนคุณธรรม,ดำเนินการแล้วเสร็จ\n", "utf-8")
    store = open_store(plan_path)
    preview = plan_import(store.load(), read_rows(source))
    first = next(m for m in store.load().measures if m.order == 1)
    store.apply(SetMeasureField(first.uid, "status", Status.CANNOT))  # someone else, after the preview
    before = plan_path.read_bytes()
    with pytest.raises(ConflictError):
        store.apply(preview.change)
    assert plan_path.read_bytes() == before


def test_a_file_without_the_reports_columns_is_refused(tmp_path: Path, plan_path: Path) -> None:
    source = tmp_path / "other.csv"
    source.write_text("name,phone\nสมชาย,0812345678\n", "utf-8")
    done = _cli("import", str(source), "--dry-run", "--db", str(plan_path), home=tmp_path)
    assert done.returncode == 1 and "No header row found" in done.stderr


# --- the import screen ---------------------------------------------------------------------------


async def test_the_import_screen_previews_then_imports_after_yes(app_factory, plan_path: Path, tmp_path: Path) -> None:
    from conftest import notifications, screen_text
    from textual.widgets import Input

    from tui_app.screens.dialogs import ConfirmDialog
    from tui_app.screens.import_screen import ImportScreen

    good = tmp_path / "good.csv"
    good.write_text(
        "ลำดับ,รายการโครงการ,สถานะ\n16,โครงการนำเข้า,รอรายงาน\n1,โครงการโรงเรียนคุณธรรม,ดำเนินการแล้วเสร็จ\n", "utf-8"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("ลำดับ,รายการโครงการ,สถานะ\n16,โครงการนำเข้า,ไม่รู้\n", "utf-8")
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        before = plan_path.read_bytes()
        field = screen.query_one("#import-path", Input)
        # a file with a bad row: the row and its reason, and F2 does nothing
        field.value = str(bad)
        await pilot.press("enter")
        await pilot.pause()
        assert "แถวที่ 2: ไม่รู้จักสถานะ “ไม่รู้”" in screen_text(app)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen) and plan_path.read_bytes() == before
        # a good file: the preview, nothing written; F2, no: nothing; F2, yes: saved
        field.value = str(good)
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "+ ลำดับ 16 โครงการนำเข้า" in text and "~ ลำดับ 1 สถานะ: อยู่ระหว่างดำเนินการ → ดำเนินการแล้วเสร็จ" in text
        assert plan_path.read_bytes() == before
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert plan_path.read_bytes() == before
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        saved = stored_plan(plan_path)
        assert any(m.title == "โครงการนำเข้า" for m in saved.measures)
        assert next(m for m in saved.measures if m.order == 1).status is Status.COMPLETED
        assert any("นำเข้าแล้ว" in n for n in notifications(app))
