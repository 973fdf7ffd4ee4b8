"""What every screen of the app shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

if TYPE_CHECKING:
    from tui_app.app import TuiApp
    from tui_app.model import Plan


class PlanScreen(Screen):
    """A screen that shows part of the plan and redraws when it changes."""

    BINDINGS = [Binding("escape", "back", "Back", id="back")]

    #: catalogue key of this screen's help text (shown by ? / F1)
    HELP_KEY = ""

    @property
    def tui(self) -> TuiApp:
        return self.app  # type: ignore[return-value]

    @property
    def plan(self) -> Plan:
        assert self.tui.session is not None
        return self.tui.session.plan

    def refresh_plan(self) -> None:
        """Redraw from ``self.plan``; keep the cursor and anything the user is typing."""

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
