"""Whole-PDF extraction: furniture, columns, hyphenation, page joins, provenance, metadata."""

from __future__ import annotations

from ingest import extract_pdf
from ingest.layout import check_file, read_pages
from kommunminne.model import PAGE_JOINS
from tests.ingest.conftest import LOREM
from tests.ingest.pdfkit import LEFT, PdfKit


def assert_provenance(doc):
    """Document.text is the page texts joined by PAGE_JOINS; offsets map to their page."""
    starts = doc.page_starts()
    rebuilt = doc.pages[0].text
    for previous, page, start in zip(doc.pages, doc.pages[1:], starts[1:], strict=False):
        join = doc.text[len(rebuilt) : start]
        assert join in PAGE_JOINS, (previous.number, join)
        rebuilt += join + page.text
    assert rebuilt == doc.text
    for page, start in zip(doc.pages, starts, strict=True):
        if page.text:
            assert doc.page_at(start) == page.number
            assert doc.page_at(start + len(page.text) - 1) == page.number


def test_running_headers_footers_and_page_numbers_removed(running_headers_pdf):
    doc = extract_pdf(running_headers_pdf)
    assert len(doc.pages) == 3
    assert "Uppsala kommun" not in doc.text
    assert "(3)" not in doc.text
    assert "av 3" not in doc.text
    for number, ordinal in enumerate(["Första", "Andra", "Tredje"], 1):
        assert doc.pages[number - 1].text.startswith(f"{ordinal} sidan, stycke 1.")
    assert doc.text.count("\n\n") == 8  # 9 paragraphs, none merged across pages
    assert_provenance(doc)


def test_single_page_letter_letterhead_and_postal_footer(letter):
    doc = extract_pdf(letter)
    assert doc.text.startswith("Svar på interpellation om trygghetsvakter")
    for furniture in ("Uppsala\n", "KOMMUNSTYRELSEN", "Datum", "Postadress", "www.", "753 75"):
        assert furniture not in doc.text
    assert doc.date == "2019-03-12"
    assert doc.reference == "KSN-2019-0214"
    assert doc.doc_type == "answer"


def test_body_line_that_looks_like_furniture_is_kept(tmp_path):
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Rubrik för dokumentet", size=15, bold=True)
    y = page.paragraph(LEFT, y, LOREM)
    y = page.paragraph(LEFT, y, "Telefon: kommunens växel svarar dygnet runt.")
    page.paragraph(LEFT, y, LOREM)
    doc = extract_pdf(kit.save(tmp_path / "x.pdf"))
    assert "Telefon: kommunens växel svarar dygnet runt." in doc.text


def _two_column_page(kit: PdfKit, left: list[str], right: list[str]) -> None:
    page = kit.page()
    page.paragraph(LEFT, 770, "Protokoll kommunfullmäktige", size=15, bold=True)
    width = (595.27 - 2 * LEFT - 20) / 2
    y = 720.0
    for paragraph in left:
        y = page.paragraph(LEFT, y, paragraph, width=width)
    y = 720.0
    for paragraph in right:
        y = page.paragraph(LEFT + width + 20, y, paragraph, width=width)


def test_two_column_reading_order(tmp_path):
    kit = PdfKit()
    left = [f"Vänster spalt stycke {i}. {LOREM}" for i in range(1, 4)]
    right = [f"Höger spalt stycke {i}. {LOREM}" for i in range(1, 4)]
    _two_column_page(kit, left, right)
    path = kit.save(tmp_path / "spalter.pdf")
    pages = read_pages(path, check_file(path))
    assert pages[0].two_column
    doc = extract_pdf(path)
    order = [doc.text.index(marker) for marker in (
        "Protokoll kommunfullmäktige",
        "Vänster spalt stycke 1.", "Vänster spalt stycke 2.", "Vänster spalt stycke 3.",
        "Höger spalt stycke 1.", "Höger spalt stycke 2.", "Höger spalt stycke 3.",
    )]  # fmt: skip
    assert order == sorted(order)
    assert doc.text.count("\n\n") == 6


def test_side_by_side_signatures_are_not_interleaved(tmp_path):
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Inbjudan till dialog", size=15, bold=True)
    y = page.paragraph(LEFT, y, LOREM)
    page.lines(LEFT, y - 20, ["Erik Pelling", "Kommunstyrelsens ordförande"])
    page.lines(330, y - 20, ["Göran Enander", "Landshövding Uppsala län"])
    doc = extract_pdf(kit.save(tmp_path / "sign.pdf"))
    assert doc.text.endswith(
        "Erik Pelling\nKommunstyrelsens ordförande\n\nGöran Enander\nLandshövding Uppsala län"
    )
    assert [(p.name, p.role) for p in doc.authors] == [
        ("Erik Pelling", "Kommunstyrelsens ordförande"),
        ("Göran Enander", "Landshövding Uppsala län"),
    ]


