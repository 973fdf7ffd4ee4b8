"""A separate process that saves to a store, for the multi-process tests.

usage: python store_worker.py PATH PREFIX COUNT
Adds COUNT steps named PREFIX-0 … to the first measure, one save each, and prints
``ack PREFIX-i`` after each save returns (i.e. is acknowledged to the user).
"""

import sys

from tui_app.changes import AddStep
from tui_app.store import PlanStore


def main() -> None:
    path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = PlanStore(path, sample=None)
    uid = store.load().measures_in_table_order()[0].uid
    for i in range(count):
        store.apply(AddStep(uid, f"{prefix}-{i}"))
        print(f"ack {prefix}-{i}", flush=True)


if __name__ == "__main__":
    main()
