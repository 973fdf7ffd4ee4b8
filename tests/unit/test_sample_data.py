"""The bundled sample plan (``sample_data/plan.json``) against its source document.

The sample is a transcription of the printed report (``conftest.SOURCE_DOCUMENT``, kept outside
the repository). Where that source document is at hand, the texts, statuses, dimensions and
remarks are checked against it rather than against figures copied from the sample itself.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import REPO, SOURCE_DOCUMENT, SOURCE_DOCUMENT_MISSING

from tui_app.model import Kind, Plan, Status
from tui_app.store import SCHEMA_VERSION, PlanStore, encode
from tui_app.store.plan_store import sample_bytes
from tui_app.summary import summarize

SAMPLE = REPO / "sample_data" / "plan.json"
SEED = SOURCE_DOCUMENT

SPLIT_SARA_AM = "\u0e4d\u0e32"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def thai_number(n: int) -> str:
    return "".join(THAI_DIGITS[int(d)] for d in str(n))


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture()
def plan(tmp_path: Path) -> Plan:
    """The sample as a new user gets it: a missing data file is created from the bundled sample."""
    store = PlanStore(tmp_path / "p.json")
    store.open()
    return store.load()


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(SOURCE_DOCUMENT_MISSING)
    return SEED.read_text(encoding="utf-8").replace(SPLIT_SARA_AM, "\u0e33")


@pytest.fixture(scope="module")
def seed_lines(seed_text: str) -> list[str]:
    return [line.strip() for line in seed_text.splitlines()]


@pytest.fixture(scope="module")
def status_table(seed_text: str) -> dict[int, dict]:
    """The seed's status table (printed in two pieces), keyed by ลำดับ."""
    statuses = [Status.WAITING, Status.IN_PROGRESS, Status.COMPLETED, Status.CANNOT]
    rows: dict[int, dict] = {}
    for line in seed_text.splitlines():  # not stripped: empty trailing cells are tabs
        cells = line.split("\t")
        if len(cells) < 9 or not cells[0].strip().isdigit():
            continue
        ticked = [i for i, cell in enumerate(cells[5:9]) if cell.strip()]
        assert len(ticked) == 1, line
        rows[int(cells[0])] = {
            "title": cells[1].strip(),
            "dimension": int(cells[2]),
            "budget": Decimal(cells[3]),
            "disbursed": Decimal(cells[4]),
            "status": statuses[ticked[0]],
            "remarks": cells[9].strip() if len(cells) > 9 else "",
        }
    return rows


@pytest.fixture(scope="module")
def narrative_items(seed_lines: list[str]) -> list[list[str]]:
    """The narrative part cut into its 15 items (non-empty lines, dimension headings dropped)."""
    heading = re.compile(r"^\(?[๐-๙]+\)?\.? ?(โครงการ|มาตรการ|กิจกรรม)")
    end = next(i for i, line in enumerate(seed_lines) if "\t" in line) - 1
    starts = [i for i, line in enumerate(seed_lines[:end]) if heading.match(line)]
    items = []
    for a, b in zip(starts, [*starts[1:], end], strict=True):
        items.append([line for line in seed_lines[a:b] if line and not line.startswith(("มติที่", "มิตินี้"))])
    return items


def item_of(measure, items: list[list[str]]) -> list[str]:
    """The narrative item that holds the measure's first step."""
    first = measure.steps[0].text
    found = [item for item in items if any(first in line for line in item)]
    assert len(found) == 1, f"measure {measure.order}: first step found in {len(found)} narrative items"
    return found[0]


def step_section(item: list[str]) -> list[str]:
    start = item.index("การดำเนินงาน") + 1
    end = next(i for i, line in enumerate(item) if line in ("ผลการดำเนินการ", "ผลการดำเนินงาน"))
    return item[start:end]


def all_texts(plan: Plan) -> list[str]:
    texts = [plan.organization, plan.plan_title, plan.plan_period, plan.reporter, plan.position]
    texts += plan.problems.splitlines() + plan.suggestions.splitlines()
    texts += [d.title for d in plan.dimensions]
    for m in plan.measures:
        texts += [m.title, m.mission, m.remarks, *m.result.splitlines()]
        for s in m.steps:
            texts += [s.text, *s.sub_points]
    return [t for t in texts if t]


# --- the file -----------------------------------------------------------------------------------


def test_file_is_utf8_json_with_thai_unescaped() -> None:
    raw = SAMPLE.read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    data = json.loads(text)
    assert "เทศบาลตำบลโพธิ์ทอง" in text
    assert not re.search(r"\\u0[eE][0-9a-fA-F]{2}", text), "Thai must be stored as Thai, not \\u escapes"
    assert raw == encode(data), "the sample must be byte for byte what the store writes"
    assert data["meta"] == {"1": {"schema_version": SCHEMA_VERSION}}
    assert list(data["plans"]) == ["1"]
    assert sorted(data["measures"], key=int) == [str(i) for i in range(1, 16)]
    assert all(doc["fiscal_year"] == 2566 for doc in data["measures"].values())


def test_bundled_sample_is_this_file() -> None:
    assert sample_bytes() == SAMPLE.read_bytes()


