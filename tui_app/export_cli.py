"""The ``tui-app export`` command: print or save the status table as text, TSV, CSV or .xlsx.

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
    DEFAULT_WIDTH,
    EXPORT_FORMATS,
    FORMATS,
    STYLES,
    ExportError,
    ExportExistsError,
    ExportOptions,
    export_format,
    render,
    write_export,
)
from tui_app.i18n import t
from tui_app.model import STATUS_THAI, Status
from tui_app.store import PlanStore

_THAI_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: the format an ``--out`` file's extension selects: each format's own, and two more spellings
_SUFFIX_FORMAT = {".text": "text", ".tab": "tsv", **{f".{f.extension}": f.name for f in EXPORT_FORMATS.values()}}

DESCRIPTION = """\
Print the status table of one fiscal year (ลำดับ, รายการโครงการ, มิติ, งบประมาณ, เบิกจ่าย,
the four status columns with ☑, หมายเหตุ) for a memo, a word processor or a spreadsheet.

  text  the report's title, the table, the summary block, the as-of date and the reporter
  tsv   the table only, tab-separated, header row first: paste it into a word-processor table
  csv   the table with a สถานะ column; amounts as plain numbers (1234.50); a cell that a
        spreadsheet would run as a formula (= + - @ ...) starts with '
  xlsx  an Excel workbook of the titled table as the report prints it, the summary below:
        amounts are numbers shown with two decimals (1,234.50), ready to print on A4
        landscape; the best way to open the table in Excel or LibreOffice Calc

Output goes to standard output unless --out is given, so `tui-app export --format csv >
table.csv` works in scripts and cron. CSV is UTF-8 with a byte-order mark (BOM), on standard
output too, so that spreadsheets read Thai correctly; --plain-utf8 leaves it out. An .xlsx
file goes to --out or to a redirect (> FILE), never to a terminal. A relative --out path is
relative to the current folder (the app's export folder, $TUI_APP_EXPORT_DIR, is for the app)."""

EPILOG = """\
examples:
  tui-app export                                  the grid table of the latest year
  tui-app export --year 2566 --style github --width 40
  tui-app export --format csv --out status-2566.csv
  tui-app export --out status-2566.xlsx               the format from the extension
  tui-app export --dimension 2 --status in_progress completed --thai-digits
statuses: waiting (รอรายงาน), in_progress (อยู่ระหว่างดำเนินการ),
          completed (ดำเนินการแล้วเสร็จ), cannot (ไม่สามารถดำเนินการได้)"""


def add_export_command(sub: argparse._SubParsersAction, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``export`` to the subcommands; ``add_common`` adds --db, --year and --lang."""
    p = sub.add_parser(
        "export",
        help="print or save the status table (text, TSV, CSV or .xlsx)",
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
        action="store_true",
        help="write the figures of text and TSV with Thai digits (๐-๙); CSV keeps 0-9",
    )
    p.add_argument(
        "--no-summary", action="store_true", help="leave out the summary block under the table (text and xlsx)"
    )
    p.add_argument("--plain-utf8", action="store_true", help="CSV without the byte-order mark (BOM)")
    p.add_argument(
        "--round",
        metavar="MONTHS",
        help=t("cli.export.round", "en"),
    )
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
    return ExportOptions(
        format=_format(args),
        style=args.style.strip().lower(),
        width=_whole(args.width, "--width"),
        dimension=None if args.dimension is None else _whole(args.dimension, "--dimension"),
        statuses=parse_statuses(args.status),
        thai_digits=args.thai_digits,
        include_summary=not args.no_summary,
        bom=not args.plain_utf8,
    )


# --- the command ------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, store: PlanStore) -> int:
    options = options_from_args(args)
    to_stdout = not args.out or args.out == "-"
    if to_stdout and export_format(options).binary and sys.stdout.isatty():
        raise ExportError("export.binary_to_terminal", format=options.format)
    store.open(create=False, write=False)
    if args.round is not None:
        from tui_app.rounds import check_round_months, render_round

        data = render_round(store.load_round(args.year, check_round_months(args.round)), options)
    else:
        data = render(store.load(args.year), options)
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
