"""Thai digits and Buddhist-Era dates, for the screen and the exports."""

from __future__ import annotations

import re
from datetime import date

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    """``2566`` → ``๒๕๖๖`` (everything else is left as it is)."""
    return text.translate(_TO_THAI)


def be_year(d: date) -> int:
    return d.year + 543


def thai_date(d: date | None) -> str:
    """``6 พฤศจิกายน 2566``: day, Thai month name, Buddhist-Era year."""
    if d is None:
        return ""
    return f"{d.day} {THAI_MONTHS[d.month - 1]} {be_year(d)}"


# --- display width and wrapping -----------------------------------------------------------------
#
# Thai vowels above and below a consonant and the tone marks take no cell of their own (wcwidth
# gives them width 0); Thai writes no spaces between words. Wrapping therefore measures display
# cells, breaks at spaces when it can, and otherwise breaks between "units" that never separate
# a zero-width mark from its base consonant (nor a leading vowel เ แ โ ใ ไ from the consonant
# after it, nor ะ า ำ ๆ ฯ from the syllable before them).

_BREAKABLE_SPACE = " \u200b"  # a space, or ZERO WIDTH SPACE (the Thai way to mark a word break)
_NO_BREAK_AFTER = frozenset("เแโใไ([{“‘")
_NO_BREAK_BEFORE = frozenset("ะาำๅๆฯ)]},.:;!?”’%")


def char_width(ch: str) -> int:
    """Cells ``ch`` takes in a monospace terminal (0 for combining marks and controls)."""
    from wcwidth import wcwidth

    return max(wcwidth(ch), 0)


def display_width(text: str) -> int:
    """Cells ``text`` takes on one line of a monospace terminal (Thai marks count 0)."""
    from wcwidth import wcswidth

    width = wcswidth(text)
    if width >= 0:
        return width
    return sum(char_width(ch) for ch in text)  # a control character: count it as 0, not -1


def clusters(text: str) -> list[str]:
    """``text`` cut into a base character and the zero-width marks that follow it.

    A zero-width character at the very start (a stray tone mark) makes a cluster of its own.
    """
    out: list[str] = []
    for ch in text:
        if out and char_width(ch) == 0:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def break_units(word: str) -> list[str]:
    """The pieces a word without spaces may be broken between (see the note above)."""
    units: list[str] = []
    previous_base = ""
    for cluster in clusters(word):
        base = cluster[0]
        if units and (base in _NO_BREAK_BEFORE or previous_base in _NO_BREAK_AFTER):
            units[-1] += cluster
        else:
            units.append(cluster)
        previous_base = base
    return units


def _split_words(paragraph: str) -> list[str]:
    words: list[str] = []
    current = ""
    for ch in paragraph:
        if ch in _BREAKABLE_SPACE:
            if current:
                words.append(current)
            current = ""
            if ch == " ":
                words.append(" ")
        else:
            current += ch
    if current:
        words.append(current)
    return words


