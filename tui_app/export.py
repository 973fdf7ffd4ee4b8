"""Exports of the status table: text (a tabulate table), tab-separated text, CSV and Excel (.xlsx).

Pure functions of a :class:`~tui_app.model.Plan` (one fiscal year) and an :class:`ExportOptions`,
no file access and no Textual. The command line (``tui-app export``) and the in-app export dialog
use the same public API, and write the file with :func:`tui_app.store.write_export`::

    options = ExportOptions(format="csv", dimension=2)       # every field has a default
    data: bytes = render(plan, options)                        # exactly what goes in the file
    path = write_export(folder / default_filename(plan, options), data, overwrite=False)

- :data:`EXPORT_FORMATS`: the one registry of formats (:class:`ExportFormat`: name, label,
  extension, binary or text, the options that apply, the renderer); :data:`FORMATS` and
  :data:`EXTENSIONS` are derived from it.
- :func:`render` ``(plan, options) -> bytes``: the file's bytes (UTF-8; CSV with a BOM unless
  ``options.bom`` is false; a binary format's own bytes: a Word document for ``docx``, made by
  :func:`tui_app.docx_report.docx_bytes`, a workbook for ``xlsx``).
- :func:`render_export` ``(plan, options) -> str``: the same as text, for a preview on screen
  (CSV without the BOM); a binary format has none. :func:`render_text`, :func:`render_tsv`,
  :func:`render_csv`, :func:`render_xlsx`, :func:`render_docx` render one format whatever
  ``options.format`` says.
- :func:`tui_app.store.write_export` ``(path, data, overwrite=False) -> Path`` (in the store, where
  all file access is): atomic write; every failure is an :class:`~tui_app.errors.ExportError`.
- :func:`default_filename` ``(plan, options) -> str``: ``status-2566.txt`` / ``.tsv`` / ``.csv`` / ``.xlsx``.
- :func:`check_options` ``(plan, options)``: raise the :class:`ExportError` that :func:`render`
  would raise for bad options (unknown style, width out of range, a dimension the plan lacks).

The formats:

- **text**: the table's title (:func:`~tui_app.report.table_title`), a line naming the filter
  (when one is applied), the status table in a tabulate ``style``, then in the source
  document's order the as-of date and reporter, the problems and suggestions, and the summary
  block (``include_summary``). Columns line up by display width (Thai marks take no cell); the
  title and remarks columns wrap at ``width`` cells, at Thai word boundaries
  (:func:`~tui_app.thai.wrap_display`). In the Markdown styles (``pipe``, ``github``) and
  ``orgtbl`` every table row stays one line of text, the header row included (a second line
  would be read as another row): nothing is wrapped, and a new line typed in a cell becomes
  ``<br>`` (a space in Org).
- **docx**: the whole report as a Word document (:mod:`tui_app.docx_report`), or with
  ``table_only`` just the titled status table; ``memo`` puts a covering memo first.
- **tsv**: the table only, header row first, one row per line, tabs and new lines in cells
  turned to spaces; for pasting into a word-processor table. Figures as in the text table.
  Formula-safe like CSV: a cell starting with ``= + - @`` gets a leading ``'``.
- **csv**: one header row and one row per measure, the status both as its Thai word (สถานะ)
  and as the four ☑ columns; amounts as plain numbers (``1234.50``, an empty cell when not
  given); Arabic digits whatever
  ``thai_digits`` says (the file is for machines), and the user's text exactly as stored.
  A text cell that starts with ``= + - @``, a tab or a carriage return gets a leading ``'``
  so that no spreadsheet runs it as a formula (OWASP "CSV injection").
- **xlsx** (binary): the status table as the source document prints it, in a workbook laid out
  for A4 landscape, amounts as numbers; see :mod:`tui_app.xlsx_report`.

``thai_digits`` writes the figures the program prints (order, dimension, amounts, counts,
years, dates) with ๐–๙ in the text and TSV formats; the user's own text is never changed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from tui_app.errors import ExportError
from tui_app.errors import ExportExistsError as ExportExistsError  # importable from here too
from tui_app.model import STATUS_THAI, Measure, Plan, Status, clean_text, strip_controls
from tui_app.national import EXTRA_HEADERS, extra_cells
from tui_app.report import (
    COL_REMARKS,
    COL_TITLE,
    TABLE_HEADERS,
    TABLE_HEADERS_WRAPPED,
    filter_lines,
    notes,
    report_summary_lines,
    select_measures,
    signature_lines,
    status_marks,
    table_row,
    table_title,
)
from tui_app.thai import prepare_breaks, thai_digits, wrap_display

#: formats that write figures with Thai digits unless told otherwise (an official document)
THAI_DIGIT_FORMATS = frozenset({"docx"})
#: the font of a Word document unless told otherwise
DEFAULT_FONT = "TH Sarabun New"

#: the tabulate styles offered (all of them draw multi-line cells)
STYLES: tuple[str, ...] = (
    "grid",
    "simple",
    "plain",
    "github",
    "pipe",
    "simple_grid",
    "rounded_grid",
    "heavy_grid",
    "double_grid",
    "fancy_grid",
    "psql",
    "orgtbl",
    "rst",
    "presto",
    "outline",
    "simple_outline",
)
#: styles whose header must stay on one line (Markdown / Org tables)
ONE_LINE_HEADER_STYLES = frozenset({"github", "pipe", "orgtbl"})
_MARKDOWN_BAR = {"github": "\\|", "pipe": "\\|", "orgtbl": "\\vert{}"}
# In these styles a table row is one line of text (a second line would be a row of its own): a
# cell is not wrapped, and a new line typed in it becomes a Markdown line break (Org has none).
_ONE_LINE_NEW_LINE = {"github": "<br>", "pipe": "<br>", "orgtbl": " "}

DEFAULT_WIDTH = 30
MIN_WIDTH = 4
MAX_WIDTH = 1000

_COLALIGN = ("right", "left", "center", "right", "right", *("center" for _ in Status), "left")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportOptions:
    """How to export one fiscal year's plan (the caller chooses the year by the plan it passes).

    - ``format``: a name in :data:`EXPORT_FORMATS` (``text``, ``tsv``, ``csv``, ``xlsx``);
    - ``style``: the tabulate table style of the text format (see :data:`STYLES`);
    - ``width``: display cells at which the title and remarks columns wrap (0: no wrapping; the
      Markdown and Org styles never wrap);
    - ``dimension``: only the measures of this dimension (``None``: all);
    - ``statuses``: only the measures in these statuses (all four by default);
    - ``thai_digits``: ๐–๙ for the figures of the text, TSV and docx formats; ``None`` (the
      default) leaves it to the format: Thai digits in docx (:data:`THAI_DIGIT_FORMATS`), 0–9
      elsewhere;
    - ``include_summary``: the summary block under the table (text, xlsx and docx);
    - ``bom``: start the CSV with a UTF-8 byte-order mark (``utf-8-sig``), which spreadsheets
      need to read Thai correctly; false for plain UTF-8;
    - ``table_only``: docx: only the titled status table, not the whole report;
    - ``font``: docx: the font of every run, Thai (complex-script) runs included;
    - ``memo``: docx: a covering memo (บันทึกข้อความ) first.
    """

    format: str = "text"
    style: str = "grid"
    width: int = DEFAULT_WIDTH
    dimension: int | None = None
    statuses: frozenset[Status] = field(default_factory=lambda: frozenset(Status))
    thai_digits: bool | None = None
    include_summary: bool = True
    bom: bool = True
    table_only: bool = False
    font: str = DEFAULT_FONT
    memo: bool = False

    @property
    def filtered_statuses(self) -> frozenset[Status] | None:
        """The statuses to keep, or ``None`` when all four are kept."""
        chosen = frozenset(self.statuses)
        return None if chosen == frozenset(Status) else chosen

    @property
    def uses_thai_digits(self) -> bool:
        """Whether figures are written with ๐–๙: as asked, else as the format does by default."""
        return self.format in THAI_DIGIT_FORMATS if self.thai_digits is None else self.thai_digits

    def digits(self, text: str) -> str:
        return thai_digits(text) if self.uses_thai_digits else text


def check_options(plan: Plan, options: ExportOptions) -> None:
    """Raise :class:`ExportError` for options that cannot make an export of ``plan``."""
    export_format(options)  # an unknown format
    if options.style not in STYLES:
        raise ExportError("export.bad_style", style=options.style, styles=", ".join(STYLES))
    if options.width != 0 and not MIN_WIDTH <= options.width <= MAX_WIDTH:
        raise ExportError("export.bad_width", width=options.width, min=MIN_WIDTH, max=MAX_WIDTH)
    if not options.statuses:
        raise ExportError("export.no_status")
    if options.format == "docx" and not clean_text(options.font):
        raise ExportError("export.no_font")
    if options.dimension is not None:
        numbers = sorted({d.number for d in plan.dimensions} | {m.dimension for m in plan.measures})
        if options.dimension not in numbers:
            raise ExportError(
                "export.no_dimension",
                number=options.dimension,
                year=plan.fiscal_year,
                numbers=", ".join(map(str, numbers)) or "-",
            )


def default_filename(plan: Plan, options: ExportOptions) -> str:
    """``status-2566.txt`` / ``.tsv`` / ``.csv``; ``report-2566.docx`` (the whole report) or
    ``status-2566.docx`` (``table_only``)."""
    stem = "report" if options.format == "docx" and not options.table_only else "status"
    return f"{stem}-{plan.fiscal_year}.{EXTENSIONS.get(options.format, 'txt')}"


def _rows(plan: Plan, options: ExportOptions) -> list[Measure]:
    check_options(plan, options)
    return select_measures(plan, options.dimension, options.filtered_statuses)


# --- text -------------------------------------------------------------------------------------


def table_text(plan: Plan, measures: list[Measure], options: ExportOptions) -> str:
    """The status table of ``measures`` in ``options.style``, without a final new line."""
    from tabulate import tabulate

    one_line = options.style in ONE_LINE_HEADER_STYLES
    headers = list(TABLE_HEADERS if one_line else TABLE_HEADERS_WRAPPED)
    rows = [[strip_controls(cell) for cell in table_row(measure, options.digits)] for measure in measures]
    if one_line:  # a | inside a cell would end the cell of a Markdown / Org table
        new_line = _ONE_LINE_NEW_LINE[options.style]
        bar = _MARKDOWN_BAR[options.style]
        rows = [[cell.replace("|", bar).replace("\n", new_line) for cell in row] for row in rows]
    else:
        prepare_breaks((row[col] for row in rows for col in (COL_TITLE, COL_REMARKS)), options.width)
        for row in rows:
            for col in (COL_TITLE, COL_REMARKS):
                row[col] = "\n".join(wrap_display(row[col], options.width))
    return tabulate(
        rows,
        headers,
        tablefmt=options.style,
        disable_numparse=True,  # "0.00" must stay "0.00", "1,234.50" must not become 1234.5
        colalign=_COLALIGN,
        # Markdown reads a column's alignment from the header's delimiter row: keep the columns'
        headersalign=None if one_line else ["center"] * len(headers),
    )


def render_text(plan: Plan, options: ExportOptions | None = None) -> str:
    """Title, filter line, status table, summary block, as-of date and reporter, as text."""
    options = options or ExportOptions()
    measures = _rows(plan, options)
    digits = options.digits
    filtered = filter_lines(plan, options.dimension, options.filtered_statuses, len(measures), digits)
    lines = [strip_controls(table_title(plan, thai_digits=options.uses_thai_digits), keep="")]
    if filtered:
        lines.append(strip_controls(filtered[0], keep=""))
    lines += ["", table_text(plan, measures, options)]
    # the source document's closing order: as-of date, reporter, problems, suggestions, summary
    signature = signature_lines(plan, digits=digits)
    if signature:
        lines += ["", *(strip_controls(line, keep="") for line in signature)]
    for heading, paragraphs in notes(plan):
        lines += ["", heading, *(strip_controls(p, keep="") for p in paragraphs)]
    if options.include_summary:
        summary = report_summary_lines(plan, measures, digits)
        if filtered:
            summary.insert(1, filtered[1])
        lines += ["", *(strip_controls(line, keep="") for line in summary)]
    return "\n".join(lines) + "\n"


# --- tab-separated text ----------------------------------------------------------------------------


def _tsv_cell(text: str) -> str:
    """A cell on one line: tabs and new lines become spaces, other controls go; a cell that a
    spreadsheet would run as a formula is neutralized as in CSV (:func:`neutralize`)."""
    return neutralize(strip_controls(text.replace("\r\n", "\n"), keep="").strip())


def render_tsv(plan: Plan, options: ExportOptions | None = None) -> str:
    """The status table as tab-separated lines, header row first (figures as in the text table)."""
    options = options or ExportOptions()
    measures = _rows(plan, options)
    extra = _has_national(measures)
    lines = ["\t".join(_tsv_cell(h) for h in (*TABLE_HEADERS, *(EXTRA_HEADERS if extra else ())))]
    for measure in measures:
        cells = table_row(measure, options.digits) + (extra_cells(measure.national) if extra else [])
        lines.append("\t".join(_tsv_cell(cell) for cell in cells))
    return "\n".join(lines) + "\n"


# --- CSV --------------------------------------------------------------------------------------------

CSV_HEADERS: tuple[str, ...] = (
    *TABLE_HEADERS[:5],
    "สถานะ",
    *TABLE_HEADERS[5:],
)


def neutralize(text: str) -> str:
    """``text`` with a leading ``'`` if a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_text(text: str) -> str:
    return neutralize(strip_controls(text, keep="\t\n\r"))


