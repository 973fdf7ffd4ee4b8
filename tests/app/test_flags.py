"""The national system's flag of a round (green / orange / red) beside the level word.

Edges of both national rounds (19.99, 20.00, 49.99, 50.00, 79.99, 80.00) through the summary, the
text and xlsx exports, ``tui-app status``, the overview and the status table; the thresholds in
the plan's header (defaults when missing, refused when damaged) and edited in plan details.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import screen_text, stored_plan

from tui_app.changes import SetPlanField
from tui_app.errors import StoreError, ValidationError
from tui_app.export import ExportOptions, render
from tui_app.flags import DEFAULT_FLAG_THRESHOLDS, FLAG_RGB, Flag, RoundThresholds, flag_for, parse_percent
from tui_app.model import Measure, Plan, Status
from tui_app.report import plan_summary, status_text
from tui_app.screens.plan_details import PlanDetailsScreen
from tui_app.screens.status_table import StatusTableScreen
from tui_app.store import PlanStore

#: (round, percent, flag): both sides of every threshold of both national rounds
EDGES = [
    (6, "19.99", Flag.RED),
    (6, "20.00", Flag.ORANGE),
    (6, "49.99", Flag.ORANGE),
    (6, "50.00", Flag.GREEN),
    (12, "49.99", Flag.RED),
    (12, "50.00", Flag.ORANGE),
    (12, "79.99", Flag.ORANGE),
    (12, "80.00", Flag.GREEN),
]
WORD = {Flag.GREEN: "สีเขียว", Flag.ORANGE: "สีส้ม", Flag.RED: "สีแดง"}


def plan_at(percent: str, round_months: int) -> Plan:
    """A plan of 10,000 measures whose implementation percent is exactly ``percent``."""
    completed = int(Decimal(percent) * 100)
    measures = [
        Measure(order=n, title=f"m{n}", dimension=1, status=Status.COMPLETED if n <= completed else Status.WAITING)
        for n in range(1, 10_001)
    ]
    return Plan(organization="อบต.ทดสอบ", fiscal_year=2566, round_months=round_months, measures=measures)


@pytest.mark.parametrize(("months", "percent", "flag"), EDGES)
def test_flag_at_each_edge(months: int, percent: str, flag: Flag) -> None:
    assert flag_for(Decimal(percent), months) is flag
    plan = plan_at(percent, months)
    summary = plan_summary(plan)
    assert summary.implementation_percent == Decimal(percent)
    assert summary.flag is flag
    assert f"ระดับ {summary.level.thai} ({WORD[flag]}) ร้อยละ {percent}" in status_text(plan)


@pytest.mark.parametrize(
    ("completed", "total", "months", "percent", "flag"),
    [(1, 5, 6, "20.00", Flag.ORANGE), (4, 5, 12, "80.00", Flag.GREEN), (1, 10, 12, "10.00", Flag.RED)],
)
def test_flag_in_the_text_and_xlsx_exports(completed: int, total: int, months: int, percent: str, flag: Flag) -> None:
    from openpyxl import load_workbook

    plan = _small_plan(completed, total, months)
    text = render(plan, ExportOptions(format="text")).decode("utf-8")
    line = f"- มีการนำแผนฯ ไปปฏิบัติ ระดับ {plan_summary(plan).level.thai} ({WORD[flag]}) ร้อยละ {percent}"
    assert line in text.splitlines()
    book = load_workbook(io.BytesIO(render(plan, ExportOptions(format="xlsx"))))
    cells = {str(c.value): c for row in book.active.iter_rows() for c in row if c.value is not None}
    assert line in cells
    assert cells[line].font.color.rgb.endswith(FLAG_RGB[flag])  # in the flag's colour, the word in it too


def test_three_and_nine_month_rounds_use_the_next_national_round() -> None:
    assert flag_for(Decimal("49.99"), 3) is Flag.ORANGE  # 6-month thresholds
    assert flag_for(Decimal("50.00"), 3) is Flag.GREEN
    assert flag_for(Decimal("79.99"), 9) is Flag.ORANGE  # 12-month thresholds
    assert flag_for(Decimal("80.00"), 9) is Flag.GREEN


def test_a_plans_own_thresholds_are_used() -> None:
    plan = plan_at("60.00", 12)
    assert plan_summary(plan).flag is Flag.ORANGE
    plan.flag_green_12 = Decimal("60.00")
    assert plan.flag_thresholds[12] == RoundThresholds(Decimal("60.00"), Decimal("50.00"))
    assert plan_summary(plan).flag is Flag.GREEN
    assert DEFAULT_FLAG_THRESHOLDS[12].green == Decimal("80.00")  # the defaults are not touched


@pytest.mark.parametrize("text", ["abc", "-1", "100.01", "nan", "inf", ""])
def test_a_threshold_must_be_a_percent(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_percent(text)
    assert parse_percent("๔๙.๙๙") == Decimal("49.99")
    assert parse_percent(" 80 % ") == Decimal("80.00")


def test_orange_above_green_is_refused(plan_path: Path) -> None:
    store = PlanStore(plan_path)
    store.open()
    before = plan_path.read_bytes()
    with pytest.raises(ValidationError) as caught:
        store.apply(SetPlanField("flag_orange_6", "60"))
    assert caught.value.key == "error.flag_order"
    assert plan_path.read_bytes() == before


# --- the file ---------------------------------------------------------------------------------


def _header(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    (header,) = data["plans"].values()
    return header


def test_thresholds_missing_from_the_file_load_as_the_national_ones(plan_path: Path) -> None:
    data = json.loads(plan_path.read_text("utf-8"))
    for header in data["plans"].values():
        header.pop("flag_thresholds", None)
    plan_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert stored_plan(plan_path).flag_thresholds == DEFAULT_FLAG_THRESHOLDS


def test_a_version_1_file_migrates_with_the_default_thresholds(plan_path: Path) -> None:
    data = json.loads(plan_path.read_text("utf-8"))
    for meta in data["meta"].values():
        meta["schema_version"] = 1
    for header in data["plans"].values():
        header.pop("flag_thresholds", None)
    plan_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    store = PlanStore(plan_path)
    store.open()
    store.apply(SetPlanField("flag_green_6", "55"))
    assert _header(plan_path)["flag_thresholds"] == {
        "6": {"green": "55.00", "orange": "20.00"},
        "12": {"green": "80.00", "orange": "50.00"},
    }


@pytest.mark.parametrize(
    "value", ["high", {"6": {"green": "x", "orange": "20"}}, {"7": {"green": "50", "orange": "20"}},
              {"6": {"green": "10", "orange": "20"}}]
)
def test_damaged_thresholds_are_refused_by_name(plan_path: Path, value: object) -> None:
    data = json.loads(plan_path.read_text("utf-8"))
    for header in data["plans"].values():
        header["flag_thresholds"] = value
    plan_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(StoreError) as caught:
        PlanStore(plan_path).load()
    assert "เกณฑ์สีของรอบรายงาน" in caught.value.message("th")


# --- the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize(("months", "percent", "flag"), EDGES)
def test_status_command_prints_the_flag(tmp_path: Path, plan_path: Path, months: int, percent: str, flag: Flag) -> None:
    store = PlanStore(plan_path)
    store.open()
    store.save_plan(plan_at(percent, months))
    out = subprocess.run(
        [sys.executable, "-m", "tui_app", "status", "--db", str(plan_path)],
        capture_output=True, text=True, check=True, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    ).stdout
    assert f"({WORD[flag]}) ร้อยละ {percent}" in out


# --- the screens -----------------------------------------------------------------------------------


def _save(plan_path: Path, plan: Plan) -> None:
    store = PlanStore(plan_path)
    store.open()
    store.save_plan(plan)


def _small_plan(completed: int, total: int, months: int) -> Plan:
    measures = [
        Measure(order=n, title=f"m{n}", dimension=1, status=Status.COMPLETED if n <= completed else Status.WAITING)
        for n in range(1, total + 1)
    ]
    return Plan(organization="อบต.ทดสอบ", fiscal_year=2566, round_months=months, measures=measures)


@pytest.mark.parametrize(
    ("completed", "total", "months", "word_th", "word_en"),
    [(1, 5, 6, "สีส้ม", "orange"), (1, 2, 6, "สีเขียว", "green"), (1, 2, 12, "สีส้ม", "orange"), (1, 10, 12, "สีแดง", "red")],
)
async def test_overview_and_status_table_show_the_flag_beside_the_level(
    app_factory, plan_path: Path, completed: int, total: int, months: int, word_th: str, word_en: str
) -> None:
    _save(plan_path, _small_plan(completed, total, months))
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        level = plan_summary(app.session.plan).level.thai
        assert f"ระดับ {level} ({word_th}) ร้อยละ" in text
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatusTableScreen)
        assert f"ระดับ {level} ({word_th}) ร้อยละ" in screen_text(app)
        await pilot.press("ctrl+t")  # English
        await pilot.pause()
        assert f"({word_en})" in screen_text(app)


async def test_thresholds_are_edited_in_plan_details(app_factory, plan_path: Path) -> None:
    _save(plan_path, _small_plan(3, 5, 12))  # 60 percent: orange in a 12-month round
    app = app_factory(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanDetailsScreen)
        green = screen.editor("flag_green_12")
        assert green.value == "80.00"
        green.focus()
        await pilot.pause()
        await pilot.press("end", "ctrl+u", *"60", "enter")
        await pilot.pause()
        assert stored_plan(plan_path).flag_thresholds[12].green == Decimal("60.00")
        assert _header(plan_path)["flag_thresholds"]["12"] == {"green": "60.00", "orange": "50.00"}
        # a bad value: the message, the typed text kept, the file as it was
        before = plan_path.read_bytes()
        orange = screen.editor("flag_orange_12")
        orange.focus()
        await pilot.pause()
        await pilot.press("end", "ctrl+u", *"7x", "enter")
        await pilot.pause()
        assert orange.value == "7x"
        assert any("not a percent" in str(n.message) for n in app._notifications)
        assert plan_path.read_bytes() == before
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert "(green)" in screen_text(app)
