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

        def update_cell(row, col, value, **k):
            updates.append((row, col))
            real_update(row, col, value, **k)

        monkeypatch.setattr(table, "update_cell", update_cell)
        await pilot.press("space")
        await pilot.pause()
        measure = stored_plan(plan_path).measure("m02")
        assert measure.steps[0].done is True
        assert fills == []  # not filled again
        assert {row for row, _ in updates} == {"m02"} and ("m02", "steps") in updates
        assert table.get_cell("m02", "steps").plain == steps_text(measure)


def _big_plan(path, count: int) -> None:
    """The sample plan with ``count`` measures (copies of its own), saved through the store."""
    import dataclasses

    from tui_app.store import PlanStore

    store = PlanStore(path)
    store.open()
    plan = store.load()
    sample = plan.measures_in_table_order()
    plan.measures = [
        dataclasses.replace(sample[i % len(sample)], uid=f"x{i:04d}", order=i + 1, steps=[]) for i in range(count)
    ]
    store.save_plan(plan)


async def test_the_status_table_shows_a_screenful_first_then_adds_the_rest_in_bulk(app_factory, plan_path, monkeypatch):
    from tui_app.changes import SetMeasureField
    from tui_app.screens.status_table import StatusGrid, StatusTableScreen

    _big_plan(plan_path, 300)
    added: list[int] = []
    real_add_rows = StatusGrid.add_rows

    def add_rows(self, rows):
        rows = list(rows)
        added.append(len(rows))
        return real_add_rows(self, rows)

    monkeypatch.setattr(StatusGrid, "add_rows", add_rows)
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, StatusTableScreen)
        table = screen.query_one(StatusGrid)
        await pilot.pause()
        assert table.row_count == 300
        assert added[0] <= SIZE[1] and sum(added) == 300 and len(added) > 1  # a screenful, then chunks
        # a change elsewhere redraws its row in place: nothing is added again
        added.clear()
        first = screen._rows[0]
        assert app.submit(SetMeasureField(first.uid, "remarks", "แก้", expected=""))
        await pilot.pause()
        assert added == []
        assert "แก้" in table.get_cell_at((0, table.get_column_index("remarks"))).plain
        # the detail line keeps its height: moving the cursor lays nothing out again
        detail = screen.query_one("#status-detail")
        layouts: list[bool] = []
        real_refresh = detail.refresh

        def refresh(*a, layout=False, **k):
            layouts.append(layout)
            return real_refresh(*a, layout=layout, **k)

        monkeypatch.setattr(detail, "refresh", refresh)
        await pilot.press("down", "down", "up")
        assert layouts and not any(layouts) and detail.outer_size.height == 2
        assert screen.current_uid() == screen._rows[1].uid
