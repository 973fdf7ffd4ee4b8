"""The roll-up of many organizations' files: figures per organization and in total, sorted by
implementation percent, damaged files listed with the reason; text, CSV and xlsx; the command
line, 300 files under 3 s; the read-only view driven with the Pilot."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import screen_text

from tui_app.model import Status
from tui_app.rollup import render_rollup, rollup, rollup_csv, rollup_text
from tui_app.store.plan_store import sample_bytes


def _org(folder: Path, name: str, completed: int, org: str) -> Path:
    """The sample plan as organization ``org`` with ``completed`` of its in-progress measures completed."""
    data = json.loads(sample_bytes())
    for header in data["plans"].values():
        header["organization"] = org
    doing = sorted((d for d in data["measures"].values() if d["status"] == "in_progress"), key=lambda d: d["order"])
    for doc in doing[:completed]:
        doc["status"] = "completed"
    for doc in sorted(data["measures"].values(), key=lambda d: d["order"])[:1]:
        doc["budget"], doc["disbursed"] = "1000.00", "250.50"
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


@pytest.fixture()
def district(tmp_path: Path) -> Path:
    folder = tmp_path / "district"
    folder.mkdir()
    _org(folder, "a.json", 0, "อบต.หนึ่ง")  # 83.33
    _org(folder, "b.json", 5, "=อบต.สอง")  # 100.00 (a name that a spreadsheet would run as a formula)
    (folder / "c.json").write_text('{"meta": {"1": {"schema_version": 2}}, "plans": {"1": ', "utf-8")
    return folder


def test_three_files_one_damaged(district: Path) -> None:
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in district.iterdir()}
    r = rollup([district])
    assert [o.organization for o in r.rows] == ["=อบต.สอง", "อบต.หนึ่ง"]  # highest percent first
    assert [o.summary.implementation_percent for o in r.rows] == [Decimal("100.00"), Decimal("83.33")]
    assert [o.path.name for o in r.damaged] == ["c.json"]
    assert r.total.total == 30 and r.total.counts[Status.COMPLETED] == 25 and r.total.counts[Status.IN_PROGRESS] == 5
    assert r.total.implementation_percent == Decimal("91.67")
    assert r.total.budget == Decimal("2000.00") and r.total.disbursed == Decimal("501.00")
    text = rollup_text(r)
    assert "ไฟล์ที่อ่านไม่ได้ 1 ไฟล์" in text and "c.json" in text and "ถูกตัดขาด" in text
    assert "รวม 2 หน่วยงาน" in text and "91.67" in text and "สีเขียว" in text
    rows = list(csv.reader(io.StringIO(rollup_csv(r, "en"))))
    assert rows[1][0] == "'=อบต.สอง" and rows[1][8] == "100.00"
    assert rows[3][0].startswith("รวม") and rows[3][3] == "30"
    assert rows[4][-2].endswith("c.json") and "damaged" in rows[4][-1]
    # the files were only read: not changed, and no lock file left beside them
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in district.iterdir()} == before


def test_xlsx_rollup_numbers_and_no_formula(district: Path) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(render_rollup(rollup([district]), "xlsx"))).active
    assert ws["A2"].value == "=อบต.สอง" and ws["A2"].data_type == "s"
    assert ws["I2"].value == 100 and ws["I2"].data_type == "n"
    assert ws["L4"].value == pytest.approx(501.0)
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("c.json" in t for t in texts) and any("ไฟล์ที่อ่านไม่ได้ 1 ไฟล์" in t for t in texts)


def test_a_missing_file_and_a_missing_year_are_listed(district: Path, tmp_path: Path) -> None:
    r = rollup([district / "a.json", tmp_path / "nowhere.json"], year=2599)
    assert not r.rows and len(r.damaged) == 2
    reasons = [o.error.message("en") for o in r.damaged]
    assert "no fiscal year 2599" in reasons[0] and "nowhere.json" in reasons[1]


def test_cli_rollup_formats(district: Path, tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    files = [str(district / n) for n in ("a.json", "b.json", "c.json")]
    out = subprocess.run([sys.executable, "-m", "tui_app", "rollup", *files], capture_output=True, env=env)
    assert out.returncode == 0 and "ไฟล์ที่อ่านไม่ได้ 1 ไฟล์" in out.stdout.decode()
    target = tmp_path / "r.xlsx"
    done = subprocess.run([sys.executable, "-m", "tui_app", "rollup", str(district), "--out", str(target)], env=env)
    assert done.returncode == 0 and target.read_bytes()[:2] == b"PK"
    csv_out = subprocess.run(
        [sys.executable, "-m", "tui_app", "rollup", str(district), "--format", "csv"], capture_output=True, env=env
    ).stdout
    assert csv_out.startswith(b"\xef\xbb\xbf")


def test_300_files_roll_up_in_under_3_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "province"
    folder.mkdir()
    template = json.loads(sample_bytes())
    for n in range(300):
        for header in template["plans"].values():
            header["organization"] = f"อบต.ที่ {n}"
        (folder / f"org{n:03}.json").write_text(json.dumps(template, ensure_ascii=False), "utf-8")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tui_app", "rollup", str(folder)], capture_output=True, env=env)
    took = time.perf_counter() - started
    assert done.returncode == 0 and "รวม 300 หน่วยงาน" in done.stdout.decode()
    print(f"roll-up of 300 files: {took:.2f} s")
    assert took < 3.0


async def test_the_read_only_view(district: Path) -> None:
    from tui_app.screens.rollup import RollupApp

    app = RollupApp([district], lang="th")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "สรุปรวม 2 หน่วยงาน" in text
        assert text.index("=อบต.สอง") < text.index("อบต.หนึ่ง")
        assert "100.00 (สีเขียว)" in text and "ไฟล์ที่อ่านไม่ได้ 1 ไฟล์" in text and "c.json" in text
        _org(district, "c.json", 0, "อบต.สาม")  # someone fixes the damaged file; r reads again
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert "สรุปรวม 3 หน่วยงาน" in text and "อบต.สาม" in text and "อ่านได้ทุกไฟล์" in text
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "Roll-up of 3 organizations" in screen_text(app) and "(green)" in screen_text(app)
        await pilot.press("q")
