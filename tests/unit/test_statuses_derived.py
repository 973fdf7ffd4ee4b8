"""Statuses are derived from :class:`~tui_app.model.Status`, never counted by hand: each status has
its Thai word, colour, wrapped header and labels, and every table, count and export has one column
or line per member, in the enum's order. Adding a status is one member and its labels."""

from __future__ import annotations

import re

from conftest import PACKAGE, stored_plan

from tui_app.export import CSV_HEADERS, ExportOptions, render_csv
from tui_app.i18n import MESSAGES
from tui_app.model import STATUS_STYLE, STATUS_THAI, STATUSES, Status
from tui_app.report import (
    COL_REMARKS,
    COL_STATUS,
    TABLE_HEADERS,
    TABLE_HEADERS_WRAPPED,
    status_marks,
    summary_lines,
)
from tui_app.screens.status_table import _KEYS, _STATUS_KEYS
from tui_app.summary import summarize


def test_every_status_has_its_word_colour_header_and_labels() -> None:
    for table in (STATUSES, STATUS_THAI, STATUS_STYLE):
        assert list(table) == list(Status)
    for i, _ in enumerate(Status):
        assert f"status_table.long.s{i}" in MESSAGES and f"status_table.short.s{i}" in MESSAGES


def test_the_tables_have_one_column_per_status_in_order() -> None:
    assert len(COL_STATUS) == len(Status) and COL_STATUS[-1] + 1 == COL_REMARKS
    assert [TABLE_HEADERS[c] for c in COL_STATUS] == [STATUS_THAI[s] for s in Status]
    assert len(TABLE_HEADERS_WRAPPED) == len(TABLE_HEADERS)
    assert len(_STATUS_KEYS) == len(Status) and len(_KEYS) == len(TABLE_HEADERS)
    assert CSV_HEADERS.count("สถานะ") == 1 and len(CSV_HEADERS) == len(TABLE_HEADERS) + 1
    for status in Status:
        marks = status_marks(status)
        assert len(marks) == len(Status) and marks[list(Status).index(status)] == "☑" and marks.count("☑") == 1


def test_the_summary_counts_every_status(plan_path) -> None:
    plan = stored_plan(plan_path)
    summary = summarize(plan.measures, plan.level_bands)
    for lang in ("th", "en"):
        lines = summary_lines(summary, lang)
        assert len(lines) == 3 + len(Status) + 1
    thai = summary_lines(summary, "th")
    for status in Status:
        assert f"- {MESSAGES[f'status_table.status.{status.value}']['th']} {summary.count(status)} โครงการ" in thai
    # and the CSV: a row per measure with one mark in the status columns
    rows = render_csv(plan, ExportOptions(format="csv")).splitlines()[1:]
    assert len(rows) == summary.total


def test_no_module_lists_the_statuses_by_hand() -> None:
    """Outside model.py (where the members and their words live), a hand-made list of all the
    statuses is a second place to change; every other module iterates over Status."""
    members = [f"Status.{s.name}" for s in Status]
    all_four = re.compile(r"\(\s*" + r",\s*".join(re.escape(m) for m in members) + r"\s*,?\s*\)")
    sources = {str(p.relative_to(PACKAGE)): p.read_text() for p in PACKAGE.rglob("*.py") if p.name != "model.py"}
    by_hand = sorted(name for name, text in sources.items() if all_four.search(text))
    assert by_hand == []
    assert not re.search(r'"s0",\s*"s1"', (PACKAGE / "screens" / "status_table.py").read_text())
