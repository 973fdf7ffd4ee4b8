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

Refreshing
----------
When the plan changes (an edit here, or someone else's save noticed by the app's poll) the
screen redraws from the plan, except a field that has the focus or holds unsaved text: that one is
left alone, and takes the stored value once it is left unchanged. The checklist keeps its
highlighted step (by its uid, whatever moved around it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Footer, Input, Label, OptionList, Select, Static, TextArea
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
from tui_app.model import Kind, Measure, Mismatch, Status, Step, clean_text
from tui_app.money import format_money, parse_money, read_money
from tui_app.screens.base import PlanScreen, TopBar, keys
from tui_app.screens.conflict import ConflictNote
from tui_app.screens.dialogs import ConfirmDialog, PromptDialog
from tui_app.screens.fields import OrderedInput, OrderedTextArea, set_field_text
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


class AmountInput(OrderedInput):
    """Budget or disbursed. Enter or leaving the field saves; escape leaves it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "screen.leave_field", "Leave field", id="measure.leave_field"),
        Binding("ctrl+r", "screen.revert_field", "Take saved", id="measure.revert"),
    ]

    def __init__(self, name: str, **kwargs: Any) -> None:
        super().__init__(compact=True, select_on_focus=True, id=name, **kwargs)
        self.field_name = name
        self.base: Any = None  # the stored value this field started from
        self.conflict = False
        self.theirs: Any = None  # after a conflict: the other person's value, as the note shows it


class FieldTextArea(OrderedTextArea):
    """Result or remarks. Leaving the field or ctrl+o / F2 saves; escape leaves it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o,f2", "screen.save_field", "Save", id="measure.save_field"),
        Binding("escape", "screen.leave_field", "Leave field", id="measure.leave_field"),
        Binding("ctrl+r", "screen.revert_field", "Take saved", id="measure.revert"),
    ]

    def __init__(self, name: str, **kwargs: Any) -> None:
        super().__init__(compact=True, soft_wrap=True, tab_behavior="focus", id=name, **kwargs)
        self.field_name = name
        self.base: Any = None
        self.conflict = False
        self.theirs: Any = None

    @property
    def value(self) -> str:
        return self.text


Editor = AmountInput | FieldTextArea


# --- the screen ----------------------------------------------------------------------------------


