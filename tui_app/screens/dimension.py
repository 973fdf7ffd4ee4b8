"""One dimension (มิติ): its measures as a table.

Columns: order, kind, title, status, steps done/total, budget, disbursed. The title column takes
the width the others leave and wraps; in a narrow terminal the statuses are shortened. ``/``
filters by typed text, ``s`` cycles the status filter, ``o`` cycles the sort column (or click a
header), ``O`` reverses it; enter opens a measure.

A status that contradicts the checklist (completed with steps open, or every step done but not
completed) is marked ``!``, and a line above the table (shown only then) says what the mark means.
An amount not given reads "ไม่ระบุ" / "not given".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import ClassVar

from rich.cells import cell_len
from rich.console import JustifyMethod
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import DataTable, Footer, Input, Label, Static
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist

from tui_app import thai
from tui_app.model import STATUS_STYLE, Kind, Measure, Status, clean_text
from tui_app.money import format_money
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.screens.fields import OrderedInput
from tui_app.screens.table_layout import Layout, fit_columns, widest
from tui_app.thai import wrap_display

#: the columns, left to right
COLUMNS = ("order", "kind", "title", "status", "steps", "budget", "disbursed")
#: the sort keys ``o`` cycles through (every column)
SORTS = COLUMNS
_RIGHT = {"order", "steps", "budget", "disbursed"}
_STATUS_ORDER = {s: i for i, s in enumerate(Status)}
CELL_PADDING = 1
SCROLLBAR = 1
MIN_TITLE = 14
#: below this many cells for the title, statuses are shortened
FULL_STATUS_MIN_TITLE = 30
#: cells a header keeps for the sort arrow (" ↑"), whichever column is sorted
ARROW = 2


# --- plain code: filtering, sorting, column widths --------------------------------------------------


def fold(text: str) -> str:
    """Text as compared by the filter: normalised like stored text, case folded."""
    return clean_text(text, multiline=True).casefold()


def matches(measure: Measure, query: str) -> bool:
    """Whether ``query`` occurs in the measure's title, mission, result or remarks."""
    q = fold(query)
    if not q:
        return True
    return any(q in fold(text) for text in (measure.title, measure.mission, measure.result, measure.remarks))


def sort_key(column: str, kind_label: Callable[[Kind], str] = lambda kind: kind.value):
    """The key sorting by ``column``; kinds and titles in Thai dictionary order (``kind_label``:
    the kind as the screen shows it, which is what the user sees sorted)."""

    def key(m: Measure):
        if column == "order":
            return m.order
        if column == "kind":
            return (thai.sort_key(kind_label(m.kind)), m.order)
        if column == "title":
            return (thai.sort_key(fold(m.title)), m.order)
        if column == "status":
            return (_STATUS_ORDER[m.status], m.order)
        if column == "steps":
            return (m.steps_done / len(m.steps) if m.steps else -1.0, m.order)
        amount = m.budget if column == "budget" else m.disbursed
        return (amount is not None, amount or 0, m.order)  # not given first, then by amount

    return key


def filter_and_sort(
    measures: list[Measure],
    query: str,
    status: Status | None,
    column: str,
    reverse: bool,
    kind_label: Callable[[Kind], str] = lambda kind: kind.value,
) -> list[Measure]:
    """The ``measures`` that match the search ``query`` and ``status``, sorted by ``column``.

    (The report's :func:`tui_app.report.select_measures` picks a dimension's or a status set's
    measures for a table or an export.)
    """
    shown = [m for m in measures if matches(m, query) and (status is None or m.status is status)]
    return sorted(shown, key=sort_key(column, kind_label), reverse=reverse)


select_measures = filter_and_sort  # the former name, still importable


def _layout_facts(m: Measure) -> tuple:
    """What of a measure the column widths depend on (:func:`compute_layout`), besides the
    ``!`` mark: the widths of its number and steps, its kind and amounts."""
    return len(str(m.order)), len(steps_text(m)), m.kind, m.budget, m.disbursed


def steps_text(m: Measure) -> str:
    return f"{m.steps_done}/{len(m.steps)}" if m.steps else "–"


#: put before the status of a measure whose status and checklist disagree
MISMATCH_MARK = "! "


