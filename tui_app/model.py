"""The records of an action plan: plain Python, no Textual, no storage.

Names follow ``GLOSSARY.md``: a :class:`Plan` (one fiscal year of an action plan) has
:class:`Dimension` s and :class:`Measure` s; each measure has a checklist of :class:`Step` s.

Every record converts to and from a plain JSON-ready ``dict`` (``to_doc`` / ``from_doc``);
the store keeps those dicts, and nothing else in the program knows their shape.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from tui_app.errors import ValidationError
from tui_app.flags import DEFAULT_FLAG_THRESHOLDS, RoundThresholds, thresholds_from_doc, thresholds_to_doc
from tui_app.money import Money, parse_money
from tui_app.national import NationalFields
from tui_app.thai import join_sara_am


class Status(str, Enum):
    """The statuses of the status table, in the table's column order.

    Everything about a status is derived from this enum: its words and colour (:data:`STATUSES`),
    its catalogue labels (``status.<value>``, ``status.short.<value>``,
    ``status_table.status.<value>``, ``status_table.long/short.s<index>``), the table columns,
    the counts and the exports. A new status is one member, its :data:`STATUSES` entry and its
    labels.
    """

    WAITING = "waiting"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANNOT = "cannot"


class Kind(str, Enum):
    """What sort of item a measure is (โครงการ / มาตรการ / กิจกรรม)."""

    PROJECT = "project"
    MEASURE = "measure"
    ACTIVITY = "activity"


@dataclass(frozen=True)
class StatusLook:
    """How a status is written and shown."""

    #: the source document's word for it (exports, CSV, the command line)
    thai: str
    #: the same broken over lines as the source document's table header breaks it
    header: str
    #: its colour on screen (a Rich style)
    style: str


#: one entry per status, in the order of :class:`Status`
STATUSES: dict[Status, StatusLook] = {
    Status.WAITING: StatusLook("รอรายงาน", "รอ\nรายงาน", ""),
    Status.IN_PROGRESS: StatusLook("อยู่ระหว่างดำเนินการ", "อยู่\nระหว่าง\nดำเนิน\nการ", "yellow"),
    Status.COMPLETED: StatusLook("ดำเนินการแล้วเสร็จ", "ดำเนิน\nการ\nแล้วเสร็จ", "green"),
    Status.CANNOT: StatusLook("ไม่สามารถดำเนินการได้", "ไม่\nสามารถ\nดำเนิน\nการได้", "red"),
}
STATUS_THAI: dict[Status, str] = {status: look.thai for status, look in STATUSES.items()}
#: colours of the statuses (Rich styles), wherever they are shown
STATUS_STYLE: dict[Status, str] = {status: look.style for status, look in STATUSES.items()}


class Mismatch(str, Enum):
    """How a measure's status and its step checklist can contradict each other."""

    #: "completed", but not every step is ticked
    COMPLETED_WITH_OPEN_STEPS = "completed_open_steps"
    #: every step is ticked, but the status is not "completed"
    ALL_DONE_NOT_COMPLETED = "all_done_not_completed"


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


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # every control character (Unicode category Cc)


def strip_controls(text: str, keep: str = "\n") -> str:
    """``text`` without control characters (escape sequences could drive a terminal).

    The characters in ``keep`` stay; otherwise a tab becomes a space, a carriage return (or
    CR LF) becomes a new line if new lines are kept, and every other control is dropped.
    """
    if text.isprintable():  # the usual case, and quick: no control character at all
        return text
    text = strip_escapes(text)
    if "\r" not in keep and "\n" in keep:
        text = text.replace("\r\n", "\n").replace("\r", "\n")

    def one(match: re.Match[str]) -> str:
        ch = match.group()
        return ch if ch in keep else " " if ch in "\t\n\r" else ""

    return _CONTROLS.sub(one, text)


def mark_controls(text: str, mark: str, keep: str = "") -> str:
    """``text`` with each control character not in ``keep`` shown as ``mark`` (a preview, a path
    in a message): nothing in it can drive the terminal, and nothing is hidden."""
    return _CONTROLS.sub(lambda match: match.group() if match.group() in keep else mark, text)

