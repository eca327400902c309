"""Shapes that real council and Riksdag PDFs have, built here with reportlab: a Riksdag
interpellation, minutes with § numbers and signature footers, a letter with an address
block top right, a date given only in a dateline, a table of figures, a scanned page.

Each test checks the metadata a user filters on and that the body text survives.
The texts are written for these tests in the genre (no real persons' words).
"""

from __future__ import annotations

import shutil

import pytest

from ingest import extract_pdf
from tests.ingest.pdfkit import LEFT, PAGE_W, PdfKit

BODY = (
    "Gottsunda har under flera år pekats ut som ett särskilt utsatt område. De boende "
    "vittnar om otrygghet i centrum på kvällstid, och polisens närvaro har minskat sedan "
    "den lokala polisstationen stängdes."
)
BODY_2 = (
    "Polisen har själv angett att det krävs en långsiktig närvaro i området för att bygga "
    "förtroende hos de boende och för att kunna förebygga brott."
)


def people(persons):
    return [(p.name, p.party, p.role) for p in persons]


# ----------------------------------------------------------------------- Riksdag
def _riksdag(kit: PdfKit, *, title_lines: list[str], small_byline: bool) -> None:
    page = kit.page()
    page.text(LEFT, 800, "Riksdagen", size=9)
    page.text(PAGE_W - LEFT - 80, 800, "Interpellation", size=9)
    y = 740.0
    for line in title_lines:
        page.text(LEFT, y, line, size=16, bold=True)
        y -= 20
    byline = 9.5 if small_byline else 11
    page.text(LEFT, y - 6, "av Roger Haddad (L)", size=byline)
    page.text(LEFT, y - 20, "till Justitie- och inrikesminister Morgan Johansson (S)", size=byline)
    y = page.paragraph(LEFT, y - 50, BODY)
    y = page.paragraph(LEFT, y, BODY_2)
    y = page.paragraph(
        LEFT,
        y,
        "Mot bakgrund av detta vill jag fråga justitie- och inrikesminister Morgan Johansson:",
    )
    y = page.paragraph(
        LEFT,
        y,
        "Vilka åtgärder avser ministern att vidta för att polisen ska återfå en "
        "stadigvarande närvaro i Gottsunda?",
    )
    y = page.paragraph(
        LEFT, y, "Avser ministern att verka för att ett lokalt poliskontor öppnas i Gottsunda?"
    )
    y = page.paragraph(LEFT, y - 6, "Stockholm den 14 mars 2017")
    page.paragraph(LEFT, y, "Roger Haddad (L)")


@pytest.mark.parametrize(
    ("title_lines", "small_byline"),
    [
        (["Interpellation 2016/17:591 Polisens närvaro i Gottsunda"], False),
        (["Interpellation 2016/17:591", "Polisens närvaro i Gottsunda"], True),
    ],
    ids=["one-line-title", "two-line-title"],
)
def test_riksdag_interpellation(tmp_path, title_lines, small_byline):
    kit = PdfKit()
    _riksdag(kit, title_lines=title_lines, small_byline=small_byline)
    doc = extract_pdf(kit.save(tmp_path / "ip.pdf"))
    assert doc.doc_type == "interpellation"
    assert doc.title == "Interpellation 2016/17:591 Polisens närvaro i Gottsunda"
    assert doc.reference == "2016/17:591"
    assert doc.date == "2017-03-14"
    assert people(doc.authors) == [("Roger Haddad", "L", None)]
    assert people(doc.addressed) == [("Morgan Johansson", "S", "Justitie- och inrikesminister")]
    assert doc.questions == [
        "Vilka åtgärder avser ministern att vidta för att polisen ska återfå en stadigvarande "
        "närvaro i Gottsunda?",
        "Avser ministern att verka för att ett lokalt poliskontor öppnas i Gottsunda?",
    ]
    assert BODY in doc.text
    assert doc.text.rstrip().endswith("Stockholm den 14 mars 2017\n\nRoger Haddad (L)")


# ------------------------------------------------------------------------ minutes
def _minutes_page(kit: PdfKit, number: int, total: int, footer_size: float, body: list):
    page = kit.page()
    page.text(LEFT, 800, "UPPSALA KOMMUN", size=9, bold=True)
    page.text(330, 800, "SAMMANTRÄDESPROTOKOLL", size=9, bold=True)
    page.right(800, f"{number} ({total})", size=9)
    page.text(LEFT, 788, "KOMMUNFULLMÄKTIGE", size=9)
    page.text(330, 788, "Sammanträdesdatum: 2018-10-29", size=9)
    y = 740.0
    for text, size, bold in body:
        y = page.paragraph(LEFT, y, text, size=size, bold=bold)
    page.text(LEFT, 60, "Justerandes signatur", size=footer_size)
    page.text(330, 60, "Utdragsbestyrkande", size=footer_size)
    return page


