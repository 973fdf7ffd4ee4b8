"""The status table (ตารางสถานะ): every measure of the year in table order, with the summary.

The columns are the report's: ลำดับ, รายการ, มิติ, งบประมาณ, เบิกจ่าย, the four status columns
(a ☑ in the one that holds) and หมายเหตุ. The title column is the flexible one: every other
column is as wide as its header or its widest value, and the title takes what is left. When the
terminal is narrow the status headers are abbreviated (รอ / ระหว่าง / เสร็จ / ไม่ได้); the exports
always print the full words. The line under the table shows the highlighted row in full, so a
title or a remark cut short in the table can still be read.

This is where exports start (``x``) and from where a measure opens (enter).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.console import JustifyMethod
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Footer, Static

from tui_app.model import Plan, Status
from tui_app.report import (
    CHECK,
    COL_BUDGET,
    COL_DIMENSION,
    COL_DISBURSED,
    COL_ORDER,
    COL_REMARKS,
    COL_STATUS,
    COL_TITLE,
    plan_summary,
    summary_lines,
    table_row,
)
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.screens.overview import level_content
from tui_app.summary import Summary
from tui_app.thai import shorten_display, shown_date

TICK = CHECK

#: the status columns, in the table's (and the report's) order
STATUS_COLUMNS: tuple[Status, ...] = tuple(Status)


# --- rows: plain code, no Textual -----------------------------------------------------------------


@dataclass(frozen=True)
class TableRow:
    """One row of the status table, as text ready to print."""

    uid: str
    order: str
    title: str
    dimension: str
    budget: str
    disbursed: str
    #: one cell per status of :data:`STATUS_COLUMNS`: ``☑`` in the one that holds, else empty
    ticks: tuple[str, ...]
    remarks: str


def table_rows(plan: Plan, not_given: str = "") -> list[TableRow]:
    """The rows of the status table, in table order (ลำดับ), from :func:`tui_app.report.table_row`.

    An amount not given reads ``not_given`` (the report leaves its cell empty).
    """
    rows = []
    for m in plan.measures_in_table_order():
        cells = table_row(m)
        for col, amount in ((COL_BUDGET, m.budget), (COL_DISBURSED, m.disbursed)):
            if amount is None:
                cells[col] = not_given
        rows.append(
            TableRow(
                uid=m.uid,
                order=cells[COL_ORDER],
                title=" ".join(cells[COL_TITLE].split()),
                dimension=cells[COL_DIMENSION],
                budget=cells[COL_BUDGET],
                disbursed=cells[COL_DISBURSED],
                ticks=tuple(cells[i] for i in COL_STATUS),
                remarks=" ".join(cells[COL_REMARKS].split()),  # one line here; the detail line shows it too
            )
        )
    return rows


# --- layout -----------------------------------------------------------------------------------

#: one column per status, in the order of Status (labels ``status_table.long.s<i>`` / ``short``)
_STATUS_KEYS = tuple(f"s{i}" for i, _ in enumerate(Status))
_KEYS = ("order", "title", "dimension", "budget", "disbursed", *_STATUS_KEYS, "remarks")
_NUMERIC = {"order", "dimension", "budget", "disbursed"}

#: the title column must keep at least this many cells for the long (two-line) headers
LONG_HEADERS_MIN_TITLE = 36
#: the widest the remarks column gets before it is cut (the detail line shows it whole)
REMARKS_CAP = {"long": 16, "short": 8}
MIN_TITLE = 8
#: one blank cell on the left of every column (instead of DataTable's padding on both sides):
#: ten columns at 80 terminal columns cannot spare two cells each
GAP = 1
SCROLLBAR = 1  # the table's vertical scrollbar is one cell wide (status_table.tcss)


@dataclass(frozen=True)
class Layout:
    """Which headers and how wide each column is, for one terminal width."""

    mode: str  # "long": two-line report headers; "short": one line, abbreviated
    labels: dict[str, str]
    widths: dict[str, int]

    @property
    def header_height(self) -> int:
        return max(label.count("\n") + 1 for label in self.labels.values())


def _label_width(label: str) -> int:
    return max(cell_len(line) for line in label.split("\n"))


def compute_layout(width: int, rows: list[TableRow], t) -> Layout:
    """The widest header set that still leaves the title column room, and the column widths.

    ``t`` is the app's catalogue lookup (``app.t``).
    """
    values: dict[str, list[str]] = {
        "order": [r.order for r in rows],
        "dimension": [r.dimension for r in rows],
        "budget": [r.budget for r in rows],
        "disbursed": [r.disbursed for r in rows],
        "remarks": [r.remarks for r in rows],
        **{k: [TICK] for k in _STATUS_KEYS},
    }
    chosen: Layout | None = None
    for mode in ("long", "short"):
        labels = {key: t(f"status_table.{mode}.{key}") for key in _KEYS}
        widths: dict[str, int] = {}
        for key in _KEYS:
            if key == "title":
                continue
            widest = max((cell_len(v) for v in values[key]), default=0)
            if key == "remarks":
                widest = min(widest, REMARKS_CAP[mode])
            widths[key] = max(_label_width(labels[key]), widest)
        used = sum(widths.values()) + GAP * len(_KEYS) + SCROLLBAR
        widths["title"] = max(MIN_TITLE, width - used)
        chosen = Layout(mode, labels, widths)
        if mode == "long" and widths["title"] >= LONG_HEADERS_MIN_TITLE:
            break
    assert chosen is not None
    return chosen


# --- the screen -------------------------------------------------------------------------------


class StatusGrid(DataTable):
    """The status table widget; enter opens the highlighted measure (shown in the footer)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open item", id="status_table.open")]