def wrap_display(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` display cells (``width <= 0``: no wrapping).

    New lines in ``text`` are kept. Lines break at spaces when possible; a word longer than a
    line is broken between units (:func:`break_units`), filling the line it starts on, and a unit
    wider than a line between clusters (:func:`clusters`). A mark is never parted from its base;
    only a single cluster wider than ``width`` (a wide character in a width of 1) overflows.
    Spaces at the ends of a line are dropped; runs of spaces inside a line are kept.
    """
    paragraphs = text.split("\n")
    if width <= 0:
        return paragraphs
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(_wrap_paragraph(paragraph, width))
    return lines


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _good_break(before: str, after: str) -> bool:
    """Whether a break between two units falls on a likely syllable boundary.

    Without a dictionary these are the sure signs: a leading vowel (เ แ โ ใ ไ) starts a
    syllable; ะ, ำ, ๆ, ฯ and a silenced letter (์) end one; Thai next to other script.
    """
    last = before.rstrip("\u200b")[-1:] or " "
    first = after[:1] or " "
    if first in "เแโใไ" or last in "ะำๆฯ\u0e4c":
        return True
    return _is_thai(last) != _is_thai(first)


# A break moves back to a syllable boundary if the line stays at least this full.
_MIN_FILL = 0.5


def _wrap_paragraph(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    used = 0
    gap = ""  # spaces seen since the last word, put in only if a word follows on the same line

    def flush() -> None:
        nonlocal line, used
        lines.append(line)
        line, used = "", 0

    def place_long(word: str) -> None:
        """A word wider than a line: fill lines with its units, breaking on syllable signs."""
        nonlocal line, used
        units = break_units(word)
        widths = [display_width(u) for u in units]
        at_word_start = bool(line)  # the line ends in a space: a break here is a good one
        while units:
            fit, room = 0, width - used
            while fit < len(units) and widths[fit] <= room:
                room -= widths[fit]
                fit += 1
            if fit == len(units):
                line += "".join(units)
                used += sum(widths)
                return
            cut = fit
            for b in range(fit, -1, -1):
                if used + sum(widths[:b]) < width * _MIN_FILL:
                    break
                if (b == 0 and at_word_start) or (b > 0 and _good_break(units[b - 1], units[b])):
                    cut = b
                    break
            if cut == 0 and not line:  # the first unit is wider than a line
                parts = clusters(units[0])
                if len(parts) == 1:  # a single cluster wider than the line (a wide character): it overflows
                    lines.append(units[0])
                    units, widths = units[1:], widths[1:]
                else:  # break it between clusters
                    units = parts + units[1:]
                    widths = [display_width(u) for u in parts] + widths[1:]
                continue
            line += "".join(units[:cut])
            flush()
            units, widths = units[cut:], widths[cut:]
            at_word_start = False

    for word in _split_words(paragraph):
        if word == " ":
            gap += " " if line else ""
            continue
        word_width = display_width(word)
        gap_width = len(gap) if line else 0
        if used + gap_width + word_width <= width:
            line += (gap if line else "") + word
            used += gap_width + word_width
        elif word_width <= width:
            if line:
                flush()
            line, used = word, word_width
        else:  # longer than a line: fill the current line, then go on
            if line and used + gap_width < width:
                line += gap
                used += gap_width
            elif line:
                flush()
            place_long(word)
        gap = ""
    if line or not lines:
        lines.append(line)
    return [piece.rstrip(" ") for piece in lines]


# --- SARA AM on a terminal ----------------------------------------------------------------------
#
# Terminals draw a character cell by cell. SARA AM (ำ, U+0E33) is one spacing character whose
# ring (NIKHAHIT) belongs over the consonant before it; xterm and most emulators draw it inside
# its own cell instead, so ตำบล reads as "ตาบล". Written as NIKHAHIT (U+0E4D, no cell of its own)
# + SARA AA (U+0E32, one cell), the ring joins the consonant's cell and the width stays the same.
# The nikhahit goes before the above marks already on the consonant (น้ำ → น ํ ้ า), the order
# HarfBuzz's Thai shaper gives them, so that the tone mark is drawn above the ring.
# This is for what is drawn on a terminal only; stored text and exports keep the one character.

#: how SARA AM is written to the terminal: "split" (NIKHAHIT + SARA AA) or "keep" (U+0E33)
THAI_AM_MODES = ("split", "keep")
DEFAULT_THAI_AM = "split"

# Above marks the nikhahit moves in front of: MAI HAN-AKAT, the upper vowels, MAITAIKHU to
# YAMAKKAN (tone marks, THANTHAKHAT, NIKHAHIT) — HarfBuzz's IS_TONE_MARK set for Thai.
_ABOVE_MARKS = "\u0e31\u0e34-\u0e37\u0e47-\u0e4e"
_SARA_AM_AFTER_MARKS = re.compile(f"([{_ABOVE_MARKS}]*)\u0e33")
_SPLIT_AM = re.compile(f"\u0e4d([{_ABOVE_MARKS}]*)\u0e32")


def split_sara_am(text: str) -> str:
    """``น้ำ`` (น ้ ำ) → น ํ ้ า: SARA AM as NIKHAHIT + SARA AA, in the order HarfBuzz draws them.

    The display width is unchanged (the nikhahit takes no cell, the sara aa one).
    """
    if "\u0e33" not in text:
        return text
    return _SARA_AM_AFTER_MARKS.sub("\u0e4d\\1\u0e32", text)


def join_sara_am(text: str) -> str:
    """The inverse of :func:`split_sara_am`: NIKHAHIT (+ above marks) + SARA AA → (marks +) SARA AM.

    Text copied from a terminal (or a PDF) holds the split form; stored text holds U+0E33.
    """
    if "\u0e4d" not in text:
        return text
    return _SPLIT_AM.sub("\\1\u0e33", text)


def thai_am_mode(*choices: object) -> str:
    """The first of ``choices`` that is a known mode (an option, then a setting), else the default."""
    for choice in choices:
        if choice in THAI_AM_MODES:
            return str(choice)
    return DEFAULT_THAI_AM
