"""Dialogs of the national system's fields of a measure (:mod:`tui_app.national`).

- :class:`NationalDialog`: every optional field in one form (``g`` on the measure screen), built
  from :data:`tui_app.field_specs.NATIONAL_FIELDS` with the app's field widgets
  (:mod:`tui_app.screens.fields`); F2 / ctrl+o saves what changed, each value checked by its
  declaration first (a bad one keeps the dialog open with its message and the typed text, marked),
  escape leaves without saving. When a save meets someone else's change of a field, the dialog
  opens again with what was typed (``typed``) and their value in a note (``conflict``): F2 then
  saves it over theirs on purpose, escape keeps theirs.
- :class:`CannotReasonDialog`: asked when "cannot be carried out" is chosen; the reason is
  required ("other" with its words); escape keeps the status as it was.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, RadioButton, RadioSet

from tui_app.errors import ValidationError
from tui_app.field_specs import NATIONAL_FIELDS, Editor
from tui_app.i18n import t as catalogue
from tui_app.national import (
    CannotReason,
    NationalFields,
    amount_text,
    check_cannot,
    parse_field,
    quarters_text,
)
from tui_app.screens.fields import LineField, OrderedInput, TextField, read_field


def national_line(measure, t) -> str:
    """The measure's national fields on one line (``t``: the app's catalogue), or how to add them."""
    from tui_app.model import Status
    from tui_app.national import NO_BUDGET_THAI

    n: NationalFields = measure.national
    parts = []
    if n.quarters:
        parts.append(f"{t('field.quarters')}: {quarters_text(n.quarters)}")
    if n.target_groups:
        parts.append(f"{t('field.target_groups')}: {n.target_groups}")
    for name in ("budget_local_plan", "budget_ordinance"):
        if getattr(n, name) is not None:
            parts.append(f"{t('field.' + name)}: {amount_text(getattr(n, name))}")
    if n.no_budget:
        parts.append(t("field.no_budget") if t("field.no_budget") else NO_BUDGET_THAI)
    if n.indicator:
        parts.append(f"{t('field.indicator')}: {n.indicator}")
    if measure.status is Status.CANNOT:
        if n.cannot_reason is None:
            parts.append(t("national.reason_missing"))
        else:
            words = t(f"cannot.{n.cannot_reason.value}")
            parts.append(f"{t('field.cannot_reason')}: {words}" + (f" ({n.cannot_text})" if n.cannot_text else ""))
    if n.objective:
        parts.append(f"{t('field.objective')}: {n.objective}")
    return " · ".join(parts) if parts else t("national.none")


class NationalDialog(ModalScreen[dict[str, Any] | None]):
    """Edit the national fields; dismisses with the changed fields' new values, or None."""

    CSS_PATH = "national.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="national.cancel"),
        Binding("f2,ctrl+o", "accept", "Save", id="national.accept"),
    ]

    def __init__(
        self,
        current: NationalFields,
        title: str,
        lang: str = "th",
        typed: dict[str, Any] | None = None,
        conflict: str | None = None,
    ) -> None:
        super().__init__()
        self.current = current
        self.measure_title = title
        self.lang = lang
        #: values typed before (given back after a conflict), shown instead of the stored ones
        self.typed = typed or {}
        #: after a conflict: the field and the other person's value, said above the form
        self.conflict = conflict

    def t(self, key: str, **params: object) -> str:
        return catalogue(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog", classes="dialog"):
            yield Label(Content(self.t("national.heading", title=self.measure_title)), id="dialog-message")
            if self.conflict is not None:
                yield Label(Content(self.conflict), id="national-conflict", classes="nat-label")
            for spec in NATIONAL_FIELDS.values():
                value = self.typed.get(spec.name, getattr(self.current, spec.name))
                widget_id = f"nat-{spec.name}"
                if spec.editor is Editor.CHECK:
                    yield Checkbox(self.t(spec.label_key), value, id=widget_id, compact=True)
                elif spec.editor is Editor.TEXT:
                    yield Label(Content(self.t(spec.label_key)), classes="nat-label")
                    yield TextField(spec, text=spec.shown(value), id=widget_id, soft_wrap=True, compact=True)
                else:
                    with Horizontal(classes="nat-row"):
                        yield Label(Content(self.t(spec.label_key)))
                        yield LineField(
                            spec, value=spec.shown(value), id=widget_id, compact=True, select_on_focus=False
                        )
            yield Label(Content(self.t("national.hint")), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query(LineField).first().focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_accept(self) -> None:
        changed: dict[str, Any] = {}
        for field in [w for w in self.query("LineField, TextField") if isinstance(w, LineField | TextField)]:
            try:
                value = read_field(field)
            except ValidationError as exc:
                field.focus()
                self.app.notify(exc.message(self.lang), severity="error", markup=False)
                return
            if value != getattr(self.current, field.spec.name):
                changed[field.spec.name] = value
        for box in self.query(Checkbox):
            name = (box.id or "").removeprefix("nat-")
            if box.value != getattr(self.current, name):
                changed[name] = NATIONAL_FIELDS[name].parse(box.value)
        self.dismiss(changed)

    def action_cancel(self) -> None:
        self.dismiss(None)


class CannotReasonDialog(ModalScreen[tuple[CannotReason, str] | None]):
    """Why the measure cannot be carried out; dismisses with (reason, words) or None."""

    CSS_PATH = "national.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cannot.cancel"),
        Binding("f2,ctrl+o", "accept", "Save", id="cannot.accept"),
    ]

    def __init__(self, current: NationalFields, lang: str = "th") -> None:
        super().__init__()
        self.current = current
        self.lang = lang

    def t(self, key: str, **params: object) -> str:
        return catalogue(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(Content(self.t("cannot.heading")), id="dialog-message")
            with RadioSet(id="cannot-reason"):
                for reason in CannotReason:
                    yield RadioButton(
                        self.t(f"cannot.{reason.value}"),
                        reason is self.current.cannot_reason,
                        id=f"reason-{reason.value}",
                    )
            yield Label(Content(self.t("cannot.other_text")), classes="nat-label")
            yield OrderedInput(value=self.current.cannot_text, id="cannot-text", compact=True, select_on_focus=False)
            yield Label(Content(self.t("cannot.hint")), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    def chosen(self) -> CannotReason | None:
        pressed = self.query_one(RadioSet).pressed_button
        return None if pressed is None or pressed.id is None else CannotReason(pressed.id.removeprefix("reason-"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_accept()

    def action_accept(self) -> None:
        reason = self.chosen()
        text = self.query_one("#cannot-text", Input).value.strip()
        try:
            check_cannot(reason, text)
            text = parse_field("cannot_text", text)
        except ValidationError as exc:
            self.app.notify(exc.message(self.lang), severity="error")
            return
        assert reason is not None
        self.dismiss((reason, text if reason is CannotReason.OTHER else ""))

    def action_cancel(self) -> None:
        self.dismiss(None)
