"""The records of an action plan: plain Python, no Textual, no storage.

Names follow ``GLOSSARY.md``: a :class:`Plan` (one fiscal year of an action plan) has
:class:`Dimension` s and :class:`Measure` s; each measure has a checklist of :class:`Step` s.

Every record converts to and from a plain JSON-ready ``dict`` (``to_doc`` / ``from_doc``);
the store keeps those dicts, and nothing else in the program knows their shape.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from tui_app.errors import ValidationError
from tui_app.money import Money, parse_money
from tui_app.thai import join_sara_am


class Status(str, Enum):
    """The four statuses of the status table, in the table's column order."""

    WAITING = "waiting"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANNOT = "cannot"


class Kind(str, Enum):
    """What sort of item a measure is (โครงการ / มาตรการ / กิจกรรม)."""

    PROJECT = "project"
    MEASURE = "measure"
    ACTIVITY = "activity"


STATUS_THAI: dict[Status, str] = {
    Status.WAITING: "รอรายงาน",
    Status.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    Status.COMPLETED: "ดำเนินการแล้วเสร็จ",
    Status.CANNOT: "ไม่สามารถดำเนินการได้",
}

KIND_THAI: dict[Kind, str] = {
    Kind.PROJECT: "โครงการ",
    Kind.MEASURE: "มาตรการ",
    Kind.ACTIVITY: "กิจกรรม",
}


# --- text hygiene -----------------------------------------------------------------------------

# Terminal escape sequences (CSI ... final byte, OSC ... BEL/ST): dropped whole, not just their ESC.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")


def strip_escapes(text: str) -> str:
    """``text`` without terminal escape sequences (the whole sequence, not only its ESC)."""
    return _ESCAPES.sub("", text)


_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # every Cc character but the new line


def printable(text: str, *, multiline: bool = True) -> str:
    """``text`` without what could drive a terminal: escape sequences and control characters go,
    tabs become spaces, new lines become ``\n`` (or spaces when not ``multiline``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROLS.sub("", strip_escapes(text))
    return text if multiline else text.replace("\n", " ")


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Normalise text before it is stored or shown: typed, pasted, imported or read from the file.

    - SARA AM written as two characters (NIKHAHIT + SARA AA, as PDFs spell it and as the screen
      draws it, a tone mark possibly between them) becomes the one character U+0E33, so search
      finds it;
    - control characters (escape sequences included) are dropped, so stored text can never
      drive the terminal; new lines survive only in multi-line fields, tabs become spaces
      (:func:`printable`);
    - surrounding white space is trimmed.
    """
    return printable(join_sara_am(text), multiline=multiline).strip()


def require_text(text: str, field_key: str = "field.title") -> str:
    """Clean a one-line text and refuse an empty one; ``field_key`` names the field in the message."""
    cleaned = clean_text(text)
    if not cleaned:
        raise ValidationError("error.empty", what=field_key)
    return cleaned


def new_uid() -> str:
    """A short random identifier that stays with a record when others are added or moved."""
    return secrets.token_hex(4)


# --- records ----------------------------------------------------------------------------------


@dataclass
class Step:
    """One numbered step (การดำเนินงาน) of a measure's checklist."""

    text: str
    done: bool = False
    sub_points: list[str] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)

    def to_doc(self) -> dict:
        return {"uid": self.uid, "text": self.text, "done": self.done, "sub_points": list(self.sub_points)}

    @classmethod
    def from_doc(cls, doc: dict) -> Step:
        return cls(
            text=clean_text(str(doc["text"])),
            done=bool(doc.get("done", False)),
            sub_points=[clean_text(str(p)) for p in doc.get("sub_points", [])],
            uid=str(doc.get("uid") or new_uid()),
        )


@dataclass
class Measure:
    """One item of the plan: a project, measure or activity."""

    order: int
    title: str
    dimension: int
    kind: Kind = Kind.PROJECT
    mission: str = ""
    budget: Money = Money("0.00")
    disbursed: Money = Money("0.00")
    status: Status = Status.WAITING
    remarks: str = ""
    result: str = ""
    steps: list[Step] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)

    @property
    def all_steps_done(self) -> bool:
        return bool(self.steps) and all(s.done for s in self.steps)

    def step(self, uid: str) -> Step:
        for s in self.steps:
            if s.uid == uid:
                return s
        raise KeyError(f"no step {uid!r} in measure {self.order}")

    def to_doc(self) -> dict:
        return {
            "uid": self.uid,
            "order": self.order,
            "kind": self.kind.value,
            "title": self.title,
            "dimension": self.dimension,
            "mission": self.mission,
            "budget": str(self.budget),
            "disbursed": str(self.disbursed),
            "status": self.status.value,
            "remarks": self.remarks,
            "result": self.result,
            "steps": [s.to_doc() for s in self.steps],
        }

    @classmethod
    def from_doc(cls, doc: dict) -> Measure:
        return cls(
            uid=str(doc.get("uid") or new_uid()),
            order=int(doc["order"]),
            kind=Kind(doc.get("kind", Kind.PROJECT.value)),
            title=clean_text(str(doc["title"])),
            dimension=int(doc["dimension"]),
            mission=clean_text(str(doc.get("mission", "")), multiline=True),
            budget=parse_money(str(doc.get("budget", "0"))),
            disbursed=parse_money(str(doc.get("disbursed", "0"))),
            status=Status(doc.get("status", Status.WAITING.value)),
            remarks=clean_text(str(doc.get("remarks", "")), multiline=True),
            result=clean_text(str(doc.get("result", "")), multiline=True),
            steps=[Step.from_doc(s) for s in doc.get("steps", [])],
        )