MINUTES_P1 = [
    ("§ 202", 12, True),
    ("Val av justerare", 12, True),
    (
        "Kommunfullmäktige beslutar att utse Camilla Wester (L) och Ahmed Yusuf (S) att jämte "
        "ordföranden justera protokollet.",
        11,
        False,
    ),
    ("§ 203", 12, True),
    ("Motion av Elin Forsberg (V) om trygg belysning i Stenhagen", 12, True),
    ("KSN-2018-0744", 11, False),
    ("Beslut", 11, True),
    ("Kommunfullmäktige beslutar att bifalla motionen.", 11, False),
]
MINUTES_P2 = [
    ("Sammanfattning", 11, True),
    (
        "Elin Forsberg (V) föreslår i en motion att gatu- och samhällsmiljönämnden ska "
        "genomföra en trygghetsvandring i Stenhagen och ta fram en åtgärdsplan för "
        "belysningen längs gångstråken.",
        11,
        False,
    ),
    ("Yrkanden", 11, True),
    ("Elin Forsberg (V) och Karin Lindqvist (M) yrkar bifall till motionen.", 11, False),
]


@pytest.mark.parametrize("footer_size", [8.0, 10.5], ids=["small-footer", "body-size-footer"])
def test_minutes_with_sections_and_signature_footers(tmp_path, footer_size):
    kit = PdfKit()
    _minutes_page(kit, 1, 2, footer_size, MINUTES_P1)
    _minutes_page(kit, 2, 2, footer_size, MINUTES_P2)
    doc = extract_pdf(kit.save(tmp_path / "protokoll.pdf"))
    assert doc.doc_type == "minutes"
    assert doc.date == "2018-10-29"
    assert doc.reference == "KSN-2018-0744"
    assert doc.title == "§ 203 Motion av Elin Forsberg (V) om trygg belysning i Stenhagen"
    assert doc.proposals == []
    for furniture in ("Justerandes", "Utdragsbestyrkande", "SAMMANTRÄDESPROTOKOLL", "(2)"):
        assert furniture not in doc.text
    assert "Kommunfullmäktige beslutar att bifalla motionen." in doc.pages[0].text
    assert doc.pages[1].text.startswith("Sammanfattning")
    assert doc.text.rstrip().endswith("yrkar bifall till motionen.")


def test_one_page_minutes_extract_with_footer_in_body_type(tmp_path):
    kit = PdfKit()
    _minutes_page(kit, 1, 1, 11.0, MINUTES_P1)
    doc = extract_pdf(kit.save(tmp_path / "utdrag.pdf"))
    assert doc.doc_type == "minutes"
    assert "Justerandes signatur" not in doc.text
    assert "Utdragsbestyrkande" not in doc.text
    assert doc.text.rstrip().endswith("Kommunfullmäktige beslutar att bifalla motionen.")


# ------------------------------------------------------------------------ letters
def _letter_with_address_block(kit: PdfKit, address: list[str], *, dated: bool = True):
    page = kit.page()
    page.text(LEFT, 790, "Uppsala", size=18, bold=True)
    page.text(LEFT, 771, "kommun", size=18, bold=True)
    page.text(LEFT, 745, "Kommunstyrelsen", size=9)
    if dated:
        page.text(LEFT, 733, "Datum: 2019-03-12", size=9)
        page.text(LEFT, 721, "Dnr KSN-2019-0214", size=9)
    y = 745.0
    for line in address:
        page.text(330, y, line, size=11)
        y -= 14
    y = page.paragraph(LEFT, 660, "Inbjudan till samråd om trygghetsvandringar", size=14, bold=True)
    y = page.paragraph(LEFT, y, BODY)
    y = page.paragraph(LEFT, y, BODY_2)
    y = page.paragraph(LEFT, y, "Med vänlig hälsning,")
    page.lines(LEFT, y, ["Erik Pelling (S)", "Kommunstyrelsens ordförande"])
    page.text(LEFT, 60, "Postadress: Uppsala kommun, 753 75 Uppsala", size=7.5)
    page.text(LEFT, 51, "Telefon: 018-727 00 00 | www.uppsala.se", size=7.5)


@pytest.mark.parametrize(
    ("address", "addressed"),
    [
        (["Anders Thornberg", "Rikspolischef"], [("Anders Thornberg", None, "Rikspolischef")]),
        (
            ["Rikspolischef Anders Thornberg", "Polismyndigheten"],
            [("Anders Thornberg", None, "Rikspolischef")],
        ),
        (["Trafikverket", "Region Öst"], [("Trafikverket", None, None)]),
        (["Region Uppsala", "Regionstyrelsen"], [("Region Uppsala", None, None)]),
    ],
    ids=["name-role", "role-name-organisation", "agency-unit", "region"],
)
def test_letter_with_address_block_top_right(tmp_path, address, addressed):
    kit = PdfKit()
    _letter_with_address_block(kit, address)
    doc = extract_pdf(kit.save(tmp_path / "brev.pdf"))
    assert doc.doc_type == "letter"
    assert doc.title == "Inbjudan till samråd om trygghetsvandringar"
    assert doc.date == "2019-03-12"
    assert doc.reference == "KSN-2019-0214"
    assert people(doc.addressed) == addressed
    assert people(doc.authors) == [("Erik Pelling", "S", "Kommunstyrelsens ordförande")]
    # The address lines are the letter's own (kept, as the corpus keeps them); the
    # letterhead fields beside them are not.
    assert "Inbjudan till samråd om trygghetsvandringar\n\n" + BODY in doc.text
    for furniture in ("Datum", "Dnr", "KSN-2019-0214", "Postadress", "kommun\n"):
        assert furniture not in doc.text


