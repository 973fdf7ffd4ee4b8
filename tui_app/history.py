"""Who changed what: the history entries of saved changes, and undoing them (plain Python).

Every save appends entries, one per field it changed, computed here by comparing the plan's
records before and after the change (so every :class:`~tui_app.changes.Change`, present or
future, is described without having to describe itself). An entry is a JSON object::

    {"id": "5f3a…",            # the save it belongs to (one save, one id; several fields)
     "at": "2026-11-30T07:15:02Z", "user": "somchai", "name": "สมชาย ใจดี",
     "fiscal_year": 2566, "kind": "SetMeasureField",
     "target": "measure",       # plan | dimension | measure | step
     "measure": "<uid>", "order": 3, "title": "…",        # a measure or step: as it was then
     "step": "<uid>", "number": 2,                         # a step
     "dimension": 1,                                       # a dimension
     "field": "remarks", "before": "…", "after": "…"}

A record added has ``before`` null and its whole record as ``after``; removed, the other way
round (so that it can be put back). A move records both sides (``order`` or ``position``).
The store keeps the entries (:mod:`tui_app.store.history_log`); nothing here touches a file.
"""

from __future__ import annotations

import getpass
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from tui_app.changes import Change
from tui_app.errors import ConflictError, UserError
from tui_app.field_specs import label_key_of
from tui_app.i18n import MESSAGES, t
from tui_app.model import Measure, Plan, printable, shorten
from tui_app.thai import BE_OFFSET

#: Thailand's time (no daylight saving): what the screens show
THAI_TIME = timezone(timedelta(hours=7))
# header fields that are not the plan's own text fields or are diffed apart
_HEADER_APART = ("fiscal_year", "dimensions")
_MEASURE_APART = ("uid", "fiscal_year", "steps")
_STEP_APART = ("uid",)

Entry = dict[str, Any]


@dataclass(frozen=True)
class Who:
    """The person saving: the login name, and the display name when the settings give one."""

    login: str
    name: str = ""

    @property
    def shown(self) -> str:
        return f"{self.name} ({self.login})" if self.name else self.login


