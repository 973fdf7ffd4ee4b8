"""The .xlsx export, read back with openpyxl as a spreadsheet would read it.

Numbers are numbers with the money format, Thai is intact, and no cell is a formula even when
the user's text looks like one (``=1+1``, ``@SUM(1,2)``, ``-5``, ``+66``). When LibreOffice is
installed, the workbook is also converted to PDF and the pages are checked (A4 landscape, the
table one page wide, every ☑ present).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

# the plans of the export tests (tests/export_cases.py)
from export_cases import DOCUMENT_TABLE, awkward_plan, document_plan
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tui_app.cli import main
from tui_app.export import EXPORT_FORMATS, ExportError, ExportOptions, default_filename, render, render_export
from tui_app.model import STATUS_THAI, Measure, Plan, Status
from tui_app.report import COL_STATUS, TABLE_HEADERS, table_title
from tui_app.store import PlanStore
from tui_app.xlsx_report import FONT_NAME, MONEY_FORMAT, xlsx_bytes

HOSTILE_TEXTS = ("=1+1", "@SUM(1,2)", "-5", "+66", '=HYPERLINK("http://x","y")', "#N/A")
TITLE_ROW, HEADER_TOP, FIRST_ROW = 1, 2, 4


def sheet(data: bytes) -> Worksheet:
    return load_workbook(io.BytesIO(data)).active


def table(ws: Worksheet, count: int) -> list[list[object]]:
    """The values of the ``count`` table rows."""
    return [
        [cell.value for cell in row]
        for row in ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + count - 1, max_col=len(TABLE_HEADERS))
    ]


def every_cell(ws: Worksheet):
    for row in ws.iter_rows():
        yield from row


def hostile_plan() -> Plan:
    """Titles, remarks, organization and reporter that a spreadsheet would take for formulas."""
    measures = [
        Measure(n, text, 1 + n % 2, status=list(Status)[n % 4], remarks=HOSTILE_TEXTS[-n], uid=f"h{n}")
        for n, text in enumerate(HOSTILE_TEXTS, start=1)
    ]
    return Plan(
        organization="=1+1",
        fiscal_year=2566,
        reporter="@SUM(1,2)",
        position="-5",
        problems="+66",
        suggestions="=1+1",
        as_of=date(2023, 11, 6),
        measures=measures,
    )


# --- the table ------------------------------------------------------------------------------------


def test_the_table_reads_back_with_numbers_formatted_and_thai_intact() -> None:
    plan = document_plan()
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx")))
    rows = table(ws, 15)
    assert [row[0] for row in rows] == list(range(1, 16))  # in table order, as whole numbers
    for row, (_order, title, dimension, status, remarks) in zip(rows, DOCUMENT_TABLE, strict=True):
        assert row[1] == title  # Thai exactly as stored (SARA AM, tone marks, quotes)
        assert row[2] == dimension
        assert row[9] == (remarks or None)
        marks = row[5:9]
        assert marks == ["☑" if s is status else None for s in Status]
    for r in range(FIRST_ROW, FIRST_ROW + 15):
        for col in ("D", "E"):
            cell = ws[f"{col}{r}"]
            assert cell.data_type == "n" and cell.value == 0
            assert cell.number_format == MONEY_FORMAT == "#,##0.00"
    assert ws.max_column == len(TABLE_HEADERS)


def test_amounts_are_exact_numbers_and_an_amount_not_given_is_an_empty_cell() -> None:
    plan = awkward_plan()
    plan.measures[1].budget = None  # "not given"
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx", include_summary=False)))
    assert ws[f"D{FIRST_ROW}"].value == 1234567.5 and ws[f"E{FIRST_ROW}"].value == 1234.05
    assert ws[f"D{FIRST_ROW}"].number_format == MONEY_FORMAT
    empty = ws[f"D{FIRST_ROW + 1}"]
    assert empty.value is None and empty.border.left.style == "thin"  # still a cell of the table
    # the amount columns are wide enough for 1,234,567.50 (a spreadsheet shows #### otherwise)
    assert ws.column_dimensions["D"].width >= len("1,234,567.50") + 1
    assert ws.column_dimensions["D"].width == ws.column_dimensions["E"].width


def test_the_title_row_and_the_two_row_header_with_status_over_four_columns() -> None:
    plan = document_plan()
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx")))
    assert ws["A1"].value == table_title(plan)
    assert ws["A1"].value == "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของเทศบาลตำบลโพธิ์ทอง พ.ศ. 2566 รอบ 12 เดือน"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A1:J1" in merged
    assert ws["F2"].value == "สถานะ" and "F2:I2" in merged
    # the other headers span both header rows
    for col, header in zip(
        "ABCDEJ",
        ("ลำดับ", "รายการโครงการ (ตั้งต้น)", "มิติ", "งบประมาณ\n(บาท)", "เบิกจ่าย\n(บาท)", "หมายเหตุ"),
        strict=True,
    ):
        assert ws[f"{col}2"].value == header
        assert f"{col}2:{col}3" in merged
    # one status column per Status member, in the enum's order, under its name
    names = [ws.cell(row=3, column=col + 1).value for col in COL_STATUS]
    assert [name.replace("\n", "") for name in names] == [STATUS_THAI[s] for s in Status]
    assert all(cell.font.b for row in ws.iter_rows(min_row=2, max_row=3) for cell in row if cell.value)
    assert ws.freeze_panes == f"A{FIRST_ROW}"


def test_page_setup_a4_landscape_one_page_wide_header_repeated() -> None:
    ws = sheet(xlsx_bytes(document_plan(), ExportOptions(format="xlsx")))
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.print_title_rows == "$2:$3"
    assert "หน้า &P" in ws.oddFooter.center.text


def test_every_cell_and_the_default_font_are_th_sarabun_new() -> None:
    data = xlsx_bytes(document_plan(), ExportOptions(format="xlsx"))
    wb = load_workbook(io.BytesIO(data))
    assert wb._named_styles["Normal"].font.name == FONT_NAME  # column widths are counted in its digits
    for cell in every_cell(wb.active):
        if cell.value is not None:
            assert cell.font.name == FONT_NAME and cell.font.sz >= 16, cell.coordinate


def test_rows_are_as_high_as_their_wrapped_text() -> None:
    plan = document_plan()
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx")))
    short = ws.row_dimensions[FIRST_ROW].height  # โครงการโรงเรียนคุณธรรม: one line
    long = ws.row_dimensions[FIRST_ROW + 3].height  # order 4: a long title and long remarks
    assert short is not None and long is not None and long >= 2.5 * short


# --- below the table --------------------------------------------------------------------------------


def lines_below(ws: Worksheet, after: int = FIRST_ROW + 14) -> list[str]:
    """The texts in column A below row ``after`` (the table's last row)."""
    return [ws.cell(row=r, column=1).value for r in range(after + 1, ws.max_row + 1) if ws.cell(row=r, column=1).value]


def test_below_the_table_the_source_documents_order() -> None:
    plan = replace(document_plan(), problems="1. ล่าช้า\n2. ลาออก", suggestions="ควรติดตามทุก ๓ เดือน")
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx")))
    assert lines_below(ws) == [
        "** ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566",
        "ชื่อ - สกุล ผู้รายงาน นายนครินทร์ วงศ์พงษ์ ตำแหน่ง ผ.ช.นิติกร",
        "ปัญหา อุปสรรค",
        "1. ล่าช้า\n2. ลาออก",
        "ข้อเสนอแนะ",
        "ควรติดตามทุก ๓ เดือน",
        "สรุปผลการขับเคลื่อนแผนฯ",
        "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน 15 โครงการ",
        "- รอการรายงาน 0 โครงการ",
        "- อยู่ระหว่างดำเนินการ 5 โครงการ",
        "- ดำเนินการแล้วเสร็จ 10 โครงการ",
        "- ไม่สามารถดำเนินการได้ 0 โครงการ",
        "- เบิกจ่ายงบประมาณ 0.00 บาท คิดเป็นร้อยละ 0.00",
        "- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก (สีเขียว) ร้อยละ 83.33",
    ]
    problems = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "1. ล่าช้า\n2. ลาออก")
    assert ws.row_dimensions[problems].height >= 1.8 * ws.row_dimensions[problems - 1].height  # two lines shown


