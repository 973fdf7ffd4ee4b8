"""The exports say what the source document says: the table's title, the header "(ตั้งต้น)", the
problems and suggestions, and the closing order table → as-of date → reporter → problems →
suggestions → summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_app.export import ExportOptions, render, render_text
from tui_app.model import Plan
from tui_app.report import TABLE_HEADERS, notes, table_title
from tui_app.store import PlanStore

SAMPLE_TITLE = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของเทศบาลตำบลโพธิ์ทอง พ.ศ. 2566 รอบ 12 เดือน"


@pytest.fixture()
def sample(tmp_path: Path) -> Plan:
    store = PlanStore(tmp_path / "p.json")
    store.open()
    return store.load()


def test_table_title_is_the_source_documents_wording_not_the_plans_long_title(sample: Plan) -> None:
    assert sample.plan_title == "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส"
    assert table_title(sample) == SAMPLE_TITLE
    assert table_title(sample, thai_digits=True).endswith("พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน")
    sample.round_months = 6
    assert table_title(sample).endswith("พ.ศ. 2566 รอบ 6 เดือน")


def test_every_format_heads_the_title_column_as_the_document_does(sample: Plan) -> None:
    assert TABLE_HEADERS[1] == "รายการโครงการ (ตั้งต้น)"
    assert render(sample, ExportOptions(format="tsv")).decode().split("\n")[0].split("\t")[1] == TABLE_HEADERS[1]
    assert render(sample, ExportOptions(format="csv")).decode("utf-8-sig").split(",")[1] == TABLE_HEADERS[1]
    assert TABLE_HEADERS[1] in render_text(sample, ExportOptions(style="github"))


def test_text_closes_in_the_documents_order(sample: Plan) -> None:
    text = render_text(sample)
    assert text.splitlines()[0] == SAMPLE_TITLE
    marks = [
        "+========",  # the table
        "** ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566",
        "ชื่อ - สกุล ผู้รายงาน นายนครินทร์ วงศ์พงษ์",
        "\nปัญหา อุปสรรค\n1. บางโครงการ/กิจกรรม",
        "\nข้อเสนอแนะ\nควรมีการติดตามผลการดำเนินในทุก ๓ เดือน",
        "\nสรุปผลการขับเคลื่อนแผนฯ\n",
        "- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก (สีเขียว) ร้อยละ 83.33",  # the 12-month round's flag beside the level
    ]
    positions = [text.find(mark) for mark in marks]
    assert -1 not in positions, [m for m, p in zip(marks, positions, strict=True) if p == -1]
    assert positions == sorted(positions)
    assert "2. เจ้าหน้าที่ผู้รับผิดชอบจัดทำโครงการ/กิจกรรม" in text  # every paragraph of the problems


def test_empty_problems_and_suggestions_leave_no_heading(sample: Plan) -> None:
    sample.problems = ""
    sample.suggestions = "  \n "
    assert notes(sample) == []
    text = render_text(sample)
    assert "ปัญหา อุปสรรค" not in text and "ข้อเสนอแนะ" not in text
    sample.suggestions = "หนึ่ง\n\nสอง"
    assert notes(sample) == [("ข้อเสนอแนะ", ["หนึ่ง", "สอง"])]
