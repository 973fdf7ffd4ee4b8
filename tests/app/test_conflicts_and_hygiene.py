"""Someone else's save never silently lost, a read-only file never replaced, stored text never
able to drive the terminal."""

from __future__ import annotations

import json
import os

import pytest
from conftest import notifications

from tui_app.changes import RenameDimension, SetMeasureField
from tui_app.errors import ConflictError, StoreError
from tui_app.session import Session
from tui_app.store import PlanStore


def test_a_read_only_data_file_is_refused_not_replaced(store, monkeypatch):
    before = store.path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real_access(p, mode, **kw))
    with pytest.raises(StoreError) as info:
        store.apply(SetMeasureField("m01", "remarks", "x"))
    assert info.value.key == "store.read_only" and str(store.path) in str(info.value)
    assert store.path.read_bytes() == before


def test_an_amount_conflict_names_the_amount(store):
    PlanStore(store.path).apply(SetMeasureField("m01", "budget", "10"))
    with pytest.raises(ConflictError) as info:
        store.apply(SetMeasureField("m01", "budget", "77", expected=store.load().measure("m01").budget * 0))
    assert "budget" in str(info.value) and "งบประมาณ" in info.value.message("th")


def test_two_renames_of_one_dimension_do_not_overwrite_each_other(store):
    start = store.load().dimension(1).title
    PlanStore(store.path).apply(RenameDimension(1, "ชื่อของอีกคน", expected=start))
    with pytest.raises(ConflictError):
        store.apply(RenameDimension(1, "ชื่อของฉัน", expected=start))
    assert store.load().dimension(1).title == "ชื่อของอีกคน"


def test_text_in_a_hand_edited_file_is_cleaned_when_read(store):
    data = json.loads(store.path.read_text("utf-8"))
    first = next(iter(data["measures"].values()))
    first["title"] = "ชื่อ\x1b]0;PWNED\x07เรื่อง\x1b[2J"
    first["result"] = "บรรทัด ๑\r\nบรรทัด ๒\x07"
    first["steps"][0]["text"] = "ทํา\x9b31m"  # SARA AM in two characters, and a C1 escape
    store.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    measure = store.load().measure(first["uid"])
    assert measure.title == "ชื่อเรื่อง"
    assert measure.result == "บรรทัด ๑\nบรรทัด ๒"
    assert measure.steps[0].text == "ทำ"


def test_a_pending_text_refused_later_is_given_back(store, monkeypatch):
    session = Session(store)
    start = session.plan.measure("m02").result
    monkeypatch.setattr(os, "write", lambda fd, data: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    out = session.submit(SetMeasureField("m02", "result", "ข้อความของฉัน", expected=start))
    assert isinstance(out.error, StoreError) and session.unsaved
    monkeypatch.undo()
    PlanStore(store.path).apply(SetMeasureField("m02", "result", "ของอีกคน", expected=start))
    out = session.flush()
    assert [(c.typed_text, type(e)) for c, e in out.dropped] == [("ข้อความของฉัน", ConflictError)]
    assert PlanStore(store.path).load().measure("m02").result == "ของอีกคน"


async def test_the_app_tells_the_user_the_text_it_could_not_save(app_factory, plan_path, monkeypatch):
    app = app_factory()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        start = app.session.plan.measure("m02").result
        monkeypatch.setattr(os, "write", lambda fd, data: (_ for _ in ()).throw(OSError(28, "No space left on device")))
        app.submit(SetMeasureField("m02", "result", "ข้อความของฉัน", expected=start))
        monkeypatch.undo()
        assert app.unsaved_count == 1
        PlanStore(plan_path).apply(SetMeasureField("m02", "result", "ของอีกคน", expected=start))
        app.poll()
        await pilot.pause()
        assert app.unsaved_count == 0
        assert any("ข้อความของฉัน" in n and "ผลการดำเนินการ" in n for n in notifications(app))
