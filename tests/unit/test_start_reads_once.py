"""A start reads the data file once: the session's first plan is the one :meth:`PlanStore.open`
built from the bytes it read and checked, as long as the file still holds them; a file saved by
someone else in between is read afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_app.changes import SetMeasureField
from tui_app.session import Session
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "plan.json"
    p.write_bytes(sample_bytes())
    return p


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every read of a data file's bytes by a store (the one place the store reads them)."""
    seen: list[Path] = []
    real = PlanStore._read_bytes

    def counting(self: PlanStore) -> bytes:
        seen.append(self.path)
        return real(self)

    monkeypatch.setattr(PlanStore, "_read_bytes", counting)
    return seen


@pytest.mark.parametrize("write", [True, False], ids=["to-edit", "read-only"])
def test_a_start_reads_the_data_file_once(path: Path, reads: list[Path], write: bool) -> None:
    store = PlanStore(path)
    store.open(write=write)
    session = Session(store)
    assert reads == [path]
    assert len(session.plan.measures) == 15
    assert not session.changed_elsewhere()


def test_a_second_load_reads_the_file_again(path: Path, reads: list[Path]) -> None:
    store = PlanStore(path)
    store.open()
    first, second = store.load(), store.load()
    assert reads == [path, path]
    assert first is not second  # each load gives a plan of its own to change


def test_a_save_by_someone_else_after_open_is_read_and_shown(path: Path, reads: list[Path]) -> None:
    store = PlanStore(path)
    store.open()
    uid = store.load().measures[0].uid  # (the opened plan is used up here) ...
    store.open()  # ... and kept afresh by a second open
    other = PlanStore(path)
    other.open()
    other.apply(SetMeasureField(uid, "remarks", "บันทึกโดยอีกคน"))
    reads.clear()
    session = Session(store)
    assert reads == [path]  # the file was replaced since open(): read again
    assert session.plan.measure(uid).remarks == "บันทึกโดยอีกคน"
