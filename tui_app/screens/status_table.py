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

from collections.abc import Iterable
from typing import Any, ClassVar, NamedTuple

from rich.cells import cell_len
from rich.console import JustifyMethod
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.widgets import DataTable, Footer, Static
from textual.widgets.data_table import ColumnKey, Row, RowKey

from tui_app.model import Measure, Plan, Status
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
from tui_app.screens.table_layout import Layout, fit_columns, label_width, widest
from tui_app.summary import Summary
from tui_app.thai import shorten_display, shown_date

TICK = CHECK

#: the status columns, in the table's (and the report's) order
STATUS_COLUMNS: tuple[Status, ...] = tuple(Status)


# --- rows: plain code, no Textual -----------------------------------------------------------------


class TableRow(NamedTuple):
    """One row of the status table, as text ready to print (a named tuple: thousands are made
    each time the table is drawn afresh)."""

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
    return [table_row_of(m, not_given) for m in plan.measures_in_table_order()]


def table_row_of(measure: Measure, not_given: str = "") -> TableRow:
    """The status table's row of one measure (see :func:`table_rows`)."""
    cells = table_row(measure)
    return TableRow(
        measure.uid,
        cells[COL_ORDER],
        " ".join(cells[COL_TITLE].split()),
        cells[COL_DIMENSION],
        not_given if measure.budget is None else cells[COL_BUDGET],
        not_given if measure.disbursed is None else cells[COL_DISBURSED],
        tuple(cells[COL_STATUS[0] : COL_STATUS[-1] + 1]),
        " ".join(cells[COL_REMARKS].split()),  # one line here; the detail line shows it too
    )


# --- layout -----------------------------------------------------------------------------------

#: one column per status, in the order of Status (labels ``status_table.long.s<i>`` / ``short``)
_STATUS_KEYS = tuple(f"s{i}" for i, _ in enumerate(Status))
_KEYS = ("order", "title", "dimension", "budget", "disbursed", *_STATUS_KEYS, "remarks")
_NUMERIC = {"order", "dimension", "budget", "disbursed"}
#: the columns whose long texts are shortened after a whole word
_SHORTENED = {"title", "remarks"}

#: the title column must keep at least this many cells for the long (two-line) headers
LONG_HEADERS_MIN_TITLE = 36
#: the widest the remarks column gets before it is cut (the detail line shows it whole)
REMARKS_CAP = {"long": 16, "short": 8}
MIN_TITLE = 8
#: one blank cell on the left of every column (instead of DataTable's padding on both sides):
#: ten columns at 80 terminal columns cannot spare two cells each
GAP = 1
SCROLLBAR = 1  # the table's vertical scrollbar is one cell wide (status_table.tcss)


def compute_layout(width: int, rows: list[TableRow], t) -> Layout:
    """The widest header set that still leaves the title column room, and the column widths
    (:func:`~tui_app.screens.table_layout.fit_columns`).

    ``t`` is the app's catalogue lookup (``app.t``). The values are measured once for both
    header sets; numbers and amounts by their length, the remarks only up to their cap.
    """
    values = {
        "order": widest(r.order for r in rows),
        "dimension": widest(r.dimension for r in rows),
        "budget": widest(r.budget for r in rows),
        "disbursed": widest(r.disbursed for r in rows),
        "remarks": widest((r.remarks for r in rows), at_most=max(REMARKS_CAP.values())),
        **{k: cell_len(TICK) for k in _STATUS_KEYS},
    }
    modes: list[tuple[str, dict[str, int], dict[str, str]]] = []
    for mode in ("long", "short"):
        labels = {key: t(f"status_table.{mode}.{key}") for key in _KEYS}
        widths = {
            key: max(label_width(labels[key]), min(values[key], REMARKS_CAP[mode]) if key == "remarks" else values[key])
            for key in _KEYS
            if key != "title"
        }
        modes.append((mode, widths, labels))
    spacing = GAP * len(_KEYS) + SCROLLBAR
    return fit_columns(width, modes, spacing=spacing, minimum=MIN_TITLE, wanted=LONG_HEADERS_MIN_TITLE)


