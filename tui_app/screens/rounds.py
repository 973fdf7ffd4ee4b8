"""Reporting rounds (รอบการรายงาน): the frozen rounds of the year, freezing one, exporting one as
it was frozen, and comparing two rounds or a round and now.

- :class:`RoundsScreen`: the list (months, as-of date, implementation percent with its flag,
  reporter, when frozen); ``f`` freezes the saved figures as a round (:class:`FreezeDialog`),
  ``x`` exports the highlighted round (:class:`RoundExportScreen`, every format, as frozen),
  ``space`` marks a round, ``c`` compares the marked round with the highlighted one, or the
  highlighted one with now.
- :class:`ComparisonScreen`: the comparison's figures and the measures that moved; ``x`` saves it
  as text, ``s`` as CSV, in the export folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, Label, Select, Static

from tui_app.changes import parse_be_date
from tui_app.errors import UserError, ValidationError
from tui_app.export import ExportError, ExportOptions
from tui_app.flags import FLAG_STYLE
from tui_app.i18n import t as catalogue
from tui_app.model import STATUS_THAI, Plan
from tui_app.money import format_money
from tui_app.rounds import (
    NOW_LABEL,
    ROUND_MONTHS,
    Comparison,
    Round,
    compare,
    comparison_csv,
    comparison_rows,
    comparison_text,
    render_round,
    round_filename,
    round_label,
)
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.screens.export_dialog import ExportScreen
from tui_app.screens.fields import OrderedInput
from tui_app.screens.plan_details import edit_text
from tui_app.store import write_export


class FreezeDialog(ModalScreen[tuple[int, date | None, str] | None]):
    """Ask for the round's months, as-of date and reporter; dismisses with them or None."""

    CSS_PATH = "rounds.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="freeze.cancel"),
        Binding("f2,ctrl+o", "accept", "Freeze", id="freeze.accept"),
    ]

    def __init__(self, plan: Plan, frozen: list[int], lang: str = "th") -> None:
        super().__init__()
        self.plan = plan
        self.frozen = frozen
        self.lang = lang

    def t(self, key: str, **params: object) -> str:
        return catalogue(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        free = [m for m in ROUND_MONTHS if m not in self.frozen] or list(ROUND_MONTHS)
        start = self.plan.round_months if self.plan.round_months in free else free[0]
        with Vertical(id="dialog", classes="dialog"):
            yield Label(Content(self.t("rounds.freeze.heading", year=self.plan.fiscal_year)), id="dialog-message")
            yield Label(Content(self.t("rounds.freeze.months")), classes="freeze-label")
            yield Select(
                [(self.t("rounds.round", months=m), m) for m in free],
                value=start, allow_blank=False, compact=True, id="freeze-months",
            )
            yield Label(Content(self.t("rounds.freeze.as_of")), classes="freeze-label")
            yield OrderedInput(
                value=edit_text("as_of", self.plan.as_of), id="freeze-as-of", compact=True,
                placeholder=self.t("plan_details.as_of_placeholder"), select_on_focus=False,
            )
            yield Label(Content(self.t("rounds.freeze.reporter")), classes="freeze-label")
            yield OrderedInput(value=self.plan.reporter, id="freeze-reporter", compact=True, select_on_focus=False)
            yield Label(Content(self.t("rounds.freeze.hint")), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#freeze-months", Select).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_accept()

    def action_accept(self) -> None:
        field = self.query_one("#freeze-as-of", Input)
        try:
            as_of = parse_be_date(field.value)
        except ValidationError as exc:
            field.add_class("-invalid")
            self.app.notify(exc.message(self.lang), severity="error")
            return
        months = self.query_one("#freeze-months", Select).value
        self.dismiss((int(months), as_of, self.query_one("#freeze-reporter", Input).value.strip()))  # type: ignore[arg-type]

    def action_cancel(self) -> None:
        self.dismiss(None)


class RoundExportScreen(ExportScreen):
    """The export dialog for a frozen round: the same formats, the round's figures, as frozen."""

    def __init__(self, frozen: Round, folder: Path | str | None = None) -> None:
        self.frozen = frozen
        self._frozen_plan = frozen.plan()
        super().__init__(folder=folder)

    @property
    def plan(self) -> Plan:
        return self._frozen_plan

    def rendered(self, options: ExportOptions) -> bytes:
        return render_round(self.frozen, options)

    def default_name(self, fmt: str) -> str:
        from tui_app.export import EXTENSIONS

        return round_filename(self.frozen, EXTENSIONS.get(fmt, "txt"))

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """A frozen round does not change when the plan does: nothing to redraw."""


class RoundsScreen(PlanScreen):
    """The frozen rounds of the year."""

    CSS_PATH = "rounds.tcss"
    HELP_KEY = "rounds.help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("f"), "freeze", "Freeze", id="rounds.freeze"),
        Binding(keys("x"), "export", "Export", id="rounds.export"),
        Binding("space", "mark", "Mark", id="rounds.mark"),
        Binding(keys("c"), "compare", "Compare", id="rounds.compare"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rounds: list[Round] = []
        self.marked: int | None = None  # months of the marked round

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield DataTable(id="rounds-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="rounds-note", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_language()
        self.query_one(DataTable).focus()

    def screen_title(self) -> str:
        return self.tui.t("rounds.title", year=self.plan.fiscal_year)

    def refresh_language(self) -> None:
        self.query_one(TopBar).set_title(self.screen_title())
        super().refresh_language()  # redraws (refresh_plan)

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        if not self.can_draw:
            return
        t = self.tui.t
        try:
            self.rounds = self.tui.store.rounds(self.plan.fiscal_year)
        except UserError as exc:
            self.rounds = []
            self.tui.report_error(exc)
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        for key in (
            "rounds.col.round", "rounds.col.as_of", "rounds.col.percent", "rounds.col.reporter", "rounds.col.frozen_at",
        ):
            table.add_column(t(key), key=key)
        for frozen in self.rounds:
            summary = frozen.summary()
            percent = Text(f"{summary.implementation_percent:.2f} ")
            if summary.flag is not None:
                percent.append(f"({t('flag.' + summary.flag.value)})", style=FLAG_STYLE[summary.flag])
            mark = "● " if frozen.months == self.marked else "  "
            table.add_row(
                mark + t("rounds.round", months=frozen.months),
                edit_text("as_of", frozen.as_of) or "-",
                percent,
                Text(frozen.reporter or "-"),  # people's text: never read as markup
                f"{frozen.frozen_at:%Y-%m-%d %H:%M} UTC",
                key=str(frozen.months),
            )
        if self.rounds:
            table.move_cursor(row=min(row, len(self.rounds) - 1))
        note = t("rounds.none") if not self.rounds else t("rounds.note")
        self.query_one("#rounds-note", Static).update(Content(note))

    def highlighted(self) -> Round | None:
        table = self.query_one(DataTable)
        if not self.rounds or table.cursor_row < 0:
            return None
        return self.rounds[min(table.cursor_row, len(self.rounds) - 1)]

    # --- actions ------------------------------------------------------------------------------

    def action_freeze(self) -> None:
        session = self.tui.session
        assert session is not None
        if session.read_only:
            self.tui.report_error(ValidationError("store.read_only_session", path=str(self.tui.store.path)))
            return
        if session.unsaved:
            session.flush()
        if session.unsaved:  # the round is frozen from the file: what is not saved would be missing
            self.tui.say(self.tui.t("rounds.unsaved"), severity="error", timeout=8)
            return

        def answered(result: tuple[int, date | None, str] | None) -> None:
            if result is None:
                return
            months, as_of, reporter = result
            try:
                frozen = self.tui.store.freeze_round(session.year, months, as_of=as_of, reporter=reporter)
            except UserError as exc:
                self.tui.report_error(exc)
                self.refresh_plan()  # someone else may have frozen that round meanwhile: show it
                return
            self.tui.say(self.tui.t("rounds.frozen", months=frozen.months, year=frozen.fiscal_year))
            self.refresh_plan()
            self.query_one(DataTable).move_cursor(row=[r.months for r in self.rounds].index(frozen.months))

        self.app.push_screen(FreezeDialog(self.plan, [r.months for r in self.rounds], self.tui.lang), answered)

    def action_export(self) -> None:
        frozen = self.highlighted()
        if frozen is None:
            self.tui.say(self.tui.t("rounds.none"), severity="warning")
            return
        from tui_app.store.settings import export_folder

        self.app.push_screen(RoundExportScreen(frozen, folder=export_folder(self.tui._settings_path)))

    def action_mark(self) -> None:
        frozen = self.highlighted()
        if frozen is None:
            return
        self.marked = None if self.marked == frozen.months else frozen.months
        self.refresh_plan()

    def action_compare(self) -> None:
        frozen = self.highlighted()
        if frozen is None:
            self.tui.say(self.tui.t("rounds.none"), severity="warning")
            return
        marked = next((r for r in self.rounds if r.months == self.marked), None)
        if marked is not None and marked.months != frozen.months:
            then, now = sorted((marked, frozen), key=lambda r: r.months)
            comparison = compare(then.plan(), now.plan(), round_label(then), round_label(now))
            name = f"compare-{then.fiscal_year}-round{then.months}-round{now.months}"
        else:
            comparison = compare(frozen.plan(), self.plan, round_label(frozen), NOW_LABEL)
            name = f"compare-{frozen.fiscal_year}-round{frozen.months}-now"
        self.app.push_screen(ComparisonScreen(comparison, name))


class ComparisonScreen(PlanScreen):
    """Two rounds (or a round and now) side by side: the figures, then the measures that moved."""

    CSS_PATH = "rounds.tcss"
    HELP_KEY = "comparison.help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("x"), "save('txt')", "Save text", id="comparison.save_text"),
        Binding(keys("s"), "save('csv')", "Save CSV", id="comparison.save_csv"),
    ]

    def __init__(self, comparison: Comparison, name: str) -> None:
        super().__init__()
        self.comparison = comparison
        self.file_stem = name

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield Static(id="comparison-summary", markup=False)
        yield DataTable(id="comparison-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_language()
        self.query_one(DataTable).focus()

    def screen_title(self) -> str:
        c = self.comparison
        return self.tui.t("comparison.title", then=c.then_label, now=c.now_label)

    def refresh_language(self) -> None:
        self.query_one(TopBar).set_title(self.screen_title())
        super().refresh_language()

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        if not self.can_draw:
            return
        t, c = self.tui.t, self.comparison
        parts: list = []
        for label, summary in ((c.then_label, c.then), (c.now_label, c.now)):
            parts += [f"{label}: ", (f"{summary.implementation_percent:.2f} %", "bold")]
            if summary.flag is not None:
                parts += [" ", (f"({t('flag.' + summary.flag.value)})", FLAG_STYLE[summary.flag])]
            parts.append("   ")
        parts += [
            "\n",
            t(
                "comparison.figures",
                changed=len(c.changed),
                steps=c.steps_ticked,
                money=format_money(c.disbursed_since),
            ),
        ]
        self.query_one("#comparison-summary", Static).update(Content.assemble(*parts))
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for key in ("comparison.col.order", "comparison.col.title", "comparison.col.then", "comparison.col.now",
                    "comparison.col.steps", "comparison.col.money"):
            table.add_column(t(key), key=key)
        moved = comparison_rows(c)
        for m in moved:
            table.add_row(
                str(m.order),
                Text(m.title if len(m.title) <= 50 else m.title[:49] + "…"),
                self._status(m.status_then),
                self._status(m.status_now),
                str(m.steps_ticked),
                format_money(m.disbursed_since),
            )
        if not moved:
            table.add_row("", t("comparison.nothing"), "", "", "", "")

    def _status(self, status) -> str:
        if status is None:
            return "-"
        return STATUS_THAI[status] if self.tui.lang == "th" else self.tui.t(f"status.{status.value}")

    def action_save(self, extension: str) -> None:
        from tui_app.store.settings import export_folder

        if extension == "csv":
            data = ("\ufeff" + comparison_csv(self.comparison)).encode("utf-8")
        else:
            data = comparison_text(self.comparison).encode("utf-8")
        path = export_folder(self.tui._settings_path) / f"{self.file_stem}.{extension}"
        try:
            written = write_export(path, data, overwrite=False)
        except ExportError as exc:
            self.tui.report_error(exc)
            return
        self.tui.say(self.tui.t("comparison.saved", path=str(written)))

