"""Who changed what: the history of one measure (``h`` on its screen) or of the whole plan.

Newest first. Filter by person (part of the login or display name) and by field; enter on an
entry opens its record (the measure, its dimension, or the plan details). The line under the
table shows the highlighted entry's values in full.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import DataTable, Footer, Input, Label, Select, Static

from tui_app import history
from tui_app.errors import UserError
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.thai import shorten_display

#: the table's columns: catalogue keys (history.col_*) in order
COLUMNS = ("when", "who", "record", "field", "before", "after")
#: the widest a column gets (cells); before and after share what is left, the detail line
#: under the table shows the highlighted entry whole
WIDEST = {"when": 16, "who": 16, "record": 6, "field": 20}
MIN_VALUE, MAX_VALUE = 6, 40
#: a blank cell each side of every column (DataTable's cell padding), and the scrollbar
PADDING, SCROLLBAR = 1, 1


class HistoryTable(DataTable):
    """The entries; enter opens the highlighted entry's record (shown in the footer)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open record", id="history.open")]


class HistoryScreen(PlanScreen):
    """The saved changes of the year on screen, of one measure when ``measure_uid`` is given."""

    CSS_PATH = "history.tcss"
    HELP_KEY = "history.help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("w"), "focus_who", "Person", id="history.focus_who"),
        Binding(keys("f"), "focus_field", "Field", id="history.focus_field"),
    ]

    def __init__(self, measure_uid: str | None = None) -> None:
        super().__init__()
        self.measure_uid = measure_uid
        self._entries: list[history.Entry] = []
        self._shown: list[history.Entry] = []

    def compose(self) -> ComposeResult:
        yield TopBar()
        with Horizontal(id="history-filters"):
            yield Label(id="history-who-label", classes="field-label", markup=False)
            yield Input(id="history-who", compact=True)
            yield Label(id="history-field-label", classes="field-label", markup=False)
            yield Select([], id="history-field", compact=True, allow_blank=True)
        yield HistoryTable(id="history-table", cursor_type="row", zebra_stripes=True, cell_padding=PADDING)
        yield Static(id="history-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_language()
        self.query_one(HistoryTable).focus()

    def screen_title(self) -> str:
        if self.measure_uid is None:
            return self.tui.t("history.title_plan", year=self.plan.fiscal_year)
        measure = next((m for m in self.plan.measures if m.uid == self.measure_uid), None)
        order = measure.order if measure else "?"
        return self.tui.t("history.title_measure", order=order)

    def refresh_language(self) -> None:
        self.query_one(TopBar).set_title(self.screen_title())
        self.query_one("#history-who-label", Label).update(Content(self.tui.t("history.filter_who")))
        self.query_one("#history-field-label", Label).update(Content(self.tui.t("history.filter_field")))
        table = self.query_one(HistoryTable)
        table.clear(columns=True)
        for column in COLUMNS:
            table.add_column(self.tui.t(f"history.col_{column}"), key=column)
        super().refresh_language()

    # --- drawing ------------------------------------------------------------------------------

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """Read the history afresh (someone may have saved) and draw what the filters keep."""
        if not self.can_draw:
            return
        session = self.tui.session
        assert session is not None
        try:
            entries = session.store.history(session.year)
        except UserError as exc:  # the file became unreadable: keep what is shown
            self.tui.report_error(exc)
            return
        keep = history.HistoryFilter(measure=self.measure_uid)
        self._entries = history.newest_first(entries, keep)
        self._fill_fields()
        self._draw()

    def _fill_fields(self) -> None:
        select = self.query_one("#history-field", Select)
        keys_seen: dict[str, str] = {}
        for e in self._entries:
            keys_seen.setdefault(history.field_key(e), self.tui.t(history.field_key(e)))
        options = sorted(((label, key) for key, label in keys_seen.items()), key=lambda o: o[0])
        current = select.value
        with select.prevent(Select.Changed):
            select.set_options(options)
            select.prompt = self.tui.t("history.all_fields")
            if current in keys_seen:
                select.value = current

    def _draw(self) -> None:
        table = self.query_one(HistoryTable)
        who = self.query_one("#history-who", Input).value.strip()
        field = self.query_one("#history-field", Select).value
        keep = history.HistoryFilter(who=who or None)
        shown = [
            e for e in self._entries if keep(e) and (not isinstance(field, str) or history.field_key(e) == field)
        ]
        old = table.cursor_row
        table.clear()
        for index, e in enumerate(shown):
            table.add_row(*self._cells(e), key=str(index))
        self._shown = shown
        if shown:
            table.move_cursor(row=min(max(old, 0), len(shown) - 1))
        self._show_detail()

    def on_resize(self) -> None:
        self._draw()

    def _value_width(self) -> int:
        width = self.size.width or self.app.size.width
        used = sum(WIDEST.values()) + 2 * PADDING * len(COLUMNS) + SCROLLBAR
        return max(MIN_VALUE, min(MAX_VALUE, (width - used) // 2))

    def _cells(self, e: history.Entry) -> list[Text]:
        value = self._value_width()
        cells = {
            "when": history.thai_time(e.get("at", "")),
            "who": history.who_of(e),
            "record": self.record_label(e),
            "field": self.field_label(e),
        }
        shown = [
            *(shorten_display(cells[c], WIDEST[c]) for c in COLUMNS[:4]),
            shorten_display(history.shown_value(e.get("before"), 200), value),
            shorten_display(history.shown_value(e.get("after"), 200), value),
        ]
        return [Text(cell) for cell in shown]  # people's text: never read as markup

    def record_label(self, e: history.Entry) -> str:
        return history.record_label(e, self.tui.lang, short=True)

    def field_label(self, e: history.Entry) -> str:
        return history.field_label(e, self.tui.lang)

    def _highlighted(self) -> history.Entry | None:
        table = self.query_one(HistoryTable)
        if not self._shown or table.cursor_row < 0 or table.cursor_row >= len(self._shown):
            return None
        return self._shown[table.cursor_row]

    def _show_detail(self) -> None:
        detail = self.query_one("#history-detail", Static)
        e = self._highlighted()
        if e is None:
            detail.update(Content(self.tui.t("history.none")))
            return
        record = history.record_label(e, self.tui.lang)
        text = self.tui.t(
            "history.detail",
            record=record,
            field=self.field_label(e),
            before=history.shown_value(e.get("before"), 200),
            after=history.shown_value(e.get("after"), 200),
            kind=history.kind_label(e, self.tui.lang),
        )
        detail.update(Content(text))

    # --- events -------------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._draw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(HistoryTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._draw()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        e = self._highlighted()
        if e is not None:
            self.open_record(e)

    # --- actions ------------------------------------------------------------------------------

    def action_focus_who(self) -> None:
        self.query_one("#history-who", Input).focus()

    def action_focus_field(self) -> None:
        self.query_one("#history-field", Select).focus()

    def open_record(self, e: history.Entry) -> None:
        """The entry's record as it is now: its measure, its dimension or the plan details."""
        tui = self.tui
        target = e.get("target")
        if target in ("measure", "step"):
            if history.measure_of(self.plan, e) is None:
                tui.say(tui.t("history.record_gone"), severity="warning")
                return
            tui.open_measure(str(e.get("measure")))
        elif target == "dimension":
            number = e.get("dimension")
            if not any(d.number == number for d in self.plan.dimensions):
                tui.say(tui.t("history.record_gone"), severity="warning")
                return
            tui.open_dimension(int(number))  # type: ignore[arg-type]
        else:
            tui.action_open_plan_details()
