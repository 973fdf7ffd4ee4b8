"""Thai never breaks inside a word: the text export and the screens break lines only where ICU's
line breaker (with its Thai dictionary) allows, a word wider than the whole line excepted.

The oracle is :func:`tui_app.thai.break_opportunities` (ICU); the checks read the export's text
and the terminal's rows as a person would see them, find each wrapped title in them, and look at
where its lines end.
"""

from __future__ import annotations

import dataclasses

import pytest
from conftest import open_measure, screen_text
from rich.console import Console
from rich.text import Text
from textual.content import Content

from tui_app.export import ExportOptions, render_text
from tui_app.model import Plan
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes
from tui_app.thai import break_opportunities, clusters, display_width, line_spans, shorten_display, wrap_display


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    path = tmp_path_factory.mktemp("sample") / "plan.json"
    path.write_bytes(sample_bytes())
    return PlanStore(path).load()


def break_offsets(text: str, lines: list[str]) -> list[int]:
    """Where in ``text`` each line after the first starts (``lines``: ``text`` broken into lines)."""
    offsets, at = [], 0
    for n, line in enumerate(lines):
        while text[at : at + 1] in (" ", "\n"):
            at += 1
        assert text.startswith(line, at), (text, lines, n)
        if n:
            offsets.append(at)
        at += len(line)
    assert not text[at:].strip(), (text, lines)
    return offsets


def bad_breaks(text: str, lines: list[str], width: int | None = None) -> list[str]:
    """The breaks that fall inside a word, shown as ``before|after`` (a word wider than ``width``,
    split between grapheme clusters, is not counted)."""
    allowed = set(break_opportunities(text))
    bad = []
    for offset in break_offsets(text, lines):
        if offset in allowed:
            continue
        word_start = max([o for o in allowed if o < offset], default=0)
        word_end = min([o for o in allowed if o > offset], default=len(text))
        word = text[word_start:word_end].strip()
        if width is not None and display_width(word) > width:
            assert offset - word_start in {0, *_cluster_ends(text[word_start:word_end])}
            continue
        bad.append(text[word_start:offset] + "|" + text[offset:word_end].strip())
    return bad


def _cluster_ends(word: str) -> set[int]:
    ends, at = set(), 0
    for cluster in clusters(word):
        at += len(cluster)
        ends.add(at)
    return ends


# --- the pure wrapper --------------------------------------------------------------------------


def test_the_breaks_the_old_wrapper_made_are_not_opportunities() -> None:
    """The oracle itself: the word breaks seen before are inside words for ICU."""
    for before, after in [("ทุ", "จริต"), ("โปร่ง", "ใส"), ("ภาย", "ใน"), ("ตำ", "บล"), ("อิ", "เล็กทรอนิกส์")]:
        assert len(before) not in break_opportunities(before + after), before + after
    assert break_opportunities("ป้องกันการทุจริต") == [7, 10]  # ป้องกัน|การ|ทุจริต
    assert break_opportunities("a b\nค") == [2, 4]


@pytest.mark.parametrize("width", range(8, 61, 4))
def test_sample_texts_break_only_between_words(sample: Plan, width: int) -> None:
    texts = [m.title for m in sample.measures] + [d.title for d in sample.dimensions]
    texts += [s.text for m in sample.measures for s in m.steps] + [m.result for m in sample.measures if m.result]
    for text in texts:
        lines = wrap_display(text, width)
        assert all(display_width(line) <= width for line in lines), (text, width)
        assert bad_breaks(text, lines, width) == [], (text, width)


def test_a_word_wider_than_the_line_is_split_between_grapheme_clusters() -> None:
    assert wrap_display("อิเล็กทรอนิกส์", 4) == ["อิเล็ก", "ทรอนิ", "กส์"]
    assert line_spans("อิเล็กทรอนิกส์ ok", 4, split_long_words=False) == [(0, 14), (15, 17)]
    assert wrap_display("ไทย", 1) == ["ไ", "ท", "ย"]
    assert wrap_display("中文", 1) == ["中", "文"]  # a wide character alone overflows
    assert wrap_display("ก\ud800ข", 10) == ["ก\ud800ข"]  # a lone surrogate (damaged file) does not break it


