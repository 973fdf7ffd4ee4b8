"""Plan details (รายละเอียดแผน): the report's header fields and the plan's structure.

The left part (the top part in a narrow terminal) is a form: organization, plan title, plan
period, fiscal year (read only), round, the flag thresholds of the 6- and 12-month rounds
(:mod:`tui_app.flags`), as-of date, reporter, position, the covering memo's office details
(department, document-number prefix, addressee), introduction, problems, suggestions.
Each field saves on its own, through :class:`~tui_app.changes.SetPlanField`, when the user leaves
it (tab, enter, a click elsewhere) or presses F2 / ctrl+o. Every save carries the value the
editor started from (``expected``), so a field someone else changed meanwhile gives a conflict
message instead of a silent overwrite; the user's text stays on screen, a note above the footer
shows the other person's value, and F2 then saves the user's text over that value on purpose
(refused again if it changed once more); ctrl+r takes the stored value instead.

The right part is the structure: the dimensions and their measures in a tree, with keys to add,
rename, move and remove them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, RadioButton, RadioSet, Select, Static, TextArea, Tree
from textual.widgets.tree import TreeNode

from tui_app.changes import (
    AddDimension,
    AddMeasure,
    RemoveDimension,
    RemoveMeasure,
    RenameDimension,
    SetMeasureField,
    SetPlanField,
    parse_positive_int,
)
from tui_app.errors import ConflictError, UserError, ValidationError
from tui_app.flags import THRESHOLD_FIELDS
from tui_app.i18n import t as catalogue
from tui_app.model import Kind, Measure, Plan
from tui_app.screens.base import KeysInUserLanguage, PlanScreen, TopBar, keys
from tui_app.screens.conflict import ConflictNote
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.fields import OrderedInput, OrderedTextArea, field_text, set_field_text
from tui_app.thai import shown_date, slash_date


@dataclass(frozen=True)
class FormField:
    name: str  # the Plan attribute, also the SetPlanField name
    multiline: bool = False


#: the form, top to bottom (the fiscal year, read only, is shown after ``plan_period``)
FORM_FIELDS: tuple[FormField, ...] = (
    FormField("organization"),
    FormField("plan_title"),
    FormField("plan_period"),
    FormField("round_months"),
    *(FormField(name) for name in THRESHOLD_FIELDS),
    FormField("as_of"),
    FormField("reporter"),
    FormField("position"),
    FormField("department"),
    FormField("doc_number_prefix"),
    FormField("addressee"),
    FormField("introduction", multiline=True),
    FormField("problems", multiline=True),
    FormField("suggestions", multiline=True),
)
_BY_NAME = {f.name: f for f in FORM_FIELDS}


def edit_text(name: str, value: Any) -> str:
    """How a stored value reads in its editor (the as-of date as DD/MM/YYYY, Buddhist Era)."""
    if name == "as_of":
        return slash_date(value) if isinstance(value, date) else ""
    if value is None:
        return ""
    return str(value)


def kind_from_title(title: str) -> Kind | None:
    """The kind a title names by its first word (โครงการ… / มาตรการ… / กิจกรรม…), if any."""
    text = title.strip()
    for kind, prefix in ((Kind.PROJECT, "โครงการ"), (Kind.MEASURE, "มาตรการ"), (Kind.ACTIVITY, "กิจกรรม")):
        if text.startswith(prefix):
            return kind
    return None


# --- the add-a-measure dialog -----------------------------------------------------------------


class AddMeasureDialog(KeysInUserLanguage, ModalScreen[tuple[str, int, Kind] | None]):
    """Ask for a new measure's title, dimension and kind; dismisses with them or None."""

    DEFAULT_CSS = """
    AddMeasureDialog { align: center middle; }
    AddMeasureDialog #dialog {
        width: 90%; max-width: 90; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    AddMeasureDialog .add-label { margin-top: 1; color: $text-muted; }
    AddMeasureDialog RadioSet { width: 100%; layout: horizontal; height: auto; }
    AddMeasureDialog Select { width: 100%; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="add_measure.cancel"),
        Binding("f2,ctrl+o", "accept", "Add", id="add_measure.accept"),
    ]

    def __init__(self, plan: Plan, dimension: int, lang: str = "th") -> None:
        super().__init__()
        self.plan = plan
        self.dimension = dimension
        self.lang = lang
        self._kind_touched = False

    def t(self, key: str, **params: object) -> str:
        return catalogue(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(Content(self.t("plan_details.add_measure.heading")), id="dialog-message")
            yield Label(Content(self.t("plan_details.add_measure.name")), classes="add-label")
            yield OrderedInput(id="add-title", compact=True, select_on_focus=False)
            yield Label(Content(self.t("plan_details.add_measure.dimension")), classes="add-label")
            yield Select(
                [
                    (Text(self.t("plan_details.dimension_node", number=d.number, title=d.title)), d.number)
                    for d in self.plan.dimensions
                ],
                value=self.dimension,
                allow_blank=False,
                compact=True,
                id="add-dimension",
            )
            yield Label(Content(self.t("plan_details.add_measure.kind")), classes="add-label")
            with RadioSet(id="add-kind"):
                for kind in Kind:
                    label = Content(self.t(f"kind.{kind.value}"))
                    yield RadioButton(label, value=kind is Kind.PROJECT, name=kind.value)
            yield Label(Content(self.t("plan_details.add_measure.hint")), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#add-title", Input).focus()

    def _set_kind(self, kind: Kind) -> None:
        for button in self.query(RadioButton):
            if button.name == kind.value:
                button.value = True

    def chosen_kind(self) -> Kind:
        pressed = self.query_one("#add-kind", RadioSet).pressed_button
        return Kind(pressed.name) if pressed is not None and pressed.name else Kind.PROJECT

    @on(Input.Changed, "#add-title")
    def _guess_kind(self, event: Input.Changed) -> None:
        kind = kind_from_title(event.value)
        if kind is not None and not self._kind_touched:
            self._set_kind(kind)

    @on(RadioSet.Changed)
    def _kind_changed(self, event: RadioSet.Changed) -> None:
        if self.query_one("#add-kind", RadioSet).has_focus_within:
            self._kind_touched = True

    @on(Input.Submitted, "#add-title")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_accept()

    def action_accept(self) -> None:
        dimension = self.query_one("#add-dimension", Select).value
        title = self.query_one("#add-title", Input).value
        self.dismiss((title, int(dimension), self.chosen_kind()))  # type: ignore[arg-type]

    def action_cancel(self) -> None:
        self.dismiss(None)


# --- the structure tree -----------------------------------------------------------------------

NodeData = tuple[str, Any]  # ("dimension", number) or ("measure", uid)


class StructureTree(Tree[NodeData]):
    """The dimensions and their measures; the keys that change the structure live here."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("a"), "screen.add_measure", "Add item", id="plan_details.add_measure"),
        Binding(keys("n"), "screen.add_dimension", "New dimension", id="plan_details.add_dimension"),
        Binding(keys("r"), "screen.rename", "Rename", id="plan_details.rename"),
        Binding(keys("m"), "screen.move", "Move", id="plan_details.move"),
        Binding(keys("d", "delete"), "screen.remove", "Remove", id="plan_details.remove"),
        # shown in the help screen; the footer keeps its room for the keys above
        Binding("enter", "select_cursor", "Open", id="plan_details.open", show=False),
    ]


