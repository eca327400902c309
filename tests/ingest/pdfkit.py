"""Build small, realistic test PDFs with reportlab (text at exact positions).

    kit = PdfKit()
    page = kit.page()
    page.text(72, 780, "Uppsala kommun", size=9)
    y = page.paragraph(72, 700, "Lång text …", width=450)
    kit.save(tmp_path / "x.pdf")

``PageDraw.lines`` places explicit lines (to force hyphenation where a test wants it);
``PageDraw.paragraph`` wraps text with reportlab's ``simpleSplit``.  ``kit.scanned_page``
adds a page that is only an image of text (no text layer), for the OCR path.

Shapes of Word/LibreOffice output: ``PageDraw.spread`` sets a line justified to a width
(word spaces stretched, each word drawn on its own, as pdfminer then sees it), and
``PageDraw.symbol_bullet`` a list bullet the way Word's Symbol font writes it, a glyph
whose text is the private-use code point U+F0B7.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
LEFT = 72.0
WIDTH = PAGE_W - 2 * LEFT


#: The Symbol font's bullet as Word and LibreOffice put it in a PDF's text layer.
SYMBOL_BULLET = "\uf0b7"
_SYMBOL_FONT = "KitSymbol"  # Vera with the bullet's ToUnicode entry patched (see to_bytes)


@dataclass
class _Op:
    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass
class PageDraw:
    ops: list[_Op] = field(default_factory=list)
    image_lines: list[tuple[float, float, str, float]] | None = None

    def text(self, x: float, y: float, text: str, size: float = 11, bold: bool = False) -> None:
        self.ops.append(_Op(x, y, text, "Helvetica-Bold" if bold else "Helvetica", size))

    def right(self, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font = "Helvetica-Bold" if bold else "Helvetica"
        self.ops.append(_Op(PAGE_W - LEFT - stringWidth(text, font, size), y, text, font, size))

    def spread(self, x: float, y: float, text: str, width: float = WIDTH, size: float = 11) -> None:
        """One line justified to ``width``: the words drawn one by one, the space
        between them stretched alike."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        words = text.split()
        used = sum(stringWidth(word, "Helvetica", size) for word in words)
        space = (width - used) / max(len(words) - 1, 1)
        for word in words:
            self.text(x, y, word, size=size)
            x += stringWidth(word, "Helvetica", size) + space

    def symbol_bullet(self, x: float, y: float, size: float = 11) -> None:
        """A bullet glyph whose text is U+F0B7 (Word's Symbol-font bullet)."""
        self.ops.append(_Op(x, y, "\u2022", _SYMBOL_FONT, size))

    def lines(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float = 11,
        leading: float = 14,
        bold: bool = False,
    ) -> float:
        """Place lines top-down from baseline ``y``; returns the next free baseline."""
        for line in lines:
            self.text(x, y, line, size=size, bold=bold)
            y -= leading
        return y

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        width: float = WIDTH,
        size: float = 11,
        leading: float = 14,
        bold: bool = False,
        gap: float = 10,
    ) -> float:
        """Wrap and place a paragraph; returns the baseline for the next paragraph."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        wrapped = simpleSplit(text, font, size, width)
        return self.lines(x, y, wrapped, size=size, leading=leading, bold=bold) - gap


class PdfKit:
    def __init__(self) -> None:
        self.pages: list[PageDraw] = []

    def page(self) -> PageDraw:
        page = PageDraw()
        self.pages.append(page)
        return page

    def scanned_page(self, lines: list[str], size: float = 12, top: float = 760) -> PageDraw:
        """A page that is only a picture of ``lines`` (no text layer)."""
        page = PageDraw(image_lines=[])
        y = top
        for line in lines:
            assert page.image_lines is not None
            page.image_lines.append((LEFT, y, line, size))
            y -= size * 1.45
        self.pages.append(page)
        return page

    def to_bytes(self, encrypt: str | None = None) -> bytes:
        buffer = io.BytesIO()
        symbols = any(op.font == _SYMBOL_FONT for page in self.pages for op in page.ops)
        if symbols:
            _register_symbol_font()
        pdf = canvas.Canvas(
            buffer,
            pagesize=A4,
            invariant=1,
            encrypt=encrypt,
            pageCompression=0 if symbols else None,
        )
        for page in self.pages:
            if page.image_lines is not None:
                image = _render_image(page.image_lines)
                pdf.drawImage(ImageReader(image), 0, 0, width=PAGE_W, height=PAGE_H)
            for op in page.ops:
                pdf.setFont(op.font, op.size)
                pdf.drawString(op.x, op.y, op.text)
            pdf.showPage()
        pdf.save()
        data = buffer.getvalue()
        if symbols:
            # The subset's first glyph is the bullet: its ToUnicode entry becomes the
            # private-use code point (same length, so the xref offsets stay right).
            assert b"<01> <2022>" in data
            data = data.replace(b"<01> <2022>", b"<01> <F0B7>")
        return data

    def save(self, path: Path, encrypt: str | None = None) -> Path:
        path.write_bytes(self.to_bytes(encrypt=encrypt))
        return path


def _register_symbol_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _SYMBOL_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_SYMBOL_FONT, "Vera.ttf"))


def _render_image(lines: list[tuple[float, float, str, float]], dpi: int = 200):
    """Draw the lines on a one-page PDF and rasterise it with pypdfium2 (grey, no text)."""
    import pypdfium2

    kit = PdfKit()
    page = kit.page()
    for x, y, text, size in lines:
        page.text(x, y, text, size=size)
    pdf = pypdfium2.PdfDocument(kit.to_bytes())
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        pdf.close()
    return image


def letter_pdf(path: Path, body: list[str], *, pages_of: int | None = None) -> Path:
    """A one-page municipal letter with letterhead, date, reference and postal footer."""
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 790, "Uppsala", size=18, bold=True)
    page.text(LEFT, 771, "kommun", size=18, bold=True)
    page.text(330, 792, "KOMMUNSTYRELSEN", size=9, bold=True)
    page.text(330, 779, "Datum: 2019-03-12", size=9)
    page.text(330, 767, "Diarienummer: KSN-2019-0214", size=9)
    y = 700.0
    for paragraph in body:
        y = page.paragraph(LEFT, y, paragraph)
    page.text(LEFT, 72, "Postadress: Uppsala kommun, Kommunledningskontoret, 753 75 Uppsala", 7.5)
    page.text(LEFT, 63, "Besöksadress: Stationsgatan 12 | Telefon: 018-727 00 00 (växel)", 7.5)
    page.text(LEFT, 54, "E-post: kommunledningskontoret@uppsala.se | www.uppsala.se", 7.5)
    return kit.save(path)
