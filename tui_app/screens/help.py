"""The help screen (? or F1): the keys of the screen you are on, in your language, and a short text."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, Static

from tui_app.i18n import t
from tui_app.screens.base import KeysInUserLanguage, PlanScreen, binding_label, is_alias_key


def _class_bindings(node: object) -> list[Binding]:
    """The bindings a node's class and its bases declare, the class's own first."""
    found: list[Binding] = []
    for cls in type(node).__mro__:
        found += [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
    return found


def help_rows(screen: PlanScreen, lang: str) -> list[tuple[str, str]]:
    """``(keys, description)`` for every key the screen offers, one row per action.

    In order: the keys of the screen's widgets (:meth:`PlanScreen.help_bindings`), of the focused
    widget, of the screen, of the app. Keys that a focused text field takes for typing (``q``,
    ``?``) are listed all the same; a Thai-layout alias key is not written out. A widget's own
    keys without an id (cursor moves...) are left to the help text.
    """
    app = screen.app
    focused_chain = [a.binding for a in screen.active_bindings.values() if a.node is not screen and a.node is not app]
    bindings = [*screen.help_bindings(), *focused_chain, *_class_bindings(screen), *_class_bindings(app)]
    if app.ENABLE_COMMAND_PALETTE:
        bindings.append(Binding(app.COMMAND_PALETTE_BINDING, "command_palette", "Commands"))
    translated = {(b.key, b.action): b.description for b in (a.binding for a in screen.active_bindings.values())}
    rows: dict[str, tuple[list[str], str]] = {}
    for binding in bindings:
        action = binding.action.removeprefix("app.").removeprefix("screen.")
        if not binding.id and action not in _APP_ACTIONS:
            continue
        if action == "back" and screen.check_action("back", ()) is False:
            continue  # the first screen: there is nowhere to go back to
        description = translated.get((binding.key, binding.action)) or binding_label(binding, lang)
        for key in binding.key.split(","):
            key = key.strip()
            if is_alias_key(key):
                continue
            shown = app.get_key_display(
                Binding(key, binding.action, key_display=binding.key_display if "," not in binding.key else None)
            )
            entry = rows.setdefault(action, ([], description))
            if shown not in entry[0]:
                entry[0].append(shown)
    return [(" / ".join(keys), description) for keys, description in rows.values()]


_APP_ACTIONS = {"quit", "help", "toggle_language", "command_palette"}


class HelpScreen(KeysInUserLanguage, ModalScreen[None]):
    """Lists the keys of ``screen`` with what they do, and the screen's help text."""

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark,enter,ๆ,ฦ", "close", "Close", id="help.close")
    ]

    def __init__(self, screen: PlanScreen) -> None:
        super().__init__()
        self.for_screen = screen
        self.lang: str = getattr(screen.app, "lang", "th")
        self.rows = help_rows(screen, self.lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        heading = t("help.heading", lang, screen=self.for_screen.screen_title())
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for shown, description in self.rows:
            table.add_row(Text(shown), Text(description))
        with Vertical(id="help-box", classes="dialog"):
            yield Label(Content(heading), id="help-heading")
            with VerticalScroll(id="help-body"):
                yield Static(table, id="help-keys")
                text = t(self.for_screen.HELP_KEY, lang) if self.for_screen.HELP_KEY else ""
                if text:
                    yield Static(Content(text), id="help-text")
                yield Static(Content(t("help.general", lang)), id="help-general")
            yield Label(Content(t("help.close", lang)), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()  # so that the arrows and page keys scroll it

    def action_close(self) -> None:
        self.dismiss(None)