def current_login() -> str:
    """The login name of this process's user (``$LOGNAME``/``$USER``, else the password file)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no name for this uid (a container): the number says who
        import os

        return str(os.getuid())


def current_who(display_names: dict | None = None) -> Who:
    login = current_login()
    name = (display_names or {}).get(login, "")
    return Who(login, name if isinstance(name, str) else "")


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def thai_time(at: str) -> str:
    """``2026-11-30T07:15:02Z`` as Thai local time with the Buddhist-Era year: ``30/11/2569 14:15``."""
    try:
        when = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(THAI_TIME)
    except (TypeError, ValueError):
        return str(at)
    return f"{when.day:02d}/{when.month:02d}/{when.year + BE_OFFSET} {when.hour:02d}:{when.minute:02d}"


def who_of(entry: Entry) -> str:
    name, login = entry.get("name") or "", entry.get("user") or "?"
    return f"{name} ({login})" if name else str(login)


# --- computing the entries of a save -----------------------------------------------------------


def diff(
    before_header: dict | None,
    after_header: dict | None,
    before_measures: dict[str, dict],
    after_measures: dict[str, dict],
) -> list[Entry]:
    """The field-by-field entries (without who/when) that turn the ``before`` records into ``after``.

    ``*_measures`` map a measure's uid to its document. Only what differs is compared: pass the
    documents a save touched (the others are equal on both sides and give no entry).
    """
    entries: list[Entry] = []
    bh, ah = before_header or {}, after_header or {}
    for key in sorted(set(bh) | set(ah)):
        if key in _HEADER_APART or bh.get(key) == ah.get(key):
            continue
        entries.append({"target": "plan", "field": key, "before": bh.get(key), "after": ah.get(key)})
    entries += _diff_dimensions(bh.get("dimensions") or [], ah.get("dimensions") or [])
    uids = sorted(
        set(before_measures) | set(after_measures), key=lambda u: _order_key(before_measures, after_measures, u)
    )
    for uid in uids:
        entries += _diff_measure(before_measures.get(uid), after_measures.get(uid))
    return entries


def _order_key(before: dict, after: dict, uid: str) -> tuple:
    doc = after.get(uid) or before.get(uid) or {}
    order = doc.get("order")
    return (order if isinstance(order, int) else 0, uid)


def _diff_dimensions(before: list, after: list) -> list[Entry]:
    b = {d.get("number"): d for d in before if isinstance(d, dict)}
    a = {d.get("number"): d for d in after if isinstance(d, dict)}
    entries = []
    for number in sorted(set(b) | set(a), key=str):
        old, new = b.get(number), a.get(number)
        if old == new:
            continue
        base = {"target": "dimension", "dimension": number}
        if old is None or new is None:
            entries.append({**base, "field": "dimension", "before": old, "after": new})
        else:
            for key in sorted(set(old) | set(new)):
                if old.get(key) != new.get(key):
                    entries.append({**base, "field": key, "before": old.get(key), "after": new.get(key)})
    return entries


def _measure_base(doc: dict) -> Entry:
    return {"target": "measure", "measure": doc.get("uid"), "order": doc.get("order"), "title": doc.get("title")}


def _clean(doc: dict | None) -> dict | None:
    return None if doc is None else {k: v for k, v in doc.items() if k != "fiscal_year"}


def _diff_measure(old: dict | None, new: dict | None) -> list[Entry]:
    if old == new:
        return []
    if old is None or new is None:
        either = new or old
        assert either is not None  # they differ: one of them is there
        return [{**_measure_base(either), "field": "measure", "before": _clean(old), "after": _clean(new)}]
    base = _measure_base(new)
    entries = []
    for key in sorted(set(old) | set(new)):
        if key in _MEASURE_APART or old.get(key) == new.get(key):
            continue
        entries.append({**base, "field": key, "before": old.get(key), "after": new.get(key)})
    entries += _diff_steps(base, old.get("steps") or [], new.get("steps") or [])
    return entries


def _diff_steps(base: Entry, before: list, after: list) -> list[Entry]:
    b = {s.get("uid"): (i, s) for i, s in enumerate(before, start=1) if isinstance(s, dict)}
    a = {s.get("uid"): (i, s) for i, s in enumerate(after, start=1) if isinstance(s, dict)}
    entries = []
    kept_before = [u for u in b if u in a]
    kept_after = [u for u in a if u in b]
    rank_before = {u: i for i, u in enumerate(kept_before, start=1)}
    rank_after = {u: i for i, u in enumerate(kept_after, start=1)}
    for uid in list(b) + [u for u in a if u not in b]:
        (bi, old), (ai, new) = b.get(uid, (None, None)), a.get(uid, (None, None))
        step = {**base, "target": "step", "step": uid, "number": ai or bi}
        if old is None or new is None:
            either = old or new
            assert either is not None  # the step is in one list at least
            whole = {**either, "position": bi or ai}
            entries.append({**step, "field": "step", "before": whole if old else None, "after": whole if new else None})
            continue
        for key in sorted(set(old) | set(new)):
            if key not in _STEP_APART and old.get(key) != new.get(key):
                entries.append({**step, "field": key, "before": old.get(key), "after": new.get(key)})
        if rank_before[uid] != rank_after[uid]:
            entries.append({**step, "field": "position", "before": bi, "after": ai})
    return entries


def stamp(entries: Sequence[Entry], *, who: Who, kind: str, fiscal_year: int, at: str | None = None) -> list[Entry]:
    """``entries`` with who, when, which year and which change; all of one save share an id."""
    save_id = secrets.token_hex(8)
    head = {"id": save_id, "at": at or now_utc(), "user": who.login, "fiscal_year": fiscal_year, "kind": kind}
    if who.name:
        head["name"] = who.name
    return [{**head, **entry} for entry in entries]


def kind_of(change: Change) -> str:
    return getattr(change, "history_kind", None) or type(change).__name__


# --- reading the history ----------------------------------------------------------------------


@dataclass
class HistoryFilter:
    """Which entries to show; every condition given must hold."""

    fiscal_year: int | None = None
    measure: str | None = None  #: a measure's uid
    order: int | None = None  #: a measure's number in the status table (at the time of the entry)
    since: str | None = None  #: an ISO date or time (UTC), inclusive
    who: str | None = None  #: part of the login or display name (any case)
    field: str | None = None

    def __call__(self, entry: Entry) -> bool:
        if self.fiscal_year is not None and entry.get("fiscal_year") != self.fiscal_year:
            return False
        if self.measure is not None and entry.get("measure") != self.measure:
            return False
        if self.order is not None and entry.get("order") != self.order:
            return False
        if self.since and str(entry.get("at", "")) < self.since:
            return False
        if self.who:
            needle = self.who.casefold()
            names = (str(entry.get("user", "")), str(entry.get("name", "")))
            if not any(needle in name.casefold() for name in names):
                return False
        return not (self.field and entry.get("field") != self.field)


def newest_first(entries: Iterable[Entry], keep: HistoryFilter | None = None) -> list[Entry]:
    return [e for e in reversed(list(entries)) if keep is None or keep(e)]


#: the ``field`` of an entry that adds or removes a whole record
WHOLE_RECORD = ("measure", "step", "dimension")


def same_place(a: Entry, b: Entry) -> bool:
    """Whether entry ``a`` is about the field ``b`` names, or (``b`` a whole record) about any of
    that record's fields."""
    if b.get("field") in WHOLE_RECORD:
        record = {"measure": ("measure",), "step": ("measure", "step"), "dimension": ("target", "dimension")}
        return all(a.get(k) == b.get(k) for k in record[str(b.get("field"))])
    keys = ("target", "field", "measure", "step", "dimension")
    return all(a.get(k) == b.get(k) for k in keys)