# --- the text export -----------------------------------------------------------------------------


def grid_cells(table: str, column: int) -> list[list[str]]:
    """The lines of one column's cell in each body row of a tabulate ``grid`` table."""
    body = table.split("+====", 1)[1].split("\n", 1)[1]
    rows: list[list[str]] = []
    current: list[str] = []
    for line in body.split("\n"):
        if line.startswith("+"):
            rows.append(current)
            current = []
        elif line.startswith("|"):
            piece = line.split("|")[column + 1].strip()
            if piece:
                current.append(piece)
    return rows


def test_text_export_at_width_30_breaks_titles_only_between_words(sample: Plan) -> None:
    text = render_text(sample, ExportOptions(style="grid", width=30))
    titles = grid_cells(text, 1)
    measures = sorted(sample.measures, key=lambda m: (m.dimension, m.order))
    assert len(titles) == len(measures) == 15
    bad = {m.order: bad_breaks(m.title, lines) for m, lines in zip(measures, titles, strict=True)}
    assert {order: b for order, b in bad.items() if b} == {}
    remarks = grid_cells(text, 9)
    for m, lines in zip(measures, remarks, strict=True):
        assert bad_breaks(m.remarks, lines) == []
    assert sum(len(lines) > 1 for lines in titles) >= 9  # most titles do wrap at 30


@pytest.mark.parametrize("style", ["github", "pipe"])
def test_markdown_keeps_each_row_on_one_line(sample: Plan, style: str) -> None:
    first = sample.measures[0]
    two_lines = dataclasses.replace(first, remarks="ข้อหนึ่ง\nข้อสอง")
    plan = dataclasses.replace(sample, measures=[two_lines, *sample.measures[1:]])
    text = render_text(plan, ExportOptions(style=style, width=30))
    rows = [line for line in text.split("\n") if line.startswith("|")]
    assert len(rows) == 2 + 15  # the header, the delimiter row, one line for each measure
    for m in plan.measures:
        assert sum(m.title in row for row in rows) == 1, m.title
    assert sum("ข้อหนึ่ง<br>ข้อสอง" in row for row in rows) == 1


# --- Rich and Textual wrapping (labels, lists, dialogs) ------------------------------------------


def test_rich_and_textual_wrap_between_thai_words(app_factory) -> None:
    app_factory()  # the app installs the Thai line breaking when it is made
    title = "มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียนเกี่ยวกับการทุจริตของเทศบาลตำบลโพธิ์ทอง"
    for width in range(10, 50, 3):
        console = Console(width=width, file=None, record=True, legacy_windows=False)
        rich_lines = [line.plain for line in Text(title).wrap(console, width)]
        content_lines = [line.plain.strip() for line in Content(title).wrap(width)]
        assert bad_breaks(title, rich_lines) == [] and bad_breaks(title, content_lines) == [], width
        assert all(display_width(line) <= width for line in rich_lines + content_lines)


# --- the screens, at 80 and 120 columns ---------------------------------------------------------


def find_wrapped(rows: list[str], text: str) -> list[str] | None:
    """``text`` as the terminal shows it broken over consecutive rows (its lines), or None.

    Its first line ends a row or is followed by a space (another column); each next line is a row
    of its own (the other columns blank there), the last one maybe followed by a space and more.
    """
    for i, row in enumerate(rows):
        for k in range(len(text) - 1, 0, -1):
            first = text[:k]
            at = row.find(first)
            if at < 0 or row[at + k : at + k + 1] not in ("", " "):
                continue
            lines, pos, j = [first], k, i + 1
            while pos < len(text) and j < len(rows):
                rest = text[pos:].lstrip(" ")
                pos = len(text) - len(rest)
                shown = rows[j].strip()
                if shown and rest.startswith(shown):
                    piece = shown
                elif shown.startswith(rest + " "):  # the last line, more columns after it
                    piece = rest
                else:
                    break
                lines.append(piece)
                pos += len(piece)
                j += 1
            if pos == len(text):
                return lines
    return None


