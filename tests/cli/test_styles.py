"""Where the styles live: in `.tcss` files only, one per screen module and per widget used on
several screens (the README's "For developers" states the rule), every file named by a
``CSS_PATH``, every file valid Textual CSS, and every file shipped in the wheel."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen

import tui_app
import tui_app.screens
from tui_app.app import TuiApp
from tui_app.screens.base import PlanScreen
from tui_app.screens.fields import FieldsScreen

PACKAGE = Path(tui_app.__file__).parent
REPO = PACKAGE.parent
STYLE_FILES = sorted(PACKAGE.rglob("*.tcss"))


BASES = (PlanScreen, FieldsScreen)


def screen_classes() -> list[type[Screen]]:
    """Every screen class defined in ``tui_app.screens`` but the bases of other screens, which are
    never shown themselves: ``PlanScreen`` (its top bar's file is loaded by the app) and
    ``FieldsScreen`` (the field-editing base; its screens name their files)."""
    found: list[type[Screen]] = []
    for info in pkgutil.iter_modules(tui_app.screens.__path__, "tui_app.screens."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__ and cls not in BASES:
                found.append(cls)
    return found


def css_files(owner: type) -> list[Path]:
    """The files ``owner``'s CSS_PATH names, resolved as Textual does (beside its module)."""
    paths = owner.CSS_PATH  # type: ignore[attr-defined]
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths or [])
    return [(Path(inspect.getfile(owner)).parent / path).resolve() for path in paths]


def test_no_styles_written_in_python() -> None:
    """No ``DEFAULT_CSS`` or ``CSS`` string in the package: a rule is in a .tcss file or nowhere."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign):
                targets = [node.target]
            else:
                continue
            names = {target.id for target in targets if isinstance(target, ast.Name)}
            if names & {"DEFAULT_CSS", "CSS"}:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


def test_every_screen_names_its_own_file() -> None:
    """Each screen's CSS_PATH names the .tcss of its own module (Textual loads it with the screen)."""
    classes = screen_classes()
    assert len(classes) >= 15  # the walk found the screens (and the dialogs)
    for cls in classes:
        module = Path(inspect.getfile(cls))
        files = css_files(cls)
        assert files, f"{cls.__name__} names no .tcss file"
        assert all(path.is_file() for path in files), (cls.__name__, files)
        # its own module's file, or (a subclass) the file of the screen it extends
        owners = {Path(inspect.getfile(base)).stem for base in cls.__mro__ if base.__module__.startswith("tui_app.")}
        assert {path.stem for path in files} & owners, (cls.__name__, module.name, files)


def test_every_style_file_is_loaded_by_someone() -> None:
    """No .tcss file lies unused: each is named by the app or by a screen."""
    named = set(css_files(TuiApp))
    from tui_app.screens.rollup import RollupApp

    named |= set(css_files(RollupApp))
    for cls in screen_classes():
        named |= set(css_files(cls))
    assert sorted(path.resolve() for path in STYLE_FILES) == sorted(named)


@pytest.mark.parametrize("path", STYLE_FILES, ids=lambda p: p.name)
def test_style_file_is_valid(path: Path) -> None:
    """Each file parses with the app's theme variables (a mistake shows here, not when a user
    first opens the screen)."""
    sheet = Stylesheet(variables=App().get_css_variables())
    sheet.read(path)
    sheet.parse()
    assert sheet.rules, f"{path.name} holds no rule"


def test_wheel_ships_every_style_file(tmp_path: Path) -> None:
    """A non-editable install has the .tcss files beside the modules that name them."""
    source = tmp_path / "source"
    shutil.copytree(
        REPO, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info", "__pycache__", "tests", "bench")
    )
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("tui_app-*.whl")
    shipped = {name for name in zipfile.ZipFile(wheel).namelist() if name.endswith(".tcss")}
    assert shipped == {path.relative_to(REPO).as_posix() for path in STYLE_FILES}
