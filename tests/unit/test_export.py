"""The exports (text, TSV, CSV) of the status table, and the safe file writer.

Golden files live in ``tests/golden/``; a test never rewrites them on its own. After a deliberate
change, regenerate them with ``UPDATE_GOLDEN=1 pytest tests/unit/test_export.py`` and read the diff.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import stat
from pathlib import Path

import pytest
from conftest import SOURCE_DOCUMENT, SOURCE_DOCUMENT_MISSING, TESTS
from export_cases import BOM, DOCUMENT_TABLE, HOSTILE, awkward_plan, document_plan
from wcwidth import wcswidth

from tui_app.errors import UserError
from tui_app.export import (
    CSV_HEADERS,
    STYLES,
    ExportError,
    ExportExistsError,
    ExportOptions,
    check_options,
    default_filename,
    neutralize,
    render,
    render_csv,
    render_export,
    render_text,
    render_tsv,
)
from tui_app.model import STATUS_THAI, Plan, Status
from tui_app.report import TABLE_HEADERS, header_lines, signature_lines, status_text, summary_lines
from tui_app.store import PlanStore, write_export
from tui_app.summary import summarize
from tui_app.thai import clusters, display_width, wrap_display

GOLDEN = TESTS / "golden"
SAMPLE = TESTS.parent / "sample_data" / "plan.json"
SEED = SOURCE_DOCUMENT
W, P, C, X = Status.WAITING, Status.IN_PROGRESS, Status.COMPLETED, Status.CANNOT
@pytest.fixture()
def plan() -> Plan:
    return document_plan()


@pytest.fixture()
def sample_plan(tmp_path: Path) -> Plan:
    if not SAMPLE.is_file():
        pytest.skip("sample_data/plan.json is not there yet")
    store = PlanStore(tmp_path / "p.json")
    store.open()
    return store.load()


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.is_file(), f"no golden file {path}: run UPDATE_GOLDEN=1 pytest {__file__} and inspect it"
    expected = path.read_bytes()
    assert data.decode("utf-8") == expected.decode("utf-8"), f"{name} differs from its golden file"
    assert data == expected


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def table_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("+", "|"))]


# --- golden files -------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["grid", "simple", "plain", "github", "pipe", "simple_grid", "rst"])
def test_text_golden(plan: Plan, style: str) -> None:
    check_golden(f"text-{style}.txt", render(plan, ExportOptions(style=style)))


def test_text_golden_filtered_thai_digits(plan: Plan) -> None:
    options = ExportOptions(dimension=2, statuses=frozenset({P, C}), thai_digits=True, width=24)
    check_golden("text-grid-dimension2-thai-digits.txt", render(plan, options))


def test_text_golden_awkward(plan: Plan) -> None:
    check_golden("text-grid-awkward.txt", render(awkward_plan(), ExportOptions(width=20)))


def test_tsv_golden(plan: Plan) -> None:
    check_golden("table.tsv", render(plan, ExportOptions(format="tsv")))


def test_csv_golden(plan: Plan) -> None:
    check_golden("table.csv", render(plan, ExportOptions(format="csv")))
    check_golden("awkward.csv", render(awkward_plan(), ExportOptions(format="csv")))


# --- the document's table -----------------------------------------------------------------------


def check_document_table(plan: Plan) -> None:
    """The export of ``plan`` is the source document's table and summary."""
    rows = read_csv(render(plan, ExportOptions(format="csv")))
    assert rows[0] == list(CSV_HEADERS)
    body = rows[1:]
    assert len(body) == 15
    for row, (order, title, dimension, status, remarks) in zip(body, DOCUMENT_TABLE, strict=True):
        assert row[0] == str(order)
        assert row[1] == title
        assert row[2] == str(dimension)
        assert row[3:5] == ["0.00", "0.00"]
        assert row[5] == STATUS_THAI[status]
        assert row[6:10] == ["☑" if s is status else "" for s in Status]
        assert row[10] == remarks

    tsv = render(plan, ExportOptions(format="tsv")).decode("utf-8").splitlines()
    assert tsv[0].split("\t") == list(TABLE_HEADERS)
    assert [line.split("\t")[0] for line in tsv[1:]] == [str(n) for n in range(1, 16)]
    assert all(line.split("\t")[3:5] == ["0.00", "0.00"] for line in tsv[1:])
    assert tsv[4].split("\t")[-1].startswith("๑. คู่มือสำหรับนักพัฒนาชุมชน")

    text = render_text(plan, ExportOptions(width=0))
    for needle in (
        "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน 15 โครงการ",
        "- รอการรายงาน 0 โครงการ",
        "- อยู่ระหว่างดำเนินการ 5 โครงการ",
        "- ดำเนินการแล้วเสร็จ 10 โครงการ",
        "- ไม่สามารถดำเนินการได้ 0 โครงการ",
        "- เบิกจ่ายงบประมาณ 0.00 บาท คิดเป็นร้อยละ 0.00",
        "- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก (สีเขียว) ร้อยละ 83.33",
        "** ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566",
        "ชื่อ - สกุล ผู้รายงาน นายนครินทร์ วงศ์พงษ์ ตำแหน่ง ผ.ช.นิติกร",
    ):
        assert needle in text.splitlines()
    # each row of the text table: the order, then the title, the dimension, 0.00 0.00 and one ☑
    cells = [[c.strip() for c in line.split("|")[1:-1]] for line in table_lines(text) if line.startswith("|")]
    data_rows = [c for c in cells if c[0].isdigit()]
    assert [int(c[0]) for c in data_rows] == list(range(1, 16))
    for c, (_, title, dimension, status, remarks) in zip(data_rows, DOCUMENT_TABLE, strict=True):
        assert c[1:5] == [title, str(dimension), "0.00", "0.00"]
        assert c[5:9] == ["☑" if s is status else "" for s in Status]
        assert c[9] == remarks


