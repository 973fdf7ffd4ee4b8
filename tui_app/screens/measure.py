"""One measure: every field, and its step checklist (which has the focus when the screen opens).

Saving
------
Every edit is saved the moment it is made, through ``app.submit``:

- the checklist: space ticks or unticks the highlighted step (``SetStepDone`` with the new value),
  ``a`` adds a step after it, ``e``/enter edits it, ``d``/delete deletes it (after a yes), ``K``/``J``
  or alt+up/alt+down move it;
- kind and status (lists): the moment another entry is chosen; the change carries the value shown
  before, and is refused (with a message naming what the file holds now) when someone else chose
  a different one meanwhile. A tick carries whether the step was ticked on screen the same way.
- budget and disbursed (one-line fields): enter, or leaving the field. An empty field is an amount
  not given (placeholder "ไม่ระบุ"), not 0.00. A value the field refuses (``abc``, ``-5``) stays in
  the field, marked, with the message, until it is corrected or emptied; an amount with more than
  two decimals is saved rounded to the satang and the user is told;
- result and remarks (multi-line fields): leaving the field (tab, escape, a click elsewhere), or
  ctrl+o / F2 while in it. Both are keys every terminal delivers (unlike ctrl+s, which many
  terminals take for flow control, or ctrl+enter).
- title and mission: ``t`` / ``m`` open a one-line dialog.

Status and checklist
--------------------
The status and the ticks may contradict each other (completed with steps open, or every step done
but not completed): allowed, but a line under the status says so. Ticking the last step offers
"completed"; unticking a step of a completed measure offers "in progress".

A text save carries the value the field started from (``expected``). When someone else saved a
different value meanwhile the save is refused with a message, the user's text stays in the field,
and a note above the footer shows what the other person saved (:class:`ConflictNote`). Leaving
the field no longer tries to save it; ctrl+o / F2 saves it over the text the note showed, on
purpose (refused again if that changed once more), and ctrl+r takes the saved text instead. A
one-line dialog (title, mission, a step) asks again with the other person's text in its question.

Fields
------
The fields come from :data:`tui_app.field_specs.MEASURE_FIELDS`, each shown by its kind of editor:
one-line texts in the heading (asked for in a dialog), choices in one row, amounts in the next,
multi-line texts under the checklist; their labels are their ``field.<name>`` catalogue entries.
The edit and save cycle is :class:`tui_app.screens.fields.FieldForm`'s.

Refreshing
----------
When the plan changes (an edit here, or someone else's save noticed by the app's poll) the
screen redraws from the plan, except a field that has the focus or holds unsaved text: that one is
left alone, and takes the stored value once it is left unchanged. The checklist keeps its
highlighted step (by its uid, whatever moved around it).
"""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Footer, Label, OptionList, Select, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui_app.changes import (
    AddStep,
    Change,
    MoveStep,
    RemoveStep,
    SetCannot,
    SetMeasureField,
    SetNationalField,
    SetStepDone,
    SetStepText,
)
from tui_app.errors import ConflictError, ValidationError
from tui_app.field_specs import MEASURE_FIELDS, NATIONAL_FIELDS, Editor, FieldSpec
from tui_app.i18n import MESSAGES
from tui_app.model import Measure, Mismatch, Status, Step
from tui_app.money import format_money, read_money
from tui_app.screens.base import TopBar, keys
from tui_app.screens.conflict import ConflictNote
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.fields import Field, FieldForm, FieldsScreen, LineField, TextField, ask_text
from tui_app.screens.national import CannotReasonDialog, NationalDialog, national_line