def _plain_amount(value) -> str:
    """``1234.50``; an empty cell for an amount not given."""
    return "" if value is None else f"{value:.2f}"


def _has_national(measures: list[Measure]) -> bool:
    """The national system's fields go as extra columns only when a measure has some."""
    return any(not m.national.empty for m in measures)


def csv_row(measure: Measure) -> list[str]:
    """One CSV row: numbers machine-readable, text neutralized."""
    return [
        str(measure.order),
        _csv_text(measure.title),
        str(measure.dimension),
        _plain_amount(measure.budget),
        _plain_amount(measure.disbursed),
        STATUS_THAI[measure.status],
        *status_marks(measure.status),
        _csv_text(measure.remarks),
    ]


def render_csv(plan: Plan, options: ExportOptions | None = None) -> str:
    """The status table as CSV text (no BOM here: :func:`render` adds it), lines ending in CRLF."""
    options = options or ExportOptions()
    measures = _rows(plan, options)
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    extra = _has_national(measures)
    writer.writerow([neutralize(h) for h in (*CSV_HEADERS, *(EXTRA_HEADERS if extra else ()))])
    for measure in measures:
        row = csv_row(measure)
        if extra:
            row += [_csv_text(cell) for cell in extra_cells(measure.national, plain=True)]
        writer.writerow(row)
    return out.getvalue()


