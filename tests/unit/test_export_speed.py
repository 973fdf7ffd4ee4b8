"""The quick paths of the exports must give what the long ones give.

- Wrapping: a paragraph that fits its line is not sent to ICU (:func:`tui_app.thai._fits`); the
  lines must be those the full path (:func:`tui_app.thai.line_spans`) makes, for any text.
- Display width: printable ASCII is measured without wcwidth, and the text counted as additive
  (:data:`tui_app.thai._ADDITIVE_TEXT`) must really be so under the installed wcwidth.
- The export command reads only the status table's fields (:meth:`PlanStore.load_table`): the
  same table as from the whole plan, a damaged table field still refused.
"""

from __future__ import annotations

import gc
import io
import itertools
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icu4py.breakers import LineBreaker

from tui_app import thai
from tui_app.errors import StoreError
from tui_app.export import EXPORT_FORMATS, ExportOptions, render
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes

ROOT = REPO

#: Thai letters, vowels, tone marks, digits; Latin; spaces, ZERO WIDTH SPACE; and what is not
#: additive (emoji with VS16, a ZWJ sequence, wide CJK, Hangul jamo) so both paths are taken
THAI = [chr(c) for c in range(0x0E01, 0x0E3B)] + [chr(c) for c in range(0x0E3F, 0x0E5C)]
ALPHABET = st.sampled_from(
    [*THAI, *"abc XYZ-,.()/", " ", " ", "\u200b", "\t", "❤\ufe0f", "👩\u200d💻", "漢", "\u1100\u1161", "\u00a0"]
)
#: mostly what is not additive, or takes two cells: few characters that do not fit in as many cells
ODD = st.sampled_from(["漢", "❤\ufe0f", "👩\u200d💻", "\u1100\u1161", "a", " ", "ก", "\u0e31", "\u200b"])
THAI_WORDS = st.sampled_from(
    ["โครงการ", "ส่งเสริม", "คุณธรรม", "จริยธรรม", "การป้องกัน", "ทุจริต", "น้ำ", "ตำบล", "อิเล็กทรอนิกส์", " ", "\u200b", "2566"]
)


def lines_the_long_way(text: str, width: int) -> list[str]:
    """What :func:`thai.wrap_display` gives when every paragraph goes through ICU."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        spans = thai.line_spans(paragraph, width)
        lines.extend(paragraph[s:e].replace("\u200b", "").strip(" ") for s, e in spans)
    return lines


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(
        st.lists(ALPHABET, max_size=60).map("".join),
        st.lists(THAI_WORDS, max_size=15).map("".join),
        st.lists(st.one_of(THAI_WORDS, st.just("\n")), max_size=12).map("".join),
    ),
    width=st.integers(min_value=1, max_value=70),
)
def test_quick_wrapping_gives_the_lines_icu_gives(text: str, width: int) -> None:
    assert thai.wrap_display(text, width) == lines_the_long_way(text, width)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(ODD, max_size=12).map("".join), width=st.integers(min_value=1, max_value=12))
@example(text="漢漢", width=3)  # fewer characters than cells, yet two lines
@example(text="❤\ufe0f ❤\ufe0f", width=4)
def test_quick_wrapping_of_wide_and_joined_characters(text: str, width: int) -> None:
    assert thai.wrap_display(text, width) == lines_the_long_way(text, width)


@settings(max_examples=200, deadline=None)
@given(paragraph=st.lists(THAI_WORDS, max_size=15).map("".join), width=st.integers(min_value=1, max_value=70))
def test_a_paragraph_said_to_fit_is_one_line_for_icu_too(paragraph: str, width: int) -> None:
    if thai._fits(paragraph, width):
        assert len(thai.line_spans(paragraph, width)) == 1
    else:
        assert thai.display_width(paragraph) > width or thai._ADDITIVE_TEXT.fullmatch(paragraph) is None


def test_additive_text_is_additive_under_this_wcwidth() -> None:
    """Every pair of the characters the quick path trusts measures as the sum of its two."""
    from wcwidth import wcswidth

    pattern = thai._ADDITIVE_TEXT.pattern
    chars = [chr(c) for c in range(0x20, 0x3000) if thai._ADDITIVE_TEXT.fullmatch(chr(c))]
    assert "ก" in chars and "\u0e31" in chars and "\u200b" in chars and "\t" not in chars, pattern
    widths = {c: wcswidth(c) for c in chars}
    assert all(w in (0, 1) for w in widths.values())  # no character of two cells (len <= width)
    wrong = [a + b for a, b in itertools.product(chars, chars) if wcswidth(a + b) != widths[a] + widths[b]]
    assert wrong == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127)))
def test_ascii_width_without_wcwidth_is_wcwidths(text: str) -> None:
    from wcwidth import wcswidth

    expected = wcswidth(text)
    if expected < 0:  # a control character: counted as 0 cells each
        expected = sum(max(wcswidth(c), 0) for c in text)
    assert thai.display_width(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_icu_pieces_put_together_are_the_text(text: str) -> None:
    """ICU's pieces are used as they come (not cut again from the text): they must add up to it."""
    pieces = thai._line_pieces(text)
    assert "".join(pieces) == text


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(
        st.one_of(st.lists(THAI_WORDS, max_size=12).map("".join), st.lists(ALPHABET, max_size=30).map("".join)),
        min_size=2,
        max_size=8,
    ),
    width=st.integers(min_value=1, max_value=30),
)
def test_breaks_found_in_one_pass_are_those_found_one_by_one(texts: list[str], width: int) -> None:
    """A table's cells cut by ICU in one pass (joined by new lines) wrap as each cut alone."""
    alone = [lines_the_long_way(text, width) for text in texts]
    thai._line_pieces.cache_clear()
    thai._words.cache_clear()
    thai.prepare_breaks(texts, width)
    assert [thai.wrap_display(text, width) for text in texts] == alone
    for paragraph, pieces in list(thai._prepared.items()):  # what was found: what ICU finds alone
        assert pieces == tuple(thai._icu_pieces(LineBreaker, paragraph))


