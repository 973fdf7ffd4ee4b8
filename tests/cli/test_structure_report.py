"""tools/structure_report.py: lines per module and the largest classes, on a small package made
here (figures known in advance) and on this checkout."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

TOOL = REPO / "tools" / "structure_report.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("structure_report", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    package = tmp_path / "tui_app"
    (package / "screens").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "small.py").write_text("X = 1\n\n\nclass A:\n    pass\n")  # 5 lines, A: 2
    (package / "screens" / "big.py").write_text(
        "import dataclasses\n\n\n@dataclasses.dataclass\nclass B:\n    x: int = 0\n\n    class Inner:\n"
        "        y = 1\n        z = 2\n\n    def f(self):\n        class Local:\n            pass\n"
        "        return Local\n"
    )  # 15 lines; B from its decorator: 12; Inner: 3; Local: 2
    return tmp_path


def test_figures_of_a_known_package(tree: Path) -> None:
    tool = load_tool()
    assert [(s.name, s.lines) for s in tool.module_lines(tree)] == [
        ("tui_app.screens.big", 15), ("tui_app.small", 5), ("tui_app.__init__", 0)
    ]
    assert [(s.name, s.lines) for s in tool.largest_classes(tree, 3)] == [
        ("tui_app.screens.big.B", 12), ("tui_app.screens.big.B.Inner", 3), ("tui_app.screens.big.B.f.Local", 2)
    ]
    text = tool.report(tree, 2)
    assert "  total" in text and text.splitlines()[4].split() == ["total", "20"]
    assert text.rstrip().splitlines()[-1].split() == ["tui_app.screens.big.B.Inner", "3"]


def test_runs_on_this_checkout() -> None:
    done = subprocess.run([sys.executable, str(TOOL), "--classes", "3"], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Lines per module of tui_app/")
    assert any(line.split()[0] == "tui_app.app" for line in lines[1:] if line.strip())
    assert lines[-4] == "The 3 largest classes"


def test_refuses_a_folder_without_the_package(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(TOOL), str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "no tui_app/ folder" in done.stderr
