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

from tui_app.cli_common import add_command, lasting_objects, wrapped
from tui_app.export import (
    DEFAULT_FONT,
    DEFAULT_WIDTH,
    EXPORT_FORMATS,
    FORMATS,
    STYLES,
    ExportError,
    ExportExistsError,
    ExportOptions,
    default_filename,
    export_format,
    render,
)
from tui_app.i18n import DEFAULT_LANGUAGE, t
from tui_app.model import STATUS_THAI, Status
from tui_app.store import PlanStore, write_export
from tui_app.thai import arabic_digits

#: the format an ``--out`` file's extension selects: each format's own, and two more spellings
_SUFFIX_FORMAT = {".text": "text", ".tab": "tsv", **{f".{f.extension}": f.name for f in EXPORT_FORMATS.values()}}

def epilog(lang: str) -> str:
    """The examples, the statuses and a one-line description of each table style, in ``lang``."""
    statuses = ", ".join(f"{s.value} ({STATUS_THAI[s]})" for s in Status)
    statuses = wrapped(f"{t('cli.export.statuses', lang)} {statuses}")
    width = max(len(name) for name in STYLES)
    styles = "\n".join(f"  {name:<{width}}  {t(f'export.style.{name}', lang)}" for name in STYLES)
    return "\n\n".join([t("cli.export.examples", lang), statuses, f"{t('cli.export.styles', lang)}\n{styles}"])


def add_export_command(sub: argparse._SubParsersAction, lang: str = DEFAULT_LANGUAGE) -> None:
    """Add ``export`` to the subcommands, its help in ``lang``."""
    # the catalogue's description is laid out already (a list of the formats)
    p = add_command(sub, "export", lang, description=t("cli.export.description", lang), epilog=lambda: epilog(lang))
    # Values are checked by the export code, not by argparse, so that a mistake is one clear
    # line in the user's language.
    p.add_argument("--format", metavar="FORMAT", help=t("cli.export.format", lang, formats=" | ".join(FORMATS)))
    p.add_argument("--style", metavar="STYLE", default="grid", help=t("cli.export.style", lang))
    p.add_argument(
        "--width", metavar="N", default=str(DEFAULT_WIDTH), help=t("cli.export.width", lang, default=DEFAULT_WIDTH)
    )
    p.add_argument("-o", "--out", metavar="FILE", help=t("cli.export.out", lang))
    p.add_argument("--overwrite", action="store_true", help=t("cli.export.overwrite", lang))
    p.add_argument("--dimension", metavar="N", help=t("cli.export.dimension", lang))
    p.add_argument("--status", metavar="STATUS", nargs="+", action="extend", help=t("cli.export.status", lang))
    p.add_argument(
        "--thai-digits",
        action="store_const",
        const=True,
        dest="thai_digits",
        default=None,
        help=t("cli.export.thai_digits", lang),
    )
    p.add_argument(
        "--arabic-digits",
        action="store_const",
        const=False,
        dest="thai_digits",
        help=t("cli.export.arabic_digits", lang),
    )
    p.add_argument("--table-only", action="store_true", help=t("cli.export.table_only", lang))
    p.add_argument("--memo", action="store_true", help=t("cli.export.memo", lang))
    font_help = t("cli.export.font", lang, default=DEFAULT_FONT)
    p.add_argument("--font", metavar="NAME", default=DEFAULT_FONT, help=font_help)
    p.add_argument("--no-summary", action="store_true", help=t("cli.export.no_summary", lang))
    p.add_argument("--plain-utf8", action="store_true", help=t("cli.export.plain_utf8", lang))
    p.add_argument("--round", metavar="MONTHS", help=t("cli.export.round", lang))
    p.set_defaults(func=cmd_export)


# --- reading the options -----------------------------------------------------------------------


def _whole(text: str, option: str) -> int:
    try:
        return int(arabic_digits(str(text).strip()))
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
    with lasting_objects() as plan_read:
        return _export(args, store, plan_read)


def _export(args: argparse.Namespace, store: PlanStore, plan_read: Callable[[], None]) -> int:
    options = options_from_args(args)
    to_stdout = not args.out or args.out == "-"
    frozen = None
    if args.round is not None:
        from tui_app.rounds import check_round_months, render_round

        store.open(create=False, write=False)
        frozen = store.load_round(args.year, check_round_months(args.round))
        plan = frozen.plan()
    elif not export_format(options).whole_plan:
        plan = store.load_table(args.year)  # what the table shows, not the steps and results
    else:
        store.open(create=False, write=False)
        plan = store.load(args.year)
    plan_read()
    if to_stdout and export_format(options).binary and sys.stdout.isatty():
        # checked before the work: a workbook or a Word document would only garble the terminal
        raise ExportError("export.binary_to_terminal", format=options.format, filename=default_filename(plan, options))
    data = render(plan, options) if frozen is None else render_round(frozen, options)
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
