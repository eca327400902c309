"""``ingest_documents``: documents that come from no file (generated, exported)."""

from __future__ import annotations

import hashlib

import pytest

from kommunminne.config import Settings
from kommunminne.model import Document, Entity, Page
from kommunminne.pipeline import ingest_documents
from kommunminne.store import DocumentStore


def _document(number: int) -> Document:
    text = f"Trygghetsvakter i Gottsunda, dokument nummer {number}."
    return Document(
        source=f"gen-{number}.txt",
        sha256=hashlib.sha256(str(number).encode()).hexdigest(),
        doc_type="letter",
        title=f"Skrivelse {number}",
        pages=[Page(number=1, text=text)],
        text=text,
        entities=[
            Entity(
                text="Gottsunda", label="DISTRICT", canonical="Gottsunda", start=19, end=28, page=1
            )
        ],
    )


@pytest.mark.slow  # imports the topic model's libraries and fits it
def test_already_analysed_documents_are_stored_and_indexed_as_they_are(tmp_path):
    from search import SearchIndex

    settings = Settings.load(tmp_path / "data")
    report = ingest_documents([_document(1), _document(2)], settings, analyse=False)
    assert report.documents == 2 and report.new == ["gen-1.txt", "gen-2.txt"]
    stored = DocumentStore(settings.store_dir).get(_document(1).id)
    assert stored is not None
    assert [(e.label, e.canonical) for e in stored.entities] == [("DISTRICT", "Gottsunda")]
    assert SearchIndex.open(settings.index_dir).document_ids() == {
        _document(1).id,
        _document(2).id,
    }
    again = ingest_documents([_document(1)], settings, analyse=False)
    assert again.documents == 0 and again.unchanged == ["gen-1.txt"]
