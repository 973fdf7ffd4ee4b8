"""The Word document (``tui-app export --format docx``), read back with python-docx.

The whole report in the source document's order, the status table (two header rows, สถานะ
merged over the four status columns, ☑ where the status holds), the font on every run for every
script, Thai digits by default, A4 pages with an official document's margins, the covering memo,
and the command line.
"""

from __future__ import annotations

import io
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from export_cases import HOSTILE, awkward_plan, make_db, run

from tui_app.docx_report import DONE_MARK, OPEN_MARK, docx_bytes
from tui_app.errors import UserError
from tui_app.export import ExportError, ExportOptions, default_filename, render, render_export
from tui_app.model import Dimension, Measure, Plan, Status, Step
from tui_app.report import TABLE_HEADERS_WRAPPED, table_title
from tui_app.store import PlanStore

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
DOCX = ExportOptions(format="docx")


@pytest.fixture()
def sample(tmp_path: Path) -> Plan:
    store = PlanStore(tmp_path / "p.json")
    store.open()
    return store.load()


def read(data: bytes):
    return Document(io.BytesIO(data))


def body(document) -> list[str | Table]:
    """The body in order: each paragraph's text (empty ones left out) and each table."""
    items: list[str | Table] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            text = Paragraph(element, document).text.strip()
            if text:
                items.append(text)
        elif element.tag == qn("w:tbl"):
            items.append(Table(element, document))
    return items


def texts(items: list[str | Table]) -> list[str]:
    return [item if isinstance(item, str) else "<table>" for item in items]


def the_table(document) -> Table:
    (table,) = document.tables
    return table


def in_order(haystack: list[str], needles: list[str]) -> list[str]:
    """The needles not found in ``haystack`` in this order (each a prefix of one item)."""
    missing, at = [], 0
    for needle in needles:
        for i in range(at, len(haystack)):
            if haystack[i].startswith(needle):
                at = i + 1
                break
        else:
            missing.append(needle)
    return missing


# --- the whole report -----------------------------------------------------------------------------


def test_the_whole_report_in_the_source_documents_order(sample: Plan) -> None:
    items = texts(body(read(render(sample, DOCX))))
    first = sample.measures_in_table_order()[0]
    expected = [
        "รายงานผลการดำเนินการ",
        "ตามแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน",
        "เทศบาลตำบลโพธิ์ทอง",
        *sample.introduction.split("\n"),  # บทนำ, paragraph by paragraph
        "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต",
        f"๑. {first.title}",
        "ภารกิจตามมิติ",
        first.mission,
        "การดำเนินงาน",
        f"{OPEN_MARK} (๑) {first.steps[0].text}",
        f"{OPEN_MARK} (๗) {first.steps[6].text}",
        "ผลการดำเนินงาน",
        first.result,
        "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส",
        "มิติที่ ๓",
        "มิติที่ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
        "๑๕. ",
        table_title(sample, thai_digits=True),
        "<table>",
        "** ข้อมูล ณ วันที่ ๖ พฤศจิกายน ๒๕๖๖",
        "ชื่อ - สกุล ผู้รายงาน นายนครินทร์ วงศ์พงษ์ ตำแหน่ง ผ.ช.นิติกร",
        "ปัญหา อุปสรรค",
        "1. บางโครงการ/กิจกรรม",
        "2. เจ้าหน้าที่ผู้รับผิดชอบ",
        "ข้อเสนอแนะ",
        "ควรมีการติดตามผลการดำเนินในทุก ๓ เดือน",
        "สรุปผลการขับเคลื่อนแผนฯ",
        "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน ๑๕ โครงการ",
        "- อยู่ระหว่างดำเนินการ ๕ โครงการ",
        "- ดำเนินการแล้วเสร็จ ๑๐ โครงการ",
        "- เบิกจ่ายงบประมาณ ๐.๐๐ บาท คิดเป็นร้อยละ ๐.๐๐",
        "- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก (สีเขียว) ร้อยละ ๘๓.๓๓",  # the 12-month round's flag beside the level
    ]
    assert in_order(items, expected) == []
    assert items.count("<table>") == 1
    # every measure of the narrative, in table order within its dimension
    headings = [t for t in items if t[:1] in THAI_DIGITS and ". " in t and t.split(". ")[0].isdigit()]
    assert len(headings) == 15


