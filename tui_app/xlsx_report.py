"""The status table as an Excel workbook (.xlsx), laid out as the source document prints it.

One pure function, :func:`xlsx_bytes` ``(plan, options) -> bytes``: openpyxl builds the workbook
in memory; writing the file is the caller's (:func:`tui_app.store.write_export`). No Textual.

The one sheet holds, from the top:

- the title row (:func:`~tui_app.report.table_title`), merged over the table's width, and the
  filter line when the table is filtered;
- the two-row header: ลำดับ, รายการโครงการ (ตั้งต้น), มิติ, งบประมาณ (บาท), เบิกจ่าย (บาท) and
  หมายเหตุ each span both rows; "สถานะ" spans the four status columns (one per
  :class:`~tui_app.model.Status`, in the enum's order) whose names are in the second row,
  broken over lines where the source document breaks them;
- one row per measure: order and dimension as whole numbers, amounts as numbers formatted
  ``#,##0.00`` (an amount not given is an empty cell), ☑ centred in the column of the status,
  title and remarks wrapped;
- below the table, in the source document's order: the as-of date and the reporter, ปัญหา
  อุปสรรค, ข้อเสนอแนะ and (``options.include_summary``) the summary block.

Every cell is in TH Sarabun New 16 pt, which is also the workbook's default font, so column
widths are counted in its digits (about one display cell of Thai each) in Excel and LibreOffice
alike. The narrow columns are as wide as their longest header word or value; the title column
takes what is left of :data:`TABLE_UNITS`. Printing: A4 landscape, fitted to one page wide (as
many pages tall as it takes), the header rows repeated on every page and frozen on screen, the
page number in the footer.

No cell is ever a formula: every text is stored as a string, whatever it starts with (openpyxl
would write a text starting with ``=`` as a formula, and ``#N/A`` as an error value), and a text
starting with ``= + - @`` also gets Excel's "quote prefix", so that editing the cell keeps it text.
Control characters (which the file format cannot hold) and terminal escapes are dropped.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from copy import copy
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

from tui_app.export import ExportOptions, check_options
from tui_app.flags import FLAG_RGB, FLAG_THAI
from tui_app.model import STATUS_THAI, Measure, Plan, Status, strip_controls
from tui_app.money import format_money
from tui_app.national import NO_BUDGET_THAI
from tui_app.report import (
    COL_BUDGET,
    COL_DISBURSED,
    COL_REMARKS,
    COL_STATUS,
    COL_TITLE,
    PROBLEMS_HEADING,
    SOURCE_TITLE_HEADER,
    SUGGESTIONS_HEADING,
    TABLE_HEADERS_WRAPPED,
    filter_lines,
    plan_summary,
    report_summary_lines,
    select_measures,
    signature_lines,
    status_marks,
    table_title,
)
from tui_app.thai import display_width

#: the font of every cell: the standard font of Thai official documents, at its usual size
FONT_NAME = "TH Sarabun New"
FONT_SIZE = 16
#: the number format of the amounts
MONEY_FORMAT = "#,##0.00"
#: the header over the four status columns
STATUS_HEADER = "สถานะ"
#: the table's width in width units (digits of the default font, about 8.9 pt each): about
#: 960 pt, which A4 landscape prints at about 76 % (the type as 12 pt)
TABLE_UNITS = 108

_COLUMNS = len(TABLE_HEADERS_WRAPPED)
_TITLE_MIN = 24  # width units of the title column, however wide the others are
_REMARKS_MAX = 16  # the remarks column grows with the longest remark up to this
_PAD = 1.0  # width units around a cell's text
_BOLD_WIDTH = 1.08  # bold text is this much wider

# Spreadsheets do not fit a row's height to wrapped text that a program wrote (LibreOffice keeps
# the default height, Excel never fits a merged cell), so every row gets a height here, from an
# estimate of its lines. The figures were measured on sheets rendered by LibreOffice in
# Laksaman, which has the metrics of TH Sarabun New.
_CELLS_PER_UNIT = 1.09  # display cells of 16-pt text (wcwidth: Thai marks take none) per unit
_FILL = 0.92  # a wrapped line is rarely full: a word that does not fit goes to the next line
_LINE_PT = 26.5  # the height of a line of 16-pt text
_ROW_PAD_PT = 3.5  # room above and below the lines
#: page margins in inches: 2 cm left and right, 1.5 cm top and bottom, 0.8 cm to the footer
_MARGINS = {"left": 0.79, "right": 0.79, "top": 0.59, "bottom": 0.59, "header": 0.3, "footer": 0.3}

#: a text starting with one of these would be a formula if typed into a spreadsheet
_FORMULA_START = ("=", "+", "-", "@")

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
_BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
_TITLE_FONT = Font(name=FONT_NAME, size=FONT_SIZE + 2, bold=True)
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TEXT_ALIGN = Alignment(horizontal="left", vertical="top", wrap_text=True)
_NUMBER_ALIGN = Alignment(horizontal="right", vertical="top")
_CENTRE_ALIGN = Alignment(horizontal="center", vertical="top")
_TITLE_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LINE_ALIGN = Alignment(horizontal="left", vertical="top", wrap_text=True)


def put(ws: Worksheet, row: int, column: int, value: str | int | Decimal | None) -> Cell | MergedCell:
    """Set one cell: a number stays a number, a text is always stored as text (never a formula)."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = strip_controls(value, keep="\n")
        cell.value = text or None  # an empty text is an empty cell
        # openpyxl takes "=…" for a formula and "#N/A" and the like for error values
        if text:
            cell.data_type = "s"
        if text.startswith(_FORMULA_START):
            cell.quotePrefix = True  # editing the cell in Excel keeps it text
    else:
        cell.value = value
    return cell


