"""A separate process running the app, for the test that kills it right after "saved" is shown.

usage: python app_save_worker.py PATH STEP
Opens measure m01 as a user does, moves to step STEP (counted from 0) and ticks it with space,
waits until the screen shows it ticked and no longer marked unsaved, prints ``saved STEP`` and
waits to be killed. The disk is slow (each write waits a little before it starts), so that a
"saved" shown before the file holds the change would be seen by the killing test.
"""

import asyncio
import sys
import time

from tui_app.app import TuiApp
from tui_app.store import PlanStore


class SlowDisk(PlanStore):
    def _write_plan(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        super()._write_plan(*args, **kwargs)


async def main(path: str, step: int) -> None:
    store = SlowDisk(path, sample=None)
    store.open()
    app = TuiApp(store=store, lang="en", poll_seconds=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(step):
            await pilot.press("down")
        await pilot.press("space")
        session = app.session
        assert session is not None
        give_up = time.monotonic() + 60  # a save that never ends fails the test instead of hanging it
        while app.unsaved_count or "not saved" in app.sub_title or not session.plan.measure("m01").steps[step].done:
            if time.monotonic() > give_up:
                print(f"never saved {step}: {session.last_error!r}", flush=True)
                sys.exit(1)
            await asyncio.sleep(0.005)
        print(f"saved {step}", flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