# Invisible format characters (Unicode category Cf) that reorder or hide text: the bidirectional
# controls (U+202A-202E, U+2066-2069, U+200E/200F, U+061C) make a title read differently from
# what is stored, and the zero-width ones (U+200B, U+2060, U+FEFF, soft hyphen ...) make two
# equal-looking texts differ, so search misses them and tables misalign. Thai is wrapped by the
# program itself, so a zero-width space is no loss. Kept: U+200C (zero-width non-joiner, part of
# some scripts' spelling), U+200D (zero-width joiner) between two emoji, and the tag characters
# of an emoji flag sequence (U+1F3F4 ... U+E007F); elsewhere those go too.
_PICTOGRAPHIC = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u25fe\u2600-\u27bf"
    "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
_INVISIBLE = re.compile(
    "(\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)"  # an emoji flag's tag sequence: kept (group 1)
    f"|((?<=[{_PICTOGRAPHIC}\ufe0f])\u200d(?=[{_PICTOGRAPHIC}]))"  # ZWJ inside an emoji sequence: kept
    "|[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200d-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def _keep_emoji(match: re.Match[str]) -> str:
    return match.group(0) if match.group(1) or match.group(2) else ""


def strip_invisible(text: str) -> str:
    """``text`` without bidirectional controls and invisible format characters (see above)."""
    return _INVISIBLE.sub(_keep_emoji, text)


def printable(text: str, *, multiline: bool = True) -> str:
    """``text`` without what could drive a terminal or hide text: escape sequences, control
    characters, bidirectional controls and invisible format characters go (:func:`strip_invisible`),
    tabs become spaces, new lines become ``\n`` (or spaces when not ``multiline``)."""
    if "\r" not in text and text.replace("\n", "").isprintable():
        # the usual case, and quick: no control or format character at all (Python counts every
        # Cc and Cf character, escape and tab included, as not printable)
        return text if multiline else text.replace("\n", " ")
    text = strip_invisible(strip_controls(text, keep="\n"))
    return text if multiline else text.replace("\n", " ")


def clean_text(text: str, *, multiline: bool = False, field: str | None = None) -> str:
    """Normalise text before it is stored or shown: typed, pasted, imported or read from the file.

    - SARA AM written as two characters (NIKHAHIT + SARA AA, as PDFs spell it and as the screen
      draws it, a tone mark possibly between them) becomes the one character U+0E33, so search
      finds it;
    - control characters (escape sequences included), bidirectional controls and invisible
      format characters are dropped, so stored text can never drive the terminal or read
      differently from what it holds; new lines survive only in multi-line fields, tabs become
      spaces (:func:`printable`);
    - surrounding white space is trimmed;
    - with ``field`` (a field name such as ``"result"``), a text longer than the field's limit
      (:data:`TEXT_LIMITS`) is refused with a :class:`ValidationError` that says the limit.
    """
    cleaned = printable(join_sara_am(text), multiline=multiline).strip()
    return cleaned if field is None else check_length(cleaned, field)


def require_text(text: str, field_key: str = "field.title") -> str:
    """Clean a one-line text and refuse an empty or too long one; ``field_key`` names the field."""
    cleaned = clean_text(text, field=field_key.removeprefix("field."))
    if not cleaned:
        raise ValidationError("error.empty", what=field_key)
    return cleaned


# --- size limits ------------------------------------------------------------------------------

#: the longest text a one-line field (a title, a step, a name) may hold, in characters
SHORT_TEXT_LIMIT = 2_000
#: the longest text a long field (a result, remarks) may hold: about five printed pages of Thai
LONG_TEXT_LIMIT = 10_000
#: the one table of text limits by field name; a field not named here is a one-line field. Checked
#: when a change is built (entry), when a record is read from the file (load) and on import.
TEXT_LIMITS: dict[str, int] = {
    "mission": LONG_TEXT_LIMIT,
    "result": LONG_TEXT_LIMIT,
    "remarks": LONG_TEXT_LIMIT,
    "problems": LONG_TEXT_LIMIT,
    "suggestions": LONG_TEXT_LIMIT,
    "introduction": LONG_TEXT_LIMIT,
}


def text_limit(field: str) -> int:
    """How many characters the field ``field`` (``"result"``, ``"title"`` ...) may hold."""
    return TEXT_LIMITS.get(field, SHORT_TEXT_LIMIT)


def check_length(text: str, field: str) -> str:
    """``text`` itself, or a :class:`ValidationError` naming the field and its limit."""
    limit = text_limit(field)
    if len(text) > limit:
        raise ValidationError("error.too_long", what=f"field.{field}", limit=limit, length=len(text))
    return text


# --- reading records from the file ------------------------------------------------------------


class RecordError(ValidationError):
    """A record read from the data file that this program cannot take as it is.

    The store adds which file and which record; the message here says what is wrong with it.
    """


def _plain_line(value: str) -> bool:
    """Whether ``value`` is what nearly every stored text is: one line with nothing to clean, within
    every field's limit (:func:`clean_text` would only trim it). Quick: a plan of thousands of
    measures holds tens of thousands of texts."""
    return value.isprintable() and "\u0e4d" not in value and len(value) <= SHORT_TEXT_LIMIT


def _doc_text(
    doc: dict, name: str, *, multiline: bool = False, required: bool = False, field: str | None = None
) -> str:
    """The text field ``name`` of ``doc``: cleaned, within its limit; null means not given."""
    field = field or name
    value = doc.get(name)
    if value is None:  # missing or null: "" for an optional field, never the word "None"
        if required:
            raise RecordError("record.missing", what=f"field.{field}")
        return ""
    if type(value) is str and _plain_line(value):
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordError("record.not_text", what=f"field.{field}", value=shown_value(value))
    try:
        return clean_text(str(value), multiline=multiline, field=field)
    except ValidationError as exc:
        raise RecordError(exc.key, **exc.params) from None


def _doc_int(doc: dict, name: str, default: int | None = None, *, what: str | None = None) -> int:
    """The whole number ``name`` of ``doc`` (a JSON number or a text of digits)."""
    what = what or f"field.{name}"
    value = doc.get(name, default)
    if value is None:
        raise RecordError("record.missing", what=what)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value) < 20:
        return int(value)
    raise RecordError("record.bad_value", what=what, value=shown_value(value))


