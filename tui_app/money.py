"""Money in baht: exact decimals with two places, never floats."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tui_app.errors import ValidationError

Money = Decimal
ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ALLOWED = re.compile(r"^-?\d+(\.\d+)?$")
LIMIT = Decimal("1e15")  # far above any local budget; keeps typing slips out of the records


def parse_money(text: str | Decimal | int) -> Decimal:
    """Read an amount as a person types it: ``1,234.5``, ``๑๒๓``, `` 10 `` are all fine.

    Raises :class:`ValidationError` (with a message fit for the user) for letters, several
    points, negative amounts and absurdly large amounts.
    """
    if isinstance(text, Decimal | int):
        raw = str(text)
    else:
        raw = text.strip().translate(_THAI_DIGITS).replace(",", "").replace(" ", "")
    if raw == "":
        return ZERO
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
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def format_money(value: Decimal) -> str:
    """Two decimals and thousands separators: ``1,234,567.50``."""
    return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):,.2f}"


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percent of ``whole`` to two places; 0.00 when ``whole`` is zero."""
    if whole == 0:
        return ZERO
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_CENT, rounding=ROUND_HALF_UP)
