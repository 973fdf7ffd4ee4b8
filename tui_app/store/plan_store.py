"""The plan store: the only code that reads or writes the data file.

The file is a TinyDB JSON database with three tables:

- ``meta``: one document with the ``schema_version``;
- ``plans``: one document per fiscal year, the plan's header and dimensions;
- ``measures``: one document per measure, tagged with its ``fiscal_year``.

Every save takes the lock, reads the file afresh, applies one :class:`~tui_app.changes.Change`
to the fresh records, writes the whole file atomically and releases the lock. A new ``TinyDB``
is made over the freshly read data for each transaction, so TinyDB's caches (next document id,
query results) never go stale when someone else writes.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from tui_app.changes import Change
from tui_app.errors import StoreError, UserError
from tui_app.model import Measure, Plan, RecordError, printable, shorten, shown_value
from tui_app.store.files import (
    atomic_write,
    exclusive_lock,
    lock_path,
    real_path,
    remove_stale_temps,
    write_file,
)

#: the format this program writes. Version 2 added to the plan header ``introduction``,
#: ``department``, ``doc_number_prefix`` and ``addressee`` (text, "" when not given) and lets a
#: measure's ``budget`` and ``disbursed`` be ``null`` (not given). Version 1 files are read too;
#: opening one to edit it migrates it (see :meth:`PlanStore.open`).
SCHEMA_VERSION = 2
#: the plan header's text fields that version 2 added, filled with "" when a file is migrated
V2_HEADER_TEXT = ("introduction", "department", "doc_number_prefix", "addressee")
ENV_DB = "TUI_APP_DB"
TABLES = ("meta", "plans", "measures")
# TinyDB keeps a document's id as the text of a whole number
_DOC_ID = re.compile(r"[0-9]{1,15}")
# where json gave up without saying: a run of digits too long for Python to read, or a deep nest
_HUGE_NUMBER = re.compile(r"[0-9]{4000,}")
_DEEP = re.compile(r"[\[{](?:\s*[\[{]){500}")


def default_db_path() -> Path:
    """``$TUI_APP_DB``, else ``$XDG_DATA_HOME/tui-app/plan.json`` (``~/.local/share`` by default)."""
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "tui-app" / "plan.json"


def sample_bytes() -> bytes:
    """The bundled sample plan, already in the store's format."""
    return resources.files("tui_app.sample_data").joinpath("plan.json").read_bytes()


class _InMemory(Storage):
    """TinyDB storage over data already read (and checked) inside the lock."""

    def __init__(self, data: dict) -> None:
        self.data = data

    def read(self) -> dict:
        return self.data

    def write(self, data: dict) -> None:
        self.data = data


@dataclass(frozen=True)
class FileVersion:
    """What identifies one saved state of the file: every save replaces the file (a new inode)."""

    inode: int
    mtime_ns: int
    size: int


def encode(data: dict) -> bytes:
    """Readable UTF-8 JSON, Thai as Thai, stable key order so that diffs stay small."""
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


