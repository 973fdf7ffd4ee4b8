"""What every screen of the app shares.

Key descriptions in the user's language
---------------------------------------
``BINDINGS`` keep a short English description, like a message id; what the user sees comes from
the catalogue. :attr:`KeysInUserLanguage.active_bindings` -- the one property the ``Footer`` (and
Textual's key panel, and our help screen) read to learn what the keys do -- returns each binding
with its description looked up as ``key.<binding id>`` (then ``key.<action>``) in the app's
language. So a plain ``Footer()`` on any :class:`PlanScreen` (or dialog) shows Thai by default,
English after ctrl+t, and a binding with no catalogue entry keeps its English words rather than
showing a key.

Thai keyboards
--------------
Staff type Thai, so the keyboard is often in the Thai (Kedmanee) layout when they reach for a
command key: the key marked ``a`` then sends ``ฟ``. :func:`keys` adds the Thai character of the
same key to a letter binding, so commands work in either layout. That includes the keys whose
Thai character is a vowel or tone mark written above or below a letter (``b`` → ``ิ``, ``n`` →
``ื``, ``y`` → ``ั``, shift+``j`` → ``๋``): a terminal sends them as ordinary keystrokes, and
Textual names such a key after the character's Unicode name (``thai_character_sara_i``), which is
also what a one-character binding key becomes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets import Label

from tui_app.errors import ValidationError
from tui_app.i18n import MESSAGES, t

if TYPE_CHECKING:
    from tui_app.app import TuiApp
    from tui_app.changes import Change
    from tui_app.model import Plan

# The Thai Kedmanee layout: the character each Latin key sends when the keyboard is in Thai.
_KEDMANEE_PAIRS = (
    "qๆ wไ eำ rพ tะ yั uี iร oน pย aฟ sห dก fด gเ h้ j่ kา lส ;ว 'ง zผ xป cแ vอ bิ nื mท ,ม .ใ /ฝ "
    "Q๐ Eฎ Rฑ Tธ Yํ U๊ Iณ Oฯ Pญ Aฤ Sฆ Dฏ Fโ Gฌ H็ J๋ Kษ Lศ :ซ Cฉ Vฮ Bฺ N์ <ฒ >ฬ ?ฦ"
)
#: Latin key -> the Thai character the same key sends in the Thai layout (letters and marks alike)
KEDMANEE: dict[str, str] = {pair[0]: pair[1] for pair in _KEDMANEE_PAIRS.split()}


def keys(*names: str) -> str:
    """A binding's key list with the Thai-layout character of each letter key added.

    ``keys("a")`` is ``"a,ฟ"``; ``keys("e", "enter")`` is ``"e,ำ,enter"``; ``keys("b")`` is
    ``"b,ิ"`` (Textual reads the one-character key ``ิ`` as ``thai_character_sara_i``).
    """
    out: list[str] = []
    for name in names:
        out.append(name)
        latin = {"question_mark": "?", "slash": "/"}.get(name, name)
        thai = KEDMANEE.get(latin)
        if thai is not None:
            out.append(thai)
    return ",".join(out)


def is_alias_key(key: str) -> bool:
    """A key added by :func:`keys` for the Thai layout (left out of the help screen's key list):
    a Thai character, or the name Textual gives a Thai mark (``thai_character_sara_i``)."""
    return (len(key) == 1 and "\u0e00" <= key <= "\u0e7f") or key.startswith("thai_character_")


def binding_label(binding: Binding, lang: str) -> str:
    """The description of ``binding`` in ``lang``: ``key.<id>``, then ``key.<action>``, else its own."""
    action = binding.action.removeprefix("app.").removeprefix("screen.")
    for key in (f"key.{binding.id}" if binding.id else None, f"key.{action}"):
        if key and key in MESSAGES:
            return t(key, lang)
    return binding.description


class TopBar(Horizontal):
    """One line at the top: where you are, a note that must stay whole (a date), and the
    "unsaved" marker while changes wait to be saved. A title too long for the line is cut with
    an ellipsis; the note and the marker never are."""

    def __init__(self) -> None:
        super().__init__()
        # The bar holds its two labels from the start, so that drawing into them never depends
        # on where mounting has got to: a screen closed at once (a click, then Esc, quickly) is
        # taken apart before the bar's own mount handler runs, and a query would find nothing.
        self._title = Label(id="topbar-title", markup=False)
        self._note = Label(id="topbar-note", markup=False)
        self._unsaved = Label(id="topbar-unsaved", markup=False)

    def compose(self):
        from tui_app.screens.read_only import ReadOnlyBanner

        yield self._title
        yield ReadOnlyBanner()
        yield self._note
        yield self._unsaved

    def on_mount(self) -> None:
        self.watch(self.app, "unsaved_count", self._show_unsaved)

    def set_title(self, text: str, note: str = "") -> None:
        """Show ``text`` (cut if need be) and ``note`` whole after it ("" for none)."""
        self._title.update(Content(text))
        self._note.update(Content(note))
        self._note.set_class(bool(note), "-shown")

    def _show_unsaved(self, count: int) -> None:
        label = self._unsaved
        label.set_class(count > 0, "-shown")
        if count:
            label.update(Content(t("app.unsaved", self.app.lang, count=count)))  # type: ignore[attr-defined]

    def relabel(self) -> None:
        self._show_unsaved(getattr(self.app, "unsaved_count", 0))


class Footer(TextualFooter):
    """Textual's footer, composed again once however often the keys change before the next refresh.

    Textual's own recomposes for every change of the screen's keys; a screen coming up changes
    them several times (shown, focused, relabelled), and each time every key of the footer was
    made and styled anew before the first frame. The recompose reads the keys when it runs, so
    one after the last change shows them all.
    """

    _recompose_pending = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True  # (the conditions are Textual's)
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._recompose_pending:
            self._recompose_pending = True
            self.call_after_refresh(self._recompose_once)

    async def _recompose_once(self) -> None:
        self._recompose_pending = False  # a change from now on asks for another
        await self.recompose()


class KeysInUserLanguage:
    """For a screen (a dialog too): the footer describes its keys in the app's language.

    ``active_bindings`` is what the ``Footer`` (and the help screen) read; each binding comes
    back with its description looked up in the catalogue (see :func:`binding_label`), Textual's
    own keys included (an open dropdown's "dismiss").
    """

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        lang = getattr(self.app, "lang", "th")  # type: ignore[attr-defined]
        return {
            key: active._replace(binding=replace(active.binding, description=binding_label(active.binding, lang)))
            for key, active in super().active_bindings.items()  # type: ignore[misc]
        }


class PlanScreen(KeysInUserLanguage, Screen):
    """A screen that shows part of the plan and redraws when it changes."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back", id="back")]

    #: catalogue key of this screen's help text (shown by ? / F1)
    HELP_KEY = ""
    #: a field's unsaved text held the screen open once already (see :meth:`hold_unsaved`)
    _leave_armed = False
    #: what :meth:`hold_unsaved` says when it holds the screen open
    UNSAVED_LEAVE_KEY = "app.unsaved_leave"

    @property
    def tui(self) -> TuiApp:
        return self.app  # type: ignore[return-value]

    @property
    def plan(self) -> Plan:
        assert self.tui.session is not None
        return self.tui.session.plan

    def refresh_plan(self) -> None:
        """Redraw from ``self.plan``; keep the cursor and anything the user is typing."""

    @property
    def can_draw(self) -> bool:
        """The screen's widgets are there to be drawn into (composed, not yet removed)."""
        return self.is_attached and bool(self.children)

    def refresh_language(self) -> None:
        """The language changed: show the labels in it (subclasses relabel their widgets)."""
        for bar in self.query(TopBar):
            bar.relabel()
        self.refresh_bindings()
        self.refresh_plan()

    def commit_edits(self) -> None:
        """Save what the user typed but has not saved yet (called before the app quits)."""

    def unsaved_field(self) -> Widget | None:
        """A field still holding typed text that could not be saved (someone else's change came
        first, a value the field refuses), after :meth:`commit_edits`; None when there is none."""
        return None

    def hold_unsaved(self) -> bool:
        """Save what was typed before the screen closes; True when it must stay open after all.

        A field whose text could not be saved gets the focus and a message says so, once: asked
        to close again (nothing typed meanwhile), the screen lets go and that text is dropped.
        """
        self.commit_edits()
        field = self.unsaved_field()
        if field is None or self._leave_armed:
            self._leave_armed = False
            return False
        self._leave_armed = True
        field.focus()
        self.tui.say(self.tui.t(self.UNSAVED_LEAVE_KEY), severity="warning", timeout=8)
        return True

    def help_bindings(self) -> list[Binding]:
        """Keys to list in the help screen besides the active ones (a child widget's, say)."""
        return []

    def screen_title(self) -> str:
        """Where the user is, for the top line and the help screen."""
        return self.title or ""

    def action_back(self) -> None:
        """Escape: leave the screen (see :meth:`go_back`) -- once it has finished mounting.

        A key can arrive between the moment a screen is pushed and the moment it has mounted
        (a click that opens it, then Esc at once over a fast link): closing it then would take
        its widgets away under its own mount handler. The key waits in the screen's queue
        instead, which runs only after the mount.
        """
        if not self.is_mounted:
            self.call_later(self.action_back)
            return
        self.go_back()

    def go_back(self) -> None:
        """Close this screen (subclasses save or hold what was typed first)."""
        if self.app.screen is self and self.tui.is_above_overview(self):
            self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # no "back" key in the footer of the first screen: there is nowhere to go back to
        return not (action == "back" and self in self.app.screen_stack and not self.tui.is_above_overview(self))

    # --- saving -----------------------------------------------------------------------------

    def save(self, make: Callable[[], Change]) -> bool:
        """Build a change (its input is checked then) and submit it; True when it is saved.

        A value refused while the change is built shows its message; nothing is stored.
        """
        try:
            change = make()
        except ValidationError as exc:
            self.tui.report_error(exc)
            return False
        return self.tui.submit(change)
