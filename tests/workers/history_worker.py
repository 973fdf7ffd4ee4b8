"""A separate process that edits one measure's remarks, for the history tests.

usage: python history_worker.py PATH ORDER PREFIX COUNT
Sets the remarks of measure ORDER to PREFIX-0 … PREFIX-(COUNT-1), one save each. The user the
history names is the process's ``$USER`` / ``$LOGNAME``.
"""

import sys

from tui_app.changes import SetMeasureField
from tui_app.store import PlanStore


def main() -> None:
    path, order, prefix, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    store = PlanStore(path, sample=None)
    uid = next(m.uid for m in store.load().measures if m.order == order)
    for i in range(count):
        store.apply(SetMeasureField(uid, "remarks", f"{prefix}-{i}"))


if __name__ == "__main__":
    main()
