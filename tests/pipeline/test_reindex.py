"""reindex (from the store, swapped in atomically), readers during ingest and reindex, and
ingest_documents for documents that do not come from files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from whoosh import index as whoosh_index

from kommunminne.config import Settings
from kommunminne.model import Document, Page
from kommunminne.pipeline import ingest_documents, ingest_paths, reindex
from kommunminne.store import DocumentStore
from tests.pipeline.helpers import assert_consistent, doc_id_of, index_ids, snapshot, write_pdf


def _index_contents(index_dir: Path) -> list[dict]:
    """Every stored field of every record, in a stable order."""
    with whoosh_index.open_dir(str(index_dir)).searcher() as searcher:
        records = [dict(fields) for fields in searcher.all_stored_fields()]
    return sorted(records, key=lambda fields: repr(sorted(fields.items(), key=str)))


def test_reindex_rebuilds_the_same_index_without_reading_the_pdfs(workspace):
    folder, settings = workspace
    before_ids = index_ids(settings)
    before = _index_contents(settings.index_dir)
    stored_before = {doc.id: doc for doc in DocumentStore(settings.store_dir)}
    old_generation = settings.index_dir.resolve()
    for path in folder.iterdir():  # the PDFs are not needed any more
        path.unlink()

    report = reindex(settings, workers=2, progress=False)
    assert report.operation == "reindex"
    assert report.documents == len(before_ids)
    assert "Omindexering klar" in report.summary()
    assert settings.index_dir.is_symlink()
    assert settings.index_dir.resolve() != old_generation
    assert old_generation.is_dir()  # kept for readers that opened it before the swap
    assert index_ids(settings) == before_ids
    assert _index_contents(settings.index_dir) == before
    stored_after = {doc.id: doc for doc in DocumentStore(settings.store_dir)}
    assert stored_after == stored_before
    assert assert_consistent(settings) == before_ids

    # A second reindex gives the same again and drops the oldest generation.
    reindex(settings, workers=1, progress=False)
    assert _index_contents(settings.index_dir) == before
    assert not old_generation.exists()


def test_reindex_moves_a_plain_index_directory_aside(tmp_path):
    settings = Settings.load(tmp_path / "data")
    document = Document(
        source="a.pdf",
        sha256="ab" * 32,
        title="Protokoll",
        pages=[Page(1, "Kommunfullmäktige beslutade om budgeten gärdsmygmarkering.")],
        text="Kommunfullmäktige beslutade om budgeten gärdsmygmarkering.",
    )
    DocumentStore(settings.store_dir).put(document)
    from search import SearchIndex

    SearchIndex.create(settings.index_dir)  # a plain directory, as others may make it
    assert not settings.index_dir.is_symlink()
    reindex(settings, workers=1, progress=False)
    assert settings.index_dir.is_symlink()
    assert index_ids(settings) == {document.id}


def test_a_reader_sees_new_documents_after_ingest_and_survives_reindex(workspace):
    from search import SearchIndex, SearchRequest

    folder, settings = workspace
    reader = SearchIndex.open(settings.index_dir)  # as the server holds it

    def hits(query: str) -> set[str]:
        response = reader.search(SearchRequest(query=query, limit=50)).to_dict()
        return {hit["id"] for hit in response["hits"]}

    assert hits("rödhakemarkering") == set()
    path = write_pdf(
        folder / "2021-05-03_svar_lekplats.pdf",
        "Svar om lekplatsen i Sävja",
        ["Lekplatsen i Sävja rustas upp under hösten rödhakemarkering."],
    )
    ingest_paths([folder], settings, workers=1, progress=False)
    assert hits("rödhakemarkering") == {doc_id_of(path)}

    reindex(settings, workers=1, progress=False)
    assert hits("rödhakemarkering") == {doc_id_of(path)}


def _generated(count: int, offset: int = 0) -> list[Document]:
    districts = ["Gottsunda", "Gränby", "Stenhagen", "Sävja", "Eriksberg", "Valsätra"]
    documents = []
    for number in range(offset, offset + count):
        district = districts[number % len(districts)]
        text = (
            f"Interpellation om trygghet i {district}. Kommunen kommer att se över "
            f"belysningen i {district} under 2020. Ärende nummer {number}."
        )
        documents.append(
            Document(
                source=f"gen-{number:04d}.txt",
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                doc_type="interpellation",
                title=f"Interpellation om trygghet i {district}",
                date=f"2019-{1 + number % 12:02d}-15",
                pages=[Page(1, text)],
                text=text,
            )
        )
    return documents


def test_ingest_documents_analyses_stores_and_indexes(tmp_path):
    settings = Settings.load(tmp_path / "data")
    report = ingest_documents(_generated(30), settings, workers=2)
    assert len(report.new) == 30 and report.documents == 30 and report.pages == 30
    store = DocumentStore(settings.store_dir)
    assert len(store) == 30
    assert index_ids(settings) == set(store.ids())
    assert store.pdf_path(store.ids()[0]) is None  # no original file
    # the analysis ran: the generated text names a district
    assert any(entity.label == "DISTRICT" for entity in store.get(store.ids()[0]).entities)

    before = snapshot(settings.data_dir)
    report = ingest_documents(_generated(30), settings, workers=1)
    assert len(report.unchanged) == 30 and report.documents == 0
    assert snapshot(settings.data_dir) == before
