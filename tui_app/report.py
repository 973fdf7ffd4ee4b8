"""The report: the plan's header, status table and summary block in the source document's Thai wording.

Pure functions of the records, used by the command line, the screens and the exports
(:mod:`tui_app.export` lays the table out as text, TSV or CSV). The wording is Thai whatever the
screen language: it is the wording of the official report.

Every function that prints figures takes an optional ``digits`` function (``str`` by default,
:func:`tui_app.thai.thai_digits` for ๐–๙) applied to the figures the program writes (order,
dimension, amounts, counts, years, dates), never to the user's own text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from tui_app.i18n import t
from tui_app.model import STATUS_THAI, STATUSES, Measure, Plan, Status
from tui_app.money import format_money
from tui_app.national import NO_BUDGET_THAI
from tui_app.summary import Summary, summarize
from tui_app.thai import thai_date
from tui_app.thai import thai_digits as _thai_digits

Digits = Callable[[str], str]

#: the mark of the status column that holds (the source document's ticked box)
CHECK = "☑"

#: the title column's header as the source document's status table prints it
SOURCE_TITLE_HEADER = "รายการโครงการ (ตั้งต้น)"

#: the status table's headers, one line each (TSV, CSV, Markdown tables), worded as the source
#: document words them
TABLE_HEADERS: tuple[str, ...] = (
    "ลำดับ",
    SOURCE_TITLE_HEADER,
    "มิติ",
    "งบประมาณ (บาท)",
    "เบิกจ่าย (บาท)",
    *(STATUS_THAI[s] for s in Status),
    "หมายเหตุ",
)

#: the headings of the report's plan-level free text
PROBLEMS_HEADING = "ปัญหา อุปสรรค"
SUGGESTIONS_HEADING = "ข้อเสนอแนะ"

#: :data:`TABLE_HEADERS` broken over lines as the source document breaks them, so that the status
#: columns stay narrow in a text table
TABLE_HEADERS_WRAPPED: tuple[str, ...] = (
    "ลำดับ",
    "รายการโครงการ\n(ตั้งต้น)",
    "มิติ",
    "งบประมาณ\n(บาท)",
    "เบิกจ่าย\n(บาท)",
    *(STATUSES[s].header for s in Status),
    "หมายเหตุ",
)

#: the upper header cell that spans the four status columns in a two-row header (docx, xlsx):
#: the first row holds the other columns' headers (each spanning both rows) and this one; the
#: second row the four statuses
STATUS_GROUP_HEADER = "สถานะ"

#: positions of the columns in :data:`TABLE_HEADERS` / :func:`table_row`
COL_ORDER, COL_TITLE, COL_DIMENSION, COL_BUDGET, COL_DISBURSED = range(5)
COL_STATUS = tuple(range(5, 5 + len(Status)))  # one column per status, in the order of Status
COL_REMARKS = COL_STATUS[-1] + 1


def _same(text: str) -> str:
    return text


def plan_summary(plan: Plan, measures: Iterable[Measure] | None = None) -> Summary:
    """The summary of ``measures`` (all the plan's by default) with the flag of the plan's round."""
    return summarize(
        plan.measures if measures is None else measures,
        plan.level_bands,
        round_months=plan.round_months,
        thresholds=plan.flag_thresholds,
    )


def title_line(plan: Plan, digits: Digits = _same) -> str:
    """The report's title: ``รายงานผลการดำเนินงานตาม<plan> ของ<organization> พ.ศ. 2566 รอบ 12 เดือน``."""
    title = plan.plan_title or "แผนปฏิบัติการป้องกันการทุจริต"
    return (
        f"รายงานผลการดำเนินงานตาม{title} ของ{plan.organization} "
        f"พ.ศ. {digits(str(plan.fiscal_year))} รอบ {digits(str(plan.round_months))} เดือน"
    )


def table_title(plan: Plan, *, thai_digits: bool = False) -> str:
    """The status table's title as the source document prints it above the table.

    ``รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ<organization> พ.ศ. 2566 รอบ 12 เดือน``:
    the source's own wording, not the plan's long title; ``thai_digits`` writes the year and
    the round with ๐–๙.
    """
    digits = _thai_digits if thai_digits else _same
    return (
        f"รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ{plan.organization} "
        f"พ.ศ. {digits(str(plan.fiscal_year))} รอบ {digits(str(plan.round_months))} เดือน"
    )


def header_lines(plan: Plan) -> list[str]:
    """The report's title lines: plan, organization, fiscal year, round, as-of date."""
    lines = [title_line(plan)]
    if plan.as_of:
        lines.append(f"ข้อมูล ณ วันที่ {thai_date(plan.as_of)}")
    return lines


def summary_lines(summary: Summary, lang: str = "th") -> list[str]:
    """The summary block (สรุปผลการขับเคลื่อนแผนฯ): in Thai worded as the source document words it
    (the exports), in English for the screen; one line per status, in the table's order."""
    over = f" ({t('warning.over_budget_short', lang)})" if summary.over_budget else ""
    level = summary.level.thai if lang == "th" else summary.level.english
    if summary.flag is not None:  # the round's flag beside the level word, as a word
        level = t("flag.level", lang, level=level, flag=t(f"flag.{summary.flag.value}", lang))
    return [
        t("status_table.summary.heading", lang),
        t("status_table.summary.total", lang, total=summary.total),
        *(
            t("status_table.summary.count", lang, status=t(f"status_table.status.{status.value}", lang), count=n)
            for status, n in summary.counts.items()
        ),
        t(
            "status_table.summary.disbursed",
            lang,
            amount=format_money(summary.disbursed),
            percent=f"{summary.disbursed_percent:.2f}",
        )
        + over,
        t("status_table.summary.level", lang, level=level, percent=f"{summary.implementation_percent:.2f}"),
    ]


def signature_lines(plan: Plan, *, digits: Digits = _same) -> list[str]:
    """The as-of date (Buddhist Era, Thai month) and the reporter, as they close the report."""
    lines = []
    if plan.as_of:
        lines.append(f"** ข้อมูล ณ วันที่ {digits(thai_date(plan.as_of))}")
    if plan.reporter or plan.position:
        lines.append(f"ชื่อ - สกุล ผู้รายงาน {plan.reporter} ตำแหน่ง {plan.position}".rstrip())
    return lines


def notes(plan: Plan) -> list[tuple[str, list[str]]]:
    """The problems and the suggestions that have text, as ``(heading, paragraphs)``, in the
    order the report prints them (after the reporter, before the summary block)."""
    sections = []
    for heading, text in ((PROBLEMS_HEADING, plan.problems), (SUGGESTIONS_HEADING, plan.suggestions)):
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        if paragraphs:
            sections.append((heading, paragraphs))
    return sections


def status_text(plan: Plan) -> str:
    """What ``tui-app status`` prints: the header and the summary block."""
    return "\n".join([*header_lines(plan), "", *summary_lines(plan_summary(plan))]) + "\n"


# --- the status table -------------------------------------------------------------------------


def select_measures(
    plan: Plan, dimension: int | None = None, statuses: Collection[Status] | None = None
) -> list[Measure]:
    """The plan's measures in table order (ลำดับ), only of ``dimension`` and ``statuses`` if given."""
    return [
        m
        for m in plan.measures_in_table_order()
        if (dimension is None or m.dimension == dimension) and (statuses is None or m.status in statuses)
    ]


#: each status's cells (iterating the enum for every row of a long table is slow)
_STATUS_MARKS: dict[Status, tuple[str, ...]] = {
    status: tuple(CHECK if s is status else "" for s in Status) for status in Status
}


def status_marks(status: Status) -> list[str]:
    """The four status cells: :data:`CHECK` in the column of ``status``, the others empty."""
    return list(_STATUS_MARKS[status])


def budget_text(measure: Measure, digits: Digits = _same) -> str:
    """The budget cell: the amount, or ``ไม่ใช้งบประมาณ`` for a measure that uses none (not 0.00)."""
    if measure.national.no_budget and not measure.budget:
        return NO_BUDGET_THAI
    return digits(format_money(measure.budget))


def table_row(measure: Measure, digits: Digits = _same) -> list[str]:
    """One row of the status table as text, in the order of :data:`TABLE_HEADERS`.

    Amounts have two decimals and thousands separators (an amount not given is an empty cell,
    as the official table would leave it blank; 0.00 is a real zero); the title and remarks are
    as stored.
    """
    return [
        digits(str(measure.order)),
        measure.title,
        digits(str(measure.dimension)),
        budget_text(measure, digits),
        digits(format_money(measure.disbursed)),
        *status_marks(measure.status),
        measure.remarks,
    ]


def filter_text(
    plan: Plan, dimension: int | None, statuses: Collection[Status] | None, digits: Digits = _same
) -> str | None:
    """What a filtered table shows (``มิติที่ 2 (…); สถานะ …``), or ``None`` when it shows everything."""
    parts = []
    if dimension is not None:
        part = f"มิติที่ {digits(str(dimension))}"
        title = next((d.title for d in plan.dimensions if d.number == dimension), "")
        parts.append(f"{part} ({title})" if title else part)
    if statuses is not None and set(statuses) != set(Status):
        parts.append("สถานะ " + ", ".join(STATUS_THAI[s] for s in Status if s in statuses))
    return "; ".join(parts) or None


def filter_lines(
    plan: Plan,
    dimension: int | None,
    statuses: Collection[Status] | None,
    shown: int,
    digits: Digits = _same,
) -> tuple[str, str] | None:
    """The line above a filtered table and the line that opens its summary, or ``None``."""
    what = filter_text(plan, dimension, statuses, digits)
    if what is None:
        return None
    count = f"{digits(str(shown))} จาก {digits(str(len(plan.measures)))} รายการ"
    return (
        f"แสดงเฉพาะ {what} ({count})",
        f"- สรุปเฉพาะรายการที่แสดง: {what} ({count})",
    )


def report_summary_lines(plan: Plan, measures: Iterable[Measure], digits: Digits = _same) -> list[str]:
    """:func:`summary_lines` of ``measures`` (the rows shown), figures written with ``digits``."""
    return [digits(line) for line in summary_lines(plan_summary(plan, measures))]
