"""Screens update what changed instead of rebuilding: a tick redraws one row of the dimension
table underneath; the status table adds its rows in bulk, the first screenful first, and its
detail line keeps one height."""

from __future__ import annotations

from conftest import open_measure, stored_plan

from tui_app.screens.dimension import DimensionScreen, MeasureTable, steps_text

SIZE = (100, 30)


async def test_a_tick_updates_its_row_of_the_dimension_table_underneath_only(app_factory, plan_path, monkeypatch):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m02")
        dimension = app.screen_stack[-2]
        assert isinstance(dimension, DimensionScreen)
        fills, updates = [], []
        monkeypatch.setattr(dimension, "_fill", lambda *a: fills.append(a))
        table = dimension.query_one(MeasureTable)
        real_update = table.update_cell
        monkeypatch.setattr(table, "update_cell", lambda row, col, value, **k: updates.append((row, col)) or real_update(row, col, value, **k))
        await pilot.press("space")
        await pilot.pause()
        measure = stored_plan(plan_path).measure("m02")
        assert measure.steps[0].done is True
        assert fills == []  # not filled again
        assert {row for row, _ in updates} == {"m02"} and ("m02", "steps") in updates
        assert table.get_cell("m02", "steps").plain == steps_text(measure)
