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
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from tui_app.changes import Change
from tui_app.errors import StoreError
from tui_app.model import Plan
from tui_app.store.files import atomic_write, exclusive_lock, remove_stale_temps

SCHEMA_VERSION = 1
ENV_DB = "TUI_APP_DB"


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

    # --- opening ------------------------------------------------------------------------------

    def open(self) -> None:
        """Make sure the file exists and is sound; a missing one is created from the sample plan.

        A damaged file raises :class:`StoreError` and is never written to.
        """
        if not self.path.exists():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError("store.write_failed", path=str(self.path), detail=exc.strerror or str(exc)) from exc
        with exclusive_lock(self.path):
            remove_stale_temps(self.path)
            if not self.path.exists():
                data = json.loads(self._sample()) if self._sample else _empty_database()
                atomic_write(self.path, encode(data))
            self._plans(self._read())

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
        """The plan of ``year`` (the latest year when ``None``), read afresh from the file."""
        data = self._read()
        return self._plan(data, self._year(data, year))

    # --- saving -------------------------------------------------------------------------------

    def apply(self, change: Change, year: int | None = None) -> Plan:
        """Apply one change to the freshly read plan of ``year`` and save it; return the new plan.

        Raises the change's :class:`~tui_app.errors.ValidationError` (nothing is written) or
        :class:`StoreError` (the file keeps what it held).
        """
        with exclusive_lock(self.path):
            data = self._read()
            year = self._year(data, year)
            plan = self._plan(data, year)
            change.apply(plan)
            self._write_plan(data, plan)
            self.written_version = self.version()
            return plan

    def add_year(self, plan: Plan) -> None:
        """Store ``plan`` as a new fiscal year; a year already in the file is refused."""
        with exclusive_lock(self.path):
            data = self._read()
            years = self._plans(data)
            if plan.fiscal_year in years:
                raise StoreError("store.year_exists", path=str(self.path), year=plan.fiscal_year)
            self._write_plan(data, plan)

    def save_plan(self, plan: Plan) -> None:
        """Store a whole plan as its fiscal year (replacing that year, if it is there)."""
        with exclusive_lock(self.path):
            data = self._read()
            self._write_plan(data, plan)

    # --- inside ---------------------------------------------------------------------------------

    def _read(self) -> dict:
        path = str(self.path)
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise StoreError("store.unreadable", path=path, detail=exc.strerror or str(exc)) from exc
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
            raise StoreError("store.not_json", path=path, detail=f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
            raise StoreError("store.not_plan", path=path)
        versions = [doc.get("schema_version") for doc in data["meta"].values() if isinstance(doc, dict)]
        if versions != [SCHEMA_VERSION]:
            raise StoreError("store.unknown_schema", path=path, version=versions[0] if versions else "?", supported=SCHEMA_VERSION)
        for table in ("plans", "measures"):
            if not isinstance(data.setdefault(table, {}), dict):
                raise StoreError("store.not_plan", path=path)
        return data

    def _plans(self, data: dict) -> dict[int, dict]:
        try:
            return {int(doc["fiscal_year"]): doc for doc in data["plans"].values()}
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError("store.bad_record", path=str(self.path), detail=f"plans: {exc!r}") from None

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
        db = TinyDB(data, storage=_InMemory)
        header = db.table("plans").get(Query().fiscal_year == year)
        measures = db.table("measures").search(Query().fiscal_year == year)
        try:
            return Plan.from_docs(dict(header), [dict(m) for m in measures])
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise StoreError("store.bad_record", path=str(self.path), detail=f"{year}: {exc!r}") from None

    def _write_plan(self, data: dict, plan: Plan) -> None:
        """Write ``plan`` into ``data`` through TinyDB, touching only the documents that differ.

        Writes the file only when something changed. Documents are compared first so that a save
        costs one TinyDB update (not one per measure) however large the plan is.
        """
        db = TinyDB(data, storage=_InMemory)
        year = plan.fiscal_year
        plans, measures = db.table("plans"), db.table("measures")
        changed = False
        header = plan.header_doc()
        if plans.get(Query().fiscal_year == year) != header:
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
            atomic_write(self.path, encode(db.storage.data))


def _empty_database() -> dict:
    return {"meta": {"1": {"schema_version": SCHEMA_VERSION}}, "plans": {}, "measures": {}}