def _doc_choice(doc: dict, name: str, kind: type[Enum], default: Enum) -> Any:
    value = doc.get(name, default.value)
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise RecordError("record.bad_value", what=f"field.{name}", value=shown_value(value)) from None


def _doc_list(doc: dict, name: str, item: type | tuple[type, ...] = dict) -> list:
    value = doc.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, item) for v in value):
        raise RecordError("record.bad_value", what=f"field.{name}", value=shown_value(value))
    return value


def _doc_uid(doc: dict) -> str:
    """The record's uid: saves and edits find a record by it, so it must be there."""
    value = doc.get("uid")
    if value is None or value == "":
        raise RecordError("record.missing", what="field.uid")
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise RecordError("record.bad_value", what="field.uid", value=shown_value(value))
    return value


def shorten(text: str, width: int = 40) -> str:
    """``text`` cut to about ``width`` characters with "…", never between a letter and its marks."""
    if len(text) <= width:
        return text
    cut = width - 1
    while cut > 0 and unicodedata.category(text[cut])[0] == "M":  # a Thai vowel or tone mark
        cut -= 1
    return text[:cut] + "…"


def shown_value(value: object, *, quote: bool = True) -> str:
    """A short, printable picture of a value from the file for a message (never a huge one whole)."""
    return shorten(printable(repr(value) if quote else str(value), multiline=False))


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
        if type(doc) is dict:  # the usual step, quickly (a large plan holds tens of thousands)
            text, uid, sub_points = doc.get("text"), doc.get("uid"), doc.get("sub_points")
            if (
                type(text) is str
                and _plain_line(text)
                and type(uid) is str
                and 0 < len(uid) <= 100
                and not uid.isspace()
                and (sub_points is None or sub_points == [])
            ):
                return cls(text.strip(), doc.get("done", False) is True, [], uid)
        return cls._from_doc_checked(doc)

    @classmethod
    def _from_doc_checked(cls, doc: dict) -> Step:
        """:meth:`from_doc` field by field: each value checked, cleaned, or refused with a reason."""
        if not isinstance(doc, dict):
            raise RecordError("record.not_object", value=shown_value(doc))
        return cls(
            text=_doc_text(doc, "text", required=True, field="step"),
            done=doc.get("done", False) is True,
            sub_points=[_doc_text({"p": p}, "p", field="step") for p in _doc_list(doc, "sub_points", (str, int))],
            uid=_doc_uid(doc),
        )