class StatusTableScreen(PlanScreen):
    """All measures of the year with the report's columns, and the summary under them."""

    CSS_PATH = "status_table.tcss"
    HELP_KEY = "status_table.help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("x"), "app.export", "Export", id="status_table.export"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._layout: Layout | None = None
        #: the rows of the table, top to bottom (the table may not hold them all yet)
        self._rows: list[TableRow] = []
        #: counts the fillings of the table: rows still to add from an older one are dropped
        self._filling = 0

    # --- building -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield StatusGrid(id="status-table", cursor_type="row", zebra_stripes=True, cell_padding=0)
        yield Static(id="status-detail", markup=False)
        yield Static(id="status-summary", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._redraw(self.app.size.width)
        self.query_one(StatusGrid).focus()

    def on_resize(self, event) -> None:
        self._redraw(event.size.width)

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """Redraw from ``self.plan``; the cursor stays on the same measure."""
        if self.is_mounted:
            self._redraw(self.size.width or self.app.size.width)

    def _redraw(self, width: int) -> None:
        plan = self.plan
        rows = table_rows(plan, self.tui.t("money.not_given"))
        layout = compute_layout(width, rows, self.tui.t)
        table = self.query_one(StatusGrid)
        if layout != self._layout or rows != self._rows:
            self._fill_table(table, layout, rows)
        self._show_heading(plan)
        self._show_summary(plan_summary(plan))
        self._show_detail()

    #: rows added to the table between two refreshes after the first screenful
    CHUNK = 400

    def _fill_table(self, table: StatusGrid, layout: Layout, rows: list[TableRow]) -> None:
        """Show ``rows``: in place when only some rows changed; otherwise the first screenful
        at once (in bulk) and the rest in chunks after it is drawn, so the table shows at once
        and keys keep working while a long table fills."""
        current = self.current_uid()
        old_index = table.cursor_row
        if layout == self._layout and self._update_rows(table, rows):
            return
        self._filling += 1
        table.clear(columns=layout != self._layout)
        if layout != self._layout:
            table.header_height = layout.header_height
            for key in _KEYS:
                justify: JustifyMethod = "center" if key in _STATUS_KEYS else ("right" if key in _NUMERIC else "left")
                label = layout.labels[key]
                if justify != "right":
                    label = "\n".join(" " * GAP + line for line in label.split("\n"))
                table.add_column(Text(label, justify=justify), width=layout.widths[key] + GAP, key=key)
        self._layout, self._rows = layout, rows
        uids = [r.uid for r in rows]
        index = uids.index(current) if current in uids else min(max(old_index, 0), len(rows) - 1)
        first = max(index, 0) + max(self.app.size.height, 1)  # a screenful, with the cursor's row
        table.add_rows(self._cells(row, layout.widths) for row in rows[:first])
        if rows:
            table.move_cursor(row=index)
        if len(rows) > first:
            self.call_after_refresh(self._add_more, self._filling, first)

    def _add_more(self, filling: int, start: int) -> None:
        """Add the next chunk of rows, then ask for the one after it once this is drawn."""
        if filling != self._filling or not self.is_mounted or self._layout is None:
            return  # the table was filled again meanwhile
        table = self.query_one(StatusGrid)
        end = start + self.CHUNK
        table.add_rows(self._cells(row, self._layout.widths) for row in self._rows[start:end])
        if end < len(self._rows):
            self.call_after_refresh(self._add_more, filling, end)

    def _update_rows(self, table: StatusGrid, rows: list[TableRow]) -> bool:
        """Redraw in place the rows that changed; False when rows were added, removed or moved."""
        old = self._rows
        if len(old) != len(rows) or any(a.uid != b.uid for a, b in zip(old, rows, strict=True)):
            return False
        assert self._layout is not None
        self._rows = rows  # rows not added yet are added from here
        for index, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after and index < table.row_count:
                for column, value in enumerate(self._cells(after, self._layout.widths)):
                    table.update_cell_at(Coordinate(index, column), value)
        return True

    @staticmethod
    def _cells(row: TableRow, widths: dict[str, int]) -> list[Text]:
        # Text, never str: a title such as "[/]" must show as typed, not be read as markup.
        def cut(text: str, justify: str = "left") -> Text:
            if justify != "right":
                text = " " * GAP + text  # the gap; a right-aligned cell gets it from the width
            return Text(text, no_wrap=True, overflow="ellipsis", justify=justify)  # type: ignore[arg-type]

        # a long title or remark is shortened after a whole Thai word (Rich would cut inside one)
        title, remarks = (shorten_display(getattr(row, key), widths[key]) for key in ("title", "remarks"))
        return [
            cut(row.order, "right"),
            cut(title),
            cut(row.dimension, "right"),
            cut(row.budget, "right"),
            cut(row.disbursed, "right"),
            *(cut(tick, "center") for tick in row.ticks),
            cut(remarks),
        ]

    def screen_title(self) -> str:
        return " · ".join(p for p in (self._heading(), self._as_of()) if p)

    def _heading(self) -> str:
        plan = self.plan
        t = self.tui.t
        parts = [
            t("status_table.title"),
            plan.organization,
            t("status_table.heading_year", year=plan.fiscal_year, months=plan.round_months),
        ]
        return " · ".join(p for p in parts if p)

    def _as_of(self) -> str:
        plan = self.plan
        if not plan.as_of:
            return ""
        return self.tui.t("status_table.heading_as_of", date=shown_date(plan.as_of, self.tui.lang))

    def _show_heading(self, plan: Plan) -> None:
        self.title = self.screen_title()
        # the as-of date is the note: in a narrow terminal the rest of the heading gives way to it
        self.query_one(TopBar).set_title(self._heading(), note=self._as_of())

    def refresh_language(self) -> None:
        self._layout = None  # the headers are words of the language: lay the table out again
        super().refresh_language()

    def _show_summary(self, summary: Summary) -> None:
        lines = summary_lines(summary, self.tui.lang)
        # the level line with the round's flag in its colour beside the level word
        lines[-1] = self.tui.t(
            "status_table.summary.level", level="{level}", percent=f"{summary.implementation_percent:.2f}"
        )
        compact = self.app.size.height < 34 or self.app.size.width < 100
        if compact:
            # the heading, then the items joined: three lines at 80 columns instead of eight
            text = lines[0] + ": " + " · ".join(line.removeprefix("- ") for line in lines[1:])
        else:
            text = "\n".join(lines)
        self.query_one("#status-summary", Static).update(level_content(text, summary, self.tui.t, self.tui.lang))

    def _show_detail(self) -> None:
        detail = self.query_one("#status-detail", Static)
        row = self._current_row()
        # one line high always (status_table.tcss): no new layout of the screen on a move
        if row is None:
            detail.update(Content(self.tui.t("status_table.empty") if not self._rows else ""), layout=False)
            return
        text = f"{row.order}. {row.title}"
        if row.remarks:
            text += " · " + self.tui.t("status_table.detail_remarks", text=row.remarks)
        detail.update(Content(text), layout=False)

    # --- reading the cursor -------------------------------------------------------------------

    def current_uid(self) -> str | None:
        """The uid of the measure under the cursor (None when the table is empty)."""
        row = self._current_row()
        return row.uid if row is not None else None

    def _current_row(self) -> TableRow | None:
        """The row under the cursor (the table's rows are :attr:`_rows`, in the same order)."""
        table = self.query_one(StatusGrid)
        index = table.cursor_row
        if not 0 <= index < min(table.row_count, len(self._rows)):
            return None  # no rows, or the table was just cleared
        return self._rows[index]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self._rows):
            self.open_measure(self._rows[event.cursor_row].uid)

    # --- actions ------------------------------------------------------------------------------

    def open_measure(self, uid: str) -> None:
        self.tui.open_measure(uid, from_list=True)
