"""A checkbox that reads on or off without colour.

Textual's checkbox draws the same ``X`` whether it is on or off and tells them apart by colour
only, which a monochrome terminal, a colour-blind user or a screen reader does not see. This one
draws ``[x]`` when on and ``[ ]`` when off, like the step checklist.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class OnOffCheckbox(Checkbox):
    """A ``Checkbox`` drawn as ``[x]`` (on) or ``[ ]`` (off)."""

    @property
    def _button(self) -> Content:
        mark = "x" if self.value else " "
        return Content.assemble("[", (mark, self.get_visual_style("toggle--button")), "]")