def test_without_the_summary_and_filtered() -> None:
    plan = document_plan()
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx", include_summary=False)))
    assert not any("สรุปผล" in line for line in lines_below(ws))
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx", dimension=3)))
    assert ws["A2"].value.startswith("แสดงเฉพาะ มิติที่ 3")  # the filter line under the title
    rows = [ws.cell(row=r, column=2).value for r in range(5, 7)]
    assert rows == [DOCUMENT_TABLE[9][1], DOCUMENT_TABLE[10][1]]
    assert ws.cell(row=7, column=2).value is None  # two rows only
    assert any(line.startswith("- สรุปเฉพาะรายการที่แสดง: มิติที่ 3") for line in lines_below(ws, 6))


# --- no formula, ever -------------------------------------------------------------------------------


def test_no_cell_is_a_formula_whatever_the_text() -> None:
    plan = hostile_plan()
    data = xlsx_bytes(plan, ExportOptions(format="xlsx"))
    ws = sheet(data)
    values = [cell.value for cell in every_cell(ws) if cell.value is not None]
    for text in HOSTILE_TEXTS:
        assert text in values  # kept as typed, as text
    for cell in every_cell(ws):
        assert cell.data_type in ("s", "n"), (cell.coordinate, cell.value, cell.data_type)
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
            assert cell.quotePrefix, cell.coordinate  # editing it in Excel keeps it text
    assert "ของ=1+1" in ws["A1"].value
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml
    assert xml.count('t="inlineStr"') >= len(HOSTILE_TEXTS)


