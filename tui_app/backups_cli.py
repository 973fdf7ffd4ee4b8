"""``tui-app backups`` and ``tui-app restore DATE``: the daily copies of the data file."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from tui_app import history
from tui_app.cli_common import add_command
from tui_app.errors import StoreError, UserError
from tui_app.i18n import t
from tui_app.model import Status
from tui_app.store import PlanStore
from tui_app.store.backups import Backup, list_backups, newest_sound

#: what a data file that cannot be opened says; the message then names the newest sound backup
DAMAGED = frozenset({
    "store.empty", "store.not_utf8", "store.not_json", "store.not_plan", "store.unknown_schema",
    "store.schema_not_number", "store.bad_record", "store.bad_record_at", "store.duplicate_uid",
    "store.duplicate_year", "store.too_deep", "store.huge_number", "store.no_plan",
})


def add_backup_commands(sub: argparse._SubParsersAction, lang: str = "en") -> None:
    """Add ``backups`` and ``restore`` to the subcommands, their help in ``lang``."""
    add_command(sub, "backups", lang).set_defaults(func=cmd_backups)
    p = add_command(sub, "restore", lang)
    p.add_argument("label", metavar="DATE", help=t("cli.restore.label", lang))
    p.add_argument("--yes", action="store_true", help=t("cli.restore.yes", lang))
    p.set_defaults(func=cmd_restore)


def summary(path: Path, lang: str) -> str:
    """``year 2566: 15 items, 3 completed`` of the latest year a file holds, or why it does not open."""
    store = PlanStore(path, sample=None)
    try:
        store.open(create=False, write=False)
        plan = store.load()
    except UserError as exc:
        return t("backups.damaged", lang, detail=exc.message(lang))
    completed = sum(m.status is Status.COMPLETED for m in plan.measures)
    return t("backups.summary", lang, year=plan.fiscal_year, measures=len(plan.measures), completed=completed)


def opens(path: Path) -> bool:
    store = PlanStore(path, sample=None)
    try:
        store.open(create=False, write=False)
    except UserError:
        return False
    return True


def cmd_backups(args: argparse.Namespace, store: PlanStore) -> int:
    found: list[Backup] = list_backups(store.path)
    if not found:
        print(t("backups.none", args.lang))
        return 0
    for b in reversed(found):
        size = b.path.stat().st_size
        print(f"{b.label:<17}  {size:>10,} B  {summary(b.path, args.lang)}")
    return 0


def cmd_restore(args: argparse.Namespace, store: PlanStore) -> int:
    differences = store.backup_differences(args.label)
    if not differences:
        print(t("restore.same", args.lang, label=args.label))
        return 0
    print(t("restore.differs", args.lang, label=args.label, count=len(differences)))
    for e in differences:
        where = history.record_label(e, args.lang)
        print(f"  {e.get('fiscal_year', '')} {where} · {history.field_label(e, args.lang)}: "
              f"{history.shown_value(e.get('before'))} → {history.shown_value(e.get('after'))}")
    if not args.yes:
        print(t("restore.ask", args.lang), end="", flush=True)
        answer = sys.stdin.readline().strip().casefold()
        if answer not in ("y", "yes", "ใช่", "ย"):
            print(t("restore.cancelled", args.lang))
            return 1
    kept = store.restore(args.label)
    print(t("restore.done", args.lang, label=args.label, kept=kept.name))
    return 0


def damaged_hint(error: StoreError, path: Path, lang: str) -> str | None:
    """For a data file that does not open: the newest backup that does, and the command to restore it
    (None when there is none: the message already says to restore one, if there is)."""
    if error.key not in DAMAGED:
        return None
    found = newest_sound(path, opens)
    if found is None:
        return None
    command = shlex.join(["tui-app", "--db", str(path), "restore", found.label])
    return t("store.damaged_backup_hint", lang, backup=str(found.path), command=command)