# --- the public entry points ---------------------------------------------------------------------


def render_docx(plan: Plan, options: ExportOptions | None = None) -> bytes:
    """The report as a Word document (:func:`tui_app.docx_report.docx_bytes`)."""
    from tui_app.docx_report import docx_bytes  # python-docx is loaded only for this format

    return docx_bytes(plan, options or ExportOptions())


def render_xlsx(plan: Plan, options: ExportOptions | None = None) -> bytes:
    """The status table as an Excel workbook (:func:`tui_app.xlsx_report.xlsx_bytes`)."""
    from tui_app.xlsx_report import xlsx_bytes  # openpyxl is loaded only for this format

    return xlsx_bytes(plan, options or ExportOptions())


@dataclass(frozen=True)
class ExportFormat:
    """One export format: all that the command line and the export dialog need to offer it.

    - ``name``: the ``--format`` value and :attr:`ExportOptions.format`;
    - ``label_key``: its name in the dialog's format list (:mod:`tui_app.i18n`);
    - ``extension``: of the default file name; an ``--out`` file with it selects the format;
    - ``binary``: the file is bytes, not text: no text preview, nothing for the clipboard, not
      printed on a terminal; ``render`` returns ``bytes`` (else ``str``, encoded by :func:`render`);
    - ``about_key``: for a binary format, what the dialog shows in place of the preview;
    - ``options``: the :class:`ExportOptions` fields besides the filters (dimension, statuses)
      that apply to the format; the dialog disables the others;
    - ``render``: ``(plan, options)`` to the export's text (a text format) or bytes (binary);
    - ``whole_plan``: the renderer reads the measures' steps, missions and results; the others
      read only the status table's fields, and the command line reads only those
      (:meth:`tui_app.store.PlanStore.load_table`).
    """

    name: str
    label_key: str
    extension: str
    binary: bool
    options: frozenset[str]
    render: Callable[[Plan, ExportOptions], str | bytes]
    about_key: str | None = None
    whole_plan: bool = False

    def __post_init__(self) -> None:
        if self.binary and not self.about_key:
            raise ValueError(f"the binary format {self.name!r} needs an about_key to show in place of a preview")

    @property
    def has_preview(self) -> bool:
        """Whether the export can be shown (and copied) as text."""
        return not self.binary

    @property
    def has_styles(self) -> bool:
        """Whether the tabulate table styles (and the wrap width) apply."""
        return "style" in self.options


