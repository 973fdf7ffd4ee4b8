"""What the change history costs a save, on the sample plan with 2,000 history entries.

    .venv/bin/python bench/history_cost.py

Three stores, their saves interleaved (these machines are noisy), medians in milliseconds:

- no history: this program with the history switched off (no entries computed or written);
- history file: this program, the history beside the data file (``plan.json.history``);
- history inside: the design not taken, a ``history`` table of the same entries inside the data
  file (the history switched off, so it only shows what carrying the entries costs).
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from tui_app import history
from tui_app.changes import SetMeasureField
from tui_app.store import PlanStore, history_log

ENTRIES, RUNS = 2000, 200


def fill(store: PlanStore) -> None:
    uid = store.load().measures_in_table_order()[0].uid
    for i in range(ENTRIES):
        store.apply(SetMeasureField(uid, "remarks", f"บันทึกที่ {i} " * 3))


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    stores = {name: PlanStore(tmp / name / "plan.json") for name in ("no history", "history file", "history inside")}
    for store in stores.values():
        store.path.parent.mkdir()
        store.open()
    fill(stores["history file"])
    entries = stores["history file"].history()
    assert len(entries) == ENTRIES
    inside = stores["history inside"]
    data = json.loads(inside.path.read_bytes())
    data["history"] = {str(i): e for i, e in enumerate(entries, start=1)}
    inside.path.write_bytes((json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode())
    off = mock.patch.object(history, "diff", lambda *a: [])
    times: dict[str, list[float]] = {name: [] for name in stores}
    uid = stores["no history"].load().measures_in_table_order()[1].uid
    for i in range(RUNS):
        for name, store in stores.items():
            change = SetMeasureField(uid, "remarks", f"รอบที่ {i}")
            if name == "history file":
                start = time.perf_counter()
                store.apply(change)
            else:
                with off:
                    start = time.perf_counter()
                    store.apply(change)
            times[name].append(time.perf_counter() - start)
    base = statistics.median(times["no history"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:15} {median * 1000:7.2f} ms  {median / base:5.2f}x  ({store_size(stores[name])})")


def store_size(store: PlanStore) -> str:
    log = history_log.history_path(store.path)
    extra = f", history {log.stat().st_size:,} B" if log.exists() else ""
    return f"data {store.path.stat().st_size:,} B{extra}"


if __name__ == "__main__":
    main()
