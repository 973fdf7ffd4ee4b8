"""The roll-up of many organizations' data files, for a district or province officer.

Each file is one organization's data file (the store's format); :func:`rollup` reads each of them
read-only (never writing, not even a lock) and sets side by side, per organization and in total:
the measures, the counts per status, the implementation percent with its flag, the budget and the
amount disbursed. Organizations are sorted by implementation percent, highest first. A file that
cannot be read (missing, damaged, not a plan, no such year) is listed with the reason, never left
out; the totals say how many files they leave out.

:func:`rollup_text`, :func:`rollup_csv` and :func:`rollup_xlsx` print it. Plain Python, no Textual;
files are read through :class:`~tui_app.store.PlanStore` only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from tui_app.errors import UserError
from tui_app.flags import FLAG_THAI, flag_for
from tui_app.model import STATUS_THAI, Status, strip_controls
from tui_app.money import ZERO, format_money, percent
from tui_app.report import plan_summary
from tui_app.summary import Summary, implementation_percent, level_for

FORMATS = ("text", "csv", "xlsx")


@dataclass(frozen=True)
class OrgRow:
    """One file of the roll-up: an organization's figures, or why the file could not be read."""

    path: Path
    organization: str = ""
    fiscal_year: int | None = None
    round_months: int | None = None
    summary: Summary | None = None
    error: UserError | None = None

    @property
    def ok(self) -> bool:
        return self.summary is not None


@dataclass(frozen=True)
class Rollup:
    rows: list[OrgRow]  # the organizations read, highest implementation percent first
    damaged: list[OrgRow]  # the files that could not be read, in the order given
    total: Summary


def read_org(path: Path, year: int | None = None) -> OrgRow:
    """One organization's figures from its data file, or the reason it cannot be read."""
    from tui_app.store import PlanStore

    store = PlanStore(path, sample=None)
    try:
        store.open(create=False, write=False)
        plan = store.load(year)
    except UserError as exc:
        return OrgRow(path=path, error=exc)
    return OrgRow(
        path=path,
        organization=plan.organization,
        fiscal_year=plan.fiscal_year,
        round_months=plan.round_months,
        summary=plan_summary(plan),
    )


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """The files to roll up: each file as given, each folder's ``*.json`` files by name."""
    found: list[Path] = []
    for item in paths:
        path = Path(item).expanduser()
        if path.is_dir():
            found += sorted(p for p in path.glob("*.json") if p.is_file())
        else:
            found.append(path)
    return found


def rollup(paths: Iterable[Path | str], year: int | None = None) -> Rollup:
    """Read every file and add them up (see the module's description)."""
    read = [read_org(path, year) for path in expand(paths)]
    rows = sorted((r for r in read if r.ok), key=lambda r: (-r.summary.implementation_percent, r.organization))  # type: ignore[union-attr]
    damaged = [r for r in read if not r.ok]
    return Rollup(rows=rows, damaged=damaged, total=_total(rows))


def _total(rows: Sequence[OrgRow]) -> Summary:
    summaries = [r.summary for r in rows if r.summary is not None]  # every row here was read
    counts = {status: sum(s.counts[status] for s in summaries) for status in Status}
    total = sum(counts.values())
    budget = sum((s.budget for s in summaries), ZERO)
    disbursed = sum((s.disbursed for s in summaries), ZERO)
    impl = implementation_percent(counts, total)
    rounds = {r.round_months for r in rows}
    only_round = rounds.pop() if len(rounds) == 1 else None
    return Summary(
        total=total,
        counts=counts,
        budget=budget,
        disbursed=disbursed,
        disbursed_percent=percent(disbursed, budget),
        implementation_percent=impl,
        level=level_for(impl),
        # a flag for the total only when every organization reports the same round
        flag=flag_for(impl, only_round) if only_round is not None else None,
    )


# --- printing -----------------------------------------------------------------------------------

HEADERS: tuple[str, ...] = (
    "หน่วยงาน",
    "ปีงบประมาณ",
    "รอบ (เดือน)",
    "จำนวนโครงการ",
    *(STATUS_THAI[s] for s in Status),
    "ร้อยละการนำไปปฏิบัติ",
    "สี",
    "งบประมาณ (บาท)",
    "เบิกจ่าย (บาท)",
)
TOTAL_LABEL = "รวม"
DAMAGED_HEADING = "ไฟล์ที่อ่านไม่ได้"


def _flag_word(summary: Summary) -> str:
    return FLAG_THAI[summary.flag] if summary.flag else "-"


