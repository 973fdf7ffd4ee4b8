"""The plan's introduction (บทนำ) and the covering memo's office details (ส่วนราชการ, ที่, เรียน):
stored with the plan, carried into a new year, set by a change, typed in plan details."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, stored_plan
from test_app_plan_details import field, focus, open_details, stored_header, type_into
from textual.widgets import Input, TextArea

from tui_app.changes import SetPlanField
from tui_app.model import Plan
from tui_app.store import PlanStore

NEW_FIELDS = ("introduction", "department", "doc_number_prefix", "addressee")


def seed_path() -> Path | None:
    """The source document, beside the repository (or beside the folder of work trees)."""
    for base in (REPO.parent, REPO.parents[1]):
        path = base / "shared" / "seed" / "000_5370fb48f98c68f0.txt"
        if path.is_file():
            return path
    return None


def test_a_header_without_the_new_keys_reads_as_empty() -> None:
    plan = Plan.from_docs({"fiscal_year": 2566, "organization": "อบต.ทดสอบ"}, [])
    assert [getattr(plan, name) for name in NEW_FIELDS] == ["", "", "", ""]


def test_the_new_fields_go_to_the_file_and_back(tmp_path: Path) -> None:
    plan = Plan(
        organization="อบต.ทดสอบ",
        fiscal_year=2567,
        introduction="ย่อหน้าที่หนึ่ง\nย่อหน้าที่สอง",
        department="สำนักปลัด",
        doc_number_prefix="อท ๕๓๖๐๑/",
        addressee="นายกองค์การบริหารส่วนตำบลทดสอบ",
    )
    header = plan.header_doc()
    assert {name: header[name] for name in NEW_FIELDS} == {name: getattr(plan, name) for name in NEW_FIELDS}
    store = PlanStore(tmp_path / "p.json", sample=None)
    store.open()
    store.save_plan(plan)
    back = PlanStore(tmp_path / "p.json").load(2567)
    assert [getattr(back, name) for name in NEW_FIELDS] == [getattr(plan, name) for name in NEW_FIELDS]


def test_the_introduction_keeps_its_paragraphs_and_one_line_fields_do_not() -> None:
    plan = Plan.from_docs(
        {"fiscal_year": 2566, "introduction": "หนึ่ง\r\nสอง\x1b[31m", "addressee": "นายก\nเทศมนตรี"}, []
    )
    assert plan.introduction == "หนึ่ง\nสอง"
    assert plan.addressee == "นายก เทศมนตรี"


def test_a_new_year_keeps_the_introduction_and_the_office_details() -> None:
    plan = Plan(
        organization="อบต.ทดสอบ",
        fiscal_year=2566,
        introduction="บทนำ",
        department="สำนักปลัด",
        doc_number_prefix="อท/",
        addressee="นายก",
        problems="ปัญหา",
    )
    new = plan.carried_over(2567)
    assert [getattr(new, name) for name in NEW_FIELDS] == ["บทนำ", "สำนักปลัด", "อท/", "นายก"]
    assert new.problems == ""


def test_set_plan_field_cleans_each_new_field() -> None:
    plan = Plan(organization="อบต.ทดสอบ", fiscal_year=2566)
    SetPlanField("introduction", "  หนึ่ง\n\nสอง  ").apply(plan)
    SetPlanField("department", " สำนักปลัด\n").apply(plan)
    SetPlanField("doc_number_prefix", "อท ๕๓๖๐๑/").apply(plan)
    SetPlanField("addressee", "นายก\tเทศมนตรี").apply(plan)
    assert (plan.introduction, plan.department, plan.doc_number_prefix, plan.addressee) == (
        "หนึ่ง\n\nสอง",
        "สำนักปลัด",
        "อท ๕๓๖๐๑/",
        "นายก เทศมนตรี",
    )


def test_the_sample_plan_has_the_source_documents_introduction(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "p.json")
    store.open()
    plan = store.load()
    paragraphs = plan.introduction.split("\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("เทศบาลตำบลโพธิ์ทองได้จัดทำแผนปฏิบัติการป้องกันการทุจริต")
    assert paragraphs[1].endswith("สำหรับกรอบแผนการดำเนินงาน ดังนี้")
    assert plan.addressee and plan.department
    seed = seed_path()
    if seed is None:
        pytest.skip("source document not found beside the repository")
    lines = [line.strip() for line in seed.read_text("utf-8").splitlines()]
    for paragraph in paragraphs:
        assert paragraph in lines  # word for word, typos included


# --- plan details -----------------------------------------------------------------------------


async def test_office_details_typed_in_plan_details_are_saved(app_factory, plan_path: Path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_details(app, pilot)
        assert field(screen, "addressee").value == "นายกเทศมนตรีตำบลโพธิ์ทอง"
        await type_into(pilot, field(screen, "doc_number_prefix"), "AT 53601/")
        await pilot.press("tab")  # leaving the field saves it
        await pilot.pause()
        assert stored_header(plan_path)["doc_number_prefix"] == "AT 53601/"
        assert isinstance(app.focused, Input) and app.focused.id == "field-addressee"
        await type_into(pilot, field(screen, "department"), "Office of the Clerk")
        await pilot.press("f2")
        await pilot.pause()
        assert stored_plan(plan_path).department == "Office of the Clerk"


async def test_the_introduction_is_a_multi_line_field(app_factory, plan_path: Path) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_details(app, pilot)
        intro = screen.editor("introduction")
        assert isinstance(intro, TextArea)
        assert intro.text.startswith("เทศบาลตำบลโพธิ์ทองได้จัดทำแผน")
        await focus(pilot, intro)
        intro.load_text("ย่อหน้าแรก")
        await pilot.press("end", "enter", *"Second paragraph")
        await pilot.press("tab")
        await pilot.pause()
        assert stored_plan(plan_path).introduction == "ย่อหน้าแรก\nSecond paragraph"
