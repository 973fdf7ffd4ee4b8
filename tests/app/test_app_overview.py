"""The overview, navigation, keys, help, the palette and the language (Pilot tests)."""

from __future__ import annotations

import json

from conftest import open_measure, poll, screen_text, settle, stored_plan

from tui_app.app import TuiApp
from tui_app.changes import SetMeasureField
from tui_app.screens.dimension import DimensionScreen
from tui_app.screens.help import HelpScreen
from tui_app.screens.measure import MeasureScreen
from tui_app.screens.overview import OverviewScreen
from tui_app.store import PlanStore

SIZE = (120, 40)


async def test_overview_shows_the_plan_and_its_summary(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        text = screen_text(app)
        assert "เทศบาลตำบลโพธิ์ทอง" in text
        assert "ปีงบประมาณ พ.ศ. 2566" in text and "รอบ 12 เดือน" in text
        assert "ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566" in text
        assert "ทั้งหมด 15 รายการ" in text
        assert "อยู่ระหว่างดำเนินการ 5" in text and "ดำเนินการแล้วเสร็จ 10" in text
        assert "ระดับ มาก (สีเขียว) ร้อยละ 83.33" in text
        assert "เบิกจ่าย 0.00 บาท คิดเป็นร้อยละ 0.00" in text
        for n, title in enumerate(["การสร้างวัฒนธรรมสุจริต", "การบริหารราชการด้วยความโปร่งใส"], start=1):
            assert f"มิติที่ {n}" in text and title in text
        assert "7 รายการ · เสร็จ 6 · ระหว่างดำเนินการ 1" in text
        assert "█" in text and "▒" in text  # the progress bars


async def test_footer_speaks_thai_by_default_and_english_on_request(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "ช่วยเหลือ" in footer and "คำสั่ง" in footer and "ออก" in footer and "ตารางสถานะ" in footer
        assert "Help" not in footer
        await pilot.press("ctrl+t")  # switch language at run time
        await pilot.pause()
        text = screen_text(app)
        footer = text.splitlines()[-1]
        assert "Help" in footer and "Quit" in footer and "Table" in footer and "Palette" in footer
        assert "Overview" in text and "Fiscal year 2566 B.E." in text and "as of 6 November 2566 B.E." in text
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "ช่วยเหลือ" in screen_text(app).splitlines()[-1]


async def test_english_from_the_start(app_factory):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "15 items" in text and "Dimension 1" in text and "high (green), 83.33 percent" in text
        assert "Help" in text.splitlines()[-1]  # the footer shows the keys, in English too


async def test_enter_opens_a_dimension_and_escape_comes_back(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen) and app.screen.number == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("escape")  # nowhere further back: stays
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("4")
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen) and app.screen.number == 4


async def test_thai_keyboard_layout_keys_work_too(app_factory):
    """With the keyboard in Thai, the key marked t sends ะ: it still opens the status table."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ะ")
        await pilot.pause()
        assert type(app.screen).__name__ == "StatusTableScreen"


async def test_status_table_and_plan_details_keys(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "StatusTableScreen"
        await pilot.press("escape", "p")
        await pilot.pause()
        assert type(app.screen).__name__ == "PlanDetailsScreen"


async def test_help_lists_the_keys_of_the_screen_in_the_current_language(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict(app.screen.rows)
        assert rows["Enter"] == "เปิด"
        assert rows["t"] == "ตารางสถานะ"
        assert rows["q / ^q"] == "ออก"
        assert any("?" in keys for keys in rows)
        assert "ภาพรวมของแผน" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        # on the measure screen, F1 lists the checklist keys even from another field
        await open_measure(pilot, "m01")
        await pilot.press("r", "f1")
        await pilot.pause()
        rows = dict(app.screen.rows)
        assert rows["Space"] == "ทำแล้ว"
        assert rows["a"] == "เพิ่ม"
        assert rows["d / Del"] == "ลบ"
        assert rows["K / alt+↑"] == "ขึ้น"
        assert rows["^o / F2"] == "บันทึก"
        assert rows["q / ^q"] == "ออก"  # listed even though q types a q in the focused field
        assert rows["? / F1"] == "ช่วยเหลือ"
        assert rows["^p"] == "คำสั่ง"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MeasureScreen)


async def test_q_quits(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_palette_reaches_a_measure_by_title(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"NO Gift")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeasureScreen) and app.screen.uid == "m03"
        await pilot.press("escape")  # back goes to the measure's dimension
        await pilot.pause()
        assert isinstance(app.screen, DimensionScreen) and app.screen.number == 2


async def test_palette_reaches_dimensions_overview_and_language(app_factory):
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"Dimension 3")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DimensionScreen) and app.screen.number == 3
        await pilot.press("ctrl+p", *"Switch to Thai")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.lang == "th"
        assert "มิติที่ 3" in screen_text(app)  # the open screen was relabelled
        await pilot.press("ctrl+p", *"ภาพรวม")  # ไปหน้าภาพรวม: no combining marks, so Pilot can type it
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)


async def test_palette_shows_markup_like_titles_literally(app_factory, plan_path):
    PlanStore(plan_path).apply(SetMeasureField("m03", "title", "[@click=app.quit]x[/] [bold]b"))
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"click")
        await settle(pilot)
        assert "[@click=app.quit]x[/] [bold]b" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeasureScreen)
        assert app.is_running


async def test_a_damaged_file_exits_with_its_message(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("{ not json", encoding="utf-8")
    app = TuiApp(store=PlanStore(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    assert app.return_code == 1
    assert path.read_text(encoding="utf-8") == "{ not json"  # left untouched


async def test_overview_redraws_after_someone_elses_save(app_factory, plan_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down")  # cursor on dimension 3
        await pilot.pause()
        PlanStore(plan_path).apply(SetMeasureField("m10", "status", "completed"))
        await poll(pilot)
        text = screen_text(app)
        assert "ดำเนินการแล้วเสร็จ 11" in text
        assert "2 รายการ · เสร็จ 2 · ระหว่างดำเนินการ 0" in text
        assert app.screen.query_one("#overview-dimensions").highlighted == 2  # the cursor stayed
    data = json.loads(plan_path.read_text("utf-8"))
    assert any(m["uid"] == "m10" and m["status"] == "completed" for m in data["measures"].values())
    assert stored_plan(plan_path).measure("m10").status.value == "completed"