def line_count(text: str, units: float, size: float = FONT_SIZE) -> int:
    """About how many lines ``text`` takes in a wrapped cell ``units`` wide, at ``size`` points."""
    per_line = max(1, int((units - _PAD) * _CELLS_PER_UNIT * _FILL * FONT_SIZE / size))
    return sum(max(1, math.ceil(display_width(part) / per_line)) for part in text.split("\n"))


def row_height(lines: int, size: float = FONT_SIZE) -> float:
    """The height in points of a row of ``lines`` lines of ``size``-point text."""
    return round(lines * _LINE_PT * size / FONT_SIZE + _ROW_PAD_PT, 1)


# --- the parts of the sheet ------------------------------------------------------------------------


def _workbook() -> Workbook:
    """An empty workbook whose default font (the "Normal" style) is the cells' font.

    Spreadsheets measure column widths in digits of the default font; with the default left as
    Calibri, the widths would depend on whether the computer has Calibri.
    """
    wb = Workbook()
    # openpyxl has no public way to set the default font: its private lists, as its own reader does
    wb._fonts = IndexedList([copy(_FONT)])  # type: ignore[attr-defined]  # font 0: unstyled cells
    wb._named_styles["Normal"].font = copy(_FONT)  # type: ignore[attr-defined]  # re-binds the style to font 0
    return wb


def _headers() -> list[str]:
    """The header of each column, broken over lines as the source document breaks it.

    The status columns are the :class:`~tui_app.model.Status` members in order, each under its
    name (with the source's line breaks when they break that name).
    """
    headers = list(TABLE_HEADERS_WRAPPED)
    headers[COL_TITLE] = SOURCE_TITLE_HEADER
    for col, status in zip(COL_STATUS, Status, strict=True):
        name = STATUS_THAI[status]
        headers[col] = headers[col] if headers[col].replace("\n", "") == name else name
    return headers


def _text_width(text: str, factor: float = 1.0) -> float:
    return max((display_width(line) for line in text.split("\n")), default=0) * factor + _PAD


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[float]:
    """Width units of each column: the narrow ones fit their longest header line and value,
    the remarks up to :data:`_REMARKS_MAX`, and the title column takes the rest of
    :data:`TABLE_UNITS` (at least :data:`_TITLE_MIN`)."""
    widths: list[float] = []
    for col, header in enumerate(headers):
        width = _text_width(header, _BOLD_WIDTH)
        if col not in (COL_TITLE, COL_REMARKS):
            for row in rows:
                value = row[col]
                shown = format_money(value) if isinstance(value, Decimal) else "" if value is None else str(value)
                width = max(width, _text_width(shown))
        widths.append(math.ceil(width))
    widths[COL_BUDGET] = widths[COL_DISBURSED] = max(widths[COL_BUDGET], widths[COL_DISBURSED])
    longest_remark = max((_text_width(str(row[COL_REMARKS])) for row in rows), default=0)
    widths[COL_REMARKS] = max(widths[COL_REMARKS], min(_REMARKS_MAX, math.ceil(longest_remark)))
    others = sum(w for col, w in enumerate(widths) if col != COL_TITLE)
    widths[COL_TITLE] = max(_TITLE_MIN, widths[COL_TITLE], TABLE_UNITS - others)
    return widths


