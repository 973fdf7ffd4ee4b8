"""One person's working session on one fiscal year of the data file (plain Python, no Textual).

The screens show :attr:`Session.plan`: what is saved plus the changes not saved yet. Every change
is saved the moment it is made; a change that could not be saved (a full disk, a lock held too
long) stays in :attr:`pending`, shown on screen, and is tried again by :meth:`flush`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from tui_app import history
from tui_app.changes import Change
from tui_app.errors import StoreError, UserError, ValidationError
from tui_app.store import FileVersion, PlanStore


@dataclass
class Outcome:
    """What happened to a submitted change (or to the pending changes a flush tried)."""

    saved: bool
    error: UserError | None = None
    #: pending changes the file refused because of someone else's save, with the reason
    dropped: list[tuple[Change, ValidationError]] = field(default_factory=list)


class Session:
    def __init__(self, store: PlanStore, year: int | None = None) -> None:
        self.store = store
        self.pending: list[Change] = []
        self.last_error: StoreError | None = None
        self._seen: FileVersion | None = store.version()
        self._saved = store.load(year)
        self.year = self._saved.fiscal_year
        self.plan = self._saved
        #: the history entries of this user's saves in this session, newest last, to undo
        self.undo_stack: list[list[history.Entry]] = []
        #: the history entries of the undos, newest last, to redo (emptied by a new change)
        self.redo_stack: list[list[history.Entry]] = []

    @property
    def read_only(self) -> bool:
        """The file cannot be saved (read-only file or folder): the plan is only shown."""
        return self.store.read_only

    @property
    def unsaved(self) -> bool:
        return bool(self.pending)

    def submit(self, change: Change) -> Outcome:
        """Check ``change`` against what is on screen, then save it.

        A :class:`ValidationError` leaves everything as it was. A :class:`StoreError` keeps the
        change on screen, pending, to be saved by a later :meth:`flush`. A plan opened read-only
        (the file cannot be saved) refuses every change with a message, as bad input is refused.
        """
        if self.read_only:
            return Outcome(saved=False, error=ValidationError("store.read_only_session", path=str(self.store.path)))
        trial = copy.deepcopy(self.plan)
        try:
            change.apply(trial)
        except ValidationError as exc:
            return Outcome(saved=False, error=exc)
        self.pending.append(change)
        return self.flush()

    def flush(self) -> Outcome:
        """Save the pending changes in order; stop at the first one the file refuses."""
        error: UserError | None = None
        dropped: list[tuple[Change, ValidationError]] = []
        while self.pending:
            change = self.pending[0]
            try:
                self._saved = self.store.apply(change, self.year)
                if self.store.last_entries:
                    self.undo_stack.append(self.store.last_entries)
                    self.redo_stack.clear()
            except ValidationError as exc:  # someone else's save made it impossible: drop it, say so
                self.pending.pop(0)
                error = exc
                dropped.append((change, exc))
                continue
            except StoreError as exc:
                self.last_error = exc
                self._seen = None
                self._rebuild()
                return Outcome(saved=False, error=exc, dropped=dropped)
            self.pending.pop(0)
        self.last_error = None
        if error is not None:
            # The file refused a change because of someone else's save, which this session
            # has not shown yet: read it now, so the screen shows what is really stored.
            self.reload()
        else:
            self._seen = self.store.written_version or self.store.version()
            self.plan = self._saved
        return Outcome(saved=error is None, error=error, dropped=dropped)

    # --- undo and redo --------------------------------------------------------------------------

    def undo(self) -> Outcome:
        """Take back this user's latest saved change of this session, as a new saved change.

        Refused (and dropped from the undo list) when someone else changed one of its fields
        since: the error names who and when, and their value stays.
        """
        return self._revert(self.undo_stack, self.redo_stack, "undo")

    def redo(self) -> Outcome:
        """Make again the change the latest undo took back."""
        return self._revert(self.redo_stack, self.undo_stack, "redo")

    def _revert(self, stack: list[list[history.Entry]], other: list[list[history.Entry]], kind: str) -> Outcome:
        if self.read_only:
            return Outcome(saved=False, error=ValidationError("store.read_only_session", path=str(self.store.path)))
        if self.pending:  # what waits to be saved comes first
            outcome = self.flush()
            if self.pending:
                return outcome
        if not stack:
            return Outcome(saved=False, error=ValidationError(f"history.nothing_to_{kind}"))
        entries = stack.pop()
        try:
            self._saved = self.store.apply(history.Revert(entries, history_kind=kind), self.year)
        except history.UndoConflict as exc:
            self.reload()
            return Outcome(saved=False, error=self._conflict(exc.entry))
        except ValidationError as exc:
            self.reload()
            return Outcome(saved=False, error=exc)
        except StoreError as exc:
            stack.append(entries)
            self.last_error = exc
            return Outcome(saved=False, error=exc)
        if self.store.last_entries:
            other.append(self.store.last_entries)
        self._seen = self.store.written_version or self.store.version()
        self.plan = self._saved
        return Outcome(saved=True)

    def _conflict(self, entry: history.Entry) -> ValidationError:
        """The refusal of an undo: who changed the field since, and when (from the history)."""
        what = history.what_of(entry)
        newest = history.last_change_of(self.store.history(self.year), entry)
        if newest is None:
            return ValidationError("history.undo_conflict_plain", what=what)
        return ValidationError(
            "history.undo_conflict", who=history.who_of(newest), when=history.thai_time(newest.get("at", "")), what=what
        )

    def changed_elsewhere(self) -> bool:
        """Whether the file was saved (by anyone else) since this session last read or wrote it."""
        return self.store.version() != self._seen

    def reload(self) -> None:
        """Read the file afresh; pending changes stay on top of what is read."""
        self._seen = self.store.version()
        self._saved = self.store.load(self.year)
        self._rebuild()

    def _rebuild(self) -> None:
        plan = copy.deepcopy(self._saved)
        for change in self.pending:
            try:
                change.apply(plan)
            except ValidationError:
                continue
        self.plan = plan

