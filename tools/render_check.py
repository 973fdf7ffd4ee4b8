#!/usr/bin/env python3
"""Check how a report .docx renders: LibreOffice makes the PDF, ``pdftotext -bbox`` shows where
every word landed.

    python tools/render_check.py report-2566.docx [--keep FOLDER]

Checks, on the pages that hold the status table (the pages whose header shows สถานะ over the
status columns):

- each is an A4 landscape page (841.9 x 595.3 pt, ±2 pt);
- the header is repeated: every ☑ of the table (one per row, as many as the .docx has rows) is
  found on a page that shows the header, below it;
- every ☑ of one status column is at one x (±2 pt), under the centre of its column's header;
- no header word is broken: each word of the header as rendered is a whole word of the header
  labels (``TABLE_HEADERS_WRAPPED`` and สถานะ), none cut at a line end.

It prints one line per check and ``RESULT: ok`` or ``RESULT: FAILED``; the exit status is 0 when
every check holds, 1 when one fails, 2 when ``soffice`` or ``pdftotext`` is missing or the
conversion fails. ``--keep FOLDER`` keeps the PDF there (to look at it with pdftoppm).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui_app.report import COL_STATUS, STATUS_GROUP_HEADER, TABLE_HEADERS_WRAPPED  # noqa: E402

CHECK = "☑"
A4 = (841.89, 595.28)  # landscape, in points
TOLERANCE = 2.0  # points
NEAR_COLUMN = 22.0  # points: a ☑ this near a status column's centre belongs to it (columns are ~50 apart)
CONVERT_TIMEOUT = 180  # seconds

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S)


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word]


class ToolMissing(RuntimeError):
    pass


# --- rendering ------------------------------------------------------------------------------------


def to_pdf(docx: Path, folder: Path) -> Path:
    """Convert ``docx`` with LibreOffice (a profile of its own, so that a running office or a
    second check at the same time does not get in the way)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise ToolMissing("soffice (LibreOffice) is not on the PATH")
    profile = folder / "profile"
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(docx),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, check=False)
    pdf = folder / (docx.stem + ".pdf")
    if done.returncode != 0 or not pdf.is_file():
        raise ToolMissing(f"LibreOffice could not convert {docx}: {done.stderr.strip() or done.stdout.strip()}")
    return pdf


def pages_of(pdf: Path) -> list[Page]:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        raise ToolMissing("pdftotext (poppler-utils) is not on the PATH")
    out = subprocess.run([pdftotext, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for number, (width, height, inner) in enumerate(_PAGE.findall(out), start=1):
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(text))
            for a, b, c, d, text in _WORD.findall(inner)
        ]
        pages.append(Page(number, float(width), float(height), words))
    return pages


def table_rows(docx: Path) -> int | None:
    """The number of body rows of the document's last table (its two header rows left out)."""
    try:
        from docx import Document
    except ImportError:
        return None
    tables = Document(str(docx)).tables
    return len(tables[-1].rows) - 2 if tables else 0


# --- reading the page -------------------------------------------------------------------------------


def _bare(text: str) -> str:
    """``text`` without combining marks (pdftotext puts Thai marks where it likes)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def merged_words(words: list[Word]) -> list[Word]:
    """Words as a reader sees them: pieces on one line that touch (pdftotext cuts Thai words at
    some marks) are joined."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.y0), w.x0)):
        for line in lines:
            if abs(line[0].y0 - word.y0) < 1.5:
                line.append(word)
                break
        else:
            lines.append([word])
    result = []
    for line in lines:
        line.sort(key=lambda w: w.x0)
        current = None
        for word in line:
            if current is not None and word.x0 - current.x1 < 1.0:
                current = Word(
                    current.x0,
                    min(current.y0, word.y0),
                    max(current.x1, word.x1),
                    max(current.y1, word.y1),
                    current.text + word.text,
                )
            else:
                if current is not None:
                    result.append(current)
                current = Word(word.x0, word.y0, word.x1, word.y1, word.text)
        if current is not None:
            result.append(current)
    return result


def header_words() -> set[str]:
    words = {STATUS_GROUP_HEADER}
    for label in TABLE_HEADERS_WRAPPED:
        words.update(label.split())
    return {_bare(w) for w in words}


def status_keys() -> list[str]:
    """For each status column, the widest line of its header (the one centred in the column)."""
    return [_bare(max(TABLE_HEADERS_WRAPPED[col].split("\n"), key=len)) for col in COL_STATUS]