def test_document_plan_reproduces_the_document(plan: Plan) -> None:
    check_document_table(plan)


def test_sample_plan_reproduces_the_document(sample_plan: Plan) -> None:
    check_document_table(sample_plan)


def test_sample_plan_rows_match_the_seed_tables(sample_plan: Plan) -> None:
    """Against the source document's own two table pieces, where it is at hand."""
    if not SEED.is_file():
        pytest.skip(SOURCE_DOCUMENT_MISSING)
    seed = SEED.read_text(encoding="utf-8").replace("\u0e4d\u0e32", "\u0e33")
    seed = seed.replace('<input checked="" type="checkbox"/>', "☑")
    seed_rows = {}
    for line in seed.splitlines():
        cells = line.split("\t")
        if len(cells) == 10 and cells[0].isdigit() and cells[3] == "0.00":
            seed_rows[int(cells[0])] = [c.strip() for c in cells]
    assert sorted(seed_rows) == list(range(1, 16))
    tsv = render(sample_plan, ExportOptions(format="tsv")).decode("utf-8").splitlines()[1:]
    assert [line.split("\t") for line in tsv] == [seed_rows[n] for n in range(1, 16)]


# --- text -------------------------------------------------------------------------------------


FRAMED = [
    "grid",
    "github",
    "pipe",
    "orgtbl",
    "psql",
    "simple_grid",
    "rounded_grid",
    "heavy_grid",
    "double_grid",
    "fancy_grid",
    "outline",
    "simple_outline",
]


ASCII_FRAMED = ("grid", "github", "pipe", "orgtbl", "psql", "outline")


def test_every_style_is_tested() -> None:
    assert set(FRAMED) | set(UNFRAMED) == set(STYLES)


@pytest.mark.parametrize("style", FRAMED)
@pytest.mark.parametrize("width", [0, 4, 12, 30, 57])
@pytest.mark.parametrize("make", [document_plan, awkward_plan], ids=["document", "awkward"])
def test_framed_tables_have_lines_of_one_display_width(make, style: str, width: int) -> None:
    text = render_text(make(), ExportOptions(style=style, width=width))
    table = text.split("\n\n")[1].splitlines()  # title, table, summary, signature
    assert len(table) > 3 and table_lines(text) == (table if style in ASCII_FRAMED else [])
    widths = {wcswidth(line) for line in table}
    assert len(widths) == 1, widths


UNFRAMED = ["simple", "plain", "rst", "presto"]


