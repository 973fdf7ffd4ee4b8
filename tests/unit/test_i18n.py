"""The message catalogue: every label in both languages, every key the code asks for present."""

from __future__ import annotations

import re
import string

from conftest import PACKAGE

from tui_app.i18n import LANGUAGES, MESSAGES, t

# a literal key passed to t(...) / .t(...) / say(t(...)) / a UserError subclass
_USED = re.compile(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z0-9_]+)+)["']|Error\(\s*["']([a-z_]+(?:\.[a-z0-9_]+)+)["']""")


def test_every_message_has_every_language_with_the_same_fields():
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGUAGES), key
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in entry.items()}
        assert fields["th"] == fields["en"], key
        assert all(text.strip() for text in entry.values()), key


def test_every_key_the_code_uses_is_in_the_catalogue():
    used = set()
    for path in PACKAGE.rglob("*.py"):
        for match in _USED.finditer(path.read_text("utf-8")):
            used.add(match.group(1) or match.group(2))
    assert len(used) > 50  # the pattern really finds the code's keys
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing


def test_unknown_language_falls_back_to_thai():
    assert t("dialog.yes", "fr") == MESSAGES["dialog.yes"]["th"]