def last_change_of(entries: Sequence[Entry], place: Entry) -> Entry | None:
    """The newest entry about the same field of the same record as ``place``."""
    for entry in reversed(entries):
        if same_place(entry, place) and entry.get("fiscal_year") == place.get("fiscal_year"):
            return entry
    return None


def field_key(entry: Entry) -> str:
    """The catalogue key naming what an entry changed (``field.remarks``), for screens and messages."""
    name, target = entry.get("field"), entry.get("target")
    if target == "step" and name in ("text", "step", "position"):
        return "field.step"
    if name == "measure":  # a whole measure added or removed
        return "history.what_measure"
    if target == "dimension" and name == "title":
        return "field.dimension_title"
    declared = label_key_of(target, name)  # a measure's or the plan's field (tui_app.field_specs)
    if declared is not None:
        return declared
    for key in (f"field.{name}", f"field.{target}"):
        if key in MESSAGES:
            return key
    return "history.what_other"


def what_of(entry: Entry) -> str | UserError:
    """:func:`field_key` as an error's parameter, which a message says in its own language."""
    key = field_key(entry)
    return key if key.startswith("field.") else UserError(key)


def shown_value(value: Any, width: int = 40) -> str:
    """A short printable picture of a value before or after: a whole record by its title or text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dict):
        value = value.get("title") or value.get("text") or value
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return shorten(printable(value if isinstance(value, str) else str(value), multiline=False), width)


#: how a step's field other than its text is named after the step's number
STEP_PARTS = {"done": "history.step_done", "position": "history.step_position", "sub_points": "history.step_sub_points"}


def field_label(entry: Entry, lang: str) -> str:
    """What an entry changed, in ``lang``: ``หมายเหตุ``, ``ขั้นตอนที่ 2 · ทำแล้ว``."""
    if entry.get("target") == "step":
        label = t("history.step", lang, number=entry.get("number"))
        part = STEP_PARTS.get(str(entry.get("field")))
        return f"{label} · {t(part, lang)}" if part else label
    return t(field_key(entry), lang)


#: the catalogue key of each kind of change (a kind not listed is shown as it is stored)
KIND_KEYS = {
    "SetStepDone": "history.kind_step_done",
    "SetStepText": "history.kind_edit",
    "SetMeasureField": "history.kind_edit",
    "SetPlanField": "history.kind_edit",
    "RenameDimension": "history.kind_edit",
    "AddStep": "history.kind_add",
    "AddMeasure": "history.kind_add",
    "AddDimension": "history.kind_add",
    "RemoveStep": "history.kind_remove",
    "RemoveMeasure": "history.kind_remove",
    "RemoveDimension": "history.kind_remove",
    "MoveStep": "history.kind_move",
    "undo": "history.kind_undo",
    "redo": "history.kind_redo",
    "restore": "history.kind_restore",
    "new_year": "history.kind_new_year",
}


def kind_label(entry: Entry, lang: str) -> str:
    kind = str(entry.get("kind", ""))
    return t(KIND_KEYS[kind], lang) if kind in KIND_KEYS else kind


def record_label(entry: Entry, lang: str, *, short: bool = False) -> str:
    """Which record, in ``lang``: a measure's number and title then (``short``: the number only),
    ``มิติ 2`` for a dimension, ``แผน`` for the plan's own fields."""
    target = entry.get("target")
    if target in ("measure", "step"):
        order = entry.get("order", "?")
        return str(order) if short else f"{order} {printable(str(entry.get('title') or ''), multiline=False)}".strip()
    if target == "dimension":
        return t("history.dimension_short", lang, number=entry.get("dimension"))
    return t("history.plan_short", lang)