def header_group(words: list[Word], keys: list[str]) -> Word | None:
    """The word สถานะ that heads the status columns (status headers under it), if any."""
    group = _bare(STATUS_GROUP_HEADER)
    for word in sorted((w for w in words if _bare(w.text) == group), key=lambda w: -w.y0):
        below = {_bare(w.text) for w in words if word.y1 <= w.y0 <= word.y1 + 120}
        if sum(key in below for key in keys) >= 2:
            return word
    return None


# --- the checks --------------------------------------------------------------------------------------


def check(docx: Path, keep: Path | None = None) -> tuple[bool, list[str]]:
    """Render ``docx`` and run the checks; ``(all passed, report lines)``."""
    lines: list[str] = []
    failures = 0

    def say(ok: bool, text: str) -> None:
        nonlocal failures
        failures += not ok
        lines.append(f"{'ok  ' if ok else 'FAIL'} {text}")

    with tempfile.TemporaryDirectory(prefix="render-check-") as tmp:
        pdf = to_pdf(docx, Path(tmp))
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy2(pdf, keep / pdf.name)
        pages = pages_of(pdf)
    lines.append(f"{docx.name}: {len(pages)} pages rendered by LibreOffice")

    allowed = header_words()
    keys = status_keys()
    header_pages = []
    marks: list[tuple[int, Word]] = []
    centres: dict[str, list[float]] = {key: [] for key in keys}
    broken: list[str] = []
    for page in pages:
        words = merged_words(page.words)
        group = header_group(words, keys)
        if group is None:
            continue
        header_pages.append(page)
        page_marks = [w for w in words if w.text == CHECK and w.y0 > group.y1]
        marks += [(page.number, w) for w in page_marks]
        bottom = min((w.y0 for w in page_marks), default=page.height)
        for word in words:
            if group.y0 - 1 <= word.y0 and word.y1 <= bottom - 1:
                bare = _bare(word.text)
                if bare not in allowed:
                    broken.append(f"{word.text!r} (page {page.number})")
                if bare in centres:
                    centres[bare].append(word.centre)

    if not header_pages:
        say(False, "no page shows the status table's header (สถานะ over the status columns)")
        lines.append("RESULT: FAILED")
        return False, lines
    numbers = [p.number for p in header_pages]
    span = f"{numbers[0]}-{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])
    landscape = [p for p in header_pages if abs(p.width - A4[0]) <= TOLERANCE and abs(p.height - A4[1]) <= TOLERANCE]
    say(
        len(landscape) == len(header_pages),
        f"table pages {span}: {len(landscape)} of {len(header_pages)} are A4 landscape"
        + "".join(
            f"; page {p.number} is {p.width:.1f} x {p.height:.1f} pt" for p in header_pages if p not in landscape
        ),
    )
    expected = table_rows(docx)
    if expected is not None:
        say(
            len(marks) == expected,
            f"header repeated: {len(marks)} of the table's {expected} rows' ☑ are on pages under the header",
        )
    for key, label_col in zip(keys, COL_STATUS, strict=True):
        label = TABLE_HEADERS_WRAPPED[label_col].replace("\n", "")
        column = centres[key]
        if not column:
            say(False, f"status column {label}: its header word {key!r} was not found")
            continue
        centre = statistics.median(column)
        mine = [(n, w) for n, w in marks if abs(w.centre - centre) <= NEAR_COLUMN]
        xs = [w.centre for _, w in mine]
        off = [f"page {n} x={w.centre:.1f}" for n, w in mine if abs(w.centre - centre) > TOLERANCE]
        spread = f"x {min(xs):.1f}-{max(xs):.1f}" if xs else "none"
        say(
            not off,
            f"status column {label}: {len(xs)} ☑ at {spread}, header centre {centre:.1f} (±{TOLERANCE:g} pt)"
            + (f"; off: {', '.join(off)}" if off else ""),
        )
    column_centres = [statistics.median(c) for c in centres.values() if c]
    placed = sum(1 for _, w in marks if any(abs(w.centre - c) <= NEAR_COLUMN for c in column_centres))
    say(placed == len(marks), f"every ☑ is under a status column ({placed} of {len(marks)})")
    say(not broken, "no header word broken" + (f": {', '.join(broken)}" if broken else ""))
    ok = failures == 0
    lines.append(f"RESULT: {'ok' if ok else 'FAILED'}")
    return ok, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docx", type=Path, help="the .docx to check (tui-app export --format docx)")
    parser.add_argument("--keep", type=Path, metavar="FOLDER", help="keep the PDF in FOLDER")
    args = parser.parse_args(argv)
    if not args.docx.is_file():
        print(f"render_check: no file {args.docx}", file=sys.stderr)
        return 2
    try:
        ok, lines = check(args.docx, args.keep)
    except (ToolMissing, subprocess.SubprocessError, OSError) as exc:
        print(f"render_check: {exc}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