def test_control_characters_and_escapes_are_dropped() -> None:
    plan = awkward_plan()  # one title is "\x1b[31mred\x1b[0m ใช่", one remark starts with a tab
    ws = sheet(xlsx_bytes(plan, ExportOptions(format="xlsx")))
    titles = [ws.cell(row=r, column=2).value for r in range(FIRST_ROW, FIRST_ROW + 6)]
    assert "red ใช่" in titles
    assert not any(re.search(r"[\x00-\x08\x0b-\x1f\x7f]", str(cell.value)) for cell in every_cell(ws) if cell.value)


def test_bad_options_are_the_usual_errors() -> None:
    with pytest.raises(ExportError) as caught:
        xlsx_bytes(document_plan(), ExportOptions(format="xlsx", dimension=9))
    assert caught.value.key == "export.no_dimension"
    with pytest.raises(ExportError) as caught:
        render_export(document_plan(), ExportOptions(format="xlsx"))
    assert caught.value.key == "export.binary_no_text"


# --- the registry and the command line ------------------------------------------------------------


def test_the_registry_offers_xlsx_as_a_binary_format() -> None:
    fmt = EXPORT_FORMATS["xlsx"]
    assert fmt.binary and not fmt.has_preview and not fmt.has_styles
    assert fmt.options == {"include_summary"}
    assert default_filename(document_plan(), ExportOptions(format="xlsx")) == "status-2566.xlsx"
    data = render(document_plan(), ExportOptions(format="xlsx"))
    assert data[:2] == b"PK" and sheet(data)["A1"].value == table_title(document_plan())


def make_db(path: Path) -> Path:
    store = PlanStore(path, sample=None)
    store.open()
    store.save_plan(document_plan())
    return path


def test_cli_format_from_the_extension_and_refused_on_a_terminal(tmp_path: Path, capfdbinary, monkeypatch) -> None:
    db = make_db(tmp_path / "plan.json")
    out = tmp_path / "status.xlsx"
    assert main(["--db", str(db), "export", "--out", str(out)]) == 0
    assert sheet(out.read_bytes())[f"B{FIRST_ROW}"].value == DOCUMENT_TABLE[0][1]
    capfdbinary.readouterr()
    # piped: the bytes go to standard output
    assert main(["--db", str(db), "export", "--format", "xlsx"]) == 0
    assert capfdbinary.readouterr().out[:2] == b"PK"
    # a terminal: refused with one line, nothing printed
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["--db", str(db), "--lang", "en", "export", "--format", "xlsx"]) == 1
    captured = capfdbinary.readouterr()
    assert captured.out == b""
    assert (
        captured.err.decode()
        == "tui-app: a .xlsx file cannot be shown on the terminal: name a file with --out,"
        " e.g. --out status-2566.xlsx\n"
    )


# --- as LibreOffice prints it -------------------------------------------------------------------------


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice not installed")
def test_libreoffice_prints_it_on_a4_landscape_one_page_wide(tmp_path: Path) -> None:
    path = tmp_path / "status.xlsx"
    path.write_bytes(xlsx_bytes(document_plan(), ExportOptions(format="xlsx")))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "status.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)", info)  # landscape
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert text.count("☑") == 15
    # one page wide: no page holds only columns cut off from the others
    for page in pages:
        if "☑" in page:
            assert "ลำดับ" in page and "หมายเหตุ" in page and "0.00" in page
    assert "ของเทศบาลตำบลโพธิ" in pages[0]


def test_table_title_is_the_source_documents_wording_with_thai_digits_on_request() -> None:
    plan = replace(document_plan(), plan_title="แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", round_months=6)
    assert table_title(plan) == (
        "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของเทศบาลตำบลโพธิ์ทอง พ.ศ. 2566 รอบ 6 เดือน"
    )  # the plan's long title is not the table's
    assert table_title(plan, thai_digits=True).endswith("พ.ศ. ๒๕๖๖ รอบ ๖ เดือน")
