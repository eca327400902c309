"""Page furniture: running headers and footers, page numbers, postal footers, letterhead.

Furniture is recognised by what it is, never by a fixed band of the page:

* lines that repeat on many pages at the same height (digits normalised, so that
  ``Sida 2 av 5`` and ``Sida 3 av 5`` are the same line);
* page numbers (``1 (3)``, ``Sida 2 av 5``, ``- 2 -``, ``2/5``, a bare number);
* postal footers (Postadress, Besöksadress, Telefon, E-post, www., Org.nr, Bankgiro …);
* letterhead above the body on a page (organisation names, ``Datum``/``Dnr`` fields,
  a lone date or reference), with the other cells of a letterhead table's row (short
  fields side by side on one baseline) and a short line set tight under a letterhead
  line (a logo's second line); an address block in body type in the right half of the
  page (the addressee) is kept, while the letterhead beside it is still removed;
* the signature fields at the foot of minutes (``Justerandes signatur``,
  ``Utdragsbestyrkande``) when set apart below the body, in any type size;
* footnotes (:func:`footnotes`): small type at the foot of a page whose numbers are
  reference marks in the page's text; the marks go too.

Only the run of such lines at the top and at the bottom of a page is removed: the first
line from the top (or bottom) that is not furniture stops the run, so body lines that
happen to look like furniture stay.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from ingest.layout import Line, PageLayout, _numeric

_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")

PAGE_NUMBER_RE = re.compile(
    r"""^(?:
        \d{1,4}                                   # 3
      | \d{1,4}\s*\(\s*\d{1,4}\s*\)               # 1 (3)
      | (?:sida|sid\.?|s\.|page)\s*\d{1,4}(?:\s*(?:av|of|/|\()\s*\d{1,4}\s*\)?)?   # Sida 2 av 5
      | [-–—]\s*\d{1,4}\s*[-–—]                   # - 2 -
      | \d{1,4}\s*/\s*\d{1,4}                     # 2/5
      | \d{1,4}\s+(?:av|of)\s+\d{1,4}             # 2 av 5
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A header or footer line that ends in a page number: ``Uppsala kommun    2 (5)``.
TRAILING_PAGE_NUMBER_RE = re.compile(
    r"(?:\s|^)(?:\d{1,4}\s*\(\s*\d{1,4}\s*\)|(?:sida|sid\.?)\s*\d{1,4}(?:\s*(?:av|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)
POSTAL_RE = re.compile(
    r"""(?:\b(?:postadress|besöksadress|leveransadress|fakturaadress|telefon|tfn|tel\.?|fax|växel|
        e-post|epost|e-mail|org\.?\s*nr|organisationsnummer|org\.?\s*nummer|bankgiro|plusgiro|
        postgiro|bg|pg|momsreg)\b\s*[:.]?
      | www\.|https?://|@[a-z0-9-]+\.(?:se|nu|com|org)\b
      | \b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+   # 753 75 Uppsala
    )""",
    re.IGNORECASE | re.VERBOSE,
)
LABEL_RE = re.compile(
    r"^(?:datum|dnr|diarienummer|diarienr|dnr\.|handläggare|vår\s+referens|er\s+referens|"
    r"vår\s+beteckning|er\s+beteckning|beteckning|referens|ärendenummer|ärende|sida|"
    r"till|från|kopia|expedieras)\b\s*[:.]?",
    re.IGNORECASE,
)
PARTIES = (
    "socialdemokraterna|moderaterna|liberalerna|folkpartiet(?: liberalerna)?|centerpartiet|"
    "kristdemokraterna|vänsterpartiet|miljöpartiet(?: de gröna)?|sverigedemokraterna|"
    "feministiskt initiativ"
)
ORGANISATION_RE = re.compile(
    # A party's local branch: "Moderaterna i Uppsala", "Liberalerna Uppsala".
    rf"^(?:{PARTIES})(?:\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|län))?)?$"
    r"|^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+)*(?:kommun|kommunen|län|region|regionen|landsting|"
    r"landstinget|förvaltning|\w*förvaltningen|\w*kontoret|stad|staden|sekretariatet|"
    r"kommunfullmäktige|fullmäktige|kommunstyrelsen|\w*nämnden|\w*departementet|"
    r"\w*kansliet)$"
    r"|^(?:länsstyrelsen|regionen|region|riksdagen|sveriges\s+riksdag)\b",
    re.IGNORECASE,
)
DOCUMENT_WORD_RE = re.compile(
    r"\b(?:interpellation|motion|protokoll|svar|skrivelse|beslut|rapport|uppföljning|"
    r"redovisning|inbjudan|yttrande|protokollsutdrag)",
    re.IGNORECASE,
)
#: Signature fields printed at the foot of every page of minutes.
SIGNATURE_FOOTER_RE = re.compile(
    r"^(?:justerandes?\s+(?:signatur|sign\.?)|justerare(?:ns|nas)?\s+signatur|justerare\b|"
    r"utdragsbestyrkande|ordförandens?\s+signatur|sekreterarens?\s+signatur|"
    r"sign(?:atur)?\s+ordf(?:örande)?\.?)",
    re.IGNORECASE,
)
ISO_DATE_LINE_RE = re.compile(r"^(?:datum\s*:?\s*)?(?:19|20)\d\d-\d\d-\d\d$", re.IGNORECASE)
REFERENCE_LINE_RE = re.compile(
    r"^(?:(?:dnr|diarienummer|diarienr)\.?\s*:?\s*)?[A-ZÅÄÖ]{2,8}[- ]?\d{4}[-/]\d{1,6}$",
    re.IGNORECASE,
)


def line_key(text: str) -> str:
    """Key under which repeated lines are compared: lower case, digits as '#'."""
    return _DIGITS.sub("#", _WS.sub(" ", text.strip().lower()))


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(text.strip()))


def is_postal(text: str) -> bool:
    return bool(POSTAL_RE.search(text))


def is_letterhead(text: str) -> bool:
    """A line that belongs to letterhead when it stands above the body of a page."""
    stripped = text.strip()
    if re.match(r"(?:till:?|att:)\s", stripped, re.IGNORECASE):
        return False  # the addressee line ("Till …", a memo's "Till: …") belongs to the letter
    if DOCUMENT_WORD_RE.search(stripped):
        return False  # "INTERPELLATION", "Protokoll": the document's own heading
    if (
        ORGANISATION_RE.match(stripped)
        or LABEL_RE.match(stripped)
        and not stripped.lower().startswith(("till ", "från "))
    ):
        return True
    if ISO_DATE_LINE_RE.match(stripped) or REFERENCE_LINE_RE.match(stripped):
        return True
    letters = [c for c in stripped if c.isalpha()]
    # An all-capitals organisation name ("LÄNSSTYRELSEN", "UPPSALA LÄN").
    return (
        bool(letters)
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
        and len(stripped.split()) <= 4
        and not stripped.endswith((".", "?", ":"))
    )


RUNNING_PROBE = 4  # running headers/footers are among the first/last lines of a page
RUNNING_TOLERANCE = 6.0  # points a running line may move between pages


def running_keys(pages: list[PageLayout], probe: int = RUNNING_PROBE) -> dict[str, float]:
    """Keys of lines that recur near the top or bottom of at least half the pages, with
    the height (``Line.top``) at which they recur."""
    if len(pages) < 2:
        return {}
    seen: dict[str, set[int]] = defaultdict(set)
    positions: dict[str, list[float]] = defaultdict(list)
    for page in pages:
        by_y = sorted(page.lines, key=lambda line: -line.top)
        for line in by_y[:probe] + by_y[-probe:]:
            key = line_key(line.text)
            if page.number not in seen[key]:
                seen[key].add(page.number)
                positions[key].append(line.top)
    need = max(2, math.ceil(len(pages) * 0.5))
    keys: dict[str, float] = {}
    for key, numbers in seen.items():
        if len(numbers) < need:
            continue
        ys = sorted(positions[key])
        median = ys[len(ys) // 2]
        # Same height on most of those pages (a real running line does not wander).
        if sum(1 for y in ys if abs(y - median) <= RUNNING_TOLERANCE) >= need:
            keys[key] = median
    return keys


def body_font_size(pages: list[PageLayout]) -> float:
    """The font size of most characters in the document."""
    sizes: Counter[float] = Counter()
    measured = [page for page in pages if not page.ocr] or pages  # OCR sizes are estimates
    for page in measured:
        for line in page.lines:
            sizes[round(line.size)] += len(line.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def _is_furniture(
    line: Line, running: dict[str, float], at_top: bool, first_page: bool, rank: int = 0
) -> bool:
    text = line.text.strip()
    height = running.get(line_key(text))
    if rank < RUNNING_PROBE and height is not None and abs(line.top - height) <= RUNNING_TOLERANCE:
        return True
    if is_page_number(text) or TRAILING_PAGE_NUMBER_RE.search(text):
        return True
    if is_postal(text) and not at_top:
        return True
    return at_top and is_letterhead(text)


def split_furniture(pages: list[PageLayout], body_size: float | None = None) -> dict[int, set[int]]:
    """For each page number, the ids (``id(line)``) of the furniture lines to remove."""
    running = running_keys(pages)
    body = body_size or body_font_size(pages)
    removed: dict[int, set[int]] = {}
    for page in pages:
        by_y = sorted(page.lines, key=lambda line: -line.top)
        out: set[int] = set()
        first = page.number == pages[0].number
        rows = _rows(by_y)
        previous: Line | None = None
        for index, line in enumerate(by_y):  # from the top
            if (
                previous is not None
                and previous.bottom - line.top > 2.5 * body
                and line.size >= body * 0.95
                and not ISO_DATE_LINE_RE.match(line.text.strip())
                and not is_page_number(line.text)
            ):
                break  # body-size text after a wide gap: an address block or the body
            previous = line
            if _addressee(line, page, body, running):
                continue  # kept, and the letterhead beside it is still furniture
            if _is_furniture(line, running, at_top=True, first_page=first, rank=index):
                out.add(id(line))
                continue
            row = rows[id(line)]
            if len(row) > 1 and _header_row(row, page, body, running, first):
                out.add(id(line))  # a cell of a letterhead table
                continue
            if line.size < body * 0.85 and not line.text.lower().startswith(("till ", "av ")):
                out.add(id(line))  # small print above the body: letterhead fields
                continue
            if _under_letterhead(line, by_y[max(index - 3, 0) : index], out, body):
                out.add(id(line))  # the second line of a logo: "Kristdemokraterna" / "Uppsala"
                continue
            if (
                len(line.text.split()) == 1
                and line.text[:1].isupper()
                and (line.bold or line.size >= body * 1.12)  # a logo's type, not a letter's
                and any(
                    _just_below(other, line) and ORGANISATION_RE.match(other.text.strip())
                    for other in by_y[index + 1 : index + 6]
                )
            ):
                out.add(id(line))  # a logo split over two lines: "Uppsala" / "kommun"
                continue
            if line.x0 > page.width * 0.45 and body * 0.85 <= line.size < body * 1.12:
                # A block in body type in the right half beside the letterhead (the
                # addressee's address): kept, and the letterhead beside it is still
                # furniture.
                continue
            # The body begins; a date or page number beside its first line is not part
            # of it (a heading with the date set flush right on its baseline).
            out.update(
                id(cell)
                for cell in rows[id(line)]
                if cell is not line
                and cell.size < line.size
                and _is_furniture(cell, running, at_top=True, first_page=first)
            )
            break
        bottom_run: list[Line] = []
        for rank, line in enumerate(reversed(by_y)):  # from the bottom
            if id(line) in out:
                break
            if _is_furniture(line, running, at_top=False, first_page=first, rank=rank):
                bottom_run.append(line)
                continue
            # Small print beside or between footer lines (street name, city).
            if bottom_run and line.size < body * 0.95 and _near(line, bottom_run[-1]):
                bottom_run.append(line)
                continue
            # Signature fields of minutes set apart below the body, in any type size
            # (the same words directly under a body line are the body's own).
            if SIGNATURE_FOOTER_RE.match(line.text.strip()) and _set_apart(line, by_y):
                bottom_run.append(line)
                continue
            # Small print below the body ("Justerandes signatur"), but not footnotes.
            if line.size < body * 0.85 and not re.match(r"[\d*¹²³⁴⁵⁶⁷⁸⁹†]", line.text):
                bottom_run.append(line)
                continue
            break
        out.update(id(line) for line in bottom_run)
        removed[page.number] = out
    return removed


def _rows(lines: list[Line]) -> dict[int, list[Line]]:
    """``id(line)`` → the lines on its baseline (``lines`` sorted top down)."""
    rows: dict[int, list[Line]] = {}
    row: list[Line] = []
    for line in sorted(lines, key=lambda line: -line.bottom):
        if row and row[0].bottom - line.bottom > 0.15 * min(row[0].size, line.size):
            row = []
        row.append(line)
        rows[id(line)] = row
    return rows


def _header_row(
    row: list[Line], page: PageLayout, body: float, running: dict[str, float], first: bool
) -> bool:
    """Cells side by side on one baseline at the top of a page, all short fields: a
    letterhead table (``Uppsala kommun | BESLUT``, ``Miljöförvaltningen | Datum: |
    Diarienummer:``).  It is furniture when one cell is (an organisation, a label, a date,
    a reference, a page number) and no cell is in larger type than that one (a heading
    beside a date stays); on page 1 also when every cell is in type below the body's."""
    if any(_addressee(cell, page, body, running) for cell in row):
        return False
    for cell in row:
        text = cell.text.strip()
        if len(text.split()) > 6 or text.endswith((".", "?", "!", ",")):
            return False  # a sentence: body text, a column's line
    if all(_numeric(cell.text) for cell in row):
        return False  # a row of a table of figures
    fields = [cell for cell in row if _is_furniture(cell, running, at_top=True, first_page=first)]
    if fields:
        return max(cell.size for cell in row) <= max(cell.size for cell in fields) + 0.5
    return first and all(cell.size < body * 0.95 for cell in row)


def _under_letterhead(line: Line, above: list[Line], out: set[int], body: float) -> bool:
    """A short line set tight under a letterhead line, flush with it and in no larger
    type: the second line of a logo or of a sender's name (``Kristdemokraterna`` /
    ``Uppsala``, ``Regeringskansliet`` / ``Justitiedepartementet``)."""
    text = line.text.strip()
    if (
        len(text.split()) > 4
        or any(char.isdigit() for char in text)
        or text.endswith((".", ",", ":", "?", "!"))
        or text.lower().startswith(("till ", "av ", "att:"))
        or line.size >= body * 1.12
    ):
        return False
    return any(
        id(other) in out
        and -1 <= other.bottom - line.top <= 0.6 * other.height
        and abs(other.x0 - line.x0) <= 2
        and line.size <= other.size
        for other in above
    )


_FOOTNOTE_START_RE = re.compile(r"^(\d{1,3})\s*\S")


def footnotes(page: PageLayout, removed: set[int], body: float) -> tuple[set[int], set[str]]:
    """The footnotes at the foot of a page (``id(line)`` of their lines) and the numbers
    of their reference marks.

    A footnote area is the run of lines in small type (under nine tenths of the body's)
    at the bottom of the page, above the footer, whose first line starts with the number
    of a reference mark (``Line.marks``: small raised digits) in the page's text.  A
    run that does not start so (a note continued from the page before, a caption) is
    left alone."""
    marks = {mark[2] for line in page.lines if id(line) not in removed for mark in line.marks}
    if not marks:
        return set(), set()
    block: list[Line] = []
    for line in sorted(page.lines, key=lambda line: line.top):  # from the bottom
        if line.size >= body * 0.9:
            if id(line) in removed:
                continue  # a footer in body type
            break
        block.append(line)  # small type (a note's last line may already be furniture)
    numbers: set[str] = set()
    lines: set[int] = set()
    for line in reversed(block):  # top down
        match = _FOOTNOTE_START_RE.match(line.text)
        if match and match[1] in marks:
            numbers.add(match[1])
        elif not numbers:
            return set(), set()  # the block does not start with a note
        lines.add(id(line))
    return lines, numbers


def _addressee(line: Line, page: PageLayout, body: float, running: dict[str, float]) -> bool:
    """An organisation named in body type in the right half of the page, not bold and
    not a running line: the addressee's address block, not the sender's letterhead."""
    text = line.text.strip()
    return (
        line.x0 > page.width * 0.45
        and line.size >= body * 0.95
        and not line.bold
        and line_key(text) not in running
        and bool(ORGANISATION_RE.match(text))
    )


def _set_apart(line: Line, by_y: list[Line]) -> bool:
    """No line stands within two line heights above ``line`` (lines beside it, at the
    same height, do not count)."""
    above = [other for other in by_y if other.bottom > line.top - 0.2 * line.height]
    if not above:
        return True
    nearest = min(other.bottom for other in above)
    return nearest - line.top > 2 * line.height


def _just_below(other: Line, line: Line) -> bool:
    """``other`` is the next line under ``line`` in the same place (a two-line logo)."""
    return (
        other.top <= line.bottom + 1
        and line.bottom - other.top < line.height
        and other.x0 < line.x1
        and line.x0 < other.x1
    )


def _near(line: Line, other: Line) -> bool:
    return line.bottom - other.top < 2.5 * max(line.height, other.height)
