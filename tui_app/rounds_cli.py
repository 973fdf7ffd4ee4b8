"""The ``tui-app rounds`` command: list, freeze and compare reporting rounds.

``tui-app rounds`` lists the frozen rounds; ``tui-app rounds freeze 6 --as-of 31/03/2567``
freezes the saved figures as the 6-month round; ``tui-app rounds compare 6 12`` (or ``6 now``)
prints how the figures moved, as text or CSV. A frozen round's status table is exported with
``tui-app export --round 6`` (every format, the same bytes whenever it is made).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from tui_app.changes import parse_be_date
from tui_app.export_cli import write_stdout
from tui_app.i18n import t
from tui_app.rounds import NOW_LABEL, check_round_months, compare, comparison_csv, comparison_text, round_label
from tui_app.store import PlanStore, write_export
from tui_app.thai import slash_date, wrap_display

EPILOG = """\
examples:
  tui-app rounds
      the frozen rounds of every year
  tui-app rounds freeze 6 --as-of 31/03/2567 --reporter "นางสาวสมใจ ใจดี"
  tui-app rounds compare 6
      the 6-month round against the figures now
  tui-app rounds compare 6 12 --format csv --out moved.csv
  tui-app export --round 6 --out round6.xlsx
      the 6-month round's status table, as frozen"""


def add_rounds_command(
    sub: argparse._SubParsersAction, add_common: Callable[[argparse.ArgumentParser], None], lang: str = "en"
) -> None:
    """Add ``rounds`` (and its ``freeze`` and ``compare``) to the subcommands, the help in ``lang``."""
    p = sub.add_parser(
        "rounds", lang=lang,
        help=t("cli.rounds.help", lang),
        # made when the help is shown (cli.Parser takes a function): wrapping Thai loads ICU
        description=lambda: "\n".join(wrap_display(t("cli.rounds.description", lang), 78)),  # type: ignore[arg-type]
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(p)
    p.set_defaults(func=cmd_rounds)
    rounds = p.add_subparsers(dest="rounds_command", metavar="SUBCOMMAND")

    f = rounds.add_parser(
        "freeze", lang=lang, help=t("cli.rounds.freeze", lang), description=t("cli.rounds.freeze_description", lang)
    )
    add_common(f)
    f.add_argument("months", metavar="MONTHS", help=t("cli.rounds.months", lang))
    f.add_argument("--as-of", metavar="DD/MM/YYYY", help=t("cli.rounds.as_of", lang))
    f.add_argument("--reporter", metavar="NAME", help=t("cli.rounds.reporter", lang))
    f.set_defaults(func=cmd_freeze)

    c = rounds.add_parser(
        "compare", lang=lang, help=t("cli.rounds.compare", lang), description=t("cli.rounds.compare_description", lang)
    )
    add_common(c)
    c.add_argument("then", metavar="THEN", help=t("cli.rounds.then", lang))
    c.add_argument("now", metavar="NOW_", nargs="?", default="now", help=t("cli.rounds.now", lang))
    c.add_argument("--format", choices=("text", "csv"), default="text", help=t("cli.rounds.format", lang))
    c.add_argument("-o", "--out", metavar="FILE", help=t("cli.out", lang))
    c.add_argument("--overwrite", action="store_true", help=t("cli.overwrite", lang))
    c.set_defaults(func=cmd_compare)


def cmd_rounds(args: argparse.Namespace, store: PlanStore) -> int:
    store.open(create=False, write=False)
    found = store.rounds(args.year)
    if not found:
        print("-")
        return 0
    for frozen in found:
        summary = frozen.summary()
        as_of = slash_date(frozen.as_of) or "-"
        flag = f" ({summary.flag.value})" if summary.flag else ""
        print(
            f"{frozen.fiscal_year}\t{frozen.months}\t{as_of}\t{summary.implementation_percent:.2f}%{flag}\t"
            f"{frozen.reporter or '-'}\t{frozen.frozen_at:%Y-%m-%d %H:%M} UTC"
        )
    return 0


def cmd_freeze(args: argparse.Namespace, store: PlanStore) -> int:
    months = check_round_months(args.months)
    as_of = parse_be_date(args.as_of) if args.as_of else None
    store.open(create=False)
    frozen = store.freeze_round(args.year, months, as_of=as_of, reporter=args.reporter)
    summary = frozen.summary()
    print(
        f"{frozen.fiscal_year} {round_label(frozen)}: {summary.total} โครงการ, "
        f"ร้อยละ {summary.implementation_percent:.2f}"
    )
    return 0


def cmd_compare(args: argparse.Namespace, store: PlanStore) -> int:
    store.open(create=False, write=False)
    then = store.load_round(args.year, check_round_months(args.then))
    if str(args.now).strip().lower() == "now":
        now_plan, now_label = store.load(then.fiscal_year), NOW_LABEL
    else:
        later = store.load_round(then.fiscal_year, check_round_months(args.now))
        now_plan, now_label = later.plan(), round_label(later)
    comparison = compare(then.plan(), now_plan, round_label(then), now_label)
    if args.format == "csv":
        data = ("\ufeff" + comparison_csv(comparison)).encode("utf-8")
    else:
        data = comparison_text(comparison).encode("utf-8")
    if args.out and args.out != "-":
        write_export(Path(args.out), data, overwrite=args.overwrite)
        return 0
    return write_stdout(data)

