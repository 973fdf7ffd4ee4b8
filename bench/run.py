"""Side-by-side benchmark: tui-app against a plain baseline doing the same job, interleaved.

    .venv/bin/pip install -e '.[bench]'       # VisiData, the table-viewer peer
    .venv/bin/python bench/run.py             # 15 / 300 / 5,000 measures, 7 pairs a row (~15 min)
    .venv/bin/python bench/run.py --quick     # small plans, 2 pairs: proves it works (< 1 min)
    .venv/bin/python bench/run.py --big       # 20,000 measures too

Plans are generated through the store (Thai titles of ~60 characters, 8 steps, ~300 characters
of result). Every row runs tui-app and its baseline by turns (A B, B A, ...), so that a machine
busy with other work slows both alike; it prints the median and the minimum of each side and the
ratio of the medians, beside the goal. Screens run in a real tmux pane (the time is from starting
the process, or sending the key, until the text is on the pane); terminal bytes are counted
through a pseudo-terminal of fixed size (120x40). A row that cannot be measured says "n/a" and
why; nothing here asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import gc
import json
import os
import platform
import random
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # `python bench/run.py` from a checkout

from tui_app.changes import RemoveMeasure, SetStepDone
from tui_app.model import Kind, Measure, Plan, Status, Step
from tui_app.store import PlanStore

sys.path.insert(0, str(HERE))
from peers import READY

WIDTH, HEIGHT = 120, 40
POLL = 0.005  # seconds between two looks at the tmux pane
PEERS = str(HERE / "peers.py")


class NotMeasured(Exception):
    """A row that cannot be measured here; the message says why."""


# --- plans ------------------------------------------------------------------------------------


def sample_plan(tmp: Path) -> Plan:
    store = PlanStore(tmp / "sample.json")
    store.open()  # a missing file is created from the bundled sample plan
    return store.load()


def make_plan(size: int, sample: Plan) -> Plan:
    """A plan of ``size`` measures made of the sample's own Thai text, the same for the same size.

    Titles are ~60 characters (two sample titles, cut, then the number), each measure has 8 steps
    and a result of ~300 characters; statuses, kinds and dimensions go round.
    """
    rng = random.Random(size)
    titles = [m.title for m in sample.measures]
    steps = [s.text for m in sample.measures for s in m.steps]
    results = " ".join(m.result for m in sample.measures if m.result)
    plan = Plan(
        organization=sample.organization,
        fiscal_year=sample.fiscal_year,
        plan_title=sample.plan_title,
        plan_period=sample.plan_period,
        round_months=sample.round_months,
        as_of=sample.as_of,
        reporter=sample.reporter,
        position=sample.position,
        problems=sample.problems,
        suggestions=sample.suggestions,
        dimensions=list(sample.dimensions),
    )
    kinds, statuses = list(Kind), list(Status)
    for i in range(size):
        title = f"{titles[i % len(titles)]} {titles[(i * 7 + 3) % len(titles)]}"[:56].rstrip()
        start = rng.randrange(len(results) - 300)
        budget = Decimal(rng.randrange(10_000, 500_000))
        status = statuses[i % 4]
        plan.measures.append(
            Measure(
                order=i + 1,
                title=f"{title} {i + 1}",
                dimension=i % len(plan.dimensions) + 1,
                kind=kinds[i % 3],
                status=status,
                budget=budget,
                disbursed=budget if status is Status.COMPLETED else Decimal(0),
                result=results[start : start + 300],
                steps=[
                    Step(steps[(i * 8 + k) % len(steps)][:60].rstrip(), done=status is Status.COMPLETED)
                    for k in range(8)
                ],
                uid=f"m{i + 1:05d}",
            )
        )
    plan.renumber()  # numbered by dimension, as the app numbers every plan it saves
    return plan


def write_plan(path: Path, plan: Plan) -> None:
    store = PlanStore(path, sample=None)
    store.open()
    store.save_plan(plan)


# --- measuring --------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the printed table: tui-app's figures and its baseline's, and the goal."""

    label: str
    size: str
    baseline: str
    goal: str
    unit: str = "ms"  # ms, B or MiB
    #: how the goal is judged: ("ratio", limit) on the ratio of medians, ("max", limit) on our worst
    #: figure, ("median", limit) on our median
    check: tuple[str, float] = ("ratio", 1.5)
    ours: list[float] = field(default_factory=list)
    base: list[float] = field(default_factory=list)
    na: str | None = None
    note: str = ""

    def ratio(self) -> float | None:
        if self.ours and self.base and statistics.median(self.base) > 0:
            return statistics.median(self.ours) / statistics.median(self.base)
        return None

    def met(self) -> str:
        if not self.ours:
            return ""
        how, limit = self.check
        value = {"ratio": self.ratio(), "max": max(self.ours), "median": statistics.median(self.ours)}[how]
        if value is None:
            return ""
        return "yes" if value <= limit else "NO"


