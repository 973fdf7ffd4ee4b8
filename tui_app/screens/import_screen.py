"""Import (นำเข้า): a status table from CSV, TSV or .xlsx into the year on screen, with a preview.

Type the file's path and press Enter: the preview lists what will be created and changed and every
row that could not be read with the reason. Nothing is written until F2 (or ctrl+o) and a yes;
a file with a refused row is never imported. See :mod:`tui_app.importer`.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, Label, Static

from tui_app.errors import UserError
from tui_app.importer import ImportPreview, plan_import, preview_lines, read_rows
from tui_app.screens.base import PlanScreen, TopBar
from tui_app.screens.dialogs import ConfirmDialog
from tui_app.screens.fields import OrderedInput


class ImportScreen(PlanScreen):
    CSS_PATH = "import_screen.tcss"
    HELP_KEY = "import_screen.help"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("f2,ctrl+o", "import", "Import", id="import_screen.import")]

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder or Path.cwd()
        self.preview: ImportPreview | None = None

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield Label(id="import-label", markup=False)
        yield OrderedInput(value=str(self.folder) + "/", id="import-path", select_on_focus=False)
        with VerticalScroll(id="import-preview-box"):
            yield Static(id="import-preview", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_language()
        field = self.query_one("#import-path", Input)
        field.cursor_position = len(field.value)
        field.focus()

    def screen_title(self) -> str:
        return self.tui.t("import_screen.title", year=self.plan.fiscal_year)

    def refresh_language(self) -> None:
        self.query_one(TopBar).set_title(self.screen_title())
        self.query_one("#import-label", Label).update(Content(self.tui.t("import_screen.path")))
        self._show()
        super().refresh_language()

    def _show(self) -> None:
        box = self.query_one("#import-preview", Static)
        if self.preview is None:
            box.update(Content(self.tui.t("import_screen.hint")))
        else:
            box.update(Content("\n".join(preview_lines(self.preview, self.tui.lang))))

    @on(Input.Submitted, "#import-path")
    def _read(self, event: Input.Submitted) -> None:
        event.stop()
        self.preview = None
        try:
            rows = read_rows(Path(event.value.strip()).expanduser())
            self.preview = plan_import(self.plan, rows)
        except UserError as exc:
            self.tui.report_error(exc)
        self._show()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "import":
            return self.preview is not None and self.preview.can_import
        return super().check_action(action, parameters)

    def action_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.can_import:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            if self.tui.submit(preview.change):
                self.tui.say(self.tui.t("import.done", year=self.plan.fiscal_year))
                self.preview = None
                self._show()
                self.refresh_bindings()

        message = self.tui.t("import_screen.confirm", creates=len(preview.creates), changes=len(preview.changes))
        self.app.push_screen(ConfirmDialog(message, self.tui.lang), answered)
