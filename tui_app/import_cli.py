"""The ``tui-app import`` command: a status table from CSV, TSV or .xlsx into a fiscal year.

Prints the preview (:func:`tui_app.importer.preview_lines`): what will be created, what will be
changed, and every row it could not read with the reason. ``--dry-run`` stops there. Otherwise it
asks before writing (``--yes`` answers for scripts); a file with a refused row is never imported.
A ``--year`` not in the data file is made as a new year, with the latest year's header and
dimensions and the imported measures.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui_app.cli_common import add_command
from tui_app.errors import UserError
from tui_app.i18n import t
from tui_app.store import PlanStore


def add_import_command(sub: argparse._SubParsersAction, lang: str = "en") -> None:
    """Add ``import`` to the subcommands, the help in ``lang``."""
    p = add_command(sub, "import", lang)
    p.add_argument("file", type=Path, metavar="FILE", help=t("cli.import.file", lang))
    p.add_argument("--dry-run", action="store_true", help=t("cli.import.dry_run", lang))
    p.add_argument("--yes", action="store_true", help=t("cli.import.yes", lang))
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace, store: PlanStore) -> int:
    from tui_app.importer import plan_import, preview_lines, read_rows  # loaded for this command only

    lang = args.lang
    rows = read_rows(args.file)
    store.open(create=False, write=not args.dry_run)
    years = store.years()
    new_year = args.year is not None and args.year not in years
    if new_year:
        base = store.load(None).carried_over(args.year)
        base.measures = []
    else:
        base = store.load(args.year)
    preview = plan_import(base, rows)
    print("\n".join(preview_lines(preview, lang)))
    if args.dry_run or not preview.can_import:
        return 1 if preview.problems else 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("import.needs_yes")
        answer = input(t("import.confirm", lang)).strip().lower()
        if answer not in ("y", "yes", "ใช่"):
            print(t("import.cancelled", lang))
            return 1
    if new_year:
        preview.change.apply(base)
        store.add_year(base)
    else:
        store.apply(preview.change, base.fiscal_year)
    print(t("import.done", lang, year=base.fiscal_year))
    return 0