def row_cell(row: TableRow, key: str, widths: dict[str, int]) -> Text:
    """The cell of ``row`` in the column ``key`` as the table draws it: one gap on the left
    (right-aligned cells get it from the width), a long title or remark shortened after a whole
    Thai word (Rich would cut inside one)."""
    if key in _STATUS_KEYS:
        text, justify = row.ticks[_STATUS_KEYS.index(key)], "center"
    else:
        text, justify = getattr(row, key), "right" if key in _NUMERIC else "left"
    if key in _SHORTENED:
        text = shorten_display(text, widths[key])
    if justify != "right":
        text = " " * GAP + text
    # Text, never str: a title such as "[/]" must show as typed, not be read as markup.
    return Text(text, no_wrap=True, overflow="ellipsis", justify=justify)  # type: ignore[arg-type]


class RowCells(dict[ColumnKey, Text]):
    """The cells of one row by column key, each made (:func:`row_cell`) when the table first
    asks for it: a table of thousands of rows is filled at once, and only the rows that come
    into view pay for making their text and shortening their titles."""

    __slots__ = ("row", "widths")

    def __init__(self, row: TableRow, widths: dict[str, int]) -> None:
        super().__init__()
        self.row = row
        self.widths = widths

    def __missing__(self, key: ColumnKey) -> Text:
        cell = self[key] = row_cell(self.row, str(key.value), self.widths)
        return cell


# --- the screen -------------------------------------------------------------------------------


class StatusGrid(DataTable):
    """The status table widget; enter opens the highlighted measure (shown in the footer).

    Every column has its width and every row is one line high, so the table need not measure
    its cells: rows are added in bulk (:meth:`add_rows`), and a row's cells are made when it is
    first drawn (:class:`RowCells`). A plain DataTable measures every new cell and moves its
    cursor once per added row, which at a few thousand rows takes seconds.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open item", id="status_table.open")]

    def add_rows(self, rows: Iterable[Iterable[Any] | RowCells]) -> list[RowKey]:
        """Add rows at the bottom, one line high each: what ``DataTable.add_row`` does for each,
        with the cursor checked and the table's caches renewed once for all of them. A row is
        its cells, or a :class:`RowCells` that makes them when they are first drawn."""
        columns = [column.key for column in self.ordered_columns]
        if not columns:
            return super().add_rows(rows)
        was_empty = self.row_count == 0
        index = self.row_count
        keys: list[RowKey] = []
        for cells in rows:
            data: dict[ColumnKey, Any]
            if isinstance(cells, RowCells):
                data = cells
            else:
                values: list[Any] = list(cells)
                if len(values) > len(columns):
                    raise ValueError("More values provided than there are columns.")
                values += [None] * (len(columns) - len(values))
                data = dict(zip(columns, values, strict=True))
            key = RowKey(None)  # a key of its own, as add_row makes
            self._row_locations[key] = index
            self._data[key] = data
            self.rows[key] = Row(key, 1)
            self._new_rows.add(key)
            keys.append(key)
            index += 1
        if keys:
            self._require_update_dimensions = True
            self.cursor_coordinate = self.cursor_coordinate
            if was_empty and self.show_cursor and self.cursor_type != "none":
                self._highlight_cursor()  # a row to highlight where there was none
            self._update_count += 1
            self.check_idle()
        return keys

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """The table's size: with fixed column widths and one-line rows, without measuring a cell."""
        if self._labelled_row_exists or any(column.auto_width for column in self.columns.values()):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width, self._total_row_height + header)


