"""Thai digits and Buddhist-Era dates, for the screen and the exports."""

from __future__ import annotations

from datetime import date

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    """``2566`` → ``๒๕๖๖`` (everything else is left as it is)."""
    return text.translate(_TO_THAI)


def be_year(d: date) -> int:
    return d.year + 543


def thai_date(d: date | None) -> str:
    """``6 พฤศจิกายน 2566``: day, Thai month name, Buddhist-Era year."""
    if d is None:
        return ""
    return f"{d.day} {THAI_MONTHS[d.month - 1]} {be_year(d)}"
