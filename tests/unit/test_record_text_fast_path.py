"""Reading a text field of a record takes a quick path for the usual text (one printable line
within every limit); it must give exactly what the full cleaning gives, or refuse the same way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui_app.errors import ValidationError
from tui_app.model import SHORT_TEXT_LIMIT, _doc_text, clean_text

#: Thai letters and marks (SARA AM and NIKHAHIT among them), spaces, new lines, controls, bidi
#: and zero-width characters, Latin
ALPHABET = st.sampled_from(
    [*"กขคงจำัิีึุู่้๊๋็์าเแโใไ ะ abcXYZ019[]/", " ", "\n", "\r", "\t", "\x1b", "\u200b", "\u202e", "\ufeff", "\u0e4d", "😀"]
)


def full(text: str, multiline: bool, field: str) -> str | type[ValidationError]:
    try:
        return clean_text(text, multiline=multiline, field=field)
    except ValidationError:
        return ValidationError


def quick(text: str, multiline: bool, field: str) -> str | type[ValidationError]:
    try:
        return _doc_text({"x": text}, "x", multiline=multiline, field=field)
    except ValidationError:
        return ValidationError


@settings(max_examples=400, deadline=None)
@given(text=st.text(ALPHABET, max_size=40), multiline=st.booleans(), field=st.sampled_from(["title", "result"]))
def test_the_quick_path_gives_what_cleaning_gives(text: str, multiline: bool, field: str) -> None:
    assert quick(text, multiline, field) == full(text, multiline, field)


@pytest.mark.parametrize("length", [SHORT_TEXT_LIMIT, SHORT_TEXT_LIMIT + 1, 10_001])
@pytest.mark.parametrize("field", ["title", "result"])
def test_limits_hold_on_both_paths(length: int, field: str) -> None:
    text = "ก" * length
    assert quick(text, False, field) == full(text, False, field)
    assert quick(" " + text + " ", False, field) == full(" " + text + " ", False, field)
