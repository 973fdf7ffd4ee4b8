"""tui-app: keep the records of an action plan and report on them, from the terminal."""

__version__ = "0.1.0"
