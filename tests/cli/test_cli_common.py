"""Every command of ``tui-app`` is set up in one way (:mod:`tui_app.cli_common`): its parser speaks
the user's language, its help fits an 80-column terminal, its options' help comes from the
catalogue, and a wrong ``--year`` is said in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from tui_app.cli import build_parser
from tui_app.cli_common import Parser
from tui_app.i18n import LANGUAGES, t
from tui_app.thai import display_width


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Parser]]:
    """``(("rounds", "freeze"), parser)`` for the top-level parser and every command under it."""
    assert isinstance(parser, Parser), path
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from commands(child, (*path, name))


def all_commands(lang: str) -> dict[tuple[str, ...], Parser]:
    return dict(commands(build_parser(lang)))


def test_the_walk_finds_every_command() -> None:
    found = set(all_commands("en"))
    assert {(), ("open",), ("export",), ("rounds", "freeze"), ("rounds", "compare"), ("rollup",), ("restore",)} <= found
    assert len(found) == 15


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_command_speaks_the_language(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for path, parser in all_commands(lang).items():
        assert parser.lang == lang, path
        text = parser.format_help()
        assert text.startswith(t("cli.usage", lang)), path
        assert t("cli.help", lang) in text, path
        too_wide = [line for line in text.splitlines() if display_width(line) > 80]
        assert too_wide == [], (path, too_wide)


def test_every_option_is_explained_in_both_languages() -> None:
    """The help of each option comes from the catalogue: Thai and English differ (a help written
    in the code would read the same in both)."""
    thai, english = all_commands("th"), all_commands("en")
    same = []
    for path, parser in english.items():
        theirs = {tuple(a.option_strings) or a.dest: a.help for a in thai[path]._actions}
        for action in parser._actions:
            key = tuple(action.option_strings) or action.dest
            if action.help not in (None, argparse.SUPPRESS) and theirs[key] == action.help:
                same.append((path, key, action.help))
    assert same == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_wrong_year_is_said_in_the_language(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    message = t("error.number_not_whole", lang, text="x")
    for path, parser in all_commands(lang).items():
        if not any("--year" in action.option_strings for action in parser._actions):
            continue
        positionals = {("rollup",): ["a.json"], ("new-year",): ["2567"], ("rounds", "freeze"): ["6"],
                       ("rounds", "compare"): ["6"], ("import",): ["a.csv"], ("restore",): ["2566-11-06"]}
        with pytest.raises(SystemExit):
            build_parser(lang).parse_args([*path, *positionals.get(path, []), "--year", "x"])
        assert message in capsys.readouterr().err, path
