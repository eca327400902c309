"""Read a PDF into positioned text lines with pdfminer.six layout analysis.

The rest of ``ingest`` works on :class:`Line` records (text, box, font size, boldness)
grouped per :class:`PageLayout`; reading order (one or two columns) is decided here.

LAParams: ``boxes_flow=None`` switches off pdfminer's own hierarchical box ordering
(quadratic, and the main cause of column mix-ups); we order text boxes ourselves from
their positions (:func:`order_boxes`), detecting a column gutter from the x-extents of
the lines.  ``line_margin`` is kept below a typical paragraph gap so that pdfminer's text
boxes do not swallow a neighbouring column's heading.  A side that is mostly figures is
a table's column, not a text column; a table's rows are read across
(:func:`merge_table_rows`), one line per row.

Word and LibreOffice output: pieces of one line that pdfminer split at a stretched word
space or at the tab after a list label are joined again (:func:`join_split_lines`); a
leading bullet glyph (Unicode, or Symbol/Wingdings' private-use code points such as
U+F0B7) is dropped and marks the line as a list item (``Line.bullet``); a line-end hyphen
that pdfminer set apart from its word (``förenings -``) is closed up (:func:`read_line`).
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTFigure,
    LTImage,
    LTPage,
    LTTextBox,
    LTTextLine,
)
from pdfminer.pdfdocument import (
    PDFDocument,
    PDFEncryptionError,
    PDFPasswordIncorrect,
    PDFXRefFallback,
)
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from ingest.errors import ExtractionError
from kommunminne.textnorm import normalise

#: Layout parameters used for every PDF (see the module docstring).
LAPARAMS = LAParams(
    line_overlap=0.5,
    char_margin=2.0,
    line_margin=0.45,
    word_margin=0.1,
    boxes_flow=None,
    detect_vertical=False,
)

_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.IGNORECASE)


@dataclass
class Line:
    """One text line on a page, in PDF coordinates (points, origin bottom left)."""

    text: str
    x0: float
    x1: float
    top: float  # y of the upper edge
    bottom: float  # y of the lower edge
    size: float  # dominant font size
    bold: bool = False
    block: int = 0  # text box (pdfminer) or paragraph (OCR) the line belongs to
    column: int = 0  # 0: full width / single column, 1: left, 2: right
    table_row: bool = False  # the cells of one row of a table, joined (see merge_table_rows)
    bullet: bool = False  # starts a list item; its bullet glyph is not in ``text``
    #: Footnote reference marks in ``text``: (start, end, number); see read_line.
    marks: tuple[tuple[int, int, str], ...] = ()

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)  # in reading order
    has_images: bool = False
    ocr: bool = False
    two_column: bool = False

    @property
    def has_text(self) -> bool:
        return any(line.text.strip() for line in self.lines)


# --------------------------------------------------------------------------- reading
def check_file(path: Path) -> bytes:
    """Read the file and reject what is plainly not a readable PDF (Swedish reasons)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExtractionError(path, "filen finns inte") from None
    except IsADirectoryError:
        raise ExtractionError(path, "är en mapp, inte en fil") from None
    except OSError as exc:
        raise ExtractionError(path, f"filen kan inte läsas ({exc.strerror or exc})") from None
    if not data:
        raise ExtractionError(path, "filen är tom")
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(path, "inte en PDF-fil")
    if b"%%EOF" not in data[-2048:] and b"startxref" not in data[-2048:]:
        raise ExtractionError(path, "trasig eller avkortad PDF: filslutet saknas")
    return data


