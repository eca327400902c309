from __future__ import annotations

from kommunminne.model import Document, Page
from kommunminne.store import DocumentStore


def test_put_get_delete(tmp_path):
    pdf = tmp_path / "in.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    store = DocumentStore(tmp_path / "store")
    document = Document(source="in.pdf", sha256="c" * 64, pages=[Page(1, "x")], text="x")
    document.warnings = ["OCR saknas"]
    doc_id = store.put(document, path="/abs/in.pdf", pdf=pdf)
    assert store.ids() == [doc_id]
    loaded = store.get(doc_id)
    assert loaded == document
    assert loaded.warnings == ["OCR saknas"]
    assert store.record(doc_id)["path"] == "/abs/in.pdf"
    assert store.pdf_path(doc_id).read_bytes() == b"%PDF-1.4 fake"
    store.delete(doc_id)
    assert store.ids() == []
    assert store.pdf_path(doc_id) is None
    assert not list((tmp_path / "store" / "pdf").iterdir())


def test_ids_that_are_not_hex_never_reach_the_file_system(tmp_path):
    store = DocumentStore(tmp_path / "store")
    for bad in ["../../etc/passwd", "..", "", "ABC", "a/b", "0x12"]:
        assert store.get(bad) is None
        assert store.pdf_path(bad) is None