def compute_layout(
    width: int, measures: list[Measure], labels: dict[str, str], status_labels: dict[bool, list[str]]
) -> Layout:
    """Column widths for a table ``width`` cells wide: every column fits its header and values,
    the title takes the rest (:func:`~tui_app.screens.table_layout.fit_columns`); the short
    status words when the full ones would leave the title too little room.

    ``labels["money.not_given"]`` is how an amount not given reads (empty when missing).
    """

    def fitting(column: str, values: Iterable[str]) -> int:
        return widest(values, at_least=cell_len(labels[column]) + ARROW)

    not_given = labels.get("money.not_given", "")
    fixed = {
        "order": fitting("order", (str(m.order) for m in measures)),
        "kind": fitting("kind", (labels[f"kind.{m.kind.value}"] for m in measures)),
        "steps": fitting("steps", (steps_text(m) for m in measures)),
        "budget": fitting("budget", (format_money(m.budget, not_given) for m in measures)),
        "disbursed": fitting("disbursed", (format_money(m.disbursed, not_given) for m in measures)),
    }
    mark = cell_len(MISMATCH_MARK) if any(m.mismatch for m in measures) else 0
    modes: list[tuple[str, dict[str, int], dict[str, str]]] = []
    for mode, short in (("long", False), ("short", True)):
        status = max(cell_len(labels["status"]) + ARROW, *(cell_len(s) + mark for s in status_labels[short]))
        modes.append((mode, {**fixed, "status": status}, {}))
    spacing = 2 * CELL_PADDING * len(COLUMNS) + SCROLLBAR
    return fit_columns(width, modes, spacing=spacing, minimum=MIN_TITLE, wanted=FULL_STATUS_MIN_TITLE)


# --- the screen -------------------------------------------------------------------------------


class MeasureTable(DataTable):
    """The measures of a dimension; enter opens the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open", id="dimension.open")]


class FilterInput(OrderedInput):
    """The filter; enter keeps it and goes back to the table, escape clears it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "done", "Done", id="dimension.filter_done"),
        Binding("escape", "clear", "Clear filter", id="dimension.filter_clear"),
    ]

    def action_done(self) -> None:
        self.screen.query_one(MeasureTable).focus()

    def action_clear(self) -> None:
        self.value = ""
        self.screen.query_one(MeasureTable).focus()