def _merged_line(ws: Worksheet, row: int, text: str, font: Font, align: Alignment, width: float) -> None:
    """``text`` in a cell merged over the table's width, the row as high as the text needs."""
    cell = put(ws, row, 1, text)
    cell.font = font
    cell.alignment = align
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=_COLUMNS)
    ws.row_dimensions[row].height = row_height(line_count(str(cell.value or ""), width, font.size), font.size)


def _header(ws: Worksheet, top: int, headers: Sequence[str]) -> None:
    """The two header rows from ``top``: "สถานะ" over the four status columns."""
    for col, text in enumerate(headers):
        if col in COL_STATUS:
            put(ws, top + 1, col + 1, text)
        else:
            put(ws, top, col + 1, text)
            ws.merge_cells(start_row=top, start_column=col + 1, end_row=top + 1, end_column=col + 1)
    first, last = COL_STATUS[0] + 1, COL_STATUS[-1] + 1
    put(ws, top, first, STATUS_HEADER)
    ws.merge_cells(start_row=top, start_column=first, end_row=top, end_column=last)
    for row in (top, top + 1):
        for col in range(1, _COLUMNS + 1):
            cell = ws.cell(row=row, column=col)  # the merged-over cells too: their borders show
            cell.font = _BOLD
            cell.alignment = _HEADER_ALIGN
            cell.border = _BORDER
    lines = {col: len(text.split("\n")) for col, text in enumerate(headers)}
    below = max(lines[col] for col in COL_STATUS)
    spanning = max(n for col, n in lines.items() if col not in COL_STATUS)
    ws.row_dimensions[top].height = row_height(max(1, spanning - below))
    ws.row_dimensions[top + 1].height = row_height(below)


def table_values(measure: Measure) -> list[str | int | Decimal | None]:
    """One table row as cell values, in the order of :data:`~tui_app.report.TABLE_HEADERS`."""
    return [
        measure.order,
        measure.title,
        measure.dimension,
        NO_BUDGET_THAI if measure.national.no_budget and not measure.budget else measure.budget,
        measure.disbursed,
        *status_marks(measure.status),
        measure.remarks,
    ]


def _table_row(ws: Worksheet, row: int, values: Sequence[object], widths: Sequence[float]) -> None:
    """One measure's row, as high as its title or remarks need."""
    for col, value in enumerate(values):
        cell = put(ws, row, col + 1, value)  # type: ignore[arg-type]
        cell.font = _FONT
        cell.border = _BORDER
        if col in (COL_BUDGET, COL_DISBURSED):
            cell.number_format = MONEY_FORMAT
            cell.alignment = _NUMBER_ALIGN
        elif col in (COL_TITLE, COL_REMARKS):
            cell.alignment = _TEXT_ALIGN
        else:
            cell.alignment = _CENTRE_ALIGN
    lines = max(
        line_count(str(ws.cell(row=row, column=col + 1).value or ""), widths[col]) for col in (COL_TITLE, COL_REMARKS)
    )
    ws.row_dimensions[row].height = row_height(lines)


def closing_lines(plan: Plan, measures: Sequence[Measure], options: ExportOptions, filtered) -> list[tuple[str, bool]]:
    """The lines under the table in the source document's order, each with whether it is a heading."""
    lines = [(line, False) for line in signature_lines(plan)]
    for heading, text in ((PROBLEMS_HEADING, plan.problems), (SUGGESTIONS_HEADING, plan.suggestions)):
        if text.strip():
            lines += [(heading, True), (text.strip(), False)]
    if options.include_summary:
        summary = report_summary_lines(plan, measures)
        if filtered:
            summary.insert(1, filtered[1])
        lines += [(summary[0], True), *((line, False) for line in summary[1:])]
    return lines