def fmt(values: list[float], unit: str) -> str:
    if not values:
        return "-"

    def one(v: float) -> str:
        if unit == "ms":
            return f"{v:.0f}" if v >= 100 else f"{v:.1f}"
        if unit == "MiB":
            return f"{v:.1f}"
        return f"{v:.0f}"

    return f"{one(statistics.median(values))} ({one(min(values))}) {unit}"


def elapsed_ms(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def by_turns(pairs: int, ours: Callable[[], float], base: Callable[[], float], row: Row, budget: float) -> None:
    """Run ``pairs`` pairs, A B then B A, into ``row``; stop early (at 3 pairs or more) past ``budget`` s."""
    started = time.monotonic()
    for i in range(pairs):
        first, second = (ours, base) if i % 2 == 0 else (base, ours)
        a, b = first(), second()
        o, s = (a, b) if i % 2 == 0 else (b, a)
        row.ours.append(o)
        row.base.append(s)
        progress(f"  {row.label} [{row.size}] pair {i + 1}: {o:.1f} / {s:.1f} {row.unit}")
        if i + 1 >= 3 and i + 1 < pairs and time.monotonic() - started > budget:
            row.note = (row.note + "; " if row.note else "") + f"stopped after {i + 1} pairs (time budget)"
            break


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- child processes --------------------------------------------------------------------------


def child_env(home: Path) -> dict[str, str]:
    """A clean environment for every program measured: its own home, Thai screen, UTF-8."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TUI_APP_", "TEXTUAL", "PYTEST"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        TUI_APP_LANG="th",
        LANG=env.get("LANG") if "UTF-8" in env.get("LANG", "").upper() else "C.UTF-8",
        TERM="xterm-256color",
        COLORTERM="truecolor",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def app_argv(db: Path, *more: str) -> list[str]:
    return [sys.executable, "-m", "tui_app", "--db", str(db), *more]


def peer_argv(*args: str) -> list[str]:
    return [sys.executable, PEERS, *args]


def vd_path() -> str | None:
    here = Path(sys.executable).parent / "vd"
    return str(here) if here.exists() else shutil.which("vd")


def vd_argv(vd: str, csv_path: Path) -> list[str]:
    # -N: no ~/.visidatarc and no plugins
    return [vd, "-N", str(csv_path)]


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise NotMeasured("no VmHWM in /proc")


def timed_run(argv: list[str], env: dict[str, str], timeout: float) -> float:
    start = time.perf_counter()
    try:
        done = subprocess.run(
            argv, check=False, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise NotMeasured(f"{Path(argv[1]).name} took over {timeout:.0f} s") from None
    took = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise NotMeasured(f"exit {done.returncode}: {done.stderr.decode(errors='replace').strip()[-200:]}")
    return took


# --- tmux -------------------------------------------------------------------------------------

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
STEP = re.compile(r"\[([ x])\] (\d+)\.")


class Tmux:
    """One detached tmux pane of a fixed size on a server of our own (its own socket)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"tui-app-bench-{os.getpid()}"
        self.env = env
        self.cmd("new-session", "-d", "-s", "bench", "-x", str(WIDTH), "-y", str(HEIGHT), "sleep 86400")
        self.cmd("set-option", "-g", "remain-on-exit", "on")

    def cmd(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            check=False,
            capture_output=True,
            text=True,
            timeout=20,
            env=self.env,
        )
        if done.returncode != 0:
            raise NotMeasured(f"tmux {args[0]}: {done.stderr.strip()}")
        return done.stdout

    def spawn(self, argv: list[str]) -> float:
        """Start ``argv`` in the pane (ending what ran there); return the moment it was asked to start."""
        start = time.perf_counter()
        env = [
            arg
            for k in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TUI_APP_LANG", "LANG")
            for arg in ("-e", f"{k}={self.env[k]}")
        ]
        self.cmd("respawn-pane", "-k", "-t", "bench", "-c", str(ROOT), *env, "exec " + shlex.join(argv))
        return start

    def stop(self) -> None:
        self.cmd("respawn-pane", "-k", "-t", "bench", "sleep 86400")

    def screen(self, escapes: bool = False) -> str:
        return self.cmd("capture-pane", "-p", "-t", "bench", *(["-e"] if escapes else []))

    def keys(self, *keys: str) -> float:
        start = time.perf_counter()
        self.cmd("send-keys", "-t", "bench", *keys)
        return start

    def pid(self) -> int:
        return int(self.cmd("display-message", "-p", "-t", "bench", "#{pane_pid}").strip())

    def wait(
        self,
        found: Callable[[str], bool],
        timeout: float,
        what: str,
        *,
        escapes: bool = False,
        every: tuple[float, Callable[[], object]] | None = None,
    ) -> float:
        """The moment ``found(screen)`` first holds; ``every``: (seconds, action) to repeat meanwhile."""
        deadline = time.perf_counter() + timeout
        nudge = time.perf_counter() + every[0] if every else None
        while True:
            if found(self.screen(escapes)):
                return time.perf_counter()
            now = time.perf_counter()
            if now > deadline:
                raise NotMeasured(f"{what} not on screen within {timeout:.0f} s")
            if every and nudge is not None and now > nudge:
                every[1]()
                nudge = now + every[0]
            time.sleep(POLL)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.cmd("kill-server")


def steps_on_screen(screen: str) -> tuple[dict[int, str], int | None]:
    """The measure screen's checklist from ``capture-pane -e``: each step's box, and which step is
    highlighted (the one whose background differs from the other steps')."""
    boxes: dict[int, str] = {}
    backgrounds: dict[int, str] = {}
    bg = ""
    for raw in screen.splitlines():
        plain = SGR.sub("", raw)
        match = STEP.search(plain)
        at = min((i for i in (raw.find("[ ]"), raw.find("[x]")) if i >= 0), default=len(raw))
        for sgr in SGR.finditer(raw):
            if sgr.start() > at:
                break
            params = sgr.group(1).split(";")
            j = 0
            while j < len(params):
                p = params[j]
                if p in ("", "0", "49"):
                    bg = ""
                elif p == "48":
                    span = 3 if params[j + 1 : j + 2] == ["5"] else 5
                    bg = ";".join(params[j : j + span])
                    j += span - 1
                elif p == "38":
                    j += 2 if params[j + 1 : j + 2] == ["5"] else 4
                j += 1
        if match:
            number = int(match.group(2))
            boxes[number] = match.group(1)
            backgrounds[number] = bg
    highlighted = [n for n, b in backgrounds.items() if list(backgrounds.values()).count(b) == 1]
    return boxes, highlighted[0] if len(backgrounds) > 2 and len(highlighted) == 1 else None


OVERVIEW = re.compile(r"มิติที่ 1")
FOOTER = "^p"


def overview_shown(screen: str) -> bool:
    return bool(OVERVIEW.search(screen)) and FOOTER in screen


def row_shown(number: int) -> Callable[[str], bool]:
    """A table row that starts with its number (tui-app's status table, VisiData)."""
    pattern = re.compile(rf"^\s*{number}\s+\S", re.MULTILINE)
    return lambda screen: bool(pattern.search(screen))


# --- the rows ---------------------------------------------------------------------------------


@dataclass
class Setup:
    quick: bool
    pairs: int
    tmp: Path
    env: dict[str, str]
    dbs: dict[int, Path]
    csvs: dict[int, Path]
    tmux: Tmux | None
    tmux_missing: str | None
    vd: str | None
    row_budget: float

    def timeout(self, size: int) -> float:
        return 30 + size / 100  # an app start at 5,000 measures may take a while on a busy machine


def tick_rows(s: Setup, size: int, shown: Row, frozen: Row) -> None:
    """Tick step 1 of the first measure with space, a down arrow right behind it; the baseline is
    the same down arrow (and back up) when nothing else is going on."""
    tm = s.tmux
    if tm is None:
        raise NotMeasured(s.tmux_missing or "no tmux")
    timeout = s.timeout(size)
    try:
        tm.spawn(app_argv(s.dbs[size]))
        tm.wait(overview_shown, timeout, "the overview")
        tm.keys("1")
        tm.wait(lambda sc: "ขั้นตอน" in sc, timeout, "dimension 1")
        tm.keys("Enter")
        tm.wait(lambda sc: steps_on_screen(sc)[1] == 1, timeout, "the measure's checklist", escapes=True)
        for key, target in (("Down", 2), ("Up", 1)):  # warm-up: the first moves after opening are slower
            tm.keys(key)
            tm.wait(
                lambda sc, target=target: steps_on_screen(sc)[1] == target,
                timeout,
                f"the cursor on step {target}",
                escapes=True,
            )
        idle: list[float] = []
        started = time.monotonic()
        for i in range(s.pairs):
            for key, target in (("Down", 2), ("Up", 1)):
                t0 = tm.keys(key)
                t1 = tm.wait(
                    lambda sc, target=target: steps_on_screen(sc)[1] == target,
                    timeout,
                    f"the cursor on step {target}",
                    escapes=True,
                )
                idle.append((t1 - t0) * 1000)
            before = steps_on_screen(tm.screen(True))[0].get(1)
            seen: dict[str, float] = {}

            def both(sc: str, before: str | None = before, seen: dict[str, float] = seen) -> bool:
                boxes, highlighted = steps_on_screen(sc)
                now = time.perf_counter()
                if boxes.get(1) != before:
                    seen.setdefault("tick", now)
                if highlighted == 2:
                    seen.setdefault("echo", now)
                return len(seen) == 2

            t0 = tm.keys("Space", "Down")
            tm.wait(both, timeout, "the tick and the cursor on step 2", escapes=True)
            shown.ours.append((seen["tick"] - t0) * 1000)
            frozen.ours.append((seen["echo"] - t0) * 1000)
            shown.base.append(statistics.median(idle[-2:]))
            frozen.base.append(statistics.median(idle[-2:]))
            progress(
                f"  tick [{size}] pair {i + 1}: tick {shown.ours[-1]:.0f} ms,"
                f" second key {frozen.ours[-1]:.0f} ms, idle key {shown.base[-1]:.0f} ms"
            )
            tm.keys("Up")
            tm.wait(lambda sc: steps_on_screen(sc)[1] == 1, timeout, "the cursor back on step 1", escapes=True)
            if i + 1 >= 3 and i + 1 < s.pairs and time.monotonic() - started > s.row_budget:
                shown.note = f"stopped after {i + 1} pairs (time budget)"
                break
        frozen.note = f"worst {max(frozen.ours):.0f} ms" if frozen.ours else ""
    finally:
        tm.stop()


def save_row(s: Setup, size: int, row: Row) -> None:
    """Save one tick through the store, against the floor: json.dumps + write + fsync + os.replace."""
    work = s.tmp / f"save-{size}.json"
    shutil.copyfile(s.dbs[size], work)
    store = PlanStore(work, sample=None)
    measure = store.load().measures_in_table_order()[0]
    step = measure.steps[0]
    state = {"done": step.done}
    floor_path = s.tmp / f"floor-{size}.json"

    def ours() -> float:
        state["done"] = not state["done"]
        return elapsed_ms(lambda: store.apply(SetStepDone(measure.uid, step.uid, state["done"])))

    def floor() -> float:
        data = json.loads(work.read_bytes())

        def write() -> None:
            payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
            tmp = floor_path.with_suffix(".tmp")
            with open(tmp, "wb") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, floor_path)

        return elapsed_ms(write)

    by_turns(s.pairs, ours, floor, row, s.row_budget)


