"""Fixtures for the ingest tests: small PDFs built with reportlab (tests/ingest/pdfkit.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.pdfkit import LEFT, PdfKit, letter_pdf

LOREM = (
    "Kommunen har under året arbetat vidare med trygghetsfrågorna i samverkan med polisen, "
    "fastighetsbolagen och föreningslivet i de berörda stadsdelarna."
)


@pytest.fixture
def kit() -> PdfKit:
    return PdfKit()


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    return letter_pdf(
        tmp_path / "letter.pdf",
        [
            "Svar på interpellation om trygghetsvakter",
            LOREM,
            "Marlene Burwick (S)",
        ],
    )


@pytest.fixture
def running_headers_pdf(tmp_path: Path) -> Path:
    """Three pages with a running header, a page number footer and body paragraphs."""
    kit = PdfKit()
    ordinals = ["Första", "Andra", "Tredje"]
    for number in range(1, 4):
        page = kit.page()
        page.text(LEFT, 805, "Uppsala kommun", size=8.5)
        page.right(805, f"{number} (3)", size=8.5)
        y = 740.0
        for index in range(3):
            ordinal = ordinals[number - 1]
            text = f"{ordinal} sidan, stycke {index + 1}. {LOREM} Slut på {ordinal.lower()} sidan."
            y = page.paragraph(LEFT, y, text)
        page.text(280, 30, f"Sida {number} av 3", size=8.5)
    return kit.save(tmp_path / "headers.pdf")
