from __future__ import annotations

import json

from kommunminne.model import (
    DOCUMENT_KEYS,
    Commitment,
    Document,
    Entity,
    Page,
    Person,
    Topic,
)


def make_document() -> Document:
    pages = [
        Page(1, "Första sidan slutar med kommun"),
        Page(2, "fullmäktige och mer."),
        Page(3, "Ny del."),
    ]
    text = pages[0].text + "" + pages[1].text + "\n\n" + pages[2].text
    return Document(
        source="a.pdf",
        sha256="ab" * 32,
        doc_type="answer",
        title="Svar på interpellation",
        date="2019-03-01",
        authors=[Person("Karin Lindqvist", "M", "Kommunstyrelsens ordförande")],
        pages=pages,
        text=text,
        entities=[Entity("fullmäktige", "COUNCIL_BODY", "Kommunfullmäktige", 30, 41, 2)],
        commitments=[Commitment("Vi ska.", "commit", "Uppsala kommun", None, [], 1, 0, 7)],
        topics=[Topic("trygghet", 0.5)],
    )


def test_json_contract_has_exactly_the_keys():
    data = make_document().to_dict()
    assert tuple(data) == DOCUMENT_KEYS
    assert data["authors"] == [
        {"name": "Karin Lindqvist", "party": "M", "role": "Kommunstyrelsens ordförande"}
    ]
    assert data["pages"][0] == {"number": 1, "text": "Första sidan slutar med kommun", "ocr": False}
    json.dumps(data)  # serialisable


def test_round_trip():
    document = make_document()
    assert Document.from_dict(json.loads(json.dumps(document.to_dict()))) == document


def test_page_at_maps_offsets_across_joins():
    document = make_document()
    starts = document.page_starts()
    assert starts == [0, 30, 52]
    assert document.page_at(0) == 1
    assert document.page_at(29) == 1
    assert document.page_at(30) == 2  # "fullmäktige" joined without separator
    assert document.text[30:41] == "fullmäktige"
    assert document.page_at(50) == 2  # inside the paragraph break
    assert document.page_at(len(document.text) - 1) == 3


def test_id_and_year():
    document = make_document()
    assert document.id == "ab" * 8
    assert document.year == 2019
    assert Document(source="x", sha256="0" * 64).year is None
