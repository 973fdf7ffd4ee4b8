"""A long status table shows its first screenful at once and takes keys while the rest of its rows
are added; then every row is there. A change redraws only the rows (and, on the overview, the
dimensions) it touched, when the screen is told which measures those are.

The rest of a long table is added after the first screenful has been drawn; these tests hold that
step back (they record it instead of letting it run) to look at the screen in between, and then
let it run: they wait on the app's own steps, never on time.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import screen_text, settle, stored_plan
from rich.cells import cell_len

from tui_app.changes import RemoveMeasure, SetMeasureField
from tui_app.model import Status
from tui_app.screens import status_table
from tui_app.screens.overview import DimensionList, OverviewScreen
from tui_app.screens.status_table import StatusGrid, StatusTableScreen
from tui_app.store import PlanStore

SIZE = (120, 40)
LONG = 3_000


def big_plan(path: Path, count: int) -> None:
    """The sample plan with ``count`` measures (copies of its own, numbered in table order)."""
    store = PlanStore(path)
    store.open()
    plan = store.load()
    sample = plan.measures_in_table_order()
    plan.measures = [
        dataclasses.replace(
            sample[i % len(sample)],
            uid=f"x{i:05d}",
            order=i + 1,
            dimension=1 + i * len(plan.dimensions) // count,  # in table order, dimension by dimension
            steps=[],
        )
        for i in range(count)
    ]
    store.save_plan(plan)


@pytest.fixture()
def held(monkeypatch: pytest.MonkeyPatch) -> list[tuple[StatusTableScreen, tuple]]:
    """The status table's "add the next rows" steps, recorded instead of run."""
    steps: list[tuple[StatusTableScreen, tuple]] = []
    monkeypatch.setattr(StatusTableScreen, "_add_more", lambda self, *args: steps.append((self, args)))
    return steps


#: the step itself, taken before the fixture replaces it
REAL_ADD_MORE = StatusTableScreen._add_more


async def release(pilot, steps: list[tuple[StatusTableScreen, tuple]]) -> int:
    """Run the held steps (and those they ask for) until the table is filled; how many ran."""
    ran = 0
    while steps:
        screen, args = steps.pop(0)
        REAL_ADD_MORE(screen, *args)
        ran += 1
        await pilot.pause()
    return ran


async def test_the_first_rows_show_and_keys_work_before_the_rest_is_added(
    app_factory, plan_path, held, monkeypatch
) -> None:
    big_plan(plan_path, LONG)
    monkeypatch.setattr(StatusTableScreen, "CHUNK", 1_000)  # the rest comes in three steps
    measures = stored_plan(plan_path).measures_in_table_order()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatusTableScreen)
        table = screen.query_one(StatusGrid)
        # a screenful is in the table and on the terminal; the rest waits for its turn
        assert 20 <= table.row_count <= SIZE[1] + 1
        assert len(held) == 1 and not screen.filled
        text = screen_text(app)
        lines = [line for line in text.splitlines() if line.strip().startswith(("1 ", "2 ", "3 "))]
        assert len(lines) == 3, text
        # keys work meanwhile: the cursor moves and the detail line follows it
        await pilot.press("down", "down", "down")
        assert screen.current_uid() == measures[3].uid
        assert str(screen.query_one("#status-detail").content).startswith(f"4. {measures[3].title[:20]}")
        # then every row arrives; the cursor stays where the user put it
        assert await release(pilot, held) == 3
        assert table.row_count == LONG and screen.filled
        assert screen.current_uid() == measures[3].uid
        await pilot.press("ctrl+end")
        assert screen.current_uid() == measures[-1].uid
        assert f"{LONG}. " in str(screen.query_one("#status-detail").content)
        assert any(line.strip().startswith(f"{LONG} ") for line in screen_text(app).splitlines())
        # enter opens the last measure, escape comes back to it
        await pilot.press("enter")
        await settle(pilot)
        assert getattr(app.screen, "uid", None) == measures[-1].uid
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and screen.current_uid() == measures[-1].uid


async def test_rows_are_added_in_bulk_and_cells_made_only_when_drawn(app_factory, plan_path, monkeypatch) -> None:
    big_plan(plan_path, LONG)
    made: list[str] = []
    real_row_cell = status_table.row_cell

    def row_cell(row, key, widths):
        made.append(row.uid)
        return real_row_cell(row, key, widths)

    monkeypatch.setattr(status_table, "row_cell", row_cell)
    moves: list[object] = []
    real_watch = StatusGrid.watch_cursor_coordinate

    def watch_cursor_coordinate(self, old, new):
        moves.append(new)
        return real_watch(self, old, new)

    monkeypatch.setattr(StatusGrid, "watch_cursor_coordinate", watch_cursor_coordinate)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatusTableScreen)
        table = screen.query_one(StatusGrid)
        assert table.row_count == LONG  # nothing held back: all of it arrived
        # the cursor was set once per bulk add, not once per row
        assert len(moves) < 20
        # only the rows drawn made their cells, not the thousands below
        assert 0 < len(set(made)) <= SIZE[1]
        # a cell is made when it is read, too
        assert table.get_cell_at((LONG - 1, table.get_column_index("order"))).plain.strip() == str(LONG)


