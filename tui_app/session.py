"""One person's working session on one fiscal year of the data file (plain Python, no Textual).

The screens show :attr:`Session.plan`: what is saved plus the changes not saved yet. Every change
is saved the moment it is made; a change that could not be saved (a full disk, a lock held too
long) stays in :attr:`pending`, shown on screen, and is tried again by :meth:`flush`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

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