def open_document(path: Path, data: bytes) -> PDFDocument:
    import io

    parser = PDFParser(io.BytesIO(data))
    try:
        document = PDFDocument(parser, password="")
    except PDFPasswordIncorrect:
        raise ExtractionError(path, "krypterad med lösenord") from None
    except PDFEncryptionError as exc:
        raise ExtractionError(path, f"krypterad på ett sätt som inte stöds ({exc})") from None
    except Exception as exc:  # pdfminer raises many kinds for broken files
        raise ExtractionError(path, f"trasig eller avkortad PDF: {_describe(exc)}") from None
    if any(isinstance(xref, PDFXRefFallback) for xref in document.xrefs) and (
        b"%%EOF" not in data[-2048:]
    ):
        raise ExtractionError(path, "trasig eller avkortad PDF: korsreferenstabellen saknas")
    return document


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def iter_ltpages(path: Path, data: bytes) -> Iterator[LTPage]:
    """pdfminer layout pages of the file; broken files raise ExtractionError."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pdfminer's SyntaxWarnings for repaired files
        document = open_document(path, data)
        if not document.is_extractable:
            # The owner's "no copying" flag: reading for search is still allowed.
            pass
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAPARAMS)
        interpreter = PDFPageInterpreter(manager, device)
        try:
            pages = list(PDFPage.create_pages(document))
        except Exception as exc:
            raise ExtractionError(path, f"trasig eller avkortad PDF: {_describe(exc)}") from None
        if not pages:
            raise ExtractionError(path, "trasig eller avkortad PDF: inga sidor hittades")
        for page in pages:
            try:
                interpreter.process_page(page)
            except ExtractionError:
                raise
            except Exception as exc:
                raise ExtractionError(
                    path, f"trasig eller avkortad PDF: {_describe(exc)}"
                ) from None
            yield device.get_result()


# ---------------------------------------------------------------------------- lines
@functools.lru_cache(maxsize=4096)
def is_bold_font(fontname: str) -> bool:
    """A bold (black, heavy, semibold …) font, by its name; cached per font name."""
    return bool(_BOLD_RE.search(fontname))


#: Around the digits of a footnote reference mark in the raw text of a line (see
#: read_line); make_line turns them into ``Line.marks``.
MARK_OPEN, MARK_CLOSE = "\x01", "\x02"


def read_line(line: LTTextLine) -> tuple[str, float, bool]:
    """Text, dominant font size and boldness of a pdfminer line, in one pass over its
    characters (this walk runs for every character of the document, so it counts runs
    of characters in the same font and size rather than single characters).

    Digits set small and raised above the line (a footnote's reference mark, ``1``
    after ``Uppsala.``) are enclosed in ``MARK_OPEN`` … ``MARK_CLOSE``."""
    parts: list[str] = []
    runs: list[tuple[tuple[float, str], int]] = []
    starts: list[tuple[int, LTChar]] = []  # where each run begins in parts, its first char
    style: tuple[float, str] | None = None
    count = 0
    for obj in line:
        text = obj.get_text()
        parts.append(text)
        if isinstance(obj, LTChar) and not text.isspace():
            key = (obj.size, obj.fontname)
            if key == style:
                count += 1
                continue
            if style is not None:
                runs.append((style, count))
            style, count = key, 1
            starts.append((len(parts) - 1, obj))
    if style is None:
        return _line_text(line, parts), round(line.height, 1), False
    runs.append((style, count))
    sizes: dict[float, int] = {}
    total = bold = 0
    for (size, fontname), n in runs:
        rounded = round(size, 1)
        sizes[rounded] = sizes.get(rounded, 0) + n
        total += n
        if is_bold_font(fontname):
            bold += n
    # max() keeps the first of equal counts, as Counter.most_common did.
    dominant = max(sizes, key=sizes.__getitem__)
    if len(runs) > 1 and min(sizes) < 0.75 * dominant:
        _enclose_marks(line, parts, runs, starts, dominant)
    return _line_text(line, parts), dominant, bold * 2 > total


def _line_text(line: LTTextLine, parts: list[str]) -> str:
    text = "".join(parts)
    if text.rstrip("\n").endswith(" -"):
        text = _close_up_hyphen(line, text)
    return text


def _enclose_marks(
    line: LTTextLine,
    parts: list[str],
    runs: list[tuple[tuple[float, str], int]],
    starts: list[tuple[int, LTChar]],
    dominant: float,
) -> None:
    """Enclose runs of digits in small raised type (superscript) in mark sentinels."""
    for index, ((size, _font), _n) in enumerate(runs):
        first_part, first = starts[index]
        if size >= 0.75 * dominant or first.y0 < line.y0 + 0.15 * dominant:
            continue  # not small, or on the baseline (subscript, CO2)
        end = starts[index + 1][0] if index + 1 < len(starts) else len(parts)
        last = max(i for i in range(first_part, end) if not parts[i].isspace())
        if not all(parts[i].isdigit() for i in range(first_part, last + 1)):
            continue
        parts[first_part] = MARK_OPEN + parts[first_part]
        parts[last] += MARK_CLOSE


def _close_up_hyphen(line: LTTextLine, text: str) -> str:
    """``förenings -`` → ``förenings-``: LibreOffice sets the hyphen of a word broken
    at the end of a justified line a point or so away from the word, and pdfminer
    (``word_margin``) makes that gap a space.  A real space is a fifth of an em or
    more; a gap under a seventh of an em before the line's last character, a hyphen,
    is none."""
    objs = [obj for obj in line if not (isinstance(obj, LTAnno) and obj.get_text() == "\n")]
    if (
        len(objs) >= 3
        and isinstance(objs[-1], LTChar)
        and isinstance(objs[-2], LTAnno)
        and isinstance(objs[-3], LTChar)
        and objs[-1].x0 - objs[-3].x1 < 0.15 * objs[-1].size
        and objs[-3].get_text().isalpha()
    ):
        stripped = text.rstrip("\n")
        return stripped[:-2] + "-" + text[len(stripped) :]
    return text


def _has_images(item: object) -> bool:
    if isinstance(item, LTImage):
        return True
    if isinstance(item, LTFigure):
        return any(_has_images(child) for child in item)
    return False


#: Bullet glyphs: Unicode ones, and the private-use code points to which Symbol and
#: Wingdings fonts map theirs (Word's and LibreOffice's List Bullet: U+F0B7, U+F0A7 …).
BULLET_CHARS = frozenset("•▪◦●‣∙■◆○➢➤✓✔")
BULLET = "•"  # the text of a line that is nothing but a bullet glyph (see join_split_lines)
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
_RULE_LINE_RE = re.compile(r"^[.…_\s]{3,}$")


def _is_bullet_char(char: str) -> bool:
    return char in BULLET_CHARS or "\ue000" <= char <= "\uf8ff"


def _text_start(ltline: LTTextLine) -> float:
    """x of the first character after a line's leading bullet glyph."""
    seen_glyph = False
    for obj in ltline:
        if isinstance(obj, LTChar) and not obj.get_text().isspace():
            if seen_glyph:
                return obj.x0
            seen_glyph = True
    return ltline.x0


