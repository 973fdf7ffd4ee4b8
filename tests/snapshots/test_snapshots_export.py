"""Snapshots of the export dialog with the sample plan, at 80×24 and 120×40.

Deterministic as tests/snapshots/test_snapshots.py is (fixed size, the sample's own as-of date, no blinking
cursor, no poll), and the dialog's default file name is made in a fixed folder (``/``) so that
the path on screen is the same on every machine; nothing is written. Update with
``pytest tests/snapshots/test_snapshots_export.py --snapshot-update`` and look at the SVGs first.
"""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (120, 40)]


@pytest.fixture(autouse=True)
def fixed_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir("/")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_export_dialog(snap_compare, app_factory, size):
    """Opened from the status table: the text format, every option at its default."""
    assert snap_compare(app_factory(), press=["t", "x"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_export_dialog_csv_dimension_2(snap_compare, app_factory, size):
    """CSV of dimension 2: the options CSV does not use are dimmed, the name ends in .csv."""
    assert snap_compare(app_factory(), press=["t", "x", "f", "f", "d", "d"], terminal_size=size)


def test_export_dialog_in_english(snap_compare, app_factory):
    assert snap_compare(app_factory(lang="en"), press=["t", "x"], terminal_size=(80, 24))
