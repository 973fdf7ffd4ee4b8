"""The national reporting system's (e-PlanNACC) own fields of a measure, all optional.

- ``quarters``: the quarters of the fiscal year in which it runs (1-4);
- ``target_groups``: who it is for; ``objective``: what it is for;
- ``budget_local_plan``: its budget in the local development plan (แผนพัฒนาท้องถิ่น);
  ``budget_ordinance``: its budget in the local ordinance (ข้อบัญญัติ / เทศบัญญัติ); ``None``: not given;
- ``no_budget``: it uses no budget (ไม่ใช้งบประมาณ), printed as such instead of 0.00;
- ``cannot_reason`` (with ``cannot_text`` for "other"): why it cannot be carried out, required
  when that status is chosen (:class:`tui_app.changes_national.SetCannot` sets both at once);
- ``indicator``: a free tag, e.g. an ITA item code.

The measure's disbursed amount is its own field (:attr:`tui_app.model.Measure.disbursed`). The
fields are kept in a measure document's ``national`` object, written only when one is set, so a
file without them reads as before. Plain Python, no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from enum import Enum
from typing import Any

from tui_app.errors import ValidationError
from tui_app.money import format_money, parse_money
from tui_app.thai import ARABIC_DIGITS


class CannotReason(str, Enum):
    NO_BUDGET = "no_budget"
    POLICY = "policy_change"
    STAFF = "not_enough_staff"
    OTHER = "other"


CANNOT_REASON_THAI: dict[CannotReason, str] = {
    CannotReason.NO_BUDGET: "ไม่ได้รับงบประมาณ",
    CannotReason.POLICY: "เปลี่ยนแปลงนโยบายผู้บริหาร",
    CannotReason.STAFF: "บุคลากรไม่เพียงพอ",
    CannotReason.OTHER: "อื่น ๆ",
}

NO_BUDGET_THAI = "ไม่ใช้งบประมาณ"

#: limits of the text fields (characters)
SHORT_LIMIT = 2_000
LONG_LIMIT = 10_000


@dataclass(frozen=True)
class NationalFields:
    quarters: tuple[int, ...] = ()
    target_groups: str = ""
    objective: str = ""
    budget_local_plan: Decimal | None = None
    budget_ordinance: Decimal | None = None
    no_budget: bool = False
    cannot_reason: CannotReason | None = None
    cannot_text: str = ""
    indicator: str = ""

    @property
    def empty(self) -> bool:
        return self is _EMPTY or self == _EMPTY

    def with_(self, **changes: Any) -> NationalFields:
        return replace(self, **changes)

    def to_doc(self) -> dict:
        return {
            "quarters": list(self.quarters),
            "target_groups": self.target_groups,
            "objective": self.objective,
            "budget_local_plan": None if self.budget_local_plan is None else str(self.budget_local_plan),
            "budget_ordinance": None if self.budget_ordinance is None else str(self.budget_ordinance),
            "no_budget": self.no_budget,
            "cannot_reason": None if self.cannot_reason is None else self.cannot_reason.value,
            "cannot_text": self.cannot_text,
            "indicator": self.indicator,
        }

    @classmethod
    def from_doc(cls, doc: object) -> NationalFields:
        """The fields of a ``national`` document (missing: all empty); ``ValueError`` for a bad one."""
        if doc is None:
            return _EMPTY  # (immutable: every measure without national fields shares one)
        if not isinstance(doc, dict):
            raise ValueError(doc)
        try:
            return cls(
                quarters=parse_quarters(doc.get("quarters") or []),
                target_groups=_text(doc.get("target_groups"), "target_groups"),
                objective=_text(doc.get("objective"), "objective", multiline=True),
                budget_local_plan=_amount(doc.get("budget_local_plan")),
                budget_ordinance=_amount(doc.get("budget_ordinance")),
                no_budget=doc.get("no_budget", False) is True,
                cannot_reason=None if doc.get("cannot_reason") is None else CannotReason(doc["cannot_reason"]),
                cannot_text=_text(doc.get("cannot_text"), "cannot_text"),
                indicator=_text(doc.get("indicator"), "indicator"),
            )
        except (ValidationError, TypeError) as exc:
            raise ValueError(doc) from exc


_EMPTY = NationalFields()


def _text(value: object, name: str, *, multiline: bool = False) -> str:
    from tui_app.model import clean_text

    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(value)
    text = clean_text(value, multiline=multiline)
    limit = LONG_LIMIT if multiline else SHORT_LIMIT
    if len(text) > limit:
        raise ValidationError("error.too_long", what=f"field.{name}", limit=limit, length=len(text))
    return text


def _amount(value: object) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_money(str(value))


def parse_quarters(value: object) -> tuple[int, ...]:
    """``"1,3"``, ``"๒ ๓"``, ``[1, 2]`` → (1, 3) / (2, 3) / (1, 2); anything but 1-4 is refused."""
    items = value if isinstance(value, (list, tuple)) else str(value).translate(ARABIC_DIGITS).replace(",", " ").split()
    found = set()
    for item in items:
        text = str(item).strip().translate(ARABIC_DIGITS)
        if not text.isdigit() or not 1 <= int(text) <= 4:
            raise ValidationError("error.quarters", text=value)
        found.add(int(text))
    return tuple(sorted(found))


def parse_field(name: str, value: object) -> Any:
    """A typed value of field ``name`` checked and normalised (a :class:`ValidationError` otherwise)."""
    if name == "quarters":
        return parse_quarters(value)
    if name in ("target_groups", "cannot_text", "indicator"):
        return _text(str(value), name)
    if name == "objective":
        return _text(str(value), name, multiline=True)
    if name in ("budget_local_plan", "budget_ordinance"):
        return _amount(value)
    if name == "no_budget":
        return bool(value)
    if name == "cannot_reason":
        return None if value in (None, "") else CannotReason(value)
    raise ValueError(f"no national field {name!r}")


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(NationalFields))


def check_cannot(reason: CannotReason | None, text: str) -> None:
    """The reason of "cannot be carried out" is required; "other" needs its words."""
    if reason is None:
        raise ValidationError("error.cannot_reason")
    if reason is CannotReason.OTHER and not text.strip():
        raise ValidationError("error.cannot_other")


def quarters_text(quarters: tuple[int, ...]) -> str:
    return ",".join(map(str, quarters))


def amount_text(value: Decimal | None) -> str:
    return "" if value is None else format_money(value)


def reason_text(n: NationalFields) -> str:
    if n.cannot_reason is None:
        return ""
    if n.cannot_reason is CannotReason.OTHER and n.cannot_text:
        return f"{CANNOT_REASON_THAI[n.cannot_reason]}: {n.cannot_text}"
    return CANNOT_REASON_THAI[n.cannot_reason]


#: the extra columns of the exports that have room (CSV, TSV, xlsx), after the official ten
EXTRA_HEADERS: tuple[str, ...] = (
    "ไตรมาส",
    "กลุ่มเป้าหมาย",
    "วัตถุประสงค์",
    "งบประมาณตามแผนพัฒนาท้องถิ่น (บาท)",
    "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)",
    "ไม่ใช้งบประมาณ",
    "เหตุที่ไม่สามารถดำเนินการได้",
    "ตัวชี้วัด",
)


def extra_cells(n: NationalFields, *, plain: bool = False) -> list[str]:
    """The extra columns' texts; ``plain``: amounts as plain numbers (CSV)."""
    amount = (lambda v: "" if v is None else f"{v:.2f}") if plain else amount_text
    return [
        quarters_text(n.quarters),
        n.target_groups,
        n.objective,
        amount(n.budget_local_plan),
        amount(n.budget_ordinance),
        NO_BUDGET_THAI if n.no_budget else "",
        reason_text(n),
        n.indicator,
    ]
