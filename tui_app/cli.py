"""The command line: ``tui-app`` opens the app; subcommands print without the full-screen UI.

Textual is imported only when the app is opened, so the subcommands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tui_app import __version__
from tui_app.cli_common import Parser, add_command, add_common, lasting_objects
from tui_app.errors import StoreError, UserError
from tui_app.history import current_who
from tui_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, default_language, t
from tui_app.store import PlanStore, default_db_path
from tui_app.store.backups import BackupPolicy
from tui_app.store.office_settings import backups_settings, effective_settings
from tui_app.store.settings import default_settings_path, load_settings
from tui_app.thai import split_sara_am, thai_am_mode

Command = Callable[[argparse.Namespace, PlanStore], int]


def build_parser(lang: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The command line, its help in ``lang`` (the words come from :mod:`tui_app.i18n`).

    A command that lives with its own code is added by its module (``add_*_command``), in the
    same way as the ones here: through :mod:`tui_app.cli_common`.
    """
    from tui_app.backups_cli import add_backup_commands
    from tui_app.export_cli import add_export_command
    from tui_app.history_cli import add_history_command
    from tui_app.import_cli import add_import_command
    from tui_app.rollup_cli import add_rollup_command
    from tui_app.rounds_cli import add_rounds_command

    parser = Parser(
        prog="tui-app",
        lang=lang,
        description=t("cli.description", lang),
        epilog=t("cli.epilog", lang),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help=t("cli.version", lang))
    add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=t("cli.commands", lang))

    add_command(sub, "open", lang).set_defaults(func=cmd_open)
    add_command(sub, "status", lang).set_defaults(func=cmd_status)
    add_command(sub, "years", lang).set_defaults(func=cmd_years)
    p = add_command(sub, "new-year", lang)
    p.add_argument("new_year", type=p.whole_number, metavar="YEAR", help=t("cli.new_year.year", lang))
    p.add_argument("--from", dest="from_year", type=p.whole_number, metavar="YYYY", help=t("cli.new_year.from", lang))
    p.set_defaults(func=cmd_new_year)

    add_export_command(sub, lang)
    add_rounds_command(sub, lang)
    add_import_command(sub, lang)
    add_rollup_command(sub, lang)
    parser.add_argument("--rollup", type=Path, metavar="DIR", default=None, help=t("cli.rollup.view", lang))
    add_history_command(sub, lang)
    add_backup_commands(sub, lang)
    add_command(sub, "settings", lang).set_defaults(func=cmd_settings)
    parser.set_defaults(func=cmd_open)
    return parser


def option_before_parsing(argv: Sequence[str], option: str) -> str | None:
    """The value of ``option`` on the command line, read before the parser runs (the last one counts)."""
    chosen = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == option and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith(option + "="):
            chosen = arg.partition("=")[2]
    return chosen


def requested_language(argv: Sequence[str], remembered: object = None) -> str:
    """The ``--lang`` on the command line (so that even ``--help`` follows it), else the default.

    An unknown value falls back to the default here; the parser then says what is wrong.
    """
    chosen = option_before_parsing(argv, "--lang")
    return chosen if chosen in LANGUAGES else default_language(remembered)


class _SaraAmSplitting:
    """A text stream that writes SARA AM split (:func:`~tui_app.thai.split_sara_am`); the rest as is."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(split_sara_am(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)  # flush, fileno, buffer (exports write bytes there, unchanged)


def split_sara_am_on_terminals(mode: str) -> None:
    """Help and messages printed to a terminal write SARA AM as the app's screens do (``--thai-am``).

    Only streams that are terminals: a pipe or a file gets the text as it is. For the rest of the
    process (``main`` is its entry point).
    """
    if mode != "split":
        return
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, _SaraAmSplitting) and stream.isatty():
            setattr(sys, name, _SaraAmSplitting(stream))


def cmd_open(args: argparse.Namespace, store: PlanStore) -> int:
    if getattr(args, "rollup", None) is not None:
        from tui_app.rollup_cli import open_rollup_view

        return open_rollup_view(args.rollup, args.year, args.lang)
    from tui_app.app import TuiApp

    with lasting_objects() as plan_read:  # (see there: the collector and a large plan)
        store.open(create=True)
        plan_read()
        app = TuiApp(store=store, year=args.year, lang=args.lang, settings_path=args.settings, thai_am=args.thai_am)
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
    print(
        t(
            "cli.new_year.done",
            args.lang,
            new_year=args.new_year,
            from_year=source.fiscal_year,
            measures=len(source.measures),
            dimensions=len(source.dimensions),
        )
    )
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
    argv = sys.argv[1:] if argv is None else list(argv)
    settings_path = default_settings_path()
    own = load_settings(settings_path)  # the user's own: the language and SARA AM, even for --help
    split_sara_am_on_terminals(thai_am_mode(option_before_parsing(argv, "--thai-am"), own.get("thai_am")))
    args = build_parser(requested_language(argv, own.get("lang"))).parse_args(argv)
    args.year = getattr(args, "year", None)
    args.settings = settings_path
    # the administrator's settings, then the user's, then the environment, then --db
    settings, args.settings_problems = effective_settings(args.settings, cli_db=getattr(args, "db", None))
    args.effective_settings = settings
    args.db = Path(str(settings["db"].value)).expanduser() if "db" in settings else default_db_path()
    lang = settings["lang"]
    args.lang_given = getattr(args, "lang", None) is not None
    args.lang = getattr(args, "lang", None) or default_language(lang.value if lang.source != "default" else None)
    args.thai_am = thai_am_mode(getattr(args, "thai_am", None), own.get("thai_am"))
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
