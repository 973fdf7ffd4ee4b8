"""Shared fixtures of the app tests: a data file holding the bundled sample plan, and the app on it."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tui_app.app import TuiApp
from tui_app.model import Plan
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes

#: where the tests live, and the places beside them that several test files use
TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
PACKAGE = REPO / "tui_app"
FIXTURES = TESTS / "fixtures"
#: small programs the tests start as other processes (a second user saving, a killed save …)
WORKERS = TESTS / "workers"

#: a poll interval long enough that no poll happens during a test that does not want one
NO_POLL = 3600.0

#: The printed report the bundled sample plan is transcribed from. It is not part of the
#: repository: kept beside it (``../shared/seed/``) or wherever $TUI_APP_SOURCE_DOCUMENT points.
SOURCE_DOCUMENT = Path(
    os.environ.get("TUI_APP_SOURCE_DOCUMENT")
    or REPO.parent / "shared" / "seed" / "000_5370fb48f98c68f0.txt"
)
#: why a comparison with it is skipped when it is not there (said in words, not as a path)
SOURCE_DOCUMENT_MISSING = (
    "optional check skipped: the source document (the printed report the sample plan was typed "
    "from) is not on this computer; set TUI_APP_SOURCE_DOCUMENT to its text file to compare with it"
)


@pytest.fixture(autouse=True)
def _no_user_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's data file, settings or language choice."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TUI_APP_DB", raising=False)
    monkeypatch.delenv("TUI_APP_LANG", raising=False)
    monkeypatch.delenv("TUI_APP_EXPORT_DIR", raising=False)
    # no administrator's settings of this machine either (tests that want one make it)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))
    monkeypatch.setattr("tui_app.store.office_settings.SYSTEM_SETTINGS", home / "etc" / "settings.toml")


@pytest.fixture(autouse=True)
def _pilot_waits_for_saves(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saves run in a worker thread: after a key (or a pause) the tests wait for them to finish,
    as a user waits for the unsaved marker to go. A test marked ``saves_in_flight`` looks at the
    app while a save is still under way, so it does not wait."""
    if request.node.get_closest_marker("saves_in_flight"):
        return
    real_press, real_pause = Pilot.press, Pilot.pause

    async def settle(pilot: Pilot) -> None:
        app = pilot.app
        if isinstance(app, TuiApp) and app._saver is not None:
            await app.saves_done()
            await real_pause(pilot)

    async def press(self: Pilot, *keys: str) -> None:
        await real_press(self, *keys)
        await settle(self)

    async def pause(self: Pilot, delay: float | None = None) -> None:
        await real_pause(self, delay)
        await settle(self)

    monkeypatch.setattr(Pilot, "press", press)
    monkeypatch.setattr(Pilot, "pause", pause)


@pytest.fixture()
def plan_path(tmp_path: Path) -> Path:
    """A fresh copy of the bundled sample plan (15 measures, 4 dimensions, fiscal year 2566)."""
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    return path


def open_store(path: Path) -> PlanStore:
    """A store open on the data file ``path``."""
    s = PlanStore(path)
    s.open()
    return s


@pytest.fixture()
def store(plan_path: Path) -> PlanStore:
    """A store open on the sample copy (``plan_path``)."""
    return open_store(plan_path)


def file_measure(path: Path, uid: str) -> dict:
    """The measure as the JSON file holds it (read without the program's model)."""
    data = json.loads(path.read_text("utf-8"))
    return next(m for m in data["measures"].values() if m["uid"] == uid)


AppFactory = Callable[..., TuiApp]


@pytest.fixture()
def app_factory(plan_path: Path) -> AppFactory:
    """``app_factory(lang="en", poll_seconds=0.1, path=...)``: a TuiApp on the sample copy."""

    def make(
        *, path: Path | None = None, lang: str = "th", poll_seconds: float = NO_POLL, year: int | None = None
    ) -> TuiApp:
        store = PlanStore(path or plan_path)
        store.open()
        return TuiApp(store=store, year=year, lang=lang, poll_seconds=poll_seconds)

    return make


def stored_plan(path: Path) -> Plan:
    """The plan as the file holds it now, read by a store of its own."""
    return PlanStore(path).load()


def screen_text(app: TuiApp) -> str:
    """What the terminal shows, as plain text (one line per row)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


async def open_measure(pilot, uid: str):
    """Walk there as a user does: the dimension's number on the overview, down to the row, enter."""
    app = pilot.app
    plan = app.session.plan
    measure = plan.measure(uid)
    await pilot.press(str(measure.dimension))
    await pilot.pause()
    rows = [m.uid for m in plan.measures_of(measure.dimension)]
    for _ in range(rows.index(uid)):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    return app.screen


async def settle(pilot) -> None:
    """Wait until the app is idle: every message handled, every worker (the command palette's
    search, a save) finished, and what they posted handled too. No fixed delay."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def poll(pilot) -> None:
    """What the poll timer does, now: retry unsaved changes, pick up someone else's save; then
    wait for the screens to show it."""
    result = pilot.app.poll()
    if inspect.isawaitable(result):
        await result
    await settle(pilot)


async def wait_until(pilot, condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Wait for what a timer brings (the poll), however busy the machine: until ``condition()``
    holds, failing after ``timeout`` seconds. For a check that something does NOT happen, call
    :func:`poll` instead: waiting cannot prove a negative."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting for the app"
        await asyncio.sleep(0.01)
    await settle(pilot)


async def palette(pilot, query: str) -> None:
    """Run the command palette's first match for ``query`` (typed as a user types it)."""
    await pilot.press("ctrl+p", *query)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def notifications(app: TuiApp) -> list[str]:
    """The texts of the notifications on screen now."""
    return [str(n.message) for n in app._notifications]


def fail_saves(monkeypatch: pytest.MonkeyPatch, key: str = "store.write_failed") -> Callable[[], None]:
    """Make every save fail (as a full disk would, or with the store error ``key``).

    Returns a function that lets saves through again.
    """
    from tui_app.errors import StoreError

    real_apply = PlanStore.apply

    def failing(self: PlanStore, change: object, year: int | None = None, **_: object) -> None:
        raise StoreError(key, path=str(self.path), detail="disk full")

    monkeypatch.setattr(PlanStore, "apply", failing)
    return lambda: monkeypatch.setattr(PlanStore, "apply", real_apply)

