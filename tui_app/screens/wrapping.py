"""Thai line breaking for every label, table cell and list entry that Rich or Textual wraps.

Rich (``Text``) and Textual (``Content``: ``Static``, ``Label``, ``OptionList`` entries, toasts,
dialogs) both choose where a line of text breaks with ``rich._wrap.divide_line``: at white space,
and a word wider than the line at any cell. Thai writes no spaces between words, so a measure's
title would break inside a word (ตำ|บล, อิ|เล็กทรอนิกส์). Zero width spaces put into the text do not
help (Rich and Textual break only at white space, and U+200B is not white space), and the width a
label is drawn at is only known when it is drawn. So :func:`install` makes Rich and Textual call
:func:`divide_line` below, which breaks where :func:`tui_app.thai.line_spans` says (ICU's line
breaking with its Thai dictionary); the text itself is never changed. The app calls it once when
it starts.

Text areas (the result and remarks editors) wrap with Textual's own rules, and are left so on
purpose: their cursor keys assume a wrapped line ends in a space (End goes to one character
before the wrap point, which inside a Thai word could even part a tone mark from its letter).

``tests/app/test_thai_wrapping.py`` checks that both still call the replacement, so an upgrade of
Rich or Textual that moves the function fails a test instead of bringing the broken words back.
"""

from __future__ import annotations

import rich.text
import textual.content
from rich.cells import cell_len

from tui_app.thai import line_spans


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Where the lines after the first start in ``text`` (one line, no new line) at ``width`` cells.

    The same contract as ``rich._wrap.divide_line``: ``fold`` false leaves a word wider than the
    line whole on a line of its own (the caller crops it or adds an ellipsis).
    """
    if cell_len(text) <= width:  # it fits (most labels): no need to ask ICU
        return []
    spans = line_spans(text, max(width, 1), split_long_words=fold)
    return [start for start, _ in spans[1:]]


def install() -> None:
    """Make Rich and Textual wrap text with :func:`divide_line` (idempotent)."""
    rich.text.divide_line = divide_line
    textual.content.divide_line = divide_line
