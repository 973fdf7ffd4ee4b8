"""Plan details (รายละเอียดแผน): the report's header fields and the plan's structure.

The left part (the top part in a narrow terminal) is a form: organization, plan title, plan
period, fiscal year (read only), round, the flag thresholds of the 6- and 12-month rounds
(:mod:`tui_app.flags`), as-of date, reporter, position, the covering memo's office details
(department, document-number prefix, addressee), introduction, problems, suggestions.
The fields are :data:`tui_app.field_specs.PLAN_FIELDS`, saved by the one
:class:`~tui_app.screens.fields.FieldForm` as the measure screen's are.
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

from functools import partial
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, RadioButton, RadioSet, Select, Static, Tree
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
from tui_app.errors import UserError, ValidationError
from tui_app.field_specs import PLAN_FIELDS
from tui_app.i18n import t as catalogue
from tui_app.model import Kind, Measure, Plan
from tui_app.screens.base import KeysInUserLanguage, TopBar, keys
from tui_app.screens.conflict import ConflictNote
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.fields import FieldForm, FieldsScreen, LineField, OrderedInput, TextField, ask_text
from tui_app.thai import shown_date


def edit_text(name: str, value: Any) -> str:
    """How a stored value of a plan field reads in its editor (the as-of date as DD/MM/YYYY, B.E.)."""
    return PLAN_FIELDS[name].shown(value)


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

    CSS_PATH = "plan_details.tcss"

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


class PlanDetailsScreen(FieldsScreen):
    """The report's header fields (saved one by one) and the plan's dimensions and measures."""

    CSS_PATH = "plan_details.tcss"
    HELP_KEY = "plan_details.help"
    UNSAVED_LEAVE_KEY = "plan_details.unsaved_leave"
    ENTER_MOVES_ON = True
    # declared so by Screen (an instance variable there)
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2,ctrl+o", "save", "Save", id="plan_details.save"),
        Binding("ctrl+r", "revert", "Undo edit", id="plan_details.revert"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.form = FieldForm(
            self,
            lambda: self.plan,
            lambda name, text, expected: SetPlanField(name, text, expected=expected),
            lambda field, change, typed: self._show_plain(self.plan),
        )
        #: labels said again when the language changes: (label, function giving its words)
        self._labels: list[tuple[Label, Any]] = []

    # --- labels -------------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        return self.tui.t(key, **params)

    def _field_label(self, name: str) -> str:
        return self.form.label(PLAN_FIELDS[name])

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
                for spec in PLAN_FIELDS.values():
                    label = partial(self._field_label, spec.name)
                    if spec.multiline:
                        yield self._label(label, "form-label form-label-block")
                        yield TextField(
                            spec, id=f"field-{spec.name}", classes="form-text", soft_wrap=True, compact=True
                        )
                        continue
                    with Horizontal(classes="form-row"):
                        yield self._label(label)
                        placeholder = self.t("plan_details.as_of_placeholder") if spec.name == "as_of" else ""
                        yield LineField(
                            spec,
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
        self.form.load_all()
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
        self.form.show_conflict()
        self.editor("as_of").placeholder = self.t("plan_details.as_of_placeholder")
        super().refresh_language()

    def _show_plain(self, plan: Plan) -> None:
        self.title = self.screen_title()
        self.query_one(TopBar).set_title(self.title)
        self.query_one("#fiscal-year", Static).update(Content(str(plan.fiscal_year)))
        shown = shown_date(plan.as_of, self.tui.lang) if plan.as_of else self.t("plan_details.as_of_none")
        self.query_one("#as-of-shown", Static).update(Content(shown))

    # --- the editors --------------------------------------------------------------------------

    def editor(self, name: str) -> LineField | TextField:
        return self.query_one(f"#field-{name}")  # type: ignore[return-value]

    def _say(self, error: UserError) -> None:
        self.tui.report_error(error)

    def action_save(self) -> None:
        """F2 / ctrl+o: save every field; the focused one also over someone else's value."""
        focused = self.focused_field()
        for field in self.form.fields():
            self.form.commit(field, explicit=field is focused)

    def action_revert(self) -> None:
        """ctrl+r: put the stored value back into the focused field."""
        self.action_revert_field()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("save", "revert"):
            return self.focused_field() is not None
        return True

    # --- someone saved ------------------------------------------------------------------------

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        """Redraw from the plan; a field being edited (focused or changed) keeps the user's text."""
        if not self.is_mounted:
            return
        plan = self.plan
        self.form.sync()
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

    def action_rename(self) -> None:
        """Rename the dimension or measure under the cursor (asked again after a conflict)."""
        data = self.selected()
        if data is None:
            return
        if data[0] == "dimension":
            number = data[1]

            def dimension_title() -> str | None:
                try:
                    return self.plan.dimension(number).title
                except KeyError:
                    return None

            ask_text(
                self,
                self.t("plan_details.prompt.rename_dimension", number=number),
                dimension_title,
                lambda title, started: RenameDimension(number, title, expected=started),
            )
            return
        measure = self._selected_measure()
        if measure is None:
            return
        uid = measure.uid

        def measure_title() -> str | None:
            try:
                return self.plan.measure(uid).title
            except KeyError:
                return None

        ask_text(
            self,
            self.t("plan_details.prompt.rename_measure", order=measure.order),
            measure_title,
            lambda title, started: SetMeasureField(uid, "title", title, expected=started),
        )

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
