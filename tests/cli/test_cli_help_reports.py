"""The help of the rounds, import and roll-up commands comes from the catalogue, in either language."""

from __future__ import annotations

import argparse

import pytest

from tui_app.cli import build_parser


def _help(lang: str, *path: str) -> str:
    parser = build_parser(lang)  # the program's own parser, as `tui-app --lang LANG ... --help` builds it
    target = parser
    for name in path:
        target = next(a for a in target._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    return target.format_help()


@pytest.mark.parametrize(
    ("path", "thai", "english"),
    [
        (("rounds",), "รอบที่บันทึกแล้วเก็บตัวเลขตามที่รายงาน", "A frozen round keeps the figures"),
        (("rounds", "freeze"), "รอบที่บันทึกแล้วจะไม่ถูกแทนที่", "never replaced"),
        (("rounds", "compare"), "รายการที่เปลี่ยนสถานะ", "changed status"),
        (("import",), "ไม่บันทึกสิ่งใดก่อนยืนยัน", "Nothing is written before you confirm"),
        (("rollup",), "ไฟล์ที่อ่านไม่ได้แสดงพร้อมเหตุ", "listed with the reason"),
    ],
)
def test_help_in_both_languages(path: tuple[str, ...], thai: str, english: str) -> None:
    # Thai has no spaces between words, so a line break may fall between two of them
    assert thai.replace(" ", "") in "".join(_help("th", *path).split())
    assert english in " ".join(_help("en", *path).split())
