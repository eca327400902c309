"""Pages without a text layer: OCR with Tesseract, or a clear warning when it is missing."""

from __future__ import annotations

import shutil

import pytest

from ingest import extract_pdf
from ingest import ocr as ocr_module
from tests.ingest.pdfkit import LEFT, PdfKit

SCANNED = [
    "Svar på interpellation om trygghetsvakter",
    "Kommunen har under året arbetat vidare med",
    "trygghetsfrågorna i samverkan med polisen.",
]


@pytest.fixture
def scanned_pdf(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.paragraph(LEFT, 760, "Första sidan har ett textlager och slutar här.")
    kit.scanned_page(SCANNED)
    kit.scanned_page(["Tredje sidan är också inskannad."])
    return kit.save(tmp_path / "skannad.pdf")


def test_tesseract_missing_gives_warning_and_keeps_document(scanned_pdf, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    assert ocr_module.tesseract_command() is None
    doc = extract_pdf(scanned_pdf)
    assert doc.warnings == [
        "Tesseract saknas: sidorna 2, 3 saknar textlager och har inte OCR-lästs"
    ]
    assert [page.ocr for page in doc.pages] == [False, False, False]
    assert doc.pages[0].text.startswith("Första sidan")
    assert doc.pages[1].text == ""
    assert doc.text == doc.pages[0].text


def test_ocr_switched_off(scanned_pdf):
    doc = extract_pdf(scanned_pdf, ocr=False)
    assert doc.warnings == ["OCR avstängd: sidorna 2, 3 saknar textlager och har inte OCR-lästs"]


def test_missing_swedish_data_is_reported(scanned_pdf, monkeypatch):
    import pytesseract

    monkeypatch.setattr(ocr_module, "tesseract_command", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    doc = extract_pdf(scanned_pdf)
    assert doc.warnings[0].startswith("Tesseracts svenska språkdata (swe) saknas: sidorna 2, 3")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_real_ocr_of_image_only_pages(scanned_pdf):
    doc = extract_pdf(scanned_pdf)
    assert doc.warnings == []
    assert [page.ocr for page in doc.pages] == [False, True, True]
    words = doc.pages[1].text.split()
    expected = " ".join(SCANNED).split()
    matched = sum(1 for word in expected if word in words)
    assert matched >= len(expected) - 2, doc.pages[1].text
    assert "Tredje sidan är också inskannad." in doc.pages[2].text
    assert doc.page_at(doc.text.index("Tredje sidan")) == 3


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        (".Kommundirektör", "Kommundirektör"),
        (": gör att detta inte är möjligt", "gör att detta inte är möjligt"),
        ("| Begäran om förlängd tid", "Begäran om förlängd tid"),
        ("– en punkt i en lista", "– en punkt i en lista"),
        ("”Citat” står kvar", "”Citat” står kvar"),
        ("(inom parentes)", "(inom parentes)"),
    ],
)
def test_speck_punctuation_before_an_ocr_line_is_dropped(text, clean):
    assert ocr_module._without_specks(text) == clean
