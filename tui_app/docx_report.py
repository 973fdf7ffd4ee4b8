"""The report as a Word document (.docx), laid out as the source document lays it out.

A pure function of a :class:`~tui_app.model.Plan` and an :class:`~tui_app.export.ExportOptions`
(no Textual, no file access): :func:`docx_bytes` returns the bytes of the file, which the caller
writes with :func:`tui_app.store.write_export` like any other export. Built with python-docx.

The document, in the source document's order:

1. (``options.memo``) a covering memo, บันทึกข้อความ, in the form of the Regulation on Official
   Correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ): ส่วนราชการ, ที่ and วันที่, เรื่อง,
   เรียน, a body with the round and the summary figures, and the reporter's signature block;
2. the title block: report title, plan, fiscal year and round, organization;
3. the introduction (บทนำ), paragraph by paragraph;
4. per dimension a heading "มิติที่ n …" and per measure its number and title, ภารกิจตามมิติ,
   the numbered steps (☑ done, ☐ not yet) and ผลการดำเนินงาน;
5. on A4 landscape pages, the status table under its title
   (:func:`~tui_app.report.table_title`): a two-row header with สถานะ spanning the four status
   columns, repeated on every page, rows never split across pages, ☑ centred, amounts right-aligned;
6. the as-of date and reporter, ปัญหา อุปสรรค, ข้อเสนอแนะ and the summary block.

``options.table_only`` keeps only 5 and 6's table (the title and the table). The dimension and
status filters choose the measures of the narrative and of the table alike.

Every run, and the document's default and styles, carry the font for Latin (``w:ascii``,
``w:hAnsi``), East Asian and complex-script text (``w:cs``: Word sets Thai with it) and the size
as ``w:sz`` and ``w:szCs``; the language is Thai. Figures (numbers, amounts, counts, years, dates)
use Thai digits unless ``options.thai_digits`` is false; dates are in the Buddhist Era.
"""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from tui_app.export import ExportOptions, check_options
from tui_app.model import Measure, Plan, Status, printable
from tui_app.money import format_money
from tui_app.report import (
    COL_BUDGET,
    COL_DIMENSION,
    COL_DISBURSED,
    COL_ORDER,
    COL_REMARKS,
    COL_STATUS,
    COL_TITLE,
    STATUS_GROUP_HEADER,
    TABLE_HEADERS_WRAPPED,
    filter_lines,
    notes,
    plan_summary,
    report_summary_lines,
    select_measures,
    signature_lines,
    table_row,
    table_title,
)
from tui_app.thai import thai_date

#: body text size of an official Thai document
FONT_SIZE = 16
TITLE_SIZE = 20
MEMO_HEADING_SIZE = 29  # "บันทึกข้อความ", as the Regulation's form prints it
MEMO_LABEL_SIZE = 20  # ส่วนราชการ, ที่, วันที่, เรื่อง
LANGUAGE = "th-TH"

#: A4, and the margins of an official Thai document (top 2.5 cm, left 3 cm, right and bottom 2 cm)
PAGE_SHORT, PAGE_LONG = Cm(21.0), Cm(29.7)
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = Cm(2.5), Cm(3.0), Cm(2.0), Cm(2.0)
#: the first line of a body paragraph starts 2.5 cm in (the Regulation's paragraph indent)
PARAGRAPH_INDENT = Cm(2.5)

