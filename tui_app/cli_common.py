"""What every command of ``tui-app`` shares: a parser that speaks the user's language, help
wrapped by terminal cells as the screens wrap Thai, and the options most commands take.

``cli.py`` builds the top-level parser; each ``*_cli.py`` adds its own command with
:func:`add_command`, so that a command's help and description, its ``--db``/``--year``/``--lang``/
``--thai-am`` and its examples are set up in one way.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

from tui_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from tui_app.thai import THAI_AM_MODES, arabic_digits, display_width, wrap_display

#: the width, in terminal cells, of help that keeps its own line breaks (a description above
#: examples): an 80-column terminal less argparse's margin of two
HELP_WIDTH = 78


class Parser(argparse.ArgumentParser):
    """An argument parser that speaks ``lang``: its usage line, section titles and ``-h`` too.

    (argparse's own words are English; the options' help comes from the catalogue.)
    """

    def __init__(self, *args: Any, lang: str = DEFAULT_LANGUAGE, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.HelpFormatter)
        kwargs["formatter_class"] = _speaking(kwargs["formatter_class"], t("cli.usage", lang))
        kwargs["add_help"] = False  # the -h/--help option is added below, with the catalogue's words
        super().__init__(*args, **kwargs)
        self.lang = lang
        self._positionals.title = t("cli.arguments", lang)
        self._optionals.title = t("cli.options", lang)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.help", lang))

    # The description and the epilog may be given as functions: they are then made only when the
    # help is shown (some wrap Thai text, which would load ICU at every start of the program).
    @property
    def description(self) -> str | None:
        return self._description() if callable(self._description) else self._description

    @description.setter
    def description(self, value: str | Callable[[], str] | None) -> None:
        self._description = value

    @property
    def epilog(self) -> str | None:
        return self._epilog() if callable(self._epilog) else self._epilog

    @epilog.setter
    def epilog(self, value: str | Callable[[], str] | None) -> None:
        self._epilog = value

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.error', self.lang)}: {message}\n")

    def whole_number(self, text: str) -> int:
        """An option's whole number; a clear message in the parser's language when it is not one."""
        try:
            return int(arabic_digits(text.strip()))
        except ValueError:
            raise argparse.ArgumentTypeError(t("error.number_not_whole", self.lang, text=text)) from None


def _speaking(formatter: type[argparse.HelpFormatter], usage: str) -> type[argparse.HelpFormatter]:
    """``formatter`` with ``usage`` as the prefix of the usage line, wrapping Thai as the screen does.

    argparse wraps by characters, so Thai lines (whose marks take no cell) came out short and
    broke at any hyphen; :func:`~tui_app.thai.wrap_display` counts cells and keeps words whole.
    """
    raw = issubclass(formatter, argparse.RawDescriptionHelpFormatter)

    class Formatter(formatter):  # type: ignore[misc,valid-type]
        def _format_usage(self, usage_text: Any, actions: Any, groups: Any, prefix: str | None) -> str:
            # argparse indents the usage's next lines by len(prefix); give it as many spaces as
            # the prefix takes cells, then put the prefix back
            prefix = usage if prefix is None else prefix
            stand_in = " " * display_width(prefix)
            return prefix + super()._format_usage(usage_text, actions, groups, stand_in)[len(stand_in) :]

        def _split_lines(self, text: str, width: int) -> list[str]:
            return wrap_display(" ".join(text.split()), width)

        def _fill_text(self, text: str, width: int, indent: str) -> str:
            if raw:
                return super()._fill_text(text, width, indent)
            return "\n".join(indent + line for line in wrap_display(" ".join(text.split()), width - len(indent)))

    return Formatter


def wrapped(text: str) -> str:
    """``text`` broken into lines of :data:`HELP_WIDTH` cells, for help that keeps its line breaks."""
    return "\n".join(wrap_display(text, HELP_WIDTH))


def add_common(parser: Parser) -> None:
    """``--db``, ``--year``, ``--lang`` and ``--thai-am``, on the top-level parser and on a command."""
    lang = parser.lang
    # SUPPRESS keeps a value given before the command from being reset by the subparser's default.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=t("cli.db", lang))
    year = parser.whole_number
    parser.add_argument("--year", type=year, default=argparse.SUPPRESS, metavar="YYYY", help=t("cli.year", lang))
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang", lang))
    parser.add_argument("--thai-am", choices=THAI_AM_MODES, default=argparse.SUPPRESS, help=t("cli.thai_am", lang))


def add_command(
    sub: argparse._SubParsersAction,
    name: str,
    lang: str,
    *,
    help: str | None = None,
    description: str | Callable[[], str] | None = None,
    epilog: str | Callable[[], str] | None = None,
    common: bool = True,
) -> Parser:
    """The command ``name`` added to ``sub``, its help in ``lang``.

    ``help`` and ``description`` default to the catalogue's ``cli.<name>.help`` and
    ``cli.<name>.description`` (``-`` in the name read as ``_``). With an ``epilog`` (the
    examples, laid out by hand) the help keeps its line breaks: the catalogue's description is
    then wrapped here to :data:`HELP_WIDTH` cells, and a ``description`` given is taken as laid
    out already. ``common``: add ``--db``, ``--year``, ``--lang`` and ``--thai-am``
    (:func:`add_common`).
    """
    key = f"cli.{name.replace('-', '_')}"
    if description is None:
        text = t(f"{key}.description", lang)
        # wrapped when the help is shown: wrapping Thai loads ICU, which a start does not need
        description = text if epilog is None else lambda: wrapped(text)
    options: dict[str, Any] = {"description": description}  # (a function is Parser's, not argparse's)
    if epilog is not None:
        options |= {"epilog": epilog, "formatter_class": argparse.RawDescriptionHelpFormatter}
    parser: Parser = sub.add_parser(name, lang=lang, help=t(f"{key}.help", lang) if help is None else help, **options)
    if common:
        add_common(parser)
    return parser


def add_output(parser: Parser) -> None:
    """``-o/--out FILE`` and ``--overwrite``: where a command writes instead of standard output."""
    parser.add_argument("-o", "--out", metavar="FILE", help=t("cli.out", parser.lang))
    parser.add_argument("--overwrite", action="store_true", help=t("cli.overwrite", parser.lang))


@contextlib.contextmanager
def lasting_objects() -> Iterator[Callable[[], None]]:
    """No garbage collection while a command reads the plan; then what was read is set aside from
    it until the end (call the function given once the plan is read).

    A plan of thousands of measures is about a million objects that all live until the command
    ends: collecting while they are made, and walking them again at every later collection (a
    tenth of an export; a pause of 100-200 ms in the middle of filling the app's table), only
    takes time. ``gc.freeze`` keeps them out of later collections; what is made afterwards is
    collected as usual; at the end the collector is as it was.
    """
    enabled = gc.isenabled()

    def plan_read() -> None:
        gc.freeze()
        if enabled:
            gc.enable()

    gc.disable()
    try:
        yield plan_read
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