@dataclass
class Measure:
    """One item of the plan: a project, measure or activity."""

    order: int
    title: str
    dimension: int
    kind: Kind = Kind.PROJECT
    mission: str = ""
    #: ``None``: not given (stored as JSON null), which is not the same as 0.00. A measure added
    #: in the app, or carried over to a new year, starts with both not given.
    budget: Money | None = Money("0.00")
    disbursed: Money | None = Money("0.00")
    status: Status = Status.WAITING
    remarks: str = ""
    result: str = ""
    steps: list[Step] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)
    #: the national system's optional fields (:mod:`tui_app.national`), kept under ``national``
    national: NationalFields = field(default_factory=NationalFields)

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)

    @property
    def all_steps_done(self) -> bool:
        return bool(self.steps) and all(s.done for s in self.steps)

    @property
    def mismatch(self) -> Mismatch | None:
        """How the status and the checklist contradict each other, if they do.

        Both are allowed (reality is messy: a report may be filed before every box is ticked);
        the screens show it so that it is not overlooked.
        """
        if not self.steps:
            return None
        if self.status is Status.COMPLETED and not self.all_steps_done:
            return Mismatch.COMPLETED_WITH_OPEN_STEPS
        if self.status is not Status.COMPLETED and self.all_steps_done:
            return Mismatch.ALL_DONE_NOT_COMPLETED
        return None

    @property
    def over_budget(self) -> bool:
        """More was disbursed than the budget (both given)."""
        return self.budget is not None and self.disbursed is not None and self.disbursed > self.budget

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
            "budget": None if self.budget is None else str(self.budget),
            "disbursed": None if self.disbursed is None else str(self.disbursed),
            "status": self.status.value,
            "remarks": self.remarks,
            "result": self.result,
            "steps": [s.to_doc() for s in self.steps],
            **({} if self.national.empty else {"national": self.national.to_doc()}),
        }

    @classmethod
    def from_doc(cls, doc: dict, *, table_only: bool = False) -> Measure:
        """A measure from its document; :class:`RecordError` says what is wrong with a bad one.

        ``table_only``: only the fields the status table and its summary show; the steps, the
        mission and the result are neither read nor checked, and stay empty. For a report of a
        plan that is never saved (see :meth:`tui_app.store.PlanStore.load_table`).
        """
        if not isinstance(doc, dict):
            raise RecordError("record.not_object", value=shown_value(doc))
        steps = []
        for number, step in enumerate(() if table_only else _doc_list(doc, "steps", object), start=1):
            try:
                steps.append(Step.from_doc(step))
            except RecordError as exc:
                raise RecordError("record.in_step", number=number, detail=exc) from None
        try:
            national = NationalFields.from_doc(doc.get("national"))
        except ValueError:
            raise RecordError(
                "record.bad_value", what="field.national", value=shown_value(doc.get("national"))
            ) from None
        return cls(
            uid=_doc_uid(doc),
            order=_doc_int(doc, "order"),
            kind=_doc_choice(doc, "kind", Kind, Kind.PROJECT),
            title=_doc_text(doc, "title", required=True),
            dimension=_doc_int(doc, "dimension"),
            mission="" if table_only else _doc_text(doc, "mission", multiline=True),
            budget=_amount(doc.get("budget")),
            disbursed=_amount(doc.get("disbursed")),
            status=_doc_choice(doc, "status", Status, Status.WAITING),
            remarks=_doc_text(doc, "remarks", multiline=True),
            result="" if table_only else _doc_text(doc, "result", multiline=True),
            steps=steps,
            national=national,
        )


