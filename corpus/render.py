"""Lay out a SourceDoc on A4 pages and write it as a PDF, deterministically.

Our own small layout engine (not platypus) so that every line is under control: the
body flows word by word through one- or two-column frames, paragraphs run over page
breaks, long lower-case words are hyphenated at line ends (``kommun-`` / ``fullmäktige``),
compounds with a real hyphen after a capital or digit (``EU-`` / ``medel``) may break at
that hyphen, and scanned pages are drawn into a grayscale image (Pillow, the Vera TTF
fonts that ship with reportlab) that is embedded without any text layer.

Byte-identical output on re-run: reportlab ``invariant=1``, no timestamps, no randomness.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from corpus.lexicon import PARTY_ABBREVIATIONS
from corpus.source import Block, SourceDoc

PAGE_W, PAGE_H = 595.27, 841.89
MARGIN_L, MARGIN_R = 85.0, 85.0
COLUMN_GAP = 22.0
SCAN_DPI = 200
VOWELS = set("aeiouyåäöé")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
_TTF = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
for _name, _file in _TTF.items():
    pdfmetrics.registerFont(TTFont(_name, str(_FONT_DIR / _file)))

FONTS_PRINT = {
    "body": "Times-Roman",
    "bold": "Helvetica-Bold",
    "head": "Helvetica",
    "headbold": "Helvetica-Bold",
}
FONTS_SCAN = {"body": "Vera", "bold": "VeraBd", "head": "Vera", "headbold": "VeraBd"}

POSTAL = (
    "Postadress: Uppsala kommun, {office}, 753 75 Uppsala",
    "Besöksadress: Stationsgatan 12 | Telefon: 018-727 00 00 (växel)",
    "E-post: {mail}@uppsala.se | www.uppsala.se",
)


@dataclass
class Op:
    x: float
    y: float
    font: str
    size: float
    text: str


@dataclass
class PageLayout:
    number: int
    ops: list[Op] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    two_column: bool = False


def long_date(iso: str) -> str:
    year, month, day = (int(p) for p in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}"


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------------------- wrapping
def _soft_split(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """Split a long lower-case word so that ``head-`` fits in ``room``; None if impossible."""
    core = word.rstrip(".,;:!?)”")
    if len(core) < 9 or not core.isalpha() or not core.islower():
        return None
    best = None
    for k in range(3, len(core) - 3):
        # break before a consonant that is followed by a vowel: kom-mun, full-mäk-ti-ge
        if (
            core[k] not in VOWELS
            and core[k + 1] in VOWELS
            and width(core[:k] + "-", font, size) <= room
        ):
            best = k
    if best is None:
        return None
    return core[:best] + "-", word[best:]


def _hard_split(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """Break a compound at its own hyphen when the part before ends in a capital or digit."""
    best = None
    for k, ch in enumerate(word):
        if (
            ch == "-"
            and 0 < k < len(word) - 2
            and (word[k - 1].isupper() or word[k - 1].isdigit())
            and word[k + 1].isalpha()
            and width(word[: k + 1], font, size) <= room
        ):
            best = k + 1
    if best is None:
        return None
    return word[:best], word[best:]


class Flow:
    """Places lines top-down through the page frames; creates pages as needed."""

    def __init__(self, doc: SourceDoc, fonts: dict[str, str], first_top: float) -> None:
        self.doc = doc
        self.fonts = fonts
        self.first_top = first_top
        self.pages: list[PageLayout] = []
        self.column = 0
        self.y = 0.0
        self._new_page()

    def _bottom(self, number: int) -> float:
        style = self.doc.style
        if style["letterhead"] == "minutes":
            return 110.0
        if style["footer"] == "all" or (style["footer"] == "first" and number == 1):
            return 110.0
        return 80.0

    def _new_page(self) -> None:
        number = len(self.pages) + 1
        page = PageLayout(number, two_column=number in self.doc.two_column_pages)
        self.pages.append(page)
        self.column = 0
        self.y = self.first_top if number == 1 else PAGE_H - 90.0

    @property
    def page(self) -> PageLayout:
        return self.pages[-1]

    def frame(self) -> tuple[float, float]:
        """x and width of the current column."""
        full = PAGE_W - MARGIN_L - MARGIN_R
        if not self.page.two_column:
            return MARGIN_L, full
        col_w = (full - COLUMN_GAP) / 2
        return MARGIN_L + self.column * (col_w + COLUMN_GAP), col_w

    def _top(self) -> float:
        return self.first_top if self.page.number == 1 else PAGE_H - 90.0

    def advance(self) -> None:
        """Move to the next column or page."""
        if self.page.two_column and self.column == 0:
            self.column = 1
            self.y = self._top()
        else:
            self._new_page()

    def slot(self, leading: float) -> tuple[float, float, float]:
        if self.y - leading < self._bottom(self.page.number):
            self.advance()
        self.y -= leading
        x, w = self.frame()
        return x, self.y, w

    def gap(self, points: float) -> None:
        if self.y != self._top():
            self.y -= points

    def room_left(self) -> float:
        return self.y - self._bottom(self.page.number)

    def place_words(
        self, words: list[str], font: str, size: float, leading: float, hyphenate: bool = True
    ) -> None:
        words = list(words)
        space = width(" ", font, size)
        while words:
            x, y, w = self.slot(leading)
            line: list[str] = []
            used = 0.0
            while words:
                word = words[0]
                need = width(word, font, size) + (space if line else 0.0)
                if used + need <= w:
                    line.append(word)
                    used += need
                    words.pop(0)
                    continue
                room = w - used - (space if line else 0.0)
                split = None
                if hyphenate and room > 18:
                    split = _hard_split(word, room, font, size) or _soft_split(
                        word, room, font, size
                    )
                if split:
                    line.append(split[0])
                    words[0] = split[1]
                elif not line:  # a single word wider than the frame: place it anyway
                    line.append(word)
                    words.pop(0)
                break
            self.page.ops.append(Op(x, y, font, size, " ".join(line)))

    def place_block(self, block: Block) -> None:
        f = self.fonts
        if block.kind == "newpage":
            self._new_page()
            return
        if block.kind == "title":
            if self.room_left() < 80:
                self.advance()
            self.gap(10)
            self.place_words(block.text.split(" "), f["bold"], 14, 18, hyphenate=False)
            self.gap(6)
        elif block.kind == "heading":
            if self.room_left() < 60:
                self.advance()
            self.gap(8)
            self.place_words(block.text.split(" "), f["bold"], 11, 15, hyphenate=False)
        elif block.kind == "lines":
            self.gap(8)
            for line in block.text.split("\n"):
                self.place_words(line.split(" "), f["body"], 12.5, 18.5, hyphenate=False)
        else:
            self.gap(8)
            self.place_words(block.text.split(" "), f["body"], 12.5, 18.5)


# ---------------------------------------------------------------------- page furniture
def _party_name(doc: SourceDoc) -> str:
    authors = doc.header["authors"]
    abbrev = authors[0]["party"] if authors and authors[0]["party"] else "S"
    if abbrev == "FP":
        return "Folkpartiet liberalerna i Uppsala"
    return f"{PARTY_ABBREVIATIONS.get(abbrev, abbrev)} i Uppsala"


def _shown_date(doc: SourceDoc) -> str:
    iso = doc.header.get("shown_date") or doc.header.get("date") or ""
    if not iso:
        return ""
    return long_date(iso) if doc.style["date_form"] == "long" else iso


def _right(page: PageLayout, text: str, y: float, font: str, size: float) -> None:
    page.ops.append(Op(PAGE_W - MARGIN_R - width(text, font, size), y, font, size, text))


def _furniture(doc: SourceDoc, pages: list[PageLayout], fonts: dict[str, str]) -> None:
    style = doc.style
    total = len(pages)
    body = doc.header.get("body") or "Kommunstyrelsen"
    ref = doc.header.get("reference") or ""
    date = _shown_date(doc)
    head, headbold = fonts["head"], fonts["headbold"]
    for page in pages:
        n = page.number
        number_text = f"{n} ({total})" if style["pages"] == "paren" else f"Sida {n} av {total}"
        if n == 1:
            lh = style["letterhead"]
            if lh in ("kommun", "minutes", "joint"):
                if lh == "joint":
                    page.ops.append(Op(MARGIN_L, 790, headbold, 13, "LÄNSSTYRELSEN"))
                    page.ops.append(Op(MARGIN_L, 775, headbold, 13, "UPPSALA LÄN"))
                    _right(page, "Uppsala", 790, headbold, 16)
                    _right(page, "kommun", 773, headbold, 16)
                    page.ops.append(Op(MARGIN_L, 745, head, 9, date))
                    if ref:
                        page.ops.append(Op(MARGIN_L + 120, 745, head, 9, f"Dnr {ref}"))
                else:
                    page.ops.append(Op(MARGIN_L, 790, headbold, 18, "Uppsala"))
                    page.ops.append(Op(MARGIN_L, 771, headbold, 18, "kommun"))
                    rx = 330.0
                    label = "PROTOKOLLSUTDRAG" if lh == "minutes" else body.upper()
                    page.ops.append(Op(rx, 792, headbold, 9.5, label))
                    if lh == "minutes":
                        page.ops.append(Op(rx, 779, head, 9, body))
                        page.ops.append(Op(rx, 767, head, 9, f"Sammanträdesdatum: {date}"))
                    else:
                        page.ops.append(Op(rx, 779, head, 9, f"Datum: {date}"))
                        if ref:
                            page.ops.append(Op(rx, 767, head, 9, f"Diarienummer: {ref}"))
            elif lh == "party":
                party = _party_name(doc)
                page.ops.append(Op(MARGIN_L, 790, headbold, 15, party))
                page.ops.append(Op(MARGIN_L, 774, head, 10, "Uppsala kommunfullmäktige"))
                if ref:
                    _right(page, f"Dnr {ref}", 790, head, 9)
            elif lh == "riksdag":
                page.ops.append(Op(MARGIN_L, 790, headbold, 17, "Sveriges riksdag"))
                kind = "Interpellation" if doc.header["type"] == "interpellation" else "Svar"
                _right(page, f"{kind} {ref}", 790, headbold, 10)
                if date:
                    _right(page, date, 777, head, 9)
            if style["pages"] == "paren":
                _right(page, number_text, 812, head, 9)
        else:
            # running header on every later page
            left = "Uppsala kommun" if style["letterhead"] != "riksdag" else "Sveriges riksdag"
            if style["letterhead"] == "party":
                left = _party_name(doc)
            if style["letterhead"] == "minutes":
                left = f"{body} | Protokollsutdrag"
            page.ops.append(Op(MARGIN_L, 805, head, 8.5, left))
            mid = "  ".join(p for p in (date, ref) if p) if style["letterhead"] != "none" else ""
            if mid:
                page.ops.append(Op(300, 805, head, 8.5, mid))
            if style["pages"] == "paren":
                _right(page, number_text, 805, head, 8.5)
            page.rules.append((MARGIN_L, 798, PAGE_W - MARGIN_R, 798))
        if style["pages"] == "sida":
            text = number_text
            page.ops.append(Op((PAGE_W - width(text, head, 8.5)) / 2, 30, head, 8.5, text))
        if style["letterhead"] == "minutes":
            page.rules.append((MARGIN_L, 95, PAGE_W - MARGIN_R, 95))
            page.ops.append(Op(MARGIN_L, 82, head, 7.5, "Justerandes signatur"))
            page.ops.append(Op(330, 82, head, 7.5, "Utdragsbestyrkande"))
        elif style["footer"] == "all" or (style["footer"] == "first" and n == 1):
            office = "Kommunledningskontoret"
            mail = "kommunledningskontoret"
            page.rules.append((MARGIN_L, 84, PAGE_W - MARGIN_R, 84))
            for i, line in enumerate(POSTAL):
                page.ops.append(
                    Op(MARGIN_L, 72 - 9 * i, head, 7.5, line.format(office=office, mail=mail))
                )


def layout(doc: SourceDoc) -> list[PageLayout]:
    fonts = FONTS_SCAN if doc.scanned_pages else FONTS_PRINT
    first_top = 680.0 if doc.style["letterhead"] != "none" else PAGE_H - 80.0
    flow = Flow(doc, fonts, first_top)
    for block in doc.blocks:
        flow.place_block(block)
    _furniture(doc, flow.pages, fonts)
    return flow.pages


# ---------------------------------------------------------------------------- drawing
def _scan_image(page: PageLayout) -> Image.Image:
    scale = SCAN_DPI / 72.0
    img = Image.new("L", (round(PAGE_W * scale), round(PAGE_H * scale)), 255)
    draw = ImageDraw.Draw(img)
    cache: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}
    for op in page.ops:
        key = (op.font, op.size)
        if key not in cache:
            file = _TTF.get(op.font, "Vera.ttf")
            cache[key] = ImageFont.truetype(str(_FONT_DIR / file), round(op.size * scale))
        draw.text(
            (op.x * scale, (PAGE_H - op.y) * scale), op.text, fill=20, font=cache[key], anchor="ls"
        )
    for x1, y1, x2, y2 in page.rules:
        draw.line(
            [(x1 * scale, (PAGE_H - y1) * scale), (x2 * scale, (PAGE_H - y2) * scale)],
            fill=60,
            width=2,
        )
    # a scanner feeds the sheet slightly askew: a small, page-dependent rotation
    angle = 0.25 + 0.15 * (page.number % 3)
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def render_pdf(doc: SourceDoc, out: Path) -> int:
    """Write the PDF; return its page count."""
    pages = layout(doc)
    for n in doc.scanned_pages + doc.two_column_pages:
        if n > len(pages):
            raise ValueError(f"{doc.stem}: page {n} listed but the document has {len(pages)}")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(doc.header["title"])
    c.setAuthor(", ".join(a["name"] for a in doc.header["authors"]) or "Uppsala kommun")
    c.setCreator("Kommunminne corpus.build")
    for page in pages:
        if page.number in doc.scanned_pages:
            img = _scan_image(page)
            c.drawImage(ImageReader(img), 0, 0, width=PAGE_W, height=PAGE_H)
        else:
            for op in page.ops:
                c.setFont(op.font, op.size)
                c.drawString(op.x, op.y, op.text)
            c.setLineWidth(0.5)
            for x1, y1, x2, y2 in page.rules:
                c.line(x1, y1, x2, y2)
        c.showPage()
    c.save()
    out.write_bytes(buf.getvalue())
    return len(pages)
