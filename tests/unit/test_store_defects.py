"""Regression tests of the data file's defects (issue 7, items 10-18) and of the format migration.

Each test is named after its item. They use real files in ``tmp_path``; the command-line ones
are in ``test_cli_defects.py`` and the app's in ``test_app_store_defects.py``.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from damaged_files import BAD_FILES, V1_FILE, sample_data, write

from tui_app import model
from tui_app.changes import AddStep, SetMeasureField, SetPlanField, SetStepText
from tui_app.errors import StoreError, ValidationError
from tui_app.export import ExportOptions, neutralize, render_csv, render_tsv
from tui_app.model import clean_text, printable
from tui_app.store import SCHEMA_VERSION, PlanStore
from tui_app.store.plan_store import sample_bytes
from tui_app.store.settings import save_setting


def open_error(path: Path, **kw) -> StoreError:
    with pytest.raises(StoreError) as info:
        PlanStore(path).open(**kw)
    return info.value


# --- item 10: a duplicated uid ---------------------------------------------------------------------


def test_item10_duplicate_measure_uid_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    first, second = data["measures"]["1"], data["measures"]["2"]
    second["uid"] = first["uid"]
    before = write(path, data)
    error = open_error(path)
    message = error.message("en")
    assert error.key == "store.duplicate_uid"
    assert first["uid"] in message and str(path) in message
    assert f"{first['order']} “" in message and f"{second['order']} “" in message  # both records named
    assert first["title"][:20] in message and second["title"][:20] in message
    assert "ลำดับ" in error.message("th")
    assert path.read_bytes() == before  # untouched, not repaired
    with pytest.raises(StoreError):
        PlanStore(path).load()  # every later read refuses it too (no save can double it)


def test_item10_duplicate_step_uid_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    measure = data["measures"]["3"]
    measure["steps"][1]["uid"] = measure["steps"][0]["uid"]
    before = write(path, data)
    error = open_error(path)
    message = error.message("en")
    assert error.key == "store.duplicate_uid"
    assert measure["steps"][0]["uid"] in message
    assert "steps 1, 2" in message and f"order {measure['order']}" in message
    assert path.read_bytes() == before


# --- item 11: malformed records ----------------------------------------------------------------------




@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_item11_malformed_record_is_one_clear_store_error(tmp_path: Path, case: str) -> None:
    raw, word = BAD_FILES[case]
    path = tmp_path / "plan.json"
    path.write_bytes(raw)
    actions = (
        lambda: PlanStore(path).open(),
        lambda: PlanStore(path).open(write=False),
        lambda: PlanStore(path).load(),
    )
    for action in actions:
        with pytest.raises(StoreError) as info:
            action()
        message = info.value.message("en")
        assert str(path) in message and word in message, message
        assert "None" not in message.replace(str(path), "")
        assert info.value.message("th")  # says it in Thai too
    assert path.read_bytes() == raw


def test_item11_title_null_never_shows_none(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    data["measures"]["4"]["title"] = None
    write(path, data)
    message = open_error(path).message("en")
    assert "order 4" in message and "title is missing" in message


def test_item11_newer_format_says_newer_program(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    before = write(path, data)
    error = open_error(path)
    assert error.key == "store.newer_schema"
    assert "newer program" in error.message("en") and f"version {SCHEMA_VERSION + 1}" in error.message("en")
    assert path.read_bytes() == before


# --- format version 2: migration of a version-1 file ------------------------------------------------


def test_schema_v1_file_is_migrated_on_open_with_a_byte_copy_kept(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    original = V1_FILE.read_bytes()
    path.write_bytes(original)
    os.chmod(path, 0o640)
    before = PlanStore(path).load()  # read in memory, not migrated
    assert path.read_bytes() == original
    store = PlanStore(path)
    store.open()
    backup = tmp_path / "plan.json.schema1.bak"
    assert store.migration_backup == backup
    assert backup.read_bytes() == original
    assert stat.S_IMODE(backup.stat().st_mode) == 0o640  # as private as the original
    data = json.loads(path.read_bytes())
    assert data["meta"]["1"]["schema_version"] == 2
    header = data["plans"]["1"]
    assert {k: header[k] for k in ("introduction", "department", "doc_number_prefix", "addressee")} == dict.fromkeys(
        ("introduction", "department", "doc_number_prefix", "addressee"), ""
    )
    old = json.loads(original)
    assert data["measures"] == old["measures"]  # nothing else changed
    assert {k: v for k, v in header.items() if k in old["plans"]["1"]} == old["plans"]["1"]
    assert store.load() == before
    # it saves as usual afterwards, and a second open migrates nothing
    store.apply(SetMeasureField(before.measures[0].uid, "remarks", "หมายเหตุ"))
    again = PlanStore(path)
    again.open()
    assert again.migration_backup is None and backup.read_bytes() == original


def test_schema_v1_existing_backup_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(V1_FILE.read_bytes())
    (tmp_path / "plan.json.schema1.bak").write_bytes(b"an older copy")
    store = PlanStore(path)
    store.open()
    assert (tmp_path / "plan.json.schema1.bak").read_bytes() == b"an older copy"
    assert store.migration_backup == tmp_path / "plan.json.schema1-2.bak"
    assert store.migration_backup.read_bytes() == V1_FILE.read_bytes()


def test_schema_v1_read_only_open_reads_in_memory_without_migrating(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(V1_FILE.read_bytes())
    store = PlanStore(path)
    store.open(create=False, write=False)
    assert store.read_only and store.load().organization
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]  # no copy, no lock file
    assert path.read_bytes() == V1_FILE.read_bytes()


def test_schema_v1_first_save_migrates_too(tmp_path: Path) -> None:
    """A store that never opened the file (no migration yet) still keeps the copy before saving."""
    path = tmp_path / "plan.json"
    path.write_bytes(V1_FILE.read_bytes())
    store = PlanStore(path)
    uid = store.load().measures[0].uid
    store.apply(SetMeasureField(uid, "remarks", "x"))
    assert (tmp_path / "plan.json.schema1.bak").read_bytes() == V1_FILE.read_bytes()
    assert json.loads(path.read_bytes())["meta"]["1"]["schema_version"] == 2


# --- item 13: reading needs no write access -----------------------------------------------------------


def test_item13_reading_writes_nothing_not_even_a_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    store = PlanStore(path)
    store.open(create=False, write=False)
    store.load()
    store.years()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_item13_a_file_that_cannot_be_saved_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw))
    store = PlanStore(path)
    store.open()
    assert store.read_only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


# --- item 14: symbolic links ----------------------------------------------------------------------------


def test_item14_lock_file_symlink_is_not_followed_nor_its_target_chmodded(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    private = tmp_path / "private.txt"
    private.write_text("mine")
    os.chmod(private, 0o600)
    (tmp_path / "plan.json.lock").symlink_to(private)
    store = PlanStore(path)
    uid = store.load().measures[0].uid
    with pytest.raises(StoreError) as info:
        store.apply(SetMeasureField(uid, "remarks", "x"))
    assert info.value.key == "store.lock_is_link" and "plan.json.lock" in info.value.message("en")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text() == "mine"
    assert path.read_bytes() == sample_bytes()


def test_item14_an_existing_lock_file_is_never_chmodded(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    lock = tmp_path / "plan.json.lock"
    lock.write_bytes(b"")
    os.chmod(lock, 0o644)
    store = PlanStore(path)
    store.apply(SetMeasureField(store.load().measures[0].uid, "remarks", "x"))
    assert stat.S_IMODE(lock.stat().st_mode) == 0o644


def test_item14_symlinked_data_file_keeps_the_shared_file_shared(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "plan.json"
    target.write_bytes(sample_bytes())
    os.chmod(target, 0o664)
    group = os.getgid() if os.geteuid() != 0 else 100
    if os.geteuid() == 0:
        os.chown(target, -1, group)
    link = tmp_path / "home" / "plan.json"
    link.parent.mkdir()
    link.symlink_to(target)
    store = PlanStore(link)
    store.open()
    store.apply(SetMeasureField(store.load().measures[0].uid, "remarks", "ผ่านลิงก์"))
    assert link.is_symlink() and os.readlink(link) == str(target)  # the link is still a link
    assert PlanStore(target).load().measures[0].remarks == "ผ่านลิงก์"  # the shared file was saved
    st = target.stat()
    assert stat.S_IMODE(st.st_mode) == 0o664 and st.st_gid == group
    assert (shared / "plan.json.lock").exists() and not (link.parent / "plan.json.lock").exists()
    assert [p.name for p in link.parent.iterdir()] == ["plan.json"]  # no temp file left beside the link


# --- item 15: settings ------------------------------------------------------------------------------------


def test_item15_settings_file_is_created_0600_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    old = os.umask(0o002)
    try:
        assert save_setting(path, "lang", "en")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"lang": "en"}


# --- item 16: size limits ----------------------------------------------------------------------------------


# the limits as the issue sets them (model.TEXT_LIMITS declares them once)
LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT = 10_000, 2_000


def test_item16_limits_are_declared_once() -> None:
    assert (model.LONG_TEXT_LIMIT, model.SHORT_TEXT_LIMIT) == (LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT)
    for name in ("result", "mission", "remarks", "problems", "suggestions", "introduction"):
        assert model.TEXT_LIMITS[name] == LONG_TEXT_LIMIT
    for name in ("title", "step", "organization", "dimension_title"):
        assert model.text_limit(name) == SHORT_TEXT_LIMIT


@pytest.mark.parametrize(
    ("make", "limit"),
    [
        (lambda text: SetMeasureField("m", "result", text), LONG_TEXT_LIMIT),
        (lambda text: SetMeasureField("m", "remarks", text), LONG_TEXT_LIMIT),
        (lambda text: SetMeasureField("m", "title", text), SHORT_TEXT_LIMIT),
        (lambda text: SetStepText("m", "s", text), SHORT_TEXT_LIMIT),
        (lambda text: AddStep("m", text), SHORT_TEXT_LIMIT),
        (lambda text: SetPlanField("problems", text), LONG_TEXT_LIMIT),
        (lambda text: SetPlanField("organization", text), SHORT_TEXT_LIMIT),
        (lambda text: SetPlanField("reporter", text), SHORT_TEXT_LIMIT),
    ],
)
def test_item16_text_over_its_limit_is_refused_at_entry(make, limit: int) -> None:
    make("ก" * limit)  # at the limit: accepted
    with pytest.raises(ValidationError) as info:
        make("ก" * (limit + 1))
    assert f"{limit:,}" in info.value.message("en") and f"{limit:,}" in info.value.message("th")


def test_item16_text_over_its_limit_in_the_file_is_refused_at_load_naming_the_record(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    data["measures"]["6"]["result"] = "ผ" * 50_000_00  # a 5 MB result
    before = write(path, data)
    error = open_error(path)
    message = error.message("en")
    assert "order 6" in message and "10,000" in message and "5,000,000" in message
    assert path.read_bytes() == before


def test_item16_a_long_step_in_the_file_names_the_step(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    data["measures"]["2"]["steps"][1]["text"] = "x" * 2_001
    write(path, data)
    message = open_error(path).message("en")
    assert "order 2" in message and "step 2" in message and "2,000" in message


# --- item 17: bidi and invisible characters ----------------------------------------------------------------

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji joined by ZWJ
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"


def test_item17_bidi_and_invisible_format_characters_are_stripped() -> None:
    hostile = "โครง\u202eการ\u2066ก\u2067ข\u2068ค\u2069 \u200eง\u200f\u061c\u200bจ\u2060\ufeff\u00ad a\u200db"
    assert clean_text(hostile) == "โครงการกขค งจ ab"
    assert printable("x\u202ey") == "xy"
    # kept: joiners inside emoji, a flag's tag sequence, the non-joiner some scripts spell with
    assert clean_text(f"ครอบครัว {FAMILY} {SCOTLAND} می\u200cخواهم") == f"ครอบครัว {FAMILY} {SCOTLAND} می\u200cخواهم"
    assert clean_text("\u200d" + FAMILY + "\u200d") == FAMILY


def test_item17_stripped_at_entry_and_on_read(tmp_path: Path) -> None:
    assert SetMeasureField("m", "result", "ผล\u202eลัพธ์").value == "ผลลัพธ์"
    path = tmp_path / "plan.json"
    data = sample_data()
    data["measures"]["1"]["title"] = "โครงการ\u202e\u2066ลับ\u2069\u200d"
    data["measures"]["1"]["steps"][0]["text"] = "ขั้น\u200bตอน"
    write(path, data)
    plan = PlanStore(path).load()
    measure = next(m for m in plan.measures if m.order == 1)
    assert measure.title == "โครงการลับ" and measure.steps[0].text == "ขั้นตอน"
    exported = render_tsv(plan, ExportOptions(format="tsv")) + render_csv(plan, ExportOptions(format="csv"))
    assert not any(ch in exported for ch in "\u202e\u2066\u2069\u200b")


# --- item 18: formula-safe TSV --------------------------------------------------------------------------------


def test_item18_tsv_cells_are_neutralized_like_csv(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = sample_data()
    hostile = {"1": "=HYPERLINK(\"x\")", "2": "+1+1", "3": "-2+3", "4": "@SUM(A1)"}
    for doc_id, title in hostile.items():
        data["measures"][doc_id]["title"] = title
    data["measures"]["5"]["remarks"] = "=cmd|' /C calc'!A0"
    write(path, data)
    plan = PlanStore(path).load()
    rows = [line.split("\t") for line in render_tsv(plan, ExportOptions(format="tsv")).splitlines()[1:]]
    titles = {row[0]: row[1] for row in rows}
    for order, title in hostile.items():
        assert titles[order] == neutralize(title) == "'" + title
    assert rows[4][-1] == "'=cmd|' /C calc'!A0"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
