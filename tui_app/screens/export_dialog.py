"""The export dialog (ส่งออกตารางสถานะ): choose a format and options, see a preview, write or copy.

A full screen rather than a modal box, so that the options, the file name and a useful preview
all fit at 80×24 and the footer, help (?), ctrl+p and q work as on every other screen. Opened
from the status table (``x``) or the command palette, through ``app.action_export``.

- The formats offered are those of :data:`~tui_app.export.EXPORT_FORMATS`, in its order and
  with its labels; a format's entry also says which options apply to it and whether it is
  binary.
- The options are widgets (selects, a number field, check boxes) read into an
  :class:`~tui_app.export.ExportOptions`; the options that do not apply to the chosen format are
  disabled rather than hidden, so nothing moves when the format changes. ``f`` / ``s`` / ``d``
  step through format, style and dimension without leaving the keyboard's home row.
- The preview is :func:`~tui_app.export.render_export` of those options, drawn as plain text
  (never markup) by a small line view with its control characters made visible; it is rendered
  again only when the options (or the plan) change. A binary format (.xlsx) has no preview: a
  short description of the file takes its place.
- The file name starts as :func:`~tui_app.export.default_filename` in the export folder (given
  by the app: ``$TUI_APP_EXPORT_DIR``, the settings file, else the current folder) and follows
  the format until the user edits it; a name without a folder is in the export folder.
  ``w`` / F2 / enter in the name writes with :func:`~tui_app.store.write_export`; an existing
  file is replaced only after a yes in a :class:`~tui_app.screens.dialogs.ConfirmDialog`; the
  message names the file written by its absolute path.
- ``c`` / F3 sends the text to the terminal's clipboard with ``App.copy_to_clipboard`` (OSC 52),
  and says that some terminals ignore it; for a binary format it says to write the file instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Button, Checkbox, Footer, Input, Label, Select, Static
from textual.widgets._select import SelectCurrent  # the box showing the chosen option (not exported)

from tui_app.errors import UserError
from tui_app.export import (
    DEFAULT_WIDTH,
    EXPORT_FORMATS,
    FORMATS,
    STYLES,
    ExportError,
    ExportExistsError,
    ExportFormat,
    ExportOptions,
    check_options,
    default_filename,
    encoding_of,
    export_format,
    render,
    render_export,
)
from tui_app.model import Plan, Status, mark_controls
from tui_app.report import select_measures
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.screens.dialogs import ConfirmDialog
from tui_app.screens.fields import OrderedInput
from tui_app.screens.toggles import OnOffCheckbox
from tui_app.store import write_export

#: a tab in the preview (the TSV separator) is drawn as this, dimmed
TAB_MARK = " → "
#: a control character other than a tab or a line end is drawn as this
CONTROL_MARK = "\ufffd"
#: the widget of each option that applies to some formats only (:attr:`ExportFormat.options`)
OPTION_WIDGETS = {
    "style": "#export-style",
    "width": "#export-width",
    "include_summary": "#export-summary",
    "thai_digits": "#export-thai-digits",
    "bom": "#export-bom",
}


def preview_lines(text: str) -> list[str]:
    """``text`` as lines for the screen: no control character left (tabs stay, to be marked).

    CR LF and lone CR end a line; every other control character (ESC included) becomes
    :data:`CONTROL_MARK`, so that nothing in the data can drive the terminal.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [mark_controls(line, CONTROL_MARK, keep="\t") for line in lines]


def plain(text: str) -> str:
    """``text`` (a path the user typed, say) without control characters, for a message."""
    return mark_controls(text, CONTROL_MARK)


