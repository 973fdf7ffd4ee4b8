"""The Textual application: :class:`TuiApp` built on a :class:`~tui_app.store.PlanStore`.

The app owns the :class:`~tui_app.session.Session`; screens read ``app.session.plan``, send every
edit through :meth:`TuiApp.submit` and redraw in :meth:`PlanScreen.refresh_plan
<tui_app.screens.base.PlanScreen.refresh_plan>` when the plan changes (their own edit, or a save
by someone else noticed by polling the file).
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.content import Content

from tui_app.changes import Change
from tui_app.errors import StoreError, UserError
from tui_app.i18n import DEFAULT_LANGUAGE, t
from tui_app.session import Session
from tui_app.store import PlanStore

POLL_SECONDS = 1.0


class TuiApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "tui-app"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", id="help"),
    ]

    def __init__(self, store: PlanStore, year: int | None = None, lang: str = DEFAULT_LANGUAGE, *, poll_seconds: float = POLL_SECONDS) -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self._year = year
        self._poll_seconds = poll_seconds
        self.session: Session | None = None

    # --- labels -------------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        """The label ``key`` in the app's language."""
        return t(key, self.lang, **params)

    # --- saving -------------------------------------------------------------------------------

    def submit(self, change: Change) -> bool:
        """Save one change now; say clearly when it was refused or could not be saved.

        Returns True when the change is saved. Screens are refreshed either way.
        """
        assert self.session is not None
        outcome = self.session.submit(change)
        if outcome.error is not None:
            self.report_error(outcome.error)
        self.refresh_screens()
        return outcome.saved

    def report_error(self, error: UserError) -> None:
        severity = "warning" if isinstance(error, StoreError) else "error"
        # Content, not a str: user text inside a message must never be read as markup.
        self.notify(Content(error.message(self.lang)), severity=severity, timeout=8, markup=False)

    def refresh_screens(self) -> None:
        """Ask every open screen to redraw from ``session.plan``."""
        from tui_app.screens.base import PlanScreen

        for screen in self.screen_stack:
            if isinstance(screen, PlanScreen):
                screen.refresh_plan()

    def poll(self) -> None:
        """Retry unsaved changes; pick up what someone else saved."""
        session = self.session
        if session is None:
            return
        try:
            if session.unsaved:
                session.flush()
                self.refresh_screens()
            elif session.changed_elsewhere():
                session.reload()
                self.refresh_screens()
        except UserError as exc:  # the file became unreadable meanwhile: keep what is on screen
            self.report_error(exc)
