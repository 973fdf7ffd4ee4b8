"""The baselines that ``bench/run.py`` measures tui-app against: small, plain programs doing the
same job the obvious way. They never import ``tui_app``.

    python bench/peers.py bare [--load FILE]   a bare Textual app: header, label, footer
                                               (--load: json.load FILE first, show its measure count)
    python bench/peers.py table FILE.json      a bare Textual DataTable with the status table's rows
    python bench/peers.py tabulate FILE.json   json.load a data file + tabulate (grid) of its status table
    python bench/peers.py csv FILE.json        json.load a data file + csv.writer of its status table
"""

from __future__ import annotations

import csv
import json
import sys
from typing import ClassVar

#: the status table's columns, as the report heads them
HEADERS = [
    "ลำดับ",
    "รายการโครงการ",
    "มิติ",
    "งบประมาณ (บาท)",
    "เบิกจ่าย (บาท)",
    "รอรายงาน",
    "อยู่ระหว่างดำเนินการ",
    "ดำเนินการแล้วเสร็จ",
    "ไม่สามารถดำเนินการได้",
    "หมายเหตุ",
]
STATUSES = ["waiting", "in_progress", "completed", "cannot"]
#: what the bare app's label says once it is up; ``run.py`` waits for it on the screen
READY = "bench-ready"


def table_rows(path: str) -> list[list[str]]:
    """The status table's rows of the latest year in a data file, built straight from the JSON."""
    with open(path, encoding="utf-8-sig") as f:
        data = json.load(f)
    year = max(doc["fiscal_year"] for doc in data["plans"].values())
    measures = sorted((m for m in data["measures"].values() if m["fiscal_year"] == year), key=lambda m: m["order"])
    return [
        [
            str(m["order"]),
            m["title"],
            str(m["dimension"]),
            f"{float(m['budget']):,.2f}",
            f"{float(m['disbursed']):,.2f}",
            *("☑" if m["status"] == s else "" for s in STATUSES),
            m["remarks"],
        ]
        for m in measures
    ]


def bare(load: str | None) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Label

    text = READY
    if load:
        with open(load, encoding="utf-8-sig") as f:
            data = json.load(f)
        text = f"{READY} {len(data['measures'])}"

    class Bare(App):
        BINDINGS: ClassVar = [("q", "quit", "Quit")]

        def compose(self) -> ComposeResult:
            yield Header()
            yield Label(text)
            yield Footer()

    Bare().run()


def table(path: str) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Footer, Header

    rows = [HEADERS, *table_rows(path)]

    class Table(App):
        BINDINGS: ClassVar = [("q", "quit", "Quit")]

        def compose(self) -> ComposeResult:
            yield Header()
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Footer()

        def on_mount(self) -> None:
            grid = self.query_one(DataTable)
            grid.add_columns(*rows[0])
            grid.add_rows(rows[1:])
            grid.focus()

    Table().run()


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "bare":
        bare(rest[1] if rest[:1] == ["--load"] else None)
    elif command == "table":
        table(rest[0])
    elif command == "tabulate":
        from tabulate import tabulate

        sys.stdout.write(tabulate(table_rows(rest[0]), headers=HEADERS, tablefmt="grid") + "\n")
    elif command == "csv":
        out = csv.writer(sys.stdout)
        out.writerow(HEADERS)
        out.writerows(table_rows(rest[0]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
