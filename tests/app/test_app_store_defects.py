"""The app on damaged, missing and read-only data files (issue 7, items 11, 12, 13), with the Pilot."""

from __future__ import annotations

import os

import pytest
from conftest import NO_POLL, notifications, open_measure, screen_text

from tui_app.app import TuiApp
from tui_app.i18n import t
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes

SIZE = (100, 30)


async def test_item11_a_file_damaged_while_open_is_a_message_not_a_crash(app_factory, plan_path):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = plan_path.read_text("utf-8")
        plan_path.write_text(text.replace('"remarks": ""', '"remarks": ' + "[" * 100_000 + "]" * 100_000, 1), "utf-8")
        app.poll()  # the file changed: the app reads it again
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert any(str(plan_path) in n and "nested far too deep" in n for n in notifications(app))
        assert "เทศบาลตำบลโพธิ์ทอง" in screen_text(app)  # what was on screen stays


async def test_item12_the_app_makes_a_missing_file_and_says_so(tmp_path):
    path = tmp_path / "new" / "plan.json"
    store = PlanStore(path)
    store.open(create=True)
    app = TuiApp(store=store, lang="en", poll_seconds=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert path.read_bytes() == sample_bytes()
        assert any("sample" in n and str(path) in n for n in notifications(app))


async def test_item13_a_plan_that_cannot_be_saved_opens_read_only_with_a_banner(
    app_factory, plan_path, monkeypatch: pytest.MonkeyPatch
):
    real_access = os.access  # as a read-only file or folder answers (root may write anywhere)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw))
    before = plan_path.read_bytes()
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert t("app.read_only", "en") in screen_text(app)  # the banner, on the overview
        await open_measure(pilot, "m01")
        assert t("app.read_only", "en") in screen_text(app)  # and on every screen
        await pilot.press("space")  # tick step 1
        await pilot.pause()
        assert any("read-only" in n and str(plan_path) in n for n in notifications(app))
        assert app.session.pending == [] and app.unsaved_count == 0  # refused, not left waiting
        assert "[x] 1." not in screen_text(app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert t("app.read_only", "th") in screen_text(app)  # in the screen language
    assert plan_path.read_bytes() == before


async def test_item16_a_result_over_its_limit_is_refused_and_the_text_kept(app_factory, plan_path):
    from tui_app.screens.measure import FieldTextArea

    before = plan_path.read_bytes()
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("r")
        await pilot.pause()
        area = screen.query_one("#result", FieldTextArea)
        too_long = "ผลการดำเนินงาน " * 700  # 10,500 characters
        area.load_text(too_long)
        await pilot.press("ctrl+o")  # save
        await pilot.pause()
        assert any("10,000" in n and "result" in n for n in notifications(app))
        assert area.text == too_long  # what was typed stays, to be shortened
        assert plan_path.read_bytes() == before
