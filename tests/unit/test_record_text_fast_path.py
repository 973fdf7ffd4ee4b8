"""Reading a text field of a record takes a quick path for the usual text (one printable line
within every limit); it must give exactly what the full cleaning gives, or refuse the same way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui_app.errors import ValidationError
from tui_app.model import SHORT_TEXT_LIMIT, Step, _doc_text, clean_text

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


def step_or_error(read, doc: object) -> Step | type[ValidationError]:
    try:
        return read(doc)
    except ValidationError:
        return ValidationError


#: what a step usually holds (printable Thai and Latin, spaces) and everything else
PLAIN = st.text(st.sampled_from([*"กขคงจัิีึุู่้๊๋็์าเแโใไะ abcXYZ019 "]), max_size=30)
TEXTS = st.one_of(PLAIN, PLAIN, st.text(ALPHABET, max_size=30), st.none(), st.integers())
UIDS = st.one_of(
    PLAIN, PLAIN, st.none(), st.just(""), st.just("   "), st.text(ALPHABET, max_size=8), st.just("u" * 101),
    st.integers(),
)
DONE = st.one_of(st.booleans(), st.none(), st.just(1), st.just("true"))
#: a step as the app writes it, give or take spaces around its text and a sub-point or two
USUAL_STEP = st.fixed_dictionaries(
    {
        "text": st.builds(
            lambda a, text, b: a + text + b, st.sampled_from(["", " "]), PLAIN, st.sampled_from(["", " "])
        ),
        "uid": PLAIN.filter(str.strip),
    },
    optional={"done": DONE, "sub_points": st.one_of(st.none(), st.just([]), st.lists(PLAIN, min_size=1, max_size=2))},
)
STEP_DOCS = st.one_of(
    USUAL_STEP,
    st.fixed_dictionaries(
        {"text": TEXTS, "uid": UIDS},
        optional={
            "done": DONE,
            "sub_points": st.one_of(st.none(), st.just([]), st.lists(TEXTS, min_size=1, max_size=2), st.just("x")),
        },
    ),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=1000, deadline=None)
@given(doc=STEP_DOCS)
def test_a_step_read_quickly_is_the_step_read_field_by_field(doc: object) -> None:
    assert step_or_error(Step.from_doc, doc) == step_or_error(Step._from_doc_checked, doc)