def remove_row(s: Setup, size: int, row: Row) -> None:
    """Remove the first measure (every later one is numbered again) against ticking a step, each on
    a fresh copy of the same file, through the store."""
    first = PlanStore(s.dbs[size], sample=None).load().measures_in_table_order()[0]

    def fresh() -> PlanStore:
        work = s.tmp / f"remove-{size}.json"
        shutil.copyfile(s.dbs[size], work)
        return PlanStore(work, sample=None)

    def remove() -> float:
        store = fresh()
        return elapsed_ms(lambda: store.apply(RemoveMeasure(first.uid)))

    def tick() -> float:
        store = fresh()
        return elapsed_ms(lambda: store.apply(SetStepDone(first.uid, first.steps[0].uid, not first.steps[0].done)))

    by_turns(s.pairs, remove, tick, row, s.row_budget)


def paint_row(s: Setup, row: Row) -> None:
    tm = s.tmux
    if tm is None:
        raise NotMeasured(s.tmux_missing or "no tmux")
    db = s.tmp / "sample.json"
    timeout = s.timeout(15)

    def ours() -> float:
        t0 = tm.spawn(app_argv(db))
        took = (tm.wait(overview_shown, timeout, "the overview") - t0) * 1000
        tm.stop()
        return took

    def bare() -> float:
        t0 = tm.spawn(peer_argv("bare"))
        took = (tm.wait(lambda sc: READY in sc and FOOTER in sc, timeout, "the bare app") - t0) * 1000
        tm.stop()
        return took

    by_turns(s.pairs, ours, bare, row, s.row_budget)


