"""Small modal dialogs: confirm a step, ask for one line of text.

Each has a footer of its own, so that while it is open the bottom line shows the dialog's keys
(in the app's language) rather than those of the screen underneath, which do not act meanwhile.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label

from tui_app.i18n import t
from tui_app.screens.base import KeysInUserLanguage, keys
from tui_app.screens.fields import OrderedInput


class ConfirmDialog(KeysInUserLanguage, ModalScreen[bool]):
    """Ask yes or no; dismisses with True only for yes. ``y``/``n``/escape work from the keyboard."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # y / n in the Thai layout too (ั / ื, marks the terminal sends as ordinary keys)
        Binding(keys("y"), "answer(True)", "Yes", id="dialog.yes"),
        Binding(keys("n", "escape"), "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, message: str, lang: str = "th") -> None:
        super().__init__()
        self.message = message
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(Content(self.message), id="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("dialog.yes", self.lang), id="yes", variant="error")
                yield Button(t("dialog.no", self.lang), id="no", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class PromptDialog(KeysInUserLanguage, ModalScreen[str | None]):
    """Ask for one line of text; dismisses with the text (enter) or None (escape)."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, value: str = "", lang: str = "th", placeholder: str = "") -> None:
        super().__init__()
        self.prompt_title = title
        self.value = value
        self.lang = lang
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(Content(self.prompt_title), id="dialog-message")
            # the cursor starts at the end of the text, nothing selected: typing adds, never replaces
            yield OrderedInput(value=self.value, placeholder=self.placeholder, id="dialog-input", select_on_focus=False)
            yield Label(Content(t("dialog.enter_escape", self.lang)), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        field = self.query_one("#dialog-input", Input)
        field.cursor_blink = False
        field.cursor_position = len(field.value)
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