class StatusTableScreen(PlanScreen):
    """All measures of the year with the report's columns, and the summary under them."""

    CSS_PATH = "status_table.tcss"
    HELP_KEY = "status_table.help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("x"), "app.export", "Export", id="status_table.export"),
    ]

    #: rows added to the table between two refreshes after the first screenful
    CHUNK = 5_000

    def __init__(self) -> None:
        super().__init__()
        self._layout: Layout | None = None
        #: the rows of the table, top to bottom (the table may not hold them all yet)
        self._rows: list[TableRow] = []
        #: where each measure's row is in :attr:`_rows`, by uid
        self._index: dict[str, int] = {}
        #: counts the fillings of the table: rows still to add from an older one are dropped
        self._filling = 0
        self._summary: Summary | None = None

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
        """A new width lays the same rows out again (the summary may fold or unfold too)."""
        if self._layout is None:
            self._redraw(event.size.width)
            return
        layout = compute_layout(event.size.width, self._rows, self.tui.t)
        if layout != self._layout:
            self._fill_table(self.query_one(StatusGrid), layout, self._rows)
        if self._summary is not None:
            self._show_summary(self._summary)

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """Redraw from ``self.plan``; the cursor stays on the same measure.

        ``touched``: the uids of the measures a change touched (None: anything may have
        changed). Their rows are made again and redrawn in place; a measure added, removed or
        moved to another place in the table (or a column that must widen or narrow) redraws
        the table.
        """
        if not self.is_mounted:
            return
        if touched is not None and self._layout is not None and self._redraw_touched(touched):
            return
        self._redraw(self.size.width or self.app.size.width)

    def _redraw(self, width: int) -> None:
        plan = self.plan
        rows = table_rows(plan, self.tui.t("money.not_given"))
        layout = compute_layout(width, rows, self.tui.t)
        table = self.query_one(StatusGrid)
        if layout != self._layout or rows != self._rows:
            self._fill_table(table, layout, rows)
        self._show_plan(plan)

    def _show_plan(self, plan: Plan) -> None:
        """What the table's rows do not show: the heading, the summary, the detail line."""
        self._show_heading(plan)
        self._summary = plan_summary(plan)
        self._show_summary(self._summary)
        self._show_detail()

    def _redraw_touched(self, touched: frozenset[str]) -> bool:
        """Make the rows of ``touched`` again and redraw those that changed, in place; False
        (nothing done) when that is not enough: a measure added or removed, a row moved, or
        the columns laid out differently."""
        plan = self.plan
        if len(plan.measures) != len(self._rows):
            return False
        changed = {m.uid: m for m in plan.measures if m.uid in touched}
        if len(changed) != len(touched):
            return False  # a touched measure is gone (or is new)
        not_given = self.tui.t("money.not_given")
        rows = list(self._rows)
        for uid, measure in changed.items():
            index = self._index.get(uid)
            if index is None:
                return False
            row = table_row_of(measure, not_given)
            if row.order != rows[index].order:
                return False  # moved: other rows move too
            rows[index] = row
        layout = compute_layout(self.size.width or self.app.size.width, rows, self.tui.t)
        if layout != self._layout:
            return False
        self._update_rows(self.query_one(StatusGrid), rows)
        self._show_plan(plan)
        return True

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
        self._index = {row.uid: i for i, row in enumerate(rows)}
        index = self._index[current] if current in self._index else min(max(old_index, 0), len(rows) - 1)
        first = max(index, 0) + max(self.app.size.height, 1)  # a screenful, with the cursor's row
        table.add_rows(RowCells(row, layout.widths) for row in rows[:first])
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
        widths = self._layout.widths
        table.add_rows(RowCells(row, widths) for row in self._rows[start:end])
        if end < len(self._rows):
            self.call_after_refresh(self._add_more, filling, end)

    @property
    def filled(self) -> bool:
        """Every row is in the table (a long table is filled in chunks after its first screenful)."""
        return self.query_one(StatusGrid).row_count == len(self._rows)

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
        return [row_cell(row, key, widths) for key in _KEYS]

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