def screens_rows(s: Setup, size: int, overview: Row, table_all: Row, table_first: Row, memory: Row) -> None:
    """One round per pair: tui-app (overview, then `t` for the status table, ctrl+end to its last
    row; its peak memory then), VisiData on the same table as CSV (first rows, End to the last
    row), a bare Textual app that json.loads the file (its peak memory)."""
    tm = s.tmux
    if tm is None:
        raise NotMeasured(s.tmux_missing or "no tmux")
    timeout = s.timeout(size)
    first_row, last_row = row_shown(1), row_shown(size)
    vd_missing = None if s.vd else "VisiData is not installed (pip install -e '.[bench]')"
    if not s.csvs.get(size):
        vd_missing = "no CSV export to show in VisiData"
    started = time.monotonic()
    for i in range(s.pairs):
        order = ["app", "vd", "bare"] if i % 2 == 0 else ["bare", "vd", "app"]
        got: dict[str, float] = {}
        for who in order:
            if who == "app":
                t0 = tm.spawn(app_argv(s.dbs[size]))
                got["overview"] = tm.wait(overview_shown, timeout, "the overview") - t0
                tm.keys("t")
                got["first"] = (
                    tm.wait(lambda sc: "ตารางสถานะ ·" in sc and first_row(sc), timeout, "the status table") - t0
                )
                got["all"] = (
                    tm.wait(last_row, timeout, "the status table's last row", every=(0.1, lambda: tm.keys("C-End")))
                    - t0
                )
                got["rss"] = peak_rss_mib(tm.pid())
            elif who == "vd" and not vd_missing:
                t0 = tm.spawn(vd_argv(s.vd, s.csvs[size]))
                got["vd_first"] = tm.wait(first_row, timeout, "VisiData's first row") - t0
                got["vd_all"] = (
                    tm.wait(last_row, timeout, "VisiData's last row", every=(0.1, lambda: tm.keys("End"))) - t0
                )
            elif who == "bare":
                t0 = tm.spawn(peer_argv("bare", "--load", str(s.dbs[size])))
                tm.wait(lambda sc: READY in sc and FOOTER in sc, timeout, "the bare app")
                got["bare_rss"] = peak_rss_mib(tm.pid())
            tm.stop()
        memory.ours.append(got["rss"])
        memory.base.append(got["bare_rss"])
        for row, ours, base in (
            (overview, "overview", "vd_first"),
            (table_all, "all", "vd_all"),
            (table_first, "first", "vd_first"),
        ):
            row.ours.append(got[ours] * 1000)
            if base in got:
                row.base.append(got[base] * 1000)
        progress(
            f"  screens [{size}] pair {i + 1}: "
            + ", ".join(f"{k} {v * 1000 if 'rss' not in k else v:.0f}" for k, v in got.items())
        )
        if i + 1 >= 3 and i + 1 < s.pairs and time.monotonic() - started > s.row_budget * 2:
            overview.note = f"stopped after {i + 1} pairs (time budget)"
            break
    if vd_missing:
        for row in (overview, table_all, table_first):
            row.na = f"{vd_missing}; tui-app alone: {fmt(row.ours, 'ms')}"