def _amount(value: object) -> Money | None:
    """An amount as the file holds it: a decimal string, or null (or no key) for not given."""
    return None if value is None else parse_money(str(value))


@dataclass
class Dimension:
    """One of the plan's areas (มิติ), numbered from 1."""

    number: int
    title: str

    def to_doc(self) -> dict:
        return {"number": self.number, "title": self.title}

    @classmethod
    def from_doc(cls, doc: dict) -> Dimension:
        if not isinstance(doc, dict):
            raise RecordError("record.not_object", value=shown_value(doc))
        return cls(
            number=_doc_int(doc, "number", what="field.dimension"),
            title=_doc_text(doc, "title", field="dimension_title"),
        )


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
        if not isinstance(doc, dict):
            raise RecordError("record.not_object", value=shown_value(doc))
        minimum = doc.get("minimum")
        if isinstance(minimum, bool) or not isinstance(minimum, (int, float)):
            raise RecordError("record.bad_value", what="field.level_bands", value=shown_value(minimum))
        return cls(
            minimum=float(minimum),
            thai=_doc_text(doc, "thai", field="level_bands"),
            english=_doc_text(doc, "english", field="level_bands"),
        )


# The one table of level bands. The source document calls 83.33 percent "มาก"; the bands are
# 20-point steps from 10, so that 70-89.99 is "มาก". A plan can carry its own ``level_bands``.
DEFAULT_LEVEL_BANDS: tuple[LevelBand, ...] = (
    LevelBand(90.0, "มากที่สุด", "very high"),
    LevelBand(70.0, "มาก", "high"),
    LevelBand(50.0, "ปานกลาง", "moderate"),
    LevelBand(30.0, "น้อย", "low"),
    LevelBand(0.0, "น้อยที่สุด", "very low"),
)