# --- undoing ----------------------------------------------------------------------------------


class UndoConflict(ConflictError):
    """The field to put back was changed by someone else since: ``entry`` is the one to undo."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        super().__init__("history.undo_conflict_plain", what=what_of(entry))


@dataclass
class Revert(Change):
    """Put back what a saved change changed: each entry's ``before``, where its ``after`` still is.

    If any field no longer holds the value the change left (someone else changed it since), the
    whole revert is refused with :class:`UndoConflict`, and nothing is changed.
    """

    entries: list[Entry]
    history_kind: str = "undo"
    undone: str = field(default="")  #: the id of the save being undone

    def apply(self, plan: Plan) -> None:
        header = plan.header_doc()
        measures = {m.uid: m.to_doc() for m in plan.measures}
        for entry in reversed(self.entries):
            _put_back(entry, header, measures)
        fresh = Plan.from_docs(header, list(measures.values()))
        plan.__dict__.update({k: v for k, v in fresh.__dict__.items() if k != "fiscal_year"})


def _put_back(entry: Entry, header: dict, measures: dict[str, dict]) -> None:
    target, name = entry.get("target"), entry.get("field")
    # the values of a JSON document read back from the file: whatever the field holds
    before: Any = entry.get("before")
    after: Any = entry.get("after")
    if target == "plan":
        if header.get(name) != after:
            raise UndoConflict(entry)
        header[name] = before
    elif target == "dimension":
        dims = header.setdefault("dimensions", [])
        at = next((i for i, d in enumerate(dims) if d.get("number") == entry.get("dimension")), None)
        current = dims[at] if at is not None else None
        if name == "dimension":
            if current != after:
                raise UndoConflict(entry)
            if at is not None:
                dims.pop(at)
            if before is not None:
                dims.append(before)
                dims.sort(key=lambda d: d.get("number", 0))
        else:
            if current is None or current.get(name) != after:
                raise UndoConflict(entry)
            current[name] = before
    elif target == "measure":
        uid: Any = entry.get("measure")
        doc = measures.get(uid)
        if name == "measure":
            if _clean(doc) != after:
                raise UndoConflict(entry)
            measures.pop(uid, None)
            if before is not None:
                measures[uid] = dict(before)
        else:
            if doc is None or doc.get(name) != after:
                raise UndoConflict(entry)
            doc[name] = before
    elif target == "step":
        doc = measures.get(entry["measure"]) if "measure" in entry else None
        if doc is None:
            raise UndoConflict(entry)
        steps = doc["steps"]
        at = next((i for i, s in enumerate(steps) if s.get("uid") == entry.get("step")), None)
        if name == "step":
            if after is not None:
                if at is None or {**steps[at], "position": after.get("position")} != after:
                    raise UndoConflict(entry)
                steps.pop(at)
            if before is not None:
                if at is not None and after is None:
                    raise UndoConflict(entry)
                whole = {k: v for k, v in before.items() if k != "position"}
                steps.insert(max(0, min(len(steps), before.get("position", len(steps) + 1) - 1)), whole)
        elif name == "position":
            if at is None or at + 1 != after:
                raise UndoConflict(entry)
            steps.insert(max(0, min(len(steps), before - 1)), steps.pop(at))
        else:
            if at is None or steps[at].get(name) != after:
                raise UndoConflict(entry)
            steps[at][name] = before


def measure_of(plan: Plan, entry: Entry) -> Measure | None:
    """The record an entry is about, as it is now (None when it is gone or not a measure's)."""
    uid = entry.get("measure")
    return next((m for m in plan.measures if m.uid == uid), None) if uid else None