@pytest.mark.parametrize("style", UNFRAMED)
def test_unframed_columns_line_up(style: str) -> None:
    """Every ☑ in a status column sits at the same display column."""
    plan = document_plan()
    text = render_text(plan, ExportOptions(style=style, width=18))
    columns = {}
    for line in text.splitlines():
        if "☑" in line:
            at = display_width(line[: line.index("☑")])
            order = int(line.split()[0])
            columns.setdefault(next(m.status for m in plan.measures if m.order == order), set()).add(at)
    assert set(columns) == {P, C}
    assert all(len(at) == 1 for at in columns.values()), columns
    assert columns[P] != columns[C]


def test_amounts_keep_two_decimals_and_separators() -> None:
    plan = awkward_plan()
    text = render_text(plan, ExportOptions(width=0))
    assert "1,234,567.50" in text and "1,234.05" in text and "0.00" in text
    assert "1234567.5 " not in text
    tsv = render_tsv(plan, ExportOptions())
    assert tsv.splitlines()[1].split("\t")[3:5] == ["1,234,567.50", "1,234.05"]
    rows = read_csv(render(plan, ExportOptions(format="csv")))
    assert rows[1][3:5] == ["1234567.50", "1234.05"]
    assert rows[2][3:5] == ["0.00", "0.00"]


def test_thai_digits_apply_to_figures_not_to_text() -> None:
    plan = awkward_plan()
    text = render_text(plan, ExportOptions(thai_digits=True, width=0))
    assert "๑,๒๓๔,๕๖๗.๕๐" in text
    assert "ISO 9001" in text  # the user's text stays as written
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๗" in text
    assert "พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน" in text
    assert "จำนวน ๖ โครงการ" in text
    user_text = ("ISO 9001", HOSTILE)
    assert not re.search(r"[0-9]", re.sub("|".join(map(re.escape, user_text)), "", text))
    tsv = render_tsv(plan, ExportOptions(thai_digits=True)).splitlines()
    assert tsv[1].split("\t")[:5] == ["๑", tsv[1].split("\t")[1], "๑", "๑,๒๓๔,๕๖๗.๕๐", "๑,๒๓๔.๐๕"]
    # CSV stays machine-readable: Arabic digits whatever the option says
    assert render(plan, ExportOptions(format="csv", thai_digits=True)) == render(plan, ExportOptions(format="csv"))


def test_filter_by_dimension_and_status_summarizes_the_rows_shown(plan: Plan) -> None:
    text = render_text(plan, ExportOptions(dimension=2, statuses=frozenset({P}), width=0))
    lines = text.splitlines()
    assert lines[1] == "แสดงเฉพาะ มิติที่ 2 (การบริหารราชการด้วยความโปร่งใส); สถานะ อยู่ระหว่างดำเนินการ (1 จาก 15 รายการ)"
    assert (
        "- สรุปเฉพาะรายการที่แสดง: มิติที่ 2 (การบริหารราชการด้วยความโปร่งใส); สถานะ อยู่ระหว่างดำเนินการ (1 จาก 15 รายการ)" in lines
    )
    assert "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน 1 โครงการ" in lines
    assert "- อยู่ระหว่างดำเนินการ 1 โครงการ" in lines
    assert "- มีการนำแผนฯ ไปปฏิบัติ ระดับ ปานกลาง (สีส้ม) ร้อยละ 50.00" in lines
    orders = [int(c) for c in re.findall(r"^\|\s+(\d+) \|", text, re.M)]
    assert orders == [7]
    rows = read_csv(render(plan, ExportOptions(format="csv", dimension=4)))
    assert [r[0] for r in rows[1:]] == ["12", "13", "14", "15"]


def test_unfiltered_text_names_no_filter_and_all_statuses_is_no_filter(plan: Plan) -> None:
    text = render_text(plan, ExportOptions(statuses=frozenset(Status)))
    assert "แสดงเฉพาะ" not in text and "สรุปเฉพาะ" not in text


def test_without_summary(plan: Plan) -> None:
    text = render_text(plan, ExportOptions(include_summary=False))
    assert "สรุปผลการขับเคลื่อนแผนฯ" not in text
    assert "** ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566" in text
    assert "สรุปผลการขับเคลื่อนแผนฯ" in render_text(plan, ExportOptions())


