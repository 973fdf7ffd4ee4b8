"""Storage: the only package that touches files (the data file, the settings, the exports)."""

from tui_app.store.exports import write_export
from tui_app.store.plan_store import SCHEMA_VERSION, FileVersion, PlanStore, default_db_path, encode

__all__ = ["SCHEMA_VERSION", "FileVersion", "PlanStore", "default_db_path", "encode", "write_export"]
