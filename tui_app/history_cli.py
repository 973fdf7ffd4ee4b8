"""``tui-app history``: print who changed what, newest first, as text or CSV."""

from __future__ import annotations

import argparse
import csv
import re
import sys

from tui_app import history
from tui_app.cli_common import add_command
from tui_app.errors import ValidationError
from tui_app.i18n import t
from tui_app.store import PlanStore

_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_COLUMNS = ("when", "who", "record", "field", "before", "after", "kind")


def add_history_command(sub: argparse._SubParsersAction, lang: str = "en") -> None:
    """Add ``history`` to the subcommands, its help in ``lang``."""
    p = add_command(sub, "history", lang)
    p.add_argument("--measure", type=int, metavar="N", help=t("cli.history.measure", lang))
    p.add_argument("--since", metavar="DATE", help=t("cli.history.since", lang))
    p.add_argument("--who", metavar="NAME", help=t("cli.history.who", lang))
    p.add_argument("--format", choices=("text", "csv"), default="text", help=t("cli.history.format", lang))
    p.set_defaults(func=cmd_history)


def parse_since(text: str) -> str:
    """``2566-11-06`` or ``2023-11-06`` as the ISO date of the UTC day (a B.E. year is over 2400)."""
    match = _DATE.fullmatch(text.strip())
    if not match:
        raise ValidationError("history.bad_since", text=text)
    year, month, day = (int(g) for g in match.groups())
    if year > 2400:
        year -= 543
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValidationError("history.bad_since", text=text)
    return f"{year:04d}-{month:02d}-{day:02d}"


def rows(entries: list[history.Entry], lang: str) -> list[list[str]]:
    return [
        [
            history.thai_time(e.get("at", "")),
            history.who_of(e),
            history.record_label(e, lang),
            history.field_label(e, lang),
            history.shown_value(e.get("before")),
            history.shown_value(e.get("after")),
            history.kind_label(e, lang),
        ]
        for e in entries
    ]


def cmd_history(args: argparse.Namespace, store: PlanStore) -> int:
    store.open(create=False, write=False)
    plan = store.load(args.year)
    keep = history.HistoryFilter(fiscal_year=plan.fiscal_year, who=args.who)
    if args.since:
        keep.since = parse_since(args.since)
    if args.measure is not None:
        found = next((m for m in plan.measures if m.order == args.measure), None)
        if found is None:
            raise ValidationError("history.no_measure", order=args.measure, year=plan.fiscal_year)
        keep.measure = found.uid
    entries = history.newest_first(store.history(plan.fiscal_year), keep)
    header = [t(f"history.col_{c}", args.lang) for c in _COLUMNS]
    if args.format == "csv":
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows(entries, args.lang))
        return 0
    if not entries:
        print(t("history.none", args.lang))
        return 0
    from tabulate import tabulate

    print(tabulate(rows(entries, args.lang), headers=header, disable_numparse=True))
    return 0