def test_text_opens_with_the_title_line(plan: Plan) -> None:
    text = render_text(plan)
    assert (
        text.splitlines()[0] == "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของเทศบาลตำบลโพธิ์ทอง พ.ศ. 2566 รอบ 12 เดือน"
    )


def test_text_never_carries_control_characters() -> None:
    text = render_text(awkward_plan(), ExportOptions(width=0))
    assert "\x1b" not in text and "\t" not in text
    assert "red ใช่" in text and "[31m" not in text  # the whole escape sequence is dropped


def test_status_headers_are_wrapped_as_in_the_document_but_not_in_markdown(plan: Plan) -> None:
    grid = render_text(plan, ExportOptions(style="grid"))
    assert "อยู่ระหว่างดำเนินการ" not in table_lines(grid)[1]
    assert any("แล้วเสร็จ" in line for line in table_lines(grid)[:6])
    pipe = table_lines(render_text(plan, ExportOptions(style="pipe")))
    assert "ไม่สามารถดำเนินการได้" in pipe[0]
    assert re.fullmatch(r"\|[-:|]+\|", pipe[1]), "the second line of a Markdown table is its delimiter row"


def test_empty_table_still_has_its_header(plan: Plan) -> None:
    text = render_text(plan, ExportOptions(statuses=frozenset({X})))
    assert "ลำดับ" in text and "(0 จาก 15 รายการ)" in text
    assert "- มีการนำแผนฯ ไปปฏิบัติ ระดับ น้อยที่สุด (สีแดง) ร้อยละ 0.00" in text
    assert read_csv(render(plan, ExportOptions(format="csv", statuses=frozenset({X})))) == [list(CSV_HEADERS)]


def test_existing_report_functions_are_unchanged(plan: Plan) -> None:
    assert status_text(plan).startswith(header_lines(plan)[0] + "\nข้อมูล ณ วันที่ 6 พฤศจิกายน 2566\n\n")
    assert signature_lines(plan) == [
        "** ข้อมูล ณ วันที่ 6 พฤศจิกายน 2566",
        "ชื่อ - สกุล ผู้รายงาน นายนครินทร์ วงศ์พงษ์ ตำแหน่ง ผ.ช.นิติกร",
    ]
    assert summary_lines(summarize(plan.measures))[-1] == "- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก ร้อยละ 83.33"


# --- wrapping Thai ------------------------------------------------------------------------------

THAI_SAMPLES = [title for _, title, _, _, _ in DOCUMENT_TABLE] + [
    "น้ำท่วมขังที่ผู้ใหญ่บ้านแจ้งเมื่อวันที่สิบห้าเดือนที่แล้วยังไม่ได้รับการแก้ไขเลยค่ะ",
    "ที่นี่ๆ ไม่มีใครรู้ฯ ฯลฯ เก้าเก้าเก้า",
    "A very long English sentence without Thai, to be wrapped at spaces only.",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
]