# --- the screen -------------------------------------------------------------------------------


class PlanDetailsScreen(PlanScreen):
    """The report's header fields (saved one by one) and the plan's dimensions and measures."""

    CSS_PATH = "plan_details.tcss"
    HELP_KEY = "plan_details.help"
    # declared so by Screen (an instance variable there)
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2,ctrl+o", "save", "Save", id="plan_details.save"),
        Binding("ctrl+r", "revert", "Undo edit", id="plan_details.revert"),
    ]

    def __init__(self) -> None:
        super().__init__()
        #: the stored value each editor started from (sent as ``expected``)
        self._started: dict[str, Any] = {}
        #: fields whose save met someone else's change: leaving them no longer saves; F2 does
        self._conflicts: set[str] = set()
        #: for each of those: the other person's value, as the conflict note shows it
        self._theirs: dict[str, Any] = {}
        self._leave_armed = False
        #: labels said again when the language changes: (label, function giving its words)
        self._labels: list[tuple[Label, Any]] = []

    # --- labels -------------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        return self.tui.t(key, **params)

    def _field_label(self, name: str) -> str:
        text = self.t("field." + name)
        return text[:1].upper() + text[1:]

    # --- building -----------------------------------------------------------------------------

    def _label(self, make, classes: str = "form-label", **kwargs) -> Label:
        """A label whose words come from ``make()``; it is said again when the language changes."""
        label = Label(Content(make()), classes=classes, **kwargs)
        self._labels.append((label, make))
        return label

    def compose(self) -> ComposeResult:
        yield TopBar()
        with Container(id="plan-body"):
            with VerticalScroll(id="plan-form", can_focus=False):
                for spec in FORM_FIELDS:
                    label = partial(self._field_label, spec.name)
                    if spec.multiline:
                        yield self._label(label, "form-label form-label-block")
                        yield OrderedTextArea(
                            id=f"field-{spec.name}", classes="form-text", soft_wrap=True, compact=True
                        )
                        continue
                    with Horizontal(classes="form-row"):
                        yield self._label(label)
                        placeholder = self.t("plan_details.as_of_placeholder") if spec.name == "as_of" else ""
                        yield OrderedInput(
                            id=f"field-{spec.name}",
                            classes="form-input",
                            compact=True,
                            placeholder=placeholder,
                            select_on_focus=False,
                        )
                    if spec.name == "as_of":
                        with Horizontal(classes="form-row"):
                            yield Label("", classes="form-label")
                            yield Static(id="as-of-shown", classes="form-note", markup=False)
                    if spec.name == "plan_period":
                        with Horizontal(classes="form-row"):
                            yield self._label(lambda: self.t("plan_details.fiscal_year"))
                            yield Static(id="fiscal-year", classes="form-value", markup=False)
            with Vertical(id="plan-structure"):
                yield self._label(lambda: self.t("plan_details.structure"), "", id="structure-heading")
                yield StructureTree(Text(""), id="structure")
        yield ConflictNote(id="conflict-note")
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one(StructureTree)
        tree.show_root = False
        tree.guide_depth = 2
        plan = self.plan
        for spec in FORM_FIELDS:
            value = getattr(plan, spec.name)
            self._started[spec.name] = value
            self._set_text(spec.name, edit_text(spec.name, value))
        self._show_plain(plan)
        self._fill_tree(plan)
        # The focus starts where the screen's single-letter keys act (a, n, r, m, d): in a field
        # they would type into it, and leaving would save them. Tab or a click enters the form.
        tree = self.query_one(StructureTree)
        tree.focus()
        # in a narrow terminal the tree is below the form: bring it into view once laid out
        self.call_after_refresh(tree.scroll_visible, animate=False)

    def screen_title(self) -> str:
        plan = self.plan
        return self.t("plan_details.heading", organization=plan.organization, year=plan.fiscal_year)

    def refresh_language(self) -> None:
        for label, make in self._labels:
            label.update(Content(make()))
        self._show_conflict()
        self.editor("as_of").placeholder = self.t("plan_details.as_of_placeholder")
        super().refresh_language()

    def commit_edits(self) -> None:
        """Save every field the user changed (the app calls this before it quits)."""
        if self.is_mounted:
            for spec in FORM_FIELDS:
                self.save_field(spec.name)

    def unsaved_field(self) -> Widget | None:
        if not self.is_mounted:
            return None
        return next((self.editor(spec.name) for spec in FORM_FIELDS if self.is_dirty(spec.name)), None)

    def _show_plain(self, plan: Plan) -> None:
        self.title = self.screen_title()
        self.query_one(TopBar).set_title(self.title)
        self.query_one("#fiscal-year", Static).update(Content(str(plan.fiscal_year)))
        shown = shown_date(plan.as_of, self.tui.lang) if plan.as_of else self.t("plan_details.as_of_none")
        self.query_one("#as-of-shown", Static).update(Content(shown))

    # --- the editors --------------------------------------------------------------------------

    def editor(self, name: str) -> Input | TextArea:
        return self.query_one(f"#field-{name}")  # type: ignore[return-value]

    def _text(self, name: str) -> str:
        return field_text(self.editor(name))

    def _set_text(self, name: str, text: str) -> None:
        set_field_text(self.editor(name), text)

    def is_dirty(self, name: str) -> bool:
        """The editor holds text that differs from the value it started from."""
        return self._text(name) != edit_text(name, self._started[name])

    def _field_of(self, widget: Widget | None) -> str | None:
        if widget is not None and widget.id and widget.id.startswith("field-"):
            name = widget.id.removeprefix("field-")
            if name in _BY_NAME:
                return name
        return None

    def save_field(self, name: str, *, explicit: bool = False) -> bool:
        """Save one field if its text changed; True when nothing is left unsaved in it.

        A bad value shows its message and leaves both the stored value and the user's text as
        they are. ``explicit`` (F2) also saves a field whose earlier save met a conflict.
        """
        widget = self.editor(name)
        stored = getattr(self.plan, name)
        if not self.is_dirty(name):
            widget.remove_class("-invalid")
            if name in self._conflicts:
                self._conflicts.discard(name)
                self._show_conflict()
            if stored != self._started[name] and not widget.has_focus:
                self._started[name] = stored  # someone else's save, held back while this was focused
                self._set_text(name, edit_text(name, stored))
                self._show_plain(self.plan)
            return True
        if name in self._conflicts and not explicit:
            return False
        # over a conflict: checked against the other person's value the note showed, never a newer one
        expected = self._theirs[name] if name in self._conflicts else self._started[name]
        try:
            change = SetPlanField(name, self._text(name), expected=expected)
        except ValidationError as exc:
            widget.add_class("-invalid")
            self._say(exc)
            return False
        if change.value == stored:
            # nothing new to save (e.g. only spaces were added): just show the stored form
            self._accepted(name, stored)
            return True
        self.tui.submit(change)
        now = getattr(self.plan, name)
        if now == change.value:  # saved (or kept on screen until the file can be written)
            self._accepted(name, now)
            return True
        # someone else changed the field first: the message is shown; keep the user's text
        # (the session has read the other person's value, so F2 saves over it on purpose)
        self._conflicts.add(name)
        self._theirs[name] = now
        widget.add_class("-invalid")
        self._show_conflict()
        return False

    def _show_conflict(self) -> None:
        """Show the other person's value of a field in conflict (the focused one first), or hide the note."""
        note = self.query_one(ConflictNote)
        waiting = [spec.name for spec in FORM_FIELDS if spec.name in self._conflicts]
        if not waiting:
            note.hide()
            return
        focused = self._field_of(self.focused)
        name = focused if focused in waiting else waiting[0]
        theirs = edit_text(name, self._theirs.get(name)) or self.t("conflict.empty")
        heading = self.t("conflict.heading", field=self._field_label(name))
        note.show(heading, theirs, self.t("conflict.field_keys"))

    def _accepted(self, name: str, value: Any) -> None:
        self._started[name] = value
        self._conflicts.discard(name)
        self._show_conflict()
        self.editor(name).remove_class("-invalid")
        self._set_text(name, edit_text(name, value))
        self._show_plain(self.plan)

    def _say(self, error: UserError) -> None:
        self.tui.report_error(error)

    @on(Input.Blurred)
    def _input_left(self, event: Input.Blurred) -> None:
        name = self._field_of(event.input)
        if name is not None and self.is_mounted:
            self.save_field(name)

    @on(Input.Submitted)
    def _input_entered(self, event: Input.Submitted) -> None:
        name = self._field_of(event.input)
        if name is not None:
            event.stop()
            if self.save_field(name, explicit=True):
                self.focus_next()

    def on_descendant_blur(self, event) -> None:
        if isinstance(event.widget, TextArea):
            name = self._field_of(event.widget)
            if name is not None and self.is_mounted:
                self.save_field(name)

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _typed(self) -> None:
        self._leave_armed = False

    def action_save(self) -> None:
        focused = self._field_of(self.focused)
        for spec in FORM_FIELDS:
            self.save_field(spec.name, explicit=spec.name == focused)

    def action_revert(self) -> None:
        """Put the stored value back into the focused field."""
        name = self._field_of(self.focused)
        if name is None:
            return
        self._accepted(name, getattr(self.plan, name))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("save", "revert"):
            return self._field_of(self.focused) is not None
        return True

    def go_back(self) -> None:
        """Save what was typed, then go back; a field that cannot be saved holds the screen once."""
        failed = [spec.name for spec in FORM_FIELDS if not self.save_field(spec.name)]
        if failed and not self._leave_armed:
            self._leave_armed = True
            self.editor(failed[0]).focus()
            self.tui.say(self.t("plan_details.unsaved_leave"), severity="warning", timeout=8)
            return
        super().go_back()

    # --- someone saved ------------------------------------------------------------------------

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """Redraw from the plan; a field being edited (focused or changed) keeps the user's text."""
        if not self.is_mounted:
            return
        plan = self.plan
        for spec in FORM_FIELDS:
            name = spec.name
            stored = getattr(plan, name)
            if stored == self._started.get(name):
                continue
            if self.editor(name).has_focus or self.is_dirty(name):
                continue
            self._started[name] = stored
            self._set_text(name, edit_text(name, stored))
        self._show_plain(plan)
        self._fill_tree(plan)

    # --- the structure ------------------------------------------------------------------------

    def _fill_tree(self, plan: Plan) -> None:
        tree = self.query_one(StructureTree)
        current = tree.cursor_node.data if tree.cursor_node is not None else None
        old_line = tree.cursor_line
        collapsed = {n.data for n in tree.root.children if not n.is_expanded}
        tree.clear()
        nodes: dict[NodeData, TreeNode[NodeData]] = {}
        for d in plan.dimensions:
            held = plan.measures_of(d.number)
            label = Text(self.t("plan_details.dimension_node", number=d.number, title=d.title), style="bold")
            label.append(Text(" " + self.t("plan_details.count", count=len(held)), style="dim"))
            data: NodeData = ("dimension", d.number)
            node = tree.root.add(label, data=data, expand=data not in collapsed)
            nodes[data] = node
            for m in held:
                leaf = node.add_leaf(Text(f"{m.order}. {m.title}"), data=("measure", m.uid))
                nodes[("measure", m.uid)] = leaf
        # measures whose dimension is missing (only possible in a hand-edited file) still show
        orphans = [m for m in plan.measures_in_table_order() if m.dimension not in {d.number for d in plan.dimensions}]
        if orphans:
            label = Text(self.t("plan_details.no_dimension_node"), style="bold")
            node = tree.root.add(label, data=("dimension", None), expand=True)
            for m in orphans:
                nodes[("measure", m.uid)] = node.add_leaf(Text(f"{m.order}. {m.title}"), data=("measure", m.uid))
        tree.root.expand()
        if tree.last_line < 0:
            return
        target = nodes.get(current) if current is not None else None
        if target is not None and target.parent is not None and not target.parent.is_expanded:
            target = target.parent
        if target is not None:
            tree.move_cursor(target)
        else:
            tree.cursor_line = min(max(old_line, 0), tree.last_line)

    def _move_to(self, data: NodeData) -> None:
        tree = self.query_one(StructureTree)
        _ = tree.last_line  # make sure the lines (and the nodes' line numbers) are built

        def find(node: TreeNode[NodeData]) -> TreeNode[NodeData] | None:
            for child in node.children:
                if child.data == data:
                    return child
                found = find(child)
                if found is not None:
                    return found
            return None

        node = find(tree.root)
        if node is not None:
            tree.move_cursor(node)

    def selected(self) -> NodeData | None:
        node = self.query_one(StructureTree).cursor_node
        return node.data if node is not None else None

    def _selected_measure(self) -> Measure | None:
        data = self.selected()
        if data is None or data[0] != "measure":
            return None
        try:
            return self.plan.measure(data[1])
        except KeyError:
            return None

    def _selected_dimension(self) -> int | None:
        """The dimension under the cursor, or the one of the measure under it."""
        data = self.selected()
        if data is None:
            return None
        if data[0] == "dimension":
            return data[1]
        measure = self._selected_measure()
        return measure.dimension if measure is not None else None

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        data = event.node.data
        if data is not None and data[0] == "measure":
            event.stop()
            self.open_measure(data[1])

    def open_measure(self, uid: str) -> None:
        self.tui.open_measure(uid, from_list=True)

    @work(exclusive=True, group="structure")
    async def action_add_dimension(self) -> None:
        plan = self.plan
        suggested = max((d.number for d in plan.dimensions), default=0) + 1
        number = await self.app.push_screen_wait(
            PromptDialog(self.t("plan_details.prompt.dimension_number"), str(suggested), lang=self.tui.lang)
        )
        if number is None:
            return
        title = await self.app.push_screen_wait(
            PromptDialog(self.t("plan_details.prompt.dimension_title", number=number.strip()), lang=self.tui.lang)
        )
        if title is None:
            return
        try:
            change = AddDimension(parse_positive_int(number), title)
        except ValidationError as exc:
            self._say(exc)
            return
        if self.tui.submit(change):
            self._move_to(("dimension", change.number))

    @work(exclusive=True, group="structure")
    async def action_add_measure(self) -> None:
        plan = self.plan
        if not plan.dimensions:
            self.tui.say(self.t("plan_details.need_dimension"), severity="warning")
            return
        dimension = self._selected_dimension() or plan.dimensions[0].number
        answer = await self.app.push_screen_wait(AddMeasureDialog(plan, dimension, lang=self.tui.lang))
        if answer is None:
            return
        title, number, kind = answer
        try:
            change = AddMeasure(title, number, kind)
        except ValidationError as exc:
            self._say(exc)
            return
        if self.tui.submit(change):
            self._move_to(("measure", change.uid))

    @work(exclusive=True, group="structure")
    async def action_rename(self) -> None:
        data = self.selected()
        if data is None:
            return
        if data[0] == "dimension":
            try:
                dim = self.plan.dimension(data[1])
            except KeyError:
                return
            title = await self.app.push_screen_wait(
                PromptDialog(
                    self.t("plan_details.prompt.rename_dimension", number=dim.number), dim.title, lang=self.tui.lang
                )
            )
            if title is not None and title != dim.title:
                new_title = title
                # expected: a rename someone else saved meanwhile is reported, not overwritten
                self.save(lambda: RenameDimension(dim.number, new_title, expected=dim.title))
            return
        measure = self._selected_measure()
        if measure is None:
            return
        prompt = self.t("plan_details.prompt.rename_measure", order=measure.order)
        started = shown = measure.title
        while True:
            title = await self.app.push_screen_wait(PromptDialog(prompt, shown, lang=self.tui.lang))
            if title is None or title == started:
                return
            try:
                change = SetMeasureField(measure.uid, "title", title, expected=started)
            except ValidationError as exc:
                self._say(exc)
                return
            if not isinstance(self.tui.submit_change(change).error, ConflictError):
                return
            # someone else renamed it first (the message says so): ask again with the typed
            # title and theirs in the question, so that enter saves it over theirs on purpose
            # and escape drops it
            try:
                started, shown = self.plan.measure(measure.uid).title, title
            except KeyError:
                return
            prompt = self.t("plan_details.prompt.rename_measure", order=measure.order) + "\n"
            prompt += self.t("conflict.dialog", theirs=started)

    @work(exclusive=True, group="structure")
    async def action_move(self) -> None:
        measure = self._selected_measure()
        if measure is None:
            self.tui.say(self.t("plan_details.pick_measure"), severity="warning")
            return
        choices = ", ".join(str(d.number) for d in self.plan.dimensions)
        number = await self.app.push_screen_wait(
            PromptDialog(
                self.t("plan_details.prompt.move", order=measure.order, title=measure.title, choices=choices),
                str(measure.dimension),
                lang=self.tui.lang,
            )
        )
        if number is None or number.strip() == str(measure.dimension):
            return
        # expected: a move someone else saved meanwhile is reported, not overwritten
        if self.save(lambda: SetMeasureField(measure.uid, "dimension", number, expected=measure.dimension)):
            self._move_to(("measure", measure.uid))

    @work(exclusive=True, group="structure")
    async def action_remove(self) -> None:
        data = self.selected()
        if data is None:
            return
        lang = self.tui.lang
        if data[0] == "dimension":
            if data[1] is None:
                return
            try:
                dim = self.plan.dimension(data[1])
            except KeyError:
                return
            held = len(self.plan.measures_of(dim.number))
            if held:  # refused: say why (the same words RemoveDimension would use)
                self._say(ValidationError("error.dimension_not_empty", number=dim.number, count=held))
                return
            message = self.t("plan_details.confirm.remove_dimension", number=dim.number, title=dim.title)
            if await self.app.push_screen_wait(ConfirmDialog(message, lang)):
                self.save(lambda: RemoveDimension(dim.number))
            return
        measure = self._selected_measure()
        if measure is None:
            return
        if await self.app.push_screen_wait(ConfirmDialog(self.remove_message(measure), lang)):
            self.save(lambda: RemoveMeasure(measure.uid))

    def remove_message(self, measure: Measure) -> str:
        """What will go: the title, the number of steps, whether there is a result text."""
        result = "plan_details.confirm.has_result" if measure.result.strip() else "plan_details.confirm.no_result"
        return "\n".join(
            [
                self.t("plan_details.confirm.remove_measure", order=measure.order, title=measure.title),
                self.t("plan_details.confirm.steps", count=len(measure.steps)) + " " + self.t(result),
                self.t("plan_details.confirm.cannot_undo"),
            ]
        )
