"""Text fields that apply keys in the order they were typed.

Textual 8 handles a typed character inside the field at once, but sends a bound key (backspace,
delete, arrows, home/end, ctrl+u, …) up to the app before its action runs. When keys arrive
together -- as they do over a slow SSH link, where a line's worth of keystrokes comes in one
packet -- a character can be inserted before the edit key that preceded it: ``ctrl+u`` then
``123`` leaves an empty field (textual #6605). These fields run their own key bindings as the
key arrives, so edits keep their order. Keys bound further up (the screen's, the app's) still
travel as usual; they come after the typing that precedes them anyway.

Every ``Input`` and ``TextArea`` of the app is one of these.

Editing a field
---------------
Every field a person edits in place -- on the measure screen, in plan details -- is a
:class:`LineField` or a :class:`TextField` built from its declaration
(:mod:`tui_app.field_specs`), and is saved by one :class:`FieldForm` through the same cycle: edit,
check, submit, conflict, give back (see :class:`FieldForm`). A text asked for in a one-line dialog
(a title, a step, a dimension's name) goes through :func:`ask_text`, which asks again after a
conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.widget import Widget
from textual.widgets import Input, TextArea

from tui_app.errors import ConflictError, ValidationError
from tui_app.field_specs import FieldSpec
from tui_app.screens.base import PlanScreen
from tui_app.screens.conflict import ConflictNote

if TYPE_CHECKING:
    from tui_app.changes import Change


class _OrderedKeys:
    """Mixin for a text widget: run the widget's own (non-priority) bindings inline."""

    def _inserts(self, event: events.Key) -> bool:
        """Whether the widget itself already took this key as text."""
        return event.is_printable

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)  # type: ignore[misc]
        if self._inserts(event):
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):  # type: ignore[attr-defined]
            if not binding.priority and await self.app.run_action(binding.action, self):  # type: ignore[attr-defined]
                event.stop()
                event.prevent_default()
                return


class OrderedInput(_OrderedKeys, Input):
    """An ``Input`` whose editing keys keep their order with typed characters."""


class OrderedTextArea(_OrderedKeys, TextArea):
    """A ``TextArea`` whose editing keys keep their order with typed characters."""

    def _inserts(self, event: events.Key) -> bool:
        if self.read_only:
            return False
        return event.is_printable or event.key == "enter" or (event.key == "tab" and self.tab_behavior == "indent")


def field_text(widget: Input | TextArea) -> str:
    """What a one-line or multi-line field holds."""
    return widget.text if isinstance(widget, TextArea) else widget.value


def set_field_text(widget: Input | TextArea, text: str) -> None:
    """Show ``text`` in a field, leaving it alone (cursor and all) when it already shows it."""
    if isinstance(widget, TextArea):
        if widget.text != text:
            widget.load_text(text)
    elif widget.value != text:
        widget.value = text
        widget.cursor_position = len(text)


# --- one field's edit -> check -> save -> conflict -> give back ---------------------------------


class FieldEditor:
    """What an editable field remembers, kept on its widget (mixed into :class:`LineField` and
    :class:`TextField`): its declaration, the stored value it started from (sent as ``expected``)
    and, after a conflict, the other person's value as the conflict note showed it."""

    spec: FieldSpec
    #: the stored value this field started from
    base: Any = None
    #: its save met someone else's change: leaving it no longer saves; ctrl+o / F2 does
    conflict: bool = False
    #: after a conflict: the other person's value, as the note shows it
    theirs: Any = None

    @property
    def field_name(self) -> str:
        return self.spec.name