def step_prompt(number: int, step: Step) -> Table:
    """One step as the checklist shows it: box, number, text; its sub-points indented below."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(ratio=1, overflow="fold")
    # Text, never str: a step such as "[bold]" must show as typed (a str cell would be markup).
    box = Text("[x]", style="bold green") if step.done else Text("[ ]")
    text: Text | Group = Text(step.text, style="dim" if step.done else "")
    if step.sub_points:
        points = Table.grid(padding=(0, 1), expand=True)
        points.add_column(no_wrap=True)
        points.add_column(ratio=1, overflow="fold")
        for point in step.sub_points:
            points.add_row(Text("-"), Text(point))
        text = Group(text, points)
    grid.add_row(box, Text(f"{number}."), text)
    return grid


# --- widgets ------------------------------------------------------------------------------------


class StepList(OptionList):
    """The checklist. Its keys call the screen's actions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "screen.toggle_step", "Done", id="measure.toggle_step"),
        Binding(keys("a"), "screen.add_step", "Add", id="measure.add_step"),
        Binding(keys("e"), "screen.edit_step", "Edit", id="measure.edit_step"),
        Binding("enter", "screen.edit_step", "Edit", id="measure.edit_step_enter", show=False),
        Binding(keys("d", "delete"), "screen.delete_step", "Delete", id="measure.delete_step"),
        Binding(keys("K", "alt+up"), "screen.move_step(-1)", "Up", id="measure.step_up"),
        Binding(keys("J", "alt+down"), "screen.move_step(1)", "Down", id="measure.step_down"),
    ]

    async def _on_click(self, event: events.Click) -> None:
        # A click only highlights (OptionList would also "select", which here means edit).
        clicked = event.style.meta.get("option")
        if clicked is not None:
            self.highlighted = clicked
        self.focus()
        event.stop()
        event.prevent_default()


class AmountInput(LineField):
    """An amount (budget, disbursed). Enter or leaving the field saves; escape leaves it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "screen.leave_field", "Leave field", id="measure.leave_field"),
        Binding("ctrl+r", "screen.revert_field", "Take saved", id="measure.revert"),
    ]

    def __init__(self, spec: FieldSpec, **kwargs: Any) -> None:
        super().__init__(spec, compact=True, select_on_focus=True, id=spec.name, **kwargs)


class FieldTextArea(TextField):
    """A multi-line text (result, remarks). Leaving the field or ctrl+o / F2 saves; escape leaves it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o,f2", "screen.save_field", "Save", id="measure.save_field"),
        Binding("escape", "screen.leave_field", "Leave field", id="measure.leave_field"),
        Binding("ctrl+r", "screen.revert_field", "Take saved", id="measure.revert"),
    ]

    def __init__(self, spec: FieldSpec, **kwargs: Any) -> None:
        super().__init__(spec, compact=True, soft_wrap=True, tab_behavior="focus", id=spec.name, **kwargs)


def fields_of(editor: Editor) -> list[FieldSpec]:
    """The measure's fields that take ``editor``, in their declared order."""
    return [spec for spec in MEASURE_FIELDS.values() if spec.editor is editor]


# --- the screen ----------------------------------------------------------------------------------