class PreviewView(ScrollView, can_focus=True):
    """Read-only lines of plain text that scroll both ways; only the visible lines are drawn.

    The lines are never read as markup; a tab is drawn as a dim :data:`TAB_MARK`.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[str] = []
        self._strips: dict[int, Strip] = {}

    def show(self, lines: list[str]) -> None:
        """Show ``lines`` (from :func:`preview_lines`) from the top."""
        self.lines = lines
        self._strips.clear()
        width = max((cell_len(line.replace("\t", TAB_MARK)) for line in lines), default=0)
        self.virtual_size = Size(width, len(lines))
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    @property
    def text(self) -> str:
        """What is shown, one line per line (tabs as tabs)."""
        return "\n".join(self.lines)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _strip(self, y: int) -> Strip:
        strip = self._strips.get(y)
        if strip is None:
            base = self.rich_style
            mark = base + Style(dim=True)
            segments: list[Segment] = []
            for n, part in enumerate(self.lines[y].split("\t")):
                if n:
                    segments.append(Segment(TAB_MARK, mark))
                if part:
                    segments.append(Segment(part, base))
            strip = self._strips[y] = Strip(segments)
        return strip

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        if index >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        return self._strip(index).crop_extend(scroll_x, scroll_x + width, self.rich_style)


class ExportScreen(PlanScreen):
    """Export the status table: options, a live preview, write a file or copy to the clipboard."""

    CSS_PATH = "export_dialog.tcss"
    HELP_KEY = "export_dialog.help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("w") + ",f2,ctrl+o", "write", "Write file", id="export_dialog.write"),
        Binding(keys("c") + ",f3", "copy", "Copy", id="export_dialog.copy"),
        Binding(keys("f"), "next_format", "Format", id="export_dialog.format"),
        Binding(keys("s"), "next_style", "Style", id="export_dialog.style", show=False),
        Binding(keys("d"), "next_dimension", "Dimension", id="export_dialog.dimension"),
        Binding(keys("p"), "focus_path", "File name", id="export_dialog.path", show=False),
    ]

    def __init__(self, folder: Path | str | None = None) -> None:
        super().__init__()
        #: where a file name without a folder goes (the current folder when the screen opens)
        self.folder = Path(folder) if folder is not None else Path.cwd()
        #: the file name this screen last put in the field; the user's own edit stops the updates
        self._auto_path = ""
        self._path_edited = False
        #: what the preview shows now: (plan, options), to render again only on a change
        self._shown: tuple[Plan, ExportOptions] | None = None
        self._problem: UserError | None = None
        self._export_bytes = 0  # bytes of the file the shown options make
        self._export_count = 0  # measures in it
        #: the values of the dimension select (0: every dimension)
        self._dimension_values: list[int] = []
        #: labels said again when the language changes: (widget, catalogue key)
        self._labels: list[tuple[Label, str]] = []

    # --- labels -------------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        return self.tui.t(key, **params)

    def _label(self, key: str, classes: str = "export-label") -> Label:
        label = Label(Content(self.t(key)), classes=classes)
        self._labels.append((label, key))
        return label

    def _format_options(self) -> list[tuple[Content, str]]:
        return [(Content(self.t(f.label_key)), f.name) for f in EXPORT_FORMATS.values()]

    def _style_options(self) -> list[tuple[Content, str]]:
        """Each table style with a one-line description (the list shows it; the box, the name)."""
        width = max(len(name) for name in STYLES)
        return [(Content(f"{name:<{width}}  {self.t(f'export.style.{name}')}"), name) for name in STYLES]

    def _show_style_name(self) -> None:
        """The style box shows only the chosen style's name: the description is for choosing."""
        select = self._select("style")
        select.query_one(SelectCurrent).update(Content(str(select.value)))

    def _dimension_numbers(self) -> list[int]:
        plan = self.plan
        return sorted({d.number for d in plan.dimensions} | {m.dimension for m in plan.measures})

    def _dimension_options(self) -> list[tuple[Content, int]]:
        """Select values: 0 for every dimension, else the dimension's number."""
        self._dimension_values = [0, *self._dimension_numbers()]
        return [(Content(self.t("export_dialog.all_dimensions")), 0)] + [
            (Content(self.t("export_dialog.dimension_number", number=n)), n) for n in self._dimension_numbers()
        ]

    # --- building -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TopBar()
        with Vertical(id="export-options"):
            with Horizontal(classes="export-row"):
                yield self._label("export_dialog.format")
                yield Select(self._format_options(), value="text", allow_blank=False, compact=True, id="export-format")
                yield self._label("export_dialog.style", "export-label export-gap")
                yield Select(
                    self._style_options(),
                    value="grid",
                    allow_blank=False,
                    compact=True,
                    id="export-style",
                )
                yield self._label("export_dialog.width", "export-label export-gap")
                yield OrderedInput(
                    str(DEFAULT_WIDTH),
                    type="integer",
                    max_length=4,
                    compact=True,
                    select_on_focus=True,
                    id="export-width",
                )
            with Horizontal(classes="export-row"):
                yield self._label("export_dialog.dimension")
                yield Select(self._dimension_options(), value=0, allow_blank=False, compact=True, id="export-dimension")
                yield OnOffCheckbox(
                    Content(self.t("export_dialog.thai_digits")), False, compact=True, id="export-thai-digits"
                )
                yield OnOffCheckbox(Content(self.t("export_dialog.summary")), True, compact=True, id="export-summary")
                yield OnOffCheckbox(Content(self.t("export_dialog.bom")), True, compact=True, id="export-bom")
            with Horizontal(classes="export-row"):
                yield self._label("export_dialog.statuses")
                for status in Status:
                    yield OnOffCheckbox(
                        Content(self.t(f"status.short.{status.value}")),
                        True,
                        compact=True,
                        id=f"export-status-{status.value}",
                        classes="export-status",
                    )
            with Horizontal(classes="export-row", id="export-path-row"):
                yield self._label("export_dialog.path")
                yield OrderedInput(compact=True, select_on_focus=False, id="export-path")
                yield Button(Content(self.t("export_dialog.write_button")), compact=True, id="export-write")
                yield Button(Content(self.t("export_dialog.copy_button")), compact=True, id="export-copy")
        yield Static(id="export-info", markup=False)
        yield PreviewView(id="export-preview")
        yield Static(id="export-about", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._show_style_name()
        self._show_heading()
        self._set_default_path()
        self._update()
        self.query_one("#export-format", Select).focus()

    def screen_title(self) -> str:
        plan = self.plan
        parts = [
            self.t("export_dialog.title"),
            plan.organization,
            self.t("status_table.heading_year", year=plan.fiscal_year, months=plan.round_months),
        ]
        return " · ".join(p for p in parts if p)

    def _show_heading(self) -> None:
        self.title = self.screen_title()
        self.query_one(TopBar).set_title(self.title)

    # --- the options --------------------------------------------------------------------------

    def _select(self, name: str) -> Select:
        return self.query_one(f"#export-{name}", Select)

    def _checked(self, name: str) -> bool:
        return self.query_one(f"#export-{name}", Checkbox).value

    @property
    def format(self) -> str:
        return str(self._select("format").value)

    @property
    def export_format(self) -> ExportFormat:
        return EXPORT_FORMATS[self.format]

    def options(self) -> ExportOptions:
        """The options the widgets show; :class:`ExportError` for a width that is not a number."""
        text = self.query_one("#export-width", Input).value.strip()
        try:
            width = int(text)
        except ValueError:
            raise ExportError("export_dialog.width_not_number") from None
        dimension = int(self._select("dimension").value)  # type: ignore[arg-type]
        return ExportOptions(
            format=self.format,
            style=str(self._select("style").value),
            width=width,
            dimension=dimension or None,
            statuses=frozenset(s for s in Status if self._checked(f"status-{s.value}")),
            # a format that does not take the choice decides itself (docx: Thai digits, as official documents)
            thai_digits=self._checked("thai-digits") if "thai_digits" in self.export_format.options else None,
            include_summary=self._checked("summary"),
            bom=self._checked("bom"),
        )

    def _checked_options(self) -> ExportOptions:
        """:meth:`options`, checked against the plan (raises :class:`ExportError`)."""
        options = self.options()
        check_options(self.plan, options)
        return options

    def _enable_for_format(self) -> None:
        """Disable what the chosen format does not use (nothing moves on the screen)."""
        fmt = self.export_format
        for option, selector in OPTION_WIDGETS.items():
            self.query_one(selector).disabled = option not in fmt.options
        self.query_one("#export-copy", Button).disabled = not fmt.has_preview
        focused = self.focused
        if focused is not None and focused.disabled:  # f pressed on an option the format drops
            self._select("format").focus()
        self.refresh_bindings()

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _option_changed(self, event: Select.Changed | Checkbox.Changed) -> None:
        if event.control.id == "export-format":
            self._set_default_path()
        if event.control.id == "export-style":
            self._show_style_name()
        self._update()

    @on(Input.Changed, "#export-width")
    def _width_changed(self) -> None:
        self._update()

    def _update(self) -> None:
        """Show the options' preview; render again only if the options or the plan changed."""
        if not self.can_draw:
            return
        self._enable_for_format()
        plan = self.plan
        try:
            options = self._checked_options()
        except ExportError as exc:
            self._problem = exc
            self._shown = None
            self.query_one("#export-width", Input).set_class("width" in exc.key, "-invalid")
            self._show_preview(None)
            self._show_info()
            return
        self.query_one("#export-width", Input).remove_class("-invalid")
        self._problem = None
        if self._shown is not None and self._shown[1] == options and self._shown[0] == plan:
            return
        self._shown = (plan, options)
        self._export_count = len(select_measures(plan, options.dimension, options.filtered_statuses))
        fmt = export_format(options)
        if fmt.has_preview:
            text = render_export(plan, options)
            self._export_bytes = len(text.encode(encoding_of(options)))
            self._show_preview(preview_lines(text))
        else:
            self._show_preview(None, about=fmt.about_key)
        self._show_info()

    def _show_preview(self, lines: list[str] | None, about: str | None = None) -> None:
        """Show ``lines`` in the preview, or the description ``about`` (a catalogue key) in its place."""
        preview = self.query_one(PreviewView)
        preview.show(lines or [])
        described = self.query_one("#export-about", Static)
        preview.display = about is None
        described.display = about is not None
        described.update(Content(self.t(about)) if about else "")

    def _show_info(self) -> None:
        info = self.query_one("#export-info", Static)
        info.set_class(self._problem is not None, "-problem")
        if self._problem is not None:
            info.update(Content(self.t("export_dialog.problem", message=self._problem.message(self.tui.lang))))
            return
        fmt = export_format(self._shown[1]) if self._shown is not None else self.export_format
        if not fmt.has_preview:
            info.update(Content(self.t("export_dialog.info_binary", count=self._export_count, format=fmt.extension)))
            return
        text = self.t(
            "export_dialog.info",
            count=self._export_count,
            lines=len(self.query_one(PreviewView).lines),
            size=f"{self._export_bytes:,}",
        )
        if self._shown is not None and self._shown[1].format == "tsv":
            text += " · " + self.t("export_dialog.info_tabs")
        info.update(Content(text))

    # --- keys that step through an option -------------------------------------------------------

    def _step(self, name: str, values: list) -> None:
        select = self._select(name)
        if select.disabled:
            return
        index = values.index(select.value) if select.value in values else -1
        select.value = values[(index + 1) % len(values)]

    def action_next_format(self) -> None:
        self._step("format", list(FORMATS))

    def action_next_style(self) -> None:
        self._step("style", list(STYLES))

    def action_next_dimension(self) -> None:
        self._step("dimension", [0, *self._dimension_numbers()])

    def action_focus_path(self) -> None:
        self.query_one("#export-path", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_style" and self.is_mounted and self.children:
            return self.export_format.has_styles or None  # shown dimmed when the format has no style
        return super().check_action(action, parameters)

    # --- the file name ------------------------------------------------------------------------

    def rendered(self, options: ExportOptions) -> bytes:
        """The file's bytes (a subclass exporting something else than the plan now overrides this)."""
        return render(self.plan, options)

    def default_name(self, fmt: str) -> str:
        return default_filename(self.plan, ExportOptions(format=fmt))

    def _set_default_path(self) -> None:
        """Put the default name for the format in the field, unless the user typed their own."""
        if self._path_edited:
            return
        field = self.query_one("#export-path", Input)
        name = self.default_name(self.format)
        self._auto_path = str(self.folder / name)
        field.value = self._auto_path
        field.cursor_position = len(field.value)  # the end (the file's name) is the part in view

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        self._path_edited = event.value != self._auto_path
        event.input.remove_class("-invalid")

    @on(Input.Submitted, "#export-path")
    def _path_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_write()

    def target_path(self) -> Path | None:
        """The path in the field, made absolute (a bare name is in :attr:`folder`)."""
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self.folder / path

    # --- writing and copying ------------------------------------------------------------------

    @on(Button.Pressed, "#export-write")
    def _write_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_write()

    @on(Button.Pressed, "#export-copy")
    def _copy_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_copy()

    def _options_or_say(self) -> ExportOptions | None:
        try:
            return self._checked_options()
        except ExportError as exc:
            self.tui.report_error(exc)
            return None

    def action_write(self) -> None:
        """Write the export to the path in the field; ask before replacing a file."""
        options = self._options_or_say()
        if options is None:
            return
        path = self.target_path()
        if path is None:
            self.query_one("#export-path", Input).add_class("-invalid")
            self.tui.say(self.t("export_dialog.no_path"), severity="error")
            return
        data = self.rendered(options)
        try:
            written = write_export(path, data, overwrite=False)
        except ExportExistsError:
            self._ask_overwrite(path, data)
            return
        except ExportError as exc:
            self._failed(exc)
            return
        self._written(written, data)

    def _ask_overwrite(self, path: Path, data: bytes) -> None:
        shown = plain(os.path.abspath(path))

        def answered(replace: bool | None) -> None:
            if not replace:
                self.tui.say(self.t("export_dialog.kept", path=shown))
                return
            try:
                written = write_export(path, data, overwrite=True)
            except ExportError as exc:
                self._failed(exc)
                return
            self._written(written, data)

        self.app.push_screen(
            ConfirmDialog(self.t("export_dialog.confirm_overwrite", path=shown), self.tui.lang), answered
        )

    def _failed(self, error: ExportError) -> None:
        self.query_one("#export-path", Input).add_class("-invalid")
        params = {k: plain(v) if isinstance(v, str) else v for k, v in error.params.items()}
        self.tui.say(type(error)(error.key, **params).message(self.tui.lang), severity="error", timeout=10)

    def _written(self, path: Path, data: bytes) -> None:
        self.query_one("#export-path", Input).remove_class("-invalid")
        shown = plain(os.path.abspath(path))
        self.tui.say(self.t("export_dialog.written", size=f"{len(data):,}", path=shown), timeout=10)

    def action_copy(self) -> None:
        """Send the export's text to the terminal's clipboard (OSC 52) and say what that means."""
        options = self._options_or_say()
        if options is None:
            return
        fmt = export_format(options)
        if not fmt.has_preview:
            self.tui.say(self.t("export_dialog.copy_binary", format=fmt.extension), severity="warning", timeout=8)
            return
        text = render_export(self.plan, options)
        self.app.copy_to_clipboard(text)
        lines = len(preview_lines(text))
        self.tui.say(self.t("export_dialog.copied", lines=f"{lines:,}"), timeout=12)

    # --- the plan or the language changed -----------------------------------------------------

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """Someone saved: keep the options, follow the dimensions, render again if the plan changed."""
        if not self.can_draw:
            return
        self._show_heading()
        select = self._select("dimension")
        shown = self._dimension_values
        options = self._dimension_options()
        if [value for _, value in options] != shown:  # a dimension added or removed by someone
            self._relabel_select(select, options)  # the chosen one gone: every dimension again
        self._update()

    @staticmethod
    def _relabel_select(select: Select, options: list) -> None:
        """New words for a select's options, the same one chosen, no Changed message.

        ``set_options`` picks the first option, and a select redraws its shown prompt only
        when its value changes: step onto another option and back so that it redraws.
        """
        chosen = select.value
        values = [value for _, value in options]
        with select.prevent(Select.Changed):
            select.set_options(options)
            if chosen in values:
                other = next((v for v in values if v != chosen), None)
                if other is not None:
                    select.value = other
                select.value = chosen

    def refresh_language(self) -> None:
        if self.can_draw:
            for label, key in self._labels:
                label.update(Content(self.t(key)))
            for name, options in (
                ("format", self._format_options()),
                ("style", self._style_options()),
                ("dimension", self._dimension_options()),
            ):
                self._relabel_select(self._select(name), options)
            self._show_style_name()
            self.query_one("#export-thai-digits", Checkbox).label = Content(self.t("export_dialog.thai_digits"))
            self.query_one("#export-summary", Checkbox).label = Content(self.t("export_dialog.summary"))
            self.query_one("#export-bom", Checkbox).label = Content(self.t("export_dialog.bom"))
            for status in Status:
                box = self.query_one(f"#export-status-{status.value}", Checkbox)
                box.label = Content(self.t(f"status.short.{status.value}"))
            for button_id, key in (
                ("export-write", "export_dialog.write_button"),
                ("export-copy", "export_dialog.copy_button"),
            ):
                button = self.query_one(f"#{button_id}", Button)
                button.label = Content(self.t(key))
                button.refresh(layout=True)  # a button's width follows its label only on a new layout
            fmt = self.export_format
            if not fmt.has_preview and self._problem is None:
                self._show_preview(None, about=fmt.about_key)
            self._show_info()
        super().refresh_language()
