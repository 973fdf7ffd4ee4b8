"""SARA AM (ำ) on the terminal: written as NIKHAHIT + SARA AA, never in the data or the exports.

xterm (and most terminals) draw U+0E33 inside its own cell, its ring beside the vowel instead of
over the consonant (ตำบล reads "ตาบล"); NIKHAHIT (0 cells) + SARA AA (1 cell) is drawn right and
takes the same cell. The app writes the split form in its terminal driver's ``write``.

The Pilot tests here run the app with a driver that records every string the app sends to the
terminal (``run_test(headless=False)``: the app draws as it does on a real terminal), replay it on
a small grid of cells, and compare each screen's grid with the lines Textual laid out.
"""

from __future__ import annotations

import base64
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import NO_POLL, fail_saves, open_measure
from rich.cells import cell_len
from textual import constants
from textual.drivers.headless_driver import HeadlessDriver
from textual.widgets._toast import Toast

from tui_app.app import TuiApp
from tui_app.cli import main
from tui_app.model import clean_text
from tui_app.screens.dialogs import ConfirmDialog
from tui_app.screens.export_dialog import ExportScreen
from tui_app.screens.help import HelpScreen
from tui_app.screens.measure import MeasureScreen
from tui_app.store import PlanStore
from tui_app.thai import join_sara_am, split_sara_am

SARA_AM = "\u0e33"
NIKHAHIT = "\u0e4d"
SARA_AA = "\u0e32"
SIZE = (100, 30)

#: every string the app under test sent to its terminal
SENT: list[str] = []


class RecordingDriver(HeadlessDriver):
    """A terminal that keeps what it is sent (and is not "headless", so the app draws to it)."""

    @property
    def is_headless(self) -> bool:
        return False

    def write(self, data: str) -> None:
        SENT.append(data)


@pytest.fixture()
def recording(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Apps made from now on draw to a :class:`RecordingDriver` (through ``App.get_driver_class``)."""
    SENT.clear()
    monkeypatch.setattr(constants, "DRIVER", f"{__name__}:RecordingDriver")
    return SENT


def make_app(plan_path: Path, thai_am: str = "split") -> TuiApp:
    store = PlanStore(plan_path)
    store.open()
    return TuiApp(store=store, poll_seconds=NO_POLL, thai_am=thai_am)


# --- a terminal's grid of cells ---------------------------------------------------------------------

_TOKEN = re.compile(r"\x1b\[([0-?]*)[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]|([^\x1b]+)")


class Grid:
    """The cells of a terminal as the app's output leaves them: a character or a cluster per cell.

    Like a terminal, a zero-width character joins the cell before the cursor; only cursor
    positioning (CSI row;col H), CR and LF move the cursor other than printing.
    """

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.cells = [[" "] * width for _ in range(height)]
        self.x = self.y = 0

    def feed(self, data: str) -> None:
        for match in _TOKEN.finditer(data):
            params, final, text = match.groups()
            if final == "H":
                row, _, col = (params or "").partition(";")
                self.y, self.x = int(row or 1) - 1, int(col or 1) - 1
            elif text:
                for ch in text:
                    self._put(ch)

    def _put(self, ch: str) -> None:
        if ch == "\n":
            self.y += 1
            return
        if ch == "\r":
            self.x = 0
            return
        if not (0 <= self.y < self.height):
            return
        row = self.cells[self.y]
        width = cell_len(ch)
        if width == 0:
            if 0 < self.x <= self.width:
                row[self.x - 1] += ch
            return
        if self.x + width <= self.width:
            row[self.x] = ch
            if width == 2:
                row[self.x + 1] = ""
        self.x += width

    def lines(self) -> list[str]:
        return ["".join(row) for row in self.cells]


def laid_out_lines(app: TuiApp) -> list[str]:
    """The lines of the current screen as Textual laid them out (the stored text, U+0E33)."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


def check_screen(app: TuiApp, grid: Grid, name: str) -> str:
    """The terminal shows this screen's lines with SARA AM split, each character in its column."""
    grid.feed("".join(SENT))
    SENT.clear()
    laid_out = laid_out_lines(app)
    shown = grid.lines()
    for number, (line, on_terminal) in enumerate(zip(laid_out, shown, strict=True)):
        assert SARA_AM not in on_terminal, (name, number, on_terminal)
        # the same cells: what Textual measured is what the terminal shows, column by column
        assert cell_len(line) == cell_len(on_terminal) == app.size.width, (name, number)
        assert on_terminal == split_sara_am(line), (name, number, line, on_terminal)
    screen_text = "\n".join(laid_out)
    assert SARA_AM in screen_text, f"{name}: no SARA AM on this screen, nothing was checked"
    return screen_text


# --- the pure functions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("composed", "split"),
    [
        ("ทำ", "ท\u0e4d\u0e32"),
        ("ดำเนินการ", "ด\u0e4d\u0e32เนินการ"),
        ("น้ำ", "น\u0e4d\u0e49\u0e32"),  # the nikhahit goes before the tone mark, as HarfBuzz orders them
        ("ค่ำ", "ค\u0e4d\u0e48\u0e32"),
        ("ป๋ำ", "ป\u0e4d\u0e4b\u0e32"),
        ("ที่ นี้ กี่ ครู ทุจริต ฤ ฦ ๒๕๖๖", "ที่ นี้ กี่ ครู ทุจริต ฤ ฦ ๒๕๖๖"),  # nothing else changes
    ],
)
def test_split_sara_am_and_back(composed: str, split: str) -> None:
    assert split_sara_am(composed) == split
    assert cell_len(split) == cell_len(composed)
    assert join_sara_am(split) == composed
    assert clean_text(split) == composed  # text copied from the screen is stored composed


