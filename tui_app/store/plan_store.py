"""The plan store: the only code that reads or writes the data file.

The file is a TinyDB JSON database with three tables:

- ``meta``: one document with the ``schema_version``;
- ``plans``: one document per fiscal year, the plan's header and dimensions;
- ``measures``: one document per measure, tagged with its ``fiscal_year``;
- ``rounds`` (optional, added with the first frozen round): one document per frozen reporting
  round (:class:`~tui_app.rounds.Round`), tagged with its ``fiscal_year``, holding its own copy
  of the plan. Only :meth:`PlanStore.freeze_round` writes it; saving a plan never touches it.

Every save takes the lock, reads the file afresh, applies one :class:`~tui_app.changes.Change`
to the fresh records, writes the whole file atomically and releases the lock. A new ``TinyDB``
is made over the freshly read data for each transaction, so TinyDB's caches (next document id,
query results) never go stale when someone else writes.

A save still reads the file inside the lock every time; when the bytes read are exactly those
this store last read or wrote (the same SHA-256), the records already parsed, checked and built
from them are used again (:class:`_Known`) instead of being parsed and checked once more. The file is read and
written with orjson (C), which is several times faster than the standard library with an indent.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

import orjson
from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from tui_app import history
from tui_app.changes import Change
from tui_app.errors import StoreError, UserError
from tui_app.history import Entry
from tui_app.model import Measure, Plan, RecordError, printable, shorten, shown_value
from tui_app.rounds import Round, check_round_months, freeze
from tui_app.store import backups, history_log
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
#: tables a file may have or not (an absent one reads as empty and is not written by a save)
OPTIONAL_TABLES = ("rounds",)
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


# the closing newline written by orjson too: adding it after would copy the whole file once more
_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def encode(data: dict) -> bytes:
    """Readable UTF-8 JSON, Thai as Thai, stable key order so that diffs stay small.

    orjson writes it; what orjson refuses (a whole number beyond 64 bits, a lone surrogate, both
    possible only in a file edited by hand) is written by the standard library the same way.
    """
    try:
        return orjson.dumps(data, option=_ORJSON_OPTIONS)
    except (orjson.JSONEncodeError, TypeError):
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


@dataclass
class _Known:
    """The file's bytes as this store last read or wrote them (their SHA-256: the bytes themselves
    would double the memory a large plan takes), and what was made of them.

    ``data``: the checked tables (this program's format); ``plans``: the plans built from them
    by year, owned by the store (never handed out: a caller changing one would change the next
    save). Used again only when the file holds exactly ``raw``.
    """

    digest: bytes
    data: dict
    plans: dict[int, Plan]
    #: plans built by :meth:`PlanStore.open` while checking, each handed to the first
    #: :meth:`PlanStore.load` of its year (so that a start reads and builds the file once)
    opened: dict[int, Plan] = field(default_factory=dict)
    #: the years whose records in ``data`` were all built into a plan without an error (or were
    #: written from one), numbered as the file numbers them: a change that names the measures
    #: it touches is applied to those alone (:meth:`PlanStore.apply`)
    checked: set[int] = field(default_factory=set)


class PlanStore:
    """Load plans from and save changes to one TinyDB JSON file shared by several people."""

    def __init__(
        self,
        path: Path | str,
        *,
        sample: Callable[[], bytes] | None = sample_bytes,
        who: history.Who | None = None,
        backup_policy: backups.BackupPolicy | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
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
        #: who saves: named in the history entry of every save
        self.who: history.Who = who or history.current_who()
        #: the history entries of this store's last save (empty when it changed nothing)
        self.last_entries: list[history.Entry] = []
        #: which daily backups to keep (:mod:`tui_app.store.backups`)
        self.backup_policy = backup_policy or backups.BackupPolicy()
        #: the local time now: a backup is made before the first save of each of its days
        self.clock = clock
        #: set by :meth:`apply`: the file held someone else's save (not what this store last read
        #: or wrote), so a caller's own copy of the plan may be out of date
        self.others_saved = True
        #: what this store last read or wrote (one thread at a time uses a store)
        self._known: _Known | None = None
        #: the file's version when :meth:`open` read it: while the file still has it, the first
        #: :meth:`load` takes the plan built then without reading the file again
        self._opened_version: FileVersion | None = None

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
        seen = self.version()  # before reading: a save in between gives the file another one
        if write and self.can_save():
            with exclusive_lock(self.path):
                remove_stale_temps(self.path)
                data = self._read_for_save()
        else:
            self.read_only = True
            data = self._read()
        # every year is checked now; its plan is kept for the first load (the file is read once)
        opened = {year: self._plan(data, year) for year in self._plans(data)}
        if self._known is not None and self._known.data is data:
            self._known.opened = opened
            self._opened_version = seen if seen is not None and self.version() == seen else None

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
        known = self._known
        if known is not None and known.opened and self._opened_version is not None and (
            self.version() == self._opened_version
        ):
            # right after open(), the file still what it read (every save replaces the file, so
            # gives it a new version): the records read then, not a second read (a start reads once)
            data = known.data
        else:
            data = self._read()
            known = self._known
        year = self._year(data, year)
        if known is not None and known.data is data and year in known.opened:
            return known.opened.pop(year)  # built by open() from these very bytes
        return self._plan(data, year)

    def load_table(self, year: int | None = None) -> Plan:
        """The plan of ``year`` (the latest when ``None``) as far as the status table needs it, for
        a report that is read and never saved (``tui-app export``).

        The header and every measure's table fields are read and checked as :meth:`load` reads
        them; the steps, missions and results are left empty, unread (most of the file, and most
        of the time :meth:`load` takes). A missing file is refused, and nothing is written, not
        even a lock file, as with ``open(create=False, write=False)``.
        """
        if not os.path.lexists(self.path):
            raise StoreError("store.missing", path=str(self.path))
        self.read_only = True
        data = upgrade(*self._parse(self._read_bytes()))  # read once: nothing to remember it by
        return self._plan(data, self._year(data, year), table_only=True)

    def history(self, year: int | None = None) -> list[history.Entry]:
        """The saved history entries (of ``year`` only, when given), oldest first; no lock needed."""
        entries = history_log.read(self.path, history_log.committed(self._read()))
        return entries if year is None else [e for e in entries if e.get("fiscal_year") == year]

    # --- saving -------------------------------------------------------------------------------

    def apply(
        self,
        change: Change,
        year: int | None = None,
        *,
        waiting: Callable[[dict[str, object] | None], None] | None = None,
    ) -> Plan:
        """Apply one change to the freshly read plan of ``year`` and save it; return the new plan.

        Raises the change's :class:`~tui_app.errors.ValidationError` (nothing is written) or
        :class:`StoreError` (the file keeps what it held). The plan returned is the store's own:
        read it, never change it (:meth:`load` gives a plan to change). For a change that names
        the measures it touches (:attr:`~tui_app.changes.Change.touched`), applied to records
        this store has read and checked already, it holds the plan's header and those measures
        only: the cost of such a save does not grow with the plan. :attr:`others_saved` says
        whether the file held someone else's save. Returns once the file holds the change
        (written, fsynced and in place). ``waiting``: called with who holds the lock (as its
        holder wrote it in the lock file) when another process holds it for long.
        """
        with exclusive_lock(self.path, waiting=waiting):
            known = self._known
            data = self._read_for_save()
            self.others_saved = known is None or self._known is not known
            year = self._year(data, year)
            touched = change.touched
            known = self._known
            if touched is not None and known is not None and known.data is data and year in known.checked:
                # records this store has checked: the change needs only the measures it touches,
                # built from their documents, compared and written (not the whole plan)
                plan = self._plan(data, year, only=touched)
            else:
                plan, touched = self._known_plan(data, year), None
            try:
                # the one place where a change is applied to the fresh plan and the file written
                change.apply(plan)
                self._write_plan(data, plan, history.kind_of(change), only=touched)
            except BaseException:
                self._known = None  # the records in memory may now differ from the file
                raise
            if touched is None and self._known is not None and self._known.data is data:
                self._known.plans[year] = plan
            self.written_version = self.version()
            return plan

    def _known_plan(self, data: dict, year: int) -> Plan:
        """The plan of ``year`` built from ``data`` (the records just read), built once per state
        of the file: the store's own, changed by :meth:`apply` and written."""
        known = self._known
        if known is None or known.data is not data:
            return self._plan(data, year)
        plan = known.plans.get(year)
        if plan is None:
            plan = known.plans[year] = self._plan(data, year)
        return plan

    def add_year(self, plan: Plan) -> None:
        """Store ``plan`` as a new fiscal year; a year already in the file is refused."""
        with exclusive_lock(self.path):
            data = self._read_for_save()
            years = self._plans(data)
            if plan.fiscal_year in years:
                raise StoreError("store.year_exists", path=str(self.path), year=plan.fiscal_year)
            self._write_plan(data, plan, "new_year")

    def save_plan(self, plan: Plan) -> None:
        """Store a whole plan as its fiscal year (replacing that year, if it is there)."""
        with exclusive_lock(self.path):
            data = self._read_for_save()
            self._write_plan(data, plan, "save_plan")

    # --- backups ------------------------------------------------------------------------------

    def backup_differences(self, label: str) -> list[Entry]:
        """What restoring backup ``label`` would change: the entries from the file to the backup.

        A damaged current file gives one entry saying so (all of the backup would come back).
        """
        target = self._backup_data(label)
        try:
            current = self._read()
        except StoreError:
            return [{"target": "plan", "field": "file", "before": "damaged", "after": label}]
        return _differences(current, target)

    def restore(self, label: str) -> Path:
        """Put backup ``label`` in place of the file, keeping the current file as a backup first.

        The restore is a saved change: its history entries say what it changed. Returns the copy
        of the file as it was. The history of the saves since the backup is kept.
        """
        target = self._backup_data(label)
        with exclusive_lock(self.path):
            remove_stale_temps(self.path)
            try:
                current = self._read_for_save()
            except StoreError:  # a damaged file is what a restore is for
                current = None
            kept = backups.keep_copy_before_restore(self.path, self.clock())
            if current is None:
                entries = [{"target": "plan", "field": "file", "before": "damaged", "after": label}]
                saved = history_log.size(self.path)
            else:
                entries = _differences(current, target)
                saved = history_log.committed(current)
            # each entry of a year names its year; the file's own entry goes with the latest year
            latest = max(self._plans(target), default=0)
            entries = [{**e, "backup": label} for e in entries]
            self.last_entries = history.stamp(entries, who=self.who, kind="restore", fiscal_year=latest)
            if self.last_entries:
                saved = history_log.append(self.path, saved, self.last_entries)
            history_log.set_committed(target, saved)
            atomic_write(self.path, encode(target))
            self.written_version = self.version()
            return kept

    def _backup_data(self, label: str) -> dict:
        found = backups.find(self.path, label)
        if found is None:
            labels = ", ".join(b.label for b in backups.list_backups(self.path)) or "-"
            raise StoreError("store.no_backup", path=str(self.path), label=label, labels=labels)
        source = PlanStore(found.path, sample=None)
        data = source._read()
        for year in source._plans(data):
            source._plan(data, year)  # every record checked: a damaged backup is refused, named
        return data

    # --- reporting rounds -----------------------------------------------------------------------

    def rounds(self, year: int | None = None) -> list[Round]:
        """The frozen rounds (of ``year`` if given), by year and months; a damaged one is refused, named."""
        return self._rounds(self._read(), year)

    def load_round(self, year: int | None, months: int) -> Round:
        """The frozen round ``months`` of ``year`` (the latest year when ``None``)."""
        data = self._read()
        year = self._year(data, year)
        for frozen in self._rounds(data, year):
            if frozen.months == months:
                return frozen
        shown = ", ".join(str(r.months) for r in self._rounds(data, year)) or "-"
        raise StoreError("store.no_round", path=str(self.path), year=year, months=months, rounds=shown)

    def freeze_round(self, year: int | None, months: int, *, as_of=None, reporter: str | None = None) -> Round:
        """Freeze the saved plan of ``year`` as round ``months``; a round already frozen is refused."""
        months = check_round_months(months)
        with exclusive_lock(self.path):
            data = self._read_for_save()
            year = self._year(data, year)
            for frozen in self._rounds(data, year):
                if frozen.months == months:
                    raise StoreError(
                        "store.round_exists", path=str(self.path), year=year, months=months,
                        frozen_at=frozen.frozen_at.strftime("%Y-%m-%d %H:%M UTC"),
                    )
            frozen = freeze(self._plan(data, year), months, as_of=as_of, reporter=reporter)
            db = TinyDB(data, storage=_InMemory)
            storage = db.storage
            assert isinstance(storage, _InMemory)
            db.table("rounds").insert(frozen.to_doc())
            atomic_write(self.path, encode(storage.data))
            self.written_version = self.version()
            return frozen

    def _rounds(self, data: dict, year: int | None) -> list[Round]:
        found = []
        for doc_id, doc in data.get("rounds", {}).items():
            if year is not None and doc["fiscal_year"] != year:
                continue
            try:
                found.append(Round.from_doc(doc))
            except (RecordError, KeyError, TypeError, ValueError, ArithmeticError) as exc:
                record = UserError("record.round", doc_id=doc_id)
                raise StoreError(
                    "store.bad_record_at", path=str(self.path), record=record, detail=_detail(exc)
                ) from None
        return sorted(found, key=lambda r: (r.fiscal_year, r.months))

    # --- inside ---------------------------------------------------------------------------------

    def _read(self) -> dict:
        """The file's records, checked, in this program's format (an older file is upgraded in memory).

        Records read for a save may be changed by it: a reader gets records of its own unless
        the store can use them again (:class:`_Known`).
        """
        raw = self._read_bytes()
        known = self._known
        digest = _digest(raw)
        if known is not None and known.digest == digest:
            return known.data
        data, version = self._parse(raw)
        if version == SCHEMA_VERSION:
            self._known = _Known(digest, data, {})
        return upgrade(data, version)

    def _read_for_save(self) -> dict:
        """Like :meth:`_read`, inside the lock, migrating a file of an older format first."""
        raw = self._read_bytes()
        known = self._known
        digest = _digest(raw)
        if known is not None and known.digest == digest:
            return known.data
        data, version = self._parse(raw)
        if version < SCHEMA_VERSION:
            data = self._migrate(raw, data, version)
            self._known = None
        else:
            self._known = _Known(digest, data, {})
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
        try:
            data = orjson.loads(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)
        except orjson.JSONDecodeError:  # the standard library says precisely what is wrong
            data = self._parse_slowly(raw)
        if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
            raise StoreError("store.not_plan", path=path)
        return self._check(data)

    def _parse_slowly(self, raw: bytes) -> object:
        """The file's JSON read by the standard library: what orjson refused, with a precise message
        (or a file orjson refuses and the standard library reads: a whole number beyond 64 bits)."""
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
        return data

    def _check(self, data: dict) -> tuple[dict, int]:
        """``data``'s tables checked document by document, and its format version."""
        path = str(self.path)
        version = self._schema_version(data["meta"])
        for table in (*TABLES, *(t for t in OPTIONAL_TABLES if t in data)):
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

    def _plan(
        self, data: dict, year: int, *, table_only: bool = False, only: frozenset[str] | None = None
    ) -> Plan:
        """The plan of ``year`` from the checked tables; a bad or doubled record is refused, named.

        ``table_only``: the measures' table fields only (:meth:`load_table`). ``only``: just the
        measures with these uids (records checked already), numbered as the file numbers them.
        """
        path = str(self.path)
        header_id = next(i for i, doc in data["plans"].items() if doc["fiscal_year"] == year)
        try:
            plan = Plan.from_docs(data["plans"][header_id], [])
        except (RecordError, ArithmeticError) as exc:
            record = UserError("record.plan", doc_id=header_id)
            raise StoreError("store.bad_record_at", path=path, record=record, detail=_detail(exc)) from None
        for doc_id, doc in data["measures"].items():
            if doc["fiscal_year"] != year or (only is not None and doc.get("uid") not in only):
                continue
            try:
                plan.measures.append(Measure.from_doc(doc, table_only=table_only))
            except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
                record = _measure_record(doc_id, doc)
                raise StoreError("store.bad_record_at", path=path, record=record, detail=_detail(exc)) from None
        if only is not None:
            return plan
        self._refuse_duplicate_uids(plan)  # named by the numbers the file holds
        numbers = [m.order for m in plan.measures]
        plan.renumber()  # numbered by dimension, as Plan.from_docs does (a hand-edited or older file)
        known = self._known
        if known is not None and known.data is data and numbers == [m.order for m in plan.measures]:
            known.checked.add(year)  # (numbered otherwise: the next save numbers the whole file)
        return plan

    def _refuse_duplicate_uids(self, plan: Plan) -> None:
        """Saves and edits find a record by its uid: two records with one uid would be mixed up.

        (Counted in sets first, quickly: the records are grouped to name them only when a uid is
        doubled.)"""
        by_uid: dict[str, list[Measure]] = defaultdict(list)
        if len({measure.uid for measure in plan.measures}) != len(plan.measures):
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
        doubled = [m for m in plan.measures if len({step.uid for step in m.steps}) != len(m.steps)]
        for measure in sorted(doubled, key=lambda m: m.order):  # the first in the table is named
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

    def _write_plan(self, data: dict, plan: Plan, kind: str, *, only: frozenset[str] | None = None) -> None:
        """Write ``plan`` into ``data`` through TinyDB, touching only the documents that differ.

        Writes the file only when something changed, with the history entries of what changed
        (``kind``: the change's name) appended first (:mod:`tui_app.store.history_log`).
        Documents are compared first so that a save costs one pass over the table (not one per
        measure) however large the plan is. ``only``: ``plan`` holds just the measures with these
        uids (:meth:`apply`); the other documents stay as they are, not looked at.
        """
        self.last_entries = []
        known, self._known = self._known, None  # ``data`` is about to differ from the file's bytes
        db = TinyDB(data, storage=_InMemory)
        storage = db.storage
        assert isinstance(storage, _InMemory)
        year = plan.fiscal_year
        plans, measures = db.table("plans"), db.table("measures")
        changed = False
        header = plan.header_doc()
        stored_header = plans.get(Query().fiscal_year == year)
        before_header = None if stored_header is None else dict(stored_header)
        # fields of the header this program does not know (yet) are kept as they are
        if stored_header is None or {key: stored_header.get(key) for key in header} != header:
            plans.upsert(header, Query().fiscal_year == year)
            changed = True
        stored = {
            doc["uid"]: Document(doc, int(doc_id))
            for doc_id, doc in storage.data["measures"].items()
            if doc["fiscal_year"] == year and (only is None or doc.get("uid") in only)
        }
        updates, inserts = [], []
        old_docs: dict[str, dict] = {}
        for measure in plan.measures:
            doc = {**measure.to_doc(), "fiscal_year": year}
            old = stored.pop(measure.uid, None)
            if old is None:
                inserts.append(doc)
            elif dict(old) != doc:
                updates.append((doc, old.doc_id))
                old_docs[measure.uid] = dict(old)  # before the update below changes it in place
        if updates:
            # each document replaced where it is (TinyDB's update would convert every key of the
            # table to a number and back, and one update per document would rewrite the table
            # each time: quadratic when a removal numbers every later measure again)
            table = storage.data["measures"]
            for doc, doc_id in updates:
                table[str(doc_id)] = doc
        if inserts:
            measures.insert_multiple(inserts)
        if stored:
            measures.remove(doc_ids=[doc.doc_id for doc in stored.values()])
        if changed or updates or inserts or stored:
            entries = history.diff(
                before_header,
                {**(before_header or {}), **header} if changed else before_header,
                {**old_docs, **{uid: dict(doc) for uid, doc in stored.items()}},
                {doc["uid"]: doc for doc, _ in (*updates, *((d, None) for d in inserts))},
            )
            self.last_entries = history.stamp(entries, who=self.who, kind=kind, fiscal_year=year)
            backups.daily_backup(self.path, self.clock().date(), self.backup_policy)
            if self.last_entries:
                try:
                    saved = history_log.append(self.path, history_log.committed(data), self.last_entries)
                except OSError as exc:
                    log = str(history_log.history_path(self.path))
                    raise StoreError("store.write_failed", path=log, detail=exc.strerror or str(exc)) from exc
                history_log.set_committed(storage.data, saved)
            data = storage.data
            payload = encode(data)
            atomic_write(self.path, payload)
            # still checked: the years checked before, and this one (its records written from a plan)
            checked = known.checked if known is not None and known.data is data else set()
            self._known = _Known(_digest(payload), data, {}, checked=checked | {year})
        else:
            self._known = known


def upgrade(data: dict, version: int) -> dict:
    """``data`` (checked tables of format ``version``) in this program's format, changed in place."""
    if version < 2:
        for header in data["plans"].values():
            for key in V2_HEADER_TEXT:
                header.setdefault(key, "")
    for meta in data["meta"].values():
        meta["schema_version"] = SCHEMA_VERSION
    return data


def _differences(current: dict, target: dict) -> list[history.Entry]:
    """The entries, year by year, that turn the records of ``current`` into those of ``target``."""
    entries = []
    years = {d.get("fiscal_year") for d in (*current["plans"].values(), *target["plans"].values())}
    for year in sorted(y for y in years if isinstance(y, int)):
        (old_header, old_measures), (new_header, new_measures) = _year_docs(current, year), _year_docs(target, year)
        found = history.diff(old_header, new_header, old_measures, new_measures)
        entries += [{**e, "fiscal_year": year} for e in found]
    return entries


def _year_docs(data: dict, year: int) -> tuple[dict | None, dict[str, dict]]:
    header = next((dict(d) for d in data["plans"].values() if d.get("fiscal_year") == year), None)
    measures = {d.get("uid"): dict(d) for d in data["measures"].values() if d.get("fiscal_year") == year}
    return header, measures


def _digest(raw: bytes) -> bytes:
    """What tells two states of the file apart (with its length)."""
    return hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "little")


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
