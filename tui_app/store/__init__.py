"""Storage: the only package that touches the data file."""

from tui_app.store.plan_store import SCHEMA_VERSION, FileVersion, PlanStore, default_db_path, encode

__all__ = ["SCHEMA_VERSION", "FileVersion", "PlanStore", "default_db_path", "encode"]
