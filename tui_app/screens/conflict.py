"""The note shown while a field holds text whose save met someone else's change.

When a save is refused because someone else saved the same field first, the user's own text stays
in the field and this note (placed above the footer) shows what the other person saved and the two ways
on: save your text over theirs (ctrl+o / F2) or take theirs (ctrl+r). Saving over theirs is
checked against the very text the note showed, so a text nobody has seen is never overwritten:
if it changed again meanwhile, the save is refused once more and the note shows the new text.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class ConflictNote(Static):
    """Someone else's saved text next to yours, and what the keys do; hidden when no conflict."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        #: the field and the text on show: (field label, their text), or None
        self.shown: tuple[str, str] | None = None

    def show(self, heading: str, theirs: str, hint: str) -> None:
        """``heading``: the field and who saved; ``theirs``: their text as saved; ``hint``: the keys."""
        self.shown = (heading, theirs)
        self.update(Content.assemble((heading, "bold"), "\n", theirs, "\n", (hint, "italic")))
        self.add_class("-shown")

    def hide(self) -> None:
        self.shown = None
        self.remove_class("-shown")
