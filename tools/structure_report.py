"""The size of the code, to quote before and after a change: the lines of each module of
``tui_app/`` (largest first, with the total) and the largest classes by lines.

    .venv/bin/python tools/structure_report.py             # this checkout
    .venv/bin/python tools/structure_report.py /tmp/old    # another one (e.g. a `git worktree add`)
    .venv/bin/python tools/structure_report.py --classes 20

A module's lines are its physical lines (blank lines and comments included, as `wc -l` counts);
a class's lines run from its ``class`` line (or first decorator) to its last statement.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "tui_app"


@dataclass(frozen=True)
class Size:
    name: str  # ``tui_app.screens.measure`` or ``tui_app.screens.measure.MeasureScreen``
    lines: int


def modules(root: Path) -> Iterator[tuple[str, Path]]:
    """``(dotted name, path)`` of every module of the package under ``root``."""
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        yield ".".join(parts), path


def module_lines(root: Path) -> list[Size]:
    """Every module with its line count, largest first (then by name)."""
    sizes = [Size(name, len(path.read_text("utf-8").splitlines())) for name, path in modules(root)]
    return sorted(sizes, key=lambda s: (-s.lines, s.name))


def _classes(node: ast.AST, prefix: str) -> Iterator[Size]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            name = f"{prefix}.{child.name}"
            first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
            yield Size(name, (child.end_lineno or child.lineno) - first + 1)
            yield from _classes(child, name)
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from _classes(child, f"{prefix}.{child.name}")


def largest_classes(root: Path, count: int = 10) -> list[Size]:
    """The ``count`` largest classes (nested ones too), largest first (then by name)."""
    sizes = [size for name, path in modules(root) for size in _classes(ast.parse(path.read_text("utf-8")), name)]
    return sorted(sizes, key=lambda s: (-s.lines, s.name))[:count]


def report(root: Path, count: int = 10) -> str:
    per_module = module_lines(root)
    width = max((len(s.name) for s in per_module), default=0)
    lines = [f"Lines per module of {PACKAGE}/ ({len(per_module)} modules)"]
    lines += [f"  {s.name:<{width}}  {s.lines:>6}" for s in per_module]
    lines.append(f"  {'total':<{width}}  {sum(s.lines for s in per_module):>6}")
    classes = largest_classes(root, count)
    width = max((len(s.name) for s in classes), default=0)
    lines += ["", f"The {len(classes)} largest classes"]
    lines += [f"  {s.name:<{width}}  {s.lines:>6}" for s in classes]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent,
                        help=f"the checkout holding {PACKAGE}/ (default: this one)")
    parser.add_argument("--classes", type=int, default=10, metavar="N", help="how many classes to list (10)")
    args = parser.parse_args(argv)
    if not (args.root / PACKAGE).is_dir():
        parser.error(f"no {PACKAGE}/ folder in {args.root}")
    sys.stdout.write(report(args.root, args.classes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
