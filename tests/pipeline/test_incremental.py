"""Incremental ingest through the real pipeline: real PDFs, extraction, NLP, store and a
Whoosh index on disk (new, changed, unchanged, removed, duplicates, bad files)."""

from __future__ import annotations

import os

from click.testing import CliRunner

from kommunminne.cli import main
from kommunminne.config import Settings
from kommunminne.pipeline import ingest_paths
from kommunminne.store import DocumentStore
from tests.pipeline.helpers import (
    RECORDS,
    assert_consistent,
    doc_id_of,
    index_ids,
    search_ids,
    snapshot,
    write_pdf,
)


def test_first_ingest_stores_indexes_and_records_every_file(ingested_base):
    folder, data = ingested_base
    settings = Settings.load(data)
    ids = assert_consistent(settings)
    assert ids == {doc_id_of(path) for path in folder.iterdir()}
    store = DocumentStore(settings.store_dir)
    for path in folder.iterdir():
        doc_id = doc_id_of(path)
        assert store.pdf_path(doc_id).read_bytes() == path.read_bytes()
        document = store.get(doc_id)
        assert document.source == path.name
        assert "markering" in document.text
    assert search_ids(settings, "pelikanmarkering") == {
        doc_id_of(folder / "2019-04-15_svar_kameror.pdf")
    }


def test_rerun_changes_nothing(workspace):
    folder, settings = workspace
    before = snapshot(settings.data_dir)
    report = ingest_paths([folder], settings, progress=False)
    assert sorted(report.unchanged) == sorted(str(p) for p in folder.iterdir())
    assert (report.new, report.changed, report.removed, report.rejected) == ([], [], [], [])
    assert report.documents == 0
    assert snapshot(settings.data_dir) == before


def test_touched_file_with_same_content_is_unchanged(workspace):
    folder, settings = workspace
    path = folder / RECORDS[0][0]
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    store_before = snapshot(settings.store_dir)
    index_before = snapshot(settings.index_dir.resolve())
    report = ingest_paths([folder], settings, progress=False)
    assert str(path) in report.unchanged and report.documents == 0
    assert snapshot(settings.store_dir) == store_before
    assert snapshot(settings.index_dir.resolve()) == index_before
    # the new modification time is remembered: the next run does not even hash the file
    from kommunminne.manifest import MANIFEST_NAME, Manifest

    entry = Manifest.load(settings.data_dir / MANIFEST_NAME).files[str(path.resolve())]
    assert entry.mtime_ns == path.stat().st_mtime_ns


def test_changed_file_replaces_its_earlier_version(workspace):
    folder, settings = workspace
    name, title, body = RECORDS[1]
    path = folder / name
    old_id = doc_id_of(path)
    write_pdf(path, title, [body[0].replace("pelikanmarkering", "flamingomarkering"), *body[1:]])
    new_id = doc_id_of(path)
    report = ingest_paths([folder], settings, progress=False)
    assert report.changed == [str(path)]
    assert report.new == [] and report.documents == 1
    ids = assert_consistent(settings)
    assert new_id in ids and old_id not in ids
    assert DocumentStore(settings.store_dir).pdf_path(old_id) is None
    assert search_ids(settings, "flamingomarkering") == {new_id}
    assert search_ids(settings, "pelikanmarkering") == set()


def test_new_file_is_added_beside_the_others(workspace, make_pdf):
    folder, settings = workspace
    before = index_ids(settings)
    path = make_pdf(
        folder / "2020",
        "2020-01-20_interpellation_belysning.pdf",
        "Interpellation om belysning i Gränby",
        ["Gång- och cykelvägarna i Gränby är mörka på vintern ugglemarkering."],
        pages=2,
    )
    report = ingest_paths([folder], settings, progress=False)
    assert report.new == [str(path)]
    assert len(report.unchanged) == len(RECORDS)
    assert report.documents == 1 and report.pages == 2
    assert assert_consistent(settings) == before | {doc_id_of(path)}
    assert search_ids(settings, "ugglemarkering") == {doc_id_of(path)}