def make_line(ltline: LTTextLine, block: int) -> Line | None:
    """A :class:`Line` from a pdfminer line; None for a line without text.

    A leading bullet glyph is dropped and marks the line as a list item (``bullet``,
    ``x0`` where the item's text starts); a line that is only a bullet glyph keeps
    the text ``BULLET`` for :func:`join_split_lines`.  Other private-use characters
    (symbol-font glyphs with no meaning in text) are dropped, and so is a line that is
    only dots or underscores (a line to sign on)."""
    raw, size, bold = read_line(ltline)
    text = normalise(raw).strip()
    if not text or _RULE_LINE_RE.match(text):
        return None  # nothing, or a dotted line to sign on ("……………", "________")
    x0, bullet = ltline.x0, False
    if _is_bullet_char(text[0]):
        rest = _PRIVATE_USE_RE.sub("", text[1:]).strip()
        if not rest:
            text = BULLET
        else:
            text, bullet, x0 = rest, True, _text_start(ltline)
    elif _PRIVATE_USE_RE.search(text):
        text = _PRIVATE_USE_RE.sub("", text).strip()
        if not text:
            return None
    marks: tuple[tuple[int, int, str], ...] = ()
    if MARK_OPEN in text:
        text, marks = _take_marks(text)
    return Line(
        text, x0, ltline.x1, ltline.y1, ltline.y0, size, bold, block, bullet=bullet, marks=marks
    )


