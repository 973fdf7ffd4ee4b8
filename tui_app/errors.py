"""Errors whose messages are written for the person using the program.

An error carries a key of the message catalogue (:mod:`tui_app.i18n`) and its parameters, so
the screen can say it in Thai or English; ``str(error)`` is the English text.
"""

from __future__ import annotations

from typing import TypeGuard


class Term(str):
    """A message parameter that is itself a catalogue key (``status.completed``): said in the
    message's language, like a ``field.…`` key."""


def _is_term(value: object) -> TypeGuard[str]:
    return isinstance(value, Term) or (isinstance(value, str) and value.startswith("field."))


class UserError(Exception):
    """An error to tell the user about, in their language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        from tui_app.i18n import t

        # A parameter that is itself a catalogue key (``field.title``, a Term) or another error (what
        # is wrong inside the record an error names) is said in ``lang`` too.
        params = {
            name: t(value, lang) if _is_term(value) else value.message(lang) if isinstance(value, UserError) else value
            for name, value in self.params.items()
        }
        return t(self.key, lang, **params)


class ValidationError(UserError, ValueError):
    """Input that cannot be accepted; the stored value stays as it was."""


class ConflictError(ValidationError):
    """Someone else saved a different value of the same field since this screen read it."""


class GoneError(ValidationError):
    """The record to change was removed by someone else."""


class StoreError(UserError):
    """The data file cannot be read or written; the message names the file and the problem."""


class ExportError(UserError):
    """An export that cannot be made or written; the message names the problem (and the path)."""


class ExportExistsError(ExportError, FileExistsError):
    """The file to write already exists and overwriting was not allowed."""

    def __init__(self, key: str = "export.exists", **params: object) -> None:
        super().__init__(key, **params)
