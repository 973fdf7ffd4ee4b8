"""Edits of a plan, each a small value that knows how to apply itself to a :class:`Plan`.

The store applies one change to freshly read records inside its lock, so two people who save at
the same moment both keep their change. For that to hold, a change names what it changes by the
record's ``uid`` (not by its position, which another person may have shifted) and sets a value
rather than toggling one. A change can carry the value the user started from (``expected``):
when someone else changed the field meanwhile, applying the change raises :class:`ConflictError`
instead of silently overwriting their value. For a value chosen rather than typed (a tick, the
status, the kind, an amount, the dimension) a change that sets the value the file already holds
is not a conflict: both people wanted the same thing. Its message names the field and what the
file holds now.

Changes that add, move or remove a measure number the measures again (:meth:`Plan.renumber`):
by dimension, then by order within it, as the official table does.

Input is checked when a change is built, so a bad value never reaches the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tui_app.errors import ConflictError, GoneError, Term, ValidationError
from tui_app.field_specs import measure_field, parse_positive_int, plan_field
from tui_app.field_specs import parse_be_date as parse_be_date  # its old home: still importable here
from tui_app.flags import THRESHOLD_FIELDS
from tui_app.model import Dimension, Kind, Measure, Plan, Status, Step, new_uid, require_text
from tui_app.money import format_money

_UNSET: Any = object()


class Change:
    """Base of all changes."""

    def apply(self, plan: Plan) -> None:  # pragma: no cover - abstract
        """Change ``plan`` in place; check everything first, so that a change refused with a
        :class:`ValidationError` has changed nothing (the session applies changes to the plan on
        screen directly, without a copy)."""
        raise NotImplementedError

    @property
    def typed_text(self) -> str | None:
        """The text the user typed, for a change that carries some (to give back if it is refused)."""
        return None

    @property
    def touched(self) -> frozenset[str] | None:
        """The uids of the measures this change touches: the only records it reads or changes.

        A change that names them changes nothing else (not the plan's header, its dimensions,
        nor the numbering of other measures), so a screen redraws just those measures and the
        store compares and writes just their documents. ``None``: anything may have changed.
        """
        return None


class _OneMeasure(Change):
    """A change of one measure's own fields or steps (``measure_uid``), nothing else."""

    measure_uid: str

    @property
    def touched(self) -> frozenset[str] | None:
        return frozenset((self.measure_uid,))


def _measure(plan: Plan, uid: str) -> Measure:
    try:
        return plan.measure(uid)
    except KeyError:
        raise GoneError("error.gone") from None


def _step(measure: Measure, uid: str) -> Step:
    try:
        return measure.step(uid)
    except KeyError:
        raise GoneError("error.gone") from None


def _check_expected(current: object, expected: object, what: str) -> None:
    if expected is not _UNSET and current != expected:
        raise ConflictError("error.conflict", what=what)


def _check_expected_value(current: object, expected: object, new: object, what: str) -> None:
    """Refuse a chosen value when the file holds neither the value started from nor the new one.

    The message names the field (``what``) and what the file holds now.
    """
    if expected is _UNSET or current in (expected, new):
        return
    raise ConflictError("error.conflict_value", what=what, now=describe_value(current))


def describe_value(value: object) -> object:
    """A stored value as a conflict message names it: a catalogue :class:`Term`, or a figure."""
    if isinstance(value, bool):
        return Term("value.done" if value else "value.not_done")
    if isinstance(value, Status):
        return Term(f"status.{value.value}")
    if isinstance(value, Kind):
        return Term(f"kind.{value.value}")
    if isinstance(value, Decimal):
        return format_money(value)
    if value is None:
        return Term("money.not_given")
    return str(value)


# --- steps ------------------------------------------------------------------------------------


@dataclass
class SetStepDone(_OneMeasure):
    """Tick (``done``) or untick a step; ``expected``: whether it was ticked on the user's screen."""

    measure_uid: str
    step_uid: str
    done: bool
    expected: Any = _UNSET

    def apply(self, plan: Plan) -> None:
        step = _step(_measure(plan, self.measure_uid), self.step_uid)
        _check_expected_value(step.done, self.expected, self.done, "field.step_done")
        step.done = self.done


