"""The report .docx as LibreOffice renders it (``tools/render_check.py``): the table on A4
landscape pages with the header repeated, every ☑ of a status column at one x, no header word
broken. Skipped when LibreOffice or poppler is not installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from tui_app import docx_report
from tui_app.export import ExportOptions, render
from tui_app.model import Plan, Status
from tui_app.store import PlanStore

TOOL = REPO / "tools" / "render_check.py"

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="the rendering check needs LibreOffice (soffice) and poppler's pdftotext on the PATH; "
    "install libreoffice-writer-nogui and poppler-utils to run it",
)


@pytest.fixture()
def sample(tmp_path: Path) -> Plan:
    store = PlanStore(tmp_path / "p.json")
    store.open()
    return store.load()


def render_check(path: Path) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, str(TOOL), str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    return done.returncode, done.stdout + done.stderr


def test_the_sample_report_renders_as_the_office_files_it(sample: Plan, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(render(sample, ExportOptions(format="docx", memo=True)))
    code, out = render_check(path)
    assert code == 0, out
    assert "RESULT: ok" in out
    assert "header repeated: 15 of the table's 15 rows' ☑ are on pages under the header" in out
    completed = sum(1 for m in sample.measures if m.status is Status.COMPLETED)
    assert f"status column ดำเนินการแล้วเสร็จ: {completed} ☑ at" in out
    assert "no header word broken" in out


def test_the_check_finds_broken_header_words(sample: Plan, tmp_path: Path, monkeypatch) -> None:
    # ลำดับ, งบประมาณ, เบิกจ่าย and หมายเหตุ too narrow for their words: the renderer has to cut them
    narrow = (24, 300, 24, 40, 40, 50, 50, 58, 52, 40)
    monkeypatch.setattr(docx_report, "COLUMN_WIDTHS_PT", narrow)
    path = tmp_path / "narrow.docx"
    path.write_bytes(render(sample, ExportOptions(format="docx", table_only=True)))
    code, out = render_check(path)
    assert code == 1, out
    assert "FAIL no header word broken:" in out
    assert "ok   status column ดำเนินการแล้วเสร็จ" in out  # the other checks still hold
    assert "RESULT: FAILED" in out


def test_a_missing_file_is_a_plain_message(tmp_path: Path) -> None:
    code, out = render_check(tmp_path / "nothing.docx")
    assert code == 2 and "no file" in out
