"""The overview (ภาพรวม), the first screen: the plan's header, its summary and its dimensions.

Each dimension shows its title, how many measures it holds and a bar of how many are completed
(solid) and in progress (shaded). Enter (or the dimension's number) opens it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui_app.flags import FLAG_STYLE
from tui_app.model import STATUS_STYLE, Dimension, Plan, Status
from tui_app.money import format_money
from tui_app.report import plan_summary
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.summary import Summary, summarize
from tui_app.thai import shown_date


def level_content(line: str, summary: Summary, t, lang: str, style: str = "") -> Content:
    """``line`` (a label holding the level word as ``{level}``) with the round's flag beside the
    level word, the flag in its colour and as a word (never colour alone); ``t`` is the app's ``t``."""
    level = summary.level.thai if lang == "th" else summary.level.english
    before, _, after = line.partition("{level}")
    parts: list[str | tuple[str, str]] = [(before + level, style)]
    if summary.flag is not None:
        parts += [(" ", style), (f"({t('flag.' + summary.flag.value)})", FLAG_STYLE[summary.flag])]
    parts.append((after, style))
    return Content.assemble(*parts)


def progress_bar(summary: Summary, width: int = 20) -> Text:
    """``████▒▒░░░░``: completed, then in progress, then the rest, ``width`` cells in all."""
    if summary.total == 0:
        return Text("░" * width, style="dim")
    done = round(width * summary.count(Status.COMPLETED) / summary.total)
    doing = round(width * (summary.count(Status.COMPLETED) + summary.count(Status.IN_PROGRESS)) / summary.total) - done
    rest = width - done - doing
    return Text.assemble(("█" * done, "green"), ("▒" * doing, "yellow"), ("░" * rest, "dim"))


class DimensionList(OptionList):
    """The dimensions; enter opens the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open", id="overview.open")]


class OverviewScreen(PlanScreen):
    """The first screen: header, summary, dimensions."""

    HELP_KEY = "help.overview"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("t"), "app.open_status_table", "Status table", id="overview.status_table"),
        Binding(keys("p"), "app.open_plan_details", "Plan details", id="overview.plan_details"),
        Binding(keys("r"), "app.open_rounds", "Rounds", id="overview.rounds"),
        Binding(keys("i"), "app.open_import", "Import", id="overview.import"),
        Binding(keys("h"), "app.history", "History", id="overview.history", show=False),
        Binding("q,ๆ", "app.quit", "Quit", id="quit"),
        Binding("ctrl+t", "app.toggle_language", "Language", id="language"),
        # no id: the help screen lists these as one row, "1–4", for the dimensions there are
        *(Binding(str(n), f"open_dimension({n})", f"Dimension {n}", show=False) for n in range(1, 10)),
    ]

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield Static(id="overview-header", markup=False)
        yield Static(id="overview-summary", markup=False)
        yield Label(id="overview-dimensions-label", classes="section", markup=False)
        yield DimensionList(id="overview-dimensions")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_language()
        self.query_one(DimensionList).focus()

    def screen_title(self) -> str:
        return self.tui.t("overview.title")

    def help_bindings(self) -> list[Binding]:
        numbers = [d.number for d in self.plan.dimensions if d.number < 10]
        if not numbers:
            return []
        if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
            shown = f"{numbers[0]}–{numbers[-1]}"
        else:
            shown = ", ".join(map(str, numbers))
        return [
            Binding(str(numbers[0]), "open_dimension", "Open a dimension", key_display=shown, id="overview.dimension")
        ]

    def refresh_language(self) -> None:
        self.query_one(TopBar).set_title(self.screen_title())
        self.query_one("#overview-dimensions-label", Label).update(Content(self.tui.t("overview.dimensions")))
        super().refresh_language()

    # --- drawing ------------------------------------------------------------------------------

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        if not self.can_draw:
            return
        plan = self.plan
        self.query_one("#overview-header", Static).update(self._header(plan))
        self.query_one("#overview-summary", Static).update(self._summary(plan_summary(plan)))
        self._fill_dimensions(plan)

    def _header(self, plan: Plan) -> Content:
        t = self.tui.t
        second = [t("overview.fiscal_year", year=plan.fiscal_year), t("overview.round", months=plan.round_months)]
        if plan.as_of:
            second.append(t("overview.as_of", date=shown_date(plan.as_of, self.tui.lang)))
        return Content.assemble(
            (plan.organization, "bold"),
            "\n",
            " · ".join(second),
        )

    def _summary(self, summary: Summary) -> Content:
        t = self.tui.t
        parts: list[Content | str | tuple[str, str]] = [(t("overview.total", total=summary.total), "bold")]
        for status in Status:
            parts += [
                " · ",
                t(f"status.{status.value}") + " ",
                (str(summary.count(status)), "bold " + STATUS_STYLE[status]),
            ]
        parts += [
            "\n",
            t(
                "overview.money",
                budget=format_money(summary.budget),
                disbursed=format_money(summary.disbursed),
                percent=f"{summary.disbursed_percent:.2f}",
            ),
            *((" ", ("(" + t("warning.over_budget_short") + ")", "bold red")) if summary.over_budget else ()),
            "\n",
            level_content(
                t("overview.level", level="{level}", percent=f"{summary.implementation_percent:.2f}"),
                summary,
                t,
                self.tui.lang,
                "bold",
            ),
        ]
        return Content.assemble(*parts)

    def _dimension_prompt(self, plan: Plan, dimension: Dimension) -> Table:
        t = self.tui.t
        summary = summarize(plan.measures_of(dimension.number), plan.level_bands)
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        grid.add_row(
            Text(t("dimension.label", number=dimension.number), style="bold"), Text(dimension.title, style="bold")
        )
        counts = t(
            "overview.dimension_counts",
            count=summary.total,
            done=summary.count(Status.COMPLETED),
            doing=summary.count(Status.IN_PROGRESS),
        )
        grid.add_row(Text(""), Text.assemble(progress_bar(summary), "  ", counts))
        return grid

    def _fill_dimensions(self, plan: Plan) -> None:
        dims = self.query_one(DimensionList)
        highlighted = dims.highlighted
        dims.clear_options()
        dims.add_options([Option(self._dimension_prompt(plan, d), id=str(d.number)) for d in plan.dimensions])
        if dims.option_count:
            dims.highlighted = min(highlighted or 0, dims.option_count - 1)

    # --- actions ------------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.tui.open_dimension(int(event.option.id))

    def action_open_dimension(self, number: int) -> None:
        if any(d.number == number for d in self.plan.dimensions):
            self.tui.open_dimension(number)