@dataclass
class SetStepText(_OneMeasure):
    measure_uid: str
    step_uid: str
    text: str
    expected: Any = _UNSET

    def __post_init__(self) -> None:
        self.text = require_text(self.text, "field.step")

    def apply(self, plan: Plan) -> None:
        step = _step(_measure(plan, self.measure_uid), self.step_uid)
        _check_expected(step.text, self.expected, "field.step")
        step.text = self.text

    @property
    def typed_text(self) -> str | None:
        return self.text


@dataclass
class AddStep(_OneMeasure):
    """Add a step after ``after_uid`` (at the end when it is ``None`` or gone)."""

    measure_uid: str
    text: str
    after_uid: str | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        self.text = require_text(self.text, "field.step")

    def apply(self, plan: Plan) -> None:
        steps = _measure(plan, self.measure_uid).steps
        index = len(steps)
        for i, s in enumerate(steps):
            if s.uid == self.after_uid:
                index = i + 1
        steps.insert(index, Step(text=self.text, uid=self.uid))


@dataclass
class RemoveStep(_OneMeasure):
    measure_uid: str
    step_uid: str

    def apply(self, plan: Plan) -> None:
        measure = _measure(plan, self.measure_uid)
        measure.steps = [s for s in measure.steps if s.uid != self.step_uid]


@dataclass
class MoveStep(_OneMeasure):
    """Move a step up (``offset`` -1) or down (+1); at either end it stays where it is."""

    measure_uid: str
    step_uid: str
    offset: int

    def apply(self, plan: Plan) -> None:
        steps = _measure(plan, self.measure_uid).steps
        step = next((s for s in steps if s.uid == self.step_uid), None)
        if step is None:
            raise GoneError("error.gone")
        i = steps.index(step)
        j = max(0, min(len(steps) - 1, i + self.offset))
        steps.insert(j, steps.pop(i))


# --- measures ---------------------------------------------------------------------------------

@dataclass
class SetMeasureField(Change):
    """Set one field of a measure; the value is checked and normalised when the change is built."""

    measure_uid: str
    name: str
    value: Any
    expected: Any = _UNSET

    def __post_init__(self) -> None:
        self.value = measure_field(self.name).parse(self.value)

    def apply(self, plan: Plan) -> None:
        measure = _measure(plan, self.measure_uid)
        current = getattr(measure, self.name)
        spec = measure_field(self.name)
        if self.name == "dimension":
            _require_dimension(plan, self.value)
        if spec.typed:
            _check_expected(current, self.expected, spec.label_key)
        else:
            _check_expected_value(current, self.expected, self.value, spec.label_key)
        if self.name == "dimension" and current != self.value:
            # moved: last in its new dimension, everyone numbered again
            measure.order = max(m.order for m in plan.measures) + 1
        setattr(measure, self.name, self.value)
        if self.name in ("dimension", "order"):
            plan.renumber()

    @property
    def typed_text(self) -> str | None:
        return self.value if isinstance(self.value, str) and measure_field(self.name).typed else None

    @property
    def touched(self) -> frozenset[str] | None:
        # a new dimension or order numbers every measure again
        return None if self.name in ("dimension", "order") else frozenset((self.measure_uid,))


@dataclass
class AddMeasure(Change):
    """Add a measure last in its dimension; the measures after it are numbered one further."""

    title: str
    dimension: int
    kind: Kind = Kind.PROJECT
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        self.title = require_text(self.title, "field.title")

    def apply(self, plan: Plan) -> None:
        _require_dimension(plan, self.dimension)
        order = max((m.order for m in plan.measures), default=0) + 1
        plan.measures.append(
            Measure(
                order=order,
                title=self.title,
                dimension=self.dimension,
                kind=self.kind,
                budget=None,  # not given until someone enters it
                disbursed=None,
                uid=self.uid,
            )
        )
        plan.renumber()


@dataclass
class RemoveMeasure(Change):
    """Remove a measure; the others keep their relative order, numbered again from 1."""

    measure_uid: str

    def apply(self, plan: Plan) -> None:
        plan.measures = [m for m in plan.measures if m.uid != self.measure_uid]
        plan.renumber()