def test_the_text_export_cuts_its_cells_in_one_pass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    plan = PlanStore(path).load_table()
    passes: list[int] = []
    prepare = thai.prepare_breaks

    def counted(texts, width):
        texts = list(texts)
        passes.append(len(texts))
        prepare(texts, width)

    monkeypatch.setattr("tui_app.export.prepare_breaks", counted)
    thai._line_pieces.cache_clear()
    thai._words.cache_clear()
    out = render(plan, ExportOptions(format="text", width=20)).decode()
    assert passes == [2 * len(plan.measures)]  # each title and each remarks cell
    assert thai._prepared == {}  # every paragraph found was taken by the wrapping that followed
    assert out.count("\n") > 2 * len(plan.measures)  # (titles wrapped at 20 cells)


# --- the export reads the table only -----------------------------------------------------------


@pytest.fixture()
def sample_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    path.write_bytes(sample_bytes())
    return path


def _contents(data: bytes) -> object:
    """An export's bytes, or, for a zip (xlsx), its members' bytes: a zip stamps each member with
    the time it was written, to two seconds, so two renders a moment apart may differ there."""
    if not data.startswith(b"PK"):
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_load_table_holds_the_table_fields_of_load(sample_path: Path) -> None:
    whole = PlanStore(sample_path).load()
    table = PlanStore(sample_path).load_table()
    assert [m.steps for m in table.measures] == [[] for _ in table.measures]
    assert [m.result for m in table.measures] == ["" for _ in table.measures]

    def shown(measure):
        return (measure.uid, measure.order, measure.title, measure.dimension, measure.budget,
                measure.disbursed, measure.status, measure.remarks, measure.national, measure.kind)

    assert [shown(m) for m in table.measures] == [shown(m) for m in whole.measures]
    assert table.dimensions == whole.dimensions and table.organization == whole.organization
    for fmt in (name for name, f in EXPORT_FORMATS.items() if not f.whole_plan):
        options = ExportOptions(format=fmt)
        assert _contents(render(table, options)) == _contents(render(whole, options)), fmt


def test_export_command_gives_what_the_whole_plan_gives(sample_path: Path) -> None:
    whole = PlanStore(sample_path).load()
    for fmt in ("text", "csv", "tsv"):
        done = subprocess.run(
            [sys.executable, "-m", "tui_app", "--db", str(sample_path), "export", "--format", fmt],
            capture_output=True,
            cwd=ROOT,
            timeout=60,
            check=True,
        )
        assert done.stdout == render(whole, ExportOptions(format=fmt)), fmt


def test_export_command_leaves_the_garbage_collector_as_it_was(sample_path: Path, capsysbinary) -> None:
    """The command reads without collecting and sets the plan aside (gc.freeze): not beyond its end."""
    from tui_app import cli

    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert cli.main(["--db", str(sample_path), "export", "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"\xef\xbb\xbf")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert cli.main(["--db", str(sample_path), "--year", "1999", "export"]) == 1  # refused: no such year
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_load_table_refuses_a_damaged_table_field_and_writes_nothing(sample_path: Path) -> None:
    data = json.loads(sample_path.read_bytes())
    data["measures"]["4"]["title"] = None
    raw = json.dumps(data, ensure_ascii=False, indent=1).encode()
    sample_path.write_bytes(raw)
    with pytest.raises(StoreError) as info:
        PlanStore(sample_path).load_table()
    assert "title is missing" in info.value.message("en")
    assert sample_path.read_bytes() == raw
    assert sorted(p.name for p in sample_path.parent.iterdir()) == ["plan.json"]  # not even a lock file


def test_load_table_of_a_missing_file_is_refused_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo.json"
    with pytest.raises(StoreError) as info:
        PlanStore(path).load_table()
    assert info.value.key == "store.missing"
    assert not path.exists()
