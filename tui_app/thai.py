"""Thai digits and Buddhist-Era dates, for the screen and the exports; display width and line breaking."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from types import ModuleType

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
#: ``text.translate(ARABIC_DIGITS)``: ๐–๙ read as 0–9 (what a person types on a Thai keyboard)
ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: the Buddhist Era counts 543 years more than the Common Era
BE_OFFSET = 543


def thai_digits(text: str) -> str:
    """``2566`` → ``๒๕๖๖`` (everything else is left as it is)."""
    return text.translate(_TO_THAI)


def arabic_digits(text: str) -> str:
    """``๒๕๖๖`` → ``2566`` (everything else is left as it is)."""
    return text.translate(ARABIC_DIGITS)


def be_year(d: date) -> int:
    """The Buddhist-Era year of ``d`` (2023 → 2566)."""
    return d.year + BE_OFFSET


def ce_year(be: int) -> int:
    """The Common-Era year of a Buddhist-Era year (2566 → 2023)."""
    return be - BE_OFFSET


def thai_date(d: date | None) -> str:
    """``6 พฤศจิกายน 2566``: day, Thai month name, Buddhist-Era year."""
    if d is None:
        return ""
    return f"{d.day} {THAI_MONTHS[d.month - 1]} {be_year(d)}"


def shown_date(d: date | None, lang: str) -> str:
    """``6 พฤศจิกายน 2566`` in Thai; ``6 November 2566 B.E.`` in English."""
    if d is None:
        return ""
    if lang == "th":
        return thai_date(d)
    return f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {be_year(d)} B.E."


def slash_date(d: date | None) -> str:
    """``06/11/2566``: day/month/Buddhist-Era year, as it is typed (empty for no date)."""
    return f"{d.day:02d}/{d.month:02d}/{be_year(d)}" if d is not None else ""


# --- display width and line breaking -----------------------------------------------------------
#
# Thai vowels above and below a consonant and the tone marks take no cell of their own (wcwidth
# gives them width 0), and Thai writes no spaces between words. Where a line may break comes from
# ICU's line-break rules (UAX #14) with its Thai word dictionary, through icu4py's LineBreaker;
# lines are measured in display cells. A word is split only when it is wider than a whole line,
# and then between grapheme clusters (ICU's CharacterBreaker), so a mark stays with its base.

_ICU_LOCALE = "th"
# Line ends drop these: a space, and ZERO WIDTH SPACE (the Thai way to mark a word break).
_SPACES = " \u200b"


@lru_cache(maxsize=1)
def _wcwidth() -> ModuleType:
    """The wcwidth module, imported when first needed (not at start: the app starts faster)."""
    import wcwidth

    return wcwidth


def char_width(ch: str) -> int:
    """Cells ``ch`` takes in a monospace terminal (0 for combining marks and controls)."""
    return max(_wcwidth().wcwidth(ch), 0)


def display_width(text: str) -> int:
    """Cells ``text`` takes on one line of a monospace terminal (Thai marks count 0)."""
    if text.isascii() and text.isprintable():  # as wcwidth counts it, without importing it
        return len(text)
    width = _wcwidth().wcswidth(text)
    if width >= 0:
        return width
    return sum(char_width(ch) for ch in text)  # a control character: count it as 0, not -1


@lru_cache(maxsize=1)
def _locale():
    from icu4py.locale import Locale

    return Locale(_ICU_LOCALE)


def _icu_pieces(breaker: type, text: str) -> list[str]:
    """``text`` cut by an icu4py breaker class, as pieces of ``text`` itself.

    ICU takes UTF-8, so a lone surrogate (possible in a damaged file) is segmented as "?" (one
    code point for one, so the lengths still fit ``text``).
    """
    try:
        return list(breaker(text, _locale()))
    except UnicodeEncodeError:
        pieces = list(breaker(text.encode("utf-8", "replace").decode("utf-8"), _locale()))
    out, at = [], 0
    for piece in pieces:
        out.append(text[at : at + len(piece)])
        at += len(piece)
    return out


def _segment(paragraph: str) -> tuple[str, ...]:
    """``paragraph`` cut at its line-break opportunities: each piece a word and the spaces after it.

    (The pieces :func:`prepare_breaks` found for it already, if any.)
    """
    prepared = _prepared.pop(paragraph, None)
    if prepared is not None:
        return prepared
    from icu4py.breakers import LineBreaker

    return tuple(_icu_pieces(LineBreaker, paragraph))


#: :func:`_segment`, cached: the screens wrap the same titles on every redraw, and segmenting is
#: most of the cost
_line_pieces = lru_cache(maxsize=4096)(_segment)

#: the pieces :func:`prepare_breaks` found, until :func:`_segment` takes them
_prepared: dict[str, tuple[str, ...]] = {}


def prepare_breaks(texts: Iterable[str], width: int) -> None:
    """Find where the paragraphs of ``texts`` that do not fit ``width`` may break, with one pass of
    ICU over them all, for the :func:`wrap_display` of each that follows (a table's cells).

    Starting ICU's line breaker costs about as much as running it over a title, so one pass over
    the paragraphs joined by new lines takes half the time of one pass each. A new line is a hard
    break (UAX #14), so each paragraph is cut as it would be alone; if the pieces do not add up
    to the paragraphs, each is left to be cut alone.
    """
    if width <= 0:
        return
    todo = list(dict.fromkeys(p for text in texts for p in text.split("\n") if p and not _fits(p, width)))
    _prepared.clear()  # only the latest table's
    if len(todo) < 2:
        return
    from icu4py.breakers import LineBreaker

    found: list[tuple[str, ...]] = []
    paragraph: list[str] = []
    for piece in _icu_pieces(LineBreaker, "\n".join(todo)):
        if piece.endswith("\n"):
            if piece != "\n":
                paragraph.append(piece[:-1])
            found.append(tuple(paragraph))
            paragraph = []
        else:
            paragraph.append(piece)
    found.append(tuple(paragraph))
    if len(found) == len(todo) and all("".join(pieces) == text for pieces, text in zip(found, todo, strict=True)):
        _prepared.update(zip(todo, found, strict=True))


@lru_cache(maxsize=1024)
def _words(paragraph: str) -> tuple[int, ...]:
    """The words of ``paragraph`` between its line-break opportunities, without their spaces.

    Four numbers a word, one after the other: ``start, end, cells, gap``: where it is, its width,
    and the width of the spaces before it (for the first word: the indent). Cached like
    :func:`_line_pieces`, in one flat tuple (a wrapped plan of thousands of titles keeps
    thousands of these); the pieces it is made from are not kept.
    """
    wcswidth = _wcwidth().wcswidth  # (display_width, without a call more for each word)
    words: list[int] = []
    at = previous_end = 0
    for piece in _segment(paragraph):
        start = at + len(piece) - len(piece.lstrip(_SPACES))  # (spaces lead the first piece only)
        end = at + len(piece.rstrip(_SPACES))
        at += len(piece)
        if end > start:  # not only spaces
            gap = display_width(paragraph[previous_end:start]) if start > previous_end else 0
            word = paragraph[start:end]
            cells = wcswidth(word)
            words += (start, end, cells if cells >= 0 else display_width(word), gap)
            previous_end = end
    return tuple(words)


def break_opportunities(text: str) -> list[int]:
    """Offsets in ``text`` where a line may break (ICU), the end of each piece but the last.

    A break after spaces is at the offset after them. New lines are breaks too.
    """
    offsets: list[int] = []
    at = 0
    for n, paragraph in enumerate(text.split("\n")):
        if n:
            at += 1
            offsets.append(at)  # just after the new line
        pieces = _line_pieces(paragraph)
        for piece in pieces[:-1]:
            at += len(piece)
            offsets.append(at)
        at += len(pieces[-1]) if pieces else 0
    return offsets


def clusters(text: str) -> list[str]:
    """``text`` cut into grapheme clusters: a base character with the marks that belong to it.

    A zero-width character at the very start (a stray tone mark) makes a cluster of its own.
    """
    from icu4py.breakers import CharacterBreaker

    return _icu_pieces(CharacterBreaker, text) if text else []


def line_spans(paragraph: str, width: int, *, split_long_words: bool = True) -> list[tuple[int, int]]:
    """Where the lines of one paragraph (no new line) start and end in it, each at most ``width`` cells.

    Lines break at ICU's line-break opportunities. A word wider than ``width`` is broken between
    grapheme clusters, filling each line (unless ``split_long_words`` is false: then it overflows
    a line of its own); a single cluster wider than ``width`` (a wide character in a width of 1)
    overflows. A line's span leaves out the spaces after its last word; the first line's starts
    at 0, so an indent stays (and counts). ``width <= 0``: the paragraph is one line.
    """
    if width <= 0:
        return [(0, len(paragraph))]
    spans: list[tuple[int, int]] = []
    start = end = used = 0  # the line being filled; `end` is just after its last word
    has_word = False
    numbers = iter(_words(paragraph))
    for word_start, word_end, word_width, gap in zip(numbers, numbers, numbers, numbers, strict=True):
        if used + gap + word_width <= width:
            end, used, has_word = word_end, used + gap + word_width, True
            continue
        if has_word:
            spans.append((start, end))
        start, end, used, has_word = word_start, word_end, word_width, True
        if word_width > width and split_long_words:  # the one place a word is split
            used, cut = 0, word_start
            for cluster in clusters(paragraph[word_start:word_end]):
                cells = display_width(cluster)
                if used + cells > width and cut > start:
                    spans.append((start, cut))
                    start, used = cut, 0
                cut += len(cluster)
                used += cells
    spans.append((start, end))
    return spans


def shorten_display(text: str, width: int, placeholder: str = "…") -> str:
    """``text`` on one line of at most ``width`` cells: whole if it fits, else cut after the last word
    that fits (ICU's word boundaries; a first word wider than the line between grapheme clusters)
    with ``placeholder`` after it. New lines read as spaces."""
    text = " ".join(text.split("\n"))
    if display_width(text) <= width:
        return text
    room = width - display_width(placeholder)
    if room <= 0:
        return placeholder if room == 0 else ""
    start, end = line_spans(text, room)[0]
    return text[start:end] + placeholder


def wrap_display(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` display cells (``width <= 0``: no wrapping).

    New lines in ``text`` are kept; each paragraph is broken as :func:`line_spans` says. Spaces
    at the ends of a line are dropped, and so is every ZERO WIDTH SPACE (a break hint only).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if width <= 0:
            lines.append(paragraph)
        elif _fits(paragraph, width):  # one line, as line_spans would make it, without asking ICU
            lines.append(paragraph.replace("\u200b", "").strip(" "))
        else:
            lines.extend(paragraph[s:e].replace("\u200b", "").strip(" ") for s, e in line_spans(paragraph, width))
    return lines


#: text whose width is the sum of its characters' widths, whatever they are next to: printable
#: ASCII, Thai (its marks take no cell) and ZERO WIDTH SPACE; wcwidth's rules for emoji, Hangul
#: and other scripts depend on the neighbours, so such text takes the long way
_ADDITIVE_TEXT = re.compile("[ -~\u0e01-\u0e3a\u0e3f-\u0e5b\u200b]*")


def _fits(paragraph: str, width: int) -> bool:
    """Whether :func:`line_spans` makes ``paragraph`` one line at ``width``: true when it is
    :data:`_ADDITIVE_TEXT` no wider than the line (then every piece ICU could cut it into fits
    too, the pieces' widths adding up to the whole's)."""
    if _ADDITIVE_TEXT.fullmatch(paragraph) is None:
        return False
    return len(paragraph) <= width or display_width(paragraph) <= width  # (no character takes 2 cells)


# --- dictionary order ---------------------------------------------------------------------------
#
# Thai dictionaries (and ICU's Thai collation) order words by their consonants first: a leading
# vowel เ แ โ ใ ไ is written before the consonant it follows in speech, and sorts after it, so
# โครงการ files under ค and comes before มาตรการ (under ม); tone marks and the other signs above
# a letter count only between words that are otherwise the same. The installed ICU binding
# (icu4py) offers line breaking but no collator, so these rules are written out here.

_LEADING_VOWELS = frozenset("เแโใไ")
_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))  # ก … ฮ
#: tone marks, mai taikhu, thanthakhat, nikhahit, yamakkan: a second-level difference only
_SIGNS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")


def sort_key(text: str) -> tuple[str, tuple[str, ...]]:
    """A key that puts texts in Thai dictionary order (``sorted(titles, key=sort_key)``).

    Each leading vowel is moved after its consonant; the letters are compared first, the tone
    marks and signs only to tell otherwise equal words apart. Latin text is compared without case,
    Thai digits as the digits they are.
    """
    chars = list(text.casefold().translate(ARABIC_DIGITS))
    reordered: list[str] = []
    i = 0
    while i < len(chars):
        char = chars[i]
        if char in _LEADING_VOWELS and i + 1 < len(chars) and chars[i + 1] in _CONSONANTS:
            reordered += [chars[i + 1], char]
            i += 2
        else:
            reordered.append(char)
            i += 1
    letters: list[str] = []
    signs: list[str] = []  # the signs that follow each letter
    for char in reordered:
        if char in _SIGNS and letters:
            signs[-1] += char
        else:
            letters.append(char)
            signs.append("")
    return "".join(letters), tuple(signs)


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
