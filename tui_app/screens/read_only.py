"""The banner of a plan opened read-only: shown in the top bar of every screen while the file
cannot be saved (a read-only file or folder), in the screen language."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Label

from tui_app.i18n import t


class ReadOnlyBanner(Label):
    """"Read-only: cannot save", shown only when the session's file cannot be saved."""

    def __init__(self) -> None:
        super().__init__(id="topbar-read-only", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)  # called now, and again on each ctrl+t

    def _relabel(self, lang: str) -> None:
        session = getattr(self.app, "session", None)
        shown = bool(session is not None and session.read_only)
        self.set_class(shown, "-shown")
        if shown:
            self.update(Content(t("app.read_only", lang)))