#: every export format, in the order they are offered; adding a format is one entry here
#: (and its labels in the catalogue)
EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "text",
            "export_dialog.format.text",
            "txt",
            binary=False,
            options=frozenset({"style", "width", "include_summary", "thai_digits"}),
            render=render_text,
        ),
        ExportFormat(
            "tsv",
            "export_dialog.format.tsv",
            "tsv",
            binary=False,
            options=frozenset({"thai_digits"}),
            render=render_tsv,
        ),
        ExportFormat(
            "csv", "export_dialog.format.csv", "csv", binary=False, options=frozenset({"bom"}), render=render_csv
        ),
        ExportFormat(
            "xlsx",
            "export_dialog.format.xlsx",
            "xlsx",
            binary=True,
            options=frozenset({"include_summary"}),
            render=render_xlsx,
            about_key="export_dialog.about.xlsx",
        ),
        ExportFormat(
            "docx",
            "export_dialog.format.docx",
            "docx",
            binary=True,
            # Thai digits unless --arabic-digits on the command line; the dialog leaves them to the format
            options=frozenset({"include_summary", "table_only", "font", "memo"}),
            render=render_docx,
            about_key="export_dialog.about.docx",
            whole_plan=True,  # the whole report: each measure's mission, steps and result
        ),
    )
}
FORMATS: tuple[str, ...] = tuple(EXPORT_FORMATS)
EXTENSIONS: dict[str, str] = {f.name: f.extension for f in EXPORT_FORMATS.values()}