def _page_setup(ws: Worksheet, header_top: int, last_row: int) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    fit = ws.sheet_properties.pageSetUpPr
    assert fit is not None  # openpyxl gives every sheet one
    fit.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as it takes
    ws.print_options.horizontalCentered = True
    for side, inches in _MARGINS.items():
        setattr(ws.page_margins, side, inches)
    ws.print_title_rows = f"{header_top}:{header_top + 1}"
    ws.print_area = f"A1:{get_column_letter(_COLUMNS)}{last_row}"
    odd = ws.oddFooter
    footer = odd.center if odd is not None else None
    assert footer is not None  # openpyxl gives every sheet one
    footer.text = "หน้า &P / &N"
    footer.font = FONT_NAME
    footer.size = 14


# --- the workbook ----------------------------------------------------------------------------------


def _national_sheet(wb, measures: Sequence[Measure]) -> None:
    """The national system's fields on a sheet of their own (the status table keeps its ten
    columns and its print layout), only when a measure has some."""
    from tui_app.national import EXTRA_HEADERS, extra_cells

    if all(m.national.empty for m in measures):
        return
    ws = wb.create_sheet("e-PlanNACC")
    for col, text in enumerate(("ลำดับ", "รายการโครงการ", *EXTRA_HEADERS), start=1):
        put(ws, 1, col, text).font = _BOLD
    for row, measure in enumerate(measures, start=2):
        put(ws, row, 1, measure.order)
        put(ws, row, 2, measure.title)
        for col, text in enumerate(extra_cells(measure.national), start=3):
            amounts = (measure.national.budget_local_plan, measure.national.budget_ordinance)
            amount = amounts[col - 6] if col in (6, 7) else None
            cell = put(ws, row, col, amount if amount is not None else text)
            if amount is not None:
                cell.number_format = MONEY_FORMAT
    ws.column_dimensions["B"].width = 50


def xlsx_bytes(plan: Plan, options: ExportOptions) -> bytes:
    """The status table of ``plan`` as an .xlsx file's bytes (see the module's description).

    ``options``: the filters (``dimension``, ``statuses``) and ``include_summary``; the
    options of the text formats do not apply. Bad options raise
    :class:`~tui_app.export.ExportError`, as for every format.
    """
    check_options(plan, options)
    measures = select_measures(plan, options.dimension, options.filtered_statuses)
    filtered = filter_lines(plan, options.dimension, options.filtered_statuses, len(measures))
    headers = _headers()
    rows = [table_values(m) for m in measures]
    widths = column_widths(headers, rows)
    total = sum(widths)

    wb = _workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook has one worksheet
    ws.title = f"ตารางสถานะ {plan.fiscal_year}"
    wb.properties.title = table_title(plan)
    wb.properties.creator = "tui-app"
    ws.sheet_format.defaultRowHeight = row_height(1)
    for col, units in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = units

    row = 1
    _merged_line(ws, row, table_title(plan), _TITLE_FONT, _TITLE_ALIGN, total)
    if filtered:
        row += 1
        _merged_line(ws, row, filtered[0], _FONT, _LINE_ALIGN, total)
    header_top = row + 1
    _header(ws, header_top, headers)
    row = header_top + 1
    for values in rows:
        row += 1
        _table_row(ws, row, values, widths)
    ws.freeze_panes = f"A{header_top + 2}"

    closing = closing_lines(plan, measures, options, filtered)
    if closing:
        row += 1  # a blank row under the table
    flag = plan_summary(plan, measures).flag if options.include_summary else None
    flagged = f"({FLAG_THAI[flag]})" if flag else None
    for text, heading in closing:
        row += 1
        font = _BOLD if heading else _FONT
        if flag and flagged and text.startswith("- มีการนำแผนฯ ไปปฏิบัติ") and flagged in text:
            # the level line in the round's flag colour (the flag's word is in it too)
            font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color=FLAG_RGB[flag])
        _merged_line(ws, row, text, font, _LINE_ALIGN, total)

    _page_setup(ws, header_top, row)
    _national_sheet(wb, measures)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
