"""Reporting rounds: the figures of a fiscal year frozen as they were reported, and how they moved.

The national system (e-PlanNACC) takes a plan's figures per reporting round (6 and 12 months);
the source document recommends following up every 3 months. Freezing a round keeps a copy of the
plan as it stands (its header and every measure, as the store holds them) with the round's months,
as-of date and reporter. A frozen round is read-only: it is never changed by later edits, and
:meth:`Round.plan` gives back the :class:`~tui_app.model.Plan` it froze, so every export renders
it as it rendered the day it was frozen (:func:`render_round`, byte for byte, zip-based formats
included: their timestamps are the round's).

:func:`compare` sets two plans side by side (two rounds, or a round and now): which measures
changed status, the steps ticked since, the money disbursed since, the implementation percent
then and now; :func:`comparison_text` and :func:`comparison_csv` print it.

Plain Python, no Textual, no file access (the store keeps the rounds in its ``rounds`` table).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from tui_app.errors import ValidationError
from tui_app.flags import FLAG_THAI, Flag
from tui_app.model import (
    STATUS_THAI,
    Measure,
    Plan,
    RecordError,
    Status,
    _doc_int,
    _doc_text,
    shown_value,
    strip_controls,
)
from tui_app.money import ZERO, format_money
from tui_app.report import plan_summary
from tui_app.summary import Summary
from tui_app.thai import arabic_digits

#: the rounds a plan can be frozen at (months into the fiscal year)
ROUND_MONTHS: tuple[int, ...] = (3, 6, 9, 12)


def check_round_months(value: object) -> int:
    """``3``, ``6``, ``9`` or ``12`` (Thai digits welcome); anything else is a :class:`ValidationError`."""
    text = arabic_digits(str(value).strip())
    if not text.isdigit() or int(text) not in ROUND_MONTHS:
        raise ValidationError("error.round_months", text=value, rounds=", ".join(map(str, ROUND_MONTHS)))
    return int(text)


@dataclass(frozen=True)
class Round:
    """One frozen reporting round of one fiscal year."""

    fiscal_year: int
    months: int
    as_of: date | None
    reporter: str
    #: when it was frozen (UTC, to the second)
    frozen_at: datetime
    #: the plan as it stood: its header document and its measures' documents
    header: dict = field(repr=False)
    measures: tuple[dict, ...] = field(repr=False)

    def plan(self) -> Plan:
        """The plan as it was frozen (a new object each time: changing it changes no round)."""
        return Plan.from_docs(dict(self.header), [dict(m) for m in self.measures])

    def summary(self) -> Summary:
        return plan_summary(self.plan())

    def to_doc(self) -> dict:
        return {
            "fiscal_year": self.fiscal_year,
            "months": self.months,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "reporter": self.reporter,
            "frozen_at": self.frozen_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "header": self.header,
            "measures": list(self.measures),
        }

    @classmethod
    def from_doc(cls, doc: dict) -> Round:
        """A round from its document; :class:`RecordError` says what is wrong with a bad one."""
        if not isinstance(doc, dict):
            raise RecordError("record.not_object", value=shown_value(doc))
        months = _doc_int(doc, "months", what="field.round_months")
        if months not in ROUND_MONTHS:
            raise RecordError("record.bad_value", what="field.round_months", value=shown_value(months))
        try:
            as_of = date.fromisoformat(doc["as_of"]) if doc.get("as_of") else None
        except (TypeError, ValueError):
            raise RecordError("record.bad_value", what="field.as_of", value=shown_value(doc.get("as_of"))) from None
        try:
            frozen_at = datetime.strptime(str(doc.get("frozen_at")), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            raise RecordError(
                "record.bad_value", what="field.frozen_at", value=shown_value(doc.get("frozen_at"))
            ) from None
        header, measures = doc.get("header"), doc.get("measures")
        if not isinstance(header, dict) or not isinstance(measures, list):
            raise RecordError("record.missing", what="field.round_snapshot")
        made = cls(
            fiscal_year=_doc_int(doc, "fiscal_year"),
            months=months,
            as_of=as_of,
            reporter=_doc_text(doc, "reporter"),
            frozen_at=frozen_at,
            header=header,
            measures=tuple(measures),
        )
        made.plan()  # a snapshot that cannot be read is refused now, not when it is exported
        return made


def freeze(plan: Plan, months: int, *, as_of: date | None = None, reporter: str | None = None,
           now: datetime | None = None) -> Round:
    """The round ``months`` of ``plan`` as it stands: a copy of its records with the round's
    months, as-of date and reporter (the plan's own when not given) in the copy's header."""
    months = check_round_months(months)
    snapshot = Plan.from_docs(plan.header_doc(), [m.to_doc() for m in plan.measures_in_table_order()])
    snapshot.round_months = months
    snapshot.as_of = as_of if as_of is not None else plan.as_of
    if reporter is not None:
        snapshot.reporter = reporter
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return Round(
        fiscal_year=plan.fiscal_year,
        months=months,
        as_of=snapshot.as_of,
        reporter=snapshot.reporter,
        frozen_at=stamp,
        header=snapshot.header_doc(),
        measures=tuple(m.to_doc() for m in snapshot.measures),
    )


# --- exporting a round -------------------------------------------------------------------------

_CORE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def pin_zip_times(data: bytes, when: datetime) -> bytes:
    """A zip-based document (.xlsx, .docx) with every time in it set to ``when``: the zip entries'
    dates and the document's created / modified properties. Other bytes are returned as they are.

    The libraries that write those formats stamp the time of writing; a frozen round's export
    must be the same file whenever it is made.
    """
    if not data.startswith(b"PK\x03\x04"):
        return data
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = _CORE_TIMES.sub(lambda m: m.group(1) + stamp + m.group(2), content)
            pinned = zipfile.ZipInfo(info.filename, date_time=when.astimezone(UTC).timetuple()[:6])
            pinned.compress_type = info.compress_type
            pinned.external_attr = info.external_attr
            pinned.create_system = info.create_system
            target.writestr(pinned, content)
    return out.getvalue()


def render_round(frozen: Round, options) -> bytes:
    """The export of ``frozen`` in ``options`` (:class:`~tui_app.export.ExportOptions`): the same
    bytes today as on any later day, whatever was edited since."""
    from tui_app.export import render

    return pin_zip_times(render(frozen.plan(), options), frozen.frozen_at)


def round_filename(frozen: Round, extension: str) -> str:
    """``status-2566-round6.csv``."""
    return f"status-{frozen.fiscal_year}-round{frozen.months}.{extension}"


# --- comparing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureMove:
    """One measure in both plans (or in one of them only)."""

    order: int
    title: str
    status_then: Status | None  # None: the measure was not in the earlier plan
    status_now: Status | None  # None: it is no longer in the later plan
    steps_ticked: int  # steps ticked since (a step unticked since counts -1)
    disbursed_since: Decimal

    @property
    def status_changed(self) -> bool:
        return self.status_then != self.status_now


@dataclass(frozen=True)
class Comparison:
    then_label: str
    now_label: str
    then: Summary
    now: Summary
    moves: list[MeasureMove]

    @property
    def changed(self) -> list[MeasureMove]:
        return [m for m in self.moves if m.status_changed]

    @property
    def steps_ticked(self) -> int:
        return sum(m.steps_ticked for m in self.moves)

    @property
    def disbursed_since(self) -> Decimal:
        return self.now.disbursed - self.then.disbursed


def compare(then: Plan, now: Plan, then_label: str, now_label: str) -> Comparison:
    """How ``now`` differs from ``then``: measures matched by uid, in the later plan's order."""
    earlier = {m.uid: m for m in then.measures}
    moves = []
    for measure in now.measures_in_table_order():
        old = earlier.pop(measure.uid, None)
        moves.append(_move(old, measure))
    for old in sorted(earlier.values(), key=lambda m: m.order):  # removed since
        moves.append(_move(old, None))
    return Comparison(then_label, now_label, plan_summary(then), plan_summary(now), moves)


def _move(old: Measure | None, new: Measure | None) -> MeasureMove:
    shown = new or old
    assert shown is not None
    ticked = 0
    if old is not None and new is not None:
        before = {s.uid: s.done for s in old.steps}
        ticked = sum(1 for s in new.steps if s.done and not before.get(s.uid, False))
        ticked -= sum(1 for s in new.steps if not s.done and before.get(s.uid, False))
    elif new is not None:
        ticked = new.steps_done
    return MeasureMove(
        order=shown.order,
        title=shown.title,
        status_then=old.status if old else None,
        status_now=new.status if new else None,
        steps_ticked=ticked,
        # an amount not given counts as none disbursed
        disbursed_since=((new.disbursed if new else None) or ZERO) - ((old.disbursed if old else None) or ZERO),
    )


def round_label(frozen: Round) -> str:
    """``รอบ 6 เดือน`` (the report's words)."""
    return f"รอบ {frozen.months} เดือน"


NOW_LABEL = "ปัจจุบัน"


def _status(status: Status | None) -> str:
    return "-" if status is None else STATUS_THAI[status]


def _flag(flag: Flag | None) -> str:
    return "" if flag is None else f" ({FLAG_THAI[flag]})"


def comparison_lines(c: Comparison) -> list[str]:
    """The comparison's summary in the report's Thai words (also the top of the text export)."""
    return [
        f"เปรียบเทียบ {c.then_label} กับ {c.now_label}",
        f"- การนำแผนฯ ไปปฏิบัติ ร้อยละ {c.then.implementation_percent:.2f}{_flag(c.then.flag)} → "
        f"ร้อยละ {c.now.implementation_percent:.2f}{_flag(c.now.flag)}",
        f"- เปลี่ยนสถานะ {len(c.changed)} โครงการ",
        f"- ทำเครื่องหมายขั้นตอนเพิ่ม {c.steps_ticked} ขั้นตอน",
        f"- เบิกจ่ายเพิ่ม {format_money(c.disbursed_since)} บาท "
        f"(จาก {format_money(c.then.disbursed)} เป็น {format_money(c.now.disbursed)} บาท)",
    ]


COMPARISON_HEADERS = ("ลำดับ", "รายการโครงการ", "สถานะเดิม", "สถานะปัจจุบัน", "ขั้นตอนเพิ่ม", "เบิกจ่ายเพิ่ม (บาท)")


def comparison_rows(c: Comparison, *, only_moved: bool = True) -> list[MeasureMove]:
    """The measures that moved (status, steps or money), or all of them."""
    if not only_moved:
        return c.moves
    return [m for m in c.moves if m.status_changed or m.steps_ticked or m.disbursed_since]


def comparison_text(c: Comparison) -> str:
    """The comparison as text: the summary lines, then a table of the measures that moved."""
    from tabulate import tabulate

    moved = comparison_rows(c)
    if not moved:
        return "\n".join([*comparison_lines(c), "", "ไม่มีรายการที่เปลี่ยนแปลง"]) + "\n"
    rows = [
        [str(m.order), strip_controls(m.title, keep=""), _status(m.status_then), _status(m.status_now),
         str(m.steps_ticked), format_money(m.disbursed_since)]
        for m in moved
    ]
    table = tabulate(rows, COMPARISON_HEADERS, tablefmt="simple", disable_numparse=True,
                     colalign=("right", "left", "left", "left", "right", "right"))
    return "\n".join([*comparison_lines(c), "", table]) + "\n"


def comparison_csv(c: Comparison) -> str:
    """Every measure of the comparison as CSV (no BOM here; lines end in CRLF), numbers plain."""
    from tui_app.export import neutralize

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*COMPARISON_HEADERS, "ร้อยละเดิม", "ร้อยละปัจจุบัน"])
    for m in comparison_rows(c, only_moved=False):
        writer.writerow([
            m.order, neutralize(m.title), _status(m.status_then), _status(m.status_now), m.steps_ticked,
            f"{m.disbursed_since:.2f}", f"{c.then.implementation_percent:.2f}", f"{c.now.implementation_percent:.2f}",
        ])
    return out.getvalue()
