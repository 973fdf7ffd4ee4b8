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
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui_app.flags import FLAG_STYLE
from tui_app.model import STATUS_STYLE, Dimension, Measure, Plan, Status
from tui_app.money import format_money
from tui_app.report import plan_summary
from tui_app.screens.base import Footer, PlanScreen, TopBar, keys
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

    CSS_PATH = "overview.tcss"

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

    def __init__(self) -> None:
        super().__init__()
        #: what the dimension list shows: (number, title, summary) of each dimension, in order
        self._shown: list[tuple[int, str, Summary]] = []
        #: the dimension each measure was in when the list was drawn, by uid
        self._dimension_of: dict[str, int] = {}

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
        """Redraw from ``self.plan``.

        ``touched``: the uids of the measures a change touched (None: anything may have
        changed). Then only the dimensions that hold them, or held them, are counted again, and
        only a dimension whose counts changed is drawn again.
        """
        if not self.can_draw:
            return
        plan = self.plan
        self.query_one("#overview-header", Static).update(self._header(plan))
        self.query_one("#overview-summary", Static).update(self._summary(plan_summary(plan)))
        if touched is None or [(n, title) for n, title, _ in self._shown] != [
            (d.number, d.title) for d in plan.dimensions
        ]:
            self._fill_dimensions(plan)
        else:
            self._update_dimensions(plan, touched)

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

    def _dimension_prompt(self, dimension: Dimension, summary: Summary) -> Table:
        t = self.tui.t
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
        """Draw the list of dimensions afresh (the measures grouped in one pass)."""
        groups: dict[int, list[Measure]] = {d.number: [] for d in plan.dimensions}
        for m in plan.measures:
            if m.dimension in groups:
                groups[m.dimension].append(m)
        self._dimension_of = {m.uid: m.dimension for m in plan.measures}
        self._shown = [(d.number, d.title, summarize(groups[d.number], plan.level_bands)) for d in plan.dimensions]
        dims = self.query_one(DimensionList)
        highlighted = dims.highlighted
        dims.clear_options()
        dims.add_options(
            [
                Option(self._dimension_prompt(d, summary), id=str(d.number))
                for d, (_, _, summary) in zip(plan.dimensions, self._shown, strict=True)
            ]
        )
        if dims.option_count:
            dims.highlighted = min(highlighted or 0, dims.option_count - 1)

    def _update_dimensions(self, plan: Plan, touched: frozenset[str]) -> None:
        """Count again the dimensions that hold (or held) a touched measure; redraw those whose
        counts changed."""
        now = {m.uid: m.dimension for m in plan.measures if m.uid in touched}
        affected = {self._dimension_of[uid] for uid in touched if uid in self._dimension_of} | set(now.values())
        for uid in touched:
            self._dimension_of.pop(uid, None)
        self._dimension_of.update(now)
        dims = self.query_one(DimensionList)
        for index, (number, title, before) in enumerate(self._shown):
            if number not in affected:
                continue
            summary = summarize((m for m in plan.measures if m.dimension == number), plan.level_bands)
            if summary != before:
                self._shown[index] = (number, title, summary)
                dims.replace_option_prompt_at_index(index, self._dimension_prompt(plan.dimensions[index], summary))

    # --- actions ------------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.tui.open_dimension(int(event.option.id))

    def action_open_dimension(self, number: int) -> None:
        if any(d.number == number for d in self.plan.dimensions):
            self.tui.open_dimension(number)