def _take_marks(text: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """The text without mark sentinels, and where its marks are."""
    out: list[str] = []
    marks: list[tuple[int, int, str]] = []
    length = 0
    for piece in re.split(f"({MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE})", text):
        if piece.startswith(MARK_OPEN):
            number = piece[1:-1]
            marks.append((length, length + len(number), number))
            piece = number
        out.append(piece)
        length += len(piece)
    return "".join(out).replace(MARK_CLOSE, ""), tuple(marks)


def strip_marks(line: Line, numbers: set[str]) -> None:
    """Drop the reference marks with these numbers from the line's text."""
    text = line.text
    kept = []
    for start, end, number in reversed(line.marks):
        if number in numbers:
            text = text[:start] + text[end:]
        else:
            kept.append((start, end, number))
    line.text = text
    line.marks = tuple(reversed(kept))


def page_from_layout(ltpage: LTPage, number: int) -> PageLayout:
    """Lines of one pdfminer page, in reading order."""
    page = PageLayout(number=number, width=ltpage.width, height=ltpage.height)
    boxes: list[list[Line]] = []
    for item in ltpage:
        if isinstance(item, LTTextBox):
            block = len(boxes)
            lines = []
            for ltline in item:
                if not isinstance(ltline, LTTextLine):
                    continue
                line = make_line(ltline, block)
                if line is not None:
                    lines.append(line)
            if lines:
                boxes.append(lines)
        elif not page.has_images and _has_images(item):
            page.has_images = True
    boxes = join_split_lines(boxes)
    page.lines, page.two_column = order_lines(boxes, page.width)
    return page


# ------------------------------------------------------------------ split lines
#: A list label (``att``, ``1.``, ``a)``, a dash or bullet, ``§ 12``) or a field label
#: (``Till:``, ``Datum:``, ``Vår referens:``) that a tab sets apart from its text.
_LABEL_RE = re.compile(
    r"^(?:att|\d{1,2}[.)]|[a-zA-Z][.)]|[–-]|•|§\s*\d{1,4}[a-z]?"
    r"|[A-ZÅÄÖa-zåäö][a-zåäö.]{1,15}(?:\s[a-zåäö]{2,12})?:)$"
)
LABEL_GAP = 4.0  # ems: the widest tab after a list label that is joined
WORD_GAP = 3.0  # ems: the widest stretched word space of a justified line that is joined


def join_split_lines(boxes: list[list[Line]]) -> list[list[Line]]:
    """Join again the pieces of one text line that pdfminer split.

    pdfminer ends a line where the gap between two characters exceeds ``char_margin``
    times a narrow glyph's width.  Word and LibreOffice make such gaps inside one line:
    the stretched word spaces of a justified line (worst on a line that ends in a manual
    line break, which is stretched to the full width) and the tab between a list label
    (``att``, ``1.``, a bullet glyph) or a memo's field label (``Till:``, ``Från:``) and
    its text.  The pieces land in different text
    boxes and are then read in the wrong order.  Neighbouring pieces on one baseline
    are joined when the gap between them is

    * the tab after a list or field label (at most ``LABEL_GAP`` ems), or
    * a word space (at most ``WORD_GAP`` ems) that a line of the row directly above or
      below (within an em) runs across: a column gutter or a table's column runs down
      the page as a channel of white (or of edges), a word space does not; or
    * as wide as such a space of the same row (a justified line stretches its spaces
      alike), where the neighbouring rows are not white there.

    The joined line goes to the box of the piece whose box has the most lines (the
    paragraph's box).  A piece that is only a bullet glyph makes the joined line a list
    item; a bullet glyph left alone is dropped.  Rows are found by sorting, so the cost
    is O(n log n) in the lines of a page.
    """
    lines = [line for box in boxes for line in box]
    rows = _rows(lines)
    if all(len(row) == 1 for row in rows):
        return _without_lone_bullets(boxes)
    box_size = {index: len(box) for index, box in enumerate(boxes)}
    replaced: dict[int, Line | None] = {}  # id(piece) → joined line (first piece) or None
    for index, row in enumerate(rows):
        if len(row) == 1:
            continue
        row.sort(key=lambda line: line.x0)
        joins = _row_joins(row, _neighbour_rows(rows, index))
        run = [row[0]]
        for piece, joined in zip(row[1:], joins, strict=True):
            if joined:
                run.append(piece)
                continue
            _record(run, replaced, box_size)
            run = [piece]
        _record(run, replaced, box_size)
    if not replaced:
        return _without_lone_bullets(boxes)
    result: list[list[Line]] = [[] for _ in boxes]
    for box in boxes:
        for line in box:
            if id(line) not in replaced:
                result[line.block].append(line)
                continue
            joined_line = replaced[id(line)]
            if joined_line is not None:
                result[joined_line.block].append(joined_line)
    for box in result:
        box.sort(key=lambda line: -line.top)
    return _without_lone_bullets(result)


def _row_joins(row: list[Line], neighbours: list[list[Line]]) -> list[bool]:
    """For each gap of a row (pieces sorted by x): does it join its two pieces?

    Word spaces first; then list labels, which only start a line: a label piece whose
    left gap is a word space (``… vidta för att`` at the end of a column's line) is a
    word, not a label."""
    decided: list[bool | None] = []
    spaces: list[float] = []  # widths of the gaps found to be word spaces
    for left, right in zip(row, row[1:], strict=False):
        gap = right.x0 - left.x1
        size = max(left.size, right.size, 1.0)
        if gap < -1.0 or gap > WORD_GAP * size or not neighbours:
            decided.append(False)  # overlapping pieces, or too wide for a word space
            continue
        ink = [_ink(other, left.x1, right.x0) for other in neighbours]
        if "across" in ink:
            decided.append(True)
            spaces.append(gap)
        elif all(state == "white" for state in ink) and len(ink) > 1:
            decided.append(False)  # white above and below: a gutter, a table column
        else:
            decided.append(None)  # decided by the row's word spaces
    joins: list[bool] = []
    for index, (left, right) in enumerate(zip(row, row[1:], strict=False)):
        gap = right.x0 - left.x1
        decision = decided[index]
        if decision is None:
            decision = any(abs(gap - space) <= max(0.5, 0.03 * space) for space in spaces)
        if (
            not decision
            and _LABEL_RE.match(left.text)
            and not left.bullet
            and (index == 0 or not joins[index - 1])
        ):
            decision = -1.0 <= gap <= LABEL_GAP * max(left.size, right.size, 1.0)
        joins.append(decision)
    return joins


def _ink(row: list[Line], x0: float, x1: float) -> str:
    """How ``row`` covers the gap from x0 to x1: ``across`` (one line spans it),
    ``white`` (nothing in its middle half) or ``partly``."""
    quarter = (x1 - x0) / 4
    lo, hi = x0 + quarter, x1 - quarter
    state = "white"
    for line in row:
        if line.x0 <= x0 + 0.5 and line.x1 >= x1 - 0.5:
            return "across"
        if line.x0 < hi and line.x1 > lo:
            state = "partly"
    return state


def _neighbour_rows(rows: list[list[Line]], index: int) -> list[list[Line]]:
    """The rows directly above and below, if within an em of this row."""
    row = rows[index]
    top = max(line.top for line in row)
    bottom = min(line.bottom for line in row)
    size = max(line.size for line in row)
    found: list[list[Line]] = []
    if index > 0:
        above = [line for line in rows[index - 1] if -1 <= line.bottom - top <= size]
        if above:
            found.append(above)
    if index + 1 < len(rows):
        below = [line for line in rows[index + 1] if -1 <= bottom - line.top <= size]
        if below:
            found.append(below)
    return found


def _without_lone_bullets(boxes: list[list[Line]]) -> list[list[Line]]:
    if not any(line.text == BULLET for box in boxes for line in box):
        return [box for box in boxes if box]
    kept = [[line for line in box if line.text != BULLET] for box in boxes]
    return [box for box in kept if box]


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by baseline, top to bottom."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: -line.bottom):
        if rows:
            first = rows[-1][0]
            # Pieces of one line share its baseline; a glyph of another font (a bullet)
            # may sit a little higher or lower, a neighbouring column's line does not
            # keep to it.
            tolerance = 0.15 * min(first.size, line.size)
            if first.bottom - line.bottom <= tolerance or abs(first.top - line.top) <= tolerance:
                rows[-1].append(line)
                continue
        rows.append([line])
    return rows


def _record(run: list[Line], replaced: dict[int, Line | None], box_size: dict[int, int]) -> None:
    if len(run) < 2:
        return
    home = max(run, key=lambda line: (box_size[line.block], len(line.text)))
    bullet = run[0].text == BULLET
    pieces = run[1:] if bullet else run
    text_len = sum(len(piece.text) for piece in pieces)
    bold = sum(len(piece.text) for piece in pieces if piece.bold) * 2 > text_len
    sizes: dict[float, int] = {}
    for piece in pieces:
        sizes[piece.size] = sizes.get(piece.size, 0) + len(piece.text)
    marks: list[tuple[int, int, str]] = []
    offset = 0
    for piece in pieces:
        marks += [(start + offset, end + offset, number) for start, end, number in piece.marks]
        offset += len(piece.text) + 1
    joined = Line(
        text=" ".join(piece.text for piece in pieces),
        x0=pieces[0].x0,
        x1=run[-1].x1,
        top=max(piece.top for piece in run),
        bottom=min(piece.bottom for piece in run),
        size=max(sizes, key=sizes.__getitem__),
        bold=bold,
        block=home.block,
        bullet=bullet or pieces[0].bullet,
        marks=tuple(marks),
    )
    replaced[id(run[0])] = joined
    for piece in run[1:]:
        replaced[id(piece)] = None


# ----------------------------------------------------------------------- reading order
def find_gutter(lines: list[Line], width: float) -> float | None:
    """The x of a vertical gutter between two text columns, or None for one column.

    A gutter is an x near the middle of the text area that few lines cross while enough
    lines lie wholly on each side of it.
    """
    if len(lines) < 6:
        return None
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    span = right - left
    if span < width * 0.3:
        return None
    best: tuple[int, float] | None = None
    lo, hi = left + span * 0.3, left + span * 0.7
    # Lines crossing x (x0 < x < x1) = lines starting left of x − lines ending at or
    # left of it; two sorted edge lists make each probe O(log n).
    wide = [line for line in lines if line.x0 < line.x1]
    starts = sorted(line.x0 for line in wide)
    ends = sorted(line.x1 for line in wide)
    x = lo
    while x <= hi:
        crossing = bisect.bisect_left(starts, x) - bisect.bisect_right(ends, x)
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    if best is None:
        return None
    crossing, gutter = best
    on_left = sum(1 for line in lines if line.x1 <= gutter)
    on_right = sum(1 for line in lines if line.x0 >= gutter)
    if on_left < 3 or on_right < 3 or crossing > 0.2 * len(lines):
        return None
    # The lines on each side must overlap vertically: a column, not a signature row.
    left_lines = [line for line in lines if line.x1 <= gutter]
    right_lines = [line for line in lines if line.x0 >= gutter]
    # A side that is mostly figures holds a table's columns, not a column of text.
    if _figures(left_lines) or _figures(right_lines):
        return None
    overlap = min(max(a.top for a in left_lines), max(b.top for b in right_lines)) - max(
        min(a.bottom for a in left_lines), min(b.bottom for b in right_lines)
    )
    if overlap < 3 * max(line.height for line in lines):
        return None
    # Widen to the middle of the empty band around the best x.
    lo_x = max((line.x1 for line in left_lines), default=gutter)
    hi_x = min((line.x0 for line in right_lines), default=gutter)
    if hi_x > lo_x:
        gutter = (lo_x + hi_x) / 2
    return gutter


def _figures(lines: list[Line]) -> bool:
    """At least three in five lines are figures (a table column, not text)."""
    return sum(1 for line in lines if _numeric(line.text)) * 5 >= len(lines) * 3


def _numeric(text: str) -> bool:
    """A table cell of figures: ``1 240``, ``12,5 %``, ``-3``, ``2019``."""
    return bool(_NUMERIC_CELL_RE.match(text))


_NUMERIC_CELL_RE = re.compile(r"^[-−–+]?\d[\d  .,:%/−–-]*(?:\s?(?:%|kr|tkr|mkr|st))?$")


def merge_table_rows(boxes: list[list[Line]]) -> list[list[Line]]:
    """Boxes side by side whose lines align in rows, one of them a column of figures,
    are a table: pdfminer gives each table column its own box, which read one after
    the other would list the names, then the figures.  Each row becomes one line (cells
    joined by a space, ``table_row`` set), the rows one box, in the first box's place."""
    if not any(len(box) >= 3 and _figures(box) for box in boxes):
        return boxes  # no column of figures: no table (the common case, checked cheaply)
    merged: list[list[Line]] = []
    used: set[int] = set()
    for index, box in enumerate(boxes):
        if index in used:
            continue
        group = [index]
        for other in range(index + 1, len(boxes)):
            if other not in used and _beside(boxes, group, other):
                group.append(other)
        if len(group) < 2 or not _is_table(boxes, group):
            merged.append(box)
            continue
        used.update(group)
        cells = sorted((line for k in group for line in boxes[k]), key=lambda line: -line.top)
        rows: list[list[Line]] = []
        for cell in cells:
            if rows and abs(rows[-1][0].top - cell.top) <= 0.5 * cell.height:
                rows[-1].append(cell)
            else:
                rows.append([cell])
        block = box[0].block
        merged.append([_row_line(row, block) for row in _join_wrapped_header(rows)])
    return merged


def _beside(boxes: list[list[Line]], group: list[int], other: int) -> bool:
    """``boxes[other]`` lies beside the group: it shares rows with one of its boxes and
    lies to one side of every box it shares rows with (a header cell above a column of
    figures shares no rows with the figures of the next column)."""
    lines = boxes[other]
    top, bottom = lines[0].top, lines[-1].bottom
    x0, x1 = min(line.x0 for line in lines), max(line.x1 for line in lines)
    shares = False
    for k in group:
        box = boxes[k]
        box_top, box_bottom = box[0].top, box[-1].bottom
        overlap = min(top, box_top) - max(bottom, box_bottom)
        if overlap <= 0:
            continue
        if not (x0 >= max(line.x1 for line in box) or x1 <= min(line.x0 for line in box)):
            return False
        if overlap > 0.5 * min(top - bottom, box_top - box_bottom):
            shares = True
    return shares


def _join_wrapped_header(rows: list[list[Line]]) -> list[list[Line]]:
    """A header row whose cells wrap: the rows under the first row with fewer cells, no
    figures, each cell under exactly one cell of the first row, are the wrapped lines of
    those cells (``Antal elever med`` / ``skolskjuts``), joined into them."""
    if len(rows) < 3 or any(_numeric(cell.text) for cell in rows[0]):
        return rows
    header = sorted(rows[0], key=lambda line: line.x0)
    taken = 1
    for row in rows[1:]:
        if len(row) >= len(header) or any(_numeric(cell.text) for cell in row):
            break
        places = []
        for cell in row:
            above = [i for i, head in enumerate(header) if head.x0 < cell.x1 and cell.x0 < head.x1]
            if len(above) != 1:
                return rows
            places.append(above[0])
        for cell, i in zip(row, places, strict=True):
            head = header[i]
            header[i] = Line(
                f"{head.text} {cell.text}",
                min(head.x0, cell.x0),
                max(head.x1, cell.x1),
                head.top,
                cell.bottom,
                head.size,
                head.bold,
                head.block,
            )
        taken += 1
    return [header, *rows[taken:]] if taken > 1 else rows


def _is_table(boxes: list[list[Line]], group: list[int]) -> bool:
    """At least three aligned rows and a column that is mostly figures."""
    tops = [round(line.top) for k in group for line in boxes[k]]
    rows = {top for top in tops if sum(1 for t in tops if abs(t - top) <= 2) >= 2}
    if len(rows) < 3:
        return False
    return any(_figures(boxes[k]) for k in group)


def _row_line(cells: list[Line], block: int) -> Line:
    cells = sorted(cells, key=lambda line: line.x0)
    sizes = [line.size for line in cells]
    return Line(
        text=" ".join(line.text for line in cells),
        x0=cells[0].x0,
        x1=max(line.x1 for line in cells),
        top=max(line.top for line in cells),
        bottom=min(line.bottom for line in cells),
        size=max(set(sizes), key=sizes.count),
        bold=all(line.bold for line in cells),
        block=block,
        table_row=True,
    )


def _compare_boxes(a: list[Line], b: list[Line]) -> int:
    a_top, b_top = a[0].top, b[0].top
    tolerance = 0.5 * max(a[0].height, b[0].height)
    if abs(a_top - b_top) <= tolerance:
        return -1 if a[0].x0 < b[0].x0 else (1 if a[0].x0 > b[0].x0 else 0)
    return -1 if a_top > b_top else 1


def order_lines(boxes: list[list[Line]], width: float) -> tuple[list[Line], bool]:
    """Reading order: boxes top to bottom; on two-column pages, the left column of each
    band between full-width lines before the right column."""
    lines = [line for box in boxes for line in box]
    gutter = find_gutter(lines, width)
    if gutter is None:
        ordered = merge_table_rows(sorted(boxes, key=functools.cmp_to_key(_compare_boxes)))
        return [line for box in ordered for line in box], False
    result: list[Line] = []
    band: list[Line] = []

    def flush() -> None:
        left = [line for line in band if line.x1 <= gutter]
        right = [line for line in band if line.x1 > gutter]
        for line in left:
            line.column = 1
        for line in right:
            line.column = 2
        result.extend(sorted(left, key=lambda line: -line.top))
        result.extend(sorted(right, key=lambda line: -line.top))
        band.clear()

    for line in sorted(lines, key=lambda line: (-line.top, line.x0)):
        if line.x0 < gutter < line.x1:  # spans both columns
            flush()
            line.column = 0
            result.append(line)
        else:
            band.append(line)
    flush()
    return result, True


def read_pages(path: Path, data: bytes) -> list[PageLayout]:
    """All pages of the PDF as positioned lines in reading order."""
    return [
        page_from_layout(ltpage, number)
        for number, ltpage in enumerate(iter_ltpages(path, data), 1)
    ]