def test_saving_the_loaded_plan_changes_nothing(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "p.json")
    store.open()
    store.save_plan(store.load())
    assert (tmp_path / "p.json").read_bytes() == SAMPLE.read_bytes()


def test_uids_are_fixed_and_unique(plan: Plan) -> None:
    measure_uids = [m.uid for m in plan.measures_in_table_order()]
    assert measure_uids == [f"m{i:02d}" for i in range(1, 16)]
    step_uids = [s.uid for m in plan.measures for s in m.steps]
    assert len(step_uids) == len(set(step_uids))
    for m in plan.measures:
        assert [s.uid for s in m.steps] == [f"{m.uid}s{i:02d}" for i in range(1, len(m.steps) + 1)]


# --- the plan as loaded -----------------------------------------------------------------------


def test_header(plan: Plan) -> None:
    assert plan.organization == "เทศบาลตำบลโพธิ์ทอง"
    assert plan.fiscal_year == 2566
    assert plan.plan_title == "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส"
    assert plan.plan_period == "พ.ศ. ๒๕๖๖ - ๒๕๗๐"
    assert plan.round_months == 12
    assert plan.as_of == date(2023, 11, 6)
    assert plan.reporter == "นายนครินทร์ วงศ์พงษ์"
    assert plan.position == "ผ.ช.นิติกร"


def test_measures_dimensions_and_summary(plan: Plan) -> None:
    ordered = plan.measures_in_table_order()
    assert [m.order for m in ordered] == list(range(1, 16))
    assert [d.number for d in plan.dimensions] == [1, 2, 3, 4]
    summary = summarize(plan.measures, plan.level_bands)
    assert summary.total == 15
    assert [summary.count(s) for s in Status] == [0, 5, 10, 0]
    assert summary.implementation_percent == Decimal("83.33")
    assert summary.level.thai == "มาก"
    assert summary.budget == Decimal("0.00")
    assert summary.disbursed == Decimal("0.00")
    assert summary.disbursed_percent == Decimal("0.00")


def test_kind_follows_the_titles_first_word(plan: Plan) -> None:
    words = {"โครงการ": Kind.PROJECT, "มาตรการ": Kind.MEASURE, "กิจกรรม": Kind.ACTIVITY}
    for m in plan.measures:
        kinds = [k for word, k in words.items() if m.title.startswith(word)]
        assert kinds == [m.kind], m.title


def test_remarks_only_on_row_4(plan: Plan) -> None:
    by_order = {m.order: m for m in plan.measures}
    assert by_order[4].remarks == (
        "๑. คู่มือสำหรับนักพัฒนาชุมชน ๒. คู่มือปฏิบัติงานเรื่อง ร้องเรียน ร้องทุกข์ (งานนิติการ)"
    )
    assert [m.order for m in plan.measures if m.remarks] == [4]


def test_every_measure_has_steps_mission_and_result(plan: Plan) -> None:
    for m in plan.measures:
        assert m.steps, m.order
        assert m.mission, m.order
        assert m.result, m.order
        assert all(s.text for s in m.steps)
        assert all(p for s in m.steps for p in s.sub_points)


def test_completed_measures_have_every_step_done(plan: Plan) -> None:
    for m in plan.measures:
        if m.status is Status.COMPLETED:
            assert m.all_steps_done, m.order


def test_in_progress_measures_are_not_all_done(plan: Plan) -> None:
    for m in plan.measures:
        if m.status is Status.IN_PROGRESS:
            assert not m.all_steps_done, m.order
            if m.result.startswith("อยู่ระหว่าง"):
                # the result only says the work is under way: no step is reported done
                assert m.steps_done == 0, m.order


def test_complaints_measure_ticks_what_its_result_reports(plan: Plan) -> None:
    # Row 10's result: a working group was set up (ได้ตั้งคณะทำงาน) and the public was informed on
    # the website (ประชาสัมพันธ์ให้ประชาชนได้ทราบในเว็บไซต์): steps 1 and 5, and nothing else.
    m = next(m for m in plan.measures if m.order == 10)
    assert m.status is Status.IN_PROGRESS
    assert "ตั้งคณะทำงาน" in m.result and "ประชาสัมพันธ์" in m.result
    done = [i for i, s in enumerate(m.steps, 1) if s.done]
    assert done == [1, 5]
    assert m.steps[0].text.startswith("จัดตั้งคณะทำงาน")
    assert m.steps[4].text.startswith("ประกาศ/ประชาสัมพันธ์")


def test_no_split_sara_am_and_no_control_characters(plan: Plan) -> None:
    for text in all_texts(plan):
        assert SPLIT_SARA_AM not in text, text
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", text), text
        assert text == text.strip(), text
    for m in plan.measures:
        for s in m.steps:
            assert not re.match(r"^(- |\(?[๐-๙0-9]+\))", s.text), f"step keeps its number: {s.text}"


# --- against the source document ----------------------------------------------------------------


def test_every_text_occurs_in_the_seed(plan: Plan, seed_text: str) -> None:
    missing = [t for t in all_texts(plan) if t not in seed_text]
    assert missing == []