class DimensionScreen(PlanScreen):
    """The measures of one dimension."""

    CSS_PATH = "dimension.tcss"
    HELP_KEY = "help.dimension"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("slash"), "filter", "Filter", id="dimension.filter"),
        Binding(keys("s"), "cycle_status", "Status", id="dimension.status"),
        Binding(keys("o"), "cycle_sort", "Sort", id="dimension.sort"),
        Binding(keys("O"), "reverse_sort", "Reverse", id="dimension.reverse", show=False),
    ]

    def __init__(self, number: int, select_uid: str | None = None) -> None:
        super().__init__()
        self.number = number
        self.query_text = ""
        self.status_filter: Status | None = None
        self.sort_column = "order"
        self.sort_reverse = False
        self._select_uid = select_uid
        self._layout: Layout | None = None
        self._rows: list[tuple] = []
        #: each measure's cells as last drawn, with what they were drawn from (drawn again only
        #: when that changes: wrapping a title between Thai words is the costly part)
        self._drawn: dict[str, tuple[tuple, tuple[Text, ...]]] = {}
        #: as last drawn in full: the measures shown, in the table's order; each shown one's row;
        #: what the column widths depend on, for every measure of the dimension (shown or not);
        #: the measures marked ``!``. A change that touches a few measures redraws just their
        #: rows from these (:meth:`_redraw_touched`)
        self._shown: list[Measure] = []
        self._row_of: dict[str, int] = {}
        self._facts: dict[str, tuple] = {}
        self._mismatched: set[str] = set()

    def compose(self) -> ComposeResult:
        yield TopBar()
        with Horizontal(id="filter-row"):
            yield Label(id="filter-label", markup=False)
            yield FilterInput(id="filter", compact=True, select_on_focus=False)
        yield Static(id="dimension-info", markup=False)
        yield Static(id="dimension-mismatch", markup=False)
        yield Static(id="dimension-empty", markup=False)
        yield MeasureTable(id="measures", cursor_type="row", zebra_stripes=True, cell_padding=CELL_PADDING)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FilterInput).cursor_blink = False
        self.query_one("#filter-row").display = False
        self.refresh_language()
        table = self.query_one(MeasureTable)
        table.focus()
        if self._select_uid is not None:
            self._move_to(self._select_uid)

    # --- labels -------------------------------------------------------------------------------

    def screen_title(self) -> str:
        try:
            title = self.plan.dimension(self.number).title
        except KeyError:
            title = ""
        return f"{self.tui.t('dimension.label', number=self.number)} · {title}"

    def refresh_language(self) -> None:
        self.query_one("#filter-label", Label).update(Content(self.tui.t("dimension.filter_label")))
        self.query_one(FilterInput).placeholder = self.tui.t("dimension.filter_placeholder")
        self._layout = None  # headers are labels too
        super().refresh_language()

    def _labels(self) -> dict[str, str]:
        t = self.tui.t
        labels = {c: t(f"dimension.col.{c}") for c in COLUMNS}
        labels.update({f"kind.{k}": t(f"kind.{k}") for k in ("project", "measure", "activity")})
        labels["money.not_given"] = t("money.not_given")
        return labels

    def _status_label(self, status: Status, short: bool) -> str:
        return self.tui.t(f"status.short.{status.value}" if short else f"status.{status.value}")

    # --- drawing ------------------------------------------------------------------------------

    def current_uid(self) -> str | None:
        table = self.query_one(MeasureTable)
        if not table.row_count:
            return None
        try:
            return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except CellDoesNotExist:
            return None

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        if not self.can_draw:
            return
        if touched is not None and self._layout is not None and self._redraw_touched(touched):
            return
        plan = self.plan
        if not any(d.number == self.number for d in plan.dimensions):
            self.tui.say(self.tui.t("error.gone"), severity="warning", timeout=8)
            if self.app.screen is self:
                self.app.pop_screen()
            return
        self.query_one(TopBar).set_title(self.screen_title())
        all_measures = plan.measures_of(self.number)
        shown = filter_and_sort(
            all_measures,
            self.query_text,
            self.status_filter,
            self.sort_column,
            self.sort_reverse,
            kind_label=self._kind_label,
        )
        table = self.query_one(MeasureTable)
        width = table.size.width or self.app.size.width
        status_labels = {short: [self._status_label(s, short) for s in Status] for short in (False, True)}
        layout = compute_layout(width, all_measures, self._labels(), status_labels)
        rows = [self._drawn_cells(m, layout.short_status, layout.widths["title"]) for m in shown]
        keys_ = [m.uid for m in shown]
        new = list(zip(keys_, rows, strict=True))
        if (layout != self._layout or new != self._rows) and (
            layout != self._layout or not self._update_rows(table, new)
        ):
            self._fill(table, layout, keys_, rows)
        self._shown = shown
        self._row_of = {uid: i for i, uid in enumerate(keys_)}
        self._facts = {m.uid: _layout_facts(m) for m in all_measures}
        self._mismatched = {m.uid for m in all_measures if m.mismatch}
        self._show_info(len(shown), len(all_measures), len(self._mismatched))

    def _kind_label(self, kind: Kind) -> str:
        return self.tui.t(f"kind.{kind.value}")

    def _redraw_touched(self, touched: frozenset[str]) -> bool:
        """Redraw in place the rows of the measures in ``touched`` (a change made to them alone,
        :attr:`tui_app.changes.Change.touched`); the rest of the table is not looked at again.

        False when that will not do: a measure now shown or hidden by the filters, moved by the
        sort, gone or in another dimension, column widths that change, a title wrapped on another
        number of lines. The caller then redraws from the whole plan.
        """
        mine = [uid for uid in touched if uid in self._facts]
        if not mine:
            return True  # none of this dimension's measures changed
        layout = self._layout
        assert layout is not None
        plan = self.plan
        key = sort_key(self.sort_column, self._kind_label)
        mismatched = set(self._mismatched)
        widths_changed = False
        redraw: list[tuple[int, Measure]] = []
        for uid in mine:
            try:
                m = plan.measure(uid)
            except KeyError:
                return False
            if m.dimension != self.number:
                return False
            row = self._row_of.get(uid)
            shown = matches(m, self.query_text) and self.status_filter in (None, m.status)
            if shown != (row is not None):
                return False
            if row is not None:
                self._shown[row] = m
                redraw.append((row, m))
            widths_changed = widths_changed or _layout_facts(m) != self._facts[uid]
            (mismatched.add if m.mismatch else mismatched.discard)(uid)
        for row, _ in redraw:  # still in order: each one sorts between its neighbours
            for before, after in ((row - 1, row), (row, row + 1)):
                if before >= 0 and after < len(self._shown):
                    a, b = key(self._shown[before]), key(self._shown[after])
                    if (a > b) if not self.sort_reverse else (a < b):
                        return False
        if widths_changed or bool(mismatched) != bool(self._mismatched):  # rare: a new amount, kind, mark
            all_measures = plan.measures_of(self.number)
            status_labels = {short: [self._status_label(s, short) for s in Status] for short in (False, True)}
            table = self.query_one(MeasureTable)
            width = table.size.width or self.app.size.width
            if compute_layout(width, all_measures, self._labels(), status_labels) != layout:
                return False
        new = list(self._rows)
        for row, m in redraw:
            new[row] = (m.uid, self._drawn_cells(m, layout.short_status, layout.widths["title"]))
        if not self._update_rows(self.query_one(MeasureTable), new):
            return False
        for uid in mine:
            self._facts[uid] = _layout_facts(plan.measure(uid))
        if len(mismatched) != len(self._mismatched):  # (the counts shown and in all stay as they are)
            self._show_info(len(self._shown), len(self._facts), len(mismatched))
        self._mismatched = mismatched
        return True

    def _drawn_cells(self, m: Measure, short: bool, title_width: int) -> tuple[Text, ...]:
        """:meth:`_cells`, made again only when what they show changed."""
        what = (
            m.order, m.kind, m.title, m.status, m.mismatch, steps_text(m), m.budget, m.disbursed,
            short, title_width, self.tui.lang,
        )
        drawn = self._drawn.get(m.uid)
        if drawn is not None and drawn[0] == what:
            return drawn[1]
        cells = self._cells(m, short, title_width)
        self._drawn[m.uid] = (what, cells)
        return cells

    def _update_rows(self, table: MeasureTable, new: list[tuple[str, tuple[Text, ...]]]) -> bool:
        """Update in place the cells of the rows that changed (a tick, an edit): the rest of the
        table is not measured again. False when that will not do (rows added, removed or moved, a
        title now wrapped on another number of lines): the caller fills the table again."""
        old = self._rows
        if len(old) != len(new) or any(a[0] != b[0] for a, b in zip(old, new, strict=True)):
            return False
        changed = [(before[1], after) for before, after in zip(old, new, strict=True) if before[1] is not after[1]]
        title = COLUMNS.index("title")
        if any(a[title].plain.count("\n") != b[title].plain.count("\n") for a, (_, b) in changed):
            return False
        for before, (uid, cells) in changed:
            for column, was, now in zip(COLUMNS, before, cells, strict=True):
                if was != now:
                    table.update_cell(uid, column, now)
        self._rows = new
        return True

    def _cells(self, m: Measure, short: bool, title_width: int) -> tuple[Text, ...]:
        # Text, never str: user text such as "[/]" must show as typed, not be read as markup.
        # The title is wrapped here, as the exports wrap it: between Thai words (ICU).
        t = self.tui.t
        status = Text(self._status_label(m.status, short), style=STATUS_STYLE[m.status])
        if m.mismatch is not None:  # a mark that reads without colour; the line above the table explains it
            status = Text.assemble((MISMATCH_MARK, "bold red"), status)
        not_given = t("money.not_given")
        return (
            Text(str(m.order), justify="right"),
            Text(t(f"kind.{m.kind.value}")),
            Text("\n".join(wrap_display(m.title, title_width))),
            status,
            Text(steps_text(m), justify="right"),
            Text(format_money(m.budget, not_given), justify="right", style="dim" if m.budget is None else ""),
            Text(format_money(m.disbursed, not_given), justify="right", style="dim" if m.disbursed is None else ""),
        )

    def _fill(self, table: MeasureTable, layout: Layout, uids: list[str], rows: list[tuple[Text, ...]]) -> None:
        current = self.current_uid()
        old_row = table.cursor_row
        if layout != self._layout:
            table.clear(columns=True)
            labels = self._labels()
            for column in COLUMNS:
                arrow = ""
                if column == self.sort_column:
                    arrow = " ↓" if self.sort_reverse else " ↑"
                justify: JustifyMethod = "right" if column in _RIGHT else "left"
                table.add_column(Text(labels[column] + arrow, justify=justify), width=layout.widths[column], key=column)
        else:
            table.clear()
        for uid, cells in zip(uids, rows, strict=True):
            table.add_row(*cells, key=uid, height=None)
        self._layout = layout
        self._rows = list(zip(uids, rows, strict=True))
        if uids:
            index = uids.index(current) if current in uids else min(max(old_row, 0), len(uids) - 1)
            table.move_cursor(row=index, animate=False)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """With a filter set, the footer says what Esc does first: clear it."""
        bindings = super().active_bindings
        if not (self.query_text or self.status_filter is not None):
            return bindings
        label = self.tui.t("key.dimension.clear_filters")
        return {
            key: active._replace(binding=replace(active.binding, description=label))
            if active.binding.action == "back"
            else active
            for key, active in bindings.items()
        }

    def _show_info(self, shown: int, total: int, mismatched: int = 0) -> None:
        t = self.tui.t
        status = t(f"status.{self.status_filter.value}") if self.status_filter else t("dimension.all_statuses")
        arrow = "↓" if self.sort_reverse else "↑"
        info = t(
            "dimension.info",
            shown=shown,
            total=total,
            status=status,
            column=t(f"dimension.col.{self.sort_column}"),
            arrow=arrow,
        )
        if self.query_text:
            info += " · " + t("dimension.info_filter", text=self.query_text)
        self.refresh_bindings()  # Esc clears the filters first: the footer says so
        self.query_one("#dimension-info", Static).update(Content(info))
        legend = self.query_one("#dimension-mismatch", Static)
        legend.display = mismatched > 0
        if mismatched:
            legend.update(Content(t("dimension.mismatch_legend", count=mismatched)))
        empty = self.query_one("#dimension-empty", Static)
        empty.display = shown == 0
        if shown == 0:
            empty.update(Content(t("dimension.empty") if total else t("dimension.none")))

    def _move_to(self, uid: str) -> None:
        table = self.query_one(MeasureTable)
        with contextlib.suppress(RowDoesNotExist):  # filtered out, or gone
            table.move_cursor(row=table.get_row_index(uid), animate=False)

    def on_resize(self) -> None:
        self.refresh_plan()

    def go_back(self) -> None:
        """Escape clears the filters first (typed text and status); with none set it leaves."""
        if self.query_text or self.status_filter is not None:
            self.query_text = ""
            self.status_filter = None
            field = self.query_one(FilterInput)
            with self.prevent(Input.Changed):
                field.value = ""
            self.query_one("#filter-row").display = False
            self.refresh_plan()
            return
        super().go_back()

    # --- actions ------------------------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.tui.open_measure(event.row_key.value, from_list=True)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        column = str(event.column_key.value)
        if column == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = column, False
        self._resort()

    def action_filter(self) -> None:
        self.query_one("#filter-row").display = True
        self.query_one(FilterInput).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            event.stop()
            self.query_text = event.value
            self.query_one("#filter-row").display = bool(event.value) or event.input.has_focus
            self.refresh_plan()

    def on_descendant_blur(self, event) -> None:
        if getattr(event.widget, "id", None) == "filter" and not self.query_text:
            self.query_one("#filter-row").display = False

    def action_cycle_status(self) -> None:
        statuses: list[Status | None] = [None, *Status]
        self.status_filter = statuses[(statuses.index(self.status_filter) + 1) % len(statuses)]
        self.refresh_plan()

    def action_cycle_sort(self) -> None:
        self.sort_column = SORTS[(SORTS.index(self.sort_column) + 1) % len(SORTS)]
        self.sort_reverse = False
        self._resort()

    def action_reverse_sort(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self._resort()

    def _resort(self) -> None:
        self._layout = None  # the arrow in the header moves
        self.refresh_plan()
