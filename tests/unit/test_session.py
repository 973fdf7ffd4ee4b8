"""The session: unsaved changes stay on screen and are saved later; others' saves are noticed."""

from __future__ import annotations

import os

from tui_app.changes import SetMeasureField, SetStepDone
from tui_app.errors import ConflictError, StoreError, ValidationError
from tui_app.session import Session
from tui_app.store import PlanStore


def test_a_change_is_saved_at_once(store):
    session = Session(store)
    m = session.plan.measures_in_table_order()[0]
    out = session.submit(SetStepDone(m.uid, m.steps[0].uid, True))
    assert out.saved and not session.unsaved
    assert PlanStore(store.path).load().measure(m.uid).steps[0].done is True


def test_a_refused_change_leaves_everything_as_it_was(store):
    session = Session(store)
    before = store.path.read_bytes()
    out = session.submit(SetMeasureField("m01", "dimension", 9))
    assert not out.saved and isinstance(out.error, ValidationError)
    assert out.error.key == "error.no_dimension"
    assert store.path.read_bytes() == before
    assert session.plan.measure("m01").dimension == 1


def test_a_failed_save_stays_pending_on_screen_then_is_saved(store, monkeypatch):
    session = Session(store)
    real_write = os.write

    def full_disk(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    out = session.submit(SetMeasureField("m01", "remarks", "ยังไม่บันทึก"))
    assert not out.saved and isinstance(out.error, StoreError)
    assert session.unsaved
    assert session.plan.measure("m01").remarks == "ยังไม่บันทึก"  # shown, marked unsaved
    assert PlanStore(store.path).load().measure("m01").remarks == ""
    monkeypatch.setattr(os, "write", real_write)
    assert session.flush().saved
    assert not session.unsaved
    assert PlanStore(store.path).load().measure("m01").remarks == "ยังไม่บันทึก"


def test_someone_elses_save_is_noticed_and_merged(store):
    mine, theirs = Session(store), Session(PlanStore(store.path))
    assert not mine.changed_elsewhere()
    theirs.submit(SetMeasureField("m02", "remarks", "จากอีกคน"))
    assert mine.changed_elsewhere()
    mine.reload()
    assert mine.plan.measure("m02").remarks == "จากอีกคน"
    assert not mine.changed_elsewhere()
    mine.submit(SetMeasureField("m03", "remarks", "ของฉัน"))
    fresh = PlanStore(store.path).load()
    assert fresh.measure("m02").remarks == "จากอีกคน" and fresh.measure("m03").remarks == "ของฉัน"


def test_a_conflicting_text_edit_is_reported_not_written(store):
    mine, theirs = Session(store), Session(PlanStore(store.path))
    start = mine.plan.measure("m02").result
    theirs.submit(SetMeasureField("m02", "result", "ผลใหม่ของอีกคน", expected=start))
    out = mine.submit(SetMeasureField("m02", "result", "ผลของฉัน", expected=start))
    assert isinstance(out.error, ConflictError)
    assert PlanStore(store.path).load().measure("m02").result == "ผลใหม่ของอีกคน"
    # the session now shows the other person's text, so a deliberate second save can replace it
    assert mine.plan.measure("m02").result == "ผลใหม่ของอีกคน"
    assert not mine.changed_elsewhere()