def check_screen(rows: list[str], texts: list[str], seen: dict[str, list[str]]) -> None:
    for text in texts:
        if any(text in row for row in rows):
            continue  # on one line
        lines = find_wrapped(rows, text)
        if lines is not None:
            seen[text] = lines


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_screens_break_titles_only_between_words(app_factory, sample: Plan, size: tuple[int, int]) -> None:
    app = app_factory()
    seen: dict[str, list[str]] = {}
    measure_titles = [m.title for m in sample.measures]
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        check_screen(screen_text(app).split("\n"), [d.title for d in sample.dimensions], seen)
        for dimension in sample.dimensions:
            await pilot.press(str(dimension.number))
            await pilot.pause()
            rows = screen_text(app).split("\n")
            shown = [m.title for m in sample.measures_of(dimension.number)]
            check_screen(rows, shown, seen)
            await pilot.press(*["down"] * len(shown))  # the last rows, when the table is taller than the screen
            await pilot.pause()
            rows = screen_text(app).split("\n")
            check_screen(rows, shown, seen)
            missing = [t for t in shown if t not in seen and not any(t in row for row in rows)]
            assert missing == [], missing
            await pilot.press("escape")
            await pilot.pause()
        # the measures whose title wraps on their own screen, and a few for their checklists
        wide = [m for m in sample.measures if display_width(m.title) > size[0] - 4]
        for measure in wide + [m for m in sample.measures[:3] if m not in wide]:
            await open_measure(pilot, measure.uid)
            rows = screen_text(app).split("\n")
            check_screen(rows, [measure.title, *(s.text for s in measure.steps)], seen)
            assert measure.title in seen or any(measure.title in row for row in rows), measure.title
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
    bad = {text: bad_breaks(text, lines) for text, lines in seen.items()}
    assert {text: b for text, b in bad.items() if b} == {}
    assert sum(text in measure_titles for text in seen) >= 5  # titles do wrap at this size


# --- one-line cells: shortened after a whole word ---------------------------------------------


def test_shorten_display_cuts_after_a_whole_word() -> None:
    title = "มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียน"
    assert shorten_display(title, 100) == title
    assert shorten_display(title, 20) == "มาตรการจัดให้มีระบบและ…"  # 19 cells and the "…"
    assert shorten_display(title, 19) == "มาตรการจัดให้มีระบบ…"
    assert shorten_display("อิเล็กทรอนิกส์", 5) == "อิเล็ก…"  # one word wider than the cell
    assert shorten_display("ข้อหนึ่ง\nข้อสอง", 40) == "ข้อหนึ่ง ข้อสอง"
    assert shorten_display("abc", 1) == "…" and shorten_display("abc", 0) == ""


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_status_table_shortens_titles_after_a_whole_word(app_factory, sample: Plan, size) -> None:
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await pilot.press("t")
        await pilot.pause()
        rows = screen_text(app).split("\n")
    shortened = 0
    for m in sample.measures:
        head = m.title[:6]
        row = next(r for r in rows if r.lstrip().startswith(f"{m.order} ") and head in r)
        shown = row[row.index(head) :].split("  ")[0].rstrip()
        if shown == m.title:
            continue
        assert shown.endswith("…"), shown
        prefix = shown[:-1].rstrip()
        assert m.title.startswith(prefix), (m.title, shown)
        cut = len(prefix)
        while m.title[cut : cut + 1] == " ":
            cut += 1
        assert cut in break_opportunities(m.title), f"{prefix}|{m.title[len(prefix):]}"
        shortened += 1
    assert shortened >= 5
