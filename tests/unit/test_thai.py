"""tui_app.thai: Thai and Arabic digits, Buddhist-Era years and dates, display width, dictionary
order; and that each of these has one home in the package (line breaking has its own file,
tests/app/test_thai_wrapping.py; SARA AM tests/app/test_thai_am.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import PACKAGE

from tui_app.changes import parse_be_date, parse_positive_int
from tui_app.cli import Parser
from tui_app.money import parse_money
from tui_app.thai import (
    arabic_digits,
    be_year,
    ce_year,
    display_width,
    shown_date,
    slash_date,
    sort_key,
    thai_date,
    thai_digits,
)


def test_digits_both_ways() -> None:
    assert thai_digits("ปี 2566, 1,234.50") == "ปี ๒๕๖๖, ๑,๒๓๔.๕๐"
    assert arabic_digits("ปี ๒๕๖๖, ๑,๒๓๔.๕๐") == "ปี 2566, 1,234.50"
    assert arabic_digits(thai_digits("0123456789")) == "0123456789"


def test_buddhist_era_years() -> None:
    assert be_year(date(2023, 11, 6)) == 2566
    assert ce_year(2566) == 2023
    assert ce_year(be_year(date(1999, 1, 1))) == 1999


@pytest.mark.parametrize(
    ("lang", "expected"), [("th", "6 พฤศจิกายน 2566"), ("en", "6 November 2566 B.E.")], ids=["th", "en"]
)
def test_a_date_as_the_user_reads_it(lang: str, expected: str) -> None:
    assert shown_date(date(2023, 11, 6), lang) == expected
    assert shown_date(None, lang) == ""


def test_dates_in_thai_and_as_typed() -> None:
    assert thai_date(date(2024, 1, 31)) == "31 มกราคม 2567"
    assert thai_date(None) == ""
    assert slash_date(date(2023, 11, 6)) == "06/11/2566"
    assert slash_date(None) == ""
    # what slash_date writes, parse_be_date reads back (the plan details' as-of field)
    assert parse_be_date(slash_date(date(2023, 11, 6))) == date(2023, 11, 6)


def test_every_reader_of_typed_numbers_takes_thai_digits() -> None:
    """Dimension numbers, dates, amounts and command-line numbers all read ๐–๙ (one table)."""
    assert parse_positive_int("๑๒") == 12
    assert parse_be_date("๐๖/๑๑/๒๕๖๖") == date(2023, 11, 6)
    assert parse_money("๑,๒๓๔.๕") == parse_money("1234.50")
    assert Parser(prog="tui-app").whole_number(" ๒๕๖๖ ") == 2566


def test_display_width_counts_cells_not_characters() -> None:
    assert display_width("ที่") == 1  # a consonant with a vowel and a tone mark above it
    assert display_width("น้ำ") == 2  # SARA AM takes a cell of its own
    assert display_width("abc") == 3


def test_sort_key_puts_thai_in_dictionary_order() -> None:
    words = ["ไก่", "เกาะ", "กา", "ขา", "๒ ข้อ", "10 ข้อ"]
    assert sorted(words, key=sort_key) == ["10 ข้อ", "๒ ข้อ", "กา", "เกาะ", "ไก่", "ขา"]


def _sources() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")}


def test_the_digit_table_and_the_buddhist_era_offset_live_in_thai_py_only() -> None:
    """One home: a second copy of the Thai→Arabic table or of ``+ 543`` is a test failure."""
    table = re.compile(r"maketrans\(\s*[\"']๐๑๒๓๔๕๖๗๘๙")
    offset = re.compile(r"[+-]\s*543\b")
    found = {
        name: [what for what, pattern in (("digit table", table), ("543", offset)) if pattern.search(text)]
        for name, text in _sources().items()
    }
    assert {name: what for name, what in found.items() if what and name != "thai.py"} == {}


def test_shared_helpers_are_defined_once() -> None:
    """shown_date, STATUS_STYLE and the control-character stripping each have one definition."""
    definitions = {
        "shown_date": re.compile(r"^def shown_date\(", re.M),
        "STATUS_STYLE": re.compile(r"^STATUS_STYLE\b.*=", re.M),
        "control characters": re.compile(r"unicodedata\.category\([^)]*\)\s*[!=]=\s*[\"']Cc"),
    }
    homes = {
        what: sorted(name for name, text in _sources().items() if pattern.search(text))
        for what, pattern in definitions.items()
    }
    assert homes == {"shown_date": ["thai.py"], "STATUS_STYLE": ["model.py"], "control characters": []}
