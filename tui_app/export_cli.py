"""The ``tui-app export`` command (filled in by the export work)."""

from __future__ import annotations

import argparse


def add_export_command(sub: argparse._SubParsersAction, add_common) -> None:  # pragma: no cover - placeholder
    return None