def export_format(options: ExportOptions) -> ExportFormat:
    """The :class:`ExportFormat` of ``options`` (:class:`ExportError` for an unknown one)."""
    fmt = EXPORT_FORMATS.get(options.format)
    if fmt is None:
        raise ExportError("export.bad_format", format=options.format, formats=", ".join(FORMATS))
    return fmt


def render_export(plan: Plan, options: ExportOptions | None = None) -> str:
    """The export of ``plan`` in ``options.format`` as text (a preview: no BOM).

    A binary format has no text: :class:`ExportError` ``export.binary_no_text``.
    """
    options = options or ExportOptions()
    check_options(plan, options)
    fmt = export_format(options)
    if fmt.binary:
        raise ExportError("export.binary_no_text", format=fmt.name)
    return fmt.render(plan, options)  # type: ignore[return-value]


def encoding_of(options: ExportOptions) -> str:
    """``utf-8-sig`` for a CSV with a BOM, else ``utf-8`` (for the text formats)."""
    return "utf-8-sig" if options.format == "csv" and options.bom else "utf-8"


def render(plan: Plan, options: ExportOptions | None = None) -> bytes:
    """The bytes of the export file: a binary format's own, a text format's encoded (:func:`encoding_of`)."""
    options = options or ExportOptions()
    check_options(plan, options)
    fmt = export_format(options)
    data = fmt.render(plan, options)
    return data if isinstance(data, bytes) else data.encode(encoding_of(options))
