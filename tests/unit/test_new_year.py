"""Starting a new fiscal year from an earlier one, in the same data file."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui_app.changes import SetMeasureField
from tui_app.cli import main
from tui_app.errors import StoreError
from tui_app.model import Status
from tui_app.store import PlanStore


@pytest.fixture
def store(tmp_path) -> PlanStore:
    s = PlanStore(tmp_path / "plan.json")
    s.open()
    s.apply(SetMeasureField("m04", "budget", "5,000"))
    return s


def test_carried_over_keeps_the_structure_and_starts_the_report_afresh(store):
    old = store.load(2566)
    new = old.carried_over(2567)
    assert new.fiscal_year == 2567
    assert [(d.number, d.title) for d in new.dimensions] == [(d.number, d.title) for d in old.dimensions]
    assert [(m.uid, m.order, m.title, m.kind, m.dimension, m.mission) for m in new.measures] == [
        (m.uid, m.order, m.title, m.kind, m.dimension, m.mission) for m in old.measures_in_table_order()
    ]
    old_steps = [[s.text for s in m.steps] for m in old.measures_in_table_order()]
    assert [[s.text for s in m.steps] for m in new.measures] == old_steps
    assert all(m.status is Status.WAITING and m.steps_done == 0 for m in new.measures)
    assert all(m.result == "" and m.remarks == "" and m.budget is None and m.disbursed is None for m in new.measures)
    assert new.as_of is None and new.problems == "" and new.suggestions == ""
    assert (new.organization, new.reporter, new.position) == (old.organization, old.reporter, old.position)
    # the old year is untouched by building the new one
    assert old.measure("m04").budget == 5000 and old.measure("m04").remarks


def test_new_year_on_the_command_line(store, capsys):
    assert main(["--db", str(store.path), "new-year", "2567"]) == 0
    assert store.years() == [2566, 2567]
    assert store.load().fiscal_year == 2567  # the app opens the latest year
    assert store.load(2566).measure("m04").budget == 5000
    store.apply(SetMeasureField("m04", "remarks", "ปีใหม่"), year=2567)
    assert store.load(2566).measure("m04").remarks != "ปีใหม่"
    assert main(["--db", str(store.path), "years"]) == 0
    assert capsys.readouterr().out.split()[-2:] == ["2566", "2567"]


def test_an_existing_year_is_never_overwritten(store):
    before = store.path.read_bytes()
    with pytest.raises(StoreError) as info:
        store.add_year(store.load().carried_over(2566))
    assert "2566" in str(info.value)
    assert store.path.read_bytes() == before
    result = subprocess.run(
        [sys.executable, "-m", "tui_app", "--db", str(store.path), "new-year", "2566"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1 and "2566" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert store.path.read_bytes() == before