def test_done_steps_are_ticked_in_the_narrative(sample: Plan) -> None:
    measure = next(m for m in sample.measures_in_table_order() if m.steps_done)
    items = texts(body(read(render(sample, DOCX))))
    for i, step in enumerate(measure.steps, start=1):
        mark = DONE_MARK if step.done else OPEN_MARK
        number = "".join(THAI_DIGITS[int(c)] for c in str(i))
        assert f"{mark} ({number}) {step.text}" in items


def test_sub_points_and_empty_parts() -> None:
    plan = Plan(
        organization="อบต.ทดสอบ",
        fiscal_year=2567,
        dimensions=[Dimension(1, "มิติหนึ่ง")],
        measures=[Measure(1, "โครงการทดสอบ", 1, steps=[Step("ขั้นแรก", done=True, sub_points=["ข้อย่อย"])])],
    )
    items = texts(body(read(render(plan, DOCX))))
    expected = ["ภารกิจตามมิติ", "-", "การดำเนินงาน", f"{DONE_MARK} (๑) ขั้นแรก", "- ข้อย่อย", "ผลการดำเนินงาน", "-"]
    assert in_order(items, expected) == []
    assert "ปัญหา อุปสรรค" not in items  # no problems written: no heading


# --- the status table --------------------------------------------------------------------------------


def test_the_status_table_has_two_header_rows_and_one_row_per_measure(sample: Plan) -> None:
    table = the_table(read(render(sample, DOCX)))
    assert (len(table.rows), len(table.columns)) == (15 + 2, 10)
    top, bottom = table.rows[0].cells, table.rows[1].cells
    # สถานะ spans the four status columns of the first row
    assert top[5].text == "สถานะ" and all(top[i]._tc is top[5]._tc for i in range(5, 9))
    assert top[5]._tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "4"
    assert [bottom[i].text for i in range(5, 9)] == list(TABLE_HEADERS_WRAPPED[5:9])
    # the other headers span both rows
    for col in (0, 1, 2, 3, 4, 9):
        assert top[col].text == TABLE_HEADERS_WRAPPED[col]
        assert top[col]._tc.tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"
        assert bottom[col]._tc.tcPr.find(qn("w:vMerge")) is not None
    assert top[1].text == "รายการโครงการ\n(ตั้งต้น)"
    # header rows repeat on every page; no row splits across pages
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.trPr
        assert tr_pr.find(qn("w:cantSplit")) is not None
        assert (tr_pr.find(qn("w:tblHeader")) is not None) == (i < 2)


def test_ticks_order_amounts_and_alignment(sample: Plan) -> None:
    sample.measures_in_table_order()[0].budget = Decimal("1234567.5")
    table = the_table(read(render(sample, DOCX)))
    for measure, row in zip(sample.measures_in_table_order(), table.rows[2:], strict=True):
        cells = row.cells
        marks = [cells[5 + i].text for i in range(4)]
        assert marks == ["☑" if s is measure.status else "" for s in Status]
        assert cells[0].text == "".join(THAI_DIGITS[int(c)] for c in str(measure.order))
        assert cells[1].text == measure.title
        for i in range(4):
            assert cells[5 + i].paragraphs[0].alignment == 1  # centred
        assert cells[3].paragraphs[0].alignment == 2 and cells[4].paragraphs[0].alignment == 2  # right
    first = table.rows[2].cells
    assert first[3].text == "๑,๒๓๔,๕๖๗.๕๐" and first[4].text == "๐.๐๐"


def test_arabic_digits_on_request(sample: Plan) -> None:
    document = read(render(sample, ExportOptions(format="docx", thai_digits=False)))
    table = the_table(document)
    assert [table.rows[2].cells[i].text for i in (0, 2, 3)] == ["1", "1", "0.00"]
    items = texts(body(document))
    assert table_title(sample) in items
    assert "** ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566" in items
    # the user's own text keeps its Thai digits
    assert any("ทุก ๓ เดือน" in t for t in items)


def test_table_only_is_the_titled_table(sample: Plan) -> None:
    items = texts(body(read(render(sample, ExportOptions(format="docx", table_only=True)))))
    assert items == [table_title(sample, thai_digits=True), "<table>"]