class PlanStore:
    """Load plans from and save changes to one TinyDB JSON file shared by several people."""

    def __init__(self, path: Path | str, *, sample: Callable[[], bytes] | None = sample_bytes) -> None:
        self.path = Path(path).expanduser()
        self._sample = sample
        #: the file's version right after this store's last save (taken inside the lock)
        self.written_version: FileVersion | None = None
        #: set by :meth:`open`: the file cannot be saved (or the caller said it will not save)
        self.read_only = False
        #: set by :meth:`open`: the file was missing and has been made from the sample plan
        self.created = False
        #: set by :meth:`open`: the file was migrated from an older format; its original is here
        self.migration_backup: Path | None = None

    # --- opening ------------------------------------------------------------------------------

    def open(self, *, create: bool = True, write: bool = True) -> None:
        """Check that the file is there and sound; every damaged record is a :class:`StoreError`
        naming the file and the record, and such a file is never written to.

        ``create``: a missing file is made from the sample plan; with ``create=False`` it is
        refused with a message naming the path (the command line creates a file only when it
        opens the app: a mistyped ``--db`` must not make a new plan).

        ``write``: the caller means to save. A file of an older format is then migrated to this
        one (:meth:`_migrate`: a byte-for-byte copy of the original is kept beside it first). A
        file that cannot be saved (a read-only file or folder) sets :attr:`read_only` and is only
        read. With ``write=False`` nothing is written at all, not even a lock file: an older
        format is read as it is, so that printing and exporting work from a read-only folder and
        never change the file behind the back of whoever looks after it.
        """
        if not os.path.lexists(self.path):
            if not create:
                raise StoreError("store.missing", path=str(self.path))
            self._create()
        if write and self.can_save():
            with exclusive_lock(self.path):
                remove_stale_temps(self.path)
                data = self._read_for_save()
        else:
            self.read_only = True
            data = self._read()
        for year in self._plans(data):
            self._plan(data, year)

    def can_save(self) -> bool:
        """Whether this user may replace the file (write it and its folder, and use the lock)."""
        real = real_path(self.path)
        if not os.access(real, os.W_OK) or not os.access(real.parent, os.W_OK | os.X_OK):
            return False
        lock = lock_path(self.path)
        return not os.path.lexists(lock) or os.access(lock, os.R_OK)

    def _create(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("store.write_failed", path=str(self.path), detail=exc.strerror or str(exc)) from exc
        with exclusive_lock(self.path):
            if not os.path.lexists(self.path):
                data = json.loads(self._sample()) if self._sample else _empty_database()
                atomic_write(self.path, encode(data))
                self.created = True

    # --- reading ------------------------------------------------------------------------------

    def version(self) -> FileVersion | None:
        """A cheap fingerprint of the saved file, to notice someone else's save."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return FileVersion(st.st_ino, st.st_mtime_ns, st.st_size)

    def years(self) -> list[int]:
        return sorted(self._plans(self._read()))

    def load(self, year: int | None = None) -> Plan:
        """The plan of ``year`` (the latest year when ``None``), read afresh from the file.

        Reading takes no lock: every save replaces the whole file at once, so a reader sees
        either the old file or the new one, and needs no write access.
        """
        data = self._read()
        return self._plan(data, self._year(data, year))

    # --- saving -------------------------------------------------------------------------------

    def apply(self, change: Change, year: int | None = None) -> Plan:
        """Apply one change to the freshly read plan of ``year`` and save it; return the new plan.

        Raises the change's :class:`~tui_app.errors.ValidationError` (nothing is written) or
        :class:`StoreError` (the file keeps what it held).
        """
        with exclusive_lock(self.path):
            data = self._read_for_save()
            year = self._year(data, year)
            plan = self._plan(data, year)
            change.apply(plan)
            self._write_plan(data, plan)
            self.written_version = self.version()
            return plan

    def add_year(self, plan: Plan) -> None:
        """Store ``plan`` as a new fiscal year; a year already in the file is refused."""
        with exclusive_lock(self.path):
            data = self._read_for_save()
            years = self._plans(data)
            if plan.fiscal_year in years:
                raise StoreError("store.year_exists", path=str(self.path), year=plan.fiscal_year)
            self._write_plan(data, plan)

    def save_plan(self, plan: Plan) -> None:
        """Store a whole plan as its fiscal year (replacing that year, if it is there)."""
        with exclusive_lock(self.path):
            data = self._read_for_save()
            self._write_plan(data, plan)

    # --- inside ---------------------------------------------------------------------------------

    def _read(self) -> dict:
        """The file's records, checked, in this program's format (an older file is upgraded in memory)."""
        raw = self._read_bytes()
        data, version = self._parse(raw)
        return upgrade(data, version)

    def _read_for_save(self) -> dict:
        """Like :meth:`_read`, inside the lock, migrating a file of an older format first."""
        raw = self._read_bytes()
        data, version = self._parse(raw)
        if version < SCHEMA_VERSION:
            data = self._migrate(raw, data, version)
        return data

    def _migrate(self, raw: bytes, data: dict, version: int) -> dict:
        """Keep a copy of the original beside the file, then write the file in this format.

        The copy is ``<file>.schema<version>.bak``, byte for byte, with the original's mode; an
        existing copy is never overwritten (another name is chosen unless it holds the same bytes).
        """
        real = real_path(self.path)
        mode = os.stat(real).st_mode & 0o777
        for n in range(1, 100):
            backup = real.with_name(f"{real.name}.schema{version}{'' if n == 1 else f'-{n}'}.bak")
            try:
                write_file(backup, raw, overwrite=False, new_mode=mode)
                break
            except FileExistsError:
                try:
                    if backup.read_bytes() == raw:
                        break
                except OSError:
                    pass
            except OSError as exc:
                raise StoreError("store.write_failed", path=str(backup), detail=exc.strerror or str(exc)) from exc
        else:  # pragma: no cover - a hundred different copies already
            raise StoreError("store.write_failed", path=str(real), detail="too many backup copies")
        data = upgrade(data, version)
        atomic_write(self.path, encode(data))
        self.migration_backup = backup
        return data

    def _read_bytes(self) -> bytes:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            raise StoreError("store.missing", path=str(self.path)) from None
        except OSError as exc:
            raise StoreError("store.unreadable", path=str(self.path), detail=exc.strerror or str(exc)) from exc

    def _parse(self, raw: bytes) -> tuple[dict, int]:
        """The file's JSON, its tables checked document by document, and its format version."""
        path = str(self.path)
        if not raw.strip():
            raise StoreError("store.empty", path=path)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":  # cut in the middle of a character
                raise StoreError("store.not_json", path=path, detail="cut short inside a character") from None
            raise StoreError("store.not_utf8", path=path) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
            raise StoreError("store.not_json", path=path, detail=where) from None
        except RecursionError:  # arrays or objects nested thousands deep
            raise StoreError("store.too_deep", path=path, line=_line_of(text, _DEEP)) from None
        except ValueError:  # an integer of thousands of digits (Python's int_max_str_digits)
            raise StoreError("store.huge_number", path=path, line=_line_of(text, _HUGE_NUMBER)) from None
        if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
            raise StoreError("store.not_plan", path=path)
        version = self._schema_version(data["meta"])
        for table in TABLES:
            docs = data.setdefault(table, {})
            if not isinstance(docs, dict):
                raise StoreError("store.not_plan", path=path)
            for doc_id, doc in docs.items():
                problem = None
                if not _DOC_ID.fullmatch(doc_id):
                    problem = UserError("record.bad_id")
                elif not isinstance(doc, dict):
                    problem = RecordError("record.not_object", value=shown_value(doc))
                elif table != "meta":
                    year = doc.get("fiscal_year")
                    if year is None:
                        problem = RecordError("record.missing", what="field.fiscal_year")
                    elif isinstance(year, bool) or not isinstance(year, int):
                        problem = RecordError("record.bad_value", what="field.fiscal_year", value=shown_value(year))
                if problem is not None:
                    record = UserError("record.document", doc_id=shown_value(doc_id, quote=False), table=table)
                    raise StoreError("store.bad_record_at", path=path, record=record, detail=problem)
        return data, version

    def _schema_version(self, meta: dict) -> int:
        path = str(self.path)
        versions = [doc.get("schema_version") for doc in meta.values() if isinstance(doc, dict)]
        if len(versions) != 1:
            raise StoreError("store.unknown_schema", path=path, version="?", supported=SCHEMA_VERSION)
        version = versions[0]
        if isinstance(version, str):
            raise StoreError("store.schema_not_number", path=path, version=shown_value(version))
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise StoreError("store.unknown_schema", path=path, version=shown_value(version), supported=SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            raise StoreError("store.newer_schema", path=path, version=version, supported=SCHEMA_VERSION)
        return version

    def _plans(self, data: dict) -> dict[int, dict]:
        """The plan header documents by fiscal year; a year with two headers is refused."""
        plans: dict[int, dict] = {}
        ids: dict[int, list[str]] = defaultdict(list)
        for doc_id, doc in data["plans"].items():
            plans[doc["fiscal_year"]] = doc
            ids[doc["fiscal_year"]].append(doc_id)
        for year, doc_ids in ids.items():
            if len(doc_ids) > 1:
                raise StoreError("store.duplicate_year", path=str(self.path), year=year, docs=", ".join(doc_ids))
        return plans

    def _year(self, data: dict, year: int | None) -> int:
        years = sorted(self._plans(data))
        if not years:
            raise StoreError("store.no_plan", path=str(self.path))
        if year is None:
            return years[-1]
        if year not in years:
            raise StoreError("store.no_year", path=str(self.path), year=year, years=", ".join(map(str, years)))
        return year

    def _plan(self, data: dict, year: int) -> Plan:
        """The plan of ``year`` from the checked tables; a bad or doubled record is refused, named."""
        path = str(self.path)
        header_id = next(i for i, doc in data["plans"].items() if doc["fiscal_year"] == year)
        try:
            plan = Plan.from_docs(data["plans"][header_id], [])
        except (RecordError, ArithmeticError) as exc:
            record = UserError("record.plan", doc_id=header_id)
            raise StoreError("store.bad_record_at", path=path, record=record, detail=_detail(exc)) from None
        for doc_id, doc in data["measures"].items():
            if doc["fiscal_year"] != year:
                continue
            try:
                plan.measures.append(Measure.from_doc(doc))
            except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
                record = _measure_record(doc_id, doc)
                raise StoreError("store.bad_record_at", path=path, record=record, detail=_detail(exc)) from None
        self._refuse_duplicate_uids(plan)  # named by the numbers the file holds
        plan.renumber()  # numbered by dimension, as Plan.from_docs does (a hand-edited or older file)
        return plan

    def _refuse_duplicate_uids(self, plan: Plan) -> None:
        """Saves and edits find a record by its uid: two records with one uid would be mixed up."""
        by_uid: dict[str, list[Measure]] = defaultdict(list)
        for measure in plan.measures:
            by_uid[measure.uid].append(measure)
        for uid, measures in by_uid.items():
            if len(measures) > 1:
                ordered = sorted(measures, key=lambda m: m.order)
                which = ", ".join(f"{m.order} “{shorten(m.title)}”" for m in ordered)
                raise StoreError(
                    "store.duplicate_uid", path=str(self.path), uid=shown_value(uid, quote=False),
                    year=plan.fiscal_year, records=UserError("record.measures", which=which),
                )
        for measure in plan.measures_in_table_order():
            numbers: dict[str, list[int]] = defaultdict(list)
            for number, step in enumerate(measure.steps, start=1):
                numbers[step.uid].append(number)
            for uid, found in numbers.items():
                if len(found) > 1:
                    records = UserError(
                        "record.steps",
                        which=", ".join(map(str, found)),
                        order=measure.order,
                        title=shorten(measure.title),
                    )
                    raise StoreError(
                        "store.duplicate_uid", path=str(self.path), uid=shown_value(uid, quote=False),
                        year=plan.fiscal_year, records=records,
                    )

    def _write_plan(self, data: dict, plan: Plan) -> None:
        """Write ``plan`` into ``data`` through TinyDB, touching only the documents that differ.

        Writes the file only when something changed. Documents are compared first so that a save
        costs one TinyDB update (not one per measure) however large the plan is.
        """
        db = TinyDB(data, storage=_InMemory)
        storage = db.storage
        assert isinstance(storage, _InMemory)
        year = plan.fiscal_year
        plans, measures = db.table("plans"), db.table("measures")
        changed = False
        header = plan.header_doc()
        stored_header = plans.get(Query().fiscal_year == year)
        # fields of the header this program does not know (yet) are kept as they are
        if stored_header is None or {key: stored_header.get(key) for key in header} != header:
            plans.upsert(header, Query().fiscal_year == year)
            changed = True
        stored = {doc["uid"]: doc for doc in measures.search(Query().fiscal_year == year)}
        updates, inserts = [], []
        for measure in plan.measures:
            doc = {**measure.to_doc(), "fiscal_year": year}
            old = stored.pop(measure.uid, None)
            if old is None:
                inserts.append(doc)
            elif dict(old) != doc:
                updates.append((doc, old.doc_id))
        for doc, doc_id in updates:
            measures.update(doc, doc_ids=[doc_id])
        if inserts:
            measures.insert_multiple(inserts)
        if stored:
            measures.remove(doc_ids=[doc.doc_id for doc in stored.values()])
        if changed or updates or inserts or stored:
            atomic_write(self.path, encode(storage.data))


def upgrade(data: dict, version: int) -> dict:
    """``data`` (checked tables of format ``version``) in this program's format, changed in place."""
    if version < 2:
        for header in data["plans"].values():
            for key in V2_HEADER_TEXT:
                header.setdefault(key, "")
    for meta in data["meta"].values():
        meta["schema_version"] = SCHEMA_VERSION
    return data


def _line_of(text: str, pattern: re.Pattern[str]) -> int | str:
    """The line where ``pattern`` first matches ``text`` ("?" when it does not)."""
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else "?"


def _detail(exc: Exception) -> UserError | str:
    return exc if isinstance(exc, UserError) else shown_value(exc)


def _measure_record(doc_id: str, doc: dict) -> UserError:
    """How a message names a measure's document: its order and title as far as they can be read."""
    order, title = doc.get("order"), doc.get("title")
    return UserError(
        "record.measure",
        doc_id=doc_id,
        order=order if isinstance(order, int) and not isinstance(order, bool) else "?",
        title=shorten(printable(title, multiline=False)) if isinstance(title, str) else "?",
    )


def _empty_database() -> dict:
    return {"meta": {"1": {"schema_version": SCHEMA_VERSION}}, "plans": {}, "measures": {}}
