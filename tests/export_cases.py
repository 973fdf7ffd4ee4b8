"""The plans and helpers that the export tests of several kinds share (unit, command line, documents).

The source document's own plan, a plan of awkward text, and a data file and a run of ``tui-app``
made from them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from tui_app.cli import main
from tui_app.model import Dimension, Kind, Measure, Plan, Status
from tui_app.store import PlanStore

BOM = b"\xef\xbb\xbf"
W, P, C, X = Status.WAITING, Status.IN_PROGRESS, Status.COMPLETED, Status.CANNOT

# The source document's status table: (order, title, dimension, status, remarks).
DOCUMENT_TABLE: list[tuple[int, str, int, Status, str]] = [
    (1, "โครงการโรงเรียนคุณธรรม", 1, P, ""),
    (2, "โครงการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลโพธิ์ทอง", 1, P, ""),
    (3, "มาตรการ NO Gift Policy", 2, C, ""),
    (
        4,
        "โครงการจัดทำคู่มือหรือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่เทศบาลตำบลโพธิ์ทอง",
        2,
        C,
        "๑. คู่มือสำหรับนักพัฒนาชุมชน ๒. คู่มือปฏิบัติงานเรื่อง ร้องเรียน ร้องทุกข์ (งานนิติการ)",
    ),
    (5, "มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส", 2, C, ""),
    (6, "มาตรการการสร้างความโปร่งใสในการบริหารงานบุคคล", 2, C, ""),
    (7, "กิจกรรม “วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี”", 2, P, ""),
    (8, "โครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (E-Service)", 2, C, ""),
    (9, "มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน", 2, C, ""),
    (10, "มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียนของเทศบาลตำบลโพธิ์ทอง", 3, P, ""),
    (11, "โครงการจัดเวทีประชาคม", 3, C, ""),
    (12, "กิจกรรมติดตามประเมินผลการควบคุมภายใน", 4, C, ""),
    (13, "มาตรการบริหารจัดการความเสี่ยงการทุจริตของเทศบาลตำบลโพธิ์ทอง", 4, P, ""),
    (14, "มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริตของเทศบาลตำบลโพธิ์ทอง", 4, C, ""),
    (15, "มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียนเกี่ยวกับการทุจริตของเทศบาลตำบลโพธิ์ทอง", 4, C, ""),
]
DIMENSIONS = [
    Dimension(1, "การสร้างวัฒนธรรมสุจริต"),
    Dimension(2, "การบริหารราชการด้วยความโปร่งใส"),
    Dimension(3, "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน"),
    Dimension(4, "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"),
]
HOSTILE = "=cmd|' /C calc'!A0"


def document_plan() -> Plan:
    """The source document's plan (fiscal year 2566), built from the model, in shuffled order."""
    measures = [
        Measure(order=o, title=t, dimension=d, status=s, remarks=r, kind=Kind.PROJECT, uid=f"m{o:02d}")
        for o, t, d, s, r in DOCUMENT_TABLE
    ]
    measures = measures[7:] + measures[:7]  # the document itself prints 8-15 before 1-7
    return Plan(
        organization="เทศบาลตำบลโพธิ์ทอง",
        fiscal_year=2566,
        plan_title="แผนปฏิบัติการป้องกันการทุจริต",
        round_months=12,
        as_of=date(2023, 11, 6),
        reporter="นายนครินทร์ วงศ์พงษ์",
        position="ผ.ช.นิติกร",
        dimensions=list(DIMENSIONS),
        measures=measures,
    )


def awkward_plan() -> Plan:
    """Long Thai titles, mixed Thai and English, empty cells, big amounts, hostile text."""
    long_thai = "โครงการส่งเสริมคุณธรรมจริยธรรมและความซื่อสัตย์สุจริตของผู้บริหารสมาชิกสภาท้องถิ่นและพนักงานส่วนตำบลทุกระดับที่ปฏิบัติหน้าที่"
    return Plan(
        organization="องค์การบริหารส่วนตำบลทดสอบ",
        fiscal_year=2567,
        as_of=date(2024, 3, 31),
        reporter="",
        position="",
        dimensions=[Dimension(1, "มิติหนึ่ง"), Dimension(2, "Dimension two")],
        measures=[
            Measure(1, long_thai, 1, budget=Decimal("1234567.50"), disbursed=Decimal("1234.05"), status=W),
            Measure(
                2,
                "Mixed ภาษาไทย and English: ISO 9001 / ระบบ e-GP ผู้ใช้งาน ใหม่ๆ น้ำท่วม",
                2,
                status=P,
                remarks="หมายเหตุยาวมาก " * 6,
            ),
            Measure(3, "", 2, status=C, remarks=""),
            Measure(4, HOSTILE, 1, status=X, remarks='quote " and comma , and\nnew line\tand tab'),
            Measure(5, "-ลดขั้นตอน", 2, status=C, remarks="@mention +plus"),
            Measure(6, "\x1b[31mred\x1b[0m ใช่", 1, status=P, remarks="\tนำด้วยแท็บ"),
        ],
    )



def make_db(path: Path, *plans: Plan) -> Path:
    store = PlanStore(path, sample=None)
    store.open()
    for plan in plans or (document_plan(),):
        store.save_plan(plan)
    return path


def run(capfdbinary, *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    captured = capfdbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


