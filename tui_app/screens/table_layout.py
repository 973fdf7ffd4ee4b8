"""Column widths of the app's tables: every column fits its header and its values, one flexible
column (the title) takes what the terminal has left.

A table may offer several sets of headers or status words, widest first (the status table's
two-line report headers, then one-line abbreviations; the dimension table's full status words,
then short ones). :func:`fit_columns` takes the first set that still leaves the flexible column
the room it wants, else the last. Each screen gathers its own columns' widths and calls it; the
:class:`Layout` it returns is what the screen draws with (and compares, to know whether the
columns must be set up again). Plain code: no Textual.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len


@dataclass(frozen=True)
class Layout:
    """Which headers and how wide each column is, for one terminal width."""

    #: which set of headers (or status words) the table uses: "long" (the widest) or "short"
    mode: str
    #: each column's width in cells, padding and gaps not included
    widths: dict[str, int]
    #: the header of each column in this mode (empty when the screen labels its columns itself)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def short_status(self) -> bool:
        """The narrower set is in use (the dimension table's short status words)."""
        return self.mode == "short"

    @property
    def header_height(self) -> int:
        """Lines the headers take (a two-line report header counts two)."""
        return max((label.count("\n") + 1 for label in self.labels.values()), default=1)


def label_width(label: str) -> int:
    """The cells a header takes: its widest line."""
    return max(cell_len(line) for line in label.split("\n"))


def widest(values: Iterable[str], at_least: int = 0, at_most: int | None = None) -> int:
    """The widest of ``values`` in terminal cells, but at least ``at_least`` and at most ``at_most``.

    Quick on a long table: an ASCII value (numbers, amounts) is as wide as it is long, so only
    the others are measured, and the search stops once ``at_most`` is reached.
    """
    best = at_least
    for value in values:
        if at_most is not None and best >= at_most:
            return at_most
        if len(value) <= best and (value.isascii() or 2 * len(value) <= best):
            continue  # cannot be wider (a character takes at most two cells)
        best = max(best, len(value) if value.isascii() else cell_len(value))
    return best if at_most is None else min(best, at_most)


def fit_columns(
    width: int,
    modes: Sequence[tuple[str, dict[str, int], dict[str, str]]],
    *,
    spacing: int,
    minimum: int,
    wanted: int,
    flexible: str = "title",
) -> Layout:
    """The layout of a table ``width`` cells wide.

    ``modes``: (mode, widths of the other columns, headers) from the widest to the narrowest;
    ``spacing``: the cells the table spends besides the columns (padding, gaps, scrollbar). The
    first mode that leaves the ``flexible`` column ``wanted`` cells is taken, else the last; that
    column gets what is left, but never less than ``minimum``.
    """
    if not modes:
        raise ValueError("no header set to lay out")
    for index, (mode, widths, labels) in enumerate(modes):
        rest = width - spacing - sum(widths.values())
        if rest >= wanted or index == len(modes) - 1:
            return Layout(mode, {**widths, flexible: max(minimum, rest)}, labels)
    raise AssertionError("unreachable")