def test_filters_choose_the_measures_of_narrative_and_table(sample: Plan) -> None:
    document = read(render(sample, ExportOptions(format="docx", dimension=3)))
    items = texts(body(document))
    assert "มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน" in items
    assert not any(t.startswith(("มิติที่ ๑", "มิติที่ ๒", "มิติที่ ๔")) for t in items)
    assert len(the_table(document).rows) == 2 + 2
    assert any(t.startswith("แสดงเฉพาะ มิติที่ ๓") for t in items)


# --- fonts, pages ----------------------------------------------------------------------------------


def run_fonts(document) -> list[tuple[str, ...]]:
    """(ascii, hAnsi, eastAsia, cs, sz, szCs) of every run in the body, tables included."""
    found = []
    for r in document.element.body.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        assert rpr is not None, "a run without properties"
        fonts = rpr.find(qn("w:rFonts"))
        sz, sz_cs = rpr.find(qn("w:sz")), rpr.find(qn("w:szCs"))
        found.append(
            (
                *(fonts.get(qn(f"w:{a}")) if fonts is not None else None for a in ("ascii", "hAnsi", "eastAsia", "cs")),
                sz.get(qn("w:val")) if sz is not None else None,
                sz_cs.get(qn("w:val")) if sz_cs is not None else None,
            )
        )
    return found


@pytest.mark.parametrize("font", ["TH Sarabun New", "TH SarabunIT๙"])
def test_every_run_and_the_styles_carry_the_font_for_thai_too(sample: Plan, font: str) -> None:
    document = read(render(sample, ExportOptions(format="docx", font=font, memo=True)))
    fonts = run_fonts(document)
    assert len(fonts) > 300
    for ascii_, h_ansi, east_asia, cs, sz, sz_cs in fonts:
        assert (ascii_, h_ansi, east_asia, cs) == (font, font, font, font)
        assert sz is not None and sz == sz_cs
    sizes = {int(f[4]) for f in fonts}
    assert 32 in sizes  # 16 pt, in half-points
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    normal = document.styles["Normal"].element.find(qn("w:rPr"))
    for rpr in (defaults, normal):
        assert rpr.find(qn("w:rFonts")).get(qn("w:cs")) == font
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"
        assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH"
    # no theme font left to override the names
    for fonts_element in styles.iter(qn("w:rFonts")):
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts_element.attrib)


def test_bold_runs_are_bold_for_thai_too(sample: Plan) -> None:
    document = read(render(sample, DOCX))
    bold = [r for r in document.element.body.iter(qn("w:r")) if r.find(qn("w:rPr")).find(qn("w:b")) is not None]
    assert bold and all(r.find(qn("w:rPr")).find(qn("w:bCs")) is not None for r in bold)


def test_a4_pages_with_official_margins_and_the_table_in_landscape(sample: Plan) -> None:
    document = read(render(sample, DOCX))
    sections = document.sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    for section in sections:
        assert sorted([section.page_width.cm, section.page_height.cm]) == pytest.approx([21.0, 29.7], abs=0.01)
        margins = [section.top_margin.cm, section.left_margin.cm, section.right_margin.cm, section.bottom_margin.cm]
        assert margins == pytest.approx([2.5, 3.0, 2.0, 2.0], abs=0.01)
    assert sections[1].page_width > sections[1].page_height
    # the table is in the landscape section: after the last portrait paragraph's section break
    body_elements = list(document.element.body.iterchildren())
    table_at = next(i for i, e in enumerate(body_elements) if e.tag == qn("w:tbl"))
    break_at = next(i for i, e in enumerate(body_elements) if e.find(".//" + qn("w:sectPr")) is not None)
    assert break_at < table_at


# --- the covering memo --------------------------------------------------------------------------------


