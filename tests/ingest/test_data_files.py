"""The realistic PDFs in tests/data/ (built by tests/data/make_data.py) against their
expected texts and metadata."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest import extract_pdf
from tests.data import make_data

DATA = Path(__file__).resolve().parents[1] / "data"


def people(persons):
    return [(p.name, p.party, p.role) for p in persons]


def expected(name: str) -> str:
    return (DATA / f"{name}.expected.txt").read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize("doc", make_data.DOCS, ids=lambda doc: doc.name)
def test_expected_files_match_generator(doc):
    assert expected(doc.name) == make_data.expected_text(doc)
    assert (DATA / f"{doc.name}.pdf").is_file()


def test_two_column_minutes():
    doc = extract_pdf(DATA / "two_column_minutes.pdf")
    assert doc.text == expected("two_column_minutes")
    assert doc.doc_type == "minutes"
    assert doc.date == "2018-10-29"
    assert doc.reference == "KSN-2018-1502"
    assert doc.title == "§ 187 Motion om bättre belysning i Stenhagen"


def test_hyphenation_across_pages():
    doc = extract_pdf(DATA / "hyphenation_across_pages.pdf")
    assert doc.text == expected("hyphenation_across_pages")
    assert len(doc.pages) == 2
    assert doc.pages[0].text.endswith("om skade")
    assert doc.pages[1].text.startswith("görelse")
    assert doc.doc_type == "motion"
    assert doc.date == "2018-03-19"
    assert doc.reference == "KSN-2018-0777"
    assert people(doc.authors) == [("Cecilia Forsberg", "MP", "Ledamot av kommunfullmäktige")]
    assert doc.proposals == [
        "att uppdra åt gatu- och samhällsmiljönämnden att ta fram en plan för förbättrad "
        "belysning längs gång- och cykelvägarna i Stenhagen,",
        "att planen tas fram i dialog med de boende och verksamheterna i området, samt",
        "att kommunen ansöker om EU-medel för att delfinansiera åtgärderna.",
    ]


def test_riksdag_interpellation():
    doc = extract_pdf(DATA / "riksdag_interpellation.pdf")
    assert doc.text == expected("riksdag_interpellation")
    assert doc.doc_type == "interpellation"
    assert doc.reference == "2018/19:87"
    assert doc.date == "2019-01-18"
    assert doc.title == "Interpellation 2018/19:87 Polisens närvaro i Gottsunda"
    assert people(doc.authors) == [("Hanna Norling", "C", None)]
    assert people(doc.addressed) == [("Magnus Torstensson", "S", "Justitie- och inrikesminister")]
    assert len(doc.questions) == 2
    assert doc.questions[1].startswith("Vilka åtgärder avser ministern")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_page():
    doc = extract_pdf(DATA / "scanned_page.pdf")
    assert [page.ocr for page in doc.pages] == [False, True, False]
    assert doc.text == expected("scanned_page")
    assert doc.doc_type == "letter"
    assert doc.date == "2018-11-14"
    assert doc.reference == "KSN-2018-3377"
    assert doc.title == "Inbjudan till dialog om utökat samarbete"
    assert people(doc.addressed) == [("Kenneth Hedlund", None, "Rikspolischef")]
    assert people(doc.authors) == [
        ("Anders Holmgren", None, "Kommunstyrelsens ordförande"),
        ("Birgitta Hellström", None, "Landshövding i Uppsala län"),
    ]
