"""``tui-app export``: options, standard output as bytes, files, errors as one line."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import REPO
from export_cases import BOM, HOSTILE, awkward_plan, document_plan, make_db, run

from tui_app.cli import main
from tui_app.export import CSV_HEADERS, ExportOptions, render
from tui_app.model import Measure, Status
from tui_app.store import PlanStore


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "plan.json", document_plan(), awkward_plan())


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- standard output ----------------------------------------------------------------------------


def test_csv_to_stdout_has_the_bom_and_the_rows(db: Path, capfdbinary) -> None:
    code, out, err = run(capfdbinary, "--db", str(db), "export", "--format", "csv", "--year", "2566")
    assert (code, err) == (0, "")
    assert out.startswith(BOM)
    assert out == render(document_plan(), ExportOptions(format="csv"))
    rows = csv_rows(out)
    assert rows[0] == list(CSV_HEADERS) and len(rows) == 16


def test_plain_utf8_leaves_out_the_bom(db: Path, capfdbinary) -> None:
    code, out, _ = run(capfdbinary, "export", "--db", str(db), "--year", "2566", "--format", "csv", "--plain-utf8")
    assert code == 0 and not out.startswith(BOM)
    assert out.decode("utf-8").startswith("ลำดับ,")


def test_text_is_the_default_and_the_latest_year(db: Path, capfdbinary) -> None:
    code, out, _ = run(capfdbinary, "--db", str(db), "export")
    assert code == 0
    text = out.decode("utf-8")
    assert "พ.ศ. 2567" in text.splitlines()[0]  # the latest year in the file
    # as read from the file: numbered by dimension, then order within it
    assert text == render(PlanStore(db).load(2567), ExportOptions()).decode("utf-8")


def test_text_options(db: Path, capfdbinary) -> None:
    code, out, _ = run(
        capfdbinary, "--db", str(db), "export", "--year", "2566", "--style", "github", "--width", "0",
        "--dimension", "2", "--status", "in_progress", "completed", "--thai-digits", "--no-summary",
    )  # fmt: skip
    assert code == 0
    expected = ExportOptions(
        style="github", width=0, dimension=2, statuses=frozenset({Status.IN_PROGRESS, Status.COMPLETED}),
        thai_digits=True, include_summary=False,
    )  # fmt: skip
    assert out == render(document_plan(), expected)
    text = out.decode("utf-8")
    assert "แสดงเฉพาะ มิติที่ ๒" in text and "สรุปผลการขับเคลื่อนแผนฯ" not in text
    assert re.search(r"^\|\s+๘ \| โครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ \(E-Service\) +\|", text, re.M)


@pytest.mark.parametrize(
    "status_args",
    [
        ["--status", "completed,cannot"],
        ["--status", "completed", "--status", "cannot"],
        ["--status", "ดำเนินการแล้วเสร็จ", "cannot"],
    ],
)
def test_status_spellings(db: Path, capfdbinary, status_args: list[str]) -> None:
    code, out, _ = run(capfdbinary, "--db", str(db), "--year", "2566", "export", "--format", "tsv", *status_args)
    assert code == 0
    orders = [line.split("\t")[0] for line in out.decode("utf-8").splitlines()[1:]]
    assert orders == ["3", "4", "5", "6", "8", "9", "11", "12", "14", "15"]


def test_tsv(db: Path, capfdbinary) -> None:
    code, out, _ = run(capfdbinary, "--db", str(db), "--year", "2567", "export", "--format", "tsv")
    assert code == 0
    lines = out.decode("utf-8").splitlines()
    assert lines[0].startswith("ลำดับ\tรายการโครงการ (ตั้งต้น)\t")
    # numbered by dimension when read; formula-safe, as in CSV
    assert lines[2].split("\t")[:3] == ["2", "'" + HOSTILE, "1"]


# --- files --------------------------------------------------------------------------------------


def test_out_writes_a_file_and_refuses_to_overwrite(db: Path, tmp_path: Path, capfdbinary) -> None:
    target = tmp_path / "status-2566.csv"
    code, out, err = run(capfdbinary, "--db", str(db), "--year", "2566", "export", "--out", str(target))
    assert (code, out, err) == (0, b"", "")
    data = target.read_bytes()
    assert data.startswith(BOM)  # the format comes from the extension
    assert csv_rows(data)[1][1] == "โครงการโรงเรียนคุณธรรม"

    code, out, err = run(capfdbinary, "--db", str(db), "--lang", "en", "--year", "2567", "export", "-o", str(target))
    assert code == 1 and out == b""
    assert err.count("\n") == 1 and err.startswith("tui-app: ")
    assert str(target) in err and "--overwrite" in err
    assert target.read_bytes() == data

    code, _, err = run(capfdbinary, "--db", str(db), "--year", "2567", "export", "-o", str(target), "--overwrite")
    assert (code, err) == (0, "")
    assert csv_rows(target.read_bytes())[1][3] == "1234567.50"


def test_explicit_format_wins_over_the_extension(db: Path, tmp_path: Path, capfdbinary) -> None:
    target = tmp_path / "table.csv"
    assert run(capfdbinary, "--db", str(db), "export", "--format", "tsv", "--out", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("ลำดับ\t")


@pytest.mark.parametrize(
    ("where", "needle"),
    [("missing/x.txt", "missing"), ("", "is a folder")],
)
def test_out_to_a_path_that_cannot_be_written(db: Path, tmp_path: Path, capfdbinary, where: str, needle: str) -> None:
    before = sorted(os.listdir(tmp_path))
    code, out, err = run(capfdbinary, "--db", str(db), "--lang", "en", "export", "--out", str(tmp_path / where))
    assert code == 1 and out == b""
    assert err.count("\n") == 1 and needle in err and "nothing was written" in err
    assert sorted(os.listdir(tmp_path)) == before


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "english"),
    [
        (["--style", "fancy"], "unknown table style “fancy”"),
        (["--format", "pdf"], "unknown format “pdf”"),
        (["--width", "wide"], "--width: “wide” is not a whole number"),
        (["--width", "2"], "width 2 cannot be used"),
        (["--dimension", "9"], "has no dimension 9"),
        (["--status", "done"], "unknown status “done”"),
        (["--year", "2599"], "there is no fiscal year 2599"),
    ],
)
def test_bad_options_say_one_line(db: Path, capfdbinary, args: list[str], english: str) -> None:
    code, out, err = run(capfdbinary, "--db", str(db), "--lang", "en", "export", *args)
    assert code == 1 and out == b""
    assert err.count("\n") == 1 and err.startswith("tui-app: ") and english in err
    code, _, thai = run(capfdbinary, "--db", str(db), "--lang", "th", "export", *args)
    assert code == 1 and thai.count("\n") == 1 and thai != err


def test_thai_digits_in_numeric_options(db: Path, capfdbinary) -> None:
    code, out, _ = run(capfdbinary, "--db", str(db), "--year", "2566", "export", "--format", "tsv", "--dimension", "๓")
    assert code == 0
    assert [line.split("\t")[0] for line in out.decode("utf-8").splitlines()[1:]] == ["10", "11"]


def test_help_names_the_options(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", "--help"])
    assert caught.value.code == 0
    text = capsys.readouterr().out
    for option in ("--format", "--style", "--width", "--out", "--overwrite", "--year", "--dimension", "--status",
                   "--thai-digits", "--no-summary", "--plain-utf8", "BOM", "in_progress"):  # fmt: skip
        assert option in text


def test_capsys_text_stream_gets_the_same_bytes(db: Path, capsys) -> None:
    assert main(["--db", str(db), "--year", "2566", "export", "--format", "csv"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == render(document_plan(), ExportOptions(format="csv"))


# --- a real process -----------------------------------------------------------------------------


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIO", "TUI_APP"))}
    env.update(extra)
    return env


def test_subprocess_writes_utf8_whatever_the_locale(db: Path) -> None:
    """In the C locale Python's stdout is ASCII; the export writes bytes and never notices."""
    env = subprocess_env(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONIOENCODING="ascii")
    for fmt in ("text", "csv"):
        result = subprocess.run(
            [sys.executable, "-m", "tui_app", "--db", str(db), "export", "--year", "2566", "--format", fmt],
            capture_output=True, cwd=REPO, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr.decode()
        assert result.stderr == b""
        assert result.stdout == render(document_plan(), ExportOptions(format=fmt))


def test_subprocess_error_is_one_line_and_non_zero(db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "no" / "x.csv")
    result = subprocess.run(
        [sys.executable, "-m", "tui_app", "--db", str(db), "--lang", "en", "export", "--out", out],
        capture_output=True, cwd=REPO, env=subprocess_env(), timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr.decode().count("\n") == 1 and "there is no folder" in result.stderr.decode()


def test_subprocess_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """``tui-app export | head -1`` on an export far larger than a pipe's buffer."""
    big = document_plan()
    big.measures = [
        Measure(order=n, title="โครงการทดสอบการส่งออกตารางขนาดใหญ่ " * 3, dimension=1, budget=Decimal("1.00"))
        for n in range(1, 3001)
    ]
    db = make_db(tmp_path / "big.json", big)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui_app", "--db", str(db), "export"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=subprocess_env(),
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert first.decode("utf-8").startswith("รายงานผลการดำเนินงาน")
    assert err == b""
