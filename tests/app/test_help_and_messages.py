"""Messages and help (issue 7, items 20 and 21): the command line speaks the user's language,
the text-export styles say what they look like, and a skipped test says what is missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from textual.widgets import Select

from tui_app.cli import main
from tui_app.export import STYLES
from tui_app.screens.export_dialog import ExportScreen
from tui_app.screens.status_table import StatusTableScreen
from tui_app.thai import display_width

# A sentence of each command's help, in each language (a change of wording changes this table).
HELP = {
    "": ("ถ้าไม่ระบุคำสั่ง จะเปิดโปรแกรม", "Without a command, opens the app."),
    "open": ("เปิดโปรแกรมแบบเต็มจอ", "Open the full-screen app."),
    "status": ("พิมพ์หัวรายงานและสรุปผล", "Print the plan's header and the summary block"),
    "years": ("แสดงปีงบประมาณที่มีในไฟล์ข้อมูล", "List the fiscal years."),
    "new-year": ("ปีที่มีอยู่แล้วจะไม่ถูกเขียนทับ", "An existing year is never overwritten."),
    "export": ("พิมพ์หรือบันทึกตารางสถานะของปีงบประมาณหนึ่ง", "Print or save the status table of one fiscal year"),
    "history": ("แสดงประวัติการแก้ไขของปีงบประมาณ", "Print the change history of the year"),
    "backups": ("แสดงสำเนาสำรองข้างไฟล์ข้อมูล", "List the backups beside the data file"),
    "restore": ("แสดงว่าการกู้คืนสำเนา DATE จะเปลี่ยนอะไร", "Show what restoring backup DATE would change"),
    "settings": ("แสดงค่าตั้งที่ใช้อยู่", "Print each setting in force"),
}


def help_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as caught:
        main([*args, "--help"])
    assert caught.value.code == 0
    return capsys.readouterr().out


# --- item 20: the command line follows --lang -------------------------------------------------------


@pytest.mark.parametrize("command", list(HELP))
def test_item20_help_of_every_command_follows_lang(
    command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    thai_sentence, english_sentence = HELP[command]
    args = [command] if command else []

    thai = help_of(capsys, *args)  # Thai by default, like the app
    assert thai.startswith("วิธีใช้: tui-app")
    assert "ตัวเลือก:" in thai and "แสดงวิธีใช้นี้แล้วจบ" in thai
    assert thai_sentence in " ".join(thai.split())
    assert "show this help" not in thai and "options:" not in thai

    english = help_of(capsys, *args, "--lang", "en")
    assert english.startswith("usage: tui-app")
    assert "options:" in english and "show this help and exit" in english
    assert english_sentence in " ".join(english.split())
    assert "ตัวเลือก" not in english

    assert help_of(capsys, "--lang=en", *args) == english  # before the command, and with =
    monkeypatch.setenv("TUI_APP_LANG", "en")  # the same choices as the app: the environment...
    assert help_of(capsys, *args) == english
    monkeypatch.delenv("TUI_APP_LANG")
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-app" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"lang": "en"}), encoding="utf-8")  # ...and the language chosen with ctrl+t
    assert help_of(capsys, *args) == english
    assert help_of(capsys, *args, "--lang", "th") == thai

    for text in (thai, english):  # Thai is wrapped by the cells it takes, so it fits the terminal
        assert max(display_width(line) for line in text.splitlines()) <= 80


def test_item20_new_year_messages_follow_lang(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(plan_path), "new-year", "2567"]) == 0
    assert capsys.readouterr().out == "เพิ่มปีงบประมาณ 2567 แล้ว ยกมาจากปี 2566: 15 รายการ 4 มิติ\n"
    assert main(["--db", str(plan_path), "--lang", "en", "new-year", "2568"]) == 0
    assert capsys.readouterr().out == "Added fiscal year 2568, carried over from 2567: 15 measures, 4 dimensions\n"
    before = plan_path.read_bytes()

    with pytest.raises(SystemExit) as caught:
        main(["--db", str(plan_path), "new-year", "๒๕๖x"])
    err = capsys.readouterr().err
    assert caught.value.code == 2
    assert err.startswith("วิธีใช้: tui-app new-year") and "ผิดพลาด" in err and "“๒๕๖x” ไม่ใช่จำนวนเต็มบวก" in err
    with pytest.raises(SystemExit):
        main(["--db", str(plan_path), "new-year", "--lang", "en", "--from", "last"])
    err = capsys.readouterr().err
    assert err.startswith("usage: tui-app new-year") and "error" in err
    assert "“last” is not a positive whole number" in err

    assert main(["--db", str(plan_path), "new-year", "2567"]) == 1  # an existing year: refused in Thai
    assert "มีข้อมูลปีงบประมาณ 2567 อยู่แล้ว" in capsys.readouterr().err
    assert main(["--db", str(plan_path), "new-year", "๒๕๖๙"]) == 0  # Thai digits, as typed on a Thai keyboard
    assert "เพิ่มปีงบประมาณ 2569 แล้ว" in capsys.readouterr().out
    assert plan_path.read_bytes() != before


def test_item20_export_help_describes_every_style(capsys: pytest.CaptureFixture[str]) -> None:
    headings = {"th": "แบบตาราง (--style) ของรูปแบบ text:", "en": "table styles (--style) of the text format:"}
    for lang, described in headings.items():
        text = help_of(capsys, "export", "--lang", lang)
        listing = text.split(described, 1)[1].splitlines()[1:]
        names = [line.split()[0] for line in listing if line.startswith("  ")]
        assert names == list(STYLES)
        descriptions = [line.split(None, 1)[1] for line in listing if line.startswith("  ")]
        assert len(set(descriptions)) == len(STYLES)  # one each, and no two alike
    text = help_of(capsys, "export")
    assert "  grid            เส้นรอบทุกช่องด้วยเครื่องหมาย + - |" in text
    assert "  plain           คอลัมน์ตรงกัน ไม่มีเส้นเลย" in text


async def test_item20_export_dialog_lists_each_style_with_its_description(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatusTableScreen)
        await pilot.press("x")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        select = screen.query_one("#export-style", Select)
        await pilot.press("tab", "enter")  # to the style, open its list
        await pilot.pause()
        assert select.expanded
        overlay = select.query_one("SelectOverlay")
        shown = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
        assert [line.split()[0] for line in shown] == list(STYLES)
        assert shown[2].split(None, 1)[1] == "คอลัมน์ตรงกัน ไม่มีเส้นเลย"  # plain
        text = screen_lines(app)
        assert any("psql" in line and "รอบตาราง ไม่มีเส้นคั่นระหว่างแถว" in line for line in text)
        await pilot.press("down", "enter")  # simple
        await pilot.pause()
        assert select.value == "simple"
        # the box shows the chosen name alone: the descriptions are for choosing
        assert str(select.query_one("SelectCurrent #label").render()).strip() == "simple"
        await pilot.press("ctrl+t")  # English: the descriptions follow the language
        await pilot.pause()
        shown = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
        assert shown[2].split(None, 1)[1] == "columns lined up, no lines at all"
        assert select.value == "simple"
        assert str(select.query_one("SelectCurrent #label").render()).strip() == "simple"


def screen_lines(app) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


# --- item 21: a skipped test says in words what is missing ------------------------------------------


def test_item21_skip_reason_says_what_is_missing_and_that_it_is_optional(tmp_path: Path) -> None:
    """Without the source document, the checks against it are skipped with a plain reason."""
    env = {**os.environ, "TUI_APP_SOURCE_DOCUMENT": str(tmp_path / "not-here.txt")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:randomly", "-p", "no:cacheprovider",
         "tests/unit/test_sample_data.py", "tests/unit/test_export.py", "-k", "seed or source or document"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert result.returncode == 0, result.stdout[-2000:]
    assert len(skipped) >= 2, result.stdout[-2000:]  # both files have checks against it
    for line in skipped:
        reason = line.split(": ", 1)[1]
        assert reason.startswith("optional check skipped: the source document")
        assert "not on this computer" in reason and "TUI_APP_SOURCE_DOCUMENT" in reason
        assert "/" not in reason and "not-here" not in reason  # no path, inside or outside the repository
