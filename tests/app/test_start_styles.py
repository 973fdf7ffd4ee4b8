"""The start styles the first screen once: the overview's style file is read with the app's, so
pushing the overview at the start parses no styles again (each parse goes through every style
source, Textual's own included)."""

from __future__ import annotations

from conftest import AppFactory
from textual.css.stylesheet import Stylesheet
from textual.widgets import OptionList

from tui_app.screens.overview import OverviewScreen


async def test_the_start_parses_the_styles_once(app_factory: AppFactory, monkeypatch) -> None:
    reparsed: list[int] = []
    reparse = Stylesheet.reparse

    def counting(self: Stylesheet) -> None:
        reparsed.append(1)
        reparse(self)

    monkeypatch.setattr(Stylesheet, "reparse", counting)
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert reparsed == []
        # the overview's own rules are in force: its list of dimensions has no border
        dims = app.screen.query_one("#overview-dimensions", OptionList)
        assert dims.styles.border_top[0] in ("", "none")
