"""The report: the plan's header and summary block in the source document's Thai wording.

Pure functions of the records, used by the command line, the screens and the exports.
"""

from __future__ import annotations

from tui_app.model import Plan, Status
from tui_app.money import format_money
from tui_app.summary import Summary, summarize
from tui_app.thai import thai_date


def plan_summary(plan: Plan) -> Summary:
    return summarize(plan.measures, plan.level_bands)


def header_lines(plan: Plan) -> list[str]:
    """The report's title lines: plan, organization, fiscal year, round, as-of date."""
    title = plan.plan_title or "แผนปฏิบัติการป้องกันการทุจริต"
    lines = [
        f"รายงานผลการดำเนินงานตาม{title} ของ{plan.organization} พ.ศ. {plan.fiscal_year} รอบ {plan.round_months} เดือน",
    ]
    if plan.as_of:
        lines.append(f"ข้อมูล ณ วันที่ {thai_date(plan.as_of)}")
    return lines


def summary_lines(summary: Summary) -> list[str]:
    """The summary block (สรุปผลการขับเคลื่อนแผนฯ) worded as the source document words it."""
    c = summary.counts
    return [
        "สรุปผลการขับเคลื่อนแผนฯ",
        f"- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน {summary.total} โครงการ",
        f"- รอการรายงาน {c[Status.WAITING]} โครงการ",
        f"- อยู่ระหว่างดำเนินการ {c[Status.IN_PROGRESS]} โครงการ",
        f"- ดำเนินการแล้วเสร็จ {c[Status.COMPLETED]} โครงการ",
        f"- ไม่สามารถดำเนินการได้ {c[Status.CANNOT]} โครงการ",
        f"- เบิกจ่ายงบประมาณ {format_money(summary.disbursed)} บาท คิดเป็นร้อยละ {summary.disbursed_percent:.2f}",
        f"- มีการนำแผนฯ ไปปฏิบัติ ระดับ {summary.level.thai} ร้อยละ {summary.implementation_percent:.2f}",
    ]


def signature_lines(plan: Plan) -> list[str]:
    lines = []
    if plan.as_of:
        lines.append(f"** ข้อมูล ณ วันที่ {thai_date(plan.as_of)}")
    if plan.reporter or plan.position:
        lines.append(f"ชื่อ - สกุล ผู้รายงาน {plan.reporter} ตำแหน่ง {plan.position}".rstrip())
    return lines


def status_text(plan: Plan) -> str:
    """What ``tui-app status`` prints: the header and the summary block."""
    return "\n".join([*header_lines(plan), "", *summary_lines(plan_summary(plan))]) + "\n"
