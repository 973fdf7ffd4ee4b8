"""Import a status table from CSV, TSV or .xlsx: this app's own exports, or a spreadsheet with the
report's columns in any order.

- Headers in Thai or English, in any order, broken over lines or not (``รอ\\nรายงาน``), with or
  without ``(บาท)``; the header row is looked for among the first rows (a title line above it is
  fine), and a second header row under it (the workbook's four status names under "สถานะ") too.
- Figures with Thai or Arabic digits and thousands separators; the status as a word (Thai or
  English, in a สถานะ / status column) or as a mark in one of the four status columns
  (☑ ✓ ✔ x X ● 1 ...).
- The table ends at its first empty row (the summary under an exported table is not read).

:func:`read_rows` reads the file into rows of text; :func:`plan_import` compares them with a plan
and returns an :class:`ImportPreview`: the measures it will create, the fields it will change
(old → new) and every row it could not read with the reason. Nothing is written: the caller shows
the preview and, when the user confirms (and no row was refused), saves :attr:`ImportPreview.change`
through the store like any other edit. Rows are matched to measures by their number (ลำดับ).

Plain Python, no Textual; the file is only read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from tui_app.changes import Change, _check_expected
from tui_app.errors import UserError, ValidationError
from tui_app.model import STATUS_THAI, Dimension, Measure, Plan, Status, check_length, clean_text
from tui_app.money import parse_money
from tui_app.national import NO_BUDGET_THAI
from tui_app.thai import ARABIC_DIGITS

#: every header this importer knows, normalized (:func:`_norm`), and the field it names
HEADER_FIELDS: dict[str, str] = {}


def _norm(text: object) -> str:
    """A header as compared: no parenthesized part, no spaces or line breaks, lower case."""
    value = re.sub(r"\([^)]*\)", "", str(text or ""))
    return re.sub(r"[\s'\"]+", "", value).lower()


def _known(name: str, *headers: str) -> None:
    for header in headers:
        HEADER_FIELDS[_norm(header)] = name


_known("order", "ลำดับ", "ลำดับที่", "ที่", "no", "no.", "order", "#", "number")
_known("title", "รายการโครงการ", "รายการ", "โครงการ", "ชื่อโครงการ", "โครงการ/กิจกรรม/มาตรการ", "item", "title", "project")
_known("dimension", "มิติ", "มิติที่", "dimension")
_known("budget", "งบประมาณ", "งบประมาณ (บาท)", "budget")
_known("disbursed", "เบิกจ่าย", "เบิกจ่าย (บาท)", "ผลการเบิกจ่าย", "disbursed", "disbursement")
_known("status", "สถานะ", "status")
_known("remarks", "หมายเหตุ", "remarks", "remark", "notes")
_known("s:waiting", STATUS_THAI[Status.WAITING], "รอการรายงาน", "waiting", "waiting for report")
_known("s:in_progress", STATUS_THAI[Status.IN_PROGRESS], "in progress", "in_progress", "doing")
_known("s:completed", STATUS_THAI[Status.COMPLETED], "แล้วเสร็จ", "completed", "done")
_known("s:cannot", STATUS_THAI[Status.CANNOT], "cannot", "cannot be carried out", "not possible")

#: the status words a สถานะ / status cell may hold
STATUS_WORDS: dict[str, Status] = {
    **{_norm(STATUS_THAI[s]): s for s in Status},
    **{_norm(s.value): s for s in Status},
    _norm("รอการรายงาน"): Status.WAITING,
    _norm("waiting for report"): Status.WAITING,
    _norm("in progress"): Status.IN_PROGRESS,
    _norm("in-progress"): Status.IN_PROGRESS,
    _norm("แล้วเสร็จ"): Status.COMPLETED,
    _norm("เสร็จ"): Status.COMPLETED,
    _norm("done"): Status.COMPLETED,
    _norm("cannot be carried out"): Status.CANNOT,
}
#: what counts as a ticked status column
MARKS = frozenset({"☑", "✓", "✔", "☒", "x", "●", "/", "1", "true", "yes", "ใช่", "y"})
#: the fields of a measure an import sets, in the order the preview shows them
IMPORTED_FIELDS = ("title", "dimension", "budget", "disbursed", "status", "remarks")
#: the header rows looked for among the file's first rows
HEADER_SEARCH = 15


class ImportError_(UserError):
    """A file that cannot be imported at all (not found, not a table, no title column)."""


# --- reading the file --------------------------------------------------------------------------


def read_rows(path: Path) -> list[list[str]]:
    """The file's cells as text, row by row (xlsx: the first sheet; CSV / TSV: UTF-8, BOM or not)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_("import.missing", path=str(path)) from None
    except OSError as exc:
        raise ImportError_("import.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_rows(path, data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp874")  # Thai Windows, as older spreadsheets save CSV
        except UnicodeDecodeError:
            raise ImportError_("import.not_text", path=str(path)) from None
    first = text.split("\n", 1)[0]
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") or first.count("\t") > first.count(",") else ","
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _xlsx_rows(path: Path, data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise ImportError_("import.bad_xlsx", path=str(path), detail=type(exc).__name__) from None
    sheet = book.worksheets[0]
    rows = []
    for values in sheet.iter_rows(values_only=True):
        rows.append(["" if v is None else _cell_text(v) for v in values])
    book.close()
    return rows


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value)