def _cells(name: str, year: object, months: object, s: Summary, money=format_money) -> list[str]:
    return [
        name,
        str(year),
        str(months),
        str(s.total),
        *(str(s.counts[status]) for status in Status),
        f"{s.implementation_percent:.2f}",
        _flag_word(s),
        money(s.budget),
        money(s.disbursed),
    ]


def _total_cells(r: Rollup, money=format_money) -> list[str]:
    name = f"{TOTAL_LABEL} {len(r.rows)} หน่วยงาน"
    return _cells(name, "", "", r.total, money)


def reason(row: OrgRow, lang: str = "th") -> str:
    return row.error.message(lang) if row.error else ""


def rollup_text(r: Rollup, lang: str = "th") -> str:
    from tabulate import tabulate

    rows = [_cells(strip_controls(o.organization, keep=""), o.fiscal_year, o.round_months, o.summary) for o in r.rows]  # type: ignore[arg-type]
    rows.append(_total_cells(r))
    table = tabulate(
        rows, HEADERS, tablefmt="simple", disable_numparse=True,
        colalign=(
            "left", "right", "right", "right", "right", "right", "right", "right", "right", "left", "right", "right",
        ),
    )
    lines = [f"สรุปผลการนำแผนปฏิบัติการป้องกันการทุจริตไปปฏิบัติ {len(r.rows)} หน่วยงาน", "", table]
    if r.damaged:
        lines += ["", f"{DAMAGED_HEADING} {len(r.damaged)} ไฟล์ (ไม่ได้รวมในยอดรวม):"]
        lines += [f"- {strip_controls(reason(o, lang), keep='')}" for o in r.damaged]
    return "\n".join(lines) + "\n"


def rollup_csv(r: Rollup, lang: str = "th") -> str:
    """One row per organization, the total, then one row per damaged file (its reason in the last column)."""
    from tui_app.export import neutralize

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*HEADERS, "ไฟล์", "ปัญหา"])
    plain = lambda value: f"{value:.2f}"  # noqa: E731 - amounts as plain numbers, as in the status table's CSV
    for o in r.rows:
        cells = _cells(o.organization, o.fiscal_year, o.round_months, o.summary, plain)  # type: ignore[arg-type]
        writer.writerow([*(neutralize(c) for c in cells), str(o.path), ""])
    writer.writerow([*_total_cells(r, plain), "", ""])
    for o in r.damaged:
        writer.writerow([DAMAGED_HEADING, *[""] * (len(HEADERS) - 1), str(o.path), neutralize(reason(o, lang))])
    return out.getvalue()


def rollup_xlsx(r: Rollup, lang: str = "th") -> bytes:
    """The roll-up as a workbook: figures as numbers, texts never formulas
    (:func:`tui_app.xlsx_report.put`), the damaged files listed under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    from tui_app.xlsx_report import put

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook has one worksheet
    ws.title = "สรุปรวม"
    bold = Font(bold=True)

    def write(row: int, values: list, *, heading: bool = False) -> None:
        for column, value in enumerate(values, start=1):
            cell = put(ws, row, column, value)
            if heading:
                cell.font = bold
            if column == 9 and isinstance(value, Decimal):
                cell.number_format = "0.00"
            elif column in (11, 12) and isinstance(value, Decimal):
                cell.number_format = "#,##0.00"

    def numbers(name: str, year: object, months: object, s: Summary) -> list:
        return [name, year, months, s.total, *(s.counts[status] for status in Status),
                s.implementation_percent, _flag_word(s), s.budget, s.disbursed]

    write(1, list(HEADERS), heading=True)
    row = 1
    for o in r.rows:
        row += 1
        write(row, numbers(o.organization, o.fiscal_year, o.round_months, o.summary))  # type: ignore[arg-type]
    row += 1
    write(row, numbers(f"{TOTAL_LABEL} {len(r.rows)} หน่วยงาน", None, None, r.total), heading=True)
    if r.damaged:
        row += 2
        write(row, [f"{DAMAGED_HEADING} {len(r.damaged)} ไฟล์ (ไม่ได้รวมในยอดรวม)"], heading=True)
        for o in r.damaged:
            row += 1
            write(row, [str(o.path), reason(o, lang)])
    ws.column_dimensions["A"].width = 40
    ws.freeze_panes = "B2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def render_rollup(r: Rollup, fmt: str, lang: str = "th") -> bytes:
    if fmt == "csv":
        return ("\ufeff" + rollup_csv(r, lang)).encode("utf-8")
    if fmt == "xlsx":
        return rollup_xlsx(r, lang)
    return rollup_text(r, lang).encode("utf-8")

