"""The command palette (ctrl+p): every screen and action of the app, in the user's language.

Measure and dimension titles are user text. Textual reads a ``str`` prompt (and the help line,
and its own ``Matcher.highlight``) as markup, so every prompt here is a ``Content`` built from
plain text, highlighted by hand, and the help lines hold no user text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

if TYPE_CHECKING:
    from tui_app.app import TuiApp


@dataclass(frozen=True)
class PlanCommand:
    text: str
    run: Callable[[], object]
    help: str = ""


def plan_commands(app: TuiApp) -> list[PlanCommand]:
    """The palette's commands: screens first, then dimensions, measures, and the app's own."""
    t = app.t
    commands = [
        PlanCommand(t("cmd.overview"), app.back_to_overview, t("cmd.overview_help")),
        PlanCommand(t("cmd.status_table"), app.action_open_status_table, t("cmd.status_table_help")),
        PlanCommand(t("cmd.plan_details"), app.action_open_plan_details, t("cmd.plan_details_help")),
        PlanCommand(t("cmd.export"), app.action_export, t("cmd.export_help")),
        PlanCommand(t("cmd.history"), app.action_history, t("cmd.history_help")),
    ]
    if app.session is not None:
        plan = app.session.plan
        for d in plan.dimensions:
            commands.append(
                PlanCommand(
                    t("cmd.dimension", number=d.number, title=d.title),
                    partial(app.open_dimension, d.number),
                    t("cmd.dimension_help", count=len(plan.measures_of(d.number))),
                )
            )
        for m in plan.measures_in_table_order():
            commands.append(
                PlanCommand(
                    t("cmd.measure", order=m.order, title=m.title),
                    partial(app.open_measure, m.uid),
                    t("cmd.measure_help", dimension=m.dimension, status=t(f"status.{m.status.value}")),
                )
            )
    commands += [
        PlanCommand(t("cmd.undo"), app.action_undo, t("cmd.undo_help")),
        PlanCommand(t("cmd.redo"), app.action_redo, t("cmd.redo_help")),
        PlanCommand(t("cmd.language"), app.action_toggle_language),
        PlanCommand(t("cmd.help"), app.action_help),
        PlanCommand(t("cmd.quit"), app.action_quit),
    ]
    return commands


def highlighted(matcher: Matcher, text: str) -> Content:
    """``text`` as plain content with the matched characters styled (never parsed as markup)."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class PlanCommands(Provider):
    @property
    def tui(self) -> TuiApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        for command in plan_commands(self.tui):
            yield DiscoveryHit(Content(command.text), command.run, text=command.text, help=command.help or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in plan_commands(self.tui):
            score = matcher.match(command.text)
            if score > 0:
                yield Hit(
                    score, highlighted(matcher, command.text), command.run, text=command.text, help=command.help or None
                )
