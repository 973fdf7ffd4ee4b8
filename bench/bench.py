"""Print speed and memory figures for the things users feel: start-up, saving, big plans.

    .venv/bin/python bench/bench.py

Figures are ratios against a baseline measured in the same run (these machines are noisy), with
the raw medians beside them. Nothing here asserts: read the figures.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from tui_app.changes import SetMeasureField
from tui_app.model import Dimension, Measure, Plan, Step
from tui_app.store import PlanStore

RUNS = 7


def median_seconds(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, capture_output=True)


def big_plan(measures: int) -> Plan:
    base = Plan(organization="ทดสอบ", fiscal_year=2566)
    base.dimensions = [Dimension(n, f"มิติที่ {n}") for n in range(1, 5)]
    base.measures = [
        Measure(order=i + 1, title=f"โครงการที่ {i + 1} เพื่อการทดสอบความเร็ว", dimension=i % 4 + 1,
                result="ผลการดำเนินการ " * 20, steps=[Step(f"ขั้นตอนที่ {k}") for k in range(8)], uid=f"m{i}")
        for i in range(measures)
    ]
    return base


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "plan.json"
    PlanStore(db).open()

    print("== start-up (wall time of a whole process, median of", RUNS, "runs)")
    base = median_seconds(lambda: run("-c", "pass"))
    status = median_seconds(lambda: run("-m", "tui_app", "--db", str(db), "status"))
    export = median_seconds(lambda: run("-m", "tui_app", "--db", str(db), "export", "--format", "text"))
    textual_import = median_seconds(lambda: run("-c", "import textual.app"))
    print(f"python -c pass           {base * 1000:8.1f} ms  1.00x")
    print(f"import textual.app       {textual_import * 1000:8.1f} ms  {textual_import / base:5.2f}x")
    print(f"tui-app status           {status * 1000:8.1f} ms  {status / base:5.2f}x")
    print(f"tui-app export text      {export * 1000:8.1f} ms  {export / base:5.2f}x")
    leaked = subprocess.run(
        [sys.executable, "-c", "import sys, tui_app.cli, tui_app.report; print('textual' in sys.modules)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    print(f"command line imports Textual: {leaked}")

    print("== app: headless start to the first screen drawn")
    from textual.app import App

    from tui_app.app import TuiApp

    async def first_screen(make) -> None:
        app = make()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()

    empty = median_seconds(lambda: asyncio.run(first_screen(App)))
    ours = median_seconds(lambda: asyncio.run(first_screen(lambda: TuiApp(store=PlanStore(db)))))
    print(f"empty Textual app        {empty * 1000:8.1f} ms  1.00x")
    print(f"tui-app on the sample    {ours * 1000:8.1f} ms  {ours / empty:5.2f}x")

    print("== saving one change (lock, re-read, apply, atomic write with fsync)")
    for size in (15, 1000):
        path = tmp / f"big{size}.json"
        store = PlanStore(path, sample=None)
        store.open()
        store.save_plan(big_plan(size) if size != 15 else PlanStore(db).load())
        uid = store.load().measures[0].uid
        payload = path.read_bytes()
        plain = median_seconds(lambda: (tmp / "plain.json").write_bytes(payload))
        counter = iter(range(10**6))
        save = median_seconds(lambda: store.apply(SetMeasureField(uid, "remarks", str(next(counter)))))
        load = median_seconds(store.load)
        print(f"{size:5d} measures, file {len(payload) / 1024:7.1f} KiB: save {save * 1000:7.2f} ms "
              f"({save / plain:6.1f}x a plain write_bytes), load {load * 1000:7.2f} ms")

    print("== memory (tracemalloc peak while loading)")
    for size in (15, 1000):
        path = tmp / f"big{size}.json"
        tracemalloc.start()
        PlanStore(path).load()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{size:5d} measures: peak {peak / 1024 / 1024:6.2f} MiB for a {path.stat().st_size / 1024:7.1f} KiB file "
              f"({peak / path.stat().st_size:4.1f}x the file)")


if __name__ == "__main__":
    main()
