"""Saves run in a worker thread: in order, durable before "saved" is shown, keys keep working,
and a lock held by another process shows who holds it while the save waits and retries."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import WORKERS, notifications, open_measure, screen_text, stored_plan

from tui_app.changes import SetMeasureField

SIZE = (100, 30)
#: how long a test waits at most for an event (it is never a timing check: the wait ends as soon
#: as the event happens)
PATIENCE = 30.0


def hold_lock(path: Path) -> subprocess.Popen[str]:
    """A second process taking the data file's lock (as a save does) until its stdin is closed."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom tui_app.store.files import exclusive_lock\n"
        f"with exclusive_lock(Path({str(path)!r})):\n    print('held', flush=True)\n    sys.stdin.read()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


async def wait_until(pilot, condition) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + PATIENCE
    while not condition():
        assert loop.time() < deadline, "the event never happened"
        await pilot.pause(0.02)


@pytest.mark.saves_in_flight
async def test_a_lock_held_by_another_process_shows_who_while_keys_keep_working(app_factory, plan_path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_measure(pilot, "m01")
        holder = hold_lock(plan_path)
        try:
            await pilot.press("space")  # its save waits for the lock
            await pilot.pause()
            assert "[x] 1." in screen_text(app) and "1 not saved" in app.sub_title
            await pilot.press("down", "space")  # a second key, handled while the save waits
            await pilot.pause()
            assert "[x] 2." in screen_text(app) and "2 not saved" in app.sub_title
            await wait_until(pilot, lambda: any("Waiting for" in n for n in notifications(app)))
            message = next(n for n in notifications(app) if "Waiting for" in n)
            assert f"pid {holder.pid} on {os.uname().nodename}" in message
            assert "Waiting for" in app.sub_title
            assert [s.done for s in stored_plan(plan_path).measure("m01").steps[:2]] == [False, False]
        finally:
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait()
        await wait_until(pilot, lambda: not app.unsaved_count)
        assert [s.done for s in stored_plan(plan_path).measure("m01").steps[:2]] == [True, True]
        assert "not saved" not in app.sub_title and "Waiting" not in app.sub_title


@pytest.mark.saves_in_flight
async def test_changes_are_saved_one_at_a_time_in_the_order_they_were_made(app_factory, plan_path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        holder = hold_lock(plan_path)
        try:
            words = ["first", "second", "third", "fourth"]
            before = ""
            for word in words:  # each change expects the one before: out of order, one would be refused
                assert app.submit(SetMeasureField("m02", "remarks", word, expected=before))
                before = word
            assert app.session.plan.measure("m02").remarks == "fourth"
            assert len(app.session.pending) == 4
        finally:
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait()
        await wait_until(pilot, lambda: not app.unsaved_count)
        assert not notifications(app)  # nothing refused
        assert stored_plan(plan_path).measure("m02").remarks == "fourth"


@pytest.mark.parametrize("step", [0, 1, 2])
def test_a_kill_right_after_saved_is_shown_never_loses_that_change(plan_path, step):
    proc = subprocess.Popen(
        [sys.executable, str(WORKERS / "app_save_worker.py"), str(plan_path), str(step)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert line.strip() == f"saved {step}"
    assert stored_plan(plan_path).measure("m01").steps[step].done is True