def test_prune_removes_documents_whose_files_are_gone_under_the_given_roots(workspace, make_pdf):
    folder, settings = workspace
    other = make_pdf(
        folder.parent / "other",
        "annat.pdf",
        "Skrivelse om parkering",
        ["Parkeringen vid stationen räcker inte till hägermarkering."],
    )
    ingest_paths([other.parent], settings, progress=False)
    gone = folder / RECORDS[2][0]
    gone_id = doc_id_of(gone)
    gone.unlink()
    other_id = doc_id_of(other)
    other.unlink()

    # Without --prune the missing file is only counted.
    report = ingest_paths([folder], settings, progress=False)
    assert report.missing == [str(gone.resolve())] and report.removed == []
    assert gone_id in index_ids(settings)

    # With --prune only the missing file under the given root goes.
    report = ingest_paths([folder], settings, prune=True, progress=False)
    assert report.removed == [str(gone.resolve())]
    ids = assert_consistent(settings)
    assert gone_id not in ids
    assert other_id in ids  # its folder was not among the roots of this run
    assert search_ids(settings, "tranmarkering") == set()


def test_identical_content_at_two_paths_is_one_document(workspace):
    folder, settings = workspace
    original = folder / RECORDS[3][0]
    copy = folder / "kopior" / "samma.pdf"
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())
    doc_id = doc_id_of(original)
    report = ingest_paths([folder], settings, progress=False)
    assert report.duplicates == [(str(copy), str(original.resolve()))]
    assert report.new == [] and report.documents == 0
    assert len(DocumentStore(settings.store_dir)) == len(RECORDS)

    # The document stays while one of its paths remains, and goes with the last.
    original.unlink()
    ingest_paths([folder], settings, prune=True, progress=False)
    assert doc_id in assert_consistent(settings)
    copy.unlink()
    report = ingest_paths([folder], settings, prune=True, progress=False)
    assert report.removed == [str(copy.resolve())]
    assert doc_id not in assert_consistent(settings)


def test_duplicates_within_one_batch_are_extracted_once(tmp_path, make_pdf):
    folder = tmp_path / "in"
    first = make_pdf(folder, "a.pdf", "Motion om lekplatser", ["Lekplatsen i Sävja svanmarkering."])
    (folder / "b.pdf").write_bytes(first.read_bytes())
    settings = Settings.load(tmp_path / "data")
    report = ingest_paths([folder], settings, workers=1, progress=False)
    assert report.new == [str(first)]
    assert report.duplicates == [(str(folder / "b.pdf"), str(first))]
    assert report.documents == 1
    assert assert_consistent(settings) == {doc_id_of(first)}


def test_bad_files_are_listed_and_the_rest_goes_in(tmp_path, make_pdf):
    folder = tmp_path / "in"
    good = make_pdf(
        folder, "bra.pdf", "Svar om gatubelysning", ["Belysningen byts ut mesmarkering."]
    )
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n")
    (folder / "inte-pdf.PDF").write_text("det här är ingen PDF", encoding="utf-8")
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("anteckningar", encoding="utf-8")
    data = tmp_path / "data"
    result = CliRunner().invoke(
        main,
        ["ingest", str(folder), str(notes), str(tmp_path / "saknas"), "--data-dir", str(data)],
    )
    assert result.exit_code == 1, result.output
    assert "Nya:          1" in result.output
    assert "Avvisade:     4" in result.output
    rejected_lines = result.output.split("Avvisade filer:")[1].strip().splitlines()
    for name in ("trasig.pdf", "inte-pdf.PDF", "anteckningar.txt", "saknas"):
        line = next(line for line in rejected_lines if name in line)
        assert line.split(f"{name}:", 1)[1].strip(), f"no reason given for {name}"
    settings = Settings.load(data)
    assert assert_consistent(settings) == {doc_id_of(good)}

    # Once the bad files are gone the same command succeeds.
    for path in (folder / "trasig.pdf", folder / "inte-pdf.PDF"):
        path.unlink()
    result = CliRunner().invoke(main, ["ingest", str(folder), "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert "Oförändrade:  1" in result.output


def test_data_dir_from_the_environment(tmp_path, make_pdf, monkeypatch):
    folder = tmp_path / "in"
    make_pdf(folder, "a.pdf", "Skrivelse", ["Om snöröjning i Eriksberg trastmarkering."])
    monkeypatch.setenv("KOMMUNMINNE_DATA", str(tmp_path / "envdata"))
    result = CliRunner().invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert len(DocumentStore(tmp_path / "envdata" / "store")) == 1