class MeasureScreen(PlanScreen):
    """Every field of one measure; the checklist first."""

    HELP_KEY = "help.measure"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys("s"), "focus_status", "Status", id="measure.focus_status", show=False),
        Binding(keys("r"), "focus_field('result')", "Result", id="measure.focus_result", show=False),
        Binding(keys("n"), "focus_field('remarks')", "Remarks", id="measure.focus_remarks", show=False),
        Binding(keys("b"), "focus_field('budget')", "Budget", id="measure.focus_budget", show=False),
        Binding(keys("t"), "edit_title", "Title", id="measure.edit_title", show=False),
        Binding(keys("m"), "edit_mission", "Mission", id="measure.edit_mission", show=False),
        Binding(keys("k"), "focus_kind", "Kind", id="measure.focus_kind", show=False),
        Binding(keys("g"), "edit_national", "National fields", id="measure.national", show=False),
        Binding(keys("h"), "history", "History", id="measure.history", show=False),
    ]

    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid
        self._gone = False
        #: the checklist as last drawn: each step's uid, text, tick and sub-points
        self._steps_drawn: list[tuple] = []

    # --- building -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield Static(id="measure-title", markup=False)
        yield Static(id="measure-mission", markup=False)
        yield Static(id="measure-national", markup=False)
        with Horizontal(classes="field-row"):
            yield Label(id="kind-label", classes="field-label", markup=False)
            yield Select([(self.tui.t(f"kind.{k.value}"), k) for k in Kind], id="kind", compact=True, allow_blank=False)
            yield Label(id="status-label", classes="field-label", markup=False)
            yield Select(
                [(self.tui.t(f"status.{s.value}"), s) for s in Status], id="status", compact=True, allow_blank=False
            )
        yield Static(id="status-mismatch", markup=False)
        with Horizontal(classes="field-row"):
            yield Label(id="budget-label", classes="field-label", markup=False)
            yield AmountInput("budget", classes="amount")
            yield Label(id="disbursed-label", classes="field-label", markup=False)
            yield AmountInput("disbursed", classes="amount")
            yield Label(id="baht-label", markup=False)
        yield Label(id="steps-label", classes="section", markup=False)
        yield Static(id="steps-empty", markup=False)
        yield StepList(id="steps")
        yield Label(id="result-label", classes="section", markup=False)
        yield FieldTextArea("result")
        yield Label(id="remarks-label", classes="section", markup=False)
        yield FieldTextArea("remarks")
        yield ConflictNote(id="conflict-note")
        yield Footer()

    def on_mount(self) -> None:
        for editor in self.editors():
            editor.cursor_blink = False
        measure = self.measure
        if measure is None:
            return
        for editor in self.editors():
            self._load(editor, measure)
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

    def editors(self) -> list[Editor]:
        return [*self.query(AmountInput), *self.query(FieldTextArea)]

    def screen_title(self) -> str:
        measure = self.measure
        if measure is None:
            return ""
        return self.tui.t("measure.heading", dimension=measure.dimension, order=measure.order)

    def refresh_language(self) -> None:
        t = self.tui.t
        for name in ("kind", "status", "budget", "disbursed", "baht", "result", "remarks"):
            self.query_one(f"#{name}-label", Label).update(Content(t(f"measure.{name}")))
        for select, options in (
            (self.query_one("#kind", Select), [(t(f"kind.{k.value}"), k) for k in Kind]),
            (self.query_one("#status", Select), [(t(f"status.{s.value}"), s) for s in Status]),
        ):
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
        self._show_conflict()
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
        mission = measure.mission or t("measure.no_mission")
        for name, content in (
            ("#measure-title", Content(measure.title)),
            ("#measure-mission", Content.assemble((t("measure.mission") + ": ", "bold"), mission)),
            ("#measure-national", Content(national_line(measure, t))),
        ):
            static = self.query_one(name, Static)
            if static.content != content:  # (an update lays the whole screen out again)
                static.update(content)
        with self.prevent(Select.Changed):
            self.query_one("#kind", Select).value = measure.kind
            status = self.query_one("#status", Select)
            status.value = measure.status
        for s in Status:
            status.set_class(s is measure.status, f"-status-{s.value}")
        self._show_mismatch(measure)
        self.query_one("#steps-label", Label).update(
            Content(t("measure.steps", done=measure.steps_done, total=len(measure.steps))),
            layout=False,  # a section's line: one line as wide as the screen, whatever it says
        )
        self._fill_steps(measure)
        for editor in self.editors():
            if editor.conflict or editor.base != getattr(measure, editor.field_name) or editor.has_class("-invalid"):
                self._sync(editor, measure)  # (a field showing the stored value already is left as it is)

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

    # --- the fields: load, sync, save -----------------------------------------------------------

    @staticmethod
    def _shown(editor: Editor, value: Any) -> str:
        # an amount not given is an empty field, whose placeholder says "not given"
        return format_money(value) if isinstance(editor, AmountInput) else str(value)

    def _load(self, editor: Editor, measure: Measure) -> None:
        editor.base = getattr(measure, editor.field_name)
        editor.conflict = False
        editor.theirs = None
        editor.remove_class("-invalid")
        set_field_text(editor, self._shown(editor, editor.base))
        self._show_conflict()

    def _show_conflict(self) -> None:
        """Show the other person's text for a field in conflict (the focused one first), or hide the note."""
        if not self.can_draw:
            return
        note = self.query_one(ConflictNote)
        waiting = [editor for editor in self.editors() if editor.conflict]
        if not waiting:
            note.hide()
            return
        editor = next((e for e in waiting if e.has_focus), waiting[0])
        t = self.tui.t
        theirs = self._shown(editor, editor.theirs) or t("conflict.empty")
        note.show(t("conflict.heading", field=t(f"measure.{editor.field_name}")), theirs, t("conflict.field_keys"))

    def is_dirty(self, editor: Editor) -> bool:
        """The field holds something else than the value it started from."""
        if isinstance(editor, AmountInput):
            try:
                return parse_money(editor.value) != editor.base
            except ValidationError:
                return True
        return clean_text(editor.text, multiline=True) != editor.base

    def _sync(self, editor: Editor, measure: Measure) -> None:
        """Show the stored value, unless the user is in the field or has typed something unsaved."""
        if editor.has_focus or self.is_dirty(editor):
            return
        self._load(editor, measure)

    def commit(self, editor: Editor, *, explicit: bool = False, leaving: bool = False) -> bool:
        """Save the field if its text changed; True when nothing is left unsaved in it.

        ``explicit`` (enter, ctrl+o, F2) also saves over someone else's value after a conflict.
        A value the field refuses stays in it, marked, with the message (``leaving`` or not).
        """
        measure = self.measure
        if measure is None:
            return True
        name = editor.field_name
        if not self.is_dirty(editor):
            editor.remove_class("-invalid")
            if not editor.has_focus or explicit:
                self._load(editor, measure)
            return True
        if editor.conflict and not explicit:
            return False
        # over a conflict: checked against the other person's text the note showed, never a newer one
        expected = editor.theirs if editor.conflict else editor.base
        try:
            change = SetMeasureField(self.uid, name, editor.value, expected=expected)
        except ValidationError as exc:
            self.tui.report_error(exc)
            editor.add_class("-invalid")
            return False
        typed = editor.value
        outcome = self.tui.submit_change(change)
        if isinstance(outcome.error, ConflictError):
            measure = self.measure
            editor.conflict = True
            editor.theirs = getattr(measure, name) if measure is not None else None
            editor.add_class("-invalid")
            self._show_conflict()
            return False
        measure = self.measure
        if measure is None:
            return True
        if outcome.error is None or outcome.saved or getattr(measure, name) == change.value:
            # saved, or kept on screen to be saved later (the unsaved marker says so)
            editor.base = getattr(measure, name)
            editor.conflict = False
            editor.theirs = None
            editor.remove_class("-invalid")
            self._show_conflict()
            if isinstance(editor, AmountInput) or not editor.has_focus:
                set_field_text(editor, self._shown(editor, editor.base))
            if isinstance(editor, AmountInput) and change.value is not None and read_money(typed)[1]:
                self.tui.say(self.tui.t("info.amount_rounded", typed=typed.strip(), amount=format_money(change.value)))
            if name in ("budget", "disbursed") and measure.over_budget:
                self.tui.say(
                    self.tui.t(
                        "warning.disbursed_over_budget",
                        disbursed=format_money(measure.disbursed),
                        budget=format_money(measure.budget),
                    ),
                    severity="warning",
                    timeout=8,
                )
            return True
        return False

    def commit_edits(self) -> None:
        if self.can_draw and self.measure is not None and not self._gone:
            for editor in self.editors():
                self.commit(editor, leaving=True)

    def unsaved_field(self) -> Editor | None:
        if not self.can_draw or self._gone or self.measure is None:
            return None
        return next((editor for editor in self.editors() if self.is_dirty(editor)), None)

    def go_back(self) -> None:
        """Go back, unless a field holds text whose save was refused: then show it, once."""
        if not self.hold_unsaved():
            super().go_back()

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _typed(self) -> None:
        self._leave_armed = False

    def on_screen_resume(self) -> None:
        # the measure was removed (by someone else) while a dialog was open over this screen
        if self._gone and self.app.screen is self:
            self.app.pop_screen()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        widget = event.widget
        if isinstance(widget, AmountInput | FieldTextArea) and self.is_attached and not self._gone:
            self.commit(widget, leaving=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, AmountInput):
            event.stop()
            self.commit(event.input, explicit=True)

    def action_save_field(self) -> None:
        focused = self.focused
        if isinstance(focused, AmountInput | FieldTextArea):
            self.commit(focused, explicit=True)

    def action_revert_field(self) -> None:
        """ctrl+r: put the saved value back into the focused field (after a conflict: take theirs)."""
        focused, measure = self.focused, self.measure
        if isinstance(focused, AmountInput | FieldTextArea) and measure is not None:
            self._load(focused, measure)

    def action_leave_field(self) -> None:
        self.query_one(StepList).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        select, measure = event.select, self.measure
        name = select.id
        # Only a choice the user made counts: redrawing (new options, the stored value put back)
        # also changes the value, and must never save anything.
        if measure is None or name not in ("kind", "status") or not select.has_focus_within:
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
        started = measure.national

        def answered(changed) -> None:
            for name, value in (changed or {}).items():
                expected = getattr(started, name)
                if not self.save(partial(SetNationalField, self.uid, name, value, expected=expected)):
                    break
            self.refresh_plan()

        self.app.push_screen(NationalDialog(started, measure.title, self.tui.lang), answered)

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

    def _field_value(self, name: str) -> str | None:
        measure = self.measure
        return None if measure is None else getattr(measure, name)

    def action_edit_title(self) -> None:
        self.ask_text(
            self.tui.t("measure.edit_title"),
            lambda: self._field_value("title"),
            lambda text, started: SetMeasureField(self.uid, "title", text, expected=started),
        )

    def action_edit_mission(self) -> None:
        self.ask_text(
            self.tui.t("measure.edit_mission"),
            lambda: self._field_value("mission"),
            lambda text, started: SetMeasureField(self.uid, "mission", text, expected=started),
        )

    def ask_text(
        self,
        prompt: str,
        stored: Callable[[], str | None],
        make: Callable[[str, str], Change],
        typed: str | None = None,
    ) -> None:
        """Ask for a text in a one-line dialog and save it (``make(text, started)`` builds the change).

        When someone else changed the text meanwhile, the save is refused with a message and the
        dialog opens again with the typed text: enter then saves it over theirs, escape drops it.
        """
        started = stored()
        if started is None:
            return

        def done(text: str | None) -> None:
            if text is None or text == started or self._gone:
                return
            try:
                change = make(text, started)
            except ValidationError as exc:
                self.tui.report_error(exc)
                return
            if isinstance(self.tui.submit_change(change).error, ConflictError):
                self.ask_text(prompt, stored, make, typed=text)

        value = started if typed is None else typed
        question = prompt if typed is None else prompt + "\n" + self.tui.t("conflict.dialog", theirs=started)
        self.app.push_screen(PromptDialog(question, value, self.tui.lang), done)

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

        self.ask_text(
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