def test_nikhahit_takes_no_cell() -> None:
    """Rich (Textual's measure) and wcwidth agree: NIKHAHIT 0 cells, SARA AA 1, SARA AM 1."""
    from wcwidth import wcswidth

    assert [cell_len(c) for c in (NIKHAHIT, SARA_AA, SARA_AM)] == [0, 1, 1]
    assert [wcswidth(c) for c in (NIKHAHIT, SARA_AA, SARA_AM)] == [0, 1, 1]


# --- every screen, as the terminal receives it ------------------------------------------------------


async def test_every_screen_reaches_the_terminal_split_in_the_same_cells(
    recording: list[str], plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(plan_path)
    grid = Grid(*SIZE)
    seen: dict[str, str] = {}
    async with app.run_test(size=SIZE, headless=False, notifications=True) as pilot:
        await pilot.pause()
        seen["overview"] = check_screen(app, grid, "overview")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        seen["help"] = check_screen(app, grid, "help")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.pause()
        seen["palette"] = check_screen(app, grid, "palette")
        await pilot.press("escape")
        await pilot.pause()

        measure = await open_measure(pilot, "m01")
        assert isinstance(measure, MeasureScreen)
        seen["measure"] = check_screen(app, grid, "measure")
        await pilot.press("d")  # delete step 1? a question first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        seen["confirm"] = check_screen(app, grid, "confirm")
        await pilot.press("n")
        await pilot.pause()
        let_saves_through = fail_saves(monkeypatch)
        await pilot.press("space")  # a tick that cannot be saved: a notification
        while not app.screen.query(Toast):  # the toast is mounted after the message
            await pilot.pause()
        await pilot.pause()
        seen["notification"] = check_screen(app, grid, "notification")
        let_saves_through()
        await pilot.press("escape")
        await pilot.pause()
        seen["dimension"] = check_screen(app, grid, "dimension")
        await pilot.press("escape")

        await pilot.press("t")
        await pilot.pause()
        seen["status table"] = check_screen(app, grid, "status table")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        seen["export"] = check_screen(app, grid, "export")
        await pilot.press("tab", "enter")  # the list of table styles, with their descriptions
        await pilot.pause()
        seen["export styles"] = check_screen(app, grid, "export styles")
        await pilot.press("escape")
        await pilot.press("c")  # copy to the clipboard (OSC 52)
        await pilot.pause()
        clipboard = app.clipboard
        sent_now = "".join(SENT)
        check_screen(app, grid, "export after copy")
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        seen["plan details"] = check_screen(app, grid, "plan details")

    assert "บันทึกไม่สำเร็จ" in seen["notification"]  # the toast, composed in the layout, split on the terminal
    assert "ลำดับ" in seen["status table"] and "ดำเนินการ" in seen["measure"]
    assert "สำหรับ" in seen["export styles"]
    # The clipboard holds the export as it is (U+0E33): its OSC 52 payload is base64, not split.
    assert SARA_AM in clipboard and NIKHAHIT not in clipboard
    payload = re.search(r"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", sent_now)
    assert payload is not None and base64.b64decode(payload.group(1)).decode("utf-8") == clipboard
    # The data file and every export keep the one character.
    data = plan_path.read_text(encoding="utf-8")
    assert SARA_AM in data and NIKHAHIT not in data
    for fmt in ("text", "tsv", "csv"):
        out = tmp_path / f"export.{fmt}"
        assert main(["--db", str(plan_path), "export", "--format", fmt, "--out", str(out)]) == 0
        text = out.read_bytes().decode("utf-8-sig")
        assert SARA_AM in text and NIKHAHIT not in text, fmt


async def test_keep_sends_sara_am_as_it_is(recording: list[str], plan_path: Path) -> None:
    """``--thai-am keep`` (or ``"thai_am": "keep"`` in the settings): for terminals that draw U+0E33 well."""
    app = make_app(plan_path, thai_am="keep")
    async with app.run_test(size=SIZE, headless=False) as pilot:
        await pilot.pause()
        sent = "".join(SENT)
    assert "ตำบล" in sent and NIKHAHIT not in sent


# --- the real program on a real terminal (a pseudo-terminal) ----------------------------------------


def run_in_terminal(tmp_path: Path, *args: str, settings: str | None = None) -> str:
    """Start ``tui-app`` on a pseudo-terminal, wait for the overview, quit; all it wrote."""
    plan = tmp_path / "plan.json"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "TERM": "xterm-256color"}
    env.pop("TEXTUAL_DRIVER", None)
    if settings is not None:
        (tmp_path / "config" / "tui-app").mkdir(parents=True, exist_ok=True)
        (tmp_path / "config" / "tui-app" / "settings.json").write_text(settings, encoding="utf-8")
    main_fd, child_fd = pty.openpty()
    os.set_blocking(main_fd, False)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(child_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "tui_app", "--db", str(plan), *args],
        stdin=child_fd, stdout=child_fd, stderr=child_fd, env=env, close_fds=True,
    )  # fmt: skip
    os.close(child_fd)
    out = b""
    deadline = time.monotonic() + 60
    quit_sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main_fd], [], [], 0.2)
            if ready:
                try:
                    out += os.read(main_fd, 65536)
                except OSError:  # the program ended and closed the terminal
                    break
            if not quit_sent and "โพธิ์ทอง".encode() in out:  # the overview is drawn
                time.sleep(0.5)
                os.write(main_fd, b"q")
                quit_sent = True
            if process.poll() is not None and not ready:
                break
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        os.close(main_fd)
    assert quit_sent, out[-500:]
    return out.decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_the_program_on_a_terminal_writes_sara_am_split_and_keep_when_asked(tmp_path: Path) -> None:
    split = run_in_terminal(tmp_path / "a")
    assert SARA_AM not in split and "ต\u0e4d\u0e32บล" in split  # เทศบาลตำบลโพธิ์ทอง in the header
    kept = run_in_terminal(tmp_path / "b", "--thai-am", "keep")
    assert "ตำบล" in kept and NIKHAHIT not in kept
    from_settings = run_in_terminal(tmp_path / "c", settings='{"thai_am": "keep"}')
    assert "ตำบล" in from_settings and NIKHAHIT not in from_settings