def test_the_memo_comes_first_in_the_regulations_form(sample: Plan) -> None:
    data = docx_bytes(sample, ExportOptions(format="docx", memo=True), today=date(2023, 11, 10))
    items = texts(body(read(data)))
    expected = [
        "บันทึกข้อความ",
        "ส่วนราชการ  สำนักปลัดเทศบาล เทศบาลตำบลโพธิ์ทอง",
        "ที่",
        "เรื่อง  รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน",
        "เรียน  นายกเทศมนตรีตำบลโพธิ์ทอง",
        "ตามที่เทศบาลตำบลโพธิ์ทองได้จัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
        "แผนมีโครงการ/กิจกรรม/มาตรการ จำนวน ๑๕ โครงการ ดำเนินการแล้วเสร็จ ๑๐ โครงการ อยู่ระหว่างดำเนินการ ๕ โครงการ",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "(นายนครินทร์ วงศ์พงษ์)",
        "ผ.ช.นิติกร",
        "รายงานผลการดำเนินการ",  # the report follows
    ]
    assert in_order(items, expected) == []
    assert items[0] == "บันทึกข้อความ"
    date_line = next(t for t in items if t.startswith("ที่"))
    assert date_line.endswith("วันที่  ๑๐ พฤศจิกายน ๒๕๖๖")
    body_text = next(t for t in items if t.startswith("แผนมีโครงการ"))
    assert "ร้อยละ ๘๓.๓๓" in body_text and "เบิกจ่ายงบประมาณ ๐.๐๐ บาท" in body_text
    assert any("ข้อมูล ณ วันที่ ๖ พฤศจิกายน ๒๕๖๖" in t for t in items[:8])


def test_the_memo_prints_the_document_number_prefix(sample: Plan) -> None:
    sample.doc_number_prefix = "อท ๕๓๖๐๑/"
    items = texts(body(read(docx_bytes(sample, ExportOptions(format="docx", memo=True, table_only=True)))))
    assert next(t for t in items if t.startswith("ที่")).startswith("ที่  อท ๕๓๖๐๑/")
    assert items[-2:] == [table_title(sample, thai_digits=True), "<table>"]


# --- awkward input ------------------------------------------------------------------------------------


def test_control_characters_and_hostile_text_make_a_valid_document() -> None:
    plan = awkward_plan()
    plan.problems = "ปัญหา\x1b[31m แดง\x00"
    document = read(render(plan, DOCX))
    table = the_table(document)
    titles = [row.cells[1].text for row in table.rows[2:]]
    assert HOSTILE in titles  # stored as text, unchanged
    assert "red ใช่" in titles and not any("\x1b" in t for t in titles)
    assert "ปัญหา แดง" in texts(body(document))


def test_a_plan_without_measures_or_dimensions() -> None:
    plan = Plan(organization="อบต.ว่าง", fiscal_year=2567)
    document = read(render(plan, DOCX))
    assert len(the_table(document).rows) == 2
    assert "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน ๐ โครงการ" in texts(body(document))


def test_bad_options_are_user_errors(sample: Plan) -> None:
    with pytest.raises(ExportError) as caught:
        render(sample, ExportOptions(format="docx", font="  "))
    assert isinstance(caught.value, UserError)
    with pytest.raises(ExportError):
        render(sample, ExportOptions(format="docx", dimension=9))
    with pytest.raises(ExportError):
        render_export(sample, DOCX)  # a Word document has no text preview


def test_file_names() -> None:
    plan = Plan(organization="x", fiscal_year=2566)
    assert default_filename(plan, DOCX) == "report-2566.docx"
    assert default_filename(plan, ExportOptions(format="docx", table_only=True)) == "status-2566.docx"


# --- the command line -----------------------------------------------------------------------------------


@pytest.fixture()
def sample_db(tmp_path: Path, sample: Plan) -> Path:
    return make_db(tmp_path / "db.json", sample)


def test_cli_writes_the_report_to_a_file(sample_db: Path, tmp_path: Path, capfdbinary) -> None:
    out = tmp_path / "report.docx"
    code, stdout, err = run(capfdbinary, "--db", str(sample_db), "export", "--format", "docx", "--out", str(out))
    assert (code, stdout, err) == (0, b"", "")
    items = texts(body(read(out.read_bytes())))
    assert items[0] == "รายงานผลการดำเนินการ" and "<table>" in items
    # an existing file is refused without --overwrite, and kept
    before = out.read_bytes()
    code, _, err = run(capfdbinary, "--db", str(sample_db), "export", "--out", str(out))
    assert code != 0 and str(out) in err
    assert out.read_bytes() == before


