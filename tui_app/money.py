"""Money in baht: exact decimals with two places, never floats.

An amount may be *not given* (``None``): a measure whose budget nobody has entered yet is not a
measure with a budget of 0.00. The data file stores it as JSON ``null``; the screens show it as
"ไม่ระบุ" / "not given", the exports as an empty cell, and sums leave it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tui_app.errors import ValidationError
from tui_app.thai import arabic_digits

Money = Decimal
ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
_ALLOWED = re.compile(r"^-?\d+(\.\d+)?$")
LIMIT = Decimal("1e15")  # far above any local budget; keeps typing slips out of the records


def read_money(text: str | Decimal | int | None) -> tuple[Decimal | None, bool]:
    """Read an amount as a person types it: ``(value, rounded)``.

    ``1,234.5``, ``๑๒๓``, `` 10 `` are all fine; an empty text (or ``None``) is an amount not
    given, ``(None, False)``. ``rounded`` says that the text had more than two decimals and the
    value was rounded half up to the satang (``250.555`` -> ``250.56``), so the user can be told.

    Raises :class:`ValidationError` (with a message fit for the user) for letters, several
    points, negative amounts and absurdly large amounts.
    """
    if text is None:
        return None, False
    if isinstance(text, Decimal | int):
        raw = str(text)
    else:
        raw = arabic_digits(text.strip()).replace(",", "").replace(" ", "")
    if raw == "":
        return None, False
    if not _ALLOWED.match(raw):
        raise ValidationError("error.amount_not_number", text=text)
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern above already refuses these
        raise ValidationError("error.amount_not_number", text=text) from None
    if value < 0:
        raise ValidationError("error.amount_negative")
    if value >= LIMIT:
        raise ValidationError("error.amount_too_large")
    amount = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    return amount, amount != value


def parse_money(text: str | Decimal | int | None) -> Decimal | None:
    """The amount of :func:`read_money` (``None``: not given), rounded to the satang."""
    return read_money(text)[0]


def format_money(value: Decimal | None, not_given: str = "") -> str:
    """Two decimals and thousands separators: ``1,234,567.50``; ``not_given`` for ``None``."""
    if value is None:
        return not_given
    return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):,.2f}"


def total(amounts: Iterable[Decimal | None]) -> Decimal:
    """The sum of the amounts given (an amount not given counts as no amount, not as zero)."""
    return sum((a for a in amounts if a is not None), ZERO)


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percent of ``whole`` to two places; 0.00 when ``whole`` is zero."""
    if whole == 0:
        return ZERO
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_CENT, rounding=ROUND_HALF_UP)
