"""The Textual application: :class:`TuiApp` built on a :class:`~tui_app.store.PlanStore`.

The app owns the :class:`~tui_app.session.Session`; screens read ``app.session.plan``, send every
edit through :meth:`TuiApp.submit` and redraw in :meth:`PlanScreen.refresh_plan
<tui_app.screens.base.PlanScreen.refresh_plan>` when the plan changes (their own edit, or a save
by someone else noticed by polling the file).

Start-up is kept light for slow SSH links: the screens are imported when first shown, there are
no animations and no blinking cursors, and the only timer is the poll of the file (one ``stat``
per interval; nothing is redrawn unless the file changed).
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.worker import Worker

from tui_app.changes import Change
from tui_app.errors import StoreError, UserError, ValidationError
from tui_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from tui_app.model import printable
from tui_app.screens.wrapping import install as install_thai_wrapping
from tui_app.session import Outcome, Session
from tui_app.store import SCHEMA_VERSION, PlanStore
from tui_app.thai import DEFAULT_THAI_AM, split_sara_am

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.command import Provider
    from textual.driver import Driver
    from textual.notifications import SeverityLevel

POLL_SECONDS = 1.0


def _plan_commands() -> type[Provider]:
    """The command palette's provider, imported when the palette first opens."""
    from tui_app.commands import PlanCommands

    return PlanCommands