#: the status table's size: at 16 pt the header's words leave the title column so narrow that a
#: title takes five lines; at 14 pt (common in Thai official tables) it takes two or three
TABLE_FONT_SIZE = 14
#: the status table's column widths in points, left to right. They add up to the text width of
#: an A4 landscape page (29.7 - 3 - 2 cm = 700 pt), and each column holds the widest line of its
#: header (TABLE_HEADERS_WRAPPED in bold 14 pt TH Sarabun: งบประมาณ 68 pt, แล้วเสร็จ 53 pt,
#: หมายเหตุ 56 pt, as measured in a rendered page) plus the padding, so no header word is broken.
COLUMN_WIDTHS_PT: tuple[float, ...] = (38, 190, 24, 76, 76, 50, 50, 58, 52, 86)
#: a cell's left and right padding, in points
CELL_PADDING_PT = 2.0
#: widths of figures at 16 pt, in points (measured): a Thai digit, a 0-9 digit, "," or "."
_DIGIT_PT = {**dict.fromkeys("๐๑๒๓๔๕๖๗๘๙", 10.9), **dict.fromkeys("0123456789", 8.8), ",": 4.0, ".": 4.0}
#: the smallest size an amount is shrunk to so that it stays on one line of its cell
_MIN_AMOUNT_SIZE = 10

DONE_MARK, OPEN_MARK = "☑", "☐"

_ALIGN = WD_ALIGN_PARAGRAPH
_COLUMN_ALIGN = {
    COL_ORDER: _ALIGN.CENTER,
    COL_TITLE: _ALIGN.LEFT,
    COL_DIMENSION: _ALIGN.CENTER,
    COL_BUDGET: _ALIGN.RIGHT,
    COL_DISBURSED: _ALIGN.RIGHT,
    **{col: _ALIGN.CENTER for col in COL_STATUS},
    COL_REMARKS: _ALIGN.LEFT,
}


def docx_bytes(plan: Plan, options: ExportOptions | None = None, *, today: date | None = None) -> bytes:
    """The report of ``plan`` as the bytes of a .docx file (see the module's description).

    ``today`` dates the covering memo (the current date when ``None``). Bad options raise the
    :class:`~tui_app.export.ExportError` that :func:`~tui_app.export.check_options` raises.
    """
    options = options or ExportOptions(format="docx")
    check_options(plan, options)
    builder = _Builder(plan, options)
    builder.page_numbers()
    if options.memo:
        builder.memo(today or date.today())
    if not options.table_only:
        builder.title_block()
        builder.introduction()
        builder.narrative()
    builder.status_table()
    if not options.table_only:
        builder.closing()
    return builder.bytes()


# --- fonts ------------------------------------------------------------------------------------


#: the order of a ``w:rPr``'s children in the schema (Word refuses a file that mixes it up)
_RPR_ORDER = tuple(
    qn(f"w:{tag}")
    for tag in (
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
        "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
        "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
    ).split()
)


def _child(rpr, tag: str):
    """The ``w:rPr`` child ``tag``, added at its place in the schema's order if missing."""
    name = qn(tag)
    element = rpr.find(name)
    if element is not None:
        return element
    element = OxmlElement(tag)
    later = set(_RPR_ORDER[_RPR_ORDER.index(name) + 1 :])
    for i, existing in enumerate(rpr):
        if existing.tag in later:
            rpr.insert(i, element)
            return element
    rpr.append(element)
    return element


def _set_font(rpr, font: str, size: float | None = None) -> None:
    """Give a ``w:rPr`` the font for every script and (if given) the size, ``w:sz`` and ``w:szCs``."""
    fonts = _child(rpr, "w:rFonts")
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)  # a theme font would win over the names
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), font)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            _child(rpr, tag).set(qn("w:val"), str(round(size * 2)))  # half-points
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:bidi"), LANGUAGE)  # the language of complex-script text


