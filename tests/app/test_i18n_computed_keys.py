"""The catalogue keys the code builds at run time (``f"status.{status.value}"``, ``f"key.{id}"`` …)
all exist: a missing one would show the key itself, or an English description on a Thai screen,
and no literal-key check would notice."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from conftest import open_measure
from textual.binding import Binding

import tui_app.screens
from tui_app.app import TuiApp
from tui_app.export import STYLES
from tui_app.i18n import MESSAGES
from tui_app.model import TEXT_LIMITS, Kind, Mismatch, Status
from tui_app.screens.dimension import COLUMNS
from tui_app.screens.measure import AmountInput, FieldTextArea
from tui_app.screens.status_table import _KEYS as STATUS_TABLE_KEYS


def _missing(keys: list[str]) -> list[str]:
    assert keys  # something was checked
    return sorted(key for key in keys if key not in MESSAGES)


def test_status_kind_and_mismatch_labels() -> None:
    keys = [f"{prefix}.{s.value}" for s in Status for prefix in ("status", "status.short", "status_table.status")]
    keys += [f"kind.{k.value}" for k in Kind]
    keys += [f"measure.mismatch.{m.value}" for m in Mismatch]
    assert _missing(keys) == []


def test_table_headers_styles_and_fields() -> None:
    keys = [f"dimension.col.{c}" for c in COLUMNS]
    keys += [f"status_table.{mode}.{key}" for mode in ("long", "short") for key in STATUS_TABLE_KEYS]
    keys += [f"export.style.{name}" for name in STYLES]
    keys += [f"field.{name}" for name in TEXT_LIMITS]
    assert _missing(keys) == []


def _classes_with_bindings() -> list[type]:
    modules = [importlib.import_module("tui_app.app")]
    for info in pkgutil.iter_modules(tui_app.screens.__path__):
        modules.append(importlib.import_module(f"tui_app.screens.{info.name}"))
    found = []
    for module in modules:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and cls.__dict__.get("BINDINGS"):
                found.append(cls)
    return found


def test_every_key_the_footer_and_help_name_has_a_label() -> None:
    """``binding_label``: ``key.<id>``, else ``key.<action>``; neither means English on a Thai screen.
    Every binding with an id is named on the help screen (hidden ones too); one without is not."""
    classes = _classes_with_bindings()
    assert TuiApp in classes and len(classes) > 8
    unlabelled = []
    for cls in classes:
        for binding in cls.BINDINGS:
            if not isinstance(binding, Binding) or not binding.id:
                continue
            action = binding.action.removeprefix("app.").removeprefix("screen.")
            if f"key.{binding.id}" not in MESSAGES and f"key.{action}" not in MESSAGES:
                unlabelled.append(f"{cls.__name__}: {binding.key} -> {binding.action}")
    assert unlabelled == []


async def test_every_field_of_the_measure_screen_has_its_label(app_factory) -> None:
    """``field.<field>`` (its declared label key) labels each editor and names it in a conflict."""
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_measure(pilot, "m01")
        names = [editor.field_name for kind in (FieldTextArea, AmountInput) for editor in screen.query(kind)]
        assert {"result", "budget", "disbursed"} <= set(names)
        assert _missing([f"field.{name}" for name in names]) == []