class _Threshold:
    """One flag threshold of a plan as a plain attribute (``plan.flag_green_6``), for the form."""

    def __set_name__(self, owner: type, name: str) -> None:
        _, self.which, months = name.split("_")
        self.months = int(months)

    def __get__(self, plan: Plan | None, owner: type | None = None) -> Any:
        if plan is None:
            return self
        return getattr(plan.flag_thresholds[self.months], self.which)

    def __set__(self, plan: Plan, value: Any) -> None:
        old = plan.flag_thresholds[self.months]
        plan.flag_thresholds = {
            **plan.flag_thresholds,
            self.months: RoundThresholds(**{"green": old.green, "orange": old.orange, self.which: value}),
        }


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
    introduction: str = ""  # บทนำ: the report's opening paragraphs
    # the office details of the covering memo (บันทึกข้อความ)
    department: str = ""  # ส่วนราชการ
    doc_number_prefix: str = ""  # ที่ (e.g. "อท ๕๓๖๐๑/")
    addressee: str = ""  # เรียน
    dimensions: list[Dimension] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    level_bands: tuple[LevelBand, ...] = DEFAULT_LEVEL_BANDS
    #: the national flag's thresholds per national round (:mod:`tui_app.flags`)
    flag_thresholds: dict[int, RoundThresholds] = field(default_factory=lambda: dict(DEFAULT_FLAG_THRESHOLDS))

    # the thresholds one by one, as the plan details form edits them
    flag_green_6 = _Threshold()
    flag_orange_6 = _Threshold()
    flag_green_12 = _Threshold()
    flag_orange_12 = _Threshold()

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

    def renumber(self) -> None:
        """Number the measures 1, 2, 3, … by dimension, then by their order within it.

        The official status table numbers its items (ลำดับ) this way: every measure of
        dimension 1 before those of dimension 2, and so on, with no gaps. Within a dimension the
        measures keep their relative order. Called after every change that adds, moves or
        removes a measure, and when a plan is read (so a file numbered otherwise by hand, or by
        an older version, is shown numbered this way and saved so at its next change).
        """
        ordered = sorted(self.measures, key=lambda m: (m.dimension, m.order))
        for number, m in enumerate(ordered, start=1):
            m.order = number

    def measures_of(self, dimension: int) -> list[Measure]:
        return [m for m in self.measures_in_table_order() if m.dimension == dimension]

    def carried_over(self, fiscal_year: int) -> Plan:
        """The same plan set up for another fiscal year, to report on afresh.

        Kept: organization, plan title and period, round, reporter and position, the
        introduction (to be brought up to date rather than typed again), the memo's office
        details (department, document-number prefix, addressee), the level bands, the
        dimensions, and every measure's order, kind, title, dimension, mission and steps (with
        their sub-points and uids, so a measure can be followed from year to year).
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
            introduction=self.introduction,
            department=self.department,
            doc_number_prefix=self.doc_number_prefix,
            addressee=self.addressee,
            dimensions=[Dimension(d.number, d.title) for d in self.dimensions],
            measures=[
                Measure(
                    order=m.order,
                    title=m.title,
                    dimension=m.dimension,
                    kind=m.kind,
                    mission=m.mission,
                    steps=[Step(s.text, sub_points=list(s.sub_points), uid=s.uid) for s in m.steps],
                    budget=None,
                    disbursed=None,
                    uid=m.uid,
                )
                for m in self.measures_in_table_order()
            ],
            level_bands=self.level_bands,
            flag_thresholds=dict(self.flag_thresholds),
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
            "introduction": self.introduction,
            "department": self.department,
            "doc_number_prefix": self.doc_number_prefix,
            "addressee": self.addressee,
            "dimensions": [d.to_doc() for d in self.dimensions],
            "level_bands": [b.to_doc() for b in self.level_bands],
            "flag_thresholds": thresholds_to_doc(self.flag_thresholds),
        }

    @classmethod
    def from_docs(cls, header: dict, measures: list[dict]) -> Plan:
        """A plan from its header document and its measures' documents.

        A bad record raises :class:`RecordError` (the store names the file and the record).
        """
        if not isinstance(header, dict):
            raise RecordError("record.not_object", value=shown_value(header))
        as_of = header.get("as_of")
        try:
            as_of = date.fromisoformat(as_of) if as_of else None
        except (TypeError, ValueError):
            raise RecordError("record.bad_value", what="field.as_of", value=shown_value(as_of)) from None
        bands = _doc_list(header, "level_bands", object)
        try:
            thresholds = thresholds_from_doc(header.get("flag_thresholds"))
        except ValueError:
            raise RecordError(
                "record.bad_value", what="field.flag_thresholds", value=shown_value(header.get("flag_thresholds"))
            ) from None
        plan = cls(
            fiscal_year=_doc_int(header, "fiscal_year"),
            organization=_doc_text(header, "organization"),
            plan_title=_doc_text(header, "plan_title"),
            plan_period=_doc_text(header, "plan_period"),
            round_months=_doc_int(header, "round_months", 12),
            as_of=as_of,
            reporter=_doc_text(header, "reporter"),
            position=_doc_text(header, "position"),
            problems=_doc_text(header, "problems", multiline=True),
            suggestions=_doc_text(header, "suggestions", multiline=True),
            introduction=_doc_text(header, "introduction", multiline=True),
            department=_doc_text(header, "department"),
            doc_number_prefix=_doc_text(header, "doc_number_prefix"),
            addressee=_doc_text(header, "addressee"),
            dimensions=sorted(
                (Dimension.from_doc(d) for d in _doc_list(header, "dimensions", object)), key=lambda d: d.number
            ),
            measures=[Measure.from_doc(m) for m in measures],
            level_bands=tuple(LevelBand.from_doc(b) for b in bands) if bands else DEFAULT_LEVEL_BANDS,
            flag_thresholds=thresholds,
        )
        plan.renumber()
        return plan
