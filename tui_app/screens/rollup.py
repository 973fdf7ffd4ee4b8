"""The read-only roll-up view (``tui-app --rollup DIR``): every organization's figures side by side.

A small app of its own: it opens no data file for writing and has nothing to save. The table
lists the organizations by implementation percent (highest first) with the flag in its colour
and as a word, then the total; the files that could not be read are listed under it with the
reason. ``r`` reads the files again, ``ctrl+t`` switches the language, ``q`` quits.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Static

from tui_app.flags import FLAG_STYLE
from tui_app.i18n import LANGUAGES, t
from tui_app.model import Status
from tui_app.money import format_money
from tui_app.rollup import Rollup, reason, rollup
from tui_app.screens.base import keys
from tui_app.summary import Summary


class RollupApp(App):
    """The roll-up of the files in ``paths`` (files or folders), read-only."""

    TITLE = "tui-app"
    ENABLE_COMMAND_PALETTE = False

    lang: reactive[str] = reactive("th")

    def __init__(self, paths: list[Path], *, year: int | None = None, lang: str = "th") -> None:
        super().__init__()
        self.paths = paths
        self.year = year
        self.set_reactive(RollupApp.lang, lang)

    def on_mount(self) -> None:
        self.push_screen(RollupScreen())

    def watch_lang(self) -> None:
        if isinstance(self.screen, RollupScreen):
            self.screen.draw()
            self.screen.refresh_bindings()


class RollupScreen(Screen):
    """The table of organizations, the total, and the files that could not be read."""

    CSS_PATH = "rollup.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("r") + ",f5", "reload", "Read again", id="rollup.reload"),
        Binding("ctrl+t", "toggle_language", "Language", id="language"),
        Binding("q,ๆ", "app.quit", "Quit", id="quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.result: Rollup | None = None

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Label(id="rollup-title", markup=False)
        yield DataTable(id="rollup-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="rollup-damaged", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.action_reload()
        self.query_one(DataTable).focus()

    @property
    def active_bindings(self):
        from dataclasses import replace

        from tui_app.screens.base import binding_label

        return {
            key: active._replace(binding=replace(active.binding, description=binding_label(active.binding, self.lang)))
            for key, active in super().active_bindings.items()
        }

    def action_toggle_language(self) -> None:
        self.app.lang = LANGUAGES[(LANGUAGES.index(self.lang) + 1) % len(LANGUAGES)]  # type: ignore[attr-defined]

    def action_reload(self) -> None:
        app: RollupApp = self.app  # type: ignore[assignment]
        self.result = rollup(app.paths, app.year)
        self.draw()

    # --- drawing ----------------------------------------------------------------------------------

    def draw(self) -> None:
        r = self.result
        if r is None:
            return
        lang = self.lang
        folder = ", ".join(str(p) for p in self.app.paths)  # type: ignore[attr-defined]
        self.query_one("#rollup-title", Label).update(
            Content(t("rollup.title", lang, count=len(r.rows), folder=folder))
        )
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for key in ("rollup.col.org", "rollup.col.year", "rollup.col.measures", "rollup.col.waiting",
                    "rollup.col.in_progress", "rollup.col.completed", "rollup.col.cannot", "rollup.col.percent",
                    "rollup.col.budget", "rollup.col.disbursed"):
            table.add_column(t(key, lang), key=key)
        for row in r.rows:
            table.add_row(*self._cells(Text(row.organization), f"{row.fiscal_year} · {row.round_months}", row.summary))
        table.add_row(*self._cells(Text(t("rollup.total", lang, count=len(r.rows)), style="bold"), "", r.total))
        damaged = self.query_one("#rollup-damaged", Static)
        if r.damaged:
            lines = [t("rollup.damaged", lang, count=len(r.damaged))]
            lines += [f"- {reason(row, lang)}" for row in r.damaged]
            damaged.update(Content("\n".join(lines)))
            damaged.add_class("-shown")
        else:
            damaged.update(Content(t("rollup.all_read", lang)))
            damaged.remove_class("-shown")

    def _cells(self, name: Text, year: str, s: Summary | None) -> list:
        assert s is not None
        percent = Text(f"{s.implementation_percent:.2f} ")
        if s.flag is not None:
            percent.append(f"({t('flag.' + s.flag.value, self.lang)})", style=FLAG_STYLE[s.flag])
        return [
            name, year, str(s.total), *(str(s.counts[status]) for status in Status), percent,
            Text(format_money(s.budget), justify="right"), Text(format_money(s.disbursed), justify="right"),
        ]