def test_cli_options_table_only_font_arabic_digits_memo(sample_db: Path, tmp_path: Path, capfdbinary) -> None:
    out = tmp_path / "table.docx"  # the format follows the extension
    code, _, err = run(
        capfdbinary, "--db", str(sample_db), "export", "--out", str(out), "--table-only",
        "--font", "TH SarabunIT๙", "--arabic-digits", "--memo",
    )  # fmt: skip
    assert (code, err) == (0, "")
    document = read(out.read_bytes())
    items = texts(body(document))
    assert items[0] == "บันทึกข้อความ" and items[-1] == "<table>"
    assert "รายงานผลการดำเนินการ" not in items
    assert {f[3] for f in run_fonts(document)} == {"TH SarabunIT๙"}
    assert the_table(document).rows[2].cells[0].text == "1"


def test_cli_docx_to_a_pipe_but_not_to_a_terminal(sample_db: Path, capfdbinary, monkeypatch) -> None:
    code, stdout, _ = run(capfdbinary, "--db", str(sample_db), "export", "--format", "docx")
    assert code == 0 and stdout.startswith(b"PK")  # a zip: the .docx itself
    assert len(the_table(read(stdout)).rows) == 17
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, stdout, err = run(capfdbinary, "--db", str(sample_db), "export", "--format", "docx")
    assert code != 0 and stdout == b""
    assert "--out report-2566.docx" in err


def test_cli_thai_digits_stay_off_for_text(sample_db: Path, capfdbinary) -> None:
    code, stdout, _ = run(capfdbinary, "--db", str(sample_db), "export", "--format", "tsv")
    assert code == 0 and not any(ch in THAI_DIGITS for ch in stdout.decode().split("\n")[1].split("\t")[0])


def test_page_numbers_from_the_second_page_of_the_report(sample: Plan) -> None:
    document = read(render(sample, ExportOptions(format="docx", memo=True)))
    memo, report, table = document.sections
    header = memo.header.paragraphs[0]
    assert [e.text for e in header._p.iter(qn("w:instrText"))] == [" PAGE "]
    assert header.text.startswith("- ") and header.text.endswith(" -")
    fonts = {r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:cs")) for r in header._p.iter(qn("w:r"))}
    assert fonts == {"TH Sarabun New"}
    assert table.header.is_linked_to_previous and report.header.is_linked_to_previous
    # no number on the memo nor on the report's title page; the report counts from its title page
    assert [s.different_first_page_header_footer for s in (memo, report, table)] == [True, True, False]

    def start(section) -> str | None:
        return section._sectPr.find(qn("w:pgNumType")).get(qn("w:start"))

    assert [start(s) for s in (memo, report, table)] == ["1", "1", None]
    assert report._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")) == "thaiNumbers"
    assert document.core_properties.title == table_title(sample, thai_digits=True)
    assert document.core_properties.author == "นายนครินทร์ วงศ์พงษ์"


def children(element) -> list[str]:
    return [child.tag.split("}")[1] for child in element]


def in_schema_order(found: list[str], order: list[str]) -> bool:
    positions = [order.index(tag) for tag in found]
    return positions == sorted(positions) and len(set(found)) == len(found)


def test_the_xml_keeps_the_schemas_order_word_is_strict_about(sample: Plan) -> None:
    document = read(render(sample, ExportOptions(format="docx", memo=True)))
    tbl_pr = (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
        "tblInd tblBorders shd tblLayout tblCellMar tblLook"
    ).split()
    assert in_schema_order(children(the_table(document)._tbl.tblPr), tbl_pr)
    sect_pr = (
        "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
        "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid"
    ).split()
    for section in document.sections:
        found = [t for t in children(section._sectPr) if t not in ("headerReference", "footerReference")]
        assert in_schema_order(found, sect_pr), found
    r_pr = (
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
        "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
        "em lang"
    ).split()
    for r in document.element.body.iter(qn("w:r")):
        assert in_schema_order(children(r.find(qn("w:rPr"))), r_pr)


def test_cli_docx_options_with_another_format_are_refused(sample_db: Path, capfdbinary) -> None:
    code, stdout, err = run(capfdbinary, "--db", str(sample_db), "export", "--format", "csv", "--memo", "--table-only")
    assert code != 0 and stdout == b""
    assert "--table-only, --memo" in err and "docx" in err
    code, _, err = run(capfdbinary, "--db", str(sample_db), "--lang", "en", "export", "--font", "Garuda")
    assert code != 0 and "--font: only with --format docx (not text)" in err