# --- understanding the rows ----------------------------------------------------------------------


@dataclass
class RowProblem:
    row: int  # the row's number in the file (1 = the first line / row)
    reason: UserError


@dataclass
class ImportedRow:
    row: int
    order: int
    values: dict[str, Any]


@dataclass
class FieldChange:
    order: int
    title: str
    name: str
    old: Any
    new: Any


@dataclass
class ImportPreview:
    """What an import would do to a plan; nothing is written by making it."""

    rows: list[ImportedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    creates: list[ImportedRow] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    new_dimensions: list[int] = field(default_factory=list)

    @property
    def can_import(self) -> bool:
        """Only a file without a refused row is imported: a half-read table would mislead."""
        return not self.problems and bool(self.creates or self.changes)

    @property
    def change(self) -> ImportRows:
        return ImportRows(self)


def _columns(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The header row's index and each field's column."""
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        found = {}
        for col, cell in enumerate(row):
            name = HEADER_FIELDS.get(_norm(cell))
            if name and name not in found:
                found[name] = col
        if "title" in found and len(found) >= 3:
            # a second header row under it (the status names under "สถานะ" in the workbook)
            below = rows[index + 1] if index + 1 < len(rows) else []
            extra = {HEADER_FIELDS.get(_norm(c)): col for col, c in enumerate(below) if HEADER_FIELDS.get(_norm(c))}
            # (a data row may hold one status word: a header row names at least two statuses)
            if len(extra) >= 2 and all(k and k.startswith("s:") for k in extra):
                for name, col in extra.items():
                    found.setdefault(name, col)  # type: ignore[arg-type]
                if found.get("status") in extra.values():
                    found.pop("status")
                index += 1
            return index, found
    raise ImportError_("import.no_header")


def _whole(text: str, what: str) -> int:
    value = text.strip().translate(ARABIC_DIGITS)
    if value.endswith(".0"):
        value = value[:-2]
    if not value.isdigit() or int(value) < 1:
        raise ValidationError("import.bad_number", what=what, text=text)
    return int(value)


def _status(row: list[str], columns: dict[str, int]) -> Status:
    marked = [
        Status(name.removeprefix("s:"))
        for name, col in columns.items()
        if name.startswith("s:") and col < len(row) and _norm(row[col]) in MARKS
    ]
    word = row[columns["status"]].strip() if "status" in columns and columns["status"] < len(row) else ""
    if word:
        status = STATUS_WORDS.get(_norm(word))
        if status is None:
            raise ValidationError("import.bad_status", text=word)
        if marked and marked != [status]:
            raise ValidationError("import.status_disagree", text=word)
        return status
    if len(marked) == 1:
        return marked[0]
    if len(marked) > 1:
        raise ValidationError("import.two_statuses")
    raise ValidationError("import.no_status")


def parse_rows(rows: list[list[str]]) -> tuple[list[ImportedRow], list[RowProblem]]:
    """The measures' rows of the table, and every row that could not be read with the reason."""
    header, columns = _columns(rows)
    read: list[ImportedRow] = []
    problems: list[RowProblem] = []
    seen: dict[int, int] = {}
    for index in range(header + 1, len(rows)):
        row = rows[index]
        if not any(cell.strip() for cell in row):
            if read or problems:
                break  # the table ends at its first empty row
            continue
        number = index + 1

        def cell(name: str, row: list[str] = row) -> str:
            col = columns.get(name)
            return row[col] if col is not None and col < len(row) else ""

        try:
            title = clean_text(cell("title"))
            if not title:
                raise ValidationError("error.empty", what="field.title")
            check_length(title, "title")
            order = _whole(cell("order"), "field.order") if "order" in columns else len(read) + 1
            if order in seen:
                raise ValidationError("import.same_order", order=order, other=seen[order])
            # only the columns the file has: a column left out changes nothing
            values: dict[str, Any] = {"title": title}
            if "dimension" in columns:
                values["dimension"] = _whole(cell("dimension"), "field.dimension")
            for name in ("budget", "disbursed"):
                if name in columns:  # "ไม่ใช้งบประมาณ" (no budget used) in a budget cell is 0.00
                    text = cell(name)
                    values[name] = parse_money("" if _norm(text) == _norm(NO_BUDGET_THAI) else text)
            if "status" in columns or any(name.startswith("s:") for name in columns):
                values["status"] = _status(row, columns)
            if "remarks" in columns:
                values["remarks"] = clean_text(cell("remarks"), multiline=True, field="remarks")
        except ValidationError as exc:
            problems.append(RowProblem(number, exc))
            continue
        seen[order] = number
        read.append(ImportedRow(number, order, values))
    return read, problems


def plan_import(plan: Plan, rows: list[list[str]]) -> ImportPreview:
    """What importing ``rows`` into ``plan`` would create and change (rows matched by ลำดับ)."""
    read, problems = parse_rows(rows)
    preview = ImportPreview(rows=read, problems=problems)
    by_order = {m.order: m for m in plan.measures}
    dimensions = {d.number for d in plan.dimensions}
    for item in read:
        measure = by_order.get(item.order)
        if measure is None:
            item.values.setdefault("dimension", 1)
        number = item.values.get("dimension")
        if number is not None and number not in dimensions and number not in preview.new_dimensions:
            preview.new_dimensions.append(number)
        if measure is None:
            preview.creates.append(item)
            continue
        for name in IMPORTED_FIELDS:
            if name not in item.values:
                continue
            old, new = getattr(measure, name), item.values[name]
            if old != new:
                preview.changes.append(FieldChange(item.order, measure.title, name, old, new))
    preview.new_dimensions.sort()
    return preview


@dataclass
class ImportRows(Change):
    """Apply an import preview to the freshly read plan: each changed field carries the value the
    preview saw (someone else's change meanwhile is a conflict, not overwritten); each new measure
    is added at its number; a missing dimension is added as "มิติที่ N"."""

    preview: ImportPreview

    def apply(self, plan: Plan) -> None:
        if not self.preview.can_import:
            raise ValidationError("import.nothing")
        by_order = {m.order: m for m in plan.measures}
        for number in self.preview.new_dimensions:
            if all(d.number != number for d in plan.dimensions):
                plan.dimensions.append(Dimension(number, f"มิติที่ {number}"))
        plan.dimensions.sort(key=lambda d: d.number)
        for change in self.preview.changes:
            measure = by_order.get(change.order)
            if measure is None:
                raise ValidationError("error.gone")
            _check_expected(getattr(measure, change.name), change.old, "field." + change.name)
            setattr(measure, change.name, change.new)
        for item in self.preview.creates:
            if item.order in by_order:
                raise ValidationError("import.order_taken", order=item.order)
            plan.measures.append(Measure(order=item.order, **item.values))


# --- the preview as text -----------------------------------------------------------------------------


def shown(value: Any) -> str:
    if isinstance(value, Status):
        return STATUS_THAI[value]
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def preview_lines(preview: ImportPreview, lang: str = "th") -> list[str]:
    """The preview for the command line and the import screen, in ``lang``."""
    from tui_app.i18n import t

    lines = [
        t("import.summary", lang, rows=len(preview.rows), creates=len(preview.creates),
          changes=len(preview.changes), problems=len(preview.problems)),
    ]
    for number in preview.new_dimensions:
        lines.append("+ " + t("import.new_dimension", lang, number=number))
    for item in preview.creates:
        lines.append("+ " + t("import.create", lang, order=item.order, title=shown(item.values["title"]),
                              status=shown(item.values.get("status", Status.WAITING))))
    for c in preview.changes:
        lines.append("~ " + t("import.change", lang, order=c.order, field=t("field." + c.name, lang),
                              old=shown(c.old), new=shown(c.new)))
    for p in preview.problems:
        lines.append("! " + t("import.problem", lang, row=p.row, reason=p.reason.message(lang)))
    if preview.problems:
        lines.append(t("import.refused", lang))
    elif not (preview.creates or preview.changes):
        lines.append(t("import.same", lang))
    return lines