async def test_a_refresh_with_the_touched_measures_redraws_only_their_rows(app_factory, plan_path, monkeypatch) -> None:
    big_plan(plan_path, 300)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatusTableScreen)
        table = screen.query_one(StatusGrid)
        monkeypatch.setattr(app, "refresh_screens", lambda *a, **k: None)  # the test refreshes itself
        rebuilt: list[int] = []
        real_table_rows = status_table.table_rows
        monkeypatch.setattr(status_table, "table_rows", lambda *a: rebuilt.append(1) or real_table_rows(*a))
        updated: list[int] = []
        real_update = table.update_cell_at
        monkeypatch.setattr(table, "update_cell_at", lambda c, v, **k: updated.append(c.row) or real_update(c, v, **k))

        uid = screen._rows[5].uid
        assert app.submit(SetMeasureField(uid, "status", Status.CANNOT.value))
        await settle(pilot)
        screen.refresh_plan(frozenset({uid}))
        await pilot.pause()
        assert rebuilt == [] and set(updated) == {5}
        ticks = [table.get_cell_at((5, table.get_column_index(f"s{i}"))).plain.strip() for i in range(4)]
        assert ticks == ["", "", "", status_table.TICK]
        cannot = sum(1 for m in app.session.plan.measures if m.status is Status.CANNOT)
        assert f"ไม่สามารถดำเนินการได้ {cannot} โครงการ" in str(screen.query_one("#status-summary").content)

        # a touched measure that is gone: the table is drawn again, one row fewer
        updated.clear()
        gone = screen._rows[0].uid
        assert app.submit(RemoveMeasure(gone))
        await settle(pilot)
        screen.refresh_plan(frozenset({gone}))
        await settle(pilot)
        assert rebuilt == [1] and table.row_count == 299 and gone not in {r.uid for r in screen._rows}

        # nothing said about what changed: everything is compared again
        screen.refresh_plan()
        await settle(pilot)
        assert rebuilt == [1, 1] and table.row_count == 299


async def test_the_overview_counts_again_only_the_dimensions_of_the_touched_measures(
    app_factory, plan_path, monkeypatch
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        dims = screen.query_one(DimensionList)
        monkeypatch.setattr(app, "refresh_screens", lambda *a, **k: None)
        cleared: list[int] = []
        replaced: list[int] = []
        real_clear, real_replace = dims.clear_options, dims.replace_option_prompt_at_index
        monkeypatch.setattr(dims, "clear_options", lambda: cleared.append(1) or real_clear())
        monkeypatch.setattr(
            dims, "replace_option_prompt_at_index", lambda i, p: replaced.append(i) or real_replace(i, p)
        )
        plan = app.session.plan
        in_two = next(m for m in plan.measures_in_table_order() if m.dimension == 2 and m.status is Status.COMPLETED)
        done_in_two = sum(1 for m in plan.measures if m.dimension == 2 and m.status is Status.COMPLETED)

        # a remark changes no count: nothing is drawn again
        assert app.submit(SetMeasureField(in_two.uid, "remarks", "หมายเหตุใหม่", expected=in_two.remarks))
        await settle(pilot)
        screen.refresh_plan(frozenset({in_two.uid}))
        await pilot.pause()
        assert cleared == [] and replaced == []

        # a status changes the counts of dimension 2 only
        assert app.submit(SetMeasureField(in_two.uid, "status", Status.IN_PROGRESS.value))
        await settle(pilot)
        screen.refresh_plan(frozenset({in_two.uid}))
        await pilot.pause()
        assert cleared == [] and replaced == [1]
        assert f"เสร็จ {done_in_two - 1} ·" in screen_text(app)

        # moved to dimension 3: both dimensions are counted again
        replaced.clear()
        assert app.submit(SetMeasureField(in_two.uid, "dimension", 3))
        await settle(pilot)
        screen.refresh_plan(frozenset({in_two.uid}))
        await pilot.pause()
        assert cleared == [] and sorted(replaced) == [1, 2]

        # no touched set: the list is drawn afresh, the same as counted by hand
        screen.refresh_plan()
        await pilot.pause()
        assert cleared == [1]
        for number, _, summary in screen._shown:
            assert summary.total == sum(1 for m in app.session.plan.measures if m.dimension == number)


async def test_a_narrower_terminal_lays_the_same_rows_out_again(app_factory, plan_path, monkeypatch) -> None:
    big_plan(plan_path, 300)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatusTableScreen)
        table = screen.query_one(StatusGrid)
        assert table.header_height == 2
        await pilot.press(*["down"] * 7)
        uid = screen.current_uid()
        rebuilt: list[int] = []
        real_table_rows = status_table.table_rows
        monkeypatch.setattr(status_table, "table_rows", lambda *a: rebuilt.append(1) or real_table_rows(*a))
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        # the short headers, every row still there, the cursor on the same measure, no row made again
        assert table.header_height == 1 and table.row_count == 300 and screen.filled
        assert screen.current_uid() == uid and rebuilt == []
        assert all(cell_len(line) <= 80 for line in screen_text(app).splitlines())
        await pilot.resize_terminal(*SIZE)
        await settle(pilot)
        assert table.header_height == 2 and screen.current_uid() == uid