@pytest.mark.parametrize("width", [1, 2, 3, 4, 5, 7, 10, 13, 20, 33])
@pytest.mark.parametrize("text", THAI_SAMPLES)
def test_wrap_never_parts_a_mark_from_its_base(text: str, width: int) -> None:
    lines = wrap_display(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert line == line.strip(" ")
        if line:
            assert display_width(line[0]) > 0, f"line starts with a mark: {line!r}"
        # only a single cluster wider than the line may overflow
        assert display_width(line) <= width or len(clusters(line)) == 1, (line, width)
    # every cluster of the text is whole on some line
    for cluster in clusters(text.replace(" ", "")):
        assert any(cluster in line for line in lines)


def test_wrap_breaks_between_thai_words() -> None:
    assert wrap_display("มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง", 30) == ["มาตรการจัดการในกรณีได้ทราบ หรือรับ", "แจ้ง"]
    assert wrap_display("มาตรการการสร้างความโปร่งใสในการบริหารงานบุคคล", 40) == [
        "มาตรการการสร้างความโปร่งใสในการบริหารงาน",
        "บุคคล",
    ]
    assert wrap_display("เทศบาลตำบลโพธิ์ทองและอำเภอ", 18) == ["เทศบาลตำบลโพธิ์ทอง", "และอำเภอ"]
    # a word wider than the line (ภายใน, 5 cells) is the only one split, between grapheme clusters
    assert wrap_display("ภายใน ทุจริต", 4) == ["ภายใ", "น", "ทุจริต"]
    assert wrap_display("a\nb c", 0) == ["a", "b c"]
    assert wrap_display("", 10) == [""]
    assert wrap_display("ก\u200bข  ค  ", 3) == ["กข", "ค"]  # ZERO WIDTH SPACE: a break hint, never output


# --- CSV --------------------------------------------------------------------------------------


def test_csv_reads_back_to_the_same_values_and_neutralizes_formulas() -> None:
    plan = awkward_plan()
    rows = read_csv(render(plan, ExportOptions(format="csv")))
    assert rows[0] == list(CSV_HEADERS)
    by_order = {int(r[0]): r for r in rows[1:]}
    assert by_order[2][1] == plan.measures[1].title
    assert by_order[2][10] == plan.measures[1].remarks
    assert by_order[3][1] == "" and by_order[3][10] == ""
    # hostile text round-trips, with the leading quote that keeps a spreadsheet from running it
    assert by_order[4][1] == "'" + HOSTILE
    assert by_order[4][10] == 'quote " and comma , and\nnew line\tand tab'
    assert by_order[5][1] == "'-ลดขั้นตอน"
    assert by_order[5][10] == "'@mention +plus"
    assert by_order[6][10] == "'\tนำด้วยแท็บ"
    assert by_order[6][1] == "red ใช่"  # the whole escape sequence is dropped
    for row in rows[1:]:
        for cell in (row[1], row[5], row[10]):
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", HOSTILE])
def test_neutralize(text: str) -> None:
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize("text", ["", "โครงการ", "1+1", "a=b", "'=already"])
def test_neutralize_leaves_plain_text(text: str) -> None:
    assert neutralize(text) == text


def test_csv_bom_and_plain_utf8(plan: Plan) -> None:
    with_bom = render(plan, ExportOptions(format="csv"))
    plain = render(plan, ExportOptions(format="csv", bom=False))
    assert with_bom.startswith(BOM) and not plain.startswith(BOM)
    assert with_bom[len(BOM) :] == plain
    assert plain.decode("utf-8").startswith("ลำดับ,รายการโครงการ (ตั้งต้น),มิติ")
    assert b"\r\n" in plain  # RFC 4180 line ends
    # the BOM is only for CSV
    assert not render(plan, ExportOptions(format="text")).startswith(BOM)
    assert not render(plan, ExportOptions(format="tsv")).startswith(BOM)
    # the preview (str) has no BOM
    assert render_export(plan, ExportOptions(format="csv")) == plain.decode("utf-8")
    assert render_csv(plan) == plain.decode("utf-8")


# --- TSV --------------------------------------------------------------------------------------


def test_tsv_one_row_per_line_cells_cleaned() -> None:
    plan = awkward_plan()
    lines = render_tsv(plan, ExportOptions()).splitlines()
    assert len(lines) == 1 + len(plan.measures)
    assert all(len(line.split("\t")) == len(TABLE_HEADERS) for line in lines)
    row4 = lines[4].split("\t")
    assert row4[1] == "'" + HOSTILE  # formula-safe, as in CSV
    assert row4[-1] == 'quote " and comma , and new line and tab'
    assert lines[6].split("\t")[-1] == "นำด้วยแท็บ"
    assert "\x1b" not in "".join(lines)


# --- options ----------------------------------------------------------------------------------


def test_default_options_and_filename(plan: Plan) -> None:
    options = ExportOptions()
    assert (options.format, options.style, options.width, options.dimension) == ("text", "grid", 30, None)
    assert options.statuses == frozenset(Status) and options.include_summary and options.bom
    assert not options.thai_digits
    assert default_filename(plan, options) == "status-2566.txt"
    assert default_filename(plan, ExportOptions(format="csv")) == "status-2566.csv"
    assert default_filename(plan, ExportOptions(format="tsv")) == "status-2566.tsv"


@pytest.mark.parametrize(
    ("options", "key"),
    [
        (ExportOptions(format="pdf"), "export.bad_format"),
        (ExportOptions(style="latex"), "export.bad_style"),
        (ExportOptions(width=2), "export.bad_width"),
        (ExportOptions(width=-1), "export.bad_width"),
        (ExportOptions(dimension=9), "export.no_dimension"),
        (ExportOptions(statuses=frozenset()), "export.no_status"),
    ],
)
def test_bad_options_are_user_errors(plan: Plan, options: ExportOptions, key: str) -> None:
    with pytest.raises(ExportError) as caught:
        render(plan, options)
    assert caught.value.key == key
    assert isinstance(caught.value, UserError)
    for lang in ("th", "en"):
        message = caught.value.message(lang)
        assert message != key and "\n" not in message
    with pytest.raises(ExportError):
        check_options(plan, options)


# --- writing files ------------------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_export_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "status-2566.csv"
    assert write_export(target, b"one") == target
    assert target.read_bytes() == b"one"
    with pytest.raises(ExportExistsError) as caught:
        write_export(target, b"two")
    assert isinstance(caught.value, FileExistsError) and isinstance(caught.value, UserError)
    assert str(target) in caught.value.message("en")
    assert target.read_bytes() == b"one"
    os.chmod(target, 0o640)
    write_export(target, b"three", overwrite=True)
    assert target.read_bytes() == b"three"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640  # an overwritten file keeps its mode
    assert leftovers(tmp_path) == ["status-2566.csv"]


def test_write_export_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        write_export(tmp_path / "nope" / "x.csv", b"data")
    assert caught.value.key == "export.no_folder"
    assert "nope" in caught.value.message("en")
    assert leftovers(tmp_path) == []


def test_write_export_to_a_directory(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    for overwrite in (False, True):
        with pytest.raises(ExportError) as caught:
            write_export(tmp_path / "d", b"data", overwrite=overwrite)
        assert caught.value.key == "export.is_directory"
    assert leftovers(tmp_path) == ["d"] and leftovers(tmp_path / "d") == []


def test_write_export_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(ExportError) as caught:
        write_export(tmp_path / "f" / "x.csv", b"data")
    assert caught.value.key == "export.no_folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_write_export_no_permission(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            write_export(folder / "x.csv", b"data")
        assert caught.value.key == "export.no_permission"
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o700)


def test_write_export_no_permission_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(ExportError) as caught:
        write_export(tmp_path / "x.csv", b"data")
    assert caught.value.key == "export.no_permission"
    monkeypatch.undo()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fail_at", ["write", "fsync", "link"])
def test_write_export_failure_midway_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    target = tmp_path / "x.txt"
    real_write = os.write

    def half_write(fd, data):
        real_write(fd, bytes(data[:3]))
        raise OSError(errno.ENOSPC, "No space left on device")

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(
        os,
        {"write": "write", "fsync": "fsync", "link": "link"}[fail_at],
        half_write if fail_at == "write" else broken,
    )
    with pytest.raises(ExportError) as caught:
        write_export(target, b"a long enough export")
    monkeypatch.undo()
    assert caught.value.key == "export.write_failed"
    assert "no partial file" in caught.value.message("en")
    assert leftovers(tmp_path) == []


def test_write_export_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.txt"
    target.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(ExportError):
        write_export(target, b"new", overwrite=True)
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == ["x.txt"]


def test_write_export_refuses_a_file_made_meanwhile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The no-overwrite check is made when the file is put in place, not only before."""
    target = tmp_path / "x.txt"
    real_fsync = os.fsync

    def fsync_then_someone_writes(fd):
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"someone else's")

    monkeypatch.setattr(os, "fsync", fsync_then_someone_writes)
    with pytest.raises(ExportExistsError):
        write_export(target, b"mine")
    monkeypatch.undo()
    assert target.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == ["x.txt"]


def test_write_export_of_a_render_reads_back(tmp_path: Path, plan: Plan) -> None:
    options = ExportOptions(format="csv")
    path = write_export(tmp_path / default_filename(plan, options), render(plan, options))
    assert path.name == "status-2566.csv"
    assert read_csv(path.read_bytes())[1][1] == "โครงการโรงเรียนคุณธรรม"
