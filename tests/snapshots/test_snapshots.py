"""Snapshots of every screen with the sample plan, at 80×24 and 120×40.

Deterministic: a fixed terminal size, the sample's own as-of date (no clock), no blinking cursor,
no poll during the test. Update with ``pytest tests/snapshots/test_snapshots.py --snapshot-update`` and look
at the SVGs before committing them.
"""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_overview(snap_compare, app_factory, size):
    assert snap_compare(app_factory(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dimension(snap_compare, app_factory, size):
    """Dimension 2: seven measures, long titles wrapped in their column."""
    assert snap_compare(app_factory(), press=["2", "down"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_measure(snap_compare, app_factory, size):
    """Measure 10 (dimension 3): two of five steps done, sub-points under a step."""
    assert snap_compare(app_factory(), press=["3", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, app_factory, size):
    """The help of the measure screen, in Thai."""
    assert snap_compare(app_factory(), press=["3", "enter", "f1"], terminal_size=size)


def test_measure_in_english(snap_compare, app_factory):
    assert snap_compare(app_factory(lang="en"), press=["3", "enter"], terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_status_table(snap_compare, app_factory, size):
    """The report's table: 15 rows, the ☑ columns and the summary under it."""
    assert snap_compare(app_factory(), press=["t"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_plan_details(snap_compare, app_factory, size):
    """The plan's header fields, problems and suggestions, and its structure."""
    assert snap_compare(app_factory(), press=["p"], terminal_size=size)
