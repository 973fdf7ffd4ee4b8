"""Starting the app: nothing loaded or drawn that the first screen does not need, and still the
same screen.

- Starting loads none of the export libraries (python-docx, openpyxl, tabulate), nor ICU,
  tomllib or hypothesis: they are imported where they are used.
- The footer is composed once for a burst of key changes (a screen coming up makes several),
  and still shows the keys after each change (here: the language).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import REPO, AppFactory
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from tui_app.screens.base import Footer
from tui_app.store.plan_store import sample_bytes

ROOT = REPO

# --- the start imports no export library ------------------------------------------------------

#: imported only by the code that uses them, never to draw the first screen
NOT_AT_START = ("docx", "openpyxl", "tabulate", "hypothesis", "icu4py", "tomllib")

START = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from tui_app import cli
    from tui_app.app import TuiApp

    db, out, names = sys.argv[1], Path(sys.argv[2]), sys.argv[3].split(",")
    run = TuiApp.run

    async def first_paint(pilot):
        await pilot.pause()
        assert pilot.app.screen.query_one("#overview-dimensions")  # the overview is drawn
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in names)
        out.write_text(" ".join(loaded) + "\\n")
        pilot.app.exit()

    TuiApp.run = lambda self, **kw: run(self, headless=True, size=(120, 40), auto_pilot=first_paint)
    sys.exit(cli.main(["--db", db]))
    """
)


def test_starting_the_app_imports_no_export_library(tmp_path: Path) -> None:
    sample_path = tmp_path / "plan.json"
    sample_path.write_bytes(sample_bytes())
    out = tmp_path / "modules.txt"
    subprocess.run(
        [sys.executable, "-c", START, str(sample_path), str(out), ",".join(NOT_AT_START)],
        cwd=ROOT,
        timeout=120,
        check=True,
        capture_output=True,
    )
    assert out.read_text() == "\n", f"imported at start: {out.read_text().strip()}"


async def test_footer_composed_once_per_burst_of_key_changes(app_factory: AppFactory, monkeypatch) -> None:
    composed: list[str] = []
    compose = TextualFooter.compose  # counted whichever footer the screen has

    def counting(self):
        composed.append(self.screen.__class__.__name__)
        return compose(self)

    monkeypatch.setattr(TextualFooter, "compose", counting)
    app = app_factory(lang="th")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # the first compose (empty: no keys known yet), then one per burst: the screen shown,
        # then focused and relabelled (Textual's own footer: once per change, five in all)
        assert composed.count("OverviewScreen") <= 3, composed
        thai = [key.description for key in app.screen.query(FooterKey)]
        assert "ตารางสถานะ" in thai, thai
        assert isinstance(app.screen.query_one(TextualFooter), Footer)
        composed.clear()
        for _ in range(3):  # three changes before one refresh: one compose
            app.screen.refresh_bindings()
        await pilot.pause()
        assert composed == ["OverviewScreen"]
        await pilot.press("ctrl+t")
        await pilot.pause()
        english = [key.description for key in app.screen.query(FooterKey)]
        assert "Table" in english and "ตารางสถานะ" not in english, english