def test_table_rows_match_the_seed(plan: Plan, status_table: dict[int, dict]) -> None:
    assert sorted(status_table) == list(range(1, 16))
    for m in plan.measures_in_table_order():
        row = status_table[m.order]
        assert m.title == row["title"], m.order
        assert m.dimension == row["dimension"], m.order
        assert m.status is row["status"], m.order
        assert m.budget == row["budget"] and m.disbursed == row["disbursed"], m.order
        assert m.remarks == row["remarks"], m.order


def test_summary_matches_the_seeds_summary_block(plan: Plan, seed_text: str) -> None:
    summary = summarize(plan.measures, plan.level_bands)
    assert f"จำนวน {summary.total} โครงการ" in seed_text
    assert f"รอการรายงาน {summary.count(Status.WAITING)} โครงการ" in seed_text
    assert f"อยู่ระหว่างดำเนินการ {summary.count(Status.IN_PROGRESS)} โครงการ" in seed_text
    assert f"ดำเนินการแล้วเสร็จ {summary.count(Status.COMPLETED)} โครงการ" in seed_text
    assert f"ไม่สามารถดำเนินการได้ {summary.count(Status.CANNOT)} โครงการ" in seed_text
    assert f"ระดับ {summary.level.thai} ร้อยละ {summary.implementation_percent}" in seed_text
    assert f"คิดเป็นร้อยละ {summary.disbursed_percent}" in seed_text


def test_header_matches_the_seed(plan: Plan, seed_text: str) -> None:
    thai_months = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                   "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    assert plan.as_of is not None
    as_of = f"ข้อมูล ณ วันที่ {plan.as_of.day:02d} {thai_months[plan.as_of.month - 1]} {plan.as_of.year + 543}"
    assert as_of in seed_text
    assert f"ผู้รายงาน {plan.reporter} ตำแหน่ง {plan.position}" in seed_text
    assert f"{plan.plan_title} ({plan.plan_period})" in seed_text
    assert f"พ.ศ. {plan.fiscal_year} รอบ {plan.round_months} เดือน" in seed_text
    for number, dimension in enumerate(plan.dimensions, 1):
        assert re.search(rf"(มิตินี้|มติที่) {thai_number(number)} {re.escape(dimension.title)}\n", seed_text)


def test_problems_and_suggestions_match_the_seed(plan: Plan, seed_lines: list[str]) -> None:
    problems = plan.problems.splitlines()
    assert [p[:3] for p in problems] == ["1. ", "2. "]
    problems_line = seed_lines[seed_lines.index("ปัญหา อุปสรรค") + 2]
    assert " ".join(problems) == problems_line
    assert plan.suggestions == seed_lines[seed_lines.index("ข้อเสนอแนะ") + 2]


def test_each_measure_matches_one_narrative_item(plan: Plan, narrative_items: list[list[str]]) -> None:
    assert len(narrative_items) == 15
    used = []
    for m in plan.measures_in_table_order():
        item = item_of(m, narrative_items)
        used.append(id(item))
        body = "\n".join(item)
        # every step, sub-point and result line of the measure comes from this one item, in order
        position = 0
        for s in m.steps:
            for text in [s.text, *s.sub_points]:
                found = body.find(text, position)
                assert found >= 0, f"measure {m.order}: {text!r} not found in order in its narrative item"
                position = found + len(text)
        assert m.result in body, m.order
        # the mission is the item's own ภารกิจตามมิติ / ภารกิจตามมติ
        label = next(i for i, line in enumerate(item) if line.startswith(("ภารกิจตามมิติ", "ภารกิจตามมติ")))
        own = item[label].split(" ", 1)[1] if " " in item[label] else item[label + 1]
        assert m.mission == own, m.order
        # the item's heading names the same kind of item (โครงการ / มาตรการ / กิจกรรม) as the table
        heading_word = re.search(r"โครงการ|มาตรการ|กิจกรรม", item[0])
        assert heading_word is not None and m.title.startswith(heading_word.group(0)), m.order
    assert len(set(used)) == 15, "two table rows were matched to the same narrative item"


def test_nothing_of_a_step_list_is_left_out(plan: Plan, narrative_items: list[list[str]]) -> None:
    """Every line under การดำเนินงาน is a step or a sub-point, and the last step number is the last."""
    marker = re.compile(r"^(?:- ?)?(?:\([๐-๙]+(?:\.[๐-๙]+)?\)|[๐-๙]+\)) ?")
    for m in plan.measures:
        lines = step_section(item_of(m, narrative_items))
        stored = [s.text for s in m.steps] + [p for s in m.steps for p in s.sub_points]
        assert len(lines) == len(stored), m.order
        for line in lines:
            bare = line[2:] if line.startswith("- ") else line
            assert bare in stored or marker.sub("", line) in stored, f"measure {m.order}: {line!r} is missing"
        body = "\n".join(lines)
        for k in range(1, len(m.steps) + 1):
            assert f"({thai_number(k)})" in body or f"{thai_number(k)})" in body, (m.order, k)
        after = len(m.steps) + 1
        assert f"({thai_number(after)})" not in body and f"\n{thai_number(after)})" not in body, m.order