class MeasureScreen(FieldsScreen):
    """Every field of one measure; the checklist first."""

    CSS_PATH = "measure.tcss"
    HELP_KEY = "help.measure"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("s"), "focus_status", "Status", id="measure.focus_status", show=False),
        Binding(keys("r"), "focus_field('result')", "Result", id="measure.focus_result", show=False),
        Binding(keys("n"), "focus_field('remarks')", "Remarks", id="measure.focus_remarks", show=False),
        Binding(keys("b"), "focus_field('budget')", "Budget", id="measure.focus_budget", show=False),
        Binding(keys("t"), "edit_line('title')", "Title", id="measure.edit_title", show=False),
        Binding(keys("m"), "edit_line('mission')", "Mission", id="measure.edit_mission", show=False),
        Binding(keys("k"), "focus_kind", "Kind", id="measure.focus_kind", show=False),
        Binding(keys("g"), "edit_national", "National fields", id="measure.national", show=False),
        Binding(keys("h"), "history", "History", id="measure.history", show=False),
    ]

    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid
        self._gone = False
        self.form = FieldForm(self, lambda: None if self._gone else self.measure, self._change, self._saved)
        #: the checklist as last drawn: each step's uid, text, tick and sub-points
        self._steps_drawn: list[tuple] = []

    # --- building -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TopBar()
        for spec in fields_of(Editor.LINE):
            yield Static(id=f"measure-{spec.name}", markup=False)
        yield Static(id="measure-national", markup=False)
        with Horizontal(classes="field-row"):
            for spec in fields_of(Editor.CHOICE):
                yield Label(id=f"{spec.name}-label", classes="field-label", markup=False)
                yield Select(self._options(spec), id=spec.name, compact=True, allow_blank=False)
        yield Static(id="status-mismatch", markup=False)
        with Horizontal(classes="field-row"):
            for spec in fields_of(Editor.AMOUNT):
                yield Label(id=f"{spec.name}-label", classes="field-label", markup=False)
                yield AmountInput(spec, classes="amount")
            yield Label(id="baht-label", markup=False)
        yield Label(id="steps-label", classes="section", markup=False)
        yield Static(id="steps-empty", markup=False)
        yield StepList(id="steps")
        for spec in fields_of(Editor.TEXT):
            yield Label(id=f"{spec.name}-label", classes="section", markup=False)
            yield FieldTextArea(spec)
        yield ConflictNote(id="conflict-note")
        yield Footer()

    def _options(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        """A choice's entries, each labelled ``<field>.<value>`` (``status.completed``)."""
        assert spec.choices is not None
        return [(self.tui.t(f"{spec.name}.{member.value}"), member) for member in spec.choices]

    def on_mount(self) -> None:
        for field in self.form.fields():
            field.cursor_blink = False
        measure = self.measure
        if measure is None:
            return
        self.form.load_all()
        self.refresh_language()
        steps = self.query_one(StepList)
        first_open = next((i for i, s in enumerate(measure.steps) if not s.done), 0)
        if steps.option_count:
            steps.highlighted = first_open
        steps.focus()

    @property
    def measure(self) -> Measure | None:
        try:
            return self.plan.measure(self.uid)
        except KeyError:
            return None

    def screen_title(self) -> str:
        measure = self.measure
        if measure is None:
            return ""
        return self.tui.t("measure.heading", dimension=measure.dimension, order=measure.order)

    def refresh_language(self) -> None:
        t = self.tui.t
        for spec in (*fields_of(Editor.CHOICE), *fields_of(Editor.AMOUNT), *fields_of(Editor.TEXT)):
            self.query_one(f"#{spec.name}-label", Label).update(Content(self.form.label(spec)))
        self.query_one("#baht-label", Label).update(Content(t("measure.baht")))
        for spec in fields_of(Editor.CHOICE):
            select, options = self.query_one(f"#{spec.name}", Select), self._options(spec)
            value = select.value
            with self.prevent(Select.Changed):
                select.set_options(options)
                select.value = value
                # show the new label even when the value is the same (Textual's API takes the class attribute)
                select.mutate_reactive(Select.value)  # type: ignore[misc]
        for area in self.query(FieldTextArea):
            area.placeholder = t("measure.text_placeholder")
        for amount in self.query(AmountInput):
            amount.placeholder = t("measure.amount_placeholder")
        self.form.show_conflict()
        super().refresh_language()

    # --- drawing ------------------------------------------------------------------------------

    def refresh_plan(self, touched: frozenset[str] | None = None) -> None:
        if not self.can_draw or self._gone or (touched is not None and self.uid not in touched):
            return  # (a change of other measures only: nothing here to redraw)
        measure = self.measure
        if measure is None:
            self._gone = True
            self.tui.say(self.tui.t("error.gone"), severity="warning", timeout=8)
            if self.app.screen is self:
                self.app.pop_screen()
            return
        t = self.tui.t
        self.query_one(TopBar).set_title(self.screen_title())
        for name, content in (
            *((f"#measure-{spec.name}", self._line(spec, measure)) for spec in fields_of(Editor.LINE)),
            ("#measure-national", Content(national_line(measure, t))),
        ):
            static = self.query_one(name, Static)
            if static.content != content:  # (an update lays the whole screen out again)
                static.update(content)
        with self.prevent(Select.Changed):
            for spec in fields_of(Editor.CHOICE):
                self.query_one(f"#{spec.name}", Select).value = getattr(measure, spec.name)
        status = self.query_one("#status", Select)
        for s in Status:
            status.set_class(s is measure.status, f"-status-{s.value}")
        self._show_mismatch(measure)
        self.query_one("#steps-label", Label).update(
            Content(t("measure.steps", done=measure.steps_done, total=len(measure.steps))),
            layout=False,  # a section's line: one line as wide as the screen, whatever it says
        )
        self._fill_steps(measure)
        self.form.sync()

    def _line(self, spec: FieldSpec, measure: Measure) -> Content:
        """A one-line field in the heading: the title as it is, any other after its label."""
        value = spec.shown(getattr(measure, spec.name))
        if spec.name == "title":
            return Content(value)
        if not value:
            value = self.tui.t(f"measure.no_{spec.name}") if f"measure.no_{spec.name}" in MESSAGES else "—"
        return Content.assemble((self.form.label(spec) + ": ", "bold"), value)

    def _show_mismatch(self, measure: Measure) -> None:
        """The line under the status when the status and the checklist contradict each other."""
        line = self.query_one("#status-mismatch", Static)
        mismatch = measure.mismatch
        line.display = mismatch is not None
        if mismatch is not None:
            line.update(
                Content(
                    self.tui.t(
                        f"measure.mismatch.{mismatch.value}",
                        done=measure.steps_done,
                        total=len(measure.steps),
                        status=self.tui.t(f"status.{measure.status.value}"),
                    )
                )
            )

    def _fill_steps(self, measure: Measure) -> None:
        steps = self.query_one(StepList)
        current = self.current_step_uid()
        index = steps.highlighted
        drawn = [(s.uid, s.text, s.done, tuple(s.sub_points)) for s in measure.steps]
        uids = [s.uid for s in measure.steps]
        if [d[0] for d in self._steps_drawn] == uids and steps.option_count == len(uids):
            # the same steps in the same places (a tick, a step's text): redraw those that changed
            for i, (step, was, now) in enumerate(zip(measure.steps, self._steps_drawn, drawn, strict=True)):
                if was != now:
                    steps.replace_option_prompt_at_index(i, step_prompt(i + 1, step))
        else:
            steps.clear_options()
            steps.add_options([Option(step_prompt(i, s), id=s.uid) for i, s in enumerate(measure.steps, start=1)])
        self._steps_drawn = drawn
        if uids:
            steps.highlighted = uids.index(current) if current in uids else min(index or 0, len(uids) - 1)
        # The list stays (and keeps the focus) when it is empty, so that ``a`` still adds a step.
        empty = self.query_one("#steps-empty", Static)
        empty.display = not uids
        if not uids:
            empty.update(Content(self.tui.t("measure.no_steps")))

    def current_step_uid(self) -> str | None:
        steps = self.query_one(StepList)
        if steps.highlighted is None or not steps.option_count:
            return None
        return steps.get_option_at_index(steps.highlighted).id

    # --- the fields: saved by self.form (tui_app.screens.fields.FieldForm) ------------------------

    def _change(self, name: str, text: str, expected: Any) -> Change:
        return SetMeasureField(self.uid, name, text, expected=expected)

    def _saved(self, field: Field, change: Change, typed: str) -> None:
        """After an amount was saved: say it was rounded, and warn when more was disbursed than budgeted."""
        measure = self.measure
        if measure is None or field.spec.editor is not Editor.AMOUNT:
            return
        value = getattr(change, "value", None)
        if value is not None and read_money(typed)[1]:
            self.tui.say(self.tui.t("info.amount_rounded", typed=typed.strip(), amount=format_money(value)))
        if measure.over_budget:
            self.tui.say(
                self.tui.t(
                    "warning.disbursed_over_budget",
                    disbursed=format_money(measure.disbursed),
                    budget=format_money(measure.budget),
                ),
                severity="warning",
                timeout=8,
            )

    def on_screen_resume(self) -> None:
        # the measure was removed (by someone else) while a dialog was open over this screen
        if self._gone and self.app.screen is self:
            self.app.pop_screen()

    def action_save_field(self) -> None:
        field = self.focused_field()
        if field is not None:
            self.form.commit(field, explicit=True)

    def action_leave_field(self) -> None:
        self.query_one(StepList).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        select, measure = event.select, self.measure
        name = select.id
        # Only a choice the user made counts: redrawing (new options, the stored value put back)
        # also changes the value, and must never save anything.
        if measure is None or name not in {spec.name for spec in fields_of(Editor.CHOICE)}:
            return
        if not select.has_focus_within:
            return
        value, shown = select.value, getattr(measure, name)
        if name == "status" and value is Status.CANNOT and measure.status is not Status.CANNOT:
            self._ask_cannot_reason(measure)  # the reason is required with this status
            return
        if value is not Select.BLANK and shown != value:
            # expected: the value shown before; someone else's different choice is not overwritten
            self.save(lambda: SetMeasureField(self.uid, name, value, expected=shown))

    def _ask_cannot_reason(self, measure: Measure) -> None:
        started = measure.status

        def answered(result) -> None:
            if result is not None:
                reason, text = result
                self.save(lambda: SetCannot(self.uid, reason, text, expected=started))
            self.refresh_plan()  # escape: the status shown goes back to the stored one

        self.app.push_screen(CannotReasonDialog(measure.national, self.tui.lang), answered)

    def action_edit_national(self) -> None:
        measure = self.measure
        if measure is None:
            return
        if measure.status is Status.CANNOT and measure.national.cannot_reason is None:
            self._ask_cannot_reason(measure)  # a file from before the reason was asked for
            return
        self._ask_national(measure)

    def _ask_national(self, measure: Measure, typed: dict[str, Any] | None = None, conflict: str | None = None) -> None:
        """The national fields' dialog; saves what changed, field by field. When someone else changed
        one of them meanwhile, the dialog opens again with what was typed and not yet saved, and
        their value in a note: F2 then saves it over theirs on purpose, escape keeps theirs."""
        started = measure.national

        def answered(changed: dict[str, Any] | None) -> None:
            items = list((changed or {}).items())
            for index, (name, value) in enumerate(items):
                try:
                    change = SetNationalField(self.uid, name, value, expected=getattr(started, name))
                except ValidationError as exc:
                    self.tui.report_error(exc)
                    break
                outcome = self.tui.submit_change(change)
                now = self.measure
                if isinstance(outcome.error, ConflictError) and now is not None and not self._gone:
                    spec = NATIONAL_FIELDS[name]
                    t = self.tui.t
                    theirs = spec.shown(getattr(now.national, name)) or t("conflict.empty")
                    note = t("conflict.heading", field=self.form.label(spec)) + f" “{theirs}”\n"
                    self._ask_national(now, dict(items[index:]), note + t("national.conflict_keys"))
                    return
                if outcome.error is not None:
                    break
            self.refresh_plan()

        self.app.push_screen(
            NationalDialog(started, measure.title, self.tui.lang, typed=typed, conflict=conflict), answered
        )

    # --- keys ---------------------------------------------------------------------------------

    def action_focus_status(self) -> None:
        select = self.query_one("#status", Select)
        select.focus()
        select.expanded = True

    def action_focus_kind(self) -> None:
        select = self.query_one("#kind", Select)
        select.focus()
        select.expanded = True

    def action_history(self) -> None:
        """``h``: who changed this measure, and what."""
        from tui_app.screens.history import HistoryScreen

        self.commit_edits()
        self.app.push_screen(HistoryScreen(self.uid))

    def action_focus_field(self, name: str) -> None:
        self.query_one(f"#{name}").focus()

    def action_edit_line(self, name: str) -> None:
        """``t`` / ``m``: a one-line field of the heading, in a dialog (asked again after a conflict)."""
        spec = MEASURE_FIELDS[name]
        prompt = self.form.label(spec)

        def stored() -> str | None:
            measure = self.measure
            return None if measure is None or self._gone else spec.shown(getattr(measure, name))

        ask_text(self, prompt, stored, lambda text, started: SetMeasureField(self.uid, name, text, expected=started))

    # --- the checklist ------------------------------------------------------------------------

    def _current_step(self) -> tuple[int, Step] | None:
        measure, uid = self.measure, self.current_step_uid()
        if measure is None or uid is None:
            return None
        for i, step in enumerate(measure.steps, start=1):
            if step.uid == uid:
                return i, step
        return None

    def action_toggle_step(self) -> None:
        current = self._current_step()
        if current is None:
            return
        _, step = current
        done = not step.done
        if self.save(lambda: SetStepDone(self.uid, step.uid, done, expected=step.done)):
            self._offer_matching_status(done)

    def _offer_matching_status(self, ticked: bool) -> None:
        """After a tick: offer "completed" when the last step was ticked, "in progress" when a
        step of a completed measure was unticked. Only offered: the status is the user's to choose."""
        measure = self.measure
        if measure is None:
            return
        mismatch = measure.mismatch
        if ticked and mismatch is Mismatch.ALL_DONE_NOT_COMPLETED:
            status, question = Status.COMPLETED, "measure.offer_completed"
        elif not ticked and mismatch is Mismatch.COMPLETED_WITH_OPEN_STEPS:
            status, question = Status.IN_PROGRESS, "measure.offer_in_progress"
        else:
            return
        started = measure.status

        def answered(yes: bool | None) -> None:
            if yes:
                self.save(lambda: SetMeasureField(self.uid, "status", status, expected=started))

        self.app.push_screen(ConfirmDialog(self.tui.t(question), self.tui.lang), answered)

    def action_add_step(self) -> None:
        after = self.current_step_uid()

        def done(text: str | None) -> None:
            if text is None:
                return
            try:
                change = AddStep(self.uid, text, after_uid=after)
            except ValidationError as exc:
                self.tui.report_error(exc)
                return
            if self.tui.submit(change) or self._has_step(change.uid):
                self._highlight(change.uid)

        self.app.push_screen(PromptDialog(self.tui.t("measure.add_step"), "", self.tui.lang), done)

    def action_edit_step(self) -> None:
        current = self._current_step()
        if current is None:
            self.action_add_step()
            return
        number, step = current

        def stored() -> str | None:
            measure = self.measure
            found = next((s for s in measure.steps if s.uid == step.uid), None) if measure else None
            return None if found is None else found.text

        ask_text(
            self,
            self.tui.t("measure.edit_step", number=number),
            stored,
            lambda text, started: SetStepText(self.uid, step.uid, text, expected=started),
        )

    def action_delete_step(self) -> None:
        current = self._current_step()
        if current is None:
            return
        number, step = current

        def answered(yes: bool | None) -> None:
            if yes:
                self.save(lambda: RemoveStep(self.uid, step.uid))

        message = self.tui.t("measure.confirm_delete_step", number=number, text=step.text)
        self.app.push_screen(ConfirmDialog(message, self.tui.lang), answered)

    def action_move_step(self, offset: int) -> None:
        current = self._current_step()
        if current is None:
            return
        _, step = current
        self.save(lambda: MoveStep(self.uid, step.uid, offset))

    def _has_step(self, uid: str) -> bool:
        measure = self.measure
        return measure is not None and any(s.uid == uid for s in measure.steps)

    def _highlight(self, uid: str) -> None:
        steps = self.query_one(StepList)
        with contextlib.suppress(OptionDoesNotExist):  # not (or no longer) there
            steps.highlighted = steps.get_option_index(uid)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()

    def help_bindings(self) -> list[Binding]:
        return [*StepList.BINDINGS, *FieldTextArea.BINDINGS]  # type: ignore[list-item]
