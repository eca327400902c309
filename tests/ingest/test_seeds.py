"""The two real Uppsala documents in ``../shared/seeds`` rendered to PDF (their own text,
laid out as such documents are) give the right metadata.

The seeds are plain text; the layout here is ours: letterhead blocks at the head, the
title in larger bold type, wrapped body paragraphs flowing over pages, hard lines for
the address and signature blocks.  Skipped when ``../shared`` is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import extract_pdf
from tests.ingest.pdfkit import LEFT, PdfKit

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
pytestmark = pytest.mark.shared


def seed_blocks(name: str) -> list[list[str]]:
    """The seed's blocks (separated by blank lines), each a list of its stripped lines."""
    path = next(SEEDS.glob(f"{name}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {name} is absent")
    blocks = []
    for raw in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def render(blocks: list[list[str]], title: str, path: Path, letterhead=None) -> Path:
    """Lay the blocks out: ``letterhead(page)`` draws page 1's head; the title in 14 pt
    bold; one-line blocks wrapped as paragraphs, several-line blocks as hard lines; a
    new page when a page is full, with a page number ``n (m)`` top right."""
    kit = PdfKit()
    page = kit.page()
    if letterhead:
        letterhead(page)
    y = 690.0 if letterhead else 770.0
    for block in blocks:
        if y < 110:
            page = kit.page()
            y = 770.0
        if block == [title]:
            y = page.paragraph(LEFT, y, title, size=14, bold=True) - 4
        elif len(block) == 1:
            y = page.paragraph(LEFT, y, block[0])
        else:
            y = page.lines(LEFT, y, block) - 10
    total = len(kit.pages)
    for number, drawn in enumerate(kit.pages, 1):
        drawn.right(805, f"{number} ({total})", size=9)
    return kit.save(path)


def people(persons):
    return [(p.name, p.party, p.role) for p in persons]


def test_seed_answer_rendered(tmp_path):
    blocks = seed_blocks("000")
    title = blocks[0][0]
    assert title.startswith("Svar på interpellation")

    def letterhead(page):
        page.text(LEFT, 790, "Uppsala", size=18, bold=True)
        page.text(LEFT, 771, "kommun", size=18, bold=True)
        page.text(330, 790, "Kommunstyrelsen", size=9)

    doc = extract_pdf(render(blocks, title, tmp_path / "svar.pdf", letterhead))
    assert len(doc.pages) >= 2
    assert doc.doc_type == "answer"
    assert doc.title == title
    assert people(doc.authors) == [("Marlene Burwick", "S", "Kommunstyrelsens ordförande")]
    assert people(doc.addressed) == [("Jonas Segersam", "KD", None)]
    assert doc.questions == []  # an answer's quoted questions belong to the interpellation
    assert doc.date is None  # the seed states no date
    assert doc.reference is None
    assert "Kommunstyrelsen" not in doc.text.split("\n\n", 1)[0]
    for paragraph in (block[0] for block in blocks if len(block) == 1):
        assert " ".join(paragraph.split()) in " ".join(doc.text.split())


def test_seed_letter_rendered(tmp_path):
    blocks = seed_blocks("003")
    # The seed opens with the two letterheads (Länsstyrelsen, Uppsala kommun): drawn as
    # letterhead, not as body.
    assert blocks[0] == ["LÄNSSTYRELSEN", "UPPSALA LÄN"]
    assert blocks[1] == ["Uppsala", "kommun"]
    body = blocks[2:]
    title = "Inbjudan till dialog om utökat samarbete"
    assert [title] in body

    def letterhead(page):
        page.text(LEFT, 792, "LÄNSSTYRELSEN", size=12, bold=True)
        page.text(LEFT, 778, "UPPSALA LÄN", size=12, bold=True)
        page.text(400, 792, "Uppsala", size=18, bold=True)
        page.text(400, 773, "kommun", size=18, bold=True)

    doc = extract_pdf(render(body, title, tmp_path / "brev.pdf", letterhead))
    assert doc.doc_type == "letter"
    assert doc.date == "2018-11-14"
    assert doc.title == title
    assert doc.reference is None
    assert people(doc.addressed) == [("Anders Thornberg", None, "Rikspolischef")]
    assert people(doc.authors) == [
        ("Erik Pelling", None, "Kommunstyrelsens ordförande"),
        ("Göran Enander", None, "Landshövding Uppsala län"),
    ]
    for furniture in ("LÄNSSTYRELSEN", "UPPSALA LÄN", "kommun\n"):
        assert furniture not in doc.text
    assert doc.text.rstrip().endswith("Göran Enander\nLandshövding Uppsala län")
