"""Data files the store, command-line and app tests of damage share: the previous format's file
and damaged files, each with a word its one-line message must hold."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES

from tui_app.store import encode
from tui_app.store.plan_store import sample_bytes

#: a file written by the previous format (version 1), migrated on open
V1_FILE = FIXTURES / "plan_v1.json"


def sample_data() -> dict:
    return json.loads(sample_bytes())


def write(path: Path, data: dict) -> bytes:
    raw = encode(data)
    path.write_bytes(raw)
    return raw


def _line(raw: bytes, part: bytes) -> int:
    return raw[: raw.index(part)].count(b"\n") + 1


def _bad_files() -> dict[str, tuple[bytes | None, str]]:
    """Damaged files: name -> (the file's bytes, a word the message must hold)."""

    def edited(change) -> bytes:
        data = sample_data()
        change(data)
        return encode(data)

    def measure_id_not_number(d):
        d["measures"]["x7"] = d["measures"].pop("7")

    def plan_id_not_number(d):
        d["plans"]["first"] = d["plans"].pop("1")

    def title_null(d):
        d["measures"]["4"]["title"] = None

    def measure_is_text(d):
        d["measures"]["5"] = "a measure"

    def measure_is_list(d):
        d["measures"]["5"] = ["a", "measure"]

    def schema_as_text(d):
        d["meta"]["1"]["schema_version"] = "1"

    sample = sample_bytes().decode("utf-8")
    huge = sample.replace('"round_months": 12', '"round_months": ' + "9" * 5000, 1).encode()
    deep = sample.replace('"remarks": ""', '"remarks": ' + "[" * 100_000 + "]" * 100_000, 1).encode()
    return {
        "measure_id_not_number": (edited(measure_id_not_number), "x7"),
        "plan_id_not_number": (edited(plan_id_not_number), "first"),
        "integer_of_5000_digits": (huge, f"number far too long at line {_line(huge, b'99999')}"),
        "nested_100000_deep": (deep, f"nested far too deep at line {_line(deep, b'[[[[')}"),
        "title_null": (edited(title_null), "title is missing"),
        "measure_is_text": (edited(measure_is_text), "document “5”"),
        "measure_is_list": (edited(measure_is_list), "document “5”"),
        "schema_version_as_text": (edited(schema_as_text), "must be a number"),
    }


BAD_FILES = _bad_files()
