"""Keys that arrive together (a burst over a slow SSH link) are applied in the order typed.

Textual 8 types a character in the field at once but sends a bound key (backspace, arrows,
ctrl+u) up to the app first, so in a burst the character could land before the edit key
(textual #6605): ``ctrl+u`` then ``abc`` left an empty field. Our fields run their own editing
keys as they arrive.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input, TextArea

from tui_app.screens.fields import OrderedInput, OrderedTextArea


def burst(app, *keys: str) -> None:
    """Post the keys without waiting between them, as a terminal delivers one packet."""
    for key in keys:
        char = key if len(key) == 1 else {"space": " "}.get(key)
        app.post_message(events.Key(key, char))


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (("end", "ctrl+u", "a", "b", "c"), "abc"),
        # backspace takes one code point at a time: ์ then ษ
        (("end", "backspace", "backspace", "x", "y"), "นายนครินทร์ วงศ์พงxy"),
        (("home", "right", "delete", "Z"), "นZยนครินทร์ วงศ์พงษ์"),
    ],
)
async def test_a_burst_of_keys_in_a_plan_field(app_factory, keys, expected):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        field = app.screen.query_one("#field-reporter", Input)
        assert isinstance(field, OrderedInput)
        field.focus()
        await pilot.pause()
        burst(app, *keys)
        await pilot.pause()
        await pilot.pause()
        assert field.value == expected


async def test_a_burst_of_keys_in_a_result(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.press("enter")
        await pilot.pause()
        area = app.screen.query_one("#result", TextArea)
        assert isinstance(area, OrderedTextArea)
        area.focus()
        area.text = "abc"
        area.move_cursor((0, 3))
        await pilot.pause()
        burst(app, "backspace", "backspace", "x", "left", "y")
        await pilot.pause()
        await pilot.pause()
        assert area.text == "ayx"
