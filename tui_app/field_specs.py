"""The one declaration of the fields a person edits: a measure's, the plan header's, the national ones.

Each field is a :class:`FieldSpec`: its name (the record's attribute, and the name a change and
the change history use), the catalogue key of its label (``field.<name>``: the noun a message
uses, and -- first letter raised -- the label a screen shows), how a typed or stored value is
checked and normalised (``parse``, a :class:`~tui_app.errors.ValidationError` for a bad one), how
a stored value reads in its editor (``shown``) and which kind of editor it takes (:class:`Editor`).

Everything else is derived from these lists, the way everything about a status is derived from
:data:`tui_app.model.STATUSES`:

- the measure screen builds its editors from :data:`MEASURE_FIELDS` (choices in one row, amounts
  in the next, multi-line texts under the checklist, one-line texts in the heading);
- plan details builds its form from :data:`PLAN_FIELDS`; the national fields' dialog from
  :data:`NATIONAL_FIELDS`;
- :class:`~tui_app.changes.SetMeasureField` and :class:`~tui_app.changes.SetPlanField` check
  their value with ``parse`` and name the field by ``label_key``; whether a value is typed or
  chosen (:attr:`FieldSpec.typed`) decides what counts as a conflict;
- the change history names a changed field by its ``label_key`` (:func:`label_key_of`).

A new field of a measure ("quarter") is one :class:`Measure` attribute (stored in its document),
one entry here and its ``field.quarter`` label in the catalogue. Plain Python, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import partial
from typing import Any

from tui_app.errors import ValidationError
from tui_app.flags import THRESHOLD_FIELDS, parse_percent
from tui_app.model import Kind, Status, clean_text, require_text
from tui_app.money import format_money, parse_money
from tui_app.national import amount_text, parse_field, quarters_text
from tui_app.thai import arabic_digits, ce_year, slash_date


class Editor(str, Enum):
    """Which editor a field takes on screen."""

    #: one line of text; on the measure screen asked for in a one-line dialog (its key), and shown
    #: in the heading
    LINE = "line"
    #: several lines of text, edited in place; saved when the field is left or with ctrl+o / F2
    TEXT = "text"
    #: an amount in baht, edited in place; empty is "not given"
    AMOUNT = "amount"
    #: one of the members of :attr:`FieldSpec.choices`, picked from a list
    CHOICE = "choice"
    #: a whole number, a date, a percentage: one line typed in place (plan details)
    VALUE = "value"
    #: a yes/no box
    CHECK = "check"
    #: not edited as such on the measure screen (the dimension and order: moved in plan details)
    NONE = "none"


def plain_text(value: Any) -> str:
    """A stored value as its editor shows it: ``None`` as an empty field."""
    return "" if value is None else str(value)


def amount_shown(value: Decimal | None) -> str:
    """An amount as its field shows it (``1,234.50``); empty for an amount not given."""
    return format_money(value)


def parse_positive_int(value: Any) -> int:
    text = arabic_digits(str(value).strip())
    if not text.isdigit() or int(text) < 1:
        raise ValidationError("error.number_not_whole", text=value)
    return int(text)


def parse_be_date(value: str) -> date | None:
    """``06/11/2566`` (day/month/Buddhist-Era year) to a date; an empty text clears the date."""
    text = arabic_digits(str(value).strip())
    if not text:
        return None
    try:
        day, month, year = (int(p) for p in text.replace("-", "/").replace(".", "/").split("/"))
        return date(ce_year(year), month, day)
    except (ValueError, TypeError):
        raise ValidationError("error.date", text=value) from None


def _date(value: Any) -> date | None:
    return value if isinstance(value, date) or value is None else parse_be_date(value)


def _date_shown(value: Any) -> str:
    return slash_date(value) if isinstance(value, date) else ""


@dataclass(frozen=True)
class FieldSpec:
    """One field a person edits."""

    #: the record's attribute; also the name in a change and in the change history
    name: str
    editor: Editor
    #: a typed (or stored) value checked and normalised; a :class:`ValidationError` for a bad one
    parse: Callable[[Any], Any]
    #: how a stored value reads in its editor
    shown: Callable[[Any], str] = plain_text
    #: the values to choose from (:attr:`Editor.CHOICE`)
    choices: type[Enum] | None = None

    @property
    def label_key(self) -> str:
        """The catalogue key of the field's name (``field.result``)."""
        return f"field.{self.name}"

    @property
    def typed(self) -> bool:
        """A typed text: any change someone else made meanwhile is a conflict. A chosen value (a
        choice, an amount, a number) conflicts only when the file holds a third value."""
        return self.editor in (Editor.LINE, Editor.TEXT)

    @property
    def multiline(self) -> bool:
        return self.editor is Editor.TEXT