def _style_fonts(document: DocumentObject, font: str) -> None:
    """The font in the document's defaults, in Normal (with the size) and in every style that
    names a font."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_font(rpr, font, FONT_SIZE)
    normal = document.styles["Normal"].element.get_or_add_rPr()
    _set_font(normal, font, FONT_SIZE)
    # every other style (table styles' conditional parts too) that names a font or a theme font
    for fonts in list(styles.iter(qn("w:rFonts"))):
        _set_font(fonts.getparent(), font)


# --- building -----------------------------------------------------------------------------------


class _Builder:
    """One document being built; each method adds one part of the report."""

    def __init__(self, plan: Plan, options: ExportOptions) -> None:
        self.plan = plan
        self.options = options
        self.font = printable(options.font, multiline=False).strip()
        self.digits = options.digits
        self.measures = select_measures(plan, options.dimension, options.filtered_statuses)
        self.document = Document()
        self._started = False  # the first part goes on the first page; later parts start anew
        _style_fonts(self.document, self.font)
        normal = self.document.styles["Normal"].paragraph_format
        normal.space_before = normal.space_after = Pt(0)
        normal.line_spacing = 1.0
        self._page(self.document.sections[0], landscape=False)

    def bytes(self) -> bytes:
        properties = self.document.core_properties
        properties.title = table_title(self.plan, thai_digits=self.options.uses_thai_digits)
        properties.author = self.plan.reporter or self.plan.organization
        properties.language = LANGUAGE
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    # --- pages and paragraphs ---------------------------------------------------------------

    @staticmethod
    def _page(section, *, landscape: bool) -> None:
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (PAGE_LONG, PAGE_SHORT) if landscape else (PAGE_SHORT, PAGE_LONG)
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT

    def _new_part(self, *, landscape: bool = False, first_page: bool = False) -> None:
        """Start a part of the report on a new page: a new section when the orientation changes or
        when the part is a first page (the memo, the report's title page), which shows no page
        number and after which the numbers start again from 1."""
        if not self._started:
            self._started = True
            section = self.document.sections[-1]
        else:
            current = self.document.sections[-1]
            if not first_page and (current.orientation == WD_ORIENT.LANDSCAPE) == landscape:
                self.run(self.document.add_paragraph(), "").add_break(WD_BREAK.PAGE)
                return
            section = self.document.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape=landscape)
        section.different_first_page_header_footer = first_page
        number_type = section._sectPr.find(qn("w:pgNumType"))  # a new section copies the last one's
        if number_type is None:
            number_type = OxmlElement("w:pgNumType")
            section._sectPr.insert_element_before(number_type, *_AFTER_PG_NUM_TYPE)
        if self.options.uses_thai_digits:
            number_type.set(qn("w:fmt"), "thaiNumbers")  # Word shows ๒; LibreOffice shows 2
        if first_page:
            number_type.set(qn("w:start"), "1")
        else:
            number_type.attrib.pop(qn("w:start"), None)

    def page_numbers(self) -> None:
        """"- n -" centred at the top of every page but a first page (the Regulation's custom)."""
        header = self.document.sections[0].header
        paragraph = header.paragraphs[0]
        paragraph.alignment = _ALIGN.CENTER
        self.run(paragraph, "- ")
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "๒"), ("end", None)):
            run = self.run(paragraph, "")
            if kind is not None:
                field = OxmlElement("w:fldChar")
                field.set(qn("w:fldCharType"), kind)
                run._r.append(field)
            elif text == " PAGE ":
                instruction = OxmlElement("w:instrText")
                instruction.set(qn("xml:space"), "preserve")
                instruction.text = text
                run._r.append(instruction)
            else:
                run.add_text(self.digits("2"))  # what shows until the field is updated
        self.run(paragraph, " -")

    def run(self, paragraph: Paragraph, text: str, *, bold: bool = False, size: float | None = None):
        """A run of ``text`` (new lines become line breaks) in the document's font."""
        run = paragraph.add_run()
        for i, line in enumerate(text.split("\n")):
            if i:
                run.add_break()
            if line:
                run.add_text(line)
        rpr = run._r.get_or_add_rPr()
        _set_font(rpr, self.font, size or FONT_SIZE)
        if bold:
            _child(rpr, "w:b")
            _child(rpr, "w:bCs")  # bold for the complex-script (Thai) text too
        return run

    def paragraph(
        self,
        text: str = "",
        *,
        bold: bool = False,
        size: float | None = None,
        align=None,
        indent: bool = False,
        left=None,
        space_before: float = 0,
        keep_with_next: bool = False,
    ) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if text:
            self.run(paragraph, printable(text), bold=bold, size=size)
        fmt = paragraph.paragraph_format
        if align is not None:
            paragraph.alignment = align
        if indent:
            fmt.first_line_indent = PARAGRAPH_INDENT
            if align is None:  # a body paragraph: justified the Thai way, as official letters are
                paragraph.alignment = _ALIGN.THAI_JUSTIFY
        if left is not None:
            fmt.left_indent = left
        if space_before:
            fmt.space_before = Pt(space_before)
        if keep_with_next:
            fmt.keep_with_next = True
        return paragraph

    def heading(self, text: str, *, space_before: float = 6) -> Paragraph:
        return self.paragraph(text, bold=True, space_before=space_before, keep_with_next=True)

    def paragraphs(self, text: str, *, indent: bool = True) -> None:
        """One paragraph per line of ``text``; a dash when there is none."""
        lines = [line.strip() for line in printable(text).split("\n") if line.strip()]
        for line in lines or ["-"]:
            self.paragraph(line, indent=indent)

    # --- the parts --------------------------------------------------------------------------

    def title_block(self) -> None:
        plan, d = self.plan, self.digits
        self._new_part(first_page=True)
        center = _ALIGN.CENTER
        self.paragraph("รายงานผลการดำเนินการ", bold=True, size=TITLE_SIZE, align=center)
        title = plan.plan_title or "แผนปฏิบัติการป้องกันการทุจริต"
        if plan.plan_period:
            title += f" ({plan.plan_period})"
        self.paragraph(f"ตาม{title}", bold=True, size=TITLE_SIZE, align=center)
        self.paragraph(
            f"ประจำปีงบประมาณ พ.ศ. {d(str(plan.fiscal_year))} รอบ {d(str(plan.round_months))} เดือน",
            bold=True,
            size=TITLE_SIZE,
            align=center,
        )
        self.paragraph(plan.organization, bold=True, size=TITLE_SIZE, align=center, space_before=6)

    def introduction(self) -> None:
        if self.plan.introduction.strip():
            self.paragraph(space_before=6)
            self.paragraphs(self.plan.introduction)

    def narrative(self) -> None:
        """Per dimension its heading, per measure its mission, steps and result."""
        plan, d = self.plan, self.digits
        titles = {dim.number: dim.title for dim in plan.dimensions}
        for number in sorted({m.dimension for m in self.measures}):
            heading = f"มิติที่ {d(str(number))} {titles.get(number, '')}".rstrip()
            self.heading(heading, space_before=12)
            for measure in (m for m in self.measures if m.dimension == number):
                self.measure(measure)

    def measure(self, measure: Measure) -> None:
        d = self.digits
        self.heading(f"{d(str(measure.order))}. {measure.title}")
        self.heading("ภารกิจตามมิติ", space_before=0)
        self.paragraphs(measure.mission)
        self.heading("การดำเนินงาน", space_before=0)
        if not measure.steps:
            self.paragraph("-", indent=True)
        for i, step in enumerate(measure.steps, start=1):
            mark = DONE_MARK if step.done else OPEN_MARK
            self.paragraph(f"{mark} ({d(str(i))}) {step.text}", left=Cm(1.0))
            for point in step.sub_points:
                self.paragraph(f"- {point}", left=Cm(2.0))
        self.heading("ผลการดำเนินงาน", space_before=0)
        self.paragraphs(measure.result)

    def status_table(self) -> None:
        plan, options = self.plan, self.options
        self._new_part(landscape=True, first_page=self.options.table_only and not self.options.memo)
        self.paragraph(
            table_title(plan, thai_digits=options.uses_thai_digits), bold=True, align=_ALIGN.CENTER, keep_with_next=True
        )
        filtered = filter_lines(plan, options.dimension, options.filtered_statuses, len(self.measures), self.digits)
        if filtered:
            self.paragraph(filtered[0], align=_ALIGN.CENTER, keep_with_next=True)
        self.paragraph(keep_with_next=True)
        self.table()

    def table(self) -> Table:
        """The status table: two header rows (สถานะ over the four statuses), one row per measure."""
        table = self.document.add_table(rows=2, cols=len(COLUMN_WIDTHS_PT))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False  # w:tblLayout fixed: the widths below, not stretched to the text
        _cell_padding(table, CELL_PADDING_PT)
        for col, width in enumerate(COLUMN_WIDTHS_PT):
            table.columns[col].width = Pt(width)
        top, bottom = table.rows[0].cells, table.rows[1].cells
        for col, label in enumerate(TABLE_HEADERS_WRAPPED):
            if col in COL_STATUS:
                self._cell(bottom[col], label, col, bold=True, align=_ALIGN.CENTER, size=TABLE_FONT_SIZE)
            else:
                merged = top[col].merge(bottom[col])
                self._cell(merged, label, col, bold=True, align=_ALIGN.CENTER, size=TABLE_FONT_SIZE)
        group = top[COL_STATUS[0]].merge(top[COL_STATUS[-1]])
        self._cell(group, STATUS_GROUP_HEADER, COL_STATUS[0], bold=True, align=_ALIGN.CENTER, size=TABLE_FONT_SIZE)
        for row in table.rows:
            _row_flags(row, header=True)
        for measure in self.measures:
            row = table.add_row()
            _row_flags(row, header=False)
            for col, (cell, text) in enumerate(zip(row.cells, table_row(measure, self.digits), strict=True)):
                size = _amount_size(text, COLUMN_WIDTHS_PT[col]) if col in (COL_BUDGET, COL_DISBURSED) else None
                self._cell(
                    cell, printable(text), col, align=_COLUMN_ALIGN[col], vertical=False, size=size or TABLE_FONT_SIZE
                )
        return table

    def _cell(
        self,
        cell: _Cell,
        text: str,
        col: int,
        *,
        bold: bool = False,
        align=None,
        vertical: bool = True,
        size: float | None = None,
    ) -> None:
        cell.width = Pt(COLUMN_WIDTHS_PT[col])
        if vertical:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        for extra in cell.paragraphs[1:]:  # a merged cell keeps the paragraphs of the cells merged
            extra._p.getparent().remove(extra._p)
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        if text:
            self.run(paragraph, text, bold=bold, size=size)
        if align is not None:
            paragraph.alignment = align

    def closing(self) -> None:
        """As-of date and reporter, problems, suggestions, summary block (the document's order)."""
        plan, options, d = self.plan, self.options, self.digits
        signature = signature_lines(plan, digits=d)
        if signature:
            self.paragraph(space_before=6)
            for line in signature:
                self.paragraph(line)
        for heading, paragraphs in notes(plan):
            self.heading(heading, space_before=12)
            for text in paragraphs:
                self.paragraph(text, indent=True)
        if options.include_summary:
            summary = report_summary_lines(plan, self.measures, d)
            filtered = filter_lines(plan, options.dimension, options.filtered_statuses, len(self.measures), d)
            if filtered:
                summary.insert(1, filtered[1])
            self.heading(summary[0], space_before=12)
            for line in summary[1:]:
                self.paragraph(line, left=Cm(1.0))

    def memo(self, today: date) -> None:
        """บันทึกข้อความ: the covering memo, filled from the plan's header and office details."""
        plan, d = self.plan, self.digits
        self._new_part(first_page=True)
        self.paragraph("บันทึกข้อความ", bold=True, size=MEMO_HEADING_SIZE, align=_ALIGN.CENTER)
        self._labelled("ส่วนราชการ", plan.department or plan.organization)
        line = self._labelled("ที่", plan.doc_number_prefix)
        line.paragraph_format.tab_stops.add_tab_stop(Cm(8.0))
        self.run(line, "\t")
        self.run(line, "วันที่", bold=True, size=MEMO_LABEL_SIZE)
        self.run(line, f"  {d(thai_date(today))}")
        round_text = f"ประจำปีงบประมาณ พ.ศ. {d(str(plan.fiscal_year))} รอบ {d(str(plan.round_months))} เดือน"
        subject = self._labelled("เรื่อง", f"รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต {round_text}")
        hang = Cm(1.5)  # a long subject goes on under its first word, not under the label
        subject.paragraph_format.left_indent, subject.paragraph_format.first_line_indent = hang, -hang
        self._labelled("เรียน", plan.addressee, space_before=6, size=FONT_SIZE)
        summary = plan_summary(plan)
        c = summary.counts
        title = plan.plan_title or "แผนปฏิบัติการป้องกันการทุจริต"
        if plan.plan_period:
            title += f" ({plan.plan_period})"
        as_of = f" ข้อมูล ณ วันที่ {d(thai_date(plan.as_of))}" if plan.as_of else ""
        self.paragraph(
            f"ตามที่{plan.organization}ได้จัดทำ{title} นั้น บัดนี้ได้รายงานผลการดำเนินงานตามแผน"
            f"{round_text}{as_of} เรียบร้อยแล้ว",
            indent=True,
            space_before=6,
        )
        self.paragraph(
            f"แผนมีโครงการ/กิจกรรม/มาตรการ จำนวน {d(str(summary.total))} โครงการ "
            f"ดำเนินการแล้วเสร็จ {d(str(c[Status.COMPLETED]))} โครงการ "
            f"อยู่ระหว่างดำเนินการ {d(str(c[Status.IN_PROGRESS]))} โครงการ "
            f"รอรายงาน {d(str(c[Status.WAITING]))} โครงการ "
            f"ไม่สามารถดำเนินการได้ {d(str(c[Status.CANNOT]))} โครงการ "
            f"เบิกจ่ายงบประมาณ {d(format_money(summary.disbursed))} บาท "
            f"คิดเป็นร้อยละ {d(f'{summary.disbursed_percent:.2f}')} ของงบประมาณ "
            f"มีการนำแผนฯ ไปปฏิบัติ ระดับ{summary.level.thai} ร้อยละ {d(f'{summary.implementation_percent:.2f}')} "
            "รายละเอียดปรากฏตามรายงานที่แนบมาพร้อมนี้",
            indent=True,
        )
        self.paragraph("จึงเรียนมาเพื่อโปรดทราบ", indent=True, space_before=6)
        signature = Cm(8.0)
        for _ in range(3):
            self.paragraph()
        self.paragraph(f"({plan.reporter or ' ' * 30})", align=_ALIGN.CENTER, left=signature)
        if plan.position:
            self.paragraph(plan.position, align=_ALIGN.CENTER, left=signature)

    def _labelled(
        self, label: str, value: str, *, space_before: float = 0, size: float = MEMO_LABEL_SIZE
    ) -> Paragraph:
        paragraph = self.paragraph(label, bold=True, space_before=space_before, size=size)
        self.run(paragraph, f"  {printable(value, multiline=False)}")
        return paragraph


def _amount_size(text: str, column_pt: float) -> float | None:
    """A smaller size for an amount too wide for its column at 16 pt (``None``: it fits)."""
    width = sum(_DIGIT_PT.get(ch, 10.9) for ch in text) * TABLE_FONT_SIZE / 16
    room = column_pt - 2 * CELL_PADDING_PT - 1
    if width <= room:
        return None
    return max(_MIN_AMOUNT_SIZE, int(TABLE_FONT_SIZE * room / width * 2) / 2)


# --- table XML that python-docx has no API for -----------------------------------------------------


def _row_flags(row, *, header: bool) -> None:
    """A row never split across pages (``w:cantSplit``); header rows repeat on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


# the children that follow in the schema's order (Word refuses a file that mixes the order up)
_AFTER_PG_NUM_TYPE = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
_AFTER_TBL_CELL_MAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _cell_padding(table: Table, points: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(points * 20)))  # twentieths of a point
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, *_AFTER_TBL_CELL_MAR)