class LineField(FieldEditor, OrderedInput):
    """A one-line field (an amount, a number, a date, a line of text). Enter saves it."""

    def __init__(self, spec: FieldSpec, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec


class TextField(FieldEditor, OrderedTextArea):
    """A multi-line field. Leaving it or ctrl+o / F2 saves it."""

    def __init__(self, spec: FieldSpec, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec

    @property
    def value(self) -> str:
        return self.text


Field = LineField | TextField


def read_field(field: Field) -> Any:
    """The value typed into ``field``, checked by its declaration; a refused one marks the field
    (and raises the :class:`ValidationError` that says why)."""
    try:
        value = field.spec.parse(field_text(field))
    except ValidationError:
        field.add_class("-invalid")
        raise
    field.remove_class("-invalid")
    return value


class FieldForm:
    """The fields of one record on a screen, and the one cycle by which each is saved.

    - ``record()``: the record the fields belong to, as the plan holds it now (``None``: gone);
    - ``make(name, text, expected)``: the change that sets field ``name`` to the typed ``text``,
      checked when built (a :class:`ValidationError` for a bad value);
    - ``saved(field, change, typed)``: called after a save was taken (to say more about it).

    A value the field refuses stays in it, marked, with the message. A save refused because
    someone else changed the field meanwhile keeps the user's text, marked, and the
    :class:`ConflictNote` shows the other person's value: leaving the field no longer tries to save
    it, ``commit(explicit=True)`` (enter, ctrl+o, F2) saves it over the value the note showed (and is
    refused again if that changed once more), :meth:`load` (ctrl+r) takes the stored value.
    """

    def __init__(
        self,
        screen: PlanScreen,
        record: Callable[[], Any],
        make: Callable[[str, str, Any], Change],
        saved: Callable[[Field, Change, str], None] | None = None,
    ) -> None:
        self.screen = screen
        self.record = record
        self.make = make
        self.saved = saved

    # --- reading ----------------------------------------------------------------------------

    def fields(self) -> list[Field]:
        return list(self.screen.query("LineField, TextField"))  # type: ignore[arg-type]

    def field_of(self, widget: object) -> Field | None:
        return widget if isinstance(widget, LineField | TextField) and widget in self.fields() else None

    def label(self, spec: FieldSpec) -> str:
        """The field's label on screen: its catalogue name with the first letter raised."""
        text = self.screen.tui.t(spec.label_key)
        return text[:1].upper() + text[1:]

    def is_dirty(self, field: Field) -> bool:
        """The field holds something else than the value it started from (or a value it refuses)."""
        try:
            return field.spec.parse(field_text(field)) != field.base
        except ValidationError:
            return True

    def unsaved(self) -> Field | None:
        return next((field for field in self.fields() if self.is_dirty(field)), None)

    # --- showing ----------------------------------------------------------------------------

    def load(self, field: Field) -> None:
        """Show the stored value in ``field`` (dropping what was typed, and any conflict)."""
        record = self.record()
        if record is None:
            return
        field.base = getattr(record, field.spec.name)
        field.conflict = False
        field.theirs = None
        field.remove_class("-invalid")
        set_field_text(field, field.spec.shown(field.base))
        self.show_conflict()

    def load_all(self) -> None:
        for field in self.fields():
            self.load(field)

    def sync(self) -> None:
        """After the plan changed: show the stored values, except in a field the user is in or
        has typed something unsaved into (it takes the stored value once left unchanged). A field
        showing the stored value already is left as it is: setting its text lays the screen out."""
        record = self.record()
        for field in self.fields():
            if field.has_focus or self.is_dirty(field):
                continue
            if (
                record is not None
                and not field.conflict
                and not field.has_class("-invalid")
                and field.base == getattr(record, field.spec.name)
            ):
                continue
            self.load(field)

    def show_conflict(self) -> None:
        """Show the other person's value of a field in conflict (the focused one first), or hide the note."""
        if not self.screen.can_draw:
            return
        note = self.screen.query_one(ConflictNote)
        waiting = [field for field in self.fields() if field.conflict]
        if not waiting:
            note.hide()
            return
        field = next((f for f in waiting if f.has_focus), waiting[0])
        t = self.screen.tui.t
        theirs = field.spec.shown(field.theirs) or t("conflict.empty")
        note.show(t("conflict.heading", field=self.label(field.spec)), theirs, t("conflict.field_keys"))

    # --- saving -----------------------------------------------------------------------------

    def commit(self, field: Field, *, explicit: bool = False) -> bool:
        """Save the field if its text changed; True when nothing is left unsaved in it.

        ``explicit`` (enter, ctrl+o, F2) also saves over someone else's value after a conflict.
        """
        record = self.record()
        if record is None:
            return True
        name = field.spec.name
        if not self.is_dirty(field):
            field.remove_class("-invalid")
            if not field.has_focus or explicit:
                self.load(field)
            return True
        if field.conflict and not explicit:
            return False
        # over a conflict: checked against the other person's value the note showed, never a newer one
        expected = field.theirs if field.conflict else field.base
        typed = field_text(field)
        tui = self.screen.tui
        try:
            change = self.make(name, typed, expected)
        except ValidationError as exc:
            tui.report_error(exc)
            field.add_class("-invalid")
            return False
        value = getattr(change, "value", None)
        if value == getattr(record, name):
            # the file holds this value already (only spaces added, or the same as someone else's)
            self._accepted(field)
            return True
        outcome = tui.submit_change(change)
        record = self.record()
        if isinstance(outcome.error, ConflictError):
            field.conflict = True
            field.theirs = getattr(record, name) if record is not None else None
            field.add_class("-invalid")
            self.show_conflict()
            return False
        if record is None:
            return True
        if outcome.error is None or outcome.saved or getattr(record, name) == value:
            # saved, or kept on screen to be saved later (the unsaved marker says so)
            self._accepted(field)
            if self.saved is not None:
                self.saved(field, change, typed)
            return True
        field.add_class("-invalid")  # refused (the message says why); the text stays
        return False

    def _accepted(self, field: Field) -> None:
        record = self.record()
        field.base = getattr(record, field.spec.name)
        field.conflict = False
        field.theirs = None
        field.remove_class("-invalid")
        self.show_conflict()
        if isinstance(field, LineField) or not field.has_focus:
            # the stored form (1,234.00, 06/11/2566); a multi-line field is left alone while the
            # user is in it, so that the cursor stays where it is
            set_field_text(field, field.spec.shown(field.base))

    def commit_all(self) -> None:
        for field in self.fields():
            self.commit(field)


class FieldsScreen(PlanScreen):
    """A screen with a :class:`FieldForm` (``self.form``): leaving a field saves it, enter saves a
    one-line field (and, with :attr:`ENTER_MOVES_ON`, moves to the next), ctrl+r
    (``revert_field``) takes the stored value back, and the screen does not close over a field
    whose text could not be saved without saying so once (:meth:`PlanScreen.hold_unsaved`)."""

    form: FieldForm
    #: enter in a one-line field moves on to the next field once the value is saved
    ENTER_MOVES_ON = False

    def fields_ready(self) -> bool:
        """The fields are there and their record too (saving them makes sense)."""
        return self.can_draw and self.form.record() is not None

    def commit_edits(self) -> None:
        if self.fields_ready():
            self.form.commit_all()

    def unsaved_field(self) -> Widget | None:
        return self.form.unsaved() if self.fields_ready() else None

    def go_back(self) -> None:
        if not self.hold_unsaved():
            super().go_back()

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _typed(self) -> None:
        self._leave_armed = False

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        field = self.form.field_of(event.widget) if self.is_attached else None
        if field is not None and self.fields_ready():
            self.form.commit(field)

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        field = self.form.field_of(event.input)
        if field is not None:
            event.stop()
            if self.form.commit(field, explicit=True) and self.ENTER_MOVES_ON:
                self.focus_next()

    def focused_field(self) -> Field | None:
        return self.form.field_of(self.focused)

    def action_revert_field(self) -> None:
        """ctrl+r: put the stored value back into the focused field (after a conflict: take theirs)."""
        field = self.focused_field()
        if field is not None:
            self.form.load(field)


# --- a text asked for in a one-line dialog -------------------------------------------------------


def ask_text(
    screen: PlanScreen,
    prompt: str,
    stored: Callable[[], str | None],
    make: Callable[[str, str], Change],
    typed: str | None = None,
) -> None:
    """Ask for a text in a one-line dialog and save it (``make(text, started)`` builds the change).

    ``stored()`` gives the text as the plan holds it now (``None``: its record is gone). When
    someone else changed it meanwhile, the save is refused with a message and the dialog opens
    again with the typed text and theirs in its question: enter then saves it over theirs, escape
    drops it.
    """
    from tui_app.screens.dialogs import PromptDialog  # the dialog's own field is an OrderedInput

    started = stored()
    if started is None:
        return
    tui = screen.tui

    def done(text: str | None) -> None:
        if text is None or text == started or not screen.is_attached or stored() is None:
            return
        try:
            change = make(text, started)
        except ValidationError as exc:
            tui.report_error(exc)
            return
        if isinstance(tui.submit_change(change).error, ConflictError):
            ask_text(screen, prompt, stored, make, typed=text)

    value = started if typed is None else typed
    question = prompt if typed is None else prompt + "\n" + tui.t("conflict.dialog", theirs=started)
    screen.app.push_screen(PromptDialog(question, value, tui.lang), done)
