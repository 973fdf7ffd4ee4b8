"""The command line: ``tui-app`` opens the app; subcommands print without the full-screen UI.

Textual is imported only when the app is opened, so the subcommands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tui_app import __version__
from tui_app.errors import StoreError, UserError
from tui_app.history import current_who
from tui_app.i18n import LANGUAGES, default_language
from tui_app.store import PlanStore, default_db_path
from tui_app.store.backups import BackupPolicy
from tui_app.store.office_settings import backups_settings, effective_settings
from tui_app.store.settings import default_settings_path

Command = Callable[[argparse.Namespace, PlanStore], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tui-app",
        description=(
            "Keep the records of an action plan (dimensions, measures, step checklists, results, "
            "status, budget) and print its status table. Without a command, opens the app."
        ),
        epilog=(
            "The data file is $TUI_APP_DB if set, else $XDG_DATA_HOME/tui-app/plan.json "
            "(~/.local/share/tui-app/plan.json). Opening the app on a missing file makes it from the bundled "
            "sample plan (and says so); the other commands refuse a missing file. "
            "Run 'tui-app COMMAND --help' for a command's options."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the app (the default)", description="Open the full-screen app.")
    _add_common(p)
    p.set_defaults(func=cmd_open)

    p = sub.add_parser(
        "status",
        help="print the plan's header and summary",
        description="Print the plan's header and the summary block (counts per status, disbursement, "
        "implementation level) in Thai, as the report words it.",
    )
    _add_common(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("years", help="list the fiscal years in the data file", description="List the fiscal years.")
    _add_common(p)
    p.set_defaults(func=cmd_years)

    p = sub.add_parser(
        "new-year",
        help="start a new fiscal year from an earlier one",
        description="Add fiscal year YEAR to the data file, carried over from --from (default: the latest year): "
        "the same dimensions, measures and steps, with every status back to 'waiting for report', "
        "no ticks, results, remarks or amounts, and no as-of date. An existing year is never overwritten.",
    )
    _add_common(p)
    p.add_argument("new_year", type=int, metavar="YEAR", help="the new fiscal year, Buddhist Era (e.g. 2567)")
    p.add_argument("--from", dest="from_year", type=int, metavar="YYYY", help="the year to carry over (default: the latest)")
    p.set_defaults(func=cmd_new_year)

    _add_export(sub)
    _add_history(sub)
    _add_backups(sub)
    p = sub.add_parser(
        "settings",
        help="print each setting and where it comes from",
        description="Print each setting in force (data file, export folder, backups, display names, language) and "
        "where it comes from: the administrator's settings.toml (the first tui-app/settings.toml in "
        "$XDG_CONFIG_DIRS, else /etc/tui-app/settings.toml), your settings.json, the environment, or --db.",
    )
    _add_common(p)
    p.set_defaults(func=cmd_settings)
    parser.set_defaults(func=cmd_open)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a value given before the command from being reset by the subparser's default.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help="the data file (default: $TUI_APP_DB, else $XDG_DATA_HOME/tui-app/plan.json)")
    parser.add_argument("--year", type=int, default=argparse.SUPPRESS, metavar="YYYY", help="fiscal year, Buddhist Era (default: the latest in the file)")
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the screen and of messages (default: $TUI_APP_LANG, else the last one chosen with ctrl+t, else th)")


def _add_export(sub: argparse._SubParsersAction) -> None:
    """The ``export`` command lives with the export code."""
    from tui_app.export_cli import add_export_command

    add_export_command(sub, _add_common)


def _add_history(sub: argparse._SubParsersAction) -> None:
    """The ``history`` command lives with the history code."""
    from tui_app.history_cli import add_history_command

    add_history_command(sub, _add_common)


def _add_backups(sub: argparse._SubParsersAction) -> None:
    """The ``backups`` and ``restore`` commands live with the backup code."""
    from tui_app.backups_cli import add_backup_commands

    add_backup_commands(sub, _add_common)


def cmd_open(args: argparse.Namespace, store: PlanStore) -> int:
    from tui_app.app import TuiApp

    store.open(create=True)
    app = TuiApp(store=store, year=args.year, lang=args.lang, settings_path=args.settings)
    app.run()
    return app.return_code or 0


def cmd_status(args: argparse.Namespace, store: PlanStore) -> int:
    from tui_app.report import status_text

    store.open(create=False, write=False)
    sys.stdout.write(status_text(store.load(args.year)))
    return 0


def cmd_years(args: argparse.Namespace, store: PlanStore) -> int:
    store.open(create=False, write=False)
    for year in store.years():
        print(year)
    return 0


def cmd_new_year(args: argparse.Namespace, store: PlanStore) -> int:
    store.open(create=False)
    source = store.load(args.from_year or args.year)
    store.add_year(source.carried_over(args.new_year))
    print(f"{args.new_year} ← {source.fiscal_year}: {len(source.measures)} measures, {len(source.dimensions)} dimensions")
    return 0


def cmd_settings(args: argparse.Namespace, store: PlanStore) -> int:
    from tui_app.i18n import t
    from tui_app.store.office_settings import KEYS

    settings = args.effective_settings
    db = settings.get("db")
    rows = [("db", str(args.db), db.source if db else t("settings.default", args.lang))]
    for key in KEYS[1:]:
        setting = settings.get(key)
        if setting is None:
            value, source = t("settings.export_dir_default", args.lang), t("settings.default", args.lang)
        else:
            value = setting.value
            if isinstance(value, dict):
                value = ", ".join(f"{k} = {v}" for k, v in sorted(value.items())) or "-"
            source = t("settings.default", args.lang) if setting.source == "default" else setting.source
        rows.append((key, str(value), source))
    # the language in force: --lang, then $TUI_APP_LANG, then the settings
    if getattr(args, "lang_given", False):
        rows[-1] = ("lang", args.lang, "--lang")
    elif os.environ.get("TUI_APP_LANG") == args.lang:
        rows[-1] = ("lang", args.lang, "$TUI_APP_LANG")
    width = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        print(f"{key:<{width}}  {value}  ({source})")
    for problem in args.settings_problems:
        print(f"tui-app: {problem}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.year = getattr(args, "year", None)
    args.settings = default_settings_path()
    # the administrator's settings, then the user's, then the environment, then --db
    settings, args.settings_problems = effective_settings(args.settings, cli_db=getattr(args, "db", None))
    args.effective_settings = settings
    args.db = Path(str(settings["db"].value)).expanduser() if "db" in settings else default_db_path()
    lang = settings["lang"]
    args.lang_given = getattr(args, "lang", None) is not None
    args.lang = getattr(args, "lang", None) or default_language(lang.value if lang.source != "default" else None)
    store = PlanStore(
        args.db,
        who=current_who(settings["display_names"].value),  # type: ignore[arg-type]
        backup_policy=BackupPolicy.from_settings(backups_settings(settings)),
    )
    try:
        # Each command opens the store as it needs: only the app creates a missing file, and
        # the printing commands never write (not even a lock file), so they work read-only.
        return args.func(args, store)
    except UserError as exc:
        message = exc.message(args.lang)
        if isinstance(exc, StoreError):  # a damaged file: which backup to restore, on the same line
            from tui_app.backups_cli import damaged_hint

            hint = damaged_hint(exc, args.db, args.lang)
            message = f"{message} {hint}" if hint else message
        print(f"tui-app: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `tui-app export | head`
        return 0
    except KeyboardInterrupt:
        return 130