# --- plan and dimensions ----------------------------------------------------------------------

@dataclass
class SetPlanField(Change):
    name: str
    value: Any
    expected: Any = _UNSET

    def __post_init__(self) -> None:
        self.value = plan_field(self.name).parse(self.value)

    def apply(self, plan: Plan) -> None:
        _check_expected(getattr(plan, self.name), self.expected, plan_field(self.name).label_key)
        setattr(plan, self.name, self.value)
        if self.name in THRESHOLD_FIELDS:  # a round's orange threshold may not pass its green one
            months = int(self.name.rsplit("_", 1)[1])
            limits = plan.flag_thresholds[months]
            if limits.orange > limits.green:
                raise ValidationError("error.flag_order", months=months, orange=limits.orange, green=limits.green)

    @property
    def typed_text(self) -> str | None:
        return self.value if isinstance(self.value, str) else None


def _require_dimension(plan: Plan, number: int) -> Dimension:
    try:
        return plan.dimension(number)
    except KeyError:
        raise ValidationError("error.no_dimension", number=number) from None


@dataclass
class AddDimension(Change):
    number: int
    title: str

    def __post_init__(self) -> None:
        self.number = parse_positive_int(self.number)
        self.title = require_text(self.title, "field.dimension_title")

    def apply(self, plan: Plan) -> None:
        if any(d.number == self.number for d in plan.dimensions):
            raise ValidationError("error.dimension_exists", number=self.number)
        plan.dimensions.append(Dimension(self.number, self.title))
        plan.dimensions.sort(key=lambda d: d.number)


@dataclass
class RenameDimension(Change):
    number: int
    title: str
    expected: Any = _UNSET

    def __post_init__(self) -> None:
        self.title = require_text(self.title, "field.dimension_title")

    def apply(self, plan: Plan) -> None:
        dimension = _require_dimension(plan, self.number)
        _check_expected(dimension.title, self.expected, "field.dimension_title")
        dimension.title = self.title

    @property
    def typed_text(self) -> str | None:
        return self.title


@dataclass
class RemoveDimension(Change):
    """Remove an empty dimension; one that still holds measures is refused."""

    number: int

    def apply(self, plan: Plan) -> None:
        _require_dimension(plan, self.number)
        held = len(plan.measures_of(self.number))
        if held:
            raise ValidationError("error.dimension_not_empty", number=self.number, count=held)
        plan.dimensions = [d for d in plan.dimensions if d.number != self.number]


# --- the national system's fields ---------------------------------------------------------------


@dataclass
class SetNationalField(_OneMeasure):
    """Set one of a measure's national fields (:mod:`tui_app.national`), checked when built."""

    measure_uid: str
    name: str
    value: Any
    expected: Any = _UNSET

    def __post_init__(self) -> None:
        from tui_app.national import parse_field

        self.value = parse_field(self.name, self.value)

    def apply(self, plan: Plan) -> None:
        measure = _measure(plan, self.measure_uid)
        _check_expected(getattr(measure.national, self.name), self.expected, "field." + self.name)
        measure.national = measure.national.with_(**{self.name: self.value})


@dataclass
class SetCannot(_OneMeasure):
    """Set a measure's status to "cannot be carried out" with its required reason, at once."""

    measure_uid: str
    reason: Any
    text: str = ""
    expected: Any = _UNSET  # the status the user started from

    def __post_init__(self) -> None:
        from tui_app.national import CannotReason, check_cannot, parse_field

        self.reason = None if self.reason is None else CannotReason(self.reason)
        self.text = parse_field("cannot_text", self.text)
        check_cannot(self.reason, self.text)

    def apply(self, plan: Plan) -> None:
        from tui_app.national import CannotReason

        measure = _measure(plan, self.measure_uid)
        _check_expected(measure.status, self.expected, "field.status")
        measure.status = Status.CANNOT
        text = self.text if self.reason is CannotReason.OTHER else ""
        measure.national = measure.national.with_(cannot_reason=self.reason, cannot_text=text)