def output_on_a_terminal(*args: str) -> str:
    """What ``tui-app ARGS`` prints when its output is a terminal (a pseudo-terminal)."""
    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "tui_app", *args], stdin=child_fd, stdout=child_fd, stderr=child_fd
    )
    os.close(child_fd)
    out = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the program ended and closed the terminal
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=60)
    os.close(main_fd)
    return out.decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_the_command_line_on_a_terminal_splits_sara_am_and_a_pipe_or_export_keeps_it(
    plan_path: Path, tmp_path: Path
) -> None:
    help_text = output_on_a_terminal("--help")
    assert "ค\u0e4d\u0e32สั่ง" in help_text and SARA_AM not in help_text  # คำสั่ง, drawn right
    status = output_on_a_terminal("--db", str(plan_path), "status")
    assert "ด\u0e4d\u0e32เนินการ" in status and SARA_AM not in status
    assert "คำสั่ง" in output_on_a_terminal("--thai-am", "keep", "--help")
    exported = output_on_a_terminal("--db", str(plan_path), "export", "--format", "tsv")  # the export itself
    assert "ดำเนินการ" in exported and NIKHAHIT not in exported
    piped = subprocess.run([sys.executable, "-m", "tui_app", "--help"], capture_output=True, text=True, timeout=60)
    assert "คำสั่ง" in piped.stdout and NIKHAHIT not in piped.stdout
