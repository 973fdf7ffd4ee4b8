"""``bench/run.py --quick`` runs to the end and prints every row of the benchmark's table.

No timing is asserted: the figures depend on the machine. A row may say "n/a (reason)" where a
tool is missing (tmux, VisiData), but never because the benchmark itself broke.
"""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO

#: the rows of the performance table the benchmark reproduces, in order
ROWS = [
    "tick a step: key → tick shown",
    "screen unresponsive meanwhile (2nd key's echo)",
    "save one tick through the store / floor",
    "remove the first measure / a tick",
    "first paint, sample plan / bare Textual app",
    "overview / VisiData's first paint",
    "status table, all rows / VisiData",
    "status table, first rows / VisiData",
    "export text grid / json.load + tabulate",
    "export CSV / json.load + csv.writer",
    "terminal bytes per cursor move, status table / bare DataTable",
    "peak memory / bare Textual + json.load",
]


def test_quick_run_prints_every_row() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick"],
        check=False,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    labels = [line.split(" | ")[0].removeprefix("| ").strip() for line in table[1:]]
    for row in ROWS:
        assert row in labels, f"{row!r} missing from:\n{done.stdout}"
    assert sorted(set(labels), key=labels.index) == ROWS  # in the table's order, nothing else
    for line in table[1:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        figure = cells[2]
        assert re.match(r"[\d.]+ \([\d.]+\) (ms|B|MiB)$", figure) or figure.startswith("n/a ("), line
        assert "n/a (error:" not in line, line