def export_row(s: Setup, size: int, fmt_name: str, row: Row) -> None:
    timeout = s.timeout(size) * 2
    ours_argv = app_argv(
        s.dbs[size], "export", "--format", fmt_name, *(["--style", "grid"] if fmt_name == "text" else [])
    )
    base_argv = peer_argv("tabulate" if fmt_name == "text" else "csv", str(s.dbs[size]))
    by_turns(
        s.pairs,
        lambda: timed_run(ours_argv, s.env, timeout),
        lambda: timed_run(base_argv, s.env, timeout),
        row,
        s.row_budget,
    )


def pty_bytes(
    argv: list[str], env: dict[str, str], ready: list[tuple[bytes, bytes]], moves: int, quiet: float, timeout: float
) -> list[int]:
    """Run ``argv`` on a pseudo-terminal of WIDTHxHEIGHT; for each (key, text) of ``ready`` send the
    key and wait for the text; then press the down arrow ``moves`` times and return the bytes the
    program wrote after each press (once it has been quiet for ``quiet`` s)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    seen = bytearray()

    def read(until: float) -> int:
        got = 0
        while True:
            left = until - time.perf_counter()
            if left <= 0:
                return got
            r, _, _ = select.select([master], [], [], left)
            if not r:
                return got
            try:
                chunk = os.read(master, 65536)
            except OSError:
                raise NotMeasured("the program ended") from None
            if not chunk:
                raise NotMeasured("the program ended")
            seen.extend(chunk)
            got += len(chunk)

    def read_first(until: float) -> int:
        """Bytes of the first chunk written before ``until`` (0 if none)."""
        r, _, _ = select.select([master], [], [], max(0.0, until - time.perf_counter()))
        if not r:
            return 0
        try:
            chunk = os.read(master, 65536)
        except OSError:
            raise NotMeasured("the program ended") from None
        seen.extend(chunk)
        return len(chunk)

    def settle() -> int:
        """Bytes written until ``quiet`` s pass with nothing written (at most ``timeout``)."""
        total, deadline = 0, time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            got = read(min(deadline, time.perf_counter() + quiet))
            total += got
            if not got:
                return total
        raise NotMeasured(f"the screen never settled within {timeout:.0f} s")

    try:
        for key, text in ready:
            if key:
                os.write(master, key)
            deadline = time.perf_counter() + timeout
            mark = len(seen) if key else 0
            while text not in seen[mark:]:
                if time.perf_counter() > deadline:
                    raise NotMeasured(f"{text.decode()!r} not written within {timeout:.0f} s")
                read(min(deadline, time.perf_counter() + 0.1))
            settle()
        counts = []
        for _ in range(moves):
            os.write(master, b"\x1b[B")
            first = read_first(time.perf_counter() + timeout)
            counts.append(first + settle())
        return counts
    finally:
        proc.kill()
        proc.wait(timeout=10)
        os.close(master)


def bytes_row(s: Setup, size: int, row: Row) -> None:
    """Down arrow pressed ``moves`` times from the top of the status table, against a bare DataTable.

    The figure is the mean over every move. At 120x40 the status table shows ~26 rows (the summary
    sits under it), the bare table ~36: the first 20 moves stay in view on both, moves 41-60
    scroll both; the note gives those two means apart."""
    moves, quiet = (8, 0.1) if s.quick else (60, 0.15)
    parts = {"in view": slice(0, moves // 2)} if s.quick else {"in view": slice(0, 20), "scrolling": slice(40, 60)}
    timeout = s.timeout(size)
    split: dict[str, dict[str, list[float]]] = {name: {"ours": [], "base": []} for name in parts}

    def record(side: str, counts: list[int]) -> float:
        for name, part in parts.items():
            split[name][side].append(statistics.mean(counts[part]))
        return statistics.mean(counts)

    def ours() -> float:
        ready = [(b"", "มิติที่ 1".encode()), (b"t", "ตารางสถานะ ·".encode())]
        return record("ours", pty_bytes(app_argv(s.dbs[size]), s.env, ready, moves, quiet, timeout))

    def base() -> float:
        ready = [(b"", "รายการโครงการ".encode())]
        return record("base", pty_bytes(peer_argv("table", str(s.dbs[size])), s.env, ready, moves, quiet, timeout))

    by_turns(s.pairs, ours, base, row, s.row_budget)
    notes = [f"{moves} moves from the top"]
    for name, part in parts.items():
        o, b = split[name]["ours"], split[name]["base"]
        if o and b:
            notes.append(
                f"moves {part.start + 1}-{part.stop} ({name}): {statistics.median(o):.0f} / "
                f"{statistics.median(b):.0f} B = {statistics.median(o) / max(statistics.median(b), 1):.2f}x"
            )
    row.note = "; ".join(notes) + (f"; {row.note}" if row.note else "")


# --- the table --------------------------------------------------------------------------------


def print_table(rows: list[Row]) -> None:
    head = ("what", "measures", "tui-app median (min)", "baseline median (min)", "ratio", "goal", "met")
    lines = []
    for r in rows:
        if r.na and not r.ours:
            lines.append((r.label, r.size, f"n/a ({r.na})", "", "", r.goal, ""))
            continue
        ratio = r.ratio()
        lines.append(
            (
                r.label,
                r.size,
                fmt(r.ours, r.unit),
                fmt(r.base, r.unit) if not r.na else f"n/a ({r.na})",
                f"{ratio:.2f}x" if ratio is not None else "",
                r.goal,
                r.met(),
            )
        )
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for line in lines:
        print("| " + " | ".join(line) + " |")
    print()
    print("Baselines:")
    seen = set()
    for r in rows:
        if r.baseline not in seen:
            seen.add(r.baseline)
            print(f"- {r.label}: {r.baseline}")
    notes = [r for r in rows if r.note]
    if notes:
        print("Notes:")
        for r in notes:
            print(f"- {r.label} [{r.size}]: {r.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="small plans (15 / 100 / 300) and 2 pairs: proves the benchmark works"
    )
    parser.add_argument("--big", action="store_true", help="also 20,000 measures")
    parser.add_argument("--pairs", type=int, help="pairs per row (default 7; 2 with --quick)")
    args = parser.parse_args(argv)
    # a kill ends the run through the `finally`s: the tmux server and the programs measured go too
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    pairs = args.pairs or (2 if args.quick else 7)
    small, mid, large = (15, 100, 300) if args.quick else (15, 300, 5000)
    larges = [large] + ([20_000] if args.big else [])

    tmp = Path(tempfile.mkdtemp(prefix="tui-app-bench-"))
    home = tmp / "home"
    home.mkdir()
    env = child_env(home)
    tmux_missing = None if shutil.which("tmux") else "tmux is not installed"
    setup = Setup(
        quick=args.quick,
        pairs=pairs,
        tmp=tmp,
        env=env,
        dbs={},
        csvs={},
        tmux=None,
        tmux_missing=tmux_missing,
        vd=vd_path(),
        row_budget=60 if args.quick else 240,
    )
    started = time.monotonic()
    try:
        progress(f"generating plans in {tmp} ...")
        sample = sample_plan(tmp)
        for size in sorted({small, mid, *larges}):
            setup.dbs[size] = tmp / f"plan-{size}.json"
            write_plan(setup.dbs[size], make_plan(size, sample))
        for size in larges:
            path = tmp / f"table-{size}.csv"
            with contextlib.suppress(NotMeasured):
                timed_run(
                    app_argv(setup.dbs[size], "export", "--format", "csv", "--out", str(path)),
                    env,
                    setup.timeout(size) * 2,
                )
                setup.csvs[size] = path
        if tmux_missing is None:
            try:
                setup.tmux = Tmux(env)
            except (NotMeasured, OSError, subprocess.SubprocessError) as exc:
                setup.tmux_missing = f"tmux would not start: {exc}"

        rows: list[Row] = []

        def measure(fn: Callable[..., None], *rs: Row, args: tuple = ()) -> None:
            rows.extend(rs)
            try:
                fn(setup, *args, *rs)
            except NotMeasured as exc:
                for r in rs:
                    r.na = str(exc) + (f" after {len(r.ours)} pairs" if r.ours else "")
            except Exception as exc:
                for r in rs:
                    r.na = f"error: {type(exc).__name__}: {exc}"

        idle = "the same cursor move (down, then up) when nothing else is going on"
        for size in [mid, *larges]:
            progress(f"tick at {size:,} measures ...")
            limit = 50.0 if size <= 300 else 100.0
            measure(
                tick_rows,
                Row("tick a step: key → tick shown", f"{size:,}", idle, f"≤ {limit:.0f} ms", check=("median", limit)),
                Row(
                    "  screen unresponsive meanwhile (2nd key's echo)",
                    f"{size:,}",
                    idle,
                    "never > 100 ms",
                    check=("max", 100.0),
                ),
                args=(size,),
            )
        for size in [small, mid, *larges]:
            progress(f"save at {size:,} measures ...")
            measure(
                save_row,
                Row(
                    "save one tick through the store / floor",
                    f"{size:,}",
                    "json.dumps + write + fsync + os.replace of the same data",
                    "≤ 1.5x",
                ),
                args=(size,),
            )
        for size in [mid, *larges]:
            progress(f"remove at {size:,} measures ...")
            measure(
                remove_row,
                Row(
                    "remove the first measure / a tick",
                    f"{size:,}",
                    "ticking a step through the store, on the same file",
                    "≤ 1.5x",
                ),
                args=(size,),
            )
        progress("first paint ...")
        measure(
            paint_row,
            Row(
                "first paint, sample plan / bare Textual app",
                "15",
                "a bare Textual app (header, label, footer)",
                "≤ 1.15x",
                check=("ratio", 1.15),
            ),
        )
        for size in larges:
            progress(f"overview, status table, memory at {size:,} measures ...")
            measure(
                screens_rows,
                Row(
                    "overview / VisiData's first paint",
                    f"{size:,}",
                    "VisiData on the same table as CSV",
                    "≤ 1.3x",
                    check=("ratio", 1.3),
                ),
                Row("status table, all rows / VisiData", f"{size:,}", "VisiData, End to the last row", "≤ 1.5x"),
                Row(
                    "status table, first rows / VisiData",
                    f"{size:,}",
                    "VisiData's first paint",
                    "≤ 1.3x",
                    check=("ratio", 1.3),
                ),
                Row(
                    "peak memory / bare Textual + json.load",
                    f"{size:,}",
                    "a bare Textual app that json.loads the file",
                    "≤ 1.5x",
                    unit="MiB",
                ),
                args=(size,),
            )
        for size in larges:
            progress(f"exports at {size:,} measures ...")
            measure(
                export_row,
                Row(
                    "export text grid / json.load + tabulate",
                    f"{size:,}",
                    "json.load + tabulate (grid) of the same rows",
                    "≤ 1.3x",
                    check=("ratio", 1.3),
                ),
                args=(size, "text"),
            )
            measure(
                export_row,
                Row(
                    "export CSV / json.load + csv.writer",
                    f"{size:,}",
                    "json.load + csv.writer of the same rows",
                    "≤ 1.3x",
                    check=("ratio", 1.3),
                ),
                args=(size, "csv"),
            )
        progress("terminal bytes ...")
        measure(
            bytes_row,
            Row(
                "terminal bytes per cursor move, status table / bare DataTable",
                f"{mid:,}",
                f"a bare Textual DataTable with the same rows, {WIDTH}x{HEIGHT} pty",
                "≤ 1.2x",
                unit="B",
                check=("ratio", 1.2),
            ),
            args=(mid,),
        )
        # the printed order follows the table
        order = (
            "tick a step",
            "  screen",
            "save",
            "remove",
            "first paint",
            "overview",
            "status table, all",
            "status table, first",
            "export text",
            "export CSV",
            "terminal bytes",
            "peak memory",
        )
        rows.sort(
            key=lambda r: (
                0 if r.label.startswith(order[:2]) else next(i for i, o in enumerate(order) if r.label.startswith(o))
            )
        )
    finally:
        if setup.tmux:
            setup.tmux.close()

    print(
        f"tui-app benchmark{' (quick)' if args.quick else ''}: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"commit {git_commit()}, {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, {pairs} pairs a row, "
        f"{time.monotonic() - started:.0f} s"
    )
    sizes = ", ".join(f"{size:,}: {setup.dbs[size].stat().st_size / 1e6:.1f} MB" for size in sorted(setup.dbs))
    print(f"data files: {sizes}")
    print()
    print_table(rows)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def git_commit() -> str:
    try:
        return (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"],
                check=False,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout.strip()
            or "?"
        )
    except (OSError, subprocess.SubprocessError):
        return "?"


if __name__ == "__main__":
    sys.exit(main())