def test_hyphenation_and_paragraph_across_page_breaks(tmp_path):
    kit = PdfKit()
    first = kit.page()
    y = first.paragraph(LEFT, 760, "Motion om belysning", size=15, bold=True)
    last_line = "Ett stycke som slutar på första sidan med ett ord som avstavas i kommun-"
    first.lines(LEFT, y, [last_line])
    second = kit.page()
    y = second.lines(
        LEFT,
        760,
        [
            "fullmäktige och fortsätter på nästa sida utan att bryta stycket, som här löper",
            "vidare.",
        ],
    )
    y = second.lines(LEFT, y - 10, ["Nytt stycke som också löper över en sidbrytning och"])
    third = kit.page()
    third.lines(LEFT, 760, ["fortsätter här. Sedan söker vi EU-"])
    fourth = kit.page()
    fourth.lines(LEFT, 760, ["medel för förskole- och skolverksamhet."])
    doc = extract_pdf(kit.save(tmp_path / "sidbrytning.pdf"))
    assert (
        "avstavas i kommunfullmäktige och fortsätter på nästa sida utan att bryta stycket, "
        "som här löper vidare." in doc.text
    )
    assert "sidbrytning och fortsätter här." in doc.text
    assert "söker vi EU-medel för förskole- och skolverksamhet." in doc.text
    assert doc.pages[0].text.endswith("i kommun")
    assert doc.pages[1].text.startswith("fullmäktige")
    assert_provenance(doc)
    start = doc.text.index("fullmäktige och")
    assert doc.page_at(start) == 2
    assert doc.page_at(start - 1) == 1


def test_sha256_source_and_pages(letter):
    import hashlib

    doc = extract_pdf(letter)
    assert doc.source == "letter.pdf"
    assert doc.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert [page.number for page in doc.pages] == [1]
    assert not doc.pages[0].ocr
    assert set(doc.to_dict()) >= {"source", "sha256", "pages", "text"}


def test_interpellation_metadata_from_layout(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 790, "Moderaterna i Uppsala", size=15, bold=True)
    page.right(790, "Dnr KSN-2017-0412", size=9)
    y = page.paragraph(LEFT, 730, "Interpellation om kameraövervakning i Gottsunda och Valsätra",
                       size=14, bold=True)  # fmt: skip
    y = page.paragraph(LEFT, y, "Till kommunstyrelsens ordförande Anders Holmgren (S)")
    y = page.paragraph(LEFT, y, LOREM)
    y = page.paragraph(LEFT, y, "Jag vill därför fråga kommunstyrelsens ordförande:")
    y = page.paragraph(LEFT, y, "1. Är du beredd att ansöka om kameraövervakning?")
    y = page.paragraph(LEFT, y, "2. Vilken tidsplan har kommunen för att införa kameraövervakning "
                       "på de platser som polisen har pekat ut i sin lägesbild?")  # fmt: skip
    y = page.paragraph(LEFT, y, "Uppsala den 6 mars 2017")
    page.lines(LEFT, y, ["Karin Lindqvist (M)", "Ledamot av kommunfullmäktige"])
    doc = extract_pdf(kit.save(tmp_path / "interpellation.pdf"))
    assert doc.doc_type == "interpellation"
    assert doc.title == "Interpellation om kameraövervakning i Gottsunda och Valsätra"
    assert doc.date == "2017-03-06"
    assert doc.reference == "KSN-2017-0412"
    assert [(p.name, p.party, p.role) for p in doc.authors] == [
        ("Karin Lindqvist", "M", "Ledamot av kommunfullmäktige")
    ]
    assert [(p.name, p.party, p.role) for p in doc.addressed] == [
        ("Anders Holmgren", "S", "Kommunstyrelsens ordförande")
    ]
    assert doc.questions == [
        "Är du beredd att ansöka om kameraövervakning?",
        "Vilken tidsplan har kommunen för att införa kameraövervakning på de platser som "
        "polisen har pekat ut i sin lägesbild?",
    ]
    assert "Moderaterna i Uppsala" not in doc.text


def test_body_line_repeating_a_footer_elsewhere_on_the_page_is_kept(tmp_path):
    """A running footer ("Utdragsbestyrkande" at the foot of each page) does not remove
    the same words where they stand in the body at another height."""
    kit = PdfKit()
    for number in (1, 2):
        page = kit.page()
        text = LOREM if number == 1 else "Ärendet bereddes av kommunledningskontoret i samråd."
        y = page.paragraph(LEFT, 760, text)
        if number == 2:
            page.lines(LEFT, y, ["Justerat 2019-12-14", "Utdragsbestyrkande"])
        page.text(LEFT, 88, "Justerandes signatur", size=7.5)
        page.text(330, 88, "Utdragsbestyrkande", size=7.5)
    doc = extract_pdf(kit.save(tmp_path / "protokoll.pdf"))
    assert doc.text.endswith("Justerat 2019-12-14\nUtdragsbestyrkande")
    assert doc.text.count("Utdragsbestyrkande") == 1
    assert "Justerandes signatur" not in doc.text
