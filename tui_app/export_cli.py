"""The ``tui-app export`` command: print or save the status table as text, TSV, CSV or .xlsx,
or the whole report as a Word document (docx).

The work is done by :mod:`tui_app.export`; this module only reads the options. Every bad option
is a :class:`~tui_app.errors.UserError`, which ``tui_app.cli.main`` prints as one line (in the
``--lang`` language) with a non-zero exit.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tui_app.export import (
    DEFAULT_FONT,
    DEFAULT_WIDTH,
    EXPORT_FORMATS,
    FORMATS,
    STYLES,
    ExportError,
    ExportExistsError,
    ExportOptions,
    export_format,
    default_filename,
    render,
    write_export,
)
from tui_app.model import STATUS_THAI, Status
from tui_app.store import PlanStore

_THAI_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: the format an ``--out`` file's extension selects: each format's own, and two more spellings
_SUFFIX_FORMAT = {".text": "text", ".tab": "tsv", **{f".{f.extension}": f.name for f in EXPORT_FORMATS.values()}}

DESCRIPTION = """\
Print the status table of one fiscal year (ลำดับ, รายการโครงการ (ตั้งต้น), มิติ, งบประมาณ,
เบิกจ่าย, the four status columns with ☑, หมายเหตุ) for a memo, a word processor or a
spreadsheet, or save the whole report as a Word document.

  text  the table's title, the table, the as-of date and reporter, the problems and
        suggestions, and the summary block
  tsv   the table only, tab-separated, header row first: paste it into a word-processor table
  csv   the table with a สถานะ column; amounts as plain numbers (1234.50); a cell that a
        spreadsheet would run as a formula (= + - @ ...) starts with '
  xlsx  an Excel workbook of the titled table as the report prints it, the summary below:
        amounts are numbers shown with two decimals (1,234.50), ready to print on A4
        landscape; the best way to open the table in Excel or LibreOffice Calc
  docx  the whole report as a Word document, laid out as the printed report: title, introduction,
        each dimension's measures with mission, steps and result, the status table on A4
        landscape pages (header repeated on each page), the as-of date and reporter, problems,
        suggestions and the summary; --table-only for the titled table alone, --memo for a
        covering memo (บันทึกข้อความ) first. Font "TH Sarabun New" 16 pt (--font to change it),
        Thai digits (--arabic-digits for 0-9), Buddhist-Era dates

