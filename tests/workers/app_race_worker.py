"""One person at the app choosing a status, for the two-apps status-race test.

usage: python app_race_worker.py PATH MOVES GO_FILE
Runs the app headless on PATH, opens measure m10 as a user does, prints ``ready``, waits until
GO_FILE exists, then presses ``s``, ``down`` MOVES times (``up`` when MOVES is negative) and enter
(choosing a status from the one shown), and prints ``refused`` when the app said someone else changed the status
first, else ``saved``.
"""

import asyncio
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # conftest

from conftest import notifications, open_measure

from tui_app.app import TuiApp
from tui_app.store import PlanStore


async def main() -> None:
    path, moves, go = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    store = PlanStore(path, sample=None)
    store.open()
    app = TuiApp(store=store, lang="en", poll_seconds=3600)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_measure(pilot, "m10")
        print("ready", flush=True)
        while not os.path.exists(go):
            await asyncio.sleep(0.002)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(*(["down"] * moves if moves > 0 else ["up"] * -moves), "enter")
        await pilot.pause()
        said = notifications(app)
        print("refused" if any("Someone else changed this status first" in n for n in said) else "saved", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
