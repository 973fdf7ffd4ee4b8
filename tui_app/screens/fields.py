"""Text fields that apply keys in the order they were typed.

Textual 8 handles a typed character inside the field at once, but sends a bound key (backspace,
delete, arrows, home/end, ctrl+u, …) up to the app before its action runs. When keys arrive
together -- as they do over a slow SSH link, where a line's worth of keystrokes comes in one
packet -- a character can be inserted before the edit key that preceded it: ``ctrl+u`` then
``123`` leaves an empty field (textual #6605). These fields run their own key bindings as the
key arrives, so edits keep their order. Keys bound further up (the screen's, the app's) still
travel as usual; they come after the typing that precedes them anyway.

Every ``Input`` and ``TextArea`` of the app is one of these.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea


class _OrderedKeys:
    """Mixin for a text widget: run the widget's own (non-priority) bindings inline."""

    def _inserts(self, event: events.Key) -> bool:
        """Whether the widget itself already took this key as text."""
        return event.is_printable

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)  # type: ignore[misc]
        if self._inserts(event):
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):  # type: ignore[attr-defined]
            if not binding.priority and await self.app.run_action(binding.action, self):  # type: ignore[attr-defined]
                event.stop()
                event.prevent_default()
                return


class OrderedInput(_OrderedKeys, Input):
    """An ``Input`` whose editing keys keep their order with typed characters."""


class OrderedTextArea(_OrderedKeys, TextArea):
    """A ``TextArea`` whose editing keys keep their order with typed characters."""

    def _inserts(self, event: events.Key) -> bool:
        if self.read_only:
            return False
        return event.is_printable or event.key == "enter" or (event.key == "tab" and self.tab_behavior == "indent")


def field_text(widget: Input | TextArea) -> str:
    """What a one-line or multi-line field holds."""
    return widget.text if isinstance(widget, TextArea) else widget.value


def set_field_text(widget: Input | TextArea, text: str) -> None:
    """Show ``text`` in a field, leaving it alone (cursor and all) when it already shows it."""
    if isinstance(widget, TextArea):
        if widget.text != text:
            widget.load_text(text)
    elif widget.value != text:
        widget.value = text
        widget.cursor_position = len(text)