@dataclass
class Dimension:
    """One of the plan's areas (มิติ), numbered from 1."""

    number: int
    title: str

    def to_doc(self) -> dict:
        return {"number": self.number, "title": self.title}

    @classmethod
    def from_doc(cls, doc: dict) -> Dimension:
        return cls(number=int(doc["number"]), title=clean_text(str(doc["title"])))


@dataclass(frozen=True)
class LevelBand:
    """Implementation percent at or above ``minimum`` earns the level ``thai`` / ``english``."""

    minimum: float
    thai: str
    english: str

    def to_doc(self) -> dict:
        return {"minimum": self.minimum, "thai": self.thai, "english": self.english}

    @classmethod
    def from_doc(cls, doc: dict) -> LevelBand:
        return cls(minimum=float(doc["minimum"]), thai=clean_text(str(doc["thai"])), english=clean_text(str(doc["english"])))


# The one table of level bands. The source document calls 83.33 percent "มาก"; the bands are
# 20-point steps from 10, so that 70-89.99 is "มาก". A plan can carry its own ``level_bands``.
DEFAULT_LEVEL_BANDS: tuple[LevelBand, ...] = (
    LevelBand(90.0, "มากที่สุด", "very high"),
    LevelBand(70.0, "มาก", "high"),
    LevelBand(50.0, "ปานกลาง", "moderate"),
    LevelBand(30.0, "น้อย", "low"),
    LevelBand(0.0, "น้อยที่สุด", "very low"),
)


@dataclass
class Plan:
    """One fiscal year of an action plan: the header of the report, its dimensions and measures."""

    organization: str
    fiscal_year: int  # Buddhist Era
    plan_title: str = ""
    plan_period: str = ""
    round_months: int = 12
    as_of: date | None = None
    reporter: str = ""
    position: str = ""
    problems: str = ""
    suggestions: str = ""
    dimensions: list[Dimension] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    level_bands: tuple[LevelBand, ...] = DEFAULT_LEVEL_BANDS

    def dimension(self, number: int) -> Dimension:
        for d in self.dimensions:
            if d.number == number:
                return d
        raise KeyError(f"no dimension {number}")

    def measure(self, uid: str) -> Measure:
        for m in self.measures:
            if m.uid == uid:
                return m
        raise KeyError(f"no measure {uid!r}")

    def measures_in_table_order(self) -> list[Measure]:
        return sorted(self.measures, key=lambda m: m.order)

    def measures_of(self, dimension: int) -> list[Measure]:
        return [m for m in self.measures_in_table_order() if m.dimension == dimension]

    def carried_over(self, fiscal_year: int) -> Plan:
        """The same plan set up for another fiscal year, to report on afresh.

        Kept: organization, plan title and period, round, reporter and position, the level
        bands, the dimensions, and every measure's order, kind, title, dimension, mission and
        steps (with their sub-points and uids, so a measure can be followed from year to year).
        Started anew: the as-of date, problems and suggestions, and each measure's status
        (waiting for report), ticks, result, remarks, budget and disbursed.
        """
        return Plan(
            organization=self.organization,
            fiscal_year=fiscal_year,
            plan_title=self.plan_title,
            plan_period=self.plan_period,
            round_months=self.round_months,
            reporter=self.reporter,
            position=self.position,
            dimensions=[Dimension(d.number, d.title) for d in self.dimensions],
            measures=[
                Measure(
                    order=m.order,
                    title=m.title,
                    dimension=m.dimension,
                    kind=m.kind,
                    mission=m.mission,
                    steps=[Step(s.text, sub_points=list(s.sub_points), uid=s.uid) for s in m.steps],
                    uid=m.uid,
                )
                for m in self.measures_in_table_order()
            ],
            level_bands=self.level_bands,
        )

    def header_doc(self) -> dict:
        """The plan's own fields, without its measures (the store keeps those apart)."""
        return {
            "fiscal_year": self.fiscal_year,
            "organization": self.organization,
            "plan_title": self.plan_title,
            "plan_period": self.plan_period,
            "round_months": self.round_months,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "reporter": self.reporter,
            "position": self.position,
            "problems": self.problems,
            "suggestions": self.suggestions,
            "dimensions": [d.to_doc() for d in self.dimensions],
            "level_bands": [b.to_doc() for b in self.level_bands],
        }

    @classmethod
    def from_docs(cls, header: dict, measures: list[dict]) -> Plan:
        as_of = header.get("as_of")
        bands = header.get("level_bands")
        return cls(
            fiscal_year=int(header["fiscal_year"]),
            organization=clean_text(str(header.get("organization", ""))),
            plan_title=clean_text(str(header.get("plan_title", ""))),
            plan_period=clean_text(str(header.get("plan_period", ""))),
            round_months=int(header.get("round_months", 12)),
            as_of=date.fromisoformat(as_of) if as_of else None,
            reporter=clean_text(str(header.get("reporter", ""))),
            position=clean_text(str(header.get("position", ""))),
            problems=clean_text(str(header.get("problems", "")), multiline=True),
            suggestions=clean_text(str(header.get("suggestions", "")), multiline=True),
            dimensions=sorted((Dimension.from_doc(d) for d in header.get("dimensions", [])), key=lambda d: d.number),
            measures=[Measure.from_doc(m) for m in measures],
            level_bands=tuple(LevelBand.from_doc(b) for b in bands) if bands else DEFAULT_LEVEL_BANDS,
        )