def _text(name: str, *, multiline: bool = False) -> Callable[[Any], str]:
    return lambda value: clean_text(str(value), multiline=multiline, field=name)


def _required(name: str) -> Callable[[Any], str]:
    return lambda value: require_text(str(value), f"field.{name}")


def _spec_table(*specs: FieldSpec) -> dict[str, FieldSpec]:
    return {spec.name: spec for spec in specs}


#: the fields of a measure, in the order the measure screen shows them (by kind of editor)
MEASURE_FIELDS: dict[str, FieldSpec] = _spec_table(
    FieldSpec("title", Editor.LINE, _required("title")),
    FieldSpec("mission", Editor.LINE, _text("mission", multiline=True)),
    FieldSpec("kind", Editor.CHOICE, Kind, choices=Kind),
    FieldSpec("status", Editor.CHOICE, Status, choices=Status),
    FieldSpec("budget", Editor.AMOUNT, parse_money, amount_shown),
    FieldSpec("disbursed", Editor.AMOUNT, parse_money, amount_shown),
    FieldSpec("result", Editor.TEXT, _text("result", multiline=True)),
    FieldSpec("remarks", Editor.TEXT, _text("remarks", multiline=True)),
    FieldSpec("dimension", Editor.NONE, parse_positive_int),
    FieldSpec("order", Editor.NONE, parse_positive_int),
)

#: the plan header's fields, in the order of the plan details form (the fiscal year, read only,
#: is shown after ``plan_period``)
PLAN_FIELDS: dict[str, FieldSpec] = _spec_table(
    FieldSpec("organization", Editor.LINE, _required("organization")),
    FieldSpec("plan_title", Editor.LINE, _text("plan_title")),
    FieldSpec("plan_period", Editor.LINE, _text("plan_period")),
    FieldSpec("round_months", Editor.VALUE, parse_positive_int),
    *(FieldSpec(name, Editor.VALUE, parse_percent) for name in THRESHOLD_FIELDS),
    FieldSpec("as_of", Editor.VALUE, _date, _date_shown),
    FieldSpec("reporter", Editor.LINE, _text("reporter")),
    FieldSpec("position", Editor.LINE, _text("position")),
    FieldSpec("department", Editor.LINE, _text("department")),
    FieldSpec("doc_number_prefix", Editor.LINE, _text("doc_number_prefix")),
    FieldSpec("addressee", Editor.LINE, _text("addressee")),
    FieldSpec("introduction", Editor.TEXT, _text("introduction", multiline=True)),
    FieldSpec("problems", Editor.TEXT, _text("problems", multiline=True)),
    FieldSpec("suggestions", Editor.TEXT, _text("suggestions", multiline=True)),
)

#: the national system's fields of a measure (:mod:`tui_app.national`) that its dialog edits,
#: in the dialog's order (the reason it cannot be carried out is asked for with that status)
NATIONAL_FIELDS: dict[str, FieldSpec] = _spec_table(
    FieldSpec("quarters", Editor.LINE, partial(parse_field, "quarters"), quarters_text),
    FieldSpec("target_groups", Editor.LINE, partial(parse_field, "target_groups")),
    FieldSpec("budget_local_plan", Editor.AMOUNT, partial(parse_field, "budget_local_plan"), amount_text),
    FieldSpec("budget_ordinance", Editor.AMOUNT, partial(parse_field, "budget_ordinance"), amount_text),
    FieldSpec("indicator", Editor.LINE, partial(parse_field, "indicator")),
    FieldSpec("no_budget", Editor.CHECK, partial(parse_field, "no_budget")),
    FieldSpec("objective", Editor.TEXT, partial(parse_field, "objective")),
)


def measure_field(name: str) -> FieldSpec:
    """The declaration of a measure's field; ``ValueError`` for a name a measure does not have."""
    try:
        return MEASURE_FIELDS[name]
    except KeyError:
        raise ValueError(f"a measure has no field {name!r}") from None


def plan_field(name: str) -> FieldSpec:
    """The declaration of a plan header field; ``ValueError`` for a name the header does not have."""
    try:
        return PLAN_FIELDS[name]
    except KeyError:
        raise ValueError(f"a plan has no field {name!r}") from None


#: the declared fields of each kind of record the change history names (``target`` of an entry)
FIELDS_OF_TARGET: dict[str, dict[str, FieldSpec]] = {
    "measure": MEASURE_FIELDS,
    "plan": PLAN_FIELDS,
}


def label_key_of(target: object, name: object) -> str | None:
    """The label key of field ``name`` of a ``target`` record (``"measure"``, ``"plan"``), if declared."""
    spec = FIELDS_OF_TARGET.get(str(target), {}).get(str(name))
    return None if spec is None else spec.label_key
