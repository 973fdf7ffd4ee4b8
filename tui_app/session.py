"""One person's working session on one fiscal year of the data file (plain Python, no Textual).

The screens show :attr:`Session.plan`: what is saved plus the changes not saved yet. A change is
checked against what is on screen and applied to it at once (:meth:`accept`), then saved in
order, one at a time (:meth:`store_next` does the file work and may run in a worker thread;
:meth:`stored` and :meth:`not_stored` take its outcome back). A change stays in :attr:`pending`,
shown on screen as unsaved, until the file holds it: after the write, its fsync and the
replacement of the file. A change that could not be saved (a full disk, a lock held too long)
stays pending and is tried again. :meth:`submit` and :meth:`flush` do the same in one call, for
the command line and for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tui_app import history
from tui_app.changes import Change
from tui_app.errors import StoreError, UserError, ValidationError
from tui_app.model import Plan
from tui_app.store import FileVersion, PlanStore


@dataclass
class Outcome:
    """What happened to a submitted change (or to the pending changes a flush tried)."""

    saved: bool
    error: UserError | None = None
    #: pending changes the file refused because of someone else's save, with the reason
    dropped: list[tuple[Change, ValidationError]] = field(default_factory=list)
    #: the uids of the only measures that may differ on screen now (:attr:`Change.touched`);
    #: None: anything may (the file was read afresh, an undo, several changes)
    touched: frozenset[str] | None = None


@dataclass
class Stored:
    """What the file work of one pending change gave (:meth:`Session.store_next`)."""

    change: Change
    version: FileVersion | None = None
    error: UserError | None = None
    #: the file held someone else's save, which the plan on screen does not show yet
    others_saved: bool = False
    #: the history entries the save wrote (what an undo takes back)
    entries: list[history.Entry] = field(default_factory=list)


class Session:
    def __init__(self, store: PlanStore, year: int | None = None) -> None:
        self.store = store
        self.pending: list[Change] = []
        self.last_error: StoreError | None = None
        self._seen: FileVersion | None = store.version()
        self.plan = store.load(year)
        self.year = self.plan.fiscal_year
        #: someone else saved in between this session's saves: read the file when they are done
        self.stale = False
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

    # --- one call: check, show and save (the command line, tests) ----------------------------

    def submit(self, change: Change) -> Outcome:
        """Check ``change`` against what is on screen, then save it.

        A :class:`ValidationError` leaves everything as it was. A :class:`StoreError` keeps the
        change on screen, pending, to be saved by a later :meth:`flush`. A plan opened read-only
        (the file cannot be saved) refuses every change with a message, as bad input is refused.
        """
        outcome = self.accept(change)
        if outcome.error is not None:
            return outcome
        return self.flush()

    def flush(self) -> Outcome:
        """Save the pending changes in order; stop at the first one that cannot be saved."""
        error: UserError | None = None
        dropped: list[tuple[Change, ValidationError]] = []
        while self.pending:
            done = self.store_next()
            if done.error is None:
                self.stored(done)
                continue
            if isinstance(done.error, ValidationError):
                dropped.append((done.change, done.error))
                error = done.error
            self.not_stored(done)
            if isinstance(done.error, StoreError):
                return Outcome(saved=False, error=done.error, dropped=dropped)
        if error is not None or self.stale:
            self.reload()
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
            self.store.apply(history.Revert(entries, history_kind=kind), self.year)
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
            other.append(list(self.store.last_entries))
        self.reload()  # the plan on screen from the file, which holds the undo (nothing is pending)
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

    # --- the steps, for saving off the UI thread ---------------------------------------------

    def accept(self, change: Change) -> Outcome:
        """Check ``change`` against what is on screen and show it there, pending (not saved yet).

        ``Outcome.error`` is set when it is refused (nothing changes then); ``Outcome.touched``
        says which measures the screens redraw (:attr:`Change.touched`). When the file was
        saved by someone else since this session read it and nothing of this session is waiting
        to be saved, the file is read first, so that a change made over someone else's newer
        value is refused now, as a conflict, with their value shown.
        """
        if self.read_only:
            return Outcome(saved=False, error=ValidationError("store.read_only_session", path=str(self.store.path)))
        touched = change.touched
        if not self.pending and self.changed_elsewhere():
            touched = None  # the plan on screen is read afresh: anything may differ
            try:
                self.reload()
            except UserError as exc:  # unreadable meanwhile: the save will say so
                self.last_error = exc if isinstance(exc, StoreError) else None
        try:
            # a change checks everything before it changes anything (Change.apply): applied to
            # the plan on screen directly, with no copy of the whole plan
            change.apply(self.plan)
        except ValidationError as exc:
            # nothing changed; the screen puts back the stored value of what was refused
            return Outcome(saved=False, error=exc, touched=touched)
        self.pending.append(change)
        return Outcome(saved=False, touched=touched)

    def store_next(self, waiting: Callable[[dict[str, object] | None], None] | None = None) -> Stored:
        """Save the first pending change to the file (may run in a worker thread).

        Touches only the store and the change (the plan the store builds stays the store's: the
        plan on screen already shows the change): the session itself is changed by :meth:`stored`
        or :meth:`not_stored` afterwards, on the caller's thread. ``waiting`` is called with who
        holds the lock when another process holds it for long.
        """
        change = self.pending[0]
        try:
            self.store.apply(change, self.year, waiting=waiting)
        except UserError as exc:
            return Stored(change, error=exc)
        version = self.store.written_version or self.store.version()
        return Stored(
            change, version=version, others_saved=self.store.others_saved, entries=list(self.store.last_entries)
        )

    def stored(self, done: Stored) -> None:
        """The file holds ``done.change``: it is no longer pending.

        When someone else saved in between, :attr:`stale` is set: once nothing is pending, the
        caller reads the file afresh (:meth:`reload`) to show their changes too. Otherwise the
        plan on screen (what was read, with this session's changes applied in the same order as
        in the file) is what the file holds.
        """
        assert done.error is None and self.pending and self.pending[0] is done.change
        self.pending.pop(0)
        self.last_error = None
        self._seen = done.version
        self.stale = self.stale or done.others_saved
        if done.entries:  # this user's change, to undo
            self.undo_stack.append(done.entries)
            self.redo_stack.clear()

    def not_stored(self, done: Stored) -> None:
        """``done.change`` was not saved: refused by the file (dropped) or to be tried again."""
        assert done.error is not None and self.pending and self.pending[0] is done.change
        if isinstance(done.error, ValidationError):
            # someone else's save made it impossible: drop it (the caller gives the text back
            # and shows the file afresh with :meth:`reload`)
            self.pending.pop(0)
            return
        if isinstance(done.error, StoreError):
            self.last_error = done.error
        self._seen = None

    # --- someone else's saves ------------------------------------------------------------------

    def changed_elsewhere(self) -> bool:
        """Whether the file was saved (by anyone else) since this session last read or wrote it."""
        return self.store.version() != self._seen

    def reload(self, plan: Plan | None = None, version: FileVersion | None = None) -> None:
        """Read the file afresh (or take ``plan``, read with ``version``); pending changes stay on top."""
        if plan is None:
            version = self.store.version()
            plan = self.store.load(self.year)
        self._seen = version
        self.stale = False
        for change in self.pending:
            try:
                change.apply(plan)
            except ValidationError:
                continue
        self.plan = plan