Output goes to standard output unless --out is given, so `tui-app export --format csv >
table.csv` works in scripts and cron. CSV is UTF-8 with a byte-order mark (BOM), on standard
output too, so that spreadsheets read Thai correctly; --plain-utf8 leaves it out. An .xlsx or
.docx file goes to --out or to a redirect (> FILE), never to a terminal. A relative --out path
is relative to the current folder (the app's export folder, $TUI_APP_EXPORT_DIR, is for the app)."""

EPILOG = """\
examples:
  tui-app export                                  the grid table of the latest year
  tui-app export --year 2566 --style github --width 40
  tui-app export --format csv --out status-2566.csv
  tui-app export --out status-2566.xlsx               the format from the extension
  tui-app export --dimension 2 --status in_progress completed --thai-digits
  tui-app export --format docx --memo --out report-2566.docx
  tui-app export --out status-2566.docx --table-only --font "TH SarabunIT๙"
statuses: waiting (รอรายงาน), in_progress (อยู่ระหว่างดำเนินการ),
          completed (ดำเนินการแล้วเสร็จ), cannot (ไม่สามารถดำเนินการได้)"""


def add_export_command(sub: argparse._SubParsersAction, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``export`` to the subcommands; ``add_common`` adds --db, --year and --lang."""
    p = sub.add_parser(
        "export",
        help="print or save the status table (text, TSV, CSV, .xlsx) or the whole report (docx)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(p)
    # Values are checked by the export code, not by argparse, so that a mistake is one clear
    # line in the user's language.
    p.add_argument(
        "--format",
        metavar="FORMAT",
        help=f"{' | '.join(FORMATS)} (default: from the --out file's extension, else text)",
    )
    p.add_argument(
        "--style",
        metavar="STYLE",
        default="grid",
        help=f"table style of the text format (default: grid): {', '.join(STYLES)}",
    )
    p.add_argument(
        "--width",
        metavar="N",
        default=str(DEFAULT_WIDTH),
        help=f"wrap the title and remarks columns at N terminal cells (default: {DEFAULT_WIDTH}; 0: do not wrap)",
    )
    p.add_argument(
        "-o",
        "--out",
        metavar="FILE",
        help="write to FILE instead of standard output ('-' is standard output); "
        "a relative path is in the current folder",
    )
    p.add_argument(
        "--overwrite", action="store_true", help="replace FILE if it exists (otherwise an existing file is refused)"
    )
    p.add_argument("--dimension", metavar="N", help="only the measures of dimension N (default: all)")
    p.add_argument(
        "--status",
        metavar="STATUS",
        nargs="+",
        action="extend",
        help="only measures in these statuses (default: all): waiting, in_progress, completed, cannot; "
        "several may follow one --status or be separated by commas",
    )
    p.add_argument(
        "--thai-digits",
        action="store_const",
        const=True,
        dest="thai_digits",
        default=None,
        help="write the figures of text and TSV with Thai digits (๐-๙); CSV keeps 0-9; docx has them anyway",
    )
    p.add_argument(
        "--arabic-digits",
        action="store_const",
        const=False,
        dest="thai_digits",
        help="docx: write the figures with 0-9 instead of Thai digits",
    )
    p.add_argument("--table-only", action="store_true", help="docx: only the titled status table, not the whole report")
    p.add_argument("--memo", action="store_true", help="docx: put a covering memo (บันทึกข้อความ) first")
    p.add_argument("--font", metavar="NAME", default=DEFAULT_FONT, help=f'docx: the font (default: "{DEFAULT_FONT}")')
    p.add_argument("--no-summary", action="store_true", help="leave out the summary block (text, xlsx and docx)")
    p.add_argument("--plain-utf8", action="store_true", help="CSV without the byte-order mark (BOM)")
    p.set_defaults(func=cmd_export)


# --- reading the options -----------------------------------------------------------------------


def _whole(text: str, option: str) -> int:
    try:
        return int(str(text).strip().translate(_THAI_TO_ARABIC))
    except ValueError:
        raise ExportError("export.bad_number", option=option, text=text) from None


_STATUS_WORDS: dict[str, Status] = {
    **{s.value: s for s in Status},
    **{s.value.replace("_", "-"): s for s in Status},
    **{STATUS_THAI[s]: s for s in Status},
}


def parse_statuses(values: Sequence[str] | None) -> frozenset[Status]:
    """``["in_progress", "completed,cannot"]`` → the statuses; every status when ``None``."""
    if not values:
        return frozenset(Status)
    chosen = set()
    for value in values:
        for word in value.split(","):
            word = word.strip()
            if not word:
                continue
            status = _STATUS_WORDS.get(word.lower()) or _STATUS_WORDS.get(word)
            if status is None:
                raise ExportError("export.bad_status", status=word, statuses=", ".join(s.value for s in Status))
            chosen.add(status)
    if not chosen:
        raise ExportError("export.no_status")
    return frozenset(chosen)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format.strip().lower()
    if args.out and args.out != "-":
        return _SUFFIX_FORMAT.get(Path(args.out).suffix.lower(), "text")
    return "text"


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    """The :class:`ExportOptions` the command line asks for (not yet checked against a plan)."""
    options = ExportOptions(
        format=_format(args),
        style=args.style.strip().lower(),
        width=_whole(args.width, "--width"),
        dimension=None if args.dimension is None else _whole(args.dimension, "--dimension"),
        statuses=parse_statuses(args.status),
        thai_digits=args.thai_digits,
        include_summary=not args.no_summary,
        bom=not args.plain_utf8,
        table_only=args.table_only,
        font=args.font,
        memo=args.memo,
    )
    if options.format != "docx":  # said, rather than silently ignored
        used = [
            option
            for option, given in (
                ("--table-only", args.table_only),
                ("--memo", args.memo),
                ("--font", args.font != DEFAULT_FONT),
            )
            if given
        ]
        if used:
            raise ExportError("export.docx_only", options=", ".join(used), format=options.format)
    return options


# --- the command ------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, store: PlanStore) -> int:
    options = options_from_args(args)
    to_stdout = not args.out or args.out == "-"
    store.open(create=False, write=False)
    plan = store.load(args.year)
    if to_stdout and export_format(options).binary and sys.stdout.isatty():
        # checked before the work: a workbook or a Word document would only garble the terminal
        raise ExportError("export.binary_to_terminal", format=options.format, filename=default_filename(plan, options))
    data = render(plan, options)
    if not to_stdout:
        try:
            write_export(Path(args.out), data, overwrite=args.overwrite)
        except ExportExistsError as exc:
            raise ExportExistsError("export.exists_cli", **exc.params) from None
        return 0
    return write_stdout(data)


def write_stdout(data: bytes) -> int:
    """Write ``data`` as bytes, whatever the locale's encoding; a closed pipe (``| head``) is fine."""
    out = sys.stdout
    try:
        out.flush()
        buffer = getattr(out, "buffer", None)
        if buffer is None:  # a text-only stream (an embedding program): the BOM becomes U+FEFF
            out.write(data.decode("utf-8"))
            out.flush()
        else:
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        # Whatever is left unwritten must not fail again when Python flushes at exit.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
            os.close(devnull)
    return 0