class TuiApp(App):
    # The app-wide styles and those of the widgets on every screen; each screen names its own
    # file in its CSS_PATH (see the README's "For developers").
    CSS_PATH: ClassVar[list[str | PurePath]] = [
        "app.tcss",
        "screens/base.tcss",
        "screens/read_only.tcss",
        "screens/conflict.tcss",
        # the first screen's, read with the app's: pushing it then parses no styles again
        "screens/overview.tcss",
    ]
    TITLE = "tui-app"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {_plan_commands}
    # App-wide keys. The footer shows only help (and the palette) everywhere; the overview
    # shows quit and language too, so that the footer of the busier screens fits 80 columns.
    # Descriptions stay in English here; the footer and the help screen show them from the
    # catalogue (``key.<binding id>``), see ``KeysInUserLanguage.active_bindings``.
    BINDINGS: ClassVar[list[BindingType]] = [
        # q (and ๆ, the same key on a Thai keyboard); Input and TextArea take these keys
        # first, so q types a q there and never quits.
        Binding("q,ๆ", "quit", "Quit", id="quit", show=False),
        Binding("question_mark,f1,ฦ", "help", "Help", id="help"),
        Binding("ctrl+t", "toggle_language", "Language", id="language", show=False),
        # a text field being edited takes these keys first (its own undo of typing)
        Binding("ctrl+z", "undo", "Undo", id="undo", show=False),
        Binding("ctrl+y", "redo", "Redo", id="redo", show=False),
    ]

    #: how many changes are on screen but not saved yet (the "unsaved" marker watches this)
    unsaved_count: reactive[int] = reactive(0)
    #: a save is under way (the marker waits a moment before it shows: most saves end sooner)
    saving: reactive[bool] = reactive(False)
    #: the language of the labels; changing it relabels every open screen
    lang: reactive[str] = reactive(DEFAULT_LANGUAGE, init=False)

    def __init__(
        self,
        store: PlanStore,
        year: int | None = None,
        lang: str = DEFAULT_LANGUAGE,
        *,
        poll_seconds: float = POLL_SECONDS,
        settings_path: Path | None = None,
        thai_am: str = DEFAULT_THAI_AM,
    ) -> None:
        """``settings_path``: where to remember the language chosen with ctrl+t (None: nowhere).

        ``thai_am``: ``"split"`` writes SARA AM to the terminal as NIKHAHIT + SARA AA (see
        :meth:`get_driver_class`), ``"keep"`` as the one character U+0E33.
        """
        self.thai_am = thai_am  # read by get_driver_class, which App.__init__ calls
        super().__init__()
        install_thai_wrapping()  # labels break between Thai words, not inside them
        self.store = store
        self._settings_path = settings_path
        self.set_reactive(TuiApp.lang, lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
        self._year = year
        self._poll_seconds = poll_seconds
        self.session: Session | None = None
        #: the worker saving the pending changes, one at a time, in order (None: none under way)
        self._saver: Worker[None] | None = None
        #: who holds the data file's lock while a save waits for it (shown beside the unsaved marker)
        self._waiting_for: str | None = None
        self.animation_level = "none"  # nothing moves: less to send over a slow link

    # --- start --------------------------------------------------------------------------------

    def get_driver_class(self) -> type[Driver]:
        """The terminal driver; with ``thai_am="split"``, one that writes SARA AM split.

        Every byte the app sends to the terminal goes through the driver's ``write``: each screen
        update (screens, dialogs, footer, notifications, the command palette, whatever widget
        drew it), the window title, the clipboard (OSC 52, base64, so untouched). Changing the
        text there, after Textual has measured and laid out every line, reaches all of it and
        moves nothing: U+0E33 and NIKHAHIT + SARA AA both take one cell. The plan, the exports
        and the clipboard never pass through it, so they keep U+0E33.
        """
        driver_class = super().get_driver_class()
        if self.thai_am != "split":
            return driver_class
        return _sara_am_splitting(driver_class)

    def on_mount(self) -> None:
        try:
            self.session = Session(self.store, self._year)
        except UserError as exc:
            # Text, not str: a path with brackets must not be read as markup when printed.
            self.exit(return_code=1, message=Text(f"tui-app: {exc.message(self.lang)}"))
            return
        from tui_app.screens.overview import OverviewScreen

        self._overview = OverviewScreen()
        self.push_screen(self._overview)
        self.set_interval(self._poll_seconds, self.poll, name="poll")
        store = self.store
        if store.created:
            self.say(self.t("app.created_from_sample", path=str(store.path)), timeout=15)
        if store.migration_backup is not None:
            self.say(self.t("app.migrated", version=SCHEMA_VERSION, backup=str(store.migration_backup)), timeout=15)
        if self.session.read_only:
            self.say(self.t("store.read_only_session", path=str(store.path)), severity="warning", timeout=15)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste) and not event.is_forwarded:
            # A field shows what it holds as it is: an escape sequence pasted into it would
            # reach the terminal (set its title, clear it, write its clipboard) before any save.
            event.text = printable(event.text)
        await super().on_event(event)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """No blinking cursor in any field of any screen: each blink is a redraw sent down the line."""
        if getattr(event.widget, "cursor_blink", False):
            event.widget.cursor_blink = False  # type: ignore[attr-defined]

    # --- labels -------------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        """The label ``key`` in the app's language."""
        return t(key, self.lang, **params)

    def action_toggle_language(self) -> None:
        self.lang = "en" if self.lang == "th" else "th"
        if self._settings_path is not None:
            from tui_app.store.settings import save_setting

            save_setting(self._settings_path, "lang", self.lang)

    def watch_lang(self) -> None:
        from tui_app.screens.base import PlanScreen

        for screen in self.screen_stack:
            if isinstance(screen, PlanScreen):
                screen.refresh_language()
        self._show_unsaved()

    def get_key_display(self, binding: Binding) -> str:
        """How a key is written in the footer and the help screen."""
        names = {"escape": "Esc", "enter": "Enter", "space": "Space", "delete": "Del", "question_mark": "?"}
        names.update({f"f{n}": f"F{n}" for n in range(1, 13)})
        if binding.key_display is None and binding.key in names:
            return names[binding.key]
        return super().get_key_display(binding)

    # --- saving -------------------------------------------------------------------------------

    def submit(self, change: Change) -> bool:
        """Check one change, show it and save it; say clearly when it was refused.

        Returns True when the change is taken: it is on screen and saved, or being saved (in a
        worker thread, marked unsaved until the file holds it). Screens are refreshed either way.
        """
        return self.submit_change(change).error is None

    def submit_change(self, change: Change) -> Outcome:
        """Like :meth:`submit`, returning the whole outcome (its error tells a conflict apart)."""
        assert self.session is not None
        outcome = self.session.accept(change)
        if outcome.error is not None:
            self.report_error(outcome.error)
        else:
            self._save_pending(report=True)
        self.refresh_screens(touched=outcome.touched)
        return outcome

    async def action_undo(self) -> None:
        """ctrl+z: take back this user's latest change of this session (itself a saved change)."""
        await self._revert("undo")

    async def action_redo(self) -> None:
        """ctrl+y: make again what the latest undo took back."""
        await self._revert("redo")

    async def _revert(self, kind: str) -> None:
        from tui_app import history

        if self.session is None:
            return
        await self.saves_done()  # one save at a time: the saving thread is done with the store
        session = self.session
        stack = session.undo_stack if kind == "undo" else session.redo_stack
        entries = stack[-1] if stack else []
        outcome = session.undo() if kind == "undo" else session.redo()
        if outcome.error is not None:
            self.report_error(outcome.error)
        elif entries:
            done = {"undo": "history.undone", "redo": "history.redone"}[kind]
            self.say(self.t(done, what=history.field_label(entries[0], self.lang)))
        self.refresh_screens()

    def _save_pending(self, *, report: bool) -> None:
        """Start saving the pending changes, unless a save is under way (it saves them all).

        ``report``: say so when the file cannot be saved (a retry that fails again says nothing:
        the unsaved marker stays).
        """
        session = self.session
        if session is None or not session.pending or self._saver is not None:
            return
        self.saving = True
        self._saver = self.run_worker(self._save_in_order(report), name="save", group="save", exit_on_error=False)

    async def _save_in_order(self, report: bool) -> None:
        """Save the pending changes one at a time, in order; the file work runs in a thread.

        A change leaves the pending list (and "unsaved" leaves the screen) only once the store
        has written, fsynced and put the file in place. Keys keep working meanwhile.
        """
        session = self.session
        assert session is not None
        try:
            while session.pending:
                done = await asyncio.to_thread(session.store_next, self._lock_waiting)
                self._waiting_for = None
                if done.error is None:
                    session.stored(done)
                    if not session.pending and session.stale:  # someone else saved meanwhile
                        await self._reload()
                    self._show_unsaved()  # the plan on screen stays (it shows the change already)
                    continue
                session.not_stored(done)
                if isinstance(done.error, ValidationError):  # someone else's save came first
                    self.report_dropped(done.change, done.error)
                    await self._reload()
                    continue
                if report:
                    self.report_error(done.error)
                self._show_unsaved()  # stays pending, as it is on screen; the poll tries again
                return
        finally:
            self._saver = None
            self._waiting_for = None
            self.saving = False

    async def _reload(self) -> None:
        """Read the file afresh in a thread (pending changes stay on top) and redraw."""
        session = self.session
        assert session is not None
        try:
            version = session.store.version()
            plan = await asyncio.to_thread(session.store.load, session.year)
        except UserError as exc:
            self.report_error(exc)
            return
        session.reload(plan, version)
        self.refresh_screens()

    async def saves_done(self) -> None:
        """Wait until no save is under way (quitting, tests)."""
        while self._saver is not None:
            with contextlib.suppress(Exception):
                await self._saver.wait()
            await asyncio.sleep(0)

    def _lock_waiting(self, holder: dict[str, object] | None) -> None:
        """(From the saving thread.) Another process holds the lock: show who, keep waiting."""
        with contextlib.suppress(RuntimeError):  # the app is closing
            self.call_from_thread(self._show_lock_waiting, holder)

    def _show_lock_waiting(self, holder: dict[str, object] | None) -> None:
        if holder and {"user", "pid", "host"} <= holder.keys():
            who = self.t("store.lock_holder", user=printable(str(holder["user"]), multiline=False),
                         pid=holder["pid"], host=printable(str(holder["host"]), multiline=False))
        else:
            who = self.t("store.lock_holder_unknown")
        self._waiting_for = who
        self._show_unsaved()
        self.say(self.t("store.lock_waiting", who=who), severity="warning", timeout=8)

    def report_error(self, error: UserError) -> None:
        severity: SeverityLevel = "warning" if isinstance(error, StoreError) else "error"
        self.say(error.message(self.lang), severity=severity, timeout=8)

    def report_dropped(self, change: Change, error: UserError) -> None:
        """A change kept on screen while unsaved was then refused: give the user back their text."""
        text = change.typed_text
        if not text:
            self.report_error(error)
            return
        what = error.params.get("what", "field.title")
        self.say(self.t("error.conflict_dropped", what=self.t(str(what)), text=text), severity="error", timeout=60)

    def say(self, text: str, *, severity: SeverityLevel = "information", timeout: float = 5) -> None:
        """Show a notification. ``markup=False``: user text inside it must never be read as markup.

        (A plain ``str``: the toast wraps the message in ``Content`` itself; given a ``Content``
        it would draw nothing.)
        """
        self.notify(text, severity=severity, timeout=timeout, markup=False)

    def refresh_screens(self, touched: frozenset[str] | None = None) -> None:
        """Ask every open screen to redraw from ``session.plan``.

        ``touched``: the uids of the only measures that changed (a screen redraws just what shows
        them); None when anything may have changed (the file read afresh, an undo).
        """
        from tui_app.screens.base import PlanScreen

        self._show_unsaved()
        for screen in self.screen_stack:
            if isinstance(screen, PlanScreen):
                screen.refresh_plan(touched)

    def _show_unsaved(self) -> None:
        count = len(self.session.pending) if self.session else 0
        self.unsaved_count = count
        self.sub_title = self.t("app.unsaved", count=count) if count else ""
        if count and self._waiting_for is not None:
            self.sub_title += " · " + self.t("store.lock_waiting", who=self._waiting_for)

    def poll(self) -> None:
        """Retry unsaved changes; pick up what someone else saved."""
        session = self.session
        if session is None:
            return
        try:
            if session.unsaved:
                self._save_pending(report=False)  # a retry (nothing while a save is under way)
            elif session.changed_elsewhere():
                session.reload()
                self.refresh_screens()
        except UserError as exc:  # the file became unreadable meanwhile: keep what is on screen
            self.report_error(exc)

    # --- going places -------------------------------------------------------------------------

    # --- navigation: the one way screens are opened and left -----------------------------------
    #
    # The overview is the first screen; every other screen stands above it. Screens never count
    # places in ``screen_stack``: they call these.

    def screens_above_overview(self) -> list[Screen]:
        """The screens (dialogs included) above the overview, bottom first; empty on the overview."""
        stack = self.screen_stack
        overview = getattr(self, "_overview", None)
        return stack[stack.index(overview) + 1 :] if overview in stack else []

    def is_above_overview(self, screen: Screen) -> bool:
        """Whether ``screen`` can go back (the overview, the first screen, cannot)."""
        return screen in self.screens_above_overview()

    def back_to_overview(self) -> bool:
        """Close everything above the overview (dialogs included); False when nothing was closed.

        What is typed in the screens being closed is saved first. A field whose text cannot be
        saved holds its screen open once, with a message (``PlanScreen.hold_unsaved``).
        """
        from tui_app.screens.base import PlanScreen

        above = self.screens_above_overview()
        for screen in reversed(above):
            if isinstance(screen, PlanScreen) and screen.hold_unsaved():
                while self.screen is not screen:  # show the field that holds it
                    self.pop_screen()
                return False
        for _ in above:
            self.pop_screen()
        return True

    _to_overview = back_to_overview  # the former names, still callable
    open_overview = back_to_overview

    def open_dimension(self, number: int) -> None:
        """The dimension's table, right above the overview."""
        from tui_app.screens.dimension import DimensionScreen

        if self.back_to_overview():
            self.push_screen(DimensionScreen(number))

    def open_measure(self, uid: str, *, from_list: bool = False) -> None:
        """Open a measure.

        ``from_list``: opened from the list on screen (a dimension, the status table, the plan's
        tree): it goes on top, and escape comes back to that list. Otherwise (the command
        palette) everything above the overview closes and the measure opens with its dimension
        underneath, so that escape goes to the dimension.
        """
        from tui_app.screens.dimension import DimensionScreen
        from tui_app.screens.measure import MeasureScreen

        if from_list:
            self.push_screen(MeasureScreen(uid))
            return
        assert self.session is not None
        measure = self.session.plan.measure(uid)
        if self.back_to_overview():
            self.push_screen(DimensionScreen(measure.dimension, select_uid=uid))
            self.push_screen(MeasureScreen(uid))

    def action_open_status_table(self) -> None:
        from tui_app.screens.status_table import StatusTableScreen

        if self.back_to_overview():
            self.push_screen(StatusTableScreen())

    def action_open_plan_details(self) -> None:
        from tui_app.screens.plan_details import PlanDetailsScreen

        if self.back_to_overview():
            self.push_screen(PlanDetailsScreen())

    def action_open_rounds(self) -> None:
        from tui_app.screens.rounds import RoundsScreen

        if self._to_overview():
            self.push_screen(RoundsScreen())

    def action_open_import(self) -> None:
        from tui_app.screens.import_screen import ImportScreen
        from tui_app.store.settings import export_folder

        if self._to_overview():
            self.push_screen(ImportScreen(folder=export_folder(self._settings_path)))

    def action_history(self) -> None:
        """The whole plan's change history (from the overview's ``h`` or the palette)."""
        from tui_app.screens.history import HistoryScreen

        if self._to_overview():
            self.push_screen(HistoryScreen())

    def action_export(self) -> None:
        """The export dialog for the plan on screen (from the status table's ``x`` or the palette)."""
        from tui_app.screens.export_dialog import ExportScreen

        if self.session is None or isinstance(self.screen, ExportScreen):
            return
        if not self.session.plan.measures:
            self.say(self.t("export_dialog.empty"), severity="warning")
            return
        from tui_app.store.settings import export_folder

        self.push_screen(ExportScreen(folder=export_folder(self._settings_path)))

    # --- help, palette, quit ------------------------------------------------------------------

    def action_help(self) -> None:
        from tui_app.screens.base import PlanScreen
        from tui_app.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, PlanScreen):
            self.push_screen(HelpScreen(screen))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # help is for a screen of the plan; over a dialog it does nothing, so the footer of the
        # dialog does not offer it
        if action == "help":
            from tui_app.screens.base import PlanScreen

            return isinstance(self.screen, PlanScreen)
        return True

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.t("palette.placeholder"), id="--command-palette"))

    def action_help_quit(self) -> None:
        """ctrl+c does not quit (it copies in a text field): say which key does."""
        self.say(self.t("app.how_to_quit"))

    async def action_quit(self) -> None:
        """Quit; save what is typed in the field being edited first, and ask before losing changes."""
        from tui_app.screens.base import PlanScreen

        if isinstance(self.screen, ModalScreen):
            return
        for screen in self.screen_stack:
            if isinstance(screen, PlanScreen):
                screen.commit_edits()
        session = self.session
        if session is not None and session.unsaved:
            # the saves run on: wait for them in a worker, so that the screen keeps answering
            self.run_worker(self._quit_when_saved(), group="quit", exclusive=True)
            return
        self._quit_or_ask()

    async def _quit_when_saved(self) -> None:
        session = self.session
        assert session is not None
        await self.saves_done()
        if session.unsaved:  # the last try failed: one more, then ask
            self._save_pending(report=False)
            await self.saves_done()
        self._quit_or_ask()

    def _quit_or_ask(self) -> None:
        from tui_app.screens.base import PlanScreen
        from tui_app.screens.dialogs import ConfirmDialog

        session = self.session
        if session is not None and session.unsaved:
            message = self.t("app.confirm_quit_unsaved", count=len(session.pending))
        elif any(isinstance(s, PlanScreen) and s.unsaved_field() is not None for s in self.screen_stack):
            # typed text whose save was refused (someone else's change came first): on screen only
            message = self.t("app.confirm_quit_drafts")
        else:
            self.exit()
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        self.push_screen(ConfirmDialog(message, self.lang), answered)


def _sara_am_splitting(driver_class: type[Driver]) -> type[Driver]:
    """``driver_class`` writing SARA AM as NIKHAHIT + SARA AA (:func:`tui_app.thai.split_sara_am`)."""

    class SaraAmSplittingDriver(driver_class):  # type: ignore[misc,valid-type]
        def write(self, data: str) -> None:
            super().write(split_sara_am(data))

    SaraAmSplittingDriver.__name__ = SaraAmSplittingDriver.__qualname__ = f"SaraAmSplitting{driver_class.__name__}"
    return SaraAmSplittingDriver
