"""OCR for pages without a text layer: pypdfium2 renders, Tesseract (``swe``) reads.

Tesseract's word boxes are turned into the same :class:`~ingest.layout.Line` records
that pdfminer pages give (in PDF points), so that OCR'd pages go through the same
furniture removal, paragraph and hyphenation rules.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

from ingest.layout import Line, PageLayout, order_lines
from kommunminne.textnorm import normalise

LANGUAGE = "swe"
DPI = 300


class OcrUnavailable(Exception):
    """Tesseract or its Swedish data is missing; the message is a Swedish warning prefix."""


def tesseract_command() -> str | None:
    """Path of the tesseract executable, or None when it is not installed."""
    import pytesseract

    return shutil.which(pytesseract.pytesseract.tesseract_cmd)


def check_tesseract() -> None:
    """Raise OcrUnavailable unless tesseract with Swedish data can run."""
    command = tesseract_command()
    if command is None:
        raise OcrUnavailable("Tesseract saknas")
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except Exception as exc:  # broken installation
        raise OcrUnavailable(f"Tesseract kan inte köras ({exc})") from None
    if LANGUAGE not in languages:
        raise OcrUnavailable("Tesseracts svenska språkdata (swe) saknas")


_DESCENDERS = set("gjpqy,;()")
_TALL = set("bdfhklt!?åäöÅÄÖ") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


#: Height of a word's box as a share of the type size, by the letters it holds (measured
#: on Vera and Times at 300 dpi: capitals/ascenders alone 0.79; with descenders the box
#: reaches below the baseline too).
_HEIGHT_SHARE = {(True, False): 0.79, (True, True): 1.0, (False, True): 0.8, (False, False): 0.59}


def _font_size(words: list[str], heights: list[int]) -> float:
    """Font size (in pixels) from word boxes: each word's height divided by the share of
    the type size its letters reach (ascenders/capitals, descenders), the median over
    the line's words.  Words with ascenders or capitals are preferred: their share is
    the best measured."""
    estimates: list[float] = []
    tall_only: list[float] = []
    for word, height in zip(words, heights, strict=True):
        letters = set(word)
        key = (bool(_TALL & letters), bool(_DESCENDERS & letters))
        estimate = height / _HEIGHT_SHARE[key]
        estimates.append(estimate)
        if key == (True, False):
            tall_only.append(estimate)
    chosen = sorted(tall_only or estimates)
    return chosen[len(chosen) // 2]


#: Specks of a scan read as punctuation at the start of a line: no line of Swedish prose
#: begins with these (a dash, a quote or a bracket may, and stay).
_LEADING_SPECKS_RE = re.compile(r"^[.,:;|>»«¦]+\s*")


def _without_specks(text: str) -> str:
    """An OCR'd line without the speck punctuation before its first word
    (``.Kommundirektör`` → ``Kommundirektör``, ``: gör att …`` → ``gör att …``)."""
    return _LEADING_SPECKS_RE.sub("", text)


def ocr_page(pdf_path: Path | bytes, page: PageLayout, dpi: int = DPI) -> PageLayout:
    """OCR one page (1-based ``page.number``) and return it with lines, marked ``ocr``."""
    import os

    import pypdfium2
    import pytesseract

    # Tesseract's OpenMP threads make one page many times slower on a busy machine;
    # the worker pool already runs one page per core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    pdf = pypdfium2.PdfDocument(pdf_path)
    try:
        bitmap = pdf[page.number - 1].render(scale=dpi / 72)
        image = bitmap.to_pil()
    finally:
        pdf.close()
    data = pytesseract.image_to_data(
        image, lang=LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    scale = 72 / dpi
    words: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for index, text in enumerate(data["text"]):
        if text and text.strip() and float(data["conf"][index]) >= 0:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            words[key].append(index)
    boxes: dict[tuple[int, int], list[Line]] = defaultdict(list)
    block_ids: dict[tuple[int, int], int] = {}
    for (block, par, _line), indices in sorted(words.items()):
        text = _without_specks(normalise(" ".join(data["text"][i] for i in indices)).strip())
        if not text:
            continue
        x0 = min(data["left"][i] for i in indices) * scale
        x1 = max(data["left"][i] + data["width"][i] for i in indices) * scale
        top_px = min(data["top"][i] for i in indices)
        bottom_px = max(data["top"][i] + data["height"][i] for i in indices)
        size = _font_size([data["text"][i] for i in indices], [data["height"][i] for i in indices])
        size = round(size * scale, 1)
        top = page.height - top_px * scale
        bottom = page.height - bottom_px * scale
        block_id = block_ids.setdefault((block, par), len(block_ids))
        boxes[(block, par)].append(Line(text, x0, x1, top, bottom, size, False, block_id))
    ordered, two_column = order_lines(list(boxes.values()), page.width)
    return PageLayout(
        number=page.number,
        width=page.width,
        height=page.height,
        lines=ordered,
        has_images=True,
        ocr=True,
        two_column=two_column,
    )
