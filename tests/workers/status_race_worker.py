"""One person choosing a status, for the status-race test.

usage: python status_race_worker.py PATH UID STATUS GO_FILE
Opens a session on PATH (what this person's screen shows), prints ``ready``, waits until GO_FILE
exists, then chooses STATUS for measure UID starting from the status it showed, and prints
``saved`` or ``refused <error class> <English message>``.
"""

import os
import sys
import time

from tui_app.changes import SetMeasureField
from tui_app.session import Session
from tui_app.store import PlanStore


def main() -> None:
    path, uid, status, go = sys.argv[1:5]
    session = Session(PlanStore(path, sample=None))
    shown = session.plan.measure(uid).status
    print("ready", flush=True)
    deadline = time.monotonic() + 60
    while not os.path.exists(go) and time.monotonic() < deadline:
        time.sleep(0.002)
    outcome = session.submit(SetMeasureField(uid, "status", status, expected=shown))
    if outcome.saved:
        print("saved", flush=True)
    else:
        print(f"refused {type(outcome.error).__name__} {outcome.error.message('en')}", flush=True)


if __name__ == "__main__":
    main()
