"""The national reporting system's flag of a round: green, orange or red by implementation percent.

The NACC's e-PlanNACC flags a plan's implementation percent (:func:`tui_app.summary.implementation_percent`)
per reporting round:

- 6-month round: green at 50 % or more, orange from 20 % to 49.99 %, red under 20 %;
- 12-month round: green at 80 % or more, orange from 50 % to 79.99 %, red under 50 %.

The thresholds are part of each plan (its ``flag_thresholds``, editable in plan details), so an
office can follow a changed national rule without a new program. The 3-month and 9-month
follow-ups the source document recommends have no national flag; they are measured against the
next national round (3 months against the 6-month thresholds, 9 against the 12-month ones), so the
flag tells early whether that round's target is within reach.

A flag is always shown as a word with its colour, never as colour alone. Plain Python, no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from tui_app.errors import ValidationError
from tui_app.thai import ARABIC_DIGITS

_CENT = Decimal("0.01")
HUNDRED = Decimal("100")


class Flag(str, Enum):
    GREEN = "green"
    ORANGE = "orange"
    RED = "red"


#: the flag's word in the report (Thai whatever the screen language, as the report is Thai)
FLAG_THAI: dict[Flag, str] = {Flag.GREEN: "สีเขียว", Flag.ORANGE: "สีส้ม", Flag.RED: "สีแดง"}
#: the flag's colour on the screen (Rich / Textual style) and in the workbook (RGB)
FLAG_STYLE: dict[Flag, str] = {Flag.GREEN: "bold green", Flag.ORANGE: "bold dark_orange", Flag.RED: "bold red"}
FLAG_RGB: dict[Flag, str] = {Flag.GREEN: "1E7B34", Flag.ORANGE: "C55A11", Flag.RED: "C00000"}

#: the national rounds that carry thresholds; a plan's other rounds use the next one up
NATIONAL_ROUNDS: tuple[int, ...] = (6, 12)


@dataclass(frozen=True)
class RoundThresholds:
    """Green at ``green`` percent or more, orange at ``orange`` or more, red below ``orange``."""

    green: Decimal
    orange: Decimal

    def flag(self, value: Decimal) -> Flag:
        if value >= self.green:
            return Flag.GREEN
        if value >= self.orange:
            return Flag.ORANGE
        return Flag.RED


DEFAULT_FLAG_THRESHOLDS: dict[int, RoundThresholds] = {
    6: RoundThresholds(Decimal("50.00"), Decimal("20.00")),
    12: RoundThresholds(Decimal("80.00"), Decimal("50.00")),
}


def national_round(round_months: int) -> int:
    """The national round whose thresholds apply to a round of ``round_months`` months."""
    for months in NATIONAL_ROUNDS:
        if round_months <= months:
            return months
    return NATIONAL_ROUNDS[-1]


def flag_for(value: Decimal, round_months: int, thresholds: dict[int, RoundThresholds] | None = None) -> Flag:
    """The flag of the implementation percent ``value`` (two places) in a round of ``round_months``."""
    table = thresholds or DEFAULT_FLAG_THRESHOLDS
    return table.get(national_round(round_months), DEFAULT_FLAG_THRESHOLDS[national_round(round_months)]).flag(value)


def parse_percent(value: object) -> Decimal:
    """A threshold as typed (``50``, ``49.99``, ``๘๐``, ``80 %``): 0 to 100, two places."""
    text = str(value).strip().translate(ARABIC_DIGITS).replace("%", "").replace(",", "").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError("error.percent", text=value) from None
    if not number.is_finite() or not 0 <= number <= HUNDRED:
        raise ValidationError("error.percent", text=value)
    return number.quantize(_CENT, rounding=ROUND_HALF_UP)


def thresholds_to_doc(thresholds: dict[int, RoundThresholds]) -> dict:
    return {str(m): {"green": str(t.green), "orange": str(t.orange)} for m, t in sorted(thresholds.items())}


def thresholds_from_doc(doc: object) -> dict[int, RoundThresholds]:
    """The thresholds of a plan header's ``flag_thresholds`` (missing: the national defaults).

    Raises ``ValueError`` for a value that is not a percent, so that the caller names the record.
    """
    table = dict(DEFAULT_FLAG_THRESHOLDS)
    if doc is None:
        return table
    if not isinstance(doc, dict):
        raise ValueError(doc)
    for months, entry in doc.items():
        if not str(months).isdigit() or int(months) not in NATIONAL_ROUNDS or not isinstance(entry, dict):
            raise ValueError(doc)
        try:
            green, orange = parse_percent(entry.get("green")), parse_percent(entry.get("orange"))
        except ValidationError:
            raise ValueError(entry) from None
        if orange > green:
            raise ValueError(entry)
        table[int(months)] = RoundThresholds(green, orange)
    return table


def threshold_field(months: int, which: str) -> str:
    """The plan field of one threshold: ``flag_green_6``, ``flag_orange_12`` ..."""
    return f"flag_{which}_{months}"


#: the plan fields of the thresholds, in the order plan details shows them
THRESHOLD_FIELDS: tuple[str, ...] = tuple(
    threshold_field(months, which) for months in NATIONAL_ROUNDS for which in ("green", "orange")
)
