"""The ``tui-app rollup`` command and ``tui-app --rollup DIR``: many organizations' files side by side.

The work is done by :mod:`tui_app.rollup`; this module reads the options.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui_app.export import ExportError
from tui_app.export_cli import write_stdout
from tui_app.i18n import LANGUAGES, t
from tui_app.rollup import FORMATS, render_rollup, rollup
from tui_app.store import PlanStore, write_export
from tui_app.thai import wrap_display

EPILOG = """\
examples:
  tui-app rollup district/*.json
      a table on the terminal
  tui-app rollup district/ --format xlsx --out district-2567.xlsx
  tui-app rollup a.json b.json --year 2566 --format csv > rollup.csv
  tui-app --rollup district/
      the same, in a read-only screen"""


def add_rollup_command(sub: argparse._SubParsersAction, lang: str = "en") -> None:
    """Add ``rollup`` to the subcommands, the help in ``lang``."""
    p = sub.add_parser(
        "rollup", lang=lang,
        help=t("cli.rollup.help", lang),
        # made when the help is shown (cli.Parser takes a function): wrapping Thai loads ICU
        description=lambda: "\n".join(wrap_display(t("cli.rollup.description", lang), 78)),  # type: ignore[arg-type]
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=t("cli.rollup.files", lang))
    p.add_argument("--year", type=int, default=argparse.SUPPRESS, metavar="YYYY", help=t("cli.rollup.year", lang))
    p.add_argument("--format", choices=FORMATS, default=None, help=t("cli.rollup.format", lang))
    p.add_argument("-o", "--out", metavar="FILE", help=t("cli.out", lang))
    p.add_argument("--overwrite", action="store_true", help=t("cli.overwrite", lang))
    p.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the messages")
    p.set_defaults(func=cmd_rollup)


def cmd_rollup(args: argparse.Namespace, store: PlanStore) -> int:
    fmt = args.format
    if fmt is None:
        suffix = Path(args.out).suffix.lower().lstrip(".") if args.out and args.out != "-" else ""
        fmt = suffix if suffix in FORMATS else "text"
    to_stdout = not args.out or args.out == "-"
    if to_stdout and fmt == "xlsx" and sys.stdout.isatty():
        raise ExportError("export.binary_to_terminal", format=fmt)
    data = render_rollup(rollup(args.files, args.year), fmt, args.lang)
    if to_stdout:
        return write_stdout(data)
    write_export(Path(args.out), data, overwrite=args.overwrite)
    return 0


def open_rollup_view(folder: Path, year: int | None, lang: str) -> int:
    """``tui-app --rollup DIR``: the read-only roll-up screen."""
    from tui_app.screens.rollup import RollupApp

    app = RollupApp([folder], year=year, lang=lang)
    app.run()
    return app.return_code or 0
