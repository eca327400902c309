"""One PDF → one :class:`~kommunminne.model.Document` (in process).

Steps: check the file → pdfminer layout (lines in reading order) → OCR of pages without
a text layer → furniture removal (footnotes and their reference marks too) → paragraphs
and hyphenation → page texts joined by one of ``PAGE_JOINS`` → metadata.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from pathlib import Path

from ingest import metadata
from ingest.cleaning import PageText, ParagraphBuilder, join_hyphenated, join_pages
from ingest.errors import ExtractionError
from ingest.furniture import body_font_size, footnotes, split_furniture
from ingest.layout import Line, PageLayout, check_file, read_pages, strip_marks
from ingest.ocr import OcrUnavailable, check_tesseract, ocr_page
from kommunminne.model import Document, Page

HEAD_LINES = 16  # lines from the top of page 1 searched for date, reference, "Till …"
#: A heading that only names the kind of document.
BARE_TYPE_RE = re.compile(
    r"^(?:interpellation|motion|skrivelse|tjänsteskrivelse|beslut|delegationsbeslut|"
    r"protokoll|protokollsutdrag|rapport|yttrande|remissvar|svar|interpellationssvar|"
    r"promemoria|pm|fråga|skriftlig fråga|nyhetsbrev|inbjudan|kallelse)\s*:?$",
    re.IGNORECASE,
)


def _numbers(pages: list[int]) -> str:
    return ", ".join(str(number) for number in pages)


def _run_ocr(path: Path, data: bytes, pages: list[PageLayout], ocr: bool) -> list[str]:
    """OCR image-only pages in place; returns warnings."""
    missing = [page.number for page in pages if not page.has_text]
    if not missing:
        return []
    label = "sidan" if len(missing) == 1 else "sidorna"
    if not ocr:
        return [
            f"OCR avstängd: {label} {_numbers(missing)} saknar textlager och har inte OCR-lästs"
        ]
    try:
        check_tesseract()
    except OcrUnavailable as exc:
        return [f"{exc}: {label} {_numbers(missing)} saknar textlager och har inte OCR-lästs"]
    warnings: list[str] = []
    for index, page in enumerate(pages):
        if page.has_text:
            continue
        try:
            pages[index] = ocr_page(data, page)
        except Exception as exc:  # a page that cannot be rendered or read
            warnings.append(f"OCR misslyckades på sidan {page.number}: {exc}")
    return warnings


def _line_gap(pages: list[PageLayout]) -> float:
    gaps = [
        prev.bottom - line.top
        for page in pages
        if not page.ocr
        for prev, line in zip(page.lines, page.lines[1:], strict=False)
        if prev.block == line.block
        and abs(prev.size - line.size) < 0.5
        and 0 <= prev.bottom - line.top < 2 * prev.size
    ]
    return statistics.median(gaps) if gaps else 2.0


def find_title(lines: list[Line], body_size: float) -> str:
    """The title: the largest type among the first lines of page 1 (furniture removed),
    or the next heading below it when that only names the kind of document
    ("Interpellation"); without a larger type, the first line naming the document type,
    or the first bold line.  A title set over several lines in the same type is joined
    (its last line may be short enough to sit in the left column of a two-column page)."""
    head = lines[:HEAD_LINES]
    large = [line for line in head if line.size >= body_size * 1.12 and len(line.text) > 2]
    if large:
        biggest = max(line.size for line in large)
        start = next(i for i, line in enumerate(head) if line.size >= biggest - 0.5)
        title = _title_from(head, start)
        if BARE_TYPE_RE.match(title):
            # "Interpellation" set large, the matter in a heading below it (after the
            # "Till …" line): the heading is the title.
            for index in range(start + 1, len(head)):
                line = head[index]
                if (
                    (line.bold or line.size >= body_size * 1.12)
                    and len(line.text) > 2
                    and not line.text.lower().startswith(("till ", "av ", "att:"))
                    and not metadata.parse_date(line.text)
                ):
                    return _title_from(head, index)
        return title
    for index, line in enumerate(head):
        for doc_type, pattern in metadata.TYPE_RULES:
            if doc_type != "letter" and pattern.search(line.text):
                return _title_from(head, index)
    for index, line in enumerate(head):
        if line.bold and not line.text.lower().startswith("till "):
            return _title_from(head, index)
    for line in head:
        text = line.text.strip()
        if (
            len(text) < 150
            and not text.lower().startswith(("till ", "av "))
            and not metadata.parse_date(text)
            and not text.endswith((".", ","))
        ):
            return text
    return ""


def _title_from(head: list[Line], start: int) -> str:
    """The title line at ``start`` and the lines that continue it in the same type."""
    parts = [head[start]]
    for line in head[start + 1 :]:
        prev = parts[-1]
        if abs(line.size - prev.size) > 0.5 or line.bold != prev.bold:
            break
        if prev.bottom - line.top > 1.2 * prev.size:
            break
        if line.column != prev.column and abs(line.x0 - prev.x0) > 2:
            break  # a column's first line beside the title, not the title's next line
        parts.append(line)
    return _join_title(parts)


def _join_title(parts: list[Line]) -> str:
    text = parts[0].text.strip()
    for line in parts[1:]:
        following = line.text.strip()
        if text.endswith("-") and len(text) > 1 and text[-2].isalnum():
            text, separator = join_hyphenated(text, following)
        else:
            separator = " "
        text += separator + following
    return re.sub(r"\s+", " ", text)


_POSTAL_LINE_RE = re.compile(r"^(?:\d{3}\s?\d{2}\s+[A-ZÅÄÖ]|box\s+\d+)", re.IGNORECASE)


def _address_block(lines: list[Line], title: str, width: float) -> list[str]:
    """A letter's address block above the title on page 1: the lines in the right half,
    else the block of lines at the left (one under the other, no wider gap than a line)
    that holds a postal line (``601 70 Norrköping``, ``Box 3021``)."""
    before: list[Line] = []
    for line in lines[:HEAD_LINES]:
        if title and title.startswith(line.text.strip()):
            break
        before.append(line)
    block = [line.text for line in before if line.x0 > width * 0.45]
    if block:
        return block
    groups: list[list[Line]] = []
    for line in before:
        if groups and groups[-1][-1].bottom - line.top <= line.height:
            groups[-1].append(line)
        else:
            groups.append([line])
    for group in reversed(groups):
        if 2 <= len(group) <= 6 and any(_POSTAL_LINE_RE.match(line.text) for line in group):
            return [line.text for line in group]
    return []


#: A minister's title as the letterhead of a government office's answer names the sender
#: ("Justitie- och inrikesministern").
_MINISTER_LINE_RE = re.compile(r"^(?:[\wåäö]+-\s+och\s+)?[\wåäö]*minister(?:n)?$", re.IGNORECASE)


def extract_pdf(path: Path, *, ocr: bool = True) -> Document:
    """Extract text, pages and metadata from one PDF in this process."""
    path = Path(path)
    data = check_file(path)
    pages = read_pages(path, data)
    warnings = _run_ocr(path, data, pages, ocr)

    body_size = body_font_size(pages)
    removed = split_furniture(pages, body_size)
    for page in pages:
        notes, numbers = footnotes(page, removed[page.number], body_size)
        if numbers:
            removed[page.number] |= notes
            for line in page.lines:
                if line.marks and id(line) not in notes:
                    strip_marks(line, numbers)
    line_gap = _line_gap(pages)
    page_texts: list[PageText] = []
    kept_by_page = {
        page.number: [line for line in page.lines if id(line) not in removed[page.number]]
        for page in pages
    }
    text_right = max(
        (
            line.x1
            for page in pages
            if not page.ocr
            for line in kept_by_page[page.number]
            if line.column == 0
        ),
        default=0.0,
    )
    for page in pages:
        kept = kept_by_page[page.number]
        builder = ParagraphBuilder(
            body_size, line_gap, blocks_are_paragraphs=page.ocr, text_right=text_right
        )
        last = kept[-1] if kept else None
        right = text_right if last is not None and last.column == 0 else None
        if last is not None and right is None:
            right = max(line.x1 for line in kept if line.column == last.column)
        page_texts.append(
            PageText(
                page.number,
                builder.paragraphs(kept),
                page.ocr,
                last_line_room=None if last is None else (right or last.x1) - last.x1,
                last_line_size=last.size if last is not None else 0.0,
                starts_item=bool(kept) and kept[0].bullet,
            )
        )
    texts, joins = join_pages(page_texts)
    text = texts[0] if texts else ""
    for join, page_text in zip(joins, texts[1:], strict=True):
        text += join + page_text

    first = pages[0]
    head = sorted(first.lines, key=lambda line: -line.top)[:HEAD_LINES]
    head_lines = [line.text for line in sorted(head, key=lambda line: len(line.text) >= 80)]
    # Running headers of later pages often carry the date and the diarienummer.
    head_lines += [
        line.text for page in pages[1:] for line in page.lines if id(line) in removed[page.number]
    ]
    kept_first = kept_by_page[first.number]
    title = find_title(kept_first, body_size)
    before_title = []
    for line in kept_first[:HEAD_LINES]:
        if title and title.startswith(line.text.strip()):
            break
        before_title.append(line.text)
    # Type words count in letterhead, headings and lines above the title, not in
    # running body lines.
    top_text = "\n".join(
        [
            line.text
            for line in head
            if id(line) in removed[first.number]
            or (len(line.text) < 70 and not line.text.rstrip().endswith((".", ",")))
        ]
        + before_title
    )
    doc_type = metadata.classify(title, top_text, text)
    if doc_type == "minutes":
        title = metadata.minutes_title(text) or title
    reading_head = [line.text for line in first.lines[:HEAD_LINES]]
    # Minutes are the body's record: the secretary, the chair and the adjusters who sign
    # attest it and are not its authors (the convention of corpus/truth and corpus/office).
    authors = [] if doc_type == "minutes" else metadata.find_authors(reading_head, text)
    if len(authors) == 1 and authors[0].role is None:
        # The sender's title in the letterhead, the name alone under the text.
        for line in head:
            if id(line) in removed[first.number] and _MINISTER_LINE_RE.match(line.text.strip()):
                authors[0].role = line.text.strip()
                break
    addressed = metadata.find_addressed(reading_head, title, before_title)
    if doc_type in ("motion", "interpellation", "answer"):
        addressed = metadata.without_assembly(addressed)
    if not addressed and doc_type == "letter":
        addressed = metadata.find_address_block(_address_block(kept_first, title, first.width))
    if not addressed and doc_type == "answer":
        addressed = metadata.find_interpellant(text)
    return Document(
        source=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        doc_type=doc_type,
        title=title,
        date=metadata.find_date(head_lines, text),
        reference=metadata.find_reference(head_lines, text),
        authors=authors,
        addressed=addressed,
        pages=[
            Page(number=page.number, text=page_text, ocr=page.ocr)
            for page, page_text in zip(pages, texts, strict=True)
        ],
        text=text,
        questions=metadata.find_questions(text, doc_type),
        proposals=metadata.find_proposals(text) if doc_type == "motion" else [],
        warnings=warnings,
    )


def unreadable(path: Path, exc: BaseException) -> ExtractionError:
    """Wrap an unexpected failure as an ExtractionError (Swedish reason)."""
    if isinstance(exc, ExtractionError):
        return exc
    if isinstance(exc, MemoryError):
        return ExtractionError(path, "för stor: minnet räckte inte")
    if isinstance(exc, RecursionError):
        return ExtractionError(path, "trasig eller avkortad PDF: för djupt nästlade objekt")
    detail = str(exc).strip() or type(exc).__name__
    return ExtractionError(path, f"kunde inte läsas ({type(exc).__name__}: {detail[:120]})")
