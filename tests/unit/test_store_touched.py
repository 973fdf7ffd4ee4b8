"""A save whose change names the measures it touches (``Change.touched``) builds, compares and
writes just those measures' documents, once the store has checked the file's records; a file
someone else saved (not checked yet), or numbered otherwise by hand, is still read, checked and
numbered in full."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui_app.changes import SetMeasureField, SetStepDone
from tui_app.errors import StoreError
from tui_app.model import Measure
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "plan.json"
    p.write_bytes(sample_bytes())
    store = PlanStore(p)
    store.open()
    store.apply(SetMeasureField("m02", "remarks", "เริ่มต้น"))  # written once by this program
    return p


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"from_doc": 0, "to_doc": 0}
    real_from, real_to = Measure.from_doc.__func__, Measure.to_doc

    def from_doc(cls, doc, **options):
        counts["from_doc"] += 1
        return real_from(cls, doc, **options)

    def to_doc(self):
        counts["to_doc"] += 1
        return real_to(self)

    monkeypatch.setattr(Measure, "from_doc", classmethod(from_doc))
    monkeypatch.setattr(Measure, "to_doc", to_doc)
    return counts


def _measures(path: Path) -> dict[str, dict]:
    return {doc["uid"]: doc for doc in json.loads(path.read_text("utf-8"))["measures"].values()}


def test_a_tick_builds_and_writes_its_measure_alone(path, monkeypatch):
    store = PlanStore(path)
    store.open()
    plan = store.load()
    before = _measures(path)
    step = plan.measure("m01").steps[0]
    counts = _count_builds(monkeypatch)
    store.apply(SetStepDone("m01", step.uid, not step.done))
    assert counts == {"from_doc": 1, "to_doc": 1}
    after = _measures(path)
    assert after["m01"]["steps"][0]["done"] is (not step.done)
    assert {uid: doc for uid, doc in after.items() if uid != "m01"} == {
        uid: doc for uid, doc in before.items() if uid != "m01"
    }
    # and again, from what this store wrote itself
    store.apply(SetMeasureField("m03", "remarks", "ต่อ"))
    assert counts == {"from_doc": 2, "to_doc": 2}
    fresh = PlanStore(path).load()
    assert fresh.measure("m01").steps[0].done is (not step.done) and fresh.measure("m03").remarks == "ต่อ"
    assert store.last_entries and store.last_entries[0]["field"] == "remarks"


def test_after_someone_elses_save_the_whole_plan_is_read_and_checked_again(path, monkeypatch):
    store = PlanStore(path)
    store.open()
    PlanStore(path).apply(SetMeasureField("m04", "remarks", "ของคนอื่น"))
    counts = _count_builds(monkeypatch)
    store.apply(SetMeasureField("m05", "remarks", "ของฉัน"))
    assert counts["from_doc"] == len(_measures(path))  # every record built, so checked
    fresh = PlanStore(path).load()
    assert fresh.measure("m04").remarks == "ของคนอื่น" and fresh.measure("m05").remarks == "ของฉัน"
    # a record damaged by hand meanwhile: refused, named, and the file is not written
    data = json.loads(path.read_text("utf-8"))
    doc_id = next(i for i, d in data["measures"].items() if d["uid"] == "m06")
    data["measures"][doc_id]["steps"] = "not a list"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    damaged = path.read_bytes()
    with pytest.raises(StoreError):
        store.apply(SetMeasureField("m05", "remarks", "อีกครั้ง", expected="ของฉัน"))
    assert path.read_bytes() == damaged


def test_a_file_numbered_otherwise_is_numbered_in_full_at_its_first_save(path):
    data = json.loads(path.read_text("utf-8"))
    docs = sorted(data["measures"].values(), key=lambda d: d["order"])
    docs[0]["order"], docs[-1]["order"] = docs[-1]["order"], docs[0]["order"]  # a hand edit
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    store = PlanStore(path)
    store.open()
    shown = {m.uid: m.order for m in store.load().measures}
    store.apply(SetMeasureField("m02", "remarks", "แก้"))
    assert {uid: doc["order"] for uid, doc in _measures(path).items()} == shown
