"""The store near the JSON floor: orjson's readable output, records used again only while the
file holds exactly what this store read or wrote, one pass over the documents per save, and the
file read once per start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tinydb.table import Table

from tui_app.changes import RemoveMeasure, SetMeasureField, SetStepDone
from tui_app.session import Session
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "plan.json"
    p.write_bytes(sample_bytes())  # the bundled sample, written by the standard library (indent 1)
    return p


def test_the_file_stays_readable_json_with_thai_as_thai_and_sorted_keys(path):
    store = PlanStore(path)
    store.open()
    store.apply(SetMeasureField("m01", "remarks", "หมายเหตุ ภาษาไทย"))
    text = path.read_text("utf-8")
    assert "หมายเหตุ ภาษาไทย" in text and "\\u0e" not in text  # Thai as Thai, not escaped
    assert text.endswith("}\n") and '\n  "measures": {\n' in text  # indented, one key a line
    data = json.loads(text)
    assert list(data) == sorted(data) and list(data["measures"]["1"]) == sorted(data["measures"]["1"])
    assert PlanStore(path).load().measure("m01").remarks == "หมายเหตุ ภาษาไทย"


def test_a_file_orjson_refuses_is_still_read_and_written(path):
    data = json.loads(path.read_text("utf-8"))
    data["plans"]["1"]["x_big"] = 2**70  # a whole number beyond 64 bits, from a hand edit
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    store = PlanStore(path)
    store.open()
    store.apply(SetMeasureField("m01", "remarks", "ยังบันทึกได้"))
    again = json.loads(path.read_text("utf-8"))
    assert again["plans"]["1"]["x_big"] == 2**70
    assert PlanStore(path).load().measure("m01").remarks == "ยังบันทึกได้"


def test_a_file_changed_by_someone_else_is_read_afresh_even_at_the_same_size(path):
    store = PlanStore(path)
    store.open()
    store.apply(SetMeasureField("m01", "remarks", "AAAA"))
    # another program changes the file to bytes of exactly the same length
    path.write_bytes(path.read_bytes().replace(b"AAAA", b"BBBB"))
    assert store.apply(SetMeasureField("m02", "remarks", "ของฉัน")) is not None
    assert store.others_saved
    fresh = PlanStore(path).load()
    assert fresh.measure("m01").remarks == "BBBB" and fresh.measure("m02").remarks == "ของฉัน"


def test_a_failed_write_leaves_nothing_of_it_in_memory(path, monkeypatch):
    store = PlanStore(path)
    store.open()
    store.apply(SetMeasureField("m01", "remarks", "ก่อน"))
    import tui_app.store.plan_store as plan_store
    from tui_app.errors import StoreError

    def full_disk(*_: object) -> None:
        raise StoreError("store.write_failed", path=str(path), detail="disk full")

    with monkeypatch.context() as m:
        m.setattr(plan_store, "atomic_write", full_disk)
        with pytest.raises(StoreError):
            store.apply(SetMeasureField("m01", "remarks", "ไม่ได้บันทึก"))
    store.apply(SetMeasureField("m02", "remarks", "ต่อมา"))
    fresh = PlanStore(path).load()
    assert fresh.measure("m01").remarks == "ก่อน" and fresh.measure("m02").remarks == "ต่อมา"


def test_removing_the_first_measure_updates_the_table_once(path, monkeypatch):
    store = PlanStore(path)
    store.open()
    first = store.load().measures_in_table_order()[0]
    calls = []
    real = Table.update
    monkeypatch.setattr(Table, "update", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
    store.apply(RemoveMeasure(first.uid))  # every later measure is numbered again
    assert len(calls) <= 1  # the documents are replaced in one pass, never one table rewrite each
    orders = sorted(m.order for m in PlanStore(path).load().measures)
    assert orders == list(range(1, 15))


def test_a_start_reads_and_checks_the_file_once_and_a_tick_copies_nothing(path, monkeypatch):
    parsed, copies = [], []
    real_parse = PlanStore._parse
    monkeypatch.setattr(PlanStore, "_parse", lambda self, raw: parsed.append(1) or real_parse(self, raw))
    store = PlanStore(path)
    store.open()
    session = Session(store)
    assert len(parsed) == 1
    import copy

    monkeypatch.setattr(copy, "deepcopy", lambda *a, **k: copies.append(1))
    m = session.plan.measures_in_table_order()[0]
    assert session.submit(SetStepDone(m.uid, m.steps[0].uid, True)).saved
    assert len(parsed) == 1 and copies == []  # the save used what was read at the start
    assert PlanStore(path).load().measure(m.uid).steps[0].done is True