# --------------------------------------------------------------------- datelines
def test_date_only_in_a_dateline_beats_dates_in_the_body(tmp_path):
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Motion om fler fältassistenter i Gottsunda", size=15, bold=True)
    y = page.paragraph(
        LEFT,
        y,
        "Den 26 mars 2018 beslutade kommunfullmäktige att anta en handlingsplan för "
        "Gottsunda. Sedan dess har otryggheten ökat, enligt polisens lägesbild från "
        "14 november 2018.",
    )
    for _ in range(3):  # the dateline far below the head of the page
        y = page.paragraph(LEFT, y, BODY + " " + BODY_2)
    y = page.paragraph(LEFT, y, "Jag föreslår därför kommunfullmäktige besluta")
    y = page.paragraph(LEFT, y, "att uppdra åt socialnämnden att anställa fler fältassistenter.")
    y = page.paragraph(LEFT, y - 6, "Uppsala den 3 mars 2019")
    page.paragraph(LEFT, y, "Johan Ekström (KD)")
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert doc.doc_type == "motion"
    assert doc.date == "2019-03-03"
    assert doc.reference is None
    assert people(doc.authors) == [("Johan Ekström", "KD", None)]
    assert doc.proposals == ["att uppdra åt socialnämnden att anställa fler fältassistenter."]


# ------------------------------------------------------------------------ tables
TABLE = [
    ("Stadsdel", "2017", "2018", "2019"),
    ("Gottsunda", "1 240", "1 315", "1 402"),
    ("Stenhagen", "812", "906", "955"),
    ("Gränby", "640", "702", "731"),
    ("Sävja", "415", "428", "460"),
    ("Totalt", "3 107", "3 351", "3 548"),
]


def test_report_with_a_table_of_figures(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 800, "Uppsala kommun", size=9)
    page.text(LEFT, 788, "Socialförvaltningen", size=9)
    page.text(400, 800, "Datum: 2020-02-14", size=9)
    page.text(400, 788, "Dnr SCN-2020-0031", size=9)
    y = page.paragraph(LEFT, 730, "Uppföljning av fältverksamheten 2017–2019", size=15, bold=True)
    y = page.paragraph(LEFT, y, "Antal kontakter per stadsdel och år framgår av tabellen.")
    y -= 4
    for row in TABLE:
        page.text(LEFT, y, row[0], size=10, bold=row[0] in ("Stadsdel", "Totalt"))
        for column, cell in enumerate(row[1:]):
            page.text(260 + column * 90, y, cell, size=10)
        y -= 14
    y = page.paragraph(LEFT, y - 12, BODY_2)
    page.paragraph(LEFT, y, "Kontakterna har ökat i alla stadsdelar under perioden.")
    doc = extract_pdf(kit.save(tmp_path / "rapport.pdf"))
    assert doc.doc_type == "report"
    assert doc.title == "Uppföljning av fältverksamheten 2017–2019"
    assert doc.date == "2020-02-14"
    assert doc.reference == "SCN-2020-0031"
    # Rows stay rows, in reading order, between the paragraphs around the table.
    rows = [" ".join(row) for row in TABLE]
    positions = [doc.text.find(row) for row in rows]
    assert all(position >= 0 for position in positions), doc.text
    assert positions == sorted(positions)
    assert doc.text.find("framgår av tabellen.") < positions[0]
    assert doc.text.find(BODY_2) > positions[-1]


# ------------------------------------------------------------------------ scanned
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_answer(tmp_path):
    kit = PdfKit()
    kit.scanned_page(
        [
            "Uppsala kommun",
            "Kommunstyrelsen",
            "Datum: 2019-05-20",
            "Dnr KSN-2019-0412",
            "",
            "Svar på interpellation om belysning i Stenhagen",
            "",
            "Elin Forsberg (V) har i en interpellation frågat mig om",
            "belysningen längs gångstråken i Stenhagen.",
            "",
            "Gatu- och samhällsmiljönämnden kommer att byta ut",
            "belysningen under 2020.",
            "",
            "Erik Pelling (S)",
            "Kommunstyrelsens ordförande",
        ],
        size=13,
    )
    doc = extract_pdf(kit.save(tmp_path / "skannat_svar.pdf"))
    assert [page.ocr for page in doc.pages] == [True]
    assert doc.doc_type == "answer"
    assert doc.date == "2019-05-20"
    assert doc.reference == "KSN-2019-0412"
    assert doc.title == "Svar på interpellation om belysning i Stenhagen"
    assert people(doc.authors) == [("Erik Pelling", "S", "Kommunstyrelsens ordförande")]
    assert people(doc.addressed) == [("Elin Forsberg", "V", None)]
    assert "byta ut belysningen under 2020" in " ".join(doc.text.split())
